"""Hybrid retrieval: dense (Chroma) + BM25, each over an accent-folded form, rank-fused.

Questions typed without diacritics are matched against the folded copy of every chunk
(dense) and folded syllables (lexical), so they find the same sections as questions
with diacritics. Reciprocal-rank fusion weights the lexical side higher: on this genre
exact wording (unit names, "Bản tin PCI") is the strongest evidence.

Everything loaded from an index generation is one immutable ``Snapshot``; ``reload`` swaps
in a new one with a single assignment, and each search reads one snapshot from start to
end, so a search running during a reload sees the old index or the new one, never a mix.
"""
from __future__ import annotations

import functools
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, NamedTuple

import numpy as np

from index.settings import Settings
from index import store
from index.abbreviations import Abbreviations
from index.chunking import VARIANTS, Chunk
from index.parser import FIGUREROW
from index.lexical import BM25, content_tokens, top_k
from index.register import Register
from index.normalize import fold, folded_tokens, has_diacritics
from index.query import PlanCues, detect_language, document_preferences, in_plans_words, translate_terms

LEXICAL_WEIGHT = 1.0
DENSE_WEIGHT = 0.6
CANDIDATES = 40
RERANK_POOL = 30  # fused candidates whose topic coverage is checked
PLAN_WORD_CREDIT = 1.0  # a topic word found only in the plan's title or metadata


@dataclass
class Hit:
    chunk: Chunk
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None
    lexical_score: float = 0.0
    dense_similarity: float = 0.0
    coverage: float = 0.0  # share of the query's topic (idf-weighted) the section and its plan contain

    document = property(lambda self: self.chunk.document)
    title = property(lambda self: self.chunk.title)
    section = property(lambda self: self.chunk.section)
    heading = property(lambda self: self.chunk.heading)
    text = property(lambda self: self.chunk.text)
    fields = property(lambda self: self.chunk.fields)

    def to_dict(self) -> dict:
        return {"document": self.document, "title": self.title, "section": self.section,
                "heading": self.heading, "text": self.text, "fields": self.fields, "score": round(self.score, 6),
                "lexical_rank": self.lexical_rank, "dense_rank": self.dense_rank}


@dataclass(frozen=True)
class Snapshot:
    """Everything loaded from one index generation. Never changed after loading (the vocabulary
    cache only fills in values derived from it); a reload builds a new one."""

    generation: Path
    manifest: dict
    chunks: list[Chunk]
    by_id: dict[str, int]
    lexical: BM25
    open_collection: Callable[[], Any]  # the generation's Chroma collection, opened by ``collection``
    vectors: dict[str, tuple[list[int], np.ndarray]]
    register: Register
    abbreviations: Abbreviations
    unknown_weight: float  # the idf given to a word no section has
    vocab: dict[tuple[str, str], set[str]]  # SearchEngine._plan_vocabulary's cache
    documents_sorted: list[dict]  # the manifest's documents by name
    plan_cues: PlanCues  # what names each plan, indexed by the cue (index/query.py)
    # Lookups the layers above build from this snapshot once, by name (the answerer's, see
    # assistant/lookups.py): they live and die with the snapshot, so a reload never serves stale ones.
    derived: dict[str, Any]

    @functools.cached_property
    def collection(self):
        """The generation's Chroma collection, opened on first use: answering reads the records cache and
        never needs it, so a process that only answers never imports chromadb."""
        return self.open_collection()

    @classmethod
    def load(cls, settings: Settings, embedder) -> "Snapshot":
        from index.embedding import fingerprint

        gens = store.generations(settings)  # folders, or a Chroma server (QNA_CHROMA_URL)
        name = gens.require()
        gen = gens.location(name)  # the folder; a server's generation by its name
        manifest = gens.manifest(name)
        store.check_layout(gen, manifest)
        if manifest.get("model") != fingerprint(embedder):  # never rank torch vectors with onnx queries
            raise store.IndexMismatch(
                f"the index in {gen} was embedded with {manifest.get('model')}, but queries would be embedded "
                f"with {fingerprint(embedder)}: run `assistant ingest` (or set QNA_EMBEDDING_BACKEND back)")

        def collection():
            from index.chroma_embedding import ChromaEmbeddingFunction  # imports chromadb: only when asked for

            return gens.collection(name, ChromaEmbeddingFunction(embedder))

        records = store.generation_records(gens, name, manifest, collection)  # the cache: no chromadb to import
        chunks = sorted((Chunk.from_record(r.metadata) for r in records if r.metadata["variant"] == VARIANTS[0]),
                        key=lambda c: (c.document, c.order, c.part))
        lexical_file = gens.lexical(name)
        if lexical_file.get("ids") != [c.id for c in chunks]:  # a generation is written whole, so: not ours
            raise store.IndexMismatch(f"the index in {gen} is incomplete (its lexical statistics and its "
                                      f"collection disagree): run `assistant ingest`")
        snapshot = cls.build(gen, manifest, chunks, lexical_file["terms"], collection,
                             lambda by_id: _vectors_by_variant(records, by_id))
        del records, lexical_file
        release_freed_memory()
        return snapshot

    @classmethod
    def build(cls, generation, manifest: dict, chunks: list[Chunk], lexical_terms: list[list[str] | str],
              collection, vectors) -> "Snapshot":
        """A snapshot from an index's parts: ``load`` reads them from a generation; evals/bench_scale.py
        makes them in memory. ``vectors(by_id)``: the chunks' vectors per text variant; ``collection``: the
        collection, or a function of no arguments that opens it."""
        lexical = BM25(lexical_terms)
        by_id = {c.id: i for i, c in enumerate(chunks)}
        abbreviations = Abbreviations.from_list(manifest.get("abbreviations", []))
        abbreviations.learn_acronyms([c.text for c in chunks if c.part == 0])
        values = sorted(lexical.idf.values())
        return cls(generation=generation, manifest=manifest, chunks=chunks, by_id=by_id, lexical=lexical,
                   open_collection=collection if callable(collection) else lambda: collection,
                   vectors=vectors(by_id),
                   register=Register.build(chunks, manifest["documents"]), abbreviations=abbreviations,
                   unknown_weight=values[len(values) // 2] if values else 1.0, vocab={},
                   documents_sorted=sorted(manifest["documents"].values(), key=lambda d: d["document"]),
                   plan_cues=PlanCues(manifest["documents"]), derived={})


def release_freed_memory() -> None:
    """Give the memory a load has freed back to the system. Reading an index builds and drops far more than it
    keeps (every section's term list, every record as Chroma returns it: at 100k sections, more than the index
    itself), and the C allocator keeps freed memory for reuse unless told; glibc only, a no-op elsewhere."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class _CoverageTerms(NamedTuple):
    words: list  # (term, weight, the folded words of its expansion when it is an abbreviation, else None)
    pairs: list  # (bigram, weight, whether the index knows it: else it counts only in the total)
    known: list  # the terms whose presence in a section is looked up that the index holds
    known_ids: np.ndarray  # their term ids
    candidate_set: frozenset  # every term looked up (the index's or a spelled-out abbreviation's)


def _one_snapshot(method):
    """Run ``method`` on the snapshot current when it starts, whatever a reload swaps in meanwhile."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):
        with self.pinned():
            return method(self, *args, **kwargs)
    return run


class SearchEngine:
    def __init__(self, settings: Settings, embedder, snapshot: Snapshot | None = None):
        """``snapshot``: one built in memory (evals/bench_scale.py); by default the current generation's."""
        self._settings = settings
        self._embedder = embedder
        self._reload_lock = threading.Lock()
        self._pin = threading.local()  # .snapshot: the one this thread's running search reads
        self._postprocessors = []  # llama-index node postprocessors named in the settings (index/postprocessors.py)
        if settings.node_postprocessors:
            from index.postprocessors import load_postprocessors

            self._postprocessors = load_postprocessors(settings.node_postprocessors)
        self._snapshot = snapshot if snapshot is not None else Snapshot.load(settings, embedder)

    @classmethod
    def open(cls, settings: Settings, embedder=None) -> "SearchEngine":
        if embedder is None:
            store.generations(settings).require()  # fail fast, before loading a model
            from index.embedding import load_embedder

            embedder = load_embedder(settings)
            background = getattr(embedder, "load_session_in_background", None)
            if background is not None:  # the ONNX session loads while the index does
                background()
        return cls(settings, embedder)

    def reload(self) -> None:
        """Load the current generation into a new snapshot and swap it in with one assignment."""
        with self._reload_lock:
            self._snapshot = Snapshot.load(self.settings, self.embedder)

    @contextmanager
    def pinned(self) -> Iterator[Snapshot]:
        """Inside the block every read of this engine, in this thread, comes from one snapshot."""
        held = getattr(self._pin, "snapshot", None)
        if held is not None:  # already pinned by an outer call
            yield held
            return
        self._pin.snapshot = self._snapshot
        self._pin.scratch = {}  # see _per_question
        try:
            yield self._pin.snapshot
        finally:
            self._pin.snapshot = self._pin.scratch = None

    @property
    def snapshot(self) -> Snapshot:
        """The pinned snapshot inside ``pinned()``, else the current one."""
        return getattr(self._pin, "snapshot", None) or self._snapshot

    # read-only views of the snapshot, by the names the rest of the code reads
    settings = property(lambda self: self._settings)
    embedder = property(lambda self: self._embedder)
    generation = property(lambda self: self.snapshot.generation)
    manifest = property(lambda self: self.snapshot.manifest)
    chunks = property(lambda self: self.snapshot.chunks)
    by_id = property(lambda self: self.snapshot.by_id)
    lexical = property(lambda self: self.snapshot.lexical)
    collection = property(lambda self: self.snapshot.collection)
    vectors = property(lambda self: self.snapshot.vectors)
    register = property(lambda self: self.snapshot.register)
    abbreviations = property(lambda self: self.snapshot.abbreviations)
    _unknown_weight = property(lambda self: self.snapshot.unknown_weight)
    _vocab = property(lambda self: self.snapshot.vocab)
    plan_cues = property(lambda self: self.snapshot.plan_cues)

    def derived(self, name: str, build):
        """``build(self)``'s value, computed once per snapshot and kept with it."""
        with self.pinned() as snapshot:
            value = snapshot.derived.get(name)
            if value is None:
                value = snapshot.derived.setdefault(name, build(self))
            return value

    # -- what is indexed ----------------------------------------------------------------
    def documents(self) -> list[dict]:
        return list(self.snapshot.documents_sorted)

    def document(self, name: str) -> dict | None:
        return self.manifest["documents"].get(name)

    @_one_snapshot
    def chunk(self, document: str, section: str) -> Chunk | None:
        i = self.by_id.get(f"{document}::{section}::0")
        return self.chunks[i] if i is not None else None

    # -- search -----------------------------------------------------------------------------
    def expand(self, query: str) -> str:
        """The query with abbreviations expanded and English genre terms translated."""
        extra = translate_terms(query) if detect_language(query) == "en" else ""
        return self.abbreviations.expand_query(f"{query} {extra}".strip())

    @_one_snapshot
    def search(self, query: str, k: int = 5, prefer: dict[str, float] | None = None,
               lexical_query: str | None = None, topic: list[str] | None = None) -> list[Hit]:
        """Top ``k`` sections: fused candidates re-ordered by how much of the query's topic they contain.

        ``prefer`` weights documents (default: from what the query names); ``topic`` is the query's
        content syllables (default: all its non-function words). Configured node postprocessors
        (``QNA_NODE_POSTPROCESSORS``) see the whole re-ranked pool before it is cut to ``k``.
        """
        fused = self._fused(query, prefer, lexical_query)
        if not fused:
            return []
        topic = self.topic(query) if topic is None else topic
        top = fused[0].score or 1.0
        for h in fused:
            h.coverage = self.coverage(topic, h)
        ranked = sorted(fused, key=lambda h: -(h.coverage + 0.25 * h.score / top))
        if self._postprocessors:
            ranked = self._postprocessed(query, ranked)
        return ranked[:k]

    def _postprocessed(self, query: str, hits: list[Hit]) -> list[Hit]:
        """``hits`` as the configured postprocessors reorder, filter or re-score them."""
        from index.postprocessors import postprocess

        by_id = {h.chunk.id: h for h in hits}
        out = []
        for chunk_id, score in postprocess(self._postprocessors, query, [(h.chunk, h.score) for h in hits]):
            hit = by_id.get(chunk_id)
            if hit is None:  # a postprocessor may bring in another section of the index (one it is not: dropped)
                i = self.by_id.get(chunk_id)
                if i is None:
                    continue
                hit = Hit(self.chunks[i], 0.0)
            if score is not None:
                hit.score = float(score)
            out.append(hit)
        return out

    @_one_snapshot
    def dense_ranked(self, query: str, k: int = CANDIDATES) -> list[tuple[int, float]]:
        """(chunk position, cosine) of the ``k`` nearest sections: the dense ranking the search fuses."""
        return self._dense(query, self.expand(query))[:k]

    @_one_snapshot
    def lexical_ranked(self, query: str, k: int = CANDIDATES) -> list[tuple[int, float]]:
        """(chunk position, BM25) of the ``k`` best sections: the lexical ranking the search fuses."""
        return self.lexical.rank(self.expand(query), k=k)

    def topic(self, query: str) -> list[str]:
        """The query's content syllables (folded); an English query's through the glossary."""
        if detect_language(query) == "en":
            query = in_plans_words(query)
        words = content_tokens(query)
        for ab in self.abbreviations.unknown_acronyms(query):  # "Sở KHCN": count the name it spells
            words = [w for w in words if w != fold(ab.short)] + content_tokens(ab.expansion)
        return words

    @_one_snapshot
    def coverage(self, topic: list[str], hit: Hit) -> float:
        """Share of the topic (idf-weighted) found in the section, its headings or its plan's metadata."""
        if not topic:
            return 1.0
        plan = self._coverage_terms(topic)
        section = self.by_id[hit.chunk.id]
        # which of the terms the section (or its breadcrumb) has, from the index, or spells out: "TTHC" in the
        # text covers "thủ tục" asked
        have = self.lexical.present_known(section, plan.known, plan.known_ids) | \
            (plan.candidate_set & self._spelled_out(section))
        plan_words = self._plan_vocabulary(hit.chunk)
        total = matched = 0.0
        for t, w, spelled in plan.words:
            total += w
            if t in have:
                matched += w
            elif t in plan_words:
                matched += PLAN_WORD_CREDIT * w
            elif spelled is not None and spelled <= have:  # an abbreviation asked, its expansion in the text
                matched += w
        # adjacent topic words found side by side: "bình dân học vụ" is more than "dân", "học", "vụ"
        for bigram, w, known in plan.pairs:
            total += w
            if known and bigram in have:
                matched += w
            elif bigram in plan_words:
                matched += PLAN_WORD_CREDIT * w
        return matched / total if total else 1.0

    def _coverage_terms(self, topic: list[str]) -> "_CoverageTerms":
        """What ``coverage`` weighs for a topic, worked out once per question: its coverage is asked of every
        candidate section (27 on average), and the topic's weights and the expansions of its abbreviations are
        the same for each."""
        return self._per_question("coverage-terms", tuple(topic), lambda: self._weigh_topic(topic))

    def _weigh_topic(self, topic: list[str]) -> "_CoverageTerms":
        idf = self.lexical.idf
        words, extra = [], []
        for t in dict.fromkeys(topic):
            spelled = None
            ab = self.abbreviations.lookup(t)
            if ab:
                spelled = frozenset(folded_tokens(ab.expansion))
                extra.extend(spelled)
            words.append((t, idf.get(t, self._unknown_weight * (0.3 if len(t) <= 2 else 1.0)), spelled))
        pairs = []
        for a, b in zip(topic, topic[1:]):
            bigram = f"{a}_{b}"
            if bigram in idf:
                pairs.append((bigram, 0.5 * idf[bigram], True))
            elif a in idf and b in idf and idf[a] > 1.0 and idf[b] > 1.0:
                # two known words never seen side by side ("thời" + "tiết"): a new topic, a little
                pairs.append((bigram, 0.5 * self._unknown_weight, False))
        candidates = list(dict.fromkeys([*topic, *(f"{a}_{b}" for a, b in zip(topic, topic[1:])), *extra]))
        return _CoverageTerms(words, pairs, *self.lexical.known_terms(candidates), frozenset(candidates))

    def _per_question(self, kind: str, key, make):
        """``make()``, remembered while the outermost ``pinned()`` block lasts (one question, or one search
        outside one) and forgotten after: what depends on the question is never kept across questions."""
        scratch = getattr(self._pin, "scratch", None)
        if scratch is None:
            return make()
        found = scratch.get((kind, key))
        if found is None:
            found = scratch[(kind, key)] = make()
        return found

    def _spelled_out(self, section: int) -> frozenset[str]:
        """The words and word pairs of the expansions of the abbreviations a section uses; once per section
        and snapshot (a question's coverage asks it of every candidate, each time of every abbreviation)."""
        known = self.derived("retrieval.spelled-out", lambda engine: {})
        out = known.get(section)
        if out is None:
            shorts = self.derived("retrieval.abbreviation-words", lambda engine: [  # a word or a pair of words
                (short, ab) for ab in engine.abbreviations.by_key.values()  # ("Bên B"): what a section's terms hold
                if re.fullmatch(r"[^\W_]+(?: [^\W_]+)?", short := fold(ab.short))])
            shorts = [(short.replace(" ", "_"), ab) for short, ab in shorts]
            used = self.lexical.present(section, [short for short, _ in shorts])
            words: set[str] = set()
            for short, ab in shorts:
                if short in used:
                    run = folded_tokens(ab.expansion)
                    words |= set(run) | {f"{a}_{b}" for a, b in zip(run, run[1:])}
            out = known[section] = frozenset(words)
        return out

    def _plan_vocabulary(self, c: Chunk) -> set[str]:
        """The folded words of a section's plan (title, number, issuer, date); cached per plan."""
        key = (c.document, c.title)
        cached = self._vocab.get(key)
        if cached is None:
            meta = self.document(c.document) or {}
            plan = f"{meta.get('number', '')} {meta.get('issuer', '')} {meta.get('year', '')} {meta.get('date', '')}"
            cached = set(folded_tokens(f"{c.title} {plan}"))
            # who and where the plan is of (its issuer, the body above it, its place) names it too, word pairs
            # included: "huyện Sơn Khê" asked of a district's plan is found in every section of it, not only in
            # the letterhead and preamble that spell it out
            for name in (str(meta.get(k, "")) for k in ("issuer", "parent_body", "place")):
                toks = folded_tokens(name)
                cached |= {*toks, *(f"{a}_{b}" for a, b in zip(toks, toks[1:]))}
            self._vocab[key] = cached
        return cached

    def _fused(self, query: str, prefer: dict[str, float] | None, lexical_query: str | None) -> list[Hit]:
        expanded = self.expand(lexical_query or query)
        lex = self.lexical.rank(expanded, k=CANDIDATES)
        dense = self._dense(query, expanded)
        prefer = document_preferences(query, self.manifest["documents"], self.plan_cues) if prefer is None else prefer
        hits: dict[int, Hit] = {}
        # an English question reaches the Vietnamese text lexically only through the glossary's words; the
        # multilingual dense model reads all of it, so it leads the fusion there
        lex_w, dense_w = (DENSE_WEIGHT, LEXICAL_WEIGHT) if detect_language(query) == "en" else \
            (LEXICAL_WEIGHT, DENSE_WEIGHT)
        # a row of a table of figures is there to be cited by its number (assistant/narrowest.py): searched, it
        # would stand beside the whole table it repeats; the table is found, the row cited
        lex = [(i, score) for i, score in lex if self.chunks[i].kind != FIGUREROW]
        dense = [(i, sim) for i, sim in dense if self.chunks[i].kind != FIGUREROW]
        for rank, (i, score) in enumerate(lex, start=1):
            h = hits.setdefault(i, Hit(self.chunks[i], 0.0))
            h.lexical_rank, h.lexical_score = rank, score
            h.score += lex_w / (self.settings.rrf_k + rank)
        for rank, (i, sim) in enumerate(dense, start=1):
            h = hits.setdefault(i, Hit(self.chunks[i], 0.0))
            h.dense_rank, h.dense_similarity = rank, sim
            h.score += dense_w / (self.settings.rrf_k + rank)
        for h in hits.values():
            h.score *= prefer.get(h.document, 1.0)
        return sorted(hits.values(), key=lambda h: -h.score)[:RERANK_POOL]

    def _query_vector(self, text: str) -> np.ndarray:
        """The encoder's vector of a query text, once per question (``_per_question``): a question that compares
        plans searches each of them with the same text, and the encode is most of a question's time; a
        repeated question is the answer cache's business."""
        return self._per_question("query-vector", text, lambda: np.asarray(
            self.embedder.encode_queries([text])[0], dtype=np.float32))

    def _dense(self, query: str, expanded: str) -> list[tuple[int, float]]:
        english = detect_language(query) == "en"
        folded = not english and not has_diacritics(query)
        text = fold(expanded) if folded else (expanded if english else query)
        rows, matrix = self.vectors["folded" if folded else "orig"]
        if not rows:
            return []
        sims = matrix @ self._query_vector(text)
        # exact search, ties broken by position: the same question gets the same sections in every process
        order = top_k(sims, CANDIDATES)
        return [(rows[j], float(sims[j])) for j in order]


def _vectors_by_variant(records: list[store.Record],
                        position: dict[str, int]) -> dict[str, tuple[list[int], np.ndarray]]:
    """Every stored vector, per text variant, as (chunk positions, normalised float32 matrix).

    Chroma is the store of record; searching a matrix held in memory is exact (HNSW is
    approximate, and its ranks differed between processes) and, at a plan corpus's size,
    faster than a filtered query.
    """
    found: dict[str, list[tuple[int, np.ndarray]]] = {}
    for r in records:
        i = position.get(r.metadata.get("chunk_id"))
        if i is not None:
            found.setdefault(r.metadata["variant"], []).append((i, r.vector))
    out = {}
    for variant in VARIANTS:
        pairs = sorted(found.get(variant, []), key=lambda p: p[0])
        matrix = np.vstack([v for _, v in pairs]) if pairs else np.zeros((0, 1), dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True) if pairs else None
        if norms is not None:
            matrix = matrix / np.where(norms == 0, 1.0, norms)
        out[variant] = ([i for i, _ in pairs], matrix)
    return out
