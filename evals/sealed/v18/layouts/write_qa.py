# -*- coding: utf-8 -*-
"""Write qa.jsonl of sealed split v18 (three fictional documents of tỉnh Ngọc Đàm). SEALED: do not show to people
who work on the assistant's reader.

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-chu-tich-ubnd-ngoc-dam-qd-1207-uy-quyen-giai-quyet-tthc.docx"
B = "2026-van-phong-ubnd-ngoc-dam-lich-cong-tac-tuan-41.pdf"
C = "2026-xa-nam-khieu-don-va-bao-cao-mo-ta-sang-kien-dvc-luu-dong.txt"
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
q("lead", "Theo QĐ 1207, cơ quan nào chủ trì theo dõi, đôn đốc việc thực hiện các nội dung ủy quyền?",
  "Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện các nội dung ủy quyền và báo "
  "cáo Chủ tịch UBND tỉnh hằng quý (Điều 3 khoản 1 Quyết định 1207/QĐ-UBND).",
  ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 3.1",
  "Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện các nội dung ủy quyền")
q("lead", "ai lo điều chỉnh cấu hình, phân quyền trên hệ thống giải quyết TTHC tỉnh khi ủy quyền ạ?",
  "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh điều chỉnh cấu hình, phân quyền, hoàn thành "
  "trước ngày 30/9/2026 (Điều 3 khoản 2).", ["Sở Khoa học và Công nghệ"], A, "Điều 3.2",
  "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh điều chỉnh cấu hình, phân quyền")
q("lead", "Đơn vị nào công khai danh mục thủ tục hành chính được ủy quyền?",
  "Trung tâm Phục vụ hành chính công tỉnh công khai Danh mục tại trụ sở và trên Cổng Dịch vụ công tỉnh, đồng thời "
  "hướng dẫn tổ chức, cá nhân qua đường dây nóng (Điều 3 khoản 3 QĐ 1207).",
  ["Trung tâm Phục vụ hành chính công tỉnh"], A, "Điều 3.3",
  "Trung tâm Phục vụ hành chính công tỉnh công khai Danh mục thủ tục hành chính được ủy quyền")
q("lead", "Ai kiểm tra tính hợp pháp của việc thực hiện ủy quyền giải quyết TTHC?",
  "Sở Tư pháp theo dõi, kiểm tra tính hợp pháp của việc thực hiện ủy quyền (Điều 3 khoản 4 QĐ 1207).",
  ["Sở Tư pháp"], A, "Điều 3.4", "Sở Tư pháp theo dõi, kiểm tra tính hợp pháp của việc thực hiện ủy quyền")
q("lead", "Từ 1/10/2026 thủ tục cấp giấy phép xả nước thải vào nguồn nước do ai giải quyết?",
  "Giám đốc Sở Nông nghiệp và Môi trường, theo ủy quyền của Chủ tịch UBND tỉnh (Phụ lục QĐ 1207, mục C, STT 12; "
  "thời hạn 25 ngày, dịch vụ công trực tuyến một phần).",
  ["Giám đốc Sở Nông nghiệp và Môi trường"], A, "Phụ lục.C.12", "Cấp giấy phép xả nước thải vào nguồn nước")
q("lead", "giấy phép thiết lập trang thông tin điện tử tổng hợp giờ ai cấp vậy?",
  "Giám đốc Sở Văn hóa, Thể thao và Du lịch được ủy quyền giải quyết thủ tục này (Phụ lục QĐ 1207, mục D, STT 16).",
  ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"], A, "Phụ lục.D.16",
  "Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp")
q("lead", "Thủ tục phê duyệt phương án khai thác tận dụng gỗ rừng trồng của hộ gia đình được ủy quyền cho ai?",
  "Cho Chủ tịch Ủy ban nhân dân các xã, phường (Phụ lục QĐ 1207, mục Đ, STT 20).",
  ["Chủ tịch Ủy ban nhân dân các xã, phường"], A, "Phụ lục.Đ.20",
  "Phê duyệt phương án khai thác tận dụng gỗ rừng trồng của hộ gia đình, cá nhân")
q("lead", "Ai chủ trì phiên họp thứ ba năm 2026 của Ban Chỉ đạo tỉnh về KHCN, đổi mới sáng tạo, CĐS và Đề án 06?",
  "CT Đinh Công Hoạch, Trưởng Ban Chỉ đạo (lịch công tác tuần 41, STT 4).", ["Đinh Công Hoạch"], B, "I.4",
  "CT Đinh Công Hoạch (Trưởng Ban Chỉ đạo)")
q("lead", "Hội nghị tập huấn triển khai QĐ 1207 về ủy quyền do lãnh đạo nào chủ trì?",
  "PCT TT Văn Thị Mẫn chủ trì, lúc 08:00 thứ Tư 07/10/2026 tại Hội trường Trung tâm Hội nghị tỉnh (STT 7).",
  ["Văn Thị Mẫn"], B, "I.7",
  "Hội nghị tập huấn triển khai Quyết định số 1207/QĐ-UBND về ủy quyền giải quyết thủ tục hành chính")
q("lead", "Tuần 41 lãnh đạo tỉnh nào xuống làm việc với xã Nậm Khiếu?",
  "PCT Trịnh Hữu Lạc, 14:00 thứ Năm 08/10/2026 tại Hội trường UBND xã Nậm Khiếu (STT 12).", ["Trịnh Hữu Lạc"], B,
  "I.12", "Làm việc với UBND xã Nậm Khiếu về mô hình \"Tổ dịch vụ công lưu động theo phiên chợ\"")
q("lead", "Thứ Bảy 10/10 ai trực lãnh đạo UBND tỉnh?",
  "PCT Kha Minh Nghị trực lãnh đạo UBND tỉnh; lãnh đạo Văn phòng trực là Phó Chánh Văn phòng Lò Thị Dung (STT 18).",
  ["Kha Minh Nghị", "Lò Thị Dung"], B, "I.18", "Lãnh đạo Văn phòng trực: Phó Chánh Văn phòng Lò Thị Dung")
q("lead", "Đơn vị nào chuẩn bị tài liệu cho phiên họp Ban Chỉ đạo ngày 06/10?",
  "Sở Khoa học và Công nghệ (cơ quan thường trực của Ban Chỉ đạo) chuẩn bị tài liệu (STT 4).",
  ["Sở Khoa học và Công nghệ"], B, "I.4",
  "Sở Khoa học và Công nghệ (cơ quan thường trực) chuẩn bị tài liệu")
q("lead", "Ai chủ trì tổ chức Lễ hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2026?",
  "Sở Khoa học và Công nghệ chủ trì tổ chức; CT Đinh Công Hoạch và PCT Trịnh Hữu Lạc dự (STT 17).",
  ["Sở Khoa học và Công nghệ chủ trì tổ chức"], B, "I.17",
  "Sở Khoa học và Công nghệ chủ trì tổ chức; mời Thường trực Tỉnh ủy, Thường trực HĐND tỉnh")
q("lead", "Hội nghị đối thoại với doanh nghiệp về TTHC đầu tư, đất đai ai chủ trì?",
  "CT Đinh Công Hoạch, 08:00 thứ Sáu 09/10/2026 tại Trung tâm Hội nghị tỉnh (STT 14).", ["Đinh Công Hoạch"], B,
  "I.14", "Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính trong lĩnh vực đầu tư, đất đai")
q("lead", "Buổi làm việc với Bưu điện tỉnh về dịch vụ bưu chính công ích do ai chủ trì?",
  "PCT Trịnh Hữu Lạc, 15:30 thứ Tư 07/10/2026 tại Phòng họp số 3, tầng 3 (STT 10).", ["Trịnh Hữu Lạc"], B, "I.10",
  "Làm việc với Bưu điện tỉnh về tiếp nhận hồ sơ, trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích")
q("lead", "Lãnh đạo nào nghe báo cáo kết quả số hóa hồ sơ TTHC 9 tháng năm 2026, đơn vị nào chuẩn bị?",
  "PCT TT Văn Thị Mẫn nghe báo cáo; Trung tâm Phục vụ hành chính công tỉnh chuẩn bị (14:00 thứ Sáu 09/10, STT 16).",
  ["Văn Thị Mẫn", "Trung tâm Phục vụ hành chính công tỉnh"], B, "I.16",
  "Nghe báo cáo kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính 9 tháng năm 2026")
q("lead", "Ai là tổ trưởng Tổ dịch vụ công lưu động ở xã Nậm Khiếu?",
  "Bà Sầm Thị Ngát (Báo cáo mô tả sáng kiến, Phần II mục 2.1).", ["Sầm Thị Ngát"], C, "Phần II.2.1",
  "Tổ trưởng là bà Sầm Thị Ngát")
q("lead", "Kết quả TTHC được chuyển phát đến tận thôn là do đơn vị nào làm?",
  "Bưu điện văn hóa xã Nậm Khiếu nhận chuyển phát kết quả đến tận thôn (Phần II mục 2.4).",
  ["Bưu điện văn hóa xã Nậm Khiếu"], C, "Phần II.2.4",
  "Bưu điện văn hóa xã Nậm Khiếu nhận chuyển phát kết quả đến tận thôn")
q("lead", "Ai ký xác nhận báo cáo mô tả sáng kiến với tư cách thủ trưởng đơn vị?",
  "Chủ tịch UBND xã Thào Văn Mỷ (đã ký, đóng dấu).", ["Thào Văn Mỷ"], C, "signature", "Thào Văn Mỷ")
q("lead", "Chủ đầu tư tạo ra sáng kiến tổ dịch vụ công lưu động là ai?",
  "Ủy ban nhân dân xã Nậm Khiếu, đơn vị bố trí kinh phí mua sắm thiết bị và phương tiện cho Tổ.",
  ["Ủy ban nhân dân xã Nậm Khiếu"], C, "Đơn", "Chủ đầu tư tạo ra sáng kiến: Ủy ban nhân dân xã Nậm Khiếu")
q("lead", "Theo QĐ 1207, báo cáo quý và báo cáo tổng kết việc ủy quyền gửi về đâu?",
  "Báo cáo về Ủy ban nhân dân tỉnh, qua Văn phòng Ủy ban nhân dân tỉnh (Điều 2 khoản 4).",
  ["qua Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 2.4",
  "báo cáo kết quả thực hiện nhiệm vụ được ủy quyền về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh)")
q("lead", "Theo lịch tuần 41, ai chuẩn bị nội dung hội nghị tập huấn về ủy quyền giải quyết TTHC?",
  "Văn phòng UBND tỉnh chuẩn bị nội dung; Sở Khoa học và Công nghệ bảo đảm đường truyền (STT 7).",
  ["Văn phòng UBND tỉnh chuẩn bị nội dung"], B, "I.7", "Văn phòng UBND tỉnh chuẩn bị nội dung")

# ------------------------------------------------------------------------------------------------ coordinators
q("coordinators", "Trong QĐ 1207, Sở KHCN phối hợp với cơ quan nào để điều chỉnh cấu hình hệ thống?",
  "Phối hợp với Văn phòng Ủy ban nhân dân tỉnh (Điều 3 khoản 2).", ["Văn phòng Ủy ban nhân dân tỉnh"], A,
  "Điều 3.2", "phối hợp với Văn phòng Ủy ban nhân dân tỉnh điều chỉnh cấu hình")
q("coordinators", "Cuộc họp nghe báo cáo hồ sơ TTHC quá hạn quý III sáng thứ Hai mời những ai?",
  "Mời Giám đốc Trung tâm Phục vụ hành chính công tỉnh, lãnh đạo Sở Nội vụ, Sở Tư pháp; Văn phòng UBND tỉnh chuẩn "
  "bị báo cáo (STT 2).", ["Trung tâm Phục vụ hành chính công tỉnh", "Sở Nội vụ", "Sở Tư pháp"], B, "I.2",
  "Văn phòng UBND tỉnh chuẩn bị báo cáo; mời Giám đốc Trung tâm Phục vụ hành chính công tỉnh")
q("coordinators", "Đi cùng PCT Trịnh Hữu Lạc xuống xã Nậm Khiếu có những cơ quan nào?",
  "Sở Khoa học và Công nghệ và Trung tâm Phục vụ hành chính công tỉnh cùng đi; UBND xã Nậm Khiếu chuẩn bị báo cáo "
  "(STT 12).", ["Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công tỉnh"], B, "I.12",
  "UBND xã Nậm Khiếu chuẩn bị báo cáo; mời Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công tỉnh cùng đi")
q("coordinators", "Hội nghị tập huấn QĐ 1207 ngày 07/10, ai bảo đảm đường truyền tới các xã, phường?",
  "Sở Khoa học và Công nghệ bảo đảm đường truyền (STT 7).", ["Sở Khoa học và Công nghệ"], B, "I.7",
  "Sở Khoa học và Công nghệ bảo đảm đường truyền")
q("coordinators", "Họp Hội đồng thẩm định Đề án IOC mời thêm đơn vị nào?",
  "Mời Sở Tài chính và Công an tỉnh; Sở Khoa học và Công nghệ chuẩn bị (STT 6).", ["Sở Tài chính", "Công an tỉnh"],
  B, "I.6", "Sở Khoa học và Công nghệ chuẩn bị; mời Sở Tài chính, Công an tỉnh")
q("coordinators", "Buổi tiếp công dân định kỳ tháng 10 mời những cơ quan nào cùng dự?",
  "Mời Thanh tra tỉnh và Sở Nông nghiệp và Môi trường; Ban Tiếp công dân tỉnh chuẩn bị (STT 5).",
  ["Thanh tra tỉnh", "Sở Nông nghiệp và Môi trường"], B, "I.5",
  "Ban Tiếp công dân tỉnh chuẩn bị; mời Thanh tra tỉnh, Sở Nông nghiệp và Môi trường")
q("coordinators", "Tổ dịch vụ công lưu động phối hợp với những ai?",
  "Đoàn Thanh niên xã (bố trí đoàn viên hỗ trợ theo phân công hằng tháng) và Bưu điện văn hóa xã Nậm Khiếu (chuyển "
  "phát kết quả đến tận thôn) (Phần II mục 2.4).", ["Đoàn Thanh niên xã", "Bưu điện văn hóa xã Nậm Khiếu"], C,
  "Phần II.2.4", "Phối hợp: Đoàn Thanh niên xã bố trí đoàn viên hỗ trợ theo phân công hằng tháng")
q("coordinators", "Ai chuẩn bị cho hội nghị đối thoại doanh nghiệp ngày 09/10?",
  "Sở Tài chính và Hiệp hội Doanh nghiệp tỉnh chuẩn bị; hội nghị phát trực tiếp trên Cổng thông tin điện tử tỉnh "
  "(STT 14).", ["Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh"], B, "I.14",
  "Sở Tài chính, Hiệp hội Doanh nghiệp tỉnh chuẩn bị")

# ------------------------------------------------------------------------------------------------ timing
q("timing", "Thời hạn ủy quyền theo QĐ 1207 là từ ngày nào đến ngày nào?",
  "Từ ngày 01 tháng 10 năm 2026 đến hết ngày 31 tháng 12 năm 2027 (Điều 1 khoản 2).",
  ["01 tháng 10 năm 2026", "31 tháng 12 năm 2027"], A, "Điều 1.2",
  "Thời hạn ủy quyền: từ ngày 01 tháng 10 năm 2026 đến hết ngày 31 tháng 12 năm 2027.")
q("timing", "QĐ 1207 có hiệu lực từ khi nào?",
  "Có hiệu lực kể từ ngày 01 tháng 10 năm 2026 (Điều 4), không phải từ ngày ký 21/9/2026.",
  ["01 tháng 10 năm 2026"], A, "Điều 4", "Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2026")
q("timing", "Các sở được ủy quyền phải ban hành quy trình nội bộ trong bao lâu?",
  "Trong thời hạn 05 ngày làm việc kể từ ngày Quyết định có hiệu lực, rồi gửi Văn phòng UBND tỉnh để cấu hình quy "
  "trình điện tử (Điều 2 khoản 2).", ["05 ngày làm việc"], A, "Điều 2.2",
  "Trong thời hạn 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực")
q("timing", "Hạn chót Sở KHCN điều chỉnh cấu hình, phân quyền hệ thống là ngày nào?",
  "Hoàn thành trước ngày 30 tháng 9 năm 2026 (Điều 3 khoản 2 QĐ 1207).", ["30 tháng 9 năm 2026"], A, "Điều 3.2",
  "hoàn thành trước ngày 30 tháng 9 năm 2026")
q("timing", "Báo cáo tổng kết việc thực hiện ủy quyền phải gửi trước ngày nào?",
  "Trước ngày 15 tháng 11 năm 2027 (Điều 2 khoản 4).", ["15 tháng 11 năm 2027"], A, "Điều 2.4",
  "gửi báo cáo tổng kết việc thực hiện ủy quyền trước ngày 15 tháng 11 năm 2027")
q("timing", "Cấp giấy phép khai thác nước dưới đất dưới 3.000 m³/ngày đêm giải quyết trong bao nhiêu ngày?",
  "25 ngày (ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ); do Giám đốc Sở Nông nghiệp và Môi trường giải quyết "
  "theo ủy quyền (Phụ lục, STT 10).", ["25 ngày"], A, "Phụ lục.C.10",
  "Cấp giấy phép khai thác nước dưới đất đối với công trình có lưu lượng dưới 3.000 m³/ngày đêm")
q("timing", "Thời hạn giải quyết thủ tục cho phép hội đặt văn phòng đại diện?",
  "15 ngày làm việc, dịch vụ công trực tuyến toàn trình, Giám đốc Sở Nội vụ giải quyết (Phụ lục, STT 7).",
  ["15 ngày"], A, "Phụ lục.B.7", "Cho phép hội đặt văn phòng đại diện")
q("timing", "Phiên họp Ban Chỉ đạo CĐS và Đề án 06 diễn ra lúc nào?",
  "08:00 thứ Ba, ngày 06/10/2026, tại Hội trường tầng 1, trụ sở UBND tỉnh (STT 4).",
  ["08:00", "06/10/2026"], B, "I.4",
  "Phiên họp thứ ba năm 2026 của Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số "
  "và Đề án 06")
q("timing", "Tài liệu phiên họp Ban Chỉ đạo phải gửi trước mấy giờ, ngày nào?",
  "Trước 16:00 ngày 05/10/2026 (Ghi chú 1); các cuộc họp khác gửi chậm nhất 01 ngày làm việc trước cuộc họp.",
  ["16:00 ngày 05/10/2026"], B, "II.1",
  "riêng tài liệu phiên họp Ban Chỉ đạo ngày 06/10/2026 gửi trước 16:00 ngày 05/10/2026")
q("timing", "Xe đưa đoàn đi xã Nậm Khiếu xuất phát lúc mấy giờ, ở đâu?",
  "11:30 ngày 08/10/2026 tại sân trụ sở UBND tỉnh (Ghi chú 3).", ["11:30"], B, "II.3",
  "Xe phục vụ đoàn công tác đi xã Nậm Khiếu xuất phát lúc 11:30 ngày 08/10/2026 tại sân trụ sở UBND tỉnh.")
q("timing", "Hội nghị tập huấn triển khai quyết định ủy quyền tổ chức hôm nào, mấy giờ?",
  "08:00 thứ Tư, ngày 07/10/2026 (STT 7), trực tiếp kết hợp trực tuyến đến điểm cầu các xã, phường.",
  ["08:00", "07/10/2026"], B, "I.7",
  "(trực tiếp kết hợp trực tuyến đến điểm cầu các xã, phường)")
q("timing", "Chủ tịch tỉnh tiếp công dân định kỳ tháng 10/2026 vào lúc nào?",
  "14:00 thứ Ba, ngày 06/10/2026, tại Trụ sở Tiếp công dân tỉnh (STT 5).", ["14:00", "06/10/2026"], B, "I.5",
  "Tiếp công dân định kỳ tháng 10/2026")
q("timing", "Lịch công tác tuần 41 áp dụng từ ngày nào đến ngày nào?",
  "Từ ngày 05/10/2026 đến ngày 11/10/2026.", ["05/10/2026", "11/10/2026"], B, "header",
  "(Tuần 41, từ ngày 05/10/2026 đến ngày 11/10/2026)")
q("timing", "Sáng kiến tổ DVC lưu động được áp dụng lần đầu ngày nào?",
  "Ngày 05/4/2026 (Chủ nhật), tại phiên chợ trung tâm xã Nậm Khiếu.", ["05/4/2026"], C, "Đơn",
  "Ngày sáng kiến được áp dụng lần đầu: ngày 05/4/2026 (Chủ nhật)")
q("timing", "Tổ hỗ trợ ở chợ trung tâm xã từ mấy giờ đến mấy giờ?",
  "Phiên chợ Chủ nhật tại chợ trung tâm xã, từ 06 giờ 30 đến 11 giờ 00 (Phần II mục 2.2).",
  ["06 giờ 30 đến 11 giờ 00"], C, "Phần II.2.2",
  "phiên chợ Chủ nhật tại chợ trung tâm xã, từ 06 giờ 30 đến 11 giờ 00")
q("timing", "Đơn yêu cầu công nhận sáng kiến được lập ngày nào?",
  "Ngày 20 tháng 11 năm 2026, tại Nậm Khiếu.", ["20 tháng 11 năm 2026"], C, "Đơn",
  "Nậm Khiếu, ngày 20 tháng 11 năm 2026")
q("timing", "Xã Nậm Khiếu thành lập ngày nào?",
  "Ngày 01/7/2025, trên cơ sở sắp xếp 03 xã cũ (Báo cáo mô tả, Phần I mục 1).", ["01/7/2025"], C, "Phần I.1",
  "Xã Nậm Khiếu được thành lập ngày 01/7/2025 trên cơ sở sắp xếp 03 xã cũ")
q("timing", "Kinh phí 12 triệu đồng/năm cho Tổ được đề nghị bố trí từ năm nào?",
  "Từ năm 2027 (Phần III, Kiến nghị).", ["năm 2027"], C, "Phần III.2",
  "Đề nghị Ủy ban nhân dân xã bố trí 12.000.000 đồng/năm cho chi phí xăng xe, cước 4G của Tổ từ năm 2027.")

# ------------------------------------------------------------------------------------------------ frequency
q("frequency", "Cơ quan được ủy quyền báo cáo kết quả bao lâu một lần?",
  "Định kỳ hằng quý, trước ngày 18 của tháng cuối quý (Điều 2 khoản 4 QĐ 1207).",
  ["hằng quý", "trước ngày 18 của tháng cuối quý"], A, "Điều 2.4",
  "Định kỳ hằng quý, trước ngày 18 của tháng cuối quý")
q("frequency", "VP UBND tỉnh tổng hợp, báo cáo Chủ tịch về việc ủy quyền theo chu kỳ nào?",
  "Hằng quý (Điều 3 khoản 1).", ["hằng quý"], A, "Điều 3.1",
  "tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh hằng quý")
q("frequency", "Lịch hỗ trợ của tổ được thông báo trên loa truyền thanh khi nào?",
  "Vào tối thứ Bảy và tối thứ Tư hằng tuần, trên loa truyền thanh các thôn (Phần II mục 2.2).",
  ["tối thứ Bảy và tối thứ Tư hằng tuần"], C, "Phần II.2.2",
  "Lịch được thông báo trên loa truyền thanh các thôn vào tối thứ Bảy và tối thứ Tư hằng tuần.")
q("frequency", "Đoàn Thanh niên xã cử người hỗ trợ tổ theo chu kỳ nào?",
  "Theo phân công hằng tháng (Phần II mục 2.4).", ["hằng tháng"], C, "Phần II.2.4",
  "Đoàn Thanh niên xã bố trí đoàn viên hỗ trợ theo phân công hằng tháng")
q("frequency", "Mỗi tuần tổ dịch vụ công lưu động ra chợ mấy phiên?",
  "Hai phiên mỗi tuần: phiên chợ Chủ nhật tại chợ trung tâm xã và phiên chợ thứ Năm tại chợ Bản Xèo.",
  ["Chủ nhật", "thứ Năm"], C, "Phần II.2.2", "phiên chợ thứ Năm tại chợ Bản Xèo, từ 07 giờ 00 đến 10 giờ 30")
q("frequency", "Chủ tịch UBND tỉnh tiếp công dân theo định kỳ nào?",
  "Định kỳ hằng tháng; trong tuần 41 là buổi tiếp công dân định kỳ tháng 10/2026, 14:00 thứ Ba 06/10 (STT 5).",
  ["định kỳ tháng 10/2026"], B, "I.5", "Tiếp công dân định kỳ tháng 10/2026")

# ------------------------------------------------------------------------------------------------ fact
q("fact", "Quyết định ủy quyền giải quyết TTHC của Chủ tịch UBND tỉnh Ngọc Đàm số mấy, ngày nào?",
  "Quyết định số 1207/QĐ-UBND, ngày 21 tháng 9 năm 2026.", ["1207/QĐ-UBND", "21 tháng 9 năm 2026"], A, "header",
  "Số: 1207/QĐ-UBND")
q("fact", "Ai ký QĐ 1207?", "Chủ tịch UBND tỉnh Đinh Công Hoạch ký trực tiếp (không phải ký thay).",
  ["Đinh Công Hoạch"], A, "signature", "Đinh Công Hoạch")
q("fact", "QĐ 1207 ủy quyền tổng cộng bao nhiêu thủ tục hành chính?",
  "22 thủ tục hành chính thuộc thẩm quyền của Chủ tịch UBND tỉnh (Điều 1 khoản 1).", ["22 thủ tục hành chính"], A,
  "Điều 1.1", "thực hiện thẩm quyền giải quyết 22 thủ tục hành chính")
q("fact", "Giám đốc Sở Nội vụ được ủy quyền mấy thủ tục?", "05 thủ tục hành chính (Điều 1 khoản 1 điểm b).",
  ["05 thủ tục hành chính"], A, "Điều 1.1.b", "Giám đốc Sở Nội vụ: 05 thủ tục hành chính;")
q("fact", "Chủ tịch UBND xã, phường được ủy quyền bao nhiêu thủ tục, áp dụng với hồ sơ nào?",
  "04 thủ tục hành chính, đối với hồ sơ phát sinh trên địa bàn xã, phường (Điều 1 khoản 1 điểm đ).",
  ["04 thủ tục hành chính", "hồ sơ phát sinh trên địa bàn"], A, "Điều 1.1.đ",
  "Chủ tịch Ủy ban nhân dân các xã, phường: 04 thủ tục hành chính, đối với hồ sơ phát sinh trên địa bàn xã, phường.")
q("fact", "Sở được ủy quyền có được ủy quyền lại cho phòng chuyên môn không?",
  "Không. Cơ quan, người được ủy quyền không được ủy quyền tiếp cho cơ quan, tổ chức, cá nhân khác (Điều 1 khoản 3).",
  ["không được ủy quyền tiếp"], A, "Điều 1.3", "không được ủy quyền tiếp cho cơ quan, tổ chức, cá nhân khác")
q("fact", "Khi giải quyết TTHC được ủy quyền thì đóng dấu của ai?",
  "Nhân danh và sử dụng con dấu của cơ quan mình (cơ quan được ủy quyền) (Điều 2 khoản 1).",
  ["con dấu của cơ quan mình"], A, "Điều 2.1", "nhân danh và sử dụng con dấu của cơ quan mình")
q("fact", "QĐ 1207 thay thế quyết định nào?",
  "Thay thế Quyết định số 731/QĐ-UBND ngày 28 tháng 8 năm 2025 của Chủ tịch UBND tỉnh về việc ủy quyền giải quyết "
  "một số thủ tục hành chính (Điều 4).", ["731/QĐ-UBND"], A, "Điều 4",
  "thay thế Quyết định số 731/QĐ-UBND ngày 28 tháng 8 năm 2025")
q("fact", "QĐ ủy quyền được ban hành theo đề nghị tại tờ trình nào?",
  "Tờ trình số 562/TTr-VPUBND ngày 08/9/2026 của Chánh Văn phòng UBND tỉnh, kèm ý kiến thẩm định của Sở Tư pháp tại "
  "Văn bản số 1984/STP-XDKTVB ngày 04/9/2026.", ["562/TTr-VPUBND", "1984/STP-XDKTVB"], A, "preamble",
  "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 562/TTr-VPUBND ngày 08 tháng 9 năm 2026")
q("fact", "Địa chỉ Cổng Dịch vụ công tỉnh Ngọc Đàm là gì?", "https://dichvucong.ngocdam.gov.vn (Điều 3 khoản 3 QĐ 1207).",
  ["https://dichvucong.ngocdam.gov.vn"], A, "Điều 3.3", "https://dichvucong.ngocdam.gov.vn")
q("fact", "Số đường dây nóng hướng dẫn thủ tục được ủy quyền là số nào?",
  "0214 6 862 475, đường dây nóng của Trung tâm Phục vụ hành chính công tỉnh (Điều 3 khoản 3).", ["0214 6 862 475"],
  A, "Điều 3.3", "hướng dẫn tổ chức, cá nhân qua đường dây nóng 0214 6 862 475")
q("fact", "Thủ tục phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cấp độ 3 làm trực tuyến toàn trình được không?",
  "Được: thủ tục này ở mức Toàn trình, thời hạn 15 ngày, Giám đốc Sở Khoa học và Công nghệ giải quyết theo ủy quyền "
  "(Phụ lục, STT 2).", ["Toàn trình", "15 ngày"], A, "Phụ lục.A.2",
  "Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cấp độ 3")
q("fact", "Cấp giấy phép xây dựng công trình cấp III trên địa bàn xã theo QĐ 1207: ai giải quyết, mấy ngày, mức độ DVCTT?",
  "Chủ tịch Ủy ban nhân dân các xã, phường giải quyết; thời hạn 20 ngày; dịch vụ công trực tuyến một phần (Phụ lục, STT 19).",
  ["Chủ tịch Ủy ban nhân dân các xã, phường", "20 ngày", "Một phần"], A, "Phụ lục.Đ.19",
  "Cấp giấy phép xây dựng công trình cấp III trên địa bàn xã, phường")
q("fact", "Kết quả giải quyết TTHC được ủy quyền bản điện tử có giá trị không?",
  "Có. Kết quả giải quyết được cấp bản điện tử có giá trị pháp lý như bản giấy (Điều 2 khoản 3).",
  ["giá trị pháp lý như bản giấy"], A, "Điều 2.3",
  "kết quả giải quyết được cấp bản điện tử có giá trị pháp lý như bản giấy")
q("fact", "Thời hạn giải quyết trong danh mục kèm QĐ 1207 tính theo ngày gì?",
  "Tính theo ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ (ghi chú dưới Phụ lục).", ["ngày làm việc"], A,
  "Phụ lục", "Thời hạn giải quyết tính theo ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ")
q("fact", "QĐ 1207 căn cứ nghị định nào về cơ chế một cửa?",
  "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một "
  "cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia.", ["118/2025/NĐ-CP"], A, "preamble",
  "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025")
q("fact", "Thủ tục cấp phép tạm sử dụng lòng đường, hè phố trên đường tỉnh qua địa bàn xã giải quyết mấy ngày?",
  "05 ngày, dịch vụ công trực tuyến toàn trình, Chủ tịch UBND xã, phường giải quyết theo ủy quyền (Phụ lục, STT 21).",
  ["05 ngày", "Toàn trình"], A, "Phụ lục.Đ.21",
  "Cấp phép tạm sử dụng một phần lòng đường, hè phố không vào mục đích giao thông trên đường tỉnh qua địa bàn")
q("fact", "Lịch công tác tuần 41 của UBND tỉnh số mấy, ban hành ngày nào?",
  "Số 41/LCT-VPUBND của Văn phòng UBND tỉnh, ngày 02 tháng 10 năm 2026.",
  ["41/LCT-VPUBND", "02 tháng 10 năm 2026"], B, "header", "Số: 41/LCT-VPUBND")
q("fact", "Ai ký lịch công tác tuần của Chủ tịch, các PCT UBND tỉnh?", "Chánh Văn phòng Quan Đức Lưu.",
  ["Quan Đức Lưu"], B, "signature", "Quan Đức Lưu")
q("fact", "Các phòng họp số 1, 2, 3 trong lịch tuần nằm ở đâu?",
  "Ở tầng 3 trụ sở UBND tỉnh, số 12 đường Hạc Sơn, phường Ngọc Đàm (Ghi chú 2).",
  ["số 12 đường Hạc Sơn, phường Ngọc Đàm"], B, "II.2",
  "Các phòng họp số 1, 2, 3 ở tầng 3 trụ sở UBND tỉnh, số 12 đường Hạc Sơn, phường Ngọc Đàm.")
q("fact", "Lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 tổ chức ở đâu, mấy giờ?",
  "07:30 thứ Bảy 10/10/2026 tại Quảng trường Sen Hồ, phường Sen Hồ (STT 17).",
  ["Quảng trường Sen Hồ", "07:30"], B, "I.17", "Quảng trường Sen Hồ, phường Sen Hồ")
q("fact", "Ứng dụng ra mắt nhân Ngày CĐS quốc gia tên là gì?", "Ứng dụng \"Ngọc Đàm số\" (STT 17).",
  ["Ngọc Đàm số"], B, "I.17",
  "Lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 và ra mắt ứng dụng \"Ngọc Đàm số\"")
q("fact", "Muốn xem lịch công tác điều chỉnh thì xem ở đâu?",
  "Trên Cổng thông tin điện tử tỉnh tại https://ngocdam.gov.vn/lich-cong-tac và qua nhóm Zalo \"Lịch công tác UBND "
  "tỉnh\" (Ghi chú 4).", ["https://ngocdam.gov.vn/lich-cong-tac"], B, "II.4",
  "https://ngocdam.gov.vn/lich-cong-tac")
q("fact", "Số điện thoại Phòng Kiểm soát thủ tục hành chính trong lịch tuần là số mấy?",
  "0214 6 852 136 (Ghi chú 5).", ["0214 6 852 136"], B, "II.5",
  "Phòng Kiểm soát thủ tục hành chính, điện thoại 0214 6 852 136")
q("fact", "Đầu mối liên hệ chung về lịch công tác là ai, số điện thoại?",
  "Phòng Hành chính - Tổ chức, Văn phòng UBND tỉnh, điện thoại 0214 6 852 119 (Ghi chú 5).",
  ["Phòng Hành chính - Tổ chức", "0214 6 852 119"], B, "II.5",
  "Đầu mối liên hệ: Phòng Hành chính - Tổ chức, Văn phòng UBND tỉnh, điện thoại 0214 6 852 119")
q("fact", "Hội nghị đối thoại doanh nghiệp có phát trực tiếp không?",
  "Có, phát trực tiếp trên Cổng thông tin điện tử tỉnh (STT 14).", ["phát trực tiếp trên Cổng thông tin điện tử tỉnh"],
  B, "I.14", "phát trực tiếp trên Cổng thông tin điện tử tỉnh")
q("fact", "Buổi làm việc với xã Nậm Khiếu có trong lịch ban đầu hay được bổ sung?",
  "Là nội dung bổ sung: dòng STT 12 ghi \"(bổ sung)\".", ["bổ sung"], B, "I.12",
  "việc thực hiện các thủ tục hành chính được ủy quyền (bổ sung)")
q("fact", "Chủ nhật 11/10 ai trực lãnh đạo UBND tỉnh và lãnh đạo Văn phòng nào trực?",
  "PCT Trịnh Hữu Lạc trực lãnh đạo UBND tỉnh; Chánh Văn phòng Quan Đức Lưu trực (STT 19).",
  ["Trịnh Hữu Lạc", "Quan Đức Lưu"], B, "I.19", "Lãnh đạo Văn phòng trực: Chánh Văn phòng Quan Đức Lưu")
q("fact", "Phiên họp Ban Chỉ đạo ngày 06/10 họp ở đâu?", "Hội trường tầng 1, trụ sở UBND tỉnh (STT 4).",
  ["Hội trường tầng 1"], B, "I.4", "Hội trường tầng 1, trụ sở UBND tỉnh")
q("fact", "Đề án IOC được thẩm định trong tuần 41 là cho giai đoạn nào?",
  "Giai đoạn 2026 - 2028 (Đề án Trung tâm Giám sát, điều hành thông minh (IOC) tỉnh, STT 6).", ["2026 - 2028"], B,
  "I.6", "Họp Hội đồng thẩm định Đề án Trung tâm Giám sát, điều hành thông minh (IOC) tỉnh giai đoạn 2026 - 2028")
q("fact", "Lịch công tác tuần 41 gồm bao nhiêu đầu việc?",
  "19 đầu việc, đánh số từ 1 đến 19, từ thứ Hai 05/10 đến Chủ nhật 11/10/2026.", ["19"], B, "I",
  "Trực lãnh đạo Ủy ban nhân dân tỉnh")
q("fact", "Tên đầy đủ của sáng kiến xã Nậm Khiếu đề nghị công nhận?",
  "\"Tổ dịch vụ công lưu động theo phiên chợ\" hỗ trợ người dân vùng cao thực hiện thủ tục hành chính trực tuyến tại "
  "xã Nậm Khiếu.", ["Tổ dịch vụ công lưu động theo phiên chợ"], C, "header",
  "hỗ trợ người dân vùng cao thực hiện thủ tục hành chính trực tuyến tại xã Nậm Khiếu")
q("fact", "Bà Sầm Thị Ngát đóng góp bao nhiêu phần trăm vào sáng kiến?",
  "50% (tác giả thứ nhất, Chuyên viên Văn phòng HĐND và UBND xã).", ["50%"], C, "Đơn.1", "Sầm Thị Ngát")
q("fact", "Mùa A Sính giữ chức vụ gì và đóng góp mấy phần trăm?",
  "Bí thư Đoàn Thanh niên xã, tỷ lệ đóng góp 20%.", ["Bí thư Đoàn Thanh niên xã", "20%"], C, "Đơn.3", "Mùa A Sính")
q("fact", "Tổ dịch vụ công lưu động có bao nhiêu thành viên, gồm những ai?",
  "05 thành viên: 02 công chức Bộ phận Một cửa, 01 chuyên viên Phòng Văn hóa - Xã hội phụ trách chuyển đổi số, 01 "
  "đoàn viên thanh niên và 01 thành viên Tổ công nghệ số cộng đồng của thôn có chợ.", ["05 thành viên"], C,
  "Phần II.2.1", "Tổ dịch vụ công lưu động gồm 05 thành viên")
q("fact", "Tổ dịch vụ công lưu động được thành lập theo quyết định nào?",
  "Quyết định số 127/QĐ-UBND ngày 30/3/2026 của Chủ tịch UBND xã Nậm Khiếu.", ["127/QĐ-UBND"], C, "Phần II.2.1",
  "Tổ được thành lập theo Quyết định số 127/QĐ-UBND ngày 30/3/2026 của Chủ tịch UBND xã Nậm Khiếu.")
q("fact", "Sau khi áp dụng sáng kiến, tỷ lệ hồ sơ TTHC của xã nộp trực tuyến là bao nhiêu?",
  "71,4% (giai đoạn 05/4 - 15/11/2026), so với 18,6% trong quý I/2026.", ["71,4%", "18,6%"], C, "Phần II.3",
  "Tỷ lệ hồ sơ TTHC của xã nộp trực tuyến")
q("fact", "Có bao nhiêu hồ sơ trực tuyến được hỗ trợ tại điểm lưu động?", "1.486 hồ sơ (05/4 - 15/11/2026).",
  ["1.486"], C, "Phần II.3", "Hồ sơ trực tuyến được hỗ trợ tại điểm lưu động")
q("fact", "Tổng kinh phí mua thiết bị cho tổ lưu động là bao nhiêu, lấy từ nguồn nào?",
  "38.650.000 đồng, từ nguồn kinh phí chuyển đổi số năm 2026 của xã.", ["38.650.000 đồng"], C, "Phần II.3",
  "Tổng kinh phí mua sắm thiết bị: 38.650.000 đồng, từ nguồn kinh phí chuyển đổi số năm 2026 của xã")
q("fact", "Người dân tiết kiệm được bao nhiêu giờ đi lại nhờ sáng kiến?",
  "Ước tính 3.120,6 giờ (1.486 hồ sơ x 2,1 giờ/hồ sơ).", ["3.120,6 giờ"], C, "Phần II.3",
  "Ước tính người dân tiết kiệm 3.120,6 giờ đi lại")
q("fact", "Quy trình tại điểm hỗ trợ lưu động có mấy bước?",
  "05 bước: tiếp đón, tra cứu nhu cầu; hỗ trợ kích hoạt định danh điện tử mức 2 và đăng nhập Cổng DVC quốc gia; số hóa "
  "giấy tờ; nộp hồ sơ và thanh toán trực tuyến; hẹn trả kết quả.", ["05 bước"], C, "Phần II.2.3",
  "Quy trình 05 bước tại điểm hỗ trợ")
q("fact", "Sáng kiến có thông tin nào cần bảo mật không?", "Không có (theo Đơn yêu cầu công nhận sáng kiến).",
  ["không có"], C, "Đơn", "Những thông tin cần được bảo mật: không có.")
q("fact", "Thôn xa nhất của xã Nậm Khiếu cách trụ sở xã bao xa?", "Thôn Lùng Thàng, cách trụ sở UBND xã 23 km đường núi.",
  ["Lùng Thàng", "23 km"], C, "Phần I.1", "Thôn xa nhất (Lùng Thàng) cách trụ sở Ủy ban nhân dân xã 23 km đường núi.")
q("fact", "Quý I/2026 xã Nậm Khiếu nhận bao nhiêu hồ sơ, bao nhiêu hồ sơ nộp trực tuyến?",
  "Tiếp nhận 1.127 hồ sơ, trong đó 210 hồ sơ nộp trực tuyến (Phần II mục 1).", ["1.127", "210"], C, "Phần II.1",
  "Trong quý I/2026, xã tiếp nhận 1.127 hồ sơ, trong đó 210 hồ sơ nộp trực tuyến")
q("fact", "Tổ đã tổ chức bao nhiêu phiên hỗ trợ, bao nhiêu phiên phải tạm dừng?",
  "Tổ chức 62 phiên trong 65 phiên chợ (33 Chủ nhật, 32 thứ Năm); tạm dừng 03 phiên do mưa lũ.",
  ["62 phiên", "03 phiên"], C, "Phần II.3", "Tổ đã tổ chức 62 phiên, tạm dừng 03 phiên do mưa lũ")
q("fact", "Tổ đã hướng dẫn bao nhiêu hồ sơ phê duyệt phương án khai thác tận dụng gỗ rừng trồng tại chợ?",
  "37 hồ sơ (Phần II mục 2.4).", ["37 hồ sơ"], C, "Phần II.2.4",
  "Tổ đã hướng dẫn 37 hồ sơ phê duyệt phương án khai thác tận dụng gỗ rừng trồng ngay tại chợ")
q("fact", "Mục tiêu của sáng kiến về tỷ lệ hồ sơ trực tuyến là bao nhiêu?",
  "Đến hết năm 2026, tỷ lệ hồ sơ TTHC của xã nộp trực tuyến đạt từ 60% trở lên (Phần I mục 2).",
  ["từ 60% trở lên"], C, "Phần I.2", "tỷ lệ hồ sơ thủ tục hành chính của xã nộp trực tuyến đạt từ 60% trở lên")
q("fact", "Số tài khoản định danh điện tử mức 2 kích hoạt trước và sau sáng kiến?",
  "212 (quý I/2026) và 1.354 (05/4 - 15/11/2026).", ["212", "1.354"], C, "Phần II.3",
  "Tài khoản định danh điện tử mức 2 được kích hoạt")
q("fact", "Đồng bào Mông, Dao chiếm bao nhiêu phần trăm dân số xã Nậm Khiếu?",
  "78% dân số (xã có 19 thôn, 3.412 hộ).", ["78%"], C, "Phần I.1", "đồng bào Mông, Dao chiếm 78% dân số")
q("fact", "Đơn yêu cầu công nhận sáng kiến gửi cho ai?",
  "Kính gửi: Hội đồng xét công nhận sáng kiến Ủy ban nhân dân xã Nậm Khiếu.",
  ["Hội đồng xét công nhận sáng kiến"], C, "Đơn",
  "Kính gửi: Hội đồng xét công nhận sáng kiến Ủy ban nhân dân xã Nậm Khiếu.")
q("fact", "Chi phí đầu tư ban đầu để nhân rộng mô hình ở một xã khoảng bao nhiêu?",
  "Dưới 40 triệu đồng mỗi xã (Phần II mục 5).", ["dưới 40 triệu đồng"], C, "Phần II.5",
  "với chi phí đầu tư ban đầu dưới 40 triệu đồng mỗi xã")

# ------------------------------------------------------------------------------------------------ abbreviation
q("abbreviation", "IOC trong lịch công tác tuần 41 là gì?",
  "IOC là Trung tâm Giám sát, điều hành thông minh của tỉnh (Đề án thẩm định ngày 06/10, STT 6).",
  ["Trung tâm Giám sát, điều hành thông minh"], B, "I.6", "Trung tâm Giám sát, điều hành thông minh (IOC)")
q("abbreviation", "SIPAS trong lịch tuần nghĩa là gì?",
  "SIPAS là khảo sát mức độ hài lòng của người dân, tổ chức; Sở Nội vụ báo cáo dự thảo kế hoạch SIPAS năm 2026 "
  "chiều 07/10 (STT 9).", ["mức độ hài lòng của người dân, tổ chức"], B, "I.9",
  "Kế hoạch khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS)")
q("abbreviation", "\"PCT TT\" trong lịch công tác là viết tắt của gì, là ai?",
  "Phó Chủ tịch Thường trực UBND tỉnh; trong lịch là PCT TT Văn Thị Mẫn.", ["PCT TT Văn Thị Mẫn"], B, "I.2",
  "PCT TT Văn Thị Mẫn")
q("abbreviation", "TTHC trong bảng kết quả của báo cáo sáng kiến là gì?",
  "TTHC là thủ tục hành chính (\"Tỷ lệ hồ sơ TTHC của xã nộp trực tuyến\").", ["TTHC"], C, "Phần II.3",
  "Tỷ lệ hồ sơ TTHC của xã nộp trực tuyến")
q("abbreviation", "HCTC ở dòng Lưu của lịch công tác là gì?",
  "HCTC là Phòng Hành chính - Tổ chức của Văn phòng UBND tỉnh (đầu mối liên hệ ở Ghi chú 5).", ["HCTC"], B,
  "closing", "- Lưu: VT, HCTC.")
q("abbreviation", "Kỹ sư CNTT trong đơn sáng kiến nghĩa là gì?",
  "CNTT là công nghệ thông tin; ông Hầu Văn Tỉnh có trình độ Kỹ sư CNTT.", ["Kỹ sư CNTT"], C, "Đơn.2", "Kỹ sư CNTT")

# ------------------------------------------------------------------------------------------------ list
q("list", "QĐ 1207 ủy quyền cho những ai?",
  "Cho Giám đốc Sở Khoa học và Công nghệ (04 TTHC), Giám đốc Sở Nội vụ (05), Giám đốc Sở Nông nghiệp và Môi trường "
  "(06), Giám đốc Sở Văn hóa, Thể thao và Du lịch (03) và Chủ tịch Ủy ban nhân dân các xã, phường (04).",
  ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Chủ tịch Ủy ban nhân dân các xã, phường"], A, "Điều 1.1",
  "Ủy quyền cho người đứng đầu các cơ quan sau đây thực hiện thẩm quyền giải quyết 22 thủ tục hành chính")
q("list", "Những thủ tục nào được ủy quyền cho Chủ tịch UBND xã, phường?",
  "04 thủ tục: Cấp giấy phép xây dựng công trình cấp III trên địa bàn xã, phường; Phê duyệt phương án khai thác tận "
  "dụng gỗ rừng trồng của hộ gia đình, cá nhân; Cấp phép tạm sử dụng một phần lòng đường, hè phố trên đường tỉnh qua "
  "địa bàn; Cấp phép tổ chức biểu diễn nghệ thuật tại lễ hội truyền thống cấp xã.",
  ["Cấp giấy phép xây dựng công trình cấp III", "khai thác tận dụng gỗ rừng trồng",
   "biểu diễn nghệ thuật tại lễ hội truyền thống"], A, "Phụ lục.Đ",
  "CHỦ TỊCH ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG (04 thủ tục)")
q("list", "Sở KHCN được ủy quyền giải quyết những thủ tục nào?",
  "Cho phép tổ chức hội nghị, hội thảo quốc tế về khoa học và công nghệ; Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ "
  "thống thông tin cấp độ 3; Công nhận kết quả thực hiện nhiệm vụ KH&CN không sử dụng ngân sách nhà nước; Xác nhận sản "
  "phẩm công nghệ số tự phát triển trong nước.",
  ["hội thảo quốc tế", "cấp độ an toàn hệ thống thông tin", "sản phẩm công nghệ số"], A, "Phụ lục.A",
  "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ (04 thủ tục)")
q("list", "Điều kiện cần thiết để áp dụng sáng kiến gồm những gì?",
  "01 bộ thiết bị lưu động (máy tính xách tay, máy quét cầm tay, thiết bị phát wifi 4G, máy in di động); từ 03 đến 05 "
  "người; lịch phiên chợ ổn định; tài khoản cán bộ trên Hệ thống thông tin giải quyết TTHC tỉnh.",
  ["máy quét cầm tay", "lịch phiên chợ ổn định"], C, "Đơn",
  "Các điều kiện cần thiết để áp dụng sáng kiến: 01 bộ thiết bị lưu động")
q("list", "Các bước hỗ trợ người dân tại điểm lưu động là gì?",
  "(1) tiếp đón, tra cứu nhu cầu; (2) hỗ trợ kích hoạt tài khoản định danh điện tử mức 2 và đăng nhập Cổng Dịch vụ "
  "công quốc gia; (3) số hóa giấy tờ bằng máy quét cầm tay; (4) nộp hồ sơ và thanh toán phí, lệ phí trực tuyến; (5) "
  "hẹn trả kết quả qua dịch vụ bưu chính công ích hoặc tại Bộ phận Một cửa.",
  ["tiếp đón", "số hóa giấy tờ", "bưu chính công ích"], C, "Phần II.2.3",
  "(3) số hóa giấy tờ bằng máy quét cầm tay")
q("list", "Báo cáo sáng kiến kiến nghị những gì?",
  "Ba kiến nghị: UBND xã bố trí 12.000.000 đồng/năm từ năm 2027; Sở Khoa học và Công nghệ hỗ trợ thêm 02 bộ thiết bị "
  "lưu động; Trung tâm Phục vụ hành chính công tỉnh cấp tài khoản tiếp nhận hồ sơ lưu động cho đoàn viên thanh niên.",
  ["12.000.000 đồng/năm", "02 bộ thiết bị lưu động", "cấp tài khoản"], C, "Phần III.2",
  "Đề nghị Sở Khoa học và Công nghệ hỗ trợ thêm 02 bộ thiết bị lưu động")
q("list", "Ngoài nhóm tác giả, những ai đã tham gia áp dụng thử lần đầu?",
  "Ông Tòng Văn Piếu (công chức Bộ phận Một cửa xã), bà Vàng Thị Pà (Tổ trưởng Tổ công nghệ số cộng đồng thôn Pá Hốc), "
  "ông Lường Văn Khiêm (nhân viên Bưu điện văn hóa xã Nậm Khiếu).",
  ["Tòng Văn Piếu", "Vàng Thị Pà", "Lường Văn Khiêm"], C, "Đơn",
  "Những người đã tham gia áp dụng thử lần đầu (ngoài nhóm tác giả)")
q("list", "Nhóm tác giả sáng kiến gồm những ai?",
  "Sầm Thị Ngát (50%), Hầu Văn Tỉnh (30%), Mùa A Sính (20%).", ["Sầm Thị Ngát", "Hầu Văn Tỉnh", "Mùa A Sính"], C,
  "Đơn", "Chúng tôi ghi tên dưới đây:")

# ------------------------------------------------------------------------------------------------ cross_document
q("cross_document", "QĐ ủy quyền có hiệu lực ngày nào và lịch tuần 41 tổ chức tập huấn triển khai nó khi nào?",
  "QĐ 1207/QĐ-UBND có hiệu lực từ ngày 01 tháng 10 năm 2026; hội nghị tập huấn triển khai do PCT TT Văn Thị Mẫn chủ "
  "trì lúc 08:00 thứ Tư 07/10/2026.", ["01 tháng 10 năm 2026", "Văn Thị Mẫn"], [A, B], ["Điều 4", "I.7"],
  ["Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2026",
   "Hội nghị tập huấn triển khai Quyết định số 1207/QĐ-UBND về ủy quyền giải quyết thủ tục hành chính"])
q("cross_document", "Thủ tục gỗ rừng trồng mà tổ lưu động Nậm Khiếu hướng dẫn tại chợ thuộc thẩm quyền ai theo QĐ 1207, "
  "thời hạn bao lâu?",
  "Báo cáo sáng kiến nêu tổ đã hướng dẫn 37 hồ sơ phê duyệt phương án khai thác tận dụng gỗ rừng trồng; theo Phụ lục "
  "QĐ 1207 thủ tục này được ủy quyền cho Chủ tịch Ủy ban nhân dân các xã, phường, thời hạn 10 ngày, trực tuyến toàn "
  "trình.", ["37 hồ sơ", "10 ngày", "Toàn trình"], [C, A], ["Phần II.2.4", "Phụ lục.Đ.20"],
  ["Tổ đã hướng dẫn 37 hồ sơ phê duyệt phương án khai thác tận dụng gỗ rừng trồng ngay tại chợ",
   "Phê duyệt phương án khai thác tận dụng gỗ rừng trồng của hộ gia đình, cá nhân"])
q("cross_document", "Lãnh đạo tỉnh nào làm việc về mô hình tổ dịch vụ công lưu động và ai làm tổ trưởng tổ đó?",
  "PCT Trịnh Hữu Lạc làm việc với UBND xã Nậm Khiếu lúc 14:00 thứ Năm 08/10/2026 (lịch tuần 41); tổ trưởng là bà Sầm "
  "Thị Ngát (báo cáo sáng kiến).", ["Trịnh Hữu Lạc", "Sầm Thị Ngát"], [B, C], ["I.12", "Phần II.2.1"],
  ["Làm việc với UBND xã Nậm Khiếu về mô hình \"Tổ dịch vụ công lưu động theo phiên chợ\"",
   "Tổ trưởng là bà Sầm Thị Ngát"])
q("cross_document", "Người ký QĐ 1207 có phải người chủ trì phiên họp Ban Chỉ đạo ngày 06/10 không?",
  "Có. QĐ 1207 do Chủ tịch Đinh Công Hoạch ký; phiên họp Ban Chỉ đạo ngày 06/10/2026 do CT Đinh Công Hoạch (Trưởng Ban "
  "Chỉ đạo) chủ trì.", ["Đinh Công Hoạch"], [A, B], ["signature", "I.4"],
  ["Đinh Công Hoạch", "CT Đinh Công Hoạch (Trưởng Ban Chỉ đạo)"])
q("cross_document", "Trung tâm PVHCC tỉnh có nhiệm vụ gì trong QĐ 1207 và phải chuẩn bị gì trong lịch tuần 41?",
  "Theo QĐ 1207, Trung tâm Phục vụ hành chính công tỉnh công khai Danh mục TTHC được ủy quyền và hướng dẫn qua đường "
  "dây nóng; trong lịch tuần 41, Trung tâm chuẩn bị báo cáo kết quả số hóa hồ sơ 9 tháng năm 2026 (14:00 thứ Sáu "
  "09/10) và cùng Bưu điện tỉnh chuẩn bị buổi làm việc về bưu chính công ích.",
  ["công khai Danh mục", "số hóa hồ sơ"], [A, B, B], ["Điều 3.3", "I.16", "I.10"],
  ["Trung tâm Phục vụ hành chính công tỉnh công khai Danh mục thủ tục hành chính được ủy quyền",
   "Trung tâm Phục vụ hành chính công tỉnh chuẩn bị; mời Sở Khoa học và Công nghệ",
   "Bưu điện tỉnh, Trung tâm Phục vụ hành chính công tỉnh chuẩn bị"])
q("cross_document", "Sở KHCN được giao gì trong QĐ 1207 và được đề nghị gì trong báo cáo sáng kiến?",
  "QĐ 1207 giao Sở Khoa học và Công nghệ điều chỉnh cấu hình, phân quyền trên Hệ thống thông tin giải quyết TTHC tỉnh "
  "trước ngày 30/9/2026; báo cáo sáng kiến đề nghị Sở hỗ trợ thêm 02 bộ thiết bị lưu động cho xã Pù Lìn và xã Đồng Vẹt.",
  ["cấu hình", "02 bộ thiết bị lưu động"], [A, C], ["Điều 3.2", "Phần III.2"],
  ["điều chỉnh cấu hình, phân quyền trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
   "Đề nghị Sở Khoa học và Công nghệ hỗ trợ thêm 02 bộ thiết bị lưu động"])
q("cross_document", "Dịch vụ bưu chính công ích xuất hiện thế nào trong lịch tuần và trong sáng kiến?",
  "Lịch tuần 41: PCT Trịnh Hữu Lạc làm việc với Bưu điện tỉnh về tiếp nhận hồ sơ, trả kết quả TTHC qua dịch vụ bưu "
  "chính công ích (15:30 thứ Tư 07/10). Sáng kiến: bước 5 hẹn trả kết quả qua dịch vụ bưu chính công ích; Bưu điện văn "
  "hóa xã chuyển phát kết quả đến tận thôn.", ["Trịnh Hữu Lạc", "bưu chính công ích"], [B, C], ["I.10", "Phần II.2.3"],
  ["Làm việc với Bưu điện tỉnh về tiếp nhận hồ sơ, trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích",
   "(5) hẹn trả kết quả qua dịch vụ bưu chính công ích hoặc tại Bộ phận Một cửa"])
q("cross_document", "Theo báo cáo sáng kiến, Chủ tịch UBND xã được ủy quyền từ ngày nào, có khớp với QĐ 1207 không?",
  "Khớp: báo cáo sáng kiến nêu từ ngày 01/10/2026 Chủ tịch UBND xã được ủy quyền giải quyết 04 TTHC theo QĐ "
  "1207/QĐ-UBND ngày 21/9/2026; QĐ 1207 quy định thời hạn ủy quyền từ ngày 01 tháng 10 năm 2026 và 04 TTHC cho Chủ tịch "
  "UBND các xã, phường.", ["01/10/2026", "01 tháng 10 năm 2026", "04"], [C, A, A],
  ["Phần II.2.4", "Điều 1.2", "Điều 1.1.đ"],
  ["Từ ngày 01/10/2026, Chủ tịch UBND xã được ủy quyền giải quyết 04 thủ tục hành chính",
   "Thời hạn ủy quyền: từ ngày 01 tháng 10 năm 2026 đến hết ngày 31 tháng 12 năm 2027.",
   "Chủ tịch Ủy ban nhân dân các xã, phường: 04 thủ tục hành chính"])
q("cross_document", "Cần hỏi về thủ tục hành chính được ủy quyền thì gọi số nào?",
  "QĐ 1207 nêu đường dây nóng của Trung tâm Phục vụ hành chính công tỉnh 0214 6 862 475; lịch tuần 41 nêu Phòng Kiểm "
  "soát thủ tục hành chính, Văn phòng UBND tỉnh, điện thoại 0214 6 852 136.", ["0214 6 862 475", "0214 6 852 136"],
  [A, B], ["Điều 3.3", "II.5"],
  ["hướng dẫn tổ chức, cá nhân qua đường dây nóng 0214 6 862 475",
   "Phòng Kiểm soát thủ tục hành chính, điện thoại 0214 6 852 136"])
q("cross_document", "Văn phòng UBND tỉnh được giao gì về thực hiện QĐ 1207 và trong tuần 41 có cuộc họp nào liên quan?",
  "QĐ 1207 giao Văn phòng UBND tỉnh chủ trì theo dõi, đôn đốc, kiểm tra việc ủy quyền; sáng thứ Hai 05/10 (09:00), Văn "
  "phòng UBND tỉnh chuẩn bị báo cáo về hồ sơ quá hạn quý III và kết quả những ngày đầu thực hiện QĐ 1207 để PCT TT Văn "
  "Thị Mẫn nghe.", ["theo dõi, đôn đốc", "09:00"], [A, B], ["Điều 3.1", "I.2"],
  ["Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện các nội dung ủy quyền",
   "Văn phòng UBND tỉnh chuẩn bị báo cáo"])

# ------------------------------------------------------------------------------------------------ comparison
q("comparison", "Sở NN&MT và Sở VHTTDL, sở nào được ủy quyền nhiều thủ tục hơn?",
  "Sở Nông nghiệp và Môi trường: 06 thủ tục; Sở Văn hóa, Thể thao và Du lịch: 03 thủ tục. Sở Nông nghiệp và Môi trường "
  "được ủy quyền nhiều hơn 3 thủ tục.", ["06 thủ tục", "03 thủ tục"], [A, A], ["Điều 1.1.c", "Điều 1.1.d"],
  ["Giám đốc Sở Nông nghiệp và Môi trường: 06 thủ tục hành chính;",
   "Giám đốc Sở Văn hóa, Thể thao và Du lịch: 03 thủ tục hành chính;"])
q("comparison", "Trong 22 TTHC ủy quyền, bao nhiêu thủ tục toàn trình, bao nhiêu một phần?",
  "9 thủ tục Toàn trình và 13 thủ tục Một phần (cột Mức độ dịch vụ công trực tuyến của Phụ lục).",
  ["Toàn trình", "Một phần"], A, "Phụ lục", "Mức độ dịch vụ công trực tuyến")
q("comparison", "Cấp mới và gia hạn giấy phép khai thác nước dưới đất, cái nào giải quyết nhanh hơn?",
  "Gia hạn, điều chỉnh giấy phép: 20 ngày; cấp giấy phép mới (dưới 3.000 m³/ngày đêm): 25 ngày. Gia hạn nhanh hơn 5 "
  "ngày; cả hai đều trực tuyến một phần.", ["20 ngày", "25 ngày"], [A, A], ["Phụ lục.C.11", "Phụ lục.C.10"],
  ["Gia hạn, điều chỉnh giấy phép khai thác nước dưới đất",
   "Cấp giấy phép khai thác nước dưới đất đối với công trình có lưu lượng dưới 3.000 m³/ngày đêm"])
q("comparison", "Thời gian đi lại của người dân cho mỗi hồ sơ trước và sau sáng kiến thay đổi thế nào?",
  "Giảm từ 2,5 giờ (quý I/2026) xuống 0,4 giờ, tức giảm 2,1 giờ mỗi hồ sơ.", ["2,5 giờ", "0,4 giờ"], C,
  "Phần II.3", "Thời gian đi lại bình quân của người dân/hồ sơ")
q("comparison", "Tỷ lệ thanh toán trực tuyến phí, lệ phí ở Nậm Khiếu tăng bao nhiêu?",
  "Từ 9,0% (quý I/2026) lên 46,2% (05/4 - 15/11/2026), tăng 37,2 điểm phần trăm.", ["9,0%", "46,2%"], C,
  "Phần II.3", "Tỷ lệ thanh toán trực tuyến phí, lệ phí")
q("comparison", "Phiên chợ Chủ nhật và phiên thứ Năm, tổ hỗ trợ phiên nào lâu hơn?",
  "Phiên Chủ nhật ở chợ trung tâm xã từ 06 giờ 30 đến 11 giờ 00 (4 giờ 30 phút) lâu hơn phiên thứ Năm ở chợ Bản Xèo "
  "từ 07 giờ 00 đến 10 giờ 30 (3 giờ 30 phút).", ["06 giờ 30 đến 11 giờ 00", "07 giờ 00 đến 10 giờ 30"], C,
  "Phần II.2.2", "phiên chợ Chủ nhật tại chợ trung tâm xã, từ 06 giờ 30 đến 11 giờ 00")

# ------------------------------------------------------------------------------------------------ unit_duties
q("unit_duties", "Văn phòng UBND tỉnh có những trách nhiệm gì trong QĐ 1207?",
  "Chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện ủy quyền, tổng hợp báo cáo Chủ tịch hằng quý, đề xuất sửa đổi "
  "Danh mục (Điều 3.1); nhận quy trình nội bộ của các cơ quan được ủy quyền để cấu hình quy trình điện tử (Điều 2.2).",
  ["theo dõi, đôn đốc", "cấu hình quy trình điện tử"], [A, A], ["Điều 3.1", "Điều 2.2"],
  ["Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện các nội dung ủy quyền",
   "gửi Văn phòng Ủy ban nhân dân tỉnh để cấu hình quy trình điện tử"])
q("unit_duties", "Tuần 41 Sở Khoa học và Công nghệ phải chuẩn bị những việc gì?",
  "Chuẩn bị tài liệu phiên họp Ban Chỉ đạo (06/10, STT 4); chuẩn bị họp Hội đồng thẩm định Đề án IOC (06/10, STT 6); "
  "bảo đảm đường truyền hội nghị tập huấn QĐ 1207 (07/10, STT 7); cùng Báo và PT-TH Ngọc Đàm chuẩn bị duyệt kịch bản "
  "Lễ (09/10, STT 15); chủ trì tổ chức Lễ hưởng ứng Ngày CĐS quốc gia và ra mắt \"Ngọc Đàm số\" (10/10, STT 17).",
  ["Ban Chỉ đạo", "IOC", "Ngọc Đàm số"], [B, B, B, B, B], ["I.4", "I.6", "I.7", "I.15", "I.17"],
  ["Sở Khoa học và Công nghệ (cơ quan thường trực) chuẩn bị tài liệu",
   "Sở Khoa học và Công nghệ chuẩn bị; mời Sở Tài chính, Công an tỉnh",
   "Sở Khoa học và Công nghệ bảo đảm đường truyền",
   "Sở Khoa học và Công nghệ, Báo và Phát thanh, Truyền hình Ngọc Đàm chuẩn bị",
   "Sở Khoa học và Công nghệ chủ trì tổ chức"])
q("unit_duties", "Lịch làm việc tuần 41 của Chủ tịch Đinh Công Hoạch gồm những gì?",
  "Thứ Hai 07:30 giao ban (STT 1); thứ Ba 08:00 họp Ban Chỉ đạo (STT 4) và 14:00 tiếp công dân (STT 5); thứ Năm 07:30 "
  "tiếp Đoàn kiểm tra Bộ Nội vụ về CCHC (STT 11); thứ Sáu 08:00 đối thoại doanh nghiệp (STT 14); thứ Bảy 07:30 Lễ "
  "hưởng ứng Ngày CĐS quốc gia (STT 17).", ["giao ban", "Tiếp công dân", "đối thoại"], [B] * 6,
  ["I.1", "I.4", "I.5", "I.11", "I.14", "I.17"],
  ["Chào cờ đầu tuần; giao ban Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh",
   "CT Đinh Công Hoạch (Trưởng Ban Chỉ đạo)", "Tiếp công dân định kỳ tháng 10/2026",
   "Tiếp và làm việc với Đoàn kiểm tra của Bộ Nội vụ về công tác cải cách hành chính năm 2026",
   "Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính trong lĩnh vực đầu tư, đất đai",
   "Lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026"])

# ------------------------------------------------------------------------------------------------ period
q("period", "Chiều thứ Năm 08/10/2026 có những lịch gì?",
  "14:00 PCT Trịnh Hữu Lạc làm việc với UBND xã Nậm Khiếu (STT 12); 14:00 PCT Kha Minh Nghị họp Hội đồng thẩm định giá "
  "đất tỉnh (STT 13).", ["xã Nậm Khiếu", "Hội đồng thẩm định giá đất"], [B, B], ["I.12", "I.13"],
  ["Làm việc với UBND xã Nậm Khiếu về mô hình \"Tổ dịch vụ công lưu động theo phiên chợ\"",
   "Họp Hội đồng thẩm định giá đất tỉnh"])
q("period", "Sáng thứ Sáu 09/10 UBND tỉnh có những hoạt động nào?",
  "08:00 Hội nghị đối thoại với doanh nghiệp về TTHC đầu tư, đất đai do CT Đinh Công Hoạch chủ trì (STT 14); 09:00 "
  "PCT Trịnh Hữu Lạc duyệt kịch bản Lễ hưởng ứng Ngày Chuyển đổi số quốc gia (STT 15).",
  ["đối thoại với doanh nghiệp", "Duyệt kịch bản"], [B, B], ["I.14", "I.15"],
  ["Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính trong lĩnh vực đầu tư, đất đai",
   "Duyệt kịch bản Lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026"])
q("period", "Cuối tuần 10-11/10 lãnh đạo tỉnh có lịch gì?",
  "Thứ Bảy 10/10: 07:30 Lễ hưởng ứng Ngày CĐS quốc gia và ra mắt \"Ngọc Đàm số\" (STT 17); PCT Kha Minh Nghị trực "
  "lãnh đạo cả ngày (STT 18). Chủ nhật 11/10: PCT Trịnh Hữu Lạc trực lãnh đạo cả ngày (STT 19).",
  ["Ngọc Đàm số", "Kha Minh Nghị", "Trịnh Hữu Lạc"], [B, B, B], ["I.17", "I.18", "I.19"],
  ["Lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 và ra mắt ứng dụng \"Ngọc Đàm số\"",
   "Lãnh đạo Văn phòng trực: Phó Chánh Văn phòng Lò Thị Dung",
   "Lãnh đạo Văn phòng trực: Chánh Văn phòng Quan Đức Lưu"])

# ------------------------------------------------------------------------------------------------ task_list
q("task_list", "Thứ Tư 07/10/2026 lịch của UBND tỉnh có những việc gì?",
  "08:00 hội nghị tập huấn triển khai QĐ 1207 (PCT TT Văn Thị Mẫn, STT 7); 09:30 kiểm tra tiến độ dự án Đường vành đai "
  "phía Bắc (PCT Kha Minh Nghị, STT 8); 14:00 nghe Sở Nội vụ báo cáo dự thảo Kế hoạch SIPAS 2026 (PCT TT Văn Thị Mẫn, "
  "STT 9); 15:30 làm việc với Bưu điện tỉnh về bưu chính công ích (PCT Trịnh Hữu Lạc, STT 10).",
  ["tập huấn", "SIPAS", "Bưu điện tỉnh"], [B] * 4, ["I.7", "I.8", "I.9", "I.10"],
  ["Hội nghị tập huấn triển khai Quyết định số 1207/QĐ-UBND về ủy quyền giải quyết thủ tục hành chính",
   "Kiểm tra tiến độ dự án Đường vành đai phía Bắc",
   "Kế hoạch khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS)",
   "Làm việc với Bưu điện tỉnh về tiếp nhận hồ sơ, trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích"])
q("task_list", "Người được ủy quyền theo QĐ 1207 có những trách nhiệm gì?",
  "(1) giải quyết đúng quy định, nhân danh và dùng con dấu của cơ quan mình; (2) ban hành quy trình nội bộ trong 05 "
  "ngày làm việc; (3) tiếp nhận 100% hồ sơ qua Bộ phận Một cửa hoặc Cổng Dịch vụ công quốc gia, cấp kết quả bản điện "
  "tử; (4) báo cáo hằng quý và báo cáo tổng kết trước 15/11/2027.",
  ["con dấu của cơ quan mình", "quy trình nội bộ", "hằng quý"], [A] * 4,
  ["Điều 2.1", "Điều 2.2", "Điều 2.3", "Điều 2.4"],
  ["nhân danh và sử dụng con dấu của cơ quan mình",
   "ban hành quy trình nội bộ giải quyết thủ tục hành chính được ủy quyền",
   "Tiếp nhận 100% hồ sơ thủ tục hành chính được ủy quyền qua Bộ phận Một cửa",
   "Định kỳ hằng quý, trước ngày 18 của tháng cuối quý"])

# ------------------------------------------------------------------------------------------------ no_diacritics
q("no_diacritics", "qd 1207 uy quyen bao nhieu thu tuc hanh chinh",
  "22 thủ tục hành chính thuộc thẩm quyền của Chủ tịch UBND tỉnh.", ["22 thủ tục hành chính"], A, "Điều 1.1",
  "thực hiện thẩm quyền giải quyết 22 thủ tục hành chính")
q("no_diacritics", "thoi han uy quyen den khi nao vay",
  "Đến hết ngày 31 tháng 12 năm 2027 (bắt đầu từ ngày 01/10/2026).", ["31 tháng 12 năm 2027"], A, "Điều 1.2",
  "đến hết ngày 31 tháng 12 năm 2027")
q("no_diacritics", "so duong day nong huong dan thu tuc uy quyen la so nao",
  "0214 6 862 475 (Trung tâm Phục vụ hành chính công tỉnh).", ["0214 6 862 475"], A, "Điều 3.3",
  "đường dây nóng 0214 6 862 475")
q("no_diacritics", "thu tuc phe duyet dieu le hoi giai quyet bao lau, ai ky",
  "30 ngày (ngày làm việc), Giám đốc Sở Nội vụ giải quyết theo ủy quyền; dịch vụ công trực tuyến một phần.",
  ["30 ngày", "Giám đốc Sở Nội vụ"], A, "Phụ lục.B.6", "Phê duyệt điều lệ hội")
q("no_diacritics", "chu tich ubnd xa duoc uy quyen may thu tuc",
  "04 thủ tục hành chính, đối với hồ sơ phát sinh trên địa bàn xã, phường.", ["04 thủ tục hành chính"], A,
  "Điều 1.1.đ", "Chủ tịch Ủy ban nhân dân các xã, phường: 04 thủ tục hành chính")
q("no_diacritics", "lich cong tac tuan 41 ai ky", "Chánh Văn phòng UBND tỉnh Quan Đức Lưu.", ["Quan Đức Lưu"], B,
  "signature", "CHÁNH VĂN PHÒNG")
q("no_diacritics", "thu 7 ngay 10/10 o quang truong sen ho co le gi",
  "07:30 Lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 và ra mắt ứng dụng \"Ngọc Đàm số\", CT Đinh Công Hoạch và "
  "PCT Trịnh Hữu Lạc dự.", ["Ngày Chuyển đổi số quốc gia", "Ngọc Đàm số"], B, "I.17",
  "ra mắt ứng dụng \"Ngọc Đàm số\"")
q("no_diacritics", "hop hoi dong tham dinh gia dat hom nao, ai chu tri",
  "14:00 thứ Năm 08/10/2026, PCT Kha Minh Nghị chủ trì, Phòng họp số 2, tầng 3; Sở Tài chính chuẩn bị.",
  ["14:00", "Kha Minh Nghị"], B, "I.13", "Họp Hội đồng thẩm định giá đất tỉnh")
q("no_diacritics", "xe di nam khieu xuat phat luc may gio",
  "11:30 ngày 08/10/2026 tại sân trụ sở UBND tỉnh.", ["11:30"], B, "II.3", "xuất phát lúc 11:30 ngày 08/10/2026")
q("no_diacritics", "ai tiep doan kiem tra bo noi vu ve cchc",
  "CT Đinh Công Hoạch và PCT TT Văn Thị Mẫn, 07:30 thứ Năm 08/10/2026, Phòng họp số 1; Sở Nội vụ chuẩn bị báo cáo, hậu "
  "cần.", ["Đinh Công Hoạch", "Văn Thị Mẫn"], B, "I.11",
  "Tiếp và làm việc với Đoàn kiểm tra của Bộ Nội vụ về công tác cải cách hành chính năm 2026")
q("no_diacritics", "to dich vu cong luu dong co may nguoi",
  "05 thành viên (02 công chức Bộ phận Một cửa, 01 chuyên viên Văn hóa - Xã hội, 01 đoàn viên, 01 thành viên Tổ công "
  "nghệ số cộng đồng).", ["05 thành viên"], C, "Phần II.2.1", "Tổ dịch vụ công lưu động gồm 05 thành viên")
q("no_diacritics", "cho ban xeo to ho tro tu may gio",
  "Phiên chợ thứ Năm tại chợ Bản Xèo, từ 07 giờ 00 đến 10 giờ 30.", ["07 giờ 00 đến 10 giờ 30"], C, "Phần II.2.2",
  "phiên chợ thứ Năm tại chợ Bản Xèo, từ 07 giờ 00 đến 10 giờ 30")
q("no_diacritics", "kinh phi mua thiet bi cho to luu dong het bao nhieu",
  "38.650.000 đồng, từ nguồn kinh phí chuyển đổi số năm 2026 của xã.", ["38.650.000 đồng"], C, "Phần II.3",
  "Tổng kinh phí mua sắm thiết bị: 38.650.000 đồng")
q("no_diacritics", "ty le dong gop cua hau van tinh bao nhieu",
  "30% (Chuyên viên Phòng Văn hóa - Xã hội xã, Kỹ sư CNTT).", ["30%"], C, "Đơn.2", "Hầu Văn Tỉnh")
q("no_diacritics", "mo hinh nay da nhan rong ra xa nao chua",
  "Đã được xã Pù Lìn và xã Đồng Vẹt học tập, áp dụng từ tháng 10/2026.", ["Pù Lìn", "Đồng Vẹt"], C, "Phần II.5",
  "Mô hình đã được xã Pù Lìn và xã Đồng Vẹt học tập, áp dụng từ tháng 10/2026")

# ------------------------------------------------------------------------------------------------ english
q("english", "Who signed the decision delegating the Chairman's powers over administrative procedures?",
  "The provincial Chairman, Đinh Công Hoạch, signed it himself (Quyết định 1207/QĐ-UBND of 21/9/2026).",
  ["Đinh Công Hoạch"], A, "signature", "Đinh Công Hoạch")
q("english", "How long does the delegation of authority last?",
  "From 01 tháng 10 năm 2026 to the end of 31 tháng 12 năm 2027.", ["01 tháng 10 năm 2026", "31 tháng 12 năm 2027"],
  A, "Điều 1.2", "từ ngày 01 tháng 10 năm 2026 đến hết ngày 31 tháng 12 năm 2027")
q("english", "Can a department that receives the delegation pass it on to one of its units?",
  "No: the delegated bodies không được ủy quyền tiếp (may not sub-delegate) to any other body, organisation or person.",
  ["không được ủy quyền tiếp"], A, "Điều 1.3", "không được ủy quyền tiếp")
q("english", "Who now approves an association's charter, and within how many days?",
  "The Giám đốc Sở Nội vụ (Director of Home Affairs), within 30 ngày (working days); partly online (Một phần).",
  ["Giám đốc Sở Nội vụ", "30 ngày"], A, "Phụ lục.B.6", "Phê duyệt điều lệ hội")
q("english", "What is the processing time for a general news website licence and can it be done fully online?",
  "10 ngày (working days), and yes, it is Toàn trình (fully online); handled by the Giám đốc Sở Văn hóa, Thể thao và "
  "Du lịch.", ["10 ngày", "Toàn trình"], A, "Phụ lục.D.16", "Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp")
q("english", "When and where does the steering committee on science, innovation and digital transformation meet?",
  "At 08:00 on Tuesday 06/10/2026, in the Hội trường tầng 1, trụ sở UBND tỉnh, chaired by CT Đinh Công Hoạch.",
  ["08:00", "Hội trường tầng 1"], B, "I.4", "Hội trường tầng 1, trụ sở UBND tỉnh")
q("english", "Where is the National Digital Transformation Day ceremony held?",
  "At Quảng trường Sen Hồ, phường Sen Hồ, at 07:30 on Saturday 10/10/2026.", ["Quảng trường Sen Hồ"], B, "I.17",
  "Quảng trường Sen Hồ, phường Sen Hồ")
q("english", "Which number should I call about administrative procedures according to the weekly schedule?",
  "The Phòng Kiểm soát thủ tục hành chính of the provincial office: 0214 6 852 136.", ["0214 6 852 136"], B, "II.5",
  "điện thoại 0214 6 852 136")
q("english", "Who is the lead author of the mobile public-service initiative and what is her share?",
  "Sầm Thị Ngát, with a 50% contribution.", ["Sầm Thị Ngát", "50%"], C, "Đơn.1", "Sầm Thị Ngát")
q("english", "How many market sessions did the mobile team hold, and how many were cancelled?",
  "62 sessions were held out of 65 market days; 03 were cancelled because of floods (mưa lũ).",
  ["62", "03"], C, "Phần II.3", "Tổ đã tổ chức 62 phiên, tạm dừng 03 phiên do mưa lũ")
q("english", "What was the commune's online filing rate before and after the initiative?",
  "18,6% in quý I/2026 before, 71,4% from 05/4 to 15/11/2026 after.", ["18,6%", "71,4%"], C, "Phần II.3",
  "Tỷ lệ hồ sơ TTHC của xã nộp trực tuyến")
q("english", "How much yearly funding does the team ask the commune for, and from when?",
  "12.000.000 đồng per year for fuel and 4G costs, from năm 2027.", ["12.000.000 đồng", "năm 2027"], C, "Phần III.2",
  "bố trí 12.000.000 đồng/năm cho chi phí xăng xe, cước 4G của Tổ từ năm 2027")

# ------------------------------------------------------------------------------------------------ unanswerable
for question in [
    "Lễ hưởng ứng Ngày Chuyển đổi số quốc gia ngày 10/10 kết thúc lúc mấy giờ?",
    "Số điện thoại di động của bà Sầm Thị Ngát là gì?",
    "Hội đồng sáng kiến xã đã công nhận sáng kiến tổ lưu động chưa, xếp loại gì?",
    "Lệ phí cấp giấy phép xả nước thải vào nguồn nước là bao nhiêu tiền?",
    "Email của Văn phòng UBND tỉnh Ngọc Đàm là gì?",
    "Lịch công tác tuần 42 có những cuộc họp nào?",
    "Phiên họp Ban Chỉ đạo ngày 06/10 đã kết luận những gì?",
    "Ứng dụng Ngọc Đàm số tải ở đâu, có bản iOS không?",
    "Tổ lưu động của xã Pù Lìn hoạt động vào những ngày nào?",
    "Quý IV/2026 các sở đã giải quyết được bao nhiêu hồ sơ theo ủy quyền?",
    "Giám đốc Sở Khoa học và Công nghệ tỉnh Ngọc Đàm tên là gì?",
    "Sáng kiến được thưởng bao nhiêu tiền?",
    "Dân số xã Nậm Khiếu là bao nhiêu người?",
]:
    q("unanswerable", question, NO_VN, [])
for question in ["phi cap giay phep xay dung cong trinh cap III o xa la bao nhieu",
                 "so fax cua van phong ubnd tinh la so may"]:
    q("unanswerable", question, NO_VN, [])
for question in ["How many people attended the training conference on 7 October?",
                 "What is the budget of the IOC project?",
                 "Which company developed the Ngoc Dam so app?"]:
    q("unanswerable", question, NO_EN, [])


def _squash(s):
    import re
    s = unicodedata.normalize("NFC", s).replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


def _doc_text(name, cache={}):
    """Text as each library reads it: python-docx body order, pypdf, the .txt as written (NFC, squashed)."""
    if name not in cache:
        path = os.path.join(HERE, "corpus", name)
        if name.endswith(".docx"):
            import docx
            from docx.table import Table
            from docx.text.paragraph import Paragraph
            d = docx.Document(path)
            parts = []
            for el in d.element.body.iterchildren():
                tag = el.tag.rsplit("}", 1)[-1]
                if tag == "p":
                    parts.append(Paragraph(el, d).text)
                elif tag == "tbl":
                    for row in Table(el, d).rows:
                        prev = None
                        for c in row.cells:
                            if c._tc is not prev:
                                parts.append(c.text)
                            prev = c._tc
            txt = "\n".join(parts)
        elif name.endswith(".pdf"):
            import pypdf
            txt = "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
        else:
            with open(path, encoding="utf-8") as f:
                txt = f.read()
        cache[name] = _squash(txt)
    return cache[name]


def validate(items):
    bad, ids = [], set()
    for it in items:
        if it["id"] in ids:
            bad.append(f"{it['id']}: duplicate id")
        ids.add(it["id"])
        for m in it["must_include"]:
            if m.lower() not in it["answer"].lower():
                bad.append(f"{it['id']}: must_include not in answer: {m}")
        if it["kind"] == "unanswerable":
            continue
        docs = it["document"] if isinstance(it["document"], list) else [it["document"]]
        evs = it["evidence"] if isinstance(it["evidence"], list) else [it["evidence"]]
        for d, e in zip(docs, evs):
            if _squash(e) not in _doc_text(d):
                bad.append(f"{it['id']}: evidence not in {d}: {e[:60]}")
    return bad


def main():
    counters, lines, objs = {}, [], []
    for kind, question, answer, must, doc, sec, ev in ITEMS:
        counters[kind] = counters.get(kind, 0) + 1
        item = {"id": f"l18-{PREFIX[kind]}-{counters[kind]:03d}", "question": question, "kind": kind,
                "answer": answer, "must_include": must, "document": doc, "section": sec, "evidence": ev}
        lines.append(unicodedata.normalize("NFC", json.dumps(item, ensure_ascii=False)))
        objs.append(json.loads(lines[-1]))
    bad = validate(objs)
    for b in bad:
        print("INVALID:", b)
    if bad:
        raise SystemExit(1)
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "items", counters)


if __name__ == "__main__":
    main()
