"""What the last plan update changed, answered in chat and cited on both sides (assistant/plan_changes.py)."""
import json
from types import SimpleNamespace

from assistant import plan_changes
from assistant.answers import Answer
from index.normalize import fold

UPDATE = {"created": "2026-12-06T00:00:00+00:00", "diffs": [{
    "old": {"document": "du-thao.txt", "title": "Dự thảo kế hoạch truyền thông năm 2026"},
    "new": {"document": "chinh-thuc.txt", "title": "Kế hoạch truyền thông năm 2026"},
    "changed": [{"heading": "Phát sóng chuyên mục cải cách hành chính", "old_section": "II.3", "new_section": "II.4",
                 "changes": [{"field": "lead", "before": "Đài Phát thanh", "after": "Báo tỉnh"},
                             {"field": "timing", "before": "Quý II/2026", "after": "Quý III/2026"}]}],
    "added": [{"section": "II.7", "heading": "Tổ chức cuộc thi trực tuyến"}],
    "removed": [{"section": "II.5", "heading": "In tờ rơi"}], "moved": {}, "unchanged": 9}]}


def _engine(tmp_path, update=UPDATE):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "last-update.json").write_text(json.dumps(update, ensure_ascii=False), encoding="utf-8")
    return SimpleNamespace(settings=SimpleNamespace(home=tmp_path))


def _ask(engine, text, lang="vi"):
    base = Answer(question=text, answer="", grounded=False, language=lang, kind="compare")
    return plan_changes.answer(engine, text, fold(text), base)


def test_the_update_is_the_answer_cited_on_both_sides(tmp_path):
    a = _ask(_engine(tmp_path), "Bản chính thức khác gì bản dự thảo?")
    assert a.grounded and "1 hoạt động thay đổi, 1 thêm, 1 bỏ" in a.answer
    assert "mục II.4 (bản trước: mục II.3)" in a.answer and "chủ trì: Đài Phát thanh → Báo tỉnh" in a.answer
    assert {(c.document, c.section) for c in a.citations} >= {("chinh-thuc.txt", "II.4"), ("du-thao.txt", "II.3"),
                                                            ("chinh-thuc.txt", "II.7"), ("du-thao.txt", "II.5")}


def test_a_field_named_keeps_that_field(tmp_path):
    a = _ask(_engine(tmp_path), "Kế hoạch mới thay đổi đơn vị chủ trì ở những việc nào?")
    assert "Báo tỉnh" in a.answer and "Quý III" not in a.answer and "thêm mục" not in a.answer


def test_no_update_no_answer_and_two_years_are_no_update(tmp_path):
    assert _ask(_engine(tmp_path, {"diffs": []}), "Bản chính thức khác gì bản dự thảo?") is None
    assert not plan_changes.asks_update(fold("Kế hoạch 2025 khác kế hoạch 2023 ở điểm nào?"), (2025, 2023))
    assert plan_changes.asks_update(fold("Bản chính thức khác gì bản dự thảo?"), ())


def test_a_field_the_update_did_not_change_is_said_so(tmp_path):
    update = {"diffs": [{**UPDATE["diffs"][0], "changed": []}]}
    a = _ask(_engine(tmp_path, update), "Kế hoạch mới thay đổi đơn vị chủ trì ở những việc nào?")
    assert a.grounded and "không thay đổi chủ trì ở hoạt động nào" in a.answer and "1 thêm, 1 bỏ" in a.answer
