# -*- coding: utf-8 -*-
"""Generate three fictional plan documents in new layouts (sealed eval set).

    nice /work/main/.venv/bin/python /work/sealed/layouts/make.py

Writes to /work/sealed/layouts/corpus/:
  2026-tinh-binh-lam-qd-ke-hoach-cds-cchc.docx   decision + attached plan (decimal numbering) + appendix table
  2026-so-noi-vu-hai-lam-ke-hoach-tuyen-truyen.txt  plan, Phần/Mục numbering, "+"/"•" items, inline fields, hard wrap ~75
  2025-xa-thach-phong-bao-cao-cchc-cds.pdf         report + appendix plan table over two pages (row split at page break)
"""
import os
import textwrap
import datetime
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
os.makedirs(OUT, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# 1. DOCX: Quyết định of UBND tỉnh Bình Lâm carrying its plan
# ---------------------------------------------------------------------------
D1_NAME = "2026-tinh-binh-lam-qd-ke-hoach-cds-cchc.docx"

D1_DECISION = [
    ("center_b", "ỦY BAN NHÂN DÂN"),
    ("center_b", "TỈNH BÌNH LÂM"),
    ("center_b", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("center_b", "Độc lập - Tự do - Hạnh phúc"),
    ("left", "Số: 215/QĐ-UBND"),
    ("right_i", "Bình Lâm, ngày 20 tháng 01 năm 2026"),
    ("center_b", "QUYẾT ĐỊNH"),
    ("center_b", "Ban hành Kế hoạch chuyển đổi số và cải cách hành chính tỉnh Bình Lâm năm 2026"),
    ("center_b", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM"),
    ("p_i", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p_i", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p_i", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
    ("p_i", "Căn cứ Nghị quyết số 08/NQ-HĐND ngày 12 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2026;"),
    ("p_i", "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 45/TTr-SKHCN ngày 12 tháng 01 năm 2026."),
    ("center_b", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số và cải cách hành chính tỉnh Bình Lâm năm 2026."),
    ("p", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND tỉnh trước ngày 10/12/2026."),
    ("p", "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch UBND các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("p_b", "Nơi nhận:"),
    ("small", "- Như Điều 3;"),
    ("small", "- Bộ Khoa học và Công nghệ;"),
    ("small", "- Bộ Nội vụ;"),
    ("small", "- TT Tỉnh ủy, TT HĐND tỉnh;"),
    ("small", "- CT, các PCT UBND tỉnh;"),
    ("small", "- Báo và Phát thanh, Truyền hình Bình Lâm;"),
    ("small", "- Lưu: VT, KGVX."),
    ("right_b", "KT. CHỦ TỊCH"),
    ("right_b", "PHÓ CHỦ TỊCH"),
    ("right_i", "(Đã ký)"),
    ("right_b", "Trần Quốc Vinh"),
]

D1_PLAN = [
    ("center_b", "ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM"),
    ("center_b", "KẾ HOẠCH"),
    ("center_b", "Chuyển đổi số và cải cách hành chính tỉnh Bình Lâm năm 2026"),
    ("center_i", "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 20/01/2026 của Chủ tịch UBND tỉnh Bình Lâm)"),
    ("h1", "1. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1.1. Mục đích"),
    ("p", "1.1.1. Triển khai đồng bộ, hiệu quả Nghị quyết số 57-NQ/TW của Bộ Chính trị và Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 trên địa bàn tỉnh; gắn cải cách hành chính (sau đây gọi tắt là CCHC) với chuyển đổi số (sau đây gọi tắt là CĐS) trong toàn bộ hoạt động của cơ quan hành chính nhà nước."),
    ("p", "1.1.2. Nâng cao chất lượng phục vụ người dân, doanh nghiệp; cải thiện Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) và Chỉ số chuyển đổi số (DTI) của tỉnh."),
    ("h2", "1.2. Yêu cầu"),
    ("p", "1.2.1. Các nhiệm vụ phải có sản phẩm cụ thể, xác định rõ cơ quan chủ trì, thời hạn hoàn thành; người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện."),
    ("p", "1.2.2. Việc triển khai bảo đảm tiết kiệm, hiệu quả, phù hợp với mô hình chính quyền địa phương hai cấp."),
    ("h1", "2. MỤC TIÊU, CHỈ TIÊU NĂM 2026"),
    ("p", "2.1. 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt tối thiểu 80%."),
    ("p", "2.2. 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa, ký số và lưu trữ điện tử theo quy định."),
    ("p", "2.3. Tỷ lệ công dân số đạt tối thiểu 60% dân số trưởng thành. Công dân số là người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 và sử dụng ít nhất một dịch vụ số của cơ quan nhà nước."),
    ("p", "2.4. Chỉ số PAR INDEX và Chỉ số SIPAS của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước."),
    ("h1", "3. NHIỆM VỤ, GIẢI PHÁP"),
    ("h2", "3.1. Hoàn thiện thể chế, kiện toàn bộ máy chỉ đạo"),
    ("p", "3.1.1. Kiện toàn Ban Chỉ đạo của tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 sau khi sắp xếp tổ chức bộ máy."),
    ("dash", "- Cơ quan chủ trì: Sở Khoa học và Công nghệ."),
    ("dash", "- Cơ quan phối hợp: Sở Nội vụ, Văn phòng UBND tỉnh."),
    ("dash", "- Thời gian hoàn thành: Quý I/2026."),
    ("p", "3.1.2. Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) gắn với Tuần lễ chuyển đổi số tỉnh Bình Lâm năm 2026."),
    ("dash", "- Cơ quan chủ trì: Sở Khoa học và Công nghệ."),
    ("dash", "- Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn Bình Lâm; UBND các xã, phường."),
    ("dash", "- Thời gian hoàn thành: Tháng 10/2026."),
    ("h2", "3.2. Phát triển hạ tầng số và nền tảng số"),
    ("p", "3.2.1. Vận hành Trung tâm Giám sát, điều hành thông minh tỉnh Bình Lâm (sau đây gọi tắt là Trung tâm IOC), tích hợp dữ liệu phản ánh hiện trường và dữ liệu dịch vụ công trực tuyến phục vụ chỉ đạo, điều hành."),
    ("dash", "- Cơ quan chủ trì: Trung tâm Chuyển đổi số tỉnh (thuộc Sở Khoa học và Công nghệ)."),
    ("dash", "- Cơ quan phối hợp: Văn phòng UBND tỉnh, Công an tỉnh."),
    ("dash", "- Thời gian hoàn thành: Thường xuyên; báo cáo vận hành 02 lần/năm."),
    ("p", "3.2.2. Phủ sóng di động 4G/5G đến 100% thôn, tổ dân phố; xóa các vùng lõm sóng tại khu vực miền núi."),
    ("dash", "- Cơ quan chủ trì: Sở Khoa học và Công nghệ."),
    ("dash", "- Cơ quan phối hợp: Các doanh nghiệp viễn thông trên địa bàn tỉnh; UBND các xã, phường."),
    ("dash", "- Thời gian hoàn thành: Trước ngày 30/9/2026."),
    ("h2", "3.3. Tuyên truyền, nâng cao nhận thức"),
    ("p", "3.3.1. Duy trì chuyên mục \"Bình Lâm số\" trên sóng truyền hình tỉnh, giới thiệu mô hình hay, cách làm hiệu quả về CCHC, CĐS."),
    ("dash", "- Cơ quan chủ trì: Báo và Phát thanh, Truyền hình Bình Lâm."),
    ("dash", "- Cơ quan phối hợp: Sở Khoa học và Công nghệ, Sở Nội vụ."),
    ("dash", "- Tần suất: 02 số/tháng, thời lượng 10 phút/số."),
    ("dash", "- Thời gian hoàn thành: Thường xuyên."),
    ("p", "3.3.2. Hướng dẫn người dân, doanh nghiệp nộp hồ sơ trực tuyến trên Cổng Dịch vụ công tỉnh tại địa chỉ https://dichvucong.binhlam.gov.vn và thanh toán phí, lệ phí trực tuyến."),
    ("dash", "- Cơ quan chủ trì: Trung tâm Phục vụ hành chính công tỉnh."),
    ("dash", "- Cơ quan phối hợp: Bưu điện tỉnh; Tỉnh đoàn Bình Lâm; UBND các xã, phường."),
    ("dash", "- Thời gian hoàn thành: Thường xuyên."),
    ("p", "3.4. Các nhiệm vụ cụ thể khác về cải cách thủ tục hành chính, công vụ, chính quyền số và tuyên truyền được giao tại Phụ lục I kèm theo Kế hoạch này."),
    ("h1", "4. KINH PHÍ THỰC HIỆN"),
    ("p", "4.1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách tỉnh năm 2026, tổng kinh phí dự kiến 18.500.000.000 đồng (Mười tám tỷ năm trăm triệu đồng); các cơ quan, đơn vị chủ động bố trí trong dự toán được giao."),
    ("p", "4.2. Khuyến khích huy động các nguồn lực xã hội hóa, hợp tác với doanh nghiệp để triển khai các nền tảng số dùng chung."),
    ("h1", "5. TỔ CHỨC THỰC HIỆN"),
    ("p", "5.1. Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, đôn đốc triển khai Kế hoạch; tổng hợp báo cáo định kỳ 06 tháng (trước ngày 15/6/2026) và năm (trước ngày 10/12/2026)."),
    ("p", "5.2. Sở Nội vụ chủ trì theo dõi, đánh giá các nhiệm vụ cải cách hành chính; tham mưu đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại thi đua năm 2026."),
    ("p", "5.3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    ("p", "5.4. Văn phòng UBND tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh thực hiện các nhiệm vụ được giao; theo dõi việc xử lý phản ánh, kiến nghị qua Hệ thống thông tin tiếp nhận phản ánh, kiến nghị của tỉnh."),
    ("p", "5.5. UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của địa phương, ban hành trước ngày 28/02/2026."),
    ("p", "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Chủ tịch UBND tỉnh xem xét, quyết định./."),
]

# appendix rows: (group_label, group_title, rows) ; row = (stt, task, lead, coord, deadline, product)
D1_APPX = [
    ("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ("1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh", "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "Quý II/2026", "Quyết định phê duyệt phương án đơn giản hóa"),
        ("2", "Công bố, công khai danh mục thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "Thường xuyên", "Quyết định công bố danh mục"),
        ("3", "Tiếp nhận, trả kết quả thủ tục hành chính không phụ thuộc địa giới hành chính trong phạm vi tỉnh", "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh; Bưu điện tỉnh", "Trước ngày 30/6/2026", "Danh mục thủ tục hành chính được công bố"),
        ("4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công tỉnh", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Thường xuyên", "Tỷ lệ số hóa đạt 100%"),
    ]),
    ("II", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", [
        ("1", "Kiểm tra công tác cải cách hành chính, công vụ tại các cơ quan, đơn vị, địa phương", "Sở Nội vụ", "Văn phòng UBND tỉnh; Thanh tra tỉnh", "02 lần/năm (Quý II và Quý IV/2026)", "Báo cáo kết quả kiểm tra"),
        ("2", "Xác định, công bố Chỉ số CCHC năm 2025 của các sở, ban, ngành và UBND các xã, phường", "Sở Nội vụ", "Hội đồng thẩm định Chỉ số CCHC tỉnh", "Tháng 3/2026", "Quyết định công bố Chỉ số CCHC"),
        ("3", "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", "Sở Nội vụ", "Bưu điện tỉnh", "Quý III/2026", "Báo cáo kết quả khảo sát"),
        ("4", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "Trường Chính trị tỉnh", "Sở Khoa học và Công nghệ; Sở Nội vụ", "Quý III - IV/2026", "04 lớp bồi dưỡng"),
    ]),
    ("III", "XÂY DỰNG CHÍNH QUYỀN SỐ, KINH TẾ SỐ, XÃ HỘI SỐ", [
        ("1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cổng Dịch vụ công quốc gia", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2026", "Hệ thống được nâng cấp, vận hành"),
        ("2", "Triển khai ký số từ xa cho cán bộ, công chức cấp xã", "Sở Khoa học và Công nghệ", "Ban Cơ yếu Chính phủ; UBND các xã, phường", "Trước ngày 31/8/2026", "100% công chức cấp xã được cấp chữ ký số"),
        ("3", "Đánh giá, xếp hạng mức độ chuyển đổi số (DTI) của các sở, ngành và UBND các xã, phường năm 2025", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Tháng 4/2026", "Quyết định công bố kết quả DTI"),
        ("4", "Kết nối, làm sạch dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành theo Đề án 06", "Công an tỉnh", "Sở Khoa học và Công nghệ; Sở Tư pháp", "Quý III/2026", "Dữ liệu được kết nối, đồng bộ"),
        ("5", "Thanh toán không dùng tiền mặt trong trường học, bệnh viện", "Sở Tài chính", "Sở Y tế; Sở Giáo dục và Đào tạo; các ngân hàng thương mại", "Thường xuyên", "Tỷ lệ thanh toán không dùng tiền mặt đạt 90%"),
    ]),
    ("IV", "TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ", [
        ("1", "Đăng tải tin, bài về CCHC, CĐS trên Báo Bình Lâm điện tử", "Báo và Phát thanh, Truyền hình Bình Lâm", "Sở Văn hóa, Thể thao và Du lịch; Sở Khoa học và Công nghệ", "Thường xuyên", "Tối thiểu 04 tin, bài/tháng"),
        ("2", "Xây dựng phóng sự chuyên đề về dịch vụ công trực tuyến toàn trình", "Báo và Phát thanh, Truyền hình Bình Lâm", "Văn phòng UBND tỉnh", "Quý III/2026", "02 phóng sự"),
        ("3", "Tổ chức Cuộc thi trực tuyến \"Tìm hiểu về chuyển đổi số tỉnh Bình Lâm\"", "Tỉnh đoàn Bình Lâm", "Sở Khoa học và Công nghệ; Sở Giáo dục và Đào tạo", "Tháng 8/2026", "Cuộc thi được tổ chức, tổng kết"),
    ]),
]
# vertical merges of the lead column (group, first row, last row), 1-based within group
D1_MERGES = [("I", 1, 3), ("II", 1, 3), ("III", 1, 3), ("IV", 1, 2)]


def make_docx():
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = Cm(3.0)
    sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)

    def para(kind, text):
        p = d.add_paragraph()
        r = p.add_run(nfc(text))
        if kind.startswith("center"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind.startswith("right"):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind in ("p", "p_i", "dash", "p_b"):
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        if kind.endswith("_b") or kind in ("h1", "h2"):
            r.bold = True
        if kind.endswith("_i"):
            r.italic = True
        if kind == "small":
            r.font.size = Pt(11)
        return p

    for k, t in D1_DECISION:
        para(k, t)
    # page break before the attached plan
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for k, t in D1_PLAN:
        para(k, t)

    p = para("center_b", "PHỤ LỤC I")
    # put a page break before the appendix heading
    pb = p.insert_paragraph_before("")
    pb.add_run().add_break(WD_BREAK.PAGE)
    para("center_b", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ CẢI CÁCH HÀNH CHÍNH NĂM 2026")
    para("center_i", "(Kèm theo Kế hoạch ban hành tại Quyết định số 215/QĐ-UBND ngày 20/01/2026 của Chủ tịch UBND tỉnh Bình Lâm)")

    headers = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"]
    nrows = 1 + sum(1 + len(rows) for _, _, rows in D1_APPX)
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    widths = [Cm(1.1), Cm(4.6), Cm(2.9), Cm(3.3), Cm(2.2), Cm(2.9)]
    for i, h in enumerate(headers):
        c = t.cell(0, i)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    # repeat header row
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    r = 1
    row_index = {}
    for g, title, rows in D1_APPX:
        gc = t.cell(r, 0)
        gc.text = g
        gc.paragraphs[0].runs[0].bold = True
        m = t.cell(r, 1).merge(t.cell(r, 5))
        m.text = nfc(title)
        m.paragraphs[0].runs[0].bold = True
        r += 1
        for row in rows:
            row_index[(g, row[0])] = r
            for ci, val in enumerate(row):
                t.cell(r, ci).text = nfc(val)
            r += 1
    for g, a, b in D1_MERGES:
        ra, rb = row_index[(g, str(a))], row_index[(g, str(b))]
        lead = t.cell(ra, 2).text
        m = t.cell(ra, 2).merge(t.cell(rb, 2))
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        m.paragraphs[0].add_run(lead)
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    # fixed core properties for reproducibility
    cp = d.core_properties
    cp.author = "UBND tỉnh Bình Lâm"
    cp.created = cp.modified = datetime.datetime(2026, 1, 20, 8, 0, 0)
    cp.last_modified_by = "UBND tỉnh Bình Lâm"
    d.save(os.path.join(OUT, D1_NAME))


# ---------------------------------------------------------------------------
# 2. TXT: Sở Nội vụ tỉnh Hải Lam, Phần/Mục numbering, inline fields, wrap 75
# ---------------------------------------------------------------------------
D2_NAME = "2026-so-noi-vu-hai-lam-ke-hoach-tuyen-truyen.txt"

# entries: ("raw", text) printed as is (no wrap); ("p", text) wrapped;
# ("+", text) wrapped with hanging indent; ("•", text) deeper item
D2 = [
    ("raw", "UBND TỈNH HẢI LAM SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc"),
    ("raw", ""),
    ("raw", "Số: 38/KH-SNV Hải Lam, ngày 05 tháng 02 năm 2026"),
    ("raw", ""),
    ("raw", "                                KẾ HOẠCH"),
    ("raw", "      Tuyên truyền cải cách hành chính và chuyển đổi số năm 2026"),
    ("raw", ""),
    ("p", "Căn cứ Kế hoạch số 09/KH-UBND ngày 10/01/2026 của UBND tỉnh Hải Lam về cải cách hành chính nhà nước năm 2026;"),
    ("p", "Căn cứ Quyết định số 1120/QĐ-UBND ngày 25/12/2025 của UBND tỉnh Hải Lam quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;"),
    ("p", "Sở Nội vụ ban hành Kế hoạch tuyên truyền cải cách hành chính (CCHC) và chuyển đổi số (CĐS) năm 2026 trên địa bàn tỉnh (sau đây gọi tắt là Kế hoạch 38), cụ thể như sau:"),
    ("raw", ""),
    ("h", "Phần I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "Mục 1. Mục đích"),
    ("+", "Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và người dân, doanh nghiệp về vai trò của CCHC, CĐS đối với phát triển kinh tế - xã hội của tỉnh."),
    ("+", "Tạo sự đồng thuận của xã hội, khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến; góp phần cải thiện các chỉ số PAR INDEX, SIPAS, PAPI, PCI của tỉnh."),
    ("h", "Mục 2. Yêu cầu"),
    ("+", "Nội dung tuyên truyền chính xác, ngắn gọn, dễ hiểu, phù hợp với từng đối tượng; hình thức đa dạng, ưu tiên các nền tảng số."),
    ("+", "Gắn công tác tuyên truyền với việc thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương; bảo đảm tiết kiệm, hiệu quả."),
    ("raw", ""),
    ("h", "Phần II. NỘI DUNG TUYÊN TRUYỀN"),
    ("h", "Mục 1. Chủ trương, chính sách về CCHC và CĐS"),
    ("+", "Các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về CCHC, CĐS, trọng tâm là:"),
    ("•", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("•", "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030;"),
    ("•", "Kế hoạch CCHC năm 2026 của UBND tỉnh Hải Lam."),
    ("+", "Kết quả vận hành mô hình chính quyền địa phương hai cấp, những mô hình mới, cách làm hay trong CCHC của các cơ quan, đơn vị, địa phương."),
    ("h", "Mục 2. Thủ tục hành chính và dịch vụ công trực tuyến"),
    ("+", "Dịch vụ công trực tuyến toàn trình là dịch vụ công bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính, việc thực hiện và giải quyết thủ tục hành chính đều được thực hiện trên môi trường mạng. Tuyên truyền để người dân nắm được lợi ích của dịch vụ công trực tuyến toàn trình và cách nộp hồ sơ tại Cổng Dịch vụ công tỉnh Hải Lam (https://dichvucong.hailam.gov.vn)."),
    ("+", "Việc tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp qua đường dây nóng 0234.3 822 715 của Sở Nội vụ và qua Hệ thống thông tin tiếp nhận phản ánh, kiến nghị của tỉnh."),
    ("raw", ""),
    ("h", "Phần III. HÌNH THỨC VÀ NHIỆM VỤ CỤ THỂ"),
    ("h", "Mục 1. Tuyên truyền trên báo chí"),
    ("+", "Duy trì chuyên mục \"Cải cách hành chính - Vì nhân dân phục vụ\" trên sóng phát thanh, truyền hình tỉnh với tần suất 02 số/tháng, thời lượng 15 phút/số; đơn vị chủ trì: Báo và Phát thanh, Truyền hình Hải Lam; đơn vị phối hợp: Sở Nội vụ, Văn phòng UBND tỉnh; thời gian: thường xuyên trong năm 2026."),
    ("+", "Đăng tải tin, bài, ảnh về CCHC, CĐS trên Báo Hải Lam điện tử, tối thiểu 06 tin, bài/tháng; đơn vị chủ trì: Báo và Phát thanh, Truyền hình Hải Lam; đơn vị phối hợp: Sở Khoa học và Công nghệ; thời gian: hằng tháng."),
    ("+", "Xây dựng 03 phóng sự chuyên đề về kết quả vận hành chính quyền địa phương hai cấp, trong đó:"),
    ("•", "01 phóng sự về Trung tâm Phục vụ hành chính công cấp xã;"),
    ("•", "02 phóng sự về dịch vụ công trực tuyến toàn trình và thanh toán trực tuyến;"),
    ("p2", "đơn vị chủ trì: Báo và Phát thanh, Truyền hình Hải Lam; đơn vị phối hợp: Trung tâm Phục vụ hành chính công tỉnh; thời gian: Quý III/2026."),
    ("h", "Mục 2. Tuyên truyền trên cổng, trang thông tin điện tử và mạng xã hội"),
    ("+", "Cập nhật chuyên mục CCHC trên Cổng Thông tin điện tử tỉnh Hải Lam; đơn vị chủ trì: Văn phòng UBND tỉnh; đơn vị phối hợp: Sở Nội vụ và các sở, ban, ngành; thời gian: thường xuyên."),
    ("+", "Đăng tải thông tin về CCHC trên Trang Thông tin điện tử của Sở Nội vụ, tối thiểu 04 tin, bài/tháng; đơn vị chủ trì: Văn phòng Sở Nội vụ; đơn vị phối hợp: Phòng Cải cách hành chính; thời gian: hằng tháng."),
    ("+", "Vận hành trang Zalo OA và Fanpage \"Cải cách hành chính Hải Lam\" để giải đáp, hướng dẫn người dân; đơn vị chủ trì: Phòng Cải cách hành chính (Sở Nội vụ); đơn vị phối hợp: Sở Khoa học và Công nghệ, Tỉnh đoàn Hải Lam; thời gian: Trước ngày 31/3/2026 đưa vào vận hành, sau đó duy trì thường xuyên."),
    ("h", "Mục 3. Tuyên truyền trực quan"),
    ("+", "Lắp đặt pano, áp phích, băng rôn tuyên truyền về dịch vụ công trực tuyến tại trụ sở các xã, phường và nơi công cộng; đơn vị chủ trì: UBND các xã, phường; đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch; thời gian: Quý II/2026."),
    ("+", "Trình chiếu video hướng dẫn nộp hồ sơ trực tuyến trên màn hình LED tại Trung tâm Phục vụ hành chính công tỉnh; đơn vị chủ trì: Trung tâm Phục vụ hành chính công tỉnh; đơn vị phối hợp: Bưu điện tỉnh Hải Lam; thời gian: thường xuyên."),
    ("h", "Mục 4. Hội nghị, tập huấn, đối thoại"),
    ("+", "Tổ chức tập huấn nghiệp vụ CCHC và kỹ năng tuyên truyền cho công chức làm công tác CCHC, công chức Bộ phận Một cửa cấp xã, 02 lần/năm; đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Trung tâm Phục vụ hành chính công tỉnh, UBND các xã, phường; thời gian: Quý II và Quý III/2026."),
    ("+", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với người dân, doanh nghiệp về thủ tục hành chính; đơn vị chủ trì: Văn phòng UBND tỉnh; đơn vị phối hợp: Sở Nội vụ, Hiệp hội Doanh nghiệp tỉnh; thời gian: Tháng 9/2026."),
    ("+", "Lồng ghép tuyên truyền CCHC trong các buổi sinh hoạt chi bộ, họp tổ dân phố, thôn; đơn vị chủ trì: UBND các xã, phường; đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã; thời gian: 01 lần/quý."),
    ("h", "Mục 5. Cuộc thi và sự kiện"),
    ("+", "Tổ chức Cuộc thi trực tuyến \"Tìm hiểu cải cách hành chính tỉnh Hải Lam năm 2026\" trên nền tảng thi trực tuyến của tỉnh; đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo, Tỉnh đoàn Hải Lam; thời gian: Tháng 8/2026."),
    ("+", "Tổ chức Ngày hội \"Công dân số\" hướng dẫn cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức độ 2; đơn vị chủ trì: Công an tỉnh; đơn vị phối hợp: Tỉnh đoàn Hải Lam, UBND các xã, phường; thời gian: Tháng 10/2026."),
    ("h", "Mục 6. Khảo sát, đánh giá"),
    ("+", "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước; đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Bưu điện tỉnh Hải Lam; thời gian: Quý IV/2026."),
    ("+", "Sơ kết 06 tháng, tổng kết năm công tác tuyên truyền CCHC, CĐS; đơn vị chủ trì: Phòng Cải cách hành chính (Sở Nội vụ); đơn vị phối hợp: các sở, ban, ngành, UBND các xã, phường; thời gian: Trước ngày 20/6/2026 và trước ngày 05/12/2026."),
    ("raw", ""),
    ("h", "Phần IV. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách năm 2026 đã giao cho Sở Nội vụ và các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành."),
    ("raw", ""),
    ("h", "Phần V. TỔ CHỨC THỰC HIỆN"),
    ("h", "Mục 1. Phòng Cải cách hành chính"),
    ("+", "Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch 38; tổng hợp kết quả, báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 15 của tháng cuối quý)."),
    ("h", "Mục 2. Các sở, ban, ngành, UBND các xã, phường"),
    ("+", "Căn cứ Kế hoạch 38 xây dựng kế hoạch tuyên truyền CCHC của cơ quan, đơn vị, địa phương, gửi về Sở Nội vụ trước ngày 15/3/2026."),
    ("+", "Cử cán bộ đầu mối cung cấp thông tin về CCHC cho Báo và Phát thanh, Truyền hình Hải Lam."),
    ("raw", ""),
    ("p", "Trên đây là Kế hoạch tuyên truyền CCHC và CĐS năm 2026 của Sở Nội vụ tỉnh Hải Lam. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Nội vụ (qua Phòng Cải cách hành chính) để được hướng dẫn./."),
    ("raw", ""),
    ("raw", "Nơi nhận:                                              KT. GIÁM ĐỐC"),
    ("raw", "- UBND tỉnh (b/c);                                     PHÓ GIÁM ĐỐC"),
    ("raw", "- Bộ Nội vụ (b/c);"),
    ("raw", "- Các sở, ban, ngành tỉnh;"),
    ("raw", "- UBND các xã, phường;                                   (Đã ký)"),
    ("raw", "- Báo và PT-TH Hải Lam;"),
    ("raw", "- Giám đốc, các PGĐ Sở;"),
    ("raw", "- Lưu: VT, CCHC.                                    Lê Thị Hồng Nhung"),
]


def make_txt():
    W = 75
    lines = []
    for kind, text in D2:
        text = nfc(text)
        if kind == "raw":
            lines.append(text)
        elif kind == "h":
            lines.append(text)
        elif kind == "p":
            lines += textwrap.wrap(text, W, break_on_hyphens=False, break_long_words=False)
        elif kind == "p2":
            lines += textwrap.wrap(text, W, initial_indent="  ", subsequent_indent="  ",
                                   break_on_hyphens=False, break_long_words=False)
        elif kind == "+":
            lines += textwrap.wrap(text, W, initial_indent="+ ", subsequent_indent="  ",
                                   break_on_hyphens=False, break_long_words=False)
        elif kind == "•":
            lines += textwrap.wrap(text, W, initial_indent="    • ", subsequent_indent="      ",
                                   break_on_hyphens=False, break_long_words=False)
    with open(os.path.join(OUT, D2_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 3. PDF: Báo cáo of UBND xã Thạch Phong with appendix plan table over 2 pages
# ---------------------------------------------------------------------------
D3_NAME = "2025-xa-thach-phong-bao-cao-cchc-cds.pdf"

D3_BODY = [
    ("center_b", "BÁO CÁO"),
    ("center_b", "Kết quả thực hiện công tác cải cách hành chính, chuyển đổi số năm 2025;"),
    ("center_b", "phương hướng, nhiệm vụ năm 2026"),
    ("p", "Thực hiện Công văn số 2145/UBND-NC ngày 20/11/2025 của UBND tỉnh Đông Lâm về việc báo cáo công tác cải cách hành chính (CCHC), chuyển đổi số (CĐS) năm 2025, UBND xã Thạch Phong báo cáo kết quả thực hiện như sau:"),
    ("h", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    ("h", "1. Công tác chỉ đạo, điều hành"),
    ("p", "Sau khi vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025, UBND xã đã ban hành 12 văn bản chỉ đạo, điều hành về CCHC, CĐS; kiện toàn Tổ công nghệ số cộng đồng tại 100% thôn (15 thôn) với 94 thành viên. Tổ công nghệ số cộng đồng là lực lượng nòng cốt hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID và thanh toán không dùng tiền mặt."),
    ("h", "2. Cải cách thủ tục hành chính"),
    ("p", "a) Trung tâm Phục vụ hành chính công xã đã tiếp nhận 6.482 hồ sơ thủ tục hành chính, giải quyết đúng hạn 6.391 hồ sơ, đạt tỷ lệ 98,6%; không có hồ sơ giải quyết quá hạn do lỗi chủ quan."),
    ("p", "b) Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 72,4%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 91,3%."),
    ("p", "c) Đường dây nóng của Trung tâm Phục vụ hành chính công xã (0222.3 861 204) đã tiếp nhận và xử lý 37 phản ánh, kiến nghị của người dân, không có phản ánh quá hạn."),
    ("h", "3. Chuyển đổi số"),
    ("p", "a) 100% văn bản đi (trừ văn bản mật) được ký số và gửi, nhận trên Hệ thống quản lý văn bản và điều hành; 100% cán bộ, công chức được cấp chữ ký số cá nhân."),
    ("p", "b) Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 đạt 81,5%."),
    ("h", "4. Công tác tuyên truyền"),
    ("p", "Duy trì chuyên mục \"Cải cách hành chính\" trên Trang thông tin điện tử xã tại địa chỉ https://thachphong.donglam.gov.vn; phát 48 tin, bài trên hệ thống truyền thanh xã; tổ chức 02 hội nghị tuyên truyền tại các thôn."),
    ("h", "II. TỒN TẠI, HẠN CHẾ"),
    ("p", "1. Hạ tầng công nghệ thông tin tại Trung tâm Phục vụ hành chính công xã còn thiếu, đường truyền chưa ổn định."),
    ("p", "2. Một bộ phận người dân, nhất là người cao tuổi, chưa quen sử dụng dịch vụ công trực tuyến."),
    ("p", "3. Số lượng công chức có chuyên môn về công nghệ thông tin còn ít, chỉ có 01 công chức chuyên trách."),
    ("h", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    ("p", "1. Tiếp tục thực hiện có hiệu quả mô hình chính quyền địa phương hai cấp; phấn đấu tỷ lệ hồ sơ tiếp nhận trực tuyến đạt tối thiểu 80%, tỷ lệ số hóa hồ sơ đạt 100%."),
    ("p", "2. Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến."),
    ("p", "3. Các nhiệm vụ, đơn vị thực hiện và thời gian hoàn thành cụ thể tại Phụ lục I kèm theo Báo cáo này."),
    ("h", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "Đề nghị Sở Khoa học và Công nghệ hỗ trợ xã nâng cấp đường truyền, trang bị 02 máy tính và 01 máy quét tài liệu cho Trung tâm Phục vụ hành chính công xã; đề nghị Sở Nội vụ mở lớp bồi dưỡng kỹ năng số cho công chức cấp xã."),
    ("p", "Trên đây là báo cáo kết quả công tác CCHC, CĐS năm 2025 và phương hướng, nhiệm vụ năm 2026 của UBND xã Thạch Phong./."),
]

D3_SIGN_LEFT = ["Nơi nhận:", "- UBND tỉnh Đông Lâm (b/c);", "- Sở Nội vụ;", "- Sở Khoa học và Công nghệ;",
                "- TT Đảng ủy, TT HĐND xã;", "- CT, các PCT UBND xã;", "- Lưu: VT."]
D3_SIGN_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phạm Minh Khoa"]

D3_ROWS = [
    ("1", "Ban hành Kế hoạch CCHC, CĐS năm 2026 của xã", "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Tháng 01/2026"),
    ("2", "Rà soát, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã và trên Trang thông tin điện tử xã", "Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã", "Thường xuyên"),
    ("3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, bảo đảm tỷ lệ 100%", "Trung tâm Phục vụ hành chính công xã", "Các công chức chuyên môn", "Thường xuyên"),
    ("4", "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại nhà thông qua Tổ công nghệ số cộng đồng", "Tổ công nghệ số cộng đồng các thôn", "Đoàn Thanh niên xã; Trung tâm Phục vụ hành chính công xã", "Thường xuyên"),
    ("5", "Nâng cấp đường truyền, bổ sung trang thiết bị cho Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã; Sở Khoa học và Công nghệ", "Quý II/2026"),
    ("6", "Kiểm tra công tác CCHC, kỷ luật, kỷ cương hành chính tại các bộ phận chuyên môn của xã", "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "02 lần/năm (Tháng 6 và Tháng 11/2026)"),
    ("7", "Khảo sát sự hài lòng của người dân khi giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã", "Trung tâm Phục vụ hành chính công xã", "Bưu điện văn hóa xã", "Quý III/2026"),
    ("8", "Làm sạch dữ liệu dân cư, hướng dẫn kích hoạt tài khoản định danh điện tử VNeID mức độ 2 cho người dân từ đủ 14 tuổi trở lên; phấn đấu đạt tỷ lệ 90%", "Công an xã", "Đoàn Thanh niên xã; Tổ công nghệ số cộng đồng các thôn", "Trước ngày 30/6/2026"),
    ("9", "Triển khai thanh toán không dùng tiền mặt đối với phí, lệ phí thủ tục hành chính và học phí, viện phí trên địa bàn xã, phối hợp các ngân hàng thương mại mở điểm hỗ trợ tại Trung tâm Phục vụ hành chính công xã, trường học và trạm y tế", "Phòng Kinh tế", "Trạm Y tế xã; các trường học trên địa bàn; Bưu điện văn hóa xã", "Quý III/2026"),
    ("10", "Duy trì chuyên mục \"Cải cách hành chính\" trên Trang thông tin điện tử xã", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Thường xuyên; tối thiểu 04 tin, bài/tháng"),
    ("11", "Phát thanh chuyên mục \"Người dân với chính quyền số\" trên hệ thống truyền thanh xã", "Phòng Văn hóa - Xã hội", "Tổ công nghệ số cộng đồng các thôn", "02 lần/tuần (sáng thứ Ba và thứ Sáu)"),
    ("12", "Tổ chức hội nghị tuyên truyền, hướng dẫn sử dụng dịch vụ công trực tuyến tại các thôn", "Phòng Văn hóa - Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam xã; Đoàn Thanh niên xã", "Quý II - III/2026"),
    ("13", "Tổ chức \"Ngày chủ nhật số\" hướng dẫn người dân cài đặt ứng dụng VNeID, ứng dụng ngân hàng số", "Đoàn Thanh niên xã", "Công an xã; Tổ công nghệ số cộng đồng các thôn", "Tháng 8/2026"),
    ("14", "Cử công chức tham gia lớp bồi dưỡng kỹ năng số do tỉnh tổ chức", "Văn phòng HĐND và UBND xã", "Các bộ phận chuyên môn", "Theo kế hoạch của tỉnh"),
    ("15", "Xây dựng Zalo OA \"UBND xã Thạch Phong\" để tiếp nhận phản ánh, kiến nghị", "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Trước ngày 31/3/2026"),
    ("16", "Đánh giá, chấm điểm kết quả thực hiện nhiệm vụ CCHC, CĐS của các thôn", "Văn phòng HĐND và UBND xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Tháng 12/2026"),
    ("17", "Báo cáo định kỳ kết quả thực hiện CCHC, CĐS gửi UBND tỉnh", "Văn phòng HĐND và UBND xã", "Các bộ phận chuyên môn", "Hằng quý (trước ngày 12 của tháng cuối quý)"),
]


def make_pdf():
    from fpdf import FPDF
    from fpdf.enums import MethodReturnValue

    class PDF(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("dv", "", 9)
                self.cell(0, 5, str(self.page_no()), align="C")
                self.ln(8)

    pdf = PDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 12, 22, 8, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.add_page()
    LH = 6.0
    epw = pdf.w - pdf.l_margin - pdf.r_margin

    # letterhead: two-column borderless table
    lw, rw = 70, epw - 70
    left = ["ỦY BAN NHÂN DÂN", "XÃ THẠCH PHONG", "", "Số:        /BC-UBND"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Thạch Phong, ngày      tháng 12 năm 2025"]
    y0 = pdf.get_y()
    for i, t in enumerate(left):
        pdf.set_xy(pdf.l_margin, y0 + i * LH)
        pdf.set_font("dv", "B" if i < 2 else "", 10.5)
        pdf.cell(lw, LH, nfc(t), align="C")
    for i, t in enumerate(right):
        pdf.set_xy(pdf.l_margin + lw, y0 + i * LH)
        pdf.set_font("dv", "B" if i < 2 else "", 10.5)
        pdf.cell(rw, LH, nfc(t), align="C")
    pdf.set_xy(pdf.l_margin, y0 + len(left) * LH + 6)

    for kind, text in D3_BODY:
        text = nfc(text)
        if kind == "center_b":
            pdf.set_font("dv", "B", 11.5)
            pdf.multi_cell(epw, LH, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.set_font("dv", "B", 11)
            pdf.ln(1.5)
            pdf.multi_cell(epw, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dv", "", 11)
            pdf.multi_cell(epw, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    # signature block: two columns
    y0 = pdf.get_y()
    if y0 + 8 * LH > pdf.h - 18:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, t in enumerate(D3_SIGN_LEFT):
        pdf.set_xy(pdf.l_margin, y0 + i * 5)
        pdf.set_font("dv", "B" if i == 0 else "", 9)
        pdf.cell(80, 5, nfc(t))
    for i, t in enumerate(D3_SIGN_RIGHT):
        pdf.set_xy(pdf.l_margin + 80, y0 + i * LH)
        pdf.set_font("dv", "B", 11)
        pdf.cell(epw - 80, LH, nfc(t), align="C")

    # appendix on a new page
    pdf.add_page()
    pdf.set_font("dv", "B", 11.5)
    for t in ["PHỤ LỤC I", "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ NĂM 2026"]:
        pdf.multi_cell(epw, LH, nfc(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(epw, LH, nfc("(Kèm theo Báo cáo số      /BC-UBND ngày     tháng 12 năm 2025 của UBND xã Thạch Phong)"),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    cols = ["TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Phối hợp", "Thời gian hoàn thành"]
    widths = [10, 62, 33, 35, epw - 140]
    lh = 5.2
    bottom = pdf.h - 18

    def lines_of(w, text, bold=False):
        pdf.set_font("dv", "B" if bold else "", 9.5)
        return pdf.multi_cell(w - 2, lh, nfc(text), dry_run=True, output=MethodReturnValue.LINES)

    def draw_chunk(cells_lines, start, count, bold=False):
        y = pdf.get_y()
        x = pdf.l_margin
        h = count * lh + 1.6
        for w, ls in zip(widths, cells_lines):
            pdf.rect(x, y, w, h)
            pdf.set_font("dv", "B" if bold else "", 9.5)
            for k, ln in enumerate(ls[start:start + count]):
                pdf.set_xy(x + 1, y + 0.8 + k * lh)
                pdf.cell(w - 2, lh, ln, align="C" if bold else "L")
            x += w
        pdf.set_xy(pdf.l_margin, y + h)

    header_lines = [lines_of(w, c, True) for w, c in zip(widths, cols)]
    hn = max(len(x) for x in header_lines)

    def header_row():
        draw_chunk(header_lines, 0, hn, bold=True)

    pdf.set_auto_page_break(False)
    header_row()
    split_done = False
    for row in D3_ROWS:
        cl = [lines_of(w, c) for w, c in zip(widths, row)]
        n = max(len(x) for x in cl)
        start = 0
        while start < n:
            avail = int((bottom - pdf.get_y() - 1.6) // lh)
            if avail <= 0:
                pdf.add_page()
                header_row()
                continue
            take = min(avail, n - start)
            draw_chunk(cl, start, take)
            start += take
            if start < n:
                split_done = True
                pdf.add_page()
                header_row()
    pdf.set_auto_page_break(True, 18)
    pdf.output(os.path.join(OUT, D3_NAME))
    return split_done


if __name__ == "__main__":
    make_docx()
    make_txt()
    split = make_pdf()
    print("written to", OUT, "| pdf row split across page:", split)
