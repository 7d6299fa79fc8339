# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v11 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v10 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row or a second quote (field line) of the same section
  (none of these)   the extra string is already inside the original evidence

Originals: no line whose 0-based index is divisible by 4 (working paraphrase set), none of the originals
of v10 (nor of v9: possible this round, see below); lines used by the fewest earlier rounds first (v3-v10),
and among those the oldest rounds first:
  * five plans: every eligible line is used by two earlier rounds (34 last used by v7, 40 by v8, 40 by v9).
    All 34 v7 lines, then 6 of the 40 v8 lines (two english lines, since no v7 line is of kind english, a
    list line, a cross_document line, a lead line of the Office 2025 plan and an unanswerable line); none of
    the v9 lines.
  * new plans: 35 eligible lines are used by two earlier rounds (5 last used by v7, 20 by v8, 10 by v9) and
    10 by three. All 5 v7 lines and 15 of the 20 v8 lines (the 5 left out: a second Đồng Xuân 2025 lead line,
    the two 7- and 8-section Đồng Xuân 2025 lines of kinds already covered, a third comparison line and a
    Ninh Thuận timing line whose row another taken original also asks about); none of the v9 lines.
validate.py checks all of this and lists the reused ones.

    cd /work/v11/paraphrase && /work/main/.venv/bin/python write_paraphrases.py
    cd /work/v11/paraphrase && /work/main/.venv/bin/python validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # written outside the repository (e.g. /work/v11/paraphrase/, before being copied to evals/sealed/v11/paraphrase/)
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
    "lead-008": [
        ("informal", "mn ơi trang Zalo với fanpage Facebook chuyển đổi số của tỉnh mình thì bên nào đăng bài, cập "
                     "nhật vậy ạ?"),
        ("no_diacritics", "zalo va fanpage facebook ve chuyen doi so cua tinh quang ngai do don vi nao phu trach dang "
                          "tin, cap nhat"),
        ("typo", "ai lo cập nhât tin bài trên zalo với fanpage facebok về chuyển đổi số của tỉnh"),
    ],
    "lead-010": [
        ("no_diacritics", "tuyen truyen nang cao nhan thuc an toan thong tin, an ninh mang khi chuyen doi so thi co "
                          "quan nao chu tri"),
        ("initials", "Truyền thông nâng cao nhận thức về an toàn thông tin, an ninh mạng trong CĐS – ĐV nào chủ trì "
                     "theo KH truyền thông CCHC, CĐS 2025 của UBND tỉnh?"),
        ("english", "Which agency is tasked with raising awareness of information security and cybersecurity during "
                    "the digital transformation drive?"),
    ],
    "lead-014": [
        TP("Cuộc thi Video Clip về Đại hội Đảng các cấp, lồng với truyền thông cải cách hành chính: sở nào đứng ra "
           "chủ trì, và cuộc thi được tổ chức vào khoảng thời gian nào?", "Trong quý II, III năm 2025",
           entry=("C.II.4", "Thời gian thực hiện: Trong quý II, III năm 2025.")),
        ("informal", "ad ơi cuộc thi video clip về đại hội Đảng các cấp gắn với truyền thông CCHC là bên nào tổ chức "
                     "chính vậy?"),
        ("english", "Which department runs the video clip contest promoting the Party congresses at all levels, tied "
                    "in with administrative reform communication?"),
    ],
    "lead-019": [
        ("informal", "cho em hỏi theo KH truyền thông CCHC, CĐS 2025 của tỉnh thì các lớp tập huấn, bồi dưỡng về "
                     "CCHC cho cán bộ, công chức, viên chức là ai đứng ra mở ạ?"),
        ("initials", "KH truyền thông CCHC & CĐS 2025 (UBND tỉnh): mở lớp tập huấn, bồi dưỡng công tác CCHC cho CB, "
                     "CC, VC do CQ nào chủ trì?"),
        ("typo", "kế hoạch truyền thông cải cách hành chính và chuyển đổi số 2025 của ubnd tỉnh giao ai chủ trì các "
                 "lớp tập huân, bồi dưỡng về cchc cho cán bộ, công chức, viên chưc"),
    ],
    "lead-022": [
        TP("Những cơ quan nào trực tiếp làm ấn phẩm và tuyên truyền trực quan, cổ động về CCHC ở cấp cơ sở, và ai "
           "là cơ quan chỉ đạo?", "Chính quyền địa phương",
           entry=("C.II.13.b", "Cơ quan chỉ đạo: Chính quyền địa phương")),
        ("no_diacritics", "an pham va tuyen truyen truc quan, co dong ve cai cach hanh chinh o co so thi co quan nao "
                          "lam"),
        ("initials", "Ở cơ sở, XB ấn phẩm + tuyên truyền trực quan, cổ động CCHC giao CQ nào làm?"),
    ],
    "lead-030": [
        ("no_diacritics", "nam 2023 van phong ubnd tinh giao ai duy tri va nang cao chat luong chuyen muc cai cach "
                          "hanh chinh tren cong thong tin dien tu tinh"),
        ("english", "In the Provincial People's Committee Office's 2023 plan, which unit keeps up and improves the "
                    "administrative reform section on the provincial web portal?"),
        ("typo", "chuyên mục cchc trên cổng ttđt tỉnh năm 2023 do đơn vị nào bên văn phòng ubnd phụ trách giữ và "
                 "nâng chât lượng"),
    ],
    "lead-032": [
        ("informal", "cho mình hỏi KH tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh thì ai theo dõi rồi tổng "
                     "hợp báo cáo kết quả thực hiện vậy?"),
        ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh: ĐV nào được giao theo dõi, tổng hợp BC KQ thực hiện "
                     "KH tại VP?"),
        ("english", "Under the Office's 2023 administrative reform communication plan, which unit tracks "
                    "implementation and compiles the results report?"),
    ],
    "lead-035": [
        TP("Trong kế hoạch năm 2025 của Văn phòng UBND tỉnh, tuyên truyền việc tiếp nhận, xử lý phản ánh, kiến "
           "nghị về quy định hành chính do đơn vị nào chủ trì, và đơn vị nào phối hợp?",
           "Trung tâm Công báo và Tin học",
           entry=("III.2", "Đơn vị phối hợp: Trung tâm Công báo và Tin học.")),
        ("typo", "năm 2025 văn phòng ubnd tỉnh giao ai chủ tri tuyên truyền tiếp nhận, xử lý phản ánh kiến nghị về "
                 "quy định hành chính"),
        ("english", "In the Office's 2025 plan, who leads the publicity on how feedback and petitions about "
                    "administrative regulations are received and handled?"),
    ],
    "lead-036": [
        TP("Bộ Chỉ số chỉ đạo, điều hành theo QĐ 766/QĐ-TTg: ở Văn phòng UBND tỉnh ai chịu trách nhiệm đưa lên, "
           "công khai kết quả đánh giá, và bao lâu làm một lần?", "hằng tháng, quý, năm"),
        ("informal", "cho em hỏi ở VP UBND tỉnh thì ai lo cập nhật, công bố kết quả Bộ Chỉ số chỉ đạo, điều hành "
                     "theo QĐ 766 vậy ạ?"),
        ("no_diacritics", "vp ubnd tinh giao ai dua len va cong khai ket qua cham diem bo chi so 766"),
    ],
    "lead-039": [
        ("no_diacritics", "ke hoach 281 cua so khcn: tuyen truyen qua xuat ban ban tin va chuyen muc khoa hoc cong "
                          "nghe do don vi nao chu tri"),
        ("initials", "KH 281/KH-SKHCN: tuyên truyền qua bản tin, chuyên mục KH&CN – ĐV nào chủ trì thực hiện?"),
        ("typo", "sở khcn giao đơn vị nào làm tuyên truyền qua xuất bản bản tin, chuyên mục khoa học và công nghê"),
    ],
    "lead-042": [
        TP("Hội thi CCHC năm 2023 do cơ quan nào tổ chức, và Văn phòng đăng khẩu hiệu tuyên truyền Hội thi lên "
           "đâu?", "bảng điện tử",
           ev="Tích cực tuyên truyền Hội thi CCHC năm 2023 do Sở Thông tin và Truyền thông tổ chức; thực hiện đăng "
              "tải khẩu hiệu tuyên truyền Hội thi trên bảng điện tử trước trụ sở Trung tâm Phục vụ - Kiểm soát "
              "TTHC tỉnh"),
        ("initials", "Hội thi CCHC 2023 (nêu trong BC tuyên truyền CCHC 2023 của VP UBND tỉnh) do CQ nào tổ chức?"),
        ("english", "Which department organised the 2023 administrative reform contest?"),
    ],
    # ---- coordinators
    "coord-006": [
        ("informal", "mn cho hỏi sở, ngành với địa phương mở hội nghị, hội thảo, lớp tập huấn mà lồng thêm nội dung "
                     "CCHC thì sở nào đi cùng phối hợp ạ?"),
        ("no_diacritics", "long ghep tuyen truyen cai cach hanh chinh vao hoi nghi, hoi thao chuyen de, lop tap huan "
                          "cua cac so nganh dia phuong co so nao phoi hop"),
        ("english", "When provincial departments and localities weave administrative reform messages into their "
                    "conferences, seminars and training courses, which department works with them?"),
    ],
    "coord-012": [
        TP("Ở Văn phòng UBND tỉnh năm 2025, Trung tâm Công báo và Tin học làm cùng đơn vị nào để tổng hợp báo cáo "
           "CĐS, và báo cáo đó được gửi sở nào tổng hợp?", "Sở Khoa học và Công nghệ",
           add="Báo cáo CĐS định kỳ hoặc đột xuất được gửi Sở Khoa học và Công nghệ tổng hợp, báo cáo UBND tỉnh.",
           ev="Giao Trung tâm Công báo và Tin học chủ trì, phối hợp với Trung tâm Phục vụ - Kiểm soát thủ tục hành "
              "chính tỉnh và các phòng, ban liên quan theo dõi, tổng hợp, lồng ghép báo cáo kết quả triển khai thực "
              "hiện nhiệm vụ tuyên truyền CĐS và thực hiện dịch vụ công trực tuyến vào báo cáo CĐS định kỳ hoặc đột "
              "xuất tại Văn phòng UBND tỉnh để gửi Sở Khoa học và Công nghệ tổng hợp"),
        ("typo", "báo cáo cđs năm 2025 ở vp ubnd tỉnh: trung tâm công báo và tin học làm cùng bên nào để tổng hơp"),
        ("no_diacritics", "khi tong hop bao cao cds tai van phong ubnd tinh nam 2025, trung tam cong bao va tin hoc "
                          "phoi hop voi ai"),
    ],
    "coord-015": [
        ("initials", "2023, TT Phục vụ - KS TTHC tỉnh làm chuyên mục CCHC cùng những báo, đài nào?"),
        ("english", "Which media outlets did the provincial public service and administrative procedure control centre "
                    "work with on administrative reform programmes in 2023?"),
        ("typo", "hồi 2023 trung tâm phục vụ kiểm soát tthc tỉnh làm các chuyên mục cải cách hành chính cùng vơi báo "
                 "đài nào"),
    ],
    # ---- timing
    "timing-008": [
        TP("Sở KHCN giữ mục tuyên truyền CCHC trên trang TTĐT của Sở: bộ phận nào chủ trì, và mục này cập nhật "
           "lúc nào?", "Ban Biên tập Trang thông tin điện tử của Sở",
           add="Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở.",
           entry=("IV.1", "Đơn vị chủ trì thực hiện: Ban Biên tập Trang thông tin điện tử của Sở.")),
        ("informal", "ad ơi mục tuyên truyền CCHC trên trang web của Sở KHCN thì bao giờ được cập nhật vậy ạ?"),
        ("english", "When is the administrative reform section on the Department of Science and Technology's website "
                    "maintained and updated?"),
    ],
    "timing-014": [
        TP("Hội nghị tập huấn nghiệp vụ cải cách TTHC, kiểm soát TTHC năm 2023 tổ chức vào ngày nào, và thành phần "
           "tham dự là những ai?", "đầu mối kiểm soát TTHC",
           add="Hội nghị có đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND cấp huyện.",
           ev="hội nghị diễn ra vào ngày 22/6/2023 với đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND "
              "cấp huyện"),
        ("no_diacritics", "hoi nghi tap huan nghiep vu cai cach thu tuc hanh chinh va kiem soat tthc nam 2023 to chuc "
                          "vao ngay nao"),
        ("initials", "Ngày tổ chức HN tập huấn nghiệp vụ cải cách, kiểm soát TTHC 2023 (BC của VP UBND tỉnh)?"),
    ],
    "timing-017": [
        ("informal", "cho em hỏi KH tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh ra tháng mấy vậy?"),
        ("no_diacritics", "ke hoach tuyen truyen cai cach hanh chinh nam 2023 cua van phong ubnd tinh duoc ban hanh "
                          "vao thang nao"),
        ("initials", "Tháng ban hành KH tuyên truyền CCHC 2023 của VP UBND tỉnh là tháng nào?"),
    ],
    # ---- frequency
    "freq-002": [
        TP("Chuyên mục “Cải cách hành chính” trên sóng phát thanh phát mấy số mỗi tháng, và mỗi chuyên mục kéo dài "
           "bao lâu?", "15 phút/chuyên mục"),
        ("typo", "mỗi tháng đài phát thanh lên bao nhiu số chuyên mục cải cách hành chính"),
        ("english", "How many editions a month does the 'Administrative Reform' radio programme air?"),
    ],
    "freq-008": [
        TP("Bản tin điện tử về Chuyển đổi số ra bao nhiêu số trong một năm, và sở nào chủ trì thực hiện?",
           "Sở Khoa học và Công nghệ",
           entry=("C.I.4.a", "Đơn vị chủ trì: Sở Khoa học và Công nghệ.")),
        ("no_diacritics", "ban tin dien tu chuyen doi so phat hanh tren nen tang so moi nam bao nhieu so"),
        ("initials", "Bản tin điện tử về CĐS (KH truyền thông 2025 của UBND tỉnh) phát hành mấy số/năm?"),
    ],
    # ---- fact
    "fact-002": [
        TP("Kế hoạch 281 của Sở KHCN căn cứ kế hoạch công tác CCHC 2025 nào của Sở, và nó thực hiện quyết định nào "
           "của Chủ tịch UBND tỉnh?", "2074/QĐ-UBND",
           add="Kế hoạch cũng thực hiện Quyết định số 2074/QĐ-UBND ngày 20/12/2021 của Chủ tịch UBND tỉnh về ban "
               "hành Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2022 - 2025.",
           entry=("preamble", "Thực hiện Quyết định số 2074/QĐ-UBND ngày 20/12/2021 của Chủ tịch UBND tỉnh về ban "
                              "hành Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2022 - 2025 trên địa bàn "
                              "tỉnh Quảng Ngãi")),
        ("informal", "cho mình hỏi KH 281 bên Sở KHCN dựa trên kế hoạch CCHC năm 2025 nào của Sở vậy?"),
        ("typo", "kế hoạch tuyên truyền cchc 281 của sở khoa học và công nghê căn cứ vào kế hoạch công tác cchc 2025 "
                 "số mây của sở"),
    ],
    "fact-004": [
        ("no_diacritics", "ai ky bao cao tuyen truyen cai cach hanh chinh nam 2023 cua van phong ubnd tinh"),
        ("english", "Who signed the Provincial People's Committee Office's 2023 report on administrative reform "
                    "communication?"),
        ("typo", "ai là người ký bc tuyên truyền cải cách hành chính 2023 của vp ubnd tinh"),
    ],
    "fact-010": [
        TP("Năm 2023 Trung tâm Phục vụ - Kiểm soát TTHC tỉnh nhận được khoảng bao nhiêu hồ sơ trực tuyến, chiếm tỷ "
           "lệ bao nhiêu, và thanh toán trực tuyến đạt khoảng bao nhiêu tiền?", "35 tỷ đồng",
           add="Thanh toán trực tuyến đạt khoảng 35 tỷ đồng.",
           ev="có khoảng hơn 69.000 hồ sơ trực tuyến được tiếp nhận của các sở, ngành tại Trung tâm, đạt tỷ lệ bình "
              "quân khoảng 73%/tổng hồ sơ tiếp nhận mới và thanh toán trực tuyến đạt khoảng 35 tỷ đồng"),
        ("english", "How many online applications did the provincial service centre receive in 2023, and what share "
                    "of new applications was that?"),
        ("initials", "2023: TT Phục vụ - Kiểm soát TTHC nhận khoảng bao nhiêu HS trực tuyến, đạt tỷ lệ bao nhiêu %?"),
    ],
    "fact-017": [
        ("informal", "mn cho hỏi Quyết định 49/QĐ-BNV mà KH truyền thông CCHC, CĐS của tỉnh dựa vào là do ai ban "
                     "hành, ban hành cái gì vậy ạ?"),
        ("initials", "QĐ 49/QĐ-BNV (căn cứ của KH truyền thông CCHC, CĐS 2025 của tỉnh) – của ai, ban hành nội dung "
                     "gì?"),
        ("english", "The province's draft 2025 communication plan on administrative reform and digital transformation "
                    "implements Decision 49/QD-BNV. Who issued that decision, and what does it put in place?"),
    ],
    "fact-018": [
        TP("Tỉnh ủy Quảng Ngãi ký Kế hoạch 336-KH/TU hôm nào để triển khai nghị quyết nào, và nghị quyết ấy của "
           "cơ quan nào?", "Bộ Chính trị"),
        ("typo", "336-KH/TU của tỉnh ủy quảng ngãi ra ngày nào, nhằm triển khai nghi quyết số mấy"),
        ("no_diacritics", "ke hoach 336-kh/tu cua tinh uy quang ngai ky ngay bao nhieu, thuc hien nghi quyet nao"),
    ],
    "fact-025": [
        TP("Nghị quyết 74/NQ-CP nêu trong kế hoạch 2025 của Văn phòng UBND tỉnh được ban hành ngày nào, và có nội "
           "dung gì?", "07/4/2025"),
        ("informal", "cho em hỏi NQ 74/NQ-CP mà KH 2025 của Văn phòng UBND tỉnh nhắc tới là về chuyện gì vậy ạ?"),
        ("english", "What is Resolution 74/NQ-CP, cited in the Office's 2025 plan, about?"),
    ],
    # ---- list
    "list-012": [
        ("informal", "cho em hỏi năm 2023 Văn phòng đã tham mưu UBND tỉnh ra những kế hoạch nào liên quan tuyên "
                     "truyền CCHC vậy ạ?"),
        ("no_diacritics", "hoi 2023 van phong ubnd tinh da giup ubnd tinh soan nhung ke hoach nao ve tuyen truyen "
                          "cchc"),
        ("typo", "năm 2023 văn phòng tham mưu ubnd tinh ban hành nhưng kế hoạch nào về tuyên truyền cải cách hành "
                 "chính"),
    ],
    "list-005": [
        ("initials", "BC tuyên truyền CCHC 2023 của VP UBND tỉnh nêu những hạn chế nào?"),
        ("english", "What shortcomings in administrative reform communication does the Office's 2023 report point "
                    "out?"),
        ("no_diacritics", "han che cua cong tac tuyen truyen cai cach hanh chinh ma van phong ubnd tinh tu danh gia "
                          "trong bao cao 2023 la gi"),
    ],
    # ---- cross_document
    "cross-007": [
        TP("Văn phòng UBND tỉnh đưa nội dung CCHC vào sinh hoạt nội bộ cơ quan: kế hoạch 2025 bổ sung những hình "
           "thức nào so với kế hoạch 2023, và phòng nào chủ trì việc này?", "Phòng Hành chính - Quản trị",
           entry=("III.2", "Đơn vị chủ trì: Phòng Hành chính - Quản trị.")),
        ("english", "Compared with its 2023 plan, what extra channels does the Office's 2025 plan use to bring "
                    "administrative reform content into the Office's internal activities?"),
        ("typo", "kh 2025 của vp ubnd tỉnh có thêm cách nào để đưa cchc vào nội bộ cơ quan mà kh 2023 chưa co"),
    ],
    "cross-008": [
        ("informal", "mn ơi kinh phí tuyên truyền CCHC năm 2025 lấy từ nguồn nào vậy, theo KH 281 của Sở KHCN và theo "
                     "KH truyền thông của UBND tỉnh ấy?"),
        ("initials", "Nguồn KP tuyên truyền CCHC 2025: KH 281/KH-SKHCN ghi thế nào, KH truyền thông CCHC & CĐS của "
                     "UBND tỉnh ghi thế nào?"),
        ("typo", "2025 tiền làm tuyên truyền cchc lấy ở nguồn nào, kh 281 sở khcn ghi sao, kh truyền thông của ubnd "
                 "tinh ghi sao"),
    ],
    "cross-002": [
        TP("Dịp Ngày Chuyển đổi số quốc gia 2025: kế hoạch 281 của Sở KHCN và kế hoạch truyền thông của UBND tỉnh "
           "đặt thời gian thực hiện thế nào, và theo kế hoạch 281 thì những đơn vị nào chủ trì?",
           "Phòng Bưu chính - Viễn thông và Công nghệ thông tin",
           entry=("IV.4", "Đơn vị chủ trì thực hiện: Văn phòng Sở, Phòng Bưu chính - Viễn thông và Công nghệ thông "
                          "tin, Trung tâm Chuyển đổi số và Đổi mới sáng tạo")),
        ("no_diacritics", "hoat dong huong ung ngay cds quoc gia 2025 lam vao luc nao, theo kh 281 cua so khcn va "
                          "theo kh truyen thong cchc cds cua tinh"),
        ("informal", "cho mình hỏi hoạt động dịp Ngày CĐS quốc gia 2025 thì KH 281 của Sở KHCN với KH truyền thông "
                     "của tỉnh ghi làm lúc nào vậy?"),
    ],
    # ---- no_diacritics
    "nodia-006": [
        ("informal", "cho em hỏi Báo Quảng Ngãi với Đài PT-TH tỉnh có phải lập mục phản hồi ý kiến người dân không "
                     "ạ?"),
        ("initials", "Theo KH truyền thông 2025 của UBND tỉnh, Báo Quảng Ngãi và Đài PTTH tỉnh có phải XD mục phản "
                     "hồi ý kiến ND không?"),
        ("english", "Are the Quảng Ngãi newspaper and the provincial radio and TV station required to set up a "
                    "section for citizens' feedback?"),
    ],
    "nodia-010": [
        ("informal", "ad ơi riêng mảng giáo dục thì truyền thông chuyển đổi số nói về những cái gì vậy ạ?"),
        ("initials", "Truyền thông CĐS trong GD-ĐT (KH truyền thông CCHC, CĐS 2025 của tỉnh) gồm nội dung nào?"),
        ("typo", "kế hoạch truyền thông của tỉnh nói truyền thông cđs mảng giáo dục và đào tạo có nhưng nội dung "
                 "gì"),
    ],
    "nodia-016": [
        ("initials", "BC tuyên truyền CCHC 2023 của VP UBND tỉnh gửi Sở nào?"),
        ("english", "Which department is the Office's 2023 administrative reform communication report addressed to?"),
        ("typo", "văn phòng ubnd tỉnh nộp báo cáo tuyên truyền cải cách hành chinh 2023 cho sở nào"),
    ],
    # ---- english
    "en-002": [
        TP("Theo kế hoạch 281, phòng nào chủ trì đào tạo về Hệ thống quản lý chất lượng TCVN ISO 9001:2015 cho các "
           "cơ quan hành chính nhà nước, và đào tạo vào thời gian nào?", "Quý I - II/2025",
           entry=("IV.5", "Thời gian thực hiện: Quý I - II/2025.")),
        ("no_diacritics", "dao tao he thong quan ly chat luong tcvn iso 9001:2015 cho co quan nha nuoc trong ke hoach "
                          "281 do phong nao chu tri"),
        ("typo", "kế hoạch 281: đào tạo iso 9001:2015 cho các cơ quan hành chính nhà nươc do đơn vị nào chủ trì"),
    ],
    "en-010": [
        TP("Chuyên mục Chuyển đổi số trên Cổng thông tin điện tử tỉnh phải cập nhật khoảng bao nhiêu tin, bài mỗi "
           "tháng, có cả tiếng Anh không, và đơn vị nào chủ trì?", "Trung tâm Công báo và Tin học",
           add="The lead unit is Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học).",
           entry=("C.I.2.đ", "Đơn vị chủ trì: Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học).")),
        ("informal", "ad ơi chuyên mục CĐS trên cổng TTĐT tỉnh mỗi tháng phải lên bao nhiêu tin bài, có bài tiếng Anh "
                     "không ạ?"),
        ("initials", "Chuyên mục CĐS trên Cổng TTĐT tỉnh: cập nhật tin, bài với tần suất bao nhiêu/tháng, có tiếng "
                     "Anh không?"),
    ],
    # ---- abbreviation
    "abbr-003": [
        TP("Trong kế hoạch tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh, PAPI là chỉ số gì, còn DDCI là chỉ số "
           "nào?", "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương",
           add="DDCI là Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương.",
           entry=("II.2", "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI)")),
        ("no_diacritics", "papi la viet tat cua chi so gi"),
        ("typo", "papi viêt tắt của chỉ số nào"),
    ],
    "abbr-005": [
        TP("Trong kế hoạch 2025 của Văn phòng UBND tỉnh, DTI là chỉ số gì, và SIPAS là chỉ số nào?",
           "Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước",
           add="SIPAS là Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà "
               "nước.",
           entry=("II.2", "Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà "
                          "nước (SIPAS)")),
        ("informal", "ad ơi DTI là viết tắt của chỉ số gì thế?"),
        ("initials", "Chỉ số DTI trong KH tuyên truyền CCHC, CĐS 2025 của VP UBND tỉnh là gì?"),
    ],
    # ---- unanswerable
    "unans-010": [
        ("informal", "mn ơi cho hỏi TT Phục vụ - Kiểm soát TTHC của tỉnh đóng trụ sở trên đường gì vậy ạ?"),
        ("no_diacritics", "trung tam phuc vu kiem soat thu tuc hanh chinh tinh dat tru so o duong nao"),
        ("english", "What street is the provincial public service and administrative procedure control centre located "
                    "on?"),
    ],
    "unans-011": [
        ("no_diacritics", "ai dang lam giam doc so khcn tinh quang ngai"),
        ("initials", "GĐ Sở KHCN tỉnh Quảng Ngãi là ai?"),
        ("typo", "ai đang giữ chức giám đôc sở khoa học và công nghệ ở quảng ngãi"),
    ],
    "unans-009": [
        ("informal", "ad ơi năm 2024 Quảng Ngãi đứng thứ mấy về PCI cả nước vậy?"),
        ("english", "Where did Quảng Ngãi rank nationally in the 2024 PCI?"),
        ("typo", "chỉ số pci 2024 của quảng ngãi đứng hạng bao nhiu toàn quốc"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # ---- lead
    "np-lead-002": [
        TP("Ở huyện Đồng Xuân, đơn vị nào chủ trì công khai số điện thoại đường dây nóng, và số đó là số nào?",
           "0257.3865.246",
           entry=("III.2.b", "Duy trì đường dây nóng tiếp nhận phản ánh, kiến nghị của cá nhân, tổ chức về quy định "
                             "hành chính và việc giải quyết TTHC qua số điện thoại 0257.3865.246")),
        ("informal", "cho em hỏi ở Đồng Xuân thì ai lo niêm yết công khai số đường dây nóng vậy ạ?"),
        ("english", "In Đồng Xuân district, which office is in charge of publicising the hotline number?"),
    ],
    "np-lead-011": [
        TP("Ở Ninh Thuận, đợt ra quân của thanh niên tình nguyện giúp người dân dùng dịch vụ công trực tuyến do ai "
           "chủ trì, và tổ chức khi nào?", "Tháng 7/2024",
           entry=("Phụ lục I.5", "Tháng 7/2024")),
        ("no_diacritics", "dot thanh nien tinh nguyen xuong duong giup dan lam dich vu cong online o ninh thuan do ai "
                          "cam trich"),
        ("initials", "Ra quân TN tình nguyện hỗ trợ DVC trực tuyến (KH 1520/KH-UBND Ninh Thuận) – ĐV nào chủ trì?"),
    ],
    "np-lead-010": [
        TP("Trong phụ lục kế hoạch tuyên truyền CCHC 2024 của Ninh Thuận, việc tuyên truyền thực hiện văn hóa công "
           "vụ do cơ quan nào chủ trì, và phối hợp với cơ quan nào?", "Sở Nội vụ",
           entry=("Phụ lục I.12", "Sở Nội vụ")),
        ("typo", "tuyên truyền thực hiện văn hóa công vụ ở ninh thuận giao cho cơ quan nào, theo bảng phụ luc kèm kế "
                 "hoạch"),
        ("english", "In the appendix to Ninh Thuận's communication plan, who is responsible for promoting public "
                    "service culture?"),
    ],
    # ---- coordinators
    "np-coord-003": [
        TP("Triển khai bệnh án điện tử tại các Trung tâm Y tế huyện ở Hà Tĩnh: những đơn vị nào phối hợp, và thời "
           "gian thực hiện là khi nào?", "Quý III - IV/2025",
           add="Thời gian thực hiện: Quý III - IV/2025.",
           entry=("II.3", "Quý III - IV/2025")),
        ("informal", "mn ơi làm bệnh án điện tử ở mấy trung tâm y tế huyện bên Hà Tĩnh thì phối hợp với những ai "
                     "vậy?"),
        ("no_diacritics", "ha tinh trien khai benh an dien tu o cac ttyt huyen thi nhung ben nao cung tham gia phoi "
                          "hop"),
    ],
    # ---- timing
    "np-timing-001": [
        TP("Khảo sát sự hài lòng của người dân, tổ chức ở huyện Đồng Xuân năm 2025: hạn hoàn thành là khi nào, và "
           "phòng nào chủ trì?", "Phòng Nội vụ",
           entry=("III.VII.2", "Phòng Nội vụ")),
        ("initials", "KH CCHC 2025 H. Đồng Xuân: khảo sát mức độ hài lòng của người dân làm vào thời gian nào?"),
        ("typo", "bao giờ thì huyện đồng xuân khảo sát sự hài long của người dân trong năm 2025"),
    ],
    # ---- frequency
    "np-freq-002": [
        TP("Sở Y tế Hà Tĩnh sao lưu dữ liệu các hệ thống thông tin dùng chung với tần suất ra sao, và đơn vị nào "
           "phối hợp?", "VNPT Hà Tĩnh",
           entry=("II.18", "VNPT Hà Tĩnh")),
        ("english", "How frequently does Hà Tĩnh's Department of Health back up the data of its shared information "
                    "systems?"),
        ("no_diacritics", "tan suat sao luu du lieu he thong thong tin dung chung cua nganh y te ha tinh la gi"),
    ],
    # ---- fact
    "np-fact-001": [
        TP("Kế hoạch CCHC năm 2025 của UBND huyện Đồng Xuân mang số hiệu nào, và được ban hành ngày nào?",
           "ngày 16 tháng 01 năm 2025",
           entry=("header", "Đồng Xuân, ngày 16 tháng 01 năm 2025")),
        ("informal", "cho mình hỏi KH cải cách hành chính 2025 của huyện Đồng Xuân là số mấy vậy?"),
        ("typo", "kế hoạch cchc năm 2025 của huyên đồng xuân có số hiệu là gi"),
    ],
    "np-fact-002": [
        ("no_diacritics", "ke hoach cai cach hanh chinh 2024 cua huyen dong xuan do ai ky"),
        ("english", "Who signed Đồng Xuân district's 2024 administrative reform plan?"),
        ("typo", "ai ký kê hoạch cải cách hành chính năm 2024 của huyện đông xuân"),
    ],
    "np-fact-004": [
        ("informal", "cho mình hỏi hồ sơ TTHC ở Ninh Thuận năm 2023 làm online được mấy % vậy?"),
        ("no_diacritics", "nam 2023 ty le ho so tthc duoc tiep nhan, giai quyet truc tuyen o ninh thuan la bao nhieu"),
        ("initials", "Tỷ lệ HS TTHC tiếp nhận, giải quyết trực tuyến của Ninh Thuận năm 2023 là bao nhiêu %?"),
    ],
    # ---- unit_duties
    "np-duties-001": [
        ("informal", "mn ơi KH 2025 của huyện Đồng Xuân giao Phòng Tư pháp chủ trì những việc gì vậy ạ?"),
        ("english", "What tasks does Đồng Xuân district's 2025 plan put its Justice Office in charge of?"),
        ("typo", "phòng tư pháp đồng xuân năm 2025 được giao đứng ra làm nhưng việc gì"),
    ],
    "np-duties-005": [
        ("no_diacritics", "trong ke hoach chuyen doi so 2025 cua so y te ha tinh, van phong so chu tri nhung nhiem vu "
                          "nao"),
        ("initials", "VP Sở Y tế Hà Tĩnh được giao chủ trì những nhiệm vụ nào trong KH CĐS 2025?"),
        ("typo", "trong kh chuyển đổi số 2025 của sở y tế hà tĩnh, văn phòng sở đứng ra chủ trì các nhiêm vụ nào"),
    ],
    # ---- period
    "np-period-004": [
        ("informal", "ad ơi quý 3 năm 2024 bên Ninh Thuận tổ chức tuyên truyền CCHC gì thế?"),
        ("english", "Which administrative reform communication activities does Ninh Thuận have in the third quarter "
                    "of 2024?"),
        ("no_diacritics", "quy 3 nam 2024 ninh thuan co nhung hoat dong tuyen truyen cai cach hanh chinh nao"),
    ],
    # ---- task_list
    "np-tasks-002": [
        ("initials", "KH CĐS 2025 (412/KH-SYT) của SYT Hà Tĩnh giao những nhiệm vụ cụ thể nào?"),
        ("typo", "sở y tế hà tĩnh đặt ra nhưng nhiệm vụ cụ thể gì trong kế hoạch chuyển đổi số"),
        ("english", "What specific tasks does the Hà Tĩnh Department of Health's digital transformation plan "
                    "assign?"),
    ],
    # ---- comparison
    "np-cmp-002": [
        TP("Tuyên truyền CCHC trên Đài Truyền thanh huyện Đồng Xuân: đơn vị chủ trì năm 2024 và năm 2025 khác nhau "
           "thế nào, và theo kế hoạch 2024 chuyên mục phát mấy kỳ mỗi tháng?", "02 kỳ/tháng",
           add="Theo kế hoạch 2024, chuyên mục “Cải cách hành chính” phát sóng 02 kỳ/tháng.",
           entry=("III.7.a", "Xây dựng chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện, phát sóng 02 "
                             "kỳ/tháng")),
        ("initials", "Đơn vị chủ trì tuyên truyền CCHC trên Đài TT huyện Đồng Xuân: KH 2025 so với KH 2024 thay đổi "
                     "ra sao?"),
        ("english", "How did the lead unit for administrative reform broadcasts on the Đồng Xuân district radio change "
                    "between the 2024 and 2025 plans?"),
    ],
    "np-cmp-005": [
        TP("Ở Đồng Xuân, kế hoạch 2025 bổ sung bên phối hợp nào cho việc theo dõi thi hành luật đất đai so với "
           "kế hoạch 2024, và năm 2024 việc này giao phòng nào chủ trì?", "Phòng Tư pháp",
           add="Cơ quan chủ trì năm 2024: Phòng Tư pháp.",
           entry=("III.1.b", "Cơ quan chủ trì: Phòng Tư pháp.")),
        ("no_diacritics", "ke hoach 2025 cua dong xuan bo sung don vi phoi hop nao cho viec theo doi thi hanh luat "
                          "dat dai, so voi ke hoach 2024"),
        ("typo", "mảng theo dõi thi hành luật đất đai ở đồng xuân, 2025 có thêm ai phối hợp mà 2024 không co"),
    ],
    # ---- no_diacritics
    "np-nodia-001": [
        ("informal", "cho em hỏi bên Hà Tĩnh ai lo việc nối các nhà thuốc bán lẻ lên CSDL Dược quốc gia ạ?"),
        ("initials", "Kết nối liên thông cơ sở bán lẻ thuốc với CSDL Dược quốc gia (KH CĐS 2025 SYT Hà Tĩnh) – ĐV "
                     "nào chủ trì?"),
        ("english", "In Hà Tĩnh, who leads linking retail pharmacies to the national pharmaceutical database?"),
    ],
    "np-nodia-006": [
        ("english", "Who leads the 2024 administrative reform inspections of communes in Đồng Xuân district?"),
        ("typo", "đơn vị nào đứng ra kiểm tra công tác cải cách hành chính tại ubnd các xã, thị trân của đồng xuân "
                 "hồi 2024"),
        ("initials", "Kiểm tra CCHC tại UBND các xã, thị trấn năm 2024 ở H. Đồng Xuân – CQ nào chủ trì?"),
    ],
    # ---- english
    "np-en-003": [
        TP("Chuyên trang “Cải cách hành chính” trên Báo Ninh Thuận phát hành bao lâu một kỳ, và những cơ quan nào "
           "phối hợp?", "Sở Nội vụ",
           add="Coordinating agencies (Cơ quan phối hợp): Sở Nội vụ; các sở, ban, ngành.",
           entry=("IV.1.a", "Cơ quan phối hợp: Sở Nội vụ; các sở, ban, ngành.")),
        ("informal", "ad ơi chuyên trang CCHC trên Báo Ninh Thuận mấy kỳ một tháng vậy?"),
        ("initials", "Chuyên trang CCHC trên Báo Ninh Thuận (KH 1520/KH-UBND) phát hành với tần suất nào?"),
    ],
    # ---- unanswerable
    "np-unans-002": [
        ("informal", "mn ơi KH CCHC 2025 của huyện Đồng Xuân được cấp tổng cộng bao nhiêu tiền vậy?"),
        ("no_diacritics", "tong kinh phi cap cho ke hoach cai cach hanh chinh 2025 cua huyen dong xuan la bao nhieu"),
        ("typo", "tổng số tiền bố trí cho kh cải cách hành chính năm 2025 ở đồng xuân là bao nhiu"),
    ],
    "np-unans-003": [
        ("informal", "cho em hỏi Sở Y tế Hà Tĩnh dự trù hết bao nhiêu đồng cho kế hoạch chuyển đổi số vậy ạ?"),
        ("initials", "Tổng KP KH CĐS của SYT Hà Tĩnh là bao nhiêu đồng?"),
        ("no_diacritics", "ke hoach cds cua so y te ha tinh tong cong het bao nhieu tien"),
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
