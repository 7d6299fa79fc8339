"""The plan diff engine on small plans written here: matching by content, field changes, replacements, snapshots,
and the command line (``assistant diff``, the summary ``assistant ingest`` prints after an update)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from index.plan_diff import (PlanSnapshots, diff_plans, match, read_plan, replaces, update_snapshots)

DRAFT = """ỦY BAN NHÂN DÂN
TỈNH AN HÒA
Số: /KH-UBND

An Hòa, ngày tháng năm 2025

Dự thảo

KẾ HOẠCH
Truyền thông về chuyển đổi số tỉnh An Hòa năm 2025

Triển khai thực hiện các văn bản của cấp trên, UBND tỉnh ban hành Kế hoạch như sau:

I. NHIỆM VỤ

1. Xây dựng chuyên mục chuyển đổi số trên sóng phát thanh của Đài tỉnh

- Đơn vị chủ trì: Đài Phát thanh và Truyền hình tỉnh.
- Đơn vị phối hợp: Sở Khoa học và Công nghệ.
- Thời gian thực hiện: Quý II/2025.
- Tần suất: 01 số/tháng.

2. Phát hành bản tin cải cách hành chính hằng quý

- Đơn vị chủ trì: Sở Nội vụ.
- Đơn vị phối hợp: Văn phòng UBND tỉnh.
- Thời gian thực hiện: Hằng quý.

3. Tổ chức hội thi tìm hiểu dịch vụ công trực tuyến cho đoàn viên thanh niên

- Đơn vị chủ trì: Tỉnh đoàn.
- Thời gian thực hiện: Tháng 9/2025.

4. Cập nhật chuyên trang thủ tục hành chính trên Cổng thông tin điện tử tỉnh

- Đơn vị chủ trì: Văn phòng UBND tỉnh.
- Thời gian thực hiện: Thường xuyên.

II. TỔ CHỨC THỰC HIỆN

Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.
"""


def issued(text: str = DRAFT) -> str:
    """The issued plan: numbered, not a draft, one lead changed, one activity removed, one added before the rest."""
    text = text.replace("Số: /KH-UBND", "Số: 57/KH-UBND").replace("\nDự thảo\n", "\n")
    text = text.replace("- Đơn vị chủ trì: Sở Nội vụ.", "- Đơn vị chủ trì: Sở Tư pháp.")
    start = text.index("3. Tổ chức hội thi")
    end = text.index("4. Cập nhật chuyên trang")
    text = text[:start] + text[end:].replace("4. Cập nhật chuyên trang", "3. Cập nhật chuyên trang", 1)
    added = ("1. Mở lớp tập huấn kỹ năng số cho cán bộ một cửa cấp xã\n\n- Đơn vị chủ trì: Sở Thông tin và Truyền "
             "thông.\n- Thời gian thực hiện: Quý III/2025.\n\n")
    text = text.replace("1. Xây dựng chuyên mục", added + "2. Xây dựng chuyên mục", 1)
    return text.replace("2. Phát hành bản tin", "3. Phát hành bản tin", 1).replace(
        "3. Cập nhật chuyên trang", "4. Cập nhật chuyên trang", 1)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def plans(tmp_path):
    old = read_plan(write(tmp_path / "a", "du-thao.txt", DRAFT))
    new = read_plan(write(tmp_path / "b", "ke-hoach-57.txt", issued()))
    return old, new


def test_a_plan_is_read_into_activities_with_their_fields(plans):
    old, _ = plans
    assert old.draft and not old.number[:1].isdigit()
    assert [a.section for a in old.activities] == ["I.1", "I.2", "I.3", "I.4"]
    radio = old.activities[0]
    assert radio.fields["lead"] == "Đài Phát thanh và Truyền hình tỉnh"
    assert radio.fields["coordinators"] == "Sở Khoa học và Công nghệ"
    assert radio.fields["timing"] == "Quý II/2025" and radio.fields["frequency"].startswith("01 số/tháng")
    assert radio.lines["lead"].endswith("Đài Phát thanh và Truyền hình tỉnh.")


def test_activities_are_matched_by_content_not_position(plans):
    old, new = plans
    d = diff_plans(old, new, replaces(new, old) or "")
    # the inserted activity renumbered the others: they are still the same tasks
    assert d.moved == {"I.1": "I.2", "I.2": "I.3"}
    assert [c.old.section + "→" + c.new.section for c in d.changed] == ["I.2→I.3"]
    (change,) = d.changed[0].changes
    assert (change.field, change.before, change.after) == ("lead", "Sở Nội vụ", "Sở Tư pháp")
    assert [a.heading[:20] for a in d.added] == ["Mở lớp tập huấn kỹ n"]
    assert [a.section for a in d.removed] == ["I.3"] and d.removed[0].heading.startswith("Tổ chức hội thi")
    assert d.unchanged == 2
    assert {(m.field, m.after) for m in d.meta} >= {("number", "57/KH-UBND"), ("draft", "False")}


def test_every_compared_field_is_reported_with_both_sides(tmp_path):
    edited = (DRAFT.replace("Quý II/2025", "Quý IV/2025").replace("01 số/tháng", "02 số/tháng")
              .replace("- Đơn vị phối hợp: Sở Khoa học và Công nghệ.", "- Đơn vị phối hợp: Sở Tài chính.")
              .replace("- Thời gian thực hiện: Hằng quý.", "- Thời gian thực hiện: Hằng quý.\n- Sản phẩm: 04 bản tin."))
    d = diff_plans(read_plan(write(tmp_path / "a", "p.txt", DRAFT)), read_plan(write(tmp_path / "b", "p.txt", edited)))
    got = {(c.new.section, f.field, f.before, f.after) for c in d.changed for f in c.changes}
    assert got == {("I.1", "timing", "Quý II/2025", "Quý IV/2025"), ("I.1", "frequency", "01 số/tháng", "02 số/tháng"),
                   ("I.1", "coordinators", "Sở Khoa học và Công nghệ", "Sở Tài chính"),
                   ("I.2", "output", "", "04 bản tin")}
    assert not d.added and not d.removed


def test_rare_heading_words_decide_the_match():
    class A:
        def __init__(self, heading):
            self.heading = heading

    old = [A("Thực hiện bản tin PCI trên truyền hình"), A("Thực hiện chuyên mục cải cách hành chính trên truyền hình")]
    new = [A("Thực hiện chuyên mục cải cách hành chính trên sóng truyền hình tỉnh"), A("Thực hiện bản tin PCI hằng tuần")]
    pairs = match(old, new)
    assert [(o.heading[:22], n.heading[:22]) for o, n in pairs] == [
        ("Thực hiện chuyên mục c", "Thực hiện chuyên mục c"), ("Thực hiện bản tin PCI ", "Thực hiện bản tin PCI ")]
    assert match(old, [A("Tổ chức hội nghị tổng kết")]) == []


def test_which_document_replaces_which(plans, tmp_path):
    old, new = plans
    assert replaces(new, old) == "issued plan replaces the draft"
    other = read_plan(write(tmp_path / "c", "khac.txt", DRAFT.replace("Truyền thông về chuyển đổi số",
                                                                        "Kiểm tra công tác văn thư lưu trữ")))
    assert replaces(other, old) is None
    renamed = read_plan(write(tmp_path / "d", "ban-sua.txt", issued().replace("chuyển đổi số tỉnh An Hòa năm 2025",
                                                                               "CĐS năm 2025 (sửa đổi)")))
    assert replaces(renamed, new) == "same number 57/KH-UBND"


def test_snapshots_diff_an_update_and_a_replacement(tmp_path):
    corpus, home = tmp_path / "corpus", tmp_path / "home"
    write(corpus, "du-thao.txt", DRAFT)
    assert update_snapshots(corpus, home) == []  # the first ingest: nothing to compare with
    assert (home / "plans" / "du-thao.txt.json").exists()
    (corpus / "du-thao.txt").unlink()
    write(corpus, "ke-hoach-57.txt", issued())
    (d,) = update_snapshots(corpus, home)
    assert (d.old.document, d.new.document, d.reason) == ("du-thao.txt", "ke-hoach-57.txt",
                                                          "issued plan replaces the draft")
    assert not (home / "plans" / "du-thao.txt.json").exists()
    last = PlanSnapshots(home).last()
    assert last["diffs"][0]["changed"][0]["changes"] == [{"field": "lead", "before": "Sở Nội vụ", "after": "Sở Tư pháp"}]
    write(corpus, "ke-hoach-57.txt", issued().replace("Quý III/2025", "Quý IV/2025"))
    (d,) = update_snapshots(corpus, home)
    assert d.reason == "same document, new version" and d.changed[0].changes[0].after == "Quý IV/2025"
    assert update_snapshots(corpus, home) == []  # nothing changed since


def test_cli_diff_prints_text_and_json(tmp_path, capsys):
    from assistant.cli import cmd_diff
    from assistant.config import Settings

    a, b = write(tmp_path / "a", "du-thao.txt", DRAFT), write(tmp_path / "b", "ke-hoach-57.txt", issued())
    settings = Settings(_env_file=None, corpus_dir=tmp_path / "a", home=tmp_path / "home")
    assert cmd_diff(argparse.Namespace(old="du-thao.txt", new=str(b), json=False), settings) == 0
    text = capsys.readouterr().out
    assert "issued plan replaces the draft" in text and "lead: Sở Nội vụ → Sở Tư pháp" in text
    assert "+ I.1 Mở lớp tập huấn" in text and "- I.3 Tổ chức hội thi" in text
    assert cmd_diff(argparse.Namespace(old=str(a), new=str(b), json=True), settings) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["changed"][0]["old_section"] == "I.2" and data["changed"][0]["new_section"] == "I.3"
    assert cmd_diff(argparse.Namespace(old="missing.txt", new=str(b), json=False), settings) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_ingest_prints_the_plan_diff_when_the_issued_plan_replaces_the_draft(tmp_settings, embedder, capsys):
    from assistant.cli import cmd_ingest

    args = argparse.Namespace(quiet=True, strict=False)
    write(tmp_settings.corpus_dir, "du-thao.txt", DRAFT)
    assert cmd_ingest(args, tmp_settings) == 0
    assert "plan changed" not in capsys.readouterr().out
    (tmp_settings.corpus_dir / "du-thao.txt").unlink()
    write(tmp_settings.corpus_dir, "ke-hoach-57.txt", issued())
    assert cmd_ingest(args, tmp_settings) == 0
    out = capsys.readouterr().out
    assert "du-thao.txt → ke-hoach-57.txt (issued plan replaces the draft)" in out
    assert "lead: Sở Nội vụ → Sở Tư pháp" in out and "number:" in out
