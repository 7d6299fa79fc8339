"""BM25 over accent-folded Vietnamese syllables and syllable bigrams.

Folding (đ→d, no tone marks) makes "nop ho so truc tuyen" and "nộp hồ sơ trực tuyến"
the same terms; bigrams keep two-syllable words ("truyen hinh") from matching their
halves elsewhere. Measured on this corpus, folded BM25 beat dense retrieval alone.
"""
from __future__ import annotations

import math
from array import array
from collections import Counter
from typing import Iterable

import numpy as np

from index import resources
from index.normalize import fold, folded_tokens, tokens

K1, B = 1.5, 0.75

# Function words and question words carry no topic: dropped from queries only. Written with
# diacritics, because folding merges them with content syllables ("tài"/"tại", "cơ"/"có",
# "chỉ"/"chị", "hội"/"hỏi"); a folded form is dropped only where no content word shares it.
def _stopwords(kind: str) -> set[str]:
    """The stopwords of ``kind`` ("written" or "folded") in index/data/stopwords.tsv."""
    return {r[1] for r in resources.rows("stopwords", 3) if r[0] == kind}


STOPWORDS_VI = _stopwords("written")
STOPWORDS_FOLDED = _stopwords("folded")
QUERY_STOPWORDS = STOPWORDS_FOLDED  # kept for callers that only have folded tokens


def content_tokens(text: str) -> list[str]:
    """Folded syllables of a query without its function words (judged before folding)."""
    out = []
    for t in tokens(text):
        if t in STOPWORDS_VI:
            continue
        f = fold(t)
        if f == t and f in STOPWORDS_FOLDED:  # typed without diacritics
            continue
        out.append(f)
    return out


def terms(text: str, drop_stopwords: bool = False) -> list[str]:
    toks = content_tokens(text) if drop_stopwords else folded_tokens(text)
    return toks + [f"{a}_{b}" for a, b in zip(toks, toks[1:])]


class BM25:
    """Okapi BM25 (Lucene's idf) over posting lists held as three flat arrays.

    A query reads only the postings of its own terms and keeps its top ``k`` by partial selection, so
    its cost follows how many sections contain its words, not how many sections there are. Each term's
    contribution is computed with the same operations in the same order as a plain loop over the
    postings would, so scores are bit-for-bit those of the straightforward implementation
    (tests/index/test_lexical.py keeps one to compare with).
    """

    def __init__(self, doc_terms: Iterable[list[str] | str]):
        """``doc_terms``: each section's terms, as a list or as one space-separated string (how an index stores
        them). Sections are read one at a time into flat integer arrays: building never holds a Python object
        per posting (12.8M at 100k sections), whose freed memory the process would keep."""
        self._term: dict[str, int] = {}  # term → its number t, in order of first appearance
        self.len: list[int] = []
        term_ids, freqs, distinct = array("q"), array("L"), array("q")  # "q": the int64 numpy reads below
        for section in doc_terms:
            if isinstance(section, str):
                section = section.split()
            self.len.append(len(section))
            counts = Counter(section)
            distinct.append(len(counts))
            for term, f in counts.items():
                t = self._term.get(term)
                if t is None:
                    t = self._term[term] = len(self._term)
                term_ids.append(t)
                freqs.append(f)
        self.n = len(self.len)
        self.avgdl = (sum(self.len) / self.n) if self.n else 0.0
        ids = np.frombuffer(term_ids, dtype=np.int64) if term_ids else np.zeros(0, dtype=np.int64)
        df = np.bincount(ids, minlength=len(self._term)).tolist()
        self.idf = {t: math.log(1 + (self.n - d + 0.5) / (d + 0.5)) for t, d in zip(self._term, df)}
        # term t's postings are [offsets[t], offsets[t + 1]) of the flat arrays: section positions (ascending)
        # and frequencies, held in the narrowest integer type that fits them (10 bytes a posting with the
        # by-section copy below, instead of 28); a frequency is turned back into the same float64 when a query
        # reads it, so scores are unchanged.
        self._offsets = np.zeros(len(self._term) + 1, dtype=np.int64)
        np.cumsum(df, out=self._offsets[1:])
        by_term = np.argsort(ids, kind="stable")  # stable: within a term, sections stay ascending
        sections = np.repeat(np.arange(self.n, dtype=_index_type(self.n)), np.asarray(distinct, dtype=np.int64))
        self._docs = sections[by_term]
        top = max(freqs, default=0)
        self._freqs = np.asarray(freqs, dtype=np.uint16 if top <= np.iinfo(np.uint16).max else np.uint32)[by_term]
        del term_ids, freqs, distinct, ids, by_term, sections
        lengths = np.asarray(self.len, dtype=np.float64)
        # a section's length normalisation; a query works out its postings' denominators f + k1·norm from it
        # (the same operations as over all postings at once, so the same floats) instead of the index holding
        # one float64 a posting (100 MB at 100k sections)
        self._norm = (1 - B + B * lengths / self.avgdl) if self.n else lengths
        # the same pairs by section: each section's term numbers, ascending (what ``present`` looks up)
        by_section = np.argsort(self._docs, kind="stable")  # stable: term numbers stay ascending
        self._section_terms = np.repeat(np.arange(len(self._term), dtype=np.int32),
                                        np.diff(self._offsets))[by_section]
        self._section_offsets = np.zeros(self.n + 1, dtype=np.int64)
        np.cumsum(np.bincount(self._docs, minlength=self.n), out=self._section_offsets[1:])

    @classmethod
    def from_texts(cls, texts: list[str]) -> "BM25":
        return cls([terms(t) for t in texts])

    def _slice(self, term: str) -> tuple[int, int]:
        t = self._term.get(term)
        return (0, 0) if t is None else (int(self._offsets[t]), int(self._offsets[t + 1]))

    def present(self, section: int, candidates) -> set[str]:
        """The ``candidates`` (terms) that section ``section`` contains: its words and word pairs, as the
        index read them, looked up instead of folding the section's text again."""
        return self.present_known(section, *self.known_terms(candidates))

    def known_terms(self, candidates) -> tuple[list[str], np.ndarray]:
        """(the candidates the index holds, their term ids): worked out once for ``present_known`` in many
        sections."""
        known = [t for t in dict.fromkeys(candidates) if t in self._term]
        return known, np.fromiter((self._term[t] for t in known), dtype=np.int32, count=len(known))

    def present_known(self, section: int, known: list[str], ids: np.ndarray) -> set[str]:
        """Which of ``known`` (with their ``ids``, from ``known_terms``) section ``section`` contains."""
        if not known:
            return set()
        own = self._section_terms[self._section_offsets[section]:self._section_offsets[section + 1]]
        if not len(own):
            return set()
        at = np.minimum(np.searchsorted(own, ids), len(own) - 1)
        return {t for t, h in zip(known, (own[at] == ids).tolist()) if h}

    def postings(self, term: str) -> list[tuple[int, int]]:
        """(section position, term frequency) of every section containing ``term``."""
        a, b = self._slice(term)
        return list(zip(self._docs[a:b].tolist(), self._freqs[a:b].astype(int).tolist()))

    def matched(self, query_terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The sections that contain a query term (ascending) and their scores; nothing else is touched."""
        docs, contributions = [], []
        for term, qf in Counter(query_terms).items():
            idf = self.idf.get(term)
            if idf is None:
                continue
            a, b = self._slice(term)
            sections, freqs = self._docs[a:b], self._freqs[a:b].astype(np.float64)
            docs.append(sections)
            contributions.append(qf * idf * freqs * (K1 + 1) / (freqs + K1 * self._norm[sections]))
        if not docs:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        # bincount adds in input order, i.e. term by term, as the plain loop does; a matched section's score
        # is > 0 (idf and frequency are). The one pass over n sums in C (0.1 ms at 100k sections) is cheaper
        # than sorting the postings to find the distinct ones.
        summed = np.bincount(np.concatenate(docs), weights=np.concatenate(contributions), minlength=self.n)
        found = np.flatnonzero(summed)
        return found, summed[found]

    def scores(self, query_terms: list[str]) -> list[float]:
        """The score of every section (0.0 where no term matches)."""
        out = np.zeros(self.n, dtype=np.float64)
        found, score = self.matched(query_terms)
        out[found] = score
        return out.tolist()

    def rank(self, query: str, k: int = 20) -> list[tuple[int, float]]:
        """The ``k`` best sections with a positive score, best first, ties by position."""
        found, score = self.matched(terms(query, drop_stopwords=True))
        keep = score > 0
        found, score = found[keep], score[keep]
        return [(int(found[j]), float(score[j])) for j in top_k(score, k, found)]


def _index_type(n: int):
    """The narrowest signed integer type that holds positions below ``n``."""
    return np.int32 if n < np.iinfo(np.int32).max else np.int64


def top_k(scores: np.ndarray, k: int, positions: np.ndarray | None = None) -> np.ndarray:
    """Indices of the ``k`` highest ``scores``, best first, equal scores by ascending ``positions`` (default:
    the index itself), exactly as a full sort would give them, at the cost of a partial selection."""
    positions = np.arange(len(scores)) if positions is None else positions
    if len(scores) > k > 0:  # the k-th best score: every entry scoring at least that competes for the ties
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        candidates = np.flatnonzero(scores >= kth)
    else:
        candidates = np.arange(len(scores))
    order = np.lexsort((positions[candidates], -scores[candidates]))[:max(k, 0)]
    return candidates[order]
