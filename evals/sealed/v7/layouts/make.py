# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v7 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Hạc Lĩnh, its xã and phường, all numbers, dates, phone numbers and people). Each
document is held as a small model: a list of blocks, every block carrying the gold section path of its text (used
by check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2026-ubnd-tinh-hac-linh-qd-12-quy-che-trung-tam-phvhcc.docx      Quyết định + Quy chế (Chương / Điều)
  B  2026-so-y-te-hac-linh-ke-hoach-27-de-an-06-cds.pdf              Kế hoạch of a Sở, PHẦN I-IV, two Phụ lục
  C  2026-trung-tam-phvhcc-hac-linh-bao-cao-so-ket-6-thang.txt       Báo cáo sơ kết 6 tháng, results table, .txt
"""
import datetime
import io
import os
import textwrap
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2026-ubnd-tinh-hac-linh-qd-12-quy-che-trung-tam-phvhcc.docx"
DOC_B = "2026-so-y-te-hac-linh-ke-hoach-27-de-an-06-cds.pdf"
DOC_C = "2026-trung-tam-phvhcc-hac-linh-bao-cao-so-ket-6-thang.txt"

# Block kinds:
#   ("p", section, text, fmt)                 paragraph; fmt letters: b bold, i italic, c centre, h heading,
#                                             d dash bullet, + plus bullet, o "•" bullet
#   ("lh", zone, left_lines, right_lines)     two-column borderless block (letterhead / signature)
#   ("table", section, header, rows)          bordered figures table without STT (all its text belongs to section)
#   ("gtable", section, header, rows)         task table with group rows: a row ("g", label, title) opens group
#                                             `label`; a list row [STT, ...] is section.<group>.<STT>; a cell None
#                                             continues the merged (row-spanning) cell above it
#   ("raw", zone, lines, pieces)              pre-set lines (plain-text letterhead / signature), gold pieces
#   ("break", orientation)                    page break (docx: new page; pdf: new page in that orientation)
P = lambda sec, text, fmt="": ("p", sec, text, fmt)
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# =========================================================================================================
# A. Quyết định of the provincial People's Committee issuing the Quy chế of the provincial public-service
#    centre: decision Điều 1-3, signature, then the Quy chế on a new page: Chương I-V, Điều 1-20 (numbered
#    through the chapters), khoản 1., 2., điểm a)..đ); a table of counters and civil servants inside Điều 9.
# =========================================================================================================
A_TABLE_HEADER = ["Cơ quan có TTHC", "Số quầy", "Số công chức tối thiểu"]
A_TABLE = [["Sở Tư pháp", "2", "3"],
           ["Sở Nông nghiệp và Môi trường", "2", "3"],
           ["Sở Tài chính", "2", "2"],
           ["Sở Xây dựng", "1", "2"],
           ["Sở Y tế", "1", "2"],
           ["Sở Công Thương", "1", "1"],
           ["Sở Nội vụ", "1", "1"],
           ["Sở Khoa học và Công nghệ", "1", "1"],
           ["Công an tỉnh (cấp, đổi giấy phép lái xe)", "2", "2"],
           ["Sở Văn hóa, Thể thao và Du lịch", "Ủy quyền cho Trung tâm", "-"]]

C1 = "Chương I"
C2 = "Chương II"
C3 = "Chương III"
C4 = "Chương IV"
C5 = "Chương V"


def doc_a():
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH HẠC LĨNH", "Số: 12/2026/QĐ-UBND"],
          MOTTO + ["Hạc Lĩnh, ngày 20 tháng 02 năm 2026"]),
         P("header", "QUYẾT ĐỊNH", "bc"),
         P("header", "Ban hành Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh Hạc Lĩnh", "bc"),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "i"),
         P("preamble", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;", "i"),
         P("preamble", "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ "
                       "tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ "
                       "công quốc gia;", "i"),
         P("preamble", "Căn cứ Quyết định số 87/QĐ-UBND ngày 14 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về việc "
                       "kiện toàn Trung tâm Phục vụ hành chính công tỉnh trực thuộc Văn phòng Ủy ban nhân dân tỉnh;",
           "i"),
         P("preamble", "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 41/TTr-VPUB ngày 05 "
                       "tháng 02 năm 2026 và Báo cáo thẩm định số 19/BC-STP ngày 30 tháng 01 năm 2026 của Sở Tư "
                       "pháp;", "i"),
         P("preamble", "Ủy ban nhân dân tỉnh ban hành Quyết định ban hành Quy chế hoạt động của Trung tâm Phục vụ "
                       "hành chính công tỉnh Hạc Lĩnh."),
         P("Điều 1", "Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Trung tâm Phục vụ hành chính "
                     "công tỉnh Hạc Lĩnh.", "b1"),
         P("Điều 2", "Điều 2. Hiệu lực thi hành", "b"),
         P("Điều 2.1", "1. Quyết định này có hiệu lực thi hành kể từ ngày 02 tháng 3 năm 2026."),
         P("Điều 2.2", "2. Quyết định số 35/2023/QĐ-UBND ngày 18 tháng 8 năm 2023 của Ủy ban nhân dân tỉnh ban hành "
                       "Quy chế phối hợp giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh hết "
                       "hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành."),
         P("Điều 3", "Điều 3. Trách nhiệm thi hành", "b"),
         P("Điều 3", "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Giám "
                     "đốc Công an tỉnh; Giám đốc Bưu điện tỉnh Hạc Lĩnh; Giám đốc Trung tâm Phục vụ hành chính công "
                     "tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách "
                     "nhiệm thi hành Quyết định này./."),
         ("lh", "signature",
          ["Nơi nhận:", "- Như Điều 3;", "- Văn phòng Chính phủ (Cục KSTTHC);", "- Bộ Tư pháp (Cục KTVB);",
           "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;", "- Cổng thông tin điện tử tỉnh;",
           "- Lưu: VT, TTPVHCC."],
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Thị Hoài Thương"]),
         ("break", "P"),
         P("header", "QUY CHẾ", "bc"),
         P("header", "Hoạt động của Trung tâm Phục vụ hành chính công tỉnh Hạc Lĩnh", "bc"),
         P("header", "(Ban hành kèm theo Quyết định số 12/2026/QĐ-UBND ngày 20 tháng 02 năm 2026 của Ủy ban nhân "
                     "dân tỉnh Hạc Lĩnh)", "ic"),
         # ---------------------------------------------------------------- Chương I
         P(C1, "Chương I", "bc"),
         P(C1, "QUY ĐỊNH CHUNG", "bc"),
         P(C1 + ".Điều 1", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng", "b"),
         P(C1 + ".Điều 1.1", "1. Quy chế này quy định nguyên tắc, thời gian làm việc, việc tiếp nhận, số hóa, giải "
                             "quyết và trả kết quả thủ tục hành chính (sau đây viết tắt là TTHC) tại Trung tâm Phục "
                             "vụ hành chính công tỉnh Hạc Lĩnh (sau đây gọi là Trung tâm); việc quản lý công chức "
                             "được cử đến làm việc tại Trung tâm và trách nhiệm của các cơ quan, đơn vị có liên "
                             "quan."),
         P(C1 + ".Điều 1.2", "2. Quy chế này áp dụng đối với Trung tâm; các sở, ban, ngành tỉnh có TTHC được tiếp "
                             "nhận tại Trung tâm (sau đây gọi chung là cơ quan có TTHC); cán bộ, công chức, viên "
                             "chức, nhân viên bưu điện làm việc tại Trung tâm và tổ chức, cá nhân đến thực hiện "
                             "TTHC."),
         P(C1 + ".Điều 2", "Điều 2. Giải thích từ ngữ", "b"),
         P(C1 + ".Điều 2", "Trong Quy chế này, các từ ngữ dưới đây được hiểu như sau:"),
         P(C1 + ".Điều 2.1", "1. Hệ thống thông tin giải quyết TTHC tỉnh (sau đây gọi là Hệ thống) là hệ thống dùng "
                             "chung của tỉnh để tiếp nhận, xử lý hồ sơ, số hóa, lưu trữ kết quả và kết nối với Cổng "
                             "Dịch vụ công quốc gia."),
         P(C1 + ".Điều 2.2", "2. Khu vực tự phục vụ là khu vực tại sảnh Trung tâm được bố trí máy tính, máy quét và "
                             "ki-ốt tra cứu để tổ chức, cá nhân tự nộp hồ sơ trực tuyến, có người hướng dẫn."),
         P(C1 + ".Điều 2.3", "3. Phiếu hẹn điện tử là phiếu ghi ngày trả kết quả do Hệ thống tạo ra, gửi đến tài "
                             "khoản của người nộp hồ sơ trên Cổng Dịch vụ công quốc gia hoặc qua tin nhắn."),
         P(C1 + ".Điều 3", "Điều 3. Nguyên tắc hoạt động", "b"),
         P(C1 + ".Điều 3.1", "1. Lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ; bảo "
                             "đảm công khai, minh bạch, đúng thời hạn."),
         P(C1 + ".Điều 3.2", "2. Không yêu cầu tổ chức, cá nhân nộp lại giấy tờ đã được số hóa, đã có trong kho dữ "
                             "liệu điện tử hoặc khai thác được từ Cơ sở dữ liệu quốc gia về dân cư."),
         P(C1 + ".Điều 3.3", "3. Tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với các TTHC thuộc danh mục "
                             "do Chủ tịch Ủy ban nhân dân tỉnh công bố."),
         # ---------------------------------------------------------------- Chương II
         P(C2, "Chương II", "bc"),
         P(C2, "TIẾP NHẬN, SỐ HÓA, GIẢI QUYẾT VÀ TRẢ KẾT QUẢ", "bc"),
         P(C2 + ".Điều 4", "Điều 4. Thời gian làm việc", "b"),
         P(C2 + ".Điều 4.1", "1. Trung tâm làm việc từ thứ Hai đến thứ Sáu hằng tuần: buổi sáng từ 7 giờ 30 đến 11 "
                             "giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ, trừ ngày nghỉ lễ, Tết theo quy định."),
         P(C2 + ".Điều 4.2", "2. Trung tâm tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 11 giờ 30, đối "
                             "với ba nhóm TTHC: cấp, đổi giấy phép lái xe; cấp Phiếu lý lịch tư pháp; chứng thực bản "
                             "sao điện tử từ bản chính. Văn phòng Ủy ban nhân dân tỉnh bố trí công chức trực luân "
                             "phiên và nghỉ bù theo quy định."),
         P(C2 + ".Điều 5", "Điều 5. Tiếp nhận hồ sơ", "b"),
         P(C2 + ".Điều 5.1", "1. Tổ chức, cá nhân nộp hồ sơ theo một trong các cách thức sau:"),
         P(C2 + ".Điều 5.1.a", "a) Nộp trực tiếp tại quầy của cơ quan có TTHC tại Trung tâm;"),
         P(C2 + ".Điều 5.1.b", "b) Nộp trực tuyến trên Cổng Dịch vụ công quốc gia;"),
         P(C2 + ".Điều 5.1.c", "c) Nộp qua dịch vụ bưu chính công ích;"),
         P(C2 + ".Điều 5.1.d", "d) Nộp tại Khu vực tự phục vụ với sự hướng dẫn của công chức, nhân viên Trung tâm;"),
         P(C2 + ".Điều 5.1.đ", "đ) Nộp tại nhà đối với người cao tuổi, người khuyết tật khi có yêu cầu, do nhân viên "
                               "bưu điện tiếp nhận theo khoản 4 Điều 13 Quy chế này."),
         P(C2 + ".Điều 5.2", "2. Công chức tiếp nhận kiểm tra hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn một "
                             "lần, đầy đủ bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. Hồ sơ nộp trực tuyến phải "
                             "được tiếp nhận hoặc yêu cầu bổ sung chậm nhất trong 08 giờ làm việc kể từ khi Hệ thống "
                             "ghi nhận."),
         P(C2 + ".Điều 6", "Điều 6. Số hóa hồ sơ, kết quả giải quyết TTHC", "b"),
         P(C2 + ".Điều 6.1", "1. Công chức tiếp nhận số hóa thành phần hồ sơ ngay khi tiếp nhận trực tiếp; bản số hóa "
                             "được ký số và lưu vào kho dữ liệu điện tử của tổ chức, cá nhân trên Hệ thống."),
         P(C2 + ".Điều 6.2", "2. Cơ quan có TTHC số hóa 100% kết quả giải quyết TTHC còn hiệu lực thuộc thẩm quyền, "
                             "hoàn thành trước ngày 30 tháng 9 năm 2026; ưu tiên các kết quả được sử dụng nhiều lần "
                             "như chứng chỉ hành nghề, giấy phép kinh doanh có điều kiện."),
         P(C2 + ".Điều 6.3", "3. Việc số hóa không thu phí của tổ chức, cá nhân."),
         P(C2 + ".Điều 7", "Điều 7. Trả kết quả", "b"),
         P(C2 + ".Điều 7.1", "1. Kết quả được trả tại quầy, qua dịch vụ bưu chính công ích hoặc bằng bản điện tử trên "
                             "Cổng Dịch vụ công quốc gia theo lựa chọn của tổ chức, cá nhân khi nộp hồ sơ."),
         P(C2 + ".Điều 7.2", "2. Hồ sơ có nguy cơ quá hạn giải quyết thì cơ quan có TTHC gửi Phiếu xin lỗi và hẹn lại "
                             "ngày trả kết quả chậm nhất 01 ngày làm việc trước ngày hết hạn ghi trên Phiếu hẹn điện "
                             "tử; mỗi hồ sơ chỉ được hẹn lại một lần."),
         P(C2 + ".Điều 8", "Điều 8. Hỗ trợ tổ chức, cá nhân", "b"),
         P(C2 + ".Điều 8.1", "1. Trung tâm bố trí ít nhất 02 người hướng dẫn thường trực tại Khu vực tự phục vụ trong "
                             "giờ làm việc."),
         P(C2 + ".Điều 8.2", "2. Công an tỉnh cử cán bộ đến Trung tâm hỗ trợ kích hoạt tài khoản định danh điện tử "
                             "mức độ 2 vào chiều thứ Ba và chiều thứ Năm hằng tuần."),
         P(C2 + ".Điều 8.3", "3. Tỉnh đoàn Hạc Lĩnh phân công đoàn viên tình nguyện hỗ trợ tại Khu vực tự phục vụ "
                             "trong các tháng cao điểm (tháng 7, tháng 8 và tháng 12)."),
         # ---------------------------------------------------------------- Chương III
         P(C3, "Chương III", "bc"),
         P(C3, "CÔNG CHỨC LÀM VIỆC TẠI TRUNG TÂM", "bc"),
         P(C3 + ".Điều 9", "Điều 9. Cử công chức đến làm việc tại Trung tâm", "b"),
         P(C3 + ".Điều 9.1", "1. Cơ quan có TTHC cử công chức có trình độ đại học trở lên, có ít nhất 02 năm công tác "
                             "trong lĩnh vực được phân công đến làm việc tại Trung tâm; thời gian cử mỗi đợt là 12 "
                             "tháng."),
         P(C3 + ".Điều 9.2", "2. Trước khi hết thời hạn cử ít nhất 15 ngày, cơ quan có TTHC gửi văn bản về Trung tâm "
                             "đề xuất cử tiếp hoặc thay thế công chức."),
         P(C3 + ".Điều 9.3", "3. Cơ quan có TTHC có dưới 50 hồ sơ tiếp nhận trực tiếp trong một tháng thì không bố trí "
                             "quầy riêng mà ủy quyền cho công chức của Trung tâm tiếp nhận."),
         P(C3 + ".Điều 9.4", "4. Số quầy và số công chức tối thiểu của các cơ quan có TTHC tại Trung tâm như sau:"),
         ("table", C3 + ".Điều 9.4", A_TABLE_HEADER, A_TABLE),
         P(C3 + ".Điều 10", "Điều 10. Quản lý, đánh giá công chức", "b"),
         P(C3 + ".Điều 10.1", "1. Giám đốc Trung tâm quản lý, phân công công chức trong thời gian làm việc tại Trung "
                              "tâm."),
         P(C3 + ".Điều 10.2", "2. Hằng tháng, trước ngày 05, Trung tâm gửi nhận xét mức độ hoàn thành nhiệm vụ của "
                              "công chức trong tháng trước về cơ quan cử công chức; nhận xét của Trung tâm là căn cứ "
                              "để cơ quan cử công chức đánh giá, xếp loại cuối năm."),
         P(C3 + ".Điều 10.3", "3. Công chức làm việc tại Trung tâm được hưởng chế độ hỗ trợ theo nghị quyết của Hội "
                              "đồng nhân dân tỉnh."),
         P(C3 + ".Điều 11", "Điều 11. Trang phục, thẻ công chức", "b"),
         P(C3 + ".Điều 11", "Công chức làm việc tại Trung tâm mặc trang phục theo quy định của ngành; đeo thẻ có ảnh, "
                            "họ tên, chức danh và mã số quầy trong giờ làm việc."),
         # ---------------------------------------------------------------- Chương IV
         P(C4, "Chương IV", "bc"),
         P(C4, "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", "bc"),
         P(C4 + ".Điều 12", "Điều 12. Trách nhiệm của Văn phòng Ủy ban nhân dân tỉnh", "b"),
         P(C4 + ".Điều 12.1", "1. Chỉ đạo Trung tâm tổ chức thực hiện Quy chế; bố trí kinh phí bảo đảm hoạt động của "
                              "Trung tâm trong dự toán hằng năm."),
         P(C4 + ".Điều 12.2", "2. Chủ trì tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Trung tâm, ít "
                              "nhất 01 lần mỗi năm."),
         P(C4 + ".Điều 12.3", "3. Tổng hợp, báo cáo Ủy ban nhân dân tỉnh tình hình hoạt động của Trung tâm định kỳ 6 "
                              "tháng, trước ngày 10 tháng 7, và hằng năm, trước ngày 10 tháng 12."),
         P(C4 + ".Điều 13", "Điều 13. Trách nhiệm của Trung tâm", "b"),
         P(C4 + ".Điều 13.1", "1. Hướng dẫn, tiếp nhận, số hóa hồ sơ và trả kết quả; theo dõi, đôn đốc việc giải quyết "
                              "hồ sơ của các cơ quan có TTHC."),
         P(C4 + ".Điều 13.2", "2. Lấy ý kiến đánh giá của tổ chức, cá nhân về chất lượng phục vụ bằng thiết bị đánh giá "
                              "tại quầy và trên Hệ thống; tổng hợp kết quả đánh giá hằng quý và công khai trên Cổng "
                              "thông tin điện tử tỉnh trước ngày 15 của tháng đầu quý sau."),
         P(C4 + ".Điều 13.3", "3. Báo cáo sơ kết 6 tháng, tổng kết năm về hoạt động của Trung tâm, gửi Văn phòng Ủy ban "
                              "nhân dân tỉnh trước ngày 05 tháng 7 và trước ngày 05 tháng 12."),
         P(C4 + ".Điều 13.4", "4. Phối hợp với Bưu điện tỉnh Hạc Lĩnh tổ chức tiếp nhận hồ sơ, trả kết quả tại nhà cho "
                              "người cao tuổi, người khuyết tật có yêu cầu."),
         P(C4 + ".Điều 14", "Điều 14. Trách nhiệm của cơ quan có TTHC", "b"),
         P(C4 + ".Điều 14.1", "1. Cử công chức theo Điều 9 Quy chế này; giải quyết hồ sơ đúng thời hạn, không yêu cầu "
                              "thêm thành phần hồ sơ ngoài quy định."),
         P(C4 + ".Điều 14.2", "2. Cập nhật quy trình nội bộ, quy trình điện tử lên Hệ thống trong thời hạn 05 ngày làm "
                              "việc kể từ ngày quyết định công bố TTHC có hiệu lực."),
         P(C4 + ".Điều 14.3", "3. Chịu trách nhiệm về hồ sơ quá hạn do cơ quan mình gây ra và thực hiện việc xin lỗi "
                              "theo khoản 2 Điều 7 Quy chế này."),
         P(C4 + ".Điều 15", "Điều 15. Trách nhiệm của Sở Khoa học và Công nghệ", "b"),
         P(C4 + ".Điều 15.1", "1. Chủ trì bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho Hệ thống; khắc phục sự cố "
                              "trong thời hạn 04 giờ kể từ khi nhận được thông báo."),
         P(C4 + ".Điều 15.2", "2. Chủ trì, phối hợp với Công an tỉnh hoàn thành kết nối Hệ thống với Cơ sở dữ liệu quốc "
                              "gia về dân cư để khai thác thông tin công dân khi tiếp nhận hồ sơ, trước ngày 30 tháng "
                              "4 năm 2026."),
         P(C4 + ".Điều 16", "Điều 16. Trách nhiệm của Công an tỉnh", "b"),
         P(C4 + ".Điều 16.1", "1. Bố trí cán bộ hỗ trợ tại Trung tâm theo khoản 2 Điều 8 Quy chế này."),
         P(C4 + ".Điều 16.2", "2. Phối hợp xác thực thông tin công dân; xử lý vướng mắc về dữ liệu dân cư phát sinh khi "
                              "tiếp nhận hồ sơ."),
         P(C4 + ".Điều 17", "Điều 17. Trách nhiệm của Bưu điện tỉnh Hạc Lĩnh", "b"),
         P(C4 + ".Điều 17.1", "1. Bố trí nhân viên bưu điện tại Trung tâm thực hiện các nhiệm vụ theo hợp đồng dịch vụ; "
                              "bảo đảm thời gian chuyển hồ sơ, kết quả giữa Trung tâm và cơ quan có TTHC không quá 01 "
                              "ngày làm việc."),
         P(C4 + ".Điều 17.2", "2. Thu phí, lệ phí và cước chuyển phát theo quy định; không thu thêm bất kỳ khoản nào "
                              "khác."),
         P(C4 + ".Điều 18", "Điều 18. Trách nhiệm của Sở Nội vụ", "b"),
         P(C4 + ".Điều 18", "Sở Nội vụ đưa kết quả thực hiện Quy chế vào tiêu chí đánh giá Chỉ số cải cách hành chính "
                            "(sau đây gọi là Chỉ số PAR INDEX) của các sở, ban, ngành; chủ trì khảo sát Chỉ số hài lòng "
                            "của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (sau đây gọi là "
                            "Chỉ số SIPAS) tại Trung tâm 01 lần mỗi năm, trong Quý III."),
         # ---------------------------------------------------------------- Chương V
         P(C5, "Chương V", "bc"),
         P(C5, "ĐIỀU KHOẢN THI HÀNH", "bc"),
         P(C5 + ".Điều 19", "Điều 19. Khen thưởng và xử lý vi phạm", "b"),
         P(C5 + ".Điều 19.1", "1. Hằng năm, Trung tâm bình chọn tối đa 03 công chức tiêu biểu, đề nghị Chủ tịch Ủy ban "
                              "nhân dân tỉnh tặng Bằng khen."),
         P(C5 + ".Điều 19.2", "2. Công chức có 02 tháng liên tiếp bị nhận xét không hoàn thành nhiệm vụ thì Trung tâm "
                              "đề nghị cơ quan cử công chức thay thế."),
         P(C5 + ".Điều 20", "Điều 20. Tổ chức thực hiện", "b"),
         P(C5 + ".Điều 20.1", "1. Giám đốc Trung tâm chịu trách nhiệm tổ chức thực hiện Quy chế này."),
         P(C5 + ".Điều 20.2", "2. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng "
                              "Ủy ban nhân dân tỉnh để tổng hợp, trình Ủy ban nhân dân tỉnh xem xét, sửa đổi, bổ "
                              "sung./."),
         ]
    return b


# =========================================================================================================
# B. Kế hoạch of the provincial Department of Health (PDF): PHẦN I-IV, decimal 1. / 1.1., "-" and "+"
#    bullets; signature; then, in landscape, PHỤ LỤC I (task table with group rows I-IV, continuous STT,
#    merged lead cells, crossing a page with its header repeated) and PHỤ LỤC II (targets per unit, no STT).
# =========================================================================================================
VPS = "Văn phòng Sở"
NVY = "Phòng Nghiệp vụ Y"
B_HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn hoàn thành"]
B_ROWS = [
    ("g", "I", "ỨNG DỤNG DỮ LIỆU DÂN CƯ TRONG KHÁM BỆNH, CHỮA BỆNH"),
    ["1", "Lắp đặt bổ sung máy đọc thẻ căn cước tại quầy tiếp đón người bệnh",
     "Các bệnh viện, Trung tâm Y tế khu vực", "Phòng Kế hoạch - Tài chính",
     "Máy đọc thẻ tại 100% quầy tiếp đón", "Tháng 4/2026"],
    ["2", "Cập nhật dữ liệu tiêm chủng vào Sổ sức khỏe điện tử trên ứng dụng VNeID",
     "Trung tâm Kiểm soát bệnh tật tỉnh", "Trạm Y tế các xã, phường", "Dữ liệu tiêm chủng được đồng bộ",
     "Thường xuyên"],
    ["3", "Thí điểm giấy chuyển tuyến, giấy hẹn khám lại điện tử tích hợp VNeID", "Bệnh viện Đa khoa tỉnh",
     "Bảo hiểm xã hội tỉnh; Công an tỉnh", "Giấy chuyển tuyến điện tử được cấp", "Quý II/2026"],
    ["4", "Nhân rộng giấy chuyển tuyến, giấy hẹn khám lại điện tử", "Các Trung tâm Y tế khu vực",
     "Bệnh viện Đa khoa tỉnh", "100% Trung tâm Y tế khu vực triển khai", "Quý IV/2026"],
    ["5", "Liên thông dữ liệu giấy khám sức khỏe người lái xe với Công an tỉnh", None,
     "Công an tỉnh (Phòng Cảnh sát giao thông)", "Dữ liệu được liên thông trong ngày khám", "Tháng 6/2026"],
    ("g", "II", "DỊCH VỤ CÔNG TRỰC TUYẾN VÀ GIẢI QUYẾT TTHC"),
    ["6", "Cử công chức đến làm việc tại Trung tâm Phục vụ hành chính công tỉnh", VPS,
     "Phòng Tổ chức cán bộ", "Quyết định cử 02 công chức", "Trước ngày 25/3/2026"],
    ["7", "Số hóa kết quả giải quyết TTHC còn hiệu lực của ngành y tế", None,
     "Phòng Nghiệp vụ Dược; Phòng Nghiệp vụ Y", "Kết quả được số hóa, ký số trên Hệ thống", "30/6/2026"],
    ["8", "Rà soát, cập nhật quy trình điện tử các TTHC lĩnh vực y tế trên Hệ thống", None,
     "Trung tâm Phục vụ hành chính công tỉnh", "Quy trình điện tử được cập nhật", "Tháng 4/2026"],
    ["9", "Thí điểm cấp giấy chứng sinh điện tử liên thông đăng ký khai sinh", "Bệnh viện Sản - Nhi tỉnh",
     "Sở Tư pháp; Công an tỉnh; Bảo hiểm xã hội tỉnh", "Giấy chứng sinh điện tử", "Tháng 4/2026"],
    ["10", "Cấp giấy chứng sinh, giấy báo tử điện tử tại toàn bộ cơ sở khám bệnh, chữa bệnh có phòng sinh", NVY,
     "Các bệnh viện, Trung tâm Y tế khu vực", "100% giấy chứng sinh, giấy báo tử được liên thông", "Tháng 5/2026"],
    ["11", "Hỗ trợ người hành nghề nộp hồ sơ cấp giấy phép hành nghề trực tuyến", None,
     "Trung tâm Phục vụ hành chính công tỉnh", "Số điện thoại hỗ trợ được công khai", "Thường xuyên"],
    ("g", "III", "THANH TOÁN KHÔNG DÙNG TIỀN MẶT"),
    ["12", "Thanh toán viện phí bằng mã QR tại 100% điểm thu", "Các bệnh viện tuyến tỉnh",
     "Các ngân hàng thương mại trên địa bàn", "Điểm thu có mã QR", "Quý II/2026"],
    ["13", "Tổng hợp tỷ lệ thanh toán không dùng tiền mặt của các đơn vị", "Phòng Kế hoạch - Tài chính",
     "Các đơn vị trực thuộc", "Báo cáo tháng", "Hằng tháng, trước ngày 10"],
    ("g", "IV", "HẠ TẦNG, AN TOÀN THÔNG TIN VÀ NHÂN LỰC"),
    ["14", "Bảo đảm đường truyền cho Trạm Y tế xã Nà Pheo, xã Khau Liêng, xã Mỏ Rạng",
     "Trung tâm Y tế khu vực Khau Liêng", "VNPT Hạc Lĩnh; Viettel Hạc Lĩnh", "Đường truyền ổn định",
     "Tháng 6/2026"],
    ["15", "Diễn tập ứng cứu sự cố an toàn thông tin mạng", "Bệnh viện Đa khoa tỉnh",
     "Sở Khoa học và Công nghệ; Công an tỉnh", "Báo cáo kết quả diễn tập", "Tháng 8/2026"],
    ["16", "Tập huấn kỹ năng số cho nhân viên Trạm Y tế xã, phường", "Trung tâm Kiểm soát bệnh tật tỉnh",
     "Các Trung tâm Y tế khu vực", "120 lượt nhân viên được tập huấn", "Tháng 9/2026"],
    ["17", "Sơ kết 6 tháng thực hiện Kế hoạch", VPS, "Các phòng, đơn vị trực thuộc", "Báo cáo sơ kết",
     "Tháng 7/2026"],
    ["18", "Tổng kết thực hiện Kế hoạch năm 2026", None, "Các phòng, đơn vị trực thuộc", "Báo cáo tổng kết",
     "Tháng 12/2026"],
]
B_T2_HEADER = ["Đơn vị", "Người bệnh dùng thẻ căn cước hoặc VNeID (%)", "Thanh toán không dùng tiền mặt (%)",
               "Giấy chuyển tuyến điện tử"]
B_T2 = [["Bệnh viện Đa khoa tỉnh", "≥ 85", "≥ 55", "Quý II/2026"],
        ["Bệnh viện Sản - Nhi tỉnh", "≥ 85", "≥ 55", "Quý III/2026"],
        ["Bệnh viện Y dược cổ truyền tỉnh", "≥ 80", "≥ 45", "Quý IV/2026"],
        ["Trung tâm Y tế khu vực Đăng Khê", "≥ 80", "≥ 40", "Quý IV/2026"],
        ["Trung tâm Y tế khu vực Thồ Lộc", "≥ 75", "≥ 30", "Quý IV/2026"],
        ["Trung tâm Y tế khu vực Khau Liêng", "≥ 70", "≥ 25", "Quý IV/2026"]]

PI, PII, PIII, PIV = "Phần I", "Phần II", "Phần III", "Phần IV"


def doc_b():
    b = [("lh", "header", ["UBND TỈNH HẠC LĨNH", "SỞ Y TẾ", "Số: 27/KH-SYT"],
          MOTTO + ["Hạc Lĩnh, ngày 10 tháng 3 năm 2026"]),
         P("header", "KẾ HOẠCH", "bc"),
         P("header", "Triển khai Đề án 06 và chuyển đổi số trong ngành y tế tỉnh Hạc Lĩnh năm 2026", "bc"),
         P("preamble", "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát "
                       "triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc "
                       "gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (sau đây gọi tắt là Đề án 06);", "i"),
         P("preamble", "Căn cứ Quyết định số 12/2026/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh ban hành Quy chế "
                       "hoạt động của Trung tâm Phục vụ hành chính công tỉnh Hạc Lĩnh;", "i"),
         P("preamble", "Căn cứ Kế hoạch số 19/KH-UBND ngày 23/01/2026 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh "
                       "Hạc Lĩnh năm 2026;", "i"),
         P("preamble", "Sở Y tế ban hành Kế hoạch triển khai Đề án 06 và chuyển đổi số trong ngành y tế năm 2026 như "
                       "sau:"),
         # ---------------------------------------------------------------- PHẦN I
         P(PI, "PHẦN I. KẾT QUẢ TRIỂN KHAI NĂM 2025", "bh"),
         P(PI + ".1", "1. Kết quả đạt được", "bh"),
         P(PI + ".1", "100% cơ sở khám bệnh, chữa bệnh có ký hợp đồng khám bệnh, chữa bệnh bảo hiểm y tế (sau đây "
                      "viết tắt là KCB BHYT) đã tra cứu thông tin thẻ BHYT bằng thẻ căn cước hoặc ứng dụng VNeID, "
                      "với 1.126.480 lượt tra cứu thành công.", "d"),
         P(PI + ".1", "61,2% lượt người bệnh KCB BHYT tại các bệnh viện tuyến tỉnh sử dụng thẻ căn cước hoặc VNeID "
                      "thay cho thẻ BHYT giấy.", "d"),
         P(PI + ".1", "48 dịch vụ công trực tuyến của ngành y tế được cung cấp trên Cổng Dịch vụ công quốc gia; tỷ lệ "
                      "hồ sơ nộp trực tuyến đạt 64,5%.", "d"),
         P(PI + ".1", "Bệnh viện Đa khoa tỉnh và Bệnh viện Sản - Nhi tỉnh triển khai bệnh án điện tử từ tháng "
                      "9/2025.", "d"),
         P(PI + ".2", "2. Tồn tại, hạn chế", "bh"),
         P(PI + ".2", "Tỷ lệ thanh toán viện phí không dùng tiền mặt mới đạt 23,7%; Trạm Y tế các xã vùng cao Nà "
                      "Pheo, Khau Liêng, Mỏ Rạng thường xuyên mất kết nối mạng.", "d"),
         P(PI + ".2", "Giấy chứng sinh, giấy báo tử vẫn cấp bản giấy, chưa liên thông điện tử với nhóm TTHC đăng ký "
                      "khai sinh, đăng ký khai tử.", "d"),
         # ---------------------------------------------------------------- PHẦN II
         P(PII, "PHẦN II. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU", "bh"),
         P(PII + ".1", "1. Mục đích, yêu cầu", "bh"),
         P(PII + ".1.1", "1.1. Khai thác hiệu quả dữ liệu dân cư, định danh và xác thực điện tử trong khám bệnh, chữa "
                         "bệnh và giải quyết thủ tục hành chính (sau đây viết tắt là TTHC) lĩnh vực y tế; giảm giấy "
                         "tờ, thời gian chờ đợi của người bệnh."),
         P(PII + ".1.2", "1.2. Mỗi nhiệm vụ có đơn vị chủ trì, sản phẩm và thời hạn cụ thể tại Phụ lục I; người đứng "
                         "đầu đơn vị chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện."),
         P(PII + ".2", "2. Chỉ tiêu năm 2026", "bh"),
         P(PII + ".2.1", "2.1. 100% bệnh viện, Trung tâm Y tế khu vực tiếp đón người bệnh KCB BHYT bằng thẻ căn cước "
                         "hoặc VNeID; tỷ lệ người bệnh sử dụng thẻ căn cước hoặc VNeID thay thẻ BHYT giấy đạt từ 80% "
                         "trở lên."),
         P(PII + ".2.2", "2.2. 100% giấy chứng sinh, giấy báo tử do cơ sở khám bệnh, chữa bệnh cấp được liên thông "
                         "điện tử với Hệ thống thông tin giải quyết TTHC tỉnh."),
         P(PII + ".2.3", "2.3. Tỷ lệ hồ sơ TTHC lĩnh vực y tế nộp trực tuyến đạt từ 80% trở lên; 100% kết quả giải "
                         "quyết TTHC còn hiệu lực của ngành được số hóa."),
         P(PII + ".2.4", "2.4. Tỷ lệ thanh toán viện phí không dùng tiền mặt tại các bệnh viện tuyến tỉnh đạt từ 50% "
                         "trở lên."),
         P(PII + ".2.5", "2.5. Ít nhất 70% người dân trên địa bàn tỉnh có Sổ sức khỏe điện tử trên ứng dụng VNeID."),
         P(PII + ".2", "Chỉ tiêu giao cho từng bệnh viện, Trung tâm Y tế khu vực tại Phụ lục II."),
         # ---------------------------------------------------------------- PHẦN III
         P(PIII, "PHẦN III. NHIỆM VỤ, GIẢI PHÁP", "bh"),
         P(PIII + ".1", "1. Ứng dụng dữ liệu dân cư trong khám bệnh, chữa bệnh", "bh"),
         P(PIII + ".1.1", "1.1. Duy trì tiếp đón người bệnh bằng thẻ căn cước, VNeID tại 100% quầy tiếp đón, mỗi quầy "
                          "có ít nhất 01 máy đọc thẻ căn cước. Các bệnh viện, Trung tâm Y tế khu vực thực hiện; Phòng "
                          "Nghiệp vụ Y theo dõi, kiểm tra."),
         P(PIII + ".1.2", "1.2. Triển khai Sổ sức khỏe điện tử trên ứng dụng VNeID:"),
         P(PIII + ".1.2", "Trung tâm Kiểm soát bệnh tật tỉnh cập nhật dữ liệu tiêm chủng;", "+"),
         P(PIII + ".1.2", "Các bệnh viện cập nhật kết quả khám sức khỏe người lái xe ngay trong ngày khám;", "+"),
         P(PIII + ".1.2", "Trạm Y tế xã, phường rà soát, bổ sung thông tin người cao tuổi, người mắc bệnh mạn "
                          "tính.", "+"),
         P(PIII + ".1.3", "1.3. Thí điểm giấy chuyển tuyến, giấy hẹn khám lại điện tử tích hợp VNeID tại Bệnh viện Đa "
                          "khoa tỉnh trong Quý II/2026; nhân rộng tại các Trung tâm Y tế khu vực trong Quý IV/2026."),
         P(PIII + ".2", "2. Dịch vụ công trực tuyến và giải quyết TTHC", "bh"),
         P(PIII + ".2.1", "2.1. Văn phòng Sở lựa chọn, trình Giám đốc Sở cử 02 công chức đến làm việc tại Trung tâm "
                          "Phục vụ hành chính công tỉnh theo Quy chế ban hành kèm theo Quyết định số 12/2026/QĐ-UBND, "
                          "hoàn thành trước ngày 25/3/2026."),
         P(PIII + ".2.2", "2.2. Số hóa kết quả giải quyết TTHC còn hiệu lực của ngành (chứng chỉ hành nghề, giấy phép "
                          "hoạt động khám bệnh, chữa bệnh, giấy chứng nhận đủ điều kiện kinh doanh dược); Văn phòng Sở "
                          "chủ trì, hoàn thành trước ngày 30/6/2026."),
         P(PIII + ".2.3", "2.3. Cấp giấy chứng sinh điện tử, giấy báo tử điện tử liên thông với nhóm TTHC đăng ký khai "
                          "sinh, đăng ký khai tử: Bệnh viện Sản - Nhi tỉnh thí điểm trong tháng 4/2026; các cơ sở có "
                          "phòng sinh còn lại hoàn thành trong tháng 5/2026."),
         P(PIII + ".2.4", "2.4. Công khai số điện thoại hỗ trợ người hành nghề nộp hồ sơ trực tuyến trên Trang thông "
                          "tin điện tử của Sở; không tiếp nhận hồ sơ giấy đối với thủ tục cấp lại giấy phép hành nghề "
                          "từ ngày 01/7/2026."),
         P(PIII + ".3", "3. Thanh toán không dùng tiền mặt", "bh"),
         P(PIII + ".3.1", "3.1. Các bệnh viện tuyến tỉnh bố trí mã QR thanh toán viện phí tại 100% điểm thu trong Quý "
                          "II/2026."),
         P(PIII + ".3.2", "3.2. Hằng tháng, Phòng Kế hoạch - Tài chính tổng hợp tỷ lệ thanh toán không dùng tiền mặt "
                          "của các đơn vị, báo cáo Giám đốc Sở trước ngày 10 của tháng sau."),
         P(PIII + ".4", "4. Hạ tầng, an toàn thông tin và nhân lực", "bh"),
         P(PIII + ".4.1", "4.1. Trung tâm Y tế khu vực Khau Liêng phối hợp với VNPT Hạc Lĩnh, Viettel Hạc Lĩnh bảo đảm "
                          "đường truyền cho Trạm Y tế xã Nà Pheo, xã Khau Liêng, xã Mỏ Rạng trong tháng 6/2026."),
         P(PIII + ".4.2", "4.2. Mỗi bệnh viện tuyến tỉnh bố trí ít nhất 01 viên chức chuyên trách công nghệ thông tin; "
                          "diễn tập ứng cứu sự cố an toàn thông tin mạng 01 lần trong năm."),
         # ---------------------------------------------------------------- PHẦN IV
         P(PIV, "PHẦN IV. TỔ CHỨC THỰC HIỆN", "bh"),
         P(PIV + ".1", "1. Văn phòng Sở: là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo sơ kết 6 "
                       "tháng trong tháng 7/2026 và báo cáo tổng kết trong tháng 12/2026."),
         P(PIV + ".2", "2. Phòng Nghiệp vụ Y: hướng dẫn chuyên môn việc cấp giấy chứng sinh, giấy báo tử điện tử, "
                       "giấy chuyển tuyến điện tử; kiểm tra việc tiếp đón người bệnh bằng thẻ căn cước tại các đơn "
                       "vị."),
         P(PIV + ".3", "3. Phòng Kế hoạch - Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch là 3.860 triệu "
                       "đồng từ nguồn chi thường xuyên năm 2026 của các đơn vị và nguồn quỹ phát triển hoạt động sự "
                       "nghiệp."),
         P(PIV + ".4", "4. Các bệnh viện, Trung tâm Y tế khu vực, Trung tâm Kiểm soát bệnh tật tỉnh: xây dựng kế hoạch "
                       "của đơn vị trước ngày 31/3/2026; báo cáo kết quả định kỳ hằng quý, trước ngày 15 của tháng "
                       "cuối quý, qua Văn phòng Sở."),
         P(PIV + ".5", "5. Đề nghị Bảo hiểm xã hội tỉnh, Công an tỉnh phối hợp xác thực thông tin thẻ BHYT và dữ liệu "
                       "dân cư; Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ lĩnh vực y tế tại "
                       "Khu vực tự phục vụ."),
         P("closing", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị liên hệ Văn phòng Sở (bà Hà "
                      "Thị Ngọc Diệp, Phó Chánh Văn phòng, điện thoại 0219 3 846 275) để được hướng dẫn./."),
         ("lh", "signature",
          ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Văn phòng UBND tỉnh;", "- Trung tâm PVHCC tỉnh;",
           "- Công an tỉnh; BHXH tỉnh;", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."],
          ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Âu Văn Trác"]),
         ("break", "L"),
         P("Phụ lục I", "PHỤ LỤC I", "bc"),
         P("Phụ lục I", "DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 VÀ CHUYỂN ĐỔI SỐ NGÀNH Y TẾ NĂM 2026", "bc"),
         P("Phụ lục I", "(Kèm theo Kế hoạch số 27/KH-SYT ngày 10/3/2026 của Sở Y tế)", "ic"),
         ("gtable", "Phụ lục I", B_HEADER, B_ROWS),
         P("Phụ lục II", "PHỤ LỤC II", "bc"),
         P("Phụ lục II", "CHỈ TIÊU GIAO CHO CÁC BỆNH VIỆN, TRUNG TÂM Y TẾ KHU VỰC NĂM 2026", "bc"),
         P("Phụ lục II", "(Kèm theo Kế hoạch số 27/KH-SYT ngày 10/3/2026 của Sở Y tế)", "ic"),
         ("table", "Phụ lục II", B_T2_HEADER, B_T2),
         P("Phụ lục II", "Ghi chú: Trung tâm Y tế khu vực Khau Liêng được giao chỉ tiêu thấp hơn do Trạm Y tế các xã "
                         "vùng cao chưa có đường truyền ổn định.", "i"),
         ]
    return b


# =========================================================================================================
# C. Báo cáo sơ kết 6 tháng of the public-service centre (.txt, hard-wrapped at 80): letterhead of a unit under
#    an office, "Kính gửi:", I.-IV. with 1., "-" and "•" bullets, inline "(1) … (3)"; a results table drawn
#    with "+---+" and "|" (no STT column) inside I.2; signature "GIÁM ĐỐC" after "Nơi nhận".
# =========================================================================================================
C_TABLE_HEADER = ["Cơ quan", "Tiếp nhận (hồ sơ)", "Trực tuyến (%)", "Đúng hạn (%)"]
C_TABLE = [["Công an tỉnh (giấy phép lái xe)", "14.902", "83,6", "99,91"],
           ["Sở Tư pháp", "11.274", "76,2", "99,40"],
           ["Sở Nông nghiệp và Môi trường", "9.813", "58,7", "95,12"],
           ["Sở Tài chính", "6.045", "91,3", "99,85"],
           ["Sở Xây dựng", "3.126", "62,4", "96,03"],
           ["Sở Y tế", "2.950", "71,4", "98,75"],
           ["Các cơ quan còn lại", "10.296", "53,9", "98,60"],
           ["Tổng cộng", "58.406", "71,8", "98,53"]]

TT = "Trung tâm"


def doc_c():
    lh = ["VĂN PHÒNG UBND TỈNH HẠC LĨNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG             Độc lập - Tự do - Hạnh phúc",
          "",
          "Số: 214/BC-TTPVHCC                      Hạc Lĩnh, ngày 03 tháng 7 năm 2026"]
    lh_pieces = ["VĂN PHÒNG UBND TỈNH HẠC LĨNH", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"] + MOTTO + \
                ["Số: 214/BC-TTPVHCC", "Hạc Lĩnh, ngày 03 tháng 7 năm 2026"]
    closing_lines = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Chánh VP, các PCVP UBND tỉnh;",
                     "- Sở Y tế; Sở Nội vụ;", "- Lưu: VT, TTPVHCC."]
    sig = ["                                                         GIÁM ĐỐC",
           "",
           "                                                         (đã ký)",
           "",
           "                                                      Tạ Quang Vịnh"]
    b = [("raw", "header", lh, lh_pieces),
         P("header", "BÁO CÁO", "c"),
         P("header", "Sơ kết 6 tháng đầu năm 2026 thực hiện Quy chế hoạt động của Trung tâm Phục vụ hành chính công "
                     "tỉnh; phương hướng, nhiệm vụ 6 tháng cuối năm 2026", "c"),
         P("header", "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Hạc Lĩnh.", "c"),
         P("preamble", "Thực hiện khoản 3 Điều 13 Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh ban "
                       "hành kèm theo Quyết định số 12/2026/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh (sau đây "
                       "gọi tắt là Quy chế), Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm) báo "
                       "cáo kết quả 6 tháng đầu năm 2026 như sau:"),
         # ---------------------------------------------------------------- I
         P("I", "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026"),
         P("I.1", "1. Công tác triển khai Quy chế"),
         P("I.1", "Ngày 27/02/2026, Trung tâm tổ chức hội nghị quán triệt Quy chế cho 96 công chức, nhân viên của 14 cơ "
                  "quan có TTHC và Bưu điện tỉnh Hạc Lĩnh.", "d"),
         P("I.1", "Từ ngày 07/3/2026, Trung tâm tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần theo khoản 2 Điều 4 Quy "
                  "chế; đến hết ngày 27/6/2026 đã tổ chức 17 buổi, tiếp nhận 2.318 hồ sơ.", "d"),
         P("I.1", "Đến ngày 31/3/2026, 13/14 cơ quan có TTHC đã cử đủ số công chức tối thiểu; riêng Sở Xây dựng cử bổ "
                  "sung công chức thứ hai ngày 06/4/2026.", "d"),
         P("I.2", "2. Kết quả tiếp nhận, giải quyết hồ sơ"),
         P("I.2", "Từ ngày 01/01/2026 đến ngày 30/6/2026, Trung tâm tiếp nhận 58.406 hồ sơ, trong đó 41.936 hồ sơ trực "
                  "tuyến (đạt 71,8%); đã giải quyết 55.127 hồ sơ, trong đó đúng hạn 54.318 hồ sơ (đạt 98,53%), quá hạn "
                  "809 hồ sơ; các cơ quan có hồ sơ quá hạn đã gửi 809 Phiếu xin lỗi. Kết quả của các cơ quan có nhiều "
                  "hồ sơ như sau:"),
         ("table", "I.2", C_TABLE_HEADER, C_TABLE),
         P("I.3", "3. Số hóa hồ sơ, kết quả giải quyết TTHC"),
         P("I.3", "100% hồ sơ tiếp nhận trực tiếp được số hóa ngay khi tiếp nhận, ký số và lưu vào kho dữ liệu điện "
                  "tử của tổ chức, cá nhân.", "d"),
         P("I.3", "Về số hóa kết quả giải quyết TTHC còn hiệu lực theo khoản 2 Điều 6 Quy chế: 9/14 cơ quan có TTHC "
                  "đã hoàn thành; ngành y tế mới số hóa được 3.412/7.960 kết quả (đạt 42,9%), chưa bảo đảm thời hạn "
                  "30/6/2026 tại Kế hoạch số 27/KH-SYT của Sở Y tế.", "d"),
         P("I.4", "4. Hỗ trợ người dân và triển khai Đề án 06 tại Trung tâm"),
         P("I.4", "Khu vực tự phục vụ có 06 máy tính và 02 ki-ốt tra cứu; đã hỗ trợ 4.870 lượt người tự nộp hồ sơ trực "
                  "tuyến.", "d"),
         P("I.4", "Công an tỉnh bố trí cán bộ hỗ trợ vào chiều thứ Ba và chiều thứ Năm hằng tuần, kích hoạt được 1.264 "
                  "tài khoản định danh điện tử mức độ 2 tại Trung tâm.", "d"),
         P("I.4", "Sở Khoa học và Công nghệ hoàn thành kết nối Hệ thống với Cơ sở dữ liệu quốc gia về dân cư ngày "
                  "24/4/2026, trước thời hạn tại khoản 2 Điều 15 Quy chế; từ đó đến hết tháng 6, 12.605 hồ sơ được tự "
                  "động điền thông tin công dân.", "d"),
         P("I.4", "Liên thông giấy chứng sinh điện tử:", "d"),
         P("I.4", "Bệnh viện Sản - Nhi tỉnh cấp giấy chứng sinh điện tử từ ngày 15/4/2026, đã cấp 612 giấy, 100% được "
                  "liên thông với nhóm TTHC đăng ký khai sinh;", "o"),
         P("I.4", "các cơ sở có phòng sinh còn lại chưa triển khai do chưa hoàn thành nâng cấp phần mềm quản lý bệnh "
                  "viện.", "o"),
         P("I.5", "5. Đánh giá sự hài lòng"),
         P("I.5", "Quý I/2026 có 13.544 lượt đánh giá, tỷ lệ hài lòng 96,2%; Quý II/2026 có 15.208 lượt đánh giá, tỷ lệ "
                  "hài lòng 97,1%. Kết quả Quý I được công khai trên Cổng thông tin điện tử tỉnh ngày 10/4/2026.", "d"),
         P("I.5", "Trung tâm tiếp nhận 02 phản ánh về thái độ phục vụ của công chức; cả 02 phản ánh đã được xác minh, "
                  "xử lý và trả lời người phản ánh.", "d"),
         # ---------------------------------------------------------------- II
         P("II", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
         P("II.1", "1. Tồn tại, hạn chế: (1) tỷ lệ hồ sơ quá hạn của Sở Nông nghiệp và Môi trường còn cao (4,88%), "
                   "tập trung ở thủ tục đăng ký biến động đất đai; (2) việc số hóa kết quả còn hiệu lực của ngành y tế "
                   "chậm; (3) Khu vực tự phục vụ quá tải vào đầu tuần và những ngày cuối tháng."),
         P("II.2", "2. Nguyên nhân: dữ liệu đất đai chưa được chuẩn hóa; một số cơ quan chưa bố trí nhân lực số hóa "
                   "kết quả cũ; số máy tính tại Khu vực tự phục vụ chưa đáp ứng nhu cầu."),
         # ---------------------------------------------------------------- III
         P("III", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026"),
         P("III.1", "1. Hoàn thành số hóa kết quả giải quyết TTHC còn hiệu lực của ngành y tế: Trung tâm chủ trì, cử tổ "
                    "số hóa làm việc trực tiếp tại Sở Y tế; Văn phòng Sở Y tế phối hợp cung cấp hồ sơ gốc; hoàn thành "
                    "trước ngày 30/9/2026."),
         P("III.2", "2. Liên thông giấy chứng sinh, giấy báo tử điện tử: theo Văn bản số 1385/UBND-KSTT ngày 19/6/2026 "
                    "của Ủy ban nhân dân tỉnh, thời hạn hoàn thành tại các cơ sở có phòng sinh được điều chỉnh từ tháng "
                    "5/2026 sang trước ngày 31/8/2026; Sở Y tế chủ trì, Trung tâm phối hợp hướng dẫn quy trình liên "
                    "thông trên Hệ thống."),
         P("III.3", "3. Phối hợp với Sở Nội vụ khảo sát Chỉ số SIPAS tại Trung tâm trong tháng 8/2026; Sở Nội vụ chủ "
                    "trì, Trung tâm bố trí địa điểm và cung cấp danh sách người đã giao dịch."),
         P("III.4", "4. Bổ sung 04 máy tính cho Khu vực tự phục vụ trước ngày 31/7/2026; đề nghị Tỉnh đoàn Hạc Lĩnh "
                    "bố trí đoàn viên tình nguyện hỗ trợ trong tháng 7 và tháng 8/2026 theo khoản 3 Điều 8 Quy chế."),
         P("III.5", "5. Phối hợp với Bưu điện tỉnh Hạc Lĩnh mở rộng tiếp nhận hồ sơ tại nhà cho người cao tuổi ở phường "
                    "Đăng Khê và xã Thồ Lộc từ tháng 8/2026."),
         P("III.6", "6. Gửi nhận xét công chức hằng tháng trước ngày 05 theo khoản 2 Điều 10 Quy chế; báo cáo tổng kết "
                    "năm 2026 trước ngày 05/12/2026."),
         # ---------------------------------------------------------------- IV
         P("IV", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
         P("IV.1", "1. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Nông nghiệp và Môi trường rà soát, chuẩn hóa dữ liệu đất "
                   "đai, giảm tỷ lệ hồ sơ quá hạn xuống dưới 2% trong 6 tháng cuối năm."),
         P("IV.2", "2. Đề nghị bổ sung 640 triệu đồng kinh phí năm 2026 để mua sắm máy tính, máy quét cho Khu vực tự "
                   "phục vụ."),
         P("IV.3", "3. Đề nghị bổ sung nhóm TTHC đăng ký biến động đất đai vào danh mục tiếp nhận sáng thứ Bảy tại khoản "
                   "2 Điều 4 Quy chế."),
         P("closing", "Trên đây là báo cáo sơ kết 6 tháng đầu năm 2026 thực hiện Quy chế của Trung tâm Phục vụ hành "
                      "chính công tỉnh, kính báo cáo Văn phòng Ủy ban nhân dân tỉnh xem xét, tổng hợp./."),
         ("raw", "closing", closing_lines, closing_lines),
         ("raw", "signature", sig, ["GIÁM ĐỐC", "Tạ Quang Vịnh"]),
         ]
    return b


# =========================================================================================================
# gold text per section (for the checker)
# =========================================================================================================
def _merged(rows):
    """Task rows with merged cells filled from the row above (the text each row carries); group rows kept."""
    out, prev = [], None
    for r in rows:
        if isinstance(r, tuple):
            out.append(r)
            continue
        full = [c if c is not None else prev[k] for k, c in enumerate(r)]
        out.append(full)
        prev = full
    return out


def gold(doc):
    blocks = {DOC_A: doc_a, DOC_B: doc_b, DOC_C: doc_c}[doc]()
    out = []
    for bl in blocks:
        if bl[0] == "p":
            out.append((bl[1], bl[2]))
        elif bl[0] == "lh":
            if bl[1] == "signature":
                out += [("closing", t) for t in bl[2] if t]
                out += [("signature", t) for t in bl[3] if t]
            else:
                out += [(bl[1], t) for t in bl[2] + bl[3] if t]
        elif bl[0] == "raw":
            out += [(bl[1], t) for t in bl[3]]
        elif bl[0] == "table":
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out += [(bl[1], c) for c in r]
        elif bl[0] == "gtable":
            out += [(bl[1], c) for c in bl[2]]
            group = None
            for r in _merged(bl[3]):
                if isinstance(r, tuple):
                    group = bl[1] + "." + r[1]
                    out += [(group, r[1]), (group, r[2])]
                else:
                    out += [(group + "." + r[0], c) for c in r]
    return [(s, unicodedata.normalize("NFC", t)) for s, t in out]


# =========================================================================================================
# renderers
# =========================================================================================================
def _fix_zip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx(path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    cp = d.core_properties
    cp.author, cp.title = "UBND tỉnh Hạc Lĩnh", "Quyết định 12/2026/QĐ-UBND"
    cp.created = cp.modified = datetime.datetime(2026, 2, 20, 16, 0, 0)
    cp.last_modified_by = "TTPVHCC"
    cp.revision = 1

    def two_col(left, right, widths, lf, rf):
        t = d.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for cell, lines, w, fmts in ((t.rows[0].cells[0], left, widths[0], lf),
                                     (t.rows[0].cells[1], right, widths[1], rf)):
            cell.width = w
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                f = fmts[k] if k < len(fmts) else "c"
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if "c" in f else WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.bold = "b" in f
                r.italic = "i" in f
                r.font.size = Pt(13 if "s" not in f else 11)

    for bl in doc_a():
        if bl[0] == "lh" and bl[1] == "header":
            two_col(bl[2], bl[3], (Cm(6.5), Cm(9.5)), ["bc", "bc", "c"], ["bc", "bc", "ic"])
            d.add_paragraph()
        elif bl[0] == "lh":
            two_col(bl[2], bl[3], (Cm(8), Cm(8)), ["bis"] + ["s"] * (len(bl[2]) - 1), ["bc"] * len(bl[3]))
        elif bl[0] == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif bl[0] == "table":
            header, rows = bl[2], bl[3]
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate([header] + rows):
                for j, txt in enumerate(row):
                    c = t.rows[i].cells[j]
                    c.width = (Cm(9), Cm(3.5), Cm(3.5))[j]
                    p = c.paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if j == 0 and i else WD_ALIGN_PARAGRAPH.CENTER
                    r = p.add_run(txt)
                    r.font.size = Pt(12)
                    r.bold = i == 0
            d.add_paragraph()
        else:
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            if "c" in fmt:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.27)
            if "1" in fmt:
                # "Điều N." bold, the rest of the article in normal weight
                head, rest = text.split(". ", 1)
                r = p.add_run(head + ". ")
                r.bold = True
                p.add_run(rest)
            else:
                r = p.add_run(text)
                r.bold = "b" in fmt
                r.italic = "i" in fmt
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2026, 2, 20, 16, 0, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_y(7)
                self.set_font("dv", "", 9)
                self.cell(0, 5, str(self.page_no()), align="C")
                self.set_y(16)

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 3, 10, 8, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Sở Y tế tỉnh Hạc Lĩnh")
    pdf.set_title("Kế hoạch 27/KH-SYT năm 2026")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 16, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()

    def width():
        return pdf.w - pdf.l_margin - pdf.r_margin

    for bl in doc_b():
        W = width()
        if bl[0] == "lh" and bl[1] == "header":
            y0 = pdf.get_y()
            lw = 64
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 5.2 * k)
                pdf.set_font("dv", "B" if k == 1 else "", 10)
                pdf.cell(lw, 5.2, line, align="C")
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + lw, y0 + 5.2 * k)
                pdf.set_font("dv", "I" if k == 2 else "B", 10)
                pdf.cell(W - lw, 5.2, line, align="C")
            pdf.line(pdf.l_margin + 22, y0 + 10.6, pdf.l_margin + 42, y0 + 10.6)
            pdf.line(pdf.l_margin + lw + 30, y0 + 10.6, pdf.l_margin + lw + 76, y0 + 10.6)
            pdf.set_y(y0 + 5.2 * 3 + 7)
        elif bl[0] == "lh":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            y0 = pdf.get_y()
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 4.6 * k)
                pdf.set_font("dv", "B" if k == 0 else "", 9 if k else 10)
                pdf.cell(80, 4.6, line)
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + 80, y0 + 5.2 * k)
                pdf.set_font("dv", "B", 10.5)
                pdf.cell(W - 80, 5.2, line, align="C")
            pdf.set_y(y0 + max(5.2 * len(bl[3]), 4.6 * len(bl[2])) + 2)
        elif bl[0] == "break":
            pdf.add_page(orientation=bl[1])
        elif bl[0] == "p":
            text, fmt = bl[2], bl[3]
            style = "B" if "b" in fmt else ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 12.5 if text in ("KẾ HOẠCH",) else 10.5)
            pdf.set_x(pdf.l_margin)
            if "c" in fmt:
                pdf.multi_cell(W, 5.6, text, align="C")
            elif "h" in fmt:
                pdf.multi_cell(W, 5.6, text, align="L")
            elif "d" in fmt:
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(W - 6, 5.6, "- " + text, align="J")
            elif "+" in fmt:
                pdf.set_x(pdf.l_margin + 10)
                pdf.multi_cell(W - 10, 5.6, "+ " + text, align="J")
            else:
                pdf.multi_cell(W, 5.6, "      " + text, align="J")
            pdf.ln(1.2)
        elif bl[0] == "table":
            _, s, header, rows = bl
            pdf.set_font("dv", "", 9.5)
            head_style = FontFace(emphasis="BOLD", fill_color=(232, 232, 232))
            with pdf.table(col_widths=(90, 60, 60, 50), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                           headings_style=head_style, line_height=5.2, v_align="MIDDLE") as table:
                hr = table.row()
                for c in header:
                    hr.cell(c)
                for r in rows:
                    tr = table.row()
                    for c in r:
                        tr.cell(c)
            pdf.ln(2)
        elif bl[0] == "gtable":
            _, s, header, rows = bl
            pdf.set_font("dv", "", 9)
            head_style = FontFace(emphasis="BOLD", fill_color=(232, 232, 232))
            group_style = FontFace(emphasis="BOLD")
            spans = {}
            plain = [r for r in rows]
            for i, r in enumerate(plain):
                if isinstance(r, tuple):
                    continue
                n = 1
                while i + n < len(plain) and not isinstance(plain[i + n], tuple) and plain[i + n][2] is None:
                    n += 1
                spans[i] = n
            with pdf.table(col_widths=(12, 78, 44, 50, 44, 31),
                           text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER"),
                           headings_style=head_style, line_height=4.8, v_align="MIDDLE") as table:
                hr = table.row()
                for c in header:
                    hr.cell(c)
                for i, r in enumerate(plain):
                    tr = table.row()
                    if isinstance(r, tuple):
                        tr.cell(r[1], style=group_style, align="CENTER")
                        tr.cell(r[2], style=group_style, colspan=5)
                        continue
                    for j, c in enumerate(r):
                        if c is None:
                            continue
                        if j == 2 and spans[i] > 1:
                            tr.cell(c, rowspan=spans[i])
                        else:
                            tr.cell(c)
            pdf.ln(4)
    pdf.output(path)


def _wrap(text, width=80, first="", rest=""):
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def _txt_table(header, rows, widths):
    def line(cells):
        return "| " + " | ".join(c.ljust(w) if k == 0 else c.rjust(w) for k, (c, w) in
                                 enumerate(zip(cells, widths))) + " |"
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule, line(header), rule.replace("-", "=")]
    for r in rows:
        if r[0] == "Tổng cộng":
            out.append(rule)
        out.append(line(r))
    out.append(rule)
    return out


def build_txt(path):
    out = []
    prev_bullet = False
    for bl in doc_c():
        bullet = bl[0] == "p" and ("d" in bl[3] or "o" in bl[3])
        if prev_bullet and not bullet:
            out.append("")
        prev_bullet = bullet
        if bl[0] == "raw":
            out += bl[2]
            out.append("")
        elif bl[0] == "table":
            out += _txt_table(bl[2], bl[3], (31, 17, 14, 12))
            out.append("")
        else:
            text, fmt = bl[2], bl[3]
            if "c" in fmt:
                for ln in _wrap(text, 72):
                    out.append(ln.center(80).rstrip())
                out.append("")
            elif "d" in fmt:
                out += _wrap(text, 80, "- ", "  ")
            elif "o" in fmt:
                out += _wrap(text, 80, "    \u2022 ", "      ")
            else:
                out += _wrap(text, 80)
                out.append("")
    while out and out[-1] == "":
        out.pop()
    txt = unicodedata.normalize("NFC", "\n".join(out) + "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOC_A))
    build_pdf(os.path.join(CORPUS, DOC_B))
    build_txt(os.path.join(CORPUS, DOC_C))
    for n in (DOC_A, DOC_B, DOC_C):
        print(n, os.path.getsize(os.path.join(CORPUS, n)))


if __name__ == "__main__":
    main()
