"""Text normalisation and tokenisation for Vietnamese.

The documents arrive in mixed Unicode forms (NFC and decomposed), with non-breaking
spaces, tabs and markdown emphasis; users type with or without diacritics. Everything
that compares text goes through these functions so both sides agree.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_EMPHASIS = re.compile(r"\*{1,3}")
_WS = re.compile(r"\s+")
# A Vietnamese syllable or a token such as "57-NQ/TW", "PAR", "2025", "dichvucong.quangngai.gov.vn".
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

# Letters by case, for character classes: "[À-Ỹ]" is no upper-case class (the range holds "à", "đ", "ư"…)
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.isupper() and ch.isalpha())
LOWER = "a-z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.islower() and ch.isalpha())


# a backslash before ASCII punctuation is a Markdown escape (CommonMark §2.4); "\|" stays: it is a pipe inside
# a table cell, not a cell boundary
_ESCAPED = re.compile(r"\\([!-/:-@\[\]^_`{}~])")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_line(line: str) -> str:
    """NFC, unify spaces, drop markdown emphasis and heading markers, trim."""
    line = nfc(line)
    line = _SPACES.sub(" ", line)
    line = _EMPHASIS.sub("", line)
    line = re.sub(r"^\s*#{1,6}\s+", "", line)
    line = _ESCAPED.sub(r"\1", line)  # Markdown's "1\." (a numbered line kept from becoming a list): "1."
    return line.strip()


def squash(text: str) -> str:
    """NFC + emphasis removal + whitespace collapsed: the form used to compare quotes."""
    text = _EMPHASIS.sub("", nfc(text).replace("\u00a0", " "))
    return _WS.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower-case and strip diacritics (đ→d): 'Đài Phát thanh' → 'dai phat thanh'."""
    # Answering a question folds the same words, unit names and titles hundreds of times: short texts are
    # remembered (bounded), long ones (a section's text) are folded each time rather than kept.
    return _fold_short(text) if len(text) <= _FOLD_CACHED_CHARS else _fold(text)


_FOLD_CACHED_CHARS = 200


def _fold(text: str) -> str:
    text = nfc(text).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


_fold_short = lru_cache(maxsize=1 << 16)(_fold)


def has_diacritics(text: str) -> bool:
    return fold(text) != nfc(text).lower()


def tokens(text: str) -> list[str]:
    """Lower-cased syllables (diacritics kept)."""
    return _TOKEN.findall(nfc(text).lower())


def folded_tokens(text: str) -> list[str]:
    """Accent-folded syllables: the lexical index's unit, so 'nop ho so' matches 'nộp hồ sơ'."""
    return _TOKEN.findall(fold(text))


# the shape of a Vietnamese syllable typed without its diacritics: an initial consonant, one to three vowels, a
# final consonant ("the" is "thể", "ttdt" is no syllable but initials)
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def vietnamese_syllable(token: str) -> bool:
    """``token`` (folded, lower-case) could be one Vietnamese syllable."""
    return bool(_SYLLABLE.fullmatch(token))
