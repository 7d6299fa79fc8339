"""A stand-in for the e5 embedder in tests of ingest mechanics: no model, deterministic vectors.

Each text becomes a normalised bag of hashed words, so similar texts are near and the same
text always gives the same vector; every passage it encodes is recorded.
"""
from __future__ import annotations

import hashlib

import numpy as np

from assistant.config import Settings
from index.normalize import fold


class HashEmbedder:
    model_name = "hash-embedder"
    dimension = 64
    batch_size = 16  # read by ChromaEmbeddingFunction.get_config

    def __init__(self, fail_on_call: int | None = None):
        self.encoded: list[str] = []  # every passage encoded, in order
        self.calls = 0
        self.fail_on_call = fail_on_call  # raise Killed when encode_passages is called this many times

    def encode_passages(self, texts) -> np.ndarray:
        self.calls += 1
        if self.fail_on_call is not None and self.calls >= self.fail_on_call:
            raise Killed(f"encode call {self.calls}")
        self.encoded.extend(texts)
        return self._vectors(texts)

    def encode_queries(self, texts) -> np.ndarray:
        return self._vectors(texts)

    def _vectors(self, texts) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in fold(text).lower().split():
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs (BaseException passes every except Exception)."""


def fake_settings(tmp_path, **overrides) -> Settings:
    """Settings with an empty corpus and store of their own (no model needed with HashEmbedder)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    return Settings(_env_file=None, home=tmp_path / "home", corpus_dir=corpus, **overrides)
