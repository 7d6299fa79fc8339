# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v8 (hand-written items). SEALED: people who work on the
assistant's reader must not open this file or qa.jsonl.

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-ubnd-tinh-ngan-khe-de-an-tthc-dien-tu-chi-so-2026-2028.docx"
B = "2026-chu-tich-ubnd-ngan-khe-qd-477-danh-muc-dvctt.pdf"
C = "2026-ubnd-phuong-thach-loan-chuong-trinh-cong-tac-cchc-cds.txt"

PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}

ITEMS = []


def add(kind, question, answer, must, document=None, section=None, evidence=None):
    ITEMS.append((kind, question, answer, must, document, section, evidence))


P1, P2, P3, P4, P5 = "Phần I", "Phần II", "Phần III", "Phần IV", "Phần V"
PL = "Phụ lục"

# ------------------------------------------------------------------------------------------------ lead
add("lead", "Trong Đề án 2026-2028 của tỉnh Ngàn Khê, ai chủ trì rà soát để trình phê duyệt danh mục dịch vụ công "
            "trực tuyến bổ sung năm 2026?",
    "Văn phòng Ủy ban nhân dân tỉnh chủ trì; phối hợp: các sở, ngành, Ủy ban nhân dân các xã, phường; trình Chủ "
    "tịch UBND tỉnh trong tháng 3/2026.",
    ["Văn phòng Ủy ban nhân dân tỉnh"], A, P3 + ".II.1",
    "Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh")
add("lead", "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh theo Đề án do cơ quan nào chủ trì?",
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh và VNPT Ngàn Khê; hoàn thành trong Quý III/2026.",
    ["Sở Khoa học và Công nghệ"], A, P3 + ".II.2",
    "Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Công an tỉnh, VNPT Ngàn Khê")
add("lead", "ai lo việc trang bị khu vực tự phục vụ ở các xã theo đề án của tỉnh?",
    "Đơn vị thực hiện là Ủy ban nhân dân các xã, phường; Sở Tài chính bố trí kinh phí, Bưu điện tỉnh Ngàn Khê cử "
    "nhân viên hỗ trợ; hoàn thành trước ngày 31/12/2026.",
    ["Ủy ban nhân dân các xã, phường"], A, P3 + ".II.4",
    "Đơn vị thực hiện: Ủy ban nhân dân các xã, phường")
add("lead", "Khảo sát Chỉ số SIPAS cấp tỉnh trong Đề án giao cơ quan nào chủ trì?",
    "Sở Nội vụ chủ trì (Bưu điện tỉnh Ngàn Khê phối hợp phát, thu phiếu), 02 lần mỗi năm vào tháng 6 và tháng 11.",
    ["Sở Nội vụ"], A, P3 + ".II.5.a", "cơ quan chủ trì: Sở Nội vụ")
add("lead", "Đối thoại lãnh đạo tỉnh với doanh nghiệp về TTHC do sở nào chủ trì?",
    "Sở Tài chính chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh; tổ chức hằng quý.",
    ["Sở Tài chính"], A, P3 + ".II.5.b", "cơ quan chủ trì: Sở Tài chính; phối hợp: Hiệp hội Doanh nghiệp tỉnh")
add("lead", "Chuyên mục \"Dịch vụ công trong tầm tay\" trên truyền hình do đơn vị nào thực hiện?",
    "Báo và Phát thanh, Truyền hình Ngàn Khê duy trì chuyên mục, 02 số/tháng.",
    ["Báo và Phát thanh, Truyền hình Ngàn Khê"], A, P3 + ".II.6",
    "Báo và Phát thanh, Truyền hình Ngàn Khê duy trì chuyên mục \"Dịch vụ công trong tầm tay\"")
add("lead", "Cơ quan thường trực của Đề án nâng cao chất lượng giải quyết TTHC là cơ quan nào?",
    "Sở Nội vụ là cơ quan thường trực của Đề án (theo dõi, đôn đốc, tổng hợp kết quả).",
    ["Sở Nội vụ"], A, P5 + ".I.1", "Là cơ quan thường trực của Đề án")
add("lead", "Theo QĐ 477, ai phải cấu hình quy trình điện tử cho các dịch vụ trong danh mục?",
    "Sở Khoa học và Công nghệ, hoàn thành trước ngày 30/4/2026.",
    ["Sở Khoa học và Công nghệ", "30/4/2026"], B, "Điều 2.2",
    "Sở Khoa học và Công nghệ cấu hình quy trình điện tử của các dịch vụ trong Danh mục trên Hệ thống")
add("lead", "Cấp phiếu lý lịch tư pháp cho người nước ngoài đang cư trú ở VN do cơ quan nào thực hiện theo danh mục "
            "477?",
    "Sở Tư pháp (ô cơ quan thực hiện gộp với dòng 1 của lĩnh vực Lý lịch tư pháp); mức độ một phần, áp dụng từ "
    "01/5/2026.",
    ["Sở Tư pháp"], B, PL + ".A.I.2",
    "Cấp Phiếu lý lịch tư pháp cho người nước ngoài đang cư trú tại Việt Nam")
add("lead", "Dịch vụ cung cấp thông tin, dữ liệu đất đai trong phụ lục QĐ 477 do đơn vị nào giải quyết?",
    "Văn phòng Đăng ký đất đai tỉnh (ô gộp với dòng 1 của lĩnh vực Đất đai cấp tỉnh); toàn trình, từ 15/4/2026.",
    ["Văn phòng Đăng ký đất đai tỉnh"], B, PL + ".A.III.2", "Cung cấp thông tin, dữ liệu đất đai")
add("lead", "Đăng ký đất đai lần đầu đối với tổ chức đang sử dụng đất thì cơ quan thực hiện là ai?",
    "Sở Nông nghiệp và Môi trường; mức độ một phần, áp dụng từ 01/6/2026.",
    ["Sở Nông nghiệp và Môi trường"], B, PL + ".A.III.3",
    "Đăng ký đất đai lần đầu đối với tổ chức đang sử dụng đất")
add("lead", "Đăng ký biến động đất đai do thay đổi thông tin người sử dụng đất ở cấp xã do ai giải quyết?",
    "Chi nhánh Văn phòng Đăng ký đất đai (không phải Ủy ban nhân dân cấp xã); toàn trình, từ 01/6/2026.",
    ["Chi nhánh Văn phòng Đăng ký đất đai"], B, PL + ".B.IV.1",
    "Đăng ký biến động đất đai do thay đổi thông tin người sử dụng đất")
add("lead", "Phường Thạch Loan giao ai chủ trì Tổ công nghệ số cộng đồng hỗ trợ người dân?",
    "Đoàn Thanh niên phường chủ trì; Công an phường phối hợp; thường xuyên, cao điểm tháng 7 và tháng 8/2026.",
    ["Đoàn Thanh niên phường"], C, "3.2.1", "Chủ trì: Đoàn Thanh niên phường; phối hợp: Công an phường")
add("lead", "mn ơi ở phường Thạch Loan bộ phận nào chủ trì làm sạch dữ liệu sổ hộ tịch cũ?",
    "Văn phòng HĐND và UBND phường chủ trì (phối hợp: Công an phường), thời hạn Quý III/2026.",
    ["Văn phòng HĐND và UBND phường"], C, "3.2.3",
    "chủ trì: Văn phòng HĐND và UBND phường; phối hợp: Công an phường; thời hạn: Quý III/2026")
add("lead", "Đối thoại với người dân, hộ kinh doanh về TTHC ở phường do ai chủ trì?",
    "Chủ tịch Ủy ban nhân dân phường chủ trì; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam phường; 01 lần mỗi quý.",
    ["Chủ tịch Ủy ban nhân dân phường"], C, "3.3.2", "chủ trì: Chủ tịch Ủy ban nhân dân phường")
add("lead", "Theo lịch triển khai theo tháng của phường, ai thực hiện tập huấn kỹ năng số cho Tổ công nghệ số cộng "
            "đồng?",
    "Phòng Văn hóa - Xã hội thực hiện, VNPT Ngàn Khê phối hợp; tháng 8.",
    ["Phòng Văn hóa - Xã hội"], C, PL + ".8", "Tập huấn kỹ năng số cho Tổ")
add("lead", "Ra quân hỗ trợ kích hoạt VNeID dịp hè ở phường do đơn vị nào thực hiện?",
    "Đoàn Thanh niên phường thực hiện, Công an phường phối hợp (tháng 7, dòng 7 của Phụ lục).",
    ["Đoàn Thanh niên phường"], C, PL + ".7", "Ra quân hỗ trợ kích hoạt VNeID")
add("lead", "Ai làm đầu mối theo dõi, đôn đốc Chương trình công tác CCHC và CĐS 2026 của phường?",
    "Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc.",
    ["Văn phòng HĐND và UBND phường"], C, "4.1",
    "Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc thực hiện Chương trình")

# ------------------------------------------------------------------------------------------------ coordinators
add("coordinators", "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh thì Sở KHCN phối hợp với những đơn vị nào?",
    "Công an tỉnh và VNPT Ngàn Khê.",
    ["Công an tỉnh", "VNPT Ngàn Khê"], A, P3 + ".II.2", "cơ quan phối hợp: Công an tỉnh, VNPT Ngàn Khê")
add("coordinators", "Đánh giá Chỉ số DDCI lần đầu thì Sở Tài chính phối hợp với ai?",
    "Hiệp hội Doanh nghiệp tỉnh và Sở Nội vụ.",
    ["Hiệp hội Doanh nghiệp tỉnh", "Sở Nội vụ"], A, P3 + ".II.5.c",
    "phối hợp: Hiệp hội Doanh nghiệp tỉnh, Sở Nội vụ")
add("coordinators", "Ai phát và thu phiếu khảo sát SIPAS cho Sở Nội vụ?",
    "Bưu điện tỉnh Ngàn Khê phối hợp phát, thu phiếu khảo sát.",
    ["Bưu điện tỉnh Ngàn Khê"], A, P3 + ".II.5.a", "phối hợp: Bưu điện tỉnh Ngàn Khê phát, thu phiếu khảo sát")
add("coordinators", "Trang bị Khu vực tự phục vụ ở xã thì những cơ quan nào phối hợp với UBND xã, phường?",
    "Sở Tài chính (bố trí kinh phí) và Bưu điện tỉnh Ngàn Khê (cử nhân viên hỗ trợ).",
    ["Sở Tài chính", "Bưu điện tỉnh Ngàn Khê"], A, P3 + ".II.4",
    "phối hợp: Sở Tài chính bố trí kinh phí, Bưu điện tỉnh Ngàn Khê cử nhân viên hỗ trợ")
add("coordinators", "Phường niêm yết 12 dịch vụ công cấp xã thì Trung tâm phối hợp với phòng nào?",
    "Phòng Văn hóa - Xã hội.",
    ["Phòng Văn hóa - Xã hội"], C, "3.1.1", "phối hợp: Phòng Văn hóa - Xã hội")
add("coordinators", "Bố trí Khu vực tự phục vụ ở phường Thạch Loan có đơn vị nào phối hợp không?",
    "Có: Bưu điện tỉnh Ngàn Khê phối hợp (Văn phòng HĐND và UBND phường chủ trì), thời hạn tháng 6/2026.",
    ["Bưu điện tỉnh Ngàn Khê"], C, "3.1.2", "phối hợp: Bưu điện tỉnh Ngàn Khê; thời hạn: tháng 6/2026")
add("coordinators", "Số hóa kết quả TTHC còn hiệu lực của phường thì ai phối hợp với Trung tâm?",
    "Phòng Kinh tế, Hạ tầng và Đô thị.",
    ["Phòng Kinh tế, Hạ tầng và Đô thị"], C, "3.2.2", "phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị")
add("coordinators", "Trong lịch theo tháng của phường, áp dụng toàn trình đăng ký khai sinh, khai tử có đơn vị nào phối "
                    "hợp?",
    "Công an phường phối hợp (Văn phòng HĐND và UBND phường thực hiện), tháng 6.",
    ["Công an phường"], C, PL + ".3", "Áp dụng toàn trình đăng ký")
add("coordinators", "Khảo sát sự hài lòng của phường thì ai phối hợp với Văn phòng HĐND và UBND phường?",
    "Các tổ dân phố.",
    ["các tổ dân phố"], C, "3.3.1", "chủ trì: Văn phòng HĐND và UBND phường; phối hợp: các tổ dân phố")
add("coordinators", "Rà soát danh mục dịch vụ công trực tuyến theo Đề án thì Văn phòng UBND tỉnh phối hợp với ai?",
    "Các sở, ngành, Ủy ban nhân dân các xã, phường.",
    ["các sở, ngành, Ủy ban nhân dân các xã, phường"], A, P3 + ".II.1",
    "cơ quan phối hợp: các sở, ngành, Ủy ban nhân dân các xã, phường")

# ------------------------------------------------------------------------------------------------ timing
add("timing", "Hạn số hóa 100% kết quả giải quyết TTHC còn hiệu lực theo Đề án của tỉnh là khi nào?",
    "Trước ngày 31/10/2026.",
    ["31/10/2026"], A, P3 + ".II.3", "hoàn thành 100% trước ngày 31/10/2026")
add("timing", "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh phải xong lúc nào?",
    "Trong Quý III/2026.",
    ["Quý III/2026"], A, P3 + ".II.2", "thời gian: hoàn thành trong Quý III/2026")
add("timing", "Chỉ số DDCI được đánh giá lần đầu khi nào?",
    "Trong Quý IV/2026 (Sở Tài chính chủ trì).",
    ["Quý IV/2026"], A, P3 + ".II.5.c", "lần đầu trong Quý IV/2026")
add("timing", "Khi nào Đề án được sơ kết giữa kỳ và tổng kết?",
    "Sơ kết giữa kỳ trong Quý IV/2027; tổng kết trong Quý IV/2028 (Sở Nội vụ tổ chức).",
    ["Quý IV/2027", "Quý IV/2028"], A, P5 + ".II",
    "Sở Nội vụ tổ chức sơ kết giữa kỳ trong Quý IV/2027 và tổng kết Đề án trong Quý IV/2028.")
add("timing", "Văn phòng UBND tỉnh phải công khai danh mục DVC trên Cổng DVC của tỉnh trong bao lâu?",
    "Trong thời hạn 05 ngày làm việc kể từ ngày ký Quyết định 477/QĐ-UBND.",
    ["05 ngày làm việc"], B, "Điều 2.1.a",
    "Công khai Danh mục trên Cổng Dịch vụ công của tỉnh trong thời hạn 05 ngày làm việc")
add("timing", "Các sở, xã phải báo cáo kết quả thực hiện danh mục DVC 6 tháng và cả năm trước ngày nào?",
    "Báo cáo 6 tháng trước ngày 15/6/2026 và cả năm trước ngày 15/12/2026, gửi Văn phòng Ủy ban nhân dân tỉnh.",
    ["15/6/2026", "15/12/2026"], B, "Điều 2.3.c",
    "Báo cáo kết quả thực hiện 6 tháng trước ngày 15/6/2026 và cả năm trước ngày 15/12/2026")
add("timing", "Cấp giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ được làm toàn trình từ bao giờ?",
    "Từ ngày 01/7/2026 (Sở Công Thương, toàn trình).",
    ["01/7/2026"], B, PL + ".A.IV.3",
    "Cấp Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ")
add("timing", "Đăng ký kết hôn theo danh mục 477 áp dụng từ ngày nào, mức độ gì?",
    "Từ ngày 01/6/2026, mức độ một phần (Ủy ban nhân dân cấp xã).",
    ["01/6/2026", "Một phần"], B, PL + ".B.I.3", "Đăng ký kết hôn")
add("timing", "QĐ 477/QĐ-UBND có hiệu lực từ khi nào?",
    "Có hiệu lực thi hành kể từ ngày ký (08/4/2026); từng dịch vụ áp dụng từ thời điểm ghi tại cột \"Thời điểm "
    "áp dụng\" của Phụ lục.",
    ["kể từ ngày ký"], B, "Điều 3", "Quyết định này có hiệu lực thi hành kể từ ngày ký")
add("timing", "Phường Thạch Loan phải niêm yết xong 12 dịch vụ công cấp xã trước ngày nào?",
    "Trước ngày 15/5/2026.",
    ["15/5/2026"], C, "3.1.1", "hoàn thành niêm yết trước ngày 15/5/2026")
add("timing", "Từ ngày nào phường bắt đầu nhận hồ sơ sáng thứ Bảy?",
    "Từ ngày 02/5/2026.",
    ["02/5/2026"], C, "3.1.3", "thời hạn: từ ngày 02/5/2026")
add("timing", "Báo cáo năm về CCHC, CĐS của phường gửi trước ngày nào?",
    "Trước ngày 25/11/2026 (Văn phòng HĐND và UBND phường tham mưu).",
    ["25/11/2026"], C, "4.1", "báo cáo năm trước ngày 25/11/2026")
add("timing", "Theo lịch triển khai, phường sơ kết 6 tháng thực hiện Chương trình vào tháng mấy?",
    "Tháng 7 (dòng 6 của Phụ lục), Văn phòng HĐND và UBND phường thực hiện.",
    ["7"], C, PL + ".6", "Sơ kết 6 tháng thực hiện")

# ------------------------------------------------------------------------------------------------ frequency
add("frequency", "Danh mục dịch vụ công trực tuyến được rà soát bổ sung bao lâu một lần theo Đề án?",
    "Định kỳ 06 tháng một lần (sau lần trình tháng 3/2026).",
    ["06 tháng một lần"], A, P3 + ".II.1", "rà soát bổ sung định kỳ 06 tháng một lần")
add("frequency", "Chuyên mục Dịch vụ công trong tầm tay phát mấy số một tháng?",
    "02 số/tháng trên sóng truyền hình.",
    ["02 số/tháng"], A, P3 + ".II.6", "02 số/tháng trên sóng truyền hình")
add("frequency", "Các cơ quan báo cáo kết quả thực hiện Đề án theo định kỳ nào, gửi ai?",
    "Hằng quý, trước ngày 15 của tháng cuối quý, gửi Sở Nội vụ.",
    ["hằng quý", "trước ngày 15 của tháng cuối quý"], A, P5 + ".II",
    "báo cáo kết quả thực hiện Đề án hằng quý, trước ngày 15 của tháng cuối quý, gửi Sở Nội vụ")
add("frequency", "Văn phòng UBND tỉnh báo cáo tỷ lệ hồ sơ trực tuyến của từng dịch vụ trong danh mục cho Chủ tịch "
                 "bao lâu một lần?",
    "Hằng tháng, trước ngày 20.",
    ["hằng tháng, trước ngày 20"], B, "Điều 2.1.b",
    "tổng hợp báo cáo Chủ tịch Ủy ban nhân dân tỉnh hằng tháng, trước ngày 20")
add("frequency", "Loa truyền thanh phường phát tin về dịch vụ công trực tuyến mấy lần một tuần, hôm nào?",
    "03 lần/tuần vào buổi sáng thứ Hai, thứ Tư và thứ Sáu (Phòng Văn hóa - Xã hội).",
    ["03 lần/tuần", "thứ Hai, thứ Tư và thứ Sáu"], C, "4.3",
    "03 lần/tuần vào buổi sáng thứ Hai, thứ Tư và thứ Sáu")
add("frequency", "Công an phường hỗ trợ kích hoạt định danh điện tử tại Trung tâm vào buổi nào?",
    "Chiều thứ Năm hằng tuần.",
    ["chiều thứ Năm hằng tuần"], C, "4.5", "vào chiều thứ Năm hằng tuần")
add("frequency", "thứ 7 có lên phường Thạch Loan nộp hồ sơ hộ tịch được không ad?",
    "Được vào sáng thứ Bảy của tuần thứ nhất và tuần thứ ba hằng tháng, từ 7 giờ 30 đến 11 giờ 00, cho nhóm TTHC "
    "hộ tịch và chứng thực (từ 02/5/2026).",
    ["tuần thứ nhất và tuần thứ ba", "7 giờ 30 đến 11 giờ 00"], C, "3.1.3",
    "Tiếp nhận hồ sơ vào sáng thứ Bảy của tuần thứ nhất và tuần thứ ba hằng tháng, từ 7 giờ 30 đến 11 giờ 00")
add("frequency", "Phường công khai kết quả giải quyết hồ sơ khi nào?",
    "Hằng tháng, trước ngày 05 (kết quả của tháng trước), trên bảng điện tử tại Trung tâm và Trang thông tin điện "
    "tử của phường.",
    ["hằng tháng, trước ngày 05"], C, "3.3.3", "Trang thông tin điện tử của phường hằng tháng, trước ngày 05")
add("frequency", "Phường tự khảo sát sự hài lòng mấy đợt trong năm 2026?",
    "02 đợt: tháng 6 và tháng 11/2026, mỗi đợt tối thiểu 300 phiếu.",
    ["02 đợt", "tháng 6 và tháng 11/2026"], C, "3.3.1",
    "Tự khảo sát sự hài lòng của người dân 02 đợt (tháng 6 và tháng 11/2026)")

# ------------------------------------------------------------------------------------------------ fact
add("fact", "Đề án 2026-2028 của tỉnh Ngàn Khê được phê duyệt bằng quyết định số mấy, ngày nào?",
    "Quyết định số 318/QĐ-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Ngàn Khê.",
    ["318/QĐ-UBND"], A, "header",
    "(Kèm theo Quyết định số 318/QĐ-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Ngàn Khê)")
add("fact", "Ai ký Đề án của UBND tỉnh Ngàn Khê?",
    "Phó Chủ tịch Mạc Thị Huyền Sa ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. Chủ tịch).",
    ["Mạc Thị Huyền Sa"], A, "signature", "Mạc Thị Huyền Sa")
add("fact", "Quyết định phê duyệt danh mục dịch vụ công trực tuyến bổ sung 2026 của Ngàn Khê là quyết định số mấy?",
    "Quyết định số 477/QĐ-UBND ngày 08/4/2026 của Chủ tịch UBND tỉnh Ngàn Khê.",
    ["477/QĐ-UBND"], B, "header", "Số: 477/QĐ-UBND")
add("fact", "QĐ 477 được ban hành theo đề nghị tại tờ trình nào?",
    "Tờ trình số 63/TTr-VP ngày 01/4/2026 của Chánh Văn phòng Ủy ban nhân dân tỉnh.",
    ["63/TTr-VP"], B, "preamble", "Tờ trình số 63/TTr-VP ngày 01 tháng 4 năm 2026")
add("fact", "Ai ký Quyết định 477/QĐ-UBND?",
    "Chủ tịch UBND tỉnh Lục Văn Thiêm.",
    ["Lục Văn Thiêm"], B, "signature", "Lục Văn Thiêm")
add("fact", "Mã TTHC của thủ tục cấp bản sao trích lục hộ tịch trong danh mục là gì?",
    "1.004895 (toàn trình, Ủy ban nhân dân cấp xã, từ 15/4/2026).",
    ["1.004895"], B, PL + ".B.I.4", "1.004895")
add("fact", "Chứng thực bản sao điện tử từ bản chính là dịch vụ toàn trình hay một phần?",
    "Một phần; do Ủy ban nhân dân cấp xã thực hiện, áp dụng từ 15/4/2026.",
    ["Một phần"], B, PL + ".B.II.1", "Chứng thực bản sao điện tử từ bản chính")
add("fact", "Theo ghi chú của phụ lục QĐ 477, dịch vụ một phần là gì?",
    "Là dịch vụ có ít nhất một bước người dân phải đến trực tiếp cơ quan giải quyết (toàn trình: trực tuyến từ nộp "
    "hồ sơ đến nhận kết quả).",
    ["ít nhất một bước"], B, PL,
    "Một phần là dịch vụ có ít nhất một bước người dân phải đến trực tiếp cơ quan giải quyết")
add("fact", "Chương trình công tác CCHC và CĐS 2026 của phường Thạch Loan là văn bản số mấy?",
    "Chương trình số 17/CTr-UBND ngày 20/4/2026 của Ủy ban nhân dân phường Thạch Loan.",
    ["17/CTr-UBND"], C, "header", "Số: 17/CTr-UBND")
add("fact", "Số điện thoại để phản ánh vướng mắc khi thực hiện chương trình công tác của phường?",
    "0216 3 957 418 (Văn phòng HĐND và UBND phường).",
    ["0216 3 957 418"], C, "closing", "(điện thoại 0216 3 957 418)")
add("fact", "Theo Đề án, Sở Khoa học và Công nghệ phải khắc phục sự cố Hệ thống trong bao lâu?",
    "Trong thời hạn 04 giờ kể từ khi nhận được thông báo.",
    ["04 giờ"], A, P5 + ".I.3", "khắc phục sự cố Hệ thống trong thời hạn 04 giờ kể từ khi nhận được thông báo")
add("fact", "Ngân sách cấp xã đối ứng bao nhiêu phần trăm kinh phí trang bị Khu vực tự phục vụ?",
    "30% kinh phí trang bị Khu vực tự phục vụ.",
    ["30%"], A, P4 + ".II", "ngân sách cấp xã đối ứng 30% kinh phí trang bị Khu vực tự phục vụ")

# ------------------------------------------------------------------------------------------------ figure
add("figure", "Tổng kinh phí thực hiện Đề án giai đoạn 2026-2028 là bao nhiêu?",
    "38.460 triệu đồng.",
    ["38.460 triệu đồng"], A, P4 + ".I", "Tổng kinh phí thực hiện Đề án giai đoạn 2026 - 2028 là 38.460 triệu đồng")
add("figure", "Năm 2026 Đề án bố trí bao nhiêu tiền cho trang bị Khu vực tự phục vụ ở xã, phường?",
    "7.560 triệu đồng (tổng cả giai đoạn 11.340 triệu đồng).",
    ["7.560"], A, P4 + ".I", "7.560")
add("figure", "Kinh phí nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh cả giai đoạn bao nhiêu?",
    "12.600 triệu đồng (2026: 6.800; 2027: 3.900; 2028: 1.900).",
    ["12.600"], A, P4 + ".I", "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh")
add("figure", "Năm 2025 tỷ lệ hồ sơ nộp trực tuyến của tỉnh Ngàn Khê đạt bao nhiêu?",
    "58,3% (trên 412.730 hồ sơ tiếp nhận); tỷ lệ đúng hạn 97,6%.",
    ["58,3%"], A, P2 + ".I.1", "tỷ lệ hồ sơ nộp trực tuyến đạt 58,3%")
add("figure", "Chỉ số PAR INDEX năm 2025 của Ngàn Khê được bao nhiêu, xếp thứ mấy?",
    "86,41%, xếp thứ 27/34.",
    ["86,41%", "27/34"], A, P2 + ".I.3.a", "Chỉ số PAR INDEX đạt 86,41%, xếp thứ 27/34")
add("figure", "PCI 2025 của tỉnh được bao nhiêu điểm?",
    "66,90 điểm, xếp thứ 19/34; chỉ số thành phần \"Tính minh bạch\" giảm 0,84 điểm so với năm 2024.",
    ["66,90 điểm"], A, P2 + ".I.3.c", "đạt 66,90 điểm, xếp thứ 19/34")
add("figure", "Bao nhiêu phần trăm kết quả TTHC còn hiệu lực đã được số hóa tính đến năm 2025?",
    "68,2%; 41,5% hồ sơ được tái sử dụng dữ liệu đã số hóa.",
    ["68,2%"], A, P2 + ".I.2", "68,2% kết quả giải quyết TTHC còn hiệu lực được số hóa")
add("figure", "Chỉ tiêu SIPAS năm 2026 và năm 2028 trong Đề án là bao nhiêu?",
    "Từ 88% trở lên năm 2026 và từ 92% trở lên năm 2028.",
    ["88%", "92%"], A, P3 + ".I.2.c", "Chỉ số SIPAS đạt từ 88% trở lên năm 2026 và từ 92% trở lên năm 2028")
add("figure", "Phường Thạch Loan đặt chỉ tiêu bao nhiêu % người dân có tài khoản định danh điện tử mức 2?",
    "Ít nhất 85% người dân từ 14 tuổi trở lên.",
    ["85%"], C, "2", "Ít nhất 85% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ")
add("figure", "Mỗi đợt khảo sát hài lòng của phường phải có tối thiểu bao nhiêu phiếu?",
    "Tối thiểu 300 phiếu mỗi đợt.",
    ["300 phiếu"], C, "3.3.1", "mỗi đợt tối thiểu 300 phiếu")
add("figure", "Phường bố trí Khu vực tự phục vụ gồm những thiết bị gì, bao nhiêu?",
    "03 máy tính, 01 máy quét và 01 ki-ốt tra cứu tại sảnh Trung tâm.",
    ["03 máy tính", "01 máy quét", "01 ki-ốt"], C, "3.1.2",
    "Bố trí Khu vực tự phục vụ gồm 03 máy tính, 01 máy quét và 01 ki-ốt tra cứu")

# ------------------------------------------------------------------------------------------------ list
add("list", "Đề án liệt kê những hạn chế nào trong giải quyết TTHC năm 2025?",
    "Nhiều dịch vụ công trực tuyến toàn trình có tỷ lệ hồ sơ trực tuyến dưới 10%; Bộ phận Một cửa tại các xã vùng "
    "cao Pò Sẻo, Khuổi Nọi, Nà Vài chưa có máy quét chuyên dụng; Hệ thống chưa tích hợp thanh toán trực tuyến nghĩa "
    "vụ tài chính về đất đai.",
    ["dưới 10%", "máy quét chuyên dụng", "thanh toán trực tuyến"], A, P2 + ".II.1",
    "chưa có máy quét chuyên dụng, việc số hóa thành phần hồ sơ còn làm thủ công")
add("list", "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh gồm những nội dung gì?",
    "a) Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư và Cơ sở dữ liệu đất đai để tự động điền biểu "
    "mẫu; b) tích hợp thanh toán trực tuyến phí, lệ phí và nghĩa vụ tài chính về đất đai; c) gửi tin nhắn thông báo "
    "tình trạng hồ sơ qua ứng dụng VNeID.",
    ["Cơ sở dữ liệu quốc gia về dân cư", "thanh toán trực tuyến", "VNeID"], A, P3 + ".II.2",
    "Gửi tin nhắn thông báo tình trạng hồ sơ qua ứng dụng VNeID.")
add("list", "Đề án căn cứ vào những văn bản nào?",
    "Nghị quyết số 76/NQ-CP; Nghị định số 118/2025/NĐ-CP; Quyết định số 06/QĐ-TTg (Đề án 06); Nghị quyết số "
    "14/NQ-HĐND của HĐND tỉnh.",
    ["76/NQ-CP", "118/2025/NĐ-CP", "06/QĐ-TTg"], A, P1 + ".II",
    "Nghị quyết số 14/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh")
add("list", "Tổ công nghệ số cộng đồng của phường hỗ trợ người dân những việc gì?",
    "Cài đặt VNeID và kích hoạt tài khoản định danh điện tử mức độ 2; nộp hồ sơ trực tuyến, thanh toán phí, lệ phí "
    "qua ứng dụng ngân hàng; tra cứu tình trạng hồ sơ và nhận kết quả điện tử trên Cổng Dịch vụ công quốc gia.",
    ["VNeID", "thanh toán phí, lệ phí", "tra cứu tình trạng hồ sơ"], C, "3.2.1",
    "nộp hồ sơ trực tuyến, thanh toán phí, lệ phí qua ứng dụng ngân hàng")
add("list", "Chương trình của phường đặt những chỉ tiêu gì cho năm 2026?",
    "Hồ sơ trực tuyến từ 75% trở lên; 100% hồ sơ đúng hạn và hồ sơ trễ hạn có thư xin lỗi; hài lòng từ 90% trở lên; "
    "100% kết quả còn hiệu lực được số hóa trước 30/9/2026; ít nhất 85% người dân từ 14 tuổi có định danh mức 2.",
    ["75%", "90%", "85%"], C, "2", "Mức độ hài lòng của người dân đối với phường đạt từ 90% trở lên")
add("list", "Theo QĐ 477, các sở, ngành và UBND xã phường phải làm những gì?",
    "a) Cập nhật quy trình nội bộ, bố trí công chức xử lý hồ sơ trực tuyến đúng thời điểm áp dụng; b) không yêu cầu "
    "nộp bản giấy đối với dịch vụ toàn trình; c) báo cáo 6 tháng (trước 15/6/2026) và cả năm (trước 15/12/2026).",
    ["quy trình nội bộ", "bản giấy", "15/6/2026"], B, "Điều 2.3",
    "Không yêu cầu tổ chức, cá nhân nộp bản giấy đối với dịch vụ công trực tuyến toàn trình")

# ------------------------------------------------------------------------------------------------ period
add("period", "Tháng 6 phường Thạch Loan có những việc gì trong lịch triển khai?",
    "Ba việc: áp dụng toàn trình đăng ký khai sinh, đăng ký khai tử (dòng 3); lắp đặt Khu vực tự phục vụ (dòng 4); "
    "khảo sát sự hài lòng đợt 1 (dòng 5).",
    ["khai sinh", "Khu vực tự phục vụ", "đợt 1"],
    [C, C, C], [PL + ".3", PL + ".4", PL + ".5"],
    ["Áp dụng toàn trình đăng ký", "Lắp đặt Khu vực tự phục vụ", "Khảo sát sự hài lòng đợt 1"])
add("period", "Những dịch vụ nào trong danh mục 477 chỉ áp dụng từ 01/7/2026?",
    "Bốn dịch vụ: cấp Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ (cấp tỉnh); đăng ký hoạt động "
    "cơ sở trợ giúp xã hội dưới 10 đối tượng; xác nhận tiếp tục sử dụng đất nông nghiệp; đính chính Giấy chứng nhận "
    "đã cấp (cấp xã).",
    ["công nghiệp hỗ trợ", "trợ giúp xã hội", "Đính chính"],
    [B, B, B, B], [PL + ".A.IV.3", PL + ".B.III.3", PL + ".B.IV.2", PL + ".B.IV.3"],
    ["Cấp Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ",
     "Đăng ký hoạt động cơ sở trợ giúp xã hội dưới 10 đối tượng",
     "Xác nhận tiếp tục sử dụng đất nông nghiệp khi hết thời hạn sử dụng đất",
     "Đính chính Giấy chứng nhận đã cấp"])
add("period", "Tháng 9 phường phải làm gì theo lịch?",
    "Hoàn thành số hóa kết quả TTHC còn hiệu lực (dòng 9) và đối thoại với người dân, hộ kinh doanh Quý III (dòng "
    "10).",
    ["số hóa kết quả", "Đối thoại"],
    [C, C], [PL + ".9", PL + ".10"],
    ["Hoàn thành số hóa kết quả TTHC", "Đối thoại với người dân, hộ"])

# ------------------------------------------------------------------------------------------------ count
add("count", "QĐ 477 phê duyệt tổng cộng bao nhiêu dịch vụ công trực tuyến?",
    "28 dịch vụ công trực tuyến (16 cấp tỉnh, 12 cấp xã).",
    ["28"], B, "Điều 1", "Danh mục 28 dịch vụ công trực tuyến bổ sung năm 2026")
add("count", "Cấp xã có bao nhiêu dịch vụ toàn trình trong danh mục mới?",
    "08 dịch vụ toàn trình (trên tổng 12 dịch vụ cấp xã; 04 dịch vụ một phần).",
    ["08 dịch vụ toàn trình"], B, "Điều 1.2",
    "Cấp xã: 12 dịch vụ công trực tuyến, trong đó 08 dịch vụ toàn trình và 04 dịch vụ một phần.")
add("count", "Lĩnh vực Hộ tịch trong phụ lục QĐ 477 có mấy thủ tục?",
    "4 thủ tục (STT 1–4 của mục B.I): đăng ký khai sinh, đăng ký khai tử, đăng ký kết hôn, cấp bản sao trích lục hộ "
    "tịch.",
    ["4"], B, PL + ".B.I", "Lĩnh vực Hộ tịch")
add("count", "Sau sắp xếp tỉnh Ngàn Khê có bao nhiêu xã, phường?",
    "96 xã, phường.",
    ["96 xã, phường"], A, P1 + ".I", "tỉnh Ngàn Khê có 96 xã, phường")
add("count", "Phường Thạch Loan duy trì mấy Tổ công nghệ số cộng đồng?",
    "11 Tổ công nghệ số cộng đồng tại 11 tổ dân phố.",
    ["11 Tổ công nghệ số cộng đồng"], C, "3.2.1", "Duy trì 11 Tổ công nghệ số cộng đồng tại 11 tổ dân phố")

# ------------------------------------------------------------------------------------------------ abbreviation
add("abbreviation", "DDCI trong Đề án của tỉnh là chỉ số gì?",
    "Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương.",
    ["năng lực cạnh tranh cấp sở, ngành và địa phương"], A, P3 + ".II.5.c",
    "Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (sau đây gọi là Chỉ số DDCI)")
add("abbreviation", "PCI là viết tắt của chỉ số nào?",
    "Chỉ số năng lực cạnh tranh cấp tỉnh.",
    ["năng lực cạnh tranh cấp tỉnh"], A, P2 + ".I.3.c",
    "Chỉ số năng lực cạnh tranh cấp tỉnh (sau đây gọi là Chỉ số PCI)")
add("abbreviation", "Chỉ số SIPAS là gì vậy?",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
    ["Chỉ số hài lòng của người dân, tổ chức"], A, P1 + ".I",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (sau đây gọi là "
    "Chỉ số SIPAS)")
add("abbreviation", "Đề án 06 mà Đề án của tỉnh nhắc tới là đề án gì?",
    "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia, phê "
    "duyệt tại Quyết định số 06/QĐ-TTg ngày 06/01/2022.",
    ["dữ liệu về dân cư, định danh và xác thực điện tử", "06/QĐ-TTg"], A, P1 + ".II",
    "ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (sau đây gọi tắt là "
    "Đề án 06)")
add("abbreviation", "Trong chương trình của phường Thạch Loan, CĐS là gì?",
    "Chuyển đổi số.",
    ["chuyển đổi số"], C, "preamble", "chuyển đổi số (CĐS)")
add("abbreviation", "\"Danh mục 2026\" trong chương trình công tác của phường là danh mục gì?",
    "Danh mục dịch vụ công trực tuyến toàn trình, một phần bổ sung năm 2026, phê duyệt tại Quyết định số "
    "477/QĐ-UBND ngày 08/4/2026 của Chủ tịch UBND tỉnh.",
    ["477/QĐ-UBND"], C, "preamble", "(sau đây gọi tắt là Danh mục 2026)")

# ------------------------------------------------------------------------------------------------ cross_document
add("cross_document", "Hạn số hóa kết quả TTHC còn hiệu lực: đề án của tỉnh là bao giờ, còn phường Thạch Loan đặt hạn "
                      "nào?",
    "Đề án của tỉnh: 100% trước ngày 31/10/2026 (các sở, ngành, UBND xã tự số hóa). Phường Thạch Loan: trước ngày "
    "30/9/2026, Trung tâm Phục vụ hành chính công phường chủ trì.",
    ["31/10/2026", "30/9/2026"],
    [A, C], [P3 + ".II.3", "3.2.2"],
    ["hoàn thành 100% trước ngày 31/10/2026", "thời hạn: trước ngày 30/9/2026"])
add("cross_document", "Đề án định trình danh mục DVC trực tuyến bổ sung 2026 vào tháng mấy, thực tế quyết định ký ngày "
                      "nào?",
    "Đề án: Văn phòng UBND tỉnh trình Chủ tịch UBND tỉnh trong tháng 3/2026. Thực tế: Quyết định 477/QĐ-UBND ký ngày "
    "08/4/2026.",
    ["tháng 3/2026", "08/4/2026"],
    [A, B], [P3 + ".II.1", "header"],
    ["trình Chủ tịch Ủy ban nhân dân tỉnh trong tháng 3/2026", "Ngàn Khê, ngày 08 tháng 4 năm 2026"])
add("cross_document", "Khảo sát sự hài lòng: ở tỉnh ai chủ trì, ở phường Thạch Loan ai chủ trì?",
    "Cấp tỉnh: Sở Nội vụ chủ trì khảo sát Chỉ số SIPAS (tháng 6 và tháng 11). Phường Thạch Loan: Văn phòng HĐND và "
    "UBND phường chủ trì tự khảo sát 02 đợt (tháng 6 và tháng 11/2026).",
    ["Sở Nội vụ", "Văn phòng HĐND và UBND phường"],
    [A, C], [P3 + ".II.5.a", "3.3.1"],
    ["cơ quan chủ trì: Sở Nội vụ", "chủ trì: Văn phòng HĐND và UBND phường; phối hợp: các tổ dân phố"])
add("cross_document", "Đăng ký khai sinh online toàn trình áp dụng từ khi nào, phường đưa vào lịch tháng mấy?",
    "Danh mục 477: đăng ký khai sinh toàn trình áp dụng từ 01/6/2026. Lịch của phường: tháng 6 (dòng 3), Văn phòng "
    "HĐND và UBND phường thực hiện, Công an phường phối hợp.",
    ["01/6/2026", "6"],
    [B, C], [PL + ".B.I.1", PL + ".3"],
    ["Đăng ký khai sinh", "Áp dụng toàn trình đăng ký"])
add("cross_document", "Đề án yêu cầu xã, phường gửi chương trình công tác 2026 trước ngày nào, phường Thạch Loan ban "
                      "hành có kịp không?",
    "Đề án: gửi Sở Nội vụ trước ngày 30/4/2026. Phường Thạch Loan ban hành Chương trình 17/CTr-UBND ngày 20 tháng 4 "
    "năm 2026, tức là trước hạn.",
    ["30/4/2026", "20 tháng 4 năm 2026"],
    [A, C], [P5 + ".I.6", "header"],
    ["gửi Sở Nội vụ trước ngày 30/4/2026", "Thạch Loan, ngày 20 tháng 4 năm 2026"])
add("cross_document", "Trợ cấp xã hội hằng tháng cho người cao tuổi làm toàn trình từ bao giờ và ai ở phường làm?",
    "Danh mục 477: toàn trình, Ủy ban nhân dân cấp xã, áp dụng từ 01/5/2026. Ở phường Thạch Loan: tháng 5, Phòng Văn "
    "hóa - Xã hội thực hiện, Trung tâm Phục vụ hành chính công phường phối hợp.",
    ["01/5/2026", "Phòng Văn hóa - Xã hội"],
    [B, C], [PL + ".B.III.1", PL + ".2"],
    ["Trợ cấp xã hội hằng tháng đối với người cao tuổi", "Áp dụng toàn trình trợ cấp xã"])
add("cross_document", "Hỗ trợ kích hoạt định danh điện tử mức 2: Đề án giao ai, còn ở phường Thạch Loan thì ai, vào "
                      "buổi nào?",
    "Đề án: Công an tỉnh hỗ trợ tại Bộ phận Một cửa cấp xã. Phường: Công an phường hỗ trợ tại Trung tâm vào chiều thứ "
    "Năm hằng tuần.",
    ["Công an tỉnh", "Công an phường", "chiều thứ Năm"],
    [A, C], [P5 + ".I.5", "4.5"],
    ["Hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2 tại Bộ phận Một cửa cấp xã",
     "Công an phường hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2 tại Trung tâm vào chiều thứ Năm hằng tuần"])
add("cross_document", "Bưu điện tỉnh Ngàn Khê có vai trò gì trong Đề án, trong QĐ 477 và trong chương trình của phường?",
    "Đề án: cử nhân viên hỗ trợ trang bị Khu vực tự phục vụ và phát, thu phiếu khảo sát SIPAS. QĐ 477: trả kết quả "
    "bản giấy qua bưu chính công ích cho dịch vụ một phần khi có yêu cầu. Phường: phối hợp bố trí Khu vực tự phục vụ "
    "(tháng 6/2026).",
    ["cử nhân viên hỗ trợ", "bưu chính công ích", "tháng 6/2026"],
    [A, B, C], [P3 + ".II.4", "Điều 2.4", "3.1.2"],
    ["Bưu điện tỉnh Ngàn Khê cử nhân viên hỗ trợ",
     "Bưu điện tỉnh Ngàn Khê trả kết quả bản giấy qua dịch vụ bưu chính công ích",
     "phối hợp: Bưu điện tỉnh Ngàn Khê; thời hạn: tháng 6/2026"])
add("cross_document", "Phường Thạch Loan triển khai bao nhiêu dịch vụ công cấp xã của danh mục mới, có khớp với QĐ 477 "
                      "không?",
    "Khớp: QĐ 477 có 12 dịch vụ cấp xã (08 toàn trình, 04 một phần); phường triển khai 12 dịch vụ công cấp xã tại "
    "Danh mục 2026.",
    ["12 dịch vụ"],
    [B, C], ["Điều 1.2", "3.1.1"],
    ["Cấp xã: 12 dịch vụ công trực tuyến", "Triển khai 12 dịch vụ công cấp xã tại Danh mục 2026"])

# ------------------------------------------------------------------------------------------------ comparison
add("comparison", "Chỉ tiêu hồ sơ nộp trực tuyến năm 2026 của phường Thạch Loan cao hơn hay thấp hơn chỉ tiêu của tỉnh?",
    "Cao hơn: phường đặt từ 75% trở lên, Đề án của tỉnh đặt 70% trong năm 2026.",
    ["75%", "70%"],
    [C, A], ["2", P3 + ".I.2.a"],
    ["Tỷ lệ hồ sơ TTHC nộp trực tuyến tại phường đạt từ 75% trở lên",
     "Tỷ lệ hồ sơ TTHC nộp trực tuyến đạt 70% trong năm 2026"])
add("comparison", "Mức hài lòng phường Thạch Loan đặt ra so với chỉ tiêu SIPAS 2026 của tỉnh thế nào?",
    "Phường đặt từ 90% trở lên, cao hơn chỉ tiêu SIPAS của tỉnh năm 2026 (từ 88% trở lên).",
    ["90%", "88%"],
    [C, A], ["2", P3 + ".I.2.c"],
    ["Mức độ hài lòng của người dân đối với phường đạt từ 90% trở lên",
     "Chỉ số SIPAS đạt từ 88% trở lên năm 2026"])
add("comparison", "Khu vực tự phục vụ của phường có đủ chuẩn tối thiểu của Đề án không, xong sớm hay muộn hơn hạn?",
    "Đủ và hơn: phường bố trí 03 máy tính, 01 máy quét (Đề án yêu cầu ít nhất 02 máy tính và 01 máy quét); thời hạn "
    "tháng 6/2026, sớm hơn hạn 31/12/2026 của Đề án.",
    ["03 máy tính", "02 máy tính", "31/12/2026"],
    [C, A], ["3.1.2", P3 + ".I.2.đ"],
    ["Bố trí Khu vực tự phục vụ gồm 03 máy tính, 01 máy quét",
     "100% xã, phường có Khu vực tự phục vụ với ít nhất 02 máy tính và 01 máy quét trước ngày 31/12/2026"])
add("comparison", "Báo cáo quý: hạn của Đề án tỉnh và hạn phường Thạch Loan tự đặt khác nhau thế nào?",
    "Đề án: trước ngày 15 của tháng cuối quý; phường: trước ngày 12 của tháng cuối quý (sớm hơn 3 ngày), đều gửi Sở "
    "Nội vụ.",
    ["trước ngày 15", "trước ngày 12"],
    [A, C], [P5 + ".II", "4.1"],
    ["hằng quý, trước ngày 15 của tháng cuối quý, gửi Sở Nội vụ",
     "báo cáo quý gửi Sở Nội vụ trước ngày 12 của tháng cuối quý"])
add("comparison", "Trong QĐ 477 cấp tỉnh hay cấp xã có nhiều dịch vụ toàn trình hơn?",
    "Cấp tỉnh: 11 dịch vụ toàn trình (trên 16); cấp xã: 08 (trên 12). Cấp tỉnh nhiều hơn 3 dịch vụ.",
    ["11", "08"],
    [B, B], ["Điều 1.1", "Điều 1.2"],
    ["trong đó 11 dịch vụ toàn trình và 05 dịch vụ một phần",
     "trong đó 08 dịch vụ toàn trình và 04 dịch vụ một phần"])
add("comparison", "Năm 2025 tỉnh Ngàn Khê xếp hạng PAR INDEX hay SIPAS cao hơn?",
    "SIPAS xếp cao hơn: thứ 25/34 (84,07%), còn PAR INDEX xếp thứ 27/34 (86,41%).",
    ["25/34", "27/34"],
    [A, A], [P2 + ".I.3.b", P2 + ".I.3.a"],
    ["Chỉ số SIPAS đạt 84,07%, xếp thứ 25/34", "Chỉ số PAR INDEX đạt 86,41%, xếp thứ 27/34"])

# ------------------------------------------------------------------------------------------------ unit_duties
add("unit_duties", "Sở Tài chính được Đề án giao chủ trì những việc gì?",
    "Chủ trì đối thoại với doanh nghiệp về TTHC hằng quý; chủ trì đánh giá Chỉ số DDCI (lần đầu Quý IV/2026); tham "
    "mưu bố trí kinh phí thực hiện Đề án trong dự toán hằng năm.",
    ["đối thoại", "DDCI", "bố trí kinh phí"],
    [A, A, A], [P3 + ".II.5.b", P3 + ".II.5.c", P5 + ".I.4"],
    ["Tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp về TTHC hằng quý",
     "lần đầu trong Quý IV/2026; cơ quan chủ trì: Sở Tài chính",
     "Tham mưu bố trí kinh phí thực hiện Đề án trong dự toán ngân sách hằng năm"])
add("unit_duties", "Văn phòng HĐND và UBND phường Thạch Loan chủ trì những nhiệm vụ nào trong phần nhiệm vụ trọng tâm?",
    "Bố trí Khu vực tự phục vụ (tháng 6/2026); số hóa, làm sạch 21.380 trường hợp hộ tịch (Quý III/2026); tự khảo sát "
    "sự hài lòng 02 đợt; ngoài ra là đầu mối theo dõi, báo cáo (mục 4.1).",
    ["Khu vực tự phục vụ", "hộ tịch", "khảo sát"],
    [C, C, C, C], ["3.1.2", "3.2.3", "3.3.1", "4.1"],
    ["chủ trì: Văn phòng HĐND và UBND phường; phối hợp: Bưu điện tỉnh Ngàn Khê",
     "chủ trì: Văn phòng HĐND và UBND phường; phối hợp: Công an phường",
     "chủ trì: Văn phòng HĐND và UBND phường; phối hợp: các tổ dân phố",
     "Văn phòng HĐND và UBND phường là đầu mối theo dõi"])
add("unit_duties", "Trung tâm Phục vụ hành chính công phường phụ trách những việc gì trong chương trình?",
    "Chủ trì triển khai, niêm yết 12 dịch vụ công cấp xã (trước 15/5/2026); tiếp nhận hồ sơ sáng thứ Bảy (từ "
    "02/5/2026); số hóa kết quả TTHC còn hiệu lực (trước 30/9/2026); công khai kết quả hằng tháng trước ngày 05; bố trí "
    "công chức trực ở Khu vực tự phục vụ.",
    ["12 dịch vụ công", "sáng thứ Bảy", "số hóa"],
    [C, C, C, C, C], ["3.1.1", "3.1.3", "3.2.2", "3.3.3", "4.2"],
    ["Triển khai 12 dịch vụ công cấp xã tại Danh mục 2026",
     "Tiếp nhận hồ sơ vào sáng thứ Bảy",
     "Số hóa kết quả giải quyết TTHC còn hiệu lực thuộc thẩm quyền của phường",
     "Công khai kết quả giải quyết hồ sơ của tháng trước",
     "bố trí 01 công chức trực hướng dẫn tại Khu vực tự phục vụ"])
add("unit_duties", "Sở Khoa học và Công nghệ phải làm gì theo Đề án và theo QĐ 477?",
    "Đề án: chủ trì nâng cấp Hệ thống (Quý III/2026), bảo đảm an toàn thông tin, khắc phục sự cố trong 04 giờ. QĐ 477: "
    "cấu hình quy trình điện tử các dịch vụ trong Danh mục trước 30/4/2026, bảo đảm thanh toán trực tuyến phí, lệ phí.",
    ["nâng cấp Hệ thống", "04 giờ", "30/4/2026"],
    [A, A, B], [P3 + ".II.2", P5 + ".I.3", "Điều 2.2"],
    ["Cơ quan chủ trì: Sở Khoa học và Công nghệ",
     "Chủ trì nâng cấp Hệ thống; bảo đảm an toàn thông tin",
     "hoàn thành trước ngày 30/4/2026"])

# ------------------------------------------------------------------------------------------------ task_list
add("task_list", "Lĩnh vực Hộ tịch cấp xã trong danh mục 477 gồm những thủ tục nào?",
    "Đăng ký khai sinh (toàn trình), đăng ký khai tử (toàn trình), đăng ký kết hôn (một phần), cấp bản sao trích lục "
    "hộ tịch (toàn trình).",
    ["khai sinh", "kết hôn", "trích lục hộ tịch"],
    [B, B, B, B], [PL + ".B.I.1", PL + ".B.I.2", PL + ".B.I.3", PL + ".B.I.4"],
    ["Đăng ký khai sinh", "Đăng ký khai tử", "Đăng ký kết hôn", "Cấp bản sao trích lục hộ tịch"])
add("task_list", "Sở Xây dựng có những dịch vụ nào trong danh mục bổ sung 2026?",
    "Cấp giấy phép xây dựng mới đối với công trình cấp II (một phần); cấp chứng chỉ hành nghề hoạt động xây dựng hạng "
    "II (toàn trình); gia hạn chứng chỉ hành nghề hoạt động xây dựng hạng II (toàn trình).",
    ["giấy phép xây dựng", "Cấp chứng chỉ", "Gia hạn"],
    [B, B, B], [PL + ".A.II.1", PL + ".A.II.2", PL + ".A.II.3"],
    ["Cấp giấy phép xây dựng mới đối với công trình cấp II",
     "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II",
     "Gia hạn chứng chỉ hành nghề hoạt động xây dựng hạng II"])

# ------------------------------------------------------------------------------------------------ no_diacritics
add("no_diacritics", "tong kinh phi de an giai doan 2026 2028 la bao nhieu",
    "38.460 triệu đồng.",
    ["38.460 triệu đồng"], A, P4 + ".I", "Tổng kinh phí thực hiện Đề án giai đoạn 2026 - 2028 là 38.460 triệu đồng")
add("no_diacritics", "so khcn phai khac phuc su co he thong trong bao lau",
    "Trong thời hạn 04 giờ kể từ khi nhận được thông báo.",
    ["04 giờ"], A, P5 + ".I.3", "trong thời hạn 04 giờ kể từ khi nhận được thông báo")
add("no_diacritics", "dang ky khai tu online toan trinh tu ngay nao",
    "Từ ngày 01/6/2026 (toàn trình, Ủy ban nhân dân cấp xã).",
    ["01/6/2026"], B, PL + ".B.I.2", "Đăng ký khai tử")
add("no_diacritics", "cap phieu ly lich tu phap cho cong dan viet nam la toan trinh hay mot phan",
    "Toàn trình; Sở Tư pháp thực hiện, áp dụng từ 15/4/2026.",
    ["Toàn trình", "Sở Tư pháp"], B, PL + ".A.I.1", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam")
add("no_diacritics", "xin giay phep hoat dong phong kham chuyen khoa nop online duoc chua",
    "Được, dưới dạng dịch vụ công trực tuyến một phần do Sở Y tế thực hiện, áp dụng từ 01/6/2026.",
    ["Một phần", "Sở Y tế", "01/6/2026"], B, PL + ".A.VI.2",
    "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa")
add("no_diacritics", "phuong thach loan lam sach bao nhieu truong hop ho tich",
    "21.380 trường hợp trong sổ hộ tịch giai đoạn 1995 - 2015, thời hạn Quý III/2026.",
    ["21.380"], C, "3.2.3", "Số hóa, làm sạch 21.380 trường hợp trong sổ hộ tịch giai đoạn 1995 - 2015")
add("no_diacritics", "o phuong ai chiu trach nhiem gui thu xin loi khi ho so tre han",
    "Trung tâm Phục vụ hành chính công phường gửi thư xin lỗi người dân đối với hồ sơ trễ hạn.",
    ["Trung tâm Phục vụ hành chính công phường"], C, "4.2",
    "gửi thư xin lỗi người dân đối với hồ sơ trễ hạn")
add("no_diacritics", "de an co uu tien trang bi may cho may xa vung cao",
    "14 xã vùng cao được ưu tiên trang bị trước, trong đó có xã Pò Sẻo, xã Khuổi Nọi, xã Nà Vài.",
    ["14 xã vùng cao"], A, P3 + ".II.4", "Ưu tiên trang bị trước cho 14 xã vùng cao")
add("no_diacritics", "muc tieu chung den 2028 cua de an la gi",
    "Giải quyết TTHC trên môi trường điện tử trở thành phương thức chủ yếu; Chỉ số PAR INDEX và SIPAS thuộc nhóm 15 "
    "tỉnh, thành phố dẫn đầu cả nước.",
    ["nhóm 15 tỉnh, thành phố dẫn đầu"], A, P3 + ".I.1",
    "Chỉ số PAR INDEX và Chỉ số SIPAS của tỉnh thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước")
add("no_diacritics", "chu tich ubnd phuong thach loan ten gi",
    "Nông Đức Khải (ký Chương trình 17/CTr-UBND, TM. Ủy ban nhân dân phường).",
    ["Nông Đức Khải"], C, "signature", "Nông Đức Khải")

# ------------------------------------------------------------------------------------------------ english
add("english", "How many online public services did the provincial decision add in 2026, and how many are fully online?",
    "28 services in total; 19 are fully online (Toàn trình) and 09 partly online (Một phần).",
    ["28", "19"], B, PL, "Tổng cộng")
add("english", "Who signed the scheme for better e-procedures in the province and in what capacity?",
    "Mạc Thị Huyền Sa, Phó Chủ tịch, signing for the Chủ tịch on behalf of the Ủy ban nhân dân tỉnh.",
    ["Mạc Thị Huyền Sa"], A, "signature", "Mạc Thị Huyền Sa")
add("english", "What was the PCI score of the province in 2025?",
    "66,90 điểm (66.90 points), ranked 19/34.",
    ["66,90"], A, P2 + ".I.3.c", "đạt 66,90 điểm, xếp thứ 19/34")
add("english", "Which body handles first-time land registration for organisations in the new list of online "
               "services?",
    "Sở Nông nghiệp và Môi trường; partly online (Một phần), from 01/6/2026.",
    ["Sở Nông nghiệp và Môi trường"], B, PL + ".A.III.3",
    "Đăng ký đất đai lần đầu đối với tổ chức đang sử dụng đất")
add("english", "By when must the ward finish digitising its still-valid procedure results?",
    "Before 30/9/2026 (\"trước ngày 30/9/2026\"), led by Trung tâm Phục vụ hành chính công phường.",
    ["30/9/2026"], C, "3.2.2", "thời hạn: trước ngày 30/9/2026")
add("english", "How much of the 2026-2028 budget goes to training and communication?",
    "2.100 triệu đồng (2,100 million VND), 700 per year.",
    ["2.100"], A, P4 + ".I", "Tập huấn, truyền thông")
add("english", "When does the ward accept applications on Saturdays?",
    "Saturday mornings of the first and third week of each month (\"tuần thứ nhất và tuần thứ ba\"), 7 giờ 30 to "
    "11 giờ 00, for hộ tịch and chứng "
    "thực procedures, from 02/5/2026.",
    ["tuần thứ nhất và tuần thứ ba"], C, "3.1.3",
    "sáng thứ Bảy của tuần thứ nhất và tuần thứ ba hằng tháng")
add("english", "Can I get paper results by post for a partly online service?",
    "Yes: Bưu điện tỉnh Ngàn Khê returns paper results through the public postal service (bưu chính công ích) for "
    "partly online services when requested.",
    ["Bưu điện tỉnh Ngàn Khê", "bưu chính công ích"], B, "Điều 2.4",
    "trả kết quả bản giấy qua dịch vụ bưu chính công ích đối với dịch vụ công trực tuyến một phần")
add("english", "What share of procedure results had been digitised by 2025 according to the scheme?",
    "68,2% of still-valid results; 41,5% of files reused digitised data.",
    ["68,2%"], A, P2 + ".I.2", "68,2% kết quả giải quyết TTHC còn hiệu lực được số hóa")

# ------------------------------------------------------------------------------------------------ unanswerable
add("unanswerable", "Trung tâm Phục vụ hành chính công phường Thạch Loan ở địa chỉ nào?",
    "Các văn bản không nêu địa chỉ của Trung tâm.", [])
add("unanswerable", "Lệ phí đăng ký kết hôn trực tuyến là bao nhiêu?",
    "Các văn bản không nêu mức lệ phí này.", [])
add("unanswerable", "Chỉ số PAPI năm 2025 của tỉnh Ngàn Khê được bao nhiêu điểm?",
    "Các văn bản không nêu điểm Chỉ số PAPI.", [])
add("unanswerable", "Chỉ tiêu PCI năm 2026 của tỉnh là bao nhiêu điểm?",
    "Đề án chỉ đặt chỉ tiêu PCI cho năm 2028 (từ 69 điểm trở lên), không nêu chỉ tiêu năm 2026.", [])
add("unanswerable", "Thời hạn giải quyết hồ sơ cấp phiếu lý lịch tư pháp là mấy ngày?",
    "Danh mục không nêu thời hạn giải quyết của từng thủ tục.", [])
add("unanswerable", "Kinh phí thực hiện Chương trình công tác năm 2026 của phường Thạch Loan là bao nhiêu?",
    "Chương trình của phường không nêu kinh phí.", [])
add("unanswerable", "Giám đốc Sở Nội vụ tỉnh Ngàn Khê là ai?",
    "Các văn bản không nêu tên Giám đốc Sở Nội vụ.", [])
add("unanswerable", "Kết quả khảo sát hài lòng đợt 1 năm 2026 của phường đạt bao nhiêu phần trăm?",
    "Chưa có trong các văn bản; chương trình chỉ lên lịch khảo sát.", [])
add("unanswerable", "What is the e-mail address of the ward office?",
    "The documents give no e-mail address (only a phone number).", [])
add("unanswerable", "danh muc dich vu cong truc tuyen nam 2027 co bao nhieu dich vu",
    "Các văn bản không có danh mục năm 2027.", [])
add("unanswerable", "Phường Thạch Loan có bao nhiêu dân?",
    "Các văn bản không nêu dân số của phường.", [])
add("unanswerable", "Tờ trình 63/TTr-VP đề xuất bao nhiêu dịch vụ công trực tuyến?",
    "Các văn bản không nêu nội dung tờ trình, chỉ nêu số hiệu và ngày của tờ trình.", [])


def main():
    counters = {}
    lines = []
    for kind, q, a, must, doc, sec, ev in ITEMS:
        counters[kind] = counters.get(kind, 0) + 1
        it = {"id": f"l8-{PREFIX[kind]}-{counters[kind]:03d}", "question": q, "kind": kind, "answer": a,
              "must_include": must, "document": doc, "section": sec, "evidence": ev}
        lines.append(unicodedata.normalize("NFC", json.dumps(it, ensure_ascii=False)))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "items", counters)


if __name__ == "__main__":
    main()
