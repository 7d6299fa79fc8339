# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v16 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v15 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row, a field line or phrase of the same section
  (none of these)   the extra string is already inside the original evidence

Originals (v16): no line whose 0-based index is divisible by 4 (working paraphrase set), none of v14 or v15.
After v15 every other line of both sets had been an original of three to five of the rounds v2-v15: no unused
line is left. The originals are therefore the least recently used lines: lines whose latest round is oldest
first, and among lines with the same latest round, those used by the fewest rounds first.
  * five plans: 74 eligible lines; 34 were last used by v12 (26 by three rounds, 8 by four), 40 by v13
    (27 by three rounds, 13 by four). All 34 v12 lines, then 6 of the 27 three-round v13 lines: three
    unanswerable lines (4 unanswerable originals of 40, as in v14 and v15), two cross_document lines (the
    v12 lines hold only one) and a coordinators line of the 2023 report (the report's only coordinators
    original).
  * new plans: 25 eligible lines; 5 were last used by v12, 20 by v13 (14 by four rounds, 6 by five). All 5
    v12 lines (two of them unanswerable), the 12 answerable four-round v13 lines, then 3 of the 6 five-round
    v13 lines: the only eligible lines of the kinds unit_duties (the Ninh Thuận line: the .md plan has the
    fewest originals otherwise), task_list and timing (the Đồng Xuân 2024 line). The two unanswerable
    four-round v13 lines are left out (declared in validate.py, BALANCE_LEFT_OUT): with them 4 of 20 new-plans
    originals would be unanswerable.
validate.py checks all of this and lists the reused ones.

    cd /work/v16/paraphrase && /work/main/.venv/bin/python write_paraphrases.py
    cd /work/v16/paraphrase && /work/main/.venv/bin/python validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # written outside the repository (e.g. /work/v16/paraphrase/, before being copied to evals/sealed/v16/paraphrase/)
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
        TP("Chuyên trang CĐS và NQ 57 (bản in lẫn bản điện tử) trong dự thảo KH truyền thông 2025 của tỉnh: đơn vị "
           "nào đảm nhận, và bản điện tử ra bao nhiêu kỳ mỗi tháng?", "02 kỳ/tháng",
           add="Tần suất: 01 kỳ/1 trang/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử).",
           entry=("C.I.2.c", "Tần suất: 01 kỳ/1 trang/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử).")),
        ("informal", "mn ơi trang chuyên đề về chuyển đổi số với Nghị quyết 57, cả báo giấy lẫn báo online, là cơ "
                     "quan nào làm vậy?"),
        ("english", "Who produces the digital transformation page in both the print and online newspaper under the "
                    "province's draft communication plan for 2025?"),
    ],
    "lead-031": [
        TP("Kế hoạch tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh giao đơn vị nào theo dõi, kiểm tra, hướng "
           "dẫn nghiệp vụ cải cách thủ tục hành chính cho công chức huyện, xã; việc này làm vào thời gian nào?",
           "Thường xuyên trong năm", add="Thời gian thực hiện: Thường xuyên trong năm.",
           entry=("III.5", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("initials", "VP UBND tỉnh, KH 2023: theo dõi, hướng dẫn nghiệp vụ cải cách TTHC cho CC cấp huyện/xã – ĐV "
                     "nào đầu mối?"),
        ("typo", "kế hoạch 2023 của văn phòng ubnd tỉnh, ai lo tập huấn nghiệp vụ cải cách thủ tục hành chín cho "
                 "công chức huyện xả"),
    ],
    "lead-034": [
        TP("Văn phòng UBND tỉnh năm 2025: việc viết và đưa tin bài, ảnh hoạt động về cải cách hành chính, chuyển "
           "đổi số lên Cổng thông tin điện tử tỉnh do đơn vị nào làm, những ai phối hợp?",
           "các phòng, ban, đơn vị",
           entry=("III.4", "Đơn vị phối hợp: Các phòng, ban, đơn vị.")),
        ("no_diacritics", "kh 2025 van phong ubnd tinh: dua tin anh su kien cchc cds len cong thong tin dien tu tinh "
                          "la don vi nao"),
        ("english", "In the Provincial People's Committee Office's 2025 plan, which unit posts news, articles and "
                    "photos on administrative reform and digital transformation to the provincial web portal?"),
    ],
    "lead-038": [
        TP("Theo KH 281 của Sở Khoa học và Công nghệ, mục tuyên truyền cải cách hành chính trên trang web của Sở do "
           "bộ phận nào giữ, và có những ai phối hợp?", "Các phòng, đơn vị thuộc Sở",
           entry=("IV.1", "Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở.")),
        ("informal", "cho em hỏi trên website của Sở KHCN có mục CCHC, bên nào duy trì với cập nhật mục đó ạ?"),
        ("no_diacritics", "ke hoach 281 so khcn: bo phan nao lo muc cchc tren trang tin dien tu cua so"),
    ],
    "lead-040": [
        TP("Kiểm tra việc xây dựng, áp dụng ISO 9001:2015 ở cơ quan hành chính nhà nước năm 2025 (KH 281 Sở KHCN): "
           "đơn vị nào thực hiện và vào quý mấy?", "Quý IV/2025",
           entry=("IV.6", "Thời gian thực hiện: Quý IV/2025.")),
        ("english", "Under the science department's plan 281, who inspects how state administrative agencies apply "
                    "their ISO 9001:2015 quality management systems in 2025?"),
        ("typo", "ai đi kiểm tra việc áp dụng iso 9001:2015 ở các cơ quan hành chín trong năm 2025 theo kế hoạch 281"),
    ],
    "lead-043": [
        TP("Theo báo cáo 2023 của Văn phòng UBND tỉnh, hội nghị tập huấn về kiểm soát thủ tục hành chính và một "
           "cửa, một cửa liên thông do ai đứng ra tổ chức, diễn ra ngày nào?", "22/6/2023",
           ev="Văn phòng đã chủ trì, tham mưu UBND tỉnh tổ chức Hội nghị tập huấn nghiệp vụ công tác cải cách TTHC, "
              "kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông trong năm 2023; hội nghị diễn ra vào "
              "ngày 22/6/2023"),
        ("informal", "mn cho hỏi năm 2023 cái hội nghị tập huấn nghiệp vụ kiểm soát TTHC, một cửa liên thông là bên "
                     "nào cầm trịch thế?"),
        ("no_diacritics", "hoi nghi tap huan cai cach thu tuc hanh chinh va mot cua lien thong nam 2023 ai dung ra "
                          "to chuc"),
    ],
    "lead-044": [
        TP("Báo cáo năm 2023 của Văn phòng: đơn vị nào được giao làm việc với các cơ quan báo chí để đưa tin, làm "
           "chuyên mục cải cách hành chính, và báo cáo kể tên những cơ quan báo chí nào?", "VTV8",
           ev="Văn phòng thường xuyên chỉ đạo Trung tâm Phục vụ - Kiểm soát TTHC tỉnh tích cực phối hợp với các cơ "
              "quan thông tấn báo chí, như: VTV8"),
        ("initials", "BC 2023 VP UBND tỉnh: ĐV nào làm đầu mối với cơ quan thông tấn, báo chí để đưa tin, làm chuyên "
                     "mục CCHC?"),
        ("english", "According to the Office's 2023 report, which unit did the Office direct to work with the press "
                    "on administrative reform programmes?"),
    ],
    # ---- coordinators
    "coord-007": [
        TP("Chương trình phát thanh về chuyển đổi số trên hệ thống truyền thanh cấp xã: sở nào phối hợp, và bao lâu "
           "phát một chuyên mục?", "mỗi tháng 01 chuyên mục/chương trình",
           add="Tần suất: mỗi tháng 01 chuyên mục/chương trình.",
           entry=("C.I.2.g", "Tần suất: mỗi tháng 01 chuyên mục/chương trình.")),
        ("informal", "ad ơi loa truyền thanh xã làm chương trình về chuyển đổi số thì sở nào hỗ trợ phối hợp vậy?"),
        ("typo", "chuyên mục phát thanh chuyễn đổi số trên truyền thanh cấp xả thì bắt tay với sở nào"),
    ],
    "coord-014": [
        ("informal", "mn ơi để hướng dẫn báo chí với hệ thống thông tin cơ sở tăng truyền thông CĐS, CCHC thì Sở Văn "
                     "hóa làm cùng những sở nào vậy?"),
        ("no_diacritics", "so vhttdl cung so nao chi dao bao chi va thong tin co so day manh truyen thong chuyen doi "
                          "so, cai cach hanh chinh"),
        ("english", "In the provincial draft plan, which departments does the Department of Culture, Sports and "
                    "Tourism team up with to steer the press and grassroots information system on digital "
                    "transformation and administrative reform communication?"),
    ],
    "coord-016": [
        ("no_diacritics", "boi duong ky nang lanh dao quan ly cho can bo duc pho nam 2023 van phong phoi hop voi "
                          "truong nao"),
        ("initials", "BC 2023 VP UBND tỉnh: bồi dưỡng kỹ năng lãnh đạo, QLNN về giải quyết TTHC cho CB TX Đức Phổ – "
                     "làm cùng trường nào?"),
        ("typo", "văn phòng ubnd tỉnh kết hợp vs trường nào để bồi dưởng lãnh đạo cho cán bộ thị xã đức phổ"),
    ],
    # ---- timing
    "timing-001": [
        ("informal", "cho mình hỏi truyền thông hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025 tỉnh lên lịch vào "
                     "lúc nào nhỉ?"),
        ("initials", "Ngày CĐS quốc gia – KH truyền thông CCHC, CĐS 2025 của UBND tỉnh bố trí TG thực hiện khi nào?"),
        ("english", "When does the provincial communication plan schedule its activities for National Digital "
                    "Transformation Day?"),
    ],
    "timing-005": [
        TP("Các hoạt động văn hóa, văn nghệ lồng ghép chủ đề cải cách hành chính: thời gian thực hiện là khi nào và "
           "cơ quan nào chủ trì?", "Sở Văn hóa, Thể thao và Du lịch",
           add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; Chính quyền địa phương.",
           entry=("C.II.8", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; Chính quyền địa phương.")),
        ("no_diacritics", "van nghe co chu de cai cach hanh chinh trong ke hoach truyen thong cua tinh thi khi nao "
                          "to chuc"),
        ("typo", "bao giờ thì tổ chức các hoạt đông văn hoá văn nghệ về cchc"),
    ],
    "timing-012": [
        TP("Văn phòng UBND tỉnh năm 2025 kiểm tra, hướng dẫn nghiệp vụ cải cách thủ tục hành chính cho công chức, "
           "viên chức sở, huyện, xã: thời gian thực hiện ra sao, đơn vị nào chủ trì?",
           "Trung tâm Phục vụ - Kiểm soát TTHC tỉnh",
           add="Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.",
           entry=("III.6", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.")),
        ("informal", "ad ơi năm 2025 Văn phòng UBND tỉnh tập huấn cải cách thủ tục hành chính cho cán bộ sở, huyện, "
                     "xã vào lúc nào ạ?"),
        ("english", "In the Office's 2025 plan, when does training on administrative procedure reform for staff of "
                    "departments, districts and communes take place?"),
    ],
    "timing-013": [
        ("informal", "mn ơi trang chuyên đề CĐS + NQ57 của báo tỉnh Quảng Ngãi làm đến bao giờ vậy?"),
        ("no_diacritics", "bao quang ngai lam chuyen trang cds va nghi quyet 57 vao nam nao"),
        ("initials", "Chuyên trang CĐS, NQ 57-NQ/TW trên Báo QN (báo in, báo điện tử): TG thực hiện?"),
    ],
    # ---- frequency
    "freq-004": [
        TP("Chuyên mục phát thanh về chuyển đổi số và Nghị quyết 57 của Đài PT-TH tỉnh: cả năm bao nhiêu số, sở "
           "nào phối hợp?", "Sở Khoa học và Công nghệ",
           add="Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan.",
           entry=("C.I.2.a", "Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan.")),
        ("no_diacritics", "chuyen muc phat thanh ve chuyen doi so, nghi quyet 57 cua dai tinh phat tong cong may so "
                          "trong nam"),
        ("typo", "đài phát thanh tỉnh làm chuyên mục chuyển đổi số nghị quyết 57 một năm đc bao nhiu số"),
    ],
    "freq-010": [
        ("informal", "cho em hỏi chuyên mục chuyển đổi số trên tivi của Đài tỉnh mỗi tuần lên sóng mấy số ạ?"),
        ("initials", "CM CĐS kênh truyền hình Đài PT-TH tỉnh (KH truyền thông 2025): tần suất/tuần?"),
        ("english", "How many editions per week does the provincial broadcaster's TV digital transformation "
                    "programme air?"),
    ],
    "freq-011": [
        TP("Bản tin PAR INDEX trên kênh phát thanh tỉnh: bao lâu một số, mỗi số dài mấy phút, và cơ quan nào chủ "
           "trì sản xuất?", "Đài Phát thanh và Truyền hình tỉnh",
           add="Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.",
           entry=("C.II.12.c", "Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.")),
        ("english", "On provincial radio, how often does the PAR INDEX news bulletin air and how long is each "
                    "edition?"),
        ("typo", "bản tin par index trên đài phát thanh phát bao nhiu số, mỗi số mấy phút"),
    ],
    # ---- fact
    "fact-001": [
        ("initials", "KH tuyên truyền CCHC 2025 của Sở KHCN mang số mấy?"),
        ("english", "Under what number was the science and technology department's administrative reform "
                    "communication plan for 2025 issued?"),
        ("typo", "kế hoạch tuyên truyền cải cách hành chính 2025 của sở khoa học công nghệ số bao nhiu"),
    ],
    "fact-005": [
        TP("Kế hoạch 2023 của Văn phòng UBND tỉnh về tuyên truyền cải cách hành chính được ban hành để triển khai "
           "văn bản nào, và Văn phòng thực hiện phần nhiệm vụ giao tại khoản, mục nào của văn bản đó?", "Khoản 2 Mục V",
           add="Kế hoạch thực hiện các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số 40/KH-UBND.",
           entry=("preamble", "đối với các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số 40/KH-UBND")),
        ("no_diacritics", "kh tuyen truyen cchc 2023 cua vp ubnd tinh duoc lap de trien khai van ban nao"),
        ("informal", "mn cho hỏi KH tuyên truyền CCHC 2023 bên Văn phòng UBND tỉnh là để thực hiện văn bản nào của "
                     "tỉnh vậy?"),
    ],
    "fact-012": [
        TP("Báo cáo 2023 của Văn phòng: tỷ lệ dịch vụ công trực tuyến toàn trình trên Cổng DVC quốc gia là bao "
           "nhiêu %, và với TTHC có nghĩa vụ tài chính thì tỷ lệ cung cấp thanh toán trực tuyến đặt mức nào?", "60%"),
        ("initials", "BC tuyên truyền CCHC 2023 VP UBND tỉnh: chỉ tiêu DVC trực tuyến toàn trình trên Cổng DVC QG "
                     "= ?%"),
        ("typo", "năm 2023 chỉ tiêu dịch vụ công trực tuyến toàn trình trên cổng quốc gia là bn phần trăm"),
    ],
    "fact-020": [
        TP("Trong KH 281 của Sở KHCN, đề án nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến được Thủ "
           "tướng duyệt bằng quyết định số mấy, ký ngày nào?", "17/12/2024"),
        ("no_diacritics", "de an tuyen truyen nang cao chat luong dich vu cong truc tuyen thu tuong phe duyet theo qd "
                          "so bao nhieu"),
        ("english", "Which Prime Minister's decision approved the project on promoting and improving online public "
                    "services, as cited in plan 281?"),
    ],
    # ---- abbreviation
    "abbr-007": [
        ("informal", "ad ơi trong KH 2025 bên Văn phòng UBND tỉnh hay ghi CĐS, chữ đó nghĩa là gì vậy?"),
        ("no_diacritics", "trong kh tuyen truyen cua vp ubnd tinh 2025, chu cds duoc hieu la gi"),
        ("typo", "văn phòng ubnd tỉnh dùng chữ cđs trong kh năm 2025, hiểu là chử gì"),
    ],
    "abbr-009": [
        ("no_diacritics", "cchc viet tat cua cum tu nao"),
        ("english", "In the Quảng Ngãi plans, what is CCHC short for?"),
        ("initials", "CCHC trong KH tuyên truyền 2023 của VP UBND tỉnh là chữ viết tắt của cụm nào?"),
    ],
    # ---- list
    "list-001": [
        ("no_diacritics", "cac khau hieu tuyen truyen cchc trong ke hoach 281 so khoa hoc cong nghe gom nhung cau "
                          "nao"),
        ("initials", "KH 281/KH-SKHCN: liệt kê các khẩu hiệu tuyên truyền CCHC 2025"),
        ("english", "What slogans does plan 281 of the Department of Science and Technology list for its "
                    "administrative reform campaign?"),
    ],
    "list-007": [
        ("initials", "KH truyền thông CCHC, CĐS 2025 (dự thảo UBND tỉnh): chuyên trang, CM tuyên truyền CCHC làm trên "
                     "các kênh nào?"),
        ("english", "On which channels will the province build its administrative reform pages and programmes in "
                    "2025?"),
        ("typo", "tuyên truyền cchc bằng chuyên trang, chuyên mục thì tỉnh làm trên nhửng kênh nào"),
    ],
    "list-008": [
        ("informal", "mn ơi năm 2025 tỉnh tổ chức những sự kiện, hoạt động gì về chuyển đổi số theo kế hoạch truyền "
                     "thông vậy?"),
        ("no_diacritics", "cac su kien chuyen doi so nam 2025 trong ke hoach truyen thong cchc cds cua ubnd tinh"),
        ("typo", "năm 2025 tỉnh định tổ chức những sự kiện gì để truyền thông chuyển đổi sô"),
    ],
    # ---- cross_document
    "cross-004": [
        ("informal", "cho em hỏi bên Văn phòng UBND tỉnh, năm 2023 với năm 2025 giao ai tổng hợp báo cáo kết quả "
                     "tuyên truyền CCHC, có đổi đơn vị không ạ?"),
        ("no_diacritics", "van phong ubnd tinh giao don vi nao theo doi tong hop bao cao tuyen truyen cchc: kh 2023 "
                          "va kh 2025"),
        ("initials", "VP UBND tỉnh – ĐV theo dõi, tổng hợp BC KQ tuyên truyền CCHC: KH 2023 so với KH 2025?"),
    ],
    "cross-012": [
        TP("Theo KH 2023, Trung tâm Phục vụ - Kiểm soát TTHC lo tập huấn nghiệp vụ cho huyện, xã; vậy báo cáo 2023 "
           "ghi đã tập huấn toàn diện ở huyện nào, và tập huấn thanh toán trực tuyến cho những huyện nào?",
           "Trà Bồng", ev_idx=1,
           ev="Tổ chức tập huấn toàn diện về công tác cải cách TTHC cho cán bộ, công chức cấp huyện, cấp xã trên "
              "địa bàn huyện Ba Tơ; bồi dưỡng, tập huấn nghiệp vụ chuyên môn, trao đổi kinh nghiệm về thanh toán "
              "trực tuyến qua Cổng Dịch vụ công quốc gia cho cán bộ, công chức các huyện Trà Bồng, Ba Tơ, Sơn Tịnh"),
        ("english", "The Office's 2023 plan gave the procedure service centre the job of training district and commune "
                    "officials. Where, according to the 2023 report, did the all-round training on procedure reform "
                    "take place?"),
        ("typo", "kh 2023 giao trung tâm phục vụ tập huấn cải cách tthc, cuối năm báo cáo nói tập huấn toàn diện ở "
                 "huyên nào"),
    ],
    "cross-014": [
        TP("Việc vận động công chức, viên chức thi tìm hiểu CCHC ở Văn phòng UBND tỉnh: đơn vị chủ trì năm 2023 là "
           "ai, và năm 2025 có thêm đơn vị phối hợp nào so với 2023?",
           "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh",
           entry=("III.7", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh.")),
        ("informal", "mn ơi vụ vận động CCVC dự thi tìm hiểu cải cách hành chính, kế hoạch 2025 so với 2023 thêm bên "
                     "phối hợp nào vậy?"),
        ("initials", "Vận động CCVC, NLĐ tham gia cuộc thi, hội thi tìm hiểu CCHC, CĐS: ĐV phối hợp KH 2025 khác KH "
                     "2023 ở đâu?"),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "nodia-004": [
        TP("Trong kế hoạch truyền thông CCHC, CĐS 2025 của tỉnh, Sở Tư pháp được giao tổ chức hội nghị gì, và lồng "
           "ghép truyền thông CCHC qua công tác nào?", "hội nghị tập huấn",
           ev="Tổ chức hội nghị tập huấn, tuyên truyền pháp luật về CCHC trong năm theo kế hoạch được giao; đồng "
              "thời, lồng ghép truyền thông CCHC thông qua công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh"),
        ("informal", "cho mình hỏi Sở Tư pháp được phân công làm gì trong kế hoạch truyền thông cải cách hành chính "
                     "và chuyển đổi số năm 2025 ạ?"),
        ("initials", "KH truyền thông CCHC & CĐS 2025 (UBND tỉnh): phần việc của Sở Tư pháp?"),
    ],
    "nodia-012": [
        TP("Video clip tuyên truyền nâng cao các chỉ số PCI, PAPI, PAR INDEX sẽ được đăng ở đâu, và cơ quan nào đặt "
           "hàng sản xuất?", "Sở Văn hóa, Thể thao và Du lịch",
           add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
           entry=("C.II.7", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.")),
        ("english", "Where are the videos about improving Quảng Ngãi's PCI, PAPI and PAR INDEX going to be "
                    "published?"),
        ("typo", "clip tuyên truyên nâng cao chỉ số pci papi par index được đăng lên đâu"),
    ],
    "nodia-013": [
        ("informal", "ad ơi trong báo cáo năm 2023, Văn phòng UBND tỉnh có nói đã công khai số hotline nhận phản ánh "
                     "TTHC không ạ?"),
        ("initials", "BC tuyên truyền CCHC 2023 VP UBND tỉnh có nêu việc công khai SĐT đường dây nóng tiếp nhận phản "
                     "ánh, kiến nghị không?"),
        ("english", "Does the Office's 2023 report say whether a hotline number for complaints about administrative "
                    "procedures was made public?"),
    ],
    "nodia-018": [
        ("informal", "cho em hỏi KH 281 của Sở Khoa học và Công nghệ ký ban hành ngày mấy ạ?"),
        ("initials", "KH số 281/KH-SKHCN đề ngày nào?"),
        ("typo", "kh 281 bên sở khcn đề ngày bao nhiu"),
    ],
    # ---- english originals (no english paraphrase)
    "en-003": [
        TP("Về thanh toán trực tuyến, Quảng Ngãi xếp thứ mấy cả nước vào tháng 10/2023, và sang tháng 11/2023 thì "
           "đứng vị trí nào?", "thứ 01/63",
           add="In November 2023 it stood at vị trí thứ 01/63.",
           ev="Tháng 10/2023 đứng vị trí thứ 03, Tháng 11/2023 đứng vị trí thứ 01/63 tỉnh, thành phố trong cả nước"),
        ("no_diacritics", "quang ngai xep hang may toan quoc ve thanh toan truc tuyen trong thang 10 nam 2023"),
        ("initials", "BC 2023 VP UBND tỉnh: thứ hạng thanh toán trực tuyến của tỉnh tháng 10/2023?"),
    ],
    "en-007": [
        ("no_diacritics", "nguoi ky du thao kh truyen thong cai cach hanh chinh, chuyen doi so quang ngai 2025 la ai"),
        ("initials", "KH truyền thông CCHC & CĐS năm 2025 (bản dự thảo) do ai ký ở phần chữ ký?"),
        ("typo", "ai kí dự thảo kế hoạch truyền thông cải cách hành chinh và chuyển đổi số 2025 của tỉnh"),
    ],
    "en-011": [
        ("informal", "cho mình hỏi ra Trung tâm Phục vụ - Kiểm soát TTHC tỉnh có tra cứu thủ tục bằng quét mã QR "
                     "được không ạ?"),
        ("no_diacritics", "tai trung tam phuc vu hanh chinh tinh co the quet ma qr de tra cuu thu tuc khong"),
        ("typo", "ở trung tâm phục vụ kiểm soát tthc tỉnh có quét mả qr tra thủ tục đc ko"),
    ],
    # ---- unanswerable
    "unans-001": [
        ("informal", "mn ơi kế hoạch truyền thông CCHC, chuyển đổi số 2025 của tỉnh được cấp tổng cộng bao nhiêu "
                     "tiền vậy?"),
        ("no_diacritics", "tong so tien kinh phi ke hoach truyen thong cai cach hanh chinh chuyen doi so 2025 tinh "
                          "quang ngai"),
        ("english", "What is the total budget, in dong, of Quảng Ngãi's 2025 communication plan on administrative "
                    "reform and digital transformation?"),
    ],
    "unans-002": [
        ("initials", "SĐT đường dây nóng TT Phục vụ - Kiểm soát TTHC tỉnh QN?"),
        ("english", "What is the hotline phone number of the provincial public administration service centre in "
                    "Quảng Ngãi?"),
        ("typo", "cho xin số hotline của trung tâm phục vụ kiểm soát thủ tục hành chính tinh"),
    ],
    "unans-007": [
        ("informal", "mn ơi tỉnh mình ra kế hoạch tuyên truyền CCHC năm 2027 chưa ạ, trong đó có gì?"),
        ("no_diacritics", "noi dung ke hoach tuyen truyen cchc quang ngai nam 2027"),
        ("typo", "nội dung tuyên truyền cải cách hành chín năm 2027 ở quảng ngãi là gì"),
    ],
    "unans-015": [
        ("initials", "Cổng TTĐT tỉnh trả nhuận bút cho 1 tin/bài bao nhiêu tiền?"),
        ("english", "How much does the provincial web portal pay authors per published article?"),
        ("typo", "viết bài đăng lên cổng thông tin điện tử tỉnh đc trả nhuận bút bao nhiu"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    "np-lead-003": [
        TP("Kế hoạch CCHC 2025 của Đồng Xuân: tiếp nhận, giải quyết hồ sơ TTHC không phụ thuộc địa giới hành chính "
           "trong tỉnh do cơ quan nào chủ trì, và những ai phối hợp?", "Bưu điện huyện",
           entry=("III.II.4", "Bưu điện huyện; UBND các xã, thị trấn")),
        ("informal", "cho em hỏi ở Đồng Xuân năm 2025, nhận hồ sơ thủ tục mà không cần đúng địa bàn cư trú thì cơ "
                     "quan nào lo ạ?"),
        ("english", "In Đồng Xuân district's 2025 plan, who leads accepting administrative dossiers regardless of "
                    "administrative boundaries within the province?"),
    ],
    "np-lead-007": [
        TP("KH chuyển đổi số 2025 Sở Y tế Hà Tĩnh: ai chủ trì sao lưu dữ liệu các hệ thống thông tin dùng chung, và "
           "làm với tần suất nào?", "Hằng tuần",
           entry=("II.18", "Hằng tuần")),
        ("no_diacritics", "kh cds 2025 so y te ha tinh: ai lo backup du lieu dung chung toan nganh"),
        ("typo", "việc backup dữ liệu các hệ thống dùng chung của sở y tế hà tỉnh ai phụ trách"),
    ],
    "np-lead-006": [
        TP("Bệnh án điện tử ở Trung tâm Y tế các huyện, thành phố, thị xã (KH 412 Sở Y tế Hà Tĩnh): ai chủ trì, "
           "doanh nghiệp viễn thông nào phối hợp?", "VNPT Hà Tĩnh",
           entry=("II.3", "VNPT Hà Tĩnh")),
        ("initials", "SYT Hà Tĩnh 2025: triển khai bệnh án điện tử tại TTYT các huyện – ĐV nào chủ trì?"),
        ("english", "Under the 2025 digital transformation plan of Hà Tĩnh's health department, which body leads "
                    "electronic medical records in the district-level health centres?"),
    ],
    "np-coord-006": [
        TP("Phóng sự chuyên đề về gương điển hình cải cách hành chính của Ninh Thuận năm 2024: Đài PT-TH phối hợp "
           "với những sở nào, làm vào quý mấy?", "Quý IV/2024",
           entry=("Phụ lục I.7", "Quý IV/2024")),
        ("informal", "mn ơi Ninh Thuận làm phóng sự về các điển hình CCHC thì đài tỉnh làm cùng những cơ quan nào "
                     "vậy?"),
        ("no_diacritics", "phong su chuyen de guong dien hinh cchc ninh thuan 2024 co quan phoi hop gom nhung ai"),
    ],
    "np-en-002": [
        TP("KH CCHC 2025 huyện Đồng Xuân: bảo đảm an toàn thông tin mạng cho các cơ quan nhà nước do phòng nào chủ "
           "trì, cơ quan nào phối hợp?", "Công an huyện",
           entry=("III.VI.3", "Công an huyện")),
        ("informal", "cho mình hỏi năm 2025 huyện Đồng Xuân giao phòng nào lo an toàn thông tin mạng ạ?"),
        ("typo", "an toàn thông tin mạng của cơ quan nhà nuớc ở đồng xuân năm 2025 thì phòng nào chủ trì"),
    ],
    "np-fact-006": [
        TP("Đường dây nóng tiếp nhận phản ánh TTHC trong kế hoạch CCHC 2024 của Đồng Xuân: số điện thoại là gì, cơ "
           "quan nào chủ trì duy trì?", "Văn phòng HĐND và UBND huyện",
           entry=("III.2.b", "Cơ quan chủ trì: Văn phòng HĐND và UBND huyện.")),
        ("initials", "SĐT đường dây nóng tiếp nhận phản ánh, kiến nghị về TTHC – H. Đồng Xuân (KH 35)?"),
        ("english", "What is the hotline number for complaints about administrative procedures in Đồng Xuân "
                    "district?"),
    ],
    "np-lead-008": [
        TP("Hội thi tìm hiểu cải cách hành chính Ninh Thuận 2024: cơ quan nào chủ trì và tổ chức vào quý nào?",
           "Quý III/2024",
           entry=("IV.3", "Thời gian thực hiện: Quý III/2024.")),
        ("no_diacritics", "hoi thi cchc 2024 o ninh thuan so nao dung ra to chuc"),
        ("typo", "cuộc hội thi tìm hiểu cải cách hành chánh của ninh thuận năm 2024 ai tổ chức"),
    ],
    "np-cmp-001": [
        TP("Đồng Xuân: rà soát, đề xuất đơn giản hóa TTHC năm 2024 do ai chủ trì và hạn đến khi nào; sang 2025 giao "
           "cho ai?", "Trước ngày 15/6/2024",
           add="Hạn hoàn thành năm 2024: Trước ngày 15/6/2024.",
           entry=("III.2.c", "Thời gian hoàn thành: Trước ngày 15/6/2024.")),
        ("initials", "Rà soát, đề xuất phương án đơn giản hóa TTHC ở H. Đồng Xuân: năm 2024 CQ nào chủ trì, năm 2025 "
                     "đổi sang CQ nào?"),
        ("english", "In Đồng Xuân district, who led the review and simplification of administrative procedures in "
                    "2024, and who leads it in 2025?"),
    ],
    "np-timing-003": [
        TP("Kế hoạch CCHC 2024 của huyện Đồng Xuân: việc sáp nhập, đặt tên thôn, khu phố không đủ tiêu chuẩn hoàn "
           "thành khi nào, phòng nào chủ trì?", "Phòng Nội vụ",
           entry=("III.3.b", "Cơ quan chủ trì: Phòng Nội vụ.")),
        ("informal", "ad ơi bên Đồng Xuân bao giờ thì sáp nhập mấy thôn, khu phố chưa đủ chuẩn vậy?"),
        ("no_diacritics", "dong xuan sap nhap dat ten thon khu pho khong du tieu chuan thoi han hoan thanh"),
    ],
    "np-tasks-003": [
        TP("Phụ lục I kèm theo kế hoạch tuyên truyền CCHC 2024 của tỉnh Ninh Thuận liệt kê bao nhiêu nhiệm vụ, và "
           "phụ lục đó kèm theo kế hoạch số mấy?", "1520/KH-UBND",
           entry=("Phụ lục I", "(Kèm theo Kế hoạch số 1520/KH-UBND ngày 25/01/2024 của UBND tỉnh Ninh Thuận)")),
        ("initials", "Phụ lục I – KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận: tổng số nhiệm vụ?"),
        ("typo", "danh mục nhiệm vụ tuyên truyền cchc ninh thuận 2024 ở phụ lục gồm bao nhiu việc"),
    ],
    "np-nodia-002": [
        ("informal", "cho em hỏi số hóa hồ sơ, kết quả giải quyết thủ tục ở Đồng Xuân năm 2025 phải xong lúc nào "
                     "ạ?"),
        ("initials", "KH CCHC 2025 H. Đồng Xuân: số hóa HS, KQ giải quyết TTHC – TG hoàn thành?"),
        ("english", "What is the deadline in Đồng Xuân's 2025 administrative reform plan for digitising procedure "
                    "files and their results?"),
    ],
    "np-nodia-004": [
        ("informal", "mn ơi đặt lịch khám online ở Bệnh viện Đa khoa tỉnh Hà Tĩnh bao giờ mới triển khai vậy?"),
        ("typo", "hà tĩnh: bv đa khoa tỉnh cho đặt lịch khám onlien từ khi nào"),
        ("english", "When will Hà Tĩnh provincial general hospital launch online appointment booking?"),
    ],
    "np-coord-002": [
        ("no_diacritics", "dong xuan 2025 so hoa ho so ket qua giai quyet tthc: co quan phoi hop la ai"),
        ("initials", "Số hóa HS, KQ giải quyết TTHC (KH 28/KH-UBND Đồng Xuân): CQ phối hợp?"),
        ("typo", "số hoá hồ sơ thủ tục hành chính ở đồng xuân 2025 có nhửng cơ quan nào phối hợp cùng"),
    ],
    "np-freq-001": [
        ("informal", "cho mình hỏi năm 2024 đài truyền thanh Đồng Xuân phát chuyên mục cải cách hành chính mỗi tháng "
                     "mấy lần vậy?"),
        ("no_diacritics", "dong xuan 2024: chuong trinh cai cach hanh chinh tren loa truyen thanh phat moi thang bao "
                          "nhieu lan"),
        ("english", "In 2024, how often per month was the administrative reform segment broadcast on Đồng Xuân's "
                    "district radio station?"),
    ],
    "np-lead-004": [
        ("no_diacritics", "dung tai khoan dinh danh dien tu vneid trong tiep nhan giai quyet tthc o dong xuan 2025 ai "
                          "chu tri"),
        ("initials", "VNeID trong tiếp nhận, giải quyết TTHC ở H. Đồng Xuân năm 2025: CQ nào đứng ra triển khai?"),
        ("typo", "vneid dùng khi làm thủ tục ở đồng xuân năm 2025 thì cơ quan nào chủ trì triễn khai"),
    ],
    "np-cmp-006": [
        ("informal", "ad ơi ở Đồng Xuân, năm 2024 với 2025 bên nào chủ trì hướng dẫn người dân làm dịch vụ công, "
                     "thanh toán online vậy, có đổi không?"),
        ("no_diacritics", "dong xuan: don vi dung ra huong dan dan lam dich vu cong, thanh toan online nam 2024 va "
                          "nam 2025 co khac nhau"),
        ("english", "In Đồng Xuân, which body led helping residents file applications and pay online in 2024, and "
                    "which one in 2025?"),
    ],
    "np-period-003": [
        ("informal", "mn cho hỏi trong quý 3 năm 2025 Sở Y tế Hà Tĩnh có những nhiệm vụ chuyển đổi số nào phải "
                     "làm?"),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: các nhiệm vụ rơi vào quý III/2025?"),
        ("typo", "những việc sở y tế hà tĩnh phải làm trong quý III năm 2025 là gi"),
    ],
    "np-duties-009": [
        ("no_diacritics", "so van hoa the thao va du lich ninh thuan chu tri nhung nhiem vu tuyen truyen cchc nao nam "
                          "2024"),
        ("english", "Which tasks does the Department of Culture, Sports and Tourism lead in Ninh Thuận's 2024 "
                    "administrative reform communication plan?"),
        ("typo", "kh tuyên truyền cchc ninh thuận 2024 giao sở văn hóa thể thao và du lịch đứng ra lo nhửng việc "
                 "nào"),
    ],
    "np-unans-005": [
        ("informal", "cho em hỏi phó chủ tịch huyện Đồng Xuân lương tháng bao nhiêu vậy ạ?"),
        ("no_diacritics", "muc luong pho chu tich ubnd huyen dong xuan"),
        ("initials", "Lương PCT UBND H. Đồng Xuân?"),
    ],
    "np-unans-010": [
        ("initials", "BV ĐK tỉnh Hà Tĩnh hiện có bao nhiêu giường bệnh (quy mô)?"),
        ("english", "What is the bed capacity of the provincial general hospital in Hà Tĩnh?"),
        ("typo", "bv đa khoa hà tĩnh có mấy giường bênh vậy, quy mô lớn k"),
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
