"""Scale benchmark: answering time and memory when the index holds 10k and 100k sections (issue 10).

    .venv/bin/python -m evals.bench_scale                       # the real index, then 10k and 100k sections
    .venv/bin/python -m evals.bench_scale --sizes 10000         # one size

The corpus grows by perturbed copies of the indexed plans: each copy of a plan is another document (its own
name, number and title), every section's heading and text with a share of its words swapped for other words
of the corpus, its fields (units, timing) kept, so the register, the plan cues and BM25 all grow. Embedding
100k sections on this CPU would take hours, so a copy's vectors are its original's plus Gaussian noise,
renormalised (cosine ≈ 0.85 to the original); questions are still encoded by the real model. The snapshot is
built in memory with the same code that loads an index (``Snapshot.build``); Chroma, which answering never
reads, is left out. Each size answers the 206 eval questions (answer cache off) after a warm-up pass and
prints p50/p95 per question, the query encode alone, the build time and the memory the index adds (RSS).
Figures only: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import re
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from assistant.config import PROJECT_ROOT, get_settings

QUESTIONS_FILE = PROJECT_ROOT / "evals" / "qa.jsonl"
_WORD = re.compile(r"[^\W\d_]+")


def rss_mb() -> float:
    """Resident memory of this process now (not the peak)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def questions() -> list[str]:
    return [json.loads(line)["question"] for line in QUESTIONS_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip()]


class Perturb:
    """Swaps a share of a text's words for words drawn from the corpus, deterministically per seed."""

    def __init__(self, vocabulary: list[str], share: float, seed: int):
        self.vocabulary = vocabulary
        self.share = share
        self.rng = np.random.default_rng(seed)

    def __call__(self, text: str) -> str:
        words = _WORD.findall(text)
        if not words:
            return text
        draws = iter(self.rng.random(len(words)).tolist())
        picks = iter(self.rng.integers(0, len(self.vocabulary), len(words)).tolist())

        def swap(m: re.Match) -> str:
            pick = next(picks)
            return self.vocabulary[pick] if next(draws) < self.share else m.group(0)

        return _WORD.sub(swap, text)


def synthesize(base, size: int, share: float, noise: float, seed: int):
    """(manifest, chunks, lexical terms, vectors) of about ``size`` sections: the base index and copies."""
    from index.chunking import Chunk
    from index.lexical import terms

    documents = base.manifest["documents"]
    by_doc: dict[str, list[int]] = {}
    for i, c in enumerate(base.chunks):
        by_doc.setdefault(c.document, []).append(i)
    copies = max(0, -(-size // len(base.chunks)) - 1)
    vocabulary = sorted({w for c in base.chunks for w in _WORD.findall(c.text) if len(w) > 1})
    perturb = Perturb(vocabulary, share, seed)
    rng = np.random.default_rng(seed + 1)
    manifest = dict(base.manifest, documents=dict(documents))
    chunks: list[Chunk] = list(base.chunks)
    lexical = [" ".join(terms(c.lexical_text())) for c in base.chunks]  # as an index stores them
    source_rows: list[int] = list(range(len(base.chunks)))  # the base chunk each chunk copies
    for j in range(1, copies + 1):
        for name, meta in documents.items():
            stem, dot, ext = name.rpartition(".")
            copy_name = f"{stem}~{j:04d}.{ext}" if dot else f"{name}~{j:04d}"
            number = meta.get("number") or ""
            head, slash, tail = number.partition("/")
            new_number = f"{int(head) + 1000 * j}{slash}{tail}" if head.isdigit() else number
            title = f"{meta.get('title', '')} (bản {j})"
            manifest["documents"][copy_name] = dict(meta, document=copy_name, number=new_number, title=title,
                                                    raw_title=f"{meta.get('raw_title', '')} (bản {j})")
            for i in by_doc.get(name, []):
                c = base.chunks[i]
                heading, text = perturb(c.heading), perturb(c.text)
                copy = replace(c, id=f"{copy_name}::{c.section}::{c.part}", document=copy_name, title=title,
                               heading=heading, text=text)
                chunks.append(copy)
                lexical.append(" ".join(terms(copy.lexical_text())))
                source_rows.append(i)
    source = np.asarray(source_rows)

    def vectors(by_id: dict[str, int]) -> dict[str, tuple[list[int], np.ndarray]]:
        out = {}
        for variant, (rows, matrix) in base.vectors.items():
            row_of = {chunk: r for r, chunk in enumerate(rows)}  # base chunk position → its row
            keep = [k for k, s in enumerate(source_rows) if s in row_of]
            picked = matrix[[row_of[source[k]] for k in keep]].astype(np.float32)
            if len(picked) > len(rows):
                extra = picked[len(rows):]
                extra += rng.standard_normal(extra.shape, dtype=np.float32) * noise
                extra /= np.linalg.norm(extra, axis=1, keepdims=True)
            out[variant] = (keep, picked)
        return out

    return manifest, chunks, lexical, vectors


def measure(assistant, qs: list[str]) -> dict:
    for q in qs[:30]:  # warm-up: the per-snapshot lookups, caches of folded words
        assistant.ask(q)
    latencies, encodes = [], []
    for q in qs:
        t = time.perf_counter()
        assistant.ask(q)
        latencies.append(1000 * (time.perf_counter() - t))
    for q in qs[:100]:
        t = time.perf_counter()
        assistant.engine.embedder.encode_queries([q])
        encodes.append(1000 * (time.perf_counter() - t))
    return {"questions": len(qs), "p50_ms": round(statistics.median(latencies), 1),
            "p95_ms": round(pct(latencies, 95), 1), "max_ms": round(max(latencies), 1),
            "encode_p50_ms": round(statistics.median(encodes), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench_scale", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated section counts")
    parser.add_argument("--share", type=float, default=0.15, help="share of a copy's words swapped")
    parser.add_argument("--noise", type=float, default=0.03, help="per-dimension noise on a copy's vectors")
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args(argv)

    from assistant.conversation import MemoryConversationStore
    from assistant.service import Assistant, make_answerer
    from index.embedding import load_embedder
    from index.retrieval import SearchEngine, Snapshot, release_freed_memory

    settings = get_settings().model_copy(update={"answer_cache_size": 0})  # every question answered
    embedder = load_embedder(settings)
    qs = questions()
    rows = []

    def run(label: str, snapshot, build_s: float, index_mb: float) -> None:
        engine = SearchEngine(settings, embedder, snapshot)
        assistant = Assistant(settings, engine, make_answerer(settings, engine), MemoryConversationStore())
        figures = {"index": label, "sections": len(snapshot.chunks), "documents": len(snapshot.manifest["documents"]),
                   "build_s": round(build_s, 1), "index_mb": round(index_mb), "load_before": load(),
                   **measure(assistant, qs), "rss_mb": round(rss_mb()), "load_after": load()}
        rows.append(figures)
        print(json.dumps(figures, ensure_ascii=False), flush=True)

    before = rss_mb()
    t = time.perf_counter()
    base = Snapshot.load(settings, embedder)
    run("the index as built", base, time.perf_counter() - t, rss_mb() - before)
    for size in (int(s) for s in args.sizes.split(",") if s):
        gc.collect()
        before = rss_mb()
        t = time.perf_counter()
        manifest, chunks, lexical, vectors = synthesize(base, size, args.share, args.noise, args.seed)
        snapshot = Snapshot.build(Path(f"synthetic-{size}"), manifest, chunks, lexical, None, vectors)
        del lexical  # as after a load: the index keeps its posting arrays, not the term lists
        gc.collect()
        release_freed_memory()  # as Snapshot.load does
        run(f"synthetic {size:,}", snapshot, time.perf_counter() - t, rss_mb() - before)
        del snapshot, manifest, chunks
    keys = ["sections", "documents", "p50_ms", "p95_ms", "encode_p50_ms", "build_s", "index_mb", "rss_mb",
            "load_before", "load_after"]
    print(f"\n{'':>22s} " + " ".join(f"{k:>14s}" for k in keys))
    for r in rows:
        print(f"{r['index']:>22s} " + " ".join(f"{str(r[k]):>14s}" for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
