"""Snapshot load benchmark: how long loading the current index takes (start-up, ``/v1/reindex``), and its read of
the Chroma records alone (``store.read_records``), embedded or from a Chroma server (``QNA_CHROMA_URL``).

    PYTHONPATH=$PWD .venv/bin/python -m evals.bench_load            # one warm load, then 7 of each, timed
    PYTHONPATH=$PWD .venv/bin/python -m evals.bench_load --profile  # and cProfile's top 25 over three loads

Figures only: nothing here asserts a time. Print ``uptime`` beside them: on a shared machine they move with load.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time

from index import store
from index.embedding import load_embedder
from index.retrieval import Snapshot
from index.settings import get_settings


def _timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--profile", action="store_true")
    args = p.parse_args(argv)
    settings = get_settings()
    embedder = load_embedder(settings)
    snapshot = Snapshot.load(settings, embedder)  # warm: imports, the Chroma client
    gens = store.generations(settings)
    collection = gens.collection(gens.require(), None)
    for label, fn in (("Snapshot.load", lambda: Snapshot.load(settings, embedder)),
                      ("read_records", lambda: store.read_records(collection))):
        t = _timed(fn, args.runs)
        print(f"{label:14s} best {min(t) * 1000:.0f} ms, median {statistics.median(t) * 1000:.0f} ms "
              f"({args.runs} runs; {len(snapshot.chunks)} chunks, {collection.count()} records)")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(3):
            Snapshot.load(settings, embedder)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
