"""BM25 over folded syllables, compared with a peer implementation (rank_bm25)."""
from __future__ import annotations

from pathlib import Path

from rank_bm25 import BM25Okapi

from index.chunking import chunk_document
from index.lexical import BM25, terms
from index.parser import parse_file

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
QUERIES = ["ban tin PCI kenh truyen hinh", "Cuộc thi tìm hiểu về Chuyển đổi số đoàn viên thanh niên",
           "hóa đơn điện tử máy tính tiền", "ISO 9001:2015 đào tạo", "Bình dân học vụ số",
           "nop ho so truc tuyen nhan ket qua tai nha"]


def corpus_chunks():
    return [c for p in sorted(CORPUS.iterdir()) for c in chunk_document(parse_file(p))]


def test_same_top_results_as_rank_bm25():
    chunks = corpus_chunks()
    docs = [terms(c.lexical_text()) for c in chunks]
    ours, peer = BM25(docs), BM25Okapi(docs, k1=1.5, b=0.75)
    for q in QUERIES:
        qt = terms(q, drop_stopwords=True)
        mine = ours.scores(qt)
        theirs = peer.get_scores(qt)
        top_mine = sorted(range(len(chunks)), key=lambda i: -mine[i])[:3]
        top_peer = sorted(range(len(chunks)), key=lambda i: -theirs[i])[:3]
        assert top_mine[0] == top_peer[0], q
        assert len(set(top_mine) & set(top_peer)) >= 2, q


def test_diacritics_do_not_matter():
    chunks = corpus_chunks()
    bm = BM25([terms(c.lexical_text()) for c in chunks])
    with_marks = bm.rank("Bản tin PCI trên kênh truyền hình", k=5)
    without = bm.rank("ban tin pci tren kenh truyen hinh", k=5)
    assert chunks[with_marks[0][0]].section == chunks[without[0][0]].section == "C.II.12.c"
    assert len({i for i, _ in with_marks} & {i for i, _ in without}) >= 4
