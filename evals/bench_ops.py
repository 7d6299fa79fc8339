"""Operator probes, measured: what a stopped database or index server does to a running ``assistant serve``.

- **frozen database**: ``serve`` on a throw-away Postgres (``QNA_DATABASE_URL``, the rate limiter counting
  there), the Postgres processes stopped with SIGSTOP — as a hung machine or a lost network looks — while a
  question waits on them: how long ``/healthz`` takes meanwhile (it must touch nothing outside the process),
  and how long the question takes to get its 503 with Retry-After;
- **Chroma's return**: an index ingested into a Chroma server (``chroma run``), the server stopped, ``serve``
  started against it (it retries loading, ``/readyz`` 503), the server started again after ``--chroma-down``
  seconds: how long after the server answers again ``/readyz`` says ready.

    .venv/bin/python -m evals.bench_ops            # both; figures to evals/results/bench_ops.json
    .venv/bin/python -m evals.bench_ops --record   # … and to the table in docs/benchmarks.md
    .venv/bin/python -m evals.bench_ops --probes database

Run from a checkout (the throw-away servers are the tests' own: tests/deploy/pg_support.py,
tests/index/chroma_support.py) with the index and model set up (``scripts/setup.sh``). Each probe is skipped,
saying why, where its server is not installed.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from evals.bench_http import free_port, server_process, wait_ready
from evals.bench_table import Row, load_average, record

ROOT = Path(__file__).resolve().parent.parent
COMMAND = "`evals.bench_ops --record`"


def frozen_database(args, log_dir: Path) -> dict:
    from tests.deploy.pg_support import binaries, frozen, postgres_server

    if binaries() is None:
        return {"skipped": "Postgres is not installed (initdb, pg_ctl)"}
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {"QNA_RATE_LIMIT_STORAGE": "database", "QNA_RATE_LIMIT_PER_MINUTE": "100000",
           "QNA_DATABASE_TIMEOUT_S": str(args.database_timeout)}
    with postgres_server() as database_url, \
            server_process(port, log_dir / "bench_ops.database.server.log",
                           {**env, "QNA_DATABASE_URL": database_url}) as proc, httpx.Client(timeout=120) as http:
        wait_ready(url, proc, 600)
        question = {"question": "Ai chủ trì Bản tin PCI trên kênh truyền hình?"}
        http.post(url + "/v1/ask", json=question).raise_for_status()
        for _ in range(5):  # a connection of its own, warm
            http.get(url + "/healthz").raise_for_status()
        with frozen(database_url):
            asked: list[tuple[int, str | None, float]] = []

            def ask() -> None:
                t0 = time.perf_counter()
                r = httpx.post(url + "/v1/ask", json=question, timeout=120)
                asked.append((r.status_code, r.headers.get("retry-after"), time.perf_counter() - t0))

            asking = threading.Thread(target=ask)
            asking.start()
            time.sleep(0.2)  # the question is waiting on the database
            probes = []
            for _ in range(args.healthz_probes):
                t0 = time.perf_counter()
                r = http.get(url + "/healthz")
                probes.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, r.text
                time.sleep(0.05)
            asking.join(120)
    status, retry_after, seconds = asked[0] if asked else (None, None, None)
    return {"healthz_ms_p50": round(statistics.median(probes), 1), "healthz_ms_max": round(max(probes), 1),
            "healthz_probes": len(probes), "question_status": status, "question_retry_after": retry_after,
            "question_s": round(seconds, 2) if seconds is not None else None,
            "database_timeout_s": args.database_timeout, "load": load_average()}


def chroma_return(args, log_dir: Path) -> dict:
    from tests.index.chroma_support import chroma_server

    if not (Path(sys.executable).parent / "chroma").exists():
        return {"skipped": "the chroma CLI is not installed beside this Python"}
    data = Path(tempfile.mkdtemp(prefix="qna-bench-chroma-"))
    chroma_port, port = free_port(), free_port()
    chroma_url, url = f"http://127.0.0.1:{chroma_port}", f"http://127.0.0.1:{port}"
    env = {**os.environ, "QNA_CHROMA_URL": chroma_url, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    with chroma_server(data, port=chroma_port):  # the index in it (vectors from the checkout's embedding cache)
        subprocess.run([sys.executable, "-m", "assistant", "ingest", "--quiet"], cwd=ROOT, env=env, check=True)
    with server_process(port, log_dir / "bench_ops.chroma.server.log", {"QNA_CHROMA_URL": chroma_url}) as proc:
        down_until = time.monotonic() + args.chroma_down
        while time.monotonic() < down_until:
            if proc.poll() is not None:
                raise SystemExit(f"serve exited with {proc.returncode} while Chroma was down")
            try:
                assert httpx.get(url + "/readyz", timeout=5).status_code == 503, "ready without its Chroma server"
            except httpx.TransportError:
                pass  # not listening yet
            time.sleep(0.5)
        with chroma_server(data, port=chroma_port):
            back = time.monotonic()
            while True:
                try:
                    if httpx.get(url + "/readyz", timeout=5).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() - back > 300:
                    raise SystemExit("serve did not become ready within 300 s of Chroma's return")
                time.sleep(0.1)
            ready_after = time.monotonic() - back
            answered = httpx.post(url + "/v1/ask", json={"question": "Chỉ số DTI là gì?"}, timeout=120).status_code
    return {"ready_after_return_s": round(ready_after, 1), "chroma_down_s": args.chroma_down,
            "first_answer_status": answered, "load": load_average()}


PROBES = {"database": frozen_database, "chroma": chroma_return}


def rows(results: dict) -> list[Row]:
    out = []
    db = results.get("database")
    if db and "skipped" not in db:
        out.append(Row("`/healthz` while the Postgres state database is frozen (SIGSTOP) and a question waits on it",
                       "< 100 ms",
                       f"p50 {db['healthz_ms_p50']} ms, max {db['healthz_ms_max']} ms over {db['healthz_probes']} "
                       f"probes; the question: {db['question_status']} (Retry-After {db['question_retry_after']}) "
                       f"after {db['question_s']} s (`QNA_DATABASE_TIMEOUT_S={db['database_timeout_s']:g}`); "
                       f"load {db['load']}", COMMAND))
    chroma = results.get("chroma")
    if chroma and "skipped" not in chroma:
        out.append(Row("a worker started while its Chroma server is down: ready after the server's return",
                       "≤ 10 s",
                       f"{chroma['ready_after_return_s']} s (the server down {chroma['chroma_down_s']:g} s; first "
                       f"answer {chroma['first_answer_status']}); load {chroma['load']}", COMMAND))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--probes", default="database,chroma", help="comma-separated: " + ", ".join(PROBES))
    ap.add_argument("--healthz-probes", type=int, default=50)
    ap.add_argument("--database-timeout", type=float, default=5.0, help="QNA_DATABASE_TIMEOUT_S of the server")
    ap.add_argument("--chroma-down", type=float, default=45.0,
                    help="seconds the worker retries before Chroma returns (its pause grows meanwhile)")
    ap.add_argument("--json", type=Path, default=ROOT / "evals" / "results" / "bench_ops.json")
    ap.add_argument("--record", action="store_true", help="write the figures into docs/benchmarks.md")
    args = ap.parse_args(argv)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in args.probes.split(","):
        print(f"==> {name}", flush=True)
        results[name] = PROBES[name](args, args.json.parent)
        print(json.dumps(results[name], ensure_ascii=False), flush=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
    if args.record:
        record(rows(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
