"""The search engine's rankings as llama-index retrievers.

Thin adapters over ``index.retrieval.SearchEngine``, no second implementation: ``DenseRetriever`` and
``LexicalRetriever`` return the very rankings the engine fuses (``SearchEngine.dense_ranked`` /
``lexical_ranked``), ``PlanRetriever`` returns ``SearchEngine.search`` — fusion, plan preference and the
topic-coverage re-rank — as ``NodeWithScore``s of ``index.nodes.chunk_node``. Each reads one snapshot of
the index, even while it is reloaded.

Postprocessors named in the settings are applied inside ``SearchEngine.search`` (index/postprocessors.py).
"""
from __future__ import annotations

from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle

from index.nodes import chunk_node


class _EngineRetriever(BaseRetriever):
    def __init__(self, engine, k: int = 8, **kwargs: Any):
        super().__init__(**kwargs)
        self.engine = engine
        self.k = k

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        with self.engine.pinned() as snapshot:
            return [NodeWithScore(node=chunk_node(snapshot.chunks[i]), score=score)
                    for i, score in self._ranked(query_bundle.query_str)]

    def _ranked(self, query: str) -> list[tuple[int, float]]:
        raise NotImplementedError


class DenseRetriever(_EngineRetriever):
    """Exact cosine search of the question's embedding (scores: cosine similarity)."""

    def _ranked(self, query: str) -> list[tuple[int, float]]:
        return self.engine.dense_ranked(query, self.k)


class LexicalRetriever(_EngineRetriever):
    """BM25 over accent-folded syllables and bigrams (scores: BM25)."""

    def _ranked(self, query: str) -> list[tuple[int, float]]:
        return self.engine.lexical_ranked(query, self.k)


class PlanRetriever(_EngineRetriever):
    """Both rankings fused and re-ranked by topic coverage, then the configured postprocessors: what the
    answerers read (scores: the fused score)."""

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [NodeWithScore(node=chunk_node(h.chunk), score=h.score)
                for h in self.engine.search(query_bundle.query_str, k=self.k)]
