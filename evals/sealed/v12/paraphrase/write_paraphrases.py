# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v12 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v11 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row or a second quote (field line) of the same section
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals of
v10 or v11; lines used by the fewest earlier rounds first (v3-v11; no eligible line is unused), and among
those the oldest rounds first:
  * five plans: all 74 eligible lines are used by two earlier rounds (34 last used by v8, 40 by v9). All 34
    v8 lines, then 6 of the 40 v9 lines (two lead lines, of plan 281 and of the report; an english line and
    a cross_document line of the report; a fact line of plan 281; a timing line of the Office 2025 plan).
  * new plans: 15 eligible lines are used by two earlier rounds (5 last used by v8, 10 by v9) and 10 by
    three (all last used by v9). All 15 two-round lines, then 5 of the 10 three-round lines: the only
    coordinators, english, fact and frequency lines (kinds no two-round line has) and a lead line of the
    .pdf plan (the document with the fewest originals otherwise).
validate.py checks all of this and lists the reused ones.

    cd /work/v12/paraphrase && /work/main/.venv/bin/python write_paraphrases.py
    cd /work/v12/paraphrase && /work/main/.venv/bin/python validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # written outside the repository (e.g. /work/v12/paraphrase/, before being copied to evals/sealed/v12/paraphrase/)
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
    "lead-003": [
        TP("Theo dự thảo kế hoạch truyền thông CCHC và CĐS 2025 của UBND tỉnh, chuyên trang về chuyển đổi số (kèm "
           "Nghị quyết 57) đăng trên báo in và báo điện tử do cơ quan nào thực hiện, và bản báo in ra với tần suất "
           "thế nào?", "01 kỳ/1 trang/tháng",
           add="Tần suất: 01 kỳ/1 trang/tháng đối với báo in; 02 kỳ/tháng đối với báo điện tử.",
           entry=("C.I.2.c", "Tần suất: 01 kỳ/1 trang/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử).")),
        ("no_diacritics", "chuyen trang cds dang tren bao giay va bao mang thi don vi nao dung ra lam"),
        ("english", "Which body runs the digital transformation page carried in print and online newspapers under "
                    "the province's 2025 communication plan?"),
    ],
    "lead-031": [
        TP("Năm 2023, theo kế hoạch của Văn phòng UBND tỉnh, việc theo dõi, kiểm tra và hướng dẫn nghiệp vụ cải "
           "cách thủ tục hành chính cho công chức huyện, xã giao đơn vị nào chủ trì, đơn vị nào phối hợp?",
           "Các phòng, ban, đơn vị",
           add="Đơn vị phối hợp: Các phòng, ban, đơn vị.",
           entry=("III.5", "Đơn vị phối hợp: Các phòng, ban, đơn vị.")),
        ("informal", "cho em hỏi năm 2023 bên VP UBND tỉnh ai lo tập huấn, kiểm tra nghiệp vụ cải cách TTHC cho công "
                     "chức cấp huyện với cấp xã ạ?"),
        ("typo", "văn phòng ubnd tỉnh 2023: đơn vi nào cầm trịch tập huấn, hướng dẫn nghiệp vụ cải cách tthc cho cong "
                 "chức huyện, xã"),
    ],
    "lead-034": [
        ("informal", "mn ơi năm 2025 Văn phòng UBND tỉnh giao ai đưa tin, bài, ảnh về CCHC với CĐS lên cổng thông tin "
                     "tỉnh vậy?"),
        ("no_diacritics", "kh 2025 vp ubnd tinh: ai dung ra dang tin bai hinh anh ve cchc, cds len cong ttdt tinh"),
        ("english", "Under the Provincial People's Committee Office's 2025 plan, which unit posts news, articles and "
                    "photos about administrative reform and digital transformation to the provincial web portal?"),
    ],
    "lead-038": [
        ("initials", "Sở KHCN: duy trì mục tuyên truyền CCHC trên trang TTĐT của Sở – bộ phận nào chủ trì?"),
        ("english", "At the Department of Science and Technology, who keeps the administrative reform section of the "
                    "department's website running?"),
        ("typo", "bộ phận nào bên sở khoa học và công nghê giữ mục tuyên truyền cchc trên trang web của sở"),
    ],
    "lead-044": [
        TP("Theo báo cáo tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh, Văn phòng giao đơn vị nào cùng các cơ quan "
           "báo chí làm chuyên mục CCHC, và trong năm Cổng Thông tin điện tử tỉnh đã đăng hơn bao nhiêu tin, bài về "
           "CCHC?", "120 tin, bài",
           add="Cổng Thông tin điện tử tỉnh đã đăng tải hơn 120 tin, bài và văn bản chỉ đạo, điều hành liên quan đến "
               "CCHC.",
           entry=("I.2.b", "đã có hơn 120 tin, bài và các văn bản chỉ đạo, điều hành của UBND tỉnh, Chủ tịch UBND "
                           "tỉnh liên quan đến CCHC được đăng tải đầy đủ, kịp thời lên Cổng Thông tin điện tử tỉnh")),
        ("no_diacritics", "2023 vp ubnd tinh giao ai di cung bao dai lam chuyen muc cai cach hanh chinh"),
        ("initials", "BC tuyên truyền CCHC 2023: VP UBND tỉnh chỉ đạo ĐV nào cùng báo, đài xây dựng chuyên mục CCHC?"),
    ],
    "lead-040": [
        TP("Kế hoạch 281 của Sở KHCN: việc kiểm tra áp dụng, duy trì hệ thống quản lý chất lượng ISO 9001:2015 ở cơ "
           "quan hành chính năm 2025 giao ai chủ trì, và làm vào lúc nào?", "Quý IV/2025",
           entry=("IV.6", "Thời gian thực hiện: Quý IV/2025.")),
        ("informal", "ad ơi kiểm tra việc áp dụng ISO 9001:2015 ở mấy cơ quan hành chính năm 2025 là bên nào phụ "
                     "trách vậy?"),
        ("english", "Who leads the 2025 checks on how government agencies apply the ISO 9001:2015 quality management "
                    "system?"),
    ],
    "lead-043": [
        TP("Hội nghị tập huấn nghiệp vụ về cải cách, kiểm soát TTHC và cơ chế một cửa, một cửa liên thông năm 2023 "
           "do ai đứng ra tổ chức, và hội nghị diễn ra ngày nào?", "22/6/2023",
           ev="Văn phòng đã chủ trì, tham mưu UBND tỉnh tổ chức Hội nghị tập huấn nghiệp vụ công tác cải cách TTHC, "
              "kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông trong năm 2023; hội nghị diễn ra vào "
              "ngày 22/6/2023"),
        ("no_diacritics", "ai dung ra to chuc hoi nghi tap huan ve cai cach tthc, kiem soat tthc va mot cua hoi 2023"),
        ("typo", "hôi nghị tập huấn về cải cách thủ tục hành chính, kiểm soát tthc, một cửa năm 2023 là ai đứng ra tổ "
                 "chưc"),
    ],
    # ---- coordinators
    "coord-004": [
        TP("Trong kế hoạch truyền thông 2025 của UBND tỉnh, khi Sở Văn hóa, Thể thao và Du lịch hướng dẫn các đơn "
           "vị, địa phương truyền thông về CCHC thì phối hợp với những cơ quan nào, và việc này làm vào thời gian "
           "nào?", "Quý I/2025",
           add="Thời gian thực hiện: Quý I/2025.",
           entry=("C.II.3", "Thời gian thực hiện: Quý I/2025.")),
        ("informal", "mn cho hỏi Sở VHTTDL đi hướng dẫn truyền thông CCHC thì làm cùng với những ai vậy?"),
        ("initials", "Hướng dẫn ĐV, địa phương truyền thông CCHC (Sở VHTTDL chủ trì) – CQ phối hợp gồm những ai?"),
    ],
    "coord-007": [
        ("informal", "ad ơi đài truyền thanh ở xã làm chuyên mục CĐS thì có sở nào hỗ trợ phối hợp không ạ?"),
        ("no_diacritics", "chuyen muc chuyen doi so tren loa truyen thanh xa thi ben so nao lam cung"),
        ("typo", "chương trình chuyển đổi sô phát trên đài truyền thanh cấp xã có sở nào đi cùng"),
    ],
    "coord-014": [
        ("initials", "Chỉ đạo, hướng dẫn báo chí và HT thông tin cơ sở đẩy mạnh truyền thông CĐS, CCHC: Sở VHTTDL làm "
                     "cùng những Sở nào?"),
        ("english", "To push the press and the grassroots information system to step up coverage of digital "
                    "transformation and administrative reform, which departments does the Department of Culture, "
                    "Sports and Tourism team up with?"),
        ("no_diacritics", "so van hoa the thao du lich cung voi so nao huong dan bao chi, thong tin co so tang cuong "
                          "truyen thong cds cchc"),
    ],
    # ---- timing
    "timing-001": [
        TP("Kế hoạch truyền thông CCHC, CĐS 2025 của UBND tỉnh: các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia "
           "làm trong khoảng thời gian nào, và đơn vị nào chủ trì?", "Sở Khoa học và Công nghệ",
           entry=("C.I.3.a", "Đơn vị chủ trì: Sở Khoa học và Công nghệ.")),
        ("no_diacritics", "kh truyen thong 2025 cua tinh: huong ung ngay cds quoc gia roi vao quy nao"),
        ("english", "According to the provincial 2025 communication plan, in which quarter are the National Digital "
                    "Transformation Day activities held?"),
    ],
    "timing-005": [
        TP("Các hoạt động văn hóa, văn nghệ về chủ đề cải cách hành chính trong kế hoạch truyền thông 2025 của tỉnh "
           "diễn ra khi nào, và cơ quan nào chủ trì?", "Sở Văn hóa, Thể thao và Du lịch",
           add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; Chính quyền địa phương.",
           entry=("C.II.8", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; Chính quyền địa phương.")),
        ("informal", "cho mình hỏi mấy chương trình văn nghệ lồng chủ đề CCHC thì tổ chức vào thời điểm nào vậy?"),
        ("typo", "hoạt đông văn hóa văn nghệ có chủ đề cải cách hành chinh tổ chức bao giờ"),
    ],
    "timing-012": [
        TP("Trong kế hoạch 2025 của Văn phòng UBND tỉnh, việc tập huấn, hướng dẫn nghiệp vụ cải cách TTHC cho công "
           "chức, viên chức các sở, huyện, xã diễn ra khi nào, và đơn vị nào đứng ra chủ trì?",
           "Trung tâm Phục vụ - Kiểm soát TTHC tỉnh",
           add="Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.",
           entry=("III.6", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.")),
        ("initials", "KH 2025 VP UBND tỉnh: tập huấn nghiệp vụ cải cách TTHC cho CC, VC các sở, huyện, xã – thời gian "
                     "thực hiện?"),
        ("no_diacritics", "van phong ubnd tinh nam 2025 mo tap huan nghiep vu cai cach thu tuc hanh chinh cho cong chuc "
                          "so, huyen, xa vao luc nao"),
    ],
    "timing-013": [
        ("informal", "ad ơi chuyên trang về CĐS và NQ 57 trên Báo Quảng Ngãi triển khai vào thời điểm nào vậy ạ?"),
        ("initials", "Chuyên trang CĐS & NQ 57-NQ/TW trên Báo QN (KH truyền thông 2025 của UBND tỉnh): thời gian "
                     "thực hiện?"),
        ("typo", "báo quảng ngãi làm chuyên trang chuyển đổi số, nghị quyêt 57 vào khoảng lúc nào"),
    ],
    "timing-018": [
        ("no_diacritics", "kh tuyen truyen cchc, cds, dvc truc tuyen 2025 cua vp ubnd tinh soan vao thang may"),
        ("english", "In which month was the Provincial People's Committee Office's 2025 plan on administrative reform, "
                    "digital transformation and online public services drawn up?"),
        ("typo", "văn phòng ubnd tỉnh làm kế hoạch tuyên truyền cchc, cđs và dvc trực tuyến 2025 vào tháng mây"),
    ],
    # ---- frequency
    "freq-004": [
        TP("Chuyên mục về chuyển đổi số và Nghị quyết 57 phát trên kênh radio của Đài tỉnh có bao nhiêu số trong "
           "năm, và những cơ quan nào phối hợp thực hiện?", "Sở Khoa học và Công nghệ",
           add="Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan.",
           entry=("C.I.2.a", "Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan.")),
        ("english", "How many editions a year does the provincial station's radio programme on digital transformation "
                    "and Resolution 57 broadcast?"),
        ("typo", "chuyên mục cđs và nghị quyết 57 trên sóng radio đài tỉnh cả năm phát bao nhiu số"),
    ],
    "freq-010": [
        ("informal", "mn ơi chuyên mục CĐS trên truyền hình của Đài tỉnh mỗi tuần lên sóng mấy số vậy?"),
        ("initials", "Chuyên mục CĐS trên kênh truyền hình Đài PTTH tỉnh – tần suất bao nhiêu số/tuần?"),
        ("english", "How often each week does the provincial broadcaster's TV programme on digital transformation "
                    "air?"),
    ],
    "freq-011": [
        TP("Trên sóng phát thanh, Bản tin PAR INDEX ra với tần suất nào, mỗi số dài mấy phút, và cơ quan nào chủ trì "
           "sản xuất?", "Đài Phát thanh và Truyền hình tỉnh",
           add="Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.",
           entry=("C.II.12.c", "Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.")),
        ("informal", "ad ơi bản tin PAR INDEX trên radio một tuần mấy số, mỗi số dài bao lâu vậy?"),
        ("no_diacritics", "ban tin par index tren radio phat bao nhieu so, moi so keo dai may phut"),
    ],
    # ---- fact
    "fact-001": [
        ("no_diacritics", "so khcn ban hanh kh tuyen truyen cchc 2025 voi so van ban nao"),
        ("initials", "KH tuyên truyền CCHC 2025 của Sở KH&CN Quảng Ngãi: số, ký hiệu VB là gì?"),
        ("typo", "kế hoạch tuyên truyền cải cách hành chính 2025 bên sở khoa hoc công nghệ mang số mấy, ký hiệu gì"),
    ],
    "fact-005": [
        TP("Văn phòng UBND tỉnh xây dựng kế hoạch tuyên truyền CCHC năm 2023 để thực hiện văn bản nào của Chủ tịch "
           "UBND tỉnh, và cụ thể là các nhiệm vụ giao tại khoản, mục nào của văn bản đó?", "Khoản 2 Mục V",
           add="Kế hoạch thực hiện các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số 40/KH-UBND.",
           ev="Thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2023 của Chủ tịch UBND tỉnh về tuyên truyền cải cách hành "
              "chính năm 2023 trên địa bàn tỉnh Quảng Ngãi, Văn phòng UBND tỉnh xây dựng Kế hoạch tuyên truyền cải "
              "cách hành chính (CCHC) năm 2023 đối với các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số "
              "40/KH-UBND"),
        ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh căn cứ vào KH nào của CT UBND tỉnh (số, ngày)?"),
        ("english", "Which provincial document was the Office's 2023 administrative reform communication plan written "
                    "to implement?"),
    ],
    "fact-012": [
        TP("Năm 2023 Văn phòng UBND tỉnh tuyên truyền chỉ tiêu tỷ lệ dịch vụ công trực tuyến toàn trình trên Cổng "
           "Dịch vụ công quốc gia là bao nhiêu, và chỉ tiêu cho TTHC có nghĩa vụ tài chính được cung cấp thanh toán "
           "trực tuyến là bao nhiêu?", "60%"),
        ("no_diacritics", "bao cao 2023 cua van phong: muc tieu dvc truc tuyen toan trinh tren cong dich vu cong quoc "
                          "gia la may phan tram"),
        ("typo", "hồi 2023 văn phòng tuyên truyền mục tiêu dvc trực tuyến toàn trinh phải đạt bao nhiêu %"),
    ],
    "fact-020": [
        TP("Theo kế hoạch 281 của Sở KHCN, Thủ tướng phê duyệt Đề án tuyên truyền, nâng cao chất lượng cung cấp và "
           "sử dụng dịch vụ công trực tuyến đến năm 2025 tại quyết định số mấy, và quyết định đó ký ngày nào?",
           "17/12/2024"),
        ("informal", "cho em hỏi đề án về dịch vụ công trực tuyến tới 2025 được Thủ tướng duyệt ở quyết định số mấy "
                     "ạ?"),
        ("initials", "Đề án tuyên truyền, nâng cao chất lượng DVC trực tuyến đến 2025: TTg phê duyệt bằng QĐ nào?"),
    ],
    # ---- abbreviation
    "abbr-007": [
        TP("Trong kế hoạch 2025 của Văn phòng UBND tỉnh, chữ CĐS viết tắt cho cụm từ nào, và CCHC là viết tắt của "
           "gì?", "cải cách hành chính",
           add="CCHC là viết tắt của cải cách hành chính.",
           ev="công tác cải cách hành chính (CCHC) và chuyển đổi số (CĐS)"),
        ("english", "In the Provincial People's Committee Office's 2025 plan, what does the abbreviation CDS stand "
                    "for?"),
        ("no_diacritics", "vp ubnd tinh kh 2025 ghi cds, day la chu viet tat cho cum tu nao"),
    ],
    "abbr-009": [
        ("english", "What does the abbreviation CCHC mean?"),
        ("no_diacritics", "cchc la chu viet tat cua cum tu gi"),
        ("typo", "chữ cchc viêt tắt cho cụm từ nào"),
    ],
    # ---- list
    "list-001": [
        ("informal", "ad ơi KH 281 bên Sở KHCN có những câu khẩu hiệu tuyên truyền nào vậy?"),
        ("no_diacritics", "cac khau hieu tuyen truyen cchc ghi trong kh 281 so khcn"),
        ("english", "What slogans does plan 281 of the Department of Science and Technology put forward?"),
    ],
    "list-007": [
        ("initials", "Chuyên trang, chuyên mục tuyên truyền CCHC của tỉnh XD trên các kênh nào (KH truyền thông "
                     "2025)?"),
        ("typo", "tỉnh mở chuyên trang chuyên mục tuyên truyền cải cách hành chính ở nhưng kênh nào"),
        ("english", "On which channels does the province set up its administrative reform pages and programmes?"),
    ],
    "list-008": [
        ("informal", "mn ơi năm 2025 tỉnh mình có những sự kiện gì về chuyển đổi số theo KH truyền thông vậy?"),
        ("no_diacritics", "kh truyen thong cchc cds 2025 cua tinh to chuc nhung su kien, hoat dong cds nao"),
        ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: các sự kiện, HĐ về CĐS gồm những gì?"),
    ],
    # ---- cross_document
    "cross-004": [
        TP("Kết quả tuyên truyền CCHC tại Văn phòng UBND tỉnh: kế hoạch 2023 giao ai tổng hợp báo cáo, kế hoạch 2025 "
           "giao ai, và theo kế hoạch 2025 báo cáo đó được gửi về sở nào?", "Sở Nội vụ",
           add="Theo kế hoạch năm 2025, báo cáo được gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.",
           ev="Giao Phòng Hành chính - Quản trị chủ trì, theo dõi, tổng hợp, lồng ghép báo cáo kết quả triển khai thực "
              "hiện nhiệm vụ tuyên truyền CCHC vào báo cáo CCHC định kỳ hoặc đột xuất tại Văn phòng UBND tỉnh để gửi "
              "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh", ev_idx=1),
        ("informal", "cho mình hỏi ở VP UBND tỉnh, năm 2023 với năm 2025 ai tổng hợp báo cáo kết quả tuyên truyền "
                     "CCHC, có đổi đơn vị không ạ?"),
        ("typo", "bc kết quả tuyên truyền cchc của văn phòng ubnd tỉnh: 2023 với 2025 giao cho đơn vị tổng hơp khác "
                 "nhau ko"),
    ],
    "cross-006": [
        ("informal", "mn ơi KH tuyên truyền CCHC của VP UBND tỉnh năm 2023 với 2025 là Chánh VP nào ký vậy?"),
        ("english", "Which Chief of Office signed the Provincial People's Committee Office's administrative reform "
                    "communication plans for 2023 and for 2025?"),
        ("typo", "2 bản kh tuyên truyền cchc (2023, 2025) bên vp ubnd tỉnh do chánh vp nào ky tên"),
    ],
    "cross-003": [
        TP("Ai đứng ra làm Bản tin về CCHC hồi 2023, sang 2025 kế hoạch truyền thông của tỉnh giao cho ai, và năm "
           "2023 Văn phòng UBND tỉnh cử người nào tham gia Ban biên tập?",
           "lãnh đạo Trung tâm Phục vụ - Kiểm soát TTHC tỉnh",
           add="Năm 2023, Văn phòng cử lãnh đạo Trung tâm Phục vụ - Kiểm soát TTHC tỉnh tham gia Ban biên tập Bản tin."),
        ("initials", "Bản tin CCHC: 2023 CQ nào chủ trì (BC của VP UBND tỉnh), 2025 CQ nào chủ trì (KH truyền thông "
                     "của UBND tỉnh)?"),
        ("english", "Which agency led the administrative reform newsletter in 2023, and which one leads it under the "
                    "province's 2025 communication plan?"),
    ],
    # ---- no_diacritics
    "nodia-004": [
        ("informal", "cho em hỏi trong KH truyền thông CCHC, CĐS của tỉnh thì Sở Tư pháp được giao làm những gì vậy "
                     "ạ?"),
        ("initials", "Nhiệm vụ của Sở Tư pháp trong KH truyền thông CCHC & CĐS 2025 (UBND tỉnh)?"),
        ("english", "What is the Department of Justice responsible for under the province's communication plan on "
                    "administrative reform and digital transformation?"),
    ],
    "nodia-012": [
        TP("Video clip tuyên truyền nâng cao các chỉ số PCI, PAPI, PAR INDEX của tỉnh được đăng tải ở đâu, và cơ quan "
           "nào chủ trì đặt hàng sản xuất?", "Sở Văn hóa, Thể thao và Du lịch",
           add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
           entry=("C.II.7", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.")),
        ("informal", "ad ơi mấy clip về chỉ số PCI, PAPI, PAR INDEX của tỉnh thì đăng lên chỗ nào vậy?"),
        ("initials", "Clip nâng cao chỉ số PCI, PAPI, PAR INDEX (KH truyền thông 2025 UBND tỉnh) phát trên những kênh "
                     "nào?"),
    ],
    "nodia-013": [
        ("initials", "BC tuyên truyền CCHC 2023 của VP UBND tỉnh có nói đến việc công khai SĐT đường dây nóng không?"),
        ("english", "Does the Office's 2023 administrative reform report mention publishing a hotline phone number?"),
        ("typo", "trong báo cáo năm 2023 văn phòng ubnd tỉnh có ghi là đã công khai số điện thoại đường dây nóng "
                 "khong"),
    ],
    "nodia-018": [
        ("informal", "mn ơi KH 281 của Sở KHCN ký ngày nào vậy?"),
        ("initials", "KH 281/KH-SKHCN ban hành ngày, tháng, năm nào?"),
        ("typo", "kế hoạch số 281 sở khoa học công nghệ ra đời hôm nao"),
    ],
    # ---- english
    "en-007": [
        ("informal", "cho em hỏi dự thảo KH truyền thông CCHC và CĐS 2025 của UBND tỉnh ghi ai ký vậy ạ?"),
        ("no_diacritics", "du thao ke hoach truyen thong cchc va cds 2025 cua ubnd tinh do ai ky"),
        ("initials", "Người ký (dự thảo) KH truyền thông CCHC, CĐS 2025 của UBND tỉnh Quảng Ngãi là ai?"),
    ],
    "en-011": [
        TP("Ở Trung tâm Phục vụ - Kiểm soát TTHC tỉnh, người dân có tra cứu thủ tục hành chính bằng cách quét mã QR "
           "được không, và thủ tục còn được công khai qua phương tiện nào?", "màn hình điện tử",
           add="Procedures are also published on electronic screens (màn hình điện tử) at the centre."),
        ("no_diacritics", "o trung tam phuc vu kiem soat tthc tinh co quet ma qr de xem thu tuc duoc khong"),
        ("typo", "tra cứu thủ tục hành chính bằng quét mã qr ở trung tâm phục vụ tỉnh được khong"),
    ],
    "en-003": [
        TP("Về thanh toán trực tuyến, tháng 10/2023 Quảng Ngãi xếp thứ mấy cả nước, còn tháng 11/2023 xếp thứ mấy?",
           "thứ 01/63",
           add="In November 2023 it ranked thứ 01/63 (first of the 63 provinces and cities).",
           ev="Tháng 10/2023 đứng vị trí thứ 03, Tháng 11/2023 đứng vị trí thứ 01/63 tỉnh, thành phố trong cả nước"),
        ("initials", "Xếp hạng thanh toán trực tuyến toàn quốc của tỉnh tháng 10/2023 theo BC của VP UBND tỉnh là "
                     "thứ mấy?"),
        ("typo", "tháng 10/2023 quảng ngãi đứng thứ mây cả nước về thanh toán trực tuyến"),
    ],
    # ---- unanswerable
    "unans-005": [
        ("no_diacritics", "gio mo cua cua trung tam phuc vu hcc the nao, cuoi tuan t7 co lam khong"),
        ("english", "What are the opening hours of the public administration service centre, and is it open on "
                    "Saturdays?"),
        ("typo", "mấy giờ thì trung tâm hành chính công mở, thư 7 có làm ko"),
    ],
    "unans-014": [
        ("informal", "ad ơi cho em xin số điện thoại của Tỉnh đoàn Quảng Ngãi với ạ"),
        ("initials", "SĐT liên hệ của Tỉnh đoàn Quảng Ngãi là số nào?"),
        ("english", "What is the phone number of the Quảng Ngãi Provincial Youth Union?"),
    ],
    "unans-015": [
        ("informal", "cho mình hỏi viết tin bài đăng lên cổng TTĐT tỉnh thì được nhuận bút bao nhiêu vậy?"),
        ("no_diacritics", "viet bai gui cong ttdt tinh thi nhuan but tinh ra sao, bao nhieu 1 bai"),
        ("typo", "đăng 1 bài lên cổng ttđt của tỉnh thì đc nhuận bút mấy tiền"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- lead
    "np-lead-003": [
        TP("Kế hoạch CCHC 2025 của huyện Đồng Xuân: việc tiếp nhận, giải quyết hồ sơ TTHC không phụ thuộc địa giới "
           "hành chính do cơ quan nào chủ trì, và những đơn vị nào phối hợp?", "Bưu điện huyện",
           entry=("III.II.4", "Bưu điện huyện; UBND các xã, thị trấn")),
        ("informal", "cho em hỏi năm 2025 ở Đồng Xuân ai lo nhận hồ sơ TTHC không phụ thuộc địa giới hành chính vậy "
                     "ạ?"),
        ("english", "In Đồng Xuân's 2025 plan, who is in charge of accepting administrative procedure applications "
                    "regardless of administrative boundaries?"),
    ],
    "np-lead-007": [
        TP("Việc sao lưu dữ liệu các hệ thống thông tin dùng chung của ngành y tế Hà Tĩnh do ai chủ trì, và sao lưu "
           "với tần suất nào?", "Hằng tuần",
           entry=("II.18", "Hằng tuần")),
        ("initials", "Sao lưu DL các HT thông tin dùng chung ngành y tế (KH CĐS 2025 SYT Hà Tĩnh) – ĐV nào chủ trì?"),
        ("typo", "bên y tế hà tĩnh ai lo backup dữ liêu mấy hệ thống thông tin dùng chung"),
    ],
    # ---- coordinators
    "np-coord-004": [
        TP("Sở Y tế Hà Tĩnh liên thông giấy chứng sinh, giấy báo tử lên VNeID: Phòng Nghiệp vụ Y làm cùng những đơn "
           "vị nào, và hạn thực hiện là khi nào?", "Tháng 6/2025",
           entry=("II.6", "Tháng 6/2025")),
        ("english", "For linking birth and death certificates to VNeID, which bodies does the Hà Tĩnh health "
                    "department's Medical Affairs Division work with?"),
        ("initials", "Liên thông giấy chứng sinh, báo tử lên VNeID (KH CĐS 2025 SYT Hà Tĩnh): Phòng Nghiệp vụ Y phối "
                     "hợp với ĐV nào?"),
    ],
    # ---- timing
    "np-timing-007": [
        TP("Ninh Thuận tuyên truyền, hướng dẫn thanh toán phí, lệ phí TTHC trực tuyến vào thời gian nào, và những "
           "đơn vị nào phối hợp với cơ quan chủ trì?", "Ngân hàng Nhà nước chi nhánh tỉnh Ninh Thuận",
           add="Đơn vị phối hợp: Ngân hàng Nhà nước chi nhánh tỉnh Ninh Thuận; các ngân hàng thương mại.",
           entry=("Phụ lục I.9", "Ngân hàng Nhà nước chi nhánh tỉnh Ninh Thuận; các ngân hàng thương mại")),
        ("no_diacritics", "phu luc kh 1520 ninh thuan: huong dan nop phi, le phi tthc qua mang thuc hien luc nao"),
        ("initials", "Tuyên truyền, hướng dẫn TT trực tuyến phí, lệ phí TTHC (PL I, KH 1520/KH-UBND Ninh Thuận) – "
                     "thời gian?"),
    ],
    # ---- frequency
    "np-freq-004": [
        TP("Chuyên mục “Cải cách hành chính” trên truyền hình Ninh Thuận phát bao nhiêu kỳ mỗi tháng, thời lượng mỗi "
           "kỳ ra sao, và cơ quan nào phối hợp?", "Văn phòng UBND tỉnh",
           add="Cơ quan phối hợp: Sở Nội vụ; Văn phòng UBND tỉnh.",
           entry=("IV.1.b", "Cơ quan phối hợp: Sở Nội vụ; Văn phòng UBND tỉnh.")),
        ("no_diacritics", "ninh thuan: chuyen muc cai cach hanh chinh tren tivi moi thang len song may lan, moi lan dai "
                          "bao lau"),
        ("english", "How many times a month is Ninh Thuận's TV administrative reform programme aired, and how long is "
                    "each episode?"),
    ],
    # ---- fact
    "np-fact-005": [
        TP("Kế hoạch tuyên truyền CCHC 2024 của tỉnh Ninh Thuận được cấp tổng cộng bao nhiêu kinh phí, và tiền lấy "
           "từ nguồn nào?", "ngân sách tỉnh năm 2024",
           ev="Tổng kinh phí thực hiện Kế hoạch: 450.000.000 đồng (Bằng chữ: Bốn trăm năm mươi triệu đồng), từ nguồn "
              "ngân sách tỉnh năm 2024 bố trí cho Sở Nội vụ"),
        ("informal", "mn ơi KH tuyên truyền CCHC năm 2024 bên Ninh Thuận tốn tất cả bao nhiêu tiền vậy?"),
        ("typo", "ninh thuận bố trí bao nhiêu tiền cho kh tuyên truyền cải cách hành chinh 2024 tất cả"),
    ],
    # ---- unit_duties
    "np-duties-002": [
        TP("Trong kế hoạch CCHC 2025 của huyện Đồng Xuân, Phòng Văn hóa và Thông tin được giao chủ trì những việc "
           "gì, và chuyên mục CCHC trên đài huyện có sản phẩm là mấy kỳ mỗi tháng?", "02 kỳ/tháng",
           add="Sản phẩm của việc tuyên truyền CCHC (III.VII.1): Chuyên mục CCHC 02 kỳ/tháng.",
           entry=("III.VII.1", "Chuyên mục CCHC 02 kỳ/tháng")),
        ("no_diacritics", "phong vh-tt huyen dong xuan dung ra lam nhung viec gi trong kh cchc 2025"),
        ("typo", "kh cải cách hành chính 2025 của huyện giao phòng văn hóa thông tin cầm trịch những nhiệm vụ nào"),
    ],
    "np-duties-004": [
        ("initials", "KH CCHC 2025 H. Đồng Xuân: Phòng Nội vụ chủ trì những nhiệm vụ nào?"),
        ("typo", "phòng nội vụ đồng xuân được giao đứng ra làm nhưng việc gì theo kế hoạch cchc năm 2025"),
        ("english", "Which tasks does the Home Affairs Office lead in Đồng Xuân district's 2025 plan?"),
    ],
    "np-duties-008": [
        ("english", "Which communication activities does Ninh Thuận's Department of Home Affairs lead in 2024?"),
        ("informal", "mn ơi năm 2024 Sở Nội vụ Ninh Thuận đứng ra làm những hoạt động tuyên truyền nào vậy?"),
        ("no_diacritics", "so noi vu ninh thuan cam trich nhung nhiem vu tuyen truyen cchc nao trong kh 2024"),
    ],
    # ---- period
    "np-period-001": [
        ("informal", "mn ơi quý 2 năm 2025 huyện Đồng Xuân phải làm những nhiệm vụ CCHC nào vậy?"),
        ("english", "Which of Đồng Xuân district's 2025 tasks fall in the second quarter of 2025?"),
        ("no_diacritics", "huyen dong xuan co nhung nhiem vu cchc nao roi vao quy ii nam 2025"),
    ],
    "np-period-005": [
        ("no_diacritics", "quy iii nam 2024 huyen dong xuan phai lam nhung nhiem vu gi theo ke hoach cchc"),
        ("initials", "KH CCHC 2024 H. Đồng Xuân: các nhiệm vụ thực hiện trong quý III/2024?"),
        ("typo", "những viêc nào của đồng xuân năm 2024 rơi vào quý 3"),
    ],
    # ---- task_list
    "np-tasks-001": [
        ("informal", "ad ơi KH CCHC 2025 của huyện Đồng Xuân có tổng cộng mấy nhiệm vụ vậy?"),
        ("english", "How many tasks are listed in Đồng Xuân district's 2025 administrative reform plan?"),
        ("initials", "Tổng số nhiệm vụ cụ thể trong KH CCHC 2025 (28/KH-UBND) của H. Đồng Xuân?"),
    ],
    "np-tasks-005": [
        ("no_diacritics", "ke hoach tuyen truyen cchc 2024 cua ninh thuan dung nhung cach tuyen truyen nao"),
        ("typo", "ninh thuận năm 2024 tuyên truyền cải cách hành chính qua những hinh thức gì"),
        ("informal", "cho mình hỏi bên Ninh Thuận năm 2024 tuyên truyền CCHC bằng những kênh, cách nào vậy?"),
    ],
    # ---- comparison
    "np-cmp-008": [
        TP("Kiểm tra công vụ ở Đồng Xuân: năm 2025 Văn phòng HĐND và UBND huyện có còn là bên phối hợp như năm "
           "2024 không, và theo kế hoạch 2024 việc kiểm tra này làm mấy đợt một năm?", "02 đợt/năm",
           add="Theo kế hoạch năm 2024, kiểm tra công vụ tiến hành 02 đợt/năm.",
           entry=("III.4.b", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị và UBND các xã, "
                             "thị trấn (02 đợt/năm).")),
        ("typo", "đồng xuân: bên phối hợp kiểm tra công vụ năm 2025 còn có vp hđnd và ubnd huyện như hồi 2024 hay "
                 "thôi"),
        ("english", "Does the Đồng Xuân district People's Council and People's Committee Office still help with civil "
                    "service inspections in 2025, as it did in 2024?"),
    ],
    # ---- no_diacritics
    "np-nodia-002": [
        TP("Số hóa hồ sơ, kết quả giải quyết TTHC ở huyện Đồng Xuân năm 2025 phải hoàn thành khi nào, và cơ quan nào "
           "chủ trì?", "Văn phòng HĐND và UBND huyện",
           entry=("III.II.3", "Văn phòng HĐND và UBND huyện")),
        ("informal", "cho mình hỏi huyện Đồng Xuân đặt hạn số hóa hồ sơ TTHC năm 2025 là lúc nào vậy?"),
        ("initials", "Hạn hoàn thành số hóa HS, KQ giải quyết TTHC theo KH CCHC 2025 H. Đồng Xuân?"),
    ],
    # ---- english
    "np-en-004": [
        TP("Theo kế hoạch CCHC 2024 của huyện Đồng Xuân, các cơ quan chuyên môn và xã, thị trấn phải xây dựng xong "
           "kế hoạch CCHC năm 2024 của mình trước ngày nào, và ở cấp xã người nào chịu trách nhiệm việc này?",
           "Chủ tịch UBND các xã, thị trấn",
           add="Responsible: the heads of the district's specialised agencies (Thủ trưởng các cơ quan chuyên môn thuộc "
               "UBND huyện) and the Chủ tịch UBND các xã, thị trấn.",
           ev="Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã, thị trấn căn cứ Kế hoạch này "
              "xây dựng kế hoạch CCHC năm 2024 của cơ quan, đơn vị, địa phương mình, hoàn thành trước ngày "
              "31/01/2024"),
        ("informal", "cho em hỏi mấy phòng ban huyện với xã, thị trấn ở Đồng Xuân phải làm xong KH CCHC 2024 của mình "
                     "trước ngày nào ạ?"),
        ("no_diacritics", "han cuoi de co quan chuyen mon huyen va xa thi tran o dong xuan lap ke hoach cchc 2024 rieng "
                          "la ngay nao"),
    ],
    # ---- unanswerable
    "np-unans-001": [
        ("initials", "SĐT đường dây nóng của SYT Hà Tĩnh?"),
        ("typo", "số đường dây nóng sở y tê hà tĩnh là số nào"),
        ("no_diacritics", "so dt duong day nong cua so y te ha tinh"),
    ],
    "np-unans-005": [
        ("informal", "cho em hỏi Phó Chủ tịch UBND huyện Đồng Xuân lương được bao nhiêu vậy ạ?"),
        ("english", "How much is the Vice Chairman of the Đồng Xuân District People's Committee paid?"),
        ("initials", "Mức lương PCT UBND H. Đồng Xuân là bao nhiêu?"),
    ],
    "np-unans-006": [
        ("no_diacritics", "thang 7 nam 2024 thoi tiet o ninh thuan ra sao"),
        ("typo", "thời tiêt ninh thuận tháng 7/2024 ra sao"),
        ("english", "What was the weather like in Ninh Thuận in July 2024?"),
    ],
    "np-unans-010": [
        ("informal", "mn ơi Bệnh viện Đa khoa tỉnh Hà Tĩnh có mấy giường vậy?"),
        ("typo", "bv đa khoa tỉnh hà tĩnh quy mô đc mấy giường"),
        ("initials", "Số giường bệnh của BV Đa khoa tỉnh Hà Tĩnh?"),
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
