# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v11 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Tường Vân, xã Đông Lũy and its thôn, all numbers, dates, phone numbers and people).
Each document is held as a small model: a list of blocks, every block carrying the gold section path of its text
(used by check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2026-chu-tich-ubnd-tuong-van-qd-312-quy-trinh-noi-bo-ho-tich-chung-thuc.docx
        Quyết định phê duyệt quy trình nội bộ giải quyết TTHC (Điều/khoản/điểm; the attached Quy trình in
        Phần I-III with a list table with group rows and one step table per procedure)
  B  2026-so-tu-phap-tuong-van-bao-cao-18-tu-danh-gia-chi-so-cchc-2025.pdf
        Báo cáo tự đánh giá, chấm điểm Chỉ số CCHC (Phần thứ nhất…thứ ba, 1./a)/-/+, a criteria table with
        maximum and self scores over two pages after the signature)
  C  2026-ubnd-xa-dong-luy-ke-hoach-87-thi-dua-ngay-chuyen-doi-so.txt
        Kế hoạch phát động phong trào thi đua của UBND xã (I./1./a)/+/•, a stacked commune letterhead, an
        activity table with wrapped cells and abbreviations, an appendix figures table per thôn)
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

DOC_A = "2026-chu-tich-ubnd-tuong-van-qd-312-quy-trinh-noi-bo-ho-tich-chung-thuc.docx"
DOC_B = "2026-so-tu-phap-tuong-van-bao-cao-18-tu-danh-gia-chi-so-cchc-2025.pdf"
DOC_C = "2026-ubnd-xa-dong-luy-ke-hoach-87-thi-dua-ngay-chuyen-doi-so.txt"

# Block kinds (all documents):
#   ("p", section, text, fmt)          paragraph; fmt letters: b bold, i italic, c centre, d "-" bullet,
#                                      + "+" bullet, o "•" bullet, h heading line (no indent)
#   ("lh", zone, left, right)          two-part letterhead (A: a borderless Word table; B: positioned text)
#   ("sig", left, right)               "Nơi nhận" (closing) beside the signature (signature)
#   ("break",)                         page break
#   ("gtable", section, header, rows)  list table: ("g", label, title) group rows are section.<label>; rows
#                                      [STT, ...] are section.<label>.<STT>
#   ("steps", section, header, rows)   step table: rows [n, ...] are section.<n>; a None cell continues the
#                                      (vertically merged) cell above
#   ("crit", section, header, rows)    B's criteria table: rows [STT, ...] are section.<STT> (a decimal STT is
#                                      split into labels); rows whose STT is "" belong to section; a None note
#                                      continues the (row-spanning) note above; group=True rows are shaded
#   ("raw", zone, lines, texts)        C: lines printed as given; texts are the gold pieces
#   ("ttable", section, header, rows)  C's activity table: rows [TT, ...] are section.<TT>
#   ("ftable", section, header, rows)  C's appendix figures table: rows [STT, ...] are section.<STT>; a row
#                                      whose STT is "" (total) belongs to section
P = lambda sec, text, fmt="": ("p", sec, text, fmt)
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def vn2(x):
    """63.25 -> '63,25' (two decimals, Vietnamese comma)."""
    return f"{x:.2f}".replace(".", ",")


def vn(n):
    """12345 -> '12.345'."""
    return f"{n:,}".replace(",", ".")


# =========================================================================================================
# A. Quyết định 312/QĐ-UBND phê duyệt quy trình nội bộ hộ tịch, chứng thực cấp xã (Chủ tịch UBND tỉnh, 16/3/2026)
# =========================================================================================================
A_LIST_HEAD = ["STT", "Tên thủ tục hành chính", "Ký hiệu quy trình", "Thời hạn giải quyết", "Ghi chú"]
A_LIST = [
    ("g", "A", "LĨNH VỰC HỘ TỊCH (05 quy trình)"),
    ["1", "Đăng ký khai sinh", "QT-HT.01", "04 giờ làm việc",
     "Liên thông đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"],
    ["2", "Đăng ký kết hôn", "QT-HT.02", "03 ngày làm việc", "-"],
    ["3", "Đăng ký khai tử", "QT-HT.03", "04 giờ làm việc",
     "Liên thông xóa đăng ký thường trú, hưởng chế độ mai táng phí"],
    ["4", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", "QT-HT.04", "03 ngày làm việc",
     "Trường hợp phải xác minh: không quá 06 ngày làm việc"],
    ["5", "Cấp bản sao trích lục hộ tịch", "QT-HT.05", "02 giờ làm việc", "-"],
    ("g", "B", "LĨNH VỰC CHỨNG THỰC (02 quy trình)"),
    ["6", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "QT-CT.01", "02 giờ làm việc",
     "Yêu cầu chứng thực số lượng lớn: không quá 02 ngày làm việc"],
    ["7", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", "QT-CT.02", "02 ngày làm việc",
     "-"],
]
A_STEP_HEAD = ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Kết quả"]
TT = "Công chức TTPVHCC"
HT = "Công chức làm công tác hộ tịch"
CT = "Công chức làm công tác chứng thực"
LD = "Chủ tịch hoặc Phó Chủ tịch UBND xã"
# (section, heading, total line, steps, hours, note)
A_PROCS = [
    ("Phần III.A.1", "1. Quy trình đăng ký khai sinh (QT-HT.01)", "04 giờ làm việc", [
        ["1", "Tiếp nhận, kiểm tra hồ sơ; số hóa và cập nhật hồ sơ vào Hệ thống TTHC; chuyển hồ sơ cho công "
              "chức làm công tác hộ tịch", TT, "0,5 giờ", "Phiếu tiếp nhận và hẹn trả kết quả"],
        ["2", "Kiểm tra thông tin khai sinh; cập nhật CSDLHT để cấp số định danh cá nhân; dự thảo Giấy khai sinh",
         HT, "2 giờ", "Dự thảo Giấy khai sinh"],
        ["3", "Xem xét, ký Giấy khai sinh", LD, "1 giờ", "Giấy khai sinh đã ký"],
        ["4", "Đóng dấu; ghi Sổ đăng ký khai sinh; ký số bản điện tử Giấy khai sinh", HT, "0,25 giờ",
         "Giấy khai sinh bản giấy và bản điện tử"],
        ["5", "Trả kết quả; người yêu cầu ký Sổ đăng ký khai sinh; cập nhật trạng thái hồ sơ trên Hệ thống TTHC",
         TT, "0,25 giờ", "Hồ sơ được kết thúc trên Hệ thống TTHC"],
    ], None),
    ("Phần III.A.2", "2. Quy trình đăng ký kết hôn (QT-HT.02)", "03 ngày làm việc (24 giờ làm việc)", [
        ["1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ; chuyển công chức làm công tác hộ tịch", TT, "0,5 giờ",
         "Phiếu tiếp nhận và hẹn trả kết quả"],
        ["2", "Kiểm tra điều kiện kết hôn, tình trạng hôn nhân trên CSDLHT; xác minh (nếu cần); dự thảo Giấy "
              "chứng nhận kết hôn", HT, "18 giờ", "Tờ trình, dự thảo Giấy chứng nhận kết hôn"],
        ["3", "Xem xét, ký Giấy chứng nhận kết hôn", LD, "4 giờ", "Giấy chứng nhận kết hôn đã ký"],
        ["4", "Tổ chức trao Giấy chứng nhận kết hôn; hai bên nam, nữ ký Sổ đăng ký kết hôn", HT, "1,5 giờ",
         "Giấy chứng nhận kết hôn được trao"],
    ], None),
    ("Phần III.A.3", "3. Quy trình đăng ký khai tử (QT-HT.03)", "04 giờ làm việc", [
        ["1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ; chuyển công chức làm công tác hộ tịch", TT, "0,5 giờ",
         "Phiếu tiếp nhận và hẹn trả kết quả"],
        ["2", "Kiểm tra hồ sơ; cập nhật CSDLHT; chuyển thông tin liên thông đến Công an xã và Phòng Văn hóa - Xã "
              "hội; dự thảo Trích lục khai tử", HT, "2 giờ", "Dự thảo Trích lục khai tử"],
        ["3", "Xem xét, ký Trích lục khai tử", LD, "1 giờ", "Trích lục khai tử đã ký"],
        ["4", "Đóng dấu, ghi Sổ đăng ký khai tử; trả kết quả", TT, "0,5 giờ", "Trích lục khai tử được trả"],
    ], None),
    ("Phần III.A.4", "4. Quy trình đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch (QT-HT.04)",
     "03 ngày làm việc (24 giờ làm việc)", [
        ["1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ; chuyển công chức làm công tác hộ tịch", TT, "0,5 giờ",
         "Phiếu tiếp nhận và hẹn trả kết quả"],
        ["2", "Thẩm định hồ sơ, căn cứ thay đổi, cải chính; xác minh (nếu có); dự thảo Trích lục thay đổi, cải "
              "chính, bổ sung hộ tịch", HT, "16 giờ", "Tờ trình, dự thảo Trích lục"],
        ["3", "Xem xét, phê duyệt, ký Trích lục", LD, "4 giờ", "Trích lục đã ký"],
        ["4", "Ghi vào Sổ hộ tịch, cập nhật CSDLHT; thông báo cho cơ quan đã đăng ký hộ tịch trước đây (nếu có)",
         HT, "3 giờ", "Sổ hộ tịch, CSDLHT được cập nhật"],
        ["5", "Trả kết quả cho người yêu cầu", TT, "0,5 giờ", "Trích lục được trả"],
    ], "Trường hợp phải xác minh, thời hạn giải quyết không quá 06 ngày làm việc; thời gian tăng thêm được tính "
       "vào Bước 2."),
    ("Phần III.A.5", "5. Quy trình cấp bản sao trích lục hộ tịch (QT-HT.05)", "02 giờ làm việc", [
        ["1", "Tiếp nhận, kiểm tra yêu cầu; thu lệ phí", TT, "0,25 giờ", "Phiếu tiếp nhận, biên lai lệ phí"],
        ["2", "Tra cứu Sổ hộ tịch, CSDLHT; in bản sao trích lục", HT, "1 giờ", "Bản sao trích lục"],
        ["3", "Ký bản sao trích lục", LD, "0,5 giờ", "Bản sao trích lục đã ký"],
        ["4", "Đóng dấu, trả kết quả", TT, "0,25 giờ", "Bản sao trích lục được trả"],
    ], None),
    ("Phần III.B.6", "6. Quy trình chứng thực bản sao từ bản chính giấy tờ, văn bản (QT-CT.01)", "02 giờ làm việc", [
        ["1", "Tiếp nhận, kiểm tra bản chính và bản sao; thu phí chứng thực", TT, "0,5 giờ",
         "Phiếu tiếp nhận"],
        ["2", "Đối chiếu bản sao với bản chính; ghi lời chứng, ghi Sổ chứng thực", None, "0,5 giờ",
         "Bản sao có lời chứng"],
        ["3", "Ký chứng thực", LD, "0,75 giờ", "Bản sao đã ký chứng thực"],
        ["4", "Đóng dấu; trả kết quả", TT, "0,25 giờ", "Bản sao chứng thực được trả"],
    ], None),
    ("Phần III.B.7", "7. Quy trình chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản (QT-CT.02)",
     "02 ngày làm việc (16 giờ làm việc)", [
        ["1", "Tiếp nhận, kiểm tra hồ sơ, dự thảo hợp đồng; chuyển công chức làm công tác chứng thực", TT,
         "0,5 giờ", "Phiếu tiếp nhận và hẹn trả kết quả"],
        ["2", "Kiểm tra năng lực hành vi dân sự, sự tự nguyện của các bên; hướng dẫn các bên ký trước mặt người "
              "thực hiện chứng thực", CT, "8 giờ", "Hợp đồng có chữ ký các bên"],
        ["3", "Ghi lời chứng; ký chứng thực", LD, "6 giờ", "Hợp đồng đã ký chứng thực"],
        ["4", "Đóng dấu; ghi Sổ chứng thực hợp đồng, giao dịch", CT, "1 giờ", "Sổ chứng thực được cập nhật"],
        ["5", "Trả kết quả; thu phí chứng thực", TT, "0,5 giờ", "Hợp đồng chứng thực được trả"],
    ], None),
]


def _hours(s):
    return float(s.split()[0].replace(",", "."))


def _check_a():
    totals = {"04 giờ": 4, "03 ngày": 24, "02 giờ": 2, "02 ngày": 16}
    for sec, head, tot, steps, note in A_PROCS:
        want = [v for k, v in totals.items() if tot.startswith(k)][0]
        got = sum(_hours(r[3]) for r in steps)
        assert abs(got - want) < 1e-9, (sec, got, want)


def doc_a():
    _check_a()
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH TƯỜNG VÂN", "-------", "Số: 312/QĐ-UBND"],
          MOTTO + ["---------------", "Tường Vân, ngày 16 tháng 3 năm 2026"]),
         P("header", "QUYẾT ĐỊNH", "bc"),
         P("header", "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực Hộ tịch, Chứng thực thuộc "
                     "thẩm quyền giải quyết của Ủy ban nhân dân cấp xã trên địa bàn tỉnh Tường Vân", "bc"),
         P("preamble", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TƯỜNG VÂN", "bc"),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "i"),
         P("preamble", "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ "
                       "chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số "
                       "107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị "
                       "định số 61/2018/NĐ-CP;", "i"),
         P("preamble", "Căn cứ Quyết định số 2208/QĐ-UBND ngày 30 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân "
                       "tỉnh công bố danh mục thủ tục hành chính lĩnh vực Hộ tịch, Chứng thực thuộc thẩm quyền giải "
                       "quyết của Ủy ban nhân dân cấp xã;", "i"),
         P("preamble", "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 41/TTr-STP ngày 06 tháng 3 năm 2026.",
           "i"),
         P("preamble", "QUYẾT ĐỊNH:", "bc"),
         # ---------------------------------------------------------------- Điều 1
         P("Điều 1", "Điều 1. Phê duyệt kèm theo Quyết định này 07 quy trình nội bộ giải quyết thủ tục hành chính "
                     "thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã, gồm 05 quy trình lĩnh vực Hộ tịch và "
                     "02 quy trình lĩnh vực Chứng thực (chi tiết tại Quy trình kèm theo)."),
         # ---------------------------------------------------------------- Điều 2
         P("Điều 2", "Điều 2. Tổ chức thực hiện", "b"),
         P("Điều 2.1", "1. Sở Tư pháp:"),
         P("Điều 2.1.a", "a) Hướng dẫn, kiểm tra Ủy ban nhân dân các xã, phường thực hiện quy trình nội bộ; kiểm "
                         "tra định kỳ 06 tháng/lần, kết hợp với kiểm tra công tác hộ tịch, chứng thực."),
         P("Điều 2.1.b", "b) Tổ chức tập huấn quy trình nội bộ cho công chức làm công tác hộ tịch, chứng thực của 68 "
                         "xã, phường theo 04 cụm, hoàn thành trong tháng 4/2026."),
         P("Điều 2.1.c", "c) Tổng hợp kết quả thực hiện, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 20/6/2026 "
                         "(kỳ 6 tháng) và trước ngày 20/12/2026 (kỳ năm)."),
         P("Điều 2.2", "2. Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh thiết lập quy "
                       "trình điện tử tương ứng trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, hoàn thành "
                       "trước ngày 31/3/2026; bảo đảm kết nối với Cơ sở dữ liệu hộ tịch điện tử."),
         P("Điều 2.3", "3. Văn phòng Ủy ban nhân dân tỉnh theo dõi tỷ lệ hồ sơ giải quyết đúng hạn theo từng bước "
                       "của quy trình; công khai kết quả hằng tháng trên Cổng Dịch vụ công tỉnh, chậm nhất ngày 05 "
                       "của tháng sau."),
         P("Điều 2.4", "4. Ủy ban nhân dân các xã, phường:"),
         P("Điều 2.4.a", "a) Niêm yết công khai quy trình tại Trung tâm Phục vụ hành chính công và trên trang thông "
                         "tin điện tử của xã, phường chậm nhất 05 ngày làm việc kể từ ngày Quyết định này có hiệu "
                         "lực."),
         P("Điều 2.4.b", "b) Lập danh sách tài khoản của công chức được phân công thực hiện từng bước xử lý, gửi Sở "
                         "Khoa học và Công nghệ trước ngày 25/3/2026."),
         P("Điều 2.4.c", "c) Báo cáo kết quả thực hiện về Sở Tư pháp 6 tháng (trước ngày 10/6/2026) và năm (trước "
                         "ngày 10/12/2026)."),
         # ---------------------------------------------------------------- Điều 3, 4
         P("Điều 3", "Điều 3. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2026 và thay thế Quyết "
                     "định số 1975/QĐ-UBND ngày 14 tháng 10 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh."),
         P("Điều 4", "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Giám đốc Sở Khoa học và "
                     "Công nghệ, Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu "
                     "trách nhiệm thi hành Quyết định này./."),
         ("sig", ["Nơi nhận:", "- Như Điều 4;", "- Bộ Tư pháp (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Cổng Dịch vụ công tỉnh;", "- Lưu: VT, KSTT."],
          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Khắc Thiều"]),
         ("break",),
         # ---------------------------------------------------------------- the attached Quy trình
         P("header", "QUY TRÌNH NỘI BỘ", "bc"),
         P("header", "Giải quyết thủ tục hành chính lĩnh vực Hộ tịch, Chứng thực thuộc thẩm quyền giải quyết của Ủy "
                     "ban nhân dân cấp xã", "bc"),
         P("header", "(Kèm theo Quyết định số 312/QĐ-UBND ngày 16/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh Tường "
                     "Vân)", "ic"),
         P("Phần I", "Phần I. QUY ĐỊNH CHUNG", "bh"),
         P("Phần I.1", "1. Phạm vi áp dụng: Quy trình áp dụng tại Trung tâm Phục vụ hành chính công của 68 xã, "
                       "phường và đối với công chức được phân công giải quyết thủ tục hành chính lĩnh vực Hộ tịch, "
                       "Chứng thực."),
         P("Phần I.2", "2. Chữ viết tắt", "b"),
         P("Phần I.2", "TTHC: Thủ tục hành chính;", "d"),
         P("Phần I.2", "TTPVHCC: Trung tâm Phục vụ hành chính công xã, phường;", "d"),
         P("Phần I.2", "Hệ thống TTHC: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh;", "d"),
         P("Phần I.2", "CSDLHT: Cơ sở dữ liệu hộ tịch điện tử;", "d"),
         P("Phần I.2", "UBND: Ủy ban nhân dân.", "d"),
         P("Phần I.3", "3. Cách tính thời gian", "b"),
         P("Phần I.3", "Thời gian ghi tại mỗi bước tính theo giờ làm việc; 01 ngày làm việc tương ứng 08 giờ làm "
                       "việc.", "d"),
         P("Phần I.3", "Hồ sơ tiếp nhận sau 15 giờ 00 được tính từ ngày làm việc tiếp theo; thời gian chuyển hồ sơ "
                       "giữa các bước không quá 0,5 giờ làm việc và đã tính trong bước trước.", "d"),
         P("Phần I.3", "Hồ sơ nộp trực tuyến được tiếp nhận trong 04 giờ làm việc kể từ khi Hệ thống TTHC ghi nhận; "
                       "quá thời hạn này, Hệ thống TTHC tự động gửi cảnh báo đến Lãnh đạo UBND cấp xã.", "d"),
         P("Phần II", "Phần II. DANH MỤC QUY TRÌNH NỘI BỘ", "bh"),
         ("gtable", "Phần II", A_LIST_HEAD, A_LIST),
         P("Phần III", "Phần III. NỘI DUNG CỤ THỂ CỦA TỪNG QUY TRÌNH", "bh"),
         ]
    for sec, head, tot, steps, note in A_PROCS:
        if sec == "Phần III.A.1":
            b.append(P("Phần III.A", "A. LĨNH VỰC HỘ TỊCH", "bh"))
        if sec == "Phần III.B.6":
            b.append(P("Phần III.B", "B. LĨNH VỰC CHỨNG THỰC", "bh"))
        b.append(P(sec, head, "b"))
        b.append(("steps", sec, A_STEP_HEAD, steps))
        b.append(P(sec, "Tổng thời gian giải quyết: " + tot + ".", "i"))
        if note:
            b.append(P(sec, "Ghi chú: " + note, "i"))
    return b


# =========================================================================================================
# B. Báo cáo 18/BC-STP tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 (Sở Tư pháp, 09/01/2026)
# =========================================================================================================
B_CRIT_HEAD = ["STT", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá",
               "Tài liệu kiểm chứng, giải trình"]
# [STT, name, max, self, note]; note None continues the row-spanning note above
B_CRIT = [
    ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", None, None, ""],
    ["1.1", "Kế hoạch cải cách hành chính năm", None, None,
     "Kế hoạch số 12/KH-STP ngày 15/01/2025; Báo cáo số 295/BC-STP ngày 05/12/2025"],
    ["1.1.1", "Ban hành kế hoạch kịp thời, đầy đủ nhiệm vụ", 1.00, 1.00, None],
    ["1.1.2", "Mức độ hoàn thành kế hoạch", 1.00, 1.00, None],
    ["1.2", "Thực hiện chế độ báo cáo cải cách hành chính", 1.50, 1.50, "04/4 báo cáo gửi đúng hạn"],
    ["1.3", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị", 1.50, 1.00,
     "Kiểm tra 02/6 đơn vị (33,3%), chưa đạt mức tối thiểu 50%"],
    ["1.4", "Thực hiện nhiệm vụ Ủy ban nhân dân tỉnh giao", 2.50, 2.00,
     "01/24 nhiệm vụ hoàn thành quá hạn"],
    ["1.5", "Tuyên truyền cải cách hành chính", 1.50, 1.50, "Kế hoạch số 19/KH-STP ngày 22/01/2025"],
    ["2", "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QUY PHẠM PHÁP LUẬT", None, None, ""],
    ["2.1", "Tham mưu xây dựng văn bản quy phạm pháp luật của tỉnh", 3.00, 3.00,
     "Báo cáo công tác xây dựng, kiểm tra văn bản năm 2025"],
    ["2.2", "Theo dõi tình hình thi hành pháp luật", 2.00, 2.00, None],
    ["2.3", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật", 3.00, 2.50,
     "02 văn bản hết hiệu lực chưa được công bố kịp thời"],
    ["3", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", None, None, ""],
    ["3.1", "Công bố, công khai thủ tục hành chính", 3.00, 3.00, "Cổng Dịch vụ công tỉnh; niêm yết tại TTPVHCC tỉnh"],
    ["3.2", "Rà soát, đơn giản hóa thủ tục hành chính", 2.00, 2.00, "Quyết định số 1488/QĐ-UBND ngày 19/9/2025"],
    ["3.3", "Kết quả giải quyết thủ tục hành chính", None, None, ""],
    ["3.3.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", 3.00, 2.50, "99,1% hồ sơ đúng hạn; 83 hồ sơ quá hạn"],
    ["3.3.2", "Xin lỗi người dân, tổ chức khi giải quyết quá hạn", 1.50, 1.50, "83/83 thư xin lỗi"],
    ["3.3.3", "Phân cấp, ủy quyền giải quyết thủ tục hành chính", 1.50, 1.50,
     "Quyết định số 1975/QĐ-UBND ngày 14/10/2025"],
    ["3.4", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức", 3.00, 3.00, "17/17 phản ánh được xử lý"],
    ["4", "CẢI CÁCH TỔ CHỨC BỘ MÁY", None, None, ""],
    ["4.1", "Sắp xếp tổ chức bộ máy theo quy định", 3.00, 3.00,
     "Quyết định số 71/QĐ-STP ngày 28/7/2025 và các văn bản kèm theo"],
    ["4.2", "Quản lý biên chế, vị trí việc làm", 2.50, 2.00,
     "Chưa phê duyệt điều chỉnh vị trí việc làm của Trung tâm Trợ giúp pháp lý nhà nước"],
    ["4.3", "Thực hiện phân cấp quản lý", 1.50, 1.50, "Quyết định số 71/QĐ-STP ngày 28/7/2025 và các văn bản kèm theo"],
    ["5", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", None, None, ""],
    ["5.1", "Tuyển dụng, bố trí công chức theo vị trí việc làm", 3.00, 3.00, "Báo cáo số 301/BC-STP ngày 10/12/2025"],
    ["5.2", "Đánh giá, xếp loại công chức, viên chức", 2.00, 2.00, None],
    ["5.3", "Đào tạo, bồi dưỡng công chức, viên chức", 2.00, 1.50,
     "05/42 công chức chưa hoàn thành bồi dưỡng theo tiêu chuẩn chức danh"],
    ["5.4", "Chấp hành kỷ luật, kỷ cương hành chính", 3.00, 3.00, "Không có công chức bị kỷ luật"],
    ["6", "CẢI CÁCH TÀI CHÍNH CÔNG", None, None, ""],
    ["6.1", "Thực hiện quy định về quản lý, sử dụng ngân sách", 3.00, 3.00, "Báo cáo quyết toán năm 2025"],
    ["6.2", "Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập trực thuộc", 2.00, 2.00,
     "Phương án tự chủ của Trung tâm Dịch vụ đấu giá tài sản"],
    ["6.3", "Quản lý, sử dụng tài sản công", 2.00, 1.50, "Chưa hoàn thành xử lý 02 xe ô tô dôi dư"],
    ["7", "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", None, None, ""],
    ["7.1", "Ứng dụng công nghệ thông tin trong quản lý, điều hành", None, None, ""],
    ["7.1.1", "Tỷ lệ văn bản đi được ký số, gửi nhận trên Hệ thống quản lý văn bản và điều hành", 2.00, 2.00,
     "100% văn bản đi được ký số"],
    ["7.1.2", "Sử dụng hệ thống họp trực tuyến, hộp thư điện tử công vụ", 2.00, 1.50,
     "02 cuộc họp giao ban quý với xã, phường tổ chức trực tiếp"],
    ["7.2", "Cung cấp dịch vụ công trực tuyến", None, None, ""],
    ["7.2.1", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", 2.00, 2.00, "100%"],
    ["7.2.2", "Tỷ lệ hồ sơ nộp trực tuyến", 2.00, 1.50, "Đạt 87,6%, thấp hơn mức 90% để đạt điểm tối đa"],
    ["7.2.3", "Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến", 1.00, 1.00, "Đạt 81,2%"],
    ["7.3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tái sử dụng dữ liệu", None, None, ""],
    ["7.3.1", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", 2.00, 1.75, "Đạt 96,8%"],
    ["7.3.2", "Số hóa sổ hộ tịch, kết nối Cơ sở dữ liệu hộ tịch điện tử", 2.00, 1.00,
     "Đạt 86,4%; còn 41.250 trang sổ của 23 xã, phường chưa số hóa"],
    ["7.4", "Bảo đảm an toàn thông tin mạng", 2.00, 1.00,
     "Hệ thống quản lý lý lịch tư pháp chưa được phê duyệt cấp độ an toàn"],
]


def _is_group(stt):
    return "." not in stt


def b_crit_rows():
    """Fill the totals of group rows (lĩnh vực, tiêu chí with sub-rows) from their children."""
    rows = [list(r) for r in B_CRIT]
    for r in rows:
        if r[2] is None:
            leaves = [k for k in B_CRIT if k[0].startswith(r[0] + ".") and k[2] is not None]
            r[2] = sum(k[2] for k in leaves)
            r[3] = sum(k[3] for k in leaves)
    tot_max = sum(r[2] for r in rows if _is_group(r[0]))
    tot_self = sum(r[3] for r in rows if _is_group(r[0]))
    assert abs(tot_max - 70.0) < 1e-9 and abs(tot_self - 63.25) < 1e-9, (tot_max, tot_self)
    out = []
    for r in rows:
        out.append([r[0], r[1], vn2(r[2]), vn2(r[3]), r[4]])
    out.append(["", "Đánh giá qua điều tra xã hội học (Sở Nội vụ thực hiện, không tự chấm)", "30,00", "-", ""])
    out.append(["", "TỔNG CỘNG PHẦN TỰ ĐÁNH GIÁ", vn2(tot_max), vn2(tot_self), "Đạt 90,36%"])
    return out


def doc_b():
    rows = b_crit_rows()
    g = {r[0]: r for r in rows}
    b = [("lh", "header", ["UBND TỈNH TƯỜNG VÂN", "SỞ TƯ PHÁP", "Số: 18/BC-STP"],
          MOTTO + ["Tường Vân, ngày 09 tháng 01 năm 2026"]),
         P("header", "BÁO CÁO", "bc"),
         P("header", "Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của Sở Tư pháp", "bc"),
         P("header", "Kính gửi: Sở Nội vụ tỉnh Tường Vân.", "c"),
         P("preamble", "Thực hiện Công văn số 2764/SNV-CCHC ngày 02/12/2025 của Sở Nội vụ về việc hướng dẫn tự "
                       "đánh giá, chấm điểm xác định Chỉ số cải cách hành chính (CCHC) năm 2025 của các sở, ban, "
                       "ngành, Ủy ban nhân dân các xã, phường; căn cứ Bộ Chỉ số CCHC cấp sở ban hành kèm theo Quyết "
                       "định số 1630/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân tỉnh, Sở Tư pháp báo cáo kết quả tự "
                       "đánh giá, chấm điểm như sau:"),
         # ---------------------------------------------------------------- Phần thứ nhất
         P("Phần I", "PHẦN THỨ NHẤT", "bc"),
         P("Phần I", "KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM", "bc"),
         P("Phần I.1", "1. Tổ chức tự đánh giá", "b"),
         P("Phần I.1", "Ngày 10/12/2025, Giám đốc Sở ban hành Quyết định số 226/QĐ-STP thành lập Tổ tự đánh giá "
                       "gồm 07 thành viên do Phó Giám đốc Sở Lục Văn Tấn làm Tổ trưởng; Văn phòng Sở là đầu mối tổng "
                       "hợp, cập nhật tài liệu kiểm chứng lên Phần mềm chấm điểm Chỉ số CCHC của tỉnh trước ngày "
                       "08/01/2026."),
         P("Phần I.2", "2. Kết quả tổng hợp", "b"),
         P("Phần I.2", "Tổng điểm tối đa của các tiêu chí, tiêu chí thành phần (TC, TCTP) tự đánh giá là 70,00 điểm; "
                       "Sở Tư pháp tự chấm 63,25 điểm, đạt 90,36%. 30,00 điểm còn lại được đánh giá qua điều tra xã "
                       "hội học (ĐTXHH) do Sở Nội vụ thực hiện, Sở không tự chấm."),
         P("Phần I.2", "So với năm 2024 (tự chấm 60,10/70,00 điểm), điểm tự đánh giá tăng 3,15 điểm.", "d"),
         P("Phần I.2", f"Lĩnh vực đạt tỷ lệ cao nhất là Cải cách thủ tục hành chính ({g['3'][3]}/{g['3'][2]} điểm); "
                       f"thấp nhất là Xây dựng, phát triển Chính quyền điện tử, Chính quyền số ({g['7'][3]}/"
                       f"{g['7'][2]} điểm).", "d"),
         P("Phần I.2", "Chi tiết điểm từng TC, TCTP tại Phụ lục kèm theo Báo cáo này.", "d"),
         P("Phần I.3", "3. Một số kết quả nổi bật", "b"),
         P("Phần I.3", "Tỷ lệ hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở giải quyết đúng hạn đạt 99,1% "
                       "(9.214/9.297 hồ sơ); 100% thủ tục hành chính của Sở được cung cấp dịch vụ công trực tuyến "
                       "toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt 87,6%.", "d"),
         P("Phần I.3", "Tỷ lệ số hóa sổ hộ tịch của toàn tỉnh đạt 86,4%; còn 41.250 trang sổ của 23 xã, phường "
                       "chưa được số hóa.", "d"),
         P("Phần I.3", "Tổ chức 04 cuộc họp giao ban quý (02 cuộc với Phòng Tư pháp cấp huyện trước sắp xếp, 02 cuộc "
                       "với các xã, phường sau sắp xếp); 100% công chức tư pháp - hộ tịch cấp xã được cấp tài khoản trên Hệ thống "
                       "thông tin đăng ký và quản lý hộ tịch.", "d"),
         # ---------------------------------------------------------------- Phần thứ hai
         P("Phần II", "PHẦN THỨ HAI", "bc"),
         P("Phần II", "GIẢI TRÌNH CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN KHÔNG ĐẠT ĐIỂM TỐI ĐA", "bc"),
         P("Phần II.1", "1. Lĩnh vực Công tác chỉ đạo, điều hành CCHC (trừ 1,00 điểm)", "b"),
         P("Phần II.1", "Tiêu chí 1.3: kiểm tra 02/6 phòng, đơn vị trực thuộc (33,3%), chưa đạt mức tối thiểu 50%; "
                        "tự chấm 1,00/1,50 điểm.", "d"),
         P("Phần II.1", "Tiêu chí 1.4: 01/24 nhiệm vụ Ủy ban nhân dân tỉnh giao hoàn thành quá hạn (báo cáo rà soát "
                        "quy định về chứng thực, chậm 06 ngày); tự chấm 2,00/2,50 điểm.", "d"),
         P("Phần II.2", "2. Lĩnh vực Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật (trừ 0,50 điểm)", "b"),
         P("Phần II.2", "Tiêu chí 2.3: còn 02 văn bản quy phạm pháp luật hết hiệu lực chưa được công bố kịp thời "
                        "trong danh mục hằng năm; tự chấm 2,50/3,00 điểm.", "d"),
         P("Phần II.3", "3. Lĩnh vực Cải cách thủ tục hành chính (trừ 0,50 điểm)", "b"),
         P("Phần II.3", "Tiêu chí thành phần 3.3.1: 83 hồ sơ lĩnh vực lý lịch tư pháp giải quyết quá hạn do chờ kết "
                        "quả xác minh của cơ quan ngoài tỉnh; tự chấm 2,50/3,00 điểm.", "d"),
         P("Phần II.4", "4. Lĩnh vực Cải cách tổ chức bộ máy, chế độ công vụ và tài chính công (trừ 1,50 điểm)", "b"),
         P("Phần II.4", "Tiêu chí 4.2: chưa hoàn thành phê duyệt điều chỉnh vị trí việc làm của Trung tâm Trợ giúp "
                        "pháp lý nhà nước; tự chấm 2,00/2,50 điểm.", "d"),
         P("Phần II.4", "Tiêu chí 5.3: 05/42 công chức chưa hoàn thành bồi dưỡng theo tiêu chuẩn chức danh; tự "
                        "chấm 1,50/2,00 điểm.", "d"),
         P("Phần II.4", "Tiêu chí 6.3: chưa hoàn thành xử lý 02 xe ô tô dôi dư theo phương án được duyệt; tự chấm "
                        "1,50/2,00 điểm.", "d"),
         P("Phần II.5", "5. Lĩnh vực Xây dựng, phát triển Chính quyền điện tử, Chính quyền số (trừ 3,25 điểm)", "b"),
         P("Phần II.5", "Tiêu chí thành phần 7.1.2: 02 cuộc họp giao ban quý III, quý IV với các xã, phường còn tổ "
                        "chức trực tiếp, chưa sử dụng hệ thống họp trực tuyến; tự chấm 1,50/2,00 điểm.", "d"),
         P("Phần II.5", "Tiêu chí thành phần 7.2.2: tỷ lệ hồ sơ nộp trực tuyến đạt 87,6%, thấp hơn mức 90% để đạt "
                        "điểm tối đa; tự chấm 1,50/2,00 điểm.", "d"),
         P("Phần II.5", "Tiêu chí thành phần 7.3.1: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 96,8%; tự chấm "
                        "1,75/2,00 điểm.", "d"),
         P("Phần II.5", "Tiêu chí thành phần 7.3.2: tỷ lệ số hóa sổ hộ tịch toàn tỉnh đạt 86,4%, còn 41.250 trang sổ "
                        "của 23 xã, phường chưa số hóa; tự chấm 1,00/2,00 điểm.", "d"),
         P("Phần II.5", "Tiêu chí 7.4: Hệ thống quản lý lý lịch tư pháp của Sở chưa được phê duyệt hồ sơ đề xuất cấp "
                        "độ an toàn hệ thống thông tin; tự chấm 1,00/2,00 điểm.", "d"),
         # ---------------------------------------------------------------- Phần thứ ba
         P("Phần III", "PHẦN THỨ BA", "bc"),
         P("Phần III", "TỒN TẠI, HẠN CHẾ VÀ NHIỆM VỤ, GIẢI PHÁP NĂM 2026", "bc"),
         P("Phần III.1", "1. Tồn tại, hạn chế", "b"),
         P("Phần III.1", "Quy trình nội bộ giải quyết TTHC lĩnh vực Hộ tịch, Chứng thực cấp xã ban hành năm 2025 "
                         "chưa cập nhật mô hình chính quyền địa phương 02 cấp; quy trình điện tử trên Hệ thống thông "
                         "tin giải quyết TTHC tỉnh chưa được cấu hình đầy đủ.", "+"),
         P("Phần III.1", "Việc số hóa sổ hộ tịch còn chậm ở các xã vùng cao do thiếu máy quét chuyên dụng và nhân "
                         "lực.", "+"),
         P("Phần III.1", "Một số công chức làm công tác hộ tịch, chứng thực cấp xã mới được bố trí sau sắp xếp, chưa "
                         "thành thạo nghiệp vụ và phần mềm.", "+"),
         P("Phần III.2", "2. Nguyên nhân", "b"),
         P("Phần III.2", "Khối lượng sổ hộ tịch tồn đọng lớn, nhiều sổ cũ rách, mờ phải phục hồi trước khi số "
                         "hóa.", "+"),
         P("Phần III.2", "Việc sắp xếp đơn vị hành chính cấp xã làm thay đổi đầu mối tiếp nhận, người có thẩm quyền "
                         "ký trong các quy trình.", "+"),
         P("Phần III.3", "3. Nhiệm vụ, giải pháp năm 2026", "b"),
         P("Phần III.3.a", "a) Tham mưu Chủ tịch Ủy ban nhân dân tỉnh phê duyệt quy trình nội bộ giải quyết TTHC lĩnh "
                           "vực Hộ tịch, Chứng thực thuộc thẩm quyền cấp xã thay thế quy trình năm 2025. Phòng Hành "
                           "chính tư pháp chủ trì; thời hạn: quý I/2026."),
         P("Phần III.3.b", "b) Hoàn thành số hóa 100% sổ hộ tịch còn lại (41.250 trang), kết nối Cơ sở dữ liệu hộ "
                           "tịch điện tử. Phòng Hành chính tư pháp chủ trì, phối hợp Ủy ban nhân dân 23 xã, phường; "
                           "thời hạn: trước ngày 30/6/2026."),
         P("Phần III.3.c", "c) Tổ chức 02 lớp bồi dưỡng nghiệp vụ hộ tịch, chứng thực cho công chức cấp xã. Phòng "
                           "Hành chính tư pháp chủ trì, phối hợp Trường Chính trị tỉnh; thời gian: quý II/2026."),
         P("Phần III.3.d", "d) Hoàn thiện hồ sơ đề xuất cấp độ an toàn cho Hệ thống quản lý lý lịch tư pháp, trình "
                           "cấp có thẩm quyền phê duyệt. Văn phòng Sở chủ trì, phối hợp Sở Khoa học và Công nghệ; "
                           "thời hạn: tháng 3/2026."),
         P("Phần III.3.đ", "đ) Chuyển họp giao ban quý với 68 xã, phường sang hình thức trực tuyến. Văn phòng Sở chủ "
                           "trì; thực hiện hằng quý, bắt đầu từ quý I/2026."),
         P("Phần III.3.e", "e) Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt từ 92% trở lên và 100% hồ sơ giải quyết đúng "
                           "hạn. Các phòng, đơn vị có thủ tục hành chính thực hiện trong năm 2026."),
         P("Phần III.4", "4. Kiến nghị, đề xuất", "b"),
         P("Phần III.4", "Đề nghị Sở Nội vụ tổ chức tập huấn hướng dẫn chấm điểm Chỉ số CCHC năm 2026 trước tháng "
                         "10/2026 và mở thêm quyền cập nhật tài liệu kiểm chứng theo quý.", "+"),
         P("Phần III.4", "Đề nghị Ủy ban nhân dân tỉnh bố trí 2.800 triệu đồng để thuê dịch vụ số hóa sổ hộ tịch năm "
                         "2026; Sở Khoa học và Công nghệ hỗ trợ 23 máy quét cho các xã, phường chưa hoàn thành số "
                         "hóa.", "+"),
         P("closing", "Trên đây là báo cáo kết quả tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của Sở Tư pháp. Tài "
                      "liệu kiểm chứng đã được cập nhật đầy đủ trên Phần mềm chấm điểm Chỉ số CCHC của tỉnh. Thông "
                      "tin chi tiết liên hệ: ông Triệu Văn Khởi, Chánh Văn phòng Sở, điện thoại 0226 3 814 572./."),
         ("sig", ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, VP."],
          ["GIÁM ĐỐC", "", "", "Mạc Thị Uyên"]),
         ("break",),
         P("Phụ lục", "PHỤ LỤC", "bc"),
         P("Phụ lục", "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025", "bc"),
         P("Phụ lục", "(Kèm theo Báo cáo số 18/BC-STP ngày 09/01/2026 của Sở Tư pháp)", "ic"),
         ("crit", "Phụ lục", B_CRIT_HEAD, rows),
         P("Phụ lục", "Ghi chú: Điểm của lĩnh vực và của tiêu chí có tiêu chí thành phần là tổng điểm các dòng bên "
                      "dưới; tài liệu kiểm chứng được lưu trên Phần mềm chấm điểm Chỉ số CCHC của tỉnh.", "i"),
         ]
    return b


# =========================================================================================================
# C. Kế hoạch 87/KH-UBND phát động thi đua, hưởng ứng Ngày Chuyển đổi số quốc gia 2026 (UBND xã Đông Lũy, 08/9/2026)
# =========================================================================================================
C_ACT_HEAD = ["TT", "Nội dung hoạt động", "Thời gian", "Chủ trì", "Phối hợp"]
C_ACT = [
    ["1", "Lễ phát động phong trào thi đua; ra quân 14 Tổ công nghệ số cộng đồng", "15/9/2026",
     "VP HĐND-UBND", "MTTQ, Đoàn TN"],
    ["2", "Cuộc thi trực tuyến \"Công dân số Đông Lũy\" tìm hiểu về dịch vụ công trực tuyến, VNeID",
     "25/9-05/10/2026", "Phòng VH-XH", "Đoàn TN"],
    ["3", "Kích hoạt tài khoản định danh điện tử mức độ 2 lưu động tại nhà văn hóa các thôn",
     "28/9-08/10/2026", "Công an xã", "Tổ CNSCĐ"],
    ["4", "\"Thứ Bảy số\": hướng dẫn nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến tại TTPVHCC vào "
          "các ngày thứ Bảy", "19/9-03/10/2026", "TTPVHCC", "VNPT, Viettel"],
    ["5", "\"Chợ không dùng tiền mặt\": hướng dẫn tiểu thương chợ trung tâm xã mở tài khoản, dùng mã QR",
     "04/10/2026", "Phòng Kinh tế", "Bưu điện xã"],
    ["6", "Tọa đàm \"Chính quyền số gần dân\" với Trưởng thôn, Tổ trưởng Tổ CNSCĐ", "08/10/2026",
     "VP HĐND-UBND", "Phòng VH-XH"],
    ["7", "Ngày hội Chuyển đổi số xã: trưng bày, trải nghiệm dịch vụ số; trao giải Cuộc thi \"Công dân số Đông "
          "Lũy\"", "10/10/2026", "Phòng VH-XH", "VNPT, Viettel"],
    ["8", "Sơ kết đợt 1, biểu dương Tổ CNSCĐ dẫn đầu", "14/10/2026", "VP HĐND-UBND", "Trưởng thôn"],
]
C_WIDTHS = (2, 33, 15, 13, 14)
C_THON_HEAD = ["STT", "Thôn", "Thành viên Tổ", "VNeID mức 2", "Hồ sơ trực tuyến"]
C_THON = [  # thôn, members, VNeID accounts, online files to support
    ("Cây Thị", 7, 80, 120), ("Bãi Dứa", 6, 65, 95), ("Khe Sim", 5, 40, 55), ("Đồng Chòi", 6, 55, 80),
    ("Nà Mòn", 5, 35, 45), ("Lũng Vài", 5, 30, 40), ("Bến Vạn", 7, 75, 110), ("Làng Mòng", 6, 50, 70),
    ("Suối Cát", 5, 45, 60), ("Phiêng Mạ", 5, 30, 40), ("Đồi Trám", 6, 60, 85), ("Xóm Guột", 5, 40, 50),
    ("Tân Lũy", 7, 85, 130), ("Hạ Lũy", 6, 70, 100),
]


def c_thon_rows():
    rows = [[str(i), t, str(m), str(a), str(h)] for i, (t, m, a, h) in enumerate(C_THON, 1)]
    tm = sum(x[1] for x in C_THON)
    ta = sum(x[2] for x in C_THON)
    th = sum(x[3] for x in C_THON)
    rows.append(["", "Tổng cộng", str(tm), str(ta), vn(th)])
    return rows, tm, ta, th


def doc_c():
    thon_rows, tm, ta, th = c_thon_rows()
    head_lines = ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG LŨY", "Số: 87/KH-UBND", "",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".center(72).rstrip(),
                  "Độc lập - Tự do - Hạnh phúc".center(72).rstrip(),
                  "Đông Lũy, ngày 08 tháng 9 năm 2026".rjust(70)]
    b = [("raw", "header", head_lines,
          ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG LŨY", "Số: 87/KH-UBND"] + MOTTO + ["Đông Lũy, ngày 08 tháng 9 năm 2026"]),
         P("header", "KẾ HOẠCH", "c"),
         P("header", "Phát động phong trào thi đua \"Đông Lũy chuyển đổi số, phục vụ Nhân dân\" và tổ chức các hoạt "
                     "động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026", "c"),
         P("preamble", "Căn cứ Quyết định số 312/QĐ-UBND ngày 16/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt "
                       "quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực Hộ tịch, Chứng thực thuộc thẩm quyền "
                       "giải quyết của Ủy ban nhân dân cấp xã;"),
         P("preamble", "Căn cứ Kế hoạch số 205/KH-SKHCN ngày 20/8/2026 của Sở Khoa học và Công nghệ tổ chức các hoạt "
                       "động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 trên địa bàn tỉnh;"),
         P("preamble", "Ủy ban nhân dân xã Đông Lũy ban hành Kế hoạch phát động phong trào thi đua và tổ chức các "
                       "hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 như sau:"),
         # ---------------------------------------------------------------- I
         P("I", "I. MỤC ĐÍCH, YÊU CẦU", "h"),
         P("I.1", "1. Mục đích", "h"),
         P("I.1", "Tạo khí thế thi đua trong cán bộ, công chức và Nhân dân, đưa dịch vụ công trực tuyến, thanh toán "
                  "không dùng tiền mặt đến từng thôn.", "d"),
         P("I.1", "Khắc phục các tiêu chí bị trừ điểm của Chỉ số cải cách hành chính năm 2025 (xã đạt 79,12%, xếp "
                  "thứ 41/68 xã, phường), nhất là tỷ lệ hồ sơ trực tuyến và số hóa sổ hộ tịch.", "d"),
         P("I.2", "2. Yêu cầu", "h"),
         P("I.2", "Phong trào thi đua thiết thực, có chỉ tiêu cụ thể, gắn với nhiệm vụ chuyên môn của từng bộ phận, "
                  "từng thôn; tránh hình thức, lãng phí.", "d"),
         P("I.2", "Việc bình xét khen thưởng công khai, dựa trên số liệu của Hệ thống thông tin giải quyết thủ tục "
                  "hành chính tỉnh.", "d"),
         # ---------------------------------------------------------------- II
         P("II", "II. CHỦ ĐỀ, THỜI GIAN VÀ ĐỐI TƯỢNG THI ĐUA", "h"),
         P("II.1", "1. Chủ đề, khẩu hiệu: chủ đề hưởng ứng của xã là \"Dữ liệu số gần dân - Dịch vụ số vì dân\"; "
                   "khẩu hiệu thi đua \"Mỗi hồ sơ một lần đến - Mỗi người dân một tài khoản số\"."),
         P("II.2", "2. Thời gian: phong trào thi đua được tổ chức từ ngày 15/9/2026 đến ngày 15/12/2026, chia làm 02 "
                   "đợt:"),
         P("II.2", "Đợt 1 (cao điểm): từ ngày 15/9/2026 đến ngày 10/10/2026, gắn với Ngày Chuyển đổi số quốc gia;",
           "d"),
         P("II.2", "Đợt 2: từ ngày 11/10/2026 đến ngày 15/12/2026.", "d"),
         P("II.3", "3. Đối tượng thi đua"),
         P("II.3.a", "a) Tập thể: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Phòng Kinh tế, Phòng Văn hóa - "
                     "Xã hội, Trung tâm Phục vụ hành chính công xã; 14 thôn và 14 Tổ công nghệ số cộng đồng."),
         P("II.3.b", "b) Cá nhân: cán bộ, công chức, người hoạt động không chuyên trách của xã và thành viên Tổ công "
                     "nghệ số cộng đồng."),
         # ---------------------------------------------------------------- III
         P("III", "III. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA", "h"),
         P("III.1", "1. Đối với Trung tâm Phục vụ hành chính công xã"),
         P("III.1", "Giải quyết 100% hồ sơ hộ tịch, chứng thực đúng quy trình nội bộ tại Quyết định số "
                    "312/QĐ-UBND; trả Giấy khai sinh trong 04 giờ làm việc.", "+"),
         P("III.1", "Tỷ lệ hồ sơ nộp trực tuyến đạt từ 70% trở lên (năm 2025 đạt 48,3%).", "+"),
         P("III.1", "Không để hồ sơ quá hạn; hồ sơ trễ hẹn (nếu có) được xin lỗi bằng văn bản 100%.", "+"),
         P("III.2", "2. Đối với công chức làm công tác hộ tịch, chứng thực"),
         P("III.2", "Hoàn thành số hóa 6.840 trang sổ hộ tịch còn lại của xã trước ngày 30/9/2026.", "+"),
         P("III.2", "100% kết quả giải quyết thủ tục hành chính được ký số và số hóa khi trả cho người dân.", "+"),
         P("III.3", "3. Đối với các thôn và Tổ công nghệ số cộng đồng"),
         P("III.3", "Mỗi Tổ hỗ trợ tối thiểu 40 người dân/tháng nộp hồ sơ trực tuyến hoặc kích hoạt tài khoản định "
                    "danh điện tử mức độ 2.", "+"),
         P("III.3", "Chỉ tiêu cụ thể của từng thôn tại Phụ lục kèm theo Kế hoạch này.", "+"),
         # ---------------------------------------------------------------- IV
         P("IV", "IV. CÁC HOẠT ĐỘNG CAO ĐIỂM HƯỞNG ỨNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA (10/10/2026)", "h"),
         ("ttable", "IV", C_ACT_HEAD, C_ACT),
         P("IV", "Ghi chú: VP HĐND-UBND: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã; TTPVHCC: Trung tâm Phục "
                 "vụ hành chính công xã; Phòng VH-XH: Phòng Văn hóa - Xã hội; Tổ CNSCĐ: Tổ công nghệ số cộng đồng; "
                 "MTTQ: Ủy ban Mặt trận Tổ quốc Việt Nam xã; Đoàn TN: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã."),
         # ---------------------------------------------------------------- V
         P("V", "V. KHEN THƯỞNG", "h"),
         P("V.1", "1. Hình thức, số lượng: Chủ tịch Ủy ban nhân dân xã tặng Giấy khen cho không quá 04 tập thể và 10 "
                  "cá nhân tiêu biểu khi tổng kết phong trào; riêng đợt 1, tặng Giấy khen cho 02 Tổ công nghệ số "
                  "cộng đồng dẫn đầu. Mức tiền thưởng kèm theo Giấy khen thực hiện theo quy định hiện hành."),
         P("V.2", "2. Tiêu chuẩn"),
         P("V.2", "Tập thể: hoàn thành vượt các chỉ tiêu tại mục III; không có hồ sơ quá hạn trong thời gian thi "
                  "đua.", "d"),
         P("V.2", "Cá nhân: có sáng kiến, cách làm hay được áp dụng tại xã hoặc trực tiếp hỗ trợ từ 150 người dân "
                  "trở lên sử dụng dịch vụ số.", "d"),
         P("V.3", "3. Hồ sơ, thời hạn: các tập thể, cá nhân gửi hồ sơ đề nghị khen thưởng về Văn phòng Hội đồng nhân "
                  "dân và Ủy ban nhân dân xã trước ngày 18/12/2026; Hội đồng Thi đua - Khen thưởng xã họp xét trước "
                  "ngày 25/12/2026; trao thưởng tại Hội nghị tổng kết công tác năm 2026 của xã."),
         # ---------------------------------------------------------------- VI
         P("VI", "VI. KINH PHÍ", "h"),
         P("VI", "Tổng kinh phí dự kiến 42,6 triệu đồng từ ngân sách xã năm 2026, gồm: hỗ trợ hoạt động của Tổ công "
                 "nghệ số cộng đồng 21 triệu đồng; tổ chức các hoạt động cao điểm 12,6 triệu đồng; khen thưởng 9 "
                 "triệu đồng. VNPT Tường Vân và Viettel Tường Vân hỗ trợ thiết bị, đường truyền tại Ngày hội "
                 "Chuyển đổi số xã."),
         # ---------------------------------------------------------------- VII
         P("VII", "VII. TỔ CHỨC THỰC HIỆN", "h"),
         P("VII.1", "1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
         P("VII.1", "Là cơ quan thường trực của phong trào thi đua; theo dõi, tổng hợp, tham mưu Chủ tịch Ủy ban "
                    "nhân dân xã chỉ đạo thực hiện.", "o"),
         P("VII.1", "Tổ chức tập huấn quy trình nội bộ theo Quyết định số 312/QĐ-UBND cho công chức làm công tác hộ "
                    "tịch, chứng thực và công chức Trung tâm Phục vụ hành chính công xã vào ngày 22/9/2026.", "o"),
         P("VII.1", "Báo cáo kết quả hưởng ứng Ngày Chuyển đổi số quốc gia về Sở Khoa học và Công nghệ trước ngày "
                    "16/10/2026; báo cáo tổng kết phong trào trước ngày 20/12/2026.", "o"),
         P("VII.2", "2. Trung tâm Phục vụ hành chính công xã"),
         P("VII.2", "Bố trí 02 công chức hướng dẫn người dân từ 07 giờ 30 đến 11 giờ 30 trong các buổi \"Thứ Bảy "
                    "số\".", "o"),
         P("VII.2", "Báo cáo số liệu hồ sơ trực tuyến, hồ sơ quá hạn về Văn phòng Hội đồng nhân dân và Ủy ban nhân "
                    "dân xã hằng tuần (chiều thứ Sáu) trong đợt 1 và hằng tháng trong đợt 2.", "o"),
         P("VII.3", "3. Phòng Văn hóa - Xã hội"),
         P("VII.3", "Tuyên truyền về phong trào trên hệ thống loa truyền thanh xã 03 buổi/tuần (sáng thứ Hai, thứ "
                    "Tư, thứ Sáu), trên trang thông tin điện tử xã và nhóm Zalo của các thôn.", "o"),
         P("VII.3", "Chuẩn bị nội dung, gian trưng bày của Ngày hội Chuyển đổi số xã.", "o"),
         P("VII.4", "4. Công an xã"),
         P("VII.4", "Chủ trì kích hoạt tài khoản định danh điện tử mức độ 2; hướng dẫn người dân tích hợp giấy tờ "
                    "vào ứng dụng VNeID; cung cấp số liệu tài khoản kích hoạt của từng thôn vào ngày 25 hằng "
                    "tháng.", "o"),
         P("VII.5", "5. Phòng Kinh tế"),
         P("VII.5", "Phối hợp Bưu điện xã và các ngân hàng hướng dẫn hộ kinh doanh thanh toán không dùng tiền mặt; "
                    "thống kê số hộ kinh doanh có mã QR.", "o"),
         P("VII.6", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội"),
         P("VII.6", "Vận động hội viên, đoàn viên tham gia phong trào; phối hợp giám sát việc bình xét khen thưởng.",
           "o"),
         P("VII.7", "7. Trưởng thôn, Tổ trưởng Tổ công nghệ số cộng đồng"),
         P("VII.7", "Đăng ký thi đua bằng văn bản, gửi Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã trước ngày "
                    "20/9/2026.", "o"),
         P("VII.7", "Báo cáo số người dân được hỗ trợ vào ngày 25 hằng tháng.", "o"),
         P("closing", "Trên đây là Kế hoạch phát động phong trào thi đua và tổ chức các hoạt động hưởng ứng Ngày "
                      "Chuyển đổi số quốc gia năm 2026 của Ủy ban nhân dân xã Đông Lũy. Trong quá trình thực hiện, "
                      "nếu có khó khăn, vướng mắc, các bộ phận, thôn phản ánh về Văn phòng Hội đồng nhân dân và Ủy "
                      "ban nhân dân xã (bà Vi Thị Hồng Nhung, điện thoại 0976 418 352) để tổng hợp, báo cáo Chủ tịch "
                      "Ủy ban nhân dân xã./."),
         ("raw", "closing",
          ["Nơi nhận:", "- Sở Khoa học và Công nghệ (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- CT, các PCT UBND xã;",
           "- Các bộ phận, 14 thôn;", "- Lưu: VT, VP."],
          ["Nơi nhận:", "- Sở Khoa học và Công nghệ (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- CT, các PCT UBND xã;",
           "- Các bộ phận, 14 thôn;", "- Lưu: VT, VP."]),
         ("raw", "signature",
          ["TM. ỦY BAN NHÂN DÂN".rjust(62), "CHỦ TỊCH".rjust(56), "", "(Đã ký)".rjust(55), "",
           "Lường Văn Hạnh".rjust(59)],
          ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Lường Văn Hạnh"]),
         P("Phụ lục", "PHỤ LỤC", "c"),
         P("Phụ lục", "CHỈ TIÊU HỖ TRỢ NGƯỜI DÂN CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG CÁC THÔN (TỪ 15/9 ĐẾN 15/12/2026)",
           "c"),
         P("Phụ lục", "(Kèm theo Kế hoạch số 87/KH-UBND ngày 08/9/2026 của Ủy ban nhân dân xã Đông Lũy)", "c"),
         ("ftable", "Phụ lục", C_THON_HEAD, thon_rows),
         P("Phụ lục", f"Cột \"VNeID mức 2\": số tài khoản định danh điện tử mức độ 2 được hỗ trợ kích hoạt mới; cột "
                      f"\"Hồ sơ trực tuyến\": số hồ sơ người dân được hỗ trợ nộp trực tuyến. Tổng cộng {tm} thành "
                      f"viên, {ta} tài khoản, {vn(th)} hồ sơ.", "i"),
         ]
    return b


# =========================================================================================================
# gold section map
# =========================================================================================================
def _filled(rows, col):
    out, prev = [], None
    for r in rows:
        if isinstance(r, tuple):
            out.append(r)
            continue
        full = list(r)
        if full[col] is None:
            full[col] = prev[col]
        out.append(full)
        prev = full
    return out


def _crit_path(sec, stt):
    return sec + "." + stt if stt else sec


def gold(doc):
    blocks = {DOC_A: doc_a, DOC_B: doc_b, DOC_C: doc_c}[doc]()
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "p":
            out.append((bl[1], bl[2]))
        elif k == "lh":
            out += [(bl[1], t) for t in bl[2] + bl[3] if t and set(t) != {"-"}]
        elif k == "sig":
            out += [("closing", t) for t in bl[1] if t]
            out += [("signature", t) for t in bl[2] if t]
        elif k == "raw":
            out += [(bl[1], t) for t in bl[3]]
        elif k == "gtable":
            out += [(bl[1], c) for c in bl[2]]
            grp = None
            for r in bl[3]:
                if isinstance(r, tuple):
                    grp = bl[1] + "." + r[1]
                    out += [(grp, r[1]), (grp, r[2])]
                else:
                    out += [(grp + "." + r[0], c) for c in r]
        elif k == "steps":
            out += [(bl[1], c) for c in bl[2]]
            for r in _filled(bl[3], 2):
                out += [(bl[1] + "." + r[0], c) for c in r]
        elif k == "crit":
            out += [(bl[1], c) for c in bl[2]]
            rows = bl[3]
            prev_note = None
            for r in rows:
                note = r[4]
                if note is None:
                    note = prev_note
                prev_note = note
                out += [(_crit_path(bl[1], r[0]), c) for c in r[:4] + [note] if c]
        elif k in ("ttable", "ftable"):
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out += [(_crit_path(bl[1], r[0]), c) for c in r if c]
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
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(1.5), Cm(2), Cm(2)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    cp = d.core_properties
    cp.author, cp.title = "UBND tỉnh Tường Vân", "Quyết định 312/QĐ-UBND phê duyệt quy trình nội bộ"
    cp.created = cp.modified = datetime.datetime(2026, 3, 16, 10, 0, 0)
    cp.last_modified_by = "KSTT"
    cp.revision = 1

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        tblPr.append(borders)

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)

    def cell_lines(cell, lines, bold=(), italic=(), size=13, align=WD_ALIGN_PARAGRAPH.CENTER):
        for k, line in enumerate(lines):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.alignment = align
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(line)
            r.bold = k in bold
            r.italic = k in italic
            r.font.size = Pt(size)

    def head_row(t, head, widths, size=11.5):
        for j, txt in enumerate(head):
            c = t.rows[0].cells[j]
            c.width = widths[j]
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.bold = True
            r.font.size = Pt(size)
            shade(c, "E4E4E4")
        repeat_header(t.rows[0])

    for bl in doc_a():
        k = bl[0]
        if k == "lh":
            # letterhead: a borderless 2 x 2 Word table
            L, R = bl[2], bl[3]
            t = d.add_table(rows=2, cols=2)
            no_borders(t)
            w = (Cm(6.5), Cm(10.0))
            for row in t.rows:
                for j in range(2):
                    row.cells[j].width = w[j]
            cell_lines(t.cell(0, 0), L[:3], bold=(1,))
            cell_lines(t.cell(0, 1), R[:3], bold=(0, 1))
            cell_lines(t.cell(1, 0), L[3:])
            cell_lines(t.cell(1, 1), R[3:], italic=(0,))
            d.add_paragraph()
        elif k == "sig":
            t = d.add_table(rows=1, cols=2)
            no_borders(t)
            t.rows[0].cells[0].width, t.rows[0].cells[1].width = Cm(8.5), Cm(8.0)
            cell_lines(t.cell(0, 0), bl[1], bold=(0,), italic=(0,), size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_lines(t.cell(0, 1), bl[2], bold=tuple(range(len(bl[2]))), size=13)
        elif k == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "gtable":
            head, rows = bl[2], bl[3]
            widths = (Cm(1.1), Cm(6.0), Cm(2.4), Cm(2.6), Cm(4.4))
            t = d.add_table(rows=1 + len(rows), cols=5)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            head_row(t, head, widths)
            groups = []
            for i, row in enumerate(rows, start=1):
                cells = t.rows[i].cells
                for j in range(5):
                    cells[j].width = widths[j]
                if isinstance(row, tuple):
                    for j, txt in ((0, row[1]), (1, row[2])):
                        p = cells[j].paragraphs[0]
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT
                        r = p.add_run(txt)
                        r.bold = True
                        r.font.size = Pt(12)
                    groups.append(i)
                    continue
                for j, txt in enumerate(row):
                    p = cells[j].paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER
                    p.add_run(txt).font.size = Pt(12)
            for g in groups:
                a = t.cell(g, 1)
                a.merge(t.cell(g, 4))
                shade(t.cell(g, 0), "F2F2F2")
                shade(a, "F2F2F2")
            d.add_paragraph()
        elif k == "steps":
            head, rows = bl[2], bl[3]
            widths = (Cm(1.2), Cm(7.2), Cm(3.6), Cm(1.8), Cm(2.7))
            t = d.add_table(rows=1 + len(rows), cols=5)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            head_row(t, head, widths)
            start, spans = None, {}
            for i, row in enumerate(rows, start=1):
                cells = t.rows[i].cells
                for j in range(5):
                    cells[j].width = widths[j]
                    if row[j] is None:
                        continue
                    p = cells[j].paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2, 4) else WD_ALIGN_PARAGRAPH.CENTER
                    p.add_run(row[j]).font.size = Pt(12)
                if row[2] is None:
                    spans[start] = i
                else:
                    start = i
            for s, e in spans.items():
                t.cell(s, 2).merge(t.cell(e, 2))
        else:
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            if "c" in fmt:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif "h" in fmt:
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.space_before = Pt(6)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.0)
            if "d" in fmt:
                text = "- " + text
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            if text == "QUYẾT ĐỊNH" or text == "QUY TRÌNH NỘI BỘ":
                r.font.size = Pt(15)
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2026, 3, 16, 10, 0, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-11)
            self.set_font("dv", "", 8)
            self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="C")

    pdf = Doc(format="A4")
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2026, 1, 9, 8, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Sở Tư pháp tỉnh Tường Vân")
    pdf.set_title("Báo cáo 18/BC-STP tự đánh giá, chấm điểm Chỉ số CCHC năm 2025")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 16, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    head_style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    g_style = FontFace(emphasis="BOLD", fill_color=(240, 240, 240))

    for bl in doc_b():
        k = bl[0]
        if k == "lh":
            # letterhead: two blocks of positioned lines with short rules drawn under the names
            L, R = bl[2], bl[3]
            y0 = pdf.get_y()
            lw, rx = 66, pdf.l_margin + 66
            pdf.set_xy(pdf.l_margin, y0)
            pdf.set_font("dv", "", 9.5)
            pdf.cell(lw, 5, L[0], align="C")
            pdf.set_xy(rx, y0)
            pdf.set_font("dv", "B", 9.5)
            pdf.cell(W - lw, 5, R[0], align="C")
            pdf.set_xy(pdf.l_margin, y0 + 5)
            pdf.cell(lw, 5, L[1], align="C")
            pdf.set_xy(rx, y0 + 5)
            pdf.set_font("dv", "B", 10)
            pdf.cell(W - lw, 5, R[1], align="C")
            pdf.line(pdf.l_margin + 22, y0 + 10.8, pdf.l_margin + 44, y0 + 10.8)
            pdf.line(rx + (W - lw) / 2 - 24, y0 + 10.8, rx + (W - lw) / 2 + 24, y0 + 10.8)
            pdf.set_xy(pdf.l_margin, y0 + 13)
            pdf.set_font("dv", "", 9.5)
            pdf.cell(lw, 5, L[2], align="C")
            pdf.set_xy(rx, y0 + 13)
            pdf.set_font("dv", "I", 9.5)
            pdf.cell(W - lw, 5, R[2], align="C")
            pdf.set_y(y0 + 22)
        elif k == "sig":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 55:
                pdf.add_page()
            y0 = pdf.get_y()
            for i, line in enumerate(bl[1]):
                pdf.set_xy(pdf.l_margin, y0 + 4.3 * i)
                pdf.set_font("dv", "B" if i == 0 else "", 9 if i == 0 else 8.5)
                pdf.cell(80, 4.3, line)
            for i, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin + 80, y0 + 5.5 * i)
                pdf.set_font("dv", "B", 10.5)
                pdf.cell(W - 80, 5.5, line, align="C")
            pdf.set_y(y0 + max(5.5 * len(bl[2]), 4.3 * len(bl[1])) + 2)
        elif k == "break":
            pdf.add_page()
        elif k == "p":
            text, fmt = bl[2], bl[3]
            style = "B" if "b" in fmt else ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 12.5 if text == "BÁO CÁO" else 10.2)
            pdf.set_x(pdf.l_margin)
            if "d" in fmt:
                text = "- " + text
            elif "+" in fmt:
                text = "+ " + text
            if "c" in fmt:
                pdf.multi_cell(W, 5.4, text, align="C")
            elif "b" in fmt:
                pdf.multi_cell(W, 5.4, "     " + text, align="L")
            else:
                pdf.multi_cell(W, 5.4, "     " + text, align="J")
            pdf.ln(0.8)
        elif k == "crit":
            rows = bl[3]
            pdf.set_font("dv", "", 8.4)
            spans = {}
            for i, r in enumerate(rows):
                if r[4] is None:
                    continue
                n = 1
                while i + n < len(rows) and rows[i + n][4] is None:
                    n += 1
                spans[i] = n
            with pdf.table(col_widths=(13, 72, 17, 19, 51),
                           text_align=("CENTER", "LEFT", "CENTER", "CENTER", "LEFT"),
                           headings_style=head_style, line_height=4.4, v_align="MIDDLE",
                           repeat_headings=1) as t:
                r = t.row()
                for c in bl[2]:
                    r.cell(c)
                for i, row in enumerate(rows):
                    grp = row[0] and "." not in row[0] or row[0] == ""
                    r = t.row()
                    for j, c in enumerate(row):
                        if c is None:
                            continue
                        kw = {}
                        if grp:
                            kw["style"] = g_style
                        if j == 4 and spans.get(i, 1) > 1:
                            kw["rowspan"] = spans[i]
                        r.cell(c, **kw)
            pdf.ln(2)
    pdf.output(path)


WRAP = 72


def _wrap(text, width=WRAP, first="", rest=""):
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def _act_table(header, rows):
    """Activity table: '|' separated columns, a '-' rule under the header, the content cell wrapped."""
    w = C_WIDTHS

    def line(cells):
        return " | ".join(c.ljust(x) for c, x in zip(cells, w)).rstrip()

    out = [line(header), "-+-".join("-" * x for x in w)]
    for r in rows:
        parts = [textwrap.wrap(c, x, break_long_words=False, break_on_hyphens=False) or [""]
                 for c, x in zip(r, w)]
        for extra in parts[2:]:
            assert len(extra) == 1, extra
        for k in range(max(len(p) for p in parts)):
            out.append(line([p[k] if k < len(p) else "" for p in parts]))
        out.append("")
    out.pop()
    out.append("-+-".join("-" * x for x in w))
    return out


def _fig_table(header, rows):
    """Appendix figures table: one line per row, '=' rules, numbers right-aligned."""
    w = (3, 12, 13, 11, 16)

    def line(cells):
        cs = []
        for j, (c, x) in enumerate(zip(cells, w)):
            cs.append(c.rjust(x) if j >= 2 or j == 0 else c.ljust(x))
        return "  ".join(cs).rstrip()

    rule = "=" * len(line(["x" * x for x in w]))
    out = [rule, line(header), rule]
    for r in rows:
        if r[0] == "":
            out.append("-" * len(rule))
        out.append(line(r))
    out.append(rule)
    return out


def build_txt(path):
    out = []
    prev_bullet = False
    for bl in doc_c():
        bullet = bl[0] == "p" and any(f in bl[3] for f in "d+o")
        if prev_bullet and not bullet:
            out.append("")
        prev_bullet = bullet
        if bl[0] == "raw":
            out += bl[2]
            out.append("")
        elif bl[0] == "ttable":
            out += _act_table(bl[2], bl[3])
            out.append("")
        elif bl[0] == "ftable":
            out += _fig_table(bl[2], bl[3])
            out.append("")
        else:
            text, fmt = bl[2], bl[3]
            if "c" in fmt:
                for ln in _wrap(text, 66):
                    out.append(ln.center(WRAP).rstrip())
                out.append("")
            elif "d" in fmt:
                out += _wrap(text, WRAP, "  - ", "    ")
            elif "+" in fmt:
                out += _wrap(text, WRAP, "  + ", "    ")
            elif "o" in fmt:
                out += _wrap(text, WRAP, "  • ", "    ")
            elif "h" in fmt:
                out += _wrap(text, WRAP)
            else:
                out += _wrap(text, WRAP, "  ", "")
                out.append("")
    while out and out[-1] == "":
        out.pop()
    txt = unicodedata.normalize("NFC", "\n".join(out) + "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOC_A))
    build_pdf(os.path.join(CORPUS, DOC_B))
    build_txt(os.path.join(CORPUS, DOC_C))
    for n in (DOC_A, DOC_B, DOC_C):
        print(n, os.path.getsize(os.path.join(CORPUS, n)))


if __name__ == "__main__":
    main()
