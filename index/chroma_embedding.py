"""chromadb's view of our embedders, apart from ``index.embedding`` so that answering never imports chromadb.

``ChromaEmbeddingFunction`` adapts an Embedder or OnnxEmbedder to chromadb's EmbeddingFunction protocol, so
that a collection never falls back to chromadb's default embedding function (which would try to download an
ONNX model). It is registered with chromadb by name when this module is imported: whatever opens a
collection (``index.ingest``, ``Snapshot``'s collection) imports it first.
"""
from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from index.embedding import Embedder, OnnxEmbedder
from index.model_files import EmbeddingModel


@register_embedding_function
class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """chromadb embedding function backed by an Embedder or OnnxEmbedder.

    Documents are embedded as passages and query texts (chromadb calls
    ``embed_query`` for them) as queries. The config names the model, so a
    collection re-opened without an explicit function rebuilds this one
    (from the process-wide cache) instead of chromadb's downloading default.
    """

    def __init__(self, embedder: Embedder | OnnxEmbedder):
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder | OnnxEmbedder:
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
        config = {"model": self._embedder.model_name, "batch_size": self._embedder.batch_size}
        if getattr(self._embedder, "backend", "torch") != "torch":  # and its threads, so that the copy chromadb
            config.update(backend=self._embedder.backend, threads=self._embedder.threads)  # builds shares its session
        return config

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "ChromaEmbeddingFunction":
        ChromaEmbeddingFunction.validate_config(config)
        if config.get("backend") == "onnx":
            from index.model_files import ModelMissing, onnx_manifest

            manifest = onnx_manifest(config["model"])
            if manifest is None:
                raise ModelMissing(f"no ONNX export of {config['model']}: run `assistant build-model`")
            return ChromaEmbeddingFunction(OnnxEmbedder.from_model(EmbeddingModel("onnx", config["model"], manifest),
                                                                   threads=int(config.get("threads", 0))))
        return ChromaEmbeddingFunction(
            Embedder.from_model(config["model"], batch_size=int(config.get("batch_size", 16)))
        )

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if not isinstance(config.get("model"), str) or not config["model"]:
            raise ValueError(f"Embedding function config needs a model path or name, got {config!r}.")

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        # Vectors from another model or backend are not comparable with the ones stored.
        if "model" in new_config and (new_config["model"] != old_config.get("model") or
                                      new_config.get("backend", "torch") != old_config.get("backend", "torch")):
            raise ValueError("Changing the embedding model of a collection requires re-indexing it.")
