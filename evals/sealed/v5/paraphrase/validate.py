# -*- coding: utf-8 -*-
"""Validate the sealed paraphrase split v5 (five_plans.jsonl, new_plans.jsonl).

    cd /work/main && .venv/bin/python evals/sealed/v5/paraphrase/validate.py

Reads only the two item files of this folder, the two original sets and the plan documents (the .docx with
python-docx, the .pdf with pypdf). It uses no project code. Text is compared after NFC, removing '*',
collapsing whitespace and lower-casing (the comparison the dataset README describes).

Section check: every (document, section) an item cites has a hand-written window below, a start marker and
an end marker taken from the document (end = the next heading or table row). The script checks that each
marker occurs (start exactly once) and then that
  * every evidence entry lies inside the window of its own section,
  * every must_include string lies inside the windows of the item's sections (and in the document),
  * the originals' own evidence lies inside the same windows (a check on the windows themselves).
Selection: no original sits on a 0-based line index divisible by 4 (the working paraphrase set), and none is
an original of v3 or v4 (their ids are read from the keys of their write_paraphrases.py, nothing else).
Exit status 1 and a list of problems when anything fails; "PROBLEMS: 0" otherwise.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SETS = [
    ("five_plans.jsonl", os.path.join(ROOT, "evals", "qa.jsonl"), os.path.join(ROOT, "corpus"), 3),
    ("new_plans.jsonl", os.path.join(ROOT, "evals", "new_plans", "qa.jsonl"),
     os.path.join(ROOT, "evals", "new_plans", "corpus"), 4),
]
FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]
STYLES = ["informal", "no_diacritics", "initials", "english", "typo", "two_part"]

D_DRAFT = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"
D_VP25 = "2025-vp-ubnd-ke-hoach-tuyen-truyen-cchc-cds-dvc-truc-tuyen.txt"
D_VP23 = "2023-vp-ubnd-ke-hoach-tuyen-truyen-cchc.txt"
D_REP = "2023-vp-ubnd-bao-cao-tuyen-truyen-cchc.txt"
D_281 = "2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt"
D_DX24 = "2024-huyen-dong-xuan-ke-hoach-cchc.txt"
D_DX25 = "2025-huyen-dong-xuan-ke-hoach-cchc.docx"
D_HT = "2025-so-y-te-ha-tinh-ke-hoach-cds.pdf"
D_NT = "2024-tinh-ninh-thuan-ke-hoach-tuyen-truyen.md"

# (document, section) -> (start marker, end marker); None = start / end of the document.
# .docx rows are written "STT | task | lead | ..." (cells joined by " | ", one row a line).
# .pdf rows start with their number on a line of its own, followed by the task text.
# .md appendix rows are "| n | task | lead | ... |".
WINDOWS = {
    D_DRAFT: {
        "preamble": ("Triển khai thực hiện Quyết định số 49/QĐ-BNV", "A. MỤC ĐÍCH, YÊU CẦU"),
        "C.I.2.c": ("c) Thực hiện chuyên trang Chuyển đổi số", "d) Duy trì hoạt động chuyên trang điện tử"),
        "C.I.2.e": ("e) Xây dựng, duy trì chuyên mục/chương trình phát thanh", "g) Xây dựng, phát sóng chuyên mục/chương trình phát thanh"),
        "C.I.2.g": ("g) Xây dựng, phát sóng chuyên mục/chương trình phát thanh", "h) Truyền thông, phổ biến pháp luật, cập nhật, đăng tin"),
        "C.I.3.c": ("c) Tổ chức chương trình Bình dân học vụ số", "d) Tổ các chương trình phát động"),
        "C.I.3.đ": ("đ) Tổ chức Cuộc thi tìm hiểu về Chuyển đổi số trong đoàn viên", "e) Tăng cường truyền thông nâng cao nhận thức"),
        "C.I.3.e": ("e) Tăng cường truyền thông nâng cao nhận thức", "4. Xây dựng các tài liệu, ấn phẩm truyền thông"),
        "C.II.1": ("1. Cập nhật, công bố, công khai các TTHC thuộc thẩm quyền", "2. Cập nhật thông tin về CCHC trên Cổng/Trang"),
        "C.II.4": ("4. Tổ chức Cuộc thi Video Clip", "5. Xuất bản Bản tin số"),
        "C.II.5": ("5. Xuất bản Bản tin số", "6. Đặt hàng thiết kế poster"),
        "C.II.6": ("6. Đặt hàng thiết kế poster", "7. Đặt hàng sản xuất video clip"),
        "C.II.7": ("7. Đặt hàng sản xuất video clip tuyên truyền nâng cao", "8. Tổ chức các hoạt động văn hóa, văn nghệ"),
        "C.II.8": ("8. Tổ chức các hoạt động văn hóa, văn nghệ", "9. Tổ chức các lớp tập huấn, bồi dưỡng"),
        "C.II.9": ("9. Tổ chức các lớp tập huấn, bồi dưỡng", "10. Tổ chức tập huấn tuyên truyền pháp luật"),
        "C.II.10": ("10. Tổ chức tập huấn tuyên truyền pháp luật", "11. Lồng ghép tuyên truyền về CCHC trong các Hội nghị"),
        "C.II.12.c": ("c) Sản xuất và phát sóng chuyên mục", "13. Truyền thông CCHC trên hệ thống thông tin cơ sở"),
        "D.2": ("2. Chính quyền địa phương chịu trách nhiệm bố trí kinh phí", "E. TỔ CHỨC THỰC HIỆN"),
        "E.2": ("2. Sở Văn hóa, Thể thao và Du lịch", "3. Sở Nội vụ"),
        "E.3": ("3. Sở Nội vụ", "4. Văn phòng UBND tỉnh"),
        "E.5": ("5. Sở Tài chính:", "6. Sở Tư pháp"),
        "E.6": ("6. Sở Tư pháp", "7. Báo Quảng Ngãi; Đài Phát thanh"),
    },
    D_VP25: {
        "II.2": ("2. Tuyên truyền kết quả đạt được", "3. Tuyên truyền đổi mới thực hiện cơ chế một cửa"),
        "III.4": ("4. Thực hiện và đăng tải tin, bài, hình ảnh", "5. Đẩy mạnh tuyên truyền việc thực hiện dịch vụ công trực tuyến"),
        "III.5": ("5. Đẩy mạnh tuyên truyền việc thực hiện dịch vụ công trực tuyến", "6. Tổ chức theo dõi, kiểm tra, tập huấn"),
        "III.6": ("6. Tổ chức theo dõi, kiểm tra, tập huấn", "7. Tích cực phối hợp với các cơ quan thông tấn"),
        "III.8": ("8. Tuyên truyền, vận động công chức", "IV. TỔ CHỨC THỰC HIỆN"),
    },
    D_VP23: {
        "preamble": ("Thực hiện Kế hoạch số 40/KH-UBND", "I. MỤC ĐÍCH, YÊU CẦU"),
        "II.2": ("2. Các mục tiêu và giải pháp của tỉnh", "3. Thông tin kịp thời tình hình"),
        "III": ("III. HÌNH THỨC TUYÊN TRUYỀN", "IV. TỔ CHỨC THỰC HIỆN"),
        "III.5": ("5. Tổ chức theo dõi, kiểm tra, tập huấn, hướng dẫn nghiệp vụ", "6. Tích cực phối hợp với các cơ quan thông tấn"),
        "III.7": ("7. Tuyên truyền, vận động công chức", "IV. TỔ CHỨC THỰC HIỆN"),
    },
    D_REP: {
        "preamble": ("Thực hiện Công văn số 2164/STTTT-TTBCXB", "I. Kết quả thực hiện công tác tuyên truyền"),
        "I.2.a": ("a) Công tác tuyên truyền CCHC tại Văn phòng", "b) Tuyên truyền thông qua các chuyên trang"),
        "I.2.b": ("b) Tuyên truyền thông qua các chuyên trang", "c) Tuyên truyền thực hiện dịch vụ công trực tuyến"),
        "I.2.c": ("c) Tuyên truyền thực hiện dịch vụ công trực tuyến", "d) Tuyên truyền thông qua các hoạt động"),
        "I.2.d": ("d) Tuyên truyền thông qua các hoạt động", "II. Đánh giá chung"),
    },
    D_281: {
        "header": (None, "Thực hiện Quyết định số 2074/QĐ-UBND"),
        "II.5.b": ("b) Cải cách thủ tục hành chính:", "c) Cải cách tổ chức bộ máy:"),
        "IV.1": ("1. Duy trì mục tuyên truyền CCHC trên Trang Thông tin điện tử của Sở", "2. Đăng tải công khai tất cả các TTHC"),
        "IV.4": ("4. Tổ chức tuyên truyền về công tác CCHC 2025", "5. Tuyên truyền thông qua tổ chức đào tạo"),
        "IV.6": ("6. Tuyên truyền thông qua kiểm tra", "V. KINH PHÍ THỰC HIỆN"),
        "VI.3": ("3. Các phòng, đơn vị thuộc Sở báo cáo kết quả", "Nơi nhận"),
    },
    D_DX24: {
        "III.2.b": ("b) Duy trì đường dây nóng", "c) Rà soát, đánh giá, đề xuất phương án"),
        "III.4.b": ("b) Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", "c) Bồi dưỡng kỹ năng giao tiếp"),
        "III.7.a": ("a) Xây dựng chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện", "b) Khảo sát mức độ hài lòng"),
        "III.7.c": ("c) Kiểm tra công tác CCHC tại UBND", "d) Báo cáo kết quả thực hiện CCHC định kỳ"),
    },
    D_DX25: {
        "header": (None, "Căn cứ Quyết định số 1905/QĐ-UBND"),
        "III.II.3": ("3 | Số hóa hồ sơ, kết quả giải quyết TTHC", "4 | Tiếp nhận, giải quyết hồ sơ TTHC không phụ thuộc"),
        "III.II.4": ("4 | Tiếp nhận, giải quyết hồ sơ TTHC không phụ thuộc", "III | Cải cách tổ chức bộ máy"),
        "III.IV.2": ("2 | Kiểm tra công vụ", "3 | Đánh giá, xếp loại chất lượng"),
        "III.VII.1": ("1 | Thông tin, tuyên truyền CCHC trên Đài Truyền thanh huyện", "2 | Khảo sát mức độ hài lòng"),
        "III.VII.2": ("2 | Khảo sát mức độ hài lòng", "3 | Kiểm tra công tác CCHC"),
        "III.VII.3": ("3 | Kiểm tra công tác CCHC", "4 | Báo cáo kết quả thực hiện CCHC định kỳ"),
    },
    D_HT: {
        "II.1": ("1 Kiện toàn Ban Chỉ đạo", "2 Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh"),
        "II.2": ("2 Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh", "3 Triển khai bệnh án điện tử tại Trung tâm Y tế"),
        "II.10": ("10 Cung cấp dịch vụ công trực", "11 Số hóa hồ sơ, kết quả giải"),
        "II.11": ("11 Số hóa hồ sơ, kết quả giải", "12 Triển khai kê đơn thuốc"),
        "II.16": ("16 Xây dựng, trình phê duyệt", "17 Tổ chức kiểm tra, đánh giá"),
        "II.17": ("17 Tổ chức kiểm tra, đánh giá", "18 Sao lưu dữ liệu"),
        "II.18": ("18 Sao lưu dữ liệu", "19 Đào tạo, bồi dưỡng"),
        "II.22": ("22 Đánh giá mức độ chuyển", "III. KINH PHÍ THỰC HIỆN"),
    },
    D_NT: {
        "II": ("## II. CHỈ TIÊU", "## III. NỘI DUNG TUYÊN TRUYỀN"),
        "IV": ("## IV. HÌNH THỨC TUYÊN TRUYỀN", "## V. KINH PHÍ THỰC HIỆN"),
        "IV.1.a": ("a) Chuyên trang “Cải cách hành chính” trên Báo Ninh Thuận", "b) Chuyên mục “Cải cách hành chính” trên sóng truyền hình"),
        "IV.1.b": ("b) Chuyên mục “Cải cách hành chính” trên sóng truyền hình", "### 2. Tuyên truyền trên môi trường mạng"),
        "IV.3": ("### 3. Tổ chức Hội thi", "### 4. Tuyên truyền cổ động trực quan"),
        "Phụ lục I.1": ("| 1 | Biên soạn, phát hành tài liệu hỏi - đáp", "| 2 |"),
        "Phụ lục I.5": ("| 5 | Ra quân", "| 6 |"),
        "Phụ lục I.6": ("| 6 | Tuyên truyền CCHC cho hội viên phụ nữ", "| 7 |"),
        "Phụ lục I.8": ("| 8 | Khảo sát, đánh giá mức độ hài lòng", "| 9 |"),
        "Phụ lục I.9": ("| 9 | Tuyên truyền, hướng dẫn thanh toán trực tuyến", "| 10 |"),
        "Phụ lục I.11": ("| 11 | Tổ chức Tọa đàm", "| 12 |"),
        "Phụ lục I.13": ("| 13 | Tổng hợp, báo cáo", None),
    },
}

# Words an English question may contain besides ASCII: place names, the currency, document numbers.
EN_ALLOWED = ["Quảng Ngãi", "Đồng Xuân", "Hà Tĩnh", "Ninh Thuận", "đồng", "49/QĐ-BNV"]
ABBR = re.compile(r"\b(?:KH|VP|VPUB|UBND|CĐS|CDS|CCHC|TTHC|DVC|SYT|TTYT|ATTT|SĐT|PL|BC|CV|QĐ|TTg|NQ|CP|CQ|ĐV|HĐ|HS|HC|NV|KP|TT|KS|QG|CSDL|PAKN|TTĐT|TTCS|VHTTDL|KHCN|KH&CN|ĐDĐT|TTXD|BP|BV|CBCCVC|CCVC|QN|SX|XD|HT|CT|NN|HĐND&UBND)\b|\b(?:H|P|Q)\.")

# Earlier rounds whose originals this split must not reuse (only the keys of their writers are read).
PREVIOUS_WRITERS = [os.path.join(ROOT, "evals", "sealed", v, "paraphrase", "write_paraphrases.py") for v in ("v3", "v4")]


def previous_originals():
    ids = set()
    for path in PREVIOUS_WRITERS:
        with open(path, encoding="utf-8") as fh:
            ids |= set(re.findall(r'^    "([a-z0-9-]+)": \[', fh.read(), re.M))
    return ids


def squash(s):
    s = unicodedata.normalize("NFC", s).replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


def linear_text(path):
    """The document as one string, in reading order."""
    if path.endswith(".docx"):
        import docx
        from docx.oxml.ns import qn
        parts = []
        for child in docx.Document(path).element.body.iterchildren():
            if child.tag == qn("w:p"):
                parts.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
            elif child.tag == qn("w:tbl"):
                for tr in child.iter(qn("w:tr")):
                    cells = []
                    for tc in tr.iter(qn("w:tc")):
                        paras = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))]
                        cells.append("\n".join(paras))
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    if path.endswith(".pdf"):
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def aslist(v):
    return v if isinstance(v, list) else [v]


class Checker:
    def __init__(self):
        self.problems = []
        self.texts = {}
        self.windows = {}

    def bad(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    def text(self, corpus, doc):
        key = (corpus, doc)
        if key not in self.texts:
            self.texts[key] = squash(linear_text(os.path.join(corpus, doc)))
        return self.texts[key]

    def window(self, corpus, doc, section):
        key = (corpus, doc, section)
        if key in self.windows:
            return self.windows[key]
        spec = WINDOWS.get(doc, {}).get(section)
        if spec is None:
            self.bad(f"{doc} {section}", "no window defined")
            self.windows[key] = None
            return None
        txt = self.text(corpus, doc)
        start, end = spec
        a = 0
        if start is not None:
            s = squash(start)
            if txt.count(s) != 1:
                self.bad(f"{doc} {section}", f"start marker found {txt.count(s)} times")
                self.windows[key] = None
                return None
            a = txt.index(s)
        b = len(txt)
        if end is not None:
            e = squash(end)
            b = txt.find(e, a + 1)
            if b < 0:
                self.bad(f"{doc} {section}", "end marker not found after start")
                self.windows[key] = None
                return None
        self.windows[key] = txt[a:b]
        return self.windows[key]

    def evidence_ok(self, where, corpus, item):
        docs, secs, evs = aslist(item["document"]), aslist(item["section"]), aslist(item["evidence"])
        if not (len(docs) == len(secs) == len(evs)):
            self.bad(where, "document/section/evidence lists differ in length")
            return
        for d, s, e in zip(docs, secs, evs):
            if not os.path.exists(os.path.join(corpus, d)):
                self.bad(where, f"document not in corpus: {d}")
                continue
            if squash(e) not in self.text(corpus, d):
                self.bad(where, f"evidence not in document {d}: {e[:60]}")
            w = self.window(corpus, d, s)
            if w is not None and squash(e) not in w:
                self.bad(where, f"evidence not inside section {s} of {d}: {e[:60]}")
        windows = [self.window(corpus, d, s) or "" for d, s in zip(docs, secs)]
        for m in item["must_include"]:
            if not any(squash(m) in self.text(corpus, d) for d in docs):
                self.bad(where, f"must_include not in document text: {m}")
            if not any(squash(m) in w for w in windows):
                self.bad(where, f"must_include not inside the cited section(s): {m}")


def main():
    ck = Checker()
    seen_ids = set()
    totals = {}
    earlier = previous_originals()
    for fname, src, corpus, max_mi in SETS:
        originals = {}
        line_index = {}
        with open(src, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    o = json.loads(line)
                    line_index[o["id"]] = len(originals)
                    originals[o["id"]] = o
        path = os.path.join(HERE, fname)
        items = []
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as e:
                    ck.bad(f"{fname}:{ln}", f"JSON: {e}")
        styles = collections.Counter()
        kinds = collections.Counter()
        per_orig = collections.defaultdict(list)
        for it in items:
            where = f"{fname} {it.get('id')}"
            if list(it.keys()) != FIELDS:
                ck.bad(where, f"fields {list(it.keys())} != {FIELDS}")
                continue
            if it["id"] in seen_ids:
                ck.bad(where, "duplicate id")
            seen_ids.add(it["id"])
            o = originals.get(it["orig_id"])
            if o is None:
                ck.bad(where, "orig_id not in the original set")
                continue
            per_orig[o["id"]].append(it)
            if not re.fullmatch(re.escape(o["id"]) + r"-p[123]", it["id"]):
                ck.bad(where, "id is not <orig_id>-p1..p3")
            if it["style"] not in STYLES:
                ck.bad(where, f"unknown style {it['style']}")
            styles[it["style"]] += 1
            kinds[it["kind"]] += 1
            q = it["question"]
            if not q.strip() or q != unicodedata.normalize("NFC", q):
                ck.bad(where, "question empty or not NFC")
            if squash(q) == squash(o["question"]):
                ck.bad(where, "question repeats the original")
            if it["style"] == "no_diacritics" and not q.isascii():
                ck.bad(where, "no_diacritics question is not ASCII")
            if it["style"] == "english":
                rest = q
                for w in EN_ALLOWED:
                    rest = rest.replace(w, "")
                if not rest.isascii():
                    ck.bad(where, "english question has non-ASCII outside the allowed names")
            if it["style"] == "initials" and not ABBR.search(q):
                ck.bad(where, "initials question has no abbreviation")
            if it["kind"] != o["kind"]:
                ck.bad(where, "kind differs from the original")
            # unanswerable shape
            if it["kind"] == "unanswerable":
                if it["must_include"] != [] or any(it[f] is not None for f in ("document", "section", "evidence")):
                    ck.bad(where, "unanswerable item must have [] and nulls")
                if it["style"] == "two_part":
                    ck.bad(where, "two_part on an unanswerable original")
                if any(it[f] != o[f] for f in FIELDS[4:]):
                    ck.bad(where, "differs from the original beyond the question")
                continue
            if not (1 <= len(it["must_include"]) <= max_mi):
                ck.bad(where, f"must_include has {len(it['must_include'])} strings (1..{max_mi})")
            for m in it["must_include"]:
                if m.lower() not in it["answer"].lower():
                    ck.bad(where, f"must_include not in answer: {m}")
            if it["style"] != "two_part":
                if any(it[f] != o[f] for f in FIELDS[4:]):
                    ck.bad(where, "differs from the original beyond the question")
            else:
                if it["must_include"][:-1] != o["must_include"] or len(it["must_include"]) != len(o["must_include"]) + 1:
                    ck.bad(where, "two_part must_include is not the original's plus one string")
                if not (it["answer"] == o["answer"] or it["answer"].startswith(o["answer"].rstrip() + " ")):
                    ck.bad(where, "two_part answer does not keep the original answer as its start")
                new_evs = [squash(e) for e in aslist(it["evidence"])]
                for e in aslist(o["evidence"]):
                    if not any(squash(e) in ne for ne in new_evs):
                        ck.bad(where, f"original evidence lost: {e[:50]}")
                odocs, osecs = aslist(o["document"]), aslist(o["section"])
                ndocs, nsecs = aslist(it["document"]), aslist(it["section"])
                if ndocs[:len(odocs)] != odocs or nsecs[:len(osecs)] != osecs:
                    ck.bad(where, "two_part changed the original documents/sections")
                if any(d != odocs[0] for d in ndocs[len(odocs):]):
                    ck.bad(where, "two_part added an entry from another document")
                extra = it["must_include"][-1]
                if not any(squash(extra) in ne for ne in new_evs):
                    ck.bad(where, f"two_part extra string not inside the evidence: {extra}")
            ck.evidence_ok(where, corpus, it)
        # per original: three items, three different styles, and the original itself passes the windows
        for oid, its in per_orig.items():
            if line_index[oid] % 4 == 0:
                ck.bad(f"{fname} {oid}", f"original on line index {line_index[oid]} (divisible by 4: working set)")
            if oid in earlier:
                ck.bad(f"{fname} {oid}", "original already used by v3 or v4")
            if len(its) != 3 or len({i["style"] for i in its}) != 3:
                ck.bad(f"{fname} {oid}", "needs exactly three paraphrases in three different styles")
            if originals[oid]["kind"] == "no_diacritics" and any(i["style"] == "no_diacritics" for i in its):
                ck.bad(f"{fname} {oid}", "no_diacritics original with a no_diacritics paraphrase")
            if originals[oid]["kind"] == "english" and any(i["style"] == "english" for i in its):
                ck.bad(f"{fname} {oid}", "english original with an english paraphrase")
            if originals[oid]["kind"] != "unanswerable":
                ck.evidence_ok(f"{fname} original {oid}", corpus, originals[oid])
        n = len(items)
        for s in STYLES:
            if styles[s] != n // len(STYLES):
                ck.bad(fname, f"style {s}: {styles[s]} items, expected {n // len(STYLES)}")
        totals[fname] = (n, len(per_orig), styles, kinds)
    for fname, (n, no, styles, kinds) in totals.items():
        print(f"{fname}: {n} items from {no} originals")
        print("  styles:", dict(sorted(styles.items())))
        print("  kinds: ", dict(sorted(kinds.items())))
    for p in ck.problems:
        print("PROBLEM", p)
    print("PROBLEMS:", len(ck.problems))
    return 1 if ck.problems else 0


if __name__ == "__main__":
    sys.exit(main())
