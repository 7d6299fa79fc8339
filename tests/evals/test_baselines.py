"""The two baselines: BM25 over the assistant's chunks, and a plain llama-index pipeline in Chroma.

The llama-index pipeline runs for real (SentenceSplitter, VectorStoreIndex, Chroma in a
temp folder, HuggingFaceEmbedding) over one small plan; only the loading of the weights
is replaced by the session's already-loaded model, so no second model is loaded.
"""
from __future__ import annotations

import copy
import shutil
from pathlib import Path

import numpy as np
import pytest

from evals.baselines import (BM25Baseline, LlamaIndexBaseline, QUERY_INSTRUCTION, TEXT_INSTRUCTION,
                             corpus_documents, llama_embedding)
from evals.dataset import load_items
from evals.metrics import first_rank, golds
from evals.runner import run_system
from index.normalize import squash

SMALL = "2023-vp-ubnd-ke-hoach-tuyen-truyen-cchc.txt"  # the shortest plan
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def shared_llama_embedding(torch_embedder, model_path):
    """HuggingFaceEmbedding built by its own constructor, its SentenceTransformer being the session's model."""
    import llama_index.embeddings.huggingface.base as hf_base

    calls = []

    def reuse_loaded(name, *, prompts, **kwargs):
        calls.append((name, prompts, kwargs))
        clone = copy.copy(torch_embedder._model)  # shares the weights; prompts set on the copy only
        clone.prompts = dict(prompts)
        return clone

    mp = pytest.MonkeyPatch()
    mp.setattr(hf_base, "SentenceTransformer", reuse_loaded)
    try:
        emb = llama_embedding(model_path)
    finally:
        mp.undo()
    assert calls and calls[0][0] == model_path and calls[0][2].get("local_files_only") is True
    assert calls[0][1] == {"query": QUERY_INSTRUCTION, "text": TEXT_INSTRUCTION}
    return emb


@pytest.fixture(scope="module")
def llama(shared_llama_embedding, tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(CORPUS / SMALL, corpus / SMALL)
    baseline = LlamaIndexBaseline(corpus_documents(corpus, [SMALL]), shared_llama_embedding)
    yield baseline
    baseline.close()


@pytest.fixture(scope="module")
def small_items():
    return [i for i in load_items() if i["document"] == SMALL][:6]


def test_llama_embedding_is_the_same_model_with_the_same_prompts(shared_llama_embedding, torch_embedder):
    q, p = "Ai chủ trì Bản tin PCI?", "Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh."
    assert np.allclose(shared_llama_embedding.get_query_embedding(q), torch_embedder.encode_queries([q])[0], atol=1e-5)
    assert np.allclose(shared_llama_embedding.get_text_embedding(p), torch_embedder.encode_passages([p])[0], atol=1e-5)


def test_llama_pipeline_is_plain_and_offline(llama):
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core.llms import MockLLM

    assert isinstance(LlamaSettings.llm, MockLLM)  # nothing can call OpenAI
    assert llama.chunk_count >= 2  # default SentenceSplitter chunks of one ~10 kB plan, stored in Chroma
    workdir = Path(llama._tmp.name)
    assert any(workdir.iterdir())  # a PersistentClient in its own temp folder


def test_llama_retrieves_chunks_of_the_file_and_answers_with_the_top_one(llama, small_items):
    assert small_items
    found = 0
    for it in small_items:
        refs = llama.retrieve(it["question"], k=10)
        assert refs and all(r.document == SMALL and r.section is None for r in refs)
        rank = first_rank(refs, golds(it))
        if rank is not None:  # a chunk counts as the gold section when it holds the evidence
            assert squash(it["evidence"]).casefold() in squash(refs[rank - 1].text).casefold()
            found += 1
        response = llama.respond(it["question"])
        assert response.grounded and response.text == refs[0].text
        assert [c.document for c in response.citations] == [SMALL]
    assert found >= len(small_items) // 2  # the whole plan is a few chunks: most evidence is in the top 10


def test_llama_baseline_is_scored_by_the_runner(llama, small_items):
    outcomes = run_system(llama, small_items, stale_ids=set(), progress=False)
    assert [o.id for o in outcomes] == [i["id"] for i in small_items]
    assert all(o.error is None and o.grounded for o in outcomes)
    assert all(o.retrieved and all(r.endswith("§ ?") for r in o.retrieved) for o in outcomes)


def test_llama_baseline_needs_documents(shared_llama_embedding):
    with pytest.raises(ValueError):
        LlamaIndexBaseline([], shared_llama_embedding)


def test_llama_baseline_cleans_up_its_chroma_folder(shared_llama_embedding):
    b = LlamaIndexBaseline([("one.txt", "Cơ quan chủ trì: Báo Quảng Ngãi. Thời gian thực hiện: Năm 2025.")],
                           shared_llama_embedding)
    folder = Path(b._tmp.name)
    assert b.retrieve("Ai chủ trì?", k=3)[0].document == "one.txt"
    b.close()
    assert not folder.exists()


# --------------------------------------------------------------------------- BM25 alone
def test_bm25_ranks_the_assistants_chunks_and_answers_with_the_top_section(engine):
    bm25 = BM25Baseline(engine.chunks)
    q = "Bản tin PCI trên kênh truyền hình cơ quan chủ trì"
    refs = bm25.retrieve(q, k=10)
    assert 0 < len(refs) <= 10
    ids = {(c.document, c.section) for c in engine.chunks}
    assert all((r.document, r.section) in ids for r in refs)  # the assistant's own sections
    response = bm25.respond(q)
    assert response.grounded and response.text == refs[0].text
    assert [(c.document, c.section) for c in response.citations] == [(refs[0].document, refs[0].section)]
    # different from the assistant: no dense side, so a query of unknown words finds nothing
    nothing = bm25.respond("xyzzyq plughwv")
    assert not nothing.grounded and nothing.citations == []


def test_bm25_baseline_scores_items(engine):
    items = [i for i in load_items() if i["kind"] == "lead"][:4]
    items += [i for i in load_items() if i["kind"] == "unanswerable"][:2]
    outcomes = run_system(BM25Baseline(engine.chunks), items, stale_ids=set(), progress=False)
    assert all(o.error is None for o in outcomes)
    for o, it in zip(outcomes, items):
        if it["kind"] == "unanswerable":
            assert o.rank is None and o.citation_ok is None
        else:
            assert o.retrieved and o.citations == o.retrieved[:1]
