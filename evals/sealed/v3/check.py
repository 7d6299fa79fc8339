# -*- coding: utf-8 -*-
"""Check the sealed paraphrase split v3 (/work/sealed3/paraphrase/*.jsonl).

Adapted from /work/main/evals/sealed/check.py (v1) and the v2 checks. Checks:
  * JSON parses; fields exactly id, orig_id, style, question, kind, answer, must_include, document, section,
    evidence (in that order); NFC; ids unique (also across both files) and equal to <orig_id>-q1..q3;
  * must_include ⊂ answer (ignoring case) and every must_include string occurs in a cited document;
  * evidence occurs in the named document (NFC, whitespace collapsed, '*' removed, case-insensitive; .docx via
    python-docx incl. table cells, .pdf via pypdf); parallel lists; nulls/[] on unanswerable items;
  * task-table rows (.docx III.<group>.<n>, .pdf II.<n>, .md 'Phụ lục I.<n>'): evidence inside that row;
  * selection rules: originals exist, none at a 0-based line index divisible by 4, none used by v1 or v2,
    40 originals from qa.jsonl + 20 from new_plans/qa.jsonl (or all that remain), 5 unanswerable originals,
    three distinct styles per original, no two_part for unanswerable originals, styles balanced per file;
  * non-two_part items: kind/answer/must_include/document/section/evidence identical to the original;
  * two_part items: original must_include kept as prefix plus one extra string; answer = original answer, or
    original answer + one added sentence when the extra string was missing; every original evidence quote kept
    (verbatim or inside its extended span); the extra string inside the (extended) evidence; a new quote lies
    near an original quote of the same section (within 1,000 characters) unless it is a checked table row;
    must_include count <= 3 (five plans) / <= 4 (new plans);
  * question forms: no question equals its original or any v1/v2 question; no_diacritics questions are plain
    ASCII; english questions contain no Vietnamese letters except the allowed proper names; initials questions
    contain at least one abbreviation.

    /work/main/.venv/bin/python /work/sealed3/check.py
"""
import json, os, re, sys, unicodedata, collections

BASE = os.environ.get("SEALED3_DIR", "/work/sealed3/paraphrase")
SETS = [
    ("five", f"{BASE}/five_plans.jsonl", "/work/main/corpus", "/work/main/evals/qa.jsonl", 40, 3),
    ("new", f"{BASE}/new_plans.jsonl", "/work/main/evals/new_plans/corpus", "/work/main/evals/new_plans/qa.jsonl", 20, 4),
]
PREV = ["/work/main/evals/sealed/paraphrase/five_plans.jsonl", "/work/main/evals/sealed/paraphrase/new_plans.jsonl",
        "/work/main/evals/sealed/v2/paraphrase/five_plans.jsonl", "/work/main/evals/sealed/v2/paraphrase/new_plans.jsonl"]
FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]
COPIED = FIELDS[4:]
STYLES = ["informal", "no_diacritics", "initials", "english", "typo", "two_part"]
UNANSWERABLE_ORIGINALS = 5
# Vietnamese words allowed in English questions: proper place names, plus the abbreviation an abbreviation
# question asks about.
EN_ALLOWED = {"Quảng", "Ngãi", "Hà", "Tĩnh", "Ninh", "Thuận", "Đồng", "Xuân", "Ngãi's", "Thuận's", "Tĩnh's",
              "Xuân's", "\"CĐS\"", "CĐS"}
ABBREV = re.compile(r"\b(KH|VP|UBND|KHCN|TTHC|DVC|CĐS|BC|SYT|TTYT|PL|ATTT|ANM|TT|SĐT|GĐ|P\.|QN|NQ|TU|QĐ|PT-TH|PTTH|"
                    r"PT&TH|DN|TP|TX|QIII|CCHC)(?![\wÀ-ỹ])")


def squash(s):
    s = unicodedata.normalize("NFC", s).replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


_cache, _rows = {}, {}


def doc_text(path):
    if path in _cache:
        return _cache[path]
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                prev = None
                for c in row.cells:
                    if c._tc is not prev:
                        parts.append(c.text)
                    prev = c._tc
        txt = "\n".join(parts)
    elif path.endswith(".pdf"):
        import pypdf
        txt = "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    else:
        txt = open(path, encoding="utf-8").read()
    _cache[path] = squash(txt)
    return _cache[path]


def table_rows(path):
    """{section path: squashed row text} for the task tables of the new-plans layouts."""
    if path in _rows:
        return _rows[path]
    rows = {}
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        for t in d.tables:
            if not t.rows or "STT" not in t.rows[0].cells[0].text:
                continue
            group = None
            for row in t.rows[1:]:
                cells, prev = [], None
                for c in row.cells:
                    if c._tc is not prev:
                        cells.append(c.text)
                    prev = c._tc
                stt = cells[0].strip()
                if re.fullmatch(r"[IVX]+", stt):
                    group = stt
                elif stt.isdigit():
                    rows[f"III.{group}.{stt}"] = squash(" ".join(cells))
    elif path.endswith(".pdf"):
        import pypdf
        lines = "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split("\n")
        start = next(i for i, l in enumerate(lines) if l.startswith("TT Nhiệm vụ"))
        end = next(i for i, l in enumerate(lines) if l.startswith("III. KINH PHÍ"))
        n, cur = 0, None
        for l in lines[start:end]:
            if l.strip() == str(n + 1):
                n += 1
                cur = f"II.{n}"
                rows[cur] = ""
            elif cur and not l.startswith("TT Nhiệm vụ"):
                rows[cur] += " " + l
        rows = {k: squash(v) for k, v in rows.items()}
    elif path.endswith(".md"):
        for l in open(path, encoding="utf-8"):
            m = re.match(r"\|\s*(\d+)\s*\|", l)
            if m:
                rows[f"Phụ lục I.{m.group(1)}"] = squash(l.replace("<br>", " "))
    _rows[path] = rows
    return rows


def as_list(x):
    return x if isinstance(x, list) else [x]


def main():
    bad = 0

    def err(*a):
        nonlocal bad
        print(*a)
        bad += 1

    prev_origs, prev_questions = set(), set()
    for f in PREV:
        for l in open(f, encoding="utf-8"):
            if l.strip():
                it = json.loads(l)
                prev_origs.add(it["orig_id"])
                prev_questions.add(squash(it["question"]))
    allids = set()
    summary = []
    for key, path, corpus, src, want_origs, max_mi in SETS:
        originals, line_of = {}, {}
        for i, l in enumerate(open(src, encoding="utf-8")):
            if l.strip():
                o = json.loads(l)
                originals[o["id"]] = o
                line_of[o["id"]] = i
        eligible = [o for o in originals if line_of[o] % 4 and o not in prev_origs]
        items = []
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                it = json.loads(line)
            except Exception as e:
                err(path, ln, "JSON", e)
                continue
            if line != unicodedata.normalize("NFC", line):
                err(path, ln, "not NFC")
            if list(it) != FIELDS:
                err(path, ln, "fields differ:", list(it))
            items.append(it)
        by_orig = collections.defaultdict(list)
        for it in items:
            iid, oid = it.get("id"), it.get("orig_id")
            if iid in allids:
                err(iid, "dup id")
            allids.add(iid)
            by_orig[oid].append(it)
            o = originals.get(oid)
            if o is None:
                err(iid, "original not found", oid)
                continue
            if not re.fullmatch(re.escape(oid) + r"-q[123]", iid or ""):
                err(iid, "id is not <orig_id>-q1..3")
            if line_of[oid] % 4 == 0:
                err(iid, "original on a working-set line (index % 4 == 0)", line_of[oid])
            if oid in prev_origs:
                err(iid, "original used by v1 or v2")
            st = it["style"]
            if st not in STYLES:
                err(iid, "unknown style", st)
            q = it["question"]
            if squash(q) == squash(o["question"]) or squash(q) in prev_questions:
                err(iid, "question repeats its original or a v1/v2 question")
            if st == "no_diacritics" and not q.isascii():
                err(iid, "no_diacritics question has non-ASCII characters")
            if st == "english":
                viet = [w for w in q.replace("?", " ").replace(",", " ").replace(".", " ").split()
                        if not w.isascii() and w not in EN_ALLOWED]
                if viet:
                    err(iid, "english question has Vietnamese words:", viet)
            if st == "initials" and not ABBREV.search(q):
                err(iid, "initials question has no abbreviation")
            # ---- field relations with the original
            if st != "two_part":
                for f in COPIED:
                    if it[f] != o[f]:
                        err(iid, "field differs from original:", f)
            else:
                if o["kind"] == "unanswerable":
                    err(iid, "two_part on an unanswerable original")
                    continue
                if it["kind"] != o["kind"]:
                    err(iid, "kind differs")
                mi = it["must_include"]
                if mi[:len(o["must_include"])] != o["must_include"] or len(mi) != len(o["must_include"]) + 1:
                    err(iid, "must_include is not original + one string")
                extra = mi[-1]
                if it["answer"] != o["answer"]:
                    if not it["answer"].startswith(o["answer"].rstrip()) or extra.lower() in o["answer"].lower():
                        err(iid, "answer changed although the original already had the extra string / not a suffix")
                elif extra.lower() not in o["answer"].lower():
                    err(iid, "extra string missing from the answer")
                od, osec, oev = as_list(o["document"]), as_list(o["section"]), as_list(o["evidence"])
                nd, nsec, nev = as_list(it["document"]), as_list(it["section"]), as_list(it["evidence"])
                if len(nd) < len(od) or nd[:len(od)] != od or nsec[:len(osec)] != osec:
                    err(iid, "original document/section entries not kept")
                for k, e in enumerate(oev):
                    if squash(e) not in squash(nev[k]):
                        err(iid, "original evidence not kept in entry", k)
                for d, s in zip(nd[len(od):], nsec[len(osec):]):
                    if (d, s) not in set(zip(od, osec)):
                        err(iid, "added entry is not the same document and section", d, s)
                if not any(squash(extra) in squash(e) for e in nev):
                    err(iid, "extra string not inside the evidence:", extra)
                # new quotes near an original quote of the same section (or inside the stated table row)
                for k, (d, s, e) in enumerate(zip(nd, nsec, nev)):
                    if k < len(oev) and squash(e) == squash(oev[k]):
                        continue
                    p = os.path.join(corpus, d)
                    rows = table_rows(p)
                    if s in rows:
                        continue  # checked as a table row below
                    txt = doc_text(p)
                    pos = txt.find(squash(e))
                    near = [m.start() for od_, os_, oe in zip(od, osec, oev) if od_ == d and os_ == s
                            for m in re.finditer(re.escape(squash(oe)), txt)]
                    if pos < 0 or not any(0 <= q_ and abs(pos - q_) < 1000 for q_ in near):
                        err(iid, "new evidence not near the original quote of the same section", s)
                if len(mi) > max_mi:
                    err(iid, "too many must_include strings", len(mi))
            # ---- v1 checks
            ans = it["answer"].lower()
            for m in it["must_include"]:
                if m.lower() not in ans:
                    err(iid, "must_include not in answer:", m)
            if it["kind"] == "unanswerable" or it["document"] is None:
                if it["must_include"] or it["section"] is not None or it["evidence"] is not None:
                    err(iid, "unanswerable should have nulls/[]")
                continue
            docs, secs, evs = as_list(it["document"]), as_list(it["section"]), as_list(it["evidence"])
            if not (len(docs) == len(secs) == len(evs)):
                err(iid, "parallel lists differ")
            for d, s, e in zip(docs, secs, evs):
                p = os.path.join(corpus, d)
                if not os.path.exists(p):
                    err(iid, "doc not found", d)
                    continue
                if len(e) > 320:
                    print(iid, "note: evidence long", len(e))
                if squash(e) not in doc_text(p):
                    err(iid, "evidence not in doc:", d, "|", e[:80])
                rows = table_rows(p)
                if s in rows and squash(e) not in rows[s]:
                    err(iid, "evidence not in table row", s, "|", e[:60])
            for m in it["must_include"]:
                if not any(squash(m) in doc_text(os.path.join(corpus, d)) for d in set(docs)):
                    err(iid, "must_include not in document text:", m)
        # ---- selection rules per file
        n_orig = len(by_orig)
        if n_orig != min(want_origs, len(eligible)):
            err(key, "originals:", n_orig, "wanted", min(want_origs, len(eligible)))
        for oid, its in by_orig.items():
            styles = [i["style"] for i in its]
            if len(its) != 3 or len(set(styles)) != 3:
                err(oid, "needs three items with three distinct styles:", styles)
            if sorted(i["id"] for i in its) != [f"{oid}-q{k}" for k in (1, 2, 3)]:
                err(oid, "ids are not q1..q3")
        styles = collections.Counter(i["style"] for i in items)
        if max(styles.values()) - min(styles.get(s, 0) for s in STYLES) > 0:
            err(key, "styles not balanced", dict(styles))
        okinds = collections.Counter(originals[o]["kind"] for o in by_orig if o in originals)
        missing = {originals[o]["kind"] for o in eligible} - set(okinds)
        if missing:
            err(key, "kinds with eligible originals but none chosen:", missing)
        absent = {o["kind"] for o in originals.values()} - {originals[o]["kind"] for o in eligible}
        summary.append((key, path, len(items), n_orig, len(eligible), okinds, styles,
                        collections.Counter(i["kind"] for i in items), absent))
    n_unans = sum(s[5].get("unanswerable", 0) for s in summary)
    if n_unans != UNANSWERABLE_ORIGINALS:
        err("unanswerable originals:", n_unans, "wanted", UNANSWERABLE_ORIGINALS)
    for key, path, n, n_orig, n_el, okinds, styles, kinds, absent in summary:
        print(f"{path}: {n} items from {n_orig} originals ({n_el} eligible)")
        print("  originals per kind:", dict(sorted(okinds.items())))
        print("  items per kind:   ", dict(sorted(kinds.items())))
        print("  items per style:  ", {s: styles.get(s, 0) for s in STYLES})
        if absent:
            print("  kinds with no eligible original left:", sorted(absent))
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
