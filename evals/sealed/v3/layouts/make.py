# -*- coding: utf-8 -*-
"""Sealed new-layouts split v3: three fictional plans in layouts no earlier set has.

    nice /work/main/.venv/bin/python make.py      # writes corpus/

A  2026-dang-uy-xa-an-phu-ke-hoach-57.docx   party committee (Đảng ủy xã) plan, python-docx
B  2026-tinh-bao-giang-qd-ke-hoach-tuyen-truyen-cchc.txt   decision + plan as its Phụ lục, text exported from PDF
C  2025-bcd-pci-thach-lam-ke-hoach-hoat-dong.pdf   Ban Chỉ đạo plan, fpdf2 + DejaVuSans

All names of places, people and documents are invented.
"""
import os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/"

A_NAME = "2026-dang-uy-xa-an-phu-ke-hoach-57.docx"
B_NAME = "2026-tinh-bao-giang-qd-ke-hoach-tuyen-truyen-cchc.txt"
C_NAME = "2025-bcd-pci-thach-lam-ke-hoach-hoat-dong.pdf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------------------------------------------
# A. Đảng ủy xã An Phú (tỉnh Trà Giang): Kế hoạch số 14-KH/ĐU
# ---------------------------------------------------------------------------------------------------------------
A_BODY = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
                 "đổi mới sáng tạo và chuyển đổi số trên địa bàn xã An Phú năm 2026"),
    ("center", "-----"),
    ("p", "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (sau đây viết tắt là Nghị quyết 57); Kế hoạch số "
          "86-KH/TU, ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy Trà Giang về thực hiện Nghị quyết 57 năm 2026, "
          "Ban Thường vụ Đảng ủy xã An Phú xây dựng Kế hoạch thực hiện như sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1) Mục đích"),
    ("p", "a. Quán triệt sâu sắc nội dung Nghị quyết 57 đến 100% cán bộ, đảng viên trong Đảng bộ xã; tạo chuyển "
          "biến mạnh mẽ về nhận thức và hành động của cả hệ thống chính trị xã về chuyển đổi số."),
    ("p", "b. Xác định rõ nhiệm vụ, người đứng đầu, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ; lấy kết "
          "quả thực hiện làm tiêu chí đánh giá, xếp loại tổ chức đảng và đảng viên cuối năm."),
    ("h2", "2) Yêu cầu"),
    ("p", "a. Các chi bộ trực thuộc xây dựng chương trình hành động cụ thể, gửi về Văn phòng Đảng ủy xã trước "
          "ngày 28/02/2026."),
    ("p", "b. Việc thực hiện phải gắn với nhiệm vụ chính trị của từng chi bộ, cơ quan, đơn vị; định kỳ 6 tháng "
          "sơ kết, cuối năm tổng kết, kịp thời biểu dương những tập thể, cá nhân làm tốt."),
    ("h1", "II. MỤC TIÊU ĐẾN HẾT NĂM 2026"),
    ("p", "1) 100% văn bản (trừ văn bản mật) giữa Đảng ủy xã với các chi bộ trực thuộc được gửi, nhận trên môi "
          "trường mạng."),
    ("p", "2) Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình tại xã đạt từ 65% trở lên."),
    ("p", "3) 90% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2."),
    ("p", "4) 100% thôn có Tổ công nghệ số cộng đồng (sau đây gọi là Tổ CNSCĐ) hoạt động thường xuyên."),
    ("p", "5) Ít nhất 80% hộ kinh doanh tại chợ An Phú sử dụng thanh toán không dùng tiền mặt."),
    ("p", "6) Xây dựng thí điểm 03 chi bộ thông minh tại các thôn Phú Hòa, Phú Mỹ và Bình Tây. Chi bộ thông minh "
          "là chi bộ sử dụng sổ tay đảng viên điện tử, sinh hoạt bằng tài liệu số và quản lý hồ sơ đảng viên "
          "trên phần mềm."),
    ("h1", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("h2", "1) Tăng cường tuyên truyền, nâng cao nhận thức"),
    ("p", "a. Tổ chức hội nghị quán triệt Nghị quyết 57 và Kế hoạch này cho cán bộ chủ chốt, bí thư các chi bộ "
          "trong Quý I/2026. Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp với Văn phòng Đảng ủy xã."),
    ("p", "b. Duy trì chuyên mục \"An Phú chuyển đổi số\" trên hệ thống truyền thanh xã, phát 02 lần/tuần vào "
          "sáng thứ Ba và sáng thứ Sáu; Trung tâm Văn hóa - Thể thao và Truyền thanh xã thực hiện."),
    ("p", "c. Đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần/quý; các chi bộ trực thuộc "
          "thực hiện."),
    ("h2", "2) Phát triển hạ tầng và dữ liệu số"),
    ("p", "a. Hoàn thành số hóa hồ sơ đảng viên của Đảng bộ xã, cập nhật vào cơ sở dữ liệu đảng viên của tỉnh."),
    ("p", "b. Làm sạch dữ liệu dân cư, đất đai theo yêu cầu của Đề án 06, bảo đảm dữ liệu \"đúng, đủ, sạch, "
          "sống\"; Công an xã giữ vai trò nòng cốt."),
    ("h2", "3) Phát triển chính quyền số, phục vụ người dân và doanh nghiệp"),
    ("p", "a. Trung tâm Phục vụ hành chính công xã bố trí 02 máy tính và 01 công chức hướng dẫn người dân nộp "
          "hồ sơ trực tuyến trong giờ hành chính các ngày làm việc."),
    ("p", "b. Đẩy mạnh thanh toán không dùng tiền mặt tại chợ An Phú và các điểm kinh doanh dịch vụ trên địa bàn."),
    ("h2", "4) Kiểm tra, giám sát"),
    ("p", "a. Ủy ban Kiểm tra Đảng ủy xã đưa việc thực hiện Nghị quyết 57 vào chương trình kiểm tra, giám sát "
          "năm 2026; kiểm tra chuyên đề ít nhất 04 chi bộ trong Quý III/2026."),
    ("p", "b. Nhiệm vụ cụ thể được phân công tại Phụ lục 01 kèm theo Kế hoạch này."),
    ("h1", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1) Các chi bộ trực thuộc tổ chức quán triệt, xây dựng chương trình hành động và phân công đảng viên "
          "phụ trách từng nhiệm vụ."),
    ("p", "2) Giao Văn phòng Đảng ủy xã theo dõi, đôn đốc, tổng hợp báo cáo sơ kết 6 tháng trước ngày "
          "10/6/2026 và báo cáo năm trước ngày 20/11/2026 gửi Ban Thường vụ Tỉnh ủy."),
    ("p", "3) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội vận động đoàn viên, "
          "hội viên tham gia Tổ CNSCĐ, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID."),
    ("p", "4) Kinh phí thực hiện từ ngân sách xã năm 2026 và lồng ghép các chương trình mục tiêu; tổng kinh phí "
          "dự kiến 420.000.000 đồng."),
]

A_SIGN_LEFT = ["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c),", "- Văn phòng Tỉnh ủy (b/c),",
               "- Các đồng chí Đảng ủy viên,", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."]
A_SIGN_RIGHT = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", "", "Trần Minh Khoa"]

# Phụ lục 01: rows = (STT, task, lead, coord, time, product); "^" = vertically merged with the cell above
A_GROUPS = [
    ("I", "LÃNH ĐẠO, CHỈ ĐẠO VÀ TUYÊN TRUYỀN", [
        ("1", "Kiện toàn Ban Chỉ đạo xã về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; ban "
              "hành Quy chế hoạt động", "Văn phòng Đảng ủy xã", "Văn phòng HĐND và UBND xã", "Tháng 02/2026",
         "Quyết định, Quy chế"),
        ("2", "Tổ chức hội nghị quán triệt Nghị quyết 57 cho cán bộ chủ chốt, bí thư chi bộ",
         "Ban Xây dựng Đảng Đảng ủy xã", "Văn phòng Đảng ủy xã;\nCác chi bộ trực thuộc", "Quý I/2026", "Hội nghị"),
        ("3", "Cuộc thi trực tuyến tìm hiểu \"Chuyển đổi số vì cuộc sống tốt đẹp hơn\" trong đoàn viên, hội viên",
         "Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên xã;\nHội Liên hiệp Phụ nữ xã", "Tháng 9 - Tháng 10/2026",
         "Cuộc thi, khen thưởng"),
        ("4", "Biên tập, phát hành bản tin chuyển đổi số trên Zalo OA \"Xã An Phú\"",
         "Trung tâm Văn hóa - Thể thao và Truyền thanh xã", "Phòng Văn hóa - Xã hội xã", "Hằng tháng", "Bản tin"),
    ]),
    ("II", "HẠ TẦNG VÀ DỮ LIỆU SỐ", [
        ("5", "Số hóa hồ sơ đảng viên, cập nhật cơ sở dữ liệu đảng viên", "Văn phòng Đảng ủy xã",
         "Các chi bộ trực thuộc", "Quý II/2026", "Hồ sơ số hóa"),
        ("6", "Làm sạch dữ liệu dân cư, đất đai phục vụ Đề án 06", "Công an xã",
         "Phòng Kinh tế xã;\nTrưởng các thôn", "Quý III/2026", "Dữ liệu \"đúng, đủ, sạch, sống\""),
        ("7", "Lắp đặt điểm phát wifi công cộng miễn phí tại nhà văn hóa 9 thôn", "Phòng Kinh tế xã",
         "Viễn thông Trà Giang", "^", "09 điểm wifi"),
    ]),
    ("III", "CHÍNH QUYỀN SỐ, DỊCH VỤ CÔNG", [
        ("8", "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình, thanh toán trực tuyến phí, lệ phí",
         "Trung tâm Phục vụ hành chính công xã", "Tổ CNSCĐ các thôn", "Thường xuyên", "Số hồ sơ trực tuyến"),
        ("9", "Cấp và sử dụng chữ ký số cho 100% cán bộ, công chức xã", "Văn phòng HĐND và UBND xã",
         "Viễn thông Trà Giang", "Quý I/2026", "Chứng thư số"),
        ("10", "Triển khai thanh toán không dùng tiền mặt tại chợ An Phú", "Phòng Kinh tế xã",
         "Ban Quản lý chợ An Phú;\nNgân hàng Nông nghiệp và Phát triển nông thôn chi nhánh An Phú",
         "Quý II/2026", "Mã QR tại các quầy"),
        ("11", "Khảo sát mức độ hài lòng của người dân đối với dịch vụ công trực tuyến của xã",
         "Trung tâm Phục vụ hành chính công xã", "Ủy ban MTTQ Việt Nam xã", "Tháng 11/2026", "Báo cáo khảo sát"),
    ]),
    ("IV", "KIỂM TRA, GIÁM SÁT, SƠ KẾT, TỔNG KẾT", [
        ("12", "Kiểm tra chuyên đề việc thực hiện Nghị quyết 57 tại 04 chi bộ", "Ủy ban Kiểm tra Đảng ủy xã",
         "Ban Xây dựng Đảng Đảng ủy xã", "Quý III/2026", "Thông báo kết luận kiểm tra"),
        ("13", "Sơ kết 6 tháng thực hiện Kế hoạch", "Văn phòng Đảng ủy xã", "Các chi bộ trực thuộc",
         "Trước ngày 10/6/2026", "Báo cáo sơ kết"),
        ("14", "Tổng kết năm 2026, đề xuất nhiệm vụ năm 2027", "^", "Các chi bộ trực thuộc;\nỦy ban MTTQ Việt Nam xã",
         "Tháng 12/2026", "Báo cáo tổng kết"),
    ]),
]


def make_docx():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    d = docx.Document()
    d.core_properties.author = "Văn phòng Đảng ủy xã An Phú"
    d.core_properties.title = "Kế hoạch 14-KH/ĐU"
    import datetime
    d.core_properties.created = datetime.datetime(2026, 1, 20, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 1, 20, 8, 0, 0)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def para(text, bold=False, italic=False, align=None, size=None, container=None):
        p = (container or d).add_paragraph()
        r = p.add_run(nfc(text))
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    def no_borders(t):
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{e}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def cell_lines(cell, lines, bold_idx=(), italic_idx=(), align="c"):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(nfc(line))
            r.bold = i in bold_idx
            r.italic = i in italic_idx
            if align == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # letterhead: two-column borderless table, party style
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), ["ĐẢNG BỘ TỈNH TRÀ GIANG", "ĐẢNG ỦY XÃ AN PHÚ", "*", "Số 14-KH/ĐU"], bold_idx=(1,))
    cell_lines(t.cell(0, 1), ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "An Phú, ngày 20 tháng 01 năm 2026"],
               bold_idx=(0,), italic_idx=(2,))
    para("")
    for kind, text in A_BODY:
        if kind == "title":
            para(text, bold=True, align="c", size=15)
        elif kind == "subtitle":
            para(text, bold=True, align="c")
        elif kind == "center":
            para(text, align="c")
        elif kind == "h1":
            para(text, bold=True)
        elif kind == "h2":
            para(text, bold=True, italic=True)
        else:
            para(text, align="j")
    # signature: Nơi nhận left, signer right
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), A_SIGN_LEFT, bold_idx=(0,), italic_idx=(0,), align="l")
    cell_lines(t.cell(0, 1), A_SIGN_RIGHT, bold_idx=(0, 1, 5))

    # appendix on a new landscape section
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para("PHỤ LỤC 01", bold=True, align="c")
    para("DANH MỤC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN NGHỊ QUYẾT 57 NĂM 2026", bold=True, align="c")
    para("(Kèm theo Kế hoạch số 14-KH/ĐU, ngày 20/01/2026 của Ban Thường vụ Đảng ủy xã An Phú)",
         italic=True, align="c")
    nrows = 2 + sum(1 + len(g[2]) for g in A_GROUPS)
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    widths = [Cm(1.1), Cm(7.0), Cm(4.2), Cm(4.6), Cm(2.8), Cm(3.2)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    # two-row header with vertical merges
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, label in [(0, "STT"), (1, "Nhiệm vụ"), (4, "Thời gian hoàn thành"), (5, "Sản phẩm")]:
        m = t.cell(0, i).merge(t.cell(1, i))
        cell_lines(m, [label], bold_idx=(0,))
    m = t.cell(0, 2).merge(t.cell(0, 3))
    cell_lines(m, ["Phân công thực hiện"], bold_idx=(0,))
    cell_lines(t.cell(1, 2), ["Chủ trì"], bold_idx=(0,))
    cell_lines(t.cell(1, 3), ["Phối hợp"], bold_idx=(0,))
    for r in (0, 1):
        trPr = t.rows[r]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)
    r = 2
    for roman, gtitle, rows in A_GROUPS:
        cell_lines(t.cell(r, 0), [roman], bold_idx=(0,))
        m = t.cell(r, 1).merge(t.cell(r, 5))
        cell_lines(m, [gtitle], bold_idx=(0,), align="l")
        r += 1
        for row in rows:
            for c, val in enumerate(row):
                if val == "^":
                    above = t.cell(r - 1, c)
                    merged = above.merge(t.cell(r, c))
                    continue
                cell_lines(t.cell(r, c), val.split("\n"), align="c" if c in (0, 4) else "l")
            r += 1
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, A_NAME)
    d.save(path)
    # fixed zip timestamps for reproducible bytes
    import zipfile, shutil
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    shutil.move(tmp, path)


# ---------------------------------------------------------------------------------------------------------------
# B. UBND tỉnh Bảo Giang: Quyết định 412/QĐ-UBND + Kế hoạch as its Phụ lục; text as exported from a PDF
#    ("|" inside a word = a place where the PDF hyphenated it at a line end)
# ---------------------------------------------------------------------------------------------------------------
B_DECISION = [
    ("l", "ỦY BAN NHÂN DÂN"),
    ("l", "TỈNH BẢO GIANG"),
    ("l", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("l", "Độc lập - Tự do - Hạnh phúc"),
    ("l", "Số: 412/QĐ-UBND"),
    ("l", "Bảo Giang, ngày 05 tháng 3 năm 2026"),
    ("gap", ""),
    ("l", "QUYẾT ĐỊNH"),
    ("l", "Ban hành Kế hoạch tuyên truyền cải cách hành chính"),
    ("l", "tỉnh Bảo Giang năm 2026"),
    ("gap", ""),
    ("l", "ỦY BAN NHÂN DÂN TỈNH BẢO GIANG"),
    ("gap", ""),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("ph", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể "
          "cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p", "Căn cứ Kế hoạch số 25/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về cải cách hành "
          "chính tỉnh Bảo Giang năm 2026;"),
    ("p", "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 58/TTr-SNV ngày 26 tháng 02 năm 2026."),
    ("gap", ""),
    ("l", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính tỉnh Bảo Giang năm "
          "2026 (Phụ lục kèm theo)."),
    ("p", "Điều 2. Giao Sở Nội vụ hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế "
          "hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 05/12/2026."),
    ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ("ph", "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh; "
          "Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành "
          "Quyết định này./."),
    ("gap", ""),
    ("l", "Nơi nhận:"),
    ("l", "- Như Điều 4;"),
    ("l", "- Bộ Nội vụ (b/c);"),
    ("l", "- TT Tỉnh ủy, TT HĐND tỉnh;"),
    ("l", "- CT, các PCT UBND tỉnh;"),
    ("l", "- Lưu: VT, NC."),
    ("l", "TM. ỦY BAN NHÂN DÂN"),
    ("l", "KT. CHỦ TỊCH"),
    ("l", "PHÓ CHỦ TỊCH"),
    ("gap", ""),
    ("l", "Đỗ Thị Thu Hà"),
    ("page", ""),
]

B_PLAN = [
    ("l", "PHỤ LỤC"),
    ("l", "KẾ HOẠCH"),
    ("l", "Tuyên truyền cải cách hành chính tỉnh Bảo Giang năm 2026"),
    ("p", "(Kèm theo Quyết định số 412/QĐ-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh Bảo Giang)"),
    ("gap", ""),
    ("l", "Chương I"),
    ("l", "MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU"),
    ("l", "Điều 1. Mục đích"),
    ("ph", "1. Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và sự đồng thuận của người dân, "
          "doanh nghiệp đối với công tác cải cách hành chính (sau đây viết tắt là CCHC) của tỉnh."),
    ("p", "2. Phổ biến kịp thời các mô hình, cách làm hay trong giải quyết thủ tục hành chính, cung cấp dịch vụ "
          "công trực tuyến và chuyển đổi số; góp phần nâng cao các chỉ số PAR INDEX, SIPAS và PCI của tỉnh."),
    ("l", "Điều 2. Yêu cầu"),
    ("p", "1. Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với từng nhóm đối tượng; hình thức đa dạng, ưu "
          "tiên các nền tảng số có lượng người dùng lớn như Face|book, Zalo, You|Tube."),
    ("p", "2. Mỗi cơ quan, đơn vị cử 01 tuyên truyền viên CCHC. Tuyên truyền viên CCHC là công chức, viên "
          "chức được thủ trưởng cơ quan, đơn vị cử làm đầu mối cung cấp thông tin, tin bài và hướng dẫn người "
          "dân thực hiện thủ tục hành chính."),
    ("l", "Điều 3. Chỉ tiêu năm 2026"),
    ("p", "1. 100% cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và Ủy ban nhân dân các xã, phường có chuyên "
          "mục CCHC trên trang thông tin điện tử của mình."),
    ("p", "2. Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) "
          "đạt từ 85% trở lên."),
    ("p", "3. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ 70% trở lên trên tổng số hồ sơ tiếp nhận."),
    ("p", "4. Tổ chức ít nhất 12 chương trình tọa đàm, đối thoại về CCHC trên sóng phát thanh, truyền hình "
          "trong năm."),
    ("gap", ""),
    ("l", "Chương II"),
    ("l", "NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN"),
    ("l", "Điều 4. Nội dung tuyên truyền"),
    ("ph", "1. Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về CCHC; Chương trình tổng thể cải cách "
          "hành chính nhà nước giai đoạn 2021 - 2030 và Kế hoạch cải cách hành chính năm 2026 của tỉnh."),
    ("p", "2. Kết quả giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; "
          "hướng dẫn nộp hồ sơ, thanh toán trực tuyến và tra cứu kết quả qua mã QR."),
    ("ph", "3. Việc thực hiện mô hình chính quyền địa phương hai cấp, việc tiếp nhận hồ sơ không phụ thuộc địa "
          "giới hành chính trong phạm vi tỉnh."),
    ("l", "Điều 5. Tuyên truyền trên báo chí, cổng thông tin và mạng xã hội"),
    ("p", "1. Xây dựng chuyên mục \"Cải cách hành chính - Vì nhân dân phục vụ\", thời lượng 10 phút/số, phát "
          "sóng 02 số/tháng từ tháng 4 đến tháng 12/2026 (Báo và Phát thanh, Truyền hình Bảo Giang chủ trì, phối "
          "hợp Sở Nội vụ)."),
    ("p", "2. Cập nhật tin, bài về CCHC trên Cổng Thông tin điện tử tỉnh tại địa chỉ https://baogiang.gov.vn, "
          "tối thiểu 04 tin, bài/tháng (Văn phòng Ủy ban nhân dân tỉnh)."),
    ("ph", "3. Đăng tải info|graphic, video ngắn hướng dẫn sử dụng dịch vụ công trực tuyến trên trang Face|book "
          "\"Bảo Giang - Chính quyền số\" và Zalo OA của tỉnh, hằng tuần (Sở Khoa học và Công nghệ)."),
    ("p", "4. In, phát hành 20.000 tờ gấp hướng dẫn nộp hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng "
          "tiền mặt, hoàn thành trong Quý II/2026 (Sở Nội vụ chủ trì, phối hợp Trung tâm Phục vụ hành chính "
          "công tỉnh)."),
    ("p", "5. Niêm yết mã QR tra cứu thủ tục hành chính tại Bộ phận Một cửa các cấp, hoàn thành trước ngày "
          "30/6/2026 (Trung tâm Phục vụ hành chính công tỉnh; Ủy ban nhân dân các xã, phường)."),
    ("l", "Điều 6. Tuyên truyền trực tiếp và các hoạt động hưởng ứng"),
    ("p", "1. Tổ chức Hội thi \"Cán bộ, công chức, viên chức giỏi CCHC\" cấp tỉnh trong tháng 9/2026 (Sở Nội "
          "vụ chủ trì, phối hợp Sở Văn hóa, Thể thao và Du lịch, Tỉnh Đoàn)."),
    ("p", "2. Tổ chức Cuộc thi trực tuyến \"Tìm hiểu CCHC tỉnh Bảo Giang năm 2026\" từ ngày 15/5/2026 đến "
          "ngày 15/7/2026 (Sở Nội vụ; phối hợp: Sở Khoa học và Công nghệ)."),
    ("ph", "3. Lồng ghép tuyên truyền CCHC trong các buổi họp thôn, tổ dân phố và sinh hoạt cộng đồng, ít nhất "
          "01 lần/quý (Ủy ban nhân dân các xã, phường)."),
    ("p", "4. Tọa đàm \"Doanh nghiệp đồng hành cùng CCHC\" trong Quý III/2026 (Sở Tài chính chủ trì, phối hợp "
          "Hiệp hội Doanh nghiệp tỉnh)."),
    ("p", "5. Hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân tỉnh với người dân, doanh nghiệp về thủ tục "
          "hành chính trong tháng 11/2026 (Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Nội vụ, Sở Tư "
          "pháp)."),
    ("p", "6. Mở 02 lớp tập huấn kỹ năng tuyên truyền CCHC cho tuyên truyền viên cấp xã trong Quý II/2026 (Sở "
          "Nội vụ)."),
    ("p", "7. Tuyên truyền kết quả Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (sau "
          "đây gọi tắt là DDCI) năm 2025 đến cộng đồng doanh nghiệp trong Quý IV/2026 (Sở Tài chính)."),
    ("gap", ""),
    ("l", "Chương III"),
    ("l", "TỔ CHỨC THỰC HIỆN"),
    ("l", "Điều 7. Kinh phí"),
    ("p", "Kinh phí thực hiện các nhiệm vụ tại Điều 5 và Điều 6 do ngân sách tỉnh bảo đảm trong dự toán năm "
          "2026 giao Sở Nội vụ là 650.000.000 đồng (Sáu trăm năm mươi triệu đồng); các cơ quan, đơn vị khác bố "
          "trí từ dự toán được giao."),
    ("l", "Điều 8. Trách nhiệm của các cơ quan, đơn vị"),
    ("p", "1. Sở Nội vụ"),
    ("p", "a) Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch;"),
    ("p", "b) Kiểm tra công tác tuyên truyền CCHC tại ít nhất 06 cơ quan, đơn vị, địa phương trong năm."),
    ("ph", "2. Sở Khoa học và Công nghệ bảo đảm hạ tầng, an toàn thông tin cho các trang thông tin điện tử và "
          "hướng dẫn kỹ thuật đăng tải nội dung số."),
    ("p", "3. Báo và Phát thanh, Truyền hình Bảo Giang bố trí thời lượng, khung giờ phát sóng phù hợp; ưu tiên "
          "phát lại chuyên mục vào khung giờ 19 giờ 45 phút ngày thứ Bảy."),
    ("p", "4. Ủy ban nhân dân các xã, phường xây dựng kế hoạch tuyên truyền CCHC của địa phương, gửi Sở Nội vụ "
          "trước ngày 31/3/2026."),
    ("l", "Điều 9. Chế độ báo cáo"),
    ("p", "1. Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng quý, gửi Sở Nội vụ trước ngày 15 của tháng "
          "cuối quý."),
    ("p", "2. Báo cáo năm gửi Sở Nội vụ trước ngày 20/11/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."),
]

B_WIDTH = 84
B_LINES_PER_PAGE = 46


def _wrap(text, width, hyph=False):
    """Greedy wrap; a word with '|' may be split there at a line end (PDF hyphenation), else '|' is dropped."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        clean = w.replace("|", "")
        cand = (cur + " " + clean) if cur else clean
        if len(cand) <= width - (5 if hyph and len(clean) >= 5 and clean.isalpha() else 0):
            cur = cand
            continue
        if "|" not in w and hyph and len(clean) >= 5 and clean.isalpha():
            room = width - len(cur) - 2          # space + hyphen
            k = min(room, len(clean) - 2)
            if k >= 2:
                w = clean[:k] + "|" + clean[k:]
        if "|" in w:
            head, _, tail = w.partition("|")
            c2 = (cur + " " + head + "-") if cur else head + "-"
            if len(c2) <= width:
                lines.append(c2)
                cur = tail.replace("|", "")
                continue
        lines.append(cur)
        cur = clean
    if cur:
        lines.append(cur)
    return lines


def make_txt():
    raw = []
    for kind, text in B_DECISION + B_PLAN:
        if kind == "gap":
            raw.append("")
        elif kind == "page":
            raw.append("\f")
        elif kind == "l":
            raw.append(nfc(text))
        else:
            raw.extend(nfc(x) for x in _wrap(text, B_WIDTH, hyph=(kind == "ph")))
    # paginate: the decision is page 1 (it ends with a page marker); the plan flows over the next pages
    pages, cur = [], []
    for line in raw:
        if line == "\f":
            pages.append(cur); cur = []
            continue
        cur.append(line)
        if len(cur) >= B_LINES_PER_PAGE:
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        while pg and pg[-1] == "":
            pg = pg[:-1]
        body = "\n".join(pg)
        out.append(body + "\n\nTrang " + f"{i}/{n}" + "\n")
    text = "\f".join(out)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, B_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return text


# ---------------------------------------------------------------------------------------------------------------
# C. Ban Chỉ đạo PCI tỉnh Thạch Lâm: Kế hoạch số 03/KH-BCĐ, PDF
# ---------------------------------------------------------------------------------------------------------------
C_PRE = ("Căn cứ Quyết định số 156/QĐ-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh về việc kiện toàn Ban Chỉ "
         "đạo cải thiện môi trường đầu tư kinh doanh, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)¹ tỉnh "
         "Thạch Lâm (sau đây gọi là Ban Chỉ đạo); căn cứ kết quả PCI năm 2024 của tỉnh, Ban Chỉ đạo ban hành Kế "
         "hoạch hoạt động giai đoạn 2025 - 2027 như sau:")
C_FOOT = ("¹ PCI: Chỉ số năng lực cạnh tranh cấp tỉnh, do Liên đoàn Thương mại và Công nghiệp Việt Nam khảo "
          "sát, công bố hằng năm; gồm 10 chỉ số thành phần.")
C_BODY1 = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa nhiệm vụ của Ban Chỉ đạo và từng thành viên trong việc cải thiện 10 chỉ số thành phần "
          "PCI; gắn trách nhiệm người đứng đầu với kết quả chỉ số thành phần được phân công theo dõi."),
    ("p", "2. Các thành viên chủ động, phối hợp chặt chẽ; định kỳ báo cáo, kịp thời đề xuất tháo gỡ khó khăn "
          "cho doanh nghiệp."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "Các chỉ tiêu chủ yếu giai đoạn 2025 - 2027 tại Bảng 1:"),
]
C_TABLE1 = [
    ("Chỉ tiêu", "Năm 2024 (thực hiện)", "Năm 2025", "Năm 2026", "Năm 2027"),
    ("Điểm tổng hợp PCI", "64,38", "≥ 65,5", "≥ 67,0", "≥ 68,5"),
    ("Xếp hạng PCI", "Nhóm trung bình", "Nhóm khá", "Nhóm khá", "Nhóm tốt"),
    ("Tỷ lệ hồ sơ TTHC lĩnh vực đầu tư, đất đai giải quyết đúng hạn", "91%", "95%", "97%", "98%"),
    ("Số cuộc đối thoại với doanh nghiệp", "2", "4", "4", "4"),
]
C_BODY2 = [
    ("h", "III. NHIỆM VỤ CỦA BAN CHỈ ĐẠO"),
    ("p", "1. Ban Chỉ đạo họp định kỳ 01 lần/quý vào tuần đầu của tháng cuối quý; họp bất thường khi Trưởng "
          "ban triệu tập. Tổ giúp việc Ban Chỉ đạo đặt tại Sở Tài chính."),
    ("p", "2. Lịch hoạt động của Ban Chỉ đạo giai đoạn 2025 - 2027 tại Bảng 2:"),
]
# Bảng 2: group rows by year; rows (TT, content, lead, coord, time); "^" = merged with the cell above
C_TABLE2 = [
    ("NĂM 2025", [
        ("1", "Hội nghị phân tích kết quả PCI năm 2024, đề ra giải pháp khắc phục chỉ số thành phần giảm điểm",
         "Sở Tài chính", "Các thành viên Ban Chỉ đạo", "Tháng 5/2025"),
        ("2", "Xây dựng, vận hành chuyên trang \"Thạch Lâm đồng hành cùng doanh nghiệp\" trên Cổng Thông tin "
              "điện tử tỉnh", "Văn phòng UBND tỉnh", "^", "Quý III/2025"),
        ("3", "Đánh giá DDCI năm 2025 đối với các sở, ngành và các xã, phường", "Sở Tài chính", "^", "Quý IV/2025"),
        ("4", "Tọa đàm \"Tiếp cận đất đai cho doanh nghiệp nhỏ và vừa\"", "Sở Nông nghiệp và Môi trường",
         "Hiệp hội Doanh nghiệp tỉnh", "Tháng 10/2025"),
        ("5", "Sơ kết hoạt động năm 2025 của Ban Chỉ đạo", "Sở Tài chính", "Tổ giúp việc Ban Chỉ đạo",
         "Tháng 12/2025"),
    ]),
    ("NĂM 2026", [
        ("6", "Khảo sát chi phí không chính thức và thời gian thực hiện TTHC đối với doanh nghiệp",
         "Thanh tra tỉnh", "Sở Nội vụ; Hiệp hội Doanh nghiệp tỉnh", "Quý II/2026"),
        ("7", "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, nhà đầu tư", "Sở Tài chính",
         "Văn phòng UBND tỉnh", "Tháng 6/2026"),
        ("8", "Rà soát, công khai quy hoạch, kế hoạch sử dụng đất, quỹ đất sạch cho thuê", "Sở Nông nghiệp và "
              "Môi trường", "UBND các xã, phường", "Quý III/2026"),
        ("9", "Tập huấn về tính minh bạch và tiếp cận thông tin cho cán bộ một cửa các cấp", "Sở Nội vụ",
         "Trung tâm Phục vụ hành chính công tỉnh", "Tháng 8/2026"),
        ("10", "Đánh giá DDCI năm 2026", "Sở Tài chính", "Viện Nghiên cứu phát triển tỉnh", "Quý IV/2026"),
    ]),
    ("NĂM 2027", [
        ("11", "Tổ chức Diễn đàn \"Cà phê doanh nhân Thạch Lâm\" hằng quý", "Hiệp hội Doanh nghiệp tỉnh",
         "Sở Tài chính", "Hằng quý"),
        ("12", "Xây dựng cơ sở dữ liệu doanh nghiệp dùng chung của tỉnh", "Sở Khoa học và Công nghệ",
         "Sở Tài chính; Thuế tỉnh", "Quý II/2027"),
        ("13", "Đào tạo nghề theo đặt hàng của doanh nghiệp trong khu công nghiệp", "Sở Nội vụ",
         "Ban Quản lý các khu công nghiệp tỉnh", "Quý III/2027"),
        ("14", "Tổng kết Kế hoạch giai đoạn 2025 - 2027, đề xuất giai đoạn tiếp theo", "Sở Tài chính",
         "Các thành viên Ban Chỉ đạo", "Tháng 12/2027"),
    ]),
]
C_BODY3 = [
    ("h", "IV. PHÂN CÔNG THÀNH VIÊN THEO DÕI CHỈ SỐ THÀNH PHẦN"),
    ("p", "Mỗi chỉ số thành phần PCI do một thành viên Ban Chỉ đạo theo dõi, chịu trách nhiệm chính (Bảng 3):"),
]
C_TABLE3 = [
    ("TT", "Họ và tên", "Chức vụ, chức danh", "Chỉ số thành phần theo dõi"),
    ("1", "Hồ Văn Lâm", "Phó Chủ tịch UBND tỉnh, Trưởng ban", "Chỉ đạo chung; Tính năng động của chính quyền tỉnh"),
    ("2", "Trần Quốc Bảo", "Giám đốc Sở Tài chính, Phó Trưởng ban thường trực",
     "Gia nhập thị trường; Dịch vụ hỗ trợ doanh nghiệp"),
    ("3", "Lê Thị Mai Anh", "Giám đốc Sở Nông nghiệp và Môi trường, thành viên", "Tiếp cận đất đai"),
    ("4", "Phạm Đức Huy", "Giám đốc Sở Nội vụ, thành viên", "Chi phí thời gian; Đào tạo lao động"),
    ("5", "Nguyễn Văn Sơn", "Chánh Thanh tra tỉnh, thành viên", "Chi phí không chính thức"),
    ("6", "Đặng Thu Trang", "Chánh Văn phòng UBND tỉnh, thành viên", "Tính minh bạch"),
    ("7", "Vũ Minh Tâm", "Giám đốc Sở Tư pháp, thành viên", "Thiết chế pháp lý và an ninh trật tự"),
    ("8", "Bùi Quang Thắng", "Giám đốc Sở Công Thương, thành viên", "Cạnh tranh bình đẳng"),
]
C_BODY4 = [
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Tài chính là cơ quan thường trực, tham mưu Ban Chỉ đạo theo dõi, đôn đốc thực hiện Kế hoạch; "
          "tổng hợp báo cáo Ban Chỉ đạo trước ngày 10 của tháng cuối quý."),
    ("p", "2. Các thành viên Ban Chỉ đạo báo cáo kết quả cải thiện chỉ số thành phần được phân công về Sở Tài "
          "chính trước ngày 05 của tháng cuối quý; báo cáo năm trước ngày 30/11."),
    ("p", "3. Kinh phí hoạt động của Ban Chỉ đạo bố trí trong dự toán của Sở Tài chính, mỗi năm 300 triệu đồng."),
]


def make_pdf():
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class PDF(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "", 9)
            self.cell(0, 6, f"- {self.page_no()} -", align="C")

    pdf = PDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 14, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 33)
    pdf.add_page()
    W = pdf.w - 35
    # letterhead: two columns, drawn with cells
    y0 = pdf.get_y()
    pdf.set_font("dv", "", 10)
    left = [("", "UBND TỈNH THẠCH LÂM"), ("B", "BAN CHỈ ĐẠO CẢI THIỆN"), ("B", "MÔI TRƯỜNG ĐẦU TƯ KINH DOANH"),
            ("", "___"), ("", "Số: 03/KH-BCĐ")]
    right = [("B", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("B", "Độc lập - Tự do - Hạnh phúc"), ("", "_______"),
             ("", ""), ("I", "Thạch Lâm, ngày 14 tháng 4 năm 2025")]
    for i, (st, txt) in enumerate(left):
        pdf.set_xy(20, y0 + i * 5.5)
        pdf.set_font("dv", st, 10)
        pdf.cell(72, 5.5, nfc(txt), align="C")
    for i, (st, txt) in enumerate(right):
        pdf.set_xy(92, y0 + i * 5.5)
        pdf.set_font("dv", st, 10)
        pdf.cell(W - 72, 5.5, nfc(txt), align="C")
    pdf.set_xy(20, y0 + 6 * 5.5 + 4)
    pdf.set_font("dv", "B", 13)
    pdf.cell(W, 7, "KẾ HOẠCH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 11)
    pdf.multi_cell(W, 6, nfc("Hoạt động của Ban Chỉ đạo cải thiện môi trường đầu tư kinh doanh, nâng cao Chỉ "
                             "số năng lực cạnh tranh cấp tỉnh giai đoạn 2025 - 2027"), align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def body(items):
        for kind, text in items:
            if kind == "h":
                pdf.set_font("dv", "B", 11)
                pdf.multi_cell(W, 6, nfc(text), new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("dv", "", 11)
                pdf.multi_cell(W, 6, nfc(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)

    body([("p", C_PRE)])
    # footnote at the bottom of page 1
    pg, yy = pdf.page, pdf.get_y()
    pdf.set_font("dv", "", 8.5)
    pdf.set_auto_page_break(False)
    pdf.set_xy(20, pdf.h - 30)
    pdf.line(20, pdf.h - 31, 70, pdf.h - 31)
    pdf.multi_cell(W, 4.2, nfc(C_FOOT), new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(True, 33)
    pdf.set_xy(20, yy)
    body(C_BODY1)
    pdf.set_font("dv", "I", 10)
    pdf.cell(W, 6, "Bảng 1. Chỉ tiêu chủ yếu", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9.5)
    with pdf.table(col_widths=(60, 28, 22, 22, 22), text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
                   line_height=5.2, headings_style=FontFace(emphasis="BOLD")) as t:
        for r in C_TABLE1:
            row = t.row()
            for c in r:
                row.cell(nfc(c))
    pdf.ln(3)
    body(C_BODY2)
    pdf.set_font("dv", "I", 10)
    pdf.cell(W, 6, "Bảng 2. Lịch hoạt động của Ban Chỉ đạo", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9.5)
    with pdf.table(col_widths=(10, 62, 35, 38, 25), text_align=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER"),
                   line_height=5.2, repeat_headings=1, headings_style=FontFace(emphasis="BOLD")) as t:
        row = t.row()
        for h in ("TT", "Nội dung hoạt động", "Cơ quan chủ trì tham mưu", "Cơ quan phối hợp", "Thời gian"):
            row.cell(h)
        for year, rows in C_TABLE2:
            row = t.row()
            row.cell(year, colspan=5, style=FontFace(emphasis="BOLD"), align="LEFT")
            # compute rowspans for "^" in the coord column
            for i, r in enumerate(rows):
                row = t.row()
                for c, val in enumerate(r):
                    if val == "^":
                        continue
                    span = 1
                    while i + span < len(rows) and rows[i + span][c] == "^":
                        span += 1
                    row.cell(nfc(val), rowspan=span) if span > 1 else row.cell(nfc(val))
    pdf.ln(3)
    body(C_BODY3)
    pdf.set_font("dv", "I", 10)
    pdf.cell(W, 6, "Bảng 3. Phân công thành viên Ban Chỉ đạo", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9.5)
    with pdf.table(col_widths=(10, 38, 62, 60), text_align=("CENTER", "LEFT", "LEFT", "LEFT"), line_height=5.2,
                   repeat_headings=1, headings_style=FontFace(emphasis="BOLD")) as t:
        for r in C_TABLE3:
            row = t.row()
            for c in r:
                row.cell(nfc(c))
    pdf.ln(3)
    body(C_BODY4)
    # signature: Nơi nhận left, signer right
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y = pdf.get_y() + 2
    pdf.set_xy(20, y)
    pdf.set_font("dv", "B", 10)
    pdf.cell(80, 5, "Nơi nhận:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    for s in ["- Thường trực Tỉnh ủy (b/c);", "- Chủ tịch, các PCT UBND tỉnh;", "- Thành viên Ban Chỉ đạo;",
              "- Tổ giúp việc Ban Chỉ đạo;", "- Lưu: VT, STC."]:
        pdf.cell(80, 4.6, nfc(s), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 10)
    for i, s in enumerate(["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND TỈNH", "", "", "",
                           "Hồ Văn Lâm"]):
        pdf.set_xy(105, y + i * 5.5)
        pdf.cell(W - 85, 5.5, nfc(s), align="C")
    os.makedirs(OUT, exist_ok=True)
    pdf.output(os.path.join(OUT, C_NAME))


if __name__ == "__main__":
    make_docx()
    make_txt()
    make_pdf()
    print("wrote", sorted(os.listdir(OUT)))
