"""A throw-away Postgres server on 127.0.0.1 for the tests: Debian's binaries, a temporary data folder, trust auth.

Postgres refuses to run as root, so under root the server runs as the ``postgres`` user (made by Debian's
package) or ``nobody``. ``binaries()`` is None when Postgres is not installed (``scripts/test.sh`` installs it).
"""
from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Iterator

_DATA: dict[str, Path] = {}  # each running server's data folder, by the URL postgres_server yielded


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (the newest Debian version, else the PATH's), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> dict:
    """subprocess arguments that drop root for the server's user; nothing when not root."""
    if os.geteuid() != 0:
        return {}
    import pwd

    for name in ("postgres", "nobody"):
        try:
            user = pwd.getpwnam(name)
        except KeyError:
            continue
        return {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
    raise RuntimeError("running as root and there is neither a postgres nor a nobody user to run Postgres as")


@contextmanager
def postgres_server(database: str = "qna") -> Iterator[str]:
    """Start a server, create ``database``, yield its SQLAlchemy URL; stop the server and delete its files."""
    bindir = binaries()
    if bindir is None:
        raise RuntimeError("Postgres is not installed")
    as_user = _run_as()
    root = Path(tempfile.mkdtemp(prefix="qna-pg-"))
    data, sockets = root / "data", root / "run"
    sockets.mkdir()
    if as_user:
        for path in (root, sockets):
            os.chown(path, as_user["user"], as_user["group"])
    port = _free_port()
    log = root / "server.log"
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", "qna", "--auth=trust", "-E", "UTF8",
                        "--locale=C.UTF-8", "--no-sync"], check=True, capture_output=True, env=env, cwd=root,
                       **as_user)
        # fsync off: a test server, thrown away afterwards; durability across a worker's death is the database
        # server staying up, which it does.
        options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60",
                        "start"], check=True, capture_output=True, env=env, cwd=root, **as_user)
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(host="127.0.0.1", port=port, user="qna", dbname="postgres",
                                     autocommit=True) as conn:
                    conn.execute(f'CREATE DATABASE "{database}"')
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        url = f"postgresql+psycopg://qna@127.0.0.1:{port}/{database}"
        _DATA[url] = data
        yield url
    finally:
        _DATA.pop(f"postgresql+psycopg://qna@127.0.0.1:{port}/{database}", None)
        if (data / "postmaster.pid").exists():
            subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, env=env, cwd=root, **as_user)
        shutil.rmtree(root, ignore_errors=True)


def _server_processes(data: Path) -> list[int]:
    """The postmaster of ``data`` and every process under it (its backends)."""
    postmaster = int((data / "postmaster.pid").read_text().split()[0])
    parents: dict[int, int] = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        parents[int(stat.split("/")[2])] = int(fields[1])
    found, todo = [], [postmaster]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return found


@contextmanager
def frozen(url: str) -> Iterator[None]:
    """The server behind ``url`` stopped with SIGSTOP (it accepts connections, and answers nothing: a hung
    machine, a lost network), then resumed with SIGCONT."""
    pids = _server_processes(_DATA[url])
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)
