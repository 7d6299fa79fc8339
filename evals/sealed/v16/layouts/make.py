# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v16 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Thanh Mộc, its phường and xã, all people, numbers, dates, phone numbers, domains,
document numbers, the company). Each document is a small model: a list of blocks, each carrying the gold section
path of its text (used by check_layouts.py; no project parser is involved). The arithmetic stated in the documents
(table totals, rates, penalties, contract sums, weekdays of stated dates) is asserted below. Output is
byte-identical on rerun.

  A  2026-thanh-tra-tinh-thanh-moc-ket-luan-thanh-tra-22-giai-quyet-tthc.docx
        KẾT LUẬN THANH TRA of the provincial Inspectorate (Thanh tra tỉnh) on the handling of administrative
        procedures and online public services at the provincial public-service centre and three xã/phường:
        letterhead in a borderless 2 x 2 table; "Thực hiện Quyết định thanh tra …", "Xét Báo cáo kết quả thanh
        tra …"; I. KHÁI QUÁT CHUNG, II. KẾT QUẢ KIỂM TRA, XÁC MINH (with a bordered figures table: STT rows 1-4 and a
        "Cộng" row), III. KẾT LUẬN, IV. BIỆN PHÁP XỬ LÝ THEO THẨM QUYỀN ĐÃ ÁP DỤNG, V. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ
        (khoản per addressee, điểm a) … đ)); Nơi nhận beside the signature "CHÁNH THANH TRA".
  B  2026-ban-tuyen-giao-dan-van-thanh-moc-de-cuong-tuyen-truyen-ngay-cds.pdf
        ĐỀ CƯƠNG TUYÊN TRUYỀN of the provincial party committee's Ban Tuyên giáo và Dân vận (fpdf2, DejaVu Sans):
        party letterhead (ĐẢNG BỘ TỈNH … / BAN TUYÊN GIÁO VÀ DÂN VẬN / * ; ĐẢNG CỘNG SẢN VIỆT NAM), no number of
        its own, "(Kèm theo Hướng dẫn số …)"; parts I.-V. with 1., 2. and "-" / "+" lists; a figures table (STT
        1-6, three value columns); the slogans as a numbered list; closing issuer line; page numbers at the bottom.
  C  2026-trung-tam-pvhcc-thanh-moc-hop-dong-14-thue-dich-vu-he-thong-tthc.txt
        HỢP ĐỒNG THUÊ DỊCH VỤ CÔNG NGHỆ THÔNG TIN (a two-party service contract): motto, title, "Số:", "Gói
        thầu:", "Căn cứ …" lines, "Hôm nay …", the parties' field lines (BÊN A / BÊN B), Điều 1-15 with khoản 1.,
        2. and điểm a), b); an ASCII price table with a total and the sum in words; the two signature blocks side
        by side; PHỤ LỤC I (SLA table, rows 1-4) and PHỤ LỤC II (contact points, rows 1-5).
"""
import datetime
import io
import os
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2026-thanh-tra-tinh-thanh-moc-ket-luan-thanh-tra-22-giai-quyet-tthc.docx"
DOC_B = "2026-ban-tuyen-giao-dan-van-thanh-moc-de-cuong-tuyen-truyen-ngay-cds.pdf"
DOC_C = "2026-trung-tam-pvhcc-thanh-moc-hop-dong-14-thue-dich-vu-he-thong-tthc.txt"

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
WEEKDAY = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


def wd(s):
    d, m, y = (int(x) for x in s.split("/"))
    return WEEKDAY[datetime.date(y, m, d).weekday()]


def vn(n):
    """1234567 -> '1.234.567'"""
    return f"{n:,}".replace(",", ".")


def pct(a, b, nd=1):
    return f"{round(100 * a / b, nd):.{nd}f}".replace(".", ",")


def P(sec, text, fmt=""):
    return ("p", sec, text, fmt)


# =========================================================================================================
# A  Kết luận thanh tra
# =========================================================================================================
A_ROWS = [  # name, received, online, on time, late, in progress
    ("Trung tâm Phục vụ hành chính công tỉnh", 18426, 15112, 18082, 221, 123),
    ("UBND phường Đồi Gianh", 6318, 4927, 6214, 59, 45),
    ("UBND xã Nà Ngần", 2145, 1012, 2081, 37, 27),
    ("UBND xã Phiêng Hao", 1487, 806, 1431, 35, 21),
]
for _n, rec, onl, ok, late, prog in A_ROWS:
    assert ok + late + prog == rec and onl < rec
A_TOT = [sum(r[i] for r in A_ROWS) for i in range(1, 6)]
assert A_TOT == [28376, 21857, 27808, 352, 216]
A_APOLOGY = 205
assert pct(A_TOT[1], A_TOT[0]) == "77,0" and pct(A_APOLOGY, A_TOT[3]) == "58,2" and A_TOT[3] - A_APOLOGY == 147
FEE_CASES, FEE_OVER = 186, 10000
assert FEE_CASES * FEE_OVER == 1860000
# SLA breaches of the contract (C): level-1 incidents, 04 giờ allowed
BREACH = [("14/4/2026", 6 * 60 + 40), ("22/5/2026", 9 * 60 + 15), ("17/6/2026", 5 * 60 + 5)]
over_hours = [-(-(m - 240) // 60) for _d, m in BREACH]
assert over_hours == [3, 6, 2] and sum(over_hours) == 11
for d, _m in BREACH:
    assert wd(d) in ("thứ Ba", "thứ Sáu", "thứ Tư")
assert wd("16/10/2026") == "thứ Sáu" and wd("03/8/2026") == "thứ Hai" and wd("10/8/2026") == "thứ Hai"
assert wd("18/9/2026") == "thứ Sáu" and wd("30/9/2026") == "thứ Tư" and wd("30/11/2026") == "thứ Hai"

# contract prices (C) -- monthly unit prices, 36 months
C_ITEMS = [
    ("Dịch vụ nền tảng Hệ thống thông tin giải quyết TTHC tỉnh (Cổng dịch vụ công và phần mềm một cửa điện tử)",
     96_500_000),
    ("Dịch vụ hạ tầng máy chủ, lưu trữ và sao lưu dữ liệu", 38_200_000),
    ("Dịch vụ kết nối, tích hợp (LGSP, CSDLQG về dân cư, Cổng Dịch vụ công quốc gia, thanh toán trực tuyến)",
     12_800_000),
    ("Dịch vụ giám sát an toàn thông tin (SOC)", 14_500_000),
    ("Dịch vụ hỗ trợ người dùng, tổng đài 24/7 và đào tạo", 9_000_000),
]
MONTHS = 36
C_TOTAL = sum(p * MONTHS for _n, p in C_ITEMS)
C_MONTH = sum(p for _n, p in C_ITEMS)
assert C_TOTAL == 6_156_000_000 and C_MONTH == 171_000_000
C_QUARTER = C_MONTH * 3
assert C_QUARTER == 513_000_000 and C_TOTAL == 12 * C_QUARTER
PENALTY = C_QUARTER * 55 // 1000           # 0,5 % per hour x 11 hours = 5,5 %
assert PENALTY == 28_215_000 and sum(over_hours) * 5 == 55
GUARANTEE = C_TOTAL * 3 // 100
assert GUARANTEE == 184_680_000
assert wd("12/01/2026") == "thứ Hai" and wd("01/02/2026") == "Chủ nhật"


def doc_a():
    B = []
    B.append(("lh22", "header", ["ỦY BAN NHÂN DÂN TỈNH THANH MỘC", "THANH TRA TỈNH"], MOTTO,
              "Số: 22/KL-TTr", "Thanh Mộc, ngày 16 tháng 10 năm 2026"))
    B.append(P("header", "KẾT LUẬN THANH TRA", "bc"))
    B.append(P("header", "Việc thực hiện quy định về giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến "
               "tại Trung tâm Phục vụ hành chính công tỉnh và Ủy ban nhân dân phường Đồi Gianh, xã Nà Ngần, "
               "xã Phiêng Hao", "bc"))
    B.append(P("preamble", "Thực hiện Quyết định số 57/QĐ-TTr ngày 03/8/2026 của Chánh Thanh tra tỉnh về thanh tra "
               "việc thực hiện quy định về giải quyết thủ tục hành chính (TTHC), cung cấp dịch vụ công trực tuyến "
               "(DVCTT) tại Trung tâm Phục vụ hành chính công tỉnh và Ủy ban nhân dân (UBND) phường Đồi Gianh, "
               "xã Nà Ngần, xã Phiêng Hao, từ ngày 10/8/2026 đến ngày 18/9/2026, Đoàn thanh tra đã tiến hành "
               "thanh tra trực tiếp tại các đơn vị nêu trên."))
    B.append(P("preamble", "Xét Báo cáo kết quả thanh tra ngày 30/9/2026 của Trưởng đoàn thanh tra, ý kiến giải "
               "trình của các đối tượng thanh tra, Chánh Thanh tra tỉnh kết luận như sau:"))
    B.append(P("I", "I. KHÁI QUÁT CHUNG", "b"))
    B.append(P("I.1", "1. Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm) là đơn vị hành "
               "chính trực thuộc Văn phòng UBND tỉnh, có trụ sở tại Số 27 đường Trần Nhật Duật, phường Mộc "
               "Hương. Tại thời điểm thanh tra, Trung tâm có 41 người làm việc, trong đó 19 công chức do các sở, "
               "ngành cử đến làm việc tại Bộ phận Một cửa; Trung tâm tiếp nhận 1.842 TTHC của 17 sở, ngành."))
    B.append(P("I.1", "Từ ngày 01/02/2026, Hệ thống thông tin giải quyết TTHC tỉnh được vận hành theo hình thức "
               "thuê dịch vụ theo Hợp đồng số 14/2026/HĐ-TTPVHCC ngày 12/01/2026 giữa Trung tâm và Công ty Cổ phần "
               "Giải pháp số Sao Mai."))
    B.append(P("I.2", "2. UBND phường Đồi Gianh, xã Nà Ngần, xã Phiêng Hao tổ chức tiếp nhận, trả kết quả TTHC "
               "tại Trung tâm Phục vụ hành chính công của xã, phường. Phường Đồi Gianh có 07 công chức, xã Nà "
               "Ngần có 04 công chức và xã Phiêng Hao có 04 công chức làm việc tại bộ phận tiếp nhận và trả kết "
               "quả."))
    B.append(P("I.3", "3. Thời kỳ thanh tra: từ ngày 01/7/2025 đến ngày 30/6/2026. Khi cần thiết, Đoàn thanh tra "
               "xem xét hồ sơ, tài liệu trước và sau thời kỳ nêu trên."))
    B.append(P("II", "II. KẾT QUẢ KIỂM TRA, XÁC MINH", "b"))
    B.append(P("II.1", "1. Việc công khai TTHC", "b"))
    B.append(P("II.1", "Trung tâm và UBND 03 xã, phường đã niêm yết công khai danh mục TTHC tại trụ sở và trên "
               "Cổng Dịch vụ công tỉnh (dichvucong.thanhmoc.gov.vn). Tuy nhiên, tại xã Nà Ngần còn niêm yết 23 "
               "TTHC đã được bãi bỏ; tại xã Phiêng Hao chưa công khai số điện thoại đường dây nóng 1800 6 294 "
               "của tỉnh tại nơi tiếp nhận hồ sơ."))
    B.append(P("II.2", "2. Việc tiếp nhận, giải quyết hồ sơ TTHC", "b"))
    B.append(P("II.2", f"Trong thời kỳ thanh tra, các đơn vị tiếp nhận {vn(A_TOT[0])} hồ sơ, trong đó "
               f"{vn(A_TOT[1])} hồ sơ trực tuyến (tỷ lệ {pct(A_TOT[1], A_TOT[0])}%); đã giải quyết đúng hạn "
               f"{vn(A_TOT[2])} hồ sơ, quá hạn {vn(A_TOT[3])} hồ sơ; đang giải quyết {vn(A_TOT[4])} hồ sơ. "
               "Chi tiết như sau:"))
    head = ["STT", "Đơn vị", "Hồ sơ tiếp nhận", "Trong đó trực tuyến", "Giải quyết đúng hạn",
            "Giải quyết quá hạn", "Đang giải quyết"]
    rows = [(f"II.2.{i}", [str(i), n] + [vn(x) for x in r]) for i, (n, *r) in enumerate(A_ROWS, 1)]
    total = ("II.2", ["", "Cộng"] + [vn(x) for x in A_TOT])
    B.append(("tab", "II.2", head, rows + [total]))
    B.append(P("II.2", "(Nguồn: Hệ thống thông tin giải quyết TTHC tỉnh và sổ theo dõi hồ sơ của các đơn vị)", "i"))
    B.append(P("II.3", "3. Việc xin lỗi người dân, tổ chức khi giải quyết hồ sơ quá hạn", "b"))
    B.append(P("II.3", f"Trong {vn(A_TOT[3])} hồ sơ quá hạn, các đơn vị mới ban hành văn bản xin lỗi đối với "
               f"{A_APOLOGY} hồ sơ (đạt {pct(A_APOLOGY, A_TOT[3])}%); còn {A_TOT[3] - A_APOLOGY} hồ sơ quá hạn "
               "không có văn bản xin lỗi và không thông báo thời hạn trả kết quả lần sau, chủ yếu thuộc lĩnh vực "
               "đất đai và hộ tịch."))
    B.append(P("II.4", "4. Việc số hóa hồ sơ, kết quả giải quyết TTHC", "b"))
    B.append(P("II.4", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận tại Trung tâm đạt 91,4%, phường Đồi Gianh 84,7%, "
               "xã Phiêng Hao 61,8% và xã Nà Ngần 52,3%. Tại xã Nà Ngần, 09 hồ sơ đã số hóa thiếu thành phần "
               "giấy tờ so với hồ sơ giấy."))
    B.append(P("II.5", "5. Việc thu phí, lệ phí", "b"))
    B.append(P("II.5", f"UBND xã Nà Ngần thu phí chứng thực chữ ký 20.000 đồng/trường hợp, cao hơn mức 10.000 "
               f"đồng/trường hợp theo quy định, đối với {FEE_CASES} trường hợp, số tiền thu sai là "
               f"{vn(FEE_CASES * FEE_OVER)} đồng. Các đơn vị còn lại thu phí, lệ phí đúng quy định."))
    B.append(P("II.6", "6. Việc quản lý, thực hiện Hợp đồng thuê dịch vụ Hệ thống thông tin giải quyết TTHC", "b"))
    B.append(P("II.6", "Trong quý II năm 2026, Hệ thống xảy ra 03 sự cố mức 1 (ngày 14/4/2026 gián đoạn 6 giờ 40 "
               "phút; ngày 22/5/2026 gián đoạn 9 giờ 15 phút; ngày 17/6/2026 gián đoạn 5 giờ 05 phút), đều vượt "
               "thời gian khắc phục 04 giờ theo Hợp đồng, tổng thời gian vượt tính tròn là 11 giờ. Trung tâm đã "
               "nghiệm thu, thanh toán đủ giá trị quý II cho Công ty nhưng chưa áp dụng giảm trừ theo Điều 11 của "
               "Hợp đồng; Trung tâm cũng chưa yêu cầu Công ty gửi báo cáo tháng về chất lượng dịch vụ."))
    B.append(P("III", "III. KẾT LUẬN", "b"))
    B.append(P("III.1", "1. Ưu điểm", "b"))
    B.append(P("III.1", "Các đơn vị được thanh tra cơ bản thực hiện đúng quy định về tiếp nhận, giải quyết TTHC; "
               f"tỷ lệ hồ sơ trực tuyến đạt {pct(A_TOT[1], A_TOT[0])}%, tỷ lệ giải quyết đúng hạn cao; phường Đồi "
               "Gianh có cách làm hay trong hướng dẫn người dân nộp hồ sơ trực tuyến tại nhà thông qua Tổ công nghệ "
               "số cộng đồng."))
    B.append(P("III.2", "2. Tồn tại, hạn chế, vi phạm", "b"))
    B.append(P("III.2.a", "a) Xã Nà Ngần niêm yết TTHC chưa được cập nhật; xã Phiêng Hao chưa công khai số điện "
               "thoại đường dây nóng."))
    B.append(P("III.2.b", f"b) {A_TOT[3] - A_APOLOGY} hồ sơ quá hạn không có văn bản xin lỗi, vi phạm quy định về "
               "trách nhiệm xin lỗi khi giải quyết hồ sơ quá hạn."))
    B.append(P("III.2.c", "c) Tỷ lệ số hóa hồ sơ của xã Nà Ngần và xã Phiêng Hao thấp; số hóa chưa đầy đủ thành phần "
               "hồ sơ."))
    B.append(P("III.2.d", f"d) UBND xã Nà Ngần thu sai phí chứng thực với số tiền {vn(FEE_CASES * FEE_OVER)} đồng."))
    B.append(P("III.2.đ", "đ) Trung tâm chưa thực hiện đầy đủ trách nhiệm của bên thuê dịch vụ: chưa áp dụng giảm "
               "trừ khi bên cung cấp dịch vụ vi phạm thời gian khắc phục sự cố, chưa yêu cầu báo cáo tháng."))
    B.append(P("III.3", "3. Trách nhiệm", "b"))
    B.append(P("III.3", "Trách nhiệm đối với các tồn tại, vi phạm nêu trên thuộc về Giám đốc Trung tâm Phục vụ hành "
               "chính công tỉnh, Chủ tịch UBND xã Nà Ngần, Chủ tịch UBND xã Phiêng Hao và công chức trực tiếp "
               "tiếp nhận, giải quyết hồ sơ trong thời kỳ thanh tra."))
    B.append(P("IV", "IV. BIỆN PHÁP XỬ LÝ THEO THẨM QUYỀN ĐÃ ÁP DỤNG", "b"))
    B.append(P("IV", f"Trong quá trình thanh tra, Đoàn thanh tra đã yêu cầu UBND xã Nà Ngần hoàn trả số tiền "
               f"{vn(FEE_CASES * FEE_OVER)} đồng thu sai cho {FEE_CASES} người nộp; đến ngày 25/9/2026, xã đã "
               "hoàn trả cho 171 người, còn 15 người chưa liên hệ nhận lại. Xã Nà Ngần đã gỡ bỏ 23 TTHC niêm yết "
               "không còn hiệu lực."))
    B.append(P("V", "V. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ", "b"))
    B.append(P("V.1", "1. Đối với Chủ tịch UBND tỉnh", "b"))
    B.append(P("V.1", "Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ chỉ đạo Trung tâm khắc phục các "
               "tồn tại nêu tại Kết luận này; giao Sở Khoa học và Công nghệ hướng dẫn các xã, phường nâng cao tỷ lệ "
               "số hóa hồ sơ, bảo đảm đến ngày 31/12/2026 đạt tối thiểu 80%."))
    B.append(P("V.2", "2. Đối với Giám đốc Trung tâm Phục vụ hành chính công tỉnh", "b"))
    B.append(P("V.2.a", "a) Tổ chức kiểm điểm trách nhiệm tập thể, cá nhân có liên quan đến việc không ban hành văn "
               "bản xin lỗi đối với hồ sơ quá hạn; hoàn thành trong tháng 11/2026."))
    B.append(P("V.2.b", f"b) Áp dụng giảm trừ {vn(PENALTY)} đồng (5,5% giá trị thanh toán quý II năm 2026) theo Điều "
               "11 của Hợp đồng số 14/2026/HĐ-TTPVHCC vào kỳ thanh toán quý IV năm 2026."))
    B.append(P("V.2.c", "c) Yêu cầu Công ty Cổ phần Giải pháp số Sao Mai gửi báo cáo chất lượng dịch vụ hằng tháng "
               "theo đúng Hợp đồng; định kỳ hằng quý tổ chức đánh giá chất lượng dịch vụ trước khi nghiệm thu."))
    B.append(P("V.3", "3. Đối với Chủ tịch UBND xã Nà Ngần", "b"))
    B.append(P("V.3.a", "a) Tiếp tục hoàn trả số tiền thu sai cho 15 người chưa nhận; trường hợp không liên hệ được "
               "thì niêm yết công khai tại trụ sở UBND xã trong thời hạn 30 ngày."))
    B.append(P("V.3.b", "b) Kiểm điểm trách nhiệm công chức thu sai phí; rà soát, số hóa bổ sung 09 hồ sơ thiếu "
               "thành phần giấy tờ trước ngày 15/11/2026."))
    B.append(P("V.4", "4. Đối với Chủ tịch UBND xã Phiêng Hao", "b"))
    B.append(P("V.4", "Công khai số điện thoại đường dây nóng tại nơi tiếp nhận hồ sơ ngay sau khi nhận được Kết "
               "luận này; xây dựng kế hoạch nâng tỷ lệ số hóa hồ sơ, gửi Thanh tra tỉnh trước ngày 15/11/2026."))
    B.append(P("closing", "Yêu cầu Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Chủ tịch UBND phường Đồi Gianh, "
               "xã Nà Ngần, xã Phiêng Hao nghiêm túc thực hiện Kết luận thanh tra này và báo cáo kết quả thực hiện "
               "về Thanh tra tỉnh trước ngày 30/11/2026. Kết luận thanh tra được công khai theo quy định của pháp "
               "luật./."))
    B.append(("sig", ["Nơi nhận:", "- Thanh tra Chính phủ (để b/c);", "- Chủ tịch, các PCT UBND tỉnh (để b/c);",
                      "- Văn phòng UBND tỉnh;", "- Sở Nội vụ; Sở Khoa học và Công nghệ;",
                      "- Trung tâm Phục vụ hành chính công tỉnh;", "- UBND phường Đồi Gianh, xã Nà Ngần, xã Phiêng Hao;",
                      "- Cổng thông tin điện tử tỉnh;", "- Lưu: VT, Đoàn TTr."],
              ["CHÁNH THANH TRA", "", "(Đã ký)", "", "Tiêu Văn Lãm"]))
    return B


# =========================================================================================================
# B  Đề cương tuyên truyền
# =========================================================================================================
B_TAB = [  # indicator, 2025, 8 months 2026, target 2026
    ("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến (%)", "69,4", "78,6", "85"),
    ("Số dịch vụ công trực tuyến toàn trình được cung cấp", "1.102", "1.208", "1.250"),
    ("Tỷ lệ hồ sơ được thanh toán phí, lệ phí trực tuyến (%)", "51,7", "64,2", "70"),
    ("Tỷ lệ người từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 (%)", "63,0", "71,0", "80"),
    ("Số Tổ công nghệ số cộng đồng ở thôn, tổ dân phố", "1.174", "1.174", "1.174"),
    ("Số thành viên Tổ công nghệ số cộng đồng", "6.318", "6.522", "6.600"),
]
assert int(B_TAB[1][2].replace(".", "")) - int(B_TAB[1][1].replace(".", "")) == 106
assert int(B_TAB[5][2].replace(".", "")) - int(B_TAB[5][1].replace(".", "")) == 204
SLOGANS = [
    "Chuyển đổi số - Vì Nhân dân phục vụ!",
    "Dịch vụ công trực tuyến - Nhanh hơn, minh bạch hơn, tiết kiệm hơn!",
    "Mỗi người dân một tài khoản định danh điện tử!",
    "Ngồi nhà nộp hồ sơ - Không lo đi lại!",
    "Thanh toán không dùng tiền mặt - Văn minh, an toàn, tiện lợi!",
    "Cán bộ tận tâm - Người dân hài lòng!",
    "Thanh Mộc chung tay xây dựng chính quyền số, kinh tế số, xã hội số!",
]
assert wd("10/10/2026") == "thứ Bảy" and wd("18/9/2026") == "thứ Sáu" and wd("09/10/2026") == "thứ Sáu"
assert wd("01/10/2026") == "thứ Năm" and wd("31/10/2026") == "thứ Bảy"


def doc_b():
    B = []
    B.append(("lhp", "header", ["ĐẢNG BỘ TỈNH THANH MỘC", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*"],
              ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Mộc, ngày 18 tháng 9 năm 2026"]))
    B.append(P("header", "ĐỀ CƯƠNG TUYÊN TRUYỀN", "bc"))
    B.append(P("header", "Hưởng ứng Ngày Chuyển đổi số quốc gia (10/10/2026) và đẩy mạnh sử dụng dịch vụ công trực "
               "tuyến trên địa bàn tỉnh Thanh Mộc", "bc"))
    B.append(P("header", "(Kèm theo Hướng dẫn số 31-HD/BTGDVTU, ngày 18/9/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy)",
               "ic"))
    B.append(P("header", "-----", "c"))
    B.append(P("I", "I. Ý NGHĨA CỦA NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA", "b"))
    B.append(P("I.1", "1. Ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia theo Quyết định số 505/QĐ-TTg "
               "ngày 22/4/2022 của Thủ tướng Chính phủ. Năm 2026 là năm thứ năm cả nước tổ chức Ngày Chuyển đổi số "
               "quốc gia."))
    B.append(P("I.2", "2. Ngày Chuyển đổi số quốc gia nhằm nâng cao nhận thức của toàn xã hội về vai trò, ý nghĩa và "
               "lợi ích của chuyển đổi số; thúc đẩy sự vào cuộc của cả hệ thống chính trị và sự tham gia của "
               "Nhân dân, lấy người dân, doanh nghiệp làm trung tâm."))
    B.append(P("I.3", "3. Một số khái niệm cần tuyên truyền:"))
    B.append(P("I.3", "- Chuyển đổi số là quá trình thay đổi tổng thể và toàn diện cách sống, cách làm việc và "
               "phương thức sản xuất dựa trên các công nghệ số."))
    B.append(P("I.3", "- Dịch vụ công trực tuyến toàn trình là dịch vụ mà người dân, doanh nghiệp thực hiện toàn bộ "
               "quá trình từ nộp hồ sơ, thanh toán phí, lệ phí đến nhận kết quả trên môi trường mạng, không phải "
               "đến cơ quan nhà nước."))
    B.append(P("I.3", "- Tổ công nghệ số cộng đồng là tổ được thành lập ở thôn, tổ dân phố, gồm trưởng thôn, công an "
               "viên, đoàn viên thanh niên và người dân am hiểu công nghệ, có nhiệm vụ hướng dẫn người dân sử dụng "
               "các nền tảng số, dịch vụ công trực tuyến."))
    B.append(P("II", "II. KẾT QUẢ CHUYỂN ĐỔI SỐ, CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN CỦA TỈNH", "b"))
    B.append(P("II.1", "1. Năm 2025 và 8 tháng đầu năm 2026, tỉnh Thanh Mộc đã hoàn thành việc sắp xếp đơn vị hành "
               "chính cấp xã; 100% xã, phường có Trung tâm Phục vụ hành chính công cấp xã kết nối với Hệ thống "
               "thông tin giải quyết TTHC tỉnh. Từ ngày 01/02/2026, Hệ thống được vận hành theo hình thức thuê dịch "
               "vụ, bảo đảm hoạt động liên tục 24/7."))
    B.append(P("II.2", "2. Một số chỉ tiêu chủ yếu (số liệu đến ngày 31/8/2026):"))
    B.append(("tab", "II.2", ["STT", "Chỉ tiêu", "Năm 2025", "8 tháng năm 2026", "Mục tiêu năm 2026"],
              [(f"II.2.{i}", [str(i)] + list(r)) for i, r in enumerate(B_TAB, 1)]))
    B.append(P("II.3", "3. Bên cạnh kết quả đạt được, chuyển đổi số của tỉnh còn một số hạn chế:"))
    B.append(P("II.3", "- Tỷ lệ hồ sơ trực tuyến ở một số xã vùng cao còn thấp; nhiều người dân, nhất là người cao "
               "tuổi, chưa quen thao tác trên thiết bị di động."))
    B.append(P("II.3", "- Một số nơi còn tiếp nhận hồ sơ giấy rồi mới số hóa, chưa hướng dẫn người dân tự nộp trực "
               "tuyến; việc số hóa hồ sơ ở một số xã chưa đầy đủ."))
    B.append(P("II.3", "- Hệ thống thông tin giải quyết TTHC có thời điểm bị gián đoạn, ảnh hưởng đến việc nộp hồ sơ "
               "của người dân."))
    B.append(P("III", "III. LỢI ÍCH CỦA VIỆC SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN", "b"))
    B.append(P("III.1", "1. Đối với người dân, doanh nghiệp:"))
    B.append(P("III.1", "- Nộp hồ sơ mọi lúc, mọi nơi, kể cả ngoài giờ hành chính, ngày nghỉ, ngày lễ."))
    B.append(P("III.1", "- Giảm chi phí đi lại, thời gian chờ đợi; theo dõi được tình trạng giải quyết hồ sơ."))
    B.append(P("III.1", "- Được giảm 50% lệ phí đối với một số TTHC khi nộp trực tuyến theo Nghị quyết của Hội đồng "
               "nhân dân tỉnh."))
    B.append(P("III.1", "- Không phải nộp lại giấy tờ đã được số hóa, đã có trong cơ sở dữ liệu."))
    B.append(P("III.2", "2. Đối với cơ quan nhà nước: công khai, minh bạch quá trình giải quyết; giảm giấy tờ; nâng "
               "cao trách nhiệm của cán bộ, công chức; hạn chế tiêu cực, nhũng nhiễu."))
    B.append(P("IV", "IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM CẦN TUYÊN TRUYỀN", "b"))
    B.append(P("IV.1", "1. Tháng cao điểm tuyên truyền: từ ngày 01/10/2026 đến ngày 31/10/2026, tập trung vào tuần lễ "
               "từ ngày 05/10 đến ngày 10/10/2026."))
    B.append(P("IV.2", f"2. Ngày hội Chuyển đổi số tỉnh Thanh Mộc năm 2026 được tổ chức vào {wd('10/10/2026')}, ngày "
               "10/10/2026 tại Quảng trường Trung tâm tỉnh, phường Mộc Hương; Sở Khoa học và Công nghệ chủ trì tổ "
               "chức, phối hợp với Tỉnh đoàn và Bưu điện tỉnh."))
    B.append(P("IV.3", "3. Chiến dịch \"Mỗi nhà một người biết dùng dịch vụ công trực tuyến\": Tỉnh đoàn chủ trì, "
               "huy động đoàn viên, thanh niên cùng Tổ công nghệ số cộng đồng đến từng hộ gia đình hướng dẫn người "
               "dân tạo tài khoản, nộp hồ sơ trực tuyến; mỗi Tổ hướng dẫn ít nhất 20 hộ gia đình/tháng."))
    B.append(P("IV.4", "4. Công an tỉnh chủ trì hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 trên ứng "
               "dụng VNeID tại các điểm lưu động vào thứ Bảy, Chủ nhật trong tháng 10/2026."))
    B.append(P("IV.5", "5. Báo Thanh Mộc và Đài Phát thanh - Truyền hình tỉnh mở chuyên mục \"Chính quyền số - Phục vụ "
               "Nhân dân\", phát sóng 02 kỳ/tháng; hệ thống loa truyền thanh cơ sở phát nội dung tuyên truyền ít "
               "nhất 03 lần/tuần trong tháng cao điểm."))
    B.append(P("IV.6", "6. Mỗi cán bộ, công chức, viên chức, đảng viên gương mẫu thực hiện TTHC của bản thân và gia "
               "đình bằng hình thức trực tuyến; cấp ủy, chi bộ đưa nội dung này vào sinh hoạt chi bộ định kỳ hằng "
               "tháng trong quý IV năm 2026."))
    B.append(P("IV.7", "7. Người dân cần hỗ trợ về dịch vụ công trực tuyến liên hệ:"))
    B.append(P("IV.7", "+ Cổng Dịch vụ công tỉnh: dichvucong.thanhmoc.gov.vn"))
    B.append(P("IV.7", "+ Tổng đài hỗ trợ miễn phí: 1800 6 294 (hoạt động 24/7)"))
    B.append(P("IV.7", "+ Trang Chuyển đổi số tỉnh: chuyendoiso.thanhmoc.gov.vn"))
    B.append(P("IV.7", "+ Trung tâm Phục vụ hành chính công tỉnh: 0297 3 846 115"))
    B.append(P("V", "V. KHẨU HIỆU TUYÊN TRUYỀN", "b"))
    for i, s in enumerate(SLOGANS, 1):
        B.append(P(f"V.{i}", f"{i}. {s}"))
    B.append(P("signature", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH MỘC", "b"))
    return B


# =========================================================================================================
# C  Hợp đồng thuê dịch vụ CNTT (plain text)
# =========================================================================================================
SLA = [  # level, description, response, fix
    ("Mức 1", "Hệ thống ngừng hoạt động, người dân không nộp được hồ sơ", "15 phút", "04 giờ"),
    ("Mức 2", "Một chức năng chính bị lỗi (thanh toán, ký số, liên thông)", "30 phút", "08 giờ"),
    ("Mức 3", "Lỗi chức năng phụ, không ảnh hưởng nộp hồ sơ", "02 giờ", "24 giờ"),
    ("Mức 4", "Yêu cầu hỗ trợ, hướng dẫn sử dụng", "04 giờ", "03 ngày làm việc"),
]
CONTACTS = [
    ("Bên A - đầu mối quản lý hợp đồng", "Ông Lò Văn Thiêm, Phó Giám đốc Trung tâm", "0297 3 846 116",
     "lvthiem@thanhmoc.gov.vn"),
    ("Bên A - cán bộ kỹ thuật", "Bà Bế Hồng Nhung, chuyên viên", "0297 3 846 118", "bhnhung@thanhmoc.gov.vn"),
    ("Bên B - quản lý dự án", "Ông Quản Văn Đạt, Giám đốc dự án", "0912 604 318", "datqv@saomaiso.vn"),
    ("Bên B - tổng đài hỗ trợ 24/7", "Trung tâm hỗ trợ khách hàng", "1800 6 294", "hotro@saomaiso.vn"),
    ("Bên B - ứng cứu sự cố an toàn thông tin", "Ông Thiều Quang Vĩnh, Trưởng nhóm SOC", "0986 271 530",
     "soc@saomaiso.vn"),
]


def doc_c():
    B = []
    B.append(P("header", MOTTO[0], "c"))
    B.append(P("header", MOTTO[1], "c"))
    B.append(P("header", "HỢP ĐỒNG THUÊ DỊCH VỤ CÔNG NGHỆ THÔNG TIN", "c"))
    B.append(P("header", "Số: 14/2026/HĐ-TTPVHCC", "c"))
    B.append(P("header", "Gói thầu: Thuê dịch vụ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thanh Mộc "
               "giai đoạn 2026 - 2029"))
    B.append(P("preamble", "- Căn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24 tháng 11 năm 2015;"))
    B.append(P("preamble", "- Căn cứ Luật Đấu thầu số 22/2023/QH15 ngày 23 tháng 6 năm 2023;"))
    B.append(P("preamble", "- Căn cứ Nghị định số 73/2019/NĐ-CP ngày 05 tháng 9 năm 2019 của Chính phủ quy định quản "
               "lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước;"))
    B.append(P("preamble", "- Căn cứ Quyết định số 1093/QĐ-UBND ngày 22 tháng 12 năm 2025 của UBND tỉnh Thanh Mộc "
               "phê duyệt Kế hoạch thuê dịch vụ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh;"))
    B.append(P("preamble", "- Căn cứ Quyết định số 05/QĐ-TTPVHCC ngày 08 tháng 01 năm 2026 của Giám đốc Trung tâm "
               "Phục vụ hành chính công tỉnh phê duyệt kết quả lựa chọn nhà thầu;"))
    B.append(P("preamble", f"Hôm nay, {wd('12/01/2026')}, ngày 12 tháng 01 năm 2026, tại Trung tâm Phục vụ hành chính "
               "công tỉnh Thanh Mộc, chúng tôi gồm:"))
    B.append(P("preamble", "BÊN THUÊ DỊCH VỤ (sau đây gọi là Bên A): TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH MỘC"))
    B.append(P("preamble", "- Đại diện: Ông Vương Đình Khiêm    Chức vụ: Giám đốc"))
    B.append(P("preamble", "- Địa chỉ: Số 27 đường Trần Nhật Duật, phường Mộc Hương, tỉnh Thanh Mộc"))
    B.append(P("preamble", "- Điện thoại: 0297 3 846 115"))
    B.append(P("preamble", "- Mã số đơn vị có quan hệ với ngân sách: 1147 362"))
    B.append(P("preamble", "- Tài khoản: 9523.2.1147362 tại Kho bạc Nhà nước khu vực tỉnh Thanh Mộc"))
    B.append(P("preamble", "BÊN CUNG CẤP DỊCH VỤ (sau đây gọi là Bên B): CÔNG TY CỔ PHẦN GIẢI PHÁP SỐ SAO MAI"))
    B.append(P("preamble", "- Đại diện: Bà Giáp Thị Oanh    Chức vụ: Tổng Giám đốc"))
    B.append(P("preamble", "- Địa chỉ: Tầng 6, tòa nhà Hoa Ban, số 112 đường Lý Tự Trọng, phường Bến Trúc, tỉnh "
               "Thanh Mộc"))
    B.append(P("preamble", "- Điện thoại: 0297 3 729 486    Mã số thuế: 4901 738 265"))
    B.append(P("preamble", "- Tài khoản: 1170 2846 5531 tại Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Thanh Mộc"))
    B.append(P("preamble", "Hai bên thống nhất ký kết Hợp đồng thuê dịch vụ công nghệ thông tin với các điều khoản "
               "sau đây:"))
    # Điều 1
    B.append(P("Điều 1", "Điều 1. Đối tượng và phạm vi của Hợp đồng"))
    B.append(P("Điều 1.1", "1. Bên B cung cấp cho Bên A dịch vụ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh "
               "Thanh Mộc (sau đây gọi là Hệ thống), gồm Cổng dịch vụ công tỉnh và phần mềm một cửa điện tử dùng "
               "chung cho các sở, ngành và 61 xã, phường, theo danh mục tại Điều 3 của Hợp đồng."))
    B.append(P("Điều 1.2", "2. Bên B bảo đảm hạ tầng, phần mềm, nhân lực vận hành; Bên A không phải đầu tư mua sắm "
               "thiết bị, bản quyền phần mềm của Hệ thống."))
    B.append(P("Điều 1.3", "3. Dữ liệu phát sinh trong quá trình vận hành Hệ thống (hồ sơ, kết quả giải quyết TTHC, dữ "
               "liệu số hóa) thuộc quyền sở hữu của Bên A."))
    # Điều 2
    B.append(P("Điều 2", "Điều 2. Thành phần hồ sơ hợp đồng"))
    B.append(P("Điều 2", "Các tài liệu sau là bộ phận không tách rời của Hợp đồng, theo thứ tự ưu tiên: a) Văn bản "
               "hợp đồng và các phụ lục; b) Biên bản hoàn thiện hợp đồng; c) Quyết định phê duyệt kết quả lựa chọn "
               "nhà thầu; d) Hồ sơ dự thầu và các tài liệu làm rõ; đ) Hồ sơ mời thầu."))
    # Điều 3
    B.append(P("Điều 3", "Điều 3. Giá hợp đồng"))
    B.append(P("Điều 3.1", f"1. Giá hợp đồng là {vn(C_TOTAL)} đồng (Bằng chữ: Sáu tỷ, một trăm năm mươi sáu triệu đồng "
               "chẵn), đã bao gồm thuế giá trị gia tăng và mọi chi phí để cung cấp dịch vụ trong 36 tháng; chi tiết "
               "như sau:"))
    head = ["STT", "Hạng mục dịch vụ", "Đơn giá/tháng (đồng)", "Số tháng", "Thành tiền (đồng)"]
    rows = [(f"Điều 3.1", [str(i), n, vn(p), str(MONTHS), vn(p * MONTHS)]) for i, (n, p) in enumerate(C_ITEMS, 1)]
    rows.append(("Điều 3.1", ["", "Tổng cộng", vn(C_MONTH), "", vn(C_TOTAL)]))
    B.append(("tab", "Điều 3.1", head, rows))
    B.append(P("Điều 3.2", "2. Loại hợp đồng: trọn gói. Đơn giá không thay đổi trong suốt thời gian thực hiện Hợp "
               "đồng."))
    # Điều 4
    B.append(P("Điều 4", "Điều 4. Thời gian thực hiện"))
    B.append(P("Điều 4.1", "1. Giai đoạn khởi tạo, chuyển đổi dữ liệu từ hệ thống cũ: từ ngày ký Hợp đồng đến hết "
               "ngày 31/01/2026."))
    B.append(P("Điều 4.2", "2. Thời gian cung cấp dịch vụ: 36 tháng, từ ngày 01/02/2026 đến hết ngày 31/01/2029."))
    # Điều 5
    B.append(P("Điều 5", "Điều 5. Phương thức và thời hạn thanh toán"))
    B.append(P("Điều 5.1", f"1. Bên A thanh toán cho Bên B theo quý, mỗi quý {vn(C_QUARTER)} đồng, trên cơ sở biên "
               "bản nghiệm thu chất lượng dịch vụ của quý; trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ "
               "thanh toán hợp lệ."))
    B.append(P("Điều 5.2", "2. Hình thức thanh toán: chuyển khoản qua Kho bạc Nhà nước."))
    B.append(P("Điều 5.3", "3. Hồ sơ thanh toán gồm: biên bản nghiệm thu quý, báo cáo chất lượng dịch vụ 03 tháng "
               "trong quý, bảng tính giảm trừ (nếu có) và hóa đơn giá trị gia tăng."))
    # Điều 6
    B.append(P("Điều 6", "Điều 6. Yêu cầu về chất lượng dịch vụ"))
    B.append(P("Điều 6.1", "1. Hệ thống bảo đảm thời gian hoạt động tối thiểu 99,5% thời gian trong mỗi tháng, không "
               "tính thời gian bảo trì đã thông báo trước."))
    B.append(P("Điều 6.2", "2. Thời gian phản hồi và khắc phục sự cố theo Phụ lục I của Hợp đồng."))
    B.append(P("Điều 6.3", "3. Bảo trì định kỳ chỉ thực hiện từ 22 giờ 00 thứ Bảy đến 05 giờ 00 Chủ nhật, thông báo "
               "cho Bên A trước ít nhất 03 ngày làm việc."))
    B.append(P("Điều 6.4", "4. Dữ liệu được sao lưu hằng ngày; bản sao lưu được lưu giữ tối thiểu 90 ngày tại một "
               "trung tâm dữ liệu khác với nơi đặt Hệ thống."))
    B.append(P("Điều 6.5", "5. Bên B gửi Bên A báo cáo chất lượng dịch vụ hằng tháng trước ngày 05 của tháng sau."))
    # Điều 7
    B.append(P("Điều 7", "Điều 7. Quyền và nghĩa vụ của Bên A"))
    B.append(P("Điều 7.1", "1. Được cung cấp dịch vụ đúng chất lượng; yêu cầu Bên B khắc phục sự cố theo Phụ lục I."))
    B.append(P("Điều 7.2", "2. Tổ chức nghiệm thu chất lượng dịch vụ hằng quý, trong 10 ngày làm việc đầu quý sau."))
    B.append(P("Điều 7.3", "3. Thanh toán đầy đủ, đúng hạn cho Bên B theo Điều 5."))
    B.append(P("Điều 7.4", "4. Cử đầu mối quản lý Hợp đồng theo Phụ lục II; phối hợp với Sở Khoa học và Công nghệ "
               "trong việc kiểm tra, giám sát an toàn thông tin của Hệ thống."))
    # Điều 8
    B.append(P("Điều 8", "Điều 8. Quyền và nghĩa vụ của Bên B"))
    B.append(P("Điều 8.1", "1. Được thanh toán theo Điều 5 sau khi dịch vụ được nghiệm thu."))
    B.append(P("Điều 8.2", "2. Cung cấp dịch vụ bảo đảm các yêu cầu tại Điều 6; duy trì tổng đài hỗ trợ 1800 6 294 "
               "hoạt động 24/7 cho cán bộ, công chức và người dân."))
    B.append(P("Điều 8.3", "3. Tổ chức đào tạo, hướng dẫn sử dụng Hệ thống cho cán bộ, công chức của các sở, ngành, "
               "xã, phường ít nhất 02 lần/năm."))
    B.append(P("Điều 8.4", "4. Không được chuyển giao dữ liệu của Bên A cho bên thứ ba khi chưa có sự đồng ý bằng văn "
               "bản của Bên A."))
    # Điều 9
    B.append(P("Điều 9", "Điều 9. Bảo đảm an toàn thông tin và bảo mật dữ liệu"))
    B.append(P("Điều 9.1", "1. Hệ thống được bảo đảm an toàn thông tin theo cấp độ 3; Bên B hoàn thành hồ sơ đề xuất "
               "cấp độ trong 60 ngày kể từ ngày bắt đầu cung cấp dịch vụ."))
    B.append(P("Điều 9.2", "2. Khi phát hiện sự cố an toàn thông tin, Bên B thông báo cho Bên A và Sở Khoa học và Công "
               "nghệ trong thời hạn 02 giờ."))
    B.append(P("Điều 9.3", "3. Hằng năm, Bên B thuê tổ chức độc lập kiểm tra, đánh giá an toàn thông tin Hệ thống "
               "01 lần và gửi kết quả cho Bên A."))
    # Điều 10
    B.append(P("Điều 10", "Điều 10. Bảo đảm thực hiện hợp đồng"))
    B.append(P("Điều 10", f"Bên B nộp bảo đảm thực hiện hợp đồng bằng thư bảo lãnh của ngân hàng với giá trị bằng 3% "
               f"giá hợp đồng, tương ứng {vn(GUARANTEE)} đồng, trước ngày Hợp đồng có hiệu lực; bảo lãnh có hiệu "
               "lực đến hết ngày 31/01/2029."))
    # Điều 11
    B.append(P("Điều 11", "Điều 11. Giảm trừ thanh toán và phạt vi phạm"))
    B.append(P("Điều 11.1", "1. Trường hợp khắc phục sự cố chậm so với thời gian tại Phụ lục I, mỗi giờ chậm (phần lẻ "
               "của giờ được tính tròn thành 01 giờ) Bên B bị giảm trừ 0,5% giá trị thanh toán của quý xảy ra sự "
               "cố."))
    B.append(P("Điều 11.2", "2. Trường hợp thời gian hoạt động của Hệ thống trong tháng thấp hơn mức quy định tại "
               "khoản 1 Điều 6, Bên B bị giảm trừ 2% giá trị thanh toán của quý cho mỗi tháng vi phạm."))
    B.append(P("Điều 11.3", "3. Tổng mức giảm trừ, phạt vi phạm trong một quý không vượt quá 8% giá trị thanh toán "
               "của quý đó."))
    # Điều 12
    B.append(P("Điều 12", "Điều 12. Bất khả kháng"))
    B.append(P("Điều 12", "Bên gặp sự kiện bất khả kháng phải thông báo bằng văn bản cho bên kia trong thời hạn 05 "
               "ngày làm việc kể từ khi xảy ra sự kiện. Thời gian xảy ra sự kiện bất khả kháng không tính vào thời "
               "gian khắc phục sự cố."))
    # Điều 13
    B.append(P("Điều 13", "Điều 13. Chấm dứt Hợp đồng và chuyển giao dữ liệu"))
    B.append(P("Điều 13.1", "1. Bên A có quyền chấm dứt Hợp đồng nếu Bên B vi phạm mức giảm trừ tối đa tại khoản 3 "
               "Điều 11 trong 02 quý liên tiếp."))
    B.append(P("Điều 13.2", "2. Khi Hợp đồng kết thúc hoặc chấm dứt, trong thời hạn 30 ngày Bên B chuyển giao toàn bộ "
               "dữ liệu cho Bên A theo định dạng mở và xóa dữ liệu trên hạ tầng của Bên B, có biên bản xác nhận."))
    # Điều 14
    B.append(P("Điều 14", "Điều 14. Giải quyết tranh chấp"))
    B.append(P("Điều 14", "Tranh chấp trước hết được giải quyết bằng thương lượng; nếu sau 30 ngày không thương lượng "
               "được, một trong hai bên có quyền khởi kiện tại Tòa án nhân dân có thẩm quyền của tỉnh Thanh Mộc."))
    # Điều 15
    B.append(P("Điều 15", "Điều 15. Hiệu lực của Hợp đồng"))
    B.append(P("Điều 15", "Hợp đồng có hiệu lực kể từ ngày ký. Hợp đồng được lập thành 08 bản có giá trị pháp lý như "
               "nhau, Bên A giữ 05 bản, Bên B giữ 03 bản./."))
    B.append(("sig2", ["ĐẠI DIỆN BÊN A", "GIÁM ĐỐC", "(Đã ký, đóng dấu)", "Vương Đình Khiêm"],
              ["ĐẠI DIỆN BÊN B", "TỔNG GIÁM ĐỐC", "(Đã ký, đóng dấu)", "Giáp Thị Oanh"]))
    # appendices
    B.append(P("Phụ lục I", "PHỤ LỤC I", "c"))
    B.append(P("Phụ lục I", "THỜI GIAN PHẢN HỒI VÀ KHẮC PHỤC SỰ CỐ", "c"))
    B.append(P("Phụ lục I", "(Kèm theo Hợp đồng số 14/2026/HĐ-TTPVHCC ngày 12/01/2026)", "c"))
    B.append(("tab", "Phụ lục I", ["STT", "Mức sự cố", "Mô tả", "Thời gian phản hồi", "Thời gian khắc phục"],
              [(f"Phụ lục I.{i}", [str(i)] + list(r)) for i, r in enumerate(SLA, 1)]))
    B.append(P("Phụ lục I", "Thời gian được tính liên tục kể cả ngày nghỉ, ngày lễ đối với sự cố Mức 1 và Mức 2; "
               "tính theo giờ hành chính đối với sự cố Mức 3 và Mức 4."))
    B.append(P("Phụ lục II", "PHỤ LỤC II", "c"))
    B.append(P("Phụ lục II", "ĐẦU MỐI LIÊN HỆ CỦA HAI BÊN", "c"))
    B.append(("tab", "Phụ lục II", ["STT", "Vai trò", "Họ tên, chức vụ", "Điện thoại", "Thư điện tử"],
              [(f"Phụ lục II.{i}", [str(i)] + list(r)) for i, r in enumerate(CONTACTS, 1)]))
    return B


# =========================================================================================================
# gold map
# =========================================================================================================
def gold(doc):
    blocks = {DOC_A: doc_a, DOC_B: doc_b, DOC_C: doc_c}[doc]()
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "p":
            out.append((bl[1], bl[2]))
        elif k == "lh22":
            out += [(bl[1], t) for t in bl[2] + bl[3] + [bl[4], bl[5]]]
        elif k == "lhp":
            out += [(bl[1], t) for t in bl[2] + bl[3]]
        elif k == "tab":
            out += [(bl[1], c) for c in bl[2]]
            out += [(rs, c) for rs, cells in bl[3] for c in cells if c]
        elif k == "sig":
            out += [("closing", t) for t in bl[1] if t]
            out += [("signature", t) for t in bl[2] if t]
        elif k == "sig2":
            out += [("signature", t) for t in bl[1] + bl[2] if t]
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
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                body = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2026-10-16T08:00:00Z<", body)
            dst.writestr(zi, body)
    return buf.getvalue()


def build_docx(path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
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
    st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(4)
    d.core_properties.author = "Thanh tra tỉnh Thanh Mộc"
    d.core_properties.title = "Kết luận thanh tra 22/KL-TTr"

    def no_borders(t):
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{e}")
            x.set(qn("w:val"), "nil")
            b.append(x)
        tblPr.append(b)

    def cell_par(cell, text, bold=False, italic=False, center=True, first=True, size=None):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    for bl in doc_a():
        k = bl[0]
        if k == "lh22":
            t = d.add_table(rows=2, cols=2)
            no_borders(t)
            cell_par(t.cell(0, 0), bl[2][0], size=12)
            cell_par(t.cell(0, 0), bl[2][1], bold=True, first=False, size=12)
            cell_par(t.cell(0, 0), "_______", first=False, size=12)
            cell_par(t.cell(0, 1), bl[3][0], bold=True, size=12)
            cell_par(t.cell(0, 1), bl[3][1], bold=True, first=False)
            cell_par(t.cell(0, 1), "_______________________", first=False, size=12)
            cell_par(t.cell(1, 0), bl[4])
            cell_par(t.cell(1, 1), bl[5], italic=True)
        elif k == "p":
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            if "c" in fmt:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.0)
        elif k == "tab":
            head, rows = bl[2], bl[3]
            t = d.add_table(rows=1 + len(rows), cols=len(head))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(head):
                cell_par(t.cell(0, j), h, bold=True, size=11)
            for i, (_rs, cells) in enumerate(rows, 1):
                for j, c in enumerate(cells):
                    cell_par(t.cell(i, j), c, bold=(cells[1] == "Cộng"), center=(j != 1), size=11)
            widths = [Cm(1.1), Cm(5.2), Cm(2.1), Cm(2.1), Cm(2.1), Cm(2.0), Cm(2.0)]
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
        elif k == "sig":
            t = d.add_table(rows=1, cols=2)
            no_borders(t)
            left, right = t.cell(0, 0), t.cell(0, 1)
            for i, line in enumerate(bl[1]):
                p = cell_par(left, line, bold=(i == 0), italic=(i == 0), center=False, first=(i == 0), size=11)
            for i, line in enumerate(bl[2]):
                cell_par(right, line, bold=(i in (0, 4)), italic=(line.startswith("(")), first=(i == 0))
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_zip(buf.getvalue(), (2026, 10, 16, 8, 0, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("dv", "", 9)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 9, 18, 2, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Mộc")
    pdf.set_title("Đề cương tuyên truyền Ngày Chuyển đổi số quốc gia 2026")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(25, 18, 17)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    head_style = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
    for bl in doc_b():
        k = bl[0]
        w = pdf.w - pdf.l_margin - pdf.r_margin
        if k == "lhp":
            lw = w * 0.45
            rw = w - lw
            y0 = pdf.get_y()
            pdf.set_font("dv", "", 10)
            pdf.set_xy(pdf.l_margin, y0)
            pdf.cell(lw, 5, bl[2][0], align="C")
            pdf.set_font("dv", "B", 10)
            pdf.set_xy(pdf.l_margin, y0 + 5)
            pdf.cell(lw, 5, bl[2][1], align="C")
            pdf.set_xy(pdf.l_margin, y0 + 10)
            pdf.set_font("dv", "", 10)
            pdf.cell(lw, 5, bl[2][2], align="C")
            pdf.set_font("dv", "B", 11)
            pdf.set_xy(pdf.l_margin + lw, y0)
            pdf.cell(rw, 5, bl[3][0], align="C")
            pdf.line(pdf.l_margin + lw + rw / 2 - 25, y0 + 5.6, pdf.l_margin + lw + rw / 2 + 25, y0 + 5.6)
            pdf.set_font("dv", "I", 10)
            pdf.set_xy(pdf.l_margin + lw, y0 + 9)
            pdf.cell(rw, 5, bl[3][1], align="C")
            pdf.set_xy(pdf.l_margin, y0 + 22)
        elif k == "p":
            text, fmt = bl[2], bl[3]
            style = ("B" if "b" in fmt else "") + ("I" if "i" in fmt else "")
            size = 12 if text in ("ĐỀ CƯƠNG TUYÊN TRUYỀN",) else 11
            pdf.set_font("dv", style, size)
            if "c" in fmt:
                pdf.multi_cell(w, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif bl[1] == "signature":
                pdf.ln(4)
                pdf.multi_cell(w, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(w, 6, ("      " if not text.startswith(("-", "+")) else "   ") + text, align="J",
                               new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "tab":
            pdf.set_font("dv", "", 9.5)
            with pdf.table(col_widths=(9, 70, 20, 22, 22), text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER"),
                           headings_style=head_style, line_height=5.2, width=w) as t:
                r = t.row()
                for h in bl[2]:
                    r.cell(h)
                for _rs, cells in bl[3]:
                    r = t.row()
                    for c in cells:
                        r.cell(c)
            pdf.ln(2)
    pdf.output(path)


def _wrap(text, width, indent=""):
    words = text.split(" ")
    lines, cur = [], ""
    for wd_ in words:
        if cur and len(cur) + 1 + len(wd_) > width:
            lines.append(cur)
            cur = indent + wd_
        else:
            cur = (cur + " " + wd_) if cur else wd_
    if cur:
        lines.append(cur)
    return lines


def _ascii_table(head, rows, widths):
    def fmt_row(cells):
        cols = [_wrap(c, w) for c, w in zip(cells, widths)]
        n = max(len(c) for c in cols)
        out = []
        for i in range(n):
            out.append("| " + " | ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, widths)) + " |")
        return out
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep] + fmt_row(head) + [sep.replace("-", "=")]
    for cells in rows:
        out += fmt_row(cells) + [sep]
    return out


def build_txt(path):
    W = 100
    lines = []
    for bl in doc_c():
        k = bl[0]
        if k == "p":
            text, fmt = bl[2], bl[3]
            if "c" in fmt:
                lines.append(text.center(W).rstrip())
            elif text.startswith("Điều ") and bl[1].count(".") == 0 and bl[1].startswith("Điều") and \
                    text.split(".")[0] == bl[1]:
                lines.append("")
                lines.append(text)
            else:
                lines += _wrap(text, W)
            if bl[1] in ("header",) and text.startswith("Gói thầu"):
                lines.append("")
            if text == MOTTO[1]:
                lines.append("-------------".center(W).rstrip())
                lines.append("")
        elif k == "tab":
            head, rows = bl[2], [c for _r, c in bl[3]]
            if bl[1] == "Điều 3.1":
                widths = [3, 46, 12, 8, 16]
            elif bl[1] == "Phụ lục I":
                widths = [3, 8, 58, 10, 16]
            else:
                widths = [3, 26, 28, 14, 23]
            lines += _ascii_table(head, rows, widths)
        elif k == "sig2":
            lines.append("")
            for a, b in zip(bl[1], bl[2]):
                lines.append(a.center(48) + b.center(48))
            lines.append("")
            lines.append("")
        if k == "p" and bl[2] == "PHỤ LỤC I":
            pass
    # page break before each appendix
    out = []
    for ln in lines:
        if ln.strip() in ("PHỤ LỤC I", "PHỤ LỤC II"):
            out.append("\f")
        out.append(ln.rstrip())
    txt = "\n".join(out).replace("\f\n", "\f") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(unicodedata.normalize("NFC", txt))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOC_A))
    build_pdf(os.path.join(CORPUS, DOC_B))
    build_txt(os.path.join(CORPUS, DOC_C))
    for n in (DOC_A, DOC_B, DOC_C):
        print(n, os.path.getsize(os.path.join(CORPUS, n)))


if __name__ == "__main__":
    main()
