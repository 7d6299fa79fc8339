""""Bản chính thức khác gì bản dự thảo?": what the last plan update changed, as an answer cited on both sides.

``assistant ingest`` keeps the diff of the last update (index/plan_diff.py, ``<home>/plans/last-update.json``):
the activities added, removed and changed field by field, each with its section in the old and the new version.
A question asking what changed, when no two years or plans of its own are named, is answered from it; a field
the question names ("đơn vị chủ trì") keeps the changes of that field.
"""
from __future__ import annotations

import re

from assistant.answers import Answer, Citation
from assistant.compose import _clip
from index.plan_diff import PlanSnapshots

_FIELDS = {"lead": r"chu tri|lead|thuc hien", "coordinators": r"phoi hop|coordinat",
           "timing": r"thoi gian|thoi han|khi nao|deadline|timing", "frequency": r"tan suat|how often|frequency",
           "output": r"san pham|output"}
_FIELD_WORDS = {"vi": {"lead": "chủ trì", "coordinators": "phối hợp", "timing": "thời gian", "frequency": "tần suất",
                       "output": "sản phẩm", "executor": "thực hiện", "director": "chỉ đạo", "budget": "kinh phí"},
                "en": {"lead": "lead", "coordinators": "coordinators", "timing": "timing", "frequency": "frequency",
                       "output": "output", "executor": "executor", "director": "director", "budget": "budget"}}
MAX_LINES = 15


def last_update(engine) -> list[dict]:
    """The diffs of the last plan update that changed something, or []."""
    last = PlanSnapshots(engine.settings.home).last() or {}
    return [d for d in last.get("diffs", []) if d.get("changed") or d.get("added") or d.get("removed")]


def answer(engine, question: str, folded: str, base: Answer) -> Answer | None:
    diffs = last_update(engine)
    if not diffs:
        return None
    lang = base.language
    fields = [f for f, cue in _FIELDS.items() if re.search(rf"\b(?:{cue})", folded)]
    lines, cites = [], []
    for d in diffs:
        old, new = d["old"], d["new"]
        changed = [c for c in d.get("changed", [])
                   if not fields or any(x["field"] in fields or (x["field"] == "executor" and "lead" in fields)
                                        for x in c["changes"])]
        added, removed = ([], []) if fields else (d.get("added", []), d.get("removed", []))
        if not (changed or added or removed):
            continue
        head = (f"So với bản trước ({old['title']}), {new['title']}: {len(changed)} hoạt động thay đổi, "
                f"{len(added)} thêm, {len(removed)} bỏ." if lang == "vi" else
                f"Against the previous version ({old['title']}), {new['title']}: {len(changed)} activities changed, "
                f"{len(added)} added, {len(removed)} removed.")
        lines.append(head)
        for c in changed:
            what = "; ".join(f"{_FIELD_WORDS[lang].get(x['field'], x['field'])}: {x['before'] or '—'} → "
                             f"{x['after'] or '—'}" for x in c["changes"] if not fields or x["field"] in fields
                             or x["field"] == "executor")
            lines.append(f"- mục {c['new_section']} (bản trước: mục {c['old_section']}) {_clip(c['heading'], 90)}: {what}"
                         if lang == "vi" else f"- section {c['new_section']} (before: {c['old_section']}) "
                                              f"{_clip(c['heading'], 90)}: {what}")
            cites.append(Citation(new["document"], new["title"], c["new_section"], c["heading"][:200]))
            cites.append(Citation(old["document"], old["title"], c["old_section"], c["heading"][:200]))
        for a in added:
            lines.append(f"- thêm mục {a['section']}: {_clip(a['heading'], 110)}" if lang == "vi"
                         else f"- added section {a['section']}: {_clip(a['heading'], 110)}")
            cites.append(Citation(new["document"], new["title"], a["section"], a["heading"][:200]))
        for r in removed:
            lines.append(f"- bỏ mục {r['section']} của bản trước: {_clip(r['heading'], 110)}" if lang == "vi"
                         else f"- removed section {r['section']} of the previous version: {_clip(r['heading'], 110)}")
            cites.append(Citation(old["document"], old["title"], r["section"], r["heading"][:200]))
    if not lines and fields:  # the update changed no such field: say so, with what it did change
        d = diffs[0]
        words = ", ".join(_FIELD_WORDS[lang][f] for f in fields)
        base.answer = (f"So với bản trước, {d['new']['title']} không thay đổi {words} ở hoạt động nào "
                       f"({len(d.get('changed', []))} hoạt động thay đổi trường khác, {len(d.get('added', []))} thêm, "
                       f"{len(d.get('removed', []))} bỏ)." if lang == "vi" else
                       f"Against the previous version, {d['new']['title']} changes the {words} of no activity "
                       f"({len(d.get('changed', []))} changed otherwise, {len(d.get('added', []))} added, "
                       f"{len(d.get('removed', []))} removed).")
        base.citations = [Citation(d["new"]["document"], d["new"]["title"], "header", d["new"]["title"]),
                          Citation(d["old"]["document"], d["old"]["title"], "header", d["old"]["title"])]
        base.grounded = True
        return base
    if not lines:
        return None
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + ["…"]
    base.answer, base.citations, base.grounded = "\n".join(lines), cites[:MAX_LINES * 2], True
    return base


def asks_update(folded: str, years: tuple[int, ...]) -> bool:
    """What changed in the new version, not between two years or plans of its own naming."""
    return len(set(years)) < 2 and bool(re.search(r"\b(?:(?:ban|ke hoach|van ban) (?:chinh thuc|moi|cu|truoc)|"
                                                  r"phien ban|du thao|cap nhat|version|draft|issued)\b", folded))
