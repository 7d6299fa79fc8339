"""The evaluation as an extension of the assistant (assistant/extensions.py): ``assistant eval``.

The evals import the assistant to score it, so the assistant's CLI finds this command through the settings
rather than importing ``evals``. Cheap to import: the runner loads when the command runs.
"""
from __future__ import annotations

from assistant.service import ANSWERERS


def add_commands(commands) -> None:
    s = commands.add_parser("eval", help="score the assistant on the evaluation set")
    s.add_argument("file", nargs="?", help="JSONL set (default: evals/qa.jsonl)")
    s.add_argument("--answerer", choices=ANSWERERS, default=None, help="default: as the settings say")
    s.add_argument("--baselines", action="store_true", help="also run the llama-index and BM25 baselines")
    s.add_argument("--no-gate", action="store_true",
                   help="no gate: neither the figures nor items, stale items or changed facts fail the run")
    s.add_argument("--update-baseline", action="store_true", help="write today's figures as the new baseline")
    s.add_argument("--check-stale", action="store_true", help="only re-check evidence against the corpus")
    s.add_argument("--out", default=None, help="results folder")
    s.add_argument("--corpus", default=None, metavar="DIR",
                   help="with FILE: the set is about the plans in DIR (indexed into its own folder, same model)")
    s.add_argument("--split", choices=["all", "five_plans", "new_plans", "generated"], default="all",
                   help="which split of the default set to score (ignored with a FILE)")
    s.add_argument("--against", metavar="RUN", default=None,
                   help="compare item by item with this run (a folder under the results, or its path); "
                        "default: the last accepted run of the same split")
    s.add_argument("--accept", nargs="+", metavar="ITEM", default=None,
                   help="accept the new text of stale items (rewrites their evidence and expected answer), or a "
                        "document's changed facts (any of its generated item ids); 'all' accepts every one")
    s.add_argument("--drop", nargs="+", metavar="ITEM", default=None,
                   help="remove items from their set (needs --reason; recorded in dropped.jsonl beside the set)")
    s.add_argument("--reason", default=None, help="why the --drop items go")
    s.add_argument("--generated-sample", type=int, default=None, metavar="N",
                   help="facts scored per document in the generated split (default 8; 0: all)")
    s.set_defaults(func=run_eval)


def run_eval(args, settings) -> int:
    from evals.runner import main

    return main(args, settings)
