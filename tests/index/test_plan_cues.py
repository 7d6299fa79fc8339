"""Plans named by a question, found through cue indexes (index.query.PlanCues), exactly as by scoring each plan.

The reference below is the per-plan loop the indexes replaced; both run on every eval question (both
splits, with and without diacritics) over the documents of the five plans plus made-up ones that exercise
every cue: a number with a non-word character, an issuer made only of skipped words, a draft, a year alone.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from index.normalize import fold, folded_tokens
from index.query import (YEAR, PlanCues, _doc_cue_score, _grams, _named_as, _title_grams, document_preferences,
                         issuer_aliases, plan_mentions, plan_years, title_frequencies, _rare_bodies, body_frequencies)

ROOT = Path(__file__).resolve().parents[2]


def reference_preferences(query, documents):
    skip = ("tinh", "ubnd", "cua", "va")
    q = f" {' '.join(t for t in folded_tokens(query) if t not in skip)} "
    weights = {}
    years = {int(y) for y in YEAR.findall(query)}
    for name, d in documents.items():
        w = 1.0
        if years and plan_years(d) & years:
            w *= 1.6
        numbers = [(x or "").split("/")[0].strip("…") for x in (d.get("number"), d.get("issued_by"))]
        if any(n and re.search(rf"\b{re.escape(n)}\b", query) for n in numbers):
            w *= 2.0
        issuer_words = [t for t in fold(d.get("issuer") or "").split() if t not in skip]
        bodies = _rare_bodies(d, body_frequencies(documents), len(documents))
        if any(words and f" {words} " in q for words in [" ".join(issuer_words), *bodies]):
            w *= 1.5
        doc_type = fold(d.get("doc_type") or "")
        if doc_type and f" {doc_type} " in q and doc_type != "ke hoach":
            w *= 1.4
        if d.get("draft") and " du thao " in q:
            w *= 1.3
        if w != 1.0:
            weights[name] = w
    return weights


class ReferenceCues:
    """The per-plan scoring the indexes replaced (every plan scored for every clause), plugged into the same
    ``plan_mentions``: the comparison is of the scores, the grouping around them is one code."""

    def __init__(self, documents):
        self.documents = documents
        self.n = len(documents)
        self.title_df = title_frequencies(documents)
        self.body_df = body_frequencies(documents)
        self.aliases = issuer_aliases(documents)
        phrases = [_named_as(d) for d in documents.values()]
        self.named_as = {p: [n for n, d in documents.items() if _named_as(d) == p] for p in phrases if p}
        self.named_as = {p: names for p, names in self.named_as.items() if len(names) <= max(1, len(documents) // 2 - 1)}
        self.doc_types = {}
        for name, d in documents.items():
            if d.get("doc_type"):
                self.doc_types.setdefault(fold(d["doc_type"]), []).append(name)

    def titled(self, folded):
        """Each plan's title runs looked for in the question, plan by plan."""
        grams, out = _grams(folded.split()), {}
        for name, d in self.documents.items():
            for gram in grams & _title_grams(d):
                out.setdefault(name, set()).update(gram)
        return out

    def scores(self, clause_tokens, clause, title_words=True):
        n = len(self.documents)
        found = {name: _doc_cue_score(clause_tokens, clause, d, self.title_df, n, title_words=title_words,
                                      body_df=self.body_df, named_as=self.named_as)
                 for name, d in self.documents.items()}
        return {name: sc for name, sc in found.items() if sc}


def questions():
    out = []
    for path in (ROOT / "evals" / "qa.jsonl", ROOT / "evals" / "new_plans" / "qa.jsonl"):
        out += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out + [fold(q) for q in out] + [
        "Kế hoạch 12-a năm 2024 của UBND tỉnh và dự thảo 2025", "kế hoạch của UBND tỉnh năm 2026",
        "So sánh báo cáo 2023 với kế hoạch 281 và KH 45/KH-UBND", "kế hoạch 12-a", "dự thảo kế hoạch truyền thông",
        "Kế hoạch ban hành kèm Quyết định 45 giao Sở Nội vụ việc gì?", "kế hoạch của UBND tỉnh Kon Plông"]


def documents(engine):
    docs = dict(engine.manifest["documents"])
    made_up = [("x-odd-number.txt", {"number": "12-a/KH-UBND", "year": 2024, "issuer": "UBND tỉnh",
                                     "doc_type": "Kế hoạch", "raw_title": "Kế hoạch chuyển đổi số cấp xã"}),
               ("x-draft.txt", {"number": "", "year": 2025, "issuer": "Sở Nội vụ", "doc_type": "Kế hoạch",
                                "draft": True, "raw_title": "Dự thảo kế hoạch truyền thông chính quyền số"}),
               ("x-year.txt", {"year": 2026, "raw_title": "Kế hoạch năm 2026"}),
               ("x-attached.docx#2", {"number": "", "issued_by": "45/QĐ-UBND", "year": 2026, "doc_type": "Kế hoạch",
                                      "issuer": "ỦY BAN NHÂN DÂN TỈNH KON PLÔNG", "issuer_body": "SỞ NỘI VỤ",
                                      "parent_body": "UBND TỈNH KON PLÔNG", "raw_title": "Tuyên truyền năm 2026"}),
               ("x-45.txt", {"number": "45/KH-UBND", "year": 2023, "issuer": "Văn phòng UBND tỉnh",
                             "doc_type": "Báo cáo", "raw_title": "Báo cáo kết quả cải cách hành chính"})]
    for name, meta in made_up:
        docs[name] = {"document": name, "title": meta["raw_title"], **meta}
    return docs


def test_cue_indexes_name_the_same_plans_as_scoring_every_plan(engine):
    for docs in (dict(engine.manifest["documents"]), documents(engine)):
        cues = PlanCues(docs)
        for q in questions():
            reference = plan_mentions(q, docs, ReferenceCues(docs))
            assert plan_mentions(q, docs, cues) == reference, q
            assert [(g.strong, g.cues) for g in plan_mentions(q, docs, cues)] == \
                [(g.strong, g.cues) for g in reference], q
            assert document_preferences(q, docs, cues) == reference_preferences(q, docs), q
    named = plan_mentions("Kế hoạch 12-a năm 2024 của UBND tỉnh", documents(engine))
    assert named and named[0] == ["x-odd-number.txt"]  # the made-up cues are really exercised


def test_a_plan_is_found_by_its_issuing_decision_and_by_each_body_of_its_letterhead():
    docs = {"qd.docx": {"number": "45/QĐ-UBND", "year": 2026, "doc_type": "Quyết định", "issuer": "UBND TỈNH KON PLÔNG"},
            "qd.docx#2": {"number": "", "issued_by": "45/QĐ-UBND", "year": 2026, "doc_type": "Kế hoạch",
                          "issuer": "SỞ NỘI VỤ", "issuer_body": "SỞ NỘI VỤ", "parent_body": "UBND TỈNH KON PLÔNG"},
            "other.txt": {"number": "12/KH-STP", "year": 2026, "doc_type": "Kế hoạch", "issuer": "Sở Tư pháp"}}
    cues = PlanCues(docs)
    assert set(cues.preferences("kế hoạch ban hành kèm theo quyết định 45")) == {"qd.docx", "qd.docx#2"}
    assert set(cues.preferences("kế hoạch của Sở Nội vụ")) == {"qd.docx#2"}
    assert set(cues.preferences("các kế hoạch của UBND tỉnh Kon Plông")) == {"qd.docx", "qd.docx#2"}
    many = {f"so-{i}.txt": {"issuer": f"Sở {i}", "parent_body": "UBND TỈNH KON PLÔNG", "issuer_body": f"SỞ SỐ {i}"}
            for i in range(6)}
    assert not PlanCues(many).preferences("kế hoạch của tỉnh Kon Plông")  # a parent every plan shares names none


def test_a_plan_is_known_by_the_year_its_title_is_for_and_by_its_council_shortened():
    """A resolution signed in December 2025 "… năm 2026" is the 2026 one; "HĐND tỉnh X" names the council, and
    the place alone, which every letterhead of the province holds, names none of the plans."""
    docs = {"nq.docx": {"number": "41/NQ-HĐND", "year": 2025, "doc_type": "Nghị quyết",
                        "issuer": "HỘI ĐỒNG NHÂN DÂN TỈNH NGÂN GIANG",
                        "raw_title": "Về mục tiêu, nhiệm vụ cải cách hành chính tỉnh Ngân Giang năm 2026"},
            "ctr.pdf": {"number": "09/CTr-UBND", "year": 2026, "doc_type": "Chương trình",
                        "issuer": "ỦY BAN NHÂN DÂN TỈNH NGÂN GIANG",
                        "raw_title": "HÀNH ĐỘNG Thực hiện Nghị quyết số 41/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân "
                                     "dân tỉnh về mục tiêu, nhiệm vụ cải cách hành chính năm 2026"},
            "khlt.txt": {"number": "14/KHLT-CAT", "year": 2026, "doc_type": "Kế hoạch",
                         "issuer": "CÔNG AN TỈNH NGÂN GIANG", "raw_title": "LIÊN TỊCH Phối hợp hỗ trợ dịch vụ công"}}
    assert plan_years(docs["nq.docx"]) == {2025, 2026}
    assert plan_years({"year": 2026, "raw_title": "Kế hoạch chuyển đổi số đến năm 2030"}) == {2026}
    assert plan_mentions("Nghị quyết về CCHC, CĐS năm 2026 của HĐND tỉnh Ngân Giang số mấy?", docs) == [["nq.docx"]]
    assert plan_mentions("Chương trình của UBND tỉnh Ngân Giang số mấy?", docs) == [["ctr.pdf"]]
    assert plan_mentions("Kế hoạch liên tịch đặt ra những chỉ tiêu gì?", docs) == [["khlt.txt"]]
    # the words of the resolution its title cites name the resolution, not the programme
    assert "hdnd" not in PlanCues(docs).rare_title_words


def test_an_activity_of_implementing_a_plan_is_looked_for_in_the_plans_that_implement_it():
    docs = {"nq.docx": {"number": "41/NQ-HĐND", "year": 2025, "doc_type": "Nghị quyết", "issuer": "HĐND TỈNH X",
                        "raw_title": "Về cải cách hành chính năm 2026"},
            "ctr.pdf": {"number": "09/CTr-UBND", "year": 2026, "doc_type": "Chương trình", "issuer": "UBND TỈNH X",
                        "raw_title": "HÀNH ĐỘNG Thực hiện Nghị quyết số 41/NQ-HĐND của HĐND tỉnh"}}
    assert plan_mentions("Ai chủ trì sơ kết 6 tháng thực hiện Nghị quyết số 41?", docs) == [["ctr.pdf", "nq.docx"]]
    assert plan_mentions("Nghị quyết số 41 giao ai giám sát?", docs) == [["nq.docx"]]


def test_function_words_of_a_title_name_no_plan():
    docs = {"a.txt": {"year": 2025, "doc_type": "Kế hoạch", "issuer": "UBND TỈNH",
                      "raw_title": "Truyền thông về cải cách hành chính năm 2025"},
            "b.txt": {"year": 2025, "doc_type": "Kế hoạch", "issuer": "SỞ NỘI VỤ", "raw_title": "Kiểm tra công vụ"},
            "c.txt": {"year": 2024, "doc_type": "Báo cáo", "issuer": "SỞ NỘI VỤ", "raw_title": "Kết quả công tác"}}
    assert "ve" not in PlanCues(docs).rare_title_words
    assert plan_mentions("Kế hoạch 81/KH-UBND của UBND tỉnh nói về nội dung gì?", docs) == []


def test_an_issuer_named_once_before_two_plans_of_two_years_names_both():
    docs = {"vp23.txt": {"year": 2023, "doc_type": "Kế hoạch", "issuer": "Văn phòng UBND tỉnh",
                         "raw_title": "Tuyên truyền cải cách hành chính năm 2023"},
            "vp25.txt": {"year": 2025, "doc_type": "Kế hoạch", "issuer": "Văn phòng UBND tỉnh",
                         "raw_title": "Tuyên truyền cải cách hành chính năm 2025"},
            "so25.txt": {"year": 2025, "doc_type": "Kế hoạch", "issuer": "Sở Nội vụ",
                         "raw_title": "Tuyên truyền cải cách hành chính năm 2025"},
            "tinh25.txt": {"year": 2025, "doc_type": "Kế hoạch", "issuer": "UBND tỉnh",
                           "raw_title": "Truyền thông chuyển đổi số năm 2025"}}
    assert plan_mentions("Văn phòng: đơn vị tổng hợp báo cáo theo kế hoạch 2023 và kế hoạch 2025 là ai?", docs) \
        == [["vp23.txt"], ["vp25.txt"]]
    # "của tỉnh" names the province's committee's plan; the year said before both clauses holds for each
    assert plan_mentions("năm 2025 tập huấn về CCHC với cải cách TTHC thì kế hoạch của tỉnh và kế hoạch của Văn phòng "
                         "giao ai chủ trì?", docs) == [["tinh25.txt"], ["vp25.txt"]]


def test_a_plan_named_by_its_type_and_a_cue_of_its_own_wins_over_another_plans_title_words():
    """"Trong Đề án 2026-2028 của tỉnh …, ai chủ trì trình phê duyệt danh mục dịch vụ công trực tuyến bổ sung …":
    the Đề án is named; the decision titled "Phê duyệt Danh mục dịch vụ công trực tuyến bổ sung …" is what the
    activity is about. "theo Đề án" names the one Đề án; "quyết định số mấy" asks a decision, it names none."""
    docs = {"de-an.docx": {"number": "", "issued_by": "318/QĐ-UBND", "year": 2026, "doc_type": "Đề án",
                           "issuer": "ỦY BAN NHÂN DÂN TỈNH AN LÂM",
                           "raw_title": "Nâng cao chất lượng giải quyết thủ tục hành chính giai đoạn 2026 - 2028"},
            "qd.pdf": {"number": "477/QĐ-UBND", "year": 2026, "doc_type": "Quyết định",
                       "issuer": "ỦY BAN NHÂN DÂN TỈNH AN LÂM", "raw_title": "Phê duyệt Danh mục dịch vụ công trực "
                       "tuyến toàn trình, một phần bổ sung năm 2026 thực hiện trên Hệ thống thông tin"},
            "ctr.txt": {"number": "17/CTr-UBND", "year": 2026, "doc_type": "Chương trình",
                        "issuer": "ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN", "raw_title": "Công tác năm 2026"}}
    cues = PlanCues(docs)

    def named(q):
        return [sorted(g) for g in plan_mentions(q, docs, cues)]

    assert named("Trong Đề án 2026-2028 của tỉnh An Lâm, ai chủ trì rà soát để trình phê duyệt danh mục dịch vụ "
                 "công trực tuyến bổ sung năm 2026?") == [["de-an.docx"]]
    assert named("Danh mục dịch vụ công trực tuyến được rà soát bổ sung bao lâu một lần theo Đề án?") == [["de-an.docx"]]
    assert named("Đề án 2026-2028 được phê duyệt bằng quyết định số mấy?") == [["de-an.docx"]]
    assert named("Quyết định 477 phê duyệt bao nhiêu dịch vụ?") == [["qd.pdf"]]


def test_a_type_said_once_before_two_numbers_names_both_documents():
    """"hai quyết định 2318 và 1642 do ai ký": each number is a decision's, though the type is written once."""
    docs = {"qd-2318.docx": {"number": "2318/QĐ-UBND", "year": 2026, "doc_type": "Quyết định", "issuer": "UBND TỈNH X",
                             "title": "Về việc tặng Bằng khen"},
            "qd-1642.pdf": {"number": "1642/QĐ-UBND", "year": 2026, "doc_type": "Quyết định", "issuer": "UBND TỈNH X",
                            "title": "Phê duyệt đề cương và dự toán"},
            "kh-12.txt": {"number": "12/KH-UBND", "year": 2026, "doc_type": "Kế hoạch", "issuer": "UBND TỈNH X",
                          "title": "Cải cách hành chính năm 2026"}}
    groups = plan_mentions("Hai quyết định 2318 và 1642 do ai ký?", docs, PlanCues(docs))
    assert [list(g) for g in groups] == [["qd-2318.docx"], ["qd-1642.pdf"]], groups
