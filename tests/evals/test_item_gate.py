"""`assistant eval` end to end on plans of its own: the per-item gate, stale items decided by --accept, the
generated split (a changed lead is a fact to accept; a new plan's items are scored at once).

Each corpus is a small synthetic plan (tests/index/test_plan_diff.py) indexed with the real model into a temporary
folder, and asked through the real assistant.
"""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from assistant.answers import Answer
from assistant.cli import build_parser
from assistant.config import Settings
from assistant.conversation import MemoryConversationStore
from assistant.extractive import ExtractiveAnswerer
from assistant.service import Assistant
from evals.dataset import load_items
from evals.runner import EXIT_GATE, EXIT_INPUT, EXIT_OK, main
from tests.index.test_plan_diff import DRAFT, write

ITEMS = [
    {"id": "lead-1", "question": "Ai chủ trì phát hành bản tin cải cách hành chính hằng quý?", "kind": "lead",
     "answer": "Sở Nội vụ chủ trì (mục I.2).", "must_include": ["Sở Nội vụ"], "document": "p.txt", "section": "I.2",
     "evidence": "Đơn vị chủ trì: Sở Nội vụ."},
    {"id": "lead-2", "question": "Đơn vị nào chủ trì hội thi tìm hiểu dịch vụ công trực tuyến cho đoàn viên?",
     "kind": "lead", "answer": "Tỉnh đoàn chủ trì (mục I.3).", "must_include": ["Tỉnh đoàn"], "document": "p.txt",
     "section": "I.3", "evidence": "Đơn vị chủ trì: Tỉnh đoàn."},
]
CHANGED = DRAFT.replace("- Đơn vị chủ trì: Sở Nội vụ.", "- Đơn vị chủ trì: Sở Tư pháp.")
NEW_PLAN = (DRAFT.replace("Truyền thông về chuyển đổi số tỉnh An Hòa năm 2025",
                          "Tuyên truyền cải cách hành chính huyện Bình Sơn năm 2025")
            .replace("Số: /KH-UBND", "Số: 12/KH-UBND").replace("\nDự thảo\n", "\n"))


def eval_args(*argv: str):
    return build_parser().parse_args(["eval", *argv])


def _assistant(tmp: Path, files: dict[str, str], model_path: str, embedder) -> Assistant:
    from index.ingest import ingest
    from index.retrieval import SearchEngine

    corpus = tmp / "corpus"
    for name, text in files.items():
        write(corpus, name, text)
    settings = Settings(_env_file=None, home=tmp / "home", corpus_dir=corpus, embedding_model=model_path)
    ingest(settings, embedder=embedder)
    engine = SearchEngine.open(settings, embedder=embedder)
    return Assistant(settings, engine, ExtractiveAnswerer(engine), MemoryConversationStore())


@pytest.fixture(scope="module")
def before(tmp_path_factory, model_path, embedder) -> Assistant:
    return _assistant(tmp_path_factory.mktemp("before"), {"p.txt": DRAFT}, model_path, embedder)


@pytest.fixture(scope="module")
def after(tmp_path_factory, model_path, embedder) -> Assistant:
    """The lead of I.2 changed, and a new plan added."""
    return _assistant(tmp_path_factory.mktemp("after"), {"p.txt": CHANGED, "moi.txt": NEW_PLAN}, model_path, embedder)


class DeclinesOne:
    """The real answerer, except that it declines one question: one item regresses, the others do not."""

    name = "extractive"

    def __init__(self, real, question):
        self.real, self.question = real, question

    def answer(self, question, history=()):
        if question == self.question:
            return Answer(question=question, answer="Tài liệu không có thông tin này.", grounded=False)
        return self.real.answer(question, history)

    def stream(self, question, history=()):
        yield self.answer(question, history)


def _set(tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS), encoding="utf-8")
    return path


def _run(argv, assistant, **kw):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(eval_args(*argv), assistant.settings, assistant=assistant, progress=False, **kw)
    return code, out.getvalue(), err.getvalue()


def _result(out: Path) -> dict:
    return json.loads((out / "latest" / "result.json").read_text(encoding="utf-8"))


def test_a_newly_failing_item_fails_the_gate_unless_acknowledged(before, tmp_path):
    path, out = _set(tmp_path), tmp_path / "out"
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"tolerance_points": 100}), encoding="utf-8")  # only items decide here
    code, text, _ = _run([str(path), "--update-baseline", "--out", str(out)], before, baseline_path=baseline)
    assert code == EXIT_OK and "no earlier accepted run" not in text
    first = _result(out)
    assert first["accepted"] and first["index"]["generation"] and first["index"]["documents"]["p.txt"]
    assert all(o["passed"] for o in first["systems"]["assistant"]["items"])
    assert first["systems"]["assistant"]["items"][0]["expected"]["must_include"] == ["Sở Nội vụ"]

    broken = Assistant(before.settings, before.engine, DeclinesOne(before.answerer, ITEMS[1]["question"]),
                       MemoryConversationStore())
    code, text, _ = _run([str(path), "--out", str(out)], broken, baseline_path=baseline)
    assert code == EXIT_GATE
    gate = _result(out)["items_gate"]
    assert gate["reference"] == sorted(p.name for p in out.iterdir() if p.name[0].isdigit())[0]  # the first run
    (entry,) = gate["newly_failing"]
    assert entry["id"] == "lead-2" and entry["before"]["passed"] and "Tỉnh đoàn" in entry["before"]["answer"]
    assert entry["after"]["answer"] == "Tài liệu không có thông tin này."
    assert "newly failing (1)" in text and "lead-2" in text and "gate: FAILED" in text
    page = (out / "latest" / "report.html").read_text(encoding="utf-8")
    assert 'class="it newfail failing"' in page

    # running again does not hide it: the reference stays the last accepted run
    assert _run([str(path), "--out", str(out)], broken, baseline_path=baseline)[0] == EXIT_GATE
    ack = tmp_path / "acknowledged.jsonl"
    ack.write_text(json.dumps({"id": "lead-2", "reason": "hội thi moved to another plan"}) + "\n", encoding="utf-8")
    code, text, _ = _run([str(path), "--out", str(out)], broken, baseline_path=baseline, ack_path=ack)
    assert code == EXIT_OK and "acknowledged: hội thi moved to another plan" in text
    ack.write_text(json.dumps({"id": "lead-2"}) + "\n", encoding="utf-8")
    assert _run([str(path), "--out", str(out)], broken, baseline_path=baseline, ack_path=ack)[0] == EXIT_INPUT


def test_changed_evidence_fails_until_accepted_or_dropped(after, tmp_path):
    path, out = _set(tmp_path), tmp_path / "out"
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"tolerance_points": 100}), encoding="utf-8")
    code, text, _ = _run([str(path), "--update-baseline", "--out", str(out)], after, baseline_path=baseline)
    assert code == EXIT_GATE  # the baseline is written, but a stale item is a decision still to make
    (stale,) = _result(out)["stale"]
    assert stale["id"] == "lead-1" and stale["old_quote"] == "Đơn vị chủ trì: Sở Nội vụ."
    assert stale["similar"]["line"] == "Đơn vị chủ trì: Sở Tư pháp." and "Sở Tư pháp" in stale["section_text"]
    assert "Sở Tư pháp" in stale["answer"]  # today's answer, beside the new text
    assert "old quote: Đơn vị chủ trì: Sở Nội vụ." in text and "1 stale item(s) to accept or drop: lead-1" in text
    assert _result(out)["systems"]["assistant"]["figures"]["overall"]["items"] == 1  # not in the figures

    assert _run([str(path), "--accept", "lead-9", "--out", str(out)], after, baseline_path=baseline)[0] == EXIT_INPUT
    assert _run([str(path), "--accept", "lead-2", "--out", str(out)], after, baseline_path=baseline)[0] == EXIT_INPUT
    assert _run([str(path), "--drop", "lead-2", "--out", str(out)], after, baseline_path=baseline)[0] == EXIT_INPUT
    assert load_items(path) == ITEMS  # refused decisions change nothing

    code, text, _ = _run([str(path), "--accept", "lead-1", "--out", str(out)], after, baseline_path=baseline)
    assert code == EXIT_OK, text
    accepted = load_items(path)[0]
    assert accepted["must_include"] == ["Sở Tư pháp"] and accepted["evidence"] == "Đơn vị chủ trì: Sở Tư pháp."
    assert "accepted lead-1" in text

    code, text, _ = _run([str(path), "--drop", "lead-2", "--reason", "not asked any more", "--out", str(out)],
                         after, baseline_path=baseline)
    assert code == EXIT_OK and [i["id"] for i in load_items(path)] == ["lead-1"]
    assert load_items(tmp_path / "dropped.jsonl")[0]["reason"] == "not asked any more"


def test_generated_split_a_changed_lead_waits_for_acceptance_and_a_new_plan_is_scored(before, after, tmp_path):
    folder, out = tmp_path / "generated", tmp_path / "out"
    code, text, _ = _run(["--split", "generated", "--out", str(out)], before, generated_dir=folder)
    assert code == EXIT_OK and (folder / "p.txt.jsonl").exists()
    first = _result(out / "generated")
    assert first["split"] == "generated" and first["generated"]["written"] == ["p.txt.jsonl"]
    assert {o["id"].endswith("-kd") for o in first["systems"]["assistant"]["items"]} == {True, False}

    # the same facts file, now over the corpus in which I.2's lead changed and a new plan came
    code, text, _ = _run(["--split", "generated", "--out", str(out)], after, generated_dir=folder)
    assert code == EXIT_GATE
    result = _result(out / "generated")
    (update,) = result["generated"]["pending"]
    (change,) = update["changes"]
    assert (change["change"], change["field"]) == ("changed", "lead")
    assert (change["before"]["value"], change["after"]["value"]) == ("Sở Nội vụ", "Sở Tư pháp")
    assert "facts this update changed (1)" in text.split("figure")[0]  # it heads the console output
    assert "Sở Nội vụ → Sở Tư pháp" in text
    md = (out / "generated" / "latest" / "report.md").read_text(encoding="utf-8")
    assert md.index("Facts this update changed") < md.index("## Figures")
    assert "moi.txt.jsonl" in result["generated"]["written"]
    assert any(o["id"].startswith("gen-moi-") for o in result["systems"]["assistant"]["items"])  # scored at once

    code, text, _ = _run(["--split", "generated", "--accept", change["after"]["id"], "--out", str(out)], after,
                         generated_dir=folder)
    assert code == EXIT_OK, text
    assert "accepted 1 fact change(s) of p.txt" in text
