"""Session fixtures: one embedding model and one built index, shared by every test.

Loading the model and embedding the corpus take most of the suite's time, so they
happen once. The index lives in the project's working folder (.assistant/), where
`scripts/setup.sh` built it; ingest is incremental, so this is a no-op when it is current.
Tests that change an index build their own in a temporary folder with the same model.
"""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def qna_settings():
    from assistant.config import Settings

    return Settings(_env_file=None)


@pytest.fixture(scope="session")
def model_path(qna_settings) -> str:
    """The model folder and, as set-up makes it (`assistant build-model`), its int8 ONNX export."""
    from index.model_builder import ensure_model, ensure_onnx

    path = str(ensure_model(qna_settings))
    ensure_onnx(qna_settings)  # the backend the CLI will choose must not change in the middle of the session
    return path


@pytest.fixture(scope="session")
def embedder(qna_settings, model_path):
    """The embedder `assistant` loads with these settings: the ONNX export (or torch, if so configured)."""
    from index.embedding import load_embedder

    return load_embedder(qna_settings)


@pytest.fixture(scope="session")
def torch_embedder(model_path):
    """The sentence-transformers model itself: what the ONNX export is compared with, what baselines wrap."""
    from index.embedding import Embedder

    return Embedder.from_model(model_path)


@pytest.fixture(scope="session")
def engine(qna_settings, embedder):
    from index.ingest import ingest
    from index.retrieval import SearchEngine

    ingest(qna_settings, embedder=embedder)
    return SearchEngine.open(qna_settings, embedder=embedder)


@pytest.fixture(scope="session")
def qna(qna_settings, engine):
    """A loaded Assistant (extractive answerer, in-memory conversations)."""
    from assistant.conversation import MemoryConversationStore
    from assistant.extractive import ExtractiveAnswerer
    from assistant.service import Assistant

    return Assistant(qna_settings, engine, ExtractiveAnswerer(engine), MemoryConversationStore())


@pytest.fixture
def tmp_settings(tmp_path, model_path):
    """Settings with an empty working folder (its own corpus and index) and the shared model."""
    from assistant.config import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return Settings(_env_file=None, home=tmp_path / "home", corpus_dir=corpus, embedding_model=model_path)
