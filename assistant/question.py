"""A question read once: language, what is asked, the plans, years, units and period it names, its topic.

Retrieval and answering both need these; reading them in one place keeps the answerer
from re-folding and re-parsing the question piece by piece, and makes the routing
between a one-section answer and a composed one (assistant/compose.py) explicit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant import intents as I
from assistant import language as L
from index.normalize import fold
from index.periods import Span, read_period
from index.query import _ENGLISH_WORDS, Mention, detect_language, plan_mentions, translate_terms

# what a composed answer is asked for
UNIT_DUTIES, PERIOD, PLAN_TASKS, COMPARE = "unit_duties", "period", "plan_tasks", "compare"
COMPOSED = (UNIT_DUTIES, PERIOD, PLAN_TASKS, COMPARE)

_COMPARE = re.compile(r"\b(?:so voi|so sanh|khac (?:gi|nhau|biet)|khac\b.{0,60}\b(?:the nao|ra sao|o (?:diem|cho) nao)|"
                      r"thay doi|diem moi|co gi moi|moi (?:co|them|bo sung)|them moi|bo sung them|khong con|"
                      r"compare\w*|differ\w*|change\w*|what'?s new|new (?:tasks|activities)|versus|vs)\b")
_DUTIES = re.compile(r"\b(?:lam (?:nhung )?gi|duoc giao|lan luot|nhiem vu (?:gi|nao|cua)|"
                     r"(?:vai tro|trach nhiem) (?:gi|nao|the nao|ra sao)|"
                     r"(?:chu tri|phu trach|dam nhan|dam nhiem|phoi hop|thuc hien|tham gia) (?:nhung |cac )?"
                     r"(?:gi|viec|hoat dong|nhiem vu|noi dung|cong viec)\b|"
                     r"what (?:does|do|did|will)\b|duties|tasks of|activities of|in charge of what|"
                     r"(?:lead|leads|coordinate|coordinates|handle|handles) (?:which|what)|"
                     r"(?:which|what) (?:activities|tasks) (?:does|do|is|are)\b)")
_ITEMS = "|".join(re.escape(p) for p in L.phrases("cues", "item_noun"))  # "nhiệm vụ", "hoạt động", "tasks"…
_ACTIVITIES = re.compile(rf"\b(?:(?:nhung|cac) (?:{_ITEMS})|(?:{_ITEMS}) (?:nao|gi)|(?:bao nhieu|may|how many) (?:{_ITEMS})|"
                         r"co gi|lam gi|phai (?:xong|hoan thanh|lam)|"
                         r"(?:which|what) (?:activities|tasks)|what (?:happens|is planned))\b")
# the groups a plan's tasks are organised in ("gồm những nhóm nhiệm vụ nào", "task groups")
ASKS_GROUPS = re.compile(r"\b(?:nhom|linh vuc|mang) (?:nhiem vu|hoat dong|noi dung|cong viec)\b|"
                         r"\b(?:groups|areas) of (?:tasks|activities)\b|\btask (?:groups|areas)\b")
ASKS_NEW = re.compile(r"\b(?:moi (?:co|them|bo sung)|nhiem vu moi|hoat dong moi|them moi|bo sung them|co gi moi|"
                      r"new (?:tasks|activities)|what'?s new|added)\b")
ASKS_DROPPED = re.compile(r"\b(?:khong con|bo di|bi bo|da bo|dropped|removed|no longer)\b")
# words that say "activities/tasks/plan" or ask, not what about (assistant/language/genre.tsv): a question made
# only of them has no topic. Two-syllable words go as words: "nhiệm vụ" is generic, "công vụ" is not.
_GENERIC_WORDS = {tuple(p.split()) for p in L.phrases("genre", "generic") if " " in p}
_GENERIC = {p for p in L.phrases("genre", "generic") if " " not in p}


def _specific(words: list[str]) -> list[str]:
    """The words left once the generic ones go, two-syllable words first."""
    drop = [False] * len(words)
    for i in range(len(words) - 1):
        if (words[i], words[i + 1]) in _GENERIC_WORDS:
            drop[i] = drop[i + 1] = True
    return [w for w, d in zip(words, drop) if not d and w not in _GENERIC]


@dataclass
class Question:
    text: str
    language: str
    folded: str
    intent: I.Intent
    plans: list[Mention] = field(default_factory=list)  # the plans it names, as groups of equally likely documents
    years: list[int] = field(default_factory=list)
    units: list = field(default_factory=list)  # index.register.Unit, in the order named
    period: Span | None = None
    topic: list[str] = field(default_factory=list)  # folded content words left once plans, units, period are set aside
    words: list[str] = field(default_factory=list)  # the same before the genre's generic words go ("nội dung", "hình thức")
    asks: str = ""  # UNIT_DUTIES / PERIOD / PLAN_TASKS / COMPARE, or "" for a one-section answer
    roles: tuple[str, ...] = ("lead", "executor", "director")

    places: set[str] = field(default_factory=set)  # documents of the places it names ("ở Ninh Thuận", "huyện Đồng Xuân")
    counted: str = ""  # the noun a "bao nhiêu …" question counts ("giường", "người"): the evidence must name it
    unknown_place: str = ""  # a place it names that no indexed text names ("… ở Bình Định"): nothing answers it

    @property
    def documents(self) -> set[str] | None:
        """The documents the question restricts itself to: its named plans, else the plans of the places it names."""
        named = {d for g in self.plans for d in g}
        if named and self.places:
            named = (named & self.places) or named
        return named or (set(self.places) if self.places else None)


def read(text: str, engine, has_history: bool = False) -> Question:
    language = detect_language(text)
    intent = I.read_question(text, has_history)
    english_terms = translate_terms(text) if language == "en" else ""
    folded = fold(f"{text} {english_terms}")
    documents = engine.manifest["documents"]
    plans = plan_mentions(f"{text} {english_terms}".strip(), documents, engine.plan_cues)
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    register = engine.register
    units = register.units_in(f"{text} {english_terms}") if register is not None else []
    if language == "en" and register is not None:  # "the provincial Department of Justice": by words and meaning
        units += [u for u in english_units(text, engine) if u not in units]
    latest = max((d.get("year") or 0 for d in documents.values()), default=0) or None
    named_years = [documents[d].get("year") for g in plans for d in g if documents.get(d, {}).get("year")]
    period = read_period(text, years[-1] if years else (named_years[0] if named_years else latest))
    q = Question(text, language, folded, intent, plans, years, units, period)
    q.places = _place_documents(folded, documents, register)
    q.unknown_place = "" if q.places else _unknown_place(text, engine)
    q.topic = _topic(q, engine)
    q.counted = _counted(folded, q.topic)
    q.roles = ("coordinators",) if re.search(r"\b(?:phoi hop|coordinat\w*|support\w*)\b", folded) \
        and not re.search(r"\b(?:chu tri|lead\w*)\b", folded) else ("lead", "executor", "director")
    q.asks = _asks(q, _title_words(engine), _genre_words(engine))
    return q


# a proper name after "ở / tại / in" or a level word ("tỉnh", "huyện", "province"): two or three capitalised words
_PLACE_NAMED = re.compile(r"(?:\b(?:ở|tại|in|at)\s+(?:(?:tỉnh|huyện|thành phố|thị xã|xã|quận)\s+)?|"
                          r"\b(?:tỉnh|huyện|thành phố|thị xã|quận|province of|district of)\s+)"
                          r"([^\W\d_]+(?:\s+[^\W\d_]+){1,2})")


def _unknown_place(text: str, engine) -> str:
    """A place the question names that no indexed section names at all: its first two syllables are no
    bigram of the corpus ("ở Bình Định" asked of Quảng Ngãi's plans). Unit names and English words are not
    places; nothing here lists places — the corpus decides."""
    register, idf = engine.register, getattr(engine.lexical, "idf", None)
    if register is None or not idf:
        return ""
    for m in _PLACE_NAMED.finditer(text):
        named = m.group(1).split()
        named = named[:next((i for i, w in enumerate(named) if not w[0].isupper()), len(named))]
        if len(named) < 2:  # a proper name: capitalised words, two at least
            continue
        words = [fold(w) for w in named]
        if words[0] in register.heads or any(w in _ENGLISH_WORDS for w in words):
            continue
        if f"{words[0]}_{words[1]}" not in idf:
            return " ".join(named)
    return ""


UNIT_MARGIN = 0.08  # how far the best unit's score must lead the runner-up's for an English name to be resolved
_EN_NAME_WORDS = {"of", "and", "the", "for", "&", ","}
_EN_STOP_NAME = {"who", "what", "when", "where", "which", "how", "does", "do", "did", "is", "are", "lead", "leads",
                 "coordinate", "coordinates", "in", "on", "to", "have", "has", "with", "from", "plan", "plans", "s"}


def english_unit_phrases(text: str) -> list[str]:
    """The English names of bodies in ``text``: a head word ("Department", "Office", "Police" —
    assistant/language/cues.tsv) with the capitalised words or "provincial" before it and "of …, … and …" after."""
    heads = set(L.phrases("cues", "unit_head", "en"))
    toks = re.findall(r"[A-Za-z][A-Za-z'’-]*|,|&", text)
    out, i = [], 0
    while i < len(toks):
        if toks[i].lower() not in heads:
            i += 1
            continue
        start = i
        while start > 0 and (toks[start - 1][:1].isupper() or toks[start - 1].lower() in ("provincial", "district",
                                                                                            "youth", "public")) \
                and toks[start - 1].lower() not in _EN_STOP_NAME:
            start -= 1
        end = i + 1
        while end < len(toks) - 1 and toks[end].lower() in _EN_NAME_WORDS:
            nxt = end + 2 if toks[end + 1].lower() == "the" and end + 2 < len(toks) else end + 1  # "of the …"
            if toks[nxt].lower() in _EN_STOP_NAME or toks[nxt] in _EN_NAME_WORDS:
                break
            end = nxt + 1
            while end < len(toks) and toks[end][:1].isupper() and toks[end].lower() not in _EN_STOP_NAME:
                end += 1
        if end - start >= 2:  # a name, not the bare word ("the office")
            out.append(" ".join(toks[start:end]).replace(" ,", ","))
        i = end
    return out


def english_units(text: str, engine) -> list:
    """Units of the register an English question names, each English name matched to the canonical names by
    their words (the glossary's terms against the name's syllables) and by meaning (the encoder's cosine),
    taken only when the best leads the runner-up by UNIT_MARGIN: "Department of Health" in plans with no
    Sở Y tế matches nothing."""
    register = engine.register
    phrases = english_unit_phrases(text)
    if not phrases or not register.units:
        return []
    names, vectors = engine.derived("question.unit_vectors", _unit_vectors)
    found = []
    for phrase in phrases:
        words = set(fold(translate_terms(phrase)).replace(",", " ").split())
        if not words:
            continue
        v = engine.embedder.encode_queries([phrase])[0]
        scores = []
        for (key, name_words), cos in zip(names, (vectors @ v).tolist()):
            shared = len(words & name_words)
            scores.append((cos + 2 * shared / (len(words) + len(name_words)) if shared else 0.0, key))
        scores.sort(reverse=True)
        if scores[0][0] and scores[0][0] - (scores[1][0] if len(scores) > 1 else 0.0) >= UNIT_MARGIN:
            unit = register.units[scores[0][1]]
            if unit not in found:
                found.append(unit)
    return found


def _unit_vectors(engine):
    """(the register's units as (key, folded words of the name without its place), their name vectors): once
    per loaded index."""
    import numpy as np

    register = engine.register
    keys = sorted(register.units)
    names = []
    for k in keys:
        words = set(fold(register.units[k].name).replace(",", " ").split())
        for place in register.places:
            words -= set(place.split())
        names.append((k, words - {"va", "tinh", "cac"}))
    vectors = np.asarray(engine.embedder.encode_queries([register.units[k].name for k in keys]), dtype=np.float32)
    return names, vectors


def _counted(folded: str, topic: list[str]) -> str:
    """What a quantity question counts: the evidence of its answer must name it ("%" for a rate).

    "bao nhiêu giường bệnh" → "giuong"; "tỷ lệ … là bao nhiêu" → "%"; "X là bao nhiêu" → X's first word;
    "trả nhuận bút bao nhiêu" → the word before. Not "thứ mấy" (a rank).
    """
    if re.search(r"\b(?:ty le|phan tram|percent\w*|rate)\b", folded):
        return "%"
    m = re.search(r"\b(?:bao nhieu|(?<!thu )may|how many)\s+(\w+)", folded)
    if m and m.group(1) not in ("la", "vay", "a", "nhi", "the"):
        return m.group(1)
    if re.search(r"\b(?:la|duoc|co) (?:bao nhieu|may)\b", folded) and topic:
        return topic[0]
    m = re.search(r"(\w+)\s+(?:bao nhieu|may)\b", folded)
    return m.group(1) if m and m.group(1) not in ("thu", "la") else ""


def _place_documents(folded: str, documents: dict, register) -> set[str]:
    """Documents of the places the question names (place names come from the plans themselves)."""
    if register is None:
        return set()
    named = [p for p in register.places if re.search(rf"\b{re.escape(p)}\b", folded)]
    if not named:  # most questions name no place: no need to read every document's
        return set()
    found = set()
    for name, d in documents.items():
        where = fold(f"{d.get('place', '')} {d.get('title', '')} {d.get('issuer', '')}")
        # a document whose place could not be read (a report with no "Quảng Ngãi, ngày …" line) is not of
        # another place: naming the province keeps it
        if named and (any(p in where for p in named) or not any(p in where for p in register.places)):
            found.add(name)
    return found if found and len(found) < len(documents) else set()


def _topic(q: Question, engine) -> list[str]:
    unit_words = {w for u in q.units for v in u.variants for w in v.replace(",", " ").split()}
    plan_words: set[str] = set()
    for g in q.plans:  # the words that name a plan (its issuer, number, title) say which plan, not what about
        for name in g:
            d = engine.document(name) or {}
            plan_words |= set(fold(f"{d.get('issuer', '')} {d.get('number', '')} {d.get('doc_type', '')} "
                                   f"{d.get('raw_title', '')}").replace(",", " ").split())
    for name in q.places:  # so do the words of the plans of a place it names
        d = engine.document(name) or {}
        plan_words |= set(fold(f"{d.get('raw_title', '')} {d.get('issuer', '')}").replace(",", " ").split())
    words = I.content_words(f"{q.text} {translate_terms(q.text) if q.language == 'en' else ''}")
    if engine.register is not None:  # a place's name goes as a name: "Đồng Xuân", not every "đồng"
        words = without_phrases(words, [p.split() for p in engine.register.places])
    if q.language == "en":
        words = [w for w in words if w not in _ENGLISH_WORDS]
    for w in list(words):  # an abbreviation of the plans' own subject ("CCHC" in a CCHC plan) is no topic either
        ab = engine.abbreviations.lookup(w) if plan_words else None
        if ab and set(fold(ab.expansion).replace(",", " ").split()) <= plan_words:
            plan_words.add(w)
    q.words = [w for w in words if w not in unit_words and w not in plan_words
               and not w.isdigit() and not re.fullmatch(r"\d+/\w+|[ivx]+", w) and len(w) > 1]
    return _specific(q.words)


def without_phrases(words: list[str], phrases: list[list[str]]) -> list[str]:
    drop = [False] * len(words)
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if words[i:i + n] == phrase:
                drop[i:i + n] = [True] * n
    return [w for w, d in zip(words, drop) if not d]


def _title_words(engine) -> set[str]:
    """Words of every plan's title, and the abbreviations that stand for them ("cchc").

    Computed once per loaded index: kept on its register, which is rebuilt with every generation.
    """
    register = engine.register
    cached = getattr(register, "title_words", None)
    if cached is not None:
        return cached
    words = {w for d in engine.documents() for w in fold(d.get("raw_title") or "").replace(",", " ").split()}
    for ab in engine.abbreviations.by_key.values():
        if set(fold(ab.expansion).split()) <= words:
            words.add(fold(ab.short))
    register.title_words = words
    return words


def _genre_words(engine) -> set[str]:
    """Words in at least half of the plans' titles ("tuyên truyền", "cải cách hành chính"): they name the genre
    every plan is of, not what a question is about. Kept on the register, rebuilt with every generation."""
    register = engine.register
    cached = getattr(register, "genre_words", None)
    if cached is not None:
        return cached
    df = engine.plan_cues.title_df
    n = max(1, len(engine.manifest["documents"]))
    words = {w for w, k in df.items() if 2 * k >= n and n > 1}
    for ab in engine.abbreviations.by_key.values():
        if set(fold(ab.expansion).split()) <= words:
            words.add(fold(ab.short))
    register.genre_words = words
    return words


def _asks(q: Question, title_words: set[str], genre: set[str] = frozenset()) -> str:
    f = q.folded
    beyond_genre = [w for w in q.topic if w not in genre]  # "hoạt động tuyên truyền nào" names no topic
    if _COMPARE.search(f) and (len(q.plans) >= 2 or len(set(q.years)) >= 2):
        return COMPARE
    if q.units and (_DUTIES.search(f) or q.intent.kind == I.REVERSE) and not _names_activity(q, title_words):
        return UNIT_DUTIES
    if q.period is not None and (_ACTIVITIES.search(f) or q.intent.kind in (I.LIST, I.GENERAL)) and not beyond_genre:
        return PERIOD
    if q.plans and len(q.plans) == 1 and (ASKS_GROUPS.search(f)
                                           or (_ACTIVITIES.search(f) and not beyond_genre)):
        return PLAN_TASKS
    return ""


def _names_activity(q: Question, title_words: set[str]) -> bool:
    """'Sở X chủ trì việc tổ chức cuộc thi nào?' names an activity: a one-section answer, not the unit's duties.

    Words of the plans' titles ("truyền thông CCHC") name a plan, not an activity.
    """
    return len([w for w in q.topic if w not in title_words]) >= 3 and q.intent.kind not in (I.REVERSE,)
