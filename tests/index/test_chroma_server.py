"""Server mode: `chroma run` on 127.0.0.1, ingest and answers through it equal embedded mode's."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.extractive import ExtractiveAnswerer
from index import store
from index.ingest import ingest
from index.retrieval import SearchEngine
from tests.index.hash_embedder import HashEmbedder, fake_settings
from tests.index.test_ingest import SKHCN, VP23, change_one_section, copy_docs

pytestmark = pytest.mark.filterwarnings("ignore:legacy embedding function config")
QUESTIONS = ["Ai chủ trì Bản tin cải cách hành chính?", "nop ho so truc tuyen o dau",
             "kiểm tra ISO 9001:2015", "Kế hoạch 281 giao những nhiệm vụ cụ thể nào?",
             "Sở Khoa học và Công nghệ chủ trì những việc gì?"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_url(tmp_path):
    """A real Chroma server (the `chroma` CLI of the installed chromadb) on a free port, stopped afterwards."""
    port = _free_port()
    cli = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen([str(cli), "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # until it answers (bounded; how long it took is not checked)
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited with {proc.returncode}")
            try:
                store.server_client(url).heartbeat()
                break
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.1)
        else:
            pytest.fail("chroma run did not answer")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _answers(settings, embedder):
    engine = SearchEngine(settings, embedder)
    answerer = ExtractiveAnswerer(engine)
    return engine, [answerer.answer(q).to_json() for q in QUESTIONS]


def test_server_mode_answers_as_embedded_mode_through_reingests(tmp_path, chroma_url):
    embedder = HashEmbedder()
    (tmp_path / "local").mkdir()
    (tmp_path / "served").mkdir()
    local = fake_settings(tmp_path / "local")
    served = fake_settings(tmp_path / "served", chroma_url=chroma_url)
    for settings in (local, served):
        copy_docs(settings, SKHCN, VP23)
    first = ingest(served, embedder=embedder)
    ingest(local, embedder=embedder)
    engine, answers = _answers(served, embedder)
    assert answers == _answers(local, embedder)[1]
    assert any(a["grounded"] for a in answers)
    # nothing of the index is kept locally: only the embedding cache (and the ingest lock)
    assert not list(served.store_dir.glob("gen-*")) and not (served.store_dir / "CURRENT").exists()

    # re-ingest after a change: a new collection, the pointer switched, a running engine reloads onto it
    for settings in (local, served):
        change_one_section(settings)
    second = ingest(served, embedder=embedder)
    ingest(local, embedder=embedder)
    assert second.updated == [SKHCN] and second.generation != first.generation
    assert store.generations(served).current() == second.generation
    engine.reload()
    assert "Quý III/2025" in engine.chunk(SKHCN, "IV.6").fields["timing"]
    assert _answers(served, embedder)[1] == _answers(local, embedder)[1]

    # a third generation: old collections are pruned, the current one and its predecessor stay
    (served.corpus_dir / VP23).unlink()
    third = ingest(served, embedder=embedder)
    client = store.server_client(chroma_url)
    names = sorted(c if isinstance(c, str) else c.name for c in client.list_collections())
    assert names == sorted(["qna-generations"] + [f"qna-{store.COLLECTION}-{g}" for g in (second.generation,
                                                                                           third.generation)])
    assert {c.document for c in SearchEngine(served, embedder).chunks} == {SKHCN}


def test_an_empty_server_is_reported_as_missing_index(chroma_url, tmp_path):
    with pytest.raises(store.IndexMissing, match="no index in the Chroma server .*run `assistant ingest`"):
        SearchEngine.open(fake_settings(tmp_path, chroma_url=chroma_url), embedder=HashEmbedder())
