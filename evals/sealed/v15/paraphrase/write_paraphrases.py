# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v15 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v14 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row, a field line of the same section or the header's
                    number/date line
  (none of these)   the extra string is already inside the original evidence

Originals (v15): no line whose 0-based index is divisible by 4 (working paraphrase set). After v14 every
other line of both sets had been an original of three to five of the rounds v2-v14: no unused line is left.
The originals are therefore the least recently used lines: lines whose latest round is oldest first, and
among lines with the same latest round, those used by the fewest rounds first.
  * five plans: 154 eligible lines; 34 were last used by v11 (25 by three rounds, 9 by four), 40 by v12.
    All 34 v11 lines, then 6 of the 32 three-round v12 lines: two unanswerable lines (4 unanswerable
    originals, as in v14), two cross_document lines (report 2023 + provincial draft; Office 2023 + Office
    2025 plans), a timing line of the Office 2025 plan and a coordinators line of the provincial draft.
  * new plans: 65 eligible lines; 5 were last used by v11, 20 by v12 (10 by three rounds, 10 by four).
    All 5 v11 lines, all 10 three-round v12 lines, then 5 of the 10 four-round v12 lines: the only ones of
    the kinds coordinators, frequency, fact and english (otherwise uncovered), and the Đồng Xuân 2024
    period line (the .txt plan has the fewest originals otherwise). Left out: the sao-lưu lead line of the
    .pdf (its row is part of the chosen Văn phòng Sở duties line), the Đồng Xuân 2025 digitisation
    no_diacritics line (its row is part of the chosen quý II period line), the Đồng Xuân 2025 lead line on
    dossiers regardless of residence (same reason) and two unanswerable lines (6 unanswerable items, 10%).
validate.py checks all of this and lists the reused ones.

    cd /work/v15/paraphrase && /work/main/.venv/bin/python write_paraphrases.py
    cd /work/v15/paraphrase && /work/main/.venv/bin/python validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # written outside the repository (e.g. /work/v15/paraphrase/, before being copied to evals/sealed/v15/paraphrase/)
    ROOT = os.environ.get("ASSISTANT_REPO", "/work/main")
SRC = {"five": os.path.join(ROOT, "evals", "qa.jsonl"),
       "new": os.path.join(ROOT, "evals", "new_plans", "qa.jsonl")}
OUT = {"five": os.path.join(HERE, "five_plans.jsonl"), "new": os.path.join(HERE, "new_plans.jsonl")}
FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]


def TP(q, mi, add=None, ev=None, ev_idx=None, entry=None):
    return ("two_part", q, dict(mi=mi, add=add, ev=ev, ev_idx=ev_idx, entry=entry))


# ------------------------------------------------------------------ five plans: 40 originals
FIVE = {
    # ---- lead (provincial 2025 draft, Office 2023/2025 plans, plan 281, 2023 report)
    "lead-008": [
        ("informal", "mn ơi bên nào lo đăng tin bài chuyển đổi số lên trang Zalo với fanpage Facebook của tỉnh "
                     "vậy?"),
        ("no_diacritics", "ai phu trach dang tin bai cds tren zalo va facebook fanpage cua tinh quang ngai"),
        ("english", "Which body posts digital transformation news on the province's Zalo page and Facebook "
                    "fanpage?"),
    ],
    "lead-010": [
        ("initials", "KH truyền thông CCHC, CĐS 2025: nâng cao nhận thức về an toàn thông tin, an ninh mạng "
                     "trong CĐS – CQ nào chủ trì?"),
        ("typo", "tuyên truyền về an toàn thông tin với an ninh mạng khi chuyển đổi sô thì đơn vị nào cầm trịch"),
        ("no_diacritics", "tuyen truyen nang cao nhan thuc an toan thong tin, an ninh mang trong cds do co quan nao "
                          "phu trach"),
    ],
    "lead-014": [
        TP("Cuộc thi video clip về Đại hội Đảng các cấp kết hợp tuyên truyền cải cách hành chính: sở nào đứng ra "
           "tổ chức, và những ai phối hợp?", "Chính quyền địa phương",
           add="Phối hợp: các cơ quan, đơn vị liên quan và Chính quyền địa phương.",
           entry=("C.II.4", "Cơ quan phối hợp: Các cơ quan, đơn vị liên quan; Chính quyền địa phương.")),
        ("informal", "cho em hỏi cuộc thi làm clip tuyên truyền Đại hội Đảng lồng ghép CCHC là sở nào tổ chức "
                     "vậy ạ?"),
        ("no_diacritics", "thi video clip ve dai hoi dang cac cap gan voi cchc: co quan nao dung ra to chuc"),
    ],
    "lead-019": [
        ("initials", "Lớp tập huấn, bồi dưỡng về CCHC cho CCVC trong tỉnh (KH truyền thông 2025) – ĐV nào đứng ra "
                     "mở?"),
        ("typo", "theo kế hoạch truyền thông của tỉnh, mở lớp bồi dưỡng cải cách hành chinh cho cán bộ công chức "
                 "năm 2025 thì ai lo"),
        ("no_diacritics", "theo kh truyen thong cua ubnd tinh, ai dung ra mo lop boi duong ve cong tac cai cach "
                          "hanh chinh cho cong chuc vien chuc nam 2025"),
    ],
    "lead-022": [
        TP("Ở hệ thống thông tin cơ sở, ai trực tiếp làm ấn phẩm và tuyên truyền trực quan, cổ động về cải cách "
           "hành chính, và cơ quan nào chỉ đạo việc này?", "Chính quyền địa phương",
           entry=("C.II.13.b", "Cơ quan chỉ đạo: Chính quyền địa phương")),
        ("no_diacritics", "an pham va tranh co dong truc quan ve cchc o co so do don vi nao lam"),
        ("initials", "Ấn phẩm, tuyên truyền trực quan cổ động CCHC trên HT thông tin cơ sở: CQ nào thực hiện?"),
    ],
    "lead-032": [
        ("informal", "cho mình hỏi kế hoạch tuyên truyền năm 2023 của Văn phòng thì bên nào được giao theo dõi rồi "
                     "làm báo cáo kết quả vậy?"),
        ("initials", "VP UBND tỉnh năm 2023 phân công ĐV nào làm đầu mối nắm tình hình, tổng hợp BC về KH tuyên "
                     "truyền CCHC?"),
        ("typo", "ai chịu trách nhiệm tổng hơp kết quả thực hiện kế hoạch tuyên truyền cchc năm 2023 ở văn phòng"),
    ],
    "lead-035": [
        ("no_diacritics", "nam 2025 van phong ubnd tinh giao ai tuyen truyen viec nhan va xu ly phan anh kien nghi "
                          "cua dan ve quy dinh hanh chinh"),
        ("initials", "Phản ánh, kiến nghị về quy định hành chính – VP UBND tỉnh (KH 2025) giao ĐV nào đứng ra "
                     "tuyên truyền?"),
        ("english", "The Office's 2025 plan includes publicising how complaints and suggestions about "
                    "administrative rules are received and dealt with. Which unit is in charge of that?"),
    ],
    "lead-036": [
        TP("Ở Văn phòng UBND tỉnh, đơn vị nào được giao công bố kết quả đánh giá Bộ Chỉ số chỉ đạo, điều hành theo "
           "QĐ 766/QĐ-TTg, và bao lâu làm một lần?", "hằng tháng, quý, năm"),
        ("typo", "đơn vị nao ở vp ubnd tỉnh lo cập nhật điểm đánh giá chất lượng phục vụ theo bộ chỉ số 766 của "
                 "thủ tướng"),
        ("informal", "ad ơi bộ chỉ số chỉ đạo, điều hành theo QĐ 766 thì bên nào trong Văn phòng cập nhật kết quả "
                     "vậy?"),
    ],
    "lead-039": [
        TP("KH 281 của Sở KHCN: tuyên truyền CCHC qua bản tin, chuyên mục khoa học và công nghệ do đơn vị nào chủ "
           "trì, và thời gian thực hiện ra sao?", "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           entry=("IV.3", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("english", "Under plan 281, which unit of the Department of Science and Technology handles publicity "
                    "through newsletters and science and technology columns?"),
        ("no_diacritics", "so khcn ke hoach 281: ai lam ban tin va chuyen muc khoa hoc cong nghe de tuyen truyen "
                          "cchc"),
    ],
    "lead-042": [
        TP("Hội thi cải cách hành chính năm 2023 do sở nào tổ chức, và Văn phòng UBND tỉnh đăng khẩu hiệu của hội "
           "thi ở đâu?", "bảng điện tử",
           ev="Tích cực tuyên truyền Hội thi CCHC năm 2023 do Sở Thông tin và Truyền thông tổ chức; thực hiện đăng "
              "tải khẩu hiệu tuyên truyền Hội thi trên bảng điện tử trước trụ sở Trung tâm Phục vụ - Kiểm soát "
              "TTHC tỉnh"),
        ("initials", "Hội thi CCHC 2023 (BC 2023 của VP UBND tỉnh) – CQ nào tổ chức?"),
        ("typo", "hội thi cải cách hành chính năm 2023 là sở nào tổ chức vây"),
    ],
    # ---- coordinators
    "coord-004": [
        TP("Việc Sở Văn hóa, Thể thao và Du lịch hướng dẫn các đơn vị, địa phương truyền thông về CCHC có những ai "
           "phối hợp, và phải xong trong thời gian nào?", "Quý I/2025",
           add="Thời gian thực hiện: Quý I/2025.",
           entry=("C.II.3", "Thời gian thực hiện: Quý I/2025.")),
        ("english", "Which partners does the provincial culture, sports and tourism department team up with when "
                    "it instructs media and localities on administrative reform communication?"),
        ("informal", "mn ơi Sở VHTTDL đi hướng dẫn truyền thông CCHC thì làm cùng những bên nào vậy?"),
    ],
    "coord-006": [
        TP("Đưa nội dung tuyên truyền CCHC vào hội nghị, hội thảo chuyên đề, lớp bồi dưỡng của các sở, ngành, địa "
           "phương: sở nào tham gia phối hợp, và làm theo lịch nào?", "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           entry=("C.II.11", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("typo", "lồng tuyên truyền cchc vào hội nghi, hội thảo, lớp tập huấn của các sở thì sở nào đi cùng"),
        ("initials", "KH truyền thông 2025: lồng ghép CCHC trong hội nghị, hội thảo, lớp tập huấn của sở, ngành – "
                     "CQ phối hợp là sở nào?"),
    ],
    "coord-015": [
        ("informal", "cho em hỏi hồi 2023 Trung tâm Phục vụ - Kiểm soát TTHC làm chuyên mục CCHC cùng mấy cơ quan "
                     "báo, đài nào ạ?"),
        ("no_diacritics", "bao cao 2023: trung tam phuc vu kiem soat tthc bat tay voi nhung bao dai nao de lam "
                          "chuyen muc cchc"),
        ("english", "Which media outlets did the provincial administrative procedures service centre work with in "
                    "2023 to produce administrative reform segments?"),
    ],
    # ---- timing
    "timing-008": [
        TP("Mục tuyên truyền CCHC trên website của Sở KHCN: cập nhật theo lịch nào, và đơn vị nào chịu trách nhiệm "
           "chính?", "Ban Biên tập Trang thông tin điện tử của Sở",
           add="Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở.",
           entry=("IV.1", "Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở.")),
        ("informal", "ad ơi mục CCHC trên trang web Sở KHCN bao lâu thì cập nhật một lần vậy?"),
        ("initials", "KH 281 Sở KHCN: duy trì mục tuyên truyền CCHC trên trang TTĐT của Sở – TG thực hiện?"),
    ],
    "timing-014": [
        TP("Hội nghị tập huấn nghiệp vụ cải cách và kiểm soát TTHC năm 2023 tổ chức hôm nào, và thành phần tham dự "
           "gồm những ai?", "đầu mối kiểm soát TTHC",
           add="Tham dự là đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND cấp huyện.",
           ev="hội nghị diễn ra vào ngày 22/6/2023 với đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và "
              "UBND cấp huyện"),
        ("english", "A training conference on reforming and controlling administrative procedures was held in "
                    "2023. On what date exactly?"),
        ("no_diacritics", "hoi nghi tap huan cai cach va kiem soat tthc nam 2023 to chuc ngay may"),
    ],
    "timing-018": [
        ("typo", "kế hoạch tuyên truyền năm 2025 của văn phong ubnd tỉnh về cchc, cđs, dvc trực tuyến được ban "
                 "hành tháng mấy"),
        ("initials", "KH tuyên truyền CCHC, CĐS, DVC trực tuyến 2025 của VP UBND tỉnh đề ngày tháng mấy?"),
        ("informal", "cho mình hỏi kế hoạch năm 2025 của Văn phòng UBND tỉnh về tuyên truyền CCHC với dịch vụ công "
                     "trực tuyến đề tháng mấy vậy?"),
    ],
    # ---- frequency
    "freq-002": [
        TP("Chuyên mục Cải cách hành chính phát trên sóng phát thanh của tỉnh: một tháng mấy số, cả năm bao nhiêu "
           "số, và mỗi số dài bao lâu?", "15 phút/chuyên mục"),
        ("no_diacritics", "chuyen muc cai cach hanh chinh tren radio tinh moi thang phat bao nhieu so"),
        ("english", "On the provincial radio, how often is the administrative reform segment broadcast each month "
                    "and each year?"),
    ],
    "freq-008": [
        TP("Bản tin điện tử Chuyển đổi số phát hành trên nền tảng số: mỗi năm bao nhiêu số, và cơ quan nào thực "
           "hiện?", "Sở Khoa học và Công nghệ",
           entry=("C.I.4.a", "Đơn vị chủ trì: Sở Khoa học và Công nghệ.")),
        ("initials", "Bản tin điện tử về CĐS của tỉnh – tần suất phát hành mỗi năm (KH truyền thông 2025)?"),
        ("typo", "bản tin điện tư chuyển đổi số mỗi năm ra bao nhiêu số"),
    ],
    # ---- fact
    "fact-002": [
        ("informal", "mn cho hỏi KH 281 bên Sở KHCN dựa trên kế hoạch CCHC 2025 nào của chính Sở vậy?"),
        ("no_diacritics", "ke hoach tuyen truyen 281 cua so khoa hoc cong nghe duoc xay dung can cu vao ke hoach "
                          "cchc so bao nhieu cua so"),
        ("english", "Plan 281 names an earlier plan of the science department on its 2025 administrative reform "
                    "work as its basis. What is that plan's number?"),
    ],
    "fact-004": [
        TP("Báo cáo tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh do ai ký, người đó giữ chức vụ gì?",
           "Chánh Văn phòng"),
        ("typo", "ngừoi ký bc tuyên truyền cải cách hành chính 2023 bên văn phòng ubnd tỉnh tên gì"),
        ("english", "Whose name is on the signature block of the provincial Office's 2023 administrative reform "
                    "communication report?"),
    ],
    "fact-010": [
        TP("Theo báo cáo 2023 của Văn phòng, Trung tâm Phục vụ - Kiểm soát TTHC nhận được bao nhiêu hồ sơ online, "
           "chiếm bao nhiêu phần trăm, và thanh toán trực tuyến đạt khoảng bao nhiêu tiền?", "35 tỷ đồng",
           add="Thanh toán trực tuyến đạt khoảng 35 tỷ đồng.",
           ev="có khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm, đạt tỷ lệ bình "
              "quân khoảng 73%/tổng hồ sơ tiếp nhận mới và thanh toán trực tuyến đạt khoảng 35 tỷ đồng"),
        ("informal", "cho em hỏi năm 2023 Trung tâm nhận hồ sơ trực tuyến được khoảng bao nhiêu bộ, tỷ lệ bao nhiêu "
                     "vậy?"),
        ("initials", "BC 2023 VP UBND tỉnh: số HS trực tuyến Trung tâm tiếp nhận và tỷ lệ trên tổng HS mới?"),
    ],
    "fact-017": [
        ("no_diacritics", "quyet dinh 49/qd-bnv trong ke hoach truyen thong cchc cds 2025 cua tinh do ai ky, noi "
                          "dung la gi"),
        ("typo", "qđ 49/qđ-bnv được dự thảo kế hoạch truyền thông của tỉnh viện dẫn là của ai ban hành, về nôi dung "
                 "gì"),
        ("english", "The province's draft 2025 communication plan cites Decision 49/QD-BNV. Who issued it, and what "
                    "does it adopt?"),
    ],
    "fact-018": [
        ("initials", "KH 336-KH/TU của Tỉnh ủy Quảng Ngãi: ngày ban hành, triển khai NQ nào?"),
        ("informal", "ad ơi Kế hoạch 336 của Tỉnh ủy Quảng Ngãi ra ngày nào, để làm theo nghị quyết nào vậy?"),
        ("no_diacritics", "ke hoach 336-kh/tu tinh uy quang ngai ngay bao nhieu, thuc hien nghi quyet so may"),
    ],
    "fact-025": [
        TP("NQ 74/NQ-CP mà kế hoạch tuyên truyền 2025 của Văn phòng UBND tỉnh dẫn ra có nội dung gì, và được Chính "
           "phủ ban hành ngày nào?", "07/4/2025"),
        ("english", "What is Government Resolution 74/NQ-CP, mentioned in the Office's 2025 plan, about?"),
        ("typo", "nghị quyết 74/nq-cp mà văn phòng ubnd tỉnh nêu trong kế hoạch năm 2025 nói vê chuyện gì"),
    ],
    # ---- abbreviation
    "abbr-003": [
        TP("Trong kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh, PAPI và DDCI là viết tắt của những chỉ "
           "số nào?", "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương",
           add="DDCI là Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương.",
           entry=("II.2", "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI)")),
        ("no_diacritics", "papi la chi so gi, ten day du goi the nao"),
        ("typo", "chỉ sô papi viết tắt của cụm từ gì"),
    ],
    "abbr-005": [
        TP("Kế hoạch 2025 của Văn phòng UBND tỉnh nhắc DTI và SIPAS, hai chỉ số này tên đầy đủ là gì?",
           "Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước",
           add="SIPAS là Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà "
               "nước.",
           entry=("II.2", "Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà "
                          "nước (SIPAS)")),
        ("english", "What index does the abbreviation DTI refer to?"),
        ("informal", "mn ơi chỉ số DTI trong kế hoạch của Văn phòng là chỉ số gì vậy?"),
    ],
    # ---- list
    "list-005": [
        ("informal", "cho mình hỏi năm 2023 công tác tuyên truyền CCHC ở Văn phòng còn vướng những hạn chế nào "
                     "vậy?"),
        ("initials", "BC 2023 VP UBND tỉnh nêu hạn chế gì của công tác tuyên truyền CCHC?"),
        ("english", "According to the Office's 2023 report, where did administrative reform communication still "
                    "fall short?"),
    ],
    "list-012": [
        ("no_diacritics", "2023 van phong ubnd tinh tham muu cho tinh ra nhung ke hoach nao ve tuyen truyen cchc"),
        ("typo", "những kế hoạch của tỉnh về tuyên truyền cải cách hành chinh mà văn phòng tham mưu trong năm "
                 "2023 là kế hoạch nào"),
        ("english", "Which provincial plans related to administrative reform communication did the Office help "
                    "draft in 2023?"),
    ],
    # ---- cross_document
    "cross-003": [
        TP("Năm 2023 bản tin Cải cách hành chính tỉnh do sở nào chủ trì, Văn phòng cử ai vào ban biên tập, và sang "
           "kế hoạch truyền thông 2025 thì sở nào chủ trì bản tin số?",
           "lãnh đạo Trung tâm Phục vụ - Kiểm soát TTHC tỉnh",
           add="Năm 2023, Văn phòng cử lãnh đạo Trung tâm Phục vụ - Kiểm soát TTHC tỉnh tham gia Ban biên tập Bản "
               "tin."),
        ("initials", "Bản tin CCHC: ĐV chủ trì năm 2023 (BC của VP UBND tỉnh) và năm 2025 (KH truyền thông của UBND "
                     "tỉnh)?"),
        ("no_diacritics", "ban tin cai cach hanh chinh 2023 va 2025 moi nam so nao chu tri"),
    ],
    "cross-006": [
        TP("Kế hoạch tuyên truyền CCHC năm 2023 và năm 2025 của Văn phòng UBND tỉnh do ai ký, và bản 2023 đề tháng "
           "mấy?", "tháng 3 năm 2023",
           add="Kế hoạch năm 2023 đề ngày tháng 3 năm 2023.",
           entry=("header", "Quảng Ngãi, ngày tháng 3 năm 2023")),
        ("typo", "hai bản kh tuyên truyền cchc 2023, 2025 bên vp ubnd tỉnh do những ngừoi nào kí"),
        ("informal", "ad ơi lãnh đạo nào ký hai kế hoạch tuyên truyền cải cách hành chính của VP UBND tỉnh (bản "
                     "2023 với bản 2025) vậy?"),
    ],
    "cross-008": [
        ("initials", "Nguồn KP cho tuyên truyền CCHC năm 2025 ghi thế nào ở KH 281 (Sở KHCN) so với dự thảo KH "
                     "truyền thông của tỉnh?"),
        ("english", "Where does the 2025 funding for administrative reform communication come from, according to "
                    "plan 281 and to the province's communication plan?"),
        ("no_diacritics", "nguon kinh phi tuyen truyen cchc 2025 trong kh 281 so khcn va kh truyen thong ubnd tinh "
                          "khac nhau ra sao"),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "nodia-006": [
        ("informal", "cho em hỏi Báo Quảng Ngãi với Đài PT-TH tỉnh có được giao làm mục phản hồi ý kiến của dân về "
                     "CCHC không ạ?"),
        ("english", "Are Quảng Ngãi Newspaper and the provincial radio and TV station required to set up a section "
                    "for public feedback on administrative reform?"),
        ("typo", "báo quảng ngãi và đài phát thanh truyền hinh tỉnh có phải xây dựng mục phản hồi ý kiến người dân "
                 "ko"),
    ],
    "nodia-010": [
        ("initials", "Truyền thông CĐS trong giáo dục và đào tạo (KH truyền thông 2025) gồm những nội dung nào?"),
        ("typo", "truyền thông chuyển đổi sô trong ngành giáo dục đào tạo có nhưng nội dung nào"),
        ("english", "What topics does the province's digital transformation communication cover for education and "
                    "training?"),
    ],
    "nodia-016": [
        ("informal", "ad ơi bản báo cáo về tuyên truyền CCHC năm 2023 mà Văn phòng làm xong thì gửi cho cơ quan "
                     "nào theo dõi vậy?"),
        ("initials", "VP UBND tỉnh nộp BC kết quả tuyên truyền CCHC 2023 cho CQ nào tổng hợp?"),
        ("typo", "báo cáo tuyên truyền cải cách hành chính 2023 của văn phòng ubnd tỉnh gửi về sở nao"),
    ],
    # ---- english originals (no english paraphrase)
    "en-002": [
        TP("KH 281 của Sở KHCN: đào tạo về hệ thống quản lý chất lượng TCVN ISO 9001:2015 cho các cơ quan hành "
           "chính do phòng nào chủ trì, và làm trong khoảng thời gian nào?", "Quý I - II/2025",
           entry=("IV.5", "Thời gian thực hiện: Quý I - II/2025.")),
        ("no_diacritics", "kh 281: dao tao iso 9001:2015 cho co quan hanh chinh nha nuoc do phong nao chu tri"),
        ("informal", "cho em hỏi lớp đào tạo ISO 9001:2015 cho cơ quan nhà nước theo KH 281 là phòng nào phụ trách "
                     "ạ?"),
    ],
    "en-010": [
        TP("Chuyên mục Chuyển đổi số trên Cổng thông tin điện tử tỉnh: mỗi tháng đăng bao nhiêu tin bài, có bản "
           "tiếng Anh không, và đơn vị nào thực hiện?", "Trung tâm Công báo và Tin học",
           add="It is run by Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học).",
           entry=("C.I.2.đ", "Đơn vị chủ trì: Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học).")),
        ("typo", "chuyên mục chuyển đổi số trên cổng ttđt tỉnh mỗi tháng cập nhật mấy tin bài, có tiêng anh "
                 "không"),
        ("initials", "Chuyên mục CĐS trên Cổng TTĐT tỉnh: tần suất đăng tin, bài và có nội dung tiếng Anh không?"),
    ],
    # ---- unanswerable
    "unans-005": [
        ("informal", "mn ơi Trung tâm Phục vụ hành chính công mở cửa từ mấy giờ tới mấy giờ, thứ 7 có làm không "
                     "vậy?"),
        ("no_diacritics", "khung gio tiep dan o trung tam phuc vu hcc tinh, sang t7 co ai truc khong"),
        ("english", "When can I visit the provincial one-stop public service centre during the week, and does it "
                    "open at weekends?"),
    ],
    "unans-009": [
        ("typo", "chỉ số pci năm 2024 của quảng ngãi đứng hạng mây toàn quốc"),
        ("initials", "KQ chỉ số PCI 2024 công bố thì tỉnh QN xếp ở vị trí nào?"),
        ("english", "What was Quảng Ngãi's national PCI ranking in 2024?"),
    ],
    "unans-010": [
        ("no_diacritics", "dia chi tru so trung tam phuc vu kiem soat tthc quang ngai o dau"),
        ("informal", "cho mình hỏi Trung tâm Phục vụ - Kiểm soát TTHC tỉnh ở số mấy đường nào vậy?"),
        ("typo", "trung tâm phục vụ kiểm soát thủ tục hành chính tỉnh đặt trụ sơ ở đâu"),
    ],
    "unans-014": [
        ("initials", "SĐT liên hệ của Tỉnh đoàn Quảng Ngãi?"),
        ("english", "Could you give me a contact number for the Youth Union office in Quảng Ngãi province?"),
        ("informal", "mn ơi muốn gọi lên Tỉnh đoàn Quảng Ngãi thì bấm số nào vậy?"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- lead
    "np-lead-002": [
        TP("Ở huyện Đồng Xuân, ai lo việc công khai số đường dây nóng tiếp nhận phản ánh, và số đó là bao nhiêu?",
           "0257.3865.246",
           entry=("III.2.b", "việc giải quyết TTHC qua số điện thoại 0257.3865.246")),
        ("informal", "mn ơi huyện Đồng Xuân niêm yết số đường dây nóng thì bên nào phụ trách vậy?"),
        ("english", "Which Đồng Xuân body must post the hotline phone number publicly at the one-stop desk and "
                    "commune offices?"),
    ],
    "np-lead-011": [
        TP("Chiến dịch ra quân Thanh niên tình nguyện hỗ trợ chuyển đổi số, dịch vụ công trực tuyến của Ninh Thuận "
           "do ai chủ trì, và diễn ra vào tháng nào?", "Tháng 7/2024",
           entry=("Phụ lục I.5", "Tháng 7/2024")),
        ("no_diacritics", "chien dich tinh nguyen cua thanh nien ho tro nguoi dan lam dvc online o ninh thuan nam "
                          "2024 ai dung ra"),
        ("initials", "Phụ lục KH tuyên truyền CCHC 2024 Ninh Thuận: ra quân thanh niên tình nguyện hỗ trợ DVC trực "
                     "tuyến – ĐV chủ trì?"),
    ],
    # ---- timing
    "np-timing-001": [
        TP("Năm 2025 huyện Đồng Xuân khảo sát sự hài lòng của người dân, tổ chức vào thời điểm nào, và những cơ "
           "quan nào phối hợp?", "UBND các xã, thị trấn",
           add="Phối hợp: Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn.",
           entry=("III.VII.2", "Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn")),
        ("typo", "đồng xuân khảo sát mức độ hài lòng người dân năm 2025 vào tháng mây"),
        ("english", "When will Đồng Xuân district run its 2025 citizen satisfaction survey?"),
    ],
    "np-timing-007": [
        TP("Ninh Thuận tuyên truyền, hướng dẫn nộp phí, lệ phí TTHC qua mạng vào giai đoạn nào của năm 2024, và sở "
           "nào chủ trì?", "Sở Tài chính",
           entry=("Phụ lục I.9", "Sở Tài chính")),
        ("english", "When in 2024 does Ninh Thuận plan its campaign guiding people to pay administrative fees "
                    "online?"),
        ("no_diacritics", "huong dan thanh toan phi le phi truc tuyen o ninh thuan nam 2024 lam vao thoi gian nao"),
    ],
    # ---- coordinators
    "np-coord-004": [
        TP("Đưa giấy chứng sinh, giấy báo tử điện tử lên VNeID theo kế hoạch CĐS của Sở Y tế Hà Tĩnh: Phòng Nghiệp "
           "vụ Y làm cùng những đơn vị nào, và hạn chót là tháng mấy?", "Tháng 6/2025",
           entry=("II.6", "Tháng 6/2025")),
        ("typo", "đơn vị nào cùng phòng nghiệp vụ y đẩy giấy chứng sinh, giấy báo tử điện tử sang ứng dụng vneid "
                 "ở hà tinh"),
        ("english", "In Hà Tĩnh, who does the medical affairs division work with to push birth and death "
                    "certificates to VNeID?"),
    ],
    # ---- frequency
    "np-freq-004": [
        TP("Chuyên mục Cải cách hành chính trên sóng truyền hình Ninh Thuận: mỗi tháng phát mấy kỳ, dài mấy phút, "
           "và đơn vị nào sản xuất?", "Đài Phát thanh và Truyền hình tỉnh",
           entry=("IV.1.b", "Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.")),
        ("informal", "ad ơi chương trình CCHC trên tivi của Ninh Thuận một tháng lên sóng mấy lần, mỗi lần bao lâu "
                     "vậy?"),
        ("initials", "KH tuyên truyền CCHC 2024 Ninh Thuận: chuyên mục CCHC trên truyền hình – tần suất, thời "
                     "lượng?"),
    ],
    # ---- fact
    "np-fact-005": [
        TP("Kế hoạch tuyên truyền cải cách hành chính năm 2024 của Ninh Thuận có tổng kinh phí bao nhiêu, và tiền "
           "lấy từ nguồn nào?", "ngân sách tỉnh năm 2024",
           entry=("V", "từ nguồn ngân sách tỉnh năm 2024 bố trí cho Sở Nội vụ")),
        ("english", "How much money in total does Ninh Thuận set aside for carrying out its 2024 plan to publicise "
                    "administrative reform?"),
        ("typo", "ninh thuận dành tổng cộng bao nhiêu tiền cho kế hoạch tuyên truyền cchc năm 2024 vây"),
    ],
    # ---- unit_duties
    "np-duties-002": [
        ("no_diacritics", "ke hoach cchc 2025 dong xuan: phong van hoa va thong tin dung ra chu tri nhung nhiem vu "
                          "nao"),
        ("typo", "phòng văn hoá thông tin huyện đồng xuân được giao chủ trì việc gì trong kế hoạch cchc năm 2025"),
        ("informal", "cho em hỏi năm 2025 Phòng VH-TT huyện Đồng Xuân phải đứng ra lo mấy việc CCHC, là những việc "
                     "gì ạ?"),
    ],
    "np-duties-004": [
        ("no_diacritics", "phong noi vu huyen dong xuan duoc giao chu tri nhung nhiem vu nao trong ke hoach cchc "
                          "2025"),
        ("initials", "KH CCHC 2025 của UBND H. Đồng Xuân: danh sách nhiệm vụ do Phòng Nội vụ đứng ra chủ trì?"),
        ("english", "Which tasks does the district Home Affairs Office lead under Đồng Xuân's 2025 administrative "
                    "reform plan?"),
    ],
    "np-duties-005": [
        ("informal", "mn ơi trong kế hoạch CĐS 2025 của Sở Y tế Hà Tĩnh thì Văn phòng Sở phải lo những việc gì "
                     "vậy?"),
        ("typo", "văn phòng sở y tê hà tĩnh chủ trì các nhiệm vụ nào của kế hoạch chuyển đổi số năm 2025"),
        ("english", "Which digital transformation tasks is the Office of Hà Tĩnh's Department of Health in charge "
                    "of in 2025?"),
    ],
    "np-duties-008": [
        ("initials", "KH tuyên truyền CCHC 2024 Ninh Thuận: Sở Nội vụ đứng ra chủ trì những HĐ nào?"),
        ("no_diacritics", "nam 2024 o ninh thuan so noi vu lam chu tri nhung viec tuyen truyen cchc nao"),
        ("typo", "sở nội vu ninh thuận được giao chủ trì những nhiệm vụ tuyên truyền cải cách hành chính gì trong "
                 "năm 2024"),
    ],
    # ---- period
    "np-period-001": [
        ("informal", "cho em hỏi quý II/2025 huyện Đồng Xuân có những việc CCHC nào cần triển khai ạ?"),
        ("english", "Looking at Đồng Xuân's 2025 plan, which tasks have deadlines or time windows within April to "
                    "June 2025?"),
        ("no_diacritics", "dong xuan quy 2 nam 2025 co nhung nhiem vu cchc nao can thuc hien"),
    ],
    "np-period-005": [
        ("typo", "kế hoạch cchc 2024 của đồng xuân có những nhiệm vụ nào rơi vào quý iii"),
        ("initials", "KH CCHC 2024 H. Đồng Xuân: các nhiệm vụ có TG hoàn thành trong quý III/2024?"),
        ("informal", "ad ơi quý 3 năm 2024 huyện Đồng Xuân phải làm mấy việc CCHC, là những việc gì vậy?"),
    ],
    # ---- task_list
    "np-tasks-001": [
        TP("Kế hoạch CCHC năm 2025 của UBND huyện Đồng Xuân mang số hiệu gì, và có tổng cộng bao nhiêu nhiệm vụ cụ "
           "thể?", "28/KH-UBND",
           entry=("header", "Số: 28/KH-UBND")),
        ("english", "Counting the task table of Đồng Xuân district's 2025 administrative reform plan, how many "
                    "numbered tasks are there?"),
        ("typo", "kế hoạch cải cách hành chính 2025 huyện đồng xuân gồm tổng cộng mây nhiệm vụ"),
    ],
    "np-tasks-005": [
        ("initials", "KH tuyên truyền CCHC 2024 của UBND tỉnh Ninh Thuận có những HT tuyên truyền nào?"),
        ("informal", "mn ơi năm 2024 Ninh Thuận tuyên truyền cải cách hành chính qua những kênh, hình thức gì "
                     "vậy?"),
        ("no_diacritics", "cac hinh thuc tuyen truyen cchc 2024 cua ninh thuan gom nhung gi"),
    ],
    # ---- comparison
    "np-cmp-008": [
        TP("Đồng Xuân: năm 2025 Văn phòng HĐND và UBND huyện có còn phối hợp kiểm tra công vụ như năm 2024 không, "
           "và đợt kiểm tra năm 2024 hoàn thành vào các quý nào?", "Quý II và Quý IV/2024",
           add="Năm 2024 việc kiểm tra hoàn thành vào Quý II và Quý IV/2024.",
           entry=("III.4.b", "Thời gian hoàn thành: Quý II và Quý IV/2024.")),
        ("initials", "Kiểm tra công vụ ở H. Đồng Xuân: năm 2025 VP HĐND và UBND huyện còn là ĐV phối hợp như 2024 "
                     "không?"),
        ("no_diacritics", "sang 2025 don vi phoi hop kiem tra cong vu, ky luat ky cuong o dong xuan co bot vp hdnd "
                          "ubnd huyen so voi 2024 khong"),
    ],
    # ---- no_diacritics original (no no_diacritics paraphrase)
    "np-nodia-001": [
        TP("Kết nối liên thông toàn bộ nhà thuốc bán lẻ với Hệ thống CSDL Dược quốc gia ở Hà Tĩnh: phòng nào chủ "
           "trì, và hạn thực hiện là khi nào?", "Quý III/2025",
           entry=("II.13", "Quý III/2025")),
        ("informal", "cho mình hỏi bên Sở Y tế Hà Tĩnh ai lo việc nối các nhà thuốc bán lẻ vào cơ sở dữ liệu Dược "
                     "quốc gia vậy?"),
        ("initials", "KH CĐS 2025 SYT Hà Tĩnh: liên thông cơ sở bán lẻ thuốc với HT CSDL Dược quốc gia – ĐV chủ "
                     "trì?"),
    ],
    # ---- english original (no english paraphrase)
    "np-en-004": [
        ("no_diacritics", "cac phong ban huyen va xa o dong xuan phai xay dung ke hoach cchc 2024 cua minh truoc "
                          "ngay nao"),
        ("typo", "thủ trưởng cơ quan chuyên môn và chủ tịch xã ở đồng xuân phải làm xong kế hoạch cchc 2024 trước "
                 "ngay nào"),
        ("informal", "mn ơi theo kế hoạch CCHC 2024 của huyện Đồng Xuân, hạn chót để các cơ quan chuyên môn và xã, "
                     "thị trấn ra kế hoạch riêng là hôm nào vậy?"),
    ],
    # ---- unanswerable
    "np-unans-001": [
        ("informal", "ad ơi cho em xin số hotline của Sở Y tế Hà Tĩnh với ạ"),
        ("initials", "SĐT đường dây nóng SYT Hà Tĩnh là bao nhiêu?"),
        ("typo", "đường dây nóng của sở y tê hà tĩnh số bao nhiêu"),
    ],
    "np-unans-006": [
        ("no_diacritics", "thang 7 nam 2024 o ninh thuan troi nang hay mua"),
        ("initials", "Tình hình thời tiết ở Ninh Thuận tháng 7/2024 – KQ dự báo thế nào?"),
        ("english", "Was July 2024 rainy or sunny in Ninh Thuận?"),
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
