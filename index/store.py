"""The on-disk index: Chroma collection, chunks, lexical statistics and a manifest.

Each ingest writes a new *generation* folder and, only when it is complete, points the
``CURRENT`` file at it with an atomic rename. An ingest killed midway therefore leaves
the previous generation untouched and in use; its half-written folder is removed by
the next ingest.

    store/
      CURRENT              "gen-20261123T113000123456-ab12cd"
      gen-…/chroma/        Chroma PersistentClient, the store of record: per chunk and text variant one
                           record (id, the text embedded, its vector, the chunk's text and fields as metadata),
                           written and read in llama-index's ChromaVectorStore format (index/nodes.py)
      gen-…/lexical.json   BM25 term statistics over folded syllables, by chunk id
      gen-…/manifest.json  documents (sha256, metadata, index time), abbreviations, model, store layout
      gen-…/records.cache.npz  a cache of the collection's records (ids, metadata, vectors), so that loading
                           the index imports no chromadb (2 s of every start); keyed by the manifest, ignored
                           and written again when it is missing, stale or damaged (``RecordsCache``)
      embed-cache.sqlite   passage vectors by text hash, shared by every generation (EmbeddingCache)

With ``QNA_CHROMA_URL`` the same generations live in a Chroma server instead (``ServerGenerations``): a
collection per generation, manifest and lexical statistics in a registry collection, ``CURRENT`` a record
of it; only ``embed-cache.sqlite`` and the ingest lock stay in the folder. ``generations(settings)`` picks.

Chunks are not kept anywhere else: a snapshot reads them, with their vectors, from the collection
in one ``get`` (``read_records``). An index of an older layout (chunks in a ``chunks.json`` beside
the collection) is reported as missing until ``assistant ingest`` has rebuilt it.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

import numpy as np

from index.chunking import VARIANTS
from index.files import from_json_array, fsync_path, json_array, write_npz

COLLECTION = "plan_sections"
EMBED_CACHE = "embed-cache.sqlite"
KEEP_GENERATIONS = 2  # the current one and its predecessor (a running server may still read it)
# How a generation is laid out; bump when a reader of the old layout would misread the new one.
# 1 (no "layout" in the manifest): chunks in chunks.json, Chroma held vectors and ids; 2: Chroma holds all.
LAYOUT = 2


class IndexMissing(RuntimeError):
    """No complete index yet: run `assistant ingest`."""


class IndexMismatch(IndexMissing):
    """The index was embedded by another model or backend than the one loaded: run `assistant ingest`.

    Its vectors are not comparable with the queries' (int8 ONNX and torch agree at cosine >= 0.99, not
    exactly), so it is as good as missing; every front end already reports IndexMissing with its message.
    """


def chroma_client(path: Path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(
        path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False))


def open_collection(path: Path, embedding_function):
    """The collection, always with our embedding function: chromadb's default one downloads a model."""
    client = chroma_client(path)
    return client.get_or_create_collection(
        COLLECTION, embedding_function=embedding_function, metadata={"hnsw:space": "cosine"})


def vector_store(collection):
    """llama-index's view of a collection: ingest writes ``index.nodes.record_nodes`` through it."""
    from llama_index.vector_stores.chroma import ChromaVectorStore

    return ChromaVectorStore(chroma_collection=collection)


class Record(NamedTuple):
    """One stored text: ``<chunk id>::<variant>``, the node's metadata, its vector. (The text embedded is stored
    too, as the record's document; nothing that loads the index needs it: ``Chunk.variants`` makes it again.)"""

    id: str
    metadata: dict
    vector: np.ndarray


def read_records(collection, variant: str = VARIANTS[0]) -> list[Record]:
    """Every record of a collection: those of ``variant`` (the text as written) with their metadata, the others
    with their vector and, as metadata, only the chunk id and variant their id names (``<chunk id>::<variant>``,
    index/nodes.py).

    The metadata is the node's own, read from the JSON llama-index stores beside the flat copy (it keeps the
    activity fields' order); parsed here without importing llama-index, which would add ~2 s to every start.
    Two ``get``s rather than one: every variant's record carries the chunk's text and fields twice (flat and as
    JSON, 1.5 MB for the plans), and reading them once, not once per variant, takes a snapshot load's read from
    186 to 86 ms (best of 5 on this machine, the five plans).
    """
    out = []
    got = collection.get(where={"variant": variant}, include=["metadatas", "embeddings"])
    for id_, meta, vector in zip(got["ids"], got["metadatas"], got["embeddings"]):
        content = meta.get("_node_content")
        out.append(Record(id_, json.loads(content)["metadata"] if content else meta,
                          np.asarray(vector, dtype=np.float32)))
    rest = collection.get(where={"variant": {"$ne": variant}}, include=["embeddings"])
    for id_, vector in zip(rest["ids"], rest["embeddings"]):
        chunk_id, _, other = id_.rpartition("::")
        out.append(Record(id_, {"chunk_id": chunk_id, "variant": other}, np.asarray(vector, dtype=np.float32)))
    return out


class RecordsCache:
    """A generation's records as ``read_records`` returns them, in one ``.npz`` beside its collection.

    Only a cache: Chroma is the store of record, ingest writes the file into the generation before
    publishing it (from the collection it has just written, read back: Chroma re-normalises a cosine
    collection's vectors in their last bits), and a loader that finds it missing, written for another
    manifest, or damaged in any way reads the collection instead and writes the file again. Loading
    from it needs numpy and json only: no chromadb import (2 s) and no collection read (0.5 s). No pickles:
    ids and metadata are one UTF-8 JSON blob, vectors one float32 matrix.
    """

    NAME = "records.cache.npz"
    FORMAT = 1  # bump when what is kept changes

    def __init__(self, gen: Path):
        self.path = Path(gen) / self.NAME

    @classmethod
    def key(cls, manifest: dict) -> str:
        """What the file must have been written for: this format and this generation's manifest."""
        text = json.dumps([cls.FORMAT, LAYOUT, manifest], sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def read(self, manifest: dict) -> list[Record] | None:
        """The records, or None when the file is missing, stale or not exactly what ``write`` writes."""
        try:
            with np.load(self.path, allow_pickle=False) as z:
                if str(z["key"]) != self.key(manifest):
                    return None
                blob = from_json_array(z["records"])
                vectors = z["vectors"]
            ids, metadata = blob["ids"], blob["metadata"]
            dimension = int(manifest.get("dimension") or 0)
            if (vectors.dtype != np.float32 or vectors.ndim != 2 or not len(ids) == len(metadata) == len(vectors)
                    or (dimension and vectors.shape[1] != dimension) or not np.isfinite(vectors).all()
                    or not all(isinstance(i, str) for i in ids) or not all(isinstance(m, dict) for m in metadata)):
                return None
        except Exception:  # missing, or damaged (truncated zip, bad JSON, missing array…): only a cache miss
            return None
        return [Record(i, m, v) for i, m, v in zip(ids, metadata, vectors)]

    def write(self, manifest: dict, records: list[Record]) -> bool:
        """Write the file whole or not at all; False when the folder is not writable (a read-only index is
        then read from Chroma every time)."""
        dimension = int(manifest.get("dimension") or 0)
        vectors = (np.vstack([np.asarray(r.vector, dtype=np.float32) for r in records]) if records
                   else np.zeros((0, dimension), dtype=np.float32))
        return write_npz(self.path, {
            "key": np.array(self.key(manifest)), "vectors": vectors,
            "records": json_array({"ids": [r.id for r in records], "metadata": [r.metadata for r in records]})})


def generation_records(gens, name: str, manifest: dict, open_collection) -> list[Record]:
    """A generation's records: from its ``RecordsCache``, else read from ``open_collection()`` (Chroma, the
    store of record) and the cache written again for the next process (it was missing, stale or damaged)."""
    records = gens.cached_records(name, manifest)
    if records is None:
        records = read_records(open_collection())
        gens.keep_records(name, manifest, records)
    return records


def check_layout(gen: Path, manifest: dict) -> None:
    """IndexMissing for a generation written in another layout: it must be built again, not misread."""
    if manifest.get("layout", 1) != LAYOUT:
        raise IndexMismatch(f"the index in {gen} was built by an earlier version (store layout "
                            f"{manifest.get('layout', 1)}, this version reads {LAYOUT}): run `assistant ingest`")


def current_generation(store_dir: Path) -> Path | None:
    pointer = store_dir / "CURRENT"
    if not pointer.exists():
        return None
    gen = store_dir / pointer.read_text(encoding="utf-8").strip()
    return gen if (gen / "manifest.json").exists() else None


def require_generation(store_dir: Path) -> Path:
    gen = current_generation(store_dir)
    if gen is None:
        raise IndexMissing(f"no index in {store_dir}: run `assistant ingest` first")
    return gen


def new_generation_dir(store_dir: Path) -> Path:
    store_dir.mkdir(parents=True, exist_ok=True)
    path = store_dir / f"tmp-{_stamp()}"
    path.mkdir()
    return path


def write_json(path: Path, data) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_json(path: Path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def publish(store_dir: Path, tmp_gen: Path) -> Path:
    """Make ``tmp_gen`` the current generation atomically, then prune old ones."""
    final = store_dir / tmp_gen.name.replace("tmp-", "gen-", 1)
    os.replace(tmp_gen, final)
    fsync_path(store_dir)
    pointer_tmp = store_dir / "CURRENT.tmp"
    with open(pointer_tmp, "w", encoding="utf-8") as fh:
        fh.write(final.name)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(pointer_tmp, store_dir / "CURRENT")
    fsync_path(store_dir)
    prune(store_dir)
    return final


def prune(store_dir: Path) -> None:
    """Remove half-written generations and all but the newest complete ones."""
    current = current_generation(store_dir)
    for p in store_dir.glob("tmp-*"):
        shutil.rmtree(p, ignore_errors=True)
    gens = sorted(p for p in store_dir.glob("gen-*") if p.is_dir())
    keep = set(gens[-KEEP_GENERATIONS:])
    if current:
        keep.add(current)
    for p in gens:
        if p not in keep:
            shutil.rmtree(p, ignore_errors=True)


_last_stamp: datetime | None = None


def _stamp() -> str:
    """A name part that sorts in the order generations are begun: pruning keeps "the newest" by name, so two
    generations begun in the same second must not be ordered by their random suffix (microseconds, and always
    later than the previous stamp of this process)."""
    global _last_stamp
    now = datetime.now(timezone.utc)
    if _last_stamp is not None and now <= _last_stamp:
        now = _last_stamp + timedelta(microseconds=1)
    _last_stamp = now
    return f"{now.strftime('%Y%m%dT%H%M%S%f')}-{uuid.uuid4().hex[:6]}"


class FolderGenerations:
    """Embedded mode (the default): each generation a folder with its own Chroma, ``CURRENT`` names the one
    in use (see the module's docstring)."""

    def __init__(self, store_dir: Path):
        self.store_dir = store_dir

    def current(self) -> str | None:
        gen = current_generation(self.store_dir)
        return gen.name if gen else None

    def require(self) -> str:
        return require_generation(self.store_dir).name

    def location(self, name: str) -> Path:
        return self.store_dir / name

    def manifest(self, name: str) -> dict:
        return read_json(self.store_dir / name / "manifest.json")

    def lexical(self, name: str) -> dict:
        return read_json(self.store_dir / name / "lexical.json")

    def collection(self, name: str, embedding_function):
        return open_collection(self.store_dir / name / "chroma", embedding_function)

    def cached_records(self, name: str, manifest: dict) -> list[Record] | None:
        """The generation's records from its ``RecordsCache``, or None: read the collection."""
        return RecordsCache(self.store_dir / name).read(manifest)

    def keep_records(self, name: str, manifest: dict, records: list[Record]) -> None:
        """Write the generation's ``RecordsCache`` (a generation being written, or one read from Chroma)."""
        RecordsCache(self.store_dir / name).write(manifest, records)

    def begin(self) -> str:
        """A new, not yet visible generation's name."""
        return new_generation_dir(self.store_dir).name

    def publish(self, name: str, manifest: dict, lexical: dict) -> str:
        """Make ``name`` current (its files first, then the pointer); prune old ones; the final name."""
        write_json(self.store_dir / name / "lexical.json", lexical)
        write_json(self.store_dir / name / "manifest.json", manifest)
        return publish(self.store_dir, self.store_dir / name).name

    def prune(self) -> None:
        prune(self.store_dir)


POINTER = "CURRENT"  # server mode: the record of the registry collection that names the generation in use


def server_client(url: str):
    """A client of the Chroma server at ``url`` (``QNA_CHROMA_URL``, http(s)://host:port)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"QNA_CHROMA_URL must be http(s)://host:port, not {url!r}")
    return chromadb.HttpClient(host=parts.hostname, port=parts.port or (443 if parts.scheme == "https" else 80),
                               ssl=parts.scheme == "https", settings=ChromaSettings(anonymized_telemetry=False))


class ServerGenerations:
    """Server mode (``QNA_CHROMA_URL``): every process reads one Chroma server. A generation is a collection
    ``<namespace>-plan_sections-<generation>`` plus a record in ``<namespace>-generations`` holding its manifest
    and lexical statistics; the ``CURRENT`` record of that collection names the one in use, and switching it is
    one upsert of one record, so a reader sees the old generation or the new one. ``QNA_CHROMA_NAMESPACE`` lets
    several indexes share a server. The local store folder keeps only the ingest lock and the embedding cache;
    one ingest at a time: run it from one machine.
    """

    def __init__(self, url: str, namespace: str):
        self.url = url
        self.client = server_client(url)
        self.registry_name = f"{namespace}-generations"
        self.prefix = f"{namespace}-{COLLECTION}-"

    def _registry(self):
        return self.client.get_or_create_collection(self.registry_name, embedding_function=None)

    def _document(self, record_id: str) -> str | None:
        got = self._registry().get(ids=[record_id], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def current(self) -> str | None:
        return self._document(POINTER)

    def require(self) -> str:
        name = self.current()
        if name is None:
            raise IndexMissing(f"no index in the Chroma server at {self.url}: run `assistant ingest` first")
        return name

    def location(self, name: str) -> Path:
        return Path(name)

    def _generation(self, name: str) -> dict:
        doc = self._document(name)
        if doc is None:
            raise IndexMissing(f"generation {name} is gone from the Chroma server at {self.url}: "
                               f"run `assistant ingest`")
        return json.loads(doc)

    def manifest(self, name: str) -> dict:
        return self._generation(name)["manifest"]

    def lexical(self, name: str) -> dict:
        return self._generation(name)["lexical"]

    def collection(self, name: str, embedding_function):
        return self.client.get_or_create_collection(f"{self.prefix}{name}", embedding_function=embedding_function,
                                                    metadata={"hnsw:space": "cosine"})

    def cached_records(self, name: str, manifest: dict) -> None:
        """No local cache of a server's records: every process reads the server, the store of record."""
        return None

    def keep_records(self, name: str, manifest: dict, records: list) -> None:
        pass

    def begin(self) -> str:
        return f"gen-{_stamp()}"

    def publish(self, name: str, manifest: dict, lexical: dict) -> str:
        registry = self._registry()
        registry.upsert(ids=[name], embeddings=[[0.0]], metadatas=[{"kind": "generation"}],
                        documents=[json.dumps({"manifest": manifest, "lexical": lexical}, ensure_ascii=False)])
        registry.upsert(ids=[POINTER], embeddings=[[0.0]], metadatas=[{"kind": "pointer"}], documents=[name])
        self.prune()
        return name

    def prune(self) -> None:
        """Drop half-written generations' collections and all but the newest complete ones."""
        registry = self._registry()
        complete = sorted(registry.get(where={"kind": "generation"}, include=[])["ids"])
        keep = set(complete[-KEEP_GENERATIONS:]) | {self.current()}
        for collection in self.client.list_collections():
            name = collection if isinstance(collection, str) else collection.name
            if name.startswith(f"{self.prefix}gen-") and name[len(self.prefix):] not in keep:
                self.client.delete_collection(name)
        gone = [g for g in complete if g not in keep]
        if gone:
            registry.delete(ids=gone)


def generations(settings):
    """Where the settings keep the index: a Chroma server (``QNA_CHROMA_URL``) or folders (the default)."""
    if settings.chroma_url:
        return ServerGenerations(settings.chroma_url, settings.chroma_namespace)
    return FolderGenerations(settings.store_dir)


class EmbeddingCache:
    """Passage vectors by sha256 of (model, variant, exact text), in one SQLite file beside the generations.

    Ingest looks every text up before encoding, so unchanged sections of a changed file and
    whatever a killed ingest already encoded are never encoded again. Each ``put`` is one
    transaction: a killed process leaves whole rows or none, and a row that is not a
    vector of the expected size anyway is treated as missing, never returned.
    """

    def __init__(self, path: Path, model: str, dimension: int):
        self.model = model
        self.dimension = dimension
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL: a crash may lose the last rows, never corrupt one
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)"
                         " WITHOUT ROWID")
        self._db.commit()

    def key(self, variant: str, text: str) -> str:
        return hashlib.sha256(f"{self.model}\0{variant}\0{text}".encode("utf-8")).hexdigest()

    def get(self, keys: list[str]) -> dict[str, np.ndarray]:
        """The stored, well-formed vectors among ``keys``."""
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            part = unique[start:start + 500]
            rows = self._db.execute(
                f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})", part)
            for key, blob in rows:
                if len(blob) == 4 * self.dimension:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if np.isfinite(vector).all():
                        found[key] = vector
        return found

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        with self._db:  # one transaction
            self._db.executemany("INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)",
                                 [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()])

    def keep_only(self, keys: set[str]) -> None:
        """Drop every vector not in ``keys``: texts no longer indexed."""
        with self._db:
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY)")
            self._db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", [(k,) for k in keys])
            self._db.execute("DELETE FROM vectors WHERE key NOT IN (SELECT key FROM keep)")
            self._db.execute("DELETE FROM keep")

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "EmbeddingCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
