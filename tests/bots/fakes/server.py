"""What every stand-in shares: a FastAPI app under uvicorn in a thread, a record of
every request, and faults to inject (HTTP errors, 429 with Retry-After, slow answers)."""
from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import parse_qsl

import uvicorn
from fastapi import FastAPI, Request


@dataclass
class Fault:
    """What to do instead of answering normally, once."""

    status: int = 500
    delay_s: float = 0.0  # > the client's timeout: the client times out
    retry_after: int | None = None  # 429: seconds, in the platform's own way (header or body)
    body: dict | None = None


@dataclass
class Recorded:
    method: str  # API method, e.g. "sendMessage", "message/cs"
    params: dict
    headers: dict
    raw: bytes
    fault: Fault | None = None
    at: float = field(default_factory=time.monotonic)

    status: int = 200  # the HTTP status answered
    api_error: object = None  # an error inside an HTTP 200 answer (Zalo's {"error": -216})

    @property
    def ok(self) -> bool:
        """The call succeeded: what it carried was delivered."""
        return self.fault is None and self.status == 200 and self.api_error is None


def wait_until(predicate: Callable[[], object], timeout: float = 60.0, what: str = "condition",
               interval: float = 0.05):
    """Poll ``predicate`` until it returns something truthy (returned), or fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


async def request_params(request: Request) -> tuple[dict, bytes]:
    """Parameters from the query string and a JSON or form body, and the raw body."""
    raw = await request.body()
    params: dict = dict(request.query_params)
    ctype = request.headers.get("content-type", "")
    if raw:
        if "json" in ctype:
            body = json.loads(raw)
            if isinstance(body, dict):
                params.update(body)
        elif "form" in ctype:
            params.update(dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True)))
        else:
            try:
                body = json.loads(raw)
                if isinstance(body, dict):
                    params.update(body)
            except ValueError:
                pass
    return params, raw


class FakeServer:
    def __init__(self) -> None:
        self.app = FastAPI()
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._faults: dict[str, deque[Fault]] = defaultdict(deque)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> "FakeServer":
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        wait_until(lambda: self._server.started or not self._thread.is_alive(), 30, "the fake server to start")
        if not self._server.started:
            raise RuntimeError("fake server did not start")
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(timeout=15)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- faults and records --------------------------------------------------------------
    def inject(self, method: str, *faults: Fault) -> None:
        """The next calls of ``method`` meet these faults, in order."""
        with self._lock:
            self._faults[method].extend(faults)

    def _take_fault(self, method: str) -> Fault | None:
        with self._lock:
            queue = self._faults.get(method)
            return queue.popleft() if queue else None

    def record(self, method: str, params: dict, headers: dict, raw: bytes, fault: Fault | None) -> Recorded:
        rec = Recorded(method, params, headers, raw, fault)
        if fault is not None:
            rec.status = fault.status  # known now, even while a slow fault is still sleeping
        with self._lock:
            self.requests.append(rec)
        return rec

    def calls(self, method: str, *, ok_only: bool = True) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.method == method and (r.ok or not ok_only)]

    def wait_calls(self, method: str, count: int, timeout: float = 60.0) -> list[Recorded]:
        return wait_until(lambda: (c := self.calls(method)) and len(c) >= count and c, timeout,
                          f"{count} successful {method} call(s)")

    async def apply_fault(self, fault: Fault):
        """Sleep for a slow-answer fault; return (status, headers) of the fault's response."""
        if fault.delay_s:
            await asyncio.sleep(fault.delay_s)
        headers = {}
        if fault.retry_after is not None:
            headers["Retry-After"] = str(fault.retry_after)
        return fault.status, headers
