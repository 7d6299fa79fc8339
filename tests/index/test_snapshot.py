"""Searches running while the engine reloads see one whole index generation, never a mix."""
from __future__ import annotations

import threading
import time

import pytest

from index import store
from index.ingest import ingest
from index.retrieval import SearchEngine
from tests.index.hash_embedder import HashEmbedder, fake_settings
from tests.index.test_ingest import SKHCN, VP23, copy_docs

pytestmark = pytest.mark.filterwarnings("ignore:legacy embedding function config")
QUERIES = ["Bản tin cải cách hành chính", "nop ho so truc tuyen", "kiểm tra ISO 9001:2015", "khẩu hiệu tuyên truyền"]


class SlowQueries(HashEmbedder):
    """Encoding a query yields the CPU, so a reload lands in the middle of searches (not a timing check)."""

    def encode_queries(self, texts):
        time.sleep(0.002)
        return super().encode_queries(texts)


def point_to(settings, generation: str) -> None:
    (settings.store_dir / "CURRENT").write_text(generation, encoding="utf-8")


def outcome(engine, query):
    return [(h.document, h.section, round(h.score, 9)) for h in engine.search(query, k=5)]


def test_searches_during_reloads_see_one_generation(tmp_path):
    settings, embedder = fake_settings(tmp_path), SlowQueries()
    copy_docs(settings, SKHCN, VP23)
    both = ingest(settings, embedder=embedder).generation
    (settings.corpus_dir / VP23).unlink()
    one = ingest(settings, embedder=embedder).generation  # fewer chunks: positions differ from `both`
    expected = {}
    for gen in (both, one):
        point_to(settings, gen)
        expected[gen] = {q: outcome(SearchEngine(settings, embedder), q) for q in QUERIES}
    assert expected[both] != expected[one]
    engine = SearchEngine(settings, embedder)

    errors, seen = [], []
    stop = threading.Event()

    def searching():
        while not stop.is_set():
            for q in QUERIES:
                try:
                    got = outcome(engine, q)
                except Exception as exc:  # noqa: BLE001 - any failure is the finding
                    errors.append(repr(exc))
                    continue
                seen.append(got)
                if got not in (expected[both][q], expected[one][q]):
                    errors.append(f"{q!r}: a mix of generations: {got}")

    worker = threading.Thread(target=searching)
    worker.start()
    try:
        for i in range(30):
            point_to(settings, (both, one)[i % 2])
            engine.reload()
            assert engine.generation.name == (both, one)[i % 2]
    finally:
        stop.set()
        worker.join()
    assert not errors, errors[:5]
    assert len(seen) > 30


def test_state_is_read_only(tmp_path):
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, VP23)
    ingest(settings, embedder=embedder)
    engine = SearchEngine(settings, embedder)
    snapshot = engine.snapshot
    with pytest.raises(AttributeError):
        engine.chunks = []
    engine.reload()
    assert engine.snapshot is not snapshot and engine.chunks == snapshot.chunks
    assert store.current_generation(settings.store_dir) == engine.generation
