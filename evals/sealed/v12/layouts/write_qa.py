# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v12 (hand-written items; SEALED: people who work on the assistant's
reader must not open this file or qa.jsonl).

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-chu-tich-ubnd-song-que-qd-117-thong-qua-phuong-an-don-gian-hoa-tthc.docx"
B = "2026-ubnd-tinh-song-que-ke-hoach-53-boi-duong-ky-nang-so.pdf"
C = "2026-doan-kiem-tra-song-que-bien-ban-09-kiem-tra-cchc-cds-phuong-ben-soi.txt"
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}
ITEMS = []


def it(kind, question, answer, must, doc=None, sec=None, ev=None):
    ITEMS.append((kind, question, answer, must, doc, sec, ev))


def un(question, answer):
    it("unanswerable", question, answer, [], None, None, None)


# ------------------------------------------------------------------------------------------------ lead
it("lead", "lớp lãnh đạo số cho lãnh đạo các sở ngành trong kế hoạch 53 do cơ quan nào chủ trì tổ chức?",
   "Sở Nội vụ chủ trì, phối hợp Trường Chính trị tỉnh tổ chức (các lớp số 1, 4 và 6, trong đó lớp số 1 là lớp "
   "lãnh đạo số và quản trị dựa trên dữ liệu).", ["Sở Nội vụ"], B, "VI.1",
   "Chủ trì, phối hợp Trường Chính trị tỉnh tổ chức các lớp số 1, 4 và 6")
it("lead", "ad ơi lớp hướng dẫn người dân dùng dịch vụ công trực tuyến với VNeID cho người không chuyên trách "
   "thôn, tổ dân phố thì đơn vị nào tổ chức ạ",
   "Theo bảng kế hoạch mở lớp, lớp số 9 do Sở KH&CN (Sở Khoa học và Công nghệ) tổ chức.", ["Sở KH&CN"], B,
   "IV.B.9", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID")
it("lead", "Lớp tiếp nhận, số hóa hồ sơ cho công chức trung tâm phục vụ hành chính công cấp xã ai đứng ra tổ "
   "chức?", "Lớp số 7 do VP UBND tỉnh (Văn phòng Ủy ban nhân dân tỉnh) tổ chức, 05 lớp tại 05 cụm xã, phường.",
   ["VP UBND tỉnh"], B, "IV.B.7", "Tiếp nhận, số hóa hồ sơ, giải quyết TTHC trên Hệ thống TTHC tỉnh")
it("lead", "khóa học online về chuyển đổi số trong quản lý giáo dục do sở nào phụ trách?",
   "Khóa số 12 do Sở Giáo dục và Đào tạo tổ chức trên Nền tảng MOOCs.", ["Sở Giáo dục và Đào tạo"], B,
   "IV.C.12", "Sở Giáo dục và Đào tạo")
it("lead", "Kinh phí thực hiện kế hoạch bồi dưỡng kỹ năng số năm 2026 do cơ quan nào thẩm định, tham mưu bố trí?",
   "Sở Tài chính thẩm định, tham mưu bố trí kinh phí và hướng dẫn thanh toán, quyết toán.", ["Sở Tài chính"], B,
   "VI.4", "4. Sở Tài chính: Thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch")
it("lead", "tài khoản học trực tuyến cho cán bộ công chức viên chức thì ai cấp?",
   "Sở Khoa học và Công nghệ cấp tài khoản học trực tuyến cho CBCCVC.", ["Sở Khoa học và Công nghệ"], B, "VI.2",
   "Cấp tài khoản học trực tuyến cho CBCCVC")
it("lead", "Theo QĐ 117, sở nào dự thảo văn bản thực thi phương án đơn giản hóa thủ tục cấp giấy phép bán lẻ rượu?",
   "Sở Công Thương (cơ quan dự thảo văn bản thực thi các TTHC lĩnh vực Công Thương).", ["Sở Công Thương"], A,
   "Phụ lục I.III.6", "Cấp Giấy phép bán lẻ sản phẩm rượu")
it("lead", "thủ tục công nhận câu lạc bộ thể thao cơ sở thì cơ quan nào soạn văn bản thực thi?",
   "Sở VHTTDL, tức Sở Văn hóa, Thể thao và Du lịch.", ["Sở VHTTDL"], A, "Phụ lục I.II.4",
   "Công nhận câu lạc bộ thể thao cơ sở")
it("lead", "ai thẩm định dự thảo quyết định công bố TTHC sửa đổi và trong bao lâu?",
   "Văn phòng Ủy ban nhân dân tỉnh thẩm định, trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
   ["Văn phòng Ủy ban nhân dân tỉnh", "05 ngày làm việc"], A, "Điều 3.1.a",
   "a) Thẩm định dự thảo Quyết định công bố TTHC trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.")
it("lead", "Việc cấu hình lại quy trình điện tử theo thời hạn mới trên hệ thống giải quyết TTHC tỉnh giao cho ai?",
   "Sở Khoa học và Công nghệ chủ trì (phối hợp Văn phòng UBND tỉnh), hoàn thành chậm nhất 03 ngày làm việc kể từ "
   "ngày Quyết định công bố TTHC có hiệu lực.", ["Sở Khoa học và Công nghệ"], A, "Điều 3.2",
   "Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh cấu hình lại quy trình điện tử "
   "theo thời hạn mới")
it("lead", "QĐ thông qua phương án đơn giản hóa giao đơn vị nào hướng dẫn công chức xã, phường áp dụng thời hạn, "
   "quy trình mới?", "Văn phòng Ủy ban nhân dân tỉnh tổ chức hướng dẫn, sau khi Quyết định công bố TTHC có hiệu lực.",
   ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 3.1.c",
   "c) Tổ chức hướng dẫn công chức các xã, phường áp dụng thời hạn, quy trình mới sau khi Quyết định công bố TTHC "
   "có hiệu lực.")
it("lead", "ai chủ trì cập nhật các TTHC đã công bố lên CSDL quốc gia về thủ tục hành chính?",
   "Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Khoa học và Công nghệ.",
   ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 3.1.b",
   "b) Chủ trì, phối hợp Sở Khoa học và Công nghệ cập nhật các TTHC đã được công bố lên Cơ sở dữ liệu quốc gia "
   "về TTHC")
it("lead", "đoàn kiểm tra CCHC xuống phường Bến Sỏi do ai làm trưởng đoàn?",
   "Ông Khổng Minh Đạt, Phó Giám đốc Sở Nội vụ, là Trưởng đoàn.", ["Khổng Minh Đạt"], C, "I.1",
   "Ông Khổng Minh Đạt, Phó Giám đốc Sở Nội vụ - Trưởng đoàn;")
it("lead", "Sau kiểm tra, bộ phận nào của phường phải cập nhật lại niêm yết thời hạn giải quyết 04 TTHC?",
   "TTPVHCC phường (Trung tâm Phục vụ hành chính công phường), thời hạn 22/5/2026.", ["TTPVHCC phường"], C,
   "IV.1", "TTPVHCC phường")
it("lead", "ai phải gửi văn bản xin lỗi dân cho 2 hồ sơ đất đai trễ hạn ở Bến Sỏi?",
   "Phòng Kinh tế, Hạ tầng và Đô thị của phường, thời hạn 26/5/2026.",
   ["Phòng Kinh tế, Hạ tầng và Đô thị"], C, "IV.2", "Phòng Kinh tế, Hạ tầng và Đô thị")
it("lead", "Đoàn kiểm tra giao bộ phận nào của phường ban hành kế hoạch kiểm tra CCHC nội bộ năm 2026?",
   "Văn phòng HĐND và UBND phường, hạn 31/5/2026.", ["Văn phòng HĐND và UBND phường"], C, "IV.4",
   "Văn phòng HĐND và UBND phường")
it("lead", "việc đôn đốc 12 cán bộ công chức phường hoàn thành kỹ năng số cơ bản giao cho phòng nào?",
   "Phòng Văn hóa - Xã hội của phường, hạn 30/9/2026.", ["Phòng Văn hóa - Xã hội"], C, "IV.6",
   "Phòng Văn hóa - Xã hội")
it("lead", "Lỗi ký số kết quả chứng thực điện tử ở phường Bến Sỏi thì đoàn đề nghị cơ quan nào hỗ trợ xử lý?",
   "Đoàn kiểm tra đề nghị Sở Khoa học và Công nghệ hỗ trợ UBND phường xử lý trong tháng 5/2026.",
   ["Sở Khoa học và Công nghệ"], C, "IV",
   "Đoàn kiểm tra đề nghị Sở Khoa học và Công nghệ hỗ trợ UBND phường xử lý lỗi ký số kết quả chứng thực điện "
   "tử trên Hệ thống TTHC tỉnh trong tháng 5/2026.")
it("lead", "Tài liệu cho các lớp lãnh đạo số do đơn vị nào biên soạn?",
   "Trường Chính trị tỉnh, phối hợp Sở Nội vụ, hoàn thành trước ngày 31/3/2026.", ["Trường Chính trị tỉnh"], B,
   "VI.5", "5. Trường Chính trị tỉnh: Bố trí hội trường, giảng viên; phối hợp Sở Nội vụ biên soạn tài liệu các "
   "lớp lãnh đạo số, hoàn thành trước ngày 31/3/2026.")

# ------------------------------------------------------------------------------------------------ coordinators
it("coordinators", "Sở Nội vụ phối hợp với đơn vị nào để tổ chức các lớp 1, 4, 6?",
   "Trường Chính trị tỉnh.", ["Trường Chính trị tỉnh"], B, "VI.1",
   "Chủ trì, phối hợp Trường Chính trị tỉnh tổ chức các lớp số 1, 4 và 6")
it("coordinators", "chuẩn bị môi trường thực hành trên Hệ thống TTHC tỉnh cho lớp 7, 8 thì VP UBND tỉnh phối hợp "
   "với ai?", "Sở Khoa học và Công nghệ.", ["Sở Khoa học và Công nghệ"], B, "VI.3",
   "Chủ trì tổ chức các lớp số 7 và 8; phối hợp Sở Khoa học và Công nghệ chuẩn bị môi trường thực hành trên Hệ "
   "thống TTHC tỉnh.")
it("coordinators", "Trường Chính trị tỉnh biên soạn tài liệu lớp lãnh đạo số cùng với cơ quan nào?",
   "Phối hợp Sở Nội vụ.", ["Sở Nội vụ"], B, "VI.5",
   "phối hợp Sở Nội vụ biên soạn tài liệu các lớp lãnh đạo số")
it("coordinators", "lớp số 9 hướng dẫn VNeID thì Sở KH&CN phối hợp với lực lượng nào?",
   "Công an tỉnh (Sở Khoa học và Công nghệ chủ trì, phối hợp Công an tỉnh tổ chức lớp số 9).", ["Công an tỉnh"],
   B, "VI.2", "chủ trì, phối hợp Công an tỉnh tổ chức lớp số 9")
it("coordinators", "Trong các lớp Sở KH&CN tổ chức, đơn vị nào lo phòng máy và tài khoản thực hành?",
   "Trung tâm Chuyển đổi số tỉnh, theo chỉ đạo của Sở Khoa học và Công nghệ.",
   ["Trung tâm Chuyển đổi số tỉnh"], B, "VI.2",
   "chỉ đạo Trung tâm Chuyển đổi số tỉnh bố trí phòng máy, tài khoản thực hành")
it("coordinators", "Sở Khoa học và Công nghệ cấu hình quy trình điện tử theo thời hạn mới thì phối hợp với ai?",
   "Phối hợp Văn phòng Ủy ban nhân dân tỉnh.", ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 3.2",
   "Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh cấu hình lại quy trình điện tử")
it("coordinators", "VP UBND tỉnh cập nhật TTHC lên cơ sở dữ liệu quốc gia phối hợp với đơn vị nào?",
   "Sở Khoa học và Công nghệ.", ["Sở Khoa học và Công nghệ"], A, "Điều 3.1.b",
   "b) Chủ trì, phối hợp Sở Khoa học và Công nghệ cập nhật các TTHC đã được công bố")
it("coordinators", "để khai thác dữ liệu đăng ký hộ kinh doanh cho thủ tục bán lẻ rượu, Sở Công Thương làm cùng ai?",
   "Sở Công Thương phối hợp Sở Khoa học và Công nghệ cấu hình khai thác dữ liệu đăng ký hộ kinh doanh.",
   ["Sở Khoa học và Công nghệ"], A, "Phụ lục II.III.6.b",
   "Sở Công Thương phối hợp Sở Khoa học và Công nghệ cấu hình khai thác dữ liệu đăng ký hộ kinh doanh.")
it("coordinators", "Dự thảo văn bản kiến nghị bộ ngành trung ương, các sở gửi cho ai tổng hợp?",
   "Gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 13/3/2026 để tổng hợp, trình Chủ tịch UBND tỉnh.",
   ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 2.2",
   "gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 13/3/2026 để tổng hợp, trình Chủ tịch Ủy ban nhân dân tỉnh")
it("coordinators", "ngoài Sở Nội vụ, đoàn kiểm tra ở Bến Sỏi có người của những cơ quan nào?",
   "Văn phòng Ủy ban nhân dân tỉnh (Phó Trưởng đoàn Bế Thị Ngân và thành viên Lục Thị Bích) và Sở Khoa học và "
   "Công nghệ (thành viên Sầm Văn Lực).", ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ"], C,
   "I.1", "Ông Sầm Văn Lực, Phó Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ - Thành viên;")
it("coordinators", "Tổ công nghệ số cộng đồng ở phường phối hợp với ai để hỗ trợ dân tại trung tâm hành chính "
   "công?", "Các Tổ phối hợp Đoàn Thanh niên phường, luân phiên hỗ trợ người dân vào sáng thứ Bảy hằng tuần.",
   ["Đoàn Thanh niên phường"], C, "II.3.d",
   "các Tổ phối hợp Đoàn Thanh niên phường luân phiên hỗ trợ người dân tại TTPVHCC phường")

# ------------------------------------------------------------------------------------------------ timing
it("timing", "lớp lãnh đạo số và quản trị dựa trên dữ liệu học ngày nào?",
   "Ngày 14-15/4/2026, tại Trường Chính trị tỉnh.", ["14-15/4/2026"], B, "IV.A.1", "14-15/4/2026")
it("timing", "hạn chót các sở, xã phường gửi danh sách đăng ký học viên về Sở Nội vụ?",
   "Trước ngày 05/3/2026.", ["05/3/2026"], B, "VI.7",
   "gửi danh sách đăng ký về Sở Nội vụ trước ngày 05/3/2026")
it("timing", "Sở Nội vụ phải tổng hợp xong danh sách học viên trước ngày nào?", "Trước ngày 10/3/2026.",
   ["10/3/2026"], B, "VI.1",
   "Tổng hợp danh sách học viên do các cơ quan, địa phương đăng ký, hoàn thành trước ngày 10/3/2026.")
it("timing", "Lớp áp dụng thời hạn, quy trình mới của 10 TTHC được đơn giản hóa tổ chức lúc nào, ở đâu?",
   "Ngày 24-25/3/2026 tại Hội trường Văn phòng UBND tỉnh (02 lớp, 116 học viên).", ["24-25/3/2026"], B, "IV.B.8",
   "24-25/3/2026")
it("timing", "khóa kỹ năng số cơ bản trên Bình dân học vụ số mở từ bao giờ đến bao giờ?",
   "Từ 01/3 đến 30/11/2026 (01/3 - 30/11/2026).", ["01/3 - 30/11/2026"], B, "IV.C.10", "01/3 - 30/11/2026")
it("timing", "các sở phải gửi dự thảo QĐ công bố TTHC sửa đổi cho VP UBND tỉnh thẩm định trước ngày nào?",
   "Trước ngày 27/02/2026.", ["27/02/2026"], A, "Điều 2.1",
   "gửi Văn phòng Ủy ban nhân dân tỉnh thẩm định trước ngày 27/02/2026")
it("timing", "quyết định 117 có hiệu lực khi nào?",
   "Có hiệu lực thi hành kể từ ngày ký (Quyết định ký ngày 22/01/2026).", ["kể từ ngày ký"], A, "Điều 4",
   "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.")
it("timing", "Xã, phường có bao lâu để niêm yết thời hạn giải quyết mới sau khi QĐ công bố có hiệu lực?",
   "Chậm nhất 02 ngày làm việc kể từ ngày Quyết định công bố TTHC có hiệu lực.", ["02 ngày làm việc"], A,
   "Điều 3.3", "chậm nhất 02 ngày làm việc kể từ ngày Quyết định công bố TTHC có hiệu lực")
it("timing", "Sở KH&CN phải cấu hình xong quy trình điện tử chậm nhất là khi nào?",
   "Chậm nhất 03 ngày làm việc kể từ ngày Quyết định công bố TTHC có hiệu lực.", ["03 ngày làm việc"], A,
   "Điều 3.2", "hoàn thành chậm nhất 03 ngày làm việc kể từ ngày Quyết định công bố TTHC có hiệu lực")
it("timing", "buổi kiểm tra tại phường Bến Sỏi bắt đầu mấy giờ?",
   "Lúc 08 giờ 00 phút, ngày 19/5/2026.", ["08 giờ 00 phút"], C, "preamble",
   "Hôm nay, vào lúc 08 giờ 00 phút, ngày 19 tháng 5 năm 2026")
it("timing", "Biên bản kiểm tra kết thúc lúc nào?", "Lúc 16 giờ 20 phút cùng ngày (19/5/2026).",
   ["16 giờ 20 phút"], C, "closing", "Biên bản kết thúc vào lúc 16 giờ 20 phút cùng ngày")
it("timing", "hạn ký số 3 kết quả chứng thực điện tử còn thiếu là ngày nào?", "Ngày 21/5/2026 (giao TTPVHCC phường).",
   ["21/5/2026"], C, "IV.3", "21/5/2026")
it("timing", "Đoàn kiểm tra đột xuất giờ giấc ở TTPVHCC phường lúc mấy giờ?",
   "Lúc 07 giờ 45 phút ngày 19/5/2026.", ["07 giờ 45 phút"], C, "II.4",
   "Kiểm tra đột xuất lúc 07 giờ 45 phút ngày 19/5/2026")
it("timing", "Quyết định 245 về đến phường Bến Sỏi hôm nào?",
   "Ngày 27/3/2026, qua Hệ thống quản lý văn bản và điều hành (theo giải trình của Chủ tịch UBND phường).",
   ["27/3/2026"], C, "V",
   "việc chậm cập nhật niêm yết do Quyết định số 245/QĐ-UBND đến phường qua Hệ thống quản lý văn bản và điều "
   "hành ngày 27/3/2026")
it("timing", "Thông báo triệu tập học viên các lớp của Sở Nội vụ phải gửi trước bao lâu?",
   "Trước ngày khai giảng ít nhất 07 ngày.", ["ít nhất 07 ngày"], B, "VI.1",
   "gửi thông báo triệu tập học viên trước ngày khai giảng ít nhất 07 ngày")

# ------------------------------------------------------------------------------------------------ frequency
it("frequency", "xã phường báo cáo số hồ sơ giải quyết theo thời hạn mới bao lâu 1 lần?",
   "Hằng quý, trước ngày 18 của tháng cuối quý, về Văn phòng UBND tỉnh.",
   ["hằng quý", "trước ngày 18 của tháng cuối quý"], A, "Điều 3.3",
   "báo cáo số hồ sơ giải quyết theo thời hạn mới về Văn phòng Ủy ban nhân dân tỉnh hằng quý, trước ngày 18 của "
   "tháng cuối quý")
it("frequency", "VP UBND tỉnh báo cáo Chủ tịch kết quả thực thi phương án đơn giản hóa theo kỳ nào?",
   "Báo cáo 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 15/11/2026).", ["15/6/2026", "15/11/2026"], A,
   "Điều 3.1.d", "báo cáo Chủ tịch Ủy ban nhân dân tỉnh 6 tháng (trước ngày 15/6/2026) và năm (trước ngày "
   "15/11/2026)")
it("frequency", "thống kê tiến độ học trên Bình dân học vụ số gửi Sở Nội vụ định kỳ thế nào?",
   "Sở Khoa học và Công nghệ gửi hằng tháng, trước ngày 05 hằng tháng.", ["trước ngày 05 hằng tháng"], B, "VI.2",
   "thống kê tiến độ học trên nền tảng \"Bình dân học vụ số\", gửi Sở Nội vụ trước ngày 05 hằng tháng")
it("frequency", "Sở Nội vụ báo cáo UBND tỉnh kết quả kế hoạch bồi dưỡng mấy lần trong năm?",
   "Hai kỳ: 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 05/12/2026).", ["15/6/2026", "05/12/2026"], B,
   "VI.1", "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện 6 tháng (trước ngày 15/6/2026) và năm "
   "(trước ngày 05/12/2026).")
it("frequency", "Bao giờ thì lấy phiếu khảo sát ý kiến học viên?",
   "Sau mỗi lớp tập trung; kết quả dùng để điều chỉnh chương trình các lớp sau.", ["Sau mỗi lớp tập trung"], B,
   "I.2", "Sau mỗi lớp tập trung, tổ chức lấy phiếu khảo sát ý kiến học viên")
it("frequency", "1 công chức được đi học tối đa mấy lớp tập trung trong năm?",
   "Không quá 02 lớp tập trung trong năm.", ["không quá 02 lớp"], B, "I.2",
   "mỗi CBCCVC tham gia không quá 02 lớp tập trung trong năm")
it("frequency", "Tổ công nghệ số cộng đồng hỗ trợ dân ở TTPVHCC phường Bến Sỏi vào hôm nào?",
   "Sáng thứ Bảy hằng tuần (luân phiên, phối hợp Đoàn Thanh niên phường).", ["sáng thứ Bảy hằng tuần"], C,
   "II.3.d", "hỗ trợ người dân tại TTPVHCC phường vào sáng thứ Bảy hằng tuần")
it("frequency", "Kế hoạch kiểm tra CCHC nội bộ của phường phải kiểm tra tối thiểu mấy lần một năm?",
   "Tối thiểu 02 lần/năm đối với các phòng và TTPVHCC phường.", ["02 lần/năm"], C, "IV.4",
   "tối thiểu 02 lần/năm đối với")
it("frequency", "mỗi lớp tập trung học mấy ngày, tối đa bao nhiêu người?",
   "Mỗi lớp từ 01 đến 03 ngày, không quá 60 học viên/lớp.", ["từ 01 đến 03 ngày", "60 học viên/lớp"], B, "III.3",
   "Bồi dưỡng tập trung (trực tiếp): mỗi lớp từ 01 đến 03 ngày, không quá 60 học viên/lớp.")

# ------------------------------------------------------------------------------------------------ fact
it("fact", "Quyết định thông qua phương án đơn giản hóa TTHC năm 2026 của tỉnh Sông Quế số mấy, ký ngày nào?",
   "Quyết định số 117/QĐ-UBND, ngày 22 tháng 01 năm 2026.", ["117/QĐ-UBND", "22 tháng 01 năm 2026"], A, "header",
   "Số: 117/QĐ-UBND")
it("fact", "QĐ 117 căn cứ vào kế hoạch rà soát TTHC nào của tỉnh?",
   "Kế hoạch số 03/KH-UBND ngày 08/01/2026 của UBND tỉnh về rà soát, đánh giá thủ tục hành chính năm 2026.",
   ["03/KH-UBND"], A, "preamble",
   "Căn cứ Kế hoạch số 03/KH-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về rà soát, đánh giá thủ "
   "tục hành chính năm 2026;")
it("fact", "quyết định đơn giản hóa thủ tục được ban hành theo đề nghị của ai, tờ trình số mấy?",
   "Theo đề nghị của Chánh Văn phòng UBND tỉnh tại Tờ trình số 14/TTr-VP ngày 16/01/2026.", ["14/TTr-VP"], A,
   "preamble", "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 14/TTr-VP ngày 16 tháng 01 "
   "năm 2026.")
it("fact", "mã TTHC của thủ tục cấp giấy phép xây dựng mới nhà ở riêng lẻ là gì?", "Mã 1.014352.", ["1.014352"],
   A, "Phụ lục I.IV.9", "1.014352")
it("fact", "Với thủ tục cửa hàng bán lẻ LPG chai, tỉnh kiến nghị bộ nào sửa quy định?",
   "Kiến nghị Bộ Công Thương sửa đổi quy định về thành phần hồ sơ (thời hạn giữ nguyên 15 ngày làm việc).",
   ["Bộ Công Thương"], A, "Phụ lục II.III.8.b",
   "b) Kiến nghị thực thi: Kiến nghị Bộ Công Thương sửa đổi quy định về thành phần hồ sơ")
it("fact", "Kế hoạch bồi dưỡng kỹ năng số cho cán bộ năm 2026 của tỉnh là kế hoạch số bao nhiêu?",
   "Kế hoạch số 53/KH-UBND ngày 12/02/2026 của UBND tỉnh Sông Quế.", ["53/KH-UBND"], B, "header",
   "Số: 53/KH-UBND")
it("fact", "Ai ký kế hoạch 53?", "Bà Lò Thị Hải Yến, Phó Chủ tịch UBND tỉnh (ký thay Chủ tịch, TM. UBND tỉnh).",
   ["Lò Thị Hải Yến"], B, "signature", "Lò Thị Hải Yến")
it("fact", "có vướng mắc về kế hoạch bồi dưỡng thì liên hệ ai, số điện thoại nào?",
   "Sở Nội vụ: bà Quàng Thị Diệu, Phòng Công chức, viên chức, điện thoại 0219 3 874 615.",
   ["Quàng Thị Diệu", "0219 3 874 615"], B, "closing",
   "bà Quàng Thị Diệu, Phòng Công chức, viên chức, điện thoại 0219 3 874 615")
it("fact", "Khung kỹ năng số mà kế hoạch 53 căn cứ là quyết định nào?",
   "Quyết định số 757/QĐ-BKHCN ngày 29/4/2025 của Bộ trưởng Bộ Khoa học và Công nghệ.", ["757/QĐ-BKHCN"], B,
   "preamble", "Căn cứ Quyết định số 757/QĐ-BKHCN ngày 29/4/2025 của Bộ trưởng Bộ Khoa học và Công nghệ ban hành "
   "Khung kiến thức, kỹ năng số cơ bản")
it("fact", "biên bản kiểm tra ở phường Bến Sỏi số mấy?", "Biên bản số 09/BB-ĐKT, ngày 19/5/2026.", ["09/BB-ĐKT"],
   C, "header", "Số: 09/BB-ĐKT")
it("fact", "Đoàn kiểm tra CCHC, CĐS 2026 được thành lập theo quyết định nào?",
   "Quyết định số 842/QĐ-UBND ngày 21/4/2026 của Chủ tịch UBND tỉnh.", ["842/QĐ-UBND"], C, "preamble",
   "Căn cứ Quyết định số 842/QĐ-UBND ngày 21/4/2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc thành lập Đoàn "
   "kiểm tra")
it("fact", "thư ký đoàn kiểm tra là ai?",
   "Bà Ma Thị Thu Trang, chuyên viên Phòng Cải cách hành chính, Sở Nội vụ.", ["Ma Thị Thu Trang"], C, "I.1",
   "Bà Ma Thị Thu Trang, chuyên viên Phòng Cải cách hành chính, Sở Nội vụ - Thư ký Đoàn.")
it("fact", "Biên bản lập thành mấy bản, mỗi bên giữ mấy bản?",
   "04 bản có giá trị như nhau: Đoàn kiểm tra giữ 03 bản, UBND phường Bến Sỏi giữ 01 bản.",
   ["04 bản", "03 bản", "01 bản"], C, "closing",
   "được lập thành 04 bản có giá trị như nhau: Đoàn kiểm tra giữ 03 bản, UBND phường Bến Sỏi giữ 01 bản")
it("fact", "Buổi làm việc của đoàn kiểm tra diễn ra ở đâu?",
   "Tại Hội trường tầng 2, trụ sở UBND phường Bến Sỏi.", ["Hội trường tầng 2"], C, "preamble",
   "tại Hội trường tầng 2, trụ sở Ủy ban nhân dân phường Bến Sỏi")
it("fact", "vì sao hồ sơ đất đai ở phường bị quá hạn?",
   "Theo giải trình của Chủ tịch UBND phường, do phải xác minh nguồn gốc đất với xã Khe Trầm.",
   ["xã Khe Trầm"], C, "V", "04 hồ sơ đất đai quá hạn do phải xác minh nguồn gốc đất với xã Khe Trầm")
it("fact", "Phường Bến Sỏi kiến nghị Sở Nội vụ điều gì?",
   "Đề nghị Sở Nội vụ tổ chức thêm 01 lớp bồi dưỡng kỹ năng số tại phường cho người hoạt động không chuyên trách "
   "ở tổ dân phố.", ["01 lớp"], C, "V",
   "UBND phường đề nghị Sở Nội vụ tổ chức thêm 01 lớp bồi dưỡng kỹ năng số tại phường cho người hoạt động không "
   "chuyên trách ở tổ dân phố.")

# ------------------------------------------------------------------------------------------------ figure
it("figure", "phương án đơn giản hóa 10 thủ tục giúp tiết kiệm bao nhiêu tiền mỗi năm?",
   "Tiết kiệm 376.216.000 đồng/năm chi phí tuân thủ TTHC (tỷ lệ cắt giảm 33,52%).", ["376.216.000 đồng/năm"], A,
   "Điều 1", "Khi được thực thi, phương án tiết kiệm 376.216.000 đồng/năm chi phí tuân thủ TTHC.")
it("figure", "chi phí tuân thủ thủ tục cấp phép xây dựng nhà ở riêng lẻ trước và sau đơn giản hóa là bao nhiêu?",
   "Trước: 612.000.000 đồng/năm; sau: 397.800.000 đồng/năm; tiết kiệm 214.200.000 đồng/năm (cắt giảm 35%).",
   ["612.000.000", "397.800.000"], A, "Phụ lục II.IV.9.c",
   "Chi phí tuân thủ TTHC trước khi đơn giản hóa: 612.000.000 đồng/năm.")
it("figure", "Lĩnh vực Công Thương cắt giảm được bao nhiêu phần trăm chi phí?",
   "25,39% (tiết kiệm 38.511.000 đồng/năm trên 151.700.000 đồng/năm).", ["25,39%"], A, "Phụ lục II.V.3",
   "25,39%")
it("figure", "Tổng chi phí tuân thủ của 10 TTHC trước khi đơn giản hóa là bao nhiêu?",
   "1.122.350.000 đồng/năm.", ["1.122.350.000"], A, "Phụ lục II.V", "1.122.350.000")
it("figure", "thủ tục tặng giấy khen cấp xã cho gia đình cắt giảm chi phí bao nhiêu %?",
   "Tỷ lệ cắt giảm chi phí 45% (tiết kiệm 26.190.000 đồng/năm).", ["45%"], A, "Phụ lục II.I.3.c",
   "Tỷ lệ cắt giảm chi phí: 45%.")
it("figure", "Năm 2025 hồ sơ giấy khen thành tích nhiệm vụ chính trị cấp xã giải quyết thực tế mất bình quân bao "
   "lâu?", "Bình quân 9,5 ngày làm việc.", ["9,5 ngày làm việc"], A, "Phụ lục II.I.1.a",
   "năm 2025 thời gian giải quyết thực tế bình quân là 9,5 ngày làm việc")
it("figure", "Mỗi năm có khoảng bao nhiêu hồ sơ đề nghị bằng khen của Chủ tịch tỉnh cho gia đình?",
   "Bình quân 38 hồ sơ/năm.", ["38 hồ sơ/năm"], A, "Phụ lục II.I.2.a",
   "Số hồ sơ đề nghị khen thưởng gia đình ít (bình quân 38 hồ sơ/năm)")
it("figure", "tổng kinh phí kế hoạch bồi dưỡng kỹ năng số 2026 là bao nhiêu?",
   "1.184.000.000 đồng (Một tỷ, một trăm tám mươi bốn triệu đồng).", ["1.184.000.000 đồng"], B, "V.1",
   "1. Tổng kinh phí dự kiến: 1.184.000.000 đồng (Một tỷ, một trăm tám mươi bốn triệu đồng), gồm:")
it("figure", "năm nay tỉnh mở bao nhiêu lớp tập trung, bao nhiêu học viên?",
   "29 lớp bồi dưỡng tập trung với 1.599 học viên, cùng 03 khóa trực tuyến với 2.180 lượt học viên.",
   ["29 lớp", "1.599 học viên"], B, "II.2",
   "Tổ chức 29 lớp bồi dưỡng tập trung với 1.599 học viên và 03 khóa bồi dưỡng trực tuyến với 2.180 lượt học viên")
it("figure", "Lớp cho công chức TTPVHCC xã phường dự kiến bao nhiêu học viên?",
   "290 học viên, chia 05 lớp.", ["290"], B, "IV.B.7", "290")
it("figure", "Tỷ lệ nộp hồ sơ trực tuyến của phường Bến Sỏi 4 tháng đầu năm là bao nhiêu?",
   "71,6%, trong đó trực tuyến toàn trình đạt 58,2%.", ["71,6%", "58,2%"], C, "II.2.c",
   "c) Tỷ lệ hồ sơ nộp trực tuyến đạt 71,6% (trong đó trực tuyến toàn trình đạt 58,2%)")
it("figure", "bao nhiêu cán bộ công chức phường đã học xong kỹ năng số cơ bản?",
   "46/58 cán bộ, công chức (79,3%).", ["46/58", "79,3%"], C, "II.3.c",
   "c) 46/58 cán bộ, công chức phường (79,3%) đã hoàn thành chương trình kỹ năng số cơ bản")
it("figure", "Phường Bến Sỏi có bao nhiêu tổ công nghệ số cộng đồng, bao nhiêu thành viên?",
   "09 Tổ công nghệ số cộng đồng tại 09 tổ dân phố, với 63 thành viên.", ["09 Tổ công nghệ số cộng đồng", "63 thành viên"], C, "II.3.d",
   "d) Phường duy trì 09 Tổ công nghệ số cộng đồng tại 09 tổ dân phố với 63 thành viên")
it("figure", "đoàn kiểm tra xác suất bao nhiêu hồ sơ và mấy hồ sơ quá hạn?",
   "Kiểm tra xác suất 120 hồ sơ: 113 hồ sơ đúng hạn, 07 hồ sơ quá hạn.", ["120 hồ sơ", "07 hồ sơ quá hạn"], C,
   "II.2.b", "b) Kiểm tra xác suất 120 hồ sơ TTHC tiếp nhận từ ngày 01/01/2026 đến ngày 30/4/2026")
it("figure", "Lĩnh vực đất đai kiểm tra bao nhiêu hồ sơ, đúng hạn mấy?",
   "25 hồ sơ đất đai được kiểm tra: 21 đúng hạn, 4 quá hạn.", ["25", "21"], C, "II.2.b.3", "Đất đai")

# ------------------------------------------------------------------------------------------------ list
it("list", "QĐ 117 đơn giản hóa TTHC thuộc mấy lĩnh vực, là những lĩnh vực nào?",
   "04 lĩnh vực: Thi đua, khen thưởng; Văn hóa cơ sở; Công Thương; Xây dựng.",
   ["Thi đua, khen thưởng", "Văn hóa cơ sở", "Công Thương"], A, "Điều 1",
   "thuộc 04 lĩnh vực: Thi đua, khen thưởng; Văn hóa cơ sở; Công Thương; Xây dựng")
it("list", "kế hoạch bồi dưỡng kỹ năng số dạy những nội dung gì?",
   "Nhận thức số, lãnh đạo số và quản trị dựa trên dữ liệu; khai thác Hệ thống quản lý văn bản và điều hành, chữ "
   "ký số, họp trực tuyến; tiếp nhận, số hóa hồ sơ, giải quyết TTHC trên Hệ thống TTHC tỉnh và Cổng Dịch vụ công "
   "quốc gia; bảo đảm an toàn thông tin mạng, bảo vệ dữ liệu cá nhân; ứng dụng trí tuệ nhân tạo (AI) trong công "
   "việc hành chính.", ["an toàn thông tin mạng", "trí tuệ nhân tạo (AI)"], B, "III.2",
   "d) Bảo đảm an toàn thông tin mạng, bảo vệ dữ liệu cá nhân.")
it("list", "Những ai thuộc đối tượng được bồi dưỡng theo kế hoạch 53?",
   "a) Lãnh đạo các sở, ban, ngành, đơn vị sự nghiệp thuộc UBND tỉnh; Chủ tịch, Phó Chủ tịch UBND các xã, phường; "
   "b) công chức, viên chức các sở, ban, ngành, công chức TTPVHCC và công chức chuyên môn các xã, phường; c) người "
   "hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố hỗ trợ người dân sử dụng dịch vụ công trực tuyến.",
   ["Người hoạt động không chuyên trách", "công chức TTPVHCC"], B, "III.1",
   "c) Người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố tham gia hỗ trợ người dân sử dụng dịch vụ "
   "công trực tuyến.")
it("list", "Đoàn kiểm tra chỉ ra những hạn chế gì ở phường Bến Sỏi?",
   "Chưa cập nhật niêm yết thời hạn mới của 04 TTHC; còn 07 hồ sơ quá hạn (02 hồ sơ chưa có văn bản xin lỗi); chưa "
   "ban hành kế hoạch kiểm tra CCHC nội bộ, báo cáo CCHC quý I/2026 gửi chậm; 03 kết quả chứng thực điện tử chưa "
   "ký số; 03 công chức TTPVHCC chưa được bồi dưỡng nghiệp vụ; 12 cán bộ, công chức chưa hoàn thành chương trình "
   "kỹ năng số cơ bản.", ["04 TTHC", "03 kết quả chứng thực điện tử chưa ký số"], C, "III.2",
   "03 kết quả chứng thực điện tử chưa ký số; 03 công chức TTPVHCC chưa được bồi dưỡng nghiệp vụ")
it("list", "phường Bến Sỏi được đoàn ghi nhận ưu điểm gì?",
   "Lãnh đạo UBND phường quan tâm chỉ đạo; TTPVHCC bố trí khoa học, 100% hồ sơ hộ tịch, chứng thực được kiểm tra "
   "giải quyết đúng hạn; tỷ lệ hồ sơ nộp trực tuyến (71,6%) cao hơn bình quân các xã, phường trong tỉnh (64,2%).",
   ["100% hồ sơ hộ tịch, chứng thực", "64,2%"], C, "III.1",
   "100% hồ sơ hộ tịch, chứng thực được kiểm tra giải quyết đúng hạn")
it("list", "Phía phường Bến Sỏi có những ai làm việc với đoàn kiểm tra?",
   "Ông Hứa Văn Lượng (Chủ tịch UBND phường), ông Tòng Văn Kiên (Phó Chủ tịch), ông Mông Văn Quý (Chánh Văn phòng "
   "HĐND và UBND phường), bà Hoàng Kim Sa (Giám đốc TTPVHCC phường) và đại diện lãnh đạo Phòng Văn hóa - Xã hội, "
   "Phòng Kinh tế, Hạ tầng và Đô thị.", ["Hứa Văn Lượng", "Hoàng Kim Sa", "Mông Văn Quý"], C, "I.2",
   "Bà Hoàng Kim Sa, Giám đốc Trung tâm Phục vụ hành chính công phường")
it("list", "QĐ 117 gửi những nơi nào?",
   "Như Điều 5; Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ; CT, các PCT UBND tỉnh; Cổng Dịch vụ công "
   "tỉnh; Lưu: VT, KSTT.", ["Cục Kiểm soát thủ tục hành chính", "Cổng Dịch vụ công tỉnh"], A, "closing",
   "- Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ;")
it("list", "bồi dưỡng theo những hình thức nào?",
   "Hai hình thức: bồi dưỡng tập trung (trực tiếp), mỗi lớp 01-03 ngày, không quá 60 học viên; và bồi dưỡng trực "
   "tuyến trên Nền tảng MOOCs và nền tảng \"Bình dân học vụ số\" (tự học theo lộ trình, kiểm tra cuối khóa).",
   ["tập trung", "MOOCs"], B, "III.3",
   "Bồi dưỡng trực tuyến trên Nền tảng học trực tuyến mở đại trà (sau đây viết tắt là MOOCs) và nền tảng \"Bình "
   "dân học vụ số\"")

# ------------------------------------------------------------------------------------------------ period
it("period", "Trong tháng 3/2026, kế hoạch 53 có những việc gì phải xong hoặc diễn ra?",
   "Gửi danh sách đăng ký học viên trước 05/3/2026 (các sở, ngành, xã, phường); Sở Nội vụ tổng hợp danh sách "
   "trước 10/3/2026; lớp số 8 về 10 TTHC được đơn giản hóa học ngày 24-25/3/2026; Trường Chính trị tỉnh hoàn thành "
   "tài liệu lớp lãnh đạo số trước 31/3/2026.", ["05/3/2026", "10/3/2026", "31/3/2026"], [B, B, B, B],
   ["VI.7", "VI.1", "IV.B.8", "VI.5"],
   ["gửi danh sách đăng ký về Sở Nội vụ trước ngày 05/3/2026",
    "Tổng hợp danh sách học viên do các cơ quan, địa phương đăng ký, hoàn thành trước ngày 10/3/2026.",
    "24-25/3/2026", "hoàn thành trước ngày 31/3/2026"])
it("period", "tháng 4/2026 có lớp nào của kế hoạch bồi dưỡng kỹ năng số?",
   "Lớp số 1 (lãnh đạo số, quản trị dựa trên dữ liệu cho lãnh đạo sở, ngành) ngày 14-15/4/2026 và lớp số 6 (lãnh "
   "đạo số cho lãnh đạo UBND cấp xã) ngày 21-23/4/2026, đều tại Trường Chính trị tỉnh.",
   ["14-15/4/2026", "21-23/4/2026"], [B, B], ["IV.A.1", "IV.B.6"], ["14-15/4/2026", "21-23/4/2026"])
it("period", "Cuối năm (tháng 11 và 12/2026) kế hoạch 53 có những mốc gì?",
   "Sở Y tế, Sở Giáo dục và Đào tạo báo cáo kết quả khóa 11, 12 về Sở Nội vụ trước 20/11/2026; khóa kỹ năng số cơ "
   "bản (khóa số 10) kết thúc 30/11/2026, cùng hạn chỉ tiêu ít nhất 85% CBCCVC được xác nhận kỹ năng số trước "
   "30/11/2026; Sở Nội vụ báo cáo năm trước 05/12/2026.", ["20/11/2026", "30/11/2026", "05/12/2026"],
   [B, B, B, B], ["VI.6", "IV.C.10", "II.2", "VI.1"],
   ["báo cáo kết quả về Sở Nội vụ trước ngày 20/11/2026", "01/3 - 30/11/2026",
    "được xác nhận trên nền tảng \"Bình dân học vụ số\" trước ngày 30/11/2026", "năm (trước ngày 05/12/2026)"])
it("period", "những yêu cầu khắc phục nào phường phải xong trong tháng 5/2026?",
   "Ký số 03 kết quả chứng thực (21/5/2026), cập nhật niêm yết thời hạn 04 TTHC (22/5/2026), gửi văn bản xin lỗi "
   "02 hồ sơ đất đai (26/5/2026), ban hành Kế hoạch kiểm tra CCHC nội bộ (31/5/2026).",
   ["21/5/2026", "22/5/2026", "26/5/2026"], [C, C, C, C], ["IV.3", "IV.1", "IV.2", "IV.4"],
   ["21/5/2026", "22/5/2026", "26/5/2026", "31/5/2026"])
it("period", "Theo QĐ 117, trong quý I/2026 các sở phải gửi những gì cho VP UBND tỉnh?",
   "Dự thảo Quyết định công bố TTHC sửa đổi, bổ sung (gửi thẩm định trước 27/02/2026) và dự thảo văn bản kiến nghị "
   "bộ, ngành Trung ương (trước 13/3/2026).", ["27/02/2026", "13/3/2026"], [A, A], ["Điều 2.1", "Điều 2.2"],
   ["gửi Văn phòng Ủy ban nhân dân tỉnh thẩm định trước ngày 27/02/2026",
    "gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 13/3/2026"])

# ------------------------------------------------------------------------------------------------ count
it("count", "Bảng kế hoạch mở lớp có tất cả bao nhiêu loại lớp, khóa?",
   "12 loại (TT 1 đến 12): 9 loại lớp tập trung (tổng 29 lớp) và 3 khóa trực tuyến.", ["12"], B, "IV.C.12", "12")
it("count", "đoàn kiểm tra yêu cầu phường khắc phục tổng cộng mấy nội dung?",
   "7 nội dung (TT 1 đến 7), nội dung cuối là báo cáo kết quả khắc phục về Sở Nội vụ trước 15/6/2026.",
   ["7", "15/6/2026"], C, "IV.7", "15/6/2026")
it("count", "Đoàn kiểm tra gồm bao nhiêu người?",
   "5 người: Trưởng đoàn Khổng Minh Đạt, Phó Trưởng đoàn Bế Thị Ngân, 2 thành viên (Sầm Văn Lực, Lục Thị Bích) "
   "và Thư ký Ma Thị Thu Trang.", ["Khổng Minh Đạt", "Ma Thị Thu Trang"], C, "I.1",
   "Bà Bế Thị Ngân, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh - Phó Trưởng đoàn;")
it("count", "QĐ 117 có mấy điều?", "5 điều (Điều 1 đến Điều 5); Điều 5 quy định trách nhiệm thi hành.",
   ["Điều 5"], A, "Điều 5", "Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh")
it("count", "Sở KH&CN tổ chức tổng cộng mấy lớp/khóa?",
   "5 lớp/khóa: lớp số 2, 3, 5, 9 và khóa số 10.", ["2, 3, 5", "khóa số 10"], B, "VI.2",
   "Chủ trì tổ chức các lớp số 2, 3, 5 và khóa số 10; chủ trì, phối hợp Công an tỉnh tổ chức lớp số 9")
it("count", "Đoàn kiểm tra xác suất hồ sơ ở mấy lĩnh vực?",
   "5 lĩnh vực: Hộ tịch, Chứng thực, Đất đai, Xây dựng, Thi đua, khen thưởng.",
   ["Hộ tịch", "Thi đua, khen thưởng"], C, "II.2.b",
   "b) Kiểm tra xác suất 120 hồ sơ TTHC tiếp nhận từ ngày 01/01/2026 đến ngày 30/4/2026, kết quả như sau:")
it("count", "kế hoạch 53 có mấy nhóm nội dung bồi dưỡng?",
   "5 nhóm (a đến đ), nhóm cuối là ứng dụng trí tuệ nhân tạo (AI) trong công việc hành chính.",
   ["Ứng dụng trí tuệ nhân tạo"], B, "III.2.đ", "đ) Ứng dụng trí tuệ nhân tạo (AI) trong công việc hành chính.")

# ------------------------------------------------------------------------------------------------ abbreviation
it("abbreviation", "CBCCVC trong kế hoạch 53 là viết tắt của gì?", "Cán bộ, công chức, viên chức.",
   ["cán bộ, công chức, viên chức"], B, "I.1",
   "cán bộ, công chức, viên chức (sau đây viết tắt là CBCCVC)")
it("abbreviation", "MOOCs là gì vậy?", "Nền tảng học trực tuyến mở đại trà.",
   ["Nền tảng học trực tuyến mở đại trà"], B, "III.3",
   "Nền tảng học trực tuyến mở đại trà (sau đây viết tắt là MOOCs)")
it("abbreviation", "\"Hệ thống TTHC tỉnh\" nói đầy đủ là gì?",
   "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.",
   ["Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"], B, "III.2.c",
   "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (sau đây viết tắt là Hệ thống TTHC tỉnh)")
it("abbreviation", "trong bảng mở lớp ghi VP UBND tỉnh là cơ quan nào?", "Văn phòng Ủy ban nhân dân tỉnh.",
   ["Văn phòng Ủy ban nhân dân tỉnh"], B, "IV", "VP UBND tỉnh: Văn phòng Ủy ban nhân dân tỉnh")
it("abbreviation", "Sở VHTTDL trong phụ lục QĐ 117 là sở nào?", "Sở Văn hóa, Thể thao và Du lịch.",
   ["Sở Văn hóa, Thể thao và Du lịch"], A, "Phụ lục I", "Sở VHTTDL: Sở Văn hóa, Thể thao và Du lịch")
it("abbreviation", "LPG là gì?", "Khí dầu mỏ hóa lỏng.", ["khí dầu mỏ hóa lỏng"], A, "Phụ lục I",
   "LPG: khí dầu mỏ hóa lỏng")
it("abbreviation", "TTPVHCC phường trong biên bản kiểm tra là gì?", "Trung tâm Phục vụ hành chính công phường.",
   ["Trung tâm Phục vụ hành chính công phường"], C, "I.2",
   "Trung tâm Phục vụ hành chính công phường (sau đây gọi là TTPVHCC phường)")
it("abbreviation", "biên bản viết CĐS là gì?", "Chuyển đổi số.", ["chuyển đổi số"], C, "preamble",
   "chuyển đổi số (CĐS)")

# ------------------------------------------------------------------------------------------------ cross_document
it("cross_document", "QĐ 117 giao ai hướng dẫn xã phường áp dụng thời hạn mới, và kế hoạch 53 xếp lớp đó vào "
   "lúc nào?", "QĐ 117 giao Văn phòng Ủy ban nhân dân tỉnh tổ chức hướng dẫn; Kế hoạch 53 bố trí lớp số 8 (áp dụng "
   "thời hạn, quy trình mới của 10 TTHC) ngày 24-25/3/2026 tại Hội trường Văn phòng UBND tỉnh, do VP UBND tỉnh tổ "
   "chức.", ["Văn phòng Ủy ban nhân dân tỉnh", "24-25/3/2026"], [A, B], ["Điều 3.1.c", "IV.B.8"],
   ["c) Tổ chức hướng dẫn công chức các xã, phường áp dụng thời hạn, quy trình mới",
    "Áp dụng thời hạn, quy trình mới của 10 TTHC được đơn giản hóa theo Quyết định số 117/QĐ-UBND"])
it("cross_document", "Phường Bến Sỏi niêm yết thời hạn mới có đúng hạn quy định không?",
   "Không. QĐ 117 yêu cầu xã, phường niêm yết thời hạn mới chậm nhất 02 ngày làm việc kể từ ngày Quyết định công "
   "bố có hiệu lực, nhưng khi kiểm tra ngày 19/5/2026, 04 TTHC đã rút ngắn thời hạn theo Quyết định 245/QĐ-UBND "
   "vẫn niêm yết thời hạn cũ.", ["02 ngày làm việc", "vẫn niêm yết thời hạn cũ"], [A, C], ["Điều 3.3", "II.2.a"],
   ["niêm yết công khai thời hạn giải quyết mới tại Trung tâm Phục vụ hành chính công chậm nhất 02 ngày làm việc",
    "vẫn niêm yết thời hạn cũ"])
it("cross_document", "Chỉ tiêu bồi dưỡng công chức TTPVHCC của tỉnh là bao nhiêu, phường Bến Sỏi đạt tới đâu?",
   "Kế hoạch 53 đặt chỉ tiêu tối thiểu 95% công chức TTPVHCC được bồi dưỡng trước 30/6/2026; đến ngày kiểm tra, "
   "phường Bến Sỏi mới có 11/14 công chức tham gia lớp (03 người chưa).", ["95%", "11/14"], [B, C],
   ["II.2", "II.3.b"],
   ["Tối thiểu 95% công chức Trung tâm Phục vụ hành chính công",
    "b) 11/14 công chức TTPVHCC phường đã tham gia lớp"])
it("cross_document", "Tỉnh đặt chỉ tiêu hoàn thành kỹ năng số cơ bản bao nhiêu %, phường Bến Sỏi hiện được bao "
   "nhiêu?", "Chỉ tiêu ít nhất 85% CBCCVC trước 30/11/2026 (Kế hoạch 53); phường Bến Sỏi đạt 46/58 (79,3%) tại "
   "thời điểm kiểm tra.", ["85%", "79,3%"], [B, C], ["II.2", "II.3.c"],
   ["Ít nhất 85% CBCCVC hoàn thành chương trình kỹ năng số cơ bản",
    "c) 46/58 cán bộ, công chức phường (79,3%) đã hoàn thành chương trình kỹ năng số cơ bản"])
it("cross_document", "4 thủ tục phường chưa cập nhật thời hạn thuộc lĩnh vực nào, trong QĐ 117 lĩnh vực đó có "
   "những thủ tục gì?", "03 TTHC lĩnh vực Thi đua, khen thưởng và 01 TTHC Xây dựng. Lĩnh vực Thi đua, khen thưởng "
   "trong QĐ 117 gồm 03 TTHC: tặng Giấy khen của Chủ tịch UBND cấp xã về thực hiện nhiệm vụ chính trị (20 xuống 12 "
   "ngày làm việc), tặng Bằng khen của Chủ tịch UBND tỉnh cho gia đình (20 xuống 15 ngày) và tặng Giấy khen của "
   "Chủ tịch UBND cấp xã cho gia đình (20 xuống 10 ngày).", ["Thi đua, khen thưởng", "03 TTHC"], [C, A],
   ["II.2.a", "Phụ lục I.I"],
   ["gồm 03 TTHC lĩnh vực Thi đua, khen thưởng và 01 TTHC lĩnh vực Xây dựng",
    "LĨNH VỰC THI ĐUA, KHEN THƯỞNG (03 TTHC)"])
it("cross_document", "3 công chức TTPVHCC Bến Sỏi chưa học thì học bù lớp của ai, còn lớp chính theo kế hoạch 53 "
   "tổ chức lúc nào?", "Đoàn kiểm tra yêu cầu cử 03 công chức tham gia lớp bổ sung do Văn phòng UBND tỉnh tổ chức "
   "(Tháng 6/2026); lớp chính (lớp số 7) do VP UBND tỉnh tổ chức từ 11/5 - 05/6/2026 tại 05 cụm xã, phường.",
   ["Tháng 6/2026", "11/5 - 05/6/2026"], [C, B], ["IV.5", "IV.B.7"], ["Tháng 6/2026", "11/5 - 05/6/2026"])
it("cross_document", "Việc kiểm tra thực hiện kế hoạch bồi dưỡng ở xã phường được lồng ghép thế nào, ở Bến Sỏi ai "
   "dẫn đoàn?", "Kế hoạch 53 giao Sở Nội vụ kiểm tra tại 10 xã, phường, lồng ghép với kiểm tra công tác CCHC năm "
   "2026; tại phường Bến Sỏi, đoàn do ông Khổng Minh Đạt, Phó Giám đốc Sở Nội vụ, làm Trưởng đoàn.",
   ["10 xã, phường", "Khổng Minh Đạt"], [B, C], ["VI.1", "I.1"],
   ["Kiểm tra việc thực hiện Kế hoạch tại 10 xã, phường, lồng ghép với kiểm tra công tác cải cách hành chính năm "
    "2026.", "Ông Khổng Minh Đạt, Phó Giám đốc Sở Nội vụ - Trưởng đoàn;"])
it("cross_document", "Hạn báo cáo năm của QĐ 117 và kế hoạch 53 khác nhau ra sao?",
   "QĐ 117: Văn phòng UBND tỉnh báo cáo Chủ tịch UBND tỉnh kết quả năm trước 15/11/2026; Kế hoạch 53: Sở Nội vụ "
   "báo cáo UBND tỉnh kết quả năm trước 05/12/2026 (cả hai có kỳ 6 tháng trước 15/6/2026).",
   ["15/11/2026", "05/12/2026"], [A, B], ["Điều 3.1.d", "VI.1"],
   ["năm (trước ngày 15/11/2026)", "năm (trước ngày 05/12/2026)"])
it("cross_document", "Sở KH&CN được QĐ 117 giao việc gì, và đoàn kiểm tra đề nghị sở này hỗ trợ gì cho Bến Sỏi?",
   "QĐ 117: chủ trì, phối hợp Văn phòng UBND tỉnh cấu hình lại quy trình điện tử theo thời hạn mới trên Hệ thống "
   "thông tin giải quyết TTHC tỉnh; biên bản kiểm tra: đề nghị hỗ trợ phường xử lý lỗi ký số kết quả chứng thực "
   "điện tử trong tháng 5/2026.", ["cấu hình lại quy trình điện tử", "lỗi ký số"], [A, C], ["Điều 3.2", "IV"],
   ["cấu hình lại quy trình điện tử theo thời hạn mới trên Hệ thống thông tin giải quyết TTHC tỉnh",
    "hỗ trợ UBND phường xử lý lỗi ký số kết quả chứng thực điện tử"])
it("cross_document", "Tỉnh có lớp cho người hoạt động không chuyên trách ở tổ dân phố không, sao phường Bến Sỏi "
   "vẫn xin thêm lớp?", "Có: lớp số 9 của Kế hoạch 53 (hướng dẫn người dân dùng dịch vụ công trực tuyến, VNeID) cho "
   "348 học viên, 06 lớp theo cụm, Quý II/2026, do Sở KH&CN tổ chức. Phường Bến Sỏi vẫn đề nghị Sở Nội vụ tổ chức "
   "thêm 01 lớp tại phường cho người hoạt động không chuyên trách ở tổ dân phố.", ["348", "01 lớp"], [B, C],
   ["IV.B.9", "V"], ["348", "đề nghị Sở Nội vụ tổ chức thêm 01 lớp bồi dưỡng kỹ năng số tại phường"])

# ------------------------------------------------------------------------------------------------ comparison
it("comparison", "Trong QĐ 117 thủ tục nào được rút ngắn thời hạn nhiều nhất?",
   "Tặng Giấy khen của Chủ tịch UBND cấp xã cho gia đình: 20 ngày làm việc/10 ngày làm việc (giảm 10 ngày), nhiều "
   "hơn Giấy khen về thành tích thực hiện nhiệm vụ chính trị (20 ngày làm việc/12 ngày làm việc, giảm 8 ngày).",
   ["20 ngày làm việc/10 ngày làm việc", "20 ngày làm việc/12 ngày làm việc"], [A, A],
   ["Phụ lục I.I.3", "Phụ lục I.I.1"], ["20 ngày làm việc/10 ngày làm việc", "20 ngày làm việc/12 ngày làm việc"])
it("comparison", "Lĩnh vực nào tiết kiệm chi phí nhiều nhất, lĩnh vực nào có tỷ lệ cắt giảm cao nhất?",
   "Xây dựng tiết kiệm nhiều tiền nhất (226.746.000 đồng/năm, 34,94%); Thi đua, khen thưởng có tỷ lệ cắt giảm cao "
   "nhất (35,09%).", ["226.746.000", "35,09%"], A, "Phụ lục II.V", "226.746.000")
it("comparison", "Lớp lãnh đạo số khối tỉnh và khối xã, lớp nào đông học viên hơn?",
   "Khối xã đông hơn: lớp số 6 có 174 học viên (03 lớp, 21-23/4/2026) so với lớp số 1 khối tỉnh 110 học viên "
   "(02 lớp, 14-15/4/2026).", ["174", "110"], [B, B], ["IV.B.6", "IV.A.1"], ["174", "110"])
it("comparison", "3 khóa học trực tuyến, khóa nào nhiều người học nhất?",
   "Khóa số 10 (kỹ năng số cơ bản) 1.450 lượt, nhiều hơn khóa 11 (y tế) 420 và khóa 12 (giáo dục) 310.",
   ["1.450", "420", "310"], [B, B, B], ["IV.C.10", "IV.C.11", "IV.C.12"], ["1.450", "420", "310"])
it("comparison", "kinh phí giao Sở Nội vụ và Sở KH&CN chênh nhau bao nhiêu?",
   "Sở Nội vụ 876.000.000 đồng, Sở Khoa học và Công nghệ 308.000.000 đồng; phần của Sở Nội vụ nhiều hơn "
   "568.000.000 đồng.", ["876.000.000", "308.000.000"], B, "V.1",
   "Kinh phí đào tạo, bồi dưỡng CBCCVC năm 2026 đã giao Sở Nội vụ: 876.000.000 đồng;")
it("comparison", "Ở phường Bến Sỏi lĩnh vực nào có nhiều hồ sơ quá hạn nhất?",
   "Đất đai: 4/25 hồ sơ quá hạn; tiếp đến Xây dựng 2/15 và Thi đua, khen thưởng 1/10; Hộ tịch và Chứng thực không "
   "có hồ sơ quá hạn.", ["Đất đai", "Xây dựng"], [C, C, C], ["II.2.b.3", "II.2.b.4", "II.2.b.5"],
   ["Đất đai", "Xây dựng", "Thi đua, khen thưởng"])
it("comparison", "Tỷ lệ hồ sơ trực tuyến của Bến Sỏi so với bình quân tỉnh thế nào?",
   "Cao hơn: 71,6% so với bình quân các xã, phường trong tỉnh 64,2%.", ["71,6%", "64,2%"], C, "III.1",
   "Tỷ lệ hồ sơ nộp trực tuyến (71,6%) cao hơn mức bình quân của các xã, phường trong tỉnh (64,2%)")
it("comparison", "Phường đã làm xong bao nhiêu nhiệm vụ CCHC so với nhiệm vụ CĐS?",
   "CCHC: 11/26 nhiệm vụ; CĐS: 7/19 nhiệm vụ (các nhiệm vụ còn lại đang trong thời hạn).", ["11/26", "7/19"], C,
   "II.1.a", "đã hoàn thành 11/26 nhiệm vụ CCHC và 7/19 nhiệm vụ CĐS")

# ------------------------------------------------------------------------------------------------ unit_duties
it("unit_duties", "Sở KH&CN phải làm những việc gì trong kế hoạch bồi dưỡng kỹ năng số?",
   "Chủ trì các lớp số 2, 3, 5 và khóa số 10; chủ trì, phối hợp Công an tỉnh tổ chức lớp số 9; chỉ đạo Trung tâm "
   "Chuyển đổi số tỉnh bố trí phòng máy, tài khoản thực hành; cấp tài khoản học trực tuyến, thống kê tiến độ học "
   "gửi Sở Nội vụ trước ngày 05 hằng tháng; phối hợp Văn phòng UBND tỉnh chuẩn bị môi trường thực hành cho lớp 7, "
   "8; quản lý phần kinh phí chuyển đổi số 308.000.000 đồng.", ["trước ngày 05 hằng tháng", "308.000.000 đồng"],
   [B, B, B], ["VI.2", "VI.3", "V.1"],
   ["Cấp tài khoản học trực tuyến cho CBCCVC", "phối hợp Sở Khoa học và Công nghệ chuẩn bị môi trường thực hành",
    "Kinh phí thực hiện nhiệm vụ chuyển đổi số năm 2026 đã giao Sở Khoa học và Công nghệ: 308.000.000 đồng."])
it("unit_duties", "nhiệm vụ của Sở Nội vụ trong kế hoạch 53 gồm những gì?",
   "Chủ trì, phối hợp Trường Chính trị tỉnh tổ chức các lớp số 1, 4 và 6, gửi triệu tập trước ít nhất 07 ngày; tổng "
   "hợp danh sách học viên trước 10/3/2026; kiểm tra tại 10 xã, phường lồng ghép kiểm tra CCHC; báo cáo 6 tháng "
   "(trước 15/6/2026) và năm (trước 05/12/2026); sử dụng kinh phí đào tạo, bồi dưỡng 876.000.000 đồng.",
   ["1, 4 và 6", "10/3/2026", "876.000.000 đồng"], [B, B], ["VI.1", "V.1"],
   ["Chủ trì, phối hợp Trường Chính trị tỉnh tổ chức các lớp số 1, 4 và 6",
    "Kinh phí đào tạo, bồi dưỡng CBCCVC năm 2026 đã giao Sở Nội vụ: 876.000.000 đồng;"])
it("unit_duties", "QĐ 117 giao Văn phòng UBND tỉnh những nhiệm vụ gì?",
   "Thẩm định dự thảo Quyết định công bố TTHC trong 05 ngày làm việc; chủ trì, phối hợp Sở KH&CN cập nhật TTHC lên "
   "Cơ sở dữ liệu quốc gia và Hệ thống thông tin giải quyết TTHC tỉnh; hướng dẫn công chức xã, phường áp dụng thời "
   "hạn, quy trình mới; theo dõi, đôn đốc, báo cáo Chủ tịch 6 tháng (trước 15/6/2026) và năm (trước 15/11/2026).",
   ["05 ngày làm việc", "15/11/2026"], [A, A, A, A], ["Điều 3.1.a", "Điều 3.1.b", "Điều 3.1.c", "Điều 3.1.d"],
   ["Thẩm định dự thảo Quyết định công bố TTHC trong thời hạn 05 ngày làm việc",
    "cập nhật các TTHC đã được công bố lên Cơ sở dữ liệu quốc gia về TTHC",
    "Tổ chức hướng dẫn công chức các xã, phường áp dụng thời hạn, quy trình mới",
    "d) Theo dõi, đôn đốc việc thực thi phương án"])
it("unit_duties", "Văn phòng HĐND và UBND phường Bến Sỏi bị yêu cầu làm những gì?",
   "Ban hành Kế hoạch kiểm tra CCHC nội bộ năm 2026 (tối thiểu 02 lần/năm) trước 31/5/2026 và cử 03 công chức "
   "TTPVHCC chưa được bồi dưỡng đi học lớp bổ sung (Tháng 6/2026).", ["31/5/2026", "Tháng 6/2026"], [C, C],
   ["IV.4", "IV.5"], ["31/5/2026", "Tháng 6/2026"])
it("unit_duties", "TTPVHCC phường phải khắc phục những việc gì, hạn nào?",
   "Ký số, cập nhật 03 kết quả chứng thực điện tử lên Hệ thống TTHC tỉnh (21/5/2026) và cập nhật niêm yết thời hạn "
   "của 04 TTHC, rà soát toàn bộ 286 TTHC đang niêm yết (22/5/2026).", ["21/5/2026", "22/5/2026"], [C, C],
   ["IV.3", "IV.1"], ["21/5/2026", "22/5/2026"])

# ------------------------------------------------------------------------------------------------ task_list
it("task_list", "liệt kê giúp mình các yêu cầu khắc phục đoàn kiểm tra đưa ra cho phường Bến Sỏi",
   "1) Cập nhật niêm yết thời hạn 04 TTHC, rà soát 286 TTHC (TTPVHCC phường, 22/5/2026); 2) gửi văn bản xin lỗi "
   "02 hồ sơ đất đai quá hạn (Phòng Kinh tế, Hạ tầng và Đô thị, 26/5/2026); 3) ký số 03 kết quả chứng thực điện "
   "tử (TTPVHCC phường, 21/5/2026); 4) ban hành Kế hoạch kiểm tra CCHC nội bộ (Văn phòng HĐND và UBND phường, "
   "31/5/2026); 5) cử 03 công chức TTPVHCC học lớp bổ sung (Tháng 6/2026); 6) đôn đốc 12 cán bộ, công chức hoàn "
   "thành kỹ năng số cơ bản (Phòng Văn hóa - Xã hội, 30/9/2026); 7) báo cáo kết quả khắc phục về Sở Nội vụ "
   "(15/6/2026).", ["22/5/2026", "26/5/2026", "15/6/2026"], [C, C, C, C, C, C, C],
   ["IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "IV.6", "IV.7"],
   ["22/5/2026", "26/5/2026", "21/5/2026", "31/5/2026", "Tháng 6/2026", "30/9/2026", "15/6/2026"])
it("task_list", "những lớp nào học tại Trường Chính trị tỉnh?",
   "Lớp số 1 (lãnh đạo số, quản trị dựa trên dữ liệu; 14-15/4/2026), lớp số 4 (ứng dụng AI trong soạn thảo, tham "
   "mưu văn bản; Quý III/2026) và lớp số 6 (lãnh đạo số cho lãnh đạo UBND cấp xã; 21-23/4/2026).",
   ["14-15/4/2026", "Quý III/2026", "21-23/4/2026"], [B, B, B], ["IV.A.1", "IV.A.4", "IV.B.6"],
   ["Trường Chính trị tỉnh", "Trường Chính trị tỉnh", "Trường Chính trị tỉnh"])
it("task_list", "Các lớp học ở Trung tâm Chuyển đổi số tỉnh là lớp nào?",
   "Lớp số 2 (Hệ thống quản lý văn bản và điều hành, ký số trên thiết bị di động; Tháng 5/2026), lớp số 3 (an toàn "
   "thông tin mạng; 16-18/6/2026) và lớp số 5 (khai thác, phân tích dữ liệu; Tháng 8/2026), đều do Sở KH&CN tổ "
   "chức.", ["Tháng 5/2026", "16-18/6/2026", "Tháng 8/2026"], [B, B, B], ["IV.A.2", "IV.A.3", "IV.A.5"],
   ["Trung tâm Chuyển đổi số tỉnh", "Trung tâm Chuyển đổi số tỉnh", "Trung tâm Chuyển đổi số tỉnh"])
it("task_list", "QĐ 117 đơn giản hóa những thủ tục xây dựng nào?",
   "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ (15 xuống 10 ngày làm việc) và Gia hạn giấy phép xây dựng đối "
   "với nhà ở riêng lẻ (05 xuống 03 ngày làm việc).",
   ["Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ"],
   [A, A], ["Phụ lục I.IV.9", "Phụ lục I.IV.10"],
   ["Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ"])

# ------------------------------------------------------------------------------------------------ no_diacritics
it("no_diacritics", "lop huong dan dung VNeID cho nguoi hoat dong khong chuyen trach hoc luc nao, bao nhieu nguoi",
   "Lớp số 9 học trong Quý II/2026 tại các xã, phường (theo cụm), 06 lớp với 348 học viên, do Sở KH&CN tổ chức.",
   ["Quý II/2026", "348"], B, "IV.B.9", "Quý II/2026")
it("no_diacritics", "hoc vien lop tap trung co duoc ho tro tien khong, theo nghi quyet nao",
   "Có, học viên các lớp tập trung được hỗ trợ theo Nghị quyết số 14/2023/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh; "
   "khóa trực tuyến không thu học phí, công tác phí do cơ quan cử học viên chi trả.", ["14/2023/NQ-HĐND"], B,
   "V.2", "Học viên các lớp tập trung được hỗ trợ theo Nghị quyết số 14/2023/NQ-HĐND ngày 08/12/2023")
it("no_diacritics", "lop ung dung AI soan thao van ban hoc o dau khi nao",
   "Lớp số 4 học tại Trường Chính trị tỉnh trong Quý III/2026 (03 lớp, 165 học viên), do Sở Nội vụ tổ chức.",
   ["Quý III/2026", "Trường Chính trị tỉnh"], B, "IV.A.4", "Quý III/2026")
it("no_diacritics", "thu tuc gia han giay phep xay dung nha o rieng le con may ngay",
   "Rút ngắn từ 05 ngày làm việc xuống còn 03 ngày làm việc.", ["03 ngày làm việc"], A, "Phụ lục II.IV.10.a",
   "Rút ngắn thời hạn giải quyết từ 05 ngày làm việc xuống còn 03 ngày làm việc.")
it("no_diacritics", "giay phep ban le ruou rut ngan con bao nhieu ngay, vi sao",
   "Từ 10 xuống còn 07 ngày làm việc, vì năm 2025 có 100% hồ sơ được giải quyết trong 06 ngày làm việc.",
   ["07 ngày làm việc", "06 ngày làm việc"], A, "Phụ lục II.III.6.a",
   "Năm 2025 có 100% hồ sơ được giải quyết trong 06 ngày làm việc.")
it("no_diacritics", "ma thu tuc dang ky to chuc le hoi cap xa la gi", "Mã TTHC 1.014320.", ["1.014320"], A,
   "Phụ lục I.II.5", "1.014320")
it("no_diacritics", "chi phi tiet kiem cua thu tuc cong nhan clb the thao co so",
   "2.744.000 đồng/năm (cắt giảm 28%).", ["2.744.000 đồng/năm"], A, "Phụ lục II.II.4.c",
   "Chi phí tiết kiệm: 2.744.000 đồng/năm.")
it("no_diacritics", "phuong phai bao cao ket qua khac phuc ve dau, han chot ngay nao",
   "Báo cáo bằng văn bản về Sở Nội vụ (qua Phòng Cải cách hành chính), hạn 15/6/2026.", ["Sở Nội vụ", "15/6/2026"],
   C, "IV.7", "văn bản về Sở Nội vụ (qua")
it("no_diacritics", "kiem tra dot xuat co bao nhieu cong chuc TTPVHCC phuong Ben Soi co mat dung gio",
   "13/14 công chức có mặt đúng giờ, đeo thẻ công chức (01 công chức nghỉ chế độ thai sản).", ["13/14"], C, "II.4",
   "13/14 công chức TTPVHCC phường có mặt đúng giờ")
it("no_diacritics", "phuong ben soi niem yet cong khai bao nhieu thu tuc hanh chinh",
   "286 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã.", ["286"], C, "II.2.a",
   "a) TTPVHCC phường niêm yết công khai 286 thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của cấp xã.")
it("no_diacritics", "bao cao CCHC quy 1 cua phuong gui cham may ngay",
   "Gửi Sở Nội vụ ngày 22/3/2026, chậm 02 ngày so với quy định.", ["chậm 02 ngày"], C, "II.1.b",
   "báo cáo CCHC quý I/2026 gửi Sở Nội vụ ngày 22/3/2026, chậm 02 ngày so với quy định")
it("no_diacritics", "khoa chuyen doi so y te ai phu trach, hoc tren nen tang nao",
   "Khóa số 11 do Sở Y tế chủ trì, học trên Nền tảng MOOCs trong Quý III/2026 (420 viên chức); Sở Y tế báo cáo kết "
   "quả về Sở Nội vụ trước 20/11/2026.", ["Sở Y tế", "Nền tảng MOOCs"], B, "IV.C.11",
   "Chuyển đổi số y tế, bệnh án điện tử")

# ------------------------------------------------------------------------------------------------ english
it("english", "Who signed Decision 117 on simplifying administrative procedures?",
   "Nông Đức Thạch, Vice Chairman of the Provincial People's Committee, signing on behalf of the Chairman (KT. CHỦ "
   "TỊCH / PHÓ CHỦ TỊCH).", ["Nông Đức Thạch"], A, "signature", "Nông Đức Thạch")
it("english", "What is the total annual compliance cost of the 10 procedures after simplification?",
   "746.134.000 đồng per year (down from 1.122.350.000 đồng per year).", ["746.134.000"], A, "Phụ lục II.V",
   "746.134.000")
it("english", "Which procedure in Decision 117 keeps its processing time unchanged?",
   "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai: 15 ngày làm việc (giữ nguyên); only the certified "
   "fire-safety copy requirement is to be dropped.", ["cửa hàng bán lẻ LPG chai", "15 ngày làm việc (giữ nguyên)"],
   A, "Phụ lục I.III.8", "15 ngày làm việc (giữ nguyên)")
it("english", "How many trainees are planned for the class on the new procedures under Decision 117?",
   "116 trainees in 02 classes (class no. 8, 24-25/3/2026, at the Hội trường Văn phòng UBND tỉnh).", ["116"], B,
   "IV.B.8", "116")
it("english", "Where is the data analysis class held and who organises it?",
   "At the Trung tâm Chuyển đổi số tỉnh, organised by Sở KH&CN (Sở Khoa học và Công nghệ), in Tháng 8/2026 for 80 "
   "trainees.", ["Trung tâm Chuyển đổi số tỉnh", "Sở KH&CN"], B, "IV.A.5",
   "Khai thác, phân tích dữ liệu trên Kho dữ liệu dùng chung của tỉnh")
it("english", "What minimum share of each class must be hands-on practice?",
   "At least 60% of each class's time (tối thiểu 60% thời gian mỗi lớp).", ["60%"], B, "I.2",
   "thời lượng thực hành chiếm tối thiểu 60% thời gian mỗi lớp")
it("english", "By when must all department and commune leaders be trained in digital leadership?",
   "Within quý II/2026 (100% of leaders of sở, ban, ngành and of UBND các xã, phường).", ["quý II/2026"], B,
   "II.2", "được bồi dưỡng về lãnh đạo số trong quý II/2026")
it("english", "Who is the deputy head of the inspection team at Ben Soi ward?",
   "Bà Bế Thị Ngân, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh (Deputy Chief of the Provincial People's Committee "
   "Office).", ["Bế Thị Ngân"], C, "I.1",
   "Bà Bế Thị Ngân, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh - Phó Trưởng đoàn;")
it("english", "What was the online fee payment rate at Ben Soi ward?",
   "64,0% of fees and charges were paid online.", ["64,0%"], C, "II.2.c",
   "tỷ lệ thanh toán phí, lệ phí trực tuyến đạt 64,0%")
it("english", "How many of the 7 overdue files received an apology letter?",
   "05 hồ sơ (files) got a written apology; 02 hồ sơ lĩnh vực Đất đai (land files) had none yet.",
   ["05 hồ sơ", "02 hồ sơ"], C,
   "II.2.b", "Đối với 07 hồ sơ quá hạn, UBND phường đã có văn bản xin lỗi 05 hồ sơ; 02 hồ sơ lĩnh vực Đất đai chưa "
   "có văn bản xin lỗi người dân.")
it("english", "Which ward plans did the team check and how many tasks did each have?",
   "Kế hoạch CCHC năm 2026 (Kế hoạch số 04/KH-UBND, 26 tasks, 11 done) and Kế hoạch CĐS năm 2026 (Kế hoạch số "
   "06/KH-UBND, 19 tasks, 7 done).", ["04/KH-UBND", "06/KH-UBND"], C, "II.1.a",
   "Kế hoạch số 04/KH-UBND ngày 09/01/2026) với 26 nhiệm vụ")

# ------------------------------------------------------------------------------------------------ unanswerable
un("email của Sở Nội vụ để hỏi về lớp bồi dưỡng kỹ năng số là gì?",
   "Kế hoạch chỉ ghi người liên hệ và số điện thoại, không nêu địa chỉ email.")
un("Số đường dây nóng của trung tâm phục vụ hành chính công phường Bến Sỏi là bao nhiêu?",
   "Biên bản không nêu số đường dây nóng của TTPVHCC phường.")
un("TTPVHCC phường Bến Sỏi mở cửa mấy giờ các ngày trong tuần?",
   "Các văn bản không nêu giờ làm việc hằng ngày của TTPVHCC phường.")
un("lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ là bao nhiêu tiền?",
   "Quyết định chỉ nêu chi phí tuân thủ và thời hạn, không nêu mức lệ phí.")
un("Ai ký Quyết định 245/QĐ-UBND công bố thủ tục sửa đổi?", "Biên bản chỉ nêu số, ngày của Quyết định 245, không nêu "
   "người ký.")
un("Chỉ số CCHC năm 2025 của phường Bến Sỏi xếp thứ mấy?", "Các văn bản không nêu kết quả Chỉ số CCHC của phường.")
un("Học xong lớp AI có được cấp chứng chỉ không?", "Kế hoạch không nói về việc cấp chứng chỉ cho học viên.")
un("Giảng viên lớp lãnh đạo số là những ai?",
   "Kế hoạch chỉ giao Trường Chính trị tỉnh bố trí giảng viên, không nêu tên giảng viên.")
un("Lớp số 7 được cấp bao nhiêu kinh phí?", "Kế hoạch chỉ nêu tổng kinh phí và hai nguồn, không chia theo từng lớp.")
un("phường Bến Sỏi có bao nhiêu dân?", "Biên bản không nêu dân số của phường.")
un("Who is the Chairman of the Song Que Provincial People's Committee?",
   "None of the documents names the Chairman; they are signed by Vice Chairpersons.")
un("Kế hoạch bồi dưỡng kỹ năng số năm 2027 của tỉnh có những lớp gì?", "Các văn bản chỉ nói về năm 2026.")
un("Chi phí tuân thủ TTHC trong QĐ 117 được tính theo công thức nào?",
   "Quyết định chỉ nêu kết quả chi phí, không nêu cách tính.")
un("Khi nào đoàn kiểm tra xuống xã Khe Trầm?", "Biên bản không nêu lịch kiểm tra xã Khe Trầm.")
un("thời hạn giải quyết thủ tục cấp giấy phép sửa chữa, cải tạo nhà ở là mấy ngày?",
   "QĐ 117 không có thủ tục này; các văn bản không nêu thời hạn của nó.")
un("phường Bến Sỏi bị trừ bao nhiêu điểm CCHC sau đợt kiểm tra?", "Biên bản không chấm điểm, không nêu điểm trừ.")
un("đến nay bao nhiêu người đã học xong lớp lãnh đạo số số 1?", "Kế hoạch chỉ nêu số học viên dự kiến, không có kết "
   "quả thực hiện.")


def main():
    counters, out = {}, []
    for kind, q, a, mi, doc, sec, ev in ITEMS:
        counters[kind] = counters.get(kind, 0) + 1
        rec = {"id": f"l12-{PREFIX[kind]}-{counters[kind]:03d}", "question": q, "kind": kind, "answer": a,
               "must_include": mi, "document": doc, "section": sec, "evidence": ev}
        out.append(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "items", counters)


if __name__ == "__main__":
    main()
