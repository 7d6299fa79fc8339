"""Benchmark: ways to encode the indexed texts with the int8 ONNX encoder, their time and their vectors.

    .venv/bin/python -m evals.bench_encode              # 160 of the index's texts (a seeded sample)
    .venv/bin/python -m evals.bench_encode --texts 494 --batches 4,8,16

One text at a time on every core (the reference), length-sorted batches of each size on every core, and one
text at a time on each of ``cores`` worker threads with one intra-op thread each (what ingest does): wall and
CPU time, and each way's lowest cosine to the reference (dynamic int8 scales a batch's activations together,
so a batched text's vector depends on its neighbours). Reads the built index; figures only, nothing asserted.
"""
from __future__ import annotations

import argparse
import os
import random
import time

import numpy as np

from assistant.config import get_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench_encode", description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=160, help="how many of the index's texts (seeded sample)")
    parser.add_argument("--batches", default="4,8,16", help="batch sizes to compare, comma-separated")
    args = parser.parse_args(argv)

    from index import store
    from index.chunking import VARIANTS, Chunk
    from index.embedding import OnnxEmbedder
    from index.model_files import embedding_model

    settings = get_settings()
    chosen = embedding_model(settings)
    if chosen.backend != "onnx":
        raise SystemExit("no ONNX export: run `assistant build-model`")
    gens = store.generations(settings)
    name = gens.require()
    records = store.generation_records(gens, name, gens.manifest(name), lambda: gens.collection(name, None))
    chunks = [Chunk.from_record(r.metadata) for r in records if r.metadata["variant"] == VARIANTS[0]]
    texts = [text for c in chunks for _, text in c.variants()]
    random.Random(1).shuffle(texts)
    texts = texts[:args.texts]
    cores = settings.cores

    def run(label: str, embedder) -> np.ndarray:
        embedder.prepare()  # tokenizer and session loaded before the clock starts
        wall, cpu = time.perf_counter(), time.process_time()
        vectors = embedder.encode_passages(texts)
        print(f"{label:34s} wall {time.perf_counter() - wall:6.2f} s   CPU {time.process_time() - cpu:6.2f} s"
              f"   load {os.getloadavg()[0]:.2f}", flush=True)
        return vectors

    print(f"{len(texts)} texts, {cores} cores")
    reference = run(f"one at a time, {cores} threads", OnnxEmbedder.from_model(chosen, threads=cores))
    for size in [int(b) for b in args.batches.split(",") if b]:
        vectors = run(f"batches of {size}, {cores} threads", OnnxEmbedder.from_model(chosen, threads=cores,
                                                                                      batch_size=size))
        print(f"{'':34s} lowest cosine to one at a time {float((vectors * reference).sum(axis=1).min()):.5f}")
    vectors = run(f"{cores} workers x 1 thread, one at a time",
                  OnnxEmbedder.from_model(chosen, threads=1, workers=cores))
    print(f"{'':34s} lowest cosine {float((vectors * reference).sum(axis=1).min()):.7f}, "
          f"bit-identical: {np.array_equal(vectors, reference)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
