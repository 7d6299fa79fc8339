# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v9 (hand-written items). SEALED: people who work on the
assistant's reader must not open this file or qa.jsonl.

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-ubnd-tinh-lac-nguyen-qd-219-kien-toan-bcd-cchc-cds.docx"
B = "2026-ubnd-tinh-lac-nguyen-qd-402-bo-tieu-chi-cham-diem-cap-xa.pdf"
C = "2026-so-noi-vu-lac-nguyen-to-trinh-96-khao-sat-hai-long.txt"

PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}

ITEMS = []


def add(kind, question, answer, must, document=None, section=None, evidence=None):
    ITEMS.append((kind, question, answer, must, document, section, evidence))


PL = "Phụ lục"

# ------------------------------------------------------------------------------------------------ lead
add("lead", "Sau khi kiện toàn thì ai làm Trưởng ban Ban Chỉ đạo CCHC và CĐS tỉnh Lạc Nguyên?",
    "Ông Hà Quang Vịnh, Chủ tịch Ủy ban nhân dân tỉnh.",
    ["Hà Quang Vịnh"], A, "Điều 1.1", "Trưởng ban: Ông Hà Quang Vịnh, Chủ tịch Ủy ban nhân dân tỉnh.")
add("lead", "Tổ giúp việc của Ban Chỉ đạo do ai làm tổ trưởng ạ?",
    "Ông Hoàng Trọng Kha, Phó Giám đốc Sở Nội vụ.",
    ["Hoàng Trọng Kha"], A, "Điều 3.2",
    "do ông Hoàng Trọng Kha, Phó Giám đốc Sở Nội vụ làm Tổ trưởng")
add("lead", "Cơ quan thường trực của Ban Chỉ đạo về mảng chuyển đổi số là cơ quan nào?",
    "Sở Khoa học và Công nghệ (còn mảng cải cách hành chính do Sở Nội vụ thường trực).",
    ["Sở Khoa học và Công nghệ"], A, "Điều 3.1",
    "Sở Khoa học và Công nghệ là cơ quan thường trực của Ban Chỉ đạo về chuyển đổi số")
add("lead", "Thành viên nào trong BCĐ được giao chủ trì cải thiện chỉ số DTI?",
    "Ông Vi Minh Khoát, Giám đốc Sở Khoa học và Công nghệ, Phó Trưởng ban.",
    ["Vi Minh Khoát"], A, PL + ".I.4", "Chủ trì cải thiện Chỉ số DTI")
add("lead", "Ai trong ban chỉ đạo chủ trì liên thông khai sinh, thường trú, thẻ BHYT cho trẻ dưới 6 tuổi?",
    "Ông Lương Đình Cẩn, Phó Giám đốc Công an tỉnh.",
    ["Lương Đình Cẩn"], A, PL + ".II.9",
    "Chủ trì liên thông nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em "
    "dưới 6 tuổi.")
add("lead", "Theo bảng phân công thành viên BCĐ, ai lo việc phát, thu phiếu khảo sát hài lòng năm 2026?",
    "Ông Quách Văn Hưng, Giám đốc Bưu điện tỉnh, tổ chức phát, thu phiếu theo hợp đồng với Sở Nội vụ.",
    ["Quách Văn Hưng"], A, PL + ".II.11",
    "Tổ chức phát, thu phiếu khảo sát sự hài lòng năm 2026 theo hợp đồng với Sở Nội vụ")
add("lead", "Trưởng ban vắng thì ai chủ trì phiên họp của Ban Chỉ đạo?",
    "Bà Đinh Thị Ngọc Trâm, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban thường trực.",
    ["Đinh Thị Ngọc Trâm"], A, PL + ".I.2",
    "chủ trì phiên họp khi Trưởng ban vắng mặt")
add("lead", "Ai làm Chủ tịch Hội đồng thẩm định điểm tự chấm CCHC của các xã, phường năm 2026?",
    "Giám đốc Sở Nội vụ làm Chủ tịch Hội đồng thẩm định.",
    ["Giám đốc Sở Nội vụ"], B, "I.5.b",
    "Hội đồng thẩm định do Giám đốc Sở Nội vụ làm Chủ tịch thẩm định điểm tự chấm")
add("lead", "Đơn vị nào phải đưa Bộ tiêu chí lên Phần mềm chấm điểm cải cách hành chính?",
    "Sở Khoa học và Công nghệ, hoàn thành trước ngày 15/4/2026.",
    ["Sở Khoa học và Công nghệ"], B, "Điều 2.2",
    "Sở Khoa học và Công nghệ cập nhật Bộ tiêu chí lên Phần mềm chấm điểm cải cách hành chính của tỉnh")
add("lead", "bên mình cho hỏi ai xuống kiểm tra Khu vực tự phục vụ của xã để chấm tiêu chí 5.3",
    "Trung tâm Phục vụ hành chính công tỉnh.",
    ["Trung tâm Phục vụ hành chính công tỉnh"], B, "III.3",
    "Trung tâm Phục vụ hành chính công tỉnh kiểm tra Khu vực tự phục vụ của cấp xã (tiêu chí 5.3)")
add("lead", "Số liệu tiêu chí 6.3.1 về định danh điện tử mức 2 do cơ quan nào cung cấp?",
    "Công an tỉnh cung cấp, số liệu tại thời điểm 31/10/2026.",
    ["Công an tỉnh"], B, "III.4", "Công an tỉnh cung cấp số liệu tiêu chí 6.3.1 tại thời điểm 31/10/2026.")
add("lead", "Tờ trình 96 đề xuất đơn vị nào trực tiếp phát, thu phiếu khảo sát?",
    "Bưu điện tỉnh (phối hợp: Ủy ban nhân dân các xã, phường), từ 01/6/2026 đến 31/7/2026.",
    ["Bưu điện tỉnh"], C, "IV.5.2", "Đơn vị thực hiện: Bưu điện tỉnh; phối hợp: Ủy ban nhân dân các xã, phường")
add("lead", "Khâu nhập, làm sạch dữ liệu và phúc tra phiếu trong dự thảo kế hoạch khảo sát do ai làm?",
    "Sở Nội vụ thực hiện, phối hợp với Sở Khoa học và Công nghệ, trong tháng 8/2026.",
    ["Sở Nội vụ"], C, "IV.5.3", "Đơn vị thực hiện: Sở Nội vụ; phối hợp: Sở Khoa học và Công nghệ")
add("lead", "Sở Nội vụ kiến nghị giao cơ quan nào thẩm định, bổ sung kinh phí khảo sát?",
    "Sở Tài chính, để bổ sung kinh phí cho Sở Nội vụ trước ngày 30/4/2026.",
    ["Sở Tài chính"], C, "V", "giao Sở Tài chính thẩm định, bổ sung kinh phí cho Sở Nội vụ trước ngày 30/4/2026")
add("lead", "Ai lập lịch làm việc của Ban Chỉ đạo với các xã, phường?",
    "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh lập lịch, trình Trưởng ban trước ngày 15/3 hằng năm.",
    ["Sở Nội vụ"], A, "Điều 2.3",
    "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh lập lịch làm việc của Ban Chỉ đạo")

# ------------------------------------------------------------------------------------------------ coordinators
add("coordinators", "Khâu chọn mẫu, in phiếu, tập huấn điều tra viên thì Sở Nội vụ phối hợp với ai?",
    "Trung tâm Phục vụ hành chính công tỉnh và Bưu điện tỉnh.",
    ["Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh"], C, "IV.5.1",
    "Đơn vị thực hiện: Sở Nội vụ; phối hợp: Trung tâm Phục vụ hành chính công tỉnh, Bưu điện tỉnh")
add("coordinators", "Báo cáo, công bố kết quả khảo sát hài lòng có cơ quan nào phối hợp?",
    "Văn phòng Ủy ban nhân dân tỉnh phối hợp; Sở Nội vụ trình UBND tỉnh.",
    ["Văn phòng Ủy ban nhân dân tỉnh"], C, "IV.5.4",
    "Đơn vị thực hiện: Sở Nội vụ trình Ủy ban nhân dân tỉnh; phối hợp: Văn phòng Ủy ban nhân dân tỉnh")
add("coordinators", "Khi Bưu điện phát phiếu thì cấp nào phối hợp?",
    "Ủy ban nhân dân các xã, phường.",
    ["Ủy ban nhân dân các xã, phường"], C, "IV.5.2",
    "phối hợp: Ủy ban nhân dân các xã, phường")
add("coordinators", "Làm sạch dữ liệu phiếu khảo sát thì Sở Nội vụ phối hợp với sở nào?",
    "Sở Khoa học và Công nghệ.",
    ["Sở Khoa học và Công nghệ"], C, "IV.5.3", "phối hợp: Sở Khoa học và Công nghệ")
add("coordinators", "Theo QĐ 402, Sở Nội vụ phối hợp với đơn vị nào để phát, thu phiếu điều tra xã hội học?",
    "Phối hợp với Bưu điện tỉnh, trong Quý III/2026.",
    ["Bưu điện tỉnh"], B, "III.1", "Chủ trì ĐTXHH, phối hợp với Bưu điện tỉnh phát, thu phiếu trong Quý III/2026.")
add("coordinators", "Tập huấn dùng Phần mềm chấm điểm cho công chức đầu mối xã thì Sở Nội vụ phối hợp với ai?",
    "Sở Khoa học và Công nghệ.",
    ["Sở Khoa học và Công nghệ"], B, "III.1",
    "phối hợp với Sở Khoa học và Công nghệ tập huấn sử dụng Phần mềm chấm điểm")
add("coordinators", "Phần mềm chấm điểm bị lỗi lúc xã tự chấm thì Sở KH&CN phối hợp với đơn vị nào xử lý?",
    "VNPT Lạc Nguyên.",
    ["VNPT Lạc Nguyên"], B, "III.2",
    "phối hợp với VNPT Lạc Nguyên xử lý lỗi của Phần mềm chấm điểm")
add("coordinators", "Lập lịch làm việc của BCĐ thì Sở Nội vụ phối hợp với cơ quan nào?",
    "Văn phòng Ủy ban nhân dân tỉnh.",
    ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 2.3",
    "phối hợp với Văn phòng Ủy ban nhân dân tỉnh lập lịch làm việc của Ban Chỉ đạo")
add("coordinators", "Phường Hạ Quan thí điểm Bộ phận Một cửa không giấy có phối hợp với sở nào không?",
    "Có, phối hợp với Sở Khoa học và Công nghệ (thí điểm từ Quý II/2026).",
    ["Sở Khoa học và Công nghệ"], A, PL + ".II.13",
    "tại phường Hạ Quan từ Quý II/2026, phối hợp với Sở Khoa học và Công nghệ")

# ------------------------------------------------------------------------------------------------ timing
add("timing", "Ban Chỉ đạo CCHC và CĐS tỉnh họp định kỳ vào những tháng nào?",
    "Vào tháng 7 và tháng 12 (định kỳ 06 tháng một lần); họp đột xuất khi Trưởng ban triệu tập.",
    ["tháng 7 và tháng 12"], A, "Điều 3.3", "Ban Chỉ đạo họp định kỳ 06 tháng một lần, vào tháng 7 và tháng 12")
add("timing", "Thành viên BCĐ nộp báo cáo quý cho Sở Nội vụ hạn chót là ngày nào?",
    "Trước ngày 18 của tháng cuối quý, gửi Sở Nội vụ qua Tổ giúp việc.",
    ["trước ngày 18 của tháng cuối quý"], A, "Điều 3.3",
    "hằng quý, trước ngày 18 của tháng cuối quý")
add("timing", "Quy chế hoạt động của Ban Chỉ đạo phải ban hành trong bao lâu?",
    "Trong thời hạn 30 ngày kể từ ngày ký Quyết định 219/QĐ-UBND; Trưởng ban ban hành.",
    ["30 ngày"], A, "Điều 4.1",
    "Trong thời hạn 30 ngày kể từ ngày ký Quyết định, Trưởng ban ban hành Quy chế hoạt động của Ban Chỉ đạo.")
add("timing", "Danh sách Tổ giúp việc được quyết định trong thời hạn bao lâu?",
    "Trong 10 ngày làm việc kể từ ngày Quyết định có hiệu lực; Giám đốc Sở Nội vụ quyết định.",
    ["10 ngày làm việc"], A, "Điều 3.2",
    "Giám đốc Sở Nội vụ quyết định danh sách Tổ giúp việc trong thời hạn 10 ngày làm việc")
add("timing", "Số hóa dữ liệu hộ tịch còn lại phải xong trước ngày nào?",
    "Trước ngày 30/9/2026 (bà Nông Thị Diệp, Giám đốc Sở Tư pháp chỉ đạo).",
    ["30/9/2026"], A, PL + ".II.7", "hoàn thành số hóa dữ liệu hộ tịch còn lại trước ngày 30/9/2026")
add("timing", "mn cho hỏi hạn chót xã tự chấm điểm CCHC năm nay trên phần mềm là ngày nào ạ",
    "Trước ngày 10/11/2026.",
    ["10/11/2026"], B, "I.5.a",
    "Cấp xã tự chấm điểm, đính kèm tài liệu kiểm chứng trên Phần mềm chấm điểm cải cách hành chính trước ngày "
    "10/11/2026")
add("timing", "Hội đồng thẩm định điểm các xã làm việc từ ngày nào đến ngày nào?",
    "Từ ngày 11/11 đến ngày 30/11/2026.",
    ["11/11", "30/11/2026"], B, "I.5.b", "từ ngày 11/11 đến ngày 30/11/2026")
add("timing", "Kết quả chấm điểm CCHC, CĐS cấp xã năm 2026 được công bố trước ngày nào?",
    "Trước ngày 25/12/2026 (Sở Nội vụ tổng hợp, trình UBND tỉnh công bố).",
    ["25/12/2026"], B, "I.5.c", "trình Ủy ban nhân dân tỉnh công bố kết quả trước ngày 25/12/2026")
add("timing", "Muốn được 2 điểm tiêu chí 1.1 thì xã phải ban hành kế hoạch CCHC 2026 trước ngày nào?",
    "Trước ngày 31/01/2026; ban hành sau thời hạn được 0 điểm.",
    ["31/01/2026"], B, "II.1.1", "Ban hành trước ngày 31/01/2026: 2 điểm")
add("timing", "Dự thảo kế hoạch khảo sát cho phát, thu phiếu trong khoảng thời gian nào?",
    "Từ ngày 01/6/2026 đến ngày 31/7/2026.",
    ["01/6/2026", "31/7/2026"], C, "IV.5.2", "Thời gian: từ ngày 01/6/2026 đến ngày 31/7/2026")
add("timing", "Khi nào công bố chỉ số hài lòng của từng cơ quan, từng xã theo tờ trình của Sở Nội vụ?",
    "Trước ngày 30/9/2026.",
    ["30/9/2026"], C, "IV.5.4", "Thời gian: trước ngày 30/9/2026")
add("timing", "Phường Hạ Quan bắt đầu thí điểm Bộ phận Một cửa không giấy từ khi nào?",
    "Từ Quý II/2026.",
    ["Quý II/2026"], A, PL + ".II.13", "tại phường Hạ Quan từ Quý II/2026")

# ------------------------------------------------------------------------------------------------ frequency
add("frequency", "Ban chỉ đạo cải cách hành chính và chuyển đổi số của tỉnh bao lâu họp một lần?",
    "Định kỳ 06 tháng một lần (tháng 7 và tháng 12), ngoài ra họp đột xuất khi Trưởng ban triệu tập.",
    ["06 tháng một lần"], A, "Điều 3.3", "Ban Chỉ đạo họp định kỳ 06 tháng một lần")
add("frequency", "Chuyên mục Chính quyền số vì dân phát sóng bao nhiêu số mỗi tháng?",
    "02 số/tháng.",
    ["02 số/tháng"], A, PL + ".II.15", "phát sóng 02 số/tháng")
add("frequency", "Thành viên theo dõi địa bàn phải dự giao ban CCHC của xã được phân công bao lâu một lần?",
    "Ít nhất 01 cuộc họp giao ban trong mỗi 6 tháng.",
    ["01 cuộc họp giao ban", "mỗi 6 tháng"], A, PL,
    "dự ít nhất 01 cuộc họp giao ban cải cách hành chính của xã, phường được phân công trong mỗi 6 tháng")
add("frequency", "Mỗi năm Ban Chỉ đạo làm việc trực tiếp với bao nhiêu xã, phường?",
    "Mỗi năm ít nhất 12 xã, phường có Chỉ số cải cách hành chính năm trước thấp nhất.",
    ["12 xã, phường"], A, "Điều 2.3", "mỗi năm trực tiếp làm việc với ít nhất 12 xã, phường")
add("frequency", "Tin bài tuyên truyền CCHC trên trang của xã phải ra bao lâu một lần mới được điểm tiêu chí 1.4?",
    "Hằng tháng; không đủ 12 tháng thì 0 điểm.",
    ["hằng tháng"], B, "II.1.4", "Có tin, bài hằng tháng: 1 điểm")
add("frequency", "Tổ công nghệ số cộng đồng phải báo cáo bao lâu một lần để xã được 3 điểm tiêu chí 5.4?",
    "Hằng tháng, và 100% thôn, tổ dân phố có Tổ hoạt động.",
    ["hằng tháng"], B, "II.5.4", "100% thôn, tổ dân phố có Tổ hoạt động và báo cáo hằng tháng: 3 điểm")
add("frequency", "Lịch làm việc của BCĐ với các xã được trình Trưởng ban mấy lần, hạn khi nào?",
    "Mỗi năm một lần: Sở Nội vụ trình Trưởng ban trước ngày 15/3 hằng năm.",
    ["trước ngày 15/3 hằng năm"], A, "Điều 2.3", "trình Trưởng ban trước ngày 15/3 hằng năm")

# ------------------------------------------------------------------------------------------------ fact
add("fact", "Quyết định kiện toàn Ban Chỉ đạo CCHC và CĐS tỉnh Lạc Nguyên số mấy, ký ngày nào?",
    "Quyết định số 219/QĐ-UBND ngày 10/02/2026 của UBND tỉnh Lạc Nguyên.",
    ["219/QĐ-UBND"], A, "header", "Số: 219/QĐ-UBND")
add("fact", "QĐ 219 thay thế những quyết định nào?",
    "Quyết định số 88/QĐ-UBND ngày 20/8/2025 (thành lập Ban Chỉ đạo CCHC) và Quyết định số 93/QĐ-UBND ngày "
    "27/8/2025 (thành lập Ban Chỉ đạo CĐS) của UBND tỉnh.",
    ["88/QĐ-UBND", "93/QĐ-UBND"], A, "Điều 5",
    "thay thế Quyết định số 88/QĐ-UBND ngày 20 tháng 8 năm 2025 và Quyết định số 93/QĐ-UBND ngày 27 tháng 8 năm "
    "2025")
add("fact", "Quyết định kiện toàn BCĐ ban hành theo tờ trình số mấy của Sở Nội vụ?",
    "Tờ trình số 41/TTr-SNV ngày 03/02/2026 của Giám đốc Sở Nội vụ.",
    ["41/TTr-SNV"], A, "preamble", "Tờ trình số 41/TTr-SNV ngày 03 tháng 02 năm 2026")
add("fact", "Ai ký Quyết định 219 kiện toàn Ban chỉ đạo?",
    "Ông Hà Quang Vịnh, Chủ tịch UBND tỉnh (TM. Ủy ban nhân dân).",
    ["Hà Quang Vịnh"], A, "signature", "Hà Quang Vịnh")
add("fact", "Người ký Quyết định 402 ban hành Bộ tiêu chí là ai?",
    "Bà Đinh Thị Ngọc Trâm, Phó Chủ tịch UBND tỉnh, ký thay Chủ tịch (KT. Chủ tịch).",
    ["Đinh Thị Ngọc Trâm"], B, "signature", "Đinh Thị Ngọc Trâm")
add("fact", "Bộ tiêu chí chấm điểm cấp xã được ban hành theo đề nghị tại tờ trình nào?",
    "Tờ trình số 77/TTr-SNV ngày 09/3/2026 của Giám đốc Sở Nội vụ.",
    ["77/TTr-SNV"], B, "preamble", "Tờ trình số 77/TTr-SNV ngày 09 tháng 3 năm 2026")
add("fact", "Tờ trình về kế hoạch khảo sát hài lòng 2026 do ai ký?",
    "Ông Lò Văn Thắm, Giám đốc Sở Nội vụ.",
    ["Lò Văn Thắm"], C, "signature", "Lò Văn Thắm")
add("fact", "Cần hỏi về tờ trình khảo sát hài lòng thì liên hệ ai, số điện thoại nào?",
    "Bà Phùng Thị Xoan, Trưởng phòng Cải cách hành chính, Sở Nội vụ, điện thoại 0209 3 846 275.",
    ["Phùng Thị Xoan", "0209 3 846 275"], C, "closing",
    "Đầu mối liên hệ: bà Phùng Thị Xoan, Trưởng phòng Cải cách hành chính, Sở Nội vụ, điện thoại 0209 3 846 275.")
add("fact", "Sở Nội vụ lấy ý kiến dự thảo kế hoạch khảo sát bằng công văn số mấy?",
    "Công văn số 305/SNV-CCHC ngày 12/3/2026.",
    ["305/SNV-CCHC"], C, "III", "Ngày 12/3/2026, Sở Nội vụ ban hành Công văn số 305/SNV-CCHC")
add("fact", "Tên chuyên mục truyền hình về CCHC, CĐS mà BCĐ giao duy trì là gì?",
    "Chuyên mục \"Chính quyền số vì dân\" (Báo và Phát thanh, Truyền hình Lạc Nguyên), 02 số/tháng.",
    ["Chính quyền số vì dân"], A, PL + ".II.15", "duy trì chuyên mục \"Chính quyền số vì dân\"")
add("fact", "Xã đạt trên 90 điểm nhưng có tỷ lệ hồ sơ quá hạn trên 2% thì có được xếp loại Xuất sắc không?",
    "Không, xã có tỷ lệ hồ sơ giải quyết quá hạn trên 2% không được xếp loại Xuất sắc dù đạt từ 90 điểm trở lên.",
    ["không được xếp loại Xuất sắc"], B, "I.3.đ",
    "Xã có tỷ lệ hồ sơ giải quyết quá hạn trên 2% không được xếp loại Xuất sắc dù đạt từ 90 điểm trở lên.")
add("fact", "Kinh phí hoạt động của Ban Chỉ đạo lấy từ dự toán của cơ quan nào?",
    "Dự toán chi thường xuyên hằng năm của Sở Nội vụ; riêng hoạt động về chuyển đổi số bố trí trong dự toán của "
    "Sở Khoa học và Công nghệ.",
    ["Sở Nội vụ", "Sở Khoa học và Công nghệ"], A, "Điều 4.2",
    "được bố trí trong dự toán chi thường xuyên hằng năm của Sở Nội vụ")

# ------------------------------------------------------------------------------------------------ figure
add("figure", "Thang điểm chấm CCHC cấp xã năm 2026 tối đa bao nhiêu, chia ra sao?",
    "Tối đa 100 điểm: 75 điểm thẩm định kết quả tự đánh giá (lĩnh vực 1-6) và 25 điểm điều tra xã hội học "
    "(lĩnh vực 7).",
    ["100 điểm", "75 điểm", "25 điểm"], B, "I.2",
    "tổng điểm tối đa là 100 điểm, gồm 75 điểm thẩm định kết quả tự đánh giá")
add("figure", "Tỷ lệ hồ sơ đúng hạn phải đạt bao nhiêu thì xã được trọn 6 điểm tiêu chí 2.2?",
    "Từ 98% trở lên: 6 điểm (từ 95% đến dưới 98%: 4 điểm; dưới 95%: 0 điểm).",
    ["98%"], B, "II.2.2", "Từ 98% trở lên: 6 điểm")
add("figure", "Tỷ lệ nộp hồ sơ trực tuyến bao nhiêu thì được 6 điểm ở tiêu chí 5.1?",
    "Từ 80% trở lên được 6 điểm; 60% đến dưới 80%: 4 điểm; 40% đến dưới 60%: 2 điểm; dưới 40%: 0 điểm.",
    ["80%"], B, "II.5.1", "Từ 80% trở lên: 6 điểm")
add("figure", "xã bị tỉnh phê bình bằng văn bản về CCHC thì trừ mấy điểm hả mọi người",
    "Trừ 02 điểm mỗi lần bị phê bình bằng văn bản, tổng điểm trừ không quá 06 điểm.",
    ["02 điểm", "06 điểm"], B, "I.4", "trừ 02 điểm cho mỗi lần xã bị Ủy ban nhân dân tỉnh phê bình bằng văn bản")
add("figure", "Được bao nhiêu điểm thì xếp loại Tốt?",
    "Từ 80 điểm đến dưới 90 điểm.",
    ["từ 80 điểm đến dưới 90 điểm"], B, "I.3.b", "b) Tốt: từ 80 điểm đến dưới 90 điểm;")
add("figure", "Chỉ số SIPAS năm 2025 của Lạc Nguyên đạt bao nhiêu, xếp thứ mấy?",
    "84,12%, xếp thứ 21/34 tỉnh, thành phố, giảm 03 bậc so với năm 2024.",
    ["84,12%", "21/34"], C, "I", "của tỉnh Lạc Nguyên đạt 84,12%, xếp thứ 21/34 tỉnh, thành phố")
add("figure", "Khảo sát hài lòng 2026 dự kiến bao nhiêu phiếu tất cả?",
    "7.250 phiếu: cấp tỉnh 1.450 phiếu, cấp xã 5.800 phiếu.",
    ["7.250 phiếu"], C, "IV.2", "tổng số 7.250 phiếu, trong đó cấp tỉnh 1.450 phiếu; cấp xã 5.800 phiếu")
add("figure", "Tổng kinh phí dự kiến cho cuộc khảo sát hài lòng năm 2026 là bao nhiêu?",
    "Dự kiến 1.085 triệu đồng từ ngân sách tỉnh năm 2026.",
    ["1.085 triệu đồng"], C, "IV.6", "dự kiến 1.085 triệu đồng từ ngân sách tỉnh năm 2026")
add("figure", "ad ơi người dân trả lời phiếu khảo sát được hỗ trợ bao nhiêu tiền 1 phiếu vậy",
    "50.000 đồng/phiếu (tổng 362,5 triệu đồng).",
    ["50.000 đồng/phiếu"], C, "IV.6", "Hỗ trợ người trả lời phiếu 50.000 đồng/phiếu: 362,5 triệu đồng;")
add("figure", "Tỷ lệ văn bản đi ký số phải đạt bao nhiêu để được 4 điểm?",
    "Từ 98% trở lên (trừ văn bản mật): 4 điểm; từ 90% đến dưới 98%: 2 điểm.",
    ["98%"], B, "II.6.1", "Từ 98% trở lên: 4 điểm")
add("figure", "VNPT phải xử lý sự cố đường truyền trong bao lâu?",
    "Trong 04 giờ.",
    ["04 giờ"], A, PL + ".II.12", "xử lý sự cố đường truyền trong 04 giờ")

# ------------------------------------------------------------------------------------------------ list
add("list", "Ban Chỉ đạo chỉ đạo cải thiện những chỉ số nào?",
    "PAR INDEX (Chỉ số cải cách hành chính), SIPAS, PCI, PAPI và DTI.",
    ["PAR INDEX", "PAPI", "DTI"], A, "Điều 2.2.b",
    "Thực hiện các giải pháp cải thiện Chỉ số cải cách hành chính (PAR INDEX)")
add("list", "Dự thảo kế hoạch khảo sát dùng những hình thức khảo sát nào?",
    "Phát phiếu trực tiếp tại nhà qua mạng lưới Bưu điện tỉnh; khảo sát trực tuyến bằng mã QR trên Cổng Dịch vụ "
    "công tỉnh (tối đa 20%); phỏng vấn qua điện thoại với tổ chức, doanh nghiệp (tối đa 10%).",
    ["Phát phiếu trực tiếp", "mã QR", "Phỏng vấn qua điện thoại"], C, "IV.3",
    "Khảo sát trực tuyến bằng mã QR trên Cổng Dịch vụ công tỉnh (tối đa 20% số phiếu);")
add("list", "Phiếu khảo sát hài lòng hỏi về những yếu tố nào?",
    "05 yếu tố: tiếp cận dịch vụ, thủ tục hành chính, công chức giải quyết công việc, kết quả giải quyết, tiếp "
    "nhận và xử lý góp ý; phiếu cấp xã có thêm 04 câu về dịch vụ công trực tuyến.",
    ["tiếp cận dịch vụ", "kết quả giải quyết", "góp ý"], C, "IV.4",
    "05 yếu tố gồm tiếp cận dịch vụ, thủ tục hành chính, công chức giải quyết công việc, kết quả giải quyết và "
    "tiếp nhận, xử lý góp ý")
add("list", "Kết quả chấm điểm cấp xã chia ra những mức xếp loại nào?",
    "Xuất sắc (từ 90 điểm), Tốt (80 đến dưới 90), Khá (70 đến dưới 80), Trung bình (50 đến dưới 70), Yếu "
    "(dưới 50).",
    ["Xuất sắc", "Khá", "Yếu"], B, "I.3", "a) Xuất sắc: từ 90 điểm trở lên;")
add("list", "Tổ giúp việc của BCĐ gồm công chức của những cơ quan nào?",
    "09 công chức của Sở Nội vụ, Sở Khoa học và Công nghệ, Văn phòng Ủy ban nhân dân tỉnh và Trung tâm Phục vụ hành chính "
    "công tỉnh.",
    ["Sở Nội vụ", "Văn phòng Ủy ban", "Trung tâm Phục vụ hành chính công tỉnh"], A, "Điều 3.2",
    "Tổ giúp việc gồm 09 công chức của Sở Nội vụ, Sở Khoa học và Công nghệ, Văn phòng Ủy ban nhân dân tỉnh và "
    "Trung tâm Phục vụ hành chính công tỉnh")
add("list", "Kinh phí khảo sát 1.085 triệu gồm những khoản gì?",
    "Thuê Bưu điện tỉnh phát, thu phiếu 478 triệu đồng; hỗ trợ người trả lời phiếu 362,5 triệu đồng; in phiếu, "
    "tập huấn, nhập và xử lý dữ liệu 244,5 triệu đồng.",
    ["478 triệu đồng", "362,5 triệu đồng", "244,5 triệu đồng"], C, "IV.6",
    "Thuê Bưu điện tỉnh phát, thu phiếu: 478 triệu đồng;")

# ------------------------------------------------------------------------------------------------ period
add("period", "Trong tháng 11/2026 việc chấm điểm CCHC cấp xã có những mốc nào?",
    "Xã tự chấm điểm trước 10/11/2026; Sở KH&CN cung cấp số liệu tiêu chí 6.1, 6.2, 6.4 trước 15/11/2026; Hội "
    "đồng thẩm định từ 11/11 đến 30/11/2026; điểm Bộ chỉ số 766 lấy dữ liệu tại thời điểm 30/11/2026.",
    ["10/11/2026", "15/11/2026", "30/11/2026"],
    [B, B, B, B], ["I.5.a", "III.2", "I.5.b", "II.5.5"],
    ["trước ngày 10/11/2026", "cho Hội đồng thẩm định trước ngày 15/11/2026",
     "từ ngày 11/11 đến ngày 30/11/2026", "Dữ liệu Cổng Dịch vụ công tại thời điểm 30/11/2026"])
add("period", "Từ tháng 6 đến tháng 9/2026 dự thảo kế hoạch khảo sát có những việc gì?",
    "Phát, thu phiếu từ 01/6 đến 31/7/2026 (Bưu điện tỉnh); nhập, làm sạch dữ liệu, phúc tra 5% phiếu trong "
    "tháng 8/2026 (Sở Nội vụ); báo cáo, công bố kết quả trước 30/9/2026.",
    ["31/7/2026", "tháng 8/2026", "30/9/2026"],
    [C, C, C], ["IV.5.2", "IV.5.3", "IV.5.4"],
    ["Thời gian: từ ngày 01/6/2026 đến ngày 31/7/2026", "Thời gian: tháng 8/2026",
     "Thời gian: trước ngày 30/9/2026"])
add("period", "Tháng 4/2026 theo QĐ 402 phải làm xong những gì?",
    "Sở KH&CN cập nhật Bộ tiêu chí lên Phần mềm chấm điểm trước 15/4/2026; Sở Nội vụ hướng dẫn cấp xã tự chấm "
    "điểm trong tháng 4/2026.",
    ["15/4/2026", "tháng 4/2026"],
    [B, B], ["Điều 2.2", "III.1"],
    ["hoàn thành trước ngày 15/4/2026", "Hướng dẫn cấp xã tự chấm điểm trong tháng 4/2026"])

# ------------------------------------------------------------------------------------------------ count
add("count", "Ban Chỉ đạo sau kiện toàn có bao nhiêu thành viên?",
    "15 thành viên.",
    ["15 thành viên"], A, "Điều 1", "gồm 15 thành viên như sau:")
add("count", "Tổ giúp việc có mấy người?",
    "09 công chức.",
    ["09 công chức"], A, "Điều 3.2", "Tổ giúp việc gồm 09 công chức")
add("count", "Bộ tiêu chí 402 áp dụng cho bao nhiêu xã, phường?",
    "58 xã, phường của tỉnh Lạc Nguyên.",
    ["58 xã, phường"], B, "I.1", "Ủy ban nhân dân 58 xã, phường của tỉnh Lạc Nguyên")
add("count", "Sở Nội vụ nhận được bao nhiêu văn bản góp ý cho dự thảo kế hoạch khảo sát?",
    "37 văn bản góp ý: 28 đơn vị thống nhất, 09 đơn vị có ý kiến cụ thể.",
    ["37 văn bản"], C, "III", "Sở Nội vụ nhận được 37 văn bản góp ý")
add("count", "Ngoài Phó Trưởng ban thường trực, BCĐ có mấy Phó Trưởng ban, là ai?",
    "2 Phó Trưởng ban: ông Lò Văn Thắm (Giám đốc Sở Nội vụ) và ông Vi Minh Khoát (Giám đốc Sở Khoa học và Công "
    "nghệ).",
    ["Lò Văn Thắm", "Vi Minh Khoát"], A, "Điều 1.3", "Ông Lò Văn Thắm, Giám đốc Sở Nội vụ;")

# ------------------------------------------------------------------------------------------------ abbreviation
add("abbreviation", "DTI trong quyết định kiện toàn BCĐ là chỉ số gì?",
    "Chỉ số chuyển đổi số cấp tỉnh.",
    ["Chỉ số chuyển đổi số cấp tỉnh"], A, "Điều 2.2.b", "Chỉ số chuyển đổi số cấp tỉnh (DTI)")
add("abbreviation", "PAPI viết tắt của chỉ số nào?",
    "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh.",
    ["hiệu quả quản trị và hành chính công cấp tỉnh"], A, "Điều 2.2.b",
    "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)")
add("abbreviation", "ĐTXHH trong Bộ tiêu chí là gì vậy?",
    "Điều tra xã hội học (lĩnh vực 7, 25 điểm).",
    ["điều tra xã hội học"], B, "I.2", "25 điểm điều tra xã hội học (sau đây viết tắt là ĐTXHH")
add("abbreviation", "Chỉ số SIPAS nghĩa đầy đủ là gì?",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
    ["hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"], C, "I",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (sau đây gọi là "
    "Chỉ số SIPAS)")
add("abbreviation", "LGSP mà Sở KH&CN vận hành là gì?",
    "Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh.",
    ["nền tảng tích hợp, chia sẻ dữ liệu"], A, PL + ".I.4", "nền tảng tích hợp, chia sẻ dữ liệu (LGSP)")
add("abbreviation", "Bộ chỉ số 766 nhắc trong phân công thành viên là bộ chỉ số gì?",
    "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục "
    "hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử.",
    ["chất lượng phục vụ người dân, doanh nghiệp"], A, PL + ".II.5",
    "dịch vụ công theo thời gian thực trên môi trường điện tử (Bộ chỉ số 766)")

# ------------------------------------------------------------------------------------------------ cross_document
add("cross_document", "Việc phát, thu phiếu khảo sát hài lòng 2026 được giao thế nào trong QĐ 219, QĐ 402 và tờ "
                      "trình 96?",
    "QĐ 219: Giám đốc Bưu điện tỉnh tổ chức phát, thu phiếu theo hợp đồng với Sở Nội vụ. QĐ 402: Sở Nội vụ chủ "
    "trì ĐTXHH, phối hợp Bưu điện tỉnh phát, thu phiếu trong Quý III/2026. Tờ trình 96: Bưu điện tỉnh thực hiện, "
    "phối hợp UBND các xã, phường, từ 01/6 đến 31/7/2026.",
    ["Bưu điện tỉnh", "Quý III/2026", "31/7/2026"],
    [A, B, C], [PL + ".II.11", "III.1", "IV.5.2"],
    ["Tổ chức phát, thu phiếu khảo sát sự hài lòng năm 2026 theo hợp đồng với Sở Nội vụ",
     "Chủ trì ĐTXHH, phối hợp với Bưu điện tỉnh phát, thu phiếu trong Quý III/2026.",
     "Thời gian: từ ngày 01/6/2026 đến ngày 31/7/2026"])
add("cross_document", "25 điểm điều tra xã hội học của Bộ tiêu chí lấy từ đâu, tờ trình 96 nói gì về việc này?",
    "QĐ 402: điểm ĐTXHH (25 điểm) lấy từ kết quả khảo sát sự hài lòng năm 2026 do Sở Nội vụ tổ chức. Tờ trình 96: "
    "vì Bộ tiêu chí 402 dành 25 điểm cho ĐTXHH ở cấp xã nên cần một cuộc khảo sát thống nhất toàn tỉnh, đủ mẫu "
    "cho từng xã, phường.",
    ["25 điểm", "Sở Nội vụ"],
    [B, C], ["I.2", "I"],
    ["Điểm ĐTXHH lấy từ kết quả khảo sát sự hài lòng năm 2026 do Sở Nội vụ tổ chức.",
     "Bộ tiêu chí 402 dành 25 điểm cho ĐTXHH ở cấp xã"])
add("cross_document", "Tiêu chí 7.2 chấm hài lòng về dịch vụ công trực tuyến thì số liệu lấy từ câu hỏi nào trong "
                      "phiếu khảo sát?",
    "Tiêu chí 7.2 (10 điểm, điểm = tỷ lệ hài lòng x 10) lấy từ 04 câu hỏi về dịch vụ công trực tuyến có thêm "
    "trong phiếu cấp xã theo dự thảo kế hoạch khảo sát.",
    ["7.2", "04 câu hỏi"],
    [B, C], ["II.7.2", "IV.4"],
    ["Mức độ hài lòng về dịch vụ công trực tuyến của xã",
     "riêng phiếu cấp xã có thêm 04 câu hỏi về dịch vụ công trực tuyến để tính điểm tiêu chí 7.2"])
add("cross_document", "Quyết định 402 căn cứ vào quyết định nào về Ban Chỉ đạo, quyết định đó ký ngày nào?",
    "Căn cứ Quyết định số 219/QĐ-UBND ngày 10 tháng 02 năm 2026 của UBND tỉnh về việc kiện toàn Ban Chỉ đạo cải cách hành "
    "chính và chuyển đổi số tỉnh Lạc Nguyên.",
    ["219/QĐ-UBND", "10 tháng 02 năm 2026"],
    [B, A], ["preamble", "header"],
    ["Căn cứ Quyết định số 219/QĐ-UBND ngày 10 tháng 02 năm 2026",
     "Lạc Nguyên, ngày 10 tháng 02 năm 2026"])
add("cross_document", "Giám đốc Sở Nội vụ giữ vai trò gì trong BCĐ và trong việc thẩm định điểm của các xã?",
    "Trong Ban Chỉ đạo: Phó Trưởng ban (ông Lò Văn Thắm). Trong chấm điểm cấp xã: Chủ tịch Hội đồng thẩm định "
    "điểm tự chấm.",
    ["Phó Trưởng ban", "Chủ tịch"],
    [A, B], ["Điều 1.3", "I.5.b"],
    ["Ông Lò Văn Thắm, Giám đốc Sở Nội vụ;",
     "Hội đồng thẩm định do Giám đốc Sở Nội vụ làm Chủ tịch"])
add("cross_document", "Công an tỉnh được giao gì về Đề án 06 và định danh điện tử trong hai quyết định 219 và 402?",
    "QĐ 219: Phó Giám đốc Công an tỉnh theo dõi Đề án 06, hỗ trợ cấp xã kích hoạt tài khoản định danh điện tử mức "
    "độ 2. QĐ 402: Công an tỉnh cung cấp số liệu tiêu chí 6.3.1 tại thời điểm 31/10/2026.",
    ["Đề án 06", "6.3.1", "31/10/2026"],
    [A, B], [PL + ".II.9", "III.4"],
    ["Theo dõi thực hiện Đề án 06 trên địa bàn tỉnh",
     "Công an tỉnh cung cấp số liệu tiêu chí 6.3.1 tại thời điểm 31/10/2026."])
add("cross_document", "Trung tâm Phục vụ hành chính công tỉnh theo dõi gì trong BCĐ và cung cấp số liệu gì cho chấm "
                      "điểm xã?",
    "QĐ 219: Giám đốc Trung tâm theo dõi tỷ lệ hồ sơ đúng hạn và việc xin lỗi khi quá hạn, hướng dẫn Một cửa và Khu "
    "vực tự phục vụ. QĐ 402: Trung tâm kiểm tra Khu vực tự phục vụ (tiêu chí 5.3) và cung cấp số liệu tiêu chí 2.2, "
    "2.3, 5.1, 5.2.",
    ["đúng hạn", "5.3", "2.2, 2.3, 5.1, 5.2"],
    [A, B], [PL + ".II.10", "III.3"],
    ["Theo dõi tỷ lệ hồ sơ giải quyết đúng hạn và việc xin lỗi người dân khi giải quyết hồ sơ quá hạn.",
     "cung cấp số liệu tiêu chí 2.2, 2.3, 5.1, 5.2"])
add("cross_document", "Kết quả khảo sát hài lòng công bố trước ngày nào, còn kết quả chấm điểm CCHC xã công bố khi "
                      "nào?",
    "Chỉ số hài lòng của từng cơ quan, xã, phường: trước ngày 30/9/2026 (tờ trình 96). Kết quả chấm điểm cấp xã: "
    "trước ngày 25/12/2026 (QĐ 402).",
    ["30/9/2026", "25/12/2026"],
    [C, B], ["IV.5.4", "I.5.c"],
    ["Thời gian: trước ngày 30/9/2026",
     "trình Ủy ban nhân dân tỉnh công bố kết quả trước ngày 25/12/2026"])
add("cross_document", "Bưu điện xin kéo dài phát phiếu đến hết tháng 8 có được chấp nhận không, QĐ 402 quy định phát "
                      "thu phiếu khi nào?",
    "Không tiếp thu: tờ trình giữ hạn 31/7/2026 để kịp tổng hợp điểm ĐTXHH cho Bộ tiêu chí. QĐ 402 giao Sở Nội vụ "
    "phối hợp Bưu điện tỉnh phát, thu phiếu trong Quý III/2026.",
    ["Không tiếp thu", "31/7/2026", "Quý III/2026"],
    [C, B], [PL + ".5", "III.1"],
    ["Không tiếp thu: giữ đến ngày", "phát, thu phiếu trong Quý III/2026"])

# ------------------------------------------------------------------------------------------------ comparison
add("comparison", "Trong Bộ tiêu chí, lĩnh vực dịch vụ công trực tuyến và lĩnh vực chuyển đổi số, cái nào nhiều "
                  "điểm hơn?",
    "Dịch vụ công trực tuyến và Bộ phận Một cửa (lĩnh vực 5) tối đa 18 điểm, nhiều hơn Chuyển đổi số (lĩnh vực 6) "
    "tối đa 14 điểm.",
    ["18", "14"],
    [B, B], ["II.5", "II.6"],
    ["DỊCH VỤ CÔNG TRỰC TUYẾN VÀ BỘ PHẬN MỘT CỬA", "CHUYỂN ĐỔI SỐ"])
add("comparison", "Mẫu khảo sát năm 2026 lớn hơn năm 2025 bao nhiêu phiếu?",
    "Năm 2025: 5.100 phiếu (chỉ cấp tỉnh); năm 2026 dự kiến 7.250 phiếu, nhiều hơn 2.150 phiếu và có thêm cấp xã.",
    ["5.100 phiếu", "7.250 phiếu"],
    [C, C], ["I", "IV.2"],
    ["năm 2025 mới thực hiện ở cấp tỉnh với 5.100 phiếu", "tổng số 7.250 phiếu"])
add("comparison", "Ngưỡng để được trọn điểm số hóa hồ sơ khi tiếp nhận và số hóa kết quả khác nhau thế nào?",
    "Số hóa hồ sơ khi tiếp nhận (2.5.1): từ 90% trở lên được 3 điểm; số hóa, ký số kết quả (2.5.2): phải từ 95% "
    "trở lên mới được 3 điểm.",
    ["90%", "95%"],
    [B, B], ["II.2.5.1", "II.2.5.2"],
    ["Từ 90% trở lên: 3 điểm", "Từ 95% trở lên: 3 điểm"])
add("comparison", "Hạn phát thu phiếu Bưu điện đề nghị với hạn trong dự thảo chênh nhau thế nào?",
    "Bưu điện tỉnh đề nghị kéo dài đến hết tháng 8/2026; dự thảo giữ đến ngày 31/7/2026 (không tiếp thu), sớm hơn "
    "khoảng một tháng.",
    ["tháng 8/2026", "31/7/2026"],
    [C, C], [PL + ".5", "IV.5.2"],
    ["phát, thu phiếu đến hết", "Thời gian: từ ngày 01/6/2026 đến ngày 31/7/2026"])
add("comparison", "Tiêu chí 7.1 và 7.2 trong Bộ tiêu chí, tiêu chí nào nặng điểm hơn?",
    "Tiêu chí 7.1 (hài lòng về giải quyết TTHC tại Bộ phận Một cửa) tối đa 15 điểm, nặng hơn tiêu chí 7.2 (hài lòng "
    "về dịch vụ công trực tuyến) tối đa 10 điểm.",
    ["15", "10"],
    [B, B], ["II.7.1", "II.7.2"],
    ["Điểm = tỷ lệ hài lòng x 15", "Điểm = tỷ lệ hài lòng x 10"])
add("comparison", "Phường đông dân như Hạ Quan được khảo sát bao nhiêu phiếu so với xã bình thường?",
    "Phường có trên 30.000 dân khảo sát 150 phiếu, so với bình quân 100 phiếu mỗi xã, phường (tiếp thu một phần ý "
    "kiến của UBND phường Hạ Quan).",
    ["150 phiếu", "100 phiếu"],
    [C, C], [PL + ".7", "IV.2"],
    ["Tiếp thu một phần: phường có", "bình quân 100 phiếu mỗi xã, phường"])

# ------------------------------------------------------------------------------------------------ unit_duties
add("unit_duties", "QĐ 402 giao Sở Nội vụ những việc gì?",
    "Chủ trì hướng dẫn, theo dõi áp dụng Bộ tiêu chí và thành lập Hội đồng thẩm định; hướng dẫn cấp xã tự chấm "
    "điểm trong tháng 4/2026 và tập huấn; chủ trì ĐTXHH; tổng hợp, trình UBND tỉnh công bố kết quả trước "
    "25/12/2026.",
    ["Hội đồng thẩm định", "ĐTXHH", "25/12/2026"],
    [B, B, B], ["Điều 2.1", "III.1", "I.5.c"],
    ["Sở Nội vụ chủ trì hướng dẫn, theo dõi việc áp dụng Bộ tiêu chí",
     "Chủ trì ĐTXHH, phối hợp với Bưu điện tỉnh",
     "Sở Nội vụ tổng hợp, trình Ủy ban nhân dân tỉnh công bố kết quả trước ngày 25/12/2026."])
add("unit_duties", "Bưu điện tỉnh có nhiệm vụ gì trong ba văn bản 219, 402 và tờ trình 96?",
    "QĐ 219: tiếp nhận hồ sơ, trả kết quả qua bưu chính công ích; phát, thu phiếu khảo sát theo hợp đồng với Sở "
    "Nội vụ; bố trí nhân viên hỗ trợ tại Khu vực tự phục vụ. QĐ 402: phối hợp Sở Nội vụ phát, thu phiếu ĐTXHH. "
    "Tờ trình 96: thực hiện phát, thu phiếu từ 01/6 đến 31/7/2026 và phối hợp khâu chọn mẫu, in phiếu, tập huấn.",
    ["bưu chính công ích", "phát, thu phiếu", "Khu vực tự phục vụ"],
    [A, B, C, C], [PL + ".II.11", "III.1", "IV.5.2", "IV.5.1"],
    ["Tổ chức tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích.",
     "phối hợp với Bưu điện tỉnh phát, thu phiếu",
     "Đơn vị thực hiện: Bưu điện tỉnh",
     "phối hợp: Trung tâm Phục vụ hành chính công tỉnh, Bưu điện tỉnh"])
add("unit_duties", "Sở Khoa học và Công nghệ phải làm gì theo QĐ 402?",
    "Cập nhật Bộ tiêu chí lên Phần mềm chấm điểm trước 15/4/2026; cung cấp số liệu tiêu chí 6.1, 6.2 và 6.4 cho "
    "Hội "
    "đồng thẩm định trước 15/11/2026 và phối hợp VNPT Lạc Nguyên xử lý lỗi Phần mềm; phối hợp Sở Nội vụ tập huấn "
    "sử dụng Phần mềm.",
    ["15/4/2026", "6.1, 6.2 và 6.4", "VNPT Lạc Nguyên"],
    [B, B, B], ["Điều 2.2", "III.2", "III.1"],
    ["hoàn thành trước ngày 15/4/2026",
     "Sở Khoa học và Công nghệ cung cấp số liệu tiêu chí 6.1, 6.2 và 6.4",
     "phối hợp với Sở Khoa học và Công nghệ tập huấn sử dụng Phần mềm chấm điểm"])
add("unit_duties", "Ông Hoàng Trọng Kha được giao những nhiệm vụ gì?",
    "Ủy viên thường trực Ban Chỉ đạo; Tổ trưởng Tổ giúp việc; tổng hợp báo cáo quý, 6 tháng, năm của Ban Chỉ đạo; "
    "tổ chức điều tra xã hội học phục vụ xác định Chỉ số CCHC và đo lường sự hài lòng năm 2026.",
    ["Tổ trưởng", "tổng hợp báo cáo", "điều tra xã hội học"],
    [A, A, A], ["Điều 1.4", "Điều 3.2", PL + ".II.6"],
    ["Ông Hoàng Trọng Kha, Phó Giám đốc Sở Nội vụ, Ủy viên thường trực;",
     "do ông Hoàng Trọng Kha, Phó Giám đốc Sở Nội vụ làm Tổ trưởng",
     "Làm Tổ trưởng Tổ giúp việc; tổng hợp báo cáo quý, 6 tháng, năm của Ban Chỉ đạo."])

# ------------------------------------------------------------------------------------------------ task_list
add("task_list", "Những thành viên nào theo dõi cụm các xã phía Bắc?",
    "Bà Nông Thị Diệp (Giám đốc Sở Tư pháp), ông Mã Văn Tuấn (Giám đốc Sở Tài chính) và ông Lương Đình Cẩn (Phó "
    "Giám đốc Công an tỉnh) theo dõi cụm xã Phiêng Lót, Bản Ngò, Pác Rằng.",
    ["Nông Thị Diệp", "Mã Văn Tuấn", "Lương Đình Cẩn"],
    [A, A, A], [PL + ".II.7", PL + ".II.8", PL + ".II.9"],
    ["Bà Nông Thị Diệp, Giám đốc Sở Tư pháp", "Ông Mã Văn Tuấn, Giám đốc Sở Tài chính",
     "Ông Lương Đình Cẩn, Phó Giám đốc Công an tỉnh"])
add("task_list", "Lĩnh vực cải cách thủ tục hành chính trong Bộ tiêu chí gồm những tiêu chí nào?",
    "2.1 Công khai TTHC; 2.2 Tỷ lệ hồ sơ giải quyết đúng hạn; 2.3 Xin lỗi khi hồ sơ quá hạn; 2.4 Tiếp nhận, xử lý "
    "phản ánh, kiến nghị; 2.5 Số hóa hồ sơ, kết quả giải quyết TTHC.",
    ["Công khai TTHC", "Xin lỗi", "Số hóa hồ sơ"],
    [B, B, B, B, B], ["II.2.1", "II.2.2", "II.2.3", "II.2.4", "II.2.5"],
    ["Công khai TTHC", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
     "Xin lỗi người dân, tổ chức khi giải quyết hồ sơ quá hạn",
     "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", "Số hóa hồ sơ, kết quả giải quyết TTHC"])
add("task_list", "Tiến độ khảo sát trong dự thảo gồm những bước nào?",
    "5.1 Chọn mẫu, in phiếu, tập huấn điều tra viên (tháng 5/2026); 5.2 Phát, thu phiếu (01/6-31/7/2026); 5.3 "
    "Nhập, làm sạch dữ liệu, phúc tra 5% phiếu (tháng 8/2026); 5.4 Báo cáo, công bố kết quả (trước 30/9/2026).",
    ["Chọn mẫu", "Phát, thu phiếu", "phúc tra"],
    [C, C, C, C], ["IV.5.1", "IV.5.2", "IV.5.3", "IV.5.4"],
    ["5.1. Chọn mẫu, in phiếu, tập huấn điều tra viên", "5.2. Phát, thu phiếu khảo sát",
     "5.3. Nhập, làm sạch dữ liệu và phúc tra 5% số phiếu",
     "5.4. Báo cáo kết quả, công bố chỉ số hài lòng của từng cơ quan, từng xã, phường"])

# ------------------------------------------------------------------------------------------------ no_diacritics
add("no_diacritics", "ban chi dao cchc va cds tinh lac nguyen gom bao nhieu thanh vien",
    "15 thành viên.",
    ["15 thành viên"], A, "Điều 1", "gồm 15 thành viên như sau:")
add("no_diacritics", "ai la pho truong ban thuong truc ban chi dao",
    "Bà Đinh Thị Ngọc Trâm, Phó Chủ tịch UBND tỉnh.",
    ["Đinh Thị Ngọc Trâm"], A, "Điều 1.2",
    "Phó Trưởng ban thường trực: Bà Đinh Thị Ngọc Trâm, Phó Chủ tịch Ủy ban nhân dân tỉnh.")
add("no_diacritics", "so lieu xep hang pci do thanh vien nao giup truong ban theo doi",
    "Ông Mã Văn Tuấn, Giám đốc Sở Tài chính (Trưởng ban Hà Quang Vịnh trực tiếp chỉ đạo cải thiện PCI).",
    ["Mã Văn Tuấn"], A, PL + ".II.8", "Giúp Trưởng ban theo dõi Chỉ số PCI")
add("no_diacritics", "xa tu cham diem cchc han cuoi ngay nao",
    "Trước ngày 10/11/2026, trên Phần mềm chấm điểm cải cách hành chính.",
    ["10/11/2026"], B, "I.5.a", "trước ngày 10/11/2026")
add("no_diacritics", "bao nhieu diem thi xep loai xuat sac",
    "Từ 90 điểm trở lên (xã có tỷ lệ hồ sơ quá hạn trên 2% không được xếp Xuất sắc).",
    ["90 điểm"], B, "I.3.a", "a) Xuất sắc: từ 90 điểm trở lên;")
add("no_diacritics", "thanh toan phi le phi khong dung tien mat dat bao nhieu % thi duoc 3 diem",
    "Từ 50% số giao dịch trở lên: 3 điểm; dưới 50%: 1 điểm (tiêu chí 4.1).",
    ["50%"], B, "II.4.1", "Từ 50% số giao dịch trở lên: 3 điểm")
add("no_diacritics", "moi xa khao sat bao nhieu phieu hai long",
    "Bình quân 100 phiếu mỗi xã, phường; phường có trên 30.000 dân khảo sát 150 phiếu.",
    ["100 phiếu", "150 phiếu"], C, "IV.2",
    "bình quân 100 phiếu mỗi xã, phường; phường có trên 30.000 dân khảo sát 150 phiếu")
add("no_diacritics", "khao sat truc tuyen qua ma qr duoc toi da bao nhieu phan tram so phieu",
    "Tối đa 20% số phiếu.",
    ["20%"], C, "IV.3", "Khảo sát trực tuyến bằng mã QR trên Cổng Dịch vụ công tỉnh (tối đa 20% số phiếu);")
add("no_diacritics", "cong an tinh gop y gi ve phieu khao sat",
    "Đề nghị không thu thập số định danh cá nhân trên phiếu; được tiếp thu: phiếu chỉ ghi năm sinh, giới tính, xã "
    "nơi cư trú.",
    ["không thu thập số", "giới tính"], C, PL + ".6", "Đề nghị không thu thập số")
add("no_diacritics", "thanh vien nao theo doi phuong ha quan va phuong doi sim",
    "Ông Lò Văn Thắm, Giám đốc Sở Nội vụ, Phó Trưởng ban.",
    ["Lò Văn Thắm"], A, PL + ".I.3", "Phường Hạ Quan, phường Đồi Sim")

# ------------------------------------------------------------------------------------------------ english
add("english", "Who chairs the provincial steering committee for administrative reform and digital transformation?",
    "Mr Hà Quang Vịnh, Chairman of the provincial People's Committee, is Trưởng ban.",
    ["Hà Quang Vịnh"], A, "Điều 1.1", "Trưởng ban: Ông Hà Quang Vịnh")
add("english", "Which agency is the standing body of the steering committee for administrative reform?",
    "Sở Nội vụ (the Department of Home Affairs); Sở Khoa học và Công nghệ is the standing body for digital "
    "transformation.",
    ["Sở Nội vụ"], A, "Điều 3.1",
    "Sở Nội vụ là cơ quan thường trực của Ban Chỉ đạo về cải cách hành chính")
add("english", "How many points does a commune get if at least 98% of its applications are handled on time?",
    "6 points (6 điểm) under criterion 2.2 (95% to under 98%: 4 points; under 95%: 0).",
    ["6 điểm"], B, "II.2.2", "Từ 98% trở lên: 6 điểm")
add("english", "What share of the maximum score comes from the sociological survey?",
    "25 of the 100 points (25 điểm, field 7, điều tra xã hội học); the other 75 come from appraisal of self-assessment.",
    ["25 điểm"], B, "I.2", "25 điểm điều tra xã hội học")
add("english", "When must communes submit their self-assessment scores?",
    "Before 10/11/2026, on the Phần mềm chấm điểm cải cách hành chính.",
    ["10/11/2026"], B, "I.5.a", "trước ngày 10/11/2026")
add("english", "How large is the 2026 satisfaction survey sample at provincial level?",
    "1.450 phiếu at provincial level (out of 7.250 in total; 5.800 at commune level).",
    ["1.450 phiếu"], C, "IV.2", "cấp tỉnh 1.450 phiếu")
add("english", "When was the request for the 2026 satisfaction survey plan submitted, and under what number?",
    "Tờ trình số 96/TTr-SNV of Sở Nội vụ, dated 24/3/2026.",
    ["96/TTr-SNV", "24/3/2026"], C, "header", "Số: 96/TTr-SNV")
add("english", "Did the home affairs department accept the justice department's comment about personal data?",
    "Yes. Sở Tư pháp asked to add a legal basis on protecting respondents' personal data (dữ liệu cá nhân); it was accepted (tiếp "
    "thu) and added to the Căn cứ and the requirements in section I.2 of the draft.",
    ["Tiếp thu", "dữ liệu cá nhân"], C, PL + ".1", "Tiếp thu: bổ sung vào mục Căn")
add("english", "Which communes does the director of the provincial public administration service centre follow?",
    "The southern cluster: xã Cẩm Vàn and xã Nậm Khiêu (Bà Triệu Thị Lụa, shared with the director of Bưu điện "
    "tỉnh).",
    ["Cẩm Vàn", "Nậm Khiêu"], A, PL + ".II.10", "Cụm các xã phía Nam: xã Cẩm Vàn, xã Nậm Khiêu")

# ------------------------------------------------------------------------------------------------ unanswerable
add("unanswerable", "Số đường dây nóng của Trung tâm Phục vụ hành chính công tỉnh Lạc Nguyên là bao nhiêu?",
    "Các văn bản không nêu số đường dây nóng của Trung tâm.", [])
add("unanswerable", "What is the e-mail address of the Department of Home Affairs?",
    "The documents give no e-mail address (only a contact phone number in the submission).", [])
add("unanswerable", "Năm 2025 xã Bản Ngò được chấm bao nhiêu điểm CCHC?",
    "Các văn bản không có kết quả chấm điểm năm 2025 của từng xã.", [])
add("unanswerable", "Tổ giúp việc của Ban Chỉ đạo gồm những ai, tên cụ thể?",
    "Các văn bản chỉ nêu Tổ trưởng (ông Hoàng Trọng Kha) và số 09 công chức; danh sách do Giám đốc Sở Nội vụ quyết "
    "định sau, không có trong văn bản.", [])
add("unanswerable", "Quy chế hoạt động của BCĐ quy định chế độ phụ cấp cho thành viên thế nào?",
    "Các văn bản không nêu nội dung Quy chế hay phụ cấp; chỉ nói thành viên làm việc kiêm nhiệm.", [])
add("unanswerable", "chi so pci 2025 cua tinh lac nguyen dat bao nhieu diem",
    "Các văn bản không nêu kết quả PCI năm 2025 của tỉnh.", [])
add("unanswerable", "Chỉ số DTI năm 2025 tỉnh xếp hạng mấy?",
    "Các văn bản không nêu thứ hạng DTI năm 2025.", [])
add("unanswerable", "UBND tỉnh đã ban hành kế hoạch khảo sát hài lòng 2026 chưa, số hiệu bao nhiêu?",
    "Các văn bản chỉ có tờ trình đề nghị ban hành (dự thảo kèm theo); không có số hiệu kế hoạch đã ban hành.", [])
add("unanswerable", "Phiếu khảo sát hài lòng tổng cộng có bao nhiêu câu hỏi?",
    "Không nêu tổng số câu hỏi; chỉ nêu 05 yếu tố và 04 câu hỏi thêm ở phiếu cấp xã.", [])
add("unanswerable", "Năm 2026 có bao nhiêu xã đạt loại Xuất sắc?",
    "Chưa có: kết quả chấm điểm công bố trước 25/12/2026 và không có trong các văn bản.", [])
add("unanswerable", "Khu vực tự phục vụ ở xã Phiêng Lót mở cửa cả thứ Bảy không?",
    "Các văn bản không nêu giờ mở cửa của Khu vực tự phục vụ.", [])
add("unanswerable", "How much is the monthly allowance for each steering committee member?",
    "The documents say nothing about allowances; members work part-time (kiêm nhiệm).", [])


def main():
    counters = {}
    lines = []
    for kind, q, a, must, doc, sec, ev in ITEMS:
        counters[kind] = counters.get(kind, 0) + 1
        it = {"id": f"l9-{PREFIX[kind]}-{counters[kind]:03d}", "question": q, "kind": kind, "answer": a,
              "must_include": must, "document": doc, "section": sec, "evidence": ev}
        lines.append(unicodedata.normalize("NFC", json.dumps(it, ensure_ascii=False)))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "items", counters)


if __name__ == "__main__":
    main()
