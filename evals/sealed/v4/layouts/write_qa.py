# -*- coding: utf-8 -*-
"""Write qa.jsonl of the sealed layouts split v4 (items in the shape of evals/DATASET.md).

    /work/main/.venv/bin/python write_qa.py

SEALED: the people who work on the assistant's reader must not read this file or qa.jsonl.
"""
import collections
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "2026-so-noi-vu-van-khe-qd-ke-hoach-tuyen-truyen-cchc.docx"
B = "2026-xa-tan-phuc-ha-bao-cao-cchc-cds-quy-i.txt"
C = "2025-huyen-son-khe-ke-hoach-kiem-tra-cchc-cds.pdf"
CCHC_UNIT = "Phòng Cải cách hành chính và Văn thư, lưu trữ"

ITEMS = []
NOTES = []


def item(kind, question, answer, must, document, section, evidence, note=None):
    it = {"id": None, "question": question, "kind": kind, "answer": answer, "must_include": must,
          "document": document, "section": section, "evidence": evidence}
    NOTES.append(note)  # kept here for the README; not written to qa.jsonl (DATASET.md item shape)
    ITEMS.append(it)


def none(question, answer, note):
    item("unanswerable", question, answer, [], None, None, None, note)


# ------------------------------------------------------------------------------------------------ lead
item("lead", "Theo QĐ 58 của Sở Nội vụ Vân Khê, đơn vị nào chủ trì tổ chức cuộc thi trực tuyến tìm hiểu CCHC năm 2026?",
     f"{CCHC_UNIT} chủ trì Cuộc thi trực tuyến “Tìm hiểu cải cách hành chính tỉnh Vân Khê năm 2026” "
     "(phối hợp: Sở Khoa học và Công nghệ; Tỉnh đoàn Vân Khê).",
     [CCHC_UNIT], A, "Điều 1.IV.5",
     "Phát động và tổ chức Cuộc thi trực tuyến “Tìm hiểu cải cách hành chính tỉnh Vân Khê năm 2026”")
item("lead", "ad ơi, việc tổng kết, trao giải cuộc thi tìm hiểu CCHC Vân Khê 2026 thì bên nào chủ trì ạ?",
     "Văn phòng Sở (Sở Nội vụ tỉnh Vân Khê) chủ trì tổng kết, trao giải Cuộc thi, thời gian tháng 10/2026; phối hợp: "
     f"{CCHC_UNIT}; Tỉnh đoàn Vân Khê.",
     ["Văn phòng Sở", "Tháng 10/2026"], A, "Điều 1.IV.7", "Tổng kết, trao giải Cuộc thi",
     note="the contest itself (row 5) is led by another unit; the award ceremony (row 7) by Văn phòng Sở")
item("lead", "Trong kế hoạch tuyên truyền CCHC 2026 của Sở Nội vụ Vân Khê, ai chủ trì sản xuất video ngắn hướng dẫn nộp hồ sơ trực tuyến?",
     "Trung tâm Phục vụ hành chính công tỉnh chủ trì sản xuất 12 video ngắn hướng dẫn nộp hồ sơ, thanh toán phí, lệ "
     f"phí trực tuyến (phối hợp: Sở Khoa học và Công nghệ; {CCHC_UNIT}), thời gian Quý II - Quý III/2026.",
     ["Trung tâm Phục vụ hành chính công tỉnh"], A, "Điều 1.IV.4",
     "Sản xuất 12 video ngắn hướng dẫn nộp hồ sơ, thanh toán phí, lệ phí trực tuyến")
item("lead", "Kênh Zalo OA “CCHC Vân Khê” do cơ quan nào quản trị?",
     "Trung tâm Phục vụ hành chính công tỉnh chủ trì quản trị kênh Zalo OA “CCHC Vân Khê” (Quyết định 58/QĐ-SNV, "
     "Điều 1, mục VI.4.a).",
     ["Trung tâm Phục vụ hành chính công tỉnh"], A, "Điều 1.VI.4.a",
     "a) Trung tâm Phục vụ hành chính công tỉnh: chủ trì quản trị kênh Zalo OA “CCHC Vân Khê”")
item("lead", "Ai biên soạn bản tin CCHC cung cấp cho đài truyền thanh cấp xã theo QĐ 58/QĐ-SNV?",
     f"{CCHC_UNIT} chủ trì biên soạn bản tin CCHC cung cấp cho đài truyền thanh cấp xã và cập nhật nội dung bản tin "
     "01 lần/tháng.",
     [CCHC_UNIT], A, "Điều 1.VI.1",
     "b) Chủ trì biên soạn bản tin CCHC cung cấp cho đài truyền thanh cấp xã; cập nhật nội dung bản tin 01 lần/tháng.",
     note="the unit is the heading of VI.1; the quote is its point b")
item("lead", "Chuyên mục CCHC trên trang thông tin điện tử Sở Nội vụ Vân Khê và fanpage của Sở do đơn vị nào quản trị, cập nhật?",
     "Văn phòng Sở chủ trì quản trị, cập nhật chuyên mục CCHC trên Trang thông tin điện tử Sở Nội vụ và Fanpage “Sở "
     "Nội vụ Vân Khê”.",
     ["Văn phòng Sở"], A, "Điều 1.VI.2",
     "a) Chủ trì quản trị, cập nhật chuyên mục CCHC trên Trang thông tin điện tử Sở Nội vụ và Fanpage “Sở Nội vụ Vân Khê”.")
item("lead", "Quý II/2026 xã Tân Phúc Hà, ai chủ trì đợt tuyên truyền trực tiếp thứ hai về CCHC ở các thôn?",
     "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã, tổ chức trong tháng 5/2026.",
     ["Phòng Văn hóa - Xã hội"], B, "IV.3",
     "3. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức đợt tuyên truyền trực tiếp thứ hai "
     "về CCHC tại các thôn còn lại trong tháng 5/2026.")
item("lead", "mn cho hỏi ở xã Tân Phúc Hà quý 2 ai lo hướng dẫn dân thanh toán phí, lệ phí online?",
     "Trung tâm Phục vụ hành chính công xã chủ trì hướng dẫn người dân nộp hồ sơ và thanh toán phí, lệ phí trực "
     "tuyến; phấn đấu tỷ lệ thanh toán trực tuyến đạt từ 50% trở lên trong Quý II.",
     ["Trung tâm Phục vụ hành chính công xã", "50%"], B, "IV.2",
     "2. Trung tâm Phục vụ hành chính công xã chủ trì hướng dẫn người dân nộp hồ sơ và thanh toán phí, lệ phí trực "
     "tuyến; phấn đấu tỷ lệ thanh toán trực tuyến đạt từ 50% trở lên trong Quý II.")
item("lead", "Ai là trưởng Đoàn kiểm tra số 2 trong kế hoạch kiểm tra CCHC, CĐS 2025 của huyện Sơn Khê?",
     "Bà Vi Thị Hạnh, Trưởng phòng Nội vụ, là Trưởng đoàn Đoàn kiểm tra số 2 (bà cũng là Phó Trưởng đoàn của Đoàn số 1).",
     ["Vi Thị Hạnh", "Trưởng phòng Nội vụ"], C, "IV.1.2", "- Bà Vi Thị Hạnh, Trưởng phòng Nội vụ - Trưởng đoàn;")
item("lead", "UBND xã Bản Viền do đoàn nào kiểm tra, ai làm trưởng đoàn?",
     "UBND xã Bản Viền do Đoàn số 1 kiểm tra (chiều Thứ Ba, 22/4/2025); Trưởng đoàn là Ông Lò Minh Khang, Phó Chủ "
     "tịch Ủy ban nhân dân huyện Sơn Khê.",
     ["Đoàn số 1", "Lò Minh Khang"], [C, C], ["IV.3", "IV.1.1"],
     ["UBND xã Bản Viền", "- Ông Lò Minh Khang, Phó Chủ tịch Ủy ban nhân dân huyện - Trưởng đoàn;"],
     note="schedule table without STT: its rows belong to IV.3; the date cell spans the morning and afternoon rows")
item("lead", "Kế hoạch kiểm tra 27/KH-UBND: đơn vị nào dự thảo thông báo kết luận kiểm tra đối với từng đơn vị?",
     "Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện dự thảo Thông báo kết luận kiểm tra đối với "
     "từng đơn vị, trong thời hạn 07 ngày làm việc kể từ ngày kết thúc kiểm tra tại đơn vị.",
     ["Phòng Nội vụ"], C, "V.1",
     "- Chủ trì, phối hợp với Văn phòng HĐND và UBND huyện dự thảo Thông báo kết luận kiểm tra đối với từng đơn vị")

# ------------------------------------------------------------------------------------------------ coordinators
item("coordinators", "Hội nghị tập huấn nghiệp vụ tuyên truyền CCHC đợt 1 của Sở Nội vụ Vân Khê có những đơn vị nào phối hợp?",
     "Phối hợp: Trung tâm Phục vụ hành chính công tỉnh; Ủy ban nhân dân các xã khu vực phía Bắc (chủ trì: "
     f"{CCHC_UNIT}; thời gian: tháng 4/2026).",
     ["Trung tâm Phục vụ hành chính công tỉnh", "Ủy ban nhân dân các xã khu vực phía Bắc"], A, "Điều 1.IV.3",
     "Trung tâm Phục vụ hành chính công tỉnh; Ủy ban nhân dân các xã khu vực phía Bắc")
item("coordinators", "Điều tra xã hội học xác định chỉ số SIPAS 2026 thì phòng CCHC phối hợp với những ai?",
     "Phối hợp: Bưu điện tỉnh Vân Khê; Ủy ban nhân dân các xã, phường (chủ trì: "
     f"{CCHC_UNIT}; trước ngày 15/11/2026).",
     ["Bưu điện tỉnh Vân Khê", "Ủy ban nhân dân các xã, phường"], A, "Điều 1.IV.8",
     "Bưu điện tỉnh Vân Khê; Ủy ban nhân dân các xã, phường")
item("coordinators", "Cuộc thi trực tuyến Tìm hiểu CCHC tỉnh Vân Khê 2026 có đơn vị nào phối hợp tổ chức?",
     "Sở Khoa học và Công nghệ và Tỉnh đoàn Vân Khê phối hợp (chủ trì: " + CCHC_UNIT + ").",
     ["Sở Khoa học và Công nghệ", "Tỉnh đoàn Vân Khê"], A, "Điều 1.IV.5",
     "Sở Khoa học và Công nghệ; Tỉnh đoàn Vân Khê")
item("coordinators", "Đợt tuyên truyền trực tiếp thứ hai ở xã Tân Phúc Hà, Phòng Văn hóa - Xã hội phối hợp với ai?",
     "Phối hợp với Đoàn Thanh niên xã.",
     ["Đoàn Thanh niên xã"], B, "IV.3",
     "3. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức đợt tuyên truyền trực tiếp thứ hai")
item("coordinators", "Việc rà soát, công khai lại danh mục TTHC của xã Tân Phúc Hà trong quý II: ai chủ trì, ai phối hợp?",
     "Văn phòng HĐND và UBND xã chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã; hoàn thành trước ngày "
     "30/4/2026.",
     ["Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã"], B, "IV.1",
     "1. Văn phòng HĐND và UBND xã chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã rà soát, công khai lại "
     "danh mục TTHC")
item("coordinators", "Ở huyện Sơn Khê, nội dung kiểm tra chuyển đổi số thì phòng nào phối hợp với Phòng Nội vụ?",
     "Phòng Văn hóa và Thông tin phối hợp với Phòng Nội vụ kiểm tra nội dung CĐS (điểm 2 mục III).",
     ["Phòng Văn hóa và Thông tin"], C, "V.2",
     "Phối hợp với Phòng Nội vụ kiểm tra nội dung CĐS tại điểm 2 mục III Kế hoạch này",
     note="the unit is the heading of V.2")

# ------------------------------------------------------------------------------------------------ timing
item("timing", "Cuộc thi tìm hiểu cải cách hành chính tỉnh Vân Khê năm 2026 diễn ra từ ngày nào đến ngày nào?",
     "Từ ngày 01/7/2026 đến ngày 31/8/2026; tổng kết, trao giải trong tháng 10/2026.",
     ["01/7/2026", "31/8/2026"], A, "Điều 1.IV.5", "Từ ngày 01/7/2026 đến ngày 31/8/2026")
item("timing", "Các xã, phường phải ban hành kế hoạch tuyên truyền CCHC năm 2026 của mình trước ngày nào?",
     "Trước ngày 28/02/2026 (Quyết định 58/QĐ-SNV, Điều 1, mục VI.3.a).",
     ["28/02/2026"], A, "Điều 1.VI.3.a",
     "a) Căn cứ Kế hoạch này, xây dựng và ban hành kế hoạch tuyên truyền CCHC năm 2026 của địa phương trước ngày "
     "28/02/2026.")
item("timing", "Hội nghị tập huấn tuyên truyền CCHC đợt 2 (phía Nam tỉnh Vân Khê) tổ chức khi nào?",
     "Tháng 9/2026.", ["Tháng 9/2026"], A, "Điều 1.IV.6", "Tháng 9/2026")
item("timing", "Huyện Sơn Khê kiểm tra trực tiếp CCHC, CĐS năm 2025 trong khoảng thời gian nào? Còn kiểm tra đột xuất thì khi nào?",
     "Kiểm tra trực tiếp từ ngày 15/4/2025 đến ngày 23/4/2025; kiểm tra đột xuất trong Quý III năm 2025.",
     ["15/4/2025", "23/4/2025", "Quý III năm 2025"], C, "II.3",
     "Kiểm tra trực tiếp từ ngày 15/4/2025 đến ngày 23/4/2025; kiểm tra đột xuất trong Quý III năm 2025.")
item("timing", "UBND thị trấn Sơn Khê được kiểm tra vào ngày nào, buổi nào?",
     "Buổi sáng Thứ Tư, 16/4/2025 (Đoàn số 1).", ["16/4/2025", "Sáng"], C, "IV.3", "Thứ Tư, 16/4/2025",
     note="the date cell spans two rows (morning: thị trấn Sơn Khê, afternoon: Phòng Tài chính - Kế hoạch)")
item("timing", "Đơn vị được kiểm tra phải gửi báo cáo tự kiểm tra cho Phòng Nội vụ huyện Sơn Khê trước bao lâu?",
     "Chậm nhất 05 ngày làm việc trước ngày kiểm tra theo lịch.", ["05 ngày làm việc"], C, "V.4",
     "- Xây dựng báo cáo tự kiểm tra theo đề cương và gửi về Phòng Nội vụ chậm nhất 05 ngày làm việc trước ngày kiểm "
     "tra theo lịch.")
item("timing", "Xã Tân Phúc Hà phải hoàn thành rà soát, công khai lại danh mục TTHC trước ngày nào?",
     "Trước ngày 30/4/2026.", ["30/4/2026"], B, "IV.1",
     "hoàn thành trước ngày 30/4/2026.")
item("timing", "Phòng Văn hóa và Thông tin huyện Sơn Khê gửi số liệu chỉ số DTI cấp xã cho Phòng Nội vụ trước ngày nào?",
     "Trước ngày 10/4/2025.", ["10/4/2025"], C, "V.2",
     "tổng hợp số liệu Chỉ số DTI cấp xã của các đơn vị được kiểm tra gửi Phòng Nội vụ trước ngày 10/4/2025.")
item("timing", "Đoàn kiểm tra của huyện Sơn Khê làm việc buổi chiều từ mấy giờ đến mấy giờ?",
     "Buổi chiều từ 13 giờ 30 phút đến 16 giờ 30 phút (buổi sáng từ 07 giờ 30 phút đến 11 giờ 00 phút).",
     ["13 giờ 30 phút", "16 giờ 30 phút"], C, "IV.2",
     "buổi chiều từ 13 giờ 30 phút đến 16 giờ 30 phút.")

# ------------------------------------------------------------------------------------------------ frequency
item("frequency", "Chuyên mục “Vì dân phục vụ” trên truyền hình Vân Khê phát bao lâu một số, mỗi số dài bao nhiêu?",
     "Phát 01 số/tháng vào tối thứ Sáu của tuần cuối tháng, thời lượng 15 phút/số.",
     ["01 số/tháng", "15 phút/số"], A, "Điều 1.III.1.a",
     "phát 01 số/tháng vào tối thứ Sáu của tuần cuối tháng, thời lượng 15 phút/số.")
item("frequency", "Theo QĐ 58 của Sở Nội vụ, bản tin CCHC phát trên loa truyền thanh xã mấy lần một tuần, vào hôm nào?",
     "02 lần/tuần, vào sáng thứ Ba và sáng thứ Sáu.", ["02 lần/tuần", "sáng thứ Ba và sáng thứ Sáu"], A, "Điều 1.III.5",
     "bảo đảm phát 02 lần/tuần vào sáng thứ Ba và sáng thứ Sáu.")
item("frequency", "Video, infographic hướng dẫn TTHC trên fanpage và Zalo OA của Sở Nội vụ Vân Khê đăng với tần suất nào?",
     "02 sản phẩm/tuần.", ["02 sản phẩm/tuần"], A, "Điều 1.III.2.b", "với tần suất 02 sản phẩm/tuần.")
item("frequency", "Chuyên mục CCHC trên trang thông tin điện tử Sở Nội vụ phải có tối thiểu bao nhiêu tin bài?",
     "Tối thiểu 04 tin, bài/tháng (địa chỉ https://sonoivu.vankhe.gov.vn).",
     ["04 tin, bài/tháng"], A, "Điều 1.III.2.a",
     "a) Cập nhật chuyên mục CCHC trên Trang thông tin điện tử Sở Nội vụ tại địa chỉ https://sonoivu.vankhe.gov.vn, "
     "tối thiểu 04 tin, bài/tháng.")
item("frequency", "UBND xã Tân Phúc Hà họp giao ban (có lồng ghép CCHC, CĐS) vào lúc nào?",
     "Hằng tuần vào sáng thứ Hai.", ["hằng tuần vào sáng thứ Hai"], B, "I",
     "Ủy ban nhân dân xã lồng ghép nội dung CCHC, CĐS trong cuộc họp giao ban hằng tuần vào sáng thứ Hai")

# ------------------------------------------------------------------------------------------------ fact
item("fact", "Quyết định ban hành kế hoạch thông tin, tuyên truyền CCHC 2026 của Sở Nội vụ Vân Khê số mấy, ngày nào?",
     "Quyết định số 58/QĐ-SNV ngày 16 tháng 01 năm 2026 của Giám đốc Sở Nội vụ tỉnh Vân Khê.",
     ["58/QĐ-SNV", "16 tháng 01 năm 2026"], A, "header", "Số: 58/QĐ-SNV")
item("fact", "Ai ký Quyết định 58/QĐ-SNV?",
     "Bà Hoàng Thị Minh Nguyệt, Phó Giám đốc Sở Nội vụ, ký thay Giám đốc (KT. GIÁM ĐỐC).",
     ["Hoàng Thị Minh Nguyệt", "PHÓ GIÁM ĐỐC"], A, "signature", "Hoàng Thị Minh Nguyệt")
item("fact", "QĐ 58 của Sở Nội vụ Vân Khê có hiệu lực từ khi nào?",
     "Quyết định có hiệu lực thi hành kể từ ngày ký (Điều 2); ngày ký là 16/01/2026.",
     ["kể từ ngày ký"], A, "Điều 2", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.")
item("fact", "Kế hoạch tuyên truyền CCHC 2026 của Sở Nội vụ Vân Khê căn cứ vào kế hoạch CCHC nào của UBND tỉnh?",
     "Kế hoạch số 09/KH-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà nước tỉnh "
     "Vân Khê năm 2026.",
     ["09/KH-UBND"], A, "preamble",
     "Căn cứ Kế hoạch số 09/KH-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà "
     "nước tỉnh Vân Khê năm 2026;")
item("fact", "Báo cáo CCHC, CĐS quý I/2026 của xã Tân Phúc Hà do ai ký?",
     "Ông Lương Văn Thịnh, Phó Chủ tịch UBND xã, ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. Chủ tịch).",
     ["Lương Văn Thịnh", "PHÓ CHỦ TỊCH"], B, "signature", "Lương Văn Thịnh")
item("fact", "Báo cáo kết quả CCHC và chuyển đổi số quý 1 năm 2026 của xã Tân Phúc Hà là báo cáo số mấy, ngày nào?",
     "Báo cáo số 46/BC-UBND ngày 18/3/2026 của UBND xã Tân Phúc Hà.",
     ["46/BC-UBND", "18/3/2026"], B, "header",
     "Báo cáo số 46/BC-UBND ngày 18/3/2026 của UBND xã Tân Phúc Hà về kết quả công tác cải cách hành chính và chuyển "
     "đổi số Quý I năm 2026.",
     note="the letterhead writes 'Số: 46  /BC-UBND' (number typed into a blank); the full number is in the portal's "
          "summary line above the letterhead, counted in the header zone")
item("fact", "Kế hoạch kiểm tra CCHC, CĐS năm 2025 của huyện Sơn Khê có số hiệu gì và ai ký?",
     "Kế hoạch số 27/KH-UBND ngày 24/02/2025 của UBND huyện Sơn Khê, do Chủ tịch UBND huyện Bế Văn Toản ký "
     "(TM. Ủy ban nhân dân).",
     ["27/KH-UBND", "Bế Văn Toản"], [C, C], ["header", "signature"], ["Số: 27/KH-UBND", "Bế Văn Toản"])
item("fact", "Xã Tân Phúc Hà được thành lập từ những xã nào và hoạt động từ khi nào?",
     "Xã Tân Phúc Hà được thành lập trên cơ sở nhập xã Tân Phúc và xã Phúc Hà (thuộc huyện Sơn Khê trước đây), chính "
     "thức hoạt động từ ngày 01/7/2025.",
     ["xã Tân Phúc và xã Phúc Hà", "01/7/2025"], B, "II.3",
     "Xã Tân Phúc Hà được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên và quy mô dân số của xã Tân Phúc và xã "
     "Phúc Hà (thuộc huyện Sơn Khê trước đây), chính thức hoạt động từ ngày 01/7/2025.")
item("fact", "Ai làm thư ký các đoàn kiểm tra CCHC của huyện Sơn Khê?",
     "Ông Mạc Văn Tùng, chuyên viên Phòng Nội vụ, là Thư ký của cả Đoàn kiểm tra số 1 và Đoàn kiểm tra số 2.",
     ["Mạc Văn Tùng"], [C, C], ["IV.1.1", "IV.1.2"],
     ["- Ông Mạc Văn Tùng, chuyên viên Phòng Nội vụ - Thư ký.", "- Ông Mạc Văn Tùng, chuyên viên Phòng Nội vụ - Thư ký."])
item("fact", "Trang thông tin điện tử của Sở Nội vụ Vân Khê có địa chỉ là gì?",
     "https://sonoivu.vankhe.gov.vn", ["https://sonoivu.vankhe.gov.vn"], A, "Điều 1.III.2.a",
     "Trang thông tin điện tử Sở Nội vụ tại địa chỉ https://sonoivu.vankhe.gov.vn")

# ------------------------------------------------------------------------------------------------ figure
item("figure", "Tổng kinh phí thực hiện kế hoạch tuyên truyền CCHC 2026 của Sở Nội vụ Vân Khê là bao nhiêu? Cuộc thi chiếm bao nhiêu?",
     "Tổng số 285.000.000 đồng (Hai trăm tám mươi lăm triệu đồng) từ dự toán ngân sách năm 2026 giao cho Sở Nội vụ; "
     "trong đó kinh phí tổ chức Cuộc thi là 60.000.000 đồng.",
     ["285.000.000 đồng", "60.000.000 đồng"], A, "Điều 1.V.1",
     "tổng số 285.000.000 đồng (Hai trăm tám mươi lăm triệu đồng), trong đó kinh phí tổ chức Cuộc thi là 60.000.000 đồng.")
item("figure", "Mục tiêu chỉ số SIPAS của tỉnh Vân Khê năm 2026 là bao nhiêu?",
     "Chỉ số SIPAS của tỉnh năm 2026 đạt từ 85% trở lên.", ["85%"], A, "Điều 1.I.1.b",
     "(sau đây gọi tắt là Chỉ số SIPAS) của tỉnh năm 2026 đạt từ 85% trở lên.")
item("figure", "Điều tra xã hội học SIPAS 2026 của Sở Nội vụ Vân Khê khảo sát bao nhiêu phiếu?",
     "3.600 phiếu khảo sát tại Bộ phận Một cửa các cấp.", ["3.600 phiếu"], A, "Điều 1.III.6",
     "Tổ chức điều tra xã hội học xác định Chỉ số SIPAS năm 2026 với quy mô 3.600 phiếu khảo sát tại Bộ phận Một cửa "
     "các cấp")
item("figure", "Quý I/2026 xã Tân Phúc Hà tiếp nhận bao nhiêu hồ sơ TTHC, bao nhiêu hồ sơ nộp trực tuyến?",
     "Tiếp nhận 1.362 hồ sơ, trong đó trực tuyến 1.087 hồ sơ (đạt 79,8%).",
     ["1.362 hồ sơ", "1.087 hồ sơ", "79,8%"], B, "II.2",
     "- Tổng số hồ sơ tiếp nhận trong quý: 1.362 hồ sơ (trong đó trực tuyến 1.087 hồ sơ, đạt 79,8%)")
item("figure", "Lĩnh vực chứng thực ở xã Tân Phúc Hà quý I/2026 tiếp nhận bao nhiêu hồ sơ, đã giải quyết bao nhiêu, trễ hạn mấy?",
     "Chứng thực: tiếp nhận 517 hồ sơ (trực tuyến 389), đã giải quyết 509, trễ hạn 2.",
     ["517", "509"], B, "II.2", "2\tChứng thực\t517\t389\t509\t2",
     note="a row of the tab-separated figures table (non-task table, belongs to II.2)")
item("figure", "Tỷ lệ số hóa hồ sơ và tỷ lệ thanh toán trực tuyến phí, lệ phí của xã Tân Phúc Hà quý 1/2026?",
     "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 92,3%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 41,6%.",
     ["92,3%", "41,6%"], B, "II.2",
     "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 92,3%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 41,6%.")
item("figure", "Xã Tân Phúc Hà có bao nhiêu tổ công nghệ số cộng đồng, bao nhiêu thành viên?",
     "Duy trì 14 Tổ công nghệ số cộng đồng tại 14 thôn với 70 thành viên.",
     ["14 Tổ công nghệ số cộng đồng", "70 thành viên"], B, "II.6",
     "- Duy trì 14 Tổ công nghệ số cộng đồng tại 14 thôn với 70 thành viên")

# ------------------------------------------------------------------------------------------------ list
item("list", "Đoàn kiểm tra số 2 của huyện Sơn Khê kiểm tra trực tiếp những đơn vị nào?",
     "Đoàn số 2 kiểm tra: Phòng Tài chính - Kế hoạch (chiều 16/4/2025), UBND xã Khe Thượng (sáng 17/4/2025), UBND xã "
     "Na Lầu (chiều 17/4/2025) và UBND xã Đồng Mơ (cả ngày 23/4/2025).",
     ["Khe Thượng", "Na Lầu", "Đồng Mơ"], [C, C, C, C], ["IV.3", "IV.3", "IV.3", "IV.3"],
     ["Phòng Tài chính - Kế hoạch", "UBND xã Khe Thượng", "UBND xã Na Lầu", "UBND xã Đồng Mơ"],
     note="four units; must_include keeps three of them (limit of three strings)")
item("list", "Kế hoạch tuyên truyền CCHC 2026 của Sở Nội vụ Vân Khê hướng tới những đối tượng nào?",
     "a) Cán bộ, công chức, viên chức, người lao động trong các cơ quan hành chính nhà nước trên địa bàn tỉnh; b) "
     "Người dân, doanh nghiệp và các tổ chức có giao dịch với cơ quan hành chính nhà nước.",
     ["Cán bộ, công chức, viên chức, người lao động", "Người dân, doanh nghiệp"], [A, A],
     ["Điều 1.I.3.a", "Điều 1.I.3.b"],
     ["a) Cán bộ, công chức, viên chức, người lao động trong các cơ quan hành chính nhà nước trên địa bàn tỉnh.",
      "b) Người dân, doanh nghiệp và các tổ chức có giao dịch với cơ quan hành chính nhà nước."])
item("list", "Báo cáo quý I/2026 của xã Tân Phúc Hà nêu những tồn tại, hạn chế gì?",
     "Còn 07 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai; tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp so với "
     "chỉ tiêu của tỉnh; sóng di động 4G tại thôn Khe Mây và thôn Bãi Sậy còn yếu.",
     ["07 hồ sơ trễ hạn", "thanh toán trực tuyến", "thôn Khe Mây"], [B, B, B], ["III.2", "III.2", "III.2"],
     ["- Còn 07 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai.",
      "- Tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp so với chỉ tiêu của tỉnh.",
      "- Sóng di động 4G tại thôn Khe Mây và thôn Bãi Sậy còn yếu"])
item("list", "Nội dung kiểm tra công tác chuyển đổi số của huyện Sơn Khê gồm những gì?",
     "2.1 Việc sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số; 2.2 tỷ lệ hồ sơ trực tuyến, tỷ lệ số hóa "
     "hồ sơ, kết quả giải quyết TTHC; 2.3 hoạt động của Tổ công nghệ số cộng đồng ở thôn, bản, tổ dân phố; 2.4 việc "
     "bảo đảm an toàn thông tin mạng tại đơn vị.",
     ["chữ ký số", "Tổ công nghệ số cộng đồng", "an toàn thông tin mạng"], [C, C, C, C],
     ["III.2.1", "III.2.2", "III.2.3", "III.2.4"],
     ["2.1. Việc sử dụng Hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc.",
      "2.2. Tỷ lệ hồ sơ trực tuyến, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.",
      "2.3. Hoạt động của Tổ công nghệ số cộng đồng ở thôn, bản, tổ dân phố.",
      "2.4. Việc bảo đảm an toàn thông tin mạng tại đơn vị."],
     note="decimal items 2.1-2.4 under '2.' under 'III.'")
item("list", "Quý I/2026 xã Tân Phúc Hà đã tuyên truyền trực tiếp về CCHC tại những thôn nào?",
     "Tại 06 thôn: thôn Khe Mây, thôn Bãi Sậy, thôn Nà Pục, thôn Đồng Quang, thôn Tân Lập, thôn Phúc Sơn (khoảng 640 "
     "lượt người dân tham dự).",
     ["thôn Nà Pục", "thôn Đồng Quang", "thôn Phúc Sơn"], B, "I",
     "tổ chức 01 đợt tuyên truyền trực tiếp tại 06 thôn (thôn Khe Mây, thôn Bãi Sậy, thôn Nà Pục, thôn Đồng Quang, "
     "thôn Tân Lập, thôn Phúc Sơn)")

# ------------------------------------------------------------------------------------------------ period
item("period", "Trong quý III/2026, bảng tiến độ của QĐ 58 (Sở Nội vụ Vân Khê) có những hoạt động trọng tâm nào?",
     "Ba hoạt động: sản xuất 12 video ngắn hướng dẫn nộp hồ sơ, thanh toán phí, lệ phí trực tuyến (Quý II - Quý "
     "III/2026); Cuộc thi trực tuyến “Tìm hiểu cải cách hành chính tỉnh Vân Khê năm 2026” (01/7/2026 - 31/8/2026); "
     "Hội nghị tập huấn nghiệp vụ tuyên truyền CCHC đợt 2 (tháng 9/2026).",
     ["12 video ngắn", "Cuộc thi trực tuyến", "đợt 2"], [A, A, A], ["Điều 1.IV.4", "Điều 1.IV.5", "Điều 1.IV.6"],
     ["Sản xuất 12 video ngắn hướng dẫn nộp hồ sơ, thanh toán phí, lệ phí trực tuyến",
      "Phát động và tổ chức Cuộc thi trực tuyến “Tìm hiểu cải cách hành chính tỉnh Vân Khê năm 2026”",
      "Hội nghị tập huấn nghiệp vụ tuyên truyền CCHC đợt 2 (khu vực phía Nam tỉnh)"],
     note="a window overlapping the quarter counts; the award ceremony (tháng 10) is Q4")
item("period", "Ngày 17/4/2025 đoàn kiểm tra huyện Sơn Khê làm việc ở những đơn vị nào?",
     "Đoàn số 2: buổi sáng UBND xã Khe Thượng, buổi chiều UBND xã Na Lầu (Thứ Năm, 17/4/2025).",
     ["Khe Thượng", "Na Lầu", "Đoàn số 2"], C, "IV.3", "Thứ Năm, 17/4/2025")
item("period", "Trong tháng 6/2026 xã Tân Phúc Hà có những việc gì phải làm theo phương hướng quý II?",
     "Phòng Kinh tế báo cáo UBND xã kết quả khảo sát, đề xuất lắp đặt trạm phát sóng cho thôn Khe Mây và thôn Bãi Sậy "
     "trong tháng 6/2026; Văn phòng HĐND và UBND xã gửi báo cáo kết quả CCHC, CĐS Quý II năm 2026 về Sở Nội vụ trước "
     "ngày 19/6/2026.",
     ["tháng 6/2026", "19/6/2026"], [B, B], ["IV.4", "IV.6"],
     ["báo cáo Ủy ban nhân dân xã trong tháng 6/2026.",
      "6. Văn phòng HĐND và UBND xã tổng hợp, xây dựng báo cáo kết quả CCHC, CĐS Quý II năm 2026 gửi Sở Nội vụ trước "
      "ngày 19/6/2026."],
     note="tasks with an open timing ('trong Quý II') are not listed")

# ------------------------------------------------------------------------------------------------ count
item("count", "Huyện Sơn Khê thành lập mấy đoàn kiểm tra CCHC, CĐS năm 2025?",
     "02 Đoàn kiểm tra (Đoàn kiểm tra số 1 và Đoàn kiểm tra số 2).", ["02 Đoàn kiểm tra"], C, "IV.1",
     "Thành lập 02 Đoàn kiểm tra, thành phần cụ thể như sau:")
item("count", "Có bao nhiêu xã, thị trấn được huyện Sơn Khê kiểm tra trực tiếp năm 2025?",
     "07 xã, thị trấn: xã Tân Phúc, xã Phúc Hà, thị trấn Sơn Khê, xã Khe Thượng, xã Na Lầu, xã Bản Viền, xã Đồng Mơ "
     "(cùng 02 cơ quan chuyên môn).",
     ["07 xã, thị trấn"], C, "II.1",
     "- 07 xã, thị trấn: xã Tân Phúc, xã Phúc Hà, thị trấn Sơn Khê, xã Khe Thượng, xã Na Lầu, xã Bản Viền, xã Đồng Mơ;")
item("count", "Năm 2026 xã Tân Phúc Hà đã ban hành bao nhiêu kế hoạch về CCHC, CĐS?",
     "04 kế hoạch: Kế hoạch thực hiện công tác CCHC năm 2026; Kế hoạch tuyên truyền CCHC năm 2026; Kế hoạch CĐS năm "
     "2026; Kế hoạch kiểm tra công tác CCHC năm 2026.",
     ["04 kế hoạch"], B, "I",
     "Ủy ban nhân dân xã đã ban hành 04 kế hoạch về CCHC, CĐS năm 2026")
item("count", "Bảng tiến độ các hoạt động trọng tâm trong QĐ 58/QĐ-SNV có bao nhiêu hoạt động?",
     "9 hoạt động (STT 1 đến 9).", ["9"], A, "Điều 1.IV",
     "Các hoạt động trọng tâm của Kế hoạch được triển khai theo bảng sau:",
     note="derived count: the document does not state the number; rows STT 1-9")

# ------------------------------------------------------------------------------------------------ abbreviation
item("abbreviation", "SIPAS trong QĐ 58 của Sở Nội vụ Vân Khê là chỉ số gì?",
     "Chỉ số SIPAS là Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
     ["Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"], A, "Điều 1.I.1.b",
     "- Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (sau đây gọi tắt là "
     "Chỉ số SIPAS)")
item("abbreviation", "DTI trong kế hoạch kiểm tra của huyện Sơn Khê là gì?",
     "DTI là Chỉ số đánh giá mức độ chuyển đổi số.", ["Chỉ số đánh giá mức độ chuyển đổi số"], C, "I.1",
     "Chỉ số đánh giá mức độ chuyển đổi số (DTI)")
item("abbreviation", "PAR INDEX la chi so gi vay?",
     "PAR INDEX là Chỉ số cải cách hành chính (Quyết định 58/QĐ-SNV, Điều 1, mục II.4).",
     ["Chỉ số cải cách hành chính"], A, "Điều 1.II.4", "Chỉ số cải cách hành chính (PAR INDEX)")
item("abbreviation", "Trong báo cáo quý I/2026 của xã Tân Phúc Hà, CĐS là viết tắt của gì?",
     "CĐS là chuyển đổi số (CCHC là cải cách hành chính).", ["chuyển đổi số"], B, "preamble",
     "cải cách hành chính (CCHC) và chuyển đổi số (CĐS)")

# ------------------------------------------------------------------------------------------------ cross_document
item("cross_document", "Xã Tân Phúc Hà ban hành kế hoạch tuyên truyền CCHC 2026 có kịp hạn Sở Nội vụ Vân Khê yêu cầu không?",
     "Có. Xã ban hành Kế hoạch số 15/KH-UBND ngày 05/02/2026 về tuyên truyền CCHC năm 2026, trong khi Quyết định "
     "58/QĐ-SNV yêu cầu các xã, phường ban hành trước ngày 28/02/2026.",
     ["15/KH-UBND", "05/02/2026", "28/02/2026"], [B, A], ["preamble", "Điều 1.VI.3.a"],
     ["Kế hoạch số 15/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân xã về tuyên truyền cải cách hành chính năm 2026",
      "xây dựng và ban hành kế hoạch tuyên truyền CCHC năm 2026 của địa phương trước ngày 28/02/2026."])
item("cross_document", "So sánh tần suất phát trên loa truyền thanh: Sở Nội vụ yêu cầu bao nhiêu, xã Tân Phúc Hà quý I thực tế phát bao nhiêu?",
     "QĐ 58 của Sở Nội vụ yêu cầu phát bản tin CCHC 02 lần/tuần (sáng thứ Ba và sáng thứ Sáu); xã Tân Phúc Hà báo cáo "
     "quý I đã tuyên truyền trên loa truyền thanh 03 buổi/tuần, nhiều hơn yêu cầu.",
     ["02 lần/tuần", "03 buổi/tuần"], [A, B], ["Điều 1.III.5", "I"],
     ["bảo đảm phát 02 lần/tuần vào sáng thứ Ba và sáng thứ Sáu.",
      "Tuyên truyền trên hệ thống loa truyền thanh của xã 03 buổi/tuần"])
item("cross_document", "Hai xã cũ nhập thành xã Tân Phúc Hà đã được huyện Sơn Khê kiểm tra CCHC năm 2025 vào ngày nào, do đoàn nào?",
     "Xã Tân Phúc Hà được lập từ xã Tân Phúc và xã Phúc Hà. Theo Kế hoạch 27/KH-UBND của huyện Sơn Khê, cả hai được "
     "Đoàn số 1 kiểm tra vào Thứ Ba, 15/4/2025: xã Tân Phúc buổi sáng, xã Phúc Hà buổi chiều.",
     ["15/4/2025", "Đoàn số 1"], [B, C], ["II.3", "IV.3"],
     ["Xã Tân Phúc Hà được thành lập trên cơ sở nhập toàn bộ diện tích tự nhiên và quy mô dân số của xã Tân Phúc và xã "
      "Phúc Hà (thuộc huyện Sơn Khê trước đây)", "Thứ Ba, 15/4/2025"])
item("cross_document", "Hội nghị tập huấn tuyên truyền CCHC đợt 1 mà xã Tân Phúc Hà cử người dự: xã cử mấy người, đơn vị nào của Sở chủ trì, vào tháng mấy?",
     "Xã cử 02 công chức tham dự; hội nghị đợt 1 (khu vực phía Bắc tỉnh) do " + CCHC_UNIT + " (Sở Nội vụ) chủ trì, "
     "tổ chức tháng 4/2026.",
     ["02 công chức", CCHC_UNIT, "Tháng 4/2026"], [B, A, A], ["IV.5", "Điều 1.IV.3", "Điều 1.IV.3"],
     ["5. Cử 02 công chức tham dự Hội nghị tập huấn nghiệp vụ tuyên truyền CCHC đợt 1 do Sở Nội vụ tổ chức cho các xã "
      "khu vực phía Bắc tỉnh (tháng 4/2026).",
      "Hội nghị tập huấn nghiệp vụ tuyên truyền CCHC đợt 1 (khu vực phía Bắc tỉnh)", "Tháng 4/2026"])
item("cross_document", "Hạn xã Tân Phúc Hà gửi báo cáo quý II có đúng hạn báo cáo quý mà Sở Nội vụ Vân Khê quy định không?",
     "Có. Sở Nội vụ yêu cầu các xã, phường báo cáo kết quả tuyên truyền CCHC hằng quý trước ngày 20 của tháng cuối "
     "quý; xã Tân Phúc Hà đặt hạn gửi báo cáo CCHC, CĐS Quý II về Sở Nội vụ trước ngày 19/6/2026, sớm hơn hạn đó.",
     ["trước ngày 20 của tháng cuối quý", "19/6/2026"], [A, B], ["Điều 1.VI.3.b", "IV.6"],
     ["báo cáo kết quả tuyên truyền CCHC hằng quý về Sở Nội vụ (qua " + CCHC_UNIT + ") trước ngày 20 của tháng cuối quý.",
      "gửi Sở Nội vụ trước ngày 19/6/2026."])
item("cross_document", "Who signed the Sơn Khê district inspection plan and who signed the Vân Khê Department of Home Affairs decision 58?",
     "The inspection plan 27/KH-UBND was signed by Bế Văn Toản, Chủ tịch UBND huyện Sơn Khê (TM. Ủy ban nhân dân); "
     "Decision 58/QĐ-SNV was signed by Hoàng Thị Minh Nguyệt, Phó Giám đốc, on behalf of the Director (KT. Giám đốc).",
     ["Bế Văn Toản", "Hoàng Thị Minh Nguyệt"], [C, A], ["signature", "signature"], ["Bế Văn Toản", "Hoàng Thị Minh Nguyệt"])

# ------------------------------------------------------------------------------------------------ no_diacritics
item("no_diacritics", "kinh phi to chuc cuoc thi tim hieu cchc van khe 2026 la bao nhieu",
     "Kinh phí tổ chức Cuộc thi là 60.000.000 đồng (trong tổng kinh phí 285.000.000 đồng của Kế hoạch).",
     ["60.000.000 đồng"], A, "Điều 1.V.1", "trong đó kinh phí tổ chức Cuộc thi là 60.000.000 đồng.")
item("no_diacritics", "doan kiem tra so 1 huyen son khe gom nhung ai",
     "Đoàn kiểm tra số 1: Ông Lò Minh Khang, Phó Chủ tịch UBND huyện - Trưởng đoàn; Bà Vi Thị Hạnh, Trưởng phòng Nội "
     "vụ - Phó Trưởng đoàn; Ông Nông Đức Thiện, Phó Trưởng phòng Văn hóa và Thông tin - Thành viên; Bà Hà Thị Yến, "
     "Phó Chánh Văn phòng HĐND và UBND huyện - Thành viên; Ông Mạc Văn Tùng, chuyên viên Phòng Nội vụ - Thư ký.",
     ["Lò Minh Khang", "Nông Đức Thiện", "Hà Thị Yến"], C, "IV.1.1",
     "- Ông Lò Minh Khang, Phó Chủ tịch Ủy ban nhân dân huyện - Trưởng đoàn;")
item("no_diacritics", "xa tan phuc ha hien co bao nhieu can bo cong chuc",
     "Tổng số cán bộ, công chức hiện có là 41 người (biên chế được giao 45 người).",
     ["41 người", "45 người"], B, "II.3",
     "tổng số cán bộ, công chức hiện có là 41 người (biên chế được giao 45 người).")
item("no_diacritics", "quy 1 2026 xa tan phuc ha co bao nhieu ho so tre han, linh vuc nao",
     "Còn 07 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai (bảng: đất đai 5, chứng thực 2).",
     ["07 hồ sơ", "đất đai"], B, "III.2", "- Còn 07 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai.")
item("no_diacritics", "don vi duoc kiem tra phai bao cao ket qua khac phuc trong bao lau",
     "Trong thời hạn 15 ngày kể từ ngày nhận Thông báo kết luận kiểm tra, báo cáo kết quả khắc phục về UBND huyện "
     "Sơn Khê (qua Phòng Nội vụ).",
     ["15 ngày"], C, "V.4",
     "- Trong thời hạn 15 ngày kể từ ngày nhận Thông báo kết luận kiểm tra, báo cáo kết quả khắc phục tồn tại, hạn chế "
     "về Ủy ban nhân dân huyện (qua Phòng Nội vụ).")

# ------------------------------------------------------------------------------------------------ english
item("english", "Which unit of the Vân Khê Department of Home Affairs is the focal point for following up its 2026 administrative reform communication plan?",
     f"{CCHC_UNIT} is the focal point (đầu mối) helping the Director monitor, urge and guide the plan's "
     "implementation.",
     [CCHC_UNIT], A, "Điều 1.VI.1",
     "a) Là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch.",
     note="the unit is the heading of VI.1")
item("english", "By when must Sơn Khê district report its 2025 inspection results, first to the district and then to the province?",
     "Phòng Nội vụ reports the results to UBND huyện before 09/5/2025 (trước ngày 09/5/2025), so that the district "
     "reports to UBND tỉnh (via Sở Nội vụ) before 15/5/2025 (trước ngày 15/5/2025).",
     ["09/5/2025", "15/5/2025"], C, "V.1",
     "- Tổng hợp, báo cáo Ủy ban nhân dân huyện kết quả kiểm tra trước ngày 09/5/2025 để báo cáo Ủy ban nhân dân tỉnh "
     "(qua Sở Nội vụ) trước ngày 15/5/2025.")
item("english", "What share of Tân Phúc Hà commune's applications in Q1 2026 were submitted online?",
     "79,8% (1.087 of 1.362 applications were submitted online).", ["79,8%"], B, "II.2",
     "(trong đó trực tuyến 1.087 hồ sơ, đạt 79,8%)")

# ------------------------------------------------------------------------------------------------ unanswerable
none("Giải nhất cuộc thi tìm hiểu CCHC tỉnh Vân Khê 2026 được thưởng bao nhiêu tiền?",
     "Các tài liệu không nêu mức giải thưởng; Quyết định 58/QĐ-SNV chỉ ghi kinh phí tổ chức Cuộc thi là 60.000.000 đồng "
     "và thể lệ do Ban Tổ chức ban hành.",
     "near miss: the contest budget is given, the prizes are not")
none("Chủ tịch UBND xã Tân Phúc Hà tên là gì?",
     "Các tài liệu không nêu tên Chủ tịch UBND xã Tân Phúc Hà; báo cáo quý I/2026 do Phó Chủ tịch Lương Văn Thịnh ký "
     "thay Chủ tịch.",
     "near miss: the report is signed KT. CHỦ TỊCH by the vice-chairman")
none("Kế hoạch chuyển đổi số năm 2026 của xã Tân Phúc Hà là kế hoạch số mấy?",
     "Báo cáo chỉ liệt kê Kế hoạch CĐS năm 2026 trong 04 kế hoạch đã ban hành mà không ghi số hiệu, ngày ban hành.",
     "near miss: two other plans of the commune have numbers (07/KH-UBND, 15/KH-UBND)")
none("Kết quả kiểm tra CCHC năm 2025 tại xã Phúc Hà được đánh giá thế nào?",
     "Không có thông tin: Kế hoạch 27/KH-UBND của huyện Sơn Khê chỉ nêu lịch kiểm tra (chiều 15/4/2025, Đoàn số 1), "
     "không có kết quả kiểm tra.",
     "the inspection plan has no results")
none("Hội nghị tập huấn tuyên truyền CCHC đợt 1 của Sở Nội vụ Vân Khê tổ chức ở hội trường nào?",
     "Tài liệu không nêu địa điểm cụ thể; chỉ ghi đợt 1 dành cho các xã khu vực phía Bắc tỉnh, tháng 4/2026.",
     "near miss: region and month are given, not the venue")
none("Chỉ số SIPAS năm 2025 của tỉnh Vân Khê đạt bao nhiêu phần trăm?",
     "Tài liệu không nêu kết quả SIPAS năm 2025; Quyết định 58/QĐ-SNV chỉ đặt mục tiêu năm 2026 đạt từ 85% trở lên.",
     "near miss: only the 2026 target is stated")
none("What is the phone number of the Tân Phúc Hà commune public administrative service centre?",
     "The documents do not give any phone number for the Trung tâm Phục vụ hành chính công xã Tân Phúc Hà.",
     "no phone number anywhere, not even in the portal footer")
none("Kinh phí cho các đoàn kiểm tra CCHC của huyện Sơn Khê năm 2025 là bao nhiêu tiền?",
     "Kế hoạch không nêu số tiền; chỉ giao Phòng Tài chính - Kế hoạch bố trí kinh phí từ nguồn kinh phí CCHC năm 2025 "
     "của huyện.",
     "near miss: the funding source is named, no amount")

PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}


def main():
    n = collections.Counter()
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8") as f:
        for it in ITEMS:
            n[it["kind"]] += 1
            it["id"] = f"l4-{PREFIX[it['kind']]}-{n[it['kind']]:03d}"
            line = json.dumps(it, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", line) + "\n")
    print(len(ITEMS), "items", dict(n))


if __name__ == "__main__":
    main()
