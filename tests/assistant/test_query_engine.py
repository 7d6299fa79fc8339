"""The assistant as a llama-index query engine; a llama-index LLM chosen by the settings."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from llama_index.core.llms.mock import MockLLM

from assistant.generative import GenerativeAnswerer, make_llm
from assistant.query_engine import PlanQueryEngine
from assistant.service import answerer_name, make_answerer

QA = Path(__file__).resolve().parents[2] / "evals" / "qa.jsonl"


def _questions() -> list[str]:
    """One question of every kind in the eval set (declined ones and English ones included)."""
    seen, out = set(), []
    for line in QA.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["kind"] not in seen:
            seen.add(item["kind"])
            out.append(item["question"])
    return out


@pytest.mark.parametrize("question", _questions())
def test_the_query_engine_answers_as_the_answerer(qna, question):
    expected = qna.answerer.answer(question, ())
    response = PlanQueryEngine(assistant=qna).query(question)
    assert response.response == expected.answer
    assert [(n.node.metadata["document"], n.node.metadata["section"], n.node.metadata["quote"])
            for n in response.source_nodes] == [(c.document, c.section, c.quote) for c in expected.citations]
    assert response.metadata["grounded"] == expected.grounded
    for n in response.source_nodes:
        chunk = qna.engine.chunk(n.node.metadata["document"], n.node.metadata["section"])
        assert chunk is not None and n.node.get_content() == chunk.text


def test_the_query_engine_cites_sections_with_their_fields(qna):
    question = "Ai chủ trì Bản tin PCI trên kênh truyền hình?"
    engine = PlanQueryEngine(assistant=qna)
    response = engine.query(question)
    node = response.source_nodes[0].node
    assert node.metadata["section"] == "C.II.12.c" and "Đài Phát thanh" in node.metadata["field_lead"]
    assert response.metadata["answerer"] == "extractive"
    assert [n.node.node_id for n in engine.retriever.retrieve(question)] == \
        [h.chunk.id for h in qna.engine.search(question, k=qna.settings.top_k)]


def test_a_llama_index_llm_named_in_the_settings(qna_settings, engine):
    settings = qna_settings.model_copy(update={"llm_class": "llama_index.core.llms.mock:MockLLM",
                                               "llm_options": {"max_tokens": 7}})
    llm = make_llm(settings)
    assert isinstance(llm, MockLLM) and llm.max_tokens == 7
    assert answerer_name(settings) == "generative"
    answerer = make_answerer(settings, engine).inner  # behind the answer cache
    assert isinstance(answerer, GenerativeAnswerer) and isinstance(answerer.llm, MockLLM)


@pytest.mark.parametrize("name, message", [("llama_index.core.llms.mock:Nope", "cannot load"),
                                           ("collections:OrderedDict", "not a llama-index LLM")])
def test_a_wrong_llm_class_is_a_clear_error(qna_settings, name, message):
    with pytest.raises(ValueError, match=f"QNA_LLM_CLASS: .*{message}"):
        make_llm(qna_settings.model_copy(update={"llm_class": name}))
