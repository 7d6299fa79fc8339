# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v14 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v13 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row or a second quote (field line) of the same section
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals of
v12 or v13; lines used by the fewest earlier rounds first (v3-v13; no eligible line is unused), and among
those the oldest rounds first:
  * five plans: 74 eligible lines; 22 are used by two earlier rounds (all last used by v10) and 52 by three
    (12 last used by v10, 40 by v11). All 22 two-round lines, all 12 three-round v10 lines, then 6 of the
    40 three-round v11 lines: two cross_document lines (plan 281 + provincial draft, Office 2023 + Office
    2025 plans: only one cross line was taken otherwise), a lead line and a timing line of the Office 2023
    plan (the document with the fewest originals otherwise), a coordinators line of the Office 2025 plan
    and one unanswerable line (4 unanswerable originals, as in v13).
  * new plans: all 25 eligible lines are used by three earlier rounds (5 last used by v10, 20 by v11). All
    5 v10 lines, then 15 of the 20 v11 lines: every kind is covered; left out are the Đồng Xuân 2025
    survey timing line (its fact is half of a chosen comparison line), the Ninh Thuận youth-campaign lead
    line (its row is part of the chosen period line), the Đồng Xuân 2024 hotline lead line (same section
    as the chosen hotline coordinators line), the Văn phòng Sở duties line of the .pdf plan (it shares the
    data-backup row with the chosen frequency line) and a .pdf no_diacritics line (the .pdf has the most
    originals otherwise; the kind is covered twice).
validate.py checks all of this and lists the reused ones.

    cd /work/v14/paraphrase && /work/main/.venv/bin/python write_paraphrases.py
    cd /work/v14/paraphrase && /work/main/.venv/bin/python validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # written outside the repository (e.g. /work/v14/paraphrase/, before being copied to evals/sealed/v14/paraphrase/)
    ROOT = os.environ.get("ASSISTANT_REPO", "/work/main")
SRC = {"five": os.path.join(ROOT, "evals", "qa.jsonl"),
       "new": os.path.join(ROOT, "evals", "new_plans", "qa.jsonl")}
OUT = {"five": os.path.join(HERE, "five_plans.jsonl"), "new": os.path.join(HERE, "new_plans.jsonl")}
FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]


def TP(q, mi, add=None, ev=None, ev_idx=None, entry=None):
    return ("two_part", q, dict(mi=mi, add=add, ev=ev, ev_idx=ev_idx, entry=entry))


# ------------------------------------------------------------------ five plans: 40 originals
FIVE = {
    # ---- lead (provincial 2025 draft, Office 2023 plan)
    "lead-002": [
        TP("Chuyên mục Chuyển đổi số phát trên kênh phát thanh theo KH truyền thông 2025 của tỉnh: đơn vị nào làm "
           "chủ trì, và cả năm phát bao nhiêu số?", "52 số/năm",
           add="Tần suất: 01 số /tuần (52 số/năm).",
           entry=("C.I.2.a", "Tần suất: 01 số /tuần (52 số/năm).")),
        ("no_diacritics", "kenh phat thanh co chuyen muc chuyen doi so, don vi nao dung ra thuc hien chuyen muc do"),
        ("english", "Which organisation is responsible for the digital transformation segment broadcast on the "
                    "radio channel?"),
    ],
    "lead-004": [
        ("no_diacritics", "duy tri chuyen trang dien tu cds cua quang ngai kem banner o cac trang thanh phan: don vi "
                          "nao dam nhan"),
        ("initials", "Duy trì chuyên trang điện tử CĐS tỉnh, đặt banner trên trang TTĐT thành phần của các CQ, ĐV – "
                     "ĐV nào chủ trì?"),
        ("informal", "mn ơi cái chuyên trang điện tử chuyển đổi số của Quảng Ngãi với mấy banner gắn trên web các "
                     "đơn vị là ai quản vậy?"),
    ],
    "lead-006": [
        TP("Chương trình phát thanh về CĐS trên hệ thống truyền thanh của huyện: ai đứng ra làm, và tần suất phát "
           "thế nào?", "phát lại 03 lần/tháng",
           add="Tần suất: mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng.",
           entry=("C.I.2.e", "Tần suất: mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng.")),
        ("informal", "mn ơi chuyên mục radio về chuyển đổi số phát trên hệ thống truyền thanh các huyện thì bên nào "
                     "lo vậy?"),
        ("typo", "chuyên mục phát thanh chuyển đổi sô ở hệ thống truyền thanh cấp huyện do ai phụ trách"),
    ],
    "lead-007": [
        TP("Chương trình phát thanh CĐS trên hệ thống truyền thanh của các xã: đơn vị nào chủ trì, và bao lâu phát "
           "một chuyên mục?", "mỗi tháng 01 chuyên mục/chương trình",
           add="Tần suất: mỗi tháng 01 chuyên mục/chương trình.",
           entry=("C.I.2.g", "Tần suất: mỗi tháng 01 chuyên mục/chương trình.")),
        ("initials", "CT phát thanh về CĐS ở cấp xã theo KH truyền thông 2025 – ĐV nào chủ trì?"),
        ("english", "At commune level, who is in charge of producing the radio programme on digital "
                    "transformation?"),
    ],
    "lead-012": [
        ("initials", "Phát động CĐS trong đội ngũ CCVC và HS, sinh viên: ai chủ trì theo KH truyền thông 2025?"),
        ("typo", "các chương trình phát động chuyển đổi sô cho công chức viên chức và học sinh sinh viên thì ai "
                 "đứng ra lam"),
        ("english", "Who leads the digital transformation campaigns aimed at civil servants, public employees and "
                    "students?"),
    ],
    "lead-015": [
        TP("Poster tuyên truyền cải cách hành chính đặt thiết kế để đăng lên các nền tảng số: sở nào chủ trì, và "
           "những đơn vị nào phối hợp?", "Đài Phát thanh và Truyền hình tỉnh",
           entry=("C.II.6", "Cơ quan phối hợp: Đài Phát thanh và Truyền hình tỉnh; các đơn vị truyền thông trên "
                            "địa bàn tỉnh.")),
        ("no_diacritics", "dat hang lam poster tuyen truyen cchc de dua len nen tang so thi so nao phu trach"),
        ("typo", "áp phích tuyên truyền cchc đặt hàng thiết kê để đưa lên nền tảng sồ, sở nào đứng ra"),
    ],
    "lead-016": [
        ("informal", "cho mình hỏi clip tuyên truyền nâng các chỉ số PCI, PAPI, PAR INDEX là sở nào đặt làm vậy?"),
        ("no_diacritics", "video clip nang cao chi so pci papi par index cua tinh: co quan nao chu tri dat hang "
                          "san xuat"),
        ("initials", "KH truyền thông 2025: đặt SX video clip về chỉ số PCI, PAPI, PAR INDEX – CQ nào đứng ra?"),
    ],
    "lead-020": [
        TP("Hoạt động văn hóa, văn nghệ lồng chủ đề cải cách hành chính: những cơ quan nào chủ trì, và làm vào "
           "thời gian nào?", "Trong năm 2025",
           add="Thời gian thực hiện: Trong năm 2025.",
           entry=("C.II.8", "Thời gian thực hiện: Trong năm 2025.")),
        ("informal", "cho em hỏi mấy chương trình văn nghệ có chủ đề CCHC là cơ quan nào phụ trách tổ chức ạ?"),
        ("english", "Who leads the cultural and arts activities themed on administrative reform?"),
    ],
    "lead-028": [
        ("typo", "kế hoạch truyền thông năm 2025 của tỉnh: cập nhật, công khai thủ tục hành chinh lên hệ thống giải "
                 "quyết tthc của tỉnh thì cơ quan nao đứng ra"),
        ("initials", "Công bố, công khai TTHC trên HT thông tin giải quyết TTHC tỉnh (KH truyền thông 2025 của UBND "
                     "tỉnh): CQ nào chủ trì?"),
        ("informal", "ad ơi theo KH truyền thông 2025 của tỉnh thì việc đưa TTHC lên hệ thống giải quyết TTHC của "
                     "tỉnh là bên nào phụ trách chính vậy?"),
    ],
    "lead-030": [
        ("no_diacritics", "kh tuyen truyen cchc 2023 cua van phong ubnd tinh: ai phu trach chuyen muc cchc tren cong "
                          "thong tin dien tu tinh"),
        ("initials", "Chuyên mục CCHC trên Cổng TTĐT tỉnh năm 2023 – VP UBND tỉnh giao ĐV nào giữ và nâng chất "
                     "lượng?"),
        ("typo", "năm 2023 vp ubnd tỉnh giao ai giữ và nâng chất lượng chuyên mục cải cách hành chính trên cổng "
                 "thông tin điện tư tỉnh"),
    ],
    # ---- coordinators (Office 2025 plan)
    "coord-010": [
        TP("Trong kế hoạch tuyên truyền 2025 của Văn phòng UBND tỉnh, việc đăng Danh mục TTHC lên Cổng và niêm yết "
           "tại Trung tâm Phục vụ có đơn vị nào đi cùng, và làm theo lịch nào?", "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           entry=("III.1", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("initials", "VP UBND tỉnh, KH 2025: công bố danh mục TTHC trên cổng TTĐT tỉnh, niêm yết ở TT Phục vụ – ĐV "
                     "phối hợp là ai?"),
        ("typo", "năm 2025 văn phòng ubnd tỉnh đăng danh mục thủ tuc hành chính và dán công khai ở trung tâm phục vụ "
                 "thì đơn vị nào phôi hợp"),
    ],
    "coord-011": [
        ("informal", "cho em hỏi năm 2025 ở Văn phòng UBND tỉnh, vận động công chức đi thi tìm hiểu CCHC và CĐS thì "
                     "có đơn vị nào hỗ trợ cùng ạ?"),
        ("english", "In the provincial People's Committee Office's 2025 plan, which units help encourage staff to "
                    "enter contests on administrative reform and digital transformation?"),
        ("no_diacritics", "van phong ubnd tinh 2025: dong vien cong chuc du cac cuoc thi ve cchc, cds thi don vi nao "
                          "lam cung"),
    ],
    "coord-012": [
        TP("KH 2025 của Văn phòng UBND tỉnh giao Trung tâm Công báo và Tin học tổng hợp báo cáo CĐS: Trung tâm làm "
           "cùng đơn vị nào, và báo cáo gửi về sở nào tổng hợp?", "Sở Khoa học và Công nghệ",
           add="Báo cáo gửi Sở Khoa học và Công nghệ tổng hợp, báo cáo UBND tỉnh.",
           ev="Giao Trung tâm Công báo và Tin học chủ trì, phối hợp với Trung tâm Phục vụ - Kiểm soát thủ tục hành "
              "chính tỉnh và các phòng, ban liên quan theo dõi, tổng hợp, lồng ghép báo cáo kết quả triển khai thực "
              "hiện nhiệm vụ tuyên truyền CĐS và thực hiện dịch vụ công trực tuyến vào báo cáo CĐS định kỳ hoặc đột "
              "xuất tại Văn phòng UBND tỉnh để gửi Sở Khoa học và Công nghệ tổng hợp"),
        ("informal", "cho mình hỏi năm 2025 bên Trung tâm Công báo và Tin học lo báo cáo chuyển đổi số của Văn phòng "
                     "thì có bên nào làm cùng vậy?"),
        ("no_diacritics", "vp ubnd tinh 2025: trung tam cong bao va tin hoc tong hop bao cao cds thi bat tay voi ai"),
    ],
    # ---- timing
    "timing-002": [
        TP("Bình dân học vụ số trong KH truyền thông 2025 của tỉnh làm lúc nào, và cơ quan nào đứng ra tổ chức?",
           "Sở Khoa học và Công nghệ",
           add="Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
           entry=("C.I.3.c", "Đơn vị chủ trì: Sở Khoa học và Công nghệ.")),
        ("english", "When is the province's popular digital education programme (digital literacy for all) scheduled "
                    "to run?"),
        ("initials", "Bình dân học vụ số – TG triển khai theo KH truyền thông CCHC, CĐS 2025 là khi nào?"),
    ],
    "timing-009": [
        TP("Theo KH 281 của Sở KHCN, các phòng, đơn vị phải nộp báo cáo kết quả tuyên truyền CCHC trước ngày nào, "
           "và Sở báo cáo UBND tỉnh hạn chót là khi nào?", "30/11/2025",
           add="Sở báo cáo UBND tỉnh trước ngày 30/11/2025.",
           ev="gửi về Sở (qua Văn phòng Sở) trước ngày 15/11/2025 để tổng hợp, tham mưu Giám đốc Sở báo cáo UBND "
              "tỉnh trước ngày 30/11/2025"),
        ("no_diacritics", "han chot cac phong don vi thuoc so khcn nop bao cao ket qua tuyen truyen cchc 2025 la "
                          "ngay may"),
        ("informal", "ad ơi phòng ban bên Sở KHCN gửi báo cáo tuyên truyền CCHC năm 2025 muộn nhất là ngày nào vậy "
                     "ạ?"),
    ],
    "timing-016": [
        ("initials", "25 DVC thiết yếu được tỉnh đưa lên Cổng DVC quốc gia từ thời điểm nào (BC 2023 của VP UBND "
                     "tỉnh)?"),
        ("typo", "từ bao giờ tỉnh đồng bộ 25 dịch vụ công thiết yếu lên cổng dich vụ công quốc gia"),
        ("informal", "mn ơi 25 dịch vụ công thiết yếu bắt đầu lên Cổng DVC quốc gia từ tháng mấy năm nào vậy?"),
    ],
    "timing-017": [
        ("english", "The Office's 2023 plan for administrative reform communication: what month is it dated?"),
        ("informal", "cho mình hỏi kế hoạch tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh ra đời tháng mấy "
                     "vậy?"),
        ("typo", "văn phòng ubnd tỉnh ra kế hoạch tuyên truyền cchc năm 2023 vào thang mấy"),
    ],
    # ---- frequency
    "freq-003": [
        TP("Chuyên mục “Quảng Ngãi nâng cao chỉ số năng lực cạnh tranh (PCI)” trên sóng truyền hình tỉnh: mỗi năm "
           "bao nhiêu chuyên mục, và mỗi chuyên mục dài bao nhiêu phút?", "15 phút/chuyên mục"),
        ("typo", "chuyên mục nâng cao chỉ số pci của quảng ngãi trên truyền hình một năm phát mây chuyên mục"),
        ("english", "How many episodes a year does the TV programme on raising Quảng Ngãi's competitiveness index "
                    "(PCI) air?"),
    ],
    "freq-014": [
        TP("Các sở, ngành, địa phương báo cáo kết quả tuyên truyền CCHC theo chu kỳ nào (lồng trong báo cáo CCHC), "
           "và nộp cho sở nào tổng hợp?", "Sở Văn hóa, Thể thao và Du lịch",
           ev="lồng ghép báo cáo kết quả triển khai thực hiện các nhiệm vụ về tuyên truyền CCHC vào báo cáo CCHC "
              "định kỳ quý, 6 tháng, năm hoặc báo cáo đột xuất theo yêu cầu, gửi Sở Văn hóa, Thể thao và Du lịch "
              "tổng hợp"),
        ("initials", "KH truyền thông CCHC, CĐS 2025: BC kết quả tuyên truyền CCHC được lồng ghép vào BC định kỳ "
                     "nào?"),
        ("no_diacritics", "cac co quan dia phuong dua ket qua tuyen truyen cchc vao bao cao dinh ky loai nao"),
    ],
    # ---- fact (2023 report, provincial draft, Office 2025 plan)
    "fact-009": [
        TP("Báo cáo tuyên truyền CCHC 2023: Cổng TTĐT tỉnh đã đăng được bao nhiêu tin, bài về CCHC, và ngoài tin "
           "bài thường còn dùng những loại hình đa phương tiện nào?", "Video, Inforgraphic, Fanpage, Zalo",
           add="Ngoài tin, bài thông thường, Cổng còn tuyên truyền qua các loại hình đa phương tiện như: Video, "
               "Inforgraphic, Fanpage, Zalo.",
           entry=("I.2.b", "Cổng Thông tin điện tử tỉnh đã đẩy mạnh việc tuyên truyền thông qua các loại hình truyền "
                           "thông đa phương tiện khác như: Video, Inforgraphic, Fanpage, Zalo")),
        ("english", "According to the Office's 2023 report, how many news items and articles on administrative "
                    "reform were posted on the provincial portal?"),
        ("informal", "cho em hỏi năm 2023 cổng thông tin điện tử tỉnh lên được khoảng bao nhiêu bài về cải cách "
                     "hành chính vậy?"),
    ],
    "fact-013": [
        TP("Nộp hồ sơ online thì phí, lệ phí được giảm mấy phần trăm, theo nghị quyết nào của HĐND tỉnh, và nghị "
           "quyết đó ban hành ngày nào?", "07/7/2022"),
        ("no_diacritics", "nop ho so qua mang duoc bot bao nhieu phan tram phi le phi"),
        ("typo", "nộp online thì phí, lệ phí được giảm bớt mây phần trăm"),
    ],
    "fact-014": [
        ("no_diacritics", "nop ho so online thi ket qua duoc tra truoc thoi han it nhat may phan tram"),
        ("initials", "HS nộp trực tuyến được rút ngắn thời gian giải quyết, trả KQ sớm hơn quy định tối thiểu bao "
                     "nhiêu %?"),
        ("english", "By what percentage, at minimum, are results returned ahead of the statutory deadline for "
                    "applications filed online?"),
    ],
    "fact-016": [
        ("informal", "cho em hỏi dự thảo KH truyền thông CCHC và CĐS 2025 của tỉnh là do cơ quan nào đề xuất xây "
                     "dựng vậy?"),
        ("typo", "dự thảo kế hoạch truyền thông cải cách hành chính, chuyển đổi sô năm 2025 của ubnd tỉnh dựa trên "
                 "tờ trình đề xuất của sở nào"),
        ("initials", "Dự thảo KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: xây dựng theo tờ trình đề xuất của CQ "
                     "nào?"),
    ],
    "fact-024": [
        TP("KH số 81/KH-UBND mà kế hoạch 2025 của Văn phòng UBND tỉnh nhắc tới ban hành ngày nào, và triển khai "
           "nghị quyết nào của Chính phủ?", "14/4/2025"),
        ("initials", "KH 81/KH-UBND (nêu trong KH tuyên truyền 2025 của VP UBND tỉnh) có nội dung gì?"),
        ("english", "What is the provincial People's Committee's Plan 81/KH-UBND about?"),
    ],
    # ---- abbreviation
    "abbr-002": [
        TP("Trong KH 2025 của Văn phòng UBND tỉnh, SIPAS và DTI lần lượt là chỉ số gì?",
           "Chỉ số chuyển đổi số cấp tỉnh",
           add="DTI là Chỉ số chuyển đổi số cấp tỉnh.",
           entry=("II.2", "Chỉ số chuyển đổi số cấp tỉnh (DTI)")),
        ("english", "What does the acronym SIPAS stand for?"),
        ("no_diacritics", "chi so sipas la gi, ten day du goi ra sao"),
    ],
    "abbr-010": [
        ("english", "In the Office's 2023 plan, what index does DDCI refer to?"),
        ("no_diacritics", "ddci viet tat tu chi so nao, ten day du la gi"),
        ("typo", "ddci là viết tắt cuả chỉ số nào vậy"),
    ],
    # ---- list
    "list-011": [
        ("informal", "cho mình hỏi báo cáo 2023 của Văn phòng nói đẩy mạnh 2 nhóm thủ tục liên thông, đó là những "
                     "nhóm nào vậy?"),
        ("initials", "BC 2023 VP UBND tỉnh nhắc 02 nhóm thủ tục liên thông cần đẩy mạnh – cụ thể là các TTHC gì?"),
        ("english", "Which two groups of linked administrative procedures did the 2023 report say were being "
                    "promoted?"),
    ],
    "list-013": [
        ("typo", "theo kế hoạch 281 thì sở khoa học công nghệ tuyên truyền nhưng nội dung cơ bản gì của cải cách "
                 "hành chính"),
        ("no_diacritics", "kh 281 skhcn: cac noi dung co ban cua cong tac cchc can tuyen truyen gom nhung gi"),
        ("informal", "ad ơi Sở KHCN năm 2025 tuyên truyền mấy mảng cơ bản của CCHC, gồm những mảng nào vậy?"),
    ],
    # ---- cross_document
    "cross-002": [
        TP("Hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 2025: KH 281 của Sở KHCN và KH truyền thông của tỉnh "
           "ghi thời gian khác nhau thế nào, và bên KH 281 những đơn vị nào chủ trì?",
           "Phòng Bưu chính - Viễn thông và Công nghệ thông tin",
           entry=("IV.4", "Đơn vị chủ trì thực hiện: Văn phòng Sở, Phòng Bưu chính - Viễn thông và Công nghệ thông "
                          "tin, Trung tâm Chuyển đổi số và Đổi mới sáng tạo")),
        ("informal", "mn cho hỏi dịp Ngày CĐS quốc gia 2025 thì kế hoạch 281 với kế hoạch truyền thông của tỉnh mỗi "
                     "bên để làm vào quý mấy vậy?"),
        ("no_diacritics", "ngay chuyen doi so quoc gia 2025: kh 281 so khcn va kh truyen thong ubnd tinh moi ben lam "
                          "vao quy nao"),
    ],
    "cross-007": [
        TP("Đưa nội dung CCHC vào sinh hoạt nội bộ của Văn phòng UBND tỉnh: kế hoạch 2025 có thêm hình thức nào so "
           "với 2023, và phòng nào chủ trì việc này?", "Phòng Hành chính - Quản trị",
           entry=("III.2", "Đơn vị chủ trì: Phòng Hành chính - Quản trị.")),
        ("typo", "kế hoạch 2025 của vp ubnd tỉnh bổ sung thêm những cách lồng ghép cchc nội bộ nào mà năm 2023 chưa "
                 "có"),
        ("english", "Compared with 2023, what new channels did the provincial People's Committee Office add in 2025 "
                    "for spreading administrative reform content inside the agency?"),
    ],
    "cross-011": [
        TP("Việc công khai thủ tục hành chính: KH 2023 của Văn phòng UBND tỉnh giao ai chủ trì, ai phối hợp, còn KH "
           "truyền thông 2025 của tỉnh giao ai chủ trì?", "Trung tâm Công báo và Tin học",
           add="Trong kế hoạch 2023, đơn vị phối hợp gồm Trung tâm Công báo và Tin học; Văn phòng các Sở; Văn phòng "
               "cấp huyện; UBND cấp xã.",
           entry=("III.1", "Đơn vị phối hợp: Trung tâm Công báo và Tin học; Văn phòng các Sở; Văn phòng cấp huyện; "
                           "UBND cấp xã.")),
        ("initials", "Công khai TTHC: KH 2023 của VP UBND tỉnh và KH truyền thông 2025 của UBND tỉnh giao ĐV nào "
                     "đứng ra?"),
        ("no_diacritics", "cong khai thu tuc hanh chinh nam 2023 (kh cua van phong ubnd) va nam 2025 (kh truyen "
                          "thong cua tinh) do ai cam trich"),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "nodia-002": [
        ("informal", "mn ơi trang Zalo về chuyển đổi số của tỉnh mình đặt tên là gì vậy?"),
        ("english", "Under what name does the province run its Zalo page about digital transformation?"),
        ("typo", "trang zalo cds cua quảng ngãi mang tên gì thê"),
    ],
    "nodia-008": [
        ("initials", "Sở KHCN (KH 281) kiểm tra việc áp dụng, duy trì HT ISO 9001:2015 ở CQ hành chính năm 2025 – quý "
                     "mấy?"),
        ("english", "In which quarter of 2025 will the checks on ISO 9001 quality-management use in state agencies "
                    "take place?"),
        ("informal", "cho em hỏi đợt kiểm tra áp dụng ISO 9001 năm 2025 là quý mấy vậy ạ?"),
    ],
    "nodia-017": [
        ("typo", "văn phòng ubnd tỉnh năm 2025 gọi bộ phận một cửa ở cơ sở bằng tên khac là gì"),
        ("initials", "KH 2025 VP UBND tỉnh: BP Một cửa ở địa phương còn có tên gọi nào khác?"),
        ("english", "What alternative name does the Office's 2025 plan use for the one-stop-shop units in "
                    "localities?"),
    ],
    # ---- english originals (no english paraphrase)
    "en-001": [
        TP("Bản tin PAPI phát hằng tuần trên kênh phát thanh: đơn vị nào sản xuất, và mỗi số dài bao nhiêu phút?",
           "05 phút/số",
           add="Each PAPI bulletin lasts 05 phút/số.",
           entry=("C.II.12.c", "Bản tin PAPI: 01 số/tuần, 52 số/năm, thời lượng 05 phút/số.")),
        ("no_diacritics", "ban tin papi hang tuan tren kenh phat thanh tinh do ai lam"),
        ("informal", "ad ơi bản tin PAPI tuần nào cũng phát trên radio tỉnh là đơn vị nào làm vậy ạ?"),
    ],
    "en-005": [
        TP("Dịp Tuần lễ Chuyển đổi số 2023, Văn phòng UBND tỉnh đưa nội dung tuyên truyền lên đâu, và đợt đó còn "
           "gắn với ngày lễ nào khác?", "Ngày Pháp luật",
           add="The same boards also promoted Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (Vietnam Law "
               "Day).",
           ev="Tuyên truyền trên bảng điện tử trước trụ sở cơ quan và tại Trung tâm Phục vụ - Kiểm soát Thủ tục "
              "hành chính (TTHC) tỉnh thực hiện hưởng ứng Tuần lễ Chuyển đổi số, Ngày Pháp luật nước Cộng hòa xã "
              "hội chủ nghĩa Việt Nam"),
        ("typo", "hồi 2023 văn phòng ubnd tỉnh đưa khẩu hiêu tuần lễ chuyển đổi số lên chỗ nào"),
        ("initials", "Tuần lễ CĐS 2023: VP UBND tỉnh tuyên truyền trên phương tiện nào, đặt ở đâu (theo BC 2023)?"),
    ],
    # ---- unanswerable
    "unans-006": [
        ("no_diacritics", "ngay mai o quang ngai co mua khong"),
        ("informal", "mn cho hỏi dự báo ngày mai Quảng Ngãi bao nhiêu độ ạ?"),
        ("typo", "thời tiêt quảng ngãi mai nắng hay mưa"),
    ],
    "unans-011": [
        ("english", "Who heads the Department of Science and Technology in Quảng Ngãi? I need the director's full "
                    "name."),
        ("initials", "GĐ Sở KHCN Quảng Ngãi hiện là ai?"),
        ("no_diacritics", "nguoi dung dau so khcn o quang ngai hien nay ten day du la gi"),
    ],
    "unans-013": [
        ("informal", "cho em hỏi số hotline của bộ phận một cửa cấp tỉnh là số mấy ạ?"),
        ("typo", "số điện thoai đường dây nóng của trung tâm một cửa tỉnh là bao nhiêu"),
        ("no_diacritics", "sdt duong day nong bo phan mot cua tinh la so may"),
    ],
    "unans-017": [
        ("english", "How do I recover my VNeID password if I forget it?"),
        ("initials", "Quên MK TK định danh VNeID thì lấy lại kiểu gì?"),
        ("typo", "mất mật khẩu ứng dụng vneid thì khôi phuc bằng cách nào"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- lead
    "np-lead-012": [
        TP("Tin, bài, infographic CCHC trên Zalo OA “Chính quyền số Ninh Thuận”: cơ quan nào chủ trì đăng, và "
           "những đơn vị nào phối hợp?", "Tỉnh đoàn",
           entry=("IV.2.b", "Cơ quan phối hợp: Tỉnh đoàn; UBND các huyện, thành phố.")),
        ("no_diacritics", "zalo oa chinh quyen so ninh thuan dang bai ve cchc thi co quan nao phu trach"),
        ("english", "Who runs the administrative reform posts on Ninh Thuận's Digital Government Zalo OA?"),
    ],
    "np-lead-010": [
        TP("Phụ lục KH tuyên truyền 2024 của Ninh Thuận: nhiệm vụ tuyên truyền văn hóa công vụ do sở nào chủ trì, "
           "và sở nào phối hợp?", "Sở Nội vụ",
           entry=("Phụ lục I.12", "Sở Nội vụ")),
        ("informal", "mn ơi ở Ninh Thuận tuyên truyền văn hóa công vụ trong các cơ quan là sở nào đứng ra vậy?"),
        ("typo", "theo phụ lục kế hoạch tuyên truyền cchc ninh thuận, việc tuyên truyền văn hoá công vụ giao cho ai "
                 "lam chính"),
    ],
    # ---- coordinators
    "np-coord-007": [
        TP("Đường dây nóng tiếp nhận phản ánh của huyện Đồng Xuân năm 2024: cơ quan nào phối hợp với Văn phòng HĐND "
           "và UBND huyện, và số máy là bao nhiêu?", "0257.3865.246",
           add="Số đường dây nóng: 0257.3865.246.",
           entry=("III.2.b", "việc giải quyết TTHC qua số điện thoại 0257.3865.246")),
        ("initials", "Đường dây nóng 2024 ở H. Đồng Xuân: ngoài VP HĐND và UBND huyện, CQ nào tham gia phối hợp?"),
        ("english", "In Đồng Xuân district's 2024 plan, which offices work with the district People's Council and "
                    "People's Committee Office on the hotline?"),
    ],
    "np-coord-003": [
        ("informal", "mn ơi triển khai bệnh án điện tử ở các trung tâm y tế huyện bên Hà Tĩnh thì có những đơn vị "
                     "nào phối hợp vậy?"),
        ("no_diacritics", "benh an dien tu tai ttyt cac huyen o ha tinh: nhung don vi nao tham gia phoi hop"),
        ("english", "Which partners work on rolling out electronic medical records at the district health centres "
                    "in Hà Tĩnh?"),
    ],
    # ---- timing
    "np-timing-004": [
        TP("Bệnh án điện tử ở BV Đa khoa tỉnh Hà Tĩnh phải xong trước ngày nào, và những đơn vị nào phối hợp "
           "triển khai?", "Phòng Nghiệp vụ Y",
           add="Phối hợp: Phòng Nghiệp vụ Y; Sở Thông tin và Truyền thông.",
           entry=("II.2", "Phòng Nghiệp vụ Y; Sở Thông tin và Truyền thông")),
        ("no_diacritics", "bv da khoa tinh o ha tinh phai xong benh an dien tu truoc ngay may"),
        ("informal", "cho mình hỏi BV Đa khoa tỉnh Hà Tĩnh phải chạy bệnh án điện tử trước ngày nào vậy?"),
    ],
    # ---- frequency
    "np-freq-002": [
        TP("Dữ liệu các hệ thống dùng chung của ngành y tế Hà Tĩnh được sao lưu với tần suất nào, và đơn vị nào "
           "phối hợp với Văn phòng Sở làm việc này?", "VNPT Hà Tĩnh",
           entry=("II.18", "VNPT Hà Tĩnh")),
        ("typo", "dữ liệu hệ thống dùng chung ngành y hà tĩnh được backup theo chu kì nào"),
        ("initials", "KH CĐS 2025 SYT Hà Tĩnh: sao lưu dữ liệu HT thông tin dùng chung – tần suất ra sao?"),
    ],
    # ---- fact
    "np-fact-001": [
        TP("KH cải cách hành chính năm 2025 của huyện Đồng Xuân mang số hiệu gì, và ký ban hành ngày nào?",
           "16 tháng 01 năm 2025",
           entry=("header", "Đồng Xuân, ngày 16 tháng 01 năm 2025")),
        ("english", "Đồng Xuân district, 2025 administrative reform plan: what is its document number?"),
        ("informal", "ad ơi kế hoạch CCHC năm 2025 huyện Đồng Xuân là số bao nhiêu vậy?"),
    ],
    "np-fact-004": [
        TP("Tỷ lệ hồ sơ TTHC Ninh Thuận tiếp nhận, giải quyết trực tuyến năm 2023 là bao nhiêu, và chỉ tiêu đặt cho "
           "2024 là mấy phần trăm?", "50%",
           entry=("II", "50%")),
        ("no_diacritics", "nam 2023 ninh thuan xu ly truc tuyen duoc may phan tram ho so thu tuc hanh chinh"),
        ("typo", "tỉ lệ hồ sơ tthc giải quyết online ở ninh thuận năm 2023 đạt bao nhiêu phân trăm"),
    ],
    "np-fact-002": [
        ("initials", "KH CCHC 2024 của UBND H. Đồng Xuân do ai ký?"),
        ("typo", "người ký kế hoạch cải cách hành chính năm 2024 huyện đồng xuân la ai"),
        ("english", "Whose signature is on the 2024 administrative reform plan of Đồng Xuân district?"),
    ],
    # ---- unit_duties
    "np-duties-001": [
        ("no_diacritics", "ke hoach cchc 2025 dong xuan giao phong tu phap chu tri nhung viec nao"),
        ("initials", "KH CCHC 2025 H. Đồng Xuân: Phòng Tư pháp đứng ra chủ trì các nhiệm vụ gì?"),
        ("english", "Under the 2025 Đồng Xuân plan, what is the district Justice Office put in charge of?"),
    ],
    # ---- period
    "np-period-004": [
        ("typo", "quý iii năm 2024 ở ninh thuận lên lịch nhưng việc tuyên truyền cchc gì"),
        ("informal", "cho mình hỏi quý III/2024 bên Ninh Thuận có mấy hoạt động tuyên truyền CCHC, là những hoạt "
                     "động gì vậy?"),
        ("english", "What administrative reform communication activities does Ninh Thuận have scheduled in the "
                    "third quarter of 2024?"),
    ],
    # ---- task_list
    "np-tasks-002": [
        ("informal", "ad ơi kế hoạch chuyển đổi số 2025 của Sở Y tế Hà Tĩnh có bao nhiêu nhiệm vụ, gồm những gì "
                     "vậy?"),
        ("no_diacritics", "so y te ha tinh nam 2025 dat ra nhung nhiem vu chuyen doi so cu the nao"),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh gồm những nhiệm vụ cụ thể nào?"),
    ],
    # ---- comparison
    "np-cmp-002": [
        TP("Huyện Đồng Xuân: đơn vị chủ trì tuyên truyền CCHC trên đài truyền thanh huyện năm 2024 và năm 2025 là "
           "ai, và chuyên mục năm 2024 phát mấy kỳ mỗi tháng?", "02 kỳ/tháng",
           add="Năm 2024 chuyên mục phát sóng 02 kỳ/tháng.",
           entry=("III.7.a", "Xây dựng chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện, phát sóng 02 "
                             "kỳ/tháng")),
        ("initials", "Tuyên truyền CCHC trên Đài Truyền thanh H. Đồng Xuân: ĐV chủ trì năm 2024 so với 2025 thay đổi "
                     "ra sao?"),
        ("english", "In Đồng Xuân, who led administrative reform broadcasts on the district radio station in 2024, "
                    "and who leads them in 2025?"),
    ],
    "np-cmp-004": [
        TP("Đồng Xuân khảo sát mức độ hài lòng của người dân: kế hoạch 2024 hẹn lúc nào, kế hoạch 2025 hẹn lúc nào, "
           "và cơ quan nào chủ trì?", "Phòng Nội vụ",
           entry=("III.7.b", "Cơ quan chủ trì: Phòng Nội vụ.")),
        ("typo", "khảo sát sự hài lòng người dân ở đồng xuân năm 2024 với năm 2025 thời gian hoàn thanh khác nhau "
                 "sao"),
        ("no_diacritics", "dong xuan do muc do hai long cua dan: 2024 lam luc nao, 2025 lam luc nao"),
    ],
    "np-cmp-005": [
        ("english", "For monitoring law enforcement on land in Đồng Xuân, which partner was added in 2025 compared "
                    "with 2024?"),
        ("typo", "sang năm 2025, việc theo dõi thi hành luật đất đai tại đồng xuân có thêm đơn vi phối hợp nào so "
                 "với 2024"),
        ("no_diacritics", "giam sat thi hanh phap luat ve dat dai: ke hoach 2025 co them don vi phoi hop nao so voi "
                          "2024"),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "np-nodia-006": [
        TP("Kiểm tra công tác CCHC ở các xã, thị trấn theo KH 2024 của huyện Đồng Xuân: ai chủ trì, và hạn hoàn "
           "thành khi nào?", "Quý III/2024",
           entry=("III.7.c", "Thời gian hoàn thành: Quý III/2024.")),
        ("informal", "cho em hỏi năm 2024 đi kiểm tra cải cách hành chính ở các xã huyện Đồng Xuân là phòng nào phụ "
                     "trách ạ?"),
        ("initials", "KH CCHC 2024 H. Đồng Xuân: kiểm tra CCHC tại UBND các xã, thị trấn – CQ chủ trì?"),
    ],
    "np-nodia-005": [
        ("informal", "cho em hỏi kế hoạch chuyển đổi số 2025 của Sở Y tế Hà Tĩnh là ai ký vậy ạ?"),
        ("initials", "KH CĐS 2025 SYT Hà Tĩnh – người ký là ai?"),
        ("typo", "người kí ban hành kế hoạch cđs 2025 bên sở y tế hà tĩnh tên gì"),
    ],
    # ---- english original (no english paraphrase)
    "np-en-003": [
        ("typo", "báo ninh thuận ra chuyên trang cchc với tần suât thế nào"),
        ("no_diacritics", "bao ninh thuan phat hanh chuyen trang cai cach hanh chinh may ky mot thang"),
        ("informal", "mn ơi trang chuyên đề CCHC của Báo Ninh Thuận một tháng ra mấy kỳ vậy?"),
    ],
    # ---- unanswerable
    "np-unans-002": [
        ("english", "How much money in total has been allocated to Đồng Xuân district's 2025 administrative reform "
                    "plan?"),
        ("initials", "Tổng KP thực hiện KH CCHC 2025 của H. Đồng Xuân là bao nhiêu?"),
        ("no_diacritics", "kinh phi thuc hien ke hoach cai cach hanh chinh nam 2025 cua dong xuan la bao nhieu dong"),
    ],
    "np-unans-003": [
        ("informal", "ad ơi kế hoạch chuyển đổi số của Sở Y tế Hà Tĩnh tổng kinh phí hết bao nhiêu tiền vậy?"),
        ("typo", "kế hoạch cđs của sở y tế hà tĩnh được cấp tất cả bao nhiu tiền"),
        ("initials", "SYT Hà Tĩnh bố trí bao nhiêu tiền KP cho KH chuyển đổi số 2025?"),
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
