"""A question that sets two values side by side, read as the two questions it holds.

"Tỷ lệ hài lòng Quý II so với Quý I tăng hay giảm?", "Sở A và Sở B, sở nào giải quyết đúng hạn tốt hơn?",
"… năm 2025 đã đạt chỉ tiêu của kế hoạch 27 chưa?", "So sánh chỉ tiêu giao cho Bệnh viện X và Trung tâm Y": each
value sits in its own section (often of another plan, a report beside its plan), so one search for the whole
sentence finds one of them. Each side is asked on its own ("… Quý I là bao nhiêu?") and both answers are shown.
The words that mark a comparison, its verdicts and the words periods start with are data
(assistant/language/cues.tsv: compare_*, period_head); unit names start with the heads of units.tsv.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant import language as L
from assistant.verify import blanked
from index.genre import genre
from index.normalize import fold, nfc
from index.query import detect_language

_LABEL = r"(?:[ivxl]+|\d{1,4})(?:/\d{2,4})?"  # "II", "2025", "8/2026": what follows a period's head
_MORE_OF = re.compile(r"\bnhieu (\w.{0,30}?) hon\b")  # "nhiều nhiệm vụ hơn", "nhiều điểm hơn" (folded)
_CONNECTORS = re.compile(r"\s+(?:va|hay|hoac|voi|or|and)\s+|\s*,\s*")
# lower-case words that stay inside a unit's name ("Sở Nông nghiệp và Môi trường", "Trung tâm Y tế khu vực X")
_IN_NAME = {"va", "-", "–", "&", "tinh", "huyen", "xa", "phuong", "thi", "thanh", "pho", "khu", "vuc", "cap", "quan"}
_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"[A-ZĐ]{2,}\b")  # "SIPAS", "PCI": a name of its own, paired with another such


@lru_cache(maxsize=None)
def _written(kind: str) -> re.Pattern:
    """The phrases of ``kind`` as written (diacritics kept): "số với" is no "so với"."""
    phrases = sorted({p.lower() for p in L.written("cues", kind)}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")


class _Phrase:
    """A kind's phrases found in a question's text: as written when it is typed with diacritics, folded when it
    is typed without them (its positions are the same in both: the text is NFC, folding keeps its length)."""

    def __init__(self, kind: str):
        self.kind = kind

    def _pattern(self, text: str) -> tuple[re.Pattern, str]:
        folded = fold(text)
        if folded == text.lower():  # typed without diacritics
            return L.any_phrase("cues", self.kind), folded
        return _written(self.kind), nfc(text).lower()

    def search(self, text: str):
        pattern, subject = self._pattern(text)
        return pattern.search(subject)

    def finditer(self, text: str):
        pattern, subject = self._pattern(text)
        return pattern.finditer(subject)


@lru_cache(maxsize=None)
def _phrase(kind: str) -> _Phrase:
    return _Phrase(kind)


@lru_cache(maxsize=1)
def _unit_heads() -> tuple[str, ...]:
    return tuple(sorted(set(L.written("units", "head")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _named_heads() -> tuple[str, ...]:
    """The first words of a unit's or a place's name, folded ("so", "trung tam", "xa", "phuong")."""
    return tuple(sorted({fold(h).lower() for h in (*_unit_heads(), *L.written("cues", "place_head"))}, key=len,
                        reverse=True))


@lru_cache(maxsize=1)
def _period() -> re.Pattern:
    heads = "|".join(map(re.escape, L.phrases("cues", "period_head")))
    return re.compile(rf"\b(?:{heads})\s+{_LABEL}\b|\b\d+\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{{4}})?\b")


@lru_cache(maxsize=1)
def _plan_ref() -> re.Pattern:
    """"trong kế hoạch 27", "của Quyết định số 12/2026": a plan named inside one side (folded)."""
    types = "|".join(map(re.escape, genre().type_words))
    return re.compile(rf"\b(?:trong|cua|theo|tai)\s+(?:{types})(?:\s+so)?(?:\s+[\w/.-]+)?")


def sides(text: str) -> tuple[str, str] | None:
    """The two questions a comparison holds, or None when ``text`` compares nothing (or two plans as wholes,
    which assistant/compose.py answers)."""
    t = nfc(" ".join(text.split())).rstrip(" ?")
    f = fold(t)
    if len(f) != len(t) or not t:
        return None
    time = _phrase("compare_time").search(t)
    amount = _phrase("compare_amount").search(t)
    duration = _phrase("compare_duration").search(t)
    verdict = time or amount or duration
    if not verdict and re.search(r"(?<!\bthe )\bnao\b|\b(?:gi|ai|which|what|who)\b", f):
        return None  # "nhiệm vụ nào mới có … so với năm 2024": which items, not two values (assistant/compose.py)
    pair = _across_mark(t, f) or _reached(t, f)
    if pair is None and verdict and len(_clean(t[verdict.end():]).split()) >= 2 and len(t[:verdict.start()].split()) >= 2 \
            and not re.search(r"\b\w+ nao\b", f):  # "Hạn A trong kế hoạch 27 sớm hay muộn hơn hạn chung trong Quy chế?"
        pair = t[:verdict.start()], _completed(_clean(t[verdict.end():]), _clean(t[:verdict.start()]))
    if pair is None and (verdict or re.search(r"\bso sanh\b", f) or _MORE_OF.search(f)):
        pair = _named_pair(t, f)
    if pair is None:
        return None
    more_less = amount and re.search(r"\bhon\b", fold(amount.group(0)))  # "cao hơn": an amount; "khác nhau": either
    asks_time = bool(time) or (not more_less and not duration
                               and bool(re.search(r"\b(?:han|thoi han|thoi gian|ngay nao|khi nao)\b", f)))
    asks = "time" if asks_time else "duration" if duration else "amount"
    if verdict:  # "… của STP và của xã X, ai đặt cao hơn": "ai" asks which side, not who
        pair = tuple(re.sub(r"(?i)(?<!\w)ai(?!\w)", " ", p) for p in pair)
    out = tuple(_asked(_clean(p), asks) for p in pair)
    if not all(len(p.split()) >= 2 for p in out) or fold(out[0]) == fold(out[1]):
        return None
    return out  # type: ignore[return-value]


def _across_mark(t: str, f: str) -> tuple[str, str] | None:
    """"L so với R" / "So với R, L": the side after the mark completed from the one before it."""
    m = _phrase("compare_mark").search(t)
    if m is None:
        return None
    if not f[:m.start()].strip():
        comma = t.find(",", m.end())
        if comma < 0:
            return None
        right, left = t[m.end():comma], t[comma + 1:]
    else:
        left, right = t[:m.start()], t[m.end():]
    right = _clean(right)
    return left, _completed(right, _clean(left))


def _reached(t: str, f: str) -> tuple[str, str] | None:
    """"L đã đạt R chưa?": the result, and the target it is held against."""
    m = _phrase("compare_reach").search(t)
    end = re.search(r"\s*\b(?:chua|khong|yet)\s*$", f)
    if m is None or end is None or end.start() <= m.end():
        return None
    left, right = t[:m.start()], t[m.end():end.start()]
    return left, _completed(_clean(right), _clean(left))


def _completed(right: str, left: str) -> str:
    """The side after the mark, which often names only what differs ("Quý I", "chỉ tiêu 2026 của ngành"): put in
    the place of its like in the other side, else joined to what the other side asks about."""
    rw, lw = right.split(), left.split()
    if 1 <= len(rw) <= 3:
        head = fold(rw[0])
        for i, w in enumerate(lw):
            if fold(w) == head and i + len(rw) <= len(lw):
                return " ".join(lw[:i] + rw + lw[i + len(rw):])
    own = re.search(r"\b(?:cua|o|tai)\b", fold(right))
    if own and re.search(r"\b[A-ZĐ]{2,}", right[:own.start()]):
        return right  # "chỉ tiêu SIPAS 2026 của tỉnh": a side naming what it is ("chỉ tiêu 2026 của ngành": whose)
    core = _core(left, keep_year=not re.search(r"\b20\d\d\b", right))
    if own:  # "chỉ tiêu của tỉnh" beside "… năm 2026 của phường X": the other's owner, not both
        mine = [m.start() for m in re.finditer(r"\b(?:cua|o|tai)\b", fold(core))]
        core = core[:mine[-1]].strip() if mine else core
    cw, rw = core.split(), right.split()
    shared = next((n for n in range(min(len(cw), len(rw)), 0, -1) if fold(" ".join(cw[:n])) == fold(" ".join(rw[:n]))), 0)
    return f"{core} {' '.join(rw[shared:])}".strip() if shared >= 2 else f"{core} {right}".strip()


def _core(side: str, keep_year: bool = False) -> str:
    """What a side asks about without its own period, year (unless the other names none) or plan: the part both
    sides share."""
    f = fold(side)
    cut = [m.span() for p in (_period(), _plan_ref(), *(() if keep_year else (re.compile(r"\b20\d\d\b"),)))
           for m in p.finditer(f) if not (keep_year and re.fullmatch(r"nam 20\d\d", m.group(0)))]
    return " ".join(blanked(side, cut).split())


def _named_pair(t: str, f: str) -> tuple[str, str] | None:
    """"A và B" / "A hay B" / "A với B" of two like things — two periods ("Quý I và Quý II"), two names starting
    with the same word ("Sở A và Sở B", "nhóm phường và nhóm xã"), two units ("Bệnh viện X và Trung tâm Y"): the
    sentence once with A, once with B."""
    stops = [m.start() for k in ("compare_time", "compare_amount") for m in _phrase(k).finditer(t)]
    stops += [m.start() for m in re.finditer(r"[,?;.](?:\s|$)|\s\w+ nao\b", f)] + [len(t)]
    for m in _CONNECTORS.finditer(f):
        b_start = m.end()
        if b_start >= len(t):
            break
        period = _period().match(f, b_start)
        if period:
            before = [p for p in _period().finditer(f, 0, m.start()) if p.end() == m.start()]
            if before:
                return _swap(t, before[-1].start(), m.start(), b_start, period.end())
            continue
        first = f[b_start:].split(" ", 1)[0]
        words = [w for w in re.finditer(r"\S+", f[:m.start()])][-8:]
        same = [w.start() for w in words if w.group(0) == first]
        if same:
            a_start = same[-1]
        elif _ACRONYM.match(t, b_start) and re.search(r"\b[A-ZĐ]{2,}(?: [A-ZĐ]{2,})*\s*$", t[:m.start()]):
            a_start = re.search(r"\b[A-ZĐ]{2,}(?: [A-ZĐ]{2,})*\s*$", t[:m.start()]).start()  # "PAR INDEX hay SIPAS"
        elif any(f.startswith(f"{h} ", b_start) for h in _named_heads()):  # "Sở A với xã B", typed any case
            found: list[tuple[int, int]] = []  # where each head last starts; "viện" inside "bệnh viện" is no head
            for h in _named_heads():  # longest first
                i = f.rfind(f"{h} ", 0, m.start())
                if i >= 0 and (i == 0 or not f[i - 1].isalpha()) and not any(a <= i < b for a, b in found):
                    found.append((i, i + len(h)))
            a_start = max((i for i, _ in found), default=-1)
        else:
            continue
        if a_start < 0 or a_start >= m.start():
            continue
        b_end = min(e for e in stops if e > b_start)
        if t[b_start:b_start + 1].isupper():
            b_end = min(b_end, _name_end(t, b_start))
        return _swap(t, a_start, m.start(), b_start, b_end)
    return None


def _name_end(t: str, start: int) -> int:
    """Where a unit's name that starts at ``start`` ends: at punctuation, or at a lower-case word that follows no
    capitalised one and is not a word names hold ("Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh | chủ trì")."""
    end, after_capital = start, False
    for w in _WORD.finditer(t, start):
        word = w.group(0)
        bare = word.rstrip(",?;:.")
        capital = bool(bare) and (bare[0].isupper() or bare[0].isdigit())
        if not (capital or after_capital or fold(bare) in _IN_NAME):
            break
        end, after_capital = w.start() + len(bare), capital
        if bare != word:
            break
    return end


def _swap(t: str, a_start: int, a_end: int, b_start: int, b_end: int) -> tuple[str, str]:
    before, after = t[:a_start], t[b_end:].lstrip()
    sep = "" if after[:1] in ",.;:?!" or not after else " "
    return f"{before}{t[a_start:a_end].rstrip()}{sep}{after}", f"{before}{t[b_start:b_end].rstrip()}{sep}{after}"


def _clean(side: str) -> str:
    """A side without the comparison's own words: its verdict, "so sánh", "sở nào", a trailing "chưa"; "nhiều
    nhiệm vụ hơn" asked as "bao nhiêu nhiệm vụ"."""
    more = _MORE_OF.search(fold(side))
    if more:
        side = f"{side[:more.start()]}bao nhiêu {side[more.start(1):more.end(1)]}{side[more.end():]}"
    f = fold(side)
    spans = [m.span() for k in ("compare_time", "compare_amount", "compare_duration", "compare_mark")
             for m in _phrase(k).finditer(side)]
    head = " ".join(f.split()[:2])  # "lĩnh vực A …, lĩnh vực nào …": the side's own head asked which of
    spans += [m.span() for m in re.finditer(rf"\b{re.escape(head)} nao\b(?=\s)", f)] if len(head.split()) == 2 else []
    spans += [m.span() for m in re.finditer(r"\bso sanh\b|\bgiua\b|\b\w+ nao\b(?=\s)|\s\b(?:chua|khong)\s*$"
                                            r"|\b(?:the nao|ra sao)\s*$", f)]
    return " ".join(blanked(side, spans).split()).strip(" ,;:-")


def _asked(side: str, asks: str) -> str:
    """The side as a question of its own: its question word kept, else the one the comparison asks (``asks``:
    "time", "duration" or "amount")."""
    side = side.rstrip(" .?!:;,")
    side = side[:1].upper() + side[1:]
    low = " " + " ".join(re.findall(r"[^\W_]+", side.lower())) + " "
    if any(f" {w} " in low for w in L.written("cues", "interrogative") if w not in ("nào", "which", "how")):
        return f"{side}?"
    if detect_language(side) == "en":
        return f"{side}: {_ASKED['en'][asks]}?"
    return f"{side} {_ASKED['vi'][asks]}?"


_ASKED = {"vi": {"time": "là khi nào", "duration": "mất bao lâu", "amount": "là bao nhiêu"},
          "en": {"time": "when", "duration": "how long", "amount": "how much"}}
