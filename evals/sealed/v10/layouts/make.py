# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v10 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Khánh Lam, its xã and phường, all numbers, dates, phone numbers and people). Each
document is held as a small model: a list of blocks, every block carrying the gold section path of its text (used
by check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2026-so-noi-vu-khanh-lam-ke-hoach-57-to-chuc-hoi-nghi-cong-bo-chi-so.docx
        Kế hoạch tổ chức Hội nghị (decimal 1./1.1./1.1.1., "•" bullets, agenda table, appendix table)
  B  2026-ubnd-tinh-khanh-lam-ke-hoach-18-ung-dung-cntt-cds-2026-2030.pdf
        Kế hoạch 5 năm ứng dụng CNTT, chính quyền số (A./I./1./a), budget table, appendix task table over pages)
  C  2026-ubnd-tinh-khanh-lam-cong-van-1146-chan-chinh-giai-quyet-tthc.txt
        Công văn chấn chỉnh, đôn đốc (numbered requests, deadlines, appendix list of xã)
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

DOC_A = "2026-so-noi-vu-khanh-lam-ke-hoach-57-to-chuc-hoi-nghi-cong-bo-chi-so.docx"
DOC_B = "2026-ubnd-tinh-khanh-lam-ke-hoach-18-ung-dung-cntt-cds-2026-2030.pdf"
DOC_C = "2026-ubnd-tinh-khanh-lam-cong-van-1146-chan-chinh-giai-quyet-tthc.txt"

# Block kinds:
#   ("p", section, text, fmt)            paragraph; fmt letters: b bold, i italic, c centre, o "•" bullet,
#                                        + plus bullet, d dash bullet, r right
#   ("lh", zone, left_lines, right_lines) two-part letterhead / signature block; for a signature the left lines
#                                        are the "Nơi nhận" (closing) and the right the signature
#   ("agenda", section, header, rows)    A's agenda table: ("g", title) unlabelled session rows (text in section);
#                                        [STT, time, content, who] rows are section.<STT>; who None continues the
#                                        merged (row-spanning) cell above
#   ("table", section, header, rows)     plain table, rows [STT, ...] are section.<STT>
#   ("gtable", section, header, rows)    B's task table: ("g", label, title) group rows are section.<label>; rows
#                                        [STT, ...] are section.<label>.<STT>; a None source continues the merged
#                                        cell above
#   ("btable", section, header, rows)    B's budget table; all its text belongs to section
#   ("break",)                           page break
P = lambda sec, text, fmt="": ("p", sec, text, fmt)
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def vn(n):
    """12345 -> '12.345' (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


# =========================================================================================================
# A. Kế hoạch 57/KH-SNV tổ chức Hội nghị công bố Chỉ số CCHC, SIPAS năm 2025 (Sở Nội vụ, 01/4/2026)
# =========================================================================================================
A_AGENDA_HEAD = ["STT", "Thời gian", "Nội dung", "Người/đơn vị thực hiện"]
A_AGENDA = [
    ("g", "PHIÊN THỨ NHẤT: CÔNG BỐ KẾT QUẢ CÁC CHỈ SỐ NĂM 2025"),
    ["1", "07 giờ 30 - 07 giờ 45", "Đón tiếp đại biểu; kiểm tra kết nối các điểm cầu",
     "Sở Nội vụ; Sở Khoa học và Công nghệ"],
    ["2", "07 giờ 45 - 07 giờ 55", "Tuyên bố lý do, giới thiệu đại biểu",
     "Bà Lục Thị Bảo Ngọc, Phó Giám đốc Sở Nội vụ"],
    ["3", "07 giờ 55 - 08 giờ 10", "Phát biểu khai mạc Hội nghị",
     "Ông Trịnh Bá Khang, Chủ tịch Ủy ban nhân dân tỉnh"],
    ["4", "08 giờ 10 - 08 giờ 35",
     "Công bố Quyết định số 615/QĐ-UBND ngày 27/3/2026 phê duyệt kết quả Chỉ số cải cách hành chính năm 2025 "
     "của các sở, ban, ngành và Ủy ban nhân dân các xã, phường",
     "Ông Kiều Văn Lộc, Giám đốc Sở Nội vụ"],
    ["5", "08 giờ 35 - 08 giờ 50",
     "Báo cáo kết quả đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2025 cấp tỉnh",
     None],
    ["6", "08 giờ 50 - 09 giờ 10", "Trao Giấy khen cho 05 sở, ngành và 06 xã, phường dẫn đầu Chỉ số cải cách "
     "hành chính năm 2025", "Lãnh đạo Ủy ban nhân dân tỉnh"],
    ["7", "09 giờ 10 - 09 giờ 25", "Nghỉ giải lao; trưng bày mô hình Khu vực tự phục vụ",
     "Trung tâm Phục vụ hành chính công tỉnh"],
    ("g", "PHIÊN THỨ HAI: THẢO LUẬN VÀ TRIỂN KHAI NHIỆM VỤ NĂM 2026"),
    ["8", "09 giờ 25 - 09 giờ 45",
     "Quán triệt Kế hoạch số 18/KH-UBND ngày 22/01/2026 về ứng dụng công nghệ thông tin, phát triển chính quyền "
     "số giai đoạn 2026 - 2030",
     "Ông Diệp Minh Trí, Giám đốc Sở Khoa học và Công nghệ"],
    ["9", "09 giờ 45 - 10 giờ 35", "Trình bày tham luận (theo Phụ lục kèm theo)",
     "Các đơn vị được phân công"],
    ["10", "10 giờ 35 - 11 giờ 05",
     "Giải trình của 03 xã có Chỉ số cải cách hành chính năm 2025 thấp nhất (xã Nà Lìu, xã Rẫy Mít, xã Khe Lau)",
     "Chủ tịch Ủy ban nhân dân 03 xã"],
    ["11", "11 giờ 05 - 11 giờ 25", "Phát biểu kết luận, chỉ đạo nhiệm vụ năm 2026",
     "Ông Trịnh Bá Khang, Chủ tịch Ủy ban nhân dân tỉnh"],
    ["12", "11 giờ 25 - 11 giờ 30", "Bế mạc Hội nghị", None],
]
A_TALK_HEAD = ["STT", "Đơn vị trình bày", "Chủ đề tham luận", "Thời lượng", "Hạn gửi bài"]
A_TALKS = [
    ["1", "Công an tỉnh", "Kết quả triển khai Đề án 06 và tái sử dụng dữ liệu dân cư trong giải quyết thủ tục "
     "hành chính", "10 phút", "09/4/2026"],
    ["2", "Sở Tư pháp", "Kinh nghiệm dẫn đầu Chỉ số cải cách hành chính năm 2025 khối sở, ngành", "07 phút",
     "09/4/2026"],
    ["3", "Trung tâm Phục vụ hành chính công tỉnh", "Giải pháp nâng tỷ lệ hồ sơ trực tuyến toàn trình và cải "
     "thiện Chỉ số SIPAS", "07 phút", "10/4/2026"],
    ["4", "Ủy ban nhân dân phường Tân Lam", "Mô hình \"Một cửa không chờ\" và Khu vực tự phục vụ tại phường",
     "07 phút", "10/4/2026"],
    ["5", "Ủy ban nhân dân xã Suối Mây", "Tổ công nghệ số cộng đồng hỗ trợ người dân vùng cao nộp hồ sơ trực "
     "tuyến", "07 phút", "10/4/2026"],
    ["6", "Hiệp hội Doanh nghiệp tỉnh", "Đánh giá của doanh nghiệp về thủ tục hành chính và Chỉ số PCI",
     "07 phút", "13/4/2026"],
]


def doc_a():
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN TỈNH KHÁNH LAM", "SỞ NỘI VỤ", "Số: 57/KH-SNV"],
          MOTTO + ["Khánh Lam, ngày 01 tháng 4 năm 2026"]),
         P("header", "KẾ HOẠCH", "bc"),
         P("header", "Tổ chức Hội nghị công bố Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân năm 2025 "
                     "và triển khai nhiệm vụ cải cách hành chính, chuyển đổi số năm 2026", "bc"),
         P("preamble", "Căn cứ Kế hoạch số 18/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân tỉnh về ứng dụng công "
                       "nghệ thông tin, phát triển chính quyền số và bảo đảm an toàn thông tin mạng giai đoạn "
                       "2026 - 2030;", "i"),
         P("preamble", "Căn cứ Quyết định số 615/QĐ-UBND ngày 27/3/2026 của Ủy ban nhân dân tỉnh phê duyệt kết quả "
                       "Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành và Ủy ban nhân dân các xã, "
                       "phường;", "i"),
         P("preamble", "Thực hiện ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh, Sở Nội vụ xây dựng Kế hoạch tổ "
                       "chức Hội nghị như sau:"),
         # ---------------------------------------------------------------- 1
         P("1", "1. MỤC ĐÍCH, YÊU CẦU", "b"),
         P("1.1", "1.1. Mục đích", "b"),
         P("1.1", "Công bố kết quả Chỉ số cải cách hành chính (CCHC) năm 2025 của các sở, ban, ngành và Ủy ban nhân "
                  "dân các xã, phường; kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của "
                  "cơ quan hành chính nhà nước (SIPAS) năm 2025.", "o"),
         P("1.1", "Đánh giá nguyên nhân các chỉ số thành phần giảm điểm; biểu dương tập thể dẫn đầu, phê bình "
                  "đơn vị xếp hạng cuối.", "o"),
         P("1.1", "Quán triệt nhiệm vụ chuyển đổi số (CĐS) năm 2026 theo Kế hoạch số 18/KH-UBND của Ủy ban nhân "
                  "dân tỉnh.", "o"),
         P("1.2", "1.2. Yêu cầu", "b"),
         P("1.2", "Hội nghị tổ chức trang trọng, tiết kiệm, đúng thời gian; tài liệu gửi đại biểu qua Hệ thống "
                  "quản lý văn bản và điều hành, không in sao giấy.", "o"),
         P("1.2", "Thủ trưởng các cơ quan, đơn vị dự Hội nghị trực tiếp, không cử cấp phó dự thay; trường hợp "
                  "vắng mặt phải báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15/4/2026.", "o"),
         # ---------------------------------------------------------------- 2
         P("2", "2. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC, THÀNH PHẦN", "b"),
         P("2.1", "2.1. Thời gian: 01 buổi, từ 07 giờ 30 phút, thứ Sáu, ngày 17/4/2026."),
         P("2.2", "2.2. Địa điểm: Hội trường Lam Giang, Trung tâm Hội nghị tỉnh (số 12 đường Lê Thánh Tông, phường "
                  "Bến Cói)."),
         P("2.3", "2.3. Hình thức: trực tiếp tại điểm cầu tỉnh, kết hợp trực tuyến đến 46 điểm cầu Ủy ban nhân dân "
                  "các xã, phường."),
         P("2.4", "2.4. Chủ trì: Ông Trịnh Bá Khang, Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo cải cách "
                  "hành chính và chuyển đổi số tỉnh."),
         P("2.5", "2.5. Thành phần", "b"),
         P("2.5.1", "2.5.1. Tại điểm cầu tỉnh:"),
         P("2.5.1", "Thành viên Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh;", "d"),
         P("2.5.1", "Giám đốc, Thủ trưởng các sở, ban, ngành; Giám đốc Trung tâm Phục vụ hành chính công tỉnh;", "d"),
         P("2.5.1", "Chủ tịch Ủy ban nhân dân 09 phường và 06 xã dẫn đầu, 03 xã xếp hạng cuối Chỉ số CCHC năm "
                    "2025;", "d"),
         P("2.5.1", "Đại diện Hiệp hội Doanh nghiệp tỉnh, Bưu điện tỉnh, Viettel Khánh Lam, VNPT Khánh Lam.", "d"),
         P("2.5.1", "Tổng số đại biểu dự kiến tại điểm cầu tỉnh: 160 người."),
         P("2.5.2", "2.5.2. Tại điểm cầu xã, phường: Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân xã, phường chủ trì; "
                    "công chức Bộ phận Một cửa, công chức văn phòng - thống kê và thành viên Tổ công nghệ số cộng "
                    "đồng."),
         # ---------------------------------------------------------------- 3
         P("3", "3. NỘI DUNG VÀ CHƯƠNG TRÌNH HỘI NGHỊ", "b"),
         P("3.1", "3.1. Nội dung chính", "b"),
         P("3.1", "Kết quả Chỉ số cải cách hành chính của tỉnh (PAR INDEX) năm 2025 đạt 87,64%, xếp thứ 12/34 "
                  "tỉnh, thành phố; Chỉ số SIPAS năm 2025 đạt 83,91%, xếp thứ 20/34.", "o"),
         P("3.1", "Kết quả Chỉ số CCHC năm 2025 cấp tỉnh: khối sở, ngành dẫn đầu là Sở Tư pháp (92,18%); khối xã, "
                  "phường dẫn đầu là phường Tân Lam (90,45%), thấp nhất là xã Nà Lìu (68,02%).", "o"),
         P("3.1", "Thảo luận giải pháp cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số hiệu quả quản "
                  "trị và hành chính công cấp tỉnh (PAPI) và Chỉ số chuyển đổi số (DTI) năm 2026.", "o"),
         P("3.2", "3.2. Chương trình Hội nghị", "b"),
         ("agenda", "3.2", A_AGENDA_HEAD, A_AGENDA),
         # ---------------------------------------------------------------- 4
         P("4", "4. PHÂN CÔNG NHIỆM VỤ", "b"),
         P("4.1", "4.1. Sở Nội vụ", "b"),
         P("4.1", "Là cơ quan thường trực tổ chức Hội nghị; xây dựng báo cáo kết quả Chỉ số CCHC và SIPAS năm "
                  "2025, trình Chủ tịch Ủy ban nhân dân tỉnh trước ngày 10/4/2026.", "o"),
         P("4.1", "Phát hành giấy mời, tổng hợp danh sách đại biểu trước ngày 13/4/2026; chuẩn bị Giấy khen và "
                  "kịch bản điều hành Hội nghị.", "o"),
         P("4.1", "Tổng hợp ý kiến tại Hội nghị, dự thảo Thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh trong "
                  "05 ngày làm việc sau Hội nghị.", "o"),
         P("4.2", "4.2. Văn phòng Ủy ban nhân dân tỉnh", "b"),
         P("4.2", "Phối hợp Sở Nội vụ chuẩn bị bài phát biểu khai mạc, kết luận của Chủ tịch Ủy ban nhân dân tỉnh; "
                  "bố trí lịch làm việc của lãnh đạo tỉnh.", "o"),
         P("4.2", "Cung cấp số liệu giải quyết hồ sơ thủ tục hành chính (TTHC) quý I/2026 trích xuất từ Hệ thống "
                  "thông tin giải quyết TTHC tỉnh, gửi Sở Nội vụ trước ngày 08/4/2026.", "o"),
         P("4.3", "4.3. Sở Khoa học và Công nghệ", "b"),
         P("4.3", "Chủ trì bảo đảm hạ tầng kết nối trực tuyến từ điểm cầu tỉnh đến 46 điểm cầu xã, phường; phối "
                  "hợp VNPT Khánh Lam chạy thử kết nối vào 14 giờ 00 ngày 16/4/2026.", "o"),
         P("4.3", "Chuẩn bị nội dung quán triệt Kế hoạch số 18/KH-UBND và kết quả Chỉ số DTI năm 2025.", "o"),
         P("4.4", "4.4. Trung tâm Phục vụ hành chính công tỉnh", "b"),
         P("4.4", "Trưng bày mô hình Khu vực tự phục vụ (máy tra cứu, máy lấy số, ki-ốt nộp hồ sơ) tại sảnh Hội "
                  "trường; hoàn thành lắp đặt trước 17 giờ 00 ngày 16/4/2026.", "o"),
         P("4.5", "4.5. Báo và Phát thanh, Truyền hình Khánh Lam", "b"),
         P("4.5", "Cử phóng viên đưa tin; phát sóng phóng sự về Hội nghị trong chương trình thời sự tối ngày "
                  "17/4/2026.", "o"),
         P("4.6", "4.6. Ủy ban nhân dân các xã, phường", "b"),
         P("4.6", "Bố trí phòng họp trực tuyến, cử công chức kỹ thuật trực tại điểm cầu từ 07 giờ 00 ngày "
                  "17/4/2026.", "o"),
         P("4.6", "Xã Nà Lìu, xã Rẫy Mít, xã Khe Lau chuẩn bị báo cáo giải trình (tối đa 04 trang), gửi Sở Nội vụ "
                  "trước ngày 14/4/2026.", "o"),
         # ---------------------------------------------------------------- 5
         P("5", "5. KINH PHÍ", "b"),
         P("5", "Kinh phí tổ chức Hội nghị là 68,5 triệu đồng, từ nguồn kinh phí cải cách hành chính năm 2026 đã "
                "giao Sở Nội vụ; thanh quyết toán theo quy định."),
         P("closing", "Trên đây là Kế hoạch tổ chức Hội nghị công bố Chỉ số cải cách hành chính, Chỉ số hài lòng của "
                      "người dân năm 2025. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn "
                      "vị liên hệ Sở Nội vụ (bà Văn Thị Kim Oanh, Phòng Cải cách hành chính, điện thoại 0259 3 741 "
                      "806) để phối hợp giải quyết./."),
         ("lh", "signature",
          ["Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh (b/c);", "- Thành viên BCĐ CCHC và CĐS tỉnh;",
           "- Các sở, ban, ngành;", "- UBND các xã, phường;", "- Lưu: VT, CCHC."],
          ["GIÁM ĐỐC", "", "", "Kiều Văn Lộc"]),
         ("break",),
         P("Phụ lục", "PHỤ LỤC", "bc"),
         P("Phụ lục", "DANH SÁCH THAM LUẬN TẠI HỘI NGHỊ", "bc"),
         P("Phụ lục", "(Kèm theo Kế hoạch số 57/KH-SNV ngày 01/4/2026 của Sở Nội vụ)", "ic"),
         ("table", "Phụ lục", A_TALK_HEAD, A_TALKS),
         P("Phụ lục", "Bài tham luận gửi bản điện tử về Sở Nội vụ qua Hệ thống quản lý văn bản và điều hành; trình "
                      "chiếu không quá 10 trang.", "i"),
         ]
    return b


# =========================================================================================================
# B. Kế hoạch 18/KH-UBND ứng dụng CNTT, phát triển chính quyền số 2026 - 2030 (UBND tỉnh, 22/01/2026)
# =========================================================================================================
B_BUDGET_HEAD = ["Năm", "Ngân sách trung ương", "Ngân sách tỉnh", "Ngân sách cấp xã", "Nguồn hợp pháp khác",
                 "Tổng cộng"]
B_BUDGET = [  # triệu đồng
    ["2026", 12500, 48300, 6200, 3000],
    ["2027", 15000, 52600, 6800, 3500],
    ["2028", 10000, 44900, 7100, 4000],
    ["2029", 8000, 39700, 7400, 4500],
    ["2030", 6000, 35200, 7500, 5000],
]
B_TASK_HEAD = ["STT", "Tên nhiệm vụ, dự án", "Đơn vị thực hiện", "Thời gian thực hiện",
               "Kinh phí dự kiến (triệu đồng)", "Nguồn vốn"]
NS_TINH = "Ngân sách tỉnh"
B_TASKS = [
    ("g", "I", "HẠ TẦNG SỐ"),
    ["1", "Nâng cấp Trung tâm dữ liệu tỉnh theo mô hình điện toán đám mây", "Sở Khoa học và Công nghệ",
     "2026 - 2027", "38.500", "Ngân sách trung ương hỗ trợ và ngân sách tỉnh"],
    ["2", "Mở rộng mạng truyền số liệu chuyên dùng cấp II đến 100% thôn, bản có nhà văn hóa",
     "Sở Khoa học và Công nghệ; VNPT Khánh Lam", "2026 - 2028", "9.600", NS_TINH],
    ["3", "Trang bị thiết bị họp trực tuyến cho 46 xã, phường", "Văn phòng Ủy ban nhân dân tỉnh", "2026",
     "5.520", None],
    ["4", "Phủ sóng di động 4G/5G tại các thôn, bản vùng lõm sóng", "Viettel Khánh Lam; VNPT Khánh Lam",
     "2026 - 2029", "Doanh nghiệp tự đầu tư", "Nguồn hợp pháp khác"],
    ("g", "II", "DỮ LIỆU SỐ"),
    ["5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn (giai đoạn trước năm 2025)",
     "Sở Khoa học và Công nghệ; các sở, ngành; Ủy ban nhân dân các xã, phường", "2026 - 2027", "14.200",
     "Ngân sách tỉnh và ngân sách cấp xã"],
    ["6", "Số hóa sổ hộ tịch, cơ sở dữ liệu hộ tịch điện tử", "Sở Tư pháp", "2026", "4.800", NS_TINH],
    ["7", "Xây dựng Kho dữ liệu dùng chung của tỉnh và nền tảng tích hợp, chia sẻ dữ liệu (LGSP) phiên bản 3.0",
     "Sở Khoa học và Công nghệ", "2026 - 2028", "21.000", None],
    ["8", "Làm sạch, đồng bộ dữ liệu dân cư với dữ liệu chuyên ngành (Đề án 06)", "Công an tỉnh",
     "2026 - 2030", "6.500", None],
    ["9", "Cơ sở dữ liệu đất đai dùng chung, kết nối với Cơ sở dữ liệu quốc gia về đất đai",
     "Sở Nông nghiệp và Môi trường", "2027 - 2030", "45.000", "Ngân sách trung ương hỗ trợ và ngân sách tỉnh"],
    ("g", "III", "ỨNG DỤNG, DỊCH VỤ SỐ"),
    ["10", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, tích hợp thanh toán trực tuyến và "
     "ký số cho người dân", "Văn phòng Ủy ban nhân dân tỉnh", "2026 - 2027", "12.800", NS_TINH],
    ["11", "Trang bị Khu vực tự phục vụ tại Bộ phận Một cửa của 46 xã, phường", "Trung tâm Phục vụ hành chính "
     "công tỉnh", "2026 - 2027", "11.960", None],
    ["12", "Trung tâm giám sát, điều hành thông minh (IOC) giai đoạn 2", "Sở Khoa học và Công nghệ",
     "2027 - 2029", "32.000", None],
    ["13", "Ứng dụng trợ lý ảo hỗ trợ hướng dẫn thủ tục hành chính trên Cổng Dịch vụ công tỉnh",
     "Văn phòng Ủy ban nhân dân tỉnh", "2027", "3.600", None],
    ["14", "Hệ thống đánh giá sự hài lòng theo thời gian thực tại Bộ phận Một cửa các cấp", "Sở Nội vụ",
     "2026", "2.400", None],
    ("g", "IV", "NHÂN LỰC SỐ VÀ AN TOÀN THÔNG TIN"),
    ["15", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, công chức Bộ phận Một cửa", "Sở Nội vụ",
     "Hằng năm", "1.200/năm", NS_TINH],
    ["16", "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng", "Sở Khoa học và Công nghệ",
     "Hằng năm", "900/năm", "Ngân sách tỉnh và ngân sách cấp xã"],
    ["17", "Giám sát an toàn thông tin (SOC) cho hệ thống dùng chung của tỉnh", "Sở Khoa học và Công nghệ",
     "2026 - 2030", "7.500", NS_TINH],
    ["18", "Diễn tập thực chiến an toàn thông tin mạng cấp tỉnh", "Công an tỉnh; Sở Khoa học và Công nghệ",
     "02 năm/lần", "850/lần", None],
]
B_TARGET_HEAD = ["STT", "Chỉ tiêu", "2026", "2027", "2028", "2029", "2030"]
B_TARGETS = [
    ["1", "Tỷ lệ hồ sơ TTHC nộp trực tuyến (%)", "65", "70", "74", "77", "80"],
    ["2", "Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa (%)", "90", "95", "100", "100", "100"],
    ["3", "Tỷ lệ thanh toán trực tuyến phí, lệ phí (%)", "55", "60", "65", "70", "75"],
    ["4", "Chỉ số SIPAS của tỉnh (%)", "85", "86", "88", "89", "90"],
    ["5", "Thứ hạng Chỉ số DTI của tỉnh (nhóm)", "Trung bình khá", "Khá", "Khá", "Tốt", "Tốt"],
    ["6", "Số xã, phường có Khu vực tự phục vụ", "20", "46", "46", "46", "46"],
]


def b_budget_rows():
    rows = []
    tot = [0, 0, 0, 0]
    for r in B_BUDGET:
        vals = r[1:]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([r[0]] + [vn(v) for v in vals] + [vn(sum(vals))])
    rows.append(["Tổng cộng"] + [vn(v) for v in tot] + [vn(sum(tot))])
    return rows, sum(tot)


def doc_b():
    A_, B_, C_, D_, E_ = "A", "B", "C", "D", "E"
    rows, total = b_budget_rows()
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH LAM", "Số: 18/KH-UBND"],
          MOTTO + ["Khánh Lam, ngày 22 tháng 01 năm 2026"]),
         P("header", "KẾ HOẠCH", "bc"),
         P("header", "Ứng dụng công nghệ thông tin, phát triển chính quyền số và bảo đảm an toàn thông tin mạng "
                     "trong hoạt động của cơ quan nhà nước tỉnh Khánh Lam giai đoạn 2026 - 2030", "bc"),
         P("preamble", "Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;", "i"),
         P("preamble", "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ "
                       "tục hành chính trên môi trường điện tử;", "i"),
         P("preamble", "Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt "
                       "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển "
                       "đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (sau đây gọi là Đề án 06);",
           "i"),
         P("preamble", "Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
                       "ứng dụng công nghệ thông tin (CNTT), phát triển chính quyền số giai đoạn 2026 - 2030 như "
                       "sau:"),
         # ---------------------------------------------------------------- A
         P(A_, "A. ĐÁNH GIÁ HIỆN TRẠNG GIAI ĐOẠN 2021 - 2025", "b"),
         P(A_ + ".I", "I. KẾT QUẢ ĐẠT ĐƯỢC", "b"),
         P(A_ + ".I.1", "1. Hạ tầng kỹ thuật: 100% xã, phường kết nối mạng truyền số liệu chuyên dùng; Trung tâm "
                        "dữ liệu tỉnh vận hành 64 máy chủ ảo, lưu trữ dữ liệu của 58 hệ thống thông tin."),
         P(A_ + ".I.2", "2. Dịch vụ công trực tuyến: năm 2025 tỷ lệ hồ sơ TTHC nộp trực tuyến đạt 61,4%; tỷ lệ "
                        "số hóa hồ sơ, kết quả giải quyết TTHC đạt 78,2%; 1.126 TTHC được cung cấp dịch vụ công "
                        "trực tuyến toàn trình."),
         P(A_ + ".I.3", "3. Xếp hạng: Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2024 của tỉnh xếp thứ 17/34; Chỉ "
                        "số cải cách hành chính (PAR INDEX) năm 2024 xếp thứ 15/34."),
         P(A_ + ".II", "II. TỒN TẠI, HẠN CHẾ", "b"),
         P(A_ + ".II", "Tỷ lệ hồ sơ trực tuyến tại cấp xã vùng cao mới đạt 38,6%; nhiều người dân chưa có tài "
                       "khoản định danh điện tử mức độ 2.", "d"),
         P(A_ + ".II", "Hệ thống thông tin của các sở, ngành chưa kết nối đầy đủ với nền tảng LGSP; dữ liệu "
                       "chuyên ngành còn phân tán.", "d"),
         P(A_ + ".II", "Nhân lực chuyên trách CNTT cấp xã thiếu; 19/46 xã, phường chưa có công chức có trình độ "
                       "đại học chuyên ngành CNTT.", "d"),
         # ---------------------------------------------------------------- B
         P(B_, "B. MỤC TIÊU", "b"),
         P(B_ + ".I", "I. MỤC TIÊU TỔNG QUÁT", "b"),
         P(B_ + ".I", "Phát triển chính quyền số dựa trên dữ liệu, phục vụ người dân, doanh nghiệp trên môi trường "
                      "số; đưa Chỉ số DTI của tỉnh vào nhóm Tốt trước năm 2030."),
         P(B_ + ".II", "II. MỤC TIÊU CỤ THỂ ĐẾN NĂM 2030", "b"),
         P(B_ + ".II.1", "1. Về chính quyền số", "b"),
         P(B_ + ".II.1", "100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình;", "+"),
         P(B_ + ".II.1", "Tỷ lệ hồ sơ TTHC nộp trực tuyến đạt 80%; 100% hồ sơ, kết quả giải quyết TTHC được số "
                         "hóa (chỉ tiêu từng năm tại Phụ lục II);", "+"),
         P(B_ + ".II.1", "100% xã, phường có Khu vực tự phục vụ tại Bộ phận Một cửa.", "+"),
         P(B_ + ".II.2", "2. Về dữ liệu số", "b"),
         P(B_ + ".II.2", "100% cơ sở dữ liệu chuyên ngành của tỉnh kết nối, chia sẻ qua nền tảng LGSP;", "+"),
         P(B_ + ".II.2", "Người dân không phải cung cấp lại thông tin, giấy tờ đã có trong cơ sở dữ liệu khi thực "
                         "hiện TTHC.", "+"),
         P(B_ + ".II.3", "3. Về an toàn thông tin", "b"),
         P(B_ + ".II.3", "100% hệ thống thông tin được phê duyệt cấp độ an toàn và giám sát 24/7.", "+"),
         # ---------------------------------------------------------------- C
         P(C_, "C. NHIỆM VỤ, GIẢI PHÁP", "b"),
         P(C_ + ".I", "I. NHIỆM VỤ", "b"),
         P(C_ + ".I.1", "1. Phát triển hạ tầng số", "b"),
         P(C_ + ".I.1.a", "a) Nâng cấp Trung tâm dữ liệu tỉnh theo mô hình điện toán đám mây, bảo đảm dự phòng "
                          "cho các hệ thống dùng chung. Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Tài chính; "
                          "thời gian: 2026 - 2027."),
         P(C_ + ".I.1.b", "b) Trang bị thiết bị họp trực tuyến cho 46 xã, phường, kết nối thông suốt với điểm "
                          "cầu tỉnh. Văn phòng Ủy ban nhân dân tỉnh chủ trì; hoàn thành trong năm 2026."),
         P(C_ + ".I.2", "2. Phát triển dữ liệu số", "b"),
         P(C_ + ".I.2.a", "a) Số hóa hồ sơ, kết quả giải quyết TTHC còn tồn của giai đoạn trước năm 2025; tái sử "
                          "dụng kết quả số hóa khi giải quyết TTHC. Sở Khoa học và Công nghệ chủ trì, phối hợp Văn "
                          "phòng Ủy ban nhân dân tỉnh và Ủy ban nhân dân các xã, phường; thời gian: 2026 - 2027."),
         P(C_ + ".I.2.b", "b) Triển khai Đề án 06: làm sạch dữ liệu dân cư, đồng bộ với dữ liệu hộ tịch, bảo hiểm, "
                          "đất đai; hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2. Công an tỉnh "
                          "chủ trì; Sở Tư pháp, Bảo hiểm xã hội tỉnh phối hợp; thực hiện hằng năm."),
         P(C_ + ".I.2.c", "c) Xây dựng Kho dữ liệu dùng chung của tỉnh; ban hành danh mục dữ liệu mở trước ngày "
                          "30/6/2026. Sở Khoa học và Công nghệ chủ trì."),
         P(C_ + ".I.3", "3. Phát triển ứng dụng, dịch vụ số", "b"),
         P(C_ + ".I.3.a", "a) Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, tích hợp thanh toán trực tuyến, ký "
                          "số miễn phí cho người dân. Văn phòng Ủy ban nhân dân tỉnh chủ trì, Sở Khoa học và Công "
                          "nghệ phối hợp; thời gian: 2026 - 2027."),
         P(C_ + ".I.3.b", "b) Trang bị Khu vực tự phục vụ tại Bộ phận Một cửa của 46 xã, phường: 20 xã, phường "
                          "trong năm 2026, các xã, phường còn lại trong năm 2027. Trung tâm Phục vụ hành chính công "
                          "tỉnh chủ trì, Ủy ban nhân dân các xã, phường phối hợp."),
         P(C_ + ".I.3.c", "c) Triển khai hệ thống đánh giá sự hài lòng theo thời gian thực tại Bộ phận Một cửa các "
                          "cấp, phục vụ đo lường Chỉ số SIPAS. Sở Nội vụ chủ trì; thời gian: năm 2026."),
         P(C_ + ".I.4", "4. Phát triển nhân lực số", "b"),
         P(C_ + ".I.4.a", "a) Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, ưu tiên công chức Bộ phận Một "
                          "cửa, tối thiểu 01 lớp/năm cho mỗi cụm xã. Sở Nội vụ chủ trì, phối hợp Sở Khoa học và "
                          "Công nghệ; thực hiện hằng năm."),
         P(C_ + ".I.4.b", "b) Duy trì Tổ công nghệ số cộng đồng tại 100% thôn, bản, tổ dân phố; tập huấn cho "
                          "thành viên 02 lần/năm. Sở Khoa học và Công nghệ chủ trì, Tỉnh đoàn phối hợp."),
         P(C_ + ".I.5", "5. Bảo đảm an toàn thông tin mạng", "b"),
         P(C_ + ".I.5", "Giám sát an toàn thông tin tập trung (SOC) cho hệ thống dùng chung; diễn tập thực chiến "
                        "an toàn thông tin 02 năm/lần. Sở Khoa học và Công nghệ chủ trì, Công an tỉnh phối hợp."),
         P(C_ + ".II", "II. GIẢI PHÁP", "b"),
         P(C_ + ".II", "Gắn trách nhiệm người đứng đầu với kết quả Chỉ số DTI, Chỉ số CCHC của cơ quan, đơn vị.",
           "+"),
         P(C_ + ".II", "Ưu tiên bố trí ngân sách; huy động doanh nghiệp viễn thông đầu tư hạ tầng theo hình thức "
                       "thuê dịch vụ CNTT.", "+"),
         P(C_ + ".II", "Đẩy mạnh truyền thông, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.", "+"),
         # ---------------------------------------------------------------- D
         P(D_, "D. KINH PHÍ THỰC HIỆN", "b"),
         P(D_ + ".1", "1. Nguồn kinh phí: ngân sách trung ương hỗ trợ; ngân sách tỉnh; ngân sách cấp xã; nguồn "
                      "hợp pháp khác (xã hội hóa, thuê dịch vụ CNTT)."),
         P(D_ + ".2", f"2. Tổng kinh phí dự kiến giai đoạn 2026 - 2030: {vn(total)} triệu đồng; danh mục nhiệm vụ, "
                      "dự án tại Phụ lục I."),
         P(D_ + ".3", "3. Kinh phí dự kiến theo năm và nguồn vốn (đơn vị: triệu đồng):"),
         ("btable", D_ + ".3", B_BUDGET_HEAD, rows),
         P(D_ + ".3", "Kinh phí hằng năm được xác định trong dự toán ngân sách của cơ quan, đơn vị theo phân cấp "
                      "ngân sách hiện hành.", "i"),
         # ---------------------------------------------------------------- E
         P(E_, "E. TỔ CHỨC THỰC HIỆN", "b"),
         P(E_ + ".1", "1. Sở Khoa học và Công nghệ: là cơ quan thường trực, hướng dẫn, đôn đốc thực hiện Kế "
                      "hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm trước ngày 10/12."),
         P(E_ + ".2", "2. Sở Tài chính: tham mưu bố trí kinh phí hằng năm; hướng dẫn thuê dịch vụ CNTT theo quy "
                      "định."),
         P(E_ + ".3", "3. Sở Nội vụ: đưa kết quả thực hiện Kế hoạch vào tiêu chí chấm điểm Chỉ số CCHC của các "
                      "cơ quan, đơn vị; chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức."),
         P(E_ + ".4", "4. Văn phòng Ủy ban nhân dân tỉnh: theo dõi tỷ lệ hồ sơ trực tuyến, số hóa trên Hệ thống "
                      "thông tin giải quyết TTHC tỉnh; công khai kết quả hằng tháng trên Cổng Dịch vụ công tỉnh."),
         P(E_ + ".5", "5. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường: xây dựng kế hoạch CNTT hằng năm của "
                      "đơn vị trước ngày 31/10 của năm trước; báo cáo kết quả 6 tháng (trước ngày 15/6) và năm "
                      "(trước ngày 30/11) về Sở Khoa học và Công nghệ."),
         P("closing", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở "
                      "Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh./."),
         ("lh", "signature",
          ["Nơi nhận:", "- Bộ Khoa học và Công nghệ;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
           "- Các sở, ban, ngành;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Âu Thị Thanh Hảo"]),
         ("break",),
         P("Phụ lục I", "Phụ lục I", "bc"),
         P("Phụ lục I", "DANH MỤC NHIỆM VỤ, DỰ ÁN ỨNG DỤNG CNTT, PHÁT TRIỂN CHÍNH QUYỀN SỐ GIAI ĐOẠN 2026 - 2030",
           "bc"),
         P("Phụ lục I", "(Kèm theo Kế hoạch số 18/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân tỉnh)", "ic"),
         ("gtable", "Phụ lục I", B_TASK_HEAD, B_TASKS),
         P("Phụ lục I", "Kinh phí của nhiệm vụ thực hiện hằng năm hoặc theo lần được xác định trong dự toán từng "
                        "năm.", "i"),
         P("Phụ lục II", "Phụ lục II", "bc"),
         P("Phụ lục II", "CHỈ TIÊU CHÍNH QUYỀN SỐ THEO TỪNG NĂM", "bc"),
         P("Phụ lục II", "(Kèm theo Kế hoạch số 18/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân tỉnh)", "ic"),
         ("table", "Phụ lục II", B_TARGET_HEAD, B_TARGETS),
         ]
    return b


# =========================================================================================================
# C. Công văn 1146/UBND-KSTT chấn chỉnh, nâng cao chất lượng giải quyết TTHC (UBND tỉnh, 11/5/2026)
# =========================================================================================================
C_LIST_HEAD = ["STT", "Xã, phường", "Hồ sơ quá hạn", "Tỷ lệ đúng hạn", "Tỷ lệ số hóa", "Hạn khắc phục"]
C_LIST = [
    ["1", "Xã Nà Lìu", "142", "81,2%", "41,5%", "31/5/2026"],
    ["2", "Xã Rẫy Mít", "118", "84,0%", "47,9%", "31/5/2026"],
    ["3", "Xã Khe Lau", "97", "86,3%", "52,4%", "31/5/2026"],
    ["4", "Xã Cồn Nhạn", "76", "88,7%", "49,0%", "15/6/2026"],
    ["5", "Phường Gò Sậy", "64", "91,5%", "58,8%", "15/6/2026"],
    ["6", "Xã Đá Bạc", "55", "90,2%", "44,6%", "15/6/2026"],
    ["7", "Xã Lam Hồ", "41", "92,8%", "61,3%", "30/6/2026"],
]


def doc_c():
    b = [("raw", "header",
          ["UBND TỈNH KHÁNH LAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc",
           "Số: 1146/UBND-KSTT | Khánh Lam, ngày 11 tháng 5 năm 2026",
           "V/v chấn chỉnh, nâng cao chất lượng giải quyết thủ tục hành chính,",
           "dịch vụ công trực tuyến và số hóa hồ sơ"],
          ["UBND TỈNH KHÁNH LAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc",
           "Số: 1146/UBND-KSTT", "Khánh Lam, ngày 11 tháng 5 năm 2026",
           "V/v chấn chỉnh, nâng cao chất lượng giải quyết thủ tục hành chính,",
           "dịch vụ công trực tuyến và số hóa hồ sơ"]),
         ("raw", "header",
          ["Kính gửi:", "    - Các sở, ban, ngành tỉnh;", "    - Trung tâm Phục vụ hành chính công tỉnh;",
           "    - Ủy ban nhân dân các xã, phường."],
          ["Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- Trung tâm Phục vụ hành chính công tỉnh;",
           "- Ủy ban nhân dân các xã, phường."]),
         P("preamble", "Thực hiện Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại Hội nghị công bố Chỉ số cải cách "
                       "hành chính, Chỉ số hài lòng của người dân năm 2025 ngày 17/4/2026, Văn phòng Ủy ban nhân "
                       "dân tỉnh đã rà soát dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính (TTHC) "
                       "tỉnh. Trong tháng 4/2026, toàn tỉnh còn 1.318 hồ sơ giải quyết quá hạn, trong đó cấp xã "
                       "chiếm 71%; tỷ lệ hồ sơ nộp trực tuyến đạt 58,9%, thấp hơn chỉ tiêu năm 2026 (65%); 27 xã, "
                       "phường có tỷ lệ số hóa kết quả giải quyết TTHC dưới 60%."),
         P("preamble", "Để khắc phục tình trạng trên, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, "
                       "ngành, Giám đốc Trung tâm Phục vụ hành chính công tỉnh và Chủ tịch Ủy ban nhân dân các xã, "
                       "phường thực hiện nghiêm các nội dung sau:"),
         # ---------------------------------------------------------------- 1
         P("1", "1. Xử lý dứt điểm hồ sơ quá hạn"),
         P("1.a", "a) Rà soát toàn bộ hồ sơ đang giải quyết quá hạn, xử lý dứt điểm và thực hiện xin lỗi người "
                  "dân, tổ chức bằng văn bản theo quy định."),
         P("1.b", "b) Các xã, phường có tên tại Danh sách kèm theo Công văn này hoàn thành khắc phục theo thời hạn "
                  "ghi tại Danh sách; quá thời hạn, Chủ tịch Ủy ban nhân dân xã, phường báo cáo giải trình trực "
                  "tiếp với Chủ tịch Ủy ban nhân dân tỉnh."),
         P("1.b", "Thời hạn chung đối với các đơn vị còn lại: trước ngày 31/5/2026.", "d"),
         # ---------------------------------------------------------------- 2
         P("2", "2. Tiếp nhận hồ sơ trực tuyến đúng thời gian quy định"),
         P("2", "Bộ phận Một cửa các cấp tiếp nhận hồ sơ trực tuyến trong 08 giờ làm việc kể từ khi Hệ thống "
                "thông tin giải quyết TTHC tỉnh tiếp nhận; không yêu cầu người dân nộp thêm bản giấy đối với hồ "
                "sơ đã nộp trực tuyến đầy đủ."),
         P("2", "Thời hạn: thực hiện ngay từ ngày 15/5/2026.", "d"),
         # ---------------------------------------------------------------- 3
         P("3", "3. Số hóa hồ sơ, kết quả giải quyết TTHC"),
         P("3.a", "a) Văn phòng Ủy ban nhân dân tỉnh chủ trì hướng dẫn, kiểm tra việc số hóa tại cấp xã; phối hợp "
                  "Sở Khoa học và Công nghệ khắc phục lỗi đồng bộ dữ liệu số hóa giữa Hệ thống thông tin giải "
                  "quyết TTHC tỉnh và Kho quản lý dữ liệu điện tử của tổ chức, cá nhân."),
         P("3.b", "b) Ủy ban nhân dân các xã, phường hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC còn tồn "
                  "trước ngày 30/9/2026, sớm hơn thời hạn của Kế hoạch số 18/KH-UBND ngày 22/01/2026."),
         # ---------------------------------------------------------------- 4
         P("4", "4. Khu vực tự phục vụ và hỗ trợ người dân"),
         P("4", "Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp Bưu điện tỉnh hoàn thành lắp đặt Khu "
                "vực tự phục vụ tại 20 xã, phường đợt 1 trước ngày 31/8/2026; bố trí nhân viên hướng dẫn tại Khu "
                "vực tự phục vụ vào các ngày thứ Hai, thứ Tư, thứ Sáu hằng tuần."),
         # ---------------------------------------------------------------- 5
         P("5", "5. Đề án 06 và tài khoản định danh điện tử"),
         P("5", "Công an tỉnh chủ trì, phối hợp Ủy ban nhân dân các xã, phường tổ chức kích hoạt tài khoản định "
                "danh điện tử mức độ 2 lưu động tại thôn, bản; hoàn thành trước ngày 30/6/2026 tại 03 xã xếp hạng "
                "cuối Chỉ số cải cách hành chính năm 2025."),
         # ---------------------------------------------------------------- 6
         P("6", "6. Bồi dưỡng công chức Bộ phận Một cửa"),
         P("6", "Sở Nội vụ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh tổ chức 04 lớp tập huấn nghiệp vụ "
                "một cửa, kỹ năng số cho công chức cấp xã trong tháng 6/2026, ưu tiên các xã có tên tại Danh sách "
                "kèm theo."),
         # ---------------------------------------------------------------- 7
         P("7", "7. Trách nhiệm người đứng đầu"),
         P("7", "Kết quả thực hiện Công văn này là căn cứ chấm điểm tiêu chí \"Chỉ đạo, điều hành\" của Chỉ số cải "
                "cách hành chính năm 2026 và đánh giá, xếp loại người đứng đầu cuối năm; Sở Nội vụ theo dõi, tổng "
                "hợp."),
         # ---------------------------------------------------------------- 8
         P("8", "8. Chế độ báo cáo"),
         P("8", "Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng tháng, trước ngày 20 của tháng, về Văn phòng "
                "Ủy ban nhân dân tỉnh (qua Phòng Kiểm soát thủ tục hành chính) để tổng hợp, báo cáo Chủ tịch Ủy ban "
                "nhân dân tỉnh; báo cáo đầu tiên gửi trước ngày 20/5/2026."),
         P("closing", "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Đầu mối liên hệ: ông Giáp Văn "
                      "Bảo, Phòng Kiểm soát thủ tục hành chính, Văn phòng Ủy ban nhân dân tỉnh, điện thoại 0259 3 "
                      "742 115./."),
         ("raw", "closing",
          ["Nơi nhận:", "- Như trên;", "- CT, các PCT UBND tỉnh;", "- Sở Nội vụ (theo dõi);",
           "- Lưu: VT, KSTT."],
          ["Nơi nhận:", "- Như trên;", "- CT, các PCT UBND tỉnh;", "- Sở Nội vụ (theo dõi);", "- Lưu: VT, KSTT."]),
         ("raw", "signature",
          ["KT. CHỦ TỊCH".rjust(64), "PHÓ CHỦ TỊCH".rjust(64), "", "(đã ký)".rjust(61), "",
           "Âu Thị Thanh Hảo".rjust(66)],
          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)", "Âu Thị Thanh Hảo"]),
         P("Phụ lục", "PHỤ LỤC", "c"),
         P("Phụ lục", "DANH SÁCH XÃ, PHƯỜNG CÓ NHIỀU HỒ SƠ QUÁ HẠN, TỶ LỆ SỐ HÓA THẤP THÁNG 4/2026", "c"),
         P("Phụ lục", "(Kèm theo Công văn số 1146/UBND-KSTT ngày 11/5/2026 của Ủy ban nhân dân tỉnh)", "c"),
         ("table", "Phụ lục", C_LIST_HEAD, C_LIST),
         P("Phụ lục", "Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh ngày 05/5/2026."),
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


def gold(doc):
    blocks = {DOC_A: doc_a, DOC_B: doc_b, DOC_C: doc_c}[doc]()
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "p":
            out.append((bl[1], bl[2]))
        elif k == "lh":
            if bl[1] == "signature":
                out += [("closing", t) for t in bl[2] if t]
                out += [("signature", t) for t in bl[3] if t]
            else:
                out += [(bl[1], t) for t in bl[2] + bl[3] if t]
        elif k == "raw":
            out += [(bl[1], t) for t in bl[3]]
        elif k == "agenda":
            out += [(bl[1], c) for c in bl[2]]
            for r in _filled(bl[3], 3):
                if isinstance(r, tuple):
                    out.append((bl[1], r[1]))
                else:
                    out += [(bl[1] + "." + r[0], c) for c in r]
        elif k == "table":
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out += [(bl[1] + "." + r[0], c) for c in r]
        elif k == "gtable":
            out += [(bl[1], c) for c in bl[2]]
            grp = None
            for r in _filled(bl[3], 5):
                if isinstance(r, tuple):
                    grp = bl[1] + "." + r[1]
                    out += [(grp, r[1]), (grp, r[2])]
                else:
                    out += [(grp + "." + r[0], c) for c in r]
        elif k == "btable":
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out += [(bl[1], c) for c in r]
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
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
    cp.author, cp.title = "Sở Nội vụ tỉnh Khánh Lam", "Kế hoạch 57/KH-SNV tổ chức Hội nghị công bố Chỉ số CCHC"
    cp.created = cp.modified = datetime.datetime(2026, 4, 1, 9, 0, 0)
    cp.last_modified_by = "CCHC"
    cp.revision = 1

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

    def tab_line(left, right, lf, rf, size=13):
        """Letterhead as tab-aligned lines: left text centred at 3.2 cm, right text centred at 11 cm."""
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Cm(3.2), WD_TAB_ALIGNMENT.CENTER)
        ts.add_tab_stop(Cm(11.0), WD_TAB_ALIGNMENT.CENTER)
        r = p.add_run("\t" + left)
        r.bold, r.italic = "b" in lf, "i" in lf
        r.font.size = Pt(size)
        r = p.add_run("\t" + right)
        r.bold, r.italic = "b" in rf, "i" in rf
        r.font.size = Pt(size)

    def plain_table(head, rows, widths, group=False):
        t = d.add_table(rows=1 + len(rows), cols=len(head))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, txt in enumerate(head):
            c = t.rows[0].cells[j]
            c.width = widths[j]
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.bold = True
            r.font.size = Pt(12)
            shade(c, "DDE6F0")
        repeat_header(t.rows[0])
        return t

    for bl in doc_a():
        if bl[0] == "lh" and bl[1] == "header":
            L, R = bl[2], bl[3]
            tab_line(L[0], R[0], "", "b", 12)
            tab_line(L[1], R[1], "b", "b", 13)
            tab_line("--------", "---------------", "", "", 11)
            tab_line(L[2], R[2], "", "i", 13)
            d.add_paragraph()
        elif bl[0] == "lh":
            # signature: Nơi nhận left (small), signature right, as two tab-aligned columns of lines
            L, R = bl[2], bl[3]
            for k in range(max(len(L), len(R))):
                lt = L[k] if k < len(L) else ""
                rt = R[k] if k < len(R) else ""
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.CENTER)
                r = p.add_run(lt)
                r.font.size = Pt(11 if k else 12)
                r.bold = r.italic = (k == 0)
                r = p.add_run("\t" + rt)
                r.bold = True
                r.font.size = Pt(13)
        elif bl[0] == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif bl[0] == "agenda":
            head, rows = bl[2], bl[3]
            widths = (Cm(1.1), Cm(3.2), Cm(7.0), Cm(4.7))
            t = plain_table(head, rows, widths)
            start, spans, groups = None, {}, []
            for i, row in enumerate(rows, start=1):
                cells = t.rows[i].cells
                for j in range(4):
                    cells[j].width = widths[j]
                if isinstance(row, tuple):
                    r = cells[0].paragraphs[0].add_run(row[1])
                    r.bold = r.italic = True
                    r.font.size = Pt(12)
                    groups.append(i)
                    start = None
                    continue
                for j in range(3):
                    p = cells[j].paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if j < 2 else WD_ALIGN_PARAGRAPH.LEFT
                    p.add_run(row[j]).font.size = Pt(12)
                if row[3] is not None:
                    cells[3].paragraphs[0].add_run(row[3]).font.size = Pt(12)
                    start = i
                else:
                    spans[start] = i
            for g in groups:
                a = t.cell(g, 0)
                a.merge(t.cell(g, 3))
                shade(a, "F2F2F2")
            for s, e in spans.items():
                t.cell(s, 3).merge(t.cell(e, 3))
            d.add_paragraph()
        elif bl[0] == "table":
            head, rows = bl[2], bl[3]
            widths = (Cm(1.0), Cm(4.0), Cm(6.4), Cm(2.3), Cm(2.3))
            t = plain_table(head, rows, widths)
            for i, row in enumerate(rows, start=1):
                for j, txt in enumerate(row):
                    c = t.rows[i].cells[j]
                    c.width = widths[j]
                    p = c.paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER
                    p.add_run(txt).font.size = Pt(12)
            d.add_paragraph()
        else:
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            if "c" in fmt:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.0)
            if "o" in fmt:
                text = "• " + text
            elif "d" in fmt:
                text = "- " + text
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2026, 4, 1, 9, 0, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-11)
            self.set_font("dv", "I", 8)
            self.cell(0, 5, f"Trang {self.page_no()}", align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 1, 22, 15, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("UBND tỉnh Khánh Lam")
    pdf.set_title("Kế hoạch 18/KH-UBND ứng dụng CNTT, phát triển chính quyền số giai đoạn 2026 - 2030")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    head_style = FontFace(emphasis="BOLD", fill_color=(220, 228, 240))
    g_style = FontFace(emphasis="BOLD", fill_color=(242, 242, 242))

    for bl in doc_b():
        if bl[0] == "lh" and bl[1] == "header":
            # letterhead as a borderless two-column table
            pdf.set_font("dv", "B", 9.5)
            L, R = bl[2], bl[3]
            with pdf.table(col_widths=(62, W - 62), borders_layout="NONE", text_align="CENTER",
                           first_row_as_headings=False, line_height=5, padding=0.5) as t:
                r = t.row()
                r.cell(L[0] + "\n" + L[1])
                r.cell(R[0] + "\n" + R[1])
                r = t.row()
                r.cell(L[2], style=FontFace(emphasis=None))
                r.cell(R[2], style=FontFace(emphasis="ITALICS"))
            pdf.ln(5)
        elif bl[0] == "lh":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            y0 = pdf.get_y()
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 4.4 * k)
                pdf.set_font("dv", "B" if k == 0 else "", 9)
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
            pdf.set_font("dv", style, 12.5 if text == "KẾ HOẠCH" else 10.3)
            pdf.set_x(pdf.l_margin)
            if "+" in fmt:
                text = "+ " + text
            elif "d" in fmt:
                text = "- " + text
            if "c" in fmt:
                pdf.multi_cell(W, 5.5, text, align="C")
            elif "b" in fmt:
                pdf.multi_cell(W, 5.5, "     " + text, align="L")
            else:
                pdf.multi_cell(W, 5.5, "     " + text, align="J")
            pdf.ln(1)
        elif bl[0] == "btable":
            pdf.set_font("dv", "", 9)
            with pdf.table(col_widths=(22, 30, 30, 30, 30, 28), text_align="CENTER", headings_style=head_style,
                           line_height=5) as t:
                r = t.row()
                for c in bl[2]:
                    r.cell(c)
                for row in bl[3]:
                    r = t.row()
                    for c in row:
                        r.cell(c, style=FontFace(emphasis="BOLD") if row[0] == "Tổng cộng" else None)
            pdf.ln(2)
        elif bl[0] == "gtable":
            rows = bl[3]
            pdf.set_font("dv", "", 8.6)
            spans = {}
            for i, r in enumerate(rows):
                if isinstance(r, tuple) or r[5] is None:
                    continue
                n = 1
                while i + n < len(rows) and not isinstance(rows[i + n], tuple) and rows[i + n][5] is None:
                    n += 1
                spans[i] = n
            with pdf.table(col_widths=(10, 56, 36, 20, 20, 33),
                           text_align=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "LEFT"),
                           headings_style=head_style, line_height=4.5, v_align="MIDDLE",
                           repeat_headings=1) as t:
                r = t.row()
                for c in bl[2]:
                    r.cell(c)
                for i, row in enumerate(rows):
                    r = t.row()
                    if isinstance(row, tuple):
                        r.cell(row[1], style=g_style, align="CENTER")
                        r.cell(row[2], style=g_style, colspan=5)
                        continue
                    for j, c in enumerate(row):
                        if c is None:
                            continue
                        if j == 5 and spans.get(i, 1) > 1:
                            r.cell(c, rowspan=spans[i])
                        else:
                            r.cell(c)
            pdf.ln(2)
        elif bl[0] == "table":
            pdf.set_font("dv", "", 9)
            with pdf.table(col_widths=(10, 65, 20, 20, 20, 20, 20),
                           text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"),
                           headings_style=head_style, line_height=5, repeat_headings=1) as t:
                r = t.row()
                for c in bl[2]:
                    r.cell(c)
                for row in bl[3]:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
    pdf.output(path)


def _wrap(text, width=82, first="", rest=""):
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


C_WIDTHS = (3, 14, 13, 14, 12, 13)


def _text_table(header, rows):
    rule = "+" + "+".join("-" * (w + 2) for w in C_WIDTHS) + "+"

    def line(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, C_WIDTHS)) + " |"

    out = [rule, line(header), rule.replace("-", "=")]
    out += [line(r) for r in rows]
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
            out += bl[2]
            out.append("")
        elif bl[0] == "table":
            out += _text_table(bl[2], bl[3])
            out.append("")
        else:
            text, fmt = bl[2], bl[3]
            if "c" in fmt:
                for ln in _wrap(text, 76):
                    out.append(ln.center(82).rstrip())
                out.append("")
            elif "d" in fmt:
                out += _wrap(text, 82, "    - ", "      ")
            elif bl[1] in ("preamble", "closing"):
                out += _wrap(text, 82, "    ", "")
                out.append("")
            else:
                out += _wrap(text, 82, "    ", "")
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
