# -*- coding: utf-8 -*-
"""Validate the sealed paraphrase split v7 (five_plans.jsonl, new_plans.jsonl).

    cd /work/main && .venv/bin/python evals/sealed/v7/paraphrase/validate.py

Reads only the two item files of this folder, the two original sets, the plan documents (the .docx with
python-docx, the .pdf with pypdf) and the keys of the v3/v4/v5/v6 write_paraphrases.py. It uses no project
code. Text is compared after NFC, removing '*', collapsing whitespace and lower-casing (the comparison the
dataset README describes).

Section check: every (document, section) an item cites has a hand-written window below, a start marker and
an end marker taken from the document (end = the next heading or table row). The script checks that each
marker occurs (start exactly once) and then that
  * every evidence entry lies inside the window of its own section,
  * every must_include string lies inside the windows of the item's sections (and in the document); a
    task_list count that the document does not write as a number is checked by counting the numbered task
    rows inside the window instead,
  * the originals' own evidence lies inside the same windows (a check on the windows themselves).
Selection: no original sits on a 0-based line index divisible by 4 (the working paraphrase set), none is an
original of v6, none was an original of more than one earlier round, and the originals shared with
v3/v4/v5 are exactly the ones declared in REUSED below.
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
        "B.I.1": ("1. Truyền thông về những định hướng, mục tiêu, quan điểm, nhiệm vụ và giải pháp về CDS",
                  "2. Truyền thông, phổ biến tầm quan trọng, ý nghĩa, mục tiêu và tác động của chuyển đổi số"),
        "B.I.4.i": ("i) Truyền thông về chuyển đổi số trong Giáo dục và Đào tạo", "k) Truyền thông việc phát triển ngành"),
        "C.I.2.h": ("h) Truyền thông, phổ biến pháp luật, cập nhật, đăng tin", "3. Tổ chức các sự kiện, hoạt động"),
        "C.I.3.e": ("e) Tăng cường truyền thông nâng cao nhận thức về an toàn thông tin",
                    "4. Xây dựng các tài liệu, ấn phẩm truyền thông về chuyển đổi số"),
        "C.I.4.a": ("a) Thực hiện Bản tin điện tử về Chuyển đổi số", "b) Đặt hàng các cơ quan báo chí, truyền thông sản xuất"),
        "C.II.1": ("1. Cập nhật, công bố, công khai các TTHC thuộc thẩm quyền", "2. Cập nhật thông tin về CCHC trên Cổng/Trang"),
        "C.II.4": ("4. Tổ chức Cuộc thi Video Clip tuyên truyền về Đại hội đảng các cấp", "5. Xuất bản Bản tin số"),
        "C.II.9": ("9. Tổ chức các lớp tập huấn, bồi dưỡng về công tác CCHC", "10. Tổ chức tập huấn tuyên truyền pháp luật"),
        "C.II.11": ("11. Lồng ghép tuyên truyền về CCHC trong các Hội nghị", "12. Xây dựng chuyên trang, chuyên mục tuyên truyền CCHC"),
        "C.II.12.c": ("c) Sản xuất và phát sóng chuyên mục", "13. Truyền thông CCHC trên hệ thống thông tin cơ sở"),
        "C.II.13.b": ("b) Xuất bản các ấn phẩm; tổ chức tuyên truyền qua hình thức trực quan", "D. KINH PHÍ THỰC HIỆN"),
        "D.1": ("1. Kinh phí thực hiện Kế hoạch này được bố trí", "2. Chính quyền địa phương chịu trách nhiệm bố trí kinh phí"),
        "E.7.c": ("c) Chủ động phối hợp với các cơ quan, đơn vị xây dựng mục phản hồi ý kiến",
                  "8. Các sở, ban, ngành và Chính quyền địa phương"),
    },
    D_VP25: {
        "II.1": ("1. Tuyên truyền các chủ trương, đường lối của Đảng, chính sách", "2. Tuyên truyền kết quả đạt được"),
        "II.2": ("2. Tuyên truyền kết quả đạt được", "3. Tuyên truyền đổi mới thực hiện cơ chế một cửa"),
        "II.4": ("4. Truyền thông, phổ biến, nâng cao chất lượng về cung cấp", "5. Tuyên truyền việc tiếp nhận, xử lý phản ánh"),
        "III.2": ("2. Tuyên truyền việc tiếp nhận, xử lý phản ánh kiến nghị của cá nhân, tổ chức về quy định hành chính "
                  "trên Cổng thông tin điện tử tỉnh, tại Trung tâm", "3. Lồng ghép, đưa các nội dung CCHC"),
        "III.3": ("3. Lồng ghép, đưa các nội dung CCHC trong nội bộ cơ quan", "4. Thực hiện và đăng tải tin, bài"),
        "IV.3": ("3. Giao Trung tâm Công báo và Tin học chủ trì", "4. Giao Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh"),
    },
    D_VP23: {
        "header": (None, "Thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2023"),
        "II.2": ("2. Các mục tiêu và giải pháp của tỉnh", "3. Thông tin kịp thời tình hình"),
        "III.2": ("2. Lồng ghép, đưa các nội dung CCHC trong nội bộ cơ quan", "3. Duy trì, nâng cao chất lượng chuyên mục CCHC"),
        "III.3": ("3. Duy trì, nâng cao chất lượng chuyên mục CCHC", "4. Đẩy mạnh tuyên truyền việc thực hiện dịch vụ công"),
        "IV.2": ("2. Giao Trung tâm Phục vụ - Kiểm soát thủ tục hành chính theo dõi", "Trên đây là Kế hoạch tuyên truyền CCHC"),
    },
    D_REP: {
        "I.1": ("1. Công tác chỉ đạo, triển khai thực hiện", "2. Kết quả công tác tuyên truyền"),
        "I.2.a": ("a) Công tác tuyên truyền CCHC tại Văn phòng", "b) Tuyên truyền thông qua các chuyên trang"),
        "I.2.b": ("b) Tuyên truyền thông qua các chuyên trang", "c) Tuyên truyền thực hiện dịch vụ công trực tuyến"),
        "I.2.c": ("c) Tuyên truyền thực hiện dịch vụ công trực tuyến", "d) Tuyên truyền thông qua các hoạt động"),
        "I.2.d": ("d) Tuyên truyền thông qua các hoạt động", "II. Đánh giá chung"),
        "closing": ("Trên đây là báo cáo thực hiện công tác tuyên truyền CCHC năm 2023", "CHÁNH VĂN PHÒNG"),
        "signature": ("CHÁNH VĂN PHÒNG", None),
    },
    D_281: {
        "preamble": ("Thực hiện Quyết định số 2074/QĐ-UBND", "I. MỤC ĐÍCH, YÊU CẦU"),
        "II.5": ("5. Các nội dung cơ bản của công tác CCHC", "6. Tuyên truyền có kết quả nổi bật"),
        "IV.1": ("1. Duy trì mục tuyên truyền CCHC trên Trang Thông tin điện tử của Sở", "2. Đăng tải công khai tất cả các TTHC"),
        "IV.3": ("3. Tuyên truyền thông qua xuất bản các bản tin", "4. Tổ chức tuyên truyền về công tác CCHC 2025"),
        "IV.6": ("6. Tuyên truyền thông qua kiểm tra việc xây dựng, áp dụng", "V. KINH PHÍ THỰC HIỆN"),
        "V": ("V. KINH PHÍ THỰC HIỆN", "VI. TỔ CHỨC THỰC HIỆN"),
    },
    D_DX24: {
        "III.1.b": ("b) Theo dõi tình hình thi hành pháp luật", "2. Cải cách thủ tục hành chính"),
        "III.2.b": ("b) Duy trì đường dây nóng", "c) Rà soát, đánh giá, đề xuất phương án"),
        "III.2.c": ("c) Rà soát, đánh giá, đề xuất phương án đơn giản hóa TTHC", "d) Số hóa hồ sơ, kết quả giải quyết TTHC"),
        "III.7.a": ("a) Xây dựng chuyên mục “Cải cách hành chính” trên Đài Truyền thanh huyện", "b) Khảo sát mức độ hài lòng"),
        "signature": ("TM. ỦY BAN NHÂN DÂN", None),
    },
    D_DX25: {
        "III.I.1": ("1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật", "2 | Theo dõi tình hình thi hành pháp luật"),
        "III.I.2": ("2 | Theo dõi tình hình thi hành pháp luật", "3 | Phổ biến các luật mới"),
        "III.I.3": ("3 | Phổ biến các luật mới", "II | Cải cách thủ tục hành chính"),
        "III.II.2": ("2 | Rà soát, đề xuất phương án đơn giản hóa TTHC", "3 | Số hóa hồ sơ, kết quả giải quyết TTHC"),
        "III.II.3": ("3 | Số hóa hồ sơ, kết quả giải quyết TTHC", "4 | Tiếp nhận, giải quyết hồ sơ TTHC"),
        "III.VI.3": ("3 | Bảo đảm an toàn thông tin mạng", "4 | Sử dụng tài khoản định danh"),
        "III.VII.2": ("2 | Khảo sát mức độ hài lòng", "3 | Kiểm tra công tác CCHC"),
    },
    D_HT: {
        "II.2": ("2 Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh", "3 Triển khai bệnh án điện tử tại Trung tâm Y tế"),
        "II.3": ("3 Triển khai bệnh án điện tử tại Trung tâm Y tế", "4 Triển khai thanh toán viện phí"),
        "II.8": ("8 Triển khai đặt lịch khám", "9 Duy trì hệ thống khám"),
        "II.9": ("9 Duy trì hệ thống khám", "10 Cung cấp dịch vụ công trực"),
        "II.13": ("13 Kết nối liên thông 100%", "14 Cập nhật thông tin tiêm"),
        "II.17": ("17 Tổ chức kiểm tra, đánh giá an toàn thông tin", "18 Sao lưu dữ liệu"),
        "II.19": ("19 Đào tạo, bồi dưỡng kỹ năng", "20 Tuyên truyền về chuyển đổi"),
        "signature": ("KT. GIÁM ĐỐC", None),
    },
    D_NT: {
        "IV.2.b": ("b) Đăng tải tin, bài, infographic về CCHC", "### 3. Tổ chức Hội thi"),
        "Phụ lục I": ("## PHỤ LỤC I", None),
        "Phụ lục I.7": ("| 7 | Xây dựng phóng sự chuyên đề", "| 8 |"),
        "Phụ lục I.12": ("| 12 | Tuyên truyền thực hiện văn hóa công vụ", "| 13 |"),
    },
}

# Words an English question may contain besides ASCII: place names only.
EN_ALLOWED = ["Quảng Ngãi", "Đồng Xuân", "Hà Tĩnh", "Ninh Thuận", "Phú Yên", "Đức Phổ"]
# Vietnamese words typed without diacritics that must not appear in an English question.
VI_ASCII = re.compile(r"\b(?:cua|nhung|khong|duoc|nhieu|thi|vay|nhe|nhi|la|gi|nao|hoi|cho|nam|tinh|huyen|xa|so|"
                      r"ke hoach|don vi|co quan|chu tri|phoi hop|thoi gian)\b", re.I)
VI_ASCII_OK = {"so"}  # ordinary English words that collide with a Vietnamese one
ABBR = re.compile(r"\b(?:KH|VP|VPUB|UBND|CĐS|CDS|CCHC|TTHC|DVC|SYT|TTYT|SĐT|PL|BC|CV|QĐ|NQ|CP|CQ|ĐV|HĐ|HS|HT|KQ|KP|"
                  r"TT|TTĐT|VHTTDL|KHCN|KH&CN|CCVC|NLĐ|BP|VB|PCT|VH-TT|SKHCN|BV|GĐ)\b|\b(?:H|P|Q)\.")
INFORMAL = re.compile(r"(?:\bad\b|\bmn\b|cho hỏi|cho em hỏi|cho mình|\bạ\b|\bnhỉ\b|\bvậy\b|\bthế\b|\bơi\b|\bko\b|\bdc\b|"
                      r"\bnhé\b|\bTôi là\b|\bTôi làm\b)", re.I)

# Earlier rounds: v6's originals must not be reused; an original of v3/v4/v5 only when declared here, and
# none that more than one earlier round used.
EARLIER = ("v3", "v4", "v5", "v6")
WRITERS = {v: os.path.join(ROOT, "evals", "sealed", v, "paraphrase", "write_paraphrases.py") for v in EARLIER}
REUSED = {
    # five plans: only 2 eligible lines were used by no earlier round; the other 38 are v3/v4 originals
    "lead-008", "lead-010", "lead-014", "lead-019", "lead-022", "lead-030", "lead-032", "lead-035", "lead-039",
    "lead-042", "coord-006", "coord-012", "coord-015", "timing-008", "timing-014", "timing-017", "freq-002",
    "freq-008", "fact-002", "fact-004", "fact-010", "fact-017", "fact-018", "fact-025", "abbr-003", "abbr-005",
    "list-012", "list-013", "cross-007", "cross-008", "nodia-006", "nodia-008", "nodia-010", "nodia-016",
    "nodia-017", "en-005", "unans-010", "unans-011",
    # new plans: every eligible line had been used once; 17 from v3/v4, 3 from v5 (timing and coverage)
    "np-lead-006", "np-lead-010", "np-lead-012", "np-coord-002", "np-coord-006", "np-timing-001", "np-timing-004",
    "np-freq-001", "np-fact-002", "np-fact-006", "np-duties-001", "np-duties-006", "np-period-003",
    "np-tasks-003", "np-cmp-001", "np-cmp-005", "np-nodia-005", "np-en-002", "np-unans-007", "np-unans-009",
}


def previous_originals():
    ids = {}
    for v, path in WRITERS.items():
        with open(path, encoding="utf-8") as fh:
            ids[v] = set(re.findall(r'^    "([a-z0-9-]+)": \[', fh.read(), re.M))
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
            if item["kind"] == "task_list" and m.isdigit():
                # a task count: count the numbered task rows of the cited table ("N | task | ...")
                n = len(re.findall(r"(?:^| )(\d{1,3}) \| ", windows[0]))
                if n != int(m):
                    self.bad(where, f"task count {m} but {n} numbered rows in section {secs[0]}")
                continue
            if not any(squash(m) in self.text(corpus, d) for d in docs):
                self.bad(where, f"must_include not in document text: {m}")
            if not any(squash(m) in w for w in windows):
                self.bad(where, f"must_include not inside the cited section(s): {m}")


def main():
    ck = Checker()
    seen_ids = set()
    totals = {}
    earlier = previous_originals()
    reused_seen = set()
    expected_counts = {"five_plans.jsonl": (120, 40), "new_plans.jsonl": (60, 20)}
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
            for f in ("answer", "must_include", "document", "section", "evidence"):
                for v in (aslist(it[f]) if it[f] is not None else []):
                    if isinstance(v, str) and v != unicodedata.normalize("NFC", v):
                        ck.bad(where, f"{f} not NFC")
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
                words = [w for w in VI_ASCII.findall(rest) if w.lower() not in VI_ASCII_OK]
                if words:
                    ck.bad(where, f"english question has Vietnamese words: {words}")
            if it["style"] == "initials" and not ABBR.search(q):
                ck.bad(where, "initials question has no abbreviation")
            if it["style"] == "informal" and not INFORMAL.search(q):
                ck.bad(where, "informal question has no chat marker (ad, mn, cho hỏi, ạ, vậy, ơi, ko, dc, ...)")
            if it["style"] in ("typo", "informal", "initials", "two_part") and q.isascii():
                ck.bad(where, f"{it['style']} question has no diacritics at all (that is the no_diacritics style)")
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
            if oid in earlier["v6"]:
                ck.bad(f"{fname} {oid}", "original already used by v6")
            rounds = [v for v in EARLIER if oid in earlier[v]]
            if len(rounds) > 1:
                ck.bad(f"{fname} {oid}", f"original used by more than one earlier round: {rounds}")
            if oid in earlier["v3"] | earlier["v4"] | earlier["v5"]:
                reused_seen.add(oid)
                if oid not in REUSED:
                    ck.bad(f"{fname} {oid}", "original of v3/v4/v5 not declared in REUSED")
            if len(its) != 3 or len({i["style"] for i in its}) != 3:
                ck.bad(f"{fname} {oid}", "needs exactly three paraphrases in three different styles")
            if originals[oid]["kind"] == "no_diacritics" and any(i["style"] == "no_diacritics" for i in its):
                ck.bad(f"{fname} {oid}", "no_diacritics original with a no_diacritics paraphrase")
            if originals[oid]["kind"] == "english" and any(i["style"] == "english" for i in its):
                ck.bad(f"{fname} {oid}", "english original with an english paraphrase")
            if originals[oid]["kind"] != "unanswerable":
                ck.evidence_ok(f"{fname} original {oid}", corpus, originals[oid])
        n = len(items)
        if (n, len(per_orig)) != expected_counts[fname]:
            ck.bad(fname, f"{n} items from {len(per_orig)} originals, expected {expected_counts[fname]}")
        for s in STYLES:
            if styles[s] != n // len(STYLES):
                ck.bad(fname, f"style {s}: {styles[s]} items, expected {n // len(STYLES)}")
        totals[fname] = (n, len(per_orig), styles, kinds)
    for oid in sorted(REUSED - reused_seen):
        ck.bad(oid, "declared in REUSED but not an original of v3/v4/v5 used here")
    for fname, (n, no, styles, kinds) in totals.items():
        print(f"{fname}: {n} items from {no} originals")
        print("  styles:", dict(sorted(styles.items())))
        print("  kinds: ", dict(sorted(kinds.items())))
    print(f"originals shared with v3/v4/v5: {len(reused_seen)} ({', '.join(sorted(reused_seen))})")
    for v in EARLIER[:-1]:
        got = sorted(o for o in reused_seen if o in earlier[v])
        print(f"  from {v}: {len(got)}")
    for p in ck.problems:
        print("PROBLEM", p)
    print("PROBLEMS:", len(ck.problems))
    return 1 if ck.problems else 0


if __name__ == "__main__":
    sys.exit(main())
