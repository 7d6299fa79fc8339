"""The activity register: every activity of every plan, with its units by role and its time.

Officials ask across sections: "what does my unit have to do", "what falls in quý III",
"what changed from 2023 to 2025". Those are queries over a table of activities, not
retrieval of one passage. The register is built from the indexed sections (numbered
text and task-table rows alike, see index/parser.py) when the index is loaded:

- units are split out of the field values ("Sở A; Sở B", "Văn phòng Sở, Phòng X, Trung
  tâm Y") and resolved to one canonical unit per real body: "Đài PT&TH tỉnh", "Đài PT-TH"
  and "Đài Phát thanh và Truyền hình tỉnh" are one unit because their initials agree
  ("PT&TH" spells "Phát thanh … Truyền hình") and the level suffix ("tỉnh", "huyện") is
  optional. The words that start a unit's name ("Sở", "Phòng", "Đài"…) are learnt from
  the field values themselves, so another province's units need no list;
- timing text ("Quý III - IV/2025", "Tháng 6/2025", "Trước ngày 30/11/2025", "Thường
  xuyên") is read into month spans (see index/periods.py).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from index.genre import genre
from index.normalize import fold
from index.periods import Span, read_timing

ROLES = ("lead", "executor", "director", "coordinators")
LEAD_ROLES = ("lead", "executor", "director")
_LEVEL_SUFFIX = re.compile(r"\s+(?:tinh|huyen|thanh pho|thi xa|xa|phuong|quan|tp)$")
# a time an item writes for itself: "trong tháng 6/2026", "trước ngày 15/3/2026", "trong Quý II/2026" (folded)
_TIME_PHRASE = re.compile(r"\b(?:trong|truoc|vao|cham nhat|den)\s+(?:ngay\s+)?"
                          r"(?:(?:thang|quy)\s+[\divx]+\s*(?:/|nam)\s*|\d{1,2}/\d{1,2}/)\d{4}")
_TOKEN = re.compile(r"[^\W_]+(?:[-&][^\W_]+)*")
_VOWELS = set("aeiouy")
_GENERIC = re.compile(r"^(?:cac|nhung|moi|toan bo|tat ca)\b")  # "các sở, ban, ngành": a group, not a unit


@dataclass
class Unit:
    key: str  # canonical key (folded, suffix dropped)
    name: str  # how answers write it: the fullest form the plans use
    variants: set[str] = field(default_factory=set)  # folded forms seen
    signature: str = ""  # initials ("dptth"): how abbreviations are matched


@dataclass(slots=True)  # one per activity section: no __dict__ each
class Activity:
    document: str
    section: str
    title: str  # the plan's full title
    heading: str
    year: int | None
    roles: dict[str, list[str]]  # role → unit names as written
    units: dict[str, list[str]]  # role → canonical unit keys
    timing: str = ""
    frequency: str = ""
    spans: list[Span] = field(default_factory=list)
    recurring: bool = False  # "thường xuyên", "hằng tháng", the whole year


def abbreviation_token(tok: str) -> bool:
    """'PT&TH', 'KHCN', 'vh-tt', 'pt': an abbreviation (a Vietnamese syllable always has a vowel)."""
    letters = re.sub(r"[-&]", "", tok)
    if len(letters) < 2:
        return False
    return (letters.isupper() and letters.isalpha()) or not (set(fold(letters)) & _VOWELS) or "-" in tok or "&" in tok


@lru_cache(maxsize=1 << 14)  # a question's word windows are matched against units by it, the same ones often
def signature(name: str, places: tuple[str, ...] = ()) -> tuple[str, bool]:
    """Initials of a unit name (abbreviations spelled out letter by letter), and whether it had one.

    The place and level at the end ("… tỉnh Bình Định") are left out, as in ``unit_key``.
    """
    out, had = [], False
    words = _TOKEN.findall(name)
    for place in places:
        n = len(place.split())
        if len(words) > n + 1 and " ".join(fold(w) for w in words[-n:]) == place:
            words = words[:-n]
            break
    while words and fold(words[-1]) in ("tinh", "huyen", "tp"):
        if len(words) == 2 and abbreviation_token(words[-1]) and fold(words[0]) not in ("ubnd",):
            break  # "Sở TP": the Sở's initials (Tư pháp), not a level; "UBND TP" is the city's committee
        words.pop()
    for w in words:
        f = fold(w)
        if f in ("va", "&"):
            continue
        if abbreviation_token(w):
            had = True
            out.append(re.sub(r"[-&]", "", f))
        else:
            for part in re.split(r"[-&]", f):
                if part and part != "va":
                    out.append(part[0])
    return "".join(out), had


@lru_cache(maxsize=1 << 14)
def unit_key(name: str, places: tuple[str, ...] = ()) -> str:
    """Folded name without parenthesised sub-units, its level suffix ("tỉnh") or its place ("Quảng Ngãi")."""
    key = " ".join(_TOKEN.findall(fold(re.sub(r"\([^)]*\)", " ", name)).replace("&", " va ")))
    key = key.replace("-", " ")
    for place in places:
        if key.endswith(f" {place}") and len(key) > len(place) + 4:
            key = key[: -len(place) - 1]
            break
    return _LEVEL_SUFFIX.sub("", key)


def _year_above(chunk, headings: dict[tuple[str, str], str]) -> int | None:
    """The year the nearest heading above an activity names, when it names one ("DỰ THẢO KẾ HOẠCH … NĂM 2026",
    the appendix of a 2025 report; "NHIỆM VỤ NĂM 2026"): the year its "Quý I" falls in."""
    path = chunk.section
    while "." in path:
        path = path.rsplit(".", 1)[0]
        years = set(re.findall(r"\b(20\d\d)\b", headings.get((chunk.document, path), "")))
        if len(years) == 1:
            return int(years.pop())
        if years:
            return None
    return None


def place_names(documents: dict[str, dict]) -> tuple[str, ...]:
    """The places the plans are of ("quang ngai"), from their place line, "tỉnh X" / "huyện X" in titles, and the
    body that issues them or its parent ("UBND TỈNH BẮC TRÀ" over "SỞ TÀI CHÍNH": a report dated in the province's
    capital is still of the province)."""
    levels = "|".join(re.escape(level) for level in genre().levels)
    found = set()
    for d in documents.values():
        if d.get("place"):
            found.add(" ".join(_TOKEN.findall(fold(d["place"]))))
        for body in (d.get("issuer_body") or d.get("issuer") or "", d.get("parent_body") or ""):
            m = re.search(rf"\b(?:{levels})\s+((?:[A-ZĐÀ-Ỹ][^\s,;()]*\s*){{1,4}})$", body.strip())
            if m:
                found.add(" ".join(_TOKEN.findall(fold(m.group(1)))))
        for m in re.finditer(r"\b(?:tỉnh|huyện|thành phố|thị xã)\s+([A-ZĐÀ-Ỹ]\w+ [A-ZĐÀ-Ỹ]\w+)",
                             f"{d.get('raw_title', '')} {d.get('title', '')}"):
            found.add(fold(m.group(1)))
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


@dataclass
class Duty:
    """A section headed by a unit's name ("3. Sở Nội vụ: …" under "Tổ chức thực hiện"): what that unit must do."""

    document: str
    section: str
    title: str
    text: str


class Register:
    def __init__(self, activities: list[Activity], units: dict[str, Unit], heads: set[str],
                 places: tuple[str, ...] = ()):
        self.activities = activities
        self.units = units
        self.heads = heads
        self.places = places
        self.duties: dict[str, list[Duty]] = {}
        self.duty_sections: dict[tuple[str, str], str] = {}  # (document, section) → the unit it is headed by
        self._by_signature: dict[str, list[str]] = {}
        for u in units.values():
            self._by_signature.setdefault(u.signature, []).append(u.key)
        # positions of the activities of each (unit, role) and of each document: a question reads its own
        self._of_unit_role: dict[tuple[str, str], list[int]] = {}
        self._of_document: dict[str, list[int]] = {}
        for i, a in enumerate(activities):
            self._of_document.setdefault(a.document, []).append(i)
            for role, keys in a.units.items():
                for k in dict.fromkeys(keys):
                    self._of_unit_role.setdefault((k, role), []).append(i)

    def _read_duties(self, chunks) -> None:
        """Sections whose heading is a known unit's name (and nothing it leads): that unit's assigned duties."""
        below: dict[tuple[str, str], list[str]] = {}  # a section's sub-items: "1. Sở X" then "a) …", "b) …"
        for c in chunks:
            if c.kind != "zone" and "." in c.section:
                parent = c.section.rsplit(".", 1)[0]
                while parent:
                    below.setdefault((c.document, parent), []).append(c.text)
                    parent = parent.rsplit(".", 1)[0] if "." in parent else ""
        for c in chunks:
            if c.part or c.kind == "zone" or any(r in c.fields for r in ROLES):
                continue
            heading = genre().heading_unit(c.heading)  # "Trách nhiệm của Sở X": Sở X's duties
            words = _TOKEN.findall(heading[:160])
            spans = self._spans(words)
            key = spans[0][2] if spans and spans[0][0] == 0 and (spans[0][1] == len(words) or ":" in heading) \
                else None
            m = re.match(r"^([^\W\d_][^:;.]{2,70}?)\s*:", heading)
            name = m.group(1) if m else heading if _is_unit_name(heading, words) and c.text.count("\n") else None
            if key is None and name and words and fold(words[0]) in self.heads and words[0][:1].isupper():
                key = unit_key(name, self.places)  # "5. Sở Tài chính: …", "2. Phòng Văn hóa - Xã hội" over its
                # duties: a unit no activity names
                if len(key.split()) >= 2 and key not in self.units:
                    self.units[key] = Unit(key, name.strip(), {fold(name.strip())}, signature(name, self.places)[0])
                    self._by_signature.setdefault(self.units[key].signature, []).append(key)
            if key in self.units:
                text = "\n".join([c.text, *below.get((c.document, c.section), [])])
                self.duties.setdefault(key, []).append(Duty(c.document, c.section, c.title, text))
                self.duty_sections[(c.document, c.section)] = key

    # -- building ------------------------------------------------------------------------
    @classmethod
    def build(cls, chunks, documents: dict[str, dict]) -> "Register":
        sections = [c for c in chunks if c.part == 0 and c.kind != "zone" and any(r in c.fields for r in ROLES)]
        headings = {(c.document, c.section): c.heading for c in chunks if c.part == 0}
        # the words units' names begin with: as the field lines write them, as the letterheads do ("VĂN PHÒNG",
        # "SỞ …": the bodies that issue plans are units too), and the genre's (index/data/genre.tsv unit_head)
        heads = _learn_heads([c.fields.get(r, "") for c in sections for r in ROLES]
                             + [(d.get(k) or "").title() for d in documents.values()
                                for k in ("issuer_body", "parent_body")]
                             + list(genre().unit_heads))
        places = place_names(documents)
        units: dict[str, Unit] = {}
        activities = []
        for c in sections:
            doc = documents.get(c.document, {})
            roles = {r: split_units(c.fields[r], heads) for r in ROLES if c.fields.get(r)}
            keys: dict[str, list[str]] = {}
            for role, names in roles.items():
                for n in names:
                    k = unit_key(n, places)
                    if len(k.split()) < 2 or _GENERIC.match(k):  # "Sở" alone names no unit
                        continue
                    u = units.setdefault(k, Unit(k, n))
                    u.variants.add(fold(n))
                    keys.setdefault(role, []).append(k)
            timing = c.fields.get("timing", "")
            year = _year_above(c, headings) or doc.get("year")
            spans, recurring = read_timing(timing, year)
            activities.append(Activity(c.document, c.section, c.title, c.heading, year, roles, keys,
                                       timing, c.fields.get("frequency", ""), spans, recurring))
        _merge_abbreviated(units, activities, places)
        for u in units.values():
            u.signature = signature(u.name, places)[0]
        register = cls(activities, units, heads, places)
        register._read_duties(chunks)
        register._add_timed_duties(chunks, documents, headings)
        return register

    def _add_timed_duties(self, chunks, documents: dict[str, dict], headings: dict[tuple[str, str], str]) -> None:
        """The items of a section headed by a unit ("a) Sở Nội vụ:" then "+ … hoàn thành trong tháng 6/2026",
        "2. Văn phòng …:" then "a) … trước ngày 15/3/2026") that write their own time: activities the heading's
        unit leads, so a period or a unit is answered from a Chỉ thị or a Thông báo kết luận as from a plan's
        field lines. Items with no time of their own stay duties only."""
        parts = {(c.document, c.section): c for c in chunks if c.part == 0 and c.kind != "zone"}
        children: dict[tuple[str, str], list] = {}
        for c in parts.values():
            if "." in c.section:
                children.setdefault((c.document, c.section.rsplit(".", 1)[0]), []).append(c)
        known = {(a.document, a.section) for a in self.activities}
        for (doc, section), key in self.duty_sections.items():
            c = parts.get((doc, section))
            if c is None:
                continue
            kids = children.get((doc, section), [])
            items = [(k.section, k.text) for k in kids] if kids else \
                [(section, line.lstrip("+-•* ").strip()) for line in c.text.split("\n")[1:] if line.lstrip()[:1] in "+-•*"]
            year = _year_above(c, headings) or documents.get(doc, {}).get("year")
            for path, text in items:
                found = list(_TIME_PHRASE.finditer(fold(text)))  # "6 tháng (trước 15/6) và năm (trước 05/12)"
                if not found or (doc, path) in known:
                    continue
                spans, recurring = read_timing("; ".join(m.group(0) for m in found), year)
                if not spans:
                    continue
                unit = self.units[key]
                heading = " ".join(text.split("\n")[0].split())
                said = "; ".join(text[m.start():m.end()] if len(fold(text)) == len(text) else m.group(0)
                                 for m in found)  # as written
                self.activities.append(Activity(doc, path, c.title, re.sub(r"^(?:[a-zđ]\)|\d+(?:\.\d+)*\.)\s*", "",
                                                                         heading), year, {"lead": [unit.name]},
                                                {"lead": [key]}, said, "", spans, recurring))
                i = len(self.activities) - 1
                self._of_document.setdefault(doc, []).append(i)
                self._of_unit_role.setdefault((key, "lead"), []).append(i)

    # -- queries ---------------------------------------------------------------------------
    def units_in(self, text: str) -> list[Unit]:
        """The units a question names, in order, longest match first (full names, initials, no suffix).

        A unit named as a plan's issuer ("kế hoạch 2023 của Văn phòng UBND tỉnh") names the plan, not a subject.
        """
        found = list(_TOKEN.finditer(text))
        words = [m.group(0) for m in found]
        folded_all = [fold(w) for w in words]
        out, seen = [], set()
        for i, j, key in self._spans(words):
            start = max(0, i - 12)
            # within its clause: "Kế hoạch …: nhiệm vụ của Sở Tư pháp là gì" asks of the unit, not of its plan
            marks = [k for k in range(start, i) if re.search(r"[:;?!]", text[found[k].end():found[k + 1].start()])]
            before = folded_all[(marks[-1] + 1 if marks else start):i]
            if before[-1:] in (["cua"], ["tai"], ["of"]) and any(
                    a == "ke" and b == "hoach" or a == "bao" and b == "cao" or a in ("plan", "report")
                    for a, b in zip(before, before[1:] + [""])):
                continue
            if key not in seen:
                seen.add(key)
                out.append(self.units[key])
        return out

    def without_units(self, text: str) -> str:
        """``text``'s words without the names of units it writes (found as ``units_in`` finds them)."""
        words = _TOKEN.findall(text)
        named = {k for i, j, _ in self._spans(words) for k in range(i, j)}
        return " ".join(w for k, w in enumerate(words) if k not in named)

    def _spans(self, words: list[str]) -> list[tuple[int, int, str]]:
        folded = [fold(w) for w in words]
        abbreviated = [abbreviation_token(w) for w in words]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            best = None
            if folded[i] in self.heads or abbreviated[i]:
                for j in range(min(len(words), i + 12), i, -1):
                    key = self._match(words[i:j], folded[i:j], any(abbreviated[i:j]))
                    if key:
                        best = (i, j, key)
                        break
            if best:
                found.append(best)
                i = best[1]
            else:
                i += 1
        return found

    def _match(self, words: list[str], folded: list[str], abbreviated: bool = True) -> str | None:
        key = unit_key(" ".join(words), self.places)
        if key in self.units:
            return key
        if not abbreviated:  # initials match only a name written with an abbreviation in it
            return None
        sig, had = signature(" ".join(words), self.places)
        if had and len(sig) >= 3:
            keys = self._by_signature.get(sig, [])
            if len(keys) == 1:
                return keys[0]
        return None

    def of_unit(self, key: str, roles=LEAD_ROLES, documents: set[str] | None = None) -> list[Activity]:
        """The unit's activities in ``roles`` (within ``documents``), in the register's order."""
        found = sorted({i for r in roles for i in self._of_unit_role.get((key, r), ())})
        return [self.activities[i] for i in found
                if documents is None or self.activities[i].document in documents]

    def of_documents(self, documents: set[str]) -> list[Activity]:
        return [self.activities[i] for i in sorted(i for d in documents for i in self._of_document.get(d, ()))]

    def years_of(self, documents: set[str]) -> set[int]:
        """The calendar years the activities of ``documents`` are timed in (a 2026 - 2027 plan: both)."""
        return {y for a in self.of_documents(documents) for s in a.spans for y in range(s.start // 12, s.end // 12 + 1)}


def _is_unit_name(heading: str, words: list[str]) -> bool:
    """A heading that is a name alone ("Phòng Văn hóa - Xã hội"): short, no clause marks, no verb of the genre's
    ("tổ chức", "báo cáo", "triển khai" …: "Báo cáo kết quả" is a task, not the newspaper)."""
    low = f" {heading.lower()} "
    verbs = (*genre().prose.get("task_verb", ()), *genre().prose.get("lead_verb", ()), "báo cáo", "ban hành")
    return 2 <= len(words) <= 10 and not re.search(r"[,:;.()]", heading) and not any(f" {v} " in low for v in verbs)


def _learn_heads(values) -> set[str]:
    """The first word of unit names in field values ("so", "phong", "dai", "trung"…)."""
    counts: Counter[str] = Counter()
    for v in values:
        for piece in re.split(r";|\n", v):
            toks = _TOKEN.findall(piece.strip())
            if toks and toks[0][:1].isupper():
                counts[fold(toks[0])] += 1
    return set(counts)


def split_units(value: str, heads: set[str]) -> list[str]:
    """'Sở A; Sở B', 'Văn phòng Sở, Phòng X, Trung tâm Y', 'Sở Nội vụ và Sở Tư pháp' → names.

    A comma or "và" separates two units only when the next piece starts with a unit head
    word; "Sở Văn hóa, Thể thao và Du lịch" and "Sở Khoa học và Công nghệ" stay whole.
    """
    out: list[str] = []
    for piece in value.split(";"):
        parts = re.split(r",\s*", piece)
        merged: list[str] = []
        for p in parts:
            p = p.strip().rstrip(".")
            toks = _TOKEN.findall(p)
            starts_unit = bool(toks) and toks[0][:1].isupper() and fold(toks[0]) in heads
            if merged and not starts_unit:
                merged[-1] = f"{merged[-1]}, {p}"
            elif p:
                merged.append(p)
        for m in merged:
            first = fold(_TOKEN.findall(m)[0]) if _TOKEN.findall(m) else ""
            pieces = re.split(r"\s+và\s+(?=" + re.escape(m.split()[0]) + r"\s)", m) if first in heads else [m]
            out.extend(x.strip() for x in pieces if x.strip())
    return out


def _merge_abbreviated(units: dict[str, Unit], activities: list[Activity], places: tuple[str, ...]) -> None:
    """Fold a unit written with initials ("Đài PT&TH") into the one it abbreviates, when exactly one fits."""
    full = {}
    for k, u in units.items():
        sig, had = signature(u.name, places)
        if not had:
            full.setdefault(sig, []).append(k)
    rename: dict[str, str] = {}
    for k, u in list(units.items()):
        sig, had = signature(u.name, places)
        target = full.get(sig, [])
        if had and len(target) == 1 and target[0] != k:
            rename[k] = target[0]
    # a suffix-less key and a key with a parenthesised sub-unit already coincide through unit_key
    for old, new in rename.items():
        units[new].variants |= units[old].variants
        del units[old]
    for a in activities:
        for role, keys in a.units.items():
            a.units[role] = list(dict.fromkeys(rename.get(k, k) for k in keys))
    _pick_names(units, activities, places)


def _pick_names(units: dict[str, Unit], activities: list[Activity], places: tuple[str, ...]) -> None:
    written: dict[str, Counter] = {}
    for a in activities:
        for role, names in a.roles.items():
            for n in names:
                written.setdefault(unit_key(n, places), Counter())[n] += 1
    for k, u in units.items():
        forms = Counter()
        for wk, c in written.items():
            if wk == k or (wk not in units and signature(next(iter(c)))[0] == signature(u.name)[0]):
                forms.update(c)
        if forms:  # spelled out beats initials, then the most used, then the longest
            u.name = sorted(forms, key=lambda n: (signature(n)[1], -forms[n], -len(n), n))[0]
