"""A generated space of plan layouts with their ground truth (issue 19, item 1).

One abstract plan (header fields, a numbered tree, activities with their fields, an
appendix, task tables) is rendered into concrete documents by combining independent
dimensions (``DIMENSIONS``): the numbering scheme, the bullets, the document that carries
the plan (the plan alone, a decision with the plan attached, an official letter, a report
with an appendix), the letterhead, how activity fields are written (field lines, inline,
a task table), where and how a task table stands (merged cells, group rows, page breaks),
the file format and its text quirks (NFD, non-breaking spaces). The content (units,
timings, counts, titles) varies with ``Layout.seed``. ``truth`` gives, for every rendering, what a parser must
recover: per document part the header fields, the numbered section paths, and each
activity's fields. ``compare`` lists the differences between ``index.parser``'s
output and the truth, in words.

The truth follows these conventions (the parser is made to produce exactly these):

* section paths: labels joined by ".", outermost first ("C.II.12.c", decimal "2.1.3");
  "Phần I", "Chương II", "Mục 1", "Điều 3" keep their word; bullets are not sections;
  task-table rows are the row's STT under the section holding the table ("III.4"),
  group rows are a level ("III.II.2"); an appendix is "Phụ lục I" ("Phụ lục I.4"); a
  task table outside any numbering is "Bảng 1" ("Bảng 1.4").
* a decision carrying a plan is two parts, the decision then the plan; the attached
  plan has no number of its own (``number`` ""), ``issued_by`` the decision's number,
  and takes its date, place, issuing body and signer from the decision.
* doc_type: from the type line, else from the number's symbol ("/KH-" → Kế hoạch, a
  symbol with no type code such as "/UBND-VP" → Công văn); a blank number is "…/KH-UBND".
* field values are compared after NFC, with "<br>", ";", "," and "." read as spaces
  and whitespace collapsed; "executor" (a "Đơn vị thực hiện" column) counts as lead; a
  merged lead cell gives every row under it that lead.

Run:  python -m evals.layouts [--n N] [--seed S] [--full [--limit N]] [--show K] [--classes] [--keep DIR]
Test: tests/index/test_layouts.py (a fixed sample of a few hundred renderings).
"""
from __future__ import annotations

import argparse
import io
import itertools
import random
import re
import sys
import tempfile
import time
import unicodedata
import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from evals.new_plans.make_plans import _fixed_zip, a4_pdf, wrap

# ======================================================================================
# dimensions
NUMBERINGS = ("A./I./1./a)", "I./1./a)", "I./1./a.", "1./1.1./1.1.1.", "1./1.1/1.1.1 (no final dot)",
              "Phần/Chương/Mục/Điều", "Chương/Điều/1./a)")
THREE_LEVELS = ("I./1./a)", "I./1./a.", "1./1.1./1.1.1.", "1./1.1/1.1.1 (no final dot)")
BULLETS = ("- / -", "• / +", "+ / -", "– / –", "* / *")  # sub-items' bullet / field lines' bullet
BULLET_CHARS = "-+•–*"
LEGAL = ("Phần/Chương/Mục/Điều", "Chương/Điều/1./a)")  # divisions named by a word, numbered on through the text
WRAPPERS = ("plan", "decision", "letter", "letter carrying the plan", "report")
LETTERHEADS = ("one line", "two lines", "one body on two lines", "two-column table", "table flattened",
               "no type line", "number blank", "number and day blank", "motto variant", "rule lines")
FIELD_STYLES = ("field lines", "field lines, units listed", "fields in one paragraph", "inline",
                "inline (parenthesised)", "prose", "prose (bracketed)", "table")
TABLE_PLACES = ("under a section", "appendix", "outside numbering")
TABLE_FORMS = ("plain", "group rows", "group rows A, B", "column numbers row", "merged lead cells", "header repeated",
               "row split over pages")
FORMATS = ("txt", "md", "docx", "docx, Word numbering", "pdf")
WORD_NUMBERING = "docx, Word numbering"  # heading labels made by Word's list numbering, not typed
TEXTS = ("NFC", "NFD", "nbsp")
# the plan's targets: numbered sections, a figures table (read whole, its numbered rows cited), or a table of
# provisions (a scoring scheme: each target's points, how it is scored, its evidence) read row by row
TARGET_FORMS = ("numbered items", "data table", "provisions table")
NOT_TABLE = "-"
MINOR = ("bullets", "text", "targets")  # cycled rather than multiplied in the full walk  # the table dimensions of a rendering whose fields are not in a table

DIMENSIONS: dict[str, tuple[str, ...]] = {
    "numbering": NUMBERINGS,
    "bullets": BULLETS,
    "wrapper": WRAPPERS,
    "letterhead": LETTERHEADS,
    "fields": FIELD_STYLES,
    "targets": TARGET_FORMS,
    "table_place": TABLE_PLACES,
    "table_form": TABLE_FORMS,
    "format": FORMATS,
    "text": TEXTS,
}


@dataclass(frozen=True)
class Layout:
    """One value per dimension, and ``seed``: the plan's content and the minor variations
    (wording, bullets, wrap width…) — not a dimension."""
    numbering: str = NUMBERINGS[0]
    bullets: str = BULLETS[0]
    wrapper: str = "plan"
    letterhead: str = "one line"
    fields: str = "field lines"
    targets: str = "numbered items"
    table_place: str = NOT_TABLE
    table_form: str = NOT_TABLE
    format: str = "txt"
    text: str = "NFC"
    seed: int = 0

    def name(self) -> str:
        parts = [getattr(self, d) for d in DIMENSIONS]
        slug = "_".join(re.sub(r"[^0-9A-Za-z]+", "", unicodedata.normalize("NFD", p)) or "x" for p in parts)
        return f"s{self.seed}_{slug}"

    def describe(self) -> str:
        return " · ".join(f"{d}={getattr(self, d)}" for d in DIMENSIONS if getattr(self, d) != NOT_TABLE) \
            + f" · seed={self.seed}"


def incompatible(layout: Layout) -> str | None:
    """Why a combination of dimension values is not a document (None when it is)."""
    table = layout.fields == "table"
    if table != (layout.table_place != NOT_TABLE) or table != (layout.table_form != NOT_TABLE):
        return "table dimensions apply to task tables only"
    if layout.wrapper == "report" and not (table and layout.table_place == "appendix"):
        return "a report carries its plan as an appendix task table"
    if layout.wrapper == "report" and layout.numbering in LEGAL:
        return "a report is not divided into Chương/Điều"
    if layout.letterhead == "no type line" and layout.wrapper != "plan":
        return "only a plan goes without its type line (a letter never has one)"
    return None


def all_layouts(seed: int = 0) -> tuple[list[Layout], dict[str, int]]:
    """The whole product of the dimensions, compatible combinations only; and the skipped reasons.

    The table dimensions multiply only the renderings whose fields are in a table; the minor
    dimensions (``MINOR``: bullets, text quirks, targets) do not multiply, they take their values in
    turn (each value as often as the others), which keeps the walk under 20,000 renderings.
    """
    out, skipped = [], defaultdict(int)
    main_dims = [d for d in DIMENSIONS if d not in ("table_place", "table_form") + MINOR]
    table_dims = [(p, f) for p in TABLE_PLACES for f in TABLE_FORMS]
    for k, values in enumerate(itertools.product(*(DIMENSIONS[d] for d in main_dims))):
        base = dict(zip(main_dims, values))
        base.update({d: DIMENSIONS[d][(k + j) % len(DIMENSIONS[d])] for j, d in enumerate(MINOR)})
        for place, form in (table_dims if base["fields"] == "table" else [(NOT_TABLE, NOT_TABLE)]):
            layout = Layout(**base, table_place=place, table_form=form, seed=seed + len(out))
            why = incompatible(layout)
            if why:
                skipped[why] += 1
            else:
                out.append(layout)
    return out, dict(skipped)


def sample(seed: int, n: int, pdf_share: float = 0.12, word_numbering_share: float = 0.06) -> list[Layout]:
    """``n`` compatible layouts (fixed by ``seed``) in which every dimension value appears.

    Values go round-robin in a shuffled order per dimension, so the first few dozen
    layouts already cover every value. Formats are drawn apart: PDF renderings (slow to
    read) are kept to about ``pdf_share`` of the sample, Word list numbering (which needs
    the reader's support rather than the parser's) to ``word_numbering_share``.
    """
    rng = random.Random(seed)
    orders = {d: rng.sample(list(v), len(v)) for d, v in DIMENSIONS.items()}
    shares = {"pdf": pdf_share, WORD_NUMBERING: word_numbering_share}
    common = [f for f in FORMATS if f not in shares]
    out: list[Layout] = []
    for i in range(n):
        values = {d: orders[d][(i + rng.randrange(2)) % len(orders[d])] for d in DIMENSIONS}
        if i < 2 * len(FORMATS):
            values["format"] = FORMATS[i % len(FORMATS)]
        else:
            draw = rng.random()
            values["format"] = ("pdf" if draw < pdf_share else WORD_NUMBERING
                                if draw < pdf_share + word_numbering_share else rng.choice(common))
        layout = _repair(values, rng, i)
        out.append(replace(layout, seed=seed * 100_003 + i))
    for _ in range(20):  # a small n: put each value not yet drawn into layouts from the end
        missing = [(d, v) for d, vals in DIMENSIONS.items() for v in vals if not any(getattr(l, d) == v for l in out)]
        if not missing:
            break
        for k, (d, v) in enumerate(missing):
            at = (-1 - k - rng.randrange(n)) % n
            base = {dd: getattr(out[at], dd) for dd in DIMENSIONS}
            base[d] = v
            if d in ("table_place", "table_form"):
                base["fields"] = "table"
            out[at] = replace(_repair(base, rng, k, keep=d), seed=out[at].seed)
    else:
        raise ValueError(f"{n} layouts cannot hold every dimension value; take more")
    return out


def _repair(values: dict[str, str], rng: random.Random, i: int, keep: str | None = None) -> Layout:
    """The nearest compatible layout: fix the table dimensions, then re-draw what conflicts."""
    values = dict(values)
    for attempt in range(200):
        if values["wrapper"] == "report":
            values["fields"], values["table_place"] = "table", "appendix"
        if values["fields"] == "table":
            if values["table_place"] == NOT_TABLE:
                values["table_place"] = TABLE_PLACES[i % len(TABLE_PLACES)]
            if values["table_form"] == NOT_TABLE:
                values["table_form"] = TABLE_FORMS[i % len(TABLE_FORMS)]
        else:
            values["table_place"] = values["table_form"] = NOT_TABLE
        layout = Layout(**values)
        if not incompatible(layout):
            return layout
        for d in ("wrapper", "numbering", "letterhead", "fields", "table_place", "table_form"):
            if d != keep and rng.random() < 0.5:
                values[d] = rng.choice(DIMENSIONS[d])
    raise RuntimeError(f"no compatible layout near {values}")


# ======================================================================================
# the abstract plan
PROVINCES = ("Gia Lai", "Quảng Ngãi", "Đắk Lắk", "Khánh Hòa", "Lâm Đồng", "Đồng Nai", "Tây Ninh",
             "An Giang", "Nghệ An", "Thanh Hóa", "Quảng Trị", "Ninh Bình", "Bình Định", "Phú Yên")
DEPARTMENTS = (("Sở Nội vụ", "SNV"), ("Sở Tư pháp", "STP"), ("Sở Khoa học và Công nghệ", "SKHCN"),
               ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"), ("Văn phòng UBND tỉnh", "VP"))
UNITS = ("Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Khoa học và Công nghệ",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Xây dựng",
         "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Văn phòng UBND tỉnh", "Thanh tra tỉnh",
         "Trung tâm Phục vụ hành chính công tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Công an tỉnh",
         "Bưu điện tỉnh", "Tỉnh đoàn", "UBND các xã, phường", "Hội Nông dân tỉnh", "Liên đoàn Lao động tỉnh")
SIGNERS = ("Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Quang Minh", "Phạm Đức Thắng", "Võ Thị Kim Liên",
           "Đặng Minh Tuấn", "Huỳnh Tấn Phát", "Bùi Thị Ngọc Ánh", "Hồ Văn Lợi", "Ngô Thanh Sơn")
TITLES = ("Cải cách hành chính nhà nước năm {y}",
          "Tuyên truyền cải cách hành chính năm {y}",
          "Triển khai công tác cải cách hành chính năm {y}",
          "Thực hiện chuyển đổi số và cải cách thủ tục hành chính năm {y}",
          "Kiểm soát thủ tục hành chính năm {y} trên địa bàn tỉnh {p}",
          "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm {y} của tỉnh {p}")
AREAS = {
    "Cải cách thể chế": [
        "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành",
        "Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, xây dựng",
        "Kiểm tra, xử lý văn bản quy phạm pháp luật theo thẩm quyền",
        "Phổ biến các luật mới có hiệu lực năm {y} cho cán bộ, công chức",
        "Xây dựng, ban hành quy chế phối hợp trong quản lý nhà nước về công tác pháp chế"],
    "Cải cách thủ tục hành chính": [
        "Công khai đầy đủ, kịp thời thủ tục hành chính trên Cổng Dịch vụ công của tỉnh",
        "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính thuộc thẩm quyền của tỉnh",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa",
        "Duy trì đường dây nóng tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp",
        "Khảo sát mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính"],
    "Cải cách tổ chức bộ máy": [
        "Rà soát chức năng, nhiệm vụ, quyền hạn của các cơ quan chuyên môn thuộc UBND tỉnh",
        "Sắp xếp, kiện toàn các đơn vị sự nghiệp công lập theo lộ trình",
        "Đánh giá mô hình chính quyền địa phương hai cấp sau sáp nhập",
        "Rà soát, điều chỉnh đề án vị trí việc làm của các cơ quan, đơn vị"],
    "Xây dựng chính quyền số": [
        "Sử dụng hiệu quả hệ thống quản lý văn bản và điều hành, bảo đảm ký số văn bản đi",
        "Hướng dẫn người dân nộp hồ sơ trực tuyến và thanh toán phí, lệ phí trực tuyến",
        "Bảo đảm an toàn thông tin mạng cho hệ thống thông tin của các cơ quan nhà nước",
        "Phát triển kho dữ liệu dùng chung và kết nối với Cơ sở dữ liệu quốc gia về dân cư",
        "Triển khai nền tảng trợ lý ảo hỗ trợ giải quyết thủ tục hành chính"],
    "Thông tin, tuyên truyền": [
        "Xây dựng chuyên mục Cải cách hành chính trên sóng phát thanh, truyền hình",
        "Đăng tải tin, bài về cải cách hành chính trên Cổng Thông tin điện tử tỉnh",
        "Tổ chức Hội thi tìm hiểu về cải cách hành chính cho đoàn viên, thanh niên",
        "In ấn, phát hành tờ gấp hướng dẫn sử dụng dịch vụ công trực tuyến",
        "Tuyên truyền trên hệ thống loa truyền thanh cơ sở về dịch vụ công trực tuyến"],
    "Kiểm tra, đánh giá": [
        "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương",
        "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính của tỉnh",
        "Tổng hợp, báo cáo kết quả thực hiện cải cách hành chính định kỳ",
        "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính"],
}
POINTS = ("Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với từng nhóm đối tượng",
          "Ưu tiên hình thức trực tuyến, tiết kiệm thời gian và chi phí",
          "Lồng ghép với các hội nghị, sinh hoạt chuyên đề của cơ quan, đơn vị",
          "Bảo đảm đúng quy định về bảo vệ dữ liệu cá nhân",
          "Kết quả được công khai trên Cổng Thông tin điện tử tỉnh")
TIMINGS = ("Quý I/{y}", "Quý II/{y}", "Quý III/{y}", "Quý IV/{y}", "Tháng {m}/{y}", "Trước ngày {d}/{m}/{y}",
           "Thường xuyên", "Trong năm {y}", "Quý III - IV/{y}", "6 tháng đầu năm {y}")
FREQUENCIES = ("02 lần/năm", "01 số/tuần", "Hằng quý", "24 số/năm", "Hằng tháng", "01 lần/quý")
OUTPUTS = ("Báo cáo kết quả thực hiện", "Kế hoạch được ban hành", "Tin, bài tuyên truyền",
           "Quyết định công bố danh mục thủ tục hành chính", "Hội nghị được tổ chức", "Văn bản hướng dẫn")
PURPOSES = ("Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính năm {y} theo chỉ đạo của Chính phủ",
            "Nâng cao mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
            "Xác định rõ trách nhiệm của người đứng đầu các cơ quan, đơn vị trong thực hiện nhiệm vụ")
REQUIREMENTS = ("Các nhiệm vụ phải cụ thể, có sản phẩm, thời gian hoàn thành và phân công rõ trách nhiệm",
                "Gắn kết quả thực hiện nhiệm vụ với đánh giá, xếp loại thi đua của cơ quan, đơn vị")
TARGETS = ("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên 98%",
           "100% văn bản đi của các cơ quan nhà nước được ký số, trừ văn bản mật",
           "Mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%",
           "Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 60% trở lên")


@dataclass
class Activity:
    text: str
    lead: str
    coordinators: list[str]
    timing: str
    frequency: str = ""
    output: str = ""
    points: list[str] = field(default_factory=list)  # sub-items (bullets: text only)


@dataclass
class Area:
    title: str
    activities: list[Activity]


@dataclass
class Plan:
    """What every rendering of one plan says, whatever its layout."""
    seed: int
    province: str
    department: tuple[str, str]  # (name, symbol), the issuer of a two-level letterhead
    year: int
    day: int
    month: int
    number: int
    decision_number: int
    letter_number: int
    report_number: int
    title: str
    signer: str
    purposes: list[str]
    requirements: list[str]
    targets: list[str]
    areas: list[Area]
    duties: list[tuple[str, str]]
    basis: list[str]


def make_plan(seed: int) -> Plan:
    rng = random.Random(seed)
    y = 2026
    province = rng.choice(PROVINCES)
    month, day = rng.randint(1, 12), rng.randint(1, 28)

    def timing() -> str:
        return rng.choice(TIMINGS).format(y=y, m=rng.randint(1, 12), d=rng.randint(1, 28))

    areas = []
    for title in rng.sample(sorted(AREAS), rng.randint(2, 4)):
        texts = rng.sample(AREAS[title], rng.randint(2, min(5, len(AREAS[title]))))
        acts, lead = [], rng.choice(UNITS)
        for k, text in enumerate(texts):
            # runs of the same lead (merged cells in tables): the first area always has one
            same_lead = k > 0 and ((not areas and k == 1) or rng.random() >= 0.45)
            if not same_lead:
                lead = rng.choice(UNITS)
            coords = rng.sample([u for u in UNITS if u != lead], rng.randint(1, 3)) if rng.random() < 0.85 else []
            acts.append(Activity(
                text=text.format(y=y), lead=lead, coordinators=coords, timing=timing(),
                frequency=rng.choice(FREQUENCIES) if rng.random() < 0.35 else "",
                output=rng.choice(OUTPUTS) if rng.random() < 0.5 else "",
                points=rng.sample(POINTS, rng.choice((0, 0, 1, 2)))))
        areas.append(Area(title, acts))
    duties = [(u, f"Chủ động triển khai các nhiệm vụ được giao tại Kế hoạch này; định kỳ báo cáo kết quả "
                  f"về cơ quan thường trực trước ngày {rng.randint(10, 25)} của tháng cuối quý")
              for u in rng.sample(UNITS[:12], rng.randint(2, 3))]
    return Plan(
        seed=seed, province=province, department=rng.choice(DEPARTMENTS), year=y, day=day, month=month,
        number=rng.randint(12, 480), decision_number=rng.randint(12, 999), letter_number=rng.randint(100, 3999),
        report_number=rng.randint(20, 600),
        title=rng.choice(TITLES).format(y=y, p=province), signer=rng.choice(SIGNERS),
        purposes=[p.format(y=y) for p in rng.sample(PURPOSES, 2)], requirements=list(REQUIREMENTS),
        targets=rng.sample(TARGETS, rng.randint(2, 3)), areas=areas, duties=duties,
        basis=[f"Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể "
               f"cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
               f"Căn cứ Quyết định số {rng.randint(100, 2999)}/QĐ-UBND ngày {rng.randint(1, 28)}/12/{y - 1} "
               f"của UBND tỉnh {province} ban hành Kế hoạch cải cách hành chính giai đoạn 2026 - 2030;"])


# ======================================================================================
# composing a rendering: format-neutral blocks, and the truth written alongside
@dataclass
class Para:
    """A paragraph. style: "" body, "h" heading (level = depth), "c" centred, "cb" centred bold,
    "ci" centred italic, "2col" a left and a right text on one line (separated by a tab)."""
    text: str
    style: str = ""
    level: int = 0
    label: str = ""  # a numbered heading's label ("III.", "b)", "Chương II"), which starts ``text``
    restart: bool = False  # the first heading of an outline: Word numbering starts a new list


@dataclass
class Grid:
    """A table. ``layout``: a borderless letterhead or signature block. Data tables: row 0 is the
    header; ``merges`` (column, first row, last row) are vertical merges; ``spans`` rows whose
    second cell spans the rest (group rows); ``break_at`` a page break before that row, after
    which the header is repeated."""
    rows: list[list[str]]
    layout: bool = False
    merges: list[tuple[int, int, int]] = field(default_factory=list)
    spans: list[int] = field(default_factory=list)
    break_at: int | None = None


@dataclass
class PageBreak:
    pass


@dataclass
class PartTruth:
    """What the parser must recover from one document part."""
    header: dict
    sections: list[str] = field(default_factory=list)  # numbered section paths, document order
    activities: dict[str, dict[str, str]] = field(default_factory=dict)  # path → fields
    evidence: list[str] = field(default_factory=list)  # texts the rendering must contain


HEADER_FIELDS = ("doc_type", "number", "date", "year", "place", "title", "issuer_body", "parent_body",
                 "signer", "issued_by")
ACTIVITY_FIELDS = ("lead", "coordinators", "timing", "frequency", "output")
VI_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


def roman(n: int) -> str:
    out = ""
    for value, sym in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


@dataclass
class Node:
    """A numbered section of the abstract outline."""
    title: str
    paras: list[str] = field(default_factory=list)
    points: list[str] = field(default_factory=list)
    children: list["Node"] = field(default_factory=list)
    activity: Activity | None = None
    table: list[Area] | None = None  # the tasks section in table mode: its task table stands here
    data: Grid | None = None  # a table of figures under the heading (not tasks)
    rows_cited: bool = False  # ``data``'s numbered rows are sections of their own


@dataclass
class Issuer:
    lines: list[str]  # as the letterhead writes it
    body: str  # issuer_body truth
    parent: str
    symbol: str  # "UBND", "SNV"
    phrase: str  # how the text names it: "UBND tỉnh", "Sở Nội vụ"
    sign: list[str]  # signature titles
    authority: str  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"


RULES = (("________", "_________________"), ("--------", "---------------"), ("———", "——————"),
         ("-----o0o-----", "---------o0o---------"), ("–––––", "–––––––––––"))
MOTTO_VARIANTS = (("HOÀ", "-"), ("HÒA", "–"), ("HÒA", "—"), ("HOÀ", "—"), ("HOÀ", "–"))


class Composer:
    """Writes the blocks of one rendering and, as it goes, the truth of each part."""

    def __init__(self, plan: Plan, layout: Layout):
        self.plan, self.layout = plan, layout
        self.rng = random.Random(layout.seed * 7919 + plan.seed)
        self.blocks: list = []
        self.parts: list[PartTruth] = []
        self.depths = 3 if layout.numbering in THREE_LEVELS else 4
        self.point_bullet, self.field_bullet = layout.bullets.split(" / ")
        form = {"one line": "one", "two lines": "two", "one body on two lines": "split"}.get(
            layout.letterhead, ("one", "two", "split")[layout.seed % 3])
        self.issuer = self._issuer(form)
        spelling, dash = MOTTO_VARIANTS[layout.seed % len(MOTTO_VARIANTS)] if layout.letterhead == "motto variant" \
            else ("HÒA", "-")
        self.motto = [f"CỘNG {spelling} XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"Độc lập {dash} Tự do {dash} Hạnh phúc"]
        p = plan
        pad = self.rng.random() < 0.5
        self.date_text = (f"ngày {p.day:02d} tháng {p.month:02d} năm {p.year}" if pad
                          else f"ngày {p.day} tháng {p.month} năm {p.year}")
        self.date = self.date_ref = f"{p.day}/{p.month}/{p.year}"  # the truth; how the text cites it
        if layout.letterhead == "number and day blank":  # a draft: the day is filled in at signing
            self.date_text = f"ngày {' ' * self.rng.randint(1, 6)}tháng {p.month} năm {p.year}"
            self.date, self.date_ref = f"tháng {p.month}/{p.year}", f"  /{p.month}/{p.year}"
        self.place = p.province
        self.signed = self.rng.random() < 0.5  # "(Đã ký)" under the titles
        self.tables = 0
        self.appendices = 0

    # -- letterhead and signature ----------------------------------------------------------
    def _issuer(self, form: str) -> Issuer:
        p = self.plan
        prov = p.province.upper()
        if form == "two":
            name, sym = p.department
            head = "CHÁNH VĂN PHÒNG" if name.startswith("Văn phòng") else "GIÁM ĐỐC"
            sign = [f"KT. {head}", f"PHÓ {head}"] if self.rng.random() < 0.6 else [head]
            return Issuer([f"UBND TỈNH {prov}", name.upper()], name.upper(), f"UBND TỈNH {prov}", sym, name,
                          sign, f"{head} {name.upper()}")
        sign = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] if self.rng.random() < 0.6 \
            else ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
        authority = f"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {prov}"
        if form == "split":
            return Issuer(["ỦY BAN NHÂN DÂN", f"TỈNH {prov}"], f"ỦY BAN NHÂN DÂN TỈNH {prov}", "", "UBND",
                          "UBND tỉnh", sign, authority)
        line = f"UBND TỈNH {prov}" if self.rng.random() < 0.5 else f"ỦY BAN NHÂN DÂN TỈNH {prov}"
        return Issuer([line], line, "", "UBND", "UBND tỉnh", sign, authority)

    def number(self, n: int, code: str | None) -> tuple[str, str]:
        """("Số: 45/QĐ-UBND", truth "45/QĐ-UBND"); a blank number when the layout says so."""
        sym = f"{code}-{self.issuer.symbol}" if code else (
            f"{self.issuer.symbol}-VP" if self.issuer.symbol == "UBND" else f"{self.issuer.symbol}-CCHC")
        if self.layout.letterhead in ("number blank", "number and day blank"):
            return f"Số: {' ' * self.rng.randint(0, 6)}/{sym}", f"…/{sym}"
        return f"Số: {n}/{sym}", f"{n}/{sym}"

    def letterhead(self, number_line: str | None, extra_left: list[str] = ()) -> None:
        """Issuer and national motto; number (and a letter's "V/v …") and place-date when given."""
        self.parts[-1].evidence += self.issuer.lines
        left, right = list(self.issuer.lines), list(self.motto)
        if self.layout.letterhead == "rule lines":  # the short rules typed under the issuer and the motto
            rule_l, rule_r = RULES[self.layout.seed % len(RULES)]
            left.append(rule_l)
            right.append(rule_r)
        low_left = ([number_line] if number_line else []) + list(extra_left)
        low_right = [f"{self.place}, {self.date_text}"] if number_line else []
        lh = self.layout.letterhead
        if lh == "two-column table":
            rows = [["\n".join(left), "\n".join(right)]]
            if low_left:
                rows.append(["\n".join(low_left), "\n".join(low_right)])
            self.blocks.append(Grid(rows, layout=True))
        elif lh == "table flattened":
            for a, b in itertools.zip_longest(left, right, fillvalue=""):
                self.blocks.append(Para(f"{a}\t{b}", "2col"))
            for a, b in itertools.zip_longest(low_left, low_right, fillvalue=""):
                self.blocks.append(Para(f"{a}\t{b}", "2col"))
        else:
            for line in left:
                self.blocks.append(Para(line, "cb"))
            for line in low_left:
                self.blocks.append(Para(line, "c"))
            for line in right:
                self.blocks.append(Para(line, "cb"))
            for line in low_right:
                self.blocks.append(Para(line, "ci"))
        self.blocks.append(Para(""))

    def footer(self, recipients: list[str], part: PartTruth) -> None:
        """"Nơi nhận:" and the signature, side by side or one after the other."""
        left = ["Nơi nhận:"] + recipients
        right = list(self.issuer.sign) + (["(Đã ký)"] if self.signed else []) + [self.plan.signer]
        lh = self.layout.letterhead
        if lh == "two-column table":
            self.blocks.append(Grid([["\n".join(left), "\n".join(right)]], layout=True))
        elif lh == "table flattened":
            for a, b in itertools.zip_longest(left, right, fillvalue=""):
                self.blocks.append(Para(f"{a}\t{b}", "2col"))
        else:
            for line in left:
                self.blocks.append(Para(line))
            for line in right:
                self.blocks.append(Para(line, "cb"))
        part.evidence.append(self.plan.signer)

    def title_block(self, type_line: str | None, title: str, part: PartTruth) -> None:
        if type_line:
            self.blocks.append(Para(type_line, "cb"))
        words = title.split()
        if len(title) > 64 and self.rng.random() < 0.7:  # a long title on two centred lines
            cut = len(words) // 2
            self.blocks.append(Para(" ".join(words[:cut]), "cb"))
            self.blocks.append(Para(" ".join(words[cut:]), "cb"))
        else:
            self.blocks.append(Para(title, "cb"))
        part.evidence.append(title)

    def header_truth(self, doc_type: str, number: str, title: str, issued_by: str = "") -> dict:
        return {"doc_type": doc_type, "number": number, "date": self.date, "year": self.plan.year,
                "place": self.place, "title": title, "issuer_body": self.issuer.body,
                "parent_body": self.issuer.parent, "signer": self.plan.signer, "issued_by": issued_by}

    # -- numbered outline ------------------------------------------------------------------
    def outline(self, nodes: list[Node], part: PartTruth) -> None:
        """Numbered headings, their text and activities; 3-level schemes drop the top grouping."""
        self._counters = defaultdict(int)
        self._emit(nodes, 0, "", [], part)

    def _label(self, depth: int, ordinal: int, numbers: list[int]) -> tuple[str, str, bool]:
        """(shown, path label, two-line heading) for the ``ordinal``-th heading at ``depth``."""
        scheme = self.layout.numbering
        if scheme == "Phần/Chương/Mục/Điều":
            word = ("Phần", "Chương", "Mục", "Điều")[depth]
            num = roman(ordinal) if depth < 2 else str(ordinal)
            return (f"{word} {num}" if depth < 2 else f"{word} {num}."), f"{word} {num}", depth < 2
        if scheme == "Chương/Điều/1./a)" and depth < 2:
            word, num = ("Chương", roman(ordinal)) if depth == 0 else ("Điều", str(ordinal))
            return (f"{word} {num}" if depth == 0 else f"{word} {num}."), f"{word} {num}", depth == 0
        if scheme.startswith("1./1.1"):
            dot = "." if depth == 0 or scheme == "1./1.1./1.1.1." else ""
            return ".".join(str(n) for n in numbers + [ordinal]) + dot, str(ordinal), False
        kinds = ("cap", "roman", "arabic", "letter")[4 - self.depths:]
        kind = kinds[depth]
        letters = "abcdefghijklmnopqrstuvwxyz" if self.layout.format == WORD_NUMBERING else VI_LETTERS  # Word: e, not đ
        tok = {"cap": chr(64 + ordinal), "roman": roman(ordinal), "arabic": str(ordinal),
               "letter": letters[ordinal - 1]}[kind]
        return (f"{tok})" if kind == "letter" and scheme != "I./1./a." else f"{tok}."), tok, False

    def _emit(self, nodes: list[Node], depth: int, parent: str, numbers: list[int], part: PartTruth) -> None:
        continuous = (self.layout.numbering, depth) in (("Phần/Chương/Mục/Điều", 1), ("Phần/Chương/Mục/Điều", 3),
                                                        ("Chương/Điều/1./a)", 1))
        for k, node in enumerate(nodes, 1):
            if continuous:
                self._counters[depth] += 1
                ordinal = self._counters[depth]
            else:
                ordinal = k
            shown, label, two_line = self._label(depth, ordinal, numbers)
            path = f"{parent}.{label}" if parent else label
            part.sections.append(path)
            act = node.activity
            text = node.title
            if act and self.layout.fields.startswith("inline"):
                text = self._inline(act)
            elif act and self.layout.fields.startswith("prose"):
                text = self._prose(act)
            elif act:
                text = f"{act.text}."
            restart = depth == 0 and k == 1
            if two_line:
                self.blocks.append(Para(shown, "cb", depth, label=shown, restart=restart))
                self.blocks.append(Para(text.upper(), "cb", depth))
            else:
                self.blocks.append(Para(f"{shown} {text}", "h", depth, label=shown, restart=restart))
            for para in node.paras:
                self.blocks.append(Para(para))
            for point in node.points:
                self.blocks.append(Para(f"{self.point_bullet} {point};"))
            if act:
                part.activities[path] = self._truth_fields(act)
                part.evidence += [act.text, act.lead, *act.coordinators, act.timing]
                if self.layout.fields.startswith("field lines"):
                    self._emit_field_lines(act)
                elif self.layout.fields == "fields in one paragraph":  # "Chủ trì: X. Phối hợp: Y. Thời gian: Z."
                    self.blocks.append(Para(" ".join(f"{name}: {value}." for name, value in self._field_lines(act))))
            if node.data is not None:
                self.blocks.append(node.data)
                if node.rows_cited:  # each numbered row a section of its own
                    part.sections += [f"{path}.{row[0]}" for row in node.data.rows[1:]]
            if node.table is not None:
                self.task_table(node.table, path, part)
            self._emit(node.children, depth + 1, path, numbers + [ordinal], part)

    def _emit_field_lines(self, act: Activity) -> None:
        """"- Đơn vị chủ trì: …" lines; "units listed": the coordinators one per line under their label."""
        listed = self.layout.fields == "field lines, units listed"
        sub = "-" if self.field_bullet in "+•" else "+"
        for name, value in self._field_lines(act):
            if listed and value == self._coordinators_value(act) and len(act.coordinators) > 1:
                self.blocks.append(Para(f"{self.field_bullet} {name}:"))
                for k, unit in enumerate(act.coordinators, 1):
                    self.blocks.append(Para(f"{sub} {unit}{'.' if k == len(act.coordinators) else ';'}"))
            else:
                self.blocks.append(Para(f"{self.field_bullet} {name}: {value}."))

    def _coordinators_value(self, act: Activity) -> str:
        return self._field_lines(act)[1][1] if act.coordinators else ""

    def _field_lines(self, act: Activity) -> list[tuple[str, str]]:
        r = random.Random(self.layout.seed + zlib.crc32(act.text.encode()))
        sep = r.choice(("; ", ", "))
        out = [(r.choice(("Đơn vị chủ trì", "Cơ quan chủ trì", "Chủ trì thực hiện", "Đơn vị thực hiện")), act.lead),
               (r.choice(("Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp thực hiện", "Cơ quan phối hợp thực hiện")),
                sep.join(act.coordinators)),
               (r.choice(("Thời gian thực hiện", "Thời gian hoàn thành", "Thời hạn", "Thời gian")), act.timing)]
        out = [(name, value) for name, value in out if value]  # not every task names coordinators
        if act.frequency:
            out.append(("Tần suất", act.frequency))
        if act.output:
            out.append(("Sản phẩm", act.output))
        return out

    def _inline(self, act: Activity) -> str:
        """The task with its fields in the same sentence, after ";" or in parentheses."""
        paren = self.layout.fields == "inline (parenthesised)"
        parts = [f"{'chủ trì' if paren else 'đơn vị chủ trì'}: {act.lead}"]
        if act.coordinators:
            parts.append(f"{'phối hợp' if paren else 'đơn vị phối hợp'}: {', '.join(act.coordinators)}")
        parts.append(f"thời gian: {act.timing}")
        if act.frequency:
            parts.append(f"tần suất: {act.frequency}")
        if act.output:
            parts.append(f"sản phẩm: {act.output}")
        if paren:
            return f"{act.text} ({'; '.join(parts)})."
        return f"{act.text}; {'; '.join(parts)}."

    def _prose(self, act: Activity) -> str:
        """The task, then who does it in a sentence of its own ("Giao X chủ trì, phối hợp với Y, Z thực hiện"),
        or in brackets after it ("(X chủ trì, phối hợp với Y; thời gian: …)"), as district and Party plans write."""
        r = random.Random(self.layout.seed + zlib.crc32(act.text.encode()))
        joins = f", phối hợp với {', '.join(act.coordinators)}" if act.coordinators else ""
        rest = [f"thời gian: {act.timing}"] + ([f"tần suất: {act.frequency}"] if act.frequency else []) \
            + ([f"sản phẩm: {act.output}"] if act.output else [])
        if self.layout.fields == "prose (bracketed)":
            return f"{act.text} ({act.lead} chủ trì{joins}; {'; '.join(rest)})."
        who = r.choice(("Giao {u} chủ trì{j} thực hiện", "{u} chủ trì{j}", "Giao cho {u} chủ trì{j}"))
        return f"{act.text}. {who.format(u=act.lead, j=joins)}; {'; '.join(rest)}."

    @staticmethod
    def _truth_fields(act: Activity, columns: tuple[str, ...] = ACTIVITY_FIELDS) -> dict[str, str]:
        values = {"lead": act.lead, "coordinators": "; ".join(act.coordinators), "timing": act.timing,
                  "frequency": act.frequency, "output": act.output}
        return {k: v for k, v in values.items() if v and k in columns}

    # -- task tables -------------------------------------------------------------------------
    def task_table(self, areas: list[Area], base: str, part: PartTruth) -> None:
        """A task table whose rows are the activities; rows' paths go under ``base``."""
        r = random.Random(self.layout.seed * 31 + 5)
        form = self.layout.table_form
        cols = [("stt", r.choice(("STT", "TT"))),
                ("content", r.choice(("Nội dung nhiệm vụ", "Nhiệm vụ", "Nội dung công việc", "Nội dung"))),
                ("lead", r.choice(("Cơ quan chủ trì", "Đơn vị thực hiện", "Chủ trì", "Đơn vị chủ trì"))),
                ("coordinators", r.choice(("Phối hợp", "Cơ quan phối hợp", "Đơn vị phối hợp"))),
                ("timing", r.choice(("Thời gian hoàn thành", "Thời hạn", "Thời gian thực hiện")))]
        if r.random() < 0.3:
            cols.append(("frequency", "Tần suất"))
        if r.random() < 0.6:
            cols.append(("output", r.choice(("Sản phẩm", "Sản phẩm đầu ra"))))
        kinds = [k for k, _ in cols]
        coord_sep = r.choice(("\n", "; "))
        stt_dot = "." if r.random() < 0.3 else ""  # "1." as well as "1"
        rows = [[h for _, h in cols]]
        if form == "column numbers row":  # "(1) | (2) | …" under the header
            rows.append([f"({k})" for k in range(1, len(cols) + 1)])
        items: list[tuple[int, Activity]] = []  # (row index, activity)
        groups = form.startswith("group rows") or form in ("merged lead cells", "header repeated",
                                                            "row split over pages")
        spans = []
        n = 0
        for g, area in enumerate(areas, 1):
            if groups:
                glabel = chr(64 + g) if form == "group rows A, B" else roman(g)
                gpath = f"{base}.{glabel}"
                part.sections.append(gpath)
                rows.append([glabel, area.title.upper() if r.random() < 0.5 else area.title] + [""] * (len(cols) - 2))
                spans.append(len(rows) - 1)
                n = 0
            for act in area.activities:
                n += 1
                path = f"{gpath}.{n}" if groups else f"{base}.{n}"
                part.sections.append(path)
                part.activities[path] = self._truth_fields(act, tuple(kinds))
                part.evidence += [act.text, act.lead, *act.coordinators, act.timing]
                cells = {"stt": f"{n}{stt_dot}", "content": act.text, "lead": act.lead,
                         "coordinators": coord_sep.join(act.coordinators), "timing": act.timing,
                         "frequency": act.frequency, "output": act.output}
                rows.append([cells[k] for k in kinds])
                items.append((len(rows) - 1, act))
        grid = Grid(rows, spans=spans if self.layout.format not in ("txt", "md") else [])
        if form in ("header repeated", "row split over pages"):
            at = items[len(items) // 2][0]
            if form == "row split over pages":  # the row's first half ends a page, the rest starts the next
                row = rows[at]
                ci, co = kinds.index("content"), kinds.index("coordinators")
                words = row[ci].split()
                coords = row[co].split(coord_sep)
                first = list(row)
                rest = [""] * len(row)
                first[ci], rest[ci] = " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2:])
                if len(coords) > 1:
                    first[co], rest[co] = coord_sep.join(coords[:1]), coord_sep.join(coords[1:])
                for k in ("timing", "frequency", "output"):
                    if k in kinds:
                        first[kinds.index(k)], rest[kinds.index(k)] = "", row[kinds.index(k)]
                rows[at] = first
                rows.insert(at + 1, rest)
                split_text = row[ci]
                part.evidence = [e for e in part.evidence if e != split_text] + [first[ci], rest[ci]]
                items = [(i + 1 if i > at else i, a) for i, a in items]
                grid.spans = [s + 1 if s > at else s for s in grid.spans]
                at += 1
            grid.break_at = at
        if form == "merged lead cells":
            li = kinds.index("lead")
            item_rows = [i for i, _ in items]
            run = [item_rows[0]]
            for i in item_rows[1:] + [None]:
                if i is not None and i == run[-1] + 1 and rows[i][li] == rows[run[0]][li]:
                    run.append(i)
                    continue
                if len(run) > 1:
                    grid.merges.append((li, run[0], run[-1]))
                    for j in run[1:]:
                        rows[j][li] = ""
                run = [i] if i is not None else []
        self.blocks.append(grid)

    def appendix_heading(self, what: str, part: PartTruth, numbered: bool = True) -> str:
        """"PHỤ LỤC I" (or a bare title for a table outside any numbering) and its lines."""
        if numbered:
            self.appendices += 1
            label = roman(self.appendices)
            path = f"Phụ lục {label}"
            part.sections.append(path)
            self.blocks.append(Para(f"PHỤ LỤC {label}", "cb"))
        else:
            self.tables += 1
            path = f"Bảng {self.tables}"
            part.sections.append(path)
        self.blocks.append(Para(what, "cb"))
        return path


# -- the documents ---------------------------------------------------------------------------
def _plan_outline(c: Composer, table_note: str | None) -> list[Node]:
    """The plan's numbered outline: 4-level schemes group its chapters under two parts."""
    p, layout = c.plan, c.layout
    tasks = Node("NHIỆM VỤ VÀ GIẢI PHÁP")
    if layout.fields != "table":
        tasks.children = [Node(a.title, children=[Node(act.text, points=list(act.points), activity=act)
                                                  for act in a.activities]) for a in p.areas]
    else:
        tasks.paras = [table_note or "Các nhiệm vụ cụ thể như sau:"]
        if layout.table_place == "under a section":
            tasks.table = p.areas
    targets = Node("MỤC TIÊU", children=[Node(t) for t in p.targets])
    if layout.targets == "data table":  # a figures table: read whole, each numbered row a section to cite
        targets = Node("MỤC TIÊU", paras=["Phấn đấu đạt các chỉ tiêu chủ yếu sau:"], data=Grid(
            [["STT", "Chỉ tiêu", f"Kết quả năm {p.year - 1}", f"Mục tiêu năm {p.year}"]]
            + [[str(k), t, f"{80 + 3 * k}%", "Đạt"] for k, t in enumerate(p.targets, 1)]), rows_cited=True)
    elif layout.targets == "provisions table":  # each numbered row a section: "mục II.2"
        targets = Node("MỤC TIÊU", paras=["Kết quả thực hiện các mục tiêu được chấm điểm như sau:"], data=Grid(
            [["STT", "Tiêu chí", "Điểm tối đa", "Cách chấm điểm", "Tài liệu kiểm chứng"]]
            + [[str(k), t, str(2 * k), f"Đạt mục tiêu: {2 * k} điểm; không đạt: 0 điểm",
                f"Báo cáo kết quả năm {p.year}"] for k, t in enumerate(p.targets, 1)]), rows_cited=True)
    chapters = [
        Node("MỤC ĐÍCH, YÊU CẦU", children=[Node("Mục đích", points=list(p.purposes)),
                                           Node("Yêu cầu", points=list(p.requirements))]),
        targets,
        tasks,
        Node("TỔ CHỨC THỰC HIỆN", children=[Node(u, paras=[d + "."]) for u, d in p.duties]),
    ]
    if c.depths == 3:
        return chapters
    return [Node("MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU", children=chapters[:2]),
            Node("NHIỆM VỤ, GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN", children=chapters[2:])]


def _title_lc(title: str) -> str:
    return title[0].lower() + title[1:]


def _table_after(c: Composer, part: PartTruth, attached_to: str) -> None:
    """The task table after the signature: an appendix, or a bare list outside any numbering."""
    layout = c.layout
    if layout.fields != "table" or layout.table_place == "under a section":
        return
    c.blocks.append(PageBreak())
    what = f"DANH MỤC NHIỆM VỤ {c.plan.title.upper()}"
    base = c.appendix_heading(what, part, numbered=layout.table_place == "appendix")
    c.blocks.append(Para(f"({attached_to})", "ci"))
    c.task_table(c.plan.areas, base, part)


def _note(layout: Layout) -> str | None:
    if layout.fields != "table":
        return None
    return {"under a section": "Các nhiệm vụ cụ thể như sau:",
            "appendix": "Nhiệm vụ cụ thể tại Phụ lục I kèm theo Kế hoạch này.",
            "outside numbering": "Nhiệm vụ cụ thể tại Danh mục nhiệm vụ kèm theo Kế hoạch này."}[layout.table_place]


def _compose_plan(c: Composer) -> None:
    p, layout = c.plan, c.layout
    shown, number = c.number(p.number, "KH")
    part = PartTruth(c.header_truth("Kế hoạch", number, p.title))
    c.parts.append(part)
    c.letterhead(shown)
    c.title_block(None if layout.letterhead == "no type line" else "KẾ HOẠCH", p.title, part)
    for line in p.basis:
        c.blocks.append(Para(line))
    c.blocks.append(Para(f"{c.issuer.phrase} ban hành Kế hoạch {_title_lc(p.title)} như sau:"))
    c.outline(_plan_outline(c, _note(layout)), part)
    c.blocks.append(Para(f"Trên đây là Kế hoạch {_title_lc(p.title)}. Trong quá trình thực hiện, nếu có khó khăn, "
                         f"vướng mắc, các cơ quan, đơn vị phản ánh về {p.department[0]} để tổng hợp, báo cáo./."))
    c.footer(["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Các sở, ban, ngành tỉnh;",
              "- UBND các xã, phường;", "- Lưu: VT, NC."], part)
    _table_after(c, part, f"Kèm theo Kế hoạch số {number} ngày {c.date_ref} của {c.issuer.phrase}")


def _compose_decision(c: Composer) -> None:
    p, layout = c.plan, c.layout
    shown, number = c.number(p.decision_number, "QĐ")
    title = f"Ban hành Kế hoạch {_title_lc(p.title)}"
    dec = PartTruth(c.header_truth("Quyết định", number, title))
    c.parts.append(dec)
    c.letterhead(shown)
    c.title_block("QUYẾT ĐỊNH", title, dec)
    c.blocks.append(Para(c.issuer.authority, "cb"))
    c.blocks.append(Para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"))
    for line in p.basis:
        c.blocks.append(Para(line))
    c.blocks.append(Para(f"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số {p.number + 3}/TTr-SNV "
                         f"ngày {max(1, p.day - 2)}/{p.month}/{p.year}."))
    c.blocks.append(Para("QUYẾT ĐỊNH:", "cb"))
    articles = [f"Ban hành kèm theo Quyết định này Kế hoạch {_title_lc(p.title)}.",
                "Quyết định này có hiệu lực thi hành kể từ ngày ký.",
                f"Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường "
                f"và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."]
    for k, text in enumerate(articles, 1):
        dec.sections.append(f"Điều {k}")
        c.blocks.append(Para(f"Điều {k}. {text}", "h", 0))
    c.footer(["- Như Điều 3;", "- Bộ Nội vụ (b/c);", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, NC."], dec)
    _attached_plan(c, number, f"Ban hành kèm theo Quyết định số {number} ngày {c.date_ref} của {c.issuer.phrase}",
                   "xem xét, quyết định", f"Kèm theo Kế hoạch ban hành theo Quyết định số {number} ngày {c.date_ref}")


def _attached_plan(c: Composer, number: str, attached: str, decides: str, table_note: str) -> None:
    """The plan a decision or a letter carries, after its signature: own letterhead and type line, "(…kèm
    theo …)", its outline, and the appendix table if the layout has one."""
    p = c.plan
    c.blocks.append(PageBreak())
    plan = PartTruth(c.header_truth("Kế hoạch", "", p.title, issued_by=number))
    c.parts.append(plan)
    c.letterhead(None)
    c.title_block("KẾ HOẠCH", p.title, plan)
    c.blocks.append(Para(f"({attached})", "ci"))
    c.outline(_plan_outline(c, _note(c.layout)), plan)
    c.blocks.append(Para(f"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh "
                         f"về {p.department[0]} để tổng hợp, báo cáo {c.issuer.phrase} {decides}./."))
    _table_after(c, plan, table_note)


def _letter_head(c: Composer) -> tuple[PartTruth, str]:
    """A letter's head (no type line: its number and "V/v …" subject) and "Kính gửi"; (its part, its number)."""
    p = c.plan
    shown, number = c.number(p.letter_number, None)
    subject = f"triển khai Kế hoạch {_title_lc(p.title)}"
    part = PartTruth(c.header_truth("Công văn", number, subject))
    c.parts.append(part)
    c.letterhead(shown, [f"V/v {subject}"])
    part.evidence.append(subject)
    c.blocks.append(Para("Kính gửi:", "c"))
    c.blocks.append(Para("- Các sở, ban, ngành tỉnh;", "c"))
    c.blocks.append(Para("- UBND các xã, phường.", "c"))
    return part, number


def _compose_letter(c: Composer) -> None:
    p, layout = c.plan, c.layout
    part, number = _letter_head(c)
    c.blocks.append(Para(f"Thực hiện Kế hoạch số {p.number}/KH-UBND ngày {c.date_ref} của UBND tỉnh về "
                         f"{_title_lc(p.title)}, {c.issuer.phrase} đề nghị các cơ quan, đơn vị triển khai thực "
                         f"hiện một số nội dung sau:"))
    c.outline(_plan_outline(c, _note(layout)), part)
    c.blocks.append(Para(f"Đề nghị các cơ quan, đơn vị quan tâm, phối hợp triển khai thực hiện./."))
    c.footer(["- Như trên;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, NC."], part)
    _table_after(c, part, f"Kèm theo Công văn số {number} ngày {c.date_ref} của {c.issuer.phrase}")


def _compose_letter_plan(c: Composer) -> None:
    """A letter (công văn: no type line, its number heads it) that carries the plan, attached after its
    signature with its own letterhead, type line and "(Kèm theo Công văn số …)"."""
    p = c.plan
    part, number = _letter_head(c)
    c.blocks.append(Para(f"{c.issuer.phrase} ban hành Kế hoạch {_title_lc(p.title)} (kèm theo Công văn này) và đề "
                         f"nghị các cơ quan, đơn vị triển khai thực hiện nghiêm túc./."))
    c.footer(["- Như trên;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, NC."], part)
    _attached_plan(c, number, f"Kèm theo Công văn số {number} ngày {c.date_ref} của {c.issuer.phrase}", "xem xét",
                   f"Kèm theo Kế hoạch gửi kèm Công văn số {number} ngày {c.date_ref}")


def _compose_report(c: Composer) -> None:
    p = c.plan
    shown, number = c.number(p.report_number, "BC")
    title = (f"Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm {p.year} "
             f"và nhiệm vụ trọng tâm 6 tháng cuối năm {p.year}")
    part = PartTruth(c.header_truth("Báo cáo", number, title))
    c.parts.append(part)
    c.letterhead(shown)
    c.title_block("BÁO CÁO", title, part)
    c.blocks.append(Para(f"Thực hiện chỉ đạo của UBND tỉnh, {c.issuer.phrase} báo cáo kết quả thực hiện công tác "
                         f"cải cách hành chính 6 tháng đầu năm {p.year} như sau:"))
    chapters = [
        Node("KẾT QUẢ THỰC HIỆN", children=[
            Node("Công tác chỉ đạo, điều hành", paras=[f"Ban hành {len(p.areas) + 3} văn bản chỉ đạo, "
                                                       f"hướng dẫn triển khai nhiệm vụ cải cách hành chính."]),
            Node("Kết quả thực hiện các nhiệm vụ", paras=["Các nhiệm vụ cơ bản được triển khai đúng tiến độ."])]),
        Node("TỒN TẠI, HẠN CHẾ", points=["Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp",
                                         "Một số nhiệm vụ triển khai chậm so với kế hoạch"]),
        Node("NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM", paras=["Các nhiệm vụ cụ thể tại Phụ lục I kèm theo."]),
    ]
    if c.depths == 4:
        chapters = [Node("KẾT QUẢ ĐẠT ĐƯỢC VÀ TỒN TẠI", children=chapters[:2]),
                    Node("PHƯƠNG HƯỚNG, NHIỆM VỤ", children=chapters[2:])]
    c.outline(chapters, part)
    c.blocks.append(Para(f"Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm "
                         f"{p.year} của {c.issuer.phrase}./."))
    c.footer(["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Lưu: VT."], part)
    _table_after(c, part, f"Kèm theo Báo cáo số {number} ngày {c.date_ref} của {c.issuer.phrase}")


COMPOSERS = {"plan": _compose_plan, "decision": _compose_decision, "letter": _compose_letter,
             "letter carrying the plan": _compose_letter_plan, "report": _compose_report}


def compose(plan: Plan, layout: Layout) -> tuple[list, list[PartTruth]]:
    why = incompatible(layout)
    if why:
        raise ValueError(f"incompatible layout ({why}): {layout.describe()}")
    c = Composer(plan, layout)
    COMPOSERS[layout.wrapper](c)
    return c.blocks, c.parts


def truth(plan: Plan, layout: Layout) -> list[PartTruth]:
    return compose(plan, layout)[1]


# ======================================================================================
# rendering
def _finish(text: str, layout: Layout, cell: bool = False) -> str:
    """The text quirks of the layout: NFD, or non-breaking spaces where editors put them (in a
    narrow table cell not inside dates, which a PDF would then break mid-number)."""
    if layout.text == "nbsp" and text:
        if not cell:
            text = re.sub(r"(Số:|ngày|tháng|năm) ", "\\1\u00a0", text)
        text = re.sub(r"^((?:[A-Z]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.|[a-zđ]\)|Điều \d+\.|[-+•–*]) ", "\\1\u00a0", text)
        text = text.replace(": ", ":\u00a0").replace("Sở ", "Sở\u00a0")
    return unicodedata.normalize("NFD" if layout.text == "NFD" else "NFC", text)


def _wrap_width(layout: Layout) -> int:
    return 60 + layout.seed % 31


def _pipe_rows(grid: Grid, md: bool) -> list[str]:
    def line(row):
        return "| " + " | ".join(c.replace("\n", "<br>") for c in row) + " |"
    out = [line(grid.rows[0])]
    if md:
        out.append("| " + " | ".join(":---:" if i == 0 else "---" for i in range(len(grid.rows[0]))) + " |")
    for i, row in enumerate(grid.rows[1:], 1):
        if i == grid.break_at:
            out.append(line(grid.rows[0]))
        out.append(line(row))
    return out


def render_txt(blocks: list, layout: Layout) -> str:
    width = _wrap_width(layout)
    out: list[str] = []
    for b in blocks:
        if isinstance(b, PageBreak):
            out += ["", ""]
        elif isinstance(b, Grid):
            out += [""] + _pipe_rows(b, md=False) + [""]
        elif not b.text:
            out.append("")
        elif b.style == "2col":
            left, right = b.text.split("\t")
            out.append((left.ljust(width // 2) + "  " + right).rstrip())
        elif b.style in ("c", "cb", "ci"):
            out += [line.center(width).rstrip() for line in wrap(b.text, width)]
        else:
            if b.style == "h" and b.level == 0:
                out.append("")
            out += wrap(b.text, width)
    return "\n".join(_finish(line, layout) for line in out) + "\n"


_BULLET_LINE = re.compile(rf"^[{re.escape(BULLET_CHARS)}] ")


def render_md(blocks: list, layout: Layout) -> str:
    out: list[str] = []
    bullet_run: str | None = None  # the style of the run of lines written without blank lines
    for b in blocks:
        if isinstance(b, PageBreak):
            continue
        if isinstance(b, Grid):
            out += [""] + _pipe_rows(b, md=True) + [""]
            bullet_run = None
            continue
        text = b.text
        if not text:
            continue
        is_bullet = bool(_BULLET_LINE.match(text)) and b.style in ("", "c")
        joined = is_bullet or b.style == "2col"  # runs of bullets or of flattened letterhead rows: no blank line
        if is_bullet:
            text = re.sub(r"^([-+•–]) ([^:]{3,40}): ", r"\1 **\2:** ", text)
        elif b.style == "cb":
            text = f"**{text}**"
        elif b.style == "ci":
            text = f"*{text}*"
        elif b.style == "h":
            text = f"## {text}" if b.level == 0 else f"### {text}" if b.level == 1 else text
        elif b.style == "2col":
            left, right = text.split("\t")
            text = f"{left}        {right}".strip()
        if not (joined and bullet_run == b.style):
            out.append("")
        out.append(text)
        bullet_run = b.style if joined else None
    return "\n".join(_finish(line, layout) for line in out).lstrip("\n") + "\n"


FIXED_TIME = datetime(2026, 3, 12, 8, 0, 0, tzinfo=timezone.utc)


def render_docx(blocks: list, layout: Layout, path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    fin = lambda t: _finish(t, layout)  # noqa: E731
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3), Cm(1.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)

    def para(text: str, style: str = "", level: int = 0, container=None, first: bool = False):
        p = container.paragraphs[0] if first else (container or doc).add_paragraph()
        if style in ("c", "cb", "ci"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style != "2col":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if style == "2col":
            left, right = text.split("\t")
            p.add_run(fin(left)).bold = True
            p.add_run().add_tab()
            p.add_run(fin(right)).bold = True
            return p
        if text:
            run = p.add_run(fin(text))
            run.bold = style == "cb" or (style == "h" and level <= 1)
            run.italic = style == "ci"
        return p

    def borderless(table):
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        table._tbl.tblPr.append(borders)

    def fill(cell, text: str, style: str = "c"):
        for j, part in enumerate(text.split("\n")):
            para(part, style, container=cell, first=j == 0)

    def data_table(rows: list[list[str]], grid: Grid, offset: int):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tr_pr = t.rows[0]._tr.get_or_add_trPr()
        rep = OxmlElement("w:tblHeader")
        rep.set(qn("w:val"), "true")
        tr_pr.append(rep)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                if text:
                    fill(t.rows[i].cells[j], text, "cb" if i == 0 else "")
        for i, row in enumerate(rows):
            src = offset + i if i else 0
            if i and src in grid.spans:
                t.rows[i].cells[1].merge(t.rows[i].cells[len(row) - 1])
        for col, first, last in grid.merges:
            a, b = first - offset, last - offset
            if 0 < a <= b < len(rows):
                t.rows[a].cells[col].merge(t.rows[b].cells[col])

    num_id = 0
    for b in blocks:
        if isinstance(b, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(b, Grid) and b.layout:
            t = doc.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            borderless(t)
            for i, row in enumerate(b.rows):
                for j, text in enumerate(row):
                    fill(t.rows[i].cells[j], text, "cb" if i == 0 else "c")
            doc.add_paragraph()
        elif isinstance(b, Grid):
            if b.break_at:  # the table goes on on the next page: a second table with its header
                data_table(b.rows[: b.break_at], b, 0)
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                data_table([b.rows[0]] + b.rows[b.break_at:], b, b.break_at - 1)
            else:
                data_table(b.rows, b, 0)
            doc.add_paragraph()
        elif b.label and layout.format == WORD_NUMBERING:
            if b.restart:
                num_id = _word_list(doc, layout)
            p = para(b.text[len(b.label):].strip(), b.style, b.level)
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = b.level
            num_pr.get_or_add_numId().val = num_id
        else:
            para(b.text, b.style, b.level)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Văn thư"
    cp.title = ""
    cp.revision = 1
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue(), FIXED_TIME))


# Word list levels per numbering scheme: (number format, level text, numbered on through the document)
WORD_LEVELS = {
    "A./I./1./a)": [("upperLetter", "%1.", False), ("upperRoman", "%2.", False), ("decimal", "%3.", False),
                    ("lowerLetter", "%4)", False)],
    "I./1./a)": [("upperRoman", "%1.", False), ("decimal", "%2.", False), ("lowerLetter", "%3)", False)],
    "I./1./a.": [("upperRoman", "%1.", False), ("decimal", "%2.", False), ("lowerLetter", "%3.", False)],
    "1./1.1./1.1.1.": [("decimal", "%1.", False), ("decimal", "%1.%2.", False), ("decimal", "%1.%2.%3.", False)],
    "1./1.1/1.1.1 (no final dot)": [("decimal", "%1.", False), ("decimal", "%1.%2", False),
                                    ("decimal", "%1.%2.%3", False)],
    "Phần/Chương/Mục/Điều": [("upperRoman", "Phần %1", False), ("upperRoman", "Chương %2", True),
                             ("decimal", "Mục %3.", False), ("decimal", "Điều %4.", True)],
    "Chương/Điều/1./a)": [("upperRoman", "Chương %1", False), ("decimal", "Điều %2.", True),
                          ("decimal", "%3.", False), ("lowerLetter", "%4)", False)],
}


def _word_list(doc, layout: Layout) -> int:
    """A new multi-level list in the document's numbering part for the layout's scheme; its numId."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def el(tag: str, val) -> OxmlElement:
        e = OxmlElement(tag)
        e.set(qn("w:val"), str(val))
        return e

    numbering = doc.part.numbering_part.element
    abstract_id = 1 + max((int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))),
                          default=-1)
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    abstract.append(el("w:multiLevelType", "multilevel"))
    for ilvl, (fmt, text, continuous) in enumerate(WORD_LEVELS[layout.numbering]):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        lvl.append(el("w:start", 1))
        lvl.append(el("w:numFmt", fmt))
        if continuous:
            lvl.append(el("w:lvlRestart", 0))
        lvl.append(el("w:lvlText", text))
        lvl.append(el("w:lvlJc", "left"))
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return numbering.add_num(abstract_id).numId


def render_pdf(blocks: list, layout: Layout, path: Path) -> None:
    """A4 with DejaVu; task tables ruled cell by cell (merged cells, group rows spanning the row,
    a forced page break with the header repeated), so pdfplumber reads them as a real PDF's."""
    fin = lambda t: _finish(t, layout)  # noqa: E731
    pdf = a4_pdf()
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_creator("Soạn thảo văn bản")
    pdf.add_page()
    full = pdf.w - pdf.l_margin - pdf.r_margin

    def side_by_side(left: list[str], right: list[str], bold_top: bool) -> None:
        y0, bottom = pdf.get_y(), pdf.get_y()
        for x, w, lines in ((15, 75, left), (95, 100, right)):
            pdf.set_xy(x, y0)
            for k, line in enumerate(lines):
                pdf.set_font("DejaVu", "B" if bold_top and k < 2 else "", 9.5)
                pdf.multi_cell(w, 5, fin(line), align="C", new_x="LEFT", new_y="NEXT")
            bottom = max(bottom, pdf.get_y())
        pdf.set_xy(pdf.l_margin, bottom + 2)

    def table(grid: Grid) -> None:
        ncol = len(grid.rows[0])
        raw = [58 if i == 1 else 30 for i in range(1, ncol)]
        widths = [11.0] + [w * (full - 11) / sum(raw) for w in raw]  # the STT column fits "STT"
        lh, pad = 4.2, 1.0
        pdf.set_font("DejaVu", "", 8)
        merged_below = {(c, r) for c, a, b in grid.merges for r in range(a, b)}  # no rule under these cells

        def lines_of(text: str, w: float) -> list[str]:
            out = []
            for part in text.split("\n"):
                # 3 mm of slack in wide cells: no glyph near the rule (pdfplumber files a glyph by its centre)
                out += pdf.multi_cell(w - 2 * pad - (3 if w > 20 else 0), lh, _finish(part, layout, cell=True),
                                      dry_run=True, output="LINES") if part else [""]
            return out

        def draw(r: int, row: list[str], bold: bool) -> None:
            span = r in grid.spans
            cells = [(row[0], widths[0]), (row[1], sum(widths[1:]))] if span else list(zip(row, widths))
            pdf.set_font("DejaVu", "B" if bold or span else "", 8)
            texts = [lines_of(t, w) for t, w in cells]
            height = max(len(t) for t in texts) * lh + 2 * pad
            if pdf.get_y() + height > pdf.h - pdf.b_margin:
                new_page()
                pdf.set_font("DejaVu", "B" if bold or span else "", 8)  # the header drawn there was bold
            y, x = pdf.get_y(), pdf.l_margin
            open_below.clear()
            for k, ((text, w), lines) in enumerate(zip(cells, texts)):
                pdf.line(x, y, x, y + height)
                top_open = k < ncol and (k, r - 1) in merged_below and not fresh[0]
                if not top_open:
                    pdf.line(x, y, x + w, y)
                if (k, r) not in merged_below:
                    pdf.line(x, y + height, x + w, y + height)
                else:  # closed only if the page ends under this row
                    open_below.append((x, y + height, w))
                for j, line in enumerate(lines):
                    pdf.set_xy(x + pad, y + pad + j * lh)
                    pdf.cell(w - 2 * pad, lh, line, align="C" if k == 0 else "L")
                x += w
            pdf.line(x, y, x, y + height)
            pdf.set_xy(pdf.l_margin, y + height)
            fresh[0] = False

        def new_page() -> None:
            for x, y, w in open_below:  # a merged cell broken by the page: its part here is closed
                pdf.line(x, y, x + w, y)
            open_below.clear()
            pdf.add_page()
            draw(0, grid.rows[0], True)
            fresh[0] = True

        fresh = [False]
        open_below: list[tuple[float, float, float]] = []
        draw(0, grid.rows[0], True)
        for r, row in enumerate(grid.rows[1:], 1):
            if r == grid.break_at:
                new_page()
            draw(r, row, False)
        pdf.ln(3)

    pending: list[str] = []  # "2col" lines are drawn as two columns
    for b in blocks + [Para("")]:
        if isinstance(b, Para) and b.style == "2col":
            pending.append(b.text)
            continue
        if pending:
            side_by_side([p.split("\t")[0] for p in pending], [p.split("\t")[1] for p in pending], True)
            pending = []
        if isinstance(b, PageBreak):
            pdf.add_page()
        elif isinstance(b, Grid) and b.layout:
            for row in b.rows:
                side_by_side(row[0].split("\n"), row[1].split("\n"), row is b.rows[0])
        elif isinstance(b, Grid):
            table(b)
        elif not b.text:
            pdf.ln(2)
        else:
            style = "B" if b.style == "cb" or (b.style == "h" and b.level <= 1) else "I" if b.style == "ci" else ""
            pdf.set_font("DejaVu", style, 10.5)
            align = "C" if b.style in ("c", "cb", "ci") else "J"
            pdf.multi_cell(0, 5.6, fin(b.text), align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def render(plan: Plan, layout: Layout, folder: Path) -> Path:
    """Write the rendering of ``plan`` in ``layout`` into ``folder``; return its path."""
    blocks, _ = compose(plan, layout)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{layout.name()}.{layout.format.split(',')[0]}"
    if layout.format == "txt":
        path.write_text(render_txt(blocks, layout), encoding="utf-8")
    elif layout.format == "md":
        path.write_text(render_md(blocks, layout), encoding="utf-8")
    elif layout.format.startswith("docx"):
        render_docx(blocks, layout, path)
    else:
        render_pdf(blocks, layout, path)
    return path


# ======================================================================================
# comparing the parser's output with the truth
def norm_value(text: str) -> str:
    """Field values compare after NFC, with <br> ; , . read as spaces and whitespace collapsed."""
    text = unicodedata.normalize("NFC", str(text)).replace("<br>", " ").replace("<wrap>", " ")
    return " ".join(re.sub(r"[;,.]", " ", text).split())


def _norm_title(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).replace("*", "").split()).lower()


def parse(path: Path) -> list:
    """The parser's document parts: ``parse_parts`` when it exists, else the one ``parse_file``."""
    from index import parser
    if hasattr(parser, "parse_parts"):
        return list(parser.parse_parts(path))
    return [parser.parse_file(path)]


def _fields_of(section) -> dict[str, str]:
    got = dict(getattr(section, "fields", {}) or {})
    if "executor" in got and "lead" not in got:
        got["lead"] = got.pop("executor")
    return {k: v for k, v in got.items() if k in ACTIVITY_FIELDS and v}


def compare(parts: list, truth_parts: list[PartTruth]) -> list[str]:
    """Human-readable differences between parsed parts and the truth ([] when recovered exactly)."""
    out: list[str] = []
    if len(parts) != len(truth_parts):
        out.append(f"parts: expected {len(truth_parts)} got {len(parts)}")
    for i, (doc, want) in enumerate(zip(parts, truth_parts)):
        tag = f"part {i + 1}: " if len(truth_parts) > 1 else ""
        meta = getattr(doc, "meta", None)
        for name in HEADER_FIELDS:
            expected, got = want.header[name], getattr(meta, name, None)
            if name == "title":
                same = got is not None and _norm_title(got) == _norm_title(expected)
            elif name == "year":
                same = got == expected
            else:
                same = got is not None and norm_value(got) == norm_value(expected) \
                    if name == "number" and "…" not in str(expected) else \
                    got is not None and " ".join(unicodedata.normalize("NFC", str(got)).split()) == expected
            if not same:
                out.append(f"{tag}header.{name}: expected {expected!r} got {got!r}")
        sections = [s for s in getattr(doc, "sections", []) if getattr(s, "kind", "") != "zone"]
        got_paths = [unicodedata.normalize("NFC", s.path) for s in sections]
        by_path = {p: s for p, s in zip(got_paths, sections)}
        for p in want.sections:
            if p not in by_path:
                out.append(f"{tag}missing section {p}")
        expected_set = set(want.sections)
        for p in got_paths:
            if p not in expected_set:
                out.append(f"{tag}extra section {p}")
        for p in want.sections:
            sec = by_path.get(p)
            if sec is None:
                continue
            parent = p.rsplit(".", 1)[0] if "." in p else None
            got_parent = getattr(sec, "parent", None)
            if (unicodedata.normalize("NFC", got_parent) if got_parent else None) != parent:
                out.append(f"{tag}{p} parent: expected {parent!r} got {got_parent!r}")
            exp, got = want.activities.get(p, {}), _fields_of(sec)
            for k in ACTIVITY_FIELDS:
                if k not in exp and k not in got:
                    continue
                if norm_value(exp.get(k, "")) != norm_value(got.get(k, "")):
                    out.append(f"{tag}{p} {k}: expected {exp.get(k, '(none)')!r} got {got.get(k, '(none)')!r}")
    return out


def check(plan: Plan, layout: Layout, folder: Path) -> tuple[Path, list[str]]:
    """Render, parse and compare one layout: (the file, its mismatches)."""
    path = render(plan, layout, folder)
    try:
        parts = parse(path)
    except Exception as exc:  # a parser crash is a finding, not the end of the run
        return path, [f"parser failed: {type(exc).__name__}: {exc}"]
    return path, compare(parts, truth(plan, layout))


# ======================================================================================
# the command line
def _table(results: list[tuple[Layout, list[str]]]) -> str:
    lines = []
    total = len(results)
    ok = sum(not m for _, m in results)
    lines.append(f"overall: {ok}/{total} exact ({100 * ok / max(total, 1):.0f}%)")
    lines.append("")
    lines.append("| dimension | value | exact | renderings | share |")
    lines.append("|---|---|---|---|---|")
    for dim, values in DIMENSIONS.items():
        for v in values:
            sel = [m for l, m in results if getattr(l, dim) == v]
            if sel:
                good = sum(not m for m in sel)
                lines.append(f"| {dim} | {v} | {good} | {len(sel)} | {100 * good / len(sel):.0f}% |")
    return "\n".join(lines)


def _shape(path: str) -> str:
    """A section path with its labels abstracted: "Phụ lục I.II.2" → "Phụ lục R.R.N"."""
    def one(label: str) -> str:
        word, _, tok = label.rpartition(" ")
        tok = "R" if re.fullmatch(r"[IVXLC]+", tok) else "N" if tok.isdigit() else \
            "A" if re.fullmatch(r"[A-Z]", tok) else "a" if re.fullmatch(r"[a-zđ]", tok) else tok
        return f"{word} {tok}".strip()
    return ".".join(one(l) for l in path.split("."))


def _difference(expected: str, got: str) -> str:
    """How a recovered value differs: missing, unexpected, truncated, with extra text, or other."""
    e, g = norm_value(expected), norm_value(got)
    if expected == "(none)":
        return "unexpected (the truth has none)"
    if got in ("(none)", "None", "''", '""', "") or not g:
        return "missing"
    if g in e:
        return "truncated"
    if e in g:
        return "extra text"
    return "different"


def mismatch_class(message: str) -> str:
    """A mismatch with its path abstracted and its values reduced to how they differ."""
    m = re.sub(r"^part \d+: ", "", message)
    sec = re.match(r"^(missing|extra) section (.*)", m)
    if sec:
        return f"{sec.group(1)} section {_shape(sec.group(2))}"
    val = re.match(r"^(.+?) (lead|coordinators|timing|frequency|output|parent): expected (.*) got (.*)$", m)
    if val:
        where = "section" if val.group(2) == "parent" else "activity"
        return f"{where} {val.group(2)}: {_difference(val.group(3).strip(chr(39)), val.group(4).strip(chr(39)))}"
    head = re.match(r"^(header\.\w+): expected (.*) got (.*)$", m)
    if head:
        return f"{head.group(1)}: {_difference(head.group(2).strip(chr(39)), head.group(3).strip(chr(39)))}"
    return re.sub(r"expected .*", "expected …", m)


def _failure_classes(results: list[tuple[Layout, list[str]]]) -> list[tuple[str, int, str]]:
    """(class, renderings affected, one example) for every class of mismatch, commonest first."""
    classes: dict[str, dict[str, str]] = defaultdict(dict)
    for layout, mismatches in results:
        for m in mismatches:
            classes[mismatch_class(m)].setdefault(layout.name(), f"{m}   [{layout.describe()}]")
    return sorted(((k, len(v), next(iter(v.values()))) for k, v in classes.items()), key=lambda t: -t[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.layouts", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="renderings in the sample (default 200)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--full", action="store_true",
                    help="the whole product of dimensions, bullets and text quirks cycling (long)")
    ap.add_argument("--show", type=int, default=0, metavar="K", help="print the mismatches of the first K failures")
    ap.add_argument("--classes", action="store_true", help="print the failure classes with an example each")
    ap.add_argument("--keep", type=Path, help="write the renderings into this folder (else a temporary one)")
    ap.add_argument("--format", choices=FORMATS, help="only this format")
    ap.add_argument("--limit", type=int, help="stop after this many renderings (with --full: a spread of the product)")
    args = ap.parse_args(argv)
    if args.full:
        layouts, skipped = all_layouts(args.seed)
        print(f"full product: {len(layouts)} renderings (the minor dimensions {', '.join(MINOR)} cycle); "
              f"skipped incompatible combinations:")
        for why, n in skipped.items():
            print(f"  {n:6d}  {why}")
    else:
        layouts = sample(args.seed, args.n)
    if args.format:
        layouts = [l for l in layouts if l.format == args.format]
    if args.limit and len(layouts) > args.limit:
        step = len(layouts) / args.limit
        layouts = [layouts[int(k * step)] for k in range(args.limit)]
    results: list[tuple[Layout, list[str]]] = []
    start = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        for k, layout in enumerate(layouts, 1):
            _, mismatches = check(make_plan(layout.seed), layout, folder)
            results.append((layout, mismatches))
            if args.full and k % 500 == 0:
                print(f"  … {k}/{len(layouts)} ({time.time() - start:.0f}s)", file=sys.stderr)
    print(_table(results))
    print(f"\n{len(results)} renderings in {time.time() - start:.1f}s")
    if args.classes:
        print("\nfailure classes (renderings affected, one example):")
        for key, n, example in _failure_classes(results):
            print(f"  {n:5d}  {key}\n         e.g. {example}")
    shown = 0
    for layout, mismatches in results:
        if mismatches and shown < args.show:
            shown += 1
            print(f"\n## {layout.describe()}  ({layout.name()}.{layout.format.split(',')[0]})")
            for m in mismatches[:40]:
                print(f"  {m}")
            if len(mismatches) > 40:
                print(f"  … and {len(mismatches) - 40} more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
