"""Tables whose rows are sections of their own ("1. Lãnh đạo số …" then "- Số học viên: 110", "- Địa điểm: …"):
index/parser.py writes a task table's rows (kind ``row``) and a data or figures table's rows (``datarow``,
``figurerow``) so, each under the section that holds the table and under its group rows ("A. KHỐI SỞ, BAN, NGÀNH").
What the answerers need of them: the rows under a section, the section holding a row's table, a row's cells, the
group row a question names, the rows whose cell a question names whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from assistant import language as L
from assistant.narrowest import rows_under
from assistant.sentences import _names, _table_row
from index.chunking import Chunk
from index.lexical import content_tokens
from index.normalize import fold, folded_tokens, has_diacritics, squash
from index.parser import DATAROW, FIGUREROW, ROW
from index.tables import DATA_TABLE_HEAD, total_cell

_FIELD = re.compile(r"^-\s+([^:]{1,80}):\s+(.+)$")
ROW_KINDS = (DATAROW, FIGUREROW, ROW)  # a table's rows, of data, of figures or of tasks
CELL_WORDS = (2, 10)  # a cell named whole: two words at least (one word is any row's), ten at most


def words_of(text: str, accented: bool) -> set[str]:
    """Content words, with their diacritics when the question has them ("tự" is not "tư" of "Tư pháp")."""
    if not accented:
        return set(content_tokens(text))
    folded = content_tokens(text)
    own = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    return {w for w in own if fold(w) in folded}


def fields(chunk: Chunk) -> dict[str, str]:
    """A table row's cells by column ("- Số học viên: 174")."""
    out = {}
    for line in chunk.text.split("\n")[1:]:
        m = _FIELD.match(line.strip())
        if m:
            out.setdefault(m.group(1).strip(), m.group(2).strip())
    return out


def table_rows_under(engine) -> dict[tuple[str, str], list[Chunk]]:
    """(document, section) → the table rows of any kind under it, at any depth; once per snapshot."""
    return engine.derived("answerer.table_rows", lambda e: rows_under(e.chunks, ROW_KINDS))


def holders(engine) -> list[Chunk]:
    """The sections that hold a table whose rows are sections of their own."""
    def build(engine) -> list[Chunk]:
        found = {}
        for c in engine.chunks:
            if c.kind in ROW_KINDS and not c.part and "." in c.section:
                holder = engine.chunk(c.document, c.section.rsplit(".", 1)[0])
                if holder is not None and holder.kind not in ROW_KINDS:
                    found[(holder.document, holder.section)] = holder
        return list(found.values())
    return engine.derived("answerer.table_holders", build)


@dataclass(frozen=True)
class TableRow:
    """A row of a table however the index writes it — a section of its own, or a line of the section holding the
    table ("Sở Y tế (Tiếp nhận: 2.950, Trực tuyến (%): 71,4)") —: its name, its cells, what to cite and quote."""
    name: str
    cells: dict
    chunk: Chunk  # the row's section, or the section whose text holds the row's line
    quote: str


def named_rows(rows: list[TableRow], question: str) -> list[TableRow]:
    """The rows a question names: by their name ("lĩnh vực dịch vụ công trực tuyến"), or by their number ("tiêu
    chí 7.1 và 7.2") where the row is a section."""
    numbers = set(re.findall(r"(?<![\d/])\d{1,2}(?:\.\d{1,2})+(?![\d/])", question))
    said = f" {' '.join(folded_tokens(question))} "
    def first_part(name: str) -> bool:  # "DỊCH VỤ CÔNG TRỰC TUYẾN VÀ BỘ PHẬN MỘT CỬA" named by what it opens with
        head = folded_tokens(re.split(r"\s+(?:và|VÀ|and)\s+|,\s*", name)[0])
        return len(head) >= 3 and f" {' '.join(head)} " in said
    return [r for r in rows if _names(r.name, question) or first_part(r.name) or r.quote == "" and any(
        r.chunk.section == n or r.chunk.section.endswith(f".{n}") for n in numbers)]


def section_rows(rows: list[Chunk]) -> list[TableRow]:
    return [TableRow(squash(r.heading), fields(r), r, "") for r in rows]


def line_rows(chunk: Chunk) -> list[list[TableRow]]:
    """The rows of each table written inline in ``chunk``'s text, one list a table."""
    out = []
    for _, _, lines in inline_tables(chunk):
        rows = [TableRow(parsed[0], dict(parsed[1]), chunk, line) for line in lines if (parsed := _table_row(line))]
        if rows:
            out.append(rows)
    return out


def row_line(chunk: Chunk) -> str:
    """A row that is a section of its own, written as a table's row is inline: "Tên (Cột: giá trị, …)"."""
    cells = ", ".join(f"{col}: {val}" for col, val in fields(chunk).items())
    return f"{squash(chunk.heading)} ({cells})" if cells else squash(chunk.heading)


def is_group(chunk: Chunk, rows_under) -> bool:
    """A group row ("A. KHỐI SỞ, BAN, NGÀNH"): rows stand under it."""
    return (chunk.document, chunk.section) in rows_under


def table_of(engine, document: str, section: str, rows_under) -> str:
    """The section holding the table ``section`` is (its "Bảng:" header line) or is a row of, or ""."""
    path = section
    while True:
        chunk = engine.chunk(document, path)
        if chunk is not None and chunk.kind not in ROW_KINDS:
            holds = DATA_TABLE_HEAD in chunk.text or path != section
            return path if holds and len(rows_under.get((document, path), ())) >= 2 else ""
        if "." not in path:
            return ""
        path = path.rsplit(".", 1)[0]


def asked_words(q) -> tuple[set[str], bool]:
    """The question's content words (with the English terms' Vietnamese), with diacritics when it has them."""
    accented = has_diacritics(q.text) or bool(q.english_terms)
    return words_of(f"{q.text} {q.english_terms}", accented), accented


def named_group(engine, asked: set[str], accented: bool, document: str, groups: set[str], rows_under) -> str:
    """The one group row whose heading the question names — most of the words that tell it from its siblings
    ("LĨNH VỰC XÂY DỰNG (02 TTHC)" by "xây dựng": every group is a "lĩnh vực"), rare words weighing more — or ""."""
    idf = engine.lexical.idf
    rarest = max(idf.values(), default=1.0)
    weight = lambda words: sum(idf.get(fold(w), rarest) for w in words)  # noqa: E731
    headings = {g: words_of(row.heading, accented) for g in groups if (row := engine.chunk(document, g)) is not None}
    common = set.intersection(*headings.values()) if len(headings) > 1 else set()
    shares = []
    for g, words in headings.items():
        own = words - common
        if own:
            shares.append((weight(own & asked) / weight(own), g))
    shares.sort(reverse=True)
    if shares and shares[0][0] >= 0.5 and (len(shares) == 1 or shares[1][0] < shares[0][0]):
        return shares[0][1]
    return ""


def is_total(name: str) -> bool:
    """"Tổng cộng", "Cộng", "Total": a sum of the rows, not one of them (the parser's own test of a table cell)."""
    return total_cell(name)


def rows_by_cell(folded: str, rows: list[Chunk]) -> list[Chunk]:
    """The rows one of whose cells the question writes whole ("… học tại Trường Chính trị tỉnh" of "- Địa điểm:
    Trường Chính trị tỉnh"), when only some rows have that cell; the longest cell named decides."""
    said = f" {' '.join(folded_tokens(folded))} "
    best, picked = 0, []
    for col in dict.fromkeys(c for r in rows for c in fields(r)):
        values = {r.section: " ".join(folded_tokens(fields(r).get(col, ""))) for r in rows}
        for value in set(values.values()):
            n = len(re.findall(r"\b[^\W\d_]+\b", value))  # words, not a date's or a number's parts
            if not (CELL_WORDS[0] <= n <= CELL_WORDS[1]) or f" {value} " not in said or n <= best:
                continue
            holding = [r for r in rows if values[r.section] == value]
            if 0 < len(holding) < len(rows):
                best, picked = n, holding
    return picked


def table_words(engine, holder: Chunk, rows: list[Chunk]) -> set[str]:
    """The words that name what a table's rows are: its header line, the heading of the section holding it, its
    columns' names (folded)."""
    words = set(folded_tokens(holder.heading))
    for line in holder.text.split("\n"):
        if line.startswith(DATA_TABLE_HEAD):
            words |= set(folded_tokens(line[len(DATA_TABLE_HEAD):]))
    for r in rows[:3]:
        for col in fields(r):
            words |= set(folded_tokens(col))
    return words


def asked_cells(chunk: Chunk, question: str) -> list[tuple[str, str]]:
    """The cells of a table row a question asks besides its fields (who, when): a column it names whole ("đối
    tượng", "địa điểm"), the place when it asks where, the count of people when it asks how many people."""
    if chunk.kind not in ROW_KINDS:
        return []
    folded = fold(question)
    said = f" {' '.join(folded_tokens(question))} "
    where = bool(L.any_phrase("cues", "place_asked").search(folded))
    people = "|".join(map(re.escape, L.phrases("cues", "person_noun")))
    counts_people = bool(re.search(rf"\b(?:bao nhieu|may|how many)\s+(?:{people})\b", folded))
    out = []
    for col, value in fields(chunk).items():
        name = " ".join(w for w in folded_tokens(col) if w != "so")  # "Số học viên": "số" says it is a number
        if len(name.split()) >= 2 and f" {name} " in said or where and L.any_phrase("cues", "place_column").search(fold(col)) \
                or counts_people and re.search(rf"\b(?:{people})\b", fold(col)):
            out.append((col, value))
    return out


def inline_tables(chunk: Chunk) -> Iterator[tuple[str, str, list[str]]]:
    """(caption, header, rows) of each data table a section holds, as index/parser.py writes one: the line
    before "Bảng: …", that line, then one line per row ("2 (Lĩnh vực: Chứng thực, Tiếp nhận: 517, …)")."""
    lines = chunk.text.split("\n")
    for i, line in enumerate(lines):
        if not line.startswith(DATA_TABLE_HEAD):
            continue
        rows = []
        for row in lines[i + 1:]:
            if row.startswith(("- ", "+ ", DATA_TABLE_HEAD)) or ":" not in row:
                break
            rows.append(" ".join(row.split()))
        yield (lines[i - 1] if i else chunk.heading), line, rows
