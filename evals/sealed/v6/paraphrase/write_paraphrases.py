# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v6 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document): a table cell, a
                    second quote of the same section, or the neighbouring section that holds the second fact
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals
of v5; originals of v3/v4 only where the unused ones ran out or a kind/document needed them (validate.py
checks both and lists the reused ones).

    cd /work/main && .venv/bin/python evals/sealed/v6/paraphrase/write_paraphrases.py
    cd /work/main && .venv/bin/python evals/sealed/v6/paraphrase/validate.py
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
    "lead-002": [
        ("informal", "mn cho hỏi chuyên mục về chuyển đổi số phát trên kênh phát thanh thì giao cho bên nào thực hiện ạ"),
        ("english", "Under Quảng Ngãi's draft 2025 communication plan on administrative reform and digital transformation, who is in charge of the digital transformation segment on the radio channel?"),
        TP("Chuyên mục Chuyển đổi số trên kênh phát thanh do đơn vị nào chủ trì thực hiện, và cả năm phát tổng cộng bao nhiêu số?",
           "52 số/năm",
           add="Tần suất: 01 số /tuần (52 số/năm).",
           ev="Tần suất: 01 số /tuần (52 số/năm). - Đơn vị chủ trì: Đài Phát thanh và Truyền hình tỉnh."),
    ],
    "lead-004": [
        ("no_diacritics", "chuyen trang dien tu chuyen doi so tinh quang ngai va viec dat banner tren cac trang tin thanh phan do don vi nao chu tri"),
        ("initials", "Duy trì chuyên trang điện tử CĐS tỉnh Quảng Ngãi, đặt banner trên các trang TTĐT thành phần: ĐV nào chủ trì?"),
        ("typo", "ai chủ trì duy trì chuyên trang điện tử chuyển đổi sô tỉnh quảng ngãi và gắn banner lên các trang thông tin điên tử thành phần"),
    ],
    "lead-006": [
        ("no_diacritics", "chuong trinh phat thanh ve chuyen doi so tren he thong truyen thanh cap huyen thi ai phu trach"),
        ("initials", "KH truyền thông CCHC, CĐS 2025 của UBND tỉnh: chuyên mục phát thanh về CĐS trên hệ thống truyền thanh cấp huyện do CQ nào chủ trì?"),
        TP("Tôi làm ở đài truyền thanh huyện, muốn hỏi chuyên mục chuyển đổi số trên hệ thống truyền thanh cấp huyện thì ai chủ trì, và mỗi tháng phải phát lại mấy lần?",
           "03 lần/tháng",
           add="Tần suất: mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng.",
           ev="Tần suất: mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng. - Đơn vị chủ trì: Chính quyền địa phương"),
    ],
    "lead-007": [
        ("informal", "Tôi là cán bộ xã, cho hỏi chuyên mục phát thanh về chuyển đổi số ở xã thì ai phải làm ạ"),
        ("initials", "KH truyền thông CCHC, CĐS 2025: chương trình phát thanh về CĐS trên hệ thống truyền thanh cấp xã do CQ nào chủ trì?"),
        ("english", "At commune level, who is responsible for the radio programme on digital transformation?"),
    ],
    "lead-012": [
        ("no_diacritics", "cac chuong trinh phat dong chuyen doi so cho cong chuc, vien chuc va hoc sinh sinh vien tren dia ban tinh do don vi nao chu tri"),
        ("typo", "phát động chuyển đổi sô trong lực lượng công chức, viên chức, học sinh sinh viên thì giao cho đơn vị nào chủ tri?"),
        TP("Các chương trình phát động chuyển đổi số trong công chức, viên chức và học sinh, sinh viên do những đơn vị nào chủ trì, và sở nào phối hợp?",
           "Sở Khoa học và Công nghệ",
           ev="Đơn vị chủ trì: Các sở, ban ngành; Các trường Đại học, Cao đẳng trên địa bàn tỉnh. - Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị liên quan."),
    ],
    "lead-015": [
        ("informal", "ad ơi poster tuyên truyền cải cách hành chính đăng lên nền tảng số thì sở nào đứng ra đặt thiết kế vậy ạ"),
        ("english", "Which department commissions the design of administrative reform posters for digital platforms?"),
        TP("Việc đặt hàng thiết kế poster tuyên truyền về CCHC để đăng tải trên các nền tảng số do cơ quan nào chủ trì, và thực hiện vào thời gian nào?",
           "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           ev="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch. - Cơ quan phối hợp: Đài Phát thanh và Truyền hình tỉnh; các đơn vị truyền thông trên địa bàn tỉnh. - Thời gian thực hiện: Thường xuyên trong năm."),
    ],
    "lead-016": [
        ("no_diacritics", "video clip tuyen truyen nang cao chi so pci, papi, par index cua tinh thi co quan nao dat hang san xuat"),
        ("typo", "sở nào chủ trì đặt hàng sản xuất video clip tuyên truyên nâng cao chỉ số PCI, PAPI, PAR INDEX của tỉnh"),
        TP("Video clip tuyên truyền nâng cao các chỉ số PCI, PAPI, PAR INDEX của tỉnh do cơ quan nào đặt hàng sản xuất, và làm xong thì được đăng tải ở đâu?",
           "màn hình Led",
           ev="Đặt hàng sản xuất video clip tuyên truyền nâng cao các chỉ số của tỉnh (PCI, PAPI, PAR INDEX) để đăng tải trên màn hình Led và các nền tảng số - Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch."),
    ],
    "lead-020": [
        ("initials", "HĐ văn hóa, văn nghệ có chủ đề CCHC hoặc lồng ghép chủ đề CCHC trong KH truyền thông 2025 của tỉnh do CQ nào chủ trì?"),
        ("english", "Who is in charge of organising cultural and artistic performances themed on administrative reform?"),
        TP("Các hoạt động văn hóa, văn nghệ về chủ đề cải cách hành chính do ai chủ trì tổ chức, và thời gian thực hiện là khi nào?",
           "Trong năm 2025",
           add="Thời gian thực hiện: Trong năm 2025.",
           ev="Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; Chính quyền địa phương. - Cơ quan phối hợp: Các cơ quan, đơn vị liên quan. - Thời gian thực hiện: Trong năm 2025."),
    ],
    "lead-023": [
        ("informal", "mn ơi chuyên trang về cải cách hành chính đăng trên Báo Quảng Ngãi là ai phụ trách vậy"),
        ("no_diacritics", "chuyen trang cai cach hanh chinh tren bao quang ngai do co quan nao chu tri"),
        ("typo", "chuyên trang cải cách hành chinh trên báo quảng ngãi thì cơ quan nào chủ trì thực hiên"),
    ],
    "lead-026": [
        ("informal", "cho em hỏi trong kế hoạch truyền thông của UBND tỉnh, Đề án nâng cao chất lượng cung cấp, sử dụng dịch vụ công trực tuyến thì sở nào đứng ra triển khai ạ"),
        ("no_diacritics", "ke hoach truyen thong cua ubnd tinh giao don vi nao chu tri trien khai de an tuyen truyen, nang cao chat luong cung cap va su dung dich vu cong truc tuyen"),
        TP("Theo kế hoạch truyền thông của UBND tỉnh, việc triển khai Đề án tuyên truyền, nâng cao chất lượng cung cấp và sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh do đơn vị nào chủ trì, đơn vị nào phối hợp?",
           "các cơ quan, đơn vị trên địa bàn tỉnh",
           ev="Đơn vị chủ trì: Sở Khoa học và Công nghệ. - Đơn vị phối hợp: Các cơ quan, đơn vị trên địa bàn tỉnh."),
    ],
    "lead-027": [
        ("no_diacritics", "dat hang cac co quan bao chi lam video clip, phong su ve chuyen doi so la viec cua don vi nao"),
        ("english", "Who commissions the media to produce video clips and reports on digital transformation?"),
        ("typo", "việc đặt hàng cơ quan báo chí sản xuất video clip, phóng sư về chuyển đổi số giao cho đơn vị nao"),
    ],
    "lead-043": [
        ("english", "Who organised the 2023 training conference on administrative procedure reform, procedure control and the one-stop-shop mechanism?"),
        ("typo", "hội nghị tập huấn nghiệp vu cải cách thủ tục hành chính, kiểm soát tthc và một cửa năm 2023 là do đơn vị nào chủ trì tổ chức"),
        TP("Năm 2023, cơ quan nào chủ trì tổ chức hội nghị tập huấn nghiệp vụ cải cách TTHC, kiểm soát TTHC và cơ chế một cửa, và thành phần dự hội nghị gồm những ai?",
           "đầu mối kiểm soát TTHC",
           add="Dự hội nghị có đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND cấp huyện.",
           ev="Văn phòng đã chủ trì, tham mưu UBND tỉnh tổ chức Hội nghị tập huấn nghiệp vụ công tác cải cách TTHC, kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông trong năm 2023; hội nghị diễn ra vào ngày 22/6/2023 với đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND cấp huyện"),
    ],
    # ---- coordinators
    "coord-016": [
        ("no_diacritics", "khoa boi duong ky nang lanh dao, quan ly cho can bo thi xa duc pho nam 2023 van phong ubnd tinh phoi hop voi truong nao"),
        ("english", "Which training institution did the Provincial People's Committee Office team up with to train Đức Phổ town's leaders in leadership and management skills?"),
        ("typo", "văn phòng ubnd tỉnh phối hơp với trường nào để bồi dưỡng kỹ năng lãnh đạo cho cán bộ lãnh đạo thị xã Đức Phô"),
    ],
    "coord-010": [
        ("informal", "mn ơi năm 2025 ở Văn phòng UBND tỉnh, vụ đăng danh mục thủ tục hành chính lên cổng thông tin và niêm yết tại Trung tâm Phục vụ thì đơn vị nào phối hợp làm vậy"),
        ("initials", "KH tuyên truyền 2025 của VP UBND tỉnh: đăng tải Danh mục TTHC trên Cổng TTĐT tỉnh, niêm yết công khai tại TT Phục vụ, ĐV nào phối hợp?"),
        TP("Trong kế hoạch tuyên truyền năm 2025 của Văn phòng UBND tỉnh, nhiệm vụ đăng tải Danh mục TTHC và niêm yết công khai tại Trung tâm Phục vụ do đơn vị nào chủ trì, đơn vị nào phối hợp?",
           "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh",
           ev="Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh. - Đơn vị phối hợp: Trung tâm Công báo và Tin học."),
    ],
    "coord-011": [
        ("initials", "KH 2025 của VPUB tỉnh: vận động CCVC, NLĐ tham gia các cuộc thi, hội thi tìm hiểu về CCHC, CĐS thì ĐV nào phối hợp?"),
        ("english", "At the Provincial People's Committee Office in 2025, which units support the drive to get staff to enter contests on administrative reform and digital transformation?"),
        ("typo", "năm 2025 văn phòng ubnd tỉnh vận động công chức tham gia các cuộc thi, hội thi tìm hiểu cchc và cđs thì đơn vị nao phối hợp"),
    ],
    # ---- timing
    "timing-002": [
        ("no_diacritics", "chuong trinh binh dan hoc vu so cua tinh to chuc vao thoi gian nao"),
        ("english", "When is the province's 'digital literacy for all' campaign scheduled to take place?"),
        TP("Chương trình Bình dân học vụ số được tổ chức trong khoảng thời gian nào, và đơn vị nào chủ trì?",
           "Sở Khoa học và Công nghệ",
           add="Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
           ev="Đơn vị chủ trì: Sở Khoa học và Công nghệ. - Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương. - Thời gian thực hiện: Quý III-IV/2025."),
    ],
    "timing-016": [
        ("informal", "cho hỏi 25 DVC thiết yếu của tỉnh dc đưa lên Cổng DVC quốc gia từ hồi nào vậy ạ"),
        ("initials", "Theo BC tuyên truyền CCHC 2023 của VP UBND tỉnh, 25 DVC thiết yếu được thực hiện đồng bộ lên Cổng DVC quốc gia từ thời điểm nào?"),
        ("english", "Since when have the province's 25 essential public services been synchronised onto the National Public Service Portal?"),
    ],
    "timing-009": [
        ("initials", "KH 281/KH-SKHCN: hạn chót các phòng, ĐV thuộc Sở gửi BC kết quả thực hiện nhiệm vụ tuyên truyền CCHC 2025 về Sở là ngày nào?"),
        ("typo", "Tôi làm ở một phòng thuộc Sở Khoa học và Công nghệ, báo cáo kết quả tuyên truyên CCHC năm 2025 phải nộp về Sở trc ngày nào?"),
        TP("Theo kế hoạch 281 của Sở KHCN, các phòng, đơn vị thuộc Sở phải gửi báo cáo kết quả tuyên truyền CCHC năm 2025 về Sở trước ngày nào, và Sở phải báo cáo UBND tỉnh trước ngày nào?",
           "30/11/2025",
           add="Sau đó Sở tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày 30/11/2025.",
           ev="gửi về Sở (qua Văn phòng Sở) trước ngày 15/11/2025 để tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày 30/11/2025"),
    ],
    # ---- frequency
    "freq-003": [
        ("informal", "ad ơi chuyên mục Quảng Ngãi nâng cao chỉ số PCI trên kênh truyền hình 1 năm có mấy chuyên mục vậy"),
        ("english", "How many episodes a year does the TV programme 'Quảng Ngãi improves its Provincial Competitiveness Index (PCI)' air?"),
        TP("Trên kênh truyền hình, chuyên mục “Quảng Ngãi nâng cao chỉ số năng lực cạnh tranh (PCI)” phát bao nhiêu chuyên mục mỗi năm, và mỗi chuyên mục dài bao nhiêu phút?",
           "15 phút/chuyên mục"),
    ],
    "freq-014": [
        ("no_diacritics", "bao cao ket qua tuyen truyen cchc cua cac co quan, dia phuong duoc long ghep vao bao cao dinh ky nao"),
        ("english", "Which periodic reports should agencies fold their administrative reform communication results into?"),
        TP("Các cơ quan, địa phương lồng ghép kết quả tuyên truyền CCHC vào báo cáo định kỳ nào, và gửi báo cáo đó cho cơ quan nào tổng hợp?",
           "Sở Văn hóa, Thể thao và Du lịch",
           ev="Các cơ quan, đơn vị, địa phương lồng ghép báo cáo kết quả triển khai thực hiện các nhiệm vụ về tuyên truyền CCHC vào báo cáo CCHC định kỳ quý, 6 tháng, năm hoặc báo cáo đột xuất theo yêu cầu, gửi Sở Văn hóa, Thể thao và Du lịch tổng hợp, báo cáo UBND tỉnh."),
    ],
    # ---- fact
    "fact-009": [
        ("initials", "Theo BC 2023 của VP UBND tỉnh, Cổng TTĐT tỉnh đã đăng bao nhiêu tin, bài, VB chỉ đạo liên quan đến CCHC?"),
        ("typo", "năm 2023 cổng thông tin điện tử tỉnh đăng dc bao nhiu tin bài về cải cách hành chính"),
        TP("Năm 2023 Cổng Thông tin điện tử tỉnh đăng được bao nhiêu tin, bài về CCHC, và ngoài tin bài thông thường thì Cổng còn tuyên truyền qua những loại hình đa phương tiện nào?",
           "Zalo",
           add="Ngoài tin, bài thông thường, Cổng còn tuyên truyền qua các loại hình truyền thông đa phương tiện như Video, Inforgraphic, Fanpage, Zalo.",
           entry=("I.2.b", "Cổng Thông tin điện tử tỉnh đã đẩy mạnh việc tuyên truyền thông qua các loại hình truyền thông đa phương tiện khác như: Video, Inforgraphic, Fanpage, Zalo")),
    ],
    "fact-013": [
        ("initials", "Cho hỏi nộp HS TTHC qua DVC trực tuyến thì phí, lệ phí được giảm mấy %?"),
        ("english", "If I submit my application online, how much of a discount do I get on fees and charges?"),
        ("typo", "nộp hồ sơ trưc tuyến thì phí, lệ phí đc giảm bao nhiêu phần trăm"),
    ],
    "fact-014": [
        ("informal", "mn ơi nộp hồ sơ online thì dc trả kết quả sớm hơn hạn quy định ít nhất bao nhiêu % vậy"),
        ("initials", "HS nộp qua DVC trực tuyến được ưu tiên trả KQ sớm hơn thời hạn giải quyết tối thiểu bao nhiêu %?"),
        TP("Với hồ sơ nộp trực tuyến, kết quả được trả sớm hơn thời hạn quy định tối thiểu bao nhiêu phần trăm, và phí, lệ phí được giảm bao nhiêu?",
           "50%",
           add="Đồng thời giảm 50% phí, lệ phí đối với các trường hợp nộp hồ sơ trực tuyến.",
           ev="ban hành quy định ưu tiên thực hiện rút ngắn thời gian giải quyết, trả kết quả sớm hơn tối thiểu 20% so với thời hạn giải quyết theo quy định đối với những hồ sơ nộp trực tuyến, thực hiện giảm 50% phí, lệ phí đối với các trường hợp nộp hồ sơ trực tuyến"),
    ],
    "fact-016": [
        ("no_diacritics", "du thao ke hoach truyen thong cai cach hanh chinh va chuyen doi so 2025 cua tinh do co quan nao de xuat"),
        ("initials", "Dự thảo KH truyền thông CCHC, CĐS 2025 của UBND tỉnh được ban hành trên cơ sở tờ trình đề xuất của Sở nào?"),
        ("typo", "kế hoạch truyền thông cchc và chuyển đổi số năm 2025 của ubnd tỉnh (bản dự thảo) do cơ quan nào đề xuât xây dựng"),
    ],
    "fact-026": [
        ("no_diacritics", "khau hieu so 1 trong ke hoach 281 cua so khcn noi den nghi quyet dai hoi dang bo tinh lan thu may"),
        ("english", "The first slogan in plan 281 of the Department of Science and Technology refers to the resolution of which Provincial Party Congress (which session number)?"),
        TP("Khẩu hiệu đầu tiên trong kế hoạch 281 của Sở KHCN nhắc đến Nghị quyết Đại hội Đảng bộ tỉnh lần thứ mấy, và khẩu hiệu cuối cùng kêu gọi truy cập trang web nào?",
           "https://dichvucong.quangngai.gov.vn",
           add="Khẩu hiệu cuối (số 9): “Nộp hồ sơ trực tuyến - Nhận kết quả tại nhà - Hãy truy cập https://dichvucong.quangngai.gov.vn/!” (mục III.9).",
           entry=("III.9", "Nộp hồ sơ trực tuyến - Nhận kết quả tại nhà - Hãy truy cập https://dichvucong.quangngai.gov.vn/!")),
    ],
    "fact-024": [
        ("informal", "cho em hỏi cái kế hoạch 81/KH-UBND của tỉnh là kế hoạch về việc gì vậy ạ"),
        ("no_diacritics", "ke hoach so 81/kh-ubnd cua ubnd tinh quang ngai la ke hoach ve van de gi"),
        ("initials", "KH 81/KH-UBND của UBND tỉnh có nội dung gì, triển khai NQ nào của CP?"),
    ],
    # ---- abbreviation
    "abbr-002": [
        ("informal", "mn ơi chỉ số SIPAS là chỉ số gì thế"),
        ("no_diacritics", "sipas la chi so gi, viet tat cua cai gi"),
        TP("SIPAS và DTI lần lượt là viết tắt của những chỉ số nào?",
           "Chỉ số chuyển đổi số cấp tỉnh",
           add="DTI là Chỉ số chuyển đổi số cấp tỉnh.",
           ev="Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước (SIPAS), Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số chuyển đổi số cấp tỉnh (DTI)"),
    ],
    "abbr-010": [
        ("no_diacritics", "chi so ddci nghia la gi vay"),
        ("english", "What does the DDCI index stand for?"),
        ("typo", "chỉ sô DDCI là viết tắt của chỉ số gì"),
    ],
    # ---- list
    "list-011": [
        ("informal", "cho hỏi trong báo cáo 2023 của Văn phòng có nhắc 02 nhóm thủ tục liên thông được đẩy mạnh, đó là những nhóm nào ạ"),
        ("initials", "BC tuyên truyền CCHC 2023 của VP UBND tỉnh: 02 nhóm TTHC liên thông được đẩy mạnh thực hiện gồm những TTHC nào?"),
        ("english", "According to the Office's 2023 report, which two groups of linked administrative procedures were being promoted?"),
    ],
    # ---- cross_document
    "cross-012": [
        ("initials", "KH 2023 của VP UBND tỉnh giao TT Phục vụ tập huấn nghiệp vụ cải cách TTHC cho cấp huyện, xã; BC cuối năm 2023 nói đã tập huấn toàn diện ở huyện nào?"),
        ("typo", "theo kế hoạch 2023 thì trung tâm phục vụ tập huấn cải cách tthc cho huyện, xã; vậy báo cáo cuối năm nói đã tâp huấn toàn diện tại địa bàn nào"),
        TP("Kế hoạch 2023 của Văn phòng UBND tỉnh giao Trung tâm Phục vụ tập huấn nghiệp vụ cải cách TTHC cho cấp huyện, cấp xã. Theo báo cáo cuối năm 2023, đợt tập huấn toàn diện diễn ra ở huyện nào, và tập huấn về thanh toán trực tuyến cho những huyện nào?",
           "Trà Bồng",
           ev="Tổ chức tập huấn toàn diện về công tác cải cách TTHC cho cán bộ, công chức cấp huyện, cấp xã trên địa bàn huyện Ba Tơ; bồi dưỡng, tập huấn nghiệp vụ chuyên môn, trao đổi kinh nghiệm về thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia cho cán bộ, công chức các huyện Trà Bồng, Ba Tơ, Sơn Tịnh",
           ev_idx=1),
    ],
    "cross-011": [
        ("no_diacritics", "viec cong khai thu tuc hanh chinh: ke hoach 2023 cua van phong ubnd tinh giao ai chu tri, con ke hoach truyen thong 2025 cua tinh thi giao cho ai"),
        ("initials", "Công khai TTHC: KH 2023 của VP UBND tỉnh và KH truyền thông CCHC, CĐS 2025 của UBND tỉnh lần lượt giao ĐV nào chủ trì?"),
        ("typo", "ai chủ trì công khai tthc theo kế hoach 2023 của văn phòng ubnd tỉnh, và theo kế hoạch truyền thông năm 2025 của tỉnh thì giao cho ai"),
    ],
    # ---- no_diacritics originals (no no_diacritics paraphrase)
    "nodia-001": [
        ("informal", "ad ơi bản tin PCI phát trên kênh truyền hình thì bên nào chủ trì làm vậy"),
        ("english", "Who is responsible for the PCI news bulletin on the television channel?"),
        TP("Bản tin PCI trên kênh truyền hình do cơ quan nào chủ trì, và mỗi số dài bao nhiêu phút?",
           "05 phút/số",
           add="Trên kênh truyền hình, Bản tin PCI phát 01 số/tuần, 52 số/năm, thời lượng 05 phút/số.",
           entry=("C.II.12.c", "Trên kênh truyền hình: Bản tin PAPI: 01 số/tuần, 52 số/năm, thời lượng 05 phút/số. Bản tin PAR INDEX: 01 số/tuần, 52 số/năm, thời lượng 05 phút/số. Bản tin PCI: 01 số/tuần, 52 số/năm, thời lượng 05 phút/số.")),
    ],
    "nodia-002": [
        ("informal", "mn cho hỏi trang Zalo về chuyển đổi số của tỉnh mình tên là gì để em theo dõi ạ"),
        ("initials", "Trang Zalo tuyên truyền CĐS của tỉnh trong KH truyền thông 2025 có tên gọi là gì?"),
        ("english", "What is the name of the province's Zalo page on digital transformation?"),
    ],
    "nodia-005": [
        ("initials", "Theo BC 2023 của VP UBND tỉnh, giá trị thanh toán trực tuyến năm 2023 đạt khoảng bao nhiêu tiền?"),
        ("typo", "năm 2023 thanh toán trực tuyên đạt khoảng bao nhiêu tiền vây"),
        TP("Năm 2023 thanh toán trực tuyến đạt khoảng bao nhiêu tiền, và tháng 11/2023 tỉnh đứng thứ mấy cả nước về thanh toán trực tuyến?",
           "01/63",
           add="Tháng 11/2023 tỉnh đứng vị trí thứ 01/63 tỉnh, thành phố trong cả nước về thanh toán trực tuyến.",
           ev="thanh toán trực tuyến đạt khoảng 35 tỷ đồng, góp phần đưa tỉnh Quảng Ngãi nằm trong nhóm tỉnh, thành phố có thứ hạng cao về thanh toán trực tuyến (Tháng 10/2023 đứng vị trí thứ 03, Tháng 11/2023 đứng vị trí thứ 01/63 tỉnh, thành phố trong cả nước)"),
    ],
    "nodia-009": [
        ("informal", "cho hỏi cái banner chuyển đổi số thì phải gắn ở đâu vậy mn"),
        ("initials", "Theo KH truyền thông CCHC, CĐS 2025 của tỉnh, banner CĐS phải đặt trên những trang nào?"),
        ("english", "Where does the plan say the digital transformation banner has to be placed?"),
    ],
    "nodia-014": [
        ("informal", "nhân Ngày KH&CN Việt Nam 2025 thì bên Sở KHCN giao những phòng, đơn vị nào lo tuyên truyền CCHC vậy ạ"),
        ("english", "For Vietnam Science and Technology Day 2025, which units of the Department of Science and Technology are assigned to lead the administrative reform publicity?"),
        ("typo", "sở khoa học và công nghệ giao những đơn vị nào chủ trì tuyên truyền cchc nhân ngày khoa học và công nghê Việt Nam năm 2025"),
    ],
    # ---- english original (no english paraphrase)
    "en-001": [
        ("informal", "bản tin PAPI phát hằng tuần trên kênh phát thanh của tỉnh là bên nào sản xuất vậy ad"),
        ("no_diacritics", "ban tin papi hang tuan tren kenh phat thanh cua tinh do don vi nao thuc hien"),
        ("typo", "ai làm bản tin PAPI hàng tuần trên sóng phát thanh của tỉnh vây"),
    ],
    # ---- unanswerable (no two_part)
    "unans-002": [
        ("informal", "cho mình xin sđt đường dây nóng của Trung tâm Phục vụ - Kiểm soát TTHC tỉnh với ạ"),
        ("no_diacritics", "duong day nong cua trung tam phuc vu - kiem soat thu tuc hanh chinh tinh so bao nhieu"),
        ("typo", "số điện thoai đường dây nóng trung tâm phục vụ kiểm soát tthc tỉnh là bao nhiêu"),
    ],
    "unans-013": [
        ("informal", "ad ơi số hotline của bộ phận một cửa cấp tỉnh là số nào vậy"),
        ("no_diacritics", "so dien thoai duong day nong cua bo phan mot cua cap tinh la bao nhieu"),
        ("initials", "SĐT hotline của BP Một cửa cấp tỉnh là số mấy?"),
    ],
    "unans-017": [
        ("informal", "mn ơi em lỡ quên mk VNeID rồi, giờ lấy lại kiểu gì ạ"),
        ("no_diacritics", "quen mat khau vneid thi lam sao de lay lai"),
        ("typo", "quên mât khẩu tài khoản VNeID thì khôi phuc lại bằng cách nào"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- lead
    "np-lead-004": [
        ("informal", "ad ơi ở Đồng Xuân năm 2025, việc dùng tài khoản VNeID khi tiếp nhận, giải quyết thủ tục thì giao bên nào chủ trì vậy"),
        ("english", "In Đồng Xuân district's 2025 plan, which agency leads the use of VNeID electronic identity accounts for handling administrative procedures?"),
        TP("Theo kế hoạch CCHC 2025 của huyện Đồng Xuân, việc sử dụng tài khoản định danh điện tử VNeID trong tiếp nhận, giải quyết TTHC do cơ quan nào chủ trì, và thời gian hoàn thành là khi nào?",
           "Quý III - IV/2025",
           entry=("III.VI.4", "Quý III - IV/2025")),
    ],
    "np-lead-007": [
        ("informal", "cho em hỏi bên Sở Y tế Hà Tĩnh thì việc sao lưu dữ liệu hệ thống dùng chung của ngành do ai phụ trách ạ"),
        ("no_diacritics", "sao luu du lieu cac he thong thong tin dung chung cua nganh y te ha tinh do don vi nao chu tri"),
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: sao lưu dữ liệu các HT thông tin dùng chung của ngành giao ĐV nào chủ trì?"),
    ],
    "np-lead-008": [
        ("no_diacritics", "hoi thi tim hieu ve cai cach hanh chinh tinh ninh thuan nam 2024 do so nao chu tri"),
        ("typo", "cơ quan nào đứng ra tổ chức hôi thi tìm hiểu cải cách hành chính của tỉnh Ninh Thuân năm 2024"),
        TP("Hội thi tìm hiểu về cải cách hành chính tỉnh Ninh Thuận năm 2024 do cơ quan nào chủ trì, và dự kiến tổ chức vào thời gian nào?",
           "Quý III/2024",
           ev="Cơ quan chủ trì: Sở Nội vụ. - Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch; Sở Giáo dục và Đào tạo; Đài Phát thanh và Truyền hình tỉnh. - Thời gian thực hiện: Quý III/2024."),
    ],
    # ---- coordinators
    "np-coord-004": [
        ("initials", "KH CĐS 2025 của SYT Hà Tĩnh: liên thông giấy chứng sinh, giấy báo tử lên VNeID thì Phòng Nghiệp vụ Y phối hợp với những CQ nào?"),
        ("english", "When the Hà Tĩnh Department of Health's medical affairs division links birth and death certificates to VNeID, which agencies does it work with?"),
        TP("Ở Hà Tĩnh, việc liên thông giấy chứng sinh, giấy báo tử lên VNeID thì Phòng Nghiệp vụ Y phối hợp với những đơn vị nào, và hạn hoàn thành là khi nào?",
           "Tháng 6/2025",
           entry=("II.6", "Tháng 6/2025")),
    ],
    "np-coord-007": [
        ("informal", "ad ơi năm 2024 duy trì đường dây nóng ở Đồng Xuân thì ngoài Văn phòng HĐND và UBND huyện còn bên nào phối hợp vậy"),
        ("no_diacritics", "nam 2024 huyen dong xuan duy tri duong day nong tiep nhan phan anh kien nghi thi co quan nao phoi hop voi van phong hdnd va ubnd huyen"),
        TP("Đường dây nóng tiếp nhận phản ánh, kiến nghị của huyện Đồng Xuân năm 2024 là số nào, và những cơ quan nào phối hợp với Văn phòng HĐND và UBND huyện duy trì đường dây này?",
           "0257.3865.246",
           add="Số điện thoại đường dây nóng là 0257.3865.246.",
           entry=("III.2.b", "qua số điện thoại 0257.3865.246")),
    ],
    # ---- timing
    "np-timing-003": [
        ("initials", "KH CCHC 2024 của UBND huyện Đồng Xuân: sáp nhập, đặt tên thôn, khu phố không đủ tiêu chuẩn hoàn thành trong thời gian nào?"),
        ("typo", "việc sáp nhâp các thôn, khu phố không đủ tiêu chuẩn ở đồng xuân có hạn chót khi nào"),
        TP("Ở Đồng Xuân, việc sáp nhập các thôn, khu phố không đủ tiêu chuẩn phải hoàn thành khi nào, và cơ quan nào chủ trì?",
           "Phòng Nội vụ",
           ev="Cơ quan chủ trì: Phòng Nội vụ. - Cơ quan phối hợp: UBND các xã, thị trấn. - Thời gian hoàn thành: Quý III - IV/2024."),
    ],
    "np-timing-005": [
        ("no_diacritics", "so hoa ho so, ket qua giai quyet tthc cua so y te ha tinh han cuoi la ngay nao"),
        ("english", "What is the deadline for the Hà Tĩnh Department of Health to finish digitising its administrative procedure records?"),
        ("typo", "sở y tế hà tĩnh phải hoàn thành số hoá hồ sơ thủ tuc hành chính trước ngày nào"),
    ],
    # ---- frequency
    "np-freq-004": [
        ("informal", "mn cho hỏi chuyên mục cải cách hành chính trên truyền hình Ninh Thuận phát mấy kỳ, mỗi kỳ dài bao lâu vậy"),
        ("english", "How often does Ninh Thuận's TV programme on administrative reform air, and how long is each episode?"),
        TP("Chuyên mục “Cải cách hành chính” trên sóng truyền hình tỉnh Ninh Thuận phát mấy kỳ, mỗi kỳ bao nhiêu phút, và đơn vị nào chủ trì?",
           "Đài Phát thanh và Truyền hình tỉnh",
           ev="thời lượng 10 phút/kỳ, phát 02 kỳ/tháng. - Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh."),
    ],
    # ---- fact
    "np-fact-005": [
        ("no_diacritics", "ke hoach tuyen truyen cchc nam 2024 cua ninh thuan co tong kinh phi bao nhieu tien"),
        ("initials", "Tổng KP thực hiện KH tuyên truyền CCHC 2024 của UBND tỉnh Ninh Thuận là bao nhiêu?"),
        TP("Kế hoạch tuyên truyền CCHC năm 2024 của Ninh Thuận có tổng kinh phí bao nhiêu, và khoản này được bố trí cho cơ quan nào?",
           "Sở Nội vụ",
           ev="Tổng kinh phí thực hiện Kế hoạch: 450.000.000 đồng (Bằng chữ: Bốn trăm năm mươi triệu đồng), từ nguồn ngân sách tỉnh năm 2024 bố trí cho Sở Nội vụ."),
    ],
    "np-fact-008": [
        ("english", "Which Phú Yên provincial decision is Đồng Xuân's 2025 administrative reform plan based on?"),
        ("typo", "kế hoạch cải cách hành chính 2025 của huyện đồng xuân căn cứ vào quyết đinh nào của ubnd tỉnh phú yên"),
        TP("Kế hoạch CCHC năm 2025 của huyện Đồng Xuân căn cứ quyết định nào của UBND tỉnh Phú Yên, và căn cứ kết quả thực hiện kế hoạch nào của huyện?",
           "35/KH-UBND",
           add="Kế hoạch còn căn cứ kết quả thực hiện Kế hoạch số 35/KH-UBND ngày 18/01/2024 của UBND huyện về cải cách hành chính năm 2024.",
           entry=("preamble", "Căn cứ kết quả thực hiện Kế hoạch số 35/KH-UBND ngày 18/01/2024 của UBND huyện về cải cách hành chính năm 2024")),
    ],
    # ---- unit_duties
    "np-duties-002": [
        ("informal", "cho hỏi trong kế hoạch cải cách hành chính 2025 của huyện thì Phòng Văn hóa và Thông tin được giao chủ trì những việc gì vậy"),
        ("no_diacritics", "ke hoach cchc 2025 cua huyen giao phong van hoa va thong tin chu tri nhung nhiem vu nao"),
        ("initials", "KH CCHC 2025 của UBND H. Đồng Xuân: Phòng VH-TT là CQ chủ trì những nhiệm vụ nào?"),
    ],
    "np-duties-009": [
        ("initials", "KH tuyên truyền CCHC 2024 của UBND tỉnh Ninh Thuận giao Sở VHTTDL chủ trì những nhiệm vụ nào?"),
        ("english", "Which tasks is Ninh Thuận's Department of Culture, Sports and Tourism assigned to lead?"),
        ("typo", "sở văn hoá, thể thao và du lịch ninh thuận đươc giao chủ trì những nhiệm vu gì"),
    ],
    # ---- period
    "np-period-005": [
        ("informal", "mn ơi kế hoạch 2024 của Đồng Xuân có những việc nào làm trong quý III vậy"),
        ("no_diacritics", "huyen dong xuan nam 2024 co nhung nhiem vu nao thuc hien trong quy 3"),
        ("initials", "KH CCHC 2024 của UBND H. Đồng Xuân: những nhiệm vụ nào làm trong Q.III/2024?"),
    ],
    # ---- task_list
    "np-tasks-001": [
        ("no_diacritics", "ke hoach cai cach hanh chinh 2025 cua huyen dong xuan gom tong cong bao nhieu nhiem vu cu the"),
        ("english", "How many tasks are listed in Đồng Xuân district's 2025 plan?"),
        ("typo", "kế hoạch năm 2025 của huyên Đồng Xuân có tất cả bao nhiêu nhiệm vụ"),
    ],
    # ---- comparison
    "np-cmp-004": [
        ("informal", "ad ơi ở Đồng Xuân khảo sát mức độ hài lòng của người dân năm 2024 với năm 2025 làm vào lúc nào vậy"),
        ("initials", "H. Đồng Xuân: khảo sát mức độ hài lòng của người dân, tổ chức – KH CCHC 2024 và KH CCHC 2025 ghi thời gian hoàn thành thế nào?"),
        ("typo", "huyện đồng xuân khảo sát sự hài lòng của ngươi dân năm 2024 và 2025 thì thực hiên vào khi nào"),
    ],
    "np-cmp-006": [
        ("informal", "cho hỏi ở Đồng Xuân vụ hướng dẫn người dân nộp hồ sơ, thanh toán online thì năm 2024 với 2025 bên nào chủ trì ạ"),
        ("initials", "Hướng dẫn người dân nộp HS, thanh toán trực tuyến ở H. Đồng Xuân: KH CCHC 2024 và KH CCHC 2025 giao CQ nào chủ trì?"),
        TP("Ở Đồng Xuân, việc hướng dẫn người dân nộp hồ sơ và thanh toán trực tuyến năm 2024 và năm 2025 do cơ quan nào chủ trì, và năm 2024 có những cơ quan nào phối hợp?",
           "Bưu điện huyện",
           add="Năm 2024, cơ quan phối hợp là Bưu điện huyện và Huyện đoàn Đồng Xuân (mục III.6.b).",
           ev="Cơ quan chủ trì: Văn phòng HĐND và UBND huyện. - Cơ quan phối hợp: Bưu điện huyện; Huyện đoàn Đồng Xuân.",
           ev_idx=0),
    ],
    # ---- no_diacritics original (no no_diacritics paraphrase)
    "np-nodia-004": [
        ("english", "When will Hà Tĩnh Provincial General Hospital roll out online appointment booking?"),
        ("typo", "đặt lịch khám bệnh trực tuyên ở bệnh viện đa khoa tỉnh hà tĩnh bao giờ thì triển khai"),
        TP("Ở Bệnh viện Đa khoa tỉnh Hà Tĩnh, việc đặt lịch khám bệnh trực tuyến triển khai vào thời gian nào, và đơn vị nào phối hợp?",
           "Trung tâm Y tế các huyện, thành phố, thị xã",
           add="Đơn vị phối hợp: Trung tâm Y tế các huyện, thành phố, thị xã.",
           entry=("II.8", "Trung tâm Y tế các huyện, thành phố, thị xã")),
    ],
    # ---- english original (no english paraphrase)
    "np-en-004": [
        ("informal", "cho hỏi các phòng ban huyện với xã, thị trấn ở Đồng Xuân phải xây dựng kế hoạch CCHC 2024 của mình xong trước ngày nào ạ"),
        ("no_diacritics", "cac co quan chuyen mon huyen va ubnd xa, thi tran o dong xuan phai xay dung xong ke hoach cchc nam 2024 truoc ngay nao"),
        ("typo", "hạn chót để các cơ quan chuyên môn và xã, thị trấn ở huyện đồng xuân xây dựng kế hoạch cchc năm 2024 là ngày nao"),
    ],
    # ---- unanswerable (no two_part)
    "np-unans-005": [
        ("no_diacritics", "pho chu tich ubnd huyen dong xuan luong bao nhieu mot thang"),
        ("initials", "Mức lương của PCT UBND H. Đồng Xuân là bao nhiêu?"),
        ("english", "How much is the Vice Chairman of Đồng Xuân District People's Committee paid?"),
    ],
    "np-unans-006": [
        ("informal", "mn ơi tháng 7/2024 ở Ninh Thuận trời nắng hay mưa nhiều vậy"),
        ("english", "What was the weather like in Ninh Thuận in July 2024?"),
        ("typo", "thời tiêt tỉnh ninh thuận tháng 7 năm 2024 ra sao"),
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
