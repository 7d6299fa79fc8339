"""BM25 over folded syllables, compared with a peer implementation (rank_bm25) and with a plain loop."""
from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from index.chunking import chunk_document
from index.lexical import B, BM25, K1, terms
from index.parser import parse_file

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
QUERIES = ["ban tin PCI kenh truyen hinh", "Cuộc thi tìm hiểu về Chuyển đổi số đoàn viên thanh niên",
           "hóa đơn điện tử máy tính tiền", "ISO 9001:2015 đào tạo", "Bình dân học vụ số",
           "nop ho so truc tuyen nhan ket qua tai nha"]


@lru_cache(maxsize=1)
def corpus_chunks():
    return [c for p in sorted(CORPUS.iterdir()) for c in chunk_document(parse_file(p))]


def eval_questions() -> list[str]:
    lines = (ROOT / "evals" / "qa.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


class PlainBM25:
    """The straightforward implementation the posting-list one replaced: every section scored, all sorted."""

    def __init__(self, doc_terms):
        self.len = [len(t) for t in doc_terms]
        self.n = len(doc_terms)
        self.avgdl = sum(self.len) / self.n
        self.postings = {}
        for i, t in enumerate(doc_terms):
            for term, f in Counter(t).items():
                self.postings.setdefault(term, []).append((i, f))
        self.idf = {t: math.log(1 + (self.n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def scores(self, query_terms):
        out = [0.0] * self.n
        for term, qf in Counter(query_terms).items():
            idf = self.idf.get(term)
            if idf is None:
                continue
            for i, f in self.postings[term]:
                out[i] += qf * idf * f * (K1 + 1) / (f + K1 * (1 - B + B * self.len[i] / self.avgdl))
        return out

    def rank(self, query, k=20):
        s = self.scores(terms(query, drop_stopwords=True))
        order = sorted((i for i in range(self.n) if s[i] > 0), key=lambda i: -s[i])
        return [(i, s[i]) for i in order[:k]]


@pytest.fixture(scope="module")
def indexed():
    docs = [terms(c.lexical_text()) for c in corpus_chunks()]
    return docs, BM25(docs)


def test_posting_lists_rank_exactly_as_the_plain_loop(indexed):
    """Every eval question, with and without diacritics, at two depths: the same sections, the same order
    (ties by position), the same scores bit for bit; a term no section has, and no term, find nothing."""
    from index.normalize import fold

    docs, ours = indexed
    plain = PlainBM25(docs)
    assert ours.idf == plain.idf
    questions = eval_questions()
    assert len(questions) >= 200
    for q in questions + [fold(q) for q in questions]:
        for k in (5, 40):
            assert ours.rank(q, k=k) == plain.rank(q, k=k), q
    assert ours.scores(terms(questions[0], True)) == plain.scores(terms(questions[0], True))
    assert ours.rank("xyzzy qwerty") == [] and ours.rank("") == []
    assert ours.postings("truyen_hinh") == plain.postings["truyen_hinh"]


def test_ties_are_broken_by_position_at_the_cut():
    """Ten identical sections and a cut at three: the first three by position, whatever the partial sort does."""
    docs = [["ban", "tin", "pci"]] * 10 + [["khac", "hoan", "toan"]] * 5
    ranked = BM25(docs).rank("ban tin", k=3)
    assert [i for i, _ in ranked] == [0, 1, 2]
    assert len({s for _, s in ranked}) == 1


def test_scores_agree_with_rank_bm25_given_the_same_idf(indexed):
    """rank_bm25 computes Okapi BM25 its own way (per query token, its own idf formula): given our idf,
    every section's score agrees to 1e-6 and the top 20 are the same sections."""
    docs, ours = indexed
    peer = BM25Okapi(docs, k1=K1, b=B)
    peer.idf = dict(ours.idf)
    for q in eval_questions()[::4]:
        qt = terms(q, drop_stopwords=True)
        mine, theirs = ours.scores(qt), peer.get_scores(qt)
        assert max(abs(a - b) for a, b in zip(mine, theirs)) < 1e-6, q
        top = [i for i, _ in ours.rank(q, k=20)]
        peer_top = sorted((i for i in range(len(docs)) if theirs[i] > 0), key=lambda i: (-round(theirs[i], 9), i))
        assert top == peer_top[:20], q


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


def test_top_k_is_a_full_sort_cut_at_k():
    """Partial selection gives exactly what a full sort by (score descending, position) gives, ties included."""
    import numpy as np

    from index.lexical import top_k

    rng = np.random.default_rng(7)
    for n, k in ((0, 5), (3, 5), (50, 5), (50, 50), (1000, 40), (1000, 0)):
        scores = rng.integers(0, 6, n).astype(np.float64)  # many ties
        full = np.lexsort((np.arange(n), -scores))[:k]
        assert top_k(scores, k).tolist() == full.tolist()
        positions = rng.permutation(n)
        assert top_k(scores, k, positions).tolist() == np.lexsort((positions, -scores))[:k].tolist()


def test_present_finds_exactly_the_terms_a_section_has(indexed):
    """What coverage reads instead of folding a section again: the candidates found among its own terms."""
    docs, ours = indexed
    vocabulary = sorted(ours.idf)[::97] + ["khong_co_tu_nay", "xyzzy"]
    for i in range(0, len(docs), 7):
        own = set(docs[i])
        candidates = sorted(own)[::5] + vocabulary
        assert ours.present(i, candidates) == own & set(candidates), i
    assert ours.present(0, []) == set()


def test_narrow_posting_arrays_score_as_the_plain_loop():
    """Positions and frequencies are stored narrow; a frequency past 16 bits widens the array, and both
    rank, bit for bit, as the plain loop."""
    small = BM25([["ban", "tin"], ["tin"]])
    assert small._docs.dtype == np.int32 and small._freqs.dtype == np.uint16
    docs = [["pci"] * 70_000 + ["tin"], ["pci", "tin"], ["tin"], ["khac"]]
    wide = BM25(docs)
    assert wide._freqs.dtype == np.uint32
    assert wide.rank("pci tin", k=4) == PlainBM25(docs).rank("pci tin", k=4)
    assert wide.postings("pci") == [(0, 70_000), (1, 1)]


def test_sections_stored_as_strings_index_as_their_term_lists(indexed):
    """An index stores a section's terms as one string and a load reads them one at a time (a generator
    here): the same arrays, statistics and ranks as from the lists; an empty index finds nothing."""
    docs, ours = indexed
    joined = BM25(" ".join(d) for d in docs)
    for name in ("_offsets", "_docs", "_freqs", "_norm", "_section_terms", "_section_offsets"):
        assert np.array_equal(getattr(joined, name), getattr(ours, name)), name
    assert joined.idf == ours.idf and joined.len == ours.len and joined.avgdl == ours.avgdl
    assert joined.rank("ban tin pci truyen hinh", k=10) == ours.rank("ban tin pci truyen hinh", k=10)
    empty = BM25([])
    assert empty.n == 0 and empty.rank("ban tin") == [] and empty.scores(["ban"]) == []
