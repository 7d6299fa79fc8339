# -*- coding: utf-8 -*-
"""Writes qa.jsonl (sealed new-layouts split v2): hand-written items over the three documents in corpus/.

    nice /work/main/.venv/bin/python write_qa.py
"""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DA = "2025-huyen-song-lam-cong-van-trien-khai-ke-hoach-cds.txt"      # the letter (công văn 152)
DA2 = DA + "#2"                                                       # the plan attached to it (KH 11)
DB = "2025-so-tai-chinh-bac-tra-bao-cao-pci.pdf"
DC = "2026-xa-hoa-loc-ke-hoach-tuyen-truyen.md"

NA = "Kế hoạch số 11/KH-UBND ngày 17/01/2025 của UBND huyện Sông Lam (chuyển đổi số năm 2025, gửi kèm Công văn 152/UBND-VHTT)"
NL = "Công văn số 152/UBND-VHTT ngày 20/01/2025 của UBND huyện Sông Lam"
NB = "dự thảo Kế hoạch nâng cao PCI năm 2026, Phụ lục Báo cáo số 318/BC-STC ngày 05/12/2025 của Sở Tài chính tỉnh Bắc Trà"
NBR = "Báo cáo số 318/BC-STC ngày 05/12/2025 của Sở Tài chính tỉnh Bắc Trà"
NC = "Kế hoạch số 17/KH-UBND ngày 09/02/2026 của UBND xã Hòa Lộc (tuyên truyền CCHC, CĐS và Đề án 06 giai đoạn 2026 - 2027)"

PRE = {"lead": "lead", "coordinators": "coord", "timing": "time", "period": "period", "task_list": "tasks",
       "count": "count", "fact": "fact", "figure": "fig", "abbreviation": "abbr", "frequency": "freq",
       "comparison": "cmp", "no_diacritics": "nodia", "english": "en", "unanswerable": "unans"}
items, cnt = [], {}


def add(kind, q, a, mi, doc, sec, ev, note=None):
    p = PRE[kind]
    cnt[p] = cnt.get(p, 0) + 1
    it = {"id": f"l2-{p}-{cnt[p]:03d}", "question": q, "kind": kind, "answer": a, "must_include": mi,
          "document": doc, "section": sec, "evidence": ev}
    if note:
        it["note"] = note
    items.append(it)


def unans(q, a, note=None):
    add("unanswerable", q, a, [], None, None, None, note)


# =============================== A: công văn 152 + Kế hoạch 11 (huyện Sông Lam) ===============================
add("fact", "Kế hoạch chuyển đổi số năm 2025 của huyện Sông Lam là kế hoạch số mấy, ban hành ngày nào, của cơ quan nào?",
    "Kế hoạch số 11/KH-UBND ngày 17/01/2025 của Ủy ban nhân dân huyện Sông Lam (tỉnh Hà Vân); kế hoạch được gửi kèm Công văn số 152/UBND-VHTT ngày 20/01/2025.",
    ["11/KH-UBND", "17/01/2025"], DA2, "header", "Số: 11/KH-UBND",
    note="Trong cùng tệp còn có số của công văn (152/UBND-VHTT, ngày 20/01/2025); câu hỏi hỏi số của kế hoạch.")
add("fact", "cv trien khai ke hoach cds cua huyen Song Lam la so may, ai ky vay?",
    f"Công văn số 152/UBND-VHTT ngày 20/01/2025 (V/v triển khai thực hiện Kế hoạch chuyển đổi số năm 2025), do Phó Chủ tịch UBND huyện Trần Quốc Bảo ký (KT. Chủ tịch).",
    ["152/UBND-VHTT", "Trần Quốc Bảo"], [DA, DA], ["header", "signature"], ["Số: 152/UBND-VHTT", "Trần Quốc Bảo"])
add("fact", "Ai ký Kế hoạch 11/KH-UBND về chuyển đổi số của huyện Sông Lam?",
    "Chủ tịch UBND huyện Sông Lam Nguyễn Văn Thành ký (TM. Ủy ban nhân dân, Chủ tịch). Công văn 152 gửi kèm kế hoạch thì do Phó Chủ tịch Trần Quốc Bảo ký.",
    ["Nguyễn Văn Thành"], DA2, "signature", "Nguyễn Văn Thành",
    note="Hai chữ ký khác nhau trong cùng tệp: công văn (Trần Quốc Bảo) và kế hoạch (Nguyễn Văn Thành).")
add("timing", "Các phòng ban, xã thị trấn ở Sông Lam phải gửi kế hoạch CĐS của đơn vị mình về đâu, hạn chót ngày nào?",
    f"Gửi về Phòng Văn hóa và Thông tin trước ngày 28/02/2025 để tổng hợp (điểm 1, {NL}).",
    ["Phòng Văn hóa và Thông tin", "28/02/2025"], DA, "1",
    "gửi về Phòng Văn hóa và Thông tin trước ngày 28/02/2025 để tổng hợp")
add("fact", "Muốn hỏi về việc triển khai kế hoạch chuyển đổi số của huyện Sông Lam thì liên hệ ai, số điện thoại và email?",
    f"Bà Lê Thị Hồng Nhung, Phó Trưởng phòng Văn hóa và Thông tin; điện thoại 0236 3 812 457; thư điện tử vhtt.songlam@havan.gov.vn (điểm 4, {NL}).",
    ["Lê Thị Hồng Nhung", "0236 3 812 457", "vhtt.songlam@havan.gov.vn"], DA, "4",
    "thư điện tử: vhtt.songlam@havan.gov.vn")
add("lead", "Ai tập huấn kỹ năng số cho cán bộ, công chức, viên chức huyện và xã ở Sông Lam năm 2025?",
    f"Phòng Nội vụ chủ trì, phối hợp với Phòng Văn hóa và Thông tin; thời gian: tháng 5/2025 (Phần thứ hai, mục I.3.a, {NA}).",
    ["Phòng Nội vụ"], DA2, "Phần thứ hai.I.3.a",
    "Phòng Nội vụ chủ trì, phối hợp với Phòng Văn hóa và Thông tin; thời gian: tháng 5/2025.")
add("lead", "Lắp camera giám sát an ninh trật tự ở trung tâm các xã huyện Sông Lam giao cho ai?",
    f"Công an huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin, UBND các xã, thị trấn; thời gian: Quý III/2025 (Phần thứ hai, II.4, {NA}).",
    ["Công an huyện"], DA2, "Phần thứ hai.II.4",
    "Giao Công an huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin, UBND các xã, thị trấn; thời gian: Quý III/2025.")
add("lead", "Kiện toàn Tổ công nghệ số cộng đồng ở các thôn thì ai làm, phòng nào hướng dẫn?",
    f"UBND các xã, thị trấn chủ trì thực hiện; Phòng Văn hóa và Thông tin hướng dẫn, theo dõi; hoàn thành trong Quý I/2025 (Phần thứ hai, I.2, {NA}).",
    ["UBND các xã, thị trấn", "Phòng Văn hóa và Thông tin"], DA2, "Phần thứ hai.I.2",
    "UBND các xã, thị trấn chủ trì thực hiện; Phòng Văn hóa và Thông tin hướng dẫn, theo dõi; hoàn thành trong Quý I/2025.")
add("no_diacritics", "so hoa ho so ket qua giai quyet TTHC o huyen Song Lam ai chu tri, lam may dot",
    f"Văn phòng HĐND và UBND huyện chủ trì; phối hợp Bộ phận Một cửa huyện, UBND các xã, thị trấn; làm hai đợt: đợt 1 trong Quý II/2025, đợt 2 trong Quý IV/2025 (Phần thứ hai, II.2, {NA}).",
    ["Văn phòng HĐND và UBND huyện", "Quý II/2025", "Quý IV/2025"], DA2, "Phần thứ hai.II.2",
    "Văn phòng HĐND và UBND huyện chủ trì; phối hợp: Bộ phận Một cửa huyện, UBND các xã, thị trấn; thực hiện hai đợt, đợt 1 trong Quý II/2025 và đợt 2 trong Quý IV/2025.")
add("coordinators", "Thanh toán không dùng tiền mặt ở trường học, trạm y tế, chợ của huyện Sông Lam có những đơn vị nào phối hợp?",
    f"Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Trung tâm Y tế huyện và Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Sông Lam; hoàn thành trong tháng 9/2025 (Phần thứ hai, III.2, {NA}).",
    ["Phòng Giáo dục và Đào tạo", "Trung tâm Y tế huyện", "Ngân hàng Nông nghiệp và Phát triển nông thôn"], DA2, "Phần thứ hai.III.2",
    "phối hợp với Phòng Giáo dục và Đào tạo, Trung tâm Y tế huyện và Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Sông Lam")
add("coordinators", "Đưa sản phẩm OCOP của Sông Lam lên sàn thương mại điện tử thì Phòng Kinh tế phối hợp với ai?",
    f"Phòng Kinh tế chủ trì, phối hợp với Bưu điện huyện Sông Lam và Hội Liên hiệp Phụ nữ huyện; thời gian: Quý II/2025 (Phần thứ hai, III.1, {NA}).",
    ["Bưu điện huyện Sông Lam", "Hội Liên hiệp Phụ nữ huyện"], DA2, "Phần thứ hai.III.1",
    "Phòng Kinh tế chủ trì, phối hợp với Bưu điện huyện Sông Lam, Hội Liên hiệp Phụ nữ huyện")
add("coordinators", "Tập huấn cho thành viên Tổ CNSCĐ huyện Sông Lam có doanh nghiệp nào tham gia phối hợp không?",
    f"Có: Phòng Văn hóa và Thông tin chủ trì, phối hợp với Viettel Sông Lam và Bưu điện huyện Sông Lam; thời gian: Quý III/2025 (Phần thứ hai, I.3.b, {NA}).",
    ["Viettel Sông Lam", "Bưu điện huyện Sông Lam"], DA2, "Phần thứ hai.I.3.b",
    "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Viettel Sông Lam và Bưu điện huyện Sông Lam; thời gian: Quý III/2025.")
add("timing", "Phong trào Bình dân học vụ số ở huyện Sông Lam làm từ khi nào đến khi nào, ai phụ trách?",
    f"Từ tháng 4 đến tháng 12/2025; Huyện đoàn Sông Lam chủ trì, phối hợp với Tổ CNSCĐ và UBND các xã, thị trấn (Phần thứ hai, IV.3, {NA}).",
    ["từ tháng 4 đến tháng 12/2025", "Huyện đoàn Sông Lam"], DA2, "Phần thứ hai.IV.3",
    "Huyện đoàn Sông Lam chủ trì, phối hợp với Tổ CNSCĐ và UBND các xã, thị trấn; thời gian: từ tháng 4 đến tháng 12/2025.")
add("timing", "Hạn hoàn thành kéo mạng truyền số liệu chuyên dùng về tất cả UBND xã, thị trấn ở Sông Lam?",
    f"Trước ngày 30/6/2025; Phòng Văn hóa và Thông tin chủ trì, phối hợp với Viễn thông Hà Vân (Phần thứ hai, II.1, {NA}).",
    ["30/6/2025"], DA2, "Phần thứ hai.II.1",
    "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Viễn thông Hà Vân; hoàn thành trước ngày 30/6/2025.")
add("period", "Trong tháng 10/2025 huyện Sông Lam phải làm những việc gì theo kế hoạch chuyển đổi số?",
    f"Hai việc: (1) hoàn thành rà soát, phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin (Phòng Văn hóa và Thông tin chủ trì, Phần thứ hai, II.5); (2) các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 như ngày hội \"Chợ 4.0\" (Phòng Văn hóa và Thông tin chủ trì, phối hợp Huyện đoàn Sông Lam, Phần thứ hai, IV.1) ({NA}).",
    ["cấp độ an toàn hệ thống thông tin", "Ngày Chuyển đổi số quốc gia"], [DA2, DA2], ["Phần thứ hai.II.5", "Phần thứ hai.IV.1"],
    ["hoàn thành trong tháng 10/2025.", "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Huyện đoàn Sông Lam; thời gian: tháng 10/2025."])
add("period", "Quý III năm 2025 huyện Sông Lam có những nhiệm vụ chuyển đổi số nào đến hạn?",
    f"Ghi rõ Quý III/2025: tập huấn cho thành viên Tổ CNSCĐ (Phòng Văn hóa và Thông tin, I.3.b) và lắp camera giám sát an ninh, trật tự (Công an huyện, II.4); ghi theo tháng trong quý III: thúc đẩy thanh toán không dùng tiền mặt, hoàn thành trong tháng 9/2025 (Phòng Tài chính - Kế hoạch, III.2). Phong trào \"Bình dân học vụ số\" (tháng 4 - 12/2025) cũng đang diễn ra trong quý ({NA}).",
    ["Tổ CNSCĐ", "camera", "tháng 9/2025"], [DA2, DA2, DA2], ["Phần thứ hai.I.3.b", "Phần thứ hai.II.4", "Phần thứ hai.III.2"],
    ["Tập huấn cho thành viên Tổ CNSCĐ về hướng dẫn dịch vụ công trực tuyến, thanh toán số", "thời gian: Quý III/2025", "hoàn thành trong tháng 9/2025"],
    note="Quy ước: tháng 7-9 thuộc Quý III; việc kéo dài cả năm hoặc 'từ tháng 4 đến tháng 12' chỉ nêu thêm, không bắt buộc.")
add("count", "Phần nhiệm vụ và giải pháp của kế hoạch CĐS huyện Sông Lam có mấy nhóm, tổng bao nhiêu nhiệm vụ?",
    f"4 nhóm (I. Nâng cao nhận thức, phát triển nguồn nhân lực số; II. Phát triển hạ tầng số và chính quyền số; III. Phát triển kinh tế số; IV. Phát triển xã hội số) với 13 nhiệm vụ được đánh số (3 + 5 + 2 + 3); riêng nhiệm vụ I.3 tập huấn gồm 2 nội dung a) và b) ({NA}, Phần thứ hai).",
    ["4 nhóm", "13 nhiệm vụ"], DA2, "Phần thứ hai", "NHIỆM VỤ VÀ GIẢI PHÁP",
    note="Đếm 14 nếu tính I.3.a và I.3.b là hai nhiệm vụ; câu trả lời nên nêu rõ cách đếm.")
add("figure", "huyện Sông Lam đặt chỉ tiêu hồ sơ TTHC trực tuyến toàn trình năm 2025 là bao nhiêu %?",
    f"Tối thiểu 55% tổng số hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình (Phần thứ nhất, III.1.b, {NA}).",
    ["55%"], DA2, "Phần thứ nhất.III.1.b",
    "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt tối thiểu 55% tổng số hồ sơ.")
add("figure", "Kế hoạch chuyển đổi số 2025 của huyện Sông Lam dự kiến tốn bao nhiêu tiền, lấy từ nguồn nào?",
    f"Tổng kinh phí dự kiến 1.250.000.000 đồng (một tỷ hai trăm năm mươi triệu đồng), từ ngân sách huyện năm 2025 và lồng ghép các chương trình mục tiêu quốc gia (Phần thứ ba, I, {NA}).",
    ["1.250.000.000 đồng"], DA2, "Phần thứ ba.I",
    "Tổng kinh phí dự kiến thực hiện Kế hoạch là 1.250.000.000 đồng (Một tỷ, hai trăm năm mươi triệu đồng)")
add("figure", "Chỉ tiêu số hóa hồ sơ, kết quả giải quyết TTHC của huyện Sông Lam năm 2025 ở cấp huyện và cấp xã?",
    f"80% ở cấp huyện và 70% ở cấp xã (Phần thứ nhất, III.1.c, {NA}).",
    ["80%", "70%"], DA2, "Phần thứ nhất.III.1.c",
    "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 80% ở cấp huyện và 70% ở cấp xã.")
add("abbreviation", "Tổ CNSCĐ trong kế hoạch của huyện Sông Lam là viết tắt của gì?",
    f"Tổ công nghệ số cộng đồng; chỉ tiêu 100% thôn, tổ dân phố có Tổ CNSCĐ hoạt động thường xuyên (Phần thứ nhất, III.3.b, {NA}).",
    ["Tổ công nghệ số cộng đồng"], DA2, "Phần thứ nhất.III.3.b",
    "Tổ công nghệ số cộng đồng (sau đây viết tắt là Tổ CNSCĐ)")
add("timing", "Phòng Văn hóa và Thông tin huyện Sông Lam phải báo cáo UBND huyện kết quả 6 tháng và cả năm 2025 trước ngày nào?",
    f"6 tháng: trước ngày 10/6/2025; năm: trước ngày 05/12/2025 (Phần thứ ba, II.1, {NA}).",
    ["10/6/2025", "05/12/2025"], DA2, "Phần thứ ba.II.1",
    "tổng hợp, báo cáo UBND huyện kết quả 6 tháng (trước ngày 10/6/2025) và năm (trước ngày 05/12/2025).")
add("english", "Which office is the standing body for Sông Lam district's 2025 digital transformation plan?",
    f"Phòng Văn hóa và Thông tin (the district Office of Culture and Information) is the standing body (cơ quan thường trực); it monitors the plan and reports to the district People's Committee (Part three, II.1, {NA}).",
    ["Phòng Văn hóa và Thông tin"], DA2, "Phần thứ ba.II.1",
    "Phòng Văn hóa và Thông tin là cơ quan thường trực, giúp UBND huyện theo dõi, đôn đốc thực hiện Kế hoạch")
add("comparison", "Công văn 152 bắt các đơn vị báo cáo định kỳ thế nào, có giống lịch báo cáo trong Kế hoạch 11 không?",
    f"Không giống. {NL} yêu cầu các cơ quan, đơn vị, địa phương báo cáo hằng quý (trước ngày 15 của tháng cuối quý) về Phòng Văn hóa và Thông tin; còn Kế hoạch 11/KH-UBND giao Phòng Văn hóa và Thông tin tổng hợp, báo cáo UBND huyện 6 tháng (trước ngày 10/6/2025) và năm (trước ngày 05/12/2025).",
    ["hằng quý", "10/6/2025", "05/12/2025"], [DA, DA2], ["3", "Phần thứ ba.II.1"],
    ["báo cáo kết quả thực hiện định kỳ hằng quý (trước ngày 15 của tháng cuối quý) về Phòng Văn hóa và Thông tin",
     "tổng hợp, báo cáo UBND huyện kết quả 6 tháng (trước ngày 10/6/2025) và năm (trước ngày 05/12/2025)."],
    note="Hai văn bản trong cùng một tệp: công văn (phần 1) và kế hoạch kèm theo (#2).")

# =============================== B: Báo cáo 318/BC-STC + dự thảo KH PCI 2026 (Bắc Trà) ===============================
add("fact", "Báo cáo về PCI của Sở Tài chính Bắc Trà số mấy, ngày nào, ai ký?",
    f"Báo cáo số 318/BC-STC ngày 05/12/2025 của Sở Tài chính tỉnh Bắc Trà, gửi UBND tỉnh Bắc Trà; Giám đốc Phạm Thị Thu Hà ký.",
    ["318/BC-STC", "05/12/2025", "Phạm Thị Thu Hà"], [DB, DB], ["header", "signature"],
    ["Số: 318/BC-STC", "Phạm Thị Thu Hà"])
add("figure", "PCI 2024 của tỉnh Bắc Trà được bao nhiêu điểm, xếp thứ mấy?",
    f"66,42 điểm, xếp thứ 31/63 tỉnh, thành phố, tăng 04 bậc so với năm 2023 (64,87 điểm, thứ 35/63) (mục I, {NBR}).",
    ["66,42 điểm", "31/63"], DB, "I",
    "Chỉ số PCI năm 2024 của tỉnh Bắc Trà đạt 66,42 điểm, xếp thứ 31/63 tỉnh, thành phố, tăng 04 bậc so với năm 2023")
add("figure", "chi so tiep can dat dai cua Bac Tra nam 2023 va 2024 duoc bao nhieu diem",
    f"Năm 2023: 6,31 điểm; năm 2024: 6,12 điểm; giảm 0,19 điểm (Bảng 1, mục I, {NBR}).",
    ["6,31", "6,12", "0,19"], DB, "I", "Tiếp cận đất đai 6,31 6,12 -0,19",
    note="Dòng 2 của Bảng 1 (bảng số liệu, không phải bảng nhiệm vụ).")
add("figure", "Trong 10 chỉ số thành phần PCI 2024 của Bắc Trà, chỉ số nào giảm nhiều nhất?",
    f"Cạnh tranh bình đẳng: từ 5,62 xuống 5,41 điểm, giảm 0,21 điểm, thấp nhất trong 10 chỉ số thành phần (Bảng 1 mục I và mục II.3, {NBR}).",
    ["Cạnh tranh bình đẳng", "0,21"], [DB, DB], ["I", "II.3"],
    ["Cạnh tranh bình đẳng 5,62 5,41 -0,21", "Chỉ số Cạnh tranh bình đẳng giảm 0,21 điểm, thấp nhất trong 10 chỉ số thành phần."])
add("figure", "Năm 2025 Bắc Trà tổ chức mấy hội nghị đối thoại doanh nghiệp, xử lý được bao nhiêu kiến nghị?",
    f"04 hội nghị đối thoại, tiếp nhận 112 ý kiến, kiến nghị; đến ngày 30/11/2025 đã trả lời, xử lý 104/112 kiến nghị (đạt 92,9%) (mục II.1.2, {NBR}).",
    ["04 hội nghị", "104/112", "92,9%"], DB, "II.1.2",
    "Tổ chức 04 hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp, tiếp nhận 112 ý kiến, kiến nghị",
    note="Đoạn đánh số '1.2.' dưới '1.' của mục II.")
add("fact", "Tổ công tác PCI của Bắc Trà được kiện toàn theo quyết định nào, ai làm tổ trưởng?",
    f"Quyết định số 1120/QĐ-UBND ngày 14/3/2025; Phó Chủ tịch UBND tỉnh làm Tổ trưởng, Giám đốc Sở Tài chính làm Tổ phó thường trực (mục II.1.1, {NBR}).",
    ["1120/QĐ-UBND", "Phó Chủ tịch UBND tỉnh"], DB, "II.1.1",
    "UBND tỉnh kiện toàn Tổ công tác PCI tại Quyết định số 1120/QĐ-UBND ngày 14/3/2025")
add("abbreviation", "DDCI trong báo cáo của Sở Tài chính Bắc Trà nghĩa là gì?",
    f"Bộ Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương; DDCI năm 2025 được công bố ngày 20/10/2025 (mục II.2.3, {NBR}).",
    ["Bộ Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương"], DB, "II.2.3",
    "Bộ Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (sau đây gọi là DDCI)")
add("fact", "Sở Tài chính Bắc Trà đề xuất mục tiêu PCI năm 2025 (công bố năm 2026) là bao nhiêu điểm?",
    f"Từ 67,5 điểm trở lên, thuộc nhóm 25 tỉnh, thành phố dẫn đầu; không có chỉ số thành phần nào giảm điểm (mục III.1, {NBR}).",
    ["67,5 điểm"], DB, "III.1",
    "Chỉ số PCI năm 2025 (công bố năm 2026) đạt từ 67,5 điểm trở lên, thuộc nhóm 25 tỉnh, thành phố dẫn đầu")
add("timing", "Các sở ngành Bắc Trà báo cáo kết quả kế hoạch PCI 2026 về Sở Tài chính vào lúc nào?",
    f"Định kỳ 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 15/11/2026), theo kiến nghị tại mục III.3 của {NBR}.",
    ["15/6/2026", "15/11/2026"], DB, "III.3",
    "định kỳ 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 15/11/2026)",
    note="Đây là kiến nghị của Sở Tài chính trong báo cáo, kế hoạch mới là dự thảo.")
add("count", "Dự thảo kế hoạch nâng cao PCI 2026 kèm báo cáo của Sở Tài chính Bắc Trà gồm bao nhiêu nhiệm vụ, chia mấy nhóm?",
    f"18 nhiệm vụ, đánh số liên tục 1-18, chia 5 nhóm: A (Gia nhập thị trường và tiếp cận đất đai, 4 nhiệm vụ), B (Tính minh bạch và tính năng động, 4), C (Chi phí thời gian và chi phí không chính thức, 4), D (Dịch vụ hỗ trợ doanh nghiệp và đào tạo lao động, 4), Đ (Thiết chế pháp lý và an ninh trật tự, 2) ({NB}).",
    ["18 nhiệm vụ", "5 nhóm"], DB, "Phụ lục",
    "DỰ THẢO KẾ HOẠCH NÂNG CAO CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2026",
    note="Các dòng nhóm A-Đ không phải nhiệm vụ.")
add("lead", "Hội nghị xúc tiến đầu tư tỉnh Bắc Trà năm 2026 do cơ quan nào chủ trì, quý mấy?",
    f"Sở Tài chính chủ trì, phối hợp Văn phòng UBND tỉnh và Ban Quản lý các khu công nghiệp tỉnh; đánh dấu Quý III/2026 (Phụ lục, nhóm D, nhiệm vụ 16, {NB}).",
    ["Sở Tài chính", "Quý III"], DB, "Phụ lục.D.16", "Tổ chức Hội nghị xúc tiến đầu tư tỉnh Bắc Trà năm 2026")
add("lead", "Ai chủ trì khảo sát sự hài lòng của doanh nghiệp với cơ quan hành chính ở Bắc Trà năm 2026?",
    f"Sở Nội vụ chủ trì, phối hợp Bưu điện tỉnh; thực hiện Quý III/2026; sản phẩm: Báo cáo kết quả khảo sát (Phụ lục, nhóm C, nhiệm vụ 12, {NB}).",
    ["Sở Nội vụ"], DB, "Phụ lục.C.12",
    "Khảo sát sự hài lòng của tổ chức, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước")
add("no_diacritics", "duong day nong 1900 8198 cua Bac Tra do co quan nao van hanh",
    f"Văn phòng UBND tỉnh chủ trì vận hành đường dây nóng 1900 8198 tiếp nhận phản ánh về chi phí không chính thức, nhũng nhiễu; phối hợp Thanh tra tỉnh, Công an tỉnh; thực hiện cả 4 quý năm 2026 (Phụ lục, nhóm C, nhiệm vụ 11, {NB}).",
    ["Văn phòng UBND tỉnh"], DB, "Phụ lục.C.11",
    "Vận hành đường dây nóng 1900 8198 tiếp nhận phản ánh của doanh nghiệp về chi phí không chính thức, nhũng nhiễu")
add("coordinators", "Việc hỗ trợ chuyển đổi số cho 150 doanh nghiệp nhỏ và vừa ở Bắc Trà có những ai phối hợp?",
    f"Sở Khoa học và Công nghệ chủ trì; phối hợp Hiệp hội Doanh nghiệp tỉnh và Sở Công Thương; thực hiện Quý II và Quý III/2026; sản phẩm: 150 doanh nghiệp được hỗ trợ (Phụ lục, nhóm D, nhiệm vụ 13, {NB}).",
    ["Hiệp hội Doanh nghiệp tỉnh", "Sở Công Thương"], DB, "Phụ lục.D.13",
    "Hỗ trợ chuyển đổi số cho tối thiểu 150 doanh nghiệp nhỏ và vừa",
    note="Dòng 13 bị ngắt qua trang (phần cuối của ô nhiệm vụ nằm ở trang sau, sau dòng tiêu đề lặp lại).")
add("coordinators", "Công khai quy hoạch, kế hoạch sử dụng đất 2026 trên cổng TTĐT tỉnh Bắc Trà: ai chủ trì, ai phối hợp?",
    f"Sở Nông nghiệp và Môi trường chủ trì, phối hợp UBND các huyện, thị xã, thành phố; thực hiện Quý I/2026 (Phụ lục, nhóm A, nhiệm vụ 2, {NB}).",
    ["Sở Nông nghiệp và Môi trường", "UBND các huyện, thị xã, thành phố"], DB, "Phụ lục.A.2",
    "Công khai quy hoạch, kế hoạch sử dụng đất năm 2026 của các huyện, thị xã, thành phố trên Cổng thông tin điện tử tỉnh")
add("timing", "Khi nào Bắc Trà khảo sát và công bố DDCI 2026?",
    f"Dự thảo đánh dấu Quý III và Quý IV/2026; Sở Tài chính chủ trì, phối hợp Hiệp hội Doanh nghiệp tỉnh và đơn vị tư vấn độc lập; sản phẩm: Kết quả DDCI năm 2026 được công bố (Phụ lục, nhóm B, nhiệm vụ 7, {NB}). (DDCI năm 2025 đã công bố ngày 20/10/2025.)",
    ["Quý III", "Quý IV"], DB, "Phụ lục.B.7", "Khảo sát, đánh giá và công bố Bộ Chỉ số DDCI",
    note="Thời gian thể hiện bằng dấu 'x' ở các cột quý; dòng 7 bị ngắt qua trang sau dòng chữ đầu tiên (phần còn lại của các ô nằm ở trang sau, sau dòng tiêu đề lặp lại).")
add("period", "Trong dự thảo kế hoạch PCI 2026 của Bắc Trà, nhiệm vụ nào chỉ làm trong quý I?",
    f"Hai nhiệm vụ chỉ đánh dấu Quý I: công khai quy hoạch, kế hoạch sử dụng đất năm 2026 (Sở Nông nghiệp và Môi trường, A.2) và phê duyệt kế hoạch thanh tra, kiểm tra doanh nghiệp năm 2026 (Thanh tra tỉnh, C.10) ({NB}).",
    ["quy hoạch, kế hoạch sử dụng đất", "kế hoạch thanh tra"], [DB, DB], ["Phụ lục.A.2", "Phụ lục.C.10"],
    ["Công khai quy hoạch, kế hoạch sử dụng đất năm 2026", "Phê duyệt kế hoạch thanh tra, kiểm tra doanh nghiệp năm 2026"],
    note="Các nhiệm vụ có 'x' ở cả Quý I và quý khác (1, 5, 8, 9, 11, 14, 18) không tính là 'chỉ quý I'.")
add("period", "Dự thảo PCI 2026 Bắc Trà: những việc nào chỉ làm trong quý III thôi?",
    f"Hai nhiệm vụ: khảo sát sự hài lòng của tổ chức, doanh nghiệp (Sở Nội vụ, C.12) và Hội nghị xúc tiến đầu tư tỉnh Bắc Trà năm 2026 (Sở Tài chính, D.16) ({NB}).",
    ["Khảo sát sự hài lòng", "xúc tiến đầu tư"], [DB, DB], ["Phụ lục.C.12", "Phụ lục.D.16"],
    ["Khảo sát sự hài lòng của tổ chức, doanh nghiệp", "Tổ chức Hội nghị xúc tiến đầu tư tỉnh Bắc Trà năm 2026"])
add("task_list", "Sở Tài chính Bắc Trà tự nhận chủ trì những nhiệm vụ nào trong dự thảo kế hoạch PCI 2026?",
    f"4 nhiệm vụ: (1) rút ngắn thời gian đăng ký doanh nghiệp xuống còn 02 ngày làm việc (A.1); (6) Hội nghị đối thoại với doanh nghiệp 02 lần/năm (B.6); (7) khảo sát, công bố DDCI năm 2026 (B.7); (16) Hội nghị xúc tiến đầu tư năm 2026 (D.16) ({NB}).",
    ["02 ngày làm việc", "đối thoại", "DDCI", "xúc tiến đầu tư"], [DB, DB, DB, DB],
    ["Phụ lục.A.1", "Phụ lục.B.6", "Phụ lục.B.7", "Phụ lục.D.16"],
    ["Rút ngắn thời gian giải quyết hồ sơ đăng ký doanh nghiệp xuống còn 02 ngày làm việc",
     "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp (02 lần/năm)",
     "Khảo sát, đánh giá và công bố Bộ Chỉ số DDCI",
     "Tổ chức Hội nghị xúc tiến đầu tư tỉnh Bắc Trà năm 2026"])
add("count", "Bao nhiêu nhiệm vụ trong dự thảo PCI 2026 của Bắc Trà phải làm suốt cả 4 quý?",
    f"6 nhiệm vụ có 'x' ở cả bốn quý: 1 (đăng ký doanh nghiệp 02 ngày), 5 (công khai TTHC, phí, lệ phí), 8 (chuyên mục \"Doanh nghiệp hỏi - Chính quyền trả lời\"), 11 (đường dây nóng 1900 8198), 14 (tư vấn pháp lý miễn phí), 18 (an ninh, trật tự khu, cụm công nghiệp) ({NB}).",
    ["6 nhiệm vụ"], [DB] * 6, ["Phụ lục.A.1", "Phụ lục.B.5", "Phụ lục.B.8", "Phụ lục.C.11", "Phụ lục.D.14", "Phụ lục.Đ.18"],
    ["Rút ngắn thời gian giải quyết hồ sơ đăng ký doanh nghiệp xuống còn 02 ngày làm việc",
     "Công khai đầy đủ, kịp thời thủ tục hành chính, phí, lệ phí trên Cổng Dịch vụ công tỉnh",
     "Doanh nghiệp hỏi - Chính quyền trả lời",
     "Vận hành đường dây nóng 1900 8198",
     "Tư vấn pháp lý miễn phí cho doanh nghiệp nhỏ và vừa",
     "Bảo đảm an ninh, trật tự tại các khu, cụm công nghiệp"])
add("english", "In the Bắc Trà draft PCI plan for 2026, who runs the business dialogue conferences and in which quarters?",
    f"Sở Tài chính (Department of Finance) leads, with Hiệp hội Doanh nghiệp tỉnh and Văn phòng UBND tỉnh; two conferences a year (02 lần/năm), marked in Quý II and Quý IV of 2026 (Appendix, group B, task 6, {NB}).",
    ["Sở Tài chính", "Quý II", "Quý IV"], DB, "Phụ lục.B.6",
    "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp (02 lần/năm)")
add("lead", "Chuyên mục Doanh nghiệp hỏi - Chính quyền trả lời của Bắc Trà ai làm, mấy số một tháng?",
    f"Báo và Phát thanh, Truyền hình Bắc Trà chủ trì, phối hợp Sở Tài chính và Hiệp hội Doanh nghiệp tỉnh; cả 4 quý năm 2026; sản phẩm: 02 số/tháng (Phụ lục, nhóm B, nhiệm vụ 8, {NB}).",
    ["Báo và Phát thanh, Truyền hình Bắc Trà", "02 số/tháng"], DB, "Phụ lục.B.8",
    "Duy trì chuyên mục \"Doanh nghiệp hỏi - Chính quyền trả lời\" trên Báo và Phát thanh, Truyền hình Bắc Trà",
    note="Dòng 8 bắt đầu ngay sau dòng tiêu đề lặp lại ở trang 4.")

# =============================== C: Kế hoạch 17/KH-UBND xã Hòa Lộc (trang web → Markdown) ===============================
add("fact", "Kế hoạch tuyên truyền CCHC, CĐS và Đề án 06 của xã Hòa Lộc số mấy, ngày nào, ai ký?",
    f"Kế hoạch số 17/KH-UBND ngày 09/02/2026 của UBND xã Hòa Lộc (tỉnh Phú Lạc); Phó Chủ tịch UBND xã Võ Thị Mai Anh ký (KT. Chủ tịch).",
    ["17/KH-UBND", "09/02/2026", "Võ Thị Mai Anh"], [DC, DC], ["header", "signature"],
    ["Số: 17/KH-UBND", "Võ Thị Mai Anh"],
    note="Số, ngày và người ký cũng có trong bảng thuộc tính của trang web trước nội dung văn bản.")
add("fact", "Kế hoạch tuyên truyền của xã Hòa Lộc áp dụng cho giai đoạn nào?",
    f"Giai đoạn 2026 - 2027 (hai năm) ({NC}).",
    ["2026 - 2027"], DC, "header",
    "Tuyên truyền cải cách hành chính, chuyển đổi số và Đề án 06 trên địa bàn xã Hòa Lộc giai đoạn 2026 - 2027")
add("lead", "Cuộc thi Tìm hiểu CCHC, CĐS xã Hòa Lộc tháng 8/2026 do ai chủ trì, ai phối hợp?",
    f"Phòng Văn hóa - Xã hội chủ trì; phối hợp Đoàn Thanh niên xã và Trường THCS Hòa Lộc; hình thức trực tuyến (lịch tuyên truyền trọng điểm, mục III.2, {NC}).",
    ["Phòng Văn hóa - Xã hội", "Trường THCS Hòa Lộc"], DC, "III.2",
    "Cuộc thi \"Tìm hiểu CCHC, CĐS xã Hòa Lộc\" (hình thức trực tuyến)",
    note="Dòng 'Tháng 8/2026' của bảng HTML.")
add("lead", "Tháng 6/2026 ai lo tuyên truyền kết quả CCHC 6 tháng đầu năm của xã Hòa Lộc?",
    f"Văn phòng HĐND và UBND xã chủ trì, phối hợp Phòng Văn hóa - Xã hội; tuyên truyền trên truyền thanh xã và Trang thông tin điện tử xã (mục III.2, {NC}).",
    ["Văn phòng HĐND và UBND xã"], DC, "III.2",
    "Tuyên truyền kết quả CCHC 6 tháng đầu năm 2026 trên truyền thanh xã và Trang thông tin điện tử xã",
    note="Ô 'Chủ trì' của dòng Tháng 6/2026 là ô gộp (rowspan=2) bắt đầu từ dòng Tháng 4 - 5/2026; dòng Tháng 6/2026 chỉ có ô Phối hợp.")
add("lead", "xa Hoa Loc so ket 2 nam thuc hien ke hoach tuyen truyen luc nao, ai to chuc",
    f"Quý IV/2027: sơ kết 02 năm thực hiện Kế hoạch, khen thưởng tập thể, cá nhân tiêu biểu, do UBND xã tổ chức (mục III.2, {NC}).",
    ["Quý IV/2027", "UBND xã"], DC, "III.2",
    "Sơ kết 02 năm thực hiện Kế hoạch; khen thưởng tập thể, cá nhân tiêu biểu (do UBND xã tổ chức)",
    note="Ô nội dung gộp ngang (colspan=3) qua cột Chủ trì và Phối hợp.")
add("coordinators", "Ngày hội Chợ không dùng tiền mặt ở Hòa Lộc dịp 10/10/2026 có những ai phối hợp?",
    f"Phòng Kinh tế chủ trì; phối hợp Hội Liên hiệp Phụ nữ xã và Ban quản lý chợ Hòa Lộc; tháng 10/2026 (mục III.2, {NC}).",
    ["Hội Liên hiệp Phụ nữ xã", "Ban quản lý chợ Hòa Lộc"], DC, "III.2",
    "Hội Liên hiệp Phụ nữ xã; Ban quản lý chợ Hòa Lộc")
add("coordinators", "Tập huấn kỹ năng số cho người cao tuổi ở xã Hòa Lộc năm 2027 phối hợp với ai?",
    f"Quý II/2027, Phòng Văn hóa - Xã hội chủ trì, phối hợp Hội Người cao tuổi xã và Bưu điện văn hóa xã Hòa Lộc (mục III.2, {NC}).",
    ["Hội Người cao tuổi xã", "Bưu điện văn hóa xã Hòa Lộc"], DC, "III.2",
    "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng và người cao tuổi")
add("period", "Năm 2027 xã Hòa Lộc có những đợt tuyên truyền trọng điểm nào?",
    f"Bốn đợt, mỗi quý một đợt: Quý I/2027 tuyên truyền Kế hoạch CCHC, CĐS năm 2027 và thủ tục hành chính mới (Văn phòng HĐND và UBND xã); Quý II/2027 tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng và người cao tuổi (Phòng Văn hóa - Xã hội); Quý III/2027 khảo sát mức độ hài lòng đối với Trung tâm PVHCC xã (Trung tâm PVHCC xã); Quý IV/2027 sơ kết 02 năm thực hiện Kế hoạch (UBND xã) (mục III.2, {NC}).",
    ["Quý I/2027", "Quý II/2027", "Quý III/2027", "Quý IV/2027"], [DC] * 4, ["III.2"] * 4,
    ["Tuyên truyền Kế hoạch CCHC, CĐS năm 2027 của xã; phổ biến thủ tục hành chính mới ban hành",
     "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng và người cao tuổi",
     "Khảo sát mức độ hài lòng của người dân đối với Trung tâm PVHCC xã (phiếu giấy và trực tuyến)",
     "Sơ kết 02 năm thực hiện Kế hoạch; khen thưởng tập thể, cá nhân tiêu biểu"],
    note="Ô 'Năm' = 2027 gộp dọc (rowspan=4) cho bốn dòng.")
add("period", "Quý 2 năm 2026 xã Hòa Lộc tuyên truyền những gì?",
    f"Tháng 4 - 5/2026: hội nghị tuyên truyền dịch vụ công trực tuyến tại 07 thôn; tháng 6/2026: tuyên truyền kết quả CCHC 6 tháng đầu năm 2026 trên truyền thanh xã và Trang thông tin điện tử xã; cả hai do Văn phòng HĐND và UBND xã chủ trì (mục III.2, {NC}).",
    ["dịch vụ công trực tuyến tại 07 thôn", "6 tháng đầu năm 2026"], [DC, DC], ["III.2", "III.2"],
    ["Hội nghị tuyên truyền dịch vụ công trực tuyến tại 07 thôn",
     "Tuyên truyền kết quả CCHC 6 tháng đầu năm 2026 trên truyền thanh xã và Trang thông tin điện tử xã"],
    note="Quy ước: tháng 4-6 thuộc Quý II.")
add("count", "Lịch tuyên truyền trọng điểm của xã Hòa Lộc có tất cả bao nhiêu đợt?",
    f"10 đợt: 6 đợt năm 2026 (tháng 3, tháng 4 - 5, tháng 6, tháng 8, tháng 10, tháng 12) và 4 đợt năm 2027 (Quý I - Quý IV) (mục III.2, {NC}).",
    ["10 đợt"], DC, "III.2", "2.Lịch tuyên truyền trọng điểm")
add("frequency", "Đài truyền thanh xã Hòa Lộc phát tin CCHC, CĐS mấy buổi một tuần, giờ nào?",
    f"03 buổi/tuần, mỗi buổi 15 phút, vào khung giờ 17h00 - 17h15 (mục III.1, {NC}).",
    ["03 buổi/tuần", "15 phút", "17h00 - 17h15"], DC, "III.1",
    "Trên hệ thống truyền thanh xã: phát 03 buổi/tuần, mỗi buổi 15 phút, vào khung giờ 17h00 - 17h15.")
add("no_diacritics", "trang ttdt xa hoa loc phai dang bao nhieu tin bai 1 thang",
    f"Tối thiểu 04 tin, bài/tháng trên Trang thông tin điện tử xã (https://hoaloc.phulac.gov.vn) (mục III.1, {NC}).",
    ["04 tin, bài/tháng"], DC, "III.1",
    "Trên Trang thông tin điện tử xã (https://hoaloc.phulac.gov.vn): đăng tối thiểu 04 tin, bài/tháng.")
add("frequency", "Ở xã Hòa Lộc, lồng ghép tuyên truyền trong họp thôn, sinh hoạt đoàn thể bao lâu một lần?",
    f"Ít nhất 01 lần/quý (mục III.1, {NC}).",
    ["01 lần/quý"], DC, "III.1",
    "Lồng ghép tại các cuộc họp thôn, sinh hoạt chi hội đoàn thể: ít nhất 01 lần/quý.")
add("figure", "Kinh phí tuyên truyền của xã Hòa Lộc mỗi năm bao nhiêu?",
    f"Năm 2026: 45.000.000 đồng; năm 2027: 50.000.000 đồng (tổng 95 triệu đồng cho hai năm), từ ngân sách xã (mục IV, {NC}).",
    ["45.000.000 đồng", "50.000.000 đồng"], DC, "IV",
    "năm 2026 là 45.000.000 đồng, năm 2027 là 50.000.000 đồng")
add("abbreviation", "Đề án 06 mà kế hoạch của xã Hòa Lộc nhắc tới là đề án gì?",
    "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, ban hành kèm Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ (chú thích 1 của " + NC + ").",
    ["định danh và xác thực điện tử", "06/QĐ-TTg"], DC, "preamble",
    "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025",
    note="Chú thích [^1] được gọi trong đoạn mở đầu ('Thực hiện…'); phần định nghĩa chú thích nằm ở cuối trang, sau chữ ký.")
add("abbreviation", "Trung tâm PVHCC xã là gì?",
    f"Trung tâm Phục vụ hành chính công xã, nơi tiếp nhận, giải quyết thủ tục hành chính (mục II.1, {NC}).",
    ["Trung tâm Phục vụ hành chính công xã"], DC, "II.1",
    "Trung tâm Phục vụ hành chính công xã (sau đây gọi tắt là Trung tâm PVHCC xã)")
add("figure", "Đến cuối 2027 xã Hòa Lộc muốn bao nhiêu phần trăm hộ gia đình dùng thành thạo VNeID?",
    f"80% hộ gia đình có ít nhất 01 thành viên sử dụng thành thạo ứng dụng VNeID; đồng thời 100% thôn được phổ biến về dịch vụ công trực tuyến (mục I.2, {NC}).",
    ["80%"], DC, "I.2",
    "80% hộ gia đình có ít nhất 01 thành viên sử dụng thành thạo ứng dụng VNeID")
add("timing", "Văn phòng HĐND và UBND xã Hòa Lộc phải nộp báo cáo kết quả kế hoạch tuyên truyền khi nào?",
    f"Báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 05/12 hằng năm, gửi UBND xã (mục V.1, {NC}).",
    ["10/6", "05/12"], DC, "V.1",
    "tổng hợp báo cáo kết quả gửi UBND xã 6 tháng (trước ngày 10/6) và năm (trước ngày 05/12) hằng năm")
add("english", "Who manages the Zalo OA of Hòa Lộc commune under the 2026-2027 communication plan?",
    f"Phòng Văn hóa - Xã hội manages (quản trị) the Zalo OA \"UBND xã Hòa Lộc\" and also edits the news for the commune loudspeaker system and website (section V.2, {NC}).",
    ["Phòng Văn hóa - Xã hội"], DC, "V.2",
    "quản trị Zalo OA \"UBND xã Hòa Lộc\"")
add("lead", "Ở xã Hòa Lộc ai đi thu nhận hồ sơ định danh điện tử lưu động tại thôn?",
    f"Công an xã: tuyên truyền, hướng dẫn thực hiện Đề án 06 và phối hợp thu nhận hồ sơ định danh điện tử lưu động tại thôn (mục V.4, {NC}).",
    ["Công an xã"], DC, "V.4",
    "phối hợp thu nhận hồ sơ định danh điện tử lưu động tại thôn")

# =============================== comparisons across documents ===============================
add("comparison", "Ngày Chuyển đổi số quốc gia 10/10: huyện Sông Lam và xã Hòa Lộc giao cho ai chủ trì?",
    f"Huyện Sông Lam (Kế hoạch 11/KH-UBND, Phần thứ hai IV.1): Phòng Văn hóa và Thông tin chủ trì, phối hợp Huyện đoàn Sông Lam, tháng 10/2025 (ngày hội \"Chợ 4.0\", kích hoạt định danh điện tử mức độ 2). Xã Hòa Lộc (Kế hoạch 17/KH-UBND, III.2): Phòng Kinh tế chủ trì ngày hội \"Chợ không dùng tiền mặt\" tháng 10/2026, phối hợp Hội Liên hiệp Phụ nữ xã và Ban quản lý chợ Hòa Lộc.",
    ["Phòng Văn hóa và Thông tin", "Phòng Kinh tế"], [DA2, DC], ["Phần thứ hai.IV.1", "III.2"],
    ["Phòng Văn hóa và Thông tin chủ trì, phối hợp với Huyện đoàn Sông Lam; thời gian: tháng 10/2025.",
     "Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10: ngày hội \"Chợ không dùng tiền mặt\" tại chợ Hòa Lộc"])
add("comparison", "Khảo sát sự hài lòng: Bắc Trà và xã Hòa Lộc khác nhau thế nào về đơn vị làm và thời gian?",
    f"Bắc Trà ({NB}, C.12): Sở Nội vụ chủ trì, phối hợp Bưu điện tỉnh, khảo sát tổ chức, doanh nghiệp trong Quý III/2026. Xã Hòa Lộc (Kế hoạch 17/KH-UBND, III.2): Trung tâm PVHCC xã chủ trì, phối hợp Ủy ban MTTQ Việt Nam xã, khảo sát người dân (phiếu giấy và trực tuyến) trong Quý III/2027.",
    ["Sở Nội vụ", "Trung tâm PVHCC xã", "Quý III/2027"], [DB, DC], ["Phụ lục.C.12", "III.2"],
    ["Khảo sát sự hài lòng của tổ chức, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước",
     "Khảo sát mức độ hài lòng của người dân đối với Trung tâm PVHCC xã (phiếu giấy và trực tuyến)"])
add("comparison", "Trong ba văn bản (huyện Sông Lam, Sở Tài chính Bắc Trà, xã Hòa Lộc), văn bản nào ban hành sớm nhất, muộn nhất?",
    "Sớm nhất: Kế hoạch 11/KH-UBND của UBND huyện Sông Lam ngày 17/01/2025 (công văn kèm theo ngày 20/01/2025); tiếp theo: Báo cáo 318/BC-STC của Sở Tài chính Bắc Trà ngày 05/12/2025; muộn nhất: Kế hoạch 17/KH-UBND của UBND xã Hòa Lộc ngày 09/02/2026.",
    ["17/01/2025", "05/12/2025", "09/02/2026"], [DA2, DB, DC], ["header", "header", "header"],
    ["Sông Lam, ngày 17 tháng 01 năm 2025", "Trà Châu, ngày 05 tháng 12 năm 2025", "Hòa Lộc, ngày 09 tháng 02 năm 2026"])
add("comparison", "So sánh kinh phí kế hoạch CĐS của huyện Sông Lam với kế hoạch tuyên truyền của xã Hòa Lộc?",
    "Huyện Sông Lam dự kiến 1.250.000.000 đồng cho năm 2025 (ngân sách huyện và lồng ghép chương trình mục tiêu quốc gia). Xã Hòa Lộc chỉ 45.000.000 đồng năm 2026 và 50.000.000 đồng năm 2027 (ngân sách xã). Dự thảo PCI của Bắc Trà không nêu kinh phí.",
    ["1.250.000.000 đồng", "45.000.000 đồng", "50.000.000 đồng"], [DA2, DC], ["Phần thứ ba.I", "IV"],
    ["Tổng kinh phí dự kiến thực hiện Kế hoạch là 1.250.000.000 đồng", "năm 2026 là 45.000.000 đồng, năm 2027 là 50.000.000 đồng"])
add("comparison", "Hạn báo cáo 6 tháng ở Sông Lam, Bắc Trà và Hòa Lộc có giống nhau không?",
    "Không hoàn toàn: Sông Lam - Phòng Văn hóa và Thông tin báo cáo UBND huyện trước ngày 10/6/2025; Hòa Lộc - Văn phòng HĐND và UBND xã báo cáo UBND xã trước ngày 10/6 hằng năm; Bắc Trà - các sở, ngành, địa phương báo cáo về Sở Tài chính trước ngày 15/6/2026 (theo kiến nghị trong báo cáo).",
    ["10/6/2025", "10/6", "15/6/2026"], [DA2, DC, DB], ["Phần thứ ba.II.1", "V.1", "III.3"],
    ["kết quả 6 tháng (trước ngày 10/6/2025)", "6 tháng (trước ngày 10/6)", "định kỳ 6 tháng (trước ngày 15/6/2026)"])

# =============================== unanswerable ===============================
unans("Kế hoạch nâng cao PCI năm 2026 của tỉnh Bắc Trà đã được UBND tỉnh ban hành với số hiệu nào?",
      "Các tài liệu không nêu thông tin này: kế hoạch PCI năm 2026 chỉ là dự thảo trong Phụ lục Báo cáo 318/BC-STC; Sở Tài chính mới kính trình UBND tỉnh xem xét ban hành, chưa có số hiệu.",
      note="Bẫy: 318/BC-STC là số của báo cáo, không phải của kế hoạch.")
unans("Kinh phí thực hiện dự thảo kế hoạch PCI 2026 của Bắc Trà là bao nhiêu tiền?",
      "Các tài liệu không nêu thông tin này: báo cáo và dự thảo kế hoạch PCI năm 2026 của Bắc Trà không ghi kinh phí.")
unans("Năm 2024 huyện Sông Lam xếp hạng mấy về chỉ số chuyển đổi số DTI cấp huyện?",
      "Các tài liệu không nêu thông tin này: Kế hoạch 11/KH-UBND chỉ đặt mục tiêu vào nhóm 03 huyện dẫn đầu tỉnh về DTI cấp huyện năm 2025, không nêu thứ hạng năm 2024.")
unans("xa Hoa Loc co ke hoach tuyen truyen nam 2028 khong, noi dung gi",
      "Các tài liệu không nêu thông tin này: Kế hoạch 17/KH-UBND của xã Hòa Lộc chỉ áp dụng giai đoạn 2026 - 2027.")
unans("Email của UBND xã Hòa Lộc để gửi phản ánh về thủ tục hành chính là gì?",
      "Các tài liệu không nêu thông tin này: trang văn bản của xã Hòa Lộc chỉ ghi địa chỉ trang thông tin điện tử, Zalo OA và số điện thoại ở chân trang, không có địa chỉ email.",
      note="Không nhầm với email vhtt.songlam@havan.gov.vn của huyện Sông Lam (một tỉnh khác).")
unans("Trung tâm PVHCC xã Hòa Lộc làm việc từ mấy giờ đến mấy giờ?",
      "Các tài liệu không nêu thông tin này: kế hoạch không ghi giờ làm việc của Trung tâm PVHCC xã (khung giờ 17h00 - 17h15 là giờ phát thanh, không phải giờ làm việc).")
unans("Năm 2025 tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn tỉnh Bắc Trà đạt bao nhiêu?",
      "Các tài liệu không nêu thông tin này: báo cáo của Sở Tài chính chỉ nêu 98,6% hồ sơ đăng ký doanh nghiệp được nộp trực tuyến, không nêu tỷ lệ chung của mọi thủ tục hành chính.",
      note="Bẫy: 98,6% chỉ là hồ sơ đăng ký doanh nghiệp (mục II.2.1).")


def main():
    out = os.path.join(HERE, "qa.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(unicodedata.normalize("NFC", json.dumps(it, ensure_ascii=False)) + "\n")
    kinds = {}
    for it in items:
        kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
    print(len(items), "items ->", out, kinds)


if __name__ == "__main__":
    main()
