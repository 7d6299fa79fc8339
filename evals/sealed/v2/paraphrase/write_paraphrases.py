# -*- coding: utf-8 -*-
"""Writes the sealed paraphrase split v2: three paraphrases per chosen original item.

Each paraphrase keeps the original's answer fields (kind, answer, must_include, document,
section, evidence); id "<orig id>-qN", fields "orig_id" and "style". A two_part paraphrase
asks a second thing answered by the SAME section: its must_include gets the extra string,
the answer gets one extra sentence from that section when it did not already state it, and
the evidence is extended to cover the extra string (a longer verbatim span of the same
section; for a task-table row, whose cells cannot be joined, one more parallel entry with the
same document and section).

    /work/main/.venv/bin/python /work/sealed2/paraphrase/write_paraphrases.py
"""
import copy, json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = {"five_plans": "/work/main/evals/qa.jsonl", "new_plans": "/work/main/evals/new_plans/qa.jsonl"}

# orig_id -> list of entries:
#   (style, question)
#   ("two_part", question, extra_must list, extra_answer sentence or None, evidence change)
# evidence change: None (original evidence already covers the extra string),
#   str (replaces a single evidence string), ("at", i, str) (replaces entry i of a list),
#   ("append", section, str) (adds a parallel entry: same document, that section).
P5 = {
 "lead-002": [
  ("two_part", "Theo dự thảo kế hoạch truyền thông CCHC và CDS 2025 của tỉnh, chuyên mục Chuyển đổi số trên sóng phát thanh ai chủ trì, một năm phát bao nhiêu số?",
   ["52 số/năm"], "Tần suất: 01 số /tuần (52 số/năm).",
   "Tần suất: 01 số /tuần (52 số/năm). - Đơn vị chủ trì: Đài Phát thanh và Truyền hình tỉnh."),
  ("typo", "chuyên mục chuyển đổi sô trên kênh phát thanh của đài tỉnh là đơn vi nào chủ trì z"),
  ("english", "Who is responsible for the digital transformation segment on the provincial radio channel in Quảng Ngãi's draft 2025 communication plan?")],
 "lead-019": [
  ("two_part", "Kế hoạch truyền thông CCHC và CDS 2025 của UBND tỉnh: ai chủ trì mở lớp tập huấn, bồi dưỡng về CCHC cho cán bộ, công chức, viên chức, và tổ chức vào thời gian nào?",
   ["Trong năm 2025"], None,
   "Cơ quan chủ trì: Sở Nội vụ; Chính quyền địa phương. - Cơ quan phối hợp: Các sở, ban ngành, đơn vị liên quan. - Thời gian thực hiện: Trong năm 2025."),
  ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh giao đơn vị nào chủ trì tập huấn, bồi dưỡng công tác CCHC cho CBCCVC?"),
  ("no_diacritics", "lop tap huan boi duong cong tac cchc cho can bo cong chuc vien chuc trong ke hoach truyen thong 2025 cua ubnd tinh do ai chu tri")],
 "lead-031": [
  ("informal", "cho e hỏi theo kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh thì ai lo việc kiểm tra, tập huấn nghiệp vụ cải cách TTHC cho công chức cấp huyện, cấp xã ạ?"),
  ("english", "In the Provincial People's Committee Office's 2023 communication plan, who runs inspections and training on administrative procedure reform for district- and commune-level civil servants?"),
  ("typo", "kế hoạch tuyên truyền cchc 2023 của văn phòng ubnd tỉnh, ai tổ chứ kiểm tra, tập huấn nghiêp vụ cải cách tthc cho công chức cấp huyên, cấp xã")],
 "lead-035": [
  ("two_part", "Trong kế hoạch năm 2025 của Văn phòng UBND tỉnh, việc tuyên truyền tiếp nhận, xử lý phản ánh kiến nghị về quy định hành chính do đơn vị nào chủ trì, đơn vị nào phối hợp?",
   ["Trung tâm Công báo và Tin học"], None,
   "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh. - Đơn vị phối hợp: Trung tâm Công báo và Tin học."),
  ("informal", "mn ơi kế hoạch 2025 của Văn phòng UBND tỉnh thì tuyên truyền vụ tiếp nhận, xử lý phản ánh kiến nghị về quy định hành chính là bên nào lo ạ?"),
  ("no_diacritics", "ke hoach 2025 van phong ubnd tinh tuyen truyen tiep nhan xu ly phan anh kien nghi ve quy dinh hanh chinh ai chu tri")],
 "lead-038": [
  ("two_part", "Ở Sở Khoa học và Công nghệ, mục tuyên truyền CCHC trên Trang thông tin điện tử của Sở do ai chủ trì duy trì, và cập nhật vào thời gian nào?",
   ["Thường xuyên trong năm"], "Thời gian thực hiện: Thường xuyên trong năm.",
   "Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở. - Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở. - Thời gian thực hiện: Thường xuyên trong năm."),
  ("initials", "KH 281 Sở KHCN: ai phụ trách duy trì mục tuyên truyền CCHC trên trang TTĐT của Sở?"),
  ("english", "Under plan 281 of the Department of Science and Technology, who maintains the administrative reform section on the Department's website?")],
 "lead-043": [
  ("two_part", "Theo báo cáo 2023 của Văn phòng UBND tỉnh, hội nghị tập huấn nghiệp vụ cải cách TTHC, kiểm soát TTHC và cơ chế một cửa do ai chủ trì tổ chức, diễn ra ngày nào?",
   ["22/6/2023"], None,
   "Văn phòng đã chủ trì, tham mưu UBND tỉnh tổ chức Hội nghị tập huấn nghiệp vụ công tác cải cách TTHC, kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông trong năm 2023; hội nghị diễn ra vào ngày 22/6/2023"),
  ("typo", "hội nghi tập huấn nghiệp vụ cải cách thủ tuc hành chính, kiểm soat TTHC, một cửa năm 2023 ai chủ tri tổ chức vậy"),
  ("no_diacritics", "nam 2023 ai chu tri to chuc hoi nghi tap huan nghiep vu cai cach tthc kiem soat tthc va co che mot cua")],
 "coord-003": [
  ("two_part", "Theo kế hoạch truyền thông CCHC và CDS 2025 của UBND tỉnh, việc cập nhật, công khai TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh do ai chủ trì và những cơ quan nào phối hợp?",
   ["sở, ban ngành, địa phương"], "Cơ quan chủ trì: Các sở, ban ngành, địa phương.",
   "Cơ quan chủ trì: Các sở, ban ngành, địa phương. - Cơ quan phối hợp: Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ; các cơ quan, đơn vị liên quan."),
  ("initials", "KH truyền thông 2025 của UBND tỉnh: các sở, ngành, ĐP công khai TTHC trên HTTT giải quyết TTHC tỉnh thì đơn vị nào phối hợp?"),
  ("english", "In the province's 2025 communication plan, which agencies support the departments and localities when they publish administrative procedures on the provincial procedure-handling system?")],
 "coord-010": [
  ("two_part", "Kế hoạch 2025 của Văn phòng UBND tỉnh: đăng tải Danh mục TTHC và niêm yết công khai tại Trung tâm Phục vụ - Kiểm soát TTHC tỉnh thì đơn vị nào chủ trì, đơn vị nào phối hợp?",
   ["Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh"], None,
   "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh. - Đơn vị phối hợp: Trung tâm Công báo và Tin học."),
  ("no_diacritics", "ke hoach 2025 van phong ubnd tinh dang tai danh muc tthc niem yet cong khai tai trung tam phuc vu thi don vi nao phoi hop"),
  ("typo", "kế hoach 2025 của văn phòng ubnd tỉnh, đăng danh mục thủ tục hành chính vs niêm yết công khai ở trung tâm phục vu thì đơn vị nao phối hợp thế")],
 "coord-014": [
  ("informal", "ad ơi trong kế hoạch truyền thông 2025 của UBND tỉnh, Sở Văn hóa, Thể thao và Du lịch chỉ đạo báo chí, thông tin cơ sở đẩy mạnh truyền thông CDS, CCHC thì phối hợp với sở nào vậy?"),
  ("typo", "sở văn hoá thể thao và du lịch phối hơp với những sở nào để chỉ đạo báo chí, thông tin cơ sỏ đẩy mạnh truyền thông cds, cchc"),
  ("initials", "Sở VHTTDL phối hợp sở nào chỉ đạo báo chí, hệ thống TTCS đẩy mạnh truyền thông CĐS, CCHC (KH truyền thông 2025 của UBND tỉnh)?")],
 "coord-015": [
  ("english", "According to the Office's 2023 report, which news outlets did the provincial Service and Administrative Procedure Control Centre work with on administrative reform segments?"),
  ("no_diacritics", "nam 2023 trung tam phuc vu kiem soat tthc tinh phoi hop voi nhung co quan bao chi nao lam chuyen muc cchc"),
  ("typo", "năm 2023 trung tâm phục vụ - kiểm soát tthc tỉnh phối hợp với nhứng báo đài nào để làm chuyên muc cchc")],
 "timing-004": [
  ("two_part", "Cuộc thi Video Clip tuyên truyền về Đại hội đảng các cấp gắn với truyền thông CCHC trong kế hoạch truyền thông 2025 của UBND tỉnh tổ chức khi nào và sở nào chủ trì?",
   ["Sở Văn hóa, Thể thao và Du lịch"], "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
   "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch. - Cơ quan phối hợp: Các cơ quan, đơn vị liên quan; Chính quyền địa phương. - Thời gian thực hiện: Trong quý II, III năm 2025."),
  ("informal", "ad ơi cuộc thi video clip tuyên truyền Đại hội đảng các cấp gắn với CCHC năm 2025 tổ chức vào lúc nào vậy ạ?"),
  ("typo", "cuôc thi video clip tuyên truyền đại hội đảng các câp gắn với truyền thông cchc diễn ra khi nao")],
 "timing-010": [
  ("two_part", "Theo kế hoạch 281 của Sở Khoa học và Công nghệ, các phòng, đơn vị phải gửi báo cáo kết quả về Sở trước ngày nào, và Sở báo cáo UBND tỉnh trước ngày nào?",
   ["15/11/2025"], "Các phòng, đơn vị thuộc Sở gửi báo cáo về Sở (qua Văn phòng Sở) trước ngày 15/11/2025.",
   "gửi về Sở (qua Văn phòng Sở) trước ngày 15/11/2025 để tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày 30/11/2025"),
  ("initials", "KH 281/KH-SKHCN: hạn Sở KHCN báo cáo UBND tỉnh kết quả tuyên truyền CCHC 2025 là ngày mấy?"),
  ("english", "By what date must the Department of Science and Technology report to the provincial People's Committee on its 2025 administrative reform communication plan (plan 281)?")],
 "timing-012": [
  ("initials", "KH 2025 của VP UBND tỉnh: tập huấn nghiệp vụ cải cách TTHC cho CC các sở, cấp huyện, cấp xã thực hiện khi nào?"),
  ("no_diacritics", "theo ke hoach 2025 cua van phong ubnd tinh tap huan nghiep vu cai cach tthc cho cong chuc cac so cap huyen cap xa lam luc nao"),
  ("informal", "mn cho e hỏi kế hoạch 2025 của Văn phòng UBND tỉnh thì tập huấn nghiệp vụ cải cách thủ tục hành chính cho công chức sở, huyện, xã tổ chức khi nào ạ?")],
 "timing-017": [
  ("english", "In which month was the Provincial People's Committee Office's 2023 administrative reform communication plan issued?"),
  ("typo", "kế hoạch tuyên truyền cchc năm 2023 của văn phòng ubnd tỉnh ban hàng tháng mấy"),
  ("no_diacritics", "ke hoach tuyen truyen cai cach hanh chinh 2023 cua van phong ubnd tinh ra thang may")],
 "freq-006": [
  ("two_part", "Chương trình phát thanh về chuyển đổi số trên hệ thống truyền thanh cấp huyện (kế hoạch truyền thông 2025 của UBND tỉnh) phát với tần suất thế nào và ai chủ trì?",
   ["Chính quyền địa phương"], "Đơn vị chủ trì: Chính quyền địa phương.",
   "Tần suất: mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng. - Đơn vị chủ trì: Chính quyền địa phương"),
  ("no_diacritics", "chuong trinh phat thanh ve chuyen doi so tren he thong truyen thanh cap huyen phat may lan mot thang"),
  ("english", "How often is the digital transformation radio programme on the district-level broadcasting system aired under the province's 2025 communication plan?")],
 "freq-008": [
  ("informal", "mọi người ơi bản tin điện tử Chuyển đổi số của tỉnh mỗi năm ra bao nhiêu số thế?"),
  ("typo", "bản tin điên tử về chuyển đổi sổ phát hành trên nền tảng số một năm mấy số"),
  ("initials", "Bản tin điện tử CĐS (KH truyền thông CCHC-CĐS 2025 của UBND tỉnh) tần suất bao nhiêu số/năm?")],
 "freq-012": [
  ("english", "How long is each episode of the 'Cải cách hành chính' TV segment in the province's 2025 communication plan, and how many episodes air per year?"),
  ("informal", "ad ơi chuyên mục Cải cách hành chính trên truyền hình tỉnh mỗi số dài mấy phút, 1 năm được mấy số ạ?"),
  ("no_diacritics", "chuyen muc cai cach hanh chinh tren kenh truyen hinh moi so bao nhieu phut mot nam bao nhieu so")],
 "freq-014": [
  ("two_part", "Theo kế hoạch truyền thông CCHC và CDS 2025 của UBND tỉnh, các cơ quan lồng ghép báo cáo tuyên truyền CCHC vào báo cáo định kỳ nào và gửi về sở nào tổng hợp?",
   ["Sở Văn hóa, Thể thao và Du lịch"], None,
   "lồng ghép báo cáo kết quả triển khai thực hiện các nhiệm vụ về tuyên truyền CCHC vào báo cáo CCHC định kỳ quý, 6 tháng, năm hoặc báo cáo đột xuất theo yêu cầu, gửi Sở Văn hóa, Thể thao và Du lịch tổng hợp"),
  ("typo", "các cơ quan lồng ghép báo cáo tuyên truyên cchc vào báo cáo đinh kỳ nào thế, theo kê hoạch truyền thông 2025 của tỉnh"),
  ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: CQ, đơn vị, ĐP lồng ghép BC tuyên truyền CCHC vào BC định kỳ nào?")],
 "fact-002": [
  ("two_part", "Kế hoạch 281 của Sở Khoa học và Công nghệ căn cứ kế hoạch CCHC năm 2025 nào của Sở, kế hoạch đó ban hành ngày nào?",
   ["12/3/2025"], None, None),
  ("no_diacritics", "ke hoach 281 cua so khcn can cu ke hoach nao cua so ve cong tac cchc nam 2025"),
  ("informal", "cho mình hỏi kế hoạch 281 bên Sở KHCN dựa trên kế hoạch CCHC 2025 số mấy của Sở vậy?")],
 "fact-008": [
  ("two_part", "Báo cáo tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh được lập theo công văn nào của Sở Thông tin và Truyền thông, công văn đó ngày bao nhiêu?",
   ["31/10/2023"], None, None),
  ("english", "Which official letter prompted the Provincial People's Committee Office's 2023 report on administrative reform communication?"),
  ("typo", "báo cáo tuyên truyền cchc 2023 của văn phòng ubnd tỉnh làm theo công văn sô mấy vậy")],
 "fact-010": [
  ("two_part", "Báo cáo 2023 của Văn phòng UBND tỉnh: Trung tâm đã tiếp nhận bao nhiêu hồ sơ trực tuyến, tỷ lệ bao nhiêu, và thanh toán trực tuyến đạt khoảng bao nhiêu tiền?",
   ["35 tỷ đồng"], "Thanh toán trực tuyến đạt khoảng 35 tỷ đồng.",
   "có khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm, đạt tỷ lệ bình quân khoảng 73%/tổng hồ sơ tiếp nhận mới và thanh toán trực tuyến đạt khoảng 35 tỷ đồng"),
  ("informal", "ad ơi năm 2023 Trung tâm Phục vụ nhận được bao nhiêu hồ sơ online, chiếm mấy % vậy ạ"),
  ("initials", "BC tuyên truyền CCHC 2023 của VP UBND tỉnh: số hồ sơ trực tuyến TT PV-KS TTHC tiếp nhận và tỷ lệ so với tổng hồ sơ mới?")],
 "fact-022": [
  ("initials", "Sở TC làm gì trong KH truyền thông CCHC và CĐS 2025 của UBND tỉnh?"),
  ("typo", "sở tài chính có nhiệm vu gì trong kế hoạch truyền thông cchc và chuyển đổi sô 2025 của tỉnh"),
  ("informal", "cho mình hỏi Sở Tài chính được giao việc gì trong kế hoạch truyền thông CCHC với CĐS năm 2025 của tỉnh nhỉ?")],
 "fact-024": [
  ("two_part", "Kế hoạch 81/KH-UBND mà kế hoạch 2025 của Văn phòng UBND tỉnh nhắc tới ban hành ngày nào và triển khai nghị quyết nào?",
   ["14/4/2025"], None, None),
  ("initials", "KH 81/KH-UBND của UBND tỉnh (nêu trong KH 2025 của VP UBND) triển khai NQ nào của CP?"),
  ("no_diacritics", "ke hoach 81/kh-ubnd cua ubnd tinh trien khai nghi quyet nao cua chinh phu")],
 "abbr-002": [
  ("informal", "ad ơi SIPAS là chỉ số gì vậy, thấy kế hoạch 2025 của Văn phòng UBND tỉnh có nhắc á"),
  ("english", "What does the SIPAS index stand for?"),
  ("initials", "SIPAS trong KH tuyên truyền CCHC, CĐS, DVC trực tuyến 2025 của VP UBND tỉnh là viết tắt của chỉ số nào?")],
 "abbr-006": [
  ("informal", "mn ơi trong kế hoạch truyền thông của UBND tỉnh ghi CDS là gì vậy ạ?"),
  ("no_diacritics", "cds trong ke hoach truyen thong cchc cua ubnd tinh quang ngai la viet tat cua gi"),
  ("typo", "trong kê hoạch truyền thông của ubnd tỉnh thì CDS viêt tắt của cái gì")],
 "abbr-010": [
  ("two_part", "Trong kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh, DDCI và DTI là những chỉ số gì?",
   ["Chỉ số chuyển đổi số"], "DTI là Chỉ số chuyển đổi số (cùng mục II.2).",
   "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI), Chỉ số chuyển đổi số (DTI)"),
  ("english", "What does DDCI stand for in the 2023 administrative reform communication plan of the provincial People's Committee Office?"),
  ("informal", "mn ơi chỉ số DDCI là chỉ số gì thế, thấy trong kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh có nhắc")],
 "list-003": [
  ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh gồm những hình thức tuyên truyền nào?"),
  ("typo", "kế hoạch tuyên truyền cchc 2023 của văn phòng ubnd tỉnh có nhửng hình thức tuyên truyền gì"),
  ("english", "What forms of communication does the Provincial People's Committee Office's 2023 administrative reform plan list?")],
 "list-005": [
  ("no_diacritics", "bao cao 2023 cua van phong ubnd tinh neu nhung han che gi trong tuyen truyen cchc"),
  ("informal", "cho e hỏi báo cáo năm 2023 của Văn phòng UBND tỉnh thì tuyên truyền CCHC còn những hạn chế gì ạ?"),
  ("english", "What shortcomings in administrative reform communication does the Office's 2023 report identify?")],
 "list-013": [
  ("initials", "KH 281 Sở KHCN tuyên truyền các nội dung cơ bản nào của công tác CCHC?"),
  ("no_diacritics", "ke hoach 281 so khcn tuyen truyen nhung noi dung co ban nao cua cai cach hanh chinh"),
  ("typo", "sở khoa học và công nghệ tuyên truyền nhưng nội dung cơ bản nào của công tác cchc trong kế hoạch 281")],
 "cross-002": [
  ("two_part", "Hoạt động nhân Ngày Chuyển đổi số quốc gia 2025: kế hoạch 281 của Sở KHCN ghi quý mấy, còn kế hoạch truyền thông của UBND tỉnh ghi quý mấy và giao ai chủ trì?",
   ["Sở Khoa học và Công nghệ"], None,
   ("at", 1, "Đơn vị chủ trì: Sở Khoa học và Công nghệ. - Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương. - Thời gian thực hiện: Quý III/2025.")),
  ("informal", "cho e hỏi hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 2025 thì kế hoạch 281 của Sở KHCN với kế hoạch truyền thông của UBND tỉnh có ghi cùng thời gian không ạ?"),
  ("no_diacritics", "ngay chuyen doi so quoc gia 2025 ke hoach 281 so khcn va ke hoach truyen thong cua ubnd tinh ghi thoi gian thuc hien the nao")],
 "cross-004": [
  ("two_part", "Ở Văn phòng UBND tỉnh, năm 2023 và năm 2025 đơn vị nào tổng hợp báo cáo kết quả tuyên truyền CCHC, và năm 2025 báo cáo gửi về sở nào?",
   ["Sở Nội vụ"], "Năm 2025 báo cáo được lồng ghép vào báo cáo CCHC để gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.",
   ("at", 1, "Giao Phòng Hành chính - Quản trị chủ trì, theo dõi, tổng hợp, lồng ghép báo cáo kết quả triển khai thực hiện nhiệm vụ tuyên truyền CCHC vào báo cáo CCHC định kỳ hoặc đột xuất tại Văn phòng UBND tỉnh để gửi Sở Nội vụ tổng hợp")),
  ("english", "At the Provincial People's Committee Office, did the unit that compiles the results of administrative reform communication change between the 2023 and 2025 plans?"),
  ("typo", "ở văn phòng ubnd tỉnh, đơn vị tổng hơp báo cáo tuyên truyền cchc năm 2023 với năm 2025 có khác nhau ko")],
 "cross-010": [
  ("two_part", "Tập huấn về CCHC, cải cách TTHC năm 2025: kế hoạch truyền thông của UBND tỉnh và kế hoạch của Văn phòng UBND tỉnh giao ai chủ trì, và theo kế hoạch của Văn phòng thì làm khi nào?",
   ["Thường xuyên trong năm"], "Theo kế hoạch của Văn phòng, thời gian thực hiện: Thường xuyên trong năm.",
   ("at", 1, "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh. - Đơn vị phối hợp: Các phòng, ban, đơn vị. - Thời gian thực hiện: Thường xuyên trong năm.")),
  ("initials", "Tập huấn CCHC, cải cách TTHC 2025: KH truyền thông của UBND tỉnh và KH của VP UBND tỉnh giao đơn vị nào chủ trì?"),
  ("informal", "cho hỏi năm 2025 tập huấn CCHC, cải cách thủ tục hành chính thì kế hoạch của UBND tỉnh với kế hoạch của Văn phòng UBND tỉnh giao ai chủ trì vậy?")],
 "nodia-004": [
  ("initials", "Sở TP có nhiệm vụ gì trong KH truyền thông CCHC và CĐS 2025 của UBND tỉnh?"),
  ("english", "What is the Department of Justice asked to do under the province's 2025 communication plan on administrative reform and digital transformation?"),
  ("typo", "sở tư pháp đươc giao gì trong kế hoạch truyền thông cchc và chuyển đổi sô của tỉnh")],
 "nodia-014": [
  ("initials", "KH 281 Sở KHCN: tuyên truyền CCHC nhân Ngày KH&CN Việt Nam 2025 giao đơn vị nào chủ trì?"),
  ("english", "Under plan 281, which units of the Department of Science and Technology lead the administrative reform communication around Vietnam Science and Technology Day 2025?"),
  ("informal", "ad ơi dịp Ngày khoa học và công nghệ Việt Nam 2025, Sở KHCN giao những đơn vị nào làm tuyên truyền CCHC vậy?")],
 "nodia-017": [
  ("informal", "cho hỏi trong kế hoạch 2025 của Văn phòng UBND tỉnh, Bộ phận Một cửa ở địa phương còn được gọi là gì vậy?"),
  ("no_diacritics", "ke hoach 2025 van phong ubnd tinh goi bo phan mot cua o cac dia phuong la gi"),
  ("english", "In the Office's 2025 plan, what is the local one-stop unit (Bộ phận Một cửa) also called?")],
 "en-002": [
  ("two_part", "Trong kế hoạch 281 của Sở Khoa học và Công nghệ, đào tạo về Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các cơ quan hành chính do phòng nào chủ trì và thực hiện trong thời gian nào?",
   ["Quý I - II/2025"], None,
   "Đơn vị chủ trì thực hiện: Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng. - Thời gian thực hiện: Quý I - II/2025."),
  ("typo", "đào tạo hệ thống quản lý chất lượng iso 9001:2015 cho cơ quan hành chính trong kế hoạch 281 phòng nào chủ trị vậy"),
  ("informal", "ad cho hỏi lớp đào tạo ISO 9001:2015 cho các cơ quan nhà nước theo kế hoạch 281 của Sở KHCN thì phòng nào phụ trách ạ?")],
 "en-009": [
  ("initials", "VP UBND tỉnh năm 2025: đơn vị nào tổng hợp BC tuyên truyền CĐS và DVC trực tuyến, gửi về đâu?"),
  ("typo", "ở văn phòng ubnd tỉnh năm 2025 ai tổng hợp báo cáo tuyên truyền chuyển đổi sô và dịch vụ công trực tuyên, gửi cho ai"),
  ("no_diacritics", "van phong ubnd tinh 2025 don vi nao tong hop bao cao chuyen doi so va dich vu cong truc tuyen gui ve dau")],
 "unans-003": [
  ("informal", "ad ơi cho e xin email của Văn phòng UBND tỉnh để gửi phản ánh với ạ"),
  ("no_diacritics", "dia chi email van phong ubnd tinh quang ngai de gui kien nghi la gi"),
  ("english", "What email address should I use to send feedback to the Provincial People's Committee Office?")],
 "unans-010": [
  ("initials", "TT PV-KS TTHC tỉnh QN ở đường nào?"),
  ("english", "What street is the provincial Service and Administrative Procedure Control Centre located on?"),
  ("no_diacritics", "trung tam phuc vu kiem soat tthc tinh quang ngai o duong nao")],
 "unans-015": [
  ("typo", "mỗi tin bài đăng lên cổng thông tin điên tử tỉnh được trả nhuân bút bao nhiêu"),
  ("initials", "Tin bài đăng Cổng TTĐT tỉnh được chi nhuận bút bao nhiêu/bài?"),
  ("no_diacritics", "nhuan but cho moi tin bai dang tren cong thong tin dien tu tinh la bao nhieu")],
}

PN = {
 "np-lead-003": [
  ("two_part", "Kế hoạch CCHC 2025 của huyện Đồng Xuân: tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính do ai chủ trì và hạn hoàn thành khi nào?",
   ["Tháng 6/2025"], None, ("append", "III.II.4", "Tháng 6/2025")),
  ("initials", "KH CCHC 2025 huyện Đồng Xuân: tiếp nhận, giải quyết hồ sơ TTHC không phụ thuộc địa giới HC giao đơn vị nào chủ trì?"),
  ("english", "In Đồng Xuân district's 2025 plan, who is in charge of accepting administrative procedure files regardless of administrative boundaries?")],
 "np-lead-012": [
  ("two_part", "Kế hoạch tuyên truyền CCHC 2024 của tỉnh Ninh Thuận: việc đăng tin bài CCHC trên Zalo OA Chính quyền số Ninh Thuận do cơ quan nào chủ trì, ai phối hợp?",
   ["Tỉnh đoàn"], None,
   "Cơ quan chủ trì: Sở TT&TT. - Cơ quan phối hợp: Tỉnh đoàn; UBND các huyện, thành phố."),
  ("no_diacritics", "zalo oa chinh quyen so ninh thuan dang tin bai cchc do co quan nao chu tri"),
  ("informal", "mn ơi trang Zalo OA “Chính quyền số Ninh Thuận” đăng bài CCHC là sở nào phụ trách vậy?")],
 "np-coord-007": [
  ("two_part", "Đường dây nóng về TTHC của huyện Đồng Xuân năm 2024: ai phối hợp với Văn phòng HĐND và UBND huyện, và thời gian thực hiện thế nào?",
   ["Thường xuyên"], "Thời gian hoàn thành: Thường xuyên.",
   "Cơ quan phối hợp: Phòng Nội vụ; Thanh tra huyện. - Thời gian hoàn thành: Thường xuyên."),
  ("typo", "đường dây nóng huyện đồng xuân năm 2024 thì nhửng cơ quan nào phối hợp vơi văn phòng hđnd và ubnd huyện"),
  ("english", "Under Đồng Xuân district's 2024 plan, which offices work with the district People's Council and Committee Office on the hotline?")],
 "np-timing-003": [
  ("two_part", "Việc sáp nhập, đặt tên thôn, khu phố không đủ tiêu chuẩn ở huyện Đồng Xuân năm 2024 do ai chủ trì và hoàn thành khi nào?",
   ["Phòng Nội vụ"], None,
   "Cơ quan chủ trì: Phòng Nội vụ. - Cơ quan phối hợp: UBND các xã, thị trấn. - Thời gian hoàn thành: Quý III - IV/2024."),
  ("informal", "ad ơi vụ sáp nhập thôn, khu phố không đủ chuẩn ở Đồng Xuân năm 2024 làm lúc nào ạ?"),
  ("initials", "KH CCHC 2024 huyện Đồng Xuân (35/KH-UBND): sáp nhập, đặt tên thôn, KP không đủ tiêu chuẩn hoàn thành khi nào?")],
 "np-fact-008": [
  ("two_part", "Kế hoạch CCHC 2025 của huyện Đồng Xuân căn cứ quyết định số mấy của UBND tỉnh Phú Yên, quyết định đó ban hành ngày nào?",
   ["20/12/2024"], None,
   "Căn cứ Quyết định số 1905/QĐ-UBND ngày 20/12/2024 của UBND tỉnh Phú Yên ban hành Kế hoạch cải cách hành chính nhà nước năm 2025 của tỉnh;"),
  ("no_diacritics", "ke hoach cchc 2025 huyen dong xuan can cu quyet dinh nao cua ubnd tinh phu yen"),
  ("english", "Which Phú Yên provincial decision is Đồng Xuân district's 2025 administrative reform plan based on?")],
 "np-duties-006": [
  ("two_part", "Trong kế hoạch chuyển đổi số 2025 của Sở Y tế Hà Tĩnh, Bệnh viện Đa khoa tỉnh chủ trì những nhiệm vụ nào, và bệnh án điện tử phải xong trước ngày nào?",
   ["30/9/2025"], None, ("append", "II.2", "Trước ngày 30/9/2025")),
  ("typo", "bệnh viện đa khoa tỉnh hà tĩnh chủ trì nhưng nhiệm vụ gì về chuyển đổi sô năm 2025"),
  ("informal", "cho e hỏi BV Đa khoa tỉnh Hà Tĩnh được giao chủ trì mấy việc chuyển đổi số năm 2025 vậy ạ?")],
 "np-duties-009": [
  ("two_part", "Theo kế hoạch tuyên truyền CCHC 2024 của Ninh Thuận, Sở Văn hóa, Thể thao và Du lịch chủ trì những việc gì, và đợt cổ động trực quan bằng pano, áp phích làm vào quý nào?",
   ["Quý II/2024"], None,
   ("at", 0, "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch. - Cơ quan phối hợp: UBND các huyện, thành phố. - Thời gian thực hiện: Quý II/2024.")),
  ("initials", "KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận giao Sở VHTTDL chủ trì những việc gì?"),
  ("no_diacritics", "so van hoa the thao va du lich ninh thuan chu tri nhung viec gi trong ke hoach tuyen truyen cchc 2024")],
 "np-en-003": [
  ("two_part", "Chuyên trang Cải cách hành chính trên Báo Ninh Thuận (kế hoạch tuyên truyền CCHC 2024 của tỉnh) phát hành mấy kỳ một tháng, và những cơ quan nào phối hợp?",
   ["Sở Nội vụ"], "Coordinating units (Cơ quan phối hợp): Sở Nội vụ; các sở, ban, ngành.",
   "Chuyên trang “Cải cách hành chính” trên Báo Ninh Thuận (bản in và điện tử), phát hành 01 kỳ/tháng. - Cơ quan chủ trì: Báo Ninh Thuận. - Cơ quan phối hợp: Sở Nội vụ; các sở, ban, ngành."),
  ("informal", "ad ơi chuyên trang CCHC trên báo Ninh Thuận ra mấy kỳ 1 tháng vậy ạ"),
  ("typo", "chuyên trang cải cách hành chính trên báo ninh thuận phát hành bao nhiu kỳ mỗi tháng")],
 "np-cmp-002": [
  ("two_part", "Tuyên truyền CCHC trên Đài Truyền thanh huyện Đồng Xuân: năm 2024 và năm 2025 ai chủ trì, và năm 2024 chuyên mục phát mấy kỳ một tháng?",
   ["02 kỳ/tháng"], "Năm 2024 chuyên mục phát sóng 02 kỳ/tháng.",
   ("at", 0, "phát sóng 02 kỳ/tháng; đăng tin, bài về CCHC trên Trang thông tin điện tử huyện. - Cơ quan chủ trì: Trung tâm Văn hóa - Thông tin và Thể thao huyện.")),
  ("english", "Who leads administrative reform communication on the Đồng Xuân district radio in 2024 versus 2025?"),
  ("initials", "Đồng Xuân: tuyên truyền CCHC trên Đài TT huyện, KH 2024 vs KH 2025 đơn vị chủ trì khác nhau thế nào?")],
 "np-cmp-005": [
  ("two_part", "Theo dõi thi hành pháp luật về đất đai, trật tự xây dựng ở Đồng Xuân: năm 2025 thêm cơ quan phối hợp nào so với năm 2024, và năm 2024 hạn hoàn thành là khi nào?",
   ["Quý III/2024"], "Năm 2024 thời gian hoàn thành: Quý III/2024.",
   ("at", 0, "Cơ quan phối hợp: Phòng Tài nguyên và Môi trường; Phòng Kinh tế - Hạ tầng. - Thời gian hoàn thành: Quý III/2024.")),
  ("no_diacritics", "theo doi thi hanh phap luat dat dai trat tu xay dung huyen dong xuan nam 2025 them co quan phoi hop nao so voi 2024"),
  ("typo", "theo dõi thi hành pháp luật vê đất đai ở đồng xuân, năm 2025 có thêm cơ quan phôi hợp nào so vơi 2024 ko")],
 "np-coord-003": [
  ("informal", "mn ơi bệnh án điện tử ở các trung tâm y tế huyện bên Hà Tĩnh thì phối hợp với những đơn vị nào vậy?"),
  ("english", "Which units work with the district health centres on electronic medical records in Hà Tĩnh's 2025 health digital transformation plan?"),
  ("initials", "KH CĐS 2025 Sở Y tế Hà Tĩnh: triển khai bệnh án ĐT tại TTYT tuyến huyện phối hợp với đơn vị nào?")],
 "np-timing-005": [
  ("no_diacritics", "so hoa ho so ket qua giai quyet tthc cua so y te ha tinh han cuoi la ngay nao"),
  ("typo", "sở y tế hà tinh số hóa hồ sơ thủ tuc hành chính phải xong trươc ngày nào"),
  ("english", "By when must the Hà Tĩnh Department of Health finish digitising its administrative procedure files?")],
 "np-freq-002": [
  ("informal", "ad ơi Sở Y tế Hà Tĩnh sao lưu dữ liệu các hệ thống dùng chung bao lâu 1 lần vậy?"),
  ("initials", "KH CĐS 2025 Sở YT Hà Tĩnh: sao lưu dữ liệu HTTT dùng chung của ngành tần suất thế nào?"),
  ("typo", "sao lưu dữ liêu hệ thống dùng chung ngành y tế hà tĩnh bao lâu làm môt lần")],
 "np-fact-004": [
  ("english", "What share of administrative procedure files did Ninh Thuận handle online in 2023?"),
  ("no_diacritics", "nam 2023 ninh thuan giai quyet truc tuyen duoc bao nhieu phan tram ho so tthc"),
  ("informal", "cho mình hỏi năm 2023 tỉnh Ninh Thuận xử lý online được bao nhiêu % hồ sơ thủ tục vậy?")],
 "np-period-004": [
  ("typo", "ninh thuận có nhưng hoạt động tuyên truyền cchc nào trong quý 3 năm 2024"),
  ("initials", "KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận: các hoạt động nào rơi vào Q3/2024?"),
  ("english", "Which administrative reform communication activities does Ninh Thuận's 2024 plan schedule for the third quarter?")],
 "np-period-005": [
  ("informal", "ad ơi kế hoạch CCHC 2024 của huyện Đồng Xuân có việc nào làm trong quý III không ạ?"),
  ("no_diacritics", "huyen dong xuan nam 2024 co nhung viec cchc nao lam trong quy 3"),
  ("english", "Which tasks in Đồng Xuân district's 2024 administrative reform plan fall in the third quarter?")],
 "np-tasks-003": [
  ("initials", "PL I KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận (1520/KH-UBND) liệt kê tổng cộng bao nhiêu NV?"),
  ("typo", "phụ lục kế hoạch tuyên truyền cchc 2024 của ninh thuận có bao nhiu nhiệm vụ"),
  ("no_diacritics", "danh muc nhiem vu tuyen truyen cchc 2024 trong phu luc ke hoach cua tinh ninh thuan co may nhiem vu")],
 "np-nodia-002": [
  ("informal", "cho e hỏi việc số hóa hồ sơ TTHC ở huyện Đồng Xuân năm 2025 phải xong khi nào ạ?"),
  ("english", "What is the deadline for digitising administrative procedure files in Đồng Xuân district's 2025 plan?"),
  ("initials", "KH CCHC 2025 Đồng Xuân: số hóa hồ sơ, KQ giải quyết TTHC hạn hoàn thành khi nào?")],
 "np-unans-005": [
  ("no_diacritics", "luong pho chu tich ubnd huyen dong xuan bao nhieu"),
  ("typo", "lương của phó chủ tich ubnd huyện đồng xuân đc bao nhiêu"),
  ("informal", "mn ơi Phó Chủ tịch UBND huyện Đồng Xuân lương tháng bao nhiêu vậy?")],
 "np-unans-010": [
  ("no_diacritics", "benh vien da khoa tinh ha tinh co bao nhieu giuong benh"),
  ("initials", "BVĐK tỉnh Hà Tĩnh có bao nhiêu giường bệnh?"),
  ("typo", "bệnh viên đa khoa tỉnh hà tĩnh có bao nhiu giừơng bệnh")],
}

KEEP = ["kind", "answer", "must_include", "document", "section", "evidence"]
NFC = lambda s: unicodedata.normalize("NFC", s)


def build(orig, idx, entry):
    style, question = entry[0], entry[1]
    it = {"id": f"{orig['id']}-q{idx}", "orig_id": orig["id"], "style": style, "question": NFC(question)}
    for k in KEEP:
        it[k] = copy.deepcopy(orig[k])
    if "note" in orig:
        it["note"] = orig["note"]
    if style == "two_part":
        extra_must, extra_answer, ev = entry[2], entry[3], entry[4]
        for m in extra_must:
            if m not in it["must_include"]:
                it["must_include"].append(m)
        if extra_answer:
            it["answer"] = it["answer"].rstrip() + " " + extra_answer
        if isinstance(ev, str):
            assert isinstance(it["evidence"], str), orig["id"]
            it["evidence"] = ev
        elif isinstance(ev, tuple) and ev[0] == "at":
            it["evidence"][ev[1]] = ev[2]
        elif isinstance(ev, tuple) and ev[0] == "append":
            docs = it["document"] if isinstance(it["document"], list) else [it["document"]]
            secs = it["section"] if isinstance(it["section"], list) else [it["section"]]
            evs = it["evidence"] if isinstance(it["evidence"], list) else [it["evidence"]]
            assert ev[1] in secs, (orig["id"], ev[1])
            it["document"], it["section"], it["evidence"] = docs + [docs[secs.index(ev[1])]], secs + [ev[1]], evs + [ev[2]]
    return {k: (NFC(v) if isinstance(v, str) else v) for k, v in it.items()}


def main():
    for name, table in (("five_plans", P5), ("new_plans", PN)):
        origs = {}
        for line in open(SRC[name], encoding="utf-8"):
            o = json.loads(line)
            origs[o["id"]] = o
        out = []
        for oid, entries in table.items():
            assert len(entries) == 3 and len({e[0] for e in entries}) == 3, oid
            for i, e in enumerate(entries, 1):
                out.append(build(origs[oid], i, e))
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for it in out:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        print(name, len(out))


if __name__ == "__main__":
    main()
