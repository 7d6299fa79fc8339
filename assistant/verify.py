"""Checking a generated answer against the sources it was given, before anyone sees it.

Small models cite sections they were not shown, invent figures and put the wrong unit
in charge. A generated answer is shown only if every claim we can check holds:

- every section it cites ("mục C.II.12.c", "section III.9", "[2]", "phần mở đầu") is
  one of the retrieved sources, and it cites at least one;
- every unit name ("Sở …", "Đài …", "Trung tâm …", "UBND …" …), number, date,
  percentage and URL in it appears in the text of the sources it cites;
- a unit it says leads ("X chủ trì") is the lead the cited sections name.

Comparisons are made after NFC and whitespace normalisation; numbers as digit strings.
Everything here is a pure function of the answer text and the sources, so it is
unit-tested without a model server. ``check_fragment`` is the weaker check applied to
each sentence while an answer streams (against all sources, since the citation may
come later); ``verify`` is the final check of the whole answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from assistant import language as L
from index.normalize import squash
from index.zones import LABELS, ZONES


def normalise(text: str) -> str:
    """NFC and whitespace normalised within each line; line breaks kept (a name never spans two lines)."""
    return "\n".join(squash(line) for line in text.split("\n"))


# -- what the answer was given ------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One retrieved section as shown to the model, labelled [label]."""

    label: int
    document: str
    title: str
    section: str  # "C.II.12.c", or a zone: header, preamble, closing, signature
    text: str  # the section text as given to the model (instruction-like lines removed)
    fields: dict[str, str] = field(default_factory=dict)  # lead, coordinators, timing, …
    header: str = ""  # what the label line tells the model about the document (title, issuer, number)
    context: str = ""  # the headings the section sits under ("E. TỔ CHỨC THỰC HIỆN › 2. Sở Văn hóa, …")

    @property
    def evidence(self) -> str:
        """Everything the model was told about this source, normalised for comparison."""
        return normalise(f"{self.header or self.title}\n{self.context}\n{self.text}")


@dataclass
class Verdict:
    ok: bool
    reasons: list[str]  # why it was rejected (empty when ok)
    cited: list[Source]  # the sources the answer cites, in label order


# -- citations --------------------------------------------------------------------------------

_SEGMENT = r"(?:[A-ZĐ]|[IVXLC]+|\d{1,3}|[a-zđ])"
_LABEL = rf"{_SEGMENT}(?:\.{_SEGMENT})*(?![\w])"
_NAMED = re.compile(rf"\b(?:[Mm]ục|[Tt]iểu mục|[Ss]ections?)\s+"
                    rf"({_LABEL}(?:\s*(?:,|và|and|&)\s*(?:mục\s+|section\s+)?{_LABEL})*)")
_BARE = re.compile(rf"(?<![\w.])(?:[A-ZĐ]|[IVXLC]+)(?:\.{_SEGMENT})+(?![\w])")
_LIST_SEP = re.compile(r"\s*(?:,|\bvà\b|\band\b|&)\s*(?:mục\s+|section\s+)?")
_BRACKETS = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
# How answers name the zones that are not numbered sections: their labels (index/zones.py), except that
# English "closing" is an everyday word, so only "closing section" is read as citing that zone.
ZONE_PHRASES = {(label if label != "closing" else "closing section"): zone
                for zone in ZONES for label in (LABELS["vi"][zone], LABELS["en"][zone])}


@dataclass
class Citations:
    sections: list[str]  # section paths named in the text
    labels: list[int]  # [n] labels
    spans: list[tuple[int, int]]  # where they are, so claims are not read out of them


def find_citations(text: str) -> Citations:
    """Sections an answer names. ``text`` should be NFC already (spans index into it as given)."""
    sections: list[str] = []
    labels: list[int] = []
    spans: list[tuple[int, int]] = []
    for m in _NAMED.finditer(text):
        spans.append(m.span())
        sections.extend(p for p in _LIST_SEP.split(m.group(1)) if p)
    for m in _BARE.finditer(text):
        if not any(a <= m.start() < b for a, b in spans):
            spans.append(m.span())
            sections.append(m.group(0))
    for m in _BRACKETS.finditer(text):
        spans.append(m.span())
        labels.extend(int(n) for n in re.findall(r"\d+", m.group(1)))
    lowered = text.lower()
    for phrase, zone in ZONE_PHRASES.items():
        for m in re.finditer(re.escape(phrase) + r"(?![\w])(?!\s+quả)", lowered):
            spans.append(m.span())
            sections.append(zone)
    sections = list(dict.fromkeys(sections))
    return Citations(sections, list(dict.fromkeys(labels)), spans)


def blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the spans blanked out (same length, so offsets survive); overlapping spans are fine."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# -- unit names -----------------------------------------------------------------------------------

# Words that begin the name of a body, as the plans write them (capitalised): assistant/language/units.tsv.
UNIT_HEADS = list(L.written("units", "head"))
_STANDALONE = set(L.written("units", "standalone"))
_PLACE_WORDS = {"tỉnh", "huyện", "xã", "cấp", "thị", "phố", "thành"}
_CONNECTORS = {"và", "-", "–", ",", "&"}
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]", re.UNICODE)
_HEADS = sorted(([h.split(" ") for h in UNIT_HEADS]), key=len, reverse=True)


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _head_at(words: list[re.Match], i: int) -> int:
    """How many words a unit head starting at ``words[i]`` takes (0: none)."""
    for head in _HEADS:
        if [w.group(0) for w in words[i:i + len(head)]] == head:
            return len(head)
    return 0


def find_units(text: str) -> list[Mention]:
    """Capitalised organisation names: a head word, then capitalised words (each may bring
    one lower-case syllable: "Tài chính", "Công nghệ"), "và"/"-"/"," before a capitalised
    word, and place words ("tỉnh", "cấp xã"). Offsets index into ``normalise(text)``."""
    text = normalise(text)
    out: list[Mention] = []
    offset = 0
    for line in text.split("\n"):
        out += [Mention(m.text, m.start + offset, m.end + offset) for m in _units_in_line(line)]
        offset += len(line) + 1
    return out


def _units_in_line(text: str) -> list[Mention]:
    words = list(_WORD.finditer(text))
    out: list[Mention] = []
    i = 0
    while i < len(words):
        n = _head_at(words, i)
        if not n or not _capitalised(words[i].group(0)):
            i += 1
            continue
        head = " ".join(w.group(0) for w in words[i:i + n])
        j, end, grown = i + n, i + n, 0
        lower_ok = False  # one lower-case syllable may follow a capitalised word ("Tài chính")…
        prev_cap = False  # …but not a proper name's second word ("Quảng Ngãi tổ chức") or an acronym
        used_and = False  # one "và" per name: "Sở Khoa học và Công nghệ", not "… và Chính quyền …"
        while j < len(words):
            w = words[j].group(0)
            nxt = words[j + 1].group(0) if j + 1 < len(words) else ""
            if w in _CONNECTORS:
                joins = nxt and _capitalised(nxt) and not _head_at(words, j + 1) and nxt not in _CONNECTORS
                if w == "và":
                    joins = joins and not used_and
                    used_and = True
                elif w == ",":  # only "A, B và C" ("Sở Văn hóa, Thể thao và Du lịch"), not a list of bodies
                    ahead = [x.group(0) for x in words[j + 1:j + 5]]
                    joins = joins and "và" in ahead and not used_and and \
                        not any(x in _CONNECTORS - {"và"} for x in ahead[:ahead.index("và")] if "và" in ahead)
                if joins:
                    j += 1
                    continue
                break
            if _capitalised(w) and w[0].isalpha():
                if j > end and _head_at(words, j):  # "…, Đài …": a new unit after a connector
                    break
                acronym = len(w) > 1 and w.isupper()
                lower_ok, prev_cap = not prev_cap and not acronym, True
                grown, end, j = grown + 1, j + 1, j + 1
                continue
            prev_cap = False
            if w in _PLACE_WORDS:
                grown, lower_ok, end, j = grown + 1, False, j + 1, j + 1
                continue
            if w[0].isalpha() and w.islower() and lower_ok:
                lower_ok, end, j = False, j + 1, j + 1
                continue
            break
        if grown or head in _STANDALONE:
            a, b = words[i].start(), words[end - 1].end()
            out.append(Mention(text[a:b], a, b))
            i = end
        else:
            i += n
    return out


_EQUIVALENT = [("UBND", "Ủy ban nhân dân"), ("UBND", "Uỷ ban nhân dân"), ("Ủy ban", "Uỷ ban"), ("ủy", "uỷ")]


def _variants(name: str) -> list[str]:
    out = [name]
    for a, b in _EQUIVALENT:
        for v in list(out):
            if a in v:
                out.append(v.replace(a, b))
            if b in v:
                out.append(v.replace(b, a))
    return list(dict.fromkeys(out))


def _contains_phrase(haystack: str, phrase: str) -> bool:
    """``phrase`` occurs in ``haystack`` and does not stop in the middle of a word."""
    for m in re.finditer(re.escape(phrase), haystack):
        after = haystack[m.end():m.end() + 1]
        if not (after.isalnum()):
            return True
    return False


_TRAILING_PLACE = re.compile(r"\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*$")
_TRAILING_LEVEL = re.compile(r"\s+(?:tỉnh|huyện|thành phố|thị xã)$")


def _place_forms(name: str) -> list[str]:
    """The name, and without a trailing place ("… Quảng Ngãi", any two capitalised words) and level ("tỉnh").

    Whatever the province: "Đài Phát thanh và Truyền hình tỉnh Bình Định" is also "Đài Phát thanh và Truyền hình".
    """
    forms = [name]
    trimmed = name
    for pattern in (_TRAILING_PLACE, _TRAILING_LEVEL):
        m = pattern.search(trimmed)
        if m and len(trimmed[:m.start()].split()) >= 2:
            trimmed = trimmed[:m.start()]
            forms.append(trimmed)
    return forms


@lru_cache(maxsize=512)
def _named_in(evidence: str) -> frozenset[str]:
    """The unit names the evidence itself contains, read the same way as the answer's, with and
    without a trailing place name."""
    return frozenset(f for m in find_units(evidence) for f in _place_forms(m.text))


def unit_in(name: str, evidence: str) -> bool:
    """The unit name appears in the evidence: the same name is read out of it (so "Sở Tài" does not
    match "Sở Tài chính"), give or take a trailing level ("tỉnh") or place name and UBND = Ủy ban nhân dân."""
    name, evidence = squash(name), normalise(evidence)
    have = _named_in(evidence)

    def known(n: str) -> bool:
        return any(v in have for form in _place_forms(n) for v in _variants(form))

    if known(name):
        return True
    # "Báo Quảng Ngãi và Cổng Thông tin …" read as one name: cut it at "," / "và" into the longest
    # pieces that are each a known unit, or (not being a unit) plain text of the evidence
    pieces = re.split(r"(, | và )", name)
    i = 0
    while i < len(pieces):
        for j in range(len(pieces) - 1, i - 1, -2):
            part = "".join(pieces[i:j + 1])
            starts_unit = any(m.start == 0 for m in find_units(part))
            if known(part) if starts_unit else _contains_phrase(evidence, part):
                i = j + 2
                break
        else:
            return False
    return True


# -- numbers, dates, percentages, URLs ---------------------------------------------------------------

URL = re.compile(r"(?:https?://[^\s,;“”\"'<>()\[\]]+"
                 r"|\b[\w-]+(?:\.[\w-]+)*\.(?:gov\.vn|vn|com|org|net)\b[^\s,;“”\"'<>()\[\]]*)")
_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b")
_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s*/\s*(\d{4})\b")
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LIST_MARK = re.compile(r"(?m)^\s*\d{1,2}[.)]\s|(?<=\s)\d{1,2}\)\s")  # "1. " starting a line, "2) " anywhere


def _digits(token: str) -> str:
    d = re.sub(r"\D", "", token).lstrip("0")
    return d or "0"


def _url_key(url: str) -> str:
    return re.sub(r"^https?://", "", url.lower()).rstrip("/.:!?")


@dataclass
class Facts:
    numbers: set[str] = field(default_factory=set)
    dates: set[tuple[int, ...]] = field(default_factory=set)
    percents: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)


def find_facts(text: str) -> Facts:
    """The checkable figures in ``text``: URLs first (they hold digits), then dates, then numbers."""
    facts = Facts()
    for m in URL.finditer(text):
        facts.urls.add(_url_key(m.group(0)))
    text = URL.sub(" ", text)
    for m in _DATE.finditer(text):
        facts.dates.add(tuple(int(g) for g in m.groups()))
    text = _DATE.sub(" ", text)
    for m in _MONTH_YEAR.finditer(text):
        facts.dates.add(tuple(int(g) for g in m.groups()))
    text = _MONTH_YEAR.sub(" ", text)
    for m in _PERCENT.finditer(text):
        facts.percents.add(_digits(m.group(1)))
    facts.numbers = {_digits(m.group(0)) for m in _NUMBER.finditer(text)}
    return facts


def _evidence_facts(evidence: str) -> Facts:
    """What the sources state, in the same form (a full date also yields its month/year and its numbers)."""
    facts = find_facts(evidence)
    for d in list(facts.dates):
        if len(d) == 3:
            facts.dates.add(d[1:])
        facts.numbers.update(str(x) for x in d)
    facts.numbers.update(facts.percents)
    return facts


# -- who leads ------------------------------------------------------------------------------------------

_LEAD_AFTER = re.compile(r"^[\s,]*(?:\([^()]{0,60}\)\s*)?(?:là (?:đơn vị|cơ quan) |sẽ |được giao )?"
                         r"(?:chủ trì|leads?\b|is the lead)", re.IGNORECASE)
_LEAD_BEFORE = re.compile(r"(?:chủ trì(?: thực hiện)?\s*(?:là|:)|(?:is )?led by|lead unit(?: is|:)?)\s*$",
                          re.IGNORECASE)
LEAD_FIELDS = ("lead", "executor", "director")


def lead_claims(text: str) -> list[str]:
    """Units the text says are in charge: "X chủ trì", "do X chủ trì", "đơn vị chủ trì là X", "led by X"."""
    text = normalise(text)
    units = find_units(text)
    out = []
    for k, u in enumerate(units):
        after = text[u.end:units[k + 1].start if k + 1 < len(units) else len(text)]
        before = text[units[k - 1].end if k else 0:u.start]
        if _LEAD_AFTER.match(after) or _LEAD_BEFORE.search(before):
            out.append(u.text)
    return list(dict.fromkeys(out))


def _lead_supported(unit: str, sources: Sequence[Source]) -> bool:
    """Some source names ``unit`` as lead: in its parsed lead fields when it has them (they are
    authoritative, so a stray "X chủ trì" line in such a section does not count), otherwise where
    its own text says that unit leads ("Sở … chủ trì, phối hợp với …")."""
    for s in sources:
        leads = [squash(s.fields[k]) for k in LEAD_FIELDS if k in s.fields]
        if leads:
            if any(unit_in(unit, f) or _contains_phrase(squash(unit), f) for f in leads):
                return True
            continue
        if any(unit_in(unit, claimed) for claimed in lead_claims(s.text)):
            return True
    return False


# -- the checks ---------------------------------------------------------------------------------------


def _claims_hold(text: str, spans, sources: Sequence[Source], scope: str) -> list[str]:
    """Why the claims of ``text`` are not all supported by ``sources`` (empty when they are)."""
    reasons: list[str] = []
    evidence = "\n".join(s.evidence for s in sources)
    plain = blanked(text, spans)
    for u in find_units(plain):
        if not unit_in(u.text, evidence):
            reasons.append(f"unit “{u.text}” is not in the {scope}")
    facts = find_facts(_LIST_MARK.sub(lambda m: " " * len(m.group(0)), plain))
    have = _evidence_facts(evidence)
    have_urls = evidence.lower()
    for url in sorted(facts.urls):
        if url not in have_urls:
            reasons.append(f"URL {url} is not in the {scope}")
    for d in sorted(facts.dates):
        if d not in have.dates:
            reasons.append(f"date {'/'.join(map(str, d))} is not in the {scope}")
    for p in sorted(facts.percents):
        if p not in have.percents:
            reasons.append(f"percentage {p}% is not in the {scope}")
    for n in sorted(facts.numbers):
        if n not in have.numbers:
            reasons.append(f"number {n} is not in the {scope}")
    for unit in lead_claims(plain):
        if not _lead_supported(unit, sources):
            reasons.append(f"says “{unit}” leads, which the {scope} do not say")
    return reasons


def resolve(citations: Citations, sources: Sequence[Source]) -> tuple[list[Source], list[Source], list[str]]:
    """(the sources the citations point at, the sources their claims may draw on, the citations
    that point at nothing retrieved). A section covers its subsections: "mục III" points at
    III when it was retrieved, otherwise at its retrieved parts III.1, III.2 …, and its claims
    may draw on both."""
    by_label = {s.label: s for s in sources}
    cited: dict[int, Source] = {}
    scope: dict[int, Source] = {}
    unknown: list[str] = []
    for n in citations.labels:
        if n in by_label:
            cited[n] = scope[n] = by_label[n]
        else:
            unknown.append(f"[{n}]")
    for sec in citations.sections:
        exact = [s for s in sources if s.section == sec]
        parts = [s for s in sources if s.section.startswith(sec + ".")]
        if not exact and not parts:
            unknown.append(sec)
        for s in exact or parts:
            cited[s.label] = s
        for s in exact + parts:
            scope[s.label] = s
    return [cited[k] for k in sorted(cited)], [scope[k] for k in sorted(scope)], unknown


_SENTENCE = re.compile(r"[^\n]+?(?:[.!?;](?=\s)|$)", re.MULTILINE)


def _sentences(text: str) -> list[str]:
    """Sentences (list markers such as "1. " blanked first, so they neither split nor count as figures)."""
    text = _LIST_MARK.sub(lambda m: " " * len(m.group(0)), text)
    return [m.group(0) for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def verify(answer: str, sources: Sequence[Source]) -> Verdict:
    """The final check of a whole generated answer (see the module docstring). Each sentence's
    claims are checked against the sections that sentence cites, or, when it cites none,
    against all the sections the answer cites."""
    text = normalise(answer)
    if not text.strip():
        return Verdict(False, ["the answer is empty"], [])
    cited, whole_scope, unknown = resolve(find_citations(text), sources)
    reasons = [f"cites {u}, which was not retrieved" for u in unknown]
    if not cited:
        reasons.append("cites no retrieved section")
        return Verdict(False, reasons, [])
    for sentence in _sentences(text):
        own = find_citations(sentence)
        _, scope, _ = resolve(own, sources)
        reasons += _claims_hold(sentence, own.spans, scope or whole_scope, "sections it cites")
    return Verdict(not reasons, list(dict.fromkeys(reasons)), cited)


def check_fragment(fragment: str, sources: Sequence[Source]) -> list[str]:
    """The check of one streamed sentence before it is shown: the sections it names were
    retrieved, and its claims appear somewhere in the retrieved sources."""
    text = normalise(fragment)
    if not text.strip():
        return []
    citations = find_citations(text)
    _, _, unknown = resolve(citations, sources)
    return [f"cites {u}, which was not retrieved" for u in unknown] + \
        _claims_hold(text, citations.spans, sources, "retrieved sections")
