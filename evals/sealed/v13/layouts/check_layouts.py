# -*- coding: utf-8 -*-
"""Check the sealed layouts split v13 (qa.jsonl + corpus/). Exit 0 when clean.

    /work/main/.venv/bin/python check_layouts.py [--no-rebuild]

Adapted from evals/sealed/v12/layouts/check_layouts.py (documents, id prefix, names and minimum counts of this
split; the third document is Markdown (.md) instead of plain text; the PDF allocation table header repeat; the
Word ranking tables' two-row merged headers; the arithmetic of the figures tables is asserted by make.py). Checks:
  * JSON parses; fields exactly id, question, kind, answer, must_include, document, section, evidence (in that
    order); the line is NFC; ids unique and 'l13-<prefix>-NNN' matching the kind; kind known;
  * must_include: 1-3 strings for answerable items, [] for unanswerable ones; each string inside the answer
    (ignoring case), inside the text of a cited document as its library reads it (python-docx paragraphs and
    table cells in body order, the .md as written, pypdf for the .pdf; all NFC-normalised, '*' removed,
    whitespace including non-breaking spaces collapsed) and inside a cited section (its text and its
    descendants', or the heading text of a section above it);
  * unanswerable items have document/section/evidence null; list-valued document/section/evidence are parallel;
  * evidence (at most 320 characters) occurs in the cited document's text (NFC, '*' removed, whitespace
    collapsed, lower-cased) AND inside the stated section or one of its descendants, per the gold section map
    of make.py's own document model (no project code is read or run);
  * every document is cited; at least 160 items, 15 unanswerable, 8 cross_document, 5 comparison; every kind
    of the split present; no_diacritics and english questions are ASCII;
  * the place and person names, phone numbers and document numbers of the split occur nowhere under
    /work/main/evals or /work/main/corpus outside this split (text files, and the text of .docx/.pdf files);
  * corpus: exactly one .docx, one .pdf, one .md; the .md has no line longer than 90 characters (counted after
    NFC), its prose hard-wrapped (most long lines 60-90 characters), at least 5 lines in NFD and at least 5
    non-breaking spaces; the PDF allocation table repeats its header row on the page it continues on and runs
    over two pages; the .docx has two tables whose header is two rows long with a cell merged across columns,
    both rows marked to repeat;
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

SPLIT = "l13"
FIELDS = ["id", "question", "kind", "answer", "must_include", "document", "section", "evidence"]
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "frequency": "freq", "fact": "fact",
          "figure": "fig", "list": "list", "period": "period", "count": "count", "abbreviation": "abbr",
          "cross_document": "cross", "comparison": "cmp", "unit_duties": "duties", "task_list": "tasks",
          "no_diacritics": "nodiac", "english": "en", "unanswerable": "unans"}
MIN_ITEMS, MIN_UNANS, MIN_CROSS, MIN_CMP = 160, 15, 8, 5
NAMES = ["Vân Thạch", "Đá Mài", "Cầu Ván", "Bãi Lau", "Dốc Cọ", "Nghè Đông", "Khuổi Mận", "Lũng Sươn",
         "Phiêng Cà", "Nà Đon", "Bản Lìm", "Cốc Mạ", "Suối Chè", "Chiềng Ngần", "Nậm Mười",
         "Đinh Hữu Khiêm", "Lưu Quang Tuệ", "Mạc Thị Hoài Thu", "Vi Thị Lành", "Chu Đình Nghiêm",
         "0214 3 628 571", "0214 3 771 046", "0214 3 519 306",
         "287/QĐ-UBND", "74/KH-UBND", "193/BC-UBND", "58/HĐND-VP", "1542/QĐ-UBND", "312/KH-UBND", "27/TTr-SNV",
         "41/SNV-CCHC"]


def squash(s):
    s = unicodedata.normalize("NFC", s).replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


_text = {}


def library_text(name, raw=False):
    key = (name, raw)
    if key in _text:
        return _text[key]
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
    _text[key] = txt if raw else squash(txt)
    return _text[key]


_gold = {}


def gold(name):
    if name not in _gold:
        _gold[name] = make.gold(name)
    return _gold[name]


def section_text(name, section):
    """Squashed text of a section and its descendants (gold map from make.py); None if no such section."""
    parts = [t for s, t in gold(name) if s == section or s.startswith(section + ".")]
    return squash(" ".join(parts)) if parts else None


def heading_text(name, section):
    """Own text of the sections above `section` (its headings)."""
    labels = section.split(".")
    above = {".".join(labels[:k]) for k in range(1, len(labels))}
    return squash(" ".join(t for s, t in gold(name) if s in above))


def as_list(x):
    return x if isinstance(x, list) else [x]


def md5s():
    return {n: hashlib.md5(open(os.path.join(CORPUS, n), "rb").read()).hexdigest() for n in sorted(os.listdir(CORPUS))}


def main():
    bad = []

    def err(*a):
        bad.append(" ".join(str(x) for x in a))

    # ------------------------------------------------------------------ reruns
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
    if exts != [".docx", ".md", ".pdf"]:
        err("one .docx, one .pdf and one .md wanted:", exts)
    with open(os.path.join(CORPUS, make.DOC_C), encoding="utf-8") as f:
        raw = f.read()
    nfd_lines = [ln for ln in raw.split("\n") if ln != unicodedata.normalize("NFC", ln)]
    if len(nfd_lines) < 5:
        err(make.DOC_C, "has fewer than 5 NFD lines:", len(nfd_lines))
    if raw.count("\u00a0") < 5:
        err(make.DOC_C, "has fewer than 5 non-breaking spaces")
    lines = unicodedata.normalize("NFC", raw).split("\n")
    long_lines = [ln for ln in lines if len(ln) > 90]
    if long_lines:
        err(make.DOC_C, "has", len(long_lines), "lines longer than 90 characters")
    # a prose line that the next line continues (same paragraph or bullet) is a hard-wrapped line
    prose = [ln for ln, nx in zip(lines, lines[1:])
             if nx.strip() and "|" not in ln and not ln.startswith(("=", "-", "#")) and len(ln) >= 40
             and not nx.lstrip().startswith(("-", "+", "•", "#"))]
    wrapped = [ln for ln in prose if 60 <= len(ln) <= 90]
    if len(prose) < 40 or len(wrapped) < 0.9 * len(prose):
        err(make.DOC_C, "prose is not hard-wrapped at 60-90 characters:", len(wrapped), "/", len(prose))
    for d in (make.DOC_A, make.DOC_B):
        if library_text(d) != unicodedata.normalize("NFC", library_text(d)):
            err(d, "text is not NFC")
    import pypdf
    pages = [p.extract_text() for p in pypdf.PdfReader(os.path.join(CORPUS, make.DOC_B)).pages]
    head = "STT Cơ quan, địa phương"
    if sum(head in p for p in pages) < 2:
        err(make.DOC_B, "allocation table header is not repeated on a second page")
    rows_on = [k for k, p in enumerate(pages) for r in ("Sở Nội vụ 3.418", "Xã Nậm Mười 2.983") if r in p]
    if len(set(rows_on)) < 2:
        err(make.DOC_B, "allocation table does not run over two pages")
    import docx
    from docx.oxml.ns import qn
    dd = docx.Document(os.path.join(CORPUS, make.DOC_A))
    merged = 0
    for t in dd.tables:
        trs = t._tbl.tr_lst
        if len(trs) > 2 and all(tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None
                                for tr in trs[:2]) and trs[0].xpath(".//w:gridSpan"):
            merged += 1
    if merged < 2:
        err(make.DOC_A, "fewer than 2 tables with a repeated two-row merged header:", merged)
    # every gold piece of text is in the document as its library reads it
    # (a piece broken by a PDF page footer, or a wrapped cell of C's activity table, is checked word by word)
    for d in docs:
        lt = library_text(d)
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
    cited = set()
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
        if kind in ("cross_document",) and len(set(dl)) < 2:
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
        for d, s, e in zip(dl, sl, el):
            if d not in docs:
                err(iid, "document not in corpus:", d)
                continue
            cited.add(d)
            if not isinstance(e, str) or not e.strip():
                err(iid, "empty evidence")
                continue
            if len(e) > 320:
                err(iid, "evidence longer than 320 characters")
            if squash(e) not in library_text(d):
                err(iid, "evidence not in document text:", d, "|", e[:70])
            st = section_text(d, s)
            if st is None:
                err(iid, "section not in gold map:", d, s)
            elif squash(e) not in st:
                where = [g for g, t in gold(d) if squash(e) in squash(t)]
                err(iid, "evidence not inside section", s, "found in", sorted(set(where)) or "-")
    if set(docs) - cited:
        err("documents never cited:", set(docs) - cited)
    counts = {}
    for i in items:
        counts[i["kind"]] = counts.get(i["kind"], 0) + 1
    if len(items) < MIN_ITEMS:
        err("fewer than", MIN_ITEMS, "items")
    if counts.get("unanswerable", 0) < MIN_UNANS:
        err("fewer than", MIN_UNANS, "unanswerable items")
    if counts.get("cross_document", 0) < MIN_CROSS:
        err("fewer than", MIN_CROSS, "cross_document items")
    if counts.get("comparison", 0) < MIN_CMP:
        err("fewer than", MIN_CMP, "comparison items")
    for k in PREFIX:
        if not counts.get(k):
            err("kind missing:", k)
    # ------------------------------------------------------------------ names are new
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
                        txt = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(fp).pages)
                    else:
                        continue
                except Exception:  # noqa: BLE001
                    continue
                txt = unicodedata.normalize("NFC", txt)
                for nm in NAMES:
                    if nm in txt:
                        err("name used elsewhere:", nm, "in", fp)
    per_doc = {}
    for i in items:
        for d in set(as_list(i["document"])):
            if d:
                per_doc[d] = per_doc.get(d, 0) + 1
    print(len(items), "items")
    print("per kind:", counts)
    print("items citing each document:", per_doc)
    for b in bad:
        print("PROBLEM", b)
    print("problems:", len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
