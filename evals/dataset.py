"""The evaluation set (evals/qa.jsonl): loading it, checking its shape, and finding stale evidence.

Every answerable item quotes its supporting text verbatim and names the section it
comes from. When a document is edited or the parser changes how it cuts sections, a
quote can go stale or end up in another section; ``check_evidence`` finds those items
and says where the quote is now, so the set and the parser can be kept in step.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable

QA_PATH = Path(__file__).with_name("qa.jsonl")

# kind -> the least number of items the set must hold of it
MIN_COUNTS: dict[str, int] = {
    "lead": 30,
    "coordinators": 15,
    "timing": 15,
    "frequency": 12,
    "fact": 20,
    "abbreviation": 8,
    "list": 8,
    "cross_document": 10,
    "no_diacritics": 15,
    "english": 10,
    "unanswerable": 15,
}
MIN_ITEMS = 170
REQUIRED_FIELDS = ("id", "question", "kind", "answer", "must_include", "document", "section", "evidence")
MAX_EVIDENCE_CHARS = 320  # "a sentence or a field line, at most ~300 characters"
ZONES = ("header", "preamble", "closing", "signature")
# heading levels outermost first: "A." / "I." / "1." / "a)"; Vietnamese letters include đ
_LEVELS = (re.compile(r"[A-Z]"), re.compile(r"[IVXLC]+"), re.compile(r"\d{1,2}"), re.compile(r"[a-zđ]"))

_EMPHASIS = re.compile(r"\*{1,3}")
_WS = re.compile(r"\s+")


class DatasetError(ValueError):
    """The file is not a readable evaluation set (bad JSON or a line that is not an object)."""


def squash(text: str) -> str:
    """The comparison form of a quote: NFC, no markdown emphasis, whitespace collapsed.

    Uses the index's own normaliser when it is importable, so quotes are compared
    exactly the way citations are; the local copy follows the same rule.
    """
    try:
        from index.normalize import squash as index_squash
    except ImportError:
        text = _EMPHASIS.sub("", unicodedata.normalize("NFC", text).replace("\u00a0", " "))
        return _WS.sub(" ", text).strip()
    return index_squash(text)


def load_items(path: Path | str = QA_PATH) -> list[dict]:
    """Read a JSON-lines evaluation set; blank lines are skipped."""
    path = Path(path)
    items: list[dict] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path.name} line {number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(item, dict):
                raise DatasetError(f"{path.name} line {number}: expected a JSON object, got {type(item).__name__}")
            items.append(item)
    return items


def as_list(value: Any) -> list:
    """document/section/evidence hold one value, or a list for cross-document items."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def citations(item: dict) -> list[tuple[str, str, str]]:
    """The (document, section, evidence) triples an item rests on."""
    return list(zip(as_list(item.get("document")), as_list(item.get("section")), as_list(item.get("evidence"))))


# --------------------------------------------------------------------------- shape
def schema_problems(items: list[dict], corpus_dir: Path | str, *, min_counts: dict[str, int] | None = None,
                    min_items: int = MIN_ITEMS, max_must: int = 3, path_ok=None) -> list[str]:
    """Everything wrong with the set's shape, as readable messages (empty when it is sound).

    The defaults describe ``evals/qa.jsonl``; another split passes its own kinds, sizes and path rule.
    """
    corpus_dir = Path(corpus_dir)
    documents = {p.name for p in corpus_dir.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".docx", ".pdf")}
    min_counts = MIN_COUNTS if min_counts is None else min_counts
    path_ok = path_ok or (lambda section: section in ZONES or is_section_path(section))
    problems: list[str] = []
    seen: set[str] = set()
    counts: dict[str, int] = {kind: 0 for kind in min_counts}
    used: set[str] = set()
    for n, item in enumerate(items, start=1):
        ref = item.get("id") or f"item #{n}"
        missing = [f for f in REQUIRED_FIELDS if f not in item]
        if missing:
            problems.append(f"{ref}: missing fields {missing}")
            continue
        for f in ("id", "question", "kind", "answer"):
            if not isinstance(item[f], str) or not item[f].strip():
                problems.append(f"{ref}: {f} must be a non-empty string")
        if item["id"] in seen:
            problems.append(f"{ref}: duplicate id")
        seen.add(item["id"])
        kind = item["kind"]
        if kind not in min_counts:
            problems.append(f"{ref}: unknown kind {kind!r}")
            continue
        counts[kind] += 1
        must = item["must_include"]
        if not isinstance(must, list) or not all(isinstance(m, str) and m.strip() for m in must):
            problems.append(f"{ref}: must_include must be a list of non-empty strings")
            continue
        if kind == "unanswerable":
            if must:
                problems.append(f"{ref}: unanswerable items have must_include []")
            for f in ("document", "section", "evidence"):
                if item[f] is not None:
                    problems.append(f"{ref}: unanswerable items have {f} null")
            continue
        if not 1 <= len(must) <= max_must:
            problems.append(f"{ref}: must_include should hold 1-{max_must} strings, has {len(must)}")
        problems.extend(_citation_shape(ref, item, kind, documents, path_ok))
        used.update(d for d in as_list(item["document"]) if isinstance(d, str))
    for kind, least in min_counts.items():
        if counts[kind] < least:
            problems.append(f"kind {kind}: {counts[kind]} items, needs at least {least}")
    if len(items) < min_items:
        problems.append(f"{len(items)} items, needs at least {min_items}")
    for name in sorted(documents - used):
        problems.append(f"document {name} contributes no item")
    return problems


def _citation_shape(ref: str, item: dict, kind: str, documents: set[str], path_ok) -> list[str]:
    problems = []
    fields = {f: item[f] for f in ("document", "section", "evidence")}
    if kind == "cross_document":
        if not all(isinstance(v, list) for v in fields.values()):
            return [f"{ref}: cross_document items hold lists in document, section and evidence"]
        lengths = {len(v) for v in fields.values()}
        if len(lengths) != 1:
            return [f"{ref}: document, section and evidence lists differ in length"]
        if len(fields["document"]) < 2 or len(set(fields["document"])) < 2:
            problems.append(f"{ref}: a cross_document item needs at least two different documents")
    elif isinstance(fields["document"], list):
        lengths = {len(v) if isinstance(v, list) else -1 for v in fields.values()}
        if len(lengths) != 1:
            return [f"{ref}: document, section and evidence must be parallel lists"]
    elif not all(isinstance(v, str) for v in fields.values()):
        return [f"{ref}: document, section and evidence must be strings"]
    for doc, section, evidence in zip(*(as_list(v) for v in fields.values())):
        if doc not in documents:
            problems.append(f"{ref}: unknown document {doc!r}")
        if not isinstance(section, str) or not path_ok(section):
            problems.append(f"{ref}: section {section!r} is not a section path")
        if not isinstance(evidence, str) or not evidence.strip():
            problems.append(f"{ref}: empty evidence")
        elif len(evidence) > MAX_EVIDENCE_CHARS:
            problems.append(f"{ref}: evidence is {len(evidence)} characters (keep it to a sentence)")
    return problems


def is_section_path(path: str) -> bool:
    """"C.II.12.c", "III.5", "E.4", "V": labels joined by ".", levels in order, none repeated."""
    level = 0
    for label in path.split("."):
        while level < len(_LEVELS) and not _LEVELS[level].fullmatch(label):
            level += 1
        if level == len(_LEVELS):
            return False
        level += 1
    return bool(path)


# --------------------------------------------------------------------------- evidence
def check_evidence(items: Iterable[dict], corpus_dir: Path | str, level: str = "auto") -> list[dict]:
    """Items whose evidence no longer matches the corpus.

    ``level`` is "section" (the quote must lie in the stated section or its descendants,
    which needs ``index.parser``), "document" (anywhere in the stated document), or
    "auto" (section when the parser imports, else document). Each problem is a dict
    with id, document, section, reason and found_in: the section paths whose own text
    holds the quote (section level), or "document"/None at document level.
    """
    corpus_dir = Path(corpus_dir)
    parse_file = _parser() if level in ("auto", "section") else None
    if level == "section" and parse_file is None:
        raise RuntimeError("section-level evidence check needs index.parser")
    if level not in ("auto", "section", "document"):
        raise ValueError(f"level must be auto, section or document, not {level!r}")
    texts: dict[str, str | None] = {}
    parsed: dict[str, Any] = {}
    problems: list[dict] = []
    for item in items:
        for doc, section, evidence in citations(item):
            problem = dict(id=item.get("id"), document=doc, section=section, reason="", found_in=None)
            path = corpus_dir / str(doc).split("#", 1)[0]  # "qd-45.docx#2": the plan a decision carries
            if doc not in texts:
                texts[doc] = _document_text(path) if path.is_file() else None
            if texts[doc] is None:
                problems.append({**problem, "reason": "document not in corpus"})
                continue
            quote = squash(str(evidence))
            in_document = quote in squash(texts[doc])
            if parse_file is None:
                if not in_document:
                    problems.append({**problem, "reason": "evidence not in document"})
                continue
            parts = _parts(parsed, path, parse_file)
            if isinstance(parts, Exception):
                problems.append({**problem, "reason": f"parser failed: {type(parts).__name__}: {parts}"})
                continue
            result, stated_path = cited_part(parts, str(doc), str(section), quote)
            if result is None:
                problems.append({**problem, "reason": f"parser failed: KeyError: 'no document part {doc}'"})
                continue
            found_in = [s.path for s in result.sections if quote in squash(s.text)]
            if stated_path is None:
                problems.append({**problem, "reason": "section not produced by the parser",
                                 "found_in": found_in or ("document" if in_document else None)})
                continue
            stated = squash(result.section_text(stated_path, include_children=True))
            if quote not in stated and _loose(quote) not in _loose(stated):
                reason = "evidence not in stated section" if in_document else "evidence not in document"
                if in_document and not found_in:
                    reason = "evidence spans sections (not inside any one section)"
                problems.append({**problem, "reason": reason,
                                 "found_in": found_in or ("document" if in_document else None)})
    return problems


def cited_part(parts: list, doc: str, section: str, quote: str | None = None) -> tuple[Any, str | None]:
    """The document part a citation means and its section's path there (``ParsedDocument.resolve``: a reader's
    name for it). A part named ("qd-45.docx#2") is that part; a file's name, when the file holds a decision and
    the plan it carries, is the part whose section holds the quote, the first part first. (None, None) when no
    part has that name; (part, None) when the section is in none."""
    named = [p for p in parts if p.name == doc]
    others = [p for p in parts if p.name != doc] if "#" not in doc else []
    first = None
    for part in named + others:
        path = part.resolve(section)
        if path is None:
            continue
        first = first or (part, path)
        if quote is None or _loose(quote) in _loose(part.section_text(path, include_children=True)):
            return part, path
    return first or ((named[0], None) if named else (None, None))


def resolve_sections(items: list[dict], corpus_dir: Path | str) -> list[dict]:
    """The items with each citation named as the parser names it, when a person named it otherwise but
    unambiguously: "2.2.1" for "Phần II.II.2.2.1", "Phụ lục I, STT 5" for "Phụ lục I.II.5", the file's name for
    the plan part a decision carries ("qd-45.docx" → "qd-45.docx#2", the part whose section holds the quote).
    Scoring then matches citations to the parser's paths as before; a name that fits no section, or several,
    stays as written (and the item is stale), so no citation is counted right that points elsewhere."""
    parse_file = _parser()
    if parse_file is None:
        return items
    corpus_dir, parsed, out = Path(corpus_dir), {}, []
    for item in items:
        cites = citations(item)
        if not cites:
            out.append(item)
            continue
        docs, sections = [], []
        for doc, section, evidence in cites:
            parts = _parts(parsed, corpus_dir / str(doc).split("#", 1)[0], parse_file)
            part, path = (None, None) if isinstance(parts, Exception) else \
                cited_part(parts, str(doc), str(section), squash(str(evidence)))
            docs.append(part.name if part is not None and path is not None else doc)
            sections.append(path or section)
        listed = isinstance(item.get("section"), list)
        out.append({**item, "document": docs if listed else docs[0], "section": sections if listed else sections[0]})
    return out


def _loose(text: str) -> str:
    """Text compared without the marks that separate a table's units and cells: a row's "Sở A; Sở B" is the cell
    "Sở A" + line break + "Sở B" a reader copies as "Sở A, Sở B" or "Sở A Sở B"."""
    return " ".join(re.sub(r"[;,|•]", " ", squash(text)).split())


def _parts(cache: dict, path: Path, parse_file) -> list | Exception:
    """The document parts of a corpus file, parsed once (the exception when parsing fails)."""
    if path not in cache:
        try:
            cache[path] = parse_file(path)
        except Exception as exc:  # report, keep checking the other items
            cache[path] = exc
    return cache[path]


def _document_text(path: Path) -> str:
    """A corpus file's text as the readers see it (Word and PDF included; table cells as running text)."""
    try:
        from index.readers import read_lines
    except ImportError:
        return path.read_text(encoding="utf-8")
    return "\n".join(read_lines(path)).replace("<br>", " ").replace("<wrap>", " ")


def _parser():
    try:
        from index.parser import parse_parts
    except ImportError:
        return None
    return parse_parts


def describe(problems: list[dict]) -> str:
    """One line per problem: what is wrong and where the quote actually is."""
    lines = []
    for p in problems:
        where = p.get("found_in")
        where = ", ".join(where) if isinstance(where, list) else (where or "nowhere")
        lines.append(f"{p['id']}: {p['reason']} [{p['document']} § {p['section']}] found in: {where}")
    return "\n".join(lines)
