"""`assistant eval` end to end on a slice of the set: outputs, the regression gate, stale items, bad input.

The gate is shown to bite: after a healthy run writes the baseline, a retriever that
finds nothing, and an answerer that always declines, each make ``main`` exit 1.
"""
from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
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

ROOT = Path(__file__).resolve().parents[2]
PICK = {"lead": 2, "coordinators": 1, "timing": 1, "frequency": 1, "fact": 1, "english": 1, "unanswerable": 2}


def eval_args(*argv: str):
    """The Namespace the real CLI hands to evals.runner.main."""
    return build_parser().parse_args(["eval", *argv])


@pytest.fixture(scope="module")
def slice_file(tmp_path_factory) -> Path:
    chosen, counts = [], dict.fromkeys(PICK, 0)
    for item in load_items():
        if counts.get(item["kind"], 99) < PICK.get(item["kind"], 0):
            counts[item["kind"]] += 1
            chosen.append(item)
    path = tmp_path_factory.mktemp("set") / "slice.jsonl"
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in chosen), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def healthy(qna, qna_settings, slice_file, tmp_path_factory):
    """One real run that writes the baseline; the other tests compare with it."""
    out = tmp_path_factory.mktemp("results")
    baseline = out / "baseline.json"
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        code = main(eval_args(str(slice_file), "--update-baseline", "--out", str(out)), qna_settings,
                    assistant=qna, baseline_path=baseline)
    return {"code": code, "out": out, "baseline": baseline, "stderr": stderr.getvalue(),
            "result": json.loads((out / "latest" / "result.json").read_text(encoding="utf-8"))}


class NothingFound:
    """A deliberately broken retriever: the real engine, except that search finds nothing."""

    def __init__(self, engine):
        self._engine = engine

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def search(self, query, k=5, **kwargs):
        return []


class AlwaysDeclines:
    """A deliberately broken answerer (same name as the real one, so the same baseline applies)."""

    name = "extractive"

    def answer(self, question, history=()):
        return Answer(question=question, answer="Tài liệu không có thông tin này.", grounded=False)

    def stream(self, question, history=()):
        yield self.answer(question, history)


def _broken_engine_assistant(qna_settings, engine) -> Assistant:
    broken = NothingFound(engine)
    return Assistant(qna_settings, broken, ExtractiveAnswerer(broken), MemoryConversationStore())


# --------------------------------------------------------------------------- a healthy run
def test_healthy_run_writes_results_report_and_baseline(healthy, slice_file):
    assert healthy["code"] == EXIT_OK
    result, out = healthy["result"], healthy["out"]
    runs = [p for p in out.iterdir() if re.fullmatch(r"\d{8}T\d{6}Z(-\d+)?", p.name)]
    assert len(runs) == 1
    for name in ("result.json", "report.md", "report.html"):
        assert (runs[0] / name).read_bytes() == (out / "latest" / name).read_bytes()
    items = load_items(slice_file)
    assert result["set"]["items"] == len(items)
    outcomes = result["systems"]["assistant"]["items"]
    assert [o["id"] for o in outcomes] == [i["id"] for i in items]
    assert all("answer" in o and o["answer"] for o in outcomes)  # per-item outcomes keep the answer text
    overall = result["systems"]["assistant"]["figures"]["overall"]
    assert overall["items"] == len(items) and overall["errors"] == 0
    assert overall["latency_p50_ms"] > 0 and overall["latency_p95_ms"] >= overall["latency_p50_ms"]
    assert set(result["systems"]["assistant"]["figures"]["per_kind"]) == set(PICK)
    # the diacritic-free forms were asked for the five kinds
    folded = [o for o in outcomes if o["folded"]]
    assert {o["kind"] for o in folded} == {"lead", "coordinators", "timing", "frequency", "fact"}
    assert all(o["folded"]["question"].isascii() for o in folded)
    # baseline: headline figures, tolerance stated
    base = json.loads(healthy["baseline"].read_text(encoding="utf-8"))
    assert base["tolerance_points"] == 2.0
    figs = base["answerers"]["extractive"]["figures"]
    assert set(figs) == {"answer_accuracy", "citation_accuracy", "hit@5", "mrr", "refusal_recall", "refusal_precision"}
    assert figs["hit@5"] == pytest.approx(overall["hit@5"], abs=1e-4)
    assert figs["hit@5"] > 0.02 and figs["answer_accuracy"] > 0.02  # room for a broken system to fall


def test_progress_bar_is_drawn(healthy):
    assert "assistant (extractive)" in healthy["stderr"] and "100%" in healthy["stderr"]


def test_report_is_readable_and_self_contained(healthy):
    latest = healthy["out"] / "latest"
    md = (latest / "report.md").read_text(encoding="utf-8")
    assert "| answer accuracy |" in md and "## Per kind" in md
    assert "Regression gate" in md and "baseline updated" in md and "more than 2 points" in md
    page = (latest / "report.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 1 + len(PICK)  # all items, then one chart per kind
    for kind in PICK:
        assert f"<title>{kind}</title>" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # no external assets
    assert "<script" not in page


def test_same_system_passes_the_gate(qna, qna_settings, healthy, slice_file, tmp_path):
    code = main(eval_args(str(slice_file), "--out", str(tmp_path)), qna_settings, assistant=qna,
                baseline_path=healthy["baseline"], progress=False)
    assert code == EXIT_OK
    gate = json.loads((tmp_path / "latest" / "result.json").read_text(encoding="utf-8"))["gate"]
    assert gate["passed"] is True and all(c["passed"] is not False for c in gate["checks"])


# --------------------------------------------------------------------------- the gate bites
def test_a_retriever_that_finds_nothing_fails_the_gate(qna_settings, engine, healthy, slice_file, tmp_path, capsys):
    code = main(eval_args(str(slice_file), "--out", str(tmp_path)), qna_settings,
                assistant=_broken_engine_assistant(qna_settings, engine), baseline_path=healthy["baseline"],
                progress=False)
    assert code == EXIT_GATE
    result = json.loads((tmp_path / "latest" / "result.json").read_text(encoding="utf-8"))
    failed = {c["figure"] for c in result["gate"]["checks"] if c["passed"] is False}
    assert {"hit@5", "mrr"} <= failed
    assert result["systems"]["assistant"]["figures"]["overall"]["hit@5"] == 0
    assert "REGRESSION" in (tmp_path / "latest" / "report.md").read_text(encoding="utf-8")
    assert "gate: FAILED" in capsys.readouterr().out


def test_an_answerer_that_always_declines_fails_the_gate(qna_settings, engine, healthy, slice_file, tmp_path):
    declining = Assistant(qna_settings, engine, AlwaysDeclines(), MemoryConversationStore())
    code = main(eval_args(str(slice_file), "--out", str(tmp_path)), qna_settings, assistant=declining,
                baseline_path=healthy["baseline"], progress=False)
    assert code == EXIT_GATE
    gate = json.loads((tmp_path / "latest" / "result.json").read_text(encoding="utf-8"))["gate"]
    failed = {c["figure"] for c in gate["checks"] if c["passed"] is False}
    assert {"answer_accuracy", "citation_accuracy"} <= failed
    assert "hit@5" not in failed  # retrieval untouched: the gate names what actually fell


def test_no_gate_reports_without_failing(qna_settings, engine, healthy, slice_file, tmp_path):
    code = main(eval_args(str(slice_file), "--no-gate", "--out", str(tmp_path)), qna_settings,
                assistant=_broken_engine_assistant(qna_settings, engine), baseline_path=healthy["baseline"],
                progress=False)
    assert code == EXIT_OK
    assert json.loads((tmp_path / "latest" / "result.json").read_text(encoding="utf-8"))["gate"] == {"skipped": "--no-gate"}


def test_no_baseline_fails_the_gate_with_a_clear_note(qna_settings, engine, slice_file, tmp_path, capsys):
    code = main(eval_args(str(slice_file), "--out", str(tmp_path)), qna_settings,
                assistant=_broken_engine_assistant(qna_settings, engine), baseline_path=tmp_path / "none.json",
                progress=False)
    assert code == EXIT_GATE
    assert "--update-baseline" in capsys.readouterr().out


# --------------------------------------------------------------------------- stale items
def _edited_corpus(tmp_path: Path, item: dict) -> Settings:
    """A copy of corpus/ in which the item's evidence sentence has been reworded."""
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    doc = corpus / item["document"]
    text = doc.read_text(encoding="utf-8")
    lines = text.split("\n")
    key = item["evidence"].split(":")[-1].strip().rstrip(".")[:25]
    hits = [n for n, line in enumerate(lines) if key and key in line]
    assert hits, f"cannot find {key!r} in {doc.name}"
    for n in hits:
        lines[n] = lines[n].replace(key, "Một đơn vị khác hẳn")
    doc.write_text("\n".join(lines), encoding="utf-8")
    return Settings(_env_file=None, corpus_dir=corpus)


def test_check_stale_names_items_whose_evidence_left_the_document(slice_file, tmp_path, capsys):
    items = load_items(slice_file)
    victim = next(i for i in items if i["kind"] == "lead")
    code = main(eval_args(str(slice_file), "--check-stale"), _edited_corpus(tmp_path, victim))
    assert code == EXIT_GATE
    out = capsys.readouterr().out
    assert victim["id"] in out and "stale" in out
    unchanged = main(eval_args(str(slice_file), "--check-stale"), Settings(_env_file=None, corpus_dir=ROOT / "corpus"))
    assert unchanged == EXIT_OK


def test_stale_items_are_reported_apart_and_not_counted(qna, slice_file, tmp_path):
    items = load_items(slice_file)
    victim = next(i for i in items if i["kind"] == "lead")
    few = tmp_path / "few.jsonl"
    keep = [victim] + [i for i in items if i["kind"] == "unanswerable"][:1]
    few.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in keep), encoding="utf-8")
    settings = _edited_corpus(tmp_path, victim)
    code = main(eval_args(str(few), "--no-gate", "--out", str(tmp_path / "out")), settings, assistant=qna,
                progress=False)
    assert code == EXIT_OK
    result = json.loads((tmp_path / "out" / "latest" / "result.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in result["stale"]] == [victim["id"]]
    outcome = next(o for o in result["systems"]["assistant"]["items"] if o["id"] == victim["id"])
    assert outcome["stale"] and outcome["answer"]  # asked, so that today's answer is shown beside the new text
    assert result["stale"][0]["old_quote"] == victim["evidence"] and result["stale"][0]["answer"] == outcome["answer"]
    assert "Một đơn vị khác hẳn" in result["stale"][0]["similar"]["line"]
    assert result["systems"]["assistant"]["figures"]["overall"]["items"] == 1
    md = (tmp_path / "out" / "latest" / "report.md").read_text(encoding="utf-8")
    stale_part = md.split("## Stale items")[1].split("## Assistant failures")
    assert victim["id"] in stale_part[0] and victim["id"] not in stale_part[1]


def test_cli_routes_check_stale_to_the_runner(capsys):
    from assistant.cli import main as cli_main

    assert cli_main(["eval", "--check-stale"]) == EXIT_OK  # the committed set matches the committed corpus
    assert "every evidence quote" in capsys.readouterr().out


# --------------------------------------------------------------------------- bad input
def test_bad_input_is_a_clear_error(qna_settings, tmp_path, capsys):
    assert main(eval_args(str(tmp_path / "missing.jsonl")), qna_settings) == EXIT_INPUT
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a-1"\n', encoding="utf-8")
    assert main(eval_args(str(bad)), qna_settings) == EXIT_INPUT
    partial = tmp_path / "partial.jsonl"
    partial.write_text(json.dumps({"id": "a-1", "question": "Ai chủ trì?", "kind": "lead", "must_include": []}) + "\n",
                       encoding="utf-8")
    assert main(eval_args(str(partial)), qna_settings) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "no evaluation set" in err and "line 1" in err and "needs document, section and evidence" in err


def test_generative_answerer_needs_a_model_server(slice_file, tmp_path, capsys):
    settings = Settings(_env_file=None, llm_base_url="")
    assert main(eval_args(str(slice_file), "--answerer", "generative"), settings) == EXIT_INPUT
    assert "QNA_LLM_BASE_URL" in capsys.readouterr().err


def test_unreadable_baseline_is_a_clear_error(qna, qna_settings, slice_file, tmp_path, capsys):
    broken = tmp_path / "baseline.json"
    broken.write_text("[1, 2", encoding="utf-8")
    assert main(eval_args(str(slice_file)), qna_settings, assistant=qna, baseline_path=broken) == EXIT_INPUT
    assert "unreadable baseline" in capsys.readouterr().err


def test_answerer_flag_loads_the_extractive_assistant(engine, qna_settings, slice_file, tmp_path):
    """The CLI path without an injected assistant (the model is the process's already-loaded one)."""
    one = tmp_path / "one.jsonl"
    first = load_items(slice_file)[0]
    one.write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")
    code = main(eval_args(str(one), "--answerer", "extractive", "--no-gate", "--out", str(tmp_path / "out")),
                qna_settings, progress=False)
    assert code == EXIT_OK
    result = json.loads((tmp_path / "out" / "latest" / "result.json").read_text(encoding="utf-8"))
    assert result["answerer"] == "extractive" and result["systems"]["assistant"]["items"][0]["id"] == first["id"]
