"""Check the new-layout eval split (evals/new_plans/qa.jsonl) against its plan files.

    .venv/bin/python evals/new_plans/check_items.py          # exit status 1 on any problem

Checks:
* schema: required fields, unique ids, known kinds, minimum count per kind, every
  plan used; must_include 1-4 non-empty strings, each inside ``answer`` (NFC,
  whitespace collapsed, case-folded); unanswerable items have must_include [] and
  null document/section/evidence; answerable items hold strings, or parallel lists of
  equal length (multi-section items); section paths have the shape of the split's
  rules (zones, "II.3.b", "III.II.2", "Phụ lục I.4"); evidence at most ~300 characters.
* evidence in document: each quote occurs in the text of its file as the reading
  library gives it (.txt/.md as text; .docx paragraphs and table cells via python-docx;
  .pdf via pypdf ``extract_text``), after NFC, removal of markdown ``*`` and
  whitespace collapsing.
* evidence in section: the quote lies in the stated section (or a descendant), using
  the gold section model of make_plans.py; for a task-table row it must come from a
  single cell.
* notes (not failures): PDF table-cell quotes that do not sit on one extracted line.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_plans  # noqa: E402

QA = HERE / "qa.jsonl"
CORPUS = HERE / "corpus"
MIN_COUNTS = {
    "lead": 10, "coordinators": 6, "timing": 6, "frequency": 3, "fact": 6, "unit_duties": 8,
    "period": 6, "task_list": 4, "comparison": 6, "no_diacritics": 5, "english": 5, "unanswerable": 8,
}
MIN_ITEMS = 70
FIELDS = ("id", "question", "kind", "answer", "must_include", "document", "section", "evidence")
ZONES = ("header", "preamble", "closing", "signature")
MAX_EVIDENCE = 320
LABEL = re.compile(r"^(?:[A-Z]|[IVXLC]+|\d{1,2}|[a-zđ])$")
APPENDIX = re.compile(r"^Phụ lục (?:[IVXLC]+|\d+)$")


def squash(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    text = re.sub(r"\*{1,3}", "", text)
    return re.sub(r"\s+", " ", text).strip()


def as_list(v):
    return v if isinstance(v, list) else [v]


def valid_path(path: str) -> bool:
    if path in ZONES:
        return True
    if not isinstance(path, str) or not path:
        return False
    if path.startswith("Phụ lục "):
        head, _, rest = path.partition(".")
        if not APPENDIX.match(head):
            return False
        return not rest or all(LABEL.match(p) for p in rest.split("."))
    return all(LABEL.match(p) for p in path.split("."))


# --------------------------------------------------------------------------- reading
def read_text(path: Path) -> tuple[str, list[str]]:
    """(whole text, extracted lines) of a plan file, read with its library."""
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        text = path.read_text(encoding="utf-8")
        return text, text.split("\n")
    if suffix == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        lines: list[str] = []
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(Paragraph(child, document).text)
            elif tag == "tbl":
                for row in Table(child, document).rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # merged cells repeat
                            continue
                        seen.add(id(cell._tc))
                        lines.extend(p.text for p in cell.paragraphs)
        return "\n".join(lines), lines
    if suffix == ".pdf":
        from pypdf import PdfReader

        lines = []
        for page in PdfReader(str(path)).pages:
            lines.extend((page.extract_text() or "").split("\n"))
        return "\n".join(lines), lines
    raise ValueError(f"unsupported file {path.name}")


# --------------------------------------------------------------------------- checks
def schema_problems(items: list[dict]) -> list[str]:
    """The main set's schema check (evals/dataset.py) with this split's kinds, sizes and path rule."""
    sys.path.insert(0, str(HERE.parents[1]))
    from evals.dataset import schema_problems as check

    return check(items, CORPUS, min_counts=MIN_COUNTS, min_items=MIN_ITEMS, max_must=4, path_ok=valid_path)


def section_scope(secmap: dict, path: str) -> tuple[list[str], list[str]]:
    """(own lines of the section and its descendants, single cells of its rows and descendants)."""
    lines, cells = [], []
    for p, sec in secmap.items():
        if p == path or p.startswith(path + "."):
            lines.extend(sec["lines"])
            for row in sec["cells"]:
                cells.extend(row)
    return lines, cells


def evidence_problems(items: list[dict]) -> tuple[list[str], list[str]]:
    problems, notes = [], []
    texts = {p.name: read_text(p) for p in CORPUS.iterdir() if p.is_file()}
    maps = make_plans.all_section_maps()
    for item in items:
        if item["kind"] == "unanswerable" or item.get("document") is None:
            continue
        for d, s, e in zip(as_list(item["document"]), as_list(item["section"]), as_list(item["evidence"])):
            ref = f"{item['id']} [{d} § {s}]"
            if d not in texts:
                continue
            quote = squash(e)
            whole, lines = texts[d]
            if quote not in squash(whole):
                problems.append(f"{ref}: evidence not in the document text: {e!r}")
            secmap = maps.get(d)
            if secmap is None:
                problems.append(f"{ref}: no section model for {d}")
                continue
            if s not in secmap:
                problems.append(f"{ref}: section {s} does not exist in the document")
                continue
            own, cells = section_scope(secmap, s)
            in_text = any(quote in squash(line) for line in own)
            in_cell = any(quote in squash(c) for c in cells)
            if not (in_text or in_cell):
                where = [p for p, sec in secmap.items()
                         if any(quote in squash(x) for x in sec["lines"])
                         or any(quote in squash(c) for row in sec["cells"] for c in row)]
                problems.append(f"{ref}: evidence not inside the stated section (found in {where or 'no single line/cell'}): {e!r}")
            if d.endswith(".pdf") and in_cell and not in_text:
                if not any(quote in squash(line) for line in lines):
                    notes.append(f"{ref}: PDF cell quote spans extracted lines: {e!r}")
    return problems, notes


def content_checks() -> list[str]:
    """The generated files hold what make_plans.py says: diacritics intact, PDF table over pages."""
    problems = []
    for plan in make_plans.PLANS:
        path = CORPUS / plan.file
        if not path.is_file():
            problems.append(f"{plan.file}: missing; run make_plans.py")
            continue
        whole, lines = read_text(path)
        body = squash(whole.replace("<br>", " ").replace("<wrap>", " "))
        for probe in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", plan.place_date):
            if squash(probe) not in body:
                problems.append(f"{plan.file}: {probe!r} not found as read back")
        secmap = make_plans.section_map(plan)
        for path_, sec in secmap.items():
            for row in sec["cells"]:
                for cell in row:
                    if cell.strip() and squash(cell) not in body:
                        problems.append(f"{plan.file} § {path_}: cell {cell!r} not found as read back")
        if plan.file.endswith(".pdf"):
            from pypdf import PdfReader

            pages = [p.extract_text() or "" for p in PdfReader(str(path)).pages]
            with_table = [i + 1 for i, t in enumerate(pages) if "Đơn vị chủ trì" in t and "Tần suất" in t]
            if len(with_table) < 2:
                problems.append(f"{plan.file}: task table header found on pages {with_table}, expected >= 2")
    return problems


def main() -> int:
    items = []
    for n, line in enumerate(QA.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if unicodedata.normalize("NFC", line) != line:
            print(f"line {n}: not NFC")
        items.append(json.loads(line))
    problems = schema_problems(items)
    ev_problems, notes = evidence_problems(items)
    problems += ev_problems + content_checks()
    counts = Counter(i["kind"] for i in items)
    print(f"{len(items)} items; " + ", ".join(f"{k} {counts[k]}" for k in MIN_COUNTS))
    per_doc = Counter(d for i in items if i["document"] for d in set(as_list(i["document"])))
    print("items per document: " + ", ".join(f"{d} {c}" for d, c in sorted(per_doc.items())))
    for note in notes:
        print("note:", note)
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
