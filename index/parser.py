"""Parse a Vietnamese administrative plan into metadata and a section tree.

Plans follow the state document genre (Nghị định 30/2020/NĐ-CP style): a letterhead,
"Số: …/KH-…", place and date, the document type (KẾ HOẠCH, BÁO CÁO…) and title, a
preamble ("Thực hiện…", "Căn cứ…"), a body numbered A. / I. / 1. / a), activities with
field lines ("- Đơn vị chủ trì: …"), a closing ("Đề nghị…./.", "Nơi nhận:") and the
signer. Nothing here is fitted to particular files: numbering is recognised by its
sequence (a heading must continue or start a list), hard line breaks are rejoined by
punctuation, case and line width, and field labels by their genre wording.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from index import tables
from index.normalize import clean_line, squash
from index.readers import read_lines
from index.zones import APPENDIX_PATH, CLOSING, HEADER, PREAMBLE, SIGNATURE, TABLE_PATH

# --- numbering ------------------------------------------------------------------------
VI_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# level types, outermost first: CAP "A.", ROMAN "I.", ARABIC "1.", LETTER "a)"
CAP, ROMAN, ARABIC, LETTER = "cap", "roman", "arabic", "letter"
APPENDIX, ROW, TABLE = "appendix", "row", "table"  # "PHỤ LỤC I"; a task-table row; a table outside the numbering
_TYPE_ORDER = {APPENDIX: -1, TABLE: -1, CAP: 0, ROMAN: 1, ARABIC: 2, LETTER: 3, ROW: 4}
# "PHỤ LỤC I", "Phụ lục số 2: Danh mục nhiệm vụ": an appendix, numbered after the signature
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?([IVXLC]+|\d{1,2}))?\b\s*[:.\-–]?\s*(.*)$")

_HEAD_DOT = re.compile(r"^([A-Z]{1,5}|\d{1,2})\s?\.(?!\d)\s*(\S.*)?$")
_HEAD_PAREN = re.compile(r"^([a-zđ]|\d{1,2})\s?\)\s*(\S.*)?$")
_BULLET = re.compile(r"^[-–—•+*]\s*")
_FOOTNOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$")
_TERMINAL = (".", "!", "?", ":", ";", "…", "./.")
_NUMBER_WORD_END = re.compile(r"\b(số|năm|ngày|tháng|Điều|điều|khoản|mục|điểm|đoạn|lần|thứ)$")
_FREQ_IN_LEAD = re.compile(r"\s*\((\d+[^()]*?/\s*(?:tuần|tháng|quý|năm)[^()]*)\)\s*$")

# --- field lines ----------------------------------------------------------------------
_FIELD = re.compile(
    r"^(?P<label>(?:(?:đơn vị|cơ quan|bộ phận|phòng|người)\s+)?"
    r"(?:chủ trì(?: thực hiện)?|phối hợp(?: thực hiện)?|thực hiện|chỉ đạo|"
    r"thời gian(?: thực hiện| hoàn thành)?|thời hạn(?: hoàn thành)?|tần suất|kinh phí|sản phẩm|kết quả)"
    r")\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
FIELD_KINDS = ("lead", "executor", "director", "coordinators", "timing", "frequency", "budget", "output")


def is_field_line(line: str) -> bool:
    """"- Đơn vị chủ trì: …", "Thời gian thực hiện: …": a line that gives an activity's field."""
    return bool(_FIELD.match(_BULLET.sub("", line.strip(), count=1)))


def field_kind(label: str) -> str:
    label = label.lower()
    if "chủ trì" in label:
        return "lead"
    if "phối hợp" in label:
        return "coordinators"
    if "chỉ đạo" in label:
        return "director"
    if "thực hiện" in label and not label.startswith("thời gian"):
        return "executor"
    if label.startswith(("thời gian", "thời hạn")):
        return "timing"
    if "tần suất" in label:
        return "frequency"
    if "kinh phí" in label:
        return "budget"
    return "output"


# --- head of the document ---------------------------------------------------------------
_DOC_TYPES = ("KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "THÔNG BÁO", "HƯỚNG DẪN",
              "CHỈ THỊ", "ĐỀ ÁN", "TỜ TRÌNH", "CÔNG VĂN", "NGHỊ QUYẾT")
_PREAMBLE_OPENERS = re.compile(
    r"^(Thực hiện|Triển khai|Căn cứ|Trên cơ sở|Theo|Nhằm|Để|Thi hành|Xét|Được sự|Tiếp tục|Ngày)\b")
_CLOSING_OPENERS = re.compile(r"^(Đề nghị|Yêu cầu|Trên đây|Kính đề nghị|Kính báo cáo|Vậy|Nhận được)\b")
_NUMBER = re.compile(r"Số\s*:\s*([^/\n]*?)\s*/\s*([0-9A-ZĐa-zđ][0-9A-ZĐa-zđ\-]*)")
_DATE = re.compile(r"ngày\s*(\d{1,2})?[\s.…]*tháng\s*(\d{1,2})?[\s.…]*năm\s*(\d{4})", re.IGNORECASE)
_NATIONAL = re.compile(r"CỘNG HÒA|CỘNG HOÀ|Độc lập\s*-\s*Tự do", re.IGNORECASE)


@dataclass
class Section:
    path: str  # "C.II.12.c", or a zone: header, preamble, closing, signature
    label: str  # "c"; the zone name for zones
    kind: str  # cap / roman / arabic / letter / zone
    heading: str  # heading text without its number
    lines: list[str] = field(default_factory=list)  # logical lines, heading line first
    fields: dict[str, str] = field(default_factory=dict)  # lead, coordinators, timing, …
    field_lines: dict[str, str] = field(default_factory=dict)  # the line each field came from
    parent: str | None = None
    children: list[str] = field(default_factory=list)
    order: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def depth(self) -> int:
        return 0 if self.kind == "zone" else self.path.count(".") + 1


@dataclass
class DocumentMeta:
    title: str = ""
    doc_type: str = ""  # "Kế hoạch", "Báo cáo"
    issuer: str = ""
    issuer_lines: list[str] = field(default_factory=list)
    number: str = ""  # "281/KH-SKHCN", "…/KH-VP" when left blank
    date: str = ""  # "26/3/2025", "tháng 4/2025", "2025"
    year: int | None = None
    draft: bool = False
    signer: str = ""
    signer_title: str = ""
    place: str = ""


    @property
    def full_title(self) -> str:
        """'Kế hoạch tuyên truyền … năm 2025 của …', with 'Dự thảo' for drafts: how answers name a plan."""
        title = self.title
        words = title.split()
        if len(words) > 1 and words[0][:1].isupper() and words[1][:1].islower() and not words[0].isupper():
            title = title[0].lower() + title[1:]
        full = f"{self.doc_type} {title}".strip() if self.doc_type else self.title
        return f"Dự thảo {full[0].lower()}{full[1:]}" if self.draft and full else full


@dataclass
class ParsedDocument:
    name: str  # file name under corpus/
    meta: DocumentMeta
    sections: list[Section]

    def get(self, path: str) -> Section | None:
        return self._by_path().get(path)

    def _by_path(self) -> dict[str, Section]:
        return {s.path: s for s in self.sections}

    def section_text(self, path: str, include_children: bool = True) -> str:
        by_path = self._by_path()
        sec = by_path.get(path)
        if sec is None:
            raise KeyError(path)
        parts = [sec.text]
        if include_children:
            for child in sec.children:
                parts.append(self.section_text(child, True))
        return "\n".join(p for p in parts if p)

    def breadcrumb(self, path: str) -> list[Section]:
        """The section and its ancestors, outermost first."""
        by_path = self._by_path()
        chain = []
        sec = by_path.get(path)
        while sec is not None:
            chain.append(sec)
            sec = by_path.get(sec.parent) if sec.parent else None
        return list(reversed(chain))

    def find(self, quote: str) -> list[str]:
        """Paths of the sections whose own text contains ``quote`` (normalised)."""
        q = squash(quote)
        return [s.path for s in self.sections if q in squash(s.text)]


# ======================================================================================
def parse_file(path: Path) -> ParsedDocument:
    return parse_lines(read_lines(path), name=path.name)


def parse_text(text: str, name: str = "document.txt") -> ParsedDocument:
    return parse_lines(text.split("\n"), name=name)


def parse_lines(raw_lines: list[str], name: str) -> ParsedDocument:
    lines = [clean_line(l) for l in raw_lines]
    lines = [l for l in lines if not _PAGE_NUMBER.match(l)]  # page numbers; blank lines kept as ""
    wrap = _wrap_width([l for l in lines if l])
    head_end, meta, header_lines = _read_head(lines)
    builder = _TreeBuilder(wrap)
    builder.zone(HEADER)
    for l in header_lines:
        builder.add_zone_line(l)
    builder.zone(PREAMBLE)
    for l in lines[head_end:]:
        if l:
            builder.feed(l)
    builder.finish()
    _read_signature(builder, meta)
    _finish_meta(meta, builder)
    return ParsedDocument(name=name, meta=meta, sections=builder.sections)


def _wrap_width(lines: list[str]) -> int | None:
    """Line width of a hard-wrapped document (None when lines are whole paragraphs)."""
    if len(lines) < 10:
        return None
    lengths = sorted(len(l) for l in lines)
    p80 = lengths[int(len(lengths) * 0.8)]
    return p80 if p80 <= 110 else None


# --- head -----------------------------------------------------------------------------
def _doc_type_of(line: str) -> str | None:
    up = line.strip().rstrip(":").strip()
    for t in _DOC_TYPES:
        if up == t:
            return t
    return None


def _read_head(lines: list[str]) -> tuple[int, DocumentMeta, list[str]]:
    """Find the document type line and the title; return where the preamble starts."""
    meta = DocumentMeta()
    type_idx = None
    for i, l in enumerate(lines[:80]):
        if l and _doc_type_of(l):
            type_idx = i
            break
    if type_idx is None:
        return 0, meta, []
    meta.doc_type = _doc_type_of(lines[type_idx]).capitalize()
    title_parts: list[str] = []
    j = type_idx + 1
    while j < len(lines):
        l = lines[j]
        if not l:
            j += 1
            continue
        if title_parts and (_PREAMBLE_OPENERS.match(l) or _HEAD_DOT.match(l) or len(title_parts) >= 4
                            or l.startswith("-") or len(l) > 160):
            break
        if not title_parts and (_PREAMBLE_OPENERS.match(l) or _HEAD_DOT.match(l)):
            break
        title_parts.append(l)
        j += 1
    meta.title = squash(" ".join(title_parts))
    header_lines = [l for l in lines[:j] if l]
    for l in header_lines[: header_lines.index(lines[type_idx]) if lines[type_idx] in header_lines else 0]:
        if re.match(r"^dự thảo\b", l, re.IGNORECASE):
            meta.draft = True
    head_text = "\n".join(header_lines)
    m = _NUMBER.search(head_text)
    if m:
        num = m.group(1).strip(" .…")
        meta.number = f"{num or '…'}/{m.group(2)}"
    m = _DATE.search(head_text)
    if m:
        day, month, year = m.groups()
        meta.year = int(year)
        if day and month:
            meta.date = f"{int(day)}/{int(month)}/{year}"
        elif month:
            meta.date = f"tháng {int(month)}/{year}"
        else:
            meta.date = year
        pm = re.search(r"([A-ZĐ][^\n,]{1,40}),\s*ngày", head_text)
        if pm:  # "Số: 35/KH-UBND    Đồng Xuân, ngày …" on one line: the place is after the number
            meta.place = re.sub(r"^Số\s*:\s*\S+\s*", "", pm.group(1).strip()).strip()
    issuer_lines = []
    for l in header_lines[: header_lines.index(lines[type_idx])]:
        if _NATIONAL.search(l) or l.startswith("Số") or _DATE.search(l) or re.match(r"^dự thảo", l, re.I):
            continue
        if l.upper() == l and re.search(r"[A-ZĐ]", l):
            issuer_lines.append(l)
    meta.issuer_lines = issuer_lines
    return j, meta, header_lines


def _finish_meta(meta: DocumentMeta, builder: "_TreeBuilder") -> None:
    if not meta.title:
        first = next((s for s in builder.sections if s.lines), None)
        meta.title = first.lines[0][:120] if first else ""
    if meta.year is None:
        m = re.search(r"năm (\d{4})", meta.title)
        if m:
            meta.year = int(m.group(1))
            meta.date = meta.date or m.group(1)
    m = re.search(r"\b(?:của|tại)\s+(.+?)(?:\s+(?:năm|giai đoạn)\s+\d{4}(?:\s*-\s*\d{4})?)?$", meta.title)
    if m:
        meta.issuer = m.group(1).strip()
    elif meta.issuer_lines:
        meta.issuer = " - ".join(meta.issuer_lines)
    else:
        pre = builder.get(PREAMBLE)
        # the last "<X> ban hành Kế hoạch" of the preamble names the issuer ("…, UBND tỉnh ban hành Kế hoạch …")
        found = re.findall(r"([A-ZĐ][\w ]{2,60}?)\s+(?:ban hành|xây dựng)\s+(?:Kế hoạch|Báo cáo)", pre.text if pre else "")
        if found:
            meta.issuer = found[-1].strip()


def _read_signature(builder: "_TreeBuilder", meta: DocumentMeta) -> None:
    sig = builder.get(SIGNATURE)
    if not sig or not sig.lines:
        return
    titles = [l for l in sig.lines if l.upper() == l]
    names = [l for l in sig.lines if l.upper() != l and len(l.split()) <= 6]
    meta.signer_title = " ".join(titles)
    meta.signer = names[-1] if names else ""


# --- the body -------------------------------------------------------------------------
def _roman_value(token: str) -> int | None:
    if not re.fullmatch(r"[IVXLC]+", token):
        return None
    total, prev = 0, 0
    for ch in reversed(token):
        v = _ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 0 < total < 60 else None


def _candidates(line: str) -> list[tuple[str, int, str, str]]:
    """Possible (type, ordinal, label, heading text) readings of a heading-like line."""
    out = []
    m = _HEAD_DOT.match(line)
    if m:
        tok, rest = m.group(1), (m.group(2) or "").strip()
        if tok.isdigit():
            out.append((ARABIC, int(tok), tok, rest))
        else:
            if len(tok) == 1:
                out.append((CAP, ord(tok) - ord("A") + 1, tok, rest))
            rv = _roman_value(tok)
            if rv:
                out.append((ROMAN, rv, tok, rest))
    m = _HEAD_PAREN.match(line)
    if m:
        tok, rest = m.group(1), (m.group(2) or "").strip()
        if tok.isdigit():
            out.append((ARABIC, int(tok), tok, rest))
        elif tok in VI_LETTERS:
            out.append((LETTER, VI_LETTERS.index(tok) + 1, tok, rest))
    return out


class _TreeBuilder:
    def __init__(self, wrap: int | None):
        self.wrap = wrap
        self.sections: list[Section] = []
        self._by_path: dict[str, Section] = {}
        self.stack: list[tuple[str, int, Section]] = []  # (type, ordinal, section)
        self.current: Section | None = None
        self.in_closing = False
        self.in_signature = False
        self._raw_last = ""  # the last raw line, for the line-width join rule
        self._footnotes: list[str] = []
        self._table: list[list[str]] = []  # pipe rows not read yet
        self._row_cells: dict[str, list[str]] = {}  # a task row's cells, for rows continued on the next page
        self._tables = 0

    def get(self, path: str) -> Section | None:
        return self._by_path.get(path)

    def _new(self, sec: Section) -> Section:
        sec.order = len(self.sections)
        if sec.path in self._by_path:  # numbering restarted: keep paths unique
            n = 2
            while f"{sec.path}~{n}" in self._by_path:
                n += 1
            sec.path = f"{sec.path}~{n}"
        self.sections.append(sec)
        self._by_path[sec.path] = sec
        return sec

    def zone(self, name: str) -> None:
        self._flush_footnotes()
        self.current = self.get(name) or self._new(Section(path=name, label=name, kind="zone", heading=""))

    def add_zone_line(self, line: str) -> None:
        self.current.lines.append(line)

    # -- one raw line at a time ----------------------------------------------------------
    def feed(self, line: str) -> None:
        cells = tables.split_row(line)
        if cells is not None:  # rows are read once the whole table is in (it may run over pages)
            self._table.append(cells)
            return
        if self._table:
            self._flush_table()
        appendix = _APPENDIX.match(line)
        if appendix and (line.startswith("PHỤ LỤC") or not appendix.group(2)) and len(line) < 200:
            self._open_appendix(appendix.group(1), appendix.group(2), line)
            return
        if _FOOTNOTE.match(line) and not self.in_closing:
            self._footnotes.append(line)  # moved to the section's end; the sentence it split goes on
            return
        if self.in_signature:
            self.current.lines.append(line)
            return
        if self.in_closing:
            self._feed_closing(line)
            return
        if line.startswith("Nơi nhận"):
            self.in_closing = True
            self.zone(CLOSING)
            self.current.lines.append(line)
            return
        heading = self._match_heading(line)
        if heading and heading[1] == ARABIC and self._continues(line) and _NUMBER_WORD_END.search(self._raw_last):
            heading = None  # "… Nghị quyết số" + "12. …": a number broken onto the next line
        if heading:
            self._open(*heading, line)
        elif _BULLET.match(line) or not self.current.lines or not self._continues(line):
            self._start_line(line)
        else:
            self._append_to_last(line)
        self._raw_last = line

    def _continues(self, line: str) -> bool:
        """Is ``line`` the rest of a sentence broken by a hard line break?"""
        if not self.current or not self.current.lines or _BULLET.match(line):
            return False
        prev = self._raw_last
        if not prev:
            return False
        first = line[0]
        if first.islower():  # a lower-case start continues anything but a finished sentence
            return not prev.endswith((".", "!", "?"))
        if prev.endswith(_TERMINAL):
            return False
        if first in "“”\"'(«":
            return True
        if first.isdigit() and not _candidates(line):
            return True
        return bool(self.wrap and len(prev) >= 0.72 * self.wrap)

    def _match_heading(self, line: str):
        for typ, ordinal, label, rest in _candidates(line):
            # continue an open list: the next number (or one after, as drafts skip items)
            for depth in range(len(self.stack) - 1, -1, -1):
                t, o, _ = self.stack[depth]
                if t == typ and 1 <= ordinal - o <= (3 if typ == LETTER else 2):
                    return depth, typ, ordinal, label, rest
            # or start a new, deeper list at its first item
            if ordinal == 1:
                inner = self.stack[-1][0] if self.stack else None
                if inner is None or _TYPE_ORDER[typ] > _TYPE_ORDER[inner]:
                    return len(self.stack), typ, ordinal, label, rest
        return None

    def _open(self, depth: int, typ: str, ordinal: int, label: str, rest: str, line: str) -> None:
        self._flush_footnotes()
        self.stack = self.stack[:depth]
        parent = self.stack[-1][2] if self.stack else None
        path = f"{parent.path}.{label}" if parent else label
        sec = self._new(Section(path=path, label=label, kind=typ, heading=rest, lines=[line],
                                parent=parent.path if parent else None))
        if parent:
            parent.children.append(sec.path)
        self.stack.append((typ, ordinal, sec))
        self.current = sec

    def _start_line(self, line: str) -> None:
        if self.current.kind == APPENDIX and not self.current.heading and not line.startswith("("):
            self.current.heading = line  # "PHỤ LỤC I" + "DANH MỤC NHIỆM VỤ …"
        if self._is_closing_paragraph(line):
            self.in_closing = True
            self.zone(CLOSING)
        self.current.lines.append(line)
        self._field(line)

    def _append_to_last(self, line: str) -> None:
        sec = self.current
        joined = f"{sec.lines[-1]} {line}"
        sec.lines[-1] = joined
        if len(sec.lines) == 1 and sec.kind != "zone":
            sec.heading = f"{sec.heading} {line}".strip()
        self._field(joined)
        if self._is_closing_paragraph(joined) and not _BULLET.match(joined) and len(sec.lines) > 1:
            # a closing paragraph ("Đề nghị … thực hiện./.") that was read as body text
            sec.lines.pop()
            self.in_closing = True
            self.zone(CLOSING)
            self.current.lines.append(joined)

    def _is_closing_paragraph(self, text: str) -> bool:
        return bool(_CLOSING_OPENERS.match(text)) and text.rstrip().endswith("./.")

    def _field(self, line: str) -> None:
        body = _BULLET.sub("", line, count=1) if _BULLET.match(line) else line
        m = _FIELD.match(body)
        if not m or self.current.kind == "zone":
            return
        kind = field_kind(m.group("label"))
        value = m.group("value").strip().rstrip(".;,").strip()
        if not value:
            return
        sec = self.current
        if kind in sec.fields and sec.field_lines.get(kind) != line:
            if sec.field_lines.get(kind) and line.startswith(sec.field_lines[kind]):
                pass  # the same line, grown by a joined continuation
            else:
                value = f"{sec.fields[kind]}; {value}"
        sec.fields[kind] = value
        sec.field_lines[kind] = line

    def _feed_closing(self, line: str) -> None:
        sec = self.current
        is_title = line.upper() == line and re.search(r"[A-ZĐ]{2}", line) and not line.startswith(("-", "+"))
        if is_title and any(l.startswith("Nơi nhận") for l in sec.lines):
            self.in_signature = True
            self.zone(SIGNATURE)
            self.current.lines.append(line)
            return
        if sec.lines and not _BULLET.match(line) and not sec.lines[-1].endswith(_TERMINAL) \
                and line[0].islower():
            sec.lines[-1] = f"{sec.lines[-1]} {line}"
        else:
            sec.lines.append(line)

    def _flush_footnotes(self) -> None:
        if self._footnotes and self.current is not None:
            self.current.lines.extend(self._footnotes)
        self._footnotes = []

    # -- appendices and tables -------------------------------------------------------------
    def _open_appendix(self, number: str | None, rest: str, line: str) -> None:
        self._flush_footnotes()
        self.in_closing = self.in_signature = False
        path = f"{APPENDIX_PATH} {number}" if number else APPENDIX_PATH
        sec = self._new(Section(path=path, label=path, kind=APPENDIX, heading=rest.strip(), lines=[line]))
        self.stack = [(APPENDIX, 0, sec)]
        self.current = sec
        self._raw_last = line

    def _flush_table(self) -> None:
        rows, self._table = [r for r in self._table if not tables.is_separator(r)], []
        self._raw_last = ""  # the next line starts afresh, whatever the last cell held
        if not rows:
            return
        header, body = rows[0], []
        for row in rows[1:]:
            if [squash(c) for c in row] == [squash(c) for c in header] or tables.is_numbering_row(row):
                continue  # the header repeated on each page, or the "(1) | (2)" row
            if tables.looks_like_header(row):  # another table right after this one
                self._table_block(header, body)
                header, body = row, []
                continue
            body.append(row)
        self._table_block(header, body)

    def _table_block(self, header: list[str], body: list[list[str]]) -> None:
        kinds = tables.column_kinds(header)
        if not tables.is_task_table(kinds):  # data: each row a line with its header's labels
            head = [tables.cell_text(h) for h in header]
            self.current.lines.append("Bảng: " + " | ".join(head))
            for row in body:
                cells = [tables.cell_text(c) for c in row]
                pairs = ", ".join(f"{h}: {c}" for h, c in zip(head[1:], cells[1:]) if c)
                self.current.lines.append(f"{cells[0]} ({pairs})" if cells and cells[0] and pairs
                                          else cells[0] if cells and cells[0] else pairs)
            return
        base = self.stack[-1][2] if self.stack and not (self.in_closing or self.in_signature) else None
        if base is None:  # a task table outside the numbering: "Bảng 1", "Bảng 2"
            self._tables += 1
            path = f"{TABLE_PATH} {self._tables}"
            base = self._new(Section(path=path, label=path, kind=TABLE, heading="",
                                     lines=[" | ".join(tables.cell_text(h) for h in header)]))
        group = item = None
        for cells in body:
            row = tables.read_row(cells, kinds)
            if row.kind == "more":  # no STT: the row above, continued (a page break inside it)
                if item is not None:
                    merged = [f"{a}{tables.CELL_BREAK}{b}" if a and b else a or b
                              for a, b in zip(self._row_cells[item.path], cells)]
                    self._fill_row(item, header, kinds, merged)
                continue
            if row.kind == "group":
                parent = base
            elif row.kind == "sub" and item is not None:
                parent = item
            else:
                parent = group or base
                if "." in row.label:  # "1.2" under row "1"
                    parent = self.get(f"{parent.path}.{row.label.rsplit('.', 1)[0]}") or parent
            path = f"{(group or base).path}.{row.label}" if row.kind == "item" else f"{parent.path}.{row.label}"
            sec = self._new(Section(path=path, label=row.label, kind=ROW, heading="", parent=parent.path))
            parent.children.append(sec.path)
            self._fill_row(sec, header, kinds, cells)
            if row.kind == "group":
                group, item = sec, None
            elif row.kind == "item":
                item = sec

    def _fill_row(self, sec: Section, header: list[str], kinds: list[str | None], cells: list[str]) -> None:
        """A task row as an activity: "3. <task>", then "- <column>: <value>" lines and the fields."""
        self._row_cells[sec.path] = cells
        content = next((tables.cell_text(c) for c, k in zip(cells, kinds) if k == tables.CONTENT and c), "")
        sec.heading = content
        sec.lines = [f"{sec.label}. {content}".strip()]
        sec.fields, sec.field_lines = {}, {}
        for h, k, c in zip(header, kinds, cells):
            if not c or k in (tables.STT, tables.CONTENT):
                continue
            value = tables.unit_list(c) if k in tables.UNIT_KINDS else tables.cell_text(c)
            line = f"- {tables.cell_text(h)}: {value}"
            sec.lines.append(line)
            if k and k != "note":
                sec.fields[k] = f"{sec.fields[k]}; {value}" if k in sec.fields else value
                sec.field_lines[k] = line

    def finish(self) -> None:
        if self._table:
            self._flush_table()
        self._flush_footnotes()
        for sec in self.sections:  # "Đài PT&TH tỉnh (52 số/năm)": a count is no part of a unit's name
            for kind in ("lead", "executor"):
                m = _FREQ_IN_LEAD.search(sec.fields.get(kind, ""))
                if m:
                    sec.fields[kind] = sec.fields[kind][: m.start()].strip()
                    freq = sec.fields.get("frequency", "")
                    sec.fields["frequency"] = f"{freq} ({m.group(1)})" if freq else m.group(1)
        # drop empty zones
        self.sections = [s for s in self.sections if s.lines]
        self._by_path = {s.path: s for s in self.sections}
