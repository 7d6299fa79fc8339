"""Language knowledge as data: the words that say *how* a question asks, not what about.

Interrogatives, small talk, yes/no cues, genre words, the nouns plans use for their items and the
replies the assistant writes itself live in the TSV files of this folder, each row with a ``source``
column (``general`` Vietnamese or English, or the ``administrative`` genre of the plans), so a new
phrasing is a row, not a code change. No unit, plan, issuer or place names: those come from the
documents. Each file is read once per process.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from index.normalize import fold

_DIR = Path(__file__).parent
SOURCES = ("general", "administrative")


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``<name>.tsv`` (header first; ``#`` lines are comments)."""
    with (_DIR / f"{name}.tsv").open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    out = tuple(dict(r) for r in csv.DictReader(lines, delimiter="\t"))
    for r in out:
        if r.get("source") not in SOURCES:
            raise ValueError(f"{name}.tsv: row {r} has no source among {SOURCES}")
    return out


@lru_cache(maxsize=None)
def phrases(name: str, kind: str, lang: str | None = None) -> tuple[str, ...]:
    """The folded phrases of ``kind`` in ``<name>.tsv`` (of ``lang`` when given), longest first."""
    found = {fold(r["phrase"]) for r in rows(name) if r["kind"] == kind and (lang is None or r["lang"] == lang)}
    return tuple(sorted(found, key=lambda p: (-len(p.split()), p)))


@lru_cache(maxsize=None)
def any_phrase(name: str, kind: str) -> re.Pattern:
    """Any phrase of ``kind`` in ``<name>.tsv`` as a run of whole words of a folded text."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases(name, kind))) + r")\b")


@lru_cache(maxsize=None)
def written(name: str, kind: str) -> tuple[str, ...]:
    """The phrases of ``kind`` in ``<name>.tsv`` as written (case and diacritics kept), in the file's order."""
    return tuple(r["phrase"] for r in rows(name) if r["kind"] == kind)


@lru_cache(maxsize=None)
def unit_start() -> str:
    """A pattern for where a unit's name starts as written: a head of ``units.tsv`` not followed by the word that
    makes it a common noun ("Hội nghị", "Trường hợp", "Báo cáo": ``not_unit``). One list for a sentence naming
    who acts and a heading naming the unit it tasks."""
    heads = sorted(set(written("units", "head")), key=len, reverse=True)
    nots = sorted(set(written("units", "not_unit")), key=len, reverse=True)
    return (r"(?!(?:" + "|".join(map(re.escape, nots)) + r")(?!\w))"
            r"(?:" + "|".join(map(re.escape, heads)) + r")(?!\w)")


@lru_cache(maxsize=None)
def reply(key: str, lang: str) -> str:
    """A sentence the assistant writes itself (``replies.tsv``), in ``lang`` (Vietnamese when missing)."""
    texts = {r["lang"]: r["text"] for r in rows("replies") if r["key"] == key}
    return texts.get(lang) or texts["vi"]


@lru_cache(maxsize=None)
def chat_words(lang: str = "vi") -> dict[str, str]:
    """Words shortened in chat ("ko", "j", "vs", "bn") → the word written out (``chat.tsv``), lower-case keys."""
    return {r["short"].lower(): r["word"] for r in rows("chat") if r["lang"] == lang}
