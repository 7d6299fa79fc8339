"""Tests of the Embedder and its chromadb adapter, on the real offline e5 model."""
from __future__ import annotations

import socket
import unicodedata

import numpy as np
import pytest

from index.settings import PROJECT_ROOT, Settings
from index import model_builder as mb

QUERIES = [
    "Ai chủ trì Bản tin PCI trên kênh truyền hình?",
    "Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình là bao nhiêu?",
    "Kinh phí thực hiện kế hoạch tuyên truyền lấy từ đâu?",
]
PASSAGES = [
    "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Đài Phát thanh - Truyền hình tỉnh xây dựng và phát sóng Bản tin PCI.",
    "Phấn đấu tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và xử lý trực tuyến toàn trình đạt trên 80%.",
    "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước giao trong dự toán hằng năm của các cơ quan, đơn vị.",
]


@pytest.fixture(scope="session")
def embedder_settings(e5_settings) -> Settings:
    return e5_settings


@pytest.fixture(scope="module")
def embedder(embedder_settings):
    """The Embedder, loaded with every non-loopback connection made to fail."""
    from index.embedding import Embedder

    real_connect = socket.socket.connect
    attempts: list = []

    def guarded_connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in ("127.0.0.1", "::1"):
            attempts.append(address)
            raise OSError(f"network access attempted: {address!r}")
        return real_connect(sock, address)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", guarded_connect)
        mp.delenv("HF_HUB_OFFLINE", raising=False)  # local_files_only alone must suffice
        loaded = Embedder.load(embedder_settings)
        loaded.encode_queries(["kiểm tra"])
    assert not attempts, f"network access attempted: {attempts}"
    return loaded


def test_embeddings_are_normalised_384_float32(embedder):
    assert embedder.dimension == 384
    for vectors in (embedder.encode_queries(QUERIES), embedder.encode_passages(PASSAGES)):
        assert vectors.shape == (3, 384)
        assert vectors.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_vietnamese_queries_find_their_passages(embedder):
    scores = embedder.encode_queries(QUERIES) @ embedder.encode_passages(PASSAGES).T
    assert scores.argmax(axis=1).tolist() == [0, 1, 2], scores
    # each relevant pair beats every unrelated pair for the same query
    for i in range(3):
        assert scores[i, i] > np.delete(scores[i], i).max(), scores


def test_query_and_passage_prompts_differ(embedder):
    text = ["cải cách hành chính"]
    query, passage = embedder.encode_queries(text)[0], embedder.encode_passages(text)[0]
    assert float(query @ passage) < 0.9999


def test_decomposed_vietnamese_is_normalised(embedder):
    nfd = unicodedata.normalize("NFD", PASSAGES[0])
    assert nfd != PASSAGES[0]
    np.testing.assert_allclose(embedder.encode_passages([nfd]), embedder.encode_passages([PASSAGES[0]]), atol=1e-6)


def test_batching_does_not_change_results(embedder_settings, embedder):
    from index.embedding import Embedder

    one_by_one = Embedder.from_model(embedder.model_name, batch_size=1).encode_passages(PASSAGES)
    np.testing.assert_allclose(one_by_one, embedder.encode_passages(PASSAGES), atol=1e-5)


def test_model_is_loaded_once_per_process(embedder_settings, embedder):
    from index.embedding import Embedder

    again = Embedder.load(embedder_settings)
    assert again._model is embedder._model
    assert again.batch_size == embedder_settings.embedding_batch_size


def test_bad_input_is_refused_clearly(embedder):
    assert embedder.encode_queries([]).shape == (0, 384)
    with pytest.raises(TypeError, match="list of strings, not a single string"):
        embedder.encode_queries("Ai chủ trì?")
    with pytest.raises(TypeError, match=r"passages\[1\] is int"):
        embedder.encode_passages(["a", 3])
    from index.embedding import Embedder

    with pytest.raises(ValueError, match="batch_size"):
        Embedder(embedder._model, embedder.model_name, batch_size=0)


def test_missing_model_fails_with_guidance(tmp_path):
    from index.embedding import Embedder

    with pytest.raises(RuntimeError, match="offline.*index.model_builder"):
        Embedder.from_model(str(tmp_path / "no-such-model"))


# ------------------------------------------------------------------------ chromadb
def test_chroma_collection_uses_our_function_also_when_reopened(tmp_path, embedder):
    import chromadb

    from index.chroma_embedding import ChromaEmbeddingFunction

    function = ChromaEmbeddingFunction(embedder)
    assert not function.is_legacy()
    assert function.default_space() == "cosine"
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"))
    collection = client.create_collection("plans", embedding_function=function)
    collection.add(ids=["pci", "online", "budget"], documents=PASSAGES)
    stored = collection.get(ids=["pci"], include=["embeddings"])["embeddings"][0]
    np.testing.assert_allclose(stored, embedder.encode_passages(PASSAGES[:1])[0], atol=1e-6)
    hits = collection.query(query_texts=QUERIES, n_results=1)["ids"]
    assert hits == [["pci"], ["online"], ["budget"]]

    # re-opened without a function: chromadb rebuilds ours from the stored config
    reopened = chromadb.PersistentClient(path=str(tmp_path / "chroma")).get_collection("plans")
    rebuilt = reopened.configuration.get("embedding_function")
    assert isinstance(rebuilt, ChromaEmbeddingFunction)
    assert rebuilt.embedder._model is embedder._model
    assert reopened.query(query_texts=[QUERIES[2]], n_results=1)["ids"] == [["budget"]]


def test_chroma_queries_use_the_query_prompt(embedder):
    from index.chroma_embedding import ChromaEmbeddingFunction

    function = ChromaEmbeddingFunction(embedder)
    np.testing.assert_allclose(function.embed_query([QUERIES[0]])[0], embedder.encode_queries(QUERIES[:1])[0], atol=1e-6)
    np.testing.assert_allclose(function([PASSAGES[0]])[0], embedder.encode_passages(PASSAGES[:1])[0], atol=1e-6)


def test_chroma_config_round_trip_and_model_change_refused(embedder):
    from index.chroma_embedding import ChromaEmbeddingFunction

    function = ChromaEmbeddingFunction(embedder)
    config = function.get_config()
    assert config == {"model": embedder.model_name, "batch_size": embedder.batch_size}
    assert ChromaEmbeddingFunction.build_from_config(config).embedder._model is embedder._model
    with pytest.raises(ValueError, match="re-indexing"):
        function.validate_config_update(config, {**config, "model": "other"})
    with pytest.raises(ValueError, match="model path or name"):
        ChromaEmbeddingFunction.build_from_config({})
