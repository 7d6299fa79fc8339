"""Load benchmark of the HTTP service: requests/s and p50/p95 latency of ``POST /v1/ask``.

Starts ``assistant serve`` (the same ``assistant.http.serve``, ``--workers`` processes) as a
subprocess on 127.0.0.1 with a throw-away state database and the rate limit off, waits until
/readyz says the index is loaded, then runs N concurrent clients from this process for a fixed
time, each asking real questions in rotation. With several ``--url``s (servers already running,
e.g. one per machine behind no proxy), client n sends to URL n mod their number. Two phases, each
against a server of its own, printed side by side:

- **distinct**: the eval questions and their accent-folded forms (392 different strings), with the
  answer cache off (``QNA_ANSWER_CACHE_SIZE=0``), so every request is answered: the cost of answering;
- **repeated**: twelve common questions with the cache on (the default), as a chat bot sees them:
  after the first round every request is a repeat.

    .venv/bin/python -m evals.bench_http                 # 16 clients, 30 s a phase, one worker
    .venv/bin/python -m evals.bench_http --workers 2     # `assistant serve --workers 2`
    .venv/bin/python -m evals.bench_http --phases distinct --clients 4 --duration 10
    .venv/bin/python -m evals.bench_http --url http://127.0.0.1:8000   # an already running server (one phase)
    .venv/bin/python -m evals.bench_http --url http://127.0.0.1:8001 --url http://127.0.0.1:8002
    .venv/bin/python -m evals.bench_http --record        # … and its rows of the table in docs/benchmarks.md
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from evals.bench_table import Row, record

ROOT = Path(__file__).resolve().parent.parent

QUESTIONS = [
    "Ai chủ trì Bản tin PCI trên kênh truyền hình?",
    "Kế hoạch truyền thông CCHC và CĐS năm 2025 nhằm mục đích gì?",
    "Văn phòng UBND tỉnh tuyên truyền dịch vụ công trực tuyến bằng những hình thức nào?",
    "Kinh phí thực hiện kế hoạch tuyên truyền CCHC năm 2025 lấy từ đâu?",
    "Sở Khoa học và Công nghệ tuyên truyền cải cách hành chính với những nội dung nào?",
    "Đơn vị nào phối hợp sản xuất chuyên mục Cải cách hành chính trên sóng phát thanh?",
    "Năm 2023 Văn phòng UBND tỉnh đã đạt kết quả gì trong công tác tuyên truyền CCHC?",
    "Yêu cầu của công tác tuyên truyền CCHC là gì?",
    "Who is responsible for the PCI bulletin on television?",
    "Ai chịu trách nhiệm tổ chức cuộc thi tìm hiểu về cải cách hành chính?",
    "Chỉ số DTI là gì?",
    "Khi nào phải báo cáo kết quả thực hiện kế hoạch tuyên truyền?",
]


def free_port() -> int:
    with closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server_process(port: int, log_path: Path, env_extra: dict | None = None, append: bool = False, workers: int = 1):
    """``serve()`` in a subprocess (settings from ``env_extra`` over a throw-away state database, ``workers``
    processes); stopped with SIGINT (graceful) at the end. The tests start their servers with it too."""
    db = Path(tempfile.mkdtemp(prefix="qna-bench-")) / "state.db"
    env = {**os.environ, "QNA_DB_PATH": str(db), "QNA_RATE_LIMIT_PER_MINUTE": "0", "QNA_API_KEYS": "[]",
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", **(env_extra or {})}
    code = f"from assistant.http import serve; serve(None, '127.0.0.1', {port}, workers={int(workers)})"
    with open(log_path, "ab" if append else "wb") as log:
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            yield proc
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_ready(url: str, proc: subprocess.Popen | None, timeout: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"the server exited with code {proc.returncode} before it was ready")
        try:
            r = httpx.get(url + "/readyz", timeout=5)
            if r.status_code == 200:
                return time.monotonic() - start
            if r.json().get("status") == "failed":
                raise SystemExit(f"the server failed to load: {r.json().get('error')}")
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server was not ready after {timeout:.0f}s")


def all_ready(url: str, proc, timeout: float, in_a_row: int = 12) -> None:
    """Until /readyz says ready ``in_a_row`` times running: one worker's readiness is not its siblings' (each
    call is a new connection, which the shared socket hands to any worker)."""
    deadline, streak = time.monotonic() + timeout, 0
    while streak < in_a_row:
        if time.monotonic() > deadline:
            raise SystemExit(f"not every worker was ready after {timeout:.0f}s")
        ok = httpx.get(url + "/readyz", timeout=5).status_code == 200
        streak = streak + 1 if ok else 0
        if not ok:
            time.sleep(0.5)


class _Connection:
    """One keep-alive HTTP/1.1 connection written by hand: the clients share this machine's cores with the
    server, and httpx's async client spent 1.2 cores on 160 requests/s (`/usr/bin/time` on the bench
    process) where this spends a small part of one, so the figures are the server's and not the client's."""

    def __init__(self, url: str):
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.prefix = parts.path.rstrip("/")
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post_json(self, path: str, payload: dict) -> tuple[int, bytes]:
        body = json.dumps(payload, ensure_ascii=False).encode()
        head = (f"POST {self.prefix}{path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        await self.connect()
        try:
            self.writer.write(head + body)
            await self.writer.drain()
            return await self._response()
        except BaseException:
            self.close()
            raise

    async def connect(self) -> None:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def _response(self) -> tuple[int, bytes]:
        header = await self.reader.readuntil(b"\r\n\r\n")
        lines = header.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                fields[name.strip().lower()] = value.strip()
        if "content-length" in fields:
            body = await self.reader.readexactly(int(fields["content-length"]))
        elif fields.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunks.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(c[:-2] for c in chunks)
        else:  # the server closes to end the body
            body = await self.reader.read()
            fields["connection"] = "close"
        if fields.get("connection", "").lower() == "close":
            self.close()
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run_load(urls: str | list[str], clients: int, duration: float, max_requests: int,
                   questions: list[str]) -> dict:
    urls = [urls] if isinstance(urls, str) else list(urls)
    latencies: list[float] = []
    errors: dict[str, int] = {}
    counter = 0
    deadline = time.monotonic() + duration

    connections = [_Connection(urls[n % len(urls)]) for n in range(clients)]
    for connection in connections:
        # one by one, as clients arrive, not in one burst: with ``--workers N`` the first worker to wake
        # would accept all of a burst (all 16 went to one of two workers), and the figure be one worker's
        await connection.connect()
        await asyncio.sleep(0.02)

    async def client(n: int) -> None:
        nonlocal counter
        connection = connections[n]
        i = n
        try:
            while time.monotonic() < deadline and counter < max_requests:
                counter += 1
                q = questions[i % len(questions)]
                i += clients
                t0 = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(connection.post_json("/v1/ask", {"question": q}), 120)
                    ok = status == 200 and bool(json.loads(body).get("answer"))
                    key = None if ok else f"HTTP {status}"
                except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError) as e:
                    key = type(e).__name__
                if key is None:
                    latencies.append(time.perf_counter() - t0)
                else:
                    errors[key] = errors.get(key, 0) + 1
        finally:
            connection.close()

    started = time.monotonic()
    cpu_started = time.process_time()
    await asyncio.gather(*(client(n) for n in range(clients)))
    elapsed = time.monotonic() - started
    client_cpu = time.process_time() - cpu_started
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(round(p / 100 * (len(lat) - 1))))] * 1000 if lat else float("nan")

    return {
        "clients": clients, "duration_s": round(elapsed, 1), "requests": len(lat) + sum(errors.values()),
        "ok": len(lat), "errors": sum(errors.values()), "error_kinds": errors,
        "requests_per_s": round(len(lat) / elapsed, 2) if elapsed else 0.0,
        "p50_ms": round(pct(50), 1), "p95_ms": round(pct(95), 1), "p99_ms": round(pct(99), 1),
        "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else float("nan"),
        "max_ms": round(lat[-1] * 1000, 1) if lat else float("nan"),
        "client_cpu_cores": round(client_cpu / elapsed, 2) if elapsed else 0.0,
    }


def process_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) of process ``pid`` and its children, from /proc (Linux); None elsewhere."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    seen, todo, total = set(), [pid], 0.0
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                todo.extend(int(c) for c in children)
        except (OSError, IndexError, ValueError):
            if p == pid:
                return None
    return total


def distinct_questions() -> list[str]:
    """The eval questions, then their accent-folded forms: 412 different strings."""
    from index.normalize import fold

    path = ROOT / "evals" / "qa.jsonl"
    qs = [json.loads(line)["question"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(qs + [fold(q) for q in qs]))


PHASES = {"distinct": {"QNA_ANSWER_CACHE_SIZE": "0"}, "repeated": {}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    ap.add_argument("--max-requests", type=int, default=100_000, help="stop after this many requests in all")
    ap.add_argument("--url", action="append", help="benchmark servers already running instead of starting one "
                                                  "(repeat for several; clients are spread over them)")
    ap.add_argument("--workers", type=int, default=1, help="worker processes of the server started (assistant "
                                                           "serve --workers)")
    ap.add_argument("--ready-timeout", type=float, default=600.0)
    ap.add_argument("--questions", type=Path, help="a JSONL file with a 'question' field per line")
    ap.add_argument("--json", type=Path, default=ROOT / "evals" / "results" / "bench_http.json",
                    help="where to write the figures as JSON")
    ap.add_argument("--phases", default="distinct,repeated", help="comma-separated: distinct, repeated")
    ap.add_argument("--record", action="store_true",
                    help="write the figures into docs/benchmarks.md (a server this run started, only)")
    args = ap.parse_args(argv)

    def bench(urls: list[str], proc, questions: list[str]) -> dict:
        for url in urls:
            ready_s = wait_ready(url, proc, args.ready_timeout)
            print(f"{url} ready after {ready_s:.1f}s; warming up…", flush=True)
            if not args.url and args.workers > 1:
                all_ready(url, proc, args.ready_timeout)
        for _ in range(2 * max(1, args.workers)):  # each worker (the socket picks one) answers once before timing
            for url in urls:
                httpx.post(url + "/v1/ask", json={"question": questions[0]}, timeout=120).raise_for_status()
        print(f"{args.clients} clients for {args.duration:.0f}s against {', '.join(urls)} /v1/ask …", flush=True)
        cpu_before = process_cpu_s(proc.pid) if proc is not None else None
        result = asyncio.run(run_load(urls, args.clients, args.duration, args.max_requests, questions))
        cpu_after = process_cpu_s(proc.pid) if proc is not None else None
        if cpu_before is not None and cpu_after is not None and result["duration_s"]:
            result["server_cpu_cores"] = round((cpu_after - cpu_before) / result["duration_s"], 2)
        return result

    results: dict[str, dict] = {}
    for phase in args.phases.split(","):
        questions = distinct_questions() if phase == "distinct" else QUESTIONS
        if args.questions:
            questions = [json.loads(line)["question"] for line in args.questions.read_text("utf-8").splitlines()
                         if line.strip()]
        load_before = " / ".join(f"{x:.2f}" for x in os.getloadavg())
        if args.url:
            result = bench([u.rstrip("/") for u in args.url], None, questions)
        else:
            port = free_port()
            args.json.parent.mkdir(parents=True, exist_ok=True)
            log_path = args.json.with_suffix(f".{phase}.server.log")
            with server_process(port, log_path, PHASES[phase], workers=args.workers) as proc:
                result = bench([f"http://127.0.0.1:{port}"], proc, questions)
            result["server_log"] = str(log_path)
            result["workers"] = args.workers
        result.update(phase=phase, distinct_questions=len(questions), load_before=load_before,
                      load_after=" / ".join(f"{x:.2f}" for x in os.getloadavg()))
        results[phase] = result
        print(f"{phase}: requests/s: {result['requests_per_s']}   p50: {result['p50_ms']} ms   "
              f"p95: {result['p95_ms']} ms   p99: {result['p99_ms']} ms   requests: {result['requests']}   "
              f"errors: {result['errors']}" + (f" {result['error_kinds']}" if result["errors"] else "")
              + f"   load {load_before} → {result['load_after']}   CPU cores: server "
              f"{result.get('server_cpu_cores', '?')}, clients {result['client_cpu_cores']}", flush=True)
        if args.url:
            break

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
    keys = ["requests_per_s", "p50_ms", "p95_ms", "p99_ms", "requests", "errors", "distinct_questions"]
    print(f"\n{'':>10s} " + " ".join(f"{k:>18s}" for k in keys))
    for phase, r in results.items():
        print(f"{phase:>10s} " + " ".join(f"{str(r[k]):>18s}" for k in keys))
    if args.record and not args.url:
        record([table_row(r) for r in results.values()])
    return 1 if any(r["errors"] for r in results.values()) else 0


TARGETS = {"distinct": ("distinct questions (answer cache off)", "≥ 60 req/s, p95 ≤ 300 ms"),
           "repeated": ("repeated questions (answer cache on)", "≥ 500 req/s")}


def table_row(result: dict) -> Row:
    """A phase's row of the figures table (evals/bench_table.py)."""
    what, target = TARGETS[result["phase"]]
    workers = result["workers"]
    figure = f"HTTP, {result['clients']} clients, {what}, {workers} worker{'s' if workers > 1 else ''}"
    measured = (f"{result['requests_per_s']} req/s, p50 / p95 {result['p50_ms']} / {result['p95_ms']} ms, "
                f"{result['errors']} errors; server CPU {result.get('server_cpu_cores', '?')} cores; "
                f"load {result['load_before'].split(' / ')[0]} → {result['load_after'].split(' / ')[0]}")
    options = f" --workers {workers}" if workers > 1 else ""
    return Row(figure, target, measured, f"`evals.bench_http{options} --record`")


if __name__ == "__main__":
    sys.exit(main())
