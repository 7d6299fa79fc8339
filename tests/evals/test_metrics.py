"""The scoring rules, by hand-made cases, and the retrieval figures against ranx on a real run."""
from __future__ import annotations

import random
import unicodedata

import numpy as np
import pytest

from evals.dataset import citations, load_items
from evals.metrics import (
    Gold, Outcome, Ref, answer_correct, citation_correct, diacritics_figures, figures, first_rank, golds,
    percentile, ref_matches, retrieval_figures, section_matches, summarise, target_status,
)

DOC = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"
OTHER = "2023-vp-ubnd-ke-hoach-tuyen-truyen-cchc.txt"


def item(kind="lead", must=("Đài Phát thanh và Truyền hình tỉnh",), document=DOC, section="C.II.12.c",
         evidence="Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.", id="x-001"):
    return {"id": id, "question": "q?", "kind": kind, "answer": "", "must_include": list(must),
            "document": document, "section": section, "evidence": evidence}


UNANSWERABLE = {"id": "u-001", "question": "Giá vé?", "kind": "unanswerable", "answer": "", "must_include": [],
                "document": None, "section": None, "evidence": None}


# --------------------------------------------------------------------------- matching
def test_section_matches_the_gold_and_its_sub_items_only():
    assert section_matches("C.II.12", "C.II.12")
    assert section_matches("C.II.12.c", "C.II.12")
    assert not section_matches("C.II.12", "C.II.12.c")  # a parent is too broad
    assert not section_matches("C.II.1", "C.II.12")
    assert not section_matches("C.II.12", "C.II.1")  # a prefix without the dot is another section
    assert section_matches("preamble", "preamble")


def test_ref_without_section_matches_by_normalised_evidence():
    gold = Gold(DOC, "C.II.12.c", "Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.")
    decomposed = unicodedata.normalize("NFD", "…\n- **Cơ quan chủ trì**:   Đài Phát thanh\nvà Truyền hình tỉnh.\n…")
    assert ref_matches(Ref(DOC, None, decomposed), gold)
    assert not ref_matches(Ref(OTHER, None, decomposed), gold)  # right text, wrong file
    assert not ref_matches(Ref(DOC, None, "Cơ quan chủ trì: Báo Quảng Ngãi."), gold)
    assert ref_matches(Ref(DOC, "C.II.12.c.1", ""), gold) and not ref_matches(Ref(OTHER, "C.II.12.c", ""), gold)


def test_first_rank_takes_the_first_gold_found_within_k():
    two = item(kind="cross_document", document=[DOC, OTHER], section=["C.II.12.c", "III.3"], evidence=["a", "b"])
    refs = [Ref(DOC, "A.1"), Ref(OTHER, "III.3"), Ref(DOC, "C.II.12.c")]
    assert first_rank(refs, golds(two)) == 2
    assert first_rank(refs, golds(item(section="C.II.12.c"))) == 3
    assert first_rank(refs, golds(item(section="C.II.12.c")), k=2) is None
    assert first_rank([], golds(two)) is None


def test_answer_accuracy_needs_every_string_whatever_the_unicode_form_case_and_spacing():
    it = item(must=("Đài Phát thanh và Truyền hình tỉnh", "52 số/năm"))
    said = unicodedata.normalize("NFD", "ĐÀI PHÁT THANH  VÀ\ntruyền hình tỉnh chủ trì; 52 số/năm.")
    assert answer_correct(it, said, grounded=True)
    assert not answer_correct(it, "Đài Phát thanh và Truyền hình tỉnh chủ trì.", grounded=True)
    assert not answer_correct(it, "Đài Phát thanh tỉnh, 52 số/năm", grounded=True)


def test_a_decline_quoting_the_right_text_as_nearest_is_no_answer():
    it = item(must=("hằng tháng, quý, năm",))
    declined = "Các kế hoạch không chứa thông tin này. Nội dung gần nhất: mục IV.4 – “… định kỳ hằng tháng, quý, năm …”"
    assert not answer_correct(it, declined, grounded=False)
    assert answer_correct(it, declined, grounded=True)


def test_unanswerable_is_right_only_when_declined():
    assert answer_correct(UNANSWERABLE, "Tài liệu không có thông tin này.", grounded=False)
    assert not answer_correct(UNANSWERABLE, "Giá vé là 10.000 đồng.", grounded=True)
    assert citation_correct(UNANSWERABLE, [Ref(DOC, "A")]) is None


def test_citation_accuracy_needs_every_gold_section():
    two = item(kind="cross_document", document=[DOC, OTHER], section=["C.II.12", "III.3"], evidence=["a", "b"])
    assert citation_correct(two, [Ref(OTHER, "III.3"), Ref(DOC, "C.II.12.c")])
    assert not citation_correct(two, [Ref(DOC, "C.II.12.c")])
    assert not citation_correct(item(section="C.II.12.c"), [Ref(DOC, "C.II.12")])  # parent: too broad
    assert not citation_correct(item(), [])


# --------------------------------------------------------------------------- figures
def test_retrieval_figures_by_hand():
    f = retrieval_figures([1, 2, None, 6, 5])
    assert f["hit@1"] == pytest.approx(1 / 5)
    assert f["hit@5"] == pytest.approx(3 / 5)
    assert f["mrr"] == pytest.approx((1 + 1 / 2 + 0 + 1 / 6 + 1 / 5) / 5)
    assert retrieval_figures([]) == {"hit@1": None, "hit@5": None, "mrr": None}


def _o(kind, answerable, grounded, answer_ok, citation_ok=None, rank=None, stale=False, latency=10.0, folded=None):
    return Outcome(id=f"{kind}-{random.random()}", kind=kind, question="q", answerable=answerable, rank=rank,
                   grounded=grounded, answer_ok=answer_ok, citation_ok=citation_ok, stale=stale,
                   latency_ms=latency, folded=folded)


def test_refusal_precision_recall_and_wrongly_declined():
    outs = [
        _o("unanswerable", False, grounded=False, answer_ok=True),  # declined, right
        _o("unanswerable", False, grounded=False, answer_ok=True),
        _o("unanswerable", False, grounded=True, answer_ok=False),  # answered: missed refusal
        _o("lead", True, grounded=False, answer_ok=False, citation_ok=False, rank=3),  # wrongly declined
        _o("lead", True, grounded=True, answer_ok=True, citation_ok=True, rank=1),
        _o("lead", True, grounded=True, answer_ok=True, citation_ok=True, rank=1, stale=True),  # not scored
    ]
    f = figures(outs)
    assert f["items"] == 5 and f["answerable"] == 2 and f["unanswerable"] == 3
    assert f["refusal_recall"] == pytest.approx(2 / 3)
    assert f["refusal_precision"] == pytest.approx(2 / 3)
    assert f["wrongly_declined"] == pytest.approx(1 / 2)
    assert f["answer_accuracy"] == pytest.approx(3 / 5)
    assert f["citation_accuracy"] == pytest.approx(1 / 2)
    assert f["hit@1"] == pytest.approx(1 / 2) and f["mrr"] == pytest.approx((1 + 1 / 3) / 2)
    s = summarise(outs)
    assert list(s["per_kind"]) == ["unanswerable", "lead"] and s["stale"] == 1
    assert s["per_kind"]["unanswerable"]["hit@5"] is None


def test_percentile_matches_numpy():
    rng = random.Random(3)
    for n in (1, 2, 7, 50):
        xs = [rng.uniform(0, 1000) for _ in range(n)]
        for p in (50, 95):
            assert percentile(xs, p) == pytest.approx(float(np.percentile(xs, p)))
    assert percentile([], 50) is None


def test_diacritics_gap_and_targets():
    outs = [_o("lead", True, True, True, True, rank=1, folded={"answer_ok": True, "rank": 1}),
            _o("lead", True, True, True, True, rank=1, folded={"answer_ok": False, "rank": 7}),
            _o("fact", True, True, False, False, rank=2, folded={"answer_ok": False, "rank": None}),
            _o("english", True, True, True, True, rank=1)]  # not a folded kind
    d = diacritics_figures(outs)
    assert d["items"] == 3
    assert d["answer_accuracy_with"] == pytest.approx(2 / 3) and d["answer_accuracy_without"] == pytest.approx(1 / 3)
    assert d["diacritics_gap"] == pytest.approx(1 / 3)
    assert d["hit@5_with"] == pytest.approx(1.0) and d["hit@5_without"] == pytest.approx(1 / 3)
    status = target_status(summarise(outs)["overall"])
    assert status["diacritics_gap"]["met"] is False
    assert status["refusal_recall"]["met"] is None  # no unanswerable item: not measured
    assert status["hit@5"]["met"] is True


# --------------------------------------------------------------------------- a peer implementation
def _relevant(chunks, item: dict) -> dict[str, int]:
    """Every indexed chunk that is a gold section or inside one: written independently of evals.metrics."""
    pairs = [(d, s) for d, s, _ in citations(item)]
    rel = {c.id: 1 for c in chunks
           if any(c.document == d and (c.section == s or c.section.startswith(s + ".")) for d, s in pairs)}
    return rel or {f"absent::{item['id']}": 1}  # a gold the index lacks can never be hit


def test_retrieval_figures_equal_ranx_on_the_same_run(engine):
    from ranx import Qrels, Run, evaluate

    # every third answerable item (all kinds, ~60 searches): ranx's JIT start-up already costs most of a minute
    items = [i for i in load_items() if i["kind"] != "unanswerable"][::3]
    assert {i["kind"] for i in items} >= {"lead", "cross_document", "english", "no_diacritics"}
    qrels, run, reversed_run = {}, {}, {}
    ranks, reversed_ranks = [], []
    for it in items:
        hits = engine.search(it["question"], k=10)
        refs = [Ref(h.document, h.section, h.text) for h in hits]
        ranks.append(first_rank(refs, golds(it)))
        reversed_ranks.append(first_rank(refs[::-1], golds(it)))  # the same hits, worst first
        qrels[it["id"]] = _relevant(engine.chunks, it)
        n = len(hits)
        run[it["id"]] = {h.chunk.id: float(n - r) for r, h in enumerate(hits)} or {"nothing": 0.0}
        reversed_run[it["id"]] = {h.chunk.id: float(r + 1) for r, h in enumerate(hits)} or {"nothing": 0.0}
    names = {"hit@1": "hit_rate@1", "hit@5": "hit_rate@5", "mrr": "mrr"}
    for our_ranks, their_run in ((ranks, run), (reversed_ranks, reversed_run)):
        ours = retrieval_figures(our_ranks)
        theirs = evaluate(Qrels(qrels), Run(their_run), list(names.values()))
        for ours_name, ranx_name in names.items():
            assert ours[ours_name] == pytest.approx(float(theirs[ranx_name]), abs=1e-9), ours_name
    # the reversed run really moves the figures, so the comparison covers non-trivial ranks
    assert retrieval_figures(reversed_ranks)["mrr"] != pytest.approx(retrieval_figures(ranks)["mrr"])
