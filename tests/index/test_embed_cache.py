"""The embedding cache and the size limit of ingest (a stand-in embedder: no model, seconds)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from index import store
from index.ingest import ingest
from index.parse_worker import ParseWorker
from index.retrieval import SearchEngine
from tests.index.hash_embedder import HashEmbedder, Killed, fake_settings
from tests.index.test_ingest import SKHCN, VP23, change_one_section, copy_docs

ROOT = Path(__file__).resolve().parents[2]
# chromadb tries to rebuild the stand-in embedder's model from the collection config, and says so
pytestmark = pytest.mark.filterwarnings("ignore:legacy embedding function config")


def cache_of(settings, embedder) -> store.EmbeddingCache:
    return store.EmbeddingCache(settings.store_dir / store.EMBED_CACHE, embedder.model_name, embedder.dimension)


def test_only_changed_sections_of_a_changed_file_are_encoded(tmp_path):
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, SKHCN, VP23)
    first = ingest(settings, embedder=embedder)
    assert first.embedded == 2 * first.chunks and first.cached == 0

    change_one_section(settings)
    embedder.encoded.clear()
    changed = ingest(settings, embedder=embedder)
    n_skhcn = SearchEngine(settings, embedder).document(SKHCN)["chunks"]
    assert changed.updated == [SKHCN]
    assert changed.embedded == 2 and changed.cached == 2 * n_skhcn - 2  # one section, as written and folded
    assert all("iii/2025" in text.lower() for text in embedder.encoded)
    assert "2 texts embedded" in changed.summary() and f"{changed.cached} from cache" in changed.summary()


def test_a_killed_ingest_resumes_where_it_stopped(tmp_path):
    settings = fake_settings(tmp_path)
    copy_docs(settings, SKHCN, VP23)
    dying = HashEmbedder(fail_on_call=4)  # three batches encoded and cached, then killed
    with pytest.raises(Killed):
        ingest(settings, embedder=dying)
    assert store.current_generation(settings.store_dir) is None
    done_before = len(dying.encoded)
    assert done_before > 0

    embedder = HashEmbedder()
    resumed = ingest(settings, embedder=embedder)
    assert resumed.cached == done_before and resumed.embedded == 2 * resumed.chunks - done_before
    assert not set(embedder.encoded) & set(dying.encoded)


def test_a_damaged_cache_entry_is_encoded_again_never_read(tmp_path):
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, VP23)
    first = ingest(settings, embedder=embedder)
    cache = cache_of(settings, embedder)
    with cache._db:  # a row cut short, as a torn write would leave it
        key = cache._db.execute("SELECT key FROM vectors LIMIT 1").fetchone()[0]
        cache._db.execute("UPDATE vectors SET vector = ? WHERE key = ?", (b"\x00" * 10, key))
    cache.close()

    for gen in settings.store_dir.glob("gen-*"):  # lose the index, keep the cache: everything is indexed again
        shutil.rmtree(gen)
    again = ingest(settings, embedder=embedder)
    assert again.embedded == 1 and again.cached == 2 * first.chunks - 1
    assert len(cache_of(settings, embedder).get([key])[key]) == embedder.dimension


def test_the_cache_keeps_only_what_the_index_holds(tmp_path):
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, SKHCN, VP23)
    ingest(settings, embedder=embedder)
    (settings.corpus_dir / VP23).unlink()
    after = ingest(settings, embedder=embedder)
    keys = {cache_of(settings, embedder).key(v, t) for c in SearchEngine(settings, embedder).chunks
            for v, t in c.variants()}
    assert len(cache_of(settings, embedder)) == len(keys) == 2 * after.chunks


class OtherBackend(HashEmbedder):
    """The same model run another way (as torch and its int8 ONNX export are): close vectors, not equal ones."""

    fingerprint = "onnx-int8:stand-in"

    def _vectors(self, texts) -> np.ndarray:
        noisy = super()._vectors(texts) + 0.01
        return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)


def test_switching_backend_embeds_everything_again_and_never_mixes(tmp_path):
    settings, torch_like, onnx_like = fake_settings(tmp_path), HashEmbedder(), OtherBackend()
    copy_docs(settings, SKHCN, VP23)
    first = ingest(settings, embedder=torch_like)
    with pytest.raises(store.IndexMismatch, match="run `assistant ingest`"):
        SearchEngine(settings, onnx_like)  # queries of one backend against the other's vectors: refused

    switched = ingest(settings, embedder=onnx_like)
    assert sorted(switched.added) == sorted([SKHCN, VP23]) and switched.cached == 0
    assert switched.embedded == 2 * first.chunks  # the cache of the other backend is not used
    engine = SearchEngine(settings, onnx_like)
    assert engine.manifest["model"] == "onnx-int8:stand-in"
    stored = np.vstack([engine.vectors["orig"][1], engine.vectors["folded"][1]])
    assert len(stored) == 2 * first.chunks and (stored != 0).all()  # all made by it (the stand-in's are sparse)
    with pytest.raises(store.IndexMismatch):
        SearchEngine(settings, torch_like)


WRITER = textwrap.dedent("""
    import sys
    import numpy as np
    from pathlib import Path
    from index.store import EmbeddingCache

    cache = EmbeddingCache(Path(sys.argv[1]), "m", 384)
    for batch in range(10**6):
        cache.put({cache.key("orig", f"text {batch} {i}"): np.full(384, batch + 1, dtype=np.float32)
                   for i in range(64)})
        print(batch, flush=True)
""")


def test_sigkill_while_writing_leaves_only_whole_entries(tmp_path):
    path = tmp_path / store.EMBED_CACHE
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    for _ in range(30):  # 30 batches committed, then killed in the middle of whatever it is doing
        assert proc.stdout.readline(), "the writer died"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    cache = store.EmbeddingCache(path, "m", 384)
    rows = cache._db.execute("SELECT key FROM vectors").fetchall()
    vectors = cache.get([k for (k,) in rows])
    assert len(vectors) == len(rows) >= 30 * 64 and len(rows) % 64 == 0  # whole batches only
    assert all(np.unique(v).size == 1 for v in vectors.values())


def test_too_large_file_is_skipped_and_its_last_version_stays(tmp_path, monkeypatch):
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, SKHCN, VP23)
    ingest(settings, embedder=embedder)

    (settings.corpus_dir / "huge.txt").write_bytes(b"x " * 3_000_000)  # 6 MB, over the 5 MB default
    change_one_section(settings)
    small = settings.model_copy(update={"max_document_bytes": 10_000})  # VP23 (9,890 bytes) stays under it
    read = []
    parse = ParseWorker.parse
    monkeypatch.setattr(ParseWorker, "parse", lambda worker, p: read.append(p.name) or parse(worker, p))

    assert ingest(settings, embedder=embedder).failed == {
        "huge.txt": "file too large: 6 MB > 5 MB limit (QNA_MAX_DOCUMENT_BYTES)"}
    with open(settings.corpus_dir / VP23, "a", encoding="utf-8") as fh:
        fh.write("\n")  # another file changes too, so this run writes a new generation
    report = ingest(small, embedder=embedder)
    assert report.failed[SKHCN] == "file too large: 0.02 MB > 0.01 MB limit (QNA_MAX_DOCUMENT_BYTES)"
    assert report.updated == [VP23] and report.embedded == 0  # same sections: all from the cache
    assert "huge.txt" not in read and read.count(SKHCN) == 1  # read once, by the first ingest; never after
    engine = SearchEngine(small, embedder)
    assert {d["document"] for d in engine.documents()} == {SKHCN, VP23}
    assert "Quý III/2025" in engine.chunk(SKHCN, "IV.6").fields["timing"]  # its last indexed version is served
