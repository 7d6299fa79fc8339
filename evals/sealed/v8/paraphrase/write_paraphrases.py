# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v8 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v7 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row or a second quote (field line) of the same section
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals
of v7; only lines used by the fewest earlier rounds (v3-v7: one each after v7), preferring the oldest rounds
(v3/v4 first, then v5; none of v6). validate.py checks all of this and lists the reused ones.

    cd /work/main && .venv/bin/python evals/sealed/v8/paraphrase/write_paraphrases.py
    cd /work/main && .venv/bin/python evals/sealed/v8/paraphrase/validate.py
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
    "lead-036": [
        TP("Ở VP UBND tỉnh, việc cập nhật, công bố kết quả đánh giá Bộ Chỉ số chỉ đạo, điều hành theo QĐ 766/QĐ-TTg "
           "giao cho đơn vị nào, và định kỳ bao lâu làm một lần?",
           "hằng tháng, quý, năm"),
        ("informal", "ad ơi cho em hỏi, bên Văn phòng UBND tỉnh thì ai lo việc công bố kết quả đánh giá Bộ Chỉ số chỉ "
                     "đạo, điều hành theo Quyết định 766 của Thủ tướng vậy ạ?"),
        ("english", "At the Provincial People's Committee Office, which unit updates and publishes the assessment "
                    "results of the steering and management index set under the Prime Minister's Decision 766/QD-TTg?"),
    ],
    "lead-044": [
        TP("Theo báo cáo tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh, đơn vị nào được chỉ đạo phối hợp với báo "
           "chí làm các chuyên mục CCHC, và đó là những cơ quan báo chí nào?",
           "VTV8",
           ev="Văn phòng thường xuyên chỉ đạo Trung tâm Phục vụ - Kiểm soát TTHC tỉnh tích cực phối hợp với các cơ "
              "quan thông tấn báo chí, như: VTV8, Đài Phát thanh và Truyền hình Quảng Ngãi, Báo Quảng Ngãi, Cổng "
              "Thông tin điện tử tỉnh"),
        ("no_diacritics", "nam 2023 van phong ubnd tinh giao don vi nao phoi hop voi bao chi lam chuyen muc cai cach "
                          "hanh chinh"),
        ("initials", "BC tuyên truyền CCHC 2023 của VPUB: ĐV nào được chỉ đạo phối hợp với các CQ báo chí thực hiện "
                     "chuyên mục CCHC?"),
    ],
    "lead-003": [
        TP("Chuyên trang Chuyển đổi số trên báo in và báo điện tử do ai chủ trì, và phối hợp với sở nào?",
           "Sở Khoa học và Công nghệ",
           add="Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan.",
           entry=("C.I.2.c", "Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan.")),
        ("typo", "chuyên trang chuyển đổi số trên báo in và báo điện tử thì đơn vị nào phụ trach"),
        ("initials", "Chuyên trang CĐS trên báo in, báo điện tử: CQ nào chủ trì thực hiện?"),
    ],
    "lead-031": [
        TP("Theo kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh, ai tổ chức kiểm tra, tập huấn nghiệp vụ cải "
           "cách TTHC cho công chức cấp huyện, cấp xã, và việc này làm vào thời gian nào?",
           "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           entry=("III.5", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("no_diacritics", "nam 2023 van phong ubnd tinh giao ai to chuc kiem tra, tap huan nghiep vu cai cach thu tuc "
                          "hanh chinh cho cong chuc cap huyen, cap xa"),
        ("english", "In the Provincial People's Committee Office's 2023 administrative reform communication plan, who "
                    "runs inspections and training on procedure reform for district and commune civil servants?"),
    ],
    "lead-034": [
        ("informal", "ad ơi kế hoạch 2025 của Văn phòng UBND tỉnh giao ai lo đăng tin, bài, hình ảnh về CCHC và CĐS "
                     "lên Cổng TTĐT tỉnh vậy?"),
        ("no_diacritics", "theo ke hoach 2025 cua van phong ubnd tinh, don vi nao dang tai tin bai hinh anh ve cchc va "
                          "cds tren cong thong tin dien tu tinh"),
        ("typo", "kế hoạch năm 2025 văn phòng ubnd tỉnh, ai phụ trách đăng tin bài hình ảnh về cải cách hành chính và "
                 "chuyển đổi sô trên cổng thông tin điện tử tỉnh"),
    ],
    "lead-038": [
        TP("Ở Sở KHCN, ai duy trì mục tuyên truyền CCHC trên trang thông tin điện tử của Sở, và phối hợp với những "
           "đơn vị nào?",
           "Các phòng, đơn vị thuộc Sở",
           entry=("IV.1", "Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở.")),
        ("english", "At the Department of Science and Technology, who keeps the administrative reform section of the "
                    "department's website running?"),
        ("no_diacritics", "o so khoa hoc va cong nghe ai phu trach duy tri muc tuyen truyen cai cach hanh chinh tren "
                          "trang thong tin dien tu cua so"),
    ],
    # ---- coordinators
    "coord-004": [
        TP("Việc hướng dẫn các đơn vị, địa phương, báo chí truyền thông về CCHC do Sở VHTTDL chủ trì thì phối hợp với "
           "ai, và làm trong thời gian nào?",
           "Quý I/2025",
           add="Thời gian thực hiện: Quý I/2025.",
           entry=("C.II.3", "Thời gian thực hiện: Quý I/2025.")),
        ("typo", "sở văn hoá thể thao và du lịch hướng dẫn truyền thông về cchc thì phôi hợp với những ai"),
        ("english", "When the Department of Culture, Sports and Tourism guides others on administrative reform "
                    "communication, who does it work with?"),
    ],
    "coord-007": [
        TP("Chuyên mục phát thanh về chuyển đổi số trên hệ thống truyền thanh cấp xã: phối hợp với sở nào, và mỗi "
           "tháng làm mấy chuyên mục?",
           "mỗi tháng 01 chuyên mục/chương trình",
           add="Tần suất: mỗi tháng 01 chuyên mục/chương trình.",
           entry=("C.I.2.g", "Tần suất: mỗi tháng 01 chuyên mục/chương trình.")),
        ("informal", "mn ơi xã mình làm chuyên mục chuyển đổi số trên đài truyền thanh xã thì phối hợp với sở nào vậy?"),
        ("no_diacritics", "chuyen muc chuyen doi so tren dai truyen thanh cap xa phoi hop voi so nao"),
    ],
    "coord-014": [
        ("informal", "cho em hỏi Sở VHTTDL phối hợp với các sở nào để chỉ đạo báo chí, thông tin cơ sở đẩy mạnh "
                     "truyền thông CĐS, CCHC ạ?"),
        ("no_diacritics", "so van hoa the thao va du lich phoi hop voi so nao de chi dao bao chi, thong tin co so truyen "
                          "thong chuyen doi so, cai cach hanh chinh"),
        ("initials", "Chỉ đạo, hướng dẫn báo chí, HT thông tin cơ sở đẩy mạnh truyền thông CĐS, CCHC: Sở VHTTDL phối "
                     "hợp với những sở nào?"),
    ],
    # ---- timing
    "timing-001": [
        ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: hoạt động hưởng ứng Ngày CĐS quốc gia tổ chức vào "
                     "quý nào?"),
        ("informal", "mn ơi hoạt động hưởng ứng Ngày CĐS quốc gia trong KH truyền thông của UBND tỉnh tổ chức quý nào "
                     "vậy?"),
        ("typo", "theo kế hoạch truyền thông của ubnd tỉnh thì hưởng ứng ngày chuyển đổi số quốc gia làm vào quý mây"),
    ],
    "timing-013": [
        TP("Chuyên trang chuyển đổi số, Nghị quyết 57 trên Báo Quảng Ngãi làm trong thời gian nào, và trên báo điện "
           "tử thì mỗi tháng mấy kỳ?",
           "02 kỳ/tháng",
           add="Tần suất trên báo điện tử là 02 kỳ/tháng.",
           entry=("C.I.2.c", "Tần suất: 01 kỳ/1 trang/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử).")),
        ("no_diacritics", "chuyen trang chuyen doi so va nghi quyet 57 tren bao quang ngai thuc hien khi nao"),
        ("informal", "cho mình hỏi chuyên trang về CĐS và Nghị quyết 57 trên Báo Quảng Ngãi triển khai trong khoảng "
                     "thời gian nào vậy?"),
    ],
    "timing-018": [
        ("informal", "ad ơi kế hoạch tuyên truyền CCHC, CĐS, DVC trực tuyến năm 2025 của Văn phòng UBND tỉnh ra tháng "
                     "mấy vậy?"),
        ("initials", "KH tuyên truyền CCHC, CĐS và nâng cao hiệu quả DVC trực tuyến 2025 của VPUB tỉnh lập vào tháng "
                     "nào?"),
        ("english", "Which month is the Provincial People's Committee Office's 2025 plan on communicating "
                    "administrative reform, digital transformation and online public services dated?"),
    ],
    "timing-005": [
        TP("Các hoạt động văn hóa, văn nghệ về chủ đề CCHC tổ chức vào lúc nào, và cơ quan nào chủ trì?",
           "Sở Văn hóa, Thể thao và Du lịch",
           add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; Chính quyền địa phương.",
           entry=("C.II.8", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; Chính quyền địa phương.")),
        ("typo", "hoạt động văn hoá văn nghệ có chủ đề cải cách hành chính tổ chức khi nao"),
        ("initials", "Tổ chức hoạt động văn hóa, văn nghệ chủ đề CCHC: thời gian thực hiện theo KH truyền thông 2025 "
                     "là khi nào?"),
    ],
    # ---- frequency
    "freq-004": [
        TP("Chuyên mục Chuyển đổi số và Nghị quyết 57 trên sóng phát thanh của Đài tỉnh một năm bao nhiêu số, và Đài "
           "phối hợp với sở nào?",
           "Sở Khoa học và Công nghệ",
           add="Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan.",
           entry=("C.I.2.a", "Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan.")),
        ("typo", "chuyên mục chuyển đổi số và nghị quyết 57 trên kênh phát thanh đài tỉnh mỗi năm bao nhiu số"),
        ("english", "How many editions a year does the provincial broadcaster's radio programme on digital "
                    "transformation and Resolution 57 run?"),
    ],
    "freq-010": [
        ("no_diacritics", "chuyen muc chuyen doi so tren kenh truyen hinh cua dai tinh phat may so 1 tuan"),
        ("initials", "Chuyên mục CĐS trên kênh truyền hình Đài PT-TH tỉnh: tần suất mấy số/tuần?"),
        ("informal", "cho em hỏi chuyên mục Chuyển đổi số trên truyền hình của Đài tỉnh mỗi tuần phát mấy số ạ?"),
    ],
    "freq-011": [
        TP("Bản tin PAR INDEX trên kênh phát thanh: mấy số, mỗi số bao lâu, và cơ quan nào chủ trì sản xuất?",
           "Đài Phát thanh và Truyền hình tỉnh",
           add="Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.",
           entry=("C.II.12.c", "Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.")),
        ("informal", "mn ơi bản tin PAR INDEX trên sóng radio phát bao nhiêu số, mỗi số mấy phút vậy?"),
        ("no_diacritics", "ban tin par index tren kenh phat thanh phat may so, thoi luong bao nhieu phut"),
    ],
    # ---- fact
    "fact-001": [
        ("informal", "cho hỏi kế hoạch tuyên truyền CCHC 2025 bên Sở Khoa học và Công nghệ số bao nhiêu vậy?"),
        ("english", "What is the reference number of the Department of Science and Technology's 2025 administrative "
                    "reform communication plan?"),
        ("typo", "kế hoạch tuyên truyền cải cách hành chính năm 2025 của sở khoa học và công nghệ số hiêu là gì"),
    ],
    "fact-005": [
        TP("KH tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh được xây dựng để thực hiện văn bản nào, và để làm "
           "các nhiệm vụ được giao tại khoản, mục nào của văn bản đó?",
           "Khoản 2 Mục V",
           add="Kế hoạch thực hiện các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số 40/KH-UBND.",
           ev="Thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2023 của Chủ tịch UBND tỉnh về tuyên truyền cải cách hành "
              "chính năm 2023 trên địa bàn tỉnh Quảng Ngãi, Văn phòng UBND tỉnh xây dựng Kế hoạch tuyên truyền cải "
              "cách hành chính (CCHC) năm 2023 đối với các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số "
              "40/KH-UBND"),
        ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh căn cứ vào KH nào để xây dựng?"),
        ("no_diacritics", "ke hoach tuyen truyen cchc 2023 cua van phong ubnd tinh thuc hien theo van ban nao"),
    ],
    "fact-012": [
        TP("Năm 2023 Văn phòng tuyên truyền chỉ tiêu tỷ lệ cung cấp DVC trực tuyến toàn trình là bao nhiêu, còn tỷ lệ "
           "TTHC có nghĩa vụ tài chính được cung cấp thanh toán trực tuyến là bao nhiêu?",
           "60%"),
        ("english", "What target share of end-to-end online public services did the Office promote in its 2023 "
                    "communication work?"),
        ("typo", "chỉ tiêu tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình mà văn phòng tuyên truyền năm 2023 là "
                 "bao nhieu"),
    ],
    # ---- abbreviation
    "abbr-007": [
        ("informal", "ad ơi trong kế hoạch 2025 của Văn phòng UBND tỉnh, chữ CĐS nghĩa là gì vậy?"),
        ("no_diacritics", "cds trong ke hoach nam 2025 cua van phong ubnd tinh viet tat cua chu gi"),
        ("english", "In the Provincial People's Committee Office's 2025 plan, what does the abbreviation CDS stand "
                    "for?"),
    ],
    "abbr-009": [
        ("english", "What does the abbreviation CCHC stand for?"),
        ("typo", "cchc là viết tắt của chữ gì vây"),
        ("no_diacritics", "cchc viet tat cua tu gi"),
    ],
    # ---- list
    "list-001": [
        ("initials", "KH 281 của Sở KHCN có những khẩu hiệu tuyên truyền CCHC nào?"),
        ("english", "What slogans does plan 281 of the Department of Science and Technology put forward?"),
        ("typo", "kế hoạch 281 sở khcn đưa ra những khẩu hiêu tuyên truyền gì"),
    ],
    "list-007": [
        ("informal", "mn cho hỏi chuyên trang, chuyên mục tuyên truyền CCHC của tỉnh làm trên những kênh nào vậy?"),
        ("no_diacritics", "chuyen trang, chuyen muc tuyen truyen cchc cua tinh xay dung tren nhung kenh nao"),
        ("typo", "tỉnh xây dựng chuyên trang chuyên mục tuyên truyền cchc trên nhưng kênh nào"),
    ],
    "list-005": [
        TP("BC 2023 của Văn phòng nêu những hạn chế gì trong tuyên truyền CCHC, và các kênh tương tác, hỗ trợ TTHC "
           "trên Cổng TTĐT tỉnh được đánh giá thế nào?",
           "hiệu quả chưa cao",
           entry=("II.2", "Các kênh tương tác, hỗ trợ, thông tin hướng dẫn TTHC, dịch vụ công trực tuyến trên Cổng "
                          "Thông tin điện tử tỉnh dù đã được triển khai nhưng hiện hiệu quả chưa cao.")),
        ("informal", "Cho mình hỏi báo cáo năm 2023 của Văn phòng UBND tỉnh thấy tuyên truyền CCHC còn những điểm yếu "
                     "nào vậy?"),
        ("english", "What shortcomings in administrative reform communication does the Office's 2023 report point "
                    "out?"),
    ],
    "list-008": [
        ("initials", "KH truyền thông CCHC, CĐS 2025 của tỉnh có những sự kiện, hoạt động CĐS nào?"),
        ("no_diacritics", "ke hoach truyen thong 2025 cua tinh co nhung su kien, hoat dong chuyen doi so nao"),
        ("typo", "kế hoạch truyền thông năm 2025 của tỉnh tổ chức những sự kiện hoạt động chuyển đổi sô nào"),
    ],
    # ---- cross_document
    "cross-006": [
        ("initials", "KH tuyên truyền CCHC của VP UBND tỉnh năm 2023 và năm 2025 do Chánh VP nào ký?"),
        ("english", "Who signed, as Chief of Office, the Provincial People's Committee Office's administrative reform "
                    "communication plans for 2023 and for 2025?"),
        ("no_diacritics", "chanh van phong ky ke hoach tuyen truyen cchc cua van phong ubnd tinh nam 2023 va 2025 la ai"),
    ],
    "cross-002": [
        TP("Hoạt động nhân Ngày Chuyển đổi số quốc gia 2025: KH 281 của Sở KHCN và KH truyền thông của UBND tỉnh ghi "
           "thời gian khác nhau thế nào, và trong KH 281 những đơn vị nào chủ trì?",
           "Phòng Bưu chính - Viễn thông và Công nghệ thông tin",
           entry=("IV.4", "Đơn vị chủ trì thực hiện: Văn phòng Sở, Phòng Bưu chính - Viễn thông và Công nghệ thông "
                          "tin, Trung tâm Chuyển đổi số và Đổi mới sáng tạo")),
        ("english", "For the 2025 National Digital Transformation Day activities, what timing do plan 281 of the "
                    "Department of Science and Technology and the province's communication plan each give?"),
        ("informal", "ad ơi dịp Ngày CĐS quốc gia 2025, kế hoạch 281 của Sở KHCN với kế hoạch truyền thông của UBND "
                     "tỉnh ghi làm vào quý mấy vậy?"),
    ],
    "cross-004": [
        ("no_diacritics", "o van phong ubnd tinh, don vi tong hop bao cao ket qua tuyen truyen cchc nam 2023 va nam 2025 "
                          "co khac nhau khong"),
        ("typo", "văn phòng ubnd tỉnh giao đơn vị nào tông hợp báo cáo kết quả tuyên truyền cchc năm 2023 và năm 2025, "
                 "có khác nhau ko"),
        ("initials", "VP UBND tỉnh: ĐV tổng hợp BC KQ tuyên truyền CCHC năm 2023 so với năm 2025 có thay đổi không?"),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "nodia-012": [
        TP("Video clip tuyên truyền nâng cao các chỉ số PCI, PAPI, PAR INDEX của tỉnh được đăng tải ở đâu, và cơ quan "
           "nào chủ trì đặt hàng sản xuất?",
           "Sở Văn hóa, Thể thao và Du lịch",
           add="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
           entry=("C.II.7", "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.")),
        ("english", "Where will the video clips promoting the province's PCI, PAPI and PAR INDEX scores be shown?"),
        ("informal", "cho mình hỏi mấy video clip nâng cao chỉ số PCI, PAPI, PAR INDEX của tỉnh thì đăng ở đâu vậy?"),
    ],
    "nodia-004": [
        TP("Trong KH truyền thông CCHC và CĐS, Sở Tư pháp được giao những việc gì, cụ thể tổ chức loại hội nghị nào?",
           "hội nghị tập huấn",
           ev="Tổ chức hội nghị tập huấn, tuyên truyền pháp luật về CCHC trong năm theo kế hoạch được giao; đồng thời, "
              "lồng ghép truyền thông CCHC thông qua công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh"),
        ("initials", "KH truyền thông CCHC, CĐS 2025: Sở Tư pháp có nhiệm vụ gì?"),
        ("informal", "cho em hỏi trong kế hoạch truyền thông CCHC với chuyển đổi số thì Sở Tư pháp phải làm gì ạ?"),
    ],
    "nodia-013": [
        ("informal", "mn cho hỏi báo cáo năm 2023 của Văn phòng có nói đã công khai số đường dây nóng không vậy?"),
        ("english", "Does the Office's 2023 report say whether it made a hotline number public?"),
        ("typo", "báo cáo 2023 của văn phòng có công khai số điện thoại đường dây nóng khong"),
    ],
    "nodia-018": [
        ("initials", "KH 281/KH-SKHCN ký ngày bao nhiêu?"),
        ("english", "On what date was plan 281 of the Department of Science and Technology issued?"),
        ("typo", "kế hoạch số 281 của sở khoa hoc và công nghệ ký ngày nào"),
    ],
    # ---- english originals (no english paraphrase)
    "en-002": [
        TP("KH 281: đào tạo về duy trì, cải tiến, đánh giá nội bộ HT quản lý chất lượng TCVN ISO 9001:2015 cho các cơ "
           "quan hành chính do đơn vị nào chủ trì, và làm vào thời gian nào?",
           "Quý I - II/2025",
           entry=("IV.5", "Thời gian thực hiện: Quý I - II/2025.")),
        ("initials", "KH 281/KH-SKHCN: đào tạo HT quản lý chất lượng theo TCVN ISO 9001:2015 cho CQ hành chính nhà "
                     "nước thì ĐV nào chủ trì?"),
        ("typo", "trong kế hoạch 281, đơn vị nào chủ trì đào tạo hệ thống quản lý chất lượng tcvn iso 9001:2015 cho "
                 "các cơ quan hành chinh nhà nước"),
    ],
    "en-007": [
        ("no_diacritics", "du thao ke hoach truyen thong cchc va chuyen doi so 2025 cua ubnd tinh do ai ky"),
        ("initials", "Dự thảo KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: ai đứng tên ký?"),
        ("typo", "ai ký dự thảo kế hoạch truyền thông cải cách hành chính và chuyển đổi sô năm 2025 của ubnd tỉnh"),
    ],
    "en-010": [
        TP("Chuyên mục Chuyển đổi số trên Cổng TTĐT tỉnh cập nhật bao nhiêu tin bài mỗi tháng, có cả tiếng Anh không, "
           "và đơn vị nào chủ trì?",
           "Trung tâm Công báo và Tin học",
           add="It is led by Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học).",
           entry=("C.I.2.đ", "Đơn vị chủ trì: Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học).")),
        ("no_diacritics", "chuyen muc chuyen doi so tren cong thong tin dien tu tinh cap nhat bao nhieu tin bai moi "
                          "thang, co tieng anh khong"),
        ("informal", "cho em hỏi chuyên mục CĐS trên Cổng thông tin điện tử tỉnh mỗi tháng đăng khoảng bao nhiêu tin "
                     "bài, có bản tiếng Anh không ạ?"),
    ],
    "en-011": [
        TP("Tại Trung tâm Phục vụ - Kiểm soát TTHC tỉnh có tra cứu TTHC bằng quét mã QR được không, và ngoài ra TTHC "
           "còn được công khai qua hình thức nào?",
           "màn hình điện tử",
           add="Procedures are also published on electronic screens (màn hình điện tử) at the centre."),
        ("typo", "ở trung tâm phục vụ kiểm soát tthc tỉnh có thể quét mã qr để tra cứu thủ tuc hành chính không"),
        ("initials", "Người dân có tra cứu TTHC bằng quét mã QR tại TT Phục vụ - Kiểm soát TTHC tỉnh được không?"),
    ],
    # ---- unanswerable (no two_part)
    "unans-005": [
        ("informal", "ad ơi Trung tâm Phục vụ hành chính công mở cửa mấy giờ, thứ 7 có làm không ạ?"),
        ("english", "What are the opening hours of the public administrative service centre, and is it open on "
                    "Saturdays?"),
        ("initials", "TT Phục vụ hành chính công làm việc từ mấy giờ, T7 có mở cửa không?"),
    ],
    "unans-014": [
        ("initials", "SĐT của Tỉnh đoàn Quảng Ngãi là bao nhiêu?"),
        ("english", "What is the phone number of the Quảng Ngãi provincial Youth Union?"),
        ("typo", "số điện thoai của tỉnh đoàn quảng ngãi là số nào"),
    ],
    "unans-009": [
        ("no_diacritics", "nam 2024 quang ngai dung thu may ve pci"),
        ("typo", "chỉ số pci năm 2024 quảng ngãi xếp hạng thứ mây cả nước"),
        ("informal", "mn cho hỏi PCI 2024 Quảng Ngãi xếp thứ bao nhiêu cả nước vậy?"),
    ],
    "unans-015": [
        ("initials", "Tin bài đăng trên Cổng TTĐT tỉnh được trả nhuận bút bao nhiêu một bài?"),
        ("english", "How much is paid in royalties for each article published on the provincial web portal?"),
        ("no_diacritics", "moi tin bai dang tren cong thong tin dien tu tinh duoc tra nhuan but bao nhieu"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- lead
    "np-lead-011": [
        TP("Ninh Thuận: đợt ra quân thanh niên tình nguyện hỗ trợ CĐS, dịch vụ công trực tuyến do đơn vị nào chủ trì, "
           "và tổ chức vào tháng nào?",
           "Tháng 7/2024",
           entry=("Phụ lục I.5", "Tháng 7/2024")),
        ("english", "In Ninh Thuận, which body leads the youth volunteer campaign helping people with online public "
                    "services?"),
        ("typo", "ở ninh thuận đợt ra quân thanh niên tình nguyện hỗ trợ dịch vụ công trực tuyến thì ai đưng ra tổ "
                 "chức"),
    ],
    "np-lead-002": [
        TP("Huyện Đồng Xuân: ai chủ trì duy trì và công khai số điện thoại đường dây nóng, và số đó là bao nhiêu?",
           "0257.3865.246",
           entry=("III.2.b", "qua số điện thoại 0257.3865.246")),
        ("no_diacritics", "o huyen dong xuan ai chu tri cong khai so dien thoai duong day nong"),
        ("informal", "cho em hỏi việc công khai số đường dây nóng ở huyện Đồng Xuân do cơ quan nào chủ trì ạ?"),
    ],
    "np-lead-003": [
        TP("Năm 2025, Đồng Xuân giao đơn vị nào tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính, và hạn là "
           "tháng mấy?",
           "Tháng 6/2025",
           entry=("III.II.4", "Tháng 6/2025")),
        ("initials", "KH CCHC 2025 H. Đồng Xuân: tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính thì CQ nào "
                     "chủ trì?"),
        ("english", "In 2025, who in Đồng Xuân district handles accepting administrative applications regardless of "
                    "administrative boundaries?"),
    ],
    # ---- coordinators
    "np-coord-003": [
        TP("Bệnh án điện tử ở trung tâm y tế tuyến huyện (Hà Tĩnh): những đơn vị nào phối hợp, và triển khai trong "
           "thời gian nào?",
           "Quý III - IV/2025",
           add="Thời gian thực hiện: Quý III - IV/2025.",
           entry=("II.3", "Quý III - IV/2025")),
        ("no_diacritics", "benh an dien tu o trung tam y te huyen ha tinh phoi hop voi nhung don vi nao"),
        ("initials", "SYT Hà Tĩnh: triển khai bệnh án điện tử tại TTYT tuyến huyện thì phối hợp với những ĐV nào?"),
    ],
    # ---- timing
    "np-timing-007": [
        TP("Ninh Thuận tuyên truyền, hướng dẫn thanh toán trực tuyến phí, lệ phí TTHC vào thời gian nào, và sở nào "
           "chủ trì?",
           "Sở Tài chính",
           entry=("Phụ lục I.9", "Sở Tài chính")),
        ("typo", "tuyên truyền thanh toán phí lệ phí trực tuyến ở ninh thuận thực hiện khi nảo"),
        ("no_diacritics", "ninh thuan huong dan thanh toan truc tuyen phi, le phi lam vao thoi gian nao"),
    ],
    # ---- frequency
    "np-freq-002": [
        TP("Sở Y tế Hà Tĩnh sao lưu dữ liệu các hệ thống thông tin dùng chung với tần suất nào, và phối hợp với đơn vị "
           "nào?",
           "VNPT Hà Tĩnh",
           entry=("II.18", "VNPT Hà Tĩnh")),
        ("informal", "ad ơi dữ liệu dùng chung của Sở Y tế Hà Tĩnh bao lâu thì sao lưu một lần vậy?"),
        ("initials", "SYT Hà Tĩnh: sao lưu dữ liệu HT thông tin dùng chung tần suất thế nào?"),
    ],
    # ---- fact
    "np-fact-001": [
        TP("KH CCHC năm 2025 của huyện Đồng Xuân có số hiệu gì, và ban hành ngày nào?",
           "16 tháng 01 năm 2025",
           entry=("header", "Đồng Xuân, ngày 16 tháng 01 năm 2025")),
        ("english", "What is the number of Đồng Xuân district's 2025 administrative reform plan?"),
        ("typo", "kế hoạch cải cách hành chính 2025 của huyện đồng xuân số hiêu là gì"),
    ],
    "np-fact-004": [
        ("informal", "cho hỏi năm 2023 Ninh Thuận giải quyết trực tuyến được bao nhiêu % hồ sơ TTHC vậy?"),
        ("no_diacritics", "nam 2023 ty le ho so tthc o ninh thuan duoc giai quyet truc tuyen la bao nhieu"),
        ("initials", "Tỷ lệ HS TTHC tiếp nhận, giải quyết trực tuyến của Ninh Thuận năm 2023 là bao nhiêu %?"),
    ],
    # ---- unit_duties
    "np-duties-004": [
        ("informal", "cho em hỏi năm 2025 huyện Đồng Xuân giao Phòng Nội vụ chủ trì những nhiệm vụ nào ạ?"),
        ("initials", "KH CCHC 2025 của UBND H. Đồng Xuân: Phòng Nội vụ chủ trì những việc gì?"),
        ("no_diacritics", "ke hoach cchc 2025 huyen dong xuan, phong noi vu chu tri nhung viec nao"),
    ],
    "np-duties-005": [
        ("no_diacritics", "van phong so y te ha tinh chu tri nhung viec gi trong ke hoach chuyen doi so 2025"),
        ("english", "Which tasks does the Hà Tĩnh Department of Health's 2025 digital transformation plan put its own "
                    "Office in charge of?"),
        ("typo", "trong kế hoạch chuyển đổi số 2025, văn phòng sở y tê hà tĩnh được giao chủ trì nhưng việc gì"),
    ],
    # ---- period
    "np-period-001": [
        ("initials", "KH CCHC 2025 H. Đồng Xuân: những nhiệm vụ nào phải làm trong quý II?"),
        ("english", "Which of Đồng Xuân district's tasks have to be done in the second quarter of 2025?"),
        ("typo", "huyện đồng xuân có những nhiệm vụ nao phải thực hiện trong quý II/2025"),
    ],
    "np-period-004": [
        ("informal", "mn ơi quý III năm 2024 Ninh Thuận có những hoạt động tuyên truyền CCHC nào vậy?"),
        ("initials", "KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận: những hoạt động nào làm trong quý III/2024?"),
        ("no_diacritics", "ninh thuan co hoat dong tuyen truyen cchc nao trong quy 3 nam 2024"),
    ],
    # ---- task_list
    "np-tasks-002": [
        ("english", "What specific tasks does the Hà Tĩnh Department of Health's 2025 digital transformation plan "
                    "assign?"),
        ("typo", "kế hoạch chuyển đổi số năm 2025 của sở y tế hà tĩnh giao nhưng nhiệm vụ cụ thể gì"),
        ("informal", "ad ơi kế hoạch CĐS của Sở Y tế Hà Tĩnh có những nhiệm vụ cụ thể nào vậy?"),
    ],
    # ---- comparison
    "np-cmp-002": [
        ("english", "For administrative reform communication on the Đồng Xuân district radio, how does the lead unit "
                    "in the 2025 plan differ from the 2024 one?"),
        ("typo", "tuyên truyền cchc trên đài truyền thanh huyện đồng xuân năm 2025 so với 2024 đơn vị chủ trì khác "
                 "nhau thê nào"),
        ("informal", "cho mình hỏi năm 2024 với năm 2025 ai chủ trì tuyên truyền CCHC trên đài truyền thanh huyện, có "
                     "đổi không vậy?"),
    ],
    "np-cmp-008": [
        TP("Kiểm tra công vụ ở Đồng Xuân: năm 2025 còn Văn phòng HĐND và UBND huyện phối hợp như năm 2024 không, và cơ "
           "quan nào chủ trì việc này?",
           "Phòng Nội vụ",
           entry=("III.4.b", "Cơ quan chủ trì: Phòng Nội vụ.")),
        ("typo", "kiểm tra công vụ năm 2025 thì văn phòng hđnd và ubnd huyện còn phôi hợp như năm 2024 không"),
        ("initials", "Kiểm tra công vụ: năm 2025 VP HĐND và UBND huyện có còn là CQ phối hợp như KH 2024 không?"),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "np-nodia-001": [
        TP("Sở Y tế Hà Tĩnh: kết nối liên thông cơ sở bán lẻ thuốc với cơ sở dữ liệu Dược quốc gia do ai chủ trì, và "
           "thời gian thực hiện là khi nào?",
           "Quý III/2025",
           entry=("II.13", "Quý III/2025")),
        ("informal", "cho mình hỏi ở Hà Tĩnh, việc kết nối các nhà thuốc bán lẻ với CSDL Dược quốc gia thì đơn vị nào "
                     "chủ trì vậy?"),
        ("english", "In Hà Tĩnh, who leads connecting retail pharmacies to the national pharmaceutical database?"),
    ],
    "np-nodia-006": [
        ("informal", "cho em hỏi năm 2024 huyện Đồng Xuân đi kiểm tra CCHC ở các xã thì ai chủ trì ạ?"),
        ("english", "In 2024, who led the administrative reform inspections of communes in Đồng Xuân district?"),
        ("typo", "năm 2024 huyện đồng xuân kiểm tra công tác cải cách hành chính ở các xã do ai chủ tri"),
    ],
    # ---- english original (no english paraphrase)
    "np-en-003": [
        TP("Chuyên trang Cải cách hành chính trên Báo Ninh Thuận phát hành mấy kỳ một tháng, và những cơ quan nào "
           "phối hợp?",
           "Sở Nội vụ",
           add="Coordinating bodies: Sở Nội vụ and the departments and agencies (các sở, ban, ngành).",
           entry=("IV.1.a", "Cơ quan phối hợp: Sở Nội vụ; các sở, ban, ngành.")),
        ("no_diacritics", "chuyen trang cai cach hanh chinh tren bao ninh thuan ra may ky mot thang"),
        ("initials", "Chuyên trang CCHC trên Báo Ninh Thuận: tần suất phát hành mấy kỳ/tháng?"),
    ],
    # ---- unanswerable (no two_part)
    "np-unans-002": [
        ("informal", "cho hỏi KH cải cách hành chính 2025 của huyện Đồng Xuân được cấp tổng bao nhiêu tiền vậy?"),
        ("no_diacritics", "tong kinh phi ke hoach cchc nam 2025 huyen dong xuan la bao nhieu tien"),
        ("english", "How much money in total is allocated to Đồng Xuân district's 2025 administrative reform plan?"),
    ],
    "np-unans-003": [
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: tổng KP là bao nhiêu đồng?"),
        ("typo", "tổng kinh phí kế hoạch chuyển đổi sô của sở y tế hà tĩnh là bao nhiêu tiền"),
        ("no_diacritics", "ke hoach chuyen doi so cua so y te ha tinh tong kinh phi bao nhieu dong"),
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
