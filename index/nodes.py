"""The plan parser in llama-index terms: a ``NodeParser`` and the ``TextNode`` form of a chunk.

One code path: ``PlanNodeParser`` runs ``parse_parts``/``parse_parts_lines`` and ``chunk_document`` — the very
functions ingest runs — and only converts each ``Chunk`` with ``chunk_node``. What ingest writes through
``ChromaVectorStore`` are ``record_nodes``: per chunk one node per embedded text variant (as written,
accent-folded), id ``<chunk id>::<variant>``, text the exact text embedded, metadata the chunk's (plan,
section path, heading, breadcrumb, activity fields as ``field_<name>``) plus the variant, the chunk id and the
section's own text (``chunk_text``). ``node_chunk`` reads a chunk back from either kind of node without loss.

Loading an index does not import this module (llama-index adds ~2 s to a cold start): ``index.store.
read_records`` reads the same records' metadata straight from the JSON llama-index stores with them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from llama_index.core.node_parser import NodeParser
from llama_index.core.schema import BaseNode, NodeRelationship, RelatedNodeInfo, TextNode

from index.chunking import VARIANTS, Chunk, chunk_document
from index.parser import ParsedDocument, parse_parts, parse_parts_lines

# bookkeeping, not something a model or an embedding should read
HIDDEN_METADATA = ["order", "part", "kind", "variant", "chunk_id", "chunk_text"]


def _node(id_: str, text: str, metadata: dict, chunk: Chunk, embedding=None) -> TextNode:
    # the plan file is the source document: ChromaVectorStore.delete("<file name>") drops a plan's records
    return TextNode(id_=id_, text=text, metadata=metadata, embedding=embedding,
                    relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=chunk.document)},
                    excluded_embed_metadata_keys=list(HIDDEN_METADATA),
                    excluded_llm_metadata_keys=list(HIDDEN_METADATA))


def chunk_node(chunk: Chunk) -> TextNode:
    """The chunk as a llama-index node: its own text, its fields as metadata, its plan as source."""
    return _node(chunk.id, chunk.text, chunk.metadata(), chunk)


def record_nodes(chunk: Chunk, vectors: Sequence[Sequence[float]] | None = None) -> list[TextNode]:
    """The vector store's records of a chunk: one node per variant, its text as embedded, with its vector."""
    base = chunk.metadata()
    return [_node(f"{chunk.id}::{variant}", text,
                  {**base, "variant": variant, "chunk_id": chunk.id, "chunk_text": chunk.text}, chunk,
                  None if vectors is None else [float(x) for x in vectors[i]])
            for i, (variant, text) in enumerate(chunk.variants())]


def node_chunk(node: BaseNode) -> Chunk:
    """The chunk a ``chunk_node`` or a ``record_nodes`` node was made from."""
    m = node.metadata
    if "variant" in m:
        return Chunk.from_record(m)
    return Chunk.from_metadata(m, node.get_content(), node.node_id)


class PlanNodeParser(NodeParser):
    """Plan documents → one ``TextNode`` per section or table row (long ones split on sentences).

    A ``Document`` whose metadata has ``file_path`` (as ``SimpleDirectoryReader`` gives) is read from that file
    with the project's readers (tables of .docx/.pdf kept as rows); any other is parsed from its text, named by
    its ``file_name`` metadata.
    """

    max_chunk_chars: int = 1400

    @classmethod
    def class_name(cls) -> str:
        return "PlanNodeParser"

    def _parse_nodes(self, nodes: Sequence[BaseNode], show_progress: bool = False, **kwargs: Any) -> list[BaseNode]:
        out: list[BaseNode] = []
        for node in nodes:
            path = node.metadata.get("file_path")
            if path:
                docs = parse_parts(Path(path))
            else:
                docs = parse_parts_lines(node.get_content().split("\n"),
                                         node.metadata.get("file_name") or f"{node.node_id}.txt")
            for doc in docs:
                out.extend(self.document_nodes(doc))
        return out

    def document_nodes(self, doc: ParsedDocument) -> list[TextNode]:
        """The nodes of one parsed plan: ``chunk_document``'s chunks, as ingest indexes them."""
        return [chunk_node(c) for c in chunk_document(doc, self.max_chunk_chars)]
