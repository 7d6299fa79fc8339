# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v5 (hand-written items; SEALED).

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-tinh-lam-dien-chi-thi-04-dich-vu-cong-truc-tuyen.docx"
B = "2026-vp-ubnd-lam-dien-thong-bao-ket-luan-cchc-cds-quy-i.pdf"
C = "2026-so-vhttdl-lam-dien-huong-dan-tuyen-truyen-quy-ii.md"
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}

ITEMS = []


def it(kind, q, ans, mi, doc=None, sec=None, ev=None):
    ITEMS.append((kind, q, ans, mi, doc, sec, ev))


def un(q, ans):
    it("unanswerable", q, ans, [], None, None, None)


# ------------------------------------------------------------------ lead
it("lead", "ai lo nâng cấp hệ thống giải quyết TTHC của tỉnh theo chỉ thị 04 vậy ad?",
   "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh nâng cấp Hệ thống thông tin giải "
   "quyết TTHC tỉnh (Chỉ thị 04/CT-UBND, điểm a khoản 3); hạn theo Chỉ thị là trong Quý II/2026.",
   ["Sở Khoa học và Công nghệ"], A, "3",
   "Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh")
it("lead", "Theo Chỉ thị 04, đơn vị nào đẩy mạnh cấp và kích hoạt tài khoản định danh điện tử mức độ 2?",
   "Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường (Chỉ thị 04/CT-UBND, khoản 4).",
   ["Công an tỉnh"], A, "4",
   "Chủ trì, phối hợp với Ủy ban nhân dân các xã, phường đẩy mạnh cấp, kích hoạt tài khoản định danh điện tử mức "
   "độ 2 cho công dân")
it("lead", "mn ơi “Ngày thứ Bảy hỗ trợ dịch vụ công” do ai tổ chức?",
   "Tỉnh đoàn Lam Điền chủ trì tổ chức, tại các xã, phường (Chỉ thị 04/CT-UBND, khoản 8).",
   ["Tỉnh đoàn Lam Điền"], A, "8",
   "Tỉnh đoàn Lam Điền chủ trì tổ chức “Ngày thứ Bảy hỗ trợ dịch vụ công” tại các xã, phường")
it("lead", "Chuyên mục truyền hình “Dịch vụ công trong tầm tay” do cơ quan nào mở?",
   "Sở Văn hóa, Thể thao và Du lịch phối hợp với Báo và Phát thanh, Truyền hình Lam Điền mở chuyên mục (Chỉ thị "
   "04/CT-UBND, điểm b khoản 6).",
   ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Lam Điền"], A, "6",
   "b) Phối hợp với Báo và Phát thanh, Truyền hình Lam Điền mở chuyên mục “Dịch vụ công trong tầm tay”")
it("lead", "Theo thông báo kết luận hội nghị quý I, ai đi kiểm tra CCHC ở 6 xã có kết quả thấp?",
   "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh kiểm tra tại 06 xã; hoàn thành trong tháng "
   "6/2026 (Thông báo 87/TB-VPUBND, điểm a mục 3).",
   ["Sở Nội vụ"], B, "3.a",
   "+ Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh kiểm tra công tác CCHC tại 06 xã có kết quả thấp trong "
   "Quý I")
it("lead", "dịch vụ nhận hồ sơ, trả kết quả tại nhà cho người già, người khuyết tật thì ai triển khai?",
   "Trung tâm Phục vụ hành chính công tỉnh phối hợp với Bưu điện tỉnh Lam Điền triển khai, theo chỉ đạo của Văn "
   "phòng Ủy ban nhân dân tỉnh (Thông báo 87/TB-VPUBND, điểm c mục 3).",
   ["Trung tâm Phục vụ hành chính công tỉnh"], B, "3.c",
   "Chỉ đạo Trung tâm Phục vụ hành chính công tỉnh phối hợp với Bưu điện tỉnh Lam Điền triển khai dịch vụ nhận hồ "
   "sơ, trả kết quả TTHC tại nhà cho người cao tuổi, người khuyết tật.")
it("lead", "Lớp tập huấn kỹ năng số cho công chức cấp xã (theo thông báo 87) do ai chủ trì?",
   "Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức 02 lớp trong Quý III năm 2026 (đề nghị là "
   "của Sở Khoa học và Công nghệ; Thông báo 87/TB-VPUBND, mục 4).",
   ["Sở Nội vụ", "02 lớp"], B, "4",
   "giao Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức 02 lớp trong Quý III năm 2026")
it("lead", "Đề nghị bổ sung 2 máy tính của phường Đông Điền giao cho ai xem xét?",
   "Giao Sở Tài chính xem xét, tham mưu trong tháng 5/2026 (Thông báo 87/TB-VPUBND, mục 4).",
   ["Sở Tài chính", "tháng 5/2026"], B, "4",
   "giao Sở Tài chính xem xét, tham mưu trong tháng 5/2026")
it("lead", "Ai là đầu mối theo dõi các xã thực hiện hướng dẫn tuyên truyền quý II của Sở VHTTDL?",
   "Phòng Báo chí, Xuất bản và Thông tin cơ sở (Hướng dẫn 15/HD-SVHTTDL, mục IV.1).",
   ["Phòng Báo chí, Xuất bản và Thông tin cơ sở"], C, "IV.1",
   "- Là đầu mối theo dõi, hướng dẫn các xã, phường thực hiện Hướng dẫn này")
it("lead", "Ở xã ai phụ trách phát các bài tuyên truyền dịch vụ công trên loa?",
   "Ủy ban nhân dân xã, phường giao công chức Văn hóa - Xã hội tổ chức phát các bài theo lịch (Hướng dẫn "
   "15/HD-SVHTTDL, mục IV.2).",
   ["công chức Văn hóa - Xã hội"], C, "IV.2",
   "- Giao công chức Văn hóa - Xã hội tổ chức phát các bài theo lịch tại điểm 2 mục III")
it("lead", "Cơ quan nào là đầu mối theo dõi, đôn đốc thực hiện Chỉ thị 04?",
   "Văn phòng Ủy ban nhân dân tỉnh (Chỉ thị 04/CT-UBND, điểm a khoản 2).",
   ["Văn phòng Ủy ban nhân dân tỉnh"], A, "2",
   "a) Là cơ quan đầu mối giúp Chủ tịch Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này")
it("lead", "Hội nghị sơ kết CCHC, CĐS quý I/2026 ai chủ trì?",
   "Đồng chí Đàm Thị Hoài Thu, Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh.",
   ["Đàm Thị Hoài Thu"], B, "preamble",
   "đồng chí Đàm Thị Hoài Thu, Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh chủ "
   "trì Hội nghị")
it("lead", "Ai phải xử lý các điểm lõm sóng ở xã Pác Lùng, Nà Khoang?",
   "Sở Khoa học và Công nghệ, phối hợp với Viettel Lam Điền và VNPT Lam Điền khảo sát, xử lý; báo cáo kết quả "
   "trước ngày 30/6/2026 (Thông báo 87/TB-VPUBND, điểm b mục 3).",
   ["Sở Khoa học và Công nghệ"], B, "3.b",
   "+ Phối hợp với Viettel Lam Điền và VNPT Lam Điền khảo sát, xử lý các điểm lõm sóng tại xã Pác Lùng, xã Nà "
   "Khoang")

# ------------------------------------------------------------------ coordinators
it("coordinators", "Nâng cấp hệ thống TTHC tỉnh thì Sở KHCN phối hợp với ai (chỉ thị 04)?",
   "Phối hợp với Văn phòng Ủy ban nhân dân tỉnh.", ["Văn phòng Ủy ban nhân dân tỉnh"], A, "3.a",
   "a) Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh")
it("coordinators", "Công an tỉnh phối hợp với ai để kích hoạt VNeID cho dân?",
   "Phối hợp với Ủy ban nhân dân các xã, phường (Chỉ thị 04/CT-UBND, khoản 4).",
   ["Ủy ban nhân dân các xã, phường"], A, "4",
   "Chủ trì, phối hợp với Ủy ban nhân dân các xã, phường đẩy mạnh cấp, kích hoạt tài khoản định danh điện tử mức "
   "độ 2")
it("coordinators", "Sở Nội vụ kiểm tra CCHC 06 xã thì phối hợp với cơ quan nào?",
   "Văn phòng Ủy ban nhân dân tỉnh (Thông báo 87/TB-VPUBND, điểm a mục 3).",
   ["Văn phòng Ủy ban nhân dân tỉnh"], B, "3.a",
   "+ Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh kiểm tra công tác CCHC tại 06 xã")
it("coordinators", "khảo sát lõm sóng phối hợp với những nhà mạng nào?",
   "Viettel Lam Điền và VNPT Lam Điền (Sở Khoa học và Công nghệ chủ trì; Thông báo 87/TB-VPUBND).",
   ["Viettel Lam Điền", "VNPT Lam Điền"], B, "3.b",
   "+ Phối hợp với Viettel Lam Điền và VNPT Lam Điền khảo sát, xử lý các điểm lõm sóng")
it("coordinators", "Thông báo 87: Sở VHTTDL cập nhật tài liệu tuyên truyền DVC trên loa truyền thanh thì phối hợp "
                   "với ai?",
   "Phối hợp với Ủy ban nhân dân các xã, phường; việc cập nhật làm hằng tháng.",
   ["Ủy ban nhân dân các xã, phường"], B, "3.d",
   "+ Chủ trì, phối hợp với Ủy ban nhân dân các xã, phường cập nhật tài liệu tuyên truyền về dịch vụ công trực "
   "tuyến trên hệ thống truyền thanh cơ sở hằng tháng")
it("coordinators", "Phòng Báo chí, Xuất bản và Thông tin cơ sở phối hợp với ai để cập nhật số liệu dịch vụ công?",
   "Văn phòng Ủy ban nhân dân tỉnh (Hướng dẫn 15/HD-SVHTTDL, mục IV.1).",
   ["Văn phòng Ủy ban nhân dân tỉnh"], C, "IV.1",
   "- Phối hợp với Văn phòng Ủy ban nhân dân tỉnh cập nhật số liệu dịch vụ công trực tuyến để điều chỉnh nội dung "
   "bài phát thanh khi cần.")
it("coordinators", "Trung tâm PVHCC tỉnh làm dịch vụ trả kết quả tại nhà cùng với đơn vị nào?",
   "Bưu điện tỉnh Lam Điền (Thông báo 87/TB-VPUBND, điểm c mục 3).", ["Bưu điện tỉnh Lam Điền"], B, "3.c",
   "phối hợp với Bưu điện tỉnh Lam Điền triển khai dịch vụ nhận hồ sơ, trả kết quả TTHC tại nhà")

# ------------------------------------------------------------------ timing
it("timing", "hạn gửi danh mục TTHC đủ điều kiện trực tuyến toàn trình là khi nào?",
   "Trước ngày 15/3/2026, gửi Văn phòng Ủy ban nhân dân tỉnh (Chỉ thị 04/CT-UBND, điểm b khoản 1).",
   ["15/3/2026"], A, "1.b", "gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 15/3/2026")
it("timing", "Đến khi nào phải có 90% công dân từ 14 tuổi kích hoạt tài khoản định danh?",
   "Đến ngày 30/9/2026 (Chỉ thị 04/CT-UBND, khoản 4).", ["30/9/2026"], A, "4",
   "phấn đấu đến ngày 30/9/2026 có 90% công dân từ đủ 14 tuổi trở lên kích hoạt tài khoản")
it("timing", "chính sách giảm phí, lệ phí cho hồ sơ nộp online phải trình xong lúc nào?",
   "Trước kỳ họp giữa năm 2026 của Hội đồng nhân dân tỉnh; Sở Tài chính tham mưu (Chỉ thị 04/CT-UBND, khoản 5).",
   ["trước kỳ họp giữa năm 2026"], A, "5",
   "hoàn thành trước kỳ họp giữa năm 2026 của Hội đồng nhân dân tỉnh")
it("timing", "Hội nghị sơ kết CCHC CĐS quý 1 năm 2026 họp ngày nào, ở đâu?",
   "Ngày 14/4/2026, tại Hội trường số 2 Trung tâm Hội nghị tỉnh.", ["14/4/2026", "Hội trường số 2"], B,
   "preamble", "Ngày 14/4/2026, tại Hội trường số 2 Trung tâm Hội nghị tỉnh")
it("timing", "Đợt cao điểm kích hoạt tài khoản định danh mức 2 chạy từ ngày nào đến ngày nào?",
   "Từ ngày 15/5/2026 đến ngày 15/6/2026, do Công an tỉnh phối hợp với Ủy ban nhân dân các xã, phường tổ chức "
   "(Thông báo 87/TB-VPUBND, điểm e mục 3).", ["15/5/2026", "15/6/2026"], B, "3.e",
   "tổ chức đợt cao điểm kích hoạt tài khoản định danh điện tử mức độ 2 từ ngày 15/5/2026 đến ngày 15/6/2026")
it("timing", "Sở Nội vụ phải báo cáo tổng hợp tự đánh giá Chỉ số CCHC 2026 trước ngày nào?",
   "Trước ngày 15/12/2026 (Thông báo 87/TB-VPUBND, điểm a mục 3).", ["15/12/2026"], B, "3.a",
   "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026")
it("timing", "băng rôn tuyên truyền dịch vụ công phải treo xong trước ngày mấy?",
   "Trước ngày 15/4/2026, mỗi xã, phường ít nhất 05 băng rôn (Hướng dẫn 15/HD-SVHTTDL, mục III.4).",
   ["15/4/2026"], C, "III.4", "hoàn thành trước ngày 15/4/2026")
it("timing", "Xã báo cáo kết quả tuyên truyền quý II về Sở VHTTDL hạn chót ngày nào?",
   "Trước ngày 25/6/2026, qua Phòng Báo chí, Xuất bản và Thông tin cơ sở (Hướng dẫn 15/HD-SVHTTDL, mục IV.2).",
   ["25/6/2026"], C, "IV.2",
   "- Báo cáo kết quả tuyên truyền Quý II về Sở Văn hóa, Thể thao và Du lịch (qua Phòng Báo chí, Xuất bản và "
   "Thông tin cơ sở) trước ngày 25/6/2026.")
it("timing", "Tháng 5 bắt đầu phát bài nào, từ ngày nào?",
   "Bài 3 và Bài 4, từ ngày 04/5/2026 (Hướng dẫn 15/HD-SVHTTDL, lịch tại mục III.2).",
   ["Bài 3", "04/5/2026"], C, "III.2", "Từ ngày 04/5/2026")
it("timing", "Theo thông báo kết luận, VP UBND tỉnh trình duyệt danh mục TTHC toàn trình trước ngày nào?",
   "Trước ngày 10/5/2026 (Thông báo 87/TB-VPUBND, điểm c mục 3).", ["10/5/2026"], B, "3.c",
   "+ Trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt danh mục TTHC cung cấp trực tuyến toàn trình trước ngày "
   "10/5/2026.")
it("timing", "3 xã Suối Ngàn, Pác Lùng, Nà Khoang phải gửi kế hoạch cải thiện trước ngày nào theo thông báo 87?",
   "Trước ngày 25/4/2026, gửi Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch UBND xã trực tiếp chỉ đạo.",
   ["25/4/2026"], B, "3.đ",
   "+ Gửi kế hoạch cải thiện tỷ lệ hồ sơ trực tuyến về Văn phòng Ủy ban nhân dân tỉnh trước ngày 25/4/2026")
it("timing", "Phòng Báo chí, Xuất bản và TTCS báo cáo Giám đốc Sở kết quả trước ngày nào?",
   "Trước ngày 05/7/2026 (Hướng dẫn 15/HD-SVHTTDL, mục IV.1).", ["05/7/2026"], C, "IV.1",
   "tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 05/7/2026")

# ------------------------------------------------------------------ frequency
it("frequency", "Báo cáo thực hiện chỉ thị 04 gửi bao lâu một lần, hạn ngày mấy?",
   "Hằng quý, trước ngày 18 của tháng cuối quý, gửi Văn phòng Ủy ban nhân dân tỉnh (Chỉ thị 04/CT-UBND, điểm đ "
   "khoản 1).", ["hằng quý", "trước ngày 18 của tháng cuối quý"], A, "1.đ",
   "đ) Báo cáo kết quả thực hiện Chỉ thị định kỳ hằng quý, trước ngày 18 của tháng cuối quý")
it("frequency", "Tổ công nghệ số cộng đồng xuống thôn hỗ trợ dân bao lâu một lần?",
   "Ít nhất 01 buổi/tuần (Chỉ thị 04/CT-UBND, điểm a khoản 7).", ["01 buổi/tuần"], A, "7.a",
   "phân công Tổ công nghệ số cộng đồng hỗ trợ người dân tại thôn, tổ dân phố ít nhất 01 buổi/tuần")
it("frequency", "chuyên mục Dịch vụ công trong tầm tay phát mấy số một tháng?",
   "02 số/tháng trên kênh truyền hình của tỉnh.", ["02 số/tháng"], A, "6.b",
   "phát sóng 02 số/tháng trên kênh truyền hình của tỉnh")
it("frequency", "loa xã phát bài dịch vụ công mấy buổi một tuần?",
   "03 buổi/tuần (sáng thứ Hai, sáng thứ Tư, chiều thứ Sáu), mỗi buổi 10–15 phút; các xã có tỷ lệ hồ sơ trực "
   "tuyến Quý I dưới 50% phát 05 buổi/tuần.", ["03 buổi/tuần", "05 buổi/tuần"], C, "III.1",
   "03 buổi/tuần (sáng thứ Hai, sáng thứ Tư, chiều thứ Sáu), mỗi buổi từ 10 đến 15 phút")
it("frequency", "Sở KHCN phải diễn tập ứng cứu sự cố an toàn thông tin bao lâu một lần?",
   "Ít nhất 01 lần/năm (Chỉ thị 04/CT-UBND, điểm b khoản 3).", ["01 lần/năm"], A, "3.b",
   "tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng ít nhất 01 lần/năm")
it("frequency", "Bài tuyên truyền chia sẻ lên nhóm Zalo thôn với tần suất bao nhiêu?",
   "Ít nhất 01 bài/tuần (Hướng dẫn 15/HD-SVHTTDL, mục III.3).", ["01 bài/tuần"], C, "III.3",
   "chia sẻ lên nhóm Zalo của thôn, tổ dân phố, ít nhất 01 bài/tuần")
it("frequency", "Kết quả xếp hạng theo Bộ chỉ số phục vụ người dân được công khai bao lâu một lần?",
   "Hằng tháng, trên Cổng thông tin điện tử tỉnh, do Văn phòng Ủy ban nhân dân tỉnh thực hiện.",
   ["Hằng tháng"], A, "2.c",
   "c) Hằng tháng công khai trên Cổng thông tin điện tử tỉnh kết quả xếp hạng các sở, ngành và xã, phường")

# ------------------------------------------------------------------ fact
it("fact", "Chỉ thị 04/CT-UBND của tỉnh Lam Điền ai ký?",
   "Chủ tịch Ủy ban nhân dân tỉnh Trịnh Quốc Vĩ.", ["Trịnh Quốc Vĩ"], A, "signature", "Trịnh Quốc Vĩ")
it("fact", "Thông báo kết luận 87 do ai ký?",
   "Ông/bà Khổng Minh Luận, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh ký (TL. Chủ tịch, KT. Chánh Văn phòng); nội "
   "dung là kết luận của Phó Chủ tịch Đàm Thị Hoài Thu.", ["Khổng Minh Luận"], B, "signature", "Khổng Minh Luận")
it("fact", "Hướng dẫn tuyên truyền quý II của Sở VHTTDL số mấy, ngày nào?",
   "Số 15/HD-SVHTTDL, ngày 25/3/2026.", ["15/HD-SVHTTDL"], C, "header", "Số: 15/HD-SVHTTDL")
it("fact", "Tài liệu phát thanh về dịch vụ công tải ở đâu vậy ạ?",
   "Tại mục “Thông tin cơ sở” trên Trang thông tin điện tử của Sở Văn hóa, Thể thao và Du lịch: "
   "https://svhttdl.lamdien.gov.vn/thong-tin-co-so", ["https://svhttdl.lamdien.gov.vn/thong-tin-co-so"], C, "II.2",
   "Trang thông tin điện tử của Sở: https://svhttdl.lamdien.gov.vn/thong-tin-co-so")
it("fact", "Vướng mắc về hướng dẫn tuyên truyền thì gọi ai, số nào?",
   "Đồng chí Lã Thị Bích Ngân, Phòng Báo chí, Xuất bản và Thông tin cơ sở, điện thoại 0233 3812 459.",
   ["Lã Thị Bích Ngân", "0233 3812 459"], C, "closing",
   "(đồng chí Lã Thị Bích Ngân, điện thoại: 0233 3812 459)")
it("fact", "Thông báo kết luận hội nghị sơ kết quý I số mấy, ngày nào?",
   "Thông báo số 87/TB-VPUBND ngày 17/4/2026 của Văn phòng Ủy ban nhân dân tỉnh.", ["87/TB-VPUBND"], B, "header",
   "Số: 87/TB-VPUBND")
it("fact", "Tại sao hạn nâng cấp hệ thống giải quyết TTHC bị lùi?",
   "Do phải chờ hướng dẫn kết nối của Bộ Công an; hạn được điều chỉnh đến ngày 31/7/2026 (Thông báo "
   "87/TB-VPUBND, điểm b mục 3).", ["Bộ Công an", "31/7/2026"], B, "3.b",
   "thời hạn được điều chỉnh đến ngày 31/7/2026 do phải chờ hướng dẫn kết nối của Bộ Công an")
it("fact", "xã Thạch Bàn Thượng xin lùi hạn báo cáo quý có được đồng ý không?",
   "Không thống nhất; các xã, phường thực hiện đúng thời hạn báo cáo tại Chỉ thị số 04/CT-UBND.",
   ["không thống nhất"], B, "4",
   "(3) Đề nghị của xã Thạch Bàn Thượng về lùi thời hạn báo cáo quý: không thống nhất")
it("fact", "Chỉ thị 04 về dịch vụ công trực tuyến ban hành ngày nào?",
   "Ngày 09 tháng 02 năm 2026.", ["09 tháng 02 năm 2026"], A, "header", "Lam Điền, ngày 09 tháng 02 năm 2026")
it("fact", "Ai ký hướng dẫn 15 của Sở VHTTDL?",
   "Phó Giám đốc Ninh Văn Khải (KT. Giám đốc).", ["Ninh Văn Khải"], C, "signature", "Ninh Văn Khải")

# ------------------------------------------------------------------ figure
it("figure", "Năm 2025 tỉnh nhận bao nhiêu hồ sơ TTHC, bao nhiêu % nộp trực tuyến?",
   "412.560 hồ sơ, trong đó 68,4% nộp trực tuyến (Chỉ thị 04/CT-UBND, phần mở đầu).", ["412.560", "68,4%"], A,
   "preamble", "đã tiếp nhận 412.560 hồ sơ thủ tục hành chính (sau đây viết tắt là TTHC), trong đó 68,4% hồ sơ được "
               "nộp trực tuyến")
it("figure", "Chỉ số phục vụ người dân, doanh nghiệp của tỉnh năm 2025 được bao nhiêu điểm?",
   "83,15 điểm.", ["83,15"], A, "preamble",
   "Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công của tỉnh đạt 83,15 điểm.")
it("figure", "Quý I/2026 tỷ lệ thanh toán trực tuyến đạt bao nhiêu?",
   "44,8%, thấp xa chỉ tiêu 60% (Thông báo 87/TB-VPUBND, mục 1).", ["44,8%"], B, "1",
   "tỷ lệ thanh toán trực tuyến mới đạt 44,8%, thấp xa chỉ tiêu 60%")
it("figure", "Phường Đông Điền quý 1 nhận bao nhiêu hồ sơ, tỷ lệ trực tuyến bao nhiêu?",
   "2.846 hồ sơ, 2.561 hồ sơ trực tuyến, tỷ lệ 90,0%; thanh toán trực tuyến 58,3% (Phụ lục, Bảng 1).",
   ["2.846", "90,0"], B, "Phụ lục", "Phường Đông Điền")
it("figure", "Tỷ lệ hồ sơ trực tuyến quý I của xã Pác Lùng?",
   "39,1% (161/412 hồ sơ), thấp nhất trong Bảng 2; thanh toán trực tuyến 18,6%.", ["39,1"], B, "Phụ lục",
   "Xã Pác Lùng")
it("figure", "Khu hỗ trợ nộp hồ sơ trực tuyến ở Trung tâm PVHCC tỉnh phải có mấy máy tính?",
   "Ít nhất 04 máy tính và 02 nhân viên hướng dẫn thường trực (Chỉ thị 04/CT-UBND, điểm b khoản 2).",
   ["04 máy tính", "02 nhân viên"], A, "2.b",
   "với ít nhất 04 máy tính và 02 nhân viên hướng dẫn thường trực trong giờ hành chính")
it("figure", "tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh quý I/2026 là bao nhiêu, tăng bao nhiêu?",
   "74,6%, tăng 6,2 điểm phần trăm so với cùng kỳ.", ["74,6%", "6,2 điểm phần trăm"], B, "1",
   "tỷ lệ hồ sơ TTHC nộp trực tuyến toàn tỉnh đạt 74,6%, tăng 6,2 điểm phần trăm so với cùng kỳ")
it("figure", "Chỉ thị 04 đề xuất giảm bao nhiêu % phí, lệ phí khi nộp trực tuyến?",
   "Giảm 50% mức thu phí, lệ phí đối với hồ sơ nộp trực tuyến năm 2026 (Sở Tài chính tham mưu trình HĐND tỉnh).",
   ["50%"], A, "5", "chính sách giảm 50% mức thu phí, lệ phí đối với hồ sơ nộp trực tuyến năm 2026")

# ------------------------------------------------------------------ list
it("list", "Chỉ thị 04 nêu những hạn chế nào của dịch vụ công trực tuyến?",
   "Bốn hạn chế: (1) nhiều TTHC đủ điều kiện chưa được cung cấp trực tuyến toàn trình; (2) tỷ lệ hồ sơ trực tuyến "
   "giữa các xã, phường chênh lệch lớn, có nơi dưới 40%; (3) tái sử dụng dữ liệu đã số hóa còn thấp; (4) hướng dẫn, "
   "hỗ trợ người cao tuổi, người dân vùng sâu, vùng xa chưa thường xuyên.",
   ["toàn trình", "chênh lệch lớn", "tái sử dụng dữ liệu"], A, "preamble",
   "(2) tỷ lệ hồ sơ trực tuyến giữa các xã, phường chênh lệch lớn, có nơi dưới 40%")
it("list", "Các chỉ tiêu phải đạt năm 2026 theo chỉ thị 04 là gì?",
   "Hồ sơ nộp trực tuyến từ 80% trở lên; thanh toán trực tuyến phí, lệ phí từ 60% trở lên; giải quyết đúng hạn từ "
   "98% trở lên; 100% kết quả giải quyết TTHC được ký số, trả bản điện tử.", ["80%", "60%", "98%"], A, "1.d",
   "• Tỷ lệ hồ sơ giải quyết đúng hạn: từ 98% trở lên;")
it("list", "Khẩu hiệu tuyên truyền dịch vụ công quý II gồm những câu nào?",
   "“Dịch vụ công trực tuyến - Nhanh hơn, gọn hơn, minh bạch hơn”; “Ở nhà nộp hồ sơ, không lo đi lại”; “Mỗi thôn "
   "một Tổ công nghệ số, mỗi nhà một người biết dùng dịch vụ công”.",
   ["Nhanh hơn, gọn hơn, minh bạch hơn", "Ở nhà nộp hồ sơ, không lo đi lại"], C, "II.3",
   "- “Ở nhà nộp hồ sơ, không lo đi lại”;")
it("list", "6 bài phát thanh Sở gửi về gồm những bài gì?",
   "Bài 1: nộp hồ sơ trên Cổng Dịch vụ công quốc gia bằng tài khoản VNeID; Bài 2: thanh toán phí, lệ phí trực "
   "tuyến; Bài 3: điểm hỗ trợ dịch vụ công trực tuyến ở xã, phường; Bài 4: kích hoạt tài khoản định danh điện tử "
   "mức độ 2; Bài 5: nhận kết quả tại nhà qua bưu chính công ích; Bài 6: nhận diện trang web, tin nhắn giả mạo.",
   ["VNeID", "giả mạo"], C, "II.2", "Bài 6: Nhận diện trang web, tin nhắn giả mạo dịch vụ công (05 phút).")
it("list", "Nhiệm vụ trọng tâm quý II/2026 trong thông báo kết luận gồm những gì?",
   "Số hóa 100% hồ sơ TTHC tiếp nhận kể từ ngày 01/5/2026; nâng tỷ lệ thanh toán trực tuyến lên ít nhất 52% vào "
   "cuối Quý II; rà soát, xin lỗi bằng văn bản đối với 100% hồ sơ trễ hạn.", ["01/5/2026", "52%", "xin lỗi"], B,
   "2", "Nâng tỷ lệ thanh toán trực tuyến phí, lệ phí lên ít nhất 52% vào cuối Quý II năm 2026;")
it("list", "Những cơ quan nào dự hội nghị sơ kết CCHC CĐS quý I?",
   "Lãnh đạo Sở Nội vụ, Sở Khoa học và Công nghệ, Sở Tài chính, Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh, Văn "
   "phòng Ủy ban nhân dân tỉnh, Trung tâm Phục vụ hành chính công tỉnh; kết nối trực tuyến 38 điểm cầu xã, phường.",
   ["Sở Tài chính", "Công an tỉnh", "38 điểm cầu"], B, "preamble",
   "Tham dự Hội nghị có lãnh đạo Sở Nội vụ, Sở Khoa học và Công nghệ, Sở Tài chính")

# ------------------------------------------------------------------ period
it("period", "Thông báo 87 có những hạn chót nào rơi vào tháng 6/2026?",
   "Sở Nội vụ hoàn thành kiểm tra CCHC 06 xã trong tháng 6/2026; Sở Khoa học và Công nghệ báo cáo kết quả xử lý lõm "
   "sóng trước ngày 30/6/2026; Sở Văn hóa, Thể thao và Du lịch ban hành hướng dẫn tuyên truyền Quý III trước ngày "
   "25/6/2026.", ["tháng 6/2026", "30/6/2026", "25/6/2026"], [B, B, B], ["3.a", "3.b", "3.d"],
   ["hoàn thành trong tháng 6/2026", "báo cáo kết quả trước ngày 30/6/2026",
    "ban hành hướng dẫn tuyên truyền Quý III năm 2026 trước ngày 25/6/2026"])
it("period", "Tháng 6/2026 loa xã phát bài nào?",
   "Bài 5, Bài 6 (từ ngày 01/6/2026), và phát lại Bài 1 vào tuần cuối tháng.", ["Bài 5, Bài 6", "Bài 1"], C,
   "III.2", "Phát lại Bài 1 vào tuần cuối tháng")
it("period", "Chỉ thị 04 giao những việc gì có hạn trong Quý II/2026?",
   "Văn phòng Ủy ban nhân dân tỉnh trình phê duyệt danh mục TTHC trực tuyến toàn trình trong tháng 4/2026; Sở Khoa "
   "học và Công nghệ hoàn thành nâng cấp Hệ thống thông tin giải quyết TTHC trong Quý II/2026; các cơ quan, địa "
   "phương báo cáo quý trước ngày 18 của tháng cuối quý.", ["tháng 4/2026", "Quý II/2026"], [A, A, A],
   ["2.a", "3.a", "1.đ"],
   ["trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt trong tháng 4/2026", "hoàn thành trong Quý II/2026",
    "trước ngày 18 của tháng cuối quý"])

# ------------------------------------------------------------------ count
it("count", "Sở cung cấp bao nhiêu bài phát thanh cho quý II?", "06 bài phát thanh (mp3 và văn bản).", ["06 bài"],
   C, "II.2", "Sở cung cấp 06 bài phát thanh (định dạng mp3 và văn bản)")
it("count", "Thông báo 87 giao nhiệm vụ cụ thể cho mấy cơ quan, nhóm đơn vị?",
   "6: Sở Nội vụ; Sở Khoa học và Công nghệ; Văn phòng Ủy ban nhân dân tỉnh; Sở Văn hóa, Thể thao và Du lịch; Ủy "
   "ban nhân dân các xã Suối Ngàn, Pác Lùng, Nà Khoang; Công an tỉnh (điểm a đến e mục 3).", ["6", "Công an tỉnh"],
   B, "3", "e) Công an tỉnh:")
it("count", "Chỉ thị 04 có tất cả bao nhiêu khoản giao việc?",
   "8 khoản (1 đến 8), khoản cuối là đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn Lam Điền.",
   ["8", "Tỉnh đoàn Lam Điền"], A, "8",
   "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn Lam Điền:")
it("count", "Trong Bảng 2 của phụ lục có mấy xã dưới 50% hồ sơ trực tuyến?",
   "3 xã: Xã Pác Lùng (39,1%), Xã Nà Khoang (43,2%), Xã Suối Ngàn (46,4%).",
   ["Pác Lùng", "Nà Khoang", "Suối Ngàn"], B, "Phụ lục",
   "Bảng 2. Năm xã, phường có tỷ lệ hồ sơ trực tuyến thấp nhất")

# ------------------------------------------------------------------ abbreviation
it("abbreviation", "DVCTT là gì vậy?", "Dịch vụ công trực tuyến (Chỉ thị 04/CT-UBND).", ["dịch vụ công trực tuyến"],
   A, "preamble", "dịch vụ công trực tuyến (sau đây viết tắt là DVCTT)")
it("abbreviation", "TTHC trong chỉ thị 04 viết tắt của gì?", "Thủ tục hành chính.", ["thủ tục hành chính"], A,
   "preamble", "thủ tục hành chính (sau đây viết tắt là TTHC)")
it("abbreviation", "CĐS trong thông báo 87 là gì?", "Chuyển đổi số.", ["chuyển đổi số"], B, "preamble",
   "chuyển đổi số (CĐS)")
it("abbreviation", "VNeID trong hướng dẫn tuyên truyền là gì?",
   "Tài khoản định danh điện tử (VNeID), cần kích hoạt mức độ 2 để đăng nhập Cổng Dịch vụ công quốc gia.",
   ["tài khoản định danh điện tử"], C, "II.1",
   "- Cách tạo, kích hoạt tài khoản định danh điện tử (VNeID) mức độ 2")

# ------------------------------------------------------------------ cross_document
it("cross_document", "Danh mục TTHC toàn trình: chỉ thị 04 hẹn trình duyệt lúc nào, thông báo 87 đổi thành khi nào?",
   "Chỉ thị 04/CT-UBND: trình phê duyệt trong tháng 4/2026; Thông báo 87/TB-VPUBND: trước ngày 10/5/2026 (Văn "
   "phòng Ủy ban nhân dân tỉnh thực hiện ở cả hai).", ["tháng 4/2026", "10/5/2026"], [A, B], ["2.a", "3.c"],
   ["tổng hợp danh mục TTHC cung cấp trực tuyến toàn trình, trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt trong "
    "tháng 4/2026",
    "+ Trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt danh mục TTHC cung cấp trực tuyến toàn trình trước ngày "
    "10/5/2026."])
it("cross_document", "Hạn nâng cấp Hệ thống thông tin giải quyết TTHC trong chỉ thị và trong thông báo kết luận khác "
                     "nhau thế nào?",
   "Chỉ thị 04/CT-UBND: hoàn thành trong Quý II/2026; Thông báo 87/TB-VPUBND: điều chỉnh đến ngày 31/7/2026 do chờ "
   "hướng dẫn kết nối của Bộ Công an.", ["Quý II/2026", "31/7/2026"], [A, B], ["3.a", "3.b"],
   ["hoàn thành trong Quý II/2026",
    "thời hạn được điều chỉnh đến ngày 31/7/2026 do phải chờ hướng dẫn kết nối của Bộ Công an"])
it("cross_document", "Tài liệu tuyên truyền DVC cấp cho xã theo quý hay theo tháng vậy?",
   "Chỉ thị 04/CT-UBND giao Sở Văn hóa, Thể thao và Du lịch cung cấp theo từng quý; Thông báo 87/TB-VPUBND đổi "
   "thành cập nhật hằng tháng (thay cho hằng quý).", ["theo từng quý", "hằng tháng"], [A, B], ["6.a", "3.d"],
   ["cung cấp tài liệu tuyên truyền theo từng quý", "hằng tháng (thay cho hằng quý)"])
it("cross_document", "Kế hoạch cải thiện của 3 xã dưới 50%: hạn gửi ban đầu và hạn mới?",
   "Chỉ thị 04/CT-UBND: trước ngày 31/3/2026; Thông báo 87/TB-VPUBND: trước ngày 25/4/2026 (các xã Suối Ngàn, Pác "
   "Lùng, Nà Khoang).", ["31/3/2026", "25/4/2026"], [A, B], ["7.b", "3.đ"],
   ["gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 31/3/2026",
    "+ Gửi kế hoạch cải thiện tỷ lệ hồ sơ trực tuyến về Văn phòng Ủy ban nhân dân tỉnh trước ngày 25/4/2026"])
it("cross_document", "Chỉ tiêu thanh toán trực tuyến năm 2026 là bao nhiêu và quý 1 đạt được bao nhiêu?",
   "Chỉ tiêu của Chỉ thị 04/CT-UBND: từ 60% trở lên; Quý I/2026 đạt 44,8% (Thông báo 87/TB-VPUBND).",
   ["60%", "44,8%"], [A, B], ["1.d", "1"],
   ["• Tỷ lệ thanh toán trực tuyến phí, lệ phí: từ 60% trở lên;", "tỷ lệ thanh toán trực tuyến mới đạt 44,8%"])
it("cross_document", "Đợt cao điểm kích hoạt VNeID diễn ra khi nào và loa xã phát bài nào kèm theo?",
   "Thông báo 87/TB-VPUBND: từ ngày 15/5/2026 đến ngày 15/6/2026; Hướng dẫn 15/HD-SVHTTDL: tháng 5/2026 phát Bài 4 "
   "kèm thông báo đợt cao điểm.", ["15/5/2026", "Bài 4"], [B, C], ["3.e", "III.2"],
   ["từ ngày 15/5/2026 đến ngày 15/6/2026",
    "Bài 4 phát kèm thông báo đợt cao điểm kích hoạt tài khoản VNeID"])
it("cross_document", "Chỉ thị 04 giao Sở VHTTDL hướng dẫn tuyên truyền DVC; sở đã ra văn bản nào cho quý II?",
   "Chỉ thị 04/CT-UBND (điểm a khoản 6) giao Sở Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn các xã, phường; Sở "
   "ban hành Hướng dẫn số 15/HD-SVHTTDL ngày 25/3/2026.", ["15/HD-SVHTTDL"], [A, C], ["6.a", "header"],
   ["a) Chủ trì hướng dẫn Ủy ban nhân dân các xã, phường tuyên truyền về DVCTT trên hệ thống thông tin cơ sở",
    "Số: 15/HD-SVHTTDL"])

# ------------------------------------------------------------------ comparison
it("comparison", "Tỷ lệ hồ sơ nộp trực tuyến: năm 2025, quý I/2026 và chỉ tiêu năm 2026 lần lượt là bao nhiêu?",
   "Năm 2025: 68,4%; Quý I/2026: 74,6%; chỉ tiêu năm 2026: từ 80% trở lên.", ["68,4%", "74,6%", "80%"], [A, B, A],
   ["preamble", "1", "1.d"],
   ["trong đó 68,4% hồ sơ được nộp trực tuyến", "toàn tỉnh đạt 74,6%",
    "• Tỷ lệ hồ sơ TTHC nộp trực tuyến: từ 80% trở lên;"])
it("comparison", "Xã Thạch Bàn Thượng với xã Suối Ngàn, xã nào tỷ lệ hồ sơ trực tuyến quý I cao hơn?",
   "Xã Thạch Bàn Thượng cao hơn: 52,0% so với 46,4% của Xã Suối Ngàn (Phụ lục, Bảng 2).", ["52,0", "46,4"],
   [B, B], ["Phụ lục", "Phụ lục"], ["Xã Thạch Bàn Thượng", "Xã Suối Ngàn"])

# ------------------------------------------------------------------ unit_duties / task_list
it("unit_duties", "Chỉ thị 04 giao Văn phòng UBND tỉnh những việc gì?",
   "(a) Làm đầu mối theo dõi, đôn đốc thực hiện Chỉ thị; tổng hợp danh mục TTHC trực tuyến toàn trình, trình phê "
   "duyệt trong tháng 4/2026; (b) chỉ đạo Trung tâm Phục vụ hành chính công tỉnh bố trí khu hỗ trợ với ít nhất 04 "
   "máy tính và 02 nhân viên; (c) hằng tháng công khai kết quả xếp hạng theo Bộ chỉ số phục vụ người dân, doanh "
   "nghiệp.", ["đầu mối", "04 máy tính", "xếp hạng"], [A, A, A], ["2.a", "2.b", "2.c"],
   ["a) Là cơ quan đầu mối giúp Chủ tịch Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này",
    "b) Chỉ đạo Trung tâm Phục vụ hành chính công tỉnh bố trí khu vực hỗ trợ nộp hồ sơ trực tuyến",
    "c) Hằng tháng công khai trên Cổng thông tin điện tử tỉnh kết quả xếp hạng"])
it("unit_duties", "Thông báo 87 giao Sở KHCN những việc gì?",
   "Hoàn thành nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh (hạn điều chỉnh đến ngày 31/7/2026); phối hợp với "
   "Viettel Lam Điền, VNPT Lam Điền khảo sát, xử lý lõm sóng tại xã Pác Lùng, xã Nà Khoang, báo cáo trước ngày "
   "30/6/2026.", ["31/7/2026", "lõm sóng"], [B, B], ["3.b", "3.b"],
   ["thời hạn được điều chỉnh đến ngày 31/7/2026",
    "khảo sát, xử lý các điểm lõm sóng tại xã Pác Lùng, xã Nà Khoang; báo cáo kết quả trước ngày 30/6/2026."])
it("task_list", "Theo thông báo kết luận, Sở Nội vụ chủ trì những việc nào?",
   "Kiểm tra công tác CCHC tại 06 xã có kết quả thấp (trong tháng 6/2026); tổng hợp kết quả tự đánh giá Chỉ số "
   "CCHC năm 2026 (trước ngày 15/12/2026); tổ chức 02 lớp tập huấn kỹ năng số cho công chức cấp xã (Quý III năm "
   "2026).", ["06 xã", "Chỉ số CCHC", "02 lớp"], [B, B, B], ["3.a", "3.a", "4"],
   ["kiểm tra công tác CCHC tại 06 xã có kết quả thấp trong Quý I",
    "+ Tổng hợp kết quả tự đánh giá Chỉ số CCHC năm 2026 của các sở, ngành, xã, phường",
    "giao Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức 02 lớp"])

# ------------------------------------------------------------------ no_diacritics
it("no_diacritics", "chi thi 04 giao ai lap diem ho tro dich vu cong truc tuyen o xa?",
   "Ủy ban nhân dân các xã, phường thành lập điểm hỗ trợ DVCTT tại Trung tâm Phục vụ hành chính công cấp xã (Chỉ "
   "thị 04/CT-UBND, điểm a khoản 7).", ["Ủy ban nhân dân các xã, phường"], A, "7",
   "a) Thành lập điểm hỗ trợ DVCTT tại Trung tâm Phục vụ hành chính công cấp xã")
it("no_diacritics", "ngay thu bay ho tro dich vu cong to chuc vao hom nao trong thang",
   "Vào thứ Bảy tuần thứ hai hằng tháng, tại các xã, phường (Tỉnh đoàn Lam Điền chủ trì).",
   ["thứ Bảy tuần thứ hai hằng tháng"], A, "8", "vào thứ Bảy tuần thứ hai hằng tháng")
it("no_diacritics", "thong bao 87 yeu cau xin loi nguoi dan trong truong hop nao",
   "Rà soát, xin lỗi bằng văn bản đối với 100% hồ sơ giải quyết trễ hạn (nhiệm vụ trọng tâm Quý II năm 2026).",
   ["xin lỗi bằng văn bản"], B, "2", "Rà soát, xin lỗi bằng văn bản đối với 100% hồ sơ giải quyết trễ hạn.")
it("no_diacritics", "thon ban dong bao dan toc phat lai bang tieng gi",
   "Phát lại bằng tiếng Tày, tiếng Nùng (nơi có phát thanh viên).", ["tiếng Tày, tiếng Nùng"], C, "III.1",
   "phát lại bằng tiếng Tày, tiếng Nùng (nơi có phát thanh viên)")
it("no_diacritics", "toan tinh lam dien co bao nhieu xa phuong",
   "38 xã, phường (ghi chú Phụ lục của Thông báo 87/TB-VPUBND; hội nghị cũng kết nối 38 điểm cầu xã, phường).",
   ["38 xã, phường"], B, "Phụ lục", "toàn tỉnh có 38 xã, phường.")
it("no_diacritics", "dai tinh phat lai bai nao trong thoi su trua",
   "Bài 1 và Bài 4, mỗi bài 02 lần trong tháng phát tương ứng (đề nghị Báo và Phát thanh, Truyền hình Lam Điền).",
   ["Bài 1 và Bài 4", "02 lần"], C, "IV.3",
   "- Phát lại Bài 1 và Bài 4 trên sóng phát thanh của tỉnh trong chương trình thời sự buổi trưa")
it("no_diacritics", "bai 4 dai may phut vay",
   "06 phút (Bài 4: kích hoạt tài khoản định danh điện tử mức độ 2 cho người từ đủ 14 tuổi).", ["06 phút"], C,
   "II.2", "Bài 4: Kích hoạt tài khoản định danh điện tử mức độ 2 cho người từ đủ 14 tuổi (06 phút).")

# ------------------------------------------------------------------ english
it("english", "Who signed Directive 04 of Lam Dien province on online public services?",
   "The Chairman of the provincial People's Committee, Trịnh Quốc Vĩ (Chỉ thị 04/CT-UBND).", ["Trịnh Quốc Vĩ"], A,
   "signature", "Trịnh Quốc Vĩ")
it("english", "What share of applications was filed online across the province in Q1 2026?",
   "74,6%, up 6,2 percentage points year on year (Thông báo 87/TB-VPUBND, mục 1).", ["74,6%"], B, "1",
   "tỷ lệ hồ sơ TTHC nộp trực tuyến toàn tỉnh đạt 74,6%")
it("english", "By when must the Department of Home Affairs report the self-assessed PAR index results for 2026?",
   "Sở Nội vụ must report to Ủy ban nhân dân tỉnh before 15/12/2026.", ["15/12/2026"], B, "3.a",
   "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026")
it("english", "How many radio episodes does the culture department supply, and where can communes download them?",
   "06 bài phát thanh (mp3 and text), at https://svhttdl.lamdien.gov.vn/thong-tin-co-so.",
   ["06 bài", "https://svhttdl.lamdien.gov.vn/thong-tin-co-so"], C, "II.2",
   "Sở cung cấp 06 bài phát thanh (định dạng mp3 và văn bản)")
it("english", "Which commune had the lowest online filing rate in Q1 2026?",
   "Xã Pác Lùng, 39,1% (161 of 412 applications) — Phụ lục, Bảng 2.", ["Pác Lùng", "39,1"], B, "Phụ lục",
   "Xã Pác Lùng")

# ------------------------------------------------------------------ unanswerable
un("Kinh phí thực hiện Chỉ thị 04 tổng cộng bao nhiêu tiền?",
   "Các văn bản không nêu số tiền; Chỉ thị chỉ giao Sở Tài chính hướng dẫn bố trí kinh phí trong dự toán được giao.")
un("Số hotline hỗ trợ dịch vụ công của Trung tâm Phục vụ hành chính công tỉnh là số mấy?",
   "Các văn bản không nêu đường dây nóng của Trung tâm; chỉ có số điện thoại liên hệ của Phòng Báo chí, Xuất bản và "
   "Thông tin cơ sở trong Hướng dẫn 15.")
un("Tỷ lệ hồ sơ trực tuyến quý II/2026 của xã Nà Khoang là bao nhiêu?",
   "Không có số liệu Quý II; Phụ lục chỉ có kết quả Quý I năm 2026.")
un("Hướng dẫn tuyên truyền quý III/2026 của Sở VHTTDL số mấy?",
   "Chưa có trong các văn bản; Thông báo 87 chỉ giao ban hành trước ngày 25/6/2026.")
un("Hội nghị sơ kết CCHC 6 tháng đầu năm 2026 tổ chức ngày nào?",
   "Các văn bản không nói; chỉ có Hội nghị sơ kết Quý I ngày 14/4/2026.")
un("Chỉ thị 04 thay thế chỉ thị nào của năm 2025?", "Các văn bản không nói Chỉ thị 04 thay thế văn bản nào.")
un("What is the name of the Director of the provincial culture department?",
   "Not stated; Hướng dẫn 15 is signed on the Director's behalf by a Deputy Director (Ninh Văn Khải).")
un("Bài phát lại trên đài tỉnh phát lúc mấy giờ?",
   "Không nêu giờ cụ thể; Hướng dẫn chỉ nói phát trong chương trình thời sự buổi trưa.")
un("Số điện thoại của đồng chí Khổng Minh Luận là gì?", "Các văn bản không nêu.")
un("Phường Đông Điền đã được cấp thêm 2 máy tính chưa?",
   "Chưa rõ; Thông báo 87 chỉ giao Sở Tài chính xem xét, tham mưu trong tháng 5/2026, không nêu kết quả.")


def main():
    counters = {}
    lines = []
    for kind, q, ans, mi, doc, sec, ev in ITEMS:
        counters[kind] = counters.get(kind, 0) + 1
        obj = {"id": f"l5-{PREFIX[kind]}-{counters[kind]:03d}", "question": q, "kind": kind, "answer": ans,
               "must_include": mi, "document": doc, "section": sec, "evidence": ev}
        lines.append(unicodedata.normalize("NFC", json.dumps(obj, ensure_ascii=False)))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "items", counters)


if __name__ == "__main__":
    main()
