"""Per-item history: the reference run, the four kinds of change, acknowledgements."""
from __future__ import annotations

import json

import pytest

from evals.history import HistoryError, compare, find_reference, read_acknowledged


def outcome(id, ok=True, answer="Sở Nội vụ chủ trì.", cited=("p.txt § I.2",), stale=False, kind="lead"):
    return {"id": id, "kind": kind, "question": f"câu hỏi {id}?", "answer": answer, "citations": list(cited),
            "grounded": True, "answer_ok": ok, "citation_ok": True, "stale": stale, "error": None, "missing": []}


def test_the_four_kinds_of_change_with_both_sides():
    before = [outcome("a"), outcome("b", ok=False), outcome("c"), outcome("d"), outcome("e")]
    after = [outcome("a", ok=False, answer="Không rõ."), outcome("b"), outcome("c", answer="Sở Nội vụ chủ trì (I.2)."),
             outcome("d", cited=("p.txt § I.3",)), outcome("e"), outcome("f")]
    g = compare(before, after, "five_plans", {}, "20260101T000000Z")
    assert [e["id"] for e in g["newly_failing"]] == ["a"]
    assert g["newly_failing"][0]["before"]["answer"] == "Sở Nội vụ chủ trì." and g["newly_failing"][0]["after"]["passed"] is False
    assert [e["id"] for e in g["newly_passing"]] == ["b"]
    assert [e["id"] for e in g["answer_changed"]] == ["c"]
    assert [e["id"] for e in g["citation_moved"]] == ["d"]
    assert g["new_items"] == ["f"] and g["passed"] is False and g["blocking"] == ["a"]


def test_an_acknowledged_item_does_not_fail_the_gate_but_is_still_listed():
    g = compare([outcome("a")], [outcome("a", ok=False)], "five_plans", {"a": {"id": "a", "reason": "plan changed"}}, "r")
    assert g["passed"] is True and g["acknowledged"] == ["a"]
    assert g["newly_failing"][0]["acknowledged"] == "plan changed"
    other_split = compare([outcome("a")], [outcome("a", ok=False)], "new_plans",
                          {"a": {"id": "a", "reason": "x", "split": "five_plans"}}, "r")
    assert other_split["passed"] is False


def test_stale_items_and_the_first_run_are_not_compared():
    g = compare([], [outcome("a", ok=False)], "five_plans", {}, None)
    assert g["passed"] is True and not g["newly_failing"] and not g["new_items"]
    g = compare([outcome("a")], [outcome("a", ok=False, stale=True)], "five_plans", {}, "r")
    assert g["passed"] is True and not g["newly_failing"]


def _run(root, name, split, accepted, items=()):
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "result.json").write_text(json.dumps({"split": split, "accepted": accepted, "systems": {
        "assistant": {"items": list(items)}}}), encoding="utf-8")
    return folder


def test_the_reference_is_the_newest_accepted_run_of_the_same_split(tmp_path):
    assert find_reference(tmp_path / "none", "five_plans") is None
    _run(tmp_path, "20260101T000000Z", "five_plans", True)
    _run(tmp_path, "20260102T000000Z", "five_plans", False)  # failed: rerunning must not hide its regression
    _run(tmp_path, "20260103T000000Z", "generated", True)
    (tmp_path / "latest").mkdir()
    name, _ = find_reference(tmp_path, "five_plans")
    assert name == "20260101T000000Z"
    assert find_reference(tmp_path, "five_plans", against="20260102T000000Z")[0] == "20260102T000000Z"
    assert find_reference(tmp_path, "x", against=str(tmp_path / "20260103T000000Z" / "result.json"))[0] == \
        "20260103T000000Z"
    with pytest.raises(HistoryError, match="--against nope"):
        find_reference(tmp_path, "five_plans", against="nope")


def test_older_results_count_as_accepted_when_their_gate_passed(tmp_path):
    folder = tmp_path / "20250101T000000Z"
    folder.mkdir()
    (folder / "result.json").write_text(json.dumps({"split": "five_plans", "gate": {"passed": True},
                                                    "systems": {}}), encoding="utf-8")
    assert find_reference(tmp_path, "five_plans")[0] == folder.name


def test_acknowledgements_need_a_reason(tmp_path):
    path = tmp_path / "acknowledged.jsonl"
    assert read_acknowledged(path) == {}
    path.write_text('{"id": "lead-1", "reason": "the plan moved this duty"}\n\n', encoding="utf-8")
    assert read_acknowledged(path)["lead-1"]["reason"] == "the plan moved this duty"
    path.write_text('{"id": "lead-1"}\n', encoding="utf-8")
    with pytest.raises(HistoryError, match="line 1: an acknowledgement needs an id and a reason"):
        read_acknowledged(path)
    path.write_text('{"id": \n', encoding="utf-8")
    with pytest.raises(HistoryError, match="not valid JSON"):
        read_acknowledged(path)
