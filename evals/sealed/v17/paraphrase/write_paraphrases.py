# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v17 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v16 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row, a field line of the same section
  (none of these)   the extra string is already inside the original evidence

Originals (v17): no line whose 0-based index is divisible by 4 (working paraphrase set), none of v15 or v16.
No eligible line is unused after v16, so the originals are the least recently used lines: lines whose latest
round is oldest first, and among lines with the same latest round, those used by the fewest rounds first.
  * five plans: 74 eligible lines; 34 were last used by v13 (21 by three rounds, 13 by four), 40 by v14
    (21 by three rounds, 10 by four, 9 by five). All 34 v13 lines, then 6 of the 21 three-round v14 lines:
    three unanswerable lines (4 unanswerable originals of 40, as in v14-v16) and three lines of the 2023
    report / the draft plan (fact-009, fact-013, lead-012).
  * new plans: 25 eligible lines; 5 were last used by v13 (2 by four rounds, 3 by five), 20 by v14 (11 by
    four, 9 by five). All 5 v13 lines (two of them unanswerable), the 9 answerable four-round v14 lines, then
    6 of the 9 five-round v14 lines: the only eligible lines of the kinds coordinators (both), english,
    frequency and period, and the Ninh Thuận lead line. The two unanswerable four-round v14 lines are left
    out (declared in validate.py, BALANCE_LEFT_OUT): with them 4 of 20 new-plans originals would be
    unanswerable.
validate.py checks all of this and lists the reused ones.

    cd /work/v17/paraphrase && /work/main/.venv/bin/python write_paraphrases.py
    cd /work/v17/paraphrase && /work/main/.venv/bin/python validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # written outside the repository (e.g. /work/v17/paraphrase/, before being copied to evals/sealed/v17/paraphrase/)
    ROOT = os.environ.get("ASSISTANT_REPO", "/work/main")
SRC = {"five": os.path.join(ROOT, "evals", "qa.jsonl"),
       "new": os.path.join(ROOT, "evals", "new_plans", "qa.jsonl")}
OUT = {"five": os.path.join(HERE, "five_plans.jsonl"), "new": os.path.join(HERE, "new_plans.jsonl")}
FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]

T_YEAR = "Thời gian thực hiện: Thường xuyên trong năm."


def TP(q, mi, add=None, ev=None, ev_idx=None, entry=None):
    return ("two_part", q, dict(mi=mi, add=add, ev=ev, ev_idx=ev_idx, entry=entry))


# ------------------------------------------------------------------ five plans: 40 originals
FIVE = {
    # ---- 20 originals without a two_part paraphrase
    "en-006": [
        ("informal", "cho em hỏi kế hoạch tuyên truyền 2025 của Văn phòng UBND tỉnh hướng tới nâng những chỉ số nào vậy ạ?"),
        ("no_diacritics", "vp ubnd tinh kh 2025 muon cai thien cac chi so gi"),
        ("initials", "KH tuyên truyền CCHC, CĐS năm 2025 của VP UBND tỉnh: phấn đấu nâng các chỉ số nào?"),
    ],
    "abbr-001": [
        ("no_diacritics", "trong van ban cua vp ubnd tinh, cum tu par index duoc giai thich la loai chi so nao"),
        ("initials", "VP UBND tỉnh (KH 2023) có nhắc PAR INDEX – cụm này dịch ra là chỉ số gì?"),
        ("english", "What does PAR INDEX stand for in the provincial office's 2023 communication plan?"),
    ],
    "nodia-009": [
        ("initials", "Banner CĐS theo KH truyền thông 2025 của UBND tỉnh thì gắn ở đâu?"),
        ("english", "Where are the digital transformation banners supposed to be placed under the province's 2025 plan?"),
        ("typo", "banner chuyển đổi sô thì đặt ở chổ nào vậy"),
    ],
    "nodia-014": [
        ("english", "For the 2025 national science and technology day, which offices and centres inside the "
                    "science department are tasked with promoting administrative reform?"),
        ("typo", "dịp ngày khoa hoc công nghệ VN 2025, sở khcn giao những đơn vi nào tuyên truyền cải cách hành chính"),
        ("informal", "mn ơi nhân ngày KH&CN Việt Nam 2025 thì bên Sở KHCN phân cho phòng, đơn vị nào lo tuyên truyền "
                     "CCHC thế?"),
    ],
    "en-009": [
        ("typo", "trong vp ubnd tỉnh, ai tổng họp báo cáo về truyền thông cđs và dvc trực tuyến năm 2025, rồi gửi cho "
                 "cơ quan nào"),
        ("informal", "cho mình hỏi bên Văn phòng UBND tỉnh năm 2025 đơn vị nào gom số liệu tuyên truyền CĐS, DVC trực "
                     "tuyến để báo cáo, báo cáo gửi về đâu vậy?"),
        ("no_diacritics", "kh 2025 vp ubnd: don vi nao theo doi tong hop bao cao cds, dvc truc tuyen va gui ve dau"),
    ],
    "fact-006": [
        ("informal", "ad ơi KH tuyên truyền CCHC 2023 của Văn phòng là để làm nhiệm vụ giao ở khoản, mục nào trong Kế "
                     "hoạch 40 vậy?"),
        ("no_diacritics", "kh 2023 vp ubnd tinh trien khai nhiem vu o khoan muc nao cua kh 40/kh-ubnd"),
        ("initials", "VP UBND tỉnh, KH tuyên truyền CCHC 2023: nhiệm vụ được giao nằm ở khoản, mục nào của KH số "
                     "40/KH-UBND?"),
    ],
    "fact-021": [
        ("no_diacritics", "kinh phi truyen thong cchc cds 2025 o dia phuong lay tu nguon nao"),
        ("initials", "Chính quyền ĐP bố trí KP thực hiện KH truyền thông CCHC, CDS 2025 từ nguồn ngân sách nào?"),
        ("english", "Which budget do local authorities draw on to fund their part of the province's 2025 "
                    "administrative reform and digital transformation communication plan?"),
    ],
    "fact-026": [
        ("initials", "KH 281/KH-SKHCN, khẩu hiệu số 1 nhắc NQ Đại hội Đảng bộ tỉnh lần thứ bao nhiêu?"),
        ("english", "The first slogan in plan 281 refers to the resolution of which provincial Party Congress "
                    "(which number)?"),
        ("typo", "câu khẩu hiêu đầu tiên của kh 281 nói tới nghị quyết đại hôi đảng bộ tỉnh lần thứ mấy vậy"),
    ],
    "list-004": [
        ("english", "In 2023, which four administrative procedures were accepted only online, with no paper filings?"),
        ("typo", "hồi 2023 mấy thủ tuc bỏ hẳn hồ sơ giấy, chỉ nhận nộp qua mạng, là những thủ tục gì"),
        ("informal", "mn cho hỏi 04 TTHC nào năm 2023 bắt buộc nộp trực tuyến, không nhận bản giấy nữa vậy?"),
    ],
    "list-009": [
        ("typo", "năm 2023 cổng thông tin điện tư tỉnh tuyên truyền cchc bằng các hình thức đa phương tiện nào"),
        ("informal", "cho em hỏi Cổng TTĐT tỉnh năm 2023 dùng mấy loại truyền thông đa phương tiện gì để tuyên truyền "
                     "CCHC ạ?"),
        ("no_diacritics", "cong ttdt tinh 2023 tuyen truyen cchc qua nhung kenh da phuong tien nao"),
    ],
    "timing-006": [
        ("informal", "mn ơi hoạt động tuyên truyền CCHC dịp Ngày KH&CN Việt Nam 2025 bên Sở KHCN làm vào lúc nào vậy?"),
        ("no_diacritics", "skhcn tuyen truyen cchc dip ngay khcn viet nam 2025 khi nao lam"),
        ("initials", "KH 281 Sở KHCN: TG tổ chức tuyên truyền CCHC nhân Ngày KH&CN VN 2025?"),
    ],
    "abbr-006": [
        ("no_diacritics", "thay ghi tat cds trong van ban truyen thong cua tinh, hieu la chu gi"),
        ("initials", "CDS trong KH truyền thông CCHC 2025 của UBND tỉnh nghĩa là gì?"),
        ("english", "In the province's communication plan, what is CDS short for?"),
    ],
    "fact-022": [
        ("initials", "Sở Tài chính được giao gì trong KH truyền thông CCHC, CĐS 2025 của tỉnh?"),
        ("english", "Under the provincial 2025 outreach plan, what exactly does the finance department have to check or "
                    "do?"),
        ("typo", "trong kh truyền thông cchc và cđs 2025 thì sở tài chính lam việc gì"),
    ],
    "freq-012": [
        ("english", "On provincial television, the reform segment: minutes per episode and total episodes over twelve "
                    "months?"),
        ("typo", "lên sóng truyền hinh tỉnh, mục cchc 1 lần phát kéo dài mấy phút, tổng cộng 12 tháng đc bn số"),
        ("informal", "mn ơi chuyên mục CCHC trên kênh truyền hình tỉnh 1 số dài mấy phút, năm phát bn số vậy?"),
    ],
    "list-003": [
        ("typo", "kh tuyên truyền cải cách hành chính năm 2023 của vp ubnd tỉnh gồm nhũng hình thức tuyên truyền gì"),
        ("informal", "cho mình hỏi năm 2023 Văn phòng UBND tỉnh tuyên truyền CCHC theo những cách nào vậy?"),
        ("no_diacritics", "vp ubnd tinh 2023 tuyen truyen cchc bang cac hinh thuc nao"),
    ],
    "fact-009": [
        ("informal", "ad cho hỏi năm 2023 trên Cổng TTĐT tỉnh đăng được bao nhiêu tin bài liên quan CCHC vậy?"),
        ("no_diacritics", "2023 cong thong tin dien tu tinh dang duoc may tin bai ve cchc"),
        ("initials", "Số tin, bài về CCHC đăng trên Cổng TTĐT tỉnh năm 2023 theo BC của VP UBND tỉnh?"),
    ],
    "unans-003": [
        ("no_diacritics", "dia chi email vp ubnd tinh nhan phan anh kien nghi la gi"),
        ("initials", "Muốn gửi PAKN qua thư điện tử cho VP UBND tỉnh thì gửi vào địa chỉ nào?"),
        ("english", "If I want to email a complaint to the provincial committee's office, which address should I write to?"),
    ],
    "unans-006": [
        ("initials", "TT dự báo KTTV báo thời tiết Quảng Ngãi ngày mai ra sao?"),
        ("english", "Is it going to rain in Quảng Ngãi tomorrow, what does the forecast say?"),
        ("typo", "mai trời quảng ngãi có mưa ko nhỉ, thơi tiết sao"),
    ],
    "unans-017": [
        ("english", "I forgot my VNeID password, how do I reset it?"),
        ("typo", "quen mât khẩu vneid thì làm sao lấy lại đc"),
        ("informal", "mn ơi em lỡ quên pass VNeID thì khôi phục kiểu gì ạ?"),
    ],
    "unans-013": [
        ("typo", "số hotline của bộ phận một cửa tỉnh là sô mấy"),
        ("informal", "cho em xin số đường dây nóng của Trung tâm một cửa tỉnh với ạ"),
        ("no_diacritics", "muon goi hotline mot cua cua tinh thi bam so nao"),
    ],
    # ---- 20 originals with a two_part paraphrase
    "coord-002": [
        ("informal", "mn ơi vụ đặt hàng thiết kế poster tuyên truyền CCHC thì bên nào làm cùng vậy?"),
        ("no_diacritics", "poster tuyen truyen cchc tren nen tang so don vi nao phoi hop"),
        TP("Thiết kế poster CCHC đăng trên nền tảng số: những cơ quan nào phối hợp, và thời gian thực hiện ra sao?",
           "Thường xuyên trong năm", add=T_YEAR, entry=("C.II.6", T_YEAR)),
    ],
    "coord-008": [
        ("no_diacritics", "so vhttdl dat lam clip ve pci papi par index thi lam chung voi nhung ben nao"),
        ("initials", "Đặt hàng SX video clip về PCI, PAPI, PAR INDEX: Sở VHTTDL bắt tay với CQ nào?"),
        TP("Sở VHTTDL làm video clip nâng các chỉ số PCI, PAPI, PAR INDEX thì kết hợp với ai, và làm vào thời gian nào?",
           "Thường xuyên trong năm", add=T_YEAR, entry=("C.II.7", T_YEAR)),
    ],
    "nodia-005": [
        ("initials", "Năm 2023, thanh toán trực tuyến đạt bao nhiêu tiền theo BC tuyên truyền CCHC của VP UBND tỉnh?"),
        ("english", "How much money was paid online in 2023, according to the provincial office's report?"),
        TP("Theo báo cáo của Văn phòng, tới cuối 2023 người dân đã trả online tổng cộng chừng bao nhiêu tiền, và Trung "
           "tâm đã nhận được khoảng bao nhiêu hồ sơ nộp qua mạng?", "69.000 hồ sơ",
           add="Có khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm.",
           ev="khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm, đạt tỷ lệ bình "
              "quân khoảng 73%/tổng hồ sơ tiếp nhận mới và thanh toán trực tuyến đạt khoảng 35 tỷ đồng"),
    ],
    "nodia-001": [
        ("english", "The competitiveness-index (PCI) bulletin aired on TV: which body produces it?"),
        ("typo", "bản tin pci trên kênh truyền hinh do đơn vị nào chủ trì"),
        TP("Bản tin PCI trên truyền hình: đơn vị nào đứng ra thực hiện, thời gian thực hiện thế nào?",
           "Thường xuyên trong năm", add=T_YEAR, entry=("C.II.12.c", T_YEAR)),
    ],
    "coord-018": [
        ("typo", "tỉnh đoàn mở cuộc thi về chuyển đổi sô cho thanh niên, bên nào được giao làm cùng"),
        ("informal", "cho hỏi cuộc thi tìm hiểu CĐS trong đoàn viên do Tỉnh đoàn tổ chức thì có đơn vị nào hỗ trợ phối "
                     "hợp không ạ?"),
        TP("Cuộc thi tìm hiểu CĐS dành cho đoàn viên, thanh niên (Tỉnh đoàn tổ chức): đơn vị phối hợp là ai và làm "
           "trong thời gian nào?", "Năm 2025", add="Thời gian thực hiện: Năm 2025.",
           entry=("C.I.3.đ", "Thời gian thực hiện: Năm 2025.")),
    ],
    "freq-007": [
        ("informal", "mn ơi đài truyền thanh xã làm chuyên mục CĐS 1 tháng mấy lần vậy?"),
        ("no_diacritics", "chuyen muc chuyen doi so tren truyen thanh cap xa bao lau phat 1 lan"),
        TP("Chương trình phát thanh về CĐS ở truyền thanh cấp xã: tần suất bao nhiêu, và đơn vị nào phối hợp?",
           "Sở Khoa học và Công nghệ", add="Đơn vị phối hợp: Sở Khoa học và Công nghệ.",
           entry=("C.I.2.g", "Đơn vị phối hợp: Sở Khoa học và Công nghệ.")),
    ],
    "lead-011": [
        ("no_diacritics", "binh dan hoc vu so do co quan nao to chuc"),
        ("initials", "CT Bình dân học vụ số trong KH truyền thông 2025 của UBND tỉnh: ĐV nào chủ trì?"),
        TP("Ai đứng ra tổ chức Bình dân học vụ số, và chương trình chạy vào thời gian nào?", "Quý III-IV/2025",
           entry=("C.I.3.c", "Thời gian thực hiện: Quý III-IV/2025.")),
    ],
    "lead-018": [
        ("initials", "Tập huấn tuyên truyền PL về CCHC tại các huyện: sở nào chủ trì?"),
        ("english", "Which department leads the training on administrative reform law communication in the districts?"),
        TP("Lớp tập huấn phổ biến pháp luật về cải cách hành chính ở các huyện do sở nào cầm trịch, thời gian thực "
           "hiện khi nào?", "Thường xuyên trong năm", add=T_YEAR, entry=("C.II.10", T_YEAR)),
    ],
    "lead-023": [
        ("english", "Who is responsible for the administrative reform page in the Quảng Ngãi newspaper?"),
        ("typo", "trang chuyên đề cải cách hành chinh đăng ở báo quảng ngãi thì đơn vị nào lo"),
        TP("Chuyên trang cải cách hành chính trên Báo Quảng Ngãi: cơ quan nào chủ trì và làm vào lúc nào trong năm?",
           "Thường xuyên trong năm", entry=("C.II.12.b", T_YEAR)),
    ],
    "lead-026": [
        ("typo", "ai chủ trì triển khai đề án tuyên truyền nâng cao chất lượng dich vụ công trực tuyến trên địa bàn tỉnh"),
        ("informal", "cho em hỏi Đề án tuyên truyền, phổ biến về cung cấp và dùng DVC trực tuyến ở tỉnh mình thì bên "
                     "nào lo ạ?"),
        TP("Đề án nâng cao chất lượng cung cấp, sử dụng DVC trực tuyến đến 2025: đơn vị nào chủ trì triển khai ở tỉnh "
           "và thời gian thực hiện là khi nào?", "Năm 2025", entry=("C.I.1", "Thời gian thực hiện: Năm 2025.")),
    ],
    "coord-003": [
        ("informal", "mn ơi các sở, địa phương đăng công khai TTHC lên Hệ thống thông tin giải quyết TTHC thì có cơ "
                     "quan nào phối hợp vậy?"),
        ("no_diacritics", "cong khai tthc tren he thong thong tin giai quyet tthc thi co quan nao phoi hop"),
        TP("Công bố, công khai TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh: ai phối hợp với các sở, địa "
           "phương, và việc này làm khi nào?", "Thường xuyên trong năm", add=T_YEAR, entry=("C.II.1", T_YEAR)),
    ],
    "timing-004": [
        ("no_diacritics", "cuoc thi video clip ve dai hoi dang cac cap to chuc luc nao"),
        ("initials", "Cuộc thi Video Clip tuyên truyền ĐH Đảng các cấp gắn với CCHC: TG tổ chức?"),
        TP("Cuộc thi Video Clip về đại hội đảng các cấp diễn ra khi nào, và cơ quan nào chủ trì cuộc thi?",
           "Sở Văn hóa, Thể thao và Du lịch", add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
           entry=("C.II.4", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.")),
    ],
    "lead-012": [
        ("initials", "Phát động CĐS trong CCVC và HS, SV: ĐV nào chủ trì?"),
        ("english", "Who leads the campaigns promoting digital transformation among civil servants and students?"),
        TP("Phong trào phát động CĐS cho đội ngũ công chức và học sinh, sinh viên: ai đứng đầu thực hiện, thời gian "
           "là bao giờ?", "Năm 2025", add="Thời gian thực hiện: Năm 2025.",
           entry=("C.I.3.d", "Thời gian thực hiện: Năm 2025.")),
    ],
    "freq-006": [
        ("english", "How often is the district-level radio programme on digital transformation broadcast?"),
        ("typo", "chuyên mục phát thanh chuyển đổi số ở đài truyền thanh huyện phát mây lần"),
        TP("Chuyên mục CĐS trên truyền thanh cấp huyện: tần suất phát thế nào, đơn vị nào chủ trì?",
           "Chính quyền địa phương", add="Đơn vị chủ trì: Chính quyền địa phương.",
           entry=("C.I.2.e", "Đơn vị chủ trì: Chính quyền địa phương")),
    ],
    "cross-010": [
        ("typo", "tập huân cchc và cải cách tthc năm 2025 thì kh của ubnd tỉnh với kh của vp ubnd tỉnh giao ai chủ trì"),
        ("informal", "mn cho hỏi năm 2025 mấy lớp tập huấn CCHC, cải cách TTHC: theo KH của UBND tỉnh với KH của Văn "
                     "phòng thì bên nào đứng ra vậy?"),
        TP("Tập huấn CCHC/cải cách TTHC 2025 – ai chủ trì theo kế hoạch của tỉnh và theo kế hoạch của Văn phòng UBND "
           "tỉnh; lớp tập huấn trong kế hoạch tỉnh tổ chức vào khi nào?", "Trong năm 2025",
           add="Thời gian tổ chức lớp tập huấn theo kế hoạch của UBND tỉnh: Trong năm 2025.",
           entry=("C.II.9", "Thời gian thực hiện: Trong năm 2025.")),
    ],
    "lead-024": [
        ("informal", "ad ơi bên nào được giao theo dõi, hướng dẫn, đôn đốc các sở ngành làm truyền thông CCHC theo KH "
                     "2025 của tỉnh vậy?"),
        ("no_diacritics", "kh truyen thong 2025 cua ubnd tinh: so nao dau moi theo doi don doc truyen thong cchc"),
        TP("Sở nào cầm trịch theo dõi, đôn đốc các nhiệm vụ truyền thông CCHC của tỉnh năm 2025, và sở đó định kỳ "
           "báo cáo lên đâu?", "báo cáo UBND tỉnh",
           ev="Làm đầu mối, theo dõi, hướng dẫn, đôn đốc các sở, ban, ngành, các địa phương triển khai thực hiện các "
              "nhiệm vụ về truyền thông CCHC tại Kế hoạch này; định kỳ tổng hợp, báo cáo UBND tỉnh về công tác tuyên "
              "truyền CCHC"),
    ],
    "fact-013": [
        ("no_diacritics", "nop online thi phi voi le phi con lai bao nhieu, giam may phan tram"),
        ("initials", "Nộp HS trực tuyến được giảm bao nhiêu % phí, lệ phí, theo NQ nào của HĐND tỉnh?"),
        TP("Hồ sơ nộp online được giảm phí, lệ phí bao nhiêu, và được trả kết quả sớm hơn thời hạn tối thiểu bao "
           "nhiêu phần trăm?", "20%",
           add="Hồ sơ nộp trực tuyến được trả kết quả sớm hơn tối thiểu 20% so với thời hạn giải quyết theo quy định.",
           ev="ban hành quy định ưu tiên thực hiện rút ngắn thời gian giải quyết, trả kết quả sớm hơn tối thiểu 20% so "
              "với thời hạn giải quyết theo quy định đối với những hồ sơ nộp trực tuyến, thực hiện giảm 50% phí, lệ "
              "phí đối với các trường hợp nộp hồ sơ trực tuyến được quy định tại Điều 2 Nghị quyết số "
              "11/2022/NQ-HĐND ngày 07/7/2022 của HĐND tỉnh"),
    ],
    "timing-010": [
        ("initials", "Hạn chót Sở KHCN gửi BC kết quả KH tuyên truyền CCHC 2025 lên UBND tỉnh?"),
        ("english", "What is the latest date for the science department's report to the province on carrying out its 2025 "
                    "reform outreach plan?"),
        TP("Sở KHCN phải báo cáo UBND tỉnh kết quả kế hoạch tuyên truyền CCHC 2025 trước ngày nào, còn các phòng, đơn "
           "vị thuộc Sở nộp báo cáo về Sở hạn bao giờ?", "15/11/2025",
           add="Các phòng, đơn vị thuộc Sở gửi báo cáo về Sở (qua Văn phòng Sở) trước ngày 15/11/2025.",
           ev="gửi về Sở (qua Văn phòng Sở) trước ngày 15/11/2025 để tổng hợp, tham mưu Giám đốc Sở báo cáo UBND "
              "tỉnh trước ngày 30/11/2025"),
    ],
    "fact-008": [
        ("english", "The Office wrote its 2023 reform-outreach report in response to which numbered dispatch?"),
        ("typo", "văn phòng ubnd tỉnh viết bc về tuyên truyền cchc 2023 là do công văn nào yêu cầu, số hiêu gì"),
        TP("Báo cáo công tác tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh thực hiện theo công văn nào, công văn đó "
           "ban hành ngày nào?", "31/10/2023"),
    ],
    "lead-027": [
        ("typo", "clip với phóng sư chuyển đổi số đặt các báo đài làm, bên nào đứng ra đặt hàng"),
        ("informal", "mn ơi vụ đặt các báo, đài sản xuất clip với phóng sự về CĐS thì bên nào lo vậy?"),
        TP("Việc đặt hàng cơ quan báo chí sản xuất video clip, phóng sự chuyển đổi số do đơn vị nào chủ trì, phối hợp "
           "với những ai?", "Các cơ quan, đơn vị, địa phương liên quan",
           add="Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương liên quan.",
           entry=("C.I.4.b", "Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương liên quan.")),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- 10 originals without a two_part paraphrase
    "np-duties-006": [
        ("informal", "cho em hỏi trong KH chuyển đổi số 2025 của Sở Y tế Hà Tĩnh, BV Đa khoa tỉnh được giao đứng đầu "
                     "những việc gì ạ?"),
        ("no_diacritics", "benh vien da khoa tinh ha tinh duoc giao chu tri nhiem vu cds nao"),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: BV Đa khoa tỉnh chủ trì những NV nào?"),
    ],
    "np-fact-008": [
        ("no_diacritics", "kh cchc 2025 huyen dong xuan can cu quyet dinh so may cua ubnd tinh phu yen"),
        ("initials", "KH CCHC 2025 của H. Đồng Xuân dựa trên QĐ nào của UBND tỉnh Phú Yên?"),
        ("english", "Which decision of Phú Yên province is the legal basis for Đồng Xuân district's 2025 "
                    "administrative reform plan?"),
    ],
    "np-nodia-005": [
        ("initials", "KH CĐS năm 2025 của SYT Hà Tĩnh do ai ký?"),
        ("english", "Whose signature is on the 2025 digital health plan issued by the Hà Tĩnh health department?"),
        ("typo", "kh cđs ngành y tế hà tĩnh 2025 cuối văn bản ai đứng tên ky"),
    ],
    "np-cmp-004": [
        ("english", "When does Đồng Xuân district survey citizen satisfaction in 2024, and when in 2025?"),
        ("typo", "khảo sát mức độ hài long người dân ở đồng xuân: 2024 làm lúc nào, 2025 lúc nào"),
        ("informal", "mn ơi huyện Đồng Xuân khảo sát sự hài lòng của dân thì năm 2024 với năm 2025 làm vào thời điểm "
                     "nào vậy?"),
    ],
    "np-duties-001": [
        ("typo", "kh cchc 2025 đồng xuân giao phòng tư phap chủ trì những việc gì"),
        ("informal", "cho mình hỏi năm 2025 huyện Đồng Xuân giao Phòng Tư pháp đứng ra làm những nhiệm vụ nào vậy?"),
        ("no_diacritics", "phong tu phap dong xuan 2025 chu tri nhung nhiem vu nao"),
    ],
    "np-tasks-002": [
        ("informal", "ad ơi Sở Y tế Hà Tĩnh trong KH CĐS 2025 giao mấy nhiệm vụ cụ thể, gồm những gì vậy?"),
        ("no_diacritics", "ke hoach cds 2025 so y te ha tinh co nhung nhiem vu cu the nao"),
        ("initials", "SYT Hà Tĩnh, KH CĐS 2025: liệt kê các NV cụ thể được giao?"),
    ],
    "np-timing-004": [
        ("no_diacritics", "bv da khoa tinh ha tinh phai trien khai benh an dien tu truoc ngay nao"),
        ("initials", "Hạn triển khai BA điện tử tại BV Đa khoa tỉnh Hà Tĩnh?"),
        ("english", "What is the deadline for the Hà Tĩnh provincial general hospital to roll out electronic medical "
                    "records?"),
    ],
    "np-period-004": [
        ("initials", "KH tuyên truyền CCHC 2024 của Ninh Thuận: các HĐ tuyên truyền rơi vào quý III/2024?"),
        ("english", "Which administrative reform communication activities does Ninh Thuận schedule for the third "
                    "quarter of 2024?"),
        ("typo", "ba tháng 7-8-9 năm 2024 tỉnh ninh thuận lên lịch làm gì để tuyên truyền cải cach hành chính"),
    ],
    "np-unans-007": [
        ("english", "Can I get an email contact for the Home Affairs division in Đồng Xuân?"),
        ("typo", "muốn gửi mail cho p. nội vụ ở đồng xuân thì địa chỉ thư điện tư nào"),
        ("informal", "mn ơi ai có mail liên hệ bên Nội vụ huyện Đồng Xuân không ạ"),
    ],
    "np-unans-009": [
        ("typo", "đường dây nóng nhận phản ánh tthc của ninh thuận số bao nhiu"),
        ("informal", "mn ơi số hotline tiếp nhận phản ánh về TTHC ở tỉnh Ninh Thuận là số nào vậy?"),
        ("no_diacritics", "so dien thoai duong day nong phan anh thu tuc hanh chinh tinh ninh thuan"),
    ],
    # ---- 10 originals with a two_part paraphrase
    "np-en-003": [
        ("informal", "cho hỏi chuyên trang CCHC trên Báo Ninh Thuận bao lâu ra 1 kỳ vậy?"),
        ("no_diacritics", "bao ninh thuan ra trang cchc bao lau mot ky"),
        TP("Chuyên trang “Cải cách hành chính” của Báo Ninh Thuận ra mấy kỳ mỗi tháng, và cơ quan nào phối hợp thực "
           "hiện?", "Sở Nội vụ", add="Coordinating bodies: Sở Nội vụ; các sở, ban, ngành.",
           entry=("IV.1.a", "Cơ quan phối hợp: Sở Nội vụ; các sở, ban, ngành.")),
    ],
    "np-timing-005": [
        ("no_diacritics", "so y te ha tinh so hoa ho so tthc han cuoi la ngay nao"),
        ("initials", "SYT Hà Tĩnh: số hóa HS, KQ giải quyết TTHC phải hoàn thành trước ngày nào?"),
        TP("Số hóa hồ sơ, kết quả giải quyết TTHC của Sở Y tế Hà Tĩnh: hạn chót là khi nào, đơn vị nào chủ trì?",
           "Văn phòng Sở", entry=("II.11", "Văn phòng Sở")),
    ],
    "np-nodia-006": [
        ("initials", "KT công tác CCHC tại UBND các xã, thị trấn năm 2024 (H. Đồng Xuân): CQ nào chủ trì?"),
        ("english", "In Đồng Xuân, which district office is in charge of checking how communes and towns did on reform in 2024?"),
        TP("Năm 2024 huyện Đồng Xuân kiểm tra CCHC ở các xã, thị trấn thì cơ quan nào chủ trì và hạn hoàn thành là "
           "khi nào?", "Quý III/2024", entry=("III.7.c", "Thời gian hoàn thành: Quý III/2024.")),
    ],
    "np-freq-002": [
        ("english", "How often does the Hà Tĩnh Department of Health back up the data of its shared systems?"),
        ("typo", "sở y tế hà tĩnh sao lưu dư liệu hệ thống dùng chung mấy lâu 1 lần"),
        TP("Dữ liệu dùng chung ngành y Hà Tĩnh được backup định kỳ ra sao, bên nào hỗ trợ Sở làm việc này?",
           "VNPT Hà Tĩnh", entry=("II.18", "VNPT Hà Tĩnh")),
    ],
    "np-coord-003": [
        ("typo", "triển khai bệnh án điện tư ở trung tâm y tế tuyến huyện hà tĩnh phối hợp với ai"),
        ("informal", "mn ơi TTYT huyện bên Hà Tĩnh làm bệnh án điện tử thì có những đơn vị nào hỗ trợ phối hợp vậy?"),
        TP("Bệnh án điện tử tại các trung tâm y tế huyện, thị xã, thành phố ở Hà Tĩnh: đơn vị nào phối hợp, thời "
           "gian triển khai khi nào?", "Quý III - IV/2025", add="Thời gian thực hiện: Quý III - IV/2025.",
           entry=("II.3", "Quý III - IV/2025")),
    ],
    "np-lead-012": [
        ("informal", "cho hỏi đăng tin CCHC lên Zalo OA Chính quyền số Ninh Thuận là bên nào lo vậy?"),
        ("no_diacritics", "tin cchc tren kenh zalo chinh quyen so cua ninh thuan la so nao dang"),
        TP("Tin, bài, infographic CCHC trên Zalo OA “Chính quyền số Ninh Thuận”: cơ quan nào chủ trì, cơ quan nào "
           "phối hợp?", "Tỉnh đoàn", entry=("IV.2.b", "Cơ quan phối hợp: Tỉnh đoàn; UBND các huyện, thành phố.")),
    ],
    "np-lead-010": [
        ("no_diacritics", "ninh thuan, van hoa cong vu trong cac co quan: phu luc giao don vi nao lam"),
        ("initials", "Tuyên truyền văn hóa công vụ tại các CQ, ĐV (phụ lục KH tuyên truyền của Ninh Thuận): ĐV nào "
                     "chủ trì?"),
        TP("Ninh Thuận, phụ lục kế hoạch tuyên truyền 2024: tuyên truyền văn hóa công vụ do ai chủ trì và ai phối hợp?",
           "Sở Nội vụ", entry=("Phụ lục I.12", "Sở Nội vụ")),
    ],
    "np-coord-007": [
        ("initials", "Đường dây nóng PAKN của H. Đồng Xuân năm 2024: CQ nào phối hợp với VP HĐND và UBND huyện?"),
        ("english", "For Đồng Xuân district's hotline in 2024, which bodies work alongside the district People's "
                    "Council and People's Committee Office?"),
        TP("Duy trì đường dây nóng của huyện Đồng Xuân (2024): ngoài Văn phòng HĐND và UBND huyện thì ai phối hợp, và "
           "số điện thoại đường dây nóng là số nào?", "0257.3865.246",
           add="Số điện thoại đường dây nóng: 0257.3865.246.",
           entry=("III.2.b", "qua số điện thoại 0257.3865.246")),
    ],
    "np-fact-002": [
        ("english", "Whose name appears as signatory on Đồng Xuân's 2024 reform plan?"),
        ("typo", "kế hoạch cải cách hành chính 2024 huyện đồng xuân ai ky vậy"),
        TP("Kế hoạch CCHC 2024 của huyện Đồng Xuân do ai ký, người ký giữ chức vụ gì?", "Chủ tịch",
           entry=("signature", "CHỦ TỊCH")),
    ],
    "np-fact-001": [
        ("typo", "kh cchc năm 2025 của huyện đồng xuân là kế hoạch sô bao nhiêu"),
        ("informal", "ad ơi kế hoạch cải cách hành chính 2025 của Đồng Xuân mang số hiệu gì vậy?"),
        TP("Kế hoạch CCHC năm 2025 huyện Đồng Xuân: số ký hiệu là gì và ban hành ngày nào?", "16 tháng 01 năm 2025",
           entry=("header", "Đồng Xuân, ngày 16 tháng 01 năm 2025")),
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
