# -*- coding: utf-8 -*-
"""Writes qa.jsonl (sealed new-layouts split v3): hand-written items over the three documents in corpus/.

    nice /work/main/.venv/bin/python write_qa.py
"""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DA = "2026-dang-uy-xa-an-phu-ke-hoach-57.docx"
DB = "2026-tinh-bao-giang-qd-ke-hoach-tuyen-truyen-cchc.txt"          # the decision (QĐ 412)
DB2 = DB + "#2"                                                       # the plan, Phụ lục of the decision
DC = "2025-bcd-pci-thach-lam-ke-hoach-hoat-dong.pdf"

NA = "Kế hoạch số 14-KH/ĐU ngày 20/01/2026 của Ban Thường vụ Đảng ủy xã An Phú"
NB = "Kế hoạch tuyên truyền CCHC tỉnh Bảo Giang năm 2026, Phụ lục kèm Quyết định số 412/QĐ-UBND"
NBD = "Quyết định số 412/QĐ-UBND ngày 05/3/2026 của UBND tỉnh Bảo Giang"
NC = "Kế hoạch số 03/KH-BCĐ ngày 14/4/2025 của Ban Chỉ đạo cải thiện môi trường đầu tư kinh doanh tỉnh Thạch Lâm"

PRE = {"lead": "lead", "coordinators": "coord", "timing": "time", "period": "period", "count": "count",
       "fact": "fact", "figure": "fig", "abbreviation": "abbr", "frequency": "freq", "comparison": "cmp",
       "no_diacritics": "nodia", "english": "en", "unanswerable": "unans"}
items, cnt = [], {}


def add(kind, q, a, mi, doc, sec, ev, note=None):
    p = PRE[kind]
    cnt[p] = cnt.get(p, 0) + 1
    it = {"id": f"l3-{p}-{cnt[p]:03d}", "question": q, "kind": kind, "answer": a, "must_include": mi,
          "document": doc, "section": sec, "evidence": ev}
    if note:
        it["note"] = note
    items.append(it)


def unans(q, a, note=None):
    add("unanswerable", q, a, [], None, None, None, note)


MERGE_NOTE = "Ô này là ô gộp dọc với dòng ngay trên; giá trị thuộc cả hai dòng."

# ------------------------------------------------------------------ lead
add("lead", "Theo danh mục nhiệm vụ kèm Kế hoạch 14-KH/ĐU, việc làm sạch dữ liệu dân cư, đất đai ở xã An Phú do ai chủ trì?",
    f"Công an xã chủ trì; phối hợp: Phòng Kinh tế xã, Trưởng các thôn; thời gian: Quý III/2026 (Phụ lục 01, nhóm II, STT 6, {NA}).",
    ["Công an xã"], DA, "Phụ lục 01.II.6", "Làm sạch dữ liệu dân cư, đất đai phục vụ Đề án 06")
add("lead", "Đảng ủy xã An Phú giao ai chủ trì tổng kết năm 2026 thực hiện Nghị quyết 57?",
    f"Văn phòng Đảng ủy xã chủ trì; phối hợp: Các chi bộ trực thuộc, Ủy ban MTTQ Việt Nam xã; thời gian: Tháng 12/2026; sản phẩm: Báo cáo tổng kết (Phụ lục 01, STT 14, {NA}).",
    ["Văn phòng Đảng ủy xã"], DA, "Phụ lục 01.IV.14", "Tổng kết năm 2026, đề xuất nhiệm vụ năm 2027",
    note="Ô 'Chủ trì' của STT 13–14 là một ô gộp dọc (Văn phòng Đảng ủy xã)." )
add("lead", "chuyên mục An Phú chuyển đổi số trên loa truyền thanh xã thì đơn vị nào làm vậy ạ",
    f"Trung tâm Văn hóa - Thể thao và Truyền thanh xã thực hiện; phát 02 lần/tuần vào sáng thứ Ba và sáng thứ Sáu (mục III.1.b, {NA}).",
    ["Trung tâm Văn hóa - Thể thao và Truyền thanh xã"], DA, "III.1.b",
    "Trung tâm Văn hóa - Thể thao và Truyền thanh xã thực hiện.")
add("lead", "Ở xã An Phú, ai chịu trách nhiệm triển khai thanh toán không dùng tiền mặt tại chợ?",
    f"Phòng Kinh tế xã chủ trì; phối hợp Ban Quản lý chợ An Phú và Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh An Phú; Quý II/2026 (Phụ lục 01, STT 10, {NA}).",
    ["Phòng Kinh tế xã"], DA, "Phụ lục 01.III.10", "Triển khai thanh toán không dùng tiền mặt tại chợ An Phú")
add("lead", "Chuyên mục \"Cải cách hành chính - Vì nhân dân phục vụ\" của tỉnh Bảo Giang do cơ quan nào chủ trì?",
    f"Báo và Phát thanh, Truyền hình Bảo Giang chủ trì, phối hợp Sở Nội vụ; 10 phút/số, 02 số/tháng từ tháng 4 đến tháng 12/2026 (Điều 5 khoản 1, {NB}).",
    ["Báo và Phát thanh, Truyền hình Bảo Giang"], DB2, "Chương II.Điều 5.1",
    "Truyền hình Bảo Giang chủ trì, phối hợp Sở Nội vụ).",
    note="Tên cơ quan chủ trì bị ngắt qua trang (chân trang 'Trang 2/4' chen giữa 'Phát thanh,' và 'Truyền hình')." )
add("lead", "ai lo đăng infographic, video ngắn hướng dẫn dịch vụ công trên Facebook và Zalo OA của tỉnh Bảo Giang?",
    f"Sở Khoa học và Công nghệ, hằng tuần (Điều 5 khoản 3, {NB}).",
    ["Sở Khoa học và Công nghệ"], DB2, "Chương II.Điều 5.3", "hằng tuần (Sở Khoa học và Công nghệ).")
add("lead", "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh Bảo Giang với người dân, doanh nghiệp năm 2026 do ai chủ trì?",
    f"Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Nội vụ, Sở Tư pháp; tổ chức trong tháng 11/2026 (Điều 6 khoản 5, {NB}).",
    ["Văn phòng Ủy ban nhân dân tỉnh"], DB2, "Chương II.Điều 6.5",
    "(Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Nội vụ, Sở Tư pháp).")
add("lead", "Khảo sát chi phí không chính thức và thời gian làm TTHC với doanh nghiệp ở Thạch Lâm, cơ quan nào chủ trì tham mưu?",
    f"Thanh tra tỉnh chủ trì tham mưu; phối hợp: Sở Nội vụ, Hiệp hội Doanh nghiệp tỉnh; thời gian: Quý II/2026 (Bảng 2, TT 6, {NC}).",
    ["Thanh tra tỉnh"], DC, "III.2.6",
    "Khảo sát chi phí không chính thức và thời gian thực hiện TTHC đối với doanh nghiệp",
    note="Dòng TT 6 của Bảng 2 (nhóm NĂM 2026); Bảng 2 nằm dưới mục III.2.")
add("lead", "Diễn đàn \"Cà phê doanh nhân Thạch Lâm\" ai tổ chức?",
    f"Hiệp hội Doanh nghiệp tỉnh chủ trì, Sở Tài chính phối hợp; tổ chức hằng quý, trong năm 2027 (Bảng 2, TT 11, {NC}).",
    ["Hiệp hội Doanh nghiệp tỉnh"], DC, "III.2.11", "Tổ chức Diễn đàn \"Cà phê doanh nhân Thạch Lâm\" hằng quý")
add("lead", "Trong Ban Chỉ đạo PCI tỉnh Thạch Lâm, ai theo dõi chỉ số tiếp cận đất đai?",
    f"Lê Thị Mai Anh, Giám đốc Sở Nông nghiệp và Môi trường, thành viên Ban Chỉ đạo (Bảng 3, TT 3, {NC}).",
    ["Lê Thị Mai Anh"], DC, "IV.3", "Lê Thị Mai Anh",
    note="Dòng TT 3 của Bảng 3 (mục IV); Bảng 3 bắt đầu ở trang 3 sau tiêu đề bảng ở cuối trang 2.")
add("lead", "Chỉ số chi phí không chính thức do thành viên nào của Ban Chỉ đạo Thạch Lâm phụ trách theo dõi?",
    f"Nguyễn Văn Sơn, Chánh Thanh tra tỉnh, thành viên (Bảng 3, TT 5, {NC}).",
    ["Nguyễn Văn Sơn"], DC, "IV.5", "Chánh Thanh tra tỉnh, thành viên")

# ------------------------------------------------------------------ coordinators
add("coordinators", "Cuộc thi trực tuyến \"Chuyển đổi số vì cuộc sống tốt đẹp hơn\" ở xã An Phú có những đơn vị nào phối hợp?",
    f"Đoàn Thanh niên xã và Hội Liên hiệp Phụ nữ xã phối hợp; Ủy ban MTTQ Việt Nam xã chủ trì; Tháng 9 - Tháng 10/2026 (Phụ lục 01, STT 3, {NA}).",
    ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"], DA, "Phụ lục 01.I.3", "Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã")
add("coordinators", "Thanh toán không dùng tiền mặt tại chợ An Phú thì Phòng Kinh tế xã phối hợp với ai?",
    f"Ban Quản lý chợ An Phú và Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh An Phú (Phụ lục 01, STT 10, {NA}).",
    ["Ban Quản lý chợ An Phú", "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh An Phú"], DA, "Phụ lục 01.III.10",
    "Ban Quản lý chợ An Phú; Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh An Phú")
add("coordinators", "Hội thi \"Cán bộ, công chức, viên chức giỏi CCHC\" của Bảo Giang, Sở Nội vụ phối hợp với những cơ quan nào?",
    f"Sở Văn hóa, Thể thao và Du lịch và Tỉnh Đoàn; hội thi cấp tỉnh trong tháng 9/2026 (Điều 6 khoản 1, {NB}).",
    ["Sở Văn hóa, Thể thao và Du lịch", "Tỉnh Đoàn"], DB2, "Chương II.Điều 6.1",
    "(Sở Nội vụ chủ trì, phối hợp Sở Văn hóa, Thể thao và Du lịch, Tỉnh Đoàn).")
add("coordinators", "Cuộc thi trực tuyến \"Tìm hiểu CCHC tỉnh Bảo Giang năm 2026\" ai phối hợp với Sở Nội vụ?",
    f"Sở Khoa học và Công nghệ phối hợp; Sở Nội vụ chủ trì; từ 15/5/2026 đến 15/7/2026 (Điều 6 khoản 2, {NB}).",
    ["Sở Khoa học và Công nghệ"], DB2, "Chương II.Điều 6.2", "(Sở Nội vụ; phối hợp: Sở Khoa học và Công nghệ).")
add("coordinators", "Việc đánh giá DDCI năm 2025 ở Thạch Lâm, cơ quan nào phối hợp với Sở Tài chính?",
    f"Các thành viên Ban Chỉ đạo (ô 'Cơ quan phối hợp' gộp dọc cho TT 1–3); thời gian Quý IV/2025 (Bảng 2, TT 3, {NC}).",
    ["Các thành viên Ban Chỉ đạo"], DC, "III.2.3", "Đánh giá DDCI năm 2025 đối với các sở, ngành và các xã, phường",
    note="Ô 'Cơ quan phối hợp' của TT 1–3 (Bảng 2) là một ô gộp dọc; chữ chỉ in một lần, cạnh TT 2.")
add("coordinators", "Xây dựng cơ sở dữ liệu doanh nghiệp dùng chung của tỉnh Thạch Lâm có những cơ quan nào phối hợp?",
    f"Sở Tài chính và Thuế tỉnh phối hợp; Sở Khoa học và Công nghệ chủ trì; Quý II/2027 (Bảng 2, TT 12, {NC}).",
    ["Sở Tài chính", "Thuế tỉnh"], DC, "III.2.12", "Sở Tài chính; Thuế tỉnh")
add("coordinators", "Theo phần nhiệm vụ, giải pháp của kế hoạch 14-KH/ĐU, hội nghị quán triệt Nghị quyết 57 thì ai phối hợp với Ban Xây dựng Đảng?",
    f"Văn phòng Đảng ủy xã (mục III.1.a, {NA}). Phụ lục 01 (STT 2) còn ghi thêm Các chi bộ trực thuộc.",
    ["Văn phòng Đảng ủy xã"], DA, "III.1.a",
    "Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp với Văn phòng Đảng ủy xã.")

# ------------------------------------------------------------------ timing
add("timing", "Các chi bộ ở xã An Phú phải gửi chương trình hành động thực hiện Nghị quyết 57 trước ngày nào?",
    f"Trước ngày 28/02/2026, gửi về Văn phòng Đảng ủy xã (mục I.2.a, {NA}).",
    ["28/02/2026"], DA, "I.2.a", "gửi về Văn phòng Đảng ủy xã trước ngày 28/02/2026.")
add("timing", "Hạn báo cáo sơ kết 6 tháng và báo cáo năm theo Kế hoạch 14-KH/ĐU là khi nào?",
    f"Báo cáo sơ kết 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 20/11/2026; Văn phòng Đảng ủy xã tổng hợp, gửi Ban Thường vụ Tỉnh ủy (mục IV.2, {NA}).",
    ["10/6/2026", "20/11/2026"], DA, "IV.2",
    "tổng hợp báo cáo sơ kết 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 20/11/2026")
add("timing", "Quyết định 412/QĐ-UBND yêu cầu Sở Nội vụ báo cáo kết quả thực hiện cho UBND tỉnh trước ngày nào?",
    f"Trước ngày 05/12/2026 (Điều 2, {NBD}).",
    ["05/12/2026"], DB, "Điều 2", "báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 05/12/2026.",
    note="Điều 2 của Quyết định (phần đầu tệp), không phải Điều 2 của Kế hoạch kèm theo.")
add("timing", "Cuộc thi trực tuyến tìm hiểu CCHC tỉnh Bảo Giang năm 2026 diễn ra từ ngày nào đến ngày nào?",
    f"Từ ngày 15/5/2026 đến ngày 15/7/2026 (Điều 6 khoản 2, {NB}).",
    ["15/5/2026", "15/7/2026"], DB2, "Chương II.Điều 6.2", "từ ngày 15/5/2026 đến ngày 15/7/2026")
add("timing", "UBND xã, phường ở Bảo Giang phải gửi kế hoạch tuyên truyền CCHC của mình cho Sở Nội vụ trước ngày nào?",
    f"Trước ngày 31/3/2026 (Điều 8 khoản 4, {NB}).",
    ["31/3/2026"], DB2, "Chương III.Điều 8.4", "gửi Sở Nội vụ trước ngày 31/3/2026.")
add("timing", "Niêm yết mã QR tra cứu TTHC tại Bộ phận Một cửa ở Bảo Giang phải xong khi nào?",
    f"Hoàn thành trước ngày 30/6/2026; Trung tâm Phục vụ hành chính công tỉnh và UBND các xã, phường thực hiện (Điều 5 khoản 5, {NB}).",
    ["30/6/2026"], DB2, "Chương II.Điều 5.5", "hoàn thành trước ngày 30/6/2026")
add("timing", "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh Thạch Lâm với doanh nghiệp, nhà đầu tư tổ chức vào tháng mấy?",
    f"Tháng 6/2026; Sở Tài chính chủ trì, Văn phòng UBND tỉnh phối hợp (Bảng 2, TT 7, {NC}).",
    ["Tháng 6/2026"], DC, "III.2.7", "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, nhà đầu tư")
add("timing", "Thành viên Ban Chỉ đạo PCI Thạch Lâm nộp báo cáo về Sở Tài chính hạn khi nào?",
    f"Trước ngày 05 của tháng cuối quý; báo cáo năm trước ngày 30/11 (mục V.2, {NC}).",
    ["ngày 05 của tháng cuối quý", "30/11"], DC, "V.2",
    "công về Sở Tài chính trước ngày 05 của tháng cuối quý; báo cáo năm trước ngày 30/11.")

# ------------------------------------------------------------------ period
add("period", "Quý III/2026 xã An Phú phải làm xong những nhiệm vụ nào trong Phụ lục 01?",
    f"Ba nhiệm vụ: làm sạch dữ liệu dân cư, đất đai phục vụ Đề án 06 (Công an xã, STT 6); lắp điểm wifi công cộng tại nhà văn hóa 9 thôn (Phòng Kinh tế xã, STT 7 – ô thời gian gộp với STT 6); kiểm tra chuyên đề tại 04 chi bộ (Ủy ban Kiểm tra Đảng ủy xã, STT 12) ({NA}).",
    ["Công an xã", "Phòng Kinh tế xã", "Ủy ban Kiểm tra Đảng ủy xã"], [DA, DA, DA],
    ["Phụ lục 01.II.6", "Phụ lục 01.II.7", "Phụ lục 01.IV.12"],
    ["Làm sạch dữ liệu dân cư, đất đai phục vụ Đề án 06", "Lắp đặt điểm phát wifi công cộng miễn phí tại nhà văn hóa 9 thôn",
     "Kiểm tra chuyên đề việc thực hiện Nghị quyết 57 tại 04 chi bộ"],
    note="Ô 'Thời gian hoàn thành' của STT 6–7 là một ô gộp dọc (Quý III/2026). STT 3 (Tháng 9 - Tháng 10/2026) chỉ bắt đầu trong quý III, không tính là hoàn thành trong quý.")
add("period", "Tháng 11/2026 ở xã An Phú có việc gì theo kế hoạch thực hiện Nghị quyết 57?",
    f"Khảo sát mức độ hài lòng của người dân đối với dịch vụ công trực tuyến của xã (Trung tâm Phục vụ hành chính công xã, Tháng 11/2026, Phụ lục 01 STT 11) và hạn báo cáo năm trước ngày 20/11/2026 (mục IV.2) ({NA}).",
    ["Trung tâm Phục vụ hành chính công xã", "20/11/2026"], [DA, DA], ["Phụ lục 01.III.11", "IV.2"],
    ["Khảo sát mức độ hài lòng của người dân đối với dịch vụ công trực tuyến của xã",
     "báo cáo năm trước ngày 20/11/2026"])
add("period", "Trong quý II/2026 kế hoạch tuyên truyền CCHC của Bảo Giang có những việc gì?",
    f"In, phát hành 20.000 tờ gấp (Sở Nội vụ chủ trì, phối hợp Trung tâm Phục vụ hành chính công tỉnh, Điều 5 khoản 4) và mở 02 lớp tập huấn kỹ năng tuyên truyền CCHC cho tuyên truyền viên cấp xã (Sở Nội vụ, Điều 6 khoản 6); ngoài ra niêm yết mã QR phải xong trước 30/6/2026 (Điều 5 khoản 5) ({NB}).",
    ["20.000 tờ gấp", "02 lớp tập huấn"], [DB2, DB2, DB2],
    ["Chương II.Điều 5.4", "Chương II.Điều 6.6", "Chương II.Điều 5.5"],
    ["hoàn thành trong Quý II/2026 (Sở Nội vụ chủ trì, phối hợp Trung tâm Phục vụ hành chính công tỉnh).",
     "Mở 02 lớp tập huấn kỹ năng tuyên truyền CCHC cho tuyên truyền viên cấp xã trong Quý II/2026 (Sở Nội vụ).",
     "hoàn thành trước ngày 30/6/2026"],
    note="Cuộc thi trực tuyến (Điều 6.2, 15/5–15/7/2026) bắt đầu trong quý II nhưng kéo sang quý III; câu trả lời có thể nêu thêm.")
add("period", "Tháng 11/2026 tỉnh Bảo Giang có hoạt động hay hạn nào trong kế hoạch tuyên truyền CCHC?",
    f"Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với người dân, doanh nghiệp trong tháng 11/2026 (Văn phòng UBND tỉnh chủ trì, Điều 6 khoản 5) và hạn gửi báo cáo năm cho Sở Nội vụ trước ngày 20/11/2026 (Điều 9 khoản 2) ({NB}).",
    ["tháng 11/2026", "20/11/2026"], [DB2, DB2], ["Chương II.Điều 6.5", "Chương III.Điều 9.2"],
    ["(Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Nội vụ, Sở Tư",
     "Báo cáo năm gửi Sở Nội vụ trước ngày 20/11/2026"])
add("period", "Quý IV/2025 Ban Chỉ đạo PCI Thạch Lâm có những hoạt động gì?",
    f"Ba hoạt động: đánh giá DDCI năm 2025 (Sở Tài chính, Quý IV/2025, TT 3); tọa đàm \"Tiếp cận đất đai cho doanh nghiệp nhỏ và vừa\" (Sở Nông nghiệp và Môi trường, Tháng 10/2025, TT 4); sơ kết hoạt động năm 2025 (Sở Tài chính, Tháng 12/2025, TT 5) (Bảng 2, {NC}).",
    ["Đánh giá DDCI năm 2025", "Tháng 10/2025", "Tháng 12/2025"], [DC, DC, DC], ["III.2.3", "III.2.4", "III.2.5"],
    ["Đánh giá DDCI năm 2025 đối với các sở, ngành và các xã, phường",
     "Tọa đàm \"Tiếp cận đất đai cho doanh nghiệp nhỏ và vừa\"", "Sơ kết hoạt động năm 2025 của Ban Chỉ đạo"],
    note="Tháng 10 và tháng 12 tính vào quý IV.")

# ------------------------------------------------------------------ count
add("count", "Phụ lục 01 của kế hoạch 14-KH/ĐU có tất cả bao nhiêu nhiệm vụ?",
    f"14 nhiệm vụ, chia 4 nhóm: I (4), II (3), III (4), IV (3); các dòng nhóm I–IV không phải nhiệm vụ (Phụ lục 01, {NA}).",
    ["14 nhiệm vụ"], DA, "Phụ lục 01", "DANH MỤC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN NGHỊ QUYẾT 57 NĂM 2026")
add("count", "Điều 6 của kế hoạch tuyên truyền CCHC Bảo Giang liệt kê bao nhiêu hoạt động?",
    f"7 hoạt động (khoản 1–7, Điều 6, {NB}).",
    ["7 hoạt động"], DB2, "Chương II.Điều 6", "Điều 6. Tuyên truyền trực tiếp và các hoạt động hưởng ứng")
add("count", "kế hoạch tuyên truyền CCHC 2026 của Bảo Giang giao tổng cộng bao nhiêu việc cụ thể có đơn vị thực hiện ghi trong ngoặc?",
    f"12 việc: 5 ở Điều 5 và 7 ở Điều 6 ({NB}).",
    ["12"], [DB2, DB2], ["Chương II.Điều 5", "Chương II.Điều 6"],
    ["Điều 5. Tuyên truyền trên báo chí, cổng thông tin và mạng xã hội",
     "Điều 6. Tuyên truyền trực tiếp và các hoạt động hưởng ứng"])
add("count", "Năm 2026 Ban Chỉ đạo PCI Thạch Lâm có mấy hoạt động trong lịch?",
    f"5 hoạt động (TT 6–10, nhóm NĂM 2026 của Bảng 2, {NC}).",
    ["5 hoạt động"], DC, "III.2", "Lịch hoạt động của Ban Chỉ đạo giai đoạn 2025 - 2027 tại Bảng 2:")
add("count", "Bao nhiêu thành viên Ban Chỉ đạo Thạch Lâm được phân công theo dõi chỉ số thành phần PCI?",
    f"8 thành viên (Bảng 3, TT 1–8) theo dõi 10 chỉ số thành phần (có người theo dõi 2 chỉ số) (mục IV, {NC}).",
    ["8 thành viên"], DC, "IV", "Mỗi chỉ số thành phần PCI do một thành viên Ban Chỉ đạo theo dõi, chịu trách nhiệm")

# ------------------------------------------------------------------ fact
add("fact", "Kế hoạch thực hiện Nghị quyết 57 của xã An Phú số mấy, ngày nào, của cơ quan nào?",
    "Số 14-KH/ĐU, ngày 20 tháng 01 năm 2026, của Ban Thường vụ Đảng ủy xã An Phú (Đảng bộ tỉnh Trà Giang).",
    ["14-KH/ĐU", "20 tháng 01 năm 2026"], DA, "header", "Số 14-KH/ĐU")
add("fact", "Ai ký kế hoạch 14-KH/ĐU của Đảng ủy xã An Phú?",
    f"Đồng chí Trần Minh Khoa, Phó Bí thư Thường trực, ký thay mặt (T/M) Ban Thường vụ ({NA}).",
    ["Trần Minh Khoa"], DA, "signature", "Trần Minh Khoa")
add("fact", "Kế hoạch tuyên truyền cải cách hành chính tỉnh Bảo Giang năm 2026 số mấy, ngày nào, do cơ quan nào ban hành?",
    "Kế hoạch không có số riêng: là Phụ lục ban hành kèm theo Quyết định số 412/QĐ-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh Bảo Giang.",
    ["412/QĐ-UBND", "05/3/2026"], DB2, "header",
    "(Kèm theo Quyết định số 412/QĐ-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh Bảo Giang)")
add("fact", "Ai ký Quyết định ban hành kế hoạch tuyên truyền CCHC 2026 của Bảo Giang?",
    f"Bà Đỗ Thị Thu Hà, Phó Chủ tịch, ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. Chủ tịch) ({NBD}).",
    ["Đỗ Thị Thu Hà"], DB, "signature", "Đỗ Thị Thu Hà")
add("fact", "Kế hoạch hoạt động của Ban Chỉ đạo PCI Thạch Lâm số mấy, ban hành ngày nào?",
    "Số 03/KH-BCĐ, ngày 14 tháng 4 năm 2025, của Ban Chỉ đạo cải thiện môi trường đầu tư kinh doanh (UBND tỉnh Thạch Lâm); giai đoạn 2025 - 2027.",
    ["03/KH-BCĐ", "14 tháng 4 năm 2025"], DC, "header", "Số: 03/KH-BCĐ")
add("fact", "Ban Chỉ đạo PCI tỉnh Thạch Lâm được kiện toàn theo quyết định nào?",
    f"Quyết định số 156/QĐ-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh ({NC}, phần căn cứ).",
    ["156/QĐ-UBND", "20/02/2025"], DC, "preamble", "Căn cứ Quyết định số 156/QĐ-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh")
add("fact", "QĐ 412 của Bảo Giang được ban hành theo đề nghị của ai, tờ trình số mấy?",
    f"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 58/TTr-SNV ngày 26 tháng 02 năm 2026 ({NBD}).",
    ["58/TTr-SNV"], DB, "preamble", "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 58/TTr-SNV")
add("fact", "Kế hoạch của Đảng ủy xã An Phú căn cứ kế hoạch nào của Tỉnh ủy Trà Giang?",
    "Kế hoạch số 86-KH/TU, ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy Trà Giang về thực hiện Nghị quyết 57 năm 2026.",
    ["86-KH/TU", "15/12/2025"], DA, "preamble", "Kế hoạch số 86-KH/TU, ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy Trà Giang")
add("fact", "Quyết định 412/QĐ-UBND có hiệu lực từ khi nào?",
    f"Có hiệu lực kể từ ngày ký (Điều 3, {NBD}).",
    ["kể từ ngày ký"], DB, "Điều 3", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
add("fact", "Tổ giúp việc Ban Chỉ đạo cải thiện môi trường đầu tư kinh doanh Thạch Lâm đặt ở đâu?",
    f"Đặt tại Sở Tài chính (mục III.1, {NC}).",
    ["Sở Tài chính"], DC, "III.1", "Tổ giúp việc Ban Chỉ đạo đặt tại Sở Tài chính.")
add("fact", "Xã An Phú thí điểm chi bộ thông minh ở những thôn nào?",
    f"03 chi bộ tại các thôn Phú Hòa, Phú Mỹ và Bình Tây (mục II.6, {NA}).",
    ["Phú Hòa, Phú Mỹ và Bình Tây"], DA, "II.6",
    "Xây dựng thí điểm 03 chi bộ thông minh tại các thôn Phú Hòa, Phú Mỹ và Bình Tây.")

# ------------------------------------------------------------------ figure
add("figure", "Mục tiêu tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình của xã An Phú năm 2026 là bao nhiêu?",
    f"Từ 65% trở lên (mục II.2, {NA}).",
    ["65%"], DA, "II.2", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình tại xã đạt từ 65% trở lên.")
add("figure", "Tổng kinh phí dự kiến thực hiện kế hoạch 14-KH/ĐU là bao nhiêu?",
    f"420.000.000 đồng, từ ngân sách xã năm 2026 và lồng ghép các chương trình mục tiêu (mục IV.4, {NA}).",
    ["420.000.000 đồng"], DA, "IV.4", "tổng kinh phí dự kiến 420.000.000 đồng.")
add("figure", "Sở Nội vụ Bảo Giang được giao bao nhiêu tiền cho kế hoạch tuyên truyền CCHC 2026?",
    f"650.000.000 đồng (Sáu trăm năm mươi triệu đồng) trong dự toán năm 2026 (Điều 7, {NB}).",
    ["650.000.000 đồng"], DB2, "Chương III.Điều 7", "giao Sở Nội vụ là 650.000.000 đồng (Sáu trăm năm mươi triệu đồng)")
add("figure", "Chỉ tiêu SIPAS năm 2026 của tỉnh Bảo Giang là bao nhiêu phần trăm?",
    f"Đạt từ 85% trở lên (Điều 3 khoản 2, {NB}).",
    ["85%"], DB2, "Chương I.Điều 3.2", "nhà nước (SIPAS) đạt từ 85% trở lên.")
add("figure", "Thạch Lâm đặt mục tiêu điểm PCI năm 2026 là bao nhiêu, năm 2024 được bao nhiêu điểm?",
    f"Năm 2026: ≥ 67,0 điểm; năm 2024 (thực hiện): 64,38 điểm (Bảng 1, mục II, {NC}).",
    ["67,0", "64,38"], DC, "II", "Điểm tổng hợp PCI")
add("figure", "Đến 2027 tỷ lệ hồ sơ đầu tư, đất đai giải quyết đúng hạn ở Thạch Lâm phải đạt bao nhiêu?",
    f"98% (năm 2027; 2025: 95%, 2026: 97%, thực hiện 2024: 91%) (Bảng 1, mục II, {NC}).",
    ["98%"], DC, "II", "Tỷ lệ hồ sơ TTHC lĩnh vực đầu tư, đất đai giải quyết đúng hạn")
add("figure", "Bảo Giang in bao nhiêu tờ gấp hướng dẫn nộp hồ sơ trực tuyến?",
    f"20.000 tờ gấp, hoàn thành trong Quý II/2026, Sở Nội vụ chủ trì (Điều 5 khoản 4, {NB}).",
    ["20.000 tờ gấp"], DB2, "Chương II.Điều 5.4", "4. In, phát hành 20.000 tờ gấp hướng dẫn nộp hồ sơ trực tuyến")
add("figure", "Mỗi năm Ban Chỉ đạo PCI Thạch Lâm có kinh phí hoạt động bao nhiêu?",
    f"300 triệu đồng mỗi năm, bố trí trong dự toán của Sở Tài chính (mục V.3, {NC}).",
    ["300 triệu đồng"], DC, "V.3", "bố trí trong dự toán của Sở Tài chính, mỗi năm 300 triệu đồng.")

# ------------------------------------------------------------------ abbreviation / definitions
add("abbreviation", "Tổ CNSCĐ trong kế hoạch của Đảng ủy xã An Phú là gì?",
    f"Tổ công nghệ số cộng đồng; mục tiêu 100% thôn có Tổ CNSCĐ hoạt động thường xuyên (mục II.4, {NA}).",
    ["Tổ công nghệ số cộng đồng"], DA, "II.4", "Tổ công nghệ số cộng đồng (sau đây gọi là Tổ CNSCĐ)")
add("abbreviation", "\"Chi bộ thông minh\" được hiểu thế nào trong kế hoạch 14-KH/ĐU?",
    f"Là chi bộ sử dụng sổ tay đảng viên điện tử, sinh hoạt bằng tài liệu số và quản lý hồ sơ đảng viên trên phần mềm (mục II.6, {NA}).",
    ["sổ tay đảng viên điện tử"], DA, "II.6",
    "Chi bộ thông minh là chi bộ sử dụng sổ tay đảng viên điện tử, sinh hoạt bằng tài liệu số và quản lý hồ sơ đảng viên trên phần mềm.")
add("abbreviation", "DDCI trong kế hoạch tuyên truyền CCHC Bảo Giang là viết tắt của gì?",
    f"Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (Điều 6 khoản 7, {NB}).",
    ["Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương"], DB2, "Chương II.Điều 6.7",
    "Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (sau đây gọi tắt là DDCI)")
add("abbreviation", "PCI là chỉ số gì, ai công bố? (theo kế hoạch của BCĐ Thạch Lâm)",
    f"Chỉ số năng lực cạnh tranh cấp tỉnh, do Liên đoàn Thương mại và Công nghiệp Việt Nam khảo sát, công bố hằng năm; gồm 10 chỉ số thành phần (chú thích ¹ ở phần căn cứ, {NC}).",
    ["Chỉ số năng lực cạnh tranh cấp tỉnh", "Liên đoàn Thương mại và Công nghiệp Việt Nam"], DC, "preamble",
    "PCI: Chỉ số năng lực cạnh tranh cấp tỉnh, do Liên đoàn Thương mại và Công nghiệp Việt Nam khảo sát, công bố hằng năm",
    note="Định nghĩa nằm ở chú thích cuối trang 1, gọi từ phần căn cứ.")
add("abbreviation", "Tuyên truyền viên CCHC là ai theo kế hoạch của Bảo Giang?",
    f"Là công chức, viên chức được thủ trưởng cơ quan, đơn vị cử làm đầu mối cung cấp thông tin, tin bài và hướng dẫn người dân thực hiện thủ tục hành chính; mỗi cơ quan, đơn vị cử 01 người (Điều 2 khoản 2, {NB}).",
    ["công chức, viên chức"], DB2, "Chương I.Điều 2.2",
    "Tuyên truyền viên CCHC là công chức, viên chức được thủ trưởng cơ quan, đơn vị cử làm đầu mối cung cấp thông tin")
add("abbreviation", "\"Nghị quyết 57\" trong kế hoạch của xã An Phú là nghị quyết nào?",
    "Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (phần mở đầu).",
    ["57-NQ/TW", "22/12/2024"], DA, "preamble",
    "chuyển đổi số quốc gia (sau đây viết tắt là Nghị quyết 57)")

# ------------------------------------------------------------------ frequency
add("frequency", "Chuyên mục chuyển đổi số trên hệ thống truyền thanh xã An Phú phát mấy lần một tuần, vào hôm nào?",
    f"02 lần/tuần, vào sáng thứ Ba và sáng thứ Sáu (mục III.1.b, {NA}).",
    ["02 lần/tuần"], DA, "III.1.b", "phát 02 lần/tuần vào sáng thứ Ba và sáng thứ Sáu")
add("frequency", "Chuyên mục CCHC trên Báo và Phát thanh, Truyền hình Bảo Giang dài bao lâu, phát mấy số?",
    f"10 phút/số, phát sóng 02 số/tháng, từ tháng 4 đến tháng 12/2026 (Điều 5 khoản 1, {NB}).",
    ["10 phút/số", "02 số/tháng"], DB2, "Chương II.Điều 5.1", "phát sóng 02 số/tháng từ tháng 4 đến tháng 12/2026")
add("frequency", "Ban Chỉ đạo PCI Thạch Lâm họp định kỳ bao lâu một lần?",
    f"01 lần/quý, vào tuần đầu của tháng cuối quý; họp bất thường khi Trưởng ban triệu tập (mục III.1, {NC}).",
    ["01 lần/quý"], DC, "III.1", "Ban Chỉ đạo họp định kỳ 01 lần/quý vào tuần đầu của tháng cuối quý")
add("frequency", "Cổng thông tin điện tử tỉnh Bảo Giang phải đăng ít nhất bao nhiêu tin, bài CCHC mỗi tháng? địa chỉ cổng là gì?",
    f"Tối thiểu 04 tin, bài/tháng, tại https://baogiang.gov.vn; Văn phòng UBND tỉnh thực hiện (Điều 5 khoản 2, {NB}).",
    ["04 tin, bài/tháng", "https://baogiang.gov.vn"], DB2, "Chương II.Điều 5.2", "tối thiểu 04 tin, bài/tháng (Văn phòng Ủy ban nhân dân")
add("frequency", "Chi bộ ở xã An Phú phải đưa chuyển đổi số vào sinh hoạt chi bộ bao lâu một lần?",
    f"Ít nhất 01 lần/quý; các chi bộ trực thuộc thực hiện (mục III.1.c, {NA}).",
    ["01 lần/quý"], DA, "III.1.c", "Đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần/quý")

# ------------------------------------------------------------------ comparison
add("comparison", "Kế hoạch của Đảng ủy xã An Phú và kế hoạch tuyên truyền CCHC của Bảo Giang, cái nào kinh phí lớn hơn, chênh bao nhiêu?",
    f"Kế hoạch của Bảo Giang lớn hơn: 650.000.000 đồng (Điều 7, {NB}) so với 420.000.000 đồng dự kiến của xã An Phú (mục IV.4, {NA}); chênh 230.000.000 đồng.",
    ["650.000.000 đồng", "420.000.000 đồng"], [DB2, DA], ["Chương III.Điều 7", "IV.4"],
    ["giao Sở Nội vụ là 650.000.000 đồng", "tổng kinh phí dự kiến 420.000.000 đồng."])
add("comparison", "Người ký kế hoạch của xã An Phú và kế hoạch của Ban Chỉ đạo PCI Thạch Lâm là ai, ký với cương vị gì?",
    f"An Phú: Trần Minh Khoa, Phó Bí thư Thường trực, T/M Ban Thường vụ ({NA}). Thạch Lâm: Hồ Văn Lâm, Trưởng ban, Phó Chủ tịch UBND tỉnh, TM. Ban Chỉ đạo ({NC}).",
    ["Trần Minh Khoa", "Hồ Văn Lâm"], [DA, DC], ["signature", "signature"], ["Trần Minh Khoa", "Hồ Văn Lâm"])
add("comparison", "Hội nghị đối thoại của Chủ tịch UBND tỉnh ở Bảo Giang và ở Thạch Lâm: khác nhau về thời gian và cơ quan chủ trì thế nào?",
    f"Bảo Giang: tháng 11/2026, Văn phòng Ủy ban nhân dân tỉnh chủ trì, đối thoại với người dân, doanh nghiệp (Điều 6 khoản 5, {NB}). Thạch Lâm: Tháng 6/2026, Sở Tài chính chủ trì, đối thoại với doanh nghiệp, nhà đầu tư (Bảng 2, TT 7, {NC}).",
    ["tháng 11/2026", "Tháng 6/2026", "Sở Tài chính"], [DB2, DC], ["Chương II.Điều 6.5", "III.2.7"],
    ["(Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Nội vụ, Sở Tư",
     "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, nhà đầu tư"])
add("comparison", "Hạn báo cáo trong Quyết định 412 và trong kế hoạch kèm theo có giống nhau không?",
    f"Không: Quyết định (Điều 2) giao Sở Nội vụ báo cáo UBND tỉnh trước ngày 05/12/2026; Kế hoạch kèm theo (Điều 9) yêu cầu các cơ quan, đơn vị gửi báo cáo năm cho Sở Nội vụ trước ngày 20/11/2026 và báo cáo quý trước ngày 15 của tháng cuối quý.",
    ["05/12/2026", "20/11/2026"], [DB, DB2], ["Điều 2", "Chương III.Điều 9.2"],
    ["báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 05/12/2026.",
     "Báo cáo năm gửi Sở Nội vụ trước ngày 20/11/2026"])
add("comparison", "So sánh nhịp báo cáo của kế hoạch xã An Phú với kế hoạch Ban Chỉ đạo PCI Thạch Lâm.",
    f"An Phú báo cáo 6 tháng và năm: sơ kết 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 20/11/2026 (mục IV.2, {NA}). Thạch Lâm báo cáo theo quý: thành viên gửi Sở Tài chính trước ngày 05 của tháng cuối quý, báo cáo năm trước ngày 30/11 (mục V.2, {NC}).",
    ["10/6/2026", "ngày 05 của tháng cuối quý"], [DA, DC], ["IV.2", "V.2"],
    ["tổng hợp báo cáo sơ kết 6 tháng trước ngày 10/6/2026",
     "trước ngày 05 của tháng cuối quý; báo cáo năm trước ngày 30/11."])
add("comparison", "DDCI xuất hiện trong kế hoạch Bảo Giang và kế hoạch Thạch Lâm như thế nào?",
    f"Bảo Giang: tuyên truyền kết quả DDCI năm 2025 đến doanh nghiệp trong Quý IV/2026, Sở Tài chính thực hiện (Điều 6 khoản 7, {NB}). Thạch Lâm: đánh giá DDCI năm 2025 trong Quý IV/2025 và DDCI năm 2026 trong Quý IV/2026, Sở Tài chính chủ trì (Bảng 2, TT 3 và TT 10, {NC}).",
    ["Quý IV/2026", "Quý IV/2025"], [DB2, DC, DC], ["Chương II.Điều 6.7", "III.2.3", "III.2.10"],
    ["(sau đây gọi tắt là DDCI) năm 2025 đến cộng đồng doanh nghiệp trong Quý",
     "Đánh giá DDCI năm 2025 đối với các sở, ngành và các xã, phường", "Đánh giá DDCI năm 2026"])

# ------------------------------------------------------------------ no diacritics
add("no_diacritics", "so hoa ho so dang vien o xa an phu khi nao xong, ai lam",
    f"Văn phòng Đảng ủy xã chủ trì, phối hợp Các chi bộ trực thuộc; hoàn thành Quý II/2026 (Phụ lục 01, STT 5, {NA}).",
    ["Văn phòng Đảng ủy xã", "Quý II/2026"], DA, "Phụ lục 01.II.5", "Số hóa hồ sơ đảng viên, cập nhật cơ sở dữ liệu đảng viên")
add("no_diacritics", "lop tap huan ky nang tuyen truyen cchc cho cap xa o bao giang mo may lop, ai to chuc",
    f"02 lớp, trong Quý II/2026, do Sở Nội vụ (Điều 6 khoản 6, {NB}).",
    ["02 lớp", "Sở Nội vụ"], DB2, "Chương II.Điều 6.6",
    "Mở 02 lớp tập huấn kỹ năng tuyên truyền CCHC cho tuyên truyền viên cấp xã trong Quý II/2026 (Sở Nội vụ).")
add("no_diacritics", "ai theo doi chi so tinh minh bach trong ban chi dao pci thach lam",
    f"Đặng Thu Trang, Chánh Văn phòng UBND tỉnh, thành viên (Bảng 3, TT 6, {NC}).",
    ["Đặng Thu Trang"], DC, "IV.6", "Đặng Thu Trang")
add("no_diacritics", "wifi cong cong o nha van hoa thon xa an phu bao gio lap xong",
    f"Quý III/2026 (ô thời gian gộp với STT 6); Phòng Kinh tế xã chủ trì, Viễn thông Trà Giang phối hợp; sản phẩm 09 điểm wifi (Phụ lục 01, STT 7, {NA}).",
    ["Quý III/2026", "Phòng Kinh tế xã"], DA, "Phụ lục 01.II.7", "Lắp đặt điểm phát wifi công cộng miễn phí tại nhà văn hóa 9 thôn",
    note=MERGE_NOTE + " (Ô 'Thời gian hoàn thành' STT 6–7.)")

# ------------------------------------------------------------------ english
add("english", "Who heads the Thạch Lâm PCI steering committee and which sub-indices does he personally follow?",
    f"Hồ Văn Lâm, Phó Chủ tịch UBND tỉnh, Trưởng ban; he covers \"Chỉ đạo chung; Tính năng động của chính quyền tỉnh\" (Bảng 3, TT 1, {NC}).",
    ["Hồ Văn Lâm", "Tính năng động của chính quyền tỉnh"], DC, "IV.1", "Chỉ đạo chung; Tính năng động của chính quyền tỉnh")
add("english", "What is Bảo Giang's 2026 target for the share of administrative procedure files submitted online?",
    f"At least 70% of all files received (\"đạt từ 70% trở lên\") (Điều 3 khoản 3, {NB}).",
    ["70%"], DB2, "Chương I.Điều 3.3", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ 70% trở lên")

# ------------------------------------------------------------------ unanswerable
unans("Số điện thoại đường dây nóng của Trung tâm Phục vụ hành chính công xã An Phú là bao nhiêu?",
      "Kế hoạch 14-KH/ĐU không nêu số điện thoại nào; chỉ nói Trung tâm bố trí 02 máy tính và 01 công chức hướng dẫn người dân.",
      note="Bẫy gần: mục III.3.a nói về Trung tâm nhưng không có số điện thoại.")
unans("Kế hoạch tuyên truyền CCHC năm 2027 của tỉnh Bảo Giang giao ai làm chuyên mục trên truyền hình?",
      "Các tài liệu chỉ có kế hoạch năm 2026 của Bảo Giang; không có kế hoạch năm 2027.")
unans("Năm 2024 tỉnh Thạch Lâm xếp thứ mấy trên cả nước về PCI?",
      "Kế hoạch chỉ ghi điểm 64,38 và xếp 'Nhóm trung bình' năm 2024, không nêu thứ hạng cụ thể.",
      note="Bẫy gần: Bảng 1 có dòng 'Xếp hạng PCI' nhưng chỉ ghi nhóm.")
unans("Chuyên mục CCHC trên truyền hình Bảo Giang phát lần đầu lúc mấy giờ?",
      "Kế hoạch không nêu giờ phát sóng lần đầu; chỉ nói ưu tiên phát lại vào 19 giờ 45 phút ngày thứ Bảy.",
      note="Bẫy gần: Điều 8 khoản 3 có giờ phát lại, không phải giờ phát lần đầu.")
unans("Mỗi Tổ công nghệ số cộng đồng ở xã An Phú được cấp bao nhiêu tiền?",
      "Kế hoạch chỉ nêu tổng kinh phí dự kiến 420.000.000 đồng, không chia cho từng tổ.")
unans("Email liên hệ của Tổ giúp việc Ban Chỉ đạo PCI Thạch Lâm là gì?",
      "Kế hoạch không nêu email hay đầu mối liên hệ; chỉ nói Tổ giúp việc đặt tại Sở Tài chính.")
unans("Hội thi cán bộ, công chức, viên chức giỏi CCHC của Bảo Giang tổ chức ở địa điểm nào?",
      "Kế hoạch chỉ nêu thời gian (tháng 9/2026) và cơ quan chủ trì, phối hợp; không nêu địa điểm.")


def main():
    path = os.path.join(HERE, "qa.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(unicodedata.normalize("NFC", json.dumps(it, ensure_ascii=False)) + "\n")
    print(len(items), "items ->", path)


if __name__ == "__main__":
    main()
