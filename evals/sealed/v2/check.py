# -*- coding: utf-8 -*-
"""Check the sealed new-layouts split v2: JSON parses, ids unique and well-formed (l2-<kind>-NNN), schema fields,
NFC, must_include ⊂ answer, must_include in the cited document(s), evidence occurs (NFC, whitespace incl. NBSP
collapsed, '*' removed, case-insensitive) in the named document's text. '<file>#2' = the plan attached to the
letter in <file> (text from the second letterhead on); '<file>' alone then means the letter part only.

    /work/main/.venv/bin/python /work/sealed2/check.py
"""
import json, os, re, sys, unicodedata, collections

QA = "/work/sealed2/layouts/qa.jsonl"
CORPUS = "/work/sealed2/layouts/corpus"
FIELDS = ["id", "question", "kind", "answer", "must_include", "document", "section", "evidence"]
PREFIX = {"lead": "lead", "coordinators": "coord", "timing": "time", "period": "period", "task_list": "tasks",
          "count": "count", "fact": "fact", "figure": "fig", "abbreviation": "abbr", "frequency": "freq",
          "comparison": "cmp", "no_diacritics": "nodia", "english": "en", "unanswerable": "unans"}


def squash(s):
    s = unicodedata.normalize("NFC", s).replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


_cache = {}


def raw_text(path):
    if path.endswith(".pdf"):
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if path.endswith(".docx"):
        import docx
        return "\n".join(p.text for p in docx.Document(path).paragraphs)
    return open(path, encoding="utf-8").read()


def doc_text(name):
    if name in _cache:
        return _cache[name]
    base, _, part = name.partition("#")
    txt = unicodedata.normalize("NFC", raw_text(os.path.join(CORPUS, base)))
    if base.endswith(".txt") and name != base + "#all":
        # the letter carries a plan: split at the second letterhead
        marks = [m.start() for m in re.finditer(r"^ỦY BAN NHÂN DÂN", txt, flags=re.M)]
        if len(marks) >= 2:
            txt = txt[marks[1]:] if part == "2" else txt[:marks[1]]
        elif part:
            raise SystemExit(f"{name}: no second document in file")
    _cache[name] = squash(txt)
    return _cache[name]


def as_list(x):
    return x if isinstance(x, list) else [x]


def main():
    bad = 0
    ids = set()
    kinds, docs_used = collections.Counter(), collections.Counter()
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
        if kind not in PREFIX or not re.fullmatch(rf"l2-{PREFIX.get(kind, '?')}-\d{{3}}", iid or ""):
            print(iid, "bad id/kind", kind); bad += 1
        kinds[kind] += 1
        if line != unicodedata.normalize("NFC", line):
            print(iid, "not NFC"); bad += 1
        ans = it.get("answer", "").lower()
        for m in it.get("must_include", []):
            if m.lower() not in ans:
                print(iid, "must_include not in answer:", m); bad += 1
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
            docs_used[d] += 1
            if not os.path.exists(os.path.join(CORPUS, d.partition("#")[0])):
                print(iid, "doc not found", d); bad += 1; continue
            if not s:
                print(iid, "empty section"); bad += 1
            if len(e) > 320:
                print(iid, "evidence long", len(e))
            if squash(e) not in doc_text(d):
                print(iid, "evidence not in doc:", d, "|", e[:80]); bad += 1
        # derived counts ('13 nhiệm vụ') are not quoted from the text; other strings must occur in the cited
        # file (a letter and its attached plan count as one file here)
        files = {d.partition("#")[0] for d in docs}
        for m in ([] if kind == "count" else it.get("must_include", [])):
            if not any(squash(m) in doc_text(f + "#all") for f in files):
                print(iid, "must_include not in cited document text:", m); bad += 1
    print(f"{QA}: {n} items; kinds {dict(sorted(kinds.items()))}")
    print("documents cited:", dict(docs_used))
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
