# -*- coding: utf-8 -*-
"""Writes the paraphrase split: three paraphrases per chosen original item.

Each paraphrase keeps the original's answer fields (kind, answer, must_include, document,
section, evidence); id "<orig id>-pN", fields "orig_id" and "style". A two_part paraphrase
asks a second thing from the SAME section: its must_include gets the extra string(s) and,
when the original answer does not already state them, the answer gets one extra sentence.
"""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = {"five_plans": "/work/main/evals/qa.jsonl", "new_plans": "/work/main/evals/new_plans/qa.jsonl"}

# orig_id -> list of (style, question[, extra_must list, extra_answer sentence or None])
P5 = {
 "lead-001": [
  ("informal", "ad ơi bản tin PCI phát trên tivi là đơn vị nào chủ trì vậy?"),
  ("no_diacritics", "ban tin PCI tren kenh truyen hinh do ai chu tri"),
  ("two_part", "Bản tin PCI trên kênh truyền hình ai chủ trì, phát mấy số một tuần?", ["01 số/tuần"], None)],
 "lead-003": [
  ("initials", "Chuyên trang CĐS trên báo in, báo ĐT do đơn vị nào chủ trì?"),
  ("typo", "chuyen trang chuyển đổi sô trên báo in vs báo điện tữ ai phụ trach vậy"),
  ("two_part", "Chuyên trang Chuyển đổi số trên báo in và báo điện tử: ai chủ trì, phối hợp với ai?",
   ["Sở Khoa học và Công nghệ"], "Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan.")],
 "lead-009": [
  ("informal", "mn ơi cuộc thi tìm hiểu CĐS cho đoàn viên thanh niên là bên nào đứng ra chủ trì vậy"),
  ("english", "Who is in charge of the digital transformation quiz for Youth Union members?"),
  ("two_part", "Cuộc thi tìm hiểu về chuyển đổi số trong đoàn viên, thanh niên: ai chủ trì, ai phối hợp?", ["Sở Khoa học và Công nghệ"], None)],
 "lead-011": [
  ("no_diacritics", "binh dan hoc vu so do don vi nao chu tri"),
  ("initials", "CT Bình dân học vụ số: CQ nào chủ trì theo KH truyền thông CCHC, CĐS 2025 của UBND tỉnh?"),
  ("two_part", "Bình dân học vụ số ai làm và làm vào thời gian nào?", ["Quý III-IV/2025"], None)],
 "lead-018": [
  ("english", "Which department runs the legal-awareness training on administrative reform in the districts?"),
  ("typo", "tập huấn tuyen truyền pháp luât về CCHC tại các huyên do sở nào chủ tri"),
  ("two_part", "Tập huấn tuyên truyền pháp luật về CCHC tại các huyện: sở nào chủ trì, làm khi nào?",
   ["Thường xuyên trong năm"], "Thời gian thực hiện: Thường xuyên trong năm.")],
 "lead-023": [
  ("no_diacritics", "chuyen trang cai cach hanh chinh tren bao quang ngai ai phu trach"),
  ("informal", "cho e hỏi chuyên trang cải cách hành chính trên Báo Quảng Ngãi là bên nào lo ạ"),
  ("english", "Who runs the administrative-reform (CCHC) page in Báo Quảng Ngãi?")],
 "lead-030": [
  ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh: chuyên mục CCHC trên Cổng TTĐT tỉnh do đv nào chủ trì?"),
  ("no_diacritics", "nam 2023 van phong ubnd tinh giao ai duy tri chuyen muc cchc tren cong thong tin dien tu tinh"),
  ("english", "In the Provincial People's Committee Office's 2023 plan, who maintains the CCHC section on the provincial web portal?")],
 "lead-034": [
  ("informal", "kế hoạch 2025 của Văn phòng UBND tỉnh thì ai lo đăng tin bài, hình ảnh CCHC với CĐS lên cổng TTĐT tỉnh vậy ạ"),
  ("typo", "theo KH 2025 cua Văn phòng UBND tỉnh, ai phụ trách đăng tin bài hình ãnh về CCHC và CĐS trên Cổng thông tin điện tữ tỉnh"),
  ("english", "Under the Provincial People's Committee Office's 2025 plan, who posts CCHC and digital-transformation news and photos on the provincial portal?")],
 "lead-039": [
  ("initials", "KH 281/KH-SKHCN: xuất bản bản tin, chuyên mục KH&CN giao đv nào thực hiện?"),
  ("no_diacritics", "ke hoach 281 so khcn ai lam ban tin chuyen muc khoa hoc va cong nghe"),
  ("english", "Under plan 281, which unit publishes the science-and-technology bulletins and columns?")],
 "lead-040": [
  ("informal", "kiểm tra áp dụng ISO 9001:2015 ở các cơ quan hành chính năm 2025 là đơn vị nào đi kiểm tra vậy ạ"),
  ("initials", "Kiểm tra áp dụng HTQLCL TCVN ISO 9001:2015 tại các CQHC năm 2025 do đv nào chủ trì?"),
  ("two_part", "Ai kiểm tra việc áp dụng ISO 9001:2015 ở cơ quan hành chính năm 2025 và làm vào quý mấy?", ["Quý IV/2025"], None)],
 "coord-001": [
  ("initials", "Chuyên mục CĐS trên kênh PT của Đài PT-TH tỉnh thì đv phối hợp là ai?"),
  ("no_diacritics", "chuyen muc chuyen doi so tren kenh phat thanh cua dai ptth tinh phoi hop voi ai"),
  ("two_part", "Chuyên mục Chuyển đổi số trên kênh phát thanh: ai chủ trì, phối hợp với ai?",
   ["Đài Phát thanh và Truyền hình tỉnh"], "Đơn vị chủ trì: Đài Phát thanh và Truyền hình tỉnh.")],
 "coord-006": [
  ("informal", "lồng ghép CCHC vào hội nghị, hội thảo, lớp tập huấn của các sở với địa phương thì có sở nào phối hợp k ạ"),
  ("english", "When departments and localities weave CCHC messages into their conferences, workshops and training courses, which department coordinates?"),
  ("two_part", "Lồng ghép tuyên truyền CCHC trong hội nghị, hội thảo, lớp tập huấn: ai chủ trì, ai phối hợp?", ["sở, ban ngành, địa phương"], None)],
 "coord-009": [
  ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh: cập nhật, niêm yết công khai TTHC thì những đv nào phối hợp?"),
  ("no_diacritics", "ke hoach 2023 cua van phong ubnd tinh cap nhat niem yet cong khai thu tuc hanh chinh phoi hop voi nhung ai"),
  ("typo", "Kế hoạch 2023 của Văn phòng UBND tỉnh, việc cập nhât, niêm yết công khai TTHC có nhửng đơn vị nào phối hợp?")],
 "coord-013": [
  ("informal", "ban biên tập trang web Sở KHCN duy trì mục tuyên truyền CCHC thì phối hợp vs ai vậy"),
  ("english", "Who does the editorial board of the Department of Science and Technology's website work with to keep its CCHC section running?"),
  ("two_part", "Mục tuyên truyền CCHC trên Trang TTĐT của Sở KHCN: ai chủ trì, ai phối hợp?",
   ["Ban Biên tập Trang thông tin điện tử của Sở"], "Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở.")],
 "coord-018": [
  ("no_diacritics", "tinh doan to chuc cuoc thi tim hieu chuyen doi so cho doan vien thi ai phoi hop"),
  ("initials", "Cuộc thi tìm hiểu CĐS trong ĐVTN do Tỉnh đoàn chủ trì thì sở nào phối hợp?"),
  ("english", "Which department works with the provincial Youth Union on its digital transformation quiz for members?")],
 "timing-002": [
  ("no_diacritics", "binh dan hoc vu so trien khai khi nao"),
  ("english", "When will the 'Bình dân học vụ số' programme be rolled out?"),
  ("typo", "bình dân hoc vụ số bao giờ triễn khai vây ạ")],
 "timing-006": [
  ("initials", "Sở KHCN tuyên truyền CCHC nhân Ngày KH&CN VN 2025 vào quý mấy?"),
  ("informal", "hoạt động tuyên truyền CCHC dịp Ngày khoa học và công nghệ VN 2025 của Sở KHCN làm hồi nào vậy ad"),
  ("english", "When does the Department of Science and Technology run CCHC communication around Vietnam Science and Technology Day 2025?")],
 "timing-009": [
  ("informal", "các phòng của Sở KHCN nộp báo cáo kết quả tuyên truyền CCHC 2025 hạn chót ngày mấy vậy"),
  ("no_diacritics", "cac phong don vi thuoc so khcn gui bao cao tuyen truyen cchc 2025 truoc ngay nao"),
  ("english", "What is the deadline for units under the Department of Science and Technology to send their 2025 CCHC communication reports?")],
 "timing-014": [
  ("no_diacritics", "hoi nghi tap huan nghiep vu cai cach tthc kiem soat tthc nam 2023 to chuc ngay nao"),
  ("initials", "HN tập huấn nghiệp vụ cải cách TTHC, KSTTHC năm 2023 diễn ra hôm nào?"),
  ("english", "On what date was the 2023 training conference on administrative-procedure reform and control held?")],
 "timing-016": [
  ("initials", "Tỉnh đưa 25 DVC thiết yếu lên Cổng DVCQG từ tháng mấy?"),
  ("informal", "mn ơi 25 dịch vụ công thiết yếu của tỉnh lên cổng dịch vụ công quốc gia từ hồi nào vậy"),
  ("typo", "tỉnh đưa 25 dich vụ công thiết yêu lên Cổng Dịch vu công quốc gia tư khi nào")],
 "freq-001": [
  ("no_diacritics", "ban tin pci tren truyen hinh phat may so, moi so bao nhieu phut"),
  ("english", "How often is the PCI bulletin aired on TV and how long is each one?"),
  ("informal", "bản tin PCI trên tivi bao lâu có 1 số, mỗi số dài nhiêu phút vậy ad")],
 "freq-005": [
  ("initials", "Chuyên trang CĐS trên Báo Quảng Ngãi ra bao nhiêu kỳ/tháng (báo in và báo ĐT)?"),
  ("english", "How often does Báo Quảng Ngãi run its digital transformation page, in print and online?"),
  ("no_diacritics", "chuyen trang chuyen doi so tren bao quang ngai ra may ky mot thang")],
 "freq-009": [
  ("informal", "bản tin số Cải cách hành chính bao lâu ra 1 số vậy mn"),
  ("no_diacritics", "ban tin so cai cach hanh chinh xuat ban bao lau mot so"),
  ("two_part", "Bản tin số “Cải cách hành chính” ai chủ trì, bao lâu ra một số?",
   ["Sở Khoa học và Công nghệ"], "Cơ quan chủ trì: Sở Khoa học và Công nghệ.")],
 "fact-013": [
  ("no_diacritics", "nop ho so truc tuyen duoc giam bao nhieu phan tram phi le phi"),
  ("english", "How much is the fee reduction for filing applications online, and under which resolution?"),
  ("informal", "nộp hồ sơ online thì được giảm phí lệ phí nhiêu % vậy mọi người, theo nghị quyết nào")],
 "fact-020": [
  ("initials", "Đề án tuyên truyền, nâng cao chất lượng cung cấp và sử dụng DVCTT đến 2025 được TTg phê duyệt tại QĐ số mấy?"),
  ("no_diacritics", "de an tuyen truyen nang cao chat luong cung cap va su dung dich vu cong truc tuyen den 2025 thu tuong phe duyet o quyet dinh nao"),
  ("english", "Which Prime Minister's decision approved the scheme on communicating and improving online public services to 2025?")],
 "fact-021": [
  ("informal", "chính quyền địa phương lấy tiền đâu để làm kế hoạch truyền thông CCHC, CĐS 2025 vậy ad"),
  ("english", "Where do local authorities get the money for the province's 2025 CCHC and digital-transformation communication plan?"),
  ("no_diacritics", "chinh quyen dia phuong lay kinh phi o dau de thuc hien ke hoach truyen thong cchc cds 2025")],
 "abbr-001": [
  ("no_diacritics", "par index la chi so gi"),
  ("english", "What does PAR INDEX stand for?"),
  ("informal", "PAR INDEX là cái chỉ số gì vậy mn")],
 "abbr-008": [
  ("no_diacritics", "tthc la viet tat cua gi"),
  ("english", "What does TTHC mean?"),
  ("typo", "TTHC là viết tắc của cái gì vậy")],
 "list-002": [
  ("initials", "KH 281 của Sở KHCN có những hình thức tuyên truyền CCHC nào?"),
  ("no_diacritics", "so khcn tuyen truyen cchc nam 2025 bang nhung hinh thuc gi"),
  ("english", "What channels does the Department of Science and Technology use for CCHC communication in 2025?")],
 "list-008": [
  ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh có những sự kiện, hoạt động CĐS nào?"),
  ("informal", "trong kế hoạch truyền thông 2025 của tỉnh có những sự kiện chuyển đổi số gì vậy mn, kể giúp mình với"),
  ("english", "Which digital-transformation events and activities are in the province's 2025 communication plan?")],
 "cross-001": [
  ("initials", "Chuyên mục CCHC trên Cổng TTĐT tỉnh: KH 2023 của VP UBND tỉnh và KH truyền thông 2025 của UBND tỉnh giao ai chủ trì?"),
  ("informal", "chuyên mục CCHC trên cổng thông tin điện tử tỉnh thì năm 2023 (kế hoạch của Văn phòng UBND tỉnh) với năm 2025 (kế hoạch truyền thông của UBND tỉnh) ai chủ trì vậy, có khác nhau k"),
  ("english", "Who leads the CCHC section on the provincial portal in the Office's 2023 plan versus the province's 2025 communication plan?")],
 "cross-003": [
  ("initials", "Bản tin CCHC: năm 2023 CQ nào chủ trì, còn KH truyền thông 2025 của tỉnh giao ai?"),
  ("no_diacritics", "ban tin cai cach hanh chinh nam 2023 ai chu tri, con ke hoach truyen thong 2025 cua tinh thi ai chu tri"),
  ("english", "Who ran the administrative-reform bulletin in 2023, and who leads it under the province's 2025 communication plan?")],
 "nodia-005": [
  ("informal", "năm 2023 thanh toán trực tuyến được bao nhiêu tiền vậy ad"),
  ("english", "How much money was paid online in 2023?"),
  ("typo", "nam 2023 thanh toan truc tuyến đạt bao nhiu tiền")],
 "nodia-008": [
  ("no_diacritics", "kiem tra viec ap dung iso 9001:2015 nam 2025 vao thoi gian nao"),
  ("english", "In which quarter of 2025 is the ISO 9001 application inspection scheduled?"),
  ("two_part", "kiểm tra áp dụng ISO 9001 năm 2025 làm quý mấy, ai chủ trì?", ["Chi cục Tiêu chuẩn Đo lường Chất lượng"], None)],
 "nodia-019": [
  ("informal", "link nộp hồ sơ online của Quảng Ngãi là gì vậy mn"),
  ("english", "What's the link for filing applications online in Quảng Ngãi?"),
  ("initials", "Link Cổng DVC để nộp HS trực tuyến ở Quảng Ngãi là gì?")],
 "en-003": [
  ("informal", "tháng 10/2023 tỉnh mình xếp thứ mấy cả nước về thanh toán trực tuyến vậy"),
  ("no_diacritics", "thang 10/2023 quang ngai dung thu may ca nuoc ve thanh toan truc tuyen"),
  ("typo", "Quang Ngai rank for onlien payments in Octobr 2023?")],
 "en-008": [
  ("initials", "KH 281 của Sở KHCN dùng kinh phí từ nguồn nào?"),
  ("no_diacritics", "kinh phi tuyen truyen cchc 2025 cua so khcn lay tu dau"),
  ("english", "Where does the money for the DOST's 2025 CCHC communication plan come from?")],
 "unans-002": [
  ("initials", "SĐT đường dây nóng TT Phục vụ - KSTTHC tỉnh là bao nhiêu?"),
  ("no_diacritics", "so duong day nong trung tam phuc vu kiem soat tthc tinh la so may"),
  ("english", "What's the hotline number of the provincial Administrative Procedure Service and Control Centre?")],
 "unans-004": [
  ("informal", "kế hoạch 281 của Sở KHCN ai ký vậy ad"),
  ("no_diacritics", "ai ky ke hoach 281/kh-skhcn"),
  ("english", "Who signed plan 281/KH-SKHCN?")],
 "unans-009": [
  ("initials", "PCI 2024 của tỉnh Quảng Ngãi đứng thứ mấy toàn quốc?"),
  ("no_diacritics", "nam 2024 quang ngai xep hang pci thu may ca nuoc"),
  ("english", "What was Quảng Ngãi's PCI ranking in 2024?")],
}

PN = {
 "np-lead-001": [
  ("no_diacritics", "nam 2024 huyen dong xuan ai chu tri ra soat van ban quy pham phap luat cua huyen"),
  ("english", "Who reviews Đồng Xuân district's legal normative documents under its 2024 plan?"),
  ("two_part", "Rà soát văn bản QPPL của huyện Đồng Xuân năm 2024: ai chủ trì, hạn khi nào?", ["Tháng 12/2024"], None)],
 "np-lead-004": [
  ("initials", "KH CCHC 2025 huyện Đồng Xuân: sử dụng TK định danh điện tử VNeID trong giải quyết TTHC do CQ nào chủ trì?"),
  ("english", "Who leads the use of VNeID accounts for administrative procedures in Đồng Xuân in 2025?"),
  ("two_part", "VNeID trong giải quyết TTHC ở huyện Đồng Xuân năm 2025 ai chủ trì, làm lúc nào?", ["Quý III - IV/2025"], None)],
 "np-lead-005": [
  ("no_diacritics", "ke don thuoc dien tu so y te ha tinh phong nao phu trach"),
  ("informal", "cho hỏi vụ kê đơn thuốc điện tử ở Sở Y tế Hà Tĩnh là phòng nào làm vậy ạ"),
  ("two_part", "Kê đơn thuốc điện tử (Sở Y tế Hà Tĩnh): phòng nào chủ trì, bao giờ xong?", ["Quý II/2025"], None)],
 "np-lead-009": [
  ("no_diacritics", "chuyen trang cai cach hanh chinh tren bao ninh thuan ai lam"),
  ("english", "Who produces the administrative reform page in the Ninh Thuận newspaper?"),
  ("two_part", "Chuyên trang CCHC trên Báo Ninh Thuận ai chủ trì, ra mấy kỳ một tháng?", ["01 kỳ/tháng"], None)],
 "np-lead-011": [
  ("informal", "đợt thanh niên tình nguyện ra quân hỗ trợ dân làm dịch vụ công online ở Ninh Thuận là ai đứng ra vậy mn"),
  ("no_diacritics", "ra quan thanh nien tinh nguyen ho tro dich vu cong truc tuyen ninh thuan don vi nao chu tri"),
  ("two_part", "Ra quân thanh niên tình nguyện hỗ trợ DVC trực tuyến ở Ninh Thuận: ai chủ trì, tháng mấy?", ["Tháng 7/2024"], None)],
 "np-coord-002": [
  ("initials", "Số hóa HS TTHC năm 2025 huyện Đồng Xuân: đv phối hợp gồm những ai?"),
  ("no_diacritics", "so hoa ho so thu tuc hanh chinh huyen dong xuan 2025 phoi hop voi ai"),
  ("english", "Which units coordinate the digitisation of administrative-procedure files in Đồng Xuân's 2025 plan?")],
 "np-coord-005": [
  ("informal", "hội thi tìm hiểu CCHC năm 2024 bên Ninh Thuận có những cơ quan nào phối hợp vậy"),
  ("initials", "Hội thi tìm hiểu CCHC 2024 của UBND tỉnh Ninh Thuận: các CQ phối hợp là ai?"),
  ("english", "Which agencies coordinate Ninh Thuận's 2024 administrative reform contest?")],
 "np-timing-001": [
  ("no_diacritics", "khao sat muc do hai long nguoi dan huyen dong xuan 2025 lam thang may"),
  ("english", "When is Đồng Xuân district's 2025 citizen satisfaction survey?"),
  ("two_part", "Khảo sát sự hài lòng của người dân Đồng Xuân năm 2025: ai chủ trì, làm khi nào?", ["Phòng Nội vụ"], None)],
 "np-timing-004": [
  ("initials", "Hạn triển khai BAĐT ở BVĐK tỉnh Hà Tĩnh là khi nào?"),
  ("informal", "bệnh viện đa khoa tỉnh Hà Tĩnh phải có bệnh án điện tử trước ngày nào vậy"),
  ("typo", "hạn triển khai bênh án điện tử ở Bệnh viện Đa khoa tĩnh Hà Tĩnh là bao gio")],
 "np-timing-007": [
  ("no_diacritics", "tuyen truyen thanh toan phi le phi truc tuyen o ninh thuan lam khi nao"),
  ("english", "When does Ninh Thuận promote online payment of fees and charges?"),
  ("two_part", "Tuyên truyền thanh toán phí, lệ phí trực tuyến ở Ninh Thuận ai chủ trì và làm khi nào?", ["Sở Tài chính"], None)],
 "np-freq-003": [
  ("initials", "Kiểm tra BAĐT và TTKDTM tại các cơ sở KCB ở Hà Tĩnh mấy lần/năm?"),
  ("no_diacritics", "kiem tra benh an dien tu va thanh toan khong dung tien mat o ha tinh may lan mot nam"),
  ("two_part", "Kiểm tra bệnh án điện tử, thanh toán không dùng tiền mặt ở Hà Tĩnh: mấy lần một năm, phòng nào chủ trì?", ["Phòng Nghiệp vụ Y"], None)],
 "np-freq-004": [
  ("informal", "chuyên mục CCHC trên tivi Ninh Thuận mỗi tháng phát mấy kỳ, mỗi kỳ dài bao lâu vậy"),
  ("english", "How often does Ninh Thuận's provincial TV air its administrative reform programme, and how long is each episode?"),
  ("no_diacritics", "chuyen muc cchc tren truyen hinh ninh thuan phat may ky moi ky bao lau")],
 "np-fact-001": [
  ("no_diacritics", "ke hoach cchc 2025 huyen dong xuan so bao nhieu"),
  ("english", "What is the number of Đồng Xuân district's 2025 administrative reform plan?"),
  ("two_part", "KH CCHC 2025 của huyện Đồng Xuân số mấy, ký ngày nào?", ["16 tháng 01 năm 2025"], None)],
 "np-fact-002": [
  ("initials", "KH CCHC 2024 của UBND huyện Đồng Xuân do ai ký?"),
  ("no_diacritics", "ai ky ke hoach cchc 2024 huyen dong xuan"),
  ("english", "Who signed Đồng Xuân district's 2024 CCHC plan?")],
 "np-tasks-005": [
  ("initials", "KH tuyên truyền CCHC 2024 của UBND tỉnh Ninh Thuận có những hình thức nào?"),
  ("no_diacritics", "ninh thuan tuyen truyen cchc nam 2024 bang nhung hinh thuc nao"),
  ("english", "What communication channels does Ninh Thuận use for administrative reform in 2024?")],
 "np-cmp-004": [
  ("no_diacritics", "khao sat su hai long nguoi dan huyen dong xuan nam 2024 va nam 2025 lam khi nao"),
  ("english", "When is the citizen satisfaction survey held in Đồng Xuân in 2024, and when in 2025?"),
  ("informal", "khảo sát hài lòng người dân ở Đồng Xuân thì 2024 với 2025 làm lúc nào, có đổi thời gian k")],
 "np-nodia-001": [
  ("informal", "ai chủ trì kết nối các cơ sở bán lẻ thuốc với CSDL dược quốc gia ở Hà Tĩnh vậy"),
  ("english", "Who leads connecting drug retailers to the national pharmacy database in Hà Tĩnh?"),
  ("two_part", "Kết nối cơ sở bán lẻ thuốc với Hệ thống CSDL Dược quốc gia ở Hà Tĩnh: ai chủ trì, làm vào quý mấy?", ["Quý III/2025"], None)],
 "np-en-004": [
  ("no_diacritics", "cac co quan chuyen mon va cac xa o dong xuan phai xay dung ke hoach cchc 2024 truoc ngay nao"),
  ("informal", "các phòng ban, xã ở Đồng Xuân phải làm xong kế hoạch CCHC 2024 của mình trước ngày mấy vậy"),
  ("typo", "By when mus Dong Xuan agencys and communes draw up there own 2024 CCHC plans?")],
 "np-unans-001": [
  ("no_diacritics", "so duong day nong cua so y te ha tinh la bao nhieu"),
  ("english", "What's the Hà Tĩnh Department of Health hotline?"),
  ("informal", "cho mình xin sđt đường dây nóng của Sở Y tế Hà Tĩnh với")],
 "np-unans-003": [
  ("initials", "Tổng KP của KH CĐS 2025 của SYT Hà Tĩnh là bao nhiêu?"),
  ("no_diacritics", "tong kinh phi ke hoach chuyen doi so so y te ha tinh bao nhieu dong"),
  ("english", "What's the total budget of the Hà Tĩnh health department's 2025 digital transformation plan?")],
}


def build(src, table, out):
    orig = {}
    for line in open(src, encoding="utf-8"):
        if line.strip():
            it = json.loads(line)
            orig[it["id"]] = it
    rows = []
    for oid, paras in table.items():
        o = orig[oid]
        assert len(paras) == 3, oid
        for n, p in enumerate(paras, 1):
            style, q = p[0], p[1]
            it = {"id": f"{oid}-p{n}", "orig_id": oid, "style": style, "question": q, "kind": o["kind"],
                  "answer": o["answer"], "must_include": list(o["must_include"]),
                  "document": o["document"], "section": o["section"], "evidence": o["evidence"]}
            if style == "two_part":
                extra, sentence = p[2], p[3]
                if sentence and not all(e.lower() in it["answer"].lower() for e in extra):
                    it["answer"] = it["answer"].rstrip() + " " + sentence
                it["must_include"] += [e for e in extra if e not in it["must_include"]]
            if "note" in o:
                it["note"] = o["note"]
            rows.append(it)
    with open(out, "w", encoding="utf-8") as f:
        for it in rows:
            f.write(unicodedata.normalize("NFC", json.dumps(it, ensure_ascii=False)) + "\n")
    print(len(table), "originals,", len(rows), "items ->", out)


build(SRC["five_plans"], P5, os.path.join(HERE, "five_plans.jsonl"))
build(SRC["new_plans"], PN, os.path.join(HERE, "new_plans.jsonl"))
