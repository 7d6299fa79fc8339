# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v13 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v12 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row or a second quote (field line) of the same section
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals of
v11 or v12; lines used by the fewest earlier rounds first (v3-v12; no eligible line is unused), and among
those the oldest rounds first:
  * five plans: 62 eligible lines are used by two earlier rounds (34 last used by v9, 28 by v10) and 12 by
    three (all last used by v10). All 34 v9 lines, then 6 of the 28 two-round v10 lines: three lead lines of
    the provincial draft (C.I.1, C.I.4.b, C.II.12.b: sections no other chosen original asks about), a fact
    line of plan 281, a coordinators line of the 2023 report and a cross_document line of the Office 2023
    plan and the report.
  * new plans: all 25 eligible lines are used by three earlier rounds (5 last used by v9, 20 by v10). All 5
    v9 lines, then 15 of the 20 v10 lines: every kind is covered; left out are a timing line and the
    no_diacritics (signature) line of the .pdf plan (the .pdf has the most originals otherwise), the second
    Đồng Xuân timing comparison, a Ninh Thuận lead line and the Đồng Xuân 2024 hotline coordinators line
    (same section as a chosen fact line).
validate.py checks all of this and lists the reused ones.

    cd /work/v13/paraphrase && /work/main/.venv/bin/python write_paraphrases.py
    cd /work/v13/paraphrase && /work/main/.venv/bin/python validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # written outside the repository (e.g. /work/v13/paraphrase/, before being copied to evals/sealed/v13/paraphrase/)
    ROOT = os.environ.get("ASSISTANT_REPO", "/work/main")
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
        TP("Theo kế hoạch truyền thông CCHC, CĐS năm 2025 của UBND tỉnh, chương trình Bình dân học vụ số do đơn vị "
           "nào đứng ra chủ trì, và triển khai trong khoảng thời gian nào?", "Quý III-IV/2025",
           entry=("C.I.3.c", "Thời gian thực hiện: Quý III-IV/2025.")),
        ("no_diacritics", "binh dan hoc vu so do co quan nao phu trach to chuc vay"),
        ("english", "Who organises the province's mass digital literacy programme, the so-called popular digital "
                    "education campaign, under the 2025 communication plan?"),
    ],
    "lead-018": [
        ("informal", "cho mình hỏi mở lớp tập huấn phổ biến pháp luật về cải cách hành chính xuống các huyện là sở "
                     "nào đứng ra vậy?"),
        ("no_diacritics", "so nao lo viec tap huan, pho bien phap luat ve cai cach hanh chinh o cap huyen"),
        ("english", "Which department runs the legal training sessions on administrative reform held in the "
                    "districts?"),
    ],
    "lead-024": [
        TP("Trong KH truyền thông CCHC và CĐS 2025 của tỉnh, cơ quan nào làm đầu mối theo dõi, hướng dẫn, đôn đốc "
           "các sở, địa phương thực hiện phần truyền thông CCHC, và ngoài đôn đốc thì cơ quan đó còn có trách nhiệm "
           "gì với UBND tỉnh?", "định kỳ tổng hợp, báo cáo UBND tỉnh",
           ev="Làm đầu mối, theo dõi, hướng dẫn, đôn đốc các sở, ban, ngành, các địa phương triển khai thực hiện các "
              "nhiệm vụ về truyền thông CCHC tại Kế hoạch này; định kỳ tổng hợp, báo cáo UBND tỉnh về công tác tuyên "
              "truyền CCHC"),
        ("initials", "Đầu mối theo dõi, hướng dẫn việc truyền thông CCHC theo KH của UBND tỉnh năm 2025 là Sở nào?"),
        ("typo", "sở nào đươc giao cầm đầu, nhắc nhở mấy sở ngành với địa phương làm phần truyền thông cải cách hành "
                 "chinh năm 2025"),
    ],
    "lead-026": [
        ("no_diacritics", "de an nang cao chat luong cung cap va su dung dvc truc tuyen den 2025, dinh huong 2030 o "
                          "quang ngai: ben nao trien khai"),
        ("initials", "Đề án tuyên truyền, nâng cao chất lượng DVC trực tuyến đến 2025 – ở Quảng Ngãi, KH truyền thông "
                     "2025 giao ĐV nào thực hiện?"),
        ("typo", "đơn vị nào cầm trịch triển khai đề án phổ biến dịch vụ công trực tuyến trên điạ bàn quảng ngãi năm "
                 "2025"),
    ],
    "lead-027": [
        TP("Việc đặt hàng báo chí, truyền thông làm video clip và phóng sự về chuyển đổi số trong kế hoạch 2025 của "
           "tỉnh giao cho ai chủ trì, và những đơn vị nào phối hợp?", "Các cơ quan, đơn vị, địa phương liên quan",
           add="Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương liên quan.",
           entry=("C.I.4.b", "Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương liên quan.")),
        ("informal", "mn ơi bên nào lo đặt báo đài sản xuất clip, phóng sự về CĐS vậy?"),
        ("english", "Who is in charge of commissioning news outlets to produce video clips and documentaries on "
                    "digital transformation?"),
    ],
    "lead-023": [
        TP("Theo kế hoạch truyền thông 2025 của UBND tỉnh, chuyên trang cải cách hành chính trên Báo Quảng Ngãi do "
           "cơ quan nào chủ trì và được thực hiện vào thời gian nào?", "Thường xuyên trong năm",
           entry=("C.II.12.b", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("no_diacritics", "to bao quang ngai co chuyen trang cai cach hanh chinh, vay don vi nao dam nhan"),
        ("typo", "trang chuyên đề về cải cách hành chính đăng trên tờ báo tỉnh quảng ngãi thì cơ quan nào lo liêu"),
    ],
    # ---- coordinators
    "coord-002": [
        TP("Trong kế hoạch truyền thông 2025 của UBND tỉnh, việc đặt thiết kế poster tuyên truyền CCHC có những đơn "
           "vị nào phối hợp, và làm vào thời gian nào?", "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           entry=("C.II.6", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("informal", "cho mình hỏi làm poster tuyên truyền CCHC đăng lên mạng thì bên nào hỗ trợ cùng vậy?"),
        ("initials", "Đặt hàng thiết kế poster CCHC đăng trên nền tảng số – ĐV, CQ phối hợp gồm những ai?"),
    ],
    "coord-003": [
        ("informal", "mn ơi các sở với địa phương đưa TTHC lên hệ thống giải quyết TTHC của tỉnh để công khai thì có "
                     "cơ quan nào làm cùng vậy?"),
        ("initials", "Cập nhật, công bố, công khai TTHC trên HT giải quyết TTHC tỉnh (KH truyền thông 2025) – CQ "
                     "phối hợp?"),
        ("english", "When departments and localities publish administrative procedures on the provincial "
                    "procedure-handling system, which bodies support them?"),
    ],
    "coord-008": [
        TP("Theo kế hoạch 2025 của tỉnh, đặt sản xuất video clip nâng cao các chỉ số PCI, PAPI, PAR INDEX thì Sở "
           "Văn hóa, Thể thao và Du lịch làm cùng ai, và clip được đăng tải ở đâu?", "màn hình Led",
           add="Video clip được đăng tải trên màn hình Led và các nền tảng số.",
           entry=("C.II.7", "Đặt hàng sản xuất video clip tuyên truyền nâng cao các chỉ số của tỉnh (PCI, PAPI, PAR "
                            "INDEX) để đăng tải trên màn hình Led và các nền tảng số")),
        ("no_diacritics", "clip quang ba chi so pci, papi, par index: so vh-tt-dl bat tay voi nhung don vi nao"),
        ("english", "For the video clips promoting the province's PCI, PAPI and PAR INDEX scores, which partners "
                    "does the Department of Culture, Sports and Tourism work with?"),
    ],
    "coord-016": [
        TP("Báo cáo tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh: bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ "
           "thị xã Đức Phổ thì Văn phòng làm cùng cơ sở đào tạo nào, và vào tháng mấy?", "tháng 11/2023"),
        ("informal", "cho em hỏi năm 2023 VP UBND tỉnh bắt tay với trường nào để bồi dưỡng lãnh đạo cho cán bộ Đức "
                     "Phổ vậy ạ?"),
        ("typo", "hồi 2023 cán bộ đức phổ đc học kĩ năng lãnh đạo, quản lý là nhờ trường nào kết hợp vơi vp ubnd"),
    ],
    "coord-018": [
        ("informal", "cho em hỏi cuộc thi tìm hiểu CĐS cho đoàn viên thanh niên do Tỉnh đoàn làm thì ai hỗ trợ cùng "
                     "ạ?"),
        ("no_diacritics", "tinh doan mo cuoc thi ve chuyen doi so cho doan vien, thanh nien thi co quan nao di cung"),
        ("typo", "cuộc thi tìm hiêu cđs trong đoàn viên thanh niên quảng ngãi có nhưng đơn vị nào đi kèm tỉnh đoàn"),
    ],
    # ---- timing
    "timing-004": [
        TP("Cuộc thi Video Clip tuyên truyền về Đại hội đảng các cấp gắn với truyền thông CCHC tổ chức vào lúc nào, "
           "và cơ quan nào chủ trì?", "Sở Văn hóa, Thể thao và Du lịch",
           add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
           entry=("C.II.4", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.")),
        ("no_diacritics", "thi lam clip tuyen truyen dai hoi dang cac cap, gan voi cchc, dien ra quy may"),
        ("initials", "Cuộc thi Video Clip về ĐH Đảng các cấp (KH truyền thông CCHC, CĐS 2025 của UBND tỉnh): thời "
                     "gian thực hiện?"),
    ],
    "timing-006": [
        ("informal", "cho mình hỏi đợt tuyên truyền CCHC dịp Ngày KH&CN Việt Nam 2025 bên Sở KHCN làm vào quý mấy "
                     "vậy?"),
        ("no_diacritics", "dot tuyen truyen cai cach hanh chinh dip ngay kh&cn 2025 cua so khoa hoc cong nghe dien ra "
                          "quy nao"),
        ("typo", "nhân ngày khoa hoc công nghệ vn năm 2025, sở khcn lên lịch tuyên truyền cải cách hành chính lúc nao"),
    ],
    "timing-010": [
        TP("Theo kế hoạch 281 của Sở KHCN, các phòng, đơn vị phải gửi báo cáo kết quả về Sở trước ngày nào, và Sở "
           "phải báo cáo UBND tỉnh trước ngày nào?", "15/11/2025",
           add="Các phòng, đơn vị thuộc Sở gửi báo cáo về Sở (qua Văn phòng Sở) trước ngày 15/11/2025.",
           ev="gửi về Sở (qua Văn phòng Sở) trước ngày 15/11/2025 để tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh "
              "trước ngày 30/11/2025"),
        ("informal", "ad ơi Sở KHCN phải nộp báo cáo kết quả KH tuyên truyền CCHC 2025 lên tỉnh chậm nhất ngày nào "
                     "vậy?"),
        ("english", "By what date must the Department of Science and Technology report to the Provincial People's "
                    "Committee on its 2025 administrative reform communication plan?"),
    ],
    # ---- frequency
    "freq-006": [
        TP("Chuyên mục phát thanh về CĐS trên hệ thống truyền thanh cấp huyện phát với tần suất thế nào, và ai là "
           "đơn vị chủ trì?", "Chính quyền địa phương",
           add="Đơn vị chủ trì: Chính quyền địa phương.",
           entry=("C.I.2.e", "Đơn vị chủ trì: Chính quyền địa phương")),
        ("informal", "mn cho hỏi đài truyền thanh huyện làm chương trình CĐS thì mỗi tháng lên sóng mấy lần vậy?"),
        ("typo", "chuyên mục chuyển đổi số trên loa truyền thanh huyện mỗi thang ra bao nhiêu số, phát lại mấy lần"),
    ],
    "freq-007": [
        TP("Trên hệ thống truyền thanh cấp xã, chuyên mục CĐS phát mấy lần mỗi tháng, và ai là đơn vị chủ trì?",
           "UBND cấp xã",
           add="Đơn vị chủ trì: UBND cấp xã (Đài Truyền thanh cấp xã).",
           entry=("C.I.2.g", "Đơn vị chủ trì: UBND cấp xã (Đài Truyền thanh cấp xã).")),
        ("no_diacritics", "loa phat thanh o xa phat chuyen muc chuyen doi so bao lau 1 lan"),
        ("initials", "Chuyên mục/chương trình CĐS trên HT truyền thanh cấp xã – tần suất bao nhiêu?"),
    ],
    "freq-012": [
        ("informal", "ad ơi chuyên mục Cải cách hành chính trên tivi của Đài tỉnh mỗi kỳ dài mấy phút, cả năm phát "
                     "được mấy số vậy?"),
        ("initials", "Chuyên mục CCHC trên kênh truyền hình Đài PTTH tỉnh: thời lượng 1 số và tổng số/năm?"),
        ("english", "How long is each episode of the provincial TV programme on administrative reform, and how many "
                    "episodes air per year?"),
    ],
    # ---- fact
    "fact-006": [
        TP("Kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh thực hiện nhiệm vụ giao tại phần nào của Kế "
           "hoạch 40/KH-UBND, và Kế hoạch 40 ấy ban hành ngày nào?", "01/3/2023",
           add="Kế hoạch số 40/KH-UBND được ban hành ngày 01/3/2023.",
           entry=("preamble", "Thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2023 của Chủ tịch UBND tỉnh về tuyên "
                              "truyền cải cách hành chính năm 2023")),
        ("english", "Which part of Plan No. 40/KH-UBND does the Office's 2023 communication plan carry out?"),
        ("typo", "kh 2023 của văn phòng ubnd tỉnh làm theo khoản, mục nao trong kế hoạch 40/kh-ubnd"),
    ],
    "fact-008": [
        TP("Báo cáo công tác tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh được lập để thực hiện công văn số "
           "mấy, và công văn ấy đề ngày nào?", "31/10/2023"),
        ("initials", "BC tuyên truyền CCHC 2023 của VP UBND tỉnh được lập theo CV số mấy?"),
        ("english", "Which official letter prompted the Office's 2023 report on administrative reform "
                    "communication?"),
    ],
    "fact-021": [
        ("informal", "ad ơi phần tiền mà địa phương phải tự lo cho KH truyền thông năm 2025 của tỉnh thì trích từ "
                     "nguồn nào vậy?"),
        ("initials", "KP thực hiện KH truyền thông CCHC & CĐS 2025 ở cấp CQ địa phương bố trí từ nguồn nào?"),
        ("english", "Where do local governments get the money to carry out the province's 2025 communication plan "
                    "on administrative reform and digital transformation?"),
    ],
    "fact-022": [
        TP("Trong KH truyền thông CCHC, CĐS 2025 của UBND tỉnh, Sở Tài chính được giao việc gì, và việc đó phải bảo "
           "đảm theo luật nào?", "Luật Ngân sách nhà nước",
           ev="Sở Tài chính: Thực hiện thẩm tra dự toán chi tiết đối với các nhiệm vụ thuộc Kế hoạch theo đề nghị "
              "của các cơ quan, đơn vị đảm bảo quy định của Luật Ngân sách nhà nước"),
        ("informal", "ad ơi trong kế hoạch truyền thông 2025 của tỉnh thì Sở Tài chính lo phần gì vậy?"),
        ("no_diacritics", "so tai chinh duoc phan cong nhiem vu gi trong kh truyen thong cai cach hanh chinh, cds "
                          "nam 2025"),
    ],
    "fact-026": [
        ("no_diacritics", "khau hieu so 1 cua kh 281 so khcn nhac den nghi quyet dai hoi dang bo tinh khoa may"),
        ("english", "The first slogan in Plan 281 cites the resolution of a Provincial Party Congress. Which "
                    "congress number is it?"),
        ("typo", "kh 281 của sở khcn, khâu hiệu số một nhắc tới đại hội đảng bộ tỉnh khoá mấy"),
    ],
    # ---- list
    "list-003": [
        ("no_diacritics", "nam 2023 van phong ubnd tinh tuyen truyen cchc bang nhung cach nao"),
        ("initials", "Các hình thức tuyên truyền trong KH tuyên truyền CCHC 2023 của VP UBND tỉnh?"),
        ("typo", "vp ubnd tỉnh năm 2023 dùng nhưng kiểu gì đê tuyên truyền cải cách hành chính"),
    ],
    "list-004": [
        TP("Theo báo cáo 2023 của Văn phòng UBND tỉnh, những TTHC nào bị bỏ hẳn hồ sơ giấy, chỉ nhận nộp trực tuyến "
           "(4 thủ tục), và kết quả tiếp nhận ra sao?", "100% hồ sơ được tiếp nhận trực tuyến",
           add="Kết quả: 100% hồ sơ được tiếp nhận trực tuyến, không còn tiếp nhận giấy.",
           entry=("I.2.c", "100% hồ sơ được tiếp nhận trực tuyến, không còn tiếp nhận giấy")),
        ("english", "Which four procedures could only be filed online, with no paper applications accepted, in "
                    "2023?"),
        ("typo", "4 thủ tục năm 2023 chỉ nhận hồ sơ online, bỏ hẳn bản giấy la những thủ tục gì"),
    ],
    "list-009": [
        ("informal", "cho em hỏi năm 2023 Cổng TTĐT tỉnh tuyên truyền CCHC qua mấy loại hình đa phương tiện nào ạ?"),
        ("english", "Besides ordinary articles, which multimedia formats did the provincial web portal use to "
                    "promote administrative reform in 2023?"),
        ("typo", "ngoài tin bài, cổng thông tin điện tư tỉnh có dùng những hình thức đa phương tiện gì để tuyên "
                 "truyền cchc"),
    ],
    # ---- cross_document
    "cross-010": [
        ("informal", "mn ơi năm 2025 lớp tập huấn CCHC bên KH của tỉnh giao ai lo, còn KH của VP UBND giao ai tập "
                     "huấn nghiệp vụ TTHC vậy?"),
        ("initials", "Tập huấn CCHC / nghiệp vụ cải cách TTHC 2025: ĐV chủ trì theo KH truyền thông UBND tỉnh và "
                     "theo KH của VP UBND tỉnh?"),
        ("typo", "năm 2025 ai đứng ra mở lớp tập huấn cải cách hành chính theo kế hoach của tỉnh, còn kế hoạch văn "
                 "phòng ubnd thì giao ai"),
    ],
    "cross-012": [
        TP("Kế hoạch 2023 của VP UBND tỉnh giao ai tập huấn nghiệp vụ cải cách TTHC cho cấp huyện, xã; theo báo cáo "
           "cuối năm, tập huấn toàn diện làm ở huyện nào, và tập huấn thanh toán trực tuyến cho những huyện nào?",
           "Trà Bồng",
           ev="Tổ chức tập huấn toàn diện về công tác cải cách TTHC cho cán bộ, công chức cấp huyện, cấp xã trên địa "
              "bàn huyện Ba Tơ; bồi dưỡng, tập huấn nghiệp vụ chuyên môn, trao đổi kinh nghiệm về thanh toán trực "
              "tuyến qua Cổng Dịch vụ công quốc gia cho cán bộ, công chức các huyện Trà Bồng, Ba Tơ, Sơn Tịnh",
           ev_idx=1),
        ("initials", "KH 2023 VP UBND tỉnh giao TT Phục vụ tập huấn cải cách TTHC cho cấp huyện, xã; BC cuối năm nói "
                     "đã tập huấn toàn diện tại địa bàn nào?"),
        ("english", "The Office's 2023 plan tasked its service centre with training district and commune staff on "
                    "procedure reform. According to the year-end report, in which district was the comprehensive "
                    "training held?"),
    ],
    "cross-014": [
        TP("Tuyên truyền, vận động công chức dự các cuộc thi tìm hiểu CCHC: đơn vị phối hợp năm 2025 khác gì năm "
           "2023, và cả hai năm đơn vị nào chủ trì?", "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh",
           entry=("III.7", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh.")),
        ("informal", "mn ơi vụ vận động cán bộ đi thi tìm hiểu CCHC, năm 2025 so với 2023 thì bên phối hợp thêm ai "
                     "vậy?"),
        ("no_diacritics", "dong vien cong chuc du thi ve cchc: 2025 them don vi phoi hop nao ma 2023 chua co"),
    ],
    # ---- no_diacritics
    "nodia-001": [
        ("informal", "mn ơi bản tin PCI phát trên truyền hình là bên nào làm vậy?"),
        ("initials", "Bản tin PCI trên kênh truyền hình (KH truyền thông 2025 của UBND tỉnh) – CQ chủ trì?"),
        ("english", "Who is responsible for the PCI news bulletin on the provincial TV channel?"),
    ],
    "nodia-005": [
        TP("Theo báo cáo 2023 của Văn phòng UBND tỉnh, thanh toán trực tuyến trong năm đạt khoảng bao nhiêu tiền, "
           "và Trung tâm đã tiếp nhận hơn bao nhiêu hồ sơ trực tuyến?", "69.000",
           add="Trung tâm đã tiếp nhận khoảng hơn 69.000 hồ sơ trực tuyến, đạt tỷ lệ bình quân khoảng 73%/tổng hồ sơ "
               "tiếp nhận mới.",
           ev="có khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm, đạt tỷ lệ bình "
              "quân khoảng 73%/tổng hồ sơ tiếp nhận mới và thanh toán trực tuyến đạt khoảng 35 tỷ đồng"),
        ("informal", "cho em hỏi năm 2023 tỉnh mình thanh toán online được tổng cộng khoảng bao nhiêu tiền ạ?"),
        ("initials", "Giá trị thanh toán trực tuyến năm 2023 theo BC của VP UBND tỉnh?"),
    ],
    "nodia-009": [
        TP("Theo kế hoạch truyền thông 2025 của UBND tỉnh, banner về chuyển đổi số phải được đặt ở đâu, và đơn vị "
           "nào chủ trì việc này?", "Sở Khoa học và Công nghệ",
           add="Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
           entry=("C.I.2.d", "Đơn vị chủ trì: Sở Khoa học và Công nghệ.")),
        ("english", "Where does the digital transformation banner have to be displayed?"),
        ("typo", "banner chuyển đổi số phải gắn lên nhưng trang web nào"),
    ],
    "nodia-014": [
        ("initials", "Sở KHCN giao những ĐV nào tuyên truyền CCHC nhân Ngày KH&CN Việt Nam 2025?"),
        ("english", "Which units of the Department of Science and Technology handle administrative reform "
                    "communication around Vietnam Science and Technology Day 2025?"),
        ("typo", "dịp ngày khoa học công nghệ việt nam 2025, sở khcn phân cho những bộ phận nào làm tuyên truyền cải "
                 "cách hành chinh"),
    ],
    # ---- english
    "en-006": [
        ("informal", "cho mình hỏi KH 2025 của Văn phòng UBND tỉnh muốn nâng hạng những chỉ số nào vậy?"),
        ("no_diacritics", "ke hoach 2025 cua vp ubnd tinh nham cai thien thu hang nhung chi so gi"),
        ("initials", "KH tuyên truyền CCHC, CĐS 2025 của VP UBND tỉnh hướng tới cải thiện các chỉ số nào?"),
    ],
    "en-009": [
        ("no_diacritics", "o vp ubnd tinh ai tong hop bao cao truyen thong cds va dvc truc tuyen 2025, gui ve dau"),
        ("initials", "VP UBND tỉnh 2025: ĐV nào tổng hợp BC tuyên truyền CĐS, DVC trực tuyến và gửi cho CQ nào?"),
        ("typo", "báo cáo tuyên truyền chuyển đổi số và dịch vụ công trực tuyến năm 2025 của văn phòng ubnd do ai "
                 "tổng hơp, gửi về sở nào"),
    ],
    # ---- abbreviation
    "abbr-001": [
        ("no_diacritics", "chi so par index viet day du la gi"),
        ("initials", "PAR INDEX trong KH tuyên truyền CCHC 2023 của VP UBND tỉnh là chỉ số nào?"),
        ("english", "What does the PAR INDEX stand for?"),
    ],
    "abbr-006": [
        TP("Hai chữ viết tắt CDS với CCHC dùng trong dự thảo kế hoạch truyền thông 2025 của UBND tỉnh nghĩa đầy đủ là "
           "gì?",
           "Cải cách hành chính",
           add="CCHC là viết tắt của Cải cách hành chính (“Cải cách hành chính (viết tắt là CCHC)”).",
           entry=("preamble", "Cải cách hành chính (viết tắt là CCHC)")),
        ("no_diacritics", "trong kh truyen thong ubnd tinh, chu cds duoc hieu la tu gi"),
        ("typo", "cds trong bản kế hoạch truyền thông tỉnh là chữ ghi tắt, viết đầy đủ ra thành cụm tư nào"),
    ],
    # ---- unanswerable
    "unans-001": [
        ("informal", "ad ơi tổng tiền cho KH truyền thông CCHC, CĐS 2025 của tỉnh là bao nhiêu vậy?"),
        ("no_diacritics", "tong du toan kinh phi cho truyen thong cai cach hanh chinh va chuyen doi so cua tinh nam "
                          "2025 het bao nhieu tien"),
        ("typo", "kế hoạch truyền thông cải cách hành chính, chuyển đổi số 2025 của tỉnh tổng cộng tốn bao nhiu tiền"),
    ],
    "unans-002": [
        ("initials", "SĐT đường dây nóng của TT Phục vụ - Kiểm soát TTHC tỉnh là bao nhiêu?"),
        ("english", "What is the hotline number of the provincial administrative procedure service and control "
                    "centre?"),
        ("typo", "hotline trung tâm phục vụ, kiểm soát thủ tuc hành chính tỉnh gọi sô nào"),
    ],
    "unans-003": [
        ("informal", "cho em xin email của Văn phòng UBND tỉnh để gửi phản ánh với ạ"),
        ("no_diacritics", "dia chi mail vp ubnd tinh nhan y kien phan anh kien nghi"),
        ("english", "What email address does the Provincial People's Committee Office use for feedback and "
                    "complaints?"),
    ],
    "unans-007": [
        ("no_diacritics", "tinh co ke hoach tuyen truyen cai cach hanh chinh cho 2027 chua, noi dung ra sao"),
        ("initials", "Tỉnh đã ban hành KH tuyên truyền CCHC cho năm 2027 chưa, ND chính là gì?"),
        ("typo", "năm 2027 tỉnh tuyên truyền cchc theo kế hoạch thế nào, gồm nhưng gì"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- lead
    "np-lead-004": [
        ("informal", "mn ơi ở Đồng Xuân năm 2025 việc nhận hồ sơ TTHC bằng tài khoản VNeID thì bên nào phụ trách "
                     "vậy?"),
        ("initials", "Sử dụng TK định danh điện tử VNeID khi tiếp nhận, giải quyết TTHC (KH CCHC 2025 H. Đồng Xuân) – "
                     "CQ chủ trì?"),
        ("english", "Who leads the use of VNeID digital identity accounts for handling administrative procedures in "
                    "Đồng Xuân in 2025?"),
    ],
    "np-lead-006": [
        TP("Theo kế hoạch CĐS 2025 của Sở Y tế Hà Tĩnh, triển khai bệnh án điện tử tại trung tâm y tế các huyện do "
           "đơn vị nào chủ trì, và những đơn vị nào phối hợp?", "VNPT Hà Tĩnh",
           entry=("II.3", "VNPT Hà Tĩnh")),
        ("initials", "Bệnh án điện tử tại TTYT các huyện, TP, thị xã (KH CĐS 2025 SYT Hà Tĩnh) – ĐV chủ trì?"),
        ("english", "Under Hà Tĩnh's 2025 health digital transformation plan, who is responsible for rolling out "
                    "electronic medical records at the district health centres?"),
    ],
    "np-lead-008": [
        TP("Ninh Thuận năm 2024: Hội thi tìm hiểu về cải cách hành chính do cơ quan nào chủ trì, và tổ chức vào thời "
           "gian nào?", "Quý III/2024",
           entry=("IV.3", "Thời gian thực hiện: Quý III/2024.")),
        ("no_diacritics", "hoi thi tim hieu cai cach hanh chinh 2024 cua ninh thuan thi so nao dung ra to chuc"),
        ("typo", "tỉnh ninh thuận giao ai đứng ra tổ chức hội thi về cải cách hành chinh trong năm 2024"),
    ],
    # ---- coordinators
    "np-coord-002": [
        TP("Huyện Đồng Xuân năm 2025 số hóa hồ sơ TTHC: đơn vị nào phối hợp, và thời hạn hoàn thành là khi nào?",
           "06 tháng đầu năm 2025",
           add="Thời gian hoàn thành: 06 tháng đầu năm 2025.",
           entry=("III.II.3", "06 tháng đầu năm 2025")),
        ("english", "Which offices support the digitisation of administrative procedure files in Đồng Xuân district "
                    "in 2025?"),
        ("typo", "số hoá giấy tờ thủ tục hành chính ở đồng xuân 2025 thì có nhưng cơ quan nao làm cùng"),
    ],
    "np-coord-006": [
        ("informal", "cho em hỏi Đài PT-TH Ninh Thuận làm phóng sự về gương điển hình CCHC thì đi cùng những sở nào "
                     "ạ?"),
        ("no_diacritics", "phong su chuyen de guong tot cai cach hanh chinh ninh thuan: dai truyen hinh lam cung so "
                          "nao"),
        ("english", "For the feature stories on administrative reform role models, which departments work with "
                    "Ninh Thuận's radio and TV station?"),
    ],
    # ---- timing
    "np-timing-003": [
        ("english", "When was Đồng Xuân due to merge the hamlets and neighbourhoods that fall short of the "
                    "standards?"),
        ("typo", "đồng xuân sáp nhập, đặt lại tên thôn, khu phô không đạt tiêu chuẩn xong trong khoảng nào"),
        ("informal", "cho mình hỏi vụ gộp thôn, khu phố chưa đủ chuẩn ở Đồng Xuân năm 2024 làm lúc nào vậy?"),
    ],
    "np-timing-005": [
        TP("Kế hoạch CĐS 2025 của Sở Y tế Hà Tĩnh: số hóa hồ sơ, kết quả giải quyết TTHC phải xong trước ngày nào, "
           "và những đơn vị nào phối hợp thực hiện?", "Các phòng chức năng thuộc Sở",
           add="Đơn vị phối hợp: Các phòng chức năng thuộc Sở.",
           entry=("II.11", "Các phòng chức năng thuộc Sở")),
        ("no_diacritics", "han chot so hoa ho so thu tuc cua so y te ha tinh la ngay bao nhieu"),
        ("initials", "SYT Hà Tĩnh: hạn hoàn thành số hóa HS, KQ giải quyết TTHC?"),
    ],
    # ---- frequency
    "np-freq-001": [
        TP("Năm 2024, chuyên mục Cải cách hành chính trên Đài Truyền thanh huyện Đồng Xuân phát bao nhiêu kỳ mỗi "
           "tháng, và cơ quan nào chủ trì?", "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
           entry=("III.7.a", "Cơ quan chủ trì: Trung tâm Văn hóa - Thông tin và Thể thao huyện.")),
        ("informal", "mn ơi đài truyền thanh ở Đồng Xuân năm 2024 phát mục CCHC một tháng mấy lần vậy?"),
        ("english", "How many times a month did the Đồng Xuân district radio air its administrative reform segment "
                    "in 2024?"),
    ],
    # ---- fact
    "np-fact-006": [
        TP("Theo kế hoạch CCHC 2024 của huyện Đồng Xuân, đường dây nóng phản ánh về TTHC là số nào, và số này được "
           "niêm yết công khai ở đâu?", "trụ sở UBND các xã, thị trấn",
           add="Số điện thoại được niêm yết công khai tại Bộ phận Một cửa huyện và trụ sở UBND các xã, thị trấn.",
           ev="qua số điện thoại 0257.3865.246; niêm yết công khai số điện thoại này tại Bộ phận Một cửa huyện và "
              "trụ sở UBND các xã, thị trấn"),
        ("initials", "SĐT đường dây nóng nhận phản ánh TTHC của H. Đồng Xuân (KH CCHC 2024)?"),
        ("typo", "đồng xuân có số hotline nhận ý kiến về thủ tục hành chính la số mấy"),
    ],
    "np-fact-008": [
        ("informal", "ad ơi KH CCHC 2025 của huyện Đồng Xuân dựa vào quyết định số mấy của tỉnh Phú Yên vậy?"),
        ("initials", "KH CCHC 2025 (28/KH-UBND) H. Đồng Xuân căn cứ QĐ nào của UBND tỉnh Phú Yên?"),
        ("typo", "kế hoạch cải cách hành chính 2025 huyện đồng xuân lấy quyêt định nào của phú yên làm căn cứ"),
    ],
    # ---- unit_duties
    "np-duties-006": [
        ("no_diacritics", "benh vien da khoa tinh ha tinh duoc giao dung dau nhung viec cds nao"),
        ("initials", "BV Đa khoa tỉnh Hà Tĩnh chủ trì những nhiệm vụ CĐS nào (KH 412/KH-SYT)?"),
        ("english", "Which digital transformation tasks is Hà Tĩnh Provincial General Hospital in charge of?"),
    ],
    "np-duties-009": [
        TP("Trong kế hoạch tuyên truyền CCHC 2024 của Ninh Thuận, Sở Văn hóa, Thể thao và Du lịch chủ trì những "
           "nhiệm vụ nào, kèm thời gian thực hiện của từng việc?", "Quý II/2024",
           entry=("IV.4", "Thời gian thực hiện: Quý II/2024.")),
        ("no_diacritics", "so van hoa the thao du lich ninh thuan cam trich nhung viec gi trong kh tuyen truyen 2024"),
        ("initials", "KH 1520/KH-UBND Ninh Thuận: Sở VHTTDL chủ trì những nhiệm vụ nào?"),
    ],
    # ---- period
    "np-period-003": [
        ("no_diacritics", "quy 3 nam 2025 so y te ha tinh phai lam nhung viec chuyen doi so nao"),
        ("english", "Which of the Hà Tĩnh health department's 2025 digital transformation tasks fall in the third "
                    "quarter?"),
        ("typo", "trong quý iii/2025 ngành y tế hà tĩnh có những nhiệm vụ nao phải triển khai"),
    ],
    # ---- task_list
    "np-tasks-003": [
        ("informal", "mn ơi phụ lục KH tuyên truyền CCHC 2024 của Ninh Thuận liệt kê tất cả bao nhiêu việc vậy?"),
        ("no_diacritics", "danh muc nhiem vu kem theo kh 1520 ninh thuan co tong cong bao nhieu nhiem vu"),
        ("initials", "PL I KH 1520/KH-UBND Ninh Thuận gồm bao nhiêu nhiệm vụ?"),
    ],
    # ---- comparison
    "np-cmp-001": [
        ("no_diacritics", "ra soat don gian hoa thu tuc hanh chinh o dong xuan: 2024 ai lam, sang 2025 doi sang ai"),
        ("initials", "Rà soát, đơn giản hóa TTHC – H. Đồng Xuân: CQ chủ trì 2024 vs 2025?"),
        ("typo", "năm 2025 đồng xuân giao ai cầm trịch rà soát đơn giản hoá thủ tục hành chính, có khác so vơi 2024 "
                 "không"),
    ],
    "np-cmp-006": [
        TP("Đồng Xuân: hướng dẫn người dân nộp hồ sơ, thanh toán trực tuyến năm 2024 và năm 2025 lần lượt do ai chủ "
           "trì, và năm 2024 những đơn vị nào phối hợp?", "Huyện đoàn Đồng Xuân",
           add="Năm 2024, cơ quan phối hợp là Bưu điện huyện và Huyện đoàn Đồng Xuân.",
           entry=("III.6.b", "Cơ quan phối hợp: Bưu điện huyện; Huyện đoàn Đồng Xuân.")),
        ("informal", "mn ơi ở Đồng Xuân việc chỉ dân nộp hồ sơ với trả phí online năm 2024 và 2025 là bên nào lo "
                     "vậy, có đổi không?"),
        ("english", "In Đồng Xuân, who led the effort to help residents file applications and pay online in 2024, "
                    "and who leads it in 2025?"),
    ],
    # ---- no_diacritics
    "np-nodia-004": [
        TP("Bệnh viện Đa khoa tỉnh Hà Tĩnh triển khai đặt lịch khám bệnh trực tuyến vào thời gian nào, và những đơn "
           "vị nào phối hợp?", "Trung tâm Y tế các huyện, thành phố, thị xã",
           add="Đơn vị phối hợp: Trung tâm Y tế các huyện, thành phố, thị xã.",
           entry=("II.8", "Trung tâm Y tế các huyện, thành phố, thị xã")),
        ("informal", "cho em hỏi bên Hà Tĩnh bao giờ thì đặt lịch khám online ở BV Đa khoa tỉnh được ạ?"),
        ("typo", "bv đa khoa tỉnh hà tĩnh cho hẹn lịch khám qua mang từ khi nào"),
    ],
    # ---- english
    "np-en-002": [
        TP("Kế hoạch CCHC 2025 của huyện Đồng Xuân: bảo đảm an toàn thông tin mạng cho các cơ quan nhà nước do phòng "
           "nào chủ trì, và cơ quan nào phối hợp?", "Công an huyện",
           entry=("III.VI.3", "Công an huyện")),
        ("informal", "ad ơi năm 2025 ở Đồng Xuân ai lo an toàn thông tin mạng cho mấy cơ quan nhà nước vậy?"),
        ("no_diacritics", "dong xuan 2025: phong nao phu trach bao dam an toan thong tin mang"),
    ],
    # ---- unanswerable
    "np-unans-007": [
        ("informal", "cho em xin địa chỉ email của Phòng Nội vụ huyện Đồng Xuân với ạ"),
        ("no_diacritics", "phong noi vu dong xuan co hop thu dien tu khong, dia chi the nao"),
        ("typo", "mail liên hệ của phòng nội vụ ở đồng xuân ra sao vây"),
    ],
    "np-unans-009": [
        ("initials", "Hotline tiếp nhận PAKN về TTHC của UBND tỉnh Ninh Thuận là SĐT nào?"),
        ("english", "What hotline number does Ninh Thuận province use to take complaints about administrative "
                    "procedures?"),
        ("typo", "ninh thuận có đường dây nóng tiếp nhân phản ánh thủ tục hành chính không, gọi số mấy"),
    ],
}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def aslist(v):
    return v if isinstance(v, list) else [v]


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
