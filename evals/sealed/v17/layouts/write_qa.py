# -*- coding: utf-8 -*-
"""Write qa.jsonl of sealed split v17 (three fictional documents of tỉnh Khê Lam). SEALED: do not show to people
who work on the assistant's reader.

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-chu-tich-ubnd-khe-lam-qd-2318-tang-bang-khen-cchc-cds.docx"
B = "2026-chu-tich-ubnd-khe-lam-qd-1642-phe-duyet-de-cuong-du-toan-so-hoa-ho-so.pdf"
C = "2026-trung-tam-pvhcc-khe-lam-thu-moi-bao-gia-203-so-hoa-ho-so.md"
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "abbreviation": "abbr", "list": "list", "cross_document": "cross", "no_diacritics": "nodiac",
          "english": "en", "unanswerable": "unans", "unit_duties": "duties", "period": "period",
          "task_list": "tasks", "comparison": "cmp"}
NO_VN = "Các văn bản không nêu thông tin này."
NO_EN = "The documents do not give this information."
ITEMS = []


def q(kind, question, answer, must, doc=None, sec=None, ev=None):
    ITEMS.append((kind, question, answer, must, doc, sec, ev))


# ------------------------------------------------------------------------------------------------ lead
q("lead", "QĐ 2318 khen thưởng thì ai chủ trì cấp kinh phí tiền thưởng?",
  "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ cấp kinh phí tiền thưởng (Điều 2 khoản 3 Quyết định 2318/QĐ-UBND).",
  ["Sở Tài chính"], A, "Điều 2.3", "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ cấp kinh phí tiền thưởng")
q("lead", "đơn vị nào lo chuẩn bị bằng khen, khung và nghi thức trao ở hội nghị tổng kết ạ",
  "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh chuẩn bị Bằng khen, khung Bằng khen và tổ chức nghi thức trao "
  "tặng (Điều 3 khoản 2).", ["Sở Nội vụ"], A, "Điều 3.2",
  "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh chuẩn bị Bằng khen, khung Bằng khen")
q("lead", "Ai có trách nhiệm đăng quyết định khen thưởng CCHC, CĐS 2026 lên cổng thông tin điện tử tỉnh?",
  "Văn phòng Ủy ban nhân dân tỉnh đăng tải Quyết định trên Cổng thông tin điện tử tỉnh trong 03 ngày làm việc kể từ "
  "ngày ký (Điều 3 khoản 3).", ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 3.3",
  "Văn phòng Ủy ban nhân dân tỉnh đăng tải Quyết định này trên Cổng thông tin điện tử tỉnh")
q("lead", "Cơ quan nào đề nghị khen thưởng (trình) các tập thể, cá nhân trong QĐ 2318?",
  "Giám đốc Sở Nội vụ đề nghị tại Tờ trình số 1475/TTr-SNV ngày 19/11/2026.", ["Sở Nội vụ", "1475/TTr-SNV"], A,
  "preamble", "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 1475/TTr-SNV ngày 19 tháng 11 năm 2026.")
q("lead", "chủ đầu tư nhiệm vụ số hóa hồ sơ TTHC ở các xã phường năm 2026 là đơn vị nào",
  "Chủ đầu tư là Trung tâm Phục vụ hành chính công tỉnh Khê Lam (Điều 1 khoản 2 Quyết định 1642/QĐ-UBND).",
  ["Trung tâm Phục vụ hành chính công tỉnh Khê Lam"], B, "Điều 1.2",
  "Chủ đầu tư: Trung tâm Phục vụ hành chính công tỉnh Khê Lam.")
q("lead", "Ai hướng dẫn, kiểm tra việc tuân thủ yêu cầu kỹ thuật khi số hóa hồ sơ?",
  "Sở Khoa học và Công nghệ (Điều 2 khoản 2 Quyết định 1642/QĐ-UBND).", ["Sở Khoa học và Công nghệ"], B, "Điều 2.2",
  "Sở Khoa học và Công nghệ hướng dẫn, kiểm tra việc tuân thủ yêu cầu kỹ thuật")
q("lead", "trước khi số hóa thì ai hướng dẫn nghiệp vụ lưu trữ, chỉnh lý tài liệu?",
  "Sở Nội vụ hướng dẫn nghiệp vụ lưu trữ, chỉnh lý tài liệu trước khi số hóa (Điều 2 khoản 4 QĐ 1642).",
  ["Sở Nội vụ"], B, "Điều 2.4", "Sở Nội vụ hướng dẫn nghiệp vụ lưu trữ, chỉnh lý tài liệu trước khi số hóa.")
q("lead", "Kinh phí nhiệm vụ số hóa do cơ quan nào bố trí, cấp phát?",
  "Sở Tài chính bố trí, cấp phát kinh phí và hướng dẫn thanh toán, quyết toán (Điều 2 khoản 3 QĐ 1642).",
  ["Sở Tài chính"], B, "Điều 2.3", "Sở Tài chính bố trí, cấp phát kinh phí và hướng dẫn thanh toán, quyết toán")
q("lead", "Ai ký số xác nhận dữ liệu sau khi số hóa?",
  "Ủy ban nhân dân 12 xã, phường ký số xác nhận dữ liệu số hóa trong thời hạn 05 ngày làm việc kể từ ngày nhận dữ "
  "liệu (Điều 2 khoản 5 QĐ 1642).", ["Ủy ban nhân dân 12 xã, phường"], B, "Điều 2.5",
  "ký số xác nhận dữ liệu số hóa trong thời hạn 05 ngày làm việc kể từ ngày nhận dữ liệu")
q("lead", "Đơn vị tư vấn lập đề cương và dự toán số hóa là công ty nào vậy?",
  "Công ty TNHH Tư vấn số Bảo Châu (Điều 1 khoản 3 QĐ 1642/QĐ-UBND).", ["Công ty TNHH Tư vấn số Bảo Châu"], B,
  "Điều 1.3", "Đơn vị tư vấn lập đề cương và dự toán chi tiết: Công ty TNHH Tư vấn số Bảo Châu.")
q("lead", "Theo QĐ 1642, ai tổ chức lựa chọn nhà thầu và nghiệm thu nhiệm vụ số hóa?",
  "Trung tâm Phục vụ hành chính công tỉnh (Chủ đầu tư) tổ chức lựa chọn nhà thầu, quản lý, giám sát, nghiệm thu "
  "Nhiệm vụ (Điều 2 khoản 1).", ["Trung tâm Phục vụ hành chính công tỉnh"], B, "Điều 2.1",
  "Trung tâm Phục vụ hành chính công tỉnh (Chủ đầu tư) tổ chức lựa chọn nhà thầu")
q("lead", "Cơ quan nào thẩm định đề cương, dự toán số hóa trước khi Chủ tịch phê duyệt?",
  "Sở Khoa học và Công nghệ, tại Báo cáo kết quả thẩm định số 217/BC-SKHCN ngày 05/8/2026.",
  ["Sở Khoa học và Công nghệ", "217/BC-SKHCN"], B, "preamble",
  "Báo cáo kết quả thẩm định số 217/BC-SKHCN ngày 05 tháng 8 năm 2026 của Sở Khoa học và Công nghệ")
q("lead", "hạ tầng lưu trữ dữ liệu số hóa thì sở nào bảo đảm",
  "Sở Khoa học và Công nghệ bảo đảm hạ tầng Trung tâm dữ liệu tỉnh cho việc lưu trữ dữ liệu (Điều 2 khoản 2 QĐ 1642).",
  ["Sở Khoa học và Công nghệ"], B, "Điều 2.2",
  "bảo đảm hạ tầng Trung tâm dữ liệu tỉnh cho việc lưu trữ dữ liệu")
q("lead", "Thư mời báo giá số hóa: ai là người tiếp nhận báo giá?",
  "Ông Hà Đức Tường, Phó Trưởng phòng Hành chính - Tổng hợp của Trung tâm Phục vụ hành chính công tỉnh Khê Lam.",
  ["Hà Đức Tường"], C, "I.2",
  "Người chịu trách nhiệm tiếp nhận báo giá: ông Hà Đức Tường, Phó Trưởng phòng Hành chính - Tổng hợp")
q("lead", "Trung tâm Phục vụ hành chính công tỉnh Khê Lam trực thuộc cơ quan nào?",
  "Trực thuộc Văn phòng Ủy ban nhân dân tỉnh (mục I.1 Thư mời báo giá 203).", ["Văn phòng Ủy ban nhân dân tỉnh"], C,
  "I.1", "Trung tâm Phục vụ hành chính công tỉnh Khê Lam, trực thuộc Văn phòng Ủy ban nhân dân tỉnh.")
q("lead", "Máy scan khi số hóa ai phải mang đến, Trung tâm có bố trí không?",
  "Không; thiết bị quét do đơn vị (báo giá) tự bố trí, mang đến địa điểm thực hiện (mục II.4 Thư mời báo giá).",
  ["tự bố trí"], C, "II.4", "Thiết bị quét do đơn vị tự bố trí, mang đến địa điểm thực hiện.")
q("lead", "Ai ký thư mời báo giá 203/TTPVHCC-HCTH?",
  "Giám đốc Trung tâm Phục vụ hành chính công tỉnh, ông Âu Văn Bình.", ["Âu Văn Bình"], C, "signature", "Âu Văn Bình")

# ------------------------------------------------------------------------------------------------ coordinators
q("coordinators", "Sở Tài chính phối hợp với sở nào để cấp tiền thưởng kèm bằng khen?",
  "Phối hợp với Sở Nội vụ (Điều 2 khoản 3 QĐ 2318).", ["Sở Nội vụ"], A, "Điều 2.3",
  "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ cấp kinh phí tiền thưởng")
q("coordinators", "Sở Nội vụ phối hợp với đơn vị nào chuẩn bị bằng khen cho hội nghị tổng kết?",
  "Văn phòng Ủy ban nhân dân tỉnh (Điều 3 khoản 2 QĐ 2318).", ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 3.2",
  "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh chuẩn bị Bằng khen")
q("coordinators", "UBND xã, phường có phải cử người phối hợp với bên số hóa không?",
  "Có: Ủy ban nhân dân 12 xã, phường bố trí địa điểm làm việc, cử công chức phối hợp, giao và nhận lại tài liệu gốc "
  "(Điều 2 khoản 5 QĐ 1642).", ["cử công chức phối hợp"], B, "Điều 2.5",
  "bố trí địa điểm làm việc, cử công chức phối hợp, giao và nhận lại tài liệu gốc")
q("coordinators", "Sở KHCN có tham gia nghiệm thu nhiệm vụ số hóa không?",
  "Có, Sở Khoa học và Công nghệ tham gia nghiệm thu Nhiệm vụ (Điều 2 khoản 2 QĐ 1642).", ["tham gia nghiệm thu"], B,
  "Điều 2.2", "tham gia nghiệm thu Nhiệm vụ")
q("coordinators", "Trung tâm PVHCC phải báo cáo tiến độ số hóa cho cơ quan nào?",
  "Báo cáo tiến độ về Sở Khoa học và Công nghệ hằng tháng, trước ngày 25 của tháng (Điều 2 khoản 1 QĐ 1642).",
  ["Sở Khoa học và Công nghệ"], B, "Điều 2.1",
  "báo cáo tiến độ về Sở Khoa học và Công nghệ hằng tháng, trước ngày 25 của tháng")
q("coordinators", "Thư mời báo giá gửi để biết cho sở nào?",
  "Sở Khoa học và Công nghệ (để biết); Văn phòng UBND tỉnh nhận để báo cáo (Nơi nhận).",
  ["Sở Khoa học và Công nghệ"], C, "closing", "- Sở Khoa học và Công nghệ (để biết);")

# ------------------------------------------------------------------------------------------------ timing
q("timing", "Hạn cấp kinh phí tiền thưởng cho các đơn vị được khen là khi nào?",
  "Trước ngày 15 tháng 12 năm 2026 (Điều 2 khoản 3 QĐ 2318).", ["15 tháng 12 năm 2026"], A, "Điều 2.3",
  "trước ngày 15 tháng 12 năm 2026")
q("timing", "hội nghị tổng kết cchc cđs 2026 của tỉnh tổ chức ngày nào, ở đâu",
  "Dự kiến sáng thứ Sáu, ngày 18 tháng 12 năm 2026 tại Trung tâm Hội nghị tỉnh (Điều 3 khoản 1 QĐ 2318).",
  ["18 tháng 12 năm 2026", "Trung tâm Hội nghị tỉnh"], A, "Điều 3.1",
  "dự kiến tổ chức vào sáng thứ Sáu, ngày 18 tháng 12 năm 2026 tại Trung tâm Hội nghị tỉnh")
q("timing", "Không đi dự hội nghị được thì nhận bằng khen ở đâu, hạn tới bao giờ?",
  "Nhận tại Ban Thi đua - Khen thưởng, Sở Nội vụ trước ngày 31 tháng 12 năm 2026 (Điều 3 khoản 4).",
  ["Ban Thi đua - Khen thưởng", "31 tháng 12 năm 2026"], A, "Điều 3.4",
  "nhận Bằng khen tại Ban Thi đua - Khen thưởng, Sở Nội vụ trước ngày 31 tháng 12 năm 2026")
q("timing", "Quyết định khen thưởng phải đăng lên cổng TTĐT tỉnh trong bao lâu?",
  "Trong thời hạn 03 ngày làm việc kể từ ngày ký (Điều 3 khoản 3).", ["03 ngày làm việc"], A, "Điều 3.3",
  "trong thời hạn 03 ngày làm việc kể từ ngày ký")
q("timing", "QĐ 2318 có hiệu lực từ khi nào?", "Có hiệu lực kể từ ngày ký (27/11/2026) (Điều 4).",
  ["kể từ ngày ký"], A, "Điều 4", "Quyết định này có hiệu lực kể từ ngày ký.")
q("timing", "Trung tâm PVHCC tỉnh nhận hồ sơ sáng thứ Bảy từ khi nào?",
  "Từ tháng 4 năm 2026 (thành tích trong danh sách kèm QĐ 2318).", ["tháng 4 năm 2026"], A, "Danh sách.I.1",
  "triển khai tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần từ tháng 4 năm 2026")
q("timing", "Nhiệm vụ số hóa hồ sơ TTHC các xã thực hiện trong thời gian nào?",
  "Từ tháng 9 năm 2026 đến hết tháng 12 năm 2026 (Điều 1 khoản 11 QĐ 1642).",
  ["từ tháng 9 năm 2026 đến hết tháng 12 năm 2026"], B, "Điều 1.11",
  "Thời gian thực hiện: từ tháng 9 năm 2026 đến hết tháng 12 năm 2026")
q("timing", "hạn bàn giao toàn bộ dữ liệu số hóa là ngày nào",
  "Trước ngày 25 tháng 12 năm 2026 (Điều 1 khoản 11 QĐ 1642).", ["25 tháng 12 năm 2026"], B, "Điều 1.11",
  "bàn giao toàn bộ dữ liệu trước ngày 25 tháng 12 năm 2026")
q("timing", "Chủ đầu tư phải hoàn thành quyết toán nhiệm vụ số hóa trước ngày nào?",
  "Trước ngày 31 tháng 3 năm 2027 (Điều 2 khoản 1 QĐ 1642).", ["31 tháng 3 năm 2027"], B, "Điều 2.1",
  "hoàn thành quyết toán trước ngày 31 tháng 3 năm 2027")
q("timing", "xã phường có bao nhiêu ngày để ký số xác nhận dữ liệu số hóa?",
  "Trong thời hạn 05 ngày làm việc kể từ ngày nhận dữ liệu (Điều 2 khoản 5 QĐ 1642).", ["05 ngày làm việc"], B,
  "Điều 2.5", "ký số xác nhận dữ liệu số hóa trong thời hạn 05 ngày làm việc kể từ ngày nhận dữ liệu")
q("timing", "Số hóa kết quả giải quyết TTHC từ năm nào đến nay?",
  "Từ năm 2015 đến nay, các lĩnh vực hộ tịch, chứng thực, đất đai (Điều 1 khoản 4 điểm b QĐ 1642).",
  ["từ năm 2015 đến nay"], B, "Điều 1.4.b", "các lĩnh vực hộ tịch, chứng thực, đất đai từ năm 2015 đến nay")
q("timing", "Hạn chót nộp báo giá số hóa là mấy giờ ngày nào?",
  "Trước 17 giờ 00 ngày 17 tháng 7 năm 2026; báo giá nhận sau thời điểm này không được xem xét (mục I.4).",
  ["17 giờ 00 ngày 17 tháng 7 năm 2026"], C, "I.4", "đến trước 17 giờ 00 ngày 17 tháng 7 năm 2026")
q("timing", "Trung tâm bắt đầu nhận báo giá từ khi nào?",
  "Từ 08 giờ 00 ngày 09 tháng 7 năm 2026 (mục I.4 Thư mời báo giá).", ["08 giờ 00 ngày 09 tháng 7 năm 2026"], C,
  "I.4", "từ 08 giờ 00 ngày 09 tháng 7 năm 2026")
q("timing", "báo giá phải còn hiệu lực bao lâu",
  "Tối thiểu 90 ngày, kể từ ngày 17 tháng 7 năm 2026 (mục I.5).", ["90 ngày"], C, "I.5",
  "Thời hạn có hiệu lực của báo giá: tối thiểu 90 ngày, kể từ ngày 17 tháng 7 năm 2026.")
q("timing", "Thư mời báo giá dự kiến thời gian thực hiện số hóa là bao lâu?",
  "04 tháng, từ tháng 9 năm 2026 (mục II.3).", ["04 tháng"], C, "II.3",
  "Thời gian thực hiện dự kiến: 04 tháng, từ tháng 9 năm 2026.")
q("timing", "Quyết định 1642 ban hành ngày nào?", "Ngày 14 tháng 8 năm 2026.", ["14 tháng 8 năm 2026"], B, "header",
  "Khê Lam, ngày 14 tháng 8 năm 2026")

# ------------------------------------------------------------------------------------------------ frequency
q("frequency", "Trung tâm PVHCC báo cáo tiến độ số hóa bao lâu một lần?",
  "Hằng tháng, trước ngày 25 của tháng, gửi Sở Khoa học và Công nghệ (Điều 2 khoản 1 QĐ 1642).",
  ["hằng tháng", "trước ngày 25"], B, "Điều 2.1", "hằng tháng, trước ngày 25 của tháng")
q("frequency", "Trung tâm PVHCC tỉnh có nhận hồ sơ thứ Bảy không, mấy lần?",
  "Có, tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần từ tháng 4 năm 2026 (danh sách kèm QĐ 2318, STT I.1).",
  ["sáng thứ Bảy hằng tuần"], A, "Danh sách.I.1", "tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần")
q("frequency", "Tổ CNS cộng đồng Thượng Lâm đã tổ chức bao nhiêu buổi hướng dẫn kỹ năng số?",
  "26 buổi tại các tổ dân phố (bà Cù Thị Nhàn, danh sách kèm QĐ 2318, II.6).", ["26 buổi"], A, "Danh sách.II.6",
  "Tổ chức 26 buổi hướng dẫn kỹ năng số tại các tổ dân phố.")

# ------------------------------------------------------------------------------------------------ fact
q("fact", "Quyết định tặng bằng khen CCHC và CĐS năm 2026 của tỉnh Khê Lam số mấy, ngày nào?",
  "Quyết định số 2318/QĐ-UBND ngày 27 tháng 11 năm 2026 của Chủ tịch UBND tỉnh Khê Lam.",
  ["2318/QĐ-UBND", "27 tháng 11 năm 2026"], A, "header", "Số: 2318/QĐ-UBND")
q("fact", "ai ký QĐ 2318 tặng bằng khen", "Phó Chủ tịch Mạc Văn Khải ký thay Chủ tịch (KT. CHỦ TỊCH).",
  ["Mạc Văn Khải"], A, "signature", "Mạc Văn Khải")
q("fact", "Tổng số tiền thưởng theo QĐ 2318 là bao nhiêu, lấy từ nguồn nào?",
  "46.800.000 đồng, chi từ Quỹ thi đua, khen thưởng của tỉnh năm 2026 (Điều 2 khoản 2).",
  ["46.800.000 đồng", "Quỹ thi đua, khen thưởng"], A, "Điều 2.2",
  "Tổng số tiền thưởng là 46.800.000 đồng (Bằng chữ: Bốn mươi sáu triệu, tám trăm nghìn đồng), chi từ Quỹ thi đua, "
  "khen thưởng của tỉnh năm 2026.")
q("fact", "cá nhân được bằng khen thì được thưởng bao nhiêu tiền?",
  "Mỗi cá nhân được thưởng 2.340.000 đồng (Điều 2 khoản 1 QĐ 2318).", ["2.340.000 đồng"], A, "Điều 2.1",
  "mỗi cá nhân được thưởng 2.340.000 đồng")
q("fact", "Mỗi tập thể được bằng khen thưởng bao nhiêu?", "Mỗi tập thể được thưởng 4.680.000 đồng (Điều 2 khoản 1).",
  ["4.680.000 đồng"], A, "Điều 2.1", "mỗi tập thể được thưởng 4.680.000 đồng")
q("fact", "Có bao nhiêu tập thể, cá nhân được tặng bằng khen trong QĐ 2318?",
  "06 tập thể và 08 cá nhân (Điều 1).", ["06 tập thể", "08 cá nhân"], A, "Điều 1",
  "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 06 tập thể và 08 cá nhân")
q("fact", "Phong trào thi đua năm 2026 về chuyển đổi số của tỉnh Khê Lam tên là gì?",
  "\"Khê Lam chung sức chuyển đổi số, phục vụ người dân\", phát động theo Kế hoạch số 44/KH-UBND ngày 20/02/2026.",
  ["Khê Lam chung sức chuyển đổi số, phục vụ người dân", "44/KH-UBND"], A, "preamble",
  "Căn cứ Kế hoạch số 44/KH-UBND ngày 20 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh phát động phong trào thi đua "
  "\"Khê Lam chung sức chuyển đổi số, phục vụ người dân\" năm 2026;")
q("fact", "Quy chế thi đua khen thưởng của tỉnh ban hành theo quyết định nào?",
  "Quyết định số 41/2024/QĐ-UBND ngày 12/7/2024 của UBND tỉnh.", ["41/2024/QĐ-UBND"], A, "preamble",
  "Căn cứ Quyết định số 41/2024/QĐ-UBND ngày 12 tháng 7 năm 2024")
q("fact", "Muốn hỏi việc nhận bằng khen thì liên hệ ai, số điện thoại?",
  "Bà Kiều Thị Thắm, chuyên viên Ban Thi đua - Khen thưởng, điện thoại 0219 6 254 318 (Điều 3 khoản 4 QĐ 2318).",
  ["Kiều Thị Thắm", "0219 6 254 318"], A, "Điều 3.4",
  "Đầu mối liên hệ: bà Kiều Thị Thắm, chuyên viên Ban Thi đua - Khen thưởng, điện thoại 0219 6 254 318.")
q("fact", "Địa chỉ cổng thông tin điện tử tỉnh Khê Lam là gì?", "https://khelam.gov.vn (Điều 3 khoản 3 QĐ 2318).",
  ["https://khelam.gov.vn"], A, "Điều 3.3", "(https://khelam.gov.vn)")
q("fact", "Phường Khê Sơn đạt bao nhiêu điểm chỉ số CCHC năm 2025?",
  "91,27 điểm, dẫn đầu khối xã, phường; tỷ lệ hồ sơ trực tuyến toàn trình đạt 86,5% (danh sách kèm QĐ 2318, I.3).",
  ["91,27 điểm"], A, "Danh sách.I.3",
  "Dẫn đầu Chỉ số cải cách hành chính khối xã, phường năm 2025 với 91,27 điểm")
q("fact", "tỷ lệ hồ sơ trực tuyến toàn trình của phường Khê Sơn là bao nhiêu",
  "86,5% (thành tích của UBND phường Khê Sơn trong danh sách khen thưởng).", ["86,5%"], A, "Danh sách.I.3",
  "tỷ lệ hồ sơ trực tuyến toàn trình đạt 86,5%.")
q("fact", "Tỷ lệ hồ sơ giải quyết đúng hạn của Trung tâm PVHCC tỉnh năm 2026 là bao nhiêu?",
  "99,4% (danh sách kèm QĐ 2318, tập thể STT 1).", ["99,4%"], A, "Danh sách.I.1",
  "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 99,4%")
q("fact", "Có bao nhiêu hệ thống thông tin đã kết nối với LGSP của tỉnh?",
  "14 hệ thống thông tin, do Phòng Chuyển đổi số, Sở Khoa học và Công nghệ chủ trì kết nối.", ["14 hệ thống"], A,
  "Danh sách.I.2", "Chủ trì kết nối 14 hệ thống thông tin với Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)")
q("fact", "Tổ công nghệ số phường Thượng Lâm hướng dẫn được bao nhiêu lượt người dân?",
  "3.120 lượt người dân kích hoạt tài khoản định danh điện tử mức độ 2 và nộp hồ sơ trực tuyến.", ["3.120 lượt"], A,
  "Danh sách.I.5", "Hướng dẫn 3.120 lượt người dân kích hoạt tài khoản định danh điện tử mức độ 2")
q("fact", "Văn phòng Đăng ký đất đai rút ngắn bao nhiêu % thời gian giải quyết thủ tục?",
  "Rút ngắn 40% thời gian giải quyết thủ tục đăng ký biến động đất đai so với quy định.", ["40%"], A,
  "Danh sách.I.6", "Rút ngắn 40% thời gian giải quyết thủ tục đăng ký biến động đất đai so với quy định.")
q("fact", "Mô hình Một cửa không chờ giảm thời gian chờ còn bao nhiêu phút?",
  "Còn 7 phút (thành tích của ông Tạ Quang Hiển, Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh).",
  ["7 phút", "Tạ Quang Hiển"], A, "Danh sách.II.1",
  "Tham mưu triển khai mô hình \"Một cửa không chờ\", giảm thời gian chờ trung bình của người dân còn 7 phút.")
q("fact", "Trợ lý ảo hỏi đáp TTHC trên Cổng DVC tỉnh đã trả lời bao nhiêu lượt câu hỏi, ai xây dựng?",
  "18.400 lượt câu hỏi; do ông Lã Văn Sâm, chuyên viên Phòng Chuyển đổi số, Sở Khoa học và Công nghệ xây dựng.",
  ["18.400 lượt", "Lã Văn Sâm"], A, "Danh sách.II.3",
  "Xây dựng trợ lý ảo hỏi đáp thủ tục hành chính trên Cổng dịch vụ công tỉnh, trả lời 18.400 lượt câu hỏi.")
q("fact", "Bà Ninh Thị Duyên giữ chức vụ gì?", "Trưởng phòng Cải cách hành chính, Sở Nội vụ (danh sách, II.2).",
  ["Trưởng phòng Cải cách hành chính, Sở Nội vụ"], A, "Danh sách.II.2",
  "Bà Ninh Thị Duyên, Trưởng phòng Cải cách hành chính, Sở Nội vụ")
q("fact", "Ông Bạch Văn Tuân có được tặng bằng khen không?",
  "Có. Ông Bạch Văn Tuân, Chủ tịch Ủy ban nhân dân phường Khê Sơn, có tên trong danh sách cá nhân (STT II.5).",
  ["Chủ tịch Ủy ban nhân dân phường Khê Sơn"], A, "Danh sách.II.5",
  "Ông Bạch Văn Tuân, Chủ tịch Ủy ban nhân dân phường Khê Sơn")
q("fact", "Bưu điện tỉnh có được khen là tập thể không?",
  "Không. Danh sách chỉ có cá nhân ông Nông Văn Hách, nhân viên Bưu điện tỉnh Khê Lam (STT II.7).",
  ["Nông Văn Hách"], A, "Danh sách.II.7", "Ông Nông Văn Hách, nhân viên Bưu điện tỉnh Khê Lam")
q("fact", "qua bưu chính công ích đã tiếp nhận và trả bao nhiêu hồ sơ?",
  "1.250 hồ sơ thủ tục hành chính (thành tích của ông Nông Văn Hách).", ["1.250 hồ sơ"], A, "Danh sách.II.7",
  "Tiếp nhận và trả kết quả 1.250 hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích.")
q("fact", "Bà Vi Thị Hằng xã Đông Bồ đạt giải gì?",
  "Giải Nhất Hội thi \"Công chức một cửa thân thiện\" cấp tỉnh năm 2026.", ["giải Nhất"], A, "Danh sách.II.8",
  "Đạt giải Nhất Hội thi \"Công chức một cửa thân thiện\" cấp tỉnh năm 2026.")
q("fact", "UBND xã Nậm Ngà được khen vì thành tích gì?",
  "Là xã vùng cao đầu tiên của tỉnh số hóa 100% hồ sơ thủ tục hành chính ngay khi tiếp nhận.",
  ["100%"], A, "Danh sách.I.4", "Xã vùng cao đầu tiên của tỉnh số hóa 100% hồ sơ thủ tục hành chính ngay khi tiếp nhận.")
q("fact", "Quyết định phê duyệt đề cương dự toán số hóa hồ sơ TTHC số bao nhiêu, ai ký?",
  "Quyết định số 1642/QĐ-UBND ngày 14/8/2026, Phó Chủ tịch Phùng Bá Lộc ký (KT. Chủ tịch).",
  ["1642/QĐ-UBND"], B, "header", "Số: 1642/QĐ-UBND")
q("fact", "Tổng dự toán nhiệm vụ số hóa hồ sơ các xã phường là bao nhiêu?",
  "1.597.962.000 đồng, đã bao gồm thuế giá trị gia tăng (Điều 1 khoản 8 QĐ 1642).", ["1.597.962.000 đồng"], B,
  "Điều 1.8", "Dự toán chi tiết: 1.597.962.000 đồng")
q("fact", "Kinh phí số hóa lấy từ nguồn nào?",
  "Ngân sách tỉnh, nguồn chi thường xuyên sự nghiệp khoa học và công nghệ năm 2026 đã giao tại Quyết định số "
  "388/QĐ-UBND ngày 06/3/2026.", ["ngân sách tỉnh", "388/QĐ-UBND"], B, "Điều 1.9", "Nguồn kinh phí: ngân sách tỉnh")
q("fact", "Nhiệm vụ số hóa chọn nhà thầu theo hình thức nào?",
  "Đấu thầu rộng rãi qua mạng, một giai đoạn một túi hồ sơ (Điều 1 khoản 10 QĐ 1642).",
  ["đấu thầu rộng rãi qua mạng"], B, "Điều 1.10",
  "Hình thức lựa chọn nhà thầu: đấu thầu rộng rãi qua mạng, một giai đoạn một túi hồ sơ.")
q("fact", "Tổng khối lượng số hóa theo QĐ 1642 là bao nhiêu hồ sơ, bao nhiêu trang?",
  "64.400 hồ sơ, tương đương 768.800 trang A4 quy đổi, tại 12 xã, phường (Điều 1 khoản 5).",
  ["64.400 hồ sơ", "768.800 trang"], B, "Điều 1.5",
  "tổng khối lượng 64.400 hồ sơ, tương đương 768.800 trang A4 quy đổi")
q("fact", "Phường Khê Sơn phải số hóa bao nhiêu hồ sơ theo Bảng 1?",
  "9.240 hồ sơ, 111.560 trang A4 quy đổi (Bảng 1, STT 1).", ["9.240"], B, "Điều 1.5.1", "Phường Khê Sơn")
q("fact", "Xã Nậm Ngà có bao nhiêu hồ sơ, bao nhiêu trang cần số hóa (QĐ 1642)?",
  "3.150 hồ sơ, 36.720 trang A4 quy đổi (Bảng 1, STT 5).", ["3.150", "36.720"], B, "Điều 1.5.5", "Xã Nậm Ngà")
q("fact", "Đơn vị nào có ít hồ sơ cần số hóa nhất trong Bảng 1?",
  "Xã Khuổi Sáng, 2.710 hồ sơ (31.650 trang).", ["Xã Khuổi Sáng", "2.710"], B, "Điều 1.5.10", "Xã Khuổi Sáng")
q("fact", "Đơn giá quét scan tài liệu trong dự toán là bao nhiêu một trang?",
  "680 đồng/trang A4; 768.800 trang, thành tiền 522.784.000 đồng (Bảng 2, STT 3).", ["680", "522.784.000"], B,
  "Điều 1.8.3", "Chi phí quét (scan) tài liệu")
q("fact", "Chi phí dự phòng của nhiệm vụ số hóa bao nhiêu?", "45.000.000 đồng (Bảng 2, STT 7).", ["45.000.000"], B,
  "Điều 1.8.7", "Chi phí dự phòng")
q("fact", "chi phí quản lý nhiệm vụ số hóa là bao nhiêu tiền", "36.900.000 đồng (Bảng 2, STT 5).", ["36.900.000"],
  B, "Điều 1.8.5", "Chi phí quản lý nhiệm vụ")
q("fact", "Đơn giá tạo lập metadata, đối soát, cập nhật vào Kho tính theo hồ sơ là bao nhiêu?",
  "9.800 đồng/hồ sơ × 64.400 hồ sơ = 631.120.000 đồng (Bảng 2, STT 4).", ["9.800", "631.120.000"], B, "Điều 1.8.4",
  "Chi phí tạo lập dữ liệu đặc tả, kiểm tra, đối soát và cập nhật vào Kho")
q("fact", "Chi phí khảo sát, lập đề cương và dự toán chi tiết là bao nhiêu?", "38.500.000 đồng (Bảng 2, STT 1).",
  ["38.500.000"], B, "Điều 1.8.1", "Chi phí khảo sát, lập đề cương và dự toán chi tiết")
q("fact", "Yêu cầu độ phân giải khi quét tài liệu là bao nhiêu dpi?",
  "Tối thiểu 300 dpi, ảnh màu đối với tài liệu có dấu đỏ; tệp định dạng PDF/A (Điều 1 khoản 7 QĐ 1642).",
  ["300 dpi", "PDF/A"], B, "Điều 1.7",
  "Độ phân giải quét tối thiểu 300 dpi, ảnh màu đối với tài liệu có dấu đỏ; tệp định dạng PDF/A.")
q("fact", "Tỷ lệ sai sót dữ liệu đặc tả cho phép tối đa là bao nhiêu?", "Không vượt quá 0,5% (Điều 1 khoản 7).",
  ["0,5%"], B, "Điều 1.7", "Tỷ lệ sai sót dữ liệu đặc tả sau kiểm tra không vượt quá 0,5%.")
q("fact", "Dữ liệu số hóa có được sao lưu ra dịch vụ lưu trữ bên ngoài không?",
  "Không. Dữ liệu được lưu trữ tại Trung tâm dữ liệu tỉnh; không sao lưu ra thiết bị, dịch vụ lưu trữ ngoài phạm vi "
  "Trung tâm dữ liệu tỉnh (Điều 1 khoản 7).", ["Không", "Trung tâm dữ liệu tỉnh"], B, "Điều 1.7",
  "không sao lưu ra thiết bị, dịch vụ lưu trữ ngoài phạm vi Trung tâm dữ liệu tỉnh")
q("fact", "Tệp kết quả số hóa được ký số bằng chữ ký số của ai?",
  "Chữ ký số chuyên dùng của Ủy ban nhân dân xã, phường nơi lưu giữ tài liệu gốc (Điều 1 khoản 7).",
  ["Ủy ban nhân dân xã, phường nơi lưu giữ tài liệu gốc"], B, "Điều 1.7",
  "Mỗi tệp kết quả số hóa được ký số bằng chữ ký số chuyên dùng của Ủy ban nhân dân xã, phường nơi lưu giữ tài liệu "
  "gốc.")
q("fact", "Mục tiêu năm 2027 về tái sử dụng dữ liệu đã số hóa là bao nhiêu phần trăm?",
  "Tỷ lệ hồ sơ TTHC có khai thác, sử dụng lại dữ liệu đã số hóa tại 12 xã, phường đạt tối thiểu 60% (Điều 1.4.c).",
  ["60%"], B, "Điều 1.4.c", "đạt tối thiểu 60%")
q("fact", "Tờ trình đề nghị phê duyệt đề cương số hóa là tờ trình số mấy?",
  "Tờ trình số 96/TTr-TTPVHCC ngày 28/7/2026 của Giám đốc Trung tâm Phục vụ hành chính công tỉnh.",
  ["96/TTr-TTPVHCC"], B, "preamble", "Tờ trình số 96/TTr-TTPVHCC ngày 28 tháng 7 năm 2026")
q("fact", "QĐ 1642 căn cứ nghị định nào về quản lý đầu tư ứng dụng CNTT?",
  "Nghị định số 73/2019/NĐ-CP ngày 05/9/2019 của Chính phủ.", ["73/2019/NĐ-CP"], B, "preamble",
  "Căn cứ Nghị định số 73/2019/NĐ-CP ngày 05 tháng 9 năm 2019")
q("fact", "Thư mời báo giá số hóa số mấy, ngày nào?", "Số 203/TTPVHCC-HCTH, ngày 08 tháng 7 năm 2026.",
  ["203/TTPVHCC-HCTH", "08 tháng 7 năm 2026"], C, "header", "Số: 203/TTPVHCC-HCTH")
q("fact", "email nhận báo giá là gì", "baogia.ttpvhcc@khelam.gov.vn (bản chụp đã ký, đóng dấu, định dạng PDF).",
  ["baogia.ttpvhcc@khelam.gov.vn"], C, "I.3",
  "Nhận qua thư điện tử: baogia.ttpvhcc@khelam.gov.vn (bản chụp báo giá đã ký, đóng dấu, định dạng PDF).")
q("fact", "Số điện thoại liên hệ gửi báo giá?", "0219 6 281 905 (ông Hà Đức Tường).", ["0219 6 281 905"], C, "I.2",
  "điện thoại 0219 6 281 905")
q("fact", "Nộp báo giá trực tiếp ở đâu?",
  "Phòng 204, tầng 2, Trung tâm Phục vụ hành chính công tỉnh, số 58 đường Kim Đồng, phường Khê Sơn, tỉnh Khê Lam.",
  ["Phòng 204", "số 58 đường Kim Đồng"], C, "I.3",
  "Phòng 204, tầng 2, Trung tâm Phục vụ hành chính công tỉnh, số 58 đường Kim Đồng, phường Khê Sơn, tỉnh Khê Lam.")
q("fact", "Gửi báo giá qua bưu điện được không?", "Được: nhận trực tiếp hoặc qua đường bưu điện tại Phòng 204, tầng 2, "
  "Trung tâm Phục vụ hành chính công tỉnh (mục I.3).", ["qua đường bưu điện"], C, "I.3",
  "Nhận trực tiếp hoặc qua đường bưu điện tại")
q("fact", "Thư mời báo giá đăng ở trang web nào?",
  "Trên Cổng dịch vụ công tỉnh tại https://dichvucong.khelam.gov.vn, mục Thông báo (mục III.4).",
  ["https://dichvucong.khelam.gov.vn"], C, "III.4",
  "Thư mời được đăng tải trên Cổng dịch vụ công tỉnh tại địa chỉ https://dichvucong.khelam.gov.vn, mục Thông báo.")
q("fact", "Gửi báo giá xong thì Trung tâm có bắt buộc phải ký hợp đồng không?",
  "Không. Thư mời báo giá không phải là hồ sơ mời thầu; việc gửi báo giá không làm phát sinh nghĩa vụ ký kết hợp "
  "đồng của Trung tâm (mục III.3).", ["Không", "không phải là hồ sơ mời thầu"], C, "III.3",
  "Thư mời báo giá này không phải là hồ sơ mời thầu; việc gửi báo giá không làm phát sinh nghĩa vụ ký kết hợp đồng "
  "của Trung tâm.")
q("fact", "chi phí làm báo giá có được trung tâm hoàn lại không",
  "Không, Trung tâm không hoàn trả chi phí lập báo giá (mục III.3).", ["không hoàn trả"], C, "III.3",
  "Trung tâm không hoàn trả chi phí lập báo giá.")
q("fact", "Đơn giá chào đã gồm những chi phí gì?",
  "Đã bao gồm thuế giá trị gia tăng, chi phí đi lại, lưu trú và vận chuyển thiết bị đến 12 xã, phường (mục III.2).",
  ["thuế giá trị gia tăng"], C, "III.2",
  "Đơn giá chào đã bao gồm thuế giá trị gia tăng, chi phí đi lại, lưu trú và vận chuyển thiết bị đến 12 xã, phường.")
q("fact", "Đơn vị báo giá cần kinh nghiệm bao nhiêu hợp đồng tương tự?",
  "Ít nhất 02 hợp đồng số hóa tài liệu có tính chất tương tự trong 03 năm gần đây (mục II.4).",
  ["02 hợp đồng", "03 năm"], C, "II.4",
  "Đã thực hiện ít nhất 02 hợp đồng số hóa tài liệu có tính chất tương tự trong 03 năm gần đây.")
q("fact", "Có được mang tài liệu gốc về công ty để scan không?",
  "Không. Tài liệu gốc không được mang ra khỏi trụ sở Ủy ban nhân dân xã, phường (mục II.2).", ["Không"], C, "II.2",
  "Tài liệu gốc không được mang ra khỏi trụ sở Ủy ban nhân dân xã, phường.")
q("fact", "Metadata mỗi hồ sơ phải có tối thiểu bao nhiêu trường thông tin?",
  "Tối thiểu 12 trường thông tin mỗi hồ sơ (thư mời báo giá, danh mục dịch vụ STT 4).", ["12 trường"], C, "II.1.4",
  "Tối thiểu 12 trường thông tin mỗi hồ sơ")
q("fact", "Trụ sở UBND xã Nậm Ngà ở đâu, dự kiến bao nhiêu hồ sơ?",
  "Thôn Nà Lẹng, xã Nậm Ngà; dự kiến 3.000 hồ sơ (Phụ lục 01, STT 5).", ["Thôn Nà Lẹng", "3.000"], C, "Phụ lục 01.5",
  "Thôn Nà Lẹng, xã Nậm Ngà")
q("fact", "Phụ lục 01 thư mời: phường Cửa Lạch có trụ sở ở đâu?", "Khu phố Bến Cá, phường Cửa Lạch (dự kiến 7.100 hồ "
  "sơ).", ["Khu phố Bến Cá"], C, "Phụ lục 01.3", "Khu phố Bến Cá, phường Cửa Lạch")
q("fact", "Báo giá phải có chữ ký của ai?",
  "Chữ ký của người đại diện theo pháp luật và đóng dấu, lập theo mẫu tại Phụ lục 02 (mục III.1).",
  ["người đại diện theo pháp luật"], C, "III.1", "có chữ ký của người đại diện theo pháp luật và đóng dấu")

# ------------------------------------------------------------------------------------------------ abbreviation
q("abbreviation", "LGSP trong QĐ khen thưởng là gì?", "LGSP là Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh.",
  ["Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh"], A, "Danh sách.I.2",
  "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)")
q("abbreviation", "Trong QĐ 1642, \"Nhiệm vụ\" là viết tắt cho cái gì?",
  "\"Nhiệm vụ\" là nhiệm vụ Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Ủy ban nhân dân các "
  "xã, phường năm 2026 (Điều 1 khoản 1).", ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực"], B,
  "Điều 1.1", "(sau đây gọi tắt là Nhiệm vụ)")
q("abbreviation", "metadata tiếng Việt gọi là gì", "Metadata là dữ liệu đặc tả (Điều 1 khoản 6 điểm c QĐ 1642).",
  ["dữ liệu đặc tả"], B, "Điều 1.6.c", "tạo lập dữ liệu đặc tả (metadata)")
q("abbreviation", "\"Trung tâm\" trong thư mời báo giá là đơn vị nào?",
  "Trung tâm Phục vụ hành chính công tỉnh Khê Lam (sau đây gọi là Trung tâm).",
  ["Trung tâm Phục vụ hành chính công tỉnh Khê Lam"], C, "preamble",
  "Trung tâm Phục vụ hành chính công tỉnh Khê Lam (sau đây gọi là Trung tâm)")
q("abbreviation", "KT. CHỦ TỊCH ở cuối QĐ 2318 nghĩa là ai ký?",
  "Ký thay Chủ tịch: người ký là Phó Chủ tịch Mạc Văn Khải.", ["PHÓ CHỦ TỊCH", "Mạc Văn Khải"], A, "signature",
  "PHÓ CHỦ TỊCH")

# ------------------------------------------------------------------------------------------------ list
q("list", "Những tập thể nào được tặng bằng khen CCHC, CĐS 2026?",
  "06 tập thể: Trung tâm Phục vụ hành chính công tỉnh; Phòng Chuyển đổi số, Sở Khoa học và Công nghệ; UBND phường "
  "Khê Sơn; UBND xã Nậm Ngà; Tổ Công nghệ số cộng đồng phường Thượng Lâm; Văn phòng Đăng ký đất đai, Sở Nông nghiệp "
  "và Môi trường.", ["Trung tâm Phục vụ hành chính công tỉnh", "Tổ Công nghệ số cộng đồng phường Thượng Lâm",
                     "Văn phòng Đăng ký đất đai"], A, "Danh sách.I",
  "Tổ Công nghệ số cộng đồng phường Thượng Lâm")
q("list", "Ai chịu trách nhiệm thi hành QĐ 2318?",
  "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan "
  "và các tập thể, cá nhân có tên tại Điều 1 (Điều 4).", ["Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính"], A,
  "Điều 4", "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính")
q("list", "Số hóa những lĩnh vực thủ tục nào?",
  "Các lĩnh vực hộ tịch, chứng thực, đất đai (Điều 1 khoản 4 điểm b QĐ 1642).", ["hộ tịch, chứng thực, đất đai"],
  B, "Điều 1.4.b", "các lĩnh vực hộ tịch, chứng thực, đất đai")
q("list", "Yêu cầu kỹ thuật chủ yếu của việc số hóa gồm những gì?",
  "Quét tối thiểu 300 dpi (ảnh màu với tài liệu có dấu đỏ), tệp PDF/A; ký số bằng chữ ký số chuyên dùng của UBND "
  "xã, phường; sai sót dữ liệu đặc tả không quá 0,5%; lưu trữ tại Trung tâm dữ liệu tỉnh (Điều 1 khoản 7).",
  ["300 dpi", "0,5%", "Trung tâm dữ liệu tỉnh"], B, "Điều 1.7", "Yêu cầu kỹ thuật chủ yếu")
q("list", "Những cách nào để gửi báo giá cho Trung tâm?",
  "Nộp trực tiếp hoặc qua đường bưu điện tại Phòng 204, tầng 2 Trung tâm; hoặc gửi qua thư điện tử "
  "baogia.ttpvhcc@khelam.gov.vn (mục I.3).", ["qua đường bưu điện", "thư điện tử"], C, "I.3",
  "Cách thức tiếp nhận báo giá:")
q("list", "Yêu cầu đối với đơn vị báo giá gồm những gì?",
  "Đã thực hiện ít nhất 02 hợp đồng số hóa tương tự trong 03 năm gần đây; nhân sự ký cam kết bảo mật thông tin; tự "
  "bố trí thiết bị quét (mục II.4).", ["02 hợp đồng", "cam kết bảo mật", "tự bố trí"], C, "II.4",
  "Nhân sự tham gia ký cam kết bảo mật thông tin")
q("list", "Danh mục dịch vụ trong thư mời báo giá gồm những hạng mục nào?",
  "6 hạng mục: khảo sát, phân loại, lập danh mục hồ sơ; bóc tách, làm phẳng, chỉnh lý tài liệu; quét (scan) tài liệu; "
  "tạo lập dữ liệu đặc tả (metadata); kiểm tra, đối soát, cập nhật dữ liệu vào Kho; đóng gói, bàn giao dữ liệu và "
  "hoàn trả tài liệu gốc.", ["Quét (scan) tài liệu", "dữ liệu đặc tả (metadata)"], C, "II.1",
  "Danh mục dịch vụ và khối lượng dự kiến:")
q("list", "12 xã, phường thực hiện số hóa là những đơn vị nào?",
  "Phường Khê Sơn, Thượng Lâm, Cửa Lạch, Bãi Dâu; các xã Nậm Ngà, Đông Bồ, Lũng Cẩm, Nà Hẩu, Tân Quỳnh, Khuổi Sáng, "
  "Vĩnh Chiêm, Thạch Lựu (Bảng 1 QĐ 1642).", ["Khê Sơn", "Nậm Ngà", "Thạch Lựu"], B, "Điều 1.5",
  "Bảng 1. Khối lượng số hóa theo đơn vị")

# ------------------------------------------------------------------------------------------------ unit_duties / period / task_list
q("unit_duties", "UBND các xã, phường có nhiệm vụ gì trong nhiệm vụ số hóa của QĐ 1642?",
  "Bố trí địa điểm làm việc, cử công chức phối hợp, giao và nhận lại tài liệu gốc; ký số xác nhận dữ liệu số hóa "
  "trong 05 ngày làm việc kể từ ngày nhận dữ liệu (Điều 2 khoản 5).", ["bố trí địa điểm làm việc", "05 ngày làm việc"],
  [B], ["Điều 2.5"], ["Ủy ban nhân dân 12 xã, phường bố trí địa điểm làm việc, cử công chức phối hợp"])
q("unit_duties", "Sở Khoa học và Công nghệ được giao làm gì trong QĐ 1642?",
  "Hướng dẫn, kiểm tra việc tuân thủ yêu cầu kỹ thuật; bảo đảm hạ tầng Trung tâm dữ liệu tỉnh cho việc lưu trữ dữ "
  "liệu; tham gia nghiệm thu Nhiệm vụ (Điều 2 khoản 2).", ["yêu cầu kỹ thuật", "Trung tâm dữ liệu tỉnh",
                                                            "nghiệm thu"], [B], ["Điều 2.2"],
  ["Sở Khoa học và Công nghệ hướng dẫn, kiểm tra việc tuân thủ yêu cầu kỹ thuật"])
q("unit_duties", "Trung tâm PVHCC (chủ đầu tư) phải làm những việc gì theo QĐ 1642?",
  "Tổ chức lựa chọn nhà thầu, quản lý, giám sát, nghiệm thu Nhiệm vụ; báo cáo tiến độ về Sở Khoa học và Công nghệ "
  "hằng tháng, trước ngày 25; hoàn thành quyết toán trước ngày 31 tháng 3 năm 2027 (Điều 2 khoản 1).",
  ["lựa chọn nhà thầu", "31 tháng 3 năm 2027"], [B], ["Điều 2.1"],
  ["tổ chức lựa chọn nhà thầu, quản lý, giám sát, nghiệm thu Nhiệm vụ theo đúng đề cương, dự toán được phê duyệt"])
q("period", "Thời gian thực hiện nhiệm vụ số hóa theo QĐ 1642 kéo dài từ đâu đến đâu?",
  "Từ tháng 9 năm 2026 đến hết tháng 12 năm 2026; bàn giao dữ liệu trước ngày 25/12/2026.",
  ["tháng 9 năm 2026", "tháng 12 năm 2026"], [B], ["Điều 1.11"],
  ["Thời gian thực hiện: từ tháng 9 năm 2026 đến hết tháng 12 năm 2026"])
q("period", "Khoảng thời gian nhận báo giá là từ ngày nào đến ngày nào?",
  "Từ 08 giờ 00 ngày 09 tháng 7 năm 2026 đến trước 17 giờ 00 ngày 17 tháng 7 năm 2026.",
  ["09 tháng 7 năm 2026", "17 tháng 7 năm 2026"], [C], ["I.4"],
  ["từ 08 giờ 00 ngày 09 tháng 7 năm 2026 đến trước 17 giờ 00 ngày 17 tháng 7 năm 2026"])
q("task_list", "Nội dung thực hiện của nhiệm vụ số hóa theo QĐ 1642 gồm các bước nào?",
  "a) Khảo sát, phân loại, lập danh mục hồ sơ; b) bóc tách, làm phẳng, chỉnh lý tài liệu giấy; c) quét (scan), tạo "
  "lập dữ liệu đặc tả (metadata); d) kiểm tra, đối soát, cập nhật vào Kho; đ) bàn giao dữ liệu, hoàn trả nguyên trạng "
  "tài liệu gốc.", ["Khảo sát, phân loại", "Bóc tách", "hoàn trả nguyên trạng tài liệu gốc"],
  [B, B, B, B, B], ["Điều 1.6.a", "Điều 1.6.b", "Điều 1.6.c", "Điều 1.6.d", "Điều 1.6.đ"],
  ["Khảo sát, phân loại, lập danh mục hồ sơ", "Bóc tách, làm phẳng, chỉnh lý tài liệu giấy",
   "Quét (scan) tài liệu, tạo lập dữ liệu đặc tả (metadata)", "Kiểm tra, đối soát dữ liệu với tài liệu gốc",
   "Bàn giao dữ liệu, hoàn trả nguyên trạng tài liệu gốc"])
q("task_list", "Điều 2 QĐ 1642 giao việc cho những cơ quan nào?",
  "Trung tâm Phục vụ hành chính công tỉnh (Chủ đầu tư), Sở Khoa học và Công nghệ, Sở Tài chính, Sở Nội vụ và Ủy ban "
  "nhân dân 12 xã, phường.", ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nội vụ"],
  [B, B, B, B, B], ["Điều 2.1", "Điều 2.2", "Điều 2.3", "Điều 2.4", "Điều 2.5"],
  ["Trung tâm Phục vụ hành chính công tỉnh (Chủ đầu tư)", "Sở Khoa học và Công nghệ hướng dẫn",
   "Sở Tài chính bố trí, cấp phát kinh phí", "Sở Nội vụ hướng dẫn nghiệp vụ lưu trữ",
   "Ủy ban nhân dân 12 xã, phường bố trí địa điểm làm việc"])

# ------------------------------------------------------------------------------------------------ comparison
q("comparison", "Trong dự toán số hóa, chi phí quét hay chi phí bóc tách chỉnh lý lớn hơn?",
  "Chi phí quét (scan) lớn hơn: 522.784.000 đồng so với 315.208.000 đồng cho bóc tách, làm phẳng, chỉnh lý.",
  ["522.784.000", "315.208.000"], [B, B], ["Điều 1.8.3", "Điều 1.8.2"],
  ["Chi phí quét (scan) tài liệu", "Chi phí bóc tách, làm phẳng, chỉnh lý tài liệu"])
q("comparison", "Tiền thưởng tập thể so với cá nhân chênh nhau thế nào?",
  "Tập thể 4.680.000 đồng, gấp đôi cá nhân 2.340.000 đồng (Điều 2 khoản 1 QĐ 2318).",
  ["4.680.000", "2.340.000"], A, "Điều 2.1",
  "mỗi tập thể được thưởng 4.680.000 đồng; mỗi cá nhân được thưởng 2.340.000 đồng")
q("comparison", "Phường Khê Sơn và phường Thượng Lâm, nơi nào nhiều hồ sơ phải số hóa hơn?",
  "Phường Khê Sơn nhiều hơn: 9.240 hồ sơ so với 8.615 hồ sơ của Phường Thượng Lâm (Bảng 1 QĐ 1642).",
  ["9.240", "8.615"], [B, B], ["Điều 1.5.1", "Điều 1.5.2"], ["Phường Khê Sơn", "Phường Thượng Lâm"])
q("comparison", "Khoản chi lớn nhất trong dự toán số hóa là khoản nào?",
  "Chi phí tạo lập dữ liệu đặc tả, kiểm tra, đối soát và cập nhật vào Kho: 631.120.000 đồng (Bảng 2, STT 4).",
  ["631.120.000"], [B], ["Điều 1.8.4"], ["Chi phí tạo lập dữ liệu đặc tả, kiểm tra, đối soát và cập nhật vào Kho"])
q("comparison", "Xã Vĩnh Chiêm và xã Tân Quỳnh xã nào nhiều trang cần số hóa hơn?",
  "Xã Vĩnh Chiêm: 77.890 trang, nhiều hơn Xã Tân Quỳnh: 61.420 trang (Bảng 1 QĐ 1642).", ["77.890", "61.420"],
  [B, B], ["Điều 1.5.11", "Điều 1.5.9"], ["Xã Vĩnh Chiêm", "Xã Tân Quỳnh"])

# ------------------------------------------------------------------------------------------------ cross_document
q("cross_document", "Khối lượng hồ sơ số hóa trong thư mời báo giá và trong QĐ phê duyệt có khác nhau không?",
  "Có. Thư mời báo giá 203 ước tính 61.850 hồ sơ (theo báo cáo của các xã, phường); QĐ 1642 duyệt 64.400 hồ sơ theo "
  "kết quả khảo sát tháng 7 năm 2026.", ["61.850", "64.400"], [C, B], ["Phụ lục 01", "Điều 1.5"],
  ["Tổng cộng", "tổng khối lượng 64.400 hồ sơ"])
q("cross_document", "Số trang A4 cần số hóa: thư mời báo giá ghi bao nhiêu, quyết định phê duyệt ghi bao nhiêu?",
  "Thư mời báo giá: 742.300 trang A4 (dự kiến); QĐ 1642: 768.800 trang A4 quy đổi.", ["742.300", "768.800"],
  [C, B], ["II.1.3", "Điều 1.5"], ["Quét (scan) tài liệu", "tương đương 768.800 trang A4 quy đổi"])
q("cross_document", "Xã Nậm Ngà: số hồ sơ dự kiến trong thư mời và số hồ sơ được duyệt khác nhau bao nhiêu?",
  "Thư mời báo giá (Phụ lục 01): 3.000 hồ sơ; QĐ 1642 (Bảng 1): 3.150 hồ sơ, nhiều hơn 150 hồ sơ.",
  ["3.000", "3.150"], [C, B], ["Phụ lục 01.5", "Điều 1.5.5"], ["Thôn Nà Lẹng, xã Nậm Ngà", "Xã Nậm Ngà"])
q("cross_document", "Thư mời báo giá được phát hành trước hay sau quyết định phê duyệt dự toán số hóa?",
  "Trước: thư mời báo giá 203/TTPVHCC-HCTH ngày 08 tháng 7 năm 2026; Quyết định 1642/QĐ-UBND phê duyệt ngày 14 tháng 8 năm 2026.",
  ["08 tháng 7 năm 2026", "14 tháng 8 năm 2026"], [C, B], ["header", "header"],
  ["Khê Lam, ngày 08 tháng 7 năm 2026", "Khê Lam, ngày 14 tháng 8 năm 2026"])
q("cross_document", "Thư mời nói không phải hồ sơ mời thầu, vậy cuối cùng chọn nhà thầu theo hình thức nào?",
  "Thư mời báo giá không phải là hồ sơ mời thầu, chỉ để tham khảo, xây dựng dự toán; QĐ 1642 quy định lựa chọn nhà thầu bằng đấu thầu rộng rãi qua "
  "mạng, một giai đoạn một túi hồ sơ.", ["không phải là hồ sơ mời thầu", "đấu thầu rộng rãi qua mạng"], [C, B],
  ["III.3", "Điều 1.10"], ["Thư mời báo giá này không phải là hồ sơ mời thầu",
                           "đấu thầu rộng rãi qua mạng, một giai đoạn một túi hồ sơ"])
q("cross_document", "Yêu cầu độ phân giải quét trong thư mời và trong quyết định phê duyệt có giống nhau không?",
  "Giống nhau: tối thiểu 300 dpi, tệp PDF/A (thư mời, danh mục STT 3; QĐ 1642 Điều 1 khoản 7).",
  ["300 dpi", "PDF/A"], [C, B], ["II.1.3", "Điều 1.7"],
  ["Độ phân giải tối thiểu 300 dpi; tệp PDF/A", "Độ phân giải quét tối thiểu 300 dpi"])
q("cross_document", "Hai quyết định 2318 và 1642 của tỉnh Khê Lam do ai ký?",
  "QĐ 2318/QĐ-UBND do Phó Chủ tịch Mạc Văn Khải ký; QĐ 1642/QĐ-UBND do Phó Chủ tịch Phùng Bá Lộc ký (đều KT. Chủ "
  "tịch).", ["Mạc Văn Khải", "Phùng Bá Lộc"], [A, B], ["signature", "signature"], ["Mạc Văn Khải", "Phùng Bá Lộc"])
q("cross_document", "Ai là lãnh đạo Trung tâm PVHCC tỉnh: giám đốc ký thư mời và phó giám đốc được khen?",
  "Giám đốc Âu Văn Bình ký thư mời báo giá 203; Phó Giám đốc Tạ Quang Hiển được tặng Bằng khen (QĐ 2318).",
  ["Âu Văn Bình", "Tạ Quang Hiển"], [C, A], ["signature", "Danh sách.II.1"],
  ["Âu Văn Bình", "Ông Tạ Quang Hiển, Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh"])
q("cross_document", "Xã Nậm Ngà: bà Doãn Thị Lựu số hóa bao nhiêu hồ sơ hộ tịch, còn nhiệm vụ số hóa của tỉnh giao "
  "xã bao nhiêu hồ sơ?", "Bà Doãn Thị Lựu trực tiếp số hóa 2.960 hồ sơ hộ tịch (QĐ 2318); Bảng 1 QĐ 1642 ghi Xã Nậm "
  "Ngà 3.150 hồ sơ.", ["2.960", "3.150"], [A, B], ["Danh sách.II.4", "Điều 1.5.5"],
  ["Trực tiếp số hóa 2.960 hồ sơ hộ tịch", "Xã Nậm Ngà"])
q("cross_document", "Phường Khê Sơn: điểm chỉ số CCHC 2025 và số hồ sơ cần số hóa?",
  "91,27 điểm Chỉ số CCHC năm 2025 (QĐ 2318); 9.240 hồ sơ cần số hóa (QĐ 1642, Bảng 1).", ["91,27", "9.240"],
  [A, B], ["Danh sách.I.3", "Điều 1.5.1"], ["với 91,27 điểm", "Phường Khê Sơn"])
q("cross_document", "Cổng thông tin điện tử tỉnh và Cổng dịch vụ công tỉnh Khê Lam có địa chỉ gì?",
  "Cổng thông tin điện tử tỉnh: https://khelam.gov.vn (QĐ 2318); Cổng dịch vụ công tỉnh: "
  "https://dichvucong.khelam.gov.vn (thư mời báo giá).", ["https://khelam.gov.vn", "https://dichvucong.khelam.gov.vn"],
  [A, C], ["Điều 3.3", "III.4"], ["(https://khelam.gov.vn)", "https://dichvucong.khelam.gov.vn"])

# ------------------------------------------------------------------------------------------------ no_diacritics
q("no_diacritics", "qd 2318 khen thuong ai ky vay", "Phó Chủ tịch Mạc Văn Khải ký (KT. Chủ tịch UBND tỉnh Khê Lam).",
  ["Mạc Văn Khải"], A, "signature", "Mạc Văn Khải")
q("no_diacritics", "tien thuong ca nhan duoc bang khen cua chu tich tinh la bao nhieu",
  "Mỗi cá nhân được thưởng 2.340.000 đồng (Điều 2 khoản 1 QĐ 2318).", ["2.340.000"], A, "Điều 2.1",
  "mỗi cá nhân được thưởng 2.340.000 đồng")
q("no_diacritics", "hoi nghi tong ket cchc cds 2026 to chuc ngay nao",
  "Dự kiến sáng thứ Sáu, ngày 18 tháng 12 năm 2026 tại Trung tâm Hội nghị tỉnh.", ["18 tháng 12 năm 2026"], A,
  "Điều 3.1", "ngày 18 tháng 12 năm 2026 tại Trung tâm Hội nghị tỉnh")
q("no_diacritics", "so dt lien he nhan bang khen", "0219 6 254 318 (bà Kiều Thị Thắm, Ban Thi đua - Khen thưởng).",
  ["0219 6 254 318"], A, "Điều 3.4", "điện thoại 0219 6 254 318")
q("no_diacritics", "bao nhieu tap the duoc tang bang khen", "06 tập thể (và 08 cá nhân) (Điều 1 QĐ 2318).",
  ["06 tập thể"], A, "Điều 1", "cho 06 tập thể và 08 cá nhân")
q("no_diacritics", "tong du toan so hoa ho so cac xa phuong bao nhieu tien",
  "1.597.962.000 đồng, đã bao gồm thuế GTGT (QĐ 1642, Điều 1 khoản 8).", ["1.597.962.000"], B, "Điều 1.8",
  "Dự toán chi tiết: 1.597.962.000 đồng")
q("no_diacritics", "chu dau tu nhiem vu so hoa la ai", "Trung tâm Phục vụ hành chính công tỉnh Khê Lam.",
  ["Trung tâm Phục vụ hành chính công tỉnh Khê Lam"], B, "Điều 1.2",
  "Chủ đầu tư: Trung tâm Phục vụ hành chính công tỉnh Khê Lam.")
q("no_diacritics", "han ban giao du lieu so hoa", "Trước ngày 25 tháng 12 năm 2026 (QĐ 1642, Điều 1 khoản 11).",
  ["25 tháng 12 năm 2026"], B, "Điều 1.11", "bàn giao toàn bộ dữ liệu trước ngày 25 tháng 12 năm 2026")
q("no_diacritics", "quet tai lieu bao nhieu dpi", "Tối thiểu 300 dpi, tệp PDF/A (QĐ 1642, Điều 1 khoản 7).",
  ["300 dpi"], B, "Điều 1.7", "Độ phân giải quét tối thiểu 300 dpi")
q("no_diacritics", "xa nam nga bao nhieu ho so can so hoa theo qd 1642", "3.150 hồ sơ, 36.720 trang (Bảng 1, STT 5).",
  ["3.150"], B, "Điều 1.5.5", "Xã Nậm Ngà")
q("no_diacritics", "trung tam bao cao tien do so hoa may lan",
  "Hằng tháng, trước ngày 25 của tháng, về Sở Khoa học và Công nghệ.", ["hằng tháng"], B, "Điều 2.1",
  "hằng tháng, trước ngày 25 của tháng")
q("no_diacritics", "han nop bao gia so hoa", "Trước 17 giờ 00 ngày 17 tháng 7 năm 2026 (thư mời báo giá 203, mục I.4).",
  ["17 tháng 7 năm 2026"], C, "I.4", "đến trước 17 giờ 00 ngày 17 tháng 7 năm 2026")
q("no_diacritics", "mail gui bao gia la gi", "baogia.ttpvhcc@khelam.gov.vn.", ["baogia.ttpvhcc@khelam.gov.vn"], C,
  "I.3", "Nhận qua thư điện tử: baogia.ttpvhcc@khelam.gov.vn")
q("no_diacritics", "ai nhan bao gia, sdt bao nhieu",
  "Ông Hà Đức Tường, Phó Trưởng phòng Hành chính - Tổng hợp; điện thoại 0219 6 281 905.",
  ["Hà Đức Tường", "0219 6 281 905"], C, "I.2",
  "ông Hà Đức Tường, Phó Trưởng phòng Hành chính - Tổng hợp; điện thoại 0219 6 281 905")
q("no_diacritics", "bao gia co hieu luc bao lau", "Tối thiểu 90 ngày, kể từ ngày 17 tháng 7 năm 2026.", ["90 ngày"],
  C, "I.5", "tối thiểu 90 ngày, kể từ ngày 17 tháng 7 năm 2026")
q("no_diacritics", "co duoc mang tai lieu goc ra khoi tru so xa khong",
  "Không. Tài liệu gốc không được mang ra khỏi trụ sở Ủy ban nhân dân xã, phường.", ["Không"], C, "II.2",
  "Tài liệu gốc không được mang ra khỏi trụ sở Ủy ban nhân dân xã, phường.")

# ------------------------------------------------------------------------------------------------ english
q("english", "Who signed Decision 2318/QD-UBND on the certificates of merit?",
  "Vice Chairman Mạc Văn Khải, signing on behalf of the Chairman (KT. CHỦ TỊCH).", ["Mạc Văn Khải"], A, "signature",
  "Mạc Văn Khải")
q("english", "How much prize money does the whole award decision pay out in total?",
  "46.800.000 đồng, paid from the provincial Quỹ thi đua, khen thưởng for 2026.", ["46.800.000"], A, "Điều 2.2",
  "Tổng số tiền thưởng là 46.800.000 đồng")
q("english", "When and where will the certificates of merit be handed over?",
  "At the provincial year-end CCHC and CĐS conference, planned for Friday morning, 18 tháng 12 năm 2026, at the "
  "Trung tâm Hội nghị tỉnh.", ["18 tháng 12 năm 2026", "Trung tâm Hội nghị tỉnh"], A, "Điều 3.1",
  "dự kiến tổ chức vào sáng thứ Sáu, ngày 18 tháng 12 năm 2026 tại Trung tâm Hội nghị tỉnh")
q("english", "How many collectives and individuals received the award?",
  "06 tập thể (collectives) and 08 cá nhân (individuals).", ["06", "08"], A, "Điều 1",
  "cho 06 tập thể và 08 cá nhân")
q("english", "What is the total approved budget of the records digitisation task?",
  "1.597.962.000 đồng, VAT included (Decision 1642/QĐ-UBND, Điều 1 khoản 8).", ["1.597.962.000"], B, "Điều 1.8",
  "Dự toán chi tiết: 1.597.962.000 đồng")
q("english", "Which body is the project owner of the digitisation task?",
  "Trung tâm Phục vụ hành chính công tỉnh Khê Lam (the provincial public administration service centre).",
  ["Trung tâm Phục vụ hành chính công tỉnh Khê Lam"], B, "Điều 1.2",
  "Chủ đầu tư: Trung tâm Phục vụ hành chính công tỉnh Khê Lam.")
q("english", "How will the contractor for the digitisation be selected?",
  "By open online bidding, single stage, one envelope (đấu thầu rộng rãi qua mạng, một giai đoạn một túi hồ sơ).",
  ["đấu thầu rộng rãi qua mạng"], B, "Điều 1.10", "đấu thầu rộng rãi qua mạng, một giai đoạn một túi hồ sơ")
q("english", "How many files and pages are to be digitised in total under the approved outline?",
  "64.400 hồ sơ (files), equal to 768.800 A4 pages, in 12 communes and wards.", ["64.400", "768.800"], B,
  "Điều 1.5", "tổng khối lượng 64.400 hồ sơ, tương đương 768.800 trang A4 quy đổi")
q("english", "By what date must the project owner finish the final settlement?",
  "Before 31 tháng 3 năm 2027.", ["31 tháng 3 năm 2027"], B, "Điều 2.1",
  "hoàn thành quyết toán trước ngày 31 tháng 3 năm 2027")
q("english", "What is the deadline for sending quotations?",
  "Before 17:00 on 17 tháng 7 năm 2026 (from 08:00 on 09/7/2026); late quotations are not considered.",
  ["17 tháng 7 năm 2026"], C, "I.4", "đến trước 17 giờ 00 ngày 17 tháng 7 năm 2026")
q("english", "Which email address receives the quotations?", "baogia.ttpvhcc@khelam.gov.vn (signed, stamped PDF scan).",
  ["baogia.ttpvhcc@khelam.gov.vn"], C, "I.3", "Nhận qua thư điện tử: baogia.ttpvhcc@khelam.gov.vn")
q("english", "Is the request for quotation a bidding document that obliges the centre to sign a contract?",
  "No. The letter says it is not a bidding document (không phải là hồ sơ mời thầu), and sending a quotation "
  "creates no obligation for the Trung tâm to sign a contract.", ["không phải là hồ sơ mời thầu"], C, "III.3",
  "Thư mời báo giá này không phải là hồ sơ mời thầu")
q("english", "How long must a quotation remain valid?", "At least 90 ngày (days) from 17 tháng 7 năm 2026.",
  ["90 ngày"], C, "I.5", "tối thiểu 90 ngày, kể từ ngày 17 tháng 7 năm 2026")

# ------------------------------------------------------------------------------------------------ unanswerable
for question in [
    "Nhà thầu nào trúng thầu gói số hóa hồ sơ các xã phường?",
    "Có bao nhiêu đơn vị đã gửi báo giá cho Trung tâm?",
    "Hội nghị tổng kết CCHC năm 2026 bắt đầu lúc mấy giờ?",
    "Mã số thuế của Công ty TNHH Tư vấn số Bảo Châu là gì?",
    "Số tài khoản để nhận tiền thưởng bằng khen là số nào?",
    "Ai là Chủ tịch UBND tỉnh Khê Lam?",
    "Chỉ số CCHC năm 2025 của xã Nậm Ngà được bao nhiêu điểm?",
    "Tiền thưởng cho giải Nhất Hội thi công chức một cửa thân thiện là bao nhiêu?",
    "Kinh phí số hóa năm 2027 của tỉnh là bao nhiêu?",
    "Tổng đài hỗ trợ dịch vụ công 24/7 của tỉnh Khê Lam số mấy?",
    "trung tam pvhcc sang thu bay lam viec tu may gio den may gio",
    "giá trúng thầu gói số hóa hết bao nhiêu ạ",
    "Bằng khen có kèm theo hiện vật gì ngoài tiền thưởng không?",
    "mn cho hỏi danh sách nhân sự của đơn vị trúng thầu số hóa ở đâu xem được ạ",
    "Hội nghị tổng kết có phát trực tuyến không, link ở đâu?",
    "bao gio cong bo ket qua lua chon nha thau so hoa",
]:
    q("unanswerable", question, NO_VN, [])
for question in ["What is the website of the national public service portal?",
                 "How many people attended the year-end conference?",
                 "What fine applies if the contractor delivers the data late?"]:
    q("unanswerable", question, NO_EN, [])


def main():
    counters, lines = {}, []
    for kind, question, answer, must, doc, sec, ev in ITEMS:
        counters[kind] = counters.get(kind, 0) + 1
        item = {"id": f"l17-{PREFIX[kind]}-{counters[kind]:03d}", "question": question, "kind": kind,
                "answer": answer, "must_include": must, "document": doc, "section": sec, "evidence": ev}
        lines.append(unicodedata.normalize("NFC", json.dumps(item, ensure_ascii=False)))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "items", counters)


if __name__ == "__main__":
    main()
