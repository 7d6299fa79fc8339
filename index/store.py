"""The on-disk index: Chroma collection, chunks, lexical statistics and a manifest.

Each ingest writes a new *generation* folder and, only when it is complete, points the
``CURRENT`` file at it with an atomic rename. An ingest killed midway therefore leaves
the previous generation untouched and in use; its half-written folder is removed by
the next ingest.

    store/
      CURRENT              "gen-20261123T113000-ab12"
      gen-…/chroma/        Chroma PersistentClient (dense vectors + metadata)
      gen-…/chunks.json    every chunk: text, section path, fields
      gen-…/lexical.json   BM25 term statistics over folded syllables
      gen-…/manifest.json  documents (sha256, metadata, index time), abbreviations, model
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from datetime import datetime, timezone
from pathlib import Path

from index.files import fsync_path

COLLECTION = "plan_sections"
KEEP_GENERATIONS = 2  # the current one and its predecessor (a running server may still read it)


class IndexMissing(RuntimeError):
    """No complete index yet: run `assistant ingest`."""


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
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    path = store_dir / f"tmp-{stamp}-{uuid.uuid4().hex[:6]}"
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
