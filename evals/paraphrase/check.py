"""Independent checks of the W paraphrase set (own squash: NFC, drop '*', collapse whitespace).
Run from the repository: python evals/paraphrase/check.py"""
import json, re, sys, unicodedata, collections
sys.path.insert(0, "/tmp/w")
from pathlib import Path
import docx, pypdf

def squash(s):
    s = unicodedata.normalize("NFC", s).replace("*", "")
    return re.sub(r"\s+", " ", s).strip()

def doc_text(p):
    p = str(p)
    if p.endswith(".docx"):
        d = docx.Document(p); parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts.append(c.text)
        return "\n".join(parts)
    if p.endswith(".pdf"):
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    return open(p, encoding="utf-8").read()

_ROOT = Path(__file__).resolve().parents[2]
SETS = [("five_plans.jsonl", str(_ROOT / "evals/qa.jsonl"), str(_ROOT / "corpus")),
        ("new_plans.jsonl", str(_ROOT / "evals/new_plans/qa.jsonl"), str(_ROOT / "evals/new_plans/corpus"))]
FIELDS = ["id", "orig_id", "style", "question", "kind", "answer", "must_include", "document", "section", "evidence"]
THIRD = {"informal", "initials", "no_diacritics", "typo"}
here = Path(__file__).parent
problems = []; styles = collections.Counter(); kinds = collections.Counter(); thirds = collections.Counter()
cache = {}
def text(corpus, name):
    k = (corpus, name)
    if k not in cache: cache[k] = squash(doc_text(Path(corpus) / name))
    return cache[k]

for out, src, corpus in SETS:
    orig = {}
    for i, l in enumerate(open(src, encoding="utf-8").read().splitlines()):
        o = json.loads(l); orig[o["id"]] = (i, o)
    items = [json.loads(l) for l in open(here / out, encoding="utf-8")]
    ids = [it["id"] for it in items]
    if len(ids) != len(set(ids)): problems.append(f"{out}: duplicate ids")
    per = collections.defaultdict(list)
    for it in items:
        P = lambda m: problems.append(f"{it['id']}: {m}")
        if list(it) != FIELDS: P(f"fields {list(it)}")
        if it["question"] != unicodedata.normalize("NFC", it["question"]): P("question not NFC")
        i, o = orig[it["orig_id"]]
        if i % 4: P(f"original on line {i}")
        per[it["orig_id"]].append(it)
        styles[it["style"]] += 1
        for k in ("kind", "document", "section", "evidence"):
            if it[k] != o[k]: P(f"{k} differs from original")
        if it["style"] != "two_part":
            if it["answer"] != o["answer"] or it["must_include"] != o["must_include"]: P("answer/must_include changed")
        else:
            if it["must_include"][:len(o["must_include"])] != o["must_include"]: P("original must_include not kept")
            if o["kind"] != "unanswerable" and len(it["must_include"]) != len(o["must_include"]) + 1: P("two_part lacks extra must_include")
            if not it["answer"].startswith(o["answer"].rstrip()): P("answer not original + appendix")
        if it["kind"] == "unanswerable":
            if it["must_include"] or it["document"] is not None: P("unanswerable shape")
            continue
        docs = it["document"] if isinstance(it["document"], list) else [it["document"]]
        evs = it["evidence"] if isinstance(it["evidence"], list) else [it["evidence"]]
        texts = [text(corpus, d) for d in docs]
        for d, e, t in zip(docs, evs, texts):
            if squash(e) not in t: P(f"evidence not in {d}")
        for m in it["must_include"]:
            if not any(squash(m) in t for t in texts): P(f"must_include {m!r} not in document text")
            if m.lower() not in it["answer"].lower(): P(f"must_include {m!r} not in answer")
        if it["question"].strip() == o["question"].strip(): P("question identical to original")
    for oid, its in per.items():
        st = [x["style"] for x in its]
        if len(its) != 3 or st[0] != "english" or st[1] != "two_part" or st[2] not in THIRD:
            problems.append(f"{oid}: styles {st}")
        kinds[(out, its[0]["kind"])] += 1; thirds[st[2]] += 1
    print(out, len(items), "items from", len(per), "originals")

print("styles:", dict(styles)); print("third-style rotation:", dict(thirds))
print("originals per kind:", dict(kinds))
print("PROBLEMS:", len(problems)); print("\n".join(problems))
sys.exit(1 if problems else 0)
