"""Time in plans and questions as month spans: "Quý III - IV/2025" → Jul–Dec 2025.

Plans write time as quarters (Roman or Arabic, ranges, lists), months, deadlines
("Trước ngày 30/11/2025"), half-years ("06 tháng đầu năm") or as recurring ("Thường
xuyên", "Hằng tháng", "Năm 2025"). Questions ask the same way ("trong quý III/2025",
"tháng 10", "trước 30/11", "in Q3", "before November"). Both are read here, on the
accent-folded text, into spans of months so that "what falls in quý III" is a comparison.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.normalize import fold

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_EN_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_EN_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_RECURRING = re.compile(r"\b(?:thuong xuyen|hang (?:ngay|tuan|thang|quy|nam)|dinh ky|ca nam|suot nam|lien tuc|"
                        r"hangthang|regular|ongoing|monthly|weekly)\b")
_YEAR = re.compile(r"\b(20\d\d)\b")
_QUARTERS = re.compile(r"\bquy\s+((?:(?:i{1,3}|iv|[1-4])\b(?:\s*(?:-|–|,|va|den)\s*(?:quy\s+)?)?)+)")
_MONTHS = re.compile(r"\bthang\s+((?:(?:1[0-2]|0?[1-9])\b(?:\s*(?:-|–|,|va|den)\s*(?:thang\s+)?)?)+)")
_BEFORE = re.compile(r"\b(?:truoc|cham nhat|han chot|before|by|no later than)\s+(?:ngay\s+)?"
                     r"(?:(\d{1,2})\s*/\s*(\d{1,2})|thang\s+(\d{1,2}))")
_HALF = re.compile(r"\b(?:0?6|sau)\s+thang\s+(dau|cuoi)\s+nam\b|\bnua\s+(dau|cuoi)\s+nam\b")
_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(20\d\d)\b")
# "từ ngày 01/7 đến ngày 15/8/2026", "từ 20/12/2025 - 10/01/2026": the first day's year, when unwritten, is the
# last day's (or the year before, when its month comes later)
_DATE_RANGE = re.compile(r"\btu\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(20\d\d))?\s*(?:den|toi|-|–)\s*"
                         r"(?:het\s+)?(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(20\d\d)\b")


@dataclass(frozen=True)
class Span:
    start: int  # months since year 0: year * 12 + month - 1
    end: int  # inclusive
    deadline: bool = False  # "trước ngày …": anything up to the end

    def overlaps(self, other: "Span") -> bool:
        return self.start <= other.end and other.start <= self.end

    @staticmethod
    def months(year: int, first: int, last: int, deadline: bool = False) -> "Span":
        return Span(year * 12 + first - 1, year * 12 + last - 1, deadline)


def _numbers(run: str, table: dict[str, int] | None = None) -> list[int]:
    """'iii - iv', '2, 3', '9 - 10': the numbers, with ranges filled in."""
    toks = re.findall(r"[ivx]+|\d+|-|–|den", run)
    out: list[int] = []
    pending_range = False
    for t in toks:
        if t in ("-", "–", "den"):
            pending_range = bool(out)
            continue
        n = (table or {}).get(t) if not t.isdigit() else int(t)
        if n is None:
            continue
        if pending_range and out and n > out[-1]:
            out.extend(range(out[-1] + 1, n + 1))
        else:
            out.append(n)
        pending_range = False
    return out


def read_timing(text: str, default_year: int | None) -> tuple[list[Span], bool]:
    """Month spans a timing field names, and whether the activity recurs (the whole year, "thường xuyên")."""
    t = fold(text)
    years = [int(y) for y in _YEAR.findall(t)]
    year = years[-1] if years else default_year
    if year is None:
        return [], bool(_RECURRING.search(t))
    spans: list[Span] = []
    for m in _BEFORE.finditer(t):  # "6 tháng (trước ngày 15/6) và năm (trước ngày 05/12)": each deadline
        month = int(m.group(2) or m.group(3))
        if 1 <= month <= 12:
            spans.append(Span.months(year, 1, month, deadline=True))
    for m in _QUARTERS.finditer(t):
        qs = [q for q in _numbers(m.group(1), _ROMAN) if 1 <= q <= 4]
        if qs:
            spans.append(Span.months(year, 3 * min(qs) - 2, 3 * max(qs)))
    if not _QUARTERS.search(t) and not _BEFORE.search(t):
        for m in _MONTHS.finditer(t):
            ms = [x for x in _numbers(m.group(1)) if 1 <= x <= 12]
            if ms:
                spans.append(Span.months(year, min(ms), max(ms)))
    h = _HALF.search(t)
    if h:
        first_half = (h.group(1) or h.group(2)) == "dau"
        spans.append(Span.months(year, 1 if first_half else 7, 6 if first_half else 12))
    if not spans:
        for r in _DATE_RANGE.finditer(t):
            first, last, end_year = int(r.group(2)), int(r.group(5)), int(r.group(6))
            start_year = int(r.group(3)) if r.group(3) else end_year - (first > last)
            if 1 <= first <= 12 and 1 <= last <= 12:
                spans.append(Span(start_year * 12 + first - 1, end_year * 12 + last - 1))
    if not spans:
        for d in _DATE.finditer(t):
            spans.append(Span.months(int(d.group(3)), int(d.group(2)), int(d.group(2))))
    whole = any(s.end - s.start >= 11 for s in spans)
    recurring = bool(_RECURRING.search(t)) or whole or (not spans and bool(re.search(r"\bnam\s+20\d\d\b|trong nam", t)))
    if not spans and recurring:
        spans = [Span.months(year, 1, 12)]
    return spans, recurring


def read_period(question: str, default_year: int | None) -> Span | None:
    """The period a question asks about ("trong quý III/2025", "tháng 10", "trước 30/11", "in Q3"), or None."""
    q = fold(question)
    years = [int(y) for y in _YEAR.findall(q)]
    year = years[-1] if years else default_year
    if year is None:
        return None
    en = re.search(r"\bq([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b", q)
    if en:
        n = int(en.group(1)) if en.group(1) else _EN_QUARTER[en.group(2)]
        return Span.months(year, 3 * n - 2, 3 * n)
    before_en = re.search(r"\b(?:before|by)\s+(?:the end of\s+)?(" + "|".join(_EN_MONTHS) + r")\b", q)
    if before_en:
        return Span.months(year, 1, _EN_MONTHS[before_en.group(1)], deadline=True)
    month_en = re.search(r"\b(?:in|during)\s+(" + "|".join(_EN_MONTHS) + r")\b", q)
    if month_en:
        m = _EN_MONTHS[month_en.group(1)]
        return Span.months(year, m, m)
    if not (_QUARTERS.search(q) or _MONTHS.search(q) or _BEFORE.search(q) or _HALF.search(q)):
        return None
    spans, _ = read_timing(q, year)
    if not spans:
        return None
    deadline = any(s.deadline for s in spans)
    return Span(min(s.start for s in spans), max(s.end for s in spans), deadline)
