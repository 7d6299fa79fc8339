"""`assistant eval`: score the assistant (and, on request, two baselines) on the evaluation set.

    assistant eval                       # score evals/qa.jsonl, gate against evals/baseline.json
    assistant eval --baselines --no-gate # plus plain llama-index and BM25, side by side
    assistant eval --update-baseline     # make today's figures the baseline
    assistant eval --check-stale         # only re-check the set's evidence against corpus/
    assistant eval --accept lead-007     # take a stale item's evidence and expected answer from the new text
    assistant eval --drop lead-007 --reason "activity removed from the plan"

Maintainers replace plan documents; each run must show at once whether answers got
worse, item by item. Results go to <out>/<timestamp>/ and <out>/latest/ (result.json, report.md,
report.html); they are also the history the next run compares with (evals/history.py). Exit codes:
0 fine; 1 the gate failed: a headline figure fell more than the tolerance below the baseline (or
no baseline to compare with), an item passing in the last accepted run fails now (and is not
acknowledged), an item is stale, or a document's generated facts changed and wait to be accepted
(or --check-stale found stale items); 2 bad input (unreadable set, unknown --accept item, …).
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
import time
import traceback
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

from assistant.config import PROJECT_ROOT, Settings
from evals import report
from evals.dataset import (QA_PATH, DatasetError, as_list, check_evidence, citations, describe, load_items,
                           resolve_sections)
from evals.decisions import apply, propose, review, updates_of
from evals.generated import GENERATED_DIR, SAMPLE_FACTS, refresh
from evals.history import ACK_PATH, HistoryError, compare, find_reference, read_acknowledged
from evals.metrics import (FOLD_KINDS, HEADLINE, K_RETRIEVE, UNANSWERABLE, Outcome, Ref, Response, first_rank,
                           golds, score_answer, summarise, target_status)
from index.files import write_json
from index.plan_diff import PlanSnapshots

RESULTS_DIR = PROJECT_ROOT / "evals" / "results"
BASELINE_PATH = Path(__file__).with_name("baseline.json")
DEFAULT_TOLERANCE_POINTS = 2.0
EXIT_OK, EXIT_GATE, EXIT_INPUT = 0, 1, 2


class AssistantSystem:
    """The assistant as the eval sees it: retrieval from its engine, answers from ``ask``."""

    name = "assistant"

    def __init__(self, assistant):
        self.assistant = assistant
        self.answerer = getattr(assistant.answerer, "name", type(assistant.answerer).__name__)
        self.label = f"assistant ({self.answerer})"

    def retrieve(self, question: str, k: int = K_RETRIEVE) -> list[Ref]:
        return [Ref(h.document, h.section, h.text) for h in self.assistant.engine.search(question, k=k)]

    def respond(self, question: str) -> Response:
        a = self.assistant.ask(question).answer
        return Response(a.answer, a.grounded, [Ref(c.document, c.section, c.quote) for c in a.citations])

    def close(self) -> None:
        pass


# --------------------------------------------------------------------------- scoring
def _error_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


def score_item(system, item: dict, stale: bool = False, fold: bool = True) -> Outcome:
    """Run one item through a system. A failure is recorded on the item, never raised.

    A stale item is asked too (its answer is shown beside the document's new text) but marked, so it counts in
    no figure. ``fold`` False: no diacritic-free probe (the generated split has its own diacritic-free items).
    """
    gold = golds(item)
    o = Outcome(id=item["id"], kind=item["kind"], question=item["question"],
                answerable=item["kind"] != UNANSWERABLE, gold=[g.label() for g in gold], stale=stale)
    try:
        t0 = time.perf_counter()  # answer first: a system may reuse that retrieval, not the other way round
        response = system.respond(item["question"])
        o.latency_ms = 1000 * (time.perf_counter() - t0)
        score_answer(item, o, response.text, response.grounded, response.citations)
        if o.answerable:
            refs = system.retrieve(item["question"], K_RETRIEVE)
            o.rank, o.retrieved = first_rank(refs, gold), [r.label() for r in refs]
    except Exception as exc:  # one broken item must not lose the run
        o.error = _error_text(exc)
        o.answer_ok, o.citation_ok = False, (None if not gold else False)
    if fold and not stale and item["kind"] in FOLD_KINDS:
        o.folded = _score_folded(system, item, gold)
    return o


def _score_folded(system, item: dict, gold) -> dict:
    from index.normalize import fold

    question = fold(item["question"])
    probe = Outcome(id=item["id"], kind=item["kind"], question=question, answerable=True)
    try:
        response = system.respond(question)
        rank = first_rank(system.retrieve(question, K_RETRIEVE), gold)
    except Exception as exc:
        return {"question": question, "rank": None, "answer_ok": False, "citation_ok": False, "answer": "",
                "error": _error_text(exc)}
    score_answer(item, probe, response.text, response.grounded, response.citations)
    return {"question": question, "rank": rank, "answer_ok": probe.answer_ok, "citation_ok": probe.citation_ok,
            "answer": response.text}


def run_system(system, items: list[dict], stale_ids: set[str], progress: bool = True,
               fold: bool = True) -> list[Outcome]:
    from tqdm import tqdm

    outcomes: list[Outcome] = []
    reported = False
    for item in tqdm(items, desc=system.label, unit="q", disable=not progress, file=sys.stderr, dynamic_ncols=True):
        o = score_item(system, item, stale=item["id"] in stale_ids, fold=fold)
        if o.error and not reported:  # the first failure at once; all of them in the report
            print(f"\n{system.label}: {o.id} failed: {o.error}", file=sys.stderr)
            reported = True
        outcomes.append(o)
    return outcomes


# --------------------------------------------------------------------------- the set
def item_problems(items: list[dict]) -> list[str]:
    """What would stop an item from being scored (the full shape check lives in evals.dataset)."""
    problems, seen = [], set()
    for n, item in enumerate(items, start=1):
        ref = item.get("id") or f"item #{n}"
        for f in ("id", "question", "kind"):
            if not isinstance(item.get(f), str) or not item[f].strip():
                problems.append(f"{ref}: {f} must be a non-empty string")
        if not isinstance(item.get("must_include"), list):
            problems.append(f"{ref}: must_include must be a list")
        if item.get("kind") != UNANSWERABLE and not golds(item):
            problems.append(f"{ref}: an answerable item needs document, section and evidence")
        if item.get("id") in seen:
            problems.append(f"{ref}: duplicate id")
        seen.add(item.get("id"))
    if not items:
        problems.append("the set is empty")
    return problems


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _shown_path(path: Path) -> str:
    """Relative to the project when inside it, so results and the baseline do not depend on the checkout."""
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- baseline and gate
def read_baseline(path: Path) -> dict | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("answerers", {}), dict):
        raise ValueError(f"{path} is not a baseline file (expected an object with 'answerers')")
    return data




def _round(v):
    return round(v, 4) if isinstance(v, float) else v


def update_baseline(path: Path, existing: dict | None, answerer: str, overall: dict, set_info: dict,
                    created: str) -> dict:
    """Write today's headline figures as the baseline for ``answerer``; keep the other entries."""
    data = existing or {}
    data.setdefault("tolerance_points", DEFAULT_TOLERANCE_POINTS)
    data["about"] = ("Headline figures of `assistant eval` (evals/runner.py). The gate fails when any of them falls "
                     "more than tolerance_points percentage points below these (0.02 for MRR). "
                     "Rewrite with `assistant eval --update-baseline`.")
    data["headline"] = list(HEADLINE)
    data.setdefault("answerers", {})[answerer] = {
        "created": created,
        "set": set_info,
        "figures": {k: _round(overall.get(k)) for k in HEADLINE},
        "also": {k: _round(overall.get(k)) for k in ("hit@1", "wrongly_declined", "diacritics_gap", "items")},
    }
    write_json(path, data, indent=2)
    return data


def gate(baseline: dict | None, answerer: str, overall: dict, set_info: dict, baseline_path: Path) -> dict:
    """Compare today's headline figures with the baseline's; passed is False on any drop beyond tolerance."""
    if baseline is None or answerer not in baseline.get("answerers", {}):
        return {"passed": False, "checks": [], "tolerance_points": DEFAULT_TOLERANCE_POINTS,
                "notes": [f"no baseline for the {answerer} answerer in {baseline_path}: "
                          "run `assistant eval --update-baseline` (or --no-gate)"]}
    tol = float(baseline.get("tolerance_points", DEFAULT_TOLERANCE_POINTS))
    entry = baseline["answerers"][answerer]
    checks, notes = [], []
    for figure in baseline.get("headline", HEADLINE):
        base, today = entry["figures"].get(figure), overall.get(figure)
        if base is None or today is None:
            checks.append({"figure": figure, "baseline": base, "today": today, "drop_points": None, "passed": None})
            continue
        drop = 100 * (base - today)
        checks.append({"figure": figure, "baseline": base, "today": today, "drop_points": round(drop, 2),
                       "passed": drop <= tol + 1e-9})
    if entry.get("set", {}).get("sha256") != set_info["sha256"]:
        notes.append(f"the baseline was measured on a different set ({entry.get('set', {}).get('items', '?')} items, "
                     f"now {set_info['items']}): figures are compared as they are")
    failed = [c["figure"] for c in checks if c["passed"] is False]
    if failed:
        notes.insert(0, f"dropped more than {tol:g} points: {', '.join(failed)}")
    return {"passed": not failed, "checks": checks, "tolerance_points": tol, "notes": notes,
            "baseline_created": entry.get("created"), "baseline_file": _shown_path(baseline_path)}


# --------------------------------------------------------------------------- output
def _run_folder(root: Path, created: datetime) -> Path:
    stamp = created.strftime("%Y%m%dT%H%M%SZ")
    folder, n = root / stamp, 1
    while folder.exists():
        n += 1
        folder = root / f"{stamp}-{n}"
    folder.mkdir(parents=True)
    return folder


def write_outputs(result: dict, root: Path, created: datetime) -> Path:
    """<root>/<timestamp>/ with result.json, report.md, report.html; then <root>/latest/ as a copy."""
    folder = _run_folder(root, created)
    (folder / "result.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (folder / "report.md").write_text(report.markdown(result), encoding="utf-8")
    (folder / "report.html").write_text(report.html(result), encoding="utf-8")
    latest, staging = root / "latest", root / f".latest-{uuid.uuid4().hex}"
    shutil.copytree(folder, staging)
    old = None
    if latest.exists():
        old = root / f".latest-old-{uuid.uuid4().hex}"
        latest.rename(old)
    staging.rename(latest)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return folder


# --------------------------------------------------------------------------- entry point
def _err(message: str, code: int = EXIT_INPUT) -> int:
    print(f"lỗi / error: {message}", file=sys.stderr)
    return code


def _load_assistant(settings: Settings, answerer: str | None):
    """The assistant with ``--answerer`` (None: as the settings say), chosen by ``make_answerer`` like everywhere."""
    from assistant.service import Assistant

    return Assistant.load(settings, answerer=answerer)


def check_stale(items: list[dict], settings: Settings) -> int:
    stale = check_evidence(items, settings.corpus_dir)
    if not stale:
        print(f"{len(items)} items: every evidence quote is where its item says ({settings.corpus_dir}).")
        return EXIT_OK
    ids = sorted({p["id"] for p in stale})
    print(f"{len(ids)} stale item(s) of {len(items)}: {', '.join(ids)}")
    print(describe(stale))
    return EXIT_GATE


NEW_PLANS_DIR = Path(__file__).with_name("new_plans")  # plans in layouts the five were not: the generality split


@dataclass
class Split:
    """One scored part of the eval: its items, the corpus they are about, and its own baseline."""

    name: str
    items: Path  # a JSONL set, or (the generated split) the folder of generated files
    settings: Settings
    baseline: Path | None  # None: no aggregate gate (the generated split is gated per item only)
    out: Path | None
    model_settings: Settings | None = None  # where the model is loaded from, when not ``settings``


def splits(args, settings: Settings, baseline_path: Path, generated_dir: Path | None = None) -> list[Split]:
    """The five-plan split (``evals/qa.jsonl`` on ``corpus/``), the new-plans split (``evals/new_plans/``) and the
    generated split (``evals/generated/``, items generated from every plan of ``corpus/``), or just the set named
    on the command line."""
    out = Path(args.out) if args.out else RESULTS_DIR
    if args.file and getattr(args, "corpus", None):  # a set about other plans: their own index, the same model
        corpus = Path(args.corpus).resolve()
        # the folder's own name plus a digest of its path: two sets whose corpora are both ``…/layouts/corpus``
        # (sealed v1 and v2) must not share, and rebuild, one index
        tag = f"{corpus.parent.name}-{hashlib.sha1(str(corpus).encode()).hexdigest()[:8]}"
        own = settings.model_copy(update={"home": settings.home / f"eval-{tag}-{corpus.name}",
                                          "corpus_dir": corpus,
                                          "chroma_namespace": f"{settings.chroma_namespace}-eval-{tag}"})
        return [Split("set", Path(args.file), own, None, out, model_settings=settings)]
    if args.file:
        return [Split("set", Path(args.file), settings, baseline_path, out)]
    new_settings = settings.model_copy(update={"home": settings.home / "eval-new-plans",
                                               "corpus_dir": NEW_PLANS_DIR / "corpus",
                                               "chroma_namespace": f"{settings.chroma_namespace}-eval-new-plans"})
    chosen = [Split("five_plans", QA_PATH, settings, baseline_path, out),
              Split("new_plans", NEW_PLANS_DIR / "qa.jsonl", new_settings, NEW_PLANS_DIR / "baseline.json",
                    out / "new_plans", model_settings=settings),
              Split("generated", Path(generated_dir or GENERATED_DIR), settings, None, out / "generated")]
    wanted = getattr(args, "split", None) or "all"
    return [s for s in chosen if wanted in ("all", s.name)]


def main(args, settings: Settings, *, assistant=None, baseline_path: Path | None = None,
         embed_model=None, progress: bool = True, generated_dir: Path | None = None,
         ack_path: Path | None = None) -> int:
    """Run the eval as `assistant eval` asks: every split, each against its own baseline; the worst exit code.

    ``--accept`` / ``--drop`` are applied first (all checked before anything is written), then every split runs.
    """
    chosen = splits(args, settings, baseline_path or BASELINE_PATH, generated_dir)
    try:
        acknowledged = read_acknowledged(ack_path or ACK_PATH)
    except HistoryError as exc:
        return _err(str(exc))
    if getattr(args, "accept", None) or getattr(args, "drop", None):
        code = apply_decisions(args, chosen)
        if code != EXIT_OK:
            return code
    codes, figures = [], {}
    shared = {"main": assistant}  # the five plans and the generated split ask the same assistant: loaded once
    for split in chosen:
        own = shared["main"] if split.model_settings is None else None
        if own is None and assistant is not None:  # a split about plans of its own: their own index
            own = _split_assistant(split.settings, assistant.engine.embedder, progress)
        code, overall, used = run_split(args, split, assistant=own, embed_model=embed_model, progress=progress,
                                        acknowledged=acknowledged)
        if split.model_settings is None and used is not None:
            shared["main"] = used
        codes.append(code)
        if overall is not None and split.name in ("five_plans", "new_plans"):
            figures[split.name] = overall
    if len(figures) == 2:
        print(report.split_gap(figures))
    return max(codes) if codes else EXIT_OK


# --------------------------------------------------------------------------- decisions: --accept, --drop
def _stale_reviews(items: list[dict], settings: Settings) -> list[dict]:
    """check_evidence's problems, each with its item's old quote, the section's new text and the most alike line
    (in the document that replaced it, when the last ingest saw one replace another)."""
    by_id = {i["id"]: i for i in items}
    parsed: dict = {}
    out = []
    problems = check_evidence(items, settings.corpus_dir)
    updates = updates_of(PlanSnapshots(settings.home).last()) if problems else {}
    for p in problems:
        item = by_id.get(p["id"], {})
        quote = next((e for d, s, e in citations(item) if (d, s) == (p["document"], p["section"])), "")
        out.append({**review({**p, "evidence": quote}, settings.corpus_dir, parsed, updates),
                    "found_in": p.get("found_in")})
    return out


@dataclass
class _Decisions:
    """What ``--accept`` / ``--drop`` ask, and what checking them against the splits found."""

    accept: set[str]
    drop: set[str]
    everything: bool  # --accept all
    reason: str | None
    errors: list[str] = field(default_factory=list)
    actions: list = field(default_factory=list)  # run only when every decision checked out
    claimed: set[str] = field(default_factory=set)  # ids some split knows


def apply_decisions(args, chosen: list[Split]) -> int:
    """Check every --accept / --drop against the chosen splits, then apply them all (or none, on any error)."""
    accept = set(args.accept or [])
    d = _Decisions(accept - {"all"}, set(args.drop or []), "all" in accept, args.reason)
    if d.drop and not (d.reason or "").strip():
        return _err('--drop needs --reason "why the item goes" (it is recorded with the item)')
    for split in chosen:
        if split.name == "generated":
            _check_generated(split, d)
        else:
            _check_set(split, d)
    d.errors += [f"{i}: no such item in the chosen splits" for i in sorted((d.accept | d.drop) - d.claimed)]
    if d.errors:
        return _err("nothing changed:\n" + "\n".join(d.errors))
    for action in d.actions:
        done = action()
        if done:
            print(done)
    return EXIT_OK


def _accept_facts(update) -> str:
    update.accept()
    return (f"accepted {len(update.changes)} fact change(s) of {update.document or update.path.name} "
            f"({update.reason}): {update.path.name} rewritten")


def _check_generated(split: Split, d: _Decisions) -> None:
    """A document's changed facts are accepted together, by any of its generated ids (or --accept all)."""
    gen = refresh(split.settings.corpus_dir, split.items)
    ids = {i["id"] for i in gen.items} | {i for u in gen.pending for i in u.ids()}
    d.errors += [f"{i}: a generated item cannot be dropped (it follows its document)" for i in sorted(d.drop & ids)]
    for update in gen.pending:
        if d.everything or update.ids() & d.accept:
            d.actions.append(partial(_accept_facts, update))
    d.claimed |= ids & d.accept  # an unchanged generated item: nothing to accept, but not unknown either


def _apply_set(split: Split, items: list[dict], proposals: dict, dropped: set[str], reason: str | None) -> str:
    return "\n".join(apply(split.items, items, proposals, dropped, reason, split.name))


def _check_set(split: Split, d: _Decisions) -> None:
    """Stale items of a hand-written set are accepted from the new text; any of its items can be dropped."""
    try:
        items = load_items(split.items)
    except (OSError, DatasetError, UnicodeDecodeError) as exc:
        d.errors.append(f"{split.items}: {exc}")
        return
    by_id = {i["id"]: i for i in items}
    reviews = _stale_reviews(items, split.settings)
    stale = {r["id"] for r in reviews}
    proposals = {}
    for item_id in sorted((stale if d.everything else d.accept & set(by_id)) - d.drop):
        if item_id not in stale:
            d.errors.append(f"{item_id}: not stale, nothing to accept (a failing item is fixed, or listed with a "
                            f"reason in evals/acknowledged.jsonl)")
            continue
        new = propose(by_id[item_id], [r for r in reviews if r["id"] == item_id])
        if new is not None:
            proposals[item_id] = new
        elif d.everything:  # 'all' takes what can be taken; the rest stays stale, to drop or edit
            print(f"not accepted {item_id}: no new text to take its evidence from (drop it, or edit it by hand)")
        else:
            d.errors.append(f"{item_id}: no new text to take its evidence from: edit it by hand or drop it")
    dropped = d.drop & set(by_id)
    d.claimed |= (d.accept | d.drop) & set(by_id)
    if proposals or dropped:
        d.actions.append(partial(_apply_set, split, items, proposals, dropped, d.reason))


def _split_assistant(settings: Settings, embedder, progress: bool):
    """An assistant over a split's own corpus, indexed (incrementally) into its own folder with the same model."""
    from assistant.conversation import MemoryConversationStore
    from assistant.service import Assistant, make_answerer
    from index.ingest import ingest
    from index.retrieval import SearchEngine

    rep = ingest(settings, embedder=embedder, progress=progress)
    if rep.failed:
        print(f"new-plans split: could not index {', '.join(sorted(rep.failed))}", file=sys.stderr)
    engine = SearchEngine(settings, embedder)
    return Assistant(settings, engine, make_answerer(settings, engine, "extractive"), MemoryConversationStore())


def _generation(assistant) -> str | None:
    gen = getattr(getattr(assistant.engine, "snapshot", None), "generation", None)
    return None if gen is None else Path(str(gen)).name


def _load_split_items(split: Split, args):
    """(items, generated set or None); raises what load_items raises."""
    if split.name != "generated":
        return load_items(split.items), None
    gen = refresh(split.settings.corpus_dir, split.items, write=not args.check_stale)
    return gen.sample(getattr(args, "generated_sample", None) if getattr(args, "generated_sample", None) is not None
                      else SAMPLE_FACTS), gen


def run_split(args, split: Split, *, assistant=None, embed_model=None, progress: bool = True,
              acknowledged: dict | None = None):
    """Score one split; returns (exit code, overall figures or None, the assistant it asked or None)."""
    path, settings, baseline_path = split.items, split.settings, split.baseline
    try:
        items, generated = _load_split_items(split, args)
    except FileNotFoundError:
        return _err(f"no evaluation set at {path}"), None, None
    except (DatasetError, UnicodeDecodeError) as exc:
        return _err(str(exc)), None, None
    if generated is not None and not items and not generated.pending:
        print(f"\n=== split: generated: no activity in {_shown_path(settings.corpus_dir)} to generate items from ===")
        return EXIT_OK, None, assistant
    problems = item_problems(items) if items or generated is None else []
    if problems:
        return _err(f"{path} cannot be scored:\n" + "\n".join(problems[:20])), None, None
    if args.check_stale:
        return check_stale(items, settings), None, None
    try:
        baseline = read_baseline(baseline_path) if baseline_path is not None else None
    except (ValueError, json.JSONDecodeError) as exc:
        return _err(f"unreadable baseline {baseline_path}: {exc}"), None, None
    root = split.out or RESULTS_DIR
    try:
        reference = find_reference(root, split.name, getattr(args, "against", None))
    except HistoryError as exc:
        return _err(str(exc)), None, None

    stale = _stale_reviews(items, settings)
    stale_ids = {p["id"] for p in stale}
    items = resolve_sections(items, settings.corpus_dir)  # scored against the parser's names of the sections
    if assistant is None:
        try:
            if split.model_settings is not None:  # a split about plans of its own
                main_assistant = _load_assistant(split.model_settings or settings, args.answerer)
                assistant = _split_assistant(settings, main_assistant.engine.embedder, progress)
            else:
                assistant = _load_assistant(settings, args.answerer)
        except (ValueError, ImportError) as exc:
            return _err(str(exc)), None, None
    systems = [AssistantSystem(assistant)]
    if args.baselines:
        from evals.baselines import build_baselines

        print("building the baselines (llama-index embeds the corpus once)…", file=sys.stderr)
        systems += build_baselines(settings, assistant.engine, embed_model=embed_model)

    created = datetime.now(timezone.utc)
    set_info = {"file": _shown_path(path), "items": len(items), "sha256": _set_sha(path, items)}
    corpus = {d["document"]: d.get("sha256") for d in assistant.documents()}
    result: dict = {"created": created.isoformat(timespec="seconds"), "split": split.name, "set": set_info,
                    "answerer": systems[0].answerer, "k": K_RETRIEVE,
                    "index": {"generation": _generation(assistant), "documents": corpus},
                    "corpus": [{"document": d, "sha256": h} for d, h in corpus.items()],
                    "stale": stale, "systems": {}}
    try:
        for system in systems:
            outcomes = run_system(system, items, stale_ids, progress=progress, fold=generated is None)
            result["systems"][system.name] = {"label": system.label, "figures": summarise(outcomes),
                                              "items": [_record(o, item, corpus) for o, item in zip(outcomes, items)]}
    finally:
        for system in systems:
            system.close()

    overall = result["systems"]["assistant"]["figures"]["overall"]
    answers = {o["id"]: o for o in result["systems"]["assistant"]["items"]}
    for p in stale:  # today's answer beside the old quote and the new text
        p["answer"] = answers.get(p["id"], {}).get("answer", "")
    result["targets"] = target_status(overall)
    result["tolerance_points"] = float((baseline or {}).get("tolerance_points", DEFAULT_TOLERANCE_POINTS))
    if generated is not None:
        result["generated"] = {"facts_total": len(generated.items), "scored": len(items),
                               "pending": [u.to_json() for u in generated.pending], "written": generated.written}
    update = PlanSnapshots(settings.home).last()
    if update:
        result["plan_update"] = update
    if args.update_baseline and baseline_path is not None:
        update_baseline(baseline_path, baseline, result["answerer"], overall, set_info, result["created"])
        result["gate"] = {"skipped": f"baseline updated: {_shown_path(baseline_path)}"}
    elif args.no_gate:
        result["gate"] = {"skipped": "--no-gate"}
    elif baseline_path is None:
        result["gate"] = {"skipped": "no aggregate baseline for this split: it is gated item by item"}
    else:
        result["gate"] = gate(baseline, result["answerer"], overall, set_info, baseline_path)
    before = reference[1]["systems"].get("assistant", {}).get("items", []) if reference else []
    result["items_gate"] = compare(before, result["systems"]["assistant"]["items"], split.name,
                                   acknowledged or {}, reference[0] if reference else None)
    result["verdict"] = verdict(result, no_gate=args.no_gate)
    result["accepted"] = result["verdict"]["passed"] is True

    folder = write_outputs(result, root, created)
    if split.name != "set":
        print(f"\n=== split: {split.name} ({set_info['file']}, corpus {_shown_path(settings.corpus_dir)}) ===")
    print(report.console(result))
    print(f"\nreport: {folder / 'report.html'} (also {root / 'latest'})")
    return (EXIT_GATE if result["verdict"]["passed"] is False else EXIT_OK), overall, assistant


def _set_sha(path: Path, items: list[dict]) -> str:
    if Path(path).is_file():
        return _sha256(Path(path))
    return hashlib.sha256("".join(json.dumps(i, ensure_ascii=False, sort_keys=True) for i in items).encode()).hexdigest()


def _record(o: Outcome, item: dict, corpus: dict) -> dict:
    """An item's outcome as history keeps it: what was expected, what came back, and the documents' hashes."""
    out = o.to_dict()
    out["passed"] = not o.stale and not o.failed and o.error is None
    out["expected"] = {k: item.get(k) for k in ("must_include", "document", "section", "evidence")}
    out["documents"] = {d: corpus.get(d) for d in as_list(item.get("document"))}
    return out


def verdict(result: dict, no_gate: bool = False) -> dict:
    """The run's verdict: the aggregate gate, the per-item gate, stale items and pending fact changes."""
    if no_gate:
        return {"passed": None, "reasons": ["--no-gate"]}
    reasons = []
    if result["gate"].get("passed") is False:
        reasons.append("a headline figure fell below the baseline")
    items_gate = result["items_gate"]
    if not items_gate["passed"]:
        reasons.append(f"{len(items_gate['blocking'])} newly failing item(s): {', '.join(items_gate['blocking'])}")
    if result["stale"]:
        ids = sorted({p["id"] for p in result["stale"]})
        reasons.append(f"{len(ids)} stale item(s) to accept or drop: {', '.join(ids)}")
    pending = (result.get("generated") or {}).get("pending") or []
    if pending:
        n = sum(len(u["changes"]) for u in pending)
        reasons.append(f"{n} fact change(s) in {len(pending)} document(s) to accept (assistant eval --accept ID)")
    return {"passed": not reasons, "reasons": reasons}
