"""Write the plan files of the new-layout eval split into evals/new_plans/corpus/.

Four fictional (but realistically worded) plans of provinces other than Quảng Ngãi,
each laid out in a way the main corpus does not use:

* 2024-huyen-dong-xuan-ke-hoach-cchc.txt   district CCHC plan 2024, plain numbered text
* 2025-huyen-dong-xuan-ke-hoach-cchc.docx  the same district's 2025 plan, tasks in a Word
                                            table with roman group rows
* 2025-so-y-te-ha-tinh-ke-hoach-cds.pdf    a provincial department's digital-transformation
                                            plan, task table spanning several PDF pages
* 2024-tinh-ninh-thuan-ke-hoach-tuyen-truyen.md  provincial plan in Markdown with a
                                            targets table and an appendix task table

Every plan is held here as one small document model (zones, numbered headings,
paragraphs, field lines, tables); each format has its own renderer. The same model
gives ``section_map()``: the gold section path of every piece of text, used by
check_items.py to verify that each item's evidence lies in the section it names.

Run:  .venv/bin/python evals/new_plans/make_plans.py
Output is byte-for-byte reproducible (fixed document dates, fixed zip timestamps).
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- model
@dataclass
class H:
    """A numbered heading: label "I." / "1." / "a)" and its text on the same line."""
    label: str
    text: str


@dataclass
class P:
    """A paragraph of the current section."""
    text: str


@dataclass
class B:
    """A bullet line "- text" of the current section."""
    text: str


@dataclass
class F:
    """A field line "- Cơ quan chủ trì: Phòng Tư pháp." of the current section."""
    name: str
    value: str


@dataclass
class Table:
    """A table placed in the current section.

    task=True: each row is its own section (parent path + STT); rows whose STT is a
    roman numeral and whose other cells are empty are group rows. Cell text may hold
    "\n" (a line break inside the cell).
    """
    header: list[str]
    rows: list[list[str]]
    task: bool = True
    widths: tuple = ()


@dataclass
class Appendix:
    """An appendix heading ("PHỤ LỤC I") that starts the section "Phụ lục I"."""
    label: str  # "I"
    title_lines: list[str]


@dataclass
class Plan:
    file: str
    left: list[str]  # letterhead, left column (issuing body)
    number: str  # "Số: 35/KH-UBND"
    right: list[str]  # national motto lines
    place_date: str
    title: list[str]  # "KẾ HOẠCH", subject line(s)
    preamble: list[str]
    body: list
    closing: list[str]
    recipients: list[str]
    signer: list[str]
    appendix: list = field(default_factory=list)  # [Appendix, blocks...]
    meta: dict = field(default_factory=dict)


ROMAN = re.compile(r"^[IVXLC]+$")


def level_of(label: str) -> int:
    core = label.rstrip(".)")
    if ROMAN.match(core) and label.endswith("."):
        return 1
    if core.isdigit():
        return 2
    return 3


# --------------------------------------------------------------------------- plan 1
P1 = Plan(
    file="2024-huyen-dong-xuan-ke-hoach-cchc.txt",
    left=["UBND HUYỆN ĐỒNG XUÂN"],
    number="Số: 35/KH-UBND",
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    place_date="Đồng Xuân, ngày 18 tháng 01 năm 2024",
    title=["KẾ HOẠCH", "Cải cách hành chính năm 2024 trên địa bàn huyện Đồng Xuân"],
    preamble=[
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "Căn cứ Quyết định số 1812/QĐ-UBND ngày 22/12/2023 của UBND tỉnh Phú Yên ban hành Kế hoạch cải cách hành chính nhà nước năm 2024 của tỉnh;",
        "Căn cứ Kế hoạch số 120/KH-UBND ngày 28/12/2021 của UBND huyện về cải cách hành chính giai đoạn 2021 - 2025;",
        "UBND huyện Đồng Xuân ban hành Kế hoạch cải cách hành chính (CCHC) năm 2024 như sau:",
    ],
    body=[
        H("I.", "MỤC ĐÍCH, YÊU CẦU"),
        H("1.", "Mục đích"),
        B("Triển khai đồng bộ, hiệu quả các nhiệm vụ CCHC năm 2024 theo chỉ đạo của UBND tỉnh; phấn đấu cải thiện Chỉ số CCHC (PAR INDEX) của huyện, nâng cao mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước."),
        B("Xác định rõ trách nhiệm của các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn và người đứng đầu trong triển khai thực hiện nhiệm vụ CCHC."),
        H("2.", "Yêu cầu"),
        B("Các nhiệm vụ phải cụ thể, có sản phẩm, thời gian hoàn thành và phân công rõ cơ quan chủ trì, cơ quan phối hợp."),
        B("Gắn kết quả thực hiện nhiệm vụ CCHC với đánh giá, xếp loại thi đua của cơ quan, đơn vị và người đứng đầu."),
        H("II.", "MỤC TIÊU"),
        H("1.", "100% văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành được rà soát, kiểm tra theo quy định."),
        H("2.", "Tỷ lệ hồ sơ TTHC cấp huyện được giải quyết đúng hạn đạt trên 98%; tỷ lệ hồ sơ được số hóa đạt 80% trở lên."),
        H("3.", "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn huyện đạt trên 85%."),
        H("III.", "NHIỆM VỤ VÀ GIẢI PHÁP"),
        H("1.", "Cải cách thể chế"),
        H("a)", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành; kịp thời đề xuất sửa đổi, bổ sung, thay thế văn bản không còn phù hợp."),
        F("Cơ quan chủ trì", "Phòng Tư pháp."),
        F("Cơ quan phối hợp", "Văn phòng HĐND và UBND huyện; các cơ quan chuyên môn thuộc UBND huyện."),
        F("Thời gian hoàn thành", "Tháng 12/2024."),
        H("b)", "Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, trật tự xây dựng trên địa bàn huyện."),
        F("Cơ quan chủ trì", "Phòng Tư pháp."),
        F("Cơ quan phối hợp", "Phòng Tài nguyên và Môi trường; Phòng Kinh tế - Hạ tầng."),
        F("Thời gian hoàn thành", "Quý III/2024."),
        H("2.", "Cải cách thủ tục hành chính"),
        H("a)", "Công khai đầy đủ, kịp thời thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của cấp huyện tại Bộ phận Một cửa huyện và trên Trang thông tin điện tử huyện."),
        F("Cơ quan chủ trì", "Văn phòng HĐND và UBND huyện."),
        F("Cơ quan phối hợp", "Phòng Văn hóa và Thông tin; UBND các xã, thị trấn."),
        F("Thời gian hoàn thành", "Thường xuyên."),
        H("b)", "Duy trì đường dây nóng tiếp nhận phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính và việc giải quyết TTHC qua số điện thoại 0257.3865.246; niêm yết công khai số điện thoại này tại Bộ phận Một cửa huyện và trụ sở UBND các xã, thị trấn."),
        F("Cơ quan chủ trì", "Văn phòng HĐND và UBND huyện."),
        F("Cơ quan phối hợp", "Phòng Nội vụ; Thanh tra huyện."),
        F("Thời gian hoàn thành", "Thường xuyên."),
        H("c)", "Rà soát, đánh giá, đề xuất phương án đơn giản hóa TTHC thuộc thẩm quyền giải quyết của cấp huyện."),
        F("Cơ quan chủ trì", "Phòng Tư pháp."),
        F("Cơ quan phối hợp", "Các cơ quan chuyên môn thuộc UBND huyện."),
        F("Thời gian hoàn thành", "Trước ngày 15/6/2024."),
        H("d)", "Số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa huyện."),
        F("Cơ quan chủ trì", "Văn phòng HĐND và UBND huyện."),
        F("Cơ quan phối hợp", "Phòng Văn hóa và Thông tin; Chi nhánh Văn phòng Đăng ký đất đai huyện."),
        F("Thời gian hoàn thành", "Năm 2024."),
        H("3.", "Cải cách tổ chức bộ máy hành chính nhà nước"),
        H("a)", "Rà soát chức năng, nhiệm vụ, quyền hạn và quy chế làm việc của các cơ quan chuyên môn thuộc UBND huyện."),
        F("Cơ quan chủ trì", "Phòng Nội vụ."),
        F("Cơ quan phối hợp", "Các cơ quan chuyên môn thuộc UBND huyện."),
        F("Thời gian hoàn thành", "Quý II/2024."),
        H("b)", "Sáp nhập, đặt tên các thôn, khu phố không đủ tiêu chuẩn theo quy định."),
        F("Cơ quan chủ trì", "Phòng Nội vụ."),
        F("Cơ quan phối hợp", "UBND các xã, thị trấn."),
        F("Thời gian hoàn thành", "Quý III - IV/2024."),
        H("4.", "Cải cách chế độ công vụ"),
        H("a)", "Rà soát, điều chỉnh đề án vị trí việc làm của các cơ quan, đơn vị."),
        F("Cơ quan chủ trì", "Phòng Nội vụ."),
        F("Cơ quan phối hợp", "Các cơ quan, đơn vị thuộc UBND huyện."),
        F("Thời gian hoàn thành", "Tháng 6/2024."),
        H("b)", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị và UBND các xã, thị trấn (02 đợt/năm)."),
        F("Cơ quan chủ trì", "Phòng Nội vụ."),
        F("Cơ quan phối hợp", "Thanh tra huyện; Văn phòng HĐND và UBND huyện."),
        F("Thời gian hoàn thành", "Quý II và Quý IV/2024."),
        H("c)", "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa cấp xã."),
        F("Cơ quan chủ trì", "Phòng Nội vụ."),
        F("Cơ quan phối hợp", "Văn phòng HĐND và UBND huyện."),
        F("Thời gian hoàn thành", "Quý III/2024."),
        H("5.", "Cải cách tài chính công"),
        H("a)", "Giao quyền tự chủ về tài chính cho các đơn vị sự nghiệp công lập thuộc huyện giai đoạn 2024 - 2026."),
        F("Cơ quan chủ trì", "Phòng Tài chính - Kế hoạch."),
        F("Cơ quan phối hợp", "Phòng Nội vụ; các đơn vị sự nghiệp công lập."),
        F("Thời gian hoàn thành", "Quý I/2024."),
        H("b)", "Công khai dự toán, quyết toán ngân sách huyện theo quy định."),
        F("Cơ quan chủ trì", "Phòng Tài chính - Kế hoạch."),
        F("Cơ quan phối hợp", "Văn phòng HĐND và UBND huyện."),
        F("Thời gian hoàn thành", "Theo thời hạn quy định."),
        H("6.", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
        H("a)", "Sử dụng hiệu quả hệ thống quản lý văn bản và điều hành; 100% văn bản đi được ký số (trừ văn bản mật)."),
        F("Cơ quan chủ trì", "Phòng Văn hóa và Thông tin."),
        F("Cơ quan phối hợp", "Văn phòng HĐND và UBND huyện; các cơ quan, đơn vị."),
        F("Thời gian hoàn thành", "Thường xuyên."),
        H("b)", "Hướng dẫn người dân nộp hồ sơ trực tuyến và thanh toán phí, lệ phí trực tuyến trên Cổng Dịch vụ công quốc gia."),
        F("Cơ quan chủ trì", "Văn phòng HĐND và UBND huyện."),
        F("Cơ quan phối hợp", "Bưu điện huyện; Huyện đoàn Đồng Xuân."),
        F("Thời gian hoàn thành", "Năm 2024."),
        H("c)", "Bảo đảm an toàn thông tin mạng cho hệ thống thông tin của các cơ quan nhà nước trên địa bàn huyện."),
        F("Cơ quan chủ trì", "Phòng Văn hóa và Thông tin."),
        F("Cơ quan phối hợp", "Công an huyện."),
        F("Thời gian hoàn thành", "Thường xuyên."),
        H("7.", "Công tác chỉ đạo, điều hành và thông tin, tuyên truyền CCHC"),
        H("a)", "Xây dựng chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện, phát sóng 02 kỳ/tháng; đăng tin, bài về CCHC trên Trang thông tin điện tử huyện."),
        F("Cơ quan chủ trì", "Trung tâm Văn hóa - Thông tin và Thể thao huyện."),
        F("Cơ quan phối hợp", "Phòng Nội vụ; UBND các xã, thị trấn."),
        F("Thời gian hoàn thành", "Thường xuyên."),
        H("b)", "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước cấp huyện, cấp xã."),
        F("Cơ quan chủ trì", "Phòng Nội vụ."),
        F("Cơ quan phối hợp", "Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn."),
        F("Thời gian hoàn thành", "Quý IV/2024."),
        H("c)", "Kiểm tra công tác CCHC tại UBND các xã, thị trấn (ít nhất 05 đơn vị)."),
        F("Cơ quan chủ trì", "Phòng Nội vụ."),
        F("Cơ quan phối hợp", "Phòng Tư pháp; Văn phòng HĐND và UBND huyện."),
        F("Thời gian hoàn thành", "Quý III/2024."),
        H("d)", "Báo cáo kết quả thực hiện CCHC định kỳ gửi Sở Nội vụ."),
        F("Cơ quan chủ trì", "Phòng Nội vụ."),
        F("Cơ quan phối hợp", "Các cơ quan, đơn vị; UBND các xã, thị trấn."),
        F("Thời gian hoàn thành", "Hằng quý, trước ngày 15 của tháng cuối quý."),
        H("IV.", "TỔ CHỨC THỰC HIỆN"),
        H("1.", "Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã, thị trấn căn cứ Kế hoạch này xây dựng kế hoạch CCHC năm 2024 của cơ quan, đơn vị, địa phương mình, hoàn thành trước ngày 31/01/2024."),
        H("2.", "Phòng Nội vụ là cơ quan thường trực công tác CCHC của huyện, có trách nhiệm theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND huyện."),
        H("3.", "Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí thực hiện các nhiệm vụ CCHC năm 2024 từ nguồn ngân sách huyện."),
    ],
    closing=[
        "Trên đây là Kế hoạch cải cách hành chính năm 2024 của UBND huyện Đồng Xuân. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về UBND huyện (qua Phòng Nội vụ) để xem xét, giải quyết./.",
    ],
    recipients=[
        "- Sở Nội vụ tỉnh Phú Yên (b/c);",
        "- TT Huyện ủy, TT HĐND huyện (b/c);",
        "- CT, các PCT UBND huyện;",
        "- Các cơ quan chuyên môn thuộc UBND huyện;",
        "- UBND các xã, thị trấn;",
        "- Lưu: VT, NV.",
    ],
    signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Nguyễn Đình Khoa"],
)


# --------------------------------------------------------------------------- plan 2
D2_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
D2_ROWS = [
    ["I", "Cải cách thể chế", "", "", "", ""],
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành; công bố danh mục văn bản hết hiệu lực",
     "Phòng Tư pháp", "Văn phòng HĐND và UBND huyện; các cơ quan chuyên môn thuộc UBND huyện", "Trước ngày 30/11/2025", "Báo cáo kết quả rà soát"],
    ["2", "Theo dõi tình hình thi hành pháp luật về đất đai, trật tự xây dựng",
     "Phòng Tư pháp", "Phòng Tài nguyên và Môi trường\nPhòng Kinh tế - Hạ tầng\nCông an huyện", "Quý III/2025", "Báo cáo UBND huyện"],
    ["3", "Phổ biến các luật mới có hiệu lực năm 2025 cho cán bộ, công chức cấp huyện, cấp xã",
     "Phòng Tư pháp", "Trung tâm VH-TT&TT; UBND các xã, thị trấn", "Quý II/2025", "Hội nghị phổ biến pháp luật"],
    ["II", "Cải cách thủ tục hành chính", "", "", "", ""],
    ["1", "Công khai, cập nhật đầy đủ TTHC thuộc thẩm quyền cấp huyện tại Bộ phận Một cửa và trên Trang thông tin điện tử huyện",
     "Văn phòng HĐND và UBND huyện", "Phòng VH-TT; UBND các xã, thị trấn", "Thường xuyên", "Danh mục TTHC được công khai"],
    ["2", "Rà soát, đề xuất phương án đơn giản hóa TTHC thuộc thẩm quyền giải quyết của cấp huyện",
     "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp; các cơ quan chuyên môn thuộc UBND huyện", "Quý II/2025", "Phương án đơn giản hóa TTHC"],
    ["3", "Số hóa hồ sơ, kết quả giải quyết TTHC; bảo đảm 100% hồ sơ tiếp nhận được số hóa",
     "Văn phòng HĐND và UBND huyện", "Chi nhánh Văn phòng Đăng ký đất đai huyện, Phòng Lao động - Thương binh và Xã hội", "06 tháng đầu năm 2025", "Hồ sơ được số hóa trên hệ thống"],
    ["4", "Tiếp nhận, giải quyết hồ sơ TTHC không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh",
     "Văn phòng HĐND và UBND huyện", "Bưu điện huyện; UBND các xã, thị trấn", "Tháng 6/2025", "Danh mục TTHC tiếp nhận không phụ thuộc địa giới hành chính"],
    ["III", "Cải cách tổ chức bộ máy", "", "", "", ""],
    ["1", "Sắp xếp, kiện toàn các cơ quan chuyên môn thuộc UBND huyện theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả",
     "Phòng Nội vụ", "Các cơ quan chuyên môn thuộc UBND huyện", "Quý I/2025", "Đề án, quyết định kiện toàn"],
    ["2", "Rà soát chức năng, nhiệm vụ, quyền hạn và quy chế làm việc của các cơ quan chuyên môn sau sắp xếp",
     "Phòng Nội vụ", "Phòng Tư pháp; các cơ quan chuyên môn thuộc UBND huyện", "Quý II/2025", "Quy chế làm việc được sửa đổi"],
    ["IV", "Cải cách chế độ công vụ", "", "", "", ""],
    ["1", "Rà soát, điều chỉnh đề án vị trí việc làm của các cơ quan, đơn vị",
     "Phòng Nội vụ", "Phòng TC-KH; các cơ quan, đơn vị thuộc UBND huyện", "Tháng 6/2025", "Đề án vị trí việc làm được phê duyệt"],
    ["2", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị và UBND các xã, thị trấn",
     "Phòng Nội vụ", "Thanh tra huyện", "Quý II và Quý IV/2025", "Thông báo kết quả kiểm tra"],
    ["3", "Đánh giá, xếp loại chất lượng cán bộ, công chức theo tháng trên phần mềm đánh giá",
     "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện; các cơ quan chuyên môn", "Hằng tháng", "Kết quả đánh giá hằng tháng"],
    ["V", "Cải cách tài chính công", "", "", "", ""],
    ["1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập; theo dõi việc thực hiện cơ chế tự chủ",
     "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ; Phòng Giáo dục và Đào tạo", "Quý I/2025", "Quyết định giao tự chủ"],
    ["VI", "Xây dựng và phát triển chính quyền số", "", "", "", ""],
    ["1", "Sử dụng hệ thống quản lý văn bản và điều hành; ký số 100% văn bản đi (trừ văn bản mật)",
     "Văn phòng HĐND và UBND huyện", "Phòng Văn hóa và Thông tin; các cơ quan, đơn vị", "Thường xuyên", "Văn bản điện tử được ký số"],
    ["2", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến thông qua Tổ công nghệ số cộng đồng",
     "Phòng Văn hóa và Thông tin", "Huyện đoàn; Bưu điện huyện; UBND các xã, thị trấn", "Năm 2025", "Tỷ lệ hồ sơ trực tuyến tăng"],
    ["3", "Bảo đảm an toàn thông tin mạng cho hệ thống thông tin của các cơ quan nhà nước",
     "Phòng VH-TT", "Công an huyện", "Thường xuyên", "Không để xảy ra sự cố mất an toàn thông tin"],
    ["4", "Sử dụng tài khoản định danh điện tử VNeID trong tiếp nhận, giải quyết TTHC",
     "Công an huyện", "Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn", "Quý III - IV/2025", "Hồ sơ nộp bằng tài khoản VNeID"],
    ["VII", "Công tác chỉ đạo, điều hành và tuyên truyền CCHC", "", "", "", ""],
    ["1", "Thông tin, tuyên truyền CCHC trên Đài Truyền thanh huyện và Trang thông tin điện tử huyện",
     "Phòng VH-TT", "Trung tâm Văn hóa - Thông tin và Thể thao; UBND các xã, thị trấn", "Hằng tháng", "Chuyên mục CCHC 02 kỳ/tháng"],
    ["2", "Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
     "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn", "Tháng 10/2025", "Báo cáo kết quả khảo sát"],
    ["3", "Kiểm tra công tác CCHC tại UBND các xã, thị trấn",
     "Phòng Nội vụ", "Phòng Tư pháp; VP HĐND-UBND huyện; Phòng Văn hóa và Thông tin", "Quý III/2025", "Thông báo kết quả kiểm tra"],
    ["4", "Báo cáo kết quả thực hiện CCHC định kỳ",
     "Phòng Nội vụ", "Các cơ quan, đơn vị; UBND các xã, thị trấn", "Hằng quý; báo cáo năm trước ngày 30/11/2025", "Báo cáo quý, báo cáo năm"],
]

P2 = Plan(
    file="2025-huyen-dong-xuan-ke-hoach-cchc.docx",
    left=["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG XUÂN"],
    number="Số: 28/KH-UBND",
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    place_date="Đồng Xuân, ngày 16 tháng 01 năm 2025",
    title=["KẾ HOẠCH", "Cải cách hành chính năm 2025 của UBND huyện Đồng Xuân"],
    preamble=[
        "Căn cứ Quyết định số 1905/QĐ-UBND ngày 20/12/2024 của UBND tỉnh Phú Yên ban hành Kế hoạch cải cách hành chính nhà nước năm 2025 của tỉnh;",
        "Căn cứ kết quả thực hiện Kế hoạch số 35/KH-UBND ngày 18/01/2024 của UBND huyện về cải cách hành chính năm 2024;",
        "UBND huyện Đồng Xuân ban hành Kế hoạch cải cách hành chính năm 2025 với những nội dung sau:",
    ],
    body=[
        H("I.", "MỤC ĐÍCH, YÊU CẦU"),
        H("1.", "Mục đích"),
        B("Tiếp tục thực hiện đồng bộ các nhiệm vụ cải cách hành chính gắn với sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả."),
        B("Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính, lấy người dân, doanh nghiệp làm trung tâm phục vụ."),
        H("2.", "Yêu cầu"),
        B("Mỗi nhiệm vụ phải xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm."),
        B("Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả thực hiện nhiệm vụ được giao."),
        H("II.", "MỤC TIÊU"),
        B("Tỷ lệ hồ sơ TTHC cấp huyện được giải quyết đúng hạn đạt trên 98%; 100% hồ sơ TTHC được số hóa khi tiếp nhận."),
        B("Tỷ lệ hồ sơ TTHC được nộp trực tuyến toàn trình đạt từ 50% trở lên."),
        H("III.", "NHIỆM VỤ CỤ THỂ"),
        P("Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm như sau:"),
        Table(D2_HEADER, D2_ROWS, task=True, widths=(1.0, 4.4, 2.6, 3.4, 2.4, 2.6)),
        H("IV.", "KINH PHÍ THỰC HIỆN"),
        P("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện năm 2025 giao cho các cơ quan, đơn vị và các nguồn kinh phí hợp pháp khác."),
        H("V.", "TỔ CHỨC THỰC HIỆN"),
        H("1.", "Các cơ quan, đơn vị được giao chủ trì nhiệm vụ chủ động xây dựng kế hoạch chi tiết, triển khai thực hiện bảo đảm đúng tiến độ và chất lượng sản phẩm."),
        H("2.", "Phòng Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND huyện trước ngày 10/12/2025."),
        H("3.", "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện các nhiệm vụ CCHC theo quy định."),
    ],
    closing=[
        "Trên đây là Kế hoạch cải cách hành chính năm 2025 của UBND huyện Đồng Xuân. Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện./.",
    ],
    recipients=[
        "- Sở Nội vụ tỉnh Phú Yên;",
        "- TT Huyện ủy, TT HĐND huyện;",
        "- CT, các PCT UBND huyện;",
        "- Các cơ quan, đơn vị thuộc huyện;",
        "- UBND các xã, thị trấn;",
        "- Lưu: VT, NV.",
    ],
    signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Mỹ Hạnh"],
    meta={"created": datetime(2025, 1, 16, 8, 0, 0, tzinfo=timezone.utc), "author": "UBND huyện Đồng Xuân"},
)


# --------------------------------------------------------------------------- plan 3
P3_HEADER = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Tần suất"]
P3_ROWS = [
    ["1", "Kiện toàn Ban Chỉ đạo chuyển đổi số của Sở Y tế; ban hành quy chế hoạt động và phân công nhiệm vụ các thành viên",
     "Văn phòng Sở", "Phòng Tổ chức cán bộ", "Quý I/2025", "Một lần"],
    ["2", "Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh và các bệnh viện chuyên khoa tuyến tỉnh, bảo đảm đáp ứng tiêu chí theo Thông tư số 46/2018/TT-BYT",
     "Bệnh viện Đa khoa tỉnh; các bệnh viện chuyên khoa tuyến tỉnh", "Phòng Nghiệp vụ Y; Sở Thông tin và Truyền thông", "Trước ngày 30/9/2025", "-"],
    ["3", "Triển khai bệnh án điện tử tại Trung tâm Y tế các huyện, thành phố, thị xã",
     "Trung tâm Y tế tuyến huyện", "Phòng Nghiệp vụ Y\nVNPT Hà Tĩnh\nViettel Hà Tĩnh", "Quý III - IV/2025", "-"],
    ["4", "Triển khai thanh toán viện phí không dùng tiền mặt tại các cơ sở khám bệnh, chữa bệnh công lập",
     "Các cơ sở khám bệnh, chữa bệnh công lập", "Phòng Kế hoạch - Tài chính; các ngân hàng thương mại trên địa bàn", "Năm 2025", "Thường xuyên"],
    ["5", "Liên thông dữ liệu khám bệnh, chữa bệnh bảo hiểm y tế lên Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định bảo hiểm y tế",
     "Các cơ sở khám bệnh, chữa bệnh", "Bảo hiểm xã hội tỉnh", "Thường xuyên", "Hằng ngày"],
    ["6", "Liên thông giấy chứng sinh, giấy báo tử, giấy khám sức khỏe lái xe điện tử lên Hệ thống hồ sơ sức khỏe điện tử và ứng dụng VNeID",
     "Phòng Nghiệp vụ Y", "Công an tỉnh; Bảo hiểm xã hội tỉnh; các cơ sở khám bệnh, chữa bệnh", "Tháng 6/2025", "-"],
    ["7", "Tạo lập, cập nhật hồ sơ sức khỏe điện tử của người dân trên địa bàn",
     "Trung tâm Y tế tuyến huyện", "Trạm Y tế xã, phường, thị trấn; Chi cục Dân số - Kế hoạch hóa gia đình", "Năm 2025", "Hằng tháng"],
    ["8", "Triển khai đặt lịch khám bệnh trực tuyến qua ứng dụng di động và Cổng thông tin điện tử của bệnh viện",
     "Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế các huyện, thành phố, thị xã", "Quý II/2025", "-"],
    ["9", "Duy trì hệ thống khám bệnh, chữa bệnh từ xa (Telehealth) kết nối Bệnh viện Đa khoa tỉnh với các Trung tâm Y tế tuyến huyện",
     "Bệnh viện Đa khoa tỉnh", "Phòng Nghiệp vụ Y; Trung tâm Y tế các huyện, thành phố, thị xã", "Năm 2025", "Theo yêu cầu chuyên môn"],
    ["10", "Cung cấp dịch vụ công trực tuyến toàn trình đối với các TTHC lĩnh vực y tế, dược đủ điều kiện; tái cấu trúc quy trình giải quyết TTHC",
     "Văn phòng Sở", "Phòng Nghiệp vụ Y; Phòng Nghiệp vụ Dược; Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "-"],
    ["11", "Số hóa hồ sơ, kết quả giải quyết TTHC thuộc thẩm quyền của Sở Y tế",
     "Văn phòng Sở", "Các phòng chức năng thuộc Sở", "Trước ngày 30/6/2025", "-"],
    ["12", "Triển khai kê đơn thuốc điện tử và liên thông đơn thuốc với Hệ thống đơn thuốc quốc gia",
     "Phòng Nghiệp vụ Dược", "Các cơ sở khám bệnh, chữa bệnh", "Quý II/2025", "-"],
    ["13", "Kết nối liên thông 100% cơ sở bán lẻ thuốc với Hệ thống cơ sở dữ liệu Dược quốc gia",
     "Phòng Nghiệp vụ Dược", "Hội Dược học tỉnh; các cơ sở bán lẻ thuốc", "Quý III/2025", "-"],
    ["14", "Cập nhật thông tin tiêm chủng, báo cáo bệnh truyền nhiễm trên Hệ thống thông tin quản lý tiêm chủng và Hệ thống giám sát bệnh truyền nhiễm",
     "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế các huyện, thành phố, thị xã", "Thường xuyên", "Hằng tuần"],
    ["15", "Cập nhật biến động dân số trên Cơ sở dữ liệu chuyên ngành dân số",
     "Chi cục Dân số - Kế hoạch hóa gia đình", "Trung tâm Y tế các huyện, thành phố, thị xã", "Năm 2025", "Hằng tháng"],
    ["16", "Xây dựng, trình phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin đối với các hệ thống thông tin của Sở",
     "Văn phòng Sở", "Sở Thông tin và Truyền thông; Công an tỉnh", "Quý II/2025", "-"],
    ["17", "Tổ chức kiểm tra, đánh giá an toàn thông tin tại các đơn vị trực thuộc",
     "Văn phòng Sở", "Sở TT&TT", "Quý III/2025", "01 lần/năm"],
    ["18", "Sao lưu dữ liệu của các hệ thống thông tin dùng chung của ngành",
     "Văn phòng Sở", "VNPT Hà Tĩnh", "Thường xuyên", "Hằng tuần"],
    ["19", "Đào tạo, bồi dưỡng kỹ năng số cho công chức, viên chức ngành y tế",
     "Phòng Tổ chức cán bộ", "Văn phòng Sở; Sở Thông tin và Truyền thông", "Quý II - III/2025", "02 lần/năm"],
    ["20", "Tuyên truyền về chuyển đổi số y tế trên Trang thông tin điện tử của Sở, Báo Hà Tĩnh, Đài Phát thanh - Truyền hình Hà Tĩnh",
     "Trung tâm Kiểm soát bệnh tật tỉnh", "Văn phòng Sở; Báo Hà Tĩnh; Đài PT-TH Hà Tĩnh", "Thường xuyên", "Hằng tháng"],
    ["21", "Kiểm tra việc triển khai bệnh án điện tử và thanh toán không dùng tiền mặt tại các cơ sở khám bệnh, chữa bệnh",
     "Phòng Nghiệp vụ Y", "Phòng KH-TC; Thanh tra Sở", "Quý II và Quý IV/2025", "02 lần/năm"],
    ["22", "Đánh giá mức độ chuyển đổi số của các đơn vị trực thuộc; tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
     "Văn phòng Sở", "Các phòng, đơn vị trực thuộc Sở", "Trước ngày 30/11/2025", "Hằng quý"],
]

P3 = Plan(
    file="2025-so-y-te-ha-tinh-ke-hoach-cds.pdf",
    left=["UBND TỈNH HÀ TĨNH", "SỞ Y TẾ"],
    number="Số: 412/KH-SYT",
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    place_date="Hà Tĩnh, ngày 20 tháng 02 năm 2025",
    title=["KẾ HOẠCH", "Chuyển đổi số của Sở Y tế Hà Tĩnh năm 2025"],
    preamble=[
        "Căn cứ Quyết định số 5316/QĐ-BYT ngày 22/12/2020 của Bộ Y tế phê duyệt Chương trình chuyển đổi số y tế đến năm 2025, định hướng đến năm 2030;",
        "Căn cứ Kế hoạch số 28/KH-UBND ngày 24/01/2025 của UBND tỉnh Hà Tĩnh về chuyển đổi số tỉnh Hà Tĩnh năm 2025;",
        "Sở Y tế ban hành Kế hoạch chuyển đổi số năm 2025 như sau:",
    ],
    body=[
        H("I.", "MỤC TIÊU"),
        H("1.", "Mục tiêu chung"),
        P("Đẩy mạnh ứng dụng công nghệ số trong quản lý nhà nước, khám bệnh, chữa bệnh và chăm sóc sức khỏe nhân dân; từng bước xây dựng nền y tế số, lấy người dân làm trung tâm."),
        H("2.", "Mục tiêu cụ thể"),
        B("100% bệnh viện tuyến tỉnh triển khai bệnh án điện tử trong năm 2025; ít nhất 70% Trung tâm Y tế tuyến huyện triển khai bệnh án điện tử."),
        B("100% cơ sở khám bệnh, chữa bệnh công lập triển khai thanh toán viện phí không dùng tiền mặt."),
        B("Ít nhất 80% người dân trên địa bàn tỉnh có hồ sơ sức khỏe điện tử."),
        B("100% TTHC đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình."),
        H("II.", "NHIỆM VỤ VÀ GIẢI PHÁP"),
        P("Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp, thời gian và tần suất thực hiện như sau:"),
        Table(P3_HEADER, P3_ROWS, task=True, widths=(8, 45, 38, 35, 29, 20)),
        H("III.", "KINH PHÍ THỰC HIỆN"),
        P("Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước giao trong dự toán năm 2025 của Sở Y tế và các đơn vị trực thuộc, nguồn thu sự nghiệp và các nguồn hợp pháp khác."),
        H("IV.", "TỔ CHỨC THỰC HIỆN"),
        H("1.", "Văn phòng Sở là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh và Sở Thông tin và Truyền thông theo quy định."),
        H("2.", "Phòng Kế hoạch - Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số trong dự toán của các đơn vị."),
        H("3.", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC Hà Tĩnh) chủ động phối hợp với các cơ quan báo chí xây dựng tin, bài, phóng sự về chuyển đổi số y tế."),
        H("4.", "Các phòng chức năng thuộc Sở, các đơn vị trực thuộc xây dựng kế hoạch chi tiết, triển khai thực hiện và báo cáo kết quả định kỳ về Sở Y tế (qua Văn phòng Sở)."),
    ],
    closing=[
        "Trên đây là Kế hoạch chuyển đổi số năm 2025 của Sở Y tế Hà Tĩnh; yêu cầu các phòng chức năng, các đơn vị trực thuộc nghiêm túc triển khai thực hiện./.",
    ],
    recipients=[
        "- UBND tỉnh (b/c);",
        "- Sở Thông tin và Truyền thông;",
        "- Giám đốc, các PGĐ Sở;",
        "- Các phòng chức năng thuộc Sở;",
        "- Các đơn vị trực thuộc;",
        "- Lưu: VT, VP.",
    ],
    signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Quốc Việt"],
    meta={"created": datetime(2025, 2, 20, 9, 0, 0, tzinfo=timezone.utc), "author": "Sở Y tế Hà Tĩnh"},
)


# --------------------------------------------------------------------------- plan 4
P4_TARGETS = Table(
    ["Chỉ tiêu", "Năm 2023", "Năm 2024"],
    [
        ["Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến", "38,6%", "50%"],
        ["Tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC", "86,4%", "Trên 90%"],
        ["Tỷ lệ hồ sơ TTHC có thanh toán phí, lệ phí trực tuyến", "21,3%", "30%"],
        ["Tỷ lệ cán bộ, công chức, viên chức được phổ biến nội dung CCHC", "92%", "100%"],
        ["Số tin, bài, phóng sự về CCHC trên báo chí của tỉnh", "415 tin, bài", "500 tin, bài"],
    ],
    task=False,
)
P4_APPENDIX_TABLE = Table(
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    [
        ["1", "Biên soạn, phát hành tài liệu hỏi - đáp về CCHC và dịch vụ công trực tuyến", "Sở Nội vụ", "Sở Tư pháp; Văn phòng UBND tỉnh", "Quý II/2024"],
        ["2", "Lồng ghép phổ biến pháp luật về CCHC trong hoạt động hưởng ứng “Ngày Pháp luật Việt Nam” tại các cơ quan, đơn vị", "Sở Tư pháp", "Các sở, ban, ngành; UBND các huyện, thành phố", "Hằng tháng"],
        ["3", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh; Tỉnh đoàn", "Thường xuyên"],
        ["4", "Đưa nội dung CCHC, dịch vụ công trực tuyến vào hoạt động ngoại khóa trong trường học", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn, Sở Nội vụ", "Năm 2024"],
        ["5", "Ra quân “Thanh niên tình nguyện hỗ trợ chuyển đổi số, dịch vụ công trực tuyến”", "Tỉnh đoàn", "Sở Thông tin và Truyền thông\nUBND các huyện, thành phố", "Tháng 7/2024"],
        ["6", "Tuyên truyền CCHC cho hội viên phụ nữ thông qua sinh hoạt chi hội", "Hội Liên hiệp Phụ nữ tỉnh", "Sở Nội vụ", "Quý III - IV/2024"],
        ["7", "Xây dựng phóng sự chuyên đề về gương điển hình trong CCHC", "Đài PT-TH Ninh Thuận", "Sở Nội vụ; Sở Văn hóa, Thể thao và Du lịch", "Quý IV/2024"],
        ["8", "Khảo sát, đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", "Sở Nội vụ", "Trung tâm Phục vụ hành chính công tỉnh; Bưu điện tỉnh", "Tháng 10/2024"],
        ["9", "Tuyên truyền, hướng dẫn thanh toán trực tuyến phí, lệ phí giải quyết TTHC", "Sở Tài chính", "Ngân hàng Nhà nước chi nhánh tỉnh Ninh Thuận; các ngân hàng thương mại", "06 tháng cuối năm 2024"],
        ["10", "Tuyên truyền về số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa cấp huyện, cấp xã", "UBND các huyện, thành phố", "Sở Thông tin và Truyền thông", "Trước ngày 30/11/2024"],
        ["11", "Tổ chức Tọa đàm “Cải cách hành chính - Từ chính sách đến cuộc sống”", "Sở Nội vụ", "Báo Ninh Thuận; Đài PT-TH Ninh Thuận", "Tháng 6/2024"],
        ["12", "Tuyên truyền thực hiện văn hóa công vụ tại các cơ quan, đơn vị", "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Thường xuyên"],
        ["13", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "Sở Nội vụ", "Các cơ quan, đơn vị", "Trước ngày 15/12/2024"],
    ],
    task=True,
)

P4 = Plan(
    file="2024-tinh-ninh-thuan-ke-hoach-tuyen-truyen.md",
    left=["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN"],
    number="Số: 1520/KH-UBND",
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    place_date="Ninh Thuận, ngày 25 tháng 01 năm 2024",
    title=["KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn tỉnh Ninh Thuận"],
    preamble=[
        "Căn cứ Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án Văn hóa công vụ;",
        "Căn cứ Quyết định số 812/QĐ-UBND ngày 29/12/2023 của UBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước năm 2024 tỉnh Ninh Thuận;",
        "Xét đề nghị của Giám đốc Sở Nội vụ, UBND tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính (CCHC) năm 2024 như sau:",
    ],
    body=[
        H("I.", "MỤC ĐÍCH, YÊU CẦU"),
        H("1.", "Mục đích"),
        P("Nâng cao nhận thức của cán bộ, công chức, viên chức, người dân và doanh nghiệp về mục tiêu, nội dung và kết quả CCHC của tỉnh; tạo đồng thuận xã hội trong triển khai các nhiệm vụ CCHC năm 2024."),
        H("2.", "Yêu cầu"),
        B("Hình thức tuyên truyền đa dạng, phù hợp với từng nhóm đối tượng; chú trọng tuyên truyền trên môi trường mạng và mạng xã hội."),
        B("Các cơ quan, đơn vị được giao nhiệm vụ chủ động phối hợp, bảo đảm tiến độ và hiệu quả."),
        H("II.", "CHỈ TIÊU"),
        P("Phấn đấu trong năm 2024 đạt các chỉ tiêu sau:"),
        P4_TARGETS,
        H("III.", "NỘI DUNG TUYÊN TRUYỀN"),
        H("1.", "Các chủ trương, chính sách của Đảng, pháp luật của Nhà nước và văn bản chỉ đạo của tỉnh về CCHC, nhất là cải cách thủ tục hành chính và chuyển đổi số."),
        H("2.", "Kết quả các Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh năm 2023 và giải pháp cải thiện trong năm 2024."),
        H("3.", "Lợi ích của việc sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến và tài khoản định danh điện tử VNeID."),
        H("4.", "Các mô hình hay, cách làm sáng tạo, điển hình tiên tiến trong CCHC ở các cơ quan, địa phương."),
        H("IV.", "HÌNH THỨC TUYÊN TRUYỀN"),
        H("1.", "Tuyên truyền trên báo chí"),
        H("a)", "Chuyên trang “Cải cách hành chính” trên Báo Ninh Thuận (bản in và điện tử), phát hành 01 kỳ/tháng."),
        F("Cơ quan chủ trì", "Báo Ninh Thuận."),
        F("Cơ quan phối hợp", "Sở Nội vụ; các sở, ban, ngành."),
        F("Thời gian thực hiện", "Hằng tháng."),
        H("b)", "Chuyên mục “Cải cách hành chính” trên sóng truyền hình, thời lượng 10 phút/kỳ, phát 02 kỳ/tháng."),
        F("Cơ quan chủ trì", "Đài Phát thanh và Truyền hình tỉnh."),
        F("Cơ quan phối hợp", "Sở Nội vụ; Văn phòng UBND tỉnh."),
        F("Thời gian thực hiện", "Năm 2024."),
        H("2.", "Tuyên truyền trên môi trường mạng"),
        H("a)", "Duy trì, cập nhật chuyên mục CCHC trên Cổng thông tin điện tử tỉnh."),
        F("Cơ quan chủ trì", "Văn phòng UBND tỉnh."),
        F("Cơ quan phối hợp", "Sở Nội vụ; Sở Thông tin và Truyền thông."),
        F("Thời gian thực hiện", "Thường xuyên."),
        H("b)", "Đăng tải tin, bài, infographic về CCHC trên trang Zalo OA “Chính quyền số Ninh Thuận” và fanpage của các cơ quan, đơn vị."),
        F("Cơ quan chủ trì", "Sở TT&TT."),
        F("Cơ quan phối hợp", "Tỉnh đoàn; UBND các huyện, thành phố."),
        F("Thời gian thực hiện", "Thường xuyên."),
        H("3.", "Tổ chức Hội thi tìm hiểu về cải cách hành chính tỉnh Ninh Thuận năm 2024"),
        F("Cơ quan chủ trì", "Sở Nội vụ."),
        F("Cơ quan phối hợp", "Sở Văn hóa, Thể thao và Du lịch; Sở Giáo dục và Đào tạo; Đài Phát thanh và Truyền hình tỉnh."),
        F("Thời gian thực hiện", "Quý III/2024."),
        H("4.", "Tuyên truyền cổ động trực quan bằng pano, áp phích, băng rôn"),
        F("Cơ quan chủ trì", "Sở Văn hóa, Thể thao và Du lịch."),
        F("Cơ quan phối hợp", "UBND các huyện, thành phố."),
        F("Thời gian thực hiện", "Quý II/2024."),
        H("5.", "Các nhiệm vụ tuyên truyền khác"),
        P("Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện tại Phụ lục I kèm theo Kế hoạch này."),
        H("V.", "KINH PHÍ THỰC HIỆN"),
        P("Tổng kinh phí thực hiện Kế hoạch: **450.000.000 đồng** (Bằng chữ: Bốn trăm năm mươi triệu đồng), từ nguồn ngân sách tỉnh năm 2024 bố trí cho Sở Nội vụ."),
        P("Các sở, ban, ngành, UBND các huyện, thành phố bố trí kinh phí tuyên truyền CCHC trong dự toán được giao."),
        H("VI.", "TỔ CHỨC THỰC HIỆN"),
        H("1.", "Sở Nội vụ"),
        P("Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả báo cáo UBND tỉnh."),
        H("2.", "Sở Thông tin và Truyền thông"),
        P("Định hướng các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về CCHC; hướng dẫn đăng tải thông tin trên môi trường mạng."),
        H("3.", "Các sở, ban, ngành; UBND các huyện, thành phố"),
        P("Căn cứ Kế hoạch này, lồng ghép nội dung tuyên truyền CCHC vào các hoạt động của cơ quan, đơn vị, địa phương."),
    ],
    closing=[
        "Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2024 của UBND tỉnh Ninh Thuận. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.",
    ],
    recipients=[
        "- Bộ Nội vụ (b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
        "- CT, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành;",
        "- UBND các huyện, thành phố;",
        "- Báo Ninh Thuận, Đài PT-TH Ninh Thuận;",
        "- Lưu: VT, NC.",
    ],
    signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Bình"],
    appendix=[
        Appendix("I", ["DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                       "(Kèm theo Kế hoạch số 1520/KH-UBND ngày 25/01/2024 của UBND tỉnh Ninh Thuận)"]),
        P4_APPENDIX_TABLE,
    ],
)

PLANS = [P1, P2, P3, P4]


# --------------------------------------------------------------------------- sections
def _row_sections(parent: str, table: Table):
    """(path, cells) of each row of a task table, group rows included."""
    group = None
    for row in table.rows:
        stt = row[0].strip()
        if ROMAN.match(stt) and not any(c.strip() for c in row[2:]):
            group = stt
            yield f"{parent}.{stt}" if parent else stt, row
            continue
        path = ".".join(p for p in (parent, group, stt) if p)
        yield path, row


def section_map(plan: Plan) -> dict[str, dict]:
    """Gold section path -> {"lines": [...], "cells": [[cell texts of each row]]}.

    "lines" is the section's own text (no descendants); table-row sections keep their
    cells separately, since evidence for a row must come from one cell.
    """
    out: dict[str, dict] = {}

    def add(path, line=None, cells=None):
        sec = out.setdefault(path, {"lines": [], "cells": []})
        if line is not None:
            sec["lines"].append(strip_md(line))
        if cells is not None:
            sec["cells"].append([c.replace("\n", " ") for c in cells])

    for line in plan.left + [plan.number] + plan.right + [plan.place_date] + plan.title:
        add("header", line)
    for line in plan.preamble:
        add("preamble", line)
    stack: list[tuple[int, str]] = []
    current = "preamble"
    for block in plan.body + plan.appendix:
        if isinstance(block, H):
            lvl = level_of(block.label)
            while stack and stack[-1][0] >= lvl:
                stack.pop()
            stack.append((lvl, block.label.rstrip(".)")))
            current = ".".join(label for _, label in stack)
            add(current, f"{block.label} {block.text}")
        elif isinstance(block, Appendix):
            current = f"Phụ lục {block.label}"
            stack = []
            add(current, f"PHỤ LỤC {block.label}")
            for t in block.title_lines:
                add(current, t)
        elif isinstance(block, P):
            add(current, block.text)
        elif isinstance(block, B):
            add(current, f"- {block.text}")
        elif isinstance(block, F):
            add(current, f"- {block.name}: {block.value}")
        elif isinstance(block, Table):
            if block.task:
                add(current, " ".join(block.header))
                for path, row in _row_sections(current, block):
                    add(path, cells=row)
            else:
                add(current, " ".join(block.header))
                for row in block.rows:
                    add(current, cells=row)
    for line in plan.closing:
        add("closing", line)
    add("closing", "Nơi nhận:")
    for line in plan.recipients:
        add("closing", line)
    for line in plan.signer:
        add("signature", line)
    return out


def all_section_maps() -> dict[str, dict[str, dict]]:
    return {plan.file: section_map(plan) for plan in PLANS}


def strip_md(text: str) -> str:
    return text.replace("**", "")


# --------------------------------------------------------------------------- txt
SAFE_START = re.compile(r"^(-|\+|\*|\d+[./)]|[a-zđ]\)|[IVXLC]+\.)")


def wrap(text: str, width: int = 92) -> list[str]:
    """Greedy wrap that never starts a continuation line with something that looks
    like a bullet or a heading label ("- ", "2.", "b)", "IV.")."""
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width and not SAFE_START.match(w):
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def render_txt(plan: Plan) -> str:
    out: list[str] = []
    w = 86
    out.append(plan.left[0].ljust(36) + plan.right[0])
    out.append(" " * 41 + plan.right[1])
    out.append("")
    out.append(plan.number.ljust(38) + plan.place_date)
    out.append("")
    out.append("")
    for t in plan.title:
        out.append(t.center(w).rstrip())
    out.append("")
    for para in plan.preamble:
        out.extend(wrap(para))
    out.append("")
    for block in plan.body:
        if isinstance(block, H):
            if level_of(block.label) == 1:
                out.append("")
            out.extend(wrap(f"{block.label} {block.text}"))
        elif isinstance(block, P):
            out.extend(wrap(block.text))
        elif isinstance(block, B):
            out.extend(wrap(f"- {block.text}"))
        elif isinstance(block, F):
            out.append(f"- {block.name}: {block.value}")
    out.append("")
    for para in plan.closing:
        out.extend(wrap(para))
    out.append("")
    out.append("Nơi nhận:")
    out.extend(plan.recipients)
    out.append("")
    for line in plan.signer:
        out.append(" " * 50 + line)
    out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------- md
def md_cell(text: str) -> str:
    return text.replace("\n", "<br>").replace("|", "\\|")


def md_table(table: Table) -> list[str]:
    lines = ["| " + " | ".join(table.header) + " |"]
    aligns = [":---:" if h in ("STT", "TT") else "---" for h in table.header]
    lines.append("| " + " | ".join(aligns) + " |")
    for row in table.rows:
        lines.append("| " + " | ".join(md_cell(c) for c in row) + " |")
    return lines


def render_md(plan: Plan) -> str:
    out: list[str] = []
    out += [f"**{plan.left[0]}**  ", f"**{plan.left[1]}**", "", plan.number, ""]
    out += [f"**{plan.right[0]}**  ", f"**{plan.right[1]}**", "", f"*{plan.place_date}*", ""]
    out += [f"# {plan.title[0]}", "", f"**{plan.title[1]}**", ""]
    for para in plan.preamble:
        out += [para, ""]
    for block in plan.body:
        if isinstance(block, H):
            lvl = level_of(block.label)
            if lvl == 1:
                out += [f"## {block.label} {block.text}", ""]
            elif lvl == 2 and len(block.text) < 90:
                out += [f"### {block.label} {block.text}", ""]
            else:
                out += [f"{block.label} {block.text}", ""]
        elif isinstance(block, P):
            out += [block.text, ""]
        elif isinstance(block, B):
            out += [f"- {block.text}"]
        elif isinstance(block, F):
            out += [f"- **{block.name}:** {block.value}"]
        elif isinstance(block, Table):
            if out and out[-1] != "":
                out.append("")
            out += md_table(block) + [""]
    # blank line after bullet runs
    text_lines: list[str] = []
    for i, line in enumerate(out):
        text_lines.append(line)
        nxt = out[i + 1] if i + 1 < len(out) else ""
        if line.startswith("- ") and nxt and not nxt.startswith("- "):
            text_lines.append("")
    out = text_lines
    if out[-1] != "":
        out.append("")
    for para in plan.closing:
        out += [para, ""]
    out += ["**Nơi nhận:**"] + plan.recipients + [""]
    for line in plan.signer[:-1]:
        out += [f"**{line}**  "]
    out[-1] = out[-1].rstrip()
    out += ["", "*(Đã ký)*", "", f"**{plan.signer[-1]}**", "", "---", ""]
    for block in plan.appendix:
        if isinstance(block, Appendix):
            out += [f"## PHỤ LỤC {block.label}", ""]
            out += [f"**{block.title_lines[0]}**", "", f"*{block.title_lines[1]}*", ""]
        elif isinstance(block, Table):
            out += md_table(block) + [""]
    return "\n".join(out)


# --------------------------------------------------------------------------- docx
def render_docx(plan: Plan, path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    sec.left_margin, sec.right_margin = Cm(3), Cm(1.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    normal.paragraph_format.space_after = Pt(3)

    def para(text="", bold=False, italic=False, align=None, container=None, size=None, indent=True):
        p = (container or doc).add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "justify":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent:
                p.paragraph_format.first_line_indent = Cm(1)
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        return p

    def no_borders(table):
        tbl_pr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        tbl_pr.append(borders)

    def cell_paragraph(cell, text, bold=False, italic=False, align="center", size=13, first=True):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        return p

    # letterhead: a borderless 2-column table
    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    lc, rc = head.rows[0].cells
    lc.width, rc.width = Cm(6.5), Cm(10.0)
    cell_paragraph(lc, plan.left[0], bold=False)
    cell_paragraph(lc, plan.left[1], bold=True, first=False)
    cell_paragraph(lc, "", first=False)
    cell_paragraph(lc, plan.number, first=False)
    cell_paragraph(rc, plan.right[0], bold=True, size=12)
    cell_paragraph(rc, plan.right[1], bold=True, first=False)
    cell_paragraph(rc, "", first=False)
    cell_paragraph(rc, plan.place_date, italic=True, first=False)

    para()
    para(plan.title[0], bold=True, align="center", size=14)
    para(plan.title[1], bold=True, align="center")
    para()
    for t in plan.preamble:
        para(t, italic=False, align="justify")

    for block in plan.body:
        if isinstance(block, H):
            lvl = level_of(block.label)
            para(f"{block.label} {block.text}", bold=lvl <= 2, align="justify", indent=lvl > 1)
        elif isinstance(block, P):
            para(block.text, align="justify")
        elif isinstance(block, B):
            para(f"- {block.text}", align="justify")
        elif isinstance(block, F):
            para(f"- {block.name}: {block.value}", align="justify")
        elif isinstance(block, Table):
            t = doc.add_table(rows=1, cols=len(block.header))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(w) for w in block.widths]
            hdr = t.rows[0]
            tr_pr = hdr._tr.get_or_add_trPr()
            rep = OxmlElement("w:tblHeader")
            rep.set(qn("w:val"), "true")
            tr_pr.append(rep)
            for i, h in enumerate(block.header):
                hdr.cells[i].width = widths[i]
                cell_paragraph(hdr.cells[i], h, bold=True, size=12)
            for row in block.rows:
                cells = t.add_row().cells
                group = ROMAN.match(row[0]) and not any(c for c in row[2:])
                for i, text in enumerate(row):
                    cells[i].width = widths[i]
                    parts = text.split("\n")
                    for j, part in enumerate(parts):
                        cell_paragraph(cells[i], part, bold=bool(group), size=12,
                                       align="center" if i in (0, 4) else "left", first=j == 0)
            para()

    for t in plan.closing:
        para(t, align="justify")
    para()
    # recipients and signer side by side, as Word plans do
    foot = doc.add_table(rows=1, cols=2)
    no_borders(foot)
    fl, fr = foot.rows[0].cells
    fl.width, fr.width = Cm(8.0), Cm(8.5)
    cell_paragraph(fl, "Nơi nhận:", bold=True, italic=True, align="left", size=12)
    for r in plan.recipients:
        cell_paragraph(fl, r, align="left", size=11, first=False)
    cell_paragraph(fr, plan.signer[0], bold=True)
    for line in plan.signer[1:-1]:
        cell_paragraph(fr, line, bold=True, first=False)
    for _ in range(3):
        cell_paragraph(fr, "", first=False)
    cell_paragraph(fr, plan.signer[-1], bold=True, first=False)

    cp = doc.core_properties
    cp.author = plan.meta["author"]
    cp.last_modified_by = plan.meta["author"]
    cp.title = plan.title[1]
    cp.subject = "Kế hoạch cải cách hành chính"
    cp.keywords = "CCHC; kế hoạch; 2025"
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = plan.meta["created"]
    cp.modified = plan.meta["created"]
    cp.last_printed = plan.meta["created"]

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue(), plan.meta["created"]))


def _fixed_zip(data: bytes, when: datetime) -> bytes:
    """Re-pack a zip with fixed member timestamps, so the .docx is reproducible."""
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- pdf
def a4_pdf():
    """An A4 FPDF as a plan is printed: DejaVu (regular, bold, italic), 20/18/15 mm margins, the page number
    centred at the top from page 2. Shared by this renderer and the layout space (evals/layouts.py)."""
    from fpdf import FPDF

    class PlanPDF(FPDF):
        def header(self):
            if self.page_no() > 1:  # page number centred at the top, from page 2
                self.set_font("DejaVu", "", 10)
                self.set_y(8)
                self.cell(0, 5, str(self.page_no()), align="C")
                self.set_y(18)

    pdf = PlanPDF(format="A4")
    pdf.set_margins(20, 18, 15)
    pdf.set_auto_page_break(True, margin=18)
    for style, file in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", style, str(FONT_DIR / file))
    return pdf


def render_pdf(plan: Plan, path: Path) -> None:
    from fpdf.fonts import FontFace

    pdf = a4_pdf()
    pdf.set_creation_date(plan.meta["created"])
    pdf.set_title(plan.title[1])
    pdf.set_author(plan.meta["author"])
    pdf.set_creator("Soạn thảo văn bản")
    pdf.set_lang("vi")
    pdf.add_page()

    # letterhead: two columns
    top = pdf.get_y()
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(15, top)
    pdf.cell(70, 5, plan.left[0], align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(70, 5, plan.left[1], align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(15, pdf.get_y() + 2)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(70, 5, plan.number, align="C", new_x="LEFT", new_y="NEXT")
    bottom_left = pdf.get_y()
    pdf.set_xy(85, top)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(112, 5, plan.right[0], align="C", new_x="LEFT", new_y="NEXT")
    pdf.cell(112, 5, plan.right[1], align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(85, pdf.get_y() + 2)
    pdf.set_font("DejaVu", "I", 10)
    pdf.cell(112, 5, plan.place_date, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_y(max(bottom_left, pdf.get_y()) + 6)
    pdf.set_x(pdf.l_margin)

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, plan.title[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, plan.title[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def text(t, style="", indent=True):
        pdf.set_font("DejaVu", style, 10.5)
        pdf.multi_cell(0, 5.6, ("      " if indent else "") + t, align="J", new_x="LMARGIN", new_y="NEXT")

    for t in plan.preamble:
        text(t)
    for block in plan.body:
        if isinstance(block, H):
            lvl = level_of(block.label)
            text(f"{block.label} {block.text}", "B" if lvl <= 2 and len(block.text) < 60 else "", indent=lvl > 1)
        elif isinstance(block, P):
            text(block.text)
        elif isinstance(block, B):
            text(f"- {block.text}")
        elif isinstance(block, F):
            text(f"- {block.name}: {block.value}")
        elif isinstance(block, Table):
            pdf.ln(1)
            pdf.set_font("DejaVu", "", 8.5)
            with pdf.table(
                col_widths=block.widths,
                line_height=4.6,
                text_align=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "CENTER"),
                headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                repeat_headings=1,
                padding=1.2,
            ) as table:
                hrow = table.row()
                for h in block.header:
                    hrow.cell(h)
                for row in block.rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)

    for t in plan.closing:
        text(t)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > 244:
        pdf.add_page()
        y0 = pdf.get_y()
    pdf.set_xy(20, y0)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(80, 5, "Nơi nhận:", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    for r in plan.recipients:
        pdf.cell(80, 4.3, r, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(105, y0)
    pdf.set_font("DejaVu", "B", 10.5)
    for line in plan.signer[:-1]:
        pdf.cell(90, 5.5, line, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(105, pdf.get_y() + 16)
    pdf.cell(90, 5.5, plan.signer[-1], align="C", new_x="LEFT", new_y="NEXT")
    pdf.output(str(path))


# --------------------------------------------------------------------------- main
def main() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for plan in PLANS:
        target = CORPUS / plan.file
        if plan.file.endswith(".txt"):
            target.write_text(nfc(render_txt(plan)), encoding="utf-8")
        elif plan.file.endswith(".md"):
            target.write_text(nfc(render_md(plan)), encoding="utf-8")
        elif plan.file.endswith(".docx"):
            render_docx(plan, target)
        elif plan.file.endswith(".pdf"):
            render_pdf(plan, target)
        print(f"wrote {target.relative_to(HERE.parent.parent)} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
