"""The parts of a plan outside its numbering, and how a citation names any section to a reader.

The parser (``index/parser.py``) files the text that no numbered heading covers under four
zones: the header (letterhead, number, date, title), the preamble (before the first numbered
heading), the closing ("Nơi nhận", "Đề nghị … thực hiện./.") and the signature block. Their
internal names are section paths like ``C.II.12.c``; readers must see words instead
("phần ký", "signature block"), on every surface: the CLI, the HTTP and OpenAI-compatible
APIs, the web chat, Telegram and Zalo. This module is the one table of those words and
``location`` the one function that renders a cited section, so the surfaces cannot disagree.
"""
from __future__ import annotations

from index.genre import genre

HEADER, PREAMBLE, CLOSING, SIGNATURE = "header", "preamble", "closing", "signature"
ZONES = (HEADER, PREAMBLE, CLOSING, SIGNATURE)

# Section paths that already read as a name, so no "mục" goes before them: an appendix ("Phụ lục I",
# "Phụ lục I.4") and a task table outside the numbering ("Bảng 1.4").
APPENDIX_PATH, TABLE_PATH = "Phụ lục", "Bảng"
NAMED_PATHS = (APPENDIX_PATH, TABLE_PATH)

LABELS = {
    "vi": {HEADER: "phần đầu văn bản", PREAMBLE: "phần mở đầu", CLOSING: "phần kết", SIGNATURE: "phần ký"},
    "en": {HEADER: "document header", PREAMBLE: "preamble", CLOSING: "closing", SIGNATURE: "signature block"},
}
SECTION_WORD = {"vi": "mục", "en": "section"}


def is_zone(section: str) -> bool:
    """Whether ``section`` names a zone rather than a numbered section."""
    return section in LABELS["vi"]


def location(section: str, language: str = "vi") -> str:
    """How a citation names ``section`` to a reader: "mục C.II.12.c" / "section C.II.12.c", "phần ký" /
    "signature block", "Phụ lục I.4" as it is. English for "en" (or "en-US"…), Vietnamese otherwise."""
    lang = "en" if (language or "").lower().startswith("en") else "vi"
    label = LABELS[lang].get(section)
    if label is not None:
        return label
    if section.startswith(NAMED_PATHS) or section.split(" ", 1)[0] in genre().divisions:
        return section  # "Phụ lục I.4", "Bảng 1.4", "Điều 2", "Chương II.Điều 5": a name already
    return f"{SECTION_WORD[lang]} {section}"
