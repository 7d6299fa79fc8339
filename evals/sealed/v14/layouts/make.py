# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v14 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Bích Sơn, its phường and xã, all people, numbers, dates, phone numbers, addresses).
Each document is held as a small model: a list of blocks, every block carrying the gold section path of its text
(used by check_layouts.py; no project parser is involved). The arithmetic stated in the documents (counts of units,
of marked cells, prize sums, appendix totals, weekdays of stated dates) is asserted below. Output is byte-identical
on rerun.

  A  2026-btc-cuoc-thi-bich-son-the-le-03-tim-hieu-cchc-cds.docx
        THỂ LỆ of an online contest on CCHC and CĐS (issuer: the contest's Ban Tổ chức; borderless letterhead
        table with a three-line issuer; I./1./a) numbering with decimal 3.1.-3.3. under I.3; "-" bullets; steps
        written as "Bước n:" lines; a weeks table without STT; a prize table with roman group rows, a vertically
        merged "Kèm theo" column and a total row; Nơi nhận / signature in a borderless table; an appendix list of
        reference documents numbered 1-8 under two roman groups)
  B  2026-ubnd-tinh-bich-son-thong-bao-41-tru-so-duong-day-nong-trung-tam-phvhcc.pdf
        THÔNG BÁO of the provincial People's Committee (drawn two-column letterhead; numbered points 1.-7. with
        a)-đ) and "-" field lines; page numbers at the top from page 2; Nơi nhận beside the signature; two
        appendix tables on landscape pages: Phụ lục I (3 rows) and Phụ lục II with a column-number row, roman
        group rows, rows whose STT, name, hotline and mark cells span two address rows, "x" mark columns, the
        header repeated on the next page, and a note)
  C  2026-ubnd-tinh-bich-son-buu-dien-tinh-thoa-thuan-hop-tac-09.txt
        THỎA THUẬN HỢP TÁC between the provincial People's Committee and the provincial post office (plain text
        hard-wrapped at 80; motto-only heading, title, "Số:" under the title, "GIỮA … VÀ …"; "Căn cứ" lines;
        party blocks BÊN A / BÊN B with colon-aligned field lines; Điều 1-7 with khoản and điểm; side-by-side
        signatures; two ASCII appendix tables: a plan with letter group rows and cells wrapped over several lines,
        and a list of support points with a total row)
"""
import datetime
import io
import os
import textwrap
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2026-btc-cuoc-thi-bich-son-the-le-03-tim-hieu-cchc-cds.docx"
DOC_B = "2026-ubnd-tinh-bich-son-thong-bao-41-tru-so-duong-day-nong-trung-tam-phvhcc.pdf"
DOC_C = "2026-ubnd-tinh-bich-son-buu-dien-tinh-thoa-thuan-hop-tac-09.txt"

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
P = lambda sec, text, fmt="": ("p", sec, text, fmt)

WEEKDAY = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def wd(s):
    """'04/5/2026' -> weekday name."""
    d, m, y = (int(x) for x in s.split("/"))
    return WEEKDAY[datetime.date(y, m, d).weekday()]


def vn(n):
    return f"{n:,}".replace(",", ".")


def dd(n):
    return f"{n:02d}"


# =========================================================================================================
# xã, phường of the province (shared by B and C)
# =========================================================================================================
# (group, name, [addresses], hotline, saturday, postal staff)
LOCS = [
    ("I", "Phường Vọng Nguyệt", ["Số 18 đường Bà Triệu, tổ dân phố 5"], "0218 3 751 208", True, True),
    ("I", "Phường Đồng Tràm", ["Số 77 đường Nguyễn Du, tổ dân phố 9"], "0218 3 751 316", True, True),
    ("I", "Phường Bến Lội", ["Số 3 đường Bạch Đằng, tổ dân phố 2"], "0218 3 752 490", False, True),
    ("I", "Phường Tân Bích", ["Số 45 đường Lý Thường Kiệt, tổ dân phố 1",
                              "Điểm tiếp nhận số 2: nhà văn hóa tổ dân phố 11"], "0218 3 752 733", True, True),
    ("II", "Xã Nà Khuổi", ["Thôn 2, xã Nà Khuổi"], "0218 3 761 105", True, True),
    ("II", "Xã Pác Vẹ", ["Thôn 5, xã Pác Vẹ (gần cửa khẩu)",
                         "Điểm tiếp nhận số 2: thôn 9 (trụ sở Ủy ban nhân dân xã cũ)"], "0218 3 762 218", False, True),
    ("II", "Xã Suối Hàm", ["Thôn 4, xã Suối Hàm"], "0218 3 763 327", False, False),
    ("II", "Xã Khe Vải", ["Thôn 1, xã Khe Vải",
                          "Điểm tiếp nhận số 2: thôn 7 (trụ sở Ủy ban nhân dân xã cũ)"], "0218 3 764 431", False, True),
    ("II", "Xã Đồng Ruộm", ["Thôn 3, xã Đồng Ruộm"], "0218 3 765 540", True, True),
    ("II", "Xã Bản Mạ", ["Thôn 6, xã Bản Mạ"], "0218 3 766 652", False, True),
    ("II", "Xã Cốc Lừu", ["Thôn 2, xã Cốc Lừu"], "0218 3 767 761", False, False),
    ("II", "Xã Hữu Lân", ["Thôn 8, xã Hữu Lân"], "0218 3 768 873", True, True),
    ("II", "Xã Tà Sình", ["Thôn 1, xã Tà Sình"], "0218 3 769 984", False, False),
    ("II", "Xã Phiêng Luông", ["Thôn 4, xã Phiêng Luông"], "0218 3 770 095", False, False),
]
N_WARD = sum(1 for l in LOCS if l[0] == "I")
N_COMM = sum(1 for l in LOCS if l[0] == "II")
N_SAT = sum(1 for l in LOCS if l[4])
N_POST = sum(1 for l in LOCS if l[5])
NO_POST = [l[1].replace("Xã ", "") for l in LOCS if not l[5]]
assert (len(LOCS), N_WARD, N_COMM, N_SAT, N_POST) == (14, 4, 10, 6, 10)
assert NO_POST == ["Suối Hàm", "Cốc Lừu", "Tà Sình", "Phiêng Luông"]
assert len({l[3] for l in LOCS}) == 14

# support points of C, Phụ lục II: (xã/phường, number, places)
POINTS = [
    ("Phường Vọng Nguyệt", 3, "Bưu cục Trung tâm tỉnh; Bưu cục Vọng Nguyệt; điểm BĐVHX tổ dân phố 7"),
    ("Phường Đồng Tràm", 2, "Bưu cục Đồng Tràm; điểm BĐVHX tổ dân phố 12"),
    ("Phường Bến Lội", 1, "Bưu cục Bến Lội"),
    ("Phường Tân Bích", 1, "Bưu cục Tân Bích"),
    ("Xã Nà Khuổi", 2, "Bưu điện xã Nà Khuổi; điểm BĐVHX thôn 6"),
    ("Xã Pác Vẹ", 3, "Bưu điện xã Pác Vẹ; điểm BĐVHX thôn 9; điểm BĐVHX thôn 11"),
    ("Xã Suối Hàm", 1, "Điểm BĐVHX thôn 4"),
    ("Xã Khe Vải", 2, "Bưu điện xã Khe Vải; điểm BĐVHX thôn 7"),
    ("Xã Đồng Ruộm", 1, "Bưu điện xã Đồng Ruộm"),
    ("Xã Bản Mạ", 2, "Bưu điện xã Bản Mạ; điểm BĐVHX thôn 3"),
    ("Xã Phiêng Luông", 2, "Bưu điện xã Phiêng Luông; điểm BĐVHX thôn 10"),
]
N_POINTS = sum(p[1] for p in POINTS)
assert N_POINTS == 20 and len(POINTS) == 11
for _name, _n, _places in POINTS:
    assert len(_places.split("; ")) == _n
assert sorted(set(l[1] for l in LOCS) - set(p[0] for p in POINTS)) == ["Xã Cốc Lừu", "Xã Hữu Lân", "Xã Tà Sình"]

# =========================================================================================================
# A. Thể lệ 03/TL-BTC (Ban Tổ chức Cuộc thi, 20/4/2026)
# =========================================================================================================
A_WEEKS_HEAD = ["Tuần thi", "Bắt đầu", "Kết thúc", "Công bố kết quả (dự kiến)"]
A_WEEKS = [
    ["Tuần 1", "08 giờ 00 ngày 04/5/2026", "23 giờ 59 ngày 10/5/2026", "Ngày 13/5/2026"],
    ["Tuần 2", "00 giờ 00 ngày 11/5/2026", "23 giờ 59 ngày 17/5/2026", "Ngày 20/5/2026"],
    ["Tuần 3", "00 giờ 00 ngày 18/5/2026", "23 giờ 59 ngày 24/5/2026", "Ngày 27/5/2026"],
    ["Tuần 4", "00 giờ 00 ngày 25/5/2026", "17 giờ 00 ngày 31/5/2026", "Ngày 03/6/2026"],
]
for _w in A_WEEKS:
    assert wd(_w[1][-9:].strip()) == "thứ Hai" and wd(_w[2][-9:].strip()) == "Chủ nhật"
    assert wd(_w[3][-9:].strip()) == "thứ Tư"

A_PRIZE_HEAD = ["STT", "Giải", "Số giải", "Mức thưởng mỗi giải (đồng)", "Thành tiền (đồng)", "Kèm theo"]
# (group label, group title, [(name, count, amount)], attachment)
A_PRIZE_GROUPS = [
    ("I", "GIẢI TUẦN (02 khối x 04 tuần)",
     [("Giải Nhất", 1, 1000000), ("Giải Nhì", 2, 700000), ("Giải Ba", 3, 500000), ("Giải Khuyến khích", 5, 300000)],
     "Giấy chứng nhận của Ban Tổ chức"),
    ("II", "GIẢI CHUNG CUỘC CÁ NHÂN (02 khối)",
     [("Giải Nhất", 1, 3000000), ("Giải Nhì", 2, 2000000), ("Giải Ba", 3, 1500000)],
     "Giấy khen của Giám đốc Sở Nội vụ"),
    ("III", "GIẢI TẬP THỂ",
     [("Sở, ban, ngành", 3, 3000000), ("Ủy ban nhân dân xã, phường", 5, 3000000)],
     "Giấy khen của Giám đốc Sở Nội vụ"),
]
A_MULT = {"I": 2 * 4, "II": 2, "III": 1}


def a_prize_rows():
    rows, n, tot_count, tot_money = [], 0, 0, 0
    for g, title, prizes, att in A_PRIZE_GROUPS:
        rows.append(("g", g, title))
        for k, (name, cnt, amt) in enumerate(prizes):
            n += 1
            c = cnt * A_MULT[g]
            rows.append([str(n), name, str(c), vn(amt), vn(c * amt), att if k == 0 else None, len(prizes) if k == 0
                         else 0])
            tot_count += c
            tot_money += c * amt
    return rows, tot_count, tot_money


A_PRIZE_ROWS, A_PRIZE_COUNT, A_PRIZE_MONEY = a_prize_rows()
assert A_PRIZE_COUNT == 108 and A_PRIZE_MONEY == 90200000
A_WEEKLY_PER_BLOCK = sum(c for _, c, _ in A_PRIZE_GROUPS[0][2])
assert A_WEEKLY_PER_BLOCK == 11
A_GIFTS, A_GIFT_VALUE = 30, 200000
assert A_GIFTS * A_GIFT_VALUE == 6000000
assert wd("19/6/2026") == "thứ Sáu"

A_REFS = [
    ("I", "Văn bản của Trung ương", [
        "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính "
        "nhà nước giai đoạn 2021 - 2030.",
        "Luật Tổ chức chính quyền địa phương ngày 16/6/2025.",
        "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một "
        "cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia.",
        "Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ, trả kết "
        "quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.",
    ]),
    ("II", "Văn bản của tỉnh", [
        "Quyết định số 27/2025/QĐ-UBND ngày 30/6/2025 của Ủy ban nhân dân tỉnh về việc tổ chức lại Trung tâm Phục "
        "vụ hành chính công tỉnh Bích Sơn thuộc Văn phòng Ủy ban nhân dân tỉnh.",
        "Thông báo số 41/TB-UBND ngày 12/02/2026 của Ủy ban nhân dân tỉnh về việc thay đổi trụ sở, thời gian làm "
        "việc và công khai số điện thoại đường dây nóng của Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Phục "
        "vụ hành chính công các xã, phường.",
        "Thỏa thuận hợp tác số 09/TTHT-UBND-BĐT ngày 06/3/2026 giữa Ủy ban nhân dân tỉnh và Bưu điện tỉnh Bích Sơn "
        "về hỗ trợ giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến và chuyển đổi số tại cơ sở giai "
        "đoạn 2026 - 2030.",
        "Kế hoạch số 97/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân tỉnh về tổ chức Cuộc thi.",
    ]),
]


def doc_a():
    b = [("lhtab", "header",
          ["ỦY BAN NHÂN DÂN TỈNH BÍCH SƠN", "BAN TỔ CHỨC CUỘC THI TRỰC TUYẾN", "TÌM HIỂU VỀ CCHC VÀ CĐS NĂM 2026",
           "Số: 03/TL-BTC"],
          MOTTO + ["", "Bích Sơn, ngày 20 tháng 4 năm 2026"]),
         P("header", "THỂ LỆ", "bc"),
         P("header", "Cuộc thi trực tuyến “Bích Sơn số - Hành chính phục vụ” tìm hiểu về cải cách hành chính "
                     "và chuyển đổi số năm 2026", "bc"),
         P("preamble", "Căn cứ Kế hoạch số 97/KH-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh về tổ chức "
                       "Cuộc thi trực tuyến tìm hiểu về cải cách hành chính và chuyển đổi số năm 2026 (sau đây gọi "
                       "tắt là Cuộc thi);", "i"),
         P("preamble", "Căn cứ Quyết định số 512/QĐ-UBND ngày 08 tháng 4 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh "
                       "về việc thành lập Ban Tổ chức Cuộc thi (sau đây gọi tắt là Ban Tổ chức);", "i"),
         P("preamble", "Ban Tổ chức ban hành Thể lệ Cuộc thi như sau:"),
         # ------------------------------------------------------------------------------------------- I
         P("I", "I. ĐỐI TƯỢNG, HÌNH THỨC VÀ NỘI DUNG THI", "bh"),
         P("I.1", "1. Đối tượng dự thi", "bh"),
         P("I.1.a", "a) Khối A - cán bộ, công chức, viên chức: cán bộ, công chức, viên chức và người lao động đang "
                    "làm việc tại các cơ quan, đơn vị hành chính, đơn vị sự nghiệp công lập cấp tỉnh, Ủy ban nhân dân "
                    "các xã, phường; cán bộ, chiến sĩ lực lượng vũ trang đóng quân trên địa bàn tỉnh."),
         P("I.1.b", "b) Khối B - Nhân dân: công dân Việt Nam từ đủ 15 tuổi trở lên đang sinh sống, học tập, lao "
                    "động trên địa bàn tỉnh Bích Sơn, trừ các đối tượng thuộc Khối A."),
         P("I.1.c", "c) Thành viên Ban Tổ chức, Tổ Thư ký, Tổ ra đề và cán bộ kỹ thuật vận hành phần mềm thi không "
                    "được dự thi."),
         P("I.2", "2. Hình thức thi", "bh"),
         P("I.2", "Thi trực tuyến theo hình thức trắc nghiệm trên phần mềm thi tại địa chỉ "
                  "https://thicchc.bichson.gov.vn. Thí sinh truy cập Cuộc thi bằng một trong ba cách sau:"),
         P("I.2", "Truy cập trực tiếp địa chỉ của Cuộc thi;", "d"),
         P("I.2", "Truy cập biểu tượng (banner) của Cuộc thi trên Cổng thông tin điện tử tỉnh hoặc trên ứng dụng "
                  "“Bích Sơn số”;", "d"),
         P("I.2", "Quét mã QR của Cuộc thi được niêm yết tại Trung tâm Phục vụ hành chính công tỉnh, Trung tâm "
                  "Phục vụ hành chính công các xã, phường và 20 Điểm hỗ trợ dịch vụ công trực tuyến của Bưu điện "
                  "tỉnh.", "d"),
         P("I.3", "3. Nội dung thi", "bh"),
         P("I.3.1", "3.1. Đối với Khối A: các quy định về cơ chế một cửa, một cửa liên thông trong giải quyết thủ "
                    "tục hành chính; Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; mô "
                    "hình chính quyền địa phương hai cấp; nhiệm vụ xây dựng chính quyền số của tỉnh; kỹ năng số và "
                    "an toàn thông tin khi làm việc trên môi trường mạng."),
         P("I.3.2", "3.2. Đối với Khối B: cách tạo tài khoản, nộp hồ sơ và thanh toán trực tuyến trên Cổng Dịch "
                    "vụ công quốc gia; sử dụng ứng dụng VNeID; địa chỉ, thời gian làm việc, số điện thoại đường dây "
                    "nóng của Trung tâm Phục vụ hành chính công tỉnh và các xã, phường; các kênh phản ánh, kiến "
                    "nghị; dịch vụ bưu chính công ích trong giải quyết thủ tục hành chính."),
         P("I.3.3", "3.3. Danh mục văn bản, tài liệu tham khảo tại Phụ lục kèm theo Thể lệ này."),
         # ------------------------------------------------------------------------------------------- II
         P("II", "II. ĐỀ THI, CÁCH TÍNH ĐIỂM VÀ XẾP GIẢI", "bh"),
         P("II.1", "1. Mỗi đề thi gồm 20 câu hỏi trắc nghiệm do phần mềm lựa chọn ngẫu nhiên từ ngân hàng câu hỏi "
                   "của từng khối; mỗi câu trả lời đúng được 05 điểm, tổng điểm tối đa là 100 điểm. Sau phần trắc "
                   "nghiệm, thí sinh trả lời 01 câu hỏi dự đoán số lượt thi của tuần."),
         P("II.2", "2. Thời gian làm bài tối đa là 15 phút, tính từ khi thí sinh bấm nút “Bắt đầu”; hết thời gian, "
                   "phần mềm tự động nộp bài."),
         P("II.3", "3. Mỗi thí sinh được thi tối đa 02 lượt trong một tuần; kết quả xét giải là lượt thi có điểm "
                   "cao nhất (nếu bằng điểm thì lấy lượt có thời gian làm bài ngắn hơn)."),
         P("II.4", "4. Giải được xét theo thứ tự ưu tiên sau:"),
         P("II.4", "Điểm trắc nghiệm cao hơn;", "d"),
         P("II.4", "Thời gian làm bài ngắn hơn;", "d"),
         P("II.4", "Câu trả lời dự đoán gần đúng nhất với số lượt thi thực tế của tuần;", "d"),
         P("II.4", "Thời điểm nộp bài sớm hơn.", "d"),
         P("II.5", "5. Bài thi không hợp lệ và không được xét giải trong các trường hợp:"),
         P("II.5", "Khai báo thông tin không đúng, không đầy đủ (họ và tên, số định danh cá nhân, số điện thoại, "
                   "đơn vị công tác hoặc xã, phường nơi cư trú);", "d"),
         P("II.5", "Sử dụng phần mềm, công cụ can thiệp vào hệ thống thi;", "d"),
         P("II.5", "Một người sử dụng nhiều tài khoản hoặc thi hộ người khác.", "d"),
         P("II.6", "6. Mỗi thí sinh chỉ được nhận 01 giải tuần trong suốt thời gian diễn ra Cuộc thi. Giải chung "
                   "cuộc được xét trên tổng điểm của 04 tuần thi (tối đa 400 điểm) và tổng thời gian làm bài."),
         # ------------------------------------------------------------------------------------------- III
         P("III", "III. THỜI GIAN VÀ CÁCH THỨC THAM GIA", "bh"),
         P("III.1", "1. Thời gian thi: Cuộc thi diễn ra trong 04 tuần, từ 08 giờ 00 ngày 04/5/2026 đến 17 giờ 00 "
                    "ngày 31/5/2026, cụ thể như sau:"),
         ("weeks", "III.1", A_WEEKS_HEAD, A_WEEKS),
         P("III.2", "2. Cách thức tham gia", "bh"),
         P("III.2", "Bước 1: Truy cập Cuộc thi theo một trong ba cách tại mục 2 phần I.", "s"),
         P("III.2", "Bước 2: Khai báo thông tin gồm họ và tên, số định danh cá nhân, số điện thoại, khối dự thi, "
                    "đơn vị công tác (Khối A) hoặc xã, phường nơi cư trú (Khối B).", "s"),
         P("III.2", "Bước 3: Bấm nút “Bắt đầu” để làm bài trắc nghiệm, sau đó trả lời câu hỏi dự đoán.", "s"),
         P("III.2", "Bước 4: Bấm nút “Nộp bài”; điểm và thời gian làm bài hiển thị ngay sau khi nộp.", "s"),
         P("III.2", "Người dân chưa quen sử dụng thiết bị thông minh có thể đến 20 Điểm hỗ trợ dịch vụ công trực "
                    "tuyến của Bưu điện tỉnh để được hướng dẫn tham gia Cuộc thi."),
         # ------------------------------------------------------------------------------------------- IV
         P("IV", "IV. CƠ CẤU GIẢI THƯỞNG", "bh"),
         P("IV.1", f"1. Giải tuần: mỗi tuần, mỗi khối có {A_WEEKLY_PER_BLOCK} giải, gồm 01 giải Nhất, 02 giải Nhì, "
                   "03 giải Ba và 05 giải Khuyến khích."),
         P("IV.2", "2. Giải chung cuộc cá nhân: mỗi khối có 01 giải Nhất, 02 giải Nhì và 03 giải Ba."),
         P("IV.3", "3. Giải tập thể: 03 giải cho sở, ban, ngành và 05 giải cho Ủy ban nhân dân xã, phường có tỷ lệ "
                   "cán bộ, công chức, viên chức tham gia và điểm trung bình cao nhất."),
         P("IV.4", "4. Mức thưởng và tổng giá trị giải thưởng:"),
         ("prize", "IV.4", A_PRIZE_HEAD, A_PRIZE_ROWS, ["Tổng cộng", str(A_PRIZE_COUNT), vn(A_PRIZE_MONEY)]),
         P("IV.5", f"5. Ngoài các giải trên, Bưu điện tỉnh tài trợ {A_GIFTS} phần quà (mỗi phần trị giá "
                   f"{vn(A_GIFT_VALUE)} đồng) cho thí sinh Khối B tham gia thi tại các Điểm hỗ trợ dịch vụ công "
                   f"trực tuyến có kết quả cao nhất; tổng trị giá {vn(A_GIFTS * A_GIFT_VALUE)} đồng, không tính "
                   "trong tổng giá trị giải thưởng tại mục 4."),
         P("IV.6", "6. Tiền thưởng được chi từ kinh phí tổ chức Cuộc thi theo Kế hoạch số 97/KH-UBND và được "
                   "chuyển khoản vào tài khoản của người đạt giải."),
         # ------------------------------------------------------------------------------------------- V
         P("V", "V. CÔNG BỐ KẾT QUẢ VÀ TRAO GIẢI", "bh"),
         P("V.1", "1. Kết quả mỗi tuần được công bố trên trang Cuộc thi và Cổng thông tin điện tử tỉnh theo lịch "
                  "tại mục 1 phần III."),
         P("V.2", "2. Người đạt giải cung cấp thông tin nhận thưởng cho Tổ Thư ký trong thời hạn 10 ngày kể từ "
                  "ngày công bố kết quả; quá thời hạn được xem là từ chối nhận giải."),
         P("V.3", "3. Lễ tổng kết và trao giải chung cuộc, giải tập thể dự kiến tổ chức vào ngày 19/6/2026 tại Hội "
                  "trường Ủy ban nhân dân tỉnh, kết hợp với Hội nghị sơ kết công tác cải cách hành chính 6 tháng "
                  "đầu năm 2026."),
         # ------------------------------------------------------------------------------------------- VI
         P("VI", "VI. TỔ CHỨC THỰC HIỆN", "bh"),
         P("VI.1", "1. Sở Nội vụ (cơ quan thường trực của Ban Tổ chức) xây dựng ngân hàng câu hỏi, đáp án; tổng "
                   "hợp kết quả, đề xuất giải thưởng; Tổ Thư ký báo cáo Trưởng Ban Tổ chức tình hình Cuộc thi vào "
                   "sáng thứ Hai hằng tuần."),
         P("VI.2", "2. Sở Khoa học và Công nghệ bảo đảm hạ tầng, vận hành phần mềm thi; bảo đảm an toàn thông tin "
                   "và bảo vệ dữ liệu cá nhân của thí sinh; chủ trì xử lý sự cố kỹ thuật trong thời gian thi."),
         P("VI.3", "3. Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh niêm yết mã "
                   "QR, hướng dẫn người dân đến giao dịch tham gia Cuộc thi; đăng tải Thể lệ trên Cổng thông tin "
                   "điện tử tỉnh."),
         P("VI.4", "4. Bưu điện tỉnh phối hợp tuyên truyền Cuộc thi tại bưu cục, điểm Bưu điện - Văn hóa xã; "
                   "hướng dẫn người dân tham gia tại 20 Điểm hỗ trợ dịch vụ công trực tuyến; trao 30 phần quà tài "
                   "trợ theo mục 5 phần IV."),
         P("VI.5", "5. Báo và Phát thanh, Truyền hình Bích Sơn mở chuyên mục “Cùng tìm hiểu cải cách hành chính”, "
                   "phát sóng 02 số/tuần trong thời gian diễn ra Cuộc thi; đưa tin Lễ tổng kết và trao giải."),
         P("VI.6", "6. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường phổ biến Thể lệ, vận động 100% cán "
                   "bộ, công chức, viên chức tham gia ít nhất 01 lượt thi; Ủy ban nhân dân các xã, phường phối hợp "
                   "với Tổ công nghệ số cộng đồng hướng dẫn Nhân dân tham gia."),
         P("VI.7", "7. Trong quá trình tổ chức, Ban Tổ chức có quyền điều chỉnh Thể lệ và thông báo công khai trên "
                   "trang Cuộc thi. Mọi thắc mắc liên hệ Tổ Thư ký Cuộc thi (Phòng Cải cách hành chính, Sở Nội vụ): "
                   "bà La Thị Nguyệt, điện thoại 0218 3 864 502, thư điện tử cuocthicchc@bichson.gov.vn."),
         ("sigtab",
          ["Nơi nhận:", "- Thường trực UBND tỉnh (b/c);", "- Thành viên Ban Tổ chức;", "- Các sở, ban, ngành tỉnh;",
           "- UBND các xã, phường;", "- Bưu điện tỉnh;", "- Báo và PT, TH Bích Sơn;", "- Lưu: VT, BTC."],
          ["TM. BAN TỔ CHỨC", "TRƯỞNG BAN", "GIÁM ĐỐC SỞ NỘI VỤ", "", "(đã ký)", "", "Khổng Thị Lụa"]),
         ("pb",),
         P("Phụ lục", "PHỤ LỤC", "bc"),
         P("Phụ lục", "DANH MỤC VĂN BẢN, TÀI LIỆU THAM KHẢO", "bc"),
         P("Phụ lục", "(Kèm theo Thể lệ số 03/TL-BTC ngày 20/4/2026 của Ban Tổ chức Cuộc thi)", "ic"),
         ]
    n = 0
    for g, title, refs in A_REFS:
        b.append(P(f"Phụ lục.{g}", f"{g}. {title}", "bh"))
        for r in refs:
            n += 1
            b.append(P(f"Phụ lục.{g}.{n}", f"{n}. {r}"))
    assert n == 8
    b.append(P("Phụ lục", "Ghi chú: Các văn bản trên được đăng tải tại mục “Tài liệu” trên trang Cuộc thi.", "i"))
    return b


# =========================================================================================================
# B. Thông báo 41/TB-UBND (UBND tỉnh, 12/02/2026)
# =========================================================================================================
B_P1_HEAD = ["TT", "Đơn vị", "Địa chỉ", "Đường dây nóng", "Lĩnh vực tiếp nhận"]
B_P1 = [
    ["1", "Trung tâm Phục vụ hành chính công tỉnh (trụ sở chính)",
     "Số 126 đường Lê Thánh Tông, phường Vọng Nguyệt (tầng 1 và tầng 2, Khu liên cơ quan số 2)", "0218 3 826 715",
     "Các lĩnh vực thuộc thẩm quyền cấp tỉnh, trừ các lĩnh vực tiếp nhận tại Chi nhánh số 1 và Chi nhánh số 2"],
    ["2", "Chi nhánh số 1", "Số 40 đường Nguyễn Du, phường Đồng Tràm (trụ sở Văn phòng Đăng ký đất đai tỉnh)",
     "0218 3 827 114", "Đất đai; đăng ký biện pháp bảo đảm"],
    ["3", "Chi nhánh số 2", "Khu kinh tế cửa khẩu Pác Vẹ, thôn 5, xã Pác Vẹ", "0218 3 790 256",
     "Đầu tư, xây dựng, lao động trong Khu kinh tế cửa khẩu"],
]
B_P2_HEAD = ["STT", "Trung tâm Phục vụ hành chính công", "Địa chỉ trụ sở, điểm tiếp nhận", "Đường dây nóng",
             "Sáng thứ Bảy", "Bưu điện hỗ trợ"]
B_P2_NUMS = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
B_P2_GROUPS = [("I", f"CÁC PHƯỜNG ({dd(N_WARD)} đơn vị)"), ("II", f"CÁC XÃ ({dd(N_COMM)} đơn vị)")]


def b_p2_rows():
    rows = []
    for g, title in B_P2_GROUPS:
        rows.append(("g", g, title))
        for k, l in enumerate(LOCS):
            if l[0] != g:
                continue
            rows.append([str(k + 1), l[1], l[2], l[3], "x" if l[4] else "", "Có" if l[5] else "Chưa"])
    return rows


assert wd("27/02/2026") == "thứ Sáu" and wd("28/02/2026") == "thứ Bảy" and wd("01/3/2026") == "Chủ nhật"
assert wd("02/3/2026") == "thứ Hai" and wd("16/02/2026") == "thứ Hai"


def doc_b():
    b = [("lh2", "header", ["ỦY BAN NHÂN DÂN", "TỈNH BÍCH SƠN"], MOTTO, "Số: 41/TB-UBND",
          "Bích Sơn, ngày 12 tháng 02 năm 2026"),
         P("header", "THÔNG BÁO", "bc"),
         P("header", "Về việc thay đổi trụ sở, thời gian làm việc và công khai số điện thoại đường dây nóng của "
                     "Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Phục vụ hành chính công các xã, phường",
           "bc"),
         P("preamble", "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện "
                       "thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch "
                       "vụ công quốc gia;", "i"),
         P("preamble", "Căn cứ Quyết định số 27/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh về "
                       "việc tổ chức lại Trung tâm Phục vụ hành chính công tỉnh Bích Sơn thuộc Văn phòng Ủy ban nhân "
                       "dân tỉnh;", "i"),
         P("preamble", "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 15/TTr-VP ngày 05 "
                       "tháng 02 năm 2026,", "i"),
         P("preamble", "Ủy ban nhân dân tỉnh thông báo đến các cơ quan, tổ chức, cá nhân như sau:"),
         # ---------------------------------------------------------------------------------------------- 1
         P("1", "1. Thay đổi trụ sở Trung tâm Phục vụ hành chính công tỉnh", "bh"),
         P("1", "Kể từ ngày 02/3/2026, Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm tỉnh) "
                "chuyển đến làm việc tại trụ sở mới: số 126 đường Lê Thánh Tông, phường Vọng Nguyệt, tỉnh Bích Sơn "
                "(tầng 1 và tầng 2, Khu liên cơ quan số 2)."),
         P("1", "Trụ sở cũ tại số 15 đường Trần Hưng Đạo, phường Đồng Tràm dừng tiếp nhận hồ sơ từ 16 giờ 00 ngày "
                "27/02/2026. Hồ sơ đã tiếp nhận tại trụ sở cũ tiếp tục được giải quyết; kết quả được trả tại trụ sở "
                "mới hoặc qua dịch vụ bưu chính công ích theo yêu cầu của tổ chức, cá nhân."),
         P("1", "Trong hai ngày 28/02/2026 và 01/3/2026 (thứ Bảy và Chủ nhật), Trung tâm tỉnh tạm dừng tiếp nhận "
                "hồ sơ trực tiếp để di chuyển trụ sở; hồ sơ trực tuyến vẫn được tiếp nhận bình thường."),
         # ---------------------------------------------------------------------------------------------- 2
         P("2", "2. Thời gian tiếp nhận hồ sơ và trả kết quả", "bh"),
         P("2.a", "a) Tại Trung tâm tỉnh và các Chi nhánh:"),
         P("2.a", "Từ thứ Hai đến thứ Sáu: buổi sáng từ 07 giờ 00 đến 11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 "
                  "giờ 00.", "d"),
         P("2.a", "Sáng thứ Bảy, từ 07 giờ 30 đến 11 giờ 30: chỉ tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp và hồ "
                  "sơ đăng ký doanh nghiệp tại trụ sở Trung tâm tỉnh (không áp dụng tại các Chi nhánh).", "d"),
         P("2.b", "b) Tại Trung tâm Phục vụ hành chính công các xã, phường:"),
         P("2.b", "Từ thứ Hai đến thứ Sáu: buổi sáng từ 07 giờ 30 đến 11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 "
                  "giờ 00.", "d"),
         P("2.b", f"Sáng thứ Bảy, từ 07 giờ 30 đến 11 giờ 30: {dd(N_SAT)} Trung tâm có đánh dấu (x) tại cột (5) "
                  "Phụ lục II tiếp nhận hồ sơ lĩnh vực hộ tịch, chứng thực.", "d"),
         P("2.c", "c) Hồ sơ trực tuyến được tiếp nhận 24 giờ/ngày, 07 ngày/tuần trên Cổng Dịch vụ công quốc gia; hồ "
                  "sơ nộp sau 16 giờ 00 hoặc vào ngày nghỉ, ngày lễ được tính là tiếp nhận vào ngày làm việc tiếp "
                  "theo."),
         # ---------------------------------------------------------------------------------------------- 3
         P("3", "3. Số điện thoại đường dây nóng", "bh"),
         P("3", "Đường dây nóng Trung tâm tỉnh: 0218 3 826 715 (trong giờ làm việc).", "d"),
         P("3", "Tổng đài hỗ trợ dịch vụ công trực tuyến của tỉnh (miễn cước): 1800 5 816, hoạt động từ 07 giờ 00 "
                "đến 21 giờ 00 hằng ngày, kể cả thứ Bảy và Chủ nhật.", "d"),
         P("3", "Đường dây nóng của các Chi nhánh và của Trung tâm Phục vụ hành chính công các xã, phường: tại Phụ "
                "lục I và Phụ lục II kèm theo Thông báo này.", "d"),
         P("3", "Số điện thoại 0218 3 812 330 của trụ sở cũ ngừng sử dụng từ ngày 02/3/2026.", "d"),
         # ---------------------------------------------------------------------------------------------- 4
         P("4", "4. Tiếp nhận phản ánh, kiến nghị", "bh"),
         P("4", "Tổ chức, cá nhân phản ánh, kiến nghị về quy định hành chính, về thái độ, hành vi của công chức, "
                "viên chức khi giải quyết thủ tục hành chính qua một trong các kênh sau:"),
         P("4", "Chức năng “Phản ánh, kiến nghị” trên Cổng Dịch vụ công quốc gia;", "d"),
         P("4", "Thư điện tử: phananh.ttpvhcc@bichson.gov.vn;", "d"),
         P("4", "Hòm thư góp ý đặt tại Trung tâm tỉnh và Trung tâm Phục vụ hành chính công các xã, phường;", "d"),
         P("4", "Đường dây nóng nêu tại mục 3.", "d"),
         P("4", "Trung tâm tỉnh có trách nhiệm trả lời hoặc chuyển cơ quan có thẩm quyền xử lý trong thời hạn 05 "
                "ngày làm việc kể từ ngày nhận được phản ánh, kiến nghị."),
         # ---------------------------------------------------------------------------------------------- 5
         P("5", "5. Nộp hồ sơ, nhận kết quả qua Bưu điện", "bh"),
         P("5", "Tổ chức, cá nhân có thể nộp hồ sơ, nhận kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính "
                "công ích (BCCI) tại các bưu cục và điểm Bưu điện - Văn hóa xã (BĐVHX) trên địa bàn tỉnh và trả "
                "cước theo quy định."),
         P("5", f"Hiện nay, Bưu điện tỉnh bố trí nhân viên hỗ trợ hướng dẫn, số hóa hồ sơ tại {N_POST}/{len(LOCS)} "
                "Trung tâm Phục vụ hành chính công xã, phường (cột (6) Phụ lục II); việc bố trí tại các Trung tâm "
                "còn lại thực hiện theo thỏa thuận hợp tác giữa Ủy ban nhân dân tỉnh và Bưu điện tỉnh."),
         # ---------------------------------------------------------------------------------------------- 6
         P("6", "6. Trách nhiệm thực hiện", "bh"),
         P("6.a", "a) Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm tỉnh niêm yết Thông báo này tại trụ sở cũ và "
                  "trụ sở mới; bố trí nhân viên hướng dẫn tại trụ sở cũ từ ngày 02/3/2026 đến hết ngày 31/3/2026."),
         P("6.b", "b) Sở Khoa học và Công nghệ cập nhật địa chỉ, số điện thoại tại Thông báo này trên Cổng Dịch vụ "
                  "công của tỉnh và ứng dụng “Bích Sơn số” trước ngày 27/02/2026; phối hợp với Văn phòng Ủy ban nhân "
                  "dân tỉnh chuyển tổng đài 1800 5 816 về trụ sở mới."),
         P("6.c", "c) Ủy ban nhân dân các xã, phường niêm yết công khai thông tin của Trung tâm Phục vụ hành chính "
                  "công xã, phường tại trụ sở, nhà văn hóa thôn, tổ dân phố và trên trang thông tin điện tử trước "
                  "ngày 28/02/2026; rà soát, cập nhật thông tin niêm yết định kỳ hằng quý."),
         P("6.d", "d) Báo và Phát thanh, Truyền hình Bích Sơn đăng Thông báo này trên báo in, báo điện tử 03 số liên "
                  "tiếp và phát trong các bản tin thời sự từ ngày 16/02/2026 đến ngày 06/3/2026."),
         P("6.đ", "đ) Bưu điện tỉnh thông báo địa chỉ mới của Trung tâm tỉnh tại các bưu cục, điểm BĐVHX; bảo đảm "
                  "chuyển phát hồ sơ đến trụ sở mới từ ngày 02/3/2026."),
         # ---------------------------------------------------------------------------------------------- 7
         P("7", "7. Hiệu lực thi hành", "bh"),
         P("7", "Thông báo này thay thế Thông báo số 118/TB-UBND ngày 28 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh. "
                "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Trung tâm tỉnh (ông Thân Văn Lực, Giám "
                "đốc, điện thoại 0218 3 826 709) để được hướng dẫn."),
         P("closing", "Ủy ban nhân dân tỉnh thông báo để các cơ quan, tổ chức, cá nhân biết, liên hệ giải quyết "
                      "công việc./."),
         ("sig2",
          ["Nơi nhận:", "- Văn phòng Chính phủ (Cục Kiểm soát TTHC);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
           "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Bưu điện tỉnh;",
           "- Báo và PT, TH Bích Sơn;", "- Lưu: VT, TTPVHCC."],
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Ninh Đức Thạo"]),
         ("landscape",),
         P("Phụ lục I", "PHỤ LỤC I", "bc"),
         P("Phụ lục I", "ĐỊA CHỈ, ĐƯỜNG DÂY NÓNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH VÀ CÁC CHI NHÁNH", "bc"),
         P("Phụ lục I", "(Kèm theo Thông báo số 41/TB-UBND ngày 12/02/2026 của Ủy ban nhân dân tỉnh)", "ic"),
         ("ptab1", "Phụ lục I", B_P1_HEAD, B_P1),
         P("Phụ lục II", "PHỤ LỤC II", "bc"),
         P("Phụ lục II", "DANH SÁCH, ĐỊA CHỈ, ĐƯỜNG DÂY NÓNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG CÁC XÃ, PHƯỜNG",
           "bc"),
         P("Phụ lục II", "(Kèm theo Thông báo số 41/TB-UBND ngày 12/02/2026 của Ủy ban nhân dân tỉnh)", "ic"),
         ("ptab2", "Phụ lục II", B_P2_HEAD, B_P2_NUMS, b_p2_rows()),
         P("Phụ lục II", f"Ghi chú: (x) tại cột (5): Trung tâm tiếp nhận hồ sơ sáng thứ Bảy ({dd(N_SAT)} Trung tâm); "
                         f"“Có” tại cột (6): có nhân viên Bưu điện tỉnh hỗ trợ ({N_POST} Trung tâm).", "i"),
         ]
    return b


# =========================================================================================================
# C. Thỏa thuận hợp tác 09/TTHT-UBND-BĐT (UBND tỉnh và Bưu điện tỉnh, 06/3/2026)
# =========================================================================================================
C_P1_HEAD = ["TT", "Nội dung phối hợp", "Đầu mối Bên A", "Đầu mối Bên B", "Thời gian"]
C_P1_W = [3, 22, 24, 20, 12]
C_P1 = [
    ("g", "A", "HỖ TRỢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"),
    ["1", "Bố trí nhân viên hỗ trợ tại 04 Trung tâm Phục vụ hành chính công xã còn lại",
     "Văn phòng UBND tỉnh; UBND các xã", "Phòng Dịch vụ hành chính công", "Từ 01/4/2026"],
    ["2", "Ký hợp đồng dịch vụ bố trí nhân viên hỗ trợ năm 2026", "Văn phòng UBND tỉnh",
     "Phòng Kế hoạch - Tài chính", "Tháng 3/2026"],
    ["3", "Kết nối phần mềm quản lý bưu gửi với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
     "Sở Khoa học và Công nghệ", "Phòng Kỹ thuật - Công nghệ", "Trước 30/6/2026"],
    ["4", "Tập huấn cơ chế một cửa, một cửa liên thông cho nhân viên Bên B", "Sở Nội vụ; Trung tâm PVHCC tỉnh",
     "Phòng Dịch vụ hành chính công", "Quý II/2026"],
    ["5", "Số hóa kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch còn tồn đọng tại 06 xã",
     "UBND các xã Suối Hàm, Bản Mạ, Cốc Lừu, Hữu Lân, Tà Sình, Phiêng Luông", "Bưu điện các khu vực",
     "Quý II - Quý III/2026"],
    ["6", "Tổng hợp số hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích", "Trung tâm PVHCC tỉnh",
     "Phòng Dịch vụ hành chính công", "Hằng tháng"],
    ("g", "B", "CHUYỂN ĐỔI SỐ TẠI CƠ SỞ"),
    ["7", "Thiết lập 20 Điểm hỗ trợ dịch vụ công trực tuyến (Phụ lục II)", "UBND các xã, phường",
     "Phòng Kinh doanh; Bưu điện các khu vực", "Tháng 4 - tháng 6/2026"],
    ["8", "Hướng dẫn cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 cùng Tổ công nghệ số cộng đồng",
     "Công an tỉnh; UBND các xã, phường", "Bưu điện các khu vực", "Thường xuyên"],
    ["9", "Đồng hành Cuộc thi trực tuyến tìm hiểu về cải cách hành chính và chuyển đổi số năm 2026: truyền thông "
          "tại bưu cục, điểm BĐVHX; tài trợ quà tặng", "Sở Nội vụ", "Phòng Kinh doanh", "Tháng 4 - tháng 6/2026"],
    ["10", "Chi trả trợ cấp xã hội hằng tháng qua tài khoản", "Sở Y tế; UBND các xã, phường",
     "Phòng Dịch vụ tài chính", "Từ tháng 7/2026"],
    ["11", "Đưa sản phẩm OCOP của hợp tác xã lên sàn thương mại điện tử của Bên B", "Sở Công Thương",
     "Phòng Kinh doanh", "Năm 2026"],
    ["12", "Họp Tổ công tác liên ngành", "Văn phòng UBND tỉnh", "Phòng Dịch vụ hành chính công",
     "Tháng 6 và tháng 12/2026"],
]
C_P2_HEAD = ["TT", "Xã, phường", "Số Điểm", "Vị trí đặt Điểm"]
C_P2_W = [3, 20, 7, 44]


def doc_c():
    b = [("center", "header", MOTTO + ["---------------"]),
         ("right", "header", "Bích Sơn, ngày 06 tháng 3 năm 2026"),
         ("center", "header", ["THỎA THUẬN HỢP TÁC",
                               "Về hỗ trợ giải quyết thủ tục hành chính, cung cấp dịch vụ công",
                               "trực tuyến và chuyển đổi số tại cơ sở giai đoạn 2026 - 2030",
                               "Số: 09/TTHT-UBND-BĐT"]),
         ("center", "header", ["GIỮA", "ỦY BAN NHÂN DÂN TỈNH BÍCH SƠN", "VÀ", "BƯU ĐIỆN TỈNH BÍCH SƠN"]),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
         P("preamble", "Căn cứ Luật Bưu chính ngày 17 tháng 6 năm 2010;"),
         P("preamble", "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ "
                       "tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ "
                       "công quốc gia;"),
         P("preamble", "Căn cứ Quyết định số 45/2016/QĐ-TTg ngày 19 tháng 10 năm 2016 của Thủ tướng Chính phủ về "
                       "việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công "
                       "ích;"),
         P("preamble", "Căn cứ Thông báo số 41/TB-UBND ngày 12 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh về việc "
                       "thay đổi trụ sở, thời gian làm việc và công khai số điện thoại đường dây nóng của Trung tâm "
                       "Phục vụ hành chính công tỉnh, Trung tâm Phục vụ hành chính công các xã, phường;"),
         P("preamble", "Căn cứ chức năng, nhiệm vụ, nhu cầu và khả năng của mỗi bên."),
         P("preamble", "Hôm nay, ngày 06 tháng 3 năm 2026, tại Trụ sở Ủy ban nhân dân tỉnh Bích Sơn, chúng tôi gồm:"),
         ("blank",),
         ("party", "preamble", "BÊN A: ỦY BAN NHÂN DÂN TỈNH BÍCH SƠN", None,
          [("Đại diện", "Ông Lục Văn Khải"), ("Chức vụ", "Chủ tịch Ủy ban nhân dân tỉnh"),
           ("Địa chỉ", "Số 2 đường Hùng Vương, phường Vọng Nguyệt, tỉnh Bích Sơn"),
           ("Điện thoại", "0218 3 822 406")], "(sau đây gọi là Bên A)"),
         ("party", "preamble", "BÊN B: BƯU ĐIỆN TỈNH BÍCH SƠN",
          "(đơn vị phụ thuộc Tổng công ty Bưu điện Việt Nam)",
          [("Đại diện", "Ông Quách Trọng Hiếu"), ("Chức vụ", "Giám đốc"),
           ("Địa chỉ", "Số 31 đường Trần Phú, phường Đồng Tràm, tỉnh Bích Sơn"),
           ("Điện thoại", "0218 3 851 239")], "(sau đây gọi là Bên B)"),
         P("preamble", "Sau khi trao đổi, thống nhất, hai Bên ký kết Thỏa thuận hợp tác về hỗ trợ giải quyết thủ tục "
                       "hành chính, cung cấp dịch vụ công trực tuyến và chuyển đổi số tại cơ sở giai đoạn 2026 - 2030 "
                       "(sau đây gọi tắt là Thỏa thuận) với các điều khoản sau:"),
         # ------------------------------------------------------------------------------------ Điều 1
         P("Điều 1", "Điều 1. Mục tiêu hợp tác", "h"),
         P("Điều 1.1", "1. Phát huy mạng lưới bưu chính rộng khắp của Bên B để đưa dịch vụ hành chính công đến gần "
                       "người dân, nhất là tại các xã vùng cao, biên giới; giảm số lần người dân phải đi lại để thực "
                       "hiện thủ tục hành chính.", "k"),
         P("Điều 1.2", "2. Đến hết năm 2026, 100% Trung tâm Phục vụ hành chính công xã, phường có nhân viên Bên B "
                       "hỗ trợ; tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, trả kết quả qua dịch vụ bưu chính "
                       "công ích đạt tối thiểu 10% tổng số hồ sơ của tỉnh.", "k"),
         P("Điều 1.3", "3. Đến hết năm 2027, 100% xã, phường có ít nhất 01 Điểm hỗ trợ dịch vụ công trực tuyến đặt "
                       "tại bưu cục hoặc điểm Bưu điện - Văn hóa xã (BĐVHX); đến năm 2030, hồ sơ trực tuyến được nộp "
                       "tại các Điểm hỗ trợ dịch vụ công trực tuyến chiếm tối thiểu 30% số hồ sơ trực tuyến của cấp "
                       "xã.", "k"),
         # ------------------------------------------------------------------------------------ Điều 2
         P("Điều 2", "Điều 2. Nguyên tắc hợp tác", "h"),
         P("Điều 2.1", "1. Tự nguyện, bình đẳng, cùng có lợi; tuân thủ quy định của pháp luật và quy định nội bộ "
                       "của mỗi Bên.", "k"),
         P("Điều 2.2", "2. Tổ chức, cá nhân tự nguyện lựa chọn sử dụng dịch vụ bưu chính công ích và trả cước theo "
                       "quy định; không thu thêm bất kỳ khoản phí nào ngoài cước đã niêm yết.", "k"),
         P("Điều 2.3", "3. Bảo đảm an toàn, bảo mật hồ sơ và dữ liệu cá nhân theo quy định của pháp luật về bảo "
                       "vệ dữ liệu cá nhân.", "k"),
         P("Điều 2.4", "4. Nội dung hợp tác có phát sinh chi phí được thực hiện thông qua hợp đồng giữa cơ quan, "
                       "đơn vị được Bên A giao với Bên B.", "k"),
         # ------------------------------------------------------------------------------------ Điều 3
         P("Điều 3", "Điều 3. Nội dung hợp tác", "h"),
         P("Điều 3.1", "1. Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công "
                       "ích", "k"),
         P("Điều 3.1.a", "a) Bên B tiếp nhận hồ sơ tại nhà, tại bưu cục hoặc điểm BĐVHX và chuyển đến Trung tâm "
                         "Phục vụ hành chính công tỉnh, Trung tâm Phục vụ hành chính công các xã, phường; nhận kết "
                         "quả và phát đến địa chỉ người dân đã đăng ký.", "e"),
         P("Điều 3.1.b", "b) Thời gian chuyển hồ sơ từ điểm tiếp nhận của Bên B đến Trung tâm không quá 01 ngày "
                         "làm việc đối với các phường và không quá 02 ngày làm việc đối với các xã.", "e"),
         P("Điều 3.2", "2. Bố trí nhân viên hỗ trợ tại Trung tâm Phục vụ hành chính công xã, phường", "k"),
         P("Điều 3.2.a", f"a) Bên B duy trì nhân viên hỗ trợ tại {N_POST} Trung tâm đã bố trí theo Thông báo số "
                         f"41/TB-UBND; từ ngày 01/4/2026 bố trí thêm nhân viên tại {dd(len(NO_POST))} Trung tâm của "
                         f"các xã {', '.join(NO_POST)}.", "e"),
         P("Điều 3.2.b", "b) Nhân viên Bên B hướng dẫn người dân chuẩn bị hồ sơ, tạo tài khoản và nộp hồ sơ trực "
                         "tuyến, số hóa hồ sơ, chuyển hồ sơ giữa các cơ quan; không thẩm định hồ sơ và không quyết "
                         "định việc giải quyết thủ tục hành chính.", "e"),
         P("Điều 3.2.c", "c) Nhân viên Bên B làm việc theo thời gian làm việc của Trung tâm nơi được bố trí, kể cả "
                         "sáng thứ Bảy tại các Trung tâm có tiếp nhận hồ sơ vào sáng thứ Bảy.", "e"),
         P("Điều 3.3", "3. Điểm hỗ trợ dịch vụ công trực tuyến", "k"),
         P("Điều 3.3.a", f"a) Năm 2026, Bên B thiết lập {N_POINTS} Điểm hỗ trợ dịch vụ công trực tuyến tại bưu cục "
                         f"và điểm BĐVHX của {len(POINTS)} xã, phường (danh sách tại Phụ lục II); năm 2027 thiết lập "
                         "thêm tối thiểu 08 Điểm, ưu tiên các xã chưa có Điểm.", "e"),
         P("Điều 3.3.b", "b) Mỗi Điểm có tối thiểu 01 máy tính kết nối Internet, 01 máy quét tài liệu và 01 nhân "
                         "viên đã được tập huấn; mở cửa theo giờ làm việc của bưu cục, điểm BĐVHX.", "e"),
         P("Điều 3.4", "4. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "k"),
         P("Điều 3.4.a", "a) Bên B tham gia số hóa hồ sơ đầu vào tại các Trung tâm có nhân viên hỗ trợ và số hóa "
                         "kết quả giải quyết thủ tục hành chính còn tồn đọng theo đặt hàng của cơ quan có thẩm "
                         "quyền.", "e"),
         P("Điều 3.4.b", "b) Dữ liệu số hóa được cập nhật vào Hệ thống thông tin giải quyết thủ tục hành chính của "
                         "tỉnh; Bên B không lưu giữ bản sao dữ liệu sau khi bàn giao.", "e"),
         P("Điều 3.5", "5. Hỗ trợ chuyển đổi số tại cơ sở", "k"),
         P("Điều 3.5.a", "a) Phối hợp với Tổ công nghệ số cộng đồng ở thôn, tổ dân phố hướng dẫn người dân cài đặt, "
                         "sử dụng ứng dụng VNeID, thanh toán trực tuyến phí, lệ phí và thanh toán không dùng tiền "
                         "mặt.", "e"),
         P("Điều 3.5.b", "b) Hỗ trợ hộ sản xuất, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử do Bên B vận "
                         "hành.", "e"),
         P("Điều 3.5.c", "c) Tham gia truyền thông về cải cách hành chính, chuyển đổi số; đồng hành tổ chức các "
                         "cuộc thi tìm hiểu về cải cách hành chính, chuyển đổi số do tỉnh phát động.", "e"),
         P("Điều 3.6", "6. Chi trả trợ cấp xã hội không dùng tiền mặt: Bên B phối hợp với Sở Y tế và Ủy ban nhân "
                       "dân các xã, phường chi trả trợ cấp xã hội hằng tháng qua tài khoản của người hưởng; hỗ trợ "
                       "mở tài khoản tại điểm BĐVHX.", "k"),
         # ------------------------------------------------------------------------------------ Điều 4
         P("Điều 4", "Điều 4. Trách nhiệm của Bên A", "h"),
         P("Điều 4.1", "1. Giao Văn phòng Ủy ban nhân dân tỉnh là cơ quan đầu mối của Bên A; chủ trì ký hợp đồng "
                       "dịch vụ hằng năm với Bên B về bố trí nhân viên hỗ trợ tại các Trung tâm; chỉ đạo Trung tâm "
                       "Phục vụ hành chính công tỉnh hướng dẫn nghiệp vụ cho nhân viên Bên B.", "k"),
         P("Điều 4.2", "2. Sở Khoa học và Công nghệ cấp tài khoản, phân quyền cho nhân viên Bên B trên Hệ thống "
                       "thông tin giải quyết thủ tục hành chính của tỉnh; kết nối phần mềm quản lý bưu gửi của Bên B "
                       "với Hệ thống trước ngày 30/6/2026.", "k"),
         P("Điều 4.3", "3. Sở Nội vụ đưa nội dung tập huấn về cơ chế một cửa, một cửa liên thông cho nhân viên Bên "
                       "B vào kế hoạch bồi dưỡng năm 2026; phối hợp với Bên B tổ chức Cuộc thi tìm hiểu về cải cách "
                       "hành chính, chuyển đổi số năm 2026.", "k"),
         P("Điều 4.4", "4. Sở Tài chính tham mưu bố trí kinh phí thực hiện các hợp đồng dịch vụ theo quy định về "
                       "phân cấp ngân sách.", "k"),
         P("Điều 4.5", "5. Ủy ban nhân dân các xã, phường bố trí vị trí làm việc cho nhân viên Bên B tại Trung tâm; "
                       "cung cấp danh sách Tổ công nghệ số cộng đồng; tuyên truyền để người dân biết và sử dụng dịch "
                       "vụ.", "k"),
         # ------------------------------------------------------------------------------------ Điều 5
         P("Điều 5", "Điều 5. Trách nhiệm của Bên B", "h"),
         P("Điều 5.1", "1. Bố trí đủ nhân viên có trình độ, kỹ năng phù hợp; nhân viên mặc đồng phục, đeo thẻ tên "
                       "khi làm việc tại Trung tâm.", "k"),
         P("Điều 5.2", "2. Niêm yết công khai cước dịch vụ bưu chính công ích tại bưu cục, điểm BĐVHX và tại Trung "
                       "tâm.", "k"),
         P("Điều 5.3", "3. Chịu trách nhiệm khi làm mất, hư hỏng, thất lạc hồ sơ, kết quả trong quá trình chuyển "
                       "phát và bồi thường theo quy định của pháp luật về bưu chính.", "k"),
         P("Điều 5.4", "4. Tài trợ giải thưởng, quà tặng cho các cuộc thi tìm hiểu về cải cách hành chính, chuyển "
                       "đổi số của tỉnh trong khả năng của Bên B.", "k"),
         P("Điều 5.5", "5. Báo cáo kết quả thực hiện Thỏa thuận gửi Văn phòng Ủy ban nhân dân tỉnh hằng quý, trước "
                       "ngày 20 của tháng cuối quý.", "k"),
         # ------------------------------------------------------------------------------------ Điều 6
         P("Điều 6", "Điều 6. Tổ chức thực hiện", "h"),
         P("Điều 6.1", "1. Thành lập Tổ công tác liên ngành giúp hai Bên triển khai Thỏa thuận, gồm:", "k"),
         P("Điều 6.1", "Tổ trưởng: Chánh Văn phòng Ủy ban nhân dân tỉnh;", "d"),
         P("Điều 6.1", "Tổ phó: Phó Giám đốc Bưu điện tỉnh phụ trách dịch vụ hành chính công;", "d"),
         P("Điều 6.1", "Thành viên: đại diện lãnh đạo Sở Nội vụ, Sở Khoa học và Công nghệ, Sở Tài chính, Sở Y tế, "
                       "Trung tâm Phục vụ hành chính công tỉnh và các phòng nghiệp vụ của Bên B.", "d"),
         P("Điều 6.2", "2. Tổ công tác họp định kỳ 06 tháng một lần (tháng 6 và tháng 12) hoặc họp đột xuất khi một "
                       "trong hai Bên đề nghị.", "k"),
         P("Điều 6.3", "3. Hằng năm, hai Bên thống nhất kế hoạch phối hợp của năm tiếp theo trước ngày 15 tháng 12; "
                       "kế hoạch phối hợp năm 2026 tại Phụ lục I.", "k"),
         P("Điều 6.4", "4. Năm 2028, hai Bên sơ kết 03 năm thực hiện Thỏa thuận; năm 2030, tổng kết và thống nhất "
                       "nội dung hợp tác giai đoạn tiếp theo.", "k"),
         P("Điều 6.5", "5. Đầu mối liên hệ:", "k"),
         P("Điều 6.5", "Bên A: ông Hứa Minh Quang, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh, điện thoại 0218 3 822 "
                       "418.", "d"),
         P("Điều 6.5", "Bên B: bà Đàm Thị Thu Trang, Phó Giám đốc Bưu điện tỉnh, điện thoại 0218 3 851 247.", "d"),
         # ------------------------------------------------------------------------------------ Điều 7
         P("Điều 7", "Điều 7. Điều khoản thi hành", "h"),
         P("Điều 7.1", "1. Thỏa thuận có hiệu lực kể từ ngày ký đến hết ngày 31 tháng 12 năm 2030.", "k"),
         P("Điều 7.2", "2. Nội dung cần sửa đổi, bổ sung được hai Bên thống nhất bằng văn bản (phụ lục Thỏa thuận); "
                       "Bên muốn chấm dứt Thỏa thuận trước thời hạn phải thông báo bằng văn bản cho Bên kia trước ít "
                       "nhất 30 ngày.", "k"),
         P("Điều 7.3", "3. Thỏa thuận được lập thành 06 bản có giá trị pháp lý như nhau, mỗi Bên giữ 03 bản.", "k"),
         ("sigc", ["ĐẠI DIỆN BÊN A", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(đã ký, đóng dấu)", "", "Lục Văn Khải"],
          ["ĐẠI DIỆN BÊN B", "GIÁM ĐỐC", "", "", "(đã ký, đóng dấu)", "", "Quách Trọng Hiếu"]),
         ("center", "Phụ lục I", ["PHỤ LỤC I", "KẾ HOẠCH PHỐI HỢP NĂM 2026",
                                  "(Kèm theo Thỏa thuận hợp tác số 09/TTHT-UBND-BĐT ngày 06/3/2026)"]),
         ("ctab", "Phụ lục I", C_P1_HEAD, C_P1_W, C_P1, None),
         ("center", "Phụ lục II", ["PHỤ LỤC II", "DANH SÁCH ĐIỂM HỖ TRỢ DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2026",
                                   "(Kèm theo Thỏa thuận hợp tác số 09/TTHT-UBND-BĐT ngày 06/3/2026)"]),
         ("ctab", "Phụ lục II", C_P2_HEAD, C_P2_W, [[str(k + 1), n, dd(c), pl] for k, (n, c, pl) in enumerate(POINTS)],
          ["", "Tổng cộng", dd(N_POINTS), ""]),
         ]
    return b


# =========================================================================================================
# gold section map
# =========================================================================================================
def gold(doc):
    blocks = {DOC_A: doc_a, DOC_B: doc_b, DOC_C: doc_c}[doc]()
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "p":
            out.append((bl[1], bl[2]))
        elif k == "lhtab":
            out += [(bl[1], t) for t in bl[2] + bl[3] if t]
        elif k == "lh2":
            out += [(bl[1], t) for t in bl[2] + bl[3] + [bl[4], bl[5]]]
        elif k in ("sigtab", "sig2", "sigc"):
            if k == "sigc":
                out += [("signature", t) for t in bl[1] + bl[2] if t]
            else:
                out += [("closing", t) for t in bl[1] if t]
                out += [("signature", t) for t in bl[2] if t]
        elif k == "weeks":
            out += [(bl[1], c) for c in bl[2]]
            out += [(bl[1], c) for r in bl[3] for c in r]
        elif k == "prize":
            out += [(bl[1], c) for c in bl[2]]
            grp = None
            for r in bl[3]:
                if isinstance(r, tuple):
                    grp = bl[1] + "." + r[1]
                    out += [(grp, r[1]), (grp, r[2])]
                    continue
                out += [(grp + "." + r[0], c) for c in r[:5]]
                if r[5]:
                    # a merged "Kèm theo" cell belongs to every row it spans
                    first = int(r[0])
                    for j in range(r[6]):
                        out.append((grp + "." + str(first + j), r[5]))
            out += [(bl[1], c) for c in bl[4]]
        elif k == "ptab1":
            out += [(bl[1], c) for c in bl[2]]
            out += [(bl[1] + "." + r[0], c) for r in bl[3] for c in r]
        elif k == "ptab2":
            out += [(bl[1], c) for c in bl[2] + bl[3]]
            grp = None
            for r in bl[4]:
                if isinstance(r, tuple):
                    grp = bl[1] + "." + r[1]
                    out += [(grp, r[1]), (grp, r[2])]
                    continue
                sec = grp + "." + r[0]
                out += [(sec, c) for c in [r[0], r[1]] + r[2] + r[3:] if c]
        elif k == "center":
            out += [(bl[1], t) for t in bl[2] if not t.startswith("---")]
        elif k == "right":
            out.append((bl[1], bl[2]))
        elif k == "party":
            out.append((bl[1], bl[2]))
            if bl[3]:
                out.append((bl[1], bl[3]))
            out += [(bl[1], f"{a} : {v}") for a, v in bl[4]]
            out.append((bl[1], bl[5]))
        elif k == "ctab":
            out += [(bl[1], c) for c in bl[2]]
            grp = bl[1]
            for r in bl[4]:
                if isinstance(r, tuple):
                    grp = bl[1] + "." + r[1]
                    out += [(grp, r[1]), (grp, r[2])]
                    continue
                out += [(grp + "." + r[0], c) for c in r if c]
            if bl[5]:
                out += [(bl[1], c) for c in bl[5] if c]
    return [(s, unicodedata.normalize("NFC", t)) for s, t in out]


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
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.0), Cm(2.0), Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    cp = d.core_properties
    cp.author, cp.title = "Sở Nội vụ tỉnh Bích Sơn", "Thể lệ Cuộc thi trực tuyến tìm hiểu CCHC và CĐS năm 2026"
    cp.created = cp.modified = datetime.datetime(2026, 4, 20, 8, 30, 0)
    cp.last_modified_by = "BTC"
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

    def put(cell, txt, align, size=11, bold=False, italic=False, first=True):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt)
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic

    for bl in doc_a():
        k = bl[0]
        if k == "lhtab":
            t = d.add_table(rows=1, cols=2)
            no_borders(t)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            left, right = t.cell(0, 0), t.cell(0, 1)
            left.width, right.width = Cm(7.2), Cm(8.8)
            for n, line in enumerate(bl[2]):
                put(left, line, C, 12 if n < 3 else 13, bold=(n in (1, 2)), first=(n == 0))
                if n == 2:
                    put(left, "-------------", C, 11, first=False)
            for n, line in enumerate(bl[3]):
                put(right, line, C if n < 2 else R, 12.5 if n < 2 else 13, bold=(n < 2), italic=(n == 3),
                    first=(n == 0))
                if n == 1:
                    put(right, "--------------------------", C, 11, first=False)
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "weeks":
            t = d.add_table(rows=1 + len(bl[3]), cols=4)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(bl[2]):
                put(t.cell(0, j), h, C, 11, True)
                shade(t.cell(0, j), "DDEBF7")
            repeat_header(t.rows[0])
            for i, row in enumerate(bl[3], start=1):
                for j, txt in enumerate(row):
                    put(t.cell(i, j), txt, C, 11, bold=(j == 0))
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = [Cm(2.2), Cm(4.6), Cm(4.6), Cm(4.6)][j]
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "prize":
            rows = bl[3]
            t = d.add_table(rows=1 + len(rows) + 1, cols=6)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(bl[2]):
                put(t.cell(0, j), h, C, 10.5, True)
                shade(t.cell(0, j), "DDEBF7")
            repeat_header(t.rows[0])
            merges = []
            for i, row in enumerate(rows, start=1):
                if isinstance(row, tuple):
                    put(t.cell(i, 0), row[1], C, 10.5, True)
                    a = t.cell(i, 1)
                    put(a, row[2], L, 10.5, True)
                    a.merge(t.cell(i, 5))
                    shade(t.cell(i, 0), "F2F2F2")
                    shade(a, "F2F2F2")
                    continue
                for j, txt in enumerate(row[:5]):
                    put(t.cell(i, j), txt, [C, L, C, R, R][j], 10.5)
                if row[5]:
                    put(t.cell(i, 5), row[5], C, 10.5, italic=True)
                    merges.append((i, i + row[6] - 1))
            for a, z in merges:
                if z > a:
                    t.cell(a, 5).merge(t.cell(z, 5))
            last = len(rows) + 1
            tot = bl[4]
            a = t.cell(last, 0)
            a.merge(t.cell(last, 1))
            put(a, tot[0], C, 10.5, True)
            put(t.cell(last, 2), tot[1], C, 10.5, True)
            put(t.cell(last, 4), tot[2], R, 10.5, True)
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = [Cm(1.1), Cm(4.2), Cm(1.6), Cm(2.9), Cm(2.9), Cm(3.3)][j]
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        elif k == "sigtab":
            d.add_paragraph().paragraph_format.space_after = Pt(0)
            t = d.add_table(rows=1, cols=2)
            no_borders(t)
            left, right = t.cell(0, 0), t.cell(0, 1)
            left.width, right.width = Cm(8.0), Cm(8.0)
            for n, line in enumerate(bl[1]):
                put(left, line, L, 12 if n == 0 else 11, bold=(n == 0), italic=(n == 0), first=(n == 0))
            for n, line in enumerate(bl[2]):
                put(right, line, C, 13, bold=(n < 3 or n == 6), italic=(n == 4), first=(n == 0))
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            if "c" in fmt:
                p.alignment = C
            elif "h" in fmt:
                p.alignment = J
                p.paragraph_format.first_line_indent = Cm(1.0)
            else:
                p.alignment = J
                p.paragraph_format.first_line_indent = Cm(1.0)
            if "d" in fmt:
                text = "- " + text
            if "s" in fmt:
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(0)
                lab, rest = text.split(": ", 1)
                r = p.add_run(lab + ": ")
                r.bold = True
                p.add_run(rest)
                continue
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            if text == "THỂ LỆ":
                r.font.size = Pt(15)
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2026, 4, 20, 8, 30, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("dv", "", 9)
                self.set_y(8)
                self.cell(0, 5, str(self.page_no()), align="C")
                self.set_y(self.t_margin)

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 2, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("UBND tỉnh Bích Sơn")
    pdf.set_title("Thông báo 41/TB-UBND")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font("dv", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(24, 16, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    head_style = FontFace(emphasis="BOLD", fill_color=(222, 230, 240))
    num_style = FontFace(emphasis="ITALICS", fill_color=(240, 240, 240))
    g_style = FontFace(emphasis="BOLD", fill_color=(246, 246, 246))

    def W():
        return pdf.w - pdf.l_margin - pdf.r_margin

    for bl in doc_b():
        k = bl[0]
        w = W()
        if k == "lh2":
            lw = w * 0.42
            rw = w - lw
            y0 = pdf.get_y()
            pdf.set_font("dv", "", 10)
            pdf.set_xy(pdf.l_margin, y0)
            pdf.cell(lw, 5, bl[2][0], align="C")
            pdf.set_font("dv", "B", 10)
            pdf.set_xy(pdf.l_margin, y0 + 5)
            pdf.cell(lw, 5, bl[2][1], align="C")
            pdf.line(pdf.l_margin + lw / 2 - 12, y0 + 10.8, pdf.l_margin + lw / 2 + 12, y0 + 10.8)
            pdf.set_font("dv", "B", 9.6)
            pdf.set_xy(pdf.l_margin + lw, y0)
            pdf.cell(rw, 5, bl[3][0], align="C")
            pdf.set_font("dv", "B", 10)
            pdf.set_xy(pdf.l_margin + lw, y0 + 5)
            pdf.cell(rw, 5, bl[3][1], align="C")
            pdf.line(pdf.l_margin + lw + rw / 2 - 24, y0 + 10.8, pdf.l_margin + lw + rw / 2 + 24, y0 + 10.8)
            pdf.set_font("dv", "", 10)
            pdf.set_xy(pdf.l_margin, y0 + 13)
            pdf.cell(lw, 5, bl[4], align="C")
            pdf.set_font("dv", "I", 10)
            pdf.set_xy(pdf.l_margin + lw, y0 + 13)
            pdf.cell(rw, 5, bl[5], align="C")
            pdf.set_y(y0 + 24)
        elif k == "sig2":
            pdf.ln(2)
            if pdf.get_y() > pdf.h - 70:
                pdf.add_page()
            y0 = pdf.get_y()
            for i, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin + w * 0.5, y0 + 5.4 * i)
                pdf.set_font("dv", "I" if line == "(đã ký)" else "B", 10)
                pdf.cell(w * 0.5, 5.4, line, align="C")
            for i, line in enumerate(bl[1]):
                pdf.set_xy(pdf.l_margin, y0 + 4.4 * i)
                pdf.set_font("dv", "BI" if i == 0 else "", 9 if i == 0 else 8.2)
                pdf.cell(w * 0.5, 4.4, line)
            pdf.set_y(y0 + max(5.4 * len(bl[2]), 4.4 * len(bl[1])) + 2)
        elif k == "landscape":
            pdf.add_page(orientation="L")
        elif k == "ptab1":
            pdf.set_font("dv", "", 8.6)
            with pdf.table(col_widths=(9, 58, 82, 30, 78), text_align=("CENTER", "LEFT", "LEFT", "CENTER", "LEFT"),
                           headings_style=head_style, line_height=4.6, v_align="MIDDLE") as t:
                r = t.row()
                for c in bl[2]:
                    r.cell(c, align="CENTER")
                for row in bl[3]:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(4)
        elif k == "ptab2":
            pdf.set_font("dv", "", 8.6)
            with pdf.table(col_widths=(12, 52, 108, 36, 24, 25),
                           text_align=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER"),
                           headings_style=head_style, line_height=4.6, v_align="MIDDLE", num_heading_rows=2,
                           repeat_headings=1) as t:
                r = t.row()
                for c in bl[2]:
                    r.cell(c, align="CENTER")
                r = t.row()
                for c in bl[3]:
                    r.cell(c, align="CENTER", style=num_style)
                for row in bl[4]:
                    if isinstance(row, tuple):
                        r = t.row()
                        r.cell(row[1], style=g_style, align="CENTER")
                        r.cell(row[2], colspan=5, style=g_style)
                        continue
                    n = len(row[2])
                    r = t.row()
                    r.cell(row[0], rowspan=n)
                    r.cell(row[1], rowspan=n)
                    r.cell(row[2][0])
                    for c in row[3:]:
                        r.cell(c, rowspan=n)
                    for extra in row[2][1:]:
                        r = t.row()
                        r.cell(extra)
            pdf.ln(2)
        elif k == "p":
            text, fmt = bl[2], bl[3]
            style = ("B" if "b" in fmt else "") + ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 13 if text == "THÔNG BÁO" else 10)
            pdf.set_x(pdf.l_margin)
            if "d" in fmt:
                pdf.set_x(pdf.l_margin + 8)
                pdf.multi_cell(w - 8, 5.2, "- " + text, align="J")
            elif "c" in fmt:
                if text.startswith("PHỤ LỤC") and pdf.get_y() > pdf.h - 60:
                    pdf.add_page(orientation="L")
                pdf.multi_cell(w, 5.2, text, align="C")
            elif "h" in fmt:
                pdf.multi_cell(w, 5.2, "      " + text, align="L")
            else:
                pdf.multi_cell(w, 5.2, "      " + text, align="J")
            pdf.ln(0.8)
    pdf.output(path)


WRAP = 80


def _wrap(text, width=WRAP, first="", rest=""):
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def _cell_lines(text, width):
    """Wrap a table cell, breaking at '; ' between units where possible."""
    parts = text.split("; ")
    out = []
    for i, part in enumerate(parts):
        out += _wrap(part + (";" if i < len(parts) - 1 else ""), width)
    return out or [""]


def _ascii_table(head, widths, rows, total):
    def rule(ch="-"):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def line(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    def block(cells):
        wrapped = [_cell_lines(c, w) for c, w in zip(cells, widths)]
        n = max(len(x) for x in wrapped)
        return [line([x[i] if i < len(x) else "" for x in wrapped]) for i in range(n)]

    full = sum(widths) + 3 * (len(widths) - 1)
    out = [rule()] + block(head) + [rule("=")]
    for r in rows:
        if isinstance(r, tuple):
            out.append("| " + (r[1] + ". " + r[2]).ljust(full) + " |")
        else:
            out += block(r)
        out.append(rule())
    if total:
        out += block(total) + [rule()]
    return out


def build_txt(path):
    out = []
    for bl in doc_c():
        k = bl[0]
        if k == "center":
            out += [ln.center(WRAP).rstrip() for ln in bl[2]] + [""]
        elif k == "right":
            out += [bl[2].rjust(WRAP - 2), ""]
        elif k == "party":
            out.append(bl[2])
            if bl[3]:
                out.append("        " + bl[3])
            width = max(len(a) for a, _ in bl[4])
            for a, v in bl[4]:
                out += _wrap(f"{a.ljust(width)} : {v}", WRAP, "    ", " " * (width + 7))
            out += ["    " + bl[5], ""]
        elif k == "sigc":
            left, right = bl[1], bl[2]
            for n in range(max(len(left), len(right))):
                lt = left[n] if n < len(left) else ""
                rt = right[n] if n < len(right) else ""
                out.append((lt.center(38) + "  " + rt.center(38)).rstrip())
            out += ["", "", "-" * WRAP, ""]
        elif k == "blank":
            out.append("")
        elif k == "ctab":
            out += _ascii_table(bl[2], bl[3], bl[4], bl[5]) + [""]
        else:
            text, fmt = bl[2], bl[3]
            if "h" in fmt:
                out += ["", text]
            elif "k" in fmt:
                out += _wrap(text, WRAP, "    ", "")
            elif "e" in fmt:
                out += _wrap(text, WRAP, "    ", "")
            elif "d" in fmt:
                out += _wrap("- " + text, WRAP, "    ", "      ")
            else:
                out += _wrap(text, WRAP, "    ", "")
    cleaned = []
    for ln in out:
        if ln == "" and cleaned and cleaned[-1] == "":
            continue
        cleaned.append(ln.rstrip())
    while cleaned and cleaned[-1] == "":
        cleaned.pop()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(cleaned) + "\n")


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOC_A))
    build_pdf(os.path.join(CORPUS, DOC_B))
    build_txt(os.path.join(CORPUS, DOC_C))
    for n in (DOC_A, DOC_B, DOC_C):
        print(n, os.path.getsize(os.path.join(CORPUS, n)))


if __name__ == "__main__":
    main()
