# -*- coding: utf-8 -*-
"""Check the sealed layouts split v18 (qa.jsonl + corpus/). Exit 0 and last line "PROBLEMS: 0" when clean.

    /work/main/.venv/bin/python check_layouts.py [--no-rebuild]

Adapted from evals/sealed/v17/layouts/check_layouts.py (format only; documents, id prefix, names and layout checks
of this split; the third document is plain text). Checks:
  * JSON parses; fields exactly id, question, kind, answer, must_include, document, section, evidence (in that
    order); the line is NFC; ids unique and 'l18-<prefix>-NNN' matching the kind; kind known;
  * must_include: 1-3 strings for answerable items, [] for unanswerable ones; each string inside the answer
    (ignoring case), inside the text of a cited document as its library reads it (python-docx paragraphs and
    table cells in body order, pypdf for the .pdf, the .txt as written; NFC, '*' removed, whitespace collapsed,
    lower-cased) and inside a cited section (its text and its descendants', or the heading text above it);
  * unanswerable items have document/section/evidence null; list-valued document/section/evidence are parallel;
    cross_document items cite at least two documents;
  * evidence (at most 320 characters) occurs in the cited document's text AND inside the stated section or one of
    its descendants, per the gold section map of make.py's own document model (no project code is read or run);
  * counts: at least MIN_ITEMS items, unanswerable 8-12 %, minimum cross_document / comparison / no_diacritics /
    english items, every kind present, every document cited by at least MIN_PER_DOC items; no_diacritics and
    english questions are ASCII;
  * the split's place and person names, phone numbers, domains and document numbers occur nowhere under
    /work/main/evals or /work/main/corpus (text files, and the text of .docx/.pdf files);
  * corpus: one .docx, one .pdf, one .txt; the PDF is landscape, has 2-5 pages, "Trang n/N" from page 2 and the
    schedule table header on two pages; the .docx has a tab-aligned letterhead (no letterhead table), two tables
    (borderless signature, bordered appendix table with merged group rows) and a landscape appendix section; the
    .txt is hard-wrapped (no line over 104 characters), has a form feed between its two parts and ASCII tables;
  * every gold piece of text is in its document as its library reads it;
  * make.py reruns to byte-identical files (skipped with --no-rebuild); write_qa.py rewrites qa.jsonl
    byte-identically.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
sys.path.insert(0, HERE)
import make  # noqa: E402

SPLIT = "l18"
FIELDS = ["id", "question", "kind", "answer", "must_include", "document", "section", "evidence"]
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "abbreviation": "abbr", "list": "list", "cross_document": "cross", "no_diacritics": "nodiac",
          "english": "en", "unanswerable": "unans", "unit_duties": "duties", "period": "period",
          "task_list": "tasks", "comparison": "cmp"}
MIN_ITEMS, UNANS_SHARE, MIN_CROSS, MIN_CMP, MIN_PER_DOC = 150, (0.08, 0.12), 8, 4, 40
MIN_NODIAC, MIN_EN = 12, 10
NAMES = ["Ngọc Đàm", "ngocdam", "Nậm Khiếu", "Hạc Kiều", "Sen Hồ", "Pù Lìn", "Đồng Vẹt", "Bản Xèo", "Lùng Thàng",
         "Pá Hốc", "Hạc Sơn", "Đinh Công Hoạch", "Văn Thị Mẫn", "Trịnh Hữu Lạc", "Kha Minh Nghị", "Quan Đức Lưu",
         "Lò Thị Dung", "Sầm Thị Ngát", "Hầu Văn Tỉnh", "Mùa A Sính", "Thào Văn Mỷ", "Tòng Văn Piếu", "Vàng Thị Pà",
         "Lường Văn Khiêm", "0214 6", "862 475", "852 119", "852 136", "1207/QĐ-UBND", "41/LCT-VPUBND",
         "562/TTr-VPUBND", "1984/STP-XDKTVB", "455/QĐ-UBND", "731/QĐ-UBND", "127/QĐ-UBND"]


def squash(s):
    s = unicodedata.normalize("NFC", s).replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


_text = {}


def library_text(name):
    if name in _text:
        return _text[name]
    path = os.path.join(CORPUS, name)
    if name.endswith(".docx"):
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        parts = []
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(el, d).text)
            elif tag == "tbl":
                for row in Table(el, d).rows:
                    prev = None
                    for c in row.cells:
                        if c._tc is not prev:
                            parts.append(c.text)
                        prev = c._tc
        txt = "\n".join(parts)
    elif name.endswith(".pdf"):
        import pypdf
        txt = "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    else:
        with open(path, encoding="utf-8") as f:
            txt = f.read()
    _text[name] = squash(txt)
    return _text[name]


_gold = {}


def gold(name):
    if name not in _gold:
        _gold[name] = make.gold(name)
    return _gold[name]


def section_text(name, section):
    parts = [t for s, t in gold(name) if s == section or s.startswith(section + ".")]
    return squash(" ".join(parts)) if parts else None


def heading_text(name, section):
    labels = section.split(".")
    above = {".".join(labels[:k]) for k in range(1, len(labels))}
    return squash(" ".join(t for s, t in gold(name) if s in above))


def as_list(x):
    return x if isinstance(x, list) else [x]


def md5s():
    return {n: hashlib.md5(open(os.path.join(CORPUS, n), "rb").read()).hexdigest() for n in sorted(os.listdir(CORPUS))}


def doc_plain(fp, f):
    import pypdf
    if f.endswith((".txt", ".md", ".jsonl", ".json", ".py", ".csv", ".html", ".yaml", ".yml")):
        return open(fp, encoding="utf-8", errors="ignore").read()
    if f.endswith(".docx"):
        import docx
        dd = docx.Document(fp)
        return "\n".join([p.text for p in dd.paragraphs] + [c.text for t in dd.tables for r in t.rows for c in r.cells])
    if f.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(fp).pages)
    return None


def main():
    bad = []

    def err(*a):
        bad.append(" ".join(str(x) for x in a))

    if "--no-rebuild" not in sys.argv:
        before = md5s()
        subprocess.run([sys.executable, os.path.join(HERE, "make.py")], check=True, stdout=subprocess.DEVNULL)
        if md5s() != before:
            err("make.py rerun changed the corpus")
    qa_path = os.path.join(HERE, "qa.jsonl")
    qa_before = open(qa_path, "rb").read()
    subprocess.run([sys.executable, os.path.join(HERE, "write_qa.py")], check=True, stdout=subprocess.DEVNULL)
    if open(qa_path, "rb").read() != qa_before:
        err("write_qa.py rerun changed qa.jsonl (qa.jsonl was stale)")
    # ------------------------------------------------------------------ corpus
    docs = sorted(os.listdir(CORPUS))
    if set(docs) != {make.DOC_A, make.DOC_B, make.DOC_C}:
        err("corpus holds", docs)
    exts = sorted(os.path.splitext(d)[1] for d in docs)
    if exts != [".docx", ".pdf", ".txt"]:
        err("one .docx, one .pdf and one .txt wanted:", exts)
    with open(os.path.join(CORPUS, make.DOC_C), encoding="utf-8") as f:
        raw = f.read()
    if raw != unicodedata.normalize("NFC", raw):
        err(make.DOC_C, "is not NFC")
    if max(len(x) for x in raw.split("\n")) > 104 or "\f" not in raw or raw.count("+=====") < 2:
        err(make.DOC_C, "not hard-wrapped, or no form feed, or fewer than two ASCII tables")
    for d in (make.DOC_A, make.DOC_B):
        if library_text(d) != unicodedata.normalize("NFC", library_text(d)):
            err(d, "text is not NFC")
    import pypdf
    reader = pypdf.PdfReader(os.path.join(CORPUS, make.DOC_B))
    pages = [p.extract_text() for p in reader.pages]
    if not 2 <= len(pages) <= 5:
        err(make.DOC_B, "2-5 pages wanted, has", len(pages))
    if float(reader.pages[0].mediabox.width) <= float(reader.pages[0].mediabox.height):
        err(make.DOC_B, "is not landscape")
    for k, p in enumerate(pages[1:], 2):
        if f"Trang {k}/{len(pages)}" not in p:
            err(make.DOC_B, "page", k, "has no page number")
    if sum("STT Thời gian Nội dung công việc" in p for p in pages) < 2:
        err(make.DOC_B, "schedule table header not repeated over two pages")
    import docx
    from docx.enum.section import WD_ORIENT
    dd = docx.Document(os.path.join(CORPUS, make.DOC_A))
    if len(dd.tables) != 2:
        err(make.DOC_A, "two tables wanted (signature, appendix), has", len(dd.tables))
    elif dd.tables[1].style is None or dd.tables[1].style.name != "Table Grid" or len(dd.tables[1].rows) != 28:
        err(make.DOC_A, "appendix table is not a bordered 28-row table")
    if not dd.paragraphs[0].text.startswith("\tỦY BAN NHÂN DÂN\tCỘNG HÒA"):
        err(make.DOC_A, "letterhead is not tab-aligned")
    if len(dd.sections) != 2 or dd.sections[1].orientation != WD_ORIENT.LANDSCAPE:
        err(make.DOC_A, "appendix is not on a landscape section")
    for d in docs:
        lt = library_text(d).replace("\\", "")
        for s, t in gold(d):
            if squash(t) not in lt and not all(w in lt for w in squash(t).split()):
                err(d, "gold text of", s, "not in the library text:", t[:60])
    # ------------------------------------------------------------------ items
    items, ids = [], set()
    with open(qa_path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                it = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err("line", ln, "JSON:", e)
                continue
            if line != unicodedata.normalize("NFC", line):
                err("line", ln, "not NFC")
            if list(it) != FIELDS:
                err("line", ln, "fields:", list(it))
                continue
            items.append(it)
    cited = {}
    for it in items:
        iid, kind = it["id"], it["kind"]
        if iid in ids:
            err(iid, "duplicate id")
        ids.add(iid)
        if kind not in PREFIX:
            err(iid, "unknown kind", kind)
            continue
        if not re.fullmatch(rf"{SPLIT}-{PREFIX[kind]}-\d{{3}}", iid):
            err(iid, "id does not match kind")
        for k in ("question", "answer"):
            if not isinstance(it[k], str) or not it[k].strip():
                err(iid, "empty", k)
        q = it["question"]
        if kind in ("no_diacritics", "english") and not q.isascii():
            err(iid, kind, "question is not ASCII:", [w for w in q.split() if not w.isascii()])
        mi = it["must_include"]
        if not isinstance(mi, list):
            err(iid, "must_include is not a list")
            continue
        if kind == "unanswerable":
            if mi or it["document"] is not None or it["section"] is not None or it["evidence"] is not None:
                err(iid, "unanswerable item needs [] and nulls")
            continue
        if it["document"] is None:
            err(iid, "answerable item without document")
            continue
        if not 1 <= len(mi) <= 3:
            err(iid, "must_include needs 1-3 strings, has", len(mi))
        for m in mi:
            if not isinstance(m, str) or not m.strip():
                err(iid, "empty must_include string")
            elif m.lower() not in it["answer"].lower():
                err(iid, "must_include not in answer:", m)
        dl, sl, el = as_list(it["document"]), as_list(it["section"]), as_list(it["evidence"])
        if not (len(dl) == len(sl) == len(el)):
            err(iid, "parallel lists differ")
            continue
        if not (isinstance(it["document"], list) == isinstance(it["section"], list) ==
                isinstance(it["evidence"], list)):
            err(iid, "document/section/evidence must all be lists or all be strings")
        if kind == "cross_document" and len(set(dl)) < 2:
            err(iid, "cross_document item cites one document")
        for m in mi:
            if not any(squash(m) in library_text(d) for d in set(dl) if d in docs):
                err(iid, "must_include not in the cited document text:", m)
            in_sec = False
            for d, s in zip(dl, sl):
                if d in docs and isinstance(s, str):
                    st = section_text(d, s) or ""
                    if squash(m) in st or squash(m) in heading_text(d, s):
                        in_sec = True
            if not in_sec:
                err(iid, "must_include not inside a cited section:", m)
        for d in set(dl):
            cited[d] = cited.get(d, 0) + 1
        for d, s, e in zip(dl, sl, el):
            if d not in docs:
                err(iid, "document not in corpus:", d)
                continue
            if not isinstance(e, str) or not e.strip():
                err(iid, "empty evidence")
                continue
            if len(e) > 320:
                err(iid, "evidence longer than 320 characters")
            if squash(e) not in library_text(d):
                err(iid, "evidence not in document text:", d[:20], "|", e[:70])
            st = section_text(d, s)
            if st is None:
                err(iid, "section not in gold map:", d[:20], s)
            elif squash(e) not in st:
                where = [g for g, t in gold(d) if squash(e) in squash(t)]
                err(iid, "evidence not inside section", s, "found in", sorted(set(where)) or "-")
    for d in docs:
        if cited.get(d, 0) < MIN_PER_DOC:
            err("document cited by fewer than", MIN_PER_DOC, "items:", d, cited.get(d, 0))
    counts = {}
    for i in items:
        counts[i["kind"]] = counts.get(i["kind"], 0) + 1
    n = len(items)
    if n < MIN_ITEMS:
        err("fewer than", MIN_ITEMS, "items")
    un = counts.get("unanswerable", 0)
    if not (UNANS_SHARE[0] * n <= un <= UNANS_SHARE[1] * n):
        err("unanswerable share out of range:", un, "/", n)
    if counts.get("cross_document", 0) < MIN_CROSS:
        err("fewer than", MIN_CROSS, "cross_document items")
    if counts.get("comparison", 0) < MIN_CMP:
        err("fewer than", MIN_CMP, "comparison items")
    if counts.get("no_diacritics", 0) < MIN_NODIAC:
        err("fewer than", MIN_NODIAC, "no_diacritics items")
    if counts.get("english", 0) < MIN_EN:
        err("fewer than", MIN_EN, "english items")
    for k in PREFIX:
        if not counts.get(k):
            err("kind missing:", k)
    # ------------------------------------------------------------------ names are new
    for root in ("/work/main/evals", "/work/main/corpus"):
        for dp, dn, fn in os.walk(root):
            if "__pycache__" in dp:
                continue
            for f in fn:
                fp = os.path.join(dp, f)
                try:
                    txt = doc_plain(fp, f)
                except Exception:  # noqa: BLE001
                    continue
                if txt is None:
                    continue
                txt = unicodedata.normalize("NFC", txt).lower()
                for nm in NAMES:
                    if nm.lower() in txt:
                        err("name", repr(nm), "already occurs in", fp)
    # ------------------------------------------------------------------ report
    print(f"{n} items:", ", ".join(f"{k} {counts.get(k, 0)}" for k in PREFIX))
    print("answerable", n - un, "unanswerable", un, f"({100 * un / max(n, 1):.1f} %)")
    print("items citing each document:", {d[:40]: cited.get(d, 0) for d in docs})
    for b in bad:
        print("PROBLEM:", b)
    print("PROBLEMS:", len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
