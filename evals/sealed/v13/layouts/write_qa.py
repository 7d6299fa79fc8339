# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v13 (hand-written items; SEALED: people who work on the assistant's
reader must not open this file or qa.jsonl).

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-chu-tich-ubnd-van-thach-qd-287-cong-bo-chi-so-cchc-2025.docx"
B = "2026-ubnd-tinh-van-thach-ke-hoach-74-khao-sat-hai-long.pdf"
C = "2026-ubnd-tinh-van-thach-bao-cao-193-tra-loi-kien-nghi-cu-tri-cchc-cds.md"
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
it("lead", "Ai chịu trách nhiệm lắp thiết bị đánh giá mức độ hài lòng ở trung tâm phục vụ hành chính công các xã "
   "theo QĐ 287?", "Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Khoa học và Công nghệ và UBND các xã, "
   "phường; thời hạn trước ngày 30/6/2026.", ["Văn phòng Ủy ban nhân dân tỉnh", "30/6/2026"], A, "Điều 3.2",
   "Chủ trì: Văn phòng Ủy ban nhân dân tỉnh")
it("lead", "QĐ công bố chỉ số CCHC 2025 giao cơ quan nào tổ chức khảo sát SIPAS năm 2026?",
   "Sở Nội vụ chủ trì tổ chức khảo sát sự hài lòng (SIPAS) năm 2026, hoàn thành trước ngày 30/9/2026.",
   ["Sở Nội vụ"], A, "Điều 3.1",
   "Chủ trì tổ chức khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà "
   "nước năm 2026")
it("lead", "việc hỗ trợ 3 xã cuối bảng hoàn thiện hạ tầng số do sở nào chủ trì?",
   "Sở Khoa học và Công nghệ chủ trì, phối hợp UBND các xã Bản Lìm, Lũng Sươn, Nậm Mười, trong quý II/2026.",
   ["Sở Khoa học và Công nghệ"], A, "Điều 3.4", "Chủ trì: Sở Khoa học và Công nghệ")
it("lead", "Ai có trách nhiệm đưa kết quả chỉ số CCHC 2025 lên Cổng thông tin điện tử tỉnh?",
   "Sở Nội vụ công khai kết quả trên Cổng thông tin điện tử tỉnh trong thời hạn 05 ngày làm việc kể từ ngày ký "
   "Quyết định.", ["Sở Nội vụ", "05 ngày làm việc"], A, "Điều 3.1",
   "Công khai kết quả Chỉ số CCHC năm 2025 trên Cổng thông tin điện tử tỉnh trong thời hạn 05 ngày làm việc")
it("lead", "Cơ quan nào tham mưu Chủ tịch tỉnh tặng Bằng khen cho các đơn vị dẫn đầu chỉ số CCHC?",
   "Sở Nội vụ tham mưu tặng Bằng khen cho Sở Tư pháp, Phường Đá Mài và Xã Chiềng Ngần.", ["Sở Nội vụ"], A,
   "Điều 3.1", "Tham mưu Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho Sở Tư pháp")
it("lead", "trong kế hoạch 74, ai chủ trì phát và thu phiếu khảo sát trực tiếp?",
   "Bưu điện tỉnh chủ trì, phối hợp Tổ điều tra viên Sở Nội vụ và UBND các xã, phường; từ 01/7 đến 15/8/2026.",
   ["Bưu điện tỉnh"], B, "5.4", "5.4. Phát và thu phiếu trực tiếp. Đơn vị chủ trì: Bưu điện tỉnh")
it("lead", "Khảo sát trực tuyến SIPAS 2026 do đơn vị nào làm đầu mối?",
   "Trung tâm Phục vụ hành chính công tỉnh chủ trì khảo sát trực tuyến, phối hợp Sở Khoa học và Công nghệ.",
   ["Trung tâm Phục vụ hành chính công tỉnh"], B, "5.5",
   "Đơn vị chủ trì: Trung tâm Phục vụ hành chính công tỉnh")
it("lead", "Ai trích xuất danh sách người dân đã nhận kết quả để chọn mẫu khảo sát?",
   "Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng UBND tỉnh, trước ngày 26/6/2026.",
   ["Sở Khoa học và Công nghệ"], B, "5.3",
   "Trích xuất danh sách người dân đã nhận kết quả, chọn mẫu ngẫu nhiên. Đơn vị chủ trì: Sở Khoa học và Công "
   "nghệ")
it("lead", "tập huấn điều tra viên khảo sát hài lòng năm nay do cơ quan nào tổ chức?",
   "Sở Nội vụ chủ trì, phối hợp Bưu điện tỉnh và Trường Chính trị tỉnh, ngày 20 và 21/5/2026.", ["Sở Nội vụ"], B,
   "5.2", "5.2. Tập huấn điều tra viên. Đơn vị chủ trì: Sở Nội vụ")
it("lead", "Cơ quan nào hoàn thiện phiếu khảo sát và phần mềm khảo sát trực tuyến?",
   "Sở Nội vụ chủ trì, phối hợp Sở Khoa học và Công nghệ, trước ngày 17/4/2026.", ["Sở Nội vụ"], B, "5.1",
   "Hoàn thiện phiếu khảo sát và phần mềm khảo sát trực tuyến. Đơn vị chủ trì: Sở Nội vụ")
it("lead", "Ở xã Bản Lìm thì ai phát phiếu khảo sát trực tiếp?",
   "Tổ điều tra viên Sở Nội vụ phát phiếu trực tiếp tại xã Bản Lìm (150 phiếu trực tiếp).",
   ["Tổ điều tra viên Sở Nội vụ"], B, "4.2.B.22", "Xã Bản Lìm")
it("lead", "phiếu khảo sát trực tiếp cho người dân làm thủ tục ở các sở ban ngành thì đơn vị nào đi phát?",
   "Bưu điện tỉnh phát phiếu trực tiếp cho cả 12 sở, ban, ngành (hồ sơ của các sở tiếp nhận tại TTPVHCC tỉnh).",
   ["Bưu điện tỉnh"], B, "4.2.A", "CÁC SỞ, BAN, NGÀNH (hồ sơ tiếp nhận tại TTPVHCC tỉnh)")
it("lead", "Đơn vị nào in mã QR khảo sát trên phiếu hẹn trả kết quả?",
   "Trung tâm Phục vụ hành chính công tỉnh, từ ngày 01/7/2026.", ["Trung tâm Phục vụ hành chính công tỉnh"], B,
   "7.4", "in mã QR khảo sát trên phiếu hẹn trả kết quả từ ngày 01/7/2026")
it("lead", "Ai là cơ quan thường trực của đợt khảo sát sự hài lòng 2026?",
   "Sở Nội vụ là cơ quan thường trực, chịu trách nhiệm chung về tổ chức khảo sát.", ["Sở Nội vụ"], B, "7.1",
   "7.1. Sở Nội vụ: là cơ quan thường trực, chịu trách nhiệm chung về tổ chức khảo sát")
it("lead", "Dự toán kinh phí khảo sát do cơ quan nào thẩm định?",
   "Sở Tài chính thẩm định dự toán, hướng dẫn Sở Nội vụ thanh toán, quyết toán kinh phí.", ["Sở Tài chính"], B,
   "7.3", "7.3. Sở Tài chính: thẩm định dự toán")
it("lead", "mn ơi kiến nghị về hồ sơ đất đai trễ hẹn ở phường Cầu Ván do cơ quan nào tham mưu trả lời vậy",
   "Sở Nông nghiệp và Môi trường là cơ quan tham mưu trả lời; kiến nghị đã giải quyết.",
   ["Sở Nông nghiệp và Môi trường"], C, "Phần II.1.1", "Cơ quan tham mưu: Sở Nông nghiệp và Môi trường")
it("lead", "Kiến nghị của cử tri Nghè Đông về thanh toán phí bằng QR do ai trả lời?",
   "Sở Tài chính là cơ quan tham mưu trả lời; kiến nghị đã được giải quyết.", ["Sở Tài chính"], C, "Phần II.1.3",
   "Cơ quan tham mưu: Sở Tài chính; tình trạng: đã giải quyết.")
it("lead", "Ai tổ chức các buổi hướng dẫn tài khoản định danh điện tử cho dân phường Dốc Cọ?",
   "Công an phường Dốc Cọ, theo chỉ đạo của Công an tỉnh (cơ quan tham mưu trả lời), tổ chức 06 buổi hướng dẫn "
   "tại tổ dân phố trong tháng 5 và tháng 6/2026.", ["Công an tỉnh", "06 buổi"], C, "Phần II.3.2",
   "Công an tỉnh đã chỉ đạo Công an phường Dốc Cọ tổ chức 06 buổi hướng dẫn")
it("lead", "tổ tình nguyện hỗ trợ dịch vụ công ở trung tâm phục vụ hành chính công xã là do đơn vị nào duy trì?",
   "Tỉnh đoàn duy trì Tổ tình nguyện hỗ trợ dịch vụ công tại TTPVHCC của 14 xã, phường (theo chỉ đạo của UBND "
   "tỉnh; cơ quan tham mưu trả lời là Sở Nội vụ).", ["Tỉnh đoàn"], C, "Phần II.1.2",
   "Ủy ban nhân dân tỉnh đã chỉ đạo Tỉnh đoàn duy trì Tổ tình nguyện hỗ trợ dịch vụ công")
it("lead", "Việc phủ sóng di động cho các thôn lõm sóng ở Nậm Mười ai đang làm?",
   "Sở Khoa học và Công nghệ làm việc với các doanh nghiệp viễn thông; kiến nghị đang giải quyết.",
   ["Sở Khoa học và Công nghệ"], C, "Phần II.3.1",
   "Sở Khoa học và Công nghệ đã làm việc với các doanh nghiệp viễn thông")
it("lead", "Trả kết quả qua bưu điện miễn phí cho người ở xa tại Suối Chè do cơ quan nào giải quyết?",
   "Ủy ban nhân dân xã Suối Chè (cước do ngân sách xã chi trả theo Nghị quyết của HĐND xã).",
   ["Ủy ban nhân dân xã Suối Chè"], C, "Phần II.3.3", "Cơ quan tham mưu: Ủy ban nhân dân xã Suối Chè")
it("lead", "Đầu mối tổng hợp báo cáo trả lời kiến nghị cử tri về CCHC, CĐS là ai?",
   "Ông Chu Đình Nghiêm, Văn phòng Ủy ban nhân dân tỉnh, điện thoại 0214 3 771 046.", ["Chu Đình Nghiêm"], C,
   "closing", "Đầu mối tổng hợp: ông Chu Đình Nghiêm")

# ------------------------------------------------------------------------------------------------ coordinators
it("coordinators", "Lắp thiết bị đánh giá hài lòng ở TTPVHCC thì những cơ quan nào phối hợp với Văn phòng UBND tỉnh?",
   "Sở Khoa học và Công nghệ và Ủy ban nhân dân các xã, phường.",
   ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã, phường"], A, "Điều 3.2",
   "phối hợp: Sở Khoa học và Công nghệ, Ủy ban nhân dân các xã, phường")
it("coordinators", "Sở KH&CN hỗ trợ hạ tầng số cho 3 xã cuối bảng thì phối hợp với ai?",
   "Phối hợp UBND các xã Bản Lìm, Lũng Sươn, Nậm Mười.", ["Bản Lìm, Lũng Sươn, Nậm Mười"], A, "Điều 3.4",
   "phối hợp: Ủy ban nhân dân các xã Bản Lìm, Lũng Sươn, Nậm Mười")
it("coordinators", "Ai phối hợp với Sở Nội vụ tập huấn điều tra viên?", "Bưu điện tỉnh và Trường Chính trị tỉnh.",
   ["Bưu điện tỉnh", "Trường Chính trị tỉnh"], B, "5.2", "phối hợp: Bưu điện tỉnh, Trường Chính trị tỉnh")
it("coordinators", "Khi phân tích dữ liệu khảo sát, Sở Nội vụ phối hợp cơ quan nào?", "Thống kê tỉnh (tháng 9/2026).",
   ["Thống kê tỉnh"], B, "5.6", "phối hợp: Thống kê tỉnh")
it("coordinators", "Bưu điện tỉnh phát phiếu trực tiếp thì có ai phối hợp cùng?",
   "Tổ điều tra viên Sở Nội vụ và Ủy ban nhân dân các xã, phường.", ["Tổ điều tra viên Sở Nội vụ"], B, "5.4",
   "phối hợp: Tổ điều tra viên Sở Nội vụ, Ủy ban nhân dân các xã, phường")
it("coordinators", "Khảo sát online thì trung tâm phục vụ HCC tỉnh phối hợp với sở nào?",
   "Sở Khoa học và Công nghệ.", ["Sở Khoa học và Công nghệ"], B, "5.5", "phối hợp: Sở Khoa học và Công nghệ; thời "
   "gian: từ ngày 01/7 đến ngày 31/8/2026")
it("coordinators", "Việc trích xuất danh sách người dân để chọn mẫu có cơ quan nào phối hợp không?",
   "Có, Văn phòng Ủy ban nhân dân tỉnh phối hợp với Sở Khoa học và Công nghệ.", ["Văn phòng Ủy ban nhân dân tỉnh"],
   B, "5.3", "phối hợp: Văn phòng Ủy ban nhân dân tỉnh; thời gian: trước ngày 26/6/2026")
it("coordinators", "phiếu khảo sát và phần mềm khảo sát trực tuyến: Sở Nội vụ làm cùng ai?",
   "Sở Khoa học và Công nghệ phối hợp.", ["Sở Khoa học và Công nghệ"], B, "5.1",
   "phối hợp: Sở Khoa học và Công nghệ; thời gian: trước ngày 17/4/2026")
it("coordinators", "Sở Nội vụ thanh toán kinh phí khảo sát theo hướng dẫn của ai?",
   "Sở Tài chính hướng dẫn Sở Nội vụ thanh toán, quyết toán kinh phí.", ["Sở Tài chính"], B, "7.3",
   "hướng dẫn Sở Nội vụ thanh toán, quyết toán kinh phí")
it("coordinators", "Mỗi sở và xã phải cử bao nhiêu người làm đầu mối phối hợp khảo sát?",
   "Mỗi cơ quan cử 01 công chức làm đầu mối phối hợp.", ["01 công chức"], B, "7.6",
   "cử 01 công chức làm đầu mối phối hợp")
it("coordinators", "Ở Cầu Ván, đơn vị nào cử người làm thường trực tại TTPVHCC phường để xử lý hồ sơ đất đai?",
   "Chi nhánh Văn phòng Đăng ký đất đai khu vực Cầu Ván bố trí 02 viên chức làm việc thường trực từ 01/6/2026.",
   ["Chi nhánh Văn phòng Đăng ký đất đai khu vực Cầu Ván", "02 viên chức"], C, "Phần II.1.1",
   "Chi nhánh Văn phòng Đăng ký đất đai khu vực Cầu Ván bố trí 02 viên chức")

# ------------------------------------------------------------------------------------------------ timing
it("timing", "Các cơ quan xếp loại Khá phải gửi kế hoạch khắc phục cho Sở Nội vụ trước ngày nào?",
   "Trước ngày 15/3/2026.", ["15/3/2026"], A, "Điều 3.3",
   "Xây dựng kế hoạch khắc phục các tiêu chí bị trừ điểm, gửi Sở Nội vụ trước ngày 15/3/2026.")
it("timing", "Khi nào người đứng đầu các đơn vị xếp cuối phải giải trình trước UBND tỉnh?",
   "Tại phiên họp thường kỳ tháng 4/2026 của UBND tỉnh.", ["tháng 4/2026"], A, "Điều 3.3",
   "Người đứng đầu giải trình kết quả tại phiên họp thường kỳ tháng 4/2026")
it("timing", "Hạn Sở Nội vụ báo cáo Chủ tịch tỉnh về việc thực hiện kế hoạch khắc phục?",
   "Trước ngày 30/4/2026.", ["30/4/2026"], A, "Điều 3.1", "tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước "
   "ngày 30/4/2026")
it("timing", "QĐ 287 có hiệu lực từ khi nào?", "Có hiệu lực kể từ ngày ký (ngày 06/02/2026).", ["kể từ ngày ký"], A,
   "Điều 4", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.")
it("timing", "Thời gian phát và thu phiếu khảo sát trực tiếp là bao giờ?", "Từ ngày 01/7 đến ngày 15/8/2026.",
   ["15/8/2026"], B, "5.4", "thời gian: từ ngày 01/7 đến ngày 15/8/2026")
it("timing", "Lịch tập huấn điều tra viên SIPAS 2026 là ngày nào?", "Ngày 20 và 21/5/2026.", ["20 và 21/5/2026"], B,
   "5.2", "thời gian: ngày 20 và 21/5/2026")
it("timing", "Sở Nội vụ phải trình kết quả khảo sát sự hài lòng cho UBND tỉnh trước ngày nào?",
   "Trước ngày 15/10/2026; kết quả được công bố cùng Chỉ số CCHC năm 2026.", ["15/10/2026"], B, "5.7",
   "trình Ủy ban nhân dân tỉnh trước ngày 15/10/2026")
it("timing", "Khi nào chốt danh sách chọn mẫu khảo sát?", "Ngày 20/6/2026.", ["20/6/2026"], B, "2.3",
   "2.3. Thời điểm chốt danh sách chọn mẫu: ngày 20/6/2026.")
it("timing", "hồ sơ phát sinh trong khoảng thời gian nào thì thuộc phạm vi khảo sát?",
   "Các TTHC đã phát sinh hồ sơ từ ngày 01/10/2025 đến ngày 30/6/2026.", ["01/10/2025", "30/6/2026"], B, "2.1",
   "các TTHC đã phát sinh hồ sơ từ ngày 01/10/2025 đến ngày 30/6/2026")
it("timing", "Nhập, làm sạch và phân tích dữ liệu khảo sát làm vào tháng mấy?", "Tháng 9/2026.", ["tháng 9/2026"], B,
   "5.6", "thời gian: tháng 9/2026")
it("timing", "Người dân Dốc Cọ từ ngày nào phải đăng nhập Cổng dịch vụ công tỉnh bằng VNeID?",
   "Từ ngày 01/7/2026, Cổng Dịch vụ công tỉnh chỉ đăng nhập bằng tài khoản định danh điện tử VNeID.",
   ["01/7/2026"], C, "Phần II.3.2", "Từ ngày 01/7/2026, Cổng Dịch vụ công tỉnh chỉ đăng nhập bằng tài khoản định "
   "danh điện tử VNeID.")
it("timing", "Khi nào thì dân 5 thôn xa ở Suối Chè bắt đầu được trả kết quả qua bưu chính?", "Từ ngày 15/4/2026.",
   ["15/4/2026"], C, "Phần II.3.3", "Từ ngày 15/4/2026, người dân thuộc 05 thôn xa trung tâm xã Suối Chè")
it("timing", "Tổ tình nguyện ở xã Khuổi Mận bắt đầu hoạt động từ hôm nào?", "Từ ngày 04/5/2026 (tổ gồm 04 đoàn "
   "viên).", ["04/5/2026"], C, "Phần II.1.2", "tổ gồm 04 đoàn viên, hoạt động từ ngày 04/5/2026")
it("timing", "Bao giờ các thôn lõm sóng ở Nậm Mười có sóng?",
   "02 trạm phát sóng mới sẽ được đưa vào sử dụng trong tháng 9/2026; 02 thôn còn lại được phủ sóng trong quý "
   "IV/2026.", ["tháng 9/2026", "quý IV/2026"], C, "Phần II.3.1",
   "02 thôn còn lại được phủ sóng trong quý IV/2026")
it("timing", "Số liệu trong báo cáo 193 tính đến ngày nào?", "Đến ngày 25/6/2026.", ["25/6/2026"], C, "Phần I",
   "Đến ngày 25/6/2026 đã giải quyết xong 06 kiến nghị")

# ------------------------------------------------------------------------------------------------ frequency
it("frequency", "Trong thời gian khảo sát, Sở Nội vụ báo cáo tiến độ cho tỉnh bao lâu một lần?",
   "Định kỳ 02 tuần/lần.", ["02 tuần/lần"], B, "7.1", "báo cáo tiến độ về Ủy ban nhân dân tỉnh định kỳ 02 tuần/lần")
it("frequency", "Bưu điện bàn giao phiếu đã thu cho Sở Nội vụ theo lịch nào?", "Hằng tuần vào thứ Sáu.",
   ["hằng tuần vào thứ Sáu"], B, "7.5", "thu hồi và bàn giao phiếu cho Sở Nội vụ hằng tuần vào thứ Sáu")
it("frequency", "Báo và Phát thanh, Truyền hình Vân Thạch phải phát tin về đợt khảo sát bao nhiêu lần?",
   "Ít nhất 01 lần/tuần trong tháng 7 và tháng 8/2026.", ["01 lần/tuần"], B, "7.7",
   "phát tin về đợt khảo sát ít nhất 01 lần/tuần trong tháng 7 và tháng 8/2026")
it("frequency", "Một người dân được trả lời mấy phiếu cho một cơ quan?", "Mỗi người chỉ trả lời 01 phiếu cho 01 cơ "
   "quan.", ["01 phiếu cho 01 cơ quan"], B, "2.2", "mỗi người chỉ trả lời 01 phiếu cho 01 cơ quan")
it("frequency", "Một số định danh cá nhân được trả lời khảo sát online mấy lần?", "Chỉ được trả lời một lần.",
   ["một lần"], B, "3.2.2", "mỗi số định danh cá nhân chỉ được trả lời một lần")
it("frequency", "Tổ tình nguyện hỗ trợ dịch vụ công trực ở TTPVHCC xã vào những buổi nào?",
   "Sáng thứ Hai, thứ Tư và thứ Sáu hằng tuần.", ["sáng thứ Hai, thứ Tư và thứ Sáu hằng tuần"], C, "Phần II.1.2",
   "vào sáng thứ Hai, thứ Tư và thứ Sáu hằng tuần")
it("frequency", "Sở Nội vụ cử công chức xuống hỗ trợ xã Bản Lìm mấy ngày một tuần?",
   "02 công chức hỗ trợ xã 02 ngày/tuần đến hết tháng 9/2026.", ["02 ngày/tuần"], C, "Phần II.2.1",
   "Sở Nội vụ cử 02 công chức hỗ trợ xã 02 ngày/tuần đến hết tháng 9/2026.")
it("frequency", "UBND tỉnh gọi điện xác minh lại bao nhiêu người đã trả lời khảo sát?",
   "Sở Nội vụ gọi lại ngẫu nhiên 5% số người đã trả lời để kiểm tra tính xác thực của phiếu.", ["5%"], B, "3.2.3",
   "Sở Nội vụ gọi lại ngẫu nhiên 5% số người đã trả lời")

# ------------------------------------------------------------------------------------------------ fact
it("fact", "Quyết định công bố chỉ số CCHC năm 2025 của tỉnh Vân Thạch là số mấy, ngày nào?",
   "Quyết định số 287/QĐ-UBND ngày 06 tháng 02 năm 2026 của Chủ tịch UBND tỉnh.", ["287/QĐ-UBND"], A, "header",
   "Số: 287/QĐ-UBND")
it("fact", "Ai ký QĐ 287 công bố chỉ số CCHC?", "Ông/bà Đinh Hữu Khiêm, Phó Chủ tịch UBND tỉnh, ký thay Chủ tịch "
   "(KT. CHỦ TỊCH).", ["Đinh Hữu Khiêm"], A, "signature", "Đinh Hữu Khiêm")
it("fact", "Bộ chỉ số CCHC sau sắp xếp đơn vị hành chính được ban hành bằng văn bản nào?",
   "Quyết định số 1542/QĐ-UBND ngày 18 tháng 8 năm 2025 của UBND tỉnh.", ["1542/QĐ-UBND"], A, "preamble",
   "Căn cứ Quyết định số 1542/QĐ-UBND ngày 18 tháng 8 năm 2025")
it("fact", "Sở Nội vụ trình kết quả chỉ số CCHC 2025 bằng tờ trình số mấy?",
   "Tờ trình số 27/TTr-SNV ngày 02 tháng 02 năm 2026 của Giám đốc Sở Nội vụ.", ["27/TTr-SNV"], A, "preamble",
   "Tờ trình số 27/TTr-SNV ngày 02 tháng 02 năm 2026")
it("fact", "Chỉ số CCHC tối đa bao nhiêu điểm, chia ra thế nào?",
   "Tối đa 100 điểm, gồm 65 điểm thẩm định và 35 điểm điều tra xã hội học.",
   ["100 điểm", "65 điểm thẩm định", "35 điểm điều tra xã hội học"], A, "Điều 1",
   "Điểm tối đa của Chỉ số CCHC là 100 điểm, gồm 65 điểm thẩm định và 35 điểm điều tra xã hội học.")
it("fact", "Được bao nhiêu điểm thì xếp loại Tốt?", "Từ 80 đến dưới 90 điểm.", ["từ 80 đến dưới 90 điểm"], A,
   "Điều 2.3", "Tốt từ 80 đến dưới 90 điểm")
it("fact", "Sở nào đứng đầu chỉ số CCHC năm 2025?", "Sở Tư pháp dẫn đầu khối sở, ban, ngành với 93,15 điểm.",
   ["Sở Tư pháp", "93,15"], A, "Điều 2.1", "Sở Tư pháp dẫn đầu với 93,15 điểm")
it("fact", "Những đơn vị nào được đề nghị tặng Bằng khen vì dẫn đầu năm 2025?",
   "Sở Tư pháp, Phường Đá Mài và Xã Chiềng Ngần.", ["Sở Tư pháp", "Phường Đá Mài", "Xã Chiềng Ngần"], A, "Điều 3.1",
   "tặng Bằng khen cho Sở Tư pháp, Phường Đá Mài và Xã Chiềng Ngần")
it("fact", "Kết quả chỉ số CCHC 2025 được dùng làm căn cứ để làm gì với người đứng đầu?",
   "Làm căn cứ đánh giá, xếp loại người đứng đầu năm 2025.", ["đánh giá, xếp loại người đứng đầu"], A, "Điều 3.5",
   "sử dụng kết quả làm căn cứ đánh giá, xếp loại người đứng đầu năm 2025")
it("fact", "Kế hoạch khảo sát sự hài lòng năm 2026 của tỉnh là kế hoạch số mấy?",
   "Kế hoạch số 74/KH-UBND ngày 12 tháng 3 năm 2026 của UBND tỉnh Vân Thạch.", ["74/KH-UBND"], B, "header",
   "Số: 74/KH-UBND")
it("fact", "Ai ký kế hoạch khảo sát sự hài lòng 2026?", "Lưu Quang Tuệ, Phó Chủ tịch UBND tỉnh (TM. UBND, KT. Chủ "
   "tịch).", ["Lưu Quang Tuệ"], B, "signature", "Lưu Quang Tuệ")
it("fact", "Kế hoạch 74 căn cứ phương pháp đo lường sự hài lòng nào của Bộ Nội vụ?",
   "Quyết định số 1001/QĐ-BNV ngày 11/12/2023 của Bộ trưởng Bộ Nội vụ (Phương pháp đo lường sự hài lòng giai đoạn "
   "2023 - 2026).", ["1001/QĐ-BNV"], B, "preamble", "Căn cứ Quyết định số 1001/QĐ-BNV ngày 11/12/2023")
it("fact", "Kế hoạch CCHC năm 2026 của tỉnh Vân Thạch là văn bản nào?",
   "Kế hoạch số 312/KH-UBND ngày 24/12/2025 của UBND tỉnh.", ["312/KH-UBND"], B, "preamble",
   "Căn cứ Kế hoạch số 312/KH-UBND ngày 24/12/2025")
it("fact", "Có vướng mắc về khảo sát thì liên hệ ai ở Sở Nội vụ?",
   "Bà Vi Thị Lành, Phó Trưởng phòng Cải cách hành chính, Sở Nội vụ, điện thoại 0214 3 628 571.",
   ["Vi Thị Lành", "0214 3 628 571"], B, "closing", "bà Vi Thị Lành, Phó Trưởng phòng Cải cách hành chính")
it("fact", "Số điện thoại để người dân phản ánh về việc khảo sát là số nào?",
   "0214 3 519 306, trong giờ hành chính.", ["0214 3 519 306"], B, "3.2.3",
   "người dân phản ánh về việc khảo sát qua số điện thoại 0214 3 519 306 trong giờ hành chính")
it("fact", "Phiếu như thế nào thì bị coi là không hợp lệ?",
   "Phiếu có trên 30% số câu bỏ trống hoặc không xác minh được người trả lời.", ["trên 30% số câu bỏ trống"], B,
   "3.3.3", "Phiếu có trên 30% số câu bỏ trống hoặc không xác minh được người trả lời là phiếu không hợp lệ.")
it("fact", "Chỉ số hài lòng của một cơ quan được tính ra sao?",
   "Là tỷ lệ phần trăm câu trả lời ở mức 4 và mức 5 trên tổng số câu trả lời hợp lệ.", ["mức 4 và mức 5"], B,
   "3.3.2", "tỷ lệ phần trăm câu trả lời ở mức 4 và mức 5 trên tổng số câu trả lời hợp lệ")
it("fact", "Ai được chọn để khảo sát, có giới hạn tuổi không?",
   "Người dân từ đủ 18 tuổi trở lên đã nộp hồ sơ và nhận kết quả giải quyết TTHC trong phạm vi khảo sát.",
   ["từ đủ 18 tuổi trở lên"], B, "2.2", "người dân từ đủ 18 tuổi trở lên đã nộp hồ sơ và nhận kết quả")
it("fact", "Điều tra viên có được phát phiếu ngay trong trung tâm phục vụ hành chính công không?",
   "Không. Phiếu được phát tại nhà hoặc nơi làm việc của người được khảo sát; không phát phiếu trong khu vực "
   "TTPVHCC của cơ quan được khảo sát.", ["không phát phiếu trong khu vực TTPVHCC"], B, "3.2.1",
   "không phát phiếu trong khu vực TTPVHCC của cơ quan được khảo sát")
it("fact", "Báo cáo trả lời kiến nghị cử tri về CCHC, CĐS năm 2026 là số mấy, ai ký?",
   "Báo cáo số 193/BC-UBND ngày 29/6/2026, do Chủ tịch UBND tỉnh Mạc Thị Hoài Thu ký (TM. Ủy ban nhân dân).",
   ["193/BC-UBND", "Mạc Thị Hoài Thu"], [C, C], ["header", "signature"], ["Số: 193/BC-UBND", "Mạc Thị Hoài Thu"])
it("fact", "Kiến nghị cử tri được Thường trực HĐND chuyển đến UBND tỉnh bằng văn bản nào?",
   "Văn bản số 58/HĐND-VP ngày 08/5/2026.", ["58/HĐND-VP"], C, "preamble",
   "tại Văn bản số 58/HĐND-VP ngày 08/5/2026")
it("fact", "báo cáo 193 gửi cho ai?", "Kính gửi Hội đồng nhân dân tỉnh Vân Thạch.",
   ["Hội đồng nhân dân tỉnh Vân Thạch"], C, "header", "Kính gửi: Hội đồng nhân dân tỉnh Vân Thạch.")
it("fact", "Vì sao xã Bản Lìm bị trừ nhiều điểm CCHC?",
   "Bị trừ nhiều nhất ở lĩnh vực cải cách TTHC và chính quyền số, do tỷ lệ hồ sơ trực tuyến thấp và đường truyền "
   "thường xuyên gián đoạn.", ["tỷ lệ hồ sơ trực tuyến thấp"], C, "Phần II.2.1",
   "do tỷ lệ hồ sơ trực tuyến thấp và đường truyền thường xuyên gián đoạn")
it("fact", "Người già không nộp online được thì có phải trả phí số hóa hồ sơ giấy không?",
   "Không. Người dân vẫn được nộp hồ sơ giấy; công chức TTPVHCC số hóa hồ sơ, người dân không phải trả phí số hóa.",
   ["không phải trả phí số hóa"], C, "Phần II.1.2", "người dân không phải trả phí số hóa")
it("fact", "Hồ sơ đất đai trễ hẹn thì người dân được thông báo thế nào?",
   "Phải có phiếu xin lỗi và hẹn lại ngày trả kết quả, gửi qua tin nhắn hoặc ứng dụng VNeID, chậm nhất 01 ngày làm "
   "việc trước ngày hẹn cũ.", ["phiếu xin lỗi", "01 ngày làm việc"], C, "Phần II.1.1",
   "chậm nhất 01 ngày làm việc trước ngày hẹn cũ")

# ------------------------------------------------------------------------------------------------ figure
it("figure", "Sở Y tế được bao nhiêu điểm chỉ số CCHC 2025, xếp thứ mấy?",
   "87,26 điểm (thẩm định 57,40; điều tra XHH 29,86), xếp hạng 06, xếp loại Tốt.", ["87,26", "06"], A,
   "Phụ lục I.10", "87,26")
it("figure", "điểm điều tra xã hội học của Sở Nông nghiệp và Môi trường là bao nhiêu?",
   "27,62 điểm (tối đa 35); tổng 78,97 điểm, xếp loại Khá.", ["27,62"], A, "Phụ lục I.5", "27,62")
it("figure", "Sở Khoa học và Công nghệ được mấy điểm thẩm định?", "60,85 điểm thẩm định (tối đa 65); tổng 92,25 "
   "điểm, xếp hạng 02.", ["60,85"], A, "Phụ lục I.7", "60,85")
it("figure", "Điểm trung bình chỉ số CCHC của khối sở năm 2025?", "86,29 điểm.", ["86,29"], A, "Điều 2.1",
   "giá trị trung bình đạt 86,29 điểm")
it("figure", "nhóm xã trung bình được bao nhiêu điểm, nhóm phường bao nhiêu?",
   "Nhóm phường trung bình 87,87 điểm, nhóm xã 81,40 điểm.", ["87,87", "81,40"], A, "Điều 2.2",
   "giá trị trung bình nhóm phường đạt 87,87 điểm, nhóm xã đạt 81,40 điểm")
it("figure", "Phường Dốc Cọ được bao nhiêu điểm tổng, đứng thứ mấy trong nhóm phường?",
   "88,41 điểm, xếp hạng 03 trong nhóm phường.", ["88,41", "03"], A, "Phụ lục II.I.4", "88,41")
it("figure", "Xã Lũng Sươn được mấy điểm lĩnh vực chính quyền điện tử, chính quyền số?",
   "7,90 điểm (lĩnh vực 7, tối đa 12 điểm).", ["7,90"], A, "Phụ lục II.II.7", "7,90")
it("figure", "Điểm cải cách thủ tục hành chính của phường Đá Mài là bao nhiêu?",
   "13,25 điểm (lĩnh vực 3, tối đa 14 điểm).", ["13,25"], A, "Phụ lục II.I.1", "13,25")
it("figure", "tổng điểm của xã Nà Đon?", "80,20 điểm (thẩm định 51,30; XHH 28,90), xếp hạng 05 nhóm xã.",
   ["80,20"], A, "Phụ lục II.II.9", "80,20")
it("figure", "Tổng cộng kế hoạch khảo sát bao nhiêu phiếu?",
   "5.100 phiếu, gồm 3.150 phiếu trực tiếp và 1.950 phiếu trực tuyến.", ["5.100", "3.150", "1.950"], B, "4.1",
   "Tổng số phiếu là 5.100 phiếu, gồm 3.150 phiếu trực tiếp và 1.950 phiếu trực tuyến.")
it("figure", "Sở Tư pháp được phân bổ bao nhiêu phiếu khảo sát?",
   "210 phiếu: 120 phiếu trực tiếp và 90 phiếu trực tuyến.", ["210"], B, "4.2.A.2", "12.906")
it("figure", "Năm 2025 phường Dốc Cọ giải quyết bao nhiêu hồ sơ?", "21.509 hồ sơ (theo bảng phân bổ phiếu; phường "
   "Dốc Cọ được 340 phiếu).", ["21.509"], B, "4.2.B.16", "21.509")
it("figure", "Kinh phí khảo sát sự hài lòng 2026 dự kiến bao nhiêu?",
   "265.100.000 đồng, từ ngân sách tỉnh năm 2026 đã giao Sở Nội vụ.", ["265.100.000 đồng"], B, "6",
   "Tổng kinh phí dự kiến: 265.100.000 đồng")
it("figure", "Đơn giá một phiếu trực tiếp là bao nhiêu?", "55.000 đồng/phiếu; 3.150 phiếu = 173.250.000 đồng.",
   ["55.000 đồng", "173.250.000 đồng"], B, "6", "Phiếu trực tiếp: 3.150 phiếu x 55.000 đồng = 173.250.000 đồng.")
it("figure", "kinh phí tập huấn điều tra viên bao nhiêu tiền?", "24.600.000 đồng.", ["24.600.000 đồng"], B, "6",
   "Tập huấn điều tra viên: 24.600.000 đồng.")
it("figure", "Tỷ lệ phiếu hợp lệ yêu cầu tối thiểu là bao nhiêu?", "Từ 90% số phiếu phát ra.", ["90%"], B, "1.2",
   "Tỷ lệ phiếu hợp lệ đạt từ 90% số phiếu phát ra")
it("figure", "Năm 2025 phường Cầu Ván có bao nhiêu hồ sơ đất đai trễ hẹn?",
   "146 hồ sơ trễ hẹn trên 2.318 hồ sơ đất đai (6,3%).", ["146", "2.318", "6,3%"], C, "Phần II.1.1",
   "phường Cầu Ván tiếp nhận 2.318 hồ sơ đất đai, trong đó 146 hồ sơ trễ hẹn (6,3%)")
it("figure", "Tỷ lệ thanh toán không dùng tiền mặt ở Nghè Đông tháng 5/2026 đạt bao nhiêu?", "64%.", ["64%"], C,
   "Phần II.1.3", "trong tháng 5/2026 đạt 64%")
it("figure", "đường truyền của xã Bản Lìm được nâng lên bao nhiêu?", "100 Mbps, từ ngày 22/5/2026.", ["100 Mbps"],
   C, "Phần II.2.1", "lên 100 Mbps từ ngày 22/5/2026")
it("figure", "Đã lắp máy đánh giá hài lòng được ở bao nhiêu xã phường rồi?",
   "09/14 xã, phường (đến thời điểm báo cáo); 05 xã, phường còn lại lắp xong trước 31/8/2026.", ["09/14"], C,
   "Phần II.2.3", "đã lắp đặt thiết bị đánh giá tại TTPVHCC của 09/14 xã, phường")

# ------------------------------------------------------------------------------------------------ list
it("list", "Phiếu khảo sát hài lòng 2026 đánh giá những yếu tố nào?",
   "05 yếu tố: tiếp cận dịch vụ; thủ tục hành chính; công chức trực tiếp giải quyết; kết quả giải quyết; tiếp "
   "nhận, xử lý góp ý, phản ánh, kiến nghị.", ["tiếp cận dịch vụ", "công chức trực tiếp giải quyết"], B, "3.1",
   "phiếu khảo sát gồm 05 yếu tố: tiếp cận dịch vụ; thủ tục hành chính; công chức trực tiếp giải quyết")
it("list", "Khảo sát sự hài lòng năm nay có những hình thức nào?",
   "Phát phiếu trực tiếp, khảo sát trực tuyến (mã QR hoặc đường liên kết trên Cổng Dịch vụ công tỉnh) và xác "
   "minh qua điện thoại.", ["Phát phiếu trực tiếp", "Khảo sát trực tuyến", "Xác minh qua điện thoại"],
   [B, B, B], ["3.2.1", "3.2.2", "3.2.3"],
   ["3.2.1. Phát phiếu trực tiếp", "3.2.2. Khảo sát trực tuyến", "3.2.3. Xác minh qua điện thoại"])
it("list", "Những cơ quan, địa phương nào phải xây dựng kế hoạch khắc phục sau khi công bố chỉ số CCHC 2025?",
   "Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo (xếp loại Khá) và UBND các xã Bản Lìm, Lũng Sươn, Nậm "
   "Mười (03 vị trí cuối nhóm xã).", ["Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo",
                                     "Bản Lìm, Lũng Sươn, Nậm Mười"], A, "Điều 3.3",
   "Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo (xếp loại Khá)")
it("list", "Các mức xếp loại chỉ số CCHC gồm những mức nào?",
   "Xuất sắc (từ 90 điểm), Tốt (80 đến dưới 90), Khá (70 đến dưới 80), Trung bình (50 đến dưới 70), Yếu (dưới 50).",
   ["Xuất sắc", "Trung bình", "Yếu"], A, "Điều 2.3",
   "Mức xếp loại: Xuất sắc từ 90 điểm trở lên")
it("list", "Kinh phí khảo sát gồm các khoản nào?",
   "Phiếu trực tiếp 173.250.000 đồng; phiếu trực tuyến 29.250.000 đồng; tập huấn điều tra viên 24.600.000 đồng; "
   "phân tích dữ liệu, xây dựng báo cáo 38.000.000 đồng.", ["29.250.000 đồng", "38.000.000 đồng"], B, "6",
   "Phân tích dữ liệu, xây dựng báo cáo: 38.000.000 đồng.")
it("list", "UBND tỉnh đề xuất HĐND tỉnh những gì trong báo cáo trả lời cử tri?",
   "Bố trí bổ sung kinh phí 2026 để lắp thiết bị đánh giá sự hài lòng tại 05 xã, phường còn lại; giao Ban Pháp "
   "chế HĐND tỉnh giám sát việc khắc phục của 03 xã xếp cuối trong quý III/2026; đề nghị đại biểu thông tin kết "
   "quả trả lời đến cử tri sau kỳ họp.", ["Ban Pháp chế", "quý III/2026"], C, "Phần III",
   "Giao Ban Pháp chế Hội đồng nhân dân tỉnh giám sát việc khắc phục")
it("list", "Kiến nghị của cử tri được chia thành mấy nhóm, là những nhóm nào?",
   "03 nhóm: thủ tục hành chính, một cửa; Chỉ số CCHC và đánh giá sự hài lòng; hạ tầng số, dịch vụ số (mỗi nhóm "
   "03 kiến nghị).", ["thủ tục hành chính, một cửa", "hạ tầng số, dịch vụ số"], C, "Phần I",
   "Nhóm hạ tầng số, dịch vụ số: 03 kiến nghị")
it("list", "Những xã nào có phiếu phát trực tiếp do Tổ điều tra viên Sở Nội vụ đảm nhận?",
   "Xã Lũng Sươn, Xã Bản Lìm và Xã Nậm Mười (mỗi xã 150 phiếu trực tiếp).",
   ["Lũng Sươn", "Bản Lìm", "Nậm Mười"], [B, B, B], ["4.2.B.19", "4.2.B.22", "4.2.B.26"],
   ["Xã Lũng Sươn", "Xã Bản Lìm", "Xã Nậm Mười"])
it("list", "Kế hoạch 74 cấm các sở và xã làm gì với phiếu khảo sát?",
   "Không được thu thập, sao chụp phiếu của người dân (và không để cơ quan được khảo sát can thiệp vào việc trả "
   "lời phiếu).", ["không được thu thập, sao chụp phiếu"], B, "7.6",
   "không được thu thập, sao chụp phiếu của người dân")

# ------------------------------------------------------------------------------------------------ period
it("period", "Trong tháng 7/2026 kế hoạch khảo sát có những việc gì bắt đầu?",
   "Từ 01/7/2026: Bưu điện tỉnh bắt đầu phát, thu phiếu trực tiếp (đến 15/8/2026); Trung tâm Phục vụ hành chính "
   "công tỉnh mở khảo sát trực tuyến (đến 31/8/2026) và in mã QR khảo sát trên phiếu hẹn trả kết quả; báo, đài "
   "phát tin ít nhất 01 lần/tuần.", ["15/8/2026", "31/8/2026", "01/7/2026"], [B, B, B, B],
   ["5.4", "5.5", "7.4", "7.7"],
   ["thời gian: từ ngày 01/7 đến ngày 15/8/2026", "thời gian: từ ngày 01/7 đến ngày 31/8/2026",
    "in mã QR khảo sát trên phiếu hẹn trả kết quả từ ngày 01/7/2026", "trong tháng 7 và tháng 8/2026"])
it("period", "Quý II/2026 theo kế hoạch 74 phải xong những việc gì?",
   "Hoàn thiện phiếu và phần mềm khảo sát trước 17/4/2026 (Sở Nội vụ); tập huấn điều tra viên ngày 20 và 21/5/2026; "
   "trích xuất danh sách, chọn mẫu trước 26/6/2026 (Sở Khoa học và Công nghệ); chốt danh sách chọn mẫu ngày "
   "20/6/2026.", ["17/4/2026", "20 và 21/5/2026", "26/6/2026"], [B, B, B, B], ["5.1", "5.2", "5.3", "2.3"],
   ["thời gian: trước ngày 17/4/2026", "thời gian: ngày 20 và 21/5/2026", "thời gian: trước ngày 26/6/2026",
    "ngày 20/6/2026"])
it("period", "Theo QĐ 287, những việc nào có hạn trong quý I và tháng 4/2026?",
   "Công khai kết quả trên Cổng TTĐT tỉnh trong 05 ngày làm việc kể từ ngày ký (tháng 2/2026); gửi kế hoạch khắc "
   "phục cho Sở Nội vụ trước 15/3/2026; giải trình tại phiên họp thường kỳ tháng 4/2026; Sở Nội vụ báo cáo Chủ "
   "tịch UBND tỉnh trước 30/4/2026.", ["15/3/2026", "tháng 4/2026", "30/4/2026"], [A, A, A],
   ["Điều 3.1", "Điều 3.3", "Điều 3.3"],
   ["tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 30/4/2026",
    "gửi Sở Nội vụ trước ngày 15/3/2026", "phiên họp thường kỳ tháng 4/2026"])
it("period", "Trong tháng 5/2026 báo cáo 193 ghi nhận những việc gì đã làm?",
   "Tổ tình nguyện ở Khuổi Mận hoạt động từ 04/5/2026; đường truyền Bản Lìm nâng lên 100 Mbps từ 22/5/2026; Công "
   "an phường Dốc Cọ hướng dẫn VNeID trong tháng 5 và tháng 6/2026; tỷ lệ thanh toán không dùng tiền mặt ở Nghè "
   "Đông tháng 5/2026 đạt 64%.", ["04/5/2026", "22/5/2026", "tháng 5/2026"], [C, C, C, C],
   ["Phần II.1.2", "Phần II.2.1", "Phần II.3.2", "Phần II.1.3"],
   ["hoạt động từ ngày 04/5/2026", "từ ngày 22/5/2026", "trong tháng 5 và tháng 6/2026",
    "trong tháng 5/2026 đạt 64%"])
it("period", "Có những mốc nào rơi vào tháng 9/2026 trong các văn bản?",
   "QĐ 287: SIPAS hoàn thành trước 30/9/2026; KH 74: phân tích dữ liệu tháng 9/2026; BC 193: khảo sát trực tuyến "
   "kéo dài đến 15/9/2026, Sở Nội vụ hỗ trợ Bản Lìm đến hết tháng 9/2026, 02 trạm phát sóng ở Nậm Mười đưa vào "
   "sử dụng tháng 9/2026.", ["30/9/2026", "15/9/2026", "tháng 9/2026"], [A, B, C, C],
   ["Điều 3.1", "5.6", "Phần II.2.2", "Phần II.3.1"],
   ["hoàn thành trước ngày 30/9/2026", "thời gian: tháng 9/2026", "kéo dài đến hết ngày 15/9/2026",
    "trong tháng 9/2026"])

# ------------------------------------------------------------------------------------------------ count
it("count", "Phụ lục I của QĐ 287 xếp hạng bao nhiêu sở, ban, ngành?", "12 cơ quan (STT 1 đến 12).", ["12"], A,
   "Phụ lục I.12", "Ban Quản lý các khu công nghiệp tỉnh")
it("count", "Nhóm xã trong bảng chỉ số có bao nhiêu xã?", "09 xã (STT 6 đến 14).", ["09"], A, "Phụ lục II.II",
   "NHÓM XÃ (09 đơn vị)")
it("count", "Có bao nhiêu cơ quan được xếp loại Xuất sắc năm 2025?",
   "03 cơ quan: Sở Tư pháp, Sở Khoa học và Công nghệ, Sở Nội vụ.", ["03"], A, "Điều 2.1",
   "03 cơ quan xếp loại Xuất sắc")
it("count", "Bảng phân bổ phiếu gồm bao nhiêu cơ quan, địa phương?", "26 (STT 1 đến 26): 12 sở, ban, ngành và 14 "
   "xã, phường.", ["26"], B, "4.2.B.26", "Xã Nậm Mười")
it("count", "Tiến độ thực hiện kế hoạch 74 gồm mấy bước?", "7 bước (5.1 đến 5.7), bước cuối là báo cáo kết quả "
   "khảo sát trước 15/10/2026.", ["7", "15/10/2026"], B, "5.7", "5.7. Báo cáo kết quả khảo sát.")
it("count", "Tổ điều tra viên Sở Nội vụ có bao nhiêu người?", "12 công chức.", ["12 công chức"], B, "7.1",
   "thành lập Tổ điều tra viên gồm 12 công chức")
it("count", "Báo cáo 193 trả lời tổng cộng bao nhiêu kiến nghị?", "09 kiến nghị của cử tri 09 xã, phường.",
   ["09"], C, "Phần I", "Có 09 kiến nghị của cử tri 09 xã, phường")
it("count", "Bao nhiêu kiến nghị cử tri vẫn đang giải quyết?", "03 kiến nghị (của xã Bản Lìm, xã Chiềng Ngần và xã "
   "Nậm Mười).", ["03"], C, "Phần I", "03 kiến nghị đang giải quyết, có lộ trình cụ thể")

# ------------------------------------------------------------------------------------------------ abbreviation
it("abbreviation", "SIPAS là gì trong QĐ 287?",
   "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
   ["sự hài lòng của người dân, tổ chức"], A, "Điều 3.1", "(sau đây viết tắt là SIPAS)")
it("abbreviation", "TTPVHCC viết tắt của gì?", "Trung tâm Phục vụ hành chính công.",
   ["Trung tâm Phục vụ hành chính công"], A, "Điều 3.2",
   "Trung tâm Phục vụ hành chính công (sau đây viết tắt là TTPVHCC)")
it("abbreviation", "Chỉ số CCHC nghĩa là gì?", "Chỉ số cải cách hành chính.", ["Chỉ số cải cách hành chính"], A,
   "Điều 1", "Chỉ số cải cách hành chính (sau đây viết tắt là Chỉ số CCHC)")
it("abbreviation", "XHH trong bảng điểm các xã phường là gì?", "Điều tra xã hội học (tối đa 35 điểm).",
   ["điều tra xã hội học"], A, "Phụ lục II", "XHH: điều tra xã hội học (tối đa 35 điểm)")
it("abbreviation", "TTHC trong kế hoạch khảo sát là chữ viết tắt của gì?", "Thủ tục hành chính.",
   ["thủ tục hành chính"], B, "1.1", "thủ tục hành chính (sau đây viết tắt là TTHC)")
it("abbreviation", "CĐS trong báo cáo 193 là gì vậy?", "Chuyển đổi số.", ["chuyển đổi số"], C, "preamble",
   "chuyển đổi số (CĐS)")
it("abbreviation", "TTPVHCC tỉnh trong bảng phân bổ phiếu là cơ quan nào?", "Trung tâm Phục vụ hành chính công "
   "tỉnh.", ["Trung tâm Phục vụ hành chính công tỉnh"], B, "4.2",
   "TTPVHCC tỉnh: Trung tâm Phục vụ hành chính công tỉnh")

# ------------------------------------------------------------------------------------------------ cross_document
it("cross_document", "QĐ 287 yêu cầu SIPAS 2026 hoàn thành trước ngày nào, còn kế hoạch 74 cho Sở Nội vụ trình kết "
   "quả khi nào?", "QĐ 287 giao Sở Nội vụ hoàn thành SIPAS trước ngày 30/9/2026; Kế hoạch 74 cho Sở Nội vụ trình "
   "kết quả khảo sát lên UBND tỉnh trước ngày 15/10/2026 (sau khi phân tích dữ liệu trong tháng 9/2026).",
   ["30/9/2026", "15/10/2026"], [A, B], ["Điều 3.1", "5.7"],
   ["hoàn thành trước ngày 30/9/2026", "trình Ủy ban nhân dân tỉnh trước ngày 15/10/2026"])
it("cross_document", "Máy đánh giá hài lòng ở TTPVHCC xã có lắp xong đúng hạn QĐ 287 không?",
   "Không. QĐ 287 giao Văn phòng UBND tỉnh lắp tại 14 xã, phường trước 30/6/2026; theo Báo cáo 193, mới lắp được "
   "09/14, 05 xã, phường còn lại lắp xong trước ngày 31/8/2026 do phải bổ sung kinh phí.",
   ["30/6/2026", "09/14", "31/8/2026"], [A, C], ["Điều 3.2", "Phần II.2.3"],
   ["thời hạn: trước ngày 30/6/2026", "05 xã, phường còn lại được lắp xong trước ngày 31/8/2026"])
it("cross_document", "Khảo sát trực tuyến kết thúc ngày nào: theo kế hoạch 74 hay theo báo cáo 193?",
   "Kế hoạch 74 định khảo sát trực tuyến từ 01/7 đến 31/8/2026; Báo cáo 193 cho biết theo Công văn số "
   "41/SNV-CCHC ngày 10/6/2026 của Sở Nội vụ thời gian này được kéo dài đến hết ngày 15/9/2026.",
   ["31/8/2026", "15/9/2026", "41/SNV-CCHC"], [B, C], ["5.5", "Phần II.2.2"],
   ["thời gian: từ ngày 01/7 đến ngày 31/8/2026", "kéo dài đến hết ngày 15/9/2026"])
it("cross_document", "Xã Bản Lìm gửi kế hoạch khắc phục chỉ số CCHC có kịp hạn không?",
   "Kịp: QĐ 287 yêu cầu gửi Sở Nội vụ trước ngày 15/3/2026; Báo cáo 193 cho biết UBND xã Bản Lìm đã gửi ngày "
   "13/3/2026.", ["15/3/2026", "13/3/2026"], [A, C], ["Điều 3.3", "Phần II.2.1"],
   ["gửi Sở Nội vụ trước ngày 15/3/2026", "Ủy ban nhân dân xã Bản Lìm đã gửi kế hoạch khắc phục về Sở Nội vụ ngày "
    "13/3/2026."])
it("cross_document", "Ba xã xếp cuối chỉ số CCHC 2025 là xã nào và năm 2026 được khảo sát khác gì các xã khác?",
   "Bản Lìm, Lũng Sươn, Nậm Mười (QĐ 287); theo Kế hoạch 74, số phiếu trực tiếp của 03 xã này được nâng lên 150 "
   "phiếu và do Tổ điều tra viên Sở Nội vụ phát.", ["Bản Lìm, Lũng Sươn, Nậm Mười", "150 phiếu"], [A, B],
   ["Điều 3.3", "4.1"], ["Ủy ban nhân dân các xã Bản Lìm, Lũng Sươn, Nậm Mười (03 vị trí cuối nhóm xã)",
                         "được nâng lên 150 phiếu và do Tổ điều tra viên Sở Nội vụ phát"])
it("cross_document", "QĐ 287 giao ai hỗ trợ hạ tầng số cho xã Bản Lìm và đến nay đã làm được gì?",
   "QĐ 287 giao Sở Khoa học và Công nghệ chủ trì trong quý II/2026; Báo cáo 193: Sở Khoa học và Công nghệ đã nâng "
   "cấp đường truyền số liệu chuyên dùng của xã lên 100 Mbps từ ngày 22/5/2026.",
   ["Sở Khoa học và Công nghệ", "quý II/2026", "100 Mbps"], [A, C], ["Điều 3.4", "Phần II.2.1"],
   ["thời hạn: trong quý II/2026", "đã nâng cấp đường truyền số liệu chuyên dùng của xã lên 100 Mbps"])
it("cross_document", "Phường Đá Mài xếp thứ mấy về chỉ số CCHC 2025 và năm 2026 được khảo sát bao nhiêu phiếu?",
   "Đá Mài đạt 92,17 điểm, xếp hạng 01 nhóm phường (QĐ 287); năm 2026 có 350 phiếu (200 trực tiếp, 150 trực tuyến) "
   "theo Kế hoạch 74, điều tra viên Bưu điện tỉnh phát phiếu.", ["92,17", "350"], [A, B],
   ["Phụ lục II.I.1", "4.2.B.13"], ["92,17", "24.615"])
it("cross_document", "xã Chiềng Ngần đứng đầu nhóm xã thì đã có máy đánh giá hài lòng chưa?",
   "Chiềng Ngần dẫn đầu nhóm xã với 91,50 điểm (QĐ 287); theo Báo cáo 193, xã đã được lắp thiết bị đánh giá ngày "
   "18/6/2026.", ["91,50", "18/6/2026"], [A, C], ["Phụ lục II.II.13", "Phần II.2.3"],
   ["91,50", "xã Chiềng Ngần được lắp ngày 18/6/2026"])
it("cross_document", "Ban Pháp chế HĐND được đề nghị giám sát những xã nào về chỉ số CCHC?",
   "Báo cáo 193 đề nghị giao Ban Pháp chế HĐND tỉnh giám sát việc khắc phục của 03 xã xếp cuối nhóm xã trong quý "
   "III/2026; theo QĐ 287 đó là các xã Bản Lìm, Lũng Sươn, Nậm Mười.",
   ["quý III/2026", "Bản Lìm, Lũng Sươn, Nậm Mười"], [C, A], ["Phần III", "Điều 3.3"],
   ["giám sát việc khắc phục của 03 xã xếp cuối nhóm xã", "các xã Bản Lìm, Lũng Sươn, Nậm Mười"])
it("cross_document", "Điểm điều tra xã hội học của Chỉ số CCHC 2026 lấy từ đâu?",
   "QĐ 287 quy định kết quả SIPAS là điểm điều tra xã hội học của Chỉ số CCHC năm 2026; Kế hoạch 74 cũng lấy kết "
   "quả khảo sát làm điểm điều tra xã hội học của Chỉ số CCHC 2026 (tối đa 35 điểm theo QĐ 287).",
   ["điểm điều tra xã hội học", "35 điểm"], [A, B, A], ["Điều 3.1", "1.1", "Điều 1"],
   ["kết quả SIPAS là điểm điều tra xã hội học của Chỉ số CCHC năm 2026",
    "Lấy kết quả khảo sát làm điểm điều tra xã hội học", "35 điểm điều tra xã hội học"])
it("cross_document", "Xã Nậm Mười năm 2025 được mấy điểm CCHC, bây giờ còn bao nhiêu thôn lõm sóng?",
   "76,80 điểm, xếp hạng 07 nhóm xã (QĐ 287); Báo cáo 193 cho biết xã còn 04 thôn lõm sóng.", ["76,80", "04 thôn"],
   [A, C], ["Phụ lục II.II.14", "Phần II.3.1"], ["76,80", "Toàn xã Nậm Mười còn 04 thôn lõm sóng."])

# ------------------------------------------------------------------------------------------------ comparison
it("comparison", "Sở Tài chính và Sở Y tế, sở nào điểm CCHC 2025 cao hơn?",
   "Sở Tài chính cao hơn: 89,02 điểm (hạng 04) so với Sở Y tế 87,26 điểm (hạng 06).", ["89,02", "87,26"], [A, A],
   ["Phụ lục I.3", "Phụ lục I.10"], ["89,02", "87,26"])
it("comparison", "Bản Lìm và Chiềng Ngần chênh nhau bao nhiêu điểm ở lĩnh vực chính quyền số?",
   "Chiềng Ngần 11,20 điểm, Bản Lìm 7,10 điểm ở lĩnh vực 7 (chính quyền điện tử, chính quyền số): chênh 4,10 điểm.",
   ["11,20", "7,10"], [A, A], ["Phụ lục II.II.13", "Phụ lục II.II.10"], ["11,20", "7,10"])
it("comparison", "Nhóm phường hay nhóm xã có điểm CCHC trung bình cao hơn?",
   "Nhóm phường cao hơn: 87,87 điểm so với nhóm xã 81,40 điểm.", ["87,87", "81,40"], A, "Điều 2.2",
   "nhóm phường đạt 87,87 điểm, nhóm xã đạt 81,40 điểm")
it("comparison", "Phiếu trực tiếp nhiều hơn phiếu trực tuyến bao nhiêu?",
   "3.150 phiếu trực tiếp so với 1.950 phiếu trực tuyến, nhiều hơn 1.200 phiếu.", ["3.150", "1.950"], B, "4.1",
   "gồm 3.150 phiếu trực tiếp và 1.950 phiếu trực tuyến")
it("comparison", "Khối sở và khối xã phường, khối nào được phân bổ nhiều phiếu hơn?",
   "Khối xã, phường 3.080 phiếu, nhiều hơn khối sở, ban, ngành 2.020 phiếu.", ["3.080", "2.020"], B, "4.1",
   "Khối sở, ban, ngành 2.020 phiếu; khối xã, phường 3.080 phiếu.")
it("comparison", "Phường Đá Mài hay phường Dốc Cọ được nhiều phiếu khảo sát hơn?",
   "Đá Mài 350 phiếu, Dốc Cọ 340 phiếu: Đá Mài nhiều hơn 10 phiếu.", ["350", "340"], [B, B],
   ["4.2.B.13", "4.2.B.16"], ["24.615", "21.509"])
it("comparison", "Sở Nội vụ và Sở Khoa học và Công nghệ, ai xếp hạng cao hơn?",
   "Sở Khoa học và Công nghệ xếp hạng 02 (92,25 điểm), cao hơn Sở Nội vụ xếp hạng 03 (90,75 điểm).",
   ["92,25", "90,75"], [A, A], ["Phụ lục I.7", "Phụ lục I.1"], ["92,25", "90,75"])
it("comparison", "Kiến nghị cử tri đã giải quyết xong nhiều hơn hay đang giải quyết nhiều hơn?",
   "Đã giải quyết xong 06 kiến nghị, nhiều hơn 03 kiến nghị đang giải quyết.", ["06", "03"], C, "Phụ lục",
   "Tổng cộng")

# ------------------------------------------------------------------------------------------------ unit_duties
it("unit_duties", "Trong QĐ 287 Sở Nội vụ được giao những nhiệm vụ gì?",
   "Công khai kết quả trên Cổng TTĐT tỉnh trong 05 ngày làm việc; chủ trì SIPAS 2026, xong trước 30/9/2026; hướng "
   "dẫn, theo dõi kế hoạch khắc phục và báo cáo Chủ tịch UBND tỉnh trước 30/4/2026; tham mưu tặng Bằng khen cho "
   "các đơn vị dẫn đầu; nhận kế hoạch khắc phục của các đơn vị trước 15/3/2026.",
   ["05 ngày làm việc", "30/9/2026", "30/4/2026"], [A, A], ["Điều 3.1", "Điều 3.3"],
   ["Công khai kết quả Chỉ số CCHC năm 2025 trên Cổng thông tin điện tử tỉnh",
    "gửi Sở Nội vụ trước ngày 15/3/2026"])
it("unit_duties", "Sở Khoa học và Công nghệ phải làm gì trong kế hoạch khảo sát hài lòng?",
   "Chủ trì trích xuất danh sách người dân, chọn mẫu (trước 26/6/2026); phối hợp hoàn thiện phần mềm khảo sát "
   "(trước 17/4/2026) và khảo sát trực tuyến; bảo đảm kết nối dữ liệu với Hệ thống thông tin giải quyết TTHC "
   "tỉnh và an toàn thông tin của dữ liệu khảo sát.", ["26/6/2026", "an toàn thông tin"], [B, B, B, B],
   ["5.3", "5.1", "5.5", "7.2"],
   ["Đơn vị chủ trì: Sở Khoa học và Công nghệ", "phối hợp: Sở Khoa học và Công nghệ; thời gian: trước ngày 17/4/2026",
    "phối hợp: Sở Khoa học và Công nghệ", "bảo đảm an toàn thông tin của dữ liệu khảo sát"])
it("unit_duties", "Bưu điện tỉnh có nhiệm vụ gì trong đợt khảo sát?",
   "Chủ trì phát và thu phiếu trực tiếp từ 01/7 đến 15/8/2026; bố trí nhân viên bưu chính làm điều tra viên; thu "
   "hồi, bàn giao phiếu cho Sở Nội vụ hằng tuần vào thứ Sáu; phối hợp tập huấn điều tra viên; phát phiếu trực tiếp "
   "cho các sở, các phường và 06 xã.", ["15/8/2026", "hằng tuần vào thứ Sáu"], [B, B, B],
   ["5.4", "7.5", "5.2"],
   ["Đơn vị chủ trì: Bưu điện tỉnh", "bố trí nhân viên bưu chính làm điều tra viên",
    "phối hợp: Bưu điện tỉnh, Trường Chính trị tỉnh"])
it("unit_duties", "Sở Nội vụ làm những gì trong kế hoạch 74?",
   "Là cơ quan thường trực; hoàn thiện phiếu, phần mềm (trước 17/4/2026); tập huấn điều tra viên (20 và "
   "21/5/2026); phân tích dữ liệu (tháng 9/2026); báo cáo kết quả trước 15/10/2026; thành lập Tổ điều tra viên 12 "
   "công chức, báo cáo tiến độ 02 tuần/lần; gọi xác minh 5% người trả lời.",
   ["17/4/2026", "15/10/2026", "02 tuần/lần"], [B, B, B, B, B],
   ["7.1", "5.1", "5.2", "5.6", "5.7"],
   ["là cơ quan thường trực", "Đơn vị chủ trì: Sở Nội vụ", "Đơn vị chủ trì: Sở Nội vụ",
    "Đơn vị chủ trì: Sở Nội vụ", "Đơn vị chủ trì: Sở Nội vụ"])
it("unit_duties", "Văn phòng UBND tỉnh được giao những gì trong QĐ 287 và KH 74?",
   "QĐ 287: chủ trì lắp thiết bị đánh giá hài lòng tại TTPVHCC 14 xã, phường trước 30/6/2026; KH 74: phối hợp Sở "
   "Khoa học và Công nghệ trích xuất danh sách người dân, chọn mẫu trước 26/6/2026.",
   ["30/6/2026", "26/6/2026"], [A, B], ["Điều 3.2", "5.3"],
   ["Chủ trì: Văn phòng Ủy ban nhân dân tỉnh", "phối hợp: Văn phòng Ủy ban nhân dân tỉnh"])

# ------------------------------------------------------------------------------------------------ task_list
it("task_list", "Liệt kê các bước tiến độ của kế hoạch khảo sát kèm đơn vị chủ trì",
   "5.1 Hoàn thiện phiếu, phần mềm (Sở Nội vụ, trước 17/4/2026); 5.2 Tập huấn điều tra viên (Sở Nội vụ, 20 và "
   "21/5/2026); 5.3 Trích xuất danh sách, chọn mẫu (Sở Khoa học và Công nghệ, trước 26/6/2026); 5.4 Phát, thu "
   "phiếu trực tiếp (Bưu điện tỉnh, 01/7-15/8/2026); 5.5 Khảo sát trực tuyến (Trung tâm Phục vụ hành chính công "
   "tỉnh, 01/7-31/8/2026); 5.6 Phân tích dữ liệu (Sở Nội vụ, tháng 9/2026); 5.7 Báo cáo kết quả (Sở Nội vụ, trước "
   "15/10/2026).", ["Bưu điện tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "15/10/2026"],
   [B] * 7, ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7"],
   ["trước ngày 17/4/2026", "ngày 20 và 21/5/2026", "trước ngày 26/6/2026", "Đơn vị chủ trì: Bưu điện tỉnh",
    "Đơn vị chủ trì: Trung tâm Phục vụ hành chính công tỉnh", "thời gian: tháng 9/2026", "trước ngày 15/10/2026"])
it("task_list", "Những kiến nghị nào của cử tri vẫn đang giải quyết, ai phụ trách?",
   "2.1 Xã Bản Lìm - chỉ số CCHC (Sở Nội vụ); 2.3 Xã Chiềng Ngần - máy đánh giá hài lòng (Văn phòng Ủy ban nhân "
   "dân tỉnh); 3.1 Xã Nậm Mười - lõm sóng di động (Sở Khoa học và Công nghệ).",
   ["Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ"], [C, C, C],
   ["Phần II.2.1", "Phần II.2.3", "Phần II.3.1"],
   ["Cơ quan tham mưu: Sở Nội vụ; tình trạng: đang giải quyết.",
    "Cơ quan tham mưu: Văn phòng Ủy ban nhân dân tỉnh; tình trạng: đang giải quyết.",
    "Cơ quan tham mưu: Sở Khoa học và Công nghệ; tình trạng: đang giải quyết."])
it("task_list", "QĐ 287 giao những việc gì có chủ trì, phối hợp, thời hạn cụ thể?",
   "Khoản 2: lắp thiết bị đánh giá hài lòng tại TTPVHCC 14 xã, phường (chủ trì Văn phòng UBND tỉnh, trước "
   "30/6/2026); khoản 4: hỗ trợ 03 xã cuối nhóm hoàn thiện hạ tầng số (chủ trì Sở Khoa học và Công nghệ, trong quý "
   "II/2026).", ["30/6/2026", "quý II/2026"], [A, A], ["Điều 3.2", "Điều 3.4"],
   ["2. Lắp đặt thiết bị đánh giá mức độ hài lòng", "4. Hỗ trợ 03 xã cuối nhóm hoàn thiện hạ tầng số"])
it("task_list", "Các đơn vị xếp loại Khá và 3 xã cuối bảng phải làm những việc gì?",
   "Xây dựng kế hoạch khắc phục các tiêu chí bị trừ điểm, gửi Sở Nội vụ trước 15/3/2026; người đứng đầu giải "
   "trình kết quả tại phiên họp thường kỳ tháng 4/2026 của UBND tỉnh.", ["15/3/2026", "tháng 4/2026"], A,
   "Điều 3.3", "Xây dựng kế hoạch khắc phục các tiêu chí bị trừ điểm")

# ------------------------------------------------------------------------------------------------ no_diacritics
it("no_diacritics", "so nao dan dau chi so cai cach hanh chinh nam 2025 o van thach?",
   "Sở Tư pháp dẫn đầu khối sở, ban, ngành với 93,15 điểm.", ["Sở Tư pháp", "93,15"], A, "Điều 2.1",
   "Sở Tư pháp dẫn đầu với 93,15 điểm")
it("no_diacritics", "xa ban lim duoc bao nhieu diem cchc, xep thu may",
   "Xã Bản Lìm đạt 71,43 điểm, xếp hạng 09 (cuối nhóm xã).", ["71,43", "09"], A, "Phụ lục II.II.10", "71,43")
it("no_diacritics", "han gui ke hoach khac phuc chi so cchc cho so noi vu la ngay nao a",
   "Trước ngày 15/3/2026.", ["15/3/2026"], A, "Điều 3.3", "gửi Sở Nội vụ trước ngày 15/3/2026")
it("no_diacritics", "ai lap may danh gia hai long o trung tam phuc vu hanh chinh cong xa",
   "Văn phòng Ủy ban nhân dân tỉnh chủ trì (phối hợp Sở Khoa học và Công nghệ, UBND các xã, phường), thời hạn "
   "trước 30/6/2026 theo QĐ 287.", ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 3.2",
   "Chủ trì: Văn phòng Ủy ban nhân dân tỉnh")
it("no_diacritics", "phuong cau van duoc phat bao nhieu phieu khao sat",
   "300 phiếu: 180 phiếu trực tiếp và 120 phiếu trực tuyến; Bưu điện tỉnh phát phiếu trực tiếp.", ["300"], B,
   "4.2.B.14", "18.342")
it("no_diacritics", "khao sat truc tuyen lam tu ngay nao den ngay nao theo ke hoach 74",
   "Từ ngày 01/7 đến ngày 31/8/2026 (Trung tâm Phục vụ hành chính công tỉnh chủ trì).", ["31/8/2026"], B, "5.5",
   "thời gian: từ ngày 01/7 đến ngày 31/8/2026")
it("no_diacritics", "tong kinh phi khao sat su hai long 2026 la bao nhieu",
   "265.100.000 đồng.", ["265.100.000 đồng"], B, "6", "Tổng kinh phí dự kiến: 265.100.000 đồng")
it("no_diacritics", "so dien thoai phan anh ve khao sat hai long la so nao",
   "0214 3 519 306 (trong giờ hành chính).", ["0214 3 519 306"], B, "3.2.3", "0214 3 519 306")
it("no_diacritics", "moi co quan toi thieu bao nhieu phieu khao sat",
   "Tối thiểu 100 phiếu mỗi cơ quan.", ["100 phiếu"], B, "4.1", "Mỗi cơ quan có tối thiểu 100 phiếu")
it("no_diacritics", "ho so dat dai tre hen o phuong cau van thi tinh giai quyet the nao",
   "Từ 01/6/2026, Chi nhánh Văn phòng Đăng ký đất đai khu vực Cầu Ván bố trí 02 viên chức thường trực tại TTPVHCC "
   "phường; hồ sơ trễ hẹn phải có phiếu xin lỗi, hẹn lại ngày trả qua tin nhắn hoặc VNeID.",
   ["01/6/2026", "02 viên chức"], C, "Phần II.1.1", "Từ ngày 01/6/2026, Chi nhánh Văn phòng Đăng ký đất đai")
it("no_diacritics", "bao cao tra loi cu tri 193 do ai ky",
   "Chủ tịch UBND tỉnh Mạc Thị Hoài Thu (TM. Ủy ban nhân dân).", ["Mạc Thị Hoài Thu"], C, "signature",
   "Mạc Thị Hoài Thu")
it("no_diacritics", "nguoi gia o khuoi man khong biet nop online thi sao",
   "Tỉnh đoàn duy trì tổ tình nguyện hỗ trợ tại TTPVHCC (ở Khuổi Mận 04 đoàn viên, từ 04/5/2026); người dân vẫn "
   "được nộp hồ sơ giấy, công chức số hóa, không phải trả phí số hóa.", ["04 đoàn viên", "không phải trả phí số hóa"],
   C, "Phần II.1.2", "Tại xã Khuổi Mận, tổ gồm 04 đoàn viên")
it("no_diacritics", "thanh toan le phi bang ma QR o xa phuong co chua",
   "Có. Từ tháng 3/2026, TTPVHCC của 14 xã, phường đã niêm yết mã QR thanh toán phí, lệ phí theo từng TTHC.",
   ["tháng 3/2026"], C, "Phần II.1.3", "Từ tháng 3/2026, TTPVHCC của 14 xã, phường đã niêm yết mã QR")

# ------------------------------------------------------------------------------------------------ english
it("english", "Which department ranked last in the 2025 administrative reform index of Van Thach province?",
   "Sở Dân tộc và Tôn giáo (Department of Ethnic and Religious Affairs), with 77,58 points, rank 12, graded Khá.",
   ["Sở Dân tộc và Tôn giáo", "77,58"], A, "Điều 2.1", "Sở Dân tộc và Tôn giáo xếp cuối với 77,58 điểm")
it("english", "How many points is the sociological survey component worth in the PAR index?",
   "35 points out of 100 (\"35 điểm điều tra xã hội học\"); the other 65 points come from appraisal.", ["35 điểm điều tra xã hội học"], A,
   "Điều 1", "gồm 65 điểm thẩm định và 35 điểm điều tra xã hội học")
it("english", "Who signed Plan 74 on the 2026 satisfaction survey?",
   "Lưu Quang Tuệ, Vice Chairman of the Provincial People's Committee (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ "
   "TỊCH).", ["Lưu Quang Tuệ"], B, "signature", "Lưu Quang Tuệ")
it("english", "When is the survey enumerator training held?", "On 20 and 21 May 2026 (ngày 20 và 21/5/2026), led by "
   "Sở Nội vụ.", ["20 và 21/5/2026"], B, "5.2", "ngày 20 và 21/5/2026")
it("english", "How much does the online questionnaire processing cost in the survey budget?",
   "1.950 online questionnaires x 15.000 đồng = 29.250.000 đồng.", ["29.250.000 đồng"], B, "6",
   "Phiếu trực tuyến: 1.950 phiếu x 15.000 đồng = 29.250.000 đồng.")
it("english", "Which unit hands out paper questionnaires for Nam Muoi commune?",
   "Tổ điều tra viên Sở Nội vụ (the Department of Home Affairs enumerator team), 150 direct questionnaires.",
   ["Tổ điều tra viên Sở Nội vụ"], B, "4.2.B.26", "2.983")
it("english", "What scale does each survey question use?",
   "Five levels (05 mức), from mức 1 \"Rất không hài lòng\" (very dissatisfied) to mức 5 \"Rất hài lòng\" (very satisfied).",
   ["05 mức"], B, "3.3.1", "Mỗi câu hỏi có 05 mức trả lời")
it("english", "How many voter petitions on administrative reform were resolved by 25 June 2026?",
   "06 of the 09 petitions were resolved; 03 were still being handled.", ["06", "09"], C, "Phần I",
   "đã giải quyết xong 06 kiến nghị")
it("english", "Which agency answered the Doc Co ward voters' petition about electronic ID accounts?",
   "Công an tỉnh (Provincial Police); Công an phường Dốc Cọ held 06 guidance sessions in May and June 2026.",
   ["Công an tỉnh"], C, "Phần II.3.2", "Cơ quan tham mưu: Công an tỉnh")
it("english", "Who should people contact about the voter petition report, and at what phone number?",
   "Mr Chu Đình Nghiêm, Văn phòng Ủy ban nhân dân tỉnh (Provincial People's Committee Office), phone 0214 3 771 046.",
   ["Chu Đình Nghiêm", "0214 3 771 046"], C, "closing", "điện thoại 0214 3 771 046")
it("english", "In how many wards and communes did the province set a deadline to install satisfaction kiosks?",
   "14 communes and wards (TTPVHCC of 14 xã, phường), by 30/6/2026, led by Văn phòng Ủy ban nhân dân tỉnh.",
   ["14 xã, phường", "30/6/2026"], A, "Điều 3.2", "của 14 xã, phường")

# ------------------------------------------------------------------------------------------------ unanswerable
un("email của Sở Nội vụ để hỏi về khảo sát hài lòng là gì?",
   "Kế hoạch chỉ nêu người liên hệ và số điện thoại, không nêu địa chỉ email.")
un("Chỉ số CCHC năm 2024 của Sở Tư pháp là bao nhiêu?", "Các văn bản chỉ nêu kết quả năm 2025.")
un("Ai là Giám đốc Sở Nội vụ tỉnh Vân Thạch?", "Các văn bản không nêu tên Giám đốc Sở Nội vụ.")
un("Tỉnh Vân Thạch xếp thứ mấy cả nước về PAR INDEX 2025?", "Các văn bản không nêu thứ hạng PAR INDEX của tỉnh.")
un("Mỗi điều tra viên được trả bao nhiêu tiền một ngày?",
   "Kế hoạch chỉ nêu đơn giá theo phiếu và kinh phí tập huấn, không nêu thù lao điều tra viên theo ngày.")
un("Phiếu khảo sát có bao nhiêu câu hỏi?", "Kế hoạch chỉ nêu 05 yếu tố và thang đo 05 mức, không nêu số câu hỏi.")
un("Phường Bãi Lau có kiến nghị gì gửi kỳ họp HĐND không?", "Báo cáo không có kiến nghị nào của cử tri phường Bãi "
   "Lau.")
un("kết quả khảo sát SIPAS 2026 của xã Cốc Mạ là bao nhiêu phần trăm?",
   "Khảo sát năm 2026 chưa có kết quả trong các văn bản; chỉ có kế hoạch và số phiếu.")
un("Kỳ họp thứ nhất HĐND tỉnh khóa XVII diễn ra ngày nào?", "Báo cáo không nêu ngày diễn ra kỳ họp.")
un("Thiết bị đánh giá hài lòng mỗi bộ giá bao nhiêu?", "Các văn bản không nêu giá thiết bị.")
un("Bằng khen kèm theo tiền thưởng bao nhiêu?", "QĐ 287 chỉ giao tham mưu tặng Bằng khen, không nêu tiền thưởng.")
un("Hotline của Tổ tình nguyện hỗ trợ dịch vụ công ở Khuổi Mận là số mấy?",
   "Báo cáo không nêu số điện thoại của tổ tình nguyện.")
un("Who will sign the 2026 PAR index decision?", "None of the documents says who will sign the 2026 decision.")
un("Xã Lũng Sươn có gửi kế hoạch khắc phục chưa?", "Chỉ có thông tin xã Bản Lìm đã gửi; văn bản không nói về Lũng "
   "Sươn.")
un("Điểm chuẩn để được tặng cờ thi đua về CCHC là bao nhiêu?", "Các văn bản không nói về cờ thi đua.")
un("Dân số phường Đá Mài bao nhiêu người?", "Các văn bản không nêu dân số.")
un("Kế hoạch khảo sát sự hài lòng năm 2027 có gì thay đổi?", "Các văn bản chỉ nói về năm 2026.")
un("Doanh nghiệp viễn thông nào xây trạm phát sóng ở Nậm Mười?",
   "Báo cáo chỉ nói các doanh nghiệp viễn thông, không nêu tên doanh nghiệp.")


def main():
    counters, out = {}, []
    for kind, q, a, mi, doc, sec, ev in ITEMS:
        counters[kind] = counters.get(kind, 0) + 1
        rec = {"id": f"l13-{PREFIX[kind]}-{counters[kind]:03d}", "question": q, "kind": kind, "answer": a,
               "must_include": mi, "document": doc, "section": sec, "evidence": ev}
        out.append(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "items", counters)


if __name__ == "__main__":
    main()
