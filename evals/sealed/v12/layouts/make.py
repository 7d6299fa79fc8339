# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v12 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Sông Quế, phường Bến Sỏi, all people, numbers, dates, phone numbers, codes of
procedures). Each document is held as a small model: a list of blocks, every block carrying the gold section path of
its text (used by check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2026-chu-tich-ubnd-song-que-qd-117-thong-qua-phuong-an-don-gian-hoa-tthc.docx
        Quyết định thông qua phương án đơn giản hóa thủ tục hành chính (Điều/khoản/điểm; after the signature a
        landscape Phụ lục I list table with lĩnh vực group rows and a vertically merged column, then a portrait
        Phụ lục II with I./1./a) per procedure, cost figures and a summary figures table)
  B  2026-ubnd-tinh-song-que-ke-hoach-53-boi-duong-ky-nang-so.pdf
        Kế hoạch đào tạo, bồi dưỡng kỹ năng số cho CBCCVC (I./1./a)/-, a class table with group rows A/B/C running
        over two pages with its header repeated, a budget section)
  C  2026-doan-kiem-tra-song-que-bien-ban-09-kiem-tra-cchc-cds-phuong-ben-soi.txt
        Biên bản kiểm tra công tác CCHC, CĐS tại một phường (hard-wrapped plain text, side-by-side letterhead,
        "Hôm nay, vào lúc …", thành phần, an ASCII grid figures table, a wrapped requirements table, NFD paragraphs
        and non-breaking spaces, two signature blocks)
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

DOC_A = "2026-chu-tich-ubnd-song-que-qd-117-thong-qua-phuong-an-don-gian-hoa-tthc.docx"
DOC_B = "2026-ubnd-tinh-song-que-ke-hoach-53-boi-duong-ky-nang-so.pdf"
DOC_C = "2026-doan-kiem-tra-song-que-bien-ban-09-kiem-tra-cchc-cds-phuong-ben-soi.txt"

# Block kinds:
#   ("p", section, text, fmt)          paragraph; fmt letters: b bold, i italic, c centre, d "-" bullet,
#                                      h heading line (no indent), n NFD in the .txt
#   ("lh", zone, left, right)          two-part letterhead (A: a borderless 1 x 2 Word table; B: positioned text)
#   ("sig", left, right)               "Nơi nhận" (closing) beside the signature (signature)
#   ("break",) / ("landscape",) / ("portrait",)   page break / new Word section in that orientation
#   ("gtable", section, header, rows, total)      A's list table: ("g", label, title) group rows are
#                                      section.<label>; rows [STT, ...] are section.<label>.<STT>; a None cell in
#                                      the last column continues the vertically merged cell above; total: a text
#                                      row merged over the table, in section
#   ("ftable", section, header, rows)  figures table: rows [STT, ...] are section.<STT>; a row whose STT is ""
#                                      (total) belongs to section
#   ("ctable", section, header, rows)  B's class table: ("g", label, title) group rows; rows section.<label>.<TT>;
#                                      a row whose TT is "" (total) belongs to section
#   ("raw", zone, lines, texts)        C: lines printed as given; texts are the gold pieces
#   ("grid", section, header, rows)    C's ASCII grid figures table (rows section.<STT>, total in section)
#   ("wtable", section, header, rows)  C's wrapped requirements table (rows section.<TT>)
P = lambda sec, text, fmt="": ("p", sec, text, fmt)
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def vn(n):
    """12345 -> '12.345'."""
    return f"{n:,}".replace(",", ".")


def vn2(x):
    """35.0 -> '35,00'."""
    return f"{x:.2f}".replace(".", ",")


# =========================================================================================================
# A. Quyết định 117/QĐ-UBND thông qua phương án đơn giản hóa TTHC năm 2026 (Chủ tịch UBND tỉnh, 22/01/2026)
# =========================================================================================================
# lĩnh vực: (label, title, drafting department (as written in the table), name in the summary table)
A_FIELDS = [
    ("I", "LĨNH VỰC THI ĐUA, KHEN THƯỞNG", "Sở Nội vụ", "Thi đua, khen thưởng"),
    ("II", "LĨNH VỰC VĂN HÓA CƠ SỞ", "Sở VHTTDL", "Văn hóa cơ sở"),
    ("III", "LĨNH VỰC CÔNG THƯƠNG", "Sở Công Thương", "Công Thương"),
    ("IV", "LĨNH VỰC XÂY DỰNG", "Sở Xây dựng", "Xây dựng"),
]
# procedures: (field, STT, name, code, short content, old days, new days, cost before (đồng/năm), cut %,
#              [(measure, reason)], implementation proposal)
A_PROCS = [
    ("I", 1, "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích thực hiện nhiệm vụ chính trị",
     "1.014301", "Rút ngắn thời hạn; bỏ bản giấy biên bản họp Hội đồng", 20, 12, 186_400_000, 35, [
         ("Rút ngắn thời hạn giải quyết từ 20 ngày làm việc xuống còn 12 ngày làm việc.",
          "Hồ sơ đã được Hội đồng Thi đua - Khen thưởng cấp xã xét trước khi trình; năm 2025 thời gian giải "
          "quyết thực tế bình quân là 9,5 ngày làm việc."),
         ("Bỏ thành phần hồ sơ \"Biên bản họp Hội đồng Thi đua - Khen thưởng cấp xã\" bản giấy.",
          "Biên bản đã được ký số và lưu trên Hệ thống quản lý văn bản và điều hành, cơ quan giải quyết tự "
          "khai thác."),
     ], "Chủ tịch Ủy ban nhân dân tỉnh công bố thủ tục hành chính sửa đổi thời hạn giải quyết; kiến nghị Bộ Nội "
        "vụ sửa đổi quy định về thành phần hồ sơ khen thưởng cấp xã."),
    ("I", 2, "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho gia đình", "1.014302", "Rút ngắn thời hạn",
     20, 15, 42_750_000, 22, [
         ("Rút ngắn thời hạn giải quyết từ 20 ngày làm việc xuống còn 15 ngày làm việc.",
          "Số hồ sơ đề nghị khen thưởng gia đình ít (bình quân 38 hồ sơ/năm), không phải lấy ý kiến các cơ quan "
          "khác."),
     ], "Chủ tịch Ủy ban nhân dân tỉnh công bố thủ tục hành chính sửa đổi thời hạn giải quyết."),
    ("I", 3, "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình", "1.014303",
     "Rút ngắn thời hạn; tiếp nhận trực tuyến toàn trình", 20, 10, 58_200_000, 45, [
         ("Rút ngắn thời hạn giải quyết từ 20 ngày làm việc xuống còn 10 ngày làm việc.",
          "Thủ tục do cấp xã tiếp nhận và quyết định, không qua cơ quan cấp trên."),
         ("Cung cấp dịch vụ công trực tuyến toàn trình; người dân nhận Giấy khen điện tử qua tài khoản trên Cổng "
          "Dịch vụ công quốc gia.",
          "Giảm chi phí đi lại cho người dân ở các thôn, tổ dân phố xa trung tâm."),
     ], "Chủ tịch Ủy ban nhân dân tỉnh công bố thủ tục hành chính sửa đổi thời hạn giải quyết và cách thức "
        "thực hiện."),
    ("II", 4, "Công nhận câu lạc bộ thể thao cơ sở", "1.014318",
     "Rút ngắn thời hạn; bỏ bản sao chứng thực quyết định thành lập", 7, 5, 9_800_000, 28, [
         ("Rút ngắn thời hạn giải quyết từ 07 ngày làm việc xuống còn 05 ngày làm việc.",
          "Nội dung thẩm định đơn giản, chỉ đối chiếu điều lệ và danh sách hội viên."),
         ("Bỏ yêu cầu nộp bản sao có chứng thực quyết định thành lập của cơ quan chủ quản.",
          "Quyết định thành lập do Ủy ban nhân dân cấp xã ban hành, đã có trên Hệ thống quản lý văn bản."),
     ], "Chủ tịch Ủy ban nhân dân tỉnh công bố thời hạn giải quyết mới; kiến nghị Bộ Văn hóa, Thể thao và Du "
        "lịch bỏ yêu cầu bản sao chứng thực."),
    ("II", 5, "Đăng ký tổ chức lễ hội cấp xã", "1.014320", "Rút ngắn thời hạn; nộp hồ sơ trực tuyến", 15, 10,
     24_600_000, 30, [
         ("Rút ngắn thời hạn giải quyết từ 15 ngày làm việc xuống còn 10 ngày làm việc.",
          "Phần lớn lễ hội cấp xã được tổ chức định kỳ hằng năm, nội dung không thay đổi."),
     ], "Chủ tịch Ủy ban nhân dân tỉnh công bố thủ tục hành chính sửa đổi thời hạn giải quyết."),
    ("III", 6, "Cấp Giấy phép bán lẻ sản phẩm rượu", "1.014335", "Rút ngắn thời hạn; tái sử dụng dữ liệu đăng ký "
     "hộ kinh doanh", 10, 7, 73_500_000, 29, [
         ("Rút ngắn thời hạn giải quyết từ 10 ngày làm việc xuống còn 07 ngày làm việc.",
          "Năm 2025 có 100% hồ sơ được giải quyết trong 06 ngày làm việc."),
         ("Không yêu cầu nộp bản sao Giấy chứng nhận đăng ký hộ kinh doanh; cơ quan giải quyết khai thác từ Cơ sở "
          "dữ liệu quốc gia về đăng ký doanh nghiệp, hộ kinh doanh.",
          "Dữ liệu đã được kết nối với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."),
     ], "Chủ tịch Ủy ban nhân dân tỉnh công bố thời hạn giải quyết mới; Sở Công Thương phối hợp Sở Khoa học và "
        "Công nghệ cấu hình khai thác dữ liệu đăng ký hộ kinh doanh."),
    ("III", 7, "Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "1.014336", "Rút ngắn thời hạn",
     10, 7, 31_200_000, 28, [
         ("Rút ngắn thời hạn giải quyết từ 10 ngày làm việc xuống còn 07 ngày làm việc.",
          "Không phải kiểm tra thực tế cơ sở trước khi cấp phép đối với cơ sở đã có Giấy chứng nhận đủ điều kiện "
          "an toàn thực phẩm."),
     ], "Chủ tịch Ủy ban nhân dân tỉnh công bố thủ tục hành chính sửa đổi thời hạn giải quyết."),
    ("III", 8, "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai", "1.014339",
     "Bỏ bản sao chứng thực giấy tờ về phòng cháy, chữa cháy", 15, 15, 47_000_000, 18, [
         ("Bỏ yêu cầu nộp bản sao có chứng thực văn bản nghiệm thu về phòng cháy và chữa cháy; thay bằng việc "
          "khai thác dữ liệu của cơ quan Công an.",
          "Giấy tờ đã được số hóa; việc chứng thực làm phát sinh chi phí cho doanh nghiệp."),
     ], "Kiến nghị Bộ Công Thương sửa đổi quy định về thành phần hồ sơ; thời hạn giải quyết giữ nguyên 15 ngày "
        "làm việc."),
    ("IV", 9, "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "1.014352", "Rút ngắn thời hạn; nộp bản vẽ "
     "điện tử", 15, 10, 612_000_000, 35, [
         ("Rút ngắn thời hạn giải quyết từ 15 ngày làm việc xuống còn 10 ngày làm việc.",
          "Ủy ban nhân dân cấp xã đã có quy hoạch chi tiết và bản đồ số; 82% hồ sơ năm 2025 không phải lấy ý "
          "kiến cơ quan khác."),
         ("Cho phép nộp bản vẽ thiết kế dưới dạng tệp điện tử có chữ ký số của tổ chức, cá nhân thiết kế.",
          "Giảm chi phí in ấn, sao chụp bản vẽ khổ lớn."),
     ], "Chủ tịch Ủy ban nhân dân tỉnh công bố thủ tục hành chính sửa đổi thời hạn giải quyết và cách thức "
        "thực hiện."),
    ("IV", 10, "Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ", "1.014355", "Rút ngắn thời hạn", 5, 3,
     36_900_000, 34, [
         ("Rút ngắn thời hạn giải quyết từ 05 ngày làm việc xuống còn 03 ngày làm việc.",
          "Việc gia hạn chỉ đối chiếu giấy phép đã cấp và tình trạng khởi công."),
     ], "Chủ tịch Ủy ban nhân dân tỉnh công bố thủ tục hành chính sửa đổi thời hạn giải quyết."),
]
A_LIST_HEAD = ["STT", "Tên thủ tục hành chính", "Mã TTHC", "Nội dung đơn giản hóa",
               "Thời hạn giải quyết (hiện hành/đề xuất)", "Cơ quan dự thảo văn bản thực thi"]
A_SUM_HEAD = ["STT", "Lĩnh vực", "Số TTHC", "Chi phí trước đơn giản hóa (đồng/năm)",
              "Chi phí sau đơn giản hóa (đồng/năm)", "Chi phí tiết kiệm (đồng/năm)", "Tỷ lệ cắt giảm"]


def dd(n):
    return f"{n:02d}"


def a_costs(p):
    before, pct = p[7], p[8]
    after = before * (100 - pct) // 100
    assert after * 100 == before * (100 - pct), p[1]
    return before, after, before - after


def a_list_rows():
    rows = []
    for lab, title, dept, _ in A_FIELDS:
        procs = [p for p in A_PROCS if p[0] == lab]
        rows.append(("g", lab, f"{title} ({dd(len(procs))} TTHC)"))
        for k, p in enumerate(procs):
            days = (f"{dd(p[5])} ngày làm việc (giữ nguyên)" if p[5] == p[6]
                    else f"{dd(p[5])} ngày làm việc/{dd(p[6])} ngày làm việc")
            rows.append([str(p[1]), p[2], p[3], p[4], days, dept if k == 0 else None])
    return rows


def a_sum_rows():
    rows, tb, ta = [], 0, 0
    for k, (lab, title, dept, name) in enumerate(A_FIELDS, 1):
        procs = [p for p in A_PROCS if p[0] == lab]
        b = sum(a_costs(p)[0] for p in procs)
        a = sum(a_costs(p)[1] for p in procs)
        tb, ta = tb + b, ta + a
        rows.append([str(k), name, dd(len(procs)), vn(b), vn(a), vn(b - a), vn2(100 * (b - a) / b) + "%"])
    rows.append(["", "Tổng cộng", dd(len(A_PROCS)), vn(tb), vn(ta), vn(tb - ta), vn2(100 * (tb - ta) / tb) + "%"])
    assert (tb, ta) == (1_122_350_000, 746_134_000), (tb, ta)
    return rows, tb, ta


def doc_a():
    rows, tb, ta = a_sum_rows()
    n = len(A_PROCS)
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH SÔNG QUẾ", "-------", "Số: 117/QĐ-UBND"],
          MOTTO + ["---------------", "Sông Quế, ngày 22 tháng 01 năm 2026"]),
         P("header", "QUYẾT ĐỊNH", "bc"),
         P("header", "Thông qua phương án đơn giản hóa thủ tục hành chính thuộc phạm vi chức năng quản lý của Ủy ban "
                     "nhân dân tỉnh Sông Quế năm 2026", "bc"),
         P("preamble", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG QUẾ", "bc"),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "i"),
         P("preamble", "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ "
                       "tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, "
                       "bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;", "i"),
         P("preamble", "Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ hướng "
                       "dẫn về nghiệp vụ kiểm soát thủ tục hành chính;", "i"),
         P("preamble", "Căn cứ Kế hoạch số 03/KH-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về rà "
                       "soát, đánh giá thủ tục hành chính năm 2026;", "i"),
         P("preamble", "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 14/TTr-VP ngày 16 "
                       "tháng 01 năm 2026.", "i"),
         P("preamble", "QUYẾT ĐỊNH:", "bc"),
         P("Điều 1", f"Điều 1. Thông qua phương án đơn giản hóa {dd(n)} thủ tục hành chính (sau đây viết tắt là "
                     f"TTHC) thuộc 04 lĩnh vực: Thi đua, khen thưởng; Văn hóa cơ sở; Công Thương; Xây dựng (Danh "
                     f"mục tại Phụ lục I, nội dung phương án tại Phụ lục II kèm theo Quyết định này). Khi được thực "
                     f"thi, phương án tiết kiệm {vn(tb - ta)} đồng/năm chi phí tuân thủ TTHC."),
         P("Điều 2", "Điều 2. Giao các Sở: Nội vụ, Văn hóa, Thể thao và Du lịch, Công Thương, Xây dựng", "b"),
         P("Điều 2.1", "1. Dự thảo Quyết định công bố TTHC sửa đổi, bổ sung đối với các phương án thuộc thẩm quyền "
                       "của Chủ tịch Ủy ban nhân dân tỉnh (rút ngắn thời hạn giải quyết, thay đổi cách thức thực "
                       "hiện), gửi Văn phòng Ủy ban nhân dân tỉnh thẩm định trước ngày 27/02/2026."),
         P("Điều 2.2", "2. Dự thảo văn bản kiến nghị các bộ, ngành Trung ương sửa đổi, bổ sung các quy định không "
                       "thuộc thẩm quyền của tỉnh, gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 13/3/2026 để tổng "
                       "hợp, trình Chủ tịch Ủy ban nhân dân tỉnh."),
         P("Điều 3", "Điều 3. Trách nhiệm của các cơ quan, đơn vị", "b"),
         P("Điều 3.1", "1. Văn phòng Ủy ban nhân dân tỉnh:"),
         P("Điều 3.1.a", "a) Thẩm định dự thảo Quyết định công bố TTHC trong thời hạn 05 ngày làm việc kể từ ngày "
                         "nhận đủ hồ sơ."),
         P("Điều 3.1.b", "b) Chủ trì, phối hợp Sở Khoa học và Công nghệ cập nhật các TTHC đã được công bố lên Cơ sở "
                         "dữ liệu quốc gia về TTHC và Hệ thống thông tin giải quyết TTHC tỉnh."),
         P("Điều 3.1.c", "c) Tổ chức hướng dẫn công chức các xã, phường áp dụng thời hạn, quy trình mới sau khi Quyết "
                         "định công bố TTHC có hiệu lực."),
         P("Điều 3.1.d", "d) Theo dõi, đôn đốc việc thực thi phương án; tổng hợp kết quả, báo cáo Chủ tịch Ủy ban "
                         "nhân dân tỉnh 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 15/11/2026)."),
         P("Điều 3.2", "2. Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh cấu hình lại quy "
                       "trình điện tử theo thời hạn mới trên Hệ thống thông tin giải quyết TTHC tỉnh, hoàn thành chậm "
                       "nhất 03 ngày làm việc kể từ ngày Quyết định công bố TTHC có hiệu lực."),
         P("Điều 3.3", "3. Ủy ban nhân dân các xã, phường niêm yết công khai thời hạn giải quyết mới tại Trung tâm "
                       "Phục vụ hành chính công chậm nhất 02 ngày làm việc kể từ ngày Quyết định công bố TTHC có "
                       "hiệu lực; báo cáo số hồ sơ giải quyết theo thời hạn mới về Văn phòng Ủy ban nhân dân tỉnh "
                       "hằng quý, trước ngày 18 của tháng cuối quý."),
         P("Điều 4", "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký."),
         P("Điều 5", "Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Nội vụ, Văn hóa, Thể thao và Du "
                     "lịch, Công Thương, Xây dựng, Khoa học và Công nghệ; Chủ tịch Ủy ban nhân dân các xã, phường và "
                     "các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
         ("sig", ["Nơi nhận:", "- Như Điều 5;", "- Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ;",
                  "- CT, các PCT UBND tỉnh;", "- Cổng Dịch vụ công tỉnh;", "- Lưu: VT, KSTT."],
          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nông Đức Thạch"]),
         ("landscape",),
         P("Phụ lục I", "PHỤ LỤC I", "bc"),
         P("Phụ lục I", "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA NĂM 2026", "bc"),
         P("Phụ lục I", "(Kèm theo Quyết định số 117/QĐ-UBND ngày 22/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh Sông "
                        "Quế)", "ic"),
         ("gtable", "Phụ lục I", A_LIST_HEAD, a_list_rows(), f"Tổng số: {dd(n)} thủ tục hành chính"),
         P("Phụ lục I", "Ghi chú: Sở VHTTDL: Sở Văn hóa, Thể thao và Du lịch; LPG: khí dầu mỏ hóa lỏng; thời hạn "
                        "giải quyết tính theo ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "i"),
         ("portrait",),
         P("Phụ lục II", "PHỤ LỤC II", "bc"),
         P("Phụ lục II", "NỘI DUNG PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH", "bc"),
         P("Phụ lục II", "(Kèm theo Quyết định số 117/QĐ-UBND ngày 22/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh Sông "
                         "Quế)", "ic"),
         ]
    for lab, title, dept, _ in A_FIELDS:
        b.append(P(f"Phụ lục II.{lab}", f"{lab}. {title}", "bh"))
        for p in [q for q in A_PROCS if q[0] == lab]:
            sec = f"Phụ lục II.{lab}.{p[1]}"
            before, after, save = a_costs(p)
            b.append(P(sec, f"{p[1]}. Thủ tục {p[2][0].lower() + p[2][1:]} (mã số {p[3]})", "b"))
            b.append(P(sec + ".a", "a) Nội dung đơn giản hóa", "i"))
            for meas, why in p[9]:
                b.append(P(sec + ".a", meas, "d"))
                b.append(P(sec + ".a", "Lý do: " + why))
            b.append(P(sec + ".b", "b) Kiến nghị thực thi: " + p[10]))
            b.append(P(sec + ".c", "c) Lợi ích phương án đơn giản hóa", "i"))
            b.append(P(sec + ".c", f"Chi phí tuân thủ TTHC trước khi đơn giản hóa: {vn(before)} đồng/năm.", "d"))
            b.append(P(sec + ".c", f"Chi phí tuân thủ TTHC sau khi đơn giản hóa: {vn(after)} đồng/năm.", "d"))
            b.append(P(sec + ".c", f"Chi phí tiết kiệm: {vn(save)} đồng/năm.", "d"))
            b.append(P(sec + ".c", f"Tỷ lệ cắt giảm chi phí: {p[8]}%.", "d"))
    b.append(P("Phụ lục II.V", "V. TỔNG HỢP LỢI ÍCH CỦA PHƯƠNG ÁN", "bh"))
    b.append(("ftable", "Phụ lục II.V", A_SUM_HEAD, rows))
    return b


# =========================================================================================================
# B. Kế hoạch 53/KH-UBND đào tạo, bồi dưỡng kỹ năng số cho CBCCVC năm 2026 (UBND tỉnh, 12/02/2026)
# =========================================================================================================
B_CLASS_HEAD = ["TT", "Lớp bồi dưỡng", "Đối tượng", "Số lớp", "Số học viên", "Thời gian", "Địa điểm",
                "Đơn vị tổ chức"]
B_CLASSES = [
    ("g", "A", "KHỐI SỞ, BAN, NGÀNH TỈNH"),
    ["1", "Lãnh đạo số và quản trị dựa trên dữ liệu",
     "Lãnh đạo các sở, ban, ngành, đơn vị sự nghiệp thuộc UBND tỉnh", 2, 110, "14-15/4/2026",
     "Trường Chính trị tỉnh", "Sở Nội vụ"],
    ["2", "Khai thác Hệ thống quản lý văn bản và điều hành; ký số trên thiết bị di động",
     "Văn thư, chuyên viên các sở, ban, ngành", 4, 220, "Tháng 5/2026", "Trung tâm Chuyển đổi số tỉnh",
     "Sở KH&CN"],
    ["3", "Bảo đảm an toàn thông tin mạng, bảo vệ dữ liệu cá nhân",
     "Công chức chuyên trách công nghệ thông tin các sở, ban, ngành, xã, phường", 2, 96, "16-18/6/2026",
     "Trung tâm Chuyển đổi số tỉnh", "Sở KH&CN"],
    ["4", "Ứng dụng trí tuệ nhân tạo (AI) trong soạn thảo, tham mưu văn bản",
     "Chuyên viên tham mưu tổng hợp các sở, ban, ngành", 3, 165, "Quý III/2026", "Trường Chính trị tỉnh",
     "Sở Nội vụ"],
    ["5", "Khai thác, phân tích dữ liệu trên Kho dữ liệu dùng chung của tỉnh",
     "Công chức phụ trách thống kê, dữ liệu các sở, ngành", 2, 80, "Tháng 8/2026",
     "Trung tâm Chuyển đổi số tỉnh", "Sở KH&CN"],
    ("g", "B", "KHỐI XÃ, PHƯỜNG"),
    ["6", "Lãnh đạo số cho lãnh đạo Ủy ban nhân dân cấp xã", "Chủ tịch, Phó Chủ tịch UBND các xã, phường", 3,
     174, "21-23/4/2026", "Trường Chính trị tỉnh", "Sở Nội vụ"],
    ["7", "Tiếp nhận, số hóa hồ sơ, giải quyết TTHC trên Hệ thống TTHC tỉnh",
     "Công chức TTPVHCC các xã, phường", 5, 290, "11/5 - 05/6/2026", "05 cụm xã, phường", "VP UBND tỉnh"],
    ["8", "Áp dụng thời hạn, quy trình mới của 10 TTHC được đơn giản hóa theo Quyết định số 117/QĐ-UBND",
     "Công chức văn hóa - xã hội, kinh tế, xây dựng các xã, phường", 2, 116, "24-25/3/2026",
     "Hội trường Văn phòng UBND tỉnh", "VP UBND tỉnh"],
    ["9", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID",
     "Người hoạt động không chuyên trách ở cấp xã, thôn, tổ dân phố", 6, 348, "Quý II/2026",
     "Các xã, phường (theo cụm)", "Sở KH&CN"],
    ("g", "C", "KHÓA BỒI DƯỠNG TRỰC TUYẾN"),
    ["10", "Kỹ năng số cơ bản theo Quyết định số 757/QĐ-BKHCN",
     "CBCCVC chưa được xác nhận đạt chuẩn kỹ năng số", None, 1450, "01/3 - 30/11/2026",
     "Nền tảng \"Bình dân học vụ số\"", "Sở KH&CN"],
    ["11", "Chuyển đổi số y tế, bệnh án điện tử", "Viên chức các cơ sở y tế công lập", None, 420,
     "Quý III/2026", "Nền tảng MOOCs", "Sở Y tế"],
    ["12", "Chuyển đổi số trong quản lý giáo dục", "Cán bộ quản lý các cơ sở giáo dục công lập", None, 310,
     "Tháng 7-8/2026", "Nền tảng MOOCs", "Sở Giáo dục và Đào tạo"],
]


def b_class_rows():
    rows, n_cls, n_direct, n_online, k_online = [], 0, 0, 0, 0
    for r in B_CLASSES:
        if isinstance(r, tuple):
            rows.append(r)
            continue
        if r[3] is None:
            n_online += r[4]
            k_online += 1
        else:
            n_cls += r[3]
            n_direct += r[4]
        rows.append([r[0], r[1], r[2], "-" if r[3] is None else dd(r[3]), vn(r[4]), r[5], r[6], r[7]])
    rows.append(["", "Tổng cộng", "", dd(n_cls), vn(n_direct + n_online), "", "", ""])
    return rows, n_cls, n_direct, n_online, k_online


def doc_b():
    rows, n_cls, n_direct, n_online, k_online = b_class_rows()
    assert (n_cls, n_direct, n_online, k_online) == (29, 1599, 2180, 3), (n_cls, n_direct, n_online, k_online)
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH SÔNG QUẾ", "Số: 53/KH-UBND"],
          MOTTO + ["Sông Quế, ngày 12 tháng 02 năm 2026"]),
         P("header", "KẾ HOẠCH", "bc"),
         P("header", "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức tỉnh Sông Quế năm 2026", "bc"),
         P("preamble", "Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán "
                       "bộ, công chức, viên chức; Nghị định số 89/2021/NĐ-CP ngày 18/10/2021 của Chính phủ sửa đổi, "
                       "bổ sung một số điều của Nghị định số 101/2017/NĐ-CP;"),
         P("preamble", "Căn cứ Quyết định số 757/QĐ-BKHCN ngày 29/4/2025 của Bộ trưởng Bộ Khoa học và Công nghệ ban "
                       "hành Khung kiến thức, kỹ năng số cơ bản và Hướng dẫn đánh giá, xác nhận hoàn thành mức độ phổ "
                       "cập kỹ năng số;"),
         P("preamble", "Căn cứ Kế hoạch số 211/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh về đào tạo, bồi dưỡng "
                       "cán bộ, công chức, viên chức tỉnh Sông Quế giai đoạn 2026 - 2030;"),
         P("preamble", "Căn cứ Quyết định số 117/QĐ-UBND ngày 22/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh thông qua "
                       "phương án đơn giản hóa thủ tục hành chính năm 2026;"),
         P("preamble", "Ủy ban nhân dân tỉnh ban hành Kế hoạch đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, "
                       "viên chức năm 2026 như sau:"),
         P("I", "I. MỤC ĐÍCH, YÊU CẦU", "bh"),
         P("I.1", "1. Mục đích", "bh"),
         P("I.1", "Trang bị kiến thức, kỹ năng số cho cán bộ, công chức, viên chức (sau đây viết tắt là CBCCVC) để "
                  "khai thác hiệu quả các nền tảng số dùng chung của tỉnh, giải quyết thủ tục hành chính trên môi "
                  "trường điện tử.", "d"),
         P("I.1", "Hoàn thành mục tiêu phổ cập kỹ năng số cho CBCCVC trong Phong trào \"Bình dân học vụ số\" trên "
                  "địa bàn tỉnh.", "d"),
         P("I.2", "2. Yêu cầu", "bh"),
         P("I.2", "Bồi dưỡng đúng đối tượng, gắn với vị trí việc làm; mỗi CBCCVC tham gia không quá 02 lớp tập trung "
                  "trong năm.", "d"),
         P("I.2", "Nội dung bồi dưỡng thực hành trên các hệ thống đang vận hành của tỉnh; thời lượng thực hành chiếm "
                  "tối thiểu 60% thời gian mỗi lớp.", "d"),
         P("I.2", "Sau mỗi lớp tập trung, tổ chức lấy phiếu khảo sát ý kiến học viên; kết quả khảo sát là căn cứ điều "
                  "chỉnh chương trình các lớp sau.", "d"),
         P("II", "II. MỤC TIÊU, CHỈ TIÊU", "bh"),
         P("II.1", "1. Mục tiêu chung: Đến hết năm 2026, 100% CBCCVC của tỉnh được bồi dưỡng kỹ năng số cơ bản; "
                   "lãnh đạo, quản lý và công chức trực tiếp giải quyết thủ tục hành chính được bồi dưỡng chuyên sâu "
                   "theo vị trí việc làm."),
         P("II.2", "2. Chỉ tiêu cụ thể", "bh"),
         P("II.2", f"Tổ chức {n_cls} lớp bồi dưỡng tập trung với {vn(n_direct)} học viên và {dd(k_online)} khóa "
                   f"bồi dưỡng trực tuyến với {vn(n_online)} lượt học viên (chi tiết tại mục IV).", "d"),
         P("II.2", "100% lãnh đạo các sở, ban, ngành và lãnh đạo Ủy ban nhân dân các xã, phường được bồi dưỡng về "
                   "lãnh đạo số trong quý II/2026.", "d"),
         P("II.2", "Tối thiểu 95% công chức Trung tâm Phục vụ hành chính công (sau đây viết tắt là TTPVHCC) các xã, "
                   "phường được bồi dưỡng nghiệp vụ tiếp nhận, số hóa hồ sơ và giải quyết thủ tục hành chính trên "
                   "môi trường điện tử trước ngày 30/6/2026.", "d"),
         P("II.2", "Ít nhất 85% CBCCVC hoàn thành chương trình kỹ năng số cơ bản và được xác nhận trên nền tảng "
                   "\"Bình dân học vụ số\" trước ngày 30/11/2026.", "d"),
         P("II.2", "Tỷ lệ học viên đánh giá lớp học ở mức \"hài lòng\" trở lên đạt từ 90%.", "d"),
         P("III", "III. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC", "bh"),
         P("III.1", "1. Đối tượng", "bh"),
         P("III.1.a", "a) Lãnh đạo các sở, ban, ngành, đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh; Chủ tịch, Phó "
                      "Chủ tịch Ủy ban nhân dân các xã, phường."),
         P("III.1.b", "b) Công chức, viên chức các sở, ban, ngành; công chức TTPVHCC và công chức chuyên môn của các "
                      "xã, phường."),
         P("III.1.c", "c) Người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố tham gia hỗ trợ người dân "
                      "sử dụng dịch vụ công trực tuyến."),
         P("III.2", "2. Nội dung bồi dưỡng", "bh"),
         P("III.2.a", "a) Nhận thức số, lãnh đạo số và quản trị dựa trên dữ liệu."),
         P("III.2.b", "b) Khai thác Hệ thống quản lý văn bản và điều hành, chữ ký số, hệ thống họp trực tuyến."),
         P("III.2.c", "c) Tiếp nhận, số hóa hồ sơ, giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết "
                      "thủ tục hành chính tỉnh (sau đây viết tắt là Hệ thống TTHC tỉnh) và Cổng Dịch vụ công quốc "
                      "gia."),
         P("III.2.d", "d) Bảo đảm an toàn thông tin mạng, bảo vệ dữ liệu cá nhân."),
         P("III.2.đ", "đ) Ứng dụng trí tuệ nhân tạo (AI) trong công việc hành chính."),
         P("III.3", "3. Hình thức", "bh"),
         P("III.3", "Bồi dưỡng tập trung (trực tiếp): mỗi lớp từ 01 đến 03 ngày, không quá 60 học viên/lớp.", "d"),
         P("III.3", "Bồi dưỡng trực tuyến trên Nền tảng học trực tuyến mở đại trà (sau đây viết tắt là MOOCs) và nền "
                    "tảng \"Bình dân học vụ số\": học viên tự học theo lộ trình, làm bài kiểm tra cuối khóa.", "d"),
         P("IV", "IV. KẾ HOẠCH MỞ LỚP", "bh"),
         ("ctable", "IV", B_CLASS_HEAD, rows),
         P("IV", "Ghi chú: Sở KH&CN: Sở Khoa học và Công nghệ; VP UBND tỉnh: Văn phòng Ủy ban nhân dân tỉnh. Thời gian "
                 "cụ thể của từng lớp do đơn vị tổ chức thông báo trước ngày khai giảng ít nhất 07 ngày.", "i"),
         P("V", "V. KINH PHÍ", "bh"),
         P("V.1", "1. Tổng kinh phí dự kiến: 1.184.000.000 đồng (Một tỷ, một trăm tám mươi bốn triệu đồng), gồm:"),
         P("V.1", "Kinh phí đào tạo, bồi dưỡng CBCCVC năm 2026 đã giao Sở Nội vụ: 876.000.000 đồng;", "d"),
         P("V.1", "Kinh phí thực hiện nhiệm vụ chuyển đổi số năm 2026 đã giao Sở Khoa học và Công nghệ: 308.000.000 "
                  "đồng.", "d"),
         P("V.2", "2. Các khóa bồi dưỡng trực tuyến không thu học phí. Học viên các lớp tập trung được hỗ trợ theo "
                  "Nghị quyết số 14/2023/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh; cơ quan cử học viên "
                  "chi trả công tác phí theo quy định."),
         P("VI", "VI. TỔ CHỨC THỰC HIỆN", "bh"),
         P("VI.1", "1. Sở Nội vụ", "bh"),
         P("VI.1", "Chủ trì, phối hợp Trường Chính trị tỉnh tổ chức các lớp số 1, 4 và 6; gửi thông báo triệu tập học "
                   "viên trước ngày khai giảng ít nhất 07 ngày.", "d"),
         P("VI.1", "Tổng hợp danh sách học viên do các cơ quan, địa phương đăng ký, hoàn thành trước ngày 10/3/2026.",
           "d"),
         P("VI.1", "Kiểm tra việc thực hiện Kế hoạch tại 10 xã, phường, lồng ghép với kiểm tra công tác cải cách hành "
                   "chính năm 2026.", "d"),
         P("VI.1", "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện 6 tháng (trước ngày 15/6/2026) và năm "
                   "(trước ngày 05/12/2026).", "d"),
         P("VI.2", "2. Sở Khoa học và Công nghệ", "bh"),
         P("VI.2", "Chủ trì tổ chức các lớp số 2, 3, 5 và khóa số 10; chủ trì, phối hợp Công an tỉnh tổ chức lớp số 9; "
                   "chỉ đạo Trung tâm Chuyển đổi số tỉnh bố trí phòng máy, tài khoản thực hành.", "d"),
         P("VI.2", "Cấp tài khoản học trực tuyến cho CBCCVC; thống kê tiến độ học trên nền tảng \"Bình dân học vụ "
                   "số\", gửi Sở Nội vụ trước ngày 05 hằng tháng.", "d"),
         P("VI.3", "3. Văn phòng Ủy ban nhân dân tỉnh", "bh"),
         P("VI.3", "Chủ trì tổ chức các lớp số 7 và 8; phối hợp Sở Khoa học và Công nghệ chuẩn bị môi trường thực "
                   "hành trên Hệ thống TTHC tỉnh.", "d"),
         P("VI.4", "4. Sở Tài chính: Thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn thanh toán, "
                   "quyết toán kinh phí theo quy định."),
         P("VI.5", "5. Trường Chính trị tỉnh: Bố trí hội trường, giảng viên; phối hợp Sở Nội vụ biên soạn tài liệu các "
                   "lớp lãnh đạo số, hoàn thành trước ngày 31/3/2026."),
         P("VI.6", "6. Sở Y tế, Sở Giáo dục và Đào tạo: Chủ trì các khóa số 11 và 12 cho viên chức của ngành; báo cáo "
                   "kết quả về Sở Nội vụ trước ngày 20/11/2026."),
         P("VI.7", "7. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "bh"),
         P("VI.7", "Cử CBCCVC tham gia đúng đối tượng, đủ số lượng; gửi danh sách đăng ký về Sở Nội vụ trước ngày "
                   "05/3/2026.", "d"),
         P("VI.7", "Đánh giá việc vận dụng kiến thức sau bồi dưỡng của CBCCVC, gắn với đánh giá, xếp loại chất lượng "
                   "cuối năm.", "d"),
         P("closing", "Trên đây là Kế hoạch đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức tỉnh Sông "
                      "Quế năm 2026. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản "
                      "ánh về Sở Nội vụ (bà Quàng Thị Diệu, Phòng Công chức, viên chức, điện thoại 0219 3 874 615) để "
                      "tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."),
         ("sig", ["Nơi nhận:", "- Bộ Nội vụ (b/c);", "- Bộ Khoa học và Công nghệ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Trường Chính trị tỉnh;",
                  "- UBND các xã, phường;", "- Lưu: VT, NC."],
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lò Thị Hải Yến"]),
         ]
    return b


# =========================================================================================================
# C. Biên bản 09/BB-ĐKT kiểm tra công tác CCHC, CĐS tại UBND phường Bến Sỏi (Đoàn kiểm tra, 19/5/2026)
# =========================================================================================================
C_GRID_HEAD = ["STT", "Lĩnh vực", "Hồ sơ kiểm tra", "Đúng hạn", "Quá hạn", "Kết quả chưa ký số"]
C_GRID = [("Hộ tịch", 40, 40, 0, 0), ("Chứng thực", 30, 30, 0, 3), ("Đất đai", 25, 21, 4, 0),
          ("Xây dựng", 15, 13, 2, 0), ("Thi đua, khen thưởng", 10, 9, 1, 0)]
C_REQ_HEAD = ["TT", "Nội dung yêu cầu khắc phục", "Bộ phận thực hiện", "Thời hạn"]
C_REQ = [
    ["1", "Cập nhật niêm yết thời hạn giải quyết của 04 TTHC theo Quyết định số 245/QĐ-UBND; rà soát toàn bộ 286 "
          "TTHC đang niêm yết", "TTPVHCC phường", "22/5/2026"],
    ["2", "Gửi văn bản xin lỗi người dân đối với 02 hồ sơ đất đai quá hạn, hẹn lại thời gian trả kết quả",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "26/5/2026"],
    ["3", "Ký số, cập nhật 03 kết quả chứng thực điện tử lên Hệ thống TTHC tỉnh", "TTPVHCC phường", "21/5/2026"],
    ["4", "Ban hành Kế hoạch kiểm tra CCHC nội bộ năm 2026, kiểm tra tối thiểu 02 lần/năm đối với các phòng và "
          "TTPVHCC phường", "Văn phòng HĐND và UBND phường", "31/5/2026"],
    ["5", "Cử 03 công chức TTPVHCC chưa được bồi dưỡng tham gia lớp bổ sung do Văn phòng UBND tỉnh tổ chức",
     "Văn phòng HĐND và UBND phường", "Tháng 6/2026"],
    ["6", "Đôn đốc 12 cán bộ, công chức hoàn thành chương trình kỹ năng số cơ bản trên nền tảng \"Bình dân học vụ "
          "số\"", "Phòng Văn hóa - Xã hội", "30/9/2026"],
    ["7", "Báo cáo kết quả khắc phục bằng văn bản về Sở Nội vụ (qua Phòng Cải cách hành chính)", "UBND phường",
     "15/6/2026"],
]
C_WIDTHS = (2, 30, 32, 12)
C_NBSP = ["Số: 09", "08 giờ 00 phút", "16 giờ 20 phút", "07 giờ 45 phút", "Ông Hứa Văn Lượng", "Bà Hoàng Kim Sa"]


def c_grid_rows():
    rows = [[str(i), n, str(a), str(b), str(c), str(d)] for i, (n, a, b, c, d) in enumerate(C_GRID, 1)]
    tot = [sum(x[k] for x in C_GRID) for k in range(1, 5)]
    assert tot == [120, 113, 7, 3], tot
    for n, a, b, c, d in C_GRID:
        assert a == b + c, n
    rows.append(["", "Tổng cộng"] + [str(t) for t in tot])
    return rows


def doc_c():
    L = ["ỦY BAN NHÂN DÂN TỈNH SÔNG QUẾ", "ĐOÀN KIỂM TRA CẢI CÁCH", "HÀNH CHÍNH, CHUYỂN ĐỔI SỐ", "Số: 09/BB-ĐKT"]
    R = MOTTO + ["Bến Sỏi, ngày 19 tháng 5 năm 2026"]
    head_lines = [(L[0].center(34) + R[0].center(44)).rstrip(),
                  (L[1].center(34) + R[1].center(44)).rstrip(),
                  (L[2].center(34) + "---------------------------".center(44)).rstrip(),
                  "--------".center(34).rstrip(),
                  (L[3].center(34) + R[2].rjust(42)).rstrip()]
    b = [("raw", "header", head_lines, L + R),
         P("header", "BIÊN BẢN", "c"),
         P("header", "Kiểm tra công tác cải cách hành chính, chuyển đổi số năm 2026 tại Ủy ban nhân dân phường Bến "
                     "Sỏi", "c"),
         P("preamble", "Căn cứ Quyết định số 842/QĐ-UBND ngày 21/4/2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc "
                       "thành lập Đoàn kiểm tra công tác cải cách hành chính, chuyển đổi số năm 2026 (sau đây gọi là "
                       "Đoàn kiểm tra);"),
         P("preamble", "Căn cứ Kế hoạch số 95/KH-SNV ngày 24/4/2026 của Sở Nội vụ về kiểm tra công tác cải cách hành "
                       "chính, chuyển đổi số năm 2026 tại các sở, ban, ngành và Ủy ban nhân dân các xã, phường;"),
         P("preamble", "Hôm nay, vào lúc 08 giờ 00 phút, ngày 19 tháng 5 năm 2026, tại Hội trường tầng 2, trụ sở Ủy "
                       "ban nhân dân phường Bến Sỏi, Đoàn kiểm tra tiến hành kiểm tra công tác cải cách hành chính "
                       "(CCHC), chuyển đổi số (CĐS) tại Ủy ban nhân dân phường Bến Sỏi (sau đây gọi là UBND phường), "
                       "cụ thể như sau:"),
         P("I", "I. THÀNH PHẦN", "h"),
         P("I.1", "1. Đoàn kiểm tra", "h"),
         P("I.1", "Ông Khổng Minh Đạt, Phó Giám đốc Sở Nội vụ - Trưởng đoàn;", "d"),
         P("I.1", "Bà Bế Thị Ngân, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh - Phó Trưởng đoàn;", "d"),
         P("I.1", "Ông Sầm Văn Lực, Phó Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ - Thành viên;", "d"),
         P("I.1", "Bà Lục Thị Bích, chuyên viên Phòng Kiểm soát thủ tục hành chính, Văn phòng Ủy ban nhân dân tỉnh - "
                  "Thành viên;", "d"),
         P("I.1", "Bà Ma Thị Thu Trang, chuyên viên Phòng Cải cách hành chính, Sở Nội vụ - Thư ký Đoàn.", "d"),
         P("I.2", "2. Đơn vị được kiểm tra: Ủy ban nhân dân phường Bến Sỏi", "h"),
         P("I.2", "Ông Hứa Văn Lượng, Chủ tịch UBND phường;", "d"),
         P("I.2", "Ông Tòng Văn Kiên, Phó Chủ tịch UBND phường;", "d"),
         P("I.2", "Ông Mông Văn Quý, Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường (sau đây gọi là Văn "
                  "phòng HĐND và UBND phường);", "d"),
         P("I.2", "Bà Hoàng Kim Sa, Giám đốc Trung tâm Phục vụ hành chính công phường (sau đây gọi là TTPVHCC "
                  "phường);", "d"),
         P("I.2", "Đại diện lãnh đạo Phòng Văn hóa - Xã hội, Phòng Kinh tế, Hạ tầng và Đô thị phường.", "d"),
         P("II", "II. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA", "h"),
         P("II", "Đoàn kiểm tra đã nghe lãnh đạo UBND phường báo cáo kết quả thực hiện nhiệm vụ CCHC, CĐS từ ngày "
                 "01/01/2026 đến ngày 30/4/2026; kiểm tra hồ sơ, tài liệu và kiểm tra thực tế tại TTPVHCC phường. Kết "
                 "quả như sau:"),
         P("II.1", "1. Công tác chỉ đạo, điều hành", "h"),
         P("II.1.a", "a) UBND phường ban hành Kế hoạch CCHC năm 2026 (Kế hoạch số 04/KH-UBND ngày 09/01/2026) với 26 "
                     "nhiệm vụ và Kế hoạch CĐS năm 2026 (Kế hoạch số 06/KH-UBND ngày 14/01/2026) với 19 nhiệm vụ; đến "
                     "thời điểm kiểm tra đã hoàn thành 11/26 nhiệm vụ CCHC và 7/19 nhiệm vụ CĐS, các nhiệm vụ còn lại "
                     "đang triển khai trong thời hạn."),
         P("II.1.b", "b) UBND phường chưa ban hành kế hoạch kiểm tra CCHC nội bộ năm 2026; báo cáo CCHC quý I/2026 "
                     "gửi Sở Nội vụ ngày 22/3/2026, chậm 02 ngày so với quy định."),
         P("II.1.c", "c) Công tác tuyên truyền được thực hiện trên trang thông tin điện tử phường (14 tin, bài) và hệ "
                     "thống loa truyền thanh tại 09 tổ dân phố."),
         P("II.2", "2. Cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông", "h"),
         P("II.2.a", "a) TTPVHCC phường niêm yết công khai 286 thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết "
                     "của cấp xã. Qua kiểm tra, 04 TTHC đã được công bố rút ngắn thời hạn giải quyết tại Quyết định "
                     "số 245/QĐ-UBND ngày 20/3/2026 của Chủ tịch UBND tỉnh (gồm 03 TTHC lĩnh vực Thi đua, khen thưởng "
                     "và 01 TTHC lĩnh vực Xây dựng) vẫn niêm yết thời hạn cũ."),
         P("II.2.b", "b) Kiểm tra xác suất 120 hồ sơ TTHC tiếp nhận từ ngày 01/01/2026 đến ngày 30/4/2026, kết quả "
                     "như sau:"),
         ("grid", "II.2.b", C_GRID_HEAD, c_grid_rows()),
         P("II.2.b", "Đối với 07 hồ sơ quá hạn, UBND phường đã có văn bản xin lỗi 05 hồ sơ; 02 hồ sơ lĩnh vực Đất đai "
                     "chưa có văn bản xin lỗi người dân."),
         P("II.2.c", "c) Tỷ lệ hồ sơ nộp trực tuyến đạt 71,6% (trong đó trực tuyến toàn trình đạt 58,2%); tỷ lệ thanh "
                     "toán phí, lệ phí trực tuyến đạt 64,0%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 93,5%."),
         P("II.3", "3. Chuyển đổi số", "h"),
         P("II.3.a", "a) 100% văn bản đi của UBND phường (trừ văn bản mật) được ký số và gửi, nhận trên Hệ thống quản "
                     "lý văn bản và điều hành; 03 kết quả chứng thực điện tử chưa được ký số (đã nêu tại điểm b khoản "
                     "2 mục này)."),
         P("II.3.b", "b) 11/14 công chức TTPVHCC phường đã tham gia lớp \"Tiếp nhận, số hóa hồ sơ, giải quyết TTHC "
                     "trên Hệ thống TTHC tỉnh\" theo Kế hoạch số 53/KH-UBND ngày 12/02/2026 của UBND tỉnh; 03 công "
                     "chức chưa tham gia do nghỉ chế độ thai sản hoặc mới được tiếp nhận."),
         P("II.3.c", "c) 46/58 cán bộ, công chức phường (79,3%) đã hoàn thành chương trình kỹ năng số cơ bản trên nền "
                     "tảng \"Bình dân học vụ số\"."),
         P("II.3.d", "d) Phường duy trì 09 Tổ công nghệ số cộng đồng tại 09 tổ dân phố với 63 thành viên; các Tổ phối "
                     "hợp Đoàn Thanh niên phường luân phiên hỗ trợ người dân tại TTPVHCC phường vào sáng thứ Bảy hằng "
                     "tuần."),
         P("II.4", "4. Kỷ luật, kỷ cương hành chính: Kiểm tra đột xuất lúc 07 giờ 45 phút ngày 19/5/2026, 13/14 công "
                   "chức TTPVHCC phường có mặt đúng giờ, đeo thẻ công chức (01 công chức nghỉ chế độ thai sản); "
                   "chưa ghi nhận phản ánh, kiến nghị về thái độ phục vụ.", "hp"),
         P("III", "III. NHẬN XÉT, ĐÁNH GIÁ", "h"),
         P("III.1", "1. Ưu điểm", "h"),
         P("III.1", "Lãnh đạo UBND phường quan tâm chỉ đạo; TTPVHCC phường bố trí khoa học, 100% hồ sơ hộ tịch, chứng "
                    "thực được kiểm tra giải quyết đúng hạn.", "d"),
         P("III.1", "Tỷ lệ hồ sơ nộp trực tuyến (71,6%) cao hơn mức bình quân của các xã, phường trong tỉnh (64,2%) "
                    "tại thời điểm kiểm tra.", "d"),
         P("III.2", "2. Tồn tại, hạn chế", "hn"),
         P("III.2", "Chưa cập nhật niêm yết thời hạn giải quyết mới của 04 TTHC; còn 07 hồ sơ quá hạn, trong đó 02 hồ "
                    "sơ chưa có văn bản xin lỗi.", "dn"),
         P("III.2", "Chưa ban hành kế hoạch kiểm tra CCHC nội bộ; báo cáo CCHC quý I/2026 gửi chậm.", "dn"),
         P("III.2", "03 kết quả chứng thực điện tử chưa ký số; 03 công chức TTPVHCC chưa được bồi dưỡng nghiệp vụ; 12 "
                    "cán bộ, công chức chưa hoàn thành chương trình kỹ năng số cơ bản.", "dn"),
         P("IV", "IV. KIẾN NGHỊ, YÊU CẦU CỦA ĐOÀN KIỂM TRA", "h"),
         P("IV", "Đoàn kiểm tra yêu cầu UBND phường Bến Sỏi chỉ đạo khắc phục các tồn tại, hạn chế như sau:"),
         ("wtable", "IV", C_REQ_HEAD, C_REQ),
         P("IV", "Đoàn kiểm tra đề nghị Sở Khoa học và Công nghệ hỗ trợ UBND phường xử lý lỗi ký số kết quả chứng thực "
                 "điện tử trên Hệ thống TTHC tỉnh trong tháng 5/2026."),
         P("V", "V. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA", "hn"),
         P("V", "Ông Hứa Văn Lượng, Chủ tịch UBND phường Bến Sỏi thống nhất với kết quả kiểm tra và các yêu cầu của "
                "Đoàn kiểm tra; giải trình: 04 hồ sơ đất đai quá hạn do phải xác minh nguồn gốc đất với xã Khe Trầm; "
                "việc chậm cập nhật niêm yết do Quyết định số 245/QĐ-UBND đến phường qua Hệ thống quản lý văn bản và "
                "điều hành ngày 27/3/2026. UBND phường đề nghị Sở Nội vụ tổ chức thêm 01 lớp bồi dưỡng kỹ năng số tại "
                "phường cho người hoạt động không chuyên trách ở tổ dân phố.", "n"),
         P("closing", "Biên bản kết thúc vào lúc 16 giờ 20 phút cùng ngày, được lập thành 04 bản có giá trị như nhau: "
                      "Đoàn kiểm tra giữ 03 bản, UBND phường Bến Sỏi giữ 01 bản. Biên bản đã được đọc lại cho các "
                      "thành phần tham dự cùng nghe và thống nhất ký tên./."),
         ("raw", "signature",
          ["ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA".center(36) + "TM. ĐOÀN KIỂM TRA".center(36),
           "CHỦ TỊCH UBND PHƯỜNG BẾN SỎI".center(36) + "TRƯỞNG ĐOÀN".center(36),
           "", "(Đã ký)".center(36) + "(Đã ký)".center(36), "",
           ("Hứa Văn Lượng".center(36) + "Khổng Minh Đạt".center(36)).rstrip(), "",
           "THƯ KÝ ĐOÀN KIỂM TRA".center(72).rstrip(), "(Đã ký)".center(72).rstrip(), "",
           "Ma Thị Thu Trang".center(72).rstrip()],
          ["ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "TM. ĐOÀN KIỂM TRA", "CHỦ TỊCH UBND PHƯỜNG BẾN SỎI", "TRƯỞNG ĐOÀN",
           "(Đã ký)", "Hứa Văn Lượng", "Khổng Minh Đạt", "THƯ KÝ ĐOÀN KIỂM TRA", "Ma Thị Thu Trang"]),
         ]
    return b


# =========================================================================================================
# gold section map
# =========================================================================================================
def _row_path(sec, stt):
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
        elif k in ("gtable", "ctable"):
            out += [(bl[1], c) for c in bl[2]]
            grp, prev = None, None
            for r in bl[3]:
                if isinstance(r, tuple):
                    grp = bl[1] + "." + r[1]
                    out += [(grp, r[1]), (grp, r[2])]
                    continue
                full = list(r)
                if full[-1] is None:
                    full[-1] = prev[-1]
                prev = full
                path = grp + "." + r[0] if r[0] else bl[1]
                out += [(path, c) for c in full if c]
            if k == "gtable":
                out.append((bl[1], bl[4]))
        elif k in ("ftable", "grid", "wtable"):
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out += [(_row_path(bl[1], r[0]), c) for c in r if c]
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
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    cp = d.core_properties
    cp.author, cp.title = "UBND tỉnh Sông Quế", "Quyết định 117/QĐ-UBND thông qua phương án đơn giản hóa TTHC"
    cp.created = cp.modified = datetime.datetime(2026, 1, 22, 9, 0, 0)
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

    def head_row(t, head, widths, size=11):
        for j, txt in enumerate(head):
            c = t.rows[0].cells[j]
            c.width = widths[j]
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.bold = True
            r.font.size = Pt(size)
            shade(c, "E7E6E6")
        repeat_header(t.rows[0])

    def put(cell, txt, align, size=11.5, bold=False):
        p = cell.paragraphs[0]
        p.alignment = align
        r = p.add_run(txt)
        r.font.size = Pt(size)
        r.bold = bold

    L, C, R = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    for bl in doc_a():
        k = bl[0]
        if k == "lh":
            # letterhead: a borderless 1 x 2 Word table
            t = d.add_table(rows=1, cols=2)
            no_borders(t)
            t.rows[0].cells[0].width, t.rows[0].cells[1].width = Cm(6.0), Cm(10.0)
            cell_lines(t.cell(0, 0), bl[2], bold=(1,))
            cell_lines(t.cell(0, 1), bl[3], bold=(0, 1), italic=(3,))
            d.add_paragraph()
        elif k == "sig":
            t = d.add_table(rows=1, cols=2)
            no_borders(t)
            t.rows[0].cells[0].width, t.rows[0].cells[1].width = Cm(8.5), Cm(7.5)
            cell_lines(t.cell(0, 0), bl[1], bold=(0,), italic=(0,), size=11, align=L)
            cell_lines(t.cell(0, 1), bl[2], bold=tuple(range(len(bl[2]))), size=13)
        elif k in ("landscape", "portrait"):
            s = d.add_section(WD_SECTION.NEW_PAGE)
            if k == "landscape":
                s.orientation = WD_ORIENT.LANDSCAPE
                s.page_width, s.page_height = Cm(29.7), Cm(21.0)
            else:
                s.orientation = WD_ORIENT.PORTRAIT
                s.page_width, s.page_height = Cm(21.0), Cm(29.7)
            s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
        elif k == "gtable":
            head, rows, total = bl[2], bl[3], bl[4]
            widths = (Cm(1.2), Cm(7.4), Cm(2.3), Cm(6.4), Cm(4.2), Cm(4.1))
            t = d.add_table(rows=2 + len(rows), cols=6)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            head_row(t, head, widths)
            groups, spans, start = [], {}, None
            for i, row in enumerate(rows, start=1):
                cells = t.rows[i].cells
                for j in range(6):
                    cells[j].width = widths[j]
                if isinstance(row, tuple):
                    put(cells[0], row[1], C, 12, True)
                    put(cells[1], row[2], L, 12, True)
                    groups.append(i)
                    start = None
                    continue
                for j, txt in enumerate(row):
                    if txt is None:
                        continue
                    put(cells[j], txt, L if j in (1, 3) else C)
                if row[5] is None:
                    spans[start] = i
                else:
                    start = i
            last = 1 + len(rows)
            put(t.cell(last, 0), total, L, 12, True)
            t.cell(last, 0).merge(t.cell(last, 5))
            for g in groups:
                a = t.cell(g, 1)
                a.merge(t.cell(g, 5))
                shade(t.cell(g, 0), "F2F2F2")
                shade(a, "F2F2F2")
            for s, e in spans.items():
                t.cell(s, 5).merge(t.cell(e, 5))
            d.add_paragraph()
        elif k == "ftable":
            head, rows = bl[2], bl[3]
            widths = (Cm(1.0), Cm(3.6), Cm(1.4), Cm(2.9), Cm(2.9), Cm(2.7), Cm(1.9))
            t = d.add_table(rows=1 + len(rows), cols=7)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            head_row(t, head, widths, 10.5)
            for i, row in enumerate(rows, start=1):
                cells = t.rows[i].cells
                for j, txt in enumerate(row):
                    cells[j].width = widths[j]
                    put(cells[j], txt, L if j == 1 else (R if j >= 3 else C), 11, row[0] == "")
        else:
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            if "c" in fmt:
                p.alignment = C
            elif "h" in fmt:
                p.alignment = L
                p.paragraph_format.space_before = Pt(6)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.0)
            if "d" in fmt:
                text = "- " + text
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            if text == "QUYẾT ĐỊNH":
                r.font.size = Pt(15)
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2026, 1, 22, 9, 0, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("dv", "", 8.5)
                self.cell(0, 5, str(self.page_no()), align="C")
                self.ln(7)

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 2, 12, 8, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("UBND tỉnh Sông Quế")
    pdf.set_title("Kế hoạch 53/KH-UBND đào tạo, bồi dưỡng kỹ năng số năm 2026")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 15, 18)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    head_style = FontFace(emphasis="BOLD", fill_color=(222, 222, 222))
    g_style = FontFace(emphasis="BOLD", fill_color=(242, 242, 242))

    for bl in doc_b():
        k = bl[0]
        if k == "lh":
            L, R = bl[2], bl[3]
            y0 = pdf.get_y()
            lw, rx = 62, pdf.l_margin + 62
            pdf.set_font("dv", "B", 9.5)
            pdf.set_xy(pdf.l_margin, y0)
            pdf.cell(lw, 5, L[0], align="C")
            pdf.set_xy(rx, y0)
            pdf.cell(W - lw, 5, R[0], align="C")
            pdf.set_xy(pdf.l_margin, y0 + 5)
            pdf.cell(lw, 5, L[1], align="C")
            pdf.set_xy(rx, y0 + 5)
            pdf.set_font("dv", "B", 10)
            pdf.cell(W - lw, 5, R[1], align="C")
            pdf.line(pdf.l_margin + 19, y0 + 10.8, pdf.l_margin + 43, y0 + 10.8)
            pdf.line(rx + (W - lw) / 2 - 25, y0 + 10.8, rx + (W - lw) / 2 + 25, y0 + 10.8)
            pdf.set_font("dv", "", 9.5)
            pdf.set_xy(pdf.l_margin, y0 + 13)
            pdf.cell(lw, 5, L[2], align="C")
            pdf.set_font("dv", "I", 9.5)
            pdf.set_xy(rx, y0 + 13)
            pdf.cell(W - lw, 5, R[2], align="C")
            pdf.set_y(y0 + 22)
        elif k == "sig":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            y0 = pdf.get_y()
            for i, line in enumerate(bl[1]):
                pdf.set_xy(pdf.l_margin, y0 + 4.3 * i)
                pdf.set_font("dv", "B" if i == 0 else "", 9 if i == 0 else 8.3)
                pdf.cell(82, 4.3, line)
            for i, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin + 82, y0 + 5.3 * i)
                pdf.set_font("dv", "B", 10.2)
                pdf.cell(W - 82, 5.3, line, align="C")
            pdf.set_y(y0 + max(5.3 * len(bl[2]), 4.3 * len(bl[1])) + 2)
        elif k == "p":
            text, fmt = bl[2], bl[3]
            style = "B" if "b" in fmt else ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 12.5 if text == "KẾ HOẠCH" else 10.2)
            pdf.set_x(pdf.l_margin)
            if "d" in fmt:
                text = "- " + text
            if "c" in fmt:
                pdf.multi_cell(W, 5.3, text, align="C")
            elif "h" in fmt:
                pdf.multi_cell(W, 5.3, text, align="L")
            else:
                pdf.multi_cell(W, 5.3, "      " + text, align="J")
            pdf.ln(0.7)
        elif k == "ctable":
            rows = bl[3]
            pdf.set_font("dv", "", 7.8)
            with pdf.table(col_widths=(7, 33, 31, 10, 13, 28, 26, 24),
                           text_align=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "LEFT", "LEFT"),
                           headings_style=head_style, line_height=3.9, v_align="MIDDLE",
                           repeat_headings=1) as t:
                r = t.row()
                for c in bl[2]:
                    r.cell(c)
                for row in rows:
                    r = t.row()
                    if isinstance(row, tuple):
                        r.cell(row[1], style=g_style)
                        r.cell(row[2], colspan=7, style=g_style)
                        continue
                    if row[0] == "":
                        r.cell("", style=g_style)
                        r.cell(row[1], colspan=2, style=g_style)
                        for c in row[3:]:
                            r.cell(c, style=g_style)
                        continue
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
    pdf.output(path)


WRAP = 78


def _wrap(text, width=WRAP, first="", rest=""):
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def _nbsp(text):
    for s in C_NBSP:
        text = text.replace(s, s.replace(" ", "\u00a0"))
    return text


def _grid(header, rows):
    """ASCII grid table; the header cells wrapped over two lines."""
    w = (5, 22, 10, 8, 9, 12)
    heads = [textwrap.wrap(h, x - 2) or [""] for h, x in zip(header, w)]
    rule = "+" + "+".join("-" * x for x in w) + "+"

    def line(cells, right=()):
        out = []
        for j, (c, x) in enumerate(zip(cells, w)):
            out.append(" " + (c.rjust(x - 2) if j in right else c.ljust(x - 2)) + " ")
        return "|" + "|".join(out) + "|"

    out = [rule]
    for k in range(max(len(h) for h in heads)):
        out.append(line([h[k] if k < len(h) else "" for h in heads]))
    out.append(rule.replace("-", "="))
    for r in rows:
        if r[0] == "":
            out.append(rule)
        out.append(line(r, right=(2, 3, 4, 5)))
    out.append(rule)
    return out


def _wtable(header, rows):
    """Requirements table: '|' separated, every cell wrapped in its column, a rule between rows."""
    w = C_WIDTHS

    def line(cells):
        return ("| " + " | ".join(c.ljust(x) for c, x in zip(cells, w)) + " |").rstrip()

    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [rule, line(header), rule.replace("-", "=")]
    for r in rows:
        parts = [textwrap.wrap(c, x, break_long_words=False, break_on_hyphens=False) or [""]
                 for c, x in zip(r, w)]
        for k in range(max(len(p) for p in parts)):
            out.append(line([p[k] if k < len(p) else "" for p in parts]))
        out.append(rule)
    return out


def build_txt(path):
    out = []
    prev_bullet = False
    for bl in doc_c():
        bullet = bl[0] == "p" and "d" in bl[3]
        if prev_bullet and not bullet:
            out.append("")
        prev_bullet = bullet
        if bl[0] == "raw":
            out += [_nbsp(x) for x in bl[2]]
            out.append("")
            continue
        if bl[0] == "grid":
            out += _grid(bl[2], bl[3])
            out.append("")
            continue
        if bl[0] == "wtable":
            out += _wtable(bl[2], bl[3])
            out.append("")
            continue
        text, fmt = _nbsp(bl[2]), bl[3]
        if "c" in fmt:
            lines = [ln.center(WRAP).rstrip() for ln in _wrap(text, 64)]
            extra = [""]
        elif "d" in fmt:
            lines, extra = _wrap(text, WRAP, "  - ", "    "), []
        elif "h" in fmt:
            lines, extra = _wrap(text, WRAP), ([""] if "p" in fmt else [])
        else:
            lines, extra = _wrap(text, WRAP, "    ", ""), [""]
        if "n" in fmt:
            lines = [unicodedata.normalize("NFD", ln) for ln in lines]
        out += lines + extra
    while out and out[-1] == "":
        out.pop()
    out = [ln.rstrip() for ln in out]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOC_A))
    build_pdf(os.path.join(CORPUS, DOC_B))
    build_txt(os.path.join(CORPUS, DOC_C))
    for n in (DOC_A, DOC_B, DOC_C):
        print(n, os.path.getsize(os.path.join(CORPUS, n)))


if __name__ == "__main__":
    main()
