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


@pytest.fixture(scope="session")
def served_settings(qna_settings, engine, embedder, tmp_path_factory):
    """The session's settings pointed at a Chroma server on 127.0.0.1 (``QNA_CHROMA_URL``, issue 12) that holds
    the same index: ingested into it from the embedding cache the session's ingest filled (nothing encoded)."""
    from index.ingest import ingest
    from tests.index.chroma_support import chroma_server

    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
        settings = qna_settings.model_copy(update={"chroma_url": url})
        ingest(settings, embedder=embedder)
        yield settings


@pytest.fixture(scope="session")
def served_qna(served_settings, embedder):
    """``qna`` in server mode: a loaded Assistant whose index is read from the Chroma server."""
    from assistant.conversation import MemoryConversationStore
    from assistant.extractive import ExtractiveAnswerer
    from assistant.service import Assistant
    from index.retrieval import SearchEngine

    engine = SearchEngine.open(served_settings, embedder=embedder)
    return Assistant(served_settings, engine, ExtractiveAnswerer(engine), MemoryConversationStore())


@pytest.fixture
def index_mode() -> str:
    """Where the index of ``loaded_qna`` is read from: "embedded" unless a test parametrises it with "server"
    (``@pytest.mark.parametrize("index_mode", INDEX_MODES)``): the end-to-end tests of the bots and the HTTP
    API run in both modes, the rest in embedded mode only."""
    return "embedded"


@pytest.fixture
def loaded_qna(index_mode, request):
    """``qna`` or, in server mode, ``served_qna``."""
    return request.getfixturevalue({"embedded": "qna", "server": "served_qna"}[index_mode])


@pytest.fixture
def tmp_settings(tmp_path, model_path):
    """Settings with an empty working folder (its own corpus and index) and the shared model."""
    from assistant.config import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return Settings(_env_file=None, home=tmp_path / "home", corpus_dir=corpus, embedding_model=model_path)
