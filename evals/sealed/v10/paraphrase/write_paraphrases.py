# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v10 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v9 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row or a second quote (field line) of the same section
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals
of v9; lines used by the fewest earlier rounds first (v3-v9), and among those the oldest rounds first:
  * five plans: all 28 eligible one-round lines (26 last used by v6, 2 by v7), then all 8 two-round lines
    last used by v6, then 4 of the 38 two-round lines last used by v7 (two no_diacritics lines, an english
    line and a list line, for the kinds and documents still thin); none of the lines last used by v8.
  * new plans: every eligible line is used by two earlier rounds; all 5 lines last used by v6 and 15 of the
    20 last used by v7 (the 5 left out ask a fact that a taken original also asks, or repeat a kind and
    document already covered); none of the lines last used by v8.
validate.py checks all of this and lists the reused ones.

    cd /work/main && .venv/bin/python evals/sealed/v10/paraphrase/write_paraphrases.py
    cd /work/main && .venv/bin/python evals/sealed/v10/paraphrase/validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # written outside the repository (before being copied to evals/sealed/v10/paraphrase/)
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
    "lead-002": [
        TP("Trong dự thảo KH truyền thông CCHC–CĐS 2025 của tỉnh, chuyên mục Chuyển đổi số phát trên sóng phát "
           "thanh giao cho đơn vị nào chủ trì, và cả năm phát bao nhiêu số?", "52 số/năm",
           add="Tần suất: 01 số /tuần (52 số/năm).",
           entry=("C.I.2.a", "Tần suất: 01 số /tuần (52 số/năm).")),
        ("informal", "mn ơi, cái chuyên mục chuyển đổi số phát trên radio của tỉnh là bên nào phụ trách làm vậy?"),
        ("english", "Which body is in charge of the digital transformation segment that goes out on the provincial "
                    "radio channel?"),
    ],
    "lead-004": [
        TP("Ai đứng ra duy trì trang chuyên đề điện tử về chuyển đổi số của tỉnh Quảng Ngãi và gắn banner lên các "
           "trang TTĐT thành phần, còn phối hợp thì gồm những ai?", "Các cơ quan, đơn vị, địa phương trong tỉnh",
           entry=("C.I.2.d", "Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương trong tỉnh.")),
        ("no_diacritics", "chuyen trang dien tu chuyen doi so quang ngai va viec gan banner len cac trang thanh phan "
                          "do don vi nao dam nhan"),
        ("typo", "đơn vi nào lo duy trì chuyên trang điện tử chuyển đổi sô của tỉnh, đặt banner trên các trang thông "
                 "tin điện tử thành phần"),
    ],
    "lead-006": [
        ("no_diacritics", "chuong trinh phat thanh ve chuyen doi so tren dai truyen thanh cap huyen thi ai dung ra "
                          "chu tri"),
        ("initials", "Chuyên mục phát thanh về CĐS trên hệ thống truyền thanh cấp huyện – ĐV nào chủ trì theo dự "
                     "thảo KH truyền thông 2025?"),
        ("english", "Under the province's draft 2025 communication plan, who leads the digital transformation radio "
                    "segment on the district-level broadcasting systems?"),
    ],
    "lead-007": [
        ("informal", "cho em hỏi chương trình phát thanh về chuyển đổi số dưới cấp xã thì ai làm ạ?"),
        ("initials", "Chương trình phát thanh về CĐS tại cấp xã: ĐV nào chủ trì thực hiện?"),
        ("typo", "chuyên mục phát thanh về chuyễn đổi số ở cấp xã thì do ai làm vây"),
    ],
    "lead-012": [
        ("informal", "ad cho hỏi mấy chương trình phát động chuyển đổi số cho công chức, viên chức với học sinh sinh "
                     "viên thì bên nào đứng ra tổ chức vậy?"),
        ("no_diacritics", "phat dong chuyen doi so trong cong chuc vien chuc, hoc sinh sinh vien tren dia ban tinh "
                          "do ai chu tri"),
        ("english", "Who is responsible for running the digital transformation campaigns aimed at civil servants, public "
                    "employees and students in the province?"),
    ],
    "lead-015": [
        ("no_diacritics", "poster tuyen truyen cai cach hanh chinh dang tren nen tang so thi so nao dat hang thiet ke"),
        ("initials", "Đặt hàng thiết kế poster tuyên truyền CCHC để đăng lên nền tảng số – Sở nào chủ trì?"),
        ("typo", "việc đặt hang thiết kế poster về cải cách hành chính để đăng lên các nên tảng số giao cho sở nào"),
    ],
    "lead-016": [
        TP("Video clip tuyên truyền nâng cao các chỉ số PCI, PAPI, PAR INDEX của tỉnh: cơ quan nào lo đặt hàng sản "
           "xuất, và bên nào phối hợp?", "Đài Phát thanh và Truyền hình tỉnh",
           add="Cơ quan phối hợp: Đài Phát thanh và Truyền hình tỉnh; các đơn vị truyền thông trên địa bàn tỉnh.",
           entry=("C.II.7", "Cơ quan phối hợp: Đài Phát thanh và Truyền hình tỉnh; các đơn vị truyền thông trên "
                            "địa bàn tỉnh.")),
        ("initials", "Sở nào chủ trì đặt hàng SX video clip nâng cao chỉ số PCI, PAPI, PAR INDEX (KH truyền thông "
                     "CCHC, CĐS 2025)?"),
        ("english", "Which department commissions the video clips aimed at raising the province's PCI, PAPI and PAR "
                    "INDEX scores?"),
    ],
    "lead-020": [
        TP("Các hoạt động văn hóa, văn nghệ mang chủ đề cải cách hành chính do những cơ quan nào chủ trì, và làm "
           "trong khoảng thời gian nào?", "Trong năm 2025",
           add="Thời gian thực hiện: Trong năm 2025.",
           entry=("C.II.8", "Thời gian thực hiện: Trong năm 2025.")),
        ("informal", "mn ơi văn nghệ, văn hóa lồng chủ đề CCHC thì ai lo tổ chức chính vậy ạ?"),
        ("no_diacritics", "hoat dong van hoa van nghe co chu de cai cach hanh chinh do co quan nao chu tri"),
    ],
    "lead-023": [
        TP("Chuyên trang cải cách hành chính đăng trên Báo Quảng Ngãi do cơ quan nào chủ trì, thời gian thực hiện "
           "ra sao?", "Thường xuyên trong năm",
           entry=("C.II.12.b", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("typo", "chuyên trang cải cách hành chinh trên báo quảng ngãi thì đơn vị nào phụ trach"),
        ("initials", "Chuyên trang CCHC trên Báo Quảng Ngãi – CQ nào chủ trì?"),
    ],
    "lead-026": [
        ("informal", "cho mình hỏi đề án tuyên truyền, nâng cao chất lượng dịch vụ công trực tuyến ở tỉnh mình, theo "
                     "kế hoạch của tỉnh thì sở nào cầm trịch vậy?"),
        ("initials", "Theo KH của UBND tỉnh, triển khai Đề án tuyên truyền, phổ biến, nâng cao chất lượng cung cấp "
                     "và sử dụng DVC trực tuyến trên địa bàn tỉnh do ĐV nào chủ trì?"),
        ("english", "In the provincial plan, which agency leads the rollout of the scheme to promote and improve the "
                    "provision and use of online public services across the province?"),
    ],
    "lead-027": [
        ("informal", "ad ơi việc đặt báo đài làm clip, phóng sự về chuyển đổi số thì giao cho ai thế?"),
        ("no_diacritics", "ai chiu trach nhiem dat hang cac co quan bao chi lam video clip, phong su ve chuyen doi so"),
        ("typo", "đặt hàng các cơ quan báo chí sản xuất video clip, phóng sự vê chuyển đổi sô là việc của đơn vị "
                 "nào"),
    ],
    "lead-028": [
        ("informal", "cho em hỏi chút, cập nhật với công khai TTHC lên hệ thống thông tin giải quyết TTHC của tỉnh "
                     "thì bên nào chủ trì ạ? (KH truyền thông 2025 của tỉnh)"),
        ("english", "In the province's 2025 communication plan, who leads updating, announcing and publicising "
                    "administrative procedures on the provincial administrative procedure information system?"),
        ("typo", "theo kê hoạch truyền thông 2025 của ubnd tỉnh, cập nhật, công bố, công khai thủ tục hành chinh "
                 "trên hệ thống thông tin giải quyết TTHC tỉnh do ai chủ trì"),
    ],
    # ---- coordinators
    "coord-016": [
        TP("Văn phòng UBND tỉnh cùng cơ sở đào tạo nào bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ lãnh đạo thị "
           "xã Đức Phổ, và lớp này diễn ra lúc nào?", "tháng 11/2023"),
        ("english", "Which training institution did the Office of the Provincial People's Committee team up with to "
                    "train Đức Phổ town's leaders in leadership skills?"),
        ("no_diacritics", "van phong ubnd tinh phoi hop voi truong nao de boi duong ky nang lanh dao cho can bo thi "
                          "xa duc pho"),
    ],
    "coord-010": [
        TP("Trong kế hoạch tuyên truyền năm 2025 của Văn phòng UBND tỉnh, việc đăng Danh mục TTHC lên Cổng thông "
           "tin điện tử tỉnh và niêm yết công khai tại Trung tâm Phục vụ có đơn vị nào phối hợp, và làm theo lịch "
           "nào?", "Thường xuyên trong năm",
           add="Thời gian thực hiện: Thường xuyên trong năm.",
           entry=("III.1", "Thời gian thực hiện: Thường xuyên trong năm.")),
        ("initials", "KH tuyên truyền 2025 của VP UBND tỉnh: đăng Danh mục TTHC và niêm yết công khai tại TT Phục vụ "
                     "- Kiểm soát TTHC thì ĐV phối hợp là ai?"),
        ("no_diacritics", "ke hoach 2025 cua van phong ubnd tinh, dang danh muc thu tuc hanh chinh va niem yet cong "
                          "khai tai trung tam phuc vu thi don vi nao phoi hop"),
    ],
    "coord-011": [
        TP("Ở Văn phòng UBND tỉnh năm 2025, việc vận động công chức, viên chức, người lao động tham gia các cuộc thi "
           "tìm hiểu về CCHC, CĐS thì đơn vị nào chủ trì và ai phối hợp?", "Trung tâm Phục vụ - Kiểm soát TTHC tỉnh",
           entry=("III.8", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.")),
        ("typo", "năm 2025 văn phòng ubnd tỉnh vận động công chức thi tìm hiêu về cải cách hành chính và chuyển đổi "
                 "sô thì có đơn vị nào phối hợp"),
        ("informal", "cho mình hỏi, vụ vận động anh em công chức ở VP UBND tỉnh đi thi tìm hiểu CCHC, CĐS năm 2025 "
                     "thì có bên nào phối hợp vậy?"),
    ],
    # ---- timing
    "timing-002": [
        TP("Chương trình Bình dân học vụ số được tổ chức vào khoảng thời gian nào, và đơn vị nào chủ trì?",
           "Sở Khoa học và Công nghệ",
           add="Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
           entry=("C.I.3.c", "Đơn vị chủ trì: Sở Khoa học và Công nghệ.")),
        ("informal", "mn cho hỏi chương trình Bình dân học vụ số khi nào thì bắt đầu làm vậy?"),
        ("initials", "Bình dân học vụ số (KH truyền thông CCHC, CĐS năm 2025 của tỉnh) triển khai lúc nào?"),
    ],
    "timing-016": [
        TP("Từ thời điểm nào tỉnh đưa 25 dịch vụ công thiết yếu lên Cổng Dịch vụ công quốc gia, và trong đó đẩy "
           "mạnh hai nhóm thủ tục liên thông nào?", "đăng ký khai sinh",
           add="Trong đó đẩy mạnh 02 nhóm TTHC liên thông: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm "
               "y tế cho trẻ em dưới 06 tuổi; và đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng phí.",
           ev="tuyên truyền thực hiện đồng bộ 25 dịch vụ công thiết yếu lên Cổng Dịch vụ công quốc gia từ tháng "
              "7/2022, trong đó đẩy mạnh việc thực hiện 02 nhóm TTHC liên thông đăng ký khai sinh, đăng ký thường "
              "trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 06 tuổi và đăng ký khai tử, xóa đăng ký thường trú, trợ "
              "cấp mai táng phí"),
        ("typo", "tỉnh đưa 25 dịch vụ công thiết yêu lên cổng dịch vụ công quốc gia tư khi nào"),
        ("english", "Since when has the province had its 25 essential public services on the National Public Service "
                    "Portal?"),
    ],
    "timing-009": [
        ("no_diacritics", "han chot de cac phong, don vi thuoc so khcn gui bao cao ket qua tuyen truyen cchc 2025 "
                          "la ngay nao"),
        ("initials", "Các phòng, ĐV thuộc Sở KHCN phải nộp BC KQ tuyên truyền CCHC 2025 về Sở trước ngày mấy?"),
        ("english", "By what date must the units of the provincial Department of Science and Technology send in their "
                    "reports on their 2025 administrative reform communication work?"),
    ],
    # ---- frequency
    "freq-003": [
        TP("Trên truyền hình tỉnh, chuyên mục “Quảng Ngãi nâng cao chỉ số năng lực cạnh tranh (PCI)” phát mấy "
           "chuyên mục mỗi năm, và mỗi chuyên mục dài bao lâu?", "15 phút/chuyên mục"),
        ("no_diacritics", "chuyen muc quang ngai nang cao chi so nang luc canh tranh pci tren truyen hinh moi nam "
                          "phat may chuyen muc"),
        ("initials", "Theo KH truyền thông CCHC, CĐS 2025, chuyên mục “Quảng Ngãi nâng cao chỉ số năng lực cạnh "
                     "tranh (PCI)” trên kênh truyền hình phát bao nhiêu số/năm?"),
    ],
    "freq-014": [
        TP("Kết quả tuyên truyền CCHC được các cơ quan, đơn vị lồng ghép vào những kỳ báo cáo định kỳ nào, và gửi "
           "về sở nào tổng hợp?", "Sở Văn hóa, Thể thao và Du lịch",
           ev="lồng ghép báo cáo kết quả triển khai thực hiện các nhiệm vụ về tuyên truyền CCHC vào báo cáo CCHC "
              "định kỳ quý, 6 tháng, năm hoặc báo cáo đột xuất theo yêu cầu, gửi Sở Văn hóa, Thể thao và Du lịch "
              "tổng hợp"),
        ("english", "Which periodic reports are agencies supposed to fold their administrative reform communication "
                    "results into?"),
        ("no_diacritics", "bao cao ket qua tuyen truyen cchc cua cac co quan duoc long ghep vao bao cao dinh ky nao"),
    ],
    # ---- fact
    "fact-009": [
        TP("Theo báo cáo tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh, Cổng Thông tin điện tử tỉnh đã đăng bao "
           "nhiêu tin, bài về cải cách hành chính, và ngoài tin bài thông thường còn dùng những loại hình đa phương "
           "tiện nào?", "Video, Inforgraphic, Fanpage, Zalo",
           add="Ngoài tin, bài thông thường, Cổng còn tuyên truyền qua các loại hình truyền thông đa phương tiện như "
               "Video, Inforgraphic, Fanpage, Zalo.",
           entry=("I.2.b", "các loại hình truyền thông đa phương tiện khác như: Video, Inforgraphic, Fanpage, Zalo")),
        ("informal", "cho em hỏi năm 2023 cổng thông tin điện tử tỉnh mình đăng được bao nhiêu tin bài về CCHC vậy "
                     "ạ?"),
        ("typo", "năm 2023 cổng thông tin điên tử tỉnh đã đăng bao nhiu tin bài về cải cách hành chính"),
    ],
    "fact-013": [
        ("initials", "Nộp HS trực tuyến thì phí, lệ phí được giảm bao nhiêu?"),
        ("english", "How big is the discount on fees and charges for applications filed online?"),
        ("typo", "nộp hồ sơ online thì đươc giảm phí, lệ phi bao nhiêu phần trăm"),
    ],
    "fact-014": [
        TP("Với hồ sơ nộp trực tuyến, kết quả được trả sớm hơn hạn giải quyết tối thiểu bao nhiêu phần trăm, và phí, "
           "lệ phí được giảm bao nhiêu?", "50%",
           add="Phí, lệ phí đối với hồ sơ nộp trực tuyến được giảm 50%.",
           ev="ban hành quy định ưu tiên thực hiện rút ngắn thời gian giải quyết, trả kết quả sớm hơn tối thiểu 20% "
              "so với thời hạn giải quyết theo quy định đối với những hồ sơ nộp trực tuyến, thực hiện giảm 50% phí, "
              "lệ phí đối với các trường hợp nộp hồ sơ trực tuyến"),
        ("english", "For applications submitted online, how much sooner than the statutory deadline are results "
                    "returned, in percentage terms?"),
        ("initials", "HS nộp trực tuyến được trả KQ sớm hơn thời hạn quy định ít nhất bao nhiêu %?"),
    ],
    "fact-016": [
        TP("Dự thảo kế hoạch truyền thông cải cách hành chính và chuyển đổi số năm 2025 của tỉnh do cơ quan nào đề "
           "xuất, và nó triển khai quyết định nào của Bộ Nội vụ?", "49/QĐ-BNV",
           add="Kế hoạch triển khai Quyết định số 49/QĐ-BNV ngày 01/3/2025 của Bộ trưởng Bộ Nội vụ.",
           entry=("preamble", "Triển khai thực hiện Quyết định số 49/QĐ-BNV ngày 01/3/2025 của Bộ trưởng Bộ Nội vụ "
                              "ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025")),
        ("no_diacritics", "du thao ke hoach truyen thong cchc va chuyen doi so 2025 cua tinh duoc soan tren co so de "
                          "xuat cua co quan nao"),
        ("typo", "dự thảo kế hoach truyền thông cải cách hành chính và chuyển đổi số năm 2025 do cơ quan nào đề "
                 "xuât"),
    ],
    "fact-024": [
        TP("Kế hoạch 81/KH-UBND của UBND tỉnh được ban hành ngày nào và để triển khai nghị quyết nào?", "14/4/2025"),
        ("initials", "KH số 81/KH-UBND của UBND tỉnh triển khai nội dung gì?"),
        ("typo", "kế hoạch 81/KH-UBND của ubnd tinh là về nội dung gi"),
    ],
    "fact-026": [
        ("informal", "mn ơi câu khẩu hiệu số 1 trong kế hoạch 281 của Sở KHCN nhắc tới nghị quyết đại hội Đảng bộ "
                     "tỉnh lần thứ mấy ạ?"),
        ("no_diacritics", "khau hieu thu nhat cua ke hoach 281 so khcn nhac den nghi quyet dai hoi dai bieu dang bo "
                          "tinh lan thu bao nhieu"),
        ("english", "Which Provincial Party Congress, by number, does the first slogan in plan 281 refer to?"),
    ],
    # ---- list
    "list-011": [
        ("no_diacritics", "bao cao tuyen truyen cchc 2023 co neu 2 nhom thu tuc lien thong duoc day manh, do la "
                          "nhung nhom nao"),
        ("initials", "02 nhóm TTHC liên thông được đẩy mạnh theo BC tuyên truyền CCHC năm 2023 của VP UBND tỉnh là "
                     "những nhóm nào?"),
        ("typo", "hai nhóm thủ tục liên thông đươc đẩy mạnh trong báo cáo năm 2023 gôm những thủ tục gì"),
    ],
    "list-013": [
        ("no_diacritics", "so khcn tuyen truyen nhung noi dung co ban nao cua cong tac cai cach hanh chinh"),
        ("english", "What are the core administrative reform topics the Department of Science and Technology covers "
                    "in its communication work?"),
        ("typo", "sở khoa học và công nghê tuyên truyền nhưng nội dung cơ bản nào của công tác cải cách hành chính"),
    ],
    # ---- cross_document
    "cross-012": [
        TP("Kế hoạch tuyên truyền CCHC 2023 của Văn phòng giao Trung tâm Phục vụ - Kiểm soát TTHC tập huấn nghiệp "
           "vụ cải cách TTHC cho công chức huyện, xã. Theo báo cáo cuối năm, tập huấn toàn diện đã làm ở huyện "
           "nào, còn tập huấn về thanh toán trực tuyến cho những huyện nào?", "Trà Bồng",
           ev="Tổ chức tập huấn toàn diện về công tác cải cách TTHC cho cán bộ, công chức cấp huyện, cấp xã trên "
              "địa bàn huyện Ba Tơ; bồi dưỡng, tập huấn nghiệp vụ chuyên môn, trao đổi kinh nghiệm về thanh toán "
              "trực tuyến qua Cổng Dịch vụ công quốc gia cho cán bộ, công chức các huyện Trà Bồng, Ba Tơ, Sơn Tịnh",
           ev_idx=1),
        ("informal", "cho hỏi năm 2023 văn phòng có giao trung tâm phục vụ tập huấn cải cách TTHC cho huyện, xã; "
                     "vậy tới báo cáo cuối năm thì tập huấn toàn diện ở huyện nào ạ?"),
        ("english", "The Office's 2023 plan tasked the public service centre with training district and commune staff "
                    "on administrative procedure reform. According to the year-end 2023 report, in which district "
                    "was the comprehensive training held?"),
    ],
    "cross-011": [
        ("informal", "mn cho hỏi việc công khai TTHC ấy, năm 2023 trong KH của Văn phòng UBND tỉnh là ai chủ trì, còn "
                     "KH truyền thông 2025 của tỉnh thì giao cho ai vậy?"),
        ("no_diacritics", "cong khai thu tuc hanh chinh: ke hoach 2023 cua van phong ubnd tinh giao ai chu tri, con "
                          "ke hoach truyen thong 2025 cua tinh giao ai"),
        ("initials", "Công khai TTHC – KH 2023 của VP UBND tỉnh: ĐV chủ trì là ai? KH truyền thông CCHC, CĐS 2025 "
                     "của tỉnh: CQ chủ trì là ai?"),
    ],
    # ---- no_diacritics
    "nodia-002": [
        ("informal", "ad ơi trang Zalo về chuyển đổi số của tỉnh mình tên gì vậy, để em theo dõi?"),
        ("initials", "Trang Zalo tuyên truyền CĐS của tỉnh có tên là gì (theo KH truyền thông 2025)?"),
        ("typo", "trang zalo vê chuyển đổi số của tinh tên là gì"),
    ],
    "nodia-008": [
        ("initials", "Kiểm tra việc áp dụng HT quản lý chất lượng ISO 9001 năm 2025 (KH 281 của Sở KHCN) làm vào "
                     "quý nào?"),
        ("english", "In which quarter of 2025 are the checks on how agencies apply ISO 9001 scheduled?"),
        ("typo", "kiểm tra áp dụng iso 9001 năm 2025 tiến hành vào quý mây"),
    ],
    "nodia-017": [
        ("informal", "cho em hỏi trong KH 2025 của Văn phòng UBND tỉnh, bộ phận một cửa ở địa phương còn được gọi "
                     "là gì ạ?"),
        ("initials", "BP Một cửa ở các địa phương (KH tuyên truyền CCHC, CĐS 2025 của VP UBND tỉnh) còn có tên gọi "
                     "nào khác?"),
        ("english", "In the Office's 2025 plan, what other name is given to the local one-stop units?"),
    ],
    # ---- english
    "en-001": [
        ("informal", "ad ơi bản tin PAPI hằng tuần trên sóng phát thanh tỉnh là đơn vị nào làm vậy?"),
        ("no_diacritics", "ban tin papi moi tuan tren kenh phat thanh cua tinh do ai san xuat"),
        ("typo", "bản tin PAPI phát hàng tuân trên kênh phát thanh tỉnh do cơ quan nào chủ tri"),
    ],
    "en-005": [
        TP("Năm 2023 Văn phòng UBND tỉnh tuyên truyền hưởng ứng Tuần lễ Chuyển đổi số ở đâu, và cũng ở đó còn hưởng "
           "ứng ngày nào khác?", "Ngày Pháp luật",
           add="The same board also promoted Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
           ev="Tuyên truyền trên bảng điện tử trước trụ sở cơ quan và tại Trung tâm Phục vụ - Kiểm soát Thủ tục "
              "hành chính (TTHC) tỉnh thực hiện hưởng ứng Tuần lễ Chuyển đổi số, Ngày Pháp luật nước Cộng hòa xã "
              "hội chủ nghĩa Việt Nam"),
        ("typo", "năm 2023 văn phòng đưa thông điệp hưởng ứng tuần lễ chuyển đổi sô lên chỗ nào"),
        ("informal", "ad ơi hồi 2023 Văn phòng UBND tỉnh chạy thông điệp Tuần lễ Chuyển đổi số ở chỗ nào vậy?"),
    ],
    # ---- unanswerable
    "unans-013": [
        ("no_diacritics", "so dien thoai duong day nong cua trung tam phuc vu hanh chinh cong cap tinh la bao nhieu"),
        ("english", "Could you give me the hotline number for the province's one-stop service centre?"),
        ("typo", "sô điện thoại đường dây nóng của bộ phận một cửa cấp tỉnh là bao nhiêu"),
    ],
    "unans-017": [
        ("informal", "mn ơi em lỡ quên mật khẩu VNeID rồi, lấy lại kiểu gì vậy?"),
        ("no_diacritics", "quen mat khau tai khoan vneid thi khoi phuc nhu the nao"),
        ("initials", "Quên mật khẩu VNeID thì lấy lại bằng cách nào? Các KH CĐS có hướng dẫn không?"),
    ],
    "unans-006": [
        ("informal", "mn ơi mai thời tiết ở Quảng Ngãi thế nào ạ?"),
        ("english", "What's the weather forecast for Quảng Ngãi tomorrow?"),
        ("typo", "dự báo thơi tiết quảng ngãi ngày mai ra sao"),
    ],
    # ---- abbreviation
    "abbr-002": [
        TP("SIPAS là viết tắt của chỉ số nào, còn PAPI là chỉ số gì?",
           "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
           add="PAPI là Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh.",
           entry=("II.2", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)")),
        ("informal", "ad ơi SIPAS là chỉ số gì thế, viết tắt của cái gì vậy?"),
        ("english", "What index does the abbreviation SIPAS stand for?"),
    ],
    "abbr-010": [
        TP("DDCI là chỉ số gì, và DTI thì là chỉ số nào?", "Chỉ số chuyển đổi số",
           add="DTI là Chỉ số chuyển đổi số.",
           entry=("II.2", "Chỉ số chuyển đổi số (DTI)")),
        ("no_diacritics", "ddci la viet tat cua chi so gi"),
        ("initials", "Chỉ số DDCI nhắc tới trong KH tuyên truyền CCHC là chỉ số gì?"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- coordinators
    "np-coord-007": [
        ("no_diacritics", "duong day nong cua huyen dong xuan nam 2024 thi co quan nao phoi hop voi van phong hdnd "
                          "va ubnd huyen"),
        ("initials", "Duy trì đường dây nóng (KH CCHC 2024 H. Đồng Xuân): CQ phối hợp với VP HĐND và UBND huyện là "
                     "ai?"),
        ("english", "For Đồng Xuân district's 2024 hotline, which offices work alongside the Office of the district "
                    "People's Council and People's Committee?"),
    ],
    "np-coord-002": [
        TP("Số hóa hồ sơ, kết quả giải quyết TTHC năm 2025 ở huyện Đồng Xuân: ai chủ trì và những đơn vị nào phối "
           "hợp?", "Văn phòng HĐND và UBND huyện",
           entry=("III.II.3", "Văn phòng HĐND và UBND huyện")),
        ("english", "Which units support the digitisation of administrative procedure files in Đồng Xuân district in "
                    "2025?"),
        ("no_diacritics", "so hoa ho so thu tuc hanh chinh nam 2025 o dong xuan co nhung don vi nao phoi hop"),
    ],
    "np-coord-006": [
        TP("Phóng sự chuyên đề về gương điển hình CCHC ở Ninh Thuận: Đài PT-TH phối hợp với những cơ quan nào, và "
           "làm vào lúc nào?", "Quý IV/2024",
           entry=("Phụ lục I.7", "Quý IV/2024")),
        ("informal", "cho em hỏi phóng sự về gương điển hình CCHC của Ninh Thuận thì Đài làm cùng với những ai ạ?"),
        ("initials", "Xây dựng phóng sự chuyên đề gương điển hình CCHC (Ninh Thuận): Đài PT-TH phối hợp với CQ nào?"),
    ],
    # ---- timing
    "np-timing-003": [
        TP("Huyện Đồng Xuân sáp nhập, đặt tên các thôn, khu phố chưa đủ tiêu chuẩn vào thời gian nào, và phòng nào "
           "chủ trì?", "Phòng Nội vụ",
           entry=("III.3.b", "Cơ quan chủ trì: Phòng Nội vụ.")),
        ("informal", "cho mình hỏi vụ sáp nhập thôn, khu phố không đủ tiêu chuẩn ở Đồng Xuân thì làm vào khoảng nào "
                     "vậy?"),
        ("english", "When is Đồng Xuân due to merge the villages and residential quarters that fall short of the "
                    "standards?"),
    ],
    "np-timing-004": [
        TP("Bệnh viện Đa khoa tỉnh Hà Tĩnh phải xong bệnh án điện tử trước ngày nào, và những đơn vị nào phối hợp?",
           "Phòng Nghiệp vụ Y",
           add="Phối hợp: Phòng Nghiệp vụ Y; Sở Thông tin và Truyền thông.",
           entry=("II.2", "Phòng Nghiệp vụ Y; Sở Thông tin và Truyền thông")),
        ("typo", "hạn chót triển khai bệnh án điên tử ở bệnh viện đa khoa tỉnh hà tĩnh là khi nao"),
        ("english", "What's the deadline for rolling out electronic medical records at Hà Tĩnh's provincial general "
                    "hospital?"),
    ],
    # ---- fact
    "np-fact-008": [
        TP("Kế hoạch cải cách hành chính 2025 của huyện Đồng Xuân dựa trên quyết định nào của UBND tỉnh Phú Yên, ban "
           "hành ngày nào?", "20/12/2024"),
        ("no_diacritics", "ke hoach cai cach hanh chinh nam 2025 cua dong xuan can cu vao quyet dinh nao cua ubnd "
                          "tinh phu yen"),
        ("initials", "KH CCHC 2025 của UBND H. Đồng Xuân căn cứ QĐ số mấy của UBND tỉnh Phú Yên?"),
    ],
    "np-fact-006": [
        ("informal", "ad ơi cho em xin số đường dây nóng phản ánh thủ tục hành chính của huyện Đồng Xuân với ạ"),
        ("no_diacritics", "so dien thoai duong day nong phan anh ve thu tuc hanh chinh cua huyen dong xuan la bao "
                          "nhieu"),
        ("typo", "sô đường dây nóng tiếp nhận phản ánh TTHC của huyện đồng xuân là số mây"),
    ],
    # ---- unit_duties
    "np-duties-009": [
        ("initials", "Sở VHTTDL Ninh Thuận chủ trì những nhiệm vụ nào trong KH tuyên truyền CCHC 2024?"),
        ("english", "What tasks is Ninh Thuận's Department of Culture, Sports and Tourism put in charge of under the "
                    "2024 administrative reform communication plan?"),
        ("typo", "sở văn hóa, thể thao và du lịch ninh thuận được giao chủ trì nhưng việc gì"),
    ],
    "np-duties-006": [
        ("no_diacritics", "benh vien da khoa tinh ha tinh chu tri nhung nhiem vu chuyen doi so nao"),
        ("initials", "BV Đa khoa tỉnh Hà Tĩnh được giao chủ trì các nhiệm vụ CĐS nào (KH 412/KH-SYT)?"),
        ("english", "Which digital transformation tasks is Hà Tĩnh's provincial general hospital in charge of?"),
    ],
    # ---- comparison
    "np-cmp-004": [
        TP("Đồng Xuân khảo sát mức độ hài lòng của người dân, tổ chức năm 2024 và năm 2025 vào thời điểm nào, phòng "
           "nào chủ trì?", "Phòng Nội vụ",
           entry=("III.7.b", "Cơ quan chủ trì: Phòng Nội vụ.")),
        ("typo", "khảo sát sự hài lòng người dân ở đồng xuân năm 2024 làm lúc nào, còn năm 2025 lúc nao"),
        ("english", "Đồng Xuân's citizen satisfaction survey: when was it scheduled in 2024, and when in 2025?"),
    ],
    "np-cmp-001": [
        ("no_diacritics", "ra soat, don gian hoa thu tuc hanh chinh o dong xuan: nam 2024 ai chu tri, con nam 2025 "
                          "thi ai"),
        ("english", "Who leads the review and simplification of administrative procedures in Đồng Xuân in 2025, "
                    "compared with 2024?"),
        ("typo", "so vơi năm 2024 thì năm 2025 ai chủ trì rà soát, đơn gian hóa thủ tục hành chính ở đồng xuân"),
    ],
    # ---- lead
    "np-lead-006": [
        TP("Theo kế hoạch CĐS năm 2025 của Sở Y tế Hà Tĩnh, ai chủ trì triển khai bệnh án điện tử ở các trung tâm y "
           "tế huyện, và thời gian thực hiện khi nào?", "Quý III - IV/2025",
           entry=("II.3", "Quý III - IV/2025")),
        ("informal", "mn ơi bệnh án điện tử ở mấy trung tâm y tế huyện bên Hà Tĩnh thì ai lo triển khai vậy?"),
        ("no_diacritics", "ai chiu trach nhiem trien khai benh an dien tu o trung tam y te cac huyen tai ha tinh"),
    ],
    "np-lead-012": [
        TP("Việc đăng tin, bài, infographic về CCHC lên Zalo OA “Chính quyền số Ninh Thuận” giao cơ quan nào chủ trì, "
           "và những đơn vị nào phối hợp?", "Tỉnh đoàn",
           entry=("IV.2.b", "Cơ quan phối hợp: Tỉnh đoàn; UBND các huyện, thành phố.")),
        ("initials", "Đăng tin CCHC trên Zalo OA “Chính quyền số Ninh Thuận” – CQ nào chủ trì?"),
        ("typo", "zalo oa chính quyền số ninh thuận đăng tin cải cách hành chinh thì cơ quan nào phu trách"),
    ],
    # ---- frequency
    "np-freq-001": [
        TP("Năm 2024 chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện Đồng Xuân phát bao nhiêu kỳ mỗi "
           "tháng, và đơn vị nào chủ trì?", "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
           entry=("III.7.a", "Cơ quan chủ trì: Trung tâm Văn hóa - Thông tin và Thể thao huyện.")),
        ("no_diacritics", "nam 2024 chuyen muc cai cach hanh chinh tren dai truyen thanh huyen dong xuan phat bao "
                          "nhieu ky moi thang"),
        ("typo", "chuyên mục CCHC trên đài truyền thanh huyện đồng xuân năm 2024 phát mây kỳ một thang"),
    ],
    # ---- period
    "np-period-003": [
        ("informal", "mn cho hỏi trong quý III/2025 Sở Y tế Hà Tĩnh có những việc nào phải làm vậy?"),
        ("english", "Which tasks does Hà Tĩnh's Department of Health have scheduled for the third quarter of 2025?"),
        ("typo", "sở y tế hà tĩnh có nhưng việc gì làm trong quý III/2025"),
    ],
    # ---- task_list
    "np-tasks-003": [
        ("informal", "ad ơi phụ lục kèm kế hoạch tuyên truyền CCHC của Ninh Thuận liệt kê bao nhiêu nhiệm vụ vậy?"),
        ("no_diacritics", "phu luc ke hoach tuyen truyen cai cach hanh chinh ninh thuan co tong cong bao nhieu nhiem "
                          "vu"),
        ("initials", "Phụ lục I KH 1520/KH-UBND (tuyên truyền CCHC 2024 Ninh Thuận) gồm mấy nhiệm vụ?"),
    ],
    # ---- no_diacritics
    "np-nodia-005": [
        ("informal", "ad ơi kế hoạch chuyển đổi số của Sở Y tế Hà Tĩnh ai ký vậy ạ?"),
        ("initials", "KH CĐS năm 2025 của SYT Hà Tĩnh do ai ký ban hành?"),
        ("typo", "ai ky kế hoạch chuyển đổi số của sở y tế hà tinh"),
    ],
    # ---- english
    "np-en-002": [
        TP("Trong kế hoạch CCHC 2025 của huyện Đồng Xuân, bảo đảm an toàn thông tin mạng do phòng nào chủ trì, và cơ "
           "quan nào phối hợp?", "Công an huyện",
           entry=("III.VI.3", "Công an huyện")),
        ("informal", "cho mình hỏi KH 2025 của Đồng Xuân thì an toàn thông tin mạng giao cho phòng nào lo vậy?"),
        ("initials", "An toàn thông tin mạng trong KH CCHC 2025 H. Đồng Xuân – ĐV nào chủ trì?"),
    ],
    # ---- unanswerable
    "np-unans-007": [
        ("informal", "mn ơi có ai biết địa chỉ email của Phòng Nội vụ huyện Đồng Xuân không ạ?"),
        ("english", "What's the email address of the Home Affairs Office of Đồng Xuân district?"),
        ("typo", "đia chỉ email phòng nội vụ huyên đồng xuân là gì"),
    ],
    "np-unans-009": [
        ("informal", "cho em hỏi hotline nhận phản ánh về thủ tục hành chính của tỉnh Ninh Thuận là số mấy ạ?"),
        ("no_diacritics", "so duong day nong tiep nhan phan anh thu tuc hanh chinh cua ninh thuan la gi"),
        ("initials", "SĐT đường dây nóng tiếp nhận phản ánh TTHC của tỉnh Ninh Thuận là số nào?"),
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
