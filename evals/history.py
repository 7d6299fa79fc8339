"""Per-item history: what each item did in this run against the last accepted run of the same split.

Every run already keeps each item's outcome (answer, citations, grounded, scores) in
``<results>/<timestamp>/result.json``, with the index generation and the documents' hashes. The gate compares item
by item with the *reference*: the newest run of the same split that was accepted (its gate passed, or its baseline
was rewritten), or the run named by ``--against``. Comparing with the last accepted run, not merely the last run,
means a regression stays a regression when the eval is simply run again.

An item that passed in the reference and fails now is *newly failing*: the gate fails on it, whatever the
aggregate figures do, unless ``evals/acknowledged.jsonl`` lists it with a reason (a line
``{"id": "lead-007", "reason": "…"}``, optionally with ``"split"``). The first run, with no history (a fresh
clone, CI), has nothing to compare with and passes this check.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from evals.metrics import normalise

ACK_PATH = Path(__file__).with_name("acknowledged.jsonl")
_RUN = re.compile(r"\d{8}T\d{6}Z(-\d+)?")


class HistoryError(ValueError):
    """A reference run or acknowledgement file that cannot be used."""


def passed(o: dict) -> bool:
    return not o.get("stale") and bool(o.get("answer_ok")) and o.get("citation_ok") is not False and not o.get("error")


def accepted(result: dict) -> bool:
    """A run other runs may be compared with (older results have no "accepted" field: their gate decides)."""
    if "accepted" in result:
        return bool(result["accepted"])
    gate = result.get("gate") or {}
    return gate.get("passed") is True or str(gate.get("skipped", "")).startswith("baseline updated")


def _read(folder: Path) -> dict | None:
    try:
        return json.loads((folder / "result.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def find_reference(root: Path, split: str, against: str | None = None) -> tuple[str, dict] | None:
    """(run name, result) to compare with: ``against`` (a run folder, its name under ``root``, or a result.json),
    else the newest accepted run of ``split`` under ``root``; None when there is none."""
    root = Path(root)
    if against:
        for candidate in (Path(against), root / against):
            folder = candidate.parent if candidate.name == "result.json" else candidate
            result = _read(folder) if folder.is_dir() else None
            if result is not None:
                return folder.name, result
        raise HistoryError(f"--against {against}: no result.json there (nor under {root})")
    if not root.is_dir():
        return None
    for folder in sorted((p for p in root.iterdir() if p.is_dir() and _RUN.fullmatch(p.name)), reverse=True):
        result = _read(folder)
        if result is not None and result.get("split") == split and accepted(result):
            return folder.name, result
    return None


def read_acknowledged(path: Path = ACK_PATH) -> dict[str, dict]:
    """id → entry; every entry needs an id and a non-empty reason."""
    path = Path(path)
    if not path.exists():
        return {}
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError as exc:
            raise HistoryError(f"{path.name} line {n}: not valid JSON ({exc})") from exc
        if not isinstance(entry, dict) or not str(entry.get("id", "")).strip() \
                or not str(entry.get("reason", "")).strip():
            raise HistoryError(f"{path.name} line {n}: an acknowledgement needs an id and a reason")
        out[entry["id"]] = entry
    return out


def _side(o: dict) -> dict:
    return {"answer": o.get("answer", ""), "citations": o.get("citations", []), "grounded": o.get("grounded"),
            "passed": passed(o), "missing": o.get("missing", []), "error": o.get("error")}


def compare(before: list[dict], after: list[dict], split: str, acknowledged: dict[str, dict],
            reference: str | None) -> dict:
    """Items newly failing, newly passing, answer changed while passing, citation moved; each with both sides."""
    old = {o["id"]: o for o in before}
    out = {"reference": reference, "newly_failing": [], "newly_passing": [], "answer_changed": [],
           "citation_moved": [], "acknowledged": [], "new_items": []}
    for o in after:
        b = old.get(o["id"])
        if o.get("stale"):
            continue
        if b is None:
            if reference is not None:
                out["new_items"].append(o["id"])
            continue
        if b.get("stale"):
            continue
        entry = {"id": o["id"], "kind": o.get("kind"), "question": o.get("question"), "before": _side(b),
                 "after": _side(o)}
        was, now = passed(b), passed(o)
        if was and not now:
            ack = acknowledged.get(o["id"])
            if ack and ack.get("split", split) == split:
                entry["acknowledged"] = ack["reason"]
                out["acknowledged"].append(o["id"])
            out["newly_failing"].append(entry)
        elif now and not was:
            out["newly_passing"].append(entry)
        elif was and now:
            if normalise(b.get("answer", "")) != normalise(o.get("answer", "")):
                out["answer_changed"].append(entry)
            if sorted(b.get("citations", [])) != sorted(o.get("citations", [])):
                out["citation_moved"].append(entry)
    blocking = [e["id"] for e in out["newly_failing"] if "acknowledged" not in e]
    out["passed"] = not blocking
    out["blocking"] = blocking
    return out
