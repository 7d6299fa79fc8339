"""The assistant as a llama-index query engine: ``query(question)`` → ``Response`` with ``source_nodes``.

A thin adapter over the configured answerer (``service.make_answerer``: extractive, or the generative one when
a model is configured): the response text is the answer, the source nodes are the sections it cites, in its
order (``index.nodes.chunk_node``, each with the quote that supports the answer under ``metadata["quote"]``),
and ``metadata`` carries whether it was answered, the citations and which answerer wrote it. Retrieval for
other llama-index pipelines: ``retriever`` (``index.retrievers.PlanRetriever``, postprocessors included).
"""
from __future__ import annotations

import contextlib
from dataclasses import asdict
from typing import Any

from llama_index.core.base.response.schema import Response
from llama_index.core.query_engine import CustomQueryEngine
from llama_index.core.schema import NodeWithScore, TextNode

from assistant.answers import Answer, Citation
from assistant.errors import clean_question
from index.nodes import chunk_node


class PlanQueryEngine(CustomQueryEngine):
    """``PlanQueryEngine.load()`` opens the built index with the answerer the settings choose."""

    assistant: Any  # assistant.service.Assistant

    @classmethod
    def load(cls, settings=None, answerer: str | None = None) -> "PlanQueryEngine":
        from assistant.service import Assistant

        return cls(assistant=Assistant.load(settings, answerer=answerer))

    @property
    def retriever(self):
        from index.retrievers import PlanRetriever

        return PlanRetriever(self.assistant.engine, k=self.assistant.settings.top_k)

    def custom_query(self, query_str: str) -> Response:
        question = clean_question(query_str, self.assistant.settings.max_question_chars)
        engine = self.assistant.engine
        with getattr(engine, "pinned", contextlib.nullcontext)():  # answer and sources from one generation
            answer = self.assistant.answerer.answer(question, ())
            nodes = [NodeWithScore(node=self._node(c), score=None) for c in answer.citations]
        return Response(response=answer.answer, source_nodes=nodes, metadata=_metadata(answer))

    def _node(self, c: Citation) -> TextNode:
        chunk = self.assistant.engine.chunk(c.document, c.section)
        if chunk is None:  # a section cited by path without a chunk of its own (not expected): the quote alone
            node = TextNode(id_=f"{c.document}::{c.section}", text=c.quote,
                            metadata={"document": c.document, "title": c.title, "section": c.section})
        else:
            node = chunk_node(chunk)
        node.metadata["quote"] = c.quote
        node.excluded_embed_metadata_keys.append("quote")
        return node


def _metadata(answer: Answer) -> dict:
    return {"grounded": answer.grounded, "answerer": answer.answerer, "language": answer.language,
            "kind": answer.kind, "citations": [asdict(c) for c in answer.citations]}
