# -*- coding: utf-8 -*-
"""Build the three fictional documents of the sealed layouts split v13 into corpus/.

    /work/main/.venv/bin/python make.py

Everything is invented (tỉnh Vân Thạch, its phường and xã, all people, numbers, dates, phone numbers). Each document
is held as a small model: a list of blocks, every block carrying the gold section path of its text (used by
check_layouts.py; no project parser is involved). Output is byte-identical on rerun.

  A  2026-chu-tich-ubnd-van-thach-qd-287-cong-bo-chi-so-cchc-2025.docx
        Quyết định công bố kết quả xác định Chỉ số CCHC năm 2025 (tab-stop letterhead; Điều/khoản with "+" bullets
        and inline "Chủ trì: …; phối hợp: …; thời hạn: …" fields; after the signature Phụ lục I, a ranking table
        with a two-row header merged over three columns, and Phụ lục II, a points-per-criterion table with group
        rows PHƯỜNG / XÃ, a two-row header merged over seven columns and a legend)
  B  2026-ubnd-tinh-van-thach-ke-hoach-74-khao-sat-hai-long.pdf
        Kế hoạch khảo sát sự hài lòng của người dân, tổ chức (SIPAS) năm 2026 (stacked letterhead; decimal
        numbering 1./1.1./1.1.1.; "•" bullets; steps with inline fields; a sample-allocation table with group rows
        A/B running over two pages with its header repeated; footer "Trang x/y")
  C  2026-ubnd-tinh-van-thach-bao-cao-193-tra-loi-kien-nghi-cu-tri-cchc-cds.md
        Báo cáo trả lời kiến nghị của cử tri về CCHC, CĐS (Markdown, hard-wrapped; "Kính gửi"; Phần I-III with
        1./1.1. petitions, each with "Trả lời:" and an inline "Cơ quan tham mưu: …; tình trạng: …" line; "+"
        bullets; an appendix pipe table after the signature; NFD paragraphs and non-breaking spaces)
"""
import datetime
import io
import os
import textwrap
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2026-chu-tich-ubnd-van-thach-qd-287-cong-bo-chi-so-cchc-2025.docx"
DOC_B = "2026-ubnd-tinh-van-thach-ke-hoach-74-khao-sat-hai-long.pdf"
DOC_C = "2026-ubnd-tinh-van-thach-bao-cao-193-tra-loi-kien-nghi-cu-tri-cchc-cds.md"

# Block kinds:
#   ("p", section, text, fmt)        paragraph; fmt letters: b bold, i italic, c centre, d bullet ("+" in A and C,
#                                    "•" in B), h heading line, n NFD (C only)
#   ("lh", zone, pairs)              A: tab-stop letterhead, pairs of (left, right) per line
#   ("slh", zone, top, mid, left, right)   B/C: stacked letterhead (issuer lines, motto lines, number | date)
#   ("sig", left, right)             "Nơi nhận" (closing) beside/before the signature (signature)
#   ("rank", section, rows)          A Phụ lục I: rows [STT, ...] are section.<STT>
#   ("pts", section, rows)           A Phụ lục II: ("g", label, title) group rows; rows section.<label>.<STT>
#   ("alloc", section, rows, total)  B 4.2: ("g", label, title) group rows; rows section.<label>.<STT>
#   ("pipe", section, header, rows)  C appendix: rows section.<TT>; a row whose TT is "" belongs to section
P = lambda sec, text, fmt="": ("p", sec, text, fmt)
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def vn(n):
    """12345 -> '12.345'."""
    return f"{n:,}".replace(",", ".")


def c2(x):
    """9215 (hundredths) -> '92,15'."""
    return f"{x // 100},{x % 100:02d}"


# =========================================================================================================
# A. Quyết định 287/QĐ-UBND công bố kết quả Chỉ số CCHC năm 2025 (Chủ tịch UBND tỉnh, 06/02/2026)
# =========================================================================================================
# sở, ban, ngành in the official order: (name, thẩm định (hundredths, max 65), điều tra XHH (hundredths, max 35))
A_DEPTS = [
    ("Sở Nội vụ", 6010, 3065),
    ("Sở Tư pháp", 6120, 3195),
    ("Sở Tài chính", 5870, 3032),
    ("Sở Công Thương", 5795, 3018),
    ("Sở Nông nghiệp và Môi trường", 5135, 2762),
    ("Sở Xây dựng", 5580, 2933),
    ("Sở Khoa học và Công nghệ", 6085, 3140),
    ("Sở Văn hóa, Thể thao và Du lịch", 5460, 2975),
    ("Sở Giáo dục và Đào tạo", 5625, 3004),
    ("Sở Y tế", 5740, 2986),
    ("Sở Dân tộc và Tôn giáo", 5040, 2718),
    ("Ban Quản lý các khu công nghiệp tỉnh", 5410, 2847),
]
# lĩnh vực of the index for xã, phường (label, name, max points)
A_CRIT = [("1", "Công tác chỉ đạo, điều hành cải cách hành chính", 10), ("2", "Cải cách thể chế", 6),
          ("3", "Cải cách thủ tục hành chính", 14), ("4", "Cải cách tổ chức bộ máy hành chính", 7),
          ("5", "Cải cách chế độ công vụ", 10), ("6", "Cải cách tài chính công", 6),
          ("7", "Xây dựng, phát triển chính quyền điện tử, chính quyền số", 12)]
# xã, phường: (group, name, [7 lĩnh vực, hundredths], điều tra XHH (hundredths))
A_LOCS = [
    ("I", "Phường Đá Mài", [950, 560, 1325, 670, 920, 540, 1130], 3122),
    ("I", "Phường Cầu Ván", [925, 540, 1280, 650, 900, 550, 1060], 3040),
    ("I", "Phường Bãi Lau", [875, 520, 1210, 625, 860, 510, 1025], 2985),
    ("I", "Phường Dốc Cọ", [900, 550, 1240, 640, 880, 530, 1090], 3011),
    ("I", "Phường Nghè Đông", [850, 490, 1160, 600, 840, 500, 980], 2902),
    ("II", "Xã Khuổi Mận", [825, 480, 1190, 610, 830, 490, 950], 2964),
    ("II", "Xã Lũng Sươn", [750, 420, 1040, 560, 760, 450, 790], 2745),
    ("II", "Xã Phiêng Cà", [890, 530, 1270, 650, 910, 540, 1080], 3105),
    ("II", "Xã Nà Đon", [800, 460, 1120, 590, 810, 480, 870], 2890),
    ("II", "Xã Bản Lìm", [725, 400, 980, 540, 720, 430, 710], 2638),
    ("II", "Xã Cốc Mạ", [860, 510, 1220, 630, 870, 520, 1010], 3026),
    ("II", "Xã Suối Chè", [780, 450, 1090, 580, 790, 460, 830], 2812),
    ("II", "Xã Chiềng Ngần", [910, 540, 1300, 660, 930, 550, 1120], 3140),
    ("II", "Xã Nậm Mười", [770, 440, 1060, 570, 780, 470, 810], 2780),
]
A_GROUPS = [("I", "NHÓM PHƯỜNG (05 đơn vị)"), ("II", "NHÓM XÃ (09 đơn vị)")]


def grade(total):
    if total >= 9000:
        return "Xuất sắc"
    if total >= 8000:
        return "Tốt"
    if total >= 7000:
        return "Khá"
    return "Trung bình"


def a_dept_rows():
    totals = [t + x for _, t, x in A_DEPTS]
    order = sorted(range(len(totals)), key=lambda i: -totals[i])
    rank = {i: k + 1 for k, i in enumerate(order)}
    assert len(set(totals)) == len(totals)
    rows = []
    for i, (name, t, x) in enumerate(A_DEPTS):
        rows.append([str(i + 1), name, c2(t), c2(x), c2(t + x), dd(rank[i]), grade(t + x)])
    return rows, totals, order


def a_loc_rows():
    rows, info = [], {}
    for g, title in A_GROUPS:
        rows.append(("g", g, title))
        locs = [(k, l) for k, l in enumerate(A_LOCS) if l[0] == g]
        tot = {k: sum(l[2]) + l[3] for k, l in locs}
        order = sorted(tot, key=lambda k: -tot[k])
        assert len(set(tot.values())) == len(tot)
        for k, l in locs:
            for v, (_, _, mx) in zip(l[2], A_CRIT):
                assert v <= mx * 100
            r = order.index(k) + 1
            info[l[1]] = (sum(l[2]), l[3], tot[k], r, len(locs))
            rows.append([str(k + 1), l[1]] + [c2(v) for v in l[2]] + [c2(sum(l[2])), c2(l[3]), c2(tot[k]),
                                                                     dd(r)])
    return rows, info


def dd(n):
    return f"{n:02d}"


def doc_a():
    drows, totals, order = a_dept_rows()
    lrows, info = a_loc_rows()
    avg_d = sum(totals) / len(totals)
    counts = {}
    for t in totals:
        counts[grade(t)] = counts.get(grade(t), 0) + 1
    assert counts == {"Xuất sắc": 3, "Tốt": 7, "Khá": 2}, counts
    assert [A_DEPTS[i][0] for i in order[:3]] == ["Sở Tư pháp", "Sở Khoa học và Công nghệ", "Sở Nội vụ"]
    assert round(avg_d) == 8629, avg_d
    ward = [l for l in A_LOCS if l[0] == "I"]
    com = [l for l in A_LOCS if l[0] == "II"]
    avg_w = sum(info[l[1]][2] for l in ward) / len(ward)
    avg_c = sum(info[l[1]][2] for l in com) / len(com)
    assert (round(avg_w), round(avg_c)) == (8787, 8140), (avg_w, avg_c)
    assert info["Xã Bản Lìm"][3] == 9 and info["Xã Lũng Sươn"][3] == 8 and info["Xã Nậm Mười"][3] == 7
    assert info["Phường Đá Mài"][3] == 1 and info["Xã Chiềng Ngần"][3] == 1
    b = [("lh", "header", [("ỦY BAN NHÂN DÂN", MOTTO[0]), ("TỈNH VÂN THẠCH", MOTTO[1]),
                           ("Số: 287/QĐ-UBND", "Vân Thạch, ngày 06 tháng 02 năm 2026")]),
         P("header", "QUYẾT ĐỊNH", "bc"),
         P("header", "Về việc công bố kết quả xác định Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành "
                     "và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh Vân Thạch", "bc"),
         P("preamble", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VÂN THẠCH", "bc"),
         P("preamble", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "i"),
         P("preamble", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình "
                       "tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;", "i"),
         P("preamble", "Căn cứ Quyết định số 1542/QĐ-UBND ngày 18 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh ban hành "
                       "Bộ Chỉ số cải cách hành chính của các sở, ban, ngành và Ủy ban nhân dân các xã, phường sau "
                       "sắp xếp đơn vị hành chính;", "i"),
         P("preamble", "Xét kết quả thẩm định của Hội đồng thẩm định và đề nghị của Giám đốc Sở Nội vụ tại Tờ trình "
                       "số 27/TTr-SNV ngày 02 tháng 02 năm 2026.", "i"),
         P("preamble", "QUYẾT ĐỊNH:", "bc"),
         P("Điều 1", "Điều 1. Công bố kết quả xác định Chỉ số cải cách hành chính (sau đây viết tắt là Chỉ số "
                     "CCHC) năm 2025 của 12 sở, ban, ngành (Phụ lục I) và Ủy ban nhân dân 14 xã, phường (Phụ lục "
                     "II) kèm theo Quyết định này. Điểm tối đa của Chỉ số CCHC là 100 điểm, gồm 65 điểm thẩm định "
                     "và 35 điểm điều tra xã hội học."),
         P("Điều 2", "Điều 2. Kết quả xếp loại", "b"),
         P("Điều 2.1", f"1. Khối sở, ban, ngành: giá trị trung bình đạt {c2(round(avg_d))} điểm; 03 cơ quan xếp loại "
                       f"Xuất sắc, 07 cơ quan xếp loại Tốt, 02 cơ quan xếp loại Khá. Sở Tư pháp dẫn đầu với "
                       f"{c2(totals[1])} điểm; Sở Dân tộc và Tôn giáo xếp cuối với {c2(totals[10])} điểm."),
         P("Điều 2.2", f"2. Khối xã, phường: giá trị trung bình nhóm phường đạt {c2(round(avg_w))} điểm, nhóm xã đạt "
                       f"{c2(round(avg_c))} điểm. Phường Đá Mài dẫn đầu nhóm phường, xã Chiềng Ngần dẫn đầu nhóm "
                       f"xã; xã Bản Lìm xếp cuối nhóm xã với {c2(info['Xã Bản Lìm'][2])} điểm."),
         P("Điều 2.3", "3. Mức xếp loại: Xuất sắc từ 90 điểm trở lên; Tốt từ 80 đến dưới 90 điểm; Khá từ 70 đến "
                       "dưới 80 điểm; Trung bình từ 50 đến dưới 70 điểm; Yếu dưới 50 điểm."),
         P("Điều 3", "Điều 3. Tổ chức thực hiện", "b"),
         P("Điều 3.1", "1. Sở Nội vụ"),
         P("Điều 3.1", "Công khai kết quả Chỉ số CCHC năm 2025 trên Cổng thông tin điện tử tỉnh trong thời hạn 05 "
                       "ngày làm việc kể từ ngày ký Quyết định này.", "d"),
         P("Điều 3.1", "Chủ trì tổ chức khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan "
                       "hành chính nhà nước năm 2026 (sau đây viết tắt là SIPAS), hoàn thành trước ngày 30/9/2026; "
                       "kết quả SIPAS là điểm điều tra xã hội học của Chỉ số CCHC năm 2026.", "d"),
         P("Điều 3.1", "Hướng dẫn, theo dõi việc xây dựng và thực hiện kế hoạch khắc phục của các cơ quan, địa "
                       "phương nêu tại khoản 3 Điều này; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày "
                       "30/4/2026.", "d"),
         P("Điều 3.1", "Tham mưu Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho Sở Tư pháp, Phường Đá Mài và Xã "
                       "Chiềng Ngần là các đơn vị dẫn đầu năm 2025.", "d"),
         P("Điều 3.2", "2. Lắp đặt thiết bị đánh giá mức độ hài lòng tại Trung tâm Phục vụ hành chính công (sau "
                       "đây viết tắt là TTPVHCC) của 14 xã, phường. Chủ trì: Văn phòng Ủy ban nhân dân tỉnh; phối "
                       "hợp: Sở Khoa học và Công nghệ, Ủy ban nhân dân các xã, phường; thời hạn: trước ngày "
                       "30/6/2026."),
         P("Điều 3.3", "3. Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo (xếp loại Khá) và Ủy ban nhân dân "
                       "các xã Bản Lìm, Lũng Sươn, Nậm Mười (03 vị trí cuối nhóm xã)"),
         P("Điều 3.3", "Xây dựng kế hoạch khắc phục các tiêu chí bị trừ điểm, gửi Sở Nội vụ trước ngày 15/3/2026.",
           "d"),
         P("Điều 3.3", "Người đứng đầu giải trình kết quả tại phiên họp thường kỳ tháng 4/2026 của Ủy ban nhân dân "
                       "tỉnh.", "d"),
         P("Điều 3.4", "4. Hỗ trợ 03 xã cuối nhóm hoàn thiện hạ tầng số phục vụ giải quyết thủ tục hành chính. Chủ "
                       "trì: Sở Khoa học và Công nghệ; phối hợp: Ủy ban nhân dân các xã Bản Lìm, Lũng Sươn, Nậm "
                       "Mười; thời hạn: trong quý II/2026."),
         P("Điều 3.5", "5. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường quán triệt kết quả Chỉ số CCHC năm "
                       "2025 đến toàn thể cán bộ, công chức, viên chức; sử dụng kết quả làm căn cứ đánh giá, xếp "
                       "loại người đứng đầu năm 2025."),
         P("Điều 4", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký."),
         P("Điều 5", "Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, "
                     "ngành, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị liên quan chịu trách "
                     "nhiệm thi hành Quyết định này./."),
         ("sig", ["Nơi nhận:", "- Như Điều 5;", "- Bộ Nội vụ (để b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (để b/c);",
                  "- CT, các PCT UBND tỉnh;", "- Cổng TTĐT tỉnh;", "- Lưu: VT, NC."],
          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Hữu Khiêm"]),
         P("Phụ lục I", "Phụ lục I", "bc"),
         P("Phụ lục I", "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÁC SỞ, BAN, NGÀNH", "bc"),
         P("Phụ lục I", "(Kèm theo Quyết định số 287/QĐ-UBND ngày 06/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh)",
           "ic"),
         ("rank", "Phụ lục I", drows),
         P("Phụ lục I", "Ghi chú: các cơ quan được liệt kê theo thứ tự hành chính; cột Xếp hạng là vị trí của cơ "
                        "quan trong khối sở, ban, ngành.", "i"),
         P("Phụ lục II", "Phụ lục II", "bc"),
         P("Phụ lục II", "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG", "bc"),
         P("Phụ lục II", "(Kèm theo Quyết định số 287/QĐ-UBND ngày 06/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh)",
           "ic"),
         ("pts", "Phụ lục II", lrows),
         P("Phụ lục II", "Ghi chú: (1) " + "; (".join(f"{lab}) {nm} (tối đa {mx} điểm)" if lab != "1" else
                                                    f"{nm} (tối đa {mx} điểm)" for lab, nm, mx in A_CRIT)
           + "; XHH: điều tra xã hội học (tối đa 35 điểm). Xếp hạng tính riêng trong từng nhóm.", "i"),
         ]
    return b


A_DEPT_HEAD = ["STT", "Cơ quan, đơn vị", "Điểm thẩm định (tối đa 65)", "Điểm điều tra XHH (tối đa 35)",
               "Tổng điểm", "Xếp hạng", "Xếp loại"]
A_LOC_HEAD = ["STT", "Đơn vị", "1", "2", "3", "4", "5", "6", "7", "Cộng thẩm định", "XHH", "Tổng điểm",
              "Xếp hạng"]


# =========================================================================================================
# B. Kế hoạch 74/KH-UBND khảo sát sự hài lòng (SIPAS) năm 2026 (UBND tỉnh, 12/3/2026)
# =========================================================================================================
# (group, name, hồ sơ đã giải quyết năm 2025, phiếu trực tiếp, phiếu trực tuyến, đơn vị phát phiếu trực tiếp)
BUU_DIEN, DTV = "Bưu điện tỉnh", "Tổ điều tra viên Sở Nội vụ"
B_ALLOC = [
    ("A", "Sở Nội vụ", 3418, 80, 60, BUU_DIEN),
    ("A", "Sở Tư pháp", 12906, 120, 90, BUU_DIEN),
    ("A", "Sở Tài chính", 8275, 120, 90, BUU_DIEN),
    ("A", "Sở Công Thương", 6154, 100, 80, BUU_DIEN),
    ("A", "Sở Nông nghiệp và Môi trường", 15820, 150, 110, BUU_DIEN),
    ("A", "Sở Xây dựng", 4962, 100, 70, BUU_DIEN),
    ("A", "Sở Khoa học và Công nghệ", 2305, 80, 60, BUU_DIEN),
    ("A", "Sở Văn hóa, Thể thao và Du lịch", 1876, 80, 50, BUU_DIEN),
    ("A", "Sở Giáo dục và Đào tạo", 5731, 100, 70, BUU_DIEN),
    ("A", "Sở Y tế", 7408, 120, 80, BUU_DIEN),
    ("A", "Sở Dân tộc và Tôn giáo", 612, 60, 40, BUU_DIEN),
    ("A", "Ban Quản lý các khu công nghiệp tỉnh", 1249, 60, 50, BUU_DIEN),
    ("B", "Phường Đá Mài", 24615, 200, 150, BUU_DIEN),
    ("B", "Phường Cầu Ván", 18342, 180, 120, BUU_DIEN),
    ("B", "Phường Bãi Lau", 15077, 160, 110, BUU_DIEN),
    ("B", "Phường Dốc Cọ", 21509, 200, 140, BUU_DIEN),
    ("B", "Phường Nghè Đông", 12880, 150, 100, BUU_DIEN),
    ("B", "Xã Khuổi Mận", 6420, 100, 60, BUU_DIEN),
    ("B", "Xã Lũng Sươn", 3115, 150, 40, DTV),
    ("B", "Xã Phiêng Cà", 7962, 110, 70, BUU_DIEN),
    ("B", "Xã Nà Đon", 5208, 100, 60, BUU_DIEN),
    ("B", "Xã Bản Lìm", 2746, 150, 30, DTV),
    ("B", "Xã Cốc Mạ", 6893, 110, 60, BUU_DIEN),
    ("B", "Xã Suối Chè", 4531, 100, 50, BUU_DIEN),
    ("B", "Xã Chiềng Ngần", 8704, 120, 70, BUU_DIEN),
    ("B", "Xã Nậm Mười", 2983, 150, 40, DTV),
]
B_GROUPS = [("A", "CÁC SỞ, BAN, NGÀNH (hồ sơ tiếp nhận tại TTPVHCC tỉnh)"), ("B", "CÁC XÃ, PHƯỜNG")]
B_HEAD = ["STT", "Cơ quan, địa phương", "Hồ sơ đã giải quyết năm 2025", "Phiếu trực tiếp", "Phiếu trực tuyến",
          "Tổng số phiếu", "Đơn vị phát phiếu trực tiếp"]
B_PRICE_DIRECT = 55_000     # đồng/phiếu trực tiếp (in, phát, thu, nhập)
B_PRICE_ONLINE = 15_000     # đồng/phiếu trực tuyến (nhập, làm sạch)
B_TRAINING = 24_600_000
B_REPORT = 38_000_000


def b_sums():
    g = {}
    for grp, _, hs, d, o, _ in B_ALLOC:
        s = g.setdefault(grp, [0, 0, 0, 0])
        s[0] += hs
        s[1] += d
        s[2] += o
        s[3] += 1
    direct = g["A"][1] + g["B"][1]
    online = g["A"][2] + g["B"][2]
    return g, direct, online


def b_rows():
    rows = []
    for lab, title in B_GROUPS:
        rows.append(("g", lab, title))
        for k, r in enumerate(B_ALLOC):
            if r[0] == lab:
                rows.append([str(k + 1), r[1], vn(r[2]), vn(r[3]), vn(r[4]), vn(r[3] + r[4]), r[5]])
    g, direct, online = b_sums()
    total = ["", "Tổng cộng", vn(g["A"][0] + g["B"][0]), vn(direct), vn(online), vn(direct + online), ""]
    return rows, total


def doc_b():
    g, direct, online = b_sums()
    assert (g["A"][1], g["A"][2], g["B"][1], g["B"][2]) == (1170, 850, 1980, 1100), g
    cost_d, cost_o = direct * B_PRICE_DIRECT, online * B_PRICE_ONLINE
    total_cost = cost_d + cost_o + B_TRAINING + B_REPORT
    assert total_cost == 265_100_000, total_cost
    rows, total = b_rows()
    b = [("slh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH VÂN THẠCH"], MOTTO, "Số: 74/KH-UBND",
          "Vân Thạch, ngày 12 tháng 3 năm 2026"),
         P("header", "KẾ HOẠCH", "bc"),
         P("header", "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành "
                     "chính nhà nước trên địa bàn tỉnh Vân Thạch năm 2026", "bc"),
         P("preamble", "Căn cứ Quyết định số 1001/QĐ-BNV ngày 11/12/2023 của Bộ trưởng Bộ Nội vụ ban hành Phương pháp "
                       "đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai "
                       "đoạn 2023 - 2026;"),
         P("preamble", "Căn cứ Kế hoạch số 312/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh về cải cách hành "
                       "chính năm 2026;"),
         P("preamble", "Căn cứ Quyết định số 287/QĐ-UBND ngày 06/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh công bố "
                       "kết quả xác định Chỉ số cải cách hành chính năm 2025;"),
         P("preamble", "Ủy ban nhân dân tỉnh ban hành Kế hoạch khảo sát sự hài lòng năm 2026 với các nội dung sau:"),
         P("1", "1. MỤC ĐÍCH, YÊU CẦU", "bh"),
         P("1.1", "1.1. Mục đích", "bh"),
         P("1.1", "Đo lường khách quan mức độ hài lòng của người dân, tổ chức (sau đây gọi chung là người dân) khi "
                  "giải quyết thủ tục hành chính (sau đây viết tắt là TTHC) tại các sở, ban, ngành và Ủy ban nhân "
                  "dân các xã, phường.", "d"),
         P("1.1", "Lấy kết quả khảo sát làm điểm điều tra xã hội học của Chỉ số cải cách hành chính năm 2026 theo "
                  "Quyết định số 287/QĐ-UBND; chỉ ra khâu, bộ phận người dân chưa hài lòng để khắc phục.", "d"),
         P("1.2", "1.2. Yêu cầu", "bh"),
         P("1.2", "Khảo sát đúng đối tượng đã trực tiếp giao dịch và nhận kết quả; bảo đảm khách quan, không để cơ "
                  "quan được khảo sát can thiệp vào việc trả lời phiếu.", "d"),
         P("1.2", "Tỷ lệ phiếu hợp lệ đạt từ 90% số phiếu phát ra; thông tin cá nhân của người trả lời được bảo mật "
                  "theo quy định về bảo vệ dữ liệu cá nhân.", "d"),
         P("1.2", "Kết quả khảo sát chỉ dùng để đánh giá cơ quan, địa phương; không dùng để đánh giá, xếp loại cá "
                  "nhân công chức.", "d"),
         P("2", "2. PHẠM VI, ĐỐI TƯỢNG KHẢO SÁT", "bh"),
         P("2.1", "2.1. Phạm vi: 12 sở, ban, ngành có TTHC và Ủy ban nhân dân 14 xã, phường; các TTHC đã phát sinh "
                  "hồ sơ từ ngày 01/10/2025 đến ngày 30/6/2026."),
         P("2.2", "2.2. Đối tượng: người dân từ đủ 18 tuổi trở lên đã nộp hồ sơ và nhận kết quả giải quyết TTHC "
                  "trong phạm vi nêu tại mục 2.1; mỗi người chỉ trả lời 01 phiếu cho 01 cơ quan."),
         P("2.3", "2.3. Thời điểm chốt danh sách chọn mẫu: ngày 20/6/2026. Người dân nhận kết quả sau thời điểm này "
                  "chỉ được khảo sát trực tuyến."),
         P("3", "3. NỘI DUNG, HÌNH THỨC KHẢO SÁT", "bh"),
         P("3.1", "3.1. Nội dung: phiếu khảo sát gồm 05 yếu tố: tiếp cận dịch vụ; thủ tục hành chính; công chức "
                  "trực tiếp giải quyết; kết quả giải quyết; tiếp nhận, xử lý góp ý, phản ánh, kiến nghị."),
         P("3.2", "3.2. Hình thức", "bh"),
         P("3.2", "Kết hợp 02 hình thức chính và 01 hình thức kiểm tra:", ""),
         P("3.2.1", "3.2.1. Phát phiếu trực tiếp: điều tra viên phát phiếu cho người dân theo danh sách chọn mẫu, hướng "
                    "dẫn trả lời và thu lại phiếu ngay tại nhà hoặc tại nơi làm việc của người được khảo sát; không "
                    "phát phiếu trong khu vực TTPVHCC của cơ quan được khảo sát."),
         P("3.2.2", "3.2.2. Khảo sát trực tuyến: người dân quét mã QR in trên phiếu hẹn trả kết quả hoặc truy cập "
                    "đường liên kết trên Cổng Dịch vụ công tỉnh để trả lời; mỗi số định danh cá nhân chỉ được trả "
                    "lời một lần."),
         P("3.2.3", "3.2.3. Xác minh qua điện thoại: Sở Nội vụ gọi lại ngẫu nhiên 5% số người đã trả lời để kiểm tra "
                    "tính xác thực của phiếu; người dân phản ánh về việc khảo sát qua số điện thoại 0214 3 519 306 "
                    "trong giờ hành chính."),
         P("3.3", "3.3. Thang đo và cách tính", "bh"),
         P("3.3.1", "3.3.1. Mỗi câu hỏi có 05 mức trả lời, từ mức 1 \"Rất không hài lòng\" đến mức 5 \"Rất hài "
                    "lòng\"."),
         P("3.3.2", "3.3.2. Chỉ số hài lòng của một cơ quan là tỷ lệ phần trăm câu trả lời ở mức 4 và mức 5 trên tổng "
                    "số câu trả lời hợp lệ; Chỉ số hài lòng chung của tỉnh là trung bình cộng chỉ số của 26 cơ quan, "
                    "địa phương."),
         P("3.3.3", "3.3.3. Phiếu có trên 30% số câu bỏ trống hoặc không xác minh được người trả lời là phiếu không "
                    "hợp lệ."),
         P("4", "4. QUY MÔ MẪU VÀ PHÂN BỔ PHIẾU", "bh"),
         P("4.1", f"4.1. Tổng số phiếu là {vn(direct + online)} phiếu, gồm {vn(direct)} phiếu trực tiếp và "
                  f"{vn(online)} phiếu trực tuyến. Khối sở, ban, ngành {vn(g['A'][1] + g['A'][2])} phiếu; khối xã, "
                  f"phường {vn(g['B'][1] + g['B'][2])} phiếu. Mỗi cơ quan có tối thiểu 100 phiếu; số phiếu trực "
                  f"tiếp của 03 xã xếp cuối nhóm xã theo Quyết định số 287/QĐ-UBND được nâng lên 150 phiếu và do "
                  f"Tổ điều tra viên Sở Nội vụ phát."),
         P("4.2", "4.2. Bảng phân bổ phiếu", "bh"),
         ("alloc", "4.2", rows, total),
         P("4.2", "Ghi chú: TTPVHCC tỉnh: Trung tâm Phục vụ hành chính công tỉnh; phiếu trực tuyến được tính theo số "
                  "phiếu hợp lệ thu về trên Cổng Dịch vụ công tỉnh.", "i"),
         P("5", "5. TIẾN ĐỘ THỰC HIỆN", "bh"),
         P("5.1", "5.1. Hoàn thiện phiếu khảo sát và phần mềm khảo sát trực tuyến. Đơn vị chủ trì: Sở Nội vụ; phối "
                  "hợp: Sở Khoa học và Công nghệ; thời gian: trước ngày 17/4/2026."),
         P("5.2", "5.2. Tập huấn điều tra viên. Đơn vị chủ trì: Sở Nội vụ; phối hợp: Bưu điện tỉnh, Trường Chính trị "
                  "tỉnh; thời gian: ngày 20 và 21/5/2026."),
         P("5.3", "5.3. Trích xuất danh sách người dân đã nhận kết quả, chọn mẫu ngẫu nhiên. Đơn vị chủ trì: Sở Khoa "
                  "học và Công nghệ; phối hợp: Văn phòng Ủy ban nhân dân tỉnh; thời gian: trước ngày 26/6/2026."),
         P("5.4", "5.4. Phát và thu phiếu trực tiếp. Đơn vị chủ trì: Bưu điện tỉnh; phối hợp: Tổ điều tra viên Sở Nội "
                  "vụ, Ủy ban nhân dân các xã, phường; thời gian: từ ngày 01/7 đến ngày 15/8/2026."),
         P("5.5", "5.5. Khảo sát trực tuyến. Đơn vị chủ trì: Trung tâm Phục vụ hành chính công tỉnh; phối hợp: Sở Khoa "
                  "học và Công nghệ; thời gian: từ ngày 01/7 đến ngày 31/8/2026."),
         P("5.6", "5.6. Nhập, làm sạch và phân tích dữ liệu. Đơn vị chủ trì: Sở Nội vụ; phối hợp: Thống kê tỉnh; thời "
                  "gian: tháng 9/2026."),
         P("5.7", "5.7. Báo cáo kết quả khảo sát. Đơn vị chủ trì: Sở Nội vụ; thời gian: trình Ủy ban nhân dân tỉnh "
                  "trước ngày 15/10/2026; công bố kết quả cùng Chỉ số cải cách hành chính năm 2026."),
         P("6", "6. KINH PHÍ", "bh"),
         P("6", f"Tổng kinh phí dự kiến: {vn(total_cost)} đồng, từ nguồn ngân sách tỉnh năm 2026 đã giao Sở Nội vụ, "
                f"gồm:"),
         P("6", f"Phiếu trực tiếp: {vn(direct)} phiếu x {vn(B_PRICE_DIRECT)} đồng = {vn(cost_d)} đồng.", "d"),
         P("6", f"Phiếu trực tuyến: {vn(online)} phiếu x {vn(B_PRICE_ONLINE)} đồng = {vn(cost_o)} đồng.", "d"),
         P("6", f"Tập huấn điều tra viên: {vn(B_TRAINING)} đồng.", "d"),
         P("6", f"Phân tích dữ liệu, xây dựng báo cáo: {vn(B_REPORT)} đồng.", "d"),
         P("7", "7. TỔ CHỨC THỰC HIỆN", "bh"),
         P("7.1", "7.1. Sở Nội vụ: là cơ quan thường trực, chịu trách nhiệm chung về tổ chức khảo sát; thành lập Tổ "
                  "điều tra viên gồm 12 công chức; báo cáo tiến độ về Ủy ban nhân dân tỉnh định kỳ 02 tuần/lần trong "
                  "thời gian khảo sát."),
         P("7.2", "7.2. Sở Khoa học và Công nghệ: bảo đảm kết nối dữ liệu giữa phần mềm khảo sát và Hệ thống thông "
                  "tin giải quyết TTHC tỉnh; bảo đảm an toàn thông tin của dữ liệu khảo sát."),
         P("7.3", "7.3. Sở Tài chính: thẩm định dự toán, hướng dẫn Sở Nội vụ thanh toán, quyết toán kinh phí."),
         P("7.4", "7.4. Trung tâm Phục vụ hành chính công tỉnh: in mã QR khảo sát trên phiếu hẹn trả kết quả từ ngày "
                  "01/7/2026; niêm yết thông báo về đợt khảo sát tại khu vực tiếp nhận hồ sơ."),
         P("7.5", "7.5. Bưu điện tỉnh: bố trí nhân viên bưu chính làm điều tra viên; thu hồi và bàn giao phiếu cho Sở "
                  "Nội vụ hằng tuần vào thứ Sáu."),
         P("7.6", "7.6. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường: thông báo cho người dân về đợt khảo sát; "
                  "không được thu thập, sao chụp phiếu của người dân; cử 01 công chức làm đầu mối phối hợp."),
         P("7.7", "7.7. Báo và Phát thanh, Truyền hình Vân Thạch: phát tin về đợt khảo sát ít nhất 01 lần/tuần trong "
                  "tháng 7 và tháng 8/2026."),
         P("closing", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, địa phương liên hệ Sở Nội vụ (bà Vi "
                      "Thị Lành, Phó Trưởng phòng Cải cách hành chính, điện thoại 0214 3 628 571) để được hướng "
                      "dẫn./."),
         ("sig", ["Nơi nhận:", "- Bộ Nội vụ (để b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Bưu điện tỉnh;", "- Lưu: VT, NC."],
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lưu Quang Tuệ"]),
         ]
    return b


# =========================================================================================================
# C. Báo cáo 193/BC-UBND trả lời kiến nghị của cử tri về CCHC, CĐS (UBND tỉnh, 29/6/2026), Markdown
# =========================================================================================================
C_NBSP = ["Số: 193", "Chu Đình Nghiêm", "Mạc Thị Hoài Thu", "0214 3 771 046", "Lưu Quang Tuệ", "29 tháng 6"]
C_PIPE_HEAD = ["TT", "Cơ quan tham mưu", "Kiến nghị", "Đã xong", "Đang làm"]
# petitions: (section, heading text, kiến nghị, [trả lời paragraphs], cơ quan tham mưu, tình trạng)
C_PETS = [
    ("Phần II.1.1", "1.1. Cử tri phường Cầu Ván",
     "Sau khi sắp xếp, nhiều hồ sơ đất đai của phường phải chờ ý kiến của Văn phòng Đăng ký đất đai tỉnh nên "
     "thường trễ hẹn; đề nghị rút ngắn thời gian và thông báo rõ lý do trễ hẹn cho người dân.",
     ["Năm 2025, phường Cầu Ván tiếp nhận 2.318 hồ sơ đất đai, trong đó 146 hồ sơ trễ hẹn (6,3%). Từ ngày "
      "01/6/2026, Chi nhánh Văn phòng Đăng ký đất đai khu vực Cầu Ván bố trí 02 viên chức làm việc thường trực "
      "tại TTPVHCC phường để xử lý hồ sơ ngay tại chỗ.",
      "Hồ sơ trễ hẹn phải có phiếu xin lỗi và hẹn lại ngày trả kết quả gửi người dân qua tin nhắn hoặc ứng dụng "
      "VNeID, chậm nhất 01 ngày làm việc trước ngày hẹn cũ."],
     "Sở Nông nghiệp và Môi trường", "đã giải quyết"),
    ("Phần II.1.2", "1.2. Cử tri xã Khuổi Mận",
     "Người cao tuổi không biết nộp hồ sơ trực tuyến; đề nghị bố trí người hướng dẫn tại xã.",
     ["Ủy ban nhân dân tỉnh đã chỉ đạo Tỉnh đoàn duy trì Tổ tình nguyện hỗ trợ dịch vụ công tại TTPVHCC của 14 "
      "xã, phường vào sáng thứ Hai, thứ Tư và thứ Sáu hằng tuần. Tại xã Khuổi Mận, tổ gồm 04 đoàn viên, hoạt động "
      "từ ngày 04/5/2026.",
      "Người dân không sử dụng được dịch vụ trực tuyến vẫn được nộp hồ sơ giấy; công chức TTPVHCC có trách nhiệm "
      "số hóa hồ sơ, người dân không phải trả phí số hóa."],
     "Sở Nội vụ", "đã giải quyết"),
    ("Phần II.1.3", "1.3. Cử tri phường Nghè Đông",
     "Đề nghị cho phép thanh toán phí, lệ phí bằng mã QR tại quầy, không chỉ bằng tiền mặt.",
     ["Từ tháng 3/2026, TTPVHCC của 14 xã, phường đã niêm yết mã QR thanh toán phí, lệ phí theo từng TTHC. "
      "Tỷ lệ hồ sơ thanh toán không dùng tiền mặt tại phường Nghè Đông trong tháng 5/2026 đạt 64%."],
     "Sở Tài chính", "đã giải quyết"),
    ("Phần II.2.1", "2.1. Cử tri xã Bản Lìm",
     "Xã xếp cuối về Chỉ số cải cách hành chính năm 2025; đề nghị tỉnh làm rõ nguyên nhân và hỗ trợ xã khắc "
     "phục.",
     ["Theo Quyết định số 287/QĐ-UBND ngày 06/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh, xã Bản Lìm đạt 71,43 "
      "điểm, xếp thứ 09/09 nhóm xã; bị trừ nhiều điểm nhất ở lĩnh vực cải cách TTHC và chính quyền số do tỷ lệ "
      "hồ sơ trực tuyến thấp và đường truyền thường xuyên gián đoạn.",
      "Ủy ban nhân dân xã Bản Lìm đã gửi kế hoạch khắc phục về Sở Nội vụ ngày 13/3/2026. Sở Khoa học và Công nghệ "
      "đã nâng cấp đường truyền số liệu chuyên dùng của xã lên 100 Mbps từ ngày 22/5/2026; Sở Nội vụ cử 02 công "
      "chức hỗ trợ xã 02 ngày/tuần đến hết tháng 9/2026."],
     "Sở Nội vụ", "đang giải quyết"),
    ("Phần II.2.2", "2.2. Cử tri phường Đá Mài",
     "Đề nghị cho biết người dân có được tham gia đánh giá sự hài lòng năm 2026 không và đánh giá bằng cách "
     "nào.",
     ["Thực hiện Kế hoạch số 74/KH-UBND ngày 12/3/2026, năm 2026 tỉnh khảo sát 5.100 người dân; riêng phường Đá "
      "Mài có 350 phiếu. Người dân được chọn mẫu sẽ được điều tra viên của Bưu điện tỉnh đến phát phiếu tại nhà, "
      "hoặc tự trả lời trực tuyến qua mã QR trên phiếu hẹn.",
      "Theo đề nghị của Sở Nội vụ tại Công văn số 41/SNV-CCHC ngày 10/6/2026, thời gian khảo sát trực tuyến được "
      "kéo dài đến hết ngày 15/9/2026 để bảo đảm đủ số phiếu hợp lệ."],
     "Sở Nội vụ", "đã giải quyết"),
    ("Phần II.2.3", "2.3. Cử tri xã Chiềng Ngần",
     "Đề nghị lắp máy đánh giá mức độ hài lòng tại quầy để người dân đánh giá ngay sau khi nhận kết quả.",
     ["Văn phòng Ủy ban nhân dân tỉnh đã lắp đặt thiết bị đánh giá tại TTPVHCC của 09/14 xã, phường; xã Chiềng "
      "Ngần được lắp ngày 18/6/2026. Do phải bổ sung kinh phí, 05 xã, phường còn lại được lắp xong trước ngày "
      "31/8/2026, chậm hơn thời hạn 30/6/2026 tại Quyết định số 287/QĐ-UBND."],
     "Văn phòng Ủy ban nhân dân tỉnh", "đang giải quyết"),
    ("Phần II.3.1", "3.1. Cử tri xã Nậm Mười",
     "Nhiều thôn chưa có sóng di động ổn định nên không dùng được dịch vụ công trực tuyến và thanh toán điện tử.",
     ["Toàn xã Nậm Mười còn 04 thôn lõm sóng. Sở Khoa học và Công nghệ đã làm việc với các doanh nghiệp viễn "
      "thông; 02 trạm phát sóng mới sẽ được đưa vào sử dụng trong tháng 9/2026, 02 thôn còn lại được phủ sóng "
      "trong quý IV/2026."],
     "Sở Khoa học và Công nghệ", "đang giải quyết"),
    ("Phần II.3.2", "3.2. Cử tri phường Dốc Cọ",
     "Đề nghị hướng dẫn người dân dùng tài khoản định danh điện tử mức độ 2 để nộp hồ sơ, tránh phải tạo nhiều "
     "tài khoản.",
     ["Công an tỉnh đã chỉ đạo Công an phường Dốc Cọ tổ chức 06 buổi hướng dẫn tại tổ dân phố trong tháng 5 và "
      "tháng 6/2026. Từ ngày 01/7/2026, Cổng Dịch vụ công tỉnh chỉ đăng nhập bằng tài khoản định danh điện tử "
      "VNeID."],
     "Công an tỉnh", "đã giải quyết"),
    ("Phần II.3.3", "3.3. Cử tri xã Suối Chè",
     "Đề nghị trả kết quả giải quyết TTHC qua bưu điện miễn phí cho người dân ở xa trung tâm xã.",
     ["Từ ngày 15/4/2026, người dân thuộc 05 thôn xa trung tâm xã Suối Chè được trả kết quả qua dịch vụ bưu chính "
      "công ích; cước do ngân sách xã chi trả theo Nghị quyết của Hội đồng nhân dân xã."],
     "Ủy ban nhân dân xã Suối Chè", "đã giải quyết"),
]


def c_pipe_rows():
    units = ["Sở Nội vụ", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Văn phòng UBND tỉnh",
             "Sở Khoa học và Công nghệ", "Công an tỉnh", "UBND xã Suối Chè"]
    full = {"Văn phòng UBND tỉnh": "Văn phòng Ủy ban nhân dân tỉnh", "UBND xã Suối Chè": "Ủy ban nhân dân xã Suối Chè"}
    rows, done_t, open_t = [], 0, 0
    for k, u in enumerate(units, 1):
        mine = [p for p in C_PETS if p[4] == full.get(u, u)]
        done = sum(p[5] == "đã giải quyết" for p in mine)
        rows.append([str(k), u, dd(len(mine)), dd(done), dd(len(mine) - done)])
        done_t += done
        open_t += len(mine) - done
    assert done_t + open_t == len(C_PETS)
    rows.append(["", "Tổng cộng", dd(len(C_PETS)), dd(done_t), dd(open_t)])
    return rows, done_t, open_t


def doc_c():
    rows, done_t, open_t = c_pipe_rows()
    assert (done_t, open_t) == (6, 3)
    b = [("slh", "header", ["ỦY BAN NHÂN DÂN", "TỈNH VÂN THẠCH"], MOTTO, "Số: 193/BC-UBND",
          "Vân Thạch, ngày 29 tháng 6 năm 2026"),
         P("header", "BÁO CÁO", "bc"),
         P("header", "Kết quả giải quyết, trả lời kiến nghị của cử tri về cải cách hành chính, chuyển đổi số gửi đến "
                     "Kỳ họp thứ nhất, Hội đồng nhân dân tỉnh khóa XVII", "bc"),
         P("header", "Kính gửi: Hội đồng nhân dân tỉnh Vân Thạch.", "c"),
         P("preamble", "Thường trực Hội đồng nhân dân tỉnh đã chuyển đến Ủy ban nhân dân tỉnh các kiến nghị của cử tri "
                       "tại Văn bản số 58/HĐND-VP ngày 08/5/2026. Ủy ban nhân dân tỉnh báo cáo kết quả giải quyết, "
                       "trả lời các kiến nghị về cải cách hành chính (CCHC) và chuyển đổi số (CĐS) như sau:"),
         P("Phần I", "Phần I. KHÁI QUÁT", "bh"),
         P("Phần I", f"Có {dd(len(C_PETS))} kiến nghị của cử tri 09 xã, phường thuộc lĩnh vực CCHC, CĐS, chia thành 03 "
                     f"nhóm. Đến ngày 25/6/2026 đã giải quyết xong {dd(done_t)} kiến nghị; {dd(open_t)} kiến nghị "
                     f"đang giải quyết, có lộ trình cụ thể.", ""),
         P("Phần I", "Nhóm thủ tục hành chính, một cửa: 03 kiến nghị (mục 1 Phần II).", "d"),
         P("Phần I", "Nhóm Chỉ số CCHC và đánh giá sự hài lòng: 03 kiến nghị (mục 2 Phần II).", "d"),
         P("Phần I", "Nhóm hạ tầng số, dịch vụ số: 03 kiến nghị (mục 3 Phần II).", "d"),
         P("Phần II", "Phần II. KẾT QUẢ GIẢI QUYẾT, TRẢ LỜI", "bh"),
         ]
    heads = {"1": "1. Nhóm kiến nghị về thủ tục hành chính, một cửa",
             "2": "2. Nhóm kiến nghị về Chỉ số CCHC và đánh giá sự hài lòng",
             "3": "3. Nhóm kiến nghị về hạ tầng số, dịch vụ số"}
    for sec, head, ask, answers, unit, state in C_PETS:
        grp = sec.split(".")[1]
        if heads.get(grp):
            b.append(P("Phần II." + grp, heads.pop(grp), "bh"))
        b.append(P(sec, head, "bh"))
        b.append(P(sec, "Nội dung kiến nghị: " + ask))
        for k, a in enumerate(answers):
            b.append(P(sec, ("Trả lời: " if k == 0 else "") + a))
        b.append(P(sec, f"Cơ quan tham mưu: {unit}; tình trạng: {state}.", "i"))
    b += [P("Phần III", "Phần III. KIẾN NGHỊ, ĐỀ XUẤT", "bh"),
          P("Phần III", "Ủy ban nhân dân tỉnh đề nghị Hội đồng nhân dân tỉnh:", "n"),
          P("Phần III", "Bố trí bổ sung kinh phí năm 2026 để hoàn thành lắp đặt thiết bị đánh giá sự hài lòng tại "
                        "05 xã, phường còn lại.", "dn"),
          P("Phần III", "Giao Ban Pháp chế Hội đồng nhân dân tỉnh giám sát việc khắc phục của 03 xã xếp cuối nhóm "
                        "xã về Chỉ số CCHC năm 2025 trong quý III/2026.", "dn"),
          P("Phần III", "Đề nghị các đại biểu thông tin kết quả trả lời đến cử tri tại các buổi tiếp xúc cử tri "
                        "sau kỳ họp.", "dn"),
          P("closing", "Trên đây là báo cáo kết quả giải quyết, trả lời kiến nghị của cử tri về CCHC, CĐS của Ủy ban "
                       "nhân dân tỉnh. Đầu mối tổng hợp: ông Chu Đình Nghiêm, Văn phòng Ủy ban nhân dân tỉnh, điện "
                       "thoại 0214 3 771 046./."),
          ("sig", ["Nơi nhận:", "- Như trên;", "- TT Tỉnh ủy (để b/c);", "- Đại biểu HĐND tỉnh;",
                   "- CT, các PCT UBND tỉnh;", "- Lưu: VT, TH."],
           ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Mạc Thị Hoài Thu"]),
          P("Phụ lục", "PHỤ LỤC", "bc"),
          P("Phụ lục", "Tổng hợp kiến nghị theo cơ quan tham mưu trả lời", "bc"),
          P("Phụ lục", "(Kèm theo Báo cáo số 193/BC-UBND ngày 29/6/2026 của Ủy ban nhân dân tỉnh)", "ic"),
          ("pipe", "Phụ lục", C_PIPE_HEAD, rows),
          P("Phụ lục", "Số liệu tính đến ngày 25/6/2026.", "i"),
          ]
    return b


# =========================================================================================================
# gold section map
# =========================================================================================================
A_RANK_TOP = ["STT", "Cơ quan, đơn vị", "Điểm đạt được", "Xếp hạng", "Xếp loại"]
A_RANK_SUB = ["Thẩm định (tối đa 65)", "Điều tra XHH (tối đa 35)", "Tổng điểm"]
A_PTS_TOP = ["STT", "Đơn vị", "Điểm thẩm định theo lĩnh vực", "Cộng thẩm định", "XHH", "Tổng điểm", "Xếp hạng"]
A_PTS_SUB = ["1", "2", "3", "4", "5", "6", "7"]


def gold(doc):
    blocks = {DOC_A: doc_a, DOC_B: doc_b, DOC_C: doc_c}[doc]()
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "p":
            out.append((bl[1], bl[2]))
        elif k == "lh":
            out += [(bl[1], t) for pair in bl[2] for t in pair]
        elif k == "slh":
            out += [(bl[1], t) for t in bl[2] + bl[3] + [bl[4], bl[5]]]
        elif k == "sig":
            out += [("closing", t) for t in bl[1] if t]
            out += [("signature", t) for t in bl[2] if t]
        elif k == "rank":
            out += [(bl[1], c) for c in A_RANK_TOP + A_RANK_SUB]
            for r in bl[2]:
                out += [(bl[1] + "." + r[0], c) for c in r]
        elif k in ("pts", "alloc"):
            if k == "pts":
                out += [(bl[1], c) for c in A_PTS_TOP + A_PTS_SUB]
            else:
                out += [(bl[1], c) for c in B_HEAD]
            grp = None
            for r in bl[2]:
                if isinstance(r, tuple):
                    grp = bl[1] + "." + r[1]
                    out += [(grp, r[1]), (grp, r[2])]
                    continue
                out += [(grp + "." + r[0], c) for c in r if c]
            if k == "alloc":
                out += [(bl[1], c) for c in bl[3] if c]
        elif k == "pipe":
            out += [(bl[1], c) for c in bl[2]]
            for r in bl[3]:
                out += [(bl[1] + "." + r[0] if r[0] else bl[1], c) for c in r if c]
    return [(s, unicodedata.normalize("NFC", t)) for s, t in out]


# =========================================================================================================
# renderers
# =========================================================================================================
def _fix_zip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx(path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(1.5), Cm(2), Cm(2)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    cp = d.core_properties
    cp.author, cp.title = "UBND tỉnh Vân Thạch", "Quyết định 287/QĐ-UBND công bố Chỉ số CCHC năm 2025"
    cp.created = cp.modified = datetime.datetime(2026, 2, 6, 9, 0, 0)
    cp.last_modified_by = "SNV"
    cp.revision = 1
    L, C, R, J = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT,
                  WD_ALIGN_PARAGRAPH.JUSTIFY)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)

    def put(cell, txt, align, size=10, bold=False):
        p = cell.paragraphs[0]
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt)
        r.font.size = Pt(size)
        r.bold = bold

    def tabbed(left, right, bold=(False, False), italic=(False, False), size=12.5, stops=(4.2, 12.5)):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Cm(stops[0]), WD_TAB_ALIGNMENT.CENTER)
        ts.add_tab_stop(Cm(stops[1]), WD_TAB_ALIGNMENT.CENTER)
        for k, (txt, b, i) in enumerate(((left, bold[0], italic[0]), (right, bold[1], italic[1]))):
            r = p.add_run("\t" + txt)
            r.bold, r.italic = b, i
            r.font.size = Pt(size)
        return p

    def two_row_header(t, top, spans, sub_at, sub, widths, size=9.5):
        """top labels; spans: {top index: number of columns}; vertical merge for the others."""
        col = 0
        for j, lab in enumerate(top):
            n = spans.get(j, 1)
            a = t.cell(0, col)
            put(a, lab, C, size, True)
            if n > 1:
                a.merge(t.cell(0, col + n - 1))
                for m, s in enumerate(sub):
                    put(t.cell(1, col + m), s, C, size, True)
            else:
                a.merge(t.cell(1, col))
            col += n
        for row in t.rows[:2]:
            repeat_header(row)
            for c in row.cells:
                shade(c, "E7E6E6")
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = widths[j]

    for bl in doc_a():
        k = bl[0]
        if k == "lh":
            for n, (left, right) in enumerate(bl[2]):
                tabbed(left, right, bold=(n < 2, n < 2), italic=(False, n == 2))
                if n == 1:
                    tabbed("--------", "----------------")
            d.add_paragraph()
        elif k == "sig":
            left, right = bl[1], bl[2]
            for n in range(max(len(left), len(right))):
                lt = left[n] if n < len(left) else ""
                rt = right[n] if n < len(right) else ""
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(12.5), WD_TAB_ALIGNMENT.CENTER)
                r1 = p.add_run(lt)
                r1.font.size = Pt(10.5 if n else 11.5)
                r1.bold = r1.italic = n == 0
                r2 = p.add_run("\t" + rt)
                r2.bold = True
                r2.font.size = Pt(13)
        elif k in ("rank", "pts"):
            p = d.paragraphs[-1]
            if k == "rank":
                widths = [Cm(1.0), Cm(6.2), Cm(2.4), Cm(2.4), Cm(1.8), Cm(1.6), Cm(1.9)]
                t = d.add_table(rows=2 + len(bl[2]), cols=7)
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                two_row_header(t, A_RANK_TOP, {2: 3}, 2, A_RANK_SUB, widths)
                for i, row in enumerate(bl[2], start=2):
                    for j, txt in enumerate(row):
                        put(t.cell(i, j), txt, L if j == 1 else (R if j in (2, 3, 4) else C), 10.5)
            else:
                widths = [Cm(0.8), Cm(3.0)] + [Cm(1.0)] * 7 + [Cm(1.5), Cm(1.2), Cm(1.3), Cm(1.3)]
                t = d.add_table(rows=2 + len(bl[2]), cols=13)
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                two_row_header(t, A_PTS_TOP, {2: 7}, 2, A_PTS_SUB, widths, 8.5)
                for i, row in enumerate(bl[2], start=2):
                    if isinstance(row, tuple):
                        put(t.cell(i, 0), row[1], C, 9, True)
                        a = t.cell(i, 1)
                        put(a, row[2], L, 9, True)
                        a.merge(t.cell(i, 12))
                        shade(t.cell(i, 0), "F2F2F2")
                        shade(a, "F2F2F2")
                        continue
                    for j, txt in enumerate(row):
                        put(t.cell(i, j), txt, L if j == 1 else (C if j in (0, 12) else R), 8.5, j == 11)
            d.add_paragraph().paragraph_format.space_after = Pt(0)
        else:
            text, fmt = bl[2], bl[3]
            if text.startswith("Phụ lục"):
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            if "c" in fmt:
                p.alignment = C
            elif "h" in fmt:
                p.alignment = L
            else:
                p.alignment = J
                p.paragraph_format.first_line_indent = Cm(1.0)
            if "d" in fmt:
                text = "+ " + text
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            if text == "QUYẾT ĐỊNH":
                r.font.size = Pt(14)
    bio = io.BytesIO()
    d.save(bio)
    with open(path, "wb") as f:
        f.write(_fix_zip(bio.getvalue(), (2026, 2, 6, 9, 0, 0)))


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "I", 8)
            self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="R")

    pdf = Doc(format="A4")
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2026, 3, 12, 8, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("UBND tỉnh Vân Thạch")
    pdf.set_title("Kế hoạch 74/KH-UBND khảo sát sự hài lòng năm 2026")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 16, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    head_style = FontFace(emphasis="BOLD", fill_color=(225, 232, 240))
    g_style = FontFace(emphasis="BOLD", fill_color=(244, 244, 244))

    for bl in doc_b():
        k = bl[0]
        if k == "slh":
            # stacked letterhead: issuer, rule, motto, rule, then "Số" left and place/date right on one line
            pdf.set_font("dv", "B", 10.5)
            for t in bl[2]:
                pdf.cell(W, 5.2, t, align="C", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin + W / 2 - 15, y, pdf.l_margin + W / 2 + 15, y)
            pdf.ln(3)
            for n, t in enumerate(bl[3]):
                pdf.set_font("dv", "B", 10.5 if n == 0 else 11)
                pdf.cell(W, 5.2, t, align="C", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin + W / 2 - 28, y, pdf.l_margin + W / 2 + 28, y)
            pdf.ln(4)
            pdf.set_font("dv", "", 10)
            pdf.cell(W / 2, 5.2, bl[4], align="L")
            pdf.set_font("dv", "I", 10)
            pdf.cell(W / 2, 5.2, bl[5], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        elif k == "sig":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 65:
                pdf.add_page()
            y0 = pdf.get_y()
            for i, line in enumerate(bl[2]):
                pdf.set_xy(pdf.l_margin + W / 2, y0 + 5.3 * i)
                pdf.set_font("dv", "B", 10.2)
                pdf.cell(W / 2, 5.3, line, align="C")
            y1 = y0 + 5.3 * len(bl[2]) + 4
            for i, line in enumerate(bl[1]):
                pdf.set_xy(pdf.l_margin, y1 + 4.3 * i)
                pdf.set_font("dv", "B" if i == 0 else "", 9 if i == 0 else 8.3)
                pdf.cell(W / 2, 4.3, line)
            pdf.set_y(y1 + 4.3 * len(bl[1]) + 2)
        elif k == "p":
            text, fmt = bl[2], bl[3]
            style = "B" if "b" in fmt else ("I" if "i" in fmt else "")
            pdf.set_font("dv", style, 12.5 if text == "KẾ HOẠCH" else 10)
            pdf.set_x(pdf.l_margin)
            if "d" in fmt:
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(W - 6, 5.2, "•  " + text, align="J")
            elif "c" in fmt:
                pdf.multi_cell(W, 5.2, text, align="C")
            elif "h" in fmt:
                pdf.multi_cell(W, 5.2, text, align="L")
            else:
                pdf.multi_cell(W, 5.2, "      " + text, align="J")
            pdf.ln(0.8)
        elif k == "alloc":
            pdf.set_font("dv", "", 8.3)
            with pdf.table(col_widths=(9, 52, 22, 17, 17, 17, 38),
                           text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "LEFT"),
                           headings_style=head_style, line_height=4.2, v_align="MIDDLE",
                           repeat_headings=1) as t:
                r = t.row()
                for c in B_HEAD:
                    r.cell(c, align="CENTER")
                for row in bl[2]:
                    r = t.row()
                    if isinstance(row, tuple):
                        r.cell(row[1], style=g_style, align="CENTER")
                        r.cell(row[2], colspan=6, style=g_style)
                        continue
                    for c in row:
                        r.cell(c)
                r = t.row()
                r.cell("", style=g_style)
                for c in bl[3][1:]:
                    r.cell(c, style=g_style)
            pdf.ln(2)
    pdf.output(path)


WRAP = 80


def _wrap(text, width=WRAP, first="", rest=""):
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def _nbsp(text):
    for s in C_NBSP:
        text = text.replace(s, s.replace(" ", "\u00a0"))
    return text


def build_md(path):
    out = []
    for bl in doc_c():
        k = bl[0]
        if k == "slh":
            out += [f"**{bl[2][0]} {bl[2][1]}**  ", _nbsp(bl[4]), "", f"**{bl[3][0]}**  ", f"**{bl[3][1]}**  ",
                    f"*{bl[5]}*", ""]
            out = [_nbsp(x) for x in out]
            continue
        if k == "sig":
            out += [f"**{x}**  " for x in bl[2] if x] + [""]
            out += [f"**{bl[1][0]}**  "] + [x + "  " for x in bl[1][1:]] + ["", "---", ""]
            out = [_nbsp(x) for x in out]
            continue
        if k == "pipe":
            w = (3, 28, 10, 8, 9)
            line = lambda cells: "| " + " | ".join(c.ljust(x) for c, x in zip(cells, w)) + " |"
            out.append(line(bl[2]))
            out.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
            for r in bl[3]:
                cells = list(r)
                if not r[0]:
                    cells = [""] + [f"**{c}**" for c in r[1:]]
                out.append(line(cells))
            out.append("")
            continue
        text, fmt = _nbsp(bl[2]), bl[3]
        sec = bl[1]
        if "h" in fmt:
            depth = 2 if sec.startswith("Phần") and sec.count(".") == 0 else (3 if sec.count(".") == 1 else 4)
            lines = ["#" * depth + " " + text]
            extra = [""]
        elif "c" in fmt:
            mark = "**" if "b" in fmt else ("*" if "i" in fmt else "")
            lines, extra = [mark + ln + mark for ln in _wrap(text, 76)], [""]
        elif "d" in fmt:
            lines, extra = _wrap(text, WRAP, "+ ", "  "), []
        else:
            if "i" in fmt:
                text = "*" + text + "*"
            lines, extra = _wrap(text, WRAP), [""]
        if "n" in fmt:
            lines = [unicodedata.normalize("NFD", ln) for ln in lines]
        if out and out[-1] != "" and "d" not in fmt:
            out.append("")
        out += lines + extra
    cleaned = []
    for ln in out:
        if ln == "" and cleaned and cleaned[-1] == "":
            continue
        cleaned.append(ln)
    while cleaned and cleaned[-1] == "":
        cleaned.pop()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(cleaned) + "\n")


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOC_A))
    build_pdf(os.path.join(CORPUS, DOC_B))
    build_md(os.path.join(CORPUS, DOC_C))
    for n in (DOC_A, DOC_B, DOC_C):
        print(n, os.path.getsize(os.path.join(CORPUS, n)))


if __name__ == "__main__":
    main()
