# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v11 (hand-written items; SEALED).

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-chu-tich-ubnd-tuong-van-qd-312-quy-trinh-noi-bo-ho-tich-chung-thuc.docx"
B = "2026-so-tu-phap-tuong-van-bao-cao-18-tu-danh-gia-chi-so-cchc-2025.pdf"
C = "2026-ubnd-xa-dong-luy-ke-hoach-87-thi-dua-ngay-chuyen-doi-so.txt"
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}
ITEMS = []
_n = {}


def it(kind, q, ans, mi, doc=None, sec=None, ev=None):
    _n[kind] = _n.get(kind, 0) + 1
    ITEMS.append({"id": f"l11-{PREFIX[kind]}-{_n[kind]:03d}", "question": q, "kind": kind, "answer": ans,
                  "must_include": mi, "document": doc, "section": sec, "evidence": ev})


def multi(kind, q, ans, mi, refs):
    it(kind, q, ans, mi, [r[0] for r in refs], [r[1] for r in refs], [r[2] for r in refs])


def un(q, ans):
    it("unanswerable", q, ans, [])


# ------------------------------------------------------------------------------------------------ lead
it("lead", "trong QĐ 312 ai lo thiết lập quy trình điện tử trên hệ thống giải quyết tthc tỉnh vậy",
   "Sở Khoa học và Công nghệ chủ trì (phối hợp Văn phòng UBND tỉnh), hoàn thành trước ngày 31/3/2026.",
   ["Sở Khoa học và Công nghệ"], A, "Điều 2.2",
   "Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh thiết lập quy trình điện tử "
   "tương ứng trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh")
it("lead", "ai tổ chức tập huấn quy trình nội bộ hộ tịch chứng thực cho 68 xã phường theo qđ 312",
   "Sở Tư pháp (Điều 2, khoản 1, điểm b): tập huấn theo 04 cụm, hoàn thành trong tháng 4/2026.",
   ["Sở Tư pháp"], A, "Điều 2.1.b",
   "Tổ chức tập huấn quy trình nội bộ cho công chức làm công tác hộ tịch, chứng thực của 68 xã, phường theo "
   "04 cụm, hoàn thành trong tháng 4/2026.")
it("lead", "mn cho hỏi bước ký giấy khai sinh trong quy trình nội bộ là ai ký",
   "Chủ tịch hoặc Phó Chủ tịch UBND xã (bước 3, 1 giờ).", ["Chủ tịch hoặc Phó Chủ tịch UBND xã"], A,
   "Phần III.A.1.3", "Xem xét, ký Giấy khai sinh")
it("lead", "chứng thưc bản sao: việc đối chiếu bản sao với bản chính, ghi lời chứng do ai làm",
   "Công chức TTPVHCC (bước 2 của quy trình QT-CT.01, cùng người tiếp nhận ở bước 1), 0,5 giờ.",
   ["Công chức TTPVHCC"], A, "Phần III.B.6.2",
   "Đối chiếu bản sao với bản chính; ghi lời chứng, ghi Sổ chứng thực")
it("lead", "khi đăng ký khai sinh ai cập nhật CSDLHT để cấp số định danh cá nhân cho cháu",
   "Công chức làm công tác hộ tịch, ở bước 2 (2 giờ), đồng thời dự thảo Giấy khai sinh.",
   ["Công chức làm công tác hộ tịch"], A, "Phần III.A.1.2",
   "Kiểm tra thông tin khai sinh; cập nhật CSDLHT để cấp số định danh cá nhân; dự thảo Giấy khai sinh")
it("lead", "chứng thực hợp đồng mua bán xe máy thì ai kiểm tra năng lực hành vi dân sự của các bên",
   "Công chức làm công tác chứng thực (bước 2 của QT-CT.02, 8 giờ).", ["Công chức làm công tác chứng thực"], A,
   "Phần III.B.7.2",
   "Kiểm tra năng lực hành vi dân sự, sự tự nguyện của các bên; hướng dẫn các bên ký trước mặt người thực "
   "hiện chứng thực")
it("lead", "ai theo dõi tỷ lệ hồ sơ đúng hạn theo từng bước của quy trình và công khai lên cổng dvc",
   "Văn phòng Ủy ban nhân dân tỉnh; công khai hằng tháng trên Cổng Dịch vụ công tỉnh.",
   ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 2.3",
   "Văn phòng Ủy ban nhân dân tỉnh theo dõi tỷ lệ hồ sơ giải quyết đúng hạn theo từng bước của quy trình")
it("lead", "theo báo cáo 18 của STP thì ai chủ trì số hóa nốt sổ hộ tịch còn lại",
   "Phòng Hành chính tư pháp chủ trì, phối hợp Ủy ban nhân dân 23 xã, phường; thời hạn trước ngày 30/6/2026.",
   ["Phòng Hành chính tư pháp"], B, "Phần III.3.b",
   "Phòng Hành chính tư pháp chủ trì, phối hợp Ủy ban nhân dân 23 xã, phường; thời hạn: trước ngày "
   "30/6/2026.")
it("lead", "hồ sơ đề xuất cấp độ an toàn cho hệ thống lý lịch tư pháp thì bộ phận nào của sở tư pháp làm",
   "Văn phòng Sở chủ trì, phối hợp Sở Khoa học và Công nghệ; thời hạn tháng 3/2026.", ["Văn phòng Sở"], B,
   "Phần III.3.d", "Văn phòng Sở chủ trì, phối hợp Sở Khoa học và Công nghệ; thời hạn: tháng 3/2026.")
it("lead", "tổ tự đánh giá chỉ số cchc của sở tư pháp do ai làm tổ trưởng",
   "Phó Giám đốc Sở Lục Văn Tấn (Tổ gồm 07 thành viên, thành lập theo Quyết định số 226/QĐ-STP).",
   ["Lục Văn Tấn"], B, "Phần I.1",
   "thành lập Tổ tự đánh giá gồm 07 thành viên do Phó Giám đốc Sở Lục Văn Tấn làm Tổ trưởng")
it("lead", "30 điểm điều tra xã hội học trong chỉ số cchc của sở tư pháp ai chấm",
   "Sở Nội vụ thực hiện đánh giá qua điều tra xã hội học; Sở Tư pháp không tự chấm phần này.", ["Sở Nội vụ"], B,
   "Phần I.2",
   "30,00 điểm còn lại được đánh giá qua điều tra xã hội học (ĐTXHH) do Sở Nội vụ thực hiện, Sở không tự chấm.")
it("lead", 'cuộc thi "Công dân số Đông Lũy" do bộ phận nào của xã chủ trì',
   "Phòng VH-XH (Phòng Văn hóa - Xã hội) chủ trì, Đoàn TN phối hợp; từ 25/9 đến 05/10/2026.",
   ["Phòng VH-XH"], C, "IV.2", 'Cuộc thi trực tuyến "Công dân số')
it("lead", "ở xã đông lũy ai đi kich hoạt định danh đtử mức 2 lưu động ở các thôn",
   "Công an xã chủ trì, phối hợp Tổ CNSCĐ; từ 28/9 đến 08/10/2026 tại nhà văn hóa các thôn.", ["Công an xã"], C,
   "IV.3", "Kích hoạt tài khoản định danh")
it("lead", '"chợ không dùng tiền mặt" bên xã thì ai phụ trách',
   "Phòng Kinh tế chủ trì, phối hợp Bưu điện xã; ngày 04/10/2026.", ["Phòng Kinh tế"], C, "IV.5",
   '"Chợ không dùng tiền mặt": hướng')
it("lead", "cơ quan thường trực phong trào thi đua của xã đông lũy là ai",
   "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã.", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], C,
   "VII.1", "Là cơ quan thường trực của phong trào thi đua")
it("lead", "ngày hội chuyển đổi số của xã hôm 10/10 ai chủ trì",
   "Phòng VH-XH (Phòng Văn hóa - Xã hội) chủ trì, VNPT, Viettel phối hợp.", ["Phòng VH-XH"], C, "IV.7",
   "Ngày hội Chuyển đổi số xã: trưng")
it("lead", "xã đông lũy tổ chức tập huấn QĐ 312 cho công chức hộ tịch thì ai đứng ra tổ chức",
   "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, vào ngày 22/9/2026.",
   ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], C, "VII.1",
   "Tổ chức tập huấn quy trình nội bộ theo Quyết định số 312/QĐ-UBND cho công chức làm công tác hộ tịch, "
   "chứng thực và công chức Trung tâm Phục vụ hành chính công xã vào ngày 22/9/2026.")

# ------------------------------------------------------------------------------------------------ coordinators
it("coordinators", "thiết lập quy trình điện tử theo qđ 312 thì sở khcn phối hợp với đơn vị nào",
   "Văn phòng Ủy ban nhân dân tỉnh.", ["Văn phòng Ủy ban nhân dân tỉnh"], A, "Điều 2.2",
   "Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh")
it("coordinators", "số hóa sổ hộ tịch còn lại trong báo cáo 18, phòng hành chính tư pháp phối hợp với ai",
   "Ủy ban nhân dân 23 xã, phường.", ["Ủy ban nhân dân 23 xã, phường"], B, "Phần III.3.b",
   "Phòng Hành chính tư pháp chủ trì, phối hợp Ủy ban nhân dân 23 xã, phường")
it("coordinators", "02 lớp bồi dưỡng nghiệp vụ hộ tịch chứng thực quý II sở tư pháp phối hợp với đâu",
   "Trường Chính trị tỉnh.", ["Trường Chính trị tỉnh"], B, "Phần III.3.c",
   "Phòng Hành chính tư pháp chủ trì, phối hợp Trường Chính trị tỉnh; thời gian: quý II/2026.")
it("coordinators", "hoàn thiện hồ sơ cấp độ an toàn hệ thống lý lịch tư pháp thì văn phòng sở phối hợp với ai",
   "Sở Khoa học và Công nghệ.", ["Sở Khoa học và Công nghệ"], B, "Phần III.3.d",
   "Văn phòng Sở chủ trì, phối hợp Sở Khoa học và Công nghệ")
it("coordinators", "lễ phát động thi đua ra quân tổ công nghệ số cộng đồng thì những ai phối hợp",
   "MTTQ, Đoàn TN (Ủy ban Mặt trận Tổ quốc Việt Nam xã và Đoàn Thanh niên xã) phối hợp với VP HĐND-UBND.",
   ["MTTQ, Đoàn TN"], C, "IV.1", "Lễ phát động phong trào thi đua;")
it("coordinators", '"Thứ Bảy số" ở trung tâm phục vụ hành chính công xã có đơn vị nào phối hợp',
   "VNPT, Viettel phối hợp với TTPVHCC.", ["VNPT, Viettel"], C, "IV.4", '"Thứ Bảy số": hướng dẫn nộp hồ sơ')
it("coordinators", "tọa đàm chính quyền số gần dân phối hợp với bộ phận nào",
   "Phòng VH-XH (Phòng Văn hóa - Xã hội); VP HĐND-UBND chủ trì.", ["Phòng VH-XH"], C, "IV.6",
   'Tọa đàm "Chính quyền số gần dân"')
it("coordinators", "công an xã đi kích hoạt vneid lưu động thì ai hỗ trợ phối hợp",
   "Tổ CNSCĐ (Tổ công nghệ số cộng đồng).", ["Tổ CNSCĐ"], C, "IV.3", "Kích hoạt tài khoản định danh")
it("coordinators", "phòng kinh tế hướng dẫn hộ kinh doanh thanh toán ko tiền mặt thì phối hợp vs ai",
   "Bưu điện xã và các ngân hàng.", ["Bưu điện xã và các ngân hàng"], C, "VII.5",
   "Phối hợp Bưu điện xã và các ngân hàng hướng dẫn hộ kinh doanh thanh toán không dùng tiền mặt")
it("coordinators", "sơ kết đợt 1 phong trào thi đua xã thì ai phối hợp",
   "Trưởng thôn (VP HĐND-UBND chủ trì, ngày 14/10/2026).", ["Trưởng thôn"], C, "IV.8",
   "Sơ kết đợt 1, biểu dương Tổ CNSCĐ")

# ------------------------------------------------------------------------------------------------ timing
it("timing", "qđ 312 phê duyệt quy trình nội bộ hộ tịch có hiệu lực từ ngày nào",
   "Từ ngày 01 tháng 4 năm 2026 (thay thế Quyết định số 1975/QĐ-UBND).", ["01 tháng 4 năm 2026"], A, "Điều 3",
   "Quyết định này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2026")
it("timing", "xã phải gửi danh sách tài khoản công chức xử lý từng bước cho sở khcn trước ngày nào",
   "Trước ngày 25/3/2026.", ["25/3/2026"], A, "Điều 2.4.b",
   "gửi Sở Khoa học và Công nghệ trước ngày 25/3/2026.")
it("timing", "xã niêm yết công khai quy trình nội bộ chậm nhất là khi nào",
   "Chậm nhất 05 ngày làm việc kể từ ngày Quyết định 312 có hiệu lực (01/4/2026).", ["05 ngày làm việc"], A,
   "Điều 2.4.a",
   "chậm nhất 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực.")
it("timing", "sở tư pháp báo cáo chủ tịch tỉnh kết quả thực hiện quy trình nội bộ kỳ 6 tháng hạn ngày mấy",
   "Trước ngày 20/6/2026 (kỳ năm: trước ngày 20/12/2026).", ["20/6/2026"], A, "Điều 2.1.c",
   "báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 20/6/2026 (kỳ 6 tháng)")
it("timing", "đăng kí kết hôn ở xã theo quy trình nội bộ mất bao lâu z",
   "03 ngày làm việc (24 giờ làm việc).", ["03 ngày làm việc"], A, "Phần III.A.2",
   "Tổng thời gian giải quyết: 03 ngày làm việc (24 giờ làm việc).")
it("timing", "nộp hồ sơ hộ tịch sau 15h thì thời gian tính thế nào",
   "Hồ sơ tiếp nhận sau 15 giờ 00 được tính từ ngày làm việc tiếp theo.", ["ngày làm việc tiếp theo"], A,
   "Phần I.3", "Hồ sơ tiếp nhận sau 15 giờ 00 được tính từ ngày làm việc tiếp theo")
it("timing", "cải chính hộ tịch mà phải xác minh thì tối đa mấy ngày",
   "Không quá 06 ngày làm việc; thời gian tăng thêm tính vào Bước 2.", ["06 ngày làm việc"], A, "Phần III.A.4",
   "Trường hợp phải xác minh, thời hạn giải quyết không quá 06 ngày làm việc")
it("timing", "báo cáo 18 hẹn khi nào trình phê duyệt quy trình nội bộ hộ tịch chứng thực mới",
   "Quý I/2026 (Phòng Hành chính tư pháp chủ trì).", ["quý I/2026"], B, "Phần III.3.a",
   "Phòng Hành chính tư pháp chủ trì; thời hạn: quý I/2026.")
it("timing", "tài liệu kiểm chứng chỉ số cchc 2025 của sở tư pháp phải cập nhật lên phần mềm trước ngày nào",
   "Trước ngày 08/01/2026 (Văn phòng Sở là đầu mối).", ["08/01/2026"], B, "Phần I.1",
   "cập nhật tài liệu kiểm chứng lên Phần mềm chấm điểm Chỉ số CCHC của tỉnh trước ngày 08/01/2026.")
it("timing", "các thôn đăng ký thi đua hạn chót ngày nào",
   "Trước ngày 20/9/2026, bằng văn bản gửi Văn phòng HĐND và UBND xã.", ["20/9/2026"], C, "VII.7",
   "Đăng ký thi đua bằng văn bản, gửi Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã trước ngày 20/9/2026.")
it("timing", "hồ sơ đề nghị khen thưởng thi đua của xã nộp trước ngày nào, bao giờ xét",
   "Gửi Văn phòng HĐND và UBND xã trước ngày 18/12/2026; Hội đồng Thi đua - Khen thưởng xã họp xét trước ngày "
   "25/12/2026.", ["18/12/2026", "25/12/2026"], C, "V.3",
   "gửi hồ sơ đề nghị khen thưởng về Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã trước ngày 18/12/2026; "
   "Hội đồng Thi đua - Khen thưởng xã họp xét trước ngày 25/12/2026")
it("timing", "lễ phát động thi đua ở xã đông lũy ngày nào",
   "Ngày 15/9/2026.", ["15/9/2026"], C, "IV.1", "15/9/2026")
it("timing", "xã phải báo cáo kết quả hưởng ứng ngày cđs về sở khcn trước ngày nào",
   "Trước ngày 16/10/2026 (báo cáo tổng kết phong trào trước ngày 20/12/2026).", ["16/10/2026"], C, "VII.1",
   "Báo cáo kết quả hưởng ứng Ngày Chuyển đổi số quốc gia về Sở Khoa học và Công nghệ trước ngày 16/10/2026")
it("timing", "sơ kết đợt 1 thi đua của xã là ngày nào",
   "Ngày 14/10/2026.", ["14/10/2026"], C, "IV.8", "14/10/2026")
it("timing", "công chức hộ tịch xã đông lũy phải số hóa xong sổ hộ tịch trước ngày nào",
   "Trước ngày 30/9/2026 (6.840 trang còn lại).", ["30/9/2026"], C, "III.2",
   "Hoàn thành số hóa 6.840 trang sổ hộ tịch còn lại của xã trước ngày 30/9/2026.")

# ------------------------------------------------------------------------------------------------ frequency
it("frequency", "sở tư pháp kiểm tra việc thực hiện quy trình nội bộ ở xã bao lâu một lần",
   "Định kỳ 06 tháng/lần, kết hợp với kiểm tra công tác hộ tịch, chứng thực.", ["06 tháng/lần"], A,
   "Điều 2.1.a", "kiểm tra định kỳ 06 tháng/lần")
it("frequency", "văn phòng ubnd tỉnh công khai tỷ lệ hồ sơ đúng hạn theo quy trình bao lâu một lần",
   "Hằng tháng, trên Cổng Dịch vụ công tỉnh, chậm nhất ngày 05 của tháng sau.", ["hằng tháng"], A, "Điều 2.3",
   "công khai kết quả hằng tháng trên Cổng Dịch vụ công tỉnh, chậm nhất ngày 05 của tháng sau.")
it("frequency", "sở tư pháp giao ban với 68 xã phường bao lâu một lần, họp kiểu gì",
   "Hằng quý; chuyển sang hình thức trực tuyến, bắt đầu từ quý I/2026 (Văn phòng Sở chủ trì).", ["hằng quý"], B,
   "Phần III.3.đ",
   "Chuyển họp giao ban quý với 68 xã, phường sang hình thức trực tuyến. Văn phòng Sở chủ trì; thực hiện hằng "
   "quý, bắt đầu từ quý I/2026.")
it("frequency", "loa truyền thanh xã tuyên truyền phong trào mấy buổi một tuần",
   "03 buổi/tuần (sáng thứ Hai, thứ Tư, thứ Sáu).", ["03 buổi/tuần"], C, "VII.3",
   "Tuyên truyền về phong trào trên hệ thống loa truyền thanh xã 03 buổi/tuần (sáng thứ Hai, thứ Tư, thứ Sáu)")
it("frequency", "trung tâm phvhcc xã báo cáo số liệu hồ sơ trực tuyến quá hạn bao lâu 1 lần",
   "Hằng tuần (chiều thứ Sáu) trong đợt 1 và hằng tháng trong đợt 2, về Văn phòng HĐND và UBND xã.",
   ["hằng tuần (chiều thứ Sáu)", "hằng tháng"], C, "VII.2",
   "hằng tuần (chiều thứ Sáu) trong đợt 1 và hằng tháng trong đợt 2")
it("frequency", "mỗi tổ công nghệ số cộng đồng phải hỗ trợ bao nhiêu người dân mỗi tháng",
   "Tối thiểu 40 người dân/tháng nộp hồ sơ trực tuyến hoặc kích hoạt tài khoản định danh điện tử mức độ 2.",
   ["40 người dân/tháng"], C, "III.3", "Mỗi Tổ hỗ trợ tối thiểu 40 người dân/tháng")
it("frequency", "công an xã cung cấp số liệu tài khoản vneid kích hoạt của từng thôn vào khi nào",
   "Vào ngày 25 hằng tháng.", ["ngày 25 hằng tháng"], C, "VII.4",
   "cung cấp số liệu tài khoản kích hoạt của từng thôn vào ngày 25 hằng tháng.")
it("frequency", "theo qđ 312 xã báo cáo kết quả thực hiện quy trình về sở tư pháp mấy kỳ",
   "Hai kỳ: 6 tháng (trước ngày 10/6/2026) và năm (trước ngày 10/12/2026).", ["10/6/2026", "10/12/2026"], A,
   "Điều 2.4.c",
   "Báo cáo kết quả thực hiện về Sở Tư pháp 6 tháng (trước ngày 10/6/2026) và năm (trước ngày 10/12/2026).")

# ------------------------------------------------------------------------------------------------ fact
it("fact", "quyết định phê duyệt quy trình nội bộ hộ tịch, chứng thực cấp xã số mấy ngày nào",
   "Quyết định số 312/QĐ-UBND ngày 16/3/2026 của Chủ tịch UBND tỉnh Tường Vân.", ["312/QĐ-UBND"], A, "header",
   "Số: 312/QĐ-UBND")
it("fact", "ai kí qđ 312 thế",
   "KT. Chủ tịch, Phó Chủ tịch UBND tỉnh Đinh Khắc Thiều.", ["Đinh Khắc Thiều"], A, "signature",
   "Đinh Khắc Thiều")
it("fact", "qđ 312 ban hành theo đề nghị của ai, tờ trình số mấy",
   "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 41/TTr-STP ngày 06/3/2026.", ["41/TTr-STP"], A,
   "preamble", "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 41/TTr-STP ngày 06 tháng 3 năm 2026.")
it("fact", "qđ 312 thay thế quyết định nào",
   "Thay thế Quyết định số 1975/QĐ-UBND ngày 14/10/2025 của Chủ tịch UBND tỉnh.", ["1975/QĐ-UBND"], A, "Điều 3",
   "thay thế Quyết định số 1975/QĐ-UBND ngày 14 tháng 10 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh.")
it("fact", "báo cáo tự đánh giá chấm điểm cchc 2025 của sở tư pháp số hiệu là gì",
   "Báo cáo số 18/BC-STP ngày 09/01/2026.", ["18/BC-STP"], B, "header", "Số: 18/BC-STP")
it("fact", "báo cáo 18/BC-STP ai ký",
   "Giám đốc Sở Tư pháp Mạc Thị Uyên.", ["Mạc Thị Uyên"], B, "signature", "Mạc Thị Uyên")
it("fact", "muốn hỏi thêm về báo cáo tự chấm điểm của sở tư pháp thì liên hệ ai, số nào",
   "Ông Triệu Văn Khởi, Chánh Văn phòng Sở, điện thoại 0226 3 814 572.", ["Triệu Văn Khởi", "0226 3 814 572"], B,
   "closing", "ông Triệu Văn Khởi, Chánh Văn phòng Sở, điện thoại 0226 3 814 572")
it("fact", "báo cáo 18 của sở tư pháp gửi cho ai",
   "Kính gửi Sở Nội vụ tỉnh Tường Vân.", ["Sở Nội vụ tỉnh Tường Vân"], B, "header",
   "Kính gửi: Sở Nội vụ tỉnh Tường Vân.")
it("fact", "sở tư pháp làm báo cáo tự chấm điểm theo công văn nào",
   "Công văn số 2764/SNV-CCHC ngày 02/12/2025 của Sở Nội vụ hướng dẫn tự đánh giá, chấm điểm Chỉ số CCHC năm "
   "2025.", ["2764/SNV-CCHC"], B, "preamble",
   "Thực hiện Công văn số 2764/SNV-CCHC ngày 02/12/2025 của Sở Nội vụ")
it("fact", "kế hoạch thi đua hưởng ứng ngày cđs của xã đông lũy số mấy, ban hành ngày nào",
   "Kế hoạch số 87/KH-UBND, ban hành ngày 08 tháng 9 năm 2026 (UBND xã Đông Lũy).", ["87/KH-UBND", "08 tháng 9 năm 2026"], C,
   "header", "Đông Lũy, ngày 08 tháng 9 năm 2026")
it("fact", "ai ký kế hoạch 87 của xã",
   "TM. Ủy ban nhân dân xã, Chủ tịch Lường Văn Hạnh.", ["Lường Văn Hạnh"], C, "signature", "Lường Văn Hạnh")
it("fact", "vướng mắc khi làm theo kế hoạch thi đua thì liên hệ ai ở xã",
   "Bà Vi Thị Hồng Nhung (Văn phòng HĐND và UBND xã), điện thoại 0976 418 352.",
   ["Vi Thị Hồng Nhung", "0976 418 352"], C, "closing", "bà Vi Thị Hồng Nhung, điện thoại 0976 418 352")
it("fact", "khẩu hiệu thi đua của xã đông lũy là gì",
   '"Mỗi hồ sơ một lần đến - Mỗi người dân một tài khoản số" (chủ đề: "Dữ liệu số gần dân - Dịch vụ số vì '
   'dân").', ["Mỗi hồ sơ một lần đến - Mỗi người dân một tài khoản số"], C, "II.1",
   'khẩu hiệu thi đua "Mỗi hồ sơ một lần đến - Mỗi người dân một tài khoản số"')
it("fact", "kh 87 căn cứ kế hoạch ngày cđs của sở khcn số bao nhiêu",
   "Kế hoạch số 205/KH-SKHCN ngày 20/8/2026 của Sở Khoa học và Công nghệ.", ["205/KH-SKHCN"], C, "preamble",
   "Căn cứ Kế hoạch số 205/KH-SKHCN ngày 20/8/2026 của Sở Khoa học và Công nghệ")

# ------------------------------------------------------------------------------------------------ figure
it("figure", "stp tự chấm chỉ số cchc 2025 đc bao nhiêu điểm",
   "63,25/70,00 điểm, đạt 90,36% (phần tự đánh giá; 30 điểm điều tra xã hội học do Sở Nội vụ chấm).",
   ["63,25", "90,36%"], B, "Phần I.2", "Sở Tư pháp tự chấm 63,25 điểm, đạt 90,36%")
it("figure", "năm 2024 sở tư pháp tự chấm được mấy điểm, năm nay tăng bao nhiêu",
   "Năm 2024 tự chấm 60,10/70,00 điểm; năm 2025 tăng 3,15 điểm.", ["60,10", "3,15"], B, "Phần I.2",
   "So với năm 2024 (tự chấm 60,10/70,00 điểm), điểm tự đánh giá tăng 3,15 điểm.")
it("figure", "tỷ lệ hồ sơ đúng hạn của sở tư pháp năm 2025",
   "99,1% (9.214/9.297 hồ sơ).", ["99,1%", "9.214/9.297"], B, "Phần I.3",
   "giải quyết đúng hạn đạt 99,1% (9.214/9.297 hồ sơ)")
it("figure", "tiêu chí thành phần số hóa sổ hộ tịch tự chấm mấy điểm trên mấy",
   "1,00/2,00 điểm (đạt 86,4%; còn 41.250 trang sổ của 23 xã, phường chưa số hóa).", ["1,00", "2,00"], B,
   "Phụ lục.7.3.2", "Số hóa sổ hộ tịch, kết nối Cơ sở dữ liệu hộ tịch điện tử")
it("figure", "lĩnh vực cải cách chế độ công vụ của STP điểm tối đa và tự chấm bao nhiêu",
   "Tối đa 10,00 điểm, tự chấm 9,50 điểm.", ["10,00", "9,50"], B, "Phụ lục.5", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ")
it("figure", "sở tư pháp đề nghị tỉnh bố trí bao nhiêu tiền để thuê số hóa sổ hộ tịch",
   "2.800 triệu đồng (năm 2026).", ["2.800 triệu đồng"], B, "Phần III.4",
   "Đề nghị Ủy ban nhân dân tỉnh bố trí 2.800 triệu đồng để thuê dịch vụ số hóa sổ hộ tịch năm 2026")
it("figure", "toàn tỉnh còn bao nhiêu trang sổ hộ tịch chưa số hóa",
   "41.250 trang sổ của 23 xã, phường (tỷ lệ số hóa toàn tỉnh đạt 86,4%).", ["41.250 trang", "86,4%"], B,
   "Phần I.3", "Tỷ lệ số hóa sổ hộ tịch của toàn tỉnh đạt 86,4%; còn 41.250 trang sổ của 23 xã, phường")
it("figure", "chỉ số cchc năm 2025 của xã đông lũy được bao nhiêu, xếp thứ mấy",
   "Đạt 79,12%, xếp thứ 41/68 xã, phường.", ["79,12%", "41/68"], C, "I.1",
   "xã đạt 79,12%, xếp thứ 41/68 xã, phường")
it("figure", "kinh phí phong trào thi đua của xã bao nhiêu, chia ra sao",
   "42,6 triệu đồng từ ngân sách xã năm 2026: hỗ trợ Tổ công nghệ số cộng đồng 21 triệu đồng, hoạt động cao "
   "điểm 12,6 triệu đồng, khen thưởng 9 triệu đồng.", ["42,6 triệu đồng", "21 triệu đồng", "12,6 triệu đồng"],
   C, "VI", "Tổng kinh phí dự kiến 42,6 triệu đồng từ ngân sách xã năm 2026")
it("figure", "tổng chỉ tiêu các tổ công nghệ số cộng đồng của xã là bao nhiêu tài khoản, bao nhiêu hồ sơ",
   "760 tài khoản định danh điện tử mức độ 2 và 1.080 hồ sơ trực tuyến (81 thành viên).",
   ["760", "1.080"], C, "Phụ lục", "Tổng cộng 81 thành viên, 760 tài khoản, 1.080 hồ sơ.")
it("figure", "thôn Tân Lũy được giao chỉ tiêu kích hoạt bao nhiêu tài khoản vneid",
   "85 tài khoản VNeID mức 2 (và 130 hồ sơ trực tuyến; tổ có 7 thành viên).", ["85"], C, "Phụ lục.13",
   "Tân Lũy")
it("figure", "năm 2025 tỷ lệ hồ sơ nộp trực tuyến của xã đông lũy là bao nhiêu, chỉ tiêu thi đua bao nhiêu",
   "Năm 2025 đạt 48,3%; chỉ tiêu thi đua từ 70% trở lên.", ["48,3%", "70%"], C, "III.1",
   "Tỷ lệ hồ sơ nộp trực tuyến đạt từ 70% trở lên (năm 2025 đạt 48,3%).")
it("figure", "tỷ lệ thanh toán phí lệ phí trực tuyến của sở tư pháp đạt bao nhiêu",
   "81,2% (tiêu chí thành phần 7.2.3, tự chấm 1,00/1,00 điểm).", ["81,2%"], B, "Phụ lục.7.2.3",
   "Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến")

# ------------------------------------------------------------------------------------------------ list
it("list", "quy trình nội bộ qđ 312 dùng những chữ viết tắt nào",
   "TTHC (Thủ tục hành chính); TTPVHCC (Trung tâm Phục vụ hành chính công xã, phường); Hệ thống TTHC (Hệ thống "
   "thông tin giải quyết thủ tục hành chính tỉnh); CSDLHT (Cơ sở dữ liệu hộ tịch điện tử); UBND (Ủy ban nhân "
   "dân).", ["TTPVHCC", "CSDLHT", "Hệ thống TTHC"], A, "Phần I.2", "CSDLHT: Cơ sở dữ liệu hộ tịch điện tử;")
multi("list", "lĩnh vực hộ tịch có những thủ tục nào được ban hành quy trình nội bộ",
      "05 thủ tục: đăng ký khai sinh; đăng ký kết hôn; đăng ký khai tử; đăng ký thay đổi, cải chính, bổ sung "
      "thông tin hộ tịch; cấp bản sao trích lục hộ tịch.",
      ["Đăng ký khai sinh", "Đăng ký khai tử", "Cấp bản sao trích lục hộ tịch"],
      [(A, "Phần II.A.1", "Đăng ký khai sinh"), (A, "Phần II.A.2", "Đăng ký kết hôn"),
       (A, "Phần II.A.3", "Đăng ký khai tử"),
       (A, "Phần II.A.4", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch"),
       (A, "Phần II.A.5", "Cấp bản sao trích lục hộ tịch")])
it("list", "báo cáo 18 của sở tư pháp nêu những tồn tại hạn chế gì",
   "Quy trình nội bộ hộ tịch, chứng thực cấp xã năm 2025 chưa cập nhật mô hình chính quyền 02 cấp, quy trình "
   "điện tử chưa được cấu hình đầy đủ; số hóa sổ hộ tịch chậm ở xã vùng cao do thiếu máy quét chuyên dụng và "
   "nhân lực; một số công chức hộ tịch, chứng thực cấp xã mới bố trí chưa thành thạo nghiệp vụ và phần mềm.",
   ["chưa được cấu hình đầy đủ", "thiếu máy quét chuyên dụng", "chưa thành thạo nghiệp vụ"], B, "Phần III.1",
   "Việc số hóa sổ hộ tịch còn chậm ở các xã vùng cao do thiếu máy quét chuyên dụng và nhân lực.")
it("list", "đối tượng tập thể tham gia thi đua ở xã gồm những ai",
   "Văn phòng HĐND và UBND xã, Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xã; 14 "
   "thôn và 14 Tổ công nghệ số cộng đồng.", ["Trung tâm Phục vụ hành chính công xã", "14 thôn"], C, "II.3.a",
   "Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xã; 14 thôn và 14 Tổ công nghệ số cộng đồng.")
it("list", "kế hoạch 87 gửi những nơi nào",
   "Sở Khoa học và Công nghệ (b/c); TT Đảng ủy, TT HĐND xã; CT, các PCT UBND xã; các bộ phận, 14 thôn; lưu VT, VP.",
   ["Sở Khoa học và Công nghệ (b/c)", "14 thôn"], C, "closing", "- Sở Khoa học và Công nghệ (b/c);")
it("list", "bảng chấm điểm chỉ số cchc của sở tư pháp gồm những lĩnh vực nào",
   "7 lĩnh vực: công tác chỉ đạo, điều hành CCHC; xây dựng và tổ chức thực hiện văn bản QPPL; cải cách thủ tục "
   "hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công; xây dựng, phát triển "
   "Chính quyền điện tử, Chính quyền số.", ["cải cách tổ chức bộ máy", "cải cách tài chính công",
                                           "Chính quyền điện tử, Chính quyền số"], B, "Phụ lục",
   "CẢI CÁCH TÀI CHÍNH CÔNG")
it("list", "tiêu chuẩn để được khen thưởng trong phong trào thi đua của xã là gì",
   "Tập thể: hoàn thành vượt các chỉ tiêu tại mục III, không có hồ sơ quá hạn trong thời gian thi đua; cá nhân: "
   "có sáng kiến, cách làm hay được áp dụng hoặc trực tiếp hỗ trợ từ 150 người dân trở lên sử dụng dịch vụ số.",
   ["hoàn thành vượt các chỉ tiêu", "150 người dân"], C, "V.2",
   "trực tiếp hỗ trợ từ 150 người dân trở lên sử dụng dịch vụ số.")

# ------------------------------------------------------------------------------------------------ period
it("period", "đợt 1 cao điểm thi đua của xã từ ngày nào đến ngày nào",
   "Từ ngày 15/9/2026 đến ngày 10/10/2026, gắn với Ngày Chuyển đổi số quốc gia.", ["15/9/2026", "10/10/2026"], C,
   "II.2", "Đợt 1 (cao điểm): từ ngày 15/9/2026 đến ngày 10/10/2026")
it("period", "phong trào thi đua xã đông lũy kéo dài trong bao lâu",
   "Từ ngày 15/9/2026 đến ngày 15/12/2026, chia 02 đợt (đợt 2: 11/10 - 15/12/2026).",
   ["15/9/2026", "15/12/2026"], C, "II.2",
   "phong trào thi đua được tổ chức từ ngày 15/9/2026 đến ngày 15/12/2026, chia làm 02 đợt")
multi("period", "từ 01/10 đến 10/10/2026 ở xã có những hoạt động hưởng ứng nào",
      "Cuộc thi trực tuyến \"Công dân số Đông Lũy\" (25/9 - 05/10); kích hoạt VNeID mức 2 lưu động (28/9 - 08/10); "
      "\"Thứ Bảy số\" (19/9 - 03/10); \"Chợ không dùng tiền mặt\" (04/10/2026); tọa đàm \"Chính quyền số gần dân\" "
      "(08/10/2026); Ngày hội Chuyển đổi số xã (10/10/2026).", ["04/10/2026", "08/10/2026", "10/10/2026"],
      [(C, "IV.2", "25/9-05/10/2026"), (C, "IV.3", "28/9-08/10/2026"), (C, "IV.4", "19/9-03/10/2026"),
       (C, "IV.5", "04/10/2026"), (C, "IV.6", "08/10/2026"), (C, "IV.7", "10/10/2026")])
multi("period", "theo báo cáo 18, việc nào của STP có hạn hoặc thời gian rơi vào quý II/2026",
      "Hoàn thành số hóa 100% sổ hộ tịch còn lại trước ngày 30/6/2026; tổ chức 02 lớp bồi dưỡng nghiệp vụ hộ tịch, "
      "chứng thực (quý II/2026); họp giao ban trực tuyến hằng quý với 68 xã, phường.",
      ["30/6/2026", "quý II/2026", "hằng quý"],
      [(B, "Phần III.3.b", "thời hạn: trước ngày 30/6/2026."),
       (B, "Phần III.3.c", "thời gian: quý II/2026."),
       (B, "Phần III.3.đ", "thực hiện hằng quý, bắt đầu từ quý I/2026.")])
multi("period", "trong tháng 3/2026 qđ 312 đặt ra những hạn nào",
      "UBND các xã, phường gửi danh sách tài khoản cho Sở Khoa học và Công nghệ trước ngày 25/3/2026; Sở Khoa học "
      "và Công nghệ hoàn thành thiết lập quy trình điện tử trước ngày 31/3/2026.", ["25/3/2026", "31/3/2026"],
      [(A, "Điều 2.4.b", "gửi Sở Khoa học và Công nghệ trước ngày 25/3/2026."),
       (A, "Điều 2.2", "hoàn thành trước ngày 31/3/2026")])

# ------------------------------------------------------------------------------------------------ count
it("count", "qđ 312 phê duyệt tất cả bao nhiêu quy trình nội bộ",
   "07 quy trình nội bộ: 05 lĩnh vực Hộ tịch và 02 lĩnh vực Chứng thực.", ["07 quy trình nội bộ"], A, "Điều 1",
   "Phê duyệt kèm theo Quyết định này 07 quy trình nội bộ giải quyết thủ tục hành chính")
it("count", "quy trình cải chính thông tin hộ tịch có mấy bước",
   "5 bước (bước 5: trả kết quả cho người yêu cầu).", ["5"], A, "Phần III.A.4.5", "Trả kết quả cho người yêu cầu")
it("count", "tổ tự đánh giá của sở tư pháp có mấy ng",
   "07 thành viên.", ["07 thành viên"], B, "Phần I.1", "Tổ tự đánh giá gồm 07 thành viên")
it("count", "bảng tổng hợp tự chấm điểm của sở tư pháp có mấy lĩnh vực",
   "7 lĩnh vực (lĩnh vực cuối, số 7: Xây dựng, phát triển Chính quyền điện tử, Chính quyền số).", ["7"], B,
   "Phụ lục.7", "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ")
it("count", "xã tổ chức bao nhiêu hoạt động cao điểm hưởng ứng ngày chuyển đổi số",
   "8 hoạt động (TT 1 đến 8, hoạt động cuối là sơ kết đợt 1 ngày 14/10/2026).", ["8"], C, "IV.8",
   "Sơ kết đợt 1, biểu dương Tổ CNSCĐ")
it("count", "chủ tịch xã tặng giấy khen tối đa cho bao nhiêu tập thể cá nhân",
   "Không quá 04 tập thể và 10 cá nhân khi tổng kết; riêng đợt 1 thêm 02 Tổ công nghệ số cộng đồng dẫn đầu.",
   ["04 tập thể và 10 cá nhân"], C, "V.1", "tặng Giấy khen cho không quá 04 tập thể và 10 cá nhân tiêu biểu")

# ------------------------------------------------------------------------------------------------ abbreviation
it("abbreviation", "TTPVHCC trong quy trình nội bộ là viết tắt của gì",
   "Trung tâm Phục vụ hành chính công xã, phường.", ["Trung tâm Phục vụ hành chính công xã, phường"], A,
   "Phần I.2", "TTPVHCC: Trung tâm Phục vụ hành chính công xã, phường;")
it("abbreviation", "CSDLHT là gì vậy ad",
   "Cơ sở dữ liệu hộ tịch điện tử.", ["Cơ sở dữ liệu hộ tịch điện tử"], A, "Phần I.2",
   "CSDLHT: Cơ sở dữ liệu hộ tịch điện tử;")
it("abbreviation", "ĐTXHH trong báo cáo chấm điểm là gì",
   "Điều tra xã hội học (30,00 điểm do Sở Nội vụ thực hiện).", ["điều tra xã hội học"], B, "Phần I.2",
   "điều tra xã hội học (ĐTXHH)")
it("abbreviation", "TCTP nghĩa là gì",
   "Tiêu chí thành phần (TC là tiêu chí).", ["tiêu chí thành phần"], B, "Phần I.2",
   "tiêu chí, tiêu chí thành phần (TC, TCTP)")
it("abbreviation", "Tổ CNSCĐ trong bảng hoạt động của xã là tổ gì",
   "Tổ công nghệ số cộng đồng.", ["Tổ công nghệ số cộng đồng"], C, "IV",
   "Tổ CNSCĐ: Tổ công nghệ số cộng đồng")
it("abbreviation", "VP HĐND-UBND là cơ quan nào",
   "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã.", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], C,
   "IV", "VP HĐND-UBND: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã")
it("abbreviation", "CCHC viết tắt của từ gì",
   "Cải cách hành chính (Chỉ số cải cách hành chính - Chỉ số CCHC).", ["cải cách hành chính"], B, "preamble",
   "Chỉ số cải cách hành chính (CCHC)")
it("abbreviation", "trong kế hoạch xã ghi Đoàn TN là gì",
   "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã.", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"], C, "IV",
   "Đoàn TN: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã")

# ------------------------------------------------------------------------------------------------ cross_document
multi("cross_document", "quy trình nội bộ hộ tịch mới: báo cáo của STP hẹn trình khi nào, thực tế qđ ký ngày nào",
      "Báo cáo 18/BC-STP đặt thời hạn quý I/2026 (Phòng Hành chính tư pháp chủ trì); Quyết định 312/QĐ-UBND được "
      "ký ngày 16 tháng 3 năm 2026, có hiệu lực từ 01/4/2026.", ["quý I/2026", "16 tháng 3 năm 2026"],
      [(B, "Phần III.3.a", "Phòng Hành chính tư pháp chủ trì; thời hạn: quý I/2026."),
       (A, "header", "Tường Vân, ngày 16 tháng 3 năm 2026")])
multi("cross_document", "số hóa sổ hộ tịch: sở tư pháp hẹn xong khi nào, còn xã đông lũy đặt hạn khi nào",
      "Sở Tư pháp (báo cáo 18): hoàn thành 100% trước ngày 30/6/2026; xã Đông Lũy (kế hoạch 87): số hóa 6.840 "
      "trang còn lại trước ngày 30/9/2026.", ["30/6/2026", "30/9/2026"],
      [(B, "Phần III.3.b", "thời hạn: trước ngày 30/6/2026."),
       (C, "III.2", "Hoàn thành số hóa 6.840 trang sổ hộ tịch còn lại của xã trước ngày 30/9/2026.")])
multi("cross_document", "tập huấn quy trình nội bộ qđ 312: tỉnh giao ai làm tháng mấy, xã đông lũy tự tập huấn ngày nào",
      "QĐ 312 giao Sở Tư pháp tập huấn cho 68 xã, phường theo 04 cụm, hoàn thành trong tháng 4/2026; xã Đông Lũy "
      "(Văn phòng HĐND và UBND xã) tập huấn cho công chức của xã vào ngày 22/9/2026.",
      ["tháng 4/2026", "22/9/2026"],
      [(A, "Điều 2.1.b", "hoàn thành trong tháng 4/2026."),
       (C, "VII.1", "công chức Trung tâm Phục vụ hành chính công xã vào ngày 22/9/2026.")])
multi("cross_document", "giấy khai sinh trả trong bao lâu theo quy trình của tỉnh, chỉ tiêu thi đua xã có khớp không",
      "Có: quy trình QT-HT.01 quy định 04 giờ làm việc và chỉ tiêu thi đua của xã cũng là trả Giấy khai sinh "
      "trong 04 giờ làm việc.", ["04 giờ làm việc"],
      [(A, "Phần II.A.1", "04 giờ làm việc"),
       (C, "III.1", "trả Giấy khai sinh trong 04 giờ làm việc.")])
multi("cross_document", "kế hoạch 87 căn cứ quyết định phê duyệt quy trình nào, qđ đó ai ký",
      "Căn cứ Quyết định số 312/QĐ-UBND ngày 16/3/2026; quyết định do Phó Chủ tịch Đinh Khắc Thiều ký (KT. Chủ tịch).",
      ["312/QĐ-UBND", "Đinh Khắc Thiều"],
      [(C, "preamble", "Căn cứ Quyết định số 312/QĐ-UBND ngày 16/3/2026"),
       (A, "signature", "Đinh Khắc Thiều")])
multi("cross_document", "STP kêu quy trình điện tử chưa cấu hình đầy đủ, vậy qđ 312 giao ai xử lý, hạn khi nào",
      "Báo cáo 18 nêu hạn chế này; QĐ 312 giao Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng UBND tỉnh "
      "thiết lập quy trình điện tử, hoàn thành trước ngày 31/3/2026.",
      ["Sở Khoa học và Công nghệ", "31/3/2026"],
      [(B, "Phần III.1", "quy trình điện tử trên Hệ thống thông tin giải quyết TTHC tỉnh chưa được cấu hình đầy đủ"),
       (A, "Điều 2.2", "hoàn thành trước ngày 31/3/2026")])
multi("cross_document", "qđ 1975 được nhắc ở tiêu chí nào trong bảng chấm điểm của STP, giờ còn hiệu lực không",
      "Là tài liệu kiểm chứng của tiêu chí thành phần 3.3.3 (phân cấp, ủy quyền giải quyết TTHC); Quyết định "
      "1975/QĐ-UBND bị thay thế bởi Quyết định 312 từ ngày 01 tháng 4 năm 2026.",
      ["1975/QĐ-UBND", "01 tháng 4 năm 2026"],
      [(B, "Phụ lục.3.3.3", "Quyết định số 1975/QĐ-UBND ngày 14/10/2025"),
       (A, "Điều 3", "thay thế Quyết định số 1975/QĐ-UBND")])
multi("cross_document", "xã đông lũy phải báo cáo những sở nào: về ngày cđs và về thực hiện quy trình nội bộ",
      "Kết quả hưởng ứng Ngày Chuyển đổi số quốc gia báo cáo Sở Khoa học và Công nghệ trước ngày 16/10/2026 (kế "
      "hoạch 87); kết quả thực hiện quy trình nội bộ báo cáo Sở Tư pháp 6 tháng (trước 10/6/2026) và năm (trước "
      "10/12/2026) theo QĐ 312.", ["16/10/2026", "10/12/2026"],
      [(C, "VII.1", "Báo cáo kết quả hưởng ứng Ngày Chuyển đổi số quốc gia về Sở Khoa học và Công nghệ trước ngày "
                    "16/10/2026"),
       (A, "Điều 2.4.c", "Báo cáo kết quả thực hiện về Sở Tư pháp 6 tháng (trước ngày 10/6/2026) và năm (trước "
                         "ngày 10/12/2026).")])
multi("cross_document", "toàn tỉnh còn bao nhiêu trang sổ hộ tịch chưa số hóa, riêng xã đông lũy còn bao nhiêu",
      "Toàn tỉnh còn 41.250 trang sổ của 23 xã, phường (báo cáo 18); xã Đông Lũy còn 6.840 trang (kế hoạch 87).",
      ["41.250", "6.840"],
      [(B, "Phần I.3", "còn 41.250 trang sổ của 23 xã, phường chưa được số hóa."),
       (C, "III.2", "Hoàn thành số hóa 6.840 trang sổ hộ tịch còn lại của xã")])
multi("cross_document", "đăng ký kết hôn theo qđ 312 mất bao lâu, kế hoạch thi đua xã đặt yêu cầu gì với hồ sơ hộ tịch",
      "QĐ 312: 03 ngày làm việc; kế hoạch 87: giải quyết 100% hồ sơ hộ tịch, chứng thực đúng quy trình nội bộ tại "
      "Quyết định 312.", ["03 ngày làm việc", "100%"],
      [(A, "Phần II.A.2", "03 ngày làm việc"),
       (C, "III.1", "Giải quyết 100% hồ sơ hộ tịch, chứng thực đúng quy trình nội bộ tại Quyết định số "
                    "312/QĐ-UBND")])
multi("cross_document", "STP đề nghị sở khcn hỗ trợ gì, qđ 312 giao sở khcn việc gì",
      "Báo cáo 18 đề nghị Sở Khoa học và Công nghệ hỗ trợ 23 máy quét cho các xã, phường chưa hoàn thành số hóa; "
      "QĐ 312 giao Sở này thiết lập quy trình điện tử trên Hệ thống thông tin giải quyết TTHC tỉnh trước ngày "
      "31/3/2026.", ["23 máy quét", "31/3/2026"],
      [(B, "Phần III.4", "Sở Khoa học và Công nghệ hỗ trợ 23 máy quét cho các xã, phường chưa hoàn thành số hóa."),
       (A, "Điều 2.2", "hoàn thành trước ngày 31/3/2026")])

# ------------------------------------------------------------------------------------------------ comparison
multi("comparison", "tỷ lệ nộp hồ sơ trực tuyến năm 2025 của sở tư pháp với xã đông lũy chênh nhau bao nhiêu",
      "Sở Tư pháp đạt 87,6%, xã Đông Lũy đạt 48,3%: Sở cao hơn 39,3 điểm phần trăm.", ["87,6%", "48,3%"],
      [(B, "Phần I.3", "tỷ lệ hồ sơ nộp trực tuyến đạt 87,6%."),
       (C, "III.1", "(năm 2025 đạt 48,3%)")])
multi("comparison", "đăng ký kết hôn với đăng ký khai sinh cái nào giải quyết lâu hơn",
      "Đăng ký kết hôn lâu hơn: 03 ngày làm việc, so với 04 giờ làm việc của đăng ký khai sinh.",
      ["03 ngày làm việc", "04 giờ làm việc"],
      [(A, "Phần II.A.2", "03 ngày làm việc"), (A, "Phần II.A.1", "04 giờ làm việc")])
multi("comparison", "lĩnh vực cải cách tthc và lĩnh vực chính quyền số của STP lĩnh vực nào bị trừ nhiều điểm hơn",
      "Lĩnh vực Xây dựng, phát triển Chính quyền điện tử, Chính quyền số bị trừ nhiều hơn (trừ 3,25 điểm), so "
      "với lĩnh vực Cải cách thủ tục hành chính (trừ 0,50 điểm).", ["trừ 3,25 điểm", "trừ 0,50 điểm"],
      [(B, "Phần II.3", "Lĩnh vực Cải cách thủ tục hành chính (trừ 0,50 điểm)"),
       (B, "Phần II.5", "Chính quyền số (trừ 3,25 điểm)")])
it("comparison", "lĩnh vực nào của sở tư pháp đạt tỷ lệ cao nhất, lĩnh vực nào thấp nhất",
   "Cao nhất: Cải cách thủ tục hành chính (13,50/14,00 điểm); thấp nhất: Xây dựng, phát triển Chính quyền điện "
   "tử, Chính quyền số (11,75/15,00 điểm).", ["13,50/14,00", "11,75/15,00"], B, "Phần I.2",
   "Lĩnh vực đạt tỷ lệ cao nhất là Cải cách thủ tục hành chính (13,50/14,00 điểm)")
multi("comparison", "thôn cây thị với thôn tân lũy thôn nào chỉ tiêu hồ sơ trực tuyến cao hơn",
      "Thôn Tân Lũy cao hơn: 130 hồ sơ, so với 120 hồ sơ của thôn Cây Thị.", ["130", "120"],
      [(C, "Phụ lục.13", "Tân Lũy"), (C, "Phụ lục.1", "Cây Thị")])
multi("comparison", "chứng thực bản sao và chứng thực hợp đồng động sản thời hạn khác nhau thế nào",
      "Chứng thực bản sao từ bản chính: 02 giờ làm việc; chứng thực hợp đồng, giao dịch về động sản: 02 ngày làm "
      "việc.", ["02 giờ làm việc", "02 ngày làm việc"],
      [(A, "Phần II.B.6", "Chứng thực bản sao từ bản chính giấy tờ, văn bản"),
       (A, "Phần II.B.7", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản")])
multi("comparison", "chỉ tiêu hồ sơ trực tuyến năm 2026 của STP và của xã đông lũy ai đặt cao hơn",
      "Sở Tư pháp cao hơn: phấn đấu từ 92% trở lên; xã Đông Lũy đặt chỉ tiêu từ 70% trở lên.", ["92%", "70%"],
      [(B, "Phần III.3.e", "Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt từ 92% trở lên"),
       (C, "III.1", "Tỷ lệ hồ sơ nộp trực tuyến đạt từ 70% trở lên")])

# ------------------------------------------------------------------------------------------------ unit_duties
multi("unit_duties", "ubnd các xã phường phải làm gì theo qđ 312",
      "Niêm yết công khai quy trình tại Trung tâm Phục vụ hành chính công và trang thông tin điện tử chậm nhất 05 "
      "ngày làm việc kể từ ngày Quyết định có hiệu lực; lập danh sách tài khoản công chức xử lý từng bước gửi Sở "
      "Khoa học và Công nghệ trước 25/3/2026; báo cáo Sở Tư pháp 6 tháng (trước 10/6/2026) và năm (trước "
      "10/12/2026).", ["Niêm yết công khai", "danh sách tài khoản", "10/6/2026"],
      [(A, "Điều 2.4.a", "Niêm yết công khai quy trình tại Trung tâm Phục vụ hành chính công"),
       (A, "Điều 2.4.b", "Lập danh sách tài khoản của công chức được phân công thực hiện từng bước xử lý"),
       (A, "Điều 2.4.c", "Báo cáo kết quả thực hiện về Sở Tư pháp 6 tháng (trước ngày 10/6/2026)")])
multi("unit_duties", "sở tư pháp có những nhiệm vụ gì trong qđ 312",
      "Hướng dẫn, kiểm tra các xã, phường thực hiện quy trình (định kỳ 06 tháng/lần); tập huấn quy trình cho công "
      "chức hộ tịch, chứng thực 68 xã, phường theo 04 cụm trong tháng 4/2026; tổng hợp, báo cáo Chủ tịch UBND tỉnh "
      "trước 20/6/2026 và 20/12/2026.", ["06 tháng/lần", "04 cụm", "20/12/2026"],
      [(A, "Điều 2.1.a", "kiểm tra định kỳ 06 tháng/lần"),
       (A, "Điều 2.1.b", "theo 04 cụm, hoàn thành trong tháng 4/2026."),
       (A, "Điều 2.1.c", "trước ngày 20/12/2026 (kỳ năm).")])
multi("unit_duties", "trung tâm phục vụ hành chính công xã được giao những việc gì trong kế hoạch 87",
      "Chủ trì \"Thứ Bảy số\" (19/9 - 03/10/2026, phối hợp VNPT, Viettel); bố trí 02 công chức hướng dẫn người dân "
      "từ 07 giờ 30 đến 11 giờ 30 các buổi \"Thứ Bảy số\"; báo cáo số liệu hồ sơ trực tuyến, quá hạn hằng tuần "
      "(đợt 1) và hằng tháng (đợt 2).", ["Thứ Bảy số", "02 công chức", "hằng tuần"],
      [(C, "IV.4", '"Thứ Bảy số": hướng dẫn nộp hồ sơ'),
       (C, "VII.2", "Bố trí 02 công chức hướng dẫn người dân từ 07 giờ 30 đến 11 giờ 30"),
       (C, "VII.2", "hằng tuần (chiều thứ Sáu) trong đợt 1 và hằng tháng trong đợt 2")])
multi("unit_duties", "công an xã đông lũy được giao gì trong phong trào",
      "Chủ trì kích hoạt tài khoản định danh điện tử mức độ 2 lưu động tại nhà văn hóa các thôn "
      "(28/9-08/10/2026); hướng dẫn người dân tích hợp giấy tờ vào VNeID; cung cấp số liệu tài khoản kích hoạt từng thôn "
      "vào ngày 25 hằng tháng.", ["28/9-08/10/2026", "VNeID", "ngày 25 hằng tháng"],
      [(C, "IV.3", "28/9-08/10/2026"),
       (C, "VII.4", "hướng dẫn người dân tích hợp giấy tờ vào ứng dụng VNeID"),
       (C, "VII.4", "vào ngày 25 hằng tháng.")])
multi("unit_duties", "văn phòng sở tư pháp phụ trách những việc gì",
      "Đầu mối tổng hợp, cập nhật tài liệu kiểm chứng lên Phần mềm chấm điểm (trước 08/01/2026); chủ trì hoàn "
      "thiện hồ sơ cấp độ an toàn Hệ thống quản lý lý lịch tư pháp (tháng 3/2026); chủ trì chuyển giao ban quý với "
      "68 xã, phường sang trực tuyến.", ["tài liệu kiểm chứng", "tháng 3/2026", "giao ban"],
      [(B, "Phần I.1", "Văn phòng Sở là đầu mối tổng hợp, cập nhật tài liệu kiểm chứng"),
       (B, "Phần III.3.d", "Văn phòng Sở chủ trì, phối hợp Sở Khoa học và Công nghệ; thời hạn: tháng 3/2026."),
       (B, "Phần III.3.đ", "Chuyển họp giao ban quý với 68 xã, phường sang hình thức trực tuyến. Văn phòng Sở chủ "
                           "trì")])

# ------------------------------------------------------------------------------------------------ task_list
multi("task_list", "quy trình đăng ký khai sinh gồm những bước nào",
      "5 bước: (1) tiếp nhận, kiểm tra, số hóa hồ sơ (Công chức TTPVHCC, 0,5 giờ); (2) kiểm tra, cập nhật CSDLHT, "
      "dự thảo Giấy khai sinh (công chức hộ tịch, 2 giờ); (3) ký Giấy khai sinh (Chủ tịch hoặc Phó Chủ tịch UBND "
      "xã, 1 giờ); (4) đóng dấu, ghi Sổ, ký số (công chức hộ tịch, 0,25 giờ); (5) trả kết quả (Công chức TTPVHCC, "
      "0,25 giờ).", ["dự thảo Giấy khai sinh", "ký Giấy khai sinh", "Trả kết quả"],
      [(A, "Phần III.A.1.1", "Tiếp nhận, kiểm tra hồ sơ; số hóa và cập nhật hồ sơ vào Hệ thống TTHC"),
       (A, "Phần III.A.1.2", "dự thảo Giấy khai sinh"),
       (A, "Phần III.A.1.3", "Xem xét, ký Giấy khai sinh"),
       (A, "Phần III.A.1.4", "Đóng dấu; ghi Sổ đăng ký khai sinh; ký số bản điện tử Giấy khai sinh"),
       (A, "Phần III.A.1.5", "Trả kết quả; người yêu cầu ký Sổ đăng ký khai sinh")])
multi("task_list", "liệt kê các hoạt động cao điểm hưởng ứng ngày cđs của xã đông lũy",
      "8 hoạt động: lễ phát động, ra quân 14 Tổ công nghệ số cộng đồng; Cuộc thi trực tuyến \"Công dân số Đông Lũy\"; "
      "kích hoạt định danh điện tử mức độ 2 lưu động; \"Thứ Bảy số\"; \"Chợ không dùng tiền mặt\"; tọa đàm "
      "\"Chính quyền số gần dân\"; Ngày hội Chuyển đổi số xã; sơ kết đợt 1.",
      ["Lễ phát động", "Ngày hội Chuyển đổi số xã", "Sơ kết đợt 1"],
      [(C, "IV.1", "Lễ phát động phong trào thi đua;"), (C, "IV.2", 'Cuộc thi trực tuyến "Công dân số'),
       (C, "IV.3", "Kích hoạt tài khoản định danh"), (C, "IV.4", '"Thứ Bảy số": hướng dẫn nộp hồ sơ'),
       (C, "IV.5", '"Chợ không dùng tiền mặt": hướng'), (C, "IV.6", 'Tọa đàm "Chính quyền số gần dân"'),
       (C, "IV.7", "Ngày hội Chuyển đổi số xã: trưng"), (C, "IV.8", "Sơ kết đợt 1, biểu dương Tổ CNSCĐ")])
multi("task_list", "nhiệm vụ giải pháp năm 2026 của sở tư pháp trong báo cáo 18 gồm những gì",
      "Tham mưu phê duyệt quy trình nội bộ hộ tịch, chứng thực cấp xã (quý I/2026); số hóa 100% sổ hộ tịch còn lại "
      "(trước 30/6/2026); 02 lớp bồi dưỡng nghiệp vụ cho công chức cấp xã (quý II/2026); hồ sơ cấp độ an toàn Hệ "
      "thống quản lý lý lịch tư pháp (tháng 3/2026); giao ban quý trực tuyến với 68 xã, phường; phấn đấu hồ sơ trực "
      "tuyến từ 92%, đúng hạn 100%.", ["quy trình nội bộ", "02 lớp bồi dưỡng", "92%"],
      [(B, "Phần III.3.a", "Tham mưu Chủ tịch Ủy ban nhân dân tỉnh phê duyệt quy trình nội bộ"),
       (B, "Phần III.3.b", "Hoàn thành số hóa 100% sổ hộ tịch còn lại (41.250 trang)"),
       (B, "Phần III.3.c", "Tổ chức 02 lớp bồi dưỡng nghiệp vụ hộ tịch, chứng thực cho công chức cấp xã."),
       (B, "Phần III.3.d", "Hoàn thiện hồ sơ đề xuất cấp độ an toàn cho Hệ thống quản lý lý lịch tư pháp"),
       (B, "Phần III.3.đ", "Chuyển họp giao ban quý với 68 xã, phường sang hình thức trực tuyến."),
       (B, "Phần III.3.e", "Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt từ 92% trở lên")])
multi("task_list", "chứng thực hợp đồng giao dịch về động sản đi qua những bước nào",
      "5 bước: tiếp nhận, kiểm tra hồ sơ (TTPVHCC, 0,5 giờ); kiểm tra năng lực hành vi dân sự, hướng dẫn ký (công "
      "chức chứng thực, 8 giờ); ghi lời chứng, ký chứng thực (Chủ tịch hoặc Phó Chủ tịch UBND xã, 6 giờ); đóng dấu, "
      "ghi Sổ chứng thực (1 giờ); trả kết quả, thu phí chứng thực (0,5 giờ).",
      ["năng lực hành vi dân sự", "Ghi lời chứng", "thu phí chứng thực"],
      [(A, "Phần III.B.7.1", "Tiếp nhận, kiểm tra hồ sơ, dự thảo hợp đồng"),
       (A, "Phần III.B.7.2", "Kiểm tra năng lực hành vi dân sự, sự tự nguyện của các bên"),
       (A, "Phần III.B.7.3", "Ghi lời chứng; ký chứng thực"),
       (A, "Phần III.B.7.4", "Đóng dấu; ghi Sổ chứng thực hợp đồng, giao dịch"),
       (A, "Phần III.B.7.5", "Trả kết quả; thu phí chứng thực")])

# ------------------------------------------------------------------------------------------------ no_diacritics
it("no_diacritics", "qd 312 co hieu luc tu ngay nao vay",
   "Từ ngày 01 tháng 4 năm 2026.", ["01 tháng 4 năm 2026"], A, "Điều 3", "có hiệu lực thi hành từ ngày 01 tháng 4 "
   "năm 2026")
it("no_diacritics", "chung thuc ban sao tu ban chinh mat bao lau",
   "02 giờ làm việc (yêu cầu số lượng lớn: không quá 02 ngày làm việc).", ["02 giờ làm việc"], A, "Phần II.B.6",
   "Chứng thực bản sao từ bản chính giấy tờ, văn bản")
it("no_diacritics", "so tu phap tu cham bao nhieu diem chi so cchc nam 2025",
   "63,25/70,00 điểm, đạt 90,36%.", ["63,25"], B, "Phần I.2", "Sở Tư pháp tự chấm 63,25 điểm")
it("no_diacritics", "ai ky bao cao 18 cua so tu phap",
   "Giám đốc Mạc Thị Uyên.", ["Mạc Thị Uyên"], B, "signature", "Mạc Thị Uyên")
it("no_diacritics", "thu bay so o xa dong luy keo dai tu ngay nao den ngay nao",
   "19/9-03/10/2026: các ngày thứ Bảy từ 19/9 đến 03/10/2026, TTPVHCC chủ trì.", ["19/9-03/10/2026"], C, "IV.4",
   "19/9-03/10/2026")
it("no_diacritics", "thon na mon to cong nghe so co may thanh vien, chi tieu vneid bao nhieu",
   "5 thành viên; chỉ tiêu 35 tài khoản VNeID mức 2 (và 45 hồ sơ trực tuyến).", ["35"], C, "Phụ lục.5", "Nà Mòn")
it("no_diacritics", "kinh phi khen thuong trong ke hoach thi dua cua xa la bao nhieu",
   "Khen thưởng 9 triệu đồng (trong tổng 42,6 triệu đồng).", ["khen thưởng 9 triệu đồng"], C, "VI",
   "khen thưởng 9 triệu đồng")
it("no_diacritics", "buoc 2 dang ky ket hon mat bao nhieu gio, ai lam",
   "18 giờ; Công chức làm công tác hộ tịch (kiểm tra điều kiện kết hôn, dự thảo Giấy chứng nhận kết hôn).",
   ["18 giờ", "Công chức làm công tác hộ tịch"], A, "Phần III.A.2.2",
   "Kiểm tra điều kiện kết hôn, tình trạng hôn nhân trên CSDLHT")
it("no_diacritics", "tieu chi 7.4 an toan thong tin so tu phap bi tru may diem",
   "Tự chấm 1,00/2,00 điểm (bị trừ 1,00 điểm) vì Hệ thống quản lý lý lịch tư pháp chưa được phê duyệt cấp độ an "
   "toàn.", ["1,00", "2,00"], B, "Phụ lục.7.4", "Bảo đảm an toàn thông tin mạng")
it("no_diacritics", "ho so nop truc tuyen phai tiep nhan trong bao lau theo quy trinh noi bo",
   "Trong 04 giờ làm việc kể từ khi Hệ thống TTHC ghi nhận; quá hạn, hệ thống tự động cảnh báo Lãnh đạo UBND cấp "
   "xã.", ["04 giờ làm việc"], A, "Phần I.3",
   "Hồ sơ nộp trực tuyến được tiếp nhận trong 04 giờ làm việc kể từ khi Hệ thống TTHC ghi nhận")
it("no_diacritics", "ai chu tri toa dam chinh quyen so gan dan, ngay nao",
   "VP HĐND-UBND (Văn phòng HĐND và UBND xã), ngày 08/10/2026.", ["VP HĐND-UBND", "08/10/2026"], C, "IV.6",
   "08/10/2026")
it("no_diacritics", "so tu phap con bao nhieu cong chuc chua boi duong theo tieu chuan chuc danh",
   "05/42 công chức.", ["05/42"], B, "Phần II.4",
   "Tiêu chí 5.3: 05/42 công chức chưa hoàn thành bồi dưỡng theo tiêu chuẩn chức danh")

# ------------------------------------------------------------------------------------------------ english
it("english", "When does the decision on internal procedures for civil status and certification take effect?",
   "From 01 tháng 4 năm 2026 (1 April 2026); it replaces Quyết định số 1975/QĐ-UBND.", ["01 tháng 4 năm 2026"], A,
   "Điều 3", "có hiệu lực thi hành từ ngày 01 tháng 4 năm 2026")
it("english", "How many points did the Department of Justice give itself in its 2025 self-assessment?",
   "63,25 out of 70,00 points (90,36%); the remaining 30 points come from the sociological survey.", ["63,25"], B,
   "Phần I.2", "Sở Tư pháp tự chấm 63,25 điểm, đạt 90,36%")
it("english", "Who signs the birth certificate in the internal procedure, and how long does that step take?",
   "Chủ tịch hoặc Phó Chủ tịch UBND xã, within 1 giờ (one working hour).",
   ["Chủ tịch hoặc Phó Chủ tịch UBND xã", "1 giờ"], A, "Phần III.A.1.3", "Xem xét, ký Giấy khai sinh")
it("english", "What is the total budget of the commune's emulation campaign?",
   "42,6 triệu đồng from the 2026 commune budget.", ["42,6 triệu đồng"], C, "VI",
   "Tổng kinh phí dự kiến 42,6 triệu đồng")
it("english", "Who is the contact person for the self-assessment report, and what is the phone number?",
   "Ông Triệu Văn Khởi, Chánh Văn phòng Sở, phone 0226 3 814 572.", ["Triệu Văn Khởi", "0226 3 814 572"], B,
   "closing", "điện thoại 0226 3 814 572")
it("english", "When does the peak phase of the commune's emulation campaign run?",
   "From 15/9/2026 to 10/10/2026 (Đợt 1, linked to the National Digital Transformation Day).",
   ["15/9/2026", "10/10/2026"], C, "II.2", "Đợt 1 (cao điểm): từ ngày 15/9/2026 đến ngày 10/10/2026")
it("english", "What share of the province's civil status books had been digitised by the end of 2025?",
   "86,4%; 41.250 pages in 23 communes and wards were still not digitised.", ["86,4%"], B, "Phần I.3",
   "Tỷ lệ số hóa sổ hộ tịch của toàn tỉnh đạt 86,4%")
it("english", "Which group works with the commune police on the mobile e-ID activation?",
   "Tổ CNSCĐ (Tổ công nghệ số cộng đồng), from 28/9 to 08/10/2026.", ["Tổ CNSCĐ"], C, "IV.3",
   "Kích hoạt tài khoản định danh")
it("english", "How long can a civil status correction take when verification is needed?",
   "No more than 06 ngày làm việc (six working days); the extra time is added to Bước 2.", ["06 ngày làm việc"],
   A, "Phần III.A.4", "thời hạn giải quyết không quá 06 ngày làm việc")
it("english", "How many certificates of merit can the commune chairman award at the end of the campaign?",
   "At most 04 tập thể và 10 cá nhân (4 collectives and 10 individuals), plus 02 leading technology teams after "
   "phase 1.", ["04 tập thể và 10 cá nhân"], C, "V.1", "không quá 04 tập thể và 10 cá nhân tiêu biểu")
it("english", "What is the slogan of the commune's emulation movement?",
   '"Mỗi hồ sơ một lần đến - Mỗi người dân một tài khoản số" (one visit per application, one digital account per '
   'resident).', ["Mỗi hồ sơ một lần đến - Mỗi người dân một tài khoản số"], C, "II.1",
   '"Mỗi hồ sơ một lần đến - Mỗi người dân một tài khoản số"')

# ------------------------------------------------------------------------------------------------ unanswerable
un("lệ phí đăng ký kết hôn ở xã là bao nhiêu tiền vậy",
   "Các văn bản không nêu mức lệ phí đăng ký kết hôn; Quyết định 312 chỉ quy định thời hạn 03 ngày làm việc.")
un("email của sở tư pháp tỉnh tường vân là gì",
   "Các văn bản không nêu địa chỉ email; Báo cáo 18 chỉ có điện thoại 0226 3 814 572 của ông Triệu Văn Khởi.")
un("sở tư pháp xếp thứ mấy chỉ số cchc 2025 trong khối sở ngành",
   "Báo cáo 18 chỉ nêu điểm tự chấm (63,25/70,00), không nêu thứ hạng chính thức của Sở.")
un("điểm điều tra xã hội học 2025 của sở tư pháp được bao nhiêu",
   "Không nêu: phần 30,00 điểm điều tra xã hội học do Sở Nội vụ thực hiện, Sở không tự chấm và báo cáo không có kết "
   "quả.")
un("đăng ký thường trú cho em bé sau khi làm khai sinh liên thông mất mấy ngày",
   "Quyết định 312 chỉ ghi khai sinh liên thông đăng ký thường trú, không nêu thời hạn của thủ tục đăng ký thường "
   "trú.")
un("kế hoạch 205/KH-SKHCN của sở khcn do ai ký",
   "Các văn bản chỉ trích dẫn Kế hoạch số 205/KH-SKHCN, không nêu người ký.")
un('giải nhất cuộc thi "Công dân số Đông Lũy" được thưởng bao nhiêu tiền',
   "Kế hoạch 87 không nêu cơ cấu, giá trị giải thưởng của Cuộc thi.")
un("tổ trưởng tổ công nghệ số cộng đồng thôn bãi dứa tên là gì",
   "Phụ lục chỉ nêu số thành viên và chỉ tiêu của thôn Bãi Dứa, không có tên Tổ trưởng.")
un("trung tâm phục vụ hành chính công xã đông lũy làm việc ngày thường đến mấy giờ chiều",
   "Kế hoạch chỉ nêu buổi \"Thứ Bảy số\" từ 07 giờ 30 đến 11 giờ 30; giờ làm việc ngày thường không được nêu.")
un("What is the street address of the commune People's Committee?",
   "None of the documents gives the commune's address.")
un("đường dây nóng phản ánh thủ tục hành chính của tỉnh số mấy",
   "Các văn bản không nêu số đường dây nóng.")
un("chỉ số DTI năm 2025 của tỉnh tường vân xếp thứ mấy",
   "Các văn bản không nêu Chỉ số DTI của tỉnh.")
un("kế hoạch thi đua năm 2027 của xã đông lũy có gì mới",
   "Không có kế hoạch năm 2027 trong các văn bản; Kế hoạch 87 chỉ áp dụng từ 15/9 đến 15/12/2026.")
un("chủ tịch ubnd tỉnh tường vân tên là gì",
   "Các văn bản không nêu tên Chủ tịch UBND tỉnh; Quyết định 312 do Phó Chủ tịch Đinh Khắc Thiều ký thay.")
un("công chức xử lý trễ một bước trong quy trình nội bộ bị phạt thế nào",
   "Quyết định 312 không quy định hình thức xử lý, mức phạt khi trễ bước.")


def main():
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for item in ITEMS:
            f.write(unicodedata.normalize("NFC", json.dumps(item, ensure_ascii=False)) + "\n")
    print(len(ITEMS), "items")


if __name__ == "__main__":
    main()
