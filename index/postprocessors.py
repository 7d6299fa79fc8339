"""Node postprocessors named in the settings (``QNA_NODE_POSTPROCESSORS``), applied to every search.

Each name is ``package.module:attribute``: a llama-index ``BaseNodePostprocessor`` instance, its class, or a
function of no arguments that makes one. ``SearchEngine.search`` passes its whole re-ranked pool (up to 30
sections, as ``index.nodes.chunk_node``s with the fused score) through them in order before cutting it to
``k``, so a reranker changes what every answer is built from. Nothing here is imported unless one is named.
"""
from __future__ import annotations

from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import NodeWithScore

from index.chunking import Chunk
from index.nodes import chunk_node
from index.plugins import load_object


def load_postprocessors(names: list[str]) -> list[BaseNodePostprocessor]:
    """The postprocessors ``names`` refer to; ValueError says which one is wrong and why."""
    out = []
    for name in names:
        obj = load_object(name, "QNA_NODE_POSTPROCESSORS")
        if isinstance(obj, type) and issubclass(obj, BaseNodePostprocessor) or \
                callable(obj) and not isinstance(obj, (type, BaseNodePostprocessor)):
            obj = obj()  # a postprocessor class, or a function making one
        if not isinstance(obj, BaseNodePostprocessor):
            raise ValueError(f"QNA_NODE_POSTPROCESSORS: {name!r} is not a llama-index node postprocessor")
        out.append(obj)
    return out


def postprocess(postprocessors: list[BaseNodePostprocessor], query: str,
                ranked: list[tuple[Chunk, float]]) -> list[tuple[str, float | None]]:
    """(chunk id, score) of what the postprocessors keep of ``ranked``, in their order."""
    nodes = [NodeWithScore(node=chunk_node(chunk), score=score) for chunk, score in ranked]
    for p in postprocessors:
        nodes = p.postprocess_nodes(nodes, query_str=query)
    return [(n.node.node_id, n.score) for n in nodes]
