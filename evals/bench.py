"""Benchmark: cold start, full ingest, incremental re-ingest, question latency, peak memory.

    .venv/bin/python -m evals.bench            # prints the figures (and writes evals/results/bench.json)

Each figure is measured here on this machine and printed; no test asserts a timing.
"""
from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assistant.config import PROJECT_ROOT, get_settings

QUESTIONS_FILE = PROJECT_ROOT / "evals" / "qa.jsonl"
FALLBACK_QUESTIONS = [
    "Ai chủ trì Bản tin PCI trên kênh truyền hình?", "nop ho so truc tuyen o dau", "PAPI là gì?",
    "Bình dân học vụ số tổ chức khi nào?", "Who leads the PCI bulletin on television?",
]


def questions(n: int = 200) -> list[str]:
    qs = []
    if QUESTIONS_FILE.exists():
        for line in QUESTIONS_FILE.read_text(encoding="utf-8").splitlines():
            if line.strip():
                qs.append(json.loads(line)["question"])
    qs = qs or FALLBACK_QUESTIONS
    from index.normalize import fold

    out = []
    while len(out) < n:  # the set, then its accent-folded forms, until n questions
        out.extend(qs if len(out) < len(qs) else [fold(q) for q in qs])
    return out[:max(n, len(qs))]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    settings = get_settings()
    figures: dict[str, float | int | str] = {}
    exe = str(Path(sys.executable).with_name("assistant"))

    # 1. cold start: a new process answering one question (model + index load included)
    t = time.perf_counter()
    subprocess.run([exe, "ask", "Ai chủ trì Bản tin PCI trên kênh truyền hình?"], check=True,
                   capture_output=True)
    figures["cold_start_s"] = round(time.perf_counter() - t, 2)

    # 2. full ingest into an empty store, model load included (new process)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        shutil.copytree(settings.corpus_dir, corpus)
        from index.model_builder import ensure_model

        env = {"QNA_HOME": str(tmp / "home"), "QNA_CORPUS_DIR": str(corpus),
               "QNA_EMBEDDING_MODEL": str(ensure_model(settings)), "HF_HUB_OFFLINE": "1",
               "TRANSFORMERS_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
        t = time.perf_counter()
        subprocess.run([exe, "ingest", "--quiet"], check=True, capture_output=True, env=env)
        figures["full_ingest_s"] = round(time.perf_counter() - t, 2)

        # 3. incremental re-ingest after one document changed
        victim = sorted(corpus.iterdir())[0]
        victim.write_text(victim.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        t = time.perf_counter()
        out = subprocess.run([exe, "ingest", "--quiet"], check=True, capture_output=True, env=env, text=True)
        figures["incremental_ingest_s"] = round(time.perf_counter() - t, 2)
        figures["incremental_ingest_report"] = out.stdout.strip()

    # 4. warm latency over many questions, in this process
    from assistant.service import Assistant

    t = time.perf_counter()
    assistant = Assistant.load(settings)
    figures["load_s"] = round(time.perf_counter() - t, 2)
    qs = questions(220)
    assistant.ask(qs[0])  # warm-up
    latencies = []
    for q in qs:
        t = time.perf_counter()
        assistant.ask(q)
        latencies.append((time.perf_counter() - t) * 1000)
    figures["questions"] = len(qs)
    figures["latency_p50_ms"] = round(statistics.median(latencies), 1)
    figures["latency_p95_ms"] = round(pct(latencies, 95), 1)
    figures["latency_max_ms"] = round(max(latencies), 1)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    figures["indexed_chunks"] = len(assistant.engine.chunks)

    for k, v in figures.items():
        print(f"{k:28s} {v}")
    out_dir = PROJECT_ROOT / "evals" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "bench.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
