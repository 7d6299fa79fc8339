"""Four fictional plans in layouts read off published plans, decisions and reports of communes, districts and
provinces (issue 19 working material; not a scored split). Run: python -m evals.working_layouts.make_corpus

Layouts, each seen in published documents:
- a commune plan in plain text, hard-wrapped, numbered "I-" / "1/" / "a/", fields written after a dash or
  in parentheses, a preamble ending "… ban hành Kế hoạch … cụ thể như sau:";
- a province plan in Markdown in two parts ("PHẦN I. KẾT QUẢ …", "PHẦN II. KẾ HOẠCH …"), each with I./1./1.1.,
  tasks numbered "2.1." / "2.2.1." right under "II.", an appendix task table with group rows after the signature;
- a district decision in Word carrying its plan, whose task table stands under the plan's section "III.";
- a department's six-month report in PDF numbered A./I./1./a), with a figures appendix ("Biểu số 01").
All names, numbers and persons are fictional.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus"

# --------------------------------------------------------------------------- 1. commune plan, .txt
COMMUNE = """UBND HUYỆN ĐÔNG SƠN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN XÃ THANH LỘC        Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND        Thanh Lộc, ngày 14 tháng 01 năm 2025

KẾ HOẠCH
Cải cách hành chính nhà nước năm 2025 trên địa bàn xã Thanh Lộc

Căn cứ Kế hoạch số 09/KH-UBND ngày 06/01/2025 của UBND huyện Đông Sơn về cải cách hành chính nhà nước năm 2025; UBND xã Thanh Lộc ban hành Kế hoạch cải cách hành chính nhà nước năm 2025 trên địa bàn xã, cụ thể như sau:

I- MỤC ĐÍCH, YÊU CẦU
1/ Mục đích
- Nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa xã, lấy sự hài lòng của người dân làm thước đo.
- Phấn đấu Chỉ số hài lòng của người dân đối với sự phục vụ của xã đạt trên 90%.
2/ Yêu cầu
- Cán bộ, công chức xã thực hiện nghiêm kỷ luật, kỷ cương hành chính.
- Gắn kết quả thực hiện nhiệm vụ cải cách hành chính với đánh giá, xếp loại công chức cuối năm.
II- NHIỆM VỤ TRỌNG TÂM
1/ Cải cách thể chế
a/ Rà soát các văn bản do HĐND, UBND xã ban hành còn hiệu lực.
- Chủ trì: Công chức Tư pháp - Hộ tịch.
- Phối hợp: Công chức Văn phòng - Thống kê.
- Thời gian: Quý II/2025.
b/ Tuyên truyền, phổ biến pháp luật tại các thôn vào ngày 09 hằng tháng (chủ trì: Công chức Văn hóa - Xã hội; phối hợp: Trưởng các thôn; thời gian: hằng tháng).
2/ Cải cách thủ tục hành chính
a/ Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa và trên Cổng thông tin điện tử xã.
- Chủ trì: Công chức Văn phòng - Thống kê.
- Thời gian: Thường xuyên.
b/ Tiếp nhận, trả lời phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính.
- Chủ trì: Công chức Tư pháp - Hộ tịch.
- Thời gian: Trong thời hạn 10 ngày làm việc kể từ ngày nhận phản ánh.
3/ Cải cách chế độ công vụ
- Tổ chức cho 100% cán bộ, công chức xã tham gia lớp bồi dưỡng kỹ năng giao tiếp với người dân; chủ trì: Công chức Văn phòng - Thống kê; thời gian: Quý III/2025.
4/ Xây dựng chính quyền số
a/ Duy trì tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 100%.
- Chủ trì: Bộ phận Một cửa xã.
b/ Vận hành nhóm Zalo "Thanh Lộc số" để trả lời câu hỏi của người dân.
- Chủ trì: Tổ công nghệ số cộng đồng xã.
- Tần suất: trả lời trong 02 ngày làm việc.
III- KINH PHÍ
Kinh phí thực hiện Kế hoạch từ nguồn ngân sách xã năm 2025, tổng số 45 triệu đồng.
IV- TỔ CHỨC THỰC HIỆN
1/ Công chức Văn phòng - Thống kê là đầu mối tham mưu, theo dõi, báo cáo kết quả thực hiện Kế hoạch về UBND huyện trước ngày 15/6/2025 (báo cáo 6 tháng) và trước ngày 15/12/2025 (báo cáo năm).
2/ Trưởng các thôn tuyên truyền Kế hoạch này tới nhân dân.
Trên đây là Kế hoạch cải cách hành chính nhà nước năm 2025 của UBND xã Thanh Lộc./.

Nơi nhận:        TM. ỦY BAN NHÂN DÂN
- UBND huyện (b/c);        CHỦ TỊCH
- Lưu: VT.

        Lê Văn Tường
"""

# --------------------------------------------------------------------------- 2. province plan, .md
PROVINCE = """| ỦY BAN NHÂN DÂN<br>TỈNH NAM LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 305/KH-UBND | Nam Lâm, ngày 20 tháng 12 năm 2025 |

**KẾ HOẠCH**

**CHUYỂN ĐỔI SỐ TỈNH NAM LÂM NĂM 2026**

## PHẦN I. KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2025

### I. KẾT QUẢ ĐẠT ĐƯỢC

**1. Về nhận thức số**

**1.1. Ngày chuyển đổi số của tỉnh**

Ngày 10/10/2025, tỉnh tổ chức Ngày chuyển đổi số với chủ đề "Dữ liệu số mở đường phát triển" và ký thỏa thuận hợp tác với 03 doanh nghiệp viễn thông.

**1.2. Tuyên truyền về chuyển đổi số**

Đài Phát thanh và Truyền hình tỉnh phát sóng 48 chương trình chuyên đề về chuyển đổi số trong năm 2025.

**2. Về hạ tầng số**

Tỷ lệ thôn, bản có sóng di động 4G đạt 99,2%.

### II. TỒN TẠI, HẠN CHẾ

- Tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 41%, thấp hơn chỉ tiêu đề ra.
- Nhân lực công nghệ thông tin cấp xã còn thiếu.

## PHẦN II. KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026

### I. MỤC TIÊU

**1. Mục tiêu chung**

Phát triển chính quyền số, kinh tế số và xã hội số của tỉnh.

**2. Chỉ tiêu cụ thể**

a) 80% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình.

b) 100% cơ quan nhà nước cấp tỉnh sử dụng chữ ký số trong văn bản điện tử.

### II. NHIỆM VỤ, GIẢI PHÁP

**2.1. Hoàn thiện thể chế**

Ban hành Quy chế quản lý, khai thác dữ liệu dùng chung của tỉnh; cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Sở Tư pháp, Văn phòng UBND tỉnh; thời gian: Quý II/2026.

**2.2. Phát triển dữ liệu số**

**2.2.1. Xây dựng kho dữ liệu dùng chung của tỉnh**

- Cơ quan chủ trì: Trung tâm Chuyển đổi số tỉnh.
- Cơ quan phối hợp: các sở, ban, ngành.
- Thời gian hoàn thành: Quý III/2026.

**2.2.2. Số hóa hồ sơ địa chính**

- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
- Thời gian hoàn thành: Tháng 12/2026.

**2.3. Phát triển nhân lực số**

Mở 04 lớp bồi dưỡng kỹ năng số cho công chức cấp xã; cơ quan chủ trì: Sở Nội vụ; thời gian: Quý II và Quý III/2026.

### III. TỔ CHỨC THỰC HIỆN

**1. Sở Khoa học và Công nghệ**

Là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp báo cáo UBND tỉnh trước ngày 10/12/2026.

**2. Các sở, ban, ngành, UBND cấp xã**

Báo cáo tình hình thực hiện hằng quý (trước ngày 15 của tháng cuối quý) về Sở Khoa học và Công nghệ.

Trên đây là Kế hoạch chuyển đổi số tỉnh Nam Lâm năm 2026./.

| **Nơi nhận:**<br>- Bộ Khoa học và Công nghệ;<br>- Lưu: VT, KGVX. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>Hoàng Minh Khải |
|---|---|

## PHỤ LỤC

**DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026**

*(Kèm theo Kế hoạch số 305/KH-UBND ngày 20/12/2025 của UBND tỉnh Nam Lâm)*

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | Chính quyền số | | | |
| 1 | Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Văn phòng UBND tỉnh | Trung tâm Chuyển đổi số tỉnh | Quý II/2026 |
| 2 | Triển khai ứng dụng trợ lý ảo cho cán bộ, công chức | Trung tâm Chuyển đổi số tỉnh | Các sở, ban, ngành | Quý IV/2026 |
| II | Xã hội số | | | |
| 1 | Phổ cập kỹ năng số cho người dân qua Tổ công nghệ số cộng đồng | Sở Khoa học và Công nghệ | UBND các xã, phường | Cả năm 2026 |
| 2 | Phát triển 50.000 tài khoản định danh điện tử mức 2 | Công an tỉnh | UBND các xã, phường | Tháng 9/2026 |
"""

# --------------------------------------------------------------------------- 3. district decision + plan, .docx
DECISION_HEAD = [("ỦY BAN NHÂN DÂN\nHUYỆN TÂY SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                 ("Số: 412/QĐ-UBND", "Tây Sơn, ngày 03 tháng 3 năm 2026")]
DECISION = """QUYẾT ĐỊNH
Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026
ỦY BAN NHÂN DÂN HUYỆN TÂY SƠN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 18/TTr-PNV ngày 25/02/2026.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2026 của UBND huyện Tây Sơn.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan chuyên môn và Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./."""
DECISION_SIGN = ("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐặng Thị Thu Hà")
PLAN = """KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2026
(Ban hành kèm theo Quyết định số 412/QĐ-UBND ngày 03/3/2026 của UBND huyện Tây Sơn)
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính.
2. Tuyên truyền phải thiết thực, đa dạng hình thức, phù hợp từng đối tượng.
II. NỘI DUNG TUYÊN TRUYỀN
1. Các chủ trương của Đảng, chính sách của Nhà nước về cải cách hành chính.
2. Kết quả Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS) của huyện.
III. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ tuyên truyền năm 2026 được giao như sau:
TABLE
TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành | Sản phẩm
1 | Xây dựng chuyên mục "Cải cách hành chính" trên Trang thông tin điện tử huyện | Văn phòng HĐND và UBND huyện | Phòng Nội vụ | Tháng 4/2026 | Chuyên mục hoạt động
2 | Phát sóng tin, bài về cải cách hành chính trên Đài Truyền thanh huyện | Trung tâm Văn hóa - Thông tin và Thể thao huyện | Phòng Nội vụ | Hằng tháng | 04 tin, bài/tháng
3 | Tổ chức Hội thi "Cán bộ một cửa thân thiện" | Phòng Nội vụ | Huyện đoàn; Phòng Văn hóa và Thông tin | Quý III/2026 | Hội thi được tổ chức
4 | Tuyên truyền trên hệ thống loa truyền thanh cơ sở | UBND các xã, thị trấn | Trung tâm Văn hóa - Thông tin và Thể thao huyện | Thường xuyên | 02 lần/tuần
5 | Khảo sát sự hài lòng của người dân | Phòng Nội vụ | Bưu điện huyện | Quý IV/2026 | Báo cáo kết quả khảo sát
END
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ hướng dẫn, kiểm tra và tổng hợp kết quả, báo cáo UBND huyện trước ngày 30/11/2026.
2. Kinh phí thực hiện từ nguồn ngân sách huyện giao cho Phòng Nội vụ năm 2026."""

# --------------------------------------------------------------------------- 4. department report, .pdf
REPORT_HEAD = [("UBND TỈNH BẮC GIANG HÀ\nSỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
               ("Số: 96/BC-STP", "Bắc Giang Hà, ngày 12 tháng 6 năm 2026")]
REPORT = """BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026
Thực hiện Công văn số 1120/SNV-CCHC ngày 02/6/2026 của Sở Nội vụ, Sở Tư pháp báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026 như sau:
A. KẾT QUẢ THỰC HIỆN
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1. Ban hành văn bản
Sở đã ban hành Kế hoạch số 14/KH-STP ngày 10/01/2026 về cải cách hành chính năm 2026 và 05 văn bản chỉ đạo, đôn đốc.
2. Kiểm tra cải cách hành chính
Sở tổ chức kiểm tra tại 03 phòng chuyên môn và 02 đơn vị sự nghiệp; qua kiểm tra không phát hiện sai phạm.
II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ
1. Cải cách thủ tục hành chính
a) Trong kỳ, Sở tiếp nhận 2.615 hồ sơ, đã giải quyết 2.580 hồ sơ, trong đó giải quyết đúng hạn 2.574 hồ sơ (đạt 99,8%).
b) Tỷ lệ hồ sơ lý lịch tư pháp nộp trực tuyến đạt 87%.
2. Chuyển đổi số
a) Sở đã số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực.
b) Triển khai cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID từ ngày 01/3/2026.
III. TỒN TẠI, HẠN CHẾ
Còn 06 hồ sơ giải quyết quá hạn do người dân chưa bổ sung giấy tờ.
B. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
1. Tiếp tục rà soát, đơn giản hóa 08 thủ tục hành chính lĩnh vực hộ tịch; đơn vị chủ trì: Phòng Hành chính tư pháp; thời gian: Quý III/2026.
2. Tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính; đơn vị chủ trì: Văn phòng Sở; thời gian: Tháng 10/2026.
C. KIẾN NGHỊ, ĐỀ XUẤT
Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức cấp xã.
Trên đây là báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026 của Sở Tư pháp./."""
REPORT_SIGN = ("Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VP.", "GIÁM ĐỐC\n\n\nTrịnh Quốc Bảo")
REPORT_APPENDIX = """PHỤ LỤC
Biểu số 01: Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2026
(Kèm theo Báo cáo số 96/BC-STP ngày 12/6/2026 của Sở Tư pháp)
TABLE
STT | Lĩnh vực | Hồ sơ tiếp nhận | Đã giải quyết | Đúng hạn | Quá hạn
1 | Lý lịch tư pháp | 1.940 | 1.921 | 1.918 | 3
2 | Hộ tịch | 420 | 410 | 407 | 3
3 | Công chứng | 255 | 249 | 249 | 0
END"""


def wrap_txt(text: str, width: int = 78) -> str:
    """Hard line breaks at ``width``, as plans saved from a word processor as plain text."""
    out = []
    for line in text.split("\n"):
        out.extend(textwrap.wrap(line, width) if len(line) > width and "    " not in line else [line])
    return "\n".join(out) + "\n"


def _blocks(text: str):
    """("p", line) and ("table", rows) from the TABLE … END markup."""
    lines, i = text.split("\n"), 0
    while i < len(lines):
        if lines[i] == "TABLE":
            j = lines.index("END", i)
            yield "table", [[c.strip() for c in r.split("|")] for r in lines[i + 1:j]]
            i = j + 1
        else:
            yield "p", lines[i]
            i += 1


def write_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()

    def two_columns(rows):
        t = doc.add_table(rows=len(rows), cols=2)
        for r, (left, right) in enumerate(rows):
            for c, text in enumerate((left, right)):
                cell = t.cell(r, c)
                cell.paragraphs[0].text = text.split("\n")[0]
                for more in text.split("\n")[1:]:
                    cell.add_paragraph(more)

    def body(text):
        for kind, value in _blocks(text):
            if kind == "p":
                p = doc.add_paragraph(value)
                if value.isupper() or value.startswith("(Ban hành"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                t = doc.add_table(rows=len(value), cols=len(value[0]))
                t.style = "Table Grid"
                for r, row in enumerate(value):
                    for c, cell in enumerate(row):
                        t.cell(r, c).text = cell

    two_columns(DECISION_HEAD)
    body(DECISION)
    two_columns([DECISION_SIGN])
    doc.add_page_break()
    body(PLAN)
    two_columns([("", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐặng Thị Thu Hà")])
    doc.core_properties.author = "UBND huyện"
    doc.save(str(path))


def write_pdf(path: Path) -> None:
    from datetime import datetime, timezone

    from fpdf.fonts import FontFace

    from evals.new_plans.make_plans import a4_pdf

    pdf = a4_pdf()
    pdf.set_creation_date(datetime(2026, 6, 12, tzinfo=timezone.utc))
    pdf.add_page()

    def columns(rows, size=10):
        for left, right in rows:
            top = pdf.get_y()
            pdf.set_font("DejaVu", "B", size)
            pdf.set_xy(15, top)
            for l in left.split("\n"):
                pdf.cell(70, 5, l, align="C", new_x="LEFT", new_y="NEXT")
            bottom = pdf.get_y()
            pdf.set_xy(95, top)
            for l in right.split("\n"):
                pdf.cell(100, 5, l, align="C", new_x="LEFT", new_y="NEXT")
            pdf.set_y(max(bottom, pdf.get_y()) + 3)
            pdf.set_x(pdf.l_margin)

    def body(text):
        for kind, value in _blocks(text):
            if kind == "p":
                bold = value.isupper()
                pdf.set_font("DejaVu", "B" if bold else "", 10.5)
                pdf.multi_cell(0, 5.6, value, align="C" if bold and len(value) < 20 else "J",
                               new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 9)
                with pdf.table(headings_style=FontFace(emphasis="BOLD"), repeat_headings=1, line_height=5) as t:
                    for row in value:
                        r = t.row()
                        for c in row:
                            r.cell(c)
                pdf.ln(3)

    columns(REPORT_HEAD)
    body(REPORT)
    pdf.ln(4)
    columns([REPORT_SIGN], size=9.5)
    pdf.add_page()
    body(REPORT_APPENDIX)
    pdf.output(str(path))


FILES = {
    "xa-thanh-loc-ke-hoach-cchc-2025.txt": lambda p: p.write_text(wrap_txt(COMMUNE), encoding="utf-8"),
    "tinh-nam-lam-ke-hoach-cds-2026.md": lambda p: p.write_text(PROVINCE, encoding="utf-8"),
    "huyen-tay-son-qd-ke-hoach-tuyen-truyen-2026.docx": write_docx,
    "so-tu-phap-bao-cao-cchc-6-thang-2026.pdf": write_pdf,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, write in FILES.items():
        write(OUT / name)
        print(OUT / name)


if __name__ == "__main__":
    main()
