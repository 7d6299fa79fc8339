"""Reports from a synthetic result: the three-system table, per-kind charts, failures, escaping."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from evals import report
from evals.metrics import Outcome, summarise, target_status


def _outcomes(answer_ok: bool) -> list[Outcome]:
    return [
        Outcome(id="lead-001", kind="lead", question="Ai chủ trì Bản tin | PCI?", answerable=True, rank=1,
                gold=["a.txt § C.II.12.c"], answer="Đài <b>Phát thanh</b> | tỉnh", grounded=True,
                citations=["a.txt § C.II.12.c"], answer_ok=answer_ok, citation_ok=True, latency_ms=12.0,
                missing=[] if answer_ok else ["Đài Phát thanh và Truyền hình tỉnh"],
                folded={"question": "ai chu tri ban tin pci?", "rank": 2, "answer_ok": False, "citation_ok": True,
                        "answer": "…"}),
        Outcome(id="unans-001", kind="unanswerable", question="Giá vé?", answerable=False, answer="Không có.",
                grounded=False, answer_ok=True, latency_ms=5.0),
    ]


def _result(systems: dict) -> dict:
    result = {"created": "2026-11-23T12:00:00+00:00", "answerer": "extractive", "k": 10,
              "set": {"file": "evals/qa.jsonl", "items": 2, "sha256": "0" * 64}, "corpus": [{"document": "a.txt"}],
              "stale": [{"id": "x-1", "document": "a.txt", "section": "A.1", "reason": "evidence not in document",
                         "found_in": None}],
              "systems": {}, "tolerance_points": 2.0}
    for name, (label, outcomes) in systems.items():
        result["systems"][name] = {"label": label, "figures": summarise(outcomes),
                                   "items": [o.to_dict() for o in outcomes]}
    result["targets"] = target_status(result["systems"]["assistant"]["figures"]["overall"])
    result["gate"] = {"passed": False, "tolerance_points": 2.0, "baseline_created": "yesterday",
                      "checks": [{"figure": "answer_accuracy", "baseline": 1.0, "today": 0.5, "drop_points": 50.0,
                                  "passed": False}],
                      "notes": ["dropped more than 2 points: answer_accuracy"]}
    return result


RESULT = _result({"assistant": ("assistant (extractive)", _outcomes(False)),
                  "llama_index": ("plain llama-index", _outcomes(True)),
                  "bm25": ("BM25 alone", _outcomes(False))})


def test_markdown_has_one_table_for_three_systems_and_escapes_cells():
    md = report.markdown(RESULT)
    header = next(line for line in md.splitlines() if line.startswith("| figure |"))
    assert header == "| figure | assistant (extractive) | plain llama-index | BM25 alone |"
    assert "| answer accuracy | 50.0% | 100.0% | 50.0% |" in md
    assert "Ai chủ trì Bản tin \\| PCI?" in md  # a pipe in a question does not break the table
    assert "**Gate: FAILED**" in md and "REGRESSION" in md and "more than 2 points" in md
    assert "x-1" in md.split("## Stale items")[1]
    failures = md.split("## Assistant failures (1)")[1]
    assert "lead-001" in failures and "answer lacks “Đài Phát thanh và Truyền hình tỉnh”" in failures
    assert "contains the gold evidence" in md  # the llama-index section mapping is stated
    assert "## Right with diacritics, wrong without (0)" not in md


def test_html_is_self_contained_with_a_parseable_chart_per_kind():
    page = report.html(RESULT)
    svgs = re.findall(r"<svg.*?</svg>", page, re.S)
    assert len(svgs) == 3  # all items, lead, unanswerable
    for svg in svgs:
        root = ET.fromstring(svg)  # well-formed XML
        assert root.tag.endswith("svg")
    lead = ET.fromstring(svgs[1])
    bars = [r for r in lead.iter("{http://www.w3.org/2000/svg}rect") if r.find("{http://www.w3.org/2000/svg}title") is not None]
    assert len(bars) == 3 * 5  # three systems × hit@1, hit@5, MRR, answer, citation (no refusal for lead)
    assert "&lt;b&gt;Phát thanh&lt;/b&gt;" in page and "<b>Phát thanh</b>" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page) and "<script" not in page


def test_chart_bar_heights_follow_values_and_missing_values_say_n_a():
    svg = report.bar_chart_svg("t", [("assistant", "A", {"hit@1": 1.0, "hit@5": 0.5, "mrr": None}),
                                      ("bm25", "B", {"hit@1": 0.25, "hit@5": 0.25, "mrr": 0.4})])
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    heights = [float(r.get("height")) for r in root.iter(f"{ns}rect") if r.find(f"{ns}title") is not None]
    assert len(heights) == 5  # A has no MRR bar
    assert heights[0] == 2 * heights[2] == 4 * heights[1] > 0  # A hit@1, B hit@1, A hit@5 in drawing order
    assert svg.count(">n/a<") == 1
    only_a = report.bar_chart_svg("t", [("assistant", "A", {"hit@1": 1.0, "mrr": None})])
    assert "MRR" not in only_a  # a metric no system has is left out
    assert "nothing to chart" in report.bar_chart_svg("empty", [("assistant", "A", {})])


def test_console_summary_names_the_failed_figures():
    text = report.console(RESULT)
    assert "gate: FAILED" in text and "answer_accuracy: 100.0% → 50.0% REGRESSION" in text
    assert "stale items (1, not scored" in text and "x-1 [a.txt § A.1] evidence not in document" in text


def _with_history() -> dict:
    """RESULT with what an update brings: one newly failing item, a stale one with its new text, a changed fact
    and the last plan diff."""
    result = dict(RESULT)
    result["systems"] = {"assistant": RESULT["systems"]["assistant"]}
    before = {"answer": "Đài Phát thanh và Truyền hình tỉnh chủ trì.", "citations": ["a.txt § C.II.12.c"],
              "grounded": True, "passed": True, "missing": [], "error": None}
    after = {**before, "answer": "Đài <b>Phát thanh</b> | tỉnh", "passed": False}
    result["items_gate"] = {"reference": "20261201T000000Z", "newly_failing": [
        {"id": "lead-001", "kind": "lead", "question": "Ai chủ trì Bản tin | PCI?", "before": before, "after": after}],
        "newly_passing": [], "answer_changed": [], "citation_moved": [], "acknowledged": [], "new_items": [],
        "passed": False, "blocking": ["lead-001"]}
    result["stale"] = [{"id": "x-1", "document": "a.txt", "section": "A.1", "reason": "evidence not in document",
                        "found_in": None, "old_quote": "Đơn vị chủ trì: Sở Nội vụ.",
                        "section_text": "1. Bản tin\n- Đơn vị chủ trì: Sở Tư pháp.",
                        "similar": {"document": "a.txt", "section": "A.1", "line": "Đơn vị chủ trì: Sở Tư pháp.",
                                    "similarity": 0.81}, "answer": "Sở Tư pháp chủ trì."}]
    result["generated"] = {"pending": [{"document": "a.txt", "file": "a.txt.jsonl", "reason": "document changed",
                                        "changes": [{"change": "changed", "key": "k-lead", "field": "lead",
                                                     "before": {"id": "gen-a-k-lead", "section": "A.1",
                                                                "value": "Sở Nội vụ", "heading": "Bản tin"},
                                                     "after": {"id": "gen-a-k-lead", "section": "A.1",
                                                               "value": "Sở Tư pháp", "heading": "Bản tin"}}]}]}
    result["plan_update"] = {"created": "2026-12-01T00:00:00+00:00", "diffs": [{
        "old": {"document": "du-thao.txt"}, "new": {"document": "ke-hoach.txt"}, "reason": "issued plan replaces the draft",
        "summary": "1 activities changed, 0 added, 1 removed, 3 unchanged", "meta": [],
        "changed": [{"heading": "Bản tin", "old_section": "A.1", "new_section": "A.2",
                     "changes": [{"field": "lead", "before": "Sở Nội vụ", "after": "Sở Tư pháp"}]}],
        "added": [], "removed": [{"section": "A.3", "heading": "Hội thi", "fields": {}}], "moved": {}}]}
    result["verdict"] = {"passed": False, "reasons": ["1 newly failing item(s): lead-001"]}
    return result


def test_html_lists_every_item_with_css_filters_and_reads_on_a_phone():
    page = report.html(_with_history())
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media (max-width:600px)" in page and "data-label=" in page
    for key in ("all", "newfail", "changed", "stale", "generated", "failing"):
        assert f'id="f-{key}"' in page and f"#f-{key}:checked" in page or key == "all"
    assert '<tr class="it newfail failing">' in page and "newly failing (1)" in page
    assert "<script" not in page and "Đài &lt;b&gt;Phát thanh&lt;/b&gt;" in page
    # what the update changed comes before the figures
    assert page.index("Facts this update changed") < page.index("Last plan update") < page.index("<h2>Figures")
    assert "lead: Sở Nội vụ → Sở Tư pháp" in page and "- A.3 Hội thi" in page
    assert "Đơn vị chủ trì: Sở Tư pháp. (0.81)" in page  # the stale item's most alike line now


def test_markdown_and_console_show_before_and_after():
    result = _with_history()
    md = report.markdown(result)
    assert "## Item by item (against run 20261201T000000Z)" in md and "### Newly failing (1)" in md
    assert "pass: Đài Phát thanh và Truyền hình tỉnh chủ trì." in md and "FAIL: Đài <b>Phát thanh</b> \\| tỉnh" in md
    assert "**Gate: FAILED**" in md and "- 1 newly failing item(s): lead-001" in md
    text = report.console(result)
    assert text.startswith("facts this update changed (1)")
    assert "    before: pass: Đài Phát thanh" in text and "    after:  FAIL:" in text
    assert "old quote: Đơn vị chủ trì: Sở Nội vụ." in text and "now:       A.1: Đơn vị chủ trì: Sở Tư pháp." in text
