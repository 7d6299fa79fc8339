"""The working set's items (evals/working_layouts/qa.jsonl), written from the four documents alone: each
``section`` is what a person reading the document would write for the place of the quote.
Run: python -m evals.working_layouts.qa_source  (rewrites qa.jsonl)."""
from __future__ import annotations

import json
from pathlib import Path

TXT = "xa-thanh-loc-ke-hoach-cchc-2025.txt"
MD = "tinh-nam-lam-ke-hoach-cds-2026.md"
QD = "huyen-tay-son-qd-ke-hoach-tuyen-truyen-2026.docx"
KH = QD + "#2"
PDF = "so-tu-phap-bao-cao-cchc-6-thang-2026.pdf"

# (kind, question, answer, must_include, document, section, evidence); some sections and documents are named
# as a reader names them ("điểm a khoản 1 mục II", "Phụ lục, mục I, STT 1", the .docx file for the plan it carries)
ITEMS = [
    # --- commune plan, I- / 1/ / a/
    ("lead", "Xã Thanh Lộc giao ai rà soát văn bản của HĐND, UBND xã năm 2025?",
     "Công chức Tư pháp - Hộ tịch chủ trì, phối hợp Công chức Văn phòng - Thống kê; thời gian Quý II/2025.",
     ["Công chức Tư pháp - Hộ tịch"], TXT, "điểm a khoản 1 mục II", "Chủ trì: Công chức Tư pháp - Hộ tịch."),
    ("coordinators", "Ai phối hợp tuyên truyền phổ biến pháp luật ở các thôn xã Thanh Lộc?",
     "Trưởng các thôn phối hợp; Công chức Văn hóa - Xã hội chủ trì.", ["Trưởng các thôn"], TXT, "II.1.b",
     "phối hợp: Trưởng các thôn"),
    ("timing", "xa thanh loc tuyen truyen phap luat o thon vao ngay nao?",
     "Vào ngày 09 hằng tháng.", ["ngày 09 hằng tháng"], TXT, "II.1.b",
     "Tuyên truyền, phổ biến pháp luật tại các thôn vào ngày 09 hằng tháng"),
    ("lead", "Ai niêm yết công khai thủ tục hành chính ở xã Thanh Lộc?",
     "Công chức Văn phòng - Thống kê chủ trì, thường xuyên.", ["Công chức Văn phòng - Thống kê"], TXT, "II.2.a",
     "Chủ trì: Công chức Văn phòng - Thống kê."),
    ("timing", "Phản ánh kiến nghị về quy định hành chính ở xã Thanh Lộc được trả lời trong bao lâu?",
     "Trong thời hạn 10 ngày làm việc kể từ ngày nhận phản ánh.", ["10 ngày làm việc"], TXT, "II.2.b",
     "Thời gian: Trong thời hạn 10 ngày làm việc kể từ ngày nhận phản ánh."),
    ("timing", "Lớp bồi dưỡng kỹ năng giao tiếp cho công chức xã Thanh Lộc tổ chức khi nào?",
     "Quý III/2025, do Công chức Văn phòng - Thống kê chủ trì.", ["Quý III/2025"], TXT, "II.3",
     "thời gian: Quý III/2025"),
    ("lead", "Nhóm Zalo Thanh Lộc số do ai vận hành?",
     "Tổ công nghệ số cộng đồng xã chủ trì.", ["Tổ công nghệ số cộng đồng xã"], TXT, "II.4.b",
     "Chủ trì: Tổ công nghệ số cộng đồng xã."),
    ("fact", "Kinh phí kế hoạch CCHC 2025 của xã Thanh Lộc là bao nhiêu?",
     "Tổng số 45 triệu đồng từ ngân sách xã năm 2025.", ["45 triệu đồng"], TXT, "III",
     "tổng số 45 triệu đồng"),
    ("timing", "Xã Thanh Lộc phải báo cáo 6 tháng về huyện trước ngày nào?",
     "Trước ngày 15/6/2025.", ["15/6/2025"], TXT, "IV.1", "trước ngày 15/6/2025 (báo cáo 6 tháng)"),
    ("fact", "Chỉ số hài lòng xã Thanh Lộc phấn đấu đạt bao nhiêu?",
     "Trên 90%.", ["trên 90%"], TXT, "I.1",
     "Phấn đấu Chỉ số hài lòng của người dân đối với sự phục vụ của xã đạt trên 90%."),
    ("fact", "Kế hoạch CCHC 2025 của xã Thanh Lộc số mấy, ngày nào?",
     "Số 21/KH-UBND, ngày 14 tháng 01 năm 2025.", ["21/KH-UBND"], TXT, "header", "Số: 21/KH-UBND"),
    ("fact", "Ai ký kế hoạch CCHC 2025 của xã Thanh Lộc?",
     "Chủ tịch UBND xã Lê Văn Tường.", ["Lê Văn Tường"], TXT, "signature", "Lê Văn Tường"),
    # --- province plan: Phần I/II, decimals under II., appendix table
    ("fact", "Ngày chuyển đổi số 2025 của tỉnh Nam Lâm có chủ đề gì?",
     "“Dữ liệu số mở đường phát triển”, tổ chức ngày 10/10/2025.", ["Dữ liệu số mở đường phát triển"], MD,
     "Phần I.I.1.1", 'tỉnh tổ chức Ngày chuyển đổi số với chủ đề "Dữ liệu số mở đường phát triển"'),
    ("fact", "Năm 2025 Đài PT-TH tỉnh Nam Lâm phát bao nhiêu chương trình về chuyển đổi số?",
     "48 chương trình chuyên đề.", ["48 chương trình"], MD, "1.2",
     "phát sóng 48 chương trình chuyên đề về chuyển đổi số trong năm 2025"),
    ("fact", "Tỷ lệ thôn bản có sóng 4G ở Nam Lâm?", "99,2%.", ["99,2%"], MD, "Phần I.I.2",
     "Tỷ lệ thôn, bản có sóng di động 4G đạt 99,2%."),
    ("list", "Chuyển đổi số Nam Lâm năm 2025 còn những hạn chế gì?",
     "Hồ sơ trực tuyến toàn trình mới đạt 41%; nhân lực công nghệ thông tin cấp xã còn thiếu.", ["41%"], MD,
     "Phần I.II", "Tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 41%, thấp hơn chỉ tiêu đề ra."),
    ("fact", "Chỉ tiêu hồ sơ trực tuyến toàn trình năm 2026 của Nam Lâm?", "80%.", ["80%"], MD, "Phần II.I.2.a",
     "80% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình."),
    ("lead", "Ai chủ trì ban hành Quy chế quản lý dữ liệu dùng chung của tỉnh Nam Lâm?",
     "Sở Khoa học và Công nghệ chủ trì; phối hợp Sở Tư pháp, Văn phòng UBND tỉnh; Quý II/2026.",
     ["Sở Khoa học và Công nghệ"], MD, "II.2.1", "cơ quan chủ trì: Sở Khoa học và Công nghệ"),
    ("lead", "Kho dữ liệu dùng chung của tỉnh Nam Lâm do cơ quan nào chủ trì xây dựng?",
     "Trung tâm Chuyển đổi số tỉnh, hoàn thành Quý III/2026.", ["Trung tâm Chuyển đổi số tỉnh"], MD, "2.2.1",
     "Cơ quan chủ trì: Trung tâm Chuyển đổi số tỉnh."),
    ("timing", "Số hóa hồ sơ địa chính Nam Lâm xong khi nào?", "Tháng 12/2026 (Sở Nông nghiệp và Môi trường).",
     ["Tháng 12/2026"], MD, "2.2.2", "Thời gian hoàn thành: Tháng 12/2026."),
    ("lead", "Ai mở lớp bồi dưỡng kỹ năng số cho công chức cấp xã ở Nam Lâm?",
     "Sở Nội vụ chủ trì, Quý II và Quý III/2026.", ["Sở Nội vụ"], MD, "Phần II.II.2.3", "cơ quan chủ trì: Sở Nội vụ"),
    ("lead", "Ai chủ trì nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh Nam Lâm?",
     "Văn phòng UBND tỉnh chủ trì; phối hợp Trung tâm Chuyển đổi số tỉnh; Quý II/2026.", ["Văn phòng UBND tỉnh"], MD,
     "Phụ lục, mục I, STT 1", "Văn phòng UBND tỉnh"),
    ("timing", "Khi nào Nam Lâm có trợ lý ảo cho cán bộ công chức?", "Quý IV/2026.", ["Quý IV/2026"], MD,
     "Phụ lục I.2", "Quý IV/2026"),
    ("lead", "Phát triển tài khoản định danh điện tử mức 2 ở Nam Lâm ai chủ trì?", "Công an tỉnh, tháng 9/2026.",
     ["Công an tỉnh"], MD, "Phụ lục.II.2", "Công an tỉnh"),
    ("fact", "Kế hoạch chuyển đổi số 2026 của Nam Lâm số mấy?", "Số 305/KH-UBND ngày 20/12/2025.", ["305/KH-UBND"],
     MD, "header", "Số: 305/KH-UBND"),
    ("timing", "Các sở ngành Nam Lâm báo cáo chuyển đổi số khi nào?",
     "Hằng quý, trước ngày 15 của tháng cuối quý, về Sở Khoa học và Công nghệ.", ["trước ngày 15 của tháng cuối quý"],
     MD, "Phần II.III.2", "Báo cáo tình hình thực hiện hằng quý (trước ngày 15 của tháng cuối quý)"),
    # --- district decision carrying its plan; task table under III.
    ("fact", "Quyết định 412/QĐ-UBND huyện Tây Sơn có hiệu lực khi nào?", "Kể từ ngày ký.", ["kể từ ngày ký"], QD,
     "Điều 2", "Quyết định này có hiệu lực kể từ ngày ký."),
    ("list", "Ai thi hành Quyết định 412 của huyện Tây Sơn?",
     "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan chuyên môn và Chủ tịch UBND các xã, thị trấn.",
     ["Trưởng phòng Nội vụ"], QD, "Điều 3", "Trưởng phòng Nội vụ, Thủ trưởng các cơ quan chuyên môn"),
    ("lead", "Ai làm chuyên mục Cải cách hành chính trên trang thông tin điện tử huyện Tây Sơn?",
     "Văn phòng HĐND và UBND huyện chủ trì, phối hợp Phòng Nội vụ; tháng 4/2026.",
     ["Văn phòng HĐND và UBND huyện"], QD, "mục III, STT 1", "Văn phòng HĐND và UBND huyện"),
    ("frequency", "Đài Truyền thanh huyện Tây Sơn phát bao nhiêu tin bài CCHC?", "04 tin, bài/tháng.",
     ["04 tin, bài/tháng"], KH, "III.2", "04 tin, bài/tháng"),
    ("coordinators", "Hội thi Cán bộ một cửa thân thiện ai phối hợp?",
     "Huyện đoàn và Phòng Văn hóa và Thông tin phối hợp; Phòng Nội vụ chủ trì; Quý III/2026.", ["Huyện đoàn"], QD,
     "III.3", "Huyện đoàn"),
    ("frequency", "Loa truyền thanh cơ sở ở Tây Sơn tuyên truyền CCHC mấy lần?", "02 lần/tuần.", ["02 lần/tuần"], KH,
     "III.4", "02 lần/tuần"),
    ("timing", "Huyện Tây Sơn khảo sát sự hài lòng khi nào?", "Quý IV/2026, Phòng Nội vụ chủ trì.", ["Quý IV/2026"],
     KH, "III.5", "Quý IV/2026"),
    ("timing", "Phòng Nội vụ Tây Sơn báo cáo kết quả tuyên truyền trước ngày nào?", "Trước ngày 30/11/2026.",
     ["30/11/2026"], QD, "IV.1", "báo cáo UBND huyện trước ngày 30/11/2026"),
    ("fact", "Ai ký kế hoạch tuyên truyền CCHC 2026 của huyện Tây Sơn?", "Phó Chủ tịch Đặng Thị Thu Hà.",
     ["Đặng Thị Thu Hà"], KH, "signature", "Đặng Thị Thu Hà"),
    # --- department report A./I./1./a), figures appendix
    ("fact", "6 tháng đầu 2026 Sở Tư pháp tiếp nhận bao nhiêu hồ sơ?", "2.615 hồ sơ; giải quyết đúng hạn 99,8%.",
     ["2.615"], PDF, "A.II.1.a", "Trong kỳ, Sở tiếp nhận 2.615 hồ sơ"),
    ("fact", "Tỷ lệ hồ sơ lý lịch tư pháp nộp trực tuyến?", "87%.", ["87%"], PDF, "A.II.1.b",
     "Tỷ lệ hồ sơ lý lịch tư pháp nộp trực tuyến đạt 87%."),
    ("timing", "Sở Tư pháp cấp phiếu lý lịch tư pháp trên VNeID từ khi nào?", "Từ ngày 01/3/2026.", ["01/3/2026"],
     PDF, "A.II.2.b", "Triển khai cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID từ ngày 01/3/2026."),
    ("fact", "Sở Tư pháp kiểm tra CCHC ở bao nhiêu đơn vị?", "03 phòng chuyên môn và 02 đơn vị sự nghiệp.",
     ["03 phòng chuyên môn"], PDF, "A.I.2", "Sở tổ chức kiểm tra tại 03 phòng chuyên môn và 02 đơn vị sự nghiệp"),
    ("lead", "Ai rà soát 08 thủ tục hộ tịch 6 tháng cuối năm 2026?", "Phòng Hành chính tư pháp, Quý III/2026.",
     ["Phòng Hành chính tư pháp"], PDF, "B.1", "đơn vị chủ trì: Phòng Hành chính tư pháp"),
    ("timing", "Hội nghị đối thoại doanh nghiệp về TTHC của Sở Tư pháp tổ chức khi nào?", "Tháng 10/2026.",
     ["Tháng 10/2026"], PDF, "B.2", "thời gian: Tháng 10/2026"),
    ("fact", "Lĩnh vực hộ tịch có bao nhiêu hồ sơ quá hạn?", "3 hồ sơ quá hạn (420 tiếp nhận, 410 đã giải quyết).",
     ["3"], PDF, "Phụ lục", "Hộ tịch"),
    ("fact", "Sở Tư pháp kiến nghị gì với Sở Nội vụ?",
     "Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức cấp xã.", ["kiểm soát thủ tục hành chính"],
     PDF, "C", "Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức cấp xã."),
    ("unanswerable", "Xã Thanh Lộc có số điện thoại đường dây nóng là gì?", "", [], None, None, None),
    ("unanswerable", "Kinh phí kế hoạch chuyển đổi số Nam Lâm năm 2026 là bao nhiêu tỷ đồng?", "", [], None, None, None),
]


def main() -> None:
    counts: dict[str, int] = {}
    out = Path(__file__).with_name("qa.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for kind, question, answer, must, doc, section, evidence in ITEMS:
            counts[kind] = counts.get(kind, 0) + 1
            item = dict(id=f"wl-{kind}-{counts[kind]:03d}", question=question, kind=kind, answer=answer,
                        must_include=must, document=doc, section=section, evidence=evidence)
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(out, len(ITEMS))


if __name__ == "__main__":
    main()
