"""Paraphrase consistency: does a question asked in other words get the answer its original gets?

A paraphrase item carries ``orig_id``, the item of another set it rewords. Given the result of
scoring the paraphrases and the result of scoring the originals (``result.json`` of two
``assistant eval`` runs), an item is consistent when its verdict (answer right or wrong) and its
first citation (document § section) are those of its original. Printed per style
(informal, no diacritics, initials, English, typo, two-part) with the paraphrases' accuracy.

    python -m evals.consistency PARAPHRASE_RESULT.json ORIGINAL_RESULT.json PARAPHRASE_SET.jsonl
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path


def _items(result_path: Path) -> dict[str, dict]:
    result = json.loads(result_path.read_text(encoding="utf-8"))
    system = next(iter(result["systems"].values()))
    return {o["id"]: o for o in system["items"]}


def _first_citation(outcome: dict) -> str | None:
    cites = outcome.get("citations") or []
    return cites[0] if cites else None


def consistency(paraphrases: dict[str, dict], originals: dict[str, dict], items: list[dict]) -> dict:
    by_style: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for item in items:
        mine, theirs = paraphrases.get(item["id"]), originals.get(item.get("orig_id", ""))
        if mine is None or theirs is None:
            continue
        same = mine.get("answer_ok") == theirs.get("answer_ok") and \
            (not mine.get("answerable") or _first_citation(mine) == _first_citation(theirs))
        for style in ("all", item.get("style", "?")):
            by_style[style].append((bool(mine.get("answer_ok")), same))
    return {style: {"n": len(rows), "accuracy": sum(a for a, _ in rows) / len(rows),
                    "consistency": sum(s for _, s in rows) / len(rows)} for style, rows in by_style.items()}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    items = [json.loads(line) for line in Path(argv[2]).read_text(encoding="utf-8").splitlines() if line.strip()]
    table = consistency(_items(Path(argv[0])), _items(Path(argv[1])), items)
    print(f"{'style':<16}{'n':>5}{'accuracy':>10}{'consistency':>13}")
    for style in sorted(table, key=lambda s: (s != "all", s)):
        row = table[style]
        print(f"{style:<16}{row['n']:>5}{row['accuracy']:>10.1%}{row['consistency']:>13.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
