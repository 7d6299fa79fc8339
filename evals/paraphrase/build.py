"""Builds the working paraphrase split from hand-written paraphrases (PARA below).
Run from the repository: python evals/paraphrase/build.py"""
import json, unicodedata
from pathlib import Path
HERE = Path(__file__).resolve().parent
SRC = {"five": HERE.parent / "qa.jsonl", "new": HERE.parent / "new_plans" / "qa.jsonl"}
OUT = {"five": HERE / "five_plans.jsonl", "new": HERE / "new_plans.jsonl"}

# orig_id: (english_q, (two_part_q, extra_must_include or None, appended_sentence or None), (style3, q3))
PARA = {
# ---------------- five Quảng Ngãi plans (24) ----------------
"lead-005": (
 "Under the province's 2025 communication plan on administrative reform and digital transformation (the UBND tỉnh draft), who is responsible for posting digital-transformation news on the Digital Transformation section of the provincial web portal?",
 ("Theo kế hoạch truyền thông CCHC và CDS 2025 của UBND tỉnh, đơn vị nào chủ trì cập nhật tin bài trên chuyên mục Chuyển đổi số của Cổng thông tin điện tử tỉnh, và mỗi tháng phải đăng khoảng bao nhiêu tin bài?",
  "khoảng 15 tin, bài, video/tháng", "Tần suất: khoảng 15 tin, bài, video/tháng (bao gồm tiếng Anh và tiếng Việt)."),
 ("informal", "kh truyền thông cchc cds 2025 của ubnd tỉnh, ai lo đăng tin bài lên chuyên mục chuyển đổi số trên cổng ttđt tỉnh vậy mn")),
"lead-017": (
 "Which department is tasked with guiding units, localities and the press on how to communicate about administrative reform (CCHC)?",
 ("Cơ quan nào hướng dẫn các đơn vị, địa phương và báo chí cách truyền thông về CCHC, và việc này làm trong thời gian nào?",
  "Quý I/2025", None),
 ("initials", "Sở nào HD các đơn vị, địa phương, cơ quan BC-TT truyền thông về CCHC theo KH truyền thông CCHC, CĐS 2025 của UBND tỉnh?")),
"lead-029": (
 "In the Provincial People's Committee Office's 2023 administrative reform communication plan, which division leads the integration of CCHC content into briefing meetings?",
 ("Theo kế hoạch tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh, phòng nào chủ trì lồng ghép nội dung CCHC qua các cuộc họp giao ban, và phối hợp với ai?",
  "Các phòng, ban, đơn vị", None),
 ("no_diacritics", "ke hoach tuyen truyen cchc nam 2023 cua van phong ubnd tinh, phong nao chu tri long ghep noi dung cchc qua cac cuoc hop giao ban")),
"lead-041": (
 "Under plan 281 of the Department of Science and Technology, who publishes the administrative procedures and CCHC documents on the Department's own website?",
 ("Sở KHCN đăng tải công khai các TTHC và văn bản về CCHC lên trang thông tin điện tử thành phần của Sở thì ai làm, và làm vào thời gian nào?",
  "Thường xuyên trong năm", "Thời gian thực hiện: Thường xuyên trong năm."),
 ("typo", "Sở KHCN đăng tả công khai cac TTHC và văn bảng về CCHC lên trang thông tin điện tữ thành phần của Sở thì ai lam?")),
"coord-001": (
 "When the provincial radio and television station produces the digital transformation programme on its radio channel, which agencies does it coordinate with?",
 ("Đài PT-TH tỉnh làm chuyên mục chuyển đổi số trên kênh phát thanh thì phối hợp với những ai, và chuyên mục phát bao nhiêu số một năm?",
  "52 số/năm", "Tần suất: 01 số /tuần (52 số/năm)."),
 ("informal", "đài pt-th tỉnh làm chuyên mục cđs trên kênh phát thanh thì phối hợp vs ai z")),
"coord-009": (
 "In the Office's 2023 CCHC communication plan, which units coordinate on updating and publicly posting administrative procedures?",
 ("Kế hoạch 2023 của Văn phòng UBND tỉnh: việc cập nhật, niêm yết công khai TTHC do đơn vị nào chủ trì và có những đơn vị nào phối hợp?",
  "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát thủ tục hành chính."),
 ("initials", "KH 2023 của VP UBND tỉnh: cập nhật, niêm yết công khai TTHC thì những ĐV nào phối hợp?")),
"coord-013": (
 "When the editorial board of the Department of Science and Technology's website maintains the CCHC section, who does it work with?",
 ("Ban Biên tập Trang TTĐT của Sở KHCN duy trì mục tuyên truyền CCHC thì phối hợp với ai, và làm trong thời gian nào?",
  "Thường xuyên trong năm", "Thời gian thực hiện: Thường xuyên trong năm."),
 ("no_diacritics", "ban bien tap trang ttdt cua so khcn duy tri muc tuyen truyen cchc thi phoi hop voi ai")),
"timing-007": (
 "In the Department of Science and Technology's plan, when does the training on maintaining, improving and internally auditing ISO 9001:2015 for administrative agencies take place?",
 ("Đào tạo về duy trì, cải tiến, đánh giá nội bộ ISO 9001:2015 cho cơ quan hành chính diễn ra khi nào, và phòng nào chủ trì?",
  "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "Đơn vị chủ trì thực hiện: Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng."),
 ("typo", "Đào tạo vê duy trì, cải tiến, đánh gía nội bộ ISO 9001:2015 cho cơ quan hàng chính diễn ra khi nao?")),
"timing-011": (
 "In the Provincial People's Committee Office's 2023 plan, when is the promotion of online public services, online payment and postal services carried out?",
 ("Trong KH 2023 của VP UBND tỉnh, tuyên truyền dịch vụ công trực tuyến, thanh toán trực tuyến, bưu chính thực hiện vào thời gian nào, và đơn vị nào chủ trì?",
  "Trung tâm Phục vụ - Kiểm soát thủ tục hành chính", "Đơn vị chủ trì: Trung tâm Phục vụ - Kiểm soát thủ tục hành chính."),
 ("informal", "kh 2023 của vp ubnd tỉnh, vụ tuyên truyền dvc trực tuyến, thanh toán online, bưu chính làm lúc nào v ad")),
"timing-015": (
 "When was the leadership-skills training on handling administrative procedures held for officials of Đức Phổ town?",
 ("Bồi dưỡng kỹ năng lãnh đạo về giải quyết TTHC cho cán bộ thị xã Đức Phổ diễn ra lúc nào, và Văn phòng phối hợp với đơn vị nào để tổ chức?",
  "Trường Chính trị tỉnh", "Phối hợp với Trường Chính trị tỉnh bồi dưỡng kỹ năng lãnh đạo, quản lý nhà nước về nâng cao hiệu quả hoạt động giải quyết TTHC cho cán bộ lãnh đạo, quản lý của thị xã Đức Phổ (tháng 11/2023)."),
 ("initials", "Bồi dưỡng KN lãnh đạo về giải quyết TTHC cho CB lãnh đạo, quản lý TX Đức Phổ diễn ra khi nào?")),
"freq-001": (
 "How often does the PCI bulletin air on provincial television, and how long is each episode?",
 ("Bản tin PCI trên kênh truyền hình phát bao lâu một lần, mỗi số mấy phút, và cơ quan nào chủ trì?",
  "Đài Phát thanh và Truyền hình tỉnh", "Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh."),
 ("no_diacritics", "ban tin pci tren kenh truyen hinh phat bao lau mot lan, moi so may phut")),
"freq-009": (
 "How often is the digital bulletin “Cải cách hành chính” (Administrative Reform) published?",
 ("Bản tin số “Cải cách hành chính” xuất bản bao lâu một số, và cơ quan nào chủ trì?",
  "Sở Khoa học và Công nghệ", "Cơ quan chủ trì: Sở Khoa học và Công nghệ."),
 ("typo", "Bản tin sô “Cải cách hành chánh” xuất bảng bao lâu môt số?")),
"freq-013": (
 "Under the Office's 2025 plan, how often does the Trung tâm Phục vụ - Kiểm soát TTHC (public administration service centre) update and publish the results of the Index for direction, administration and service-quality assessment?",
 ("Kết quả đánh giá Bộ Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ được Trung tâm Phục vụ cập nhật định kỳ thế nào, và theo Quyết định nào của Thủ tướng?",
  "766/QĐ-TTg", "Việc này thực hiện theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ."),
 ("informal", "kết quả bộ chỉ số chỉ đạo điều hành, đánh giá chất lượng phục vụ thì tt phục vụ cập nhật bao lâu 1 lần vậy mn (kh 2025 của vp ubnd tỉnh)")),
"fact-003": (
 "Who signed the Provincial People's Committee Office's 2023 CCHC communication plan?",
 ("Kế hoạch tuyên truyền CCHC năm 2023 của Văn phòng UBND tỉnh do ai ký, với chức vụ gì?",
  "CHÁNH VĂN PHÒNG", None),
 ("initials", "KH tuyên truyền CCHC 2023 của VP UBND tỉnh ai ký vậy?")),
"fact-011": (
 "What was Quảng Ngãi's national ranking for online payment in November 2023?",
 ("Tháng 11/2023 Quảng Ngãi đứng thứ mấy cả nước về thanh toán trực tuyến, còn tháng 10/2023 đứng thứ mấy?",
  "thứ 03", None),
 ("no_diacritics", "thang 11/2023 quang ngai dung thu may ca nuoc ve thanh toan truc tuyen")),
"fact-023": (
 "What is the document number of the province's 2025 communication plan on CCHC and digital transformation (the version in the document set)?",
 ("Kế hoạch truyền thông về CCHC và CDS năm 2025 của UBND tỉnh (bản trong bộ tài liệu) mang số hiệu bao nhiêu, và ghi ngày ban hành nào?",
  "ngày tháng năm 2025", "Dòng địa danh, ngày tháng ghi “Quảng Ngãi, ngày tháng năm 2025”."),
 ("typo", "Kế hoạch truyền thông vê CCHC và CDS năm 2025 của UBND tĩnh (bản trong bộ tài liệu) mang sô hiệu bao nhiu?")),
"abbr-004": (
 "In the Department of Science and Technology's plan, what index does PCI stand for?",
 ("PCI trong kế hoạch của Sở KHCN là chỉ số gì, và PAR INDEX là chỉ số gì?",
  "Chỉ số CCHC (PAR INDEX)", "Cùng mục nêu Chỉ số CCHC (PAR INDEX) và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)."),
 ("informal", "pci trong kh của sở khcn là chỉ số j vậy ad")),
"list-002": (
 "What forms of CCHC communication does the Department of Science and Technology use in 2025?",
 ("Sở KHCN tuyên truyền CCHC năm 2025 bằng những hình thức gì, và việc kiểm tra áp dụng ISO 9001:2015 làm vào quý nào?",
  "Quý IV/2025", "Việc kiểm tra áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 do Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì, thời gian thực hiện: Quý IV/2025."),
 ("initials", "Theo KH 281/KH-SKHCN, Sở KHCN tuyên truyền CCHC năm 2025 bằng những hình thức gì?")),
"list-006": (
 "According to its 2023 report, what CCHC communication content did the Provincial People's Committee Office plan for 2024?",
 ("Năm 2024 Văn phòng UBND tỉnh dự kiến tuyên truyền CCHC những nội dung gì, và sẽ phối hợp với ai để tập huấn chuyên môn cho cán bộ giải quyết TTHC?",
  "UBND cấp huyện", None),
 ("no_diacritics", "nam 2024 van phong ubnd tinh du kien tuyen truyen cchc nhung noi dung gi")),
"cross-001": (
 "Who leads the CCHC section on the provincial web portal in the Office's 2023 plan, and who leads it in the province's 2025 communication plan?",
 ("Chuyên mục CCHC trên Cổng Thông tin điện tử tỉnh: kế hoạch 2023 của Văn phòng UBND tỉnh và kế hoạch truyền thông 2025 của UBND tỉnh giao ai chủ trì, và thời gian thực hiện ra sao?",
  "Thường xuyên trong năm", "Cả hai kế hoạch đều ghi thời gian thực hiện: Thường xuyên trong năm."),
 ("typo", "Chuyên mục CCHC trên Cổng Thông tin điện tữ tỉnh: kế hoạch 2023 của Văn phòng UBND tĩnh và kế hoạch truyền thông 2025 của UBND tỉnh giao ai chủ trỉ?")),
"cross-009": (
 "How did the Provincial People's Committee Office's promotion of online public services in its 2025 plan expand compared with 2023?",
 ("Tuyên truyền dịch vụ công trực tuyến ở Văn phòng UBND tỉnh năm 2025 mở rộng gì so với năm 2023, và đơn vị nào chủ trì?",
  "Trung tâm Phục vụ - Kiểm soát TTHC tỉnh", None),
 ("informal", "tuyên truyền dvc trực tuyến ở vp ubnd tỉnh năm 2025 có j mới so vs 2023 ko")),
"nodia-011": (
 "In 2023, which districts received training on online payment through the National Public Service Portal?",
 ("Năm 2023 tập huấn thanh toán trực tuyến qua Cổng DVC quốc gia cho những huyện nào, và hội nghị tập huấn nghiệp vụ cải cách TTHC do Văn phòng chủ trì diễn ra ngày nào?",
  "22/6/2023", "Hội nghị tập huấn nghiệp vụ công tác cải cách TTHC, kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông diễn ra vào ngày 22/6/2023."),
 ("typo", "Tập huấn thanh toán trực tuyếng qua Cổng DVC quốc gia năm 2023 cho nhưng huyện nào?")),
"en-012": (
 "Under plan 281 of the provincial Department of Science and Technology, to whom must heads of its divisions and units report problems and obstacles?",
 ("In plan 281, who should heads of units at the Department of Science and Technology report difficulties to, and what must they regularly do about the CCHC communication tasks?",
  "kiểm tra, giám sát tiến độ", "They must also regularly “kiểm tra, giám sát tiến độ” (check and supervise progress) and carry out the CCHC communication tasks well."),
 ("initials", "KH 281 Sở KHCN: trưởng các phòng, ĐV thuộc Sở báo cáo khó khăn, vướng mắc cho ai?")),
"unans-004": (
 "Who signed plan 281/KH-SKHCN of the Department of Science and Technology?",
 ("Ai ký Kế hoạch 281/KH-SKHCN của Sở Khoa học và Công nghệ, và số điện thoại của người ký là bao nhiêu?",
  None, "Số điện thoại của người ký cũng không được nêu."),
 ("no_diacritics", "ai ky ke hoach 281/kh-skhcn cua so khoa hoc va cong nghe")),
# ---------------- four other provinces' plans (8) ----------------
"np-lead-005": (
 "Which division of the Hà Tĩnh Department of Health is in charge of rolling out electronic prescriptions?",
 ("Kê đơn thuốc điện tử bên Sở Y tế Hà Tĩnh thì phòng nào phụ trách, và phải triển khai trong thời gian nào?",
  "Quý II/2025", None),
 ("informal", "kê đơn thuốc điện tử bên sở y tế hà tĩnh phòng nào lo z mn")),
"np-coord-001": (
 "In Đồng Xuân district's 2025 CCHC plan, which bodies does the Justice Division (Phòng Tư pháp) coordinate with to monitor enforcement of land law?",
 ("Theo dõi thi hành pháp luật về đất đai năm 2025 ở Đồng Xuân thì Phòng Tư pháp phối hợp với những ai, và hạn hoàn thành là khi nào?",
  "Quý III/2025", "Thời gian hoàn thành: Quý III/2025; sản phẩm: Báo cáo UBND huyện."),
 ("initials", "Theo dõi tình hình THPL về đất đai, TTXD năm 2025 ở H. Đồng Xuân thì Phòng TP phối hợp với những ai?")),
"np-timing-002": (
 "By when must Đồng Xuân district finish adjusting its job-position scheme (đề án vị trí việc làm) in 2024?",
 ("Đề án vị trí việc làm năm 2024 của huyện Đồng Xuân phải điều chỉnh xong khi nào, và phòng nào chủ trì?",
  "Phòng Nội vụ", None),
 ("no_diacritics", "de an vi tri viec lam nam 2024 cua huyen dong xuan phai dieu chinh xong khi nao")),
"np-freq-003": (
 "How many times a year does the Hà Tĩnh Department of Health inspect electronic medical records and cashless payment at health facilities?",
 ("Kiểm tra bệnh án điện tử và thanh toán không dùng tiền mặt ở các cơ sở khám chữa bệnh Hà Tĩnh làm mấy lần một năm, và có những đơn vị nào phối hợp?",
  "Thanh tra Sở", "Đơn vị phối hợp: Phòng KH-TC; Thanh tra Sở."),
 ("typo", "Kiểm tra bệnh án điện tữ và thanh toán không dùng tiền mặc ở các cơ sở khám chữa bệnh Hà Tĩnh làm mấy lần môt năm?")),
"np-fact-007": (
 "What satisfaction-rate target for citizens and businesses did Ninh Thuận set for 2024?",
 ("Ninh Thuận đặt chỉ tiêu tỷ lệ hài lòng của người dân, doanh nghiệp năm 2024 là bao nhiêu, và chỉ tiêu tỷ lệ hồ sơ TTHC giải quyết trực tuyến năm 2024 là bao nhiêu?",
  "50%", "Chỉ tiêu tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến năm 2024 là 50% (năm 2023: 38,6%)."),
 ("informal", "ninh thuận đặt chỉ tiêu hài lòng của dân, dn năm 2024 bn % vậy ad")),
"np-tasks-004": (
 "What groups of tasks does Đồng Xuân district's 2024 administrative reform (CCHC) plan contain?",
 ("Kế hoạch CCHC 2024 của huyện Đồng Xuân gồm những nhóm nhiệm vụ nào, và nhóm cải cách tài chính công giao quyền tự chủ tài chính cho giai đoạn nào?",
  "2024 - 2026", "Nhóm Cải cách tài chính công có nhiệm vụ giao quyền tự chủ về tài chính cho các đơn vị sự nghiệp công lập thuộc huyện giai đoạn 2024 - 2026."),
 ("initials", "KH CCHC 2024 của UBND H. Đồng Xuân gồm những nhóm NV nào?")),
"np-en-001": (
 "Which unit is responsible for online appointment scheduling at Hà Tĩnh's provincial general hospital?",
 ("Who leads the online appointment booking at the Hà Tĩnh provincial general hospital, and in which quarter should it be rolled out?",
  "Quý II/2025", None),
 ("no_diacritics", "dat lich kham benh truc tuyen o benh vien da khoa tinh ha tinh ai chu tri")),
"np-unans-004": (
 "In 2027, whom will the Hà Tĩnh Department of Health assign to implement electronic medical records?",
 ("Năm 2027 Sở Y tế Hà Tĩnh giao ai làm bệnh án điện tử, và phải xong trước ngày nào?",
  None, "Hạn hoàn thành năm 2027 cũng không được nêu."),
 ("typo", "Năm 2027 Sở Y tế Hà Tỉnh giao ai làm bệnh án điện tữ?")),
}

def nfc(s): return unicodedata.normalize("NFC", s)

def main():
    for split, src in SRC.items():
        lines = open(src, encoding="utf-8").read().splitlines()
        out = []
        for idx, line in enumerate(lines):
            o = json.loads(line)
            if o["id"] not in PARA:
                continue
            assert idx % 4 == 0, (o["id"], idx)
            en, (tq, extra, append), (s3, q3) = PARA[o["id"]]
            base = {k: o[k] for k in ("kind", "answer", "must_include", "document", "section", "evidence")}
            for n, (style, q) in enumerate([("english", en), ("two_part", tq), (s3, q3)], 1):
                it = {"id": f"{o['id']}-w{n}", "orig_id": o["id"], "style": style, "question": nfc(q)}
                it.update(json.loads(json.dumps(base)))
                if style == "two_part":
                    if extra and extra not in it["must_include"]:
                        it["must_include"] = it["must_include"] + [nfc(extra)]
                    if append and (extra is None or extra.lower() not in it["answer"].lower()):
                        it["answer"] = it["answer"].rstrip() + " " + nfc(append)
                out.append(it)
        with open(OUT[split], "w", encoding="utf-8") as f:
            for it in out:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        print(OUT[split], len(out))
    missing = set(PARA) - {json.loads(l)["orig_id"] for s in OUT.values() for l in open(s)}
    assert not missing, missing

if __name__ == "__main__":
    main()
