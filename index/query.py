"""Reading a query before retrieval: its language, expansions, and which plan it names.

English questions are matched through a glossary of the genre's terms (lead → chủ trì,
television → truyền hình…), so the lexical index can find Vietnamese sections; the
abbreviations the documents define are expanded both ways; a query that names a year or
an issuing body ("kế hoạch 2023 của Văn phòng") prefers that plan's sections.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import NamedTuple

from index import resources
from index.genre import genre
from index.normalize import fold, folded_tokens, has_diacritics, tokens, vietnamese_syllable

# The genre's English words (they mark a text as English and are no topic), its terms English → Vietnamese
# (applied longest first), and English function words: index/data/english.tsv.
_ENGLISH_WORDS = {r[1] for r in resources.rows("english") if r[0] == "english_word"}
GLOSSARY = {r[1]: r[2] for r in resources.rows("english") if r[0] == "glossary"}
ENGLISH_FUNCTION_WORDS = frozenset(r[1] for r in resources.rows("english") if r[0] == "function_word")
_GLOSSARY_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(GLOSSARY, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _english_mark(written: str) -> bool:
    """A word written without diacritics that marks a text as English: a word of the genre's English, or a word
    no Vietnamese syllable spells ("which", "instead", "hospital"; not "the", "so", "can", which are "thể",
    "số", "cần" typed bare). Names written in capitals (an acronym, "VNeID") say nothing about the language."""
    token = fold(written)
    if sum(ch.isupper() for ch in written) > 1 or not re.search(r"[aeiouy]", token):  # "VNeID", "bhyt"
        return False
    return not vietnamese_syllable(token) or (token in _ENGLISH_WORDS and not has_diacritics(written)
                                                        and len(token) > 3)


@functools.lru_cache(maxsize=4096)  # asked of one question by several steps of its answer
def detect_language(text: str) -> str:
    """'vi' or 'en', by the share of English words among the words written without diacritics.

    An English question may name Vietnamese places and units with their diacritics ("Who leads … in
    Đồng Xuân?"): those words say nothing about the language, so they are left out of the count.
    """
    words = [w for w in re.findall(r"[^\W\d_]+(?:'[a-z]+)?", text) if not has_diacritics(w)]
    toks = [fold(w) for w in words]
    if not toks:
        return "vi"
    english = sum(1 for w in words if _english_mark(w))
    with_marks = len(re.findall(r"[^\W\d_]+", text)) - len(words)
    if with_marks > len(toks):  # mostly Vietnamese with a few English words
        return "vi"
    return "en" if english / len(toks) >= 0.34 and english >= (2 if not with_marks else 3) else "vi"


def translate_terms(text: str) -> str:
    """The Vietnamese terms for the English genre words in ``text`` (for lexical matching), inflected forms
    included: "indices", "messages", "published" find "index", "message", "publish"."""
    found = []
    for source in dict.fromkeys((text, _english_lemmas(text))):
        run: list[str] = []  # terms side by side ("provincial radio channel"): English puts the head last,
        end = -1  # Vietnamese first ("kênh phát thanh tỉnh"), so a run is said in reverse
        for m in _GLOSSARY_RE.finditer(source):
            if m.group(1).lower() not in GLOSSARY:
                continue
            if run and source[end:m.start()].strip(" -"):  # "legal-awareness training": one run, as spaced
                found += reversed(run)
                run = []
            run.append(GLOSSARY[m.group(1).lower()])
            end = m.end()
        found += reversed(run)
    return " ".join(dict.fromkeys(found))


_GLOSSARY_WORDS = {w for k in GLOSSARY for w in k.split()}


_ENGLISH_OF_GENRE = _ENGLISH_WORDS | ENGLISH_FUNCTION_WORDS | _GLOSSARY_WORDS


def english_names(text: str) -> list[str]:
    """What an English question writes that a Vietnamese plan may hold as written: acronyms ("PCI", "VNeID"),
    numbers, words with diacritics ("Sở"), and names typed without them ("Na Khuoi commune", "Dong Ruom"): a
    capitalised word past the first that spells a Vietnamese syllable and is no English word of the genre."""
    words = re.findall(r"[^\W_]+", text)
    return [t for i, t in enumerate(words)
            if sum(ch.isupper() for ch in t) > 1 or t.isdigit() or has_diacritics(t)
            or (i and t[:1].isupper() and t[1:].islower() and vietnamese_syllable(t.lower())
                and t.lower() not in _ENGLISH_OF_GENRE)]


def in_plans_words(text: str) -> str:
    """An English question as the plans could write it: its genre terms in Vietnamese and the names it writes
    (its other English words are in no plan)."""
    return f"{translate_terms(text)} {' '.join(english_names(text))}"


_INFLECTIONS = (("ices", "ex"), ("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ed", ""), ("d", ""))


def _english_lemmas(text: str) -> str:
    """``text`` with each word an inflection of a glossary word replaced by that word."""
    def lemma(m: re.Match) -> str:
        word = m.group(0).lower()
        if word in _GLOSSARY_WORDS:
            return m.group(0)
        for suffix, stem in _INFLECTIONS:
            if word.endswith(suffix) and word[: -len(suffix)] + stem in _GLOSSARY_WORDS:
                return word[: -len(suffix)] + stem
        return m.group(0)
    return re.sub(r"[A-Za-z]+", lemma, text)


YEAR = re.compile(r"\b(20\d\d)\b")


_PREFERENCE_SKIP = ("tinh", "ubnd", "cua", "va")
_CUE_SKIP = ("tinh", "ubnd", "cua", "va", "nam")


def doc_number(d: dict) -> str:
    """The number a document is called by: "281" of "281/KH-SKHCN", "14" of a Party document's "14-KH/ĐU"."""
    return re.split(r"[-\s]", (d.get("number") or "").split("/")[0].strip("…").strip())[0]





# a day or a month written in figures ("27/6/2026", "27/6", "tháng 8/2026", "ngày 15"), never a document's number
# ("12/2026/QĐ-UBND" goes on with a slash and letters; "số 27" is not after a day or month word)
_DATES = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(\d{4}))?\b(?!\s*/)"
                    r"|\b(?:ngay|thang|quy|ngày|tháng|quý)\s+\d{1,2}(?:\s*/\s*(\d{4}))?\b(?!\s*/)", re.IGNORECASE)


def without_dates(text: str) -> str:
    """``text`` with its days and months blanked (a year they give kept), so their figures are not read as a
    plan's number."""
    return _DATES.sub(lambda m: f" {m.group(1) or m.group(2) or ''} ", text)


def _numbers(d: dict) -> list[str]:
    """The numbers a plan is known by: its own, and that of the decision (or letter) that issues it."""
    issued = (d.get("issued_by") or "").split("/")[0].strip("…")
    return [n for n in dict.fromkeys((doc_number(d), issued)) if n]


def _bodies(d: dict) -> list[str]:
    """The bodies of a plan's letterhead as cue words: the issuing body and the one above it ("UBND TỈNH BÌNH
    ĐỊNH" / "SỞ NỘI VỤ" → "binh dinh", "so noi vu"), "Ủy ban nhân dân" written as officials shorten it."""
    out = []
    place = f" {_cue_text(d.get('place') or '')} "
    for body in (d.get("issuer_body"), d.get("parent_body")):
        words = _cue_text(body or "")
        # "BƯU ĐIỆN TỈNH BÍCH SƠN" is "bưu điện" to a question asked in Bích Sơn: the body without its place
        bare = f" {words} ".replace(place, " ").strip() if place.strip() else ""
        for cue in (words, bare if len(bare.split()) >= 2 else ""):
            if cue and cue not in out:
                out.append(cue)
    return out


class HeadFrequencies(NamedTuple):
    """How common the letterheads' words are. ``bodies``: how many plans each letterhead body names (a body most
    plans share, "UBND tỉnh X" above every Sở, names none of them in particular). ``issuers``: how many issuers'
    letterheads hold each issuer's cue words ("UBND tỉnh X" leaves only the place "x", which the letterhead of
    every body of the province holds)."""
    bodies: Counter
    issuers: Counter


_NO_HEADS = HeadFrequencies(Counter(), Counter())


def body_frequencies(documents: dict[str, dict]) -> HeadFrequencies:
    bodies = Counter(b for d in documents.values() for b in _bodies(d))
    cues = [[_cue_text(d.get("issuer") or ""), *_bodies(d)] for d in documents.values()]
    heads = {c[0]: f" {' '.join(c)} " for c in cues}  # one per issuer: its own plans do not make it common
    issuers = Counter({c[0]: sum(f" {c[0]} " in h for h in heads.values()) for c in cues if c[0]})
    return HeadFrequencies(bodies, issuers)


def plan_years(d: dict) -> set[int]:
    """The years a plan is known by: the year it was signed and the year its title is for ("Kế hoạch CCHC năm
    2026" signed in December 2025 is the 2026 plan), not a horizon ("đến năm 2030")."""
    title = " ".join(folded_tokens(d.get("raw_title") or d.get("title") or ""))
    named = {int(y) for y in re.findall(r"(?<!den )(?<!toi )\bnam (20\d\d)\b", title)}
    return ({d["year"]} if d.get("year") else set()) | named


def _short(text: str) -> str:
    """Folded, with "Ủy ban nhân dân" / "Hội đồng nhân dân" as officials shorten them."""
    return " ".join(fold(text or "").split()).replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd")


def _cue_text(text: str) -> str:
    """Folded text as issuer cues are written: shortened, the words every issuer shares ("tỉnh", "UBND", "của")
    left out, so a question's "HĐND tỉnh X" meets the cue "hdnd x"."""
    return " ".join(t for t in _short(text).split() if t not in _CUE_SKIP)


def _rare_bodies(d: dict, heads: HeadFrequencies, n_docs: int) -> list[str]:
    own, rare = _cue_text(d.get("issuer") or ""), max(1, n_docs // 2 - 1)
    return [b for b in _bodies(d) if heads.bodies.get(b, 0) <= rare
            and not (b == own and heads.issuers.get(own, 0) > rare)]  # its issuer, which names no plan of its own


def _bare_points(full: str) -> float:
    """An issuer named in full: "UBND tỉnh X" names it as surely as a cue word; "UBND tỉnh" alone less surely."""
    return 1.5 if _cue_text(full) else 1.0


def _names_bare(full: str, short: str) -> bool:
    """``short`` (a clause, shortened) names the issuer ``full`` written only with shared words ("UBND tỉnh"): in
    full, not as "Văn phòng UBND tỉnh", or as the level alone after "của" ("kế hoạch của tỉnh")."""
    if f" {full} " in short and f"van phong {full}" not in short:
        return True
    head, _, rest = full.partition(" ")
    return head == "ubnd" and rest in _levels() and f" cua {rest} " in short


def _council_named(full: str, short: str) -> bool:
    """"UBND tỉnh", "HĐND tỉnh" written without the place, of an issuer "UBND tỉnh X" / "HĐND tỉnh X": the
    province's own committee or council (not "Văn phòng UBND tỉnh")."""
    words = full.split()
    if len(words) < 3 or words[0] not in ("ubnd", "hdnd") or words[1] not in _levels():
        return False
    named = f"{words[0]} {words[1]}"
    return f" {named} " in short and f"van phong {named}" not in short


@functools.lru_cache(maxsize=1)
def _levels() -> frozenset[str]:
    return frozenset(fold(l).lower() for l in genre().levels)


def _issuer_cue(d: dict, heads: HeadFrequencies, n_docs: int) -> tuple[str, str]:
    """(the words that name the issuer, "" when the letterheads of most plans hold them; the issuer in full): "UBND
    tỉnh X" leaves only "x", which names no plan in particular, so it is matched in full ("ubnd tinh x")."""
    cue = _cue_text(d.get("issuer") or "")
    return (cue if cue and heads.issuers.get(cue, 0) <= max(1, n_docs // 2 - 1) else ""), _short(d.get("issuer") or "")


def _add_once(index: dict[str, list[str]], key: str, name: str) -> None:
    names = index.setdefault(key, [])
    if name not in names:
        names.append(name)


class PlanCues:
    """What names each plan (year, number, type, draft, issuer, rare title words), indexed by the cue.

    A question is matched against the distinct cues, not against every plan, and only the plans it
    names are scored: the cost follows how many plans it names, not how many are indexed. Built once
    per loaded index; ``document_preferences`` and ``plan_mentions`` give the same weights and groups
    as scoring each plan in turn (``_doc_cue_score``, kept for the plan a clause settles on).
    """

    def __init__(self, documents: dict[str, dict]):
        self.documents = documents
        self.n = len(documents)
        self.title_df = title_frequencies(documents)
        self.body_df = body_frequencies(documents)
        rare = max(1, self.n // 2 - 1)
        self.years: dict[int, list[str]] = {}
        self.numbers: dict[str, list[str]] = {}  # a number that is one word: found among a text's words
        self.odd_numbers: list[tuple[re.Pattern, str]] = []  # any other: by its own pattern
        self.doc_types: dict[str, list[str]] = {}
        self.drafts: list[str] = []
        self.preference_issuers: dict[str, list[str]] = {}
        self.cue_issuers: dict[str, list[str]] = {}
        self.bare_issuers: dict[str, list[str]] = {}  # issuers made only of skipped words ("UBND tỉnh")
        self.full_issuers: dict[str, list[str]] = {}  # every issuer shortened ("ubnd tinh x"), for its level named
        self.rare_title_words: dict[str, list[str]] = {}
        self.aliases = issuer_aliases(documents)  # "Sở KHCN", "VP": the issuers as officials shorten them
        self.named_as: dict[str, list[str]] = {}  # "ke hoach lien tich": a type and the title's first words
        for name, d in documents.items():
            for phrase in (_named_as(d), *(_named_as(carried) for carried in _carried(d))):
                if phrase:
                    self.named_as.setdefault(phrase, []).append(name)
        self.named_as = {p: names for p, names in self.named_as.items() if len(names) <= rare}
        self.title_grams: dict[tuple[str, ...], list[str]] = {}  # every run of TITLE_RUN words of a title
        for name, d in documents.items():
            for gram in _title_grams(d):
                _add_once(self.title_grams, gram, name)
        for name, d in documents.items():
            for year in plan_years(d):
                self.years.setdefault(year, []).append(name)
            for number in _numbers(d):
                if re.fullmatch(r"\w+", number):
                    self.numbers.setdefault(number, []).append(name)
                else:
                    self.odd_numbers.append((re.compile(rf"\b{re.escape(number)}\b"), name))
            for carried in (d, *_carried(d)):  # an agreement carrying its "Kế hoạch phối hợp": named a plan too
                doc_type = " ".join(re.findall(r"\w+", fold(carried.get("doc_type") or "")))  # "tai lieu hoi dap"
                if doc_type and name not in self.doc_types.get(doc_type, ()):
                    self.doc_types.setdefault(doc_type, []).append(name)
            if d.get("draft"):
                self.drafts.append(name)
            issuer = fold(d.get("issuer") or "")
            words = [t for t in issuer.split() if t not in _PREFERENCE_SKIP]
            if words:
                _add_once(self.preference_issuers, " ".join(words), name)
            full = " ".join(issuer.split())
            cue, short = _issuer_cue(d, self.body_df, self.n)
            if short:
                _add_once(self.full_issuers, short, name)
            if cue:
                _add_once(self.cue_issuers, cue, name)
            elif short:
                _add_once(self.bare_issuers, short, name)
            for body in _rare_bodies(d, self.body_df, self.n):
                _add_once(self.preference_issuers, body, name)
                _add_once(self.cue_issuers, body, name)
            for t in set(title_tokens(d)) - set(full.split()):
                if self.title_df[t] <= rare and not t.isdigit():  # not its issuer's words again (counted above)
                    self.rare_title_words.setdefault(t, []).append(name)

    def _numbered(self, text: str) -> set[str]:
        """The plans whose number ``text`` has as a word (its days and months blanked by the caller)."""
        found = {n for w in set(re.findall(r"\w+", text)) for n in self.numbers.get(w, ())}
        return found | {n for pattern, n in self.odd_numbers if pattern.search(text)}

    def preferences(self, query: str) -> dict[str, float]:
        skip = _PREFERENCE_SKIP
        q = f" {' '.join(t for t in folded_tokens(query) if t not in skip)} "
        years = {int(y) for y in YEAR.findall(query)}
        by_year = {n for y in years for n in self.years.get(y, ())}
        numbered = self._numbered(without_dates(query))  # "đến 27/6/2026" names no plan 27
        issued = {n for words, names in self.preference_issuers.items() if f" {words} " in q for n in names}
        typed = {n for t, names in self.doc_types.items() if f" {t} " in q and t != "ke hoach" for n in names}
        drafted = set(self.drafts) if " du thao " in q else set()
        weights: dict[str, float] = {}
        for name in by_year | numbered | issued | typed | drafted:
            w = 1.0  # the factors in document_preferences' order: the same product to the last bit
            if name in by_year:
                w *= 1.6
            if name in numbered:
                w *= 2.0
            if name in issued:
                w *= 1.5
            if name in typed:
                w *= 1.4
            if name in drafted:
                w *= 1.3
            if w != 1.0:
                weights[name] = w
        return weights

    def scores(self, clause_tokens: set[str], clause: str, title_words: bool = True) -> dict[str, float]:
        """``_doc_cue_score`` of every plan that scores above 0 (cues are multiples of 0.5: sums are exact)."""
        out: dict[str, float] = {}

        def add(names, points):
            for n in names:
                out[n] = out.get(n, 0.0) + points

        for year, names in self.years.items():
            if str(year) in clause:
                add(names, 2.0)
        add(self._numbered(clause), 3.0)
        for t, names in self.doc_types.items():
            if t in clause:
                add(names, 1.0)
        if "du thao" in clause:
            add(self.drafts, 1.5)
        cue, short = f" {_cue_text(clause)} ", f" {_short(clause)} "
        for words, names in self.cue_issuers.items():
            if f" {words} " in cue:
                add(names, 1.5)
        for full, names in self.bare_issuers.items():
            if _names_bare(full, short):
                add(names, _bare_points(full))
        for full, names in self.full_issuers.items():
            if f" {full} " not in short and _council_named(full, short):
                add(names, 1.5)  # "của UBND tỉnh", not "của Văn phòng UBND tỉnh"
        for t in clause_tokens if title_words else ():
            add(self.rare_title_words.get(t, ()), 0.5)
        for phrase, names in self.named_as.items() if title_words else ():
            if f" {phrase} " in f" {clause} ":
                add(names, 0.5)
        return out

    def titled(self, folded: str) -> dict[str, set[str]]:
        """The documents whose title ``folded`` writes a long run of, with that run's words."""
        out: dict[str, set[str]] = {}
        for gram in _grams(folded.split()):
            for name in self.title_grams.get(gram, ()):
                out.setdefault(name, set()).update(gram)
        return out


def document_preferences(query: str, documents: dict[str, dict], cues: PlanCues | None = None) -> dict[str, float]:
    """Weight > 1 for the plans a query names by year, number, issuer or type; {} if it names none.
    ``cues``: ``PlanCues(documents)``, when the caller keeps it (a loaded index does)."""
    return (cues or PlanCues(documents)).preferences(query)


@functools.lru_cache(maxsize=8)
def _plan_cue(types: tuple[str, ...]) -> re.Pattern:
    """A clause that may name a document: the word of a type the corpus holds ("kế hoạch", "công văn"; a "quyết
    định" no document of the corpus is named by is a document the plans cite), a draft, a year, a number."""
    return re.compile(rf"\b({_type_words(types)}|du thao|nam 20\d\d|20\d\d|kh|so \d+|\d+/kh)\b")


@functools.lru_cache(maxsize=8)
def _type_cue(types: tuple[str, ...]) -> re.Pattern:
    """A clause that names a document by its type."""
    return re.compile(rf"\b(?:{_type_words(types)})\b")


def _type_words(types: tuple[str, ...]) -> str:
    """The types the corpus holds, and "kế hoạch", "báo cáo", as alternatives, longest first."""
    return "|".join(re.escape(t) for t in sorted(set(types) | {"ke hoach", "bao cao"}, key=len, reverse=True))


_HORIZON = re.compile(r"\b(?:den|toi|tam nhin den|giai doan)(?: nam)? 20\d\d(?: ?- ?20\d\d)?\b")
_ASKED = r"\b(?:nhung|cac) (?:{t})\b|\b(?:{t}) (?:nao|so (?:may|bao nhieu|gi))\b"  # "những kế hoạch nào", "quyết định số mấy": asked
_CLAUSE_SPLIT = re.compile(r"\s(?:va|con|so voi|voi|and|versus|vs|compared with)\s|[,;:]")
# "giữa tỉnh và bưu điện", "between A and B": two parties of one document, named in one clause
_BETWEEN = re.compile(r"\b(?:giua|between) (?:\w+ ){0,6}?(va|and) ")


def _clauses(q: str) -> list[str]:
    """``q`` cut where it may name another plan; "giữa A và B" stays one clause."""
    kept = _BETWEEN.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + m.group(1).upper() + " ", q)
    return [c.strip().replace(" VA ", " va ").replace(" AND ", " and ") for c in _CLAUSE_SPLIT.split(kept) if c.strip()]


def _doc_cue_score(clause_tokens: set[str], clause: str, d: dict, title_df: dict[str, int], n_docs: int,
                   title_words: bool = True, body_df: HeadFrequencies | None = None,
                   named_as: dict[str, list[str]] | None = None) -> float:
    score = 0.0
    if any(str(year) in clause for year in plan_years(d)):
        score += 2.0
    if any(re.search(rf"\b{re.escape(number)}\b", clause) for number in _numbers(d)):
        score += 3.0
    doc_type = fold(d.get("doc_type") or "")
    if doc_type and doc_type in clause:
        score += 1.0
    if d.get("draft") and "du thao" in clause:
        score += 1.5
    issuer_full = " ".join(fold(d.get("issuer") or "").split())
    heads = body_df if body_df is not None else _NO_HEADS
    issuer, full = _issuer_cue(d, heads, n_docs)
    bodies = _rare_bodies(d, heads, n_docs)
    cue, short = f" {_cue_text(clause)} ", f" {_short(clause)} "
    if any(words and f" {words} " in cue for words in [issuer, *bodies]):
        score += 1.5
    elif not issuer and full and _names_bare(full, short):
        score += _bare_points(full)
    if full and f" {full} " not in short and _council_named(full, short):
        score += 1.5  # "của UBND tỉnh", not "của Văn phòng UBND tỉnh"
    phrase = _named_as(d) if title_words and named_as else ""
    if phrase and f" {phrase} " in f" {clause} " and named_as.get(phrase):
        score += 0.5
    own = set(issuer_full.split())  # "… huyện Sông Lam" in the title of UBND huyện Sông Lam's plan: counted once
    for t in set(title_tokens(d)) - own if title_words else ():
        if t in clause_tokens and title_df.get(t, n_docs) <= max(1, n_docs // 2 - 1) and not t.isdigit():
            score += 0.5
    return score


# "tổng hợp báo cáo", "xây dựng kế hoạch", "báo cáo kết quả": the type's word as an action, not a document named
# (but "ban hành kế hoạch 281", "thực hiện kế hoạch năm 2025" name one)
_TYPE_AS_ACTION = (r"(?:tong hop|gui|xay dung|ban hanh|lap|trinh|tham muu|trien khai(?: thuc hien)?) {t}\b"
                   r"(?! (?:so |nam )?\d)|\b{t} ket qua")  # "công văn triển khai kế hoạch CĐS": the letter's title



_IMPLEMENTS = r"\b(?:thuc hien|trien khai|so ket|tong ket|quan triet)(?: thuc hien)? {t} (?:so )?{n}\b"


def _implementing(clause: str, group: list[str], documents: dict[str, dict]) -> set[str]:
    """"Sơ kết … thực hiện Nghị quyết số 41": an activity of the plans that implement that document as well as of
    the document itself, so the plans whose title says "Thực hiện Nghị quyết số 41" join its group."""
    out: set[str] = set()
    for name in group:
        d = documents[name]
        t, n = fold(d.get("doc_type") or ""), doc_number(d)
        if not (t and n and re.search(_IMPLEMENTS.format(t=re.escape(t), n=re.escape(fold(n))), clause)):
            continue
        ref = re.compile(rf"\b{re.escape(t)} (?:so )?{re.escape(fold(n))}\b")
        out |= {other for other, od in documents.items() if other != name
                and ref.search(" ".join(folded_tokens(od.get("raw_title") or od.get("title") or "")))}
    return out


def _issuer_only(cues, clause: str, typed: re.Pattern) -> dict[str, float]:
    """The plans ``clause`` names by their issuer alone: its years, numbers and types set aside."""
    bare = typed.sub(" ", re.sub(r"\b\d+\b|\bdu thao\b", " ", clause))
    return cues.scores(set(), " ".join(bare.split()), title_words=False)


class Mention(list):
    """A group of equally likely documents named by one clause; ``strong`` when named by more than a year.
    ``cues``: the clause's words that name the plan (its year, number, type, rare title words), which say which
    plan, not what is asked about it. Not its issuer's words: they may be a phrase of the topic too ("Ngày Khoa
    học và Công nghệ" is no mention of Sở Khoa học và Công nghệ); the answerer removes the issuer as a phrase."""

    strong: bool = True
    cues: frozenset = frozenset()


def _cue_words(clause: str, d: dict, title_df: dict[str, int], n_docs: int) -> set[str]:
    clause_tokens = set(clause.split())
    named = set(folded_tokens(f"{' '.join(map(str, plan_years(d)))} {d.get('doc_type') or ''}"))
    named |= {t for t in folded_tokens(doc_number(d))}
    if d.get("draft"):
        named |= {"du", "thao"}
    named |= {t for t in title_tokens(d)
              if title_df.get(t, n_docs) <= max(1, n_docs // 2 - 1) and not t.isdigit()}
    return named & clause_tokens


# the document types' own abbreviations, as in "KH 2023" (not inside a number: "82/KH-UBND")
_ALIASES = [(re.compile(r"(?<![\w/-])kh(?![\w/-])"), "ke hoach"), (re.compile(r"(?<![\w/-])bc(?![\w/-])"), "bao cao")]
_VOWELS = set("aeiouy")


def _initials(token: str) -> bool:
    return len(token) >= 2 and not set(token) & _VOWELS


def issuer_aliases(documents: dict[str, dict]) -> list[tuple[re.Pattern, str]]:
    """How officials shorten the issuers' names, made from the names themselves: the initials of the first two
    syllables ("VP" → "văn phòng"), the head and the initials of the rest ("Sở KHCN"), all initials ("SKHCN").
    Only initials with no vowel: a Vietnamese syllable always has one, so no word of a question is taken."""
    found: dict[str, str] = {}
    for d in documents.values():
        words = [w for w in folded_tokens(d.get("issuer") or "") if w != "va"]
        if len(words) < 2:
            continue
        full = " ".join(words)
        rest = "".join(w[0] for w in words[1:])
        forms = {f"{words[0]} {rest}": full, "".join(w[0] for w in words): full}
        if not _initials(rest):  # a one-syllable head ("Sở") is not shortened with the next word
            forms["".join(w[0] for w in words[:2])] = " ".join(words[:2])
        for alias, meaning in forms.items():
            if _initials(alias.split()[-1]):
                found.setdefault(alias, meaning)
    return [(re.compile(rf"\b{re.escape(a)}\b"), m) for a, m in sorted(found.items(), key=lambda am: -len(am[0]))]


def title_tokens(d: dict) -> list[str]:
    """A plan's title words, folded, without the document its title cites ("Thực hiện Nghị quyết số 41/NQ-HĐND
    ngày … của Hội đồng nhân dân tỉnh về …": up to "về"): those words name the cited document, not this plan."""
    from index.lexical import STOPWORDS_VI
    written = tokens(d.get("raw_title") or d.get("title") or "")
    folded = [fold(w) for w in written]
    title = " ".join(folded)
    types = "|".join(re.escape(t) for t in genre().type_words)
    cited = re.search(rf"\b(?:{types}) so \d.*?(?= ve |$)", title)
    first, last = ((title[:cited.start()].count(" "), title[:cited.end()].rstrip().count(" ") + 1) if cited
                   else (len(folded), len(folded)))
    # the stopwords as written ("về", "của": a word of a title that names nothing; "cải" of "cải cách" stays)
    return [f for i, (w, f) in enumerate(zip(written, folded)) if not first <= i < last and w not in STOPWORDS_VI]


TITLE_RUN = 8  # syllables of a title in a row (three or four words) that name its document, whatever they say


def _grams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + TITLE_RUN]) for i in range(len(words) - TITLE_RUN + 1)}


def _title_grams(d: dict) -> set[tuple[str, ...]]:
    """The runs of TITLE_RUN words of a document's full title ("quyet dinh ban hanh quy che hoat dong cua …")."""
    return _grams(folded_tokens(d.get("title") or ""))


def _carried(d: dict) -> list[dict]:
    """The plans ``d`` carries in its appendices (``ParsedDocument.carried``), each as a type and a title."""
    out = []
    for title in d.get("carries") or ():
        doc_type = genre().leading_type(title)
        if doc_type:
            out.append({"doc_type": doc_type, "raw_title": " ".join(title.split()[len(doc_type.split()):])})
    return out


def _named_as(d: dict) -> str:
    """A plan's type and the first two words of its title, folded ("ke hoach lien tich", "chuong trinh hanh dong"):
    what officials call it by when no other plan of the corpus starts so."""
    words = title_tokens(d)[:2]
    doc_type = " ".join(fold(d.get("doc_type") or "").split())
    return f"{doc_type} {' '.join(words)}" if doc_type and len(words) == 2 and not any(w.isdigit() for w in words) else ""


def title_frequencies(documents: dict[str, dict]) -> dict[str, int]:
    """In how many plans' titles each folded word occurs (a rare title word names a plan)."""
    title_df: dict[str, int] = {}
    for d in documents.values():
        for t in set(title_tokens(d)):
            title_df[t] = title_df.get(t, 0) + 1
    return title_df


def _folded_clauses(query: str, cues: PlanCues) -> str:
    """``query`` folded, with a "," / ";" / ":" kept between two pieces that each name a document type ("chỉ thị
    04 hẹn … lúc nào, thông báo 87 đổi thành khi nào"): each names its own plan. Elsewhere the mark is dropped:
    "Ở Văn phòng UBND tỉnh, năm 2023 và năm 2025 …" is one clause."""
    types = _type_cue(tuple(sorted(set(cues.doc_types))))
    pieces = [" ".join(folded_tokens(p)) for p in re.split(r"[,;:]", query)]
    pieces = [p for p in pieces if p]
    out = pieces[:1]
    for piece in pieces[1:]:
        out.append((" , " if types.search(out[-1].rsplit(" , ", 1)[-1]) and types.search(piece) else " ") + piece)
    return "".join(out)


TYPED_NAMING = 2.0  # the cue points of a document named by its type and a cue of its own (with the type's 1.0:
# a number's 3.0)
LEVELS = frozenset(fold(level).lower() for level in genre().levels)  # "tinh", "xa", "phuong": index/data/genre.tsv
_OF_DOCUMENT = {"theo", "trong", "cua", "tai", "thuoc", "o"}  # "theo Đề án", "trong Quyết định": a document referred to


def _typed_naming(clause: str, cues: PlanCues, documents: dict[str, dict]) -> set[str]:
    """The documents a clause names by their type followed by a cue of their own: "đề án 2026 2028", "quyết định
    477", "chương trình của phường x" (a year, a number, or the place words of its issuer, right after it); or by
    its type alone when only that document has it ("theo Đề án" where one Đề án is indexed)."""
    out: set[str] = set()
    for doc_type, names in cues.doc_types.items():
        for m in re.finditer(rf"(\S+ )?\b{re.escape(doc_type)}\b((?: \S+){{0,3}})", clause):
            if len(names) == 1 and cues.n > 1 and (m.group(1) or "").strip() in _OF_DOCUMENT:
                out.update(names)
                continue
            after = f" {m.group(2).strip()} "
            for name in names:
                d = documents.get(name) or {}
                place = _cue_text(d.get("place") or "") or " ".join(_cue_text(d.get("issuer") or "").split()[-2:])
                level = re.match(r" (?:cua|cap) (\w+) ", after)  # "đề án của tỉnh": its issuer's level
                if any(f" {y} " in after for y in plan_years(d)) or any(f" {n} " in after for n in _numbers(d)) \
                        or (place and f" {place} " in after) \
                        or (level and level.group(1) in LEVELS and f" {level.group(1)} " in f" {_short(d.get('issuer') or '')} "):
                    out.add(name)
    return out


_NUMBER_AFTER = re.compile(r"\s*(,|va)\s*(\d+(?:/\S+)?)")  # ", 15", "và 1642/QĐ-UBND"


def _type_each_number(q: str, types: str) -> str:
    """"quyết định 2318 và 1642", "kh 12, 15" (folded): the type said once is each number's ("quyết định 2318 và
    quyết định 1642"), so each names its document."""
    def each(m: re.Match) -> str:
        more = "".join(f" {sep} {m.group(1)} {num}" for sep, num in _NUMBER_AFTER.findall(m.group(4)))
        return f"{m.group(1)} {m.group(2) or ''}{m.group(3)}{more}"
    return re.sub(rf"\b({types}) (so )?(\d+(?:/\S+)?)((?:\s*(?:,|va)\s*\d+(?:/\S+)?\b)+)", each, q)


def plan_mentions(query: str, documents: dict[str, dict], cues: PlanCues | None = None,
                  asking: frozenset[str] = frozenset()) -> list[Mention]:
    """The plans a question names, in the order it names them, as groups of equally likely documents
    ("kế hoạch 2023 của Văn phòng … và kế hoạch truyền thông 2025 của UBND tỉnh" → two groups).
    Cues outside a clause (the issuer named once for two years) count half in every clause.
    ``cues``: ``PlanCues(documents)``, when the caller keeps it (a loaded index does); ``asking``: the
    question's words that ask or only join (folded), when read: never a title word's cue — "do ai tổ chức" asks
    who, and names no plan titled "Tổ chức Hội nghị …"."""
    cues = cues or PlanCues(documents)
    q = _folded_clauses(without_dates(query), cues)
    # a long run of a title ("Quyết định ban hành Quy chế hoạt động của Trung tâm …") names its document, read
    # before a type's word used as an action ("ban hành quy chế") is blanked below
    titled = cues.titled(q)
    for pattern, replacement in cues.aliases + _ALIASES:
        q = pattern.sub(replacement, q)
    title_df, n = cues.title_df, len(documents)
    q = _HORIZON.sub(" ", q)  # "Đề án … đến năm 2025": a deadline, not the year of a plan
    types = "|".join(sorted({re.escape(t) for t in cues.doc_types} | {"ke hoach", "bao cao", "quyet dinh"}))
    q = re.sub(_ASKED.format(t=types), " ", q)  # "những kế hoạch nào …": the documents asked for, not one named
    for doc_type in set(cues.doc_types):  # the documents' types, folded, in the order first seen
        q = re.sub(_TYPE_AS_ACTION.format(t=doc_type), lambda m: m.group(0).replace(doc_type, " "), q)
    q = _type_each_number(q, types)
    clauses = _clauses(q)
    plan_cue = _plan_cue(tuple(sorted(set(cues.doc_types))))
    naming = plan_cue.search
    typed = _type_cue(tuple(sorted(set(cues.doc_types))))
    several_typed = sum(bool(typed.search(c)) for c in clauses) >= 2
    if several_typed:
        # "năm 2025 …, kế hoạch của tỉnh và kế hoạch của Văn phòng …": a year said once, before the plans it is of,
        # is a cue of each of them, as an issuer said once is
        naming = typed.search
    context = " ".join(c for c in clauses if not naming(c))  # "Ở Văn phòng UBND tỉnh, …"
    # outside the clauses that name a plan, only an issuer, a year or a number is a cue: title words there are
    # the topic ("… triển khai Đề án … dịch vụ công trực tuyến" is no mention of a plan with those words)
    whole = cues.scores(set(context.split()), context, title_words=False)
    found: list[Mention] = []
    named_clauses = [c.strip() for c in clauses if c.strip() and naming(c)]
    issuers = {c: _issuer_only(cues, c, typed) for c in named_clauses}
    for clause in named_clauses:
        toks = set(clause.split())
        own_scores = cues.scores(toks - asking, clause)  # a plan absent from both scores 0: never in a group
        explicit = _typed_naming(clause, cues, documents)
        if explicit:  # "Trong Đề án 2026-2028 …, ai chủ trì … phê duyệt danh mục …": the plan is said by its type
            # and own cue; another type's title words in the clause are what is asked about, not a second naming
            plain = cues.scores(toks, clause, title_words=False)
            own_scores = {name: sc if name in explicit else plain.get(name, 0.0)
                          for name, sc in own_scores.items()}
            for name in explicit:  # said by its type and a cue of its own: a naming as sure as its number
                own_scores[name] = own_scores.get(name, 0.0) + TYPED_NAMING
        for name, words in titled.items():
            if len(words & toks) * 2 >= len(words) and (not explicit or name in explicit):  # the run is this clause's
                own_scores[name] = own_scores.get(name, 0.0) + 1.5
        if not issuers[clause] and several_typed:
            # "VP UBND tỉnh: … theo KH 2023 và KH 2025": the issuer one plan is named by is the other's too
            for other in named_clauses:
                for name, points in issuers[other].items():
                    if other != clause:
                        own_scores[name] = own_scores.get(name, 0.0) + 0.5 * points
        scored = sorted(((own_scores.get(name, 0.0) + 0.5 * whole.get(name, 0.0), name)
                         for name in own_scores.keys() | whole.keys()), reverse=True)
        if not scored or scored[0][0] < 2.5:
            continue
        group = Mention(sorted(name for sc, name in scored if sc > scored[0][0] - 0.5))  # a rare title word decides
        group = Mention(sorted(set(group) | _implementing(clause, group, documents)))
        own = _doc_cue_score(toks, clause.replace(str(documents[group[0]].get("year")), " "), documents[group[0]],
                             title_df, n, body_df=cues.body_df, named_as=cues.named_as)
        group.strong = own >= 1.0 or len(group) == 1 and scored[0][0] >= 3.0
        group.cues = frozenset(_cue_words(clause, documents[group[0]], title_df, n))
        if group not in found:
            found.append(group)
    strong = [g for g in found if g.strong]
    weak = [g for g in found if not g.strong and not any(set(g) & set(s) for s in strong)]
    if not strong:
        return weak[:1] if len(weak) == 1 else weak
    return [g for g in found if g in strong or g in weak]
