"""Abbreviations learnt from the documents themselves: "cải cách hành chính (CCHC)".

A plan defines its abbreviations where it first uses them; new plans bring new ones.
The expansion is found by matching the abbreviation's letters to the initials of the
words before the parenthesis (CCHC ← cải cách hành chính), or, for English acronyms of
Vietnamese names (PCI ← Chỉ số năng lực cạnh tranh cấp tỉnh), by going back to the
nearest capitalised word. A few standard administrative abbreviations that plans use
without defining (UBND, HĐND) are known in advance.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import numpy as np

from index.genre import genre
from index.normalize import fold, vietnamese_syllable
from index.parser import ParsedDocument
from index.tables import DATA_TABLE_HEAD

_DEF = re.compile(r"\((?:sau đây\s+)?(?:được\s+)?(?:viết tắt là|gọi tắt là|gọi là)?\s*([A-ZĐ][A-ZĐ0-9&]{1,9}(?: [A-ZĐ]{2,9})?)\)")
# "(sau đây gọi tắt là Trung tâm)", "(sau đây viết tắt là UBND tỉnh)": a short name of any words, said outright
# a footnote (¹, "[^1]:", "1/") whose text opens with a short name and a colon: the name and what it is; the name has
# a digit or capitals of its own ("Đề án 06", "Chương trình 1", "PCI"), so a plain sentence with a colon is none
_NOTE_DEFINES = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d+\]:?)\s*([A-ZĐ][\w ]{0,30}?(?:\d+|[A-ZĐ]{2,}))\s*:\s+(\S.{9,})")
_NAMED = re.compile(r"\((?:sau đây\s+)?(?:được\s+)?(?:gọi tắt là|viết tắt là|gọi là)\s+([^()]{2,60}?)\s*\)",
                    re.IGNORECASE)
# "PCI là Chỉ số năng lực cạnh tranh cấp tỉnh": an abbreviation defined by a sentence
_IS = re.compile(r"(?:^|[.;:]\s+|^[-+•]\s*)([A-ZĐ][A-ZĐ0-9&]{1,9}(?: [A-ZĐ]{2,9})?)\s+(?:là|được hiểu là|có nghĩa là)"
                 r"\s+([^,;.()]{3,160})")
# "Trong Kế hoạch này, “điểm hỗ trợ lưu động” là điểm do …": a term in quotation marks defined by a sentence
_QUOTED_IS = re.compile(r"[“\"]([^”\"]{3,60})[”\"]\s+(?:là|được hiểu là|có nghĩa là)\s+([^;.()]{3,300})")
# Named concepts start with one of these even when written in lower case ("chỉ số hài lòng … (SIPAS)").
_HEAD_NOUN = re.compile(r"^(?:chỉ số|bộ chỉ|đề án|chương trình|hệ thống|cổng thông|trung tâm|ban chỉ)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)

STANDARD = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "TTHC": "thủ tục hành chính",
    "CCHC": "cải cách hành chính",
    "CĐS": "chuyển đổi số",
}


@dataclass(frozen=True)
class Abbreviation:
    short: str
    expansion: str
    document: str = ""  # where it is defined; "" for the standard list
    section: str = ""
    quote: str = ""


def _initials_match(short: str, words: list[str]) -> int:
    """How many trailing words spell ``short`` by their initials (0 if none)."""
    letters = fold(short.replace(" ", "")).lower()
    n = len(letters)
    if n < 2 or len(words) < n:
        return 0
    tail = words[-n:]
    return n if "".join(fold(w)[0] for w in tail) == letters else 0


# an item of a definitions article: "2. Khu vực tự phục vụ là khu vực bố trí …", "a) Hồ sơ điện tử được hiểu là …"
_TERM_IS = re.compile(r"^(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])?\s*([A-ZĐÀ-Ỹ][^.;:()“”\"]{2,70}?)\s+(?:\([^()]{2,80}\)\s+)?"
                      r"(?:là|được hiểu là|có nghĩa là)\s+(\S.{2,})")


def _defining(doc: ParsedDocument) -> set[str]:
    """The sections of a definitions article ("Điều 2. Giải thích từ ngữ") and the items under it."""
    heads = tuple(fold(h) for h in genre().prose.get("definitions_heading", ()))
    roots = [s.path for s in doc.sections if s.heading and fold(s.heading).strip(" .:").startswith(heads)]
    return {s.path for s in doc.sections if any(s.path == r or s.path.startswith(f"{r}.") for r in roots)}


# "BÊN A: ỦY BAN NHÂN DÂN TỈNH X", "Bên B: Bưu điện tỉnh X": an agreement's party block names the party its text calls
# "Bên A" / "Bên B" throughout
_PARTY = re.compile(r"^\s*(B[ÊE]N\s+[A-ZĐ])\s*[:–-]\s*(\S.{2,150}?)\s*$", re.IGNORECASE)


# a table of short forms: its first column's header says so ("Từ viết tắt", "Chữ viết tắt", "Viết tắt", "Ký hiệu")
_GLOSSARY_HEAD = re.compile(r"^(?:tu |chu |cum tu )?(?:viet tat|ky hieu)\b")
_GLOSSARY_ROW = re.compile(r"^(\S.{0,40}?) \([^():]{2,40}: ([^()]{3,200}(?:\([^()]*\)[^()]*)*)\)$")


def extract(doc: ParsedDocument) -> list[Abbreviation]:
    found: list[Abbreviation] = []
    defining = _defining(doc)
    for sec in doc.sections:
        glossary = False  # inside a table whose first column is the short forms ("Từ viết tắt | Nghĩa đầy đủ")
        for line in sec.lines:
            if line.startswith(DATA_TABLE_HEAD):
                glossary = bool(_GLOSSARY_HEAD.match(fold(line[len(DATA_TABLE_HEAD):]).lower()))
                continue
            row = _GLOSSARY_ROW.match(line) if glossary else None
            if row:  # "TTHC (Nghĩa đầy đủ: Thủ tục hành chính)": a table's row, read as "TTHC: Thủ tục hành chính"
                found.append(Abbreviation(row.group(1).strip(), row.group(2).strip(), doc.name, sec.path, line))
                continue
            party = _PARTY.match(line)
            if party:
                short = f"Bên {party.group(1).split()[-1].upper()}"
                found.append(Abbreviation(short, party.group(2).strip(" .;"), doc.name, sec.path, line.strip()))
                continue
            listed = _entry(doc, sec.path, line) if sec.path in defining else None
            if listed is not None:  # "2. Chữ viết tắt" then "- TTPVHCC: Trung tâm Phục vụ hành chính công …;"
                found.append(listed)
                continue
            term = _TERM_IS.match(line) if sec.path in defining else None
            if term and len(term.group(1).split()) <= 10:  # a term, not a sentence that happens to say "là"
                meaning = re.split(r"(?<=[.;])\s", term.group(2).strip())[0].rstrip(" .;")[:300]
                found.append(Abbreviation(term.group(1).strip(), meaning, doc.name, sec.path,
                                          line.strip(" .;:-+•")))
            for m in _DEF.finditer(line):
                short = m.group(1)
                before = line[: m.start()].rstrip()
                seg = re.split(r"[;:(]", before)[-1]
                spans = list(_WORD.finditer(seg))
                words = [w.group() for w in spans]
                if not words:
                    continue
                n = _initials_match(short, words)
                if not n:  # back to the nearest capitalised word or head noun: "Chỉ số năng lực … (PCI)"
                    window = words[-30:]
                    for back in range(1, len(window) + 1):
                        w = window[-back]
                        if (w[0].isupper() and not w.isupper()) or _HEAD_NOUN.match(f"{w} {window[-back + 1] if back > 1 else ''}"):
                            n = back
                            before_head = window[-back - 1] if back < len(window) else ""
                            if before_head[:1].isupper() and not before_head.isupper():  # "Bộ chỉ số …": the name
                                n = back + 1  # starts at the capitalised word before its head noun
                            break
                if not n and len(words) <= 25 and len(seg) < len(before):  # no capital, no head noun: the whole
                    n = len(words)  # clause since ";" or ":" ("…; kết quả đo lường sự hài lòng … (SIPAS)")
                if not n:
                    continue
                expansion = seg[spans[-n].start():].strip()
                if fold(expansion) == fold(short):
                    continue
                quote = f"{expansion} {m.group(0)}"
                found.append(Abbreviation(short, expansion, doc.name, sec.path, quote))
            found.extend(_named(doc, sec.path, line))
    return found


def _named(doc: ParsedDocument, section: str, line: str) -> list[Abbreviation]:
    """The two other ways plans define a short name: "Y (sau đây gọi tắt là X)" and "X là Y"."""
    out = []
    for m in _NAMED.finditer(line):
        short = m.group(1).strip()
        party = re.match(r"\s*:\s*([^;:]{3,160}?)\s*(?:[;.:]|$)", line[m.end():])
        if party and short[:1].isupper():  # "BÊN THUÊ DỊCH VỤ (sau đây gọi là Bên A): TRUNG TÂM …": a party of an
            # agreement is named after the colon, its role before the name it is given (a name in capitals ends
            # where they do: the next sentence may have been joined to its line)
            name = party.group(1).split()
            upper = list(itertools.takewhile(lambda w: w.isupper() or not w.isalpha(), name)) if name[0].isupper() else []
            out.append(Abbreviation(short, " ".join(upper if len(upper) >= 2 else name), doc.name, section,
                                    line.strip()))
            continue
        if _DEF.fullmatch(f"({short})") or not re.search(r"\b[A-ZĐ]{2,}", short):
            continue  # "(gọi tắt là CCHC)" is read as "Y (X)" above; "(gọi tắt là Kế hoạch)" names no abbreviation
        segment = re.split(r"[;:(]", line[: m.start()])[-1]
        found = list(_WORD.finditer(segment))[-30:]
        words = [w.group() for w in found]
        first = fold(short.split()[0])
        starts = [i for i, w in enumerate(words) if fold(w) == first]
        if starts and len(words) - starts[-1] > len(short.split()):  # "Trung tâm Phục vụ … (… là Trung tâm)"
            expansion = segment[found[starts[-1]].start():].strip()  # as written, its commas kept
        else:
            n = _initials_match(short.split()[0], words[:-(len(short.split()) - 1) or None]) if short.split() else 0
            if not n:
                continue
            expansion = " ".join(words[-(n + len(short.split()) - 1):])
        out.append(Abbreviation(short, expansion, doc.name, section, f"{expansion} {m.group(0)}"))
    for m in _IS.finditer(line):
        short, expansion = m.group(1), " ".join(m.group(2).split()[:14]).strip()
        if fold(expansion) != fold(short):
            out.append(Abbreviation(short, expansion, doc.name, section, m.group(0).strip(" .;:-+•")))
    for m in _QUOTED_IS.finditer(line):
        out.append(Abbreviation(m.group(1).strip(), " ".join(m.group(2).split()), doc.name, section,
                                m.group(0).strip(" .;:-+•")))
    out.extend(_glossary(doc, section, line))
    note = _NOTE_DEFINES.match(line)
    if note:  # a footnote that says what a name stands for: "¹ Đề án 06: Đề án phát triển ứng dụng dữ liệu …"
        short, expansion = note.group(1).strip(), re.split(r"(?<![A-ZĐ])[;.](?:\s|$)", note.group(2))[0].strip()[:400]
        out.append(Abbreviation(short, expansion, doc.name, section, line.strip()))
    return out


def _forms(name: str) -> set[str]:
    """A short name as a text's words may write it, folded: "Sở KH&CN" → "so kh cn", "so khcn" (initials around
    "&" typed as one)."""
    return {" ".join(_WORD.findall(fold(name))), " ".join(_WORD.findall(fold(name).replace("&", "")))}


def _glossary(doc: ParsedDocument, section: str, line: str) -> list[Abbreviation]:
    """A line of short names and what they stand for, under a label ("Ghi chú: Sở KH&CN: Sở Khoa học và Công nghệ;
    VP UBND tỉnh: Văn phòng Ủy ban nhân dân tỉnh"): each entry whose short name writes initials."""
    text = line.strip()
    label = next((g for g in genre().prose.get("glossary_label", ())
                  if text[:len(g)].lower() == g.lower() and text[len(g):].lstrip().startswith(":")), None)
    if label is None:
        return []
    return [a for entry in re.split(r";\s*", text[len(label):].lstrip()[1:])
            if (a := _entry(doc, section, entry)) is not None]


def _entry(doc: ParsedDocument, section: str, entry: str) -> Abbreviation | None:
    """"Sở KH&CN: Sở Khoa học và Công nghệ", "- TTPVHCC: Trung tâm Phục vụ hành chính công xã, phường;": a short
    name that writes initials, a colon, what it stands for (up to the sentence's end)."""
    m = re.match(r"^\s*(?:[-+•*]\s*)?([^:]{2,40}?)\s*:\s*(\S.{2,200}?)\s*[.;]?\s*$", entry)
    if not m or not re.search(r"[A-ZĐ]{2,}|&", m.group(1)) or m.group(2)[:1].isdigit():
        return None
    short = m.group(1).strip()
    if "(" in short or len(short.split()) > 6:  # "Dịch vụ công trực tuyến (DVCTT): …" is a term defined, not a short name
        return None
    expansion = re.split(r"\.\s+(?=[A-ZĐ])", m.group(2))[0].strip()  # the entry, not a sentence after it
    return Abbreviation(short, expansion, doc.name, section, f"{short}: {expansion}")


def _initials(token: str) -> bool:
    """``token`` is written as initials: in capitals ("KHCN"), or, typed in lower case, no Vietnamese syllable
    and at most one vowel ("ttdt", "ubnd")."""
    if token.isupper():
        return True
    folded = fold(token)
    return token.islower() and not vietnamese_syllable(folded) and len(re.findall(r"[aeiouy]", folded)) <= 1


ACRONYM_LETTERS = (3, 7)  # the initials an unknown capitalised query word may spell out: "KHCN", "PTTH"
_WORDS = re.compile(r"[^\W_]+")


class AcronymPhrases:
    """Initials → the most frequent phrase they spell: 'KHCN' → 'Khoa học và Công nghệ'.

    Agencies are often written by their initials (Sở KHCN, Đài PT&TH); a phrase that
    starts with a capital letter and whose syllables (skipping 'và') spell the letters
    is taken as the meaning. Only used for capitalised query words the corpus never defines.

    Every capitalised word starts such phrases, so the table has about ten entries a section (a million at
    100k sections). It is held as the initials' hashes, sorted, beside where each phrase stands (text, first
    word, length): 17 bytes an entry instead of two strings and a dict slot; a phrase is read back from its
    text when looked up, and its initials are checked again, so a hash collision finds nothing.
    """

    def __init__(self, texts: list[str]):
        self._texts = texts  # the sections' own strings: holding them costs a list
        counts: dict[str, dict[str, list[int]]] = {}  # initials → phrase → [count, text, first word, words]
        for t, text in enumerate(texts):
            words = _WORDS.findall(text)
            for i, w in enumerate(words):
                if not w[:1].isupper() or w.isupper():
                    continue
                for phrase_words, letters in _spellings(words, i):
                    seen = counts.setdefault(letters, {}).setdefault(" ".join(phrase_words), [0, t, i, len(phrase_words)])
                    seen[0] += 1
        best = sorted((hash(letters), *max(v.values(), key=lambda e: e[0])[1:]) for letters, v in counts.items())
        del counts
        self._hashes = np.fromiter((b[0] for b in best), dtype=np.int64, count=len(best))
        self._places = np.array([b[1:] for b in best], dtype=np.int32).reshape(len(best), 3)

    def get(self, letters: str) -> str | None:
        """The phrase ``letters`` (folded initials) stand for, or None."""
        h = hash(letters)
        j = int(np.searchsorted(self._hashes, h))
        if j >= len(self._hashes) or self._hashes[j] != h:
            return None
        t, i, n = self._places[j].tolist()
        words = _WORDS.findall(self._texts[t])[i:i + n]
        return " ".join(words) if any(spelled == letters for _, spelled in _spellings(words, 0)) else None

    def __len__(self) -> int:
        return len(self._hashes)


def _spellings(words: list[str], i: int):
    """(phrase words, their folded initials) of the phrases starting at ``words[i]`` whose initials have
    ACRONYM_LETTERS letters ('và' is skipped: 'Khoa học và Công nghệ' spells 'khcn')."""
    letters, phrase = "", []
    for x in words[i:i + 9]:
        phrase.append(x)
        if x == "và":
            continue
        letters += fold(x)[0]
        if len(letters) > ACRONYM_LETTERS[1]:  # never looked up
            return
        if len(letters) >= ACRONYM_LETTERS[0]:
            yield list(phrase), letters


def _shared_head(a: Abbreviation) -> Abbreviation | None:
    """An abbreviation whose first words are its expansion's ("Tổ CNSCĐ" of "Tổ công nghệ số cộng đồng"): the
    acronym that follows them, with what it stands for ("CNSCĐ" → "công nghệ số cộng đồng"; "SIPAS" of "Chỉ số
    SIPAS", whose letters spell no words of the rest, → the whole name); else None."""
    short, expansion = a.short.split(), a.expansion.split()
    k = len(short) - 1
    if k < 1 or len(expansion) <= k + 1 or [fold(w) for w in short[:k]] != [fold(w) for w in expansion[:k]] \
            or not short[-1].isupper():
        return None
    return Abbreviation(short[-1], " ".join(expansion[k:]) if spells(short[-1], expansion[k:]) else a.expansion,
                        a.document, a.section, a.quote)


def spells(short: str, words: list[str]) -> bool:
    """``short``'s letters are the initials of ``words`` ("TTHC": thủ tục hành chính; "và" is skipped): an
    abbreviation of Vietnamese words, not a name of its own ("SIPAS", "PCI")."""
    letters = "".join(fold(w)[0] for w in words if w[:1].isalpha() and fold(w) != "va")
    return letters == fold(short).replace(" ", "").lower()


class Abbreviations:
    """All abbreviations of the corpus; first definition wins, standard ones fill gaps."""

    def __init__(self, items: list[Abbreviation]):
        self.by_key: dict[str, Abbreviation] = {}
        self.places: dict[str, list[Abbreviation]] = {}
        for a in items:
            key = fold(a.short).replace(" ", "")
            self.by_key.setdefault(key, a)
            self.places.setdefault(key, []).append(a)
            head = _shared_head(a)
            if head:  # "Tổ CNSCĐ" for "Tổ công nghệ số cộng đồng": "CNSCĐ" alone stands for the rest of it
                self.by_key.setdefault(fold(head.short), head)
        for short, exp in STANDARD.items():
            self.by_key.setdefault(fold(short), Abbreviation(short, exp))

    @classmethod
    def from_documents(cls, docs: list[ParsedDocument]) -> "Abbreviations":
        return cls([a for d in docs for a in extract(d)])

    acronyms: AcronymPhrases = AcronymPhrases([])

    def learn_acronyms(self, texts: list[str]) -> None:
        self.acronyms = AcronymPhrases(texts)

    def lookup(self, token: str) -> Abbreviation | None:
        key = fold(token).replace(" ", "")
        found = self.by_key.get(key)
        if found is None and _initials(token) and ACRONYM_LETTERS[0] <= len(key) <= ACRONYM_LETTERS[1]:
            phrase = self.acronyms.get(key)
            found = Abbreviation(token, phrase) if phrase else None
        return found

    def unknown_acronyms(self, text: str) -> list[Abbreviation]:
        """Capitalised words of ``text`` the corpus does not define but whose initials it spells."""
        out = []
        for w in re.findall(r"\b[^\W\d_]{3,7}\b", text):
            if not _initials(w):
                continue
            if fold(w) not in self.by_key:
                a = self.lookup(w)
                if a:
                    out.append(a)
        return out

    def in_text(self, text: str) -> list[Abbreviation]:
        """Abbreviations that occur in ``text`` as words (any case, with or without diacritics)."""
        folded = f" {' '.join(_WORD.findall(fold(text)))} "
        return [a for key, a in self.by_key.items() if any(f" {f} " in folded for f in _forms(a.short))]

    def expand_query(self, text: str) -> str:
        """Append expansions of abbreviations found in the query, and abbreviations of expansions."""
        extra = []
        folded = fold(text)
        for a in self.by_key.values():
            if not re.search(r"[A-ZĐ]{2}", a.short):
                continue  # a term a plan defines ("Khu vực tự phục vụ là …"): its meaning is an answer, not a synonym
            if any(f" {f} " in f" {' '.join(_WORD.findall(folded))} " for f in _forms(a.short)):
                extra.append(a.expansion)
            elif fold(a.expansion) in folded:
                extra.append(a.short)
        extra += [a.expansion for a in self.unknown_acronyms(text)]
        return f"{text} {' '.join(extra)}" if extra else text

    def definitions(self, token: str) -> list[Abbreviation]:
        """Every place the corpus defines ``token``, newest plans first."""
        return list(self.places.get(fold(token).replace(" ", ""), []))

    def to_list(self) -> list[dict]:
        return [a.__dict__ for items in self.places.values() for a in items] + \
            [a.__dict__ for k, a in self.by_key.items() if k not in self.places]

    @classmethod
    def from_list(cls, items: list[dict]) -> "Abbreviations":
        return cls([Abbreviation(**d) for d in items])
