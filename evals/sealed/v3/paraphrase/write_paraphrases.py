# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v3 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each original (a line of /work/main/evals/qa.jsonl or /work/main/evals/new_plans/qa.jsonl) is asked three more
ways; every paraphrase copies the original's kind/answer/must_include/document/section/evidence, except
two_part paraphrases, which add one must_include string (and, when the answer lacks it, one sentence from
the same section) and extend the evidence (a longer verbatim span of the same section, or one more parallel
entry with the same document and section for a table row / a second line of the header).

    /work/main/.venv/bin/python /work/sealed3/paraphrase/write_paraphrases.py
"""
import json, os, unicodedata, copy

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = {"five": "/work/main/evals/qa.jsonl", "new": "/work/main/evals/new_plans/qa.jsonl"}
OUT = {"five": os.path.join(HERE, "five_plans.jsonl"), "new": os.path.join(HERE, "new_plans.jsonl")}

D_DRAFT = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"
D_281 = "2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt"
D_HT = "2025-so-y-te-ha-tinh-ke-hoach-cds.pdf"
D_DX25 = "2025-huyen-dong-xuan-ke-hoach-cchc.docx"


def TP(q, mi, add=None, ev=None, ev_idx=None, entry=None):
    """two_part spec: extra must_include `mi`; `add` appended to the answer (only given when the answer lacks
    `mi`); `ev` replaces the evidence (or evidence[ev_idx] for parallel lists); `entry` = (section, evidence)
    appended as one more parallel entry of the same document."""
    return ("two_part", q, dict(mi=mi, add=add, ev=ev, ev_idx=ev_idx, entry=entry))


# ---------------------------------------------------------------- five plans (40 originals)
FIVE = {
    "lead-032": [
        ("informal", "ad ơi kế hoạch tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh thì bên nào lo theo dõi với tổng hợp báo cáo kết quả vậy ạ"),
        ("english", "Under the 2023 administrative reform communication plan of the Office of the Quảng Ngãi Provincial People's Committee, which unit is tasked with monitoring the plan and compiling reports on its results?"),
        ("typo", "kế hoạch tuyen truyền cchc 2023 của văn phòng ubnd tỉnh giao ai theo dõi, tổng hơp báo cáo kết qủa thực hiện"),
    ],
    "lead-036": [
        TP("Kế hoạch 2025 của Văn phòng UBND tỉnh giao đơn vị nào cập nhật, công bố kết quả đánh giá Bộ Chỉ số chỉ đạo, điều hành theo Quyết định 766/QĐ-TTg, và bao lâu thì công bố một lần?",
           "hằng tháng, quý, năm"),
        ("initials", "KH tuyên truyền CCHC, CĐS, DVC trực tuyến 2025 của VP UBND tỉnh: ai cập nhật, công bố kết quả Bộ chỉ số chỉ đạo, điều hành theo QĐ 766/QĐ-TTg?"),
        ("no_diacritics", "van phong ubnd tinh nam 2025 giao don vi nao cong bo ket qua danh gia bo chi so chi dao dieu hanh theo quyet dinh 766"),
    ],
    "lead-042": [
        TP("Theo báo cáo tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh, Hội thi CCHC năm 2023 do cơ quan nào tổ chức và Văn phòng đăng khẩu hiệu của Hội thi ở đâu?",
           "bảng điện tử",
           ev="Tích cực tuyên truyền Hội thi CCHC năm 2023 do Sở Thông tin và Truyền thông tổ chức; thực hiện đăng tải khẩu hiệu tuyên truyền Hội thi trên bảng điện tử trước trụ sở Trung tâm Phục vụ - Kiểm soát TTHC tỉnh"),
        ("typo", "hội thi cchc năm 2023 do cơ quan nào tổ chúc vậy, theo báo cáo của văn phòng ubnd tỉnh"),
        ("no_diacritics", "hoi thi cai cach hanh chinh nam 2023 ma van phong ubnd tinh tuyen truyen la so nao to chuc vay"),
    ],
    "lead-044": [
        TP("Năm 2023 Văn phòng UBND tỉnh chỉ đạo đơn vị nào phối hợp với báo chí làm các chuyên mục CCHC, và đó là những cơ quan báo chí nào?",
           "VTV8",
           ev="Văn phòng thường xuyên chỉ đạo Trung tâm Phục vụ - Kiểm soát TTHC tỉnh tích cực phối hợp với các cơ quan thông tấn báo chí, như: VTV8, Đài Phát thanh và Truyền hình Quảng Ngãi, Báo Quảng Ngãi, Cổng Thông tin điện tử tỉnh"),
        ("informal", "cho em hỏi năm 2023 Văn phòng UBND tỉnh giao bên nào đi phối hợp với báo đài làm mấy chuyên mục cải cách hành chính vậy ạ"),
        ("typo", "năm 2023 văn phòng ubnd tinh chỉ đạo đơn vi nào phối hơp với báo chí làm chuyên mục cchc"),
    ],
    "lead-014": [
        TP("Trong dự thảo kế hoạch truyền thông CCHC và CDS 2025 của UBND tỉnh, cuộc thi video clip tuyên truyền Đại hội đảng các cấp gắn với truyền thông CCHC do cơ quan nào chủ trì, tổ chức vào thời gian nào?",
           "quý II, III năm 2025",
           ev="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch. - Cơ quan phối hợp: Các cơ quan, đơn vị liên quan; Chính quyền địa phương. - Thời gian thực hiện: Trong quý II, III năm 2025."),
        ("english", "In Quảng Ngãi province's draft 2025 communication plan on administrative reform and digital transformation, which department runs the video clip contest promoting the Party congresses at all levels?"),
        ("no_diacritics", "cuoc thi video clip tuyen truyen dai hoi dang cac cap gan voi cchc trong ke hoach truyen thong 2025 cua tinh do so nao chu tri"),
    ],
    "lead-010": [
        ("initials", "KH truyền thông CCHC và CĐS 2025 của UBND tỉnh giao ai chủ trì truyền thông nâng cao nhận thức về ATTT, ANM trong quá trình CĐS?"),
        ("typo", "truyền thông nâng cao nhận thức an toàn thông tin, an ninh mang trong chuyển đổi sô thì giao cho ai chủ tri"),
        ("no_diacritics", "theo ke hoach truyen thong 2025 cua tinh ai chu tri truyen thong ve an toan thong tin an ninh mang trong chuyen doi so"),
    ],
    "coord-012": [
        ("initials", "KH 2025 của VP UBND tỉnh: TT Công báo và Tin học tổng hợp BC CĐS thì phối hợp với đơn vị nào?"),
        ("english", "In the 2025 plan of the Office of the Quảng Ngãi Provincial People's Committee, when the Official Gazette and Informatics Centre compiles the digital transformation reports, which units does it work with?"),
        ("typo", "năm 2025 trung tâm công báo và tin hoc tổng hợp báo cáo chuyển đổi số ở văn phòng ubnd tỉnh thì phói hợp vs đơn vị nào"),
    ],
    "coord-004": [
        TP("Theo kế hoạch truyền thông 2025 của UBND tỉnh, Sở Văn hóa, Thể thao và Du lịch hướng dẫn truyền thông về CCHC thì phối hợp với ai, và phải làm trong thời gian nào?",
           "Quý I/2025", add="Thời gian thực hiện: Quý I/2025.",
           ev="Cơ quan phối hợp: Các cơ quan báo chí, các đơn vị truyền thông trên địa bàn tỉnh. - Thời gian thực hiện: Quý I/2025."),
        ("no_diacritics", "so van hoa the thao va du lich huong dan truyen thong cchc thi phoi hop voi nhung ai"),
        ("informal", "ad ơi vụ Sở Văn hóa, Thể thao và Du lịch hướng dẫn các nơi truyền thông CCHC năm 2025 thì phối hợp với những ai vậy ạ"),
    ],
    "coord-007": [
        TP("Chuyên mục phát thanh về chuyển đổi số trên hệ thống truyền thanh cấp xã phối hợp với sở nào, và mỗi tháng làm mấy chuyên mục?",
           "mỗi tháng 01 chuyên mục/chương trình", add="Tần suất: mỗi tháng 01 chuyên mục/chương trình.",
           ev="Tần suất: mỗi tháng 01 chuyên mục/chương trình. - Đơn vị chủ trì: UBND cấp xã (Đài Truyền thanh cấp xã). - Đơn vị phối hợp: Sở Khoa học và Công nghệ."),
        ("typo", "đài truyền thanh cấp xa làm chuyên mục chuyển đổi sô thì phối hợp vs sở nào vậy"),
        ("english", "For the commune-level radio programme on digital transformation in Quảng Ngãi province's draft 2025 communication plan, which provincial department is the coordinating partner?"),
    ],
    "coord-011": [
        TP("Năm 2025 ở Văn phòng UBND tỉnh, việc vận động công chức tham gia các cuộc thi, hội thi tìm hiểu về CCHC và CĐS do đơn vị nào chủ trì, đơn vị nào phối hợp?",
           "Trung tâm Phục vụ - Kiểm soát TTHC tỉnh",
           ev="Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh. - Đơn vị phối hợp: Trung tâm Công báo và Tin học; các phòng, ban, đơn vị."),
        ("informal", "năm 2025 bên Văn phòng UBND tỉnh vận động anh em công chức đi thi tìm hiểu CCHC, chuyển đổi số thì đơn vị nào phối hợp vậy mn"),
        ("no_diacritics", "van dong cong chuc van phong ubnd tinh tham gia hoi thi tim hieu cchc va cds nam 2025 co don vi nao phoi hop"),
    ],
    "timing-001": [
        TP("Kế hoạch truyền thông 2025 của UBND tỉnh: hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia làm vào quý nào và đơn vị nào chủ trì?",
           "Sở Khoa học và Công nghệ",
           ev="Đơn vị chủ trì: Sở Khoa học và Công nghệ. - Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương. - Thời gian thực hiện: Quý III/2025."),
        ("initials", "Theo KH truyền thông CCHC và CĐS 2025 của UBND tỉnh, hưởng ứng Ngày CĐS quốc gia tổ chức quý mấy?"),
        ("english", "According to Quảng Ngãi province's 2025 communication plan, in which quarter will the activities marking National Digital Transformation Day take place?"),
    ],
    "timing-008": [
        TP("Kế hoạch 281 của Sở Khoa học và Công nghệ: mục tuyên truyền CCHC trên trang thông tin điện tử của Sở được duy trì, cập nhật khi nào và ai chủ trì?",
           "Ban Biên tập Trang thông tin điện tử của Sở",
           add="Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở.",
           ev="Duy trì mục tuyên truyền CCHC trên Trang Thông tin điện tử của Sở và cập nhật thông tin về CCHC - Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở. - Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở. - Thời gian thực hiện: Thường xuyên trong năm."),
        ("informal", "hỏi xíu, mục tuyên truyền CCHC trên web của Sở Khoa học và Công nghệ theo kế hoạch 281 thì bao giờ cập nhật vậy ạ"),
        ("typo", "mục tuyen truyền cchc trên trang thông tin điện tủ của sở khcn duy trì, cập nhật khi nào"),
    ],
    "timing-013": [
        TP("Chuyên trang Chuyển đổi số và Nghị quyết 57 trên Báo Quảng Ngãi thực hiện trong thời gian nào, báo in ra mấy kỳ một tháng?",
           "01 kỳ/1 trang/tháng",
           add="Tần suất: 01 kỳ/1 trang/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử).",
           ev="Tần suất: 01 kỳ/1 trang/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử). - Đơn vị chủ trì: Báo Quảng Ngãi. - Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị, địa phương liên quan. - Thời gian thực hiện: Năm 2025."),
        ("no_diacritics", "chuyen trang chuyen doi so va nghi quyet 57 tren bao quang ngai lam khi nao"),
        ("initials", "Chuyên trang CĐS và NQ 57 trên Báo QN (KH truyền thông CCHC, CĐS 2025 của UBND tỉnh) thực hiện trong thời gian nào?"),
    ],
    "timing-018": [
        ("informal", "mn ơi kế hoạch tuyên truyền CCHC, chuyển đổi số và dịch vụ công trực tuyến 2025 của Văn phòng UBND tỉnh ra tháng mấy vậy"),
        ("initials", "KH tuyên truyền CCHC, CĐS và DVC trực tuyến năm 2025 của VP UBND tỉnh lập tháng nào?"),
        ("typo", "kế hoạch tuyên truyền cchc, chuyển đổi sô và dịch vụ công trực tuyên năm 2025 của văn phòng ubnd tỉnh làm thang mấy"),
    ],
    "freq-002": [
        TP("Chuyên mục “Cải cách hành chính” trên kênh phát thanh của tỉnh ra mấy số một tháng, mỗi số dài bao nhiêu phút?",
           "15 phút/chuyên mục"),
        ("english", "How many editions a month of the \"Administrative Reform\" programme will provincial radio broadcast under Quảng Ngãi's draft 2025 communication plan?"),
        ("informal", "chuyên mục Cải cách hành chính trên radio của tỉnh 1 tháng phát mấy số vậy ad"),
    ],
    "freq-010": [
        ("initials", "Chuyên mục CĐS trên kênh truyền hình của Đài PT-TH tỉnh phát mấy số/tuần?"),
        ("no_diacritics", "chuyen muc chuyen doi so tren kenh truyen hinh cua dai tinh mot tuan phat may so"),
        ("typo", "chuyên mục chuyển đổi số trên kênh truyền hinh đài tỉnh phát mấy sô 1 tuần"),
    ],
    "freq-004": [
        ("informal", "ad ơi chuyên mục Chuyển đổi số với Nghị quyết 57 trên radio của Đài tỉnh 1 năm phát nhiêu số vậy"),
        ("english", "How many editions a year of the radio segment on digital transformation and Resolution 57 will the provincial radio and television station broadcast?"),
        ("initials", "Chuyên mục CĐS và NQ 57 trên kênh phát thanh Đài PT&TH tỉnh bao nhiêu số/năm?"),
    ],
    "fact-001": [
        TP("Kế hoạch tuyên truyền CCHC năm 2025 của Sở Khoa học và Công nghệ số mấy, ban hành ngày nào?",
           "26 tháng 3 năm 2025", entry=("header", "Quảng Ngãi, ngày 26 tháng 3 năm 2025")),
        ("no_diacritics", "ke hoach tuyen truyen cchc nam 2025 cua so khoa hoc va cong nghe so hieu la gi"),
        ("english", "What is the reference number of the 2025 administrative reform communication plan of the Quảng Ngãi Department of Science and Technology?"),
    ],
    "fact-005": [
        TP("Kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh thực hiện văn bản nào, cụ thể là các nhiệm vụ giao tại khoản, mục nào của văn bản đó?",
           "Khoản 2 Mục V",
           add="Văn phòng xây dựng kế hoạch đối với các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số 40/KH-UBND.",
           ev="Thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2023 của Chủ tịch UBND tỉnh về tuyên truyền cải cách hành chính năm 2023 trên địa bàn tỉnh Quảng Ngãi, Văn phòng UBND tỉnh xây dựng Kế hoạch tuyên truyền cải cách hành chính (CCHC) năm 2023 đối với các nhiệm vụ được giao tại Khoản 2 Mục V Kế hoạch số 40/KH-UBND"),
        ("informal", "kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh là làm theo văn bản nào vậy mn"),
        ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh được xây dựng để thực hiện KH nào của CT UBND tỉnh?"),
    ],
    "fact-012": [
        TP("Báo cáo 2023 của Văn phòng UBND tỉnh: chỉ tiêu tỷ lệ dịch vụ công trực tuyến toàn trình được tuyên truyền là bao nhiêu, còn tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính cung cấp thanh toán trực tuyến là bao nhiêu?",
           "60%"),
        ("typo", "chỉ tiêu tỷ lệ dịch vụ công trưc tuyến toàn trình mà văn phòng ubnd tỉnh tuyên truyền năm 2023 là bao nhieu %"),
        ("no_diacritics", "chi tieu ty le dich vu cong truc tuyen toan trinh ma van phong ubnd tinh tuyen truyen nam 2023 la bao nhieu phan tram"),
    ],
    "fact-018": [
        ("initials", "KH 336-KH/TU của TU Quảng Ngãi ban hành ngày nào, để thực hiện NQ nào?"),
        ("no_diacritics", "ke hoach 336 cua tinh uy quang ngai ban hanh ngay nao, de thuc hien nghi quyet gi"),
        ("informal", "cho hỏi kế hoạch 336 của Tỉnh ủy mà dự thảo kế hoạch truyền thông 2025 có nhắc ra ngày nào, để làm theo nghị quyết nào vậy ạ"),
    ],
    "fact-025": [
        TP("Kế hoạch 2025 của Văn phòng UBND tỉnh có nhắc Nghị quyết 74/NQ-CP: nghị quyết đó ban hành ngày nào và nói về nội dung gì?",
           "07/4/2025"),
        ("english", "The 2025 plan of the Office of the Quảng Ngãi Provincial People's Committee cites Government Resolution 74/NQ-CP. What is that resolution about?"),
        ("typo", "nghị quyết 74/NQ-CP trong kế hoạch 2025 của văn phòng ubnd tỉnh nói vê nội dung gì"),
    ],
    "abbr-003": [
        TP("Trong kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh, PAPI là chỉ số gì, còn PCI là chỉ số gì?",
           "Chỉ số năng lực cạnh tranh cấp tỉnh", add="PCI là Chỉ số năng lực cạnh tranh cấp tỉnh.",
           ev="Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"),
        ("informal", "mn ơi cái chỉ số PAPI hay nhắc trong mấy kế hoạch CCHC là chỉ số gì vậy"),
        ("english", "What does the PAPI index stand for?"),
    ],
    "abbr-005": [
        ("no_diacritics", "chi so dti la chi so gi"),
        ("typo", "DTI là chỉ sô gì z"),
        ("initials", "Trong KH tuyên truyền CCHC, CĐS 2025 của VP UBND tỉnh, DTI là chỉ số gì?"),
    ],
    "abbr-007": [
        ("english", "In the 2025 plan of the Office of the Quảng Ngãi Provincial People's Committee, what does the abbreviation \"CĐS\" stand for?"),
        ("initials", "CĐS trong KH tuyên truyền 2025 của VP UBND tỉnh là viết tắt của gì?"),
        ("no_diacritics", "cds trong ke hoach nam 2025 cua van phong ubnd tinh la viet tat cua tu gi"),
    ],
    "list-001": [
        TP("Kế hoạch 281 của Sở Khoa học và Công nghệ đưa ra những khẩu hiệu nào, khẩu hiệu cuối kêu gọi truy cập trang web nào?",
           "https://dichvucong.quangngai.gov.vn/",
           entry=("III", "Nộp hồ sơ trực tuyến - Nhận kết quả tại nhà - Hãy truy cập https://dichvucong.quangngai.gov.vn/!")),
        ("typo", "kế hoạch 281 của sở khoa học và công nghê có những khẩu hiêu tuyên truyền nào"),
        ("initials", "KH 281/KH-SKHCN của Sở KHCN đưa ra các khẩu hiệu tuyên truyền CCHC nào?"),
    ],
    "list-012": [
        ("english", "In 2023, which plans of the Quảng Ngãi Provincial People's Committee related to administrative reform communication did the Office help draft?"),
        ("informal", "năm 2023 Văn phòng UBND tỉnh tham mưu cho tỉnh ra những kế hoạch nào liên quan tuyên truyền CCHC vậy mn"),
        ("no_diacritics", "nam 2023 van phong tham muu ubnd tinh ban hanh nhung ke hoach nao lien quan tuyen truyen cchc"),
    ],
    "list-007": [
        ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: chuyên trang, chuyên mục tuyên truyền CCHC làm trên những kênh nào?"),
        ("typo", "chuyên trang chuyên mục tuyen truyền cchc của tỉnh được xây dựng trên nhũng kênh nào"),
        ("english", "On which channels will Quảng Ngãi province set up pages and programmes on administrative reform, according to its draft 2025 communication plan?"),
    ],
    "cross-006": [
        ("informal", "ai ký kế hoạch tuyên truyền CCHC của Văn phòng UBND tỉnh năm 2023 với năm 2025 vậy ạ, có phải cùng 1 chánh văn phòng ko"),
        ("no_diacritics", "chanh van phong ky ke hoach tuyen truyen cchc cua van phong ubnd tinh nam 2023 va nam 2025 la ai"),
        ("typo", "chánh văn phòng ki kế hoạch tuyên truyền cchc của văn phòng ubnd tỉnh năm 2023 và năm 2025 là ai"),
    ],
    "cross-007": [
        TP("Năm 2025 Văn phòng UBND tỉnh lồng ghép nội dung CCHC trong nội bộ cơ quan thêm những hình thức nào so với năm 2023, và phòng nào chủ trì việc này?",
           "Phòng Hành chính - Quản trị", ev_idx=1,
           ev="Lồng ghép, đưa các nội dung CCHC trong nội bộ cơ quan thông qua sinh hoạt chuyên đề của chi bộ, sinh hoạt đoàn thể, cuộc họp giao ban, họp định kỳ; thông qua việc gửi văn bản trên Hệ thống quản lý văn bản và điều hành - Đơn vị chủ trì: Phòng Hành chính - Quản trị."),
        ("english", "Compared with 2023, what additional ways does the Office of the Quảng Ngãi Provincial People's Committee use in 2025 to bring administrative reform content into its internal activities?"),
        ("initials", "Lồng ghép CCHC trong nội bộ VP UBND tỉnh: KH 2025 thêm hình thức nào so với KH 2023?"),
    ],
    "cross-008": [
        ("no_diacritics", "kinh phi tuyen truyen cchc nam 2025 lay tu dau theo ke hoach 281 cua so khcn va theo ke hoach truyen thong cua ubnd tinh"),
        ("informal", "kinh phí tuyên truyền CCHC năm 2025 lấy ở đâu ra vậy mn, theo kế hoạch 281 của Sở Khoa học và Công nghệ với kế hoạch truyền thông của UBND tỉnh á"),
        ("english", "Where does the money for administrative reform communication in 2025 come from, according to plan 281 of the Department of Science and Technology and the communication plan of the Quảng Ngãi Provincial People's Committee?"),
    ],
    "nodia-016": [
        ("english", "To which department did the Office of the Quảng Ngãi Provincial People's Committee send its 2023 report on administrative reform communication for monitoring and consolidation?"),
        ("initials", "BC tuyên truyền CCHC năm 2023 của VP UBND tỉnh gửi Sở nào theo dõi, tổng hợp?"),
        ("typo", "báo cáo tuyên truyền cchc năm 2023 của văn phòng gủi sở nào vậy"),
    ],
    "nodia-006": [
        ("informal", "Báo Quảng Ngãi với Đài tỉnh có phải làm mục phản hồi ý kiến của người dân về CCHC không mn"),
        ("initials", "Theo KH truyền thông CCHC và CĐS 2025, Báo QN và Đài PTTH tỉnh có phải xây dựng mục phản hồi ý kiến người dân, DN về CCHC không?"),
        ("english", "Under Quảng Ngãi province's draft 2025 communication plan, are Quảng Ngãi Newspaper and the provincial radio and television station expected to set up a section for feedback from citizens and businesses on administrative reform?"),
    ],
    "nodia-010": [
        TP("Truyền thông về chuyển đổi số trong giáo dục và đào tạo gồm những nội dung gì, và việc tăng khả năng tiếp cận giáo dục ưu tiên người dân ở đâu?",
           "vùng khó khăn",
           add="Tận dụng công nghệ số để gia tăng khả năng tiếp cận giáo dục cho mọi đối tượng, nhất là người dân ở vùng khó khăn.",
           ev="phát triển giáo dục STEM, giáo dục kỹ năng số, giáo dục đổi mới sáng tạo, tận dụng công nghệ số để gia tăng khả năng tiếp cận giáo dục cho mọi đối tượng, nhất là người dân ở vùng khó khăn; triển khai học bạ điện tử, nền tảng giáo dục trực tuyến"),
        ("typo", "truyền thông chuyển đổi sô trong giáo duc và đào tạo gồm những nội dung gì"),
        ("english", "What topics does Quảng Ngãi province's draft 2025 communication plan list for communication on digital transformation in education and training?"),
    ],
    "en-007": [
        ("informal", "dự thảo kế hoạch truyền thông CCHC và chuyển đổi số 2025 của UBND tỉnh ai ký vậy ad"),
        ("no_diacritics", "du thao ke hoach truyen thong cchc va cds nam 2025 cua ubnd tinh do ai ky"),
        ("initials", "Dự thảo KH truyền thông CCHC, CĐS năm 2025 của UBND tỉnh QN do ai ký?"),
    ],
    "en-010": [
        TP("Chuyên mục Chuyển đổi số trên Cổng thông tin điện tử tỉnh phải cập nhật bao nhiêu tin, bài một tháng, có tiếng Anh không, và đơn vị nào chủ trì?",
           "Trung tâm Công báo và Tin học",
           add="It is led by the Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học).",
           ev="Tần suất: khoảng 15 tin, bài, video/tháng (bao gồm tiếng Anh và tiếng Việt). - Đơn vị chủ trì: Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học)."),
        ("no_diacritics", "chuyen muc chuyen doi so tren cong thong tin dien tu tinh moi thang dang bao nhieu tin bai, co tieng anh khong"),
        ("informal", "mn ơi chuyên mục chuyển đổi số trên cổng TTĐT tỉnh 1 tháng đăng nhiêu bài vậy, có bản tiếng Anh ko"),
    ],
    "en-011": [
        ("informal", "ra Trung tâm Phục vụ - Kiểm soát TTHC tỉnh có quét mã QR để tra cứu thủ tục được không mn"),
        ("no_diacritics", "o trung tam phuc vu kiem soat tthc tinh co quet ma qr code de tra cuu thu tuc hanh chinh duoc khong"),
        ("typo", "có tra cưu thủ tục hành chinh bằng quét mã QR ở trung tâm phục vụ của tỉnh đc ko"),
    ],
    "unans-005": [
        ("informal", "ad ơi Trung tâm phục vụ hành chính công mấy giờ mở cửa, thứ 7 có làm ko ạ"),
        ("english", "What are the opening hours of the public administration service centre, and is it open on Saturdays?"),
        ("no_diacritics", "trung tam phuc vu hanh chinh cong lam viec tu may gio, thu bay co mo cua khong"),
    ],
    "unans-011": [
        ("initials", "GĐ Sở KHCN Quảng Ngãi tên gì?"),
        ("typo", "giám đôc sở khoa học và công nghệ quảng ngãi tên là gi"),
        ("english", "What is the name of the Director of the Quảng Ngãi Department of Science and Technology?"),
    ],
    "unans-014": [
        ("informal", "cho xin số điện thoại của Tỉnh đoàn Quảng Ngãi với mn"),
        ("typo", "số điện thoai tỉnh đoàn quảng ngãi là bao nhiu"),
        ("initials", "SĐT Tỉnh đoàn QN là số mấy?"),
    ],
}

# ---------------------------------------------------------------- new plans (20 originals)
NEW = {
    "np-lead-006": [
        TP("Kế hoạch chuyển đổi số 2025 của Sở Y tế Hà Tĩnh: bệnh án điện tử ở các trung tâm y tế huyện do đơn vị nào triển khai, làm trong thời gian nào?",
           "Quý III - IV/2025", entry=("II.3", "Quý III - IV/2025")),
        ("english", "In the Hà Tĩnh Department of Health's 2025 digital transformation plan, who is responsible for rolling out electronic medical records at the district health centres?"),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: bệnh án điện tử tại TTYT các huyện, TP, TX do ai chủ trì?"),
    ],
    "np-lead-007": [
        TP("Sao lưu dữ liệu các hệ thống thông tin dùng chung của ngành y tế Hà Tĩnh giao cho đơn vị nào, và bao lâu sao lưu một lần?",
           "Hằng tuần", entry=("II.18", "Hằng tuần")),
        ("typo", "sao lưu dữ liêu hệ thống dùng chung ngành y tê hà tĩnh ai lo vậy"),
        ("no_diacritics", "sao luu du lieu cac he thong thong tin dung chung cua nganh y te ha tinh do don vi nao chu tri"),
    ],
    "np-lead-008": [
        TP("Hội thi tìm hiểu về CCHC năm 2024 của tỉnh Ninh Thuận do cơ quan nào chủ trì và tổ chức vào quý mấy?",
           "Quý III/2024",
           ev="Cơ quan chủ trì: Sở Nội vụ. - Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch; Sở Giáo dục và Đào tạo; Đài Phát thanh và Truyền hình tỉnh. - Thời gian thực hiện: Quý III/2024."),
        ("informal", "mn ơi hội thi tìm hiểu cải cách hành chính 2024 ở Ninh Thuận là sở nào tổ chức vậy"),
        ("no_diacritics", "hoi thi tim hieu cchc nam 2024 cua tinh ninh thuan do co quan nao chu tri"),
    ],
    "np-lead-010": [
        ("no_diacritics", "tuyen truyen van hoa cong vu o ninh thuan nam 2024 do so nao chu tri"),
        ("initials", "Theo PL I KH tuyên truyền CCHC 2024 (1520/KH-UBND) của UBND tỉnh Ninh Thuận, ai chủ trì tuyên truyền văn hóa công vụ?"),
        ("typo", "ai phu trách tuyên truyền văn hoá công vụ trong kế hoạch tuyên truyền cchc 2024 của ninh thuân"),
    ],
    "np-coord-004": [
        TP("Liên thông giấy chứng sinh, giấy báo tử lên VNeID ở Sở Y tế Hà Tĩnh: Phòng Nghiệp vụ Y phối hợp với ai và hạn là khi nào?",
           "Tháng 6/2025", entry=("II.6", "Tháng 6/2025")),
        ("english", "For linking birth and death certificates to VNeID under the Hà Tĩnh Department of Health's 2025 plan, which agencies does the Medical Affairs Division work with?"),
        ("informal", "vụ liên thông giấy chứng sinh, giấy báo tử lên VNeID bên Sở Y tế Hà Tĩnh thì Phòng Nghiệp vụ Y làm cùng những cơ quan nào vậy ạ"),
    ],
    "np-coord-006": [
        ("initials", "PL I KH 1520/KH-UBND Ninh Thuận: làm phóng sự về gương điển hình CCHC thì Đài PT-TH phối hợp với sở nào?"),
        ("no_diacritics", "lam phong su guong dien hinh cchc o ninh thuan thi dai phoi hop voi so nao"),
        ("typo", "xây dựng phóng sự chuyên đề gương điển hình cchc ở ninh thuận đài phối hợp vơi ai"),
    ],
    "np-freq-001": [
        TP("Năm 2024 ở huyện Đồng Xuân, chuyên mục CCHC trên Đài Truyền thanh huyện phát mấy kỳ một tháng và đơn vị nào chủ trì?",
           "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
           ev="Xây dựng chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện, phát sóng 02 kỳ/tháng; đăng tin, bài về CCHC trên Trang thông tin điện tử huyện. - Cơ quan chủ trì: Trung tâm Văn hóa - Thông tin và Thể thao huyện."),
        ("english", "How many times a month is the administrative reform programme broadcast on the Đồng Xuân district radio under the district's 2024 plan?"),
        ("informal", "chuyên mục CCHC trên đài truyền thanh huyện Đồng Xuân năm 2024 một tháng phát mấy lần vậy mn"),
    ],
    "np-fact-005": [
        ("no_diacritics", "tong kinh phi ke hoach tuyen truyen cchc 2024 cua ninh thuan la bao nhieu"),
        ("english", "What is the total budget of Ninh Thuận province's 2024 administrative reform communication plan?"),
        ("typo", "tổng kinh phí kế hoach tuyên truyền cchc năm 2024 của tỉnh ninh thuận bao nhiu tiền"),
    ],
    "np-fact-006": [
        TP("Số đường dây nóng phản ánh thủ tục hành chính của huyện Đồng Xuân là số mấy, và số này được niêm yết ở đâu?",
           "Bộ phận Một cửa huyện",
           add="Số điện thoại này được niêm yết công khai tại Bộ phận Một cửa huyện và trụ sở UBND các xã, thị trấn.",
           ev="qua số điện thoại 0257.3865.246; niêm yết công khai số điện thoại này tại Bộ phận Một cửa huyện và trụ sở UBND các xã, thị trấn."),
        ("informal", "cho em xin số đường dây nóng phản ánh về thủ tục hành chính của huyện Đồng Xuân với ạ"),
        ("initials", "SĐT đường dây nóng phản ánh TTHC của UBND huyện Đồng Xuân (KH CCHC 2024) là số nào?"),
    ],
    "np-duties-001": [
        TP("Năm 2025 Phòng Tư pháp huyện Đồng Xuân chủ trì những nhiệm vụ gì, và việc rà soát văn bản quy phạm pháp luật phải xong trước ngày nào?",
           "30/11/2025", entry=("III.I.1", "Trước ngày 30/11/2025")),
        ("typo", "phòng tư pháp huyện đồng xuân được giao chủ trì nhũng nhiệm vụ gì trong kế hoach cchc 2025"),
        ("no_diacritics", "phong tu phap huyen dong xuan chu tri nhung viec gi trong ke hoach cchc nam 2025"),
    ],
    "np-duties-004": [
        ("informal", "mn ơi trong kế hoạch CCHC 2025 của huyện Đồng Xuân thì Phòng Nội vụ ôm những việc gì vậy"),
        ("initials", "KH CCHC 2025 (28/KH-UBND) của UBND huyện Đồng Xuân giao P. Nội vụ chủ trì các nhiệm vụ nào?"),
        ("typo", "phòng nội vu huyện đồng xuân năm 2025 chủ trì nhũng việc gì"),
    ],
    "np-period-003": [
        ("english", "Which tasks in the Hà Tĩnh Department of Health's 2025 digital transformation plan fall in the third quarter of 2025?"),
        ("no_diacritics", "so y te ha tinh co nhung viec nao phai lam trong quy 3 nam 2025"),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: những nhiệm vụ nào rơi vào QIII/2025?"),
    ],
    "np-tasks-002": [
        ("informal", "mn ơi kế hoạch chuyển đổi số 2025 của Sở Y tế Hà Tĩnh giao những việc cụ thể gì vậy, liệt kê giúp em với"),
        ("english", "What specific tasks does the Hà Tĩnh Department of Health's 2025 digital transformation plan assign?"),
        ("typo", "kế hoạch chuyển đổi sô của sở y tế hà tinh có những nhiệm vụ cụ thể nào"),
    ],
    "np-cmp-001": [
        TP("Rà soát, đơn giản hóa TTHC ở huyện Đồng Xuân: năm 2024 ai chủ trì và hạn đến khi nào, sang năm 2025 thì ai chủ trì?",
           "15/6/2024", add="Thời gian hoàn thành năm 2024: Trước ngày 15/6/2024.", ev_idx=0,
           ev="Cơ quan chủ trì: Phòng Tư pháp. - Cơ quan phối hợp: Các cơ quan chuyên môn thuộc UBND huyện. - Thời gian hoàn thành: Trước ngày 15/6/2024."),
        ("initials", "Rà soát, đơn giản hóa TTHC của UBND huyện Đồng Xuân: KH 2025 giao ai chủ trì, khác KH 2024 thế nào?"),
        ("informal", "năm 2025 ở Đồng Xuân việc rà soát, đơn giản hóa thủ tục hành chính đổi qua ai chủ trì vậy mn, năm 2024 là ai"),
    ],
    "np-cmp-006": [
        ("no_diacritics", "huong dan dan nop ho so, thanh toan truc tuyen o dong xuan nam 2024 va 2025 ai chu tri"),
        ("informal", "việc hướng dẫn bà con nộp hồ sơ, thanh toán online ở Đồng Xuân năm 2024 với năm 2025 là bên nào lo vậy ạ, có đổi không"),
        ("typo", "hướng dẫn ngừoi dân nộp hồ sơ và thanh toán trực tuyến năm 2024 và 2025 ở huyện đồng xuân do ai chủ trì"),
    ],
    "np-nodia-004": [
        TP("Đặt lịch khám bệnh trực tuyến ở Bệnh viện Đa khoa tỉnh Hà Tĩnh triển khai lúc nào, và đơn vị nào phối hợp?",
           "Trung tâm Y tế các huyện, thành phố, thị xã",
           add="Đơn vị phối hợp: Trung tâm Y tế các huyện, thành phố, thị xã.",
           entry=("II.8", "Trung tâm Y tế các huyện, thành phố, thị xã")),
        ("english", "When will online appointment booking be introduced at the Hà Tĩnh provincial general hospital?"),
        ("informal", "bệnh viện đa khoa tỉnh Hà Tĩnh bao giờ mới cho đặt lịch khám online vậy mn"),
    ],
    "np-nodia-005": [
        ("english", "Who signed the Hà Tĩnh Department of Health's 2025 digital transformation plan?"),
        ("initials", "KH CĐS 2025 (412/KH-SYT) của SYT Hà Tĩnh do ai ký?"),
        ("typo", "ai ký kế hoạch chuyển đổi sô năm 2025 của sở y tê hà tĩnh"),
    ],
    "np-en-002": [
        TP("Kế hoạch CCHC 2025 của huyện Đồng Xuân: bảo đảm an toàn thông tin mạng do phòng nào chủ trì, phối hợp với ai?",
           "Công an huyện", entry=("III.VI.3", "Công an huyện")),
        ("no_diacritics", "bao dam an toan thong tin mang nam 2025 o huyen dong xuan ai chu tri"),
        ("initials", "KH CCHC 2025 của UBND huyện Đồng Xuân: ai chủ trì bảo đảm ATTT mạng cho các cơ quan nhà nước?"),
    ],
    "np-unans-002": [
        ("informal", "kế hoạch CCHC 2025 của huyện Đồng Xuân được cấp tổng cộng nhiêu tiền vậy ad"),
        ("english", "How much money in total is allocated to Đồng Xuân district's 2025 administrative reform plan?"),
        ("no_diacritics", "tong kinh phi ke hoach cchc 2025 cua huyen dong xuan la bao nhieu tien"),
    ],
    "np-unans-007": [
        ("initials", "Email P. Nội vụ huyện Đồng Xuân là gì?"),
        ("typo", "địa chỉ email của phòng nôi vụ huyện đồng xuân là gi"),
        ("english", "What is the email address of the Home Affairs Division of Đồng Xuân district?"),
    ],
}

FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def build(orig, n, spec):
    style, q = spec[0], spec[1]
    it = {"id": f"{orig['id']}-q{n}", "orig_id": orig["id"], "style": style, "question": nfc(q)}
    for f in FIELDS[4:]:
        it[f] = copy.deepcopy(orig[f])
    if style == "two_part":
        x = spec[2]
        assert orig["kind"] != "unanswerable"
        it["must_include"] = it["must_include"] + [x["mi"]]
        if x["add"]:
            assert x["mi"].lower() not in orig["answer"].lower(), orig["id"]
            it["answer"] = orig["answer"].rstrip() + " " + x["add"]
        else:
            assert x["mi"].lower() in orig["answer"].lower(), (orig["id"], x["mi"])
        if x["ev"] is not None:
            if x["ev_idx"] is None:
                it["evidence"] = x["ev"]
            else:
                it["evidence"] = list(it["evidence"])
                it["evidence"][x["ev_idx"]] = x["ev"]
        if x["entry"] is not None:
            sec, ev = x["entry"]
            doc = orig["document"] if isinstance(orig["document"], str) else orig["document"][0]
            aslist = lambda v: list(v) if isinstance(v, list) else [v]
            it["document"] = aslist(it["document"]) + [doc]
            it["section"] = aslist(it["section"]) + [sec]
            it["evidence"] = aslist(it["evidence"]) + [ev]
    return {f: it[f] for f in FIELDS}


def main():
    for key, table in (("five", FIVE), ("new", NEW)):
        originals = {json.loads(l)["id"]: json.loads(l) for l in open(SRC[key], encoding="utf-8") if l.strip()}
        out = []
        for oid, specs in table.items():
            assert len(specs) == 3, oid
            for n, spec in enumerate(specs, 1):
                out.append(build(originals[oid], n, spec))
        with open(OUT[key], "w", encoding="utf-8") as f:
            for it in out:
                f.write(nfc(json.dumps(it, ensure_ascii=False)) + "\n")
        print(OUT[key], len(out))


if __name__ == "__main__":
    main()
