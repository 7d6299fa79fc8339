"""The new-plans split: its evidence lies where its items say, in plans the parser has never been tuned on."""
from __future__ import annotations

from evals.dataset import check_evidence, describe, load_items
from evals.runner import NEW_PLANS_DIR, item_problems

KINDS = {"lead", "coordinators", "timing", "frequency", "fact", "unit_duties", "period", "task_list", "comparison",
         "no_diacritics", "english", "unanswerable"}


def test_new_plans_items_are_sound():
    items = load_items(NEW_PLANS_DIR / "qa.jsonl")
    assert len(items) >= 60
    assert item_problems(items) == []
    assert {i["kind"] for i in items} == KINDS
    assert len({i["id"] for i in items}) == len(items)


def test_new_plans_evidence_is_in_the_stated_sections():
    """Section paths of table rows (III.II.2, Phụ lục I.5) come from index/parser.py: this pins the path rule."""
    items = load_items(NEW_PLANS_DIR / "qa.jsonl")
    problems = check_evidence(items, NEW_PLANS_DIR / "corpus", level="section")
    assert problems == [], describe(problems)
