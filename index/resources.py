"""The language resources the index reads by (index/data/*.tsv): one reader for all of them.

Each file is tab-separated, one row per word or phrase, with its source in the last column; lines starting
with ``#`` are the file's notes (what it holds, where it comes from).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=None)
def rows(name: str, width: int = 4) -> tuple[tuple[str, ...], ...]:
    """The rows of ``index/data/<name>.tsv``, each padded to ``width`` fields."""
    out = []
    for line in (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(tuple((line.split("\t") + [""] * width)[:width]))
    return tuple(out)
