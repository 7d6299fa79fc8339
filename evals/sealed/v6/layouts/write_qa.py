# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v6 (hand-written items; SEALED: not for people who work on the
reader or the answerer).

    /work/main/.venv/bin/python write_qa.py
"""
import json
import os
import unicodedata

from make import DOC_A as A, DOC_B as B, DOC_C as C

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}
ITEMS = []
_n = {}


def it(kind, q, a, mi, doc, sec, ev):
    _n[kind] = _n.get(kind, 0) + 1
    ITEMS.append({"id": f"l6-{PREFIX[kind]}-{_n[kind]:03d}", "question": q, "kind": kind, "answer": a,
                  "must_include": mi, "document": doc, "section": sec, "evidence": ev})


def un(q, a="Các văn bản không nêu thông tin này."):
    it("unanswerable", q, a, [], None, None, None)


# ---------------------------------------------------------------------------------------------------- lead
it("lead", "Ai chủ trì ban hành danh mục TTHC thực hiện không phụ thuộc địa giới hành chính theo chương trình hành "
   "động 09?", "Văn phòng Ủy ban nhân dân tỉnh chủ trì (tháng 02/2026).", ["Văn phòng Ủy ban nhân dân tỉnh"],
   B, "III.1", "Ban hành danh mục TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh")
it("lead", "Việc công bố kết quả xếp hạng phục vụ người dân, doanh nghiệp Quý IV/2025 do cơ quan nào chủ trì?",
   "Văn phòng Ủy ban nhân dân tỉnh chủ trì; Sở Nội vụ phối hợp (tháng 02/2026).",
   ["Văn phòng Ủy ban nhân dân tỉnh"], B, "III.2",
   "Công bố kết quả xếp hạng phục vụ người dân, doanh nghiệp Quý IV/2025 của các sở, ngành, xã, phường")
it("lead", "Ngày hội Thanh niên số với dịch vụ công ở phường Ngân Thủy, theo chương trình hành động của UBND tỉnh thì "
   "ai chủ trì?", "Tỉnh đoàn Ngân Giang chủ trì (phối hợp: Sở Khoa học và Công nghệ; Công an tỉnh).",
   ["Tỉnh đoàn Ngân Giang"], B, "III.5",
   "Tổ chức Ngày hội “Thanh niên số với dịch vụ công” tại phường Ngân Thủy")
it("lead", "tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng thì đơn vị nào chủ trì vậy ạ?",
   "Sở Khoa học và Công nghệ chủ trì (tháng 4/2026).", ["Sở Khoa học và Công nghệ"], B, "III.7",
   "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng của 100% thôn, tổ dân phố")
it("lead", "Diễn tập ứng cứu sự cố an toàn thông tin mạng năm 2026 giao cho ai chủ trì?",
   "Sở Khoa học và Công nghệ (phối hợp: Công an tỉnh; Viettel Ngân Giang), tháng 5/2026.",
   ["Sở Khoa học và Công nghệ"], B, "III.8",
   "Diễn tập ứng cứu sự cố an toàn thông tin mạng cho các hệ thống thông tin dùng chung của tỉnh")
it("lead", "Ai chủ trì sơ kết 6 tháng thực hiện Nghị quyết số 41?", "Sở Nội vụ chủ trì (tháng 6/2026).",
   ["Sở Nội vụ"], B, "III.12", "Sơ kết 6 tháng thực hiện Nghị quyết số 41, báo cáo Thường trực HĐND tỉnh")
it("lead", "mn cho hỏi tự đánh giá, chấm điểm PAR INDEX 2026 của các sở, xã thì ai chủ trì hướng dẫn?",
   "Sở Nội vụ chủ trì (tháng 9/2026).", ["Sở Nội vụ"], B, "III.16",
   "Hướng dẫn, tổ chức tự đánh giá, chấm điểm Chỉ số PAR INDEX năm 2026 của các sở, ngành, xã, phường")
it("lead", "Trang bị máy tính cho khu vực tự phục vụ ở Trung tâm Phục vụ hành chính công cấp xã do ai thực hiện?",
   "UBND các xã, phường chủ trì (phối hợp: Sở Tài chính; Sở Khoa học và Công nghệ), tháng 5/2026.",
   ["UBND các xã, phường"], B, "III.10",
   "Trang bị máy tính cho khu vực tự phục vụ tại Trung tâm Phục vụ hành chính công cấp xã (ít nhất 02 máy/xã)")
it("lead", "Thí điểm trả kết quả TTHC tại nhà ở Tà Hốc, Bản Sáo thì cơ quan nào chủ trì?",
   "Văn phòng UBND tỉnh chủ trì, phối hợp Bưu điện tỉnh Ngân Giang (tháng 7/2026).", ["Văn phòng UBND tỉnh"],
   B, "III.14", "Thí điểm trả kết quả TTHC tại nhà qua dịch vụ bưu chính công ích tại xã Tà Hốc và xã Bản Sáo")
it("lead", "Bộ tài liệu hỏi - đáp về tài khoản định danh điện tử trong kế hoạch liên tịch do đơn vị nào chủ trì xây "
   "dựng?", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh (Phòng PC06).",
   ["Phòng Cảnh sát quản lý hành chính về trật tự xã hội"], C, "3.1.1",
   "đơn vị chủ trì: Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh (sau đây gọi tắt là Phòng "
   "PC06)")
it("lead", "Ai phụ trách đăng video ngắn hướng dẫn VNeID trên mạng xã hội theo kế hoạch liên tịch?",
   "Ban Tuyên giáo Tỉnh đoàn chủ trì (phối hợp: Phòng Tham mưu Công an tỉnh).", ["Ban Tuyên giáo Tỉnh đoàn"],
   C, "3.1.3", "đơn vị chủ trì: Ban Tuyên giáo Tỉnh đoàn")
it("lead", "Điểm hỗ trợ lưu động ở các xã vùng cao do ai chủ trì tổ chức?",
   "Công an xã chủ trì; Đoàn Thanh niên xã phối hợp.", ["Công an xã"], C, "3.2.2",
   "đơn vị chủ trì: Công an xã; phối hợp: Đoàn Thanh niên xã")
it("lead", "Việc trực hỗ trợ tại Trung tâm Phục vụ hành chính công cấp xã sáng thứ Ba, thứ Năm giao đơn vị nào chủ "
   "trì?", "Đoàn Thanh niên xã, phường chủ trì (phối hợp: Trung tâm Phục vụ hành chính công cấp xã).",
   ["Đoàn Thanh niên xã, phường"], C, "3.3.2", "đơn vị chủ trì: Đoàn Thanh niên xã, phường")
it("lead", "Theo Nghị quyết 41, ai tổ chức giám sát chuyên đề về dịch vụ công trực tuyến ở cấp xã?",
   "Ban Pháp chế Hội đồng nhân dân tỉnh, trong Quý III năm 2026.", ["Ban Pháp chế Hội đồng nhân dân tỉnh"],
   A, "Điều 4.2", "Ban Pháp chế Hội đồng nhân dân tỉnh tổ chức giám sát chuyên đề về dịch vụ công trực tuyến tại "
   "cấp xã trong Quý III năm 2026")
it("lead", "HĐND giao ai ban hành chương trình hành động thực hiện Nghị quyết 41?",
   "Ủy ban nhân dân tỉnh, trước ngày 31 tháng 01 năm 2026.", ["Ủy ban nhân dân tỉnh"], A, "Điều 4.1",
   "Giao Ủy ban nhân dân tỉnh ban hành chương trình hành động thực hiện Nghị quyết trước ngày 31 tháng 01 năm 2026")
it("lead", "Trong kế hoạch liên tịch, bộ phận nào theo dõi, tổng hợp kết quả hoạt động của các Đội TNTN?",
   "Ban Phong trào Tỉnh đoàn.", ["Ban Phong trào Tỉnh đoàn"], C, "5.2",
   "giao Ban Phong trào Tỉnh đoàn theo dõi, tổng hợp kết quả hoạt động của các Đội TNTN")

# ---------------------------------------------------------------------------------------------------- coordinators
it("coordinators", "Kết nối Hệ thống thông tin giải quyết TTHC với CSDL quốc gia về dân cư: những cơ quan nào phối "
   "hợp?", "Công an tỉnh; Văn phòng UBND tỉnh (Sở Khoa học và Công nghệ chủ trì).",
   ["Công an tỉnh", "Văn phòng UBND tỉnh"], B, "III.6",
   "Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC tỉnh với Cơ sở dữ liệu quốc gia về dân cư")
it("coordinators", "Khảo sát Chỉ số SIPAS 6 tháng đầu năm thì Sở Nội vụ phối hợp với ai?",
   "Bưu điện tỉnh Ngân Giang; UBND các xã, phường.", ["Bưu điện tỉnh Ngân Giang", "UBND các xã, phường"], B,
   "III.11", "Khảo sát, đo lường sự hài lòng của người dân, tổ chức (Chỉ số SIPAS) 6 tháng đầu năm")
it("coordinators", "Cao điểm kích hoạt định danh điện tử cho học sinh, chương trình 09 giao đơn vị nào phối hợp với "
   "Công an tỉnh?", "Sở Giáo dục và Đào tạo; Tỉnh đoàn Ngân Giang.",
   ["Sở Giáo dục và Đào tạo", "Tỉnh đoàn Ngân Giang"], B, "III.9",
   "Cao điểm hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2 cho học sinh từ đủ 14 tuổi")
it("coordinators", "Hội thi “Cán bộ một cửa thân thiện” có những cơ quan nào phối hợp?",
   "Sở Nội vụ; Liên đoàn Lao động tỉnh (Văn phòng UBND tỉnh chủ trì).",
   ["Sở Nội vụ", "Liên đoàn Lao động tỉnh"], B, "III.18",
   "Tổ chức Hội thi “Cán bộ một cửa thân thiện” cấp tỉnh")
it("coordinators", "tuyên truyền chống lừa đảo ở buổi sinh hoạt chi đoàn, trường học (kế hoạch liên tịch) phối hợp "
   "với ai?", "Cơ sở Đoàn các cấp.", ["cơ sở Đoàn các cấp"], C, "3.1.2", "phối hợp: cơ sở Đoàn các cấp")
it("coordinators", "Tập huấn nghiệp vụ cho Đội TNTN có những đơn vị phối hợp nào?",
   "Phòng PC06, Sở Khoa học và Công nghệ (Ban Thường vụ Tỉnh đoàn chủ trì).",
   ["Phòng PC06", "Sở Khoa học và Công nghệ"], C, "3.3.3",
   "phối hợp: Phòng PC06, Sở Khoa học và Công nghệ")
it("coordinators", "Làm bộ tài liệu hỏi đáp về VNeID thì bên nào phối hợp với Phòng PC06?",
   "Ban Tuyên giáo Tỉnh đoàn.", ["Ban Tuyên giáo Tỉnh đoàn"], C, "3.1.1", "phối hợp: Ban Tuyên giáo Tỉnh đoàn")
it("coordinators", "Tuyên truyền phòng, chống lừa đảo trên truyền thanh cơ sở theo chương trình hành động 09 có ai "
   "phối hợp?", "Công an tỉnh; UBND các xã, phường (Sở Văn hóa, Thể thao và Du lịch chủ trì).",
   ["Công an tỉnh", "UBND các xã, phường"], B, "III.13",
   "Tuyên truyền phòng, chống lừa đảo trực tuyến mạo danh cơ quan nhà nước trên hệ thống truyền thanh cơ sở")

# ---------------------------------------------------------------------------------------------------- timing
it("timing", "Theo Nghị quyết 41, hạn công bố danh mục TTHC không phụ thuộc địa giới hành chính là khi nào?",
   "Trước ngày 31 tháng 3 năm 2026.", ["31 tháng 3 năm 2026"], A, "Điều 2.1",
   "công bố danh mục TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh trước ngày 31 tháng 3 "
   "năm 2026")
it("timing", "Nghị quyết HĐND yêu cầu kết nối hệ thống giải quyết TTHC với CSDL dân cư xong khi nào?",
   "Trong Quý II năm 2026.", ["Quý II năm 2026"], A, "Điều 2.4",
   "Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC của tỉnh với Cơ sở dữ liệu quốc gia về dân cư trong Quý "
   "II năm 2026")
it("timing", "Các sở, xã phải gửi kế hoạch của cơ quan mình cho Sở Nội vụ trước ngày nào?",
   "Trước ngày 15/02/2026.", ["15/02/2026"], B, "IV.1", "gửi Sở Nội vụ trước ngày 15/02/2026")
it("timing", "Kiểm tra CCHC tại 08 xã có tỷ lệ hồ sơ trực tuyến thấp nhất làm vào tháng mấy?", "Tháng 8/2026.",
   ["Tháng 8/2026"], B, "III.15",
   "Kiểm tra công tác cải cách hành chính tại 08 xã có tỷ lệ hồ sơ trực tuyến thấp nhất 6 tháng đầu năm")
it("timing", "Khi nào trình HĐND tỉnh chính sách hỗ trợ phí, lệ phí cho hồ sơ nộp trực tuyến?",
   "Tháng 9/2026 (Sở Tài chính chủ trì).", ["Tháng 9/2026"], B, "III.17",
   "Trình HĐND tỉnh chính sách hỗ trợ phí, lệ phí đối với hồ sơ nộp trực tuyến")
it("timing", "Ngày ra quân Đội TNTN là ngày nào?", "Ngày 26/3/2026, đồng loạt tại 64 xã, phường.", ["26/3/2026"],
   C, "3.3.1", "Ra quân Đội TNTN đồng loạt tại 64 xã, phường vào ngày 26/3/2026")
it("timing", "Kế hoạch liên tịch tổ chức Ngày hội Thanh niên số với dịch vụ công vào ngày nào, ở đâu?",
   "Ngày 19/4/2026, tại phường Ngân Thủy.", ["19/4/2026", "Ngân Thủy"], C, "3.4",
   "tổ chức Ngày hội tại phường Ngân Thủy vào ngày 19/4/2026")
it("timing", "Hạn lập xong danh sách người cao tuổi, người khuyết tật chưa kích hoạt tài khoản?",
   "Trước ngày 30/4/2026.", ["30/4/2026"], C, "3.2.3", "hoàn thành danh sách trước ngày 30/4/2026")
it("timing", "bộ tài liệu hỏi đáp định danh điện tử phải xong trước ngày nào?", "Trước ngày 10/4/2026.",
   ["10/4/2026"], C, "3.1.1", "hoàn thành trước ngày 10/4/2026")
it("timing", "Khi nào sơ kết 6 tháng kế hoạch liên tịch Công an tỉnh - Tỉnh đoàn?",
   "Trong tháng 7/2026 (tổng kết trong tháng 12/2026).", ["tháng 7/2026"], C, "5.3",
   "sơ kết 6 tháng trong tháng 7/2026 và tổng kết trong tháng 12/2026")
it("timing", "Nghị quyết 41 có hiệu lực từ ngày nào?", "Từ ngày 01 tháng 01 năm 2026.",
   ["01 tháng 01 năm 2026"], A, "Điều 5", "có hiệu lực từ ngày 01 tháng 01 năm 2026")
it("timing", "Cao điểm “Hè số cùng VNeID” diễn ra từ ngày nào đến ngày nào?",
   "Từ ngày 01/6/2026 đến ngày 31/7/2026.", ["01/6/2026", "31/7/2026"], C, "3.2.1",
   "thời gian: từ ngày 01/6/2026 đến ngày 31/7/2026")

# ---------------------------------------------------------------------------------------------------- frequency
it("frequency", "Các sở, xã báo cáo kết quả thực hiện chương trình hành động 09 bao lâu một lần?",
   "Định kỳ hằng quý, trước ngày 20 của tháng cuối quý.", ["hằng quý", "trước ngày 20 của tháng cuối quý"], B,
   "IV.1", "báo cáo kết quả thực hiện định kỳ hằng quý, trước ngày 20 của tháng cuối quý")
it("frequency", "Sở Nội vụ tổng hợp tiến độ các nhiệm vụ của chương trình bao lâu 1 lần?",
   "Hằng tháng, báo cáo UBND tỉnh tại phiên họp thường kỳ.", ["hằng tháng"], B, "IV.2",
   "hằng tháng tổng hợp tiến độ các nhiệm vụ, báo cáo Ủy ban nhân dân tỉnh tại phiên họp thường kỳ")
it("frequency", "UBND tỉnh báo cáo Thường trực HĐND kết quả thực hiện Nghị quyết 41 định kỳ bao lâu?",
   "Định kỳ 6 tháng.", ["định kỳ 6 tháng"], A, "Điều 4.1",
   "định kỳ 6 tháng báo cáo Thường trực Hội đồng nhân dân tỉnh kết quả thực hiện")
it("frequency", "Đội TNTN trực ở Trung tâm Phục vụ hành chính công xã vào những buổi nào trong tuần?",
   "Sáng thứ Ba và sáng thứ Năm hằng tuần.", ["sáng thứ Ba và sáng thứ Năm hằng tuần"], C, "3.3.2",
   "vào sáng thứ Ba và sáng thứ Năm hằng tuần")
it("frequency", "Công an xã và Đoàn Thanh niên xã báo cáo nhanh kết quả vào lúc nào?",
   "Vào thứ Sáu hằng tuần, qua nhóm điều hành.", ["thứ Sáu hằng tuần"], C, "5.3",
   "báo cáo nhanh kết quả vào thứ Sáu hằng tuần qua nhóm điều hành")
it("frequency", "Video hướng dẫn VNeID của Tỉnh đoàn, Công an tỉnh đăng với tần suất thế nào?",
   "Ít nhất 01 video ngắn mỗi tuần (hằng tuần, từ tháng 4 đến hết tháng 12/2026).",
   ["01 video ngắn mỗi tuần"], C, "3.1.3", "Đăng tải ít nhất 01 video ngắn mỗi tuần")
it("frequency", "Nghị quyết 41: công khai xếp hạng các sở, ngành, xã, phường bao lâu một lần?",
   "Định kỳ 6 tháng một lần.", ["6 tháng một lần"], A, "Điều 2.6",
   "công khai xếp hạng các sở, ngành, xã, phường định kỳ 6 tháng một lần")
it("frequency", "Hai bên báo cáo UBND tỉnh về kế hoạch liên tịch theo định kỳ nào?",
   "Định kỳ hằng tháng, trước ngày 25.", ["hằng tháng, trước ngày 25"], C, "5.3",
   "báo cáo Ủy ban nhân dân tỉnh định kỳ hằng tháng, trước ngày 25")

# ---------------------------------------------------------------------------------------------------- fact
it("fact", "Nghị quyết về CCHC, CĐS năm 2026 của HĐND tỉnh Ngân Giang số mấy, ban hành ngày nào?",
   "Nghị quyết số 41/NQ-HĐND, ngày 11 tháng 12 năm 2025.", ["41/NQ-HĐND", "11 tháng 12 năm 2025"], A, "header",
   "Số: 41/NQ-HĐND")
it("fact", "Ai ký Nghị quyết 41?", "Chủ tịch HĐND tỉnh Mạc Đình Quyết.", ["Mạc Đình Quyết"], A, "signature",
   "Mạc Đình Quyết")
it("fact", "Chương trình hành động 09/CTr-UBND do ai ký?",
   "Phó Chủ tịch UBND tỉnh Bế Thị Lan Phương (TM. UBND, KT. Chủ tịch).", ["Bế Thị Lan Phương"], B, "signature",
   "Bế Thị Lan Phương")
it("fact", "Kế hoạch liên tịch 14 do những ai ký?",
   "Hứa Minh Đạt (Phó Bí thư Thường trực, TM. Ban Thường vụ Tỉnh đoàn) và Đại tá Nông Quang Thiện (Giám đốc Công "
   "an tỉnh).", ["Hứa Minh Đạt", "Nông Quang Thiện"], C, "signature", "Đại tá Nông Quang Thiện")
it("fact", "Số điện thoại liên hệ đầu mối của kế hoạch liên tịch là số nào?", "0214 3866 275.",
   ["0214 3866 275"], C, "5.4", "điện thoại liên hệ: 0214 3866 275")
it("fact", "Ai là đầu mối phía Công an tỉnh trong kế hoạch liên tịch?",
   "Thiếu tá Lục Văn Khoa, Phó Trưởng Phòng PC06 Công an tỉnh.", ["Lục Văn Khoa"], C, "5.4",
   "đồng chí Thiếu tá Lục Văn Khoa, Phó Trưởng Phòng PC06 Công an tỉnh")
it("fact", "Tờ trình của UBND tỉnh về dự thảo Nghị quyết 41 là tờ trình số mấy?",
   "Tờ trình số 318/TTr-UBND ngày 24 tháng 11 năm 2025.", ["318/TTr-UBND"], A, "preamble",
   "Xét Tờ trình số 318/TTr-UBND ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh")
it("fact", "Kế hoạch liên tịch giữa Công an tỉnh và Tỉnh đoàn có số hiệu gì?",
   "Số 14/KHLT-CAT-TĐTN, ngày 16 tháng 3 năm 2026.", ["14/KHLT-CAT-TĐTN"], C, "header", "Số: 14/KHLT-CAT-TĐTN")
it("fact", "Nghị quyết 41 được thông qua ở kỳ họp nào?",
   "Kỳ họp thứ hai mươi tám, HĐND tỉnh Ngân Giang khóa X, ngày 11 tháng 12 năm 2025.",
   ["kỳ họp thứ hai mươi tám"], A, "Điều 5",
   "Nghị quyết này đã được Hội đồng nhân dân tỉnh Ngân Giang khóa X, kỳ họp thứ hai mươi tám thông qua ngày 11 "
   "tháng 12 năm 2025")
it("fact", "Ra quân Đội TNTN nhân dịp gì?", "Nhân kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.",
   ["95 năm Ngày thành lập Đoàn"], C, "3.3.1", "nhân kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh")

# ---------------------------------------------------------------------------------------------------- figure
it("figure", "Tổng kinh phí thực hiện Nghị quyết 41 năm 2026 là bao nhiêu?",
   "21.450 triệu đồng (ngân sách tỉnh 16.800 triệu đồng; ngân sách cấp xã 4.650 triệu đồng).",
   ["21.450 triệu đồng"], A, "Điều 3.1", "Tổng kinh phí thực hiện các nhiệm vụ năm 2026 dự kiến 21.450 triệu đồng")
it("figure", "Chỉ tiêu tỷ lệ hồ sơ giải quyết đúng hạn năm 2026 là bao nhiêu?", "Từ 98,5% trở lên.", ["98,5%"],
   A, "Điều 1.2.b", "tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98,5% trở lên")
it("figure", "Năm 2025 ước thanh toán trực tuyến phí, lệ phí đạt bao nhiêu %?",
   "Ước 37,8% (mục tiêu năm 2026: ≥ 55%).", ["37,8"], A, "Điều 1.3", "Thanh toán trực tuyến phí, lệ phí (%)")
it("figure", "Chỉ số PAR INDEX năm 2025 của tỉnh ước đạt bao nhiêu điểm?", "Ước 84,07 điểm.", ["84,07"], A,
   "Điều 1.3", "Chỉ số PAR INDEX (điểm)")
it("figure", "Năm 2025 tỉnh tiếp nhận bao nhiêu hồ sơ TTHC?", "Ước 486.215 hồ sơ.", ["486.215"], A, "Điều 1.3",
   "Hồ sơ TTHC tiếp nhận trong năm (hồ sơ)")
it("figure", "Chỉ tiêu hồ sơ trực tuyến và thanh toán trực tuyến cho nhóm xã vùng cao là bao nhiêu?",
   "Hồ sơ TTHC trực tuyến từ 60% trở lên; thanh toán trực tuyến từ 40% trở lên.", ["60%", "40%"], B, "II.3",
   "tỷ lệ hồ sơ TTHC trực tuyến từ 60% trở lên; tỷ lệ thanh toán trực tuyến từ 40% trở lên")
it("figure", "Kế hoạch liên tịch đặt chỉ tiêu kích hoạt mới bao nhiêu tài khoản định danh?",
   "Ít nhất 42.000 tài khoản mức độ 2, trong đó ít nhất 9.500 tài khoản của học sinh từ đủ 14 tuổi.",
   ["42.000", "9.500"], C, "2.1", "Hỗ trợ kích hoạt mới ít nhất 42.000 tài khoản định danh điện tử mức độ 2")
it("figure", "Kinh phí kế hoạch liên tịch là bao nhiêu, mỗi bên bao nhiêu?",
   "1.284 triệu đồng: Công an tỉnh 736 triệu đồng, Tỉnh đoàn 548 triệu đồng.",
   ["1.284 triệu đồng", "736 triệu đồng", "548 triệu đồng"], C, "4.1",
   "tổng kinh phí dự kiến 1.284 triệu đồng (Công an tỉnh 736 triệu đồng, Tỉnh đoàn 548 triệu đồng)")
it("figure", "Ngày hội Thanh niên số dự kiến có bao nhiêu lượt người tham gia?", "Dự kiến 1.500 lượt người.",
   ["1.500 lượt người"], C, "3.4", "dự kiến 1.500 lượt người tham gia")
it("figure", "PAR INDEX năm 2026 phải đạt bao nhiêu điểm theo nghị quyết?", "Từ 86,50 điểm trở lên.",
   ["86,50 điểm"], A, "Điều 1.2.a", "Chỉ số PAR INDEX năm 2026 đạt từ 86,50 điểm trở lên")

# ---------------------------------------------------------------------------------------------------- list
it("list", "Nghị quyết 41 ưu tiên tuyên truyền ở những xã vùng cao nào?",
   "Các xã Phiêng Lanh, Nậm Khoai, Tà Hốc, Bản Sáo.", ["Phiêng Lanh", "Nậm Khoai", "Bản Sáo"], A, "Điều 2.5",
   "tại các xã vùng cao Phiêng Lanh, Nậm Khoai, Tà Hốc, Bản Sáo")
it("list", "Nhóm phường trong chương trình hành động 09 gồm những phường nào?", "Ngân Thủy, Cầu Mây, Đồng Lự.",
   ["Ngân Thủy", "Cầu Mây", "Đồng Lự"], B, "II.1", "Nhóm phường (Ngân Thủy, Cầu Mây, Đồng Lự)")
it("list", "Kế hoạch liên tịch đặt ra những chỉ tiêu gì?",
   "Kích hoạt mới ít nhất 42.000 tài khoản định danh điện tử mức độ 2 (ít nhất 9.500 của học sinh); thành lập 64 "
   "Đội TNTN tại 64 xã, phường; hỗ trợ nộp ít nhất 30.000 hồ sơ trực tuyến và tổ chức ít nhất 120 buổi tuyên "
   "truyền phòng, chống lừa đảo.", ["42.000", "64 Đội", "30.000"], C, "2",
   "Thành lập 64 Đội thanh niên tình nguyện hỗ trợ dịch vụ công")
it("list", "Những ai giám sát việc thực hiện Nghị quyết 41?",
   "Thường trực Hội đồng nhân dân tỉnh, các Ban của HĐND tỉnh, các Tổ đại biểu và đại biểu HĐND tỉnh.",
   ["Thường trực Hội đồng nhân dân tỉnh", "các Tổ đại biểu"], A, "Điều 4.2",
   "Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng "
   "nhân dân tỉnh giám sát việc thực hiện Nghị quyết")
it("list", "Kế hoạch liên tịch đặt những yêu cầu gì với hoạt động phối hợp?",
   "Cụ thể, có đơn vị chủ trì, thời hạn và sản phẩm; không làm phát sinh thủ tục, chi phí cho người dân; bảo vệ "
   "tuyệt đối dữ liệu cá nhân của người được hỗ trợ.", ["thời hạn và sản phẩm", "bảo vệ tuyệt đối dữ liệu cá nhân"],
   C, "1.2", "bảo vệ tuyệt đối dữ liệu cá nhân của người được hỗ trợ")

# ---------------------------------------------------------------------------------------------------- period
it("period", "Theo chương trình hành động 09, những việc nào phải xong trong tháng 4/2026?",
   "Ngày hội “Thanh niên số với dịch vụ công” (Tỉnh đoàn Ngân Giang); hoàn thành kết nối Hệ thống thông tin giải "
   "quyết TTHC với CSDL quốc gia về dân cư (Sở Khoa học và Công nghệ); tập huấn kỹ năng số cho Tổ công nghệ số "
   "cộng đồng (Sở Khoa học và Công nghệ).", ["Ngày hội", "kết nối Hệ thống thông tin", "Tập huấn kỹ năng số"],
   [B, B, B], ["III.5", "III.6", "III.7"],
   ["Tổ chức Ngày hội “Thanh niên số với dịch vụ công” tại phường Ngân Thủy",
    "Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC tỉnh với Cơ sở dữ liệu quốc gia về dân cư",
    "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng của 100% thôn, tổ dân phố"])
it("period", "Quý III/2026 chương trình 09 có những nhiệm vụ nào?",
   "Tháng 7: tuyên truyền phòng, chống lừa đảo trực tuyến trên truyền thanh cơ sở; thí điểm trả kết quả TTHC tại "
   "nhà ở xã Tà Hốc, xã Bản Sáo. Tháng 8: kiểm tra công tác cải cách hành chính tại 08 xã. Tháng 9: tự đánh giá, "
   "chấm điểm Chỉ số PAR INDEX; trình HĐND tỉnh chính sách hỗ trợ phí, lệ phí hồ sơ trực tuyến.",
   ["lừa đảo", "Kiểm tra công tác cải cách hành chính", "chính sách hỗ trợ phí, lệ phí"],
   [B, B, B, B, B], ["III.13", "III.14", "III.15", "III.16", "III.17"],
   ["Tuyên truyền phòng, chống lừa đảo trực tuyến mạo danh cơ quan nhà nước trên hệ thống truyền thanh cơ sở",
    "Thí điểm trả kết quả TTHC tại nhà qua dịch vụ bưu chính công ích tại xã Tà Hốc và xã Bản Sáo",
    "Kiểm tra công tác cải cách hành chính tại 08 xã có tỷ lệ hồ sơ trực tuyến thấp nhất 6 tháng đầu năm",
    "Hướng dẫn, tổ chức tự đánh giá, chấm điểm Chỉ số PAR INDEX năm 2026 của các sở, ngành, xã, phường",
    "Trình HĐND tỉnh chính sách hỗ trợ phí, lệ phí đối với hồ sơ nộp trực tuyến"])
it("period", "Trong kế hoạch liên tịch, việc nào có hạn hoặc diễn ra trong tháng 4/2026?",
   "Bộ tài liệu hỏi - đáp (trước ngày 10/4/2026); Ngày hội Thanh niên số (ngày 19/4/2026); lập danh sách người cao "
   "tuổi, người khuyết tật chưa kích hoạt tài khoản (trước ngày 30/4/2026); tập huấn nghiệp vụ cho Đội TNTN (trong "
   "tháng 4/2026).", ["10/4/2026", "19/4/2026", "30/4/2026"],
   [C, C, C, C], ["3.1.1", "3.4", "3.2.3", "3.3.3"],
   ["hoàn thành trước ngày 10/4/2026", "tổ chức Ngày hội tại phường Ngân Thủy vào ngày 19/4/2026",
    "hoàn thành danh sách trước ngày 30/4/2026", "hoàn thành trong tháng 4/2026"])

# ---------------------------------------------------------------------------------------------------- count
it("count", "Bảng nhiệm vụ của chương trình hành động 09 có bao nhiêu nhiệm vụ?",
   "20 nhiệm vụ (STT 1 đến 20, từ tháng 02 đến tháng 12/2026).", ["20"], B, "III",
   "Tổng kết thực hiện Nghị quyết số 41, báo cáo HĐND tỉnh tại kỳ họp thường lệ cuối năm")
it("count", "Sở Nội vụ chủ trì mấy nhiệm vụ trong bảng của chương trình 09?",
   "5 nhiệm vụ (các dòng 11, 12, 15, 16 và 20).", ["5"], [B, B, B, B, B],
   ["III.11", "III.12", "III.15", "III.16", "III.20"],
   ["Khảo sát, đo lường sự hài lòng của người dân, tổ chức (Chỉ số SIPAS) 6 tháng đầu năm",
    "Sơ kết 6 tháng thực hiện Nghị quyết số 41, báo cáo Thường trực HĐND tỉnh",
    "Kiểm tra công tác cải cách hành chính tại 08 xã có tỷ lệ hồ sơ trực tuyến thấp nhất 6 tháng đầu năm",
    "Hướng dẫn, tổ chức tự đánh giá, chấm điểm Chỉ số PAR INDEX năm 2026 của các sở, ngành, xã, phường",
    "Tổng kết thực hiện Nghị quyết số 41, báo cáo HĐND tỉnh tại kỳ họp thường lệ cuối năm"])
it("count", "Khoản 2 Điều 1 Nghị quyết 41 có mấy chỉ tiêu chủ yếu?", "7 chỉ tiêu, từ điểm a) đến điểm g).",
   ["7"], A, "Điều 1.2", "Các chỉ tiêu chủ yếu")
it("count", "Kế hoạch liên tịch thành lập bao nhiêu Đội TNTN, mỗi đội mấy người?",
   "64 Đội tại 64 xã, phường; mỗi Đội từ 05 đến 10 đoàn viên.", ["64", "từ 05 đến 10 đoàn viên"], C, "2.2",
   "tại 64 xã, phường; mỗi Đội có từ 05 đến 10 đoàn viên")

# ---------------------------------------------------------------------------------------------------- abbreviation
it("abbreviation", "SIPAS trong nghị quyết HĐND là viết tắt của chỉ số gì?",
   "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
   ["Chỉ số hài lòng của người dân, tổ chức"], A, "Điều 1.1",
   "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (sau đây gọi tắt là "
   "Chỉ số SIPAS)")
it("abbreviation", "Đội TNTN là gì?", "Đội thanh niên tình nguyện hỗ trợ dịch vụ công.",
   ["Đội thanh niên tình nguyện hỗ trợ dịch vụ công"], C, "2.2",
   "Đội thanh niên tình nguyện hỗ trợ dịch vụ công (sau đây gọi tắt là Đội TNTN)")
it("abbreviation", "Phòng PC06 trong kế hoạch liên tịch là phòng nào?",
   "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh.",
   ["Phòng Cảnh sát quản lý hành chính về trật tự xã hội"], C, "3.1.1",
   "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh (sau đây gọi tắt là Phòng PC06)")
it("abbreviation", "“Điểm hỗ trợ lưu động” được hiểu là gì?",
   "Là điểm do Công an xã và Đội TNTN bố trí tạm thời ngoài trụ sở, có thiết bị thu nhận sinh trắc học và ít nhất "
   "02 người hướng dẫn.", ["bố trí tạm thời ngoài trụ sở", "sinh trắc học"], C, "3.2.2",
   "“điểm hỗ trợ lưu động” là điểm do Công an xã và Đội TNTN bố trí tạm thời ngoài trụ sở")
it("abbreviation", "Đề án 06 nhắc trong Nghị quyết 41 là đề án gì?",
   "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia.",
   ["Đề án phát triển ứng dụng dữ liệu về dân cư"], A, "Điều 2.3",
   "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
   "(sau đây gọi tắt là Đề án 06)")

# ---------------------------------------------------------------------------------------------------- cross_document
it("cross_document", "Cao điểm kích hoạt định danh điện tử cho học sinh rốt cuộc làm tháng 5 hay dịp hè?",
   "Chương trình hành động 09 ghi Tháng 5/2026; Kế hoạch liên tịch 14 điều chỉnh thành từ ngày 01/6/2026 đến ngày "
   "31/7/2026 (thay cho tháng 5 vì học sinh ôn thi cuối năm), nên thực hiện trong dịp hè.",
   ["Tháng 5/2026", "01/6/2026", "31/7/2026"], [B, C], ["III.9", "3.2.1"],
   ["Cao điểm hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2 cho học sinh từ đủ 14 tuổi",
    "Thời gian này thay cho thời gian tháng 5/2026 tại dòng 9 bảng nhiệm vụ của Chương trình hành động số "
    "09/CTr-UBND"])
it("cross_document", "Tuyên truyền phòng chống lừa đảo trực tuyến do ai chủ trì, chương trình 09 và kế hoạch liên tịch "
   "có giống nhau không?",
   "Không giống: chương trình 09 giao Sở Văn hóa, Thể thao và Du lịch chủ trì trên hệ thống truyền thanh cơ sở "
   "(tháng 7/2026); kế hoạch liên tịch giao Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công "
   "an tỉnh chủ trì tại sinh hoạt chi đoàn và trường học (tháng 4 đến tháng 10/2026).",
   ["Sở Văn hóa, Thể thao và Du lịch", "Phòng An ninh mạng"], [B, C], ["III.13", "3.1.2"],
   ["Tuyên truyền phòng, chống lừa đảo trực tuyến mạo danh cơ quan nhà nước trên hệ thống truyền thanh cơ sở",
    "đơn vị chủ trì: Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh"])
it("cross_document", "Danh mục TTHC không phụ thuộc địa giới hành chính: nghị quyết cho hạn đến khi nào, còn chương "
   "trình 09 giao ai và tháng mấy?",
   "Nghị quyết 41: công bố trước ngày 31 tháng 3 năm 2026; Chương trình 09: Văn phòng Ủy ban nhân dân tỉnh chủ "
   "trì, hoàn thành Tháng 02/2026.", ["31 tháng 3 năm 2026", "Văn phòng Ủy ban nhân dân tỉnh", "Tháng 02/2026"],
   [A, B], ["Điều 2.1", "III.1"],
   ["công bố danh mục TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh trước ngày 31 tháng 3 "
    "năm 2026", "Ban hành danh mục TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh"])
it("cross_document", "Ngày hội thanh niên số với dịch vụ công: chương trình 09 ghi tháng mấy, kế hoạch liên tịch chốt "
   "ngày nào?", "Chương trình 09: Tháng 4/2026 (Tỉnh đoàn Ngân Giang chủ trì); Kế hoạch liên tịch: ngày 19/4/2026 "
   "tại phường Ngân Thủy.", ["Tháng 4/2026", "19/4/2026"], [B, C], ["III.5", "3.4"],
   ["Tổ chức Ngày hội “Thanh niên số với dịch vụ công” tại phường Ngân Thủy",
    "tổ chức Ngày hội tại phường Ngân Thủy vào ngày 19/4/2026"])
it("cross_document", "Kết nối hệ thống giải quyết TTHC với CSDL dân cư: nghị quyết và chương trình hành động đặt thời "
   "hạn thế nào, ai làm?",
   "Nghị quyết 41: trong Quý II năm 2026; Chương trình 09: Sở Khoa học và Công nghệ chủ trì, hoàn thành Tháng "
   "4/2026.", ["Quý II năm 2026", "Tháng 4/2026", "Sở Khoa học và Công nghệ"], [A, B], ["Điều 2.4", "III.6"],
   ["Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC của tỉnh với Cơ sở dữ liệu quốc gia về dân cư trong Quý "
    "II năm 2026", "Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC tỉnh với Cơ sở dữ liệu quốc gia về dân cư"])
it("cross_document", "Về tài khoản định danh điện tử, nghị quyết đặt tỷ lệ bao nhiêu và kế hoạch liên tịch đặt số "
   "tài khoản bao nhiêu?",
   "Nghị quyết 41: 85% công dân từ đủ 14 tuổi trở lên có tài khoản mức độ 2 đã kích hoạt; Kế hoạch liên tịch: kích "
   "hoạt mới ít nhất 42.000 tài khoản (ít nhất 9.500 của học sinh).", ["85%", "42.000"], [A, C],
   ["Điều 1.2.đ", "2.1"],
   ["85% công dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 đã kích hoạt",
    "Hỗ trợ kích hoạt mới ít nhất 42.000 tài khoản định danh điện tử mức độ 2"])
it("cross_document", "Nghị quyết 41 và chương trình 09 quy định báo cáo định kỳ khác nhau thế nào?",
   "Nghị quyết 41: UBND tỉnh báo cáo Thường trực HĐND tỉnh định kỳ 6 tháng; Chương trình 09: các sở, ngành, xã, "
   "phường báo cáo định kỳ hằng quý, trước ngày 20 của tháng cuối quý.", ["định kỳ 6 tháng", "hằng quý"], [A, B],
   ["Điều 4.1", "IV.1"],
   ["định kỳ 6 tháng báo cáo Thường trực Hội đồng nhân dân tỉnh kết quả thực hiện",
    "báo cáo kết quả thực hiện định kỳ hằng quý, trước ngày 20 của tháng cuối quý"])
it("cross_document", "Ra quân Đội thanh niên tình nguyện hỗ trợ dịch vụ công: chương trình 09 và kế hoạch liên tịch "
   "ghi thời gian thế nào?",
   "Chương trình 09: Tháng 3/2026 (Tỉnh đoàn Ngân Giang chủ trì); Kế hoạch liên tịch: ngày 26/3/2026, đồng loạt "
   "tại 64 xã, phường (Ban Thường vụ Tỉnh đoàn chủ trì).", ["Tháng 3/2026", "26/3/2026"], [B, C],
   ["III.4", "3.3.1"],
   ["Ra quân Đội thanh niên tình nguyện hỗ trợ dịch vụ công tại Trung tâm Phục vụ hành chính công các xã, phường",
    "Ra quân Đội TNTN đồng loạt tại 64 xã, phường vào ngày 26/3/2026"])

# ---------------------------------------------------------------------------------------------------- comparison
it("comparison", "So sánh chỉ tiêu thanh toán trực tuyến giữa nhóm phường và nhóm xã vùng cao.",
   "Nhóm phường từ 65% trở lên, nhóm xã vùng cao từ 40% trở lên: nhóm phường cao hơn 25 điểm phần trăm.",
   ["65%", "40%"], [B, B], ["II.1", "II.3"],
   ["tỷ lệ thanh toán trực tuyến từ 65% trở lên", "tỷ lệ thanh toán trực tuyến từ 40% trở lên"])
it("comparison", "Tỷ lệ hồ sơ trực tuyến năm 2025 so với mục tiêu 2026 chênh bao nhiêu?",
   "Ước năm 2025: 61,3%; mục tiêu 2026: ≥ 75%, tức phải tăng ít nhất 13,7 điểm phần trăm.", ["61,3", "75"],
   [A], ["Điều 1.3"], ["Hồ sơ TTHC tiếp nhận, giải quyết trực tuyến (%)"])
it("comparison", "Bên nào bỏ nhiều kinh phí hơn trong kế hoạch liên tịch?",
   "Công an tỉnh (736 triệu đồng) nhiều hơn Tỉnh đoàn (548 triệu đồng) 188 triệu đồng.",
   ["736 triệu đồng", "548 triệu đồng"], [C], ["4.1"],
   ["Công an tỉnh 736 triệu đồng, Tỉnh đoàn 548 triệu đồng"])
it("comparison", "Trong chương trình 09, Sở KH&CN hay Văn phòng UBND tỉnh chủ trì nhiều nhiệm vụ hơn?",
   "Bằng nhau: mỗi cơ quan chủ trì 4 nhiệm vụ (Sở Khoa học và Công nghệ: dòng 6, 7, 8, 19; Văn phòng UBND tỉnh: "
   "dòng 1, 2, 14, 18).", ["4", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh"],
   [B] * 8, ["III.6", "III.7", "III.8", "III.19", "III.1", "III.2", "III.14", "III.18"],
   ["Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC tỉnh với Cơ sở dữ liệu quốc gia về dân cư",
    "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng của 100% thôn, tổ dân phố",
    "Diễn tập ứng cứu sự cố an toàn thông tin mạng cho các hệ thống thông tin dùng chung của tỉnh",
    "Đánh giá mức độ chuyển đổi số của các xã, phường năm 2026",
    "Ban hành danh mục TTHC thực hiện không phụ thuộc địa giới hành chính trong phạm vi tỉnh",
    "Công bố kết quả xếp hạng phục vụ người dân, doanh nghiệp Quý IV/2025 của các sở, ngành, xã, phường",
    "Thí điểm trả kết quả TTHC tại nhà qua dịch vụ bưu chính công ích tại xã Tà Hốc và xã Bản Sáo",
    "Tổ chức Hội thi “Cán bộ một cửa thân thiện” cấp tỉnh"])

# ---------------------------------------------------------------------------------------------------- unit_duties
it("unit_duties", "Sở Nội vụ chủ trì những việc gì trong chương trình hành động 09?",
   "Khảo sát Chỉ số SIPAS 6 tháng đầu năm (tháng 6); sơ kết 6 tháng thực hiện Nghị quyết số 41 (tháng 6); kiểm tra "
   "công tác cải cách hành chính tại 08 xã (tháng 8); hướng dẫn tự đánh giá, chấm điểm Chỉ số PAR INDEX (tháng 9); "
   "tổng kết thực hiện Nghị quyết số 41 (tháng 12).",
   ["SIPAS", "Sơ kết 6 tháng", "Kiểm tra công tác cải cách hành chính"], [B] * 5,
   ["III.11", "III.12", "III.15", "III.16", "III.20"],
   ["Khảo sát, đo lường sự hài lòng của người dân, tổ chức (Chỉ số SIPAS) 6 tháng đầu năm",
    "Sơ kết 6 tháng thực hiện Nghị quyết số 41, báo cáo Thường trực HĐND tỉnh",
    "Kiểm tra công tác cải cách hành chính tại 08 xã có tỷ lệ hồ sơ trực tuyến thấp nhất 6 tháng đầu năm",
    "Hướng dẫn, tổ chức tự đánh giá, chấm điểm Chỉ số PAR INDEX năm 2026 của các sở, ngành, xã, phường",
    "Tổng kết thực hiện Nghị quyết số 41, báo cáo HĐND tỉnh tại kỳ họp thường lệ cuối năm"])
it("unit_duties", "Ban Thường vụ Tỉnh đoàn chủ trì những việc gì trong kế hoạch liên tịch?",
   "Ra quân Đội TNTN ngày 26/3/2026; tập huấn nghiệp vụ cho thành viên Đội TNTN (tháng 4/2026); chủ trì nội dung "
   "chương trình Ngày hội “Thanh niên số với dịch vụ công” (19/4/2026).",
   ["Ra quân", "Tập huấn nghiệp vụ", "Ngày hội"], [C, C, C], ["3.3.1", "3.3.3", "3.4"],
   ["đơn vị chủ trì: Ban Thường vụ Tỉnh đoàn; phối hợp: Công an tỉnh",
    "Tập huấn nghiệp vụ cho thành viên Đội TNTN về nộp hồ sơ, thanh toán trực tuyến và nhận diện lừa đảo",
    "Ban Thường vụ Tỉnh đoàn chủ trì nội dung chương trình"])
it("unit_duties", "Sở Khoa học và Công nghệ chủ trì những nhiệm vụ nào theo chương trình 09?",
   "Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC với CSDL quốc gia về dân cư (tháng 4); tập huấn kỹ năng "
   "số cho Tổ công nghệ số cộng đồng (tháng 4); diễn tập ứng cứu sự cố an toàn thông tin mạng (tháng 5); đánh giá "
   "mức độ chuyển đổi số của các xã, phường (tháng 11).", ["kết nối", "Tập huấn kỹ năng số", "Diễn tập"],
   [B] * 4, ["III.6", "III.7", "III.8", "III.19"],
   ["Hoàn thành kết nối Hệ thống thông tin giải quyết TTHC tỉnh với Cơ sở dữ liệu quốc gia về dân cư",
    "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng của 100% thôn, tổ dân phố",
    "Diễn tập ứng cứu sự cố an toàn thông tin mạng cho các hệ thống thông tin dùng chung của tỉnh",
    "Đánh giá mức độ chuyển đổi số của các xã, phường năm 2026"])

# ---------------------------------------------------------------------------------------------------- task_list
it("task_list", "Liệt kê các hoạt động hỗ trợ kích hoạt tài khoản định danh điện tử trong kế hoạch liên tịch.",
   "Cao điểm “Hè số cùng VNeID” cho học sinh từ đủ 14 tuổi (01/6–31/7/2026); điểm hỗ trợ lưu động tại các xã "
   "vùng cao vào ngày chợ phiên; rà soát, lập danh sách người cao tuổi, người khuyết tật chưa kích hoạt để hỗ trợ "
   "tại nhà.", ["Hè số cùng VNeID", "điểm hỗ trợ lưu động", "người cao tuổi, người khuyết tật"], [C, C, C],
   ["3.2.1", "3.2.2", "3.2.3"],
   ["Cao điểm “Hè số cùng VNeID” hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2 cho học sinh từ đủ 14 tuổi",
    "Tổ chức điểm hỗ trợ lưu động tại các thôn, bản của xã Phiêng Lanh, xã Nậm Khoai, xã Tà Hốc, xã Bản Sáo",
    "Rà soát, lập danh sách người cao tuổi, người khuyết tật chưa kích hoạt tài khoản để hỗ trợ tại nhà"])
it("task_list", "Nghị quyết 41 nêu những nhiệm vụ, giải pháp chủ yếu nào?",
   "(1) Rà soát, đơn giản hóa ít nhất 45 TTHC, công bố danh mục TTHC không phụ thuộc địa giới hành chính; (2) nâng "
   "cao chất lượng Trung tâm Phục vụ hành chính công, mỗi Trung tâm cấp xã ít nhất 02 máy tính; (3) đẩy mạnh Đề án "
   "06; (4) kết nối Hệ thống thông tin giải quyết TTHC với CSDL dân cư, an toàn thông tin; (5) đổi mới tuyên "
   "truyền, ưu tiên truyền thanh cơ sở và mạng xã hội; (6) đưa PAR INDEX, SIPAS vào đánh giá người đứng đầu.",
   ["đơn giản hóa ít nhất 45 TTHC", "Đề án 06", "truyền thanh cơ sở"], [A] * 6,
   ["Điều 2.1", "Điều 2.2", "Điều 2.3", "Điều 2.4", "Điều 2.5", "Điều 2.6"],
   ["Rà soát, đơn giản hóa ít nhất 45 TTHC thuộc thẩm quyền giải quyết của tỉnh",
    "bảo đảm mỗi Trung tâm Phục vụ hành chính công cấp xã có ít nhất 02 máy tính dành cho người dân tự nộp hồ sơ "
    "trực tuyến", "Đẩy mạnh triển khai Đề án phát triển ứng dụng dữ liệu về dân cư",
    "bảo đảm an toàn thông tin theo cấp độ cho 100% hệ thống thông tin dùng chung của tỉnh",
    "ưu tiên hệ thống truyền thanh cơ sở và mạng xã hội",
    "Đưa kết quả Chỉ số PAR INDEX, Chỉ số SIPAS vào đánh giá người đứng đầu cơ quan, địa phương"])

# ---------------------------------------------------------------------------------------------------- no_diacritics
it("no_diacritics", "ai chu tri to chuc hoi thi can bo mot cua than thien",
   "Văn phòng UBND tỉnh chủ trì (phối hợp: Sở Nội vụ; Liên đoàn Lao động tỉnh), tháng 10/2026.",
   ["Văn phòng UBND tỉnh"], B, "III.18", "Tổ chức Hội thi “Cán bộ một cửa thân thiện” cấp tỉnh")
it("no_diacritics", "chi tieu ty le thanh toan truc tuyen phi le phi nam 2026 trong nghi quyet 41 la bao nhieu",
   "Từ 55% trở lên.", ["55%"], A, "Điều 1.2.d",
   "Tỷ lệ thanh toán trực tuyến phí, lệ phí trong giải quyết TTHC đạt từ 55% trở lên")
it("no_diacritics", "danh gia muc do chuyen doi so cac xa phuong nam 2026 lam thang may, ai chu tri?",
   "Tháng 11/2026, Sở Khoa học và Công nghệ chủ trì.", ["Tháng 11/2026", "Sở Khoa học và Công nghệ"], B, "III.19",
   "Đánh giá mức độ chuyển đổi số của các xã, phường năm 2026")
it("no_diacritics", "ke hoach lien tich: diem ho tro luu dong dat o nhung xa nao",
   "Xã Phiêng Lanh, xã Nậm Khoai, xã Tà Hốc, xã Bản Sáo (vào các ngày chợ phiên).",
   ["Phiêng Lanh", "Nậm Khoai", "Tà Hốc"], C, "3.2.2",
   "Tổ chức điểm hỗ trợ lưu động tại các thôn, bản của xã Phiêng Lanh, xã Nậm Khoai, xã Tà Hốc, xã Bản Sáo")
it("no_diacritics", "neu can doi thoi han nhiem vu trong chuong trinh 09 thi phai bao cao truoc bao nhieu ngay",
   "Báo cáo UBND tỉnh (qua Sở Nội vụ) trước ít nhất 15 ngày so với thời hạn hoàn thành.", ["15 ngày"], B, "IV.5",
   "trước ít nhất 15 ngày so với thời hạn hoàn thành")
it("no_diacritics", "moi trung tam phuc vu hanh chinh cong cap xa phai co may may tinh cho dan tu nop ho so?",
   "Ít nhất 02 máy tính.", ["02 máy tính"], A, "Điều 2.2",
   "có ít nhất 02 máy tính dành cho người dân tự nộp hồ sơ trực tuyến")
it("no_diacritics", "ai la dau moi cua tinh doan trong ke hoach lien tich, sdt bao nhieu",
   "Đồng chí Vi Thị Thanh Tâm, Trưởng Ban Phong trào Tỉnh đoàn; điện thoại 0214 3866 275.",
   ["Vi Thị Thanh Tâm", "0214 3866 275"], C, "5.4",
   "đồng chí Vi Thị Thanh Tâm, Trưởng Ban Phong trào Tỉnh đoàn")
it("no_diacritics", "PCI nam 2026 muc tieu tang bao nhieu bac", "Tăng ít nhất 05 bậc so với năm 2025.",
   ["05 bậc"], A, "Điều 1.2.g", "tăng ít nhất 05 bậc so với năm 2025")

# ---------------------------------------------------------------------------------------------------- english
it("english", "Who leads the pilot of home delivery of procedure results in the two highland communes?",
   "Văn phòng UBND tỉnh leads it, with Bưu điện tỉnh Ngân Giang, in Tháng 7/2026 (xã Tà Hốc and xã Bản Sáo).",
   ["Văn phòng UBND tỉnh"], B, "III.14",
   "Thí điểm trả kết quả TTHC tại nhà qua dịch vụ bưu chính công ích tại xã Tà Hốc và xã Bản Sáo")
it("english", "What is the 2026 target share of applications handled online in Resolution 41?",
   "At least 75% (từ 75% trở lên) of administrative procedure files received and handled online.", ["75%"], A,
   "Điều 1.2.b", "được tiếp nhận, giải quyết trực tuyến đạt từ 75% trở lên")
it("english", "When does the resolution take effect?", "From 01 January 2026 (từ ngày 01 tháng 01 năm 2026).",
   ["01 tháng 01 năm 2026"], A, "Điều 5", "có hiệu lực từ ngày 01 tháng 01 năm 2026")
it("english", "How much does the provincial budget contribute under Resolution 41?",
   "16.800 triệu đồng, out of a total of 21.450 triệu đồng.", ["16.800 triệu đồng"], A, "Điều 3.1",
   "ngân sách tỉnh 16.800 triệu đồng")
it("english", "In the joint plan, which unit is the standing unit on the police side?",
   "Phòng PC06 (the police administrative management of social order division of Công an tỉnh).",
   ["Phòng PC06"], C, "5.1", "giao Phòng PC06 là đơn vị thường trực của Công an tỉnh")
it("english", "How many awareness sessions against online scams does the joint plan target?",
   "At least 120 sessions (ít nhất 120 buổi).", ["120 buổi"], C, "2.3",
   "tổ chức ít nhất 120 buổi tuyên truyền phòng, chống lừa đảo trên không gian mạng")
it("english", "Who signed the action programme of the provincial People's Committee?",
   "Bế Thị Lan Phương, Vice Chair (PHÓ CHỦ TỊCH), signing for the Chair on behalf of the committee.",
   ["Bế Thị Lan Phương"], B, "signature", "Bế Thị Lan Phương")

# ---------------------------------------------------------------------------------------------------- unanswerable
un("Nghị quyết 41 dành riêng bao nhiêu tiền cho Đề án 06?",
   "Nghị quyết chỉ nêu tổng kinh phí và phần của từng cấp ngân sách, không nêu kinh phí riêng cho Đề án 06.")
un("Email của Sở Nội vụ Ngân Giang để gửi kế hoạch là gì?")
un("Kế hoạch CCHC năm 2027 của tỉnh Ngân Giang đặt chỉ tiêu PAR INDEX bao nhiêu?",
   "Các văn bản chỉ nói về năm 2026, không có kế hoạch năm 2027.")
un("Nghị quyết HĐND tỉnh Lâm Đồng năm 2026 đặt tỷ lệ hồ sơ trực tuyến bao nhiêu?",
   "Các văn bản là của tỉnh Ngân Giang, không nói về tỉnh Lâm Đồng.")
un("Ngày hội Thanh niên số với dịch vụ công bắt đầu lúc mấy giờ?",
   "Kế hoạch chỉ nêu ngày 19/4/2026 và địa điểm, không nêu giờ bắt đầu.")
un("Giải thưởng Hội thi Cán bộ một cửa thân thiện là bao nhiêu tiền?")
un("Ai là Giám đốc Sở Nội vụ tỉnh Ngân Giang?")
un("Bộ tài liệu hỏi đáp VNeID được đăng ở trang web nào?", "Các văn bản không nêu địa chỉ trang web nào.")
un("Tính đến tháng 3/2026 đã có bao nhiêu học sinh kích hoạt tài khoản định danh?",
   "Các văn bản chỉ nêu chỉ tiêu, không nêu kết quả đã đạt tới tháng 3/2026.")
un("How many people attended the 2025 edition of the youth digital festival?",
   "The documents do not say; they only plan the 2026 festival.")
un("Mỗi thành viên Đội TNTN được hỗ trợ bao nhiêu tiền một buổi trực?")


def main():
    path = os.path.join(HERE, "qa.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for item in ITEMS:
            line = json.dumps(item, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", line) + "\n")
    print(len(ITEMS), "items ->", path)


if __name__ == "__main__":
    main()
