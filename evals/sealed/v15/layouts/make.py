# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v15 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Hàm Châu, its phường and xã, all people, numbers, dates, phone numbers, domains,
document numbers). Each document is held as a small model: a list of blocks, every block carrying the gold section
path of its text (used by check_layouts.py; no project parser is involved). The arithmetic stated in the documents
(totals, rates, counts of units below a threshold, weekdays of stated dates) is asserted below. Output is
byte-identical on rerun.

  A  2026-chu-tich-ubnd-ham-chau-qd-146-giao-chi-tieu-cchc-cds.docx
        QUYẾT ĐỊNH giao chỉ tiêu (a decision of the provincial Chairman assigning 2026 targets for CCHC, CĐS and
        online public services): letterhead in a borderless 2 x 2 Word table; "Căn cứ" lines; Điều 1-4 with
        khoản 1., 2. … and điểm a) … e) (the letter đ); Nơi nhận / signature in a borderless table; Phụ lục I on a
        landscape section (target table with a two-row header: vertically merged cells and a horizontally merged
        "Giá trị" cell over two columns, both header rows repeated; roman group rows I-IV merged across the table,
        numbering restarting in each group, vertically merged "Cơ quan chủ trì" and "Thời hạn" cells); Phụ lục II on
        a portrait section (figures table per xã/phường with a two-row header, letter group rows A/B, continuous
        STT 1-16 and a total row).
  B  2026-chu-tich-ubnd-ham-chau-cong-dien-05-xu-ly-ho-so-qua-han-dvctt.pdf
        CÔNG ĐIỆN of the provincial Chairman (fpdf2, DejaVu Serif): drawn two-column letterhead with a framed
        "HỎA TỐC" mark under "Số:"; title, "CHỦ TỊCH … điện:" and the addressees as "-" lines; situation
        paragraphs with figures; numbered points 1.-9. with a)-e); closing sentence; Nơi nhận beside the
        signature; a landscape appendix table ranked by the online rate (two-row header with row and column
        spans, shaded rows below 60 %, a total row, a note); page numbers at the top from page 2.
  C  2026-so-noi-vu-ham-chau-tai-lieu-hoi-dap-tthc-dvctt.md
        TÀI LIỆU HỎI - ĐÁP of the provincial Department of Home Affairs, attached to an official letter
        ("(Kèm theo Công văn số …)"): Markdown with the issuer in plain/bold lines, "# TÀI LIỆU HỎI - ĐÁP", a
        "LỜI GIỚI THIỆU" and an abbreviations pipe table, "## PHẦN I." … "## PHẦN V." and "### Câu 1." … "Câu 24."
        numbered continuously across the parts, "**Trả lời:**" paragraphs, "-" and "+" lists, "Bước n:" lines, two
        more pipe tables (hours; contact points) and the issuer's name at the end.
"""
import datetime
import io
import os
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2026-chu-tich-ubnd-ham-chau-qd-146-giao-chi-tieu-cchc-cds.docx"
DOC_B = "2026-chu-tich-ubnd-ham-chau-cong-dien-05-xu-ly-ho-so-qua-han-dvctt.pdf"
DOC_C = "2026-so-noi-vu-ham-chau-tai-lieu-hoi-dap-tthc-dvctt.md"

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
P = lambda sec, text, fmt="": ("p", sec, text, fmt)

WEEKDAY = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def wd(s):
    """'04/5/2026' -> weekday name."""
    d, m, y = (int(x) for x in s.split("/"))
    return WEEKDAY[datetime.date(y, m, d).weekday()]


def vn(n):
    return f"{n:,}".replace(",", ".")


def pct(x):
    """62.5 -> '62,5'"""
    return f"{x:.1f}".replace(".", ",")


# =========================================================================================================
# xã, phường of the province (shared by A and B)
# =========================================================================================================
# (group, name, 2025 online %, 2026 target %, 2026 full-online %, 2026 online payment %, VNeID, CNS members)
UNITS = [
    ("A", "Phường Hàm Châu", 82.4, 92, 70, 75, 6500, 45),
    ("A", "Phường Vọng Giang", 79.1, 90, 68, 72, 4200, 32),
    ("A", "Phường Cầu Tre", 75.6, 90, 65, 70, 3800, 30),
    ("A", "Phường Lạc Thịnh", 71.3, 88, 62, 70, 3100, 28),
    ("B", "Xã Đồng Mít", 68.0, 85, 58, 65, 2400, 24),
    ("B", "Xã Trà Ngư", 63.5, 85, 55, 62, 2100, 22),
    ("B", "Xã Khe Lim", 61.2, 82, 55, 60, 1900, 20),
    ("B", "Xã Mường Khoa", 44.8, 75, 45, 50, 1600, 26),
    ("B", "Xã Phiêng Sa", 57.9, 80, 52, 58, 1700, 20),
    ("B", "Xã Suối Đá", 59.4, 82, 52, 60, 1800, 21),
    ("B", "Xã Cao Vân", 55.0, 80, 50, 58, 1500, 20),
    ("B", "Xã Bản Piềng", 41.6, 75, 45, 50, 1300, 24),
    ("B", "Xã Hòa Thắm", 52.3, 80, 50, 55, 1400, 20),
    ("B", "Xã Nà Sáng", 50.7, 78, 48, 55, 1200, 20),
    ("B", "Xã Pác Nặm", 38.9, 72, 42, 50, 1100, 25),
    ("B", "Xã Khuổi Lừa", 46.1, 75, 45, 50, 1000, 24),
]
assert len(UNITS) == 16 and sum(1 for u in UNITS if u[0] == "A") == 4
UNDER50_2025 = [u[1].replace("Xã ", "") for u in UNITS if u[2] < 50]
assert UNDER50_2025 == ["Mường Khoa", "Bản Piềng", "Pác Nặm", "Khuổi Lừa"]
VNEID_A = sum(u[6] for u in UNITS if u[0] == "A")
VNEID_B = sum(u[6] for u in UNITS if u[0] == "B")
VNEID_TOTAL = VNEID_A + VNEID_B
CNS_TOTAL = sum(u[7] for u in UNITS)
assert (VNEID_A, VNEID_B, VNEID_TOTAL, CNS_TOTAL) == (17600, 19000, 36600, 401)

# B's appendix figures, 01/01-31/8/2026: name -> (received, online %, full-online %, overdue, overdue > 10 days)
B_FIG = {
    "Phường Hàm Châu": (21460, 85.0, 61.4, 58, 12),
    "Phường Vọng Giang": (15320, 81.0, 57.2, 41, 9),
    "Phường Cầu Tre": (13870, 79.0, 55.8, 47, 15),
    "Phường Lạc Thịnh": (11940, 76.6, 52.0, 39, 11),
    "Xã Đồng Mít": (8420, 73.5, 49.6, 33, 10),
    "Xã Trà Ngư": (7150, 70.1, 46.0, 29, 8),
    "Xã Khe Lim": (6380, 66.6, 44.1, 36, 14),
    "Xã Mường Khoa": (4960, 52.1, 33.5, 61, 27),
    "Xã Phiêng Sa": (5210, 63.9, 41.7, 25, 7),
    "Xã Suối Đá": (5640, 65.6, 42.3, 31, 9),
    "Xã Cao Vân": (4870, 61.8, 40.2, 22, 6),
    "Xã Bản Piềng": (4120, 49.8, 30.6, 54, 23),
    "Xã Hòa Thắm": (4530, 59.3, 38.0, 27, 8),
    "Xã Nà Sáng": (3980, 58.2, 36.9, 30, 12),
    "Xã Pác Nặm": (3640, 47.5, 29.4, 66, 31),
    "Xã Khuổi Lừa": (3310, 54.6, 34.8, 48, 21),
}
TARGET = {u[1]: u[3] for u in UNITS}


def b_rows():
    rows = []
    for name, (rec, rate, full, od, od10) in B_FIG.items():
        online = round(rec * rate / 100)
        assert round(online / rec * 100, 1) == rate, name
        rows.append([name, rec, online, rate, TARGET[name], full, od, od10])
    rows.sort(key=lambda r: r[3])
    return rows


B_ROWS = b_rows()
B_REC = sum(r[1] for r in B_ROWS)
B_ONLINE = sum(r[2] for r in B_ROWS)
B_RATE = round(B_ONLINE / B_REC * 100, 1)
B_OD = sum(r[6] for r in B_ROWS)
B_OD10 = sum(r[7] for r in B_ROWS)
B_UNDER60 = [r[0].replace("Xã ", "") for r in B_ROWS if r[3] < 60]
assert B_UNDER60 == ["Pác Nặm", "Bản Piềng", "Mường Khoa", "Khuổi Lừa", "Nà Sáng", "Hòa Thắm"]
assert (B_REC, B_ONLINE, B_OD, B_OD10) == (124800, 89416, 647, 223), (B_REC, B_ONLINE, B_OD, B_OD10)
assert B_RATE == 71.6
assert all(r[0].startswith("Xã") for r in B_ROWS[:6])
assert B_ROWS[-1][0] == "Phường Hàm Châu" and B_ROWS[0][0] == "Xã Pác Nặm"
OD10_20 = [r[0].replace("Xã ", "") for r in B_ROWS if r[7] >= 20]
assert sorted(OD10_20) == sorted(["Mường Khoa", "Bản Piềng", "Pác Nặm", "Khuổi Lừa"])
# province-wide figures in B's situation paragraph
PROV_REC, PROV_ONLINE = 214380, 158640
assert round(PROV_ONLINE / PROV_REC * 100, 1) == 74.0
PROV_OD, PROV_OD10 = 1126, 412
assert B_OD < PROV_OD and B_OD10 < PROV_OD10
for _d, _w in [("20/01/2026", "thứ Ba"), ("14/9/2026", "thứ Hai"), ("18/9/2026", "thứ Sáu"),
               ("03/10/2026", "thứ Bảy"), ("26/12/2026", "thứ Bảy"), ("15/4/2026", "thứ Tư"),
               ("21/9/2026", "thứ Hai")]:
    assert wd(_d) == _w, _d

# =========================================================================================================
# A. Quyết định 146/QĐ-UBND (Chủ tịch UBND tỉnh, 20/01/2026)
# =========================================================================================================
A_PL1_HEAD1 = ["STT", "Chỉ tiêu", "Đơn vị tính", "Giá trị", None, "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp",
               "Thời hạn hoàn thành"]
A_PL1_HEAD2 = [None, None, None, "Thực hiện năm 2025", "Chỉ tiêu năm 2026", None, None, None]
# rows: ("g", label, title) or [STT, chỉ tiêu, đvt, 2025, 2026, chủ trì, phối hợp, thời hạn]; None = merged with the
# cell above (vertical merge)
A_PL1 = [
    ("g", "I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    ["1", "Tỷ lệ TTHC được rà soát, đề xuất cắt giảm, đơn giản hóa thành phần hồ sơ, thời gian giải quyết",
     "% số TTHC thuộc thẩm quyền", "18", "≥ 25", "Các sở, ban, ngành tỉnh", "Sở Tư pháp; Văn phòng UBND tỉnh",
     "Trước 30/9/2026"],
    ["2", "Tỷ lệ TTHC được công bố, công khai đúng hạn trên Cơ sở dữ liệu quốc gia về TTHC", "%", "96,4", "100",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "Thường xuyên"],
    ["3", "Tỷ lệ hồ sơ giải quyết đúng hạn (cơ quan cấp tỉnh)", "%", "97,1", "≥ 99", "Các sở, ban, ngành tỉnh",
     "Trung tâm Phục vụ hành chính công tỉnh", "Hằng tháng"],
    ["4", "Số TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh", "thủ tục", "212", "≥ 300",
     "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ; các sở, ban, ngành tỉnh", "Trước 30/6/2026"],
    ("g", "II", "DỊCH VỤ CÔNG TRỰC TUYẾN"),
    ["1", "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận (cơ quan cấp tỉnh)", "%", "78,6", "≥ 90",
     "Các sở, ban, ngành tỉnh", "Sở Khoa học và Công nghệ", "31/12/2026"],
    ["2", "Tỷ lệ hồ sơ trực tuyến toàn trình (cơ quan cấp tỉnh)", "%", "41,2", "≥ 65", None,
     "Sở Khoa học và Công nghệ; Bưu điện tỉnh", None],
    ["3", "Tỷ lệ thanh toán trực tuyến phí, lệ phí", "%", "52,5", "≥ 70", "Sở Tài chính",
     "Kho bạc Nhà nước khu vực; các ngân hàng thương mại", None],
    ["4", "Số dịch vụ công trực tuyến được tái cấu trúc quy trình, tích hợp lên Cổng Dịch vụ công quốc gia",
     "dịch vụ", "64", "≥ 120", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành tỉnh", "Trước 30/9/2026"],
    ["5", "Điểm đánh giá theo Bộ chỉ số 766 (khối sở, ban, ngành)", "điểm", "84,3", "≥ 90", "Văn phòng UBND tỉnh",
     "Các sở, ban, ngành tỉnh", "Hằng tháng"],
    ("g", "III", "SỐ HÓA VÀ DỮ LIỆU"),
    ["1", "Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa", "%", "88,0", "100", "Các sở, ban, ngành tỉnh",
     "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên"],
    ["2", "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", "%", "46,7", "≥ 75", None,
     "Sở Khoa học và Công nghệ", "31/12/2026"],
    ["3", "Số cơ sở dữ liệu chuyên ngành được kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP)",
     "cơ sở dữ liệu", "9", "≥ 15", "Sở Khoa học và Công nghệ",
     "Sở Nông nghiệp và Môi trường; Sở Y tế; Sở Giáo dục và Đào tạo", "Trước 31/10/2026"],
    ("g", "IV", "CHUYỂN ĐỔI SỐ NỘI BỘ VÀ SỰ HÀI LÒNG"),
    ["1", "Tỷ lệ văn bản điện tử được ký số, gửi nhận trên hệ thống quản lý văn bản (trừ văn bản mật)", "%",
     "97,5", "100", "Các sở, ban, ngành tỉnh", "Sở Khoa học và Công nghệ", "Thường xuyên"],
    ["2", "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số", "%", "62", "≥ 85", "Sở Nội vụ",
     "Sở Khoa học và Công nghệ; Trường Chính trị tỉnh", "Trước 30/11/2026"],
    ["3", "Mức độ hài lòng của người dân, doanh nghiệp (khảo sát SIPAS của tỉnh)", "%", "91,8", "≥ 95",
     "Sở Nội vụ", "Trung tâm Phục vụ hành chính công tỉnh; Chi cục Thống kê tỉnh", "Quý IV/2026"],
]
assert sum(1 for r in A_PL1 if isinstance(r, list)) == 15

A_PL2_HEAD1 = ["STT", "Xã, phường", "Tỷ lệ hồ sơ trực tuyến (%)", None, "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2026 (%)",
               "Tỷ lệ thanh toán trực tuyến năm 2026 (%)", "Tài khoản VNeID mức độ 2 kích hoạt mới (tài khoản)",
               "Thành viên Tổ công nghệ số cộng đồng tối thiểu (người)"]
A_PL2_HEAD2 = [None, None, "Thực hiện năm 2025", "Chỉ tiêu năm 2026", None, None, None, None]
A_PL2_GROUPS = {"A": "CÁC PHƯỜNG", "B": "CÁC XÃ"}


def a_pl2_rows():
    rows, grp, n = [], None, 0
    for g, name, r25, t26, full, pay, vneid, cns in UNITS:
        if g != grp:
            rows.append(("g", g, A_PL2_GROUPS[g]))
            grp = g
        n += 1
        rows.append([str(n), name, pct(r25), str(t26), str(full), str(pay), vn(vneid), str(cns)])
    return rows


A_PL2 = a_pl2_rows()
A_PL2_TOTAL = ["Tổng cộng", vn(VNEID_TOTAL), str(CNS_TOTAL)]


def doc_a():
    b = [("lh22", "header", ["ỦY BAN NHÂN DÂN", "TỈNH HÀM CHÂU"], MOTTO, "Số: 146/QĐ-UBND",
          "Hàm Châu, ngày 20 tháng 01 năm 2026"),
         P("header", "QUYẾT ĐỊNH", "bc"),
         P("header", "Về việc giao chỉ tiêu cải cách hành chính, chuyển đổi số và cung cấp dịch vụ công trực tuyến "
                     "năm 2026 cho các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Hàm Châu", "bc"),
         P("header", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀM CHÂU", "bc"),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "i"),
         P("preamble", "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục "
                       "hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công "
                       "quốc gia;", "i"),
         P("preamble", "Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ "
                       "chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực "
                       "hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (sau đây "
                       "gọi tắt là Bộ chỉ số 766);", "i"),
         P("preamble", "Căn cứ Kế hoạch số 318/KH-UBND ngày 26 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh về cải cách "
                       "hành chính năm 2026 và Kế hoạch số 39/KH-UBND ngày 14 tháng 01 năm 2026 của Ủy ban nhân dân "
                       "tỉnh về chuyển đổi số năm 2026;", "i"),
         P("preamble", "Theo đề nghị của Giám đốc Sở Nội vụ và Giám đốc Sở Khoa học và Công nghệ tại Tờ trình liên "
                       "ngành số 07/TTrLN-SNV-SKHCN ngày 12 tháng 01 năm 2026.", "i"),
         P("preamble", "QUYẾT ĐỊNH:", "bc"),
         # ------------------------------------------------------------------------------------------- Điều 1
         ("dieu", "Điều 1", "Điều 1.", "Giao chỉ tiêu cải cách hành chính (sau đây viết tắt là CCHC), chuyển đổi số "
                                       "(sau đây viết tắt là CĐS) và cung cấp dịch vụ công trực tuyến năm 2026 cho "
                                       "các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường, cụ thể như sau:"),
         P("Điều 1.1", "1. Chỉ tiêu chung toàn tỉnh đến ngày 31 tháng 12 năm 2026:"),
         P("Điều 1.1.a", "a) Tỷ lệ hồ sơ thủ tục hành chính (sau đây viết tắt là TTHC) được tiếp nhận trực tuyến trên "
                         "tổng số hồ sơ đạt tối thiểu 85%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu "
                         "60%."),
         P("Điều 1.1.b", "b) Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98%; không để phát sinh hồ sơ "
                         "quá hạn trên 10 ngày làm việc."),
         P("Điều 1.1.c", "c) 100% hồ sơ, kết quả giải quyết TTHC được số hóa khi tiếp nhận và trả kết quả; tỷ lệ khai "
                         "thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu 70%."),
         P("Điều 1.1.d", "d) Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của hồ sơ có phí, lệ phí "
                         "đạt tối thiểu 65%."),
         P("Điều 1.1.đ", "đ) Điểm đánh giá theo Bộ chỉ số 766 của tỉnh đạt từ 88 điểm trở lên; mức độ hài lòng của "
                         "người dân, doanh nghiệp đối với việc giải quyết TTHC đạt tối thiểu 95%."),
         P("Điều 1.1.e", "e) Chỉ số cải cách hành chính (PAR INDEX) của tỉnh năm 2026 tăng ít nhất 03 bậc so với năm "
                         "2025; Chỉ số đánh giá chuyển đổi số (DTI) cấp tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu."),
         P("Điều 1.2", "2. Chỉ tiêu giao cho các sở, ban, ngành tỉnh: chi tiết tại Phụ lục I kèm theo Quyết định này."),
         P("Điều 1.3", "3. Chỉ tiêu giao cho Ủy ban nhân dân các xã, phường: chi tiết tại Phụ lục II kèm theo Quyết "
                       "định này. Các xã có tỷ lệ hồ sơ trực tuyến năm 2025 dưới 50% (xã Mường Khoa, xã Bản Piềng, "
                       "xã Pác Nặm, xã Khuổi Lừa) thực hiện theo lộ trình riêng: đến hết quý III năm 2026 đạt tối "
                       "thiểu 60% và đến hết năm 2026 đạt chỉ tiêu tại Phụ lục II."),
         # ------------------------------------------------------------------------------------------- Điều 2
         ("dieu", "Điều 2", "Điều 2.", "Trách nhiệm thực hiện"),
         P("Điều 2.1", "1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường:"),
         P("Điều 2.1.a", "a) Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được "
                         "giao; kết quả thực hiện là căn cứ đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2026 của "
                         "tập thể và người đứng đầu."),
         P("Điều 2.1.b", "b) Ban hành kế hoạch thực hiện chỉ tiêu của cơ quan, đơn vị, địa phương, phân công cụ thể "
                         "cho từng bộ phận, công chức, hoàn thành trước ngày 10 tháng 02 năm 2026, gửi Sở Nội vụ để "
                         "theo dõi."),
         P("Điều 2.1.c", "c) Báo cáo kết quả thực hiện chỉ tiêu hằng tháng trên Hệ thống thông tin báo cáo của tỉnh "
                         "trước ngày 22 của tháng; báo cáo quý lồng ghép trong báo cáo CCHC định kỳ."),
         P("Điều 2.2", "2. Sở Nội vụ là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện các chỉ tiêu "
                       "CCHC; định kỳ hằng quý tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 05 của "
                       "tháng đầu quý sau; chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh biên soạn Tài liệu "
                       "hỏi - đáp về giải quyết TTHC và dịch vụ công trực tuyến cho người dân, hoàn thành trong tháng "
                       "4 năm 2026."),
         P("Điều 2.3", "3. Sở Khoa học và Công nghệ chủ trì theo dõi các chỉ tiêu CĐS và dịch vụ công trực tuyến; "
                       "bảo đảm Hệ thống thông tin giải quyết TTHC tỉnh kết nối, đồng bộ dữ liệu với Cổng Dịch vụ công "
                       "quốc gia; cung cấp số liệu theo thời gian thực tại địa chỉ https://baocao.hamchau.gov.vn cho "
                       "các cơ quan, đơn vị, địa phương."),
         P("Điều 2.4", "4. Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh công khai "
                       "kết quả thực hiện chỉ tiêu của từng cơ quan, đơn vị, địa phương trên Cổng thông tin điện tử "
                       "tỉnh vào tuần đầu tiên của tháng; tham mưu Chủ tịch Ủy ban nhân dân tỉnh chấn chỉnh các cơ "
                       "quan, đơn vị, địa phương không bảo đảm tiến độ."),
         P("Điều 2.5", "5. Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường kích hoạt tài khoản định "
                       "danh điện tử mức độ 2 (VNeID) cho người dân theo chỉ tiêu tại Phụ lục II; hỗ trợ khai thác dữ "
                       "liệu dân cư phục vụ giải quyết TTHC."),
         P("Điều 2.6", "6. Sở Tài chính tham mưu bố trí kinh phí thực hiện các chỉ tiêu trong dự toán năm 2026 của các "
                       "cơ quan, đơn vị, địa phương; chủ trì hướng dẫn thanh toán trực tuyến phí, lệ phí."),
         P("Điều 2.7", "7. Bưu điện tỉnh, Viễn thông Hàm Châu (VNPT Hàm Châu), Viettel Hàm Châu phối hợp với Ủy ban "
                       "nhân dân các xã, phường hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính "
                       "công các xã, phường và thông qua Tổ công nghệ số cộng đồng."),
         P("Điều 2.8", "8. Trường hợp cần điều chỉnh chỉ tiêu, cơ quan, đơn vị, địa phương đề xuất bằng văn bản gửi Sở "
                       "Nội vụ trước ngày 30 tháng 6 năm 2026 để tổng hợp, trình Chủ tịch Ủy ban nhân dân tỉnh xem "
                       "xét; sau thời hạn này không điều chỉnh chỉ tiêu."),
         ("dieu", "Điều 3", "Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký."),
         ("dieu", "Điều 4", "Điều 4.", "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Khoa "
                                       "học và Công nghệ, Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân "
                                       "dân các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi "
                                       "hành Quyết định này./."),
         ("sigtab",
          ["Nơi nhận:", "- Như Điều 4;", "- Bộ Nội vụ (b/c);", "- Thường trực Tỉnh ủy (b/c);",
           "- Thường trực HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;", "- Công an tỉnh;",
           "- Bưu điện tỉnh, VNPT Hàm Châu, Viettel Hàm Châu;", "- Lưu: VT, NC."],
          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Âu Minh Trọng"]),
         ("landscape",),
         P("Phụ lục I", "Phụ lục I", "bc"),
         P("Phụ lục I", "CHỈ TIÊU GIAO CHO CÁC SỞ, BAN, NGÀNH TỈNH NĂM 2026", "bc"),
         P("Phụ lục I", "(Kèm theo Quyết định số 146/QĐ-UBND ngày 20/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh)", "ic"),
         ("pl1", "Phụ lục I", A_PL1_HEAD1, A_PL1_HEAD2, A_PL1),
         P("Phụ lục I", "Ghi chú: Chỉ tiêu có ký hiệu “≥” là mức tối thiểu phải đạt. “Các sở, ban, ngành tỉnh” gồm 14 "
                        "cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và 03 cơ quan ngành dọc có TTHC tiếp nhận tại "
                        "Trung tâm Phục vụ hành chính công tỉnh (Công an tỉnh, Bảo hiểm xã hội tỉnh, Thuế tỉnh).", "i"),
         ("portrait",),
         P("Phụ lục II", "Phụ lục II", "bc"),
         P("Phụ lục II", "CHỈ TIÊU GIAO CHO ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG NĂM 2026", "bc"),
         P("Phụ lục II", "(Kèm theo Quyết định số 146/QĐ-UBND ngày 20/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh)",
           "ic"),
         ("pl2", "Phụ lục II", A_PL2_HEAD1, A_PL2_HEAD2, A_PL2, A_PL2_TOTAL),
         P("Phụ lục II", "Ghi chú: Tỷ lệ hồ sơ trực tuyến năm 2025 tính theo số liệu trên Hệ thống thông tin giải quyết "
                         "TTHC tỉnh đến hết ngày 31/12/2025, tổng hợp theo đơn vị hành chính sau sắp xếp.", "i"),
         ]
    return b


# =========================================================================================================
# B. Công điện 05/CĐ-UBND (Chủ tịch UBND tỉnh, 14/9/2026)
# =========================================================================================================
B_HEAD1 = ["STT", "Xã, phường", "Hồ sơ tiếp nhận", "Hồ sơ trực tuyến", None, None, "Tỷ lệ toàn trình (%)",
           "Hồ sơ quá hạn", None]
B_HEAD2 = [None, None, None, "Số hồ sơ", "Tỷ lệ (%)", "Chỉ tiêu năm 2026 (%)", None, "Tổng số", "Trên 10 ngày"]


def b_table_rows():
    out = []
    for n, (name, rec, online, rate, tgt, full, od, od10) in enumerate(B_ROWS, 1):
        out.append([str(n), name, vn(rec), vn(online), pct(rate), str(tgt), pct(full), str(od), str(od10)])
    return out


B_TROWS = b_table_rows()
B_TOTAL = ["Cộng", vn(B_REC), vn(B_ONLINE), pct(B_RATE), "", "", str(B_OD), str(B_OD10)]


def doc_b():
    six = ", ".join(B_UNDER60[:0] + ["Mường Khoa", "Bản Piềng", "Pác Nặm", "Khuổi Lừa", "Nà Sáng", "Hòa Thắm"])
    assert sorted(six.split(", ")) == sorted(B_UNDER60)
    b = [("lh2", "header", ["ỦY BAN NHÂN DÂN", "TỈNH HÀM CHÂU"], MOTTO, "Số: 05/CĐ-UBND",
          "Hàm Châu, ngày 14 tháng 9 năm 2026", "HỎA TỐC"),
         P("header", "CÔNG ĐIỆN", "bc"),
         P("header", "Về việc tập trung giải quyết hồ sơ thủ tục hành chính quá hạn, tăng tốc cung cấp dịch vụ công "
                     "trực tuyến toàn trình trong quý IV năm 2026", "bc"),
         P("header", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "b"),
         P("header", "Giám đốc các sở, ban, ngành tỉnh;", "d"),
         P("header", "Chủ tịch Ủy ban nhân dân các xã, phường;", "d"),
         P("header", "Giám đốc Công an tỉnh;", "d"),
         P("header", "Giám đốc Bưu điện tỉnh, Giám đốc Viễn thông Hàm Châu (VNPT Hàm Châu), Giám đốc Viettel Hàm "
                     "Châu.", "d"),
         P("preamble", "Thực hiện Quyết định số 146/QĐ-UBND ngày 20/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc "
                       "giao chỉ tiêu cải cách hành chính, chuyển đổi số và cung cấp dịch vụ công trực tuyến năm 2026 "
                       "(sau đây gọi tắt là Quyết định số 146/QĐ-UBND), các cơ quan, đơn vị, địa phương đã có nhiều cố "
                       f"gắng. Tính đến hết ngày 31/8/2026, toàn tỉnh tiếp nhận {vn(PROV_REC)} hồ sơ thủ tục hành "
                       f"chính (sau đây viết tắt là TTHC), trong đó {vn(PROV_ONLINE)} hồ sơ nộp trực tuyến, đạt "
                       f"{pct(PROV_ONLINE / PROV_REC * 100)}%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,3%; tỷ lệ giải "
                       "quyết đúng hạn đạt 96,2%."),
         P("preamble", f"Tuy nhiên, toàn tỉnh còn {vn(PROV_OD)} hồ sơ quá hạn, trong đó {PROV_OD10} hồ sơ quá hạn trên "
                       f"10 ngày làm việc; riêng khối xã, phường có {B_OD} hồ sơ quá hạn, tập trung ở lĩnh vực đất "
                       "đai (chiếm 63%) và hộ tịch. Có 06 xã có tỷ lệ hồ sơ trực tuyến dưới 60% (chi tiết tại Phụ lục "
                       "kèm theo); một số Trung tâm Phục vụ hành chính công xã, phường còn tiếp nhận hồ sơ giấy rồi "
                       "mới số hóa, cập nhật lên hệ thống chậm từ 02 đến 05 ngày; tình trạng yêu cầu người dân bổ sung "
                       "hồ sơ quá 01 lần vẫn còn xảy ra."),
         P("preamble", "Để hoàn thành các chỉ tiêu năm 2026, bảo đảm quyền lợi của người dân, doanh nghiệp, Chủ tịch Ủy "
                       "ban nhân dân tỉnh yêu cầu:"),
         # ---------------------------------------------------------------------------------------------- 1
         P("1", "1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường:", "b"),
         P("1.a", "a) Trực tiếp chỉ đạo rà soát toàn bộ hồ sơ quá hạn, hồ sơ sắp đến hạn; giải quyết dứt điểm "
                  f"{PROV_OD10} hồ sơ quá hạn trên 10 ngày làm việc trước ngày 30/9/2026 và toàn bộ hồ sơ quá hạn còn "
                  "lại trước ngày 15/10/2026; trường hợp chưa giải quyết được phải có văn bản xin lỗi, nêu rõ lý do và "
                  "hẹn lại thời gian trả kết quả theo quy định."),
         P("1.b", "b) Không yêu cầu người dân, doanh nghiệp nộp bản giấy đối với thành phần hồ sơ đã được số hóa hoặc "
                  "đã có trong cơ sở dữ liệu; chỉ yêu cầu bổ sung, hoàn thiện hồ sơ 01 lần."),
         P("1.c", "c) Số hóa hồ sơ ngay khi tiếp nhận và cập nhật lên Hệ thống thông tin giải quyết TTHC tỉnh trong "
                  "ngày làm việc; tuyệt đối không tiếp nhận, xử lý hồ sơ ngoài hệ thống."),
         P("1.d", "d) Báo cáo kết quả xử lý hồ sơ quá hạn hằng tuần, trước 15 giờ 00 ngày thứ Sáu, về Văn phòng Ủy ban "
                  "nhân dân tỉnh qua Hệ thống quản lý văn bản và điều hành, từ ngày 18/9/2026 đến hết ngày "
                  "31/12/2026; báo cáo tuần thay cho báo cáo tháng quy định tại điểm c khoản 1 Điều 2 Quyết định số "
                  "146/QĐ-UBND trong thời gian này."),
         P("1.đ", "đ) Bố trí công chức tiếp nhận, trả kết quả làm việc cả ngày thứ Bảy (sáng từ 7 giờ 30 đến 11 giờ "
                  "30, chiều từ 13 giờ 30 đến 17 giờ 00) tại Trung tâm Phục vụ hành chính công tỉnh và Trung tâm Phục "
                  "vụ hành chính công các xã, phường từ ngày 03/10/2026 đến hết ngày 26/12/2026."),
         # ---------------------------------------------------------------------------------------------- 2
         P("2", f"2. Chủ tịch Ủy ban nhân dân 06 xã có tỷ lệ hồ sơ trực tuyến dưới 60% ({six}) xây dựng phương án "
                "tăng tốc, gửi Sở Nội vụ trước ngày 25/9/2026; bố trí tối thiểu 02 công chức hoặc thành viên Tổ công "
                "nghệ số cộng đồng trực hướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công "
                "xã trong giờ hành chính; đến hết quý IV năm 2026 đạt chỉ tiêu được giao tại Phụ lục II Quyết định số "
                "146/QĐ-UBND."),
         # ---------------------------------------------------------------------------------------------- 3
         P("3", "3. Sở Khoa học và Công nghệ:", "b"),
         P("3.a", "a) Chủ trì, phối hợp với VNPT Hàm Châu khắc phục dứt điểm lỗi đồng bộ trạng thái hồ sơ giữa Hệ "
                  "thống thông tin giải quyết TTHC tỉnh và Cổng Dịch vụ công quốc gia, hoàn thành trước ngày "
                  "30/9/2026."),
         P("3.b", "b) Rà soát, tái cấu trúc quy trình, đưa thêm tối thiểu 40 dịch vụ công trực tuyến toàn trình lên "
                  "Cổng Dịch vụ công quốc gia trong quý IV năm 2026, ưu tiên các lĩnh vực hộ tịch, đất đai, người có "
                  "công."),
         P("3.c", "c) Bảo đảm an toàn thông tin, duy trì hệ thống hoạt động liên tục 24/7; thông báo trước ít nhất 48 "
                  "giờ trên Cổng Dịch vụ công tỉnh khi tạm dừng hệ thống để bảo trì."),
         P("4", "4. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường và Văn phòng "
                "Đăng ký đất đai rà soát, giải quyết hồ sơ đất đai quá hạn; hoàn thiện quy trình liên thông giữa Trung "
                "tâm Phục vụ hành chính công xã, phường và Văn phòng Đăng ký đất đai, rút ngắn thời gian luân chuyển "
                "hồ sơ xuống không quá 01 ngày làm việc."),
         P("5", "5. Sở Tư pháp chủ trì hướng dẫn, tháo gỡ vướng mắc về đăng ký hộ tịch, chứng thực điện tử cho công "
                "chức Tư pháp - Hộ tịch các xã, phường; tổ chức tập huấn trực tuyến cho 100% công chức Tư pháp - Hộ "
                "tịch trước ngày 10/10/2026."),
         P("6", "6. Công an tỉnh chỉ đạo Công an các xã, phường phối hợp với Ủy ban nhân dân cùng cấp đẩy mạnh kích hoạt "
                "tài khoản định danh điện tử mức độ 2, hướng dẫn người dân sử dụng tài khoản VNeID để đăng nhập Cổng "
                "Dịch vụ công quốc gia; tổ chức các đợt cao điểm vào thứ Bảy, Chủ nhật hằng tuần trong tháng 10 và "
                "tháng 11 năm 2026."),
         P("7", "7. Bưu điện tỉnh, VNPT Hàm Châu, Viettel Hàm Châu bố trí nhân lực hỗ trợ người dân nộp hồ sơ trực "
                "tuyến tại Trung tâm Phục vụ hành chính công của 06 xã nêu tại mục 2 từ ngày 21/9/2026 đến ngày "
                "31/12/2026; Bưu điện tỉnh tăng cường tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích, "
                "miễn cước cho người thuộc hộ nghèo và người từ đủ 75 tuổi trở lên theo chương trình hỗ trợ của Bưu "
                "điện tỉnh."),
         P("8", "8. Văn phòng Ủy ban nhân dân tỉnh:", "b"),
         P("8.a", "a) Chỉ đạo Trung tâm Phục vụ hành chính công tỉnh tổng hợp, công khai danh sách hồ sơ quá hạn theo "
                  "từng cơ quan, đơn vị, địa phương trên Cổng thông tin điện tử tỉnh vào thứ Hai hằng tuần."),
         P("8.b", "b) Duy trì đường dây nóng 0257 6 250 250 và tài khoản Zalo “Hành chính công Hàm Châu” để tiếp nhận "
                  "phản ánh của người dân về hồ sơ quá hạn, yêu cầu bổ sung hồ sơ không đúng quy định; chuyển cơ quan "
                  "có thẩm quyền xử lý trong ngày làm việc."),
         P("8.c", "c) Theo dõi, đôn đốc việc thực hiện Công điện này; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh "
                  "trước ngày 05/01/2027."),
         P("9", "9. Sở Nội vụ đưa kết quả thực hiện Công điện này vào đánh giá, chấm điểm Chỉ số CCHC năm 2026 của các "
                "cơ quan, đơn vị, địa phương; tham mưu xem xét trách nhiệm người đứng đầu cơ quan, đơn vị, địa phương "
                "còn từ 20 hồ sơ quá hạn trên 10 ngày làm việc trở lên tại thời điểm ngày 15/10/2026; tiếp tục phát "
                "hành Tài liệu hỏi - đáp kèm theo Công văn số 612/SNV-CCHC ngày 15/4/2026 của Sở Nội vụ đến các thôn, "
                "tổ dân phố."),
         P("closing", "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc triển "
                      "khai thực hiện Công điện này./."),
         ("sig2",
          ["Nơi nhận:", "- Như trên;", "- Văn phòng Chính phủ (b/c);", "- Bộ Nội vụ (b/c);",
           "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
           "- Báo và Phát thanh, Truyền hình Hàm Châu;", "- Lưu: VT, KSTT."],
          ["CHỦ TỊCH", "", "(đã ký)", "", "Khúc Văn Thịnh"]),
         ("landscape",),
         P("Phụ lục", "PHỤ LỤC", "bc"),
         P("Phụ lục", "TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC CỦA CÁC XÃ, PHƯỜNG", "bc"),
         P("Phụ lục", "(Số liệu từ ngày 01/01/2026 đến hết ngày 31/8/2026; xếp theo tỷ lệ hồ sơ trực tuyến từ thấp đến "
                      "cao)", "ic"),
         P("Phụ lục", "(Kèm theo Công điện số 05/CĐ-UBND ngày 14/9/2026 của Chủ tịch Ủy ban nhân dân tỉnh)", "ic"),
         ("btab", "Phụ lục", B_HEAD1, B_HEAD2, B_TROWS, B_TOTAL),
         P("Phụ lục", "Ghi chú: Các dòng tô nền là xã có tỷ lệ hồ sơ trực tuyến dưới 60%. Chỉ tiêu năm 2026 theo Phụ lục "
                      "II Quyết định số 146/QĐ-UBND. Nguồn số liệu: Hệ thống thông tin giải quyết TTHC tỉnh, trích "
                      "xuất ngày 01/9/2026.", "i"),
         ]
    return b


# =========================================================================================================
# C. Tài liệu hỏi - đáp (Sở Nội vụ, kèm theo Công văn 612/SNV-CCHC ngày 15/4/2026)
# =========================================================================================================
C_ABBR = [("TTHC", "Thủ tục hành chính"),
          ("DVCTT", "Dịch vụ công trực tuyến"),
          ("Trung tâm PVHCC", "Trung tâm Phục vụ hành chính công"),
          ("CSDLQG", "Cơ sở dữ liệu quốc gia"),
          ("BCCI", "Dịch vụ bưu chính công ích"),
          ("Tổ CNSCĐ", "Tổ công nghệ số cộng đồng"),
          ("SIPAS", "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước")]
C_HOURS_HEAD = ["Nơi tiếp nhận", "Thứ Hai đến thứ Sáu", "Sáng thứ Bảy"]
C_HOURS = [["Trung tâm PVHCC tỉnh", "Sáng 7 giờ 30 - 11 giờ 30; chiều 13 giờ 30 - 17 giờ 00",
            "7 giờ 30 - 11 giờ 30"],
           ["Trung tâm PVHCC 04 phường", "Sáng 7 giờ 30 - 11 giờ 30; chiều 13 giờ 30 - 17 giờ 00",
            "7 giờ 30 - 11 giờ 30"],
           ["Trung tâm PVHCC 12 xã", "Sáng 7 giờ 00 - 11 giờ 30; chiều 13 giờ 30 - 17 giờ 00",
            "Không làm việc (trừ khi có thông báo của Ủy ban nhân dân xã)"]]
C_CONTACT_HEAD = ["Nội dung cần hỗ trợ", "Đơn vị đầu mối", "Điện thoại", "Thư điện tử"]
C_CONTACT = [["Giải quyết TTHC, phản ánh về thái độ phục vụ", "Trung tâm PVHCC tỉnh", "0257 6 250 250",
              "trungtamhcc@hamchau.gov.vn"],
             ["Chỉ số CCHC, khảo sát SIPAS, nội dung Tài liệu", "Phòng Cải cách hành chính, Sở Nội vụ",
              "0257 6 251 318", "cchc.snv@hamchau.gov.vn"],
             ["Lỗi tài khoản, lỗi nộp hồ sơ trực tuyến", "Sở Khoa học và Công nghệ", "1800 8 157 (miễn phí)",
              "hotrodvc@hamchau.gov.vn"],
             ["Gửi hồ sơ, nhận kết quả qua BCCI", "Bưu điện tỉnh", "0257 6 888 150", "Không có"]]


def doc_c():
    Q = lambda n, part, q: ("q", f"{part}.Câu {n}", f"Câu {n}. {q}")
    A = lambda sec, text: ("p", sec, text, "")
    b = [("md", "header", "ỦY BAN NHÂN DÂN TỈNH HÀM CHÂU"),
         ("md", "header", "**SỞ NỘI VỤ**"),
         ("h1", "header", "TÀI LIỆU HỎI - ĐÁP"),
         ("md", "header", "**Về giải quyết thủ tục hành chính, dịch vụ công trực tuyến và Trung tâm Phục vụ hành chính "
                          "công các xã, phường trên địa bàn tỉnh Hàm Châu**"),
         ("md", "header", "*(Kèm theo Công văn số 612/SNV-CCHC ngày 15 tháng 4 năm 2026 của Sở Nội vụ tỉnh Hàm "
                          "Châu)*"),
         ("rule",),
         ("h2", "preamble", "LỜI GIỚI THIỆU"),
         A("preamble", "Thực hiện Quyết định số 146/QĐ-UBND ngày 20/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc "
                       "giao chỉ tiêu cải cách hành chính, chuyển đổi số và cung cấp dịch vụ công trực tuyến năm 2026, "
                       "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh biên soạn Tài liệu hỏi - đáp "
                       "(sau đây gọi tắt là Tài liệu) gồm 24 câu hỏi thường gặp của người dân, doanh nghiệp khi thực "
                       "hiện thủ tục hành chính sau khi tỉnh vận hành chính quyền địa phương hai cấp."),
         A("preamble", "Tài liệu được đăng tải tại chuyên mục “Hỏi - đáp” trên Cổng thông tin điện tử Sở Nội vụ "
                       "(https://sonoivu.hamchau.gov.vn), được in, cấp phát đến Trung tâm Phục vụ hành chính công các "
                       "xã, phường và sử dụng làm nội dung phát trên hệ thống thông tin cơ sở. Các từ viết tắt trong "
                       "Tài liệu như sau:"),
         ("mdtab", "preamble", ["Từ viết tắt", "Nghĩa đầy đủ"], [list(x) for x in C_ABBR]),
         # ------------------------------------------------------------------------------------------ Phần I
         ("h2", "Phần I", "PHẦN I. NHỮNG VẤN ĐỀ CHUNG"),
         Q(1, "Phần I", "Từ ngày 01/7/2025, người dân, doanh nghiệp nộp hồ sơ thủ tục hành chính ở đâu?"),
         A("Phần I.Câu 1", "**Trả lời:** Người dân, doanh nghiệp có thể lựa chọn một trong các cách sau:"),
         ("li", "Phần I.Câu 1", "Nộp trực tiếp tại Trung tâm PVHCC tỉnh (trực thuộc Văn phòng Ủy ban nhân dân tỉnh), "
                                "địa chỉ: Số 9 đường Hoàng Văn Thụ, phường Hàm Châu, đối với TTHC thuộc thẩm quyền "
                                "giải quyết của các sở, ban, ngành tỉnh;"),
         ("li", "Phần I.Câu 1", "Nộp trực tiếp tại Trung tâm PVHCC của 16 xã, phường (04 phường, 12 xã) đối với TTHC "
                                "cấp xã và các TTHC được tiếp nhận không phụ thuộc địa giới hành chính;"),
         ("li", "Phần I.Câu 1", "Nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công tỉnh tại địa "
                                "chỉ https://dichvucong.hamchau.gov.vn;"),
         ("li", "Phần I.Câu 1", "Gửi hồ sơ qua BCCI tại bưu cục, điểm Bưu điện - Văn hóa xã."),
         Q(2, "Phần I", "Thủ tục hành chính “không phụ thuộc địa giới hành chính” được hiểu như thế nào?"),
         A("Phần I.Câu 2", "**Trả lời:** TTHC không phụ thuộc địa giới hành chính là TTHC mà người dân, doanh nghiệp được "
                           "nộp hồ sơ, nhận kết quả tại bất kỳ Trung tâm PVHCC nào trong tỉnh, không phụ thuộc nơi cư "
                           "trú hoặc nơi có trụ sở. Năm 2026, tỉnh phấn đấu có ít nhất 300 TTHC được thực hiện không "
                           "phụ thuộc địa giới hành chính; danh mục do Văn phòng Ủy ban nhân dân tỉnh công bố và cập "
                           "nhật trên Cổng Dịch vụ công tỉnh."),
         Q(3, "Phần I", "Thời gian làm việc của các Trung tâm PVHCC như thế nào?"),
         A("Phần I.Câu 3", "**Trả lời:** Thời gian tiếp nhận hồ sơ và trả kết quả như sau:"),
         ("mdtab", "Phần I.Câu 3", C_HOURS_HEAD, C_HOURS),
         A("Phần I.Câu 3", "Vào sáng thứ Bảy, Trung tâm chỉ tiếp nhận hồ sơ và trả kết quả, không giải quyết hồ sơ trong "
                           "ngày. Hồ sơ nộp trực tuyến được tiếp nhận 24 giờ trong ngày, 07 ngày trong tuần; hồ sơ nộp "
                           "sau 17 giờ 00 hoặc vào ngày nghỉ được tính từ ngày làm việc tiếp theo."),
         Q(4, "Phần I", "Nộp hồ sơ trực tuyến có được giảm phí, lệ phí không?"),
         A("Phần I.Câu 4", "**Trả lời:** Có. Theo Nghị quyết số 19/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân "
                           "tỉnh, từ ngày 01/01/2026 đến hết ngày 31/12/2027, mức thu phí, lệ phí đối với hồ sơ nộp "
                           "trực tuyến của 36 TTHC thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh bằng 50% mức "
                           "thu khi nộp trực tiếp. Việc tiếp nhận, hướng dẫn hồ sơ tại Trung tâm PVHCC không thu bất kỳ "
                           "khoản tiền nào."),
         Q(5, "Phần I", "Năm 2026, tỉnh đặt mục tiêu gì về dịch vụ công trực tuyến?"),
         A("Phần I.Câu 5", "**Trả lời:** Theo Quyết định số 146/QĐ-UBND, đến ngày 31/12/2026 toàn tỉnh phấn đấu đạt tối "
                           "thiểu 85% hồ sơ TTHC được tiếp nhận trực tuyến, trong đó tối thiểu 60% là hồ sơ trực tuyến "
                           "toàn trình; 100% hồ sơ, kết quả giải quyết được số hóa; mức độ hài lòng của người dân, "
                           "doanh nghiệp đạt tối thiểu 95%. Mỗi xã, phường được giao chỉ tiêu riêng."),
         # ------------------------------------------------------------------------------------------ Phần II
         ("h2", "Phần II", "PHẦN II. NỘP HỒ SƠ TRỰC TUYẾN"),
         Q(6, "Phần II", "Dịch vụ công trực tuyến toàn trình và dịch vụ công trực tuyến một phần khác nhau thế nào?"),
         A("Phần II.Câu 6", "**Trả lời:** DVCTT toàn trình là dịch vụ bảo đảm cung cấp toàn bộ thông tin về TTHC, người "
                            "dân thực hiện trực tuyến tất cả các bước từ nộp hồ sơ, thanh toán phí, lệ phí đến nhận kết "
                            "quả; kết quả được trả trực tuyến hoặc qua BCCI. DVCTT một phần là dịch vụ mà người dân vẫn "
                            "phải đến Trung tâm PVHCC ít nhất một lần để nộp bản gốc giấy tờ, ký nhận hoặc nhận kết "
                            "quả."),
         Q(7, "Phần II", "Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản nào?"),
         A("Phần II.Câu 7", "**Trả lời:** Công dân Việt Nam đăng nhập bằng tài khoản định danh điện tử mức độ 2 trên ứng "
                            "dụng VNeID. Tổ chức, doanh nghiệp đăng nhập bằng tài khoản định danh điện tử của tổ chức. "
                            "Người chưa có tài khoản mức độ 2 liên hệ Công an xã, phường nơi cư trú để được hướng dẫn "
                            "kích hoạt."),
         Q(8, "Phần II", "Các bước nộp một hồ sơ trực tuyến?"),
         A("Phần II.Câu 8", "**Trả lời:** Người dân thực hiện theo 05 bước:"),
         ("step", "Phần II.Câu 8", "Bước 1: Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID."),
         ("step", "Phần II.Câu 8", "Bước 2: Tìm kiếm TTHC cần thực hiện, chọn cơ quan giải quyết (xã, phường hoặc sở, "
                                   "ngành)."),
         ("step", "Phần II.Câu 8", "Bước 3: Kê khai tờ khai điện tử; tải lên hoặc chọn giấy tờ đã có trong kho dữ liệu "
                                   "cá nhân."),
         ("step", "Phần II.Câu 8", "Bước 4: Chọn hình thức nhận kết quả (trực tuyến, tại Trung tâm PVHCC hoặc qua "
                                   "BCCI) và thanh toán phí, lệ phí (nếu có)."),
         ("step", "Phần II.Câu 8", "Bước 5: Nộp hồ sơ, lưu lại mã hồ sơ để tra cứu."),
         Q(9, "Phần II", "Sau khi nộp trực tuyến, có phải mang hồ sơ giấy đến nộp lại không?"),
         A("Phần II.Câu 9", "**Trả lời:** Đối với DVCTT toàn trình, người dân không phải nộp lại hồ sơ giấy. Cơ quan "
                            "giải quyết không được yêu cầu nộp lại giấy tờ đã được số hóa, giấy tờ đã có trong CSDLQG về "
                            "dân cư hoặc đã được cấp bản điện tử; nếu hồ sơ chưa đầy đủ, cơ quan tiếp nhận chỉ yêu cầu "
                            "bổ sung, hoàn thiện 01 lần, nêu rõ nội dung cần bổ sung."),
         Q(10, "Phần II", "Có thể thanh toán phí, lệ phí trực tuyến bằng những cách nào?"),
         A("Phần II.Câu 10", "**Trả lời:** Người dân thanh toán qua Nền tảng thanh toán trực tuyến trên Cổng Dịch vụ công "
                             "quốc gia bằng một trong các cách sau:"),
         ("li", "Phần II.Câu 10", "Ứng dụng ngân hàng trên điện thoại (Mobile Banking);"),
         ("li", "Phần II.Câu 10", "Quét mã QR hiển thị trên màn hình thanh toán;"),
         ("li", "Phần II.Câu 10", "Ví điện tử được kết nối với Cổng Dịch vụ công quốc gia;"),
         ("li", "Phần II.Câu 10", "Thẻ ngân hàng nội địa hoặc thẻ quốc tế."),
         A("Phần II.Câu 10", "Biên lai điện tử được gửi vào tài khoản của người nộp; không phải in biên lai giấy."),
         Q(11, "Phần II", "Làm sao để biết hồ sơ của tôi đang được xử lý đến bước nào?"),
         A("Phần II.Câu 11", "**Trả lời:** Người dân tra cứu bằng mã hồ sơ tại mục “Tra cứu hồ sơ” trên Cổng Dịch vụ công "
                             "tỉnh hoặc quét mã QR in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Hệ thống tự động gửi "
                             "tin nhắn SMS và thông báo qua tài khoản Zalo “Hành chính công Hàm Châu” khi hồ sơ được "
                             "tiếp nhận, khi có yêu cầu bổ sung và khi có kết quả."),
         Q(12, "Phần II", "Hồ sơ nộp trực tuyến được kiểm tra trong bao lâu?"),
         A("Phần II.Câu 12", "**Trả lời:** Chậm nhất 01 ngày làm việc kể từ khi hệ thống ghi nhận hồ sơ, công chức Trung "
                             "tâm PVHCC phải kiểm tra và thông báo cho người nộp: tiếp nhận hồ sơ, yêu cầu bổ sung (01 "
                             "lần) hoặc từ chối có nêu rõ lý do. Thời hạn giải quyết được tính từ khi hồ sơ được tiếp "
                             "nhận đầy đủ, hợp lệ."),
         Q(13, "Phần II", "Người không sử dụng được điện thoại thông minh thì được hỗ trợ ở đâu?"),
         A("Phần II.Câu 13", "**Trả lời:** Người dân được hỗ trợ miễn phí tại:"),
         ("li", "Phần II.Câu 13", "Khu vực hướng dẫn, hỗ trợ của Trung tâm PVHCC tỉnh và Trung tâm PVHCC các xã, "
                                  "phường; công chức, đoàn viên thanh niên tình nguyện hướng dẫn trực tiếp;"),
         ("li", "Phần II.Câu 13", "Tổ CNSCĐ ở thôn, tổ dân phố; toàn tỉnh có 401 thành viên theo chỉ tiêu năm 2026, "
                                  "hướng dẫn tại nhà đối với người cao tuổi, người khuyết tật;"),
         ("li", "Phần II.Câu 13", "Điểm hỗ trợ DVCTT đặt tại bưu cục của Bưu điện tỉnh."),
         # ------------------------------------------------------------------------------------------ Phần III
         ("h2", "Phần III", "PHẦN III. TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ, PHƯỜNG VÀ DỊCH VỤ BƯU CHÍNH CÔNG ÍCH"),
         Q(14, "Phần III", "Trung tâm PVHCC xã, phường do ai phụ trách và làm những việc gì?"),
         A("Phần III.Câu 14", "**Trả lời:** Trung tâm PVHCC xã, phường do Ủy ban nhân dân xã, phường thành lập; Giám đốc "
                              "Trung tâm là Phó Chủ tịch Ủy ban nhân dân xã, phường (kiêm nhiệm). Trung tâm có nhiệm vụ:"),
         ("li", "Phần III.Câu 14", "Hướng dẫn, tiếp nhận, số hóa hồ sơ và trả kết quả giải quyết TTHC;"),
         ("li", "Phần III.Câu 14", "Theo dõi, đôn đốc việc giải quyết hồ sơ đúng hạn; gửi thư xin lỗi khi hồ sơ quá "
                                   "hạn;"),
         ("li", "Phần III.Câu 14", "Hỗ trợ người dân nộp hồ sơ trực tuyến, kích hoạt và sử dụng tài khoản VNeID;"),
         ("li", "Phần III.Câu 14", "Tiếp nhận phản ánh, kiến nghị về giải quyết TTHC tại Trung tâm."),
         Q(15, "Phần III", "Muốn nhận kết quả tại nhà qua bưu điện thì làm thế nào, ai trả cước?"),
         A("Phần III.Câu 15", "**Trả lời:** Khi nộp hồ sơ (trực tiếp hoặc trực tuyến), người dân đăng ký nhận kết quả qua "
                              "BCCI và ghi rõ địa chỉ nhận. Việc sử dụng BCCI là tự nguyện; người sử dụng dịch vụ trả "
                              "cước theo bảng giá của Bưu điện tỉnh. Nhân viên bưu điện giao kết quả tận tay, yêu cầu "
                              "người nhận xuất trình giấy tờ tùy thân."),
         Q(16, "Phần III", "Có được ủy quyền cho người khác nộp hồ sơ hoặc nhận kết quả thay không?"),
         A("Phần III.Câu 16", "**Trả lời:** Được, trừ các TTHC mà pháp luật yêu cầu người yêu cầu phải trực tiếp thực hiện. "
                              "Người được ủy quyền xuất trình văn bản ủy quyền theo quy định và giấy tờ tùy thân của mình."),
         Q(17, "Phần III", "Khu vực tự phục vụ tại Trung tâm PVHCC được trang bị những gì?"),
         A("Phần III.Câu 17", "**Trả lời:** Khu vực tự phục vụ được trang bị:"),
         ("li", "Phần III.Câu 17", "Máy tính kết nối Internet, máy quét tài liệu và máy in;"),
         ("li", "Phần III.Câu 17", "Ki-ốt tra cứu TTHC và tình trạng hồ sơ;"),
         ("li", "Phần III.Câu 17", "Mạng Wi-Fi miễn phí;"),
         ("li", "Phần III.Câu 17", "Thiết bị đánh giá mức độ hài lòng tại quầy."),
         A("Phần III.Câu 17", "Khu vực mở cửa trong giờ làm việc của Trung tâm."),
         Q(18, "Phần III", "Hồ sơ đất đai nộp tại Trung tâm PVHCC xã được chuyển đi giải quyết như thế nào?"),
         A("Phần III.Câu 18", "**Trả lời:** Trung tâm PVHCC xã, phường tiếp nhận, số hóa hồ sơ và chuyển Văn phòng Đăng "
                              "ký đất đai qua Hệ thống thông tin giải quyết TTHC tỉnh trong ngày làm việc. Kết quả được "
                              "trả tại Trung tâm PVHCC nơi đã nộp hồ sơ hoặc qua BCCI nếu người dân có đăng ký."),
         # ------------------------------------------------------------------------------------------ Phần IV
         ("h2", "Phần IV", "PHẦN IV. ĐÁNH GIÁ, PHẢN ÁNH, KIẾN NGHỊ"),
         Q(19, "Phần IV", "Người dân đánh giá sự phục vụ của cán bộ bằng cách nào?"),
         A("Phần IV.Câu 19", "**Trả lời:** Người dân đánh giá mức độ hài lòng trên Cổng Dịch vụ công sau khi nhận kết "
                             "quả, bằng thiết bị đánh giá tại quầy hoặc qua đường liên kết trong tin nhắn SMS. Kết quả "
                             "đánh giá được công khai hằng tháng trên Cổng Dịch vụ công tỉnh. Ngoài ra, Sở Nội vụ tổ chức "
                             "khảo sát SIPAS của tỉnh mỗi năm một lần vào quý IV."),
         Q(20, "Phần IV", "Bị cán bộ gây khó khăn, yêu cầu nộp thêm giấy tờ không đúng quy định thì phản ánh ở đâu?"),
         A("Phần IV.Câu 20", "**Trả lời:** Người dân có thể phản ánh qua các kênh sau:"),
         ("li", "Phần IV.Câu 20", "Đường dây nóng của Trung tâm PVHCC tỉnh: 0257 6 250 250;"),
         ("li", "Phần IV.Câu 20", "Chức năng “Phản ánh, kiến nghị” trên Cổng Dịch vụ công quốc gia;"),
         ("li", "Phần IV.Câu 20", "Tài khoản Zalo “Hành chính công Hàm Châu”;"),
         ("li", "Phần IV.Câu 20", "Hòm thư góp ý đặt tại các Trung tâm PVHCC."),
         A("Phần IV.Câu 20", "Phản ánh được trả lời trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận; người phản ánh "
                             "được giữ bí mật thông tin cá nhân."),
         Q(21, "Phần IV", "Hồ sơ bị trễ hẹn thì cơ quan giải quyết phải làm gì?"),
         A("Phần IV.Câu 21", "**Trả lời:** Chậm nhất 01 ngày làm việc trước ngày hẹn trả kết quả, cơ quan giải quyết phải "
                             "gửi văn bản xin lỗi người dân, nêu rõ lý do và hẹn lại thời gian trả kết quả. Danh sách "
                             "hồ sơ trễ hạn của từng cơ quan, đơn vị, địa phương được công khai hằng tháng trên Cổng "
                             "thông tin điện tử tỉnh."),
         Q(22, "Phần IV", "Cán bộ có được yêu cầu bổ sung hồ sơ nhiều lần không?"),
         A("Phần IV.Câu 22", "**Trả lời:** Không. Công chức tiếp nhận chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ 01 lần, "
                             "bằng phiếu hướng dẫn ghi đầy đủ nội dung cần bổ sung. Trường hợp yêu cầu bổ sung lần thứ "
                             "hai, người dân có quyền phản ánh qua các kênh nêu tại Câu 20."),
         # ------------------------------------------------------------------------------------------ Phần V
         ("h2", "Phần V", "PHẦN V. THÔNG TIN HỖ TRỢ"),
         Q(23, "Phần V", "Khi nộp hồ sơ trực tuyến bị lỗi thì gọi số nào?"),
         A("Phần V.Câu 23", "**Trả lời:** Gọi Tổng đài hỗ trợ Hệ thống thông tin giải quyết TTHC tỉnh số 1800 8 157 "
                            "(miễn cước), hoạt động từ 7 giờ 00 đến 21 giờ 00 tất cả các ngày trong tuần. Tổng đài do "
                            "Sở Khoa học và Công nghệ quản lý, VNPT Hàm Châu vận hành."),
         Q(24, "Phần V", "Cần liên hệ ai khi có thắc mắc về nội dung Tài liệu và các vấn đề khác?"),
         A("Phần V.Câu 24", "**Trả lời:** Liên hệ các đầu mối sau:"),
         ("mdtab", "Phần V.Câu 24", C_CONTACT_HEAD, C_CONTACT),
         A("Phần V.Câu 24", "Tài liệu được Sở Nội vụ cập nhật khi có quy định mới; bản cập nhật gần nhất được đăng tại "
                            "chuyên mục “Hỏi - đáp” trên Cổng thông tin điện tử Sở Nội vụ."),
         ("rule",),
         ("md", "signature", "**SỞ NỘI VỤ TỈNH HÀM CHÂU**"),
         ]
    return b


# =========================================================================================================
# gold section map
# =========================================================================================================
def _strip_md(t):
    return t.replace("**", "").replace("*", "")


def gold(doc):
    blocks = {DOC_A: doc_a, DOC_B: doc_b, DOC_C: doc_c}[doc]()
    out = []
    for bl in blocks:
        k = bl[0]
        if k in ("p", "q", "li", "step", "md", "h1", "h2"):
            out.append((bl[1], _strip_md(bl[2])))
        elif k == "dieu":
            out.append((bl[1], bl[2] + " " + bl[3]))
        elif k in ("lh22", "lh2"):
            out += [(bl[1], t) for t in bl[2] + bl[3] + list(bl[4:]) if t]
        elif k in ("sigtab", "sig2"):
            out += [("closing", t) for t in bl[1] if t]
            out += [("signature", t) for t in bl[2] if t]
        elif k == "pl1":
            sec = bl[1]
            out += [(sec, c) for c in bl[2] + bl[3] if c]
            grp, above = None, {}
            for r in bl[4]:
                if isinstance(r, tuple):
                    grp = f"{sec}.{r[1]}"
                    out += [(grp, r[1]), (grp, r[2])]
                    continue
                rs = f"{grp}.{r[0]}"
                for j, c in enumerate(r):
                    if c is None:
                        c = above[j]
                    above[j] = c
                    out.append((rs, c))
        elif k == "pl2":
            sec = bl[1]
            out += [(sec, c) for c in bl[2] + bl[3] if c]
            grp = None
            for r in bl[4]:
                if isinstance(r, tuple):
                    grp = f"{sec}.{r[1]}"
                    out += [(grp, r[1]), (grp, r[2])]
                    continue
                out += [(f"{grp}.{r[0]}", c) for c in r]
            out += [(sec, c) for c in bl[5]]
        elif k == "btab":
            sec = bl[1]
            out += [(sec, c) for c in bl[2] + bl[3] if c]
            out += [(f"{sec}.{r[0]}", c) for r in bl[4] for c in r]
            out += [(sec, c) for c in bl[5] if c]
        elif k == "mdtab":
            out += [(bl[1], c) for c in bl[2]]
            out += [(bl[1], c) for r in bl[3] for c in r]
    return out


# =========================================================================================================
# renderers
# =========================================================================================================
def _fix_zip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx(path):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.0), Cm(2.0), Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    cp = d.core_properties
    cp.author, cp.title = "Văn phòng UBND tỉnh Hàm Châu", "Quyết định 146/QĐ-UBND giao chỉ tiêu CCHC, CĐS năm 2026"
    cp.created = cp.modified = datetime.datetime(2026, 1, 20, 15, 10, 0)
    cp.last_modified_by = "VT"
    cp.revision = 1
    L, C, R, J = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT,
                  WD_ALIGN_PARAGRAPH.JUSTIFY)

    def no_borders(t):
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)

    def put(cell, txt, align, size=12, bold=False, italic=False, first=True):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic

    def head_rows(t, h1, h2, size):
        for j, txt in enumerate(h1):
            if txt:
                put(t.cell(0, j), txt, C, size, True)
        for j, txt in enumerate(h2):
            if txt:
                put(t.cell(1, j), txt, C, size, True)
        for j in range(len(h1)):
            for i in (0, 1):
                shade(t.cell(i, j), "E7EEF6")
                t.cell(i, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for j in range(len(h1)):
            if h2[j] is None and h1[j] is not None:
                t.cell(0, j).merge(t.cell(1, j))
        j = 0
        while j < len(h1):
            if h1[j] is not None and j + 1 < len(h1) and h1[j + 1] is None and h2[j] is not None:
                t.cell(0, j).merge(t.cell(0, j + 1))
            j += 1
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])

    def widths(t, ws):
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = Cm(ws[j])

    def new_section(landscape):
        s = d.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = Cm(29.7), Cm(21.0)
            s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(2.0), Cm(1.5), Cm(2.0), Cm(1.5)
        else:
            s.orientation = WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
            s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(2.0), Cm(1.5), Cm(2.0), Cm(2.0)

    for bl in doc_a():
        k = bl[0]
        if k == "lh22":
            t = d.add_table(rows=2, cols=2)
            no_borders(t)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for n, line in enumerate(bl[2]):
                put(t.cell(0, 0), line, C, 13, bold=(n == 1), first=(n == 0))
            put(t.cell(0, 0), "--------------", C, 11, first=False)
            for n, line in enumerate(bl[3]):
                put(t.cell(0, 1), line, C, 13, bold=True, first=(n == 0))
            put(t.cell(0, 1), "-----------------------------", C, 11, first=False)
            put(t.cell(1, 0), bl[4], C, 13)
            put(t.cell(1, 1), bl[5], C, 13, italic=True)
            widths(t, [6.0, 10.0])
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "dieu":
            p = d.add_paragraph()
            p.alignment = J
            p.paragraph_format.first_line_indent = Cm(1.0)
            p.paragraph_format.space_after = Pt(4)
            r = p.add_run(bl[2] + " ")
            r.bold = True
            r2 = p.add_run(bl[3])
            r2.bold = bl[1] == "Điều 2"
        elif k == "pl1":
            rows = bl[4]
            t = d.add_table(rows=2 + len(rows), cols=8)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            head_rows(t, bl[2], bl[3], 11)
            starts = {}
            for i, row in enumerate(rows, start=2):
                if isinstance(row, tuple):
                    put(t.cell(i, 0), row[1], C, 11, True)
                    a = t.cell(i, 1)
                    put(a, row[2], L, 11, True)
                    a.merge(t.cell(i, 7))
                    shade(t.cell(i, 0), "F2F2F2")
                    shade(a, "F2F2F2")
                    starts = {}
                    continue
                for j, txt in enumerate(row):
                    if txt is None:
                        continue
                    put(t.cell(i, j), txt, [C, L, C, C, C, L, L, C][j], 11)
                    starts[j] = i
                for j, txt in enumerate(row):
                    if txt is None:
                        t.cell(starts[j], j).merge(t.cell(i, j))
            widths(t, [1.1, 7.4, 2.4, 2.3, 2.3, 4.2, 4.8, 2.7])
        elif k == "pl2":
            rows = bl[4]
            t = d.add_table(rows=2 + len(rows) + 1, cols=8)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            head_rows(t, bl[2], bl[3], 10)
            for i, row in enumerate(rows, start=2):
                if isinstance(row, tuple):
                    put(t.cell(i, 0), row[1], C, 10.5, True)
                    a = t.cell(i, 1)
                    put(a, row[2], L, 10.5, True)
                    a.merge(t.cell(i, 7))
                    shade(t.cell(i, 0), "F2F2F2")
                    shade(a, "F2F2F2")
                    continue
                for j, txt in enumerate(row):
                    put(t.cell(i, j), txt, [C, L, C, C, C, C, R, C][j], 10.5)
            last = 2 + len(rows)
            tot = bl[5]
            a = t.cell(last, 0)
            a.merge(t.cell(last, 5))
            put(a, tot[0], C, 10.5, True)
            put(t.cell(last, 6), tot[1], R, 10.5, True)
            put(t.cell(last, 7), tot[2], C, 10.5, True)
            widths(t, [1.0, 3.6, 1.9, 1.9, 2.3, 2.3, 2.5, 2.0])
        elif k == "sigtab":
            d.add_paragraph().paragraph_format.space_after = Pt(0)
            t = d.add_table(rows=1, cols=2)
            no_borders(t)
            left, right = t.cell(0, 0), t.cell(0, 1)
            for n, line in enumerate(bl[1]):
                put(left, line, L, 12 if n == 0 else 11, bold=(n == 0), italic=(n == 0), first=(n == 0))
            for n, line in enumerate(bl[2]):
                put(right, line, C, 14, bold=(n < 2 or n == 5), italic=(n == 3), first=(n == 0))
            widths(t, [8.0, 8.0])
        elif k == "landscape":
            new_section(True)
        elif k == "portrait":
            new_section(False)
        else:
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            if "c" in fmt:
                p.alignment = C
            else:
                p.alignment = J
                p.paragraph_format.first_line_indent = Cm(1.0)
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            if text == "QUYẾT ĐỊNH":
                r.font.size = Pt(15)
            if "c" in fmt and text.startswith("(Kèm"):
                r.font.size = Pt(12)
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2026, 1, 20, 15, 10, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("dv", "", 9)
                self.set_y(7)
                self.cell(0, 5, str(self.page_no()), align="C")
                self.set_y(self.t_margin)

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 9, 14, 7, 45, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("UBND tỉnh Hàm Châu")
    pdf.set_title("Công điện 05/CĐ-UBND")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("dv", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_margins(25, 18, 17)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    head_style = FontFace(emphasis="BOLD", fill_color=(226, 232, 240))
    low_style = FontFace(fill_color=(252, 228, 214))
    tot_style = FontFace(emphasis="BOLD")

    def W():
        return pdf.w - pdf.l_margin - pdf.r_margin

    for bl in doc_b():
        k = bl[0]
        w = W()
        if k == "lh2":
            lw = w * 0.40
            rw = w - lw
            y0 = pdf.get_y()
            pdf.set_font("dv", "", 10)
            pdf.set_xy(pdf.l_margin, y0)
            pdf.cell(lw, 5, bl[2][0], align="C")
            pdf.set_font("dv", "B", 10)
            pdf.set_xy(pdf.l_margin, y0 + 5)
            pdf.cell(lw, 5, bl[2][1], align="C")
            pdf.line(pdf.l_margin + lw / 2 - 11, y0 + 10.8, pdf.l_margin + lw / 2 + 11, y0 + 10.8)
            pdf.set_font("dv", "", 10)
            pdf.set_xy(pdf.l_margin, y0 + 13)
            pdf.cell(lw, 5, bl[4], align="C")
            pdf.set_font("dv", "B", 9.5)
            pdf.rect(pdf.l_margin + lw / 2 - 14, y0 + 20, 28, 7)
            pdf.set_xy(pdf.l_margin + lw / 2 - 14, y0 + 21)
            pdf.cell(28, 5, bl[6], align="C")
            pdf.set_font("dv", "B", 9.6)
            pdf.set_xy(pdf.l_margin + lw, y0)
            pdf.cell(rw, 5, bl[3][0], align="C")
            pdf.set_font("dv", "B", 10)
            pdf.set_xy(pdf.l_margin + lw, y0 + 5)
            pdf.cell(rw, 5, bl[3][1], align="C")
            pdf.line(pdf.l_margin + lw + rw / 2 - 23, y0 + 10.8, pdf.l_margin + lw + rw / 2 + 23, y0 + 10.8)
            pdf.set_font("dv", "I", 10)
            pdf.set_xy(pdf.l_margin + lw, y0 + 13)
            pdf.cell(rw, 5, bl[5], align="C")
            pdf.set_y(y0 + 31)
        elif k == "sig2":
            pdf.ln(2)
            if pdf.get_y() > pdf.h - 62:
                pdf.add_page()
            y0 = pdf.get_y()
            for i, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin + w * 0.5, y0 + 5.4 * i)
                pdf.set_font("dv", "I" if line == "(đã ký)" else "B", 10.5)
                pdf.cell(w * 0.5, 5.4, line, align="C")
            for i, line in enumerate(bl[1]):
                pdf.set_xy(pdf.l_margin, y0 + 4.3 * i)
                pdf.set_font("dv", "BI" if i == 0 else "", 9 if i == 0 else 8.2)
                pdf.cell(w * 0.5, 4.3, line)
            pdf.set_y(y0 + max(5.4 * len(bl[2]), 4.3 * len(bl[1])) + 2)
        elif k == "landscape":
            pdf.add_page(orientation="L")
        elif k == "btab":
            pdf.set_font("dv", "", 8.8)
            with pdf.table(col_widths=(11, 50, 26, 26, 20, 26, 24, 22, 22),
                           text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "CENTER", "CENTER", "CENTER", "CENTER",
                                       "CENTER"),
                           headings_style=head_style, line_height=4.8, v_align="MIDDLE", num_heading_rows=2,
                           repeat_headings=1) as t:
                h1, h2 = bl[2], bl[3]
                r = t.row()
                j = 0
                while j < len(h1):
                    span = 1
                    while j + span < len(h1) and h1[j + span] is None:
                        span += 1
                    if h2[j] is None:
                        r.cell(h1[j], align="CENTER", rowspan=2)
                    else:
                        r.cell(h1[j], align="CENTER", colspan=span)
                    j += span
                r = t.row()
                for c in h2:
                    if c is not None:
                        r.cell(c, align="CENTER")
                for row in bl[4]:
                    r = t.row()
                    low = float(row[4].replace(",", ".")) < 60
                    for c in row:
                        r.cell(c, style=low_style if low else None)
                tot = bl[5]
                r = t.row()
                r.cell(tot[0], colspan=2, align="CENTER", style=tot_style)
                for c in tot[1:]:
                    r.cell(c, style=tot_style)
            pdf.ln(2)
        elif k == "p":
            text, fmt = bl[2], bl[3]
            style = ("B" if "b" in fmt else "") + ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 13.5 if text == "CÔNG ĐIỆN" else 10.5)
            pdf.set_x(pdf.l_margin)
            if "d" in fmt:
                pdf.set_x(pdf.l_margin + 18)
                pdf.multi_cell(w - 18, 5.4, "- " + text, align="L")
            elif "c" in fmt:
                pdf.multi_cell(w, 5.4, text, align="C")
            elif text.endswith("điện:"):
                pdf.multi_cell(w, 5.4, text, align="C")
            else:
                pdf.multi_cell(w, 5.4, "      " + text, align="J")
            pdf.ln(0.9)
    pdf.output(path)


def _md_table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def build_md(path):
    out = []
    in_list = False
    for bl in doc_c():
        k = bl[0]
        if k in ("li", "step"):
            if k == "li":
                out.append("- " + bl[2])
            else:
                lab, rest = bl[2].split(": ", 1)
                out.append(f"+ **{lab}:** {rest}")
            in_list = True
            continue
        if in_list:
            out.append("")
            in_list = False
        if k == "md":
            out += [bl[2], ""]
        elif k == "h1":
            out += ["# " + bl[2], ""]
        elif k == "h2":
            out += ["## " + bl[2], ""]
        elif k == "q":
            out += ["### " + bl[2], ""]
        elif k == "rule":
            out += ["---", ""]
        elif k == "mdtab":
            out += _md_table(bl[2], bl[3]) + [""]
        else:
            out += [bl[2], ""]
    cleaned = []
    for ln in out:
        if ln == "" and cleaned and cleaned[-1] == "":
            continue
        cleaned.append(ln)
    txt = "\n".join(cleaned).rstrip("\n") + "\n"
    assert txt == unicodedata.normalize("NFC", txt)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOC_A))
    build_pdf(os.path.join(CORPUS, DOC_B))
    build_md(os.path.join(CORPUS, DOC_C))
    for n in (DOC_A, DOC_B, DOC_C):
        print(n, os.path.getsize(os.path.join(CORPUS, n)))


if __name__ == "__main__":
    main()
