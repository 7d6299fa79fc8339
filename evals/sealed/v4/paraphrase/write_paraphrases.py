# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v4 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways:
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document): a table cell, a
                    second quote of the same section, or the neighbouring section that holds the second fact

    cd /work/main && .venv/bin/python evals/sealed/v4/paraphrase/write_paraphrases.py
    cd /work/main && .venv/bin/python evals/sealed/v4/paraphrase/validate.py
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
    "lead-008": [
        ("informal", "mn ơi page Zalo với Facebook về chuyển đổi số của tỉnh mình là bên nào đăng bài, cập nhật tin vậy ạ"),
        ("english", "Under Quảng Ngãi's draft 2025 communication plan on administrative reform and digital transformation, which agency is in charge of posting digital-transformation news on the Zalo page and the Facebook fanpage?"),
        ("typo", "trang zalo vs fanpage facebok về chuyển đổi sô của tỉnh thì sở nào phụ trach đăng tin"),
    ],
    "lead-019": [
        TP("Trong dự thảo kế hoạch truyền thông năm 2025 của UBND tỉnh Quảng Ngãi, các lớp tập huấn, bồi dưỡng về CCHC dành cho cán bộ, công chức, viên chức trong tỉnh do ai tổ chức, và những cơ quan nào cùng phối hợp?",
           "Các sở, ban ngành, đơn vị liên quan",
           add="Cơ quan phối hợp: Các sở, ban ngành, đơn vị liên quan.",
           ev="Cơ quan chủ trì: Sở Nội vụ; Chính quyền địa phương. - Cơ quan phối hợp: Các sở, ban ngành, đơn vị liên quan."),
        ("initials", "KH truyền thông CCHC & CĐS năm 2025 (dự thảo) của UBND tỉnh: lớp bồi dưỡng về CCHC cho CBCCVC do CQ nào chủ trì?"),
        ("no_diacritics", "theo ke hoach truyen thong cua ubnd tinh nam 2025 thi ai dung ra to chuc lop tap huan boi duong ve cai cach hanh chinh cho can bo cong chuc vien chuc"),
    ],
    "lead-022": [
        TP("Ở hệ thống thông tin cơ sở, việc xuất bản ấn phẩm và tuyên truyền trực quan, cổ động về CCHC do cơ quan nào thực hiện, còn cơ quan nào chỉ đạo?",
           "Chính quyền địa phương",
           ev="Cơ quan chỉ đạo: Chính quyền địa phương.. - Cơ quan thực hiện: Phòng Văn hóa, Khoa học và Thông tin; Trung tâm Truyền thông - Văn hóa - Thể thao các huyện, thị xã, thành phố."),
        ("informal", "ad ơi ấn phẩm với tuyên truyền trực quan cổ động về cải cách hành chính dưới huyện thì đơn vị nào làm vậy ạ"),
        ("english", "In the province's draft 2025 communication plan, which bodies actually produce the publications and the visual campaigns on administrative reform at grassroots level?"),
    ],
    "lead-030": [
        TP("Theo kế hoạch tuyên truyền cải cách hành chính 2023 của Văn phòng UBND tỉnh, đơn vị nào chủ trì chuyên mục CCHC trên Cổng Thông tin điện tử tỉnh và làm vào thời gian nào?",
           "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           ev="Đơn vị chủ trì: Trung tâm Công báo và Tin học. - Đơn vị phối hợp: Các phòng, ban, đơn vị. - Thời gian thực hiện: Thường xuyên trong năm."),
        ("initials", "KH tuyên truyền CCHC năm 2023 của VPUB tỉnh giao ai duy trì, nâng chất lượng chuyên mục CCHC trên Cổng TTĐT tỉnh?"),
        ("typo", "năm 2023 văn phòng ubnd tỉnh giao đơn vị nào lo chuyên mục cchc trên cổng thông tin điện tủ tỉnh"),
    ],
    "lead-035": [
        TP("Năm 2025, ở Văn phòng UBND tỉnh, mảng tuyên truyền cách người dân, tổ chức gửi phản ánh, kiến nghị về quy định hành chính và cách xử lý do ai chủ trì, ai phối hợp?",
           "Trung tâm Công báo và Tin học",
           ev="Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh. - Đơn vị phối hợp: Trung tâm Công báo và Tin học."),
        ("no_diacritics", "van phong ubnd tinh 2025 ai phu trach tuyen truyen viec nhan va xu ly phan anh kien nghi ve quy dinh hanh chinh"),
        ("english", "In the 2025 plan of the Office of the Quảng Ngãi Provincial People's Committee, which unit leads publicity about how feedback and petitions on administrative regulations are received and handled?"),
    ],
    "lead-039": [
        ("informal", "cho em hỏi bên Sở KHCN thì ai làm bản tin với chuyên mục khoa học công nghệ để tuyên truyền CCHC vậy ạ"),
        ("initials", "KH 281/KH-SKHCN: tuyên truyền qua bản tin, chuyên mục KH&CN giao ĐV nào chủ trì?"),
        ("no_diacritics", "so khoa hoc cong nghe quang ngai nam 2025 giao don vi nao ra ban tin, chuyen muc khoa hoc va cong nghe de tuyen truyen cai cach hanh chinh"),
    ],
    "coord-006": [
        ("typo", "lồng ghép tuyên truyền cchc vào hội nghị, hội thảo, lớp tập huân của các sở, địa phương thì sở nào phối hợp"),
        ("informal", "mn ơi vụ lồng nội dung CCHC vào mấy hội nghị, hội thảo chuyên đề với lớp bồi dưỡng nghiệp vụ của các sở, huyện thì có sở nào phối hợp không"),
        ("english", "In Quảng Ngãi's draft 2025 communication plan, which department coordinates when departments and localities fold administrative reform messages into their conferences, workshops and training courses?"),
    ],
    "coord-010": [
        TP("Ở Văn phòng UBND tỉnh năm 2025, việc đưa Danh mục TTHC lên Cổng thông tin điện tử và niêm yết tại Trung tâm Phục vụ - Kiểm soát TTHC có đơn vị nào phối hợp, và làm vào lúc nào?",
           "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           ev="Đơn vị phối hợp: Trung tâm Công báo và Tin học. - Thời gian thực hiện: Thường xuyên trong năm."),
        ("english", "Under the 2025 plan of the Office of the Quảng Ngãi Provincial People's Committee, which unit assists in posting the list of administrative procedures online and displaying it at the provincial service centre?"),
        ("no_diacritics", "o van phong ubnd tinh nam 2025, trung tam phuc vu dang danh muc thu tuc hanh chinh len cong va niem yet cong khai thi co don vi nao lam cung"),
    ],
    "coord-015": [
        ("informal", "năm 2023 Trung tâm Phục vụ - Kiểm soát TTHC tỉnh làm chuyên mục CCHC với những báo đài nào vậy mn"),
        ("typo", "theo báo cáo năm 2023 của văn phòng ubnd tỉnh, trung tâm phục vụ kiểm soát tthc phối hơp vs cơ quan báo chí nào làm chuyên mục cchc"),
        ("no_diacritics", "bao cao nam 2023 cua van phong ubnd tinh ke ten nhung bao dai nao da cung trung tam phuc vu - kiem soat tthc dua tin va lam chuyen muc cai cach hanh chinh"),
    ],
    "coord-014": [
        TP("Theo kế hoạch truyền thông CCHC và CDS 2025 của tỉnh, Sở Văn hóa, Thể thao và Du lịch cùng những sở nào chỉ đạo báo chí, thông tin cơ sở đẩy mạnh truyền thông CDS, CCHC, và sở này lồng ghép truyền thông qua những hoạt động gì?",
           "các hoạt động văn hóa, nghệ thuật",
           add="Sở Văn hóa, Thể thao và Du lịch còn lồng ghép các nội dung truyền thông CDS, CCHC thông qua các hoạt động tuyên truyền cải cách hành chính, các hoạt động văn hóa, nghệ thuật (mục E.2.c).",
           entry=("E.2.c", "Lồng ghép các nội dung truyền thông CDS, CCHC thông qua các hoạt động tuyên truyền cải cách hành chính, các hoạt động văn hóa, nghệ thuật.")),
        ("initials", "Sở VHTTDL phối hợp với sở nào chỉ đạo, hướng dẫn báo chí và hệ thống TTCS đẩy mạnh truyền thông CĐS, CCHC (KH truyền thông 2025 của UBND tỉnh)?"),
        ("informal", "ad cho hỏi trong kế hoạch truyền thông 2025 của tỉnh, Sở Văn hóa, Thể thao và Du lịch bắt tay với sở nào để hướng dẫn báo chí, đài cơ sở đẩy mạnh tuyên truyền chuyển đổi số, CCHC vậy"),
    ],
    "timing-005": [
        ("no_diacritics", "van nghe, hoat dong van hoa co chu de cai cach hanh chinh trong ke hoach truyen thong 2025 cua tinh to chuc vao thoi gian nao"),
        ("english", "When are the cultural and arts activities themed on administrative reform scheduled in Quảng Ngãi province's draft 2025 communication plan?"),
        ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: các HĐ văn hóa, văn nghệ chủ đề CCHC tổ chức khi nào?"),
    ],
    "timing-009": [
        TP("Kế hoạch 281 của Sở KHCN: các phòng, đơn vị phải nộp báo cáo kết quả năm 2025 về Sở trước ngày nào, và Sở phải báo cáo UBND tỉnh trước ngày nào?",
           "30/11/2025",
           add="Sở báo cáo UBND tỉnh trước ngày 30/11/2025.",
           ev="gửi về Sở (qua Văn phòng Sở) trước ngày 15/11/2025 để tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày 30/11/2025"),
        ("informal", "các phòng bên Sở KHCN nộp báo cáo kết quả tuyên truyền CCHC 2025 hạn chót ngày mấy vậy mn"),
        ("initials", "Theo KH 281/KH-SKHCN, các phòng, ĐV thuộc Sở gửi BC kết quả nhiệm vụ năm 2025 về VP Sở trước ngày nào?"),
    ],
    "timing-014": [
        TP("Báo cáo 2023 của Văn phòng UBND tỉnh: hội nghị tập huấn nghiệp vụ cải cách TTHC, kiểm soát TTHC và một cửa liên thông diễn ra ngày nào, thành phần tham dự là ai?",
           "đầu mối kiểm soát TTHC",
           add="Tham dự là đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND cấp huyện.",
           ev="hội nghị diễn ra vào ngày 22/6/2023 với đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND cấp huyện"),
        ("typo", "hội nghị tập huân nghiệp vụ cải cách tthc, kiểm soát tthc với một cửa năm 2023 tổ chức ngày nao"),
        ("english", "On what date in 2023 was the training conference on administrative procedure reform, procedure control and the one-stop-shop mechanism held, according to the Office's report?"),
    ],
    "timing-017": [
        TP("Kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh ghi ban hành tháng nào, và được lập để thực hiện kế hoạch số mấy của Chủ tịch UBND tỉnh?",
           "40/KH-UBND",
           add="Kế hoạch được xây dựng để thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2023 của Chủ tịch UBND tỉnh.",
           entry=("preamble", "Thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2023 của Chủ tịch UBND tỉnh")),
        ("informal", "kế hoạch tuyên truyền CCHC của Văn phòng UBND tỉnh năm 2023 ký ban hành hồi tháng mấy vậy ạ"),
        ("no_diacritics", "van phong ubnd tinh ky ke hoach tuyen truyen cai cach hanh chinh nam 2023 vao thang may"),
    ],
    "freq-008": [
        TP("Bản tin điện tử về Chuyển đổi số (phát hành trên nền tảng số) theo kế hoạch truyền thông 2025 của tỉnh ra mấy số một năm, do sở nào chủ trì?",
           "Sở Khoa học và Công nghệ",
           ev="Tần suất: 12 số/năm. - Đơn vị chủ trì: Sở Khoa học và Công nghệ."),
        ("initials", "Bản tin điện tử về CĐS trong KH truyền thông 2025 của UBND tỉnh phát hành bao nhiêu số/năm?"),
        ("typo", "bản tin điện tử chuyển đổi sô phát hành trên nền tảng số mỗi năm ra mây số"),
    ],
    "freq-011": [
        ("english", "Under Quảng Ngãi's draft 2025 communication plan, how often does the PAR INDEX bulletin go out on provincial radio, and how long is each edition?"),
        ("no_diacritics", "ban tin par index tren kenh phat thanh tinh bao lau phat mot so, moi so may phut"),
        ("typo", "bản tin par index trên đài phát thanh tỉnh bao lâu phát 1 lần, thời luợng mỗi bản tin là bao nhiêu"),
    ],
    "freq-014": [
        TP("Kết quả tuyên truyền CCHC được các cơ quan, địa phương lồng vào báo cáo định kỳ nào, và gửi cho sở nào tổng hợp?",
           "Sở Văn hóa, Thể thao và Du lịch",
           ev="lồng ghép báo cáo kết quả triển khai thực hiện các nhiệm vụ về tuyên truyền CCHC vào báo cáo CCHC định kỳ quý, 6 tháng, năm hoặc báo cáo đột xuất theo yêu cầu, gửi Sở Văn hóa, Thể thao và Du lịch tổng hợp, báo cáo UBND tỉnh"),
        ("informal", "mn ơi kết quả tuyên truyền CCHC thì các sở, huyện lồng vào báo cáo định kỳ nào vậy, theo kế hoạch truyền thông 2025 của tỉnh"),
        ("initials", "KH truyền thông CCHC, CĐS 2025: các CQ, ĐV, địa phương lồng ghép BC kết quả tuyên truyền CCHC vào BC CCHC định kỳ nào?"),
    ],
    "fact-002": [
        TP("Kế hoạch tuyên truyền CCHC 2025 số 281 của Sở Khoa học và Công nghệ căn cứ kế hoạch CCHC nào của Sở, và thực hiện quyết định nào của Chủ tịch UBND tỉnh?",
           "2074/QĐ-UBND",
           add="Kế hoạch cũng thực hiện Quyết định số 2074/QĐ-UBND ngày 20/12/2021 của Chủ tịch UBND tỉnh về ban hành Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2022 - 2025.",
           entry=("preamble", "Thực hiện Quyết định số 2074/QĐ-UBND ngày 20/12/2021 của Chủ tịch UBND tỉnh về ban hành Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2022 - 2025")),
        ("no_diacritics", "kh 281 cua so khcn duoc xay dung can cu vao ke hoach cchc nam 2025 nao cua so"),
        ("english", "Plan 281 of the Quảng Ngãi Department of Science and Technology is based on which of the Department's own plans on administrative reform for 2025?"),
    ],
    "fact-004": [
        ("informal", "báo cáo tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh là ai ký tên vậy ạ"),
        ("typo", "báo cáo tuyên truyền cchc 2023 ở văn phòng ubnd tỉnh do ai kí vây"),
        ("english", "Who signed the 2023 report on administrative reform communication at the Office of the Quảng Ngãi Provincial People's Committee?"),
    ],
    "fact-010": [
        TP("Năm 2023 Trung tâm Phục vụ - Kiểm soát TTHC tỉnh nhận khoảng bao nhiêu hồ sơ trực tuyến, tỷ lệ bao nhiêu, và thanh toán trực tuyến đạt bao nhiêu tiền?",
           "35 tỷ đồng",
           add="Thanh toán trực tuyến đạt khoảng 35 tỷ đồng.",
           ev="có khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm, đạt tỷ lệ bình quân khoảng 73%/tổng hồ sơ tiếp nhận mới và thanh toán trực tuyến đạt khoảng 35 tỷ đồng"),
        ("no_diacritics", "bao cao 2023: trung tam phuc vu kiem soat tthc tinh nhan duoc bao nhieu ho so truc tuyen, dat ty le bao nhieu"),
        ("initials", "BC tuyên truyền CCHC 2023 của VP UBND tỉnh: TT Phục vụ - KS TTHC tiếp nhận bao nhiêu HS trực tuyến, tỷ lệ bao nhiêu %?"),
    ],
    "fact-017": [
        ("english", "Quảng Ngãi's draft 2025 communication plan cites Decision 49/QĐ-BNV. Who issued that decision, and what plan does it adopt?"),
        ("typo", "qđ số 49/QĐ-BNV ngày nào, do ai kí, ban hành văn bản gì vậy"),
        ("initials", "QĐ 49/QĐ-BNV (căn cứ của dự thảo KH truyền thông CCHC, CĐS 2025) do ai ban hành, ban hành KH gì?"),
    ],
    "fact-024": [
        ("english", "What is Provincial People's Committee Plan 81/KH-UBND, cited in the Office's 2025 communication plan, about?"),
        ("typo", "kế hoach 81/KH-UBND của ubnd tỉnh là triển khai nghị quyêt nào"),
        ("initials", "KH 81/KH-UBND (nêu trong KH tuyên truyền CCHC, CĐS 2025 của VP UBND tỉnh) triển khai NQ nào của CP?"),
    ],
    "abbr-002": [
        ("english", "What does SIPAS stand for?"),
        ("informal", "mn cho em hỏi SIPAS là chỉ số gì vậy ạ"),
        ("no_diacritics", "sipas la chi so gi vay"),
    ],
    "abbr-009": [
        ("english", "What does the abbreviation CCHC mean?"),
        ("typo", "cchc là chữ viêt tắt của cụm từ nào vậy"),
        ("no_diacritics", "chu cchc trong may ke hoach nghia la gi"),
    ],
    "abbr-010": [
        TP("Trong kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh, DDCI là chỉ số gì, còn PAPI là chỉ số gì?",
           "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
           add="PAPI là Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh.",
           ev="Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI)"),
        ("initials", "DDCI trong KH tuyên truyền CCHC 2023 của VP UBND tỉnh là chỉ số gì?"),
        ("informal", "ad ơi DDCI viết đầy đủ ra là chỉ số gì vậy"),
    ],
    "list-005": [
        ("no_diacritics", "bao cao tuyen truyen cchc nam 2023 cua van phong ubnd tinh neu ra nhung han che gi"),
        ("english", "What shortcomings in administrative reform communication does the Office's 2023 report identify?"),
        ("typo", "báo cáo 2023 của văn phòng nêu công tác tuyên truyền cchc còn nhửng hạn chê gì"),
    ],
    "list-008": [
        TP("Dự thảo kế hoạch truyền thông CCHC và CDS 2025 của tỉnh tổ chức những sự kiện, hoạt động chuyển đổi số nào, và cuộc thi tìm hiểu chuyển đổi số cho đoàn viên, thanh niên do ai chủ trì?",
           "Tỉnh đoàn Quảng Ngãi",
           add="Cuộc thi tìm hiểu về Chuyển đổi số trong đoàn viên, thanh niên do Tỉnh đoàn Quảng Ngãi chủ trì (mục C.I.3.đ).",
           entry=("C.I.3.đ", "Đơn vị chủ trì: Tỉnh đoàn Quảng Ngãi.")),
        ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh có những sự kiện, HĐ CĐS nào?"),
        ("typo", "kế hoạch truyền thông năm 2025 của tỉnh tổ chức những sự kiên, hoạt động chuyển đổi sô gì"),
    ],
    "list-013": [
        TP("Kế hoạch 281 của Sở KHCN tuyên truyền những nội dung cơ bản nào của CCHC, và Đề án về dịch vụ công trực tuyến nêu trong phần cải cách TTHC được phê duyệt bằng quyết định nào?",
           "1588/QĐ-TTg",
           add="Đề án về dịch vụ công trực tuyến đến năm 2025, định hướng đến năm 2030 được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1588/QĐ-TTg ngày 17/12/2024 (mục II.5.b).",
           entry=("II.5.b", "được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1588/QĐ-TTg ngày 17/12/2024")),
        ("no_diacritics", "ke hoach tuyen truyen cchc 2025 cua so khcn gom nhung noi dung co ban nao cua cong tac cchc"),
        ("english", "Which core areas of administrative reform does the Department of Science and Technology's 2025 communication plan cover?"),
    ],
    "cross-002": [
        ("informal", "mn ơi hoạt động nhân Ngày Chuyển đổi số quốc gia 2025, kế hoạch 281 bên Sở KHCN với kế hoạch truyền thông của tỉnh mỗi bên ghi làm lúc nào vậy"),
        ("typo", "hoạt động ngày chuyển đổi số quôc gia 2025 trong kế hoạch 281 và kế hoach truyền thông của tỉnh làm vào quý mây"),
        ("no_diacritics", "ngay chuyen doi so quoc gia 2025: ke hoach 281 so khcn va ke hoach truyen thong cua ubnd tinh ghi thoi gian to chuc the nao"),
    ],
    "cross-004": [
        TP("Văn phòng UBND tỉnh giao ai theo dõi, tổng hợp báo cáo kết quả tuyên truyền CCHC năm 2023 và năm 2025, và báo cáo năm 2025 gửi sở nào?",
           "Sở Nội vụ",
           add="Năm 2025 báo cáo được gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh.",
           ev_idx=1,
           ev="Giao Phòng Hành chính - Quản trị chủ trì, theo dõi, tổng hợp, lồng ghép báo cáo kết quả triển khai thực hiện nhiệm vụ tuyên truyền CCHC vào báo cáo CCHC định kỳ hoặc đột xuất tại Văn phòng UBND tỉnh để gửi Sở Nội vụ tổng hợp, báo cáo UBND tỉnh"),
        ("no_diacritics", "o van phong ubnd tinh, nam 2023 va nam 2025 ai tong hop bao cao ket qua tuyen truyen cchc, co doi khong"),
        ("initials", "VP UBND tỉnh: ĐV theo dõi, tổng hợp BC kết quả tuyên truyền CCHC theo KH 2023 và KH 2025 là ai, có khác nhau không?"),
    ],
    "cross-011": [
        TP("Việc công khai TTHC: kế hoạch 2023 của Văn phòng UBND tỉnh giao đơn vị nào chủ trì; kế hoạch truyền thông 2025 của tỉnh giao ai chủ trì và những cơ quan nào phối hợp?",
           "Văn phòng UBND tỉnh",
           ev_idx=1,
           ev="Cơ quan chủ trì: Các sở, ban ngành, địa phương. - Cơ quan phối hợp: Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ; các cơ quan, đơn vị liên quan."),
        ("english", "Who leads the publication of administrative procedures in the Office's 2023 plan, and who is assigned this in the province's 2025 communication plan?"),
        ("informal", "việc công khai thủ tục hành chính năm 2023 bên Văn phòng UBND tỉnh giao ai, qua kế hoạch truyền thông 2025 của tỉnh thì giao ai vậy ạ"),
    ],
    "nodia-008": [
        TP("Kiểm tra việc áp dụng ISO 9001:2015 ở các cơ quan hành chính năm 2025 do đơn vị nào của Sở KHCN chủ trì, làm vào quý nào?",
           "Chi cục Tiêu chuẩn Đo lường Chất lượng",
           ev="Đơn vị chủ trì thực hiện: Chi cục Tiêu chuẩn Đo lường Chất lượng - Thời gian thực hiện: Quý IV/2025."),
        ("informal", "mn cho hỏi năm 2025 bên Sở KHCN đi kiểm tra việc các cơ quan hành chính áp dụng ISO 9001:2015 vào khoảng quý mấy vậy"),
        ("typo", "việc kiểm tra xây dựng, áp dụng hệ thông quản lý chất lượng iso 9001:2015 tại cơ quan hành chính nhà nước trong tỉnh năm 2025 tiến hành lúc nào"),
    ],
    "nodia-012": [
        ("typo", "clip tuyên truyền nâng chỉ sô PCI, PAPI, PAR INDEX của tỉnh sẽ đươc đăng tải lên đâu vậy"),
        ("initials", "Video clip nâng cao chỉ số PCI, PAPI, PAR INDEX (KH truyền thông CCHC, CĐS 2025) được đăng tải trên đâu?"),
        ("informal", "ad ơi mấy cái video clip tuyên truyền nâng chỉ số PCI, PAPI, PAR INDEX thì đăng lên đâu vậy ạ"),
    ],
    "nodia-017": [
        ("typo", "văn phòng ubnd tỉnh (kế hoạch năm 2025) gọi bộ phân một cửa ở các địa phương bằng tên nào khác"),
        ("english", "In the Office's 2025 plan, what other name is given in brackets for the one-stop-shop units in the localities?"),
        ("initials", "KH 2025 của VP UBND tỉnh: BP Một cửa ở các địa phương còn gọi là gì?"),
    ],
    "en-002": [
        TP("Kế hoạch 281: khóa đào tạo về Hệ thống quản lý chất lượng TCVN ISO 9001:2015 cho cơ quan hành chính nhà nước do phòng nào chủ trì và làm trong thời gian nào?",
           "Quý I - II/2025",
           ev="Đơn vị chủ trì thực hiện: Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng. - Thời gian thực hiện: Quý I - II/2025."),
        ("no_diacritics", "dao tao iso 9001:2015 cho co quan hanh chinh trong ke hoach 281 do phong nao chu tri"),
        ("typo", "đào tạo duy trì, cải tiến hệ thông quản lý chất lượng iso 9001 cho cơ quan hành chính thì phòng nào làm chủ trì"),
    ],
    "en-005": [
        ("informal", "năm 2023 Văn phòng UBND tỉnh đăng nội dung hưởng ứng Tuần lễ Chuyển đổi số ở chỗ nào vậy ạ"),
        ("initials", "BC 2023 của VP UBND tỉnh: hưởng ứng Tuần lễ CĐS, VP tuyên truyền ở đâu?"),
        ("no_diacritics", "tuan le chuyen doi so 2023 van phong tuyen truyen o dau"),
    ],
    "en-009": [
        ("informal", "bên Văn phòng UBND tỉnh 2025 ai lo tổng hợp báo cáo tuyên truyền chuyển đổi số với DVC trực tuyến, xong gửi cho sở nào vậy mn"),
        ("no_diacritics", "van phong ubnd tinh nam 2025 don vi nao tong hop bao cao cds va dich vu cong truc tuyen, gui ve so nao"),
        ("initials", "VP UBND tỉnh 2025: ĐV nào tổng hợp BC tuyên truyền CĐS và DVC trực tuyến, gửi về sở nào?"),
    ],
    "unans-009": [
        ("informal", "mn ơi PCI năm 2024 Quảng Ngãi xếp thứ bao nhiêu trên 63 tỉnh thành vậy"),
        ("english", "What was Quảng Ngãi's PCI ranking nationwide in 2024?"),
        ("no_diacritics", "chi so nang luc canh tranh pci cua quang ngai nam 2024 dung thu bao nhieu"),
    ],
    "unans-010": [
        ("initials", "Trụ sở TT Phục vụ - KS TTHC tỉnh QN ở địa chỉ nào?"),
        ("typo", "trung tâm phục vụ kiểm soát thủ tục hành chính tỉnh nằm ở đuờng nao"),
        ("english", "What is the street address of the provincial Public Service and Administrative Procedure Control Centre?"),
    ],
    "unans-015": [
        ("informal", "viết bài đăng lên Cổng thông tin điện tử tỉnh thì được trả nhuận bút bao nhiêu 1 bài vậy ad"),
        ("typo", "nhuận bút mỗi tin bài trên cổng thông tin điện tư tỉnh là bao nhiu"),
        ("initials", "Nhuận bút cho mỗi tin, bài đăng trên Cổng TTĐT tỉnh là bao nhiêu?"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    "np-lead-004": [
        TP("Kế hoạch CCHC 2025 của huyện Đồng Xuân: việc dùng tài khoản VNeID trong tiếp nhận, giải quyết thủ tục do cơ quan nào chủ trì và làm vào thời gian nào?",
           "Quý III - IV/2025", entry=("III.VI.4", "Quý III - IV/2025")),
        ("english", "In Đồng Xuân district's 2025 administrative reform plan, which agency leads the use of VNeID electronic identity accounts when receiving and processing administrative procedures?"),
        ("initials", "KH CCHC 2025 (28/KH-UBND) huyện Đồng Xuân: dùng tài khoản ĐDĐT VNeID khi tiếp nhận, giải quyết TTHC thì CQ nào chủ trì?"),
    ],
    "np-lead-011": [
        TP("Ở Ninh Thuận năm 2024, đợt thanh niên tình nguyện xuống hỗ trợ người dân về chuyển đổi số và dịch vụ công trực tuyến do đơn vị nào chủ trì, tổ chức vào tháng nào?",
           "Tháng 7/2024", entry=("Phụ lục I.5", "Tháng 7/2024")),
        ("informal", "mn ơi đợt thanh niên tình nguyện ra quân hỗ trợ chuyển đổi số, DVC trực tuyến ở Ninh Thuận năm 2024 là bên nào chủ trì vậy"),
        ("no_diacritics", "ra quan thanh nien tinh nguyen ho tro chuyen doi so dich vu cong truc tuyen o ninh thuan ai chu tri"),
    ],
    "np-lead-012": [
        ("typo", "ai phụ trách đăng tin bài cchc lên zalo OA chính quyền số ninh thuân"),
        ("english", "Who posts administrative reform news and infographics on the Ninh Thuận digital government Zalo Official Account, according to the province's 2024 communication plan?"),
        ("informal", "ad ơi cái Zalo OA Chính quyền số Ninh Thuận thì bên nào đăng tin bài CCHC lên vậy ạ"),
    ],
    "np-coord-003": [
        TP("Bệnh án điện tử ở trung tâm y tế các huyện, thị xã, thành phố của Hà Tĩnh: ai chủ trì, ai phối hợp?",
           "Trung tâm Y tế tuyến huyện", entry=("II.3", "Trung tâm Y tế tuyến huyện")),
        ("no_diacritics", "trien khai benh an dien tu o cac trung tam y te huyen ha tinh thi phoi hop voi nhung don vi nao"),
        ("informal", "ad ơi Sở Y tế Hà Tĩnh làm bệnh án điện tử dưới trung tâm y tế huyện thì có những đơn vị nào phối hợp vậy"),
    ],
    "np-coord-007": [
        TP("Huyện Đồng Xuân năm 2024 duy trì đường dây nóng số mấy, và Văn phòng HĐND và UBND huyện phối hợp với ai để làm việc này?",
           "0257.3865.246", add="Số đường dây nóng là 0257.3865.246.",
           entry=("III.2.b", "qua số điện thoại 0257.3865.246")),
        ("initials", "KH CCHC 2024 của UBND huyện Đồng Xuân: duy trì đường dây nóng thì VP HĐND&UBND huyện phối hợp với ĐV nào?"),
        ("typo", "đường dây nóng phản ánh tthc của huyện đồng xuân năm 2024 thì phòng nào phối hợp vơi văn phòng hđnd và ubnd huyện"),
    ],
    "np-timing-003": [
        ("english", "When is the merger and renaming of substandard villages and neighbourhoods scheduled in Đồng Xuân district's 2024 plan?"),
        ("no_diacritics", "dong xuan 2024 sap nhap dat ten thon khu pho khong du tieu chuan lam luc nao"),
        ("informal", "mn ơi vụ sáp nhập thôn, khu phố không đủ chuẩn ở huyện Đồng Xuân năm 2024 làm khoảng thời gian nào vậy"),
    ],
    "np-timing-005": [
        TP("Sở Y tế Hà Tĩnh phải số hóa hồ sơ, kết quả giải quyết TTHC trước ngày nào, và đơn vị nào chủ trì việc này?",
           "Văn phòng Sở", entry=("II.11", "Văn phòng Sở")),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: số hóa HS, kết quả giải quyết TTHC của Sở hạn chót ngày nào?"),
        ("typo", "sở y tế hà tĩnh phải số hoá xong hồ sơ thủ tục hành chinh trước ngày nào"),
    ],
    "np-freq-004": [
        ("english", "How often is the administrative reform TV programme aired in Ninh Thuận under the 2024 plan, and how long is each episode?"),
        ("no_diacritics", "chuyen muc cai cach hanh chinh tren truyen hinh ninh thuan 1 thang phat may ky, moi ky bao nhieu phut"),
        ("typo", "chuyên mục cải cách hành chính trên truyền hình ninh thuận phát mấy kì một tháng, mỗi kì dài bao lâu"),
    ],
    "np-fact-002": [
        ("informal", "kế hoạch CCHC năm 2024 bên huyện Đồng Xuân ai ký vậy ạ"),
        ("english", "Who signed Đồng Xuân district's 2024 administrative reform plan?"),
        ("typo", "kế hoạch 35/KH-UBND về cchc năm 2024 của huyện đồng xuân do ai kí ban hanh"),
    ],
    "np-fact-008": [
        TP("Kế hoạch CCHC 2025 (số 28) của huyện Đồng Xuân căn cứ quyết định nào của UBND tỉnh Phú Yên, và căn cứ kết quả của kế hoạch nào năm trước?",
           "35/KH-UBND",
           add="Kế hoạch còn căn cứ kết quả thực hiện Kế hoạch số 35/KH-UBND ngày 18/01/2024 của UBND huyện về cải cách hành chính năm 2024.",
           entry=("preamble", "Căn cứ kết quả thực hiện Kế hoạch số 35/KH-UBND ngày 18/01/2024 của UBND huyện về cải cách hành chính năm 2024")),
        ("no_diacritics", "ke hoach cchc 2025 cua huyen dong xuan can cu quyet dinh so may cua ubnd tinh phu yen"),
        ("initials", "KH CCHC 2025 của UBND H. Đồng Xuân căn cứ QĐ nào của UBND tỉnh Phú Yên?"),
    ],
    "np-duties-006": [
        ("english", "Which digital transformation tasks does the Hà Tĩnh provincial general hospital lead under the Department of Health's 2025 plan?"),
        ("typo", "bệnh viện đa khoa tỉnh hà tĩnh được giao chủ trì nhửng việc gì về chuyển đổi số"),
        ("no_diacritics", "benh vien da khoa tinh ha tinh chu tri nhung nhiem vu chuyen doi so nao nam 2025"),
    ],
    "np-duties-009": [
        TP("Năm 2024 Sở Văn hóa, Thể thao và Du lịch Ninh Thuận chủ trì những việc tuyên truyền nào, và đợt cổ động trực quan làm vào quý mấy?",
           "Quý II/2024", entry=("IV.4", "Thời gian thực hiện: Quý II/2024.")),
        ("informal", "Sở Văn hóa, Thể thao và Du lịch Ninh Thuận năm 2024 được giao chủ trì mấy việc tuyên truyền CCHC vậy mn"),
        ("initials", "KH tuyên truyền CCHC 2024 (1520/KH-UBND) tỉnh Ninh Thuận: Sở VHTTDL chủ trì những NV nào?"),
    ],
    "np-period-001": [
        ("english", "Which of Đồng Xuân district's 2025 administrative reform tasks fall due or take place in the second quarter of 2025?"),
        ("no_diacritics", "quy 2 nam 2025 huyen dong xuan co nhung nhiem vu cchc nao phai lam"),
        ("informal", "mn ơi theo kế hoạch CCHC 2025 của huyện Đồng Xuân thì trong quý II có những việc gì phải làm vậy"),
    ],
    "np-tasks-003": [
        TP("Danh mục nhiệm vụ ở Phụ lục I kế hoạch tuyên truyền CCHC 2024 của Ninh Thuận có bao nhiêu việc, và việc tổng hợp, báo cáo kết quả phải xong trước ngày nào?",
           "15/12/2024",
           add="Nhiệm vụ tổng hợp, báo cáo kết quả thực hiện Kế hoạch (Sở Nội vụ chủ trì) hoàn thành trước ngày 15/12/2024.",
           entry=("Phụ lục I.13", "Trước ngày 15/12/2024")),
        ("initials", "PL I KH 1520/KH-UBND (tuyên truyền CCHC 2024, Ninh Thuận) gồm bao nhiêu NV?"),
        ("typo", "phụ lục kế hoạch tuyên truyền cchc năm 2024 tỉnh ninh thuận có bao nhiu nhiệm vụ"),
    ],
    "np-cmp-004": [
        TP("Huyện Đồng Xuân khảo sát mức độ hài lòng của người dân vào thời gian nào trong kế hoạch 2024 và kế hoạch 2025, và phòng nào chủ trì?",
           "Phòng Nội vụ", ev_idx=0,
           ev="Cơ quan chủ trì: Phòng Nội vụ. - Cơ quan phối hợp: Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn. - Thời gian hoàn thành: Quý IV/2024."),
        ("no_diacritics", "khao sat muc do hai long cua nguoi dan o dong xuan nam 2024 va 2025 lam vao luc nao"),
        ("english", "When does Đồng Xuân district survey citizen satisfaction under its 2024 plan, and when under its 2025 plan?"),
    ],
    "np-cmp-005": [
        ("informal", "theo dõi thi hành pháp luật đất đai ở Đồng Xuân, qua năm 2025 có thêm ai phối hợp so với 2024 không mn"),
        ("initials", "Theo dõi thi hành PL về đất đai, TTXD: KH CCHC 2025 của huyện Đồng Xuân thêm CQ phối hợp nào so với KH 2024?"),
        ("typo", "theo dõi thi hành pháp luât về đất đai năm 2025 thêm cơ quan phối hợp nào so vơi năm 2024 ở đồng xuân"),
    ],
    "np-nodia-001": [
        ("english", "Which division leads connecting drug retailers to the national pharmaceutical database in Hà Tĩnh?"),
        ("typo", "ai chủ trì kết nối liên thông cơ sở bán lẻ thuôc với hệ thống csdl dược quốc gia ở hà tĩnh"),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: kết nối 100% cơ sở bán lẻ thuốc với CSDL Dược QG do phòng nào chủ trì?"),
    ],
    "np-en-004": [
        TP("Theo kế hoạch CCHC 2024 của huyện Đồng Xuân, các cơ quan chuyên môn và xã, thị trấn phải xây dựng xong kế hoạch CCHC của mình trước ngày nào, và cơ quan nào là thường trực công tác CCHC của huyện?",
           "Phòng Nội vụ",
           add="The standing body for CCHC work in the district is the Phòng Nội vụ (section IV.2).",
           entry=("IV.2", "Phòng Nội vụ là cơ quan thường trực công tác CCHC của huyện")),
        ("informal", "các phòng ban với xã ở Đồng Xuân phải làm xong kế hoạch CCHC 2024 của đơn vị mình trước ngày nào vậy ạ"),
        ("no_diacritics", "han chot cac co quan, xa thi tran o dong xuan xay dung ke hoach cchc 2024 cua minh la ngay nao"),
    ],
    "np-unans-003": [
        ("informal", "kế hoạch chuyển đổi số năm 2025 của Sở Y tế Hà Tĩnh tổng kinh phí bao nhiêu tiền vậy ad"),
        ("initials", "Tổng KP KH CĐS 2025 của SYT Hà Tĩnh là bao nhiêu đồng?"),
        ("english", "What is the total budget, in đồng, of the Hà Tĩnh Department of Health's 2025 digital transformation plan?"),
    ],
    "np-unans-009": [
        ("no_diacritics", "so dien thoai duong day nong phan anh thu tuc hanh chinh cua tinh ninh thuan la so nao"),
        ("typo", "đường dây nóng nhận phản ánh tthc của tỉnh ninh thuận số mây"),
        ("initials", "SĐT đường dây nóng tiếp nhận PAKN về TTHC của tỉnh Ninh Thuận?"),
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
