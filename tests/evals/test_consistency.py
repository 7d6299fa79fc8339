"""Paraphrase consistency: a reworded question must get its original's verdict and first citation."""
from evals.consistency import consistency


def test_a_paraphrase_is_consistent_only_with_the_same_verdict_and_citation():
    originals = {"lead-1": {"answer_ok": True, "answerable": True, "citations": ["a.txt § I.1"]},
                 "unans-1": {"answer_ok": True, "answerable": False, "citations": []}}
    paraphrases = {"lead-1-p1": {"answer_ok": True, "answerable": True, "citations": ["a.txt § I.1"]},
                   "lead-1-p2": {"answer_ok": True, "answerable": True, "citations": ["a.txt § I.2"]},
                   "lead-1-p3": {"answer_ok": False, "answerable": True, "citations": ["a.txt § I.1"]},
                   "unans-1-p1": {"answer_ok": True, "answerable": False, "citations": []}}
    items = [{"id": i, "orig_id": i.rsplit("-", 1)[0], "style": s}
             for i, s in (("lead-1-p1", "english"), ("lead-1-p2", "english"), ("lead-1-p3", "typo"),
                          ("unans-1-p1", "typo"))]
    table = consistency(paraphrases, originals, items)
    assert table["all"] == {"n": 4, "accuracy": 0.75, "consistency": 0.5}
    assert table["english"]["consistency"] == 0.5 and table["typo"]["consistency"] == 0.5
