"""What changed between two versions of a plan: activities added, removed, and changed field by field.

Maintainers replace plans (a draft by the issued plan, last year's by this year's, a corrected copy). Officials and
the eval both need the changes as facts ("lead of C.II.3 went from Sở A to Sở B"), not as a text diff: sections are
renumbered when an activity is inserted, so activities are matched by *content* — the words of their headings,
each weighted by its rarity across both plans (weighted Dice), most alike pairs first — never by position.

The same matching serves the chat's "2023 vs 2025" comparison (assistant/compose.py) and ``assistant diff``.
After every ingest, each plan's activities are kept as a small JSON snapshot (``<home>/plans/``), so that when a
document is updated or replaced (same number, same title, or a draft replaced by the issued plan) the previous
version can still be compared with the new one, even though its file is gone.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable, Iterable, Sequence, TypeVar

from index.files import write_json

from index.normalize import fold, squash

T = TypeVar("T")
# Weighted share of heading words two plans' activities must have in common to be "the same task". Words are
# weighted by rarity among the two plans' tasks, so "tiếp nhận, giải quyết hồ sơ TTHC" (in many tasks) counts
# less than "địa giới hành chính" or "đường dây nóng".
SAME_TASK = 0.45
COMPARED = ("lead", "coordinators", "timing", "frequency", "output")  # the fields a diff reports, in this order
FIELD_LABELS = {"lead": "chủ trì", "coordinators": "phối hợp", "timing": "thời gian", "frequency": "tần suất",
                "output": "sản phẩm"}
SNAPSHOT_VERSION = 1


# --------------------------------------------------------------------------- a plan's activities
@dataclass
class PlanActivity:
    """One activity as a diff and the generated eval items see it: its place, its heading and its fields."""

    section: str
    heading: str
    breadcrumb: str = ""  # the parents' headings: tells apart two activities with the same heading
    fields: dict[str, str] = field(default_factory=dict)  # COMPARED fields as written ("lead" joins lead roles)
    units: dict[str, list[str]] = field(default_factory=dict)  # lead/coordinators → canonical unit keys
    lines: dict[str, str] = field(default_factory=dict)  # field → the line of the document that gives it


@dataclass
class Plan:
    document: str
    title: str = ""  # full title ("Dự thảo kế hoạch …" for a draft)
    raw_title: str = ""
    number: str = ""
    draft: bool = False
    year: int | None = None
    sha256: str = ""
    activities: list[PlanActivity] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"version": SNAPSHOT_VERSION, **asdict(self)}

    @classmethod
    def from_json(cls, data: dict) -> "Plan":
        acts = [PlanActivity(**a) for a in data.get("activities", [])]
        keep = {k: data[k] for k in ("document", "title", "raw_title", "number", "draft", "year", "sha256") if k in data}
        return cls(**keep, activities=acts)


def sha256_path(path: Path) -> str:
    from index.files import sha256_file

    return sha256_file(Path(path))


def read_plan(path: Path | str, sha256: str | None = None) -> Plan:
    """A plan file's activities, as the index reads them (parser → chunks → activity register)."""
    from index.chunking import chunk_document
    from index.parser import parse_file
    from index.register import LEAD_ROLES, Register

    path = Path(path)
    doc = parse_file(path)
    chunks = chunk_document(doc)
    m = doc.meta
    register = Register.build(chunks, {doc.name: {"year": m.year, "place": m.place, "raw_title": m.title,
                                                  "title": m.full_title}})
    sections = {s.path: s for s in doc.sections}
    first = {c.section: c for c in chunks if c.part == 0}
    acts = []
    for a in register.activities:
        sec, chunk = sections.get(a.section), first.get(a.section)
        raw = dict(chunk.fields) if chunk else {}
        fields = {"lead": "; ".join(n for r in LEAD_ROLES for n in a.roles.get(r, [])),
                  "coordinators": "; ".join(a.roles.get("coordinators", [])),
                  "timing": a.timing, "frequency": a.frequency, "output": raw.get("output", "")}
        lines = {}
        for kind, line in (sec.field_lines.items() if sec else ()):
            lines["lead" if kind in LEAD_ROLES else kind] = lines.get("lead" if kind in LEAD_ROLES else kind, line)
        units = {"lead": [k for r in LEAD_ROLES for k in a.units.get(r, [])],
                 "coordinators": list(a.units.get("coordinators", []))}
        acts.append(PlanActivity(a.section, a.heading, chunk.breadcrumb if chunk else "",
                                 {k: v for k, v in fields.items() if v}, units, lines))
    return Plan(doc.name, m.full_title, m.title, m.number, m.draft, m.year,
                sha256 or sha256_path(path), acts)


# --------------------------------------------------------------------------- matching by content
def _words(text: str) -> set[str]:
    from index.lexical import content_tokens

    return set(content_tokens(text))


def _dice(a: set[str], b: set[str], weight: dict[str, float]) -> float:
    total = sum(weight[w] for w in a) + sum(weight[w] for w in b)
    return 2 * sum(weight[w] for w in a & b) / total if total else 0.0


def match(old: Sequence[T], new: Sequence[T], heading: Callable[[T], str] = lambda a: a.heading,
          context: Callable[[T], str] | None = None, threshold: float = SAME_TASK) -> list[tuple[T, T]]:
    """(old, new) pairs of the same task, in the new plan's order; each task in at most one pair.

    Headings are compared as sets of content words weighted by rarity (``log(1 + n / df)`` over both plans'
    headings): "Bản tin PCI" shared by two headings says more than "thực hiện". Most alike pairs are taken first;
    ``context`` (the parents' headings) only breaks ties between equally alike headings.
    """
    heads = [_words(heading(a)) for a in list(old) + list(new)]
    df: dict[str, int] = {}
    for words in heads:
        for w in words:
            df[w] = df.get(w, 0) + 1
    weight = {w: math.log(1 + len(heads) / n) for w, n in df.items()}
    old_w, new_w = heads[:len(old)], heads[len(old):]
    ctx_old = [_words(context(a)) for a in old] if context else None
    ctx_new = [_words(context(a)) for a in new] if context else None
    cweight = {}
    if context:
        for words in ctx_old + ctx_new:
            for w in words:
                cweight.setdefault(w, 1.0)
    scored = []
    for i, wb in enumerate(old_w):
        for j, wa in enumerate(new_w):
            s = _dice(wb, wa, weight)
            if s < threshold:
                continue
            tie = _dice(ctx_old[i], ctx_new[j], cweight) if context else 0.0
            scored.append((s, tie, -j, -i, i, j))
    scored.sort(reverse=True)
    pairs, used_old, used_new = [], set(), set()
    for *_, i, j in scored:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j))
    return [(old[i], new[j]) for i, j in sorted(pairs, key=lambda p: p[1])]


# --------------------------------------------------------------------------- the diff
@dataclass
class FieldChange:
    field: str
    before: str
    after: str


@dataclass
class ActivityChange:
    old: PlanActivity
    new: PlanActivity
    changes: list[FieldChange]


@dataclass
class PlanDiff:
    old: Plan
    new: Plan
    added: list[PlanActivity]
    removed: list[PlanActivity]
    changed: list[ActivityChange]
    unchanged: int
    reason: str = ""  # why the new document replaces the old one ("same document", "same number", …)
    meta: list[FieldChange] = field(default_factory=list)  # number, title, draft → issued
    moved: dict[str, str] = field(default_factory=dict)  # old section → new section, for matched activities renumbered

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.meta)

    def summary(self) -> str:
        return (f"{len(self.changed)} activities changed, {len(self.added)} added, {len(self.removed)} removed, "
                f"{self.unchanged} unchanged")

    def to_json(self) -> dict:
        act = lambda a: {"section": a.section, "heading": a.heading, "fields": a.fields}  # noqa: E731
        return {"old": {"document": self.old.document, "title": self.old.title, "number": self.old.number,
                        "draft": self.old.draft, "sha256": self.old.sha256},
                "new": {"document": self.new.document, "title": self.new.title, "number": self.new.number,
                        "draft": self.new.draft, "sha256": self.new.sha256},
                "reason": self.reason, "summary": self.summary(),
                "meta": [asdict(c) for c in self.meta],
                "changed": [{"heading": c.new.heading, "old_section": c.old.section, "new_section": c.new.section,
                             "changes": [asdict(f) for f in c.changes]} for c in self.changed],
                "added": [act(a) for a in self.added], "removed": [act(a) for a in self.removed],
                "moved": self.moved, "unchanged": self.unchanged}

    def text(self, limit: int | None = None) -> str:
        """Readable lines: what the update changed, field by field, with the section on both sides."""
        out = [f"{self.old.document} → {self.new.document}" + (f" ({self.reason})" if self.reason else ""),
               f"  {self.summary()}"]
        for c in self.meta:
            out.append(f"  {c.field}: {c.before or '—'} → {c.after or '—'}")
        rows: list[str] = []
        for c in self.changed:
            rows.append(f"  ~ {c.old.section} → {c.new.section} {_clip(c.new.heading)}")
            rows += [f"      {f.field}: {f.before or '—'} → {f.after or '—'}" for f in c.changes]
        rows += [f"  + {a.section} {_clip(a.heading)}" + (f" (chủ trì: {a.fields['lead']})" if a.fields.get("lead")
                                                           else "") for a in self.added]
        rows += [f"  - {a.section} {_clip(a.heading)}" for a in self.removed]
        if limit is not None and len(rows) > limit:
            rows = rows[:limit] + [f"  … ({len(rows) - limit} more lines: assistant diff "
                                   f"{self.old.document} {self.new.document})"]
        return "\n".join(out + rows)


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"


def _same_units(a: list[str], b: list[str]) -> bool:
    return bool(a or b) and set(a) == set(b)


def field_changes(old: PlanActivity, new: PlanActivity) -> list[FieldChange]:
    """The COMPARED fields that differ. Units are compared as canonical units ("Đài PT&TH" is the full name)."""
    out = []
    for f in COMPARED:
        before, after = old.fields.get(f, ""), new.fields.get(f, "")
        if f in ("lead", "coordinators") and _same_units(old.units.get(f, []), new.units.get(f, [])):
            continue
        if squash(before).casefold().rstrip(".;") != squash(after).casefold().rstrip(".;"):
            out.append(FieldChange(f, before, after))
    return out


def diff_plans(old: Plan, new: Plan, reason: str = "") -> PlanDiff:
    pairs = match(old.activities, new.activities, context=lambda a: a.breadcrumb)
    matched_old = {id(b) for b, _ in pairs}
    matched_new = {id(a) for _, a in pairs}
    changed, unchanged = [], 0
    for b, a in pairs:
        changes = field_changes(b, a)
        if changes:
            changed.append(ActivityChange(b, a, changes))
        else:
            unchanged += 1
    meta = [FieldChange(k, str(getattr(old, k)), str(getattr(new, k)))
            for k in ("number", "raw_title", "draft") if squash(str(getattr(old, k))) != squash(str(getattr(new, k)))]
    return PlanDiff(old, new, [a for a in new.activities if id(a) not in matched_new],
                    [b for b in old.activities if id(b) not in matched_old], changed, unchanged, reason, meta,
                    {b.section: a.section for b, a in pairs if b.section != a.section})


# --------------------------------------------------------------------------- which document replaces which
_NUMBER_DIGITS = re.compile(r"\d")


def _title_words(plan: Plan) -> list[str]:
    return re.findall(r"\w+", fold(plan.raw_title or plan.title))


def replaces(new: Plan, old: Plan) -> str | None:
    """Why ``new`` is another version of ``old`` (None when it is not): the same number, the same title, or the
    issued plan of a draft (titles nearly the same)."""
    if old.number and new.number and _NUMBER_DIGITS.search(old.number) and squash(old.number) == squash(new.number):
        return f"same number {new.number}"
    a, b = _title_words(old), _title_words(new)
    if not a or not b:
        return None
    if a == b:
        return "issued plan replaces the draft" if old.draft and not new.draft else "same title"
    if old.draft and not new.draft and SequenceMatcher(None, a, b).ratio() >= 0.8:
        return "issued plan replaces the draft"
    return None


# --------------------------------------------------------------------------- snapshots kept after each ingest
class PlanSnapshots:
    """``<home>/plans/``: each indexed plan's activities (JSON), and the diffs of the last update."""

    LAST = "last-update.json"

    def __init__(self, home: Path):
        self.folder = Path(home) / "plans"

    def _file(self, document: str) -> Path:
        return self.folder / f"{document}.json"

    def load(self) -> dict[str, Plan]:
        out = {}
        if not self.folder.is_dir():
            return out
        for p in sorted(self.folder.glob("*.json")):
            if p.name == self.LAST:
                continue
            try:
                data = json.loads(p.read_text(encoding="utf-8"))
                out[data["document"]] = Plan.from_json(data)
            except (ValueError, KeyError, TypeError):
                continue  # an unreadable snapshot is only a diff we cannot show
        return out

    def save(self, plan: Plan) -> None:
        write_json(self._file(plan.document), plan.to_json())

    def remove(self, document: str) -> None:
        self._file(document).unlink(missing_ok=True)

    def save_last(self, diffs: list[PlanDiff], when: str) -> None:
        write_json(self.folder / self.LAST, {"created": when, "diffs": [d.to_json() for d in diffs]})

    def last(self) -> dict | None:
        try:
            return json.loads((self.folder / self.LAST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None




def update_snapshots(corpus_dir: Path, home: Path, skip: Iterable[str] = ()) -> list[PlanDiff]:
    """After an ingest: re-read the plans whose file changed, and diff each against the version it replaces.

    A changed file is diffed against its own previous snapshot; a new file against a removed one it replaces
    (same number, same title, draft → issued). ``skip``: files ingest could not read (their old version stays).
    """
    from datetime import datetime, timezone

    from index.readers import is_supported

    snaps = PlanSnapshots(home)
    before = snaps.load()
    skip = set(skip)
    files = sorted(p for p in Path(corpus_dir).iterdir() if p.is_file() and is_supported(p)) \
        if Path(corpus_dir).is_dir() else []
    present = {p.name for p in files}
    current: dict[str, Plan] = {}
    for p in files:
        if p.name in skip:
            continue
        sha = sha256_path(p)
        if p.name in before and before[p.name].sha256 == sha:
            continue
        try:
            current[p.name] = read_plan(p, sha)
        except Exception:  # noqa: BLE001 - ingest already reported what it could not read
            continue
    diffs = []
    gone = {n: plan for n, plan in before.items() if n not in present}
    for name, plan in current.items():
        if name in before:
            d = diff_plans(before[name], plan, "same document, new version")
        else:
            found = next(((o, why) for o in gone.values() if (why := replaces(plan, o))), None)
            if found is None:
                continue
            d = diff_plans(found[0], plan, found[1])
            gone.pop(found[0].document)
        if not d.empty:
            diffs.append(d)
    for plan in current.values():
        snaps.save(plan)
    for name in before:
        if name not in present:
            snaps.remove(name)
    if diffs:
        snaps.save_last(diffs, datetime.now(timezone.utc).isoformat(timespec="seconds"))
    return diffs


def load_plan(ref: str, corpus_dir: Path, home: Path) -> Plan:
    """``assistant diff``'s arguments: a path, a file name in the corpus, or a plan known only by its snapshot."""
    for candidate in (Path(ref), Path(corpus_dir) / ref):
        if candidate.is_file():
            return read_plan(candidate)
    snap = PlanSnapshots(home).load().get(Path(ref).name)
    if snap is not None:
        return snap
    raise FileNotFoundError(f"no plan file {ref} (nor {Path(corpus_dir) / ref}, nor a snapshot of it)")
