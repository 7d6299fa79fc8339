# -*- coding: utf-8 -*-
"""SEALED. Write qa.jsonl of the sealed layouts split v15 (hand-written items over corpus/).

    /work/main/.venv/bin/python write_qa.py

People who work on the assistant's reader must not open this file or qa.jsonl.
Documents (make.py): A = Quyết định 146/QĐ-UBND (.docx), B = Công điện 05/CĐ-UBND (.pdf),
C = Tài liệu hỏi - đáp kèm Công văn 612/SNV-CCHC (.md). Section paths follow make.py's gold map.
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-chu-tich-ubnd-ham-chau-qd-146-giao-chi-tieu-cchc-cds.docx"
B = "2026-chu-tich-ubnd-ham-chau-cong-dien-05-xu-ly-ho-so-qua-han-dvctt.pdf"
C = "2026-so-noi-vu-ham-chau-tai-lieu-hoi-dap-tthc-dvctt.md"

PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "abbreviation": "abbr", "list": "list", "cross_document": "cross", "no_diacritics": "nodiac",
          "english": "en", "unanswerable": "unans", "unit_duties": "duties", "period": "period",
          "task_list": "tasks", "comparison": "cmp"}
NO_VI = "Các văn bản không nêu thông tin này."
NO_EN = "The documents do not give this information."

ITEMS = []
_n = {}


def add(kind, question, answer, must, doc, sec, ev):
    _n[kind] = _n.get(kind, 0) + 1
    ITEMS.append({"id": f"l15-{PREFIX[kind]}-{_n[kind]:03d}", "question": question, "kind": kind,
                  "answer": answer, "must_include": must, "document": doc, "section": sec, "evidence": ev})


def unans(question, english=False):
    add("unanswerable", question, NO_EN if english else NO_VI, [], None, None, None)


# ============================================================================================== lead
add("lead", "QĐ 146 thì cơ quan nào làm thường trực, theo dõi đôn đốc mấy chỉ tiêu CCHC vậy ạ?",
    "Sở Nội vụ là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện các chỉ tiêu CCHC (khoản 2 Điều 2 "
    "Quyết định 146/QĐ-UBND).",
    ["Sở Nội vụ"], A, "Điều 2.2",
    "Sở Nội vụ là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện các chỉ tiêu CCHC")
add("lead", "chỉ tiêu CĐS vs dvc trực tuyến năm 2026 bên nào theo dõi ạ",
    "Sở Khoa học và Công nghệ chủ trì theo dõi các chỉ tiêu CĐS và dịch vụ công trực tuyến (QĐ 146, khoản 3 Điều 2).",
    ["Sở Khoa học và Công nghệ"], A, "Điều 2.3",
    "Sở Khoa học và Công nghệ chủ trì theo dõi các chỉ tiêu CĐS và dịch vụ công trực tuyến")
add("lead", "mn ơi kích hoạt định danh mức 2 cho dân theo qđ giao chỉ tiêu thì ai chủ trì",
    "Công an tỉnh chủ trì, phối hợp với UBND các xã, phường kích hoạt tài khoản định danh điện tử mức độ 2 (VNeID) "
    "theo chỉ tiêu tại Phụ lục II.",
    ["Công an tỉnh"], A, "Điều 2.5",
    "Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường kích hoạt tài khoản định danh điện tử mức độ "
    "2 (VNeID) cho người dân theo chỉ tiêu tại Phụ lục II")
add("lead", "hướng dẫn thanh toán online phí lệ phí là việc của sở nào (QĐ 146)",
    "Sở Tài chính chủ trì hướng dẫn thanh toán trực tuyến phí, lệ phí; Sở này cũng tham mưu bố trí kinh phí thực hiện "
    "các chỉ tiêu trong dự toán năm 2026.",
    ["Sở Tài chính"], A, "Điều 2.6",
    "Sở Tài chính tham mưu bố trí kinh phí thực hiện các chỉ tiêu trong dự toán năm 2026 của các cơ quan, đơn vị, "
    "địa phương; chủ trì hướng dẫn thanh toán trực tuyến phí, lệ phí.")
add("lead", "chỉ tiêu số TTHC làm không phụ thuộc địa giới hành chính ở phụ lục I giao ai chủ trì?",
    "Văn phòng UBND tỉnh chủ trì (phối hợp: Sở Khoa học và Công nghệ; các sở, ban, ngành tỉnh).",
    ["Văn phòng UBND tỉnh"], A, "Phụ lục I.I.4",
    "Số TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh")
add("lead", "bồi dưỡng kỹ năng số cho cán bộ công chức viên chức năm 2026 đơn vị nào chủ trì thực hiện",
    "Sở Nội vụ chủ trì chỉ tiêu tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số (năm 2025: 62%, chỉ "
    "tiêu năm 2026: ≥ 85%).",
    ["Sở Nội vụ"], A, "Phụ lục I.IV.2",
    "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số")
add("lead", "kết nối CSDL chuyên ngành lên LGSP tỉnh ai chủ trì ạ",
    "Sở Khoa học và Công nghệ chủ trì; chỉ tiêu năm 2026 là ≥ 15 cơ sở dữ liệu được kết nối.",
    ["Sở Khoa học và Công nghệ"], A, "Phụ lục I.III.3",
    "Số cơ sở dữ liệu chuyên ngành được kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP)")
add("lead", "tỷ lệ hồ sơ toàn trình cấp tỉnh trong PL I thì cơ quan chủ trì là ai",
    "Các sở, ban, ngành tỉnh chủ trì (ô chủ trì dùng chung với dòng II.1); phối hợp: Sở Khoa học và Công nghệ; "
    "Bưu điện tỉnh.",
    ["Các sở, ban, ngành tỉnh"], A, "Phụ lục I.II.2",
    "Tỷ lệ hồ sơ trực tuyến toàn trình (cơ quan cấp tỉnh)")
add("lead", "ai đăng công khai kết quả thực hiện chỉ tiêu của từng sở, xã lên cổng TTĐT tỉnh",
    "Trung tâm Phục vụ hành chính công tỉnh, theo chỉ đạo của Văn phòng Ủy ban nhân dân tỉnh, công khai trên Cổng "
    "thông tin điện tử tỉnh vào tuần đầu tiên của tháng.",
    ["Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 2.4",
    "Văn phòng Ủy ban nhân dân tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh công khai kết quả thực hiện chỉ "
    "tiêu của từng cơ quan, đơn vị, địa phương trên Cổng thông tin điện tử tỉnh vào tuần đầu tiên của tháng")
add("lead", "công bố công khai TTHC đúng hạn trên CSDLQG về TTHC thì giao cho ai",
    "Văn phòng UBND tỉnh chủ trì, các sở, ban, ngành tỉnh phối hợp; chỉ tiêu 100%, thực hiện thường xuyên.",
    ["Văn phòng UBND tỉnh"], A, "Phụ lục I.I.2",
    "Tỷ lệ TTHC được công bố, công khai đúng hạn trên Cơ sở dữ liệu quốc gia về TTHC")
add("lead", "lỗi đồng bộ trạng thái hồ sơ lên cổng dvc quốc gia thì công điện giao ai xử lý",
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với VNPT Hàm Châu khắc phục dứt điểm, hoàn thành trước ngày 30/9/2026.",
    ["Sở Khoa học và Công nghệ"], B, "3.a",
    "Chủ trì, phối hợp với VNPT Hàm Châu khắc phục dứt điểm lỗi đồng bộ trạng thái hồ sơ giữa Hệ thống thông tin "
    "giải quyết TTHC tỉnh và Cổng Dịch vụ công quốc gia")
add("lead", "hồ sơ đất đai quá hạn công điện 05 giao sở nào chủ trì",
    "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã, phường và Văn phòng Đăng ký đất đai.",
    ["Sở Nông nghiệp và Môi trường"], B, "4",
    "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường và Văn phòng Đăng ký đất đai "
    "rà soát, giải quyết hồ sơ đất đai quá hạn")
add("lead", "ai tập huấn chứng thực điện tử, hộ tịch cho công chức tư pháp xã vậy",
    "Sở Tư pháp chủ trì hướng dẫn, tháo gỡ vướng mắc và tổ chức tập huấn trực tuyến cho 100% công chức Tư pháp - "
    "Hộ tịch trước ngày 10/10/2026.",
    ["Sở Tư pháp"], B, "5",
    "Sở Tư pháp chủ trì hướng dẫn, tháo gỡ vướng mắc về đăng ký hộ tịch, chứng thực điện tử cho công chức Tư pháp - "
    "Hộ tịch các xã, phường")
add("lead", "6 xã dưới 60% thì ai phải làm phương án tăng tốc",
    "Chủ tịch Ủy ban nhân dân 06 xã (Mường Khoa, Bản Piềng, Pác Nặm, Khuổi Lừa, Nà Sáng, Hòa Thắm) xây dựng "
    "phương án tăng tốc, gửi Sở Nội vụ trước ngày 25/9/2026.",
    ["Chủ tịch Ủy ban nhân dân 06 xã"], B, "2",
    "xây dựng phương án tăng tốc, gửi Sở Nội vụ trước ngày 25/9/2026")
add("lead", "danh sách hồ sơ quá hạn từng cơ quan ai công khai vậy (công điện 05)",
    "Trung tâm Phục vụ hành chính công tỉnh tổng hợp, công khai (theo chỉ đạo của Văn phòng UBND tỉnh) trên Cổng "
    "thông tin điện tử tỉnh vào thứ Hai hằng tuần.",
    ["Trung tâm Phục vụ hành chính công tỉnh"], B, "8.a",
    "Chỉ đạo Trung tâm Phục vụ hành chính công tỉnh tổng hợp, công khai danh sách hồ sơ quá hạn theo từng cơ quan, "
    "đơn vị, địa phương trên Cổng thông tin điện tử tỉnh vào thứ Hai hằng tuần.")
add("lead", "kết quả thực hiện công điện có tính vào chấm điểm chỉ số CCHC ko, ai làm",
    "Có. Sở Nội vụ đưa kết quả thực hiện Công điện vào đánh giá, chấm điểm Chỉ số CCHC năm 2026 của các cơ quan, "
    "đơn vị, địa phương.",
    ["Sở Nội vụ", "Chỉ số CCHC năm 2026"], B, "9",
    "Sở Nội vụ đưa kết quả thực hiện Công điện này vào đánh giá, chấm điểm Chỉ số CCHC năm 2026 của các cơ quan, "
    "đơn vị, địa phương")
add("lead", "ai theo dõi đôn đốc rồi tổng hợp báo cáo việc thực hiện công điện 05",
    "Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc và tổng hợp, báo cáo Chủ tịch UBND tỉnh trước ngày 05/01/2027.",
    ["Văn phòng Ủy ban nhân dân tỉnh"], B, "8.c",
    "Theo dõi, đôn đốc việc thực hiện Công điện này; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày "
    "05/01/2027.")
add("lead", "đợt cao điểm kích hoạt VNeID cuối tuần do ai tổ chức",
    "Công an tỉnh chỉ đạo Công an các xã, phường (phối hợp với UBND cùng cấp) tổ chức các đợt cao điểm vào thứ Bảy, "
    "Chủ nhật hằng tuần trong tháng 10 và tháng 11 năm 2026.",
    ["Công an tỉnh", "Công an các xã, phường"], B, "6",
    "Công an tỉnh chỉ đạo Công an các xã, phường phối hợp với Ủy ban nhân dân cùng cấp đẩy mạnh kích hoạt tài khoản "
    "định danh điện tử mức độ 2")
add("lead", "ai cử người xuống hỗ trợ dân nộp online ở 6 xã yếu",
    "Bưu điện tỉnh, VNPT Hàm Châu, Viettel Hàm Châu bố trí nhân lực hỗ trợ tại Trung tâm Phục vụ hành chính công của "
    "06 xã, từ ngày 21/9/2026 đến ngày 31/12/2026.",
    ["Bưu điện tỉnh", "VNPT Hàm Châu", "Viettel Hàm Châu"], B, "7",
    "Bưu điện tỉnh, VNPT Hàm Châu, Viettel Hàm Châu bố trí nhân lực hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung "
    "tâm Phục vụ hành chính công của 06 xã nêu tại mục 2")
add("lead", "trung tâm PVHCC xã ai làm giám đốc vậy ad",
    "Trung tâm PVHCC xã, phường do UBND xã, phường thành lập; Giám đốc Trung tâm là Phó Chủ tịch Ủy ban nhân dân xã, "
    "phường (kiêm nhiệm).",
    ["Phó Chủ tịch Ủy ban nhân dân xã, phường"], C, "Phần III.Câu 14",
    "Giám đốc Trung tâm là Phó Chủ tịch Ủy ban nhân dân xã, phường (kiêm nhiệm)")
add("lead", "tổng đài hỗ trợ dvc ai quản lý, ai vận hành",
    "Sở Khoa học và Công nghệ quản lý, VNPT Hàm Châu vận hành Tổng đài 1800 8 157.",
    ["Sở Khoa học và Công nghệ", "VNPT Hàm Châu"], C, "Phần V.Câu 23",
    "Tổng đài do Sở Khoa học và Công nghệ quản lý, VNPT Hàm Châu vận hành.")
add("lead", "danh mục TTHC ko phụ thuộc địa giới hành chính do ai công bố",
    "Văn phòng Ủy ban nhân dân tỉnh công bố và cập nhật danh mục trên Cổng Dịch vụ công tỉnh.",
    ["Văn phòng Ủy ban nhân dân tỉnh"], C, "Phần I.Câu 2",
    "danh mục do Văn phòng Ủy ban nhân dân tỉnh công bố và cập nhật trên Cổng Dịch vụ công tỉnh")
add("lead", "tài liệu hỏi đáp về TTHC, dvc trực tuyến do cơ quan nào biên soạn",
    "Sở Nội vụ chủ trì biên soạn (phối hợp với Văn phòng UBND tỉnh).",
    ["Sở Nội vụ"], C, "preamble",
    "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh biên soạn Tài liệu hỏi - đáp")
add("lead", "khảo sát SIPAS hằng năm của tỉnh ai tổ chức",
    "Sở Nội vụ tổ chức khảo sát SIPAS của tỉnh, mỗi năm một lần vào quý IV.",
    ["Sở Nội vụ"], C, "Phần IV.Câu 19",
    "Sở Nội vụ tổ chức khảo sát SIPAS của tỉnh mỗi năm một lần vào quý IV")
add("lead", "trung tâm pvhcc tỉnh trực thuộc cơ quan nào z",
    "Trung tâm PVHCC tỉnh trực thuộc Văn phòng Ủy ban nhân dân tỉnh.",
    ["Văn phòng Ủy ban nhân dân tỉnh"], C, "Phần I.Câu 1",
    "Nộp trực tiếp tại Trung tâm PVHCC tỉnh (trực thuộc Văn phòng Ủy ban nhân dân tỉnh)")
add("lead", "thắc mắc về chỉ số CCHC hay khảo sát SIPAS thì liên hệ đơn vị nào",
    "Phòng Cải cách hành chính, Sở Nội vụ — điện thoại 0257 6 251 318, thư điện tử cchc.snv@hamchau.gov.vn.",
    ["Phòng Cải cách hành chính, Sở Nội vụ", "0257 6 251 318"], C, "Phần V.Câu 24",
    "Phòng Cải cách hành chính, Sở Nội vụ")
add("lead", "ở trung tâm thì ai trực hướng dẫn trực tiếp cho người ko rành smartphone",
    "Công chức, đoàn viên thanh niên tình nguyện hướng dẫn trực tiếp tại khu vực hướng dẫn, hỗ trợ của Trung tâm PVHCC "
    "tỉnh và Trung tâm PVHCC các xã, phường (miễn phí).",
    ["đoàn viên thanh niên tình nguyện"], C, "Phần II.Câu 13",
    "công chức, đoàn viên thanh niên tình nguyện hướng dẫn trực tiếp")

# ====================================================================================== coordinators
add("coordinators", "Công an tỉnh kích hoạt VNeID theo QĐ 146 thì phối hợp với ai",
    "Phối hợp với Ủy ban nhân dân các xã, phường.",
    ["Ủy ban nhân dân các xã, phường"], A, "Điều 2.5",
    "Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường kích hoạt tài khoản định danh điện tử mức độ "
    "2 (VNeID)")
add("coordinators", "biên soạn tài liệu hỏi đáp thì sở nội vụ phối hợp đơn vị nào (theo QĐ 146)",
    "Văn phòng Ủy ban nhân dân tỉnh.",
    ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 2.2",
    "chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh biên soạn Tài liệu hỏi - đáp về giải quyết TTHC và dịch vụ "
    "công trực tuyến cho người dân")
add("coordinators", "QĐ 146: những đơn vị nào phối hợp với UBND xã hỗ trợ dân nộp hồ sơ online",
    "Bưu điện tỉnh, Viễn thông Hàm Châu (VNPT Hàm Châu) và Viettel Hàm Châu phối hợp với UBND các xã, phường, tại "
    "Trung tâm PVHCC các xã, phường và thông qua Tổ công nghệ số cộng đồng.",
    ["Bưu điện tỉnh", "VNPT Hàm Châu", "Viettel Hàm Châu"], A, "Điều 2.7",
    "Bưu điện tỉnh, Viễn thông Hàm Châu (VNPT Hàm Châu), Viettel Hàm Châu phối hợp với Ủy ban nhân dân các xã, "
    "phường hỗ trợ người dân nộp hồ sơ trực tuyến")
add("coordinators", "rà soát cắt giảm, đơn giản hóa TTHC (PL I) cơ quan phối hợp là ai",
    "Sở Tư pháp; Văn phòng UBND tỉnh (các sở, ban, ngành tỉnh chủ trì).",
    ["Sở Tư pháp", "Văn phòng UBND tỉnh"], A, "Phụ lục I.I.1",
    "Tỷ lệ TTHC được rà soát, đề xuất cắt giảm, đơn giản hóa thành phần hồ sơ, thời gian giải quyết")
add("coordinators", "chỉ tiêu thanh toán trực tuyến phí lệ phí phối hợp với những ai",
    "Kho bạc Nhà nước khu vực; các ngân hàng thương mại (Sở Tài chính chủ trì).",
    ["Kho bạc Nhà nước khu vực", "các ngân hàng thương mại"], A, "Phụ lục I.II.3",
    "Tỷ lệ thanh toán trực tuyến phí, lệ phí")
add("coordinators", "khảo sát SIPAS trong phụ lục I ai phối hợp với sở nội vụ",
    "Trung tâm Phục vụ hành chính công tỉnh; Chi cục Thống kê tỉnh.",
    ["Chi cục Thống kê tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"], A, "Phụ lục I.IV.3",
    "Mức độ hài lòng của người dân, doanh nghiệp (khảo sát SIPAS của tỉnh)")
add("coordinators", "kết nối CSDL chuyên ngành với LGSP thì mấy sở nào phối hợp",
    "Sở Nông nghiệp và Môi trường; Sở Y tế; Sở Giáo dục và Đào tạo (Sở Khoa học và Công nghệ chủ trì).",
    ["Sở Nông nghiệp và Môi trường", "Sở Y tế", "Sở Giáo dục và Đào tạo"], A, "Phụ lục I.III.3",
    "Sở Nông nghiệp và Môi trường; Sở Y tế; Sở Giáo dục và Đào tạo")
add("coordinators", "bưu điện có tham gia chỉ tiêu hồ sơ toàn trình cấp tỉnh không",
    "Có, Bưu điện tỉnh là cơ quan phối hợp (cùng Sở Khoa học và Công nghệ) ở chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn "
    "trình của cơ quan cấp tỉnh.",
    ["Bưu điện tỉnh"], A, "Phụ lục I.II.2",
    "Sở Khoa học và Công nghệ; Bưu điện tỉnh")
add("coordinators", "bồi dưỡng kỹ năng số cho CBCCVC phối hợp với trường nào",
    "Trường Chính trị tỉnh (cùng Sở Khoa học và Công nghệ); Sở Nội vụ chủ trì.",
    ["Trường Chính trị tỉnh"], A, "Phụ lục I.IV.2",
    "Sở Khoa học và Công nghệ; Trường Chính trị tỉnh")
add("coordinators", "sửa lỗi đồng bộ hồ sơ thì SKHCN phối hợp với nhà mạng nào",
    "VNPT Hàm Châu.",
    ["VNPT Hàm Châu"], B, "3.a",
    "Chủ trì, phối hợp với VNPT Hàm Châu khắc phục dứt điểm lỗi đồng bộ trạng thái hồ sơ")
add("coordinators", "rà soát hồ sơ đất đai quá hạn thì sở NN&MT phối hợp với ai",
    "Ủy ban nhân dân các xã, phường và Văn phòng Đăng ký đất đai.",
    ["Văn phòng Đăng ký đất đai", "Ủy ban nhân dân các xã, phường"], B, "4",
    "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường và Văn phòng Đăng ký đất đai")
add("coordinators", "công an xã đẩy mạnh kích hoạt định danh mức 2 thì phối hợp với ai (công điện)",
    "Phối hợp với Ủy ban nhân dân cùng cấp.",
    ["Ủy ban nhân dân cùng cấp"], B, "6",
    "Công an tỉnh chỉ đạo Công an các xã, phường phối hợp với Ủy ban nhân dân cùng cấp")
add("coordinators", "tài liệu hỏi đáp: sở nội vụ phối hợp với đơn vị nào để biên soạn",
    "Văn phòng Ủy ban nhân dân tỉnh.",
    ["Văn phòng Ủy ban nhân dân tỉnh"], C, "preamble",
    "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh biên soạn Tài liệu hỏi - đáp (sau đây gọi tắt là "
    "Tài liệu)")
add("coordinators", "ngoài trung tâm ra thì bưu điện có hỗ trợ dvc trực tuyến ko",
    "Có: Điểm hỗ trợ DVCTT đặt tại bưu cục của Bưu điện tỉnh (hỗ trợ miễn phí).",
    ["bưu cục của Bưu điện tỉnh"], C, "Phần II.Câu 13",
    "Điểm hỗ trợ DVCTT đặt tại bưu cục của Bưu điện tỉnh.")

# ============================================================================================ timing
add("timing", "kế hoạch thực hiện chỉ tiêu của sở/xã phải ban hành trước ngày mấy",
    "Hoàn thành trước ngày 10 tháng 02 năm 2026, gửi Sở Nội vụ để theo dõi.",
    ["10 tháng 02 năm 2026"], A, "Điều 2.1.b",
    "hoàn thành trước ngày 10 tháng 02 năm 2026, gửi Sở Nội vụ để theo dõi")
add("timing", "hạn cuối đề xuất điều chỉnh chỉ tiêu QĐ 146 là khi nào",
    "Trước ngày 30 tháng 6 năm 2026 (văn bản gửi Sở Nội vụ); sau thời hạn này không điều chỉnh.",
    ["30 tháng 6 năm 2026"], A, "Điều 2.8",
    "đề xuất bằng văn bản gửi Sở Nội vụ trước ngày 30 tháng 6 năm 2026")
add("timing", "QĐ 146 yêu cầu tài liệu hỏi đáp phải xong khi nào",
    "Hoàn thành trong tháng 4 năm 2026.",
    ["tháng 4 năm 2026"], A, "Điều 2.2",
    "hoàn thành trong tháng 4 năm 2026")
add("timing", "4 xã có lộ trình riêng thì mốc giữa chừng là khi nào, phải bao nhiêu %",
    "Đến hết quý III năm 2026 đạt tối thiểu 60%, đến hết năm 2026 đạt chỉ tiêu tại Phụ lục II.",
    ["quý III năm 2026", "60%"], A, "Điều 1.3",
    "thực hiện theo lộ trình riêng: đến hết quý III năm 2026 đạt tối thiểu 60% và đến hết năm 2026 đạt chỉ tiêu tại "
    "Phụ lục II")
add("timing", "chỉ tiêu bồi dưỡng kỹ năng số hạn hoàn thành lúc nào",
    "Trước 30/11/2026.",
    ["Trước 30/11/2026"], A, "Phụ lục I.IV.2",
    "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số")
add("timing", "kết nối 15 CSDL lên LGSP hạn chót khi nào",
    "Trước 31/10/2026.",
    ["Trước 31/10/2026"], A, "Phụ lục I.III.3",
    "Trước 31/10/2026")
add("timing", "qđ giao chỉ tiêu cchc cđs 2026 có hiệu lực từ bao giờ",
    "Có hiệu lực kể từ ngày ký (ngày 20 tháng 01 năm 2026).",
    ["kể từ ngày ký"], A, "Điều 3",
    "Quyết định này có hiệu lực kể từ ngày ký.")
add("timing", "tái cấu trúc, tích hợp DVC lên cổng quốc gia (PL I) hạn lúc nào",
    "Trước 30/9/2026 (chỉ tiêu ≥ 120 dịch vụ).",
    ["Trước 30/9/2026"], A, "Phụ lục I.II.4",
    "Số dịch vụ công trực tuyến được tái cấu trúc quy trình, tích hợp lên Cổng Dịch vụ công quốc gia")
add("timing", "412 hồ sơ quá hạn trên 10 ngày phải xử lý xong trước ngày nào",
    "Trước ngày 30/9/2026; toàn bộ hồ sơ quá hạn còn lại trước ngày 15/10/2026.",
    ["30/9/2026", "15/10/2026"], B, "1.a",
    "giải quyết dứt điểm 412 hồ sơ quá hạn trên 10 ngày làm việc trước ngày 30/9/2026 và toàn bộ hồ sơ quá hạn còn "
    "lại trước ngày 15/10/2026")
add("timing", "đợt làm việc thứ 7 theo công điện kéo dài từ khi nào đến khi nào",
    "Từ ngày 03/10/2026 đến hết ngày 26/12/2026.",
    ["03/10/2026", "26/12/2026"], B, "1.đ",
    "từ ngày 03/10/2026 đến hết ngày 26/12/2026")
add("timing", "phương án tăng tốc của 6 xã nộp trước ngày mấy",
    "Trước ngày 25/9/2026, gửi Sở Nội vụ.",
    ["25/9/2026"], B, "2",
    "xây dựng phương án tăng tốc, gửi Sở Nội vụ trước ngày 25/9/2026")
add("timing", "hạn tập huấn online cho công chức tư pháp hộ tịch",
    "Trước ngày 10/10/2026, cho 100% công chức Tư pháp - Hộ tịch.",
    ["10/10/2026"], B, "5",
    "tổ chức tập huấn trực tuyến cho 100% công chức Tư pháp - Hộ tịch trước ngày 10/10/2026")
add("timing", "nhân lực bưu điện, vnpt, viettel hỗ trợ ở 6 xã từ ngày nào tới ngày nào",
    "Từ ngày 21/9/2026 đến ngày 31/12/2026.",
    ["21/9/2026", "31/12/2026"], B, "7",
    "từ ngày 21/9/2026 đến ngày 31/12/2026")
add("timing", "VP UBND báo cáo kết quả thực hiện công điện cho chủ tịch trước ngày nào",
    "Trước ngày 05/01/2027.",
    ["05/01/2027"], B, "8.c",
    "tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 05/01/2027")
add("timing", "40 dvc toàn trình mới phải đưa lên cổng quốc gia trong thời gian nào",
    "Trong quý IV năm 2026.",
    ["quý IV năm 2026"], B, "3.b",
    "đưa thêm tối thiểu 40 dịch vụ công trực tuyến toàn trình lên Cổng Dịch vụ công quốc gia trong quý IV năm 2026")
add("timing", "giảm 50% lệ phí khi nộp online áp dụng tới khi nào",
    "Từ ngày 01/01/2026 đến hết ngày 31/12/2027.",
    ["01/01/2026", "31/12/2027"], C, "Phần I.Câu 4",
    "từ ngày 01/01/2026 đến hết ngày 31/12/2027")
add("timing", "nộp online xong bao lâu thì trung tâm kiểm tra hồ sơ",
    "Chậm nhất 01 ngày làm việc kể từ khi hệ thống ghi nhận hồ sơ, công chức phải kiểm tra và thông báo (tiếp nhận, "
    "yêu cầu bổ sung hoặc từ chối có lý do).",
    ["01 ngày làm việc"], C, "Phần II.Câu 12",
    "Chậm nhất 01 ngày làm việc kể từ khi hệ thống ghi nhận hồ sơ, công chức Trung tâm PVHCC phải kiểm tra và thông "
    "báo cho người nộp")
add("timing", "hồ sơ trễ hẹn thì cơ quan phải gửi thư xin lỗi trước bao lâu",
    "Chậm nhất 01 ngày làm việc trước ngày hẹn trả kết quả, kèm lý do và hẹn lại thời gian trả kết quả.",
    ["01 ngày làm việc"], C, "Phần IV.Câu 21",
    "Chậm nhất 01 ngày làm việc trước ngày hẹn trả kết quả, cơ quan giải quyết phải gửi văn bản xin lỗi người dân")
add("timing", "nộp online lúc 9h tối thì tính từ ngày nào",
    "Hồ sơ nộp sau 17 giờ 00 (hoặc vào ngày nghỉ) được tính từ ngày làm việc tiếp theo.",
    ["sau 17 giờ 00", "ngày làm việc tiếp theo"], C, "Phần I.Câu 3",
    "hồ sơ nộp sau 17 giờ 00 hoặc vào ngày nghỉ được tính từ ngày làm việc tiếp theo")

# ========================================================================================= frequency
add("frequency", "sở, xã báo cáo kết quả chỉ tiêu bao lâu 1 lần, hạn ngày nào",
    "Hằng tháng, trên Hệ thống thông tin báo cáo của tỉnh trước ngày 22 của tháng; báo cáo quý lồng ghép trong báo "
    "cáo CCHC định kỳ.",
    ["hằng tháng", "trước ngày 22"], A, "Điều 2.1.c",
    "Báo cáo kết quả thực hiện chỉ tiêu hằng tháng trên Hệ thống thông tin báo cáo của tỉnh trước ngày 22 của tháng")
add("frequency", "SNV tổng hợp báo cáo chủ tịch về chỉ tiêu CCHC định kỳ thế nào",
    "Định kỳ hằng quý, trước ngày 05 của tháng đầu quý sau.",
    ["hằng quý", "trước ngày 05 của tháng đầu quý sau"], A, "Điều 2.2",
    "định kỳ hằng quý tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 05 của tháng đầu quý sau")
add("frequency", "kết quả thực hiện chỉ tiêu được công khai bao lâu một lần",
    "Mỗi tháng, vào tuần đầu tiên của tháng, trên Cổng thông tin điện tử tỉnh.",
    ["tuần đầu tiên của tháng"], A, "Điều 2.4",
    "trên Cổng thông tin điện tử tỉnh vào tuần đầu tiên của tháng")
add("frequency", "tỷ lệ giải quyết đúng hạn cấp tỉnh 99% thì theo dõi theo kỳ nào (PL I)",
    "Thời hạn ghi “Hằng tháng”; chỉ tiêu ≥ 99% (năm 2025: 97,1%).",
    ["Hằng tháng"], A, "Phụ lục I.I.3",
    "Tỷ lệ hồ sơ giải quyết đúng hạn (cơ quan cấp tỉnh)")
add("frequency", "báo cáo xử lý hồ sơ quá hạn theo công điện nộp hằng tuần hay hằng tháng",
    "Hằng tuần, trước 15 giờ 00 ngày thứ Sáu, gửi Văn phòng UBND tỉnh qua Hệ thống quản lý văn bản và điều hành.",
    ["hằng tuần", "15 giờ 00 ngày thứ Sáu"], B, "1.d",
    "Báo cáo kết quả xử lý hồ sơ quá hạn hằng tuần, trước 15 giờ 00 ngày thứ Sáu, về Văn phòng Ủy ban nhân dân tỉnh")
add("frequency", "danh sách hồ sơ quá hạn được cập nhật công khai vào thứ mấy",
    "Vào thứ Hai hằng tuần, trên Cổng thông tin điện tử tỉnh.",
    ["thứ Hai hằng tuần"], B, "8.a",
    "trên Cổng thông tin điện tử tỉnh vào thứ Hai hằng tuần")
add("frequency", "công an xã làm cao điểm VNeID vào những ngày nào",
    "Thứ Bảy, Chủ nhật hằng tuần trong tháng 10 và tháng 11 năm 2026.",
    ["thứ Bảy, Chủ nhật hằng tuần"], B, "6",
    "tổ chức các đợt cao điểm vào thứ Bảy, Chủ nhật hằng tuần trong tháng 10 và tháng 11 năm 2026")
add("frequency", "hệ thống giải quyết TTHC phải chạy liên tục tới mức nào",
    "Duy trì hệ thống hoạt động liên tục 24/7.",
    ["24/7"], B, "3.c",
    "duy trì hệ thống hoạt động liên tục 24/7")
add("frequency", "sipas tỉnh khảo sát mấy lần 1 năm",
    "Mỗi năm một lần, vào quý IV.",
    ["mỗi năm một lần"], C, "Phần IV.Câu 19",
    "Sở Nội vụ tổ chức khảo sát SIPAS của tỉnh mỗi năm một lần vào quý IV")
add("frequency", "kết quả đánh giá hài lòng của dân có công khai ko, bao lâu 1 lần",
    "Có, công khai hằng tháng trên Cổng Dịch vụ công tỉnh.",
    ["hằng tháng"], C, "Phần IV.Câu 19",
    "Kết quả đánh giá được công khai hằng tháng trên Cổng Dịch vụ công tỉnh.")
add("frequency", "nộp hồ sơ online có giới hạn giờ không",
    "Không: hồ sơ trực tuyến được tiếp nhận 24 giờ trong ngày, 07 ngày trong tuần.",
    ["24 giờ trong ngày, 07 ngày trong tuần"], C, "Phần I.Câu 3",
    "Hồ sơ nộp trực tuyến được tiếp nhận 24 giờ trong ngày, 07 ngày trong tuần")
add("frequency", "ds hồ sơ trễ hạn từng cơ quan công khai định kỳ ra sao (tài liệu hỏi đáp)",
    "Hằng tháng, trên Cổng thông tin điện tử tỉnh.",
    ["hằng tháng"], C, "Phần IV.Câu 21",
    "Danh sách hồ sơ trễ hạn của từng cơ quan, đơn vị, địa phương được công khai hằng tháng trên Cổng thông tin điện "
    "tử tỉnh.")

# ============================================================================================== fact
# ---- A
add("fact", "ai ký QĐ 146 vậy",
    "Phó Chủ tịch UBND tỉnh Âu Minh Trọng ký thay Chủ tịch (KT. CHỦ TỊCH, PHÓ CHỦ TỊCH).",
    ["Âu Minh Trọng", "PHÓ CHỦ TỊCH"], A, "signature",
    "Âu Minh Trọng")
add("fact", "năm 2026 toàn tỉnh phải đạt bao nhiêu % hồ sơ nộp trực tuyến",
    "Tối thiểu 85% (trong đó toàn trình tối thiểu 60%), tính đến ngày 31/12/2026.",
    ["85%", "60%"], A, "Điều 1.1.a",
    "được tiếp nhận trực tuyến trên tổng số hồ sơ đạt tối thiểu 85%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt "
    "tối thiểu 60%")
add("fact", "mục tiêu PAR INDEX 2026 của tỉnh thế nào",
    "Tăng ít nhất 03 bậc so với năm 2025.",
    ["03 bậc"], A, "Điều 1.1.e",
    "Chỉ số cải cách hành chính (PAR INDEX) của tỉnh năm 2026 tăng ít nhất 03 bậc so với năm 2025")
add("fact", "link xem số liệu dvc theo thời gian thực là gì",
    "https://baocao.hamchau.gov.vn (Sở Khoa học và Công nghệ cung cấp).",
    ["https://baocao.hamchau.gov.vn"], A, "Điều 2.3",
    "cung cấp số liệu theo thời gian thực tại địa chỉ https://baocao.hamchau.gov.vn")
add("fact", "phường Vọng Giang được giao chỉ tiêu hồ sơ trực tuyến 2026 bao nhiêu %",
    "90% (năm 2025 thực hiện 79,1%).",
    ["90", "79,1"], A, "Phụ lục II.A.2",
    "Phường Vọng Giang")
add("fact", "xã Pác Nặm năm 2025 tỷ lệ hs trực tuyến được bao nhiêu",
    "38,9% (chỉ tiêu năm 2026: 72%).",
    ["38,9"], A, "Phụ lục II.B.15",
    "Xã Pác Nặm")
add("fact", "tổng số tài khoản VNeID mức 2 phải kích hoạt mới ở các xã phường năm 2026",
    "36.600 tài khoản (dòng Tổng cộng của Phụ lục II).",
    ["36.600"], A, "Phụ lục II",
    "Tài khoản VNeID mức độ 2 kích hoạt mới (tài khoản)")
add("fact", "xã Mường Khoa phải có tối thiểu mấy thành viên tổ công nghệ số cộng đồng",
    "26 người.",
    ["26"], A, "Phụ lục II.B.8",
    "Xã Mường Khoa")
add("fact", "“các sở, ban, ngành tỉnh” trong phụ lục I gồm bao nhiêu cơ quan",
    "14 cơ quan chuyên môn thuộc UBND tỉnh và 03 cơ quan ngành dọc có TTHC tiếp nhận tại Trung tâm Phục vụ hành "
    "chính công tỉnh.",
    ["14 cơ quan chuyên môn", "03 cơ quan ngành dọc"], A, "Phụ lục I",
    "“Các sở, ban, ngành tỉnh” gồm 14 cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và 03 cơ quan ngành dọc có TTHC "
    "tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh")
add("fact", "tỷ lệ hồ sơ trực tuyến của khối cơ quan cấp tỉnh năm 2025 được bao nhiêu, 2026 giao bao nhiêu",
    "Năm 2025: 78,6%; chỉ tiêu năm 2026: ≥ 90%.",
    ["78,6", "≥ 90"], A, "Phụ lục I.II.1",
    "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận (cơ quan cấp tỉnh)")
add("fact", "số dvc được tái cấu trúc quy trình năm 2025 là bao nhiêu",
    "64 dịch vụ; chỉ tiêu năm 2026 là ≥ 120.",
    ["64", "≥ 120"], A, "Phụ lục I.II.4",
    "Số dịch vụ công trực tuyến được tái cấu trúc quy trình, tích hợp lên Cổng Dịch vụ công quốc gia")
add("fact", "QĐ 146 ban hành theo đề nghị ở tờ trình nào",
    "Tờ trình liên ngành số 07/TTrLN-SNV-SKHCN ngày 12/01/2026 của Giám đốc Sở Nội vụ và Giám đốc Sở Khoa học và "
    "Công nghệ.",
    ["07/TTrLN-SNV-SKHCN"], A, "preamble",
    "tại Tờ trình liên ngành số 07/TTrLN-SNV-SKHCN ngày 12 tháng 01 năm 2026")
add("fact", "điểm bộ chỉ số 766 của khối sở năm 2025 bao nhiêu",
    "84,3 điểm; chỉ tiêu năm 2026 là ≥ 90 điểm.",
    ["84,3"], A, "Phụ lục I.II.5",
    "Điểm đánh giá theo Bộ chỉ số 766 (khối sở, ban, ngành)")
add("fact", "qua tháng 7 rồi có xin điều chỉnh chỉ tiêu đc nữa ko",
    "Không. Đề xuất điều chỉnh phải gửi Sở Nội vụ trước ngày 30/6/2026; sau thời hạn này không điều chỉnh chỉ tiêu.",
    ["không điều chỉnh chỉ tiêu"], A, "Điều 2.8",
    "sau thời hạn này không điều chỉnh chỉ tiêu")
add("fact", "tỷ lệ văn bản ký số năm 2025 đạt bao nhiêu",
    "97,5%; chỉ tiêu năm 2026 là 100% (trừ văn bản mật).",
    ["97,5"], A, "Phụ lục I.IV.1",
    "Tỷ lệ văn bản điện tử được ký số, gửi nhận trên hệ thống quản lý văn bản (trừ văn bản mật)")
add("fact", "kết quả thực hiện chỉ tiêu có ảnh hưởng xếp loại người đứng đầu ko",
    "Có: kết quả thực hiện là căn cứ đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2026 của tập thể và người "
    "đứng đầu.",
    ["căn cứ đánh giá, xếp loại"], A, "Điều 2.1.a",
    "kết quả thực hiện là căn cứ đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2026 của tập thể và người đứng đầu")
# ---- B
add("fact", "công điện xử lý hồ sơ quá hạn số mấy, ngày nào",
    "Công điện số 05/CĐ-UBND ngày 14 tháng 9 năm 2026 của Chủ tịch UBND tỉnh Hàm Châu.",
    ["05/CĐ-UBND", "14 tháng 9 năm 2026"], B, "header",
    "Hàm Châu, ngày 14 tháng 9 năm 2026")
add("fact", "công điện 05 do ai ký",
    "Chủ tịch UBND tỉnh Khúc Văn Thịnh (CHỦ TỊCH).",
    ["Khúc Văn Thịnh"], B, "signature",
    "Khúc Văn Thịnh")
add("fact", "tính tới 31/8/2026 toàn tỉnh nhận bao nhiêu hồ sơ, bao nhiêu nộp online",
    "214.380 hồ sơ, trong đó 158.640 hồ sơ nộp trực tuyến, đạt 74,0%.",
    ["214.380", "158.640", "74,0%"], B, "preamble",
    "toàn tỉnh tiếp nhận 214.380 hồ sơ thủ tục hành chính (sau đây viết tắt là TTHC), trong đó 158.640 hồ sơ nộp "
    "trực tuyến, đạt 74,0%")
add("fact", "hồ sơ quá hạn tập trung ở lĩnh vực nào",
    "Lĩnh vực đất đai (chiếm 63%) và hộ tịch.",
    ["đất đai", "63%", "hộ tịch"], B, "preamble",
    "tập trung ở lĩnh vực đất đai (chiếm 63%) và hộ tịch")
add("fact", "đến cuối tháng 8 tỷ lệ giải quyết đúng hạn toàn tỉnh bao nhiêu",
    "96,2% (tỷ lệ hồ sơ trực tuyến toàn trình 46,3%).",
    ["96,2%"], B, "preamble",
    "tỷ lệ giải quyết đúng hạn đạt 96,2%")
add("fact", "theo phụ lục công điện xã nào thấp nhất về tỷ lệ hồ sơ online",
    "Xã Pác Nặm, 47,5% (chỉ tiêu năm 2026: 72%).",
    ["Xã Pác Nặm", "47,5"], B, "Phụ lục.1",
    "Xã Pác Nặm")
add("fact", "khối xã phường 8 tháng đầu năm nhận tổng bao nhiêu hồ sơ",
    "124.800 hồ sơ, trong đó 89.416 hồ sơ trực tuyến (71,6%).",
    ["124.800", "89.416", "71,6"], B, "Phụ lục",
    "(Số liệu từ ngày 01/01/2026 đến hết ngày 31/8/2026; xếp theo tỷ lệ hồ sơ trực tuyến từ thấp đến cao)")
add("fact", "khuổi lừa có bn hồ sơ quá hạn trên 10 ngày",
    "21 hồ sơ (tổng số hồ sơ quá hạn: 48).",
    ["21", "48"], B, "Phụ lục.4",
    "Xã Khuổi Lừa")
add("fact", "đường dây nóng phản ánh hồ sơ quá hạn số mấy",
    "0257 6 250 250 (ngoài ra có tài khoản Zalo “Hành chính công Hàm Châu”).",
    ["0257 6 250 250"], B, "8.b",
    "Duy trì đường dây nóng 0257 6 250 250")
add("fact", "ai được miễn cước bưu chính công ích theo công điện",
    "Người thuộc hộ nghèo và người từ đủ 75 tuổi trở lên (theo chương trình hỗ trợ của Bưu điện tỉnh).",
    ["hộ nghèo", "75 tuổi"], B, "7",
    "miễn cước cho người thuộc hộ nghèo và người từ đủ 75 tuổi trở lên theo chương trình hỗ trợ của Bưu điện tỉnh")
add("fact", "theo công điện cơ quan được bắt dân bổ sung hồ sơ mấy lần",
    "Chỉ yêu cầu bổ sung, hoàn thiện hồ sơ 01 lần; không yêu cầu nộp bản giấy với thành phần đã số hóa hoặc đã có "
    "trong cơ sở dữ liệu.",
    ["01 lần"], B, "1.b",
    "chỉ yêu cầu bổ sung, hoàn thiện hồ sơ 01 lần")
add("fact", "số liệu phụ lục công điện trích xuất ngày nào, từ hệ thống nào",
    "Trích xuất ngày 01/9/2026 từ Hệ thống thông tin giải quyết TTHC tỉnh.",
    ["01/9/2026"], B, "Phụ lục",
    "Nguồn số liệu: Hệ thống thông tin giải quyết TTHC tỉnh, trích xuất ngày 01/9/2026.")
add("fact", "người đứng đầu bị xem xét trách nhiệm khi nào (công điện 05)",
    "Khi cơ quan, đơn vị, địa phương còn từ 20 hồ sơ quá hạn trên 10 ngày làm việc trở lên tại thời điểm ngày "
    "15/10/2026.",
    ["20 hồ sơ", "15/10/2026"], B, "9",
    "còn từ 20 hồ sơ quá hạn trên 10 ngày làm việc trở lên tại thời điểm ngày 15/10/2026")
add("fact", "công điện nói có bao nhiêu xã tỷ lệ online dưới 60%",
    "06 xã.",
    ["06 xã"], B, "preamble",
    "Có 06 xã có tỷ lệ hồ sơ trực tuyến dưới 60% (chi tiết tại Phụ lục kèm theo)")
add("fact", "hồ sơ giấy ở trung tâm xã bị cập nhật lên hệ thống chậm mấy ngày",
    "Chậm từ 02 đến 05 ngày (tiếp nhận hồ sơ giấy rồi mới số hóa).",
    ["từ 02 đến 05 ngày"], B, "preamble",
    "còn tiếp nhận hồ sơ giấy rồi mới số hóa, cập nhật lên hệ thống chậm từ 02 đến 05 ngày")
add("fact", "phường lạc thịnh tỷ lệ toàn trình 8 tháng là bao nhiêu",
    "52,0%.",
    ["52,0"], B, "Phụ lục.13",
    "Phường Lạc Thịnh")
# ---- C
add("fact", "tài liệu hỏi đáp ban hành kèm văn bản nào",
    "Kèm theo Công văn số 612/SNV-CCHC ngày 15 tháng 4 năm 2026 của Sở Nội vụ tỉnh Hàm Châu.",
    ["612/SNV-CCHC", "15 tháng 4 năm 2026"], C, "header",
    "(Kèm theo Công văn số 612/SNV-CCHC ngày 15 tháng 4 năm 2026 của Sở Nội vụ tỉnh Hàm Châu)")
add("fact", "tài liệu hỏi đáp có bao nhiêu câu",
    "24 câu hỏi thường gặp.",
    ["24 câu hỏi"], C, "preamble",
    "gồm 24 câu hỏi thường gặp của người dân, doanh nghiệp")
add("fact", "tài liệu hỏi đáp đăng ở web nào",
    "Chuyên mục “Hỏi - đáp” trên Cổng thông tin điện tử Sở Nội vụ (https://sonoivu.hamchau.gov.vn).",
    ["https://sonoivu.hamchau.gov.vn"], C, "preamble",
    "Tài liệu được đăng tải tại chuyên mục “Hỏi - đáp” trên Cổng thông tin điện tử Sở Nội vụ "
    "(https://sonoivu.hamchau.gov.vn)")
add("fact", "link cổng dvc của tỉnh là gì",
    "https://dichvucong.hamchau.gov.vn",
    ["https://dichvucong.hamchau.gov.vn"], C, "Phần I.Câu 1",
    "Nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công tỉnh tại địa chỉ "
    "https://dichvucong.hamchau.gov.vn")
add("fact", "giảm lệ phí nộp online áp dụng cho bao nhiêu TTHC, theo nghị quyết nào",
    "36 TTHC, theo Nghị quyết số 19/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh.",
    ["36 TTHC", "19/2025/NQ-HĐND"], C, "Phần I.Câu 4",
    "Theo Nghị quyết số 19/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh")
add("fact", "đăng nhập cổng dvc quốc gia dùng tài khoản gì",
    "Công dân dùng tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID; tổ chức, doanh nghiệp dùng tài khoản "
    "định danh điện tử của tổ chức.",
    ["mức độ 2", "VNeID"], C, "Phần II.Câu 7",
    "Công dân Việt Nam đăng nhập bằng tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID.")
add("fact", "nộp online toàn trình rồi có phải mang giấy lên nộp lại ko",
    "Không, với DVCTT toàn trình người dân không phải nộp lại hồ sơ giấy.",
    ["không phải nộp lại hồ sơ giấy"], C, "Phần II.Câu 9",
    "Đối với DVCTT toàn trình, người dân không phải nộp lại hồ sơ giấy.")
add("fact", "nhận kết quả qua bưu điện thì ai trả tiền cước",
    "Người sử dụng dịch vụ trả cước theo bảng giá của Bưu điện tỉnh; việc dùng BCCI là tự nguyện.",
    ["người sử dụng dịch vụ trả cước"], C, "Phần III.Câu 15",
    "Việc sử dụng BCCI là tự nguyện; người sử dụng dịch vụ trả cước theo bảng giá của Bưu điện tỉnh.")
add("fact", "số đt bưu điện tỉnh để hỏi gửi hồ sơ qua BCCI",
    "0257 6 888 150.",
    ["0257 6 888 150"], C, "Phần V.Câu 24",
    "0257 6 888 150")
add("fact", "toàn tỉnh có bao nhiêu thành viên tổ CNSCĐ",
    "401 thành viên theo chỉ tiêu năm 2026.",
    ["401 thành viên"], C, "Phần II.Câu 13",
    "toàn tỉnh có 401 thành viên theo chỉ tiêu năm 2026")
add("fact", "ra trung tâm nhờ hướng dẫn hồ sơ có mất tiền ko",
    "Không, việc tiếp nhận, hướng dẫn hồ sơ tại Trung tâm PVHCC không thu bất kỳ khoản tiền nào.",
    ["không thu bất kỳ khoản tiền nào"], C, "Phần I.Câu 4",
    "Việc tiếp nhận, hướng dẫn hồ sơ tại Trung tâm PVHCC không thu bất kỳ khoản tiền nào.")
add("fact", "sáng thứ 7 nộp hồ sơ có được giải quyết luôn trong ngày ko",
    "Không, sáng thứ Bảy Trung tâm chỉ tiếp nhận hồ sơ và trả kết quả, không giải quyết hồ sơ trong ngày.",
    ["không giải quyết hồ sơ trong ngày"], C, "Phần I.Câu 3",
    "Vào sáng thứ Bảy, Trung tâm chỉ tiếp nhận hồ sơ và trả kết quả, không giải quyết hồ sơ trong ngày.")
add("fact", "hồ sơ có báo qua zalo nào ko",
    "Có, qua tài khoản Zalo “Hành chính công Hàm Châu” (cùng tin nhắn SMS) khi hồ sơ được tiếp nhận, khi có yêu cầu "
    "bổ sung và khi có kết quả.",
    ["Hành chính công Hàm Châu"], C, "Phần II.Câu 11",
    "Hệ thống tự động gửi tin nhắn SMS và thông báo qua tài khoản Zalo “Hành chính công Hàm Châu”")
add("fact", "trả phí online xong có phải in biên lai giấy ko",
    "Không, biên lai điện tử được gửi vào tài khoản của người nộp.",
    ["biên lai điện tử"], C, "Phần II.Câu 10",
    "Biên lai điện tử được gửi vào tài khoản của người nộp; không phải in biên lai giấy.")
add("fact", "bưu điện tỉnh có email đầu mối để hỏi về BCCI không",
    "Không có; bảng đầu mối chỉ ghi điện thoại 0257 6 888 150 cho Bưu điện tỉnh.",
    ["Không có"], C, "Phần V.Câu 24",
    "Không có")
add("fact", "phản ánh cán bộ thì có bị lộ thông tin cá nhân ko",
    "Không, người phản ánh được giữ bí mật thông tin cá nhân.",
    ["giữ bí mật thông tin cá nhân"], C, "Phần IV.Câu 20",
    "người phản ánh được giữ bí mật thông tin cá nhân")
add("fact", "cuối tài liệu hỏi đáp đứng tên cơ quan nào",
    "SỞ NỘI VỤ TỈNH HÀM CHÂU.",
    ["SỞ NỘI VỤ TỈNH HÀM CHÂU"], C, "signature",
    "SỞ NỘI VỤ TỈNH HÀM CHÂU")
add("fact", "tỉnh có bao nhiêu trung tâm pvhcc cấp xã",
    "16 xã, phường có Trung tâm PVHCC (04 phường, 12 xã).",
    ["16 xã, phường", "04 phường, 12 xã"], C, "Phần I.Câu 1",
    "Nộp trực tiếp tại Trung tâm PVHCC của 16 xã, phường (04 phường, 12 xã)")

# ====================================================================================== abbreviation
add("abbreviation", "CĐS trong QĐ 146 là viết tắt của gì",
    "Chuyển đổi số.",
    ["chuyển đổi số"], A, "Điều 1",
    "chuyển đổi số (sau đây viết tắt là CĐS)")
add("abbreviation", "DTI là chỉ số gì, QĐ 146 đặt mục tiêu ra sao",
    "DTI là Chỉ số đánh giá chuyển đổi số; mục tiêu DTI cấp tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu.",
    ["Chỉ số đánh giá chuyển đổi số", "nhóm 20 tỉnh, thành phố dẫn đầu"], A, "Điều 1.1.e",
    "Chỉ số đánh giá chuyển đổi số (DTI) cấp tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu")
add("abbreviation", "LGSP là gì vậy mn",
    "Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP).",
    ["Nền tảng tích hợp, chia sẻ dữ liệu"], A, "Phụ lục I.III.3",
    "Số cơ sở dữ liệu chuyên ngành được kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP)")
add("abbreviation", "“bộ chỉ số 766” là bộ chỉ số gì",
    "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ "
    "công theo thời gian thực trên môi trường điện tử, phê duyệt tại Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ "
    "tướng Chính phủ.",
    ["766/QĐ-TTg"], A, "preamble",
    "Căn cứ Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, "
    "điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp")
add("abbreviation", "TTHC trong công điện 05 là viết tắt của gì",
    "Thủ tục hành chính.",
    ["thủ tục hành chính"], B, "preamble",
    "toàn tỉnh tiếp nhận 214.380 hồ sơ thủ tục hành chính (sau đây viết tắt là TTHC)")
add("abbreviation", "BCCI trong tài liệu hỏi đáp là gì",
    "Dịch vụ bưu chính công ích.",
    ["Dịch vụ bưu chính công ích"], C, "preamble",
    "Dịch vụ bưu chính công ích")
add("abbreviation", "tổ CNSCĐ là tổ gì",
    "Tổ công nghệ số cộng đồng.",
    ["Tổ công nghệ số cộng đồng"], C, "preamble",
    "Tổ công nghệ số cộng đồng")
add("abbreviation", "SIPAS là chỉ số gì vậy",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
    ["Chỉ số hài lòng của người dân, tổ chức"], C, "preamble",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước")
add("abbreviation", "CSDLQG viết tắt gì",
    "Cơ sở dữ liệu quốc gia.",
    ["Cơ sở dữ liệu quốc gia"], C, "preamble",
    "Cơ sở dữ liệu quốc gia")
add("abbreviation", "trung tâm PVHCC là gì",
    "Trung tâm Phục vụ hành chính công.",
    ["Trung tâm Phục vụ hành chính công"], C, "preamble",
    "Trung tâm Phục vụ hành chính công")

# ============================================================================================== list
add("list", "4 xã nào có tỷ lệ hs online 2025 dưới 50% phải theo lộ trình riêng",
    "Xã Mường Khoa, xã Bản Piềng, xã Pác Nặm, xã Khuổi Lừa.",
    ["Mường Khoa", "Bản Piềng", "Khuổi Lừa"], A, "Điều 1.3",
    "Các xã có tỷ lệ hồ sơ trực tuyến năm 2025 dưới 50% (xã Mường Khoa, xã Bản Piềng, xã Pác Nặm, xã Khuổi Lừa) "
    "thực hiện theo lộ trình riêng")
add("list", "phụ lục I chia thành mấy nhóm chỉ tiêu, là những nhóm gì",
    "4 nhóm: I. Cải cách thủ tục hành chính; II. Dịch vụ công trực tuyến; III. Số hóa và dữ liệu; IV. Chuyển đổi số "
    "nội bộ và sự hài lòng.",
    ["Số hóa và dữ liệu", "Chuyển đổi số nội bộ và sự hài lòng"], A, "Phụ lục I",
    "CHUYỂN ĐỔI SỐ NỘI BỘ VÀ SỰ HÀI LÒNG")
add("list", "03 cơ quan ngành dọc tính trong “các sở ban ngành tỉnh” là cơ quan nào",
    "Công an tỉnh, Bảo hiểm xã hội tỉnh, Thuế tỉnh.",
    ["Công an tỉnh", "Bảo hiểm xã hội tỉnh", "Thuế tỉnh"], A, "Phụ lục I",
    "(Công an tỉnh, Bảo hiểm xã hội tỉnh, Thuế tỉnh)")
add("list", "phụ lục II QĐ 146 có những phường nào",
    "Phường Hàm Châu, Phường Vọng Giang, Phường Cầu Tre, Phường Lạc Thịnh.",
    ["Vọng Giang", "Cầu Tre", "Lạc Thịnh"], A, "Phụ lục II.A",
    "CÁC PHƯỜNG")
add("list", "6 xã dưới 60% trong công điện là những xã nào",
    "Mường Khoa, Bản Piềng, Pác Nặm, Khuổi Lừa, Nà Sáng, Hòa Thắm.",
    ["Nà Sáng", "Hòa Thắm", "Mường Khoa"], B, "2",
    "(Mường Khoa, Bản Piềng, Pác Nặm, Khuổi Lừa, Nà Sáng, Hòa Thắm)")
add("list", "công điện 05 gửi cho những ai",
    "Giám đốc các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường; Giám đốc Công an tỉnh; Giám đốc Bưu điện tỉnh, "
    "Giám đốc VNPT Hàm Châu, Giám đốc Viettel Hàm Châu.",
    ["Giám đốc Công an tỉnh", "Giám đốc Bưu điện tỉnh"], B, "header",
    "Giám đốc Công an tỉnh;")
add("list", "ưu tiên lĩnh vực nào khi đưa thêm dvc toàn trình quý IV",
    "Hộ tịch, đất đai, người có công.",
    ["hộ tịch, đất đai, người có công"], B, "3.b",
    "ưu tiên các lĩnh vực hộ tịch, đất đai, người có công")
add("list", "có những cách nào để nộp hồ sơ TTHC",
    "4 cách: trực tiếp tại Trung tâm PVHCC tỉnh; trực tiếp tại Trung tâm PVHCC của 16 xã, phường; trực tuyến trên "
    "Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công tỉnh; gửi qua BCCI tại bưu cục, điểm Bưu điện - Văn hóa xã.",
    ["Cổng Dịch vụ công quốc gia", "điểm Bưu điện - Văn hóa xã"], C, "Phần I.Câu 1",
    "Gửi hồ sơ qua BCCI tại bưu cục, điểm Bưu điện - Văn hóa xã.")
add("list", "thanh toán phí online bằng những cách nào",
    "Ứng dụng ngân hàng (Mobile Banking), quét mã QR, ví điện tử kết nối với Cổng Dịch vụ công quốc gia, thẻ ngân "
    "hàng nội địa hoặc thẻ quốc tế.",
    ["Mobile Banking", "Ví điện tử", "thẻ quốc tế"], C, "Phần II.Câu 10",
    "Ứng dụng ngân hàng trên điện thoại (Mobile Banking);")
add("list", "khu tự phục vụ ở trung tâm có những thiết bị gì",
    "Máy tính kết nối Internet, máy quét tài liệu và máy in; ki-ốt tra cứu TTHC và tình trạng hồ sơ; mạng Wi-Fi "
    "miễn phí; thiết bị đánh giá mức độ hài lòng tại quầy.",
    ["Ki-ốt tra cứu", "Wi-Fi miễn phí", "máy quét tài liệu"], C, "Phần III.Câu 17",
    "Máy tính kết nối Internet, máy quét tài liệu và máy in;")
add("list", "bị cán bộ gây khó dễ thì phản ánh qua những kênh nào",
    "Đường dây nóng Trung tâm PVHCC tỉnh 0257 6 250 250; chức năng “Phản ánh, kiến nghị” trên Cổng Dịch vụ công quốc "
    "gia; Zalo “Hành chính công Hàm Châu”; hòm thư góp ý đặt tại các Trung tâm PVHCC.",
    ["0257 6 250 250", "Hòm thư góp ý"], C, "Phần IV.Câu 20",
    "Hòm thư góp ý đặt tại các Trung tâm PVHCC.")
add("list", "trung tâm pvhcc xã có những nhiệm vụ gì",
    "Hướng dẫn, tiếp nhận, số hóa hồ sơ và trả kết quả; theo dõi, đôn đốc giải quyết đúng hạn và gửi thư xin lỗi khi "
    "quá hạn; hỗ trợ nộp hồ sơ trực tuyến, kích hoạt và sử dụng tài khoản VNeID; tiếp nhận phản ánh, kiến nghị.",
    ["gửi thư xin lỗi", "kích hoạt và sử dụng tài khoản VNeID"], C, "Phần III.Câu 14",
    "Hỗ trợ người dân nộp hồ sơ trực tuyến, kích hoạt và sử dụng tài khoản VNeID;")

# ==================================================================================== cross_document
add("cross_document", "QĐ 146 giao làm tài liệu hỏi đáp xong trong tháng 4, Sở Nội vụ phát hành chưa, kèm công văn nào",
    "Rồi. QĐ 146 giao hoàn thành trong tháng 4 năm 2026; Tài liệu hỏi - đáp được ban hành kèm theo Công văn số "
    "612/SNV-CCHC ngày 15/4/2026 của Sở Nội vụ, tức là đúng hạn.",
    ["tháng 4 năm 2026", "612/SNV-CCHC"], [A, C], ["Điều 2.2", "header"],
    ["hoàn thành trong tháng 4 năm 2026",
     "(Kèm theo Công văn số 612/SNV-CCHC ngày 15 tháng 4 năm 2026 của Sở Nội vụ tỉnh Hàm Châu)"])
add("cross_document", "tài liệu hỏi đáp nói trung tâm xã ko làm thứ 7, vậy tháng 11/2026 xã có làm thứ 7 ko",
    "Có. Bình thường Trung tâm PVHCC 12 xã “Không làm việc” sáng thứ Bảy (Tài liệu hỏi - đáp), nhưng Công điện "
    "05/CĐ-UBND yêu cầu bố trí công chức làm việc cả ngày thứ Bảy tại Trung tâm tỉnh và các xã, phường từ ngày "
    "03/10/2026 đến hết ngày 26/12/2026.",
    ["Không làm việc", "03/10/2026", "26/12/2026"], [C, B], ["Phần I.Câu 3", "1.đ"],
    ["Không làm việc (trừ khi có thông báo của Ủy ban nhân dân xã)",
     "từ ngày 03/10/2026 đến hết ngày 26/12/2026"])
add("cross_document", "xã Pác Nặm được giao bao nhiêu % online năm 2026, tới 31/8 đạt được bao nhiêu rồi",
    "Chỉ tiêu năm 2026 là 72% (Phụ lục II QĐ 146); đến hết 31/8/2026 mới đạt 47,5% (Phụ lục Công điện 05), thấp "
    "nhất tỉnh.",
    ["72", "47,5"], [A, B], ["Phụ lục II.B.15", "Phụ lục.1"],
    ["Xã Pác Nặm", "Xã Pác Nặm"])
add("cross_document", "mường khoa theo lộ trình riêng phải đạt 60% hết quý III, số liệu tới 31/8 được bao nhiêu",
    "QĐ 146 yêu cầu đến hết quý III năm 2026 đạt tối thiểu 60%; theo Phụ lục Công điện 05, đến 31/8/2026 Xã Mường "
    "Khoa đạt 52,1%, vẫn dưới 60%.",
    ["quý III năm 2026", "52,1"], [A, B], ["Điều 1.3", "Phụ lục.3"],
    ["đến hết quý III năm 2026 đạt tối thiểu 60%", "Xã Mường Khoa"])
add("cross_document", "đang báo cáo chỉ tiêu hằng tháng theo QĐ 146, giờ công điện bảo báo cáo tuần thì làm sao",
    "QĐ 146 quy định báo cáo hằng tháng trước ngày 22 của tháng; Công điện 05 yêu cầu báo cáo hồ sơ quá hạn hằng tuần "
    "(trước 15 giờ 00 thứ Sáu) từ ngày 18/9/2026 đến hết 31/12/2026 và báo cáo tuần thay cho báo cáo tháng trong thời "
    "gian này.",
    ["trước ngày 22", "hằng tuần", "18/9/2026"], [A, B], ["Điều 2.1.c", "1.d"],
    ["Báo cáo kết quả thực hiện chỉ tiêu hằng tháng trên Hệ thống thông tin báo cáo của tỉnh trước ngày 22 của tháng",
     "báo cáo tuần thay cho báo cáo tháng quy định tại điểm c khoản 1 Điều 2 Quyết định số 146/QĐ-UBND trong thời gian "
     "này"])
add("cross_document", "số hotline phản ánh hồ sơ trễ hạn trong công điện với tài liệu hỏi đáp có giống nhau ko",
    "Giống: cả hai nêu đường dây nóng 0257 6 250 250 (của Trung tâm PVHCC tỉnh) và tài khoản Zalo “Hành chính công "
    "Hàm Châu”.",
    ["0257 6 250 250", "Hành chính công Hàm Châu"], [B, C], ["8.b", "Phần IV.Câu 20"],
    ["Duy trì đường dây nóng 0257 6 250 250", "Đường dây nóng của Trung tâm PVHCC tỉnh: 0257 6 250 250;"])
add("cross_document", "tổ CNSCĐ cả tỉnh 401 người, riêng phường hàm châu phải có tối thiểu bao nhiêu",
    "Toàn tỉnh 401 thành viên theo chỉ tiêu năm 2026 (Tài liệu hỏi - đáp); Phường Hàm Châu tối thiểu 45 người "
    "(Phụ lục II QĐ 146).",
    ["401", "45"], [C, A], ["Phần II.Câu 13", "Phụ lục II.A.1"],
    ["toàn tỉnh có 401 thành viên theo chỉ tiêu năm 2026", "Phường Hàm Châu"])
add("cross_document", "nhận kết quả qua bưu điện phải tự trả cước, người già có được miễn ko",
    "Theo Tài liệu hỏi - đáp, người sử dụng dịch vụ trả cước; nhưng Công điện 05 yêu cầu Bưu điện tỉnh miễn cước cho "
    "người thuộc hộ nghèo và người từ đủ 75 tuổi trở lên.",
    ["trả cước", "75 tuổi", "hộ nghèo"], [C, B], ["Phần III.Câu 15", "7"],
    ["Việc sử dụng BCCI là tự nguyện; người sử dụng dịch vụ trả cước theo bảng giá của Bưu điện tỉnh.",
     "miễn cước cho người thuộc hộ nghèo và người từ đủ 75 tuổi trở lên theo chương trình hỗ trợ của Bưu điện tỉnh"])
add("cross_document", "xã bắt bổ sung hồ sơ lần 2 có đúng ko, công điện có nói gì ko",
    "Không đúng. Tài liệu hỏi - đáp: chỉ được yêu cầu bổ sung 01 lần, lần thứ hai người dân có quyền phản ánh qua các "
    "kênh nêu tại Câu 20; Công điện 05 cũng yêu cầu chỉ yêu cầu bổ sung, hoàn thiện hồ sơ 01 lần.",
    ["01 lần", "Câu 20"], [C, B], ["Phần IV.Câu 22", "1.b"],
    ["Trường hợp yêu cầu bổ sung lần thứ hai, người dân có quyền phản ánh qua các kênh nêu tại Câu 20.",
     "chỉ yêu cầu bổ sung, hoàn thiện hồ sơ 01 lần"])
add("cross_document", "chỉ tiêu toàn trình toàn tỉnh 2026 là bao nhiêu, tới cuối tháng 8 đạt bao nhiêu",
    "Chỉ tiêu tối thiểu 60% (QĐ 146); đến hết 31/8/2026 đạt 46,3% (Công điện 05).",
    ["60%", "46,3%"], [A, B], ["Điều 1.1.a", "preamble"],
    ["trong đó tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%",
     "tỷ lệ hồ sơ trực tuyến toàn trình đạt 46,3%"])
add("cross_document", "300 thủ tục không phụ thuộc địa giới là chỉ tiêu của ai, năm 2025 làm được bao nhiêu",
    "Tài liệu hỏi - đáp: năm 2026 tỉnh phấn đấu ít nhất 300 TTHC; Phụ lục I QĐ 146 giao chỉ tiêu ≥ 300 thủ tục cho "
    "Văn phòng UBND tỉnh chủ trì, thời hạn trước 30/6/2026; năm 2025 thực hiện 212.",
    ["300", "212", "Văn phòng UBND tỉnh"], [C, A], ["Phần I.Câu 2", "Phụ lục I.I.4"],
    ["Năm 2026, tỉnh phấn đấu có ít nhất 300 TTHC được thực hiện không phụ thuộc địa giới hành chính",
     "Số TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh"])
add("cross_document", "SIPAS năm 2026 phải đạt bao nhiêu, khảo sát vào lúc nào",
    "Chỉ tiêu ≥ 95% (Phụ lục I QĐ 146, Sở Nội vụ chủ trì, thời hạn Quý IV/2026); theo Tài liệu hỏi - đáp, Sở Nội vụ "
    "khảo sát SIPAS mỗi năm một lần vào quý IV.",
    ["≥ 95", "quý IV"], [A, C], ["Phụ lục I.IV.3", "Phần IV.Câu 19"],
    ["Mức độ hài lòng của người dân, doanh nghiệp (khảo sát SIPAS của tỉnh)",
     "Sở Nội vụ tổ chức khảo sát SIPAS của tỉnh mỗi năm một lần vào quý IV"])
add("cross_document", "công điện bảo tiếp tục phát hành tài liệu hỏi đáp tới đâu, bản điện tử xem ở đâu",
    "Công điện 05 giao Sở Nội vụ tiếp tục phát hành Tài liệu hỏi - đáp đến các thôn, tổ dân phố; Tài liệu được đăng "
    "tại chuyên mục “Hỏi - đáp” trên https://sonoivu.hamchau.gov.vn.",
    ["thôn, tổ dân phố", "https://sonoivu.hamchau.gov.vn"], [B, C], ["9", "preamble"],
    ["tiếp tục phát hành Tài liệu hỏi - đáp kèm theo Công văn số 612/SNV-CCHC ngày 15/4/2026 của Sở Nội vụ đến các "
     "thôn, tổ dân phố",
     "Tài liệu được đăng tải tại chuyên mục “Hỏi - đáp” trên Cổng thông tin điện tử Sở Nội vụ "
     "(https://sonoivu.hamchau.gov.vn)"])

# ======================================================================================== comparison
add("comparison", "QĐ 146 với công điện 05 ai ký, có cùng 1 người ko",
    "Không. QĐ 146 do Phó Chủ tịch Âu Minh Trọng ký thay Chủ tịch (KT. CHỦ TỊCH); Công điện 05 do Chủ tịch Khúc Văn "
    "Thịnh ký.",
    ["Âu Minh Trọng", "Khúc Văn Thịnh"], [A, B], ["signature", "signature"],
    ["Âu Minh Trọng", "Khúc Văn Thịnh"])
add("comparison", "giờ mở cửa buổi sáng trung tâm xã với trung tâm phường khác nhau ko",
    "Có: Trung tâm PVHCC 12 xã mở từ Sáng 7 giờ 00, còn Trung tâm PVHCC tỉnh và 04 phường từ Sáng 7 giờ 30; buổi "
    "chiều đều 13 giờ 30 - 17 giờ 00.",
    ["Sáng 7 giờ 00", "Sáng 7 giờ 30"], C, "Phần I.Câu 3",
    "Sáng 7 giờ 00 - 11 giờ 30; chiều 13 giờ 30 - 17 giờ 00")
add("comparison", "tỷ lệ online phường Hàm Châu với xã Pác Nặm chênh nhau bao nhiêu (phụ lục công điện)",
    "Phường Hàm Châu 85,0% so với Xã Pác Nặm 47,5%, chênh 37,5 điểm phần trăm.",
    ["85,0", "47,5"], [B, B], ["Phụ lục.16", "Phụ lục.1"],
    ["Phường Hàm Châu", "Xã Pác Nặm"])
add("comparison", "chỉ tiêu hồ sơ online của khối sở cao hơn hay thấp hơn mức chung toàn tỉnh",
    "Cao hơn: khối cơ quan cấp tỉnh ≥ 90% (Phụ lục I), mức chung toàn tỉnh tối thiểu 85%.",
    ["≥ 90", "85%"], [A, A], ["Phụ lục I.II.1", "Điều 1.1.a"],
    ["Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận (cơ quan cấp tỉnh)",
     "được tiếp nhận trực tuyến trên tổng số hồ sơ đạt tối thiểu 85%"])
add("comparison", "chỉ tiêu toàn trình 2026 phường Vọng Giang với xã Trà Ngư bên nào cao hơn",
    "Phường Vọng Giang cao hơn: 68% so với Xã Trà Ngư 55%.",
    ["68", "55"], [A, A], ["Phụ lục II.A.2", "Phụ lục II.B.6"],
    ["Phường Vọng Giang", "Xã Trà Ngư"])
add("comparison", "dvc toàn trình với dvc một phần khác gì nhau",
    "Toàn trình: người dân làm trực tuyến tất cả các bước từ nộp hồ sơ, thanh toán phí, lệ phí đến nhận kết quả (trả "
    "trực tuyến hoặc qua BCCI); một phần: vẫn phải đến Trung tâm PVHCC ít nhất một lần để nộp bản gốc giấy tờ, ký nhận "
    "hoặc nhận kết quả.",
    ["tất cả các bước", "ít nhất một lần"], C, "Phần II.Câu 6",
    "DVCTT một phần là dịch vụ mà người dân vẫn phải đến Trung tâm PVHCC ít nhất một lần để nộp bản gốc giấy tờ, ký "
    "nhận hoặc nhận kết quả.")
add("comparison", "vai trò bưu điện, vnpt, viettel trong QĐ 146 khác gì trong công điện 05",
    "QĐ 146: phối hợp với UBND các xã, phường hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung tâm PVHCC các xã, phường "
    "và thông qua Tổ công nghệ số cộng đồng; Công điện 05: bố trí nhân lực hỗ trợ tại Trung tâm của 06 xã dưới 60% từ "
    "ngày 21/9/2026 đến ngày 31/12/2026.",
    ["Tổ công nghệ số cộng đồng", "06 xã", "21/9/2026"], [A, B], ["Điều 2.7", "7"],
    ["hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công các xã, phường và thông qua Tổ công "
     "nghệ số cộng đồng",
     "từ ngày 21/9/2026 đến ngày 31/12/2026"])
add("comparison", "công khai kết quả chỉ tiêu với công khai ds hồ sơ quá hạn thì tần suất khác nhau sao",
    "Kết quả thực hiện chỉ tiêu: công khai vào tuần đầu tiên của tháng (QĐ 146); danh sách hồ sơ quá hạn: vào thứ Hai "
    "hằng tuần (Công điện 05); cả hai do Trung tâm PVHCC tỉnh đăng trên Cổng thông tin điện tử tỉnh.",
    ["tuần đầu tiên của tháng", "thứ Hai hằng tuần"], [A, B], ["Điều 2.4", "8.a"],
    ["trên Cổng thông tin điện tử tỉnh vào tuần đầu tiên của tháng",
     "trên Cổng thông tin điện tử tỉnh vào thứ Hai hằng tuần"])

# ======================================================================================= unit_duties
add("unit_duties", "QĐ 146 giao Sở Nội vụ những việc gì (chủ trì, theo dõi, tổng hợp)",
    "Theo dõi kế hoạch thực hiện chỉ tiêu do các sở, xã gửi (Điều 2.1.b); là cơ quan thường trực theo dõi, đôn đốc "
    "chỉ tiêu CCHC, báo cáo hằng quý, chủ trì biên soạn Tài liệu hỏi - đáp (Điều 2.2); tổng hợp đề xuất điều chỉnh chỉ "
    "tiêu trình Chủ tịch (Điều 2.8); chủ trì chỉ tiêu bồi dưỡng kỹ năng số (Phụ lục I.IV.2) và khảo sát SIPAS (Phụ lục "
    "I.IV.3).",
    ["cơ quan thường trực", "bồi dưỡng kỹ năng số", "SIPAS"], [A, A, A, A, A],
    ["Điều 2.1.b", "Điều 2.2", "Điều 2.8", "Phụ lục I.IV.2", "Phụ lục I.IV.3"],
    ["gửi Sở Nội vụ để theo dõi",
     "Sở Nội vụ là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện các chỉ tiêu CCHC",
     "đề xuất bằng văn bản gửi Sở Nội vụ trước ngày 30 tháng 6 năm 2026 để tổng hợp, trình Chủ tịch Ủy ban nhân dân "
     "tỉnh xem xét",
     "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số",
     "Mức độ hài lòng của người dân, doanh nghiệp (khảo sát SIPAS của tỉnh)"])
add("unit_duties", "công điện 05 giao sở KHCN những việc gì",
    "Chủ trì, phối hợp VNPT Hàm Châu khắc phục lỗi đồng bộ trạng thái hồ sơ trước 30/9/2026; đưa thêm tối thiểu 40 "
    "dịch vụ công trực tuyến toàn trình lên Cổng Dịch vụ công quốc gia trong quý IV; bảo đảm an toàn thông tin, hệ "
    "thống chạy 24/7 và thông báo trước ít nhất 48 giờ khi bảo trì.",
    ["lỗi đồng bộ", "40 dịch vụ công trực tuyến toàn trình", "48 giờ"], [B, B, B], ["3.a", "3.b", "3.c"],
    ["khắc phục dứt điểm lỗi đồng bộ trạng thái hồ sơ",
     "đưa thêm tối thiểu 40 dịch vụ công trực tuyến toàn trình lên Cổng Dịch vụ công quốc gia",
     "thông báo trước ít nhất 48 giờ trên Cổng Dịch vụ công tỉnh khi tạm dừng hệ thống để bảo trì"])
add("unit_duties", "văn phòng UBND tỉnh phải làm gì theo công điện 05",
    "Chỉ đạo Trung tâm PVHCC tỉnh công khai danh sách hồ sơ quá hạn vào thứ Hai hằng tuần; duy trì đường dây nóng "
    "0257 6 250 250 và Zalo “Hành chính công Hàm Châu”; theo dõi, đôn đốc và báo cáo Chủ tịch trước ngày 05/01/2027.",
    ["thứ Hai hằng tuần", "0257 6 250 250", "05/01/2027"], [B, B, B], ["8.a", "8.b", "8.c"],
    ["công khai danh sách hồ sơ quá hạn theo từng cơ quan, đơn vị, địa phương",
     "Duy trì đường dây nóng 0257 6 250 250",
     "Theo dõi, đôn đốc việc thực hiện Công điện này"])
add("unit_duties", "trong QĐ 146 sở KHCN chủ trì những gì",
    "Theo dõi chỉ tiêu CĐS và dịch vụ công trực tuyến, bảo đảm kết nối với Cổng Dịch vụ công quốc gia, cung cấp số liệu "
    "tại https://baocao.hamchau.gov.vn (Điều 2.3); chủ trì chỉ tiêu tái cấu trúc, tích hợp dịch vụ công trực tuyến "
    "(Phụ lục I.II.4) và kết nối cơ sở dữ liệu chuyên ngành với LGSP (Phụ lục I.III.3).",
    ["https://baocao.hamchau.gov.vn", "LGSP"], [A, A, A], ["Điều 2.3", "Phụ lục I.II.4", "Phụ lục I.III.3"],
    ["Sở Khoa học và Công nghệ chủ trì theo dõi các chỉ tiêu CĐS và dịch vụ công trực tuyến",
     "Số dịch vụ công trực tuyến được tái cấu trúc quy trình, tích hợp lên Cổng Dịch vụ công quốc gia",
     "Số cơ sở dữ liệu chuyên ngành được kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP)"])
add("unit_duties", "theo tài liệu hỏi đáp thì sở nội vụ lo những việc gì",
    "Chủ trì biên soạn Tài liệu hỏi - đáp; tổ chức khảo sát SIPAS mỗi năm một lần vào quý IV; làm đầu mối (Phòng Cải "
    "cách hành chính) về chỉ số CCHC, SIPAS, nội dung Tài liệu và cập nhật Tài liệu khi có quy định mới.",
    ["biên soạn", "SIPAS", "cập nhật"], [C, C, C], ["preamble", "Phần IV.Câu 19", "Phần V.Câu 24"],
    ["Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh biên soạn Tài liệu hỏi - đáp",
     "Sở Nội vụ tổ chức khảo sát SIPAS của tỉnh mỗi năm một lần vào quý IV",
     "Tài liệu được Sở Nội vụ cập nhật khi có quy định mới"])

# ============================================================================================ period
add("period", "công điện 05 có những việc nào hạn chót rơi vào tháng 9/2026",
    "Giải quyết 412 hồ sơ quá hạn trên 10 ngày trước 30/9/2026 (1.a); 06 xã gửi phương án tăng tốc trước 25/9/2026 "
    "(mục 2); Sở KHCN khắc phục lỗi đồng bộ trước 30/9/2026 (3.a).",
    ["412 hồ sơ", "25/9/2026", "30/9/2026"], [B, B, B], ["1.a", "2", "3.a"],
    ["giải quyết dứt điểm 412 hồ sơ quá hạn trên 10 ngày làm việc trước ngày 30/9/2026",
     "xây dựng phương án tăng tốc, gửi Sở Nội vụ trước ngày 25/9/2026",
     "hoàn thành trước ngày 30/9/2026"])
add("period", "trong phụ lục I, chỉ tiêu nào đến hạn trong quý III/2026",
    "Hai chỉ tiêu có thời hạn Trước 30/9/2026: rà soát, cắt giảm, đơn giản hóa TTHC (I.1) và tái cấu trúc, tích hợp "
    "dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia (II.4).",
    ["Trước 30/9/2026"], [A, A], ["Phụ lục I.I.1", "Phụ lục I.II.4"],
    ["Tỷ lệ TTHC được rà soát, đề xuất cắt giảm, đơn giản hóa thành phần hồ sơ, thời gian giải quyết",
     "Số dịch vụ công trực tuyến được tái cấu trúc quy trình, tích hợp lên Cổng Dịch vụ công quốc gia"])
add("period", "công điện 05: việc gì có hạn hoàn thành trong tháng 10/2026",
    "Giải quyết toàn bộ hồ sơ quá hạn còn lại trước ngày 15/10/2026 (1.a); Sở Tư pháp tập huấn trực tuyến cho 100% "
    "công chức Tư pháp - Hộ tịch trước ngày 10/10/2026 (mục 5).",
    ["15/10/2026", "10/10/2026"], [B, B], ["1.a", "5"],
    ["toàn bộ hồ sơ quá hạn còn lại trước ngày 15/10/2026",
     "tổ chức tập huấn trực tuyến cho 100% công chức Tư pháp - Hộ tịch trước ngày 10/10/2026"])
add("period", "6 tháng đầu năm 2026 QĐ 146 có những hạn nào phải xong",
    "Ban hành kế hoạch thực hiện chỉ tiêu trước ngày 10/02/2026 (Điều 2.1.b); Tài liệu hỏi - đáp hoàn thành trong tháng "
    "4 năm 2026 (Điều 2.2); đề xuất điều chỉnh chỉ tiêu trước ngày 30/6/2026 (Điều 2.8); chỉ tiêu ≥ 300 TTHC không phụ "
    "thuộc địa giới hành chính Trước 30/6/2026 (Phụ lục I.I.4).",
    ["tháng 4 năm 2026", "Trước 30/6/2026"], [A, A, A, A],
    ["Điều 2.1.b", "Điều 2.2", "Điều 2.8", "Phụ lục I.I.4"],
    ["hoàn thành trước ngày 10 tháng 02 năm 2026, gửi Sở Nội vụ để theo dõi",
     "hoàn thành trong tháng 4 năm 2026",
     "đề xuất bằng văn bản gửi Sở Nội vụ trước ngày 30 tháng 6 năm 2026",
     "Số TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh"])

# ========================================================================================= task_list
add("task_list", "công điện 05 yêu cầu thủ trưởng sở, chủ tịch xã làm những việc gì",
    "a) rà soát, giải quyết dứt điểm 412 hồ sơ quá hạn trên 10 ngày trước 30/9/2026 và hồ sơ còn lại trước 15/10/2026; "
    "b) không đòi bản giấy đã số hóa, chỉ yêu cầu bổ sung 01 lần; c) số hóa ngay khi tiếp nhận, không xử lý hồ sơ ngoài "
    "hệ thống; d) báo cáo hằng tuần trước 15 giờ 00 thứ Sáu; đ) làm việc cả ngày thứ Bảy từ 03/10 đến 26/12/2026.",
    ["412 hồ sơ", "01 lần", "thứ Bảy"], [B, B, B, B, B], ["1.a", "1.b", "1.c", "1.d", "1.đ"],
    ["Trực tiếp chỉ đạo rà soát toàn bộ hồ sơ quá hạn, hồ sơ sắp đến hạn",
     "Không yêu cầu người dân, doanh nghiệp nộp bản giấy đối với thành phần hồ sơ đã được số hóa hoặc đã có trong cơ "
     "sở dữ liệu",
     "Số hóa hồ sơ ngay khi tiếp nhận và cập nhật lên Hệ thống thông tin giải quyết TTHC tỉnh trong ngày làm việc",
     "Báo cáo kết quả xử lý hồ sơ quá hạn hằng tuần",
     "Bố trí công chức tiếp nhận, trả kết quả làm việc cả ngày thứ Bảy"])
add("task_list", "các bước nộp 1 hồ sơ online như nào",
    "05 bước: 1) đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID; 2) tìm TTHC, chọn cơ quan giải quyết; 3) kê khai tờ "
    "khai điện tử, tải lên giấy tờ; 4) chọn hình thức nhận kết quả và thanh toán phí, lệ phí; 5) nộp hồ sơ, lưu lại mã "
    "hồ sơ để tra cứu.",
    ["05 bước", "mã hồ sơ"], C, "Phần II.Câu 8",
    "Bước 5: Nộp hồ sơ, lưu lại mã hồ sơ để tra cứu.")
add("task_list", "QĐ 146 giao thủ trưởng sở, chủ tịch xã mấy nhiệm vụ, là gì",
    "Ba nhiệm vụ: a) Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả (căn cứ xếp loại); b) ban hành "
    "kế hoạch thực hiện trước ngày 10 tháng 02 năm 2026, gửi Sở Nội vụ; c) báo cáo hằng tháng trước ngày 22 của tháng.",
    ["Chịu trách nhiệm", "10 tháng 02 năm 2026", "trước ngày 22"], [A, A, A],
    ["Điều 2.1.a", "Điều 2.1.b", "Điều 2.1.c"],
    ["Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện chỉ tiêu được giao",
     "Ban hành kế hoạch thực hiện chỉ tiêu của cơ quan, đơn vị, địa phương",
     "Báo cáo kết quả thực hiện chỉ tiêu hằng tháng"])
add("task_list", "nhóm số hóa và dữ liệu trong PL I gồm những chỉ tiêu gì",
    "III.1 tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa (100%); III.2 tỷ lệ khai thác, sử dụng lại thông tin, dữ "
    "liệu số hóa (≥ 75%); III.3 số cơ sở dữ liệu chuyên ngành kết nối với LGSP (≥ 15).",
    ["được số hóa", "sử dụng lại thông tin, dữ liệu số hóa", "LGSP"], [A, A, A],
    ["Phụ lục I.III.1", "Phụ lục I.III.2", "Phụ lục I.III.3"],
    ["Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa",
     "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
     "Số cơ sở dữ liệu chuyên ngành được kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP)"])

# ===================================================================================== no_diacritics
add("no_diacritics", "ty le giai quyet dung han toan tinh nam 2026 phai dat bao nhieu",
    "Tối thiểu 98%; không để phát sinh hồ sơ quá hạn trên 10 ngày làm việc.",
    ["98%"], A, "Điều 1.1.b",
    "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt tối thiểu 98%")
add("no_diacritics", "xa khe lim chi tieu thanh toan truc tuyen 2026 la bao nhieu %",
    "60% (Xã Khe Lim, Phụ lục II QĐ 146).",
    ["60"], A, "Phụ lục II.B.7",
    "Xã Khe Lim")
add("no_diacritics", "phuong cau tre phai kich hoat moi bao nhieu tai khoan vneid",
    "3.800 tài khoản VNeID mức độ 2.",
    ["3.800"], A, "Phụ lục II.A.3",
    "Phường Cầu Tre")
add("no_diacritics", "muon xin dieu chinh chi tieu thi gui van ban cho ai",
    "Gửi văn bản đề xuất đến Sở Nội vụ trước ngày 30/6/2026 để tổng hợp, trình Chủ tịch UBND tỉnh.",
    ["Sở Nội vụ"], A, "Điều 2.8",
    "đề xuất bằng văn bản gửi Sở Nội vụ trước ngày 30 tháng 6 năm 2026")
add("no_diacritics", "chi tieu so hoa ho so nam 2026 la bao nhieu",
    "100% hồ sơ, kết quả giải quyết TTHC được số hóa; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa tối thiểu 70%.",
    ["100%", "70%"], A, "Điều 1.1.c",
    "100% hồ sơ, kết quả giải quyết TTHC được số hóa khi tiếp nhận và trả kết quả")
add("no_diacritics", "xa muong khoa co bao nhieu ho so qua han tren 10 ngay",
    "27 hồ sơ (tổng số hồ sơ quá hạn: 61).",
    ["27"], B, "Phụ lục.3",
    "Xã Mường Khoa")
add("no_diacritics", "toan tinh con bao nhieu ho so qua han tinh den 31/8",
    "1.126 hồ sơ quá hạn, trong đó 412 hồ sơ quá hạn trên 10 ngày làm việc.",
    ["1.126", "412"], B, "preamble",
    "toàn tỉnh còn 1.126 hồ sơ quá hạn, trong đó 412 hồ sơ quá hạn trên 10 ngày làm việc")
add("no_diacritics", "thu 7 lam ca ngay thi buoi chieu lam tu may gio",
    "Chiều từ 13 giờ 30 đến 17 giờ 00.",
    ["13 giờ 30 đến 17 giờ 00"], B, "1.đ",
    "chiều từ 13 giờ 30 đến 17 giờ 00")
add("no_diacritics", "phuong vong giang 8 thang tiep nhan bao nhieu ho so",
    "15.320 hồ sơ, trong đó 12.409 hồ sơ trực tuyến (81,0%).",
    ["15.320"], B, "Phụ lục.15",
    "Phường Vọng Giang")
add("no_diacritics", "bao tri he thong dvc thi phai thong bao truoc bao lau",
    "Ít nhất 48 giờ, trên Cổng Dịch vụ công tỉnh.",
    ["48 giờ"], B, "3.c",
    "thông báo trước ít nhất 48 giờ trên Cổng Dịch vụ công tỉnh khi tạm dừng hệ thống để bảo trì")
add("no_diacritics", "lien thong ho so dat dai giua trung tam xa va vp dang ky dat dai toi da may ngay",
    "Không quá 01 ngày làm việc.",
    ["01 ngày làm việc"], B, "4",
    "rút ngắn thời gian luân chuyển hồ sơ xuống không quá 01 ngày làm việc")
add("no_diacritics", "dia chi trung tam hanh chinh cong tinh o dau vay",
    "Số 9 đường Hoàng Văn Thụ, phường Hàm Châu.",
    ["Số 9 đường Hoàng Văn Thụ"], C, "Phần I.Câu 1",
    "địa chỉ: Số 9 đường Hoàng Văn Thụ, phường Hàm Châu")
add("no_diacritics", "nop ho so online co duoc giam le phi ko",
    "Có, bằng 50% mức thu khi nộp trực tiếp (36 TTHC, từ 01/01/2026 đến hết 31/12/2027).",
    ["50%"], C, "Phần I.Câu 4",
    "bằng 50% mức thu khi nộp trực tiếp")
add("no_diacritics", "tong dai ho tro loi nop ho so truc tuyen so may",
    "1800 8 157 (miễn cước), hoạt động từ 7 giờ 00 đến 21 giờ 00 tất cả các ngày trong tuần.",
    ["1800 8 157"], C, "Phần V.Câu 23",
    "Gọi Tổng đài hỗ trợ Hệ thống thông tin giải quyết TTHC tỉnh số 1800 8 157 (miễn cước)")
add("no_diacritics", "email hoi ve chi so cchc, sipas la gi",
    "cchc.snv@hamchau.gov.vn (Phòng Cải cách hành chính, Sở Nội vụ).",
    ["cchc.snv@hamchau.gov.vn"], C, "Phần V.Câu 24",
    "cchc.snv@hamchau.gov.vn")
add("no_diacritics", "trung tam pvhcc xa sang mo cua may gio",
    "Sáng 7 giờ 00 - 11 giờ 30 (từ thứ Hai đến thứ Sáu).",
    ["7 giờ 00"], C, "Phần I.Câu 3",
    "Sáng 7 giờ 00 - 11 giờ 30; chiều 13 giờ 30 - 17 giờ 00")
add("no_diacritics", "phan anh thi bao lau duoc tra loi",
    "Trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận.",
    ["05 ngày làm việc"], C, "Phần IV.Câu 20",
    "Phản ánh được trả lời trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận")
add("no_diacritics", "ho so dat dai nop o trung tam xa thi chuyen cho ai giai quyet",
    "Chuyển Văn phòng Đăng ký đất đai qua Hệ thống thông tin giải quyết TTHC tỉnh trong ngày làm việc.",
    ["Văn phòng Đăng ký đất đai"], C, "Phần III.Câu 18",
    "chuyển Văn phòng Đăng ký đất đai qua Hệ thống thông tin giải quyết TTHC tỉnh trong ngày làm việc")

# =========================================================================================== english
add("english", "What's the number and date of the decision assigning the 2026 CCHC/CDS targets?",
    "Quyết định số 146/QĐ-UBND, dated 20 January 2026 (ngày 20 tháng 01 năm 2026).",
    ["146/QĐ-UBND"], A, "header",
    "Số: 146/QĐ-UBND")
add("english", "What is the province-wide target for online payment of fees in 2026?",
    "At least 65% of payment transactions for files with fees (tối thiểu 65%).",
    ["65%"], A, "Điều 1.1.d",
    "Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của hồ sơ có phí, lệ phí đạt tối thiểu 65%.")
add("english", "Minimum number of community digital tech team members for Pac Nam commune?",
    "25 people (Thành viên Tổ công nghệ số cộng đồng tối thiểu) for Xã Pác Nặm.",
    ["25"], A, "Phụ lục II.B.15",
    "Xã Pác Nặm")
add("english", "What score should the province reach on the Decision 766 index this year?",
    "From 88 points upward (từ 88 điểm trở lên) on Bộ chỉ số 766, with satisfaction of at least 95%.",
    ["88 điểm"], A, "Điều 1.1.đ",
    "Điểm đánh giá theo Bộ chỉ số 766 của tỉnh đạt từ 88 điểm trở lên")
add("english", "How many overdue files did the communes and wards have as of end of August 2026?",
    "647 overdue files (khối xã, phường), out of 1.126 province-wide.",
    ["647"], B, "preamble",
    "riêng khối xã, phường có 647 hồ sơ quá hạn")
add("english", "How many staff must the lagging communes put at their centre to help people file online?",
    "At least two: tối thiểu 02 công chức hoặc thành viên Tổ công nghệ số cộng đồng, during office hours.",
    ["tối thiểu 02 công chức"], B, "2",
    "bố trí tối thiểu 02 công chức hoặc thành viên Tổ công nghệ số cộng đồng trực hướng dẫn người dân nộp hồ sơ trực "
    "tuyến")
add("english", "Which unit has the highest online filing rate in the telegram's annex?",
    "Phường Hàm Châu, with 85,0% (its 2026 target is 92%).",
    ["Phường Hàm Châu", "85,0"], B, "Phụ lục.16",
    "Phường Hàm Châu")
add("english", "Is telegram 05 marked urgent?",
    "Yes, it is marked HỎA TỐC (Công điện số 05/CĐ-UBND, 14/9/2026).",
    ["HỎA TỐC"], B, "header",
    "HỎA TỐC")
add("english", "can the centres still take paper files and handle them outside the system?",
    "No. Files must be digitised on receipt and updated to the Hệ thống thông tin giải quyết TTHC tỉnh within the "
    "working day; tuyệt đối không tiếp nhận, xử lý hồ sơ ngoài hệ thống.",
    ["ngoài hệ thống"], B, "1.c",
    "tuyệt đối không tiếp nhận, xử lý hồ sơ ngoài hệ thống")
add("english", "What are Saturday morning hours at the provincial public service centre?",
    "7 giờ 30 - 11 giờ 30 at Trung tâm PVHCC tỉnh; on Saturday mornings it only receives files and returns results.",
    ["7 giờ 30 - 11 giờ 30"], C, "Phần I.Câu 3",
    "Trung tâm PVHCC tỉnh")
add("english", "How do I track where my application is at?",
    "Look it up with the file code (mã hồ sơ) under “Tra cứu hồ sơ” on Cổng Dịch vụ công tỉnh, or scan the mã QR "
    "printed on the Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
    ["Tra cứu hồ sơ", "mã QR"], C, "Phần II.Câu 11",
    "Người dân tra cứu bằng mã hồ sơ tại mục “Tra cứu hồ sơ” trên Cổng Dịch vụ công tỉnh hoặc quét mã QR in trên Giấy "
    "tiếp nhận hồ sơ và hẹn trả kết quả.")
add("english", "email of the provincial public admin service centre?",
    "trungtamhcc@hamchau.gov.vn (Trung tâm PVHCC tỉnh, phone 0257 6 250 250).",
    ["trungtamhcc@hamchau.gov.vn"], C, "Phần V.Câu 24",
    "trungtamhcc@hamchau.gov.vn")
add("english", "I don't have a level-2 e-ID account yet, who do I contact?",
    "Contact the Công an xã, phường nơi cư trú (the commune/ward police where you reside) to be guided through "
    "activation.",
    ["Công an xã, phường nơi cư trú"], C, "Phần II.Câu 7",
    "Người chưa có tài khoản mức độ 2 liên hệ Công an xã, phường nơi cư trú để được hướng dẫn kích hoạt.")
add("english", "Can someone else submit my file or pick up my result for me?",
    "Yes (Được), except for procedures the law requires you to do in person; the proxy shows a văn bản ủy quyền and "
    "their own ID papers.",
    ["văn bản ủy quyền"], C, "Phần III.Câu 16",
    "Người được ủy quyền xuất trình văn bản ủy quyền theo quy định và giấy tờ tùy thân của mình.")

# ====================================================================================== unanswerable
unans("tổng kinh phí thực hiện các chỉ tiêu CCHC, CĐS năm 2026 là bao nhiêu tỷ đồng?")
unans("giám đốc sở nội vụ hàm châu tên gì ạ")
unans("chánh văn phòng ubnd tỉnh hàm châu là ai")
unans("gửi trả kết quả qua bưu điện thì cước 1 hồ sơ bao nhiêu tiền")
unans("địa chỉ trung tâm pvhcc xã mường khoa ở đâu")
unans("năm 2027 tỉnh giao chỉ tiêu hồ sơ trực tuyến bao nhiêu %")
unans("năm 2025 PAR INDEX của tỉnh xếp thứ mấy cả nước")
unans("sở nông nghiệp và môi trường còn bao nhiêu hồ sơ quá hạn")
unans("xã đạt chỉ tiêu thì được thưởng bao nhiêu tiền")
unans("36 thủ tục được giảm 50% lệ phí gồm những thủ tục nào")
unans("làm lại căn cước mất phí bao nhiêu")
unans("thời hạn giải quyết cấp sổ đỏ lần đầu là bao nhiêu ngày")
unans("ai ký công văn 612/SNV-CCHC")
unans("mat khau wifi o khu tu phuc vu trung tam tinh la gi")
unans("số fax của văn phòng ubnd tỉnh")
unans("What's the provincial police hotline for VNeID activation?", english=True)
unans("How much money in VND is allocated to the community digital technology teams?", english=True)
unans("ket qua khao sat sipas nam 2026 thuc te dat bao nhieu %")
unans("viettel hàm châu có số hotline hỗ trợ nộp hồ sơ không, số mấy")
unans("trung tâm pvhcc tỉnh có bãi gửi ô tô không")
unans("xã bản piềng có bao nhiêu dân")
unans("When did the provincial public service centre on Hoang Van Thu street first open?", english=True)


def main():
    lines = []
    for it in ITEMS:
        line = json.dumps(it, ensure_ascii=False)
        lines.append(unicodedata.normalize("NFC", line))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    counts = {}
    for it in ITEMS:
        counts[it["kind"]] = counts.get(it["kind"], 0) + 1
    print(len(ITEMS), "items", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
