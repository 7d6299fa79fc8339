"""Turn a plan file (.txt, .md, .docx, .pdf) into raw text lines.

Officials receive plans as Word and PDF files as well as text; the parser only ever
sees lines, so every format ends here. A file that cannot be read raises
``UnreadableDocument`` with the reason, and ingest skips it by name.
"""
from __future__ import annotations

from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")


class UnreadableDocument(Exception):
    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".")


def read_lines(path: Path) -> list[str]:
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


def _read_docx(path: Path) -> list[str]:
    import docx  # python-docx

    document = docx.Document(str(path))
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.extend(_paragraph_text(block).split("\n"))
        elif tag == "tbl":  # letterheads are often a two-column table: read cells row by row
            for row in block.iter():
                if row.tag.rsplit("}", 1)[-1] == "p":
                    lines.append(_paragraph_text(row))
    if not any(line.strip() for line in lines):
        raise UnreadableDocument(path, "no text in the Word document")
    return lines


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
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    lines: list[str] = []
    for page in reader.pages:
        lines.extend((page.extract_text() or "").split("\n"))
    if not any(line.strip() for line in lines):
        raise UnreadableDocument(path, "no extractable text in the PDF (scanned image?)")
    return lines
