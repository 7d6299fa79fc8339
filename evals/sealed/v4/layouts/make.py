# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v4 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Vân Khê, huyện Sơn Khê, xã Tân Phúc Hà; all numbers, dates and people).
Each document is held as a small model: a list of blocks, every block carrying the gold section path of
its text (used by check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2026-so-noi-vu-van-khe-qd-ke-hoach-tuyen-truyen-cchc.docx   decision whose Điều 1 holds the whole plan
  B  2026-xa-tan-phuc-ha-bao-cao-cchc-cds-quy-i.txt              commune quarterly report as scraped from a portal
  C  2025-huyen-son-khe-ke-hoach-kiem-tra-cchc-cds.pdf           district inspection plan with a dated schedule table
"""
import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2026-so-noi-vu-van-khe-qd-ke-hoach-tuyen-truyen-cchc.docx"
DOC_B = "2026-xa-tan-phuc-ha-bao-cao-cchc-cds-quy-i.txt"
DOC_C = "2025-huyen-son-khe-ke-hoach-kiem-tra-cchc-cds.pdf"

# ---------------------------------------------------------------------------------------------------------
# Block kinds:
#   ("p", section, text, fmt)                 a paragraph; fmt: set of "b", "i", "c" (centre), "h" (heading)
#   ("lh", section, left_lines, right_lines)  two-column borderless block (letterhead / signature)
#   ("table", section, header, rows, row_sections)   a bordered table; row_sections[i] is the path of row i
# ---------------------------------------------------------------------------------------------------------

P = lambda sec, text, fmt="": ("p", sec, text, set(fmt))

# =========================================================================================================
# A. Decision of the Director of the Department of Home Affairs; the plan is written inside Điều 1.
# =========================================================================================================
A_UNIT = "Phòng Cải cách hành chính và Văn thư, lưu trữ"
A_TABLE_HEADER = ["STT", "Hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
A_TABLE_ROWS = [
    ["1", "Xây dựng, ban hành văn bản hướng dẫn các xã, phường tuyên truyền CCHC năm 2026",
     A_UNIT, "Văn phòng Sở", "Tháng 02/2026"],
    ["2", "Ký kết chương trình phối hợp tuyên truyền CCHC năm 2026 với Báo và Phát thanh, Truyền hình Vân Khê",
     "Văn phòng Sở", A_UNIT, "Quý I/2026"],
    ["3", "Hội nghị tập huấn nghiệp vụ tuyên truyền CCHC đợt 1 (khu vực phía Bắc tỉnh)",
     A_UNIT, "Trung tâm Phục vụ hành chính công tỉnh; Ủy ban nhân dân các xã khu vực phía Bắc", "Tháng 4/2026"],
    ["4", "Sản xuất 12 video ngắn hướng dẫn nộp hồ sơ, thanh toán phí, lệ phí trực tuyến",
     "Trung tâm Phục vụ hành chính công tỉnh", "Sở Khoa học và Công nghệ; " + A_UNIT, "Quý II - Quý III/2026"],
    ["5", "Phát động và tổ chức Cuộc thi trực tuyến “Tìm hiểu cải cách hành chính tỉnh Vân Khê năm 2026”",
     A_UNIT, "Sở Khoa học và Công nghệ; Tỉnh đoàn Vân Khê", "Từ ngày 01/7/2026 đến ngày 31/8/2026"],
    ["6", "Hội nghị tập huấn nghiệp vụ tuyên truyền CCHC đợt 2 (khu vực phía Nam tỉnh)",
     A_UNIT, "Trung tâm Phục vụ hành chính công tỉnh; Ủy ban nhân dân các xã, phường khu vực phía Nam",
     "Tháng 9/2026"],
    ["7", "Tổng kết, trao giải Cuộc thi", "Văn phòng Sở", A_UNIT + "; Tỉnh đoàn Vân Khê", "Tháng 10/2026"],
    ["8", "Điều tra xã hội học xác định Chỉ số SIPAS năm 2026 (3.600 phiếu)",
     A_UNIT, "Bưu điện tỉnh Vân Khê; Ủy ban nhân dân các xã, phường", "Trước ngày 15/11/2026"],
    ["9", "Báo cáo kết quả thực hiện Kế hoạch năm 2026", A_UNIT, "Các phòng, đơn vị thuộc Sở",
     "Trước ngày 10/12/2026"],
]


def doc_a():
    b = []
    b.append(("lh", "header",
              ["UBND TỈNH VÂN KHÊ", "SỞ NỘI VỤ", "Số: 58/QĐ-SNV"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Vân Khê, ngày 16 tháng 01 năm 2026"]))
    b += [P("header", "QUYẾT ĐỊNH", "bc"),
          P("header", "Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026", "bc"),
          P("header", "GIÁM ĐỐC SỞ NỘI VỤ TỈNH VÂN KHÊ", "bc")]
    b += [P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "i"),
          P("preamble", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình "
                        "tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;", "i"),
          P("preamble", "Căn cứ Quyết định số 21/2025/QĐ-UBND ngày 28 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Vân "
                        "Khê quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;", "i"),
          P("preamble", "Căn cứ Kế hoạch số 09/KH-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về cải "
                        "cách hành chính nhà nước tỉnh Vân Khê năm 2026;", "i"),
          P("preamble", "Theo đề nghị của Trưởng phòng Cải cách hành chính và Văn thư, lưu trữ.", "i"),
          P("preamble", "QUYẾT ĐỊNH:", "bc")]
    D = "Điều 1"
    b += [P(D, "Điều 1. Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026 của Sở Nội vụ tỉnh "
               "Vân Khê (sau đây gọi tắt là Kế hoạch), với những nội dung cơ bản sau đây:"),
          P(D + ".I", "I. MỤC TIÊU, YÊU CẦU VÀ ĐỐI TƯỢNG", "bh"),
          P(D + ".I.1", "1. Mục tiêu", "bh"),
          P(D + ".I.1.a", "a) Mục tiêu chung:", "i"),
          P(D + ".I.1.a", "Tăng cường công tác thông tin, tuyên truyền để cán bộ, công chức, viên chức và Nhân dân trên "
                          "địa bàn tỉnh hiểu rõ mục tiêu, nhiệm vụ cải cách hành chính (sau đây viết tắt là CCHC) năm "
                          "2026 của tỉnh; tạo sự đồng thuận, chủ động tham gia và giám sát việc thực hiện CCHC, nhất là "
                          "việc vận hành mô hình chính quyền địa phương hai cấp."),
          P(D + ".I.1.b", "b) Mục tiêu cụ thể:", "i"),
          P(D + ".I.1.b", "- 100% sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường duy trì chuyên mục CCHC trên "
                          "trang thông tin điện tử của cơ quan, đơn vị;"),
          P(D + ".I.1.b", "- Phấn đấu ít nhất 80% người dân, doanh nghiệp đến giao dịch tại Bộ phận Một cửa các cấp được "
                          "hướng dẫn sử dụng dịch vụ công trực tuyến;"),
          P(D + ".I.1.b", "- Mỗi xã, phường tổ chức ít nhất 02 đợt tuyên truyền trực tiếp về CCHC tại các thôn, tổ dân "
                          "phố trong năm;"),
          P(D + ".I.1.b", "- Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
                          "(sau đây gọi tắt là Chỉ số SIPAS) của tỉnh năm 2026 đạt từ 85% trở lên."),
          P(D + ".I.2", "2. Yêu cầu", "bh"),
          P(D + ".I.2.a", "a) Thông tin, tuyên truyền bám sát Kế hoạch CCHC năm 2026 của Ủy ban nhân dân tỉnh; nội dung "
                          "chính xác, dễ hiểu, phù hợp với từng nhóm đối tượng và điều kiện của từng địa bàn."),
          P(D + ".I.2.b", "b) Kết hợp tuyên truyền trên môi trường số với tuyên truyền trực tiếp; bảo đảm thiết thực, "
                          "tiết kiệm, tránh hình thức."),
          P(D + ".I.3", "3. Đối tượng", "bh"),
          P(D + ".I.3.a", "a) Cán bộ, công chức, viên chức, người lao động trong các cơ quan hành chính nhà nước trên "
                          "địa bàn tỉnh."),
          P(D + ".I.3.b", "b) Người dân, doanh nghiệp và các tổ chức có giao dịch với cơ quan hành chính nhà nước."),
          P(D + ".II", "II. NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", "bh"),
          P(D + ".II.1", "1. Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về CCHC; Chương trình tổng thể "
                         "CCHC nhà nước giai đoạn 2021 - 2030 và Kế hoạch CCHC năm 2026 của tỉnh."),
          P(D + ".II.2", "2. Kết quả sắp xếp tổ chức bộ máy, vận hành mô hình chính quyền địa phương hai cấp; việc "
                         "phân cấp, phân quyền, ủy quyền giữa cấp tỉnh và cấp xã."),
          P(D + ".II.3", "3. Việc thực hiện cơ chế một cửa, một cửa liên thông; cung cấp dịch vụ công trực tuyến toàn "
                         "trình; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (sau đây viết tắt là TTHC)."),
          P(D + ".II.4", "4. Kết quả Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số SIPAS năm 2025 của tỉnh; các mô "
                         "hình, sáng kiến CCHC hay ở cấp xã."),
          P(D + ".II.5", "5. Quyền và trách nhiệm của người dân, doanh nghiệp trong phản ánh, kiến nghị về quy định "
                         "hành chính và việc giải quyết TTHC."),
          P(D + ".III", "III. HÌNH THỨC THÔNG TIN, TUYÊN TRUYỀN", "bh"),
          P(D + ".III.1", "1. Tuyên truyền trên báo chí", "bh"),
          P(D + ".III.1.a", "a) Phối hợp với Báo và Phát thanh, Truyền hình Vân Khê duy trì chuyên mục “Vì dân phục "
                            "vụ” trên sóng truyền hình, phát 01 số/tháng vào tối thứ Sáu của tuần cuối tháng, thời "
                            "lượng 15 phút/số."),
          P(D + ".III.1.b", "b) Đăng tải tin, bài, phóng sự về CCHC trên báo in và báo điện tử, bảo đảm ít nhất 24 "
                            "tin, bài trong năm."),
          P(D + ".III.2", "2. Tuyên truyền trên môi trường số", "bh"),
          P(D + ".III.2.a", "a) Cập nhật chuyên mục CCHC trên Trang thông tin điện tử Sở Nội vụ tại địa chỉ "
                            "https://sonoivu.vankhe.gov.vn, tối thiểu 04 tin, bài/tháng."),
          P(D + ".III.2.b", "b) Đăng tải video ngắn, đồ họa thông tin (infographic) hướng dẫn thực hiện TTHC trên "
                            "Fanpage “Sở Nội vụ Vân Khê” và kênh Zalo OA “CCHC Vân Khê” với tần suất 02 sản "
                            "phẩm/tuần."),
          P(D + ".III.3", "3. Tuyên truyền trực tiếp", "bh"),
          P(D + ".III.3.a", "a) Lồng ghép nội dung CCHC trong các hội nghị, lớp bồi dưỡng do Sở Nội vụ tổ chức."),
          P(D + ".III.3.b", "b) Tổ chức 02 hội nghị tập huấn nghiệp vụ tuyên truyền CCHC cho công chức phụ trách CCHC "
                            "cấp xã: đợt 1 cho các xã khu vực phía Bắc tỉnh, đợt 2 cho các xã, phường khu vực phía "
                            "Nam tỉnh; mỗi xã, phường cử 02 công chức tham dự."),
          P(D + ".III.4", "4. Cuộc thi tìm hiểu CCHC", "bh"),
          P(D + ".III.4", "Tổ chức Cuộc thi trực tuyến “Tìm hiểu cải cách hành chính tỉnh Vân Khê năm 2026” (sau đây "
                          "gọi là Cuộc thi) trên nền tảng thi trực tuyến của tỉnh; đối tượng dự thi là cán bộ, công "
                          "chức, viên chức, đoàn viên thanh niên và Nhân dân trên địa bàn tỉnh; thể lệ do Ban Tổ chức "
                          "Cuộc thi ban hành."),
          P(D + ".III.5", "5. Tuyên truyền qua hệ thống thông tin cơ sở", "bh"),
          P(D + ".III.5", "Biên soạn bản tin CCHC cung cấp cho đài truyền thanh cấp xã để phát trên hệ thống loa truyền "
                          "thanh, bảo đảm phát 02 lần/tuần vào sáng thứ Ba và sáng thứ Sáu."),
          P(D + ".III.6", "6. Khảo sát, đo lường sự hài lòng", "bh"),
          P(D + ".III.6", "Tổ chức điều tra xã hội học xác định Chỉ số SIPAS năm 2026 với quy mô 3.600 phiếu khảo sát "
                          "tại Bộ phận Một cửa các cấp; kết quả được công bố cùng Chỉ số CCHC năm 2026 của tỉnh."),
          P(D + ".IV", "IV. TIẾN ĐỘ THỰC HIỆN CÁC HOẠT ĐỘNG TRỌNG TÂM", "bh"),
          P(D + ".IV", "Các hoạt động trọng tâm của Kế hoạch được triển khai theo bảng sau:"),
          ("table", D + ".IV", A_TABLE_HEADER, A_TABLE_ROWS, [D + ".IV." + r[0] for r in A_TABLE_ROWS]),
          P(D + ".V", "V. KINH PHÍ", "bh"),
          P(D + ".V.1", "1. Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách năm 2026 giao cho Sở Nội vụ, "
                        "tổng số 285.000.000 đồng (Hai trăm tám mươi lăm triệu đồng), trong đó kinh phí tổ chức Cuộc "
                        "thi là 60.000.000 đồng."),
          P(D + ".V.2", "2. Ủy ban nhân dân các xã, phường bố trí kinh phí tuyên truyền CCHC của địa phương từ ngân "
                        "sách cấp xã và các nguồn hợp pháp khác."),
          P(D + ".VI", "VI. TỔ CHỨC THỰC HIỆN", "bh"),
          P(D + ".VI.1", "1. " + A_UNIT, "bh"),
          P(D + ".VI.1.a", "a) Là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch."),
          P(D + ".VI.1.b", "b) Chủ trì biên soạn bản tin CCHC cung cấp cho đài truyền thanh cấp xã; cập nhật nội dung "
                           "bản tin 01 lần/tháng."),
          P(D + ".VI.1.c", "c) Tổng hợp, báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng (trước ngày 10/6/2026) và "
                           "năm (trước ngày 10/12/2026) gửi Giám đốc Sở và Ủy ban nhân dân tỉnh."),
          P(D + ".VI.2", "2. Văn phòng Sở", "bh"),
          P(D + ".VI.2.a", "a) Chủ trì quản trị, cập nhật chuyên mục CCHC trên Trang thông tin điện tử Sở Nội vụ và "
                           "Fanpage “Sở Nội vụ Vân Khê”."),
          P(D + ".VI.2.b", "b) Bảo đảm kinh phí, cơ sở vật chất cho các hoạt động của Kế hoạch; hướng dẫn thanh toán, "
                           "quyết toán kinh phí theo quy định."),
          P(D + ".VI.3", "3. Ủy ban nhân dân các xã, phường", "bh"),
          P(D + ".VI.3.a", "a) Căn cứ Kế hoạch này, xây dựng và ban hành kế hoạch tuyên truyền CCHC năm 2026 của địa "
                           "phương trước ngày 28/02/2026."),
          P(D + ".VI.3.b", "b) Giao công chức phụ trách CCHC làm đầu mối; báo cáo kết quả tuyên truyền CCHC hằng quý "
                           "về Sở Nội vụ (qua " + A_UNIT + ") trước ngày 20 của tháng cuối quý."),
          P(D + ".VI.4", "4. Đề nghị các cơ quan, đơn vị phối hợp thực hiện", "bh"),
          P(D + ".VI.4.a", "a) Trung tâm Phục vụ hành chính công tỉnh: chủ trì quản trị kênh Zalo OA “CCHC Vân Khê”; "
                           "bố trí nhân sự hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại Trung tâm."),
          P(D + ".VI.4.b", "b) Báo và Phát thanh, Truyền hình Vân Khê: xây dựng, phát sóng chuyên mục “Vì dân phục vụ”; "
                           "đăng tải tin, bài về CCHC theo chương trình phối hợp đã ký kết."),
          P(D + ".VI.4.c", "c) Sở Khoa học và Công nghệ: hỗ trợ kỹ thuật, bảo đảm an toàn thông tin cho nền tảng thi "
                           "trực tuyến của Cuộc thi."),
          P(D + ".VI.4.d", "d) Tỉnh đoàn Vân Khê: vận động đoàn viên, thanh niên tham gia Cuộc thi."),
          P(D + ".VI", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội "
                       "vụ (qua " + A_UNIT + ") để được hướng dẫn."),
          P("Điều 2", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."),
          P("Điều 3", "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Cải cách hành chính và Văn thư, lưu trữ, Thủ trưởng các "
                      "phòng, đơn vị thuộc Sở và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định "
                      "này./.")]
    b.append(("lh", "signature",
              ["Nơi nhận:", "- Như Điều 3;", "- Bộ Nội vụ (để b/c);", "- UBND tỉnh (để b/c);",
               "- Giám đốc, các Phó Giám đốc Sở;", "- UBND các xã, phường;", "- Lưu: VT, CCHC&VTLT."],
              ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hoàng Thị Minh Nguyệt"]))
    return b


# zones of the two-column blocks, for the gold map: "Nơi nhận" is closing, the signer column is signature
A_LH_ZONES = {"signature": ("closing", "signature")}

# =========================================================================================================
# B. Commune quarterly report, text as copied from the commune's web portal (one line per paragraph,
#    blank lines between, the letterhead cells as separate indented lines, a tab-separated table, page chrome).
# =========================================================================================================
B_TABLE_HEADER = ["TT", "Lĩnh vực", "Tiếp nhận", "Trực tuyến", "Đã giải quyết", "Trễ hạn"]
B_TABLE_ROWS = [
    ["1", "Hộ tịch", "486", "401", "472", "0"],
    ["2", "Chứng thực", "517", "389", "509", "2"],
    ["3", "Đất đai", "118", "71", "96", "5"],
    ["4", "Bảo trợ xã hội", "92", "88", "90", "0"],
    ["5", "Lĩnh vực khác", "149", "138", "131", "0"],
    ["", "Tổng cộng", "1.362", "1.087", "1.298", "07"],
]


def doc_b():
    L = []  # (section, line) ; lines are joined with a blank line between them unless marked "tight"

    def add(sec, text, tight=False):
        L.append((sec, text, tight))

    add("chrome", "Trang chủ  »  Văn bản  »  Báo cáo")
    add("chrome", "Báo cáo")
    add("chrome", "19.03.2026 16:05 | 23 đã xem")
    add("chrome", "Báo cáo số 46/BC-UBND ngày 18/3/2026 của UBND xã Tân Phúc Hà về kết quả công tác cải cách hành "
                  "chính và chuyển đổi số Quý I năm 2026.")
    add("header", "ỦY BAN NHÂN DÂN")
    add("header", "XÃ TÂN PHÚC HÀ")
    add("header", "Số: 46  /BC-UBND")
    add("header", " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    add("header", "      Độc lập - Tự do - Hạnh phúc")
    add("header", "         Tân Phúc Hà, ngày 18 tháng 3 năm 2026")
    add("header", "BÁO CÁO")
    add("header", "Kết quả công tác cải cách hành chính và chuyển đổi số Quý I năm 2026")
    add("header", " ")
    add("preamble", "Căn cứ Kế hoạch số 09/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh Vân Khê về cải cách hành "
                    "chính nhà nước tỉnh Vân Khê năm 2026;")
    add("preamble", "Thực hiện Kế hoạch số 07/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân xã về thực hiện công tác cải "
                    "cách hành chính năm 2026 và Kế hoạch số 15/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân xã về "
                    "tuyên truyền cải cách hành chính năm 2026. Ủy ban nhân dân xã báo cáo kết quả thực hiện công tác "
                    "cải cách hành chính (CCHC) và chuyển đổi số (CĐS) Quý I năm 2026, cụ thể như sau:")
    S = "I"
    add(S, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC")
    add(S, "- Công tác xây dựng kế hoạch và tổ chức chỉ đạo, điều hành:")
    add(S, "Ủy ban nhân dân xã đã ban hành 04 kế hoạch về CCHC, CĐS năm 2026, gồm: Kế hoạch thực hiện công tác CCHC "
           "năm 2026; Kế hoạch tuyên truyền CCHC năm 2026; Kế hoạch CĐS năm 2026; Kế hoạch kiểm tra công tác CCHC năm "
           "2026. Chủ tịch Ủy ban nhân dân xã phân công cụ thể nhiệm vụ cho từng phòng chuyên môn, từng công chức; "
           "kết quả thực hiện nhiệm vụ CCHC là tiêu chí đánh giá, xếp loại công chức cuối năm.")
    add(S, "- Về chế độ hội họp, báo cáo:")
    add(S, "Ủy ban nhân dân xã lồng ghép nội dung CCHC, CĐS trong cuộc họp giao ban hằng tuần vào sáng thứ Hai; thực "
           "hiện chế độ báo cáo định kỳ quý về CCHC gửi Sở Nội vụ đúng thời gian quy định.")
    add(S, "- Công tác kiểm tra CCHC:")
    add(S, "Trong quý, Ủy ban nhân dân xã tổ chức tự kiểm tra tại 03 đơn vị: Văn phòng HĐND và UBND xã, Phòng Kinh "
           "tế, Trung tâm Phục vụ hành chính công xã; qua kiểm tra đã chấn chỉnh 02 trường hợp chậm cập nhật hồ sơ "
           "trên Hệ thống thông tin giải quyết TTHC của tỉnh.")
    add(S, "- Công tác tuyên truyền CCHC:")
    add(S, "Tuyên truyền trên hệ thống loa truyền thanh của xã 03 buổi/tuần; đăng tải 19 tin, bài trên Trang thông tin "
           "điện tử xã; tổ chức 01 đợt tuyên truyền trực tiếp tại 06 thôn (thôn Khe Mây, thôn Bãi Sậy, thôn Nà Pục, "
           "thôn Đồng Quang, thôn Tân Lập, thôn Phúc Sơn) với khoảng 640 lượt người dân tham dự.")
    S = "II"
    add(S, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC")
    add("II.1", "1. Cải cách thể chế")
    add("II.1", "Trong quý, Hội đồng nhân dân xã ban hành 02 nghị quyết; Ủy ban nhân dân xã ban hành 01 quyết định quy "
                "phạm pháp luật. Công chức Tư pháp - Hộ tịch đã rà soát 12 văn bản do Hội đồng nhân dân, Ủy ban nhân "
                "dân các xã cũ ban hành, đề nghị bãi bỏ 04 văn bản không còn phù hợp.")
    add("II.2", "2. Cải cách thủ tục hành chính")
    add("II.2", "- Niêm yết, công khai đầy đủ 248 TTHC thuộc thẩm quyền giải quyết của cấp xã tại Trung tâm Phục vụ "
                "hành chính công xã và trên Trang thông tin điện tử xã.")
    add("II.2", "- Tổng số hồ sơ tiếp nhận trong quý: 1.362 hồ sơ (trong đó trực tuyến 1.087 hồ sơ, đạt 79,8%); đã giải "
                "quyết 1.298 hồ sơ, trong đó đúng hạn 1.291 hồ sơ (đạt 99,5%), trễ hạn 07 hồ sơ; đang giải quyết 64 hồ "
                "sơ.")
    add("II.2", "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 92,3%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt "
                "41,6%.")
    add("II.2", "Kết quả giải quyết hồ sơ TTHC Quý I năm 2026 theo lĩnh vực như sau:")
    L.append(("II.2", "\t".join(B_TABLE_HEADER), "table"))
    for r in B_TABLE_ROWS:
        L.append(("II.2", "\t".join(r), "table"))
    add("II.2", "- Tiếp nhận 03 phản ánh, kiến nghị của người dân về quy định hành chính; đã xử lý, trả lời 03/03 phản "
                "ánh, kiến nghị.")
    add("II.3", "3. Cải cách tổ chức bộ máy")
    add("II.3", "Xã Tân Phúc Hà được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên và quy mô dân số của xã Tân "
                "Phúc và xã Phúc Hà (thuộc huyện Sơn Khê trước đây), chính thức hoạt động từ ngày 01/7/2025. Cơ cấu tổ "
                "chức gồm Văn phòng HĐND và UBND xã, Phòng Kinh tế, Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành "
                "chính công xã; tổng số cán bộ, công chức hiện có là 41 người (biên chế được giao 45 người).")
    add("II.4", "4. Cải cách chế độ công vụ")
    add("II.4", "Duy trì kỷ luật, kỷ cương hành chính; trong quý không có cán bộ, công chức vi phạm. Cử 02 công chức "
                "tham gia lớp bồi dưỡng kỹ năng số do tỉnh tổ chức.")
    add("II.5", "5. Cải cách tài chính công")
    add("II.5", "Thực hiện chi ngân sách đúng dự toán; 100% giao dịch thu, chi ngân sách xã thực hiện qua dịch vụ công "
                "trực tuyến của Kho bạc Nhà nước.")
    add("II.6", "6. Xây dựng và phát triển chính quyền số, chuyển đổi số")
    add("II.6", "- 100% văn bản đi (trừ văn bản mật) được ký số và gửi, nhận trên Hệ thống quản lý văn bản và điều hành; "
                "100% cán bộ, công chức được cấp chứng thư số cá nhân.")
    add("II.6", "- Duy trì 14 Tổ công nghệ số cộng đồng tại 14 thôn với 70 thành viên; trong quý, các Tổ đã hướng dẫn "
                "1.150 lượt người dân cài đặt, kích hoạt tài khoản định danh điện tử (VNeID) mức độ 2 và 386 lượt người "
                "dân nộp hồ sơ trực tuyến.")
    add("II.6", "- Trong quý không xảy ra sự cố mất an toàn thông tin mạng trên các hệ thống của xã.")
    S = "III"
    add(S, "III. ĐÁNH GIÁ CHUNG")
    add("III.1", "1. Ưu điểm")
    add("III.1", "Công tác CCHC, CĐS được Ủy ban nhân dân xã quan tâm chỉ đạo; bộ máy sau sắp xếp vận hành ổn định; tỷ "
                 "lệ hồ sơ giải quyết đúng hạn cao.")
    add("III.2", "2. Tồn tại, hạn chế")
    add("III.2", "- Còn 07 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai.")
    add("III.2", "- Tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp so với chỉ tiêu của tỉnh.")
    add("III.2", "- Sóng di động 4G tại thôn Khe Mây và thôn Bãi Sậy còn yếu, ảnh hưởng đến việc hướng dẫn người dân "
                 "sử dụng dịch vụ công trực tuyến.")
    add("III.3", "3. Nguyên nhân")
    add("III.3", "Khối lượng công việc sau sắp xếp lớn; một số hồ sơ đất đai phải xác minh nguồn gốc sử dụng đất; người "
                 "dân cao tuổi chưa quen sử dụng thiết bị thông minh.")
    S = "IV"
    add(S, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026")
    add("IV.1", "1. Văn phòng HĐND và UBND xã chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã rà soát, "
                "công khai lại danh mục TTHC sau khi có quyết định công bố mới của Chủ tịch Ủy ban nhân dân tỉnh; hoàn "
                "thành trước ngày 30/4/2026.")
    add("IV.2", "2. Trung tâm Phục vụ hành chính công xã chủ trì hướng dẫn người dân nộp hồ sơ và thanh toán phí, lệ phí "
                "trực tuyến; phấn đấu tỷ lệ thanh toán trực tuyến đạt từ 50% trở lên trong Quý II.")
    add("IV.3", "3. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức đợt tuyên truyền trực tiếp "
                "thứ hai về CCHC tại các thôn còn lại trong tháng 5/2026.")
    add("IV.4", "4. Phòng Kinh tế phối hợp với doanh nghiệp viễn thông khảo sát, đề xuất lắp đặt trạm phát sóng phủ "
                "sóng thôn Khe Mây và thôn Bãi Sậy; báo cáo Ủy ban nhân dân xã trong tháng 6/2026.")
    add("IV.5", "5. Cử 02 công chức tham dự Hội nghị tập huấn nghiệp vụ tuyên truyền CCHC đợt 1 do Sở Nội vụ tổ chức "
                "cho các xã khu vực phía Bắc tỉnh (tháng 4/2026).")
    add("IV.6", "6. Văn phòng HĐND và UBND xã tổng hợp, xây dựng báo cáo kết quả CCHC, CĐS Quý II năm 2026 gửi Sở Nội vụ "
                "trước ngày 19/6/2026.")
    S = "V"
    add(S, "V. ĐỀ XUẤT, KIẾN NGHỊ")
    add(S, "- Đề nghị Sở Khoa học và Công nghệ phối hợp với doanh nghiệp viễn thông sớm triển khai phủ sóng 4G tại "
           "các thôn vùng lõm sóng của xã.")
    add(S, "- Đề nghị Sở Nội vụ tiếp tục mở lớp bồi dưỡng nghiệp vụ CCHC cho công chức cấp xã sau sắp xếp.")
    add("closing", "Trên đây là báo cáo kết quả công tác cải cách hành chính và chuyển đổi số Quý I năm 2026 của Ủy ban "
                   "nhân dân xã Tân Phúc Hà./.")
    add("closing", "Nơi nhận:")
    L.append(("closing", "- Sở Nội vụ tỉnh Vân Khê;", "tight"))
    L.append(("closing", "- TT Đảng ủy, TT HĐND xã;", "tight"))
    L.append(("closing", "- CT, các PCT UBND xã;", "tight"))
    L.append(("closing", "- Lưu: VT, VP.", "tight"))
    add("signature", "TM. ỦY BAN NHÂN DÂN")
    add("signature", "KT. CHỦ TỊCH")
    add("signature", "PHÓ CHỦ TỊCH")
    add("signature", " ")
    add("signature", "Lương Văn Thịnh")
    add("chrome", "Tệp đính kèm: 46-BC-UBND.pdf")
    add("chrome", "Các tin khác")
    L.append(("chrome", "- Thông báo lịch tiếp công dân tháng 3 năm 2026 (12.03.2026)", "tight"))
    L.append(("chrome", "- Kế hoạch tuyên truyền cải cách hành chính năm 2026 (06.02.2026)", "tight"))
    L.append(("chrome", "- Quyết định kiện toàn Tổ công nghệ số cộng đồng xã (21.01.2026)", "tight"))
    add("chrome", "TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN PHÚC HÀ - TỈNH VÂN KHÊ")
    L.append(("chrome", "Cơ quan chủ quản: Ủy ban nhân dân xã Tân Phúc Hà", "tight"))
    return L


def render_b(lines):
    out = []
    for i, (sec, text, mode) in enumerate(lines):
        if i == 0:
            out.append(text)
        elif mode in ("tight", "table"):
            out.append("\n" + text)
        else:
            out.append("\n\n" + text)
    return "".join(out) + "\n"


# =========================================================================================================
# C. District inspection plan (PDF): I./1./1.1. numbering, team composition lists, a dated schedule table
#    without STT whose date cells span two rows.
# =========================================================================================================
C_SCHEDULE_HEADER = ["Ngày kiểm tra", "Buổi", "Đơn vị được kiểm tra", "Đoàn kiểm tra"]
# (date, [(buổi, unit, team), ...])
C_SCHEDULE = [
    ("Thứ Ba, 15/4/2025", [("Sáng", "UBND xã Tân Phúc", "Đoàn số 1"), ("Chiều", "UBND xã Phúc Hà", "Đoàn số 1")]),
    ("Thứ Tư, 16/4/2025", [("Sáng", "UBND thị trấn Sơn Khê", "Đoàn số 1"),
                           ("Chiều", "Phòng Tài chính - Kế hoạch", "Đoàn số 2")]),
    ("Thứ Năm, 17/4/2025", [("Sáng", "UBND xã Khe Thượng", "Đoàn số 2"), ("Chiều", "UBND xã Na Lầu", "Đoàn số 2")]),
    ("Thứ Ba, 22/4/2025", [("Sáng", "Phòng Văn hóa và Thông tin", "Đoàn số 1"),
                           ("Chiều", "UBND xã Bản Viền", "Đoàn số 1")]),
    ("Thứ Tư, 23/4/2025", [("Cả ngày", "UBND xã Đồng Mơ", "Đoàn số 2")]),
]


def doc_c():
    b = []
    b.append(("lh", "header", ["ỦY BAN NHÂN DÂN", "HUYỆN SƠN KHÊ", "Số: 27/KH-UBND"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Sơn Khê, ngày 24 tháng 02 năm 2025"]))
    b += [P("header", "KẾ HOẠCH", "bc"),
          P("header", "Kiểm tra công tác cải cách hành chính và chuyển đổi số năm 2025", "bc")]
    b.append(P("preamble", "Thực hiện Kế hoạch số 16/KH-UBND ngày 17/01/2025 của Ủy ban nhân dân tỉnh Vân Khê về kiểm "
                           "tra công tác cải cách hành chính năm 2025 và Kế hoạch số 05/KH-UBND ngày 10/01/2025 của Ủy "
                           "ban nhân dân huyện về cải cách hành chính năm 2025, Ủy ban nhân dân huyện Sơn Khê ban hành "
                           "Kế hoạch kiểm tra công tác cải cách hành chính (CCHC) và chuyển đổi số (CĐS) năm 2025 trên "
                           "địa bàn huyện như sau:"))
    b += [P("I", "I. MỤC ĐÍCH, YÊU CẦU", "bh"),
          P("I.1", "1. Mục đích", "bh"),
          P("I.1", "Đánh giá thực chất kết quả triển khai các nhiệm vụ CCHC, CĐS năm 2024 và đầu năm 2025 tại các cơ "
                   "quan, đơn vị, địa phương; kịp thời phát hiện, chấn chỉnh những tồn tại, hạn chế và biểu dương, nhân "
                   "rộng cách làm hay; góp phần cải thiện Chỉ số CCHC và Chỉ số đánh giá mức độ chuyển đổi số (DTI) của "
                   "huyện."),
          P("I.2", "2. Yêu cầu", "bh"),
          P("I.2", "Việc kiểm tra phải khách quan, đúng nội dung, không gây phiền hà, không làm ảnh hưởng đến hoạt động "
                   "bình thường của đơn vị được kiểm tra; sau kiểm tra có thông báo kết luận và theo dõi việc khắc "
                   "phục."),
          P("II", "II. ĐỐI TƯỢNG, HÌNH THỨC VÀ THỜI GIAN KIỂM TRA", "bh"),
          P("II.1", "1. Đối tượng kiểm tra trực tiếp", "bh"),
          P("II.1", "- 07 xã, thị trấn: xã Tân Phúc, xã Phúc Hà, thị trấn Sơn Khê, xã Khe Thượng, xã Na Lầu, xã Bản "
                    "Viền, xã Đồng Mơ;"),
          P("II.1", "- 02 cơ quan chuyên môn thuộc Ủy ban nhân dân huyện: Phòng Tài chính - Kế hoạch, Phòng Văn hóa và "
                    "Thông tin;"),
          P("II.1", "- Các xã còn lại tự kiểm tra và gửi báo cáo theo điểm 4 mục V Kế hoạch này."),
          P("II.2", "2. Hình thức kiểm tra", "bh"),
          P("II.2", "- Kiểm tra trực tiếp tại trụ sở đơn vị theo lịch tại điểm 3 mục IV Kế hoạch này;"),
          P("II.2", "- Kiểm tra qua báo cáo tự kiểm tra đối với các xã không có tên trong lịch kiểm tra trực tiếp;"),
          P("II.2", "- Kiểm tra đột xuất việc chấp hành giờ giấc làm việc và giải quyết TTHC tại Bộ phận tiếp nhận và trả "
                    "kết quả cấp xã, không báo trước, do Trưởng Đoàn kiểm tra số 1 quyết định."),
          P("II.3", "3. Thời gian kiểm tra", "bh"),
          P("II.3", "Kiểm tra trực tiếp từ ngày 15/4/2025 đến ngày 23/4/2025; kiểm tra đột xuất trong Quý III năm 2025."),
          P("III", "III. NỘI DUNG KIỂM TRA", "bh"),
          P("III.1", "1. Kiểm tra công tác CCHC", "bh"),
          P("III.1.1", "1.1. Công tác chỉ đạo, điều hành: việc ban hành và thực hiện kế hoạch CCHC năm 2025; công tác "
                       "tuyên truyền CCHC; việc thực hiện chế độ báo cáo định kỳ."),
          P("III.1.2", "1.2. Cải cách thủ tục hành chính (TTHC): việc niêm yết, công khai TTHC; tiếp nhận, giải quyết hồ "
                       "sơ theo cơ chế một cửa, một cửa liên thông; xin lỗi người dân khi giải quyết hồ sơ trễ hạn."),
          P("III.1.3", "1.3. Cải cách tổ chức bộ máy và chế độ công vụ: việc bố trí công chức theo vị trí việc làm; "
                       "chấp hành kỷ luật, kỷ cương hành chính."),
          P("III.1.4", "1.4. Cải cách tài chính công: việc thực hiện cơ chế tự chủ, quy chế chi tiêu nội bộ."),
          P("III.2", "2. Kiểm tra công tác CĐS", "bh"),
          P("III.2.1", "2.1. Việc sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc."),
          P("III.2.2", "2.2. Tỷ lệ hồ sơ trực tuyến, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC."),
          P("III.2.3", "2.3. Hoạt động của Tổ công nghệ số cộng đồng ở thôn, bản, tổ dân phố."),
          P("III.2.4", "2.4. Việc bảo đảm an toàn thông tin mạng tại đơn vị."),
          P("IV", "IV. THÀNH PHẦN ĐOÀN KIỂM TRA VÀ LỊCH KIỂM TRA", "bh"),
          P("IV.1", "1. Thành phần Đoàn kiểm tra", "bh"),
          P("IV.1", "Thành lập 02 Đoàn kiểm tra, thành phần cụ thể như sau:"),
          P("IV.1.1", "1.1. Đoàn kiểm tra số 1", "bh"),
          P("IV.1.1", "- Ông Lò Minh Khang, Phó Chủ tịch Ủy ban nhân dân huyện - Trưởng đoàn;"),
          P("IV.1.1", "- Bà Vi Thị Hạnh, Trưởng phòng Nội vụ - Phó Trưởng đoàn;"),
          P("IV.1.1", "- Ông Nông Đức Thiện, Phó Trưởng phòng Văn hóa và Thông tin - Thành viên;"),
          P("IV.1.1", "- Bà Hà Thị Yến, Phó Chánh Văn phòng HĐND và UBND huyện - Thành viên;"),
          P("IV.1.1", "- Ông Mạc Văn Tùng, chuyên viên Phòng Nội vụ - Thư ký."),
          P("IV.1.2", "1.2. Đoàn kiểm tra số 2", "bh"),
          P("IV.1.2", "- Bà Vi Thị Hạnh, Trưởng phòng Nội vụ - Trưởng đoàn;"),
          P("IV.1.2", "- Ông Triệu Quang Vinh, Phó Trưởng phòng Tư pháp - Thành viên;"),
          P("IV.1.2", "- Bà Lục Thu Trang, chuyên viên Phòng Kinh tế và Hạ tầng - Thành viên;"),
          P("IV.1.2", "- Ông Hoàng Văn Sáng, viên chức Trung tâm Văn hóa, Thông tin và Thể thao huyện - Thành viên;"),
          P("IV.1.2", "- Ông Mạc Văn Tùng, chuyên viên Phòng Nội vụ - Thư ký."),
          P("IV.2", "2. Thời gian làm việc", "bh"),
          P("IV.2", "Buổi sáng từ 07 giờ 30 phút đến 11 giờ 00 phút; buổi chiều từ 13 giờ 30 phút đến 16 giờ 30 phút."),
          P("IV.3", "3. Lịch kiểm tra trực tiếp", "bh"),
          ("table", "IV.3", C_SCHEDULE_HEADER, C_SCHEDULE, None),
          P("V", "V. TỔ CHỨC THỰC HIỆN", "bh"),
          P("V.1", "1. Phòng Nội vụ", "bh"),
          P("V.1", "- Là cơ quan thường trực của các Đoàn kiểm tra; chuẩn bị đề cương, biểu mẫu và gửi các đơn vị được "
                   "kiểm tra trước ngày 25/3/2025."),
          P("V.1", "- Chủ trì, phối hợp với Văn phòng HĐND và UBND huyện dự thảo Thông báo kết luận kiểm tra đối với từng "
                   "đơn vị trong thời hạn 07 ngày làm việc kể từ ngày kết thúc kiểm tra tại đơn vị."),
          P("V.1", "- Tổng hợp, báo cáo Ủy ban nhân dân huyện kết quả kiểm tra trước ngày 09/5/2025 để báo cáo Ủy ban "
                   "nhân dân tỉnh (qua Sở Nội vụ) trước ngày 15/5/2025."),
          P("V.2", "2. Phòng Văn hóa và Thông tin", "bh"),
          P("V.2", "Phối hợp với Phòng Nội vụ kiểm tra nội dung CĐS tại điểm 2 mục III Kế hoạch này; tổng hợp số liệu "
                   "Chỉ số DTI cấp xã của các đơn vị được kiểm tra gửi Phòng Nội vụ trước ngày 10/4/2025."),
          P("V.3", "3. Phòng Tài chính - Kế hoạch", "bh"),
          P("V.3", "Bố trí kinh phí hoạt động của các Đoàn kiểm tra từ nguồn kinh phí CCHC năm 2025 của huyện."),
          P("V.4", "4. Các cơ quan, đơn vị được kiểm tra", "bh"),
          P("V.4", "- Xây dựng báo cáo tự kiểm tra theo đề cương và gửi về Phòng Nội vụ chậm nhất 05 ngày làm việc trước "
                   "ngày kiểm tra theo lịch."),
          P("V.4", "- Thủ trưởng đơn vị trực tiếp làm việc với Đoàn kiểm tra; chuẩn bị đầy đủ hồ sơ, tài liệu liên quan."),
          P("V.4", "- Trong thời hạn 15 ngày kể từ ngày nhận Thông báo kết luận kiểm tra, báo cáo kết quả khắc phục tồn "
                   "tại, hạn chế về Ủy ban nhân dân huyện (qua Phòng Nội vụ)."),
          P("V.4", "- Các xã không có tên trong lịch kiểm tra trực tiếp gửi báo cáo tự kiểm tra về Phòng Nội vụ trước "
                   "ngày 30/5/2025."),
          P("closing", "Trên đây là Kế hoạch kiểm tra công tác cải cách hành chính và chuyển đổi số năm 2025 của Ủy ban "
                       "nhân dân huyện Sơn Khê. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực "
                       "hiện./.")]
    b.append(("lh", "signature",
              ["Nơi nhận:", "- Sở Nội vụ tỉnh Vân Khê (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
               "- CT, các PCT UBND huyện;", "- Thành viên các Đoàn kiểm tra;", "- Các đơn vị được kiểm tra;",
               "- Lưu: VT, NV."],
              ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Bế Văn Toản"]))
    return b


# =========================================================================================================
# gold text per section (for the checker)
# =========================================================================================================
def gold(doc):
    """[(section, text)] in reading order, as each file's library reads it (cells one by one)."""
    out = []
    if doc == DOC_B:
        for sec, text, _ in doc_b():
            if sec == "chrome":
                sec = "header" if text.startswith(("Trang chủ", "Báo cáo")) or "đã xem" in text else "chrome"
            out.append((sec, text))
        return out
    blocks = doc_a() if doc == DOC_A else doc_c()
    for bl in blocks:
        if bl[0] == "p":
            out.append((bl[1], bl[2]))
        elif bl[0] == "lh":
            if bl[1] == "signature":
                out += [("closing", t) for t in bl[2] if t]
                out += [("signature", t) for t in bl[3] if t]
            else:
                out += [(bl[1], t) for t in bl[2] + bl[3] if t]
        elif bl[0] == "table":
            sec, header, rows, row_secs = bl[1], bl[2], bl[3], bl[4]
            out += [(sec, h) for h in header]
            if doc == DOC_A:
                for r, rs in zip(rows, row_secs):
                    out += [(rs, c) for c in r]
            else:
                for date, sub in rows:
                    out.append((sec, date))
                    for buoi, unit, team in sub:
                        out += [(sec, buoi), (sec, unit), (sec, team)]
    return out


# =========================================================================================================
# renderers
# =========================================================================================================
FIXED = datetime.datetime(2026, 1, 16, 8, 0, 0)


def _fix_zip(data):
    """Rewrite a .docx zip with fixed member timestamps so reruns are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 16, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx(path):
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401
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
    cp.author, cp.title = "Sở Nội vụ tỉnh Vân Khê", "QĐ ban hành KH thông tin, tuyên truyền CCHC năm 2026"
    cp.created = cp.modified = FIXED
    cp.last_modified_by = "VT"
    cp.revision = 1

    def para(container, text, fmt, size=None):
        p = container.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(3)
        if "c" in fmt:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            pf.first_line_indent = Cm(1)
        if text.startswith(("Điều 1.", "Điều 2.", "Điều 3.")):
            head, rest = text.split(".", 1)
            r = p.add_run(head + ".")
            r.bold = True
            p.add_run(rest)
        else:
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            if size:
                r.font.size = Pt(size)
        return p

    def two_col(left, right, widths=(Cm(6.5), Cm(9.5)), left_fmt=None, right_fmt=None):
        t = d.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for cell, lines, w, fmts in ((t.rows[0].cells[0], left, widths[0], left_fmt),
                                     (t.rows[0].cells[1], right, widths[1], right_fmt)):
            cell.width = w
            cell.paragraphs[0].text = ""
            first = True
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                f = fmts[k] if fmts and k < len(fmts) else "c"
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if "c" in f else WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.bold = "b" in f
                r.italic = "i" in f
                r.font.size = Pt(13 if "s" not in f else 11)
        return t

    for bl in doc_a():
        if bl[0] == "lh" and bl[1] == "header":
            two_col(bl[2], bl[3], left_fmt=["c", "bc", "c"], right_fmt=["bc", "bc", "ic"])
            d.add_paragraph()
        elif bl[0] == "lh":
            two_col(bl[2], bl[3], widths=(Cm(8), Cm(8)),
                    left_fmt=["bis"] + ["s"] * (len(bl[2]) - 1), right_fmt=["bc"] * len(bl[3]))
        elif bl[0] == "p":
            para(d, bl[2], bl[3])
        else:
            _, s, header, rows, _ = bl
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(1.1), Cm(5.4), Cm(3.6), Cm(3.9), Cm(2.4)]
            trPr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trPr.append(th)
            for i, row in enumerate([header] + rows):
                for j, txt in enumerate(row):
                    c = t.rows[i].cells[j]
                    c.width = widths[j]
                    p = c.paragraphs[0]
                    p.paragraph_format.space_after = Pt(0)
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or j in (0, 4)) else WD_ALIGN_PARAGRAPH.LEFT
                    r = p.add_run(txt)
                    r.bold = i == 0
                    r.font.size = Pt(12)
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue()))


def build_txt(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(render_b(doc_b()))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("dv", "", 11)
                self.cell(0, 6, str(self.page_no()), align="C")
                self.ln(8)

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 2, 24, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Sơn Khê VP")
    pdf.set_title("KH kiểm tra CCHC và CĐS năm 2025")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def two_col(left, right, lw, lf, rf):
        y0 = pdf.get_y()
        x0 = pdf.l_margin
        for k, line in enumerate(left):
            pdf.set_xy(x0, y0 + 5.2 * k)
            pdf.set_font("dv", "B" if "b" in lf[k] else ("I" if "i" in lf[k] else ""), 10)
            pdf.cell(lw, 5.2, line, align="C" if "c" in lf[k] else "L")
        for k, line in enumerate(right):
            pdf.set_xy(x0 + lw, y0 + 5.2 * k)
            pdf.set_font("dv", "B" if "b" in rf[k] else ("I" if "i" in rf[k] else ""), 10)
            pdf.cell(W - lw, 5.2, line, align="C")
        pdf.set_y(y0 + 5.2 * max(len(left), len(right)) + 3)

    for bl in doc_c():
        if bl[0] == "lh" and bl[1] == "header":
            two_col(bl[2], bl[3], 62, ["c", "bc", "c"], ["bc", "bc", "ic"])
            y = pdf.get_y()
            pdf.line(pdf.l_margin + 18, y - 8.6, pdf.l_margin + 44, y - 8.6)
            pdf.line(pdf.l_margin + 62 + 28, y - 8.6, pdf.l_margin + 62 + 72, y - 8.6)
            pdf.ln(3)
        elif bl[0] == "lh":
            pdf.ln(2)
            if pdf.get_y() > pdf.h - 70:
                pdf.add_page()
            y0 = pdf.get_y()
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 4.6 * k)
                pdf.set_font("dv", "BI" if False else ("B" if k == 0 else ""), 9 if k else 10)
                pdf.cell(80, 4.6, line)
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + 80, y0 + 5.2 * k)
                pdf.set_font("dv", "B", 10.5)
                pdf.cell(W - 80, 5.2, line, align="C")
            pdf.set_y(y0 + 5.2 * len(bl[3]) + 2)
        elif bl[0] == "p":
            fmt, text = bl[3], bl[2]
            style = "B" if "b" in fmt else ("I" if "i" in fmt else "")
            size = 12 if ("c" in fmt and text == "KẾ HOẠCH") else 10.5
            pdf.set_font("dv", style, size)
            if "c" in fmt:
                pdf.multi_cell(W, 5.6, text, align="C")
            else:
                pdf.set_x(pdf.l_margin)
                pdf.multi_cell(W, 5.6, "      " + text if "h" not in fmt else text, align="J" if "h" not in fmt else "L")
            pdf.ln(1.2)
        else:
            _, s, header, rows, _ = bl
            pdf.set_font("dv", "", 10)
            head_style = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
            with pdf.table(col_widths=(38, 20, 62, 36), text_align=("LEFT", "CENTER", "LEFT", "CENTER"),
                           headings_style=head_style, line_height=5.4, repeat_headings=1) as table:
                r = table.row()
                for h in header:
                    r.cell(h)
                for date, sub in rows:
                    for k, (buoi, unit, team) in enumerate(sub):
                        r = table.row()
                        if k == 0:
                            r.cell(date, rowspan=len(sub))
                        r.cell(buoi)
                        r.cell(unit)
                        r.cell(team)
            pdf.ln(3)
    pdf.output(path)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOC_A))
    build_txt(os.path.join(CORPUS, DOC_B))
    build_pdf(os.path.join(CORPUS, DOC_C))
    for n in (DOC_A, DOC_B, DOC_C):
        print(n, os.path.getsize(os.path.join(CORPUS, n)))


if __name__ == "__main__":
    main()
