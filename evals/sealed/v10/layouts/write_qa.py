# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v10 (hand-written items; SEALED).

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-so-noi-vu-khanh-lam-ke-hoach-57-to-chuc-hoi-nghi-cong-bo-chi-so.docx"
B = "2026-ubnd-tinh-khanh-lam-ke-hoach-18-ung-dung-cntt-cds-2026-2030.pdf"
C = "2026-ubnd-tinh-khanh-lam-cong-van-1146-chan-chinh-giai-quyet-tthc.txt"
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}
ITEMS = []
_n = {}


def it(kind, q, ans, mi, doc=None, sec=None, ev=None):
    _n[kind] = _n.get(kind, 0) + 1
    ITEMS.append({"id": f"l10-{PREFIX[kind]}-{_n[kind]:03d}", "question": q, "kind": kind, "answer": ans,
                  "must_include": mi, "document": doc, "section": sec, "evidence": ev})


def multi(kind, q, ans, mi, refs):
    it(kind, q, ans, mi, [r[0] for r in refs], [r[1] for r in refs], [r[2] for r in refs])


def un(q, ans):
    it("unanswerable", q, ans, [])


# ------------------------------------------------------------------------------------------------ lead
it("lead", "hn công bố chỉ số cchc 17/4 ai tuyên bố lý do, giới thiệu đại biểu vậy ạ",
   "Bà Lục Thị Bảo Ngọc, Phó Giám đốc Sở Nội vụ.", ["Lục Thị Bảo Ngọc"], A, "3.2.2",
   "Tuyên bố lý do, giới thiệu đại biểu")
it("lead", "ai công bố QĐ 615 tại hội nghị ạ",
   "Ông Kiều Văn Lộc, Giám đốc Sở Nội vụ, công bố Quyết định số 615/QĐ-UBND.", ["Kiều Văn Lộc"], A, "3.2.4",
   "Ông Kiều Văn Lộc, Giám đốc Sở Nội vụ")
it("lead", "ad ơi phần báo cáo kết quả SIPAS 2025 ở hội nghị do ai trình bày",
   "Ông Kiều Văn Lộc, Giám đốc Sở Nội vụ (ô người thực hiện gộp với mục công bố Quyết định 615).",
   ["Kiều Văn Lộc"], A, "3.2.5", "Ông Kiều Văn Lộc, Giám đốc Sở Nội vụ")
it("lead", "kế hoạch 18 giao ai trang bị thiết bị họp trực tuyến cho 46 xã phường",
   "Văn phòng Ủy ban nhân dân tỉnh chủ trì; hoàn thành trong năm 2026.", ["Văn phòng Ủy ban nhân dân tỉnh"], B,
   "C.I.1.b", "Văn phòng Ủy ban nhân dân tỉnh chủ trì; hoàn thành trong năm 2026.")
it("lead", "theo KH 18/KH-UBND thì Đề án 06 đơn vị nào chủ trì",
   "Công an tỉnh chủ trì.", ["Công an tỉnh"], B, "C.I.2.b",
   "Công an tỉnh chủ trì; Sở Tư pháp, Bảo hiểm xã hội tỉnh phối hợp; thực hiện hằng năm.")
it("lead", "hệ thống đánh giá sự hài lòng theo thời gian thực tại một cửa ai làm",
   "Sở Nội vụ chủ trì, thời gian năm 2026.", ["Sở Nội vụ"], B, "C.I.3.c",
   "Sở Nội vụ chủ trì; thời gian: năm 2026.")
it("lead", "dự án IOC giai đoạn 2 đơn vị nào thực hiện",
   "Sở Khoa học và Công nghệ (2027 - 2029).", ["Sở Khoa học và Công nghệ"], B, "Phụ lục I.III.12",
   "Trung tâm giám sát, điều hành thông minh (IOC) giai đoạn 2")
it("lead", "cơ sở dữ liệu đất đai dùng chung trong phụ lục KH 18 giao ai",
   "Sở Nông nghiệp và Môi trường.", ["Sở Nông nghiệp và Môi trường"], B, "Phụ lục I.II.9",
   "Sở Nông nghiệp và Môi trường")
it("lead", "cv 1146 giao ai chủ trì lắp khu vực tự phục vụ đợt 1",
   "Trung tâm Phục vụ hành chính công tỉnh chủ trì (phối hợp Bưu điện tỉnh).",
   ["Trung tâm Phục vụ hành chính công tỉnh"], C, "4",
   "Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp Bưu điện tỉnh hoàn thành lắp đặt Khu vực tự phục "
   "vụ tại 20 xã, phường đợt 1 trước ngày 31/8/2026")
it("lead", "theo công văn chấn chỉnh thì ai hướng dẫn kiểm tra việc số hóa ở cấp xã",
   "Văn phòng Ủy ban nhân dân tỉnh chủ trì.", ["Văn phòng Ủy ban nhân dân tỉnh"], C, "3.a",
   "Văn phòng Ủy ban nhân dân tỉnh chủ trì hướng dẫn, kiểm tra việc số hóa tại cấp xã")
it("lead", "04 lớp tập huấn một cửa tháng 6/2026 do ai tổ chức",
   "Sở Nội vụ chủ trì (phối hợp Văn phòng Ủy ban nhân dân tỉnh).", ["Sở Nội vụ"], C, "6",
   "Sở Nội vụ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh tổ chức 04 lớp tập huấn nghiệp vụ một cửa")
it("lead", "ai lo đường truyền kết nối 46 điểm cầu cho hội nghị",
   "Sở Khoa học và Công nghệ chủ trì bảo đảm hạ tầng kết nối trực tuyến.", ["Sở Khoa học và Công nghệ"], A, "4.3",
   "Chủ trì bảo đảm hạ tầng kết nối trực tuyến từ điểm cầu tỉnh đến 46 điểm cầu xã, phường")
it("lead", "mô hình khu vực tự phục vụ trưng bày ở sảnh hội trường là đơn vị nào làm",
   "Trung tâm Phục vụ hành chính công tỉnh.", ["Trung tâm Phục vụ hành chính công tỉnh"], A, "4.4",
   "Trưng bày mô hình Khu vực tự phục vụ (máy tra cứu, máy lấy số, ki-ốt nộp hồ sơ) tại sảnh Hội trường")
it("lead", "tham luận về đề án 06 ở hội nghị thì đơn vị nào trình bày",
   "Công an tỉnh.", ["Công an tỉnh"], A, "Phụ lục.1",
   "Kết quả triển khai Đề án 06 và tái sử dụng dữ liệu dân cư trong giải quyết thủ tục hành chính")
it("lead", "phụ lục KH 18 ghi đơn vị thực hiện diễn tập thực chiến attt cấp tỉnh là ai",
   "Công an tỉnh; Sở Khoa học và Công nghệ.", ["Công an tỉnh; Sở Khoa học và Công nghệ"], B, "Phụ lục I.IV.18",
   "Công an tỉnh; Sở Khoa học và Công nghệ")

# ------------------------------------------------------------------------------------------------ coordinators
it("coordinators", "nâng cấp trung tâm dữ liệu tỉnh lên đám mây thì sở KHCN phối hợp với ai",
   "Phối hợp Sở Tài chính.", ["Sở Tài chính"], B, "C.I.1.a",
   "Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Tài chính; thời gian: 2026 - 2027.")
it("coordinators", "đề án 06 trong kế hoạch 18 có những đơn vị nào phối hợp",
   "Sở Tư pháp, Bảo hiểm xã hội tỉnh phối hợp với Công an tỉnh.", ["Sở Tư pháp, Bảo hiểm xã hội tỉnh"], B,
   "C.I.2.b", "Công an tỉnh chủ trì; Sở Tư pháp, Bảo hiểm xã hội tỉnh phối hợp; thực hiện hằng năm.")
it("coordinators", "số hóa hồ sơ còn tồn theo KH 18 ai phối hợp với sở khcn",
   "Văn phòng Ủy ban nhân dân tỉnh và Ủy ban nhân dân các xã, phường.",
   ["Văn phòng Ủy ban nhân dân tỉnh và Ủy ban nhân dân các xã, phường"], B, "C.I.2.a",
   "Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh và Ủy ban nhân dân các xã, "
   "phường; thời gian: 2026 - 2027.")
it("coordinators", "tổ công nghệ số cộng đồng thì đơn vị nào phối hợp với Sở KH&CN",
   "Tỉnh đoàn phối hợp.", ["Tỉnh đoàn"], B, "C.I.4.b",
   "Sở Khoa học và Công nghệ chủ trì, Tỉnh đoàn phối hợp.")
it("coordinators", "lắp khu vực tự phục vụ theo cv 1146 phối hợp với đơn vị nào",
   "Bưu điện tỉnh.", ["Bưu điện tỉnh"], C, "4",
   "Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp Bưu điện tỉnh")
it("coordinators", "kích hoạt định danh mức 2 lưu động công an phối hợp với ai",
   "Ủy ban nhân dân các xã, phường.", ["Ủy ban nhân dân các xã, phường"], C, "5",
   "Công an tỉnh chủ trì, phối hợp Ủy ban nhân dân các xã, phường tổ chức kích hoạt tài khoản định danh điện tử "
   "mức độ 2 lưu động tại thôn, bản")
it("coordinators", "lớp tập huấn nghiệp vụ một cửa T6/2026 sở nội vụ phối hợp với ai",
   "Văn phòng Ủy ban nhân dân tỉnh.", ["Văn phòng Ủy ban nhân dân tỉnh"], C, "6",
   "Sở Nội vụ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh")
it("coordinators", "chạy thử kết nối hội nghị sở khcn phối hợp với nhà mạng nào",
   "VNPT Khánh Lam.", ["VNPT Khánh Lam"], A, "4.3",
   "phối hợp VNPT Khánh Lam chạy thử kết nối vào 14 giờ 00 ngày 16/4/2026")
it("coordinators", "bài phát biểu khai mạc kết luận của chủ tịch tỉnh thì ai phối hợp sở nội vụ chuẩn bị",
   "Văn phòng Ủy ban nhân dân tỉnh.", ["Văn phòng Ủy ban nhân dân tỉnh"], A, "4.2",
   "Phối hợp Sở Nội vụ chuẩn bị bài phát biểu khai mạc, kết luận của Chủ tịch Ủy ban nhân dân tỉnh")
it("coordinators", "giám sát an toàn thông tin SOC thì công an tỉnh có vai trò gì",
   "Công an tỉnh phối hợp; Sở Khoa học và Công nghệ chủ trì.", ["Công an tỉnh phối hợp"], B, "C.I.5",
   "Sở Khoa học và Công nghệ chủ trì, Công an tỉnh phối hợp.")

# ------------------------------------------------------------------------------------------------ timing
it("timing", "hội nghị công bố chỉ số cchc năm 2025 tổ chức hôm nào mấy giờ",
   "Từ 07 giờ 30 phút, thứ Sáu, ngày 17/4/2026 (01 buổi).", ["07 giờ 30 phút", "17/4/2026"], A, "2.1",
   "2.1. Thời gian: 01 buổi, từ 07 giờ 30 phút, thứ Sáu, ngày 17/4/2026.")
it("timing", "chạy thử kết nối điểm cầu lúc nào",
   "14 giờ 00 ngày 16/4/2026.", ["14 giờ 00 ngày 16/4/2026"], A, "4.3",
   "phối hợp VNPT Khánh Lam chạy thử kết nối vào 14 giờ 00 ngày 16/4/2026")
it("timing", "3 xã cuối bảng gửi báo cáo giải trình cho SNV hạn chót ngày nào",
   "Trước ngày 14/4/2026 (tối đa 04 trang).", ["14/4/2026"], A, "4.6",
   "Xã Nà Lìu, xã Rẫy Mít, xã Khe Lau chuẩn bị báo cáo giải trình (tối đa 04 trang), gửi Sở Nội vụ trước ngày "
   "14/4/2026.")
it("timing", "giấy mời hội nghị phát hành trước ngày mấy",
   "Trước ngày 13/4/2026.", ["13/4/2026"], A, "4.1",
   "Phát hành giấy mời, tổng hợp danh sách đại biểu trước ngày 13/4/2026")
it("timing", "hiệp hội doanh nghiệp gửi bài tham luận hạn khi nào",
   "Hạn gửi bài: 13/4/2026.", ["13/4/2026"], A, "Phụ lục.6",
   "Đánh giá của doanh nghiệp về thủ tục hành chính và Chỉ số PCI")
it("timing", "danh mục dữ liệu mở phải ban hành trước ngày nào",
   "Trước ngày 30/6/2026.", ["30/6/2026"], B, "C.I.2.c",
   "ban hành danh mục dữ liệu mở trước ngày 30/6/2026")
it("timing", "theo KH 18 báo cáo năm của sở ngành xã phường gửi sở KHCN trước ngày nào",
   "Trước ngày 30/11 (báo cáo 6 tháng trước ngày 15/6).", ["30/11"], B, "E.5",
   "báo cáo kết quả 6 tháng (trước ngày 15/6) và năm (trước ngày 30/11) về Sở Khoa học và Công nghệ.")
it("timing", "kế hoạch CNTT hằng năm của đơn vị phải xây dựng xong khi nào",
   "Trước ngày 31/10 của năm trước.", ["31/10"], B, "E.5",
   "xây dựng kế hoạch CNTT hằng năm của đơn vị trước ngày 31/10 của năm trước")
it("timing", "quy định tiếp nhận hồ sơ trực tuyến trong 08 giờ áp dụng từ ngày nào",
   "Thực hiện ngay từ ngày 15/5/2026.", ["15/5/2026"], C, "2",
   "Thời hạn: thực hiện ngay từ ngày 15/5/2026.")
it("timing", "xã Cồn Nhạn phải khắc phục hồ sơ quá hạn xong trước ngày nào",
   "Hạn khắc phục: 15/6/2026.", ["15/6/2026"], C, "Phụ lục.4", "Xã Cồn Nhạn")
it("timing", "báo cáo đầu tiên theo công văn 1146 gửi trước ngày nào",
   "Trước ngày 20/5/2026.", ["20/5/2026"], C, "8", "báo cáo đầu tiên gửi trước ngày 20/5/2026.")
it("timing", "nâng cấp hệ thống thông tin giải quyết tthc tỉnh làm trong thời gian nào",
   "2026 - 2027.", ["2026 - 2027"], B, "C.I.3.a",
   "Văn phòng Ủy ban nhân dân tỉnh chủ trì, Sở Khoa học và Công nghệ phối hợp; thời gian: 2026 - 2027.")
it("timing", "phóng sự về hội nghị phát lúc nào",
   "Trong chương trình thời sự tối ngày 17/4/2026.", ["tối ngày 17/4/2026"], A, "4.5",
   "phát sóng phóng sự về Hội nghị trong chương trình thời sự tối ngày 17/4/2026.")

# ------------------------------------------------------------------------------------------------ frequency
it("frequency", "nhân viên hướng dẫn ở khu vực tự phục vụ có mặt những ngày nào trong tuần",
   "Các ngày thứ Hai, thứ Tư, thứ Sáu hằng tuần.", ["thứ Hai, thứ Tư, thứ Sáu hằng tuần"], C, "4",
   "bố trí nhân viên hướng dẫn tại Khu vực tự phục vụ vào các ngày thứ Hai, thứ Tư, thứ Sáu hằng tuần.")
it("frequency", "thành viên tổ công nghệ số cộng đồng được tập huấn mấy lần một năm",
   "02 lần/năm.", ["02 lần/năm"], B, "C.I.4.b", "tập huấn cho thành viên 02 lần/năm")
it("frequency", "diễn tập thực chiến an toàn thông tin bao lâu làm một lần",
   "02 năm/lần.", ["02 năm/lần"], B, "C.I.5", "diễn tập thực chiến an toàn thông tin 02 năm/lần")
it("frequency", "bồi dưỡng kỹ năng số cho công chức cấp xã tối thiểu mấy lớp",
   "Tối thiểu 01 lớp/năm cho mỗi cụm xã, thực hiện hằng năm.", ["01 lớp/năm"], B, "C.I.4.a",
   "tối thiểu 01 lớp/năm cho mỗi cụm xã")
it("frequency", "cv 1146 bắt báo cáo kết quả bao lâu 1 lần",
   "Hằng tháng, trước ngày 20 của tháng, về Văn phòng Ủy ban nhân dân tỉnh.", ["hằng tháng, trước ngày 20"], C,
   "8", "Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng tháng, trước ngày 20 của tháng")
it("frequency", "kết quả hồ sơ trực tuyến số hóa được công khai trên cổng dvc bao lâu một lần",
   "Hằng tháng (Văn phòng Ủy ban nhân dân tỉnh công khai trên Cổng Dịch vụ công tỉnh).", ["hằng tháng"], B, "E.4",
   "công khai kết quả hằng tháng trên Cổng Dịch vụ công tỉnh.")
it("frequency", "sở khcn báo cáo ubnd tỉnh kết quả thực hiện KH 18 định kỳ thế nào",
   "Hằng năm trước ngày 10/12 (Sở Khoa học và Công nghệ báo cáo Ủy ban nhân dân tỉnh).", ["hằng năm trước ngày 10/12"], B, "E.1",
   "tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm trước ngày 10/12.")

# ------------------------------------------------------------------------------------------------ fact
it("fact", "kế hoạch tổ chức hội nghị công bố chỉ số của sở nội vụ số mấy",
   "Kế hoạch số 57/KH-SNV ngày 01/4/2026.", ["57/KH-SNV"], A, "header", "Số: 57/KH-SNV")
it("fact", "ai ký kế hoạch tổ chức hội nghị",
   "Giám đốc Sở Nội vụ Kiều Văn Lộc.", ["Kiều Văn Lộc"], A, "signature", "Kiều Văn Lộc")
it("fact", "KH 18/KH-UBND về cntt chính quyền số ai ký",
   "KT. Chủ tịch, Phó Chủ tịch Âu Thị Thanh Hảo.", ["Âu Thị Thanh Hảo"], B, "signature", "Âu Thị Thanh Hảo")
it("fact", "công văn 1146/UBND-KSTT ban hành ngày nào",
   "Ngày 11 tháng 5 năm 2026.", ["11 tháng 5 năm 2026"], C, "header", "Khánh Lam, ngày 11 tháng 5 năm 2026")
it("fact", "hội nghị tổ chức ở đâu vậy mn",
   "Hội trường Lam Giang, Trung tâm Hội nghị tỉnh (số 12 đường Lê Thánh Tông, phường Bến Cói).",
   ["Hội trường Lam Giang"], A, "2.2",
   "2.2. Địa điểm: Hội trường Lam Giang, Trung tâm Hội nghị tỉnh (số 12 đường Lê Thánh Tông, phường Bến Cói).")
it("fact", "hội nghị họp trực tiếp hay online",
   "Trực tiếp tại điểm cầu tỉnh, kết hợp trực tuyến đến 46 điểm cầu Ủy ban nhân dân các xã, phường.",
   ["46 điểm cầu"], A, "2.3",
   "2.3. Hình thức: trực tiếp tại điểm cầu tỉnh, kết hợp trực tuyến đến 46 điểm cầu Ủy ban nhân dân các xã, "
   "phường.")
it("fact", "ai chủ trì hội nghị công bố chỉ số",
   "Ông Trịnh Bá Khang, Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo CCHC và CĐS tỉnh.",
   ["Trịnh Bá Khang"], A, "2.4",
   "2.4. Chủ trì: Ông Trịnh Bá Khang, Chủ tịch Ủy ban nhân dân tỉnh")
it("fact", "có vướng mắc về hội nghị thì gọi sđt nào",
   "Bà Văn Thị Kim Oanh, Phòng Cải cách hành chính Sở Nội vụ, điện thoại 0259 3 741 806.",
   ["0259 3 741 806"], A, "closing", "điện thoại 0259 3 741 806")
it("fact", "đầu mối liên hệ của công văn 1146 là ai",
   "Ông Giáp Văn Bảo, Phòng Kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh, điện thoại 0259 3 742 115.",
   ["Giáp Văn Bảo", "0259 3 742 115"], C, "closing",
   "Đầu mối liên hệ: ông Giáp Văn Bảo, Phòng Kiểm soát thủ tục hành chính")
it("fact", "quyết định phê duyệt kết quả chỉ số cchc 2025 số mấy",
   "Quyết định số 615/QĐ-UBND ngày 27/3/2026 của Ủy ban nhân dân tỉnh.", ["615/QĐ-UBND"], A, "preamble",
   "Căn cứ Quyết định số 615/QĐ-UBND ngày 27/3/2026 của Ủy ban nhân dân tỉnh phê duyệt kết quả Chỉ số cải cách "
   "hành chính năm 2025")
it("fact", "tài liệu hội nghị có in giấy không",
   "Không; tài liệu gửi đại biểu qua Hệ thống quản lý văn bản và điều hành, không in sao giấy.",
   ["Hệ thống quản lý văn bản và điều hành"], A, "1.2",
   "tài liệu gửi đại biểu qua Hệ thống quản lý văn bản và điều hành, không in sao giấy.")
it("fact", "thủ trưởng vắng hội nghị thì phải làm gì",
   "Không cử cấp phó dự thay; phải báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15/4/2026.",
   ["15/4/2026"], A, "1.2",
   "trường hợp vắng mặt phải báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15/4/2026.")

# ------------------------------------------------------------------------------------------------ figure
it("figure", "PAR INDEX 2025 của tỉnh được bao nhiêu, xếp thứ mấy",
   "Đạt 87,64%, xếp thứ 12/34 tỉnh, thành phố.", ["87,64%", "12/34"], A, "3.1",
   "Kết quả Chỉ số cải cách hành chính của tỉnh (PAR INDEX) năm 2025 đạt 87,64%, xếp thứ 12/34 tỉnh, thành phố")
it("figure", "chỉ số sipas năm 2025 tỉnh mình bao nhiêu %",
   "83,91%, xếp thứ 20/34.", ["83,91%"], A, "3.1", "Chỉ số SIPAS năm 2025 đạt 83,91%, xếp thứ 20/34.")
it("figure", "xã nào thấp nhất chỉ số cchc 2025, được bao nhiêu",
   "xã Nà Lìu (68,02%).", ["xã Nà Lìu (68,02%)"], A, "3.1", "thấp nhất là xã Nà Lìu (68,02%)")
it("figure", "tổng kinh phí kế hoạch ứng dụng cntt 2026-2030 dự kiến bao nhiêu",
   "327.200 triệu đồng.", ["327.200 triệu đồng"], B, "D.2",
   "Tổng kinh phí dự kiến giai đoạn 2026 - 2030: 327.200 triệu đồng")
it("figure", "ngân sách tỉnh bố trí năm 2027 cho kế hoạch 18 là bao nhiêu",
   "52.600 triệu đồng (tổng năm 2027: 77.900 triệu đồng).", ["52.600"], B, "D.3",
   "2027 15.000 52.600 6.800 3.500 77.900")
it("figure", "kinh phí tổ chức hội nghị hết bao nhiêu, lấy nguồn nào",
   "68,5 triệu đồng, từ nguồn kinh phí cải cách hành chính năm 2026 đã giao Sở Nội vụ.", ["68,5 triệu đồng"], A,
   "5", "Kinh phí tổ chức Hội nghị là 68,5 triệu đồng, từ nguồn kinh phí cải cách hành chính năm 2026")
it("figure", "điểm cầu tỉnh dự kiến bao nhiêu đại biểu",
   "160 người.", ["160 người"], A, "2.5.1", "Tổng số đại biểu dự kiến tại điểm cầu tỉnh: 160 người.")
it("figure", "tháng 4/2026 toàn tỉnh còn bao nhiêu hồ sơ quá hạn",
   "1.318 hồ sơ giải quyết quá hạn, cấp xã chiếm 71%.", ["1.318 hồ sơ", "71%"], C, "preamble",
   "Trong tháng 4/2026, toàn tỉnh còn 1.318 hồ sơ giải quyết quá hạn, trong đó cấp xã chiếm 71%")
it("figure", "năm 2025 tỷ lệ hồ sơ nộp trực tuyến đạt bao nhiêu theo KH 18",
   "61,4%.", ["61,4%"], B, "A.I.2", "năm 2025 tỷ lệ hồ sơ TTHC nộp trực tuyến đạt 61,4%")
it("figure", "xã nà lìu tỷ lệ số hóa được bao nhiêu",
   "41,5% (tỷ lệ đúng hạn 81,2%).", ["41,5%"], C, "Phụ lục.1", "41,5%")
it("figure", "nâng cấp trung tâm dữ liệu tỉnh dự kiến tốn bao nhiêu",
   "38.500 triệu đồng (ngân sách trung ương hỗ trợ và ngân sách tỉnh).", ["38.500"], B, "Phụ lục I.I.1",
   "Nâng cấp Trung tâm dữ liệu tỉnh theo mô hình điện toán đám mây")

# ------------------------------------------------------------------------------------------------ list
it("list", "công văn 1146 gửi những ai",
   "Các sở, ban, ngành tỉnh; Trung tâm Phục vụ hành chính công tỉnh; Ủy ban nhân dân các xã, phường.",
   ["Các sở, ban, ngành tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Ủy ban nhân dân các xã, phường"], C,
   "header", "- Trung tâm Phục vụ hành chính công tỉnh;")
it("list", "3 xã phải giải trình tại hội nghị là những xã nào",
   "Xã Nà Lìu, xã Rẫy Mít, xã Khe Lau.", ["xã Nà Lìu, xã Rẫy Mít, xã Khe Lau"], A, "3.2.10",
   "Giải trình của 03 xã có Chỉ số cải cách hành chính năm 2025 thấp nhất (xã Nà Lìu, xã Rẫy Mít, xã Khe Lau)")
it("list", "KH 18 nêu những tồn tại hạn chế gì",
   "Hồ sơ trực tuyến cấp xã vùng cao mới đạt 38,6%, nhiều người chưa có định danh mức 2; hệ thống các sở chưa "
   "kết nối đủ với LGSP, dữ liệu phân tán; thiếu nhân lực CNTT cấp xã (19/46 xã, phường chưa có công chức đại "
   "học CNTT).", ["38,6%", "LGSP", "19/46"], B, "A.II",
   "Tỷ lệ hồ sơ trực tuyến tại cấp xã vùng cao mới đạt 38,6%")
it("list", "nguồn kinh phí thực hiện kế hoạch 18 gồm những nguồn nào",
   "Ngân sách trung ương hỗ trợ; ngân sách tỉnh; ngân sách cấp xã; nguồn hợp pháp khác (xã hội hóa, thuê dịch vụ "
   "CNTT).", ["ngân sách trung ương hỗ trợ", "ngân sách cấp xã", "nguồn hợp pháp khác"], B, "D.1",
   "1. Nguồn kinh phí: ngân sách trung ương hỗ trợ; ngân sách tỉnh; ngân sách cấp xã; nguồn hợp pháp khác (xã "
   "hội hóa, thuê dịch vụ CNTT).")
it("list", "mô hình khu vực tự phục vụ trưng bày gồm những thiết bị gì",
   "Máy tra cứu, máy lấy số, ki-ốt nộp hồ sơ.", ["máy tra cứu, máy lấy số, ki-ốt nộp hồ sơ"], A, "4.4",
   "(máy tra cứu, máy lấy số, ki-ốt nộp hồ sơ)")
it("list", "ở điểm cầu xã phường thì thành phần dự gồm những ai",
   "Chủ tịch hoặc Phó Chủ tịch UBND xã, phường chủ trì; công chức Bộ phận Một cửa, công chức văn phòng - thống "
   "kê và thành viên Tổ công nghệ số cộng đồng.",
   ["công chức Bộ phận Một cửa", "Tổ công nghệ số cộng đồng"], A, "2.5.2",
   "công chức Bộ phận Một cửa, công chức văn phòng - thống kê và thành viên Tổ công nghệ số cộng đồng.")

# ------------------------------------------------------------------------------------------------ period
it("period", "kế hoạch 18 áp dụng cho giai đoạn nào",
   "Giai đoạn 2026 - 2030.", ["2026 - 2030"], B, "header",
   "trong hoạt động của cơ quan nhà nước tỉnh Khánh Lam giai đoạn 2026 - 2030")
multi("period", "hội nghị 17/4 kéo dài từ mấy giờ đến mấy giờ",
      "01 buổi, từ 07 giờ 30 phút đến 11 giờ 30 (bế mạc 11 giờ 25 - 11 giờ 30).",
      ["07 giờ 30 phút", "11 giờ 30"],
      [(A, "2.1", "2.1. Thời gian: 01 buổi, từ 07 giờ 30 phút, thứ Sáu, ngày 17/4/2026."),
       (A, "3.2.12", "11 giờ 25 - 11 giờ 30")])
multi("period", "phiên thứ nhất của hội nghị diễn ra trong khoảng thời gian nào",
      "Từ 07 giờ 30 đến 09 giờ 25 (mục 1 đến mục 7 của chương trình).", ["07 giờ 30", "09 giờ 25"],
      [(A, "3.2.1", "07 giờ 30 - 07 giờ 45"), (A, "3.2.7", "09 giờ 10 - 09 giờ 25")])

# ------------------------------------------------------------------------------------------------ count
it("count", "hội nghị có tất cả bao nhiêu bài tham luận",
   "6 bài tham luận (Phụ lục, STT 1 đến 6).", ["6"], A, "Phụ lục.6", "Hiệp hội Doanh nghiệp tỉnh")
it("count", "danh sách kèm cv 1146 có bao nhiêu xã phường",
   "7 xã, phường (STT 1 đến 7).", ["7"], C, "Phụ lục.7", "Xã Lam Hồ")
it("count", "hội nghị trao giấy khen cho bao nhiêu đơn vị",
   "05 sở, ngành và 06 xã, phường.", ["05 sở, ngành và 06 xã, phường"], A, "3.2.6",
   "Trao Giấy khen cho 05 sở, ngành và 06 xã, phường dẫn đầu Chỉ số cải cách hành chính năm 2025")
it("count", "sở nội vụ mở mấy lớp tập huấn một cửa kỹ năng số tháng 6",
   "04 lớp.", ["04 lớp"], C, "6", "tổ chức 04 lớp tập huấn nghiệp vụ một cửa, kỹ năng số cho công chức cấp xã")
it("count", "phụ lục I kế hoạch 18 có bao nhiêu nhiệm vụ dự án",
   "18 nhiệm vụ, dự án, chia 4 nhóm (I đến IV).", ["18"], B, "Phụ lục I.IV.18",
   "Diễn tập thực chiến an toàn thông tin mạng cấp tỉnh")

# ------------------------------------------------------------------------------------------------ abbreviation
it("abbreviation", "LGSP trong kế hoạch 18 là gì",
   "Nền tảng tích hợp, chia sẻ dữ liệu.", ["nền tảng tích hợp, chia sẻ dữ liệu"], B, "Phụ lục I.II.7",
   "nền tảng tích hợp, chia sẻ dữ liệu (LGSP)")
it("abbreviation", "SOC là viết tắt của gì ạ",
   "Giám sát an toàn thông tin tập trung.", ["Giám sát an toàn thông tin tập trung"], B, "C.I.5",
   "Giám sát an toàn thông tin tập trung (SOC)")
it("abbreviation", "IOC là cái gì",
   "Trung tâm giám sát, điều hành thông minh.", ["Trung tâm giám sát, điều hành thông minh"], B,
   "Phụ lục I.III.12", "Trung tâm giám sát, điều hành thông minh (IOC) giai đoạn 2")
it("abbreviation", "SIPAS là chỉ số gì vậy",
   "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
   ["sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"], A, "1.1",
   "kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
   "(SIPAS) năm 2025")
it("abbreviation", "PAPI là gì",
   "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh.", ["Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh"],
   A, "3.1", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)")
it("abbreviation", "DTI là chỉ số gì",
   "Chỉ số chuyển đổi số cấp tỉnh.", ["Chỉ số chuyển đổi số cấp tỉnh"], B, "A.I.3",
   "Chỉ số chuyển đổi số cấp tỉnh (DTI)")

# ------------------------------------------------------------------------------------------------ cross_document
multi("cross_document", "số hóa hồ sơ tthc còn tồn: KH 18 cho đến khi nào, còn cv 1146 bắt xã xong khi nào",
      "Kế hoạch 18: Sở Khoa học và Công nghệ chủ trì, thời gian 2026 - 2027; Công văn 1146: UBND các xã, phường "
      "hoàn thành trước ngày 30/9/2026.", ["2026 - 2027", "30/9/2026"],
      [(B, "C.I.2.a", "Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh và Ủy ban nhân "
                      "dân các xã, phường; thời gian: 2026 - 2027."),
       (C, "3.b", "Ủy ban nhân dân các xã, phường hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC còn tồn trước "
                  "ngày 30/9/2026")])
multi("cross_document", "20 xã phường đầu tiên có khu vực tự phục vụ: kế hoạch 18 nói năm nào, công văn chấn chỉnh "
      "hạn ngày nào",
      "Kế hoạch 18: 20 xã, phường trong năm 2026 (Trung tâm Phục vụ hành chính công tỉnh chủ trì); Công văn 1146: "
      "đợt 1 hoàn thành trước ngày 31/8/2026, phối hợp Bưu điện tỉnh.", ["trong năm 2026", "31/8/2026"],
      [(B, "C.I.3.b", "20 xã, phường trong năm 2026, các xã, phường còn lại trong năm 2027"),
       (C, "4", "hoàn thành lắp đặt Khu vực tự phục vụ tại 20 xã, phường đợt 1 trước ngày 31/8/2026")])
multi("cross_document", "kích hoạt định danh điện tử mức 2: KH 18 và cv 1146 giao ai, thời hạn ra sao",
      "Cả hai giao Công an tỉnh chủ trì: Kế hoạch 18 thực hiện hằng năm (phối hợp Sở Tư pháp, Bảo hiểm xã hội "
      "tỉnh); Công văn 1146 yêu cầu kích hoạt lưu động, hoàn thành trước ngày 30/6/2026 tại 03 xã xếp hạng cuối.",
      ["Công an tỉnh", "hằng năm", "30/6/2026"],
      [(B, "C.I.2.b", "Công an tỉnh chủ trì; Sở Tư pháp, Bảo hiểm xã hội tỉnh phối hợp; thực hiện hằng năm."),
       (C, "5", "hoàn thành trước ngày 30/6/2026 tại 03 xã xếp hạng cuối Chỉ số cải cách hành chính năm 2025.")])
multi("cross_document", "bồi dưỡng kỹ năng số cho công chức một cửa: KH 18 với cv 1146 khác gì",
      "Kế hoạch 18: Sở Nội vụ chủ trì, phối hợp Sở Khoa học và Công nghệ, tối thiểu 01 lớp/năm cho mỗi cụm xã, "
      "hằng năm; Công văn 1146: Sở Nội vụ phối hợp Văn phòng UBND tỉnh tổ chức 04 lớp trong tháng 6/2026.",
      ["01 lớp/năm", "04 lớp", "tháng 6/2026"],
      [(B, "C.I.4.a", "Sở Nội vụ chủ trì, phối hợp Sở Khoa học và Công nghệ; thực hiện hằng năm."),
       (C, "6", "tổ chức 04 lớp tập huấn nghiệp vụ một cửa, kỹ năng số cho công chức cấp xã trong tháng 6/2026")])
multi("cross_document", "chỉ tiêu hồ sơ trực tuyến năm 2026 là bao nhiêu, tháng 4 thực tế đạt bao nhiêu",
      "Chỉ tiêu năm 2026 (Phụ lục II Kế hoạch 18) là 65%; tháng 4/2026 thực tế đạt 58,9% (Công văn 1146).",
      ["65", "58,9%"],
      [(B, "Phụ lục II.1", "Tỷ lệ hồ sơ TTHC nộp trực tuyến (%) 65 70 74 77 80"),
       (C, "preamble", "tỷ lệ hồ sơ nộp trực tuyến đạt 58,9%, thấp hơn chỉ tiêu năm 2026 (65%)")])
multi("cross_document", "công văn 1146 thực hiện kết luận của hội nghị nào, hội nghị đó họp ở đâu",
      "Hội nghị công bố Chỉ số CCHC, Chỉ số hài lòng của người dân năm 2025 ngày 17/4/2026, tại Hội trường Lam "
      "Giang, Trung tâm Hội nghị tỉnh.", ["17/4/2026", "Hội trường Lam Giang"],
      [(C, "preamble", "Hội nghị công bố Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân năm 2025 ngày "
                       "17/4/2026"),
       (A, "2.2", "Hội trường Lam Giang, Trung tâm Hội nghị tỉnh")])
multi("cross_document", "xã Nà Lìu giải trình ở hội nghị rồi, giờ hạn khắc phục hồ sơ quá hạn là ngày nào",
      "Xã Nà Lìu giải trình tại Hội nghị (10 giờ 35 - 11 giờ 05 ngày 17/4/2026); theo Danh sách kèm Công văn 1146, "
      "hạn khắc phục là 31/5/2026 (142 hồ sơ quá hạn).", ["31/5/2026", "142"],
      [(A, "3.2.10", "Giải trình của 03 xã có Chỉ số cải cách hành chính năm 2025 thấp nhất"),
       (C, "Phụ lục.1", "Xã Nà Lìu")])
multi("cross_document", "ai quán triệt KH 18 ở hội nghị, còn KH 18 do ai ký",
      "Ông Diệp Minh Trí, Giám đốc Sở Khoa học và Công nghệ quán triệt; Kế hoạch 18 do Phó Chủ tịch Âu Thị Thanh "
      "Hảo ký.", ["Diệp Minh Trí", "Âu Thị Thanh Hảo"],
      [(A, "3.2.8", "Ông Diệp Minh Trí, Giám đốc Sở Khoa học và Công nghệ"),
       (B, "signature", "Âu Thị Thanh Hảo")])
multi("cross_document", "thiết bị họp trực tuyến 46 xã ai lo theo KH 18, còn kết nối hội nghị 17/4 ai chủ trì",
      "Kế hoạch 18: Văn phòng Ủy ban nhân dân tỉnh chủ trì trang bị thiết bị họp trực tuyến cho 46 xã, phường; Kế "
      "hoạch 57: Sở Khoa học và Công nghệ chủ trì bảo đảm kết nối 46 điểm cầu.",
      ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ"],
      [(B, "C.I.1.b", "Văn phòng Ủy ban nhân dân tỉnh chủ trì; hoàn thành trong năm 2026."),
       (A, "4.3", "Chủ trì bảo đảm hạ tầng kết nối trực tuyến từ điểm cầu tỉnh đến 46 điểm cầu xã, phường")])

# ------------------------------------------------------------------------------------------------ comparison
multi("comparison", "chế độ báo cáo của KH 18 và cv 1146 khác nhau sao",
      "Kế hoạch 18: báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 30/11) về Sở Khoa học và Công nghệ; Công văn 1146: "
      "báo cáo hằng tháng, trước ngày 20 của tháng, về Văn phòng Ủy ban nhân dân tỉnh.",
      ["trước ngày 30/11", "hằng tháng, trước ngày 20"],
      [(B, "E.5", "báo cáo kết quả 6 tháng (trước ngày 15/6) và năm (trước ngày 30/11) về Sở Khoa học và Công "
                  "nghệ."),
       (C, "8", "Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng tháng, trước ngày 20 của tháng, về Văn phòng Ủy "
                "ban nhân dân tỉnh")])
multi("comparison", "sipas 2025 so với chỉ tiêu sipas 2026 trong KH 18 thì thiếu bao nhiêu",
      "SIPAS 2025 đạt 83,91%, chỉ tiêu năm 2026 là 85%: còn thiếu 1,09 điểm phần trăm.", ["83,91%", "85"],
      [(A, "3.1", "Chỉ số SIPAS năm 2025 đạt 83,91%"),
       (B, "Phụ lục II.4", "Chỉ số SIPAS của tỉnh (%) 85 86 88 89 90")])
multi("comparison", "tỷ lệ hồ sơ trực tuyến tháng 4/2026 cao hơn hay thấp hơn năm 2025",
      "Thấp hơn: năm 2025 đạt 61,4% (Kế hoạch 18), tháng 4/2026 đạt 58,9% (Công văn 1146).", ["61,4%", "58,9%"],
      [(B, "A.I.2", "năm 2025 tỷ lệ hồ sơ TTHC nộp trực tuyến đạt 61,4%"),
       (C, "preamble", "tỷ lệ hồ sơ nộp trực tuyến đạt 58,9%")])
multi("comparison", "xã Nà Lìu với xã Rẫy Mít xã nào nhiều hồ sơ quá hạn hơn",
      "Xã Nà Lìu nhiều hơn: 142 hồ sơ, so với 118 hồ sơ của xã Rẫy Mít.", ["142", "118"],
      [(C, "Phụ lục.1", "Xã Nà Lìu"), (C, "Phụ lục.2", "Xã Rẫy Mít")])
multi("comparison", "thứ hạng PAR INDEX 2025 so với 2024 tăng hay giảm",
      "Tăng: năm 2024 xếp thứ 15/34, năm 2025 xếp thứ 12/34.", ["15/34", "12/34"],
      [(B, "A.I.3", "Chỉ số cải cách hành chính (PAR INDEX) năm 2024 xếp thứ 15/34"),
       (A, "3.1", "năm 2025 đạt 87,64%, xếp thứ 12/34 tỉnh, thành phố")])
multi("comparison", "tham luận của công an tỉnh được mấy phút, so với sở tư pháp",
      "Công an tỉnh 10 phút; Sở Tư pháp 07 phút.", ["10 phút", "07 phút"],
      [(A, "Phụ lục.1", "10 phút"), (A, "Phụ lục.2", "07 phút")])

# ------------------------------------------------------------------------------------------------ unit_duties
multi("unit_duties", "sở khcn phải làm gì cho hội nghị 17/4",
      "Chủ trì bảo đảm kết nối trực tuyến đến 46 điểm cầu xã, phường, phối hợp VNPT Khánh Lam chạy thử 14 giờ 00 "
      "ngày 16/4/2026; chuẩn bị nội dung quán triệt Kế hoạch 18 và kết quả Chỉ số DTI năm 2025.",
      ["46 điểm cầu", "Chỉ số DTI"],
      [(A, "4.3", "Chủ trì bảo đảm hạ tầng kết nối trực tuyến từ điểm cầu tỉnh đến 46 điểm cầu xã, phường"),
       (A, "4.3", "Chuẩn bị nội dung quán triệt Kế hoạch số 18/KH-UBND và kết quả Chỉ số DTI năm 2025.")])
multi("unit_duties", "VP UBND tỉnh có những việc gì trong công văn 1146",
      "Chủ trì hướng dẫn, kiểm tra việc số hóa tại cấp xã, phối hợp Sở KH&CN khắc phục lỗi đồng bộ dữ liệu số hóa; "
      "phối hợp Sở Nội vụ tổ chức tập huấn; nhận, tổng hợp báo cáo hằng tháng (qua Phòng Kiểm soát thủ tục hành "
      "chính).", ["hướng dẫn, kiểm tra việc số hóa", "Phòng Kiểm soát thủ tục hành chính"],
      [(C, "3.a", "Văn phòng Ủy ban nhân dân tỉnh chủ trì hướng dẫn, kiểm tra việc số hóa tại cấp xã"),
       (C, "6", "phối hợp Văn phòng Ủy ban nhân dân tỉnh tổ chức 04 lớp tập huấn"),
       (C, "8", "về Văn phòng Ủy ban nhân dân tỉnh (qua Phòng Kiểm soát thủ tục hành chính)")])
multi("unit_duties", "sở nội vụ được giao gì trong kế hoạch 18",
      "Đưa kết quả thực hiện Kế hoạch vào tiêu chí chấm điểm Chỉ số CCHC; chủ trì bồi dưỡng kỹ năng số cho cán bộ, "
      "công chức (01 lớp/năm mỗi cụm xã); chủ trì hệ thống đánh giá sự hài lòng theo thời gian thực năm 2026.",
      ["tiêu chí chấm điểm Chỉ số CCHC", "bồi dưỡng kỹ năng số", "đánh giá sự hài lòng theo thời gian thực"],
      [(B, "E.3", "Sở Nội vụ: đưa kết quả thực hiện Kế hoạch vào tiêu chí chấm điểm Chỉ số CCHC của các cơ quan, "
                  "đơn vị; chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức."),
       (B, "C.I.4.a", "Sở Nội vụ chủ trì, phối hợp Sở Khoa học và Công nghệ; thực hiện hằng năm."),
       (B, "C.I.3.c", "Triển khai hệ thống đánh giá sự hài lòng theo thời gian thực tại Bộ phận Một cửa các cấp")])
multi("unit_duties", "ubnd xã phường phải chuẩn bị gì cho hội nghị",
      "Bố trí phòng họp trực tuyến, cử công chức kỹ thuật trực tại điểm cầu từ 07 giờ 00 ngày 17/4/2026; xã Nà "
      "Lìu, Rẫy Mít, Khe Lau gửi báo cáo giải trình (tối đa 04 trang) trước 14/4/2026.",
      ["07 giờ 00 ngày 17/4/2026", "14/4/2026"],
      [(A, "4.6", "Bố trí phòng họp trực tuyến, cử công chức kỹ thuật trực tại điểm cầu từ 07 giờ 00 ngày "
                  "17/4/2026."),
       (A, "4.6", "gửi Sở Nội vụ trước ngày 14/4/2026.")])

# ------------------------------------------------------------------------------------------------ task_list
multi("task_list", "nhóm dữ liệu số trong phụ lục I KH 18 có những nhiệm vụ nào",
      "5 nhiệm vụ: số hóa hồ sơ, kết quả TTHC còn tồn; số hóa sổ hộ tịch; Kho dữ liệu dùng chung và LGSP 3.0; làm "
      "sạch, đồng bộ dữ liệu dân cư (Đề án 06); cơ sở dữ liệu đất đai dùng chung.",
      ["số hóa sổ hộ tịch", "Kho dữ liệu dùng chung", "Đề án 06"],
      [(B, "Phụ lục I.II.5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn"),
       (B, "Phụ lục I.II.6", "Số hóa sổ hộ tịch, cơ sở dữ liệu hộ tịch điện tử"),
       (B, "Phụ lục I.II.7", "Xây dựng Kho dữ liệu dùng chung của tỉnh"),
       (B, "Phụ lục I.II.8", "Làm sạch, đồng bộ dữ liệu dân cư với dữ liệu chuyên ngành (Đề án 06)"),
       (B, "Phụ lục I.II.9", "Cơ sở dữ liệu đất đai dùng chung, kết nối với Cơ sở dữ liệu quốc gia về đất đai")])
multi("task_list", "nhóm nhân lực số và an toàn thông tin gồm các nhiệm vụ gì",
      "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, công chức Bộ phận Một cửa; tập huấn Tổ công nghệ số cộng "
      "đồng; giám sát an toàn thông tin (SOC); diễn tập thực chiến an toàn thông tin mạng cấp tỉnh.",
      ["Tổ công nghệ số cộng đồng", "SOC", "Diễn tập thực chiến"],
      [(B, "Phụ lục I.IV.15", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"),
       (B, "Phụ lục I.IV.16", "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng"),
       (B, "Phụ lục I.IV.17", "Giám sát an toàn thông tin (SOC) cho hệ thống dùng chung của tỉnh"),
       (B, "Phụ lục I.IV.18", "Diễn tập thực chiến an toàn thông tin mạng cấp tỉnh")])
multi("task_list", "phiên thứ hai của hội nghị gồm những nội dung gì",
      "Quán triệt Kế hoạch số 18/KH-UBND; trình bày tham luận; giải trình của 03 xã thấp nhất; phát biểu kết luận, chỉ đạo "
      "nhiệm vụ năm 2026; bế mạc.", ["Quán triệt Kế hoạch số 18/KH-UBND", "tham luận", "Bế mạc"],
      [(A, "3.2.8", "Quán triệt Kế hoạch số 18/KH-UBND ngày 22/01/2026"),
       (A, "3.2.9", "Trình bày tham luận (theo Phụ lục kèm theo)"),
       (A, "3.2.10", "Giải trình của 03 xã có Chỉ số cải cách hành chính năm 2025 thấp nhất"),
       (A, "3.2.11", "Phát biểu kết luận, chỉ đạo nhiệm vụ năm 2026"),
       (A, "3.2.12", "Bế mạc Hội nghị")])

# ------------------------------------------------------------------------------------------------ no_diacritics
it("no_diacritics", "hoi nghi cong bo chi so cchc to chuc o dau vay",
   "Hội trường Lam Giang, Trung tâm Hội nghị tỉnh.", ["Hội trường Lam Giang"], A, "2.2",
   "Hội trường Lam Giang, Trung tâm Hội nghị tỉnh")
it("no_diacritics", "ai chu tri de an 06 trong ke hoach 18",
   "Công an tỉnh chủ trì.", ["Công an tỉnh"], B, "C.I.2.b", "Công an tỉnh chủ trì")
it("no_diacritics", "xa na liu con bao nhieu ho so qua han",
   "142 hồ sơ quá hạn (tháng 4/2026).", ["142"], C, "Phụ lục.1", "Xã Nà Lìu")
it("no_diacritics", "tong kinh phi ke hoach cds 2026 2030 bao nhieu",
   "327.200 triệu đồng.", ["327.200 triệu đồng"], B, "D.2", "327.200 triệu đồng")
it("no_diacritics", "han gui bai tham luan cua cong an tinh",
   "09/4/2026.", ["09/4/2026"], A, "Phụ lục.1", "Kết quả triển khai Đề án 06")
it("no_diacritics", "ho so truc tuyen phai tiep nhan trong bao lau",
   "Trong 08 giờ làm việc kể từ khi Hệ thống thông tin giải quyết TTHC tỉnh tiếp nhận.", ["08 giờ làm việc"], C,
   "2", "Bộ phận Một cửa các cấp tiếp nhận hồ sơ trực tuyến trong 08 giờ làm việc")
it("no_diacritics", "so hoa so ho tich ai lam, kinh phi bao nhieu",
   "Sở Tư pháp, năm 2026, kinh phí dự kiến 4.800 triệu đồng.", ["Sở Tư pháp", "4.800"], B, "Phụ lục I.II.6",
   "Số hóa sổ hộ tịch, cơ sở dữ liệu hộ tịch điện tử")
it("no_diacritics", "ai phat bieu ket luan hoi nghi",
   "Ông Trịnh Bá Khang, Chủ tịch Ủy ban nhân dân tỉnh.", ["Trịnh Bá Khang"], A, "3.2.11",
   "Phát biểu kết luận, chỉ đạo nhiệm vụ năm 2026")
it("no_diacritics", "nam 2026 chi tieu bao nhieu xa co khu vuc tu phuc vu",
   "20 xã, phường (năm 2027: 46).", ["20"], B, "Phụ lục II.6", "Số xã, phường có Khu vực tự phục vụ 20 46")
it("no_diacritics", "cv 1146 ai ky",
   "KT. Chủ tịch, Phó Chủ tịch Âu Thị Thanh Hảo.", ["Âu Thị Thanh Hảo"], C, "signature", "Âu Thị Thanh Hảo")

# ------------------------------------------------------------------------------------------------ english
it("english", "When is the conference announcing the 2025 PAR index results?",
   "On Friday 17/4/2026, from 07 giờ 30 phút (one session), at Hội trường Lam Giang.", ["17/4/2026"], A, "2.1",
   "từ 07 giờ 30 phút, thứ Sáu, ngày 17/4/2026.")
it("english", "Who leads the data centre cloud upgrade in the 2026-2030 IT plan?",
   "Sở Khoa học và Công nghệ leads, with Sở Tài chính, in 2026 - 2027.", ["Sở Khoa học và Công nghệ"], B,
   "C.I.1.a", "Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Tài chính")
it("english", "What was the province's SIPAS score for 2025?",
   "83,91%, ranked 20/34.", ["83,91%"], A, "3.1", "Chỉ số SIPAS năm 2025 đạt 83,91%")
it("english", "What share of applications should be submitted online by 2030?",
   "80% of administrative procedure files (Tỷ lệ hồ sơ TTHC nộp trực tuyến đạt 80%).", ["80%"], B, "B.II.1",
   "Tỷ lệ hồ sơ TTHC nộp trực tuyến đạt 80%")
it("english", "Which commune had the lowest reform index in 2025?",
   "xã Nà Lìu (68,02%) had the lowest score.", ["xã Nà Lìu (68,02%)"], A, "3.1", "thấp nhất là xã Nà Lìu (68,02%)")
it("english", "How many overdue files were there in April 2026?",
   "1.318 hồ sơ overdue across the province, 71% of them at commune level.", ["1.318 hồ sơ"], C, "preamble",
   "toàn tỉnh còn 1.318 hồ sơ giải quyết quá hạn")
it("english", "Who is the contact person for the conference plan?",
   "Bà Văn Thị Kim Oanh, Phòng Cải cách hành chính, Sở Nội vụ, phone 0259 3 741 806.", ["Văn Thị Kim Oanh"], A,
   "closing", "bà Văn Thị Kim Oanh, Phòng Cải cách hành chính")
it("english", "What is the budget for the conference?",
   "68,5 triệu đồng, from the 2026 administrative reform funds of Sở Nội vụ.", ["68,5 triệu đồng"], A, "5",
   "Kinh phí tổ chức Hội nghị là 68,5 triệu đồng")
it("english", "By when must communes finish digitising the backlog of records under the official letter?",
   "Before 30/9/2026 (earlier than the 2026 - 2027 timeline of Kế hoạch 18).", ["30/9/2026"], C, "3.b",
   "hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC còn tồn trước ngày 30/9/2026")

# ------------------------------------------------------------------------------------------------ unanswerable
un("hội nghị 17/4 có bố trí ăn trưa cho đại biểu xã không ad",
   "Các văn bản không nói về việc bố trí ăn trưa cho đại biểu.")
un("email của phòng cải cách hành chính sở nội vụ là gì",
   "Các văn bản không nêu địa chỉ email; chỉ có điện thoại 0259 3 741 806 của bà Văn Thị Kim Oanh.")
un("đường dây nóng của trung tâm phục vụ hành chính công tỉnh số mấy",
   "Các văn bản không nêu số đường dây nóng của Trung tâm Phục vụ hành chính công tỉnh.")
un("Sở Tài chính được bao nhiêu điểm chỉ số cchc 2025",
   "Các văn bản không nêu điểm Chỉ số CCHC năm 2025 của Sở Tài chính (chỉ nêu Sở Tư pháp dẫn đầu với 92,18%).")
un("xã suối mây xếp thứ mấy chỉ số cchc năm 2025",
   "Các văn bản không nêu thứ hạng của xã Suối Mây.")
un("hội nghị sơ kết 6 tháng đầu năm 2026 tổ chức ngày nào",
   "Các văn bản không nói về hội nghị sơ kết 6 tháng năm 2026.")
un("quyết định 615 ai ký vậy",
   "Các văn bản chỉ trích dẫn Quyết định số 615/QĐ-UBND, không nêu người ký.")
un("chỉ số PCI năm 2025 của tỉnh được bao nhiêu điểm",
   "Các văn bản không nêu điểm PCI của tỉnh; Kế hoạch 57 chỉ nêu việc thảo luận giải pháp cải thiện PCI.")
un("chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2031 là bao nhiêu",
   "Kế hoạch 18 chỉ đặt chỉ tiêu đến năm 2030 (80%); không có chỉ tiêu năm 2031.")
un("bộ phận một cửa xã có làm việc sáng thứ bảy không",
   "Các văn bản không nói về giờ làm việc thứ Bảy của Bộ phận Một cửa.")
un("công chức tiếp nhận hồ sơ trễ hạn bị phạt bao nhiêu tiền",
   "Các văn bản không quy định mức phạt tiền; Công văn 1146 chỉ nói kết quả thực hiện là căn cứ chấm điểm và "
   "đánh giá người đứng đầu.")
un("What is the wifi password at the conference hall?",
   "The documents do not give any wifi information for Hội trường Lam Giang.")
un("phí thuê đường truyền VNPT mỗi tháng cho xã là bao nhiêu",
   "Các văn bản không nêu phí thuê đường truyền hằng tháng.")


def main():
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for item in ITEMS:
            f.write(unicodedata.normalize("NFC", json.dumps(item, ensure_ascii=False)) + "\n")
    print(len(ITEMS), "items")


if __name__ == "__main__":
    main()
