"""Ingests from two machines into one Chroma server (index/ingest_lock.py): the second waits for the first, a killed
holder's lock is taken over, a busy server is a clear error, a holder whose lock was broken publishes nothing.

"Two machines" are two working folders (their own corpus, embedding cache and file lock) in two threads: only the
server's lock stands between them.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from index import store
from index.ingest import ingest
from index.ingest_lock import IngestBusy, IngestLockLost, ServerLock
from tests.index.chroma_support import chroma_server
from tests.index.hash_embedder import HashEmbedder, fake_settings
from tests.index.test_ingest import SKHCN, change_one_section, copy_docs

pytestmark = pytest.mark.filterwarnings("ignore:legacy embedding function config")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


def machine(tmp_path, name: str, url: str, namespace: str, **overrides):
    (tmp_path / name).mkdir()
    settings = fake_settings(tmp_path / name, chroma_url=url, chroma_namespace=namespace, **overrides)
    copy_docs(settings, SKHCN)  # one plan: what is tested is the lock, and the test stays short
    return settings


def wait_for(condition, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def records(settings, generation: str) -> int:
    return store.generations(settings).collection(generation, None).count()


def test_a_second_machine_waits_and_builds_on_the_first_ones_generation(tmp_path, chroma_url, caplog):
    a = machine(tmp_path, "a", chroma_url, "two")
    b = machine(tmp_path, "b", chroma_url, "two")
    change_one_section(b)  # b indexes a newer version of one plan
    a_inside, a_go = threading.Event(), threading.Event()
    reports: dict[str, object] = {}

    def a_document(_name):
        a_inside.set()
        assert a_go.wait(120)

    def run(name, settings, hook=None):
        reports[name] = ingest(settings, embedder=HashEmbedder(), on_document=hook)

    first = threading.Thread(target=run, args=("a", a, a_document))
    second = threading.Thread(target=run, args=("b", b))
    with caplog.at_level(logging.WARNING, logger="index.ingest_lock"):
        first.start()
        assert a_inside.wait(60)
        second.start()
        wait_for(lambda: any("waiting for the ingest of" in r.getMessage() for r in caplog.records), "b to wait")
        assert second.is_alive() and store.generations(b).current() is None  # nothing half-written published
        a_go.set()
        first.join(120)
        second.join(120)
    ra, rb = reports["a"], reports["b"]
    assert ra.added == [SKHCN]
    assert rb.updated == [SKHCN] and not rb.added  # b started from a's published generation
    gens = store.generations(b)
    assert gens.current() == rb.generation != ra.generation
    # the pointer names a whole generation: every chunk's records are in its collection
    assert records(b, rb.generation) == rb.chunks * 2 and records(b, ra.generation) == ra.chunks * 2
    assert ServerLock(chroma_url, "two", 1, 1)._held_by() is None  # released


def test_a_killed_holders_lock_is_taken_over(tmp_path, chroma_url):
    dead = ServerLock(chroma_url, "dead", stale_s=3600, wait_s=0).acquire()
    dead._stop.set()  # killed: it never beats again and never releases
    settings = machine(tmp_path, "c", chroma_url, "dead", ingest_lock_stale_s=0.5)
    report = ingest(settings, embedder=HashEmbedder())
    assert store.generations(settings).current() == report.generation
    names = [c if isinstance(c, str) else c.name for c in store.server_client(chroma_url).list_collections()]
    assert not [n for n in names if n.startswith("dead-ingest-lock")]  # the dead one's lock gone, ours released


def test_a_busy_server_is_a_clear_error_and_nothing_is_published(tmp_path, chroma_url):
    holder = ServerLock(chroma_url, "busy", stale_s=3600, wait_s=0).acquire()
    try:
        settings = machine(tmp_path, "d", chroma_url, "busy", ingest_lock_wait_s=0.3)
        with pytest.raises(IngestBusy, match=r"another ingest is writing the index .* pid .*Run ingest again"):
            ingest(settings, embedder=HashEmbedder())
        assert store.generations(settings).current() is None
        # the command says it in one line and exits 4, before loading a model
        env = {**os.environ, "QNA_HOME": str(settings.home), "QNA_CORPUS_DIR": str(settings.corpus_dir),
               "QNA_CHROMA_URL": chroma_url, "QNA_CHROMA_NAMESPACE": "busy", "QNA_INGEST_LOCK_WAIT_S": "0.3",
               "QNA_EXTENSIONS": "[]"}
        done = subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", "--quiet"], capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=300)
        assert done.returncode == 4 and "Traceback" not in done.stderr, done.stderr
        assert [line for line in done.stderr.splitlines() if line.startswith("lỗi / error: another ingest is writing")]
    finally:
        holder.release()


def test_a_holder_whose_lock_was_broken_publishes_nothing(tmp_path, chroma_url):
    settings = machine(tmp_path, "e", chroma_url, "lost")

    def broken_meanwhile(_name):  # another machine took this one for dead and broke its lock
        other = ServerLock(chroma_url, "lost", 1, 1)
        if other._held_by() is not None:
            other._break(other._held_by())

    with pytest.raises(IngestLockLost, match="taken over by another machine.*nothing was published"):
        ingest(settings, embedder=HashEmbedder(), on_document=broken_meanwhile)
    assert store.generations(settings).current() is None
