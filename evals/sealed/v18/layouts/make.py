# -*- coding: utf-8 -*-
"""Build the three fictional documents of sealed split v18 into ./corpus and expose the gold section map.

    /work/main/.venv/bin/python make.py

Fictional province: tỉnh Ngọc Đàm (2026). Asserts its own arithmetic. gold(name) -> [(section, text), ...].
Adapted in structure (not content) from evals/sealed/v17/layouts/make.py.
"""
import datetime
import io
import os
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "2026-chu-tich-ubnd-ngoc-dam-qd-1207-uy-quyen-giai-quyet-tthc.docx"
DOC_B = "2026-van-phong-ubnd-ngoc-dam-lich-cong-tac-tuan-41.pdf"
DOC_C = "2026-xa-nam-khieu-don-va-bao-cao-mo-ta-sang-kien-dvc-luu-dong.txt"


def vn(n):
    return f"{n:,}".replace(",", ".")


D = datetime.date
# ----------------------------------------------------------------------------------------------- arithmetic / dates
assert D(2026, 9, 21).weekday() == 0          # QĐ 1207 signed on a Monday
assert D(2026, 10, 1).weekday() == 3          # takes effect Thursday 01/10
assert D(2026, 9, 30).weekday() == 2
WEEK = [D(2026, 10, 5) + datetime.timedelta(days=k) for k in range(7)]
assert WEEK[0].isocalendar()[1] == 41 and WEEK[0].weekday() == 0 and WEEK[5] == D(2026, 10, 10)
assert D(2026, 10, 2).weekday() == 4          # schedule issued on Friday 02/10
assert D(2026, 4, 5).weekday() == 6 and D(2026, 11, 15).weekday() == 6
assert D(2026, 4, 9).weekday() == 3 and D(2026, 11, 12).weekday() == 3
N_CN = (D(2026, 11, 15) - D(2026, 4, 5)).days // 7 + 1
N_T5 = (D(2026, 11, 12) - D(2026, 4, 9)).days // 7 + 1
assert (N_CN, N_T5) == (33, 32)
N_PHIEN = N_CN + N_T5
N_HUY = 3
assert N_PHIEN == 65 and N_PHIEN - N_HUY == 62
assert D(2026, 11, 20).weekday() == 4
AUTH_PCT = [50, 30, 20]
assert sum(AUTH_PCT) == 100
EQUIP = [("máy tính xách tay", 1, 18_900_000), ("máy quét tài liệu cầm tay", 2, 3_450_000),
         ("thiết bị phát wifi 4G", 2, 1_250_000), ("máy in di động", 1, 4_850_000),
         ("bàn ghế gấp, ô che, biển hiệu", 1, 5_500_000)]
EQUIP_TONG = sum(q * p for _, q, p in EQUIP)
assert EQUIP_TONG == 38_650_000
HS_HOTRO = 1486
assert round(HS_HOTRO * 2.1, 1) == 3120.6
assert round(2.5 - 0.4, 1) == 2.1

# ----------------------------------------------------------------------------------------------- document A
A_HEAD = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          ("TỈNH NGỌC ĐÀM", "Độc lập - Tự do - Hạnh phúc"),
          ("Số: 1207/QĐ-UBND", "Ngọc Đàm, ngày 21 tháng 9 năm 2026")]
A_TITLE = ["QUYẾT ĐỊNH",
           "Về việc ủy quyền giải quyết thủ tục hành chính thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh",
           "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGỌC ĐÀM"]
A_PRE = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo "
    "cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;",
    "Căn cứ Quyết định số 455/QĐ-UBND ngày 11 tháng 7 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh công bố Danh mục "
    "thủ tục hành chính thuộc thẩm quyền giải quyết của Chủ tịch Ủy ban nhân dân tỉnh Ngọc Đàm;",
    "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 562/TTr-VPUBND ngày 08 tháng 9 năm 2026 "
    "và ý kiến thẩm định của Sở Tư pháp tại Văn bản số 1984/STP-XDKTVB ngày 04 tháng 9 năm 2026.",
]
A_GROUPS = [  # (letter, addressee, [(name, field, time, level)])
    ("A", "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", [
        ("Cho phép tổ chức hội nghị, hội thảo quốc tế về khoa học và công nghệ", "Khoa học và công nghệ",
         "10 ngày", "Một phần"),
        ("Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cấp độ 3", "An toàn thông tin", "15 ngày",
         "Toàn trình"),
        ("Công nhận kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước",
         "Khoa học và công nghệ", "15 ngày", "Toàn trình"),
        ("Xác nhận sản phẩm công nghệ số tự phát triển trong nước", "Công nghiệp công nghệ số", "07 ngày",
         "Toàn trình"),
    ]),
    ("B", "GIÁM ĐỐC SỞ NỘI VỤ", [
        ("Công nhận ban vận động thành lập hội", "Tổ chức phi chính phủ", "30 ngày", "Một phần"),
        ("Phê duyệt điều lệ hội", "Tổ chức phi chính phủ", "30 ngày", "Một phần"),
        ("Cho phép hội đặt văn phòng đại diện", "Tổ chức phi chính phủ", "15 ngày", "Toàn trình"),
        ("Công nhận quỹ đủ điều kiện hoạt động và công nhận thành viên Hội đồng quản lý quỹ",
         "Tổ chức phi chính phủ", "30 ngày", "Một phần"),
        ("Thay đổi giấy phép thành lập và công nhận điều lệ quỹ", "Tổ chức phi chính phủ", "20 ngày", "Một phần"),
    ]),
    ("C", "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", [
        ("Cấp giấy phép khai thác nước dưới đất đối với công trình có lưu lượng dưới 3.000 m³/ngày đêm",
         "Tài nguyên nước", "25 ngày", "Một phần"),
        ("Gia hạn, điều chỉnh giấy phép khai thác nước dưới đất", "Tài nguyên nước", "20 ngày", "Một phần"),
        ("Cấp giấy phép xả nước thải vào nguồn nước", "Tài nguyên nước", "25 ngày", "Một phần"),
        ("Phê duyệt phương án trồng rừng thay thế", "Lâm nghiệp", "20 ngày", "Một phần"),
        ("Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi", "Thủy lợi", "15 ngày",
         "Toàn trình"),
        ("Phê duyệt phương án ứng phó thiên tai cho công trình vùng hạ du đập", "Phòng, chống thiên tai",
         "20 ngày", "Một phần"),
    ]),
    ("D", "GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", [
        ("Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp", "Thông tin điện tử", "10 ngày", "Toàn trình"),
        ("Cấp giấy phép xuất bản bản tin", "Báo chí", "15 ngày", "Toàn trình"),
        ("Cấp giấy phép tổ chức triển lãm do tổ chức ở địa phương đưa ra nước ngoài", "Văn hóa", "10 ngày",
         "Một phần"),
    ]),
    ("Đ", "CHỦ TỊCH ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG", [
        ("Cấp giấy phép xây dựng công trình cấp III trên địa bàn xã, phường", "Hoạt động xây dựng", "20 ngày",
         "Một phần"),
        ("Phê duyệt phương án khai thác tận dụng gỗ rừng trồng của hộ gia đình, cá nhân", "Lâm nghiệp", "10 ngày",
         "Toàn trình"),
        ("Cấp phép tạm sử dụng một phần lòng đường, hè phố không vào mục đích giao thông trên đường tỉnh qua địa "
         "bàn", "Đường bộ", "05 ngày", "Toàn trình"),
        ("Cấp phép tổ chức biểu diễn nghệ thuật tại lễ hội truyền thống cấp xã", "Nghệ thuật biểu diễn", "05 ngày",
         "Một phần"),
    ]),
]
A_COUNTS = [len(g[2]) for g in A_GROUPS]
assert A_COUNTS == [4, 5, 6, 3, 4] and sum(A_COUNTS) == 22
A_TT = sum(1 for g in A_GROUPS for r in g[2] if r[3] == "Toàn trình")
assert A_TT == 9 and 22 - A_TT == 13
A_BODY = [  # (section, style, text); style: art (run-in article), head (article title alone), k, p
    ("Điều 1", "head", "Điều 1. Ủy quyền giải quyết thủ tục hành chính"),
    ("Điều 1.1", "k", "1. Ủy quyền cho người đứng đầu các cơ quan sau đây thực hiện thẩm quyền giải quyết 22 thủ tục "
     "hành chính thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh (Danh mục kèm theo Quyết định này):"),
    ("Điều 1.1.a", "p", "a) Giám đốc Sở Khoa học và Công nghệ: 04 thủ tục hành chính;"),
    ("Điều 1.1.b", "p", "b) Giám đốc Sở Nội vụ: 05 thủ tục hành chính;"),
    ("Điều 1.1.c", "p", "c) Giám đốc Sở Nông nghiệp và Môi trường: 06 thủ tục hành chính;"),
    ("Điều 1.1.d", "p", "d) Giám đốc Sở Văn hóa, Thể thao và Du lịch: 03 thủ tục hành chính;"),
    ("Điều 1.1.đ", "p", "đ) Chủ tịch Ủy ban nhân dân các xã, phường: 04 thủ tục hành chính, đối với hồ sơ phát sinh "
     "trên địa bàn xã, phường."),
    ("Điều 1.2", "k", "2. Thời hạn ủy quyền: từ ngày 01 tháng 10 năm 2026 đến hết ngày 31 tháng 12 năm 2027."),
    ("Điều 1.3", "k", "3. Cơ quan, người được ủy quyền không được ủy quyền tiếp cho cơ quan, tổ chức, cá nhân khác."),
    ("Điều 2", "head", "Điều 2. Trách nhiệm của người được ủy quyền"),
    ("Điều 2.1", "k", "1. Tổ chức giải quyết thủ tục hành chính được ủy quyền theo đúng quy định, nhân danh và sử dụng "
     "con dấu của cơ quan mình; chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh và trước pháp luật về kết quả "
     "giải quyết."),
    ("Điều 2.2", "k", "2. Trong thời hạn 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực, ban hành quy trình nội "
     "bộ giải quyết thủ tục hành chính được ủy quyền và gửi Văn phòng Ủy ban nhân dân tỉnh để cấu hình quy trình điện "
     "tử trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."),
    ("Điều 2.3", "k", "3. Tiếp nhận 100% hồ sơ thủ tục hành chính được ủy quyền qua Bộ phận Một cửa hoặc trực tuyến "
     "trên Cổng Dịch vụ công quốc gia; kết quả giải quyết được cấp bản điện tử có giá trị pháp lý như bản giấy."),
    ("Điều 2.4", "k", "4. Định kỳ hằng quý, trước ngày 18 của tháng cuối quý, báo cáo kết quả thực hiện nhiệm vụ được "
     "ủy quyền về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh); gửi báo cáo tổng kết việc thực hiện ủy "
     "quyền trước ngày 15 tháng 11 năm 2027."),
    ("Điều 3", "head", "Điều 3. Trách nhiệm của các cơ quan có liên quan"),
    ("Điều 3.1", "k", "1. Văn phòng Ủy ban nhân dân tỉnh chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện các nội "
     "dung ủy quyền; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh hằng quý; đề xuất sửa đổi, bổ sung Danh mục thủ "
     "tục hành chính ủy quyền khi cần thiết."),
    ("Điều 3.2", "k", "2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh điều chỉnh cấu "
     "hình, phân quyền trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, hoàn thành trước ngày 30 tháng 9 "
     "năm 2026."),
    ("Điều 3.3", "k", "3. Trung tâm Phục vụ hành chính công tỉnh công khai Danh mục thủ tục hành chính được ủy quyền "
     "tại trụ sở và trên Cổng Dịch vụ công tỉnh (https://dichvucong.ngocdam.gov.vn); hướng dẫn tổ chức, cá nhân qua "
     "đường dây nóng 0214 6 862 475."),
    ("Điều 3.4", "k", "4. Sở Tư pháp theo dõi, kiểm tra tính hợp pháp của việc thực hiện ủy quyền; kịp thời báo cáo "
     "Chủ tịch Ủy ban nhân dân tỉnh khi phát hiện vướng mắc."),
    ("Điều 4", "head", "Điều 4. Hiệu lực thi hành"),
    ("Điều 4", "plain", "Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2026 và thay thế Quyết định số "
     "731/QĐ-UBND ngày 28 tháng 8 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh về việc ủy quyền giải quyết một số thủ "
     "tục hành chính."),
    ("Điều 5", "art", "Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Nội vụ, "
     "Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch, Tư pháp; Giám đốc Trung tâm Phục vụ hành chính công "
     "tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
     "Quyết định này./."),
]
A_NOI_NHAN = ["Nơi nhận:", "- Như Điều 5;", "- Văn phòng Chính phủ (Cục Kiểm soát TTHC);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
              "- CT, các PCT UBND tỉnh;", "- Cổng TTĐT tỉnh;", "- Lưu: VT, KSTT."]
A_SIGN = ["CHỦ TỊCH", "(Đã ký)", "Đinh Công Hoạch"]
A_APP_HEAD = ["DANH MỤC THỦ TỤC HÀNH CHÍNH ỦY QUYỀN GIẢI QUYẾT",
              "(Kèm theo Quyết định số 1207/QĐ-UBND ngày 21 tháng 9 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh "
              "Ngọc Đàm)"]
A_COLS = ["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết", "Mức độ dịch vụ công trực tuyến"]
A_NOTE = ("Ghi chú: Thời hạn giải quyết tính theo ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ; hồ sơ nộp trực "
          "tuyến được tiếp nhận 24/7 trên Cổng Dịch vụ công quốc gia.")


def a_rows():
    n = 0
    for gl, who, rows in A_GROUPS:
        out = []
        for r in rows:
            n += 1
            out.append((n,) + r)
        yield gl, who, out


def gold_a():
    g = [("header", t) for pair in A_HEAD for t in pair]
    g += [("header", t) for t in A_TITLE]
    g += [("preamble", t) for t in A_PRE]
    g.append(("preamble", "QUYẾT ĐỊNH:"))
    g += [(s, t) for s, _, t in A_BODY]
    g += [("closing", t) for t in A_NOI_NHAN]
    g += [("signature", t) for t in A_SIGN]
    g += [("Phụ lục", t) for t in ["PHỤ LỤC"] + A_APP_HEAD + A_COLS + [A_NOTE]]
    for gl, who, rows in a_rows():
        g.append((f"Phụ lục.{gl}", f"{gl} {who} ({len(rows):02d} thủ tục)"))
        for n, name, field, time, level in rows:
            for t in (f"{n} {name} {field} {time} {level}", name, field, time, level):
                g.append((f"Phụ lục.{gl}.{n}", t))
    return g


def _fixed_zip(buf, path, dt):
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def build_a(path):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 9, 21, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 9, 21, 8, 0, 0)
    d.core_properties.author = "VP UBND tinh"
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)

    def para(text="", bold=False, italic=False, align=None, indent=False, size=None, after=4):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
                       "l": WD_ALIGN_PARAGRAPH.LEFT, None: None}[align]
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.space_after = Pt(after)
        return p

    # letterhead: three tab-aligned lines (no table), left block centred at 3.5 cm, right block at 11 cm
    for k, (left, right) in enumerate(A_HEAD):
        p = d.add_paragraph()
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Cm(3.6), WD_TAB_ALIGNMENT.CENTER)
        ts.add_tab_stop(Cm(11.2), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.space_after = Pt(0 if k < 2 else 10)
        r1 = p.add_run("\t" + left)
        r1.bold = k == 1
        r1.font.size = Pt(12 if k < 2 else 13)
        r2 = p.add_run("\t" + right)
        r2.bold = k < 2
        r2.italic = k == 2
        r2.font.size = Pt(12 if k == 0 else 13)
    para(A_TITLE[0], bold=True, align="c", size=14, after=0)
    para(A_TITLE[1], bold=True, align="c")
    para(A_TITLE[2], bold=True, align="c", after=8)
    for x in A_PRE:
        para(x, italic=True, align="j", indent=True)
    para("QUYẾT ĐỊNH:", bold=True, align="c", after=6)
    for s, style, text in A_BODY:
        if style == "art":
            head, rest = text.split(". ", 1)
            p = para(align="j", indent=True)
            p.add_run(head + ". ").bold = True
            p.add_run(rest)
        elif style == "head":
            para(text, bold=True, align="j", indent=True)
        elif style == "p":
            p = para(text, align="j")
            p.paragraph_format.left_indent = Cm(1)
        else:
            para(text, align="j", indent=True)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].text = ""
    for k, ln in enumerate(A_NOI_NHAN):
        p = c0.paragraphs[0] if k == 0 else c0.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(13 if k == 0 else 11)
        r.bold = r.italic = k == 0
    for k, ln in enumerate(A_SIGN):
        p = c1.paragraphs[0] if k == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        r.bold = k != 1
        r.italic = k == 1
        if k == 1:
            p.paragraph_format.space_after = Pt(48)
    # appendix on a landscape section
    ns = d.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = sec.page_height, sec.page_width
    ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
    para("PHỤ LỤC", bold=True, align="c", after=0)
    para(A_APP_HEAD[0], bold=True, align="c", after=0)
    para(A_APP_HEAD[1], italic=True, align="c", after=8)
    nrows = 1 + sum(1 + n for n in A_COUNTS)
    t = d.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def cell(c, text, bold=False, align="c"):
        c.paragraphs[0].text = ""
        p = c.paragraphs[0]
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT

    for j, c in enumerate(A_COLS):
        cell(t.cell(0, j), c, bold=True)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)
    r = 1
    for gl, who, rows in a_rows():
        cell(t.cell(r, 0), gl, bold=True)
        m = t.cell(r, 1).merge(t.cell(r, 4))
        cell(m, f"{who} ({len(rows):02d} thủ tục)", bold=True, align="l")
        r += 1
        for n, name, field, time, level in rows:
            cell(t.cell(r, 0), str(n))
            cell(t.cell(r, 1), name, align="l")
            cell(t.cell(r, 2), field, align="l")
            cell(t.cell(r, 3), time)
            cell(t.cell(r, 4), level)
            r += 1
    widths = (Cm(1.3), Cm(12.5), Cm(5.2), Cm(3.2), Cm(3.6))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    p = para(A_NOTE, italic=True, align="j")
    p.paragraph_format.space_before = Pt(6)
    buf = io.BytesIO()
    d.save(buf)
    _fixed_zip(buf, path, (2026, 9, 21, 8, 0, 0))


# gold helper for A: the group rows read "A. GIÁM ĐỐC ..." in the text as "A" cell + merged cell; add a joined form
# ----------------------------------------------------------------------------------------------- document B
B_HEAD_L = ["ỦY BAN NHÂN DÂN TỈNH NGỌC ĐÀM", "VĂN PHÒNG", "Số: 41/LCT-VPUBND"]
B_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Ngọc Đàm, ngày 02 tháng 10 năm 2026"]
B_TITLE = ["LỊCH CÔNG TÁC TUẦN",
           "của Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh",
           "(Tuần 41, từ ngày 05/10/2026 đến ngày 11/10/2026)"]
CT, PTT, PL, PN = ("CT Đinh Công Hoạch", "PCT TT Văn Thị Mẫn", "PCT Trịnh Hữu Lạc", "PCT Kha Minh Nghị")
DAYS = ["THỨ HAI", "THỨ BA", "THỨ TƯ", "THỨ NĂM", "THỨ SÁU", "THỨ BẢY", "CHỦ NHẬT"]
B_ROWS = [  # (day index, time, content, leader, participants / preparing unit, place)
    (0, "07:30", "Chào cờ đầu tuần; giao ban Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh", CT,
     "Các PCT UBND tỉnh; Chánh Văn phòng UBND tỉnh", "Phòng họp số 1, tầng 3"),
    (0, "09:00", "Nghe báo cáo tình hình giải quyết hồ sơ thủ tục hành chính quá hạn quý III/2026 và kết quả những "
     "ngày đầu thực hiện Quyết định số 1207/QĐ-UBND về ủy quyền giải quyết thủ tục hành chính", PTT,
     "Văn phòng UBND tỉnh chuẩn bị báo cáo; mời Giám đốc Trung tâm Phục vụ hành chính công tỉnh, lãnh đạo Sở Nội vụ, "
     "Sở Tư pháp", "Phòng họp số 2, tầng 3"),
    (0, "14:00", "Làm việc với Đoàn công tác của Bộ Nông nghiệp và Môi trường về kiểm kê rừng năm 2026", PN,
     "Sở Nông nghiệp và Môi trường chuẩn bị nội dung", "Phòng họp số 2, tầng 3"),
    (1, "08:00", "Phiên họp thứ ba năm 2026 của Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo, "
     "chuyển đổi số và Đề án 06", CT + " (Trưởng Ban Chỉ đạo)",
     "Thành viên Ban Chỉ đạo; Sở Khoa học và Công nghệ (cơ quan thường trực) chuẩn bị tài liệu",
     "Hội trường tầng 1, trụ sở UBND tỉnh"),
    (1, "14:00", "Tiếp công dân định kỳ tháng 10/2026", CT,
     "Ban Tiếp công dân tỉnh chuẩn bị; mời Thanh tra tỉnh, Sở Nông nghiệp và Môi trường", "Trụ sở Tiếp công dân tỉnh"),
    (1, "14:00", "Họp Hội đồng thẩm định Đề án Trung tâm Giám sát, điều hành thông minh (IOC) tỉnh giai đoạn "
     "2026 - 2028", PL, "Sở Khoa học và Công nghệ chuẩn bị; mời Sở Tài chính, Công an tỉnh", "Phòng họp số 3, tầng 3"),
    (2, "08:00", "Hội nghị tập huấn triển khai Quyết định số 1207/QĐ-UBND về ủy quyền giải quyết thủ tục hành chính "
     "(trực tiếp kết hợp trực tuyến đến điểm cầu các xã, phường)", PTT,
     "Văn phòng UBND tỉnh chuẩn bị nội dung; Sở Khoa học và Công nghệ bảo đảm đường truyền; mời lãnh đạo các sở được "
     "ủy quyền, Chủ tịch UBND các xã, phường", "Hội trường Trung tâm Hội nghị tỉnh"),
    (2, "09:30", "Kiểm tra tiến độ dự án Đường vành đai phía Bắc", PN, "Sở Xây dựng chuẩn bị; mời UBND phường Hạc Kiều",
     "Phường Hạc Kiều"),
    (2, "14:00", "Nghe Sở Nội vụ báo cáo dự thảo Kế hoạch khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS) năm "
     "2026", PTT, "Sở Nội vụ chuẩn bị", "Phòng họp số 1, tầng 3"),
    (2, "15:30", "Làm việc với Bưu điện tỉnh về tiếp nhận hồ sơ, trả kết quả thủ tục hành chính qua dịch vụ bưu chính "
     "công ích", PL, "Bưu điện tỉnh, Trung tâm Phục vụ hành chính công tỉnh chuẩn bị", "Phòng họp số 3, tầng 3"),
    (3, "07:30", "Tiếp và làm việc với Đoàn kiểm tra của Bộ Nội vụ về công tác cải cách hành chính năm 2026",
     CT + "; " + PTT, "Sở Nội vụ chuẩn bị báo cáo, hậu cần; mời Giám đốc các sở, ngành liên quan",
     "Phòng họp số 1, tầng 3"),
    (3, "14:00", "Làm việc với UBND xã Nậm Khiếu về mô hình \"Tổ dịch vụ công lưu động theo phiên chợ\" và việc thực "
     "hiện các thủ tục hành chính được ủy quyền (bổ sung)", PL,
     "UBND xã Nậm Khiếu chuẩn bị báo cáo; mời Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công tỉnh cùng đi",
     "Hội trường UBND xã Nậm Khiếu"),
    (3, "14:00", "Họp Hội đồng thẩm định giá đất tỉnh", PN, "Sở Tài chính chuẩn bị", "Phòng họp số 2, tầng 3"),
    (4, "08:00", "Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính trong lĩnh vực đầu tư, đất đai", CT,
     "Sở Tài chính, Hiệp hội Doanh nghiệp tỉnh chuẩn bị; phát trực tiếp trên Cổng thông tin điện tử tỉnh",
     "Trung tâm Hội nghị tỉnh"),
    (4, "09:00", "Duyệt kịch bản Lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026", PL,
     "Sở Khoa học và Công nghệ, Báo và Phát thanh, Truyền hình Ngọc Đàm chuẩn bị", "Phòng họp số 3, tầng 3"),
    (4, "14:00", "Nghe báo cáo kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính 9 tháng năm 2026", PTT,
     "Trung tâm Phục vụ hành chính công tỉnh chuẩn bị; mời Sở Khoa học và Công nghệ", "Phòng họp số 2, tầng 3"),
    (5, "07:30", "Lễ hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 và ra mắt ứng dụng \"Ngọc Đàm số\"",
     CT + "; " + PL, "Sở Khoa học và Công nghệ chủ trì tổ chức; mời Thường trực Tỉnh ủy, Thường trực HĐND tỉnh",
     "Quảng trường Sen Hồ, phường Sen Hồ"),
    (5, "Cả ngày", "Trực lãnh đạo Ủy ban nhân dân tỉnh", PN, "Lãnh đạo Văn phòng trực: Phó Chánh Văn phòng Lò Thị Dung",
     "Trụ sở UBND tỉnh"),
    (6, "Cả ngày", "Trực lãnh đạo Ủy ban nhân dân tỉnh", PL, "Lãnh đạo Văn phòng trực: Chánh Văn phòng Quan Đức Lưu",
     "Trụ sở UBND tỉnh"),
]
assert len(B_ROWS) == 19
assert sum(1 for r in B_ROWS if "Đinh Công Hoạch" in r[3]) == 6
assert sum(1 for r in B_ROWS if r[0] == 2) == 4
B_COLS = ["STT", "Thời gian", "Nội dung công việc", "Lãnh đạo chủ trì, dự", "Thành phần, đơn vị chuẩn bị", "Địa điểm"]
B_NOTES = [
    ("II.1", "1. Cơ quan được giao chuẩn bị nội dung gửi tài liệu về Văn phòng UBND tỉnh qua Hệ thống quản lý văn bản "
     "và điều hành chậm nhất 01 ngày làm việc trước cuộc họp; riêng tài liệu phiên họp Ban Chỉ đạo ngày 06/10/2026 gửi "
     "trước 16:00 ngày 05/10/2026."),
    ("II.2", "2. Các phòng họp số 1, 2, 3 ở tầng 3 trụ sở UBND tỉnh, số 12 đường Hạc Sơn, phường Ngọc Đàm."),
    ("II.3", "3. Xe phục vụ đoàn công tác đi xã Nậm Khiếu xuất phát lúc 11:30 ngày 08/10/2026 tại sân trụ sở UBND "
     "tỉnh."),
    ("II.4", "4. Lịch có thể thay đổi; Văn phòng UBND tỉnh thông báo lịch điều chỉnh trên Cổng thông tin điện tử tỉnh "
     "tại https://ngocdam.gov.vn/lich-cong-tac và qua nhóm Zalo \"Lịch công tác UBND tỉnh\"."),
    ("II.5", "5. Đầu mối liên hệ: Phòng Hành chính - Tổ chức, Văn phòng UBND tỉnh, điện thoại 0214 6 852 119; nội "
     "dung về thủ tục hành chính liên hệ Phòng Kiểm soát thủ tục hành chính, điện thoại 0214 6 852 136."),
]
B_NOI_NHAN = ["Nơi nhận:", "- CT, các PCT UBND tỉnh;", "- Thường trực Tỉnh ủy (để b/c);", "- Các sở, ban, ngành tỉnh;",
              "- Cổng TTĐT tỉnh;", "- Lưu: VT, HCTC."]
B_SIGN = ["CHÁNH VĂN PHÒNG", "(Đã ký)", "Quan Đức Lưu"]


def day_label(k):
    return f"{DAYS[k]}, NGÀY {WEEK[k].strftime('%d/%m/%Y')}"


def gold_b():
    g = [("header", t) for t in B_HEAD_L + B_HEAD_R + B_TITLE]
    g.append(("I", "I. LỊCH CÔNG TÁC"))
    g.append(("I", " ".join(B_COLS)))
    last = None
    for n, (k, time, content, lead, part, place) in enumerate(B_ROWS, 1):
        if k != last:
            g.append(("I", day_label(k)))
            last = k
        for t in (f"{n} {time} {content} {lead} {part} {place}", time, content, lead, part, place):
            g.append((f"I.{n}", t))
    g.append(("II", "II. GHI CHÚ"))
    g += B_NOTES
    g += [("closing", t) for t in B_NOI_NHAN]
    g += [("signature", t) for t in B_SIGN]
    return g


def build_b(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DV", "I", 8.5)
                self.cell(0, 5, f"Lịch công tác tuần 41/2026 - Trang {self.page_no()}/{{nb}}", align="R",
                          new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

    pdf = P(orientation="L", format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 10, 2, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DV", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 14)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - 30
    y0 = pdf.get_y()
    pdf.set_font("DV", "", 10)
    pdf.set_xy(15, y0)
    pdf.cell(95, 5, B_HEAD_L[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 10)
    pdf.set_x(15)
    pdf.cell(95, 5, B_HEAD_L[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.line(52, pdf.get_y() + 0.5, 73, pdf.get_y() + 0.5)
    pdf.set_font("DV", "", 10)
    pdf.set_xy(15, pdf.get_y() + 3)
    pdf.cell(95, 5, B_HEAD_L[2], align="C")
    pdf.set_font("DV", "B", 10)
    pdf.set_xy(160, y0)
    pdf.cell(120, 5, B_HEAD_R[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(160, pdf.get_y())
    pdf.cell(120, 5, B_HEAD_R[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.line(195, pdf.get_y() + 0.5, 245, pdf.get_y() + 0.5)
    pdf.set_font("DV", "I", 10)
    pdf.set_xy(160, pdf.get_y() + 3)
    pdf.cell(120, 5, B_HEAD_R[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "B", 13)
    pdf.cell(W, 6, B_TITLE[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(W, 5.5, B_TITLE[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "I", 10)
    pdf.cell(W, 5.5, B_TITLE[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(W, 6, "I. LỊCH CÔNG TÁC", new_x="LMARGIN", new_y="NEXT")
    head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    dayf = FontFace(emphasis="BOLD", fill_color=(245, 245, 230))
    pdf.set_font("DV", "", 8.5)
    with pdf.table(col_widths=(9, 16, 88, 38, 80, 36), text_align=("CENTER", "CENTER", "LEFT", "LEFT", "LEFT", "LEFT"),
                   headings_style=head, line_height=4.4, repeat_headings=1) as tb:
        r = tb.row()
        for c in B_COLS:
            r.cell(c)
        last = None
        for n, (k, time, content, lead, part, place) in enumerate(B_ROWS, 1):
            if k != last:
                r = tb.row()
                r.cell(day_label(k), colspan=6, align="LEFT", style=dayf)
                last = k
            r = tb.row()
            for c in (str(n), time, content, lead, part, place):
                r.cell(c)
    pdf.ln(4)
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(W, 6, "II. GHI CHÚ", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    for _, t in B_NOTES:
        pdf.set_x(20)
        pdf.multi_cell(W - 5, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(3)
    if pdf.get_y() > pdf.h - 55:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DV", "BI", 9.5)
    pdf.set_xy(15, y)
    pdf.cell(90, 5, B_NOI_NHAN[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    for x in B_NOI_NHAN[1:]:
        pdf.set_x(15)
        pdf.cell(90, 4.5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(170, y)
    for k, x in enumerate(B_SIGN):
        pdf.set_font("DV", "I" if k == 1 else "B", 10.5)
        pdf.set_x(170)
        pdf.cell(90, 6, x, align="C", new_x="LMARGIN", new_y="NEXT")
        if k == 1:
            pdf.ln(12)
    pdf.output(path)


# ----------------------------------------------------------------------------------------------- document C
WIDTH = 92
C_LINES = []  # raw lines of the .txt
C_GOLD = []   # (section, text)


def c_center(text, sec, gold=True):
    C_LINES.append(text.center(WIDTH).rstrip())
    if gold:
        C_GOLD.append((sec, text.strip()))


def c_par(text, sec, indent="", sub="", gold=True):
    lines = textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=sub or indent,
                          break_long_words=False, break_on_hyphens=False)
    C_LINES.extend(lines)
    if gold:
        C_GOLD.append((sec, text))


def c_blank(n=1):
    C_LINES.extend([""] * n)


def c_table(widths, head, rows, sec, row_secs=None, aligns=None):
    """ASCII table; head is a list of lists of lines per column; rows are single-line cells."""
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    C_LINES.append(sep)
    for line in head:
        C_LINES.append("|" + "|".join(f" {c:<{w}} " for c, w in zip(line, widths)) + "|")
    C_LINES.append(sep.replace("-", "="))
    for i, row in enumerate(rows):
        cells = []
        for j, (c, w) in enumerate(zip(row, widths)):
            assert len(c) <= w, (c, w)
            a = (aligns or "l" * len(widths))[j]
            cells.append(f" {c:>{w}} " if a == "r" else (f" {c:^{w}} " if a == "c" else f" {c:<{w}} "))
        C_LINES.append("|" + "|".join(cells) + "|")
        C_LINES.append(sep)
        s = row_secs[i] if row_secs else sec
        C_GOLD.append((s, " ".join(x for x in row if x.strip())))
        for c in row:
            if c.strip():
                C_GOLD.append((s, c.strip()))
    C_GOLD.append((sec, " ".join(" ".join(x for x in col if x) for col in zip(*head))))


TEN_SK = ("\"Tổ dịch vụ công lưu động theo phiên chợ\" hỗ trợ người dân vùng cao thực hiện thủ tục hành chính trực "
          "tuyến tại xã Nậm Khiếu")
AUTHORS = [("1", "Sầm Thị Ngát", "14/02/1989", "Chuyên viên Văn phòng HĐND và UBND xã", "Cử nhân Luật"),
           ("2", "Hầu Văn Tỉnh", "03/9/1994", "Chuyên viên Phòng Văn hóa - Xã hội xã", "Kỹ sư CNTT"),
           ("3", "Mùa A Sính", "22/6/1998", "Bí thư Đoàn Thanh niên xã", "Cao đẳng")]
RESULTS = [  # (indicator, before, after)
    ("Tỷ lệ hồ sơ TTHC của xã nộp trực tuyến", "18,6%", "71,4%"),
    ("Hồ sơ trực tuyến được hỗ trợ tại điểm lưu động", "-", vn(HS_HOTRO)),
    ("Tài khoản định danh điện tử mức 2 được kích hoạt", "212", "1.354"),
    ("Thời gian đi lại bình quân của người dân/hồ sơ", "2,5 giờ", "0,4 giờ"),
    ("Tỷ lệ thanh toán trực tuyến phí, lệ phí", "9,0%", "46,2%"),
    ("Số phiên hỗ trợ đã tổ chức", "0", str(N_PHIEN - N_HUY)),
]


def build_c_model():
    C_LINES.clear()
    C_GOLD.clear()
    # ------------------------------------------------------------------ Đơn
    c_center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đơn")
    c_center("Độc lập - Tự do - Hạnh phúc", "Đơn")
    c_center("---------------------------", "Đơn", gold=False)
    c_blank()
    c_center("ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN", "Đơn")
    c_blank()
    c_par("Kính gửi: Hội đồng xét công nhận sáng kiến Ủy ban nhân dân xã Nậm Khiếu.", "Đơn", indent="        ")
    c_blank()
    c_par("Chúng tôi ghi tên dưới đây:", "Đơn")
    widths = [3, 13, 10, 37, 12, 8]
    head = [["Số", "Họ và tên", "Ngày sinh", "Chức danh, nơi công tác", "Trình độ", "Tỷ lệ"],
            ["TT", "", "", "", "chuyên môn", "đóng góp"]]
    rows = [(a[0], a[1], a[2], a[3], a[4], f"{p}%") for a, p in zip(AUTHORS, AUTH_PCT)]
    c_table(widths, head, rows, "Đơn", row_secs=["Đơn.1", "Đơn.2", "Đơn.3"], aligns="cllllr")
    c_blank()
    c_par(f"Là nhóm tác giả đề nghị xét công nhận sáng kiến: {TEN_SK}.", "Đơn")
    c_par("- Chủ đầu tư tạo ra sáng kiến: Ủy ban nhân dân xã Nậm Khiếu (bố trí kinh phí mua sắm thiết bị và phương "
          "tiện cho Tổ).", "Đơn")
    c_par("- Lĩnh vực áp dụng sáng kiến: cải cách thủ tục hành chính; chuyển đổi số trong cung cấp dịch vụ công "
          "trực tuyến ở cấp xã.", "Đơn")
    c_par("- Ngày sáng kiến được áp dụng lần đầu: ngày 05/4/2026 (Chủ nhật), tại phiên chợ trung tâm xã Nậm Khiếu.",
          "Đơn")
    c_par("- Mô tả bản chất của sáng kiến: nêu tại Báo cáo mô tả sáng kiến kèm theo Đơn này.", "Đơn")
    c_par("- Những thông tin cần được bảo mật: không có.", "Đơn")
    c_par("- Các điều kiện cần thiết để áp dụng sáng kiến: 01 bộ thiết bị lưu động (máy tính xách tay, máy quét "
          "cầm tay, thiết bị phát wifi 4G, máy in di động); từ 03 đến 05 người gồm công chức Bộ phận Một cửa, đoàn "
          "viên thanh niên và thành viên Tổ công nghệ số cộng đồng; lịch phiên chợ ổn định; tài khoản cán bộ trên Hệ "
          "thống thông tin giải quyết thủ tục hành chính tỉnh.", "Đơn")
    c_par(f"- Đánh giá lợi ích thu được: tỷ lệ hồ sơ thủ tục hành chính của xã nộp trực tuyến tăng từ 18,6% (quý "
          f"I/2026) lên 71,4%; người dân tiết kiệm ước tính {vn(3120)},6 giờ đi lại (chi tiết tại mục 3 Phần II Báo "
          f"cáo mô tả).", "Đơn")
    c_par("- Những người đã tham gia áp dụng thử lần đầu (ngoài nhóm tác giả):", "Đơn")
    for x in ["+ Ông Tòng Văn Piếu, công chức Bộ phận Một cửa xã;",
              "+ Bà Vàng Thị Pà, Tổ trưởng Tổ công nghệ số cộng đồng thôn Pá Hốc;",
              "+ Ông Lường Văn Khiêm, nhân viên Bưu điện văn hóa xã Nậm Khiếu."]:
        c_par(x, "Đơn", indent="  ", sub="    ")
    c_par("Chúng tôi xin cam đoan mọi thông tin nêu trong đơn là trung thực, đúng sự thật và hoàn toàn chịu trách "
          "nhiệm trước pháp luật.", "Đơn")
    c_blank()
    for t in ["Nậm Khiếu, ngày 20 tháng 11 năm 2026", "NGƯỜI NỘP ĐƠN", "(Đại diện nhóm tác giả)", "(Đã ký)",
              "Sầm Thị Ngát"]:
        C_LINES.append(" " * 50 + t.center(40).rstrip())
        C_GOLD.append(("Đơn", t))
    C_LINES.append("\f")
    # ------------------------------------------------------------------ Báo cáo mô tả
    C_LINES.append("UBND XÃ NẬM KHIẾU" + " " * 20 + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    C_LINES.append(" " * 41 + "Độc lập - Tự do - Hạnh phúc")
    for t in ["UBND XÃ NẬM KHIẾU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]:
        C_GOLD.append(("header", t))
    c_blank()
    c_center("BÁO CÁO MÔ TẢ SÁNG KIẾN", "header")
    for ln in textwrap.wrap(TEN_SK, 76):
        C_LINES.append(ln.center(WIDTH).rstrip())
    C_GOLD.append(("header", TEN_SK))
    c_center("(Kèm theo Đơn yêu cầu công nhận sáng kiến ngày 20/11/2026)", "header")
    c_blank()
    S = "Phần I"
    c_par("PHẦN I. MỞ ĐẦU", S)
    c_par("1. Lý do chọn giải pháp", f"{S}.1")
    c_par("Xã Nậm Khiếu được thành lập ngày 01/7/2025 trên cơ sở sắp xếp 03 xã cũ, diện tích tự nhiên 214,6 km², "
          "có 19 thôn, 3.412 hộ; đồng bào Mông, Dao chiếm 78% dân số. Thôn xa nhất (Lùng Thàng) cách trụ sở Ủy ban "
          "nhân dân xã 23 km đường núi. Quý I/2026, tỷ lệ hồ sơ thủ tục hành chính của xã nộp trực tuyến chỉ đạt "
          "18,6%, thấp nhất trong các xã của tỉnh.", f"{S}.1", indent="    ", sub="")
    c_par("Người dân thường chỉ về trung tâm xã vào ngày chợ phiên; nhiều người chưa có điện thoại thông minh hoặc "
          "chưa kích hoạt tài khoản định danh điện tử mức 2, nên phải đi lại nhiều lần để làm một thủ tục.", f"{S}.1",
          indent="    ", sub="")
    c_par("2. Mục tiêu", f"{S}.2")
    c_par("Đưa dịch vụ công trực tuyến đến nơi người dân tập trung đông nhất là các phiên chợ; đến hết năm 2026, tỷ "
          "lệ hồ sơ thủ tục hành chính của xã nộp trực tuyến đạt từ 60% trở lên và giảm ít nhất một lượt đi lại của "
          "người dân cho mỗi hồ sơ.", f"{S}.2", indent="    ", sub="")
    c_par("3. Phạm vi, đối tượng áp dụng", f"{S}.3")
    c_par("Áp dụng tại chợ trung tâm xã Nậm Khiếu (phiên Chủ nhật) và chợ Bản Xèo (phiên thứ Năm); đối tượng là "
          "người dân, hộ kinh doanh có nhu cầu thực hiện thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã và "
          "các thủ tục nộp qua Cổng Dịch vụ công quốc gia.", f"{S}.3", indent="    ", sub="")
    c_blank()
    S = "Phần II"
    c_par("PHẦN II. NỘI DUNG SÁNG KIẾN", S)
    c_par("1. Thực trạng trước khi áp dụng sáng kiến", f"{S}.1")
    c_par("Trước tháng 4/2026, việc hướng dẫn dịch vụ công trực tuyến chỉ thực hiện tại Bộ phận Một cửa của xã, từ "
          "thứ Hai đến thứ Sáu. Trong quý I/2026, xã tiếp nhận 1.127 hồ sơ, trong đó 210 hồ sơ nộp trực tuyến; chỉ 212 "
          "người dân đã kích hoạt tài khoản định danh điện tử mức 2 với sự hỗ trợ của xã.", f"{S}.1", indent="    ",
          sub="")
    c_par("2. Nội dung giải pháp", f"{S}.2")
    c_par("2.1. Tổ dịch vụ công lưu động gồm 05 thành viên: 02 công chức Bộ phận Một cửa, 01 chuyên viên Phòng Văn "
          "hóa - Xã hội phụ trách chuyển đổi số, 01 đoàn viên thanh niên và 01 thành viên Tổ công nghệ số cộng đồng "
          "của thôn có chợ. Tổ trưởng là bà Sầm Thị Ngát. Tổ được thành lập theo Quyết định số 127/QĐ-UBND ngày "
          "30/3/2026 của Chủ tịch UBND xã Nậm Khiếu.", f"{S}.2.1", indent="    ", sub="")
    c_par("2.2. Lịch hoạt động: phiên chợ Chủ nhật tại chợ trung tâm xã, từ 06 giờ 30 đến 11 giờ 00; phiên chợ thứ "
          "Năm tại chợ Bản Xèo, từ 07 giờ 00 đến 10 giờ 30. Lịch được thông báo trên loa truyền thanh các thôn vào tối "
          "thứ Bảy và tối thứ Tư hằng tuần.", f"{S}.2.2", indent="    ", sub="")
    c_par("2.3. Quy trình 05 bước tại điểm hỗ trợ: (1) tiếp đón, tra cứu nhu cầu; (2) hỗ trợ kích hoạt tài khoản "
          "định danh điện tử mức 2 và đăng nhập Cổng Dịch vụ công quốc gia; (3) số hóa giấy tờ bằng máy quét cầm tay; "
          "(4) nộp hồ sơ và thanh toán phí, lệ phí trực tuyến; (5) hẹn trả kết quả qua dịch vụ bưu chính công ích hoặc "
          "tại Bộ phận Một cửa.", f"{S}.2.3", indent="    ", sub="")
    c_par("2.4. Phối hợp: Đoàn Thanh niên xã bố trí đoàn viên hỗ trợ theo phân công hằng tháng; Bưu điện văn hóa xã "
          "Nậm Khiếu nhận chuyển phát kết quả đến tận thôn. Từ ngày 01/10/2026, Chủ tịch UBND xã được ủy quyền giải "
          "quyết 04 thủ tục hành chính theo Quyết định số 1207/QĐ-UBND ngày 21/9/2026 của Chủ tịch UBND tỉnh; Tổ đã "
          "hướng dẫn 37 hồ sơ phê duyệt phương án khai thác tận dụng gỗ rừng trồng ngay tại chợ.", f"{S}.2.4",
          indent="    ", sub="")
    c_par("3. Kết quả đạt được", f"{S}.3")
    c_par(f"Từ ngày 05/4/2026 đến ngày 15/11/2026 có {N_PHIEN} phiên chợ ({N_CN} phiên Chủ nhật, {N_T5} phiên thứ "
          f"Năm); Tổ đã tổ chức {N_PHIEN - N_HUY} phiên, tạm dừng {N_HUY:02d} phiên do mưa lũ. Kết quả so sánh như "
          f"sau:", f"{S}.3", indent="    ", sub="")
    widths = [48, 15, 19]
    head = [["Chỉ tiêu", "Quý I/2026", "05/4 - 15/11/2026"], ["", "(trước)", "(sau áp dụng)"]]
    c_table(widths, head, RESULTS, f"{S}.3", aligns="lrr")
    c_par(f"Tổng kinh phí mua sắm thiết bị: {vn(EQUIP_TONG)} đồng, từ nguồn kinh phí chuyển đổi số năm 2026 của xã, "
          f"gồm: " + "; ".join(f"{n} {q:02d} x {vn(p)} đồng" for n, q, p in EQUIP)
          + ".", f"{S}.3", indent="    ", sub="")
    c_par(f"Ước tính người dân tiết kiệm {vn(3120)},6 giờ đi lại ({vn(HS_HOTRO)} hồ sơ x 2,1 giờ/hồ sơ).", f"{S}.3",
          indent="    ", sub="")
    c_par("4. Tính mới của sáng kiến", f"{S}.4")
    c_par("Lần đầu tiên trên địa bàn tỉnh, dịch vụ công trực tuyến được đưa ra chợ phiên theo lịch cố định, kết hợp "
          "số hóa giấy tờ tại chỗ và trả kết quả qua bưu chính đến thôn; không phát sinh biên chế mới.", f"{S}.4",
          indent="    ", sub="")
    c_par("5. Khả năng áp dụng, nhân rộng", f"{S}.5")
    c_par("Mô hình đã được xã Pù Lìn và xã Đồng Vẹt học tập, áp dụng từ tháng 10/2026; có thể áp dụng tại các xã "
          "vùng cao có chợ phiên, với chi phí đầu tư ban đầu dưới 40 triệu đồng mỗi xã.", f"{S}.5", indent="    ",
          sub="")
    c_blank()
    S = "Phần III"
    c_par("PHẦN III. KẾT LUẬN VÀ KIẾN NGHỊ", S)
    c_par("1. Kết luận", f"{S}.1")
    c_par("Sáng kiến đơn giản, chi phí thấp, phù hợp với tập quán sinh hoạt của đồng bào vùng cao; góp phần đưa xã "
          "Nậm Khiếu vượt chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2026.", f"{S}.1", indent="    ", sub="")
    c_par("2. Kiến nghị", f"{S}.2")
    c_par("- Đề nghị Ủy ban nhân dân xã bố trí 12.000.000 đồng/năm cho chi phí xăng xe, cước 4G của Tổ từ năm 2027.",
          f"{S}.2", indent="    ", sub="      ")
    c_par("- Đề nghị Sở Khoa học và Công nghệ hỗ trợ thêm 02 bộ thiết bị lưu động để nhân rộng tại xã Pù Lìn và xã "
          "Đồng Vẹt.", f"{S}.2", indent="    ", sub="      ")
    c_par("- Đề nghị Trung tâm Phục vụ hành chính công tỉnh cấp tài khoản tiếp nhận hồ sơ lưu động cho thành viên Tổ "
          "là đoàn viên thanh niên.", f"{S}.2", indent="    ", sub="      ")
    c_blank()
    left = ["XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ", "CHỦ TỊCH UBND XÃ", "(Đã ký, đóng dấu)", "", "Thào Văn Mỷ"]
    right = ["NGƯỜI VIẾT BÁO CÁO", "", "(Đã ký)", "", "Sầm Thị Ngát"]
    for lt, rt in zip(left, right):
        C_LINES.append((lt.center(42) + " " * 8 + rt.center(42)).rstrip())
    for t in left + right:
        if t:
            C_GOLD.append(("signature", t))


def gold_c():
    build_c_model()
    return list(C_GOLD)


def build_c(path):
    build_c_model()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(C_LINES) + "\n")


def gold(name):
    return {DOC_A: gold_a, DOC_B: gold_b, DOC_C: gold_c}[name]()


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_a(os.path.join(CORPUS, DOC_A))
    build_b(os.path.join(CORPUS, DOC_B))
    build_c(os.path.join(CORPUS, DOC_C))
    print("built", DOC_A, DOC_B, DOC_C)


if __name__ == "__main__":
    main()
