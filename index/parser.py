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

import itertools
import re
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path

from index import tables
from index.genre import genre
from index.normalize import clean_line, fold, nfc, squash, vietnamese_syllable
from index.readers import is_layout_table, read_lines
from index.zones import APPENDIX_PATH, CLOSING, HEADER, LABELS, PREAMBLE, SIGNATURE, TABLE_PATH

# --- numbering ------------------------------------------------------------------------
VI_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# level types, outermost first: the named divisions (Phần / Chương / Mục / Điều, see index/genre.py),
# CAP "A.", ROMAN "I.", ARABIC "1.", DECIMAL "1.2." / "1.2.3." (one type per depth), LETTER "a)"
CAP, ROMAN, ARABIC, LETTER = "cap", "roman", "arabic", "letter"
APPENDIX, ROW, TABLE = "appendix", "row", "table"  # "PHỤ LỤC I"; a task-table row; a table outside the numbering
DATAROW = "datarow"  # a numbered row of a table of data (criteria, comments): a section, never a task
FIGUREROW = "figurerow"  # a numbered row of a table of figures: a section to cite, its table read whole above it
_DECIMAL_DEPTHS = range(2, 6)  # "1.2." … "1.2.3.4.5.": _DECIMAL reads up to five numbers
_TYPE_ORDER = {APPENDIX: -1, TABLE: -1, CAP: 0, ROMAN: 1, ARABIC: 2, LETTER: 3, ROW: 4,
               **{f"division:{w}": order for w, order in genre().divisions.items()},
               **{f"decimal{d}": 2 + d / 10 for d in _DECIMAL_DEPTHS}}  # between ARABIC "1." and LETTER "a)"


def _decimal_type(depth: int) -> str:
    """"1.2." is depth 2: its own level type."""
    return f"decimal{depth}"


_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,4})\.?(?:\s+(\S.*))?$")
_DIVISION = re.compile(r"^(%s)\s+([IVXLC]+|\d{1,3}|(?i:thứ)\s+[^\W\d_]+)\s*(?:[.:\-–—]\s*|\s+|$)(.*)$"
                       % "|".join(w for d in genre().divisions for w in (d, d.upper())))
# "PHỤ LỤC I", "Phụ lục số 2: Danh mục nhiệm vụ": an appendix, numbered after the signature
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?([IVXLC]+|\d{1,2}))?\b\s*[:.\-–]?\s*(.*)$")

# "I." "1." — and "I-", "1/", "II –" as commune and Party documents write them; a dash or slash only before a
# word, so "1/2025", "1-2 tháng" stay text
_WORD_AFTER = r"(?=\s+[^\W\d_])"
_HEAD_DOT = re.compile(rf"^([A-Z]{{1,5}}|\d{{1,2}})\s?(?:\.(?!\d)|\s?[-–]{_WORD_AFTER}|/{_WORD_AFTER})\s*(\S.*)?$")
_HEAD_PAREN = re.compile(rf"^([a-zđ]|\d{{1,2}})\s?(?:\)|/{_WORD_AFTER}|-{_WORD_AFTER})\s*(\S.*)?$")  # "a)", "1)", "a/", "a-"
_HEAD_LETTER_DOT = re.compile(r"^([a-zđ])\.\s+(\S.*)$")  # "a. Nội dung": a lettered item written with a dot
_BULLET = re.compile(r"^[-–—•+*]\s*")
_FOOTNOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*")
_RULE = re.compile(r"^(?=(?:.*[-–—_=*~]){3})[-–—_=*~.·o0 ]+$")  # "-----o0o-----", "________": a drawn rule
# a page's number on a line of its own: "3", "- 3 -", "3/5", "Trang 3", "Trang 3/5", "Page 3 of 5"
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:(?:Trang|Page)\s+)?(\d{1,3})\s*(?:/|của|of)\s*(\d{1,3})$"
                          r"|^(?:Trang|Page)\s+\d{1,3}$", re.IGNORECASE)


def _is_page_number(line: str) -> bool:
    m = _PAGE_NUMBER.match(line.strip())
    return bool(m) and (m.group(1) is None or 0 < int(m.group(1)) <= int(m.group(2)))  # "3/5", never "15/6"
_TERMINAL = (".", "!", "?", ":", ";", "…", "./.")
_NUMBER_WORD_END = re.compile(r"\b(số|năm|ngày|tháng|Điều|điều|khoản|mục|điểm|đoạn|lần|thứ)$")
_QUARTER_WORD_END = re.compile(r"\b(?:quý|Quý|QUÝ)$")  # a roman numeral after it is a quarter, not a heading
_RATE = re.compile(r"^\d+\s+[^\d/]{1,20}\s*/\s*(?:ngày|tuần|tháng|quý|năm)$")  # "02 số/tháng": how often, as a count
_FREQ_IN_LEAD = re.compile(r"\s*\((\d+[^()]*?/\s*(?:tuần|tháng|quý|năm)[^()]*)\)\s*$")

# --- field lines ----------------------------------------------------------------------
_LABEL = (r"(?:(?:đơn vị|cơ quan|bộ phận|phòng|người)\s+)?"
          r"(?:chủ trì(?: thực hiện)?|phối hợp(?: thực hiện)?|thực hiện|chỉ đạo|"
          r"thời gian(?: thực hiện| hoàn thành)?|thời hạn(?: hoàn thành)?|tần suất|kinh phí|sản phẩm|kết quả)")
_FIELD = re.compile(rf"^(?P<label>{_LABEL})\s*:\s*(?P<value>.*)$", re.IGNORECASE)
# the same labels inside a sentence: "…; đơn vị chủ trì: Sở X; đơn vị phối hợp: Y, Z; thời gian: tháng 8/2026."
_INLINE_FIELD = re.compile(rf"(?:^|(?<=[;,.(–]))\s*(?:và\s+)?(?P<label>{_LABEL})\s*:\s*", re.IGNORECASE)
FIELD_KINDS = ("lead", "executor", "director", "coordinators", "timing", "frequency", "budget", "output")


@lru_cache(maxsize=1)
def _prose_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Assignments written in prose, built from the genre's verbs (index/data/genre.tsv): "<unit> chủ trì",
    ", phối hợp với <units> thực hiện", "hoàn thành trong <time>", "(do <unit> tổ chức)"."""
    words = genre().prose
    alt = lambda kind: "|".join(re.escape(w) for w in words.get(kind, ()))  # noqa: E731
    lead = re.compile(rf"(?<![\w:])(?:{alt('lead_verb')})(?!\w)(?!\s*:)")
    assign = re.compile(rf"^(?:.*\s)?(?:{alt('assign')})\s+(?=[A-ZĐ])")
    join = re.compile(rf"^\s*(?:{alt('task_verb')})?\s*[,;]?\s*(?:(?:{alt('join_phrase')})\s+|(?:{alt('join_named')})\s+"
                      rf"(?=[A-ZĐ]))(?P<units>[^;.]+?)(?=\s+(?:{alt('task_verb')})\b|[;.]|$)")
    # "X chủ trì, Y phối hợp" / "X chủ trì; Y, Z phối hợp thực hiện": the units the joining verb comes after
    joined = re.compile(rf"^\s*[,;]\s*(?P<units>[A-ZĐ][^;.:]*?)\s+(?:{alt('coord_verb')})"
                        rf"(?:\s+(?:{alt('task_verb')}))?\s*(?=[;.]|$)")
    deadline = re.compile(rf"\b(?:{alt('deadline_verb')})\s+(?P<time>(?:trong|trước|vào|chậm nhất)\s+[^;.]*?\d{{4}})")
    # "(do UBND xã tổ chức)": the unit a bracket says does the task; unbracketed, "do X tổ chức" names who holds
    # an event ("Tham gia Hội thi do Sở X tổ chức"), not who does the task
    done_by = re.compile(rf"\(\s*do\s+(?P<unit>[A-ZĐ][^().;:,]*?)\s+(?:{alt('task_verb')})\s*\)"
                         # "Giao Trung tâm X theo dõi, tổng hợp …": a unit handed the task by name, its verb after it
                         rf"|(?:^|[.;:]\s+)(?:{alt('assign')})\s+(?P<given>[A-ZĐ][^().;:,]*?)\s+(?:{alt('task_verb')})\b")
    return lead, assign, join, joined, deadline, done_by


_NOT_A_UNIT = re.compile(r"\b(?:được|là|sẽ|đã|đang|cần|phải|các nội dung|nhiệm vụ)\b")


def _prose_fields(text: str) -> dict[str, str]:
    """"Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Y tế huyện thực hiện; hoàn thành trong
    Quý III/2025" → lead, coordinators, timing. The lead is what stands before the verb back to the clause's start
    ("." ":" ";" or an assigning word), and must read as a name (a capital first, no verb of its own)."""
    lead_re, assign, join, joined, deadline, done_by = _prose_patterns()
    out: dict[str, str] = {}
    for m in lead_re.finditer(text):
        before = re.split(r"(?:[.:;!?]|\)|–)\s+|\(\s*|^", text[: m.start()])[-1]  # "… (Văn phòng Đảng ủy chủ trì"
        before = assign.sub("", before).strip(" ,")
        if not before or not before[0].isupper() or len(before.split()) > 16 or _NOT_A_UNIT.search(before):
            continue
        out.setdefault("lead", before)
        j = join.match(text[m.end():]) or joined.match(text[m.end():])
        if j and "coordinators" not in out:
            units = j.group("units")
            close = _unopened_paren(units)
            out["coordinators"] = (units[:close] if close is not None else units).strip(" ,")
    if "lead" not in out:
        for m in done_by.finditer(text):
            unit = m.group("unit") or m.group("given")
            if len(unit.split()) <= 16 and not _NOT_A_UNIT.search(unit):
                out["lead" if m.group("unit") else "executor"] = unit  # in brackets it leads; handed it, does it
                break
    d = deadline.search(text)
    if d:
        out["timing"] = d.group("time").strip()
    return out


def _sentence_head(text: str) -> str:
    """A value written inside prose ends with its sentence, or at "; " before lower-case words (the sentence
    going on); a dot after an abbreviation ("TP. Huế") ends nothing."""
    for m in re.finditer(r"\.(?=\s|$)|;\s+(?=\w)", text):
        word = text[: m.start()].split()[-1] if text[: m.start()].split() else ""
        if m.group().startswith(".") and re.fullmatch(r"[A-ZĐ]{1,3}", word):
            continue
        if m.group().startswith(";") and not text[m.end()].islower():
            continue  # "; Sở B": the list of units goes on
        return text[: m.start()]
    return text


def _unopened_paren(text: str) -> int | None:
    """Where a ")" closes a parenthesis opened before the text, if it does."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return i
            depth -= 1
    return None


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
_PREAMBLE_OPENERS = re.compile(
    r"^(Thực hiện|Triển khai|Căn cứ|Trên cơ sở|Theo|Nhằm|Để|Thi hành|Xét|Được sự|Tiếp tục|Ngày|Hôm nay|Vào hồi)\b")
_CLOSING_OPENERS = re.compile(r"^(Đề nghị|Yêu cầu|Trên đây|Kính đề nghị|Kính báo cáo|Vậy|Nhận được)\b")
# "Số: 12/KH-UBND", "Số: /KH-UBND" (left blank), and a Party document's "Số 14-KH/ĐU" (its type before the slash)
# a legal document's "Số: 12/2026/QĐ-UBND" (its year between number and symbol) read whole
_NUMBER = re.compile(r"\bSố\s*:?\s*([0-9…. ]*?(?:-[A-ZĐ]{1,6})?)\s*/\s*"
                     r"((?:(?:19|20)\d\d\s*/\s*)?[0-9A-ZĐa-zđ][0-9A-ZĐa-zđ\-]*)")
_DATE = re.compile(r"ngày\s*(\d{1,2})?[\s.…]*tháng\s*(\d{1,2})?[\s.…]*năm\s*(\d{4})", re.IGNORECASE)
_NATIONAL = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|CỘNG\s+H(?:ÒA|OÀ)(?:\s+XÃ\s+HỘI)?\b"
                       r"|^\s*CHỦ\s+NGHĨA\s+VIỆT\s+NAM\s*$"  # the motto's name broken over two lines
                       r"|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc|Độc\s+lập\s*[-–—]\s*Tự\s+do"
                       r"|^\s*ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM\s*$",  # a Party document's motto, in the same place
                       re.IGNORECASE)


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
    issuer_body: str = ""  # the issuing body as the letterhead writes it: "ỦY BAN NHÂN DÂN HUYỆN PHÙ MỸ"
    parent_body: str = ""  # the body above it in a two-level letterhead: "UBND TỈNH BÌNH ĐỊNH"
    issued_by: str = ""  # the number of the decision (or letter) that issues this plan: "45/QĐ-UBND"


    @property
    def full_title(self) -> str:
        """'Kế hoạch tuyên truyền … năm 2025 của …', with 'Dự thảo' for drafts: how answers name a plan."""
        title = self.title
        words = title.split()
        k = next((i for i, w in enumerate(words) if not (w.isupper() and len(w) > 1)), len(words))
        if 0 < k < len(words) and self.doc_type:  # "LIÊN TỊCH Phối hợp …", "HÀNH ĐỘNG Thực hiện …": the type's words
            words = [w.lower() for w in words[:k]] + words[k:]
            if words[k][:1].isupper() and words[k][1:2].islower():
                words[k] = words[k][0].lower() + words[k][1:]
            title = " ".join(words)
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

    @property
    def carried(self) -> list[str]:
        """The titles of the plans the document carries in its appendices ("PHỤ LỤC I / KẾ HOẠCH PHỐI HỢP NĂM 2026"
        of an agreement): what a question may name the document by besides its own type and title."""
        return [s.heading for s in self.sections if s.kind == "appendix" and "." not in s.path and s.heading
                and genre().leading_type(s.heading)]

    def breadcrumb(self, path: str) -> list[Section]:
        """The section and its ancestors, outermost first."""
        by_path = self._by_path()
        chain = []
        sec = by_path.get(path)
        while sec is not None:
            chain.append(sec)
            sec = by_path.get(sec.parent) if sec.parent else None
        return list(reversed(chain))

    def resolve(self, name: str) -> str | None:
        """The section a reader's name points at (``resolve_name``), or the one section holding the table or
        figure a caption names ("Biểu số 01", "Bảng 2"); None when no section, or several, answer."""
        found = resolve_name(name, [s.path for s in self.sections],
                             {s.path for s in self.sections if s.kind in (ROW, DATAROW, FIGUREROW) and s.children})
        caption = _CAPTION.match(nfc(name).strip())
        if found or not caption:
            return found
        key = (caption.group(1).casefold(), _ordinal(caption.group(2)) or caption.group(2))
        hits = {s.path for s in self.sections for line in s.lines
                if (m := _CAPTION.match(line)) and (m.group(1).casefold(), _ordinal(m.group(2)) or m.group(2)) == key}
        return hits.pop() if len(hits) == 1 else None

    def find(self, quote: str) -> list[str]:
        """Paths of the sections whose own text contains ``quote`` (normalised)."""
        q = squash(quote)
        return [s.path for s in self.sections if q in squash(s.text)]


ZONE_NAMES = {" ".join(label.split()).casefold(): zone for names in LABELS.values() for zone, label in names.items()}


def _path_key(path: str) -> str:
    """A section name as compared: NFC, case and spacing folded, no final dot, an appendix's number as a number
    ("Phụ lục I." = "PHỤ LỤC 01" = "phụ lục số 1")."""
    key = re.sub(r"\s*\.\s*", ".", " ".join(nfc(path).split())).strip(" .").casefold()  # "II. 3. b" = "II.3.b"
    return _NAMED_NUMERAL.sub(lambda m: f"{m.group(1)} {_ordinal(m.group(2)) or m.group(2)}", key)


# an appendix's or a division's number in any numeral: "Phụ lục I" = "phụ lục 01", "Phần thứ nhất" = "Phần 1"
_NAMED_NUMERAL = re.compile(r"(?:(?<=^)|(?<=\.))(phụ lục|%s)\s+(?:số\s+)?(thứ\s+\w+|[ivxlc]+|\d{1,3})(?=\.|$)"
                            % "|".join(w.casefold() for w in genre().divisions))


# a reader's names with their words: in legal order, innermost first ("điểm b khoản 3 mục II", "khoản 2 Điều 3"),
# or outermost first without separators ("Chương II Điều 3")
_NAME_RANK = {"phụ lục": -1, "phần": 0, "chương": 1, "mục": 2, "tiểu mục": 2.5, "điều": 3, "khoản": 4, "điểm": 5}
_NAMED_LABEL = re.compile(r"(điểm|khoản|tiểu mục|mục|điều|phần|chương|phụ lục)\s+(?:số\s+)?([^\s,;.()]+)",
                          re.IGNORECASE)
_CAPTION = re.compile(r"^(Biểu|Bảng|Phụ biểu|Mẫu)\s+(?:số\s+)?(\d{1,3}|[IVXLC]+)\b", re.IGNORECASE)  # a table's caption
_NAME_SEPARATOR = re.compile(r"\s*[,;(]\s*(?:(?:stt|tt|số thứ tự|mục|điểm|khoản|dòng|nhóm)\s+)?|\)|"
                             r"\s+(?:stt|tt|dòng)\s+|\s+[-–]\s+(?:(?:stt|tt|mục|điểm|dòng)\s+)?", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:mục|điểm|khoản|tiểu mục)\s+(?=[IVXLC\d])", re.IGNORECASE)


def _name_keys(name: str) -> list[str]:
    """A reader's name for a section as written, then with its words for separators as dots: "Phụ lục I, STT 5"
    and "Phụ lục I - mục 5" are "Phụ lục I.5", "mục II.3.b" is "II.3.b"."""
    name = nfc(name).strip()
    for word in genre().doc_types:  # "Kế hoạch, mục II.3": the document's type before the section's name
        if name[: len(word) + 1].casefold().rstrip(" ,:-–") == word.casefold() and len(name) > len(word) + 1:
            name = name[len(word):].lstrip(" ,:-–")
            break
    dotted = _NAME_SEPARATOR.sub(".", name).replace("..", ".").strip()
    keys = [_path_key(name), _path_key(dotted), _path_key(_NAME_WORD.sub("", dotted))]
    named = [(word.lower(), label) for word, label in _NAMED_LABEL.findall(nfc(name))]
    ranks = [_NAME_RANK[w] for w, _ in named]
    if len(named) > 1 and (ranks == sorted(ranks, reverse=True) or ranks == sorted(ranks)):
        ordered = named[::-1] if ranks[0] > ranks[-1] else named  # inner first, as the law writes it, or outer
        for division_mục in (False, True):  # "mục 2": a division "Mục 2", or a plain section "2"
            keys.append(_path_key(".".join(
                label if w in ("điểm", "khoản") or (w in ("mục", "tiểu mục") and not division_mục)
                else f"{w} {label}" for w, label in ordered)))
    return keys


def resolve_name(name: str, paths: list[str], groups: set[str] = frozenset()) -> str | None:
    """The one of ``paths`` a reader's name points at: the path itself, or the one path ending with the name when
    the reader leaves out outer labels the numbers already carry ("2.2.1" for "Phần II.II.2.2.1", "Điều 3" for
    "Chương II.Điều 3"); with words for separators, in legal order, a zone by its label (``_name_keys``), a task
    table's row without its group row (``groups``: the group rows' paths) — closest reading first. None when no
    path, or several, answer to it."""
    by_key = {_path_key(p): p for p in paths}
    zone = ZONE_NAMES.get(_path_key(name))  # "phần đầu văn bản", "signature block": as answers name zones
    if zone in by_key:
        return by_key[zone]
    names = list(dict.fromkeys(_name_keys(name)))
    for key in names:
        if key in by_key:
            return by_key[key]
    tiers = [(p, _path_keys(p, groups)) for p in paths]
    for key in names:
        for tier in range(3):
            hits = {p for p, keys in tiers for k in keys[tier] if k == key or k.endswith("." + key)}
            if hits:
                return hits.pop() if len(hits) == 1 else None
    return None


def _path_keys(path: str, groups: set[str]) -> list[list[str]]:
    """The names a path answers to, closest first, one list per tier: the path (an appendix without a number also
    as "Phụ lục" + its first label: "Phụ lục.I.2" is "Phụ lục I.2"); then without the group rows of a task table
    ("Phụ lục I.II.7" is "Phụ lục I.7": rows numbered through their groups are named without them); then the one
    appendix named with or without its number ("Phụ lục" = "Phụ lục I")."""
    key = _path_key(path)
    exact = [key] + ([_path_key(re.sub(r"^(phụ lục)\.", r"\1 ", key))] if key.startswith("phụ lục.") else [])
    parts = path.split(".")
    dropped = [i - 1 for i in range(1, len(parts)) if ".".join(parts[:i]) in groups]
    grouped = [_path_key(".".join(p for i, p in enumerate(parts) if i not in dropped))] if dropped else []
    numbered = []
    for k in [key, *grouped]:
        m = re.match(r"^phụ lục(?: (\d+))?(?=\.|$)", k)
        if m:
            numbered.append(f"phụ lục{' 1' if m.group(1) is None else ''}{k[m.end():]}")
    return [exact, grouped, numbered]


# ======================================================================================
def parse_file(path: Path) -> ParsedDocument:
    """The file's first document part (most files hold one; see ``parse_parts``)."""
    return parse_parts(path)[0]


def parse_parts(path: Path) -> list[ParsedDocument]:
    """Every document a file holds: a decision and the plan it issues, a letter and the plan it carries."""
    return parse_parts_lines(read_lines(path), name=path.name)


def parse_text(text: str, name: str = "document.txt") -> ParsedDocument:
    return parse_lines(text.split("\n"), name=name)


def parse_lines(raw_lines: list[str], name: str) -> ParsedDocument:
    return parse_parts_lines(raw_lines, name)[0]


def part_name(file_name: str, index: int) -> str:
    """The first part is named by its file ("qd-45.docx"), the next ones "qd-45.docx#2", "#3"."""
    return file_name if index == 0 else f"{file_name}#{index + 1}"


def file_of(document: str) -> str:
    """The corpus file a document part comes from: "qd-45.docx#2" → "qd-45.docx"."""
    return document.split("#", 1)[0]


def _rejoin_hyphens(lines: list[str]) -> list[str]:
    """A word a PDF export broke at the line's end with a hyphen ("côn-" / "g nghệ", "tập-" / "huấn"): one line
    again (blank lines between dropped), the pieces one syllable when they make one, else two words. A dash after
    a space ("Văn hóa -" / "Thể thao") or before a capital ("PT-" / "TH") is no such break."""
    out: list[str] = []
    last = -1  # the last non-blank line kept
    for line in lines:
        prev = out[last] if last >= 0 else ""
        if line and line[:1].islower() and re.search(r"[^\W\d_]-$", prev) and not prev.endswith(" -"):
            head, first = prev[:-1], line.split(" ", 1)[0]
            glue = "" if vietnamese_syllable(fold(head.split(" ")[-1] + first).lower()) else " "
            out[last] = f"{head}{glue}{line}"
            del out[last + 1:]
            continue
        out.append(line)
        if line:
            last = len(out) - 1
    return out


def parse_parts_lines(raw_lines: list[str], name: str) -> list[ParsedDocument]:
    lines = _layout_rows([clean_line(l) for l in _columns(raw_lines)])
    lines = [l for l in lines if not (_is_page_number(l) or _RULE.match(l))]  # page numbers, rules; blanks kept
    lines = _unweave_signing(_rejoin_hyphens(lines))
    wrap = _wrap_width([l for l in lines if l])
    bounds = [*_part_starts(lines), len(lines)]
    docs: list[ParsedDocument] = []
    for i, (start, end) in enumerate(zip(bounds, bounds[1:])):
        doc = _parse_part(lines[start:end], part_name(name, i), wrap)
        if docs:
            _inherit(doc.meta, docs[-1].meta)
        docs.append(doc)
    return docs


_GAP_RE = re.compile(r"\S( {4,}|\t+| +\| +)(?=\S)")


def _column_gap(line: str) -> re.Match | None:
    """The run of spaces between two columns — not a blank left to fill in ("Số:      /KH-VP", "ngày    tháng") —
    or the one bar a two-column table flattened into text leaves between them ("UBND TỈNH X | CỘNG HÒA …"; a
    line of several bars is a table's row)."""
    for m in _GAP_RE.finditer(line):
        if "|" in m.group(1) and line.count("|") != 1:
            continue
        before, after = line[: m.start(1)].rstrip(), line[m.end(1):]
        if not (re.search(r"\b(?:ngày|tháng|năm|Số\s*:?)$", before, re.IGNORECASE)
                or re.match(r"^(?:/|tháng|năm)", after)):
            return m
    return None


def _columns(raw_lines: list[str]) -> list[str]:
    """Two columns set side by side with spaces (a letterhead, "Nơi nhận" beside the signer), as text and PDF
    extraction write them: the left column's lines, then the right one's, block by block."""
    out: list[str] = []
    raw_lines = [nfc(l).replace("\u00a0", " ") for l in raw_lines]
    i, n = 0, len(raw_lines)
    while i < n:
        line = raw_lines[i].rstrip()
        if line.lstrip().startswith("|") or not _column_gap(line):
            out.append(raw_lines[i])
            i += 1
            continue
        left, right, col = [], [], 0
        while i < n and raw_lines[i].strip() and not raw_lines[i].lstrip().startswith("|"):
            line = raw_lines[i].rstrip()
            m = _column_gap(line)
            if m:
                left.append(line[: m.start(1)])
                right.append(line[m.end(1):])
                col = m.end(1)
            elif len(line) - len(line.lstrip()) >= col - 8:
                right.append(line)
            elif line.lstrip().startswith(("-", "+", "•")):  # the left column's list ("Nơi nhận") runs longer
                left.append(line)
            else:
                break
            i += 1
        out.extend(left + right)
    return out


_RECIPIENT = re.compile(r"^[-+•]\s")
_KEPT = re.compile(r"^[-+•]\s*Lưu\b")  # "- Lưu: VT, NC.": the last recipient (ND30)


def _unweave_signing(lines: list[str]) -> list[str]:
    """"Nơi nhận" beside the signer, as a PDF's text layer writes two columns with one space between them:
    "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND các xã, phường; Âu Thị Thanh Hảo". The recipients, then the signer's
    lines, as the columns read; a block that is not so interleaved is left as it is."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = None if not lines[i].startswith("Nơi nhận") else next(
            (j for j in range(i + 1, min(i + 40, len(lines))) if _KEPT.match(lines[j])), None)
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        label = re.match(r"^(Nơi nhận\s*:)\s*(\S.*)$", lines[i])
        head, first = (label.group(1), label.group(2)) if label else (lines[i], "")
        if first and (_RECIPIENT.match(first) or not _signer_column(first)):
            head, first = lines[i], ""  # "Nơi nhận: - Như trên;": the first recipient, on the label's line
        block = lines[i + 1:end + 1]
        recipients, signer, cut_any = [], [first] if first else [], False
        for line in block:
            if _RECIPIENT.match(line):
                cut = None if _KEPT.match(line) else next(
                    (c for c in re.finditer(r"[;,.]\s+", line)
                     if _is_person(line[c.end():]) or _SIGNING.match(line[c.end():])), None)
                if cut:  # "- UBND các xã, phường; Âu Thị Thanh Hảo": the signer's column, on the same line
                    recipients.append(line[:cut.start() + 1])
                    signer.append(line[cut.end():])
                    cut_any = True
                else:
                    recipients.append(line)
            elif line.strip():
                signer.append(line)
        kinds = [bool(_RECIPIENT.match(l)) for l in block if l.strip()]
        woven = first or cut_any or any(not a and b for a, b in zip(kinds, kinds[1:]))  # a signer line, then more
        if not woven:  # recipients first, then the signer: already as the columns read
            out.append(lines[i])
            i += 1
            continue
        while end + 1 < len(lines) and lines[end + 1].strip() and _signer_column(lines[end + 1]) \
                and not (_APPENDIX.match(lines[end + 1]) or _doc_type_of(lines[end + 1])
                         or _attached_title(lines, end + 1)):
            end += 1  # the signer's column going on below the recipients ("KT. GIÁM ĐỐC" set apart by spaces)
            signer.append(lines[end])
        # the titles, then the name under them, however the two columns were interleaved
        signer = [l for l in signer if not _is_person(l)] + [l for l in signer if _is_person(l)]
        out += [head, *recipients, *signer]
        i = end + 1
    return out


def _layout_rows(lines: list[str]) -> list[str]:
    """A letterhead or signature laid out as a table row in text ("| Nơi nhận: … | KT. CHỦ TỊCH<br>… |") is
    layout, as the readers take such tables in Word and PDF files: its cells become lines, row by row."""
    out: list[str] = []
    signing: list[list[str]] | None = None  # the rows of a "Nơi nhận | KT. GIÁM ĐỐC" table, read column by column

    def flush() -> None:
        out.extend(p for col in range(max(len(r) for r in signing))
                   for r in signing if col < len(r) for p in _cell_lines(r[col]))

    for line in lines:
        if line.strip() == "|":  # a web page's table flattened: the cell borders left on lines of their own
            continue
        if line.rstrip().endswith(" |") and line.count("|") == 1:  # "Số: 1589/QĐ-TTg |": a cell's end, on its line
            line = line.rstrip()[:-1].rstrip()
        cells = tables.split_row(line)
        if signing is not None:
            if cells is not None or _GRID_RULE.match(line.strip()):
                signing += [cells] if cells else []
                continue
            flush()
            signing = None
        if cells is not None and len(cells) == 1 and out and (len(tables.split_row(out[-1]) or ()) > 1
                                                              or _GRID_RULE.match(out[-1].strip())):
            out.append(line)  # a row spanning the table it stands in ("PHIÊN THỨ NHẤT: …", a grid's "| A. NHÓM … |"
            continue  # between its borders): the table goes on
        if cells is not None and is_layout_table([[_unmarked(c) for c in cells]], before_title=False):
            if _unmarked(cells[0]).startswith("Nơi nhận") and len(cells) == 2:
                signing = [cells]  # the recipients on the left, the signer on the right: one column, then the other
                if out and _GRID_RULE.match(out[-1].strip()):
                    out.pop()
                continue
            out.extend(p.strip() for c in cells for p in c.split(tables.CELL_BREAK) if p.strip())
        else:
            out.append(line)
    if signing is not None:
        flush()
    return out


_GRID_RULE = re.compile(r"^[+|](?:(?:[-=:]+|\s+)[+|])*?[-=:]+[+|](?:(?:[-=:]+|\s+)[+|])*$")
# a grid table's border line ("+-----+-----+"), or a partial one under a cell that spans rows ("|     +-----+"): its
# segments are runs of "-", "=" or blanks (the spanned cell) between "+" or "|"


def _grid_spanned(rule: str) -> set[int]:
    """The columns a grid border leaves open ("|     +-----+": the first): their cell spans the next row too."""
    return {i for i, seg in enumerate(re.split(r"[+|]", rule.strip())[1:-1]) if not seg.strip()}


def _unmarked(cell: str) -> str:
    """A cell without the emphasis marks of Markdown ("**KT. GIÁM ĐỐC**")."""
    return cell.strip().strip("*_").strip()


def _cell_lines(cell: str) -> list[str]:
    return [p.strip() for p in _unmarked(cell).split(tables.CELL_BREAK) if p.strip()]


def _parse_part(lines: list[str], name: str, wrap: int | None) -> ParsedDocument:
    head_end, meta, header_lines = _read_head(lines)
    # an attached document ("DANH SÁCH … (Kèm theo Quyết định số …)") whose numbered table comes before any heading:
    # its rows are cited under the document's type, as an appendix's are under "Phụ lục"
    builder = _TreeBuilder(wrap, root=meta.doc_type if meta.issued_by else "")
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
    if meta.signer.count(" và ") == 1 and meta.parent_body and meta.issuer == meta.issuer_body:
        # two bodies in the letterhead and two signatures: a joint document of both, not a body and the one above
        meta.issuer = f"{meta.parent_body} và {meta.issuer_body}"
    return ParsedDocument(name=name, meta=meta, sections=builder.sections)


def _wrap_width(lines: list[str]) -> int | None:
    """Line width of a hard-wrapped document (None when lines are whole paragraphs)."""
    if len(lines) < 10:
        return None
    lengths = sorted(len(l) for l in lines)
    p80 = lengths[int(len(lengths) * 0.8)]
    return p80 if p80 <= 110 else None


# --- document parts -------------------------------------------------------------------
# a recipients line with the signer's column after it: a signing title, a person's name, "(Đã ký)"
_BESIDE_RECIPIENTS = re.compile(r"^((?:Nơi nhận\s*:|[-+•].*?[;.]))\s+(\S.*)$")


def _is_person(text: str) -> bool:
    """"Nguyễn Văn An": two to six words, each a capital and lower-case letters."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower())
                                        for w in words)


_RANKED = re.compile(r"^[A-ZĐ]\w* [a-zđ]\w* [A-ZĐ]")  # "Đại tá Nông Quang Thiện": a rank before the name


def _signer_column(text: str) -> bool:
    """What the signer's column holds: a signing title ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "(Đã ký)", a name."""
    return bool(_SIGNING.match(text) or (_is_upper(text) and len(text) >= 4) or _is_person(text)
                or re.fullmatch(r"\([^()]{2,20}\)", text))
_SIGNING = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s")  # "KT. CHỦ TỊCH": signing on behalf of a body
_SIGNED_NOTE = re.compile(r"^\((?:[Đđ]ã ký|[Kk]ý)[^()]{0,40}\)$")  # "(Đã ký)", "(Ký, ghi rõ họ tên)" in a copy


def _signing_title(line: str) -> bool:
    """A line of a signature block above the name: a title ("CHỦ TỊCH") or a copy's "(Đã ký)"."""
    return _is_upper(line) and len(line.split()) <= 6 or bool(_SIGNED_NOTE.match(line))


def _part_starts(lines: list[str]) -> list[int]:
    """Where each document of the file begins: a document-type line after the previous document was signed
    ("Nơi nhận", "KT. CHỦ TỊCH"), together with its own letterhead when it has one."""
    starts, signed, seen_type = [0], False, False
    before = ""  # the last line written
    for i, line in enumerate(lines):
        if not line:
            continue
        previous, before = before, line
        if _APPENDIX.match(previous) and _doc_type_of(line) and line.strip().rstrip(":") != _doc_type_of(line):
            # "PHỤ LỤC I" / "KẾ HOẠCH PHỐI HỢP NĂM 2026": the appendix's title, in the same document (a document's
            # own type line stands alone: "PHỤ LỤC" / "KẾ HOẠCH" / its subject is a plan issued with it)
            continue
        if (_doc_type_of(line) or signed and _attached_title(lines, i)) and i > starts[-1]:
            if signed and seen_type:
                starts.append(_letterhead_start(lines, i, starts[-1]))
                signed = False
            seen_type = True
        elif line.startswith("Nơi nhận") or _SIGNING.match(line):
            signed = seen_type
        elif not seen_type and re.match(r"[|\s]*Số\b", line) and _NUMBER.search(line):
            seen_type = True  # a letter writes no type line: its number ("Số: 512/UBND-VP") heads it
    return starts


_ATTACHED = re.compile(r"^\(?\s*(?:%s)\b" % "|".join(map(re.escape, genre().prose.get("issued_with", ()))),
                       re.IGNORECASE)  # "(Ban hành kèm theo …)", "(Kèm theo Quyết định số …)": a text issued


def _attached_title(lines: list[str], i: int) -> bool:
    """"BỘ TIÊU CHÍ" / its subject / "(Ban hành kèm theo Quyết định số …)" after a signed decision: the document it
    issues, whatever its type's name (a type the genre list lacks: Bộ tiêu chí, Quy định, Danh mục …)."""
    if not _is_upper(lines[i]) or len(lines[i].split()) > 8 or _SIGNING.match(lines[i]) or _APPENDIX.match(lines[i]):
        return False  # "PHỤ LỤC I" / "(Kèm theo Kế hoạch …)": the same document's appendix
    following = [l for l in lines[i + 1:i + 8] if l][:4]
    before = next((l for l in reversed(lines[max(0, i - 3):i]) if l), "")
    if not following or _is_person(following[0]):  # "PHÓ CHỦ TỊCH" over the signer's name: a signature
        return False
    if _is_upper(before) and re.search(r"[^\W\d_]", before):  # "… CỦA TỈNH KHÁNH" + "HÒA": a title's wrapped end
        return False
    return any(_ATTACHED.match(l) for l in following)


def _letterhead_start(lines: list[str], type_idx: int, floor: int) -> int:
    """The first line of the letterhead above a document-type line: uppercase bodies, motto, number and
    date lines — only when a motto, number or date is there (else the uppercase lines above are the previous
    document's signer titles)."""
    i, marked = type_idx, False
    while i - 1 > floor:
        l = lines[i - 1]
        if l and not (_NATIONAL.search(l) or _NUMBER.search(l) or _DATE.search(l) or _is_upper(l)
                      or _DRAFT.match(l)):
            break
        if _SIGNING.match(l):
            break
        marked = marked or bool(l and (_NATIONAL.search(l) or _NUMBER.search(l) or _DATE.search(l)))
        i -= 1
    return i if marked else type_idx


def _inherit(meta: DocumentMeta, before: DocumentMeta) -> None:
    """A plan attached to the decision (or letter) before it: issued by it, of its body and place."""
    if not meta.issued_by and before.number and re.search(
            rf"ban hành|kèm theo|triển khai", before.title, re.IGNORECASE):
        meta.issued_by = before.number
    for attr in ("issuer_body", "parent_body", "place", "signer", "signer_title"):
        if not getattr(meta, attr):
            setattr(meta, attr, getattr(before, attr))
    if not meta.issuer:
        meta.issuer = before.issuer
    if before.year and (meta.year is None or (meta.year == before.year and meta.date == str(meta.year))):
        meta.year, meta.date = before.year, before.date  # a plan dated only by its title's year: its decision's date


# --- head -----------------------------------------------------------------------------
_DRAFT = re.compile(r"^\(?dự thảo\b", re.IGNORECASE)
_TRICH_YEU_MAX = 300  # the longest subject line under a type line ("KẾT LUẬN THANH TRA" / "Việc thực hiện …")
_SUBJECT = re.compile(r"^V/v\s*:?\s*(.*)$", re.IGNORECASE)  # a letter's subject line: its title
_SUBJECT_ABOUT = re.compile(r"^\(?Về (?:việc )?\w")  # the trích yếu under a type line: "Về việc …", "Về giải quyết …"
_ISSUED_WITH = re.compile(r"kèm theo\s+(?:[^\W\d_]+\s+){1,3}?số\s*:?\s*([0-9…. ]*/\s*[0-9A-ZĐa-zđ][\w\-]*)",
                          re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"ngày\s*(\d{1,2})?\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_PLACE_WORD = re.compile(r"^(?:[^\W\d_]+|TP\.|TX\.)$")  # and capitalised: see _place_before


def _is_upper(line: str) -> bool:
    return line.upper() == line and bool(re.search(r"[A-ZĐÀ-Ỹ]{2}", line))


def _subject_block(lines: list[str], j: int) -> bool:
    """Whether the lines from ``j`` are a subject line under the type line ("Thực hiện Nghị quyết số 41/NQ-HĐND …"
    on one to three lines) rather than the opening sentence: a subject stops without a mark before the next
    sentence; an opening sentence ends with ",", ";", ":" or "." before the first heading."""
    block = [lines[j]]
    for l in lines[j + 1: j + 4]:
        if not l or _PREAMBLE_OPENERS.match(l) or _candidates(l):
            break
        block.append(l)
    else:
        return False
    return len(block) <= 3 and not block[-1].rstrip().endswith((",", ";", ":", "."))


def _doc_type_of(line: str) -> str | None:
    """"KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG", "QUYẾT ĐỊNH:": the document-type word a type line starts with."""
    up = line.strip().rstrip(":").strip()
    if not _is_upper(up) or len(up.split()) > 14:
        return None
    for t in genre().doc_types:
        if up == t or up.startswith(t + " "):
            return t
    return None


def _head_lines(lines: list[str]) -> list[str]:
    """Letterhead lines as lines: a two-column letterhead flattened into one line ("ỦY BAN NHÂN DÂN TỈNH X
    CỘNG HÒA XÃ HỘI …", "Số: 12/KH-UBND Bình Định, ngày …") or written as a table row split at its columns."""
    out = []
    for line in lines:
        if line.strip() == "|":  # a web page's table flattened: the cell borders left on lines of their own
            continue
        if line.rstrip().endswith(" |") and line.count("|") == 1:  # "Số: 1589/QĐ-TTg |": a cell's end, on its line
            line = line.rstrip()[:-1].rstrip()
        cells = tables.split_row(line)
        if cells is not None:
            out.extend(p.strip() for c in cells if not tables.is_separator([c])
                       for p in c.split(tables.CELL_BREAK) if p.strip())
            continue
        pieces = [line]
        m = _NATIONAL.search(line)
        if m and (m.start() > 0 or m.end() < len(line)):
            pieces = [line[: m.start()], line[m.start(): m.end()], line[m.end():]]
        for piece in pieces:
            piece = piece.strip()
            n = _NUMBER.search(piece)
            if n and n.start() == 0 and _DATE.search(piece[n.end():]):
                out.extend([piece[: n.end()], piece[n.end():].strip()])
            elif piece or not out:
                out.append(piece)
    return out


def _read_head(lines: list[str]) -> tuple[int, DocumentMeta, list[str]]:
    """Read the letterhead, number, place and date, type and title by their position and shape; return where
    the preamble starts. A document may have no type line (a letter's "V/v …", a title such as "Triển khai …"
    right under the date)."""
    meta = DocumentMeta()
    body_start = next((i for i, l in enumerate(lines[:80]) if l and (_PREAMBLE_OPENERS.match(l) and
                       not _doc_type_of(l) or _candidates(l) and i > 0)), min(len(lines), 80))
    type_idx = next((i for i, l in enumerate(lines[:body_start]) if l and _doc_type_of(l)), None)
    first = next((i for i, l in enumerate(lines[:body_start]) if l), None)
    if type_idx is None and first is not None and _attached_title(lines, first):
        type_idx = first  # "BỘ TIÊU CHÍ" over "(Ban hành kèm theo Quyết định …)": a type the genre list lacks
    if type_idx is None:  # "TÀI LIỆU HỎI - ĐÁP" over "Về giải quyết …": a short type line over its trích yếu
        type_idx = next((k for k in range(first or 0, body_start) if lines[k] and _is_upper(lines[k])
                         and len(lines[k].split()) <= 6 and _SUBJECT_ABOUT.match(
                             next((l for l in lines[k + 1:body_start] if l), ""))), None)
    if type_idx is None:  # the letterhead ends with its last motto, number or date line
        marks = [i for i, l in enumerate(lines[:min(body_start, 16)])
                 if l and (_NATIONAL.search(l) or _NUMBER.search(l) or _DATE.search(l) or _SUBJECT.match(l))]
        if not marks:
            return 0, meta, []
        title_idx = marks[-1] + (0 if _SUBJECT.match(lines[marks[-1]]) else 1)  # "V/v …" opens the title
        k = next((i for i in range(title_idx, body_start) if lines[i]), None)
        after = next((l for l in lines[k + 1:body_start] if l), "") if k is not None else ""
        if k is not None and _is_upper(lines[k]) and len(lines[k].split()) <= 3 and after and not _is_upper(after):
            type_idx, title_idx = k, k + 1  # "THỂ LỆ" over its subject: a type line by its place and shape, a type
            # the genre list lacks
    else:
        title_idx = type_idx + 1
    marks = genre().marks  # "HỎA TỐC" beside the number: how urgent, not who issues
    letterhead = _head_lines([l for l in lines[: type_idx if type_idx is not None else title_idx]
                              if l and l.strip(" *") not in marks])
    _read_letterhead(letterhead, meta, frozenset(" ".join(l.split()) for l in lines[:body_start + 1] if l))
    title_parts: list[str] = []
    if type_idx is not None:
        word = _doc_type_of(lines[type_idx]) or lines[type_idx].strip().rstrip(":")
        meta.doc_type = word.capitalize()
        rest = lines[type_idx].strip().rstrip(":")[len(word):].strip()
        if rest:
            title_parts.append(rest)
    j = title_idx
    typed_only = bool(title_parts) and _is_upper(title_parts[0])  # "CHƯƠNG TRÌNH HÀNH ĐỘNG": the subject may follow
    while j < len(lines):
        l = lines[j]
        if not l:
            j += 1
            continue
        if l.startswith("(") and (re.match(r"^\((?:ban hành\s+)?kèm theo", l, re.IGNORECASE) or _DRAFT.match(l)):
            k = j  # "(Ban hành kèm theo Quyết định số … ngày …" + "của …)": up to its closing parenthesis
            while ")" not in lines[k] and k + 1 < len(lines) and k - j < 3 and lines[k + 1]:
                k += 1
            note = " ".join(lines[j:k + 1])
            _read_issued_with(note, meta)
            letterhead.append(note)
            j = k + 1
            continue
        if _candidates(l) or l.startswith(("-", "+", "•", "|")) or len(l) > (_TRICH_YEU_MAX if typed_only else 200) \
                or re.match(r"^(?:Căn cứ|Kính gửi)", l):  # a table's row ("| TT | Nội dung …") ends the title too
            break
        if title_parts and l.rstrip().endswith(":"):  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" over the recipients:
            break  # whom a telegram or a letter addresses, no part of the title
        number = _NUMBER.match(l)
        if number and title_parts:  # "THỎA THUẬN HỢP TÁC" / its subject / "Số: 09/TTHT-…": the number under the title
            if not meta.number:
                _read_letterhead([l], meta)  # read as a letterhead's number line is
            j += 1
            continue
        opener = _PREAMBLE_OPENERS.match(l) and not (typed_only and _subject_block(lines, j))
        # the trích yếu under a type line is one paragraph however long ("KẾT LUẬN THANH TRA" / "Việc thực hiện …,
        # tại …"); elsewhere a line that long is the preamble's
        if title_parts and (opener or len(title_parts) >= 4 or len(l) > (_TRICH_YEU_MAX if typed_only else 160)
                            or (_is_upper(l) and not _is_upper(title_parts[-1]))):
            break
        typed_only = False
        sub = _SUBJECT.match(l)
        title_parts.append(sub.group(1) if sub else l)
        if sub and not meta.doc_type:
            meta.doc_type = "Công văn"
        j += 1
    j = _read_parties(lines, j, meta)
    at = next((k for k, l in enumerate(letterhead) if _SUBJECT.match(l)), None)
    subject = ""
    if at is not None:  # "V/v triển khai Kế hoạch …" + "(PAR INDEX) năm 2026 …": a subject on two lines
        more = [l for l in itertools.takewhile(
            lambda l: not (_NATIONAL.search(l) or _NUMBER.search(l) or _DATE.search(l) or _is_upper(l)),
            letterhead[at + 1:])]
        subject = " ".join([_SUBJECT.match(letterhead[at]).group(1), *more])
    if subject and not title_parts:  # a letter: its subject line "V/v …" is its title
        title_parts, meta.doc_type = [subject], meta.doc_type or "Công văn"
    elif subject and len(" ".join(title_parts).split()) <= 2:  # "THƯ MỜI BÁO GIÁ" and "V/v mời báo giá dịch vụ số
        title_parts = [*title_parts, "–", subject]                # hóa …": the type's last words say little, the subject what
    meta.title = squash(" ".join(title_parts))
    header_lines = [l for l in lines[:j] if l]
    if not meta.doc_type and meta.number:  # no type line: the number's abbreviation says ("/KH-" a plan)
        word = genre().type_of_symbol(meta.number.rsplit("/", 1)[1])
        meta.doc_type = word.capitalize() if word else ""
    return j, meta, header_lines


_BETWEEN = re.compile(r"^(?:GIỮA|Giữa)\s*:?$")
_AND = re.compile(r"^(?:VÀ|Và|và)\s*:?$")


def _read_parties(lines: list[str], j: int, meta: DocumentMeta) -> int:
    """An agreement's parties under its title ("GIỮA" / "ỦY BAN NHÂN DÂN TỈNH X" / "VÀ" / "BƯU ĐIỆN TỈNH X"): the
    bodies that issue it together, as a joint plan's two letterhead bodies are; where the head ends."""
    k = next((i for i in range(j, min(j + 4, len(lines))) if lines[i]), None)
    if k is None or not _BETWEEN.match(lines[k].strip()):
        return j
    parties: list[list[str]] = [[]]
    k += 1
    while k < len(lines) and (not lines[k] or _is_upper(lines[k])):
        l = " ".join(lines[k].split())
        if _AND.match(l):
            parties.append([])
        elif l:
            parties[-1].append(l)
        k += 1
    names = [" ".join(p) for p in parties if p]
    if len(names) >= 2 and not meta.issuer_lines:
        meta.issuer_lines = names
        meta.parent_body, meta.issuer_body = names[0], names[-1]
    return k


def _read_letterhead(letterhead: list[str], meta: DocumentMeta, elsewhere: frozenset[str] = frozenset()) -> None:
    """Issuer and parent body, number, date and place, draft mark — each recognised by its shape; ``elsewhere``:
    the other lines of the document's head, which may write a wrapped name whole."""
    bodies: list[str] = []
    levels = genre().levels
    for l in letterhead:
        if _DRAFT.match(l):
            meta.draft = True
            continue
        n = _NUMBER.search(l)
        if n and not meta.number:
            num = n.group(1).strip(" .…")
            symbol = re.sub(r"\s+", "", n.group(2))  # "2026 / QĐ-UBND" as "2026/QĐ-UBND"
            meta.number = f"{num or '…'}/{symbol}"
            continue
        d = _DATE.search(l)
        if d and not meta.year:
            _set_date(meta, d.group(1), d.group(2), d.group(3))
            meta.place = _place_before(l[: d.start()])
            k = letterhead.index(l)
            if not meta.place and not l[: d.start()].strip() and k and letterhead[k - 1].rstrip().endswith(","):
                meta.place = _place_before(letterhead[k - 1])  # "Kon Hà," + "ngày 29 tháng 10 năm 2024"
                if bodies and bodies[-1] == " ".join(letterhead[k - 1].split()).strip("-_ "):
                    bodies.pop()
            continue
        if _NATIONAL.search(l) or _SUBJECT.match(l) or not _is_upper(l) or not re.search(r"[A-ZĐÀ-Ỹ]", l):
            continue
        body = " ".join(l.split()).strip("-_ ")
        if bodies and body.startswith(levels) and not any(f" {w} " in f" {bodies[-1]} " for w in levels):
            bodies[-1] = f"{bodies[-1]} {body}"  # "ỦY BAN NHÂN DÂN" / "HUYỆN PHÙ MỸ": one body on two lines
        elif bodies and (len(body.split()) == 1 or f"{bodies[-1]} {body}" in elsewhere):
            bodies[-1] = f"{bodies[-1]} {body}"  # "THỦ TƯỚNG CHÍNH" / "PHỦ": a name its cell wrapped, as the
            # authority line above "Căn cứ" writes it whole
        elif body:
            bodies.append(body)
    if len(bodies) > 2 and not any(f" {w} " in f" {b} " for b in bodies[1:] for w in levels):
        # "ỦY BAN NHÂN DÂN TỈNH X" / "BAN TỔ CHỨC CUỘC THI TRỰC TUYẾN" / "TÌM HIỂU VỀ CCHC VÀ CĐS NĂM 2026": the body
        # above, then the issuer's name on as many lines as it takes (Nghị định 30: two levels at most)
        bodies = [bodies[0], " ".join(bodies[1:])]
    meta.issuer_lines = bodies
    meta.issuer_body = bodies[-1] if bodies else ""
    meta.parent_body = bodies[-2] if len(bodies) > 1 else ""


def _set_date(meta: DocumentMeta, day: str | None, month: str | None, year: str) -> None:
    meta.year = int(year)
    if day and month:
        meta.date = f"{int(day)}/{int(month)}/{year}"
    elif month:
        meta.date = f"tháng {int(month)}/{year}"
    else:
        meta.date = year


def _place_before(text: str) -> str:
    """"Số: /BC-UBND Bình Định" → "Bình Định": the capitalised words just before ", ngày"."""
    words = text.rstrip(" ,").split()
    place: list[str] = []
    while words and _PLACE_WORD.match(words[-1]) and words[-1][0].isupper() and len(place) < 5 \
            and not words[-1].startswith("Số"):
        place.insert(0, words.pop())
    return " ".join(place)


def _read_issued_with(line: str, meta: DocumentMeta) -> None:
    """"(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 12/3/2026 của …)": the issuing document."""
    if _DRAFT.match(line):
        meta.draft = True
    m = _ISSUED_WITH.search(line)
    if not m:
        return
    number, symbol = (p.strip(" .") for p in m.group(1).split("/", 1))
    meta.issued_by = f"{number or '…'}/{symbol}"
    d = _NUMERIC_DATE.search(line) or _DATE.search(line)
    if d and meta.year is None:
        _set_date(meta, *d.groups())


def dated_opening(lines) -> str:
    """The opening line a contract or minutes is dated by ("Hôm nay, thứ Hai, ngày 12 tháng 01 năm 2026, tại …":
    index/data/genre.tsv dated_opener), or ""."""
    openers = genre().prose.get("dated_opener", ())
    return next((l.strip() for l in lines if openers and l.lstrip().startswith(openers) and _DATE.search(l)), "")


def _finish_meta(meta: DocumentMeta, builder: "_TreeBuilder") -> None:
    if not meta.title:
        first = next((s for s in builder.sections if s.lines), None)
        meta.title = first.lines[0][:120] if first else ""
    if meta.year is None:  # a contract's or minutes' date is in its opening line: "Hôm nay, ngày 12 tháng 01 năm 2026"
        pre = builder.get(PREAMBLE)
        d = _DATE.search(dated_opening(pre.lines if pre else ()))
        if d:
            _set_date(meta, *d.groups())
    if meta.year is None:
        m = re.search(r"năm (\d{4})", meta.title)
        if m:
            meta.year = int(m.group(1))
            meta.date = meta.date or m.group(1)
    m = re.search(r"\b(?:của|tại)\s+(.+?)(?:\s+(?:năm|giai đoạn)\s+\d{4}(?:\s*-\s*\d{4})?)?$", meta.title)
    if m or meta.issuer_body:
        named = m.group(1).strip() if m else ""
        # the title's "của X" names the issuer when it is the letterhead's body written out ("… của Văn phòng UBND
        # tỉnh" under "VĂN PHÒNG"); "Kết luận của Phó Chủ tịch … tại Hội nghị …" names whose conclusions, not who
        # issues them: the letterhead's body then
        head = " ".join(fold(meta.issuer_body).split()[:2])
        said = fold(named).split()
        same = not head or head in " ".join(said) or bool(said) and said[0].startswith("".join(w[0] for w in head.split()))
        one = not re.search(r"\b(?:các|những)\b", named, re.IGNORECASE)  # "của Ủy ban nhân dân các xã": whom it is for
        meta.issuer = named if named and same and one else meta.issuer_body  # "UBND huyện …" under "ỦY BAN NHÂN DÂN"
        return
    pre = builder.get(PREAMBLE)
    # the last "<X> ban hành Kế hoạch" of the preamble names the issuer ("…, UBND tỉnh ban hành Kế hoạch …")
    found = re.findall(r"([A-ZĐ][\w ]{2,60}?)\s+(?:ban hành|xây dựng)\s+(?:Kế hoạch|Báo cáo)", pre.text if pre else "")
    if found:
        meta.issuer = found[-1].strip()


def _read_signature(builder: "_TreeBuilder", meta: DocumentMeta) -> None:
    sig = builder.get(SIGNATURE)
    if not sig or not sig.lines:
        return
    titles = list(itertools.takewhile(lambda l: _is_upper(l) and not _doc_type_of(l), sig.lines))
    names = [l for l in sig.lines if _is_person(l) or _is_person(" ".join(l.split()[2:])) and _RANKED.match(l)]
    # two signatures side by side (a joint plan): their titles interleave line by line, so only the names are told
    meta.signer_title = ", ".join(titles) if len(names) < 2 else ""  # "TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH"
    meta.signer = " và ".join(dict.fromkeys(names[:3]))


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


def _ordinal(token: str) -> int | None:
    """"3", "IV", "thứ hai" → 3, 4, 2."""
    if token.isdigit():
        return int(token)
    if token.lower().startswith("thứ"):
        return genre().ordinals.get(token.split()[-1].lower())
    return _roman_value(token.upper())


def _candidates(line: str) -> list[tuple[str, int, str, str]]:
    """Possible (type, ordinal, label, heading text) readings of a heading-like line."""
    out = []
    m = _DIVISION.match(line)
    if m:
        word = next(d for d in genre().divisions if d.lower() == m.group(1).lower())
        tok = m.group(2).lower() if m.group(2).lower().startswith("thứ") else m.group(2).upper()
        ordinal = _ordinal(tok)
        if ordinal:
            out.append((f"division:{word}", ordinal, f"{word} {tok}", m.group(3).strip()))
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
    m = _HEAD_PAREN.match(line) or _HEAD_LETTER_DOT.match(line)
    if m:
        tok, rest = m.group(1), (m.group(2) or "").strip()
        if tok.isdigit():
            out.append((ARABIC, int(tok), tok, rest))
        elif tok in VI_LETTERS:
            out.append((LETTER, VI_LETTERS.index(tok) + 1, tok, rest))
    return out


class _TreeBuilder:
    def __init__(self, wrap: int | None, root: str = ""):
        self.wrap = wrap
        self.root = root  # the label of a numbered table that stands before any heading (see _parse_part)
        self.sections: list[Section] = []
        self._by_path: dict[str, Section] = {}
        self.stack: list[tuple[str, int, Section]] = []  # (type, ordinal, section)
        self.current: Section | None = None
        self.in_closing = False
        self.in_signature = False
        self._raw_last = ""  # the last raw line, for the line-width join rule
        self._footnotes: list[str] = []
        self._table: list[list[str]] = []  # pipe rows not read yet
        self._grid_open = False  # a grid table's row is open: its next line goes on in its cells
        self._grid_first: list[str] = []  # that row's first line
        self._grid_carry: dict[int, str] = {}  # cells a partial border left open: their text, for the next row
        self._row_cells: dict[str, list[str]] = {}  # a task row's cells, for rows continued on the next page
        self._tables = 0
        self._unit_heads: set[str] = set()  # the words the current table's units start with
        self._pending: Section | None = None  # the section whose last line is still being joined
        self._pieces: list[str] = []  # that line's wrapped continuations
        self._listing: tuple[Section, str] | None = None  # a field whose values are listed on the lines below
        self._divisions: dict[str, int] = {}  # the last "Chương", "Điều" … number seen
        self._number: dict[str, tuple[int, ...]] = {}  # a numbered section's decimal number: "2.1" → (2, 1)
        self._numbered_on: dict[str, tuple[str, int]] = {}  # a section → (type, number) of its sibling's last item
        self._body_stack: list | None = None  # the numbering a closing paragraph without "./." interrupted
        self._body_back: tuple[Section, int] | None = None  # the section before it, and where the closing stood

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
        self._flush_line()
        self._flush_footnotes()
        self.current = self.get(name) or self._new(Section(path=name, label=name, kind="zone", heading=""))

    def add_zone_line(self, line: str) -> None:
        self.current.lines.append(line)

    # -- one raw line at a time ----------------------------------------------------------
    def feed(self, line: str) -> None:
        cells = tables.split_row(line)
        if cells is not None:  # rows are read once the whole table is in (it may run over pages)
            row = self._grid_row(cells) if self._grid_open or self._table[-1:] == [["---"]] else cells
            if row is not None:
                self._table.append(row)
            return
        if _GRID_RULE.match(line.strip()):  # a grid table's border ("+-----+", "+=====+" under its header)
            self._grid_border(_grid_spanned(line))
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
        if self.in_signature and line.startswith("Nơi nhận"):  # the recipients under the signatures: the closing's
            self.in_signature, self.in_closing = False, True
            self.zone(CLOSING)
            self.current.lines.append(line)
            return
        if self.in_signature:
            self.current.lines.append(line)
            return
        if line.startswith("Nơi nhận"):
            self._body_stack = None  # the recipients: the text has ended
        if self.in_closing and self._body_stack:
            self.stack, kept = self._body_stack, self.stack
            heading = self._match_heading(line)
            if heading and heading[2] > 1:  # "B. PHƯƠNG HƯỚNG" after "Trên đây là kết quả …": the body goes on,
                self._flush_line()        # and that paragraph was the last section's
                (before, n), closing = self._body_back, self.get(CLOSING)
                before.lines.extend(closing.lines[n:])
                del closing.lines[n:]
                if not closing.lines:  # made again, in its place, when the text really ends
                    self.sections.remove(closing)
                    del self._by_path[CLOSING]
                self.in_closing, self._body_stack = False, None
            else:
                self.stack = kept
                if self._continues(line):  # the closing paragraph hard-wrapped: its next piece
                    self.current.lines[-1] = f"{self.current.lines[-1]} {line}"
                    self._raw_last = line
                    return
        if self.in_closing:
            self._feed_closing(line)
            return
        if line.startswith("Nơi nhận"):
            self.in_closing = True
            self.zone(CLOSING)
            self.current.lines.append(line)
            return
        if _SIGNING.match(line) and _is_upper(line):  # "TM. ỦY BAN NHÂN DÂN" with no "Nơi nhận": a plan a
            self.in_signature = True                   # decision carries is often signed so
            self.zone(SIGNATURE)
            self.current.lines.append(line)
            return
        heading = self._match_heading(line)
        if heading and (heading[1] == ARABIC and self._continues(line) and _NUMBER_WORD_END.search(self._raw_last)
                        or heading[1] == ROMAN and _QUARTER_WORD_END.search(self._raw_last or "")):
            heading = None  # "… Nghị quyết số" + "12. …", "… thời gian: Quý" + "III - IV/2026.": a number broken off
        if heading:
            self._open(*heading, line)
        elif (_BULLET.match(line) and not self._range_tail(line)) or not self.current.lines \
                or not self._continues(line):
            self._start_line(line)
        else:
            self._append_to_last(line)
        self._raw_last = line

    def _continues(self, line: str) -> bool:
        """Is ``line`` the rest of a sentence broken by a hard line break?"""
        if not self.current or not self.current.lines:
            return False
        if _BULLET.match(line):
            return self._range_tail(line)
        prev = self._raw_last
        if not prev:
            return False
        first = line[0]
        if first.islower():  # a lower-case start continues anything but a finished sentence
            return not prev.endswith((".", "!", "?"))
        if re.search(rf"{_LABEL}\s*:$", prev, re.IGNORECASE) and not _FIELD.match(line):
            return True  # "…; thời gian:" + "Thường xuyên.": a field's value on the next line
        if re.search(r"\s[-–—]$", prev):
            return True  # "Quý III -" + "IV/2026"
        if prev.endswith((",", ";")) and _FIELD.match(_BULLET.sub("", prev, count=1)) and not _FIELD.match(line):
            return True  # "- Phối hợp: Sở A; Sở B;" + "Trung tâm C.": a field's list of units goes on
        if prev.endswith(_TERMINAL) or _FIELD.match(line):
            return False
        if first in "“”\"'(«":
            return True
        if first.isdigit() and not _candidates(line) and not _DECIMAL.match(line):
            return True  # a figure going on; a decimal heading "2.1. …" never does
        return bool(self.wrap and len(prev) >= 0.72 * self.wrap)

    def _range_tail(self, line: str) -> bool:
        """"Quý III" + "- IV/2026": a range broken before its dash, not a bullet (no item starts "IV/2026")."""
        return bool(self._raw_last and not self._raw_last.endswith(_TERMINAL)
                    and re.match(r"^[-–]\s*(?:(?:[IVX]+|\d{1,2})/\d{4}|\d{4})\b", line))

    def _match_heading(self, line: str):
        m = _DECIMAL.match(line)
        if m:
            return self._match_decimal(tuple(int(p) for p in m.group(1).split(".")), (m.group(2) or "").strip())
        for typ, ordinal, label, rest in _candidates(line):
            # continue an open list: the next number (or one after, as drafts skip items)
            for depth in range(len(self.stack) - 1, -1, -1):
                t, o, _ = self.stack[depth]
                if t == typ and 1 <= ordinal - o <= (3 if typ == LETTER else 2):
                    return depth, typ, ordinal, label, rest
            # chapters and articles are numbered through the whole text: "Chương III" opens Phần II
            last = self._divisions.get(typ)
            if last is not None and 1 <= ordinal - last <= 2:
                depth = 0
                while depth < len(self.stack) and _TYPE_ORDER[self.stack[depth][0]] < _TYPE_ORDER[typ]:
                    depth += 1
                return depth, typ, ordinal, label, rest
            # or go on with the numbers the section before this one used: tasks numbered through the text
            # ("I." 1, 2; "II." 3, 4), the first heading under a section that has none yet
            if self.stack and not self.stack[-1][2].children \
                    and self._numbered_on.get(self.stack[-1][2].path) == (typ, ordinal - 1):
                return len(self.stack), typ, ordinal, label, rest
            # or start a new, deeper list at its first item
            if ordinal == 1:
                inner = self.stack[-1][0] if self.stack else None
                if inner is None or _TYPE_ORDER[typ] > _TYPE_ORDER[inner]:
                    return len(self.stack), typ, ordinal, label, rest
        return None

    def _match_decimal(self, number: tuple[int, ...], rest: str):
        """"2.1.3. …" goes under the open section numbered 2.1 (itself "2.1." or "1." under "2."), as its item 3.
        "2.1." right under "II." (or "Phần 2") is that section's item, labelled as written: "II.2.1"."""
        for depth in range(len(self.stack) - 1, -1, -1):
            typ, ordinal, sec = self.stack[depth]
            written = len(number) == 2 and (typ == ROMAN or typ.startswith("division:")) and ordinal == number[0]
            if written or self._number.get(sec.path) == number[:-1]:
                label = ".".join(map(str, number)) if written else str(number[-1])
                typ = _decimal_type(len(number))
                sibling = self.stack[depth + 1] if depth + 1 < len(self.stack) else None
                if sibling and sibling[0] == typ:
                    if not 1 <= number[-1] - sibling[1] <= 2:
                        return None
                elif number[-1] > 2:
                    return None
                return depth + 1, typ, number[-1], label, rest
        return None

    def _open(self, depth: int, typ: str, ordinal: int, label: str, rest: str, line: str) -> None:
        self._flush_line()
        self._flush_footnotes()
        before = self.stack
        self.stack = self.stack[:depth]
        parent = self.stack[-1][2] if self.stack else None
        path = f"{parent.path}.{label}" if parent else label
        sec = self._new(Section(path=path, label=label, kind=typ, heading=rest, lines=[line],
                                parent=parent.path if parent else None))
        if parent:
            parent.children.append(sec.path)
        if len(before) > depth + 1 and before[depth][0] == typ:  # the items its sibling section ended with
            self._numbered_on[sec.path] = before[depth + 1][:2]
        self.stack.append((typ, ordinal, sec))
        self.current = sec
        self._pending = sec
        if typ.startswith("division:"):
            self._divisions[typ] = ordinal
        if typ == ARABIC or typ.startswith("decimal"):  # what a decimal heading "1.2." is found under
            above = self._number.get(parent.path, ()) if parent and typ != ARABIC else ()
            if "." in label:  # "2.1" under "II."
                above = tuple(int(p) for p in label.split(".")[:-1])
            self._number[sec.path] = (*above, ordinal)

    def _start_line(self, line: str) -> None:
        self._flush_line()
        if self.current.kind == APPENDIX and not self.current.heading and not line.startswith("("):
            self.current.heading = line  # "PHỤ LỤC I" + "DANH MỤC NHIỆM VỤ …"
        if self._is_closing_paragraph(line):
            self.in_closing = True
            before = self.current
            self.zone(CLOSING)  # "Trên đây là …" without "./.": the numbering may yet go on
            self._body_stack, self._body_back = self.stack, (before, len(self.current.lines))
        self.current.lines.append(line)
        self._pending = self.current

    def _append_to_last(self, line: str) -> None:
        """A wrapped line: kept as a piece and joined once its logical line ends (linear in the line count)."""
        sec = self.current
        if self._pending is not sec:
            self._flush_line()
            self._pending = sec
        if sec.kind != "zone" and len(sec.lines) > 1 and line.rstrip().endswith("./.") \
                and _CLOSING_OPENERS.match(sec.lines[-1]) and not _BULLET.match(sec.lines[-1]):
            # a closing paragraph ("Đề nghị … thực hiện./.") that was read as body text
            self._pieces.append(line)
            joined = " ".join([sec.lines.pop(), *self._pieces])
            self._pieces, self._pending = [], None
            self.in_closing = True
            self.zone(CLOSING)
            self.current.lines.append(joined)
            return
        self._pieces.append(line)

    def _flush_line(self) -> None:
        """End the logical line being built: join its pieces, then read the fields it gives."""
        sec, self._pending = self._pending, None
        if sec is None:
            return
        if self._pieces:
            rest = " ".join(self._pieces)
            sec.lines[-1] = f"{sec.lines[-1]} {rest}"
            if len(sec.lines) == 1 and sec.kind != "zone":
                sec.heading = f"{sec.heading} {rest}".strip()
            self._pieces = []
        self._field(sec, sec.lines[-1])
        if sec.kind != "zone" and sec.lines[-1].endswith("./.") and not self.in_closing:
            self.in_closing = True  # "./." ends a document's text: what follows is outside its numbering
            self.zone(CLOSING)

    def _is_closing_paragraph(self, text: str) -> bool:
        """"Trên đây là Kế hoạch …" whatever its end (a copy may lose the "./."); "Đề nghị …./." by its end."""
        return text.startswith(genre().closers) or (bool(_CLOSING_OPENERS.match(text))
                                                   and text.rstrip().endswith("./."))

    def _field(self, sec: Section, line: str) -> None:
        """The fields a line gives: a field line ("- Đơn vị chủ trì: …") or labels written inside a sentence."""
        if sec.kind == "zone":
            return
        body = _BULLET.sub("", line, count=1) if _BULLET.match(line) else line
        found = list(_INLINE_FIELD.finditer(body))
        listed, self._listing = self._listing, None
        if not found:
            if listed and listed[0] is sec and _BULLET.match(line):  # "- Phối hợp:" + "+ Sở A;" + "+ Sở B."
                kind, value = listed[1], body.strip().rstrip(".;,").strip()
                sec.fields[kind] = f"{sec.fields[kind]}; {value}" if sec.fields.get(kind) else value
                sec.field_lines[kind] = line
                self._listing = listed
                return
            self._prose(sec, body, line)
            return
        if not body[found[-1].end():].strip() and found[-1].start("label") == 0:
            self._listing = (sec, field_kind(found[-1].group("label")))  # its values follow, one a line
        if found and found[0].start("label") > 0 and len(sec.lines) == 1 and sec.kind != "zone":
            cut = sec.heading.find(body[found[0].start("label"):found[0].end()].strip())
            if cut > 0:  # "2.2.3. Tái cấu trúc …; đơn vị chủ trì: …": the task is named before its fields
                sec.heading = sec.heading[:cut].rstrip(" ;,.(–-")
        for i, m in enumerate(found):
            inline = m.start("label") > 0
            if inline and m.group("label").lower() in ("kết quả", "thực hiện"):
                continue  # "…, kết quả: …" in a report's prose is no field
            value = body[m.end(): found[i + 1].start() if i + 1 < len(found) else len(body)]
            if inline:
                value = _sentence_head(value)
                close = _unopened_paren(value)
                if close is not None:  # "(đơn vị chủ trì: Sở X; thời gian: Quý III/2026)"
                    value = value[:close]
            value = value.strip().rstrip(".;,").strip()
            if not value:
                continue
            kind = field_kind(m.group("label"))
            if kind in sec.fields and sec.field_lines.get(kind) != line:
                value = f"{sec.fields[kind]}; {value}"
            sec.fields[kind] = value
            sec.field_lines[kind] = line
        self._prose(sec, body, line)

    @staticmethod
    def _prose(sec: Section, body: str, line: str) -> None:
        """Fields the line gives in prose, where no labelled field gave them: only a task's own sentence (its
        heading line or the one after it), never one bullet among several, which would speak for the whole."""
        if len(sec.lines) > 2 or _BULLET.match(line):
            return
        for kind, value in _prose_fields(body).items():
            if kind not in sec.fields and not (kind == "coordinators" and "lead" in sec.field_lines
                                               and sec.field_lines["lead"] != line):
                sec.fields[kind] = value
                sec.field_lines[kind] = line

    def _feed_closing(self, line: str) -> None:
        sec = self.current
        sig = self.get(SIGNATURE)
        if sig is not None and _is_person(line):  # the signer's name under a column set apart above
            sig.lines.append(line)
            return
        m = _BESIDE_RECIPIENTS.match(line)
        if m and _signer_column(m.group(2)) and (line.startswith("Nơi nhận") or any(l.startswith("Nơi nhận") for l in sec.lines)):
            # the signer's column run into the recipients' ("- Các sở, ban, ngành; Ngô Thanh Sơn"): set apart
            line = m.group(1)
            sig = self.get(SIGNATURE) or self._new(Section(path=SIGNATURE, label=SIGNATURE, kind="zone", heading=""))
            sig.lines.append(m.group(2))
        is_title = line.upper() == line and re.search(r"[A-ZĐ]{2}", line) and not line.startswith(("-", "+"))
        if is_title and (any(l.startswith("Nơi nhận") for l in sec.lines) or _SIGNING.match(line)):
            self.in_signature = True
            self.zone(SIGNATURE)
            self.current.lines.append(line)
            return
        titles = list(itertools.takewhile(_signing_title, reversed(sec.lines)))
        if sig is None and titles and _is_person(line) and sec.kind == "zone":
            # "GIÁM ĐỐC" / "Đào Minh Khiêm" after the closing, no "Nơi nhận" nor "KT." before: the signature
            self.in_signature = True
            self.zone(SIGNATURE)
            del sec.lines[len(sec.lines) - len(titles):]
            self.current.lines.extend([*reversed(titles), line])
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
        self._open_division(f"{APPENDIX_PATH} {number}" if number else APPENDIX_PATH, rest.strip(), [line])

    def _open_division(self, path: str, heading: str, lines: list[str]) -> None:
        """A top division outside the numbering ("Phụ lục I", an attached list's "Danh sách"): what follows is its."""
        self._flush_line()
        self._flush_footnotes()
        self.in_closing = self.in_signature = False
        sec = self._new(Section(path=path, label=path, kind=APPENDIX, heading=heading, lines=lines))
        self.stack = [(APPENDIX, 0, sec)]
        self.current = sec
        self._raw_last = lines[-1] if lines else ""

    def _rooted(self) -> bool:
        """A numbered table in the preamble of an attached document: open the division its rows are cited under."""
        if not self.root or self.current.path != PREAMBLE or self.stack:
            return False
        self._open_division(self.root, "", [])
        return True

    def _bare_signature(self) -> None:
        """A text ending "CHỦ TỊCH" / "Lục Văn Thiêm" with no "TM." or "Nơi nhận" before it (a decision of the
        Chairman himself): those lines are the signature, not the last section's."""
        if self.get(SIGNATURE) is not None or not self.sections:
            return
        last = self.sections[-1]
        lines = last.lines
        if last.kind == "zone" or len(lines) < 3 or not _is_person(lines[-1]):
            return
        titles = list(itertools.takewhile(_signing_title, reversed(lines[:-1])))
        if not titles or len(titles) >= len(lines) - 1:
            return
        block = lines[len(lines) - 1 - len(titles):]
        del lines[len(lines) - 1 - len(titles):]
        self.zone(SIGNATURE)
        self.current.lines.extend(block)

    def _grid_border(self, spanned: set[int]) -> None:
        """A grid border ends a row; the cells it leaves open (a cell spanning rows) go on into the next row."""
        last = next((r for r in reversed(self._table) if r != ["---"]), None)
        self._grid_carry = {col: last[col] for col in spanned if last and col < len(last) and last[col]}
        self._grid_open = False
        self._table.append(["---"])  # the table goes on past it, as past Markdown's "|---|" line

    def _grid_row(self, cells: list[str]) -> list[str] | None:
        """A grid table's line: the lines between two borders are one row, each cell's lines wrapped by its width
        (joined as a PDF cell's forced breaks are); a cell spanned from the row above gets that row's text, as a
        merged Word cell is read in each row it covers. A line filling every cell the row's first line filled is a
        row of its own (a grid drawing its borders only under the header and at the end). None when the line went
        into the row above."""
        goes_on = any(f and col < len(cells) and not cells[col] for col, f in enumerate(self._grid_first))
        if self._grid_open and goes_on and self._table and self._table[-1] != ["---"]:
            row = self._table[-1]
            for col, c in enumerate(cells):
                if col >= len(row):
                    row.append(c)
                elif c:
                    row[col] = f"{row[col]}{tables.CELL_WRAP}{c}" if row[col] and row[col] != self._grid_carry.get(col) else c
            return None
        self._grid_open, self._grid_first = True, cells
        return [self._grid_carry.get(col, "") if not c else c for col, c in enumerate(cells)]

    def _flush_table(self) -> None:
        self._flush_line()
        self._grid_open, self._grid_carry = False, {}
        rows, self._table = [r for r in self._table if not tables.is_separator(r)], []
        # a row spanning the table written in every cell ("| I. TẬP THỂ | I. TẬP THỂ | I. TẬP THỂ |", as converters
        # write a merged row): written once, the rest spanned (as the .docx reader gives it)
        rows = [[r[0]] + [tables.CELL_SPANNED] * (len(r) - 1) if len(r) > 2 and r[0].strip() and len(set(r)) == 1
                else r for r in rows]
        self._raw_last = ""  # the next line starts afresh, whatever the last cell held
        if not rows:
            return
        unspan = lambda row: [c.replace(tables.CELL_SPANNED, "") for c in row]  # noqa: E731
        spanned = tables.spans(rows[0])
        header, body = unspan(rows[0]), []
        if len(rows) > 1:
            rows[1] = unspan(rows[1]) if tables.header_goes_on(header, unspan(rows[1]), spanned) else rows[1]
        header_rows = [[squash(c) for c in header]]
        if len(rows) > 1 and tables.header_goes_on(header, rows[1], spanned):
            # "Thời gian thực hiện" over "Quý I | Quý II | …", "Phân công" over "Chủ trì | Phối hợp": the lower
            # row names the columns (a header cell merged across them is written once, or once and then empty);
            # a part that is only a number or a mark ("1", "(2)") is that part of the cell above it
            header_rows.append([squash(c) for c in rows[1]])
            header = [(f"{spanned[i]} {b}" if i in spanned and b and not re.search(r"[^\W\d_]", b) else b) or a
                      for i, (a, b) in enumerate(itertools.zip_longest(header, rows[1], fillvalue=""))]
            rows = [header] + rows[2:]
        header_rows.append([squash(c) for c in header])
        for row in rows[1:]:
            if [squash(c) for c in unspan(row)] in header_rows or tables.is_numbering_row(unspan(row)):
                continue  # the header (each of its rows) repeated on each page, or the "(1) | (2)" row
            if tables.looks_like_header(unspan(row)):  # another table right after this one
                self._table_block(header, body)
                header, body = unspan(row), []
                continue
            body.append(row)
        self._table_block(header, body)

    def _table_block(self, header: list[str], body: list[list[str]]) -> None:
        kinds = tables.column_kinds(header)
        self._unit_heads = tables.unit_heads([c for row in body for c, k in zip(row, kinds) if k in tables.UNIT_KINDS])
        if not tables.is_task_table(kinds, body):  # data: each row a line with its header's labels
            head = [tables.cell_text(h) for h in header]
            numbered = tables.numbered_rows(kinds, body) and (self.current.kind != "zone" or self._rooted())
            self.current.lines.append(tables.DATA_TABLE_HEAD + " | ".join(head))
            if numbered and not tables.figure_table(kinds, body):  # provisions: each row a section, nothing more
                self._data_rows(self.current, header, kinds, body)
                return
            for row in body:
                cells = [tables.cell_text(c.replace(tables.CELL_SPANNED, "")) for c in row]
                if tables.is_caption_row(cells):
                    self.current.lines.append(cells[0])
                    continue
                pairs = ", ".join(f"{h}: {c}" for h, c in zip(head[1:], cells[1:]) if c)
                self.current.lines.append(f"{cells[0]} ({pairs})" if cells and cells[0] and pairs
                                          else cells[0] if cells and cells[0] else pairs)
            if numbered:  # figures, read across rows in the section; each row also a section, to be cited by
                self._data_rows(self.current, header, kinds, body, quiet=True)
            return
        base = self.stack[-1][2] if self.stack and not (self.in_closing or self.in_signature) else None
        if base is None:  # a task table outside the numbering: "Bảng 1", "Bảng 2"
            self._tables += 1
            path = f"{TABLE_PATH} {self._tables}"
            base = self._new(Section(path=path, label=path, kind=TABLE, heading="",
                                     lines=[" | ".join(tables.cell_text(h) for h in header)]))
        item = None
        groups: list[tuple[str, Section]] = []  # the open group rows, outermost first, with their numbering
        numbered = 0  # items so far, for a table with no STT column
        merged: dict[int, str] = {}  # a lead cell merged down a group's rows: the rows under it left empty
        for cells in body:
            spanned = {col for col, c in enumerate(cells) if c == tables.CELL_SPANNED}  # by a cell to its left
            cells = [c.replace(tables.CELL_SPANNED, "") for c in cells]
            row = tables.read_row(cells, kinds, numbered + 1)
            if row.kind == "caption":  # the title of the rows below it: a line of the section they stand in
                (groups[-1][1] if groups else base).lines.append(tables.cell_text(cells[0]))
                continue
            if row.kind == "total":  # "Tổng cộng | 29 | 3.779": a line of the section the table stands in
                head = [tables.cell_text(h) for h in header]
                if pairs := ", ".join(f"{h}: {tables.cell_text(c)}" for h, c in zip(head, cells) if c):
                    base.lines.append(f"({pairs})")
                continue
            numbered += row.kind == "item"
            cells = row.cells
            if row.kind == "group":
                merged = {}
            elif row.kind in ("item", "sub"):
                cells = list(cells)
                for col, k in enumerate(kinds):
                    if k in ("lead", "executor") and col < len(cells) and col not in spanned:
                        if cells[col]:
                            merged[col] = cells[col]
                        elif col in merged:
                            cells[col] = merged[col]
            if row.kind == "more":  # no STT: the row above, continued (a page break inside it)
                if item is not None:
                    merged = [f"{a}{tables.CELL_BREAK}{b}" if a and b else a or b
                              for a, b in zip(self._row_cells[item.path], cells)]
                    self._fill_row(item, header, kinds, merged)
                continue
            parent, path, scheme = self._row_place(row, groups, item, base)
            sec = self._new(Section(path=path, label=row.label, kind=ROW, heading="", parent=parent.path))
            parent.children.append(sec.path)
            self._fill_row(sec, header, kinds, cells)
            if row.kind == "group":
                item = None
                groups.append((scheme, sec))
            elif row.kind == "item":
                item = sec

    def _data_rows(self, base: Section, header: list[str], kinds: list[str | None], body: list[list[str]],
                   quiet: bool = False) -> None:
        """A table of data whose STT column numbers its rows ("1", "1.1", "2.5.1"; "I", "II" over them) carries an
        outline, as numbered lines do: each row is a section under the one holding the table, so that "tiêu chí
        2.5.1", "Phụ lục, STT 5" is cited and found as written; the section keeps the table's header line (and, for a
        table of figures, ``quiet``, its rows as well: they are read across). A row is no task (``DATAROW``),
        whatever its cells say."""
        head = [tables.cell_text(h) for h in header]
        groups: list[tuple[str, Section]] = []
        item: Section | None = None  # the last numbered row: the parent of its lettered rows "a", "b"
        for cells in body:
            cells = [c.replace(tables.CELL_SPANNED, "") for c in cells]
            row = tables.read_row(cells, kinds)
            if row.kind == "item" and tables.group_label(row.label):  # "I | LÃNH ĐẠO BAN CHỈ ĐẠO" over rows 1, 2 …:
                row = tables.Row(row.label, "group", row.cells)  # a data row's cells never make it a task
            if row.kind in ("caption", "more", "total"):  # no number: a title of the rows below, a total ("Tổng cộng | 100")
                if quiet:  # a table of figures keeps them in its own lines already
                    continue
                if row.kind == "caption":
                    (groups[-1][1] if groups else base).lines.append(tables.cell_text(cells[0]))
                elif pairs := ", ".join(f"{h}: {tables.cell_text(c)}" for h, c in zip(head, cells) if c):
                    base.lines.append(f"({pairs})")
                continue
            cells = row.cells  # a group row titled in its number cell ("I. TẬP THỂ"): its title moved to the content
            content = next((tables.cell_text(c) for c, k in zip(cells, kinds) if k == tables.CONTENT and c), "")
            if row.kind == "item" and item is not None and row.label == item.label and content == item.heading:
                # its number and name merged down two rows ("4 | Phường Tân Bích" over two addresses): one row,
                # each cell with what both rows write
                cells = [a if not b or b == a else f"{a}; {b}" if a else b
                         for a, b in itertools.zip_longest(self._row_cells[item.path], cells, fillvalue="")]
                del item.lines[1:]
                sec = item
            else:
                parent, path, scheme = self._row_place(row, groups, item, base)
                sec = self._new(Section(path=path, label=row.label, kind=FIGUREROW if quiet else DATAROW,
                                        heading=content, parent=parent.path, lines=[f"{row.label}. {content}".strip()]))
                parent.children.append(sec.path)
                if row.kind == "group":
                    groups.append((scheme, sec))
                elif row.kind == "item":
                    item = sec
            self._row_cells[sec.path] = cells
            sec.lines += [f"- {h}: {tables.cell_text(c)}" for h, c, k in zip(head, cells, kinds)
                          if c and k not in (tables.STT, tables.CONTENT)]

    def _row_place(self, row: "tables.Row", groups: list[tuple[str, Section]], item: Section | None,
                   base: Section) -> tuple[Section, str, str]:
        """(parent, path, numbering scheme of a group row) of a table's numbered row: a group row ("A. CẤP TỈNH"
        over "I. Lĩnh vực …") nests under the open groups of another numbering, as headings do (``groups`` is cut
        back to its parent); a lettered row stands under the last item; "1.2" under row "1" of its group."""
        scheme = ""
        if row.kind == "group":
            scheme = tables.group_scheme(row.label, [(sc, sec.label) for sc, sec in groups])
            del groups[next((i for i, (sc, _) in enumerate(groups) if sc == scheme), len(groups)):]
            parent = groups[-1][1] if groups else base
        elif row.kind == "sub" and item is not None:
            parent = item
        else:
            parent = groups[-1][1] if groups else base
            if "." in row.label:  # "1.2" under row "1"
                parent = self.get(f"{parent.path}.{row.label.rsplit('.', 1)[0]}") or parent
        group = groups[-1][1] if groups else base
        path = f"{group.path}.{row.label}" if row.kind == "item" else f"{parent.path}.{row.label}"
        return parent, path, scheme

    def _fill_row(self, sec: Section, header: list[str], kinds: list[str | None], cells: list[str]) -> None:
        """A task row as an activity: "3. <task>", then "- <column>: <value>" lines and the fields."""
        self._row_cells[sec.path] = cells
        content = next((tables.cell_text(c) for c, k in zip(cells, kinds) if k == tables.CONTENT and c), "")
        sec.heading = content
        sec.lines = [f"{sec.label}. {content}".strip()]
        sec.fields, sec.field_lines = {}, {}
        periods = [tables.cell_text(h) for h, k, c in zip(header, kinds, cells) if k == tables.MARK and c
                   and tables.marked(c)]
        if periods:  # "x" under "Quý II" and "Quý III": its time, as a timing field
            cells = [c for c, k in zip(cells, kinds) if k != tables.MARK]
            header, kinds = ([h for h, k in zip(header, kinds) if k != tables.MARK],
                             [k for k in kinds if k != tables.MARK])
            sec.lines.append(f"- Thời gian thực hiện: {', '.join(periods)}")
            sec.fields["timing"] = ", ".join(periods)
            sec.field_lines["timing"] = sec.lines[-1]
        for h, k, c in zip(header, kinds, cells):
            if not c or k in (tables.STT, tables.CONTENT, tables.MARK):
                continue
            value = tables.unit_list(c, self._unit_heads) if k in tables.UNIT_KINDS else tables.cell_text(c)
            line = f"- {tables.cell_text(h)}: {value}"
            if k == "timing" and re.fullmatch(r"\d{1,2}|[IVX]{1,4}", value):  # "6" under "Tháng": "Tháng 6"
                value = f"{tables.cell_text(h)} {value}"
            sec.lines.append(line)
            if k and k != "note":
                sec.fields[k] = f"{sec.fields[k]}; {value}" if k in sec.fields else value
                sec.field_lines[k] = line
        if not any(k in sec.fields for k in ("lead", "executor")):  # the task cell says who, in prose: a cell
            for kind, value in _prose_fields(content).items():  # spanning the unit columns "(do UBND xã tổ chức)"
                if kind not in sec.fields:
                    sec.fields[kind], sec.field_lines[kind] = value, sec.lines[0]

    def finish(self) -> None:
        if self._table:
            self._flush_table()
        self._flush_line()
        self._flush_footnotes()
        self._bare_signature()
        for sec in self.sections:  # "Đài PT&TH tỉnh (52 số/năm)": a count is no part of a unit's name
            output = sec.fields.get("output", "")
            if "frequency" not in sec.fields and _RATE.match(output):  # a product column saying "02 số/tháng"
                sec.fields["frequency"] = output
                sec.field_lines["frequency"] = sec.field_lines.get("output", "")
            for kind in ("lead", "executor"):
                m = _FREQ_IN_LEAD.search(sec.fields.get(kind, ""))
                if m:
                    sec.fields[kind] = sec.fields[kind][: m.start()].strip()
                    freq = sec.fields.get("frequency", "")
                    sec.fields["frequency"] = f"{freq} ({m.group(1)})" if freq else m.group(1)
        for sec in self.sections:  # "Phần thứ hai" on its line, "NHIỆM VỤ VÀ GIẢI PHÁP" on the next: its heading
            if sec.kind != "zone" and not sec.heading.strip() and len(sec.lines) >= 2 \
                    and _is_upper(sec.lines[1]) and len(sec.lines[1]) <= 150:
                sec.heading = sec.lines[1].strip()
        # drop empty zones
        self.sections = [s for s in self.sections if s.lines]
        self._by_path = {s.path: s for s in self.sections}
