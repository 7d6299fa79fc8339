"""The evaluation set is well formed and every quoted evidence really stands in the cited section.

An eval whose gold evidence is stale measures nothing, so these checks guard the set
against edits to the corpus and to the parser. When a check fails, the message names
the item and the section where the quote actually is (useful for debugging the parser).
"""
from __future__ import annotations

import copy
import json
import unicodedata
from pathlib import Path

import pytest

from evals.dataset import (
    MIN_COUNTS,
    DatasetError,
    check_evidence,
    citations,
    describe,
    load_items,
    schema_problems,
    squash,
)

ROOT = Path(__file__).resolve().parents[2]
QA = ROOT / "evals" / "qa.jsonl"
CORPUS = ROOT / "corpus"
UB25 = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return load_items(QA)


def _report(problems: list[dict]) -> str:
    """Print each failing item with the section its evidence was actually found in."""
    text = describe(problems)
    print(text)
    return f"{len(problems)} stale evidence item(s):\n{text}"


def _has_vietnamese_marks(text: str) -> bool:
    text = unicodedata.normalize("NFD", text)
    return "đ" in text.lower() or any(unicodedata.combining(ch) for ch in text)


# --------------------------------------------------------------------------- shape
def test_set_is_well_formed(items):
    problems = schema_problems(items, CORPUS)
    assert not problems, "\n".join(problems)


def test_ids_are_unique_and_prefixed_by_kind(items):
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    for item in items:
        assert item["id"].rsplit("-", 1)[-1].isdigit(), item["id"]


def test_counts_per_kind(items):
    counts = {kind: sum(1 for i in items if i["kind"] == kind) for kind in MIN_COUNTS}
    short = {k: (n, MIN_COUNTS[k]) for k, n in counts.items() if n < MIN_COUNTS[k]}
    assert not short, f"kinds below their minimum (have, need): {short}"
    assert len(items) >= 170


def test_every_document_contributes(items):
    used = {d for i in items for d, _, _ in citations(i)}
    assert used == {p.name for p in CORPUS.glob("*.txt")}


def test_answers_contain_their_must_include(items):
    for item in items:
        answer = squash(item["answer"]).casefold()
        missing = [m for m in item["must_include"] if squash(m).casefold() not in answer]
        assert not missing, f"{item['id']}: answer lacks {missing}"


def test_cross_document_items_cite_parallel_lists(items):
    for item in (i for i in items if i["kind"] == "cross_document"):
        docs, sections, quotes = item["document"], item["section"], item["evidence"]
        assert isinstance(docs, list) and isinstance(sections, list) and isinstance(quotes, list), item["id"]
        assert len(docs) == len(sections) == len(quotes) >= 2, item["id"]
        assert len(set(docs)) >= 2, item["id"]


def test_unanswerable_items_cite_nothing(items):
    for item in (i for i in items if i["kind"] == "unanswerable"):
        assert item["must_include"] == [], item["id"]
        assert item["document"] is None and item["section"] is None and item["evidence"] is None, item["id"]


def test_question_language_matches_kind(items):
    for item in items:
        if item["kind"] == "no_diacritics":
            assert not _has_vietnamese_marks(item["question"]), item["id"]
            assert _has_vietnamese_marks(item["answer"]), f"{item['id']}: answers keep diacritics"
        elif item["kind"] == "english":
            assert item["question"].isascii(), item["id"]


def test_text_is_nfc(items):
    for item in items:
        for field in ("question", "answer"):
            assert unicodedata.is_normalized("NFC", item[field]), (item["id"], field)


# --------------------------------------------------------------------------- evidence
def test_evidence_occurs_in_its_document(items):
    """Runs without the parser: each quote is somewhere in the stated document."""
    problems = check_evidence(items, CORPUS, level="document")
    assert not problems, _report(problems)


def test_evidence_lies_in_the_stated_section(items):
    pytest.importorskip("index.parser")
    problems = check_evidence(items, CORPUS, level="section")
    assert not problems, _report(problems)


# --------------------------------------------------------------------------- the checker can fail
def _item(**overrides) -> dict:
    base = {"id": "probe-001", "question": "Ai chủ trì Bản tin PCI trên kênh truyền hình?", "kind": "lead",
            "answer": "Đài Phát thanh và Truyền hình tỉnh.", "must_include": ["Đài Phát thanh và Truyền hình tỉnh"],
            "document": UB25, "section": "C.II.12.c", "evidence": "Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh."}
    base.update(overrides)
    return base


def test_checker_accepts_a_true_quote_across_line_breaks_and_forms():
    # the quote is hard-wrapped differently and decomposed (NFD); both sides are normalised
    quote = unicodedata.normalize("NFD", "Bản tin PCI: 01 số/tuần,\n 52 số/năm, thời lượng 05 phút/số.")
    assert check_evidence([_item(evidence=quote)], CORPUS, level="document") == []


def test_checker_reports_a_quote_the_document_lacks():
    problems = check_evidence([_item(evidence="Cơ quan chủ trì: Sở Tài chính.")], CORPUS, level="document")
    assert [p["id"] for p in problems] == ["probe-001"]
    assert problems[0]["reason"] == "evidence not in document"


def test_checker_reports_where_a_misplaced_quote_really_is():
    pytest.importorskip("index.parser")
    problems = check_evidence([_item(section="C.I.1")], CORPUS, level="section")
    assert len(problems) == 1
    assert problems[0]["reason"] == "evidence not in stated section"
    assert "C.II.12.c" in problems[0]["found_in"]
    assert "found in: " in describe(problems) and "C.II.12.c" in describe(problems)


def test_checker_reports_an_unknown_section_and_document():
    pytest.importorskip("index.parser")
    problems = check_evidence([_item(section="C.IX.99"), _item(id="probe-002", document="missing.txt")],
                              CORPUS, level="section")
    reasons = {p["id"]: p["reason"] for p in problems}
    assert reasons == {"probe-001": "section not produced by the parser", "probe-002": "document not in corpus"}


def test_schema_check_catches_broken_items(items):
    broken = copy.deepcopy(items)
    broken[0]["kind"] = "guess"
    broken[1]["id"] = broken[2]["id"]
    unans = next(i for i in broken if i["kind"] == "unanswerable")
    unans["document"] = UB25
    cross = next(i for i in broken if i["kind"] == "cross_document")
    cross["section"] = cross["section"][:1]
    problems = "\n".join(schema_problems(broken, CORPUS))
    assert "unknown kind 'guess'" in problems
    assert "duplicate id" in problems
    assert "unanswerable items have document null" in problems
    assert "differ in length" in problems


def test_load_items_names_the_bad_line(tmp_path):
    path = tmp_path / "qa.jsonl"
    path.write_text(json.dumps({"id": "x"}) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="line 3"):
        load_items(path)
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="expected a JSON object"):
        load_items(path)


def test_a_section_named_without_its_outer_labels_resolves_to_the_parsers_path(tmp_path):
    pytest.importorskip("index.parser")
    from evals.dataset import resolve_sections

    (tmp_path / "kh.txt").write_text(
        "KẾ HOẠCH\nChuyển đổi số năm 2026\nPHẦN I. KẾT QUẢ\nI. KẾT QUẢ ĐẠT ĐƯỢC\n1. Nhận thức số\nII. TỒN TẠI\n"
        "- Thiếu nhân lực.\nPHẦN II. KẾ HOẠCH\nI. MỤC TIÊU\nII. NHIỆM VỤ\n2.1. Thể chế\n2.2. Dữ liệu\n"
        "2.2.1. Kho dữ liệu dùng chung\n- Cơ quan chủ trì: Trung tâm Chuyển đổi số.\n", encoding="utf-8")
    short = _item(document="kh.txt", section="2.2.1", evidence="Cơ quan chủ trì: Trung tâm Chuyển đổi số.")
    ambiguous = _item(id="probe-002", document="kh.txt", section="II", evidence="Thiếu nhân lực.")
    assert check_evidence([short], tmp_path, level="section") == []
    assert [p["reason"] for p in check_evidence([ambiguous], tmp_path, level="section")] == \
        ["section not produced by the parser"]  # Phần I.II or Phần II.II: not said, so not guessed
    assert [i["section"] for i in resolve_sections([short, ambiguous], tmp_path)] == ["Phần II.II.2.2.1", "II"]


def test_a_file_named_for_the_plan_its_decision_carries_means_the_part_holding_the_quote(tmp_path):
    pytest.importorskip("index.parser")
    from evals.dataset import resolve_sections

    (tmp_path / "qd.txt").write_text(
        "QUYẾT ĐỊNH\nBan hành Kế hoạch tuyên truyền năm 2026\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền năm 2026.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nLò Văn Pao\n"
        "KẾ HOẠCH\nTuyên truyền năm 2026\n(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 12/3/2026)\n"
        "I. NHIỆM VỤ\n1. Tổ chức hội nghị tập huấn.\n- Đơn vị chủ trì: Sở Nội vụ.\n", encoding="utf-8")
    plan = _item(document="qd.txt", section="mục I.1", evidence="Đơn vị chủ trì: Sở Nội vụ.")
    decision = _item(id="probe-002", document="qd.txt", section="Điều 2", evidence="có hiệu lực kể từ ngày ký")
    assert check_evidence([plan, decision], tmp_path, level="section") == []
    assert [(i["document"], i["section"]) for i in resolve_sections([plan, decision], tmp_path)] == \
        [("qd.txt#2", "I.1"), ("qd.txt", "Điều 2")]


def test_a_quote_of_a_table_cell_with_line_breaks_is_found_in_its_row(tmp_path):
    pytest.importorskip("index.parser")
    (tmp_path / "kh.md").write_text(
        "KẾ HOẠCH\n\nThử năm 2026\n\nI. NHIỆM VỤ\n\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |\n"
        "|---|---|---|---|\n| 1 | Hội nghị tập huấn | Sở Nội vụ | Sở Tài chính<br>Sở Tư pháp |\n", encoding="utf-8")
    item = _item(document="kh.md", section="I.1", evidence="Sở Tài chính, Sở Tư pháp")
    assert check_evidence([item], tmp_path, level="section") == []
    assert check_evidence([{**item, "section": "I"}], tmp_path, level="section") == []
