# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v9 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Lạc Nguyên, its xã and phường, all numbers, dates, phone numbers and people). Each
document is held as a small model: a list of blocks, every block carrying the gold section path of its text (used
by check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2026-ubnd-tinh-lac-nguyen-qd-219-kien-toan-bcd-cchc-cds.docx         Quyết định kiện toàn Ban Chỉ đạo,
                                                                          appendix: phân công nhiệm vụ thành viên
  B  2026-ubnd-tinh-lac-nguyen-qd-402-bo-tieu-chi-cham-diem-cap-xa.pdf    Quyết định + Bộ tiêu chí chấm điểm
                                                                          (criteria table over three pages)
  C  2026-so-noi-vu-lac-nguyen-to-trinh-96-khao-sat-hai-long.txt          Tờ trình with a comments table appended
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

DOC_A = "2026-ubnd-tinh-lac-nguyen-qd-219-kien-toan-bcd-cchc-cds.docx"
DOC_B = "2026-ubnd-tinh-lac-nguyen-qd-402-bo-tieu-chi-cham-diem-cap-xa.pdf"
DOC_C = "2026-so-noi-vu-lac-nguyen-to-trinh-96-khao-sat-hai-long.txt"

# Block kinds:
#   ("p", section, text, fmt)                 paragraph; fmt letters: b bold, i italic, c centre, d dash bullet,
#                                             + plus bullet, r right-aligned, 1 bold label before ". "
#   ("lh", zone, left_lines, right_lines)     two-column block (letterhead / signature); for a signature the
#                                             left lines are the "Nơi nhận" (closing) and the right the signature
#   ("mtable", section, header, rows)         A's member table: ("g", label, title) group rows; a row
#                                             [STT, member, [duty, ...], area] is section.<group>.<STT>; an area
#                                             None continues the merged (row-spanning) cell above it
#   ("ctable", section, header, rows)         B's criteria table: ("g", STT, title, points) lĩnh vực rows are
#                                             section.<STT>; a row [STT, title, points, how, proof] is
#                                             section.<STT> (STT "2.5.1" -> section.2.5.1); proof None continues
#                                             the merged cell above it
#   ("ttable", section, header, rows)         C's plain-text comments table; rows are section.<STT>
#   ("raw", zone, lines, pieces)              pre-set lines (plain-text letterhead / signature), gold pieces
#   ("break",)                                page break
P = lambda sec, text, fmt="": ("p", sec, text, fmt)
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# =========================================================================================================
# A. Quyết định 219/QĐ-UBND kiện toàn Ban Chỉ đạo CCHC và CĐS tỉnh Lạc Nguyên (Điều / khoản / điểm, "-"
#    bullets of members), signature, then PHỤ LỤC: a Word table assigning each member's duties, with group
#    rows I / II, duties as "-" lines inside the cell and a merged "Địa bàn theo dõi" cell.
# =========================================================================================================
A_HEAD = ["STT", "Thành viên Ban Chỉ đạo", "Nhiệm vụ được phân công", "Địa bàn theo dõi"]
TOAN_TINH = "Toàn tỉnh"
BAC = "Cụm các xã phía Bắc: xã Phiêng Lót, xã Bản Ngò, xã Pác Rằng"
NAM = "Cụm các xã phía Nam: xã Cẩm Vàn, xã Nậm Khiêu"
KHONG = "Không phân công địa bàn"
A_ROWS = [
    ("g", "I", "LÃNH ĐẠO BAN CHỈ ĐẠO"),
    ["1", "Ông Hà Quang Vịnh, Chủ tịch Ủy ban nhân dân tỉnh, Trưởng ban",
     ["Lãnh đạo, chỉ đạo toàn diện hoạt động của Ban Chỉ đạo; chủ trì các phiên họp định kỳ.",
      "Trực tiếp chỉ đạo cải thiện Chỉ số PCI và các nhiệm vụ chuyển đổi số có tính liên ngành."],
     TOAN_TINH],
    ["2", "Bà Đinh Thị Ngọc Trâm, Phó Chủ tịch Ủy ban nhân dân tỉnh, Phó Trưởng ban thường trực",
     ["Thay mặt Trưởng ban điều hành công việc thường xuyên của Ban Chỉ đạo; chủ trì phiên họp khi Trưởng ban "
      "vắng mặt.",
      "Chỉ đạo cải cách thủ tục hành chính, dịch vụ công trực tuyến, hoạt động của Trung tâm Phục vụ hành chính "
      "công tỉnh và Bộ phận Một cửa cấp xã.",
      "Ký các văn bản của Ban Chỉ đạo theo ủy quyền của Trưởng ban."],
     None],
    ["3", "Ông Lò Văn Thắm, Giám đốc Sở Nội vụ, Phó Trưởng ban",
     ["Giúp Trưởng ban theo dõi, đôn đốc công tác cải cách hành chính.",
      "Chủ trì xác định Chỉ số cải cách hành chính của các sở, ngành và Ủy ban nhân dân các xã, phường; tham "
      "mưu giải pháp cải thiện Chỉ số PAR INDEX và Chỉ số SIPAS.",
      "Chỉ đạo Tổ giúp việc chuẩn bị nội dung các phiên họp."],
     "Phường Hạ Quan, phường Đồi Sim"],
    ["4", "Ông Vi Minh Khoát, Giám đốc Sở Khoa học và Công nghệ, Phó Trưởng ban",
     ["Giúp Trưởng ban theo dõi, đôn đốc công tác chuyển đổi số.",
      "Chủ trì cải thiện Chỉ số DTI; vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh và nền tảng "
      "tích hợp, chia sẻ dữ liệu (LGSP).",
      "Chịu trách nhiệm bảo đảm an toàn thông tin mạng cho các hệ thống dùng chung của tỉnh."],
     "Toàn tỉnh (lĩnh vực chuyển đổi số)"],
    ("g", "II", "CÁC ỦY VIÊN"),
    ["5", "Bà Sầm Thị Hồng Nhung, Chánh Văn phòng Ủy ban nhân dân tỉnh",
     ["Theo dõi công tác kiểm soát thủ tục hành chính, tham mưu công bố danh mục thủ tục hành chính.",
      "Theo dõi Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực "
      "hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Bộ chỉ số 766)."],
     "Xã Khuổi Tát"],
    ["6", "Ông Hoàng Trọng Kha, Phó Giám đốc Sở Nội vụ, Ủy viên thường trực",
     ["Làm Tổ trưởng Tổ giúp việc; tổng hợp báo cáo quý, 6 tháng, năm của Ban Chỉ đạo.",
      "Tổ chức điều tra xã hội học phục vụ xác định Chỉ số cải cách hành chính và đo lường sự hài lòng năm 2026."],
     KHONG],
    ["7", "Bà Nông Thị Diệp, Giám đốc Sở Tư pháp",
     ["Theo dõi cải cách thể chế; rà soát văn bản quy phạm pháp luật có quy định thủ tục hành chính không còn "
      "phù hợp.",
      "Chỉ đạo số hóa sổ hộ tịch; hoàn thành số hóa dữ liệu hộ tịch còn lại trước ngày 30/9/2026."],
     BAC],
    ["8", "Ông Mã Văn Tuấn, Giám đốc Sở Tài chính",
     ["Theo dõi cải cách tài chính công; tham mưu bố trí kinh phí thực hiện nhiệm vụ cải cách hành chính và "
      "chuyển đổi số trong dự toán hằng năm.",
      "Giúp Trưởng ban theo dõi Chỉ số PCI; đôn đốc thanh toán phí, lệ phí không dùng tiền mặt."],
     None],
    ["9", "Ông Lương Đình Cẩn, Phó Giám đốc Công an tỉnh",
     ["Theo dõi thực hiện Đề án 06 trên địa bàn tỉnh; hỗ trợ cấp xã kích hoạt tài khoản định danh điện tử "
      "mức độ 2.",
      "Chủ trì liên thông nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em "
      "dưới 6 tuổi."],
     None],
    ["10", "Bà Triệu Thị Lụa, Giám đốc Trung tâm Phục vụ hành chính công tỉnh",
     ["Theo dõi tỷ lệ hồ sơ giải quyết đúng hạn và việc xin lỗi người dân khi giải quyết hồ sơ quá hạn.",
      "Hướng dẫn nghiệp vụ Bộ phận Một cửa và Khu vực tự phục vụ của các xã, phường."],
     NAM],
    ["11", "Ông Quách Văn Hưng, Giám đốc Bưu điện tỉnh",
     ["Tổ chức tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích.",
      "Tổ chức phát, thu phiếu khảo sát sự hài lòng năm 2026 theo hợp đồng với Sở Nội vụ; bố trí nhân viên "
      "bưu điện hỗ trợ tại Khu vực tự phục vụ."],
     None],
    ["12", "Ông Ma Văn Điệp, Giám đốc VNPT Lạc Nguyên",
     ["Bảo đảm đường truyền số liệu chuyên dùng đến 100% xã, phường; xử lý sự cố đường truyền trong 04 giờ.",
      "Hỗ trợ kỹ thuật cho Tổ công nghệ số cộng đồng."],
     KHONG],
    ["13", "Ông Vương Đức Thịnh, Chủ tịch Ủy ban nhân dân phường Hạ Quan",
     ["Đại diện cấp xã khu vực đô thị; thí điểm mô hình \"Bộ phận Một cửa không giấy\" tại phường Hạ Quan từ "
      "Quý II/2026, phối hợp với Sở Khoa học và Công nghệ."],
     "Phường Hạ Quan"],
    ["14", "Bà Lầu Thị Mỷ, Chủ tịch Ủy ban nhân dân xã Phiêng Lót",
     ["Đại diện cấp xã vùng cao; đề xuất giải pháp hỗ trợ người dân vùng khó khăn sử dụng dịch vụ công trực "
      "tuyến."],
     "Xã Phiêng Lót"],
    ["15", "Ông Tạ Quang Lợi, Phó Tổng Biên tập Báo và Phát thanh, Truyền hình Lạc Nguyên",
     ["Chỉ đạo thông tin, tuyên truyền về cải cách hành chính và chuyển đổi số; duy trì chuyên mục \"Chính quyền "
      "số vì dân\" phát sóng 02 số/tháng."],
     KHONG],
]


def doc_a():
    D1, D2, D3, D4, D5, D6 = "Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5", "Điều 6"
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH LẠC NGUYÊN", "Số: 219/QĐ-UBND"],
          MOTTO + ["Lạc Nguyên, ngày 10 tháng 02 năm 2026"]),
         P("header", "QUYẾT ĐỊNH", "bc"),
         P("header", "Về việc kiện toàn Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh Lạc Nguyên", "bc"),
         P("preamble", "ỦY BAN NHÂN DÂN TỈNH LẠC NGUYÊN", "bc"),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "i"),
         P("preamble", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình "
                       "tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;", "i"),
         P("preamble", "Căn cứ Quyết định số 88/QĐ-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh về việc "
                       "thành lập Ban Chỉ đạo cải cách hành chính tỉnh và Quyết định số 93/QĐ-UBND ngày 27 tháng 8 "
                       "năm 2025 của Ủy ban nhân dân tỉnh về việc thành lập Ban Chỉ đạo chuyển đổi số tỉnh;", "i"),
         P("preamble", "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 41/TTr-SNV ngày 03 tháng 02 năm 2026.",
           "i"),
         P("preamble", "QUYẾT ĐỊNH:", "bc"),
         # ---------------------------------------------------------------- Điều 1
         P(D1, "Điều 1. Kiện toàn Ban Chỉ đạo cải cách hành chính (CCHC) và chuyển đổi số (CĐS) tỉnh Lạc Nguyên "
               "(sau đây gọi tắt là Ban Chỉ đạo) trên cơ sở hợp nhất Ban Chỉ đạo cải cách hành chính tỉnh và Ban "
               "Chỉ đạo chuyển đổi số tỉnh, gồm 15 thành viên như sau:", "1"),
         P(D1 + ".1", "1. Trưởng ban: Ông Hà Quang Vịnh, Chủ tịch Ủy ban nhân dân tỉnh."),
         P(D1 + ".2", "2. Phó Trưởng ban thường trực: Bà Đinh Thị Ngọc Trâm, Phó Chủ tịch Ủy ban nhân dân tỉnh."),
         P(D1 + ".3", "3. Các Phó Trưởng ban:"),
         P(D1 + ".3", "Ông Lò Văn Thắm, Giám đốc Sở Nội vụ;", "d"),
         P(D1 + ".3", "Ông Vi Minh Khoát, Giám đốc Sở Khoa học và Công nghệ.", "d"),
         P(D1 + ".4", "4. Các Ủy viên:"),
         P(D1 + ".4", "Bà Sầm Thị Hồng Nhung, Chánh Văn phòng Ủy ban nhân dân tỉnh;", "d"),
         P(D1 + ".4", "Ông Hoàng Trọng Kha, Phó Giám đốc Sở Nội vụ, Ủy viên thường trực;", "d"),
         P(D1 + ".4", "Bà Nông Thị Diệp, Giám đốc Sở Tư pháp;", "d"),
         P(D1 + ".4", "Ông Mã Văn Tuấn, Giám đốc Sở Tài chính;", "d"),
         P(D1 + ".4", "Ông Lương Đình Cẩn, Phó Giám đốc Công an tỉnh;", "d"),
         P(D1 + ".4", "Bà Triệu Thị Lụa, Giám đốc Trung tâm Phục vụ hành chính công tỉnh;", "d"),
         P(D1 + ".4", "Ông Quách Văn Hưng, Giám đốc Bưu điện tỉnh;", "d"),
         P(D1 + ".4", "Ông Ma Văn Điệp, Giám đốc VNPT Lạc Nguyên;", "d"),
         P(D1 + ".4", "Ông Vương Đức Thịnh, Chủ tịch Ủy ban nhân dân phường Hạ Quan;", "d"),
         P(D1 + ".4", "Bà Lầu Thị Mỷ, Chủ tịch Ủy ban nhân dân xã Phiêng Lót;", "d"),
         P(D1 + ".4", "Ông Tạ Quang Lợi, Phó Tổng Biên tập Báo và Phát thanh, Truyền hình Lạc Nguyên.", "d"),
         # ---------------------------------------------------------------- Điều 2
         P(D2, "Điều 2. Nhiệm vụ, quyền hạn của Ban Chỉ đạo", "b"),
         P(D2 + ".1", "1. Giúp Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh nghiên cứu, chỉ đạo, điều phối "
                      "việc thực hiện các nhiệm vụ cải cách hành chính gắn với chuyển đổi số trên địa bàn tỉnh giai "
                      "đoạn 2026 - 2030."),
         P(D2 + ".2", "2. Chỉ đạo các sở, ban, ngành và Ủy ban nhân dân các xã, phường:"),
         P(D2 + ".2.a", "a) Xây dựng, ban hành và tổ chức thực hiện kế hoạch cải cách hành chính, kế hoạch chuyển "
                        "đổi số hằng năm bảo đảm đúng thời hạn;"),
         P(D2 + ".2.b", "b) Thực hiện các giải pháp cải thiện Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài "
                        "lòng về sự phục vụ hành chính (SIPAS), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số "
                        "hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) và Chỉ số chuyển đổi số cấp tỉnh "
                        "(DTI);"),
         P(D2 + ".2.c", "c) Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, số hóa hồ sơ, kết quả giải quyết "
                        "thủ tục hành chính (TTHC) và tái sử dụng dữ liệu đã số hóa."),
         P(D2 + ".3", "3. Kiểm tra, đôn đốc việc thực hiện nhiệm vụ CCHC, CĐS; mỗi năm trực tiếp làm việc với ít "
                      "nhất 12 xã, phường có kết quả Chỉ số cải cách hành chính năm trước thấp nhất. Sở Nội vụ chủ "
                      "trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh lập lịch làm việc của Ban Chỉ đạo, trình "
                      "Trưởng ban trước ngày 15/3 hằng năm."),
         P(D2 + ".4", "4. Đề xuất Chủ tịch Ủy ban nhân dân tỉnh khen thưởng tập thể, cá nhân có thành tích; kiến "
                      "nghị xem xét trách nhiệm người đứng đầu cơ quan, đơn vị để xảy ra chậm trễ, sai sót kéo dài "
                      "trong giải quyết TTHC."),
         P(D2 + ".5", "5. Trưởng ban được sử dụng con dấu của Chủ tịch Ủy ban nhân dân tỉnh; Ban Chỉ đạo được sử "
                      "dụng con dấu của Ủy ban nhân dân tỉnh trong khi thực hiện nhiệm vụ."),
         # ---------------------------------------------------------------- Điều 3
         P(D3, "Điều 3. Cơ quan thường trực, Tổ giúp việc và chế độ làm việc", "b"),
         P(D3 + ".1", "1. Sở Nội vụ là cơ quan thường trực của Ban Chỉ đạo về cải cách hành chính; Sở Khoa học và "
                      "Công nghệ là cơ quan thường trực của Ban Chỉ đạo về chuyển đổi số."),
         P(D3 + ".2", "2. Tổ giúp việc gồm 09 công chức của Sở Nội vụ, Sở Khoa học và Công nghệ, Văn phòng Ủy ban "
                      "nhân dân tỉnh và Trung tâm Phục vụ hành chính công tỉnh, do ông Hoàng Trọng Kha, Phó Giám "
                      "đốc Sở Nội vụ làm Tổ trưởng. Giám đốc Sở Nội vụ quyết định danh sách Tổ giúp việc trong thời "
                      "hạn 10 ngày làm việc kể từ ngày Quyết định này có hiệu lực."),
         P(D3 + ".3", "3. Ban Chỉ đạo họp định kỳ 06 tháng một lần, vào tháng 7 và tháng 12; họp đột xuất khi "
                      "Trưởng ban triệu tập. Các thành viên gửi báo cáo kết quả thực hiện nhiệm vụ được phân công "
                      "về Sở Nội vụ (qua Tổ giúp việc) hằng quý, trước ngày 18 của tháng cuối quý."),
         P(D3 + ".4", "4. Thành viên Ban Chỉ đạo và Tổ giúp việc làm việc theo chế độ kiêm nhiệm. Khi thành viên "
                      "thay đổi vị trí công tác, cơ quan của thành viên cử người thay thế và thông báo cho Sở Nội "
                      "vụ trong thời hạn 07 ngày làm việc."),
         # ---------------------------------------------------------------- Điều 4
         P(D4, "Điều 4. Phân công nhiệm vụ thành viên và kinh phí hoạt động", "b"),
         P(D4 + ".1", "1. Nhiệm vụ cụ thể và địa bàn theo dõi của từng thành viên thực hiện theo Phụ lục kèm theo "
                      "Quyết định này. Trong thời hạn 30 ngày kể từ ngày ký Quyết định, Trưởng ban ban hành Quy "
                      "chế hoạt động của Ban Chỉ đạo."),
         P(D4 + ".2", "2. Kinh phí hoạt động của Ban Chỉ đạo và Tổ giúp việc được bố trí trong dự toán chi thường "
                      "xuyên hằng năm của Sở Nội vụ; riêng hoạt động về chuyển đổi số bố trí trong dự toán của Sở "
                      "Khoa học và Công nghệ."),
         # ---------------------------------------------------------------- Điều 5, 6
         P(D5, "Điều 5. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 88/QĐ-UBND ngày 20 "
               "tháng 8 năm 2025 và Quyết định số 93/QĐ-UBND ngày 27 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh.",
           "1"),
         P(D6, "Điều 6. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Khoa học và Công "
               "nghệ, Thủ trưởng các cơ quan, đơn vị có liên quan và các thành viên có tên tại Điều 1 chịu trách "
               "nhiệm thi hành Quyết định này./.", "1"),
         ("lh", "signature",
          ["Nơi nhận:", "- Như Điều 6;", "- Bộ Nội vụ (b/c);", "- Bộ Khoa học và Công nghệ (b/c);",
           "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, NC."],
          ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hà Quang Vịnh"]),
         ("break",),
         # ---------------------------------------------------------------- Phụ lục
         P("Phụ lục", "PHỤ LỤC", "bc"),
         P("Phụ lục", "PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH VÀ CHUYỂN ĐỔI SỐ TỈNH", "bc"),
         P("Phụ lục", "(Kèm theo Quyết định số 219/QĐ-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh Lạc Nguyên)",
           "ic"),
         ("mtable", "Phụ lục", A_HEAD, A_ROWS),
         P("Phụ lục", "Ghi chú: Thành viên được phân công theo dõi địa bàn dự ít nhất 01 cuộc họp giao ban cải cách "
                      "hành chính của xã, phường được phân công trong mỗi 6 tháng và nêu kết quả theo dõi trong báo "
                      "cáo quý gửi Sở Nội vụ.", "i"),
         ]
    return b


# =========================================================================================================
# B. Quyết định 402/QĐ-UBND ban hành Bộ tiêu chí đánh giá, chấm điểm kết quả CCHC và CĐS của UBND các xã,
#    phường năm 2026: a one-page decision (Điều 1-3), then the Bộ tiêu chí: I. Quy định chung (1./a)),
#    II. the criteria table (decimal STT 1 / 1.1 / 1.1.1, lĩnh vực group rows, merged proof cells, header
#    repeated across pages), III. Tổ chức thực hiện ("-" bullets).
# =========================================================================================================
B_HEAD = ["STT", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Cách chấm điểm",
          "Tài liệu kiểm chứng"]
HT = "Trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh"
B_ROWS = [
    ("g", "1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "10"),
    ["1.1", "Ban hành kế hoạch CCHC năm 2026 đúng thời hạn", "2",
     "Ban hành trước ngày 31/01/2026: 2 điểm; ban hành sau thời hạn: 0 điểm", "Kế hoạch CCHC năm 2026 của xã"],
    ["1.2", "Mức độ hoàn thành kế hoạch CCHC", "3",
     "Hoàn thành 100%: 3 điểm; từ 80% đến dưới 100%: 2 điểm; dưới 80%: 0 điểm", "Báo cáo CCHC năm 2026"],
    ["1.3", "Báo cáo CCHC định kỳ (quý, 6 tháng, năm) đúng hạn, đủ nội dung", "2",
     "Đủ 04 báo cáo đúng hạn: 2 điểm; mỗi báo cáo chậm trừ 0,5 điểm", None],
    ["1.4", "Tuyên truyền CCHC, CĐS trên Trang thông tin điện tử và hệ thống truyền thanh của xã", "1",
     "Có tin, bài hằng tháng: 1 điểm; không đủ 12 tháng: 0 điểm", "Đường dẫn tin, bài; sổ theo dõi truyền thanh"],
    ["1.5", "Thực hiện nhiệm vụ Ủy ban nhân dân tỉnh, Ban Chỉ đạo giao", "2",
     "Hoàn thành đúng hạn 100% nhiệm vụ: 2 điểm; có nhiệm vụ quá hạn: 0 điểm",
     "Trích xuất Hệ thống quản lý văn bản và điều hành"],
    ("g", "2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "20"),
    ["2.1", "Công khai TTHC", "3", "", ""],
    ["2.1.1", "Niêm yết đầy đủ TTHC tại Bộ phận Một cửa", "1,5",
     "Đầy đủ, đúng quy định: 1,5 điểm; thiếu hoặc hết hiệu lực: 0 điểm", "Biên bản kiểm tra của Sở Nội vụ"],
    ["2.1.2", "Công khai TTHC trên Trang thông tin điện tử của xã", "1,5",
     "Đầy đủ, đúng quy định: 1,5 điểm; thiếu: 0 điểm", None],
    ["2.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "6",
     "Từ 98% trở lên: 6 điểm; từ 95% đến dưới 98%: 4 điểm; dưới 95%: 0 điểm", HT],
    ["2.3", "Xin lỗi người dân, tổ chức khi giải quyết hồ sơ quá hạn", "2",
     "100% hồ sơ quá hạn có văn bản xin lỗi: 2 điểm; dưới 100%: 0 điểm", None],
    ["2.4", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", "3",
     "Xử lý đúng hạn 100%: 3 điểm; có phản ánh quá hạn: 1 điểm", "Báo cáo của xã; dữ liệu Cổng Dịch vụ công"],
    ["2.5", "Số hóa hồ sơ, kết quả giải quyết TTHC", "6", "", ""],
    ["2.5.1", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", "3",
     "Từ 90% trở lên: 3 điểm; từ 70% đến dưới 90%: 1,5 điểm; dưới 70%: 0 điểm", HT],
    ["2.5.2", "Tỷ lệ kết quả giải quyết TTHC được số hóa, ký số", "3",
     "Từ 95% trở lên: 3 điểm; dưới 95%: 0 điểm", None],
    ("g", "3", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ", "8"),
    ["3.1", "Bố trí công chức theo vị trí việc làm được phê duyệt", "3",
     "Đúng vị trí việc làm: 3 điểm; có công chức bố trí sai: 0 điểm", "Quyết định phân công công chức"],
    ["3.2", "Chấp hành kỷ luật, kỷ cương hành chính", "3",
     "Không có công chức bị xử lý kỷ luật trong năm: 3 điểm; có: 0 điểm", "Báo cáo của xã; kết quả kiểm tra công vụ"],
    ["3.3", "Bồi dưỡng kỹ năng số cho cán bộ, công chức", "2",
     "Từ 90% cán bộ, công chức được tập huấn trở lên: 2 điểm; dưới 90%: 0 điểm", "Danh sách học viên"],
    ("g", "4", "CẢI CÁCH TÀI CHÍNH CÔNG", "5"),
    ["4.1", "Thu phí, lệ phí TTHC không dùng tiền mặt", "3",
     "Từ 50% số giao dịch trở lên: 3 điểm; dưới 50%: 1 điểm", "Báo cáo của Kho bạc; dữ liệu thanh toán"],
    ["4.2", "Công khai dự toán, quyết toán ngân sách xã đúng quy định", "2",
     "Công khai đúng, đủ: 2 điểm; không đúng: 0 điểm", "Văn bản công khai ngân sách"],
    ("g", "5", "DỊCH VỤ CÔNG TRỰC TUYẾN VÀ BỘ PHẬN MỘT CỬA", "18"),
    ["5.1", "Tỷ lệ hồ sơ nộp trực tuyến đối với dịch vụ công trực tuyến toàn trình và một phần", "6",
     "Từ 80% trở lên: 6 điểm; từ 60% đến dưới 80%: 4 điểm; từ 40% đến dưới 60%: 2 điểm; dưới 40%: 0 điểm", HT],
    ["5.2", "Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến", "3",
     "Từ 60% trở lên: 3 điểm; dưới 60%: 1 điểm", None],
    ["5.3", "Khu vực tự phục vụ có người hướng dẫn trong giờ hành chính", "3",
     "Có máy tính, máy quét và người hướng dẫn: 3 điểm; thiếu một trong các điều kiện: 0 điểm",
     "Biên bản kiểm tra của Trung tâm Phục vụ hành chính công tỉnh"],
    ["5.4", "Hoạt động của Tổ công nghệ số cộng đồng", "3",
     "100% thôn, tổ dân phố có Tổ hoạt động và báo cáo hằng tháng: 3 điểm; dưới 100%: 1 điểm",
     "Báo cáo tháng của các Tổ"],
    ["5.5", "Điểm đánh giá của xã theo Bộ chỉ số 766 trên Cổng Dịch vụ công", "3",
     "Từ 85 điểm trở lên: 3 điểm; từ 70 đến dưới 85 điểm: 1,5 điểm; dưới 70 điểm: 0 điểm",
     "Dữ liệu Cổng Dịch vụ công tại thời điểm 30/11/2026"],
    ("g", "6", "CHUYỂN ĐỔI SỐ", "14"),
    ["6.1", "Tỷ lệ văn bản đi được ký số (trừ văn bản mật)", "4",
     "Từ 98% trở lên: 4 điểm; từ 90% đến dưới 98%: 2 điểm; dưới 90%: 0 điểm",
     "Trích xuất Hệ thống quản lý văn bản và điều hành"],
    ["6.2", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", "3",
     "Từ 90% trở lên: 3 điểm; dưới 90%: 0 điểm", None],
    ["6.3", "Triển khai Đề án 06 tại cấp xã", "3", "", ""],
    ["6.3.1", "Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2", "2",
     "Từ 90% trở lên: 2 điểm; dưới 90%: 0 điểm", "Số liệu của Công an tỉnh"],
    ["6.3.2", "Sử dụng dữ liệu dân cư để giảm giấy tờ khi giải quyết TTHC", "1",
     "Có thực hiện: 1 điểm; không: 0 điểm", None],
    ["6.4", "Bảo đảm an toàn thông tin mạng", "2",
     "Không để xảy ra sự cố mất an toàn thông tin: 2 điểm; có sự cố: 0 điểm", "Báo cáo của Sở Khoa học và Công nghệ"],
    ["6.5", "Tổ chức họp trực tuyến, sử dụng nền tảng số trong điều hành", "2",
     "Có sử dụng thường xuyên: 2 điểm; không: 0 điểm", "Báo cáo của xã"],
    ("g", "7", "ĐIỂM ĐIỀU TRA XÃ HỘI HỌC", "25"),
    ["7.1", "Mức độ hài lòng của người dân, tổ chức về giải quyết TTHC tại Bộ phận Một cửa", "15",
     "Điểm = tỷ lệ hài lòng x 15", "Kết quả khảo sát sự hài lòng năm 2026 do Sở Nội vụ công bố"],
    ["7.2", "Mức độ hài lòng về dịch vụ công trực tuyến của xã", "10",
     "Điểm = tỷ lệ hài lòng x 10", None],
]


def doc_b():
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH LẠC NGUYÊN", "Số: 402/QĐ-UBND"],
          MOTTO + ["Lạc Nguyên, ngày 16 tháng 3 năm 2026"]),
         P("header", "QUYẾT ĐỊNH", "bc"),
         P("header", "Ban hành Bộ tiêu chí đánh giá, chấm điểm kết quả cải cách hành chính và chuyển đổi số của Ủy "
                     "ban nhân dân các xã, phường năm 2026", "bc"),
         P("preamble", "ỦY BAN NHÂN DÂN TỈNH LẠC NGUYÊN", "bc"),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "i"),
         P("preamble", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình "
                       "tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;", "i"),
         P("preamble", "Căn cứ Quyết định số 219/QĐ-UBND ngày 10 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh về việc "
                       "kiện toàn Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh Lạc Nguyên;", "i"),
         P("preamble", "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 77/TTr-SNV ngày 09 tháng 3 năm 2026.",
           "i"),
         P("preamble", "QUYẾT ĐỊNH:", "bc"),
         P("Điều 1", "Điều 1. Ban hành kèm theo Quyết định này Bộ tiêu chí đánh giá, chấm điểm kết quả cải cách "
                     "hành chính và chuyển đổi số của Ủy ban nhân dân các xã, phường năm 2026 (sau đây gọi là Bộ "
                     "tiêu chí).", "1"),
         P("Điều 2", "Điều 2. Tổ chức thực hiện", "b"),
         P("Điều 2.1", "1. Sở Nội vụ chủ trì hướng dẫn, theo dõi việc áp dụng Bộ tiêu chí; thành lập Hội đồng thẩm "
                       "định kết quả tự chấm điểm của các xã, phường."),
         P("Điều 2.2", "2. Sở Khoa học và Công nghệ cập nhật Bộ tiêu chí lên Phần mềm chấm điểm cải cách hành chính "
                       "của tỉnh, hoàn thành trước ngày 15/4/2026."),
         P("Điều 2.3", "3. Ủy ban nhân dân các xã, phường tự đánh giá, chấm điểm và chịu trách nhiệm về tính chính "
                       "xác của tài liệu kiểm chứng."),
         P("Điều 3", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám "
                     "đốc Sở Nội vụ, Giám đốc Sở Khoa học và Công nghệ, Chủ tịch Ủy ban nhân dân các xã, phường và "
                     "các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.", "1"),
         ("lh", "signature",
          ["Nơi nhận:", "- Như Điều 3;", "- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
           "- CT, các PCT UBND tỉnh;", "- Thành viên Ban Chỉ đạo CCHC và CĐS tỉnh;", "- Lưu: VT, NC."],
          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Thị Ngọc Trâm"]),
         ("break",),
         P("header", "BỘ TIÊU CHÍ", "bc"),
         P("header", "Đánh giá, chấm điểm kết quả cải cách hành chính và chuyển đổi số của Ủy ban nhân dân các xã, "
                     "phường năm 2026", "bc"),
         P("header", "(Ban hành kèm theo Quyết định số 402/QĐ-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh "
                     "Lạc Nguyên)", "ic"),
         P("I", "I. QUY ĐỊNH CHUNG", "b"),
         P("I.1", "1. Đối tượng áp dụng: Ủy ban nhân dân 58 xã, phường của tỉnh Lạc Nguyên (sau đây gọi chung là "
                  "cấp xã)."),
         P("I.2", "2. Thang điểm: tổng điểm tối đa là 100 điểm, gồm 75 điểm thẩm định kết quả tự đánh giá (lĩnh vực "
                  "1 đến lĩnh vực 6) và 25 điểm điều tra xã hội học (sau đây viết tắt là ĐTXHH, lĩnh vực 7). Điểm "
                  "ĐTXHH lấy từ kết quả khảo sát sự hài lòng năm 2026 do Sở Nội vụ tổ chức."),
         P("I.3", "3. Xếp loại kết quả:"),
         P("I.3.a", "a) Xuất sắc: từ 90 điểm trở lên;"),
         P("I.3.b", "b) Tốt: từ 80 điểm đến dưới 90 điểm;"),
         P("I.3.c", "c) Khá: từ 70 điểm đến dưới 80 điểm;"),
         P("I.3.d", "d) Trung bình: từ 50 điểm đến dưới 70 điểm;"),
         P("I.3.đ", "đ) Yếu: dưới 50 điểm. Xã có tỷ lệ hồ sơ giải quyết quá hạn trên 2% không được xếp loại Xuất "
                    "sắc dù đạt từ 90 điểm trở lên."),
         P("I.4", "4. Điểm trừ: trừ 02 điểm cho mỗi lần xã bị Ủy ban nhân dân tỉnh phê bình bằng văn bản về công tác "
                  "CCHC, CĐS trong năm, tổng điểm trừ không quá 06 điểm."),
         P("I.5", "5. Quy trình và thời gian:"),
         P("I.5.a", "a) Cấp xã tự chấm điểm, đính kèm tài liệu kiểm chứng trên Phần mềm chấm điểm cải cách hành "
                    "chính trước ngày 10/11/2026;"),
         P("I.5.b", "b) Hội đồng thẩm định do Giám đốc Sở Nội vụ làm Chủ tịch thẩm định điểm tự chấm từ ngày 11/11 "
                    "đến ngày 30/11/2026; cấp xã được giải trình một lần trong 03 ngày làm việc kể từ khi nhận kết "
                    "quả thẩm định sơ bộ;"),
         P("I.5.c", "c) Sở Nội vụ tổng hợp, trình Ủy ban nhân dân tỉnh công bố kết quả trước ngày 25/12/2026."),
         P("II", "II. BẢNG TIÊU CHÍ ĐÁNH GIÁ, CHẤM ĐIỂM", "b"),
         ("ctable", "II", B_HEAD, B_ROWS),
         P("II", "Tổng điểm tối đa: 100 điểm (lĩnh vực 1 đến lĩnh vực 6: 75 điểm; lĩnh vực 7: 25 điểm).", "i"),
         P("III", "III. TỔ CHỨC THỰC HIỆN", "b"),
         P("III.1", "1. Sở Nội vụ:"),
         P("III.1", "Hướng dẫn cấp xã tự chấm điểm trong tháng 4/2026; phối hợp với Sở Khoa học và Công nghệ tập "
                    "huấn sử dụng Phần mềm chấm điểm cho công chức đầu mối CCHC của 58 xã, phường;", "d"),
         P("III.1", "Chủ trì ĐTXHH, phối hợp với Bưu điện tỉnh phát, thu phiếu trong Quý III/2026.", "d"),
         P("III.2", "2. Sở Khoa học và Công nghệ cung cấp số liệu tiêu chí 6.1, 6.2 và 6.4 cho Hội đồng thẩm định "
                    "trước ngày 15/11/2026; phối hợp với VNPT Lạc Nguyên xử lý lỗi của Phần mềm chấm điểm trong "
                    "thời gian cấp xã tự chấm điểm."),
         P("III.3", "3. Trung tâm Phục vụ hành chính công tỉnh kiểm tra Khu vực tự phục vụ của cấp xã (tiêu chí "
                    "5.3) và cung cấp số liệu tiêu chí 2.2, 2.3, 5.1, 5.2 trích xuất từ Hệ thống thông tin giải "
                    "quyết TTHC tỉnh."),
         P("III.4", "4. Công an tỉnh cung cấp số liệu tiêu chí 6.3.1 tại thời điểm 31/10/2026."),
         P("III.5", "5. Ủy ban nhân dân các xã, phường giao công chức văn phòng làm đầu mối tự chấm điểm; phản ánh "
                    "vướng mắc về Sở Nội vụ (Phòng Cải cách hành chính) để được hướng dẫn."),
         ]
    return b


# =========================================================================================================
# C. Tờ trình 96/TTr-SNV of Sở Nội vụ asking the UBND tỉnh to issue the 2026 satisfaction-survey plan (draft
#    attached): "Kính gửi", I.-V. in capitals, 1./2., "5.1."-"5.4." with field lines, "+" bullets; closing,
#    Nơi nhận and signature; then a PHỤ LỤC comments table (tổng hợp, tiếp thu, giải trình ý kiến).
# =========================================================================================================
C_TABLE_HEAD = ["STT", "Cơ quan góp ý", "Nội dung góp ý", "Tiếp thu, giải trình"]
C_TABLE = [
    ["1", "Sở Tư pháp", "Đề nghị bổ sung căn cứ pháp lý về bảo vệ dữ liệu cá nhân của người trả lời phiếu.",
     "Tiếp thu: bổ sung vào mục Căn cứ và yêu cầu tại mục I.2 của dự thảo."],
    ["2", "Sở Tài chính", "Đề nghị tách chi phí hỗ trợ người trả lời phiếu khỏi chi phí thuê Bưu điện.",
     "Tiếp thu: dự thảo tách thành hai khoản tại mục IV của dự thảo."],
    ["3", "Sở Khoa học và Công nghệ", "Đề nghị khảo sát trực tuyến bằng mã QR gắn trên Cổng Dịch vụ công tỉnh.",
     "Tiếp thu: bổ sung hình thức khảo sát trực tuyến, tối đa 20% số phiếu."],
    ["4", "Trung tâm Phục vụ hành chính công tỉnh",
     "Đề nghị khảo sát cả người nộp hồ sơ trực tuyến không đến Trung tâm.",
     "Tiếp thu: danh sách chọn mẫu lấy cả hồ sơ trực tuyến."],
    ["5", "Bưu điện tỉnh", "Đề nghị kéo dài thời gian phát, thu phiếu đến hết tháng 8/2026.",
     "Không tiếp thu: giữ đến ngày 31/7/2026 để kịp tổng hợp điểm ĐTXHH cho Bộ tiêu chí."],
    ["6", "Công an tỉnh", "Đề nghị không thu thập số định danh cá nhân trên phiếu.",
     "Tiếp thu: phiếu chỉ ghi năm sinh, giới tính, xã nơi cư trú."],
    ["7", "UBND phường Hạ Quan", "Đề nghị tăng số phiếu của phường đông dân.",
     "Tiếp thu một phần: phường có trên 30.000 dân khảo sát 150 phiếu."],
    ["8", "UBND xã Phiêng Lót", "Đề nghị bố trí điều tra viên biết tiếng dân tộc tại xã vùng cao.",
     "Tiếp thu: Bưu điện tỉnh bố trí điều tra viên là người địa phương."],
    ["9", "UBND xã Bản Ngò", "Đề nghị phát phiếu vào ngày chợ phiên.", "Tiếp thu, đưa vào hướng dẫn điều tra."],
]


def doc_c():
    lh = ["UBND TỈNH LẠC NGUYÊN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "     SỞ NỘI VỤ                                Độc lập - Tự do - Hạnh phúc",
          "",
          "Số: 96/TTr-SNV                         Lạc Nguyên, ngày 24 tháng 3 năm 2026"]
    lh_pieces = ["UBND TỈNH LẠC NGUYÊN", "SỞ NỘI VỤ"] + MOTTO + \
                ["Số: 96/TTr-SNV", "Lạc Nguyên, ngày 24 tháng 3 năm 2026"]
    closing_lines = ["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Văn phòng UBND tỉnh;",
                     "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, CCHC."]
    sig = ["                                                             GIÁM ĐỐC",
           "",
           "                                                              (đã ký)",
           "",
           "                                                           Lò Văn Thắm"]
    b = [("raw", "header", lh, lh_pieces),
         P("header", "TỜ TRÌNH", "c"),
         P("header", "Về việc ban hành Kế hoạch khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự "
                     "phục vụ của cơ quan hành chính nhà nước tỉnh Lạc Nguyên năm 2026", "c"),
         P("header", "Kính gửi: Ủy ban nhân dân tỉnh Lạc Nguyên.", "c"),
         P("preamble", "Căn cứ Quyết định số 219/QĐ-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh về việc kiện toàn "
                       "Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh;"),
         P("preamble", "Căn cứ Quyết định số 402/QĐ-UBND ngày 16/3/2026 của Ủy ban nhân dân tỉnh ban hành Bộ tiêu chí "
                       "đánh giá, chấm điểm kết quả cải cách hành chính và chuyển đổi số của Ủy ban nhân dân các xã, "
                       "phường năm 2026 (sau đây gọi là Bộ tiêu chí 402);"),
         P("preamble", "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Kế hoạch khảo sát, đo lường sự "
                       "hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh năm "
                       "2026 (sau đây gọi là Kế hoạch khảo sát), cụ thể như sau:"),
         # ---------------------------------------------------------------- I
         P("I", "I. SỰ CẦN THIẾT BAN HÀNH KẾ HOẠCH"),
         P("I", "Năm 2025, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
                "(sau đây gọi là Chỉ số SIPAS) của tỉnh Lạc Nguyên đạt 84,12%, xếp thứ 21/34 tỉnh, thành phố, giảm "
                "03 bậc so với năm 2024. Cuộc khảo sát của tỉnh năm 2025 mới thực hiện ở cấp tỉnh với 5.100 phiếu, "
                "chưa có số liệu riêng của từng xã, phường sau sắp xếp."),
         P("I", "Bộ tiêu chí 402 dành 25 điểm cho ĐTXHH ở cấp xã, vì vậy cần một cuộc khảo sát thống nhất trên toàn "
                "tỉnh, có quy mô mẫu đủ để tính điểm cho từng xã, phường."),
         # ---------------------------------------------------------------- II
         P("II", "II. MỤC ĐÍCH, YÊU CẦU"),
         P("II.1", "1. Mục đích: đo lường khách quan mức độ hài lòng của người dân, tổ chức khi giải quyết TTHC ở "
                   "cấp tỉnh và cấp xã; lấy kết quả làm điểm ĐTXHH của Bộ tiêu chí 402 và làm căn cứ cải thiện Chỉ "
                   "số SIPAS năm 2026."),
         P("II.2", "2. Yêu cầu: chọn mẫu ngẫu nhiên từ danh sách hồ sơ đã giải quyết; không để công chức của cơ "
                   "quan được đánh giá phát phiếu; bảo đảm bí mật thông tin của người trả lời."),
         # ---------------------------------------------------------------- III
         P("III", "III. QUÁ TRÌNH XÂY DỰNG DỰ THẢO"),
         P("III", "Ngày 12/3/2026, Sở Nội vụ ban hành Công văn số 305/SNV-CCHC lấy ý kiến 12 sở, ngành và 58 xã, "
                  "phường đối với dự thảo Kế hoạch khảo sát. Đến ngày 20/3/2026, Sở Nội vụ nhận được 37 văn bản góp "
                  "ý; 28 đơn vị thống nhất với dự thảo, 09 đơn vị có ý kiến cụ thể. Sở Nội vụ đã tiếp thu, giải "
                  "trình tại Phụ lục kèm theo Tờ trình này."),
         # ---------------------------------------------------------------- IV
         P("IV", "IV. NỘI DUNG CHÍNH CỦA DỰ THẢO KẾ HOẠCH"),
         P("IV.1", "1. Phạm vi, đối tượng khảo sát"),
         P("IV.1", "Cấp tỉnh: 12 sở, ngành có TTHC và Trung tâm Phục vụ hành chính công tỉnh;", "+"),
         P("IV.1", "Cấp xã: 58 xã, phường;", "+"),
         P("IV.1", "Người trả lời: người dân, đại diện tổ chức đã nhận kết quả giải quyết TTHC từ ngày 01/7/2025 đến "
                   "ngày 30/4/2026.", "+"),
         P("IV.2", "2. Quy mô mẫu: tổng số 7.250 phiếu, trong đó cấp tỉnh 1.450 phiếu; cấp xã 5.800 phiếu (bình quân "
                   "100 phiếu mỗi xã, phường; phường có trên 30.000 dân khảo sát 150 phiếu)."),
         P("IV.3", "3. Hình thức khảo sát"),
         P("IV.3", "Phát phiếu trực tiếp tại nhà người dân qua mạng lưới Bưu điện tỉnh (chiếm phần lớn số phiếu);",
           "+"),
         P("IV.3", "Khảo sát trực tuyến bằng mã QR trên Cổng Dịch vụ công tỉnh (tối đa 20% số phiếu);", "+"),
         P("IV.3", "Phỏng vấn qua điện thoại đối với tổ chức, doanh nghiệp (tối đa 10% số phiếu).", "+"),
         P("IV.4", "4. Nội dung phiếu: 05 yếu tố gồm tiếp cận dịch vụ, thủ tục hành chính, công chức giải quyết "
                   "công việc, kết quả giải quyết và tiếp nhận, xử lý góp ý; riêng phiếu cấp xã có thêm 04 câu hỏi "
                   "về dịch vụ công trực tuyến để tính điểm tiêu chí 7.2 của Bộ tiêu chí 402."),
         P("IV.5", "5. Tiến độ thực hiện"),
         P("IV.5.1", "5.1. Chọn mẫu, in phiếu, tập huấn điều tra viên"),
         P("IV.5.1", "Đơn vị thực hiện: Sở Nội vụ; phối hợp: Trung tâm Phục vụ hành chính công tỉnh, Bưu điện tỉnh",
           "d"),
         P("IV.5.1", "Thời gian: tháng 5/2026", "d"),
         P("IV.5.2", "5.2. Phát, thu phiếu khảo sát"),
         P("IV.5.2", "Đơn vị thực hiện: Bưu điện tỉnh; phối hợp: Ủy ban nhân dân các xã, phường", "d"),
         P("IV.5.2", "Thời gian: từ ngày 01/6/2026 đến ngày 31/7/2026", "d"),
         P("IV.5.3", "5.3. Nhập, làm sạch dữ liệu và phúc tra 5% số phiếu"),
         P("IV.5.3", "Đơn vị thực hiện: Sở Nội vụ; phối hợp: Sở Khoa học và Công nghệ", "d"),
         P("IV.5.3", "Thời gian: tháng 8/2026", "d"),
         P("IV.5.4", "5.4. Báo cáo kết quả, công bố chỉ số hài lòng của từng cơ quan, từng xã, phường"),
         P("IV.5.4", "Đơn vị thực hiện: Sở Nội vụ trình Ủy ban nhân dân tỉnh; phối hợp: Văn phòng Ủy ban nhân dân "
                     "tỉnh", "d"),
         P("IV.5.4", "Thời gian: trước ngày 30/9/2026", "d"),
         P("IV.6", "6. Kinh phí: dự kiến 1.085 triệu đồng từ ngân sách tỉnh năm 2026, giao Sở Nội vụ dự toán; gồm:"),
         P("IV.6", "Thuê Bưu điện tỉnh phát, thu phiếu: 478 triệu đồng;", "+"),
         P("IV.6", "Hỗ trợ người trả lời phiếu 50.000 đồng/phiếu: 362,5 triệu đồng;", "+"),
         P("IV.6", "In phiếu, tập huấn, nhập và xử lý dữ liệu: 244,5 triệu đồng.", "+"),
         # ---------------------------------------------------------------- V
         P("V", "V. KIẾN NGHỊ"),
         P("V", "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh ban hành Kế hoạch khảo sát (dự thảo kèm theo) và giao Sở "
                "Tài chính thẩm định, bổ sung kinh phí cho Sở Nội vụ trước ngày 30/4/2026 để kịp triển khai từ "
                "tháng 5/2026."),
         # ---------------------------------------------------------------- closing / signature
         P("closing", "Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."),
         P("closing", "Đầu mối liên hệ: bà Phùng Thị Xoan, Trưởng phòng Cải cách hành chính, Sở Nội vụ, điện thoại "
                      "0209 3 846 275."),
         ("raw", "closing", closing_lines, closing_lines),
         ("raw", "signature", sig, ["GIÁM ĐỐC", "(đã ký)", "Lò Văn Thắm"]),
         # ---------------------------------------------------------------- Phụ lục
         P("Phụ lục", "PHỤ LỤC", "c"),
         P("Phụ lục", "TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý DỰ THẢO KẾ HOẠCH KHẢO SÁT", "c"),
         P("Phụ lục", "(Kèm theo Tờ trình số 96/TTr-SNV ngày 24/3/2026 của Sở Nội vụ)", "c"),
         ("ttable", "Phụ lục", C_TABLE_HEAD, C_TABLE),
         P("Phụ lục", "Các ý kiến khác (28 đơn vị) thống nhất với dự thảo, không có ý kiến bổ sung."),
         ]
    return b


def _filled(rows, col):
    """Rows with merged cells (None in column col) filled from the row above; group rows kept."""
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


def gold(doc):
    blocks = {DOC_A: doc_a, DOC_B: doc_b, DOC_C: doc_c}[doc]()
    out = []
    for bl in blocks:
        if bl[0] == "p":
            out.append((bl[1], bl[2]))
        elif bl[0] == "lh":
            if bl[1] == "signature":
                out += [("closing", t) for t in bl[2] if t]
                out += [("signature", t) for t in bl[3] if t]
            else:
                out += [(bl[1], t) for t in bl[2] + bl[3] if t]
        elif bl[0] == "raw":
            out += [(bl[1], t) for t in bl[3]]
        elif bl[0] == "mtable":
            out += [(bl[1], c) for c in bl[2]]
            grp = None
            for r in _filled(bl[3], 3):
                if isinstance(r, tuple):
                    grp = bl[1] + "." + r[1]
                    out += [(grp, r[1]), (grp, r[2])]
                else:
                    sec = grp + "." + r[0]
                    out += [(sec, r[0]), (sec, r[1])] + [(sec, "- " + t) for t in r[2]] + [(sec, r[3])]
        elif bl[0] == "ctable":
            out += [(bl[1], c) for c in bl[2]]
            for r in _filled(bl[3], 4):
                if isinstance(r, tuple):
                    sec = bl[1] + "." + r[1]
                    out += [(sec, r[1]), (sec, r[2]), (sec, r[3])]
                else:
                    sec = bl[1] + "." + r[0]
                    out += [(sec, c) for c in r if c]
        elif bl[0] == "ttable":
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out += [(bl[1] + "." + r[0], c) for c in r]
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
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    cp = d.core_properties
    cp.author, cp.title = "UBND tỉnh Lạc Nguyên", "Quyết định 219/QĐ-UBND kiện toàn Ban Chỉ đạo CCHC và CĐS"
    cp.created = cp.modified = datetime.datetime(2026, 2, 10, 16, 0, 0)
    cp.last_modified_by = "SNV"
    cp.revision = 1

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def two_col(left, right, widths, lf, rf):
        t = d.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for cell, lines, w, fmts in ((t.rows[0].cells[0], left, widths[0], lf),
                                     (t.rows[0].cells[1], right, widths[1], rf)):
            cell.width = w
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                f = fmts[k] if k < len(fmts) else fmts[-1]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if "c" in f else WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.bold = "b" in f
                r.italic = "i" in f
                r.font.size = Pt(13 if "s" not in f else 11)

    for bl in doc_a():
        if bl[0] == "lh" and bl[1] == "header":
            two_col(bl[2], bl[3], (Cm(6.3), Cm(9.7)), ["bc", "bc", "c"], ["bc", "bc", "ic"])
            d.add_paragraph()
        elif bl[0] == "lh":
            two_col(bl[2], bl[3], (Cm(8), Cm(8)), ["bis", "s"], ["bc"])
        elif bl[0] == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif bl[0] == "mtable":
            head, rows = bl[2], bl[3]
            t = d.add_table(rows=1 + len(rows), cols=4)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = (Cm(1.2), Cm(4.4), Cm(7.4), Cm(3.0))
            for j, txt in enumerate(head):
                c = t.rows[0].cells[j]
                c.width = widths[j]
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(txt)
                r.bold = True
                r.font.size = Pt(12)
                shade(c, "E8E8E8")
            # mark the header row to repeat on each page
            trPr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trPr.append(th)
            merges = []
            start = None
            for i, row in enumerate(rows, start=1):
                cells = t.rows[i].cells
                for j in range(4):
                    cells[j].width = widths[j]
                if isinstance(row, tuple):
                    p = cells[0].paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r = p.add_run(row[1])
                    r.bold = True
                    r.font.size = Pt(12)
                    p = cells[1].paragraphs[0]
                    r = p.add_run(row[2])
                    r.bold = True
                    r.font.size = Pt(12)
                    merges.append(("h", i))
                    start = None
                    continue
                stt, member, duties, area = row
                p = cells[0].paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(stt).font.size = Pt(12)
                cells[1].paragraphs[0].add_run(member).font.size = Pt(12)
                for k, duty in enumerate(duties):
                    p = cells[2].paragraphs[0] if k == 0 else cells[2].add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                    p.add_run("- " + duty).font.size = Pt(12)
                if area is not None:
                    p = cells[3].paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    p.add_run(area).font.size = Pt(12)
                    start = i
                else:
                    merges.append(("v", start, i))
            for m in merges:
                if m[0] == "h":
                    a = t.cell(m[1], 1)
                    a.merge(t.cell(m[1], 3))
                    shade(t.cell(m[1], 0), "F4F4F4")
                    shade(t.cell(m[1], 1), "F4F4F4")
            # vertical merges: group consecutive ("v", start, i) by start
            spans = {}
            for m in merges:
                if m[0] == "v":
                    spans[m[1]] = max(spans.get(m[1], m[1]), m[2])
            for s, e in spans.items():
                t.cell(s, 3).merge(t.cell(e, 3))
            d.add_paragraph()
        else:
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            if "c" in fmt:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif "r" in fmt:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.27)
            if "d" in fmt:
                text = "- " + text
            if "1" in fmt:
                head, rest = text.split(". ", 1)
                r = p.add_run(head + ". ")
                r.bold = True
                p.add_run(rest)
                continue
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2026, 2, 10, 16, 0, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-11)
            self.set_font("dv", "", 8)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 3, 16, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("UBND tỉnh Lạc Nguyên")
    pdf.set_title("Quyết định 402/QĐ-UBND năm 2026 - Bộ tiêu chí chấm điểm CCHC, CĐS cấp xã")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()

    def width():
        return pdf.w - pdf.l_margin - pdf.r_margin

    for bl in doc_b():
        W = width()
        if bl[0] == "lh" and bl[1] == "header":
            # letterhead drawn as lines: positioned cells and short rules, no table
            y0 = pdf.get_y()
            lw = 64
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 5.2 * k + (3 if k == 2 else 0))
                pdf.set_font("dv", "B" if k < 2 else "", 10)
                pdf.cell(lw, 5.2, line, align="C")
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + lw, y0 + 5.2 * k + (3 if k == 2 else 0))
                pdf.set_font("dv", "I" if k == 2 else "B", 10)
                pdf.cell(W - lw, 5.2, line, align="C")
            pdf.line(pdf.l_margin + 22, y0 + 10.9, pdf.l_margin + 42, y0 + 10.9)
            pdf.line(pdf.l_margin + lw + 32, y0 + 10.9, pdf.l_margin + lw + 80, y0 + 10.9)
            pdf.set_y(y0 + 5.2 * 3 + 9)
        elif bl[0] == "lh":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            y0 = pdf.get_y()
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 4.4 * k)
                pdf.set_font("dv", "B" if k == 0 else "", 9 if k else 10)
                pdf.cell(85, 4.4, line)
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + 85, y0 + 5.2 * k)
                pdf.set_font("dv", "B", 10.5)
                pdf.cell(W - 85, 5.2, line, align="C")
            pdf.set_y(y0 + max(5.2 * len(bl[3]), 4.4 * len(bl[2])) + 2)
        elif bl[0] == "break":
            pdf.add_page()
        elif bl[0] == "p":
            text, fmt = bl[2], bl[3]
            style = "B" if "b" in fmt else ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 12.5 if text in ("QUYẾT ĐỊNH", "BỘ TIÊU CHÍ") else 10.5)
            pdf.set_x(pdf.l_margin)
            if "d" in fmt:
                text = "- " + text
            if "c" in fmt:
                pdf.multi_cell(W, 5.6, text, align="C")
            elif "1" in fmt:
                head, rest = text.split(". ", 1)
                pdf.multi_cell(W, 5.6, "      **" + head + ".** " + rest, align="J", markdown=True)
            elif "b" in fmt:
                pdf.multi_cell(W, 5.6, "      " + text, align="L")
            else:
                pdf.multi_cell(W, 5.6, "      " + text, align="J")
            pdf.ln(1.2)
        elif bl[0] == "ctable":
            _, s, header, rows = bl
            pdf.set_font("dv", "", 8.6)
            head_style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
            g_style = FontFace(emphasis="BOLD", fill_color=(243, 243, 243))
            spans = {}
            for i, r in enumerate(rows):
                if isinstance(r, tuple) or r[4] is None:
                    continue
                n = 1
                while i + n < len(rows) and not isinstance(rows[i + n], tuple) and rows[i + n][4] is None:
                    n += 1
                spans[i] = n
            with pdf.table(col_widths=(13, 55, 15, 50, 42),
                           text_align=("CENTER", "LEFT", "CENTER", "LEFT", "LEFT"),
                           headings_style=head_style, line_height=4.6, v_align="MIDDLE",
                           repeat_headings=1) as table:
                hr = table.row()
                for c in header:
                    hr.cell(c)
                for i, r in enumerate(rows):
                    tr = table.row()
                    if isinstance(r, tuple):
                        tr.cell(r[1], style=g_style, align="CENTER")
                        tr.cell(r[2], style=g_style)
                        tr.cell(r[3], style=g_style, align="CENTER")
                        tr.cell("", style=g_style, colspan=2)
                        continue
                    for j, c in enumerate(r):
                        if c is None:
                            continue
                        if j == 4 and spans.get(i, 1) > 1:
                            tr.cell(c, rowspan=spans[i])
                        else:
                            tr.cell(c)
            pdf.ln(3)
    pdf.output(path)


def _wrap(text, width=80, first="", rest=""):
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


C_WIDTHS = (3, 16, 28, 30)


def _text_table(header, rows):
    rule = "+" + "+".join("-" * (w + 2) for w in C_WIDTHS) + "+"

    def lines_for(cells):
        wrapped = [_wrap(c, w) if c else [""] for c, w in zip(cells, C_WIDTHS)]
        n = max(len(x) for x in wrapped)
        out = []
        for k in range(n):
            parts = [(col[k] if k < len(col) else "").ljust(w) for col, w in zip(wrapped, C_WIDTHS)]
            out.append("| " + " | ".join(parts) + " |")
        return out

    out = [rule] + lines_for(header) + [rule.replace("-", "=")]
    for i, r in enumerate(rows):
        if i:
            out.append(rule)
        out += lines_for(r)
    out.append(rule)
    return out


def build_txt(path):
    out = []
    prev_bullet = False
    for bl in doc_c():
        bullet = bl[0] == "p" and ("+" in bl[3] or "d" in bl[3])
        if prev_bullet and not bullet:
            out.append("")
        prev_bullet = bullet
        if bl[0] == "raw":
            out += bl[2]
            out.append("")
        elif bl[0] == "ttable":
            out += _text_table(bl[2], bl[3])
            out.append("")
        else:
            text, fmt = bl[2], bl[3]
            if "c" in fmt:
                for ln in _wrap(text, 70):
                    out.append(ln.center(84).rstrip())
                out.append("")
            elif "+" in fmt:
                out += _wrap(text, 84, "    + ", "      ")
            elif "d" in fmt:
                out += _wrap(text, 84, "    - ", "      ")
            else:
                out += _wrap(text, 84, "    ", "")
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
