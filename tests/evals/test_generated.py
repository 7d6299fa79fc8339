"""Generated regression items: facts from every activity, one file per document with its sha256, changed facts
waiting for a decision, a bounded deterministic sample. Small plans written in tests/index/test_plan_diff.py."""
from __future__ import annotations

from evals.dataset import check_evidence
from evals.generated import SAMPLE_FACTS, fact_changes, items_of, read_file, refresh
from evals.runner import item_problems
from index.normalize import fold
from index.plan_diff import read_plan
from tests.index.test_plan_diff import DRAFT, issued, write


def test_every_fact_of_every_activity_with_and_without_diacritics(tmp_path):
    path = write(tmp_path / "corpus", "du-thao.txt", DRAFT)
    items = items_of(read_plan(path))
    assert not item_problems(items)
    assert not check_evidence(items, tmp_path / "corpus")  # each quotes its field line, in its section
    assert {i["kind"] for i in items if i["section"] == "I.1"} == {"lead", "coordinators", "timing", "frequency"}
    lead = next(i for i in items if i["section"] == "I.1" and i["kind"] == "lead" and not i["id"].endswith("-kd"))
    assert lead["must_include"] == ["Đài Phát thanh và Truyền hình tỉnh"]
    assert "chủ trì" in lead["question"] and "xây dựng chuyên mục chuyển đổi số" in lead["question"]
    twin = next(i for i in items if i["id"] == lead["id"] + "-kd")
    assert twin["question"] == fold(lead["question"]) and twin["must_include"] == lead["must_include"]
    assert len([i for i in items if i["section"] == "I.1"]) == 8


def test_files_are_written_once_and_read_back_while_the_document_is_unchanged(tmp_path):
    corpus, folder = tmp_path / "corpus", tmp_path / "generated"
    write(corpus, "du-thao.txt", DRAFT)
    first = refresh(corpus, folder)
    assert first.written == ["du-thao.txt.jsonl"] and not first.pending
    header, items = read_file(folder / "du-thao.txt.jsonl")
    assert header["document"] == "du-thao.txt" and len(header["sha256"]) == 64 and header["items"] == len(items)
    (corpus / "du-thao.txt").write_text(DRAFT, encoding="utf-8")  # same bytes: the file is read, not regenerated
    again = refresh(corpus, folder)
    assert again.items == items and not again.written and not again.pending


def test_a_changed_lead_is_a_fact_change_waiting_to_be_accepted(tmp_path):
    corpus, folder = tmp_path / "corpus", tmp_path / "generated"
    write(corpus, "du-thao.txt", DRAFT)
    refresh(corpus, folder)
    before = (folder / "du-thao.txt.jsonl").read_bytes()
    write(corpus, "du-thao.txt", DRAFT.replace("- Đơn vị chủ trì: Sở Nội vụ.", "- Đơn vị chủ trì: Sở Tư pháp."))
    g = refresh(corpus, folder)
    (update,) = g.pending
    (change,) = update.changes
    assert change.change == "changed" and change.before["fact"]["value"] == "Sở Nội vụ"
    assert change.after["fact"]["value"] == "Sở Tư pháp" and change.after["section"] == "I.2"
    assert (folder / "du-thao.txt.jsonl").read_bytes() == before  # nothing rewritten until accepted
    assert any(i["must_include"] == ["Sở Tư pháp"] for i in g.items)  # today's facts are what is scored
    assert change.after["id"] in update.ids()
    update.accept()
    assert not refresh(corpus, folder).pending


def test_an_edit_that_moves_no_fact_rewrites_the_file_silently(tmp_path):
    corpus, folder = tmp_path / "corpus", tmp_path / "generated"
    write(corpus, "p.txt", DRAFT)
    refresh(corpus, folder)
    write(corpus, "p.txt", DRAFT.replace("Các cơ quan, đơn vị triển khai", "Các cơ quan, đơn vị nghiêm túc triển khai"))
    g = refresh(corpus, folder)
    assert not g.pending and g.written == ["p.txt.jsonl"]


def test_the_issued_plan_is_compared_with_its_draft_facts(tmp_path):
    corpus, folder = tmp_path / "corpus", tmp_path / "generated"
    write(corpus, "du-thao.txt", DRAFT)
    refresh(corpus, folder)
    (corpus / "du-thao.txt").unlink()
    write(corpus, "ke-hoach-57.txt", issued())
    g = refresh(corpus, folder)
    (update,) = g.pending
    assert update.reason.startswith("replaces du-thao.txt (issued plan replaces the draft)")
    kinds = {(c.change, c.key.rsplit("-", 1)[-1]) for c in update.changes}
    # lead changed (renumbered I.2 → I.3, same fact key), the new activity's facts added, the removed one's gone
    assert ("changed", "lead") in kinds and ("added", "lead") in kinds and ("removed", "lead") in kinds
    changed = next(c for c in update.changes if c.change == "changed")
    assert (changed.before["section"], changed.after["section"]) == ("I.2", "I.3")
    update.accept()
    assert sorted(p.name for p in folder.iterdir()) == ["ke-hoach-57.txt.jsonl"]


def test_a_new_plan_needs_no_decision_and_the_sample_is_bounded_and_stable(tmp_path):
    corpus, folder = tmp_path / "corpus", tmp_path / "generated"
    write(corpus, "du-thao.txt", DRAFT)
    refresh(corpus, folder)
    many = DRAFT.replace("II. TỔ CHỨC", "".join(
        f"{n}. Tổ chức tọa đàm chuyên đề số {n} về chính quyền số\n\n- Đơn vị chủ trì: Sở Nội vụ.\n"
        f"- Thời gian thực hiện: Tháng {n}/2025.\n\n" for n in range(5, 12)) + "II. TỔ CHỨC")
    write(corpus, "moi.txt", many.replace("chuyển đổi số tỉnh An Hòa", "cải cách hành chính huyện Bình Sơn"))
    g = refresh(corpus, folder)
    assert "moi.txt.jsonl" in g.written and not g.pending
    sample = g.sample()
    per_doc = {}
    for i in sample:
        per_doc.setdefault(i["document"], set()).add(i["fact"]["key"].removesuffix("-kd"))
    assert len(per_doc["moi.txt"]) == SAMPLE_FACTS and len(per_doc["du-thao.txt"]) <= SAMPLE_FACTS
    assert [i["id"] for i in refresh(corpus, folder).sample()] == [i["id"] for i in sample]
    assert len(g.sample(0)) == len(g.items)


def test_touched_facts_are_always_in_the_sample(tmp_path):
    corpus, folder = tmp_path / "corpus", tmp_path / "generated"
    text = DRAFT.replace("II. TỔ CHỨC", "".join(
        f"{n}. Tổ chức tọa đàm chuyên đề số {n} về chính quyền số\n\n- Đơn vị chủ trì: Sở Nội vụ.\n"
        f"- Thời gian thực hiện: Tháng {n}/2025.\n\n" for n in range(5, 12)) + "II. TỔ CHỨC")
    write(corpus, "p.txt", text)
    refresh(corpus, folder)
    for n in range(5, 12):
        text = text.replace(f"Tháng {n}/2025.", f"Tháng {n}/2026.")
    write(corpus, "p.txt", text)
    g = refresh(corpus, folder)
    changed = {c.after["id"] for c in g.changes()}
    assert len(changed) == 8  # the seven added, and activity 3 (also "Tháng 9/2025")
    assert changed <= {i["id"] for i in g.sample(1)}


def test_fact_changes_compare_by_key_not_by_id():
    a = {"id": "gen-x-1-lead", "must_include": ["A"], "fact": {"key": "k-lead", "value": "A"}}
    b = {**a, "id": "gen-y-1-lead"}
    assert fact_changes([a], [b]) == []
    c = {**a, "must_include": ["B"], "fact": {"key": "k-lead", "value": "B"}}
    assert [x.change for x in fact_changes([a], [c])] == ["changed"]


def test_a_parser_change_regenerates_the_facts_of_unchanged_documents(tmp_path, monkeypatch):
    import evals.generated as generated

    corpus, folder = tmp_path / "corpus", tmp_path / "generated"
    write(corpus, "p.txt", DRAFT)
    refresh(corpus, folder)
    assert not refresh(corpus, folder).written
    monkeypatch.setattr(generated, "_index_version", lambda: 999)  # what bumping INDEX_VERSION does
    g = refresh(corpus, folder)
    assert g.written == ["p.txt.jsonl"] and not g.pending  # same facts: rewritten, nothing to decide
    assert read_file(folder / "p.txt.jsonl")[0]["index_version"] == 999
