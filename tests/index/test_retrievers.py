"""The engine's rankings as llama-index retrievers, and node postprocessors named in the settings."""
from __future__ import annotations

import pytest
from llama_index.core.postprocessor.types import BaseNodePostprocessor

from index.retrieval import SearchEngine
from index.retrievers import DenseRetriever, LexicalRetriever, PlanRetriever

QUESTIONS = ["Ai chủ trì Bản tin PCI trên kênh truyền hình?", "nop ho so truc tuyen o dau",
             "Who leads the PCI bulletin on television?", "khẩu hiệu tuyên truyền cải cách hành chính"]
PCI_PLAN = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"


class WithoutThePciPlan(BaseNodePostprocessor):
    """A user's postprocessor: leaves one plan out and reverses what is left (scores kept)."""

    def _postprocess_nodes(self, nodes, query_bundle=None):
        return [n for n in nodes if n.node.metadata["document"] != PCI_PLAN][::-1]


def _ids(nodes):
    return [(n.node.node_id, round(n.score, 9)) for n in nodes]


@pytest.mark.parametrize("question", QUESTIONS)
def test_retrievers_return_the_engines_rankings(engine, question):
    chunks = engine.chunks
    assert _ids(DenseRetriever(engine, k=10).retrieve(question)) == \
        [(chunks[i].id, round(s, 9)) for i, s in engine.dense_ranked(question, 10)]
    assert _ids(LexicalRetriever(engine, k=10).retrieve(question)) == \
        [(chunks[i].id, round(s, 9)) for i, s in engine.lexical_ranked(question, 10)]
    assert _ids(PlanRetriever(engine, k=8).retrieve(question)) == \
        [(h.chunk.id, round(h.score, 9)) for h in engine.search(question, k=8)]
    node = PlanRetriever(engine, k=1).retrieve(question)[0].node
    assert node.get_content() == engine.search(question, k=1)[0].text


def test_a_postprocessor_named_in_the_settings_is_applied(qna_settings, engine):
    question = QUESTIONS[0]
    plain = engine.search(question, k=8)
    assert plain[0].document == PCI_PLAN  # so leaving it out changes the result
    settings = qna_settings.model_copy(update={"node_postprocessors": [f"{__name__}:WithoutThePciPlan"]})
    processed = SearchEngine(settings, engine.embedder)
    got = processed.search(question, k=8)
    pool = [h for h in engine.search(question, k=100) if h.document != PCI_PLAN][::-1]
    assert [(h.chunk.id, h.score) for h in got] == [(h.chunk.id, h.score) for h in pool[:8]]
    assert [n.node.node_id for n in PlanRetriever(processed, k=8).retrieve(question)] == [h.chunk.id for h in got]


@pytest.mark.parametrize("name, message", [("no.such.module:X", "cannot load"), ("index.retrieval", "must be written"),
                                           ("index.retrieval:Hit", "not a llama-index node postprocessor")])
def test_a_wrong_postprocessor_name_is_a_clear_error(qna_settings, engine, name, message):
    settings = qna_settings.model_copy(update={"node_postprocessors": [name]})
    with pytest.raises(ValueError, match=f"QNA_NODE_POSTPROCESSORS: .*{message}"):
        SearchEngine(settings, engine.embedder)
