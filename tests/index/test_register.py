"""The activity register: units resolved across spellings, time read into month spans."""
from __future__ import annotations

from index.chunking import chunk_document
from index.parser import parse_text
from index.periods import Span, read_period, read_timing
from index.register import Register, split_units

PLAN = """UBND TỈNH BÌNH ĐỊNH
Số: 7/KH-UBND
Bình Định, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2026 của UBND tỉnh Bình Định
Căn cứ Quyết định số 1/QĐ-UBND;
I. NHIỆM VỤ
1. Chuyên mục cải cách hành chính trên sóng truyền hình
- Đơn vị chủ trì: Đài Phát thanh và Truyền hình tỉnh.
- Đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ.
- Thời gian thực hiện: Quý III/2026.
2. Tọa đàm về chỉ số hài lòng
- Đơn vị chủ trì: Đài PT&TH tỉnh Bình Định.
- Thời gian thực hiện: Trước ngày 30/11/2026.
3. Cập nhật tin bài trên cổng thông tin
- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian thực hiện: Thường xuyên.
"""


def _register():
    doc = parse_text(PLAN, "plan.txt")
    docs = {"plan.txt": {"document": "plan.txt", "year": doc.meta.year, "place": doc.meta.place,
                         "title": doc.meta.full_title, "raw_title": doc.meta.title, "issuer": doc.meta.issuer}}
    return Register.build(chunk_document(doc), docs)


def test_units_resolved_across_spellings():
    r = _register()
    [dai] = r.units_in("Đài PT-TH được giao những việc gì?")
    assert dai.name == "Đài Phát thanh và Truyền hình tỉnh"
    assert [a.section for a in r.of_unit(dai.key)] == ["I.1", "I.2"]  # "Đài PT&TH tỉnh Bình Định" is the same unit
    [vh] = r.units_in("so van hoa, the thao va du lich lam gi")
    assert [a.section for a in r.of_unit(vh.key)] == ["I.3"]
    assert [a.section for a in r.of_unit(vh.key, ("coordinators",))] == ["I.1"]


def test_split_units_keeps_commas_inside_names():
    heads = {"so", "phong", "dai", "trung"}
    assert split_units("Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ", heads) == \
        ["Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ"]
    assert split_units("Sở Khoa học và Công nghệ; các cơ quan, đơn vị liên quan", heads) == \
        ["Sở Khoa học và Công nghệ", "các cơ quan, đơn vị liên quan"]
    assert split_units("Sở Nội vụ và Sở Tư pháp", heads) == ["Sở Nội vụ", "Sở Tư pháp"]


def test_periods():
    assert read_timing("Quý III - IV/2025", None)[0] == [Span.months(2025, 7, 12)]
    assert read_timing("Trong quý II, III năm 2025", None)[0] == [Span.months(2025, 4, 9)]
    assert read_timing("Thường xuyên", 2025) == ([Span.months(2025, 1, 12)], True)
    assert read_timing("Trước ngày 30/11/2025", None)[0][0].deadline
    # two deadlines in one timing ("6 tháng … và năm …"): both are its deadlines
    assert [s.end % 12 + 1 for s in read_timing("6 tháng (trước ngày 15/6/2026) và năm (trước ngày 05/12/2026)",
                                                 None)[0]] == [6, 12]
    # a range of days is every month from the first to the last, the first's year read from the last's
    assert read_timing("từ ngày 01/7 đến ngày 15/8/2026", None)[0] == [Span.months(2026, 7, 8)]
    assert read_timing("Từ 20/12 đến 10/01/2026", None)[0] == [Span(2025 * 12 + 11, 2026 * 12)]
    assert read_period("Những hoạt động nào trong quý III/2025?", None) == Span.months(2025, 7, 9)
    assert read_period("what happens in Q3", 2026) == Span.months(2026, 7, 9)
    assert read_period("Ai chủ trì bản tin?", 2026) is None
    r = _register()
    q3 = [a.section for a in r.activities if any(s.overlaps(Span.months(2026, 7, 9)) for s in a.spans)
          and not a.recurring]
    assert q3 == ["I.1", "I.2"]


def test_a_units_typed_initials_and_the_year_its_appendix_names():
    """"Sở VHTTDL" is the Sở's initials; "Sở TP" too ("TP" after a Sở is no "thành phố"). A task in an appendix
    headed "… NĂM 2027" of a 2026 plan falls in 2027 when its time says only "Quý I"."""
    text = PLAN + "PHỤ LỤC\nDỰ KIẾN NHIỆM VỤ NĂM 2027\n| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n" \
                  "|---|---|---|---|\n| 1 | Rà soát văn bản | Sở Tư pháp | Quý I |\n"
    doc = parse_text(text, "plan.txt")
    docs = {"plan.txt": {"document": "plan.txt", "year": doc.meta.year, "place": doc.meta.place,
                         "title": doc.meta.full_title, "raw_title": doc.meta.title, "issuer": doc.meta.issuer,
                         "parent_body": doc.meta.parent_body}}
    r = Register.build(chunk_document(doc), docs)
    assert [u.name for u in r.units_in("Sở TP làm gì?")] == ["Sở Tư pháp"]
    [row] = [a for a in r.activities if a.section.startswith("Phụ lục")]
    assert row.year == 2027 and row.spans == [Span.months(2027, 1, 3)]
    assert [a.year for a in r.activities if not a.section.startswith("Phụ lục")] == [2026, 2026, 2026]
    assert "binh dinh" in r.places


CONCLUSIONS = """UBND TỈNH AN LÂM
VĂN PHÒNG
Số: 87/TB-VPUBND
An Lâm, ngày 17 tháng 4 năm 2026
THÔNG BÁO
Kết luận tại Hội nghị sơ kết Quý I năm 2026
1. Đánh giá chung
Các cơ quan đã triển khai nghiêm các nhiệm vụ.
2. Giao nhiệm vụ cụ thể
a) Sở Nội vụ:
+ Chủ trì kiểm tra công tác cải cách hành chính tại 06 xã; hoàn thành trong tháng 6/2026.
+ Tổng hợp ý kiến của các xã về bộ chỉ số.
b) Văn phòng Ủy ban nhân dân tỉnh:
+ Trình danh mục thủ tục hành chính trước ngày 10/5/2026.
"""


def test_the_items_of_a_section_headed_by_a_unit_that_write_their_time_are_its_activities():
    """A Thông báo kết luận gives no field lines: "a) Sở Nội vụ:" heads "+ …; hoàn thành trong tháng 6/2026".
    The heading's unit leads each item that writes its own time; the letterhead's body ("VĂN PHÒNG") teaches that
    "Văn phòng …" begins a unit's name."""
    doc = parse_text(CONCLUSIONS, "tb.txt")
    docs = {"tb.txt": {"document": "tb.txt", "year": doc.meta.year, "title": doc.meta.full_title,
                       "issuer_body": doc.meta.issuer_body, "parent_body": doc.meta.parent_body}}
    r = Register.build(chunk_document(doc), docs)
    timed = sorted((a.section, a.roles["lead"][0], a.timing, a.spans[0].end) for a in r.activities)
    assert timed == [("2.a", "Sở Nội vụ", "trong tháng 6/2026", Span.months(2026, 6, 6).end),
                     ("2.b", "Văn phòng Ủy ban nhân dân tỉnh", "trước ngày 10/5/2026", Span.months(2026, 5, 5).end)]


def test_a_unit_after_a_plan_named_in_another_clause_is_asked_about():
    """"Kế hoạch … của Sở X" names the plan's issuer; "Kế hoạch …: nhiệm vụ của Sở X là gì" asks about Sở X."""
    r = _register()
    assert r.units_in("Kế hoạch tuyên truyền 2026: nhiệm vụ của Đài PT-TH là gì?")
    assert not r.units_in("Kế hoạch tuyên truyền 2026 của Đài PT-TH")


def test_a_section_headed_trach_nhiem_cua_a_unit_holds_that_units_duties():
    text = PLAN + """II. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của Sở Nội vụ
Hướng dẫn, đôn đốc các cơ quan thực hiện Kế hoạch.
2. Nhiệm vụ trọng tâm
Tăng cường kiểm tra.
"""
    doc = parse_text(text, "plan.txt")
    docs = {"plan.txt": {"document": "plan.txt", "year": doc.meta.year, "place": doc.meta.place,
                         "title": doc.meta.full_title, "raw_title": doc.meta.title, "issuer": doc.meta.issuer}}
    r = Register.build(chunk_document(doc), docs)
    assert r.duty_sections.get(("plan.txt", "II.1")) is not None  # the Sở Nội vụ the heading names
    assert ("plan.txt", "II.2") not in r.duty_sections  # "Nhiệm vụ trọng tâm": no unit follows
