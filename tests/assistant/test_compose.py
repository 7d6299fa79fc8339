"""Answers composed from many sections: a unit's duties, a period, a plan's tasks, and a table plan added anew."""
from __future__ import annotations

import shutil

import pytest

from evals.runner import NEW_PLANS_DIR

PROVINCE = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"


def _sections(answer):
    return {(c.document, c.section) for c in answer.citations}


@pytest.mark.slow
def test_unit_duties_resolve_initials(qna):
    a = qna.ask("Đài PT-TH tỉnh được giao những việc gì?").answer
    assert a.grounded and "Đài Phát thanh và Truyền hình tỉnh chủ trì 3 hoạt động" in a.answer
    assert {(PROVINCE, s) for s in ("C.I.2.a", "C.I.2.b", "C.II.12.c")} <= _sections(a)


@pytest.mark.slow
def test_two_units_in_one_question(qna):
    a = qna.ask("Tỉnh đoàn và Công an tỉnh lần lượt chủ trì hoạt động gì?").answer
    assert "Tỉnh đoàn" in a.answer and "Công an tỉnh" in a.answer
    assert {(PROVINCE, "C.I.3.đ"), (PROVINCE, "C.I.3.e")} <= _sections(a)


@pytest.mark.slow
def test_period_lists_what_falls_in_it(qna):
    a = qna.ask("Những hoạt động nào thực hiện trong quý III/2025?").answer
    assert {(PROVINCE, s) for s in ("C.I.3.a", "C.I.3.c", "C.II.4")} == _sections(a)


@pytest.mark.slow
def test_plan_tasks_and_follow_up(qna):
    a = qna.ask("Kế hoạch 281 giao những nhiệm vụ cụ thể nào?").answer
    assert "6 nhiệm vụ" in a.answer and len(a.citations) == 6
    first = qna.ask("Sở Tư pháp chủ trì những hoạt động nào?")
    again = qna.ask("còn Sở Nội vụ thì sao?", first.conversation_id).answer
    assert again.answer.startswith("Nhiệm vụ của Sở Nội vụ") or "Sở Nội vụ chủ trì" in again.answer


@pytest.mark.slow
def test_words_alone_never_decline(qna):
    """Asked who, a question naming a phone line needs no phone number: it is read as "who" — answered with a
    unit, or (issue 20: "grounded" must hold the kind of value asked) declined because no section found names
    one, never because the plans give no number."""
    from assistant.extractive import _UNIT_IN_TEXT

    a = qna.ask("Ai chủ trì việc công khai số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị?").answer
    assert a.kind == "lead" and "không nêu số điện thoại" not in a.answer, a.answer
    assert not a.grounded or _UNIT_IN_TEXT.search(a.answer), a.answer
    assert not qna.ask("Số điện thoại đường dây nóng là số nào?").answer.grounded  # no plan gives the number


@pytest.mark.slow
def test_a_word_table_plan_added_to_the_corpus(tmp_settings, embedder):
    """A district plan whose tasks sit in a Word table: a row's lead and path, and every row a unit leads."""
    from assistant.conversation import MemoryConversationStore
    from assistant.extractive import ExtractiveAnswerer
    from assistant.service import Assistant
    from index.ingest import ingest
    from index.retrieval import SearchEngine

    for name in ("2025-huyen-dong-xuan-ke-hoach-cchc.docx", "2024-huyen-dong-xuan-ke-hoach-cchc.txt"):
        shutil.copy(NEW_PLANS_DIR / "corpus" / name, tmp_settings.corpus_dir)
    report = ingest(tmp_settings, embedder=embedder)
    assert not report.failed
    engine = SearchEngine.open(tmp_settings, embedder=embedder)
    qna = Assistant(tmp_settings, engine, ExtractiveAnswerer(engine), MemoryConversationStore())
    doc = "2025-huyen-dong-xuan-ke-hoach-cchc.docx"

    lead = qna.ask("Ai chủ trì việc rà soát, hệ thống hóa văn bản quy phạm pháp luật của huyện?").answer
    assert "Phòng Tư pháp" in lead.answer and (doc, "III.I.1") in _sections(lead), lead.answer

    duties = qna.ask("Phòng Tư pháp được giao những việc gì?").answer
    rows = {a.section for a in engine.register.activities if a.document == doc
            and any(engine.register.units[k].name.startswith("Phòng Tư pháp") for k in a.units.get("lead", []))}
    assert rows and {(doc, r) for r in rows} <= _sections(duties), duties.answer

    # two years of one district's plan: tasks matched by their rarer words, not by "tiếp nhận, giải quyết TTHC"
    old_doc = "2024-huyen-dong-xuan-ke-hoach-cchc.txt"
    new_tasks = qna.ask("Nhiệm vụ nào mới có trong kế hoạch CCHC 2025 của huyện Đồng Xuân so với năm 2024?").answer
    assert (doc, "III.II.4") in _sections(new_tasks) and (doc, "III.IV.2") not in _sections(new_tasks)
    dropped = qna.ask("Những nhiệm vụ nào có trong kế hoạch 2024 của huyện Đồng Xuân mà kế hoạch 2025 không còn?")
    assert (old_doc, "III.2.b") in _sections(dropped.answer), dropped.answer.answer

    # one task in two years: the pair that is the same task, though the unit named fits another row better
    pair = qna.ask("Kiểm tra công vụ năm 2025 có còn Văn phòng HĐND và UBND huyện phối hợp như năm 2024 không?").answer
    assert {(old_doc, "III.4.b"), (doc, "III.IV.2")} == _sections(pair), pair.answer

    # the groups the tasks sit in, each with its count
    groups = qna.ask("Kế hoạch CCHC 2024 của huyện Đồng Xuân gồm những nhóm nhiệm vụ nào?").answer
    assert "Cải cách thể chế (2 nhiệm vụ)" in groups.answer and (old_doc, "III.6") in _sections(groups), groups.answer

    # a period's activities name their lead unit
    period = qna.ask("Quý III/2025 huyện Đồng Xuân phải làm những việc gì?").answer
    assert (doc, "III.VII.3") in _sections(period) and "— Phòng Nội vụ" in period.answer, period.answer


@pytest.mark.slow
def test_a_two_year_commune_plan_read_by_year_unit_and_deadline(tmp_settings, embedder):
    """A commune plan for 2026 - 2027 with a schedule table and a "Tổ chức thực hiện" headed by unit names: a
    year of it is a period, a year it does not reach is no plan of it, the unit a duty sits under answers who,
    a row whose cell says "(do … tổ chức)" has its lead, and a duty's two report deadlines are both given."""
    from assistant.conversation import MemoryConversationStore
    from assistant.extractive import ExtractiveAnswerer
    from assistant.service import Assistant
    from index.ingest import ingest
    from index.retrieval import SearchEngine

    (tmp_settings.corpus_dir / "2026-xa-an-binh-ke-hoach.md").write_text(
        "ỦY BAN NHÂN DÂN\n\nXÃ AN BÌNH\n\nSố: 09/KH-UBND\n\nAn Bình, ngày 12 tháng 01 năm 2026\n\n"
        "KẾ HOẠCH\n\nTuyên truyền chuyển đổi số trên địa bàn xã An Bình giai đoạn 2026 - 2027\n\n"
        "I. MỤC ĐÍCH\n\nNâng cao nhận thức của người dân về chuyển đổi số.\n\n"
        "II. LỊCH TUYÊN TRUYỀN\n\n<table>\n<tr><th>Thời gian</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th></tr>\n"
        "<tr><td>Tháng 4/2026</td><td>Ngày hội hướng dẫn cài đặt ứng dụng định danh điện tử</td>"
        "<td>Công an xã</td><td>Đoàn Thanh niên xã</td></tr>\n"
        "<tr><td>Tháng 9/2026</td><td>Hội thi tìm hiểu kỹ năng số cho hội viên phụ nữ</td>"
        "<td>Hội Liên hiệp Phụ nữ xã</td><td>Văn phòng HĐND và UBND xã</td></tr>\n"
        "<tr><td>Quý II/2027</td><td>Lớp bồi dưỡng thanh toán không dùng tiền mặt cho tiểu thương chợ</td>"
        "<td>Phòng Kinh tế</td><td>Ban quản lý chợ</td></tr>\n"
        "<tr><td>Quý IV/2027</td><td colspan=\"3\">Tổng kết hai năm thực hiện Kế hoạch (do UBND xã tổ chức)</td></tr>\n"
        "</table>\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng HĐND và UBND xã\n\n"
        "- Là cơ quan thường trực; tổng hợp báo cáo kết quả gửi UBND xã 6 tháng (trước ngày 15/6) và năm "
        "(trước ngày 10/12) hằng năm.\n\n2. Phòng Văn hóa - Xã hội\n\n"
        "- Quản trị trang Facebook của UBND xã; biên tập tin bài trên loa truyền thanh.\n\n"
        "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nTrần Văn Bình\n",
        encoding="utf-8")
    assert not ingest(tmp_settings, embedder=embedder).failed
    engine = SearchEngine.open(tmp_settings, embedder=embedder)
    qna = Assistant(tmp_settings, engine, ExtractiveAnswerer(engine), MemoryConversationStore())
    doc = "2026-xa-an-binh-ke-hoach.md"

    year = qna.ask("Năm 2027 xã An Bình có những đợt tuyên truyền nào?").answer
    assert year.kind == "period" and {(doc, "II.3"), (doc, "II.4")} == _sections(year), year.answer
    beyond = qna.ask("xã An Bình có kế hoạch tuyên truyền năm 2029 không, gồm những nhiệm vụ gì?").answer
    assert not beyond.grounded, beyond.answer
    who = qna.ask("Ai quản trị trang Facebook của UBND xã An Bình?").answer
    assert who.answer.startswith("Phòng Văn hóa - Xã hội") and (doc, "III.2") in _sections(who), who.answer
    closing = qna.ask("Tổng kết hai năm thực hiện kế hoạch ở xã An Bình do ai tổ chức, vào lúc nào?").answer
    assert "UBND xã" in closing.answer and "Quý IV/2027" in closing.answer, closing.answer
    due = qna.ask("Văn phòng HĐND và UBND xã An Bình nộp báo cáo kết quả khi nào?").answer
    assert "15/6" in due.answer and "10/12" in due.answer, due.answer


@pytest.mark.slow
def test_two_places_named_get_an_answer_each(tmp_settings, embedder):
    """"… xã An Bình và xã Tân Hòa giao ai chủ trì?": one side per place named, each from its own plan; "hạn …
    ở A, B có giống nhau không?" is one question comparing both, each side's days all given."""
    from assistant.conversation import MemoryConversationStore
    from assistant.extractive import ExtractiveAnswerer
    from assistant.service import Assistant
    from index.ingest import ingest
    from index.retrieval import SearchEngine

    for place, number, lead, due in (("An Bình", 9, "Công an xã", "15/6"), ("Tân Hòa", 14, "Đoàn Thanh niên xã", "20/6")):
        (tmp_settings.corpus_dir / f"2026-xa-{number}.txt").write_text(
            f"ỦY BAN NHÂN DÂN\nXÃ {place.upper()}\nSố: {number}/KH-UBND\n{place}, ngày 12 tháng 01 năm 2026\n"
            f"KẾ HOẠCH\nChuyển đổi số xã {place} năm 2026\nI. NHIỆM VỤ\n"
            f"1. Tổ chức ngày hội hướng dẫn cài đặt ứng dụng định danh điện tử\n- Đơn vị chủ trì: {lead}.\n"
            f"- Thời gian thực hiện: Tháng 4/2026.\n2. Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng\n"
            f"- Đơn vị chủ trì: Văn phòng HĐND và UBND xã.\n- Thời gian thực hiện: Quý III/2026.\n"
            f"II. TỔ CHỨC THỰC HIỆN\nVăn phòng HĐND và UBND xã tổng hợp, báo cáo kết quả 6 tháng (trước ngày {due}) "
            f"và năm (trước ngày 05/12).\n", encoding="utf-8")
    assert not ingest(tmp_settings, embedder=embedder).failed
    engine = SearchEngine.open(tmp_settings, embedder=embedder)
    qna = Assistant(tmp_settings, engine, ExtractiveAnswerer(engine), MemoryConversationStore())

    who = qna.ask("Ngày hội cài đặt định danh điện tử: xã An Bình và xã Tân Hòa giao ai chủ trì?").answer
    assert "Công an xã" in who.answer and "Đoàn Thanh niên xã" in who.answer, who.answer
    assert {("2026-xa-9.txt", "I.1"), ("2026-xa-14.txt", "I.1")} <= _sections(who)
    due = qna.ask("Hạn báo cáo 6 tháng ở An Bình, Tân Hòa có giống nhau không?").answer
    assert "15/6" in due.answer and "20/6" in due.answer and not due.answer.startswith("1)"), due.answer


@pytest.mark.slow
def test_a_periods_activities_about_what_the_question_names(qna):
    """"… về chuyển đổi số": the period's activities whose heading, or a heading above it, names it."""
    a = qna.ask("Trong quý III/2025 có những hoạt động nào về chuyển đổi số?").answer
    assert {(PROVINCE, "C.I.3.a"), (PROVINCE, "C.I.3.c")} == _sections(a), a.answer
