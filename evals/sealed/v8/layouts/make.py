# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v8 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Ngàn Khê, its xã and phường, all numbers, dates, phone numbers and people). Each
document is held as a small model: a list of blocks, every block carrying the gold section path of its text (used
by check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2026-ubnd-tinh-ngan-khe-de-an-tthc-dien-tu-chi-so-2026-2028.docx   Đề án: Phần thứ nhất-năm, budget table
  B  2026-chu-tich-ubnd-ngan-khe-qd-477-danh-muc-dvctt.pdf              Quyết định phê duyệt danh mục DVCTT
  C  2026-ubnd-phuong-thach-loan-chuong-trinh-cong-tac-cchc-cds.txt     Chương trình công tác năm, month table
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

DOC_A = "2026-ubnd-tinh-ngan-khe-de-an-tthc-dien-tu-chi-so-2026-2028.docx"
DOC_B = "2026-chu-tich-ubnd-ngan-khe-qd-477-danh-muc-dvctt.pdf"
DOC_C = "2026-ubnd-phuong-thach-loan-chuong-trinh-cong-tac-cchc-cds.txt"

# Block kinds:
#   ("p", section, text, fmt)                 paragraph; fmt letters: b bold, i italic, c centre, h heading,
#                                             d dash bullet, + plus bullet, o "•" bullet, r right-aligned
#   ("lh", zone, left_lines, right_lines)     two-column borderless block (letterhead / signature)
#   ("btable", section, header2, rows)        budget table with a two-row merged header (all text -> section)
#   ("ltable", section, header, rows)         list table with two levels of group rows: ("g1", label, title)
#                                             and ("g2", label, title); a list row [STT, ...] is
#                                             section.<g1>.<g2>.<STT>; a cell None continues the merged
#                                             (row-spanning) cell above it
#   ("stable", section, header, rows)         small summary table without STT (all text -> section)
#   ("mtable", section, header, rows)         plain-text month table [Tháng, STT, ...]; rows are section.<STT>;
#                                             Tháng None continues the month above (merged)
#   ("raw", zone, lines, pieces)              pre-set lines (plain-text letterhead / signature), gold pieces
#   ("break", orientation)                    page break
P = lambda sec, text, fmt="": ("p", sec, text, fmt)
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# =========================================================================================================
# A. Đề án of the provincial People's Committee (approved by Quyết định 318/QĐ-UBND): Phần thứ nhất .. Phần
#    thứ năm, each with I./II., 1./2., a)/b), "-" bullets; fields written inline in prose; a budget table with a
#    merged two-row header in Phần thứ tư.
# =========================================================================================================
A_BUDGET_HEAD = [["Nội dung", "Tổng kinh phí", "Chia theo năm", None, None],
                 [None, None, "Năm 2026", "Năm 2027", "Năm 2028"]]
A_BUDGET = [["Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh", "12.600", "6.800", "3.900", "1.900"],
            ["Số hóa hồ sơ, kết quả giải quyết TTHC", "9.450", "5.200", "2.650", "1.600"],
            ["Trang bị Khu vực tự phục vụ tại các xã, phường", "11.340", "7.560", "2.520", "1.260"],
            ["Khảo sát Chỉ số SIPAS, đánh giá Chỉ số DDCI", "2.970", "990", "990", "990"],
            ["Tập huấn, truyền thông", "2.100", "700", "700", "700"],
            ["Tổng cộng", "38.460", "21.250", "10.760", "6.450"]]

P1, P2, P3, P4, P5 = "Phần I", "Phần II", "Phần III", "Phần IV", "Phần V"


def doc_a():
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH NGÀN KHÊ"], MOTTO),
         P("header", "ĐỀ ÁN", "bc"),
         P("header", "Nâng cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử và cải thiện các "
                     "Chỉ số PAR INDEX, SIPAS, PCI tỉnh Ngàn Khê giai đoạn 2026 - 2028", "bc"),
         P("header", "(Kèm theo Quyết định số 318/QĐ-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Ngàn "
                     "Khê)", "ic"),
         # ---------------------------------------------------------------- Phần thứ nhất
         P(P1, "Phần thứ nhất", "bc"),
         P(P1, "SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN", "bc"),
         P(P1 + ".I", "I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", "b"),
         P(P1 + ".I", "Sau sắp xếp đơn vị hành chính, tỉnh Ngàn Khê có 96 xã, phường; khối lượng hồ sơ thủ tục hành "
                      "chính (sau đây viết tắt là TTHC) tiếp nhận ở cấp xã tăng gần gấp đôi. Năm 2025, Chỉ số cải "
                      "cách hành chính (sau đây gọi là Chỉ số PAR INDEX) của tỉnh xếp thứ 27/34, Chỉ số hài lòng "
                      "của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (sau đây gọi là "
                      "Chỉ số SIPAS) xếp thứ 25/34 tỉnh, thành phố. Việc xây dựng Đề án là cần thiết để tập trung "
                      "nguồn lực cho giải quyết TTHC trên môi trường điện tử trong 03 năm 2026 - 2028."),
         P(P1 + ".II", "II. CĂN CỨ XÂY DỰNG ĐỀ ÁN", "b"),
         P(P1 + ".II", "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
                       "hành chính nhà nước giai đoạn 2021 - 2030;", "d"),
         P(P1 + ".II", "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính "
                       "theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc "
                       "gia;", "d"),
         P(P1 + ".II", "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển "
                       "ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
                       "(sau đây gọi tắt là Đề án 06);", "d"),
         P(P1 + ".II", "Nghị quyết số 14/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển "
                       "kinh tế - xã hội năm 2026.", "d"),
         # ---------------------------------------------------------------- Phần thứ hai
         P(P2, "Phần thứ hai", "bc"),
         P(P2, "THỰC TRẠNG GIẢI QUYẾT TTHC VÀ CÁC CHỈ SỐ NĂM 2025", "bc"),
         P(P2 + ".I", "I. KẾT QUẢ ĐẠT ĐƯỢC", "b"),
         P(P2 + ".I.1", "1. Giải quyết TTHC", "b"),
         P(P2 + ".I.1", "Bộ TTHC của tỉnh có 1.947 TTHC; 1.206 TTHC được cung cấp dịch vụ công trực tuyến, trong đó "
                        "611 dịch vụ công trực tuyến toàn trình.", "d"),
         P(P2 + ".I.1", "Năm 2025 tiếp nhận 412.730 hồ sơ, tỷ lệ hồ sơ nộp trực tuyến đạt 58,3%; tỷ lệ hồ sơ giải "
                        "quyết đúng hạn đạt 97,6%.", "d"),
         P(P2 + ".I.2", "2. Số hóa hồ sơ, kết quả giải quyết TTHC", "b"),
         P(P2 + ".I.2", "68,2% kết quả giải quyết TTHC còn hiệu lực được số hóa; 41,5% hồ sơ được tái sử dụng dữ "
                        "liệu đã số hóa, không yêu cầu người dân nộp lại giấy tờ.", "d"),
         P(P2 + ".I.3", "3. Kết quả các chỉ số năm 2025", "b"),
         P(P2 + ".I.3.a", "a) Chỉ số PAR INDEX đạt 86,41%, xếp thứ 27/34;"),
         P(P2 + ".I.3.b", "b) Chỉ số SIPAS đạt 84,07%, xếp thứ 25/34;"),
         P(P2 + ".I.3.c", "c) Chỉ số năng lực cạnh tranh cấp tỉnh (sau đây gọi là Chỉ số PCI) đạt 66,90 điểm, xếp "
                          "thứ 19/34; chỉ số thành phần \"Tính minh bạch\" giảm 0,84 điểm so với năm 2024."),
         P(P2 + ".II", "II. HẠN CHẾ VÀ NGUYÊN NHÂN", "b"),
         P(P2 + ".II.1", "1. Hạn chế", "b"),
         P(P2 + ".II.1", "Nhiều dịch vụ công trực tuyến toàn trình có tỷ lệ hồ sơ phát sinh trực tuyến dưới 10%;", "d"),
         P(P2 + ".II.1", "Bộ phận Một cửa tại các xã vùng cao Pò Sẻo, Khuổi Nọi, Nà Vài chưa có máy quét chuyên "
                         "dụng, việc số hóa thành phần hồ sơ còn làm thủ công;", "d"),
         P(P2 + ".II.1", "Hệ thống thông tin giải quyết TTHC tỉnh chưa tích hợp thanh toán trực tuyến nghĩa vụ tài "
                         "chính về đất đai.", "d"),
         P(P2 + ".II.2", "2. Nguyên nhân", "b"),
         P(P2 + ".II.2", "Kỹ năng số của một bộ phận người dân vùng cao còn hạn chế; công chức cấp xã sau sắp xếp "
                         "kiêm nhiệm nhiều việc; kinh phí đầu tư trang thiết bị chưa được bố trí tập trung."),
         # ---------------------------------------------------------------- Phần thứ ba
         P(P3, "Phần thứ ba", "bc"),
         P(P3, "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP", "bc"),
         P(P3 + ".I", "I. MỤC TIÊU", "b"),
         P(P3 + ".I.1", "1. Mục tiêu chung", "b"),
         P(P3 + ".I.1", "Đến năm 2028, giải quyết TTHC trên môi trường điện tử trở thành phương thức chủ yếu; Chỉ số "
                        "PAR INDEX và Chỉ số SIPAS của tỉnh thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước."),
         P(P3 + ".I.2", "2. Mục tiêu cụ thể", "b"),
         P(P3 + ".I.2.a", "a) Tỷ lệ hồ sơ TTHC nộp trực tuyến đạt 70% trong năm 2026 và 85% vào năm 2028;"),
         P(P3 + ".I.2.b", "b) Ít nhất 75% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trong "
                          "năm 2026; 100% vào năm 2028;"),
         P(P3 + ".I.2.c", "c) Chỉ số SIPAS đạt từ 88% trở lên năm 2026 và từ 92% trở lên năm 2028;"),
         P(P3 + ".I.2.d", "d) Chỉ số PCI đạt từ 69 điểm trở lên vào năm 2028;"),
         P(P3 + ".I.2.đ", "đ) 100% xã, phường có Khu vực tự phục vụ với ít nhất 02 máy tính và 01 máy quét trước "
                          "ngày 31/12/2026."),
         P(P3 + ".II", "II. NHIỆM VỤ, GIẢI PHÁP", "b"),
         P(P3 + ".II.1", "1. Rà soát, phê duyệt danh mục dịch vụ công trực tuyến", "b"),
         P(P3 + ".II.1", "Rà soát toàn bộ TTHC đủ điều kiện để trình phê duyệt danh mục dịch vụ công trực tuyến toàn "
                         "trình, một phần bổ sung năm 2026. Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh; cơ quan "
                         "phối hợp: các sở, ngành, Ủy ban nhân dân các xã, phường; thời gian: trình Chủ tịch Ủy ban "
                         "nhân dân tỉnh trong tháng 3/2026, sau đó rà soát bổ sung định kỳ 06 tháng một lần."),
         P(P3 + ".II.2", "2. Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh", "b"),
         P(P3 + ".II.2", "Nội dung nâng cấp gồm:"),
         P(P3 + ".II.2.a", "a) Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư và Cơ sở dữ liệu đất "
                           "đai để tự động điền thông tin vào biểu mẫu điện tử;"),
         P(P3 + ".II.2.b", "b) Tích hợp thanh toán trực tuyến phí, lệ phí và nghĩa vụ tài chính về đất đai;"),
         P(P3 + ".II.2.c", "c) Gửi tin nhắn thông báo tình trạng hồ sơ qua ứng dụng VNeID."),
         P(P3 + ".II.2", "Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Công an tỉnh, VNPT Ngàn Khê; "
                         "thời gian: hoàn thành trong Quý III/2026."),
         P(P3 + ".II.3", "3. Số hóa hồ sơ, kết quả giải quyết TTHC", "b"),
         P(P3 + ".II.3", "Các sở, ngành và Ủy ban nhân dân các xã, phường tự số hóa kết quả giải quyết TTHC còn hiệu "
                         "lực thuộc thẩm quyền, hoàn thành 100% trước ngày 31/10/2026; Văn phòng Ủy ban nhân dân tỉnh "
                         "hướng dẫn, kiểm tra và công khai tiến độ hằng tháng."),
         P(P3 + ".II.4", "4. Trang bị Khu vực tự phục vụ tại cấp xã", "b"),
         P(P3 + ".II.4", "Ưu tiên trang bị trước cho 14 xã vùng cao, trong đó có xã Pò Sẻo, xã Khuổi Nọi, xã Nà Vài. "
                         "Đơn vị thực hiện: Ủy ban nhân dân các xã, phường; phối hợp: Sở Tài chính bố trí kinh phí, "
                         "Bưu điện tỉnh Ngàn Khê cử nhân viên hỗ trợ; thời gian: hoàn thành trước ngày 31/12/2026."),
         P(P3 + ".II.5", "5. Cải thiện Chỉ số SIPAS và Chỉ số PCI", "b"),
         P(P3 + ".II.5.a", "a) Khảo sát Chỉ số SIPAS cấp tỉnh 02 lần mỗi năm, vào tháng 6 và tháng 11; cơ quan chủ "
                           "trì: Sở Nội vụ; phối hợp: Bưu điện tỉnh Ngàn Khê phát, thu phiếu khảo sát."),
         P(P3 + ".II.5.b", "b) Tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp về TTHC hằng quý; cơ "
                           "quan chủ trì: Sở Tài chính; phối hợp: Hiệp hội Doanh nghiệp tỉnh."),
         P(P3 + ".II.5.c", "c) Đánh giá Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (sau đây gọi là Chỉ số "
                           "DDCI) lần đầu trong Quý IV/2026; cơ quan chủ trì: Sở Tài chính; phối hợp: Hiệp hội Doanh "
                           "nghiệp tỉnh, Sở Nội vụ."),
         P(P3 + ".II.6", "6. Truyền thông về dịch vụ công trực tuyến", "b"),
         P(P3 + ".II.6", "Báo và Phát thanh, Truyền hình Ngàn Khê duy trì chuyên mục \"Dịch vụ công trong tầm tay\" "
                         "02 số/tháng trên sóng truyền hình; Ủy ban nhân dân các xã, phường phát tin trên hệ thống "
                         "truyền thanh cơ sở ít nhất 02 lần/tuần."),
         # ---------------------------------------------------------------- Phần thứ tư
         P(P4, "Phần thứ tư", "bc"),
         P(P4, "KINH PHÍ THỰC HIỆN", "bc"),
         P(P4 + ".I", "I. TỔNG KINH PHÍ", "b"),
         P(P4 + ".I", "Tổng kinh phí thực hiện Đề án giai đoạn 2026 - 2028 là 38.460 triệu đồng, phân bổ như sau:"),
         P(P4 + ".I", "Đơn vị tính: triệu đồng", "ir"),
         ("btable", P4 + ".I", A_BUDGET_HEAD, A_BUDGET),
         P(P4 + ".II", "II. NGUỒN KINH PHÍ", "b"),
         P(P4 + ".II", "Ngân sách tỉnh bảo đảm kinh phí nâng cấp Hệ thống, khảo sát, tập huấn và truyền thông; ngân "
                       "sách cấp xã đối ứng 30% kinh phí trang bị Khu vực tự phục vụ; khuyến khích huy động nguồn xã "
                       "hội hóa từ các doanh nghiệp viễn thông."),
         # ---------------------------------------------------------------- Phần thứ năm
         P(P5, "Phần thứ năm", "bc"),
         P(P5, "TỔ CHỨC THỰC HIỆN", "bc"),
         P(P5 + ".I", "I. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", "b"),
         P(P5 + ".I.1", "1. Sở Nội vụ", "b"),
         P(P5 + ".I.1", "Là cơ quan thường trực của Đề án; theo dõi, đôn đốc, tổng hợp kết quả thực hiện; đưa kết "
                        "quả thực hiện Đề án vào tiêu chí chấm điểm Chỉ số cải cách hành chính của các sở, ngành và "
                        "Ủy ban nhân dân các xã, phường."),
         P(P5 + ".I.2", "2. Văn phòng Ủy ban nhân dân tỉnh", "b"),
         P(P5 + ".I.2", "Chủ trì nhiệm vụ tại mục 1 và hướng dẫn nhiệm vụ tại mục 3 phần II Phần thứ ba; chỉ đạo "
                        "Trung tâm Phục vụ hành chính công tỉnh công khai tỷ lệ hồ sơ trực tuyến của từng cơ quan "
                        "trên Cổng Dịch vụ công của tỉnh hằng tháng."),
         P(P5 + ".I.3", "3. Sở Khoa học và Công nghệ", "b"),
         P(P5 + ".I.3", "Chủ trì nâng cấp Hệ thống; bảo đảm an toàn thông tin, khắc phục sự cố Hệ thống trong thời "
                        "hạn 04 giờ kể từ khi nhận được thông báo."),
         P(P5 + ".I.4", "4. Sở Tài chính", "b"),
         P(P5 + ".I.4", "Tham mưu bố trí kinh phí thực hiện Đề án trong dự toán ngân sách hằng năm; chủ trì đối thoại "
                        "doanh nghiệp và đánh giá Chỉ số DDCI."),
         P(P5 + ".I.5", "5. Công an tỉnh", "b"),
         P(P5 + ".I.5", "Hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2 tại Bộ phận Một cửa cấp xã; "
                        "phối hợp kết nối Hệ thống với Cơ sở dữ liệu quốc gia về dân cư."),
         P(P5 + ".I.6", "6. Ủy ban nhân dân các xã, phường", "b"),
         P(P5 + ".I.6", "Xây dựng chương trình công tác năm 2026 để cụ thể hóa Đề án, gửi Sở Nội vụ trước ngày "
                        "30/4/2026; bố trí ngân sách cấp xã đối ứng; thành lập Tổ công nghệ số cộng đồng tại các "
                        "thôn, tổ dân phố."),
         P(P5 + ".II", "II. CHẾ ĐỘ BÁO CÁO", "b"),
         P(P5 + ".II", "Các cơ quan, đơn vị báo cáo kết quả thực hiện Đề án hằng quý, trước ngày 15 của tháng cuối "
                       "quý, gửi Sở Nội vụ. Sở Nội vụ tổ chức sơ kết giữa kỳ trong Quý IV/2027 và tổng kết Đề án "
                       "trong Quý IV/2028."),
         P("closing", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội "
                      "vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh./."),
         ("lh", "signature", ["", ""], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "",
                                        "Mạc Thị Huyền Sa"]),
         ]
    return b


# =========================================================================================================
# B. Quyết định of the Chairman of the provincial People's Committee approving a list of online public services:
#    Điều 1-4 with khoản/điểm; signature; then (landscape) PHỤ LỤC: a list table with two group levels (A/B then
#    I, II ...), STT restarting in each lĩnh vực, merged "Cơ quan thực hiện" cells, running over two pages with
#    its header repeated; a "Ghi chú" and a summary table without STT.
# =========================================================================================================
B_HEADER = ["STT", "Tên thủ tục hành chính", "Mã TTHC", "Mức độ", "Cơ quan thực hiện", "Thời điểm áp dụng"]
TT, MP = "Toàn trình", "Một phần"
B_ROWS = [
    ("g1", "A", "THỦ TỤC HÀNH CHÍNH CẤP TỈNH"),
    ("g2", "I", "Lĩnh vực Lý lịch tư pháp"),
    ["1", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "1.008412", TT, "Sở Tư pháp", "15/4/2026"],
    ["2", "Cấp Phiếu lý lịch tư pháp cho người nước ngoài đang cư trú tại Việt Nam", "1.008415", MP, None,
     "01/5/2026"],
    ("g2", "II", "Lĩnh vực Xây dựng"),
    ["1", "Cấp giấy phép xây dựng mới đối với công trình cấp II", "1.011930", MP, "Sở Xây dựng", "01/5/2026"],
    ["2", "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II", "1.011944", TT, None, "15/4/2026"],
    ["3", "Gia hạn chứng chỉ hành nghề hoạt động xây dựng hạng II", "1.011947", TT, None, "15/4/2026"],
    ("g2", "III", "Lĩnh vực Đất đai"),
    ["1", "Đăng ký biến động quyền sử dụng đất do thay đổi tên của tổ chức", "1.012306",
     TT, "Văn phòng Đăng ký đất đai tỉnh", "01/6/2026"],
    ["2", "Cung cấp thông tin, dữ liệu đất đai", "1.012311", TT, None, "15/4/2026"],
    ["3", "Đăng ký đất đai lần đầu đối với tổ chức đang sử dụng đất", "1.012318", MP,
     "Sở Nông nghiệp và Môi trường", "01/6/2026"],
    ("g2", "IV", "Lĩnh vực Công Thương"),
    ["1", "Cấp giấy phép bán lẻ sản phẩm rượu", "2.001240", TT, "Sở Công Thương", "15/4/2026"],
    ["2", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm do ngành Công Thương quản lý", "2.001262",
     MP, None, "01/5/2026"],
    ["3", "Cấp Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ", "2.001275", TT, None,
     "01/7/2026"],
    ("g2", "V", "Lĩnh vực Giáo dục và Đào tạo"),
    ["1", "Chuyển trường đối với học sinh trung học phổ thông", "1.005090", TT, "Sở Giáo dục và Đào tạo",
     "15/4/2026"],
    ["2", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "1.005093", TT, None, "15/4/2026"],
    ["3", "Chỉnh sửa nội dung văn bằng, chứng chỉ", "1.005097", TT, None, "01/5/2026"],
    ("g2", "VI", "Lĩnh vực Y tế"),
    ["1", "Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh", "1.012725", TT, "Sở Y tế", "15/4/2026"],
    ["2", "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa", "1.012731", MP, None, "01/6/2026"],
    ("g1", "B", "THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
    ("g2", "I", "Lĩnh vực Hộ tịch"),
    ["1", "Đăng ký khai sinh", "1.004884", TT, "Ủy ban nhân dân cấp xã", "01/6/2026"],
    ["2", "Đăng ký khai tử", "1.004888", TT, None, "01/6/2026"],
    ["3", "Đăng ký kết hôn", "1.004891", MP, None, "01/6/2026"],
    ["4", "Cấp bản sao trích lục hộ tịch", "1.004895", TT, None, "15/4/2026"],
    ("g2", "II", "Lĩnh vực Chứng thực"),
    ["1", "Chứng thực bản sao điện tử từ bản chính", "2.000960", MP, "Ủy ban nhân dân cấp xã", "15/4/2026"],
    ["2", "Chứng thực chữ ký trong các giấy tờ, văn bản", "2.000964", MP, None, "01/5/2026"],
    ("g2", "III", "Lĩnh vực Bảo trợ xã hội"),
    ["1", "Trợ cấp xã hội hằng tháng đối với người cao tuổi", "1.001776", TT, "Ủy ban nhân dân cấp xã",
     "01/5/2026"],
    ["2", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "1.001779", TT, None, "01/5/2026"],
    ["3", "Đăng ký hoạt động cơ sở trợ giúp xã hội dưới 10 đối tượng", "1.001783", MP, None, "01/7/2026"],
    ("g2", "IV", "Lĩnh vực Đất đai"),
    ["1", "Đăng ký biến động đất đai do thay đổi thông tin người sử dụng đất", "1.012340", TT,
     "Chi nhánh Văn phòng Đăng ký đất đai", "01/6/2026"],
    ["2", "Xác nhận tiếp tục sử dụng đất nông nghiệp khi hết thời hạn sử dụng đất", "1.012344", TT,
     "Ủy ban nhân dân cấp xã", "01/7/2026"],
    ["3", "Đính chính Giấy chứng nhận đã cấp", "1.012347", TT, None, "01/7/2026"],
]
B_SUM_HEADER = ["Cấp thực hiện", "Toàn trình", "Một phần", "Cộng"]
B_SUM = [["Cấp tỉnh", "11", "05", "16"], ["Cấp xã", "08", "04", "12"], ["Tổng cộng", "19", "09", "28"]]


def _check_b_counts():
    lvl, counts = None, {}
    for r in B_ROWS:
        if isinstance(r, tuple):
            if r[0] == "g1":
                lvl = r[1]
            continue
        counts.setdefault(lvl, {TT: 0, MP: 0})[r[3]] += 1
    assert counts == {"A": {TT: 11, MP: 5}, "B": {TT: 8, MP: 4}}, counts


def doc_b():
    _check_b_counts()
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH NGÀN KHÊ", "Số: 477/QĐ-UBND"],
          MOTTO + ["Ngàn Khê, ngày 08 tháng 4 năm 2026"]),
         P("header", "QUYẾT ĐỊNH", "bc"),
         P("header", "Phê duyệt Danh mục dịch vụ công trực tuyến toàn trình, một phần bổ sung năm 2026 thực hiện "
                     "trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Ngàn Khê", "bc"),
         P("preamble", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGÀN KHÊ", "bc"),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "i"),
         P("preamble", "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ "
                       "tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ "
                       "công quốc gia;", "i"),
         P("preamble", "Căn cứ Quyết định số 318/QĐ-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh phê duyệt "
                       "Đề án nâng cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử và cải thiện "
                       "các Chỉ số PAR INDEX, SIPAS, PCI tỉnh Ngàn Khê giai đoạn 2026 - 2028;", "i"),
         P("preamble", "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 63/TTr-VP ngày 01 tháng "
                       "4 năm 2026.", "i"),
         P("preamble", "QUYẾT ĐỊNH:", "bc"),
         P("Điều 1", "Điều 1. Phê duyệt kèm theo Quyết định này Danh mục 28 dịch vụ công trực tuyến bổ sung năm 2026 "
                     "thực hiện trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (sau đây gọi là Hệ "
                     "thống), chi tiết tại Phụ lục kèm theo, gồm:", "b1"),
         P("Điều 1.1", "1. Cấp tỉnh: 16 dịch vụ công trực tuyến, trong đó 11 dịch vụ toàn trình và 05 dịch vụ một "
                       "phần."),
         P("Điều 1.2", "2. Cấp xã: 12 dịch vụ công trực tuyến, trong đó 08 dịch vụ toàn trình và 04 dịch vụ một "
                       "phần."),
         P("Điều 2", "Điều 2. Tổ chức thực hiện", "b"),
         P("Điều 2.1", "1. Văn phòng Ủy ban nhân dân tỉnh:"),
         P("Điều 2.1.a", "a) Công khai Danh mục trên Cổng Dịch vụ công của tỉnh trong thời hạn 05 ngày làm việc kể từ "
                         "ngày ký Quyết định này;"),
         P("Điều 2.1.b", "b) Theo dõi tỷ lệ hồ sơ phát sinh trực tuyến của từng dịch vụ, tổng hợp báo cáo Chủ tịch "
                         "Ủy ban nhân dân tỉnh hằng tháng, trước ngày 20."),
         P("Điều 2.2", "2. Sở Khoa học và Công nghệ cấu hình quy trình điện tử của các dịch vụ trong Danh mục trên Hệ "
                       "thống, hoàn thành trước ngày 30/4/2026; bảo đảm người dân thanh toán trực tuyến phí, lệ phí "
                       "ngay trong quy trình nộp hồ sơ."),
         P("Điều 2.3", "3. Các sở, ngành có tên trong Danh mục và Ủy ban nhân dân các xã, phường:"),
         P("Điều 2.3.a", "a) Cập nhật quy trình nội bộ, bố trí công chức xử lý hồ sơ trực tuyến đúng thời điểm áp dụng "
                         "tại Phụ lục;"),
         P("Điều 2.3.b", "b) Không yêu cầu tổ chức, cá nhân nộp bản giấy đối với dịch vụ công trực tuyến toàn trình;"),
         P("Điều 2.3.c", "c) Báo cáo kết quả thực hiện 6 tháng trước ngày 15/6/2026 và cả năm trước ngày 15/12/2026, "
                         "gửi Văn phòng Ủy ban nhân dân tỉnh."),
         P("Điều 2.4", "4. Bưu điện tỉnh Ngàn Khê trả kết quả bản giấy qua dịch vụ bưu chính công ích đối với dịch vụ "
                       "công trực tuyến một phần khi tổ chức, cá nhân có yêu cầu."),
         P("Điều 2.5", "5. Công an tỉnh hướng dẫn người dân sử dụng tài khoản định danh điện tử mức độ 2 trên ứng dụng "
                       "VNeID để đăng nhập, nộp hồ sơ."),
         P("Điều 3", "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký. Các dịch vụ trong Danh mục được áp "
                     "dụng từ thời điểm ghi tại cột \"Thời điểm áp dụng\" của Phụ lục.", "b1"),
         P("Điều 4", "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Tư pháp, Xây dựng, Nông nghiệp "
                     "và Môi trường, Công Thương, Giáo dục và Đào tạo, Y tế, Khoa học và Công nghệ; Giám đốc Công an "
                     "tỉnh; Giám đốc Bưu điện tỉnh Ngàn Khê; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, "
                     "cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", "b1"),
         ("lh", "signature",
          ["Nơi nhận:", "- Như Điều 4;", "- Văn phòng Chính phủ (Cục KSTTHC);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
           "- Các PCT UBND tỉnh;", "- Trung tâm Phục vụ HCC tỉnh;", "- Lưu: VT, KSTT."],
          ["CHỦ TỊCH", "", "", "Lục Văn Thiêm"]),
         ("break", "L"),
         P("Phụ lục", "PHỤ LỤC", "bc"),
         P("Phụ lục", "DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH, MỘT PHẦN BỔ SUNG NĂM 2026", "bc"),
         P("Phụ lục", "(Kèm theo Quyết định số 477/QĐ-UBND ngày 08/4/2026 của Chủ tịch Ủy ban nhân dân tỉnh Ngàn "
                      "Khê)", "ic"),
         ("ltable", "Phụ lục", B_HEADER, B_ROWS),
         P("Phụ lục", "Ghi chú: Toàn trình là dịch vụ được thực hiện trực tuyến từ nộp hồ sơ đến nhận kết quả; Một "
                      "phần là dịch vụ có ít nhất một bước người dân phải đến trực tiếp cơ quan giải quyết.", "i"),
         P("Phụ lục", "TỔNG HỢP SỐ LƯỢNG DỊCH VỤ CÔNG TRỰC TUYẾN", "b"),
         ("stable", "Phụ lục", B_SUM_HEADER, B_SUM),
         ]
    return b


# =========================================================================================================
# C. Chương trình công tác of a phường (plain text, hard-wrapped): decimal numbering 1./1.1./1.1.1.; "+" and "•"
#    bullets; fields inline ("; chủ trì: …; phối hợp: …; thời hạn: …"); after the signature a PHỤ LỤC with a
#    month-by-month table whose cells wrap over several lines and whose month cell is merged.
# =========================================================================================================
C_MONTH_HEADER = ["Tháng", "STT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp"]
VP = "Văn phòng HĐND và UBND phường"
TTP = "Trung tâm Phục vụ hành chính công phường"
C_MONTHS = [
    ["5", "1", "Niêm yết 12 dịch vụ công cấp xã của Danh mục 2026 tại Trung tâm", TTP, "Phòng Văn hóa - Xã hội"],
    [None, "2", "Áp dụng toàn trình trợ cấp xã hội hằng tháng đối với người cao tuổi", "Phòng Văn hóa - Xã hội",
     TTP],
    ["6", "3", "Áp dụng toàn trình đăng ký khai sinh, đăng ký khai tử", VP, "Công an phường"],
    [None, "4", "Lắp đặt Khu vực tự phục vụ", VP, "Bưu điện tỉnh Ngàn Khê"],
    [None, "5", "Khảo sát sự hài lòng đợt 1", VP, "Các tổ dân phố"],
    ["7", "6", "Sơ kết 6 tháng thực hiện Chương trình", VP, "Các bộ phận chuyên môn"],
    [None, "7", "Ra quân hỗ trợ kích hoạt VNeID dịp hè", "Đoàn Thanh niên phường", "Công an phường"],
    ["8", "8", "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", "Phòng Văn hóa - Xã hội", "VNPT Ngàn Khê"],
    ["9", "9", "Hoàn thành số hóa kết quả TTHC còn hiệu lực", TTP,
     "Phòng Kinh tế, Hạ tầng và Đô thị"],
    [None, "10", "Đối thoại với người dân, hộ kinh doanh Quý III", "Chủ tịch UBND phường",
     "Ủy ban MTTQ Việt Nam phường"],
    ["10", "11", "Tự kiểm tra công tác CCHC tại các bộ phận", VP, "Phòng Kinh tế, Hạ tầng và Đô thị"],
    ["11", "12", "Khảo sát sự hài lòng đợt 2", VP, "Các tổ dân phố"],
    [None, "13", "Báo cáo kết quả CCHC và CĐS năm 2026", VP, "Các bộ phận chuyên môn"],
    ["12", "14", "Đánh giá, xếp loại công chức gắn với kết quả thực hiện Chương trình", VP,
     "Các bộ phận chuyên môn"],
    [None, "15", "Xây dựng Chương trình công tác năm 2027", VP, "Các bộ phận chuyên môn"],
]


def doc_c():
    lh = ["ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "PHƯỜNG THẠCH LOAN                            Độc lập - Tự do - Hạnh phúc",
          "",
          "Số: 17/CTr-UBND",
          "                                          Thạch Loan, ngày 20 tháng 4 năm 2026"]
    lh_pieces = ["ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH LOAN"] + MOTTO + \
                ["Số: 17/CTr-UBND", "Thạch Loan, ngày 20 tháng 4 năm 2026"]
    closing_lines = ["Nơi nhận:", "- Sở Nội vụ (b/c);", "- TT Đảng ủy, TT HĐND phường;",
                     "- Chủ tịch, các PCT UBND phường;", "- Các bộ phận chuyên môn;", "- Lưu: VT, VP."]
    sig = ["                                                      TM. ỦY BAN NHÂN DÂN",
           "                                                           CHỦ TỊCH",
           "",
           "                                                           (đã ký)",
           "",
           "                                                        Nông Đức Khải"]
    b = [("raw", "header", lh, lh_pieces),
         P("header", "CHƯƠNG TRÌNH CÔNG TÁC", "c"),
         P("header", "Cải cách hành chính và chuyển đổi số năm 2026 của phường Thạch Loan", "c"),
         P("preamble", "Căn cứ Quyết định số 318/QĐ-UBND ngày 16/3/2026 của Ủy ban nhân dân tỉnh phê duyệt Đề án nâng "
                       "cao chất lượng giải quyết thủ tục hành chính trên môi trường điện tử và cải thiện các Chỉ số "
                       "PAR INDEX, SIPAS, PCI tỉnh Ngàn Khê giai đoạn 2026 - 2028 (sau đây gọi tắt là Đề án);"),
         P("preamble", "Căn cứ Quyết định số 477/QĐ-UBND ngày 08/4/2026 của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt "
                       "Danh mục dịch vụ công trực tuyến toàn trình, một phần bổ sung năm 2026 (sau đây gọi tắt là "
                       "Danh mục 2026);"),
         P("preamble", "Ủy ban nhân dân phường Thạch Loan ban hành Chương trình công tác cải cách hành chính (CCHC) và "
                       "chuyển đổi số (CĐS) năm 2026 như sau:"),
         # ---------------------------------------------------------------- 1
         P("1", "1. MỤC ĐÍCH, YÊU CẦU"),
         P("1.1", "1.1. Cụ thể hóa các nhiệm vụ của Đề án và Danh mục 2026 thuộc trách nhiệm cấp xã; mỗi việc có đơn "
                  "vị chủ trì, đơn vị phối hợp và thời hạn cụ thể."),
         P("1.2", "1.2. Người đứng đầu các bộ phận chuyên môn chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân phường; "
                  "kết quả thực hiện Chương trình là căn cứ đánh giá, xếp loại công chức cuối năm."),
         # ---------------------------------------------------------------- 2
         P("2", "2. CHỈ TIÊU NĂM 2026"),
         P("2", "Tỷ lệ hồ sơ TTHC nộp trực tuyến tại phường đạt từ 75% trở lên;", "+"),
         P("2", "100% hồ sơ TTHC được giải quyết đúng hạn; 100% hồ sơ trễ hạn có thư xin lỗi gửi người dân;", "+"),
         P("2", "Mức độ hài lòng của người dân đối với phường đạt từ 90% trở lên;", "+"),
         P("2", "100% kết quả giải quyết TTHC còn hiệu lực của phường được số hóa trước ngày 30/9/2026;", "+"),
         P("2", "Ít nhất 85% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2.", "+"),
         # ---------------------------------------------------------------- 3
         P("3", "3. NHIỆM VỤ TRỌNG TÂM"),
         P("3.1", "3.1. Cải cách TTHC và hoạt động của Trung tâm Phục vụ hành chính công phường"),
         P("3.1.1", "3.1.1. Triển khai 12 dịch vụ công cấp xã tại Danh mục 2026 đúng thời điểm áp dụng; niêm yết quy "
                    "trình và mã QR tra cứu của từng dịch vụ tại Trung tâm; chủ trì: Trung tâm Phục vụ hành chính "
                    "công phường; phối hợp: Phòng Văn hóa - Xã hội; thời hạn: hoàn thành niêm yết trước ngày "
                    "15/5/2026."),
         P("3.1.2", "3.1.2. Bố trí Khu vực tự phục vụ gồm 03 máy tính, 01 máy quét và 01 ki-ốt tra cứu tại sảnh Trung "
                    "tâm; chủ trì: Văn phòng HĐND và UBND phường; phối hợp: Bưu điện tỉnh Ngàn Khê; thời hạn: tháng "
                    "6/2026."),
         P("3.1.3", "3.1.3. Tiếp nhận hồ sơ vào sáng thứ Bảy của tuần thứ nhất và tuần thứ ba hằng tháng, từ 7 giờ 30 "
                    "đến 11 giờ 00, đối với nhóm TTHC hộ tịch và chứng thực; chủ trì: Trung tâm Phục vụ hành chính "
                    "công phường; thời hạn: từ ngày 02/5/2026."),
         P("3.2", "3.2. Chuyển đổi số và Đề án 06"),
         P("3.2.1", "3.2.1. Duy trì 11 Tổ công nghệ số cộng đồng tại 11 tổ dân phố, mỗi tổ hỗ trợ người dân:"),
         P("3.2.1", "cài đặt ứng dụng VNeID và kích hoạt tài khoản định danh điện tử mức độ 2;", "o"),
         P("3.2.1", "nộp hồ sơ trực tuyến, thanh toán phí, lệ phí qua ứng dụng ngân hàng;", "o"),
         P("3.2.1", "tra cứu tình trạng hồ sơ và nhận kết quả điện tử trên Cổng Dịch vụ công quốc gia.", "o"),
         P("3.2.1", "Chủ trì: Đoàn Thanh niên phường; phối hợp: Công an phường; thời hạn: thường xuyên, cao điểm "
                    "tháng 7 và tháng 8/2026."),
         P("3.2.2", "3.2.2. Số hóa kết quả giải quyết TTHC còn hiệu lực thuộc thẩm quyền của phường; chủ trì: Trung tâm "
                    "Phục vụ hành chính công phường; phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị; thời hạn: trước ngày "
                    "30/9/2026."),
         P("3.2.3", "3.2.3. Số hóa, làm sạch 21.380 trường hợp trong sổ hộ tịch giai đoạn 1995 - 2015 để kết nối với "
                    "Cơ sở dữ liệu hộ tịch điện tử; chủ trì: Văn phòng HĐND và UBND phường; phối hợp: Công an "
                    "phường; thời hạn: Quý III/2026."),
         P("3.3", "3.3. Nâng cao mức độ hài lòng và Chỉ số PAPI"),
         P("3.3.1", "3.3.1. Tự khảo sát sự hài lòng của người dân 02 đợt (tháng 6 và tháng 11/2026), mỗi đợt tối thiểu "
                    "300 phiếu; chủ trì: Văn phòng HĐND và UBND phường; phối hợp: các tổ dân phố."),
         P("3.3.2", "3.3.2. Đối thoại với người dân, hộ kinh doanh về giải quyết TTHC 01 lần mỗi quý; chủ trì: Chủ tịch "
                    "Ủy ban nhân dân phường; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam phường."),
         P("3.3.3", "3.3.3. Công khai kết quả giải quyết hồ sơ của tháng trước trên bảng điện tử tại Trung tâm và Trang "
                    "thông tin điện tử của phường hằng tháng, trước ngày 05; chủ trì: Trung tâm Phục vụ hành chính "
                    "công phường."),
         # ---------------------------------------------------------------- 4
         P("4", "4. TỔ CHỨC THỰC HIỆN"),
         P("4.1", "4.1. Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc thực hiện Chương trình; tham mưu "
                  "báo cáo quý gửi Sở Nội vụ trước ngày 12 của tháng cuối quý và báo cáo năm trước ngày 25/11/2026."),
         P("4.2", "4.2. Trung tâm Phục vụ hành chính công phường bố trí 01 công chức trực hướng dẫn tại Khu vực tự "
                  "phục vụ trong giờ làm việc; gửi thư xin lỗi người dân đối với hồ sơ trễ hạn."),
         P("4.3", "4.3. Phòng Văn hóa - Xã hội phát tin về dịch vụ công trực tuyến trên hệ thống loa truyền thanh của "
                  "phường 03 lần/tuần vào buổi sáng thứ Hai, thứ Tư và thứ Sáu."),
         P("4.4", "4.4. Phòng Kinh tế, Hạ tầng và Đô thị rà soát dữ liệu đất đai, hỗ trợ người dân nộp trực tuyến hồ "
                  "sơ đăng ký biến động đất đai."),
         P("4.5", "4.5. Công an phường hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2 tại Trung tâm vào chiều "
                  "thứ Năm hằng tuần."),
         P("4.6", "4.6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường giám sát việc giải quyết TTHC và phản ánh kiến "
                  "nghị của người dân về Ủy ban nhân dân phường."),
         P("closing", "Trên đây là Chương trình công tác CCHC và CĐS năm 2026 của phường Thạch Loan. Trong quá trình "
                      "thực hiện, nếu có khó khăn, vướng mắc, các bộ phận phản ánh về Văn phòng HĐND và UBND phường "
                      "(điện thoại 0216 3 957 418) để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân phường./."),
         ("raw", "closing", closing_lines, closing_lines),
         ("raw", "signature", sig, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nông Đức Khải"]),
         P("Phụ lục", "PHỤ LỤC", "c"),
         P("Phụ lục", "LỊCH TRIỂN KHAI THEO THÁNG", "c"),
         P("Phụ lục", "(Kèm theo Chương trình số 17/CTr-UBND ngày 20/4/2026 của Ủy ban nhân dân phường Thạch "
                      "Loan)", "c"),
         ("mtable", "Phụ lục", C_MONTH_HEADER, C_MONTHS),
         ]
    return b


# =========================================================================================================
# gold text per section (for the checker)
# =========================================================================================================
def _filled(rows, col):
    """Rows with merged cells (None) filled from the row above; group rows kept."""
    out, prev = [], None
    for r in rows:
        if isinstance(r, tuple):
            out.append(r)
            prev = None
            continue
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
        elif bl[0] == "btable":
            for r in bl[2] + bl[3]:
                out += [(bl[1], c) for c in r if c]
        elif bl[0] == "stable":
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out += [(bl[1], c) for c in r]
        elif bl[0] == "ltable":
            out += [(bl[1], c) for c in bl[2]]
            g1 = g2 = None
            for r in _filled(bl[3], 4):
                if isinstance(r, tuple):
                    if r[0] == "g1":
                        g1 = bl[1] + "." + r[1]
                        out += [(g1, r[1]), (g1, r[2])]
                    else:
                        g2 = g1 + "." + r[1]
                        out += [(g2, r[1]), (g2, r[2])]
                else:
                    out += [(g2 + "." + r[0], c) for c in r]
        elif bl[0] == "mtable":
            out += [(bl[1], c) for c in bl[2]]
            for r in _filled(bl[3], 0):
                out += [(bl[1] + "." + r[1], c) for c in r]
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
    cp.author, cp.title = "UBND tỉnh Ngàn Khê", "Đề án kèm Quyết định 318/QĐ-UBND"
    cp.created = cp.modified = datetime.datetime(2026, 3, 16, 15, 0, 0)
    cp.last_modified_by = "SNV"
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
                r.font.size = Pt(13)

    for bl in doc_a():
        if bl[0] == "lh" and bl[1] == "header":
            two_col(bl[2], bl[3], (Cm(6.5), Cm(9.5)), ["c", "bc"], ["bc", "bc"])
            d.add_paragraph()
        elif bl[0] == "lh":
            two_col(bl[2], bl[3], (Cm(8), Cm(8)), ["c", "c"], ["bc"] * len(bl[3]))
        elif bl[0] == "btable":
            head, rows = bl[2], bl[3]
            ncol = len(head[0])
            t = d.add_table(rows=len(head) + len(rows), cols=ncol)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = (Cm(7.2), Cm(2.6), Cm(2.2), Cm(2.2), Cm(2.2))
            for i, row in enumerate(head + rows):
                for j, txt in enumerate(row):
                    c = t.rows[i].cells[j]
                    c.width = widths[j]
                    if txt is None:
                        continue
                    p = c.paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if (j == 0 and i >= len(head)) else \
                        WD_ALIGN_PARAGRAPH.CENTER
                    r = p.add_run(txt)
                    r.font.size = Pt(12)
                    r.bold = i < len(head) or row[0] == "Tổng cộng"
            # merges: "Nội dung" and "Tổng kinh phí" over the two header rows; "Chia theo năm" over three columns
            t.cell(0, 0).merge(t.cell(1, 0))
            t.cell(0, 1).merge(t.cell(1, 1))
            t.cell(0, 2).merge(t.cell(0, 4))
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
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2026, 3, 16, 15, 0, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-11)
            self.set_font("dv", "I", 8)
            self.cell(0, 5, "Trang " + str(self.page_no()), align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 4, 8, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("UBND tỉnh Ngàn Khê")
    pdf.set_title("Quyết định 477/QĐ-UBND năm 2026")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 16, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()

    def width():
        return pdf.w - pdf.l_margin - pdf.r_margin

    for bl in doc_b():
        W = width()
        if bl[0] == "lh" and bl[1] == "header":
            y0 = pdf.get_y()
            lw = 62
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 5.2 * k + (2 if k == 2 else 0))
                pdf.set_font("dv", "B" if k < 2 else "", 10)
                pdf.cell(lw, 5.2, line, align="C")
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + lw, y0 + 5.2 * k + (2 if k == 2 else 0))
                pdf.set_font("dv", "I" if k == 2 else "B", 10)
                pdf.cell(W - lw, 5.2, line, align="C")
            pdf.line(pdf.l_margin + 20, y0 + 10.8, pdf.l_margin + 42, y0 + 10.8)
            pdf.line(pdf.l_margin + lw + 30, y0 + 10.8, pdf.l_margin + lw + 76, y0 + 10.8)
            pdf.set_y(y0 + 5.2 * 3 + 8)
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
            pdf.set_y(y0 + max(5.2 * len(bl[3]), 4.6 * len(bl[2])) + 2)
        elif bl[0] == "break":
            pdf.add_page(orientation=bl[1])
        elif bl[0] == "p":
            text, fmt = bl[2], bl[3]
            style = "B" if "b" in fmt else ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 12.5 if text in ("QUYẾT ĐỊNH", "PHỤ LỤC") else 10.5)
            pdf.set_x(pdf.l_margin)
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
        elif bl[0] == "stable":
            _, s, header, rows = bl
            pdf.set_font("dv", "", 9.5)
            head_style = FontFace(emphasis="BOLD", fill_color=(232, 232, 232))
            with pdf.table(width=150, col_widths=(60, 30, 30, 30), align="LEFT",
                           text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                           headings_style=head_style, line_height=5.2, v_align="MIDDLE") as table:
                hr = table.row()
                for c in header:
                    hr.cell(c)
                for r in rows:
                    tr = table.row()
                    for c in r:
                        tr.cell(c)
            pdf.ln(2)
        elif bl[0] == "ltable":
            _, s, header, rows = bl
            pdf.set_font("dv", "", 9)
            head_style = FontFace(emphasis="BOLD", fill_color=(232, 232, 232))
            g1_style = FontFace(emphasis="BOLD", fill_color=(245, 245, 245))
            g2_style = FontFace(emphasis="BOLD")
            spans = {}
            for i, r in enumerate(rows):
                if isinstance(r, tuple) or r[4] is None:
                    continue
                n = 1
                while i + n < len(rows) and not isinstance(rows[i + n], tuple) and rows[i + n][4] is None:
                    n += 1
                spans[i] = n
            with pdf.table(col_widths=(12, 104, 24, 26, 54, 30),
                           text_align=("CENTER", "LEFT", "CENTER", "CENTER", "LEFT", "CENTER"),
                           headings_style=head_style, line_height=5.0, v_align="MIDDLE") as table:
                hr = table.row()
                for c in header:
                    hr.cell(c)
                for i, r in enumerate(rows):
                    tr = table.row()
                    if isinstance(r, tuple):
                        st_ = g1_style if r[0] == "g1" else g2_style
                        tr.cell(r[1], style=st_, align="CENTER")
                        tr.cell(r[2], style=st_, colspan=5)
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


C_WIDTHS = (5, 3, 30, 19, 17)


def _month_table(header, rows):
    rule = "+" + "+".join("-" * (w + 2) for w in C_WIDTHS) + "+"

    def lines_for(cells, month_rule=True):
        wrapped = [_wrap(c, w) if c else [""] for c, w in zip(cells, C_WIDTHS)]
        n = max(len(x) for x in wrapped)
        out = []
        for k in range(n):
            parts = []
            for col, w in zip(wrapped, C_WIDTHS):
                parts.append((col[k] if k < len(col) else "").ljust(w))
            out.append("| " + " | ".join(parts) + " |")
        return out

    out = [rule] + lines_for(header) + [rule.replace("-", "=")]
    for i, r in enumerate(rows):
        if i:
            # a month continuing over several rows keeps its cell open (merged): no rule under the month column
            if r[0] is None:
                out.append("|" + " " * (C_WIDTHS[0] + 2) + "+" + "+".join("-" * (w + 2) for w in C_WIDTHS[1:]) + "+")
            else:
                out.append(rule)
        cells = ["" if r[0] is None else r[0]] + list(r[1:])
        out += lines_for(cells)
    out.append(rule)
    return out


def build_txt(path):
    out = []
    prev_bullet = False
    for bl in doc_c():
        bullet = bl[0] == "p" and ("+" in bl[3] or "o" in bl[3])
        if prev_bullet and not bullet:
            out.append("")
        prev_bullet = bullet
        if bl[0] == "raw":
            out += bl[2]
            out.append("")
        elif bl[0] == "mtable":
            out += _month_table(bl[2], bl[3])
            out.append("")
        else:
            text, fmt = bl[2], bl[3]
            if "c" in fmt:
                for ln in _wrap(text, 72):
                    out.append(ln.center(82).rstrip())
                out.append("")
            elif "+" in fmt:
                out += _wrap(text, 82, "  + ", "    ")
            elif "o" in fmt:
                out += _wrap(text, 82, "      \u2022 ", "        ")
            else:
                out += _wrap(text, 82)
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
