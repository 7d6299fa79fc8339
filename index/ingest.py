"""Incremental ingest of corpus/ into a new index generation.

Only documents whose bytes changed are parsed again; unchanged ones carry their vectors
over from the current generation, deleted ones are removed. Within a changed document only
texts the embedding cache has not seen are encoded (see store.EmbeddingCache), so a killed
or repeated ingest resumes instead of starting over. A file that cannot be read, is larger
than ``max_document_bytes`` or expands beyond the readers' bounds (index/readers.py), is a link out of
the corpus folder, a broken link or not a regular file is reported by name as failed (its previously
indexed version, if any, stays searchable; the rest is indexed); folders and hidden files are reported
as skipped; reader warnings are reported by file. Nothing is visible to
readers until the new generation is complete (see index/store.py).
"""
from __future__ import annotations

import stat
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import numpy as np
from tqdm import tqdm

from index.settings import Settings
from index import store
from index.abbreviations import Abbreviations
from index.chunking import VARIANTS, Chunk, chunk_document
from index.files import sha256_file
from index.ingest_lock import ingest_lock
from index.lexical import terms
from index.parse_worker import ParseWorker
from index.parser import ParsedDocument, file_of
from index.readers import Bounds, UnreadableDocument, collecting_warnings, is_supported, megabytes

# Bump when parsing, chunking or the stored layout changes: every document is then indexed again.
INDEX_VERSION = 68


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # file name → reason (`assistant ingest` exits 5)
    skipped: dict[str, str] = field(default_factory=dict)  # not a document (a folder, a hidden file) → reason
    warnings: dict[str, list[str]] = field(default_factory=dict)  # file name → its reader's warnings
    chunks: int = 0
    embedded: int = 0  # texts encoded in this run (0 when nothing changed)
    cached: int = 0  # texts of changed documents whose vectors came from the embedding cache
    seconds: float = 0.0
    generation: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated", f"{len(self.removed)} removed",
                 f"{len(self.unchanged)} unchanged", f"{len(self.failed)} failed", f"{len(self.skipped)} skipped",
                 f"{self.chunks} chunks", f"{self.embedded} texts embedded", f"{self.cached} from cache",
                 f"{self.seconds:.1f} s"]
        if self.warnings:
            parts.insert(5, f"{sum(map(len, self.warnings.values()))} reader warnings")
        return ", ".join(parts)


def _parts_of(documents: dict[str, dict], file_name: str) -> dict[str, dict]:
    """The indexed documents that come from one corpus file (a decision and the plan it issues: two)."""
    return {n: d for n, d in documents.items() if file_of(n) == file_name}


def doc_record(doc: ParsedDocument, sha: str, n_chunks: int) -> dict:
    m = doc.meta
    return {"document": doc.name, "sha256": sha, "title": m.full_title, "raw_title": m.title,
            "doc_type": m.doc_type, "issuer": m.issuer, "number": m.number, "date": m.date, "year": m.year,
            "draft": m.draft, "signer": m.signer, "signer_title": m.signer_title, "place": m.place,
            "issuer_body": m.issuer_body, "parent_body": m.parent_body, "issued_by": m.issued_by,
            "carries": doc.carried, "chunks": n_chunks, "indexed_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def ingest(settings: Settings, embedder=None, progress: bool = False,
           on_document: Callable[[str], None] | None = None) -> IngestReport:
    """Bring the index in line with ``settings.corpus_dir``. ``on_document`` is a test hook.

    One ingest at a time per index (index/ingest_lock.py): a second one waits for the first, on this machine or,
    with a Chroma server, on any machine writing to it.
    """
    # each file read and parsed in a child process, held to the time budget (index/parse_worker.py)
    with ingest_lock(settings) as lock, ParseWorker(Bounds.from_settings(settings)) as reader:
        return _ingest(settings, embedder, progress, on_document, lock, reader)


def _ingest(settings: Settings, embedder, progress: bool, on_document, lock, reader: ParseWorker) -> IngestReport:
    t0 = time.perf_counter()
    report = IngestReport()
    store_dir = settings.store_dir
    if settings.chroma_url:  # collections are opened from the start: chromadb must know our embedding function
        import index.chroma_embedding  # noqa: F401
    gens = store.generations(settings)  # folders beside this file, or a Chroma server
    gens.prune()
    old_gen = gens.current()
    old_manifest = gens.manifest(old_gen) if old_gen else {"documents": {}}
    old_docs: dict = old_manifest["documents"]
    model_name = _model_name(settings, embedder)
    if old_gen and (old_manifest.get("index_version") != INDEX_VERSION or old_manifest.get("model") != model_name
                    or old_manifest.get("layout", 1) != store.LAYOUT):
        old_docs = {}  # built by another version or model: start again (the old generation stays until done)
    # every stored text with its vector: from the generation's records cache, else Chroma (no embedding function)
    old_records = store.generation_records(gens, old_gen, old_manifest, lambda: _collection(gens, old_gen)) \
        if old_gen and old_docs else []
    old_chunks = [Chunk.from_record(r.metadata) for r in old_records if r.metadata["variant"] == VARIANTS[0]]
    old_vectors = {r.id: r.vector for r in old_records}

    files = list_corpus(Path(settings.corpus_dir), report)

    keep_docs: dict[str, dict] = {}

    def skip(name: str, reason: str) -> None:
        """Report a file that cannot be indexed now; its last good version, if any, stays."""
        report.failed[name] = reason
        keep_docs.update(_parts_of(old_docs, name))

    # what changed
    todo: list[tuple[Path, str]] = []
    limit = settings.max_document_bytes
    for path in files:
        size = path.stat().st_size
        if limit and size > limit:
            skip(path.name,
                 f"file too large: {megabytes(size)} > {megabytes(limit)} limit (QNA_MAX_DOCUMENT_BYTES)")
            continue
        sha = sha256_file(path)
        prev = _parts_of(old_docs, path.name)
        if prev and all(d["sha256"] == sha for d in prev.values()):
            keep_docs.update(prev)
            report.unchanged.append(path.name)
        else:
            todo.append((path, sha))
    present = {p.name for p in files}
    report.removed = sorted({file_of(n) for n in old_docs if file_of(n) not in present})

    parsed: dict[str, tuple[ParsedDocument, str, list[Chunk]]] = {}
    for path, sha in todo:
        try:
            with collecting_warnings(report.warnings):
                docs = reader.parse(path)  # a decision and the plan it issues are two documents of one file
            parts = [(doc, chunk_document(doc, settings.max_chunk_chars)) for doc in docs]
            if not any(chunks for _, chunks in parts):
                raise UnreadableDocument(path, "no text found")
        except UnreadableDocument as exc:
            skip(path.name, exc.reason)
            continue
        except Exception as exc:  # a parser bug must not take the whole index down
            skip(path.name, f"cannot parse ({type(exc).__name__}: {exc})")
            continue
        for doc, chunks in parts:
            if chunks:
                parsed[doc.name] = (doc, sha, chunks)
        (report.updated if _parts_of(old_docs, path.name) else report.added).append(path.name)

    if old_gen and old_docs and not parsed and not report.removed and set(keep_docs) == set(old_docs):
        report.chunks = len(old_chunks)
        report.generation = old_gen
        report.seconds = time.perf_counter() - t0
        return report  # nothing to do: the current generation stays

    # chromadb and llama-index (4-5 s of imports) load in a thread while the changed texts are encoded: the
    # encoder releases the GIL, the imports need little else
    writers = _import_writers_in_background()
    if embedder is None:
        from index.embedding import fingerprint, load_embedder

        embedder = load_embedder(settings, passages=True)  # loads its tokenizer and session when it first encodes
        if fingerprint(embedder) != model_name:  # an export appeared or went since model_name was read
            raise RuntimeError(f"the embedding model changed during ingest ({model_name} → "
                               f"{fingerprint(embedder)}): run it again")
    with store.EmbeddingCache(store_dir / store.EMBED_CACHE, model_name,
                              int(getattr(embedder, "dimension", 0))) as cache:
        # every changed text encoded first (each batch committed to the embedding cache: a killed ingest
        # resumes), then the new generation written
        total = sum(len(c) * len(VARIANTS) for _, _, c in parsed.values())
        bar = tqdm(total=total, unit="text", desc="embedding", disable=not progress)
        encoded: dict[str, np.ndarray] = {}
        for name, (doc, sha, chunks) in parsed.items():
            bar.set_postfix_str(name[:40])
            encoded[name] = _embed(embedder, cache, [vt for c in chunks for vt in c.variants()], bar, report)
        bar.close()
        writers.join()
        from index.chroma_embedding import ChromaEmbeddingFunction  # registered with chromadb before a collection
        from index.nodes import record_nodes

        new_gen = gens.begin()  # not visible to readers until published
        collection = gens.collection(new_gen, ChromaEmbeddingFunction(embedder))
        vectors_out = store.vector_store(collection)
        new_chunks = [c for c in old_chunks if c.document in keep_docs]
        # the kept documents' records, written again with their stored vectors
        vectors_out.add([node for c in new_chunks
                         for node in record_nodes(c, [old_vectors[f"{c.id}::{v}"] for v in VARIANTS])])
        documents = {n: keep_docs[n] for n in keep_docs}
        for name, (doc, sha, chunks) in parsed.items():
            if on_document:
                on_document(name)
            vectors, n = encoded[name], len(VARIANTS)
            vectors_out.add([node for i, c in enumerate(chunks) for node in record_nodes(c, vectors[n * i:n * i + n])])
            new_chunks.extend(chunks)
            documents[name] = doc_record(doc, sha, len(chunks))
        # read back for the generation's RecordsCache: Chroma stores a cosine collection's vectors normalised
        # again (they differ from ours in the last bits), and a load must see what the store of record holds
        records = store.read_records(collection)
        del collection, vectors_out

        # abbreviations come from every indexed document, so re-read the kept ones' definitions
        all_docs = [d for d, _, _ in parsed.values()]
        for name in sorted({file_of(n) for n in keep_docs}):
            if name in report.failed:  # serving its last good version: the file on disk is not it
                continue
            try:
                with collecting_warnings({}, log=False):  # reported when it was indexed
                    all_docs.extend(reader.parse(Path(settings.corpus_dir) / name))
            except Exception:
                pass
        abbreviations = Abbreviations.from_documents(sorted(all_docs, key=lambda d: d.name))

        new_chunks.sort(key=lambda c: (c.document, c.order, c.part))
        manifest = {
            "documents": documents, "abbreviations": abbreviations.to_list(),
            "model": model_name, "embedding_model": str(embedder.model_name),
            "dimension": int(getattr(embedder, "dimension", 0)), "index_version": INDEX_VERSION,
            "layout": store.LAYOUT,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        gens.keep_records(new_gen, manifest, records)  # so that loading it needs no chromadb (a cache)
        lock.verify()  # still this ingest's index: else publish nothing (IngestLockLost)
        final = gens.publish(new_gen, lexical={"ids": [c.id for c in new_chunks],
                                               # one string a section: a load splits one at a time
                                               "terms": [" ".join(terms(c.lexical_text())) for c in new_chunks]},
                             manifest=manifest)
        # the cache keeps what the index holds: vectors of removed or rewritten sections go
        cache.keep_only({cache.key(variant, text) for c in new_chunks for variant, text in c.variants()})
    report.chunks = len(new_chunks)
    report.generation = final
    report.seconds = time.perf_counter() - t0
    return report


def list_corpus(corpus: Path, report: IngestReport) -> list[Path]:
    """The files directly in ``corpus`` to index, by name; every other entry goes into ``report`` with why.

    Links are followed only to files inside the corpus folder (a link to /etc/passwd is not indexed and
    served); a broken link, a FIFO or a device is a failure (a FIFO would block the read forever); folders and
    hidden files are skipped, by name too.
    """
    if not corpus.is_dir():
        return []
    root = corpus.resolve()
    files = []
    for path in sorted(corpus.iterdir()):
        name = path.name
        if name.startswith("."):
            report.skipped[name] = "hidden file"
            continue
        try:
            target = path.resolve(strict=True)
            mode = target.stat().st_mode
        except (OSError, RuntimeError):  # a dangling link or a loop of links
            report.failed[name] = "broken link: its target does not exist"
            continue
        if not target.is_relative_to(root):
            report.failed[name] = "a link to outside the corpus folder: not indexed"
        elif stat.S_ISDIR(mode):
            report.skipped[name] = "a folder: only files directly in the corpus folder are indexed"
        elif not stat.S_ISREG(mode):
            report.failed[name] = "not a regular file (a FIFO, socket or device)"
        elif not is_supported(path):
            report.failed[name] = f"unsupported file type {path.suffix or '(none)'}"
        else:
            files.append(path)
    return files


def _embed(embedder, cache: store.EmbeddingCache, items: list[tuple[str, str]], bar, report: IngestReport,
           batch: int = 32) -> np.ndarray:
    """Vectors for (variant, text) pairs: from the cache, else encoded and cached batch by batch.

    Each batch is committed as soon as it is encoded, so a killed ingest keeps all but the
    batch it was encoding. Texts go to the encoder shortest first, so a batch holds texts of like
    length and is padded little (a batch is padded to its longest text).
    """
    keys = [cache.key(variant, text) for variant, text in items]
    found = cache.get(keys)
    text_of = dict(zip(keys, (text for _, text in items)))
    missing = sorted((k for k in text_of if k not in found), key=lambda k: len(text_of[k]))
    bar.update(len(keys) - len(missing))
    for start in range(0, len(missing), batch):
        part = missing[start:start + batch]
        encoded = dict(zip(part, embedder.encode_passages([text_of[k] for k in part])))
        cache.put(encoded)
        found.update(encoded)
        bar.update(len(part))
    report.embedded += len(missing)
    report.cached += len(keys) - len(missing)
    return np.vstack([found[k] for k in keys]) if keys else np.zeros((0, 0), dtype=np.float32)


def _collection(gens, name: str):
    """A generation's collection, only read (no embedding function of ours: chromadb rebuilds it from the
    collection's config, which is why it is registered first)."""
    import index.chroma_embedding  # noqa: F401

    return gens.collection(name, None)


def _import_writers_in_background() -> threading.Thread:
    """Import what writing a generation needs (chromadb, llama-index) in a daemon thread. The caller joins it,
    then imports them as usual: an import that failed here fails there again, with its own error."""

    def run() -> None:
        try:
            import index.chroma_embedding  # noqa: F401
            import index.nodes  # noqa: F401
        except Exception:  # reported by the caller's own import
            pass

    thread = threading.Thread(target=run, name="ingest-imports", daemon=True)
    thread.start()
    return thread


def _model_name(settings: Settings, embedder) -> str:
    """What the vectors are made with, backend and model checksum (``index.embedding.fingerprint``): another
    one means every vector must be made again, so the index and the embedding cache are keyed by it. Read
    without loading the model, so an ingest with nothing to do stays quick."""
    if embedder is not None:
        from index.embedding import fingerprint

        return fingerprint(embedder)
    from index.model_builder import ensure_model
    from index.model_files import embedding_model

    ensure_model(settings)  # built first when missing
    return embedding_model(settings).fingerprint
