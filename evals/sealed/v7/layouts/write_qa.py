# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v7 (hand-written items). SEALED: people who work on the
assistant's reader must not open this file or qa.jsonl.

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-ubnd-tinh-hac-linh-qd-12-quy-che-trung-tam-phvhcc.docx"
B = "2026-so-y-te-hac-linh-ke-hoach-27-de-an-06-cds.pdf"
C = "2026-trung-tam-phvhcc-hac-linh-bao-cao-so-ket-6-thang.txt"

PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}

ITEMS = []


def add(kind, question, answer, must, document=None, section=None, evidence=None):
    ITEMS.append((kind, question, answer, must, document, section, evidence))


PL1 = "Phụ lục I"
Q2 = "Chương II"
Q3 = "Chương III"
Q4 = "Chương IV"

# ------------------------------------------------------------------------------------------------ lead
add("lead", "Theo danh mục nhiệm vụ kèm kế hoạch 27 của Sở Y tế, ai chủ trì thí điểm giấy chuyển tuyến điện tử "
            "tích hợp VNeID?",
    "Bệnh viện Đa khoa tỉnh chủ trì (phối hợp: Bảo hiểm xã hội tỉnh; Công an tỉnh), thời hạn Quý II/2026.",
    ["Bệnh viện Đa khoa tỉnh"], B, PL1 + ".I.3",
    "Thí điểm giấy chuyển tuyến, giấy hẹn khám lại điện tử tích hợp VNeID")
add("lead", "Trong Phụ lục I của KH 27/KH-SYT, việc liên thông dữ liệu giấy khám sức khỏe người lái xe với Công an "
            "tỉnh do đơn vị nào chủ trì?",
    "Các Trung tâm Y tế khu vực chủ trì (ô chủ trì gộp với dòng 4); phối hợp: Công an tỉnh (Phòng Cảnh sát giao "
    "thông); thời hạn tháng 6/2026.",
    ["Các Trung tâm Y tế khu vực"], B, PL1 + ".I.5",
    "Liên thông dữ liệu giấy khám sức khỏe người lái xe với Công an tỉnh")
add("lead", "mn cho hỏi rà soát, cập nhật quy trình điện tử các TTHC lĩnh vực y tế trên Hệ thống là bộ phận nào của "
            "Sở Y tế chủ trì vậy?",
    "Văn phòng Sở chủ trì (ô chủ trì gộp các dòng 6–8 của Phụ lục I), phối hợp với Trung tâm Phục vụ hành chính công "
    "tỉnh; thời hạn tháng 4/2026.",
    ["Văn phòng Sở"], B, PL1 + ".II.8",
    "Rà soát, cập nhật quy trình điện tử các TTHC lĩnh vực y tế trên Hệ thống")
add("lead", "Trong Phụ lục I KH 27, ai chủ trì tổng hợp tỷ lệ thanh toán không dùng tiền mặt của các đơn vị?",
    "Phòng Kế hoạch - Tài chính của Sở Y tế chủ trì, hằng tháng, trước ngày 10 (phối hợp: các đơn vị trực thuộc).",
    ["Phòng Kế hoạch - Tài chính"], B, PL1 + ".III.13",
    "Tổng hợp tỷ lệ thanh toán không dùng tiền mặt của các đơn vị")
add("lead", "Phụ lục I của Sở Y tế giao đơn vị nào chủ trì bảo đảm đường truyền cho Trạm Y tế xã Nà "
            "Pheo?",
    "Trung tâm Y tế khu vực Khau Liêng chủ trì, phối hợp với VNPT Hạc Lĩnh và Viettel Hạc Lĩnh; thời hạn tháng "
    "6/2026.",
    ["Trung tâm Y tế khu vực Khau Liêng"], B, PL1 + ".IV.14",
    "Bảo đảm đường truyền cho Trạm Y tế xã Nà Pheo, xã Khau Liêng, xã Mỏ Rạng")
add("lead", "Tập huấn kỹ năng số cho nhân viên trạm y tế xã, phường do ai chủ trì?",
    "Trung tâm Kiểm soát bệnh tật tỉnh chủ trì (phối hợp: các Trung tâm Y tế khu vực), tháng 9/2026, 120 lượt nhân "
    "viên.",
    ["Trung tâm Kiểm soát bệnh tật tỉnh"], B, PL1 + ".IV.16",
    "Tập huấn kỹ năng số cho nhân viên Trạm Y tế xã, phường")
add("lead", "Thí điểm cấp giấy chứng sinh điện tử liên thông đăng ký khai sinh giao cho bệnh viện nào?",
    "Bệnh viện Sản - Nhi tỉnh chủ trì thí điểm, thời hạn tháng 4/2026.",
    ["Bệnh viện Sản - Nhi tỉnh"], B, PL1 + ".II.9",
    "Thí điểm cấp giấy chứng sinh điện tử liên thông đăng ký khai sinh")
add("lead", "Theo Quy chế Trung tâm PVHCC, cơ quan nào chủ trì tập huấn kỹ năng giao tiếp, ứng xử cho công chức "
            "làm việc tại Trung tâm?",
    "Văn phòng Ủy ban nhân dân tỉnh chủ trì, ít nhất 01 lần mỗi năm.",
    ["Văn phòng Ủy ban nhân dân tỉnh"], A, Q4 + ".Điều 12",
    "Chủ trì tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Trung tâm")
add("lead", "Hệ thống thông tin giải quyết TTHC tỉnh bị sự cố thì cơ quan nào chịu trách nhiệm khắc phục?",
    "Sở Khoa học và Công nghệ chủ trì bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho Hệ thống và khắc phục sự cố "
    "trong thời hạn 04 giờ kể từ khi nhận được thông báo.",
    ["Sở Khoa học và Công nghệ", "04 giờ"], A, Q4 + ".Điều 15",
    "khắc phục sự cố trong thời hạn 04 giờ kể từ khi nhận được thông báo")
add("lead", "Khảo sát Chỉ số SIPAS tại Trung tâm do cơ quan nào chủ trì theo Quy chế?",
    "Sở Nội vụ chủ trì, 01 lần mỗi năm, trong Quý III.",
    ["Sở Nội vụ"], A, Q4 + ".Điều 18",
    "chủ trì khảo sát Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước")
add("lead", "Theo báo cáo sơ kết của Trung tâm, 6 tháng cuối năm ai chủ trì hoàn thành số hóa kết quả TTHC còn hiệu "
            "lực của ngành y tế?",
    "Trung tâm chủ trì (Trung tâm Phục vụ hành chính công tỉnh), cử tổ số hóa làm việc trực tiếp tại Sở Y tế; Văn "
    "phòng Sở Y tế phối hợp cung cấp hồ sơ gốc; hoàn thành trước ngày 30/9/2026.",
    ["Trung tâm chủ trì"], C, "III.1",
    "Trung tâm chủ trì, cử tổ số hóa làm việc trực tiếp tại Sở Y tế")
add("lead", "Theo báo cáo sơ kết 6 tháng, việc liên thông giấy chứng sinh, giấy báo tử điện tử thời gian tới do ai "
            "chủ trì?",
    "Sở Y tế chủ trì; Trung tâm phối hợp hướng dẫn quy trình liên thông trên Hệ thống.",
    ["Sở Y tế chủ trì"], C, "III.2",
    "Sở Y tế chủ trì, Trung tâm phối hợp hướng dẫn quy trình liên thông trên Hệ thống")
add("lead", "Ai cử cán bộ đến Trung tâm hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2?",
    "Công an tỉnh cử cán bộ đến Trung tâm, vào chiều thứ Ba và chiều thứ Năm hằng tuần.",
    ["Công an tỉnh"], A, Q2 + ".Điều 8.2",
    "Công an tỉnh cử cán bộ đến Trung tâm hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2")
add("lead", "Bộ phận nào của Sở Y tế lựa chọn công chức để cử ra Trung tâm Phục vụ hành chính công tỉnh?",
    "Văn phòng Sở lựa chọn, trình Giám đốc Sở cử 02 công chức, hoàn thành trước ngày 25/3/2026.",
    ["Văn phòng Sở"], B, "Phần III.2.1",
    "Văn phòng Sở lựa chọn, trình Giám đốc Sở cử 02 công chức đến làm việc tại Trung tâm Phục vụ hành chính công "
    "tỉnh")
add("lead", "Trong Kế hoạch 27 của Sở Y tế, đơn vị nào là đầu mối theo dõi, đôn đốc thực hiện kế hoạch?",
    "Văn phòng Sở là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo sơ kết 6 tháng (tháng 7/2026) và tổng kết (tháng "
    "12/2026).",
    ["Văn phòng Sở"], B, "Phần IV.1",
    "Văn phòng Sở: là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch")
add("lead", "Nhân rộng giấy chuyển tuyến, giấy hẹn khám lại điện tử thì đơn vị nào chủ trì, làm trong quý mấy?",
    "Các Trung tâm Y tế khu vực chủ trì, Bệnh viện Đa khoa tỉnh phối hợp; thời hạn Quý IV/2026.",
    ["Các Trung tâm Y tế khu vực", "Quý IV/2026"], B, PL1 + ".I.4",
    "Nhân rộng giấy chuyển tuyến, giấy hẹn khám lại điện tử")
add("lead", "Sơ kết 6 tháng thực hiện kế hoạch Đề án 06 ngành y tế do ai chủ trì?",
    "Văn phòng Sở (Sở Y tế) chủ trì, phối hợp với các phòng, đơn vị trực thuộc; tháng 7/2026.",
    ["Văn phòng Sở"], B, PL1 + ".IV.17", "Sơ kết 6 tháng thực hiện Kế hoạch")
add("lead", "Tổng kết thực hiện Kế hoạch năm 2026 của Sở Y tế do đơn vị nào chủ trì?",
    "Văn phòng Sở chủ trì (ô chủ trì gộp với dòng 17), tháng 12/2026; sản phẩm là báo cáo tổng kết.",
    ["Văn phòng Sở"], B, PL1 + ".IV.18", "Tổng kết thực hiện Kế hoạch năm 2026")

# ------------------------------------------------------------------------------------------------ coordinators
add("coordinators", "Thí điểm giấy chứng sinh điện tử thì những cơ quan nào phối hợp với Bệnh viện Sản - Nhi tỉnh?",
    "Sở Tư pháp; Công an tỉnh; Bảo hiểm xã hội tỉnh.",
    ["Sở Tư pháp", "Công an tỉnh", "Bảo hiểm xã hội tỉnh"], B, PL1 + ".II.9",
    "Thí điểm cấp giấy chứng sinh điện tử liên thông đăng ký khai sinh")
add("coordinators", "Việc số hóa kết quả giải quyết TTHC còn hiệu lực của ngành y tế trong Phụ lục I có những đơn vị "
                    "nào phối hợp?",
    "Phòng Nghiệp vụ Dược và Phòng Nghiệp vụ Y phối hợp (Văn phòng Sở chủ trì).",
    ["Phòng Nghiệp vụ Dược", "Phòng Nghiệp vụ Y"], B, PL1 + ".II.7",
    "Số hóa kết quả giải quyết TTHC còn hiệu lực của ngành y tế")
add("coordinators", "Dòng diễn tập ứng cứu sự cố an toàn thông tin mạng trong Phụ lục I ghi cơ quan phối hợp "
                    "nào?",
    "Sở Khoa học và Công nghệ; Công an tỉnh (Bệnh viện Đa khoa tỉnh chủ trì).",
    ["Sở Khoa học và Công nghệ", "Công an tỉnh"], B, PL1 + ".IV.15",
    "Diễn tập ứng cứu sự cố an toàn thông tin mạng")
add("coordinators", "Theo bảng nhiệm vụ Phụ lục I, bảo đảm đường truyền cho các trạm y tế xã vùng cao phối hợp "
                    "với doanh nghiệp nào?",
    "VNPT Hạc Lĩnh và Viettel Hạc Lĩnh.",
    ["VNPT Hạc Lĩnh", "Viettel Hạc Lĩnh"], B, PL1 + ".IV.14",
    "Bảo đảm đường truyền cho Trạm Y tế xã Nà Pheo, xã Khau Liêng, xã Mỏ Rạng")
add("coordinators", "Sở Khoa học và Công nghệ phối hợp với ai để kết nối Hệ thống với Cơ sở dữ liệu quốc gia về dân "
                    "cư?",
    "Phối hợp với Công an tỉnh; hoàn thành trước ngày 30 tháng 4 năm 2026.",
    ["Công an tỉnh"], A, Q4 + ".Điều 15.2",
    "Chủ trì, phối hợp với Công an tỉnh hoàn thành kết nối Hệ thống với Cơ sở dữ liệu quốc gia về dân cư")
add("coordinators", "Theo báo cáo sơ kết, khi Trung tâm số hóa kết quả còn hiệu lực của ngành y tế thì Văn phòng Sở Y "
                    "tế làm gì?",
    "Văn phòng Sở Y tế phối hợp, cung cấp hồ sơ gốc cho tổ số hóa của Trung tâm.",
    ["Văn phòng Sở Y tế", "cung cấp hồ sơ gốc"], C, "III.1",
    "Văn phòng Sở Y tế phối hợp cung cấp hồ sơ gốc")
add("coordinators", "Đợt khảo sát SIPAS tháng 8/2026 tại Trung tâm thì Trung tâm phối hợp thế nào?",
    "Sở Nội vụ chủ trì; Trung tâm bố trí địa điểm và cung cấp danh sách người đã giao dịch.",
    ["Sở Nội vụ chủ trì", "danh sách người đã giao dịch"], C, "III.3",
    "Sở Nội vụ chủ trì, Trung tâm bố trí địa điểm và cung cấp danh sách người đã giao dịch")
add("coordinators", "Lắp đặt bổ sung máy đọc thẻ căn cước tại quầy tiếp đón người bệnh có đơn vị nào phối hợp?",
    "Phòng Kế hoạch - Tài chính phối hợp (các bệnh viện, Trung tâm Y tế khu vực chủ trì).",
    ["Phòng Kế hoạch - Tài chính"], B, PL1 + ".I.1",
    "Lắp đặt bổ sung máy đọc thẻ căn cước tại quầy tiếp đón người bệnh")
add("coordinators", "Trung tâm phối hợp với đơn vị nào để nhận hồ sơ, trả kết quả tại nhà cho người cao tuổi?",
    "Bưu điện tỉnh Hạc Lĩnh.",
    ["Bưu điện tỉnh Hạc Lĩnh"], A, Q4 + ".Điều 13.4",
    "Phối hợp với Bưu điện tỉnh Hạc Lĩnh tổ chức tiếp nhận hồ sơ, trả kết quả tại nhà")

# ------------------------------------------------------------------------------------------------ timing
add("timing", "Quyết định ban hành Quy chế hoạt động của Trung tâm PVHCC tỉnh Hạc Lĩnh có hiệu lực từ ngày nào?",
    "Từ ngày 02 tháng 3 năm 2026.",
    ["02 tháng 3 năm 2026"], A, "Điều 2.1",
    "Quyết định này có hiệu lực thi hành kể từ ngày 02 tháng 3 năm 2026.")
add("timing", "Hạn số hóa 100% kết quả giải quyết TTHC còn hiệu lực theo Quy chế là khi nào?",
    "Trước ngày 30 tháng 9 năm 2026 (cơ quan có TTHC thực hiện).",
    ["30 tháng 9 năm 2026"], A, Q2 + ".Điều 6.2",
    "Cơ quan có TTHC số hóa 100% kết quả giải quyết TTHC còn hiệu lực thuộc thẩm quyền, hoàn thành trước ngày 30 "
    "tháng 9 năm 2026")
add("timing", "Quy chế yêu cầu kết nối Hệ thống với Cơ sở dữ liệu quốc gia về dân cư xong trước ngày nào?",
    "Trước ngày 30 tháng 4 năm 2026.",
    ["30 tháng 4 năm 2026"], A, Q4 + ".Điều 15.2",
    "để khai thác thông tin công dân khi tiếp nhận hồ sơ, trước ngày 30 tháng 4 năm 2026")
add("timing", "Sở Y tế phải cử công chức ra Trung tâm Phục vụ hành chính công tỉnh trước ngày nào?",
    "Trước ngày 25/3/2026 (02 công chức).",
    ["25/3/2026"], B, "Phần III.2.1",
    "theo Quy chế ban hành kèm theo Quyết định số 12/2026/QĐ-UBND, hoàn thành trước ngày 25/3/2026")
add("timing", "Các bệnh viện, Trung tâm Y tế khu vực phải xây dựng kế hoạch của đơn vị trước ngày nào?",
    "Trước ngày 31/3/2026.",
    ["31/3/2026"], B, "Phần IV.4", "xây dựng kế hoạch của đơn vị trước ngày 31/3/2026")
add("timing", "cho em hỏi từ khi nào Sở Y tế không nhận hồ sơ giấy thủ tục cấp lại giấy phép hành nghề ạ?",
    "Từ ngày 01/7/2026.",
    ["01/7/2026"], B, "Phần III.2.4",
    "không tiếp nhận hồ sơ giấy đối với thủ tục cấp lại giấy phép hành nghề từ ngày 01/7/2026")
add("timing", "Bệnh viện tuyến tỉnh phải có mã QR thanh toán viện phí ở tất cả điểm thu khi nào?",
    "Trong Quý II/2026 (tại 100% điểm thu).",
    ["Quý II/2026"], B, "Phần III.3.1",
    "Các bệnh viện tuyến tỉnh bố trí mã QR thanh toán viện phí tại 100% điểm thu trong Quý II/2026.")
add("timing", "Theo Phụ lục I KH 27, diễn tập ứng cứu sự cố an toàn thông tin làm vào tháng mấy?",
    "Tháng 8/2026 (Bệnh viện Đa khoa tỉnh chủ trì).",
    ["Tháng 8/2026"], B, PL1 + ".IV.15", "Diễn tập ứng cứu sự cố an toàn thông tin mạng")
add("timing", "Trung tâm bắt đầu nhận hồ sơ sáng thứ Bảy từ ngày nào?",
    "Từ ngày 07/3/2026.",
    ["07/3/2026"], C, "I.1",
    "Từ ngày 07/3/2026, Trung tâm tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần")
add("timing", "Kết nối Hệ thống với Cơ sở dữ liệu quốc gia về dân cư hoàn thành ngày nào?",
    "Ngày 24/4/2026 (Sở Khoa học và Công nghệ hoàn thành).",
    ["24/4/2026"], C, "I.4",
    "Sở Khoa học và Công nghệ hoàn thành kết nối Hệ thống với Cơ sở dữ liệu quốc gia về dân cư ngày 24/4/2026")
add("timing", "Hội nghị quán triệt Quy chế tổ chức ngày nào, cho bao nhiêu người?",
    "Ngày 27/02/2026, cho 96 công chức, nhân viên của 14 cơ quan có TTHC và Bưu điện tỉnh Hạc Lĩnh.",
    ["27/02/2026", "96 công chức"], C, "I.1",
    "Ngày 27/02/2026, Trung tâm tổ chức hội nghị quán triệt Quy chế cho 96 công chức, nhân viên")
add("timing", "Hạn bổ sung máy tính cho Khu vực tự phục vụ là khi nào?",
    "Bổ sung 04 máy tính trước ngày 31/7/2026.",
    ["04 máy tính", "31/7/2026"], C, "III.4",
    "Bổ sung 04 máy tính cho Khu vực tự phục vụ trước ngày 31/7/2026")
add("timing", "Trung tâm phải có báo cáo tổng kết năm 2026 trước ngày nào theo báo cáo sơ kết?",
    "Trước ngày 05/12/2026.",
    ["05/12/2026"], C, "III.6", "báo cáo tổng kết năm 2026 trước ngày 05/12/2026")

# ------------------------------------------------------------------------------------------------ frequency
add("frequency", "Trung tâm Phục vụ hành chính công tỉnh làm việc những ngày nào, mấy giờ?",
    "Từ thứ Hai đến thứ Sáu hằng tuần: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ (trừ ngày lễ, "
    "Tết); ngoài ra nhận hồ sơ sáng thứ Bảy cho ba nhóm TTHC.",
    ["từ thứ Hai đến thứ Sáu hằng tuần", "7 giờ 30", "17 giờ"], A, Q2 + ".Điều 4.1",
    "Trung tâm làm việc từ thứ Hai đến thứ Sáu hằng tuần")
add("frequency", "Công an hỗ trợ kích hoạt VNeID tại Trung tâm vào những buổi nào?",
    "Chiều thứ Ba và chiều thứ Năm hằng tuần.",
    ["chiều thứ Ba và chiều thứ Năm hằng tuần"], A, Q2 + ".Điều 8.2",
    "vào chiều thứ Ba và chiều thứ Năm hằng tuần")
add("frequency", "Trung tâm gửi nhận xét công chức về cơ quan cử bao lâu một lần?",
    "Hằng tháng, trước ngày 05 (nhận xét của tháng trước).",
    ["Hằng tháng, trước ngày 05"], A, Q3 + ".Điều 10.2",
    "Hằng tháng, trước ngày 05, Trung tâm gửi nhận xét mức độ hoàn thành nhiệm vụ của công chức trong tháng trước")
add("frequency", "Kết quả đánh giá chất lượng phục vụ của Trung tâm được tổng hợp và công khai định kỳ thế nào?",
    "Tổng hợp hằng quý và công khai trên Cổng thông tin điện tử tỉnh trước ngày 15 của tháng đầu quý sau.",
    ["hằng quý", "trước ngày 15 của tháng đầu quý sau"], A, Q4 + ".Điều 13.2",
    "tổng hợp kết quả đánh giá hằng quý và công khai trên Cổng thông tin điện tử tỉnh trước ngày 15 của tháng đầu "
    "quý sau")
add("frequency", "Các bệnh viện báo cáo kết quả thực hiện kế hoạch 27 theo định kỳ nào?",
    "Định kỳ hằng quý, trước ngày 15 của tháng cuối quý, qua Văn phòng Sở.",
    ["hằng quý, trước ngày 15 của tháng cuối quý"], B, "Phần IV.4",
    "báo cáo kết quả định kỳ hằng quý, trước ngày 15 của tháng cuối quý, qua Văn phòng Sở")
add("frequency", "Cập nhật dữ liệu tiêm chủng vào Sổ sức khỏe điện tử thì thời hạn là khi nào?",
    "Thường xuyên (Trung tâm Kiểm soát bệnh tật tỉnh chủ trì).",
    ["Thường xuyên"], B, PL1 + ".I.2",
    "Cập nhật dữ liệu tiêm chủng vào Sổ sức khỏe điện tử trên ứng dụng VNeID")
add("frequency", "Mỗi bệnh viện tuyến tỉnh diễn tập ứng cứu sự cố an toàn thông tin mạng mấy lần một năm?",
    "01 lần trong năm; mỗi bệnh viện cũng bố trí ít nhất 01 viên chức chuyên trách công nghệ thông tin.",
    ["01 lần trong năm"], B, "Phần III.4.2",
    "diễn tập ứng cứu sự cố an toàn thông tin mạng 01 lần trong năm")
add("frequency", "Phòng Kế hoạch - Tài chính báo cáo Giám đốc Sở tỷ lệ thanh toán không dùng tiền mặt khi nào?",
    "Hằng tháng, trước ngày 10 của tháng sau.",
    ["trước ngày 10 của tháng sau"], B, "Phần III.3.2",
    "Hằng tháng, Phòng Kế hoạch - Tài chính tổng hợp tỷ lệ thanh toán không dùng tiền mặt của các đơn vị")
add("frequency", "thứ 7 lên trung tâm hành chính công tỉnh nộp hồ sơ được không ad, mấy giờ?",
    "Có: sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 11 giờ 30, cho ba nhóm TTHC.",
    ["sáng thứ Bảy hằng tuần", "11 giờ 30"], A, Q2 + ".Điều 4.2",
    "Trung tâm tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 11 giờ 30")

# ------------------------------------------------------------------------------------------------ fact
add("fact", "Quyết định ban hành Quy chế Trung tâm PVHCC Hạc Lĩnh số mấy, ngày nào?",
    "Quyết định số 12/2026/QĐ-UBND ngày 20 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Hạc Lĩnh.",
    ["12/2026/QĐ-UBND", "20 tháng 02 năm 2026"], A, "header", "Số: 12/2026/QĐ-UBND")
add("fact", "Ai ký Quyết định 12/2026/QĐ-UBND?",
    "Phó Chủ tịch UBND tỉnh Đinh Thị Hoài Thương ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. Chủ tịch).",
    ["Đinh Thị Hoài Thương"], A, "signature", "Đinh Thị Hoài Thương")
add("fact", "Quyết định 12/2026 làm hết hiệu lực quyết định nào?",
    "Quyết định số 35/2023/QĐ-UBND ngày 18 tháng 8 năm 2023 (Quy chế phối hợp giải quyết TTHC tại Trung tâm) hết "
    "hiệu lực từ ngày Quyết định 12 có hiệu lực.",
    ["35/2023/QĐ-UBND"], A, "Điều 2.2",
    "Quyết định số 35/2023/QĐ-UBND ngày 18 tháng 8 năm 2023 của Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp giải "
    "quyết thủ tục hành chính")
add("fact", "Kế hoạch 27/KH-SYT do ai ký?",
    "Phó Giám đốc Sở Y tế Âu Văn Trác ký (KT. Giám đốc).",
    ["Âu Văn Trác"], B, "signature", "Âu Văn Trác")
add("fact", "Có vướng mắc về kế hoạch 27 thì liên hệ ai, số điện thoại nào?",
    "Văn phòng Sở Y tế: bà Hà Thị Ngọc Diệp, Phó Chánh Văn phòng, điện thoại 0219 3 846 275.",
    ["Hà Thị Ngọc Diệp", "0219 3 846 275"], B, "closing",
    "các đơn vị liên hệ Văn phòng Sở (bà Hà Thị Ngọc Diệp, Phó Chánh Văn phòng, điện thoại 0219 3 846 275)")
add("fact", "Báo cáo sơ kết 6 tháng của Trung tâm PVHCC số mấy, ngày nào?",
    "Báo cáo số 214/BC-TTPVHCC ngày 03 tháng 7 năm 2026.",
    ["214/BC-TTPVHCC", "03 tháng 7 năm 2026"], C, "header", "Số: 214/BC-TTPVHCC")
add("fact", "Ai ký báo cáo sơ kết 6 tháng đầu năm 2026 của Trung tâm?",
    "Giám đốc Trung tâm Tạ Quang Vịnh.",
    ["Tạ Quang Vịnh"], C, "signature", "Tạ Quang Vịnh")
add("fact", "Quy chế Trung tâm PVHCC được ban hành theo đề nghị tại tờ trình nào?",
    "Tờ trình số 41/TTr-VPUB ngày 05 tháng 02 năm 2026 của Chánh Văn phòng Ủy ban nhân dân tỉnh (kèm Báo cáo thẩm định "
    "số 19/BC-STP của Sở Tư pháp).",
    ["41/TTr-VPUB"], A, "preamble",
    "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 41/TTr-VPUB ngày 05 tháng 02 năm 2026")
add("fact", "Văn bản nào của UBND tỉnh cho lùi thời hạn liên thông giấy chứng sinh, giấy báo tử điện tử?",
    "Văn bản số 1385/UBND-KSTT ngày 19/6/2026 của Ủy ban nhân dân tỉnh.",
    ["1385/UBND-KSTT"], C, "III.2", "theo Văn bản số 1385/UBND-KSTT ngày 19/6/2026 của Ủy ban nhân dân tỉnh")
add("fact", "Kế hoạch 27 của Sở Y tế căn cứ kế hoạch chuyển đổi số năm 2026 nào của tỉnh?",
    "Kế hoạch số 19/KH-UBND ngày 23/01/2026 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Hạc Lĩnh năm 2026.",
    ["19/KH-UBND"], B, "preamble",
    "Căn cứ Kế hoạch số 19/KH-UBND ngày 23/01/2026 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Hạc Lĩnh năm 2026")
add("fact", "Những bệnh viện nào đã có bệnh án điện tử từ năm 2025?",
    "Bệnh viện Đa khoa tỉnh và Bệnh viện Sản - Nhi tỉnh, từ tháng 9/2025.",
    ["Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản - Nhi tỉnh", "9/2025"], B, "Phần I.1",
    "Bệnh viện Đa khoa tỉnh và Bệnh viện Sản - Nhi tỉnh triển khai bệnh án điện tử từ tháng 9/2025.")
add("fact", "Trung tâm Phục vụ hành chính công tỉnh Hạc Lĩnh trực thuộc cơ quan nào?",
    "Trực thuộc Văn phòng Ủy ban nhân dân tỉnh (Quyết định số 87/QĐ-UBND ngày 14/01/2026 về kiện toàn Trung tâm).",
    ["Văn phòng Ủy ban nhân dân tỉnh"], A, "preamble",
    "kiện toàn Trung tâm Phục vụ hành chính công tỉnh trực thuộc Văn phòng Ủy ban nhân dân tỉnh")

# ------------------------------------------------------------------------------------------------ figure
add("figure", "ad ơi 6 tháng đầu năm 2026 Trung tâm nhận bao nhiêu hồ sơ, trực tuyến được bao nhiêu %?",
    "58.406 hồ sơ, trong đó 41.936 hồ sơ trực tuyến (đạt 71,8%).",
    ["58.406", "41.936", "71,8%"], C, "I.2",
    "Trung tâm tiếp nhận 58.406 hồ sơ, trong đó 41.936 hồ sơ trực tuyến (đạt 71,8%)")
add("figure", "Tỷ lệ giải quyết hồ sơ đúng hạn 6 tháng đầu năm ở Trung tâm là bao nhiêu?",
    "98,53% (54.318 hồ sơ đúng hạn trên 55.127 hồ sơ đã giải quyết); quá hạn 809 hồ sơ.",
    ["98,53%", "809"], C, "I.2", "đúng hạn 54.318 hồ sơ (đạt 98,53%), quá hạn 809 hồ sơ")
add("figure", "Tỷ lệ hồ sơ trực tuyến của Sở Y tế tại Trung tâm 6 tháng đầu năm là bao nhiêu?",
    "71,4% (Sở Y tế tiếp nhận 2.950 hồ sơ, đúng hạn 98,75%).",
    ["71,4", "2.950"], C, "I.2", "Sở Y tế")
add("figure", "Tổng kinh phí thực hiện kế hoạch 27 của Sở Y tế là bao nhiêu?",
    "3.860 triệu đồng, từ nguồn chi thường xuyên năm 2026 của các đơn vị và nguồn quỹ phát triển hoạt động sự "
    "nghiệp.",
    ["3.860 triệu đồng"], B, "Phần IV.3",
    "tham mưu bố trí kinh phí thực hiện Kế hoạch là 3.860 triệu đồng")
add("figure", "Năm 2026 ngành y tế đặt chỉ tiêu bao nhiêu % người bệnh dùng thẻ căn cước hoặc VNeID thay thẻ BHYT "
              "giấy?",
    "Từ 80% trở lên (và 100% bệnh viện, Trung tâm Y tế khu vực tiếp đón bằng thẻ căn cước hoặc VNeID).",
    ["80%"], B, "Phần II.2.1",
    "tỷ lệ người bệnh sử dụng thẻ căn cước hoặc VNeID thay thẻ BHYT giấy đạt từ 80% trở lên")
add("figure", "Tỷ lệ hài lòng Quý II/2026 tại Trung tâm là bao nhiêu?",
    "97,1%, với 15.208 lượt đánh giá.",
    ["97,1%", "15.208"], C, "I.5", "Quý II/2026 có 15.208 lượt đánh giá, tỷ lệ hài lòng 97,1%")
add("figure", "Ngành y tế đã số hóa được bao nhiêu kết quả TTHC còn hiệu lực tính đến cuối tháng 6?",
    "3.412/7.960 kết quả, đạt 42,9%.",
    ["3.412/7.960", "42,9%"], C, "I.3", "ngành y tế mới số hóa được 3.412/7.960 kết quả (đạt 42,9%)")
add("fact", "Sở Văn hóa, Thể thao và Du lịch có quầy riêng tại Trung tâm không?",
    "Không; Sở Văn hóa, Thể thao và Du lịch ủy quyền cho Trung tâm (bảng tại khoản 4 Điều 9 ghi \"Ủy quyền cho Trung "
    "tâm\").",
    ["Ủy quyền cho Trung tâm"], A, Q3 + ".Điều 9.4", "Sở Văn hóa, Thể thao và Du lịch")
add("figure", "Chỉ tiêu thanh toán không dùng tiền mặt giao cho Trung tâm Y tế khu vực Khau Liêng là bao nhiêu?",
    "≥ 25% (người bệnh dùng thẻ căn cước hoặc VNeID ≥ 70%; giấy chuyển tuyến điện tử Quý IV/2026).",
    ["≥ 25"], B, "Phụ lục II", "Trung tâm Y tế khu vực Khau Liêng")
add("figure", "Năm 2025 có bao nhiêu lượt tra cứu thông tin thẻ BHYT bằng thẻ căn cước hoặc VNeID thành công?",
    "1.126.480 lượt tra cứu thành công.",
    ["1.126.480"], B, "Phần I.1", "với 1.126.480 lượt tra cứu thành công")
add("figure", "Khu vực tự phục vụ của Trung tâm có mấy máy tính và đã hỗ trợ bao nhiêu lượt người?",
    "06 máy tính và 02 ki-ốt tra cứu; đã hỗ trợ 4.870 lượt người tự nộp hồ sơ trực tuyến.",
    ["06 máy tính", "4.870"], C, "I.4",
    "Khu vực tự phục vụ có 06 máy tính và 02 ki-ốt tra cứu; đã hỗ trợ 4.870 lượt người tự nộp hồ sơ trực tuyến.")
add("figure", "Bao nhiêu tài khoản định danh điện tử mức độ 2 được kích hoạt tại Trung tâm trong 6 tháng đầu năm?",
    "1.264 tài khoản (Công an tỉnh hỗ trợ).",
    ["1.264"], C, "I.4", "kích hoạt được 1.264 tài khoản định danh điện tử mức độ 2 tại Trung tâm")
add("figure", "Trung tâm đề nghị bổ sung bao nhiêu kinh phí mua máy tính, máy quét?",
    "640 triệu đồng kinh phí năm 2026.",
    ["640 triệu đồng"], C, "IV.2", "Đề nghị bổ sung 640 triệu đồng kinh phí năm 2026")

# ------------------------------------------------------------------------------------------------ list
add("list", "Sáng thứ Bảy Trung tâm tiếp nhận những nhóm thủ tục nào?",
    "Ba nhóm: cấp, đổi giấy phép lái xe; cấp Phiếu lý lịch tư pháp; chứng thực bản sao điện tử từ bản chính.",
    ["giấy phép lái xe", "Phiếu lý lịch tư pháp", "chứng thực bản sao điện tử"], A, Q2 + ".Điều 4.2",
    "cấp, đổi giấy phép lái xe; cấp Phiếu lý lịch tư pháp; chứng thực bản sao điện tử từ bản chính")
add("list", "Người dân có thể nộp hồ sơ tại Trung tâm PVHCC tỉnh bằng những cách nào?",
    "Nộp trực tiếp tại quầy; nộp trực tuyến trên Cổng Dịch vụ công quốc gia; nộp qua dịch vụ bưu chính công ích; nộp "
    "tại Khu vực tự phục vụ có hướng dẫn; nộp tại nhà (người cao tuổi, người khuyết tật, qua nhân viên bưu điện).",
    ["Cổng Dịch vụ công quốc gia", "bưu chính công ích", "Khu vực tự phục vụ"], A, Q2 + ".Điều 5.1",
    "Tổ chức, cá nhân nộp hồ sơ theo một trong các cách thức sau:")
add("list", "Báo cáo sơ kết nêu những tồn tại, hạn chế nào?",
    "(1) Tỷ lệ hồ sơ quá hạn của Sở Nông nghiệp và Môi trường còn cao (4,88%), tập trung ở đăng ký biến động đất "
    "đai; (2) số hóa kết quả còn hiệu lực của ngành y tế chậm; (3) Khu vực tự phục vụ quá tải vào đầu tuần và cuối "
    "tháng.",
    ["4,88%", "ngành y tế chậm", "quá tải"], C, "II.1",
    "(1) tỷ lệ hồ sơ quá hạn của Sở Nông nghiệp và Môi trường còn cao (4,88%)")
add("list", "Trạm y tế những xã nào hay mất kết nối mạng?",
    "Trạm Y tế các xã vùng cao Nà Pheo, Khau Liêng, Mỏ Rạng.",
    ["Nà Pheo", "Khau Liêng", "Mỏ Rạng"], B, "Phần I.2",
    "Trạm Y tế các xã vùng cao Nà Pheo, Khau Liêng, Mỏ Rạng thường xuyên mất kết nối mạng")
add("list", "Kế hoạch 27 số hóa những loại kết quả TTHC còn hiệu lực nào của ngành y tế?",
    "Chứng chỉ hành nghề; giấy phép hoạt động khám bệnh, chữa bệnh; giấy chứng nhận đủ điều kiện kinh doanh dược.",
    ["chứng chỉ hành nghề", "giấy phép hoạt động khám bệnh, chữa bệnh", "kinh doanh dược"], B, "Phần III.2.2",
    "chứng chỉ hành nghề, giấy phép hoạt động khám bệnh, chữa bệnh, giấy chứng nhận đủ điều kiện kinh doanh dược")
add("list", "Triển khai Sổ sức khỏe điện tử trên VNeID gồm những việc gì, ai làm?",
    "Trung tâm Kiểm soát bệnh tật tỉnh cập nhật dữ liệu tiêm chủng; các bệnh viện cập nhật kết quả khám sức khỏe "
    "người lái xe trong ngày khám; Trạm Y tế xã, phường rà soát, bổ sung thông tin người cao tuổi, người mắc bệnh mạn "
    "tính.",
    ["dữ liệu tiêm chủng", "khám sức khỏe người lái xe", "người cao tuổi"], B, "Phần III.1.2",
    "Triển khai Sổ sức khỏe điện tử trên ứng dụng VNeID:")

# ------------------------------------------------------------------------------------------------ period
add("period", "Trong Phụ lục I kế hoạch 27, những nhiệm vụ nào có hạn tháng 4/2026?",
    "Ba nhiệm vụ: lắp đặt bổ sung máy đọc thẻ căn cước tại quầy tiếp đón (dòng 1); rà soát, cập nhật quy trình điện "
    "tử các TTHC lĩnh vực y tế (dòng 8); thí điểm cấp giấy chứng sinh điện tử liên thông đăng ký khai sinh (dòng 9).",
    ["máy đọc thẻ căn cước", "quy trình điện tử", "giấy chứng sinh điện tử"],
    [B, B, B], [PL1 + ".I.1", PL1 + ".II.8", PL1 + ".II.9"],
    ["Lắp đặt bổ sung máy đọc thẻ căn cước tại quầy tiếp đón người bệnh",
     "Rà soát, cập nhật quy trình điện tử các TTHC lĩnh vực y tế trên Hệ thống",
     "Thí điểm cấp giấy chứng sinh điện tử liên thông đăng ký khai sinh"])
add("period", "Việc gì trong danh mục nhiệm vụ của Sở Y tế phải xong trong tháng 6/2026?",
    "Liên thông dữ liệu giấy khám sức khỏe người lái xe với Công an tỉnh (tháng 6/2026); số hóa kết quả giải quyết "
    "TTHC còn hiệu lực (30/6/2026); bảo đảm đường truyền cho Trạm Y tế xã Nà Pheo, Khau Liêng, Mỏ Rạng (tháng "
    "6/2026).",
    ["giấy khám sức khỏe người lái xe", "Số hóa kết quả", "đường truyền"],
    [B, B, B], [PL1 + ".I.5", PL1 + ".II.7", PL1 + ".IV.14"],
    ["Liên thông dữ liệu giấy khám sức khỏe người lái xe với Công an tỉnh",
     "Số hóa kết quả giải quyết TTHC còn hiệu lực của ngành y tế",
     "Bảo đảm đường truyền cho Trạm Y tế xã Nà Pheo, xã Khau Liêng, xã Mỏ Rạng"])
add("period", "Nhiệm vụ nào của Phụ lục I rơi vào Quý IV/2026?",
    "Nhân rộng giấy chuyển tuyến, giấy hẹn khám lại điện tử (Quý IV/2026) và tổng kết thực hiện Kế hoạch năm 2026 "
    "(tháng 12/2026).",
    ["Nhân rộng giấy chuyển tuyến", "Tổng kết"],
    [B, B], [PL1 + ".I.4", PL1 + ".IV.18"],
    ["Nhân rộng giấy chuyển tuyến, giấy hẹn khám lại điện tử", "Tổng kết thực hiện Kế hoạch năm 2026"])

# ------------------------------------------------------------------------------------------------ count
add("count", "Sáng thứ Bảy Trung tâm nhận mấy nhóm TTHC?",
    "Ba nhóm TTHC (giấy phép lái xe; Phiếu lý lịch tư pháp; chứng thực bản sao điện tử từ bản chính).",
    ["ba nhóm TTHC"], A, Q2 + ".Điều 4.2", "đối với ba nhóm TTHC")
add("count", "Phụ lục I kế hoạch 27 của Sở Y tế có bao nhiêu nhiệm vụ, chia thành mấy nhóm?",
    "18 nhiệm vụ (STT 1–18), chia thành 4 nhóm I–IV.",
    ["18"], B, PL1, "DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 VÀ CHUYỂN ĐỔI SỐ NGÀNH Y TẾ NĂM 2026")
add("count", "Bao nhiêu cơ quan có TTHC đã số hóa xong kết quả còn hiệu lực?",
    "9/14 cơ quan có TTHC đã hoàn thành.",
    ["9/14"], C, "I.3", "9/14 cơ quan có TTHC đã hoàn thành")
add("count", "Tính đến 27/6/2026 Trung tâm đã mở bao nhiêu buổi nhận hồ sơ sáng thứ Bảy?",
    "17 buổi, tiếp nhận 2.318 hồ sơ.",
    ["17 buổi", "2.318"], C, "I.1", "đến hết ngày 27/6/2026 đã tổ chức 17 buổi, tiếp nhận 2.318 hồ sơ")
add("count", "Bệnh viện Sản - Nhi tỉnh đã cấp bao nhiêu giấy chứng sinh điện tử?",
    "612 giấy chứng sinh điện tử (từ ngày 15/4/2026), 100% được liên thông với đăng ký khai sinh.",
    ["612"], C, "I.4", "đã cấp 612 giấy, 100% được liên thông với nhóm TTHC đăng ký khai sinh")

# ------------------------------------------------------------------------------------------------ abbreviation
add("abbreviation", "KCB BHYT là viết tắt của gì?",
    "Khám bệnh, chữa bệnh bảo hiểm y tế.",
    ["khám bệnh, chữa bệnh bảo hiểm y tế"], B, "Phần I.1",
    "khám bệnh, chữa bệnh bảo hiểm y tế (sau đây viết tắt là KCB BHYT)")
add("abbreviation", "Trong Quy chế, \"Hệ thống\" là gì?",
    "Hệ thống thông tin giải quyết TTHC tỉnh: hệ thống dùng chung của tỉnh để tiếp nhận, xử lý hồ sơ, số hóa, lưu trữ "
    "kết quả và kết nối với Cổng Dịch vụ công quốc gia.",
    ["Hệ thống thông tin giải quyết TTHC tỉnh"], A, "Chương I.Điều 2.1",
    "Hệ thống thông tin giải quyết TTHC tỉnh (sau đây gọi là Hệ thống)")
add("abbreviation", "Khu vực tự phục vụ ở Trung tâm được hiểu là gì?",
    "Khu vực tại sảnh Trung tâm có máy tính, máy quét và ki-ốt tra cứu để tổ chức, cá nhân tự nộp hồ sơ trực tuyến, có "
    "người hướng dẫn.",
    ["máy tính, máy quét và ki-ốt tra cứu"], A, "Chương I.Điều 2.2",
    "Khu vực tự phục vụ là khu vực tại sảnh Trung tâm được bố trí máy tính, máy quét và ki-ốt tra cứu")
add("abbreviation", "Chỉ số SIPAS trong Quy chế là chỉ số gì?",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
    ["Chỉ số hài lòng của người dân, tổ chức"], A, Q4 + ".Điều 18",
    "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (sau đây gọi là Chỉ "
    "số SIPAS)")
add("abbreviation", "Đề án 06 nhắc trong kế hoạch của Sở Y tế là đề án gì?",
    "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai "
    "đoạn 2022 - 2025, tầm nhìn đến năm 2030, phê duyệt tại Quyết định số 06/QĐ-TTg.",
    ["dữ liệu về dân cư, định danh và xác thực điện tử", "06/QĐ-TTg"], B, "preamble",
    "tầm nhìn đến năm 2030 (sau đây gọi tắt là Đề án 06)")
add("abbreviation", "Phiếu hẹn điện tử là gì?",
    "Phiếu ghi ngày trả kết quả do Hệ thống tạo ra, gửi đến tài khoản của người nộp hồ sơ trên Cổng Dịch vụ công quốc "
    "gia hoặc qua tin nhắn.",
    ["ngày trả kết quả", "tin nhắn"], A, "Chương I.Điều 2.3",
    "Phiếu hẹn điện tử là phiếu ghi ngày trả kết quả do Hệ thống tạo ra")

# ------------------------------------------------------------------------------------------------ cross_document
add("cross_document", "Số hóa kết quả TTHC còn hiệu lực của ngành y tế: kế hoạch 27 giao ai chủ trì, còn báo cáo sơ "
                      "kết của Trung tâm thì ai chủ trì?",
    "Kế hoạch 27/KH-SYT: Văn phòng Sở chủ trì, hạn trước ngày 30/6/2026. Báo cáo sơ kết của Trung tâm (6 tháng cuối "
    "năm): Trung tâm chủ trì, Văn phòng Sở Y tế phối hợp, hoàn thành trước ngày 30/9/2026.",
    ["Văn phòng Sở chủ trì", "Trung tâm chủ trì", "30/9/2026"],
    [B, C], ["Phần III.2.2", "III.1"],
    ["Văn phòng Sở chủ trì, hoàn thành trước ngày 30/6/2026",
     "Trung tâm chủ trì, cử tổ số hóa làm việc trực tiếp tại Sở Y tế"])
add("cross_document", "Hạn cấp giấy chứng sinh, giấy báo tử điện tử ở các cơ sở có phòng sinh là tháng 5 hay đã "
                      "đổi rồi?",
    "Kế hoạch 27 của Sở Y tế đặt hạn trong tháng 5/2026; theo báo cáo sơ kết, Văn bản số 1385/UBND-KSTT ngày "
    "19/6/2026 đã điều chỉnh sang trước ngày 31/8/2026.",
    ["tháng 5/2026", "31/8/2026"],
    [B, C], ["Phần III.2.3", "III.2"],
    ["các cơ sở có phòng sinh còn lại hoàn thành trong tháng 5/2026",
     "được điều chỉnh từ tháng 5/2026 sang trước ngày 31/8/2026"])
add("cross_document", "Kết nối Hệ thống với Cơ sở dữ liệu quốc gia về dân cư có kịp hạn trong Quy chế không?",
    "Kịp: Quy chế yêu cầu Sở Khoa học và Công nghệ hoàn thành trước ngày 30 tháng 4 năm 2026; báo cáo sơ kết cho biết "
    "đã hoàn thành ngày 24/4/2026, trước thời hạn.",
    ["30 tháng 4 năm 2026", "24/4/2026"],
    [A, C], [Q4 + ".Điều 15.2", "I.4"],
    ["để khai thác thông tin công dân khi tiếp nhận hồ sơ, trước ngày 30 tháng 4 năm 2026",
     "ngày 24/4/2026, trước thời hạn tại khoản 2 Điều 15 Quy chế"])
add("cross_document", "Sở Y tế phải có bao nhiêu công chức ở Trung tâm PVHCC và kế hoạch 27 cử thế nào?",
    "Quy chế (bảng tại khoản 4 Điều 9): Sở Y tế có 1 quầy, tối thiểu 2 công chức. Kế hoạch 27: Văn phòng Sở trình "
    "Giám đốc Sở cử 02 công chức, hoàn thành trước ngày 25/3/2026.",
    ["02 công chức", "25/3/2026"],
    [A, B], [Q3 + ".Điều 9.4", "Phần III.2.1"],
    ["Sở Y tế", "Văn phòng Sở lựa chọn, trình Giám đốc Sở cử 02 công chức"])
add("cross_document", "Quy chế cho nhận hồ sơ sáng thứ Bảy, vậy thực tế 6 tháng đầu năm đã làm được bao nhiêu buổi?",
    "Quy chế (khoản 2 Điều 4): tiếp nhận sáng thứ Bảy hằng tuần, 7 giờ 30–11 giờ 30, ba nhóm TTHC. Báo cáo sơ kết: bắt "
    "đầu từ 07/3/2026, đến hết 27/6/2026 đã tổ chức 17 buổi, tiếp nhận 2.318 hồ sơ.",
    ["sáng thứ Bảy hằng tuần", "17 buổi", "2.318"],
    [A, C], [Q2 + ".Điều 4.2", "I.1"],
    ["Trung tâm tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần",
     "đến hết ngày 27/6/2026 đã tổ chức 17 buổi, tiếp nhận 2.318 hồ sơ"])
add("cross_document", "Đoàn viên tình nguyện hỗ trợ ở Khu vực tự phục vụ vào những tháng nào, theo Quy chế và theo "
                      "báo cáo sơ kết?",
    "Quy chế: các tháng cao điểm tháng 7, tháng 8 và tháng 12 (Tỉnh đoàn Hạc Lĩnh phân công). Báo cáo sơ kết đề nghị "
    "Tỉnh đoàn bố trí trong tháng 7 và tháng 8/2026.",
    ["tháng 7, tháng 8 và tháng 12", "tháng 7 và tháng 8/2026"],
    [A, C], [Q2 + ".Điều 8.3", "III.4"],
    ["trong các tháng cao điểm (tháng 7, tháng 8 và tháng 12)",
     "bố trí đoàn viên tình nguyện hỗ trợ trong tháng 7 và tháng 8/2026"])
add("cross_document", "Khảo sát SIPAS tại Trung tâm năm 2026 làm khi nào, ai chủ trì?",
    "Quy chế: Sở Nội vụ chủ trì, 01 lần mỗi năm, trong Quý III. Báo cáo sơ kết: khảo sát trong tháng 8/2026, Sở Nội "
    "vụ chủ trì, Trung tâm bố trí địa điểm.",
    ["Sở Nội vụ", "Quý III", "tháng 8/2026"],
    [A, C], [Q4 + ".Điều 18", "III.3"],
    ["tại Trung tâm 01 lần mỗi năm, trong Quý III",
     "Phối hợp với Sở Nội vụ khảo sát Chỉ số SIPAS tại Trung tâm trong tháng 8/2026"])
add("cross_document", "Công an hỗ trợ kích hoạt định danh điện tử ở Trung tâm vào buổi nào và đã được bao nhiêu tài "
                      "khoản?",
    "Quy chế: Công an tỉnh cử cán bộ vào chiều thứ Ba và chiều thứ Năm hằng tuần. Báo cáo sơ kết: đã kích hoạt được "
    "1.264 tài khoản định danh điện tử mức độ 2 tại Trung tâm.",
    ["chiều thứ Ba và chiều thứ Năm hằng tuần", "1.264"],
    [A, C], [Q2 + ".Điều 8.2", "I.4"],
    ["vào chiều thứ Ba và chiều thứ Năm hằng tuần",
     "kích hoạt được 1.264 tài khoản định danh điện tử mức độ 2 tại Trung tâm"])
add("cross_document", "Báo cáo sơ kết 6 tháng của Trung tâm có gửi đúng hạn Quy chế quy định không?",
    "Đúng hạn: Quy chế yêu cầu gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 05 tháng 7; Báo cáo số 214/BC-TTPVHCC "
    "đề ngày 03 tháng 7 năm 2026.",
    ["05 tháng 7", "03 tháng 7 năm 2026"],
    [A, C], [Q4 + ".Điều 13.3", "header"],
    ["gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 05 tháng 7 và trước ngày 05 tháng 12",
     "Hạc Lĩnh, ngày 03 tháng 7 năm 2026"])

# ------------------------------------------------------------------------------------------------ comparison
add("comparison", "Hạn số hóa kết quả còn hiệu lực của ngành y tế trong kế hoạch 27 sớm hay muộn hơn hạn chung trong "
                  "Quy chế?",
    "Sớm hơn 3 tháng: Kế hoạch 27 đặt hạn trước ngày 30/6/2026, còn Quy chế cho các cơ quan có TTHC đến trước ngày 30 "
    "tháng 9 năm 2026.",
    ["30/6/2026", "30 tháng 9 năm 2026"],
    [B, A], ["Phần III.2.2", Q2 + ".Điều 6.2"],
    ["Văn phòng Sở chủ trì, hoàn thành trước ngày 30/6/2026",
     "hoàn thành trước ngày 30 tháng 9 năm 2026"])
add("comparison", "Tỷ lệ hồ sơ trực tuyến của Sở Y tế 6 tháng đầu năm đã đạt chỉ tiêu của kế hoạch 27 chưa?",
    "Chưa đạt: Sở Y tế đạt 71,4% trong khi chỉ tiêu năm 2026 là từ 80% trở lên.",
    ["71,4", "80%"],
    [C, B], ["I.2", "Phần II.2.3"],
    ["Sở Y tế", "Tỷ lệ hồ sơ TTHC lĩnh vực y tế nộp trực tuyến đạt từ 80% trở lên"])
add("comparison", "So sánh chỉ tiêu năm 2026 giao cho Bệnh viện Đa khoa tỉnh và Trung tâm Y tế khu vực Khau Liêng?",
    "Bệnh viện Đa khoa tỉnh: người bệnh dùng thẻ căn cước/VNeID ≥ 85%, thanh toán không dùng tiền mặt ≥ 55%, giấy "
    "chuyển tuyến điện tử Quý II/2026. Trung tâm Y tế khu vực Khau Liêng: ≥ 70%, ≥ 25%, Quý IV/2026 (thấp hơn do trạm "
    "y tế vùng cao chưa có đường truyền ổn định).",
    ["≥ 85", "≥ 70", "≥ 25"],
    [B, B], ["Phụ lục II", "Phụ lục II"],
    ["Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế khu vực Khau Liêng"])
add("comparison", "Sở Tư pháp và Sở Nông nghiệp và Môi trường, sở nào giải quyết hồ sơ đúng hạn tốt hơn trong 6 tháng "
                  "đầu năm?",
    "Sở Tư pháp tốt hơn: đúng hạn 99,40% so với 95,12% của Sở Nông nghiệp và Môi trường.",
    ["99,40", "95,12"],
    [C, C], ["I.2", "I.2"], ["Sở Tư pháp", "Sở Nông nghiệp và Môi trường"])
add("comparison", "Tỷ lệ hài lòng ở Trung tâm Quý II so với Quý I tăng hay giảm?",
    "Tăng: từ 96,2% (Quý I, 13.544 lượt) lên 97,1% (Quý II, 15.208 lượt), tăng 0,9 điểm phần trăm.",
    ["96,2%", "97,1%"], C, "I.5",
    "Quý I/2026 có 13.544 lượt đánh giá, tỷ lệ hài lòng 96,2%; Quý II/2026 có 15.208 lượt đánh giá, tỷ lệ hài lòng "
    "97,1%")
add("comparison", "Tỷ lệ thanh toán viện phí không dùng tiền mặt năm 2025 so với chỉ tiêu 2026 của ngành y tế?",
    "Năm 2025 mới đạt 23,7%; chỉ tiêu năm 2026 tại các bệnh viện tuyến tỉnh là từ 50% trở lên.",
    ["23,7%", "50%"],
    [B, B], ["Phần I.2", "Phần II.2.4"],
    ["Tỷ lệ thanh toán viện phí không dùng tiền mặt mới đạt 23,7%",
     "Tỷ lệ thanh toán viện phí không dùng tiền mặt tại các bệnh viện tuyến tỉnh đạt từ 50% trở lên."])

# ------------------------------------------------------------------------------------------------ unit_duties
add("unit_duties", "Văn phòng Sở Y tế chủ trì những nhiệm vụ nào trong Phụ lục I?",
    "Năm nhiệm vụ: cử công chức đến Trung tâm Phục vụ hành chính công tỉnh (dòng 6); số hóa kết quả giải quyết TTHC "
    "còn hiệu lực (dòng 7); rà soát, cập nhật quy trình điện tử (dòng 8); sơ kết 6 tháng (dòng 17); tổng kết năm 2026 "
    "(dòng 18).",
    ["Cử công chức", "Số hóa kết quả", "Tổng kết"],
    [B, B, B, B, B], [PL1 + ".II.6", PL1 + ".II.7", PL1 + ".II.8", PL1 + ".IV.17", PL1 + ".IV.18"],
    ["Cử công chức đến làm việc tại Trung tâm Phục vụ hành chính công tỉnh",
     "Số hóa kết quả giải quyết TTHC còn hiệu lực của ngành y tế",
     "Rà soát, cập nhật quy trình điện tử các TTHC lĩnh vực y tế trên Hệ thống",
     "Sơ kết 6 tháng thực hiện Kế hoạch", "Tổng kết thực hiện Kế hoạch năm 2026"])
add("unit_duties", "Bệnh viện Đa khoa tỉnh được giao chủ trì việc gì trong danh mục nhiệm vụ của Sở Y tế?",
    "Hai việc: thí điểm giấy chuyển tuyến, giấy hẹn khám lại điện tử tích hợp VNeID (Quý II/2026) và diễn tập ứng cứu "
    "sự cố an toàn thông tin mạng (tháng 8/2026).",
    ["giấy chuyển tuyến", "Diễn tập ứng cứu sự cố"],
    [B, B], [PL1 + ".I.3", PL1 + ".IV.15"],
    ["Thí điểm giấy chuyển tuyến, giấy hẹn khám lại điện tử tích hợp VNeID",
     "Diễn tập ứng cứu sự cố an toàn thông tin mạng"])
add("unit_duties", "Phòng Nghiệp vụ Y chủ trì những nhiệm vụ nào trong Phụ lục I?",
    "Cấp giấy chứng sinh, giấy báo tử điện tử tại toàn bộ cơ sở có phòng sinh (dòng 10, tháng 5/2026) và hỗ trợ người "
    "hành nghề nộp hồ sơ cấp giấy phép hành nghề trực tuyến (dòng 11, ô chủ trì gộp, thường xuyên).",
    ["giấy báo tử điện tử", "giấy phép hành nghề trực tuyến"],
    [B, B], [PL1 + ".II.10", PL1 + ".II.11"],
    ["Cấp giấy chứng sinh, giấy báo tử điện tử tại toàn bộ cơ sở khám bệnh, chữa bệnh có phòng sinh",
     "Hỗ trợ người hành nghề nộp hồ sơ cấp giấy phép hành nghề trực tuyến"])
add("unit_duties", "Quy chế giao Bưu điện tỉnh Hạc Lĩnh những trách nhiệm gì?",
    "Bố trí nhân viên bưu điện tại Trung tâm theo hợp đồng dịch vụ; chuyển hồ sơ, kết quả giữa Trung tâm và cơ quan có "
    "TTHC không quá 01 ngày làm việc; thu phí, lệ phí, cước chuyển phát theo quy định, không thu thêm khoản nào khác.",
    ["01 ngày làm việc", "không thu thêm"], A, Q4 + ".Điều 17",
    "bảo đảm thời gian chuyển hồ sơ, kết quả giữa Trung tâm và cơ quan có TTHC không quá 01 ngày làm việc")

# ------------------------------------------------------------------------------------------------ task_list
add("task_list", "Nhóm IV (hạ tầng, an toàn thông tin và nhân lực) trong Phụ lục I gồm những nhiệm vụ nào?",
    "Bảo đảm đường truyền cho Trạm Y tế xã Nà Pheo, Khau Liêng, Mỏ Rạng (14); diễn tập ứng cứu sự cố an toàn thông tin "
    "mạng (15); tập huấn kỹ năng số cho nhân viên Trạm Y tế (16); sơ kết 6 tháng (17); tổng kết năm 2026 (18).",
    ["đường truyền", "Diễn tập", "Tập huấn kỹ năng số"],
    [B, B, B, B, B], [PL1 + ".IV.14", PL1 + ".IV.15", PL1 + ".IV.16", PL1 + ".IV.17", PL1 + ".IV.18"],
    ["Bảo đảm đường truyền cho Trạm Y tế xã Nà Pheo, xã Khau Liêng, xã Mỏ Rạng",
     "Diễn tập ứng cứu sự cố an toàn thông tin mạng",
     "Tập huấn kỹ năng số cho nhân viên Trạm Y tế xã, phường",
     "Sơ kết 6 tháng thực hiện Kế hoạch", "Tổng kết thực hiện Kế hoạch năm 2026"])
add("task_list", "Phần thanh toán không dùng tiền mặt trong Phụ lục I có những nhiệm vụ gì?",
    "Hai nhiệm vụ: thanh toán viện phí bằng mã QR tại 100% điểm thu (các bệnh viện tuyến tỉnh, Quý II/2026) và tổng "
    "hợp tỷ lệ thanh toán không dùng tiền mặt của các đơn vị (Phòng Kế hoạch - Tài chính, hằng tháng).",
    ["mã QR", "Tổng hợp tỷ lệ thanh toán"],
    [B, B], [PL1 + ".III.12", PL1 + ".III.13"],
    ["Thanh toán viện phí bằng mã QR tại 100% điểm thu",
     "Tổng hợp tỷ lệ thanh toán không dùng tiền mặt của các đơn vị"])

# ------------------------------------------------------------------------------------------------ no_diacritics
add("no_diacritics", "ho so tre han thi phai gui thu xin loi truoc bao lau",
    "Cơ quan có TTHC gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả chậm nhất 01 ngày làm việc trước ngày hết hạn ghi "
    "trên Phiếu hẹn điện tử; mỗi hồ sơ chỉ được hẹn lại một lần.",
    ["01 ngày làm việc", "một lần"], A, Q2 + ".Điều 7.2",
    "gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả chậm nhất 01 ngày làm việc trước ngày hết hạn")
add("no_diacritics", "nop ho so truc tuyen thi bao lau trung tam phai tiep nhan",
    "Chậm nhất trong 08 giờ làm việc kể từ khi Hệ thống ghi nhận (tiếp nhận hoặc yêu cầu bổ sung).",
    ["08 giờ làm việc"], A, Q2 + ".Điều 5.2",
    "Hồ sơ nộp trực tuyến phải được tiếp nhận hoặc yêu cầu bổ sung chậm nhất trong 08 giờ làm việc")
add("no_diacritics", "cong chuc duoc cu ra trung tam phvhcc lam viec bao lau 1 dot, can dieu kien gi",
    "Mỗi đợt 12 tháng; công chức có trình độ đại học trở lên, có ít nhất 02 năm công tác trong lĩnh vực được phân "
    "công.",
    ["12 tháng", "02 năm"], A, Q3 + ".Điều 9.1", "thời gian cử mỗi đợt là 12 tháng")
add("no_diacritics", "so y te dat chi tieu bao nhieu phan tram nguoi dan co so suc khoe dien tu",
    "Ít nhất 70% người dân trên địa bàn tỉnh có Sổ sức khỏe điện tử trên ứng dụng VNeID.",
    ["70%"], B, "Phần II.2.5",
    "Ít nhất 70% người dân trên địa bàn tỉnh có Sổ sức khỏe điện tử trên ứng dụng VNeID.")
add("no_diacritics", "nam 2025 co bao nhieu dich vu cong truc tuyen nganh y te, ty le nop truc tuyen bao nhieu",
    "48 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ nộp trực tuyến đạt 64,5%.",
    ["48 dịch vụ công trực tuyến", "64,5%"], B, "Phần I.1",
    "48 dịch vụ công trực tuyến của ngành y tế được cung cấp trên Cổng Dịch vụ công quốc gia")
add("no_diacritics", "buu dien chuyen ho so giua trung tam va cac so mat toi da bao lau",
    "Không quá 01 ngày làm việc (Bưu điện tỉnh Hạc Lĩnh bảo đảm).",
    ["01 ngày làm việc"], A, Q4 + ".Điều 17.1",
    "bảo đảm thời gian chuyển hồ sơ, kết quả giữa Trung tâm và cơ quan có TTHC không quá 01 ngày làm việc")
add("no_diacritics", "trung tam de xuat giam ty le qua han cua so nong nghiep va moi truong xuong bao nhieu",
    "Xuống dưới 2% trong 6 tháng cuối năm (đề nghị UBND tỉnh chỉ đạo Sở Nông nghiệp và Môi trường rà soát, chuẩn hóa "
    "dữ liệu đất đai).",
    ["dưới 2%"], C, "IV.1", "giảm tỷ lệ hồ sơ quá hạn xuống dưới 2% trong 6 tháng cuối năm")
add("no_diacritics", "so nao co it hon 50 ho so truc tiep mot thang thi co phai bo tri quay rieng khong",
    "Không; cơ quan có TTHC có dưới 50 hồ sơ tiếp nhận trực tiếp trong một tháng ủy quyền cho công chức của Trung tâm "
    "tiếp nhận.",
    ["dưới 50 hồ sơ", "ủy quyền cho công chức của Trung tâm"], A, Q3 + ".Điều 9.3",
    "không bố trí quầy riêng mà ủy quyền cho công chức của Trung tâm tiếp nhận")
add("no_diacritics", "ket qua danh gia hai long quy 1 duoc cong khai ngay nao",
    "Ngày 10/4/2026, trên Cổng thông tin điện tử tỉnh.",
    ["10/4/2026"], C, "I.5", "Kết quả Quý I được công khai trên Cổng thông tin điện tử tỉnh ngày 10/4/2026.")

# ------------------------------------------------------------------------------------------------ english
add("english", "Within how many hours must the Department of Science and Technology fix an incident on the provincial "
               "procedure system?",
    "Within 4 hours (\"04 giờ\") of being notified; Sở Khoa học và Công nghệ is responsible.",
    ["04 giờ"], A, Q4 + ".Điều 15.1",
    "khắc phục sự cố trong thời hạn 04 giờ kể từ khi nhận được thông báo")
add("english", "How many outstanding civil servants can the centre nominate for a certificate of merit each year?",
    "At most 3 (\"tối đa 03 công chức tiêu biểu\"), proposed to the Chủ tịch Ủy ban nhân dân tỉnh for a Bằng khen.",
    ["03 công chức"], A, "Chương V.Điều 19.1", "Trung tâm bình chọn tối đa 03 công chức tiêu biểu")
add("english", "What happens to an officer rated as not completing duties for two months in a row?",
    "The Trung tâm asks the sending agency to replace the officer (\"đề nghị cơ quan cử công chức thay thế\").",
    ["thay thế"], A, "Chương V.Điều 19.2",
    "Công chức có 02 tháng liên tiếp bị nhận xét không hoàn thành nhiệm vụ thì Trung tâm đề nghị cơ quan cử công "
    "chức thay thế.")
add("english", "Which health unit in Appendix II has the lowest cashless payment target, and why?",
    "Trung tâm Y tế khu vực Khau Liêng, with ≥ 25%, because the commune health stations in the highlands do not yet "
    "have a stable network connection.",
    ["Trung tâm Y tế khu vực Khau Liêng", "≥ 25"], B, "Phụ lục II",
    "Ghi chú: Trung tâm Y tế khu vực Khau Liêng được giao chỉ tiêu thấp hơn do Trạm Y tế các xã vùng cao chưa có "
    "đường truyền ổn định.")
add("english", "How many files were auto-filled with citizen data after the link to the national population database?",
    "12.605 files (hồ sơ) up to the end of June 2026.",
    ["12.605"], C, "I.4", "12.605 hồ sơ được tự động điền thông tin công dân")
add("english", "How many complaints about staff attitude did the centre receive in the first half of 2026?",
    "Two (02 phản ánh), both verified, handled and answered.",
    ["02 phản ánh"], C, "I.5", "Trung tâm tiếp nhận 02 phản ánh về thái độ phục vụ của công chức")
add("english", "Where will home pickup of files for elderly people be expanded from August 2026?",
    "In phường Đăng Khê and xã Thồ Lộc, together with Bưu điện tỉnh Hạc Lĩnh.",
    ["Đăng Khê", "Thồ Lộc"], C, "III.5",
    "mở rộng tiếp nhận hồ sơ tại nhà cho người cao tuổi ở phường Đăng Khê và xã Thồ Lộc từ tháng 8/2026")
add("english", "How long before a secondment ends must an agency tell the centre whether it extends or replaces its "
               "officer?",
    "At least 15 days before the end of the secondment (\"ít nhất 15 ngày\").",
    ["15 ngày"], A, Q3 + ".Điều 9.2",
    "Trước khi hết thời hạn cử ít nhất 15 ngày, cơ quan có TTHC gửi văn bản về Trung tâm")

# ------------------------------------------------------------------------------------------------ unanswerable
add("unanswerable", "Trung tâm Phục vụ hành chính công tỉnh Hạc Lĩnh ở địa chỉ nào?",
    "Các văn bản không nêu địa chỉ của Trung tâm.", [])
add("unanswerable", "Số đường dây nóng của Trung tâm Phục vụ hành chính công là số nào?",
    "Các văn bản không nêu số điện thoại của Trung tâm (chỉ có số liên hệ của Văn phòng Sở Y tế).", [])
add("unanswerable", "Lệ phí cấp đổi giấy phép lái xe tại Trung tâm là bao nhiêu tiền?",
    "Các văn bản không nêu mức lệ phí này.", [])
add("unanswerable", "Giám đốc Sở Y tế tỉnh Hạc Lĩnh tên là gì?",
    "Các văn bản không nêu tên Giám đốc Sở Y tế (Kế hoạch 27 do Phó Giám đốc ký thay).", [])
add("unanswerable", "Kế hoạch 27 bố trí bao nhiêu kinh phí riêng cho Trung tâm Y tế khu vực Khau Liêng?",
    "Kế hoạch chỉ nêu tổng kinh phí, không phân bổ cho từng đơn vị.", [])
add("unanswerable", "Chỉ số PAR INDEX năm 2025 của tỉnh Hạc Lĩnh được bao nhiêu điểm?",
    "Các văn bản không nêu điểm Chỉ số PAR INDEX của tỉnh.", [])
add("unanswerable", "Kết quả khảo sát SIPAS năm 2026 tại Trung tâm đạt bao nhiêu phần trăm?",
    "Chưa có: khảo sát dự kiến trong tháng 8/2026, các văn bản không nêu kết quả.", [])
add("unanswerable", "What is the e-mail address of the Department of Health office?",
    "The documents give no e-mail address.", [])
add("unanswerable", "Bệnh viện Y dược cổ truyền tỉnh đã đạt tỷ lệ thanh toán không dùng tiền mặt bao nhiêu trong 6 "
                    "tháng đầu năm?",
    "Các văn bản chỉ nêu chỉ tiêu (≥ 45%), không nêu kết quả thực hiện của bệnh viện này.", [])
add("unanswerable", "Kế hoạch năm 2027 của Sở Y tế về Đề án 06 có chỉ tiêu gì?",
    "Không có kế hoạch năm 2027 trong các văn bản.", [])
add("unanswerable", "Trung tam phuc vu hanh chinh cong co bao nhieu bien che?",
    "Các văn bản không nêu số biên chế của Trung tâm.", [])
add("unanswerable", "Tổng kinh phí hoạt động năm 2026 của Trung tâm Phục vụ hành chính công tỉnh là bao nhiêu?",
    "Các văn bản không nêu tổng kinh phí hoạt động của Trung tâm (Quy chế chỉ giao Văn phòng UBND tỉnh bố trí trong dự "
    "toán; báo cáo chỉ đề nghị bổ sung 640 triệu đồng cho Khu vực tự phục vụ).", [])


def main():
    counters = {}
    lines = []
    for kind, q, a, must, doc, sec, ev in ITEMS:
        counters[kind] = counters.get(kind, 0) + 1
        it = {"id": f"l7-{PREFIX[kind]}-{counters[kind]:03d}", "question": q, "kind": kind, "answer": a,
              "must_include": must, "document": doc, "section": sec, "evidence": ev}
        lines.append(unicodedata.normalize("NFC", json.dumps(it, ensure_ascii=False)))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "items", counters)


if __name__ == "__main__":
    main()
