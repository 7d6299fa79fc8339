# -*- coding: utf-8 -*-
"""Writes qa.jsonl for the three new-layout plans (hand-written items)."""
import json, os, unicodedata

D1 = "2026-tinh-binh-lam-qd-ke-hoach-cds-cchc.docx"
D2 = "2026-so-noi-vu-hai-lam-ke-hoach-tuyen-truyen.txt"
D3 = "2025-xa-thach-phong-bao-cao-cchc-cds.pdf"
N1 = "Kế hoạch chuyển đổi số và cải cách hành chính tỉnh Bình Lâm năm 2026, ban hành kèm Quyết định số 215/QĐ-UBND"
N2 = "Kế hoạch tuyên truyền CCHC và CĐS năm 2026 của Sở Nội vụ tỉnh Hải Lam, số 38/KH-SNV"
N3 = "Báo cáo CCHC, CĐS năm 2025 và phương hướng năm 2026 của UBND xã Thạch Phong"
E1 = "the Bình Lâm 2026 digital-transformation and administrative-reform plan (attached to Decision 215/QĐ-UBND)"
E2 = "the Hải Lam Department of Home Affairs' 2026 communication plan (38/KH-SNV)"
E3 = "the Thạch Phong commune 2025 report"

items = []
cnt = {}


def add(kind, q, a, mi, doc, sec, ev, note=None):
    pre = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
           "list": "list", "no_diacritics": "nodia", "english": "en", "unanswerable": "unans"}[kind]
    cnt[pre] = cnt.get(pre, 0) + 1
    it = {"id": f"ly-{pre}-{cnt[pre]:03d}", "question": q, "kind": kind, "answer": a, "must_include": mi,
          "document": doc, "section": sec, "evidence": ev}
    if note:
        it["note"] = note
    items.append(it)


def unans(q, a, note=None):
    add("unanswerable", q, a, [], None, None, None, note)


# ---------------- lead ----------------
add("lead", "Ai chủ trì kiện toàn Ban Chỉ đạo về khoa học, công nghệ, đổi mới sáng tạo, CĐS và Đề án 06 của tỉnh Bình Lâm?",
    f"Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Nội vụ, Văn phòng UBND tỉnh; hoàn thành Quý I/2026 (mục 3.1.1, {N1}).",
    ["Sở Khoa học và Công nghệ"], D1, "3.1.1", "Cơ quan chủ trì: Sở Khoa học và Công nghệ.")
add("lead", "trung tâm IOC tỉnh Bình Lâm đơn vị nào vận hành vậy ad",
    f"Trung tâm Chuyển đổi số tỉnh (thuộc Sở Khoa học và Công nghệ) chủ trì vận hành Trung tâm Giám sát, điều hành thông minh tỉnh (Trung tâm IOC); phối hợp Văn phòng UBND tỉnh, Công an tỉnh (mục 3.2.1, {N1}).",
    ["Trung tâm Chuyển đổi số tỉnh"], D1, "3.2.1", "Cơ quan chủ trì: Trung tâm Chuyển đổi số tỉnh (thuộc Sở Khoa học và Công nghệ).")
add("lead", "Năm 2026 tỉnh Bình Lâm giao ai khảo sát sự hài lòng của người dân, tổ chức?",
    f"Sở Nội vụ chủ trì, phối hợp Bưu điện tỉnh; thời hạn Quý III/2026; sản phẩm: Báo cáo kết quả khảo sát (Phụ lục I, nhóm II, nhiệm vụ 3, {N1}).",
    ["Sở Nội vụ"], D1, "Phụ lục I.II.3", "Sở Nội vụ",
    note="Ô 'Chủ trì' của các dòng II.1–II.3 là một ô gộp dọc; giá trị Sở Nội vụ thuộc cả ba dòng.")
add("lead", "Ký số từ xa cho cán bộ công chức cấp xã ở Bình Lâm thì sở nào lo?",
    f"Sở Khoa học và Công nghệ chủ trì, phối hợp Ban Cơ yếu Chính phủ và UBND các xã, phường; thời hạn trước ngày 31/8/2026 (Phụ lục I, nhóm III, nhiệm vụ 2, {N1}).",
    ["Sở Khoa học và Công nghệ"], D1, "Phụ lục I.III.2", "Sở Khoa học và Công nghệ",
    note="Ô 'Chủ trì' của các dòng III.1–III.3 là một ô gộp dọc.")
add("lead", "Cuộc thi trực tuyến Tìm hiểu về chuyển đổi số tỉnh Bình Lâm do đơn vị nào tổ chức?",
    f"Tỉnh đoàn Bình Lâm chủ trì, phối hợp Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo; thời hạn Tháng 8/2026 (Phụ lục I.IV.3, {N1}).",
    ["Tỉnh đoàn Bình Lâm"], D1, "Phụ lục I.IV.3", "Tỉnh đoàn Bình Lâm")
add("lead", "Theo QĐ 215 của Bình Lâm thì ai theo dõi, đôn đốc, tổng hợp kết quả thực hiện kế hoạch?",
    "Điều 2 Quyết định số 215/QĐ-UBND giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND tỉnh trước ngày 10/12/2026.",
    ["Sở Khoa học và Công nghệ", "Sở Nội vụ"], D1, "Điều 2",
    "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch",
    note="Mục 5.1 của kế hoạch kèm theo cũng giao Sở Khoa học và Công nghệ là cơ quan thường trực; cả 'Điều 2' (quyết định) và '5.1' (kế hoạch) đều đúng.")
add("lead", "chuyên mục Cải cách hành chính - Vì nhân dân phục vụ trên sóng phát thanh truyền hình Hải Lam do ai chủ trì?",
    f"Báo và Phát thanh, Truyền hình Hải Lam chủ trì; phối hợp Sở Nội vụ, Văn phòng UBND tỉnh; 02 số/tháng, 15 phút/số (Phần III, Mục 1, {N2}).",
    ["Báo và Phát thanh, Truyền hình Hải Lam"], D2, "Phần III.Mục 1",
    "đơn vị chủ trì: Báo và Phát thanh, Truyền hình Hải Lam; đơn vị phối hợp: Sở Nội vụ, Văn phòng UBND tỉnh")
add("lead", "Zalo OA với Fanpage Cải cách hành chính Hải Lam ai quản lý vậy mn?",
    f"Phòng Cải cách hành chính (Sở Nội vụ) chủ trì vận hành; phối hợp Sở Khoa học và Công nghệ, Tỉnh đoàn Hải Lam; đưa vào vận hành trước ngày 31/3/2026 (Phần III, Mục 2, {N2}).",
    ["Phòng Cải cách hành chính"], D2, "Phần III.Mục 2",
    "đơn vị chủ trì: Phòng Cải cách hành chính (Sở Nội vụ); đơn vị phối hợp: Sở Khoa học và Công nghệ, Tỉnh đoàn Hải Lam")
add("lead", "Ngày hội Công dân số ở Hải Lam năm 2026 cơ quan nào chủ trì?",
    f"Công an tỉnh chủ trì Ngày hội \"Công dân số\" hướng dẫn kích hoạt tài khoản định danh điện tử VNeID mức độ 2; phối hợp Tỉnh đoàn Hải Lam, UBND các xã, phường; Tháng 10/2026 (Phần III, Mục 5, {N2}).",
    ["Công an tỉnh"], D2, "Phần III.Mục 5", "đơn vị chủ trì: Công an tỉnh; đơn vị phối hợp: Tỉnh đoàn Hải Lam, UBND các xã, phường")
add("lead", "Ai lắp pano, áp phích tuyên truyền DVC trực tuyến theo KH 38 của Sở Nội vụ Hải Lam?",
    f"UBND các xã, phường chủ trì, phối hợp Sở Văn hóa, Thể thao và Du lịch; thời gian Quý II/2026 (Phần III, Mục 3, {N2}).",
    ["UBND các xã, phường"], D2, "Phần III.Mục 3",
    "đơn vị chủ trì: UBND các xã, phường; đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch; thời gian: Quý II/2026")
add("lead", "Ở xã Thạch Phong năm 2026 ai lo làm sạch dữ liệu dân cư và kích hoạt VNeID mức 2 cho dân?",
    f"Công an xã thực hiện, phối hợp Đoàn Thanh niên xã và Tổ công nghệ số cộng đồng các thôn; hoàn thành trước ngày 30/6/2026 (Phụ lục I, nhiệm vụ 8, {N3}).",
    ["Công an xã"], D3, "Phụ lục I.8", "Công an xã")
add("lead", "Thanh toán không dùng tiền mặt (phí, lệ phí, học phí, viện phí) ở xã Thạch Phong năm 2026 do bộ phận nào thực hiện?",
    f"Phòng Kinh tế là đơn vị thực hiện; phối hợp Trạm Y tế xã, các trường học trên địa bàn, Bưu điện văn hóa xã; thời gian Quý III/2026 (Phụ lục I, nhiệm vụ 9, {N3}).",
    ["Phòng Kinh tế"], D3, "Phụ lục I.9", "Phòng Kinh tế",
    note="Dòng 9 của bảng bị tách qua hai trang (dòng chữ cuối 'y tế' sang trang sau, sau hàng tiêu đề lặp lại).")
add("lead", "Chuyên mục Cải cách hành chính trên trang TTĐT của xã Thạch Phong ai duy trì?",
    f"Phòng Văn hóa - Xã hội thực hiện, phối hợp Văn phòng HĐND và UBND xã; thường xuyên, tối thiểu 04 tin, bài/tháng (Phụ lục I, nhiệm vụ 10, {N3}).",
    ["Phòng Văn hóa - Xã hội"], D3, "Phụ lục I.10", "Phòng Văn hóa - Xã hội")
add("lead", "Zalo OA UBND xã Thạch Phong do ai xây dựng?",
    f"Văn phòng HĐND và UBND xã thực hiện, phối hợp Phòng Văn hóa - Xã hội; hoàn thành trước ngày 31/3/2026 (Phụ lục I, nhiệm vụ 15, {N3}).",
    ["Văn phòng HĐND và UBND xã"], D3, "Phụ lục I.15", "Văn phòng HĐND và UBND xã")

# ---------------- coordinators ----------------
add("coordinators", "Phủ sóng 4G/5G tới 100% thôn ở Bình Lâm thì phối hợp với những ai?",
    f"Phối hợp: các doanh nghiệp viễn thông trên địa bàn tỉnh và UBND các xã, phường; Sở Khoa học và Công nghệ chủ trì (mục 3.2.2, {N1}).",
    ["doanh nghiệp viễn thông", "UBND các xã, phường"], D1, "3.2.2",
    "Cơ quan phối hợp: Các doanh nghiệp viễn thông trên địa bàn tỉnh; UBND các xã, phường.")
add("coordinators", "Tiếp nhận trả kết quả TTHC không phụ thuộc địa giới hành chính ở Bình Lâm, đơn vị phối hợp là ai?",
    f"Phối hợp: Trung tâm Phục vụ hành chính công tỉnh và Bưu điện tỉnh; Văn phòng UBND tỉnh chủ trì; thời hạn trước ngày 30/6/2026 (Phụ lục I.I.3, {N1}).",
    ["Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh"], D1, "Phụ lục I.I.3",
    "Trung tâm Phục vụ hành chính công tỉnh; Bưu điện tỉnh")
add("coordinators", "Cuộc thi Tìm hiểu cải cách hành chính tỉnh Hải Lam năm 2026 có những đơn vị nào phối hợp?",
    f"Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo, Tỉnh đoàn Hải Lam phối hợp; Sở Nội vụ chủ trì; Tháng 8/2026 (Phần III, Mục 5, {N2}).",
    ["Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn Hải Lam"], D2, "Phần III.Mục 5",
    "đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo, Tỉnh đoàn Hải Lam; thời gian: Tháng 8/2026.")
add("coordinators", "Hội nghị đối thoại lãnh đạo tỉnh với người dân, DN về TTHC (Hải Lam) ai phối hợp với VP UBND tỉnh?",
    f"Sở Nội vụ và Hiệp hội Doanh nghiệp tỉnh phối hợp; Văn phòng UBND tỉnh chủ trì; Tháng 9/2026 (Phần III, Mục 4, {N2}).",
    ["Sở Nội vụ", "Hiệp hội Doanh nghiệp tỉnh"], D2, "Phần III.Mục 4",
    "đơn vị chủ trì: Văn phòng UBND tỉnh; đơn vị phối hợp: Sở Nội vụ, Hiệp hội Doanh nghiệp tỉnh; thời gian: Tháng 9/2026.")
add("coordinators", "“Ngày chủ nhật số” của xã Thạch Phong phối hợp với ai?",
    f"Công an xã và Tổ công nghệ số cộng đồng các thôn phối hợp; Đoàn Thanh niên xã thực hiện; Tháng 8/2026 (Phụ lục I, nhiệm vụ 13, {N3}).",
    ["Công an xã", "Tổ công nghệ số cộng đồng các thôn"], D3, "Phụ lục I.13",
    "Công an xã; Tổ công nghệ số cộng đồng các thôn")
add("coordinators", "Hội nghị tuyên truyền hướng dẫn dùng dịch vụ công trực tuyến tại các thôn ở Thạch Phong: ai phối hợp?",
    f"Ủy ban Mặt trận Tổ quốc Việt Nam xã và Đoàn Thanh niên xã phối hợp; Phòng Văn hóa - Xã hội thực hiện; Quý II - III/2026 (Phụ lục I, nhiệm vụ 12, {N3}).",
    ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Đoàn Thanh niên xã"], D3, "Phụ lục I.12",
    "Ủy ban Mặt trận Tổ quốc Việt Nam xã; Đoàn Thanh niên xã")

# ---------------- timing ----------------
add("timing", "Hạn phủ sóng 4G 5G hết vùng lõm sóng ở Bình Lâm là khi nào?",
    f"Trước ngày 30/9/2026 (mục 3.2.2, {N1}); Sở Khoa học và Công nghệ chủ trì.",
    ["30/9/2026"], D1, "3.2.2", "Thời gian hoàn thành: Trước ngày 30/9/2026.")
add("timing", "Bao giờ Bình Lâm công bố Chỉ số CCHC năm 2025 của các sở, ngành và UBND xã, phường?",
    f"Tháng 3/2026; Sở Nội vụ chủ trì, phối hợp Hội đồng thẩm định Chỉ số CCHC tỉnh; sản phẩm: Quyết định công bố Chỉ số CCHC (Phụ lục I.II.2, {N1}).",
    ["Tháng 3/2026"], D1, "Phụ lục I.II.2", "Tháng 3/2026")
add("timing", "Lớp bồi dưỡng kỹ năng số cho công chức cấp xã tỉnh Bình Lâm tổ chức vào thời gian nào?",
    f"Quý III - IV/2026, 04 lớp bồi dưỡng; Trường Chính trị tỉnh chủ trì, phối hợp Sở Khoa học và Công nghệ, Sở Nội vụ (Phụ lục I.II.4, {N1}).",
    ["Quý III - IV/2026"], D1, "Phụ lục I.II.4", "Quý III - IV/2026")
add("timing", "Hội nghị đối thoại giữa lãnh đạo UBND tỉnh Hải Lam với người dân, doanh nghiệp về TTHC tổ chức tháng mấy?",
    f"Tháng 9/2026; Văn phòng UBND tỉnh chủ trì, phối hợp Sở Nội vụ, Hiệp hội Doanh nghiệp tỉnh (Phần III, Mục 4, {N2}).",
    ["Tháng 9/2026"], D2, "Phần III.Mục 4", "thời gian: Tháng 9/2026.")
add("timing", "Khi nào Zalo OA và Fanpage Cải cách hành chính Hải Lam phải chạy?",
    f"Đưa vào vận hành trước ngày 31/3/2026, sau đó duy trì thường xuyên (Phần III, Mục 2, {N2}).",
    ["31/3/2026"], D2, "Phần III.Mục 2", "thời gian: Trước ngày 31/3/2026 đưa vào vận hành, sau đó duy trì thường xuyên.")
add("timing", "Xã Thạch Phong nâng cấp đường truyền, thiết bị cho Trung tâm PVHCC xã khi nào?",
    f"Quý II/2026; Phòng Kinh tế thực hiện, phối hợp Văn phòng HĐND và UBND xã, Sở Khoa học và Công nghệ (Phụ lục I, nhiệm vụ 5, {N3}).",
    ["Quý II/2026"], D3, "Phụ lục I.5", "Quý II/2026")
add("timing", "Kế hoạch CCHC, CĐS năm 2026 của xã Thạch Phong dự kiến ban hành lúc nào?",
    f"Tháng 01/2026; Văn phòng HĐND và UBND xã thực hiện, phối hợp Phòng Văn hóa - Xã hội (Phụ lục I, nhiệm vụ 1, {N3}).",
    ["Tháng 01/2026"], D3, "Phụ lục I.1", "Tháng 01/2026")

# ---------------- frequency ----------------
add("frequency", "Chuyên mục Bình Lâm số trên truyền hình phát mấy số một tháng, mỗi số bao lâu?",
    f"02 số/tháng, thời lượng 10 phút/số; Báo và Phát thanh, Truyền hình Bình Lâm chủ trì (mục 3.3.1, {N1}).",
    ["02 số/tháng", "10 phút/số"], D1, "3.3.1", "Tần suất: 02 số/tháng, thời lượng 10 phút/số.")
add("frequency", "Tỉnh Bình Lâm kiểm tra công tác CCHC, công vụ mấy lần trong năm 2026?",
    f"02 lần/năm (Quý II và Quý IV/2026); Sở Nội vụ chủ trì, phối hợp Văn phòng UBND tỉnh, Thanh tra tỉnh (Phụ lục I.II.1, {N1}).",
    ["02 lần/năm"], D1, "Phụ lục I.II.1", "02 lần/năm (Quý II và Quý IV/2026)")
add("frequency", "Sở Nội vụ Hải Lam tập huấn nghiệp vụ CCHC cho công chức Một cửa cấp xã bao nhiêu lần một năm?",
    f"02 lần/năm, vào Quý II và Quý III/2026; Sở Nội vụ chủ trì (Phần III, Mục 4, {N2}).",
    ["02 lần/năm"], D2, "Phần III.Mục 4",
    "công chức Bộ phận Một cửa cấp xã, 02 lần/năm; đơn vị chủ trì: Sở Nội vụ")
add("frequency", "Báo Hải Lam điện tử phải đăng tối thiểu bao nhiêu tin bài CCHC, CĐS?",
    f"Tối thiểu 06 tin, bài/tháng; Báo và Phát thanh, Truyền hình Hải Lam chủ trì, phối hợp Sở Khoa học và Công nghệ (Phần III, Mục 1, {N2}).",
    ["06 tin, bài/tháng"], D2, "Phần III.Mục 1", "Đăng tải tin, bài, ảnh về CCHC, CĐS trên Báo Hải Lam điện tử, tối thiểu 06 tin, bài/tháng")
add("frequency", "chuyên mục Người dân với chính quyền số trên loa truyền thanh xã Thạch Phong phát mấy lần?",
    f"02 lần/tuần (sáng thứ Ba và thứ Sáu); Phòng Văn hóa - Xã hội thực hiện (Phụ lục I, nhiệm vụ 11, {N3}).",
    ["02 lần/tuần"], D3, "Phụ lục I.11", "02 lần/tuần (sáng thứ Ba và thứ Sáu)")

# ---------------- fact ----------------
add("fact", "Quyết định ban hành kế hoạch CĐS và CCHC 2026 của Bình Lâm số mấy, ngày nào?",
    "Quyết định số 215/QĐ-UBND ngày 20/01/2026 của Chủ tịch UBND tỉnh Bình Lâm (ngày 20 tháng 01 năm 2026).",
    ["215/QĐ-UBND"], D1, "header", "Số: 215/QĐ-UBND",
    note="Văn bản gồm quyết định và kế hoạch kèm theo; 'header' ở đây là phần đầu của quyết định. Số và ngày cũng lặp lại ở dòng '(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 20/01/2026 …)' phần đầu kế hoạch.")
add("fact", "Ai ký QĐ 215/QĐ-UBND của tỉnh Bình Lâm?",
    "Phó Chủ tịch UBND tỉnh Trần Quốc Vinh ký thay Chủ tịch (KT. CHỦ TỊCH, PHÓ CHỦ TỊCH).",
    ["Trần Quốc Vinh"], D1, "signature", "Trần Quốc Vinh",
    note="Chữ ký thuộc phần quyết định; kế hoạch kèm theo không có khối chữ ký riêng.")
add("fact", "Cổng dịch vụ công tỉnh Bình Lâm địa chỉ web là gì?",
    f"https://dichvucong.binhlam.gov.vn (mục 3.3.2, {N1}).",
    ["https://dichvucong.binhlam.gov.vn"], D1, "3.3.2",
    "Cổng Dịch vụ công tỉnh tại địa chỉ https://dichvucong.binhlam.gov.vn")
add("fact", "Theo kế hoạch của Bình Lâm thì thế nào là công dân số?",
    f"Công dân số là người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 và sử dụng ít nhất một dịch vụ số của cơ quan nhà nước; chỉ tiêu 2026 đạt tối thiểu 60% dân số trưởng thành (mục 2.3, {N1}).",
    ["tài khoản định danh điện tử mức độ 2", "60%"], D1, "2.3",
    "Công dân số là người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 và sử dụng ít nhất một dịch vụ số của cơ quan nhà nước.")
add("fact", "Trung tâm IOC trong kế hoạch Bình Lâm là trung tâm gì?",
    f"Trung tâm IOC là tên gọi tắt của Trung tâm Giám sát, điều hành thông minh tỉnh Bình Lâm (mục 3.2.1, {N1}).",
    ["Trung tâm Giám sát, điều hành thông minh"], D1, "3.2.1",
    "Trung tâm Giám sát, điều hành thông minh tỉnh Bình Lâm (sau đây gọi tắt là Trung tâm IOC)")
add("fact", "Tổng kinh phí dự kiến của kế hoạch CĐS, CCHC 2026 tỉnh Bình Lâm là bao nhiêu?",
    f"18.500.000.000 đồng (Mười tám tỷ năm trăm triệu đồng), từ ngân sách tỉnh năm 2026 (mục 4.1, {N1}).",
    ["18.500.000.000 đồng"], D1, "4.1", "tổng kinh phí dự kiến 18.500.000.000 đồng (Mười tám tỷ năm trăm triệu đồng)")
add("fact", "Kế hoạch tuyên truyền CCHC 2026 của Sở Nội vụ Hải Lam số mấy, ban hành ngày nào?",
    "Kế hoạch số 38/KH-SNV ngày 05/02/2026 (ngày 05 tháng 02 năm 2026) của Sở Nội vụ tỉnh Hải Lam.",
    ["38/KH-SNV"], D2, "header", "Số: 38/KH-SNV")
add("fact", "Ai ký kế hoạch 38 của Sở Nội vụ Hải Lam?",
    "Phó Giám đốc Lê Thị Hồng Nhung ký thay Giám đốc (KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC).",
    ["Lê Thị Hồng Nhung"], D2, "signature", "Lê Thị Hồng Nhung")
add("fact", "Số đường dây nóng của Sở Nội vụ Hải Lam là số nào?",
    f"0234.3 822 715 (Phần II, Mục 2, {N2}).",
    ["0234.3 822 715"], D2, "Phần II.Mục 2", "đường dây nóng 0234.3 822 715 của Sở Nội vụ")
add("fact", "Dịch vụ công trực tuyến toàn trình là gì (theo KH 38 Hải Lam)?",
    f"Dịch vụ công trực tuyến toàn trình là dịch vụ công bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính, việc thực hiện và giải quyết thủ tục hành chính đều được thực hiện trên môi trường mạng (Phần II, Mục 2, {N2}).",
    ["môi trường mạng"], D2, "Phần II.Mục 2",
    "Dịch vụ công trực tuyến toàn trình là dịch vụ công bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính, việc thực hiện và giải quyết thủ tục hành chính đều được thực hiện trên môi trường mạng.")
add("fact", "Năm 2025 xã Thạch Phong tỷ lệ hồ sơ nộp trực tuyến đạt bao nhiêu?",
    f"72,4%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 91,3% (mục I.2.b, {N3}).",
    ["72,4%"], D3, "I.2.b", "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 72,4%")
add("fact", "Ai ký báo cáo CCHC, CĐS 2025 của xã Thạch Phong?",
    "Chủ tịch UBND xã Phạm Minh Khoa ký (TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH).",
    ["Phạm Minh Khoa"], D3, "signature", "Phạm Minh Khoa")
add("fact", "SĐT đường dây nóng Trung tâm Phục vụ hành chính công xã Thạch Phong?",
    f"0222.3 861 204; năm 2025 đã tiếp nhận và xử lý 37 phản ánh, kiến nghị (mục I.2.c, {N3}).",
    ["0222.3 861 204"], D3, "I.2.c", "Đường dây nóng của Trung tâm Phục vụ hành chính công xã (0222.3 861 204)")
add("fact", "Trang thông tin điện tử của xã Thạch Phong địa chỉ gì?",
    f"https://thachphong.donglam.gov.vn (mục I.4, {N3}).",
    ["https://thachphong.donglam.gov.vn"], D3, "I.4", "Trang thông tin điện tử xã tại địa chỉ https://thachphong.donglam.gov.vn")

# ---------------- list ----------------
add("list", "Phụ lục kế hoạch CĐS, CCHC 2026 của Bình Lâm có bao nhiêu nhiệm vụ?",
    f"16 nhiệm vụ, chia 4 nhóm (Phụ lục I, {N1}): cải cách thủ tục hành chính (4), cải cách chế độ công vụ (4), xây dựng chính quyền số, kinh tế số, xã hội số (5), tuyên truyền cải cách hành chính, chuyển đổi số (3).",
    ["16"], D1, "Phụ lục I", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ CẢI CÁCH HÀNH CHÍNH NĂM 2026")
add("list", "Phụ lục kèm báo cáo của xã Thạch Phong có mấy nhiệm vụ năm 2026?",
    f"17 nhiệm vụ (Phụ lục I, {N3}).",
    ["17"], D3, "Phụ lục I", "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ NĂM 2026",
    note="Không có cột nào ghi tổng; đếm các dòng TT 1–17.")
add("list", "Quý III/2026 xã Thạch Phong có những việc gì phải làm?",
    f"Bốn nhiệm vụ ({N3}, Phụ lục I): khảo sát sự hài lòng của người dân (nhiệm vụ 7, Quý III/2026); thanh toán không dùng tiền mặt (nhiệm vụ 9, Quý III/2026); hội nghị tuyên truyền, hướng dẫn dịch vụ công trực tuyến tại các thôn (nhiệm vụ 12, Quý II - III/2026); \"Ngày chủ nhật số\" (nhiệm vụ 13, Tháng 8/2026). Các việc thường xuyên, hằng quý hoặc theo kế hoạch của tỉnh không tính riêng.",
    ["hài lòng", "không dùng tiền mặt", "Ngày chủ nhật số"],
    [D3, D3, D3, D3], ["Phụ lục I.7", "Phụ lục I.9", "Phụ lục I.12", "Phụ lục I.13"],
    ["Quý III/2026", "Quý III/2026", "Quý II - III/2026", "Tháng 8/2026"])
add("list", "Trong phụ lục kế hoạch Bình Lâm, quý III/2026 có những nhiệm vụ nào?",
    f"Sáu nhiệm vụ (Phụ lục I, {N1}): khảo sát sự hài lòng của người dân, tổ chức (II.3, Quý III/2026); bồi dưỡng kỹ năng số cho công chức cấp xã (II.4, Quý III - IV/2026); ký số từ xa cho công chức cấp xã (III.2, trước ngày 31/8/2026); kết nối, làm sạch dữ liệu dân cư theo Đề án 06 (III.4, Quý III/2026); phóng sự chuyên đề về dịch vụ công trực tuyến toàn trình (IV.2, Quý III/2026); Cuộc thi trực tuyến tìm hiểu về chuyển đổi số (IV.3, Tháng 8/2026).",
    ["hài lòng", "kỹ năng số", "ký số từ xa", "phóng sự"],
    [D1] * 6, ["Phụ lục I.II.3", "Phụ lục I.II.4", "Phụ lục I.III.2", "Phụ lục I.III.4", "Phụ lục I.IV.2", "Phụ lục I.IV.3"],
    ["Quý III/2026", "Quý III - IV/2026", "Trước ngày 31/8/2026", "Quý III/2026", "Quý III/2026", "Tháng 8/2026"])
add("list", "Sở Nội vụ Hải Lam tuyên truyền CCHC năm 2026 qua những hình thức nào?",
    f"Sáu nhóm hình thức (Phần III, {N2}): tuyên truyền trên báo chí; trên cổng, trang thông tin điện tử và mạng xã hội; tuyên truyền trực quan; hội nghị, tập huấn, đối thoại; cuộc thi và sự kiện; khảo sát, đánh giá.",
    ["báo chí", "trực quan", "mạng xã hội"], D2, "Phần III", "Mục 3. Tuyên truyền trực quan")
add("list", "Báo cáo của xã Thạch Phong nêu những tồn tại, hạn chế gì?",
    f"Ba hạn chế (mục II, {N3}): hạ tầng công nghệ thông tin tại Trung tâm Phục vụ hành chính công xã còn thiếu, đường truyền chưa ổn định; một bộ phận người dân, nhất là người cao tuổi, chưa quen sử dụng dịch vụ công trực tuyến; số công chức có chuyên môn công nghệ thông tin còn ít, chỉ có 01 công chức chuyên trách.",
    ["đường truyền chưa ổn định", "người cao tuổi", "01 công chức chuyên trách"], D3, "II",
    "Một bộ phận người dân, nhất là người cao tuổi, chưa quen sử dụng dịch vụ công trực tuyến.")

# ---------------- no_diacritics ----------------
add("no_diacritics", "so hoa ho so TTHC o Binh Lam nam 2026 don vi nao chu tri",
    f"Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp các sở, ban, ngành tỉnh và UBND các xã, phường; thường xuyên; sản phẩm: tỷ lệ số hóa đạt 100% (Phụ lục I.I.4, {N1}).",
    ["Trung tâm Phục vụ hành chính công tỉnh"], D1, "Phụ lục I.I.4", "Trung tâm Phục vụ hành chính công tỉnh")
add("no_diacritics", "ket noi du lieu dan cu theo de an 06 o binh lam ai lam",
    f"Công an tỉnh chủ trì, phối hợp Sở Khoa học và Công nghệ, Sở Tư pháp; thời hạn Quý III/2026 (Phụ lục I.III.4, {N1}).",
    ["Công an tỉnh"], D1, "Phụ lục I.III.4", "Công an tỉnh")
add("no_diacritics", "ngay hoi cong dan so hai lam to chuc thang may",
    f"Tháng 10/2026; Công an tỉnh chủ trì (Phần III, Mục 5, {N2}).",
    ["Tháng 10/2026"], D2, "Phần III.Mục 5", "thời gian: Tháng 10/2026.")
add("no_diacritics", "so ket 6 thang va tong ket nam tuyen truyen cchc cua so noi vu hai lam han khi nao",
    f"Trước ngày 20/6/2026 (sơ kết 06 tháng) và trước ngày 05/12/2026 (tổng kết năm); Phòng Cải cách hành chính (Sở Nội vụ) chủ trì (Phần III, Mục 6, {N2}).",
    ["20/6/2026", "05/12/2026"], D2, "Phần III.Mục 6", "thời gian: Trước ngày 20/6/2026 và trước ngày 05/12/2026.")
add("no_diacritics", "xa thach phong khao sat su hai long nguoi dan ai lam",
    f"Trung tâm Phục vụ hành chính công xã thực hiện, phối hợp Bưu điện văn hóa xã; Quý III/2026 (Phụ lục I, nhiệm vụ 7, {N3}).",
    ["Trung tâm Phục vụ hành chính công xã"], D3, "Phụ lục I.7", "Trung tâm Phục vụ hành chính công xã")

# ---------------- english ----------------
add("english", "Who leads cashless payments in schools and hospitals in Binh Lam province in 2026?",
    f"The Sở Tài chính (Department of Finance) leads it, with Sở Y tế, Sở Giáo dục và Đào tạo and commercial banks coordinating; ongoing (Thường xuyên); target 90% (appendix I, task III.5, {E1}).",
    ["Sở Tài chính"], D1, "Phụ lục I.III.5", "Sở Tài chính")
add("english", "When does the Hai Lam Department of Home Affairs survey citizen satisfaction?",
    f"In Quý IV/2026; Sở Nội vụ leads, Bưu điện tỉnh Hải Lam coordinates (Part III, Mục 6, {E2}).",
    ["Quý IV/2026"], D2, "Phần III.Mục 6", "đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Bưu điện tỉnh Hải Lam; thời gian: Quý IV/2026.")
add("english", "How many members do the community digital technology teams of Thach Phong commune have?",
    f"94 members, with a team in 100% of the villages (15 thôn) (section I.1, {E3}).",
    ["94"], D3, "I.1", "kiện toàn Tổ công nghệ số cộng đồng tại 100% thôn (15 thôn) với 94 thành viên")
add("english", "By when must communes and wards in Binh Lam issue their own plans under the provincial plan?",
    f"Before 28/02/2026 (UBND các xã, phường; section 5.5 of {E1}).",
    ["28/02/2026"], D1, "5.5", "UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của địa phương, ban hành trước ngày 28/02/2026.")

# ---------------- unanswerable ----------------
unans("Báo cáo CCHC năm 2025 của xã Thạch Phong là báo cáo số mấy, ngày bao nhiêu?",
      "Các tài liệu không nêu thông tin này: báo cáo của UBND xã Thạch Phong để trống số (\"Số: /BC-UBND\") và ngày (chỉ ghi tháng 12 năm 2025).",
      note="Dòng 'Số:' và ngày có trong văn bản nhưng bỏ trống; câu trả lời đúng là nói rằng số và ngày không được ghi.")
unans("Kế hoạch 38 của Sở Nội vụ Hải Lam được cấp tổng cộng bao nhiêu tiền?",
      "Các tài liệu không nêu thông tin này: Kế hoạch 38/KH-SNV chỉ nói kinh phí bố trí trong dự toán chi ngân sách năm 2026 đã giao, không nêu số tiền.")
unans("Hotline Trung tâm Phục vụ hành chính công tỉnh Bình Lâm là số nào?",
      "Các tài liệu không nêu thông tin này: kế hoạch của tỉnh Bình Lâm không ghi số điện thoại đường dây nóng.")
unans("Website của Sở Nội vụ Hải Lam địa chỉ là gì?",
      "Các tài liệu không nêu thông tin này: Kế hoạch 38/KH-SNV nhắc Trang Thông tin điện tử của Sở Nội vụ nhưng không ghi địa chỉ (chỉ ghi địa chỉ Cổng Dịch vụ công tỉnh).")
unans("xã Thạch Phong đặt chỉ tiêu gì cho năm 2027?",
      "Các tài liệu không nêu thông tin này: báo cáo của xã Thạch Phong chỉ nêu kết quả năm 2025 và nhiệm vụ năm 2026.")
unans("Email nhận phản ánh kiến nghị của UBND xã Thạch Phong là gì?",
      "Các tài liệu không nêu thông tin này: báo cáo chỉ nêu đường dây nóng và Zalo OA dự kiến, không có địa chỉ email.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "qa.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for it in items:
        f.write(unicodedata.normalize("NFC", json.dumps(it, ensure_ascii=False)) + "\n")
print(len(items), "items ->", out)
