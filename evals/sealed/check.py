# -*- coding: utf-8 -*-
"""Check the sealed sets: JSON parses, ids unique, schema fields, must_include in answer,
evidence occurs (whitespace-collapsed, NFC, '*' removed) in the named document's text.

    /work/main/.venv/bin/python /work/sealed/check.py
"""
import json, os, re, sys, unicodedata, collections

SETS = [
    ("/work/sealed/layouts/qa.jsonl", "/work/sealed/layouts/corpus"),
    ("/work/sealed/paraphrase/five_plans.jsonl", "/work/main/corpus"),
    ("/work/sealed/paraphrase/new_plans.jsonl", "/work/main/evals/new_plans/corpus"),
]
FIELDS = ["id", "question", "kind", "answer", "must_include", "document", "section", "evidence"]


def squash(s):
    s = unicodedata.normalize("NFC", s).replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


_cache = {}


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


def as_list(x):
    return x if isinstance(x, list) else [x]


def main():
    bad = 0
    allids = set()
    for qa, corpus in SETS:
        if not os.path.exists(qa):
            print("missing", qa)
            continue
        kinds = collections.Counter()
        styles = collections.Counter()
        n = 0
        for ln, line in enumerate(open(qa, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                it = json.loads(line)
            except Exception as e:
                print(qa, ln, "JSON", e); bad += 1; continue
            n += 1
            for f in FIELDS:
                if f not in it:
                    print(qa, ln, "missing field", f); bad += 1
            iid = it.get("id")
            if iid in allids:
                print(qa, ln, "dup id", iid); bad += 1
            allids.add(iid)
            kinds[it.get("kind")] += 1
            if "style" in it:
                styles[it["style"]] += 1
            if line != unicodedata.normalize("NFC", line):
                print(iid, "not NFC"); bad += 1
            ans = it.get("answer", "").lower()
            for m in it.get("must_include", []):
                if m.lower() not in ans:
                    print(iid, "must_include not in answer:", m); bad += 1
            if it.get("kind") == "unanswerable" or it.get("document") is None:
                if it.get("must_include") or it.get("section") is not None or it.get("evidence") is not None:
                    print(iid, "unanswerable should have nulls/[]"); bad += 1
                continue
            docs, secs, evs = as_list(it["document"]), as_list(it["section"]), as_list(it["evidence"])
            if not (len(docs) == len(secs) == len(evs)):
                print(iid, "parallel lists differ"); bad += 1
            for d, e in zip(docs, evs):
                p = os.path.join(corpus, d)
                if not os.path.exists(p):
                    print(iid, "doc not found", d); bad += 1; continue
                if len(e) > 320:
                    print(iid, "evidence long", len(e))
                if squash(e) not in doc_text(p):
                    print(iid, "evidence not in doc:", d, "|", e[:80]); bad += 1
            for m in it.get("must_include", []):
                if not any(squash(m) in doc_text(os.path.join(corpus, d)) for d in set(docs)
                           if os.path.exists(os.path.join(corpus, d))):
                    print(iid, "must_include not in document text:", m); bad += 1
        print(f"{qa}: {n} items; kinds {dict(kinds)}" + (f"; styles {dict(styles)}" if styles else ""))
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
