"""The int8 ONNX encoder: agrees with the torch one, is exported deterministically, and keeps torch out.

The export is made once, into the e5 folder that set-up built (``assistant build-model`` does the same), and
reused by every test and run after; only the determinism test exports again, into a temporary folder.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index import model_builder as mb
from index import model_files
from index.files import sha256_file
from index.normalize import fold
from index.settings import PROJECT_ROOT, Settings

# Queries as people type them (with and without diacritics, Zalo-style, English) and passages as the plans
# word them; none was picked for how well it quantises.
QUERIES = [
    "Ai chủ trì Bản tin PCI trên kênh truyền hình?",
    "Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình là bao nhiêu?",
    "Kinh phí thực hiện kế hoạch tuyên truyền lấy từ đâu?",
    "Sở Tư pháp phối hợp những việc gì?",
    "Những hoạt động nào thực hiện trong quý III/2025?",
    "Kế hoạch 2025 khác kế hoạch 2023 ở điểm nào?",
    "mn cho hỏi CCHC là viết tắt của gì ạ?",
    "Who leads the PCI bulletin on television?",
]
QUERIES += [fold(q) for q in QUERIES[:5]]  # "nop ho so truc tuyen o dau"
PASSAGES = [
    "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Đài Phát thanh - Truyền hình tỉnh xây dựng và phát sóng Bản tin PCI.",
    "Phấn đấu tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và xử lý trực tuyến toàn trình đạt trên 80%.",
    "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước giao trong dự toán hằng năm của các cơ quan, "
    "đơn vị.",
    "Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025.",
    "| 3 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Các sở, ban, ngành | Quý III/2025 |",
    "c) Sản xuất và phát sóng chuyên mục “Cải cách hành chính”, thời lượng 15 phút/số, 12 số/năm. "
    "- Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh. - Thời gian: Hằng tháng.",
]
PASSAGES += [fold(p) for p in PASSAGES[:3]]
LONG_PASSAGE = " ".join(PASSAGES * 12)  # well past 512 tokens: both encoders truncate it the same way


@pytest.fixture(scope="session")
def e5_model(e5_settings) -> str:
    return mb.ensure_model(e5_settings)


@pytest.fixture(scope="session")
def onnx_model(e5_settings, e5_model) -> model_files.EmbeddingModel:
    """The export set-up made (made here once if it is missing), chosen as the default backend would."""
    mb.build_onnx(e5_model)
    chosen = model_files.embedding_model(e5_settings)
    assert chosen.backend == "onnx"
    return chosen


@pytest.fixture(scope="session")
def onnx_embedder(onnx_model):
    from index.embedding import OnnxEmbedder

    return OnnxEmbedder.from_model(onnx_model)


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1)


def test_onnx_and_torch_agree_on_queries_and_passages(onnx_embedder, torch_embedder):
    for encode, texts in (("encode_queries", QUERIES), ("encode_passages", PASSAGES + [LONG_PASSAGE])):
        onnx, torch = getattr(onnx_embedder, encode)(texts), getattr(torch_embedder, encode)(texts)
        assert onnx.dtype == np.float32 and onnx.shape == torch.shape == (len(texts), 384)
        np.testing.assert_allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)
        worst = cosines(onnx, torch)
        assert worst.min() >= 0.99, [(t[:60], round(float(c), 4)) for t, c in zip(texts, worst) if c < 0.99]


def test_padded_batches_agree_with_torch(onnx_model, torch_embedder):
    """Several texts of unlike lengths in one run: the graph honours the padding mask at every shape."""
    from index.embedding import OnnxEmbedder

    batched = OnnxEmbedder.from_model(onnx_model, batch_size=8)
    assert cosines(batched.encode_passages(PASSAGES), torch_embedder.encode_passages(PASSAGES)).min() >= 0.99


def test_prompts_and_ranking_as_with_torch(onnx_embedder, torch_embedder):
    queries, passages = QUERIES[:3], PASSAGES[:3]
    scores = onnx_embedder.encode_queries(queries) @ onnx_embedder.encode_passages(passages).T
    assert scores.argmax(axis=1).tolist() == [0, 1, 2]
    text = ["cải cách hành chính"]
    assert float(onnx_embedder.encode_queries(text)[0] @ onnx_embedder.encode_passages(text)[0]) < 0.9999
    assert onnx_embedder.encode_queries([]).shape == (0, 384)
    with pytest.raises(TypeError, match="list of strings"):
        onnx_embedder.encode_queries("Ai chủ trì?")


def test_one_text_gives_the_same_vector_alone_or_among_others(onnx_embedder):
    """Each text runs on its own, so the cache and the index hold the same vector whatever ingest ran."""
    alone = onnx_embedder.encode_passages(PASSAGES[:1])
    among = onnx_embedder.encode_passages(PASSAGES[::-1])[-1:]
    np.testing.assert_array_equal(alone, among)


def test_passages_spread_over_workers_are_the_vectors_of_one_text_at_a_time(onnx_model):
    """Ingest runs its texts side by side, one per worker thread: each vector is bit-identical to the text
    encoded alone (the embedding cache and the index hold the same vectors whatever ran them), and at cosine
    >= 0.9999 to one text on every core as a one-off question runs it."""
    from index.embedding import OnnxEmbedder

    texts = PASSAGES + [LONG_PASSAGE] + QUERIES  # short, long, past 512 tokens; in no particular order
    alone = OnnxEmbedder.from_model(onnx_model, threads=1)
    side_by_side = OnnxEmbedder.from_model(onnx_model, threads=1, workers=2)
    every_core = OnnxEmbedder.from_model(onnx_model, threads=2)
    one_at_a_time = np.vstack([alone.encode_passages([t]) for t in texts])
    np.testing.assert_array_equal(side_by_side.encode_passages(texts), one_at_a_time)
    assert cosines(every_core.encode_passages(texts), one_at_a_time).min() >= 0.9999


def test_nothing_is_loaded_before_the_first_encode(onnx_model):
    """Building an embedder (ingest, the index's embedding function) reads neither the tokenizer nor the
    session; the first encode loads both."""
    from index.embedding import OnnxEmbedder

    embedder = OnnxEmbedder.from_model(onnx_model, threads=1, workers=2)
    assert not embedder.loaded and embedder.encode_passages([]).shape == (0, embedder.dimension)
    assert not embedder.loaded
    embedder.encode_queries(QUERIES[:1])
    assert embedder.loaded


def test_a_few_texts_are_encoded_without_parsing_the_full_tokenizer(onnx_model):
    """A question or a changed section is tokenised from the pieces it holds (index/piece_tokenizer.py): the
    same vectors as with the full tokenizer, which is parsed only once a process encodes many texts."""
    from index.embedding import FEW_TEXTS, OnnxEmbedder

    few = OnnxEmbedder.from_model(onnx_model, threads=1)
    full = OnnxEmbedder.from_model(onnx_model, threads=1)
    full.prepare()
    np.testing.assert_array_equal(few.encode_queries(QUERIES[:8]), full.encode_queries(QUERIES[:8]))
    np.testing.assert_array_equal(few.encode_passages(PASSAGES[:4]), full.encode_passages(PASSAGES[:4]))
    assert few._tokenizer is None and few._pieces  # 12 texts so far: no full parse
    many = (PASSAGES * 3)[:FEW_TEXTS + 1]
    np.testing.assert_array_equal(few.encode_passages(many), full.encode_passages(many))
    assert few._tokenizer is not None


def test_the_session_loads_in_the_background_and_a_broken_one_fails_the_encode(onnx_model, tmp_path):
    """``SearchEngine.open`` starts the session while the index loads; the first encode waits for it. An export
    that cannot be loaded fails that encode with onnxruntime's error, not silently in the thread."""
    import dataclasses
    import threading

    from index.embedding import OnnxEmbedder

    embedder = OnnxEmbedder.from_model(onnx_model, threads=1)
    embedder.load_session_in_background()
    np.testing.assert_array_equal(embedder.encode_queries(QUERIES[:2]),
                                  OnnxEmbedder.from_model(onnx_model, threads=1).encode_queries(QUERIES[:2]))
    (tmp_path / "onnx").mkdir()
    (tmp_path / "onnx" / model_files.ONNX_FILE).write_bytes(b"not an onnx graph")
    broken = OnnxEmbedder.from_model(dataclasses.replace(onnx_model, model=str(tmp_path)), threads=1)
    broken.load_session_in_background()
    for thread in threading.enumerate():
        if thread.name == "onnx-session":
            thread.join()
    assert broken._session is None
    with pytest.raises(Exception, match="(?i)protobuf|load|model"):
        broken.encode_queries(QUERIES[:1])


def test_chroma_rebuilds_the_same_onnx_embedder_and_refuses_a_backend_change(onnx_embedder):
    from index.chroma_embedding import ChromaEmbeddingFunction

    function = ChromaEmbeddingFunction(onnx_embedder)
    config = function.get_config()
    assert config["backend"] == "onnx" and config["threads"] == onnx_embedder.threads
    rebuilt = ChromaEmbeddingFunction.build_from_config(config).embedder
    rebuilt._ready(), onnx_embedder._ready()  # both load on their first encode
    assert (rebuilt._session, rebuilt._tokenizer) == (onnx_embedder._session, onnx_embedder._tokenizer)
    np.testing.assert_array_equal(function.embed_query(QUERIES[:1])[0], onnx_embedder.encode_queries(QUERIES[:1])[0])
    with pytest.raises(ValueError, match="re-indexing"):
        function.validate_config_update(config, {k: v for k, v in config.items() if k != "backend"})


def test_manifest_records_the_file_and_how_it_was_made(onnx_model):
    manifest = onnx_model.manifest
    assert sha256_file(onnx_model.onnx_path) == manifest["sha256"]
    assert manifest["quantization"]["per_channel"] is True
    assert manifest["quantization"]["weight_type"] == "QInt8"
    assert manifest["quantization"]["float_nodes"] == list(mb.FLOAT_MATMULS)
    assert manifest["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert (manifest["dimension"], manifest["max_seq_length"]) == (384, 512)
    assert onnx_model.fingerprint == f"onnx-int8:{manifest['sha256'][:16]}"
    assert mb.onnx_is_current(onnx_model.model)


def test_the_export_is_deterministic(onnx_model, tmp_path):
    """Exported again from the same folder, the file is byte for byte the one set-up recorded."""
    again = mb.export_onnx(onnx_model.model, tmp_path)
    assert again["sha256"] == onnx_model.manifest["sha256"]
    assert sha256_file(tmp_path / model_files.ONNX_FILE) == onnx_model.manifest["sha256"]


def test_a_tampered_or_half_written_export_is_not_used(tmp_path, onnx_model):
    folder = tmp_path / "model"
    (folder / model_files.ONNX_DIRNAME).mkdir(parents=True)
    (folder / model_files.MARKER_NAME).write_text("{}")
    manifest = {**onnx_model.manifest, "source": model_files.source_id(str(folder))}
    (folder / model_files.ONNX_DIRNAME / model_files.ONNX_FILE).write_bytes(b"not the export")
    assert model_files.onnx_manifest(str(folder)) is None  # no manifest yet: a killed export
    (folder / model_files.ONNX_DIRNAME / model_files.ONNX_MANIFEST).write_text(json.dumps(manifest))
    assert model_files.onnx_manifest(str(folder)) == manifest
    assert not mb.onnx_is_current(str(folder))  # build-model checks the bytes and exports again
    (folder / model_files.MARKER_NAME).write_text('{"other": "weights"}')
    assert model_files.onnx_manifest(str(folder)) is None  # made from other weights


def test_the_backend_setting(tmp_path, onnx_model):
    plain = tmp_path / "plain-model"  # a model without an export
    plain.mkdir()
    auto = Settings(_env_file=None, home=tmp_path, embedding_model=str(plain))
    assert model_files.embedding_model(auto).backend == "torch"
    with pytest.raises(model_files.ModelMissing, match="build-model"):
        model_files.embedding_model(auto.model_copy(update={"embedding_backend": "onnx"}))
    exported = auto.model_copy(update={"embedding_model": onnx_model.model})
    assert model_files.embedding_model(exported).backend == "onnx"
    forced = exported.model_copy(update={"embedding_backend": "torch"})
    assert model_files.embedding_model(forced).backend == "torch"
    assert model_files.embedding_model(forced).fingerprint != onnx_model.fingerprint


def test_only_sentence_transformers_encoders_with_mean_pooling_are_exported(tmp_path, e5_model):
    assert mb.onnx_unexportable(e5_model) is None
    assert "not a local folder" in mb.onnx_unexportable("intfloat/multilingual-e5-small")
    cls = tmp_path / "cls-pooling"
    cls.mkdir()
    for name in ("modules.json", "config.json", "tokenizer.json"):
        (cls / name).write_bytes((Path(e5_model) / name).read_bytes())
    (cls / "1_Pooling").mkdir()
    pooling = json.loads((Path(e5_model) / "1_Pooling" / "config.json").read_text())
    (cls / "1_Pooling" / "config.json").write_text(
        json.dumps({**pooling, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}))
    assert "pools with" in mb.onnx_unexportable(str(cls))
    with pytest.raises(mb.ModelBuildError, match="cannot export"):
        mb.build_onnx(str(cls))


HEAVY = ("torch", "sentence_transformers", "transformers", "sklearn", "onnx")


def test_answering_on_the_onnx_path_imports_no_torch(qna_settings, engine):
    """`assistant ask` and `serve` load the index and the ONNX encoder and answer with none of the heavy
    libraries imported (they cost seconds of start-up); the onnx package is needed only to build."""
    if engine.embedder.backend != "onnx":
        pytest.skip("the index is not embedded with the ONNX export (run `assistant build-model`)")
    code = ("import sys; from assistant.service import Assistant; import assistant.http.app; "
            "a = Assistant.load(); print(a.engine.embedder.backend); "
            "print(a.ask('Ai chủ trì Bản tin PCI trên kênh truyền hình?').answer.grounded); "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HF_HUB_OFFLINE": "1",
           "QNA_HOME": str(qna_settings.home), "QNA_CORPUS_DIR": str(qna_settings.corpus_dir)}
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                         timeout=300, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:3] == ["onnx", "True", "[]"]
