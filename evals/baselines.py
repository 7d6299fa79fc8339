"""What a user would build instead, scored side by side with the assistant.

(a) A plain llama-index pipeline: the corpus files as ``Document``s, default
    ``SentenceSplitter`` chunks, a ``VectorStoreIndex`` in Chroma (a PersistentClient in
    a temporary folder) with the same embedding model through ``HuggingFaceEmbedding``
    ("query: " / "passage: " prompts), top-k retrieval; the answer is the top chunk's
    text, always claimed as grounded, citing the chunk's file. Its chunks carry no
    section, so a chunk counts as the gold section when it contains the gold evidence
    (see evals.metrics.ref_matches).
(b) BM25 alone: index.lexical.BM25 over the assistant's own chunks, no query expansion
    and no dense side; the answer is the top section's text, citing that section.

Both are built only when ``assistant eval --baselines`` asks for them, and nothing is
cached across runs: the llama-index side embeds the corpus once per run.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Sequence

from evals.metrics import K_RETRIEVE, Ref, Response
from index.chunking import Chunk
from index.lexical import BM25

QUERY_INSTRUCTION = "query: "
TEXT_INSTRUCTION = "passage: "
LLAMA_COLLECTION = "llama_baseline"


class BM25Baseline:
    name = "bm25"
    label = "BM25 alone"

    def __init__(self, chunks: Sequence[Chunk]):
        self.chunks = list(chunks)
        self.bm25 = BM25.from_texts([c.lexical_text() for c in self.chunks])

    def retrieve(self, question: str, k: int = K_RETRIEVE) -> list[Ref]:
        return [Ref(c.document, c.section, c.text) for c in self._top(question, k)]

    def respond(self, question: str) -> Response:
        top = self._top(question, 1)
        if not top:  # no query term occurs anywhere: the only case BM25 "declines"
            return Response("", False, [])
        c = top[0]
        return Response(c.text, True, [Ref(c.document, c.section, c.text)])

    def _top(self, question: str, k: int) -> list[Chunk]:
        return [self.chunks[i] for i, _ in self.bm25.rank(question, k=k)]

    def close(self) -> None:
        pass


def llama_embedding(model_path: str, batch_size: int = 16):
    """llama-index's HuggingFaceEmbedding on the local model folder, offline, e5 prompts."""
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    return HuggingFaceEmbedding(model_name=model_path, query_instruction=QUERY_INSTRUCTION,
                                text_instruction=TEXT_INSTRUCTION, device="cpu",
                                embed_batch_size=batch_size, local_files_only=True)


class LlamaIndexBaseline:
    name = "llama_index"
    label = "plain llama-index"

    def __init__(self, documents: Sequence[tuple[str, str]], embed_model, workdir: Path | None = None):
        """``documents``: (file name, raw text) pairs. ``workdir``: where Chroma lives (default: a temp folder)."""
        from llama_index.core import Document, StorageContext, VectorStoreIndex
        from llama_index.core import Settings as LlamaSettings
        from llama_index.core.node_parser import SentenceSplitter
        from llama_index.vector_stores.chroma import ChromaVectorStore

        from index.store import chroma_client

        if not documents:
            raise ValueError("the llama-index baseline needs at least one document")
        LlamaSettings.llm = None  # MockLLM: nothing may call OpenAI; only retrieval is used
        self._tmp = tempfile.TemporaryDirectory(prefix="qna-llama-") if workdir is None else None
        path = Path(self._tmp.name) if self._tmp else Path(workdir)
        # no embedding function on the collection: llama-index passes the vectors, and
        # chromadb's default function would try to download a model
        collection = chroma_client(path).get_or_create_collection(LLAMA_COLLECTION, embedding_function=None)
        storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
        docs = [Document(text=text, metadata={"file_name": name}, id_=name) for name, text in documents]
        self.index = VectorStoreIndex.from_documents(docs, storage_context=storage, embed_model=embed_model,
                                                     transformations=[SentenceSplitter()])
        self.chunk_count = collection.count()
        self._retrievers: dict[int, object] = {}
        self._last: tuple[str, int, list] | None = None  # the eval asks for an answer, then for its ranking

    def _retrieve(self, question: str, k: int):
        if self._last is not None and self._last[:2] == (question, k):
            return self._last[2]
        retriever = self._retrievers.get(k)
        if retriever is None:
            retriever = self._retrievers[k] = self.index.as_retriever(similarity_top_k=k)
        nodes = retriever.retrieve(question)
        self._last = (question, k, nodes)
        return nodes

    def retrieve(self, question: str, k: int = K_RETRIEVE) -> list[Ref]:
        return [Ref(n.node.metadata.get("file_name", ""), None, n.node.get_content()) for n in self._retrieve(question, k)]

    def respond(self, question: str) -> Response:
        nodes = self._retrieve(question, K_RETRIEVE)
        if not nodes:
            return Response("", False, [])
        top = nodes[0].node
        text = top.get_content()
        return Response(text, True, [Ref(top.metadata.get("file_name", ""), None, text)])

    def close(self) -> None:
        self._retrievers.clear()
        self._last = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def corpus_documents(corpus_dir: Path, names: Sequence[str]) -> list[tuple[str, str]]:
    """(file name, raw text) for the named corpus files, read as the assistant's ingest reads them."""
    from index.readers import read_lines

    return [(name, "\n".join(read_lines(Path(corpus_dir) / name))) for name in names]


def build_baselines(settings, engine, embed_model=None) -> list:
    """Both baselines over the corpus the engine indexed (llama-index embeds it now)."""
    from index.model_builder import ensure_model

    names = [d["document"] for d in engine.documents()]
    if embed_model is None:
        embed_model = llama_embedding(str(ensure_model(settings)), settings.embedding_batch_size)
    return [LlamaIndexBaseline(corpus_documents(settings.corpus_dir, names), embed_model),
            BM25Baseline(engine.chunks)]
