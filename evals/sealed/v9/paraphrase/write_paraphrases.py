# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v9 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v8 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row or a second quote (field line) of the same section
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals
of v8; lines used by the fewest earlier rounds first (v3-v8), and among those the oldest rounds first:
  * five plans: every eligible line is used by one or two earlier rounds; 40 one-round lines are taken:
    all 34 of v4/v5 and 6 of v6 (four no_diacritics lines, which v4/v5 did not leave, one lead and one
    unanswerable); none of v7.
  * new plans: only 10 eligible lines are used by one earlier round, all taken; the other 10 are two-round
    lines whose later round is v6 (all 6 of v3+v6, and 4 of v4+v6 chosen for the kinds still missing:
    timing, frequency, english, and a lead of the .docx plan); none of the lines last used by v7.
validate.py checks all of this and lists the reused ones.

    cd /work/main && .venv/bin/python evals/sealed/v9/paraphrase/write_paraphrases.py
    cd /work/main && .venv/bin/python evals/sealed/v9/paraphrase/validate.py
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
    "lead-011": [
        TP("Chương trình “Bình dân học vụ số” trong KH truyền thông CCHC, CĐS 2025 của tỉnh do đơn vị nào đứng ra "
           "chủ trì, và thời gian thực hiện là bao giờ?", "Quý III-IV/2025",
           entry=("C.I.3.c", "Thời gian thực hiện: Quý III-IV/2025.")),
        ("no_diacritics", "binh dan hoc vu so cua tinh nam 2025 thi so nao chu tri vay"),
        ("english", "Who leads the mass digital-literacy programme (\"digital learning for everyone\") in Quang Ngai's "
                    "2025 communication plan on administrative reform and digital transformation?"),
    ],
    "lead-018": [
        TP("Theo dự thảo KH truyền thông năm 2025, ai chủ trì việc tập huấn tuyên truyền pháp luật về cải cách hành "
           "chính tại các huyện, và việc đó làm vào thời gian nào?", "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           entry=("C.II.10", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("initials", "Tập huấn tuyên truyền PL về CCHC ở các H. do Sở nào chủ trì (KH truyền thông CCHC, CĐS 2025)?"),
        ("typo", "tap huấn tuyen truyền pháp luật về cchc cho các huyện thì sở nào chủ trì vậy"),
    ],
    "lead-024": [
        ("informal", "mn ơi cho hỏi trong KH truyền thông CCHC, CĐS năm 2025 của tỉnh thì sở nào làm đầu mối theo dõi, "
                     "đôn đốc các nhiệm vụ truyền thông về cải cách hành chính vậy?"),
        ("english", "In the province's 2025 communication plan, which department is the focal point for monitoring and "
                    "urging progress on the administrative-reform communication tasks?"),
        ("typo", "kế hoạch truyền thông cchc, cds 2025 của ubnd tỉnh thì sở nào làm đầu môi theo dõi, đôn đốc nhiệm vụ "
                 "truyền thông cải cách hành chinh"),
    ],
    "lead-040": [
        TP("Theo KH 281 của Sở KHCN, việc kiểm tra áp dụng hệ thống quản lý chất lượng ISO 9001:2015 ở các cơ quan "
           "hành chính năm 2025 giao cho đơn vị nào, và làm trong quý mấy?", "Quý IV/2025",
           entry=("IV.6", "Thời gian thực hiện: Quý IV/2025.")),
        ("informal", "cho em hỏi năm 2025 bên nào đi kiểm tra việc áp dụng ISO 9001:2015 ở các cơ quan hành chính nhà "
                     "nước trong tỉnh ạ?"),
        ("english", "Under plan 281 of the science and technology department, which unit inspects how state "
                    "administrative agencies apply their ISO 9001:2015 quality management systems in 2025?"),
    ],
    "lead-043": [
        ("initials", "HN tập huấn nghiệp vụ cải cách TTHC, kiểm soát TTHC và cơ chế một cửa năm 2023 do CQ nào chủ trì "
                     "tổ chức (BC tuyên truyền CCHC 2023 của VP UBND tỉnh)?"),
        ("no_diacritics", "hoi nghi tap huan nghiep vu cai cach tthc, kiem soat tthc, mot cua nam 2023 ai dung ra chu tri"),
        ("typo", "hội nghị tập huấn nghiệp vụ cải cách tthc, kiểm soát tthc và một cửa năm 2023 do ai chủ tri tổ chưc"),
    ],
    # ---- coordinators
    "coord-002": [
        TP("Việc đặt hàng thiết kế poster tuyên truyền CCHC để đăng trên nền tảng số: cơ quan nào phối hợp, và cơ quan "
           "nào chủ trì?", "Sở Văn hóa, Thể thao và Du lịch",
           entry=("C.II.6", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.")),
        ("typo", "thiết kê poster tuyên truyền cải cách hành chinh thì đơn vị nào phối hợp"),
        ("english", "For the commissioned administrative-reform posters in the 2025 provincial communication plan, which "
                    "bodies are listed as partners?"),
    ],
    "coord-003": [
        ("informal", "ad ơi theo KH truyền thông của tỉnh, lúc các sở, địa phương đăng công khai TTHC lên Hệ thống thông "
                     "tin giải quyết TTHC thì cơ quan nào phối hợp ạ?"),
        ("initials", "Cập nhật, công bố, công khai TTHC trên HT thông tin giải quyết TTHC tỉnh (KH truyền thông CCHC, "
                     "CĐS 2025 của UBND tỉnh): CQ phối hợp gồm những ai?"),
        ("no_diacritics", "cong khai tthc tren he thong thong tin giai quyet tthc tinh thi co quan nao phoi hop theo ke "
                          "hoach truyen thong 2025"),
    ],
    "coord-008": [
        ("informal", "mn cho hỏi làm video clip nâng các chỉ số PCI, PAPI, PAR INDEX thì Sở VHTTDL phối hợp với những "
                     "ai vậy?"),
        ("no_diacritics", "dat hang video clip nang cao chi so pci papi par index, so vhttdl phoi hop voi don vi nao"),
        ("typo", "sản xuât video clip về chỉ số pci, papi, par index thì sở văn hóa thể thao và du lich phối hợp với ai"),
    ],
    "coord-018": [
        TP("Cuộc thi tìm hiểu về chuyển đổi số trong đoàn viên, thanh niên do Tỉnh đoàn tổ chức thì đơn vị nào phối "
           "hợp, và thời gian thực hiện là khi nào?", "Năm 2025",
           add="Thời gian thực hiện: Năm 2025.",
           entry=("C.I.3.đ", "Thời gian thực hiện: Năm 2025.")),
        ("initials", "Cuộc thi tìm hiểu CĐS trong đoàn viên, thanh niên (Tỉnh đoàn chủ trì) thì CQ, ĐV nào phối hợp?"),
        ("no_diacritics", "tinh doan to chuc cuoc thi tim hieu chuyen doi so cho doan vien thanh nien, don vi phoi hop "
                          "la ai"),
    ],
    # ---- timing
    "timing-004": [
        TP("Cuộc thi Video Clip tuyên truyền về Đại hội Đảng các cấp gắn với truyền thông CCHC được tổ chức vào thời "
           "gian nào, và sở nào chủ trì?", "Sở Văn hóa, Thể thao và Du lịch",
           add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
           entry=("C.II.4", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.")),
        ("informal", "cho mình hỏi cuộc thi video clip về Đại hội Đảng các cấp trong KH truyền thông 2025 tổ chức lúc "
                     "nào vậy mn?"),
        ("english", "When is the video clip contest on the Party congresses at all levels, linked to administrative-reform "
                    "communication, scheduled to take place?"),
    ],
    "timing-006": [
        ("informal", "ad ơi Sở KHCN tuyên truyền CCHC dịp Ngày Khoa học và Công nghệ Việt Nam 2025 là vào quý mấy ạ?"),
        ("initials", "KH 281/KH-SKHCN: tuyên truyền CCHC qua các HĐ nhân Ngày KH&CN VN 2025, Tuần lễ CĐS, Ngày CĐS "
                     "quốc gia – TG thực hiện khi nào?"),
        ("no_diacritics", "so khcn tuyen truyen cchc nhan ngay khoa hoc cong nghe viet nam 2025 lam vao thoi gian nao"),
    ],
    "timing-010": [
        TP("Theo KH 281/KH-SKHCN, các phòng, đơn vị thuộc Sở phải gửi báo cáo kết quả về Sở trước ngày nào, và Sở "
           "phải báo cáo UBND tỉnh trước ngày nào?", "15/11/2025",
           add="Các phòng, đơn vị thuộc Sở gửi báo cáo về Sở (qua Văn phòng Sở) trước ngày 15/11/2025.",
           ev="gửi về Sở (qua Văn phòng Sở) trước ngày 15/11/2025 để tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh "
              "trước ngày 30/11/2025"),
        ("typo", "sở khcn phai báo cáo ubnd tỉnh kết qủa kế hoạch tuyên truyền cchc 2025 trước ngày nào"),
        ("no_diacritics", "han so khoa hoc cong nghe bao cao ubnd tinh ket qua ke hoach tuyen truyen cchc nam 2025"),
    ],
    "timing-012": [
        TP("KH tuyên truyền CCHC, CĐS năm 2025 của Văn phòng UBND tỉnh: việc tập huấn, hướng dẫn nghiệp vụ cải cách "
           "TTHC cho công chức các sở, cấp huyện, cấp xã làm khi nào, và đơn vị nào chủ trì?",
           "Trung tâm Phục vụ - Kiểm soát TTHC tỉnh",
           add="Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.",
           entry=("III.6", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.")),
        ("no_diacritics", "vp ubnd tinh nam 2025 tap huan nghiep vu cai cach tthc cho cong chuc so, huyen, xa thi lam "
                          "luc nao"),
        ("initials", "VP UBND tỉnh, KH 2025: tập huấn, hướng dẫn nghiệp vụ cải cách TTHC cho CC các sở, cấp H., cấp xã "
                     "– TG thực hiện?"),
    ],
    # ---- frequency
    "freq-006": [
        TP("Chuyên mục phát thanh về chuyển đổi số trên hệ thống truyền thanh cấp huyện phát với tần suất thế nào, và "
           "ai chủ trì?", "Chính quyền địa phương",
           add="Đơn vị chủ trì: Chính quyền địa phương.",
           entry=("C.I.2.e", "Đơn vị chủ trì: Chính quyền địa phương")),
        ("informal", "cho em hỏi đài truyền thanh cấp huyện làm chuyên mục CĐS thì một tháng phát mấy lần, phát lại mấy "
                     "lần ạ?"),
        ("english", "How often is the digital transformation programme broadcast on the district-level radio system, "
                    "reruns included?"),
    ],
    "freq-007": [
        TP("Chuyên mục, chương trình phát thanh về chuyển đổi số trên hệ thống truyền thanh cấp xã làm với tần suất bao "
           "nhiêu, và đơn vị nào phối hợp?", "Sở Khoa học và Công nghệ",
           add="Đơn vị phối hợp: Sở Khoa học và Công nghệ.",
           entry=("C.I.2.g", "Đơn vị phối hợp: Sở Khoa học và Công nghệ.")),
        ("typo", "dài truyền thanh cấp xã làm chuyên mục chuyển đổi sô bao lâu một lần"),
        ("initials", "Đài truyền thanh cấp xã: chuyên mục CĐS phát mấy lần/tháng theo KH truyền thông 2025 của UBND tỉnh?"),
    ],
    "freq-012": [
        ("no_diacritics", "chuyen muc cai cach hanh chinh tren kenh truyen hinh tinh moi so bao nhieu phut, ca nam may so"),
        ("typo", "chuyên mục cải cách hành chinh trên truyền hình tỉnh mỗi sô dài mấy phút, một năm phát bao nhiêu số"),
        ("english", "How long is each episode of the 'Administrative Reform' segment on provincial television, and how "
                    "many episodes air per year?"),
    ],
    # ---- fact
    "fact-006": [
        TP("Kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh thực hiện nhiệm vụ được giao ở khoản, mục nào của "
           "Kế hoạch 40/KH-UBND, và Kế hoạch 40 ban hành ngày nào?", "01/3/2023",
           add="Kế hoạch số 40/KH-UBND ban hành ngày 01/3/2023.",
           ev="Thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2023 của Chủ tịch UBND tỉnh về tuyên truyền cải cách hành "
              "chính năm 2023 trên địa bàn tỉnh Quảng Ngãi, Văn phòng UBND tỉnh xây dựng Kế hoạch tuyên truyền cải "
              "cách hành chính (CCHC) năm 2023 đối với các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số "
              "40/KH-UBND"),
        ("informal", "mn ơi KH tuyên truyền CCHC 2023 của VP UBND tỉnh là làm các nhiệm vụ được giao ở phần nào trong "
                     "KH 40/KH-UBND vậy?"),
        ("english", "Which part of Plan 40/KH-UBND assigns the tasks that the Provincial People's Committee Office "
                    "carries out in its 2023 administrative-reform communication plan?"),
    ],
    "fact-008": [
        TP("Báo cáo công tác tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh được lập theo công văn số mấy, và công "
           "văn đó đề ngày nào?", "31/10/2023"),
        ("initials", "BC tuyên truyền CCHC 2023 của VP UBND tỉnh thực hiện theo CV số nào?"),
        ("typo", "báo cáo tuyên truyền cải cách hành chính 2023 của văn phòng ubnd tinh làm theo công văn nào vây"),
    ],
    "fact-020": [
        ("no_diacritics", "de an tuyen truyen nang cao chat luong cung cap va su dung dich vu cong truc tuyen den 2025 "
                          "thu tuong phe duyet tai quyet dinh so may"),
        ("english", "Under which Prime Minister's decision was the scheme on promoting the provision and use of online "
                    "public services up to 2025 approved?"),
        ("initials", "Đề án tuyên truyền, nâng cao chất lượng cung cấp và sử dụng DVC trực tuyến đến 2025 được TTg phê "
                     "duyệt ở QĐ nào?"),
    ],
    "fact-021": [
        ("informal", "ad cho hỏi chính quyền địa phương lấy tiền ở đâu để làm KH truyền thông CCHC, CĐS 2025 vậy?"),
        ("initials", "KP thực hiện KH truyền thông CCHC, CĐS 2025: chính quyền địa phương bố trí từ nguồn nào?"),
        ("typo", "chính quyền đia phương bố trí kinh phí làm kế hoạch truyền thông cchc, cds 2025 từ nguồn nào"),
    ],
    "fact-022": [
        TP("Trong KH truyền thông CCHC và CĐS 2025 của tỉnh, Sở Tài chính được giao việc gì, và phải bảo đảm theo quy "
           "định của luật nào?", "Luật Ngân sách nhà nước",
           ev="Sở Tài chính: Thực hiện thẩm tra dự toán chi tiết đối với các nhiệm vụ thuộc Kế hoạch theo đề nghị của "
              "các cơ quan, đơn vị đảm bảo quy định của Luật Ngân sách nhà nước"),
        ("no_diacritics", "so tai chinh lam gi trong ke hoach truyen thong cchc va cds 2025 cua tinh"),
        ("english", "What is the finance department's job under the province's 2025 communication plan on "
                    "administrative reform and digital transformation?"),
    ],
    # ---- abbreviation
    "abbr-001": [
        ("informal", "cho em hỏi trong KH tuyên truyền CCHC 2023 của VP UBND tỉnh, PAR INDEX nghĩa là chỉ số nào ạ?"),
        ("no_diacritics", "par index la viet tat cua chi so nao"),
        ("initials", "PAR INDEX trong KH tuyên truyền CCHC 2023 của VPUB là viết tắt của CS nào?"),
    ],
    "abbr-006": [
        TP("Trong dự thảo KH truyền thông năm 2025 của UBND tỉnh, CDS là viết tắt của gì, còn CCHC là viết tắt của gì?",
           "Cải cách hành chính",
           add="CCHC là viết tắt của Cải cách hành chính.",
           ev="Cải cách hành chính (viết tắt là CCHC) và Chuyển đổi số (viết tắt là CDS)"),
        ("english", "In the provincial People's Committee's 2025 communication plan, what does the abbreviation CDS "
                    "stand for?"),
        ("typo", "trong kế hoach truyền thông của ubnd tỉnh, chữ cds viết tắt cho cái gì"),
    ],
    # ---- list
    "list-003": [
        ("informal", "cho em hỏi KH tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh tuyên truyền bằng những cách "
                     "nào ạ?"),
        ("initials", "VPUB – KH tuyên truyền CCHC năm 2023: liệt kê giúp các hình thức tuyên truyền?"),
        ("english", "What forms of communication are listed in the Provincial People's Committee Office's 2023 "
                    "administrative-reform communication plan?"),
    ],
    "list-004": [
        TP("Năm 2023, 04 thủ tục chỉ nhận hồ sơ trực tuyến, không nhận hồ sơ giấy là những thủ tục nào, và mỗi thủ tục "
           "thuộc thẩm quyền giải quyết của cơ quan nào?", "UBND cấp huyện",
           ev="không tiếp nhận hồ sơ giấy đối với 04 thủ tục: Thông báo hoạt động khuyến mại (thuộc thẩm quyền giải "
              "quyết của Sở Công Thương); Đăng ký thành lập hộ kinh doanh, Đăng ký thay đổi nội dung đăng ký hộ kinh "
              "doanh, Chấm dứt hoạt động hộ kinh doanh (thuộc thẩm quyền giải quyết của UBND cấp huyện)"),
        ("no_diacritics", "nam 2023 co 4 thu tuc nao chi nhan ho so truc tuyen khong nhan ho so giay"),
        ("typo", "bốn thủ tục chỉ tiêp nhận hồ sơ trực tuyến, không nhận hồ sơ giây năm 2023 gồm những gì"),
    ],
    "list-009": [
        ("informal", "ad ơi năm 2023 Cổng TTĐT tỉnh dùng những kiểu truyền thông đa phương tiện nào để tuyên truyền "
                     "CCHC vậy?"),
        ("english", "Besides ordinary news posts, which multimedia formats did the provincial web portal use for "
                    "administrative-reform communication in 2023?"),
        ("typo", "cổng thông tin điện tử tỉnh năm 2023 tuyên truyền cchc qua những loại hình đa phương tiện nao"),
    ],
    # ---- cross_document
    "cross-003": [
        TP("Bản tin Cải cách hành chính năm 2023 do cơ quan nào chủ trì, còn bản tin số CCHC, CĐS trong KH truyền "
           "thông 2025 của tỉnh do ai chủ trì và ra mấy số mỗi tháng?", "01 số/tháng",
           ev="Tần suất: 01 số/tháng (12 kỳ/năm). - Cơ quan chủ trì: Sở Khoa học và Công nghệ.", ev_idx=1),
        ("initials", "Ai chủ trì bản tin CCHC: năm 2023 (theo BC của VPUB) và năm 2025 (theo KH truyền thông CCHC, CĐS "
                     "của UBND tỉnh)?"),
        ("english", "Who ran the provincial administrative-reform newsletter in 2023, and who runs the digital "
                    "newsletter on administrative reform and digital transformation under the 2025 plan?"),
    ],
    "cross-010": [
        ("informal", "mn ơi tập huấn về CCHC, cải cách TTHC năm 2025 thì KH của UBND tỉnh với KH của VP UBND tỉnh giao "
                     "ai chủ trì vậy?"),
        ("no_diacritics", "nam 2025 tap huan cchc, cai cach tthc: ke hoach ubnd tinh va ke hoach van phong ubnd tinh "
                          "giao cho ai chu tri"),
        ("typo", "lơp tập huấn cchc và tập huấn nghiệp vụ cải cách tthc năm 2025 theo kế hoạch của ubnd tỉnh và của "
                 "văn phòng ubnd tỉnh do ai chủ trì"),
    ],
    "cross-014": [
        TP("Việc vận động công chức, viên chức tham gia các cuộc thi tìm hiểu CCHC: đơn vị phối hợp năm 2025 khác năm "
           "2023 thế nào, và năm 2023 đơn vị nào chủ trì?", "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh",
           entry=("III.7", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh.")),
        ("no_diacritics", "van dong cong chuc tham gia cuoc thi tim hieu cchc, nam 2025 don vi phoi hop khac nam 2023 "
                          "cho nao"),
        ("informal", "cho mình hỏi vụ vận động CCVC đi thi tìm hiểu CCHC ấy, năm 2025 so với 2023 thì bên phối hợp có "
                     "gì khác nhau vậy?"),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "nodia-001": [
        ("informal", "mn ơi bản tin PCI trên sóng truyền hình tỉnh là đơn vị nào chủ trì làm vậy?"),
        ("english", "Who is in charge of the PCI news bulletin on provincial television?"),
        ("initials", "Bản tin PCI trên kênh truyền hình (KH truyền thông CCHC, CĐS 2025): CQ chủ trì là ai?"),
    ],
    "nodia-005": [
        TP("Năm 2023, thanh toán trực tuyến đạt khoảng bao nhiêu tiền, và có khoảng bao nhiêu hồ sơ trực tuyến được "
           "tiếp nhận tại Trung tâm?", "69.000",
           add="Có khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm.",
           ev="khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm, đạt tỷ lệ bình quân "
              "khoảng 73%/tổng hồ sơ tiếp nhận mới và thanh toán trực tuyến đạt khoảng 35 tỷ đồng"),
        ("initials", "Giá trị thanh toán trực tuyến năm 2023 đạt bao nhiêu (BC tuyên truyền CCHC của VP UBND tỉnh)?"),
        ("english", "Roughly how much money was paid online in 2023, according to the provincial office's "
                    "administrative-reform communication report?"),
    ],
    "nodia-009": [
        TP("Banner chuyển đổi số phải đặt ở đâu, và đơn vị nào chủ trì duy trì chuyên trang điện tử Chuyển đổi số "
           "tỉnh?", "Sở Khoa học và Công nghệ",
           add="Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
           entry=("C.I.2.d", "Đơn vị chủ trì: Sở Khoa học và Công nghệ.")),
        ("typo", "banner về chuyển đổi số phải đăt trên những trang nào"),
        ("informal", "ad ơi cái banner chuyển đổi số thì phải gắn ở trang nào ạ?"),
    ],
    "nodia-014": [
        ("informal", "cho em hỏi dịp Ngày KH&CN Việt Nam 2025, Sở KHCN giao những đơn vị nào chủ trì tuyên truyền "
                     "CCHC ạ?"),
        ("initials", "KH 281 Sở KHCN: tuyên truyền CCHC nhân Ngày KH&CN VN 2025 – ĐV chủ trì thực hiện gồm những ai?"),
        ("english", "For administrative-reform communication around Vietnam Science and Technology Day 2025, which "
                    "units of the science and technology department are in charge?"),
    ],
    # ---- english originals (no english paraphrase)
    "en-003": [
        TP("Tháng 10/2023, Quảng Ngãi xếp thứ mấy cả nước về thanh toán trực tuyến, còn tháng 11/2023 thì xếp thứ "
           "mấy?", "thứ 01/63",
           add="The report's wording: “Tháng 11/2023 đứng vị trí thứ 01/63 tỉnh, thành phố”.",
           ev="Tháng 10/2023 đứng vị trí thứ 03, Tháng 11/2023 đứng vị trí thứ 01/63 tỉnh, thành phố"),
        ("informal", "ad ơi tháng 10/2023 tỉnh mình đứng thứ mấy cả nước về thanh toán trực tuyến vậy?"),
        ("no_diacritics", "thang 10 nam 2023 quang ngai xep hang thu may ve thanh toan truc tuyen"),
    ],
    "en-006": [
        ("informal", "cho em hỏi KH năm 2025 của Văn phòng UBND tỉnh muốn nâng thứ hạng những chỉ số nào ạ?"),
        ("initials", "KH tuyên truyền CCHC, CĐS, DVC trực tuyến 2025 của VP UBND tỉnh hướng tới nâng các chỉ số nào?"),
        ("typo", "kế hoạch 2025 của văn phòng ubnd tỉnh nhắm nâng thứ hang những chỉ sô nào"),
    ],
    "en-009": [
        ("no_diacritics", "o van phong ubnd tinh, bao cao cds va dich vu cong truc tuyen nam 2025 do don vi nao tong "
                          "hop, gui cho ai"),
        ("initials", "VP UBND tỉnh 2025: BC kết quả tuyên truyền CĐS và thực hiện DVC trực tuyến do ĐV nào theo dõi, "
                     "tổng hợp và gửi về Sở nào?"),
        ("typo", "tại văn phong ubnd tỉnh năm 2025 ai tổng hợp báo cáo về tuyên truyền chuyển đổi số, dịch vụ công trực "
                 "tuyến và gửi đi đâu"),
    ],
    # ---- unanswerable (no two_part)
    "unans-001": [
        ("informal", "mn ơi KH truyền thông CCHC, CĐS năm 2025 của tỉnh tổng cộng bao nhiêu tiền vậy?"),
        ("no_diacritics", "tong kinh phi ke hoach truyen thong cchc cds 2025 cua tinh la bao nhieu dong"),
        ("english", "What is the total budget, in VND, of the province's 2025 communication plan on administrative "
                    "reform and digital transformation?"),
    ],
    "unans-002": [
        ("initials", "SĐT đường dây nóng của TT Phục vụ - Kiểm soát TTHC tỉnh là số nào?"),
        ("english", "What is the hotline phone number of the provincial Public Service and Administrative Procedure "
                    "Control Centre?"),
        ("typo", "số điên thoại đường dây nóng của trung tâm phục vụ - kiểm soát tthc tỉnh la bao nhiêu"),
    ],
    "unans-003": [
        ("no_diacritics", "dia chi email van phong ubnd tinh de gui phan anh kien nghi la gi"),
        ("initials", "Email của VP UBND tỉnh để gửi PAKN là gì?"),
        ("typo", "email văn phòng ubnd tỉnh nhận phản ánh kiến nghi là địa chỉ nao"),
    ],
    "unans-007": [
        ("typo", "kế hoach tuyên truyền cchc năm 2027 của tỉnh gồm nhũng nội dung gì"),
        ("english", "What does the province's 2027 administrative-reform communication plan contain?"),
        ("no_diacritics", "ke hoach tuyen truyen cchc nam 2027 cua tinh gom nhung noi dung nao"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- lead
    "np-lead-004": [
        TP("Ở huyện Đồng Xuân năm 2025, nhiệm vụ dùng tài khoản định danh điện tử VNeID trong tiếp nhận, giải quyết "
           "TTHC do đơn vị nào chủ trì, và thời gian hoàn thành là khi nào?", "Quý III - IV/2025",
           entry=("III.VI.4", "Quý III - IV/2025")),
        ("informal", "ad ơi KH CCHC 2025 của huyện Đồng Xuân, việc dùng VNeID khi tiếp nhận hồ sơ TTHC thì ai chủ trì ạ?"),
        ("english", "In Đồng Xuân district's 2025 administrative reform plan, which agency leads the use of VNeID "
                    "electronic identification accounts when handling administrative procedures?"),
    ],
    "np-lead-007": [
        TP("Việc sao lưu dữ liệu các hệ thống thông tin dùng chung của ngành y tế Hà Tĩnh năm 2025 do đơn vị nào chủ "
           "trì, và phối hợp với đơn vị nào?", "VNPT Hà Tĩnh",
           entry=("II.18", "VNPT Hà Tĩnh")),
        ("no_diacritics", "sao luu du lieu he thong thong tin dung chung nganh y te ha tinh ai chu tri"),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: sao lưu dữ liệu các HT thông tin dùng chung giao ĐV nào chủ trì?"),
    ],
    "np-lead-008": [
        TP("Hội thi tìm hiểu về CCHC tỉnh Ninh Thuận năm 2024 do cơ quan nào chủ trì, và tổ chức vào quý mấy?",
           "Quý III/2024",
           entry=("IV.3", "Thời gian thực hiện: Quý III/2024.")),
        ("english", "Which department organises Ninh Thuận province's 2024 knowledge contest on administrative reform?"),
        ("typo", "hội thi tìm hiểu cải cách hành chính ninh thuận 2024 do cơ quan nao tổ chức"),
    ],
    # ---- coordinators
    "np-coord-004": [
        TP("Sở Y tế Hà Tĩnh: việc liên thông giấy chứng sinh, giấy báo tử lên VNeID thì Phòng Nghiệp vụ Y phối hợp với "
           "những đơn vị nào, và thời gian thực hiện là khi nào?", "Tháng 6/2025",
           entry=("II.6", "Tháng 6/2025")),
        ("informal", "cho em hỏi vụ đẩy giấy chứng sinh, giấy báo tử lên VNeID ở Hà Tĩnh thì Phòng Nghiệp vụ Y phối hợp "
                     "với ai ạ?"),
        ("no_diacritics", "lien thong giay chung sinh giay bao tu len vneid, phong nghiep vu y phoi hop voi don vi nao"),
    ],
    # ---- timing
    "np-timing-005": [
        TP("Số hóa hồ sơ, kết quả giải quyết TTHC thuộc thẩm quyền Sở Y tế Hà Tĩnh phải hoàn thành trước ngày nào, và "
           "đơn vị nào chủ trì?", "Văn phòng Sở",
           entry=("II.11", "Văn phòng Sở")),
        ("initials", "SYT Hà Tĩnh: hạn số hóa HS, KQ giải quyết TTHC là trước ngày nào?"),
        ("english", "What is the deadline for the Hà Tĩnh Department of Health to digitise its administrative procedure "
                    "files and results?"),
    ],
    # ---- frequency
    "np-freq-004": [
        TP("Chuyên mục “Cải cách hành chính” trên truyền hình tỉnh Ninh Thuận năm 2024 phát mấy kỳ một tháng, mỗi kỳ "
           "dài bao lâu, và cơ quan nào phối hợp?", "Văn phòng UBND tỉnh",
           add="Cơ quan phối hợp: Sở Nội vụ; Văn phòng UBND tỉnh.",
           entry=("IV.1.b", "Cơ quan phối hợp: Sở Nội vụ; Văn phòng UBND tỉnh.")),
        ("no_diacritics", "chuyen muc cai cach hanh chinh tren truyen hinh ninh thuan phat bao nhieu ky moi thang, moi "
                          "ky bao nhieu phut"),
        ("typo", "chuyên mục cchc trên truyền hinh tỉnh ninh thuận phát mấy kỳ, mỗi kỳ dài bao lâu"),
    ],
    # ---- fact
    "np-fact-005": [
        TP("Kế hoạch tuyên truyền CCHC 2024 của tỉnh Ninh Thuận có tổng kinh phí bao nhiêu, và lấy từ nguồn nào?",
           "ngân sách tỉnh năm 2024",
           ev="Tổng kinh phí thực hiện Kế hoạch: 450.000.000 đồng (Bằng chữ: Bốn trăm năm mươi triệu đồng), từ nguồn "
              "ngân sách tỉnh năm 2024 bố trí cho Sở Nội vụ"),
        ("informal", "mn ơi KH tuyên truyền CCHC năm 2024 của Ninh Thuận tổng kinh phí hết bao nhiêu vậy?"),
        ("english", "What is the total budget of Ninh Thuận province's 2024 administrative reform communication plan?"),
    ],
    # ---- unit_duties
    "np-duties-002": [
        ("no_diacritics", "phong van hoa thong tin huyen dong xuan chu tri nhung viec gi trong ke hoach cchc 2025"),
        ("informal", "cho em hỏi trong KH CCHC 2025 của huyện thì Phòng Văn hóa và Thông tin được giao chủ trì những "
                     "việc nào ạ?"),
        ("english", "Which tasks does the district Culture and Information Office lead in Đồng Xuân's 2025 "
                    "administrative reform plan?"),
    ],
    "np-duties-008": [
        ("no_diacritics", "so noi vu ninh thuan chu tri nhung hoat dong tuyen truyen nao nam 2024"),
        ("initials", "KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận: Sở Nội vụ chủ trì những HĐ nào?"),
        ("typo", "năm 2024 sở nội vụ ninh thuân chủ trì những việc tuyên truyền nào"),
    ],
    # ---- period
    "np-period-005": [
        ("informal", "mn cho hỏi KH CCHC 2024 của huyện Đồng Xuân có những việc nào làm trong quý III vậy?"),
        ("no_diacritics", "huyen dong xuan nam 2024 quy 3 phai lam nhung viec gi"),
        ("english", "Which tasks in Đồng Xuân district's 2024 administrative reform plan are scheduled for the third "
                    "quarter?"),
    ],
    # ---- task_list
    "np-tasks-001": [
        ("no_diacritics", "ke hoach cchc 2025 huyen dong xuan gom bao nhieu nhiem vu"),
        ("initials", "KH CCHC 2025 của UBND H. Đồng Xuân có tổng cộng mấy nhiệm vụ?"),
        ("typo", "kế hoạch 2025 của huyện đồng xuân có bao nhiêu nhiêm vụ"),
    ],
    "np-tasks-005": [
        ("informal", "ad ơi năm 2024 Ninh Thuận tuyên truyền CCHC qua những hình thức gì vậy?"),
        ("english", "Through which channels and formats does Ninh Thuận province carry out its administrative reform "
                    "communication in 2024?"),
        ("no_diacritics", "ninh thuan tuyen truyen cai cach hanh chinh 2024 bang nhung hinh thuc nao"),
    ],
    # ---- comparison
    "np-cmp-006": [
        TP("Ở Đồng Xuân, việc hướng dẫn người dân nộp hồ sơ và thanh toán trực tuyến năm 2024 và năm 2025 do ai chủ "
           "trì, và năm 2024 có những đơn vị nào phối hợp?", "Bưu điện huyện",
           add="Năm 2024, cơ quan phối hợp: Bưu điện huyện; Huyện đoàn Đồng Xuân.",
           entry=("III.6.b", "Cơ quan phối hợp: Bưu điện huyện; Huyện đoàn Đồng Xuân.")),
        ("initials", "H. Đồng Xuân: hướng dẫn dân nộp HS, thanh toán trực tuyến – CQ chủ trì năm 2024 và năm 2025 là ai?"),
        ("typo", "hướng dẫn người dân nộp hồ sơ, thanh toán trực tuyên ở đồng xuân năm 2024 với 2025 thì ai chủ tri"),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "np-nodia-002": [
        TP("Huyện Đồng Xuân năm 2025: số hóa hồ sơ, kết quả giải quyết TTHC có hạn hoàn thành khi nào, và đơn vị nào "
           "chủ trì?", "Văn phòng HĐND và UBND huyện",
           entry=("III.II.3", "Văn phòng HĐND và UBND huyện")),
        ("english", "By when must Đồng Xuân district finish digitising administrative procedure files and results in "
                    "2025?"),
        ("informal", "ad ơi huyện Đồng Xuân năm 2025 số hóa hồ sơ TTHC hạn chót khi nào vậy?"),
    ],
    "np-nodia-004": [
        TP("Bệnh viện Đa khoa tỉnh Hà Tĩnh triển khai đặt lịch khám bệnh trực tuyến vào thời gian nào, và đơn vị nào "
           "phối hợp?", "Trung tâm Y tế các huyện, thành phố, thị xã",
           add="Đơn vị phối hợp: Trung tâm Y tế các huyện, thành phố, thị xã.",
           entry=("II.8", "Trung tâm Y tế các huyện, thành phố, thị xã")),
        ("typo", "đặt lịch khám bệnh trưc tuyến ở bệnh viện đa khoa tỉnh hà tĩnh triển khai khi nao"),
        ("initials", "BV Đa khoa tỉnh Hà Tĩnh: đặt lịch khám bệnh trực tuyến qua app và Cổng TTĐT triển khai khi nào?"),
    ],
    # ---- english original (no english paraphrase)
    "np-en-004": [
        ("no_diacritics", "cac co quan chuyen mon va xa, thi tran o dong xuan phai xong ke hoach cchc 2024 cua minh "
                          "truoc ngay nao"),
        ("initials", "KH CCHC 2024 H. Đồng Xuân: các CQ chuyên môn, UBND xã, TT phải xây dựng xong KH CCHC của mình "
                     "trước ngày nào?"),
        ("typo", "các cơ quan chuyên môn và xã, thị trân ở đồng xuân phải làm xong kế hoạch cchc 2024 truớc ngày nào"),
    ],
    # ---- unanswerable (no two_part)
    "np-unans-001": [
        ("informal", "cho mình hỏi số đường dây nóng của Sở Y tế Hà Tĩnh là bao nhiêu ạ?"),
        ("initials", "SĐT đường dây nóng SYT Hà Tĩnh là số mấy?"),
        ("english", "What is the hotline number of the Hà Tĩnh Department of Health?"),
    ],
    "np-unans-005": [
        ("no_diacritics", "luong pho chu tich ubnd huyen dong xuan bao nhieu"),
        ("typo", "phó chủ tịch ubnd huyện đồng xuân lương bao nhieu một tháng"),
        ("english", "How much is the vice chairman of Đồng Xuân district People's Committee paid?"),
    ],
    "np-unans-006": [
        ("informal", "mn ơi tháng 7/2024 ở Ninh Thuận thời tiết ra sao vậy?"),
        ("initials", "Cho xin TT thời tiết tỉnh Ninh Thuận tháng 7/2024?"),
        ("typo", "thơi tiết ninh thuận tháng 7 năm 2024 như thế nao"),
    ],
    "np-unans-010": [
        ("informal", "ad ơi Bệnh viện Đa khoa tỉnh Hà Tĩnh có mấy giường bệnh vậy?"),
        ("typo", "bệnh viện đa khoa tỉnh hà tinh có bao nhiêu giường bênh"),
        ("initials", "BV Đa khoa tỉnh Hà Tĩnh quy mô bao nhiêu giường bệnh?"),
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
