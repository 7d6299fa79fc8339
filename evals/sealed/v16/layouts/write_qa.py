# -*- coding: utf-8 -*-
"""SEALED. Write qa.jsonl of the sealed layouts split v16 (hand-written items over corpus/).

    /work/main/.venv/bin/python write_qa.py

People who work on the assistant's reader must not open this file or qa.jsonl.
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-thanh-tra-tinh-thanh-moc-ket-luan-thanh-tra-22-giai-quyet-tthc.docx"
B = "2026-ban-tuyen-giao-dan-van-thanh-moc-de-cuong-tuyen-truyen-ngay-cds.pdf"
C = "2026-trung-tam-pvhcc-thanh-moc-hop-dong-14-thue-dich-vu-he-thong-tthc.txt"
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
    ITEMS.append({"id": f"l16-{PREFIX[kind]}-{_n[kind]:03d}", "question": question, "kind": kind,
                  "answer": answer, "must_include": must, "document": doc, "section": sec, "evidence": ev})


def unans(question, english=False):
    add("unanswerable", question, NO_EN if english else NO_VI, [], None, None, None)


# ============================================================================================== lead
add("lead", "kết luận thanh tra 22 giao cơ quan nào chỉ đạo Trung tâm PVHCC khắc phục tồn tại ạ",
    "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ chỉ đạo Trung tâm khắc phục các tồn tại (kiến nghị với "
    "Chủ tịch UBND tỉnh, mục V.1 Kết luận 22/KL-TTr).",
    ["Văn phòng UBND tỉnh"], A, "V.1",
    "Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ chỉ đạo Trung tâm khắc phục các tồn tại nêu tại "
    "Kết luận này")
add("lead", "theo KL thanh tra thì ai hướng dẫn các xã nâng tỷ lệ số hóa hồ sơ?",
    "Sở Khoa học và Công nghệ được giao hướng dẫn các xã, phường nâng cao tỷ lệ số hóa hồ sơ (mục V.1).",
    ["Sở Khoa học và Công nghệ"], A, "V.1",
    "giao Sở Khoa học và Công nghệ hướng dẫn các xã, phường nâng cao tỷ lệ số hóa hồ sơ")
add("lead", "ai phải tổ chức kiểm điểm vụ không gửi thư xin lỗi khi hồ sơ trễ hạn",
    "Giám đốc Trung tâm Phục vụ hành chính công tỉnh tổ chức kiểm điểm trách nhiệm tập thể, cá nhân liên quan, "
    "hoàn thành trong tháng 11/2026 (mục V.2.a).",
    ["Giám đốc Trung tâm Phục vụ hành chính công tỉnh"], A, "V.2.a",
    "Tổ chức kiểm điểm trách nhiệm tập thể, cá nhân có liên quan đến việc không ban hành văn bản xin lỗi đối với "
    "hồ sơ quá hạn")
add("lead", "tiền phí chứng thực thu sai ở Nà Ngần thì ai chịu trách nhiệm trả tiếp cho những người chưa nhận",
    "Chủ tịch UBND xã Nà Ngần phải tiếp tục hoàn trả số tiền thu sai cho 15 người chưa nhận (mục V.3.a).",
    ["Chủ tịch UBND xã Nà Ngần", "15 người"], A, "V.3.a",
    "Tiếp tục hoàn trả số tiền thu sai cho 15 người chưa nhận")
add("lead", "Trung tâm Phục vụ hành chính công tỉnh Thanh Mộc trực thuộc cơ quan nào?",
    "Trung tâm là đơn vị hành chính trực thuộc Văn phòng UBND tỉnh (Kết luận thanh tra 22, mục I.1).",
    ["Văn phòng UBND tỉnh"], A, "I.1",
    "là đơn vị hành chính trực thuộc Văn phòng UBND tỉnh")
add("lead", "cuộc thanh tra ở trung tâm hành chính công là theo quyết định của ai",
    "Theo Quyết định số 57/QĐ-TTr ngày 03/8/2026 của Chánh Thanh tra tỉnh.",
    ["57/QĐ-TTr", "Chánh Thanh tra tỉnh"], A, "preamble",
    "Thực hiện Quyết định số 57/QĐ-TTr ngày 03/8/2026 của Chánh Thanh tra tỉnh")
add("lead", "Ngày hội Chuyển đổi số tỉnh năm 2026 do đơn vị nào chủ trì tổ chức",
    "Sở Khoa học và Công nghệ chủ trì tổ chức, phối hợp với Tỉnh đoàn và Bưu điện tỉnh (Đề cương tuyên truyền, "
    "mục IV.2).",
    ["Sở Khoa học và Công nghệ"], B, "IV.2",
    "Sở Khoa học và Công nghệ chủ trì tổ chức, phối hợp với Tỉnh đoàn và Bưu điện tỉnh")
add("lead", "chiến dịch Mỗi nhà một người biết dùng dịch vụ công trực tuyến ai chủ trì vậy mn",
    "Tỉnh đoàn chủ trì, huy động đoàn viên, thanh niên cùng Tổ công nghệ số cộng đồng đến từng hộ gia đình "
    "(Đề cương tuyên truyền, mục IV.3).",
    ["Tỉnh đoàn"], B, "IV.3",
    "Tỉnh đoàn chủ trì, huy động đoàn viên, thanh niên cùng Tổ công nghệ số cộng đồng")
add("lead", "đề cương tuyên truyền ngày CĐS: ai hướng dẫn kích hoạt tài khoản định danh mức 2",
    "Công an tỉnh chủ trì hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 trên VNeID tại các điểm lưu "
    "động (mục IV.4).",
    ["Công an tỉnh"], B, "IV.4",
    "Công an tỉnh chủ trì hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID")
add("lead", "chuyên mục Chính quyền số - Phục vụ Nhân dân do ai mở",
    "Báo Thanh Mộc và Đài Phát thanh - Truyền hình tỉnh mở chuyên mục này (Đề cương, mục IV.5).",
    ["Báo Thanh Mộc", "Đài Phát thanh - Truyền hình tỉnh"], B, "IV.5",
    "Báo Thanh Mộc và Đài Phát thanh - Truyền hình tỉnh mở chuyên mục")
add("lead", "hợp đồng 14/2026 thì công ty nào là bên cung cấp dịch vụ",
    "Bên B (bên cung cấp dịch vụ) là Công ty Cổ phần Giải pháp số Sao Mai, đại diện là bà Giáp Thị Oanh, Tổng "
    "Giám đốc.",
    ["Công ty Cổ phần Giải pháp số Sao Mai", "Giáp Thị Oanh"], C, "preamble",
    "BÊN CUNG CẤP DỊCH VỤ (sau đây gọi là Bên B): CÔNG TY CỔ PHẦN GIẢI PHÁP SỐ SAO MAI")
add("lead", "bên thuê dịch vụ trong hợp đồng hệ thống giải quyết TTHC là ai, ai đại diện ký",
    "Bên A là Trung tâm Phục vụ hành chính công tỉnh Thanh Mộc, đại diện là ông Vương Đình Khiêm, Giám đốc.",
    ["Trung tâm Phục vụ hành chính công tỉnh Thanh Mộc", "Vương Đình Khiêm"], C, "preamble",
    "BÊN THUÊ DỊCH VỤ (sau đây gọi là Bên A): TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH MỘC")
add("lead", "theo hợp đồng thuê dịch vụ, bên nào tổ chức nghiệm thu chất lượng dịch vụ hằng quý?",
    "Bên A (Trung tâm Phục vụ hành chính công tỉnh) tổ chức nghiệm thu hằng quý, trong 10 ngày làm việc đầu quý "
    "sau (khoản 2 Điều 7).",
    ["Bên A", "10 ngày làm việc"], C, "Điều 7.2",
    "Tổ chức nghiệm thu chất lượng dịch vụ hằng quý, trong 10 ngày làm việc đầu quý sau")
add("lead", "ai có trách nhiệm đào tạo cán bộ xã dùng phần mềm một cửa theo hợp đồng 14",
    "Bên B (Công ty Sao Mai) tổ chức đào tạo, hướng dẫn sử dụng Hệ thống cho cán bộ, công chức các sở, ngành, "
    "xã, phường ít nhất 02 lần/năm (khoản 3 Điều 8).",
    ["Bên B", "02 lần/năm"], C, "Điều 8.3",
    "Tổ chức đào tạo, hướng dẫn sử dụng Hệ thống cho cán bộ, công chức của các sở, ngành, xã, phường ít nhất 02 "
    "lần/năm")
add("lead", "ai phải thuê tổ chức độc lập đánh giá an toàn thông tin của Hệ thống",
    "Bên B thuê tổ chức độc lập kiểm tra, đánh giá an toàn thông tin Hệ thống 01 lần mỗi năm và gửi kết quả cho "
    "Bên A (khoản 3 Điều 9).",
    ["Bên B", "01 lần"], C, "Điều 9.3",
    "Hằng năm, Bên B thuê tổ chức độc lập kiểm tra, đánh giá an toàn thông tin Hệ thống 01 lần")
add("lead", "đầu mối quản lý hợp đồng bên trung tâm là ai, sđt bao nhiêu",
    "Ông Lò Văn Thiêm, Phó Giám đốc Trung tâm, điện thoại 0297 3 846 116 (Phụ lục II, STT 1).",
    ["Lò Văn Thiêm", "0297 3 846 116"], C, "Phụ lục II.1",
    "Ông Lò Văn Thiêm")
add("lead", "trong hợp đồng ai là giám đốc dự án phía công ty",
    "Ông Quản Văn Đạt, Giám đốc dự án (Bên B - quản lý dự án), điện thoại 0912 604 318.",
    ["Quản Văn Đạt"], C, "Phụ lục II.3", "Ông Quản Văn Đạt")
add("lead", "KL 22 quy trách nhiệm cho những ai",
    "Giám đốc Trung tâm Phục vụ hành chính công tỉnh, Chủ tịch UBND xã Nà Ngần, Chủ tịch UBND xã Phiêng Hao và công "
    "chức trực tiếp tiếp nhận, giải quyết hồ sơ trong thời kỳ thanh tra (mục III.3).",
    ["Chủ tịch UBND xã Nà Ngần", "Chủ tịch UBND xã Phiêng Hao"], A, "III.3",
    "Trách nhiệm đối với các tồn tại, vi phạm nêu trên thuộc về Giám đốc Trung tâm Phục vụ hành chính công tỉnh, "
    "Chủ tịch UBND xã Nà Ngần, Chủ tịch UBND xã Phiêng Hao")
add("lead", "ai phải công khai sđt đường dây nóng ở chỗ nhận hồ sơ theo kết luận thanh tra",
    "Chủ tịch UBND xã Phiêng Hao, ngay sau khi nhận được Kết luận (mục V.4).",
    ["Chủ tịch UBND xã Phiêng Hao"], A, "V.4",
    "Công khai số điện thoại đường dây nóng tại nơi tiếp nhận hồ sơ ngay sau khi nhận được Kết luận này")

# ============================================================================================== coordinators
add("coordinators", "Ngày hội CĐS tỉnh 10/10 phối hợp với những đơn vị nào",
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với Tỉnh đoàn và Bưu điện tỉnh (Đề cương, mục IV.2).",
    ["Tỉnh đoàn", "Bưu điện tỉnh"], B, "IV.2",
    "Sở Khoa học và Công nghệ chủ trì tổ chức, phối hợp với Tỉnh đoàn và Bưu điện tỉnh")
add("coordinators", "KL thanh tra: Văn phòng UBND tỉnh phối hợp với cơ quan nào chỉ đạo Trung tâm",
    "Phối hợp với Sở Nội vụ (mục V.1).",
    ["Sở Nội vụ"], A, "V.1",
    "Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ")
add("coordinators", "Tỉnh đoàn đi hướng dẫn từng hộ dân dùng DVC trực tuyến cùng với lực lượng nào",
    "Đoàn viên, thanh niên cùng Tổ công nghệ số cộng đồng (chiến dịch \"Mỗi nhà một người biết dùng dịch vụ công "
    "trực tuyến\", mục IV.3).",
    ["Tổ công nghệ số cộng đồng"], B, "IV.3",
    "huy động đoàn viên, thanh niên cùng Tổ công nghệ số cộng đồng đến từng hộ gia đình")
add("coordinators", "theo hợp đồng thì trung tâm phối hợp với sở nào để kiểm tra giám sát an toàn thông tin hệ thống",
    "Bên A phối hợp với Sở Khoa học và Công nghệ (khoản 4 Điều 7).",
    ["Sở Khoa học và Công nghệ"], C, "Điều 7.4",
    "phối hợp với Sở Khoa học và Công nghệ trong việc kiểm tra, giám sát an toàn thông tin của Hệ thống")
add("coordinators", "khi có sự cố an toàn thông tin thì công ty phải báo cho những cơ quan nào",
    "Bên B thông báo cho Bên A và Sở Khoa học và Công nghệ trong thời hạn 02 giờ (khoản 2 Điều 9).",
    ["Bên A", "Sở Khoa học và Công nghệ", "02 giờ"], C, "Điều 9.2",
    "Bên B thông báo cho Bên A và Sở Khoa học và Công nghệ trong thời hạn 02 giờ")
add("coordinators", "Tổ công nghệ số cộng đồng gồm những thành phần nào",
    "Gồm trưởng thôn, công an viên, đoàn viên thanh niên và người dân am hiểu công nghệ (Đề cương, mục I.3).",
    ["trưởng thôn", "công an viên", "đoàn viên thanh niên"], B, "I.3",
    "gồm trưởng thôn, công an viên, đoàn viên thanh niên và người dân am hiểu công nghệ")
add("coordinators", "ai thường trực sự cố an ninh mạng bên công ty Sao Mai, liên hệ thế nào",
    "Ông Thiều Quang Vĩnh, Trưởng nhóm SOC (ứng cứu sự cố an toàn thông tin), điện thoại 0986 271 530, thư "
    "soc@saomaiso.vn (Phụ lục II, STT 5).",
    ["Thiều Quang Vĩnh", "0986 271 530"], C, "Phụ lục II.5", "Ông Thiều Quang Vĩnh")

# ============================================================================================== timing
add("timing", "đoàn thanh tra làm việc trực tiếp tại các đơn vị từ ngày nào đến ngày nào",
    "Từ ngày 10/8/2026 đến ngày 18/9/2026.",
    ["10/8/2026", "18/9/2026"], A, "preamble", "từ ngày 10/8/2026 đến ngày 18/9/2026")
add("timing", "thời kỳ thanh tra trong KL 22 là giai đoạn nào",
    "Từ ngày 01/7/2025 đến ngày 30/6/2026 (mục I.3).",
    ["01/7/2025", "30/6/2026"], A, "I.3", "Thời kỳ thanh tra: từ ngày 01/7/2025 đến ngày 30/6/2026")
add("timing", "hạn báo cáo kết quả thực hiện kết luận thanh tra về Thanh tra tỉnh là khi nào",
    "Trước ngày 30/11/2026.",
    ["30/11/2026"], A, "closing", "báo cáo kết quả thực hiện về Thanh tra tỉnh trước ngày 30/11/2026")
add("timing", "việc kiểm điểm ở Trung tâm PVHCC tỉnh phải xong khi nào",
    "Hoàn thành trong tháng 11/2026 (mục V.2.a).",
    ["tháng 11/2026"], A, "V.2.a", "hoàn thành trong tháng 11/2026")
add("timing", "khoản giảm trừ vi phạm SLA trừ vào kỳ thanh toán nào",
    "Vào kỳ thanh toán quý IV năm 2026 (mục V.2.b).",
    ["quý IV năm 2026"], A, "V.2.b", "vào kỳ thanh toán quý IV năm 2026")
add("timing", "Nà Ngần phải số hóa bổ sung 09 hồ sơ thiếu giấy tờ trước ngày nào",
    "Trước ngày 15/11/2026 (mục V.3.b).",
    ["15/11/2026"], A, "V.3.b", "số hóa bổ sung 09 hồ sơ thiếu thành phần giấy tờ trước ngày 15/11/2026")
add("timing", "tỷ lệ số hóa hồ sơ ở xã phải đạt 80% vào lúc nào",
    "Đến ngày 31/12/2026 đạt tối thiểu 80% (mục V.1).",
    ["31/12/2026", "80%"], A, "V.1", "bảo đảm đến ngày 31/12/2026 đạt tối thiểu 80%")
add("timing", "tháng cao điểm tuyên truyền ngày chuyển đổi số năm nay từ bao giờ",
    "Từ ngày 01/10/2026 đến ngày 31/10/2026, tập trung vào tuần lễ từ 05/10 đến 10/10/2026 (Đề cương, mục IV.1).",
    ["01/10/2026", "31/10/2026"], B, "IV.1",
    "Tháng cao điểm tuyên truyền: từ ngày 01/10/2026 đến ngày 31/10/2026")
add("timing", "Ngày hội Chuyển đổi số tỉnh Thanh Mộc 2026 tổ chức hôm nào, ở đâu",
    "Thứ Bảy, ngày 10/10/2026, tại Quảng trường Trung tâm tỉnh, phường Mộc Hương.",
    ["10/10/2026", "Quảng trường Trung tâm tỉnh"], B, "IV.2",
    "được tổ chức vào thứ Bảy, ngày 10/10/2026 tại Quảng trường Trung tâm tỉnh, phường Mộc Hương")
add("timing", "điểm lưu động kích hoạt VNeID hoạt động những ngày nào",
    "Vào thứ Bảy, Chủ nhật trong tháng 10/2026 (mục IV.4).",
    ["thứ Bảy, Chủ nhật", "tháng 10/2026"], B, "IV.4",
    "tại các điểm lưu động vào thứ Bảy, Chủ nhật trong tháng 10/2026")
add("timing", "hợp đồng thuê hệ thống giải quyết TTHC kéo dài bao lâu, đến khi nào",
    "36 tháng, từ ngày 01/02/2026 đến hết ngày 31/01/2029 (khoản 2 Điều 4).",
    ["36 tháng", "01/02/2026", "31/01/2029"], C, "Điều 4.2",
    "Thời gian cung cấp dịch vụ: 36 tháng, từ ngày 01/02/2026 đến hết ngày 31/01/2029")
add("timing", "giai đoạn chuyển đổi dữ liệu từ hệ thống cũ phải xong trước khi nào",
    "Từ ngày ký Hợp đồng đến hết ngày 31/01/2026 (khoản 1 Điều 4).",
    ["31/01/2026"], C, "Điều 4.1",
    "chuyển đổi dữ liệu từ hệ thống cũ: từ ngày ký Hợp đồng đến hết ngày 31/01/2026")
add("timing", "trung tâm phải trả tiền cho công ty trong bao nhiêu ngày sau khi nhận hồ sơ thanh toán",
    "Trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ thanh toán hợp lệ (khoản 1 Điều 5).",
    ["15 ngày làm việc"], C, "Điều 5.1",
    "trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ thanh toán hợp lệ")
add("timing", "công ty được bảo trì hệ thống vào khung giờ nào, báo trước bao lâu",
    "Từ 22 giờ 00 thứ Bảy đến 05 giờ 00 Chủ nhật, thông báo cho Bên A trước ít nhất 03 ngày làm việc (khoản 3 "
    "Điều 6).",
    ["22 giờ 00 thứ Bảy", "05 giờ 00 Chủ nhật", "03 ngày làm việc"], C, "Điều 6.3",
    "Bảo trì định kỳ chỉ thực hiện từ 22 giờ 00 thứ Bảy đến 05 giờ 00 Chủ nhật")
add("timing", "hồ sơ đề xuất cấp độ an toàn thông tin phải làm xong trong bao lâu",
    "Trong 60 ngày kể từ ngày bắt đầu cung cấp dịch vụ (khoản 1 Điều 9).",
    ["60 ngày"], C, "Điều 9.1",
    "Bên B hoàn thành hồ sơ đề xuất cấp độ trong 60 ngày kể từ ngày bắt đầu cung cấp dịch vụ")
add("timing", "hết hợp đồng thì bao lâu công ty phải bàn giao dữ liệu",
    "Trong thời hạn 30 ngày, Bên B chuyển giao toàn bộ dữ liệu cho Bên A theo định dạng mở và xóa dữ liệu trên hạ "
    "tầng của mình (khoản 2 Điều 13).",
    ["30 ngày", "định dạng mở"], C, "Điều 13.2",
    "trong thời hạn 30 ngày Bên B chuyển giao toàn bộ dữ liệu cho Bên A theo định dạng mở")
add("timing", "gặp bất khả kháng thì phải báo cho bên kia trong mấy ngày",
    "Trong thời hạn 05 ngày làm việc kể từ khi xảy ra sự kiện (Điều 12).",
    ["05 ngày làm việc"], C, "Điều 12",
    "phải thông báo bằng văn bản cho bên kia trong thời hạn 05 ngày làm việc kể từ khi xảy ra sự kiện")
add("timing", "hợp đồng 14 được ký ngày nào, ở đâu",
    "Thứ Hai, ngày 12 tháng 01 năm 2026, tại Trung tâm Phục vụ hành chính công tỉnh Thanh Mộc.",
    ["12 tháng 01 năm 2026"], C, "preamble",
    "Hôm nay, thứ Hai, ngày 12 tháng 01 năm 2026, tại Trung tâm Phục vụ hành chính công tỉnh Thanh Mộc")
add("timing", "sự cố mức 1 thì công ty phải phản hồi trong bao lâu và sửa xong trong bao lâu",
    "Phản hồi trong 15 phút, khắc phục trong 04 giờ (Phụ lục I, STT 1).",
    ["15 phút", "04 giờ"], C, "Phụ lục I.1", "Hệ thống ngừng hoạt động, người dân không nộp được hồ sơ")

# ============================================================================================== frequency
add("frequency", "chuyên mục Chính quyền số - Phục vụ Nhân dân phát mấy kỳ một tháng",
    "Phát sóng 02 kỳ/tháng (Đề cương, mục IV.5).",
    ["02 kỳ/tháng"], B, "IV.5", "phát sóng 02 kỳ/tháng")
add("frequency", "loa truyền thanh xã phát tin tuyên truyền CĐS bao nhiêu lần 1 tuần",
    "Ít nhất 03 lần/tuần trong tháng cao điểm (mục IV.5).",
    ["03 lần/tuần"], B, "IV.5",
    "hệ thống loa truyền thanh cơ sở phát nội dung tuyên truyền ít nhất 03 lần/tuần trong tháng cao điểm")
add("frequency", "mỗi tổ công nghệ số cộng đồng phải hướng dẫn bao nhiêu hộ mỗi tháng",
    "Ít nhất 20 hộ gia đình/tháng (mục IV.3).",
    ["20 hộ gia đình/tháng"], B, "IV.3", "mỗi Tổ hướng dẫn ít nhất 20 hộ gia đình/tháng")
add("frequency", "chi bộ đưa nội dung dùng dịch vụ công trực tuyến vào sinh hoạt bao lâu một lần",
    "Vào sinh hoạt chi bộ định kỳ hằng tháng trong quý IV năm 2026 (Đề cương, mục IV.6).",
    ["hằng tháng", "quý IV năm 2026"], B, "IV.6",
    "cấp ủy, chi bộ đưa nội dung này vào sinh hoạt chi bộ định kỳ hằng tháng trong quý IV năm 2026")
add("frequency", "công ty phải gửi báo cáo chất lượng dịch vụ bao lâu 1 lần, hạn ngày nào",
    "Hằng tháng, trước ngày 05 của tháng sau (khoản 5 Điều 6).",
    ["hằng tháng", "trước ngày 05"], C, "Điều 6.5",
    "Bên B gửi Bên A báo cáo chất lượng dịch vụ hằng tháng trước ngày 05 của tháng sau")
add("frequency", "dữ liệu hệ thống được sao lưu thường xuyên thế nào, giữ bao lâu",
    "Sao lưu hằng ngày; bản sao lưu lưu giữ tối thiểu 90 ngày tại một trung tâm dữ liệu khác (khoản 4 Điều 6).",
    ["hằng ngày", "90 ngày"], C, "Điều 6.4",
    "Dữ liệu được sao lưu hằng ngày; bản sao lưu được lưu giữ tối thiểu 90 ngày")
add("frequency", "trung tâm thanh toán tiền thuê dịch vụ theo tháng hay theo quý",
    "Theo quý, mỗi quý 513.000.000 đồng (khoản 1 Điều 5).",
    ["theo quý", "513.000.000 đồng"], C, "Điều 5.1",
    "Bên A thanh toán cho Bên B theo quý, mỗi quý 513.000.000 đồng")
add("frequency", "KL thanh tra yêu cầu đánh giá chất lượng dịch vụ thuê ngoài định kỳ thế nào",
    "Định kỳ hằng quý tổ chức đánh giá chất lượng dịch vụ trước khi nghiệm thu (mục V.2.c).",
    ["hằng quý"], A, "V.2.c",
    "định kỳ hằng quý tổ chức đánh giá chất lượng dịch vụ trước khi nghiệm thu")
add("frequency", "Ngày Chuyển đổi số quốc gia là ngày nào hằng năm",
    "Ngày 10 tháng 10 hằng năm, theo Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ.",
    ["10 tháng 10", "505/QĐ-TTg"], B, "I.1",
    "Ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia theo Quyết định số 505/QĐ-TTg")

# ============================================================================================== fact
add("fact", "kết luận thanh tra về giải quyết TTHC ở trung tâm hành chính công số mấy, ngày nào",
    "Kết luận thanh tra số 22/KL-TTr, ngày 16 tháng 10 năm 2026 của Thanh tra tỉnh Thanh Mộc.",
    ["22/KL-TTr", "16 tháng 10 năm 2026"], A, "header", "Số: 22/KL-TTr")
add("fact", "ai ký kết luận thanh tra 22",
    "Chánh Thanh tra Tiêu Văn Lãm ký.",
    ["Tiêu Văn Lãm"], A, "signature", "Tiêu Văn Lãm")
add("fact", "đoàn thanh tra báo cáo kết quả thanh tra ngày nào",
    "Báo cáo kết quả thanh tra ngày 30/9/2026 của Trưởng đoàn thanh tra.",
    ["30/9/2026"], A, "preamble", "Xét Báo cáo kết quả thanh tra ngày 30/9/2026 của Trưởng đoàn thanh tra")
add("fact", "Trung tâm PVHCC tỉnh có bao nhiêu người làm việc, bao nhiêu công chức các sở cử đến",
    "41 người làm việc, trong đó 19 công chức do các sở, ngành cử đến làm việc tại Bộ phận Một cửa (mục I.1).",
    ["41 người", "19 công chức"], A, "I.1",
    "Trung tâm có 41 người làm việc, trong đó 19 công chức do các sở, ngành cử đến")
add("fact", "trung tâm hành chính công tỉnh nhận bao nhiêu thủ tục",
    "1.842 TTHC của 17 sở, ngành.",
    ["1.842 TTHC", "17 sở, ngành"], A, "I.1", "Trung tâm tiếp nhận 1.842 TTHC của 17 sở, ngành")
add("fact", "địa chỉ Trung tâm Phục vụ hành chính công tỉnh ở đâu",
    "Số 27 đường Trần Nhật Duật, phường Mộc Hương, tỉnh Thanh Mộc.",
    ["Số 27 đường Trần Nhật Duật"], A, "I.1", "có trụ sở tại Số 27 đường Trần Nhật Duật, phường Mộc Hương")
add("fact", "phường Đồi Gianh có mấy công chức ở bộ phận tiếp nhận và trả kết quả",
    "07 công chức (xã Nà Ngần và xã Phiêng Hao mỗi xã 04 công chức).",
    ["07 công chức"], A, "I.2", "Phường Đồi Gianh có 07 công chức")
add("fact", "trong thời kỳ thanh tra tổng số hồ sơ tiếp nhận ở 4 đơn vị là bao nhiêu, online bao nhiêu %",
    "28.376 hồ sơ, trong đó 21.857 hồ sơ trực tuyến (tỷ lệ 77,0%).",
    ["28.376", "21.857", "77,0%"], A, "II.2",
    "các đơn vị tiếp nhận 28.376 hồ sơ, trong đó 21.857 hồ sơ trực tuyến (tỷ lệ 77,0%)")
add("fact", "có bao nhiêu hồ sơ quá hạn theo KL thanh tra",
    "352 hồ sơ quá hạn (đúng hạn 27.808, đang giải quyết 216).",
    ["352"], A, "II.2", "quá hạn 352 hồ sơ")
add("fact", "Trung tâm PVHCC tỉnh tiếp nhận bao nhiêu hồ sơ, quá hạn bao nhiêu",
    "18.426 hồ sơ, trong đó 15.112 trực tuyến; quá hạn 221 hồ sơ (bảng mục II.2, STT 1).",
    ["18.426", "221"], A, "II.2.1", "Trung tâm Phục vụ hành chính công tỉnh")
add("fact", "xã Phiêng Hao nhận bao nhiêu hồ sơ trực tuyến",
    "806 hồ sơ trực tuyến trên 1.487 hồ sơ tiếp nhận (bảng mục II.2, STT 4).",
    ["806", "1.487"], A, "II.2.4", "UBND xã Phiêng Hao")
add("fact", "xã Nà Ngần quá hạn bao nhiêu hồ sơ",
    "37 hồ sơ giải quyết quá hạn (tiếp nhận 2.145, đúng hạn 2.081, đang giải quyết 27).",
    ["37"], A, "II.2.3", "UBND xã Nà Ngần")
add("fact", "bao nhiêu hồ sơ trễ hạn có thư xin lỗi",
    "205 hồ sơ (đạt 58,2%); còn 147 hồ sơ quá hạn không có văn bản xin lỗi.",
    ["205 hồ sơ", "58,2%", "147"], A, "II.3",
    "các đơn vị mới ban hành văn bản xin lỗi đối với 205 hồ sơ (đạt 58,2%)")
add("fact", "hồ sơ quá hạn không có văn bản xin lỗi chủ yếu thuộc lĩnh vực nào",
    "Chủ yếu thuộc lĩnh vực đất đai và hộ tịch.",
    ["đất đai", "hộ tịch"], A, "II.3", "chủ yếu thuộc lĩnh vực đất đai và hộ tịch")
add("fact", "tỷ lệ số hóa hồ sơ khi tiếp nhận ở xã Nà Ngần bao nhiêu",
    "52,3% (thấp nhất trong các đơn vị được thanh tra).",
    ["52,3%"], A, "II.4", "xã Nà Ngần 52,3%")
add("fact", "xã Nà Ngần thu phí chứng thực chữ ký bao nhiêu 1 trường hợp, quy định là bao nhiêu",
    "Thu 20.000 đồng/trường hợp, cao hơn mức 10.000 đồng/trường hợp theo quy định.",
    ["20.000 đồng/trường hợp", "10.000 đồng/trường hợp"], A, "II.5",
    "thu phí chứng thực chữ ký 20.000 đồng/trường hợp, cao hơn mức 10.000 đồng/trường hợp theo quy định")
add("fact", "tổng số tiền thu sai phí ở Nà Ngần là bao nhiêu",
    "1.860.000 đồng, của 186 trường hợp.",
    ["1.860.000 đồng", "186 trường hợp"], A, "II.5",
    "đối với 186 trường hợp, số tiền thu sai là 1.860.000 đồng")
add("fact", "đến 25/9 xã Nà Ngần đã trả lại tiền cho bao nhiêu người",
    "Đã hoàn trả cho 171 người, còn 15 người chưa liên hệ nhận lại (mục IV).",
    ["171 người", "15 người"], A, "IV", "xã đã hoàn trả cho 171 người, còn 15 người chưa liên hệ nhận lại")
add("fact", "xã Nà Ngần niêm yết bao nhiêu thủ tục đã bị bãi bỏ",
    "23 TTHC đã được bãi bỏ (đã gỡ bỏ trong quá trình thanh tra).",
    ["23 TTHC"], A, "II.1", "tại xã Nà Ngần còn niêm yết 23 TTHC đã được bãi bỏ")
add("fact", "quý II/2026 hệ thống giải quyết TTHC bị sập mấy lần, lần lâu nhất bao lâu",
    "03 sự cố mức 1; lâu nhất ngày 22/5/2026 gián đoạn 9 giờ 15 phút (mục II.6).",
    ["03 sự cố mức 1", "9 giờ 15 phút"], A, "II.6", "ngày 22/5/2026 gián đoạn 9 giờ 15 phút")
add("fact", "trung tâm đã phạt công ty vì sự cố hệ thống quý II chưa?",
    "Chưa. Trung tâm đã nghiệm thu, thanh toán đủ giá trị quý II nhưng chưa áp dụng giảm trừ theo Điều 11 của Hợp "
    "đồng.",
    ["chưa áp dụng giảm trừ"], A, "II.6",
    "Trung tâm đã nghiệm thu, thanh toán đủ giá trị quý II cho Công ty nhưng chưa áp dụng giảm trừ theo Điều 11 của "
    "Hợp đồng")
add("fact", "KL 22 kiến nghị giảm trừ bao nhiêu tiền của công ty",
    "28.215.000 đồng (5,5% giá trị thanh toán quý II năm 2026), theo Điều 11 Hợp đồng số 14/2026/HĐ-TTPVHCC.",
    ["28.215.000 đồng", "5,5%"], A, "V.2.b",
    "Áp dụng giảm trừ 28.215.000 đồng (5,5% giá trị thanh toán quý II năm 2026)")
add("fact", "phường Đồi Gianh được khen điểm gì trong kết luận thanh tra",
    "Có cách làm hay trong hướng dẫn người dân nộp hồ sơ trực tuyến tại nhà thông qua Tổ công nghệ số cộng đồng.",
    ["Tổ công nghệ số cộng đồng"], A, "III.1",
    "phường Đồi Gianh có cách làm hay trong hướng dẫn người dân nộp hồ sơ trực tuyến tại nhà thông qua Tổ công nghệ "
    "số cộng đồng")
add("fact", "đề cương tuyên truyền ngày CĐS kèm theo văn bản nào",
    "Kèm theo Hướng dẫn số 31-HD/BTGDVTU, ngày 18/9/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy.",
    ["31-HD/BTGDVTU", "18/9/2026"], B, "header",
    "(Kèm theo Hướng dẫn số 31-HD/BTGDVTU, ngày 18/9/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy)")
add("fact", "cơ quan nào ban hành đề cương tuyên truyền hưởng ứng ngày CĐS 2026",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Mộc.",
    ["Ban Tuyên giáo và Dân vận"], B, "signature", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH MỘC")
add("fact", "năm 2026 là lần thứ mấy tổ chức Ngày Chuyển đổi số quốc gia",
    "Năm thứ năm.",
    ["năm thứ năm"], B, "I.1", "Năm 2026 là năm thứ năm cả nước tổ chức Ngày Chuyển đổi số quốc gia")
add("fact", "8 tháng đầu 2026 tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt bao nhiêu, mục tiêu cả năm là bao nhiêu",
    "Đạt 78,6% (năm 2025 là 69,4%); mục tiêu năm 2026 là 85%.",
    ["78,6", "85"], B, "II.2.1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến (%)")
add("fact", "tỉnh đang cung cấp bao nhiêu dịch vụ công trực tuyến toàn trình",
    "1.208 dịch vụ (số liệu đến 31/8/2026); năm 2025 là 1.102, mục tiêu năm 2026 là 1.250.",
    ["1.208"], B, "II.2.2", "Số dịch vụ công trực tuyến toàn trình được cung cấp")
add("fact", "tỷ lệ thanh toán phí lệ phí trực tuyến hiện nay là bao nhiêu",
    "64,2% (8 tháng năm 2026); mục tiêu năm 2026 là 70%.",
    ["64,2"], B, "II.2.3", "Tỷ lệ hồ sơ được thanh toán phí, lệ phí trực tuyến (%)")
add("fact", "bao nhiêu % người dân có tài khoản định danh điện tử mức 2",
    "71,0% người từ đủ 14 tuổi trở lên (8 tháng năm 2026); mục tiêu năm 2026 là 80%.",
    ["71,0"], B, "II.2.4",
    "Tỷ lệ người từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 (%)")
add("fact", "toàn tỉnh có bao nhiêu tổ công nghệ số cộng đồng, bao nhiêu thành viên",
    "1.174 Tổ công nghệ số cộng đồng với 6.522 thành viên (số liệu 8 tháng năm 2026).",
    ["1.174", "6.522"], [B, B], ["II.2.5", "II.2.6"],
    ["Số Tổ công nghệ số cộng đồng ở thôn, tổ dân phố", "Số thành viên Tổ công nghệ số cộng đồng"])
add("fact", "số liệu trong đề cương tuyên truyền tính đến ngày nào",
    "Đến ngày 31/8/2026.",
    ["31/8/2026"], B, "II.2", "Một số chỉ tiêu chủ yếu (số liệu đến ngày 31/8/2026)")
add("fact", "nộp hồ sơ trực tuyến có được giảm lệ phí không",
    "Có. Được giảm 50% lệ phí đối với một số TTHC khi nộp trực tuyến theo Nghị quyết của HĐND tỉnh.",
    ["50%"], B, "III.1", "Được giảm 50% lệ phí đối với một số TTHC khi nộp trực tuyến")
add("fact", "địa chỉ cổng dịch vụ công tỉnh Thanh Mộc là gì",
    "dichvucong.thanhmoc.gov.vn",
    ["dichvucong.thanhmoc.gov.vn"], B, "IV.7", "Cổng Dịch vụ công tỉnh: dichvucong.thanhmoc.gov.vn")
add("fact", "số tổng đài hỗ trợ dịch vụ công trực tuyến miễn phí là số nào",
    "1800 6 294, hoạt động 24/7.",
    ["1800 6 294"], B, "IV.7", "Tổng đài hỗ trợ miễn phí: 1800 6 294 (hoạt động 24/7)")
add("fact", "trang chuyển đổi số của tỉnh địa chỉ là gì",
    "chuyendoiso.thanhmoc.gov.vn",
    ["chuyendoiso.thanhmoc.gov.vn"], B, "IV.7", "Trang Chuyển đổi số tỉnh: chuyendoiso.thanhmoc.gov.vn")
add("fact", "đề cương có giao cán bộ đảng viên phải làm thủ tục online không",
    "Có. Mỗi cán bộ, công chức, viên chức, đảng viên gương mẫu thực hiện TTHC của bản thân và gia đình bằng hình "
    "thức trực tuyến.",
    ["gương mẫu"], B, "IV.6",
    "Mỗi cán bộ, công chức, viên chức, đảng viên gương mẫu thực hiện TTHC của bản thân và gia đình bằng hình thức "
    "trực tuyến")
add("fact", "số hiệu hợp đồng thuê dịch vụ hệ thống thông tin giải quyết TTHC tỉnh",
    "Hợp đồng số 14/2026/HĐ-TTPVHCC.",
    ["14/2026/HĐ-TTPVHCC"], C, "header", "Số: 14/2026/HĐ-TTPVHCC")
add("fact", "giá trị hợp đồng thuê hệ thống giải quyết TTHC là bao nhiêu",
    "6.156.000.000 đồng (Sáu tỷ, một trăm năm mươi sáu triệu đồng chẵn), đã gồm thuế GTGT, cho 36 tháng.",
    ["6.156.000.000 đồng"], C, "Điều 3.1", "Giá hợp đồng là 6.156.000.000 đồng")
add("fact", "thuê dịch vụ giám sát an toàn thông tin SOC hết bao nhiêu tiền",
    "14.500.000 đồng/tháng, 36 tháng, thành tiền 522.000.000 đồng.",
    ["14.500.000", "522.000.000"], C, "Điều 3.1", "Dịch vụ giám sát an toàn thông tin (SOC)")
add("fact", "mỗi tháng tiền thuê cả hệ thống hết bao nhiêu",
    "171.000.000 đồng/tháng (tổng đơn giá/tháng các hạng mục).",
    ["171.000.000"], C, "Điều 3.1", "171.000.000")
add("fact", "hợp đồng 14 là loại hợp đồng gì, đơn giá có thay đổi không",
    "Hợp đồng trọn gói; đơn giá không thay đổi trong suốt thời gian thực hiện Hợp đồng.",
    ["trọn gói", "không thay đổi"], C, "Điều 3.2",
    "Loại hợp đồng: trọn gói. Đơn giá không thay đổi trong suốt thời gian thực hiện Hợp đồng")
add("fact", "bảo lãnh thực hiện hợp đồng bao nhiêu tiền",
    "3% giá hợp đồng, tương ứng 184.680.000 đồng, bằng thư bảo lãnh ngân hàng, hiệu lực đến hết 31/01/2029.",
    ["3%", "184.680.000 đồng"], C, "Điều 10",
    "với giá trị bằng 3% giá hợp đồng, tương ứng 184.680.000 đồng")
add("fact", "thời gian hoạt động tối thiểu của hệ thống theo hợp đồng là bao nhiêu",
    "Tối thiểu 99,5% thời gian trong mỗi tháng, không tính thời gian bảo trì đã thông báo trước.",
    ["99,5%"], C, "Điều 6.1", "Hệ thống bảo đảm thời gian hoạt động tối thiểu 99,5% thời gian trong mỗi tháng")
add("fact", "khắc phục sự cố chậm thì công ty bị giảm trừ bao nhiêu",
    "0,5% giá trị thanh toán của quý xảy ra sự cố cho mỗi giờ chậm (phần lẻ tính tròn 01 giờ).",
    ["0,5%"], C, "Điều 11.1", "Bên B bị giảm trừ 0,5% giá trị thanh toán của quý xảy ra sự cố")
add("fact", "mức giảm trừ phạt tối đa một quý là bao nhiêu",
    "Không vượt quá 8% giá trị thanh toán của quý đó (khoản 3 Điều 11).",
    ["8%"], C, "Điều 11.3",
    "Tổng mức giảm trừ, phạt vi phạm trong một quý không vượt quá 8% giá trị thanh toán của quý đó")
add("fact", "trường hợp nào trung tâm được chấm dứt hợp đồng với công ty",
    "Khi Bên B vi phạm mức giảm trừ tối đa (8%) tại khoản 3 Điều 11 trong 02 quý liên tiếp.",
    ["02 quý liên tiếp"], C, "Điều 13.1",
    "Bên A có quyền chấm dứt Hợp đồng nếu Bên B vi phạm mức giảm trừ tối đa tại khoản 3 Điều 11 trong 02 quý liên "
    "tiếp")
add("fact", "dữ liệu hồ sơ trên hệ thống thuê là của công ty hay của trung tâm",
    "Thuộc quyền sở hữu của Bên A (Trung tâm Phục vụ hành chính công tỉnh), theo khoản 3 Điều 1.",
    ["Bên A"], C, "Điều 1.3", "thuộc quyền sở hữu của Bên A")
add("fact", "hệ thống phải đạt an toàn thông tin cấp độ mấy",
    "Cấp độ 3 (khoản 1 Điều 9).",
    ["cấp độ 3"], C, "Điều 9.1", "Hệ thống được bảo đảm an toàn thông tin theo cấp độ 3")
add("fact", "hợp đồng lập mấy bản, mỗi bên giữ mấy bản",
    "08 bản; Bên A giữ 05 bản, Bên B giữ 03 bản.",
    ["08 bản", "05 bản", "03 bản"], C, "Điều 15",
    "Hợp đồng được lập thành 08 bản có giá trị pháp lý như nhau, Bên A giữ 05 bản, Bên B giữ 03 bản")
add("fact", "tranh chấp hợp đồng thì giải quyết ở đâu",
    "Trước hết thương lượng; sau 30 ngày không thương lượng được thì khởi kiện tại Tòa án nhân dân có thẩm quyền "
    "của tỉnh Thanh Mộc.",
    ["Tòa án nhân dân"], C, "Điều 14",
    "khởi kiện tại Tòa án nhân dân có thẩm quyền của tỉnh Thanh Mộc")
add("fact", "hợp đồng căn cứ quyết định nào phê duyệt kế hoạch thuê dịch vụ",
    "Quyết định số 1093/QĐ-UBND ngày 22 tháng 12 năm 2025 của UBND tỉnh Thanh Mộc.",
    ["1093/QĐ-UBND"], C, "preamble",
    "Căn cứ Quyết định số 1093/QĐ-UBND ngày 22 tháng 12 năm 2025 của UBND tỉnh Thanh Mộc")
add("fact", "kết quả lựa chọn nhà thầu được phê duyệt bằng quyết định nào",
    "Quyết định số 05/QĐ-TTPVHCC ngày 08 tháng 01 năm 2026 của Giám đốc Trung tâm Phục vụ hành chính công tỉnh.",
    ["05/QĐ-TTPVHCC"], C, "preamble", "Căn cứ Quyết định số 05/QĐ-TTPVHCC ngày 08 tháng 01 năm 2026")
add("fact", "mã số thuế công ty Sao Mai",
    "4901 738 265.",
    ["4901 738 265"], C, "preamble", "Mã số thuế: 4901 738 265")
add("fact", "hệ thống thuê dùng chung cho bao nhiêu xã phường",
    "Dùng chung cho các sở, ngành và 61 xã, phường (khoản 1 Điều 1).",
    ["61 xã, phường"], C, "Điều 1.1",
    "phần mềm một cửa điện tử dùng chung cho các sở, ngành và 61 xã, phường")
add("fact", "yêu cầu hỗ trợ hướng dẫn sử dụng (mức 4) thì bao lâu phải xử lý xong",
    "Phản hồi trong 04 giờ, khắc phục trong 03 ngày làm việc (Phụ lục I, STT 4).",
    ["03 ngày làm việc"], C, "Phụ lục I.4", "Yêu cầu hỗ trợ, hướng dẫn sử dụng")

# ============================================================================================== abbreviation
add("abbreviation", "trong KL thanh tra DVCTT là viết tắt của gì",
    "DVCTT là dịch vụ công trực tuyến.",
    ["dịch vụ công trực tuyến"], A, "preamble", "cung cấp dịch vụ công trực tuyến (DVCTT)")
add("abbreviation", "TTHC nghĩa là gì trong kết luận 22",
    "TTHC là thủ tục hành chính.",
    ["thủ tục hành chính"], A, "preamble", "giải quyết thủ tục hành chính (TTHC)")
add("abbreviation", "SOC trong hợp đồng thuê dịch vụ là dịch vụ gì",
    "SOC là dịch vụ giám sát an toàn thông tin (14.500.000 đồng/tháng).",
    ["giám sát an toàn thông tin"], C, "Điều 3.1", "Dịch vụ giám sát an toàn thông tin (SOC)")
add("abbreviation", "trong hợp đồng 14 chữ \"Hệ thống\" là chỉ cái gì",
    "\"Hệ thống\" là dịch vụ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thanh Mộc, gồm Cổng dịch vụ "
    "công tỉnh và phần mềm một cửa điện tử dùng chung.",
    ["Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thanh Mộc"], C, "Điều 1.1",
    "dịch vụ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thanh Mộc (sau đây gọi là Hệ thống)")
add("abbreviation", "trong KL thanh tra \"Trung tâm\" gọi tắt là đơn vị nào",
    "Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm).",
    ["Trung tâm Phục vụ hành chính công tỉnh"], A, "I.1",
    "Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm)")
add("abbreviation", "dịch vụ công trực tuyến toàn trình là gì",
    "Là dịch vụ mà người dân, doanh nghiệp thực hiện toàn bộ quá trình từ nộp hồ sơ, thanh toán phí, lệ phí đến "
    "nhận kết quả trên môi trường mạng, không phải đến cơ quan nhà nước.",
    ["toàn bộ quá trình", "môi trường mạng"], B, "I.3",
    "Dịch vụ công trực tuyến toàn trình là dịch vụ mà người dân, doanh nghiệp thực hiện toàn bộ quá trình từ nộp "
    "hồ sơ, thanh toán phí, lệ phí đến nhận kết quả trên môi trường mạng")
add("abbreviation", "chuyển đổi số được định nghĩa thế nào trong đề cương",
    "Là quá trình thay đổi tổng thể và toàn diện cách sống, cách làm việc và phương thức sản xuất dựa trên các "
    "công nghệ số.",
    ["thay đổi tổng thể và toàn diện"], B, "I.3",
    "Chuyển đổi số là quá trình thay đổi tổng thể và toàn diện cách sống, cách làm việc và phương thức sản xuất "
    "dựa trên các công nghệ số")
add("abbreviation", "Bên A, Bên B trong hợp đồng 14 là ai",
    "Bên A là Trung tâm Phục vụ hành chính công tỉnh Thanh Mộc (bên thuê dịch vụ); Bên B là Công ty Cổ phần Giải "
    "pháp số Sao Mai (bên cung cấp dịch vụ).",
    ["Trung tâm Phục vụ hành chính công tỉnh Thanh Mộc", "Công ty Cổ phần Giải pháp số Sao Mai"],
    [C, C], ["preamble", "preamble"],
    ["BÊN THUÊ DỊCH VỤ (sau đây gọi là Bên A): TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH MỘC",
     "BÊN CUNG CẤP DỊCH VỤ (sau đây gọi là Bên B): CÔNG TY CỔ PHẦN GIẢI PHÁP SỐ SAO MAI"])

# ============================================================================================== list
add("list", "đề cương đưa ra những khẩu hiệu tuyên truyền nào",
    "7 khẩu hiệu: Chuyển đổi số - Vì Nhân dân phục vụ!; Dịch vụ công trực tuyến - Nhanh hơn, minh bạch hơn, tiết "
    "kiệm hơn!; Mỗi người dân một tài khoản định danh điện tử!; Ngồi nhà nộp hồ sơ - Không lo đi lại!; Thanh toán "
    "không dùng tiền mặt - Văn minh, an toàn, tiện lợi!; Cán bộ tận tâm - Người dân hài lòng!; Thanh Mộc chung tay "
    "xây dựng chính quyền số, kinh tế số, xã hội số!",
    ["Chuyển đổi số - Vì Nhân dân phục vụ!", "Ngồi nhà nộp hồ sơ - Không lo đi lại!",
     "Cán bộ tận tâm - Người dân hài lòng!"], B, "V", "Ngồi nhà nộp hồ sơ - Không lo đi lại!")
add("list", "dùng dịch vụ công trực tuyến thì người dân được lợi gì",
    "Nộp hồ sơ mọi lúc, mọi nơi kể cả ngoài giờ, ngày nghỉ; giảm chi phí đi lại, thời gian chờ đợi, theo dõi được "
    "tình trạng hồ sơ; được giảm 50% lệ phí một số TTHC; không phải nộp lại giấy tờ đã số hóa.",
    ["mọi lúc, mọi nơi", "50%"], B, "III.1",
    "Nộp hồ sơ mọi lúc, mọi nơi, kể cả ngoài giờ hành chính, ngày nghỉ, ngày lễ")
add("list", "đề cương nêu những hạn chế gì trong chuyển đổi số của tỉnh",
    "Tỷ lệ hồ sơ trực tuyến ở một số xã vùng cao còn thấp, người cao tuổi chưa quen thao tác; một số nơi còn nhận "
    "hồ sơ giấy rồi mới số hóa, số hóa chưa đầy đủ; Hệ thống thông tin giải quyết TTHC có thời điểm bị gián đoạn.",
    ["xã vùng cao", "bị gián đoạn"], B, "II.3",
    "Tỷ lệ hồ sơ trực tuyến ở một số xã vùng cao còn thấp")
add("list", "người dân cần hỗ trợ dvc trực tuyến thì liên hệ những kênh nào",
    "Cổng Dịch vụ công tỉnh dichvucong.thanhmoc.gov.vn; tổng đài miễn phí 1800 6 294 (24/7); trang Chuyển đổi số "
    "chuyendoiso.thanhmoc.gov.vn; Trung tâm Phục vụ hành chính công tỉnh 0297 3 846 115.",
    ["dichvucong.thanhmoc.gov.vn", "1800 6 294", "0297 3 846 115"], B, "IV.7",
    "Người dân cần hỗ trợ về dịch vụ công trực tuyến liên hệ")
add("list", "hợp đồng 14 gồm những hạng mục dịch vụ nào",
    "5 hạng mục: dịch vụ nền tảng Hệ thống thông tin giải quyết TTHC tỉnh (Cổng DVC và một cửa điện tử); hạ tầng "
    "máy chủ, lưu trữ và sao lưu dữ liệu; kết nối, tích hợp (LGSP, CSDLQG về dân cư, Cổng DVC quốc gia, thanh toán "
    "trực tuyến); giám sát an toàn thông tin (SOC); hỗ trợ người dùng, tổng đài 24/7 và đào tạo.",
    ["hạ tầng máy chủ", "SOC", "tổng đài 24/7"], C, "Điều 3.1", "Dịch vụ giám sát an toàn thông tin (SOC)")
add("list", "hồ sơ thanh toán hằng quý của công ty gồm những gì",
    "Biên bản nghiệm thu quý, báo cáo chất lượng dịch vụ 03 tháng trong quý, bảng tính giảm trừ (nếu có) và hóa "
    "đơn giá trị gia tăng.",
    ["biên bản nghiệm thu quý", "bảng tính giảm trừ", "hóa đơn giá trị gia tăng"], C, "Điều 5.3",
    "Hồ sơ thanh toán gồm: biên bản nghiệm thu quý, báo cáo chất lượng dịch vụ 03 tháng trong quý, bảng tính giảm "
    "trừ (nếu có) và hóa đơn giá trị gia tăng")
add("list", "thành phần hồ sơ hợp đồng theo thứ tự ưu tiên gồm gì",
    "a) Văn bản hợp đồng và các phụ lục; b) Biên bản hoàn thiện hợp đồng; c) Quyết định phê duyệt kết quả lựa chọn "
    "nhà thầu; d) Hồ sơ dự thầu và các tài liệu làm rõ; đ) Hồ sơ mời thầu.",
    ["Biên bản hoàn thiện hợp đồng", "Hồ sơ mời thầu"], C, "Điều 2",
    "a) Văn bản hợp đồng và các phụ lục; b) Biên bản hoàn thiện hợp đồng")
add("list", "các mức sự cố trong phụ lục hợp đồng gồm những mức nào",
    "4 mức: Mức 1 hệ thống ngừng hoạt động (khắc phục 04 giờ); Mức 2 một chức năng chính bị lỗi (08 giờ); Mức 3 lỗi "
    "chức năng phụ (24 giờ); Mức 4 yêu cầu hỗ trợ, hướng dẫn sử dụng (03 ngày làm việc).",
    ["04 giờ", "08 giờ", "24 giờ"], C, "Phụ lục I", "THỜI GIAN PHẢN HỒI VÀ KHẮC PHỤC SỰ CỐ")

# ============================================================================================== task_list
add("task_list", "KL thanh tra chỉ ra những tồn tại vi phạm nào",
    "a) Nà Ngần niêm yết TTHC chưa cập nhật, Phiêng Hao chưa công khai đường dây nóng; b) 147 hồ sơ quá hạn không có "
    "văn bản xin lỗi; c) số hóa ở Nà Ngần, Phiêng Hao thấp, chưa đủ thành phần; d) Nà Ngần thu sai phí chứng thực "
    "1.860.000 đồng; đ) Trung tâm chưa áp dụng giảm trừ, chưa yêu cầu báo cáo tháng.",
    ["147 hồ sơ", "1.860.000 đồng", "chưa áp dụng giảm trừ"], [A, A, A, A, A],
    ["III.2.a", "III.2.b", "III.2.c", "III.2.d", "III.2.đ"],
    ["Xã Nà Ngần niêm yết TTHC chưa được cập nhật",
     "147 hồ sơ quá hạn không có văn bản xin lỗi",
     "Tỷ lệ số hóa hồ sơ của xã Nà Ngần và xã Phiêng Hao thấp",
     "UBND xã Nà Ngần thu sai phí chứng thực với số tiền 1.860.000 đồng",
     "chưa áp dụng giảm trừ khi bên cung cấp dịch vụ vi phạm thời gian khắc phục sự cố"])
add("task_list", "đề cương nêu những nhiệm vụ trọng tâm cần tuyên truyền gì",
    "Tháng cao điểm 01/10–31/10/2026; Ngày hội Chuyển đổi số tỉnh 10/10/2026 (Sở KHCN); chiến dịch \"Mỗi nhà một người biết dùng "
    "dịch vụ công trực tuyến\" (Tỉnh đoàn); kích hoạt định danh mức 2 (Công an tỉnh); chuyên mục trên Báo và Đài "
    "02 kỳ/tháng, loa cơ sở 03 lần/tuần; cán bộ, đảng viên gương mẫu làm TTHC trực tuyến; các kênh hỗ trợ người dân.",
    ["Ngày hội Chuyển đổi số", "Tỉnh đoàn", "Công an tỉnh"], [B, B, B, B], ["IV.1", "IV.2", "IV.3", "IV.4"],
    ["Tháng cao điểm tuyên truyền: từ ngày 01/10/2026 đến ngày 31/10/2026",
     "Ngày hội Chuyển đổi số tỉnh Thanh Mộc năm 2026",
     "Tỉnh đoàn chủ trì",
     "Công an tỉnh chủ trì hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2"])
add("task_list", "hợp đồng quy định những yêu cầu chất lượng dịch vụ nào",
    "Thời gian hoạt động tối thiểu 99,5%/tháng; phản hồi, khắc phục sự cố theo Phụ lục I; bảo trì chỉ từ 22 giờ thứ "
    "Bảy đến 05 giờ Chủ nhật, báo trước 03 ngày làm việc; sao lưu hằng ngày, giữ 90 ngày ở trung tâm dữ liệu khác; "
    "báo cáo chất lượng hằng tháng trước ngày 05.",
    ["99,5%", "90 ngày", "trước ngày 05"], [C, C, C, C, C], ["Điều 6.1", "Điều 6.2", "Điều 6.3", "Điều 6.4", "Điều 6.5"],
    ["thời gian hoạt động tối thiểu 99,5% thời gian trong mỗi tháng",
     "Thời gian phản hồi và khắc phục sự cố theo Phụ lục I của Hợp đồng",
     "Bảo trì định kỳ chỉ thực hiện từ 22 giờ 00 thứ Bảy đến 05 giờ 00 Chủ nhật",
     "bản sao lưu được lưu giữ tối thiểu 90 ngày",
     "báo cáo chất lượng dịch vụ hằng tháng trước ngày 05 của tháng sau"])

# ============================================================================================== unit_duties
add("unit_duties", "KL 22 giao Giám đốc Trung tâm PVHCC tỉnh những việc gì",
    "a) Kiểm điểm trách nhiệm về việc không ban hành văn bản xin lỗi, xong trong tháng 11/2026; b) áp dụng giảm trừ "
    "28.215.000 đồng vào kỳ thanh toán quý IV năm 2026; c) yêu cầu Công ty Sao Mai gửi báo cáo chất lượng hằng tháng "
    "và đánh giá chất lượng dịch vụ hằng quý trước khi nghiệm thu.",
    ["tháng 11/2026", "28.215.000 đồng", "hằng quý"], [A, A, A], ["V.2.a", "V.2.b", "V.2.c"],
    ["hoàn thành trong tháng 11/2026",
     "Áp dụng giảm trừ 28.215.000 đồng",
     "gửi báo cáo chất lượng dịch vụ hằng tháng theo đúng Hợp đồng"])
add("unit_duties", "chủ tịch xã Nà Ngần phải làm gì sau kết luận thanh tra",
    "Tiếp tục hoàn trả tiền thu sai cho 15 người chưa nhận (không liên hệ được thì niêm yết tại trụ sở 30 ngày); "
    "kiểm điểm công chức thu sai phí; rà soát, số hóa bổ sung 09 hồ sơ thiếu giấy tờ trước 15/11/2026.",
    ["15 người", "09 hồ sơ", "15/11/2026"], [A, A], ["V.3.a", "V.3.b"],
    ["Tiếp tục hoàn trả số tiền thu sai cho 15 người chưa nhận",
     "Kiểm điểm trách nhiệm công chức thu sai phí; rà soát, số hóa bổ sung 09 hồ sơ thiếu thành phần giấy tờ trước "
     "ngày 15/11/2026"])
add("unit_duties", "nghĩa vụ của công ty Sao Mai (bên B) theo hợp đồng gồm những gì",
    "Cung cấp dịch vụ đạt yêu cầu Điều 6 và duy trì tổng đài 1800 6 294 hoạt động 24/7; đào tạo cán bộ ít nhất 02 "
    "lần/năm; không chuyển dữ liệu của Bên A cho bên thứ ba khi chưa được đồng ý bằng văn bản.",
    ["1800 6 294", "02 lần/năm", "bên thứ ba"], [C, C, C], ["Điều 8.2", "Điều 8.3", "Điều 8.4"],
    ["duy trì tổng đài hỗ trợ 1800 6 294 hoạt động 24/7",
     "ít nhất 02 lần/năm",
     "Không được chuyển giao dữ liệu của Bên A cho bên thứ ba khi chưa có sự đồng ý bằng văn bản của Bên A"])
add("unit_duties", "Sở Khoa học và Công nghệ được giao những việc gì trong 3 văn bản này",
    "KL 22: hướng dẫn các xã, phường nâng tỷ lệ số hóa hồ sơ, đến 31/12/2026 đạt tối thiểu 80%; Đề cương: chủ trì "
    "tổ chức Ngày hội Chuyển đổi số tỉnh 10/10/2026; Hợp đồng 14: phối hợp với Trung tâm kiểm tra, giám sát an toàn "
    "thông tin và được Bên B thông báo sự cố an toàn thông tin trong 02 giờ.",
    ["80%", "Ngày hội Chuyển đổi số", "02 giờ"], [A, B, C, C], ["V.1", "IV.2", "Điều 7.4", "Điều 9.2"],
    ["giao Sở Khoa học và Công nghệ hướng dẫn các xã, phường nâng cao tỷ lệ số hóa hồ sơ",
     "Ngày hội Chuyển đổi số tỉnh Thanh Mộc năm 2026",
     "phối hợp với Sở Khoa học và Công nghệ trong việc kiểm tra, giám sát an toàn thông tin của Hệ thống",
     "Bên B thông báo cho Bên A và Sở Khoa học và Công nghệ trong thời hạn 02 giờ"])

# ============================================================================================== period
add("period", "theo KL thanh tra 22 những việc gì có hạn trong tháng 11/2026",
    "Kiểm điểm ở Trung tâm PVHCC tỉnh (trong tháng 11/2026); Nà Ngần số hóa bổ sung 09 hồ sơ trước 15/11/2026; "
    "Phiêng Hao gửi kế hoạch nâng tỷ lệ số hóa trước 15/11/2026; các đơn vị báo cáo kết quả thực hiện trước "
    "30/11/2026.",
    ["tháng 11/2026", "15/11/2026", "30/11/2026"], [A, A, A, A], ["V.2.a", "V.3.b", "V.4", "closing"],
    ["hoàn thành trong tháng 11/2026",
     "số hóa bổ sung 09 hồ sơ thiếu thành phần giấy tờ trước ngày 15/11/2026",
     "gửi Thanh tra tỉnh trước ngày 15/11/2026",
     "báo cáo kết quả thực hiện về Thanh tra tỉnh trước ngày 30/11/2026"])
add("period", "tháng 10/2026 đề cương tuyên truyền có những hoạt động gì",
    "Tháng cao điểm tuyên truyền từ 01/10/2026 đến 31/10/2026; Ngày hội Chuyển đổi số tỉnh thứ Bảy 10/10/2026; điểm lưu động "
    "kích hoạt định danh mức 2 vào thứ Bảy, Chủ nhật trong tháng 10/2026.",
    ["01/10/2026", "10/10/2026", "tháng 10/2026"], [B, B, B], ["IV.1", "IV.2", "IV.4"],
    ["từ ngày 01/10/2026 đến ngày 31/10/2026",
     "thứ Bảy, ngày 10/10/2026",
     "vào thứ Bảy, Chủ nhật trong tháng 10/2026"])
add("period", "mốc 31/01/2029 trong hợp đồng 14 gắn với những gì",
    "Ngày 31/01/2029 là ngày kết thúc thời gian cung cấp dịch vụ (36 tháng từ 01/02/2026) và là hạn hiệu lực của bảo lãnh thực "
    "hiện hợp đồng.",
    ["31/01/2029"], [C, C], ["Điều 4.2", "Điều 10"],
    ["từ ngày 01/02/2026 đến hết ngày 31/01/2029", "bảo lãnh có hiệu lực đến hết ngày 31/01/2029"])

# ============================================================================================== comparison
add("comparison", "sự cố mức 1 với mức 2 thời gian khắc phục chênh nhau thế nào",
    "Mức 1 (hệ thống ngừng hoạt động) khắc phục trong 04 giờ, phản hồi 15 phút; Mức 2 (một chức năng chính bị lỗi) "
    "khắc phục trong 08 giờ, phản hồi 30 phút.",
    ["04 giờ", "08 giờ"], [C, C], ["Phụ lục I.1", "Phụ lục I.2"],
    ["Hệ thống ngừng hoạt động, người dân không nộp được hồ sơ",
     "Một chức năng chính bị lỗi (thanh toán, ký số, liên thông)"])
add("comparison", "tỷ lệ số hóa hồ sơ giữa trung tâm tỉnh và xã Nà Ngần khác nhau bao nhiêu",
    "Trung tâm tỉnh 91,4%, xã Nà Ngần 52,3% — thấp hơn 39,1 điểm phần trăm (Phường Đồi Gianh 84,7%, xã Phiêng Hao "
    "61,8%).",
    ["91,4%", "52,3%"], A, "II.4", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận tại Trung tâm đạt 91,4%")
add("comparison", "tỷ lệ nộp hồ sơ online năm 2025 so với 8 tháng 2026 tăng bao nhiêu",
    "Từ 69,4% (năm 2025) lên 78,6% (8 tháng năm 2026), tăng 9,2 điểm phần trăm; mục tiêu 2026 là 85%.",
    ["69,4", "78,6"], B, "II.2.1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến (%)")
add("comparison", "đơn vị nào nhiều hồ sơ quá hạn nhất trong 4 đơn vị được thanh tra",
    "Trung tâm Phục vụ hành chính công tỉnh với 221 hồ sơ quá hạn; phường Đồi Gianh 59, xã Nà Ngần 37, xã Phiêng "
    "Hao 35.",
    ["221", "59", "35"], [A, A, A, A], ["II.2.1", "II.2.2", "II.2.3", "II.2.4"],
    ["Trung tâm Phục vụ hành chính công tỉnh", "UBND phường Đồi Gianh", "UBND xã Nà Ngần", "UBND xã Phiêng Hao"])
add("comparison", "vi phạm thời gian khắc phục sự cố với vi phạm thời gian hoạt động thì giảm trừ khác nhau ra sao",
    "Khắc phục chậm: giảm trừ 0,5% giá trị thanh toán quý cho mỗi giờ chậm; thời gian hoạt động trong tháng dưới "
    "99,5%: giảm trừ 2% giá trị thanh toán quý cho mỗi tháng vi phạm; tổng không quá 8%/quý.",
    ["0,5%", "2%", "8%"], [C, C, C], ["Điều 11.1", "Điều 11.2", "Điều 11.3"],
    ["mỗi giờ chậm (phần lẻ của giờ được tính tròn thành 01 giờ) Bên B bị giảm trừ 0,5% giá trị thanh toán",
     "Bên B bị giảm trừ 2% giá trị thanh toán của quý cho mỗi tháng vi phạm",
     "không vượt quá 8% giá trị thanh toán của quý đó"])
add("comparison", "KL thanh tra và hợp đồng ai ký, có phải cùng một người không",
    "Không. Kết luận thanh tra 22/KL-TTr do Chánh Thanh tra Tiêu Văn Lãm ký; Hợp đồng 14/2026/HĐ-TTPVHCC do Giám đốc "
    "Trung tâm Vương Đình Khiêm (Bên A) và Tổng Giám đốc Giáp Thị Oanh (Bên B) ký.",
    ["Tiêu Văn Lãm", "Vương Đình Khiêm", "Giáp Thị Oanh"], [A, C, C], ["signature", "signature", "signature"],
    ["Tiêu Văn Lãm", "Vương Đình Khiêm", "Giáp Thị Oanh"])

# ============================================================================================== cross_document
add("cross_document", "hợp đồng quy định sự cố mức 1 sửa trong bao lâu, quý II thực tế có lần nào vượt không",
    "Hợp đồng 14 quy định sự cố Mức 1 phải khắc phục trong 04 giờ (Phụ lục I). KL thanh tra 22: quý II/2026 có 03 "
    "sự cố mức 1 (6 giờ 40 phút, 9 giờ 15 phút, 5 giờ 05 phút) đều vượt, tổng vượt tính tròn 11 giờ.",
    ["04 giờ", "03 sự cố mức 1", "11 giờ"], [C, A], ["Phụ lục I.1", "II.6"],
    ["Hệ thống ngừng hoạt động, người dân không nộp được hồ sơ",
     "đều vượt thời gian khắc phục 04 giờ theo Hợp đồng, tổng thời gian vượt tính tròn là 11 giờ"])
add("cross_document", "con số giảm trừ 28.215.000 đồng trong KL thanh tra tính ra sao theo hợp đồng",
    "Theo Điều 11 Hợp đồng, mỗi giờ chậm giảm trừ 0,5% giá trị thanh toán quý; 11 giờ vượt × 0,5% = 5,5% của "
    "513.000.000 đồng/quý = 28.215.000 đồng, dưới mức trần 8%/quý.",
    ["0,5%", "513.000.000 đồng", "28.215.000 đồng"], [C, C, A], ["Điều 11.1", "Điều 5.1", "V.2.b"],
    ["Bên B bị giảm trừ 0,5% giá trị thanh toán của quý xảy ra sự cố",
     "mỗi quý 513.000.000 đồng",
     "Áp dụng giảm trừ 28.215.000 đồng (5,5% giá trị thanh toán quý II năm 2026)"])
add("cross_document", "hợp đồng bắt công ty báo cáo tháng, vậy trung tâm có đòi báo cáo không",
    "Hợp đồng (khoản 5 Điều 6) yêu cầu Bên B gửi báo cáo chất lượng dịch vụ hằng tháng trước ngày 05 của tháng sau; "
    "nhưng KL thanh tra 22 kết luận Trung tâm chưa yêu cầu Công ty gửi báo cáo tháng.",
    ["trước ngày 05", "chưa yêu cầu"], [C, A], ["Điều 6.5", "II.6"],
    ["Bên B gửi Bên A báo cáo chất lượng dịch vụ hằng tháng trước ngày 05 của tháng sau",
     "Trung tâm cũng chưa yêu cầu Công ty gửi báo cáo tháng về chất lượng dịch vụ"])
add("cross_document", "hệ thống giải quyết TTHC chuyển sang thuê dịch vụ từ khi nào",
    "Từ ngày 01/02/2026 (Hợp đồng 14, khoản 2 Điều 4; KL thanh tra mục I.1; Đề cương mục II.1).",
    ["01/02/2026"], [C, A, B], ["Điều 4.2", "I.1", "II.1"],
    ["Thời gian cung cấp dịch vụ: 36 tháng, từ ngày 01/02/2026",
     "Từ ngày 01/02/2026, Hệ thống thông tin giải quyết TTHC tỉnh được vận hành theo hình thức thuê dịch vụ",
     "Từ ngày 01/02/2026, Hệ thống được vận hành theo hình thức thuê dịch vụ"])
add("cross_document", "số 1800 6 294 là tổng đài gì, xã nào bị nhắc vì chưa công khai số này",
    "Là tổng đài hỗ trợ miễn phí hoạt động 24/7 (Đề cương), do Công ty Sao Mai (Bên B) duy trì theo Hợp đồng 14; "
    "KL thanh tra nêu xã Phiêng Hao chưa công khai số đường dây nóng 1800 6 294 tại nơi tiếp nhận hồ sơ.",
    ["1800 6 294", "Phiêng Hao"], [B, C, A], ["IV.7", "Điều 8.2", "II.1"],
    ["Tổng đài hỗ trợ miễn phí: 1800 6 294 (hoạt động 24/7)",
     "duy trì tổng đài hỗ trợ 1800 6 294 hoạt động 24/7",
     "tại xã Phiêng Hao chưa công khai số điện thoại đường dây nóng 1800 6 294"])
add("cross_document", "tỷ lệ hồ sơ trực tuyến trong KL thanh tra và trong đề cương có giống nhau không",
    "Không giống: KL thanh tra tính ở 4 đơn vị được thanh tra, thời kỳ 01/7/2025–30/6/2026, đạt 77,0%; Đề cương "
    "tính toàn tỉnh 8 tháng năm 2026 (đến 31/8/2026), đạt 78,6%.",
    ["77,0%", "78,6"], [A, B], ["II.2", "II.2.1"],
    ["21.857 hồ sơ trực tuyến (tỷ lệ 77,0%)", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến (%)"])
add("cross_document", "đề cương nói hệ thống có lúc bị gián đoạn, cụ thể là những lần nào",
    "Đề cương (II.3) nêu Hệ thống thông tin giải quyết TTHC có thời điểm bị gián đoạn; KL thanh tra (II.6) ghi quý "
    "II/2026 có 03 sự cố mức 1 vào các ngày 14/4/2026, 22/5/2026 và 17/6/2026.",
    ["14/4/2026", "22/5/2026", "17/6/2026"], [B, A], ["II.3", "II.6"],
    ["Hệ thống thông tin giải quyết TTHC có thời điểm bị gián đoạn",
     "ngày 14/4/2026 gián đoạn 6 giờ 40 phút; ngày 22/5/2026 gián đoạn 9 giờ 15 phút; ngày 17/6/2026 gián đoạn 5 giờ "
     "05 phút"])
add("cross_document", "trung tâm PVHCC tỉnh địa chỉ và số điện thoại là gì",
    "Số 27 đường Trần Nhật Duật, phường Mộc Hương; điện thoại 0297 3 846 115.",
    ["Số 27 đường Trần Nhật Duật", "0297 3 846 115"], [A, B], ["I.1", "IV.7"],
    ["có trụ sở tại Số 27 đường Trần Nhật Duật, phường Mộc Hương",
     "Trung tâm Phục vụ hành chính công tỉnh: 0297 3 846 115"])
add("cross_document", "người ký hợp đồng thuê hệ thống có phải người bị quy trách nhiệm trong KL thanh tra ko",
    "Có. Hợp đồng 14 do ông Vương Đình Khiêm, Giám đốc Trung tâm (Bên A) ký; KL thanh tra quy trách nhiệm cho Giám "
    "đốc Trung tâm Phục vụ hành chính công tỉnh về các tồn tại, trong đó có việc chưa áp dụng giảm trừ theo hợp đồng.",
    ["Vương Đình Khiêm", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh"], [C, A], ["preamble", "III.3"],
    ["Đại diện: Ông Vương Đình Khiêm", "thuộc về Giám đốc Trung tâm Phục vụ hành chính công tỉnh"])
add("cross_document", "phường Đồi Gianh làm hay vụ tổ công nghệ số, vậy toàn tỉnh có bao nhiêu tổ như vậy",
    "KL thanh tra khen phường Đồi Gianh hướng dẫn dân nộp hồ sơ trực tuyến tại nhà qua Tổ công nghệ số cộng đồng; "
    "theo Đề cương, toàn tỉnh có 1.174 Tổ công nghệ số cộng đồng.",
    ["Đồi Gianh", "1.174"], [A, B], ["III.1", "II.2.5"],
    ["phường Đồi Gianh có cách làm hay", "Số Tổ công nghệ số cộng đồng ở thôn, tổ dân phố"])

# ============================================================================================== no_diacritics
add("no_diacritics", "ket luan thanh tra so may, ai ky",
    "Kết luận thanh tra số 22/KL-TTr, do Chánh Thanh tra Tiêu Văn Lãm ký.",
    ["22/KL-TTr", "Tiêu Văn Lãm"], [A, A], ["header", "signature"], ["Số: 22/KL-TTr", "Tiêu Văn Lãm"])
add("no_diacritics", "xa na ngan thu sai phi chung thuc bao nhieu tien",
    "1.860.000 đồng (186 trường hợp, thu 20.000 đồng thay vì 10.000 đồng/trường hợp).",
    ["1.860.000 đồng"], A, "II.5", "số tiền thu sai là 1.860.000 đồng")
add("no_diacritics", "bao nhieu ho so qua han khong co thu xin loi",
    "147 hồ sơ quá hạn không có văn bản xin lỗi.",
    ["147"], A, "II.3", "còn 147 hồ sơ quá hạn không có văn bản xin lỗi")
add("no_diacritics", "giam tru cong ty bao nhieu tien theo ket luan thanh tra",
    "28.215.000 đồng (5,5% giá trị thanh toán quý II năm 2026), trừ vào kỳ thanh toán quý IV năm 2026.",
    ["28.215.000 đồng"], A, "V.2.b", "Áp dụng giảm trừ 28.215.000 đồng")
add("no_diacritics", "thoi ky thanh tra tu ngay nao den ngay nao",
    "Từ ngày 01/7/2025 đến ngày 30/6/2026.",
    ["01/7/2025", "30/6/2026"], A, "I.3", "từ ngày 01/7/2025 đến ngày 30/6/2026")
add("no_diacritics", "ai chu tri to chuc ngay hoi chuyen doi so tinh",
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với Tỉnh đoàn và Bưu điện tỉnh.",
    ["Sở Khoa học và Công nghệ"], B, "IV.2", "Sở Khoa học và Công nghệ chủ trì tổ chức")
add("no_diacritics", "tong dai ho tro dich vu cong so may",
    "1800 6 294 (miễn phí, hoạt động 24/7).",
    ["1800 6 294"], B, "IV.7", "Tổng đài hỗ trợ miễn phí: 1800 6 294 (hoạt động 24/7)")
add("no_diacritics", "link cong dich vu cong tinh",
    "dichvucong.thanhmoc.gov.vn",
    ["dichvucong.thanhmoc.gov.vn"], B, "IV.7", "Cổng Dịch vụ công tỉnh: dichvucong.thanhmoc.gov.vn")
add("no_diacritics", "ty le dinh danh dien tu muc 2 hien nay bao nhieu, muc tieu bao nhieu",
    "71,0% (8 tháng năm 2026), mục tiêu năm 2026 là 80%.",
    ["71,0", "80"], B, "II.2.4", "Tỷ lệ người từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 (%)")
add("no_diacritics", "thang cao diem tuyen truyen cds tu ngay nao",
    "Từ ngày 01/10/2026 đến ngày 31/10/2026.",
    ["01/10/2026", "31/10/2026"], B, "IV.1", "từ ngày 01/10/2026 đến ngày 31/10/2026")
add("no_diacritics", "gia hop dong thue he thong giai quyet tthc bao nhieu",
    "6.156.000.000 đồng (đã gồm VAT, 36 tháng).",
    ["6.156.000.000 đồng"], C, "Điều 3.1", "Giá hợp đồng là 6.156.000.000 đồng")
add("no_diacritics", "he thong phai hoat dong toi thieu bao nhieu phan tram thoi gian",
    "Tối thiểu 99,5% thời gian trong mỗi tháng.",
    ["99,5%"], C, "Điều 6.1", "tối thiểu 99,5% thời gian trong mỗi tháng")
add("no_diacritics", "hop dong het han ngay nao",
    "Hết ngày 31/01/2029 (36 tháng từ 01/02/2026).",
    ["31/01/2029"], C, "Điều 4.2", "từ ngày 01/02/2026 đến hết ngày 31/01/2029")
add("no_diacritics", "cong ty sao mai do ai dai dien ky hop dong",
    "Bà Giáp Thị Oanh, Tổng Giám đốc.",
    ["Giáp Thị Oanh"], C, "preamble", "Đại diện: Bà Giáp Thị Oanh")
add("no_diacritics", "email ho tro cua cong ty sao mai",
    "hotro@saomaiso.vn (tổng đài hỗ trợ 24/7: 1800 6 294).",
    ["hotro@saomaiso.vn"], C, "Phụ lục II.4", "hotro@saomaiso.vn")
add("no_diacritics", "bao tri he thong vao luc nao",
    "Từ 22 giờ 00 thứ Bảy đến 05 giờ 00 Chủ nhật, báo trước ít nhất 03 ngày làm việc.",
    ["22 giờ 00 thứ Bảy", "05 giờ 00 Chủ nhật"], C, "Điều 6.3",
    "từ 22 giờ 00 thứ Bảy đến 05 giờ 00 Chủ nhật")

# ============================================================================================== english
add("english", "Who signed the inspection conclusion 22/KL-TTr and when was it issued?",
    "It was signed by the Chief Inspector (Chánh Thanh tra) Tiêu Văn Lãm and dated 16 October 2026 (ngày 16 tháng 10 "
    "năm 2026).",
    ["Tiêu Văn Lãm", "16 tháng 10 năm 2026"], [A, A], ["signature", "header"],
    ["Tiêu Văn Lãm", "Thanh Mộc, ngày 16 tháng 10 năm 2026"])
add("english", "How many overdue files did the inspected units have, and how many got an apology letter?",
    "352 overdue files; apology letters were issued for 205 of them (58,2%), leaving 147 without one.",
    ["352", "205", "147"], A, "II.3",
    "Trong 352 hồ sơ quá hạn, các đơn vị mới ban hành văn bản xin lỗi đối với 205 hồ sơ")
add("english", "What was the digitisation rate of files at Na Ngan commune?",
    "52,3% (against 91,4% at the provincial Trung tâm Phục vụ hành chính công).",
    ["52,3%"], A, "II.4", "xã Nà Ngần 52,3%")
add("english", "How much did the inspectorate recommend deducting from the IT vendor's payment?",
    "28.215.000 đồng, i.e. 5,5% of the Q2 2026 payment, under Article 11 of contract 14/2026/HĐ-TTPVHCC, to be "
    "applied in the Q4 2026 payment.",
    ["28.215.000 đồng", "5,5%"], A, "V.2.b",
    "Áp dụng giảm trừ 28.215.000 đồng (5,5% giá trị thanh toán quý II năm 2026)")
add("english", "Who issued the propaganda outline for National Digital Transformation Day 2026?",
    "The provincial Party Committee's Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Mộc, attached to Hướng dẫn số "
    "31-HD/BTGDVTU of 18/9/2026.",
    ["Ban Tuyên giáo và Dân vận", "31-HD/BTGDVTU"], [B, B], ["signature", "header"],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THANH MỘC",
     "(Kèm theo Hướng dẫn số 31-HD/BTGDVTU, ngày 18/9/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy)"])
add("english", "When and where is the province's 2026 Digital Transformation Festival held?",
    "On Saturday 10/10/2026 at Quảng trường Trung tâm tỉnh, phường Mộc Hương; organised by Sở Khoa học và Công nghệ.",
    ["10/10/2026", "Quảng trường Trung tâm tỉnh"], B, "IV.2",
    "thứ Bảy, ngày 10/10/2026 tại Quảng trường Trung tâm tỉnh, phường Mộc Hương")
add("english", "How many community digital technology teams does the province have?",
    "1.174 Tổ công nghệ số cộng đồng, with 6.522 members (to 31/8/2026).",
    ["1.174", "6.522"], [B, B], ["II.2.5", "II.2.6"],
    ["Số Tổ công nghệ số cộng đồng ở thôn, tổ dân phố", "Số thành viên Tổ công nghệ số cộng đồng"])
add("english", "How often does the radio/TV column on digital government air?",
    "02 kỳ/tháng (twice a month), on Báo Thanh Mộc and Đài Phát thanh - Truyền hình tỉnh.",
    ["02 kỳ/tháng"], B, "IV.5", "phát sóng 02 kỳ/tháng")
add("english", "What is the total value of the IT service contract and how long does it run?",
    "6.156.000.000 đồng including VAT, for 36 months (36 tháng) from 01/02/2026 to 31/01/2029.",
    ["6.156.000.000 đồng", "36 tháng"], [C, C], ["Điều 3.1", "Điều 4.2"],
    ["Giá hợp đồng là 6.156.000.000 đồng", "Thời gian cung cấp dịch vụ: 36 tháng"])
add("english", "What is the fix time for a level 1 incident under the contract?",
    "04 giờ (4 hours), with a 15-minute response time (Phụ lục I, Mức 1).",
    ["04 giờ"], C, "Phụ lục I.1", "Hệ thống ngừng hoạt động, người dân không nộp được hồ sơ")
add("english", "Who owns the data generated by the outsourced system?",
    "Bên A, i.e. the provincial Trung tâm Phục vụ hành chính công (Article 1, clause 3).",
    ["Bên A"], C, "Điều 1.3", "thuộc quyền sở hữu của Bên A")
add("english", "What is the performance guarantee amount in the contract?",
    "3% of the contract price, i.e. 184.680.000 đồng, by bank guarantee valid until 31/01/2029.",
    ["184.680.000 đồng"], C, "Điều 10", "tương ứng 184.680.000 đồng")
add("english", "What is the cap on deductions per quarter?",
    "8% of that quarter's payment (Article 11, clause 3).",
    ["8%"], C, "Điều 11.3", "không vượt quá 8% giá trị thanh toán của quý đó")

# ============================================================================================== unanswerable
unans("trưởng đoàn thanh tra trong KL 22 tên là gì")
unans("số điện thoại của Thanh tra tỉnh Thanh Mộc là bao nhiêu")
unans("kinh phí tổ chức Ngày hội Chuyển đổi số tỉnh năm 2026 là bao nhiêu tiền")
unans("Trung tâm Phục vụ hành chính công tỉnh làm việc mấy giờ, thứ 7 có mở cửa không")
unans("chủ đề Ngày Chuyển đổi số quốc gia năm 2026 là gì")
unans("nếu trung tâm chậm thanh toán thì công ty Sao Mai được phạt lãi bao nhiêu")
unans("công ty Sao Mai thành lập năm nào, có bao nhiêu nhân viên")
unans("công chức thu sai phí ở Nà Ngần bị kỷ luật hình thức gì")
unans("ty le ho so truc tuyen cua xa khuoi van nam 2026 la bao nhieu")
unans("zalo OA cua tinh de hoi dich vu cong la gi")
unans("hop dong 14 co duoc gia han sau nam 2029 khong")
unans("What is the email address of the provincial Inspectorate?", english=True)
unans("How many visitors attended the 2025 Digital Transformation Festival?", english=True)
unans("Which bank issued the vendor's performance guarantee?", english=True)
unans("How many posters and banners will each commune put up in October 2026?", english=True)
unans("có bao nhiêu xã vùng cao của tỉnh có tỷ lệ hồ sơ trực tuyến dưới 50%")

# ============================================================================================== added after the first check
add("fact", "kết luận thanh tra 22 có gửi báo cáo Thanh tra Chính phủ không",
    "Có. Nơi nhận có Thanh tra Chính phủ (để báo cáo).",
    ["Thanh tra Chính phủ"], A, "closing", "- Thanh tra Chính phủ (để b/c);")
add("fact", "KL thanh tra này có được công khai không",
    "Có. Kết luận thanh tra được công khai theo quy định của pháp luật.",
    ["công khai theo quy định của pháp luật"], A, "closing",
    "Kết luận thanh tra được công khai theo quy định của pháp luật")
add("fact", "trụ sở công ty Sao Mai ở đâu",
    "Tầng 6, tòa nhà Hoa Ban, số 112 đường Lý Tự Trọng, phường Bến Trúc, tỉnh Thanh Mộc.",
    ["số 112 đường Lý Tự Trọng"], C, "preamble",
    "Địa chỉ: Tầng 6, tòa nhà Hoa Ban, số 112 đường Lý Tự Trọng, phường Bến Trúc")
add("fact", "trung tâm PVHCC mở tài khoản ở đâu để thanh toán hợp đồng",
    "Tài khoản 9523.2.1147362 tại Kho bạc Nhà nước khu vực tỉnh Thanh Mộc; thanh toán bằng chuyển khoản qua Kho bạc "
    "Nhà nước.",
    ["9523.2.1147362", "Kho bạc Nhà nước"], C, "preamble",
    "Tài khoản: 9523.2.1147362 tại Kho bạc Nhà nước khu vực tỉnh Thanh Mộc")
add("no_diacritics", "ngay hoi chuyen doi so to chuc o dau",
    "Tại Quảng trường Trung tâm tỉnh, phường Mộc Hương, thứ Bảy ngày 10/10/2026.",
    ["Quảng trường Trung tâm tỉnh"], B, "IV.2", "tại Quảng trường Trung tâm tỉnh, phường Mộc Hương")
add("english", "Do citizens get a fee reduction when they apply online?",
    "Yes: a 50% reduction of the fee (lệ phí) for some administrative procedures, under a resolution of the "
    "provincial People's Council.",
    ["50%"], B, "III.1", "Được giảm 50% lệ phí đối với một số TTHC khi nộp trực tuyến")
add("fact", "xã Nà Ngần không liên hệ được người để trả lại tiền thì làm sao",
    "Niêm yết công khai tại trụ sở UBND xã trong thời hạn 30 ngày (mục V.3.a).",
    ["niêm yết công khai", "30 ngày"], A, "V.3.a",
    "trường hợp không liên hệ được thì niêm yết công khai tại trụ sở UBND xã trong thời hạn 30 ngày")
unans("đoàn thanh tra theo quyết định 57/QĐ-TTr gồm bao nhiêu người")
unans("KL 22 có chuyển hồ sơ vụ thu sai phí sang cơ quan điều tra không")
unans("Bưu điện tỉnh sẽ làm những gian hàng nào tại Ngày hội Chuyển đổi số")


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
