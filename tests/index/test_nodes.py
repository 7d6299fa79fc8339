"""The plan parser as a llama-index NodeParser, and the index's records in ChromaVectorStore's format."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest
from llama_index.core import Document
from llama_index.core.vector_stores.types import (ExactMatchFilter, MetadataFilters, VectorStoreQuery)

from index import store
from index.chunking import VARIANTS
from index.ingest import ingest
from index.nodes import PlanNodeParser, node_chunk
from index.retrieval import SearchEngine
from tests.index.hash_embedder import HashEmbedder, fake_settings
from tests.index.test_ingest import SKHCN, VP23, copy_docs

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
pytestmark = pytest.mark.filterwarnings("ignore:legacy embedding function config")


def test_node_parser_nodes_are_the_ingested_chunks(engine):
    """Every plan of the corpus (txt, md, docx, pdf alike), read from its file and, for text, from a Document's
    text: the parser's nodes are the chunks the index holds, field for field, fields in the same order."""
    parser = PlanNodeParser(max_chunk_chars=engine.settings.max_chunk_chars)
    names = sorted(d["document"] for d in engine.documents())
    assert names
    for name in names:
        indexed = [asdict(c) for c in engine.chunks if c.document == name]
        docs = [Document(text="", metadata={"file_path": str(CORPUS / name)})]
        if name.endswith(".txt"):
            docs.append(Document(text=(CORPUS / name).read_text(encoding="utf-8"), metadata={"file_name": name}))
        for doc in docs:
            nodes = parser.get_nodes_from_documents([doc])
            got = [asdict(node_chunk(n)) for n in nodes]
            assert got == indexed, name
            assert [list(c["fields"].items()) for c in got] == [list(c["fields"].items()) for c in indexed]
            assert all(n.metadata["document"] == name and n.ref_doc_id == name for n in nodes)
    fields = [n.metadata for n in parser.get_nodes_from_documents(
        [Document(text="", metadata={"file_path": str(CORPUS / SKHCN)})]) if n.metadata["section"] == "IV.6"][0]
    assert fields["breadcrumb"] and fields["field_timing"] and fields["title"].startswith("Kế hoạch")


def test_the_collection_is_the_store_of_record(tmp_path):
    """No chunks.json: the chunks come back from the collection, and llama-index's ChromaVectorStore reads
    its records as nodes (both text variants, ids, fields) and filters and queries them by metadata."""
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, SKHCN, VP23)
    gen = settings.store_dir / ingest(settings, embedder=embedder).generation
    assert not (gen / "chunks.json").exists()
    engine = SearchEngine(settings, embedder)
    chunk = engine.chunk(SKHCN, "IV.6")
    vs = store.vector_store(engine.collection)
    nodes = vs.get_nodes([f"{chunk.id}::{v}" for v in VARIANTS])
    assert {n.node_id for n in nodes} == {f"{chunk.id}::{v}" for v in VARIANTS}
    assert sorted(n.text for n in nodes) == sorted(t for _, t in chunk.variants())
    assert all(node_chunk(n) == chunk for n in nodes)
    assert len(vs.get_nodes(None, filters=MetadataFilters(filters=[ExactMatchFilter(key="document", value=VP23)]))) \
        == 2 * sum(c.document == VP23 for c in engine.chunks)
    query = embedder.encode_queries(["Quý IV/2025"])[0].tolist()
    found = vs.query(VectorStoreQuery(query_embedding=query, similarity_top_k=3, filters=MetadataFilters(
        filters=[ExactMatchFilter(key="document", value=SKHCN), ExactMatchFilter(key="variant", value="orig")])))
    assert found.nodes and all(n.metadata["document"] == SKHCN and n.metadata["variant"] == "orig" for n in found.nodes)


def test_records_are_read_whole_though_only_one_variants_metadata_is_fetched(tmp_path):
    """read_records fetches the metadata of the first variant only (a snapshot load's largest read): every record
    still comes back, with the vector one full ``get`` returns, and each chunk's metadata as stored."""
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, SKHCN)
    ingest(settings, embedder=embedder)
    engine = SearchEngine(settings, embedder)
    full = engine.collection.get(include=["metadatas", "embeddings"])
    records = {r.id: r for r in store.read_records(engine.collection)}
    assert sorted(records) == sorted(full["ids"]) and len(full["ids"]) == 2 * len(engine.chunks)
    for id_, meta, vector in zip(full["ids"], full["metadatas"], full["embeddings"]):
        record = records[id_]
        assert record.vector.tolist() == np.asarray(vector, dtype=np.float32).tolist()
        assert (record.metadata["chunk_id"], record.metadata["variant"]) == (meta["chunk_id"], meta["variant"])
        if meta["variant"] == VARIANTS[0]:
            assert record.metadata == json.loads(meta["_node_content"])["metadata"]


def test_an_index_of_the_previous_layout_is_reported_then_rebuilt(tmp_path):
    """A generation as the previous version wrote it (chunks in chunks.json, no layout in the manifest) is
    'run assistant ingest', not a crash; ingest then builds the current layout from scratch."""
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, SKHCN)
    gen = settings.store_dir / ingest(settings, embedder=embedder).generation
    manifest = store.read_json(gen / "manifest.json")
    del manifest["layout"]
    manifest["index_version"] = 4
    store.write_json(gen / "manifest.json", manifest)
    store.write_json(gen / "chunks.json", [])
    with pytest.raises(store.IndexMissing, match="earlier version .*run `assistant ingest`"):
        SearchEngine(settings, embedder)
    rebuilt = ingest(settings, embedder=embedder)
    assert rebuilt.added == [SKHCN] and rebuilt.generation != gen.name
    assert SearchEngine(settings, embedder).chunk(SKHCN, "IV.6") is not None


def test_a_collection_that_disagrees_with_its_lexical_file_is_not_used(tmp_path):
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, SKHCN)
    gen = settings.store_dir / ingest(settings, embedder=embedder).generation
    lexical = store.read_json(gen / "lexical.json")
    lexical["ids"] = lexical["ids"][1:]
    store.write_json(gen / "lexical.json", lexical)
    with pytest.raises(store.IndexMissing, match="run `assistant ingest`"):
        SearchEngine(settings, embedder)


def test_loading_and_searching_an_index_imports_no_llama_index(tmp_path):
    """The records are written through llama-index but read without it: ask and serve start 2 s sooner."""
    settings, embedder = fake_settings(tmp_path), HashEmbedder()
    copy_docs(settings, SKHCN)
    ingest(settings, embedder=embedder)
    code = ("import sys; from pathlib import Path; from tests.index.hash_embedder import HashEmbedder, fake_settings; "
            "from index.retrieval import SearchEngine; "
            f"engine = SearchEngine(fake_settings(Path({str(tmp_path)!r})), HashEmbedder()); "
            "hits = engine.search('Bản tin cải cách hành chính', k=3); "
            "print(len(hits), sorted(m for m in sys.modules if m.startswith('llama_index')))")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(root)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "3 []"
