"""Changed evidence is a decision: review a stale item against the document's new text, then accept or drop it.

An item is stale when its quoted evidence is no longer where it says (evals/dataset.check_evidence). The run shows
it with the old quote, the new text of its section (the section at the same path) and the line of the document most
like the old quote (by similarity), and today's answer; the gate fails until the maintainer decides:

- ``assistant eval --accept ITEM …`` rewrites the item from the new text: the evidence becomes the most alike line
  (of the same section when it still has one alike, else of the whole document), the section its section, and each
  ``must_include`` string the words that now stand where it stood in the quote (a word-level alignment of old and
  new quote), in the expected answer too;
- ``assistant eval --drop ITEM --reason "…"`` removes it from its set and records it, with the reason and the item,
  in ``dropped.jsonl`` beside the set.
"""
from __future__ import annotations

import json
import os
import re
import uuid
from datetime import datetime, timezone
from difflib import SequenceMatcher
from pathlib import Path

from evals.dataset import as_list, squash
from index.normalize import fold

_BULLET = re.compile(r"^\s*[-–—•+*]\s*")
_TOKEN = re.compile(r"\S+")
ALIKE = 0.55  # a line this alike to the old quote (0..1) is taken as its new version
SHOWN_CHARS = 600


class DecisionError(ValueError):
    """An --accept or --drop that cannot be applied (unknown item, nothing to accept, no reason)."""


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, fold(a).lower(), fold(b).lower(), autojunk=False).ratio()


def _lines(doc) -> list[tuple[str, str]]:
    """(section path, line without its bullet) of every section's own lines."""
    return [(s.path, _BULLET.sub("", line).strip()) for s in doc.sections for line in s.lines if line.strip()]


def _parse(path: Path):
    from index.parser import parse_file

    return parse_file(path)


def _within(path: str, section: str) -> bool:
    return path == section or path.startswith(section + ".")


def best_line(doc, quote: str, section: str | None = None) -> tuple[str, str, float] | None:
    """The line most like ``quote`` ((path, line, similarity)), within ``section`` and its sub-items if given."""
    best = None
    for path, line in _lines(doc):
        if section is not None and not _within(path, section):
            continue
        r = _ratio(quote, line)
        if best is None or r > best[2]:
            best = (path, line, r)
    return best


def _same_field(doc, quote: str, section: str) -> tuple[str, str, float] | None:
    """A quoted field line ("Cơ quan chủ trì: …") is, today, the same field of the same activity, whatever it says."""
    from index.parser import field_kind, is_field_line

    body = _BULLET.sub("", quote).strip()
    sec = doc.get(section)
    if sec is None or not is_field_line(body):
        return None
    label = body.split(":", 1)[0].strip()
    value = sec.fields.get(field_kind(label))
    return (section, f"{label}: {value}.", 1.0) if value else None


def updates_of(last_update: dict | None) -> dict[str, dict]:
    """The last ingest's plan diffs (index/plan_diff.py) by old document: the document now in its place, the
    activities it renumbered (old section → new) and those it removed."""
    out = {}
    for d in (last_update or {}).get("diffs", []):
        out[d["old"]["document"]] = {"document": d["new"]["document"], "moved": d.get("moved", {}),
                                     "removed": [a["section"] for a in d.get("removed", [])]}
    return out


def review(problem: dict, corpus_dir: Path, parsed: dict, updates: dict[str, dict] | None = None) -> dict:
    """What a stale citation looks like today: the old quote, its section's new text, the most alike line.

    ``updates`` (``updates_of``) says what the last plan update did to the item's document: a document no longer
    in the corpus is looked up in the one that replaced it (the issued plan in place of its draft), a renumbered
    activity under its new number, and an activity the update removed has no new text (drop the item).
    """
    doc_name, section, quote = problem["document"], problem["section"], problem.get("evidence", "")
    out = {"id": problem["id"], "document": doc_name, "section": section, "reason": problem["reason"],
           "old_quote": quote, "section_text": None, "similar": None}
    update = (updates or {}).get(doc_name)
    if update:
        if update["document"] != doc_name and (Path(corpus_dir) / update["document"]).is_file():
            doc_name = out["replaced_by"] = update["document"]
        if any(_within(section, r) for r in update["removed"]):
            out["removed_by_update"] = True
            out["reason"] += "; the plan update removed this activity"
            return out
        section = next((new + section[len(old):] for old, new in update["moved"].items() if _within(section, old)),
                       section)
        if section != problem["section"]:
            out["moved_to"] = section
    path = Path(corpus_dir) / doc_name
    if not path.is_file():
        return out
    if doc_name not in parsed:
        try:
            parsed[doc_name] = _parse(path)
        except Exception:  # noqa: BLE001 - reported as a stale item without new text
            parsed[doc_name] = None
    doc = parsed[doc_name]
    if doc is None:
        return out
    try:
        text = doc.section_text(section, include_children=True)
        out["section_text"] = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS].rsplit(" ", 1)[0] + "…"
    except KeyError:
        pass
    # the activity is still at its section (or where the plan update moved it): a quoted field is that field today,
    # however unlike the old quote (a lead changed is the point); else the most alike line of the section, if alike
    # enough; only a section gone (or nothing alike in it) sends the search anywhere
    in_section = best_line(doc, quote, section) if out["section_text"] is not None else None
    pick = _same_field(doc, quote, section) or (in_section if in_section and in_section[2] >= ALIKE
                                                 else best_line(doc, quote))
    if pick:
        out["similar"] = {"document": doc_name, "section": pick[0], "line": pick[1], "similarity": round(pick[2], 3)}
    return out


def _realign(old_quote: str, new_quote: str, phrase: str) -> str | None:
    """The words of ``new_quote`` standing where ``phrase`` stood in ``old_quote`` (None: phrase not in it)."""
    old_t, new_t = _TOKEN.findall(old_quote), _TOKEN.findall(new_quote)
    folded_old = [fold(t).lower().strip(".,;:()") for t in old_t]
    want = [fold(t).lower().strip(".,;:()") for t in _TOKEN.findall(phrase)]
    if not want:
        return None
    start = next((i for i in range(len(old_t) - len(want) + 1) if folded_old[i:i + len(want)] == want), None)
    if start is None:
        return None
    end = start + len(want)
    sm = SequenceMatcher(None, folded_old, [fold(t).lower().strip(".,;:()") for t in new_t], autojunk=False)
    new_start = new_end = None
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        # the new span starts where the block holding ``start`` maps to, ends where the one holding end-1 does
        if new_start is None and i1 <= start < i2:
            new_start = j1 + (start - i1 if tag == "equal" else 0)
        if i1 <= end - 1 < i2:
            new_end = j1 + (end - i1 if tag == "equal" else j2 - j1)
    if new_start is not None and end == len(old_t):
        new_end = len(new_t)  # the phrase ended the quote ("… chủ trì: Sở Nội vụ."): its new version ends the new one
    if new_start is None or new_end is None or new_end <= new_start:
        return None
    return " ".join(new_t[new_start:new_end]).strip(".,;:")


def propose(item: dict, reviews: list[dict]) -> dict | None:
    """The item rewritten from the new text, or None when some citation has no new version to take."""
    by_key = {(r["document"], r["section"], r["old_quote"]): r for r in reviews}
    docs, sections, quotes = as_list(item["document"]), as_list(item["section"]), as_list(item["evidence"])
    new_docs, new_sections, new_quotes = list(docs), list(sections), list(quotes)
    must, answer = list(item.get("must_include") or []), item.get("answer", "")
    for n, (d, s, q) in enumerate(zip(docs, sections, quotes)):
        r = by_key.get((d, s, q))
        if r is None:
            continue  # this citation is fine
        if not r.get("similar"):
            return None
        line = r["similar"]["line"]
        new_docs[n], new_sections[n], new_quotes[n] = r["similar"]["document"], r["similar"]["section"], line
        for k, m in enumerate(must):
            if squash(m).casefold() in squash(line).casefold():
                continue
            now = _realign(q, line, m)
            if now:
                answer = answer.replace(m, now)
                must[k] = now
    if not all(squash(m).casefold() in " ".join(squash(x).casefold() for x in new_quotes) or
               squash(m).casefold() in squash(answer).casefold() for m in must):
        return None
    single = not isinstance(item["document"], list)
    return {**item, "document": new_docs[0] if single else new_docs,
            "section": new_sections[0] if single else new_sections,
            "evidence": new_quotes[0] if single else new_quotes, "must_include": must, "answer": answer}


# --------------------------------------------------------------------------- applying decisions to a set file
def _write_jsonl(path: Path, rows: list[dict]) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    os.replace(tmp, path)


def apply(set_path: Path, items: list[dict], accept: dict[str, dict], drop: set[str], reason: str | None,
          split: str) -> list[str]:
    """Rewrite ``set_path``: accepted items replaced by their proposals, dropped ones removed (and recorded in
    ``dropped.jsonl`` beside it). Returns what was done, one line each."""
    if drop and not (reason or "").strip():
        raise DecisionError("--drop needs --reason \"why the item goes\"")
    done, kept, dropped = [], [], []
    for item in items:
        if item["id"] in drop:
            dropped.append(item)
            done.append(f"dropped {item['id']}: {reason}")
        elif item["id"] in accept:
            new = accept[item["id"]]
            kept.append(new)
            done.append(f"accepted {item['id']}: {item['section']} “{_short(item['evidence'])}” → "
                        f"{new['section']} “{_short(new['evidence'])}”; must include {new['must_include']}")
        else:
            kept.append(item)
    if not done:
        return done
    if dropped:
        log = set_path.with_name("dropped.jsonl")
        when = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with log.open("a", encoding="utf-8") as fh:
            for item in dropped:
                fh.write(json.dumps({"id": item["id"], "split": split, "reason": reason, "dropped_at": when,
                                     "item": item}, ensure_ascii=False) + "\n")
    _write_jsonl(set_path, kept)
    return done


def _short(value, n: int = 70) -> str:
    text = "; ".join(as_list(value)) if isinstance(value, list) else str(value)
    return text if len(text) <= n else text[:n] + "…"
