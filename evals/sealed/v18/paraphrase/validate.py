# -*- coding: utf-8 -*-
"""Validate the sealed paraphrase split v18 (five_plans.jsonl, new_plans.jsonl).

    cd /work/v18/paraphrase && /work/main/.venv/bin/python validate.py
    (once copied: cd /work/main && .venv/bin/python evals/sealed/v18/paraphrase/validate.py)

Reads only the two item files of this folder, the two original sets, the plan documents, the keys of the
v2-v17 write_paraphrases.py and the string constants of every one of the v2-v17 writers, read with `ast`
(to make sure no earlier question text is reused; they are compared, never printed). It uses no project code.
The .docx is read with the standard library (zipfile + ElementTree over word/document.xml: body order, table
rows as cells joined by " | ", one row a line), the .pdf with pypdf. Text is compared after NFC, removing '*',
collapsing whitespace and lower-casing (the comparison the dataset README describes).

Section check (v15's to v17's, unchanged): every (document, section) an item cites has a hand-written window below, a
start marker and an end marker taken from the document (end = the next heading or table row). The script
checks that each marker occurs (start exactly once) and then that
  * every evidence entry lies inside the window of its own section,
  * every must_include string lies inside the windows of the item's sections (and in the document); a
    task_list count is checked by counting the numbered task rows inside the window instead,
  * the originals' own evidence lies inside the same windows (a check on the windows themselves).
Selection (v18, v17's rules moved one round on): no original sits on a 0-based line index divisible by 4
(the working paraphrase set), none is an original of v16 or of v17 (the two latest rounds). Lines no earlier round used come first (none is left);
then the least recently used: a line whose latest round is r is taken only when every eligible line whose
latest round is older than r is taken too. Among lines with the same latest round, the fewest rounds first
(a line used by c rounds only when no left-out line with the same latest round was used by fewer), except
for the lines declared in BALANCE_LEFT_OUT (unanswerable lines left out to keep the unanswerable share at 10%,
each with its reason) and, new in v18, in COVERAGE_LEFT_OUT (an answerable line left out so that every kind is
covered: its own kind stays covered, and as many taken lines rely on an exception while being the only taken
original of their kind). Every kind of the eligible lines is covered, and the originals shared with v2-v15 are
exactly the ones declared in REUSED below.
Wording (v11, kept): a paraphrase is not its original with the diacritics stripped, and shares at most 70% of its
words (diacritics and case ignored, Jaccard) with the original; the three paraphrases of an original differ.
(v14, extended to v2-v17) No question repeats a string of any earlier writer (case, diacritics and punctuation
ignored), and none shares NEAR_REPEAT or more of its words with any such string (a near copy).
Exit status 1 and a list of problems when anything fails; "PROBLEMS: 0" otherwise.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # run from outside the repository (e.g. /work/v18/paraphrase/, before being copied to
    # evals/sealed/v18/paraphrase/)
    ROOT = os.environ.get("ASSISTANT_REPO", "/work/main")
SETS = [
    ("five_plans.jsonl", os.path.join(ROOT, "evals", "qa.jsonl"), os.path.join(ROOT, "corpus"), 3),
    ("new_plans.jsonl", os.path.join(ROOT, "evals", "new_plans", "qa.jsonl"),
     os.path.join(ROOT, "evals", "new_plans", "corpus"), 4),
]
FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]
STYLES = ["informal", "no_diacritics", "initials", "english", "typo", "two_part"]

D_DRAFT = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"
D_VP25 = "2025-vp-ubnd-ke-hoach-tuyen-truyen-cchc-cds-dvc-truc-tuyen.txt"
D_VP23 = "2023-vp-ubnd-ke-hoach-tuyen-truyen-cchc.txt"
D_REP = "2023-vp-ubnd-bao-cao-tuyen-truyen-cchc.txt"
D_281 = "2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt"
D_DX24 = "2024-huyen-dong-xuan-ke-hoach-cchc.txt"
D_DX25 = "2025-huyen-dong-xuan-ke-hoach-cchc.docx"
D_HT = "2025-so-y-te-ha-tinh-ke-hoach-cds.pdf"
D_NT = "2024-tinh-ninh-thuan-ke-hoach-tuyen-truyen.md"

# (document, section) -> (start marker, end marker); None = start / end of the document.
# .docx rows are written "STT | task | lead | ..." (cells joined by " | ", one row a line).
# .pdf rows start with their number on a line of its own, followed by the task text.
# .md appendix rows are "| n | task | lead | ... |".
WINDOWS = {
    D_DRAFT: {
        "C.I.2.a": ("a) Thực hiện chuyên mục Chuyển đổi số và truyền thông về Nghị quyết",
                    "b) Thực hiện chuyên mục Chuyển đổi số kênh truyền hình"),
        "C.I.2.b": ("b) Thực hiện chuyên mục Chuyển đổi số kênh truyền hình", "c) Thực hiện chuyên trang Chuyển đổi số"),
        "C.I.2.c": ("c) Thực hiện chuyên trang Chuyển đổi số", "d) Duy trì hoạt động chuyên trang điện tử"),
        "C.I.2.đ": ("đ) Tuyên truyền, cập nhật tin, bài về chuyển đổi số",
                    "e) Xây dựng, duy trì chuyên mục/chương trình phát thanh"),
        "C.I.2.g": ("g) Xây dựng, phát sóng chuyên mục/chương trình phát thanh",
                    "h) Truyền thông, phổ biến pháp luật, cập nhật, đăng tin"),
        "C.I.3": ("3. Tổ chức các sự kiện, hoạt động", "4. Xây dựng các tài liệu, ấn phẩm truyền thông"),
        "C.I.3.a": ("a) Tổ chức truyền thông, hưởng ứng Ngày Chuyển đổi số quốc gia", "b) Tổ chức các Cuộc thi, Hội thi, Tọa đàm"),
        # v9
        "preamble": ("Triển khai thực hiện Quyết định số 49/QĐ-BNV", "A. MỤC ĐÍCH, YÊU CẦU"),
        "C.I.2.d": ("d) Duy trì hoạt động chuyên trang điện tử Chuyển đổi số tỉnh Quảng Ngãi",
                    "đ) Tuyên truyền, cập nhật tin, bài về chuyển đổi số"),
        "C.I.2.e": ("e) Xây dựng, duy trì chuyên mục/chương trình phát thanh về Chuyển đổi số",
                    "g) Xây dựng, phát sóng chuyên mục/chương trình phát thanh"),
        "C.I.3.c": ("c) Tổ chức chương trình Bình dân học vụ số", "d) Tổ các chương trình phát động về Chuyển đổi số"),
        "C.I.3.đ": ("đ) Tổ chức Cuộc thi tìm hiểu về Chuyển đổi số trong đoàn viên",
                    "e) Tăng cường truyền thông nâng cao nhận thức về an toàn thông tin"),
        "C.II.1": ("1. Cập nhật, công bố, công khai các TTHC thuộc thẩm quyền tiếp nhận",
                   "2. Cập nhật thông tin về CCHC trên Cổng/Trang thông tin điện tử"),
        "C.II.4": ("4. Tổ chức Cuộc thi Video Clip", "5. Xuất bản Bản tin số"),
        "C.II.5": ("5. Xuất bản Bản tin số", "6. Đặt hàng thiết kế poster"),
        "C.II.6": ("6. Đặt hàng thiết kế poster", "7. Đặt hàng sản xuất video clip tuyên truyền nâng cao"),
        "C.II.9": ("9. Tổ chức các lớp tập huấn, bồi dưỡng", "10. Tổ chức tập huấn tuyên truyền pháp luật"),
        "C.II.10": ("10. Tổ chức tập huấn tuyên truyền pháp luật về CCHC tại các huyện",
                    "11. Lồng ghép tuyên truyền về CCHC trong các Hội nghị"),
        "D.2": ("2. Chính quyền địa phương chịu trách nhiệm bố trí kinh phí", "E. TỔ CHỨC THỰC HIỆN"),
        "E.2": ("2. Sở Văn hóa, Thể thao và Du lịch a) Làm đầu mối", "3. Sở Nội vụ Chủ động thông tin"),
        "E.5": ("5. Sở Tài chính: Thực hiện thẩm tra", "6. Sở Tư pháp"),
        "C.II.3": ("3. Hướng dẫn các đơn vị, địa phương, cơ quan báo chí", "4. Tổ chức Cuộc thi Video Clip"),
        "C.II.7": ("7. Đặt hàng sản xuất video clip tuyên truyền nâng cao", "8. Tổ chức các hoạt động văn hóa, văn nghệ"),
        "C.II.8": ("8. Tổ chức các hoạt động văn hóa, văn nghệ", "9. Tổ chức các lớp tập huấn, bồi dưỡng"),
        "C.II.12": ("12. Xây dựng chuyên trang, chuyên mục tuyên truyền CCHC",
                    "13. Truyền thông CCHC trên hệ thống thông tin cơ sở"),
        "C.II.12.c": ("c) Sản xuất và phát sóng chuyên mục", "13. Truyền thông CCHC trên hệ thống thông tin cơ sở"),
        "E.2.b": ("b) Phối hợp Sở Khoa học và Công nghệ, Sở Nội vụ chỉ đạo", "c) Lồng ghép các nội dung truyền thông CDS, CCHC"),
        "E.6": ("6. Sở Tư pháp", "7. Báo Quảng Ngãi; Đài Phát thanh"),
        "signature": ("CHỦ TỊCH Nguyễn Hoàng Giang", None),
        # v10
        "C.I.1": ("1. Tổ chức triển khai thực hiện Đề án “Tuyên truyền, phổ biến",
                  "2. Truyền thông trên các phương tiện thông tin đại chúng"),
        "C.I.2.h": ("h) Truyền thông, phổ biến pháp luật, cập nhật, đăng tin", "3. Tổ chức các sự kiện, hoạt động"),
        "C.I.3.d": ("d) Tổ các chương trình phát động về Chuyển đổi số", "đ) Tổ chức Cuộc thi tìm hiểu về Chuyển đổi số"),
        "C.I.4.b": ("b) Đặt hàng các cơ quan báo chí, truyền thông sản xuất các video clip", "II. Về cải cách hành chính"),
        "C.II.12.b": ("b) Chuyên trang trên Báo Quảng Ngãi", "c) Sản xuất và phát sóng chuyên mục"),
        "E.8.c": ("c) Các cơ quan, đơn vị, địa phương lồng ghép báo cáo kết quả triển khai thực hiện các nhiệm vụ về "
                  "tuyên truyền CCHC", "d) Các cơ quan, đơn vị, địa phương lồng ghép báo cáo"),
        # v11
        "B.I.1": ("1. Truyền thông về những định hướng, mục tiêu, quan điểm, nhiệm vụ và giải pháp về CDS",
                  "2. Truyền thông, phổ biến tầm quan trọng, ý nghĩa, mục tiêu và tác động của chuyển đổi số"),
        "B.I.4.i": ("i) Truyền thông về chuyển đổi số trong Giáo dục và Đào tạo",
                    "k) Truyền thông việc phát triển ngành công nghiệp ICT"),
        "C.I.3.e": ("e) Tăng cường truyền thông nâng cao nhận thức về an toàn thông tin",
                    "4. Xây dựng các tài liệu, ấn phẩm truyền thông về chuyển đổi số"),
        "C.I.4.a": ("a) Thực hiện Bản tin điện tử về Chuyển đổi số",
                    "b) Đặt hàng các cơ quan báo chí, truyền thông sản xuất các video clip"),
        "C.II.11": ("11. Lồng ghép tuyên truyền về CCHC trong các Hội nghị",
                    "12. Xây dựng chuyên trang, chuyên mục tuyên truyền CCHC"),
        "C.II.13.b": ("b) Xuất bản các ấn phẩm; tổ chức tuyên truyền qua hình thức trực quan", "D. KINH PHÍ THỰC HIỆN"),
        "D.1": ("1. Kinh phí thực hiện Kế hoạch này được bố trí",
                "2. Chính quyền địa phương chịu trách nhiệm bố trí kinh phí"),
        "E.7.c": ("c) Chủ động phối hợp với các cơ quan, đơn vị xây dựng mục phản hồi",
                  "8. Các sở, ban, ngành và Chính quyền địa phương"),
    },
    D_VP25: {
        "header": (None, "Thực hiện Kế hoạch số 82/KH-UBND"),
        "I.1": ("1. Mục đích", "2. Yêu cầu"),
        "III.4": ("4. Thực hiện và đăng tải tin, bài, hình ảnh", "5. Đẩy mạnh tuyên truyền việc thực hiện dịch vụ công trực tuyến"),
        "IV.2": ("2. Giao Phòng Hành chính - Quản trị chủ trì", "3. Giao Trung tâm Công báo và Tin học chủ trì"),
        "IV.4": ("4. Giao Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh định kỳ",
                 "Đề nghị các phòng, ban, đơn vị nghiêm túc"),
        # v9
        "II.2": ("2. Tuyên truyền kết quả đạt được của tỉnh trong năm qua", "3. Tuyên truyền đổi mới thực hiện cơ chế"),
        "III.6": ("6. Tổ chức theo dõi, kiểm tra, tập huấn, hướng dẫn nghiệp vụ", "7. Tích cực phối hợp với các cơ quan thông tấn"),
        "III.8": ("8. Tuyên truyền, vận động công chức, viên chức, người lao động", "IV. TỔ CHỨC THỰC HIỆN"),
        "IV.3": ("3. Giao Trung tâm Công báo và Tin học chủ trì",
                 "4. Giao Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh định kỳ"),
        "signature": ("CHÁNH VĂN PHÒNG", None),
        # v10
        "II.1": ("1. Tuyên truyền các chủ trương, đường lối của Đảng", "2. Tuyên truyền kết quả đạt được của tỉnh"),
        "II.4": ("4. Truyền thông, phổ biến, nâng cao chất lượng về cung cấp và sử dụng hiệu quả dịch vụ công trực tuyến, "
                 "thanh toán trực tuyến", "5. Tuyên truyền việc tiếp nhận, xử lý phản ánh"),
        "III.1": ("1. Thực hiện đăng tải Danh mục TTHC", "2. Tuyên truyền việc tiếp nhận, xử lý phản ánh kiến nghị"),
        # v11
        "III.2": ("2. Tuyên truyền việc tiếp nhận, xử lý phản ánh kiến nghị của cá nhân",
                  "3. Lồng ghép, đưa các nội dung CCHC trong nội bộ cơ quan"),
        "III.3": ("3. Lồng ghép, đưa các nội dung CCHC trong nội bộ cơ quan", "4. Thực hiện và đăng tải tin, bài, hình ảnh"),
    },
    D_VP23: {
        "preamble": ("Thực hiện Kế hoạch số 40/KH-UBND", "I. MỤC ĐÍCH, YÊU CẦU"),
        "III.5": ("5. Tổ chức theo dõi, kiểm tra, tập huấn, hướng dẫn nghiệp vụ", "6. Tích cực phối hợp với các cơ quan thông tấn"),
        "IV.2": ("2. Giao Trung tâm Phục vụ - Kiểm soát thủ tục hành chính theo dõi", "Trên đây là Kế hoạch tuyên truyền CCHC"),
        # v9
        "II.2": ("2. Các mục tiêu và giải pháp của tỉnh", "3. Thông tin kịp thời tình hình"),
        "III": ("III. HÌNH THỨC TUYÊN TRUYỀN", "IV. TỔ CHỨC THỰC HIỆN"),
        "III.7": ("7. Tuyên truyền, vận động công chức, viên chức, người lao động", "IV. TỔ CHỨC THỰC HIỆN"),
        "signature": ("CHÁNH VĂN PHÒNG", None),
        # v10
        "III.1": ("1. Thực hiện cập nhật các TTHC sau khi được Chủ tịch UBND tỉnh công bố",
                  "2. Lồng ghép, đưa các nội dung CCHC trong nội bộ cơ quan"),
        # v11
        "header": (None, "Thực hiện Kế hoạch số 40/KH-UBND"),
        "III.2": ("2. Lồng ghép, đưa các nội dung CCHC trong nội bộ cơ quan thông qua các cuộc họp giao ban",
                  "3. Duy trì, nâng cao chất lượng chuyên mục CCHC"),
        "III.3": ("3. Duy trì, nâng cao chất lượng chuyên mục CCHC trên Cổng Thông tin điện tử tỉnh",
                  "4. Đẩy mạnh tuyên truyền việc thực hiện dịch vụ công trực tuyến"),
    },
    D_REP: {
        "I.2.a": ("a) Công tác tuyên truyền CCHC tại Văn phòng", "b) Tuyên truyền thông qua các chuyên trang"),
        "I.2.b": ("b) Tuyên truyền thông qua các chuyên trang", "c) Tuyên truyền thực hiện dịch vụ công trực tuyến"),
        "I.2.c": ("c) Tuyên truyền thực hiện dịch vụ công trực tuyến", "d) Tuyên truyền thông qua các hoạt động"),
        "II.2": ("2. Bên cạnh kết quả đạt được", "III. Kế hoạch tuyên truyền năm 2024"),
        # v9
        "preamble": ("Thực hiện Công văn số 2164/STTTT-TTBCXB", "I. Kết quả thực hiện công tác tuyên truyền"),
        "I.2.d": ("d) Tuyên truyền thông qua các hoạt động thông tin tuyên truyền khác", "II. Đánh giá chung"),
        # v11
        "I.1": ("1. Công tác chỉ đạo, triển khai thực hiện", "2. Kết quả công tác tuyên truyền"),
        "closing": ("Trên đây là báo cáo thực hiện công tác tuyên truyền CCHC năm 2023", "CHÁNH VĂN PHÒNG"),
        "signature": ("CHÁNH VĂN PHÒNG", None),
    },
    D_281: {
        "header": (None, "Thực hiện Quyết định số 2074/QĐ-UBND"),
        "III": ("III. KHẨU HIỆU TUYÊN TRUYỀN", "IV. HÌNH THỨC TUYÊN TRUYỀN"),
        "IV.1": ("1. Duy trì mục tuyên truyền CCHC trên Trang Thông tin điện tử của Sở", "2. Đăng tải công khai tất cả các TTHC"),
        "IV.4": ("4. Tổ chức tuyên truyền về công tác CCHC 2025", "5. Tuyên truyền thông qua tổ chức đào tạo"),
        "IV.5": ("5. Tuyên truyền thông qua tổ chức đào tạo", "6. Tuyên truyền thông qua kiểm tra"),
        # v9
        "II.5.b": ("b) Cải cách thủ tục hành chính:", "c) Cải cách tổ chức bộ máy:"),
        "IV.6": ("6. Tuyên truyền thông qua kiểm tra", "V. KINH PHÍ THỰC HIỆN"),
        "VI.3": ("3. Các phòng, đơn vị thuộc Sở báo cáo kết quả", "Nơi nhận:"),
        # v10
        "II.5": ("5. Các nội dung cơ bản của công tác CCHC", "6. Tuyên truyền có kết quả nổi bật"),
        "III.1": ("1. Đẩy mạnh chuyển đổi số, cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
                  "2. Cải cách hành chính là một trong những đột phá"),
        # v11
        "preamble": ("Thực hiện Quyết định số 2074/QĐ-UBND", "I. MỤC ĐÍCH, YÊU CẦU"),
        "IV.3": ("3. Tuyên truyền thông qua xuất bản các bản tin", "4. Tổ chức tuyên truyền về công tác CCHC 2025"),
        "V": ("V. KINH PHÍ THỰC HIỆN", "VI. TỔ CHỨC THỰC HIỆN"),
    },
    D_DX24: {
        "III.2.b": ("b) Duy trì đường dây nóng", "c) Rà soát, đánh giá, đề xuất phương án"),
        "III.4.b": ("b) Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "c) Bồi dưỡng kỹ năng giao tiếp"),
        "III.7.a": ("a) Xây dựng chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện", "b) Khảo sát mức độ hài lòng"),
        "III.7.c": ("c) Kiểm tra công tác CCHC tại UBND", "d) Báo cáo kết quả thực hiện CCHC định kỳ"),
        # v9
        "III.1.b": ("b) Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai", "2. Cải cách thủ tục hành chính"),
        "III.3.b": ("b) Sáp nhập, đặt tên các thôn, khu phố", "4. Cải cách chế độ công vụ"),
        "III.4.c": ("c) Bồi dưỡng kỹ năng giao tiếp", "5. Cải cách tài chính công"),
        "III.6.b": ("b) Hướng dẫn người dân nộp hồ sơ trực tuyến", "c) Bảo đảm an toàn thông tin mạng"),
        "IV.1": ("1. Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện", "2. Phòng Nội vụ là cơ quan thường trực"),
        # v10
        "III.2.c": ("c) Rà soát, đánh giá, đề xuất phương án đơn giản hóa TTHC", "d) Số hóa hồ sơ, kết quả giải quyết TTHC"),
        "III.7.b": ("b) Khảo sát mức độ hài lòng của người dân, tổ chức", "c) Kiểm tra công tác CCHC tại UBND"),
        # v11
        "signature": ("TM. ỦY BAN NHÂN DÂN", None),
    },
    D_DX25: {
        "header": (None, "Căn cứ Quyết định số 1905/QĐ-UBND"),
        "III.I.3": ("3 | Phổ biến các luật mới", "II | Cải cách thủ tục hành chính"),
        "III.II.2": ("2 | Rà soát, đề xuất phương án đơn giản hóa TTHC", "3 | Số hóa hồ sơ, kết quả giải quyết TTHC"),
        "III.II.3": ("3 | Số hóa hồ sơ, kết quả giải quyết TTHC", "4 | Tiếp nhận, giải quyết hồ sơ TTHC"),
        "III.II.4": ("4 | Tiếp nhận, giải quyết hồ sơ TTHC không phụ thuộc", "III | Cải cách tổ chức bộ máy"),
        "III.III.1": ("1 | Sắp xếp, kiện toàn các cơ quan chuyên môn", "2 | Rà soát chức năng, nhiệm vụ, quyền hạn"),
        "III.III.2": ("2 | Rà soát chức năng, nhiệm vụ, quyền hạn và quy chế làm việc", "IV | Cải cách chế độ công vụ"),
        "III.IV.1": ("1 | Rà soát, điều chỉnh đề án vị trí việc làm", "2 | Kiểm tra công vụ"),
        "III.IV.2": ("2 | Kiểm tra công vụ", "3 | Đánh giá, xếp loại chất lượng"),
        "III.IV.3": ("3 | Đánh giá, xếp loại chất lượng", "V | Cải cách tài chính công"),
        "III.VII.1": ("1 | Thông tin, tuyên truyền CCHC trên Đài Truyền thanh huyện", "2 | Khảo sát mức độ hài lòng"),
        "III.VII.2": ("2 | Khảo sát mức độ hài lòng", "3 | Kiểm tra công tác CCHC"),
        "III.VII.3": ("3 | Kiểm tra công tác CCHC", "4 | Báo cáo kết quả thực hiện CCHC định kỳ"),
        "III.VII.4": ("4 | Báo cáo kết quả thực hiện CCHC định kỳ", "IV. KINH PHÍ THỰC HIỆN"),
        # v9
        "III": ("III. NHIỆM VỤ CỤ THỂ", "IV. KINH PHÍ THỰC HIỆN"),
        "III.VI.2": ("2 | Hướng dẫn người dân sử dụng dịch vụ công trực tuyến", "3 | Bảo đảm an toàn thông tin mạng"),
        "III.VI.3": ("3 | Bảo đảm an toàn thông tin mạng", "4 | Sử dụng tài khoản định danh điện tử VNeID"),
        "III.VI.4": ("4 | Sử dụng tài khoản định danh điện tử VNeID", "VII | Công tác chỉ đạo"),
        # v10
        "preamble": ("Căn cứ Quyết định số 1905/QĐ-UBND", "I. MỤC ĐÍCH, YÊU CẦU"),
        # v11
        "III.I.1": ("1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật", "2 | Theo dõi tình hình thi hành pháp luật"),
        "III.I.2": ("2 | Theo dõi tình hình thi hành pháp luật", "3 | Phổ biến các luật mới"),
    },
    D_HT: {
        "II": ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "III. KINH PHÍ THỰC HIỆN"),
        "II.1": ("1 Kiện toàn Ban Chỉ đạo", "2 Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh"),
        "II.3": ("3 Triển khai bệnh án điện tử tại Trung tâm Y tế", "4 Triển khai thanh toán viện phí"),
        "II.10": ("10 Cung cấp dịch vụ công trực", "11 Số hóa hồ sơ, kết quả giải"),
        "II.11": ("11 Số hóa hồ sơ, kết quả giải", "12 Triển khai kê đơn thuốc"),
        "II.13": ("13 Kết nối liên thông 100%", "14 Cập nhật thông tin tiêm"),
        "II.16": ("16 Xây dựng, trình phê duyệt", "17 Tổ chức kiểm tra, đánh giá"),
        "II.17": ("17 Tổ chức kiểm tra, đánh giá an toàn thông tin", "18 Sao lưu dữ liệu"),
        "II.18": ("18 Sao lưu dữ liệu", "19 Đào tạo, bồi dưỡng"),
        "II.22": ("22 Đánh giá mức độ chuyển", "III. KINH PHÍ THỰC HIỆN"),
        # v9
        "II.6": ("6 Liên thông giấy chứng sinh", "7 Tạo lập, cập nhật hồ sơ sức"),
        "II.8": ("8 Triển khai đặt lịch khám", "9 Duy trì hệ thống khám"),
        # v10
        "II.2": ("2 Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh", "3 Triển khai bệnh án điện tử tại Trung tâm Y tế"),
        "II.9": ("9 Duy trì hệ thống khám", "10 Cung cấp dịch vụ công trực"),
        "II.19": ("19 Đào tạo, bồi dưỡng kỹ năng", "20 Tuyên truyền về chuyển đổi"),
        "signature": ("KT. GIÁM ĐỐC", None),
    },
    D_NT: {
        "II": ("## II. CHỈ TIÊU", "## III. NỘI DUNG TUYÊN TRUYỀN"),
        "IV.1.a": ("a) Chuyên trang “Cải cách hành chính” trên Báo Ninh Thuận",
                   "b) Chuyên mục “Cải cách hành chính” trên sóng truyền hình"),
        "IV.3": ("### 3. Tổ chức Hội thi", "### 4. Tuyên truyền cổ động trực quan"),
        "Phụ lục I.5": ("| 5 | Ra quân", "| 6 |"),
        "Phụ lục I.6": ("| 6 | Tuyên truyền CCHC cho hội viên phụ nữ", "| 7 |"),
        "Phụ lục I.9": ("| 9 | Tuyên truyền, hướng dẫn thanh toán trực tuyến", "| 10 |"),
        # v9
        "IV": ("## IV. HÌNH THỨC TUYÊN TRUYỀN", "## V. KINH PHÍ THỰC HIỆN"),
        "IV.1.b": ("b) Chuyên mục “Cải cách hành chính” trên sóng truyền hình", "### 2. Tuyên truyền trên môi trường mạng"),
        "V": ("## V. KINH PHÍ THỰC HIỆN", "## VI. TỔ CHỨC THỰC HIỆN"),
        "Phụ lục I.1": ("| 1 | Biên soạn, phát hành tài liệu hỏi - đáp", "| 2 |"),
        "Phụ lục I.8": ("| 8 | Khảo sát, đánh giá mức độ hài lòng", "| 9 |"),
        "Phụ lục I.11": ("| 11 | Tổ chức Tọa đàm", "| 12 |"),
        "Phụ lục I.13": ("| 13 | Tổng hợp, báo cáo kết quả", None),
        # v10
        "IV.2.b": ("b) Đăng tải tin, bài, infographic về CCHC", "### 3. Tổ chức Hội thi"),
        "IV.4": ("### 4. Tuyên truyền cổ động trực quan", "### 5. Các nhiệm vụ tuyên truyền khác"),
        "Phụ lục I": ("## PHỤ LỤC I", None),
        "Phụ lục I.7": ("| 7 | Xây dựng phóng sự chuyên đề", "| 8 |"),
        "Phụ lục I.12": ("| 12 | Tuyên truyền thực hiện văn hóa công vụ", "| 13 |"),
    },
}

# Words an English question may contain besides ASCII: place names only.
EN_ALLOWED = ["Quảng Ngãi", "Đồng Xuân", "Hà Tĩnh", "Ninh Thuận", "Phú Yên", "Đức Phổ"]
# Vietnamese words typed without diacritics that must not appear in an English question.
VI_ASCII = re.compile(r"\b(?:cua|nhung|khong|duoc|nhieu|thi|vay|nhe|nhi|la|gi|nao|hoi|cho|nam|tinh|huyen|xa|so|"
                      r"ke hoach|don vi|co quan|chu tri|phoi hop|thoi gian)\b", re.I)
VI_ASCII_OK = {"so"}  # ordinary English words that collide with a Vietnamese one
ABBR = re.compile(r"\b(?:KH|VP|VPUB|UBND|CĐS|CDS|CCHC|TTHC|DVC|SYT|TTYT|SĐT|PL|BC|CV|QĐ|NQ|CP|CQ|ĐV|HĐ|HS|HT|KQ|KP|"
                  r"TT|TTĐT|VHTTDL|KHCN|KH&CN|CCVC|NLĐ|BP|VB|PCT|VH-TT|SKHCN|BV|GĐ|TK|MK|SX|TG|CT)\b|\b(?:H|P|Q)\.")
INFORMAL = re.compile(r"(?:\bad\b|\bmn\b|cho hỏi|cho em hỏi|cho mình|\bạ\b|\bnhỉ\b|\bvậy\b|\bthế\b|\bơi\b|\bko\b|\bdc\b|"
                      r"\bnhé\b|\bTôi là\b|\bTôi làm\b)", re.I)

# Earlier rounds (v18): the originals of v16 and v17 are never reused. After v17 every eligible line of both sets
# had been an original of three to five of v2-v17 (no line is unused), so the 60 originals are the least recently
# used lines (latest round oldest first, then fewest rounds), and every one of them is declared here.
EARLIER = ("v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17")
EXCLUDED = ("v16", "v17")  # v18: originals of these rounds are never reused
DECLARED = EARLIER[:EARLIER.index(EXCLUDED[0])]  # v2-v15: reuse from these rounds is declared in REUSED
MAX_OVERLAP = 0.7  # v11: word overlap (Jaccard, diacritics ignored) a paraphrase may share with its original
NEAR_REPEAT = 0.85  # v14: word overlap at which a question counts as a near copy of an earlier round's string
WRITERS = {v: os.path.join(ROOT, "evals", "sealed", v, "paraphrase", "write_paraphrases.py") for v in EARLIER}
KEY_RE = re.compile(r'^\s*"([a-z0-9-]+)": \[', re.M)  # v15: the keys of every writer (v2 indents differently)
REUSED = {
    # five plans: all 34 eligible lines last used by v14 (15 three-round, 10 four-round, 9 five-round) ...
    "en-001", "fact-014", "fact-016", "freq-003", "lead-004", "lead-006", "lead-007", "lead-015", "lead-016",
    "lead-020", "lead-028", "list-011", "nodia-002", "timing-002", "timing-016",
    "coord-011", "coord-012", "cross-007", "cross-011", "en-005", "lead-002", "lead-030", "nodia-008",
    "timing-009", "unans-011",
    "abbr-002", "abbr-010", "coord-010", "cross-002", "fact-024", "freq-014", "list-013", "nodia-017",
    "timing-017",
    # ... and 6 of the 31 four-round lines last used by v15: the three unanswerable ones (4 unanswerable
    # originals of 40, as in v14-v17) and a lead line of plan 281, a timing line and the signer line of the
    # 2023 report
    "unans-005", "unans-009", "unans-014", "lead-039", "timing-014", "fact-004",
    # new plans: all 5 eligible lines last used by v14 (two of them unanswerable) ...
    "np-unans-002", "np-unans-003", "np-cmp-002", "np-cmp-005", "np-fact-004",
    # ... the 12 answerable four-round lines last used by v15 except np-duties-004 (COVERAGE_LEFT_OUT) ...
    "np-cmp-008", "np-duties-002", "np-duties-005", "np-duties-008", "np-lead-002", "np-lead-011",
    "np-nodia-001", "np-period-001", "np-tasks-001", "np-tasks-005", "np-timing-001", "np-timing-007",
    # ... and 3 of the 5 five-round lines last used by v15: the only eligible lines of the kinds coordinators,
    # english and frequency
    "np-coord-004", "np-en-004", "np-freq-004",
}
# v17/v18: lines left out although a taken line with the same latest round was used by more rounds. Both are
# unanswerable four-round v15 lines of the new plans: the two unanswerable v14 lines must be taken (least
# recently used), so with these two 4 of the 20 new-plans originals would be unanswerable (20%); without them 2
# (10%, as in v14-v17). Their places go to five-round v15 lines.
BALANCE_LEFT_OUT = {"np-unans-001", "np-unans-006"}
# v18: an answerable line left out so that every kind is covered. The 5 v14 lines and the 15 four-round v15 lines
# of the new plans fill all 20 places, yet none of them is of the kinds coordinators, english or frequency, which
# only five-round v15 lines have. BALANCE_LEFT_OUT frees two places; this line (one of four unit_duties lines,
# a kind that stays covered) frees the third.
COVERAGE_LEFT_OUT = {"np-duties-004"}
RECENT_WRITERS = dict(WRITERS)  # the writers of all earlier rounds, v2-v17


def recent_question_texts():
    """v14: every string constant of the earlier writers (v18: v2-v17) that may be a question (folded), mapped to
    the round it comes from (the first round that has it), so that none is reused. Read with `ast`; the texts are compared,
    never printed."""
    import ast
    out = {}
    for v, path in RECENT_WRITERS.items():
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 15:
                out.setdefault(tuple(fold(node.value)), v)
    return out


def near_repeat(q, texts):
    """v14: the round of an earlier string that shares NEAR_REPEAT or more of its words with q (or None)."""
    a = set(fold(q))
    for words, v in texts.items():
        b = set(words)
        if a and b and len(a & b) / len(a | b) >= NEAR_REPEAT:
            return v
    return None


def previous_originals():
    ids = {}
    for v, path in WRITERS.items():
        with open(path, encoding="utf-8") as fh:
            ids[v] = set(KEY_RE.findall(fh.read()))
    return ids


def squash(s):
    s = unicodedata.normalize("NFC", s).replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


def linear_text(path):
    """The document as one string, in reading order."""
    if path.endswith(".docx"):
        # v9: standard library only (same traversal as python-docx's lxml element: body children in order,
        # a paragraph's w:t runs joined, a table's rows with cells joined by " | ", a cell's paragraphs by "\n")
        import zipfile
        import xml.etree.ElementTree as ET
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            body = ET.fromstring(z.read("word/document.xml")).find(w + "body")
        parts = []
        for child in body:
            if child.tag == w + "p":
                parts.append("".join(t.text or "" for t in child.iter(w + "t")))
            elif child.tag == w + "tbl":
                for tr in child.iter(w + "tr"):
                    cells = []
                    for tc in tr.iter(w + "tc"):
                        paras = ["".join(t.text or "" for t in p.iter(w + "t")) for p in tc.iter(w + "p")]
                        cells.append("\n".join(paras))
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    if path.endswith(".pdf"):
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def aslist(v):
    return v if isinstance(v, list) else [v]


def fold(s):
    """v11: lower case, diacritics removed (đ -> d), punctuation dropped: the words a question uses."""
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.findall(r"[a-z0-9]+", s)


def jaccard(a, b):
    a, b = set(fold(a)), set(fold(b))
    return len(a & b) / max(1, len(a | b))


def count_rows(doc, window):
    """Numbered task rows of a table window: .docx rows are "N | task | ...", .md rows "| N | task |"; .pdf rows
    (v8) open with their number, so the rows are the run 1, 2, 3, ... of numbers followed by a word (a page
    number or a figure does not continue the run)."""
    if doc.endswith(".docx"):
        return len(re.findall(r"(?:^| )(\d{1,3}) \| ", window))
    if doc.endswith(".md"):
        nums = [int(x) for x in re.findall(r"\| ([1-9]\d{0,2}) \|", window)]
    else:
        nums = [int(x) for x in re.findall(r"(?:^| )([1-9]\d{0,2}) (?=[^\d\s/|%])", window)]
    expected = 1
    for k in nums:
        if k == expected:
            expected += 1
    return expected - 1


class Checker:
    def __init__(self):
        self.problems = []
        self.texts = {}
        self.windows = {}

    def bad(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    def text(self, corpus, doc):
        key = (corpus, doc)
        if key not in self.texts:
            self.texts[key] = squash(linear_text(os.path.join(corpus, doc)))
        return self.texts[key]

    def window(self, corpus, doc, section):
        key = (corpus, doc, section)
        if key in self.windows:
            return self.windows[key]
        spec = WINDOWS.get(doc, {}).get(section)
        if spec is None:
            self.bad(f"{doc} {section}", "no window defined")
            self.windows[key] = None
            return None
        txt = self.text(corpus, doc)
        start, end = spec
        a = 0
        if start is not None:
            s = squash(start)
            if txt.count(s) != 1:
                self.bad(f"{doc} {section}", f"start marker found {txt.count(s)} times")
                self.windows[key] = None
                return None
            a = txt.index(s)
        b = len(txt)
        if end is not None:
            e = squash(end)
            b = txt.find(e, a + 1)
            if b < 0:
                self.bad(f"{doc} {section}", "end marker not found after start")
                self.windows[key] = None
                return None
        self.windows[key] = txt[a:b]
        return self.windows[key]

    def evidence_ok(self, where, corpus, item):
        docs, secs, evs = aslist(item["document"]), aslist(item["section"]), aslist(item["evidence"])
        if not (len(docs) == len(secs) == len(evs)):
            self.bad(where, "document/section/evidence lists differ in length")
            return
        for d, s, e in zip(docs, secs, evs):
            if not os.path.exists(os.path.join(corpus, d)):
                self.bad(where, f"document not in corpus: {d}")
                continue
            if squash(e) not in self.text(corpus, d):
                self.bad(where, f"evidence not in document {d}: {e[:60]}")
            w = self.window(corpus, d, s)
            if w is not None and squash(e) not in w:
                self.bad(where, f"evidence not inside section {s} of {d}: {e[:60]}")
        windows = [self.window(corpus, d, s) or "" for d, s in zip(docs, secs)]
        for m in item["must_include"]:
            if item["kind"] == "task_list" and m.isdigit():
                # a task count: count the numbered task rows of the cited table
                n = count_rows(docs[0], windows[0])
                if n != int(m):
                    self.bad(where, f"task count {m} but {n} numbered rows in section {secs[0]}")
                continue
            if not any(squash(m) in self.text(corpus, d) for d in docs):
                self.bad(where, f"must_include not in document text: {m}")
            if not any(squash(m) in w for w in windows):
                self.bad(where, f"must_include not inside the cited section(s): {m}")


def main():
    ck = Checker()
    seen_ids = set()
    totals = {}
    earlier = previous_originals()
    reused_seen = set()
    expected_counts = {"five_plans.jsonl": (120, 40), "new_plans.jsonl": (60, 20)}
    use_count = {}
    newly_used = {}
    recent_texts = recent_question_texts()
    for fname, src, corpus, max_mi in SETS:
        originals = {}
        line_index = {}
        with open(src, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    o = json.loads(line)
                    line_index[o["id"]] = len(originals)
                    originals[o["id"]] = o
        path = os.path.join(HERE, fname)
        items = []
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as e:
                    ck.bad(f"{fname}:{ln}", f"JSON: {e}")
        styles = collections.Counter()
        kinds = collections.Counter()
        per_orig = collections.defaultdict(list)
        for it in items:
            where = f"{fname} {it.get('id')}"
            if list(it.keys()) != FIELDS:
                ck.bad(where, f"fields {list(it.keys())} != {FIELDS}")
                continue
            if it["id"] in seen_ids:
                ck.bad(where, "duplicate id")
            seen_ids.add(it["id"])
            o = originals.get(it["orig_id"])
            if o is None:
                ck.bad(where, "orig_id not in the original set")
                continue
            per_orig[o["id"]].append(it)
            if not re.fullmatch(re.escape(o["id"]) + r"-p[123]", it["id"]):
                ck.bad(where, "id is not <orig_id>-p1..p3")
            if it["style"] not in STYLES:
                ck.bad(where, f"unknown style {it['style']}")
            styles[it["style"]] += 1
            kinds[it["kind"]] += 1
            q = it["question"]
            if not q.strip() or q != unicodedata.normalize("NFC", q):
                ck.bad(where, "question empty or not NFC")
            for f in ("answer", "must_include", "document", "section", "evidence"):
                for v in (aslist(it[f]) if it[f] is not None else []):
                    if isinstance(v, str) and v != unicodedata.normalize("NFC", v):
                        ck.bad(where, f"{f} not NFC")
            if squash(q) == squash(o["question"]):
                ck.bad(where, "question repeats the original")
            # v11: genuinely reworded, not the original with its diacritics stripped or a few words swapped
            if fold(q) == fold(o["question"]):
                ck.bad(where, "question is the original with only diacritics/case/punctuation changed")
            elif jaccard(q, o["question"]) > MAX_OVERLAP:
                ck.bad(where, f"question shares {jaccard(q, o['question']):.0%} of its words with the original "
                              f"(max {MAX_OVERLAP:.0%})")
            if tuple(fold(q)) in recent_texts:
                ck.bad(where, f"question repeats a {recent_texts[tuple(fold(q))]} question text")
            else:
                v_near = near_repeat(q, recent_texts)
                if v_near:
                    ck.bad(where, f"question is a near copy (>= {NEAR_REPEAT:.0%} of its words) of a {v_near} string")
            if it["style"] == "no_diacritics" and not q.isascii():
                ck.bad(where, "no_diacritics question is not ASCII")
            if it["style"] == "english":
                rest = q
                for w in EN_ALLOWED:
                    rest = rest.replace(w, "")
                if not rest.isascii():
                    ck.bad(where, "english question has non-ASCII outside the allowed names")
                words = [w for w in VI_ASCII.findall(rest) if w.lower() not in VI_ASCII_OK]
                if words:
                    ck.bad(where, f"english question has Vietnamese words: {words}")
            if it["style"] == "initials" and not ABBR.search(q):
                ck.bad(where, "initials question has no abbreviation")
            if it["style"] == "informal" and not INFORMAL.search(q):
                ck.bad(where, "informal question has no chat marker (ad, mn, cho hỏi, ạ, vậy, ơi, ko, dc, ...)")
            if it["style"] in ("typo", "informal", "initials", "two_part") and q.isascii():
                ck.bad(where, f"{it['style']} question has no diacritics at all (that is the no_diacritics style)")
            if it["kind"] != o["kind"]:
                ck.bad(where, "kind differs from the original")
            # unanswerable shape
            if it["kind"] == "unanswerable":
                if it["must_include"] != [] or any(it[f] is not None for f in ("document", "section", "evidence")):
                    ck.bad(where, "unanswerable item must have [] and nulls")
                if it["style"] == "two_part":
                    ck.bad(where, "two_part on an unanswerable original")
                if any(it[f] != o[f] for f in FIELDS[4:]):
                    ck.bad(where, "differs from the original beyond the question")
                continue
            if not (1 <= len(it["must_include"]) <= max_mi):
                ck.bad(where, f"must_include has {len(it['must_include'])} strings (1..{max_mi})")
            for m in it["must_include"]:
                if m.lower() not in it["answer"].lower():
                    ck.bad(where, f"must_include not in answer: {m}")
            if it["style"] != "two_part":
                if any(it[f] != o[f] for f in FIELDS[4:]):
                    ck.bad(where, "differs from the original beyond the question")
            else:
                if it["must_include"][:-1] != o["must_include"] or len(it["must_include"]) != len(o["must_include"]) + 1:
                    ck.bad(where, "two_part must_include is not the original's plus one string")
                if not (it["answer"] == o["answer"] or it["answer"].startswith(o["answer"].rstrip() + " ")):
                    ck.bad(where, "two_part answer does not keep the original answer as its start")
                new_evs = [squash(e) for e in aslist(it["evidence"])]
                for e in aslist(o["evidence"]):
                    if not any(squash(e) in ne for ne in new_evs):
                        ck.bad(where, f"original evidence lost: {e[:50]}")
                odocs, osecs = aslist(o["document"]), aslist(o["section"])
                ndocs, nsecs = aslist(it["document"]), aslist(it["section"])
                if ndocs[:len(odocs)] != odocs or nsecs[:len(osecs)] != osecs:
                    ck.bad(where, "two_part changed the original documents/sections")
                if any(d != odocs[0] for d in ndocs[len(odocs):]):
                    ck.bad(where, "two_part added an entry from another document")
                extra = it["must_include"][-1]
                if not any(squash(extra) in ne for ne in new_evs):
                    ck.bad(where, f"two_part extra string not inside the evidence: {extra}")
            ck.evidence_ok(where, corpus, it)
        # per original: three items, three different styles, and the original itself passes the windows
        for oid, its in per_orig.items():
            if line_index[oid] % 4 == 0:
                ck.bad(f"{fname} {oid}", f"original on line index {line_index[oid]} (divisible by 4: working set)")
            for v in EXCLUDED:
                if oid in earlier[v]:
                    ck.bad(f"{fname} {oid}", f"original already used by {v}")
            rounds = [v for v in EARLIER if oid in earlier[v]]
            use_count[oid] = len(rounds)
            if any(oid in earlier[v] for v in DECLARED):
                reused_seen.add(oid)
                if oid not in REUSED:
                    ck.bad(f"{fname} {oid}", f"original of {DECLARED[0]}-{DECLARED[-1]} not declared in REUSED")
            if len(its) != 3 or len({i["style"] for i in its}) != 3:
                ck.bad(f"{fname} {oid}", "needs exactly three paraphrases in three different styles")
            if len({tuple(fold(i["question"])) for i in its}) != len(its):
                ck.bad(f"{fname} {oid}", "two paraphrases of the original use the same words")
            if originals[oid]["kind"] == "no_diacritics" and any(i["style"] == "no_diacritics" for i in its):
                ck.bad(f"{fname} {oid}", "no_diacritics original with a no_diacritics paraphrase")
            if originals[oid]["kind"] == "english" and any(i["style"] == "english" for i in its):
                ck.bad(f"{fname} {oid}", "english original with an english paraphrase")
            if originals[oid]["kind"] != "unanswerable":
                ck.evidence_ok(f"{fname} original {oid}", corpus, originals[oid])
        # v15-v18: never-used lines first, then least recently used (latest round oldest first), then fewest
        # rounds among lines with the same latest round (v16-v18: BALANCE_LEFT_OUT excepted; v18: also
        # COVERAGE_LEFT_OUT). Eligible: not a working-set line, not an original of v16 or v17.
        eligible = {o: sum(o in earlier[v] for v in EARLIER) for o, k in line_index.items()
                    if k % 4 != 0 and not any(o in earlier[v] for v in EXCLUDED)}
        latest = {o: max([EARLIER.index(v) for v in EARLIER if o in earlier[v]], default=-1) for o in eligible}
        excepted = BALANCE_LEFT_OUT | COVERAGE_LEFT_OUT
        relying = []  # v18: taken lines that only the declared exceptions allow
        for oid in per_orig:
            c = eligible.get(oid)
            if c is None:
                continue
            if c > 0:
                unused = sorted(o for o, n_o in eligible.items() if n_o == 0 and o not in per_orig)
                if unused:
                    ck.bad(f"{fname} {oid}", f"reused while never-used lines are left out: {unused[:5]}")
            older = sorted(o for o in eligible if o not in per_orig and latest[o] < latest[oid])
            if older:
                ck.bad(f"{fname} {oid}", f"last used by {EARLIER[latest[oid]]} while lines last used earlier are "
                                         f"left out: {older[:5]}")
            fewer = sorted(o for o, n_o in eligible.items()
                           if o not in per_orig and o not in excepted and latest[o] == latest[oid]
                           and n_o < c)
            if any(o not in per_orig and o in excepted and latest[o] == latest[oid] and n_o < c
                   for o, n_o in eligible.items()):
                relying.append(oid)
            if fewer:
                ck.bad(f"{fname} {oid}", f"used by {c} rounds while lines with the same latest round and fewer "
                                         f"rounds are left out: {fewer[:5]}")
        # v16: a declared balance exception must be an eligible, unanswerable, left-out line
        for o in sorted(BALANCE_LEFT_OUT & set(line_index)):
            if o not in eligible or o in per_orig or originals[o]["kind"] != "unanswerable":
                ck.bad(f"{fname} {o}", "BALANCE_LEFT_OUT line is not an eligible, unanswerable, left-out line")
        # v18: a declared coverage exception must be an eligible, answerable, left-out line whose kind stays
        # covered, and each must free a place for a taken line that is the only taken original of its kind
        taken_kinds = collections.Counter(originals[o]["kind"] for o in per_orig)
        cov = sorted(COVERAGE_LEFT_OUT & set(line_index))
        for o in cov:
            if o not in eligible or o in per_orig or originals[o]["kind"] == "unanswerable":
                ck.bad(f"{fname} {o}", "COVERAGE_LEFT_OUT line is not an eligible, answerable, left-out line")
            elif taken_kinds[originals[o]["kind"]] == 0:
                ck.bad(f"{fname} {o}", "COVERAGE_LEFT_OUT line leaves its own kind uncovered")
        if cov:
            sole = [o for o in relying if taken_kinds[originals[o]["kind"]] == 1]
            n_bal = len(BALANCE_LEFT_OUT & set(line_index))
            if len(sole) < len(cov) or len(relying) > n_bal + len(cov):
                ck.bad(fname, f"COVERAGE_LEFT_OUT not justified: {len(relying)} taken lines rely on exceptions, "
                              f"{len(sole)} of them the only taken line of their kind")
            print(f"{fname}: taken through the declared exceptions: {len(relying)} lines ({len(sole)} of them the "
                  f"only taken line of their kind)")
        # v9: every kind of the eligible lines is covered
        kinds_eligible = {originals[o]["kind"] for o in eligible}
        missing = sorted(kinds_eligible - {originals[o]["kind"] for o in per_orig})
        if missing:
            ck.bad(fname, f"kinds not covered: {missing}")
        dist = collections.Counter(eligible.values())
        dist_latest = collections.Counter((eligible[o], EARLIER[latest[o]]) for o in eligible)
        taken_latest = collections.Counter((eligible[o], EARLIER[latest[o]]) for o in per_orig if o in eligible)
        print(f"{fname}: eligible lines by number of earlier rounds ({EARLIER[0]}-{EARLIER[-1]}): "
              f"{dict(sorted(dist.items()))}; originals: "
              f"{dict(sorted(collections.Counter(use_count[o] for o in per_orig).items()))}")
        print(f"  eligible by (rounds, latest round): {dict(sorted(dist_latest.items()))}")
        print(f"  taken    by (rounds, latest round): {dict(sorted(taken_latest.items()))}")
        fresh = sum(1 for o in per_orig if use_count.get(o) == 0)
        print(f"  originals newly used (no earlier round): {fresh}; eligible lines no earlier round used: "
              f"{sum(1 for n_o in eligible.values() if n_o == 0)}")
        newly_used[fname] = fresh
        n = len(items)
        if (n, len(per_orig)) != expected_counts[fname]:
            ck.bad(fname, f"{n} items from {len(per_orig)} originals, expected {expected_counts[fname]}")
        for s in STYLES:
            if styles[s] != n // len(STYLES):
                ck.bad(fname, f"style {s}: {styles[s]} items, expected {n // len(STYLES)}")
        totals[fname] = (n, len(per_orig), styles, kinds)
    for oid in sorted(REUSED - reused_seen):
        ck.bad(oid, f"declared in REUSED but not an original of {DECLARED[0]}-{DECLARED[-1]} used here")
    for fname, (n, no, styles, kinds) in totals.items():
        print(f"{fname}: {n} items from {no} originals")
        print("  styles:", dict(sorted(styles.items())))
        print("  kinds: ", dict(sorted(kinds.items())))
    print(f"originals newly used (never an original of {EARLIER[0]}-{EARLIER[-1]}): {sum(newly_used.values())}")
    print(f"originals shared with {DECLARED[0]}-{DECLARED[-1]} (declared reuse): {len(reused_seen)} "
          f"({', '.join(sorted(reused_seen))})")
    for v in DECLARED:
        got = sorted(o for o in reused_seen if o in earlier[v])
        print(f"  from {v}: {len(got)}")
    for p in ck.problems:
        print("PROBLEM", p)
    print("PROBLEMS:", len(ck.problems))
    return 1 if ck.problems else 0


if __name__ == "__main__":
    sys.exit(main())
