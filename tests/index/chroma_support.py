"""A throw-away Chroma server on 127.0.0.1 for the tests: the `chroma` CLI of the installed chromadb.

Shared by the server-mode tests of the index (tests/index/test_chroma_server.py), the session's served index
(tests/conftest.py: the bots' and the HTTP API's end-to-end tests in server mode) and the scale-out proof
(tests/deploy/test_scale_out.py).
"""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from index import store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def chroma_server(path: Path, port: int | None = None) -> Iterator[str]:
    """`chroma run` with its data in ``path`` on ``port`` (default: a free one); its URL once it answers; stopped
    afterwards."""
    port = port or _free_port()
    cli = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen([str(cli), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # until it answers (bounded; how long it took is not checked)
            if proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {proc.returncode}")
            try:
                store.server_client(url).heartbeat()
                break
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.1)
        else:
            raise RuntimeError("chroma run did not answer")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


INDEX_MODES = ["embedded", "server"]  # the values of the `index_mode` fixture (tests/conftest.py)
