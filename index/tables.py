"""Tables in plans: a task table's rows are activities; any other table stays rows with its header.

District and department plans often list their tasks in a table (STT | Nội dung nhiệm vụ |
Cơ quan chủ trì | Cơ quan phối hợp | Thời gian). The readers write every table row as a pipe
line (see index/readers.py); this module reads those lines back into cells, recognises
what each column holds from its header wording (the same field vocabulary as the
"- Đơn vị chủ trì: …" lines of numbered text), and turns a row into the lines and fields
of an activity. Nothing here knows a particular plan: columns are found by their
header, rows by their STT cell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.normalize import fold

CELL_BREAK = "<br>"
CELL_SPANNED = "<spanned>"  # a cell a cell to its left spans (HTML colspan): empty, and never filled from above
DATA_TABLE_HEAD = "Bảng: "  # the line that opens a data table in a section's text, before its header cells
CELL_WRAP = "<wrap>"  # a line break a PDF column's width forced: a space, unless a unit of the table starts there

# column kinds, by header wording (folded); the field kinds match index.parser's FIELD_KINDS
STT, CONTENT, FIGURE = "stt", "content", "figure"
_HEADER_RULES: list[tuple[str, re.Pattern]] = [
    (STT, re.compile(r"^(?:stt|tt|so tt|so thu tu|thu tu)$")),
    # a header that opens with what the row is ("Nội dung phối hợp", "Nhiệm vụ, giải pháp"): the task, whatever
    # word follows
    (CONTENT, re.compile(r"^(?:noi dung|nhiem vu|hoat dong|cong viec)\b")),
    ("coordinators", re.compile(r"phoi hop")),
    # the people or units a row's duties are given to ("Thành viên Ban Chỉ đạo", "Lãnh đạo phụ trách", "Họ và tên"
    # over the members of a committee): before "chỉ đạo", which the name of a Ban Chỉ đạo holds
    ("executor", re.compile(r"^thanh vien\b|phu trach|^ho (?:va )?ten$")),
    # … and the unit that organises a class or an event ("Đơn vị tổ chức", "Cơ quan tổ chức"): it leads it
    ("lead", re.compile(r"chu tri|dau moi|^(?:don vi|co quan|noi) to chuc$")),
    ("director", re.compile(r"chi dao")),
    ("timing", re.compile(r"thoi gian|thoi han|tien do|thoi diem|^han\b|han hoan thanh|^(?:thang|quy|tuan)$")),
    ("frequency", re.compile(r"tan suat|dinh ky")),
    ("budget", re.compile(r"kinh phi|du toan|nguon von")),
    ("output", re.compile(r"san pham|ket qua")),
    # a column of figures for a year ("Ước thực hiện năm 2025", "Mục tiêu 2026", "Chỉ tiêu"): no unit in it
    (FIGURE, re.compile(r"^(?:uoc|muc tieu|chi tieu|ke hoach|thuc hien|so lieu)\b.*\b20\d\d\b|^uoc\b|^(?:don vi tinh|dvt)$")),
    # … and who speaks at an event ("Đơn vị trình bày", "Người phát biểu" in a conference's agenda or talks)
    ("executor", re.compile(r"thuc hien|trach nhiem|trinh bay|phat bieu")),
    ("note", re.compile(r"ghi chu")),
    (CONTENT, re.compile(r"noi dung|nhiem vu|hoat dong|cong viec|ten |^ten$|giai phap|danh muc|chuong trinh")),
]
UNIT_KINDS = ("lead", "executor", "director", "coordinators")
# a column per quarter or month, the row's time marked with an "x" ("Quý I | Quý II | …", "Tháng 5")
MARK = "mark"
_PERIOD_COLUMN = re.compile(r"^(?:quy|q) ?(?:i{1,3}|iv|[1-4])(?: ?/ ?\d{4}| nam \d{4})?$|^thang \d{1,2}(?: ?/ ?\d{4})?$")
_MARKED = re.compile(r"^[xX✓✔•+*]$")


def period_columns(cells: list[str]) -> bool:
    """A header row (or the row under it) naming quarters or months, one a column."""
    named = [c for c in cells if c.strip()]
    return len(named) >= 2 and sum(bool(_PERIOD_COLUMN.match(_header_words(c))) for c in named) >= 2


def marked(cell: str) -> bool:
    """A cell marked to say the row falls in its column's period."""
    return bool(_MARKED.match(cell_text(cell).strip()))


def _header_words(cell: str) -> str:
    return " ".join(fold(cell.replace(CELL_BREAK, " ").replace(CELL_WRAP, " ")).replace(".", " ").split())
_ROMAN = re.compile(r"^[IVXL]+$")
_CAPITAL = re.compile(r"^[A-ZĐ]$")
# a group row whose title is merged across the whole row, so that it sits in the STT cell: "A. GIA NHẬP THỊ TRƯỜNG"
_TITLED_GROUP = re.compile(r"^([IVXL]+|[A-ZĐ])[.)]?\s+(\S.*)$", re.DOTALL)
_NUMBERED = re.compile(r"^\d{1,3}(?:\.\d{1,3})*$")
_TOTAL = re.compile(r"^(?:tổng cộng|tổng số|cộng|total)\s*(?:[:(]|$)", re.IGNORECASE)  # "Tổng cộng", "Cộng:"
_FIGURE_CELL = re.compile(r"^[\d.,%\s()+-]*\d[\d.,%\s()+-]*$")  # "08", "1.250", "86,41%"
_LETTER = re.compile(r"^[a-zđ]$")
_NUMBER_ONLY = re.compile(r"^\(?\d{1,2}\)?$")


def split_row(line: str) -> list[str] | None:
    """``| a | b |`` → ["a", "b"]; None for a line that is not a table row."""
    s = line.strip()
    if not (s.startswith("|") and s.endswith("|") and len(s) > 1):
        return None
    return [c.strip() for c in s[1:-1].split("|")]


def is_separator(cells: list[str]) -> bool:
    """Markdown's ``|---|:---:|`` line under the header."""
    return all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c) and any(cells)


def column_kinds(header: list[str]) -> list[str | None]:
    kinds = [_column_kind(_header_words(cell)) for cell in header]
    if CONTENT not in kinds:  # the widest unnamed column holds the task
        free = [i for i, k in enumerate(kinds) if k is None]
        if free:
            kinds[free[0]] = CONTENT
    return kinds


def looks_like_header(cells: list[str]) -> bool:
    """At least two cells name a known column, none is a row number, and the first is filled: a row whose first
    (STT) cell is empty is the row above going on past a page break, however its words read ("… kết quả thực
    hiện" names no column)."""
    kinds = [next((k for k, rule in _HEADER_RULES if rule.search(" ".join(fold(c.replace(CELL_WRAP, " ")).split()))), None) for c in cells]
    return bool(cells and cells[0].strip()) and sum(k is not None for k in kinds) >= 2 \
        and not any(_NUMBERED.match(c.rstrip(".")) for c in cells if c)


def spans(header: list[str]) -> dict[int, str]:
    """Column → text of the header cell merged across it and its neighbours (written once, then
    ``CELL_SPANNED``): "Điểm đạt được" over three columns."""
    out: dict[int, str] = {}
    for i, c in enumerate(header):
        if c == CELL_SPANNED and i:
            top = out.get(i - 1, header[i - 1])
            out[i - 1] = out[i] = top
    return out


def header_goes_on(header: list[str], row: list[str], spanned: dict[int, str] | None = None) -> bool:
    """The header's second row: "Phân công" over "Chủ trì | Phối hợp", "Thời gian" over "Quý I | Quý II". Its
    cells name columns (or periods) and none is a row number, except those that repeat the cell above (a header
    cell spanning both rows, written again). Cells standing each under a header cell merged across columns
    (``spanned``, from ``spans``) name that cell's parts, whatever they read ("Điểm theo lĩnh vực" over "1 | 2 |
    3")."""
    above = lambda i: header[i].strip() if i < len(header) else ""  # noqa: E731
    new = [(i, c) for i, c in enumerate(row) if c.strip() and c.strip() != above(i)]  # not the cell above again
    if not new:
        return False
    if spanned and len(new) >= 2 and all(i in spanned for i, _ in new):
        return True
    if period_columns(row) and not period_columns(header):
        return True
    named = sum(bool(_column_kind(_header_words(c))) for _, c in new)
    return (named == len(new) and not (row[0].strip() and row[0].strip() != above(0))
            and not any(_NUMBERED.match(c.rstrip(".")) for _, c in new))


def _column_kind(words: str) -> str | None:
    return MARK if _PERIOD_COLUMN.match(words) else next((k for k, rule in _HEADER_RULES if rule.search(words)), None)


def is_task_table(kinds: list[str | None], body: list[list[str]] = ()) -> bool:
    """A column of tasks and one of who does them. A "task" column holding only figures ("Cấp thực hiện | Toàn
    trình | Một phần | Cộng" over counts) makes a table of figures, however its header reads."""
    if not (CONTENT in kinds and any(k in kinds for k in ("lead", "executor"))):
        return False
    tasks = [c for row in body for c, k in zip(row, kinds) if k == CONTENT and c.strip()]
    # … and a "unit" column holding only counts ("Thành viên Tổ | 7") names no one: a table of figures
    units = [c for row in body for c, k in zip(row, kinds) if k in ("lead", "executor") and c.strip()]
    if units and all(_FIGURE_CELL.match(cell_text(c)) for c in units):
        return False
    return not tasks or not all(_FIGURE_CELL.match(cell_text(c)) for c in tasks)


def group_label(label: str) -> bool:
    """A row number of the numbering that groups the Arabic-numbered rows: "I", "II", "A", "B"."""
    return bool(_ROMAN.match(label) or _CAPITAL.match(label))


def numbered_rows(kinds: list[str | None], body: list[list[str]]) -> bool:
    """A table whose STT column numbers at least two of its rows: each row can be read and cited alone, by its
    number ("tiêu chí 2.5.1", "Phụ lục, STT 5")."""
    if STT not in kinds:
        return False
    col = kinds.index(STT)
    return sum(bool(_NUMBERED.match(row[col].rstrip(".").strip())) for row in body if col < len(row)) >= 2


def figure_table(kinds: list[str | None], body: list[list[str]]) -> bool:
    """Most of the columns besides the row's number and name hold figures: a table read across its rows as well
    (a total, a row named by a place, a year's column), unlike a table of provisions (criteria, comments)."""
    columns = [[cell_text(row[i]) for row in body if i < len(row) and row[i].strip()]
               for i, k in enumerate(kinds) if k not in (STT, CONTENT)]
    columns = [col for col in columns if col]
    figures = sum(2 * sum(bool(_FIGURE_CELL.match(c)) for c in col) > len(col) for col in columns)
    return bool(columns) and 2 * figures >= len(columns)


def is_numbering_row(cells: list[str]) -> bool:
    """The "(1) | (2) | (3)" row some tables put under their header."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(_NUMBER_ONLY.match(c) for c in filled)


def _glue(before: str, after: str) -> str:
    """How two lines of a cell join: a narrow column breaks inside a token ("28/6/202" + "6"), which is
    rejoined without a space; any other break was between words."""
    return "" if re.search(r"(?:\d|\S/)$", before) and re.match(r"^\d", after) else " "


def cell_text(cell: str) -> str:
    """A cell as running text: its line breaks were wrapping or separate sentences."""
    out = ""
    for piece in cell.replace(CELL_WRAP, CELL_BREAK).split(CELL_BREAK):
        piece = " ".join(piece.split())
        if piece:
            out = f"{out}{_glue(out, piece)}{piece}" if out else piece
    return out


def unit_heads(cells: list[str]) -> set[str]:
    """The first words of the units a table's unit cells list (each cell's lines the writer broke): where a
    wrapped line starting with one of them begins a unit ("Phòng Nội vụ"), and with any other word goes on."""
    heads = set()
    for cell in cells:
        for line in cell.split(CELL_BREAK):
            for unit in re.split(r"[;,]", line.split(CELL_WRAP)[0]):
                if unit.split():
                    heads.add(unit.split()[0])
    return heads


def unit_list(cell: str, heads: set[str] | None = None) -> str:
    """A cell of units: one per line (or already separated by ; or ,) → "A; B".

    A line that starts in lower case ("và Du lịch", "huyện") continues the unit above it: PDF cells wrap long
    names. A line the column's width forced (``CELL_WRAP``) goes on too, unless it starts with a word that starts
    the table's units (``heads``).
    """
    parts: list[str] = []
    pieces = re.split(f"({re.escape(CELL_BREAK)}|{re.escape(CELL_WRAP)})", cell)
    for sep, piece in zip([CELL_BREAK] + pieces[1::2], pieces[0::2]):
        piece = " ".join(piece.split()).lstrip(" -+•;").rstrip(" ;")  # a dash at the end joins to the next line
        if not piece:
            continue
        wrapped = sep == CELL_WRAP and piece.split()[0] not in (heads or set())
        if parts and (wrapped or piece[0].islower() or piece[0].isdigit() or piece.startswith("&")
                      or parts[-1].endswith((",", "và", "&", "-", "–"))):
            parts[-1] = f"{parts[-1]}{_glue(parts[-1], piece)}{piece}"
        else:
            parts.append(piece)
    return "; ".join(p.rstrip(";, -–") for p in parts)


@dataclass
class Row:
    label: str  # normalised STT: "3", "1.2", "II", "a", "" when none
    kind: str  # "group" (a heading row: I, II …), "item", "sub" (a), b) under an item), "more" (continues the row above)
    cells: list[str]


def group_scheme(label: str, open_schemes: list[tuple[str, str]]) -> str:
    """The numbering a group row's label belongs to: "roman" (I, II …) or "capital" (A, B …). "I", "V", "X", "L"
    are both; they are the capital that follows the open capital group's letter ("H" → "I"), else roman."""
    if _ROMAN.match(label):
        last = next((lab for scheme, lab in reversed(open_schemes) if scheme == "capital"), None)
        return "capital" if last and len(label) == 1 and ord(label) == ord(last) + 1 else "roman"
    return "capital" if _CAPITAL.match(label) else "other"


def is_caption_row(cells: list[str]) -> bool:
    """A row whose one cell spans the table and titles the rows below it ("PHIÊN THỨ NHẤT: …", "Buổi sáng"): no
    row number, no task of its own. A title with a number ("I", "A. CẤP TỈNH") is a group row instead."""
    first = cell_text(cells[0]).strip() if cells else ""
    if not first or any(c.strip() for c in cells[1:]):
        return False
    return not (_NUMBERED.match(first.rstrip(".")) or _TITLED_GROUP.match(first) or group_label(first)
                or _LETTER.match(first)) and len(first.split()) >= 2


def total_cell(text: str) -> bool:
    """"Tổng cộng", "Tổng số:", "Cộng": a cell that sums the rows above it."""
    return bool(_TOTAL.match(text.strip()))


def read_row(cells: list[str], kinds: list[str | None], next_number: int = 1) -> Row:
    """A body row by its STT cell; in a table with no STT column (a schedule: "Thời gian | Nội dung | Chủ trì"),
    each row that names a task is the next item (``next_number``), and one that names none goes on above."""
    def cell(k: str) -> str:
        return next((c for c, kk in zip(cells, kinds) if kk == k and c), "")

    cells = list(cells) + [""] * (len(kinds) - len(cells))  # a row of one cell spanning the table: the rest empty
    if is_caption_row(cells):
        return Row("", "caption", cells)
    if STT not in kinds:
        return Row(str(next_number), "item", cells) if cell(CONTENT) else Row("", "more", cells)
    raw = cell(STT).rstrip(".").strip()
    label = ".".join(str(int(p)) for p in raw.split(".")) if _NUMBERED.match(raw) else raw
    has_fields = any(c for c, k in zip(cells, kinds) if k not in (STT, CONTENT, None, "note"))
    if not raw or total_cell(raw):  # "Tổng cộng" in the STT column itself (the cells merged): the sum, no row
        first = next((cell_text(c) for c in cells if c.strip()), "")
        # "Tổng cộng | 29 | 3.779": the sum of the rows, not the row above going on
        return Row("", "total" if total_cell(first) else "more", cells)
    titled = _TITLED_GROUP.match(raw)
    if titled and not has_fields and CONTENT in kinds and not any(
            c for c, k in zip(cells, kinds) if k not in (STT, None, "note") and c):
        cells = [titled.group(2) if k == CONTENT else "" if k == STT else c for c, k in zip(cells, kinds)]
        return Row(titled.group(1), "group", cells)
    titled_only = sum(bool(c.strip()) for c, k in zip(cells, kinds) if k != STT) == 1  # one cell, spanning the row
    if group_label(raw) and (not has_fields or titled_only):
        return Row(raw, "group", cells)
    if _LETTER.match(raw):
        return Row(raw, "sub", cells)
    return Row(label, "item", cells)
