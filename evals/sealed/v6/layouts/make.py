# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v6 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Ngân Giang, its xã and phường, all numbers, dates and people). Each document is
held as a small model: a list of blocks, every block carrying the gold section path of its text (used by
check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2025-hdnd-tinh-ngan-giang-nghi-quyet-41-cchc-cds-2026.docx        Nghị quyết of the provincial HĐND
  B  2026-ubnd-tinh-ngan-giang-chuong-trinh-hanh-dong-09.pdf           Chương trình hành động, month task table
  C  2026-cat-tinh-doan-ngan-giang-ke-hoach-lien-tich-14.txt           Kế hoạch liên tịch of two bodies, .txt
"""
import datetime
import io
import os
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2025-hdnd-tinh-ngan-giang-nghi-quyet-41-cchc-cds-2026.docx"
DOC_B = "2026-ubnd-tinh-ngan-giang-chuong-trinh-hanh-dong-09.pdf"
DOC_C = "2026-cat-tinh-doan-ngan-giang-ke-hoach-lien-tich-14.txt"

# Block kinds:
#   ("p", section, text, fmt)                  paragraph; fmt letters: b bold, i italic, c centre, h heading
#   ("lh", zone, left_lines, right_lines)      two-column borderless block (letterhead / signature)
#   ("table", section, header, rows)           bordered non-task table (all its text belongs to `section`)
#   ("ttable", section, header, rows)          task table; row r -> section.<STT>; a cell None continues the
#                                              merged (row-spanning) cell above it
#   ("raw", zone, lines, pieces)               pre-set lines (plain-text letterhead / signature), gold pieces
P = lambda sec, text, fmt="": ("p", sec, text, fmt)
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# =========================================================================================================
# A. Nghị quyết of the provincial People's Council (HĐND): body line under the title, Căn cứ / Xét, "QUYẾT
#    NGHỊ:", Điều 1 ... Điều 5 with khoản 1., 2. and điểm a) ... g); a figures table inside Điều 1 khoản 3.
# =========================================================================================================
A_TABLE_HEADER = ["Chỉ tiêu", "Ước thực hiện năm 2025", "Mục tiêu năm 2026"]
A_TABLE = [["Chỉ số PAR INDEX (điểm)", "84,07", "≥ 86,50"],
           ["Chỉ số SIPAS (%)", "82,40", "≥ 85"],
           ["Hồ sơ TTHC tiếp nhận, giải quyết trực tuyến (%)", "61,3", "≥ 75"],
           ["Thanh toán trực tuyến phí, lệ phí (%)", "37,8", "≥ 55"],
           ["Công dân từ đủ 14 tuổi có tài khoản định danh điện tử mức độ 2 đã kích hoạt (%)", "71,2", "≥ 85"],
           ["Hồ sơ TTHC tiếp nhận trong năm (hồ sơ)", "486.215", "-"]]


def doc_a():
    b = [("lh", "header", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGÂN GIANG", "Số: 41/NQ-HĐND"],
          MOTTO + ["Ngân Giang, ngày 11 tháng 12 năm 2025"]),
         P("header", "NGHỊ QUYẾT", "bc"),
         P("header", "Về mục tiêu, nhiệm vụ cải cách hành chính và chuyển đổi số tỉnh Ngân Giang năm 2026", "bc"),
         P("header", "HỘI ĐỒNG NHÂN DÂN TỈNH NGÂN GIANG", "bc"),
         P("header", "KHÓA X, KỲ HỌP THỨ HAI MƯƠI TÁM", "bc"),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;", "i"),
         P("preamble", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình "
                       "tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;", "i"),
         P("preamble", "Xét Tờ trình số 318/TTr-UBND ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về dự thảo "
                       "Nghị quyết về mục tiêu, nhiệm vụ cải cách hành chính và chuyển đổi số năm 2026; Báo cáo thẩm "
                       "tra số 97/BC-HĐND ngày 04 tháng 12 năm 2025 của Ban Pháp chế Hội đồng nhân dân tỉnh; ý kiến "
                       "thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.", "i"),
         P("preamble", "QUYẾT NGHỊ:", "bc"),
         P("Điều 1", "Điều 1. Mục tiêu và các chỉ tiêu chủ yếu năm 2026", "b"),
         P("Điều 1.1", "1. Mục tiêu chung"),
         P("Điều 1.1", "Xây dựng nền hành chính phục vụ, lấy người dân, doanh nghiệp làm trung tâm; vận hành thông "
                       "suốt chính quyền địa phương hai cấp; phấn đấu đưa tỉnh Ngân Giang vào nhóm 30 tỉnh, thành phố "
                       "dẫn đầu cả nước về Chỉ số cải cách hành chính (sau đây gọi tắt là Chỉ số PAR INDEX) và Chỉ số "
                       "hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (sau đây gọi "
                       "tắt là Chỉ số SIPAS)."),
         P("Điều 1.2", "2. Các chỉ tiêu chủ yếu"),
         P("Điều 1.2.a", "a) Chỉ số PAR INDEX năm 2026 đạt từ 86,50 điểm trở lên; Chỉ số SIPAS đạt từ 85% trở lên."),
         P("Điều 1.2.b", "b) Tỷ lệ hồ sơ thủ tục hành chính (sau đây gọi tắt là TTHC) được tiếp nhận, giải quyết "
                         "trực tuyến đạt từ 75% trở lên; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98,5% trở lên."),
         P("Điều 1.2.c", "c) 100% kết quả giải quyết TTHC được số hóa, ký số và lưu trữ điện tử; tỷ lệ khai thác, "
                         "tái sử dụng dữ liệu đã số hóa đạt từ 60% trở lên."),
         P("Điều 1.2.d", "d) Tỷ lệ thanh toán trực tuyến phí, lệ phí trong giải quyết TTHC đạt từ 55% trở lên."),
         P("Điều 1.2.đ", "đ) 85% công dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 đã kích "
                         "hoạt."),
         P("Điều 1.2.e", "e) 100% xã, phường duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên; mỗi thôn, tổ "
                         "dân phố có ít nhất 01 thành viên được tập huấn kỹ năng số."),
         P("Điều 1.2.g", "g) Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2026 tăng ít nhất 05 bậc so với năm "
                         "2025."),
         P("Điều 1.3", "3. So sánh một số chỉ tiêu với kết quả năm 2025"),
         ("table", "Điều 1.3", A_TABLE_HEADER, A_TABLE),
         P("Điều 2", "Điều 2. Nhiệm vụ, giải pháp chủ yếu", "b"),
         P("Điều 2.1", "1. Rà soát, đơn giản hóa ít nhất 45 TTHC thuộc thẩm quyền giải quyết của tỉnh; công bố danh "
                       "mục TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh trước ngày 31 tháng "
                       "3 năm 2026."),
         P("Điều 2.2", "2. Nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công tỉnh và Trung tâm Phục "
                       "vụ hành chính công cấp xã; bảo đảm mỗi Trung tâm Phục vụ hành chính công cấp xã có ít nhất 02 "
                       "máy tính dành cho người dân tự nộp hồ sơ trực tuyến."),
         P("Điều 2.3", "3. Đẩy mạnh triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực "
                       "điện tử phục vụ chuyển đổi số quốc gia (sau đây gọi tắt là Đề án 06); huy động đoàn viên thanh "
                       "niên và lực lượng Công an cấp xã hỗ trợ người dân kích hoạt tài khoản định danh điện tử."),
         P("Điều 2.4", "4. Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC của tỉnh với Cơ sở dữ liệu quốc gia "
                       "về dân cư trong Quý II năm 2026; bảo đảm an toàn thông tin theo cấp độ cho 100% hệ thống thông "
                       "tin dùng chung của tỉnh."),
         P("Điều 2.5", "5. Đổi mới công tác tuyên truyền về cải cách hành chính và chuyển đổi số, ưu tiên hệ thống "
                       "truyền thanh cơ sở và mạng xã hội tại các xã vùng cao Phiêng Lanh, Nậm Khoai, Tà Hốc, Bản "
                       "Sáo."),
         P("Điều 2.6", "6. Đưa kết quả Chỉ số PAR INDEX, Chỉ số SIPAS vào đánh giá người đứng đầu cơ quan, địa "
                       "phương; công khai xếp hạng các sở, ngành, xã, phường định kỳ 6 tháng một lần."),
         P("Điều 3", "Điều 3. Kinh phí thực hiện", "b"),
         P("Điều 3.1", "1. Tổng kinh phí thực hiện các nhiệm vụ năm 2026 dự kiến 21.450 triệu đồng, trong đó: ngân "
                       "sách tỉnh 16.800 triệu đồng; ngân sách cấp xã 4.650 triệu đồng."),
         P("Điều 3.2", "2. Khuyến khích huy động nguồn xã hội hóa và sự hỗ trợ của các doanh nghiệp viễn thông, bưu "
                       "chính trên địa bàn tỉnh."),
         P("Điều 4", "Điều 4. Tổ chức thực hiện", "b"),
         P("Điều 4.1", "1. Giao Ủy ban nhân dân tỉnh ban hành chương trình hành động thực hiện Nghị quyết trước ngày "
                       "31 tháng 01 năm 2026; định kỳ 6 tháng báo cáo Thường trực Hội đồng nhân dân tỉnh kết quả "
                       "thực hiện; báo cáo tổng kết tại kỳ họp thường lệ cuối năm 2026."),
         P("Điều 4.2", "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và "
                       "đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết; Ban Pháp chế Hội đồng nhân "
                       "dân tỉnh tổ chức giám sát chuyên đề về dịch vụ công trực tuyến tại cấp xã trong Quý III năm "
                       "2026."),
         P("Điều 4.3", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên "
                       "truyền, vận động Nhân dân, doanh nghiệp tham gia thực hiện và giám sát việc thực hiện Nghị "
                       "quyết."),
         P("Điều 5", "Điều 5. Hiệu lực thi hành", "b"),
         P("Điều 5", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Ngân Giang khóa X, kỳ họp thứ hai mươi tám thông "
                     "qua ngày 11 tháng 12 năm 2025 và có hiệu lực từ ngày 01 tháng 01 năm 2026./."),
         ("lh", "signature",
          ["Nơi nhận:", "- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Nội vụ, Bộ Công an;",
           "- TT Tỉnh ủy, TT HĐND, UBND tỉnh;", "- Đại biểu HĐND tỉnh;", "- UBND các xã, phường;",
           "- Lưu: VT, CTHĐND."],
          ["CHỦ TỊCH", "", "", "", "Mạc Đình Quyết"])]
    return b


# =========================================================================================================
# B. Chương trình hành động of the provincial People's Committee (PDF): I./II./IV. with 1., 2.; III. a month-
#    by-month task table (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian) whose lead cells
#    are merged over consecutive rows; the table runs over a page break.
# =========================================================================================================
VP = "Văn phòng Ủy ban nhân dân tỉnh"
B_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
B_ROWS = [
    ["1", "Ban hành danh mục TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh", VP,
     "Các sở, ngành; UBND các xã, phường", "Tháng 02/2026"],
    ["2", "Công bố kết quả xếp hạng phục vụ người dân, doanh nghiệp Quý IV/2025 của các sở, ngành, xã, phường",
     None, "Sở Nội vụ", "Tháng 02/2026"],
    ["3", "Rà soát, trình phương án đơn giản hóa 45 TTHC thuộc thẩm quyền giải quyết của tỉnh", "Sở Tư pháp",
     "Văn phòng UBND tỉnh; các sở, ngành", "Tháng 3/2026"],
    ["4", "Ra quân Đội thanh niên tình nguyện hỗ trợ dịch vụ công tại Trung tâm Phục vụ hành chính công các xã, "
          "phường", "Tỉnh đoàn Ngân Giang", "Công an tỉnh; UBND các xã, phường", "Tháng 3/2026"],
    ["5", "Tổ chức Ngày hội “Thanh niên số với dịch vụ công” tại phường Ngân Thủy", None,
     "Sở Khoa học và Công nghệ; Công an tỉnh", "Tháng 4/2026"],
    ["6", "Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC tỉnh với Cơ sở dữ liệu quốc gia về dân cư",
     "Sở Khoa học và Công nghệ", "Công an tỉnh; Văn phòng UBND tỉnh", "Tháng 4/2026"],
    ["7", "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng của 100% thôn, tổ dân phố", None,
     "UBND các xã, phường; Tỉnh đoàn Ngân Giang", "Tháng 4/2026"],
    ["8", "Diễn tập ứng cứu sự cố an toàn thông tin mạng cho các hệ thống thông tin dùng chung của tỉnh", None,
     "Công an tỉnh; Viettel Ngân Giang", "Tháng 5/2026"],
    ["9", "Cao điểm hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2 cho học sinh từ đủ 14 tuổi",
     "Công an tỉnh", "Sở Giáo dục và Đào tạo; Tỉnh đoàn Ngân Giang", "Tháng 5/2026"],
    ["10", "Trang bị máy tính cho khu vực tự phục vụ tại Trung tâm Phục vụ hành chính công cấp xã (ít nhất 02 "
           "máy/xã)", "UBND các xã, phường", "Sở Tài chính; Sở Khoa học và Công nghệ", "Tháng 5/2026"],
    ["11", "Khảo sát, đo lường sự hài lòng của người dân, tổ chức (Chỉ số SIPAS) 6 tháng đầu năm", "Sở Nội vụ",
     "Bưu điện tỉnh Ngân Giang; UBND các xã, phường", "Tháng 6/2026"],
    ["12", "Sơ kết 6 tháng thực hiện Nghị quyết số 41, báo cáo Thường trực HĐND tỉnh", None,
     "Các sở, ngành; UBND các xã, phường", "Tháng 6/2026"],
    ["13", "Tuyên truyền phòng, chống lừa đảo trực tuyến mạo danh cơ quan nhà nước trên hệ thống truyền thanh cơ "
           "sở", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh; UBND các xã, phường", "Tháng 7/2026"],
    ["14", "Thí điểm trả kết quả TTHC tại nhà qua dịch vụ bưu chính công ích tại xã Tà Hốc và xã Bản Sáo",
     "Văn phòng UBND tỉnh", "Bưu điện tỉnh Ngân Giang; UBND xã Tà Hốc, UBND xã Bản Sáo", "Tháng 7/2026"],
    ["15", "Kiểm tra công tác cải cách hành chính tại 08 xã có tỷ lệ hồ sơ trực tuyến thấp nhất 6 tháng đầu năm",
     "Sở Nội vụ", "Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ", "Tháng 8/2026"],
    ["16", "Hướng dẫn, tổ chức tự đánh giá, chấm điểm Chỉ số PAR INDEX năm 2026 của các sở, ngành, xã, phường",
     None, "Các sở, ngành; UBND các xã, phường", "Tháng 9/2026"],
    ["17", "Trình HĐND tỉnh chính sách hỗ trợ phí, lệ phí đối với hồ sơ nộp trực tuyến", "Sở Tài chính",
     "Sở Tư pháp; Văn phòng UBND tỉnh", "Tháng 9/2026"],
    ["18", "Tổ chức Hội thi “Cán bộ một cửa thân thiện” cấp tỉnh", "Văn phòng UBND tỉnh",
     "Sở Nội vụ; Liên đoàn Lao động tỉnh", "Tháng 10/2026"],
    ["19", "Đánh giá mức độ chuyển đổi số của các xã, phường năm 2026", "Sở Khoa học và Công nghệ",
     "UBND các xã, phường", "Tháng 11/2026"],
    ["20", "Tổng kết thực hiện Nghị quyết số 41, báo cáo HĐND tỉnh tại kỳ họp thường lệ cuối năm", "Sở Nội vụ",
     "Các sở, ngành; UBND các xã, phường", "Tháng 12/2026"],
]


def doc_b():
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH NGÂN GIANG", "Số: 09/CTr-UBND"],
          MOTTO + ["Ngân Giang, ngày 23 tháng 01 năm 2026"]),
         P("header", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "bc"),
         P("header", "Thực hiện Nghị quyết số 41/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh về mục tiêu, "
                     "nhiệm vụ cải cách hành chính và chuyển đổi số năm 2026", "bc"),
         P("preamble", "Thực hiện Nghị quyết số 41/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh (sau đây gọi "
                       "tắt là Nghị quyết số 41), Ủy ban nhân dân tỉnh ban hành Chương trình hành động với các nội "
                       "dung sau:"),
         P("I", "I. MỤC ĐÍCH, YÊU CẦU", "bh"),
         P("I.1", "1. Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ tại Nghị quyết số 41 thành nhiệm vụ theo từng "
                  "tháng, có cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành rõ ràng."),
         P("I.2", "2. Người đứng đầu cơ quan chủ trì chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về tiến "
                  "độ, chất lượng nhiệm vụ được giao; nhiệm vụ chậm tiến độ phải báo cáo rõ nguyên nhân."),
         P("II", "II. CHỈ TIÊU GIAO CHO CÁC XÃ, PHƯỜNG", "bh"),
         P("II", "Căn cứ chỉ tiêu tại khoản 2 Điều 1 Nghị quyết số 41, các xã, phường được chia thành ba nhóm với "
                 "chỉ tiêu như sau:"),
         P("II.1", "1. Nhóm phường (Ngân Thủy, Cầu Mây, Đồng Lự): tỷ lệ hồ sơ TTHC trực tuyến từ 85% trở lên; tỷ lệ "
                   "thanh toán trực tuyến từ 65% trở lên."),
         P("II.2", "2. Nhóm xã vùng thấp (Khe Nhạn và các xã còn lại ngoài nhóm 3): tỷ lệ hồ sơ TTHC trực tuyến từ "
                   "75% trở lên; tỷ lệ thanh toán trực tuyến từ 55% trở lên."),
         P("II.3", "3. Nhóm xã vùng cao (Phiêng Lanh, Nậm Khoai, Tà Hốc, Bản Sáo): tỷ lệ hồ sơ TTHC trực tuyến từ "
                   "60% trở lên; tỷ lệ thanh toán trực tuyến từ 40% trở lên."),
         P("III", "III. NHIỆM VỤ CỤ THỂ THEO THÁNG", "bh"),
         P("III", "Các nhiệm vụ được phân công theo bảng dưới đây; cột “Thời gian” ghi tháng phải hoàn thành nhiệm "
                  "vụ."),
         ("ttable", "III", B_HEADER, B_ROWS),
         P("IV", "IV. TỔ CHỨC THỰC HIỆN", "bh"),
         P("IV.1", "1. Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường căn cứ nhiệm "
                   "vụ được giao tại mục III xây dựng kế hoạch của cơ quan, địa phương, gửi Sở Nội vụ trước ngày "
                   "15/02/2026; báo cáo kết quả thực hiện định kỳ hằng quý, trước ngày 20 của tháng cuối quý."),
         P("IV.2", "2. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc thực hiện Chương trình; hằng tháng tổng "
                   "hợp tiến độ các nhiệm vụ, báo cáo Ủy ban nhân dân tỉnh tại phiên họp thường kỳ."),
         P("IV.3", "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Chương trình trong dự toán năm 2026 theo mức "
                   "Hội đồng nhân dân tỉnh đã quyết nghị."),
         P("IV.4", "4. Đề nghị Công an tỉnh và Tỉnh đoàn Ngân Giang xây dựng kế hoạch liên tịch cụ thể hóa các nhiệm "
                   "vụ tại các dòng 4, 5 và 9 của bảng tại mục III."),
         P("IV.5", "5. Khi cần điều chỉnh nhiệm vụ hoặc thời hạn, cơ quan chủ trì báo cáo Ủy ban nhân dân tỉnh (qua "
                   "Sở Nội vụ) trước ít nhất 15 ngày so với thời hạn hoàn thành."),
         ("lh", "signature",
          ["Nơi nhận:", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
           "- Công an tỉnh; Tỉnh đoàn;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Bế Thị Lan Phương"])]
    return b


# =========================================================================================================
# C. Kế hoạch liên tịch of Công an tỉnh and Tỉnh đoàn (.txt, hard-wrapped): joint letterhead of two bodies,
#    decimal numbering 1. / 1.1. / 1.1.1., fields inline ("…; đơn vị chủ trì: …; phối hợp: …; thời gian: …"),
#    two signatures side by side.
# =========================================================================================================
PC06 = "Phòng PC06"


def doc_c():
    lh = ["CÔNG AN TỈNH NGÂN GIANG                 BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH",
          "                                                  TỈNH NGÂN GIANG",
          "Số: 14/KHLT-CAT-TĐTN",
          "",
          "                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "                      Độc lập - Tự do - Hạnh phúc",
          "",
          "                                      Ngân Giang, ngày 16 tháng 3 năm 2026"]
    lh_pieces = ["CÔNG AN TỈNH NGÂN GIANG", "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH NGÂN GIANG",
                 "Số: 14/KHLT-CAT-TĐTN"] + MOTTO + ["Ngân Giang, ngày 16 tháng 3 năm 2026"]
    sig = ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN              GIÁM ĐỐC CÔNG AN TỈNH",
           "PHÓ BÍ THƯ THƯỜNG TRỰC",
           "",
           "(đã ký)                                  (đã ký)",
           "",
           "Hứa Minh Đạt                             Đại tá Nông Quang Thiện"]
    sig_pieces = ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "GIÁM ĐỐC CÔNG AN TỈNH", "PHÓ BÍ THƯ THƯỜNG TRỰC",
                  "Hứa Minh Đạt", "Đại tá Nông Quang Thiện"]
    b = [("raw", "header", lh, lh_pieces),
         P("header", "KẾ HOẠCH LIÊN TỊCH", "c"),
         P("header", "Phối hợp triển khai Chiến dịch “Thanh niên số đồng hành cùng Đề án 06” và hỗ trợ dịch vụ công "
                     "trực tuyến năm 2026", "c"),
         P("preamble", "Căn cứ Nghị quyết số 41/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh về mục tiêu, "
                       "nhiệm vụ cải cách hành chính và chuyển đổi số tỉnh Ngân Giang năm 2026;"),
         P("preamble", "Căn cứ Chương trình hành động số 09/CTr-UBND ngày 23/01/2026 của Ủy ban nhân dân tỉnh thực "
                       "hiện Nghị quyết số 41/NQ-HĐND;"),
         P("preamble", "Công an tỉnh Ngân Giang và Ban Thường vụ Tỉnh đoàn Ngân Giang (sau đây gọi tắt là hai bên) "
                       "thống nhất ban hành Kế hoạch liên tịch như sau:"),
         P("1", "1. MỤC ĐÍCH, YÊU CẦU"),
         P("1.1", "1.1. Mục đích"),
         P("1.1", "Phát huy vai trò xung kích của đoàn viên, thanh niên cùng lực lượng Công an các cấp trong hỗ trợ "
                  "người dân kích hoạt, sử dụng tài khoản định danh điện tử và thực hiện dịch vụ công trực tuyến, góp "
                  "phần hoàn thành các chỉ tiêu của tỉnh năm 2026."),
         P("1.2", "1.2. Yêu cầu"),
         P("1.2", "Hoạt động phối hợp phải cụ thể, có đơn vị chủ trì, thời hạn và sản phẩm; không làm phát sinh thủ "
                  "tục, chi phí cho người dân; bảo vệ tuyệt đối dữ liệu cá nhân của người được hỗ trợ."),
         P("2", "2. CHỈ TIÊU"),
         P("2.1", "2.1. Hỗ trợ kích hoạt mới ít nhất 42.000 tài khoản định danh điện tử mức độ 2, trong đó ít nhất "
                  "9.500 tài khoản của học sinh từ đủ 14 tuổi."),
         P("2.2", "2.2. Thành lập 64 Đội thanh niên tình nguyện hỗ trợ dịch vụ công (sau đây gọi tắt là Đội TNTN) "
                  "tại 64 xã, phường; mỗi Đội có từ 05 đến 10 đoàn viên."),
         P("2.3", "2.3. Hỗ trợ người dân nộp ít nhất 30.000 hồ sơ trực tuyến; tổ chức ít nhất 120 buổi tuyên truyền "
                  "phòng, chống lừa đảo trên không gian mạng."),
         P("3", "3. NỘI DUNG PHỐI HỢP"),
         P("3.1", "3.1. Tuyên truyền, nâng cao nhận thức"),
         P("3.1.1", "3.1.1. Xây dựng bộ tài liệu hỏi - đáp về tài khoản định danh điện tử và dịch vụ công trực tuyến "
                    "(bản in và bản điện tử); đơn vị chủ trì: Phòng Cảnh sát quản lý hành chính về trật tự xã hội "
                    "Công an tỉnh (sau đây gọi tắt là Phòng PC06); phối hợp: Ban Tuyên giáo Tỉnh đoàn; hoàn thành "
                    "trước ngày 10/4/2026."),
         P("3.1.2", "3.1.2. Tuyên truyền phòng, chống lừa đảo trực tuyến mạo danh cơ quan nhà nước tại các buổi sinh "
                    "hoạt chi đoàn và tại trường học; đơn vị chủ trì: Phòng An ninh mạng và phòng, chống tội phạm sử "
                    "dụng công nghệ cao Công an tỉnh; phối hợp: cơ sở Đoàn các cấp; thời gian: từ tháng 4 đến tháng "
                    "10/2026, mỗi xã, phường ít nhất 02 buổi."),
         P("3.1.3", "3.1.3. Đăng tải ít nhất 01 video ngắn mỗi tuần hướng dẫn sử dụng ứng dụng VNeID trên trang mạng "
                    "xã hội của Tỉnh đoàn và Công an tỉnh; đơn vị chủ trì: Ban Tuyên giáo Tỉnh đoàn; phối hợp: Phòng "
                    "Tham mưu Công an tỉnh; thời gian: hằng tuần, từ tháng 4 đến hết tháng 12/2026."),
         P("3.2", "3.2. Hỗ trợ kích hoạt tài khoản định danh điện tử"),
         P("3.2.1", "3.2.1. Cao điểm “Hè số cùng VNeID” hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2 cho học "
                    "sinh từ đủ 14 tuổi; đơn vị chủ trì: Công an tỉnh (Phòng PC06); phối hợp: Tỉnh đoàn, Sở Giáo "
                    "dục và Đào tạo; thời gian: từ ngày 01/6/2026 đến ngày 31/7/2026."),
         P("3.2.1", "Thời gian này thay cho thời gian tháng 5/2026 tại dòng 9 bảng nhiệm vụ của Chương trình hành "
                    "động số 09/CTr-UBND, do học sinh tập trung ôn thi cuối năm học trong tháng 5; hai bên báo cáo Ủy "
                    "ban nhân dân tỉnh (qua Sở Nội vụ) việc điều chỉnh này."),
         P("3.2.2", "3.2.2. Tổ chức điểm hỗ trợ lưu động tại các thôn, bản của xã Phiêng Lanh, xã Nậm Khoai, xã Tà "
                    "Hốc, xã Bản Sáo vào các ngày chợ phiên; đơn vị chủ trì: Công an xã; phối hợp: Đoàn Thanh niên "
                    "xã; thời gian: thứ Bảy và Chủ nhật hằng tuần, từ tháng 4 đến tháng 9/2026."),
         P("3.2.2", "Trong Kế hoạch này, “điểm hỗ trợ lưu động” là điểm do Công an xã và Đội TNTN bố trí tạm thời "
                    "ngoài trụ sở, có thiết bị thu nhận sinh trắc học và ít nhất 02 người hướng dẫn."),
         P("3.2.3", "3.2.3. Rà soát, lập danh sách người cao tuổi, người khuyết tật chưa kích hoạt tài khoản để hỗ "
                    "trợ tại nhà; đơn vị chủ trì: Công an xã, phường; phối hợp: Đội TNTN; hoàn thành danh sách trước "
                    "ngày 30/4/2026."),
         P("3.3", "3.3. Hỗ trợ người dân thực hiện dịch vụ công trực tuyến"),
         P("3.3.1", "3.3.1. Ra quân Đội TNTN đồng loạt tại 64 xã, phường vào ngày 26/3/2026, nhân kỷ niệm 95 năm Ngày "
                    "thành lập Đoàn TNCS Hồ Chí Minh; đơn vị chủ trì: Ban Thường vụ Tỉnh đoàn; phối hợp: Công an "
                    "tỉnh, Ủy ban nhân dân các xã, phường."),
         P("3.3.2", "3.3.2. Đội TNTN trực hỗ trợ tại Trung tâm Phục vụ hành chính công cấp xã vào sáng thứ Ba và sáng "
                    "thứ Năm hằng tuần; đơn vị chủ trì: Đoàn Thanh niên xã, phường; phối hợp: Trung tâm Phục vụ hành "
                    "chính công cấp xã."),
         P("3.3.3", "3.3.3. Tập huấn nghiệp vụ cho thành viên Đội TNTN về nộp hồ sơ, thanh toán trực tuyến và nhận "
                    "diện lừa đảo; đơn vị chủ trì: Ban Thường vụ Tỉnh đoàn; phối hợp: Phòng PC06, Sở Khoa học và "
                    "Công nghệ; hoàn thành trong tháng 4/2026."),
         P("3.4", "3.4. Ngày hội “Thanh niên số với dịch vụ công”"),
         P("3.4", "Hai bên phối hợp với Sở Khoa học và Công nghệ tổ chức Ngày hội tại phường Ngân Thủy vào ngày "
                  "19/4/2026; Ban Thường vụ Tỉnh đoàn chủ trì nội dung chương trình, Công an tỉnh chủ trì khu vực "
                  "trải nghiệm cấp căn cước và kích hoạt tài khoản định danh điện tử; dự kiến 1.500 lượt người "
                  "tham gia."),
         P("4", "4. KINH PHÍ"),
         P("4.1", "4.1. Kinh phí thực hiện do mỗi bên bố trí từ nguồn chi thường xuyên năm 2026 được giao; tổng kinh "
                  "phí dự kiến 1.284 triệu đồng (Công an tỉnh 736 triệu đồng, Tỉnh đoàn 548 triệu đồng)."),
         P("4.2", "4.2. Khuyến khích huy động sự hỗ trợ của Viettel Ngân Giang, VNPT Ngân Giang về thiết bị, đường "
                  "truyền cho các điểm hỗ trợ lưu động."),
         P("5", "5. TỔ CHỨC THỰC HIỆN"),
         P("5.1", "5.1. Công an tỉnh: giao " + PC06 + " là đơn vị thường trực của Công an tỉnh; chỉ đạo Công an các "
                  "xã, phường phối hợp với Đoàn Thanh niên cùng cấp; bảo đảm thiết bị thu nhận sinh trắc học cho "
                  "các điểm hỗ trợ lưu động."),
         P("5.2", "5.2. Ban Thường vụ Tỉnh đoàn: chỉ đạo cơ sở Đoàn thành lập, duy trì Đội TNTN; giao Ban Phong trào "
                  "Tỉnh đoàn theo dõi, tổng hợp kết quả hoạt động của các Đội TNTN."),
         P("5.3", "5.3. Chế độ thông tin, báo cáo: Công an xã, phường và Đoàn Thanh niên xã, phường báo cáo nhanh kết "
                  "quả vào thứ Sáu hằng tuần qua nhóm điều hành; hai bên tổng hợp, báo cáo Ủy ban nhân dân tỉnh định "
                  "kỳ hằng tháng, trước ngày 25; sơ kết 6 tháng trong tháng 7/2026 và tổng kết trong tháng "
                  "12/2026."),
         P("5.4", "5.4. Đầu mối phối hợp: đồng chí Thiếu tá Lục Văn Khoa, Phó Trưởng " + PC06 + " Công an tỉnh, và "
                  "đồng chí Vi Thị Thanh Tâm, Trưởng Ban Phong trào Tỉnh đoàn, là đầu mối theo dõi thực hiện Kế "
                  "hoạch liên tịch; điện thoại liên hệ: 0214 3866 275."),
         P("closing", "Trên đây là Kế hoạch liên tịch giữa Công an tỉnh và Ban Thường vụ Tỉnh đoàn Ngân Giang; trong "
                      "quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về đầu mối nêu tại mục 5.4 để kịp "
                      "thời giải quyết./."),
         ("raw", "signature", sig, sig_pieces),
         ("raw", "closing", ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Ban Giám đốc Công an tỉnh;",
                             "- Thường trực Tỉnh đoàn;", "- Công an, Đoàn Thanh niên các xã, phường;",
                             "- Lưu: VT CAT, VT TĐ."],
          ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Ban Giám đốc Công an tỉnh;",
           "- Thường trực Tỉnh đoàn;", "- Công an, Đoàn Thanh niên các xã, phường;", "- Lưu: VT CAT, VT TĐ."])]
    return b


# =========================================================================================================
# gold text per section (for the checker)
# =========================================================================================================
def _merged(rows):
    """Rows with merged cells filled from the cell above (the text each row carries)."""
    out, prev = [], None
    for r in rows:
        full = [c if c is not None else prev[k] for k, c in enumerate(r)]
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
        elif bl[0] == "table":
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out += [(bl[1], c) for c in r]
        elif bl[0] == "ttable":
            out += [(bl[1], c) for c in bl[2]]
            for r in _merged(bl[3]):
                out += [(bl[1] + "." + r[0], c) for c in r]
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
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
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
    cp.author, cp.title = "HĐND tỉnh Ngân Giang", "Nghị quyết 41/NQ-HĐND năm 2025"
    cp.created = cp.modified = datetime.datetime(2025, 12, 11, 15, 0, 0)
    cp.last_modified_by = "CTHĐND"
    cp.revision = 1

    def two_col(left, right, widths, lf, rf):
        t = d.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for cell, lines, w, fmts in ((t.rows[0].cells[0], left, widths[0], lf),
                                     (t.rows[0].cells[1], right, widths[1], rf)):
            cell.width = w
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                f = fmts[k] if k < len(fmts) else "c"
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if "c" in f else WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.bold = "b" in f
                r.italic = "i" in f
                r.font.size = Pt(13 if "s" not in f else 11)

    for bl in doc_a():
        if bl[0] == "lh" and bl[1] == "header":
            two_col(bl[2], bl[3], (Cm(6.5), Cm(9.5)), ["bc", "bc", "c"], ["bc", "bc", "ic"])
            d.add_paragraph()
        elif bl[0] == "lh":
            two_col(bl[2], bl[3], (Cm(8), Cm(8)), ["bis"] + ["s"] * (len(bl[2]) - 1), ["bc"] * len(bl[3]))
        elif bl[0] == "table":
            header, rows = bl[2], bl[3]
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate([header] + rows):
                for j, txt in enumerate(row):
                    c = t.rows[i].cells[j]
                    c.width = (Cm(9), Cm(3.5), Cm(3.5))[j]
                    p = c.paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 and i else WD_ALIGN_PARAGRAPH.CENTER
                    r = p.add_run(txt)
                    r.font.size = Pt(12)
                    r.bold = i == 0
            d.add_paragraph()
        else:
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            if "c" in fmt:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.27)
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2025, 12, 11, 15, 0, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "I", 8.5)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 1, 23, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("UBND tỉnh Ngân Giang")
    pdf.set_title("Chương trình hành động 09/CTr-UBND năm 2026")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 16, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    for bl in doc_b():
        if bl[0] == "lh" and bl[1] == "header":
            y0 = pdf.get_y()
            lw = 64
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 5.2 * k)
                pdf.set_font("dv", "B" if k < 2 else "", 10)
                pdf.cell(lw, 5.2, line, align="C")
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + lw, y0 + 5.2 * k)
                pdf.set_font("dv", "I" if k == 2 else "B", 10)
                pdf.cell(W - lw, 5.2, line, align="C")
            pdf.line(pdf.l_margin + 20, y0 + 10.6, pdf.l_margin + 44, y0 + 10.6)
            pdf.line(pdf.l_margin + lw + 30, y0 + 10.6, pdf.l_margin + lw + 76, y0 + 10.6)
            pdf.set_y(y0 + 5.2 * 3 + 7)
        elif bl[0] == "lh":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            y0 = pdf.get_y()
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 4.6 * k)
                pdf.set_font("dv", "B" if k == 0 else "", 9 if k else 10)
                pdf.cell(80, 4.6, line)
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + 80, y0 + 5.2 * k)
                pdf.set_font("dv", "B", 10.5)
                pdf.cell(W - 80, 5.2, line, align="C")
            pdf.set_y(y0 + 5.2 * len(bl[3]) + 2)
        elif bl[0] == "p":
            text, fmt = bl[2], bl[3]
            style = "B" if "b" in fmt else ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 12.5 if text == "CHƯƠNG TRÌNH HÀNH ĐỘNG" else 10.5)
            pdf.set_x(pdf.l_margin)
            if "c" in fmt:
                pdf.multi_cell(W, 5.6, text, align="C")
            elif "h" in fmt:
                pdf.multi_cell(W, 5.6, text, align="L")
            else:
                pdf.multi_cell(W, 5.6, "      " + text, align="J")
            pdf.ln(1.2)
        elif bl[0] == "ttable":
            _, s, header, rows = bl
            pdf.set_font("dv", "", 9)
            head_style = FontFace(emphasis="BOLD", fill_color=(232, 232, 232))
            spans = []
            for i, r in enumerate(rows):
                n = 1
                while i + n < len(rows) and rows[i + n][2] is None:
                    n += 1
                spans.append(n)
            with pdf.table(col_widths=(10, 66, 32, 40, 24),
                           text_align=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER"),
                           headings_style=head_style, line_height=4.8, v_align="MIDDLE") as table:
                hr = table.row()
                for c in header:
                    hr.cell(c)
                for i, r in enumerate(rows):
                    tr = table.row()
                    for j, c in enumerate(r):
                        if c is None:
                            continue
                        if j == 2 and spans[i] > 1:
                            tr.cell(c, rowspan=spans[i])
                        else:
                            tr.cell(c)
            pdf.ln(3)
    pdf.output(path)


def _wrap(text, width=82):
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)


def build_txt(path):
    out = []
    for bl in doc_c():
        if bl[0] == "raw":
            out += bl[2]
            out.append("")
        else:
            text, fmt = bl[2], bl[3]
            if "c" in fmt:
                for ln in _wrap(text, 70):
                    out.append(ln.center(84).rstrip())
            else:
                out += _wrap(text)
            out.append("")
    while out and out[-1] == "":
        out.pop()
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
