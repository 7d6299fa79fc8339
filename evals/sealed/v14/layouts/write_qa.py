# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v14 (SEALED: people who work on the reader must not open this file).

    /work/main/.venv/bin/python write_qa.py

Items follow evals/DATASET.md: fields id, question, kind, answer, must_include, document, section, evidence (in
that order); ids l14-<prefix>-NNN numbered per kind in the order written here.
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-btc-cuoc-thi-bich-son-the-le-03-tim-hieu-cchc-cds.docx"
B = "2026-ubnd-tinh-bich-son-thong-bao-41-tru-so-duong-day-nong-trung-tam-phvhcc.pdf"
C = "2026-ubnd-tinh-bich-son-buu-dien-tinh-thoa-thuan-hop-tac-09.txt"
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "abbreviation": "abbr", "list": "list", "cross_document": "cross", "no_diacritics": "nodiac",
          "english": "en", "unanswerable": "unans", "unit_duties": "duties", "period": "period",
          "task_list": "tasks", "comparison": "cmp"}
ITEMS = []


def it(kind, q, a, mi, doc, sec, ev):
    ITEMS.append((kind, q, a, mi, doc, sec, ev))


def un(q, a):
    ITEMS.append(("unanswerable", q, a, [], None, None, None))


# =============================================================================================== lead
it("lead", "Ai soạn ngân hàng câu hỏi cho cuộc thi tìm hiểu CCHC, CĐS năm 2026?",
   "Sở Nội vụ (cơ quan thường trực của Ban Tổ chức) xây dựng ngân hàng câu hỏi, đáp án.", ["Sở Nội vụ"],
   A, "VI.1", "Sở Nội vụ (cơ quan thường trực của Ban Tổ chức) xây dựng ngân hàng câu hỏi, đáp án")
it("lead", "phần mềm thi bị lỗi trong lúc thi thì đơn vị nào xử lý?",
   "Sở Khoa học và Công nghệ chủ trì xử lý sự cố kỹ thuật trong thời gian thi (đơn vị này cũng vận hành phần mềm "
   "thi).", ["Sở Khoa học và Công nghệ"],
   A, "VI.2", "chủ trì xử lý sự cố kỹ thuật trong thời gian thi")
it("lead", "Ai chỉ đạo niêm yết mã QR cuộc thi ở Trung tâm PVHCC tỉnh?",
   "Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh niêm yết mã QR và hướng dẫn "
   "người dân đến giao dịch tham gia Cuộc thi.", ["Văn phòng Ủy ban nhân dân tỉnh"],
   A, "VI.3", "Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh niêm yết mã QR")
it("lead", "Chuyên mục “Cùng tìm hiểu cải cách hành chính” do cơ quan nào mở?",
   "Báo và Phát thanh, Truyền hình Bích Sơn mở chuyên mục này trong thời gian diễn ra Cuộc thi.",
   ["Báo và Phát thanh, Truyền hình Bích Sơn"],
   A, "VI.5", "Báo và Phát thanh, Truyền hình Bích Sơn mở chuyên mục “Cùng tìm hiểu cải cách hành chính”")
it("lead", "thể lệ cuộc thi do ai đăng lên cổng thông tin điện tử tỉnh?",
   "Văn phòng Ủy ban nhân dân tỉnh đăng tải Thể lệ trên Cổng thông tin điện tử tỉnh.",
   ["Văn phòng Ủy ban nhân dân tỉnh"],
   A, "VI.3", "đăng tải Thể lệ trên Cổng thông tin điện tử tỉnh")
it("lead", "Ai có trách nhiệm vận động cán bộ, công chức đi thi?",
   "Các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường phổ biến Thể lệ, vận động 100% cán bộ, công chức, "
   "viên chức tham gia ít nhất 01 lượt thi.", ["Các sở, ban, ngành tỉnh", "100%"],
   A, "VI.6", "vận động 100% cán bộ, công chức, viên chức tham gia ít nhất 01 lượt thi")
it("lead", "Ai hướng dẫn bà con thi ở 20 Điểm hỗ trợ dịch vụ công trực tuyến?",
   "Bưu điện tỉnh hướng dẫn người dân tham gia Cuộc thi tại 20 Điểm hỗ trợ dịch vụ công trực tuyến.",
   ["Bưu điện tỉnh"],
   A, "VI.4", "hướng dẫn người dân tham gia tại 20 Điểm hỗ trợ dịch vụ công trực tuyến")
it("lead", "Thông báo 41: ai lo việc niêm yết thông báo ở trụ sở cũ và trụ sở mới của Trung tâm tỉnh?",
   "Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm tỉnh niêm yết Thông báo tại trụ sở cũ và trụ sở mới.",
   ["Văn phòng Ủy ban nhân dân tỉnh"],
   B, "6.a", "Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm tỉnh niêm yết Thông báo này tại trụ sở cũ và trụ "
             "sở mới")
it("lead", "Ai cập nhật địa chỉ, số điện thoại mới lên Cổng DVC của tỉnh và app Bích Sơn số?",
   "Sở Khoa học và Công nghệ, trước ngày 27/02/2026.", ["Sở Khoa học và Công nghệ"],
   B, "6.b", "Sở Khoa học và Công nghệ cập nhật địa chỉ, số điện thoại tại Thông báo này trên Cổng Dịch vụ công "
             "của tỉnh")
it("lead", "mn cho hỏi ai niêm yết thông tin trung tâm phục vụ hành chính công xã ở nhà văn hóa thôn?",
   "Ủy ban nhân dân các xã, phường niêm yết công khai thông tin của Trung tâm tại trụ sở, nhà văn hóa thôn, tổ "
   "dân phố và trên trang thông tin điện tử.", ["Ủy ban nhân dân các xã, phường"],
   B, "6.c", "Ủy ban nhân dân các xã, phường niêm yết công khai thông tin của Trung tâm Phục vụ hành chính công "
             "xã, phường tại trụ sở, nhà văn hóa thôn, tổ dân phố")
it("lead", "Cơ quan nào đăng thông báo 41 trên báo in, báo điện tử?",
   "Báo và Phát thanh, Truyền hình Bích Sơn (03 số liên tiếp, và phát trong các bản tin thời sự).",
   ["Báo và Phát thanh, Truyền hình Bích Sơn"],
   B, "6.d", "Báo và Phát thanh, Truyền hình Bích Sơn đăng Thông báo này trên báo in, báo điện tử 03 số liên "
             "tiếp")
it("lead", "Ai thông báo địa chỉ mới của Trung tâm tỉnh tại các bưu cục?",
   "Bưu điện tỉnh thông báo địa chỉ mới tại các bưu cục, điểm BĐVHX và bảo đảm chuyển phát hồ sơ đến trụ sở mới.",
   ["Bưu điện tỉnh"],
   B, "6.đ", "Bưu điện tỉnh thông báo địa chỉ mới của Trung tâm tỉnh tại các bưu cục, điểm BĐVHX")
it("lead", "Phản ánh thái độ của công chức một cửa thì ai trả lời, trong bao lâu?",
   "Trung tâm tỉnh (Trung tâm Phục vụ hành chính công tỉnh) trả lời hoặc chuyển cơ quan có thẩm quyền xử lý trong "
   "thời hạn 05 ngày làm việc kể từ ngày nhận được phản ánh, kiến nghị.", ["Trung tâm tỉnh", "05 ngày làm việc"],
   B, "4", "Trung tâm tỉnh có trách nhiệm trả lời hoặc chuyển cơ quan có thẩm quyền xử lý trong thời hạn 05 ngày "
           "làm việc")
it("lead", "Trong thỏa thuận với Bưu điện tỉnh, cơ quan đầu mối phía tỉnh là ai?",
   "Văn phòng Ủy ban nhân dân tỉnh là cơ quan đầu mối của Bên A.", ["Văn phòng Ủy ban nhân dân tỉnh"],
   C, "Điều 4.1", "Giao Văn phòng Ủy ban nhân dân tỉnh là cơ quan đầu mối của Bên A")
it("lead", "Ai chủ trì ký hợp đồng dịch vụ hằng năm về bố trí nhân viên bưu điện tại các trung tâm?",
   "Văn phòng Ủy ban nhân dân tỉnh chủ trì ký hợp đồng dịch vụ hằng năm với Bên B (Bưu điện tỉnh).",
   ["Văn phòng Ủy ban nhân dân tỉnh"],
   C, "Điều 4.1", "chủ trì ký hợp đồng dịch vụ hằng năm với Bên B về bố trí nhân viên hỗ trợ tại các Trung tâm")
it("lead", "Ai cấp tài khoản cho nhân viên bưu điện trên hệ thống giải quyết TTHC của tỉnh?",
   "Sở Khoa học và Công nghệ cấp tài khoản, phân quyền cho nhân viên Bên B trên Hệ thống thông tin giải quyết thủ "
   "tục hành chính của tỉnh.", ["Sở Khoa học và Công nghệ"],
   C, "Điều 4.2", "Sở Khoa học và Công nghệ cấp tài khoản, phân quyền cho nhân viên Bên B")
it("lead", "kinh phí các hợp đồng dịch vụ với bưu điện do ai tham mưu bố trí?",
   "Sở Tài chính tham mưu bố trí kinh phí thực hiện các hợp đồng dịch vụ theo quy định về phân cấp ngân sách.",
   ["Sở Tài chính"],
   C, "Điều 4.4", "Sở Tài chính tham mưu bố trí kinh phí thực hiện các hợp đồng dịch vụ")
it("lead", "Ai đưa tập huấn một cửa cho nhân viên bưu điện vào kế hoạch bồi dưỡng 2026?",
   "Sở Nội vụ đưa nội dung tập huấn về cơ chế một cửa, một cửa liên thông cho nhân viên Bên B vào kế hoạch bồi "
   "dưỡng năm 2026.", ["Sở Nội vụ"],
   C, "Điều 4.3", "Sở Nội vụ đưa nội dung tập huấn về cơ chế một cửa, một cửa liên thông cho nhân viên Bên B vào "
                  "kế hoạch bồi dưỡng năm 2026")
it("lead", "chỗ ngồi làm việc cho nhân viên bưu điện ở trung tâm xã do ai bố trí?",
   "Ủy ban nhân dân các xã, phường bố trí vị trí làm việc cho nhân viên Bên B tại Trung tâm.",
   ["Ủy ban nhân dân các xã, phường"],
   C, "Điều 4.5", "Ủy ban nhân dân các xã, phường bố trí vị trí làm việc cho nhân viên Bên B tại Trung tâm")
it("lead", "Tổ trưởng Tổ công tác liên ngành (thỏa thuận với bưu điện) là ai?",
   "Tổ trưởng là Chánh Văn phòng Ủy ban nhân dân tỉnh.", ["Chánh Văn phòng Ủy ban nhân dân tỉnh"],
   C, "Điều 6.1", "Tổ trưởng: Chánh Văn phòng Ủy ban nhân dân tỉnh;")
it("lead", "Còn tổ phó của tổ công tác liên ngành là ai vậy?",
   "Tổ phó là Phó Giám đốc Bưu điện tỉnh phụ trách dịch vụ hành chính công.",
   ["Phó Giám đốc Bưu điện tỉnh"],
   C, "Điều 6.1", "Tổ phó: Phó Giám đốc Bưu điện tỉnh phụ trách dịch vụ hành chính công;")
it("lead", "Đưa sản phẩm OCOP lên sàn thương mại điện tử của bưu điện thì phía tỉnh cơ quan nào làm đầu mối?",
   "Theo Phụ lục I (kế hoạch phối hợp năm 2026), đầu mối Bên A là Sở Công Thương; đầu mối Bên B là Phòng Kinh "
   "doanh; thời gian năm 2026.", ["Sở Công Thương"],
   C, "Phụ lục I.B.11", "Sở Công Thương")
it("lead", "Ai tổng hợp số hồ sơ nhận, trả qua bưu chính công ích (đầu mối phía tỉnh)?",
   "Trung tâm PVHCC tỉnh là đầu mối Bên A, thực hiện hằng tháng (đầu mối Bên B: Phòng Dịch vụ hành chính công).",
   ["Trung tâm PVHCC tỉnh"],
   C, "Phụ lục I.A.6", "Trung tâm PVHCC tỉnh")
it("lead", "Chi trả trợ cấp xã hội hằng tháng qua tài khoản: đầu mối Bên A là ai?",
   "Sở Y tế và UBND các xã, phường (Phụ lục I, mục 10; thời gian từ tháng 7/2026).",
   ["Sở Y tế", "UBND các xã, phường"],
   C, "Phụ lục I.B.10", "Sở Y tế;")
it("lead", "Bên nào phải báo cáo kết quả thực hiện thỏa thuận hằng quý?",
   "Bên B (Bưu điện tỉnh) báo cáo kết quả thực hiện Thỏa thuận gửi Văn phòng Ủy ban nhân dân tỉnh hằng quý.",
   ["Bên B"],
   C, "Điều 5.5", "Báo cáo kết quả thực hiện Thỏa thuận gửi Văn phòng Ủy ban nhân dân tỉnh hằng quý")
it("lead", "ai đến nhà nhận hồ sơ thủ tục cho dân?",
   "Bên B (Bưu điện tỉnh) tiếp nhận hồ sơ tại nhà, tại bưu cục hoặc điểm BĐVHX và chuyển đến Trung tâm.",
   ["Bên B"],
   C, "Điều 3.1.a", "Bên B tiếp nhận hồ sơ tại nhà, tại bưu cục hoặc điểm BĐVHX")

# =============================================================================================== coordinators
it("coordinators", "Chuyển tổng đài 1800 5 816 về trụ sở mới thì Sở KH&CN phối hợp với ai?",
   "Sở Khoa học và Công nghệ phối hợp với Văn phòng Ủy ban nhân dân tỉnh.", ["Văn phòng Ủy ban nhân dân tỉnh"],
   B, "6.b", "phối hợp với Văn phòng Ủy ban nhân dân tỉnh chuyển tổng đài 1800 5 816 về trụ sở mới")
it("coordinators", "UBND xã phối hợp với ai để hướng dẫn Nhân dân tham gia cuộc thi?",
   "Với Tổ công nghệ số cộng đồng.", ["Tổ công nghệ số cộng đồng"],
   A, "VI.6", "Ủy ban nhân dân các xã, phường phối hợp với Tổ công nghệ số cộng đồng hướng dẫn Nhân dân tham gia")
it("coordinators", "Theo thỏa thuận, Sở Nội vụ phối hợp với ai để tổ chức Cuộc thi tìm hiểu CCHC, CĐS 2026?",
   "Sở Nội vụ phối hợp với Bên B, tức Bưu điện tỉnh Bích Sơn.", ["Bên B"],
   C, "Điều 4.3", "phối hợp với Bên B tổ chức Cuộc thi tìm hiểu về cải cách hành chính, chuyển đổi số năm 2026")
it("coordinators", "Chi trả trợ cấp xã hội không dùng tiền mặt: bưu điện phối hợp với những ai?",
   "Bên B phối hợp với Sở Y tế và Ủy ban nhân dân các xã, phường.", ["Sở Y tế", "Ủy ban nhân dân các xã, phường"],
   C, "Điều 3.6", "Bên B phối hợp với Sở Y tế và Ủy ban nhân dân các xã, phường chi trả trợ cấp xã hội hằng tháng")
it("coordinators", "Bưu điện phối hợp với lực lượng nào để hướng dẫn dân cài VNeID?",
   "Với Tổ công nghệ số cộng đồng ở thôn, tổ dân phố.", ["Tổ công nghệ số cộng đồng"],
   C, "Điều 3.5.a", "Phối hợp với Tổ công nghệ số cộng đồng ở thôn, tổ dân phố hướng dẫn người dân cài đặt, sử dụng "
                    "ứng dụng VNeID")
it("coordinators", "Kết nối phần mềm quản lý bưu gửi với hệ thống TTHC: phía bưu điện phòng nào làm đầu mối?",
   "Phòng Kỹ thuật - Công nghệ của Bên B (đầu mối Bên A là Sở Khoa học và Công nghệ; hạn trước 30/6/2026).",
   ["Phòng Kỹ thuật"],
   C, "Phụ lục I.A.3", "Phòng Kỹ thuật -")
it("coordinators", "Thiết lập 20 Điểm hỗ trợ dịch vụ công trực tuyến: bên bưu điện ai phối hợp?",
   "Phòng Kinh doanh và Bưu điện các khu vực (đầu mối Bên A: UBND các xã, phường).",
   ["Phòng Kinh doanh", "Bưu điện các khu vực"],
   C, "Phụ lục I.B.7", "Phòng Kinh doanh;")
it("coordinators", "Ai phối hợp tuyên truyền cuộc thi tại các bưu cục, điểm Bưu điện - Văn hóa xã?",
   "Bưu điện tỉnh.", ["Bưu điện tỉnh"],
   A, "VI.4", "Bưu điện tỉnh phối hợp tuyên truyền Cuộc thi tại bưu cục, điểm Bưu điện - Văn hóa xã")
it("coordinators", "Đồng hành Cuộc thi năm 2026: phòng nào của bưu điện làm đầu mối với Sở Nội vụ?",
   "Phòng Kinh doanh của Bên B; đầu mối Bên A là Sở Nội vụ (tháng 4 - tháng 6/2026).",
   ["Phòng Kinh doanh", "Sở Nội vụ"],
   C, "Phụ lục I.B.9", "Phòng Kinh doanh")
it("coordinators", "Số hóa kết quả hộ tịch tồn đọng ở 06 xã: bưu điện cử bộ phận nào phối hợp?",
   "Bưu điện các khu vực (đầu mối Bên B), cùng UBND 06 xã Suối Hàm, Bản Mạ, Cốc Lừu, Hữu Lân, Tà Sình, Phiêng "
   "Luông.", ["Bưu điện các khu vực"],
   C, "Phụ lục I.A.5", "Bưu điện các khu vực")
it("coordinators", "Kích hoạt tài khoản định danh điện tử mức độ 2: đầu mối hai bên là ai?",
   "Bên A: Công an tỉnh và UBND các xã, phường; Bên B: Bưu điện các khu vực (cùng Tổ công nghệ số cộng đồng, "
   "thường xuyên).", ["Công an tỉnh", "Bưu điện các khu vực"],
   C, "Phụ lục I.B.8", "Công an tỉnh;")
it("coordinators", "Tổ công tác liên ngành có đại diện những cơ quan nào tham gia?",
   "Ngoài Tổ trưởng (Chánh Văn phòng UBND tỉnh) và Tổ phó (Phó Giám đốc Bưu điện tỉnh), thành viên là đại diện "
   "lãnh đạo Sở Nội vụ, Sở Khoa học và Công nghệ, Sở Tài chính, Sở Y tế, Trung tâm Phục vụ hành chính công tỉnh và "
   "các phòng nghiệp vụ của Bên B.", ["Sở Tài chính", "Sở Y tế"],
   C, "Điều 6.1", "Thành viên: đại diện lãnh đạo Sở Nội vụ, Sở Khoa học và Công nghệ, Sở Tài chính, Sở Y tế, Trung "
                  "tâm Phục vụ hành chính công tỉnh và các phòng nghiệp vụ của Bên B.")

# =============================================================================================== timing
it("timing", "Tuần 3 của cuộc thi bắt đầu và kết thúc lúc nào?",
   "Tuần 3: từ 00 giờ 00 ngày 18/5/2026 đến 23 giờ 59 ngày 24/5/2026.", ["18/5/2026", "24/5/2026"],
   A, "III.1", "00 giờ 00 ngày 18/5/2026")
it("timing", "kết quả tuần 4 dự kiến công bố ngày nào?",
   "Ngày 03/6/2026.", ["03/6/2026"],
   A, "III.1", "Ngày 03/6/2026")
it("timing", "lễ tổng kết trao giải cuộc thi tổ chức khi nào, ở đâu?",
   "Dự kiến ngày 19/6/2026 tại Hội trường Ủy ban nhân dân tỉnh, kết hợp với Hội nghị sơ kết công tác cải cách hành "
   "chính 6 tháng đầu năm 2026.", ["19/6/2026", "Hội trường Ủy ban nhân dân tỉnh"],
   A, "V.3", "Lễ tổng kết và trao giải chung cuộc, giải tập thể dự kiến tổ chức vào ngày 19/6/2026 tại Hội trường Ủy "
             "ban nhân dân tỉnh")
it("timing", "trúng giải thì phải gửi thông tin nhận thưởng trong bao lâu?",
   "Trong thời hạn 10 ngày kể từ ngày công bố kết quả; quá thời hạn được xem là từ chối nhận giải.", ["10 ngày"],
   A, "V.2", "trong thời hạn 10 ngày kể từ ngày công bố kết quả")
it("timing", "Trung tâm PVHCC tỉnh chuyển về trụ sở mới từ ngày nào?",
   "Kể từ ngày 02/3/2026.", ["02/3/2026"],
   B, "1", "Kể từ ngày 02/3/2026, Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm tỉnh) chuyển "
           "đến làm việc tại trụ sở mới")
it("timing", "Trụ sở cũ ở Trần Hưng Đạo ngừng nhận hồ sơ lúc nào?",
   "Từ 16 giờ 00 ngày 27/02/2026.", ["16 giờ 00 ngày 27/02/2026"],
   B, "1", "dừng tiếp nhận hồ sơ từ 16 giờ 00 ngày 27/02/2026")
it("timing", "Trung tâm phục vụ hành chính công xã làm việc mấy giờ?",
   "Từ thứ Hai đến thứ Sáu: sáng từ 07 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ 00 (06 Trung tâm có "
   "thêm sáng thứ Bảy).", ["07 giờ 30", "13 giờ 30", "17 giờ 00"],
   B, "2.b", "Từ thứ Hai đến thứ Sáu: buổi sáng từ 07 giờ 30 đến 11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 giờ 00.")
it("timing", "Sở KH&CN phải cập nhật thông tin mới lên Cổng DVC của tỉnh trước ngày nào?",
   "Trước ngày 27/02/2026.", ["27/02/2026"],
   B, "6.b", "ứng dụng “Bích Sơn số” trước ngày 27/02/2026")
it("timing", "Ở trụ sở cũ có người hướng dẫn đến bao giờ?",
   "Từ ngày 02/3/2026 đến hết ngày 31/3/2026 có nhân viên hướng dẫn tại trụ sở cũ.", ["31/3/2026"],
   B, "6.a", "bố trí nhân viên hướng dẫn tại trụ sở cũ từ ngày 02/3/2026 đến hết ngày 31/3/2026")
it("timing", "nộp hồ sơ online lúc 17h thứ Ba thì được tính nhận ngày nào?",
   "Hồ sơ nộp sau 16 giờ 00 được tính là tiếp nhận vào ngày làm việc tiếp theo (tức thứ Tư).",
   ["16 giờ 00", "ngày làm việc tiếp theo"],
   B, "2.c", "hồ sơ nộp sau 16 giờ 00 hoặc vào ngày nghỉ, ngày lễ được tính là tiếp nhận vào ngày làm việc tiếp theo")
it("timing", "UBND xã phải niêm yết thông tin trung tâm trước ngày nào?",
   "Trước ngày 28/02/2026.", ["28/02/2026"],
   B, "6.c", "trên trang thông tin điện tử trước ngày 28/02/2026")
it("timing", "Đài phát thông báo 41 trong bản tin thời sự từ ngày nào đến ngày nào?",
   "Từ ngày 16/02/2026 đến ngày 06/3/2026.", ["16/02/2026", "06/3/2026"],
   B, "6.d", "phát trong các bản tin thời sự từ ngày 16/02/2026 đến ngày 06/3/2026")
it("timing", "Hạn kết nối phần mềm quản lý bưu gửi với hệ thống TTHC tỉnh là khi nào?",
   "Trước ngày 30/6/2026 (Sở Khoa học và Công nghệ thực hiện).", ["30/6/2026"],
   C, "Điều 4.2", "kết nối phần mềm quản lý bưu gửi của Bên B với Hệ thống trước ngày 30/6/2026")
it("timing", "kế hoạch phối hợp năm sau giữa tỉnh và bưu điện phải chốt trước ngày nào?",
   "Hằng năm, hai Bên thống nhất kế hoạch phối hợp của năm tiếp theo trước ngày 15 tháng 12.",
   ["15 tháng 12"],
   C, "Điều 6.3", "hai Bên thống nhất kế hoạch phối hợp của năm tiếp theo trước ngày 15 tháng 12")
it("timing", "muốn chấm dứt thỏa thuận trước hạn thì phải báo trước bao lâu?",
   "Phải thông báo bằng văn bản cho Bên kia trước ít nhất 30 ngày.", ["30 ngày"],
   C, "Điều 7.2", "phải thông báo bằng văn bản cho Bên kia trước ít nhất 30 ngày")
it("timing", "Khi nào sơ kết thỏa thuận hợp tác với bưu điện?",
   "Năm 2028 sơ kết 03 năm thực hiện; năm 2030 tổng kết.", ["2028"],
   C, "Điều 6.4", "Năm 2028, hai Bên sơ kết 03 năm thực hiện Thỏa thuận")
it("timing", "Từ ngày nào 4 xã còn lại có nhân viên bưu điện hỗ trợ ở trung tâm?",
   "Từ ngày 01/4/2026 (các xã Suối Hàm, Cốc Lừu, Tà Sình, Phiêng Luông).", ["01/4/2026"],
   C, "Điều 3.2.a", "từ ngày 01/4/2026 bố trí thêm nhân viên tại 04 Trung tâm")

# =============================================================================================== frequency
it("frequency", "1 tuần được thi mấy lượt vậy ad?",
   "Tối đa 02 lượt trong một tuần; lượt có điểm cao nhất được xét giải.", ["02 lượt"],
   A, "II.3", "Mỗi thí sinh được thi tối đa 02 lượt trong một tuần")
it("frequency", "chuyên mục về cuộc thi trên đài phát mấy số một tuần?",
   "02 số/tuần trong thời gian diễn ra Cuộc thi.", ["02 số/tuần"],
   A, "VI.5", "phát sóng 02 số/tuần trong thời gian diễn ra Cuộc thi")
it("frequency", "Tổ Thư ký báo cáo Trưởng ban tình hình cuộc thi vào lúc nào?",
   "Vào sáng thứ Hai hằng tuần.", ["sáng thứ Hai hằng tuần"],
   A, "VI.1", "Tổ Thư ký báo cáo Trưởng Ban Tổ chức tình hình Cuộc thi vào sáng thứ Hai hằng tuần")
it("frequency", "UBND xã rà soát, cập nhật thông tin niêm yết về trung tâm bao lâu một lần?",
   "Định kỳ hằng quý.", ["hằng quý"],
   B, "6.c", "rà soát, cập nhật thông tin niêm yết định kỳ hằng quý")
it("frequency", "Bưu điện báo cáo kết quả thực hiện thỏa thuận định kỳ thế nào?",
   "Hằng quý, trước ngày 20 của tháng cuối quý, gửi Văn phòng Ủy ban nhân dân tỉnh.", ["hằng quý", "ngày 20"],
   C, "Điều 5.5", "hằng quý, trước ngày 20 của tháng cuối quý")
it("frequency", "Số hồ sơ nhận, trả qua bưu chính công ích được tổng hợp bao lâu một lần?",
   "Hằng tháng (Phụ lục I, mục 6).", ["Hằng tháng"],
   C, "Phụ lục I.A.6", "Hằng tháng")
it("frequency", "Tổng đài 1800 5 816 có trực thứ Bảy, Chủ nhật không?",
   "Có. Tổng đài hoạt động từ 07 giờ 00 đến 21 giờ 00 hằng ngày, kể cả thứ Bảy và Chủ nhật.", ["hằng ngày"],
   B, "3", "hoạt động từ 07 giờ 00 đến 21 giờ 00 hằng ngày, kể cả thứ Bảy và Chủ nhật")
it("frequency", "trợ cấp xã hội qua bưu điện chi trả bao lâu một lần?",
   "Hằng tháng, qua tài khoản của người hưởng.", ["hằng tháng"],
   C, "Điều 3.6", "chi trả trợ cấp xã hội hằng tháng qua tài khoản của người hưởng")

# =============================================================================================== fact
it("fact", "Thể lệ cuộc thi số mấy, ban hành ngày nào?",
   "Thể lệ số 03/TL-BTC, ngày 20 tháng 4 năm 2026, của Ban Tổ chức Cuộc thi.", ["03/TL-BTC", "20 tháng 4 năm 2026"],
   A, "header", "Số: 03/TL-BTC")
it("fact", "Cơ quan thường trực của Ban Tổ chức cuộc thi là cơ quan nào?",
   "Sở Nội vụ là cơ quan thường trực của Ban Tổ chức.", ["Sở Nội vụ"],
   A, "VI.1", "Sở Nội vụ (cơ quan thường trực của Ban Tổ chức)")
it("fact", "Thể lệ căn cứ kế hoạch nào của tỉnh?",
   "Kế hoạch số 97/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân tỉnh về tổ chức Cuộc thi.", ["97/KH-UBND"],
   A, "preamble", "Căn cứ Kế hoạch số 97/KH-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh")
it("fact", "Ban tổ chức cuộc thi được thành lập theo quyết định nào?",
   "Quyết định số 512/QĐ-UBND ngày 08/4/2026 của Chủ tịch Ủy ban nhân dân tỉnh.", ["512/QĐ-UBND"],
   A, "preamble", "Căn cứ Quyết định số 512/QĐ-UBND ngày 08 tháng 4 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh về "
                  "việc thành lập Ban Tổ chức Cuộc thi")
it("fact", "link vào thi là gì ạ?",
   "https://thicchc.bichson.gov.vn (hoặc qua banner trên Cổng thông tin điện tử tỉnh, ứng dụng “Bích Sơn số”, hoặc "
   "quét mã QR).", ["https://thicchc.bichson.gov.vn"],
   A, "I.2", "phần mềm thi tại địa chỉ https://thicchc.bichson.gov.vn")
it("fact", "đề thi có bao nhiêu câu, mỗi câu mấy điểm?",
   "20 câu hỏi trắc nghiệm, mỗi câu đúng 05 điểm, tối đa 100 điểm; thêm 01 câu hỏi dự đoán số lượt thi của tuần.",
   ["20 câu", "05 điểm"],
   A, "II.1", "Mỗi đề thi gồm 20 câu hỏi trắc nghiệm do phần mềm lựa chọn ngẫu nhiên từ ngân hàng câu hỏi của từng "
              "khối")
it("fact", "Con em 14 tuổi có được dự thi khối B không?",
   "Không. Khối B dành cho công dân Việt Nam từ đủ 15 tuổi trở lên đang sinh sống, học tập, lao động trên địa bàn "
   "tỉnh.", ["15 tuổi"],
   A, "I.1.b", "công dân Việt Nam từ đủ 15 tuổi trở lên")
it("fact", "tổng giá trị giải thưởng cuộc thi là bao nhiêu?",
   "90.200.000 đồng cho 108 giải (chưa tính 30 phần quà do Bưu điện tỉnh tài trợ).", ["90.200.000", "108"],
   A, "IV.4", "90.200.000")
it("fact", "giải nhất tuần được bao nhiêu tiền?",
   "1.000.000 đồng mỗi giải, kèm Giấy chứng nhận của Ban Tổ chức.", ["1.000.000"],
   A, "IV.4.I.1", "1.000.000")
it("fact", "Cả cuộc thi có tổng cộng bao nhiêu giải khuyến khích tuần?",
   "40 giải (05 giải mỗi khối mỗi tuần x 02 khối x 04 tuần), mỗi giải 300.000 đồng, thành tiền 12.000.000 đồng.",
   ["40", "300.000"],
   A, "IV.4.I.4", "Giải Khuyến khích")
it("fact", "Giải nhất chung cuộc có mấy giải, thưởng bao nhiêu?",
   "02 giải (mỗi khối 01 giải), mỗi giải 3.000.000 đồng, thành tiền 6.000.000 đồng.", ["3.000.000"],
   A, "IV.4.II.5", "6.000.000")
it("fact", "mỗi tuần mỗi khối có bao nhiêu giải?",
   "11 giải: 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích.", ["11 giải"],
   A, "IV.1", "mỗi tuần, mỗi khối có 11 giải")
it("fact", "Bưu điện tài trợ bao nhiêu phần quà cho cuộc thi, mỗi phần trị giá bao nhiêu?",
   "30 phần quà, mỗi phần trị giá 200.000 đồng (tổng 6.000.000 đồng, không tính trong tổng giá trị giải thưởng), "
   "dành cho thí sinh Khối B thi tại các Điểm hỗ trợ dịch vụ công trực tuyến có kết quả cao nhất.",
   ["30 phần quà", "200.000"],
   A, "IV.5", "Bưu điện tỉnh tài trợ 30 phần quà (mỗi phần trị giá 200.000 đồng)")
it("fact", "giải tập thể cho UBND xã phường tổng cộng bao nhiêu tiền?",
   "05 giải x 3.000.000 đồng = 15.000.000 đồng.", ["15.000.000"],
   A, "IV.4.III.9", "15.000.000")
it("fact", "giải chung cuộc tính điểm như thế nào?",
   "Xét trên tổng điểm của 04 tuần thi (tối đa 400 điểm) và tổng thời gian làm bài.", ["400 điểm"],
   A, "II.6", "Giải chung cuộc được xét trên tổng điểm của 04 tuần thi (tối đa 400 điểm) và tổng thời gian làm bài.")
it("fact", "sđt tổ thư ký cuộc thi?",
   "Bà La Thị Nguyệt (Phòng Cải cách hành chính, Sở Nội vụ), điện thoại 0218 3 864 502, thư điện tử "
   "cuocthicchc@bichson.gov.vn.", ["0218 3 864 502"],
   A, "VI.7", "bà La Thị Nguyệt, điện thoại 0218 3 864 502")
it("fact", "đạt giải ở 2 tuần thì có nhận được 2 giải tuần không?",
   "Không. Mỗi thí sinh chỉ được nhận 01 giải tuần trong suốt thời gian diễn ra Cuộc thi.", ["01 giải tuần"],
   A, "II.6", "Mỗi thí sinh chỉ được nhận 01 giải tuần trong suốt thời gian diễn ra Cuộc thi.")
it("fact", "giải nhì chung cuộc được kèm theo gì?",
   "Giấy khen của Giám đốc Sở Nội vụ (mức thưởng 2.000.000 đồng mỗi giải).", ["Giấy khen của Giám đốc Sở Nội vụ"],
   A, "IV.4.II.6", "Giấy khen của Giám đốc Sở Nội vụ")
it("fact", "tiền thưởng được trao bằng cách nào?",
   "Được chuyển khoản vào tài khoản của người đạt giải (chi từ kinh phí tổ chức Cuộc thi theo Kế hoạch số "
   "97/KH-UBND).", ["chuyển khoản"],
   A, "IV.6", "được chuyển khoản vào tài khoản của người đạt giải")
it("fact", "Thông báo đổi trụ sở Trung tâm PVHCC tỉnh số mấy, ngày nào?",
   "Thông báo số 41/TB-UBND ngày 12 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Bích Sơn.",
   ["41/TB-UBND", "12 tháng 02 năm 2026"],
   B, "header", "Số: 41/TB-UBND")
it("fact", "Trung tâm tỉnh hiện tiếp nhận những lĩnh vực nào?",
   "Các lĩnh vực thuộc thẩm quyền cấp tỉnh, trừ các lĩnh vực tiếp nhận tại Chi nhánh số 1 (đất đai; đăng ký biện "
   "pháp bảo đảm) và Chi nhánh số 2 (Khu kinh tế cửa khẩu).", ["thẩm quyền cấp tỉnh"],
   B, "Phụ lục I.1", "Các lĩnh vực thuộc thẩm quyền cấp tỉnh, trừ các lĩnh vực tiếp nhận tại Chi nhánh số 1 và Chi "
                     "nhánh số 2")
it("fact", "đường dây nóng trung tâm PVHCC tỉnh số mấy?",
   "0218 3 826 715 (trong giờ làm việc).", ["0218 3 826 715"],
   B, "3", "Đường dây nóng Trung tâm tỉnh: 0218 3 826 715 (trong giờ làm việc).")
it("fact", "số 0218 3 812 330 còn gọi được không?",
   "Không. Đó là số điện thoại của trụ sở cũ, ngừng sử dụng từ ngày 02/3/2026.", ["02/3/2026"],
   B, "3", "Số điện thoại 0218 3 812 330 của trụ sở cũ ngừng sử dụng từ ngày 02/3/2026.")
it("fact", "email gửi phản ánh, kiến nghị là gì?",
   "phananh.ttpvhcc@bichson.gov.vn", ["phananh.ttpvhcc@bichson.gov.vn"],
   B, "4", "Thư điện tử: phananh.ttpvhcc@bichson.gov.vn;")
it("fact", "sdt trung tâm phục vụ hành chính công xã Cốc Lừu?",
   "0218 3 767 761.", ["0218 3 767 761"],
   B, "Phụ lục II.II.11", "0218 3 767 761")
it("fact", "TTPVHCC phường Đồng Tràm ở đâu?",
   "Số 77 đường Nguyễn Du, tổ dân phố 9 (đường dây nóng 0218 3 751 316).", ["Số 77 đường Nguyễn Du"],
   B, "Phụ lục II.I.2", "Số 77 đường Nguyễn Du, tổ dân phố 9")
it("fact", "Chi nhánh số 1 nhận lĩnh vực gì, đặt ở đâu?",
   "Đất đai; đăng ký biện pháp bảo đảm. Địa chỉ: Số 40 đường Nguyễn Du, phường Đồng Tràm (trụ sở Văn phòng Đăng ký "
   "đất đai tỉnh).", ["Đất đai", "Số 40 đường Nguyễn Du"],
   B, "Phụ lục I.2", "Đất đai; đăng ký biện pháp bảo đảm")
it("fact", "Thông báo 41 liệt kê bao nhiêu trung tâm PVHCC xã, phường?",
   "14 Trung tâm: nhóm các phường (04 đơn vị) và nhóm các xã (10 đơn vị).", ["04 đơn vị", "10 đơn vị"],
   B, "Phụ lục II", "CÁC XÃ (10 đơn vị)")
it("fact", "hiện có bao nhiêu trung tâm xã, phường có nhân viên bưu điện hỗ trợ?",
   "10/14 Trung tâm Phục vụ hành chính công xã, phường (theo Thông báo 41).", ["10/14"],
   B, "5", "Bưu điện tỉnh bố trí nhân viên hỗ trợ hướng dẫn, số hóa hồ sơ tại 10/14 Trung tâm Phục vụ hành chính công "
           "xã, phường")
it("fact", "Thông báo 41 thay thế văn bản nào?",
   "Thay thế Thông báo số 118/TB-UBND ngày 28/6/2025 của Ủy ban nhân dân tỉnh.", ["118/TB-UBND"],
   B, "7", "Thông báo này thay thế Thông báo số 118/TB-UBND ngày 28 tháng 6 năm 2025")
it("fact", "Xã Pác Vẹ có điểm tiếp nhận thứ 2 không, ở đâu?",
   "Có. Ngoài trụ sở ở thôn 5 (gần cửa khẩu), điểm tiếp nhận số 2 đặt tại thôn 9 (trụ sở Ủy ban nhân dân xã cũ).",
   ["thôn 9"],
   B, "Phụ lục II.II.6", "Điểm tiếp nhận số 2: thôn 9 (trụ sở Ủy ban nhân dân xã cũ)")
it("fact", "Vướng mắc về thông báo thì liên hệ ai ở Trung tâm tỉnh?",
   "Ông Thân Văn Lực, Giám đốc Trung tâm tỉnh, điện thoại 0218 3 826 709.", ["Thân Văn Lực", "0218 3 826 709"],
   B, "7", "ông Thân Văn Lực, Giám đốc, điện thoại 0218 3 826 709")
it("fact", "Thông báo 41 căn cứ quyết định nào về tổ chức lại Trung tâm PVHCC tỉnh?",
   "Quyết định số 27/2025/QĐ-UBND ngày 30/6/2025 của Ủy ban nhân dân tỉnh.", ["27/2025/QĐ-UBND"],
   B, "preamble", "Căn cứ Quyết định số 27/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh")
it("fact", "thỏa thuận hợp tác với bưu điện số mấy, ký ngày nào?",
   "Số 09/TTHT-UBND-BĐT, ký ngày 06 tháng 3 năm 2026.", ["09/TTHT-UBND-BĐT", "06 tháng 3 năm 2026"],
   C, "header", "Số: 09/TTHT-UBND-BĐT")
it("fact", "Ai đại diện Bưu điện tỉnh ký thỏa thuận?",
   "Ông Quách Trọng Hiếu, Giám đốc Bưu điện tỉnh Bích Sơn.", ["Quách Trọng Hiếu"],
   C, "preamble", "Ông Quách Trọng Hiếu")
it("fact", "thỏa thuận được lập thành mấy bản?",
   "06 bản có giá trị pháp lý như nhau, mỗi Bên giữ 03 bản.", ["06 bản", "03 bản"],
   C, "Điều 7.3", "Thỏa thuận được lập thành 06 bản có giá trị pháp lý như nhau, mỗi Bên giữ 03 bản.")
it("fact", "mục tiêu tỷ lệ hồ sơ đi qua bưu chính công ích là bao nhiêu?",
   "Đến hết năm 2026 đạt tối thiểu 10% tổng số hồ sơ của tỉnh.", ["10%"],
   C, "Điều 1.2", "đạt tối thiểu 10% tổng số hồ sơ của tỉnh")
it("fact", "phường Vọng Nguyệt có mấy điểm hỗ trợ dịch vụ công trực tuyến?",
   "03 Điểm: Bưu cục Trung tâm tỉnh, Bưu cục Vọng Nguyệt và điểm BĐVHX tổ dân phố 7.", ["03", "Bưu cục Vọng Nguyệt"],
   C, "Phụ lục II.1", "Bưu cục Trung tâm tỉnh;")
it("fact", "Phía bưu điện, đầu mối liên hệ thực hiện thỏa thuận là ai?",
   "Bà Đàm Thị Thu Trang, Phó Giám đốc Bưu điện tỉnh, điện thoại 0218 3 851 247.",
   ["Đàm Thị Thu Trang", "0218 3 851 247"],
   C, "Điều 6.5", "Bên B: bà Đàm Thị Thu Trang, Phó Giám đốc Bưu điện tỉnh, điện thoại 0218 3 851 247.")
it("fact", "Đi bưu điện nộp hồ sơ có bị thu thêm phí gì ngoài cước không?",
   "Không. Thỏa thuận quy định không thu thêm bất kỳ khoản phí nào ngoài cước đã niêm yết.", ["không thu thêm"],
   C, "Điều 2.2", "không thu thêm bất kỳ khoản phí nào ngoài cước đã niêm yết")
it("fact", "nhân viên bưu điện ngồi ở trung tâm có được thẩm định hồ sơ không?",
   "Không. Nhân viên Bên B không thẩm định hồ sơ và không quyết định việc giải quyết thủ tục hành chính.",
   ["không thẩm định hồ sơ"],
   C, "Điều 3.2.b", "không thẩm định hồ sơ và không quyết định việc giải quyết thủ tục hành chính")
it("fact", "năm 2027 bưu điện lập thêm bao nhiêu điểm hỗ trợ?",
   "Tối thiểu 08 Điểm, ưu tiên các xã chưa có Điểm.", ["08 Điểm"],
   C, "Điều 3.3.a", "năm 2027 thiết lập thêm tối thiểu 08 Điểm, ưu tiên các xã chưa có Điểm")
it("fact", "Đến 2030 mục tiêu hồ sơ trực tuyến nộp tại các điểm hỗ trợ chiếm bao nhiêu?",
   "Tối thiểu 30% số hồ sơ trực tuyến của cấp xã.", ["30%"],
   C, "Điều 1.3", "chiếm tối thiểu 30% số hồ sơ trực tuyến của cấp xã")
it("fact", "Bưu điện tỉnh Bích Sơn trực thuộc đơn vị nào?",
   "Là đơn vị phụ thuộc Tổng công ty Bưu điện Việt Nam.", ["Tổng công ty Bưu điện Việt Nam"],
   C, "preamble", "(đơn vị phụ thuộc Tổng công ty Bưu điện Việt Nam)")

# =============================================================================================== abbreviation
it("abbreviation", "CCHC và CĐS trong tên cuộc thi nghĩa là gì?",
   "CCHC là cải cách hành chính, CĐS là chuyển đổi số (Cuộc thi tìm hiểu về cải cách hành chính và chuyển đổi số "
   "năm 2026).", ["cải cách hành chính", "chuyển đổi số"],
   A, "header", "tìm hiểu về cải cách hành chính và chuyển đổi số năm 2026")
it("abbreviation", "BCCI là gì?",
   "BCCI là dịch vụ bưu chính công ích.", ["bưu chính công ích"],
   B, "5", "dịch vụ bưu chính công ích (BCCI)")
it("abbreviation", "BĐVHX viết tắt của gì?",
   "Điểm Bưu điện - Văn hóa xã.", ["Bưu điện - Văn hóa xã"],
   C, "Điều 1.3", "điểm Bưu điện - Văn hóa xã (BĐVHX)")
it("abbreviation", "Trong thông báo 41, “Trung tâm tỉnh” là gọi tắt của cơ quan nào?",
   "Trung tâm Phục vụ hành chính công tỉnh.", ["Trung tâm Phục vụ hành chính công tỉnh"],
   B, "1", "Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm tỉnh)")
it("abbreviation", "Khối A trong thể lệ là gì?",
   "Khối A là khối cán bộ, công chức, viên chức (gồm cả người lao động và cán bộ, chiến sĩ lực lượng vũ trang đóng "
   "quân trên địa bàn tỉnh).", ["cán bộ, công chức, viên chức"],
   A, "I.1.a", "Khối A - cán bộ, công chức, viên chức")
it("abbreviation", "Bên A, Bên B trong thỏa thuận là ai?",
   "Bên A là Ủy ban nhân dân tỉnh Bích Sơn; Bên B là Bưu điện tỉnh Bích Sơn.",
   ["Ủy ban nhân dân tỉnh Bích Sơn", "Bưu điện tỉnh Bích Sơn"],
   C, "preamble", "BÊN B: BƯU ĐIỆN TỈNH BÍCH SƠN")
it("abbreviation", "“Thỏa thuận” trong văn bản với bưu điện là gọi tắt của gì?",
   "Thỏa thuận hợp tác về hỗ trợ giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến và chuyển đổi số "
   "tại cơ sở giai đoạn 2026 - 2030.", ["2026 - 2030"],
   C, "preamble", "chuyển đổi số tại cơ sở giai đoạn 2026 - 2030 (sau đây gọi tắt là Thỏa thuận)")

# =============================================================================================== list
it("list", "có mấy cách vào thi, là những cách nào?",
   "Ba cách: truy cập trực tiếp địa chỉ Cuộc thi; truy cập banner trên Cổng thông tin điện tử tỉnh hoặc ứng dụng "
   "“Bích Sơn số”; quét mã QR niêm yết tại Trung tâm PVHCC tỉnh, các xã, phường và 20 Điểm hỗ trợ dịch vụ công "
   "trực tuyến của Bưu điện tỉnh.", ["ba cách", "mã QR"],
   A, "I.2", "Thí sinh truy cập Cuộc thi bằng một trong ba cách sau:")
it("list", "nếu bằng điểm thì xếp giải theo thứ tự ưu tiên nào?",
   "Điểm trắc nghiệm cao hơn; thời gian làm bài ngắn hơn; câu trả lời dự đoán gần đúng nhất với số lượt thi thực tế "
   "của tuần; thời điểm nộp bài sớm hơn.", ["Thời gian làm bài ngắn hơn", "dự đoán"],
   A, "II.4", "Câu trả lời dự đoán gần đúng nhất với số lượt thi thực tế của tuần;")
it("list", "bài thi nào bị coi là không hợp lệ?",
   "Khai báo thông tin không đúng, không đầy đủ; sử dụng phần mềm, công cụ can thiệp vào hệ thống thi; một người "
   "sử dụng nhiều tài khoản hoặc thi hộ người khác.", ["thi hộ", "can thiệp"],
   A, "II.5", "Một người sử dụng nhiều tài khoản hoặc thi hộ người khác.")
it("list", "khối B thi những nội dung gì?",
   "Cách tạo tài khoản, nộp hồ sơ và thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia; sử dụng ứng dụng VNeID; "
   "địa chỉ, thời gian làm việc, số điện thoại đường dây nóng của Trung tâm PVHCC tỉnh và các xã, phường; các kênh "
   "phản ánh, kiến nghị; dịch vụ bưu chính công ích trong giải quyết thủ tục hành chính.",
   ["VNeID", "bưu chính công ích"],
   A, "I.3.2", "sử dụng ứng dụng VNeID")
it("list", "Tham gia thi gồm mấy bước, là gì?",
   "04 bước: Bước 1 truy cập Cuộc thi; Bước 2 khai báo thông tin (họ tên, số định danh cá nhân, số điện thoại, khối "
   "dự thi, đơn vị công tác hoặc xã, phường nơi cư trú); Bước 3 bấm “Bắt đầu” làm bài và trả lời câu hỏi dự đoán; "
   "Bước 4 bấm “Nộp bài”.", ["Bước 4", "Nộp bài"],
   A, "III.2", "Bước 4: Bấm nút “Nộp bài”; điểm và thời gian làm bài hiển thị ngay sau khi nộp.")
it("list", "Phản ánh, kiến nghị về TTHC gửi qua những kênh nào?",
   "Chức năng “Phản ánh, kiến nghị” trên Cổng Dịch vụ công quốc gia; thư điện tử phananh.ttpvhcc@bichson.gov.vn; "
   "hòm thư góp ý tại Trung tâm tỉnh và Trung tâm PVHCC các xã, phường; đường dây nóng.",
   ["Hòm thư góp ý", "phananh.ttpvhcc@bichson.gov.vn"],
   B, "4", "Hòm thư góp ý đặt tại Trung tâm tỉnh và Trung tâm Phục vụ hành chính công các xã, phường;")
it("list", "Sáng thứ Bảy Trung tâm tỉnh nhận những hồ sơ gì?",
   "Chỉ nhận hồ sơ cấp Phiếu lý lịch tư pháp và hồ sơ đăng ký doanh nghiệp, tại trụ sở Trung tâm tỉnh (không áp "
   "dụng tại các Chi nhánh), từ 07 giờ 30 đến 11 giờ 30.", ["lý lịch tư pháp", "đăng ký doanh nghiệp"],
   B, "2.a", "chỉ tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp và hồ sơ đăng ký doanh nghiệp tại trụ sở Trung tâm tỉnh")
it("list", "Những trung tâm PVHCC xã, phường nào có 2 điểm tiếp nhận?",
   "Phường Tân Bích (điểm 2: nhà văn hóa tổ dân phố 11), xã Pác Vẹ (điểm 2: thôn 9) và xã Khe Vải (điểm 2: thôn 7).",
   ["Tân Bích", "Pác Vẹ", "Khe Vải"],
   [B, B, B], ["Phụ lục II.I.4", "Phụ lục II.II.6", "Phụ lục II.II.8"],
   ["Điểm tiếp nhận số 2: nhà văn hóa tổ dân phố 11", "Điểm tiếp nhận số 2: thôn 9 (trụ sở Ủy ban nhân dân xã cũ)",
    "Điểm tiếp nhận số 2: thôn 7 (trụ sở Ủy ban nhân dân xã cũ)"])
it("list", "Nguyên tắc hợp tác giữa tỉnh và bưu điện gồm những gì?",
   "Tự nguyện, bình đẳng, cùng có lợi, tuân thủ pháp luật; người dân tự nguyện dùng dịch vụ bưu chính công ích, không "
   "thu thêm phí ngoài cước niêm yết; bảo đảm an toàn, bảo mật hồ sơ và dữ liệu cá nhân; nội dung phát sinh chi phí "
   "thực hiện qua hợp đồng.", ["bình đẳng", "dữ liệu cá nhân"],
   C, "Điều 2", "Tự nguyện, bình đẳng, cùng có lợi; tuân thủ quy định của pháp luật và quy định nội bộ của mỗi Bên.")
it("list", "nhân viên bưu điện ở trung tâm hỗ trợ những việc gì?",
   "Hướng dẫn người dân chuẩn bị hồ sơ, tạo tài khoản và nộp hồ sơ trực tuyến, số hóa hồ sơ, chuyển hồ sơ giữa các "
   "cơ quan.", ["số hóa hồ sơ", "tạo tài khoản"],
   C, "Điều 3.2.b", "Nhân viên Bên B hướng dẫn người dân chuẩn bị hồ sơ, tạo tài khoản và nộp hồ sơ trực tuyến, số "
                    "hóa hồ sơ, chuyển hồ sơ giữa các cơ quan")

# =============================================================================================== cross_document
it("cross_document", "Bao nhiêu trung tâm PVHCC xã có nhân viên bưu điện? Sau khi ký thỏa thuận thì sao?",
   "Theo Thông báo 41: 10/14 Trung tâm. Theo Thỏa thuận hợp tác 09, từ ngày 01/4/2026 Bưu điện tỉnh bố trí thêm nhân "
   "viên tại 04 Trung tâm còn lại (Suối Hàm, Cốc Lừu, Tà Sình, Phiêng Luông), tức đủ 14 Trung tâm.",
   ["10/14", "01/4/2026"],
   [B, C], ["5", "Điều 3.2.a"],
   ["tại 10/14 Trung tâm Phục vụ hành chính công xã, phường",
    "từ ngày 01/4/2026 bố trí thêm nhân viên tại 04 Trung tâm của các xã Suối Hàm, Cốc Lừu, Tà Sình, Phiêng Luông"])
it("cross_document", "Xã Tà Sình: số đường dây nóng trung tâm là gì và khi nào có nhân viên bưu điện hỗ trợ?",
   "Đường dây nóng 0218 3 769 984 (Phụ lục II Thông báo 41, cột Bưu điện hỗ trợ ghi “Chưa”); theo Thỏa thuận hợp "
   "tác, có nhân viên bưu điện từ ngày 01/4/2026.", ["0218 3 769 984", "01/4/2026"],
   [B, C], ["Phụ lục II.II.13", "Điều 3.2.a"],
   ["0218 3 769 984", "từ ngày 01/4/2026 bố trí thêm nhân viên tại 04 Trung tâm"])
it("cross_document", "Thể lệ nói có mã QR ở 20 Điểm hỗ trợ của bưu điện; theo kế hoạch phối hợp, các điểm này "
                     "lập khi nào?",
   "Thể lệ: mã QR niêm yết tại 20 Điểm hỗ trợ dịch vụ công trực tuyến của Bưu điện tỉnh. Kế hoạch phối hợp năm 2026 "
   "(Phụ lục I Thỏa thuận, mục 7): thiết lập 20 Điểm trong tháng 4 - tháng 6/2026.", ["20 Điểm", "tháng 6/2026"],
   [A, C], ["I.2", "Phụ lục I.B.7"],
   ["20 Điểm hỗ trợ dịch vụ công trực tuyến của Bưu điện tỉnh", "tháng 6/2026"])
it("cross_document", "Bưu điện tài trợ gì cho cuộc thi, và việc tài trợ đó dựa trên cam kết nào?",
   "Thể lệ: Bưu điện tỉnh tài trợ 30 phần quà (200.000 đồng/phần). Thỏa thuận hợp tác (Điều 5 khoản 4): Bên B tài "
   "trợ giải thưởng, quà tặng cho các cuộc thi tìm hiểu về CCHC, CĐS của tỉnh trong khả năng của mình.",
   ["30 phần quà", "quà tặng"],
   [A, C], ["IV.5", "Điều 5.4"],
   ["Bưu điện tỉnh tài trợ 30 phần quà",
    "Tài trợ giải thưởng, quà tặng cho các cuộc thi tìm hiểu về cải cách hành chính, chuyển đổi số của tỉnh trong "
    "khả năng của Bên B."])
it("cross_document", "Thông báo 41 có trong tài liệu ôn thi không? Nó ban hành ngày nào?",
   "Có, là tài liệu số 6 trong Phụ lục của Thể lệ (văn bản của tỉnh); Thông báo ban hành ngày 12/02/2026.",
   ["12/02/2026"],
   [A, B], ["Phụ lục.II.6", "header"],
   ["Thông báo số 41/TB-UBND ngày 12/02/2026 của Ủy ban nhân dân tỉnh về việc thay đổi trụ sở",
    "Bích Sơn, ngày 12 tháng 02 năm 2026"])
it("cross_document", "Phường Vọng Nguyệt: trung tâm PVHCC ở đâu và có mấy điểm hỗ trợ DVC trực tuyến của bưu điện?",
   "Trung tâm PVHCC phường ở Số 18 đường Bà Triệu, tổ dân phố 5; năm 2026 phường có 03 Điểm hỗ trợ (Bưu cục Trung tâm "
   "tỉnh, Bưu cục Vọng Nguyệt, điểm BĐVHX tổ dân phố 7).", ["Số 18 đường Bà Triệu", "03"],
   [B, C], ["Phụ lục II.I.1", "Phụ lục II.1"],
   ["Số 18 đường Bà Triệu, tổ dân phố 5", "Bưu cục Trung tâm tỉnh;"])
it("cross_document", "Sở Nội vụ phối hợp với bưu điện tổ chức cuộc thi; vậy cuộc thi kéo dài bao lâu?",
   "Theo Thỏa thuận, Sở Nội vụ phối hợp với Bên B tổ chức Cuộc thi năm 2026; theo Thể lệ, Cuộc thi diễn ra trong 04 "
   "tuần, từ 04/5/2026 đến 31/5/2026.", ["04 tuần"],
   [C, A], ["Điều 4.3", "III.1"],
   ["phối hợp với Bên B tổ chức Cuộc thi tìm hiểu về cải cách hành chính, chuyển đổi số năm 2026",
    "Cuộc thi diễn ra trong 04 tuần"])
it("cross_document", "Khối B có thi về đường dây nóng; vậy số đường dây nóng Trung tâm PVHCC tỉnh là bao nhiêu?",
   "Nội dung thi Khối B gồm số điện thoại đường dây nóng của các Trung tâm; đường dây nóng Trung tâm tỉnh là "
   "0218 3 826 715.", ["0218 3 826 715"],
   [A, B], ["I.3.2", "3"],
   ["số điện thoại đường dây nóng của Trung tâm Phục vụ hành chính công tỉnh và các xã, phường",
    "Đường dây nóng Trung tâm tỉnh: 0218 3 826 715"])
it("cross_document", "Bưu điện chuyển hồ sơ về trụ sở mới của trung tâm tỉnh từ khi nào, và mỗi lần chuyển mất tối "
                     "đa bao lâu?",
   "Theo Thông báo 41, Bưu điện tỉnh chuyển phát hồ sơ đến trụ sở mới từ ngày 02/3/2026; theo Thỏa thuận, thời gian "
   "chuyển hồ sơ không quá 01 ngày làm việc đối với các phường và không quá 02 ngày làm việc đối với các xã.",
   ["02/3/2026", "01 ngày làm việc"],
   [B, C], ["6.đ", "Điều 3.1.b"],
   ["bảo đảm chuyển phát hồ sơ đến trụ sở mới từ ngày 02/3/2026",
    "không quá 01 ngày làm việc đối với các phường và không quá 02 ngày làm việc đối với các xã"])
it("cross_document", "Sáng thứ Bảy ở trung tâm xã có nhân viên bưu điện hỗ trợ không?",
   "Có, tại các Trung tâm có làm sáng thứ Bảy: theo Thông báo 41 có 06 Trung tâm xã, phường nhận hồ sơ hộ tịch, "
   "chứng thực sáng thứ Bảy; theo Thỏa thuận, nhân viên Bên B làm việc cả sáng thứ Bảy tại các Trung tâm đó.",
   ["06 Trung tâm", "sáng thứ Bảy"],
   [B, C], ["2.b", "Điều 3.2.c"],
   ["06 Trung tâm có đánh dấu (x) tại cột (5) Phụ lục II tiếp nhận hồ sơ lĩnh vực hộ tịch, chứng thực",
    "kể cả sáng thứ Bảy tại các Trung tâm có tiếp nhận hồ sơ vào sáng thứ Bảy"])
it("cross_document", "Thỏa thuận 09 với bưu điện ký ở đâu, và có nằm trong tài liệu tham khảo của cuộc thi không?",
   "Ký tại Trụ sở Ủy ban nhân dân tỉnh Bích Sơn ngày 06/3/2026; có, Thỏa thuận hợp tác số 09/TTHT-UBND-BĐT là tài "
   "liệu số 7 trong Phụ lục của Thể lệ.", ["Trụ sở Ủy ban nhân dân tỉnh", "09/TTHT-UBND-BĐT"],
   [C, A], ["preamble", "Phụ lục.II.7"],
   ["tại Trụ sở Ủy ban nhân dân tỉnh Bích Sơn",
    "Thỏa thuận hợp tác số 09/TTHT-UBND-BĐT ngày 06/3/2026 giữa Ủy ban nhân dân tỉnh và Bưu điện tỉnh Bích Sơn"])
it("cross_document", "Ở Pác Vẹ có Chi nhánh số 2 của Trung tâm tỉnh: số điện thoại chi nhánh và số điểm hỗ trợ DVC "
                     "trực tuyến ở xã?",
   "Chi nhánh số 2 (Khu kinh tế cửa khẩu Pác Vẹ): 0218 3 790 256; xã Pác Vẹ có 03 Điểm hỗ trợ dịch vụ công trực tuyến "
   "năm 2026 (Bưu điện xã Pác Vẹ, điểm BĐVHX thôn 9, điểm BĐVHX thôn 11).", ["0218 3 790 256", "03"],
   [B, C], ["Phụ lục I.3", "Phụ lục II.6"],
   ["0218 3 790 256", "Bưu điện xã Pác Vẹ;"])

# =============================================================================================== comparison
it("comparison", "Trung tâm tỉnh và trung tâm xã mở cửa buổi sáng có cùng giờ không?",
   "Không. Trung tâm tỉnh và các Chi nhánh mở từ 07 giờ 00, Trung tâm xã, phường từ 07 giờ 30; cả hai nghỉ trưa lúc "
   "11 giờ 30.", ["07 giờ 00", "07 giờ 30"],
   [B, B], ["2.a", "2.b"],
   ["buổi sáng từ 07 giờ 00 đến 11 giờ 30", "buổi sáng từ 07 giờ 30 đến 11 giờ 30"])
it("comparison", "giải nhất tuần với giải nhất chung cuộc chênh nhau bao nhiêu tiền?",
   "Giải Nhất tuần 1.000.000 đồng, giải Nhất chung cuộc 3.000.000 đồng; chênh 2.000.000 đồng.",
   ["1.000.000", "3.000.000"],
   [A, A], ["IV.4.I.1", "IV.4.II.5"], ["1.000.000", "3.000.000"])
it("comparison", "giải tập thể: khối sở ngành hay khối xã phường được nhiều giải hơn?",
   "Xã, phường nhiều hơn: 05 giải (15.000.000 đồng) so với 03 giải cho sở, ban, ngành (9.000.000 đồng); mỗi giải "
   "đều 3.000.000 đồng.", ["9.000.000", "15.000.000"],
   [A, A], ["IV.4.III.8", "IV.4.III.9"], ["9.000.000", "15.000.000"])
it("comparison", "chuyển hồ sơ ở phường nhanh hơn ở xã bao lâu?",
   "Ở phường không quá 01 ngày làm việc, ở xã không quá 02 ngày làm việc, tức phường nhanh hơn tối đa 01 ngày.",
   ["01 ngày làm việc", "02 ngày làm việc"],
   C, "Điều 3.1.b", "không quá 01 ngày làm việc đối với các phường và không quá 02 ngày làm việc đối với các xã")
it("comparison", "Vọng Nguyệt với Đồng Tràm phường nào nhiều điểm hỗ trợ DVC trực tuyến hơn?",
   "Phường Vọng Nguyệt có 03 Điểm, phường Đồng Tràm có 02 Điểm; Vọng Nguyệt nhiều hơn 01 Điểm.", ["03", "02"],
   [C, C], ["Phụ lục II.1", "Phụ lục II.2"], ["Bưu cục Trung tâm tỉnh;", "Bưu cục Đồng Tràm;"])
it("comparison", "Hiện trạng nhân viên bưu điện ở trung tâm xã so với mục tiêu cuối năm 2026?",
   "Hiện có ở 10/14 Trung tâm (Thông báo 41); mục tiêu của Thỏa thuận là đến hết năm 2026, 100% Trung tâm xã, phường "
   "có nhân viên Bên B hỗ trợ.", ["10/14", "100%"],
   [B, C], ["5", "Điều 1.2"],
   ["tại 10/14 Trung tâm Phục vụ hành chính công xã, phường",
    "Đến hết năm 2026, 100% Trung tâm Phục vụ hành chính công xã, phường có nhân viên Bên B hỗ trợ"])
it("comparison", "Tổng đài DVC trực tuyến có mở lâu hơn giờ làm việc của Trung tâm tỉnh không?",
   "Có. Tổng đài 1800 5 816 hoạt động 07 giờ 00 - 21 giờ 00 hằng ngày kể cả thứ Bảy, Chủ nhật; Trung tâm tỉnh làm việc "
   "thứ Hai - thứ Sáu, 07 giờ 00 - 11 giờ 30 và 13 giờ 30 - 17 giờ 00 (sáng thứ Bảy chỉ một số hồ sơ).",
   ["21 giờ 00", "17 giờ 00"],
   [B, B], ["3", "2.a"],
   ["hoạt động từ 07 giờ 00 đến 21 giờ 00 hằng ngày",
    "Từ thứ Hai đến thứ Sáu: buổi sáng từ 07 giờ 00 đến 11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 giờ 00."])
it("comparison", "điểm tối đa một bài thi so với điểm tối đa xét giải chung cuộc?",
   "Một bài thi tối đa 100 điểm; giải chung cuộc xét tổng điểm 04 tuần, tối đa 400 điểm.", ["100 điểm", "400 điểm"],
   [A, A], ["II.1", "II.6"], ["tổng điểm tối đa là 100 điểm", "(tối đa 400 điểm)"])

# =============================================================================================== unit_duties
it("unit_duties", "Theo thỏa thuận với bưu điện, Sở KH&CN phải làm những gì?",
   "Cấp tài khoản, phân quyền cho nhân viên Bên B trên Hệ thống thông tin giải quyết TTHC của tỉnh và kết nối phần "
   "mềm quản lý bưu gửi của Bên B với Hệ thống trước ngày 30/6/2026 (Điều 4 khoản 2; Phụ lục I mục 3).",
   ["cấp tài khoản", "30/6/2026"],
   [C, C], ["Điều 4.2", "Phụ lục I.A.3"],
   ["Sở Khoa học và Công nghệ cấp tài khoản, phân quyền cho nhân viên Bên B", "Sở Khoa học và Công nghệ"])
it("unit_duties", "Văn phòng UBND tỉnh có những nhiệm vụ gì trong thỏa thuận với bưu điện?",
   "Là cơ quan đầu mối của Bên A, chủ trì ký hợp đồng dịch vụ hằng năm và chỉ đạo Trung tâm PVHCC tỉnh hướng dẫn "
   "nghiệp vụ cho nhân viên Bên B (Điều 4.1); trong kế hoạch 2026: cùng UBND các xã bố trí nhân viên tại 04 Trung tâm "
   "còn lại (từ 01/4/2026), ký hợp đồng dịch vụ năm 2026 (tháng 3/2026), họp Tổ công tác liên ngành (tháng 6 và tháng "
   "12/2026).", ["cơ quan đầu mối", "tháng 3/2026"],
   [C, C, C, C], ["Điều 4.1", "Phụ lục I.A.1", "Phụ lục I.A.2", "Phụ lục I.B.12"],
   ["Giao Văn phòng Ủy ban nhân dân tỉnh là cơ quan đầu mối của Bên A", "Văn phòng UBND tỉnh;", "Tháng 3/2026",
    "Họp Tổ công tác liên"])
it("unit_duties", "Bưu điện tỉnh có nhiệm vụ gì trong thể lệ cuộc thi?",
   "Phối hợp tuyên truyền Cuộc thi tại bưu cục, điểm Bưu điện - Văn hóa xã; hướng dẫn người dân tham gia tại 20 Điểm "
   "hỗ trợ dịch vụ công trực tuyến; tài trợ và trao 30 phần quà (200.000 đồng/phần) cho thí sinh Khối B.",
   ["20 Điểm hỗ trợ", "30 phần quà"],
   [A, A], ["VI.4", "IV.5"],
   ["Bưu điện tỉnh phối hợp tuyên truyền Cuộc thi tại bưu cục, điểm Bưu điện - Văn hóa xã",
    "Bưu điện tỉnh tài trợ 30 phần quà"])
it("unit_duties", "Sở Khoa học và Công nghệ được giao những việc gì trong cả ba văn bản?",
   "Thể lệ: bảo đảm hạ tầng, vận hành phần mềm thi, an toàn thông tin, xử lý sự cố kỹ thuật. Thông báo 41: cập nhật "
   "địa chỉ, số điện thoại trên Cổng Dịch vụ công của tỉnh và ứng dụng “Bích Sơn số” trước ngày 27/02/2026, phối hợp "
   "chuyển tổng đài. Thỏa thuận: cấp tài khoản cho nhân viên Bên B, kết nối phần mềm quản lý bưu gửi trước ngày "
   "30/6/2026.", ["phần mềm thi", "27/02/2026", "30/6/2026"],
   [A, B, C], ["VI.2", "6.b", "Điều 4.2"],
   ["Sở Khoa học và Công nghệ bảo đảm hạ tầng, vận hành phần mềm thi",
    "Sở Khoa học và Công nghệ cập nhật địa chỉ, số điện thoại tại Thông báo này",
    "kết nối phần mềm quản lý bưu gửi của Bên B với Hệ thống trước ngày 30/6/2026"])
it("unit_duties", "Sở Nội vụ làm gì theo thỏa thuận hợp tác với bưu điện?",
   "Đưa tập huấn cơ chế một cửa, một cửa liên thông cho nhân viên Bên B vào kế hoạch bồi dưỡng năm 2026 và phối hợp "
   "với Bên B tổ chức Cuộc thi (Điều 4.3); là đầu mối Bên A cho tập huấn (Quý II/2026, cùng Trung tâm PVHCC tỉnh) và "
   "cho việc đồng hành Cuộc thi (tháng 4 - tháng 6/2026).", ["tập huấn", "Quý II/2026"],
   [C, C, C], ["Điều 4.3", "Phụ lục I.A.4", "Phụ lục I.B.9"],
   ["Sở Nội vụ đưa nội dung tập huấn về cơ chế một cửa, một cửa liên thông cho nhân viên Bên B", "Sở Nội vụ;",
    "Sở Nội vụ"])

# =============================================================================================== period
it("period", "Trong quý III/2026, kế hoạch phối hợp với bưu điện có những việc gì?",
   "Số hóa kết quả giải quyết TTHC lĩnh vực hộ tịch còn tồn đọng tại 06 xã (Quý II - Quý III/2026) và chi trả trợ cấp "
   "xã hội hằng tháng qua tài khoản (từ tháng 7/2026).", ["Số hóa", "trợ cấp xã hội"],
   [C, C], ["Phụ lục I.A.5", "Phụ lục I.B.10"],
   ["còn tồn đọng tại 06 xã", "Chi trả trợ cấp xã hội"])
it("period", "Tháng 3/2026 theo kế hoạch phối hợp phải làm việc gì?",
   "Ký hợp đồng dịch vụ bố trí nhân viên hỗ trợ năm 2026 (đầu mối Văn phòng UBND tỉnh).", ["hợp đồng dịch vụ"],
   C, "Phụ lục I.A.2", "Tháng 3/2026")
it("period", "Theo thông báo 41, trong tháng 2/2026 phải xong những việc gì trước khi trụ sở mới hoạt động?",
   "Đài, báo đăng, phát Thông báo từ ngày 16/02/2026; Sở Khoa học và Công nghệ cập nhật thông tin trên Cổng Dịch vụ "
   "công và ứng dụng “Bích Sơn số” trước ngày 27/02/2026; trụ sở cũ dừng nhận hồ sơ từ 16 giờ 00 ngày 27/02/2026; "
   "UBND các xã, phường niêm yết thông tin Trung tâm trước ngày 28/02/2026.",
   ["27/02/2026", "28/02/2026", "16/02/2026"],
   [B, B, B, B], ["1", "6.b", "6.c", "6.d"],
   ["dừng tiếp nhận hồ sơ từ 16 giờ 00 ngày 27/02/2026", "ứng dụng “Bích Sơn số” trước ngày 27/02/2026",
    "trên trang thông tin điện tử trước ngày 28/02/2026", "từ ngày 16/02/2026 đến ngày 06/3/2026"])
it("period", "Quý II/2026 có những việc phối hợp nào giữa tỉnh và bưu điện?",
   "Bố trí nhân viên tại 04 Trung tâm còn lại (từ 01/4/2026); kết nối phần mềm quản lý bưu gửi (trước 30/6/2026); "
   "tập huấn cơ chế một cửa cho nhân viên Bên B (Quý II/2026); số hóa hộ tịch tồn đọng tại 06 xã (Quý II - Quý "
   "III/2026); thiết lập 20 Điểm hỗ trợ dịch vụ công trực tuyến (tháng 4 - tháng 6/2026); đồng hành Cuộc thi (tháng "
   "4 - tháng 6/2026); họp Tổ công tác liên ngành (tháng 6).", ["Tập huấn", "Kết nối phần mềm", "20 Điểm"],
   [C, C, C, C, C, C, C],
   ["Phụ lục I.A.1", "Phụ lục I.A.3", "Phụ lục I.A.4", "Phụ lục I.A.5", "Phụ lục I.B.7", "Phụ lục I.B.9",
    "Phụ lục I.B.12"],
   ["Từ 01/4/2026", "30/6/2026", "Quý II/2026", "Quý II - Quý", "tháng 6/2026", "tháng 6/2026", "Tháng 6 và"])

# =============================================================================================== task_list
it("task_list", "Nhóm A “Hỗ trợ giải quyết thủ tục hành chính” trong kế hoạch phối hợp 2026 gồm những việc gì?",
   "6 việc: bố trí nhân viên tại 04 Trung tâm còn lại; ký hợp đồng dịch vụ năm 2026; kết nối phần mềm quản lý bưu "
   "gửi; tập huấn cơ chế một cửa cho nhân viên Bên B; số hóa kết quả hộ tịch tồn đọng tại 06 xã; tổng hợp số hồ sơ "
   "qua dịch vụ bưu chính công ích.", ["hợp đồng dịch vụ", "Tập huấn", "số hóa"],
   [C] * 6, ["Phụ lục I.A.1", "Phụ lục I.A.2", "Phụ lục I.A.3", "Phụ lục I.A.4", "Phụ lục I.A.5", "Phụ lục I.A.6"],
   ["Bố trí nhân viên hỗ", "Ký hợp đồng dịch vụ bố", "Kết nối phần mềm quản", "Tập huấn cơ chế một",
    "Số hóa kết quả giải", "Tổng hợp số hồ sơ tiếp"])
it("task_list", "Nhóm B “Chuyển đổi số tại cơ sở” trong phụ lục I của thỏa thuận có những nhiệm vụ nào?",
   "6 nhiệm vụ: thiết lập 20 Điểm hỗ trợ dịch vụ công trực tuyến; hướng dẫn cài đặt, kích hoạt tài khoản định danh điện tử "
   "mức độ 2; đồng hành Cuộc thi năm 2026; chi trả trợ cấp xã hội qua tài khoản; đưa sản phẩm OCOP lên sàn thương mại "
   "điện tử; họp Tổ công tác liên ngành.", ["OCOP", "trợ cấp xã hội", "kích hoạt tài khoản"],
   [C] * 6, ["Phụ lục I.B.7", "Phụ lục I.B.8", "Phụ lục I.B.9", "Phụ lục I.B.10", "Phụ lục I.B.11", "Phụ lục I.B.12"],
   ["Thiết lập 20 Điểm hỗ", "kích hoạt tài khoản", "Đồng hành Cuộc thi", "Chi trả trợ cấp xã hội",
    "Đưa sản phẩm OCOP của", "Họp Tổ công tác liên"])
it("task_list", "Thỏa thuận hợp tác với bưu điện có những nội dung hợp tác nào?",
   "6 nội dung: tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích; bố trí nhân viên hỗ trợ tại Trung tâm "
   "PVHCC xã, phường; Điểm hỗ trợ dịch vụ công trực tuyến; số hóa hồ sơ, kết quả giải quyết TTHC; hỗ trợ chuyển đổi "
   "số tại cơ sở; chi trả trợ cấp xã hội không dùng tiền mặt.",
   ["bưu chính công ích", "Điểm hỗ trợ dịch vụ công trực tuyến", "trợ cấp xã hội"],
   [C] * 6, ["Điều 3.1", "Điều 3.2", "Điều 3.3", "Điều 3.4", "Điều 3.5", "Điều 3.6"],
   ["Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
    "Bố trí nhân viên hỗ trợ tại Trung tâm Phục vụ hành chính công xã, phường",
    "Điểm hỗ trợ dịch vụ công trực tuyến", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "Hỗ trợ chuyển đổi số tại cơ sở", "Chi trả trợ cấp xã hội không dùng tiền mặt"])
it("task_list", "Thông báo 41 giao trách nhiệm cho những cơ quan nào, làm gì?",
   "Văn phòng Ủy ban nhân dân tỉnh (niêm yết Thông báo, bố trí người hướng dẫn ở trụ sở cũ); Sở Khoa học và Công nghệ (cập nhật "
   "thông tin trên Cổng Dịch vụ công, ứng dụng “Bích Sơn số”); UBND các xã, phường (niêm yết thông tin Trung tâm xã); "
   "Báo và Phát thanh, Truyền hình Bích Sơn (đăng, phát Thông báo); Bưu điện tỉnh (thông báo địa chỉ mới tại bưu cục, "
   "chuyển phát hồ sơ đến trụ sở mới).", ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Bưu điện tỉnh"],
   [B] * 5, ["6.a", "6.b", "6.c", "6.d", "6.đ"],
   ["Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm tỉnh niêm yết Thông báo này",
    "Sở Khoa học và Công nghệ cập nhật địa chỉ, số điện thoại tại Thông báo này",
    "Ủy ban nhân dân các xã, phường niêm yết công khai thông tin",
    "Báo và Phát thanh, Truyền hình Bích Sơn đăng Thông báo này",
    "Bưu điện tỉnh thông báo địa chỉ mới của Trung tâm tỉnh"])

# =============================================================================================== no_diacritics
it("no_diacritics", "the le cuoc thi cchc cds 2026 cho nguoi bao nhieu tuoi tro len du thi?",
   "Khối B (Nhân dân): công dân Việt Nam từ đủ 15 tuổi trở lên đang sinh sống, học tập, lao động trên địa bàn tỉnh.",
   ["15 tuổi"],
   A, "I.1.b", "Khối B - Nhân dân: công dân Việt Nam từ đủ 15 tuổi trở lên")
it("no_diacritics", "giai nhi tuan duoc bao nhieu tien",
   "700.000 đồng mỗi giải (Giải Nhì tuần, tổng 16 giải, thành tiền 11.200.000 đồng).", ["700.000"],
   A, "IV.4.I.2", "700.000")
it("no_diacritics", "cuoc thi keo dai may tuan",
   "04 tuần, từ 08 giờ 00 ngày 04/5/2026 đến 17 giờ 00 ngày 31/5/2026.", ["04 tuần"],
   A, "III.1", "Cuộc thi diễn ra trong 04 tuần")
it("no_diacritics", "ai ky the le, truong ban to chuc la ai",
   "Bà Khổng Thị Lụa, Giám đốc Sở Nội vụ, Trưởng Ban Tổ chức, ký Thể lệ (TM. Ban Tổ chức).", ["Khổng Thị Lụa"],
   A, "signature", "Khổng Thị Lụa")
it("no_diacritics", "ket qua tuan 1 cong bo ngay nao",
   "Dự kiến ngày 13/5/2026.", ["13/5/2026"],
   A, "III.1", "Ngày 13/5/2026")
it("no_diacritics", "trung tam phuc vu hanh chinh cong tinh chuyen ve dau vay",
   "Từ ngày 02/3/2026 chuyển đến số 126 đường Lê Thánh Tông, phường Vọng Nguyệt (tầng 1 và tầng 2, Khu liên cơ quan "
   "số 2).", ["số 126 đường Lê Thánh Tông"],
   B, "1", "số 126 đường Lê Thánh Tông, phường Vọng Nguyệt, tỉnh Bích Sơn (tầng 1 và tầng 2, Khu liên cơ quan số 2)")
it("no_diacritics", "sdt trung tam phvhcc xa Huu Lan",
   "Đường dây nóng Trung tâm Phục vụ hành chính công xã Hữu Lân: 0218 3 768 873.", ["0218 3 768 873"],
   B, "Phụ lục II.II.12", "0218 3 768 873")
it("no_diacritics", "thu 7 trung tam xa co lam viec khong",
   "Có, nhưng chỉ 06 Trung tâm có đánh dấu (x) ở cột (5) Phụ lục II tiếp nhận hồ sơ hộ tịch, chứng thực, sáng thứ "
   "Bảy từ 07 giờ 30 đến 11 giờ 30.", ["06 Trung tâm", "hộ tịch, chứng thực"],
   B, "2.b", "06 Trung tâm có đánh dấu (x) tại cột (5) Phụ lục II tiếp nhận hồ sơ lĩnh vực hộ tịch, chứng thực")
it("no_diacritics", "chi nhanh so 2 cua trung tam tinh o dau",
   "Khu kinh tế cửa khẩu Pác Vẹ, thôn 5, xã Pác Vẹ (tiếp nhận đầu tư, xây dựng, lao động trong Khu kinh tế cửa khẩu; "
   "đường dây nóng 0218 3 790 256).", ["Khu kinh tế cửa khẩu Pác Vẹ"],
   B, "Phụ lục I.3", "Khu kinh tế cửa khẩu Pác Vẹ, thôn 5, xã Pác Vẹ")
it("no_diacritics", "28/2 va 1/3 trung tam tinh co nhan ho so truc tiep ko",
   "Không. Ngày 28/02/2026 và 01/3/2026 Trung tâm tỉnh tạm dừng tiếp nhận hồ sơ trực tiếp để di chuyển trụ sở; hồ sơ "
   "trực tuyến vẫn được tiếp nhận bình thường.", ["tạm dừng", "trực tuyến"],
   B, "1", "Trung tâm tỉnh tạm dừng tiếp nhận hồ sơ trực tiếp để di chuyển trụ sở")
it("no_diacritics", "buu dien co giu lai ban sao du lieu so hoa khong",
   "Không. Dữ liệu số hóa được cập nhật vào Hệ thống thông tin giải quyết TTHC của tỉnh; Bên B không lưu giữ bản sao "
   "dữ liệu sau khi bàn giao.", ["không lưu giữ bản sao"],
   C, "Điều 3.4.b", "Bên B không lưu giữ bản sao dữ liệu sau khi bàn giao")
it("no_diacritics", "den het 2027 bao nhieu phan tram xa phuong co diem ho tro dich vu cong truc tuyen",
   "100% xã, phường có ít nhất 01 Điểm hỗ trợ dịch vụ công trực tuyến.", ["100%"],
   C, "Điều 1.3", "Đến hết năm 2027, 100% xã, phường có ít nhất 01 Điểm hỗ trợ dịch vụ công trực tuyến")
it("no_diacritics", "sdt dau moi ben A thuc hien thoa thuan voi buu dien",
   "Ông Hứa Minh Quang, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh, điện thoại 0218 3 822 418.",
   ["Hứa Minh Quang", "0218 3 822 418"],
   C, "Điều 6.5", "Bên A: ông Hứa Minh Quang, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh, điện thoại 0218 3 822 418.")
it("no_diacritics", "xa Phieng Luong co may diem ho tro dvc truc tuyen",
   "02 Điểm: Bưu điện xã Phiêng Luông và điểm BĐVHX thôn 10.", ["02", "thôn 10"],
   C, "Phụ lục II.11", "điểm BĐVHX thôn 10")
it("no_diacritics", "chi tra tro cap xa hoi qua tai khoan bat dau tu thang may",
   "Từ tháng 7/2026 (đầu mối Sở Y tế và UBND các xã, phường).", ["7/2026"],
   C, "Phụ lục I.B.10", "7/2026")
it("no_diacritics", "ho so chuyen tu buu dien ve trung tam xa mat toi da may ngay",
   "Không quá 02 ngày làm việc đối với các xã (các phường không quá 01 ngày làm việc).", ["02 ngày làm việc"],
   C, "Điều 3.1.b", "không quá 02 ngày làm việc đối với các xã")

# =============================================================================================== english
it("english", "When does the online CCHC/CDS contest run?",
   "From 08:00 on 04/5/2026 to 17:00 on 31/5/2026, over 04 tuần (four weeks).", ["04/5/2026", "31/5/2026"],
   A, "III.1", "từ 08 giờ 00 ngày 04/5/2026 đến 17 giờ 00 ngày 31/5/2026")
it("english", "What is the total prize money of the contest?",
   "90.200.000 đồng for 108 prizes, not counting the 30 gifts sponsored by Bưu điện tỉnh.", ["90.200.000"],
   A, "IV.4", "90.200.000")
it("english", "How many questions are in each test, and how much time do contestants get?",
   "20 multiple-choice questions (plus one prediction question), with at most 15 phút (15 minutes) to finish.",
   ["20", "15 phút"],
   [A, A], ["II.1", "II.2"], ["Mỗi đề thi gồm 20 câu hỏi trắc nghiệm", "Thời gian làm bài tối đa là 15 phút"])
it("english", "Who is not allowed to take part in the contest?",
   "Members of the Ban Tổ chức, the Tổ Thư ký, the Tổ ra đề and the technical staff who run the test software.",
   ["Tổ ra đề", "Tổ Thư ký"],
   A, "I.1.c", "Thành viên Ban Tổ chức, Tổ Thư ký, Tổ ra đề và cán bộ kỹ thuật vận hành phần mềm thi không được dự "
               "thi.")
it("english", "Which department is the standing body of the contest's organizing committee?",
   "Sở Nội vụ (the Department of Home Affairs).", ["Sở Nội vụ"],
   A, "VI.1", "Sở Nội vụ (cơ quan thường trực của Ban Tổ chức)")
it("english", "What number can I call for help with online public services, and is it free?",
   "The province's toll-free line 1800 5 816 (miễn cước), open 07:00-21:00 every day including weekends.",
   ["1800 5 816", "miễn cước"],
   B, "3", "Tổng đài hỗ trợ dịch vụ công trực tuyến của tỉnh (miễn cước): 1800 5 816")
it("english", "Who signed notice 41/TB-UBND?",
   "Ninh Đức Thạo, Phó Chủ tịch (signing KT. Chủ tịch on behalf of the provincial People's Committee).",
   ["Ninh Đức Thạo"],
   B, "signature", "Ninh Đức Thạo")
it("english", "What is the hotline of the public service centre in Na Khuoi commune?",
   "0218 3 761 105 (Xã Nà Khuổi, Thôn 2).", ["0218 3 761 105"],
   B, "Phụ lục II.II.5", "0218 3 761 105")
it("english", "Does the Dong Ruom commune centre take applications on Saturday mornings?",
   "Yes. Xã Đồng Ruộm is marked (x) in column (5) of Phụ lục II, so it receives hộ tịch, chứng thực files on Saturday "
   "mornings from 07:30 to 11:30.", ["hộ tịch, chứng thực"],
   [B, B], ["Phụ lục II.II.9", "2.b"],
   ["0218 3 765 540", "tiếp nhận hồ sơ lĩnh vực hộ tịch, chứng thực"])
it("english", "How long is the cooperation agreement with the provincial post office valid?",
   "From the signing date (06/3/2026) until the end of 31 tháng 12 năm 2030.", ["31 tháng 12 năm 2030"],
   C, "Điều 7.1", "Thỏa thuận có hiệu lực kể từ ngày ký đến hết ngày 31 tháng 12 năm 2030.")
it("english", "What equipment must each online public service support point have?",
   "At least 01 máy tính with Internet, 01 máy quét tài liệu (scanner) and 01 trained staff member.",
   ["máy quét tài liệu"],
   C, "Điều 3.3.b", "Mỗi Điểm có tối thiểu 01 máy tính kết nối Internet, 01 máy quét tài liệu và 01 nhân viên đã được "
                    "tập huấn")
it("english", "How often does the inter-agency working group meet?",
   "Every 06 tháng (six months), in June and December, or ad hoc when either party asks.", ["06 tháng"],
   C, "Điều 6.2", "Tổ công tác họp định kỳ 06 tháng một lần (tháng 6 và tháng 12)")
it("english", "Who represents the provincial People's Committee in the agreement with the post office?",
   "Ông Lục Văn Khải, Chủ tịch Ủy ban nhân dân tỉnh (Bên A).", ["Lục Văn Khải"],
   C, "preamble", "Ông Lục Văn Khải")
it("english", "How many online public service support points will the post office set up in 2026, and in how many "
              "communes and wards?",
   "20 Điểm in 11 xã, phường (listed in Phụ lục II).", ["20 Điểm", "11 xã, phường"],
   C, "Điều 3.3.a", "Bên B thiết lập 20 Điểm hỗ trợ dịch vụ công trực tuyến tại bưu cục và điểm BĐVHX của 11 xã, "
                    "phường")

# =============================================================================================== unanswerable
NO = "Các văn bản không nêu thông tin này"
un("Tổng kinh phí tổ chức cuộc thi theo Kế hoạch 97 là bao nhiêu?",
   f"{NO}: Thể lệ chỉ nêu tổng giá trị giải thưởng, không nêu tổng kinh phí tổ chức Cuộc thi.")
un("Mật khẩu đăng nhập phần mềm thi là gì?", f"{NO}: Thể lệ không nêu mật khẩu nào.")
un("Ai đạt giải nhất tuần 1?", f"{NO}: kết quả các tuần chưa có trong văn bản.")
un("Năm 2025 tỉnh có tổ chức cuộc thi tương tự không, bao nhiêu người thi?", f"{NO}.")
un("Giá trị hợp đồng dịch vụ bố trí nhân viên bưu điện năm 2026 là bao nhiêu tiền?",
   f"{NO}: Thỏa thuận chỉ nói chi phí thực hiện qua hợp đồng, không nêu giá trị.")
un("Cước gửi hồ sơ qua bưu điện hết bao nhiêu tiền?",
   f"{NO}: các văn bản chỉ nói trả cước theo quy định, không nêu mức cước.")
un("Mã số thuế của Bưu điện tỉnh Bích Sơn?", f"{NO}.")
un("Trung tâm PVHCC tỉnh có bao nhiêu công chức, nhân viên?", f"{NO}.")
un("Email của trung tâm phục vụ hành chính công xã Khe Vải là gì?",
   f"{NO}: Phụ lục II chỉ nêu địa chỉ và đường dây nóng, không nêu thư điện tử của từng xã.")
un("Tỉnh ký thỏa thuận chuyển đổi số với Viettel khi nào?", f"{NO}: chỉ có thỏa thuận với Bưu điện tỉnh.")
un("Số fax của UBND tỉnh Bích Sơn là bao nhiêu?", f"{NO}.")
un("Tuần 1 có bao nhiêu lượt người thi?", f"{NO}.")
un("Trụ sở mới của trung tâm tỉnh rộng bao nhiêu m2?", f"{NO}.")
un("Nhân viên bưu điện làm ở trung tâm xã được trả lương bao nhiêu?", f"{NO}.")
un("Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh năm 2025 là bao nhiêu?", f"{NO}.")
un("What was the province's PAR INDEX score in 2025?", "The documents do not give this information.")
un("What is the Zalo official account of the provincial public service centre?",
   "The documents do not give this information.")
un("so dien thoai cua ong Ninh Duc Thao la bao nhieu", f"{NO}.")
un("Kế hoạch phối hợp năm 2027 giữa tỉnh và bưu điện có những nội dung gì?",
   f"{NO}: Thỏa thuận chỉ kèm kế hoạch phối hợp năm 2026; kế hoạch năm sau được thống nhất trước ngày 15 tháng 12.")


def main():
    counters = {}
    lines = []
    for kind, q, a, mi, doc, sec, ev in ITEMS:
        counters[kind] = counters.get(kind, 0) + 1
        item = {"id": f"l14-{PREFIX[kind]}-{counters[kind]:03d}", "question": q, "kind": kind, "answer": a,
                "must_include": mi, "document": doc, "section": sec, "evidence": ev}
        lines.append(unicodedata.normalize("NFC", json.dumps(item, ensure_ascii=False)))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "items", counters)


if __name__ == "__main__":
    main()
