"""Regression items generated from every plan's activities: the "generated" split.

Hand-written items cover some activities; a plan update can change any of them. So from every activity of the
register (index/register.py, read through index/plan_diff.read_plan) the facts a user asks about — who leads, who
coordinates, when, how often — become items, each asked with and without diacritics. They are written to one file
per document, ``evals/generated/<document>.jsonl``: a header line (the document's sha256, number, title) and then
the items. The files are committed: they are the facts as last accepted.

When a document changes, its items are generated again and compared with the file, fact by fact (an activity's
fact is keyed by its heading, not its number, so an inserted activity does not shift the others): the facts the
update changed, added or removed head the report and fail the gate until accepted (``assistant eval --accept``),
which rewrites the file. A new document's file is written at once (nothing to decide: its items are simply
scored). Scoring is bounded: a deterministic sample of facts per document, plus every fact an update touched.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from index.normalize import fold
from index.plan_diff import Plan, PlanActivity, read_plan, replaces, sha256_path

GENERATED_DIR = Path(__file__).with_name("generated")
SAMPLE_FACTS = 8  # facts scored per document (each asked twice: with and without diacritics), plus changed ones
FACTS = ("lead", "coordinators", "timing", "frequency")
MAX_VALUE_CHARS = 80  # a timing or frequency longer than this is a paragraph, not a fact to match verbatim
TOPIC_WORDS = 14
_TEMPLATES = {
    "lead": "Theo {plan}, đơn vị nào chủ trì {topic}?",
    "coordinators": "Theo {plan}, đơn vị nào phối hợp {topic}?",
    "timing": "Theo {plan}, {topic} được thực hiện khi nào?",
    "frequency": "Theo {plan}, {topic} được thực hiện với tần suất thế nào?",
}
_BULLET = re.compile(r"^\s*[-–—•+*]\s*")


# --------------------------------------------------------------------------- items from a plan
def _slug(text: str, n: int = 48) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")[:n].strip("-")


def _topic(heading: str) -> str:
    words = heading.replace("\n", " ").split()
    text = " ".join(words[:TOPIC_WORDS]).rstrip(" .,;:")
    cut = re.split(r"[:;(]", text)[0].rstrip(" .,;:")
    if len(words) > TOPIC_WORDS and len(cut.split()) >= 6:  # a long heading: up to its first colon when it can
        text = cut
    first = text.split(" ", 1)[0] if text else ""
    if first[:1].isupper() and not first.isupper() and not any(c.isupper() for c in first[1:]):
        text = text[0].lower() + text[1:]
    return text


def _plan_name(plan: Plan) -> str:
    return plan.title or plan.raw_title or plan.document


def _names(value: str) -> list[str]:
    """Unit names of a lead/coordinators value that an answer must name: the named ones, not "các đơn vị …"."""
    return [n.strip() for n in value.split(";") if n.strip()[:1].isupper() and not fold(n).startswith("cac ")]


def _expected(kind: str, value: str) -> list[str]:
    if kind in ("lead", "coordinators"):
        return _names(value)[:2]
    value = value.strip().rstrip(".;")
    return [value] if value and len(value) <= MAX_VALUE_CHARS else []


def activity_key(a: PlanActivity, duplicates: set[str]) -> str:
    """What names an activity's facts across versions: its heading (and its place only when the heading repeats)."""
    base = fold(" ".join(a.heading.split())).lower()
    if base in duplicates:
        base = f"{base}|{a.section}"
    return hashlib.sha1(base.encode("utf-8")).hexdigest()[:8]


def items_of(plan: Plan) -> list[dict]:
    """Every fact of every activity of ``plan`` as an item, with diacritics and without."""
    counts: dict[str, int] = {}
    for a in plan.activities:
        h = fold(" ".join(a.heading.split())).lower()
        counts[h] = counts.get(h, 0) + 1
    duplicates = {h for h, n in counts.items() if n > 1}
    slug = _slug(Path(plan.document).stem)
    out = []
    for a in plan.activities:
        key = activity_key(a, duplicates)
        for kind in FACTS:
            value = a.fields.get(kind, "")
            must = _expected(kind, value)
            line = a.lines.get(kind, "")
            if not must or not line:
                continue
            evidence = _BULLET.sub("", line).strip()
            question = _TEMPLATES[kind].format(plan=_plan_name(plan), topic=_topic(a.heading))
            fact = {"key": f"{key}-{kind}", "field": kind, "value": value, "heading": a.heading}
            base = {"kind": kind, "answer": f"{value} (mục {a.section})", "must_include": must,
                    "document": plan.document, "section": a.section, "evidence": evidence, "fact": fact}
            out.append({"id": f"gen-{slug}-{key}-{kind}", "question": question, **base})
            out.append({"id": f"gen-{slug}-{key}-{kind}-kd", "question": fold(question), **base,
                        "fact": {**fact, "key": f"{key}-{kind}-kd"}})
    return out


def _index_version() -> int:
    from index.ingest import INDEX_VERSION

    return INDEX_VERSION


def header_of(plan: Plan, items: list[dict]) -> dict:
    """The file's first line. ``index_version``: a parser change (which bumps it) regenerates the facts too."""
    return {"generated": "evals/generated.py", "document": plan.document, "sha256": plan.sha256,
            "index_version": _index_version(),
            "title": plan.title, "raw_title": plan.raw_title, "number": plan.number, "draft": plan.draft,
            "items": len(items)}


# --------------------------------------------------------------------------- the files
def file_for(document: str, folder: Path) -> Path:
    return Path(folder) / f"{document}.jsonl"


def read_file(path: Path) -> tuple[dict, list[dict]]:
    lines = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
    if not lines or "sha256" not in lines[0]:
        raise ValueError(f"{path} is not a generated items file (no header line with sha256)")
    return lines[0], lines[1:]


def write_file(path: Path, header: dict, items: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in [header, *items]), encoding="utf-8")
    os.replace(tmp, path)


def _as_plan(header: dict) -> Plan:
    return Plan(header.get("document", ""), header.get("title", ""), header.get("raw_title", ""),
                header.get("number", ""), bool(header.get("draft")), None, header.get("sha256", ""))


# --------------------------------------------------------------------------- what an update changed
@dataclass
class FactChange:
    """One fact an update changed: ``before``/``after`` are items (None when the fact is new or gone)."""

    change: str  # "changed", "added", "removed"
    key: str
    before: dict | None
    after: dict | None

    def to_json(self) -> dict:
        side = lambda i: None if i is None else {"id": i["id"], "document": i["document"], "section": i["section"],  # noqa: E731
                                                  "value": i["fact"]["value"], "heading": i["fact"]["heading"],
                                                  "question": i["question"]}
        return {"change": self.change, "key": self.key, "field": (self.after or self.before)["fact"]["field"],
                "before": side(self.before), "after": side(self.after)}


@dataclass
class DocumentUpdate:
    """A document whose generated file no longer matches it: the facts to accept before the file is rewritten."""

    document: str | None  # None: the document is gone
    path: Path  # the file to write (or delete)
    replaced: list[Path] = field(default_factory=list)  # files of documents it replaces (deleted on acceptance)
    header: dict | None = None
    items: list[dict] = field(default_factory=list)
    changes: list[FactChange] = field(default_factory=list)
    reason: str = ""

    def ids(self) -> set[str]:
        return {i["id"] for c in self.changes for i in (c.before, c.after) if i}

    def accept(self) -> None:
        if self.header is not None:
            write_file(self.path, self.header, self.items)
        elif self.path.exists():
            self.path.unlink()
        for p in self.replaced:
            if p != self.path and p.exists():
                p.unlink()

    def to_json(self) -> dict:
        return {"document": self.document, "file": self.path.name, "reason": self.reason,
                "changes": [c.to_json() for c in self.changes]}


def fact_changes(old: list[dict], new: list[dict]) -> list[FactChange]:
    """Facts compared by key (activity heading + field + variant): value changed, added, removed.
    Only the with-diacritics variant is listed (its twin changes with it)."""
    a = {i["fact"]["key"]: i for i in old if not i["id"].endswith("-kd")}
    b = {i["fact"]["key"]: i for i in new if not i["id"].endswith("-kd")}
    out = []
    for k, item in b.items():
        if k not in a:
            out.append(FactChange("added", k, None, item))
        elif (a[k]["must_include"], a[k]["fact"]["value"]) != (item["must_include"], item["fact"]["value"]):
            out.append(FactChange("changed", k, a[k], item))
    out += [FactChange("removed", k, item, None) for k, item in a.items() if k not in b]
    return out


@dataclass
class GeneratedSet:
    """Today's generated items for a corpus, and what still waits for a decision."""

    items: list[dict]  # today's items (from the documents as they are now)
    pending: list[DocumentUpdate]  # updates whose facts changed: the gate fails until they are accepted
    written: list[str]  # files written without a decision (a new document; a change that moved no fact)

    def changes(self) -> list[FactChange]:
        return [c for u in self.pending for c in u.changes]

    def sample(self, per_document: int = SAMPLE_FACTS) -> list[dict]:
        """A bounded, deterministic choice of items to score: per document, ``per_document`` facts (both
        variants) by a hash of their key, plus every fact an update touched. ``per_document`` 0: all."""
        touched = {i["fact"]["key"].removesuffix("-kd") for c in self.changes() for i in (c.after,) if i}
        by_doc: dict[str, list[dict]] = {}
        for i in self.items:
            by_doc.setdefault(i["document"], []).append(i)
        chosen: list[dict] = []
        for doc, items in by_doc.items():
            facts = sorted({i["fact"]["key"].removesuffix("-kd") for i in items},
                           key=lambda k: hashlib.sha1(f"{doc}:{k}".encode()).hexdigest())
            keep = set(facts if per_document <= 0 else facts[:per_document]) | touched
            chosen += [i for i in items if i["fact"]["key"].removesuffix("-kd") in keep]
        return chosen


def refresh(corpus_dir: Path, folder: Path = GENERATED_DIR, write_new: bool = True) -> GeneratedSet:
    """Generate today's items for every document of ``corpus_dir`` and compare them with the files.

    Unchanged documents are read from their files (nothing parsed). A new document's file is written at once;
    a changed document whose facts did not move is rewritten silently; otherwise the update is pending.
    """
    from index.readers import is_supported

    folder = Path(folder)
    files = sorted(p for p in Path(corpus_dir).iterdir() if p.is_file() and is_supported(p)) \
        if Path(corpus_dir).is_dir() else []
    present = {p.name for p in files}
    known: dict[str, tuple[dict, list[dict]]] = {}
    for p in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        try:
            known[p.name.removesuffix(".jsonl")] = read_file(p)
        except (ValueError, OSError):
            continue  # an unreadable file is generated again, as if new
    gone = {doc: hv for doc, hv in known.items() if doc not in present}
    items: list[dict] = []
    pending: list[DocumentUpdate] = []
    written: list[str] = []
    for p in files:
        sha = sha256_path(p)
        if p.name in known and known[p.name][0].get("sha256") == sha \
                and known[p.name][0].get("index_version") == _index_version():
            items += known[p.name][1]
            continue
        try:
            plan = read_plan(p, sha)
        except Exception:  # noqa: BLE001 - a document the parser cannot read has no facts to generate
            continue
        new = items_of(plan)
        items += new
        target = file_for(p.name, folder)
        update = DocumentUpdate(p.name, target, header=header_of(plan, new), items=new)
        if p.name in known:
            old_items = known[p.name][1]
            update.reason = "document changed" if known[p.name][0].get("sha256") != sha else "parser changed"
        else:
            match = next(((d, why) for d, (h, _) in gone.items() if (why := replaces(plan, _as_plan(h)))), None)
            if match is None:  # a new plan: its facts are simply scored from now on
                if write_new:
                    update.accept()
                    written.append(target.name)
                continue
            old_items, update.reason = gone.pop(match[0])[1], f"replaces {match[0]} ({match[1]})"
            update.replaced.append(file_for(match[0], folder))
        update.changes = fact_changes(old_items, new)
        if update.changes:
            pending.append(update)
        else:
            update.accept()
            written.append(target.name)
    for doc, (header, old_items) in gone.items():
        update = DocumentUpdate(None, file_for(doc, folder), changes=fact_changes(old_items, []),
                                reason=f"{doc} is no longer in the corpus")
        if update.changes:
            pending.append(update)
        else:
            update.accept()
    return GeneratedSet(items, pending, written)
