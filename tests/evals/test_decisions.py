"""Stale items reviewed against the new text, and the decisions: accept (rewrite from the new text) or drop."""
from __future__ import annotations

import json

import pytest

from evals.dataset import check_evidence, load_items
from evals.decisions import DecisionError, apply, propose, review, updates_of
from index.plan_diff import update_snapshots
from tests.index.test_plan_diff import DRAFT, issued, write

ITEM = {"id": "lead-1", "question": "Ai chủ trì bản tin cải cách hành chính hằng quý?", "kind": "lead",
        "answer": "Sở Nội vụ chủ trì (mục I.2).", "must_include": ["Sở Nội vụ"], "document": "p.txt",
        "section": "I.2", "evidence": "Đơn vị chủ trì: Sở Nội vụ."}


def _review(corpus, item=ITEM, updates=None):
    problems = check_evidence([item], corpus)
    return [review({**p, "evidence": item["evidence"]}, corpus, {}, updates) for p in problems]


def test_a_changed_lead_is_shown_with_the_new_text_and_accepted_from_it(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "p.txt", DRAFT.replace("- Đơn vị chủ trì: Sở Nội vụ.", "- Đơn vị chủ trì: Sở Tư pháp."))
    (r,) = _review(corpus)
    assert r["old_quote"] == "Đơn vị chủ trì: Sở Nội vụ." and "Sở Tư pháp" in r["section_text"]
    assert r["similar"]["section"] == "I.2" and r["similar"]["line"] == "Đơn vị chủ trì: Sở Tư pháp."
    new = propose(ITEM, [r])
    assert new["must_include"] == ["Sở Tư pháp"] and new["answer"] == "Sở Tư pháp chủ trì (mục I.2)."
    assert new["evidence"] == "Đơn vị chủ trì: Sở Tư pháp." and new["section"] == "I.2"
    assert not check_evidence([new], corpus)


def test_a_changed_lead_stays_with_its_activity_when_another_still_names_the_old_one(tmp_path):
    """The old lead still leads elsewhere: the new version of the quote is this activity's field, not that line."""
    corpus = tmp_path / "corpus"
    text = DRAFT.replace("- Đơn vị chủ trì: Sở Nội vụ.", "- Đơn vị chủ trì: Trung tâm Phục vụ hành chính công tỉnh Kon Plông.")
    write(corpus, "p.txt", text + "\n3. Một việc khác\n- Cơ quan chủ trì: Sở Nội vụ.\n")
    (r,) = _review(corpus)
    assert r["similar"]["section"] == "I.2" and r["similar"]["line"] == "Đơn vị chủ trì: Trung tâm Phục vụ hành chính công tỉnh Kon Plông."
    assert propose(ITEM, [r])["must_include"] == ["Trung tâm Phục vụ hành chính công tỉnh Kon Plông"]


def test_a_renumbered_activity_is_found_under_its_new_number_in_the_replacing_plan(tmp_path):
    corpus, home = tmp_path / "corpus", tmp_path / "home"
    item = {**ITEM, "document": "du-thao.txt"}
    write(corpus, "du-thao.txt", DRAFT)
    update_snapshots(corpus, home)
    (corpus / "du-thao.txt").unlink()
    write(corpus, "ke-hoach-57.txt", issued())
    from index.plan_diff import PlanSnapshots

    (diff,) = update_snapshots(corpus, home)
    updates = updates_of(PlanSnapshots(home).last())
    (r,) = _review(corpus, item, updates)
    assert r["replaced_by"] == "ke-hoach-57.txt" and r["moved_to"] == "I.3"
    new = propose(item, [r])
    assert (new["document"], new["section"], new["must_include"]) == ("ke-hoach-57.txt", "I.3", ["Sở Tư pháp"])
    assert not check_evidence([new], corpus)
    # the activity the issued plan removed has no new text: only dropping it is offered
    gone = {**item, "id": "timing-9", "section": "I.3", "evidence": "Thời gian thực hiện: Tháng 9/2025.",
            "must_include": ["Tháng 9/2025"], "kind": "timing"}
    (r,) = _review(corpus, gone, updates)
    assert r.get("removed_by_update") and propose(gone, [r]) is None


def test_apply_rewrites_the_set_and_records_drops_with_their_reason(tmp_path):
    path = tmp_path / "set.jsonl"
    other = {**ITEM, "id": "lead-2"}
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in (ITEM, other)), encoding="utf-8")
    with pytest.raises(DecisionError, match="--reason"):
        apply(path, [ITEM, other], {}, {"lead-2"}, "", "set")
    new = {**ITEM, "must_include": ["Sở Tư pháp"], "evidence": "Đơn vị chủ trì: Sở Tư pháp."}
    done = apply(path, [ITEM, other], {"lead-1": new}, {"lead-2"}, "activity removed by the issued plan", "set")
    assert [d.split(":")[0] for d in done] == ["accepted lead-1", "dropped lead-2"]
    assert load_items(path) == [new]
    (record,) = load_items(tmp_path / "dropped.jsonl")
    assert record["reason"] == "activity removed by the issued plan" and record["item"] == other
