# -*- coding: utf-8 -*-
"""Generate the three fictional documents of the sealed new-layouts split v2.

    nice /work/main/.venv/bin/python make.py

  2025-huyen-song-lam-cong-van-trien-khai-ke-hoach-cds.txt
      official letter (công văn) carrying a plan (#2): NFD text, NBSP, CRLF, ragged hard wraps 60-90,
      'Phần thứ nhất/hai/ba' + I./1./a), assignments written in prose
  2025-so-tai-chinh-bac-tra-bao-cao-pci.pdf
      report (báo cáo) with a non-task figures table in the body and a draft plan as a landscape
      appendix table: two-level header (quarter columns marked 'x'), letter group rows, continuous
      numbering, header repeated, rows split across page breaks (rows 7 and 13)
  2026-xa-hoa-loc-ke-hoach-tuyen-truyen.md
      a commune portal page exported to Markdown: site chrome, metadata table, letterhead as a
      markdown table, 'I -' / '1.Mục' numbering with '•' and '+' bullets, an HTML schedule table with
      rowspan/colspan, a footnote, a two-year period
"""
import datetime, os, random, textwrap, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NBSP = "\u00a0"

DA = "2025-huyen-song-lam-cong-van-trien-khai-ke-hoach-cds.txt"
DB = "2025-so-tai-chinh-bac-tra-bao-cao-pci.pdf"
DC = "2026-xa-hoa-loc-ke-hoach-tuyen-truyen.md"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# =====================================================================================
# A. Công văn + attached plan (.txt)
# =====================================================================================
# Items: ("c", text) centred line kept as is; ("p", text) paragraph wrapped; ("raw", text) verbatim
A_LETTER = [
    ("raw", "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("raw", "HUYỆN SÔNG LAM                           Độc lập - Tự do - Hạnh phúc"),
    ("raw", "   -------                              ---------------------------"),
    ("raw", ""),
    ("raw", "Số: 152/UBND-VHTT                  Sông Lam, ngày 20 tháng 01 năm 2025"),
    ("raw", "V/v triển khai thực hiện Kế hoạch"),
    ("raw", "chuyển đổi số năm 2025"),
    ("raw", ""),
    ("raw", "                Kính gửi:"),
    ("raw", "                    - Các cơ quan chuyên môn thuộc UBND huyện;"),
    ("raw", "                    - Các đơn vị sự nghiệp thuộc UBND huyện;"),
    ("raw", "                    - UBND các xã, thị trấn."),
    ("raw", ""),
    ("p", "Ngày 17/01/2025, Ủy ban nhân dân huyện đã ban hành Kế hoạch số 11/KH-UBND về chuyển đổi "
          "số huyện Sông Lam năm 2025 (gửi kèm theo Công văn này). Để Kế hoạch được triển khai kịp "
          "thời, đồng bộ và hiệu quả, Chủ tịch UBND huyện yêu cầu:"),
    ("p", "1. Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các xã, thị trấn căn cứ nhiệm vụ được giao "
          "tại Kế hoạch số 11/KH-UBND, xây dựng kế hoạch thực hiện của cơ quan, đơn vị, địa phương mình, "
          "gửi về Phòng Văn hóa và Thông tin trước ngày 28/02/2025 để tổng hợp."),
    ("p", "2. Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tổ "
          "chức Hội nghị quán triệt, triển khai Kế hoạch trong tháng 02/2025; thành phần gồm lãnh đạo "
          "các cơ quan, đơn vị và lãnh đạo UBND các xã, thị trấn."),
    ("p", "3. Các cơ quan, đơn vị, địa phương báo cáo kết quả thực hiện định kỳ hằng quý (trước ngày 15 "
          "của tháng cuối quý) về Phòng Văn hóa và Thông tin qua Hệ thống quản lý văn bản và điều hành "
          "của huyện; báo cáo đột xuất khi có yêu cầu."),
    ("p", "4. Đầu mối liên hệ: bà Lê Thị Hồng Nhung, Phó Trưởng phòng Văn hóa và Thông tin, điện thoại "
          "0236 3 812 457, thư điện tử: vhtt.songlam@havan.gov.vn."),
    ("p", "Nhận được Công văn này, đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực "
          "hiện./."),
    ("raw", ""),
    ("raw", "Nơi nhận:                                     KT. CHỦ TỊCH"),
    ("raw", "- Như trên;                                   PHÓ CHỦ TỊCH"),
    ("raw", "- Sở Khoa học và Công nghệ tỉnh (b/c);"),
    ("raw", "- TT Huyện ủy, TT HĐND huyện (b/c);"),
    ("raw", "- CT, các PCT UBND huyện;                    (Đã ký)"),
    ("raw", "- Lưu: VT, VHTT."),
    ("raw", "                                              Trần Quốc Bảo"),
    ("raw", ""),
    ("raw", ""),
]

A_PLAN = [
    ("raw", "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("raw", "HUYỆN SÔNG LAM                           Độc lập - Tự do - Hạnh phúc"),
    ("raw", "   -------                              ---------------------------"),
    ("raw", "Số: 11/KH-UBND                     Sông Lam, ngày 17 tháng 01 năm 2025"),
    ("raw", ""),
    ("raw", "                                KẾ HOẠCH"),
    ("raw", "                 Chuyển đổi số huyện Sông Lam năm 2025"),
    ("raw", "                         ---------------"),
    ("raw", ""),
    ("p", "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; Kế hoạch số 36/KH-UBND ngày "
          "08/01/2025 của UBND tỉnh Hà Vân về chuyển đổi số tỉnh Hà Vân năm 2025, Ủy ban nhân dân huyện "
          "Sông Lam ban hành Kế hoạch chuyển đổi số năm 2025 với các nội dung sau:"),
    ("raw", ""),
    ("raw", "Phần thứ nhất"),
    ("raw", "MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU"),
    ("raw", ""),
    ("raw", "I. MỤC ĐÍCH"),
    ("p", "- Đẩy mạnh chuyển đổi số đồng bộ trên cả ba trụ cột chính quyền số, kinh tế số và xã hội số; "
          "lấy người dân, doanh nghiệp làm trung tâm; phấn đấu đưa huyện Sông Lam vào nhóm 03 huyện dẫn "
          "đầu tỉnh về Chỉ số chuyển đổi số cấp huyện (DTI cấp huyện) năm 2025."),
    ("p", "- Nâng cao nhận thức, kỹ năng số của cán bộ, công chức, viên chức và Nhân dân trên địa bàn."),
    ("raw", "II. YÊU CẦU"),
    ("p", "- Xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành; gắn trách "
          "nhiệm người đứng đầu với kết quả chuyển đổi số của cơ quan, đơn vị, địa phương."),
    ("p", "- Bảo đảm an toàn, an ninh mạng trong quá trình chuyển đổi số."),
    ("raw", "III. CHỈ TIÊU CHỦ YẾU NĂM 2025"),
    ("raw", "1. Chính quyền số"),
    ("p", "a) 100% văn bản trao đổi giữa các cơ quan hành chính nhà nước trên địa bàn huyện (trừ văn "
          "bản mật) được gửi, nhận dưới dạng điện tử và ký số."),
    ("p", "b) Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt tối "
          "thiểu 55% tổng số hồ sơ."),
    ("p", "c) Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 80% ở cấp huyện và 70% ở "
          "cấp xã."),
    ("raw", "2. Kinh tế số"),
    ("p", "a) Tối thiểu 120 sản phẩm OCOP và nông sản chủ lực của huyện được đưa lên sàn thương mại "
          "điện tử."),
    ("p", "b) Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại trường học, cơ sở y tế công lập đạt "
          "100%; tại các chợ trung tâm xã, thị trấn đạt tối thiểu 60%."),
    ("raw", "3. Xã hội số"),
    ("p", "a) 85% người dân từ 15 tuổi trở lên có điện thoại thông minh; 90% hộ gia đình có kết nối "
          "Internet băng rộng cáp quang."),
    ("p", "b) 100% thôn, tổ dân phố có Tổ công nghệ số cộng đồng (sau đây viết tắt là Tổ CNSCĐ) hoạt "
          "động thường xuyên."),
    ("raw", ""),
    ("raw", "Phần thứ hai"),
    ("raw", "NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("raw", ""),
    ("raw", "I. NÂNG CAO NHẬN THỨC, PHÁT TRIỂN NGUỒN NHÂN LỰC SỐ"),
    ("p", "1. Tuyên truyền về chuyển đổi số trên hệ thống đài truyền thanh cơ sở, Trang thông tin điện "
          "tử huyện và mạng xã hội. Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm "
          "Văn hóa, Thông tin và Thể thao huyện và UBND các xã, thị trấn thực hiện; phát sóng ít nhất "
          "02 lần/tuần, thực hiện thường xuyên trong năm."),
    ("p", "2. Kiện toàn, nâng cao hiệu quả hoạt động của Tổ CNSCĐ tại các thôn, tổ dân phố. UBND các xã, "
          "thị trấn chủ trì thực hiện; Phòng Văn hóa và Thông tin hướng dẫn, theo dõi; hoàn thành trong "
          "Quý I/2025."),
    ("p", "3. Tập huấn, bồi dưỡng kỹ năng số"),
    ("p", "a) Tập huấn kỹ năng số, khai thác dữ liệu cho cán bộ, công chức, viên chức cấp huyện và cấp "
          "xã: Phòng Nội vụ chủ trì, phối hợp với Phòng Văn hóa và Thông tin; thời gian: tháng 5/2025."),
    ("p", "b) Tập huấn cho thành viên Tổ CNSCĐ về hướng dẫn dịch vụ công trực tuyến, thanh toán số: "
          "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Viettel Sông Lam và Bưu điện huyện Sông Lam; "
          "thời gian: Quý III/2025."),
    ("raw", "II. PHÁT TRIỂN HẠ TẦNG SỐ VÀ CHÍNH QUYỀN SỐ"),
    ("p", "1. Mở rộng mạng truyền số liệu chuyên dùng đến 100% UBND các xã, thị trấn. Phòng Văn hóa và "
          "Thông tin chủ trì, phối hợp với Viễn thông Hà Vân; hoàn thành trước ngày 30/6/2025."),
    ("p", "2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực. Văn phòng HĐND và UBND "
          "huyện chủ trì; phối hợp: Bộ phận Một cửa huyện, UBND các xã, thị trấn; thực hiện hai đợt, "
          "đợt 1 trong Quý II/2025 và đợt 2 trong Quý IV/2025."),
    ("p", "3. Vận hành, khai thác Hệ thống quản lý văn bản và điều hành, bảo đảm 100% hồ sơ công việc "
          "được xử lý trên môi trường mạng (trừ hồ sơ mật). Văn phòng HĐND và UBND huyện chủ trì thực "
          "hiện thường xuyên."),
    ("p", "4. Lắp đặt hệ thống camera giám sát an ninh, trật tự tại trung tâm các xã, thị trấn và kết "
          "nối về Công an huyện. Giao Công an huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin, "
          "UBND các xã, thị trấn; thời gian: Quý III/2025."),
    ("p", "5. Rà soát, phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin của các cơ quan, đơn "
          "vị. Phòng Văn hóa và Thông tin chủ trì; các cơ quan, đơn vị có hệ thống thông tin phối hợp; "
          "hoàn thành trong tháng 10/2025."),
    ("raw", "III. PHÁT TRIỂN KINH TẾ SỐ"),
    ("p", "1. Hỗ trợ đưa sản phẩm OCOP, nông sản chủ lực lên sàn thương mại điện tử. Phòng Kinh tế chủ "
          "trì, phối hợp với Bưu điện huyện Sông Lam, Hội Liên hiệp Phụ nữ huyện; thời gian: Quý "
          "II/2025."),
    ("p", "2. Thúc đẩy thanh toán không dùng tiền mặt tại trường học, cơ sở y tế và chợ trung tâm. Phòng "
          "Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Trung tâm Y tế huyện và "
          "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Sông Lam; hoàn thành trong tháng "
          "9/2025."),
    ("raw", "IV. PHÁT TRIỂN XÃ HỘI SỐ"),
    ("p", "1. Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) năm 2025: ngày hội "
          "\"Chợ 4.0\", hướng dẫn cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2. Phòng Văn hóa "
          "và Thông tin chủ trì, phối hợp với Huyện đoàn Sông Lam; thời gian: tháng 10/2025."),
    ("p", "2. Triển khai Sổ sức khỏe điện tử trên ứng dụng VNeID cho người dân. Trung tâm Y tế huyện "
          "chủ trì, phối hợp với Công an huyện; thời gian: Quý II/2025."),
    ("p", "3. Triển khai phong trào \"Bình dân học vụ số\" tại các thôn, tổ dân phố. Huyện đoàn Sông Lam "
          "chủ trì, phối hợp với Tổ CNSCĐ và UBND các xã, thị trấn; thời gian: từ tháng 4 đến tháng "
          "12/2025."),
    ("raw", ""),
    ("raw", "Phần thứ ba"),
    ("raw", "TỔ CHỨC THỰC HIỆN"),
    ("raw", ""),
    ("raw", "I. KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch là 1.250.000.000 đồng (Một tỷ, hai trăm năm mươi "
          "triệu đồng), từ nguồn ngân sách huyện năm 2025 và lồng ghép các chương trình mục tiêu quốc gia."),
    ("raw", "II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
    ("p", "1. Phòng Văn hóa và Thông tin là cơ quan thường trực, giúp UBND huyện theo dõi, đôn đốc thực "
          "hiện Kế hoạch; tổng hợp, báo cáo UBND huyện kết quả 6 tháng (trước ngày 10/6/2025) và năm "
          "(trước ngày 05/12/2025)."),
    ("p", "2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân "
          "sách hiện hành."),
    ("p", "3. Phòng Nội vụ đưa kết quả thực hiện nhiệm vụ chuyển đổi số vào tiêu chí đánh giá, xếp loại "
          "thi đua hằng năm của các cơ quan, đơn vị, địa phương."),
    ("p", "4. UBND các xã, thị trấn ban hành kế hoạch chuyển đổi số năm 2025 của địa phương trước ngày "
          "28/02/2025; bố trí kinh phí hoạt động cho Tổ CNSCĐ."),
    ("p", "Trên đây là Kế hoạch chuyển đổi số huyện Sông Lam năm 2025. Trong quá trình thực hiện, nếu có "
          "khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Phòng Văn hóa và Thông tin "
          "để tổng hợp, báo cáo UBND huyện xem xét, giải quyết./."),
    ("raw", ""),
    ("raw", "Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN"),
    ("raw", "- Sở Khoa học và Công nghệ tỉnh;                   CHỦ TỊCH"),
    ("raw", "- TT Huyện ủy, TT HĐND huyện;"),
    ("raw", "- CT, các PCT UBND huyện;                        (Đã ký)"),
    ("raw", "- Các cơ quan, đơn vị, địa phương;"),
    ("raw", "- Lưu: VT, VHTT.                              Nguyễn Văn Thành"),
]

# number-unit pairs that get a non-breaking space
A_NBSP = ["02 lần/tuần", "ngày 17/01/2025", "tháng 02/2025", "120 sản phẩm",
          "1.250.000.000 đồng", "03 huyện", "0236 3 812 457"]


def make_txt():
    rnd = random.Random(20250120)
    out = []
    for kind, text in A_LETTER + A_PLAN:
        if kind == "raw":
            out.append(text)
            continue
        width = rnd.randint(60, 90)
        out.extend(textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False))
    body = "\r\n".join(out) + "\r\n"
    for s in A_NBSP:
        # glue a number to its unit / a word to its date (only where the pair stayed on one line)
        body = body.replace(s, s.replace(" ", NBSP))
    body = body.replace("Số: ", "Số:" + NBSP)
    body = unicodedata.normalize("NFD", body)
    with open(os.path.join(OUT, DA), "w", encoding="utf-8", newline="") as f:
        f.write(body)


# =====================================================================================
# B. Report with a figures table and a draft plan as a landscape appendix table (.pdf)
# =====================================================================================
B_HEAD_LEFT = ["UBND TỈNH BẮC TRÀ", "SỞ TÀI CHÍNH", "", "Số: 318/BC-STC"]
B_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                "Trà Châu, ngày 05 tháng 12 năm 2025"]
B_BODY1 = [
    ("c", "BÁO CÁO"),
    ("cs", "Kết quả thực hiện các giải pháp nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) "
           "năm 2025 và đề xuất Kế hoạch năm 2026"),
    ("cn", "Kính gửi: Ủy ban nhân dân tỉnh Bắc Trà"),
    ("p", "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 4410/UBND-KT ngày 06/11/2025 về việc báo "
          "cáo kết quả cải thiện môi trường đầu tư kinh doanh, Sở Tài chính (cơ quan thường trực Tổ "
          "công tác PCI của tỉnh) báo cáo như sau:"),
    ("h", "I. KẾT QUẢ CHỈ SỐ PCI NĂM 2024 CỦA TỈNH"),
    ("p", "Theo kết quả do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố, Chỉ số PCI năm "
          "2024 của tỉnh Bắc Trà đạt 66,42 điểm, xếp thứ 31/63 tỉnh, thành phố, tăng 04 bậc so với năm "
          "2023 (năm 2023 đạt 64,87 điểm, xếp thứ 35/63). Có 07/10 chỉ số thành phần tăng điểm, 03/10 "
          "chỉ số thành phần giảm điểm (chi tiết tại Bảng 1)."),
]
B_TABLE1_HEAD = ["STT", "Chỉ số thành phần", "Năm 2023", "Năm 2024", "Tăng (+)/ giảm (-)"]
B_TABLE1 = [
    ["1", "Gia nhập thị trường", "6,85", "7,02", "+0,17"],
    ["2", "Tiếp cận đất đai", "6,31", "6,12", "-0,19"],
    ["3", "Tính minh bạch", "5,94", "6,27", "+0,33"],
    ["4", "Chi phí thời gian", "6,70", "7,15", "+0,45"],
    ["5", "Chi phí không chính thức", "6,48", "6,60", "+0,12"],
    ["6", "Cạnh tranh bình đẳng", "5,62", "5,41", "-0,21"],
    ["7", "Tính năng động của chính quyền tỉnh", "6,05", "6,48", "+0,43"],
    ["8", "Dịch vụ hỗ trợ doanh nghiệp", "5,87", "6,21", "+0,34"],
    ["9", "Đào tạo lao động", "5,76", "5,69", "-0,07"],
    ["10", "Thiết chế pháp lý và an ninh trật tự", "6,52", "6,90", "+0,38"],
]
B_BODY2 = [
    ("h", "II. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    ("h", "1. Công tác chỉ đạo, điều hành"),
    ("p", "1.1. UBND tỉnh kiện toàn Tổ công tác PCI tại Quyết định số 1120/QĐ-UBND ngày 14/3/2025, do "
          "Phó Chủ tịch UBND tỉnh làm Tổ trưởng, Giám đốc Sở Tài chính làm Tổ phó thường trực."),
    ("p", "1.2. Tổ chức 04 hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp, tiếp nhận 112 ý "
          "kiến, kiến nghị; đến ngày 30/11/2025 đã trả lời, xử lý 104/112 kiến nghị (đạt 92,9%)."),
    ("h", "2. Kết quả theo một số chỉ số thành phần"),
    ("p", "2.1. Gia nhập thị trường: thời gian giải quyết hồ sơ đăng ký doanh nghiệp bình quân 2,5 ngày "
          "làm việc; 98,6% hồ sơ đăng ký doanh nghiệp được nộp trực tuyến."),
    ("p", "2.2. Tiếp cận đất đai: thời gian giải quyết thủ tục giao đất, cho thuê đất bình quân còn 45 "
          "ngày; tuy nhiên chỉ số này giảm điểm do khó khăn trong giải phóng mặt bằng."),
    ("p", "2.3. Tính minh bạch: 100% thủ tục hành chính được công khai trên Cổng Dịch vụ công tỉnh tại "
          "địa chỉ https://dichvucong.bactra.gov.vn; Bộ Chỉ số năng lực cạnh tranh cấp sở, ngành và "
          "địa phương (sau đây gọi là DDCI) năm 2025 được công bố ngày 20/10/2025."),
    ("h", "3. Tồn tại, hạn chế"),
    ("p", "- Chỉ số Cạnh tranh bình đẳng giảm 0,21 điểm, thấp nhất trong 10 chỉ số thành phần."),
    ("p", "- Chỉ số Đào tạo lao động chưa cải thiện; doanh nghiệp trong khu công nghiệp còn thiếu lao "
          "động kỹ thuật."),
    ("h", "III. ĐỀ XUẤT NHIỆM VỤ NĂM 2026"),
    ("p", "1. Mục tiêu: Chỉ số PCI năm 2025 (công bố năm 2026) đạt từ 67,5 điểm trở lên, thuộc nhóm 25 "
          "tỉnh, thành phố dẫn đầu; không có chỉ số thành phần nào giảm điểm."),
    ("p", "2. Sở Tài chính kính trình UBND tỉnh xem xét, ban hành Kế hoạch nâng cao Chỉ số PCI năm 2026 "
          "trên cơ sở dự thảo tại Phụ lục kèm theo Báo cáo này."),
    ("p", "3. Kiến nghị UBND tỉnh chỉ đạo các sở, ngành, địa phương báo cáo kết quả thực hiện Kế hoạch "
          "năm 2026 về Sở Tài chính định kỳ 6 tháng (trước ngày 15/6/2026) và năm (trước ngày "
          "15/11/2026) để tổng hợp."),
    ("p", "Trên đây là báo cáo của Sở Tài chính, kính trình UBND tỉnh xem xét, chỉ đạo./."),
]
B_SIGN_LEFT = ["Nơi nhận:", "- Như trên;", "- Tổ công tác PCI tỉnh;", "- Giám đốc, các PGĐ Sở;",
               "- Lưu: VT, KT."]
B_SIGN_RIGHT = ["GIÁM ĐỐC", "", "", "", "Phạm Thị Thu Hà"]

# Appendix plan table: (tt, task, lead, coord, quarters, product) ; group rows: ("G", label)
B_ROWS = [
    ("G", "A. GIA NHẬP THỊ TRƯỜNG VÀ TIẾP CẬN ĐẤT ĐAI"),
    ("1", "Rút ngắn thời gian giải quyết hồ sơ đăng ký doanh nghiệp xuống còn 02 ngày làm việc",
     "Sở Tài chính", "Thuế tỉnh Bắc Trà; Công an tỉnh", "1234", "Báo cáo kết quả hằng quý"),
    ("2", "Công khai quy hoạch, kế hoạch sử dụng đất năm 2026 của các huyện, thị xã, thành phố trên Cổng "
          "thông tin điện tử tỉnh", "Sở Nông nghiệp và Môi trường", "UBND các huyện, thị xã, thành phố",
     "1", "Quy hoạch, kế hoạch sử dụng đất được công khai"),
    ("3", "Sửa đổi quy trình nội bộ, rút ngắn thời gian giao đất, cho thuê đất xuống còn 30 ngày",
     "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Sở Xây dựng", "23", "Quyết định phê duyệt quy trình nội bộ"),
    ("4", "Rà soát, công bố danh mục quỹ đất sạch tại các khu, cụm công nghiệp",
     "Ban Quản lý các khu công nghiệp tỉnh", "Sở Công Thương; UBND các huyện, thị xã, thành phố", "2",
     "Danh mục quỹ đất sạch"),
    ("G", "B. TÍNH MINH BẠCH VÀ TÍNH NĂNG ĐỘNG CỦA CHÍNH QUYỀN"),
    ("5", "Công khai đầy đủ, kịp thời thủ tục hành chính, phí, lệ phí trên Cổng Dịch vụ công tỉnh",
     "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "1234", "Thủ tục hành chính được công khai 100%"),
    ("6", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp (02 lần/năm)",
     "Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh; Văn phòng UBND tỉnh", "24", "02 hội nghị đối thoại"),
    ("7", "Khảo sát, đánh giá và công bố Bộ Chỉ số DDCI năm 2026",
     "Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh; đơn vị tư vấn độc lập", "34", "Kết quả DDCI năm 2026 được công bố"),
    ("8", "Duy trì chuyên mục \"Doanh nghiệp hỏi - Chính quyền trả lời\" trên Báo và Phát thanh, Truyền "
          "hình Bắc Trà", "Báo và Phát thanh, Truyền hình Bắc Trà", "Sở Tài chính; Hiệp hội Doanh nghiệp tỉnh",
     "1234", "02 số/tháng"),
    ("G", "C. CHI PHÍ THỜI GIAN VÀ CHI PHÍ KHÔNG CHÍNH THỨC"),
    ("9", "Cắt giảm ít nhất 20% thời gian giải quyết thủ tục hành chính lĩnh vực đầu tư, xây dựng so với "
          "quy định", "Sở Xây dựng", "Trung tâm Phục vụ hành chính công tỉnh", "12",
     "Quyết định phê duyệt phương án cắt giảm"),
    ("10", "Phê duyệt kế hoạch thanh tra, kiểm tra doanh nghiệp năm 2026, bảo đảm không chồng chéo, "
           "trùng lặp; mỗi doanh nghiệp không bị thanh tra quá 01 lần/năm", "Thanh tra tỉnh",
     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "1", "Kế hoạch thanh tra được phê duyệt"),
    ("11", "Vận hành đường dây nóng 1900 8198 tiếp nhận phản ánh của doanh nghiệp về chi phí không chính "
           "thức, nhũng nhiễu", "Văn phòng UBND tỉnh", "Thanh tra tỉnh; Công an tỉnh", "1234",
     "Phản ánh được tiếp nhận, xử lý, trả lời"),
    ("12", "Khảo sát sự hài lòng của tổ chức, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà "
           "nước", "Sở Nội vụ", "Bưu điện tỉnh", "3", "Báo cáo kết quả khảo sát"),
    ("G", "D. DỊCH VỤ HỖ TRỢ DOANH NGHIỆP VÀ ĐÀO TẠO LAO ĐỘNG"),
    ("13", "Hỗ trợ chuyển đổi số cho tối thiểu 150 doanh nghiệp nhỏ và vừa (tư vấn, sử dụng nền tảng số "
           "trong quản trị, kế toán, bán hàng); ưu tiên doanh nghiệp do phụ nữ làm chủ, doanh nghiệp "
           "tại các huyện miền núi và doanh nghiệp mới thành lập từ hộ kinh doanh; kết quả hỗ trợ được "
           "tổng hợp, đánh giá và đề xuất nhân rộng mô hình có hiệu quả trong năm 2027",
     "Sở Khoa học và Công nghệ", "Hiệp hội Doanh nghiệp tỉnh; Sở Công Thương", "23",
     "150 doanh nghiệp được hỗ trợ"),
    ("14", "Tư vấn pháp lý miễn phí cho doanh nghiệp nhỏ và vừa", "Sở Tư pháp",
     "Hiệp hội Doanh nghiệp tỉnh; Đoàn Luật sư tỉnh", "1234", "Số vụ việc được tư vấn"),
    ("15", "Tổ chức phiên giao dịch việc làm định kỳ hằng tháng; đào tạo nghề theo đơn đặt hàng của "
           "doanh nghiệp trong khu công nghiệp", "Sở Nội vụ",
     "Ban Quản lý các khu công nghiệp tỉnh; Trường Cao đẳng Bắc Trà", "234", "12 phiên giao dịch việc làm"),
    ("16", "Tổ chức Hội nghị xúc tiến đầu tư tỉnh Bắc Trà năm 2026", "Sở Tài chính",
     "Văn phòng UBND tỉnh; Ban Quản lý các khu công nghiệp tỉnh", "3", "Hội nghị được tổ chức"),
    ("G", "Đ. THIẾT CHẾ PHÁP LÝ VÀ AN NINH TRẬT TỰ"),
    ("17", "Nâng cao hiệu quả giải quyết tranh chấp kinh doanh, thương mại; rút ngắn thời gian thi hành "
           "án dân sự liên quan đến doanh nghiệp", "Sở Tư pháp",
     "Tòa án nhân dân tỉnh; Thi hành án dân sự tỉnh", "24", "Báo cáo 6 tháng, năm"),
    ("18", "Bảo đảm an ninh, trật tự tại các khu, cụm công nghiệp; phòng, chống trộm cắp tài sản của "
           "doanh nghiệp", "Công an tỉnh", "Ban Quản lý các khu công nghiệp tỉnh; UBND các huyện, thị xã, "
           "thành phố", "1234", "Không để xảy ra điểm nóng về an ninh, trật tự"),
]


def make_pdf():
    from fpdf import FPDF
    from fpdf.enums import MethodReturnValue

    class PDF(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "", 8.5)
            self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")

    pdf = PDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 12, 5, 8, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_margins(28, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.add_page()
    LH = 6.0
    epw = pdf.w - pdf.l_margin - pdf.r_margin
    lw, rw = 62, epw - 62
    y0 = pdf.get_y()
    for col, lines, x, w in ((0, B_HEAD_LEFT, pdf.l_margin, lw), (1, B_HEAD_RIGHT, pdf.l_margin + lw, rw)):
        for i, t in enumerate(lines):
            pdf.set_xy(x, y0 + i * LH)
            pdf.set_font("dv", "B" if (i == 1 or (i == 0 and col == 1)) else "", 10.5)
            pdf.cell(w, LH, nfc(t), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 4 * LH + 6)

    def body(items):
        for kind, text in items:
            text = nfc(text)
            if kind == "c":
                pdf.set_font("dv", "B", 12)
                pdf.multi_cell(epw, LH, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "cs":
                pdf.set_font("dv", "B", 11)
                pdf.multi_cell(epw, LH, text, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "cn":
                pdf.set_font("dv", "", 11)
                pdf.multi_cell(epw, LH, text, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h":
                pdf.set_font("dv", "B", 11)
                pdf.ln(1)
                pdf.multi_cell(epw, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("dv", "", 11)
                pdf.multi_cell(epw, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")

    body(B_BODY1)
    # Bảng 1 (figures, not tasks)
    pdf.ln(2)
    pdf.set_font("dv", "B", 10)
    pdf.multi_cell(epw, LH, nfc("Bảng 1. Điểm các chỉ số thành phần PCI của tỉnh Bắc Trà năm 2023 và năm 2024"),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    widths = [12, 70, 25, 25, epw - 132]
    with pdf.table(col_widths=widths, text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER"),
                   line_height=5.4, first_row_as_headings=True) as t:
        pdf.set_font("dv", "", 10)
        for r in [B_TABLE1_HEAD] + B_TABLE1:
            row = t.row()
            for c in r:
                row.cell(nfc(c))
    pdf.ln(2)
    body(B_BODY2)
    pdf.ln(5)
    y0 = pdf.get_y()
    if y0 + 6 * LH > pdf.h - 20:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, t in enumerate(B_SIGN_LEFT):
        pdf.set_xy(pdf.l_margin, y0 + i * 5)
        pdf.set_font("dv", "B" if i == 0 else "", 9)
        pdf.cell(80, 5, nfc(t))
    for i, t in enumerate(B_SIGN_RIGHT):
        pdf.set_xy(pdf.l_margin + 80, y0 + i * LH)
        pdf.set_font("dv", "B", 11)
        pdf.cell(epw - 80, LH, nfc(t), align="C")

    # ---- appendix: landscape pages
    pdf.set_margins(15, 15, 15)
    pdf.add_page(orientation="L")
    epw = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("dv", "B", 11.5)
    for t in ["Phụ lục", "DỰ THẢO KẾ HOẠCH NÂNG CAO CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2026"]:
        pdf.multi_cell(epw, LH, nfc(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(epw, LH, nfc("(Kèm theo Báo cáo số 318/BC-STC ngày 05/12/2025 của Sở Tài chính tỉnh Bắc Trà)"),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    lh = 5.0
    qw = 14
    widths = [11, 86, 40, 50, qw, qw, qw, qw, epw - (11 + 86 + 40 + 50 + 4 * qw)]
    bottom = pdf.h - 16

    def lines_of(w, text, bold=False):
        pdf.set_font("dv", "B" if bold else "", 9.5)
        return pdf.multi_cell(w - 2, lh, nfc(text), dry_run=True, output=MethodReturnValue.LINES)

    def draw_chunk(cells_lines, start, count, centre=(0, 4, 5, 6, 7)):
        y = pdf.get_y()
        x = pdf.l_margin
        h = count * lh + 1.6
        for i, (w, ls) in enumerate(zip(widths, cells_lines)):
            pdf.rect(x, y, w, h)
            pdf.set_font("dv", "", 9.5)
            for k, ln in enumerate(ls[start:start + count]):
                pdf.set_xy(x + 1, y + 0.8 + k * lh)
                pdf.cell(w - 2, lh, ln, align="C" if i in centre else "L")
            x += w
        pdf.set_xy(pdf.l_margin, y + h)

    def header_rows():
        # two-level header: 'Thời gian thực hiện năm 2026' spans the four quarter columns
        y = pdf.get_y()
        x = pdf.l_margin
        h1, h2 = 2 * lh + 1.6, lh + 1.6
        pdf.set_font("dv", "B", 9.5)
        top = ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", None, None, None, None,
               "Sản phẩm"]
        for i, (w, t) in enumerate(zip(widths, top)):
            if t is None:
                if i == 4:
                    pdf.rect(x, y, 4 * qw, h1)
                    pdf.set_xy(x, y + 0.8)
                    pdf.multi_cell(4 * qw, lh, nfc("Thời gian thực hiện năm 2026"), align="C")
                    qx = x
                    for q in ["Quý I", "Quý II", "Quý III", "Quý IV"]:
                        pdf.rect(qx, y + h1, qw, h2)
                        pdf.set_xy(qx, y + h1 + 0.8)
                        pdf.cell(qw, lh, nfc(q), align="C")
                        qx += qw
                x += w
                continue
            pdf.rect(x, y, w, h1 + h2)
            pdf.set_xy(x + 1, y + 0.8 + lh / 2)
            pdf.multi_cell(w - 2, lh, nfc(t), align="C")
            x += w
        pdf.set_xy(pdf.l_margin, y + h1 + h2)
        # column numbering row, as in many printed plans
        y = pdf.get_y()
        x = pdf.l_margin
        pdf.set_font("dv", "", 8)
        for i, w in enumerate(widths):
            pdf.rect(x, y, w, 4.5)
            pdf.set_xy(x, y)
            pdf.cell(w, 4.5, f"({i + 1})", align="C")
            x += w
        pdf.set_xy(pdf.l_margin, y + 4.5)

    pdf.set_auto_page_break(False)
    header_rows()
    split_rows = []
    for row in B_ROWS:
        if row[0] == "G":
            if pdf.get_y() + lh + 1.6 > bottom:
                pdf.add_page(orientation="L")
                header_rows()
            y = pdf.get_y()
            pdf.rect(pdf.l_margin, y, epw, lh + 1.6)
            pdf.set_xy(pdf.l_margin + 1, y + 0.8)
            pdf.set_font("dv", "B", 9.5)
            pdf.cell(epw - 2, lh, nfc(row[1]), align="L")
            pdf.set_xy(pdf.l_margin, y + lh + 1.6)
            continue
        tt, task, lead, coord, qs, prod = row
        cells = [tt, task, lead, coord] + ["x" if str(q) in qs else "" for q in (1, 2, 3, 4)] + [prod]
        cl = [lines_of(w, c) if c else [] for w, c in zip(widths, cells)]
        n = max(len(x) for x in cl)
        start = 0
        while start < n:
            avail = int((bottom - pdf.get_y() - 1.6) // lh)
            if avail <= 0:
                pdf.add_page(orientation="L")
                header_rows()
                continue
            take = min(avail, n - start)
            draw_chunk(cl, start, take)
            start += take
            if start < n:
                split_rows.append(tt)
                pdf.add_page(orientation="L")
                header_rows()
    pdf.set_auto_page_break(True, 18)
    pdf.output(os.path.join(OUT, DB))
    return split_rows


# =====================================================================================
# C. A commune portal page exported to Markdown (.md)
# =====================================================================================
C_TEXT = r"""[Trang chủ](https://hoaloc.phulac.gov.vn) › [Văn bản](https://hoaloc.phulac.gov.vn/van-ban) › Văn bản chỉ đạo, điều hành

# Kế hoạch tuyên truyền cải cách hành chính, chuyển đổi số và Đề án 06 trên địa bàn xã Hòa Lộc giai đoạn 2026 - 2027

*Cập nhật: 11/02/2026 15:42 | Lượt xem: 214*

| Thuộc tính | Nội dung |
|---|---|
| Số kí hiệu | 17/KH-UBND |
| Ngày ban hành | 09/02/2026 |
| Ngày có hiệu lực | 09/02/2026 |
| Loại văn bản | Kế hoạch |
| Lĩnh vực | Cải cách hành chính |
| Cơ quan ban hành | UBND xã Hòa Lộc |
| Người ký | Võ Thị Mai Anh |
| Trích yếu | Tuyên truyền cải cách hành chính, chuyển đổi số và Đề án 06 trên địa bàn xã giai đoạn 2026 - 2027 |
| Tệp đính kèm | [17-kh-ubnd-2026.pdf](https://hoaloc.phulac.gov.vn/uploads/van-ban/17-kh-ubnd-2026.pdf) |

## Nội dung văn bản

| ỦY BAN NHÂN DÂN<br>**XÃ HÒA LỘC**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>--------------- |
|:---:|:---:|
| Số: 17/KH-UBND | *Hòa Lộc, ngày 09 tháng 02 năm 2026* |

**KẾ HOẠCH**

**Tuyên truyền cải cách hành chính, chuyển đổi số và Đề án 06 trên địa bàn xã Hòa Lộc giai đoạn 2026 - 2027**

Thực hiện Kế hoạch số 25/KH-UBND ngày 15/01/2026 của UBND tỉnh Phú Lạc về tuyên truyền cải cách hành chính năm 2026; Kế hoạch số 31/KH-UBND ngày 22/01/2026 của UBND tỉnh về chuyển đổi số năm 2026, Ủy ban nhân dân xã Hòa Lộc xây dựng Kế hoạch tuyên truyền cải cách hành chính (CCHC), chuyển đổi số (CĐS) và Đề án 06[^1] trên địa bàn xã giai đoạn 2026 - 2027 như sau:

**I - MỤC ĐÍCH, YÊU CẦU**

1.Mục đích

• Nâng cao nhận thức của cán bộ, công chức và Nhân dân về CCHC, CĐS; tạo sự đồng thuận trong triển khai chính quyền cấp xã sau sắp xếp đơn vị hành chính.

• Góp phần nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) của xã.

2.Yêu cầu

• Tuyên truyền thường xuyên, liên tục, đúng định hướng; nội dung ngắn gọn, dễ hiểu, phù hợp với từng nhóm đối tượng, nhất là người cao tuổi và đồng bào ở thôn vùng cao.

• Đến hết năm 2027, 100% thôn trên địa bàn xã được phổ biến về dịch vụ công trực tuyến; 80% hộ gia đình có ít nhất 01 thành viên sử dụng thành thạo ứng dụng VNeID.

**II - NỘI DUNG TUYÊN TRUYỀN**

1.Về cải cách hành chính

• Các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về CCHC; kết quả thực hiện CCHC của xã.

• Quy trình tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã (sau đây gọi tắt là Trung tâm PVHCC xã):

+ Nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến;

+ Tra cứu tình trạng hồ sơ bằng mã QR trên giấy tiếp nhận;

+ Đánh giá mức độ hài lòng tại quầy hoặc trên Cổng Dịch vụ công quốc gia.

2.Về chuyển đổi số

• Lợi ích của chuyển đổi số; các nền tảng số phục vụ người dân: ứng dụng "Phú Lạc số", Cổng Dịch vụ công quốc gia, ví điện tử.

• Kỹ năng số cơ bản, nhận diện và phòng ngừa lừa đảo trên không gian mạng.

3.Về Đề án 06

• Lợi ích của định danh điện tử mức độ 2; các tiện ích tích hợp trên VNeID (sổ sức khỏe điện tử, giấy phép lái xe, thông báo lưu trú).

**III - HÌNH THỨC VÀ LỊCH TUYÊN TRUYỀN**

1.Hình thức

• Trên hệ thống truyền thanh xã: phát 03 buổi/tuần, mỗi buổi 15 phút, vào khung giờ 17h00 - 17h15.

• Trên Trang thông tin điện tử xã (https://hoaloc.phulac.gov.vn): đăng tối thiểu 04 tin, bài/tháng.

• Trên Zalo OA "UBND xã Hòa Lộc" và các nhóm Zalo của thôn: chia sẻ thông tin hằng tuần.

• Treo băng rôn, khẩu hiệu tại trụ sở UBND xã, Trung tâm PVHCC xã và nhà văn hóa các thôn.

• Lồng ghép tại các cuộc họp thôn, sinh hoạt chi hội đoàn thể: ít nhất 01 lần/quý.

2.Lịch tuyên truyền trọng điểm

<table>
<thead>
<tr><th rowspan="2">Năm</th><th rowspan="2">Thời gian</th><th rowspan="2">Nội dung trọng điểm</th><th colspan="2">Phân công</th></tr>
<tr><th>Chủ trì</th><th>Phối hợp</th></tr>
</thead>
<tbody>
<tr><td rowspan="6">2026</td><td>Tháng 3/2026</td><td>Ra quân "Tháng thanh niên với chuyển đổi số": hướng dẫn người dân cài đặt, kích hoạt VNeID mức độ 2</td><td>Đoàn Thanh niên xã</td><td>Công an xã; Tổ công nghệ số cộng đồng các thôn</td></tr>
<tr><td>Tháng 4 - 5/2026</td><td>Hội nghị tuyên truyền dịch vụ công trực tuyến tại 07 thôn</td><td rowspan="2">Văn phòng HĐND và UBND xã</td><td>Trung tâm PVHCC xã; Trưởng các thôn</td></tr>
<tr><td>Tháng 6/2026</td><td>Tuyên truyền kết quả CCHC 6 tháng đầu năm 2026 trên truyền thanh xã và Trang thông tin điện tử xã</td><td>Phòng Văn hóa - Xã hội</td></tr>
<tr><td>Tháng 8/2026</td><td>Cuộc thi "Tìm hiểu CCHC, CĐS xã Hòa Lộc" (hình thức trực tuyến)</td><td>Phòng Văn hóa - Xã hội</td><td>Đoàn Thanh niên xã; Trường THCS Hòa Lộc</td></tr>
<tr><td>Tháng 10/2026</td><td>Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10: ngày hội "Chợ không dùng tiền mặt" tại chợ Hòa Lộc</td><td>Phòng Kinh tế</td><td>Hội Liên hiệp Phụ nữ xã; Ban quản lý chợ Hòa Lộc</td></tr>
<tr><td>Tháng 12/2026</td><td>Tuyên truyền kết quả CCHC, CĐS năm 2026; tọa đàm "Người dân hỏi - Chính quyền trả lời"</td><td>Văn phòng HĐND và UBND xã</td><td>Ủy ban MTTQ Việt Nam xã</td></tr>
<tr><td rowspan="4">2027</td><td>Quý I/2027</td><td>Tuyên truyền Kế hoạch CCHC, CĐS năm 2027 của xã; phổ biến thủ tục hành chính mới ban hành</td><td>Văn phòng HĐND và UBND xã</td><td>Trung tâm PVHCC xã</td></tr>
<tr><td>Quý II/2027</td><td>Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng và người cao tuổi</td><td>Phòng Văn hóa - Xã hội</td><td>Hội Người cao tuổi xã; Bưu điện văn hóa xã Hòa Lộc</td></tr>
<tr><td>Quý III/2027</td><td>Khảo sát mức độ hài lòng của người dân đối với Trung tâm PVHCC xã (phiếu giấy và trực tuyến)</td><td>Trung tâm PVHCC xã</td><td>Ủy ban MTTQ Việt Nam xã</td></tr>
<tr><td>Quý IV/2027</td><td colspan="3">Sơ kết 02 năm thực hiện Kế hoạch; khen thưởng tập thể, cá nhân tiêu biểu (do UBND xã tổ chức)</td></tr>
</tbody>
</table>

**IV - KINH PHÍ**

Kinh phí thực hiện từ nguồn ngân sách xã: năm 2026 là 45.000.000 đồng, năm 2027 là 50.000.000 đồng; lồng ghép với kinh phí hoạt động thường xuyên của các cơ quan, đơn vị.

**V - TỔ CHỨC THỰC HIỆN**

1.Văn phòng HĐND và UBND xã

• Là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; tổng hợp báo cáo kết quả gửi UBND xã 6 tháng (trước ngày 10/6) và năm (trước ngày 05/12) hằng năm.

2.Phòng Văn hóa - Xã hội

• Biên tập tin, bài phát trên hệ thống truyền thanh xã và Trang thông tin điện tử xã; quản trị Zalo OA "UBND xã Hòa Lộc".

• Hướng dẫn Tổ công nghệ số cộng đồng các thôn tham gia tuyên truyền, hỗ trợ người dân.

3.Trung tâm PVHCC xã

• Niêm yết, công khai thủ tục hành chính; bố trí 01 công chức hướng dẫn người dân nộp hồ sơ trực tuyến tại khu vực chờ.

4.Công an xã

• Tuyên truyền, hướng dẫn thực hiện Đề án 06; phối hợp thu nhận hồ sơ định danh điện tử lưu động tại thôn.

5.Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội

• Lồng ghép tuyên truyền trong sinh hoạt của hội viên, đoàn viên; vận động Nhân dân sử dụng dịch vụ công trực tuyến.

6.Trưởng các thôn

• Phối hợp tổ chức hội nghị tuyên truyền tại thôn; phản ánh kịp thời khó khăn, vướng mắc của người dân về Văn phòng HĐND và UBND xã.

Trên đây là Kế hoạch tuyên truyền CCHC, CĐS và Đề án 06 trên địa bàn xã Hòa Lộc giai đoạn 2026 - 2027. Yêu cầu các cơ quan, đơn vị, thôn triển khai thực hiện./.

| **Nơi nhận:**<br>- UBND tỉnh Phú Lạc (b/c);<br>- Sở Nội vụ tỉnh (b/c);<br>- TT Đảng ủy, TT HĐND xã;<br>- CT, các PCT UBND xã;<br>- Các cơ quan, đơn vị, thôn;<br>- Lưu: VT, VP. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Võ Thị Mai Anh** |
|---|---|

[^1]: Đề án 06: Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, ban hành kèm theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ.

---

**Tải về:** [17-kh-ubnd-2026.pdf](https://hoaloc.phulac.gov.vn/uploads/van-ban/17-kh-ubnd-2026.pdf)

**Văn bản liên quan:**

- [Kế hoạch số 08/KH-UBND ngày 20/01/2026 về cải cách hành chính xã Hòa Lộc năm 2026](https://hoaloc.phulac.gov.vn/van-ban/08-kh-ubnd-2026)
- [Quyết định số 12/QĐ-UBND ngày 03/02/2026 kiện toàn Tổ công nghệ số cộng đồng các thôn](https://hoaloc.phulac.gov.vn/van-ban/12-qd-ubnd-2026)

© UBND xã Hòa Lộc, tỉnh Phú Lạc. Địa chỉ: thôn Trung Hòa, xã Hòa Lộc. Điện thoại: 0257 3 866 102.
"""


def make_md():
    with open(os.path.join(OUT, DC), "w", encoding="utf-8", newline="\n") as f:
        f.write(nfc(C_TEXT))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_txt()
    split = make_pdf()
    make_md()
    print("written to", OUT, "| pdf rows split across a page break:", split)
