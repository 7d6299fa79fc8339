# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v7 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5/v6 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document): a table cell, a
                    second quote of the same section, or the neighbouring section that holds the second fact
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals
of v6; originals of v3/v4/v5 (each used by exactly one of them) where no unused original was left, preferring
those of v3/v4 (validate.py checks all of this and lists the reused ones).

    cd /work/main && .venv/bin/python evals/sealed/v7/paraphrase/write_paraphrases.py
    cd /work/main && .venv/bin/python evals/sealed/v7/paraphrase/validate.py
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
    "lead-028": [
        ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: đăng tải, công bố công khai TTHC lên HT thông tin "
                     "giải quyết TTHC tỉnh thì CQ nào chủ trì?"),
        ("typo", "theo kế hoạch truyền thông năm 2025 của ubnd tỉnh thì việc cập nhật, công khai thủ tục hành chín lên "
                 "hệ thống thông tin giải quyết tthc tỉnh là ai chủ trỳ"),
        TP("Trong kế hoạch truyền thông về CCHC và chuyển đổi số năm 2025 của tỉnh, ai đứng ra cập nhật, công bố, "
           "công khai TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh, và cơ quan nào được giao phối hợp?",
           "Văn phòng UBND tỉnh",
           entry=("C.II.1", "Cơ quan phối hợp: Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ; các cơ quan, đơn vị "
                            "liên quan.")),
    ],
    "lead-008": [
        ("no_diacritics", "trang zalo va fanpage facebook ve chuyen doi so cua tinh thi don vi nao phu trach dang tin bai"),
        ("initials", "Đăng tin, bài CĐS lên trang Zalo và fanpage FB của tỉnh là ĐV nào chủ trì theo KH truyền thông 2025?"),
        ("english", "Who is responsible for posting digital transformation news on the province's Zalo page and "
                    "Facebook fanpage?"),
    ],
    "lead-010": [
        ("informal", "cho em hỏi tuyên truyền nâng cao ý thức về an toàn thông tin, an ninh mạng trong quá trình chuyển "
                     "đổi số thì cơ quan nào lo ạ?"),
        ("no_diacritics", "nang cao nhan thuc ve an ninh mang, an toan thong tin khi chuyen doi so thi giao cho co quan nao"),
        ("english", "Which agency leads awareness-raising on information security and cybersecurity in the digital "
                    "transformation drive?"),
    ],
    "lead-014": [
        ("informal", "mn ơi cuộc thi làm video clip tuyên truyền về Đại hội Đảng các cấp, có gắn truyền thông CCHC, là sở "
                     "nào đứng ra chủ trì vậy?"),
        ("no_diacritics", "cuoc thi video clip tuyen truyen dai hoi dang cac cap gan voi truyen thong cai cach hanh chinh "
                          "thi co quan nao chu tri"),
        TP("Cuộc thi Video Clip tuyên truyền Đại hội Đảng các cấp gắn với truyền thông CCHC: cơ quan nào chủ trì, và "
           "cuộc thi tổ chức trong thời gian nào?",
           "quý II, III năm 2025",
           entry=("C.II.4", "Thời gian thực hiện: Trong quý II, III năm 2025.")),
    ],
    "lead-019": [
        ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: mở lớp tập huấn, bồi dưỡng về công tác CCHC cho "
                     "CCVC thì CQ nào chủ trì?"),
        ("english", "In the province's 2025 communication plan on administrative reform and digital transformation, who "
                    "is in charge of running training courses on administrative reform for officials and public "
                    "employees?"),
        ("typo", "trong kế hoạch truyền thông cchc và chuyển đổi số 2025 của ubnd tỉnh, ai chủ trì mở các lớp tập huấn, "
                 "bồi dưỡng về cải cách hành chính cho cán bộ công chức viên chưc"),
    ],
    "lead-022": [
        ("english", "At the grassroots level, which bodies carry out the publications and the visual, poster-style "
                    "campaigns on administrative reform?"),
        ("typo", "phát hành ấn phẩm, tuyên truyền trực quan cổ động về cải cách hành chính ở cơ sở thì cơ quan nào thưc "
                 "hiện"),
        TP("Ở hệ thống thông tin cơ sở, xuất bản ấn phẩm và tuyên truyền trực quan, cổ động về CCHC do cơ quan nào "
           "thực hiện, còn cơ quan chỉ đạo là ai?",
           "Chính quyền địa phương",
           entry=("C.II.13.b", "Cơ quan chỉ đạo: Chính quyền địa phương.")),
    ],
    "lead-030": [
        ("informal", "Cho mình hỏi, năm 2023 Văn phòng UBND tỉnh giao đơn vị nào lo duy trì và nâng chất lượng chuyên "
                     "mục CCHC trên Cổng TTĐT tỉnh vậy?"),
        ("no_diacritics", "nam 2023 van phong ubnd tinh giao don vi nao duy tri, nang cao chat luong chuyen muc cai cach "
                          "hanh chinh tren cong thong tin dien tu tinh"),
        ("typo", "chuyên mục cchc trên cổng thông tin điện tư tỉnh năm 2023 thì văn phòng ubnd tỉnh giao ai duy trì, "
                 "nâng cao chât lượng"),
    ],
    "lead-032": [
        ("no_diacritics", "ke hoach tuyen truyen cai cach hanh chinh 2023 cua van phong ubnd tinh giao ai theo doi, tong "
                          "hop bao cao ket qua thuc hien"),
        ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh: ĐV nào được giao theo dõi, tổng hợp BC KQ thực hiện KH?"),
        ("english", "Under the Provincial People's Committee Office's 2023 administrative reform communication plan, "
                    "which unit monitors implementation and compiles the report on results?"),
    ],
    "lead-035": [
        ("informal", "ad ơi, theo kế hoạch năm 2025 của Văn phòng UBND tỉnh thì tuyên truyền việc tiếp nhận, xử lý phản "
                     "ánh, kiến nghị về quy định hành chính do ai chủ trì vậy?"),
        ("no_diacritics", "tuyen truyen tiep nhan, xu ly phan anh kien nghi ve quy dinh hanh chinh trong ke hoach 2025 "
                          "cua van phong ubnd tinh do don vi nao chu tri"),
        TP("Kế hoạch tuyên truyền CCHC, CĐS năm 2025 của Văn phòng UBND tỉnh: tuyên truyền việc tiếp nhận, xử lý phản "
           "ánh kiến nghị về quy định hành chính do ai chủ trì, và đơn vị nào phối hợp?",
           "Trung tâm Công báo và Tin học",
           entry=("III.2", "Đơn vị phối hợp: Trung tâm Công báo và Tin học.")),
    ],
    "lead-039": [
        ("informal", "Cho em hỏi KH 281 của Sở KHCN giao đơn vị nào làm tuyên truyền qua các bản tin, chuyên mục khoa "
                     "học và công nghệ ạ?"),
        ("initials", "KH 281/KH-SKHCN: tuyên truyền thông qua xuất bản bản tin, chuyên mục KHCN thì ĐV nào chủ trì?"),
        ("typo", "kế hoạch 281 của sở khoa học và công nghệ, tuyên truyền bằng xuất bản bản tin, chuyên mục khoa hoc và "
                 "công nghệ do đơn vị nào thưc hiện"),
    ],
    "lead-042": [
        ("initials", "Hội thi CCHC 2023 là CQ nào đứng ra tổ chức?"),
        ("english", "Which department organised the 2023 administrative reform contest?"),
        TP("Hội thi cải cách hành chính năm 2023 do sở nào tổ chức, và Văn phòng đăng khẩu hiệu tuyên truyền Hội thi "
           "ở đâu?",
           "bảng điện tử",
           ev="Tích cực tuyên truyền Hội thi CCHC năm 2023 do Sở Thông tin và Truyền thông tổ chức; thực hiện đăng tải "
              "khẩu hiệu tuyên truyền Hội thi trên bảng điện tử trước trụ sở Trung tâm Phục vụ - Kiểm soát TTHC tỉnh"),
    ],
    # ---- coordinators
    "coord-012": [
        ("no_diacritics", "nam 2025 o van phong ubnd tinh, trung tam cong bao va tin hoc tong hop bao cao chuyen doi so "
                          "thi phoi hop voi don vi nao"),
        ("typo", "trung tâm công báo và tin học tổng hợp báo cáo cđs ở văn phòng ubnd tỉnh năm 2025 thì phối hơp với đơn "
                 "vị nào"),
        TP("Năm 2025, Trung tâm Công báo và Tin học theo dõi, tổng hợp báo cáo CĐS của Văn phòng UBND tỉnh thì phối "
           "hợp với đơn vị nào, và báo cáo đó gửi sở nào tổng hợp?",
           "Sở Khoa học và Công nghệ",
           add="Báo cáo được lồng ghép vào báo cáo CĐS định kỳ hoặc đột xuất để gửi Sở Khoa học và Công nghệ tổng hợp, "
               "báo cáo UBND tỉnh.",
           ev="Giao Trung tâm Công báo và Tin học chủ trì, phối hợp với Trung tâm Phục vụ - Kiểm soát thủ tục hành "
              "chính tỉnh và các phòng, ban liên quan theo dõi, tổng hợp, lồng ghép báo cáo kết quả triển khai thực "
              "hiện nhiệm vụ tuyên truyền CĐS và thực hiện dịch vụ công trực tuyến vào báo cáo CĐS định kỳ hoặc đột "
              "xuất tại Văn phòng UBND tỉnh để gửi Sở Khoa học và Công nghệ"),
    ],
    "coord-015": [
        ("no_diacritics", "nam 2023 trung tam phuc vu kiem soat tthc tinh phoi hop voi nhung co quan bao chi nao de lam "
                          "chuyen muc cchc"),
        ("english", "In 2023, which media outlets did the provincial centre for administrative procedure services and "
                    "control work with on administrative reform programmes?"),
        ("typo", "năm 2023 trung tâm phục vụ - kiểm soát thủ tục hành chính tỉnh đã phối hợp vơi các cơ quan báo chí "
                 "nào để làm chuyên mục cải cách hành chính"),
    ],
    "coord-006": [
        ("informal", "mn cho hỏi, các sở, địa phương lồng tuyên truyền CCHC vào hội nghị, hội thảo chuyên đề, lớp tập "
                     "huấn thì phối hợp với sở nào vậy?"),
        ("english", "When departments and localities weave administrative reform messages into their conferences, "
                    "workshops and training courses, which department is named as the partner?"),
        TP("Lồng ghép tuyên truyền CCHC trong các hội nghị, hội thảo, lớp tập huấn do các sở, địa phương tổ chức: sở "
           "nào phối hợp, và ai là cơ quan chủ trì?",
           "Các sở, ban ngành, địa phương",
           entry=("C.II.11", "Cơ quan chủ trì: Các sở, ban ngành, địa phương.")),
    ],
    # ---- timing
    "timing-008": [
        ("initials", "Mục tuyên truyền CCHC trên trang TTĐT của Sở KHCN duy trì, cập nhật vào thời gian nào?"),
        ("no_diacritics", "muc tuyen truyen cai cach hanh chinh tren trang thong tin dien tu cua so khoa hoc va cong "
                          "nghe duy tri, cap nhat luc nao"),
        TP("Theo kế hoạch 281, mục tuyên truyền CCHC trên Trang thông tin điện tử của Sở KHCN được duy trì, cập nhật "
           "vào lúc nào, và ai chủ trì việc này?",
           "Ban Biên tập Trang thông tin điện tử của Sở",
           add="Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở.",
           entry=("IV.1", "Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở.")),
    ],
    "timing-014": [
        ("english", "On what date in 2023 was the training conference on administrative procedure reform and "
                    "procedure control held?"),
        ("typo", "hội nghị tập huân nghiệp vụ cải cách tthc, kiểm soát tthc năm 2023 tổ chức vào ngày nao"),
        TP("Hội nghị tập huấn nghiệp vụ cải cách TTHC, kiểm soát TTHC năm 2023 diễn ra ngày nào, và đại diện những ai "
           "tham dự?",
           "đầu mối kiểm soát TTHC",
           add="Tham dự là đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND cấp huyện.",
           ev="hội nghị diễn ra vào ngày 22/6/2023 với đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND "
              "cấp huyện"),
    ],
    "timing-017": [
        ("informal", "ad ơi KH tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh ra tháng nào vậy?"),
        ("initials", "KH tuyên truyền CCHC 2023 của VPUB tỉnh ký ban hành vào tháng mấy?"),
        ("english", "In which month was the Provincial People's Committee Office's 2023 administrative reform "
                    "communication plan issued?"),
    ],
    # ---- frequency
    "freq-002": [
        ("informal", "cho hỏi chuyên mục “Cải cách hành chính” trên sóng radio mỗi tháng phát mấy số vậy ạ?"),
        ("initials", "Chuyên mục “Cải cách hành chính” trên kênh phát thanh: tần suất bao nhiêu số/tháng theo KH "
                     "truyền thông CCHC 2025?"),
        TP("Chuyên mục “Cải cách hành chính” trên kênh phát thanh mỗi tháng phát mấy số, và mỗi số dài bao nhiêu phút?",
           "15 phút/chuyên mục"),
    ],
    "freq-008": [
        ("informal", "Mn ơi bản tin điện tử Chuyển đổi số mỗi năm phát hành bao nhiêu số thế?"),
        ("no_diacritics", "ban tin dien tu ve chuyen doi so phat hanh tren nen tang so moi nam bao nhieu so"),
        ("typo", "bản tin điện tử về chuyển đổi sô một năm xuất bản mây số"),
    ],
    # ---- fact
    "fact-002": [
        ("no_diacritics", "ke hoach 281 cua so khcn dua tren ke hoach cai cach hanh chinh 2025 nao cua so"),
        ("initials", "KH 281/KH-SKHCN căn cứ vào KH công tác CCHC năm 2025 số mấy của Sở KHCN?"),
        ("english", "Plan 281 of the Department of Science and Technology is based on which of the department's own "
                    "plans for administrative reform work in 2025?"),
    ],
    "fact-004": [
        ("informal", "Cho em hỏi báo cáo công tác tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh là ai ký vậy ạ?"),
        ("no_diacritics", "ai ky bao cao tuyen truyen cai cach hanh chinh nam 2023 tai van phong ubnd tinh"),
        ("typo", "người ký báo cáo công tác tuyên truyền cchc năm 2023 tại văn phòng ubnd tinh là ai"),
    ],
    "fact-010": [
        ("no_diacritics", "nam 2023 trung tam nhan duoc bao nhieu ho so truc tuyen, dat ty le bao nhieu phan tram"),
        ("english", "How many online applications did the Centre receive in 2023, and what share of new applications "
                    "was that?"),
        TP("Theo báo cáo năm 2023 của Văn phòng, Trung tâm tiếp nhận bao nhiêu hồ sơ trực tuyến, chiếm tỷ lệ bao "
           "nhiêu, và thanh toán trực tuyến đạt khoảng bao nhiêu tiền?",
           "35 tỷ đồng",
           add="Thanh toán trực tuyến đạt khoảng 35 tỷ đồng.",
           ev="có khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm, đạt tỷ lệ bình "
              "quân khoảng 73%/tổng hồ sơ tiếp nhận mới và thanh toán trực tuyến đạt khoảng 35 tỷ đồng"),
    ],
    "fact-017": [
        ("initials", "QĐ 49/QĐ-BNV mà KH truyền thông CCHC, CĐS của tỉnh căn cứ là do ai ký, ban hành cái gì?"),
        ("english", "The province's communication plan on administrative reform and digital transformation cites "
                    "Decision No. 49/QD-BNV. Who issued that decision, and what does it issue?"),
        ("typo", "quyết định 49/qđ-bnv mà kế hoạch truyền thông cchc, cđs của tỉnh căn cư vào là của ai và ban hành cái gì"),
    ],
    "fact-018": [
        ("informal", "cho mình hỏi KH 336-KH/TU của Tỉnh ủy Quảng Ngãi ra ngày nào, để triển khai nghị quyết nào vậy?"),
        ("typo", "kế hoạch số 336-kh/tu của tỉnh ủy quảng ngãi ban hanh ngày nào và để thực hiện nghị quyết nào"),
        TP("Kế hoạch 336-KH/TU của Tỉnh ủy Quảng Ngãi ban hành ngày nào, thực hiện nghị quyết gì; và Kế hoạch "
           "51/KH-UBND nêu ngay sau nó trong cùng chú thích ra ngày nào?",
           "07/3/2025",
           add="Kế hoạch số 51/KH-UBND của UBND tỉnh ban hành ngày 07/3/2025.",
           ev="Kế hoạch số 336-KH/TU ngày 25/5/2025 của Tỉnh ủy Quảng Ngãi về thực hiện Nghị quyết số 57-NQ/TW ngày "
              "22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
              "số quốc gia; Kế hoạch số 51/KH-UBND ngày 07/3/2025 của UBND tỉnh"),
    ],
    "fact-025": [
        ("initials", "NQ 74/NQ-CP nêu trong KH 2025 của VP UBND tỉnh có nội dung gì?"),
        ("no_diacritics", "nghi quyet 74/nq-cp trong ke hoach 2025 cua van phong ubnd tinh noi ve van de gi"),
        TP("Trong kế hoạch tuyên truyền năm 2025 của Văn phòng UBND tỉnh, Nghị quyết 74/NQ-CP ban hành ngày nào, và "
           "ban hành kế hoạch về việc gì?",
           "07/4/2025"),
    ],
    # ---- abbreviation
    "abbr-003": [
        ("informal", "ad ơi PAPI là chỉ số gì thế?"),
        ("english", "What does the PAPI index stand for?"),
        TP("Cho hỏi PAPI là chỉ số gì, còn DDCI là viết tắt của chỉ số nào?",
           "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương",
           add="DDCI là Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương.",
           ev="Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), "
              "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI)"),
    ],
    "abbr-005": [
        ("no_diacritics", "chi so dti la chi so gi vay"),
        ("typo", "chỉ số DTI nghĩa la gì"),
        TP("DTI là chỉ số gì, còn PCI là chỉ số nào?",
           "Chỉ số năng lực cạnh tranh cấp tỉnh",
           add="PCI là Chỉ số năng lực cạnh tranh cấp tỉnh.",
           ev="Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số chuyển đổi số cấp tỉnh (DTI)"),
    ],
    # ---- list
    "list-012": [
        ("informal", "Cho em hỏi năm 2023 Văn phòng đã tham mưu UBND tỉnh ra những kế hoạch nào có liên quan tuyên "
                     "truyền CCHC ạ?"),
        ("initials", "Năm 2023 VP UBND tỉnh tham mưu ban hành các KH nào của UBND tỉnh liên quan tuyên truyền CCHC?"),
        ("english", "Which Provincial People's Committee plans related to administrative reform communication did the "
                    "Office help prepare in 2023?"),
    ],
    "list-013": [
        ("initials", "Sở KHCN tuyên truyền các nội dung cơ bản nào của công tác CCHC?"),
        ("english", "What core components of administrative reform does the Department of Science and Technology plan "
                    "to publicise?"),
        TP("Kế hoạch 281 của Sở KHCN tuyên truyền những nội dung cơ bản nào của CCHC, và Đề án về dịch vụ công trực "
           "tuyến nhắc trong phần đó được Thủ tướng phê duyệt tại quyết định nào?",
           "1588/QĐ-TTg",
           add="Đề án về dịch vụ công trực tuyến được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1588/QĐ-TTg ngày "
               "17/12/2024.",
           entry=("II.5", "được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1588/QĐ-TTg ngày 17/12/2024")),
    ],
    # ---- cross_document
    "cross-007": [
        ("informal", "mn cho hỏi việc lồng ghép CCHC trong nội bộ VP UBND tỉnh năm 2025 có thêm hình thức nào mới so "
                     "với năm 2023 vậy?"),
        ("typo", "năm 2025 văn phòng ubnd tỉnh đưa nội dung cchc vào nội bộ cơ quan thêm những hình thức nào so vơi "
                 "năm 2023"),
        TP("Lồng ghép nội dung CCHC trong nội bộ Văn phòng UBND tỉnh: năm 2025 thêm hình thức nào so với năm 2023, và "
           "đơn vị nào chủ trì việc này?",
           "Phòng Hành chính - Quản trị",
           entry=("III.2", "Đơn vị chủ trì: Phòng Hành chính - Quản trị.")),
    ],
    "cross-008": [
        ("no_diacritics", "kinh phi tuyen truyen cchc nam 2025 theo ke hoach 281 cua so khcn va ke hoach truyen thong "
                          "cua ubnd tinh lay tu nguon nao"),
        ("initials", "KP tuyên truyền CCHC 2025: KH 281 của Sở KHCN và KH truyền thông của UBND tỉnh bố trí từ nguồn nào?"),
        TP("Nguồn kinh phí tuyên truyền CCHC năm 2025 ghi thế nào trong kế hoạch 281 của Sở KHCN và trong kế hoạch "
           "truyền thông của UBND tỉnh; ngoài ngân sách, kế hoạch của tỉnh còn cho huy động nguồn nào?",
           "nguồn vốn hợp pháp khác",
           ev="Kinh phí thực hiện Kế hoạch này được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện "
              "hành (gồm nguồn kinh phí chi cho chuyển đổi số, cải cách hành chính đã bố trí trong dự toán năm 2025, "
              "kinh phí đã bố trí lồng ghép trong các chương trình, kế hoạch, đề án liên quan) và huy động từ các "
              "nguồn vốn hợp pháp khác",
           ev_idx=1),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "nodia-006": [
        ("informal", "Cho hỏi Báo Quảng Ngãi với Đài Phát thanh và Truyền hình tỉnh có phải xây dựng mục phản hồi ý "
                     "kiến của người dân không ạ?"),
        ("initials", "Theo KH truyền thông của tỉnh, Báo QN và Đài PT-TH tỉnh có phải làm mục phản hồi ý kiến người "
                     "dân không?"),
        ("english", "Are the Quảng Ngãi newspaper and the provincial radio and television station expected to run a "
                    "section for citizens' feedback?"),
    ],
    "nodia-008": [
        ("informal", "ad ơi việc kiểm tra áp dụng ISO 9001 năm 2025 làm vào quý nào vậy?"),
        ("english", "In which quarter of 2025 will the checks on applying ISO 9001 take place?"),
        TP("Kiểm tra việc áp dụng ISO 9001 năm 2025 làm vào quý mấy, và đơn vị nào chủ trì?",
           "Chi cục Tiêu chuẩn Đo lường Chất lượng",
           entry=("IV.6", "Đơn vị chủ trì thực hiện: Chi cục Tiêu chuẩn Đo lường Chất lượng")),
    ],
    "nodia-010": [
        ("informal", "mn ơi truyền thông về chuyển đổi số trong giáo dục gồm những nội dung nào vậy?"),
        ("english", "What does the communication on digital transformation in education cover?"),
        ("typo", "truyền thông chuyển đổi số trong giáo dục có những nôi dung gì"),
    ],
    "nodia-016": [
        ("initials", "BC tuyên truyền CCHC 2023 của VP UBND tỉnh gửi về Sở nào?"),
        ("english", "Which department was the Office's 2023 report on administrative reform communication sent to?"),
        ("typo", "báo cáo tuyên truyền cchc năm 2023 của văn phòng gởi sở nào"),
    ],
    "nodia-017": [
        ("informal", "Cho em hỏi trong KH 2025 của Văn phòng UBND tỉnh, Bộ phận Một cửa ở các địa phương còn được gọi "
                     "là gì ạ?"),
        ("initials", "KH 2025 của VPUB tỉnh: BP Một cửa ở địa phương có tên gọi khác là gì?"),
        ("typo", "trong kế hoạch 2025 của văn phòng ubnd, bộ phận một cửa ở địa phương còn gọi la gì"),
    ],
    # ---- english original (no english paraphrase)
    "en-005": [
        ("no_diacritics", "nam 2023 van phong tuyen truyen huong ung tuan le chuyen doi so tren cai gi, o dau"),
        ("typo", "năm 2023 văn phòng đăng thông điệp hưởng ứng tuần lễ chuyển đổi số ở đâu, trên phương tiện gi"),
        TP("Năm 2023 Văn phòng tuyên truyền hưởng ứng Tuần lễ Chuyển đổi số ở đâu, và cùng chỗ đó còn hưởng ứng ngày "
           "nào nữa?",
           "Ngày Pháp luật",
           add="The same boards also promoted the Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (Vietnam Law "
               "Day).",
           ev="Tuyên truyền trên bảng điện tử trước trụ sở cơ quan và tại Trung tâm Phục vụ - Kiểm soát Thủ tục hành "
              "chính (TTHC) tỉnh thực hiện hưởng ứng Tuần lễ Chuyển đổi số, Ngày Pháp luật nước Cộng hòa xã hội chủ "
              "nghĩa Việt Nam"),
    ],
    # ---- unanswerable (no two_part)
    "unans-006": [
        ("informal", "ad ơi mai Quảng Ngãi trời mưa hay nắng vậy?"),
        ("no_diacritics", "du bao thoi tiet quang ngai ngay mai ra sao"),
        ("typo", "thời tiêt ngày mai ở quảng ngãi thê nào"),
    ],
    "unans-010": [
        ("no_diacritics", "tru so trung tam phuc vu kiem soat thu tuc hanh chinh tinh nam o duong nao"),
        ("initials", "TT Phục vụ - Kiểm soát TTHC tỉnh đặt trụ sở ở đường nào?"),
        ("typo", "địa chỉ trụ sở trung tâm phục vụ - kiểm soát tthc tỉnh ở đương nào"),
    ],
    "unans-011": [
        ("informal", "Cho mình hỏi giám đốc Sở KHCN Quảng Ngãi hiện là ai vậy?"),
        ("no_diacritics", "giam doc so khoa hoc va cong nghe quang ngai ten la gi"),
        ("initials", "GĐ Sở KHCN tỉnh Quảng Ngãi tên gì?"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- lead
    "np-lead-006": [
        ("informal", "mn cho hỏi theo KH chuyển đổi số 2025 của Sở Y tế Hà Tĩnh, triển khai bệnh án điện tử ở trung tâm "
                     "y tế các huyện thì đơn vị nào chủ trì vậy?"),
        ("no_diacritics", "benh an dien tu o cac trung tam y te huyen tai ha tinh thi don vi nao chu tri trien khai"),
        TP("Sở Y tế Hà Tĩnh: triển khai bệnh án điện tử tại Trung tâm Y tế các huyện, thành phố, thị xã do ai chủ "
           "trì, và làm trong khoảng thời gian nào?",
           "Quý III - IV/2025",
           entry=("II.3", "Quý III - IV/2025")),
    ],
    "np-lead-010": [
        ("informal", "cho em hỏi ở Ninh Thuận, việc tuyên truyền thực hiện văn hóa công vụ trong phụ lục kế hoạch là "
                     "đơn vị nào chủ trì ạ?"),
        ("initials", "PL I KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận: tuyên truyền văn hóa công vụ do CQ nào chủ trì?"),
        ("english", "In the appendix to Ninh Thuận's 2024 administrative reform communication plan, who leads the "
                    "promotion of public-service culture?"),
    ],
    "np-lead-012": [
        ("initials", "Đăng tin, bài, infographic về CCHC lên Zalo OA “Chính quyền số Ninh Thuận”: CQ nào chủ trì?"),
        ("english", "Which agency is in charge of posting administrative reform news on the Digital Government "
                    "Ninh Thuận Zalo OA account?"),
        TP("Ai chủ trì đăng tin CCHC trên trang Zalo OA Chính quyền số Ninh Thuận, và những đơn vị nào phối hợp?",
           "Tỉnh đoàn",
           entry=("IV.2.b", "Cơ quan phối hợp: Tỉnh đoàn; UBND các huyện, thành phố.")),
    ],
    # ---- coordinators
    "np-coord-006": [
        ("no_diacritics", "ninh thuan lam phong su chuyen de ve guong dien hinh cai cach hanh chinh thi dai phoi hop voi "
                          "nhung ai"),
        ("typo", "làm phóng sự về gương điển hinh trong cchc ở ninh thuận thì đài phối hợp vơi những đơn vị nào"),
        TP("Phóng sự chuyên đề về gương điển hình CCHC ở Ninh Thuận: Đài phối hợp với những sở nào, và làm vào quý "
           "mấy?",
           "Quý IV/2024",
           entry=("Phụ lục I.7", "Quý IV/2024")),
    ],
    "np-coord-002": [
        ("informal", "Tôi là công chức bộ phận một cửa ở Đồng Xuân, cho hỏi năm 2025 việc số hóa hồ sơ TTHC của huyện "
                     "thì những đơn vị nào phối hợp ạ?"),
        ("english", "For Đồng Xuân district's 2025 digitisation of administrative procedure files, which units are "
                    "listed as partners?"),
        TP("Huyện Đồng Xuân năm 2025 số hóa hồ sơ, kết quả giải quyết TTHC: đơn vị nào phối hợp, và hạn hoàn thành là "
           "khi nào?",
           "06 tháng đầu năm 2025",
           add="Thời gian hoàn thành: 06 tháng đầu năm 2025.",
           entry=("III.II.3", "06 tháng đầu năm 2025")),
    ],
    # ---- timing
    "np-timing-001": [
        ("no_diacritics", "khao sat muc do hai long cua nguoi dan huyen dong xuan nam 2025 thuc hien thang may"),
        ("initials", "KH CCHC 2025 H. Đồng Xuân: khảo sát mức độ hài lòng của người dân, tổ chức làm vào thời điểm nào?"),
        ("typo", "huyện đồng xuân năm 2025 khảo sát mức độ hài lòng của ngươi dân vào lúc nào"),
    ],
    "np-timing-004": [
        ("initials", "BV Đa khoa tỉnh Hà Tĩnh phải triển khai xong bệnh án điện tử trước ngày nào theo KH CĐS của SYT?"),
        ("typo", "bệnh viện đa khoa tỉnh hà tĩnh triển khai bệnh án điện tử hạn chót la khi nào"),
        TP("Bệnh viện Đa khoa tỉnh Hà Tĩnh triển khai bệnh án điện tử hạn đến bao giờ, và phải đáp ứng tiêu chí theo "
           "thông tư nào?",
           "46/2018/TT-BYT",
           add="Bệnh án điện tử phải bảo đảm đáp ứng tiêu chí theo Thông tư số 46/2018/TT-BYT.",
           entry=("II.2", "bảo đảm đáp ứng tiêu chí theo Thông tư số 46/2018/TT-BYT")),
    ],
    # ---- frequency
    "np-freq-001": [
        ("no_diacritics", "nam 2024 chuyen muc cai cach hanh chinh tren dai truyen thanh huyen dong xuan moi thang phat "
                          "may ky"),
        ("english", "In 2024, how many times a month was the administrative reform programme on the Đồng Xuân "
                    "district radio station broadcast?"),
        TP("Năm 2024, chuyên mục CCHC trên Đài Truyền thanh huyện Đồng Xuân phát sóng bao nhiêu kỳ mỗi tháng, và đơn "
           "vị nào chủ trì?",
           "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
           entry=("III.7.a", "Cơ quan chủ trì: Trung tâm Văn hóa - Thông tin và Thể thao huyện.")),
    ],
    # ---- fact
    "np-fact-002": [
        ("informal", "mn ơi KH CCHC 2024 của huyện Đồng Xuân là ai ký vậy?"),
        ("english", "Who signed Đồng Xuân district's 2024 administrative reform plan?"),
        ("typo", "kế hoạch cải cách hành chinh năm 2024 của huyện đồng xuân do ai kí"),
    ],
    "np-fact-006": [
        ("informal", "ad ơi muốn phản ánh về thủ tục hành chính ở huyện Đồng Xuân thì gọi đường dây nóng số mấy vậy?"),
        ("typo", "số điện thoại đường dây nóng tiếp nhận phản ánh về thủ tục hành chính của huyện đồng xuân la số nao"),
        TP("Huyện Đồng Xuân công khai số đường dây nóng phản ánh TTHC là số nào, và số này được niêm yết ở những đâu?",
           "trụ sở UBND các xã, thị trấn",
           add="Số điện thoại này được niêm yết công khai tại Bộ phận Một cửa huyện và trụ sở UBND các xã, thị trấn.",
           ev="qua số điện thoại 0257.3865.246; niêm yết công khai số điện thoại này tại Bộ phận Một cửa huyện và trụ "
              "sở UBND các xã, thị trấn"),
    ],
    # ---- unit_duties
    "np-duties-001": [
        ("no_diacritics", "nam 2025 phong tu phap huyen dong xuan duoc giao chu tri nhung nhiem vu nao"),
        ("initials", "KH CCHC 2025 H. Đồng Xuân giao Phòng Tư pháp chủ trì các nhiệm vụ gì?"),
        ("english", "Which tasks does the Justice Office of Đồng Xuân district lead under the district's 2025 plan?"),
    ],
    "np-duties-006": [
        ("informal", "Cho mình hỏi trong KH chuyển đổi số 2025 của Sở Y tế Hà Tĩnh, Bệnh viện Đa khoa tỉnh được giao "
                     "chủ trì những việc gì vậy?"),
        ("initials", "BV Đa khoa tỉnh Hà Tĩnh chủ trì các nhiệm vụ CĐS nào trong KH 2025 của SYT?"),
        ("typo", "bệnh viện đa khoa tỉnh hà tĩnh chủ trì nhưng nhiệm vụ chuyển đổi số nào"),
    ],
    # ---- period
    "np-period-003": [
        ("no_diacritics", "so y te ha tinh co nhung nhiem vu nao thuc hien trong quy 3 nam 2025"),
        ("english", "Which of the Hà Tĩnh Department of Health's tasks fall in the third quarter of 2025?"),
        ("typo", "quý III/2025 sở y tế hà tĩnh có những viêc gì phải làm"),
    ],
    # ---- task_list
    "np-tasks-003": [
        ("informal", "ad ơi phụ lục KH tuyên truyền CCHC năm 2024 của Ninh Thuận gồm bao nhiêu nhiệm vụ vậy?"),
        ("no_diacritics", "phu luc ke hoach tuyen truyen cai cach hanh chinh cua ninh thuan co tong cong bao nhieu "
                          "nhiem vu"),
        ("initials", "PL I của KH 1520/KH-UBND tỉnh Ninh Thuận liệt kê bao nhiêu nhiệm vụ tuyên truyền?"),
    ],
    # ---- comparison
    "np-cmp-001": [
        ("initials", "Rà soát, đơn giản hóa TTHC ở H. Đồng Xuân: CQ chủ trì năm 2025 là ai, so với năm 2024?"),
        ("no_diacritics", "ra soat don gian hoa thu tuc hanh chinh huyen dong xuan nam 2025 ai chu tri, khac gi nam 2024"),
        TP("Đồng Xuân: việc rà soát, đề xuất phương án đơn giản hóa TTHC năm 2024 và năm 2025 do ai chủ trì, và hạn "
           "hoàn thành của năm 2024 là ngày nào?",
           "Trước ngày 15/6/2024",
           add="Năm 2024 thời gian hoàn thành là trước ngày 15/6/2024.",
           entry=("III.2.c", "Thời gian hoàn thành: Trước ngày 15/6/2024.")),
    ],
    "np-cmp-005": [
        ("informal", "cho em hỏi theo dõi thi hành pháp luật về đất đai ở Đồng Xuân, năm 2025 có thêm đơn vị phối hợp "
                     "nào so với năm 2024 không ạ?"),
        ("typo", "theo dõi thi hành pháp luật về đất đai năm 2025 so với 2024 có thêm cơ quan phối hơp nào"),
        TP("Theo dõi tình hình thi hành pháp luật về đất đai: năm 2025 thêm cơ quan phối hợp nào so với năm 2024, và "
           "năm 2024 ai chủ trì?",
           "Phòng Tư pháp",
           add="Năm 2024 việc này do Phòng Tư pháp chủ trì.",
           entry=("III.1.b", "Cơ quan chủ trì: Phòng Tư pháp.")),
    ],
    # ---- no_diacritics original (no no_diacritics paraphrase)
    "np-nodia-005": [
        ("informal", "Cho em hỏi KH chuyển đổi số của Sở Y tế Hà Tĩnh là ai ký vậy ạ?"),
        ("english", "Who signed the Hà Tĩnh Department of Health's digital transformation plan?"),
        ("typo", "người ký kế hoạch chuyển đổi số cua sở y tế hà tĩnh là ai"),
    ],
    # ---- english original (no english paraphrase)
    "np-en-002": [
        ("no_diacritics", "ke hoach 2025 cua huyen dong xuan giao ai chu tri bao dam an toan thong tin mang"),
        ("initials", "KH CCHC 2025 H. Đồng Xuân: bảo đảm an toàn thông tin mạng cho HT thông tin của CQ nhà nước do ai "
                     "chủ trì?"),
        TP("Theo kế hoạch 2025 của huyện Đồng Xuân, ai chủ trì bảo đảm an toàn thông tin mạng, và cơ quan nào phối hợp?",
           "Công an huyện",
           entry=("III.VI.3", "Công an huyện")),
    ],
    # ---- unanswerable (no two_part)
    "np-unans-007": [
        ("informal", "mn ơi cho xin địa chỉ email của Phòng Nội vụ huyện Đồng Xuân với ạ"),
        ("initials", "Email của Phòng Nội vụ H. Đồng Xuân là gì?"),
        ("english", "What is the email address of the Home Affairs Office of Đồng Xuân district?"),
    ],
    "np-unans-009": [
        ("no_diacritics", "so duong day nong phan anh thu tuc hanh chinh cua tinh ninh thuan la so nao"),
        ("english", "What is Ninh Thuận province's hotline number for complaints about administrative procedures?"),
        ("typo", "đường dây nóng nhận phản ánh tthc của tỉnh ninh thuận số mây"),
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
