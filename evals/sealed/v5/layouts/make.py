# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v5 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Lam Điền, its xã and phường, all numbers, dates and people). Each document is
held as a small model: a list of blocks, every block carrying the gold section path of its text (used by
check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2026-tinh-lam-dien-chi-thi-04-dich-vu-cong-truc-tuyen.docx     Chỉ thị of the provincial Chairman
  B  2026-vp-ubnd-lam-dien-thong-bao-ket-luan-cchc-cds-quy-i.pdf    Thông báo kết luận of a meeting + annex tables
  C  2026-so-vhttdl-lam-dien-huong-dan-tuyen-truyen-quy-ii.md       Hướng dẫn tuyên truyền, pandoc-style Markdown
"""
import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2026-tinh-lam-dien-chi-thi-04-dich-vu-cong-truc-tuyen.docx"
DOC_B = "2026-vp-ubnd-lam-dien-thong-bao-ket-luan-cchc-cds-quy-i.pdf"
DOC_C = "2026-so-vhttdl-lam-dien-huong-dan-tuyen-truyen-quy-ii.md"

# Block kinds:
#   ("p", section, text, fmt)                  paragraph; fmt letters: b bold, i italic, c centre, h heading
#   ("lh", zone, left_lines, right_lines)      two-column borderless block (letterhead / signature)
#   ("table", section, header, rows)           bordered table (all its text belongs to `section`)
P = lambda sec, text, fmt="": ("p", sec, text, fmt)
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# =========================================================================================================
# A. Chỉ thị of the Chairman of the provincial People's Committee: descriptive opening with inline (1)-(4),
#    then tasks numbered by addressee (1. <unit>:) with a) ... đ) points and • bullets; no roman sections.
# =========================================================================================================
VP = "Văn phòng Ủy ban nhân dân tỉnh"


def doc_a():
    b = [("lh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH LAM ĐIỀN", "Số: 04/CT-UBND"],
          MOTTO + ["Lam Điền, ngày 09 tháng 02 năm 2026"]),
         P("header", "CHỈ THỊ", "bc"),
         P("header", "Về đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn "
                     "tỉnh năm 2026", "bc"),
         P("preamble", "Năm 2025, trong điều kiện vừa sắp xếp đơn vị hành chính, vừa vận hành chính quyền địa "
                       "phương hai cấp, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 412.560 hồ sơ thủ tục "
                       "hành chính (sau đây viết tắt là TTHC), trong đó 68,4% hồ sơ được nộp trực tuyến; tỷ lệ "
                       "thanh toán trực tuyến phí, lệ phí đạt 39,2%; Chỉ số phục vụ người dân, doanh nghiệp trong "
                       "thực hiện TTHC, dịch vụ công của tỉnh đạt 83,15 điểm."),
         P("preamble", "Tuy nhiên, việc cung cấp và sử dụng dịch vụ công trực tuyến (sau đây viết tắt là DVCTT) "
                       "còn những hạn chế: (1) nhiều TTHC đủ điều kiện nhưng chưa được cung cấp trực tuyến toàn "
                       "trình; (2) tỷ lệ hồ sơ trực tuyến giữa các xã, phường chênh lệch lớn, có nơi dưới 40%; (3) "
                       "việc tái sử dụng dữ liệu đã số hóa còn thấp, người dân vẫn phải nộp lại giấy tờ đã có trong "
                       "cơ sở dữ liệu; (4) công tác hướng dẫn, hỗ trợ người cao tuổi, người dân vùng sâu, vùng xa "
                       "chưa thường xuyên."),
         P("preamble", "Để khắc phục các hạn chế nêu trên, phấn đấu năm 2026 có ít nhất 80% hồ sơ TTHC được nộp "
                       "trực tuyến và 60% giao dịch thanh toán phí, lệ phí được thực hiện trực tuyến, Chủ tịch Ủy "
                       "ban nhân dân tỉnh yêu cầu:"),
         P("1", "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:", "b"),
         P("1.a", "a) Trực tiếp chỉ đạo và chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả cung "
                  "cấp, sử dụng DVCTT của cơ quan, địa phương mình; đưa chỉ tiêu hồ sơ trực tuyến vào tiêu chí "
                  "đánh giá, xếp loại cán bộ, công chức cuối năm."),
         P("1.b", "b) Rà soát, đề xuất danh mục TTHC đủ điều kiện cung cấp trực tuyến toàn trình, gửi " + VP +
                  " trước ngày 15/3/2026."),
         P("1.c", "c) Thực hiện số hóa hồ sơ, kết quả giải quyết TTHC ngay khi tiếp nhận; không yêu cầu người dân "
                  "nộp lại giấy tờ đã được số hóa hoặc đã có trong cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên "
                  "ngành."),
         P("1.d", "d) Các chỉ tiêu phải đạt trong năm 2026:"),
         P("1.d", "• Tỷ lệ hồ sơ TTHC nộp trực tuyến: từ 80% trở lên;"),
         P("1.d", "• Tỷ lệ thanh toán trực tuyến phí, lệ phí: từ 60% trở lên;"),
         P("1.d", "• Tỷ lệ hồ sơ giải quyết đúng hạn: từ 98% trở lên;"),
         P("1.d", "• Tỷ lệ kết quả giải quyết TTHC được ký số, trả bản điện tử: 100%."),
         P("1.đ", "đ) Báo cáo kết quả thực hiện Chỉ thị định kỳ hằng quý, trước ngày 18 của tháng cuối quý, gửi "
                  + VP + " để tổng hợp."),
         P("2", "2. " + VP + ":", "b"),
         P("2.a", "a) Là cơ quan đầu mối giúp Chủ tịch Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Chỉ "
                  "thị này; tổng hợp danh mục TTHC cung cấp trực tuyến toàn trình, trình Chủ tịch Ủy ban nhân dân "
                  "tỉnh phê duyệt trong tháng 4/2026."),
         P("2.b", "b) Chỉ đạo Trung tâm Phục vụ hành chính công tỉnh bố trí khu vực hỗ trợ nộp hồ sơ trực tuyến "
                  "với ít nhất 04 máy tính và 02 nhân viên hướng dẫn thường trực trong giờ hành chính."),
         P("2.c", "c) Hằng tháng công khai trên Cổng thông tin điện tử tỉnh kết quả xếp hạng các sở, ngành và xã, "
                  "phường theo Bộ chỉ số phục vụ người dân, doanh nghiệp."),
         P("3", "3. Sở Khoa học và Công nghệ:", "b"),
         P("3.a", "a) Chủ trì, phối hợp với " + VP + " nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, bảo đảm "
                  "kết nối, tái sử dụng dữ liệu với Cơ sở dữ liệu quốc gia về dân cư; hoàn thành trong Quý "
                  "II/2026."),
         P("3.b", "b) Bảo đảm an toàn thông tin cho Cổng Dịch vụ công tỉnh và Hệ thống thông tin giải quyết TTHC; "
                  "tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng ít nhất 01 lần/năm."),
         P("3.c", "c) Hướng dẫn các xã, phường kiện toàn, nâng cao hoạt động của Tổ công nghệ số cộng đồng; "
                  "thường xuyên cập nhật tài liệu hướng dẫn sử dụng DVCTT."),
         P("4", "4. Công an tỉnh:", "b"),
         P("4", "Chủ trì, phối hợp với Ủy ban nhân dân các xã, phường đẩy mạnh cấp, kích hoạt tài khoản định danh "
                "điện tử mức độ 2 cho công dân; hướng dẫn người dân dùng tài khoản định danh điện tử (VNeID) để "
                "đăng nhập Cổng Dịch vụ công quốc gia; phấn đấu đến ngày 30/9/2026 có 90% công dân từ đủ 14 tuổi "
                "trở lên kích hoạt tài khoản."),
         P("5", "5. Sở Tài chính:", "b"),
         P("5", "Tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh chính sách giảm 50% mức thu phí, lệ "
                "phí đối với hồ sơ nộp trực tuyến năm 2026, hoàn thành trước kỳ họp giữa năm 2026 của Hội đồng "
                "nhân dân tỉnh; hướng dẫn các cơ quan, đơn vị bố trí kinh phí thực hiện Chỉ thị trong dự toán được "
                "giao."),
         P("6", "6. Sở Văn hóa, Thể thao và Du lịch:", "b"),
         P("6.a", "a) Chủ trì hướng dẫn Ủy ban nhân dân các xã, phường tuyên truyền về DVCTT trên hệ thống thông "
                  "tin cơ sở; cung cấp tài liệu tuyên truyền theo từng quý."),
         P("6.b", "b) Phối hợp với Báo và Phát thanh, Truyền hình Lam Điền mở chuyên mục “Dịch vụ công trong tầm "
                  "tay”, phát sóng 02 số/tháng trên kênh truyền hình của tỉnh."),
         P("7", "7. Ủy ban nhân dân các xã, phường:", "b"),
         P("7.a", "a) Thành lập điểm hỗ trợ DVCTT tại Trung tâm Phục vụ hành chính công cấp xã; phân công Tổ công "
                  "nghệ số cộng đồng hỗ trợ người dân tại thôn, tổ dân phố ít nhất 01 buổi/tuần."),
         P("7.b", "b) Các xã có tỷ lệ hồ sơ trực tuyến năm 2025 dưới 50% (xã Suối Ngàn, xã Pác Lùng, xã Nà "
                  "Khoang) xây dựng kế hoạch cải thiện riêng, gửi " + VP + " trước ngày 31/3/2026."),
         P("8", "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn Lam Điền:", "b"),
         P("8", "Vận động đoàn viên, hội viên và Nhân dân sử dụng DVCTT; Tỉnh đoàn Lam Điền chủ trì tổ chức "
                "“Ngày thứ Bảy hỗ trợ dịch vụ công” tại các xã, phường vào thứ Bảy tuần thứ hai hằng tháng."),
         P("closing", "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban "
                      "nhân dân các xã, phường và các cơ quan, đơn vị có liên quan nghiêm túc thực hiện Chỉ thị "
                      "này; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo Chủ tịch Ủy ban nhân "
                      "dân tỉnh (qua " + VP + ") để xem xét, chỉ đạo./."),
         ("lh", "signature",
          ["Nơi nhận:", "- Văn phòng Chính phủ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
           "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KSTT."],
          ["CHỦ TỊCH", "", "", "", "Trịnh Quốc Vĩ"])]
    return b


# =========================================================================================================
# B. Thông báo kết luận (Văn phòng UBND tỉnh, TL. Chủ tịch), PDF; an annex with two numbered tables after the
#    signature.
# =========================================================================================================
B_TABLE_HEADER = ["STT", "Xã, phường", "Hồ sơ tiếp nhận", "Hồ sơ trực tuyến", "Tỷ lệ trực tuyến (%)",
                  "Thanh toán trực tuyến (%)"]
B_TOP = [("1", "Phường Đông Điền", 2846, 2561, "58,3"), ("2", "Phường Tân Điền", 2210, 1957, "55,1"),
         ("3", "Phường Hạ Điền", 1934, 1688, "51,7"), ("4", "Xã Vĩnh Ngàn", 1187, 1010, "47,9"),
         ("5", "Xã Lũng Mây", 965, 812, "46,2")]
B_LOW = [("1", "Xã Pác Lùng", 412, 161, "18,6"), ("2", "Xã Nà Khoang", 366, 158, "21,4"),
         ("3", "Xã Suối Ngàn", 528, 245, "24,0"), ("4", "Xã Thạch Bàn Thượng", 610, 317, "29,5"),
         ("5", "Xã Khuổi Hẩu", 295, 162, "31,2")]


def _rate(a, b):
    v = round(b * 1000 / a) / 10
    return f"{v:.1f}".replace(".", ",")


def _rows(data):
    return [[s, n, f"{a:,}".replace(",", "."), f"{b:,}".replace(",", "."), _rate(a, b), t] for s, n, a, b, t in data]


def doc_b():
    b = [("lh", "header", ["UBND TỈNH LAM ĐIỀN", "VĂN PHÒNG", "Số: 87/TB-VPUBND"],
          MOTTO + ["Lam Điền, ngày 17 tháng 4 năm 2026"]),
         P("header", "THÔNG BÁO", "bc"),
         P("header", "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Đàm Thị Hoài Thu tại Hội nghị sơ kết công tác "
                     "cải cách hành chính và chuyển đổi số Quý I năm 2026", "bc"),
         P("preamble", "Ngày 14/4/2026, tại Hội trường số 2 Trung tâm Hội nghị tỉnh, đồng chí Đàm Thị Hoài Thu, Phó "
                       "Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh chủ trì Hội nghị "
                       "sơ kết công tác cải cách hành chính (CCHC) và chuyển đổi số (CĐS) Quý I năm 2026. Tham dự "
                       "Hội nghị có lãnh đạo Sở Nội vụ, Sở Khoa học và Công nghệ, Sở Tài chính, Sở Văn hóa, Thể "
                       "thao và Du lịch, Công an tỉnh, Văn phòng Ủy ban nhân dân tỉnh, Trung tâm Phục vụ hành chính "
                       "công tỉnh; Hội nghị được kết nối trực tuyến đến 38 điểm cầu xã, phường."),
         P("preamble", "Sau khi nghe Sở Nội vụ báo cáo kết quả CCHC, Sở Khoa học và Công nghệ báo cáo kết quả CĐS "
                       "Quý I năm 2026 và ý kiến phát biểu của các đại biểu, Phó Chủ tịch Ủy ban nhân dân tỉnh Đàm "
                       "Thị Hoài Thu kết luận như sau:"),
         P("1", "1. Đánh giá chung", "bh"),
         P("1", "Trong Quý I năm 2026, các cơ quan, đơn vị đã triển khai nghiêm Chỉ thị số 04/CT-UBND ngày "
                "09/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh; một số kết quả nổi bật: (1) tỷ lệ hồ sơ TTHC nộp "
                "trực tuyến toàn tỉnh đạt 74,6%, tăng 6,2 điểm phần trăm so với cùng kỳ; (2) 100% xã, phường đã "
                "thành lập điểm hỗ trợ dịch vụ công trực tuyến; (3) 27 sở, ngành và xã, phường gửi danh mục TTHC "
                "đề xuất cung cấp trực tuyến toàn trình đúng hạn."),
         P("1", "Bên cạnh đó vẫn còn tồn tại: tỷ lệ thanh toán trực tuyến mới đạt 44,8%, thấp xa chỉ tiêu 60%; 03 "
                "xã có tỷ lệ hồ sơ trực tuyến dưới 50% chưa gửi kế hoạch cải thiện đúng hạn; việc cập nhật tài "
                "liệu tuyên truyền trên hệ thống truyền thanh cơ sở còn chậm."),
         P("2", "2. Nhiệm vụ trọng tâm Quý II năm 2026", "bh"),
         P("2", "Các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường tập trung thực hiện:"),
         P("2", "* Số hóa 100% hồ sơ TTHC tiếp nhận kể từ ngày 01/5/2026, không để phát sinh hồ sơ giấy chưa số "
                "hóa;"),
         P("2", "* Nâng tỷ lệ thanh toán trực tuyến phí, lệ phí lên ít nhất 52% vào cuối Quý II năm 2026;"),
         P("2", "* Rà soát, xin lỗi bằng văn bản đối với 100% hồ sơ giải quyết trễ hạn."),
         P("3", "3. Giao nhiệm vụ cụ thể", "bh"),
         P("3.a", "a) Sở Nội vụ:", "i"),
         P("3.a", "+ Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh kiểm tra công tác CCHC tại 06 xã có kết "
                  "quả thấp trong Quý I; hoàn thành trong tháng 6/2026."),
         P("3.a", "+ Tổng hợp kết quả tự đánh giá Chỉ số CCHC năm 2026 của các sở, ngành, xã, phường, báo cáo Ủy "
                  "ban nhân dân tỉnh trước ngày 15/12/2026."),
         P("3.b", "b) Sở Khoa học và Công nghệ:", "i"),
         P("3.b", "+ Hoàn thành nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh theo Chỉ thị số 04/CT-UBND; thời "
                  "hạn được điều chỉnh đến ngày 31/7/2026 do phải chờ hướng dẫn kết nối của Bộ Công an."),
         P("3.b", "+ Phối hợp với Viettel Lam Điền và VNPT Lam Điền khảo sát, xử lý các điểm lõm sóng tại xã Pác "
                  "Lùng, xã Nà Khoang; báo cáo kết quả trước ngày 30/6/2026."),
         P("3.c", "c) Văn phòng Ủy ban nhân dân tỉnh:", "i"),
         P("3.c", "+ Trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt danh mục TTHC cung cấp trực tuyến toàn trình "
                  "trước ngày 10/5/2026."),
         P("3.c", "+ Chỉ đạo Trung tâm Phục vụ hành chính công tỉnh phối hợp với Bưu điện tỉnh Lam Điền triển "
                  "khai dịch vụ nhận hồ sơ, trả kết quả TTHC tại nhà cho người cao tuổi, người khuyết tật."),
         P("3.d", "d) Sở Văn hóa, Thể thao và Du lịch:", "i"),
         P("3.d", "+ Chủ trì, phối hợp với Ủy ban nhân dân các xã, phường cập nhật tài liệu tuyên truyền về dịch "
                  "vụ công trực tuyến trên hệ thống truyền thanh cơ sở hằng tháng (thay cho hằng quý); ban hành "
                  "hướng dẫn tuyên truyền Quý III năm 2026 trước ngày 25/6/2026."),
         P("3.đ", "đ) Ủy ban nhân dân các xã Suối Ngàn, Pác Lùng, Nà Khoang:", "i"),
         P("3.đ", "+ Gửi kế hoạch cải thiện tỷ lệ hồ sơ trực tuyến về Văn phòng Ủy ban nhân dân tỉnh trước ngày "
                  "25/4/2026; Chủ tịch Ủy ban nhân dân xã trực tiếp chỉ đạo, không giao cho cấp phó."),
         P("3.e", "e) Công an tỉnh:", "i"),
         P("3.e", "+ Phối hợp với Ủy ban nhân dân các xã, phường tổ chức đợt cao điểm kích hoạt tài khoản định danh "
                  "điện tử mức độ 2 từ ngày 15/5/2026 đến ngày 15/6/2026."),
         P("4", "4. Về các kiến nghị, đề xuất", "bh"),
         P("4", "(1) Đề nghị của Ủy ban nhân dân phường Đông Điền về bổ sung 02 máy tính cho điểm hỗ trợ dịch vụ "
                "công trực tuyến: giao Sở Tài chính xem xét, tham mưu trong tháng 5/2026."),
         P("4", "(2) Đề nghị của Sở Khoa học và Công nghệ về tập huấn kỹ năng số cho công chức cấp xã: thống nhất "
                "chủ trương; giao Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức 02 lớp trong "
                "Quý III năm 2026."),
         P("4", "(3) Đề nghị của xã Thạch Bàn Thượng về lùi thời hạn báo cáo quý: không thống nhất; các xã, phường "
                "thực hiện đúng thời hạn báo cáo tại Chỉ thị số 04/CT-UBND."),
         P("closing", "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực "
                      "hiện./."),
         ("lh", "signature",
          ["Nơi nhận:", "- CT, các PCT UBND tỉnh;", "- Thành viên BCĐ CCHC tỉnh;", "- Các sở, ban, ngành tỉnh;",
           "- UBND các xã, phường;", "- Lưu: VT, KSTT."],
          ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "Khổng Minh Luận"]),
         ("newpage",),
         P("Phụ lục", "PHỤ LỤC", "bc"),
         P("Phụ lục", "KẾT QUẢ MỘT SỐ CHỈ TIÊU DỊCH VỤ CÔNG TRỰC TUYẾN QUÝ I NĂM 2026 CỦA CÁC XÃ, PHƯỜNG", "bc"),
         P("Phụ lục", "(Kèm theo Thông báo số 87/TB-VPUBND ngày 17/4/2026 của Văn phòng Ủy ban nhân dân tỉnh)", "ic"),
         P("Phụ lục", "Bảng 1. Năm xã, phường có tỷ lệ hồ sơ trực tuyến cao nhất", "b"),
         ("table", "Phụ lục", B_TABLE_HEADER, _rows(B_TOP)),
         P("Phụ lục", "Bảng 2. Năm xã, phường có tỷ lệ hồ sơ trực tuyến thấp nhất", "b"),
         ("table", "Phụ lục", B_TABLE_HEADER, _rows(B_LOW)),
         P("Phụ lục", "Ghi chú: Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh ngày 10/4/2026; toàn "
                      "tỉnh có 38 xã, phường.", "i")]
    return b


# =========================================================================================================
# C. Hướng dẫn tuyên truyền of the provincial Department of Culture, as a Markdown file converted from Word
#    (pandoc style): grid tables for the letterhead, the schedule and the signature; bold paragraphs as
#    headings; "Bài 1:" lines; "- " and "+ " bullets.
# =========================================================================================================
C_SCHEDULE_HEADER = ["Tháng", "Bài phát", "Bắt đầu phát", "Ghi chú"]
C_SCHEDULE = [
    ["Tháng 4/2026", "Bài 1, Bài 2", "Từ ngày 06/4/2026", "Phát xen kẽ hai bài trong mỗi buổi"],
    ["Tháng 5/2026", "Bài 3, Bài 4", "Từ ngày 04/5/2026",
     "Bài 4 phát kèm thông báo đợt cao điểm kích hoạt tài khoản VNeID"],
    ["Tháng 6/2026", "Bài 5, Bài 6", "Từ ngày 01/6/2026", "Phát lại Bài 1 vào tuần cuối tháng"],
]
C_UNIT = "Phòng Báo chí, Xuất bản và Thông tin cơ sở"


def doc_c():
    b = [("lh", "header", ["UBND TỈNH LAM ĐIỀN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 15/HD-SVHTTDL"],
          MOTTO + ["*Lam Điền, ngày 25 tháng 3 năm 2026*"]),
         P("header", "**HƯỚNG DẪN**"),
         P("header", "**Tuyên truyền về cải cách hành chính, chuyển đổi số và dịch vụ công trực tuyến trên hệ "
                     "thống thông tin cơ sở Quý II năm 2026**"),
         P("header", "Kính gửi:"),
         P("header", "- Ủy ban nhân dân các xã, phường;", "t"),
         P("header", "- Báo và Phát thanh, Truyền hình Lam Điền.", "t"),
         P("preamble", "Thực hiện Chỉ thị số 04/CT-UBND ngày 09/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh về đẩy "
                       "mạnh cung cấp, sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn tỉnh "
                       "năm 2026, Sở Văn hóa, Thể thao và Du lịch hướng dẫn công tác tuyên truyền trên hệ thống "
                       "thông tin cơ sở Quý II năm 2026 như sau:"),
         P("I", "**I. MỤC ĐÍCH, YÊU CẦU**"),
         P("I", "- Giúp người dân hiểu lợi ích, cách nộp hồ sơ và thanh toán phí, lệ phí trực tuyến; góp phần đạt "
                "chỉ tiêu 80% hồ sơ nộp trực tuyến năm 2026 của tỉnh."),
         P("I", "- Nội dung ngắn gọn, dễ nghe, dễ nhớ; ưu tiên các xã vùng sâu, vùng xa và các xã có tỷ lệ hồ sơ "
                "trực tuyến thấp."),
         P("I", "- Lịch phát ổn định, có ghi nhật ký phát thanh để theo dõi, kiểm tra."),
         P("II", "**II. NỘI DUNG TUYÊN TRUYỀN**"),
         P("II.1", "**1. Nội dung trọng tâm**"),
         P("II.1", "- Chỉ thị số 04/CT-UBND và các chỉ tiêu về dịch vụ công trực tuyến của tỉnh năm 2026."),
         P("II.1", "- Cách tạo, kích hoạt tài khoản định danh điện tử (VNeID) mức độ 2 và đăng nhập Cổng Dịch vụ "
                   "công quốc gia."),
         P("II.1", "- Các điểm hỗ trợ dịch vụ công trực tuyến tại xã, phường và lịch hỗ trợ của Tổ công nghệ số "
                   "cộng đồng."),
         P("II.1", "- Cảnh giác với các trang mạo danh cơ quan nhà nước đề nghị nộp phí qua đường dẫn lạ."),
         P("II.2", "**2. Tài liệu phát thanh do Sở cung cấp**"),
         P("II.2", "Sở cung cấp 06 bài phát thanh (định dạng mp3 và văn bản) tại mục “Thông tin cơ sở” trên Trang "
                   "thông tin điện tử của Sở: https://svhttdl.lamdien.gov.vn/thong-tin-co-so, gồm:"),
         P("II.2", "Bài 1: Nộp hồ sơ trên Cổng Dịch vụ công quốc gia bằng tài khoản VNeID (05 phút)."),
         P("II.2", "Bài 2: Thanh toán phí, lệ phí trực tuyến qua ứng dụng ngân hàng (04 phút)."),
         P("II.2", "Bài 3: Điểm hỗ trợ dịch vụ công trực tuyến ở xã, phường - đến đâu, ai hướng dẫn (05 phút)."),
         P("II.2", "Bài 4: Kích hoạt tài khoản định danh điện tử mức độ 2 cho người từ đủ 14 tuổi (06 phút)."),
         P("II.2", "Bài 5: Nhận kết quả thủ tục hành chính tại nhà qua dịch vụ bưu chính công ích (04 phút)."),
         P("II.2", "Bài 6: Nhận diện trang web, tin nhắn giả mạo dịch vụ công (05 phút)."),
         P("II.3", "**3. Khẩu hiệu tuyên truyền**"),
         P("II.3", "- “Dịch vụ công trực tuyến - Nhanh hơn, gọn hơn, minh bạch hơn”;"),
         P("II.3", "- “Ở nhà nộp hồ sơ, không lo đi lại”;"),
         P("II.3", "- “Mỗi thôn một Tổ công nghệ số, mỗi nhà một người biết dùng dịch vụ công”."),
         P("III", "**III. HÌNH THỨC, THỜI LƯỢNG VÀ LỊCH PHÁT**"),
         P("III.1", "**1. Trên hệ thống truyền thanh cơ sở**"),
         P("III.1", "- Phát các bài tại điểm 2 mục II Hướng dẫn này 03 buổi/tuần (sáng thứ Hai, sáng thứ Tư, chiều "
                    "thứ Sáu), mỗi buổi từ 10 đến 15 phút."),
         P("III.1", "+ Các xã có tỷ lệ hồ sơ trực tuyến Quý I dưới 50% phát 05 buổi/tuần, từ thứ Hai đến thứ Sáu.",
           "t"),
         P("III.1", "+ Thôn, bản vùng đồng bào dân tộc thiểu số phát lại bằng tiếng Tày, tiếng Nùng (nơi có phát "
                    "thanh viên).", "t"),
         P("III.2", "**2. Lịch phát các bài theo tháng**"),
         P("III.2", "Các xã, phường bố trí phát theo lịch sau:"),
         ("table", "III.2", C_SCHEDULE_HEADER, C_SCHEDULE),
         P("III.3", "**3. Trên Trang thông tin điện tử và mạng xã hội**"),
         P("III.3", "- Đăng tải toàn văn 06 bài tại chuyên mục dịch vụ công của Trang thông tin điện tử xã, phường "
                    "và chia sẻ lên nhóm Zalo của thôn, tổ dân phố, ít nhất 01 bài/tuần."),
         P("III.4", "**4. Tuyên truyền trực quan**"),
         P("III.4", "- Mỗi xã, phường treo ít nhất 05 băng rôn với các khẩu hiệu tại điểm 3 mục II ở trụ sở, nhà "
                    "văn hóa thôn và khu vực chợ; hoàn thành trước ngày 15/4/2026."),
         P("IV", "**IV. TỔ CHỨC THỰC HIỆN**"),
         P("IV.1", "**1. " + C_UNIT + "**"),
         P("IV.1", "- Là đầu mối theo dõi, hướng dẫn các xã, phường thực hiện Hướng dẫn này; tổng hợp kết quả, báo "
                   "cáo Giám đốc Sở trước ngày 05/7/2026."),
         P("IV.1", "- Phối hợp với Văn phòng Ủy ban nhân dân tỉnh cập nhật số liệu dịch vụ công trực tuyến để điều "
                   "chỉnh nội dung bài phát thanh khi cần."),
         P("IV.2", "**2. Ủy ban nhân dân các xã, phường**"),
         P("IV.2", "- Giao công chức Văn hóa - Xã hội tổ chức phát các bài theo lịch tại điểm 2 mục III; ghi nhật "
                   "ký phát thanh hằng ngày."),
         P("IV.2", "- Báo cáo kết quả tuyên truyền Quý II về Sở Văn hóa, Thể thao và Du lịch (qua " + C_UNIT +
                   ") trước ngày 25/6/2026."),
         P("IV.3", "**3. Đề nghị Báo và Phát thanh, Truyền hình Lam Điền**"),
         P("IV.3", "- Phát lại Bài 1 và Bài 4 trên sóng phát thanh của tỉnh trong chương trình thời sự buổi trưa, "
                   "mỗi bài 02 lần trong tháng phát tương ứng."),
         P("closing", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị liên hệ " + C_UNIT +
                      " (đồng chí Lã Thị Bích Ngân, điện thoại: 0233 3812 459) để được hướng dẫn./."),
         ("lh", "signature",
          ["**Nơi nhận:**", "- Như trên;", "- UBND tỉnh (b/c);", "- Văn phòng UBND tỉnh;", "- Giám đốc Sở;",
           "- Lưu: VT, BCXB&TTCS."],
          ["**KT. GIÁM ĐỐC**", "**PHÓ GIÁM ĐỐC**", "", "", "**Ninh Văn Khải**"])]
    return b


# =========================================================================================================
# gold text per section (for the checker)
# =========================================================================================================
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
        elif bl[0] == "table":
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out.append((bl[1], " ".join(r)))
                out += [(bl[1], c) for c in r]
    return out


# =========================================================================================================
# renderers
# =========================================================================================================
def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 9, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx(path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
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
    cp.author, cp.title = "UBND tỉnh Lam Điền", "Chỉ thị 04/CT-UBND năm 2026"
    cp.created = cp.modified = datetime.datetime(2026, 2, 9, 8, 0, 0)
    cp.last_modified_by = "VT"
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
        else:
            text, fmt = bl[2], bl[3]
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            if "c" in fmt:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.27)
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue()))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "", 8.5)
            self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="R")

    pdf = Doc(format="A4")
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2026, 4, 17, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("VP UBND tỉnh Lam Điền")
    pdf.set_title("TB kết luận Hội nghị sơ kết CCHC, CĐS Quý I/2026")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    for bl in doc_b():
        if bl[0] == "newpage":
            pdf.add_page()
        elif bl[0] == "lh" and bl[1] == "header":
            y0 = pdf.get_y()
            lw = 66
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 5.2 * k)
                pdf.set_font("dv", "B" if k < 2 else "", 10)
                pdf.cell(lw, 5.2, line, align="C")
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + lw, y0 + 5.2 * k)
                pdf.set_font("dv", "I" if k == 2 else "B", 10)
                pdf.cell(W - lw, 5.2, line, align="C")
            pdf.line(pdf.l_margin + 22, y0 + 10.6, pdf.l_margin + 44, y0 + 10.6)
            pdf.line(pdf.l_margin + lw + 28, y0 + 10.6, pdf.l_margin + lw + 72, y0 + 10.6)
            pdf.set_y(y0 + 5.2 * 3 + 6)
        elif bl[0] == "lh":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            y0 = pdf.get_y()
            for k, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin, y0 + 4.6 * k)
                pdf.set_font("dv", "B" if k == 0 else "", 9 if k else 10)
                pdf.cell(78, 4.6, line)
            for k, line in enumerate(bl[3]):
                pdf.set_xy(pdf.l_margin + 78, y0 + 5.2 * k)
                pdf.set_font("dv", "B", 10.5)
                pdf.cell(W - 78, 5.2, line, align="C")
            pdf.set_y(y0 + 5.2 * len(bl[3]) + 2)
        elif bl[0] == "p":
            text, fmt = bl[2], bl[3]
            style = "B" if "b" in fmt else ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 12 if text == "THÔNG BÁO" else 10.5)
            pdf.set_x(pdf.l_margin)
            if "c" in fmt:
                pdf.multi_cell(W, 5.6, text, align="C")
            elif "h" in fmt or text.endswith(":") and len(text) < 60:
                pdf.multi_cell(W, 5.6, text, align="L")
            else:
                pdf.multi_cell(W, 5.6, "      " + text, align="J")
            pdf.ln(1.2)
        else:
            _, s, header, rows = bl
            pdf.set_font("dv", "", 9.5)
            head_style = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
            with pdf.table(col_widths=(12, 46, 24, 24, 28, 30),
                           text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                           headings_style=head_style, line_height=5.2) as table:
                for row in [header] + rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
    pdf.output(path)


def _grid(rows, header=None, widths=None):
    """A pandoc grid table; every cell is one line of text (or several lines for two-column blocks)."""
    ncol = len((header or rows[0]))
    if widths is None:
        widths = [max(len(x) for x in col) for col in zip(*([header] if header else []) + rows)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [sep]

    def line(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    if header:
        out += [line(header), hsep]
    for r in rows:
        if isinstance(r[0], list):  # multi-line cells
            n = max(len(c) for c in r)
            for k in range(n):
                out.append(line([c[k] if k < len(c) else "" for c in r]))
        else:
            out.append(line(r))
        out.append(sep)
    assert ncol
    return "\n".join(out)


def build_md(path):
    parts = []
    prev_tight = False
    for bl in doc_c():
        if bl[0] == "lh":
            left, right = bl[2], bl[3]
            w = [max(len(x) for x in left), max(len(x) for x in right)]
            parts.append(("block", _grid([[left, right]], widths=w)))
            prev_tight = False
        elif bl[0] == "table":
            parts.append(("block", _grid(bl[3], header=bl[2])))
            prev_tight = False
        else:
            text, fmt = bl[2], bl[3]
            if text.startswith("**") and text.endswith("**") and bl[1] == "header":
                pass
            tight = "t" in fmt
            parts.append(("tight" if tight and prev_tight else "block", text))
            prev_tight = tight or text == "Kính gửi:" or text.startswith("- Phát các bài")
    out = []
    for i, (mode, text) in enumerate(parts):
        if i == 0:
            out.append(text)
        elif mode == "tight":
            out.append("\n" + text)
        else:
            out.append("\n\n" + text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out) + "\n")


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOC_A))
    build_pdf(os.path.join(CORPUS, DOC_B))
    build_md(os.path.join(CORPUS, DOC_C))
    for n in (DOC_A, DOC_B, DOC_C):
        print(n, os.path.getsize(os.path.join(CORPUS, n)))


if __name__ == "__main__":
    main()
