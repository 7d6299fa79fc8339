"""A citation narrowed to the numbered table row that holds its quote.

A table of figures is read across its rows in the section that holds it (a total, a row named by a place, a
year's column), and each of its numbered rows is a section of its own as well (index/parser.py). An answer read
off the whole table quotes one row of it; the reader wants that row's number ("Phụ lục.4", "mục II.3"), as the
document numbers it, not the whole table. The citation, and the place the answer's text names, move to the one
row whose words hold the quote; a quote that spans rows, or fits several, keeps the table's section.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.answers import Answer, Citation
from index.chunking import Chunk
from index.normalize import folded_tokens
from index.parser import DATAROW, FIGUREROW
from index.tables import DATA_TABLE_HEAD
from index.zones import location


def rows_under(chunks: list[Chunk], kinds: tuple[str, ...] = (DATAROW, FIGUREROW)) -> dict[tuple[str, str], list[Chunk]]:
    """(document, section) → the numbered table rows (of ``kinds``) under it, at any depth (a row under its group
    row)."""
    out: dict[tuple[str, str], list[Chunk]] = {}
    for c in chunks:
        if c.kind not in kinds or c.part:
            continue
        path = c.section
        while "." in path:
            path = path.rsplit(".", 1)[0]
            out.setdefault((c.document, path), []).append(c)
    return out


def _header_words(chunk: Chunk | None) -> set[str]:
    """The words of the table's header line in the section ("Bảng: STT | Đơn vị | Tỷ lệ (%)"): a row's own text
    names its cells by them too, except the column of its name."""
    if chunk is None:
        return set()
    return {w for line in chunk.text.split("\n") if line.startswith(DATA_TABLE_HEAD)
            for w in folded_tokens(line[len(DATA_TABLE_HEAD):])}


def narrowed(citation: Citation, rows: list[Chunk], section: Chunk | None) -> Citation:
    """``citation`` moved to the one row of ``rows`` whose words (with the table header's) hold its quote."""
    if not rows or not citation.quote:
        return citation
    quoted = set(folded_tokens(citation.quote.replace("…", " ")))
    header = _header_words(section)
    fits = [r for r in rows if quoted <= set(folded_tokens(r.text)) | header]
    own = [r for r in fits if quoted - header]  # a quote of header words alone names no row
    return replace(citation, section=own[0].section) if len(own) == 1 else citation


def narrow(answer: Answer, by_section: dict[tuple[str, str], list[Chunk]], chunk_of) -> Answer:
    """``answer`` with each citation narrowed to its table row, and the first place its text names the table's
    section (outside a quotation) naming the row instead."""
    if not by_section or not answer.citations:
        return answer
    citations = []
    text = answer.answer
    for c in answer.citations:
        rows = by_section.get((c.document, c.section))
        n = narrowed(c, rows, chunk_of(c.document, c.section)) if rows else c
        if n.section != c.section:
            text = _renamed(text, location(c.section, answer.language), location(n.section, answer.language))
        citations.append(n)
    return replace(answer, answer=text, citations=citations)


def _renamed(text: str, old: str, new: str) -> str:
    """The first ``old`` of ``text`` outside “quotes”, as a whole name (not "Phụ lục" of "Phụ lục II"), → ``new``."""
    depth = 0
    for m in re.finditer(rf"“|”|{re.escape(old)}(?![\w.])", text):
        if m.group(0) == "“":
            depth += 1
        elif m.group(0) == "”":
            depth = max(0, depth - 1)
        elif depth == 0:
            return text[:m.start()] + new + text[m.end():]
    return text
