# -*- coding: utf-8 -*-
"""Check the sealed layouts split v10 (qa.jsonl + corpus/). Exit 0 when clean.

    /work/main/.venv/bin/python check_layouts.py [--rebuild]

Adapted from evals/sealed/v9/layouts/check_layouts.py (documents, id prefix, names and minimum counts of this
split). Checks:
  * JSON parses; fields exactly id, question, kind, answer, must_include, document, section, evidence (in that
    order); the line is NFC; ids unique and 'l10-<prefix>-NNN' matching the kind; kind known;
  * must_include: 1-3 strings for answerable items, [] for unanswerable ones; each string inside the answer
    (ignoring case) and inside the text of a cited document as its library reads it (python-docx paragraphs and
    table cells in body order, the .txt as written, pypdf for the .pdf);
  * unanswerable items have document/section/evidence null; list-valued document/section/evidence are parallel;
  * evidence occurs in the cited document's text (NFC, '*' removed, whitespace collapsed, lower-cased) AND
    inside the stated section or one of its descendants, per the gold section map of make.py's own document
    model (no project parser is used);
  * every document is cited; at least 120 items, 10 unanswerable, 8 cross_document, 5 comparison; every kind
    of the split present (all kinds v9 had); no_diacritics questions are ASCII; english questions contain no
    Vietnamese words (no non-ASCII word at all);
  * the place and person names of the split occur nowhere else under evals/ or corpus/ (text files, and
    the text of .docx/.pdf files);
  * the .txt keeps hard line breaks (no line longer than 90 characters) and the corpus files are NFC;
  * --rebuild: make.py reruns to byte-identical files.
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

FIELDS = ["id", "question", "kind", "answer", "must_include", "document", "section", "evidence"]
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}
DATASET_KINDS = ["lead", "coordinators", "timing", "frequency", "fact", "abbreviation", "list", "cross_document",
                 "no_diacritics", "english", "unanswerable"]
EN_ALLOWED = set()
NAMES = ["Khánh Lam", "Tân Lam", "Bến Cói", "Gò Sậy", "Suối Mây", "Đá Bạc", "Cồn Nhạn", "Khe Lau", "Nà Lìu",
         "Rẫy Mít", "Lam Hồ", "Hội trường Lam Giang", "Trịnh Bá Khang", "Âu Thị Thanh Hảo", "Kiều Văn Lộc",
         "Diệp Minh Trí", "Lục Thị Bảo Ngọc", "Văn Thị Kim Oanh", "Giáp Văn Bảo", "0259 3 741 806", "0259 3 742 115",
         "57/KH-SNV", "18/KH-UBND", "1146/UBND-KSTT", "615/QĐ-UBND"]


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


def section_text(name, section):
    """Squashed text of a section and its descendants (gold map from make.py)."""
    if name not in _gold:
        _gold[name] = make.gold(name)
    parts = [t for s, t in _gold[name] if s == section or s.startswith(section + ".")]
    return squash(" ".join(parts)) if parts else None


def as_list(x):
    return x if isinstance(x, list) else [x]


def main():
    bad = []

    def err(*a):
        bad.append(" ".join(str(x) for x in a))

    if "--rebuild" in sys.argv:
        before = {n: hashlib.md5(open(os.path.join(CORPUS, n), "rb").read()).hexdigest() for n in os.listdir(CORPUS)}
        subprocess.run([sys.executable, os.path.join(HERE, "make.py")], check=True, stdout=subprocess.DEVNULL)
        after = {n: hashlib.md5(open(os.path.join(CORPUS, n), "rb").read()).hexdigest() for n in os.listdir(CORPUS)}
        if before != after:
            err("make.py rerun changed the corpus")
    docs = sorted(os.listdir(CORPUS))
    if set(docs) != {make.DOC_A, make.DOC_B, make.DOC_C}:
        err("corpus holds", docs)
    exts = {os.path.splitext(d)[1] for d in docs}
    if exts != {".docx", ".pdf", ".txt"}:
        err("one .docx, one .pdf and one .txt wanted:", exts)
    with open(os.path.join(CORPUS, make.DOC_C), encoding="utf-8") as f:
        raw = f.read()
    if raw != unicodedata.normalize("NFC", raw):
        err(make.DOC_C, "is not NFC")
    long_lines = [ln for ln in raw.split("\n") if len(ln) > 90]
    if long_lines:
        err(make.DOC_C, "has", len(long_lines), "lines longer than 90 characters")
    for d in (make.DOC_A, make.DOC_B):
        if library_text(d) != unicodedata.normalize("NFC", library_text(d)):
            err(d, "text is not NFC")
    items, ids = [], set()
    with open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8") as f:
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
    cited = set()
    for it in items:
        iid, kind = it["id"], it["kind"]
        if iid in ids:
            err(iid, "duplicate id")
        ids.add(iid)
        if kind not in PREFIX:
            err(iid, "unknown kind", kind)
            continue
        if not re.fullmatch(rf"l10-{PREFIX[kind]}-\d{{3}}", iid):
            err(iid, "id does not match kind")
        for k in ("question", "answer"):
            if not isinstance(it[k], str) or not it[k].strip():
                err(iid, "empty", k)
        q = it["question"]
        if kind == "no_diacritics" and not q.isascii():
            err(iid, "no_diacritics question is not ASCII")
        if kind == "english":
            words = [w.strip("?,.;:()“”\"'") for w in q.split()]
            viet = [w for w in words if not w.isascii() and w not in EN_ALLOWED]
            if viet:
                err(iid, "english question has Vietnamese words:", viet)
        mi = it["must_include"]
        if not isinstance(mi, list):
            err(iid, "must_include is not a list")
            continue
        if kind == "unanswerable":
            if mi or it["document"] is not None or it["section"] is not None or it["evidence"] is not None:
                err(iid, "unanswerable item needs [] and nulls")
            continue
        if not 1 <= len(mi) <= 3:
            err(iid, "must_include needs 1-3 strings, has", len(mi))
        for m in mi:
            if m.lower() not in it["answer"].lower():
                err(iid, "must_include not in answer:", m)
        dl, sl, el = as_list(it["document"]), as_list(it["section"]), as_list(it["evidence"])
        if not (len(dl) == len(sl) == len(el)):
            err(iid, "parallel lists differ")
            continue
        if isinstance(it["document"], list) != isinstance(it["section"], list) or \
                isinstance(it["document"], list) != isinstance(it["evidence"], list):
            err(iid, "document/section/evidence must all be lists or all be strings")
        for m in mi:
            if not any(squash(m) in library_text(d) for d in set(dl) if d in docs):
                err(iid, "must_include not in the cited document text:", m)
        for d, s, e in zip(dl, sl, el):
            if d not in docs:
                err(iid, "document not in corpus:", d)
                continue
            cited.add(d)
            if len(e) > 320:
                err(iid, "evidence longer than 320 characters")
            if squash(e) not in library_text(d):
                err(iid, "evidence not in document text:", d, "|", e[:70])
            st = section_text(d, s)
            if st is None:
                err(iid, "section not in gold map:", d, s)
            elif squash(e) not in st:
                where = [g for g, t in make.gold(d) if squash(e) in squash(t)]
                err(iid, "evidence not inside section", s, "found in", sorted(set(where)) or "-")
    if set(docs) - cited:
        err("documents never cited:", set(docs) - cited)
    if len(items) < 120:
        err("fewer than 120 items")
    if sum(i["kind"] == "cross_document" for i in items) < 8:
        err("fewer than 8 cross_document items")
    if sum(i["kind"] == "comparison" for i in items) < 5:
        err("fewer than 5 comparison items")
    n_un = sum(i["kind"] == "unanswerable" for i in items)
    if n_un < 10:
        err("fewer than 10 unanswerable items")
    for k in list(PREFIX):
        if not any(i["kind"] == k for i in items):
            err("kind missing:", k)
    # names are new
    skip = os.path.abspath(os.path.join(HERE, ".."))
    for root in ("/work/main/evals", "/work/main/corpus"):
        for dp, dn, fn in os.walk(root):
            if os.path.abspath(dp).startswith(skip) or "__pycache__" in dp:
                continue
            for f in fn:
                fp = os.path.join(dp, f)
                try:
                    if f.endswith((".txt", ".md", ".jsonl", ".json", ".py", ".csv", ".html")):
                        txt = open(fp, encoding="utf-8", errors="ignore").read()
                    elif f.endswith(".docx"):
                        import docx
                        dd = docx.Document(fp)
                        txt = "\n".join([p.text for p in dd.paragraphs] +
                                        [c.text for t in dd.tables for r in t.rows for c in r.cells])
                    elif f.endswith(".pdf"):
                        import pypdf
                        txt = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(fp).pages)
                    else:
                        continue
                except Exception:  # noqa: BLE001
                    continue
                for nm in NAMES:
                    if nm in txt:
                        err("name used elsewhere:", nm, "in", os.path.join(dp, f))
    kinds = {}
    for i in items:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    per_doc = {}
    for i in items:
        for d in set(as_list(i["document"])):
            if d:
                per_doc[d] = per_doc.get(d, 0) + 1
    print(len(items), "items")
    print("per kind:", kinds)
    print("items citing each document:", per_doc)
    for b in bad:
        print("PROBLEM", b)
    print("problems:", len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
