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
"""
from __future__ import annotations

import logging
import re
import threading
import warnings
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Iterator

from index.tables import CELL_BREAK

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


def read_lines(path: Path) -> list[str]:
    with _file_warnings(path):
        return _read_lines(path)


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
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


_LAYOUT_CELL = re.compile(r"CỘNG H[ÒO]A|Độc lập|Nơi nhận|^(?:KT|TM|TL|Q)\.\s", re.IGNORECASE | re.MULTILINE)


def table_lines(rows: list[list[str]]) -> list[str]:
    """Rows of cells → pipe lines (``| a | b |``); cell line breaks become ``<br>``."""
    out = []
    for row in rows:
        cells = [CELL_BREAK.join(" ".join(part.replace("|", "/").split()) for part in c.split("\n") if part.strip())
                 for c in row]
        if any(cells):
            out.append("| " + " | ".join(cells) + " |")
    return out


def is_layout_table(rows: list[list[str]], before_title: bool) -> bool:
    """A letterhead or signature block laid out as a table (not data): read as plain lines."""
    width = max((len(r) for r in rows), default=0)
    text = "\n".join(c for r in rows for c in r)
    return bool(_LAYOUT_CELL.search(text)) or (before_title and width <= 2) or width <= 1


def _read_docx(path: Path) -> list[str]:
    import docx  # python-docx
    from docx.table import Table

    document = docx.Document(str(path))
    lines: list[str] = []
    seen_title = False
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = _paragraph_text(block)
            lines.extend(text.split("\n"))
            seen_title = seen_title or _is_doc_type(text)
        elif tag == "tbl":
            rows = _docx_rows(Table(block, document))
            if is_layout_table(rows, before_title=not seen_title):
                for row in rows:  # a letterhead: cells row by row, each cell's lines
                    for cell in row:
                        lines.extend(cell.split("\n"))
            else:
                lines.append("")
                lines.extend(table_lines(rows))
                lines.append("")
    if not any(line.strip() for line in lines):
        raise UnreadableDocument(path, "no text in the Word document")
    return lines


def _docx_rows(table) -> list[list[str]]:
    """Cell texts row by row; a merged cell (python-docx repeats it) counts once."""
    rows = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is last:
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

    reader = PdfReader(str(path))
    lines: list[str] = []
    with pdfplumber.open(str(path)) as pdf:
        for page, plumb in zip(reader.pages, pdf.pages):
            tables = sorted(plumb.find_tables(), key=lambda t: t.bbox[1])
            rows_of = [[[c or "" for c in row] for row in t.extract()] for t in tables]
            data = [(t, rows) for t, rows in zip(tables, rows_of) if not is_layout_table(rows, False)]
            if not data:
                lines.extend((page.extract_text() or "").split("\n"))
                continue
            top = 0.0
            for t, rows in data:
                lines.extend(_band_text(plumb, top, t.bbox[1]))
                lines.append("")
                lines.extend(table_lines(rows))
                lines.append("")
                top = t.bbox[3]
            lines.extend(_band_text(plumb, top, plumb.height))
    if not any(line.strip() for line in lines):
        raise UnreadableDocument(path, "no extractable text in the PDF (scanned image?)")
    return lines


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
    distinct = [f"{m} (×{n})" if n > 1 else m for m, n in Counter(messages).items()]
    collector = _collector.get()
    if collector is not None:
        into, log = collector
        if distinct:
            into.setdefault(path.name, []).extend(distinct)
        if not log:
            return
    for message in distinct:
        _log.warning("%s: %s", path.name, message)
