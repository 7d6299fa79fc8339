"""Benchmark, per encoder backend: full ingest, one-file re-ingest, cold start, warm latency, peak memory.

    .venv/bin/python -m evals.bench                     # onnx and torch side by side (writes evals/results/bench.json)
    .venv/bin/python -m evals.bench --backends onnx     # one backend

For each backend a fresh working folder is indexed from a copy of corpus/ (the model folder is shared), so the
two never share an index or an embedding cache. Every step runs in a new process, as a user would run it:
``assistant ingest`` (model load included), the same after one plan changed, ``assistant ask`` (cold start:
imports, model and index load, one answer), then a process that answers the eval questions (warm p50/p95, the
query encode alone, peak RSS). Last, the plain llama-index pipeline a user would build instead (evals/baselines.py)
retrieves for the same questions, and each backend's p50 is printed as a ratio of its p50. Each step's CPU time
(user + system, ``*_cpu_s``) is printed beside its wall time, and the machine's load average beside the figures:
on a shared machine the load moves wall times more than anything measured here, CPU times far less. No test
asserts a timing.
"""
from __future__ import annotations

import argparse
import json
import os
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
COLD_QUESTION = "Ai chủ trì Bản tin PCI trên kênh truyền hình?"
CHANGED_PLAN = "2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt"
FALLBACK_QUESTIONS = [
    COLD_QUESTION, "nop ho so truc tuyen o dau", "PAPI là gì?",
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


def load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def warm(n: int) -> dict:
    """In this process (started by ``main`` with the backend's settings): load, then answer ``n`` questions."""
    from assistant.service import Assistant

    settings = get_settings().model_copy(update={"answer_cache_size": 0})  # every question answered
    t = time.perf_counter()
    assistant = Assistant.load(settings)
    assistant.prepare()  # as serve and chat do: the full tokenizer is parsed at load, not mid-run
    figures: dict = {"load_s": round(time.perf_counter() - t, 2), "backend": assistant.engine.embedder.backend}
    qs = questions(n)
    assistant.ask(qs[0])  # warm-up
    latencies, encodes, cpu = [], [], []
    for q in qs:
        t, c = time.perf_counter(), time.process_time()
        assistant.ask(q)
        latencies.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)  # far less moved by other jobs than the wall time
    for q in qs[:100]:
        t = time.perf_counter()
        assistant.engine.embedder.encode_queries([q])
        encodes.append((time.perf_counter() - t) * 1000)
    figures.update({
        "questions": len(qs),
        "latency_p50_ms": round(statistics.median(latencies), 1),
        "latency_p95_ms": round(pct(latencies, 95), 1),
        "latency_max_ms": round(max(latencies), 1),
        "cpu_p50_ms": round(statistics.median(cpu), 1),
        "cpu_p95_ms": round(pct(cpu, 95), 1),
        "query_encode_p50_ms": round(statistics.median(encodes), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "indexed_chunks": len(assistant.engine.chunks),
    })
    return figures


def warm_llama(n: int) -> dict:
    """The plain llama-index pipeline a user would build instead (``evals.baselines.LlamaIndexBaseline``: the
    corpus files, default chunks, the same model through HuggingFaceEmbedding, Chroma, top 5), answering the
    same questions in this process: its per-question time is what the assistant's is compared with."""
    from evals.baselines import LlamaIndexBaseline, corpus_documents, llama_embedding
    from index.model_builder import ensure_model

    settings = get_settings()
    names = sorted(p.name for p in settings.corpus_dir.iterdir() if p.is_file() and not p.name.startswith("."))
    t = time.perf_counter()
    pipeline = LlamaIndexBaseline(corpus_documents(settings.corpus_dir, names),
                                  llama_embedding(str(ensure_model(settings)), settings.embedding_batch_size))
    figures: dict = {"llama_build_s": round(time.perf_counter() - t, 1), "llama_chunks": pipeline.chunk_count}
    qs = questions(n)
    pipeline.retrieve(qs[0])  # warm-up
    latencies = []
    try:
        for q in qs:
            t = time.perf_counter()
            pipeline.retrieve(q)
            latencies.append((time.perf_counter() - t) * 1000)
    finally:
        pipeline.close()
    figures.update({"llama_p50_ms": round(statistics.median(latencies), 1),
                    "llama_p95_ms": round(pct(latencies, 95), 1)})
    return figures


def run_backend(backend: str, model: str, n: int) -> dict:
    """Every figure for one backend, each step in a new process against a fresh working folder."""
    exe = (sys.executable, "-m", "assistant.cli")  # the `assistant` command, from this checkout
    settings = get_settings()
    figures: dict = {"load_before": load()}
    with tempfile.TemporaryDirectory(prefix=f"bench-{backend}-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        shutil.copytree(settings.corpus_dir, corpus)
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("QNA_")},
               "QNA_HOME": str(tmp / "home"), "QNA_CORPUS_DIR": str(corpus), "QNA_EMBEDDING_MODEL": model,
               "QNA_EMBEDDING_BACKEND": backend, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}

        def timed(*args: str, name: str = "") -> str:
            """Run one step; its wall time as ``<name>_s`` and its CPU time (user + system, every thread) as
            ``<name>_cpu_s``: on a shared machine the CPU time moves far less with the other jobs."""
            t, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
            out = subprocess.run(list(args), check=True, capture_output=True, env=env, text=True, cwd=PROJECT_ROOT)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if name:
                figures[f"{name}_s"] = round(time.perf_counter() - t, 2)
                figures[f"{name}_cpu_s"] = round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2)
            return out.stdout.strip()

        figures["full_ingest_report"] = timed(*exe, "ingest", "--quiet", name="full_ingest")
        victim = corpus / CHANGED_PLAN  # one plan edited: one activity moves from Quý IV to Quý III
        victim.write_text(victim.read_text(encoding="utf-8").replace("Quý IV/2025", "Quý III/2025"),
                          encoding="utf-8")
        figures["one_file_reingest_report"] = timed(*exe, "ingest", "--quiet", name="one_file_reingest")
        timed(*exe, "ask", COLD_QUESTION, name="cold_start")
        out = timed(sys.executable, "-m", "evals.bench", "--warm", str(n))
        figures.update(json.loads(out.splitlines()[-1]))
        figures.update(served_reindex(env, victim))
    figures["load_after"] = load()
    return figures


def served_reindex(env: dict, victim: Path) -> dict:
    """One changed file re-indexed by a running ``assistant serve`` (``POST /v1/reindex``), as a maintainer
    who replaces a plan on a server does: no process start, no imports, the model already loaded. Timed
    twice, the plan edited each time: the server's first re-index imports chromadb and llama-index, which
    answering never needs; the second is the steady state."""
    import httpx

    from evals.bench_http import free_port, server_process, wait_ready

    port, key = free_port(), "bench-admin-key"
    figures: dict = {}
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as logs, \
            server_process(port, Path(logs) / "server.log", {**env, "QNA_ADMIN_API_KEY": key}) as proc:
        url = f"http://127.0.0.1:{port}"
        wait_ready(url, proc, 600)
        for name, old, new in (("first", "Quý III/2025", "Quý I/2025"), ("second", "Quý I/2025", "Quý II/2025")):
            text = victim.read_text(encoding="utf-8")  # each edit a text never indexed (nothing cached)
            assert old in text, f"{victim.name}: no {old!r} to edit"
            victim.write_text(text.replace(old, new, 1), encoding="utf-8")
            t = time.perf_counter()
            r = httpx.post(url + "/v1/reindex", headers={"Authorization": f"Bearer {key}"}, timeout=600)
            r.raise_for_status()
            figures[f"served_reindex_{name}_s"] = round(time.perf_counter() - t, 2)
            report = r.json()["report"]
            figures[f"served_reindex_{name}_report"] = (f"{len(report['updated'])} updated, {report['embedded']} "
                                                        f"texts embedded, {report['seconds']:.1f} s in ingest")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="onnx,torch", help="comma-separated: onnx, torch")
    parser.add_argument("--questions", type=int, default=220, help="questions for the warm latency")
    parser.add_argument("--no-llama", action="store_true",
                        help="skip the plain llama-index pipeline's latency (it embeds the corpus with torch)")
    parser.add_argument("--warm", type=int, help=argparse.SUPPRESS)  # internal: the warm-latency process
    parser.add_argument("--warm-llama", type=int, help=argparse.SUPPRESS)  # internal: the plain pipeline's
    args = parser.parse_args(argv)
    if args.warm:
        print(json.dumps(warm(args.warm)))
        return 0
    if args.warm_llama:
        print(json.dumps(warm_llama(args.warm_llama)))
        return 0

    from index.model_builder import build_lines

    model = build_lines(get_settings())[0]  # the model folder, and its ONNX export made if missing
    results = {b: run_backend(b, model, args.questions) for b in args.backends.split(",")}
    names = list(results)
    keys = [k for k in results[names[0]] if not k.endswith("_report")]
    print(f"{'figure':28s} " + " ".join(f"{n:>14s}" for n in names)
          + ("   ratio" if len(names) == 2 else ""))
    for k in keys:
        values = [results[n].get(k) for n in names]
        ratio = ""
        if len(names) == 2 and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values) \
                and values[1]:
            ratio = f"   {values[0] / values[1]:.2f}×"
        print(f"{k:28s} " + " ".join(f"{str(v):>14s}" for v in values) + ratio)
    if not args.no_llama:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        out = subprocess.run([sys.executable, "-m", "evals.bench", "--warm-llama", str(args.questions)], check=True,
                             capture_output=True, env=env, text=True, cwd=PROJECT_ROOT).stdout
        llama = results["plain llama-index"] = {"load": load(), **json.loads(out.splitlines()[-1])}
        print(f"plain llama-index pipeline (same questions, same model on torch, Chroma top 5; load {llama['load']}):"
              f" p50 {llama['llama_p50_ms']} ms, p95 {llama['llama_p95_ms']} ms")
        for n in names:
            print(f"  {n} p50 / plain llama-index p50: {results[n]['latency_p50_ms'] / llama['llama_p50_ms']:.2f}×")
    for n in names:
        print(f"{n}: {results[n]['full_ingest_report']}\n{n}: {results[n]['one_file_reingest_report']}")
    out_dir = PROJECT_ROOT / "evals" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "bench.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
