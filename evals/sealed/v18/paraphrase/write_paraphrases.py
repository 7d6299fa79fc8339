# -*- coding: utf-8 -*-
"""Write the sealed paraphrase split v18 (five_plans.jsonl, new_plans.jsonl) from the originals.

Each chosen original (a line of evals/qa.jsonl or evals/new_plans/qa.jsonl) is asked three more ways. A
paraphrase copies the original's kind/answer/must_include/document/section/evidence; a two_part paraphrase
adds one must_include string (and, when the answer lacks it, one sentence taken from the section) and extends
the evidence in one of three ways (the v5-v17 scheme, unchanged):
  ev=...            a longer verbatim span of the same section that keeps the original quote inside it
  ev=..., ev_idx=i  the same, for entry i of a cross-document / multi-section item
  entry=(sec, ev)   one more parallel document/section/evidence entry (same document as the first entry):
                    a table cell of the same row, a field line or phrase of the same section
  (none of these)   the extra string is already inside the original evidence

Originals (v18): no line whose 0-based index is divisible by 4 (working paraphrase set), none of v16 or v17.
No eligible line is unused after v17, so the originals are the least recently used lines: lines whose latest
round is oldest first, and among lines with the same latest round, those used by the fewest rounds first.
  * five plans: 74 eligible lines; 34 were last used by v14 (15 by three rounds, 10 by four, 9 by five), 40 by
    v15 (31 by four rounds, 9 by five). All 34 v14 lines, then 6 of the 31 four-round v15 lines: the three
    unanswerable ones (4 unanswerable originals of 40, as in v14-v17) and three lines of plan 281 / the 2023
    report (lead-039, timing-014, fact-004).
  * new plans: 25 eligible lines; 5 were last used by v14 (2 by four rounds, 3 by five), 20 by v15 (15 by
    four, 5 by five). All 5 v14 lines (two of them unanswerable), the 15 four-round v15 lines except three,
    then the three five-round v15 lines that are the only eligible lines of the kinds coordinators, english and
    frequency. Left out: the two unanswerable four-round v15 lines (BALANCE_LEFT_OUT in validate.py: with them 4
    of 20 new-plans originals would be unanswerable) and one of the four unit_duties lines (COVERAGE_LEFT_OUT:
    without it the three kinds could not all be covered).
validate.py checks all of this and lists the reused ones.

    cd /work/v18/paraphrase && /work/main/.venv/bin/python write_paraphrases.py
    cd /work/v18/paraphrase && /work/main/.venv/bin/python validate.py
"""
import copy
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
if not os.path.exists(os.path.join(ROOT, "evals", "qa.jsonl")):
    # written outside the repository (e.g. /work/v18/paraphrase/, before being copied to evals/sealed/v18/paraphrase/)
    ROOT = os.environ.get("ASSISTANT_REPO", "/work/main")
SRC = {"five": os.path.join(ROOT, "evals", "qa.jsonl"),
       "new": os.path.join(ROOT, "evals", "new_plans", "qa.jsonl")}
OUT = {"five": os.path.join(HERE, "five_plans.jsonl"), "new": os.path.join(HERE, "new_plans.jsonl")}
FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]

T_YEAR = "Thời gian thực hiện: Thường xuyên trong năm."


def TP(q, mi, add=None, ev=None, ev_idx=None, entry=None):
    return ("two_part", q, dict(mi=mi, add=add, ev=ev, ev_idx=ev_idx, entry=entry))


# ------------------------------------------------------------------ five plans: 40 originals
FIVE = {
    # --- last used by v14, three rounds
    "en-001": [
        ("informal", "ad ơi bản tin PAPI phát hằng tuần trên sóng phát thanh tỉnh là đơn vị nào sản xuất vậy ạ?"),
        ("no_diacritics", "ban tin papi moi tuan tren kenh phat thanh cua tinh do co quan nao chu tri thuc hien"),
        ("initials", "Bản tin PAPI 01 số/tuần trên kênh phát thanh (KH truyền thông CCHC, CĐS 2025) do CQ nào chủ trì?"),
    ],
    "fact-014": [
        TP("Theo báo cáo tuyên truyền CCHC 2023 của Văn phòng, nộp hồ sơ online thì được trả kết quả sớm hơn hạn "
           "bao nhiêu %, còn phí, lệ phí được ưu đãi ra sao?",
           "giảm 50% phí, lệ phí",
           add="Đồng thời thực hiện giảm 50% phí, lệ phí đối với các trường hợp nộp hồ sơ trực tuyến.",
           ev="ban hành quy định ưu tiên thực hiện rút ngắn thời gian giải quyết, trả kết quả sớm hơn tối thiểu 20% "
              "so với thời hạn giải quyết theo quy định đối với những hồ sơ nộp trực tuyến, thực hiện giảm 50% phí, "
              "lệ phí đối với các trường hợp nộp hồ sơ trực tuyến"),
        ("english", "For applications filed online, how much earlier than the legal deadline must the result be "
                    "returned, according to the Office's 2023 report?"),
        ("typo", "hồ sơ nộp qua mạng thì trả kết quả sớm hơn hạn quy dịnh tối thiểu mấy phần trăm"),
    ],
    "fact-016": [
        ("typo", "bản dự thảo kh truyền thông cải cách hành chính, chuyển đôi số 2025 là do sở nào đề xuất trình lên ubnd tỉnh"),
        ("no_diacritics", "du thao kh truyen thong cai cach hanh chinh va chuyen doi so 2025 cua ubnd tinh la theo "
                          "to trinh cua so nao"),
        ("english", "Which department's proposal is the province's draft 2025 communication plan on administrative "
                    "reform and digital transformation based on?"),
    ],
    "freq-003": [
        TP("Trên sóng truyền hình tỉnh, chuyên mục về nâng cao năng lực cạnh tranh PCI của Quảng Ngãi phát mỗi "
           "tháng mấy lần, cả năm bao nhiêu chuyên mục, mỗi chuyên mục dài mấy phút?",
           "15 phút/chuyên mục"),
        ("initials", "Theo KH truyền thông CCHC 2025, chuyên mục nâng cao chỉ số PCI trên kênh truyền hình tỉnh "
                     "mỗi năm lên sóng mấy kỳ?"),
        ("informal", "cho em hỏi chuyên mục Quảng Ngãi nâng cao năng lực cạnh tranh trên tivi thì 1 năm phát bao "
                     "nhiêu chuyên mục ạ?"),
    ],
    "lead-004": [
        TP("Chuyên trang điện tử Chuyển đổi số tỉnh Quảng Ngãi, kể cả việc gắn banner lên các trang TTĐT thành "
           "phần, do đơn vị nào duy trì và những ai phối hợp?",
           "Các cơ quan, đơn vị, địa phương trong tỉnh",
           entry=("C.I.2.d", "Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương trong tỉnh.")),
        ("typo", "ai lo duy trì chuyên trang điện tủ chuyển đổi số của tỉnh rồi gắn banner lên các trang thành phần"),
        ("english", "Who keeps the Quảng Ngãi digital transformation e-portal running and places its banner on "
                    "member agencies' websites?"),
    ],
    "lead-006": [
        TP("Chương trình phát thanh chuyển đổi số trên hệ thống truyền thanh cấp huyện giao ai chủ trì, và mỗi "
           "tháng phát lại mấy lần?",
           "phát lại 03 lần/tháng",
           add="Tần suất: mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng.",
           entry=("C.I.2.e", "Tần suất: mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng.")),
        ("no_diacritics", "dai truyen thanh cap huyen lam chuyen muc ve chuyen doi so thi don vi nao chiu trach "
                          "nhiem chinh"),
        ("initials", "CM phát thanh về CĐS trên hệ thống truyền thanh cấp H. thì ĐV nào đứng ra làm?"),
    ],
    "lead-007": [
        TP("Chương trình phát thanh chuyển đổi số ở cấp xã do ai thực hiện, bao lâu thì phải có một chuyên mục?",
           "mỗi tháng 01 chuyên mục/chương trình",
           add="Tần suất: mỗi tháng 01 chuyên mục/chương trình.",
           entry=("C.I.2.g", "Tần suất: mỗi tháng 01 chuyên mục/chương trình.")),
        ("informal", "cho mình hỏi dưới xã thì bên nào phụ trách làm chuyên mục phát thanh chuyển đổi số thế?"),
        ("english", "Which body produces the digital-transformation radio segments aired on commune loudspeaker systems?"),
    ],
    "lead-015": [
        ("no_diacritics", "dat hang thiet ke poster tuyen truyen cai cach hanh chinh dang len nen tang so la viec "
                          "cua co quan nao"),
        ("initials", "Việc thuê thiết kế poster CCHC để đăng MXH, nền tảng số giao CQ nào làm đầu mối?"),
        ("typo", "poster tuyên truyền cải cách hành chính đăng lên nền tản số thì sở nào đặt hàng thiết kê"),
    ],
    "lead-016": [
        TP("Video clip tuyên truyền nâng cao các chỉ số PCI, PAPI, PAR INDEX để chiếu trên màn hình Led: ai đặt "
           "hàng sản xuất, ai phối hợp?",
           "Đài Phát thanh và Truyền hình tỉnh",
           add="Cơ quan phối hợp: Đài Phát thanh và Truyền hình tỉnh; các đơn vị truyền thông trên địa bàn tỉnh.",
           entry=("C.II.7", "Cơ quan phối hợp: Đài Phát thanh và Truyền hình tỉnh; các đơn vị truyền thông trên "
                            "địa bàn tỉnh.")),
        ("informal", "ad ơi mấy clip tuyên truyền nâng chỉ số PCI, PAPI, PAR INDEX của tỉnh là sở nào đặt làm vậy?"),
        ("no_diacritics", "video clip nang cao chi so pci papi par index chieu tren man hinh led do co quan nao "
                          "dat hang san xuat"),
    ],
    "lead-020": [
        TP("Hoạt động văn hóa, văn nghệ lồng ghép chủ đề cải cách hành chính do những cơ quan nào chủ trì và tổ "
           "chức trong thời gian nào?",
           "Trong năm 2025",
           add="Thời gian thực hiện: Trong năm 2025.",
           entry=("C.II.8", "Thời gian thực hiện: Trong năm 2025.")),
        ("english", "Who is in charge of cultural and performing-arts events themed on administrative reform?"),
        ("typo", "văn nghệ, hoạt đông văn hóa về chủ đề cchc thì ai đứng ra lo"),
    ],
    "lead-028": [
        ("initials", "Theo KH truyền thông 2025 của UBND tỉnh, ai chịu trách nhiệm chính đưa TTHC lên HT thông tin "
                     "giải quyết TTHC tỉnh và CSDL quốc gia?"),
        ("informal", "cho em hỏi kế hoạch truyền thông năm 2025 của tỉnh thì công bố, công khai thủ tục hành chính "
                     "lên hệ thống giải quyết TTHC của tỉnh là ai làm chính ạ?"),
        ("no_diacritics", "ke hoach truyen thong 2025 cua tinh giao ai dau moi cong khai thu tuc hanh chinh tren he "
                          "thong thong tin giai quyet tthc"),
    ],
    "list-011": [
        ("english", "The Office's 2023 report mentions two bundles of inter-agency procedures it promoted. What do "
                    "they include?"),
        ("initials", "BC tuyên truyền CCHC 2023 của VP: 02 nhóm TTHC liên thông được đẩy mạnh gồm những thủ tục "
                     "nào?"),
        ("typo", "2 nhóm thủ tục liên thông mà báo cáo năm 2023 nói là đẩy mạnh gồm nhũng thủ tục gì"),
    ],
    "nodia-002": [
        TP("Trang Zalo đăng tin chuyển đổi số của tỉnh tên gọi là gì, ngoài Zalo còn kênh mạng xã hội nào nữa?",
           "fanpage Facebook",
           ev="trên trang Zalo “Sở Khoa học và Công nghệ Quảng Ngãi; Chuyên đổi số tỉnh Quảng Ngãi”; trang fanpage "
              "Facebook “Sở Khoa học và Công nghệ Quảng Ngãi”"),
        ("informal", "mn ơi tài khoản Zalo về chuyển đổi số của tỉnh mình đặt tên là gì thế?"),
        ("english", "The province runs a Zalo account for digital transformation news. What is it called?"),
    ],
    "timing-002": [
        TP("Bình dân học vụ số: quý mấy năm 2025 thì tổ chức, giao cho sở nào làm đầu mối?",
           "Sở Khoa học và Công nghệ",
           add="Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
           entry=("C.I.3.c", "Đơn vị chủ trì: Sở Khoa học và Công nghệ.")),
        ("no_diacritics", "chuong trinh binh dan hoc vu so to chuc vao quy nao nam 2025"),
        ("english", "When does the province plan to run its mass digital-literacy programme?"),
    ],
    "timing-016": [
        ("informal", "ad cho hỏi 25 dịch vụ công thiết yếu của tỉnh được đưa lên Cổng DVC quốc gia từ hồi nào vậy?"),
        ("initials", "Tỉnh triển khai đồng bộ 25 DVC thiết yếu lên Cổng DVC QG từ thời điểm nào (theo BC 2023 của "
                     "VP)?"),
        ("typo", "25 dịch vụ công thiết yêu lên cổng dịch vụ công quốc gia bắt đầu từ tháng mấy năm nào"),
    ],
    # --- last used by v14, four rounds
    "coord-011": [
        TP("Ở Văn phòng UBND tỉnh năm 2025, việc vận động công chức hưởng ứng các hội thi tìm hiểu CCHC, CĐS do "
           "đơn vị nào chủ trì và những ai phối hợp?",
           "Trung tâm Phục vụ - Kiểm soát TTHC tỉnh",
           entry=("III.8", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát TTHC tỉnh.")),
        ("no_diacritics", "vp ubnd tinh nam 2025 dong vien cong chuc di thi tim hieu cchc va cds thi don vi nao "
                          "phoi hop"),
        ("english", "In the provincial People's Committee Office's 2025 plan, who assists in encouraging staff to "
                    "join contests on administrative reform and digital transformation?"),
    ],
    "coord-012": [
        TP("Năm 2025 tại Văn phòng UBND tỉnh, Trung tâm Công báo và Tin học tổng hợp báo cáo CĐS cùng với đơn vị "
           "nào, rồi báo cáo được gửi sở nào tổng hợp?",
           "Sở Khoa học và Công nghệ",
           add="Kết quả được lồng ghép vào báo cáo CĐS định kỳ hoặc đột xuất để gửi Sở Khoa học và Công nghệ tổng "
               "hợp, báo cáo UBND tỉnh.",
           entry=("IV.3", "để gửi Sở Khoa học và Công nghệ tổng hợp, báo cáo UBND tỉnh")),
        ("informal", "cho mình hỏi Trung tâm Công báo và Tin học lúc theo dõi, tổng hợp báo cáo chuyển đổi số năm "
                     "2025 ở VP UBND thì phối hợp với ai nhỉ?"),
        ("initials", "Ở VP UBND tỉnh năm 2025, khâu theo dõi, tổng hợp KQ tuyên truyền CĐS và DVC trực tuyến: TT Công báo và "
                     "Tin học làm cùng ĐV nào?"),
    ],
    "cross-007": [
        TP("So với KH 2023, năm 2025 Văn phòng UBND tỉnh lồng ghép CCHC trong nội bộ thêm những hình thức gì, và "
           "phòng nào chủ trì việc này?",
           "Phòng Hành chính - Quản trị",
           entry=("III.2", "Đơn vị chủ trì: Phòng Hành chính - Quản trị.")),
        ("typo", "năm 2025 văn phòng ubnd tỉnh đưa nội dung cchc vào nội bộ cơ quan có thêm hình thưc nào mới so "
                 "vs năm 2023"),
        ("informal", "ad ơi kế hoạch 2025 của VP UBND so với 2023 thì lồng ghép CCHC trong cơ quan có thêm kiểu "
                     "nào không ạ?"),
    ],
    "cross-011": [
        ("no_diacritics", "viec dang tai, niem yet thu tuc hanh chinh nam 2023 (vp ubnd) va nam 2025 (kh truyen "
                          "thong cua tinh) do dau moi nao chiu trach nhiem"),
        ("initials", "Ai làm đầu mối công bố, công khai TTHC theo KH tuyên truyền CCHC 2023 của VP UBND và theo KH "
                     "truyền thông CCHC-CĐS 2025 của UBND tỉnh?"),
        ("english", "Who leads the public posting of administrative procedures in the Office's 2023 plan, and who "
                    "leads it in the province's 2025 communication plan?"),
    ],
    "en-005": [
        ("informal", "cho em hỏi năm 2023 Văn phòng treo khẩu hiệu hưởng ứng Tuần lễ Chuyển đổi số ở đâu ạ?"),
        ("no_diacritics", "nam 2023 van phong tuyen truyen tuan le chuyen doi so tren phuong tien gi, dat o dau"),
        ("typo", "tuần lễ chuyển đổi số 2023 văn phòng tuyên truyền ở chổ nào"),
    ],
    "lead-002": [
        TP("Chuyên mục Chuyển đổi số, tuyên truyền Nghị quyết 57 trên sóng phát thanh tỉnh do ai chủ trì và phát "
           "bao nhiêu số một năm?",
           "52 số/năm",
           add="Tần suất: 01 số /tuần (52 số/năm).",
           entry=("C.I.2.a", "Tần suất: 01 số /tuần (52 số/năm).")),
        ("no_diacritics", "chuyen muc chuyen doi so phat tren kenh radio cua tinh ai phu trach"),
        ("initials", "CĐS trên kênh phát thanh: chuyên mục này do ĐV nào thực hiện?"),
    ],
    "lead-030": [
        ("informal", "ad ơi năm 2023 bên Văn phòng UBND tỉnh thì đơn vị nào lo chuyên mục CCHC trên Cổng thông "
                     "tin điện tử tỉnh vậy?"),
        ("english", "In the Office's 2023 plan, which unit maintains the CCHC section of the provincial web portal?"),
        ("typo", "kế hoạch 2023 văn phòng ubnd tỉnh, chuyên mục cải cách hành chính trên cổng thông tin điên tử "
                 "tỉnh ai phụ trách"),
    ],
    "nodia-008": [
        TP("Đợt kiểm tra việc áp dụng ISO 9001:2015 tại các cơ quan hành chính năm 2025 (kế hoạch 281) làm vào "
           "quý nào, đơn vị nào thực hiện?",
           "Chi cục Tiêu chuẩn Đo lường Chất lượng",
           entry=("IV.6", "Đơn vị chủ trì thực hiện: Chi cục Tiêu chuẩn Đo lường Chất lượng")),
        ("initials", "KH 281 của SKHCN: kiểm tra áp dụng HT quản lý chất lượng ISO 9001 năm 2025 làm vào thời "
                     "điểm nào?"),
        ("english", "When in 2025 will the checks on ISO 9001 quality management in state agencies take place?"),
    ],
    "timing-009": [
        TP("Các phòng, đơn vị thuộc Sở KHCN nộp báo cáo kết quả năm 2025 về Sở hạn chót ngày nào, và Sở phải "
           "báo cáo UBND tỉnh trước ngày nào?",
           "30/11/2025",
           add="Giám đốc Sở báo cáo UBND tỉnh trước ngày 30/11/2025.",
           ev="gửi về Sở (qua Văn phòng Sở) trước ngày 15/11/2025 để tổng hợp, tham mưu Giám đốc Sở báo cáo UBND "
              "tỉnh trước ngày 30/11/2025"),
        ("informal", "cho hỏi bên mình là đơn vị thuộc Sở KHCN thì hạn gửi báo cáo tuyên truyền CCHC 2025 là ngày "
                     "mấy ạ?"),
        ("typo", "hạn chót các phòng thuộc sở khcn gửi báo cáo kết quả cchc năm 2025 về văn phong sở"),
    ],
    "unans-011": [
        ("no_diacritics", "giam doc so khoa hoc cong nghe quang ngai hien nay la ai"),
        ("english", "Who currently heads the Department of Science and Technology in Quảng Ngãi, by name?"),
        ("informal", "mn cho mình hỏi ai đang làm giám đốc Sở KHCN Quảng Ngãi thế?"),
    ],
    # --- last used by v14, five rounds
    "abbr-002": [
        ("no_diacritics", "sipas trong ke hoach cua van phong ubnd tinh la chi so gi"),
        ("initials", "Chỉ số SIPAS (KH 2025 của VP UBND tỉnh) viết đầy đủ là gì?"),
        ("typo", "sipas là chỉ sô đo cái gì, viết đủ ra là gì"),
    ],
    "abbr-010": [
        ("no_diacritics", "chi so ddci ten day du la gi"),
        ("informal", "ad ơi DDCI là viết tắt của chỉ số nào thế ạ?"),
        ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh có nhắc DDCI — chỉ số này là gì?"),
    ],
    "coord-010": [
        TP("Kế hoạch 2025 của VP UBND tỉnh: đăng Danh mục TTHC lên Cổng TTĐT tỉnh và niêm yết công khai — đơn vị "
           "nào phối hợp, làm trong thời gian nào?",
           "Thường xuyên trong năm",
           add=T_YEAR,
           entry=("III.1", T_YEAR)),
        ("english", "In the Office's 2025 plan, who assists with posting the list of administrative procedures on "
                    "the provincial portal and displaying it publicly?"),
        ("typo", "văn phòng ubnd tỉnh 2025, đăng danh mục thủ tục hành chính lên cổng tt điện tử tỉnh thì đơn vi "
                 "nào phối hợp"),
    ],
    "cross-002": [
        TP("Ngày Chuyển đổi số quốc gia 2025: kế hoạch 281 của Sở KHCN và kế hoạch truyền thông của tỉnh ghi thời "
           "gian mỗi bên ra sao, và bên Sở KHCN giao những đơn vị nào chủ trì?",
           "Phòng Bưu chính - Viễn thông và Công nghệ thông tin",
           entry=("IV.4", "Đơn vị chủ trì thực hiện: Văn phòng Sở, Phòng Bưu chính - Viễn thông và Công nghệ "
                          "thông tin, Trung tâm Chuyển đổi số và Đổi mới sáng tạo")),
        ("informal", "ad ơi hoạt động Ngày CĐS quốc gia 2025 thì KH 281 với KH truyền thông của tỉnh ghi lệch quý "
                     "nhau à?"),
        ("initials", "Ngày CĐS QG 2025: TG thực hiện ghi trong KH 281/KH-SKHCN và trong KH truyền thông CCHC-CĐS "
                     "của UBND tỉnh là khi nào?"),
    ],
    "fact-024": [
        TP("Kế hoạch số 81/KH-UBND của tỉnh ban hành ngày nào và để triển khai nghị quyết nào của Chính phủ?",
           "14/4/2025"),
        ("no_diacritics", "kh 81/kh-ubnd cua tinh quang ngai la ke hoach ve viec gi"),
        ("english", "What is the provincial plan No. 81/KH-UBND about?"),
    ],
    "freq-014": [
        ("informal", "cho em hỏi kết quả tuyên truyền CCHC thì các cơ quan lồng vào báo cáo định kỳ nào ạ?"),
        ("initials", "KQ tuyên truyền CCHC được các CQ, ĐV lồng ghép vào BC CCHC định kỳ nào?"),
        ("typo", "báo cáo kết quả tuyên truyền cchc lồng ghép vào báo cáo dịnh kỳ loại nào"),
    ],
    "list-013": [
        ("english", "Which core areas of administrative reform does the Department of Science and Technology's "
                    "plan 281 cover in its outreach?"),
        ("informal", "ad ơi Sở KHCN tuyên truyền CCHC năm 2025 gồm mấy nội dung chính, là những gì ạ?"),
        ("no_diacritics", "cac noi dung co ban cua cchc ma so khcn dem ra tuyen truyen nam 2025 gom nhung gi"),
    ],
    "nodia-017": [
        ("initials", "Theo KH 2025 của VP UBND tỉnh, BP Một cửa cấp cơ sở tương ứng với trung tâm nào?"),
        ("english", "The Office's 2025 plan puts another name in brackets after the local one-stop shops. Which centre is that?"),
        ("typo", "kế hoạch năm 2025 văn phòng ubnd ghi bộ phận một cữa dưới địa phương chính là trung tâm gì"),
    ],
    "timing-017": [
        ("no_diacritics", "kh tuyen truyen cai cach hanh chinh nam 2023 cua vp ubnd tinh ky ban hanh vao thang nao"),
        ("english", "In which month of 2023 was the Office's plan on administrative reform communication issued?"),
        ("typo", "văn phòng ubnd tỉnh ra kế hoạch tuyên truyền cải cách hành chính năm 2023 vào thời điểm nào, tháng mây"),
    ],
    # --- last used by v15, four rounds
    "unans-005": [
        ("initials", "TT Phục vụ HCC làm việc từ mấy giờ, T7 có nhận HS không?"),
        ("typo", "giờ mở cữa của trung tâm hành chính công thế nào, cuối tuần thứ 7 có nhận hồ sơ ko"),
        ("english", "When is the public service centre open each day, and does it take applications on Saturday?"),
    ],
    "unans-009": [
        ("informal", "mn ơi PCI 2024 Quảng Ngãi đứng thứ bao nhiêu toàn quốc vậy?"),
        ("no_diacritics", "quang ngai dung thu bao nhieu ve nang luc canh tranh cap tinh nam 2024"),
        ("initials", "KQ xếp hạng PCI năm 2024 của tỉnh là thứ mấy/63?"),
    ],
    "unans-014": [
        ("informal", "ad ơi có số hotline của Tỉnh đoàn Quảng Ngãi không, cho em xin với"),
        ("initials", "Cho xin SĐT văn phòng Tỉnh đoàn QNg để liên hệ"),
        ("typo", "sô điện thoại tỉnh đoàn quảng ngải"),
    ],
    "lead-039": [
        TP("Kế hoạch 281 của Sở KHCN: tuyên truyền qua bản tin, chuyên mục khoa học và công nghệ giao đơn vị nào "
           "chủ trì, làm vào thời gian nào?",
           "Thường xuyên trong năm",
           add=T_YEAR,
           entry=("IV.3", T_YEAR)),
        ("no_diacritics", "ai phu trach xuat ban ban tin va chuyen muc khoa hoc cong nghe de tuyen truyen cchc theo "
                          "kh 281"),
        ("typo", "theo kế hoạch 281 sở khcn, bản tin, chuyên mục khoa học công nghê do đơn vị nào làm"),
    ],
    "timing-014": [
        TP("Năm 2023 Văn phòng tổ chức hội nghị tập huấn cải cách, kiểm soát TTHC và cơ chế một cửa vào hôm nào, "
           "mời đại diện nào dự?",
           "đầu mối kiểm soát TTHC",
           add="Hội nghị có đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND cấp huyện.",
           ev="hội nghị diễn ra vào ngày 22/6/2023 với đại diện đầu mối kiểm soát TTHC từ các sở, ban ngành và UBND "
              "cấp huyện"),
        ("english", "The Office held a training conference in 2023 on procedure control and the one-stop "
                    "mechanism. What day was it?"),
        ("initials", "HN tập huấn nghiệp vụ cải cách, kiểm soát TTHC 2023 do VP tham mưu tổ chức vào ngày nào?"),
    ],
    "fact-004": [
        ("no_diacritics", "nguoi ky bao cao tuyen truyen cai cach hanh chinh 2023 o van phong la ai"),
        ("typo", "báo cáo tuyên truyền cchc năm 2023 tại văn phòng do ai kí"),
        ("informal", "cho em hỏi báo cáo tuyên truyền CCHC 2023 của Văn phòng UBND tỉnh là chánh văn phòng nào "
                     "ký ạ?"),
    ],
}

# ------------------------------------------------------------------ new plans: 20 originals
NEW = {
    # --- last used by v14
    "np-unans-002": [
        ("informal", "ad ơi kế hoạch CCHC 2025 huyện Đồng Xuân được duyệt kinh phí bao nhiêu tiền vậy?"),
        ("english", "What is the money figure for Đồng Xuân's 2025 reform plan? How many dong were granted?"),
        ("typo", "tổng kinh phí kế hoạch cải cách hành chính 2025 của huyện đồng xuân là bao nhiu tiền"),
    ],
    "np-unans-003": [
        ("no_diacritics", "so y te ha tinh danh bao nhieu tien cho chuyen doi so nam 2025"),
        ("initials", "KH CĐS của SYT Hà Tĩnh: dự toán KP cụ thể là mấy tỷ?"),
        ("english", "How many dong has Hà Tĩnh's health department set aside for its digital transformation "
                    "plan?"),
    ],
    "np-cmp-002": [
        TP("Tuyên truyền CCHC trên đài truyền thanh huyện Đồng Xuân: năm 2024 và năm 2025 đơn vị chủ trì khác "
           "nhau thế nào, và năm 2024 ai phối hợp?",
           "Phòng Nội vụ",
           add="Năm 2024 cơ quan phối hợp là Phòng Nội vụ; UBND các xã, thị trấn.",
           entry=("III.7.a", "Cơ quan phối hợp: Phòng Nội vụ; UBND các xã, thị trấn.")),
        ("informal", "mn ơi chuyên mục CCHC trên đài truyền thanh huyện Đồng Xuân năm 2025 đổi đơn vị chủ trì so "
                     "với 2024 hả?"),
        ("no_diacritics", "dong xuan: don vi chu tri thong tin tuyen truyen cchc tren dai truyen thanh huyen nam "
                          "2024 va nam 2025 la ai"),
    ],
    "np-cmp-005": [
        TP("Đồng Xuân: khâu theo dõi việc thi hành luật đất đai, trật tự xây dựng năm 2025 bổ sung đơn vị phối hợp "
           "nào mà 2024 chưa có, và bên nào chủ trì?",
           "Phòng Tư pháp",
           add="Cả hai năm đều do Phòng Tư pháp chủ trì.",
           entry=("III.1.b", "Cơ quan chủ trì: Phòng Tư pháp.")),
        ("initials", "Theo dõi thi hành PL về đất đai ở H. Đồng Xuân: KH 2025 thêm CQ phối hợp nào so với KH 2024?"),
        ("english", "Đồng Xuân's monitoring of land and construction-order laws: which extra coordinating body "
                    "appears in the 2025 plan but not in 2024?"),
    ],
    "np-fact-004": [
        TP("Tỷ lệ hồ sơ TTHC ở Ninh Thuận được giải quyết trực tuyến năm 2023 là bao nhiêu, và chỉ tiêu năm 2024 "
           "đặt ra mức nào?",
           "50%",
           entry=("II", "50%")),
        ("typo", "năm 2023 tỉnh ninh thuận xử lý trực tuyến đươc bao nhiêu % hồ sơ thủ tục hành chính"),
        ("no_diacritics", "nam 2023 ninh thuan dat ty le xu ly ho so online bao nhieu"),
    ],
    # --- last used by v15, four rounds
    "np-cmp-008": [
        TP("Kiểm tra công vụ ở huyện Đồng Xuân: sang 2025 Văn phòng HĐND và UBND huyện có còn là đơn vị phối hợp "
           "không, và kế hoạch 2024 đặt hạn hoàn thành khi nào?",
           "Quý II và Quý IV/2024",
           add="Năm 2024 thời gian hoàn thành: Quý II và Quý IV/2024.",
           entry=("III.4.b", "Thời gian hoàn thành: Quý II và Quý IV/2024.")),
        ("english", "Did Đồng Xuân drop the district Council and Committee Office as a partner for civil-service "
                    "checks in its 2025 plan?"),
        ("typo", "kiễm tra công vụ 2025 ở đồng xuân còn văn phòng hđnd và ubnd huyện phối hợp ko hay chỉ 2024 thôi"),
    ],
    "np-duties-002": [
        ("informal", "cho em hỏi trong kế hoạch CCHC 2025 của huyện Đồng Xuân, Phòng VH-TT được giao chủ trì mấy "
                     "việc ạ?"),
        ("initials", "KH CCHC 2025 của H. Đồng Xuân: Phòng VH-TT làm đầu mối chủ trì các nhiệm vụ gì?"),
        ("no_diacritics", "phong vh-tt huyen dong xuan chu tri nhung nhiem vu nao nam 2025"),
    ],
    "np-duties-005": [
        ("typo", "kế hoạch cđs 2025 sở y tế hà tĩnh, văn phòng sở được gia chủ trì các việc gì"),
        ("english", "Which tasks does the Office of the Hà Tĩnh Department of Health lead under its 2025 digital "
                    "transformation plan?"),
        ("informal", "ad ơi KH chuyển đổi số 2025 của Sở Y tế Hà Tĩnh giao Văn phòng Sở làm chủ trì những việc gì "
                     "vậy?"),
    ],
    "np-duties-008": [
        ("initials", "KH tuyên truyền CCHC 2024 tỉnh Ninh Thuận giao Sở Nội vụ chủ trì các HĐ nào?"),
        ("no_diacritics", "so noi vu ninh thuan phu trach chinh nhung viec tuyen truyen cchc nao trong nam 2024"),
        ("typo", "các việc tuyên truyền cchc ninh thuận giao sở nội vụ phụ trách chính trong năm 2024 là nhửng việc gì"),
    ],
    "np-lead-002": [
        TP("Ở Đồng Xuân, đơn vị nào chủ trì duy trì và niêm yết công khai đường dây nóng, và số điện thoại đường "
           "dây nóng đó là số nào?",
           "0257.3865.246",
           entry=("III.2.b", "qua số điện thoại 0257.3865.246")),
        ("english", "Who in Đồng Xuân district is responsible for publicising the hotline phone number?"),
        ("informal", "cho mình hỏi số đường dây nóng CCHC huyện Đồng Xuân là bên nào đứng ra niêm yết công khai "
                     "thế?"),
    ],
    "np-lead-011": [
        TP("Ninh Thuận ra quân thanh niên tình nguyện hỗ trợ chuyển đổi số, dịch vụ công trực tuyến: đơn vị nào "
           "chủ trì và ra quân vào tháng nào?",
           "Tháng 7/2024",
           entry=("Phụ lục I.5", "Tháng 7/2024")),
        ("no_diacritics", "ninh thuan ra quan thanh nien tinh nguyen ho tro dich vu cong truc tuyen do ai chu tri"),
        ("initials", "Đợt ra quân TN tình nguyện hỗ trợ CĐS, DVC trực tuyến (KH 1520 Ninh Thuận) do ĐV nào chủ "
                     "trì?"),
    ],
    "np-nodia-001": [
        TP("Hà Tĩnh: việc kết nối 100% nhà thuốc bán lẻ với cơ sở dữ liệu Dược quốc gia do phòng nào chủ trì, "
           "thời hạn khi nào?",
           "Quý III/2025",
           entry=("II.13", "Quý III/2025")),
        ("initials", "Theo KH CĐS 2025 SYT Hà Tĩnh, nối 100% nhà thuốc bán lẻ vào CSDL Dược QG thì phòng nghiệp "
                     "vụ nào lo?"),
        ("english", "Under the Hà Tĩnh health department's 2025 plan, which office leads connecting drug retailers "
                    "to the national pharmaceutical database?"),
    ],
    "np-period-001": [
        ("informal", "mn ơi Đồng Xuân có những việc CCHC nào rơi vào 3 tháng quý II năm 2025 thế?"),
        ("no_diacritics", "quy 2 nam 2025 huyen dong xuan co nhung nhiem vu cchc nao phai thuc hien"),
        ("english", "Which of Đồng Xuân's 2025 administrative reform tasks fall in the second quarter of 2025?"),
    ],
    "np-tasks-001": [
        ("initials", "KH CCHC 2025 của H. Đồng Xuân (28/KH-UBND) gồm tổng cộng bao nhiêu nhiệm vụ cụ thể?"),
        ("typo", "kế hoạch cchc năm 2025 huyện đồng xuân có tất cả bao nhiu nhiệm vụ"),
        ("informal", "mn cho hỏi kế hoạch 2025 của Đồng Xuân liệt kê mấy nhiệm vụ cụ thể thế?"),
    ],
    "np-tasks-005": [
        ("english", "Through which channels and formats will Ninh Thuận promote administrative reform in 2024?"),
        ("typo", "các hình thức tuyên truyền cải cách hành chính năm 2024 của tỉnh ninh thuận gồm nhưng gì"),
        ("no_diacritics", "ninh thuan tuyen truyen cchc 2024 qua cac kenh va hinh thuc nao"),
    ],
    "np-timing-001": [
        ("no_diacritics", "dot lay y kien muc do hai long nguoi dan, to chuc o dong xuan 2025 lam thang nao"),
        ("initials", "KH CCHC 2025 H. Đồng Xuân: khảo sát mức độ hài lòng của người dân, tổ chức thực hiện vào TG "
                     "nào?"),
        ("typo", "khảo sát mức độ hài long người dân ở đồng xuân 2025 làm vào tháng nào"),
    ],
    "np-timing-007": [
        TP("Ở Ninh Thuận, tuyên truyền, hướng dẫn thanh toán trực tuyến phí, lệ phí TTHC triển khai vào thời gian "
           "nào và do cơ quan nào chủ trì?",
           "Sở Tài chính",
           entry=("Phụ lục I.9", "Sở Tài chính")),
        ("informal", "ad ơi Ninh Thuận hướng dẫn dân thanh toán phí, lệ phí online vào khoảng thời gian nào vậy?"),
        ("english", "When will Ninh Thuận run its campaign on paying administrative fees and charges online?"),
    ],
    # --- last used by v15, five rounds
    "np-coord-004": [
        TP("Hà Tĩnh liên thông giấy chứng sinh, giấy báo tử lên VNeID: Phòng Nghiệp vụ Y phối hợp với những đơn "
           "vị nào, hạn là tháng mấy?",
           "Tháng 6/2025",
           entry=("II.6", "Tháng 6/2025")),
        ("typo", "ở hà tĩnh, đưa dữ liệu giấy chứng sinh và báo tử lên vneid, phòng nghiệp vụ y cần phối hơp các đơn vị nào"),
        ("no_diacritics", "lien thong giay chung sinh giay bao tu len vneid o ha tinh thi co don vi nao phoi hop "
                          "voi phong nghiep vu y"),
    ],
    "np-en-004": [
        ("informal", "cho em hỏi các phòng chuyên môn và xã, thị trấn ở Đồng Xuân phải xây dựng kế hoạch CCHC 2024 "
                     "của mình trước ngày nào ạ?"),
        ("initials", "KH CCHC 2024 H. Đồng Xuân: các CQ chuyên môn, UBND xã, thị trấn phải ban hành KH CCHC riêng "
                     "trước ngày nào?"),
        ("typo", "hạn chót các cơ quan chuyên môn với xã thị trấn đồng xuân lập kế hoạch cchc 2024 là ngày nao"),
    ],
    "np-freq-004": [
        TP("Ninh Thuận: chương trình Cải cách hành chính trên kênh truyền hình tỉnh lên sóng mấy kỳ mỗi tháng, "
           "mỗi kỳ dài bao lâu, và cơ quan nào phối hợp?",
           "Văn phòng UBND tỉnh",
           add="Cơ quan phối hợp: Sở Nội vụ; Văn phòng UBND tỉnh.",
           entry=("IV.1.b", "Cơ quan phối hợp: Sở Nội vụ; Văn phòng UBND tỉnh.")),
        ("initials", "CM CCHC trên sóng TH tỉnh Ninh Thuận: tần suất và thời lượng mỗi kỳ thế nào?"),
        ("informal", "mn ơi chương trình CCHC trên tivi Ninh Thuận 1 tháng phát mấy lần, mỗi lần bao nhiêu phút "
                     "vậy?"),
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
