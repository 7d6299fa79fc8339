# -*- coding: utf-8 -*-
"""Check the sealed new-layouts split v3 (adapted from /work/sealed2/check.py):

1. every line parses as JSON; fields present; ids unique and well-formed (l3-<kind>-NNN); NFC;
2. must_include ⊂ answer (case-insensitive); must_include occurs in the cited file (derived counts exempt);
3. unanswerable items: must_include [] and document/section/evidence null; parallel lists for multi-section items;
4. evidence occurs in the named document's text as its library reads it (python-docx paragraphs + table cells in
   body order; the .txt as written; pypdf for the .pdf). Comparison: NFC, '*' removed, whitespace (incl. NBSP,
   form feed) collapsed, case-insensitive. '<file>#2' = the plan attached to the decision in the .txt (from the
   line 'PHỤ LỤC' followed by 'KẾ HOẠCH' on), and '<file>' alone the decision part only;
5. evidence lies inside the stated section (or a descendant) of a gold section map built from make.py's own
   document model (not from any project parser);
6. every document (and the decision part and the plan part of the .txt) is cited.

    /work/main/.venv/bin/python check_layouts.py          # exit 0 when clean
"""
import collections, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
if not os.path.exists(os.path.join(HERE, "make.py")):
    HERE = os.path.join(HERE, "layouts")
sys.path.insert(0, HERE)
import make  # noqa: E402

QA = os.path.join(HERE, "qa.jsonl")
CORPUS = os.path.join(HERE, "corpus")
FIELDS = ["id", "question", "kind", "answer", "must_include", "document", "section", "evidence"]
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "period": "period", "count": "count",
          "fact": "fact", "figure": "fig", "abbreviation": "abbr", "frequency": "freq", "comparison": "cmp",
          "no_diacritics": "nodia", "english": "en", "unanswerable": "unans", "task_list": "tasks"}
ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)"


def squash(s):
    s = unicodedata.normalize("NFC", s).replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


# ------------------------------------------------------------------------------------------ document texts
def docx_text(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                seen = []
                for c in row.cells:
                    if c._tc in seen:
                        continue
                    seen.append(c._tc)
                    out.append(c.text)
    return "\n".join(out)


def raw_text(path):
    if path.endswith(".pdf"):
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if path.endswith(".docx"):
        return docx_text(path)
    return open(path, encoding="utf-8").read()


_cache = {}


def doc_text(name):
    if name in _cache:
        return _cache[name]
    base, _, part = name.partition("#")
    txt = unicodedata.normalize("NFC", raw_text(os.path.join(CORPUS, base)))
    if base.endswith(".txt") and part != "all":
        m = re.search(r"^\f?PHỤ LỤC\nKẾ HOẠCH$", txt, flags=re.M)
        if not m:
            raise SystemExit(f"{name}: no attached plan found")
        txt = txt[m.start():] if part == "2" else txt[:m.start()]
    elif part and part != "all":
        raise SystemExit(f"{name}: only the .txt carries a second document")
    _cache[name] = squash(txt)
    return _cache[name]


# ------------------------------------------------------------------------------------------ gold section maps
def add(m, path, text):
    m.setdefault(path, []).append(text)


def sections_A():
    m = {}
    for t in ["ĐẢNG BỘ TỈNH TRÀ GIANG", "ĐẢNG ỦY XÃ AN PHÚ", "Số 14-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "An Phú, ngày 20 tháng 01 năm 2026"]:
        add(m, "header", t)
    rom = ara = None
    zone = "header"
    for kind, t in make.A_BODY:
        if kind in ("title", "subtitle", "center"):
            add(m, "header", t); continue
        if kind == "h1":
            rom, ara, zone = re.match(rf"({ROMAN})\. ", t).group(1), None, None
            add(m, rom, t); continue
        if kind == "h2":
            ara = re.match(r"(\d+)\) ", t).group(1)
            add(m, f"{rom}.{ara}", t); continue
        if rom is None:
            add(m, "preamble", t); continue
        mm = re.match(r"([a-zđ])\. ", t)
        if mm and ara:
            add(m, f"{rom}.{ara}.{mm.group(1)}", t); continue
        mm = re.match(r"(\d+)\) ", t)
        if mm:
            add(m, f"{rom}.{mm.group(1)}", t); continue
        add(m, rom, t)
    for t in make.A_SIGN_LEFT:
        add(m, "closing", t)
    for t in make.A_SIGN_RIGHT:
        add(m, "signature", t)
    P = "Phụ lục 01"
    for t in ["PHỤ LỤC 01", "DANH MỤC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN NGHỊ QUYẾT 57 NĂM 2026",
              "(Kèm theo Kế hoạch số 14-KH/ĐU, ngày 20/01/2026 của Ban Thường vụ Đảng ủy xã An Phú)"]:
        add(m, P, t)
    prev = None
    for roman, title, rows in make.A_GROUPS:
        add(m, f"{P}.{roman}", title)
        for row in rows:
            vals = [prev[i] if v == "^" else v for i, v in enumerate(row)]
            add(m, f"{P}.{roman}.{row[0]}", " ; ".join(v.replace("\n", " ") for v in vals))
            prev = vals
    return m


def sections_B():
    dec, plan = {}, {}
    zone = "header"
    for kind, t in make.B_DECISION:
        if kind in ("gap", "page"):
            continue
        if t.startswith("Căn cứ"):
            zone = "preamble"
        mm = re.match(r"Điều (\d+)\. ", t)
        if mm:
            zone = f"Điều {mm.group(1)}"
        if t.startswith("Nơi nhận"):
            zone = "closing"
        if t.startswith("TM. "):
            zone = "signature"
        add(dec, zone, t)
    zone, chap, art, kh = "header", None, None, None
    for kind, t in make.B_PLAN:
        if kind in ("gap", "page"):
            continue
        mm = re.match(rf"Chương ({ROMAN})$", t)
        if mm:
            chap, art, kh = "Chương " + mm.group(1), None, None
            zone = chap
            add(plan, zone, t); continue
        mm = re.match(r"Điều (\d+)\. ", t)
        if mm:
            art, kh = f"{chap}.Điều {mm.group(1)}", None
            add(plan, art, t); continue
        if art is None:
            add(plan, zone, t); continue
        mm = re.match(r"(\d+)\. ", t)
        if mm:
            kh = f"{art}.{mm.group(1)}"
            add(plan, kh, t); continue
        mm = re.match(r"([a-zđ])\) ", t)
        if mm and kh:
            add(plan, f"{kh}.{mm.group(1)}", t); continue
        add(plan, kh or art, t)
    return dec, plan


def sections_C():
    m = {}
    for t in ["UBND TỈNH THẠCH LÂM", "BAN CHỈ ĐẠO CẢI THIỆN", "MÔI TRƯỜNG ĐẦU TƯ KINH DOANH", "Số: 03/KH-BCĐ",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thạch Lâm, ngày 14 tháng 4 năm 2025", "KẾ HOẠCH"]:
        add(m, "header", t)
    add(m, "preamble", make.C_PRE)
    add(m, "preamble", make.C_FOOT.lstrip("¹ "))
    rom = None

    def body(items):
        nonlocal rom
        for kind, t in items:
            if kind == "h":
                rom = re.match(rf"({ROMAN})\. ", t).group(1)
                add(m, rom, t); continue
            mm = re.match(r"(\d+)\. ", t)
            add(m, f"{rom}.{mm.group(1)}" if mm else rom, t)
    body(make.C_BODY1)
    for r in make.C_TABLE1:
        add(m, "II", " ; ".join(r))
    body(make.C_BODY2)
    add(m, "III.2", "Bảng 2. Lịch hoạt động của Ban Chỉ đạo")
    for year, rows in make.C_TABLE2:
        add(m, "III.2", year)
        prev = None
        for r in rows:
            vals = [prev[i] if v == "^" else v for i, v in enumerate(r)]
            add(m, f"III.2.{r[0]}", " ; ".join(vals))
            prev = vals
    body(make.C_BODY3)
    for r in make.C_TABLE3[1:]:
        add(m, f"IV.{r[0]}", " ; ".join(r))
    body(make.C_BODY4)
    for t in ["Nơi nhận:", "Thường trực Tỉnh ủy (b/c);"]:
        add(m, "closing", t)
    for t in ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND TỈNH", "Hồ Văn Lâm"]:
        add(m, "signature", t)
    return m


def gold():
    dec, plan = sections_B()
    return {make.A_NAME: sections_A(), make.B_NAME: dec, make.B_NAME + "#2": plan, make.C_NAME: sections_C()}


def in_section(gmap, sec, ev):
    e = squash(ev).replace(" ; ", " ")
    keys = [k for k in gmap if k == sec or k.startswith(sec + ".")]
    if not keys:
        return None
    for k in keys:
        for t in gmap[k]:
            if e in squash(t).replace(" ; ", " ").replace(";", ";"):
                return True
            if e in squash(t.replace(" ; ", "; ")) or e in squash(t.replace(" ; ", " ")):
                return True
    return False


def found_in(gmap, ev):
    e = squash(ev)
    return [k for k, ts in gmap.items() if any(e in squash(t.replace(" ; ", " ")) or e in squash(t) for t in ts)]


def as_list(x):
    return x if isinstance(x, list) else [x]


def main():
    bad = 0
    G = gold()
    ids, kinds, used = set(), collections.Counter(), collections.Counter()
    n = 0
    for ln, line in enumerate(open(QA, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            it = json.loads(line)
        except Exception as e:
            print(ln, "JSON", e); bad += 1; continue
        n += 1
        for f in FIELDS:
            if f not in it:
                print(ln, "missing field", f); bad += 1
        iid, kind = it.get("id"), it.get("kind")
        if iid in ids:
            print(ln, "dup id", iid); bad += 1
        ids.add(iid)
        if kind not in PREFIX or not re.fullmatch(rf"l3-{PREFIX.get(kind, '?')}-\d{{3}}", iid or ""):
            print(iid, "bad id/kind", kind); bad += 1
        kinds[kind] += 1
        if line != unicodedata.normalize("NFC", line):
            print(iid, "not NFC"); bad += 1
        ans = it.get("answer", "").lower()
        for s in it.get("must_include", []):
            if s.lower() not in ans:
                print(iid, "must_include not in answer:", s); bad += 1
        if len(it.get("must_include", [])) > 3:
            print(iid, "more than 3 must_include"); bad += 1
        if kind == "unanswerable":
            if it.get("must_include") or any(it.get(k) is not None for k in ("document", "section", "evidence")):
                print(iid, "unanswerable should have [] and nulls"); bad += 1
            continue
        if not it.get("must_include"):
            print(iid, "answerable item without must_include"); bad += 1
        docs, secs, evs = as_list(it["document"]), as_list(it["section"]), as_list(it["evidence"])
        if not (len(docs) == len(secs) == len(evs)):
            print(iid, "parallel lists differ"); bad += 1
        for d, s, e in zip(docs, secs, evs):
            used[d] += 1
            if not os.path.exists(os.path.join(CORPUS, d.partition("#")[0])):
                print(iid, "doc not found", d); bad += 1; continue
            if len(e) > 320:
                print(iid, "evidence long", len(e))
            if squash(e) not in doc_text(d):
                print(iid, "evidence not in document text:", d, "|", e[:70]); bad += 1
            r = in_section(G[d], s, e)
            if r is None:
                print(iid, "section not in gold map:", d, s); bad += 1
            elif not r:
                print(iid, "evidence not in stated section", s, "found in", found_in(G[d], e)); bad += 1
        files = {d.partition("#")[0] for d in docs}
        for s in ([] if kind == "count" else it.get("must_include", [])):
            if not any(squash(s) in doc_text(f + "#all") for f in files):
                print(iid, "must_include not in cited document text:", s); bad += 1
    for d in G:
        if not used[d]:
            print("document never cited:", d); bad += 1
    print(f"{QA}: {n} items; kinds {dict(sorted(kinds.items()))}")
    print("citations per document:", dict(used))
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
