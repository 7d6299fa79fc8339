"""Turn a plan file (.txt, .md, .docx, .pdf) into raw text lines.

Officials receive plans as Word and PDF files as well as text; the parser only ever
sees lines, so every format ends here. Tables keep their structure: every format writes
a table row as one pipe line, ``| STT | Nội dung | Cơ quan chủ trì |``, the way Markdown
does, with a line break inside a cell written ``<br>`` (the parser reads task tables
from these rows). Letterhead and signature tables are layout, not data: their cells are
read as ordinary lines. A file that cannot be read raises ``UnreadableDocument`` with
the reason, and ingest skips it by name. What the format libraries warn about while
reading a file (pypdf's and pdfminer's log records, ``warnings``) is logged once per
distinct message, prefixed with the file's name, and handed to ingest's report.

A small Word or PDF file can expand to far more than its size (issue 22: a 782 KB .docx held 200 MB of
XML and read for ten minutes; a 970 KB PDF took 2 GB), so each is measured before it is read
(``Bounds``): a .docx by the uncompressed sizes its zip directory declares, a PDF by its page count and
the decoded size of its pages' content streams (decompressed in slices and thrown away, never held).
Reading stops at ``Bounds.seconds`` too, checked between paragraphs and pages. Ingest sets the bounds
from its settings (``reading_bounds``); elsewhere the settings' defaults apply.
"""
from __future__ import annotations

import logging
import re
import threading
import time
import warnings
import zipfile
import zlib
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from index.settings import Settings
from index.tables import CELL_BREAK, CELL_SPANNED, CELL_WRAP, looks_like_header

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
LIBRARY_LOGGERS = ("pypdf", "pdfminer", "pdfplumber", "docx")  # whose warnings are about the file being read
_log = logging.getLogger(__name__)


class UnreadableDocument(Exception):
    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".")


# -- bounds: what a file may expand to and how long it may take --------------------------------------
@dataclass(frozen=True)
class Bounds:
    """Limits on reading one document (0: none); see ``Settings.max_document_expanded_bytes`` and the two after."""

    expanded_bytes: int
    pdf_pages: int
    seconds: float

    @classmethod
    def from_settings(cls, settings: Settings) -> "Bounds":
        return cls(settings.max_document_expanded_bytes, settings.max_pdf_pages, settings.max_document_seconds)


_DEFAULT_BOUNDS = Bounds(*(Settings.model_fields[f].default for f in
                           ("max_document_expanded_bytes", "max_pdf_pages", "max_document_seconds")))
_bounds: ContextVar[Bounds] = ContextVar("reading_bounds", default=_DEFAULT_BOUNDS)
_deadline: ContextVar[float | None] = ContextVar("reading_deadline", default=None)


@contextmanager
def reading_bounds(bounds: Bounds) -> Iterator[None]:
    """Files read inside the block are held to ``bounds``."""
    token = _bounds.set(bounds)
    try:
        yield
    finally:
        _bounds.reset(token)


def _in_time(path: Path) -> None:
    """UnreadableDocument once the file has been read for longer than its time budget."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise overran(path, _bounds.get().seconds)


def overran(path: Path, seconds: float) -> UnreadableDocument:
    """The refusal of a document whose reading outlasted its time budget (here or in index/parse_worker.py)."""
    return UnreadableDocument(path, f"reading took longer than {seconds:g} s (QNA_MAX_DOCUMENT_SECONDS)")


def _too_expanded(path: Path, what: str, size: int) -> UnreadableDocument:
    limit = _bounds.get().expanded_bytes
    return UnreadableDocument(path, f"{what} expands to {megabytes(size)} or more, over the "
                                    f"{megabytes(limit)} limit (QNA_MAX_DOCUMENT_EXPANDED_BYTES): refused before reading")


def megabytes(n_bytes: int) -> str:
    """5000000 → "5 MB", 17582 → "0.02 MB"."""
    return f"{n_bytes / 1_000_000:,.2f}".rstrip("0").rstrip(".") + " MB"


def check_docx(path: Path) -> None:
    """Refuse a .docx whose parts expand beyond the bound, from its zip directory alone (nothing is
    decompressed: zipfile stops a part at its declared size, so the directory cannot understate it)."""
    limit = _bounds.get().expanded_bytes
    with zipfile.ZipFile(path) as archive:
        total = sum(info.file_size for info in archive.infolist())
    if limit and total > limit:
        raise _too_expanded(path, "the Word document", total)


def check_pdf(path: Path) -> None:
    """Refuse a PDF with too many pages, or whose pages' content streams decode to more than the bound.

    The streams (each page's contents and the forms it draws, not its images) are decoded in slices and
    counted, so a compression bomb is stopped at the bound without being held in memory.
    """
    from pypdf import PdfReader

    bounds = _bounds.get()
    reader = PdfReader(str(path))
    pages = len(reader.pages)
    if bounds.pdf_pages and pages > bounds.pdf_pages:
        raise UnreadableDocument(path, f"the PDF has {pages} pages, more than {bounds.pdf_pages} "
                                       "(QNA_MAX_PDF_PAGES): refused before reading")
    if not bounds.expanded_bytes:
        return
    total = 0
    for page in reader.pages:
        for stream in _page_streams(page):
            total += _decoded_size(stream, bounds.expanded_bytes - total + 1)
            if total > bounds.expanded_bytes:
                raise _too_expanded(path, "the PDF's page content", total)
        _in_time(path)


def _page_streams(page) -> list:
    """The content streams a page draws: its /Contents and the form XObjects it uses, nested ones too (each
    counted once a page: pdfminer decodes them again on every page that draws them)."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else []
    streams = [c.get_object() for c in contents] if isinstance(contents, list) else [contents]
    holders, seen = [page], set()
    while holders:
        resources = holders.pop().get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        for ref in (xobjects.get_object().values() if xobjects is not None else ()):
            form = ref.get_object()
            if form.get("/Subtype") == "/Form" and id(form) not in seen:
                seen.add(id(form))
                streams.append(form)
                holders.append(form)
    return streams


def _decoded_size(stream, limit: int) -> int:
    """How many bytes ``stream`` decodes to, counting at most a little past ``limit``.

    Flate (what compression bombs use) is inflated slice by slice and counted; other filters are decoded by
    pypdf, which caps each stream's output itself.
    """
    filters = stream.get("/Filter")
    names = [str(f) for f in (filters if isinstance(filters, list) else [filters] if filters else [])]
    raw = stream._data  # the stored (encoded) bytes
    if names in (["/FlateDecode"], ["/Fl"]):
        inflater, size, pending = zlib.decompressobj(), 0, raw
        while pending and size <= limit:
            size += len(inflater.decompress(pending, 1 << 20))
            pending = inflater.unconsumed_tail
        return size
    if not names:
        return len(raw)
    return len(stream.get_data())


def read_lines(path: Path) -> list[str]:
    seconds = _bounds.get().seconds
    token = _deadline.set(time.monotonic() + seconds if seconds else None)
    try:
        with _file_warnings(path):
            return _read_lines(path)
    finally:
        _deadline.reset(token)


def _read_lines(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    try:
        if suffix in (".txt", ".md"):
            return _read_text(path)
        if suffix == ".docx":
            return _read_docx(path)
        if suffix == ".pdf":
            return _read_pdf(path)
    except UnreadableDocument:
        raise
    except Exception as exc:  # a corrupt file of a supported type: report it, never crash ingest
        raise UnreadableDocument(path, f"cannot read {suffix} file ({type(exc).__name__}: {exc})") from exc
    raise UnreadableDocument(path, f"unsupported file type {suffix!r}")


def _read_text(path: Path) -> list[str]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise UnreadableDocument(path, "binary data in a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(path, f"not UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise UnreadableDocument(path, "empty file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<table" in text.lower():  # a web page saved as text keeps its tables as HTML
        text = _HTML_TABLE.sub(lambda m: "\n".join(_html_table_lines(m.group(0))), text)
    lines = text.split("\n")
    lines = _tab_tables(lines) if "\t" in text else lines
    lines = _bare_pipe_tables(lines) if "-+-" in text else lines
    return _aligned_tables(lines)


# a rule drawn across a text table ("=========", "---------"), above and under its header
_LONG_RULE = re.compile(r"^\s*(?:={10,}|-{10,})\s*$")
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a table aligned by spaces: words one space apart


def _aligned_tables(lines: list[str]) -> list[str]:
    """A table typed in plain text with its columns aligned by spaces, its header between two drawn rules
    ("=====" / "STT  Thôn  Thành viên Tổ  …" / "====="): each row's cells go to the header's column nearest them
    (numbers are aligned right, words left), read as the readers write any table (pipe lines); a rule inside it
    (over a total row) and the closing one dropped."""
    out, i = [], 0
    while i < len(lines):
        if not (_LONG_RULE.match(lines[i]) and i + 2 < len(lines) and _LONG_RULE.match(lines[i + 2])):
            out.append(lines[i])
            i += 1
            continue
        heads = [(m.start(), m.end(), m.group()) for m in _ALIGNED_CELL.finditer(lines[i + 1])]
        j, rows = i + 3, []
        while len(heads) >= 3 and j < len(lines) and lines[j].strip():  # a header of three columns or more
            if _LONG_RULE.match(lines[j]):
                j += 1
                continue
            cells = [(m.start(), m.end(), m.group()) for m in _ALIGNED_CELL.finditer(lines[j])]
            if len(cells) < 2:
                break
            row = [""] * len(heads)
            for start, end, text in cells:  # the column whose middle is nearest the cell's
                col = min(range(len(heads)), key=lambda k: abs((heads[k][0] + heads[k][1]) - (start + end)))
                row[col] = f"{row[col]} {text}".strip()
            rows.append(row)
            j += 1
        if len(heads) < 3 or len(rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        out += [*table_lines([[h for _, _, h in heads]]), _separator(len(heads)), *table_lines(rows)]
        i = j
    return out


# a text table's rule without outer borders ("---+------+-----"), under its header and at its end
_BARE_RULE = re.compile(r"^\s*-{2,}(?:\+-{2,}){1,}\s*$")


def _bare_pipe_tables(lines: list[str]) -> list[str]:
    """A table typed in plain text with bars between its columns but none at its ends, ruled "---+----" under its
    header ("TT | Nội dung | Thời gian | Chủ trì"), its rows wrapped onto lines whose first cell is empty and set
    apart by blank lines: read as the readers write any table (pipe lines, a separator under the header), blank
    lines inside it dropped, its closing rule too."""
    out, i = [], 0
    while i < len(lines):
        rule = _BARE_RULE.match(lines[i])
        width = lines[i].count("+") + 1 if rule else 0
        if not (rule and out and out[-1].count("|") == width - 1 and not out[-1].lstrip().startswith("|")):
            out.append(lines[i])
            i += 1
            continue
        out += [*table_lines([out.pop().split("|")]), _separator(width)]
        i += 1
        while i < len(lines):
            line = lines[i]
            if _BARE_RULE.match(line):  # the closing rule
                i += 1
                break
            if not line.strip():
                if i + 1 < len(lines) and lines[i + 1].count("|") == width - 1:
                    i += 1  # a blank line between two rows
                    continue
                break
            if line.count("|") != width - 1:
                break
            out += table_lines([line.split("|")])
            i += 1
    return out


def _separator(width: int) -> str:
    """Markdown's line under a table's header: the header is then read as such whatever its words."""
    return "|" + " --- |" * width


def _tab_tables(lines: list[str]) -> list[str]:
    """A table copied from a web page or a spreadsheet is rows of tab-separated cells: two or more lines in a row
    with the same number of cells (three or more, two of them filled) are read as a table, as the readers write
    any table (pipe lines). A tab that only indents a line (a letterhead cell) makes no table."""
    def cells(line: str) -> list[str] | None:
        parts = [c.strip() for c in line.rstrip().split("\t")]
        return parts if len(parts) >= 3 and sum(1 for c in parts if c) >= 2 else None

    out, i = [], 0
    while i < len(lines):
        row = cells(lines[i])
        j = i + 1
        while row is not None and j < len(lines) and (nxt := cells(lines[j])) is not None and len(nxt) == len(row):
            j += 1
        if row is not None and j - i >= 2:
            out.extend("| " + " | ".join(cells(line)) + " |" for line in lines[i:j])
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


_HTML_TABLE = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)


def _html_table_lines(markup: str) -> list[str]:
    """An HTML table as the readers write any table: pipe lines, a cell's line breaks as ``<br>``; a cell
    spanning rows is written again in each row it covers (as Word's merged cells read), one spanning columns is
    written once and followed by ``CELL_SPANNED`` cells, which no value from the row above may fill."""
    from html.parser import HTMLParser

    rows: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}  # column → (rows still covered, text) of a cell spanning rows

    class _Reader(HTMLParser):
        cell: list[str] | None = None
        spans = (1, 1)

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag in ("tr", "td", "th") and self.cell is not None:  # HTML lets a cell's end tag go unwritten
                self.handle_endtag("td")
            if tag == "tr":
                rows.append([])
            elif tag in ("td", "th") and rows:
                self.cell, self.spans = [], (_span(a.get("rowspan")), _span(a.get("colspan")))
            elif tag == "br" and self.cell is not None:
                self.cell.append("\n")

        def handle_endtag(self, tag):
            if tag in ("td", "th") and self.cell is not None and rows:
                row = rows[-1]
                _cover(row)
                rowspan, colspan = self.spans
                text = "".join(self.cell).strip()
                for k in range(colspan):
                    value = text if k == 0 else CELL_SPANNED
                    if rowspan > 1:
                        pending[len(row)] = (rowspan - 1, value)
                    row.append(value)
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell.append(data)

    def _cover(row: list[str]) -> None:
        """Cells under a cell spanning rows from above: its text again."""
        while pending.get(len(row), (0, ""))[0] > 0:
            left, value = pending[len(row)]
            pending[len(row)] = (left - 1, value)
            row.append(value)

    reader = _Reader(convert_charrefs=True)
    reader.feed(markup)
    if reader.cell is not None:  # the table ended inside a cell
        reader.handle_endtag("td")
    for row in rows:  # a row ending under cells spanning rows from above
        _cover(row)
    rows = [r for r in rows if any(c.strip() and c != CELL_SPANNED for c in r)]
    if not rows:
        return []
    if is_layout_table(rows, before_title=False):
        return [line for r in rows for c in r if c != CELL_SPANNED for line in c.split("\n") if line.strip()]
    return table_lines(rows)


def _span(value: str | None) -> int:
    try:
        return max(1, min(50, int(value or 1)))
    except ValueError:
        return 1


# the motto and the signature block by their set phrases, not by a word of them: "độc lập" also stands in running
# text ("đơn vị tư vấn độc lập") and must not turn a task table into a letterhead
_LAYOUT_CELL = re.compile(r"CỘNG H[ÒO]A XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*[-–—]\s*Tự do|^\s*Nơi nhận|^(?:KT|TM|TL|Q)\.\s",
                          re.IGNORECASE | re.MULTILINE)


def table_lines(rows: list[list[str]]) -> list[str]:
    """Rows of cells → pipe lines (``| a | b |``); cell line breaks become ``<br>``. A row that is one cell
    merged across the table ("NĂM 2026", "A. GIA NHẬP THỊ TRƯỜNG") is that cell and empty ones."""
    out = []
    for row in rows:
        if len(row) > 1 and all(c == CELL_SPANNED for c in row[1:]):
            row = [row[0]] + [""] * (len(row) - 1)
        cells = [CELL_BREAK.join(" ".join(part.replace("|", "/").split()) for part in c.split("\n") if part.strip())
                 for c in row]
        if any(cells):
            out.append("| " + " | ".join(cells) + " |")
    return out


def is_layout_table(rows: list[list[str]], before_title: bool) -> bool:
    """A letterhead or signature block laid out as a table (not data): read as plain lines."""
    rows = [[c for c in r if c != CELL_SPANNED] for r in rows]  # a merged cell counts once
    width = max((len(r) for r in rows), default=0)
    if any(looks_like_header([c.replace("\n", " ") for c in r]) for r in rows[:3]):
        return False  # its columns are named as a data table's are
    text = "\n".join(c for r in rows for c in r)
    return bool(_LAYOUT_CELL.search(text)) or (before_title and width <= 2) or width <= 1


def _read_docx(path: Path) -> list[str]:
    import docx  # python-docx
    from docx.table import Table

    from index.word_numbering import WordNumbering

    check_docx(path)
    document = docx.Document(str(path))
    numbering = WordNumbering(document)
    lines: list[str] = []
    seen_title = False
    for block in document.element.body.iterchildren():
        _in_time(path)
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = _paragraph_text(block)
            label = numbering.label(block)
            if label:  # Word's own list numbering: the label the reader sees ("Chương I" may stand alone)
                text = f"{label} {text.lstrip()}".strip()
            lines.extend(text.split("\n"))
            seen_title = seen_title or _is_doc_type(text)
        elif tag == "tbl":
            rows = _docx_rows(Table(block, document))
            if is_layout_table(rows, before_title=not seen_title):
                for row in rows:  # a letterhead: cells row by row, each cell's lines
                    for cell in row:
                        if cell != CELL_SPANNED:
                            lines.extend(cell.split("\n"))
            else:
                lines.append("")
                lines.extend(table_lines(rows))
                lines.append("")
    if not any(line.strip() for line in lines):
        raise UnreadableDocument(path, "no text in the Word document")
    return lines


def _docx_rows(table) -> list[list[str]]:
    """Cell texts row by row, one a grid column, as HTML tables read: a cell merged across columns
    (python-docx repeats it) is written once and followed by ``CELL_SPANNED`` cells, so that the columns of a
    two-row header ("Điểm đạt được" over "Thẩm định | XHH | Tổng điểm") stay over their values; one merged down
    rows is written again in each row."""
    rows = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is last:
                cells.append(CELL_SPANNED)
                continue
            last = cell._tc
            cells.append("\n".join(_paragraph_text(p._p) for p in cell.paragraphs))
        rows.append(cells)
    return rows


def _is_doc_type(text: str) -> bool:
    return text.strip().rstrip(":").strip() in ("KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH")


def _paragraph_text(p_element) -> str:
    parts = []
    for node in p_element.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t" and node.text:
            parts.append(node.text)
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "tab":
            parts.append(" ")
    return "".join(parts)


def _read_pdf(path: Path) -> list[str]:
    """Text with pypdf; pages that hold ruled tables through pdfplumber, table by table.

    pdfplumber finds a table's cells from its ruling lines, so a task table that runs
    over several pages comes out as rows (the parser drops the header repeated on each
    page); the text above, between and below tables is read from the same page bands.
    """
    import pdfplumber
    from pypdf import PdfReader

    check_pdf(path)
    reader = PdfReader(str(path))
    lines: list[str] = []
    with pdfplumber.open(str(path)) as pdf:
        for page, plumb in zip(reader.pages, pdf.pages):
            _in_time(path)
            lines.extend(_page_lines(page, plumb))
            plumb.close()  # its characters and layout go: a long PDF is held one page at a time
    if not any(line.strip() for line in lines):
        raise UnreadableDocument(path, "no extractable text in the PDF (scanned image?)")
    return lines


def _page_lines(page, plumb) -> list[str]:
    """One page's lines: its text, and its ruled data tables as pipe rows between the text bands."""
    tables = sorted(plumb.find_tables(), key=lambda t: t.bbox[1])
    rows_of = [_table_rows(plumb, t) for t in tables]
    data = [(t, rows) for t, rows in zip(tables, rows_of) if not is_layout_table(rows, False)]
    if not data:
        return (page.extract_text() or "").split("\n")
    lines: list[str] = []
    top = 0.0
    for t, rows in data:
        lines.extend(_band_text(plumb, top, t.bbox[1]))
        lines.append("")
        lines.extend(table_lines(rows))
        lines.append("")
        top = t.bbox[3]
    lines.extend(_band_text(plumb, top, plumb.height))
    return lines


def _table_rows(plumb, table) -> list[list[str]]:
    """A ruled table's cell texts row by row. A cell drawn over several rows (a date over its morning and
    afternoon rows) is written again in each row it covers, as Word's merged cells and HTML's rowspan read; one
    drawn across columns is written once and followed by ``CELL_SPANNED``, as HTML's colspan reads."""
    rows, above = [], {}  # column → (bbox, text) of the last cell drawn in it
    for row in table.rows:
        cells = []
        for i, c in enumerate(row.cells):
            if c is None:
                drawn = above.get(i)
                if drawn and drawn[0][3] > row.bbox[1] + 1:
                    cells.append(drawn[1])
                else:  # under no cell from above: the cell to its left drawn across it, as HTML's colspan
                    cells.append(CELL_SPANNED if any(x is not None for x in row.cells[:i]) else "")
                continue
            above[i] = (c, _cell_text(plumb, c))
            cells.append(above[i][1])
        rows.append(cells)
    return rows


def _cell_text(page, bbox) -> str:
    """A ruled cell's text, rejoined by the cell: a line break stays (as a new line) only where the next word
    would have fitted on the line — the writer broke it, as between two units listed one a line; a break the
    cell's width forced is marked ``CELL_WRAP`` ("Văn phòng HĐND và" + "UBND xã" is one name), read as a space
    except where what follows starts a unit of the same table (index/tables.py)."""
    words = page.crop(bbox, strict=False).extract_words(keep_blank_chars=False, use_text_flow=True)
    if not words:
        return ""
    lines: list[list[dict]] = []
    for w in words:
        if lines and abs(w["top"] - lines[-1][-1]["top"]) < 0.5 * (w["bottom"] - w["top"]) and w["x0"] > lines[-1][-1]["x0"]:
            lines[-1].append(w)
        else:
            lines.append([w])
    left = min(l[0]["x0"] for l in lines)
    right = bbox[2] - (left - bbox[0])  # the text's right margin: as wide as its left one
    gaps = sorted(b["x0"] - a["x1"] for l in lines for a, b in zip(l, l[1:]))
    space = gaps[len(gaps) // 2] if gaps else 0.3 * (words[0]["bottom"] - words[0]["top"])  # a space's width here
    out = " ".join(w["text"] for w in lines[0])
    for before, line in zip(lines, lines[1:]):
        first = line[0]
        fits = before[-1]["x1"] + space + (first["x1"] - first["x0"]) <= right
        out += ("\n" if fits else CELL_WRAP) + " ".join(w["text"] for w in line)
    return out


def _band_text(page, top: float, bottom: float) -> list[str]:
    if bottom - top < 1:
        return []
    band = page.crop((0, max(0.0, top), page.width, min(page.height, bottom)), strict=False)
    return (band.extract_text() or "").split("\n")


# -- warnings while reading a file ---------------------------------------------------------------
_collector: ContextVar[tuple[dict[str, list[str]], bool] | None] = ContextVar("reader_warnings", default=None)
_reading: ContextVar[list[str] | None] = ContextVar("reading", default=None)  # the file being read's warnings
_install_lock = threading.Lock()
_warnings_lock = threading.RLock()  # warnings.catch_warnings swaps process-wide state
_installed = False


@contextmanager
def collecting_warnings(into: dict[str, list[str]], log: bool = True) -> Iterator[None]:
    """Files read inside the block add their warnings to ``into`` (file name → messages).

    ``log=False`` also keeps them off the log: for a file read again whose warnings were
    reported when it was indexed.
    """
    token = _collector.set((into, log))
    try:
        yield
    finally:
        _collector.reset(token)


class _ToCurrentFile(logging.Handler):
    """Routes the format libraries' records to the file being read in this context (else on, unchanged)."""

    def emit(self, record: logging.LogRecord) -> None:
        caught = _reading.get()
        if caught is not None:
            caught.append(record.getMessage())
        else:  # logged outside a read: where it would have gone
            logging.getLogger().handle(record)


def _install() -> None:
    """Once per process: the libraries' warnings go through _ToCurrentFile, never bare to stderr."""
    global _installed
    with _install_lock:
        if _installed:
            return
        for name in LIBRARY_LOGGERS:
            logger = logging.getLogger(name)
            logger.addHandler(_ToCurrentFile(logging.WARNING))
            logger.propagate = False
            if logger.level == logging.NOTSET:  # pdfminer's debug records are many and slow to build
                logger.setLevel(logging.WARNING)
        _installed = True


@contextmanager
def _file_warnings(path: Path) -> Iterator[None]:
    """Catch what is logged or warned while ``path`` is read, then report it under the file's name."""
    _install()
    caught: list[str] = []
    token = _reading.set(caught)
    try:
        with _warnings_lock, warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            try:
                yield
            finally:  # a deprecation is about the library's code, not the file
                caught += [str(w.message) for w in warned
                           if not issubclass(w.category, (DeprecationWarning, PendingDeprecationWarning))]
    finally:
        _reading.reset(token)
        _report(path, caught)


def _report(path: Path, messages: list[str]) -> None:
    report_warnings(path.name, [f"{m} (×{n})" if n > 1 else m for m, n in Counter(messages).items()])


def report_warnings(name: str, distinct: list[str]) -> None:
    """Hand a file's distinct warnings to this context's collector, and to the log unless it said not to
    (index/parse_worker.py passes on here what a file's reading in its process collected)."""
    collector = _collector.get()
    if collector is not None:
        into, log = collector
        if distinct:
            into.setdefault(name, []).extend(distinct)
        if not log:
            return
    for message in distinct:
        _log.warning("%s: %s", name, message)
