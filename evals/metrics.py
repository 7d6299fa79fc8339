"""Scoring rules: when a retrieved passage, an answer or a citation counts as right, and the figures.

Everything here is a pure function of an item and what a system returned, so the
assistant and the baselines are scored by exactly the same rules, and the rules can be
tested (and cross-checked against ranx) without a model.

Rules, stated once:
- A retrieved passage matches a gold (document, section) when the document is the same
  and the section is the gold one or one of its sub-items ("C.II.12.c" matches gold
  "C.II.12"; "C.II.12" does not match gold "C.II.12.c"). A system that knows no
  sections (plain llama-index) matches when its passage text contains the gold evidence,
  both normalised. For a two-document item the first gold found counts.
- An answer is correct when it contains every ``must_include`` string (NFC, whitespace
  collapsed, case-folded); for an unanswerable item, when the system declined
  (``grounded`` false).
- A citation is correct when every gold (document, section) is among the citations,
  by the same section rule.
- A refusal is ``grounded`` false. Refusal recall: unanswerable items declined /
  unanswerable items; precision: unanswerable items declined / all items declined.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Iterable, Sequence

from evals.dataset import citations as item_citations
from evals.dataset import squash

K_RETRIEVE = 10  # retrieval depth for hit@k and MRR
UNANSWERABLE = "unanswerable"
# the kinds whose questions are also asked without diacritics (index.normalize.fold)
FOLD_KINDS = ("lead", "coordinators", "timing", "frequency", "fact")
# the headline figures the regression gate watches
HEADLINE = ("answer_accuracy", "citation_accuracy", "hit@5", "mrr", "refusal_recall", "refusal_precision")
# the targets of issue 3: figure -> (direction, threshold)
TARGETS: dict[str, tuple[str, float]] = {
    "answer_accuracy": (">=", 0.95),
    "citation_accuracy": (">=", 0.95),
    "hit@5": (">=", 0.98),
    "refusal_recall": (">=", 0.90),
    "wrongly_declined": ("<=", 0.02),
    "diacritics_gap": ("<=", 0.03),
}


def normalise(text: str) -> str:
    """The comparison form of answer text: NFC, no emphasis, whitespace collapsed, case-folded."""
    return squash(text or "").casefold()


@dataclass(frozen=True)
class Gold:
    document: str
    section: str
    evidence: str

    def label(self) -> str:
        return f"{self.document} § {self.section}"


@dataclass(frozen=True)
class Ref:
    """One retrieved passage or one citation: where it is from, and its text."""

    document: str
    section: str | None  # None: the system does not know sections (matched by evidence text)
    text: str = ""

    def label(self) -> str:
        return f"{self.document} § {self.section if self.section is not None else '?'}"


@dataclass
class Response:
    """What a system answered: its text, whether it claims support, and what it cites."""

    text: str
    grounded: bool
    citations: list[Ref] = field(default_factory=list)


def golds(item: dict) -> list[Gold]:
    """The (document, section, evidence) an item rests on; empty for unanswerable items."""
    return [Gold(str(d), str(s), str(e)) for d, s, e in item_citations(item)]


def section_matches(section: str, gold_section: str) -> bool:
    """The gold section itself or one of its sub-items."""
    return section == gold_section or section.startswith(gold_section + ".")


def ref_matches(ref: Ref, gold: Gold) -> bool:
    # a document part ("qd-45.docx#2": the plan a decision carries) is cited in its file; a gold written as the
    # part matches only that part
    if ref.document != gold.document and (ref.document.split("#", 1)[0] != gold.document or "#" in gold.document):
        return False
    if ref.section is None:
        return bool(gold.evidence.strip()) and normalise(gold.evidence) in normalise(ref.text)
    return section_matches(ref.section, gold.section)


def first_rank(refs: Sequence[Ref], gold_list: Sequence[Gold], k: int = K_RETRIEVE) -> int | None:
    """1-based rank of the first passage matching any gold within the top ``k``; None if none does."""
    for rank, ref in enumerate(refs[:k], start=1):
        if any(ref_matches(ref, g) for g in gold_list):
            return rank
    return None


def answer_correct(item: dict, text: str, grounded: bool) -> bool:
    """Unanswerable: declined. Answerable: answered (a decline that quotes the right text as "closest content"
    is still a decline) with every ``must_include`` string."""
    if item["kind"] == UNANSWERABLE:
        return not grounded
    said = normalise(text)
    return grounded and all(normalise(m) in said for m in item["must_include"])


def missing_strings(item: dict, text: str) -> list[str]:
    said = normalise(text)
    return [m for m in item.get("must_include") or [] if normalise(m) not in said]


def citation_correct(item: dict, cited: Sequence[Ref]) -> bool | None:
    """Every gold among the citations; None for unanswerable items (nothing to cite)."""
    gold_list = golds(item)
    if not gold_list:
        return None
    return all(any(ref_matches(c, g) for c in cited) for g in gold_list)


# --------------------------------------------------------------------------- outcomes
@dataclass
class Outcome:
    """How one system did on one item (and on its diacritic-free form, for FOLD_KINDS)."""

    id: str
    kind: str
    question: str
    answerable: bool
    gold: list[str] = field(default_factory=list)  # "document § section" of each gold
    rank: int | None = None  # first gold among the retrieved passages (answerable items)
    retrieved: list[str] = field(default_factory=list)  # "document § section" of the top passages
    answer: str = ""
    grounded: bool = False
    citations: list[str] = field(default_factory=list)
    answer_ok: bool = False
    citation_ok: bool | None = None
    missing: list[str] = field(default_factory=list)  # must_include strings absent from the answer
    latency_ms: float = 0.0
    error: str | None = None
    stale: bool = False  # the item's evidence is no longer where it says: not scored
    folded: dict | None = None  # {"question", "rank", "answer_ok", "citation_ok", "answer"} without diacritics

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def failed(self) -> bool:
        return not self.stale and (not self.answer_ok or self.citation_ok is False)


def score_answer(item: dict, outcome: Outcome, text: str, grounded: bool, cited: Sequence[Ref]) -> None:
    """Fill the answer, citation and refusal fields of ``outcome``."""
    outcome.answer, outcome.grounded = text, grounded
    outcome.citations = [c.label() for c in cited]
    outcome.answer_ok = answer_correct(item, text, grounded)
    outcome.citation_ok = citation_correct(item, cited)
    outcome.missing = [] if item["kind"] == UNANSWERABLE else missing_strings(item, text)


# --------------------------------------------------------------------------- figures
def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * p / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def retrieval_figures(ranks: Iterable[int | None]) -> dict[str, float | None]:
    ranks = list(ranks)
    n = len(ranks)
    return {
        "hit@1": ratio(sum(1 for r in ranks if r is not None and r <= 1), n),
        "hit@5": ratio(sum(1 for r in ranks if r is not None and r <= 5), n),
        "mrr": (sum(1 / r for r in ranks if r is not None) / n) if n else None,
    }


def figures(outcomes: Iterable[Outcome]) -> dict[str, float | int | None]:
    """All figures over the non-stale outcomes given."""
    scored = [o for o in outcomes if not o.stale]
    answerable = [o for o in scored if o.answerable]
    unanswerable = [o for o in scored if not o.answerable]
    declined = [o for o in scored if not o.grounded]
    latencies = [o.latency_ms for o in scored if o.error is None]
    out: dict[str, float | int | None] = {
        "items": len(scored),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        **retrieval_figures(o.rank for o in answerable),
        "answer_accuracy": ratio(sum(o.answer_ok for o in scored), len(scored)),
        "citation_accuracy": ratio(sum(bool(o.citation_ok) for o in answerable), len(answerable)),
        "refusal_recall": ratio(sum(not o.grounded for o in unanswerable), len(unanswerable)),
        "refusal_precision": ratio(sum(not o.answerable for o in declined), len(declined)),
        "wrongly_declined": ratio(sum(not o.grounded for o in answerable), len(answerable)),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
        "errors": sum(o.error is not None for o in scored),
    }
    return out


def diacritics_figures(outcomes: Iterable[Outcome]) -> dict[str, float | int | None]:
    """The same questions with and without diacritics: accuracy each way and the gap (with − without)."""
    pairs = [o for o in outcomes if not o.stale and o.folded is not None]
    with_ = ratio(sum(o.answer_ok for o in pairs), len(pairs))
    without = ratio(sum(bool(o.folded["answer_ok"]) for o in pairs), len(pairs))
    hit_with = ratio(sum(1 for o in pairs if o.rank is not None and o.rank <= 5), len(pairs))
    hit_without = ratio(sum(1 for o in pairs if o.folded["rank"] is not None and o.folded["rank"] <= 5), len(pairs))
    return {
        "items": len(pairs),
        "answer_accuracy_with": with_,
        "answer_accuracy_without": without,
        "hit@5_with": hit_with,
        "hit@5_without": hit_without,
        "diacritics_gap": (with_ - without) if with_ is not None and without is not None else None,
    }


def summarise(outcomes: Sequence[Outcome]) -> dict:
    """Figures overall, per kind (in first-seen order), and the diacritics comparison."""
    kinds = list(dict.fromkeys(o.kind for o in outcomes))
    overall = figures(outcomes)
    diacritics = diacritics_figures(outcomes)
    overall["diacritics_gap"] = diacritics["diacritics_gap"]
    return {
        "overall": overall,
        "per_kind": {k: figures(o for o in outcomes if o.kind == k) for k in kinds},
        "diacritics": diacritics,
        "stale": sum(o.stale for o in outcomes),
    }


def target_status(overall: dict) -> dict[str, dict]:
    """Each target with today's figure and whether it is met (None: not measurable on this set)."""
    out = {}
    for name, (direction, threshold) in TARGETS.items():
        value = overall.get(name)
        met = None if value is None else (value >= threshold if direction == ">=" else value <= threshold)
        out[name] = {"direction": direction, "threshold": threshold, "value": value, "met": met}
    return out
