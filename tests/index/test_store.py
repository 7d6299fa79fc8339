"""The generation's records cache (``store.RecordsCache``): what a load reads instead of Chroma, and only ever
a cache — the same records as the collection, ignored and written again when it is stale or damaged."""
from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from index import store
from index.ingest import ingest
from index.retrieval import SearchEngine
from index.settings import PROJECT_ROOT
from tests.index.hash_embedder import HashEmbedder, fake_settings
from tests.index.test_ingest import SKHCN, VP23, change_one_section, copy_docs

pytestmark = pytest.mark.filterwarnings("ignore:legacy embedding function config")


def by_id(records) -> dict:
    return {r.id: (r.metadata, r.vector) for r in records}


def assert_same_records(cached, from_chroma) -> None:
    cached, from_chroma = by_id(cached), by_id(from_chroma)
    assert sorted(cached) == sorted(from_chroma)
    for rid, (metadata, vector) in from_chroma.items():
        assert cached[rid][0] == metadata
        np.testing.assert_array_equal(cached[rid][1], vector)


def current(settings):
    gens = store.generations(settings)
    name = gens.require()
    return gens, name, gens.manifest(name)


def test_ingest_writes_the_records_the_collection_holds(tmp_path):
    """Written by ingest into each generation before it is published, from the records it added (kept
    documents' and changed ones'): exactly what reading the collection gives."""
    settings = fake_settings(tmp_path)
    embedder = HashEmbedder()
    copy_docs(settings, SKHCN, VP23)
    ingest(settings, embedder=embedder)
    change_one_section(settings)  # the next generation: one document kept, one re-embedded
    ingest(settings, embedder=embedder)
    gens, name, manifest = current(settings)
    cached = gens.cached_records(name, manifest)
    assert cached is not None
    assert_same_records(cached, store.read_records(gens.collection(name, None)))


def test_a_stale_or_damaged_cache_is_read_from_chroma_and_written_again(tmp_path):
    settings = fake_settings(tmp_path)
    embedder = HashEmbedder()
    copy_docs(settings, SKHCN)
    ingest(settings, embedder=embedder)
    gens, name, manifest = current(settings)
    path = store.RecordsCache(gens.location(name)).path
    good = path.read_bytes()
    expected = SearchEngine.open(settings, embedder=embedder).search("Bản tin cải cách hành chính", k=5)
    stale = {**manifest, "created_at": "another generation"}
    damages = {"truncated": good[: len(good) // 2], "garbage": b"not a zip at all", "empty": b""}
    for what, data in damages.items():
        path.write_bytes(data)
        assert gens.cached_records(name, manifest) is None, what
        engine = SearchEngine.open(settings, embedder=embedder)  # loads from Chroma, writes the cache again
        assert [(h.document, h.section, h.score) for h in engine.search("Bản tin cải cách hành chính", k=5)] \
            == [(h.document, h.section, h.score) for h in expected], what
        assert gens.cached_records(name, manifest) is not None, what
    assert gens.cached_records(name, stale) is None  # written for another manifest: not this generation's
    path.unlink()
    SearchEngine.open(settings, embedder=embedder)
    assert_same_records(gens.cached_records(name, manifest), store.read_records(gens.collection(name, None)))


def test_a_cache_with_a_wrong_vector_is_not_used(tmp_path):
    """Right key, wrong contents (a vector of another size, a NaN): a miss, never wrong vectors."""
    settings = fake_settings(tmp_path)
    copy_docs(settings, SKHCN)
    ingest(settings, embedder=HashEmbedder())
    gens, name, manifest = current(settings)
    records = gens.cached_records(name, manifest)
    cache = store.RecordsCache(gens.location(name))
    nan = records[0].vector.copy()
    nan[0] = np.nan
    cache.write(manifest, [records[0]._replace(vector=nan)] + records[1:])
    assert gens.cached_records(name, manifest) is None
    cache.write({**manifest, "dimension": 32}, records)  # vectors of 64 under a manifest of 32
    assert gens.cached_records(name, {**manifest, "dimension": 32}) is None


def test_loading_from_the_cache_imports_no_chromadb(tmp_path):
    """A process that loads the index and searches imports no chromadb (2 s of every start); asking for the
    collection opens it then."""
    settings = fake_settings(tmp_path)
    copy_docs(settings, SKHCN)
    ingest(settings, embedder=HashEmbedder())
    code = ("import sys; from index.retrieval import SearchEngine; from index.settings import Settings; "
            "from tests.index.hash_embedder import HashEmbedder; "
            f"s = Settings(_env_file=None, home={str(settings.home)!r}, corpus_dir={str(settings.corpus_dir)!r}); "
            "e = SearchEngine.open(s, embedder=HashEmbedder()); hits = e.search('Bản tin cải cách hành chính'); "
            "print(bool(hits), 'chromadb' in sys.modules); print(e.collection.count(), 'chromadb' in sys.modules)")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                         timeout=300, env=env)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.splitlines()[:2]
    assert first == "True False"
    assert second.split()[1] == "True" and int(second.split()[0]) > 0


def test_ingest_reads_the_kept_documents_records_from_the_cache(tmp_path, monkeypatch):
    """An incremental ingest takes the current generation's records from its cache (Chroma is read once, for
    the new generation's own cache); with the cache damaged it reads them from Chroma, to the same index."""
    reads = []
    real = store.read_records
    monkeypatch.setattr(store, "read_records", lambda collection: reads.append(1) or real(collection))
    results = {}
    for damaged in (False, True):
        (tmp_path / str(damaged)).mkdir()
        settings = fake_settings(tmp_path / str(damaged))
        copy_docs(settings, SKHCN, VP23)
        ingest(settings, embedder=HashEmbedder())
        gens, name, _ = current(settings)
        if damaged:
            store.RecordsCache(gens.location(name)).path.write_bytes(b"damaged")
        change_one_section(settings)
        reads.clear()
        report = ingest(settings, embedder=HashEmbedder())
        assert report.updated == [SKHCN] and len(reads) == (2 if damaged else 1)
        gens, name, manifest = current(settings)
        results[damaged] = by_id(gens.cached_records(name, manifest))
    assert results[False].keys() == results[True].keys()
    for rid, (metadata, vector) in results[False].items():
        assert results[True][rid][0] == metadata
        np.testing.assert_array_equal(results[True][rid][1], vector)


def test_generations_begun_in_one_second_sort_in_the_order_begun(tmp_path):
    """Pruning keeps the newest generations by name; a random suffix must never decide that order."""
    names = [store.new_generation_dir(tmp_path).name for _ in range(50)]
    assert names == sorted(names) and len(set(names)) == 50


def test_pruning_keeps_the_current_generation_and_its_predecessor(tmp_path):
    published = []
    for _ in range(5):
        gen = store.new_generation_dir(tmp_path)
        (gen / "manifest.json").write_text("{}", encoding="utf-8")
        published.append(store.publish(tmp_path, gen).name)
    left = sorted(p.name for p in tmp_path.glob("gen-*"))
    assert left == published[-store.KEEP_GENERATIONS:]
    assert store.current_generation(tmp_path).name == published[-1]
