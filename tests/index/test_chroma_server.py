"""Server mode: `chroma run` on 127.0.0.1, ingest and answers through it equal embedded mode's."""
from __future__ import annotations

import pytest

from assistant.extractive import ExtractiveAnswerer
from index import store
from index.ingest import ingest
from index.retrieval import SearchEngine
from tests.index.chroma_support import chroma_server
from tests.index.hash_embedder import HashEmbedder, fake_settings
from tests.index.test_ingest import SKHCN, VP23, change_one_section, copy_docs

pytestmark = pytest.mark.filterwarnings("ignore:legacy embedding function config")
QUESTIONS = ["Ai chủ trì Bản tin cải cách hành chính?", "nop ho so truc tuyen o dau",
             "kiểm tra ISO 9001:2015", "Kế hoạch 281 giao những nhiệm vụ cụ thể nào?",
             "Sở Khoa học và Công nghệ chủ trì những việc gì?"]


@pytest.fixture
def chroma_url(tmp_path):
    """A real Chroma server on a free port, stopped afterwards."""
    with chroma_server(tmp_path / "chroma-server") as url:
        yield url


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
