"""Incremental ingest, broken files, and an ingest killed midway (real model, real Chroma)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index import store
from index.ingest import ingest
from index.retrieval import SearchEngine
from tests.index.hash_embedder import Killed

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SKHCN = "2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt"
VP23 = "2023-vp-ubnd-ke-hoach-tuyen-truyen-cchc.txt"


def copy_docs(settings, *names):
    for n in names:
        shutil.copy(CORPUS / n, settings.corpus_dir / n)


def change_one_section(settings) -> None:
    """One section of one document changes: SKHCN's IV.6 moves from Quý IV to Quý III."""
    path = settings.corpus_dir / SKHCN
    path.write_text(path.read_text(encoding="utf-8").replace("Quý IV/2025", "Quý III/2025"), encoding="utf-8")


def top(settings, embedder, query):
    hits = SearchEngine.open(settings, embedder=embedder).search(query, k=3)
    return [(h.document, h.section) for h in hits]


def test_incremental_ingest(tmp_settings, embedder):
    copy_docs(tmp_settings, SKHCN, VP23)
    first = ingest(tmp_settings, embedder=embedder)
    assert sorted(first.added) == sorted([SKHCN, VP23]) and first.embedded > 0 and not first.failed

    again = ingest(tmp_settings, embedder=embedder)
    assert again.embedded == 0 and not again.changed and again.generation == first.generation

    # change one document: only it is embedded again
    change_one_section(tmp_settings)
    changed = ingest(tmp_settings, embedder=embedder)
    assert changed.updated == [SKHCN] and changed.unchanged == [VP23]
    n_skhcn = next(d["chunks"] for d in SearchEngine.open(tmp_settings, embedder=embedder).documents()
                   if d["document"] == SKHCN)
    # this document only, and of it only the changed section (as written + accent-folded): the rest is cached
    assert changed.embedded == 2 and changed.cached == 2 * n_skhcn - 2
    engine = SearchEngine.open(tmp_settings, embedder=embedder)
    assert "Quý III/2025" in engine.chunk(SKHCN, "IV.6").fields["timing"]
    assert engine.collection.count() == 2 * len(engine.chunks)

    # delete one: its sections leave both the vectors and the lexical index
    (tmp_settings.corpus_dir / VP23).unlink()
    removed = ingest(tmp_settings, embedder=embedder)
    assert removed.removed == [VP23]
    engine = SearchEngine.open(tmp_settings, embedder=embedder)
    assert {c.document for c in engine.chunks} == {SKHCN}
    assert engine.collection.count() == 2 * len(engine.chunks)
    assert len(list(tmp_settings.store_dir.glob("gen-*"))) <= store.KEEP_GENERATIONS


def test_an_ingest_whose_texts_are_all_cached_loads_no_encoder(tmp_settings, embedder):
    """Rebuilding the index from the embedding cache (a new index version, a lost generation) loads neither
    the tokenizer nor the onnxruntime session; one changed section loads them and encodes two texts."""
    if getattr(embedder, "backend", "") != "onnx":
        pytest.skip("the lazy loading is the ONNX encoder's (run `assistant build-model`)")
    from index.embedding import OnnxEmbedder

    copy_docs(tmp_settings, SKHCN)
    first = ingest(tmp_settings, embedder=embedder)
    (tmp_settings.store_dir / "CURRENT").unlink()  # the index is gone, its vectors stay in the cache
    fresh = OnnxEmbedder.from_model(embedder._chosen, threads=1, workers=2)  # as `assistant ingest` makes it
    rebuilt = ingest(tmp_settings, embedder=fresh)
    assert rebuilt.added == [SKHCN] and rebuilt.embedded == 0 and rebuilt.cached == 2 * first.chunks
    assert not fresh.loaded
    change_one_section(tmp_settings)
    changed = ingest(tmp_settings, embedder=fresh)
    assert changed.embedded == 2 and fresh.loaded


def test_broken_files_are_reported_and_skipped(tmp_settings, embedder):
    copy_docs(tmp_settings, SKHCN)
    (tmp_settings.corpus_dir / "hong.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    (tmp_settings.corpus_dir / "hong.docx").write_bytes(b"not a zip")
    (tmp_settings.corpus_dir / "anh.png").write_bytes(b"\x89PNG")
    report = ingest(tmp_settings, embedder=embedder)
    assert report.added == [SKHCN]
    assert set(report.failed) == {"hong.txt", "hong.docx", "anh.png"}
    assert ("2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt", "III.9") in top(tmp_settings, embedder,
                                                                                "nop ho so truc tuyen")

    # a good file that later gets corrupted keeps its last good version in the index
    (tmp_settings.corpus_dir / SKHCN).write_bytes(b"\x00\x01binary now")
    report = ingest(tmp_settings, embedder=embedder)
    assert SKHCN in report.failed
    assert any(d["document"] == SKHCN for d in SearchEngine.open(tmp_settings, embedder=embedder).documents())


def test_interrupted_ingest_leaves_previous_index_usable(tmp_settings, embedder):
    copy_docs(tmp_settings, SKHCN)
    good = ingest(tmp_settings, embedder=embedder)
    copy_docs(tmp_settings, VP23)

    def die(name):
        raise Killed(name)

    with pytest.raises(Killed):
        ingest(tmp_settings, embedder=embedder, on_document=die)
    assert store.current_generation(tmp_settings.store_dir).name == good.generation
    assert list(tmp_settings.store_dir.glob("tmp-*")), "the half-written generation is left behind"
    engine = SearchEngine.open(tmp_settings, embedder=embedder)  # still fully usable
    assert {c.document for c in engine.chunks} == {SKHCN}
    assert engine.search("Bản tin", k=1)

    resumed = ingest(tmp_settings, embedder=embedder)  # the next run cleans up and completes
    assert resumed.added == [VP23] and not list(tmp_settings.store_dir.glob("tmp-*"))


def test_empty_corpus_and_missing_index(tmp_settings, embedder):
    with pytest.raises(store.IndexMissing):
        SearchEngine.open(tmp_settings, embedder=embedder)
