# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v5 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways:
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document): a table cell, a
                    second quote of the same section, or the neighbouring section that holds the second fact
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals
of v3 or v4 (validate.py checks both).

    cd /work/main && .venv/bin/python evals/sealed/v5/paraphrase/write_paraphrases.py
    cd /work/main && .venv/bin/python evals/sealed/v5/paraphrase/validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SRC = {"five": os.path.join(ROOT, "evals", "qa.jsonl"),
       "new": os.path.join(ROOT, "evals", "new_plans", "qa.jsonl")}
OUT = {"five": os.path.join(HERE, "five_plans.jsonl"), "new": os.path.join(HERE, "new_plans.jsonl")}
FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]


def TP(q, mi, add=None, ev=None, ev_idx=None, entry=None):
    return ("two_part", q, dict(mi=mi, add=add, ev=ev, ev_idx=ev_idx, entry=entry))


# ------------------------------------------------------------------ five plans: 40 originals
FIVE = {
    # ---- lead
    "lead-003": [
        ("informal", "cho em hỏi cái chuyên trang CĐS trên báo giấy với báo mạng của tỉnh thì đơn vị nào chịu trách nhiệm làm vậy ạ"),
        ("no_diacritics", "chuyen trang chuyen doi so dang tren ca bao in lan bao dien tu do co quan nao chu tri thuc hien"),
        TP("Theo dự thảo kế hoạch truyền thông CCHC và CĐS 2025 của tỉnh, chuyên trang Chuyển đổi số trên báo in và báo điện tử giao cho đơn vị nào chủ trì, và bản báo điện tử ra mấy kỳ mỗi tháng?",
           "02 kỳ/tháng",
           add="Tần suất: 01 kỳ/1 trang/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử).",
           ev="Tần suất: 01 kỳ/1 trang/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử). - Đơn vị chủ trì: Báo Quảng Ngãi."),
    ],
    "lead-011": [
        ("informal", "Bình dân học vụ số năm nay bên nào đứng ra tổ chức vậy ad"),
        ("no_diacritics", "don vi nao chu tri chuong trinh binh dan hoc vu so tren dia ban tinh quang ngai"),
        ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: CT Bình dân học vụ số giao CQ nào chủ trì?"),
    ],
    "lead-018": [
        ("informal", "mn ơi mấy lớp tập huấn phổ biến pháp luật về cải cách hành chính xuống tận huyện là do sở nào phụ trách vậy"),
        ("no_diacritics", "theo ke hoach truyen thong 2025 cua tinh, so nao dung ra tap huan tuyen truyen phap luat ve cchc o cac huyen"),
        ("english", "Which provincial department leads the legal-awareness training on administrative reform held in the districts, according to Quảng Ngãi's draft 2025 communication plan?"),
    ],
    "lead-024": [
        ("informal", "ad ơi trong kế hoạch truyền thông năm 2025 của tỉnh thì sở nào đứng ra theo dõi, nhắc nhở các nơi làm phần truyền thông cải cách hành chính vậy"),
        ("initials", "KH truyền thông CCHC & CĐS 2025 (UBND tỉnh): sở nào làm đầu mối hướng dẫn, đôn đốc các sở, ngành, địa phương thực hiện nhiệm vụ truyền thông CCHC?"),
        TP("Trong kế hoạch truyền thông CCHC, CĐS năm 2025 của UBND tỉnh Quảng Ngãi, sở nào được giao làm đầu mối theo dõi, đôn đốc phần truyền thông CCHC, và Sở Nội vụ có trách nhiệm gì với các cơ quan báo chí?",
           "gương điển hình tiên tiến",
           add="Sở Nội vụ chủ động thông tin kịp thời kết quả thực hiện công tác CCHC, giới thiệu gương điển hình tiên tiến trong thực hiện công tác CCHC cho các cơ quan báo chí, truyền thông trên địa bàn tỉnh (mục E.3).",
           entry=("E.3", "Chủ động thông tin kịp thời kết quả thực hiện công tác CCHC, giới thiệu gương điển hình tiên tiến trong thực hiện công tác CCHC cho các cơ quan báo chí, truyền thông trên địa bàn tỉnh")),
    ],
    "lead-031": [
        ("informal", "cho em hỏi năm 2023 Văn phòng UBND tỉnh giao ai đi kiểm tra, hướng dẫn nghiệp vụ cải cách thủ tục cho công chức huyện, xã vậy ạ"),
        ("no_diacritics", "ke hoach 2023 cua van phong ubnd tinh giao don vi nao theo doi, kiem tra va tap huan nghiep vu cai cach thu tuc hanh chinh cho cong chuc huyen, xa"),
        ("typo", "theo kế hoach tuyên truyền cchc 2023 của văn phòng ubnd tỉnh, ai phụ trách tập huân nghiệp vụ cải cách tthc cho công chưc cấp huyện cấp xã"),
    ],
    "lead-034": [
        ("informal", "năm 2025 bên Văn phòng UBND tỉnh thì ai lo đăng tin bài, hình ảnh CCHC với chuyển đổi số lên cổng thông tin điện tử tỉnh vậy mn"),
        ("english", "In the 2025 publicity plan of the Office of the Quảng Ngãi Provincial People's Committee, which unit is responsible for publishing news, articles and photos on administrative reform and digital transformation on the provincial web portal?"),
        TP("Kế hoạch tuyên truyền năm 2025 của Văn phòng UBND tỉnh giao đơn vị nào chủ trì đăng tải tin, bài, hình ảnh về CCHC, CĐS trên Cổng TTĐT tỉnh, và đơn vị nào chủ trì đẩy mạnh tuyên truyền dịch vụ công trực tuyến, thanh toán trực tuyến?",
           "Trung tâm Phục vụ - Kiểm soát TTHC tỉnh",
           add="Việc đẩy mạnh tuyên truyền dịch vụ công trực tuyến, thanh toán trực tuyến, dịch vụ bưu chính, số hóa hồ sơ (mục III.5) do Trung tâm Phục vụ - Kiểm soát TTHC tỉnh chủ trì.",
           entry=("III.5", "cung cấp dịch vụ công không phụ thuộc vào địa giới hành chính - Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.")),
    ],
    "lead-038": [
        ("informal", "bên Sở KHCN thì mục tuyên truyền cải cách hành chính trên trang web của sở do ai cập nhật vậy mn"),
        ("initials", "KH 281/KH-SKHCN: duy trì mục tuyên truyền CCHC trên Trang TTĐT của Sở giao ĐV nào chủ trì?"),
        ("english", "At the Quảng Ngãi Department of Science and Technology, who is in charge of keeping the administrative reform section of the department's website up to date?"),
    ],
    "lead-040": [
        ("informal", "năm 2025 ai sẽ đi kiểm tra các cơ quan hành chính xem có áp dụng đúng ISO 9001:2015 không vậy ạ"),
        ("initials", "KH 281 của Sở KHCN: kiểm tra việc XD, áp dụng, duy trì HT quản lý chất lượng TCVN ISO 9001:2015 tại các CQ hành chính năm 2025 do ĐV nào chủ trì?"),
        ("typo", "đơn vị nào phụ trách kiểm tra áp dung hệ thống quản lý chất lương iso 9001:2015 ở các cơ quan hành chinh năm 2025"),
    ],
    # ---- coordinators
    "coord-002": [
        ("informal", "vụ đặt thiết kế poster tuyên truyền cải cách hành chính để đăng lên mạng thì có những ai phối hợp vậy mn"),
        ("english", "Which bodies support the ordering of administrative reform posters for digital platforms in Quảng Ngãi's draft 2025 communication plan?"),
        ("typo", "đặt hàng thiết kê poster tuyên truyền cchc thì đơn vị nào phối hợp thưc hiện"),
    ],
    "coord-003": [
        ("informal", "mn cho hỏi theo kế hoạch truyền thông 2025 của tỉnh, lúc các sở, huyện công khai TTHC lên Hệ thống thông tin giải quyết TTHC thì có những cơ quan nào phối hợp cùng vậy"),
        ("typo", "kế hoạch truyền thông của ubnd tỉnh: các sở vs địa phương cập nhật công bố tthc lên hệ thống thông tin giải quyêt tthc thì cơ quan nào phối hơp"),
        TP("Trong dự thảo kế hoạch truyền thông 2025 của UBND tỉnh, việc cập nhật, công khai TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh do ai chủ trì, và những cơ quan nào phối hợp?",
           "Các sở, ban ngành, địa phương",
           add="Cơ quan chủ trì: Các sở, ban ngành, địa phương.",
           ev="Cơ quan chủ trì: Các sở, ban ngành, địa phương. - Cơ quan phối hợp: Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ; các cơ quan, đơn vị liên quan."),
    ],
    "coord-008": [
        ("no_diacritics", "dat hang lam video clip nang chi so pci papi par index thi so van hoa the thao va du lich phoi hop voi nhung don vi nao"),
        ("initials", "KH truyền thông CCHC, CĐS 2025: đặt hàng SX video clip nâng các chỉ số PCI, PAPI, PAR INDEX thì Sở VHTTDL phối hợp với ĐV nào?"),
        TP("Khi Sở VHTTDL đặt làm video clip nâng cao chỉ số PCI, PAPI, PAR INDEX thì phối hợp với ai, và các hoạt động văn hóa, văn nghệ có chủ đề CCHC do cơ quan nào chủ trì?",
           "Chính quyền địa phương",
           add="Các hoạt động văn hóa, văn nghệ có chủ đề CCHC (mục C.II.8) do Sở Văn hóa, Thể thao và Du lịch và Chính quyền địa phương chủ trì.",
           entry=("C.II.8", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; Chính quyền địa phương.")),
    ],
    "coord-018": [
        ("no_diacritics", "cuoc thi tim hieu chuyen doi so danh cho doan vien thanh nien do tinh doan to chuc thi co quan nao phoi hop"),
        ("english", "Quảng Ngãi's provincial Youth Union is running a digital transformation quiz for its members in 2025. Which department works with it on this?"),
        TP("Cuộc thi tìm hiểu về chuyển đổi số cho đoàn viên, thanh niên của Tỉnh đoàn có sở nào phối hợp, và việc tuyên truyền nâng cao nhận thức về an toàn thông tin, an ninh mạng thì ai chủ trì?",
           "Công an tỉnh",
           add="Việc tăng cường truyền thông nâng cao nhận thức về an toàn thông tin, an ninh mạng trong quá trình chuyển đổi số (mục C.I.3.e) do Công an tỉnh chủ trì.",
           entry=("C.I.3.e", "Đơn vị chủ trì: Công an tỉnh.")),
    ],
    # ---- timing
    "timing-004": [
        ("no_diacritics", "cuoc thi video clip ve dai hoi dang cac cap gan voi truyen thong cchc to chuc luc nao"),
        ("typo", "cuộc thi vidoe clip tuyên truyền đại hội đảng các cấp năm 2025 tổ chức vào thơi gian nào"),
        TP("Cuộc thi Video Clip tuyên truyền Đại hội Đảng các cấp tiến tới Đại hội Đảng bộ tỉnh lần thứ XXI được tổ chức khi nào, và sở nào chủ trì?",
           "Sở Văn hóa, Thể thao và Du lịch",
           add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
           ev="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch. - Cơ quan phối hợp: Các cơ quan, đơn vị liên quan; Chính quyền địa phương. - Thời gian thực hiện: Trong quý II, III năm 2025."),
    ],
    "timing-006": [
        ("initials", "KH 281/KH-SKHCN: tuyên truyền CCHC nhân Ngày KH&CN Việt Nam 2025 thực hiện vào quý nào?"),
        ("english", "When does the Quảng Ngãi Department of Science and Technology plan to run its administrative reform publicity tied to Vietnam Science and Technology Day 2025?"),
        TP("Sở Khoa học và Công nghệ tổ chức tuyên truyền CCHC qua các hoạt động nhân Ngày khoa học và công nghệ Việt Nam, Tuần lễ Chuyển đổi số năm 2025 vào thời gian nào, và những đơn vị nào chủ trì?",
           "Phòng Bưu chính - Viễn thông và Công nghệ thông tin",
           add="Đơn vị chủ trì thực hiện: Văn phòng Sở, Phòng Bưu chính - Viễn thông và Công nghệ thông tin, Trung tâm Chuyển đổi số và Đổi mới sáng tạo.",
           ev="Đơn vị chủ trì thực hiện: Văn phòng Sở, Phòng Bưu chính - Viễn thông và Công nghệ thông tin, Trung tâm Chuyển đổi số và Đổi mới sáng tạo - Đơn vị phối hợp: Các phòng, đơn vị liên quan. - Thời gian thực hiện: Quý II/2025."),
    ],
    "timing-010": [
        ("no_diacritics", "so khoa hoc va cong nghe phai bao cao ubnd tinh ket qua tuyen truyen cai cach hanh chinh nam 2025 truoc ngay nao"),
        ("initials", "KH 281/KH-SKHCN: Sở KHCN gửi BC kết quả tuyên truyền CCHC 2025 lên UBND tỉnh chậm nhất ngày nào?"),
        ("english", "By what date must the Quảng Ngãi Department of Science and Technology report to the Provincial People's Committee on the results of its 2025 administrative reform publicity plan?"),
    ],
    "timing-012": [
        ("no_diacritics", "van phong ubnd tinh nam 2025 to chuc tap huan, huong dan nghiep vu cai cach thu tuc hanh chinh cho cong chuc so, huyen, xa vao thoi diem nao"),
        ("initials", "KH tuyên truyền 2025 của VPUB tỉnh: tập huấn, hướng dẫn nghiệp vụ cải cách TTHC cho CCVC các sở, huyện, xã thực hiện thời gian nào?"),
        ("typo", "năm 2025 văn phòng ubnd tỉnh tập huấn nghiêp vụ cải cách tthc cho công chức sở, huyện, xã vào lúc nào"),
    ],
    # ---- frequency
    "freq-006": [
        ("initials", "KH truyền thông 2025 của tỉnh: chuyên mục phát thanh về CĐS trên hệ thống truyền thanh cấp huyện mỗi tháng mấy chuyên mục, phát lại mấy lần?"),
        ("typo", "chương trình phát thanh chuyển đổi sô trên đài truyền thanh cấp huyên mỗi tháng làm mấy số, phát lại bao nhiu lần"),
        TP("Chuyên mục phát thanh về chuyển đổi số trên hệ thống truyền thanh cấp huyện phát với tần suất thế nào, và ai chủ trì thực hiện?",
           "Chính quyền địa phương",
           add="Đơn vị chủ trì: Chính quyền địa phương.",
           ev="Tần suất: mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng. - Đơn vị chủ trì: Chính quyền địa phương ."),
    ],
    "freq-007": [
        ("no_diacritics", "chuong trinh phat thanh ve chuyen doi so o dai truyen thanh xa moi thang phat may chuyen muc"),
        ("english", "How often should commune-level radio stations in Quảng Ngãi broadcast a digital transformation segment?"),
        ("typo", "đài truyền thanh xã mỗi tháng phải làm bao nhiu chuyên mục về chuyển đổi sô"),
    ],
    "freq-012": [
        ("english", "On provincial television, how long is each episode of the 'Administrative Reform' programme, and how many episodes air per year, under Quảng Ngãi's draft 2025 communication plan?"),
        ("typo", "chuyên mục cải cách hành chính trên truyền hinh tỉnh mỗi số dài mấy phut, cả năm phát bao nhiêu số"),
        TP("Trên kênh truyền hình tỉnh, chuyên mục “Cải cách hành chính” mỗi số kéo dài bao lâu và một năm có bao nhiêu số; còn Bản tin PAPI trên truyền hình thời lượng mỗi số bao nhiêu phút?",
           "05 phút/số",
           add="Bản tin PAPI trên kênh truyền hình: 01 số/tuần, 52 số/năm, thời lượng 05 phút/số.",
           entry=("C.II.12.c", "Trên kênh truyền hình: Bản tin PAPI: 01 số/tuần, 52 số/năm, thời lượng 05 phút/số.")),
    ],
    # ---- fact
    "fact-006": [
        ("informal", "mn ơi kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh là làm theo khoản mục nào trong Kế hoạch 40 vậy ạ"),
        ("no_diacritics", "ke hoach tuyen truyen cchc 2023 cua van phong ubnd tinh thuc hien nhiem vu duoc giao o khoan, muc nao cua ke hoach 40/kh-ubnd"),
        TP("Văn phòng UBND tỉnh lập kế hoạch tuyên truyền CCHC năm 2023 để thực hiện nhiệm vụ ở khoản, mục nào của Kế hoạch số 40/KH-UBND, và kế hoạch 40 đó ban hành ngày nào?",
           "01/3/2023",
           add="Kế hoạch số 40/KH-UBND do Chủ tịch UBND tỉnh ban hành ngày 01/3/2023.",
           ev="Thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2023 của Chủ tịch UBND tỉnh về tuyên truyền cải cách hành chính năm 2023 trên địa bàn tỉnh Quảng Ngãi, Văn phòng UBND tỉnh xây dựng Kế hoạch tuyên truyền cải cách hành chính (CCHC) năm 2023 đối với các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số 40/KH-UBND"),
    ],
    "fact-008": [
        ("initials", "BC công tác tuyên truyền CCHC năm 2023 của VP UBND tỉnh được thực hiện theo CV số mấy?"),
        ("english", "Which official letter prompted the Office of the Quảng Ngãi Provincial People's Committee to write its 2023 report on administrative reform publicity?"),
        ("typo", "báo cáo tuyên truyền cchc năm 2023 của văn phòng ubnd tỉnh làm theo công văn sô mấy"),
    ],
    "fact-020": [
        ("informal", "mn ơi cái đề án tuyên truyền nâng cao chất lượng dịch vụ công trực tuyến đến 2025 thì Thủ tướng duyệt ở quyết định số mấy vậy"),
        ("no_diacritics", "quyet dinh nao cua thu tuong phe duyet de an tuyen truyen, pho bien, nang cao chat luong cung cap va su dung dich vu cong truc tuyen den nam 2025"),
        ("initials", "Đề án tuyên truyền, nâng cao chất lượng cung cấp, sử dụng DVC trực tuyến đến 2025, định hướng 2030 được TTg phê duyệt tại QĐ nào?"),
    ],
    "fact-021": [
        ("informal", "ad ơi tiền để các huyện làm kế hoạch truyền thông CCHC, chuyển đổi số 2025 thì lấy từ nguồn nào vậy"),
        ("no_diacritics", "chinh quyen dia phuong bo tri kinh phi thuc hien ke hoach truyen thong cchc va cds nam 2025 tu nguon nao"),
        ("english", "Where do local governments get the money to carry out Quảng Ngãi's 2025 communication plan on administrative reform and digital transformation?"),
    ],
    "fact-022": [
        ("no_diacritics", "so tai chinh duoc giao lam gi trong ke hoach truyen thong cai cach hanh chinh va chuyen doi so nam 2025 cua tinh"),
        ("initials", "KH truyền thông CCHC, CĐS 2025 (UBND tỉnh) giao Sở Tài chính nhiệm vụ gì?"),
        ("english", "What is the Department of Finance's job under Quảng Ngãi province's 2025 communication plan on administrative reform and digital transformation?"),
    ],
    # ---- abbreviation
    "abbr-001": [
        ("no_diacritics", "par index nghia la chi so ve cai gi"),
        ("english", "In these plans, what is the Vietnamese name of the index abbreviated PAR INDEX?"),
        TP("PAR INDEX và SIPAS nhắc trong các văn bản này là những chỉ số nào?",
           "Chỉ số hài lòng",
           add="SIPAS là Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước.",
           ev="Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước (SIPAS)"),
    ],
    "abbr-006": [
        ("informal", "ad ơi trong kế hoạch truyền thông của UBND tỉnh, chữ CDS là viết tắt cho cái gì thế"),
        ("english", "In the provincial People's Committee's communication plan, what does the abbreviation CDS mean?"),
        TP("Dự thảo kế hoạch truyền thông 2025 của UBND tỉnh dùng hai chữ viết tắt CCHC và CDS — mỗi chữ là viết tắt của cụm từ nào?",
           "Cải cách hành chính",
           add="CCHC là viết tắt của Cải cách hành chính (“Cải cách hành chính (viết tắt là CCHC)”).",
           ev="Cải cách hành chính (viết tắt là CCHC) và Chuyển đổi số (viết tắt là CDS)"),
    ],
    # ---- list
    "list-003": [
        ("no_diacritics", "nam 2023 van phong ubnd tinh len ke hoach tuyen truyen cai cach hanh chinh bang nhung hinh thuc gi"),
        ("initials", "VPUB tỉnh năm 2023 dự kiến tuyên truyền CCHC qua những kênh, cách thức nào (theo KH tuyên truyền của VP)?"),
        TP("Kế hoạch tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh liệt kê những hình thức tuyên truyền nào, và việc lồng ghép CCHC vào các cuộc họp giao ban, họp định kỳ do phòng nào chủ trì?",
           "Phòng Hành chính - Quản trị",
           add="Hình thức lồng ghép nội dung CCHC qua họp giao ban, họp định kỳ và Hệ thống quản lý văn bản và điều hành do Phòng Hành chính - Quản trị chủ trì (mục III.2).",
           entry=("III", "Đơn vị chủ trì: Phòng Hành chính - Quản trị.")),
    ],
    "list-004": [
        ("no_diacritics", "nam 2023 co 4 thu tuc nao chi nhan ho so online, khong nhan ho so giay"),
        ("typo", "4 thủ tuc chỉ tiếp nhận hồ sơ trực tuyến ko nhận bản giấy trong năm 2023 gồm nhũng thủ tục gì"),
        TP("Bốn TTHC mà năm 2023 chỉ nhận hồ sơ trực tuyến, không nhận hồ sơ giấy là những thủ tục nào, và báo cáo nói kết quả tiếp nhận hồ sơ của các thủ tục này ra sao?",
           "100% hồ sơ được tiếp nhận trực tuyến",
           add="Đến nay nhiều địa phương đã thực hiện thành công các TTHC này; 100% hồ sơ được tiếp nhận trực tuyến, không còn tiếp nhận giấy.",
           ev="không tiếp nhận hồ sơ giấy đối với 04 thủ tục: Thông báo hoạt động khuyến mại (thuộc thẩm quyền giải quyết của Sở Công Thương); Đăng ký thành lập hộ kinh doanh, Đăng ký thay đổi nội dung đăng ký hộ kinh doanh, Chấm dứt hoạt động hộ kinh doanh (thuộc thẩm quyền giải quyết của UBND cấp huyện). Đến nay các TTHC này, nhiều địa phương đã thực hiện thành công, đạt hiệu quả cao; 100% hồ sơ được tiếp nhận trực tuyến, không còn tiếp nhận giấy."),
    ],
    "list-009": [
        ("informal", "năm 2023 cổng thông tin điện tử tỉnh tuyên truyền CCHC ngoài tin bài thường thì còn dùng mấy kiểu đa phương tiện nào vậy mn"),
        ("english", "Besides ordinary articles, which multimedia formats did the provincial web portal use for administrative reform publicity in 2023?"),
        ("typo", "năm 2023 cổng thông tin điện tủ tỉnh dùng nhưng hình thức truyền thông đa phương tiện nào để tuyên truyền cchc"),
    ],
    # ---- cross_document
    "cross-003": [
        ("initials", "Bản tin CCHC: năm 2023 do sở nào chủ trì (theo BC của VP UBND tỉnh), còn KH truyền thông 2025 của tỉnh giao ai chủ trì?"),
        ("english", "Which department ran the provincial 'Administrative Reform' bulletin in 2023, and which department is assigned to lead it under Quảng Ngãi province's draft 2025 communication plan?"),
        TP("Bản tin Cải cách hành chính năm 2023 do cơ quan nào chủ trì, năm 2025 giao cho ai chủ trì, và bản tin số năm 2025 ra bao nhiêu số mỗi tháng?",
           "01 số/tháng",
           ev="Tần suất: 01 số/tháng (12 kỳ/năm). - Cơ quan chủ trì: Sở Khoa học và Công nghệ.", ev_idx=1),
    ],
    "cross-010": [
        ("informal", "cho mình hỏi năm 2025 tập huấn về CCHC với cải cách TTHC thì kế hoạch của tỉnh và kế hoạch của Văn phòng UBND tỉnh giao cho ai làm chủ trì vậy"),
        ("typo", "tập huân cchc, cải cách tthc năm 2025: kế hoạch ubnd tỉnh vs kế hoach văn phòng ubnd tỉnh giao đơn vị nào chủ trì"),
        TP("Năm 2025, lớp tập huấn CCHC theo kế hoạch của UBND tỉnh và tập huấn nghiệp vụ cải cách TTHC theo kế hoạch của Văn phòng UBND tỉnh do ai chủ trì; riêng các lớp theo kế hoạch của tỉnh tổ chức vào thời gian nào?",
           "Trong năm 2025",
           add="Các lớp tập huấn, bồi dưỡng theo kế hoạch của UBND tỉnh có thời gian thực hiện: Trong năm 2025.",
           ev="Cơ quan chủ trì: Sở Nội vụ; Chính quyền địa phương. - Cơ quan phối hợp: Các sở, ban ngành, đơn vị liên quan. - Thời gian thực hiện: Trong năm 2025.", ev_idx=0),
    ],
    "cross-014": [
        ("english", "For encouraging staff to take part in administrative reform quizzes, how did the Office's list of supporting units change between its 2023 plan and its 2025 plan?"),
        ("typo", "vận đông công chức tham gia các cuộc thi tìm hiểu cchc: đơn vị phối hợp năm 2025 khác j so vs năm 2023"),
        TP("So sánh kế hoạch 2023 và 2025 của Văn phòng UBND tỉnh về việc vận động công chức, viên chức tham gia cuộc thi tìm hiểu CCHC: đơn vị phối hợp thay đổi thế nào, và đơn vị nào chủ trì?",
           "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh",
           ev="Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh. - Đơn vị phối hợp: Các phòng, ban, đơn vị.", ev_idx=0),
    ],
    # ---- no_diacritics
    "nodia-004": [
        ("informal", "cho hỏi Sở Tư pháp được giao làm gì trong kế hoạch truyền thông CCHC và chuyển đổi số 2025 của tỉnh vậy ạ"),
        ("initials", "KH truyền thông CCHC & CĐS 2025 (UBND tỉnh): nhiệm vụ của Sở Tư pháp là gì?"),
        ("english", "What tasks does the Department of Justice have under Quảng Ngãi's 2025 communication plan on administrative reform and digital transformation?"),
    ],
    "nodia-013": [
        ("informal", "ad ơi báo cáo năm 2023 của Văn phòng UBND tỉnh có nói là đã công khai số đường dây nóng nhận phản ánh chưa ạ"),
        ("initials", "BC tuyên truyền CCHC 2023 của VPUB có nêu việc công khai SĐT đường dây nóng tiếp nhận PAKN về giải quyết TTHC không?"),
        TP("Báo cáo 2023 của Văn phòng UBND tỉnh có nhắc chuyện công khai số điện thoại đường dây nóng không, và ngoài niêm yết thì TTHC còn được công khai tại Trung tâm Phục vụ - Kiểm soát TTHC qua hình thức nào?",
           "mã QR code",
           add="Văn phòng cũng công khai TTHC thông qua màn hình điện tử và quét mã QR code tại Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.",
           ev="Công khai TTHC thông qua màn hình điện tử và quét mã QR code tại Trung tâm Phục vụ - Kiểm soát TTHC tỉnh để doanh nghiệp, cá nhân thuận lợi trong việc tra cứu, tìm hiểu TTHC. - Công khai số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị của người dân liên quan đến việc giải quyết TTHC."),
    ],
    "nodia-018": [
        ("initials", "KH số 281/KH-SKHCN của Sở KHCN ký ban hành ngày nào?"),
        ("english", "On what date was plan No. 281 of the Quảng Ngãi Department of Science and Technology issued?"),
        ("typo", "kế hoạch 281 sở khcn ra ngày nao vậy"),
    ],
    # ---- english
    "en-003": [
        ("initials", "Theo BC tuyên truyền CCHC 2023 của VP UBND tỉnh, tháng 10/2023 QN xếp thứ mấy cả nước về thanh toán trực tuyến?"),
        ("typo", "tháng 10/2023 quảng ngãi đứng thứ mây cả nước về thanh toán trực tuyên"),
        TP("Về thanh toán trực tuyến, Quảng Ngãi xếp hạng mấy toàn quốc vào tháng 10/2023 và tháng 11/2023?",
           "thứ 01/63",
           add="The report's wording for November 2023 is “đứng vị trí thứ 01/63 tỉnh, thành phố trong cả nước”.",
           ev="Tháng 10/2023 đứng vị trí thứ 03, Tháng 11/2023 đứng vị trí thứ 01/63 tỉnh, thành phố trong cả nước"),
    ],
    "en-006": [
        ("informal", "kế hoạch 2025 của Văn phòng UBND tỉnh muốn nâng thứ hạng những chỉ số nào vậy mn"),
        ("no_diacritics", "ke hoach tuyen truyen 2025 cua van phong ubnd tinh de cap nang cao thu hang cac chi so nao"),
        ("typo", "văn phòng ubnd tỉnh năm 2025 đặt mục tiêu nâng hạng nhưng chỉ số gì trong kế hoạch tuyên truyền"),
    ],
    # ---- unanswerable
    "unans-001": [
        ("informal", "mn ơi kế hoạch truyền thông CCHC với chuyển đổi số 2025 của tỉnh tổng cộng chi hết bao nhiêu tiền vậy"),
        ("initials", "Tổng KP thực hiện KH truyền thông CCHC, CĐS 2025 của UBND tỉnh Quảng Ngãi là bao nhiêu?"),
        ("typo", "tổng kinh phi kế hoạch truyền thông cchc và chuyển đổi số năm 2025 của tỉnh là bao nhiu tiền"),
    ],
    "unans-003": [
        ("no_diacritics", "dia chi email van phong ubnd tinh nhan phan anh kien nghi la gi"),
        ("initials", "Địa chỉ email VP UBND tỉnh tiếp nhận PAKN là gì?"),
        ("typo", "gửi phản ánh kiến nghi cho văn phòng ubnd tỉnh qua email nào"),
    ],
    "unans-007": [
        ("no_diacritics", "ke hoach tuyen truyen cai cach hanh chinh nam 2027 cua tinh gom nhung noi dung nao"),
        ("english", "What does Quảng Ngãi province's 2027 administrative reform publicity plan contain?"),
        ("typo", "năm 2027 tỉnh có kế hoạch tuyên truyền cchc gồm nhưng nội dung gì"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    "np-lead-002": [
        ("informal", "cho em hỏi ở Đồng Xuân việc duy trì với niêm yết số đường dây nóng là cơ quan nào lo vậy ạ"),
        ("no_diacritics", "huyen dong xuan giao co quan nao chu tri duy tri va cong khai so dien thoai duong day nong"),
        TP("Theo kế hoạch CCHC năm 2024 của UBND huyện Đồng Xuân, đường dây nóng tiếp nhận phản ánh, kiến nghị dùng số điện thoại nào, và cơ quan nào chủ trì việc duy trì, niêm yết số này?",
           "0257.3865.246",
           entry=("III.2.b", "qua số điện thoại 0257.3865.246")),
    ],
    "np-lead-003": [
        ("informal", "ad ơi năm 2025 ở Đồng Xuân nộp hồ sơ thủ tục không theo địa giới hành chính thì cơ quan nào chủ trì nhận vậy"),
        ("no_diacritics", "ke hoach cchc 2025 huyen dong xuan giao don vi nao chu tri tiep nhan giai quyet ho so tthc khong phu thuoc dia gioi hanh chinh"),
        ("initials", "KH CCHC 2025 UBND H. Đồng Xuân: tiếp nhận, giải quyết HS TTHC không phụ thuộc địa giới HC trong tỉnh do CQ nào chủ trì?"),
    ],
    "np-coord-002": [
        ("informal", "mn ơi năm 2025 huyện Đồng Xuân số hóa hồ sơ thủ tục thì có mấy đơn vị nào làm cùng vậy"),
        ("no_diacritics", "so hoa ho so, ket qua giai quyet tthc nam 2025 o dong xuan co nhung co quan nao phoi hop"),
        ("english", "Which units assist with digitising administrative procedure records in Đồng Xuân district's 2025 plan?"),
    ],
    "np-timing-001": [
        ("informal", "năm 2025 Đồng Xuân khảo sát sự hài lòng của người dân vào tháng mấy vậy mn"),
        ("initials", "KH CCHC 2025 H. Đồng Xuân: khảo sát mức độ hài lòng của người dân, tổ chức với CQ hành chính NN thực hiện khi nào?"),
        TP("Trong kế hoạch CCHC 2025 của huyện Đồng Xuân, khảo sát mức độ hài lòng của người dân làm vào lúc nào, còn kiểm tra công tác CCHC tại UBND các xã, thị trấn làm vào quý nào?",
           "Quý III/2025",
           add="Kiểm tra công tác CCHC tại UBND các xã, thị trấn thực hiện trong Quý III/2025 (mục III.VII.3).",
           entry=("III.VII.3", "Quý III/2025")),
    ],
    "np-timing-004": [
        ("informal", "bệnh viện đa khoa tỉnh Hà Tĩnh phải làm xong bệnh án điện tử trước ngày nào vậy ad"),
        ("english", "What is the deadline for Hà Tĩnh Provincial General Hospital to roll out electronic medical records under the Department of Health's 2025 plan?"),
        TP("Kế hoạch chuyển đổi số 2025 của Sở Y tế Hà Tĩnh đặt hạn nào cho việc triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh, và những đơn vị nào phối hợp?",
           "Sở Thông tin và Truyền thông",
           add="Đơn vị phối hợp: Phòng Nghiệp vụ Y; Sở Thông tin và Truyền thông.",
           entry=("II.2", "Phòng Nghiệp vụ Y; Sở Thông tin và Truyền thông")),
    ],
    "np-timing-007": [
        ("no_diacritics", "ninh thuan tuyen truyen, huong dan thanh toan truc tuyen phi le phi tthc vao thoi gian nao"),
        ("initials", "KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận: tuyên truyền, hướng dẫn thanh toán trực tuyến phí, lệ phí giải quyết TTHC thực hiện khi nào?"),
        TP("Việc tuyên truyền, hướng dẫn thanh toán trực tuyến phí, lệ phí giải quyết TTHC ở Ninh Thuận năm 2024 làm vào thời gian nào, và có những đơn vị nào phối hợp?",
           "Ngân hàng Nhà nước chi nhánh tỉnh Ninh Thuận",
           add="Đơn vị phối hợp: Ngân hàng Nhà nước chi nhánh tỉnh Ninh Thuận; các ngân hàng thương mại.",
           entry=("Phụ lục I.9", "Ngân hàng Nhà nước chi nhánh tỉnh Ninh Thuận; các ngân hàng thương mại")),
    ],
    "np-freq-002": [
        ("informal", "bên Sở Y tế Hà Tĩnh backup dữ liệu các hệ thống dùng chung của ngành mấy ngày một lần vậy ạ"),
        ("no_diacritics", "so y te ha tinh sao luu du lieu he thong thong tin dung chung cua nganh voi tan suat nao"),
        ("typo", "sở y tê hà tĩnh sao lưu dữ liệu dùng chung bao lâu 1 lân"),
    ],
    "np-fact-001": [
        ("no_diacritics", "so hieu ke hoach cai cach hanh chinh nam 2025 cua ubnd huyen dong xuan la gi"),
        ("english", "What is the reference number of Đồng Xuân district's 2025 administrative reform plan?"),
        TP("Kế hoạch cải cách hành chính năm 2025 của UBND huyện Đồng Xuân mang số hiệu gì và được ký ngày nào?",
           "16 tháng 01 năm 2025",
           entry=("header", "Đồng Xuân, ngày 16 tháng 01 năm 2025")),
    ],
    "np-fact-004": [
        ("initials", "KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận: tỷ lệ HS TTHC được tiếp nhận, giải quyết trực tuyến năm 2023 là bao nhiêu?"),
        ("english", "What share of administrative procedure applications did Ninh Thuận receive and process online in 2023?"),
        TP("Theo kế hoạch tuyên truyền CCHC 2024 của Ninh Thuận, năm 2023 tỉnh tiếp nhận, giải quyết trực tuyến được bao nhiêu phần trăm hồ sơ TTHC, và tỷ lệ người dân, doanh nghiệp hài lòng năm đó là bao nhiêu?",
           "86,4%",
           add="Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC năm 2023 là 86,4%.",
           entry=("II", "86,4%")),
    ],
    "np-duties-005": [
        ("informal", "trong kế hoạch chuyển đổi số 2025 của Sở Y tế Hà Tĩnh thì Văn phòng Sở phải chủ trì những việc gì vậy mn"),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: VP Sở được giao chủ trì các nhiệm vụ nào?"),
        ("typo", "văn phòng sở y tế hà tinh chủ trì nhưng nhiệm vụ gì trong kế hoạch chuyển đổi sô năm 2025"),
    ],
    "np-duties-008": [
        ("informal", "năm 2024 Sở Nội vụ Ninh Thuận đứng ra chủ trì mấy hoạt động tuyên truyền CCHC nào vậy ad"),
        ("english", "Which administrative reform publicity activities is the Ninh Thuận Department of Home Affairs in charge of in 2024?"),
        ("typo", "trong kế hoạch tuyên truyền cchc 2024 của ninh thuận, sở nội vu chủ trì nhưng hoạt động nào"),
    ],
    "np-period-004": [
        ("no_diacritics", "trong quy 3 nam 2024 ninh thuan co nhung hoat dong tuyen truyen cai cach hanh chinh nao"),
        ("initials", "KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận: những HĐ nào diễn ra trong Q.III/2024?"),
        ("english", "Which administrative reform publicity activities in Ninh Thuận fall in the third quarter of 2024?"),
    ],
    "np-tasks-005": [
        ("no_diacritics", "ke hoach 2024 cua ninh thuan tuyen truyen cai cach hanh chinh qua nhung kenh, hinh thuc nao"),
        ("initials", "KH 1520/KH-UBND tỉnh Ninh Thuận: các hình thức tuyên truyền CCHC năm 2024 gồm những gì?"),
        ("typo", "năm 2024 ninh thuận tuyên truyền cchc theo những hình thưc nào"),
    ],
    "np-cmp-002": [
        ("initials", "H. Đồng Xuân: ĐV chủ trì tuyên truyền CCHC trên Đài Truyền thanh huyện thay đổi thế nào giữa KH CCHC 2024 và KH 2025?"),
        ("typo", "đơn vị chủ trì tuyên truyền cchc trên đài truyền thanh huyện đồng xuân năm 2025 có khác năm 2024 ko"),
        TP("So với kế hoạch CCHC 2024, kế hoạch 2025 của huyện Đồng Xuân đổi đơn vị chủ trì tuyên truyền CCHC trên Đài Truyền thanh huyện ra sao, và năm 2024 chuyên mục này phát sóng mấy kỳ mỗi tháng?",
           "02 kỳ/tháng",
           add="Năm 2024 chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện phát sóng 02 kỳ/tháng.",
           ev="Xây dựng chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện, phát sóng 02 kỳ/tháng; đăng tin, bài về CCHC trên Trang thông tin điện tử huyện. - Cơ quan chủ trì: Trung tâm Văn hóa - Thông tin và Thể thao huyện.",
           ev_idx=0),
    ],
    "np-cmp-008": [
        ("english", "In Đồng Xuân's civil service inspections, is the district People's Council and People's Committee Office still a coordinating body in 2025 as it was in 2024?"),
        ("typo", "kiểm tra công vụ năm 2025 ở đồng xuân còn văn phòng hđnd và ubnd huyện phối hơp như năm 2024 ko"),
        TP("Ở huyện Đồng Xuân, việc kiểm tra công vụ, kỷ luật, kỷ cương hành chính năm 2025 có còn Văn phòng HĐND và UBND huyện tham gia phối hợp như năm 2024 không, và cơ quan nào chủ trì?",
           "Phòng Nội vụ",
           ev="Cơ quan chủ trì: Phòng Nội vụ. - Cơ quan phối hợp: Thanh tra huyện; Văn phòng HĐND và UBND huyện.", ev_idx=0),
    ],
    "np-nodia-002": [
        ("informal", "cho em hỏi Đồng Xuân năm 2025 phải số hóa xong hồ sơ thủ tục hành chính trước lúc nào vậy ạ"),
        ("initials", "KH CCHC 2025 H. Đồng Xuân: số hóa HS, kết quả giải quyết TTHC phải hoàn thành khi nào?"),
        ("english", "By when must Đồng Xuân district finish digitising administrative procedure files and results under its 2025 plan?"),
    ],
    "np-nodia-006": [
        ("informal", "năm 2024 ở Đồng Xuân đi kiểm tra cải cách hành chính dưới các xã, thị trấn là phòng nào chủ trì vậy"),
        ("typo", "kế hoạch cchc 2024 huyện đồng xuân: kiểm tra công tác cchc tại ubnd các xa, thị trấn do cơ quan nào chủ trì"),
        TP("Năm 2024, huyện Đồng Xuân giao cơ quan nào chủ trì kiểm tra công tác CCHC tại UBND các xã, thị trấn, và kế hoạch yêu cầu kiểm tra tối thiểu bao nhiêu đơn vị?",
           "ít nhất 05 đơn vị",
           add="Kế hoạch yêu cầu kiểm tra ít nhất 05 đơn vị.",
           ev="Kiểm tra công tác CCHC tại UBND các xã, thị trấn (ít nhất 05 đơn vị). - Cơ quan chủ trì: Phòng Nội vụ."),
    ],
    "np-en-003": [
        ("no_diacritics", "chuyen trang cai cach hanh chinh tren bao ninh thuan ra bao lau mot ky"),
        ("typo", "chuyên trang cải cách hành chính trên báo ninh thuân phát hành mấy kỳ 1 tháng"),
        TP("Chuyên trang “Cải cách hành chính” trên Báo Ninh Thuận phát hành với tần suất nào, và chuyên mục CCHC trên sóng truyền hình tỉnh mỗi kỳ dài bao nhiêu phút?",
           "10 phút/kỳ",
           add="The television programme “Cải cách hành chính” runs 10 phút/kỳ, twice a month (section IV.1.b).",
           entry=("IV.1.b", "thời lượng 10 phút/kỳ, phát 02 kỳ/tháng")),
    ],
    "np-unans-001": [
        ("no_diacritics", "so hotline cua so y te ha tinh la bao nhieu"),
        ("english", "What is the hotline number of the Hà Tĩnh Department of Health?"),
        ("typo", "sđt đường dây nóng sở y tế hà tĩnh là số mây"),
    ],
    "np-unans-010": [
        ("initials", "BV Đa khoa tỉnh Hà Tĩnh có quy mô bao nhiêu giường bệnh?"),
        ("english", "How many hospital beds does Hà Tĩnh Provincial General Hospital have?"),
        ("typo", "bệnh viện đa khoa tỉnh hà tĩnh có bao nhiu giường bênh"),
    ],
}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def aslist(v):
    return list(v) if isinstance(v, list) else [v]


def build(orig, n, spec):
    style, q = spec[0], spec[1]
    it = {"id": f"{orig['id']}-p{n}", "orig_id": orig["id"], "style": style, "question": nfc(q)}
    for f in FIELDS[4:]:
        it[f] = copy.deepcopy(orig[f])
    if style == "two_part":
        x = spec[2]
        assert orig["kind"] != "unanswerable", orig["id"]
        it["must_include"] = it["must_include"] + [nfc(x["mi"])]
        if x["add"]:
            assert x["mi"].lower() not in orig["answer"].lower(), orig["id"]
            it["answer"] = orig["answer"].rstrip() + " " + nfc(x["add"])
        else:
            assert x["mi"].lower() in orig["answer"].lower(), (orig["id"], x["mi"])
        if x["ev"] is not None:
            if x["ev_idx"] is None:
                assert not isinstance(it["evidence"], list), orig["id"]
                it["evidence"] = nfc(x["ev"])
            else:
                it["evidence"] = list(it["evidence"])
                it["evidence"][x["ev_idx"]] = nfc(x["ev"])
        if x["entry"] is not None:
            sec, ev = x["entry"]
            doc = aslist(orig["document"])[0]
            it["document"] = aslist(it["document"]) + [doc]
            it["section"] = aslist(it["section"]) + [nfc(sec)]
            it["evidence"] = aslist(it["evidence"]) + [nfc(ev)]
    return {f: it[f] for f in FIELDS}


def main():
    for key, table in (("five", FIVE), ("new", NEW)):
        originals = {}
        with open(SRC[key], encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    o = json.loads(line)
                    originals[o["id"]] = o
        out = []
        for oid, specs in table.items():
            assert len(specs) == 3, oid
            assert len({s[0] for s in specs}) == 3, oid
            for n, spec in enumerate(specs, 1):
                out.append(build(originals[oid], n, spec))
        with open(OUT[key], "w", encoding="utf-8") as f:
            for it in out:
                f.write(nfc(json.dumps(it, ensure_ascii=False)) + "\n")
        print(OUT[key], len(out))


if __name__ == "__main__":
    main()
