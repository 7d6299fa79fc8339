"""A question read once: language, what is asked, the plans, years, units, period, places, sections and cited
documents it names, its topic — and, in a conversation, what it takes from the previous answer.

``read`` is the only reader: it folds the text once and extracts its topic once, and gives a frozen
``Question`` the answerer's routes (assistant/extractive.py) only look at. Retrieval and answering both need
these; reading them in one place keeps the kind of a question decided in one place, and the routing between a
one-section answer and a composed one (assistant/compose.py) explicit. The words it reads by are data
(assistant/language/); the names it resolves come from the documents and the activity register.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant import intents as I
from assistant import language as L
from index.genre import genre
from index.normalize import fold, folded_tokens, has_diacritics, tokens, vietnamese_syllable
from index.periods import Span, read_period
from index.query import (ENGLISH_FUNCTION_WORDS, english_names, plan_years, title_tokens, _ENGLISH_WORDS, _GLOSSARY_WORDS, Mention, detect_language, doc_number,
                         plan_mentions, translate_terms, LEVELS)

ASK_BACK = "ask_back"  # the kind of the answer that asks which activity is meant

# what a composed answer is asked for
UNIT_DUTIES, PERIOD, PLAN_TASKS, COMPARE = "unit_duties", "period", "plan_tasks", "compare"
COMPOSED = (UNIT_DUTIES, PERIOD, PLAN_TASKS, COMPARE)


def _composed(kind: str) -> re.Pattern:
    """What a composed answer is asked for, as assistant/language/asks.tsv words it (table ``composed``)."""
    items = "|".join(re.escape(p) for p in L.phrases("cues", "item_noun"))  # "nhiệm vụ", "hoạt động", "tasks"…
    return I.any_of(*(r["pattern"].replace("{items}", items) for r in L.rows("asks")
                  if r["table"] == "composed" and r["kind"] == kind))


_COMPARE = _composed("compare")  # "so với", "khác gì", "what's new"
_DUTIES = _composed("duties")  # "làm gì", "được giao", "what does … do"
_ACTIVITIES = _composed("activities")  # "những hoạt động nào", "bao nhiêu nhiệm vụ", "which tasks"
ASKS_GROUPS = _composed("groups")  # the groups a plan's tasks are organised in ("nhóm nhiệm vụ", "task groups")
ASKS_NEW = _composed("new")
ASKS_DROPPED = _composed("dropped")

# words that say "activities/tasks/plan" or ask, not what about (assistant/language/genre.tsv): a question made
# only of them has no topic. Two-syllable words go as words: "nhiệm vụ" is generic, "công vụ" is not.
# The nouns a plan's items are called by (assistant/language/cues.tsv: "đợt", "sự kiện") are generic too.
_GENERIC_PHRASES = L.phrases("genre", "generic") + L.phrases("cues", "item_noun")
_GENERIC_WORDS = {tuple(p.split()) for p in _GENERIC_PHRASES if " " in p}
_GENERIC = {p for p in _GENERIC_PHRASES if " " not in p}
# an English question's words that are no topic: the genre's English words and English function words
# (index/data/english.tsv)
_ENGLISH_TOKENS = _ENGLISH_WORDS | ENGLISH_FUNCTION_WORDS


def _specific(words: list[str]) -> list[str]:
    """The words left once the generic ones go, two-syllable words first."""
    drop = [False] * len(words)
    for i in range(len(words) - 1):
        if (words[i], words[i + 1]) in _GENERIC_WORDS:
            drop[i] = drop[i + 1] = True
    return [w for w, d in zip(words, drop) if not d and w not in _GENERIC]


@dataclass(frozen=True)
class Question:
    """A question read once: everything the answerer needs, computed here and never re-read."""

    text: str  # as asked; the answer to an ask-back is the question asked then, completed
    language: str
    folded: str  # the text and an English question's Vietnamese terms, accent-folded: the one fold
    intent: I.Intent
    plans: tuple = ()  # the plans it names (index.query.Mention groups of equally likely documents)
    years: tuple[int, ...] = ()
    units: tuple = ()  # index.register.Unit, in the order named
    period: Span | None = None
    topic: tuple[str, ...] = ()  # folded content words left once plans, units, period are set aside
    words: tuple[str, ...] = ()  # the same before the genre's generic words go ("nội dung", "hình thức")
    asks: str = ""  # UNIT_DUTIES / PERIOD / PLAN_TASKS / COMPARE, or "" for a one-section answer
    roles: tuple[str, ...] = ("lead", "executor", "director")
    places: frozenset[str] = frozenset()  # documents of the places it names ("ở Ninh Thuận", "huyện Đồng Xuân")
    counted: str = ""  # the noun a "bao nhiêu …" question counts ("giường", "người"): the evidence must name it
    unknown_place: str = ""  # a place it names that no indexed text names ("… ở Bình Định"): nothing answers it
    unspoken: bool = False  # what it asks about is nowhere in the plans ("thời tiết ngày mai", "weather"): declined
    # -- the conversation and the one-section answer ------------------------------------------------------
    follow_up: bool = False  # read against the previous answer
    focus: str = ""  # the retrieval query: the text, and for a follow-up the previous turn's focus too
    english_terms: str = ""  # an English question's Vietnamese genre terms (index/query.py's glossary)
    mentions: tuple = ()  # the plans as the one-section answer scopes them (a side per year named; of that year)
    content: tuple[str, ...] = ()  # every content word of the text, before anything is set aside
    search_topic: tuple[str, ...] = ()  # the words a section must cover (of the focus, for a follow-up)
    cited: tuple[str, ...] = ()  # numbers of documents the plans cite that it names ("766" of "766/QĐ-TTg")
    about: tuple[str, ...] = ()  # the topic without the words every plan's title has: what the items must be about
    yes_no: bool = False  # asks whether something holds ("… có … không?", "Can I …?"): the answer leads with Có / Không
    section: str = ""  # a section it names ("mục III.2", "phụ lục I", "the appendix"): a path, or its prefix
    initials: frozenset[str] = frozenset()  # words it writes in capitals ("QN", "DN", "PTTH"), folded: shorthand

    @property
    def documents(self) -> set[str] | None:
        """The documents the question restricts itself to: its named plans, else the plans of the places it names."""
        named = {d for g in self.plans for d in g}
        if named and self.places:
            named = (named & self.places) or named
        return named or (set(self.places) if self.places else None)

    @property
    def unit_names(self) -> frozenset[str]:
        """Every way the units it names are written (their names and variants), folded."""
        return frozenset(fold(v) for u in self.units for v in (u.name, *u.variants) if v)

    @property
    def cites_other(self) -> bool:
        """It names by number a document the plans cite, not one of them."""
        return bool(self.cited)

    @property
    def kind(self) -> str:
        return self.intent.kind


# -- yes / no -------------------------------------------------------------------------------------------
_LETTERS = re.compile(r"[^\W\d_]+")


def yes_no(folded: str, lang: str) -> bool:
    """"Tôi có thể dùng … thay cho … không?", "… phải không?", "Is the contest held in Q3?" (``folded``: the
    question accent-folded, as assistant/question.py reads it)."""
    f = " ".join(_LETTERS.findall(folded))
    if L.any_phrase("cues", "request").search(f):  # "Could you give me …?", "cho em xin … được không": asks for it
        return False
    if lang == "en":
        first = f.split()[:1]
        return bool(first) and first[0] in L.phrases("cues", "yes_no_start", "en")
    ends = L.phrases("cues", "yes_no_end", "vi")
    words, particles = f.split(), set(L.phrases("cues", "particle", "vi"))
    while len(words) > 1 and words[-1] in particles:  # "… không ạ?", "… chưa vậy?": the chat particle after it
        words.pop()
    f = " ".join(words)
    end = next((e for e in ends if f == e or f.endswith(f" {e}")), None)
    if end is None:
        return False
    body = f" {f[: len(f) - len(end)]} "
    if any(f" {w} " in body for w in L.phrases("cues", "interrogative", "vi")):  # "có những … nào không": a list
        return False
    if end in L.phrases("cues", "yes_no_tag", "vi"):  # "…, phải không?" asks yes or no by itself
        return True
    # "… có … không": a mark of the statement before it ("có", "được", "đã", "còn")
    return any(re.search(rf"\b{re.escape(m)}\b", body) for m in L.phrases("cues", "yes_no_mark", "vi"))



_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


_JOINED = re.compile(r"(?<![/\w-])([^\W\d_]{1,3})\s*[-&]\s*([^\W\d_]{1,3})\b(?![-/]\w)")  # not inside "…/QĐ-TTg"


_MAY_CLASSIFIER = re.compile(r"\b([Mm]ấy|[Mm]ay)(?= (?:" + "|".join(L.written("cues", "classifier")) + r")\b)")


# "mấy kiểu đa phương tiện nào", "mấy đơn vị gì": "mấy" and "nào" / "gì" on one noun ask which, not how many
# ("mấy giờ", "mấy lần", "tháng mấy" count or tell time whatever follows)
_MAY_WHICH = re.compile(r"\b([Mm]ấy)(?= (?!(?:giờ|ngày|tuần|tháng|quý|năm|lần|số|phút|tiếng|buổi)\b)"
                        r"(?:[^\W\d_]+ ){1,5}?(?:nào|gì)\b)")


# "mấy người", "gồm mấy công chức": a count of persons, as "bao nhiêu" asks it (the noun of persons counted, in any
# of its words: assistant/language/cues.tsv person_noun); "mấy" elsewhere keeps its readings ("tháng mấy", "mấy giờ")
@lru_cache(maxsize=1)
def _may_persons() -> re.Pattern:
    nouns = "|".join(map(re.escape, L.written("cues", "person_noun")))
    return re.compile(rf"\b([Mm])ấy(?= (?:{nouns})\b)")


def _plural_may(text: str) -> str:
    """"mấy cái video clip … đăng lên đâu": "mấy" before a classifier, in a question that asks something else
    (where, which, who), is the chat's plural ("các"), not "how many"; so is "mấy" whose noun "nào" asks of."""
    text = _MAY_WHICH.sub(lambda m: "các" if m.group(1)[0].islower() else "Các", text)
    if not _MAY_CLASSIFIER.search(text):
        return text
    folded = " " + fold(re.sub(r"[^\w]+", " ", text.lower())) + " "
    if not any(f" {w} " in folded for w in L.phrases("cues", "interrogative", "vi") if w not in ("may", "bao nhieu")):
        return text
    return _MAY_CLASSIFIER.sub(lambda m: "các" if m.group(1)[0].islower() else "Các", text)


def _own_plan(text: str, whole: str, plans, documents, engine) -> bool:
    """The part ``text`` of the question ``whole`` names plans none of which its other parts name, and they name
    some."""
    if not plans:
        return False
    others = {d for g in plan_mentions(whole.replace(text, " "), documents, engine.plan_cues) for d in g}
    return bool(others) and not others & {d for g in plans for d in g}


def _counted_in(language: str, text: str, folded: str, topic) -> str:
    """What a "how many" counts, as the plans write it: an English question's noun ("complaints", "outstanding
    civil servants") is no word of a Vietnamese sentence, so it asks for a figure of any kind (a percent stays)."""
    counted = _counted(_quantifiers(text, folded), topic)
    return counted if language != "en" or counted == "%" else ""


def written_out(text: str) -> str:
    """``text`` with the words shortened in chat written out (assistant/language/chat.tsv), whole words only,
    and initials typed in two groups in lower case ("pt-th") or around "&" ("KH&CN") as one ("PT-TH" as the documents
    write it is kept: the units' names are matched as written): the corpus's initials index
    (index/abbreviations.py) spells them out."""
    words = L.chat_words("vi")
    text = _TOKEN.sub(lambda m: words.get(m.group(0).lower(), m.group(0)), text)
    asked = genre().asked_initials  # "ĐV nào", "CQ nào": which unit, which body (index/data/genre.tsv)
    text = re.sub(rf"\b({'|'.join(map(re.escape, asked))})(?=\s+(?:nào|nao|gì|gi)\b)",
                  lambda m: asked[m.group(1).lower()], text, flags=re.IGNORECASE) if asked else text
    text = re.sub(r"\b([Bb]ao) bao nhiêu\b", r"\1 nhiêu", text)  # "bao nhiêu" was written out already
    text = _plural_may(text)
    text = _may_persons().sub(lambda m: "Bao nhiêu" if m.group(1) == "M" else "bao nhiêu", text)
    return _JOINED.sub(lambda m: m.group(1) + m.group(2) if (m.group(0).islower() or "&" in m.group(0)) and not any(
        vietnamese_syllable(fold(g)) for g in m.groups()) else m.group(0), text)


@lru_cache(maxsize=1)
def _doc_type_initials() -> dict[str, str]:
    """"KH" → "kế hoạch", "HD" → "hướng dẫn": the document types' standard initials, and those typed in chat
    ("cv" → "công văn"), from index/data/genre.tsv."""
    g = genre()
    return {**{abbr: word.lower() for word, abbr in g.doc_types.items() if abbr},
            **{typed: word.lower() for typed, word in g.typed.items()}}


def _genre_initials(text: str, engine) -> str:
    """``text`` with a document type written by its standard initials as a word ("theo KH truyền thông", "Sở nào
    HD …": index/data/genre.tsv, after Nghị định 30/2020/NĐ-CP) written out, unless the corpus defines the
    initials otherwise; never inside a document's number ("KH-UBND", "12/KH")."""
    words = _doc_type_initials()

    def out(m: re.Match) -> str:
        w = m.group(0)
        return words[w] if w in words and engine.abbreviations.by_key.get(fold(w)) is None else w

    return re.sub(r"(?<![\w/-])[^\W\d_]{2,3}(?![\w/-])", out, text)


def read(text: str, engine, has_history: bool = False, prev=None, continues: bool = False,
         whole: str = "") -> Question:
    """Read ``text`` once. ``prev``: the answer a follow-up is read against (assistant.answers.Answer), or the
    ask-back this text completes; ``has_history`` without ``prev``: a conversation whose last turn is not
    read (a decline, small talk); ``continues``: ``text`` is a later part of one question ("…, và khi nào?"),
    read about what ``prev``, the first part's answer, is about; ``whole``: the question ``text`` is the first
    part of, whose every word says what the parts are about (searched with, not read for what is asked)."""
    if prev is not None and prev.kind == ASK_BACK:  # "Bạn hỏi về hoạt động nào?" → "Bản tin PCI"
        text, prev = f"{prev.focus} {text}", None
    if whole and not continues:
        whole = _shared(text, whole, engine)
    language = detect_language(text)
    if language == "vi":  # "ai lo vụ này z", "bn %", "phối hợp vs ai": read as if written out (the whole question
        text = _genre_initials(written_out(text), engine)  # too: its parts are found in it as written out)
        whole = _genre_initials(written_out(whole), engine) if whole else whole
    english_terms = translate_terms(text) if language == "en" else ""
    folded_text = fold(text)  # the one fold of the question
    folded = f"{folded_text} {fold(english_terms)}".strip()
    content = tuple(I.content_words(text))  # the one topic extraction
    intent = I.read_intent(I.asking_text(text, folded_text), has_history or prev is not None, bool(content))
    intent = _short_name_asked(intent, text, folded_text, engine)
    follow_up = intent.follow_up and prev is not None
    focus = text
    if continues and prev is not None and not follow_up:  # "…, và khi nào xong?": the next part of one question,
        follow_up, focus = True, f"{text} {prev.focus or prev.question}"  # about what the first part is about
    asks_yes_no = yes_no(folded_text, language)
    if asks_yes_no and intent.kind in (I.TIMING, I.FREQUENCY) and language == "en":  # "Can I use … when I go to …?":
        # whether, not when ("… có ghi cùng thời gian không": the times, then whether they agree)
        intent = replace(intent, kind=I.GENERAL, also=())
    documents = engine.manifest["documents"]
    asking = frozenset(re.findall(r"\w+", folded_text)) - set(content)  # "do ai tổ chức": no title's words
    plans = plan_mentions(f"{text} {english_terms}".strip(), documents, engine.plan_cues, asking)
    own_intent, joined = intent, continues and follow_up and not intent.follow_up  # "…, và khi nào xong?"
    if follow_up:
        intent, focus = _against(intent, text, prev)
        language = language if language == "en" or prev.language == "vi" else prev.language
    years = tuple(int(y) for y in re.findall(r"\b(20\d\d)\b", text))
    inherited = not plans and ((continues and prev is not None) or bool(whole)) \
        and not _place_documents(folded, documents, engine.register)
    if inherited:  # a part naming no plan (nor a place of its own): the plan its sentence names
        said = (prev.focus or prev.question) if continues and prev is not None else whole
        plans = plan_mentions(f"{said} {translate_terms(said) if language == 'en' else ''}".strip(), documents,
                              engine.plan_cues)
        years = years or tuple(int(y) for y in re.findall(r"\b(20\d\d)\b", said))
    register = engine.register
    units = register.units_in(f"{text} {english_terms}") if register is not None else []
    if not units and register is not None and _DUTIES.search(folded):  # "Bưu điện tỉnh có nhiệm vụ gì …" of
        units = bodies_named(text, engine)  # plans that task it only in prose: the body as the plans write it
    if language == "en" and register is not None:  # "the provincial Department of Justice": by words and meaning
        units += [u for u in english_units(text, engine) if u not in units]
    if units and plans and not inherited and language == "vi" and _DUTIES.search(folded) and register is not None:
        # "Sở KHCN phải làm gì trong kế hoạch truyền thông 2025": the unit asked about is no cue of its own plan
        # when the rest of the question names a plan by other words
        other = plan_mentions(register.without_units(text), documents, engine.plan_cues, asking)
        if other and other != plans:
            plans = other
    latest = max((d.get("year") or 0 for d in documents.values()), default=0) or None
    named_years = [documents[d].get("year") for g in plans for d in g if documents.get(d, {}).get("year")]
    period = read_period(text, years[-1] if years else (named_years[0] if named_years else latest))
    if period is None and len(set(years)) == 1 and len(plans) == 1 and register is not None:
        # "năm 2027" of a plan issued in 2026 whose activities run into 2027: that year of it (the plan's own year
        # names the plan)
        if years[0] not in {y for d in plans[0] for y in plan_years(documents.get(d, {}))} \
                and years[0] in register.years_of(set(plans[0])):
            period = Span.months(years[0], 1, 12)
    places = frozenset(_place_documents(folded, documents, register))
    if places and years and not plans:  # "Đồng Xuân district's 2025 survey": of the place's plans, the year's
        places = frozenset(d for d in places if plan_years(documents.get(d, {})) & set(years)) or places
    if places:  # "… ở Bắc Trà năm 2026": a plan matched by a title word and a year, but of another place, is not it
        plans = [g for g in plans if set(g) & places or _by_number(g, documents)]
        for g in plans:
            if not _by_number(g, documents):
                g[:] = [d for d in g if d in places]
    terms_words = tuple(I.content_words(english_terms)) if english_terms else ()
    own_words = _content_of(content, text, terms_words, language)
    words, topic = _topic(content + terms_words, language, units, plans, places, engine, text,
                          frozenset(fold(w) for w in re.findall(r"\b[A-ZĐ]{3,}\b", text)))
    if intent.kind == I.FREQUENCY:  # "tần suất/tuần", "per week": the period counted in is asked, no topic
        topic = [w for w in topic if w not in _FREQUENCY_PERIODS]
    # "…, còn kế hoạch 74 cho Sở X trình kết quả khi nào": a part naming a plan of its own, not the other part's,
    # and what it asks of it, is read on its own and carries nothing of the other part ("…, kế hoạch liên tịch chốt
    # ngày nào" names no activity: the first part's, read about it)
    on_its_own = joined and len(topic) >= 2 and bool(whole) and _own_plan(text, whole, plans, documents, engine)
    if on_its_own:
        follow_up, focus, intent = False, text, own_intent
    if intent.needs == "span" and topic:  # "số hóa … thực hiện trong giai đoạn nào": an activity's time, not the
        intent = replace(intent, kind=I.TIMING, needs=None)  # years a plan is for
    if intent.needs == "signer" and _signs_other_than_a_document(folded_text) \
            and _names_activity(intent, topic, _title_words(engine)):
        # "bước ký giấy khai sinh trong quy trình là ai ký": who does a step, not who signed the document
        intent = replace(intent, kind=I.LEAD, needs=None)
    if prev is not None and not follow_up and len(topic) <= 1 and not (plans or units or places) and period is None:
        follow_up = True  # "Thực hiện khi nào?", "Phát bao lâu một lần?" name no activity: they ask about the last
        intent, focus = _against(intent, text, prev)
    cited = _cited(text, folded_text, documents)
    if intent.needs == "date" and cited:
        intent = replace(intent, needs="day")  # "Quyết định 766/QĐ-TTg ban hành ngày nào": a date in a plan's text
    roles = ("coordinators",) if re.search(r"\b(?:phoi hop|coordinat\w*|support\w*)\b", folded) \
        and not re.search(r"\b(?:chu tri|lead\w*)\b", folded) else ("lead", "executor", "director")
    # an English question asks for a composed answer by its own words, not its terms run together, and names a
    # topic only by what the glossary translates and the names it writes ("the third quarter" names none)
    asks = _asks(intent, folded_text if language == "en" else folded, plans, years, units, period,
                 [w for w in topic if w in own_words] if language == "en" else topic,
                 _title_words(engine), _genre_words(engine))
    about = _about(text, topic, engine)
    if inherited and asks == PLAN_TASKS:  # "…, và phải xong trước ngày nào?" asks of the part's activity, not the plan
        asks = ""
    if not asks and follow_up and prev.kind in COMPOSED:  # "còn Sở Tư pháp thì sao?"
        slot = {UNIT_DUTIES: units, PERIOD: period, PLAN_TASKS: plans}.get(prev.kind)
        if slot:
            asks = prev.kind
            if prev.kind == UNIT_DUTIES and prev.language == language:
                roles = read(prev.question, engine).roles
    before = prev.focus or prev.question if follow_up else whole
    if on_its_own:
        before = ""
    elif whole and not follow_up:
        focus = whole
    carried = tuple(I.content_words(before)) if before else ()
    if carried and continues and not inherited and (plans or places):  # "Kế hoạch 61 đặt … bao nhiêu %, phường X
        # đạt bao nhiêu": what the first part asks of, carried; not the words naming its plan
        named = {w for g in plan_mentions(before, documents, engine.plan_cues) for w in getattr(g, "cues", ())}
        carried = tuple(w for w in carried if w not in named)
    search = own_words if not before else own_words + _content_of(
        carried, before, tuple(I.content_words(translate_terms(before))) if language == "en" else (), language)
    counted = _counted_in(language, text, folded, topic)
    if continues and prev is not None and not _counted_written(_quantifiers(text, folded)):
        # "Chỉ tiêu … bao nhiêu %, phường X đạt bao nhiêu?": a later part counts what the first part counted
        counted = _counted_written(_quantifiers(prev.question)) or counted
    after = re.search(r"\bnguoi\W+(\w+)", folded_text)
    if counted == "nguoi" and not (after and after.group(1) in topic):  # "mấy người" (not "người dân"): counted
        # as "09 công chức", "07 thành viên" — no word a section must have
        topic, search = [w for w in topic if w != counted], tuple(w for w in search if w != counted)
    return Question(
        text=text, language=language, folded=folded, intent=intent, plans=tuple(plans), years=years,
        units=tuple(units), period=period, topic=tuple(topic), words=tuple(words), asks=asks, roles=roles,
        places=places, counted=counted, unknown_place="" if places else _unknown_place(text, engine),
        follow_up=follow_up, focus=focus, english_terms=english_terms,
        mentions=tuple(_scoped_mentions(plans, years, places, engine, _place_groups(folded, documents, register))),
        content=content,
        search_topic=tuple(_spelled(search, focus, engine)), cited=cited, section=_section_named(text, folded_text),
        yes_no=asks_yes_no, about=about, initials=frozenset(fold(w) for w in _CAPITALS.findall(text)),
        unspoken=not (plans or units or cited or follow_up or places) and intent.kind == I.GENERAL
        and _unspoken(folded_text, topic, text, english_terms, language, engine))


_FREQUENCY_PERIODS = frozenset(L.phrases("cues", "frequency_period"))

# a question word that asks something no field answers ("ở đâu", "ra sao", "where", "how"): assistant/language/cues.tsv
_OPEN_QUESTION = L.any_phrase("cues", "open_question")


def _shared(text: str, whole: str, engine) -> str:
    """What the first part of one sentence is searched with: the whole sentence, unless a later part names a
    subject of its own — a place, a plan or a unit this part does not ("Chỉ tiêu của tỉnh là bao nhiêu, phường
    X đạt tới đâu?": phường X is what the second part is about, not the first)."""
    rest = whole.replace(text, " ")
    register, documents = engine.register, engine.manifest["documents"]
    own = _subjects(text, documents, register, engine)
    return text if _subjects(rest, documents, register, engine) - own else whole


def _subjects(text: str, documents: dict, register, engine) -> set[str]:
    """The places, plans and units ``text`` names, as document ids and unit names."""
    folded = fold(text)
    named = set(_place_documents(folded, documents, register))
    named |= {d for g in plan_mentions(text, documents, engine.plan_cues) for d in g}
    if register is not None:
        named |= {str(u) for u in register.units_in(text)}
    return named


def _against(intent, text: str, prev):
    """A follow-up's intent and focus: the previous kind when it asks none of its own ("thời gian thực hiện?"
    asks what it names; "còn … thì sao?" asks the same again), the previous focus beside its own words."""
    if intent.kind == I.GENERAL and prev.kind != I.GENERAL and not _OPEN_QUESTION.search(fold(text)):
        intent = replace(intent, kind=prev.kind)  # but "… and where do they go?" asks a question of its own
    return intent, f"{text} {prev.focus or prev.question}"


def _content_of(content: tuple[str, ...], text: str, terms_words: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The content words a section must cover: a Vietnamese question's own; an English question's Vietnamese
    terms and the names, acronyms and numbers it writes (its other English words are in no plan)."""
    if language != "en":
        return content
    named = {fold(t) for t in english_names(text)}  # "PCI", "VNeID", "Sở", "Na Khuoi"
    keep = [w for w in content if w in named and w not in _ENGLISH_TOKENS]
    return terms_words + tuple(keep)


def bodies_named(text: str, engine) -> list:
    """Bodies a question names that the register does not know (no field line names them): a unit head
    (assistant/language/units.tsv) and the words after it, as long a run as the plans write with capitals —
    a unit known only by the plans' prose ("Bưu điện tỉnh bảo đảm …")."""
    from index.register import Unit
    written = engine.derived("question.written_names", _written_names)
    heads, common, _ = _name_words()
    toks = re.findall(r"[^\W_]+", text)
    folded = [fold(t).lower() for t in toks]
    out, i = [], 0
    while i < len(toks):
        head = 0 if " ".join(folded[i:i + 2]) in common else \
            max((n for n in (1, 2, 3) if " ".join(folded[i:i + n]) in heads), default=0)
        best = 0  # the head and at least one word of the name after it, up to a word no name goes on with
        for j in range(i + head + 1, min(len(toks), i + 8) + 1) if head else ():
            if _ends_name(toks[j - 1], toks[j] if j < len(toks) else ""):
                break
            if " ".join(folded[i:j]) in written:
                best = j
        if not best:
            i += 1
            continue
        name = written[" ".join(folded[i:best])]
        if not _issuing(text, " ".join(toks[i:best])):
            out.append(Unit(fold(name).lower(), name, {fold(name).lower()}))  # its own key: no unit of the
            # register's ("Bưu điện tỉnh X" is not "Bưu điện xã Y", though their keys without places are one)
        i = best  # a head inside the name ("UBND" of "Văn phòng UBND tỉnh") starts no other
    return out[:2]


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the heads of one body's name, folded — not "Các sở", a collective; the common nouns that start like one,
    "Hội nghị"; the genre's verbs a name does not go on with), from assistant/language and index/data."""
    heads = frozenset(fold(h).lower() for h in L.written("units", "head") if not h.startswith("Các "))
    common = frozenset(fold(n).lower() for n in L.written("units", "not_unit"))
    verbs = frozenset(v for k in ("task_verb", "lead_verb", "coord_verb") for v in genre().prose.get(k, ()))
    return heads, common, verbs


def _issuing(text: str, name: str) -> bool:
    """``name`` is written as a plan's issuer ("kế hoạch 2023 của Văn phòng UBND tỉnh"): it names the plan, not a
    unit asked about (as ``Register.units_in`` reads it)."""
    before = re.split(r"[:;?!]", text[:text.find(name)] if name in text else "")[-1]
    types = "|".join(genre().type_words)
    return bool(re.search(rf"\b(?:{types}|plan|report)\b.*\b(?:cua|of)\s*$", fold(before).lower()))


def _ends_name(word: str, after: str) -> bool:
    """A word a body's name does not go on with: a function word, or a verb of the genre written in lower case
    ("thực hiện", "chủ trì": what the body does)."""
    from index.lexical import STOPWORDS_VI
    verbs = _name_words()[2]
    return word in STOPWORDS_VI or word.islower() and (f"{word} {after}" in verbs or word in verbs)


def _written_names(engine) -> dict[str, str]:
    """Every run of two to seven words the plans write starting with a unit's name (``L.unit_start``: "Bưu điện
    tỉnh"), folded → as written; once per loaded index."""
    start = re.compile(rf"(?<!\w){L.unit_start()}")
    out: dict[str, str] = {}
    for c in engine.chunks:
        for m in start.finditer(c.text):
            words = re.findall(r"[^\W_]+", c.text[m.start():m.start() + 120].split("\n")[0])
            for j in range(2, min(len(words), 7) + 1):
                out.setdefault(fold(" ".join(words[:j])).lower(), " ".join(words[:j]))
    return out


def _spelled(words: tuple[str, ...], text: str, engine) -> list[str]:
    """``words`` with an acronym the corpus spells ("Sở KHCN") counted as the name it stands for."""
    words = list(words)
    for ab in engine.abbreviations.unknown_acronyms(text):
        short, spelled = re.findall(r"\w+", fold(ab.short)), I.content_words(ab.expansion)  # "PT-TH": pt, th
        at = next((i for i, w in enumerate(words) if w in short), len(words))
        words = [w for w in words[:at] if w not in short] + spelled + [w for w in words[at:] if w not in short]
    return words


_SEGMENT = r"(?:[A-ZĐ]|[IVXLC]+|\d{1,2})"
_SECTION = re.compile(rf"(?<![Cc]huyên )(?<![Cc]huyen )\b(?:[Mm]ục|[Mm]uc|[Tt]iểu mục|[Ss]ection|[Pp]art)\s+"
                      rf"({_SEGMENT}(?:\.(?:{_SEGMENT}|[a-zđ]))*)(?![\w.])")
_APPENDIX = re.compile(r"\b(?:[Pp]hụ lục|[Pp]hu luc|[Aa]ppendix|[Aa]nnex)(?:\s+([IVXLC]+|\d{1,2})(?![\w.]))?")
# "danh sách kèm theo công văn", "biểu kèm theo": how a document's body names its appendix
_ATTACHED = re.compile(r"\b(?:danh sach|danh muc|bieu|bang) (?:\w+ ){0,3}?kem(?: theo)?\b")


def _section_named(text: str, folded: str) -> str:
    """The section a question names by its number ("mục III.2" → "III.2", "phụ lục II" → "Phụ lục II", "phụ lục"
    → "Phụ lục"): the paths index/parser.py gives (a column, "chuyên mục", is no section)."""
    m = _SECTION.search(text)
    if m:
        return m.group(1)
    m = _APPENDIX.search(text)
    if m:
        return f"Phụ lục {m.group(1)}" if m.group(1) else "Phụ lục"
    m = _division().search(text)  # "Điều 6", "Chương II": a legal division (index/data/genre.tsv); "khoản 2
    if m:  # Điều 1": the clause numbered under it
        named = f"{m.group(2)[:1].upper()}{m.group(2)[1:].lower()} {m.group(3)}"
        return f"{named}.{m.group(1)}" if m.group(1) else named
    return "Phụ lục" if _ATTACHED.search(folded) else ""


@lru_cache(maxsize=1)
def _division() -> re.Pattern:
    words = "|".join(re.escape(w) for w in genre().divisions if w.lower() != "mục")  # "mục" is read above
    return re.compile(rf"(?:\b(?:khoản|khoan)\s+(\d{{1,2}})\s+(?:của\s+|cua\s+)?)?\b({words})\s+(\d{{1,3}}|[IVXLC]+)(?![\w.])",
                      re.IGNORECASE)


_NUMBERED = re.compile(r"(?<![\w/])(\d+)\s*[/-]\s*[A-ZĐ]{2,}")  # "12/KH-ABC", "766/QĐ-TTg": a document's number


def _cited(text: str, folded: str, documents: dict) -> tuple[str, ...]:
    """The numbers of the documents it names ("Quyết định 766/QĐ-TTg", "số 12/KH-ABC") that are none of the
    indexed plans."""
    own = {doc_number(d) for d in documents.values()}
    found = [m.group(1) for m in I.OTHER_DOCUMENT.finditer(folded)] + [m.group(1) for m in _NUMBERED.finditer(text)]
    return tuple(dict.fromkeys(n for n in found if n not in own))


def _scoped_mentions(plans: list, years: tuple[int, ...], places: frozenset[str], engine,
                     by_place: list[tuple[list[str], str]] = ()) -> list:
    """The plans as a one-section answer scopes them: "năm 2024 và 2025" names a side per year, "huyện A và xã B"
    a side per place; a year named with a plan keeps that year's plan of those it names."""
    mentions = [Mention(g) for g in plans]
    for m, g in zip(mentions, plans):
        m.strong, m.cues = g.strong, g.cues
    if len(mentions) < 2 and len(by_place) >= 2:
        named = {d for g in mentions for d in g}
        levels = {fold(w) for level in genre().levels for w in level.split()}  # "xã", "huyện" before the name
        sides = []
        for docs, place in by_place:
            side = Mention([d for d in docs if d in named] or docs)
            side.strong, side.cues = True, frozenset(place.split()) | levels
            sides.append(side)
        return sides
    if len(mentions) < 2 and len(set(years)) >= 2:
        return year_groups(years, places, mentions, engine)
    if years:
        for g in mentions:
            g[:] = [d for d in g if plan_years(engine.document(d) or {}) & set(years)] or list(g)
    return mentions


def year_groups(years, places, mentions: list, engine) -> list:
    """One side per year named. A side whose plan is not named is the plan of the same series as the named
    side (same issuer, else same place): "Văn phòng … năm 2023 và năm 2025" compares the Office with itself."""
    named = {d for g in mentions for d in g}
    pool = sorted(places or {d["document"] for d in engine.documents()})
    groups = []
    for year in sorted(set(years)):
        docs = [d for d in pool if year in plan_years(engine.document(d) or {})]
        docs = [d for d in docs if d in named] or docs
        if docs:
            group = Mention(docs)
            group.strong = True
            groups.append(group)
    if len(groups) == 2:
        for g, other in ((groups[0], groups[1]), (groups[1], groups[0])):
            if not named & set(g):
                g[:] = same_series(list(g), list(other), engine)
        # plans of several places: compare a place with itself
        place = {d: fold(engine.document(d).get("place") or "") for g in groups for d in g}
        shared = {place[d] for d in groups[0]} & {place[d] for d in groups[1]} - {""}
        if shared and len(set(place.values()) - {""}) > 1:
            for g in groups:  # a document whose place is not read is not of another place
                g[:] = [d for d in g if place[d] in shared or not place[d]]
    return groups if len(groups) >= 2 else mentions


def same_series(docs: list[str], others: list[str], engine) -> list[str]:
    """The documents among ``docs`` issued by the issuer of ``others``, else of their place, else all."""
    for key in ("issuer", "place"):
        wanted = {fold(engine.document(d).get(key) or "") for d in others} - {""}
        kept = [d for d in docs if fold(engine.document(d).get(key) or "") in wanted]
        if kept and key == "place":  # a document whose place is not read is not of another place
            kept = [d for d in docs if fold(engine.document(d).get(key) or "") in wanted | {""}]
        if kept:
            return kept
    return docs


# a proper name after "ở / tại / in" or a level word ("tỉnh", "huyện", "province"): two or three capitalised words
_PLACE_NAMED = re.compile(r"(?:\b(?i:ở|tại|in|at)\s+(?:(?:tỉnh|huyện|thành phố|thị xã|xã|quận)\s+)?|"
                          r"\b(?i:tỉnh|huyện|thành phố|thị xã|quận|province of|district of)\s+)"
                          r"([^\W\d_]+(?:\s+[^\W\d_]+){1,2})")


def _unknown_place(text: str, engine) -> str:
    """A place the question names that no indexed section names at all: its first two syllables are no
    bigram of the corpus ("ở Bình Định" asked of Quảng Ngãi's plans). Unit names and English words are not
    places; nothing here lists places — the corpus decides."""
    register, idf = engine.register, getattr(engine.lexical, "idf", None)
    if register is None or not idf:
        return ""
    text = _APPENDIX.sub(" ", _SECTION.sub(" ", text))  # "Appendix II", "Section 3" name a section, not a place
    for m in _PLACE_NAMED.finditer(text):
        named = m.group(1).split()
        # a place's name is written in title case ("Bình Định"); a word in capitals is an initialism ("TT Phục vụ",
        # "VP UBND": a body's short name), no part of one
        named = named[:next((i for i, w in enumerate(named) if not w[0].isupper() or len(w) > 1 and w.isupper()),
                            len(named))]
        if len(named) < 2:  # a proper name: capitalised words, two at least
            continue
        words = [fold(w) for w in named]
        if words[0] in register.heads or any(w in _ENGLISH_WORDS for w in words):
            continue
        if f"{words[0]}_{words[1]}" not in idf:
            return " ".join(named)
    return ""


_CAPITALS = re.compile(r"\b[A-ZĐ]{2,}\b")


def _unspoken(folded_text: str, topic, text: str, english_terms: str, language: str, engine) -> bool:
    """A question about something no plan speaks of: in Vietnamese its topic's words, two by two as written
    ("thời tiết", "mật khẩu"), are no word pair of the corpus — single syllables prove nothing, "thời" and
    "tiết" stand in "thời gian" and "tiết kiệm"; in English no word of it is a genre term the glossary knows,
    and it writes no initialism or number (a name of a place alone is not a topic). The corpus decides."""
    if language == "en":
        return bool(topic) and not english_terms.strip() and not _CAPITALS.search(text) and not re.search(r"\d", text)
    idf = getattr(engine.lexical, "idf", None)
    if not idf or not topic:
        return False
    tokens, asked = re.findall(r"\w+", folded_text), set(topic)
    pairs = [f"{a}_{b}" for a, b in zip(tokens, tokens[1:]) if a in asked and b in asked]
    return bool(pairs) and not any(p in idf for p in pairs)


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
        start = i  # before the head: capitalised words, or the glossary's words ("provincial radio and television")
        while start > 0 and toks[start - 1].lower() not in _EN_STOP_NAME and (
                toks[start - 1][:1].isupper() or toks[start - 1].lower() in _GLOSSARY_WORDS
                or toks[start - 1].lower() == "and" and start > 1 and toks[start - 2].lower() in _GLOSSARY_WORDS):
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
    Sở Y tế matches nothing. Only names sharing a word with it are compared, and each name is encoded once per
    loaded index, when first compared: the cost follows the question, not the size of the register."""
    import numpy as np

    register = engine.register
    phrases = english_unit_phrases(text)
    if not phrases or not register.units:
        return []
    names, by_word = engine.derived("question.unit_names", _unit_names)
    vectors = engine.derived("question.unit_vectors", lambda engine: {})  # key → name vector, filled as compared
    found = []
    for phrase in phrases:
        words = set(fold(translate_terms(phrase)).replace(",", " ").split())
        candidates = sorted({k for w in words for k in by_word.get(w, ())})
        if not candidates:
            continue
        missing = [k for k in candidates if k not in vectors]
        if missing:
            for k, v in zip(missing, engine.embedder.encode_queries([register.units[k].name for k in missing])):
                vectors[k] = np.asarray(v, dtype=np.float32)
        v = np.asarray(engine.embedder.encode_queries([phrase])[0], dtype=np.float32)
        scores = sorted(((float(vectors[k] @ v) + 2 * len(words & names[k]) / (len(words) + len(names[k])), k)
                         for k in candidates), reverse=True)
        runner_up = scores[1][0] if len(scores) > 1 else 0.0
        if scores[0][0] - runner_up >= UNIT_MARGIN:
            unit = register.units[scores[0][1]]
            if unit not in found:
                found.append(unit)
    return found


def _unit_names(engine):
    """(each unit's folded name words without its place, the units by each of those words but its head word):
    once per index."""
    register = engine.register
    names: dict[str, set[str]] = {}
    by_word: dict[str, list[str]] = {}
    for k in sorted(register.units):
        words = set(fold(register.units[k].name).replace(",", " ").split())
        for place in register.places:
            words -= set(place.split())
        names[k] = words - {"va", "tinh", "cac"}
        head = fold(register.units[k].name).split()[:1]
        for w in names[k] - set(head):  # a word of its own, not the head all "Sở …" share
            by_word.setdefault(w, []).append(k)
    return names, by_word


_FIGURE_NOUN_WORDS = {w for p in L.phrases("cues", "figure_noun") for w in p.split()}


_NAME_ASKED = re.compile(r"^(?P<name>(?:\w+\s+){0,3}\w+?)\s+(?:(?:trong|o|cua|theo) .+?\s+)?"
                         r"la (?!(?:khi|luc|ngay|bao|cua|ai|thoi|gio)\b)(?:\w+\s+){0,2}(?:nao|gi)\W*$")


def _short_name_asked(intent: I.Intent, text: str, folded: str, engine) -> I.Intent:
    """"Phòng PC06 (trong kế hoạch …) là phòng nào?": a short name the plans define, asked what it stands for,
    whatever noun the question puts before "nào" (which alone reads as "which unit leads")."""
    m = _NAME_ASKED.match(folded)
    if intent.kind == I.DEFINITION or not m:
        return intent
    name = m.group("name")  # the short name itself, or it after one head noun ("Phòng PC06")
    shorts = [fold(a.short) for a in engine.abbreviations.in_text(text) if a.document]
    if any(name == sh or name.endswith(f" {sh}") and len(name.split()) - len(sh.split()) <= 1 for sh in shorts):
        return replace(intent, kind=I.DEFINITION, needs=None)
    return intent


def _quantifiers(text: str, folded: str = "") -> str:
    """``text`` folded, where "mấy" asks only as written when the text has diacritics: "phường Lũng Mây hiện được
    bao nhiêu" counts nothing of "Mây" (its "may" becomes "mây")."""
    folded = folded or fold(text)
    if not has_diacritics(text):
        return folded
    asked = {i for i, w in enumerate(re.findall(r"[^\W_]+", text.lower())) if w == "mấy"}
    words = re.findall(r"[^\W_]+|[\W_]+", folded)
    out, i = [], 0
    for w in words:
        if re.match(r"[^\W_]", w):
            out.append("mây" if w == "may" and i not in asked else w)
            i += 1
        else:
            out.append(w)
    return "".join(out)


def _counted_written(folded: str) -> str:
    """What a quantity question counts where it writes it: a rate, or the noun after "bao nhiêu"; else ""
    (``folded`` through ``_quantifiers``)."""
    if re.search(r"\b(?:ty le|phan tram|percent\w*|rate|share|proportion)\b|\b(?:bao nhieu|may|how many)\s*%", folded):
        return "%"
    m = re.search(r"\b(?:bao nhieu|(?<!thu )may|how many)\s+(\w+)", folded)
    if m and any(re.match(rf"{re.escape(n)}\b", folded[m.start(1):]) for n in L.phrases("cues", "person_noun", "vi")):
        return "nguoi"  # "bao nhiêu cán bộ, công chức": persons, as the plans count them ("41 người", "12 công chức")
    return m.group(1) if m and m.group(1) not in ("la", "vay", "a", "nhi", "the") else ""


def _counted(folded: str, topic: list[str]) -> str:
    """What a quantity question counts: the evidence of its answer must name it ("%" for a rate).

    "bao nhiêu giường bệnh" → "giuong"; "tỷ lệ … là bao nhiêu" → "%"; "X là bao nhiêu" → X's first word;
    "trả nhuận bút bao nhiêu" → the word before. Not "thứ mấy" (a rank).
    """
    written = _counted_written(folded)
    if written:
        return written
    if re.search(r"\b(?:la|duoc|co) (?:bao nhieu|may)\b", folded) and topic:
        # "mục tiêu chỉ số X là bao nhiêu": a target or a result is what kind of figure, not what it counts
        named = [w for w in topic if w not in _FIGURE_NOUN_WORDS]
        return named[0] if named else ""
    m = re.search(r"(\w+)\s+(?:bao nhieu|may)\b", folded)
    return m.group(1) if m and m.group(1) not in ("thu", "la") else ""


def _by_number(group, documents: dict) -> bool:
    """A plan named by its number ("Kế hoạch 17"): no other cue overrules that."""
    numbers = {doc_number(documents.get(d, {})) for d in group}
    return bool(numbers & set(getattr(group, "cues", ()) or ()))


def _place_documents(folded: str, documents: dict, register) -> set[str]:
    """Documents of the places the question names (place names come from the plans themselves)."""
    if register is None:
        return set()
    named = [p for p in register.places if re.search(rf"\b{re.escape(p)}\b", folded)]
    if not named:  # most questions name no place: no need to read every document's; "ở tỉnh", "của phường" name
        return _level_documents(folded, documents)  # the documents of a level, where the plans are of several
    found = set()
    for name, d in documents.items():
        where = _where(d)
        # a document whose place could not be read (a report with no "Quảng Ngãi, ngày …" line) is not of
        # another place: naming the province keeps it
        if named and (any(p in where for p in named) or not any(p in where for p in register.places)):
            found.add(name)
    return found if found and len(found) < len(documents) else set()


_LEVEL_SAID = re.compile(r"\b(?:o|tai)\s+(\w+(?: \w+)?)\s*(?:$|[,;:?.]|\s+(?:ai|la|thi|co|dat|nao|gi)\b)")


def _level_documents(folded: str, documents: dict) -> set[str]:
    """"Khảo sát sự hài lòng: ở tỉnh ai chủ trì, ở phường …": a level of government said alone as where, the
    documents its bodies issue (a ward's programme is not the province's), when the plans are of several levels
    ("các chỉ số của tỉnh" says whose indices, not which documents)."""
    said = {m.group(1) for m in _LEVEL_SAID.finditer(folded) if m.group(1) in LEVELS}
    if len(said) != 1:
        return set()
    level = said.pop()
    found = {name for name, d in documents.items()
             if re.search(rf"\b{level}\b", fold(f"{d.get('issuer', '')}").lower())}
    return found if found and len(found) < len(documents) else set()


def _where(d: dict) -> str:
    """The folded words that say where a document is of: its place, title, issuer and the body above it."""
    return fold(f"{d.get('place', '')} {d.get('title', '')} {d.get('issuer', '')} {d.get('parent_body', '')}")


def _place_groups(folded: str, documents: dict, register) -> list[tuple[list[str], str]]:
    """The documents of each place the question names, in the order it names them ("Sông Lam và Hòa Lộc"), when
    it names two or more that have documents of their own (a document that names no place belongs to none)."""
    if register is None:
        return []
    named = sorted(((m.start(), p) for p in register.places if (m := re.search(rf"\b{re.escape(p)}\b", folded))))
    if len(named) < 2:
        return []
    groups = []
    for _, place in named:
        docs = sorted(name for name, d in documents.items() if re.search(rf"\b{re.escape(place)}\b", _where(d)))
        if docs and all(docs != g for g, _ in groups):
            groups.append((docs, place))
    distinct = [(g, p) for g, p in groups if not any(set(g) < set(h) for h, _ in groups)]  # "Quảng Ngãi" ⊃ "Sơn Tịnh"
    return distinct if len(distinct) >= 2 else []


def _topic(content: tuple[str, ...], language: str, units, plans, places, engine, text: str = "",
           acronyms: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """(the content words without those that name its units, plans and places; the same without the genre's
    generic words). A word the question writes with its diacritics names a plan only as the plan writes it:
    "yếu tố" asked of a plan "… người dân, tổ chức" keeps "tố"."""
    unit_words = {w for u in units for v in u.variants for w in v.replace(",", " ").split()}
    plan_words: set[str] = set()
    issuer_words: set[str] = set()  # taken out as runs (_without_issuers), but they spell a plan's abbreviations
    for g in plans:  # the words that name a plan (its issuer, number, title) say which plan, not what about
        for name in g:
            d = engine.document(name) or {}
            plan_words |= set(fold(f"{d.get('number', '')} {d.get('doc_type', '')}").replace(",", " ").split())
            plan_words |= set(title_tokens(d))  # not the words of a document its title cites
            issuer_words |= set(fold(d.get("issuer", "")).replace(",", " ").split())
    named_plans = {n for g in plans for n in g}
    for name in places if not named_plans else places & named_plans:  # so do the words of the plans of a place it
        # names; with a plan named, only that plan's: another plan of the place may be titled by the very activity
        # asked about ("Đề án …: ai chủ trì trình phê duyệt danh mục …" beside "Quyết định phê duyệt Danh mục …")
        d = engine.document(name) or {}
        plan_words |= set(fold(f"{d.get('raw_title', '')} {d.get('issuer', '')}").replace(",", " ").split())
    plan_words = as_written(plan_words, text, plan_written(engine, {n for g in plans for n in g} | set(places)))
    words = list(content)
    generic_half = {w for a, b in zip(words, words[1:]) if (a, b) in _GENERIC_WORDS for w in (a, b)}  # "truyền thông": generic as a pair, even
    # when a plan's name takes "truyền" and leaves "thông"
    if engine.register is not None:  # a place's name goes as a name: "Đồng Xuân", not every "đồng"
        words = without_phrases(words, [p.split() for p in engine.register.places])
    if language == "en":  # the genre's English words stand in the topic by their Vietnamese terms
        words = [w for w in words if w not in _ENGLISH_TOKENS and w not in _GLOSSARY_WORDS]
    named = {n for g in plans for n in g}
    for w in list(words):  # an abbreviation of the plans' own subject ("CCHC" in a CCHC plan) is no topic either,
        ab = engine.abbreviations.lookup(w) if plan_words else None  # unless the plan speaks of it only in parts
        if ab and set(fold(ab.expansion).replace(",", " ").split()) <= plan_words | issuer_words \
                and _one_subject(named, engine):
            plan_words.add(w)
    words = _without_issuers(words, plans, engine)
    kept = [w for w in words if w not in unit_words and not w.isdigit()
            and not re.fullmatch(r"\d+/\w+|[ivx]+", w) and len(w) > 1]
    # a name the question writes in capitals that not most plans' titles share ("Chỉ tiêu SIPAS năm 2026 của tỉnh"
    # in a plan titled "… các Chỉ số PAR INDEX, SIPAS, PCI"): what is asked about, though it also names the plan
    named = {w for w in acronyms if w not in _genre_words(engine)} \
        if plans and not _one_subject(named_plans, engine) else set()  # "kế hoạch PCI": its name
    words = [w for w in kept if w not in plan_words or w in named]
    return words, [w for w in _specific(words) if w not in generic_half]


def as_written(words: set[str], text: str, written: set[str]) -> set[str]:
    """Of ``words`` (folded) that name a plan, those the question ``text`` writes as the plan does (``written``:
    its words with their diacritics), or writes without diacritics: "tố" of "yếu tố" is no "tổ" of "tổ chức"."""
    accented: dict[str, set[str]] = {}  # folded word → the forms the question writes it in, with diacritics
    for t in tokens(text):
        if fold(t) != t:
            accented.setdefault(fold(t), set()).add(t)
    return {w for w in words if w not in accented or accented[w] & written}


def plan_written(engine, documents) -> set[str]:
    """The words (with diacritics) by which ``documents`` are named: every fact of their headers (title, number,
    type, issuer and the bodies above it, place, date)."""
    known = engine.derived("question.plan-written", lambda e: {})  # per document, once per snapshot
    out: set[str] = set()
    for name in documents:
        if name not in known:
            known[name] = frozenset(tokens(" ".join(
                str(v) for value in (engine.document(name) or {}).values()
                for v in (value if isinstance(value, (list, tuple)) else (value,)) if isinstance(v, (str, int)))))
        out |= known[name]
    return out


def _one_subject(documents: set[str], engine) -> bool:
    """Whether the plans' titles are each of one subject: "CCHC" in a CCHC plan says nothing of which section;
    in a plan "tuyên truyền CCHC, CĐS và DVC trực tuyến" it picks out the sections of that subject."""
    expansions = engine.derived("question.subject-expansions", lambda e: {
        " ".join(fold(a.expansion).replace(",", " ").split())
        for a in e.abbreviations.by_key.values() if len(a.expansion.split()) >= 2})
    for name in documents:
        raw = (engine.document(name) or {}).get('raw_title') or ''
        title = f" {' '.join(folded_tokens(raw))} "
        if sum(f" {e} " in title for e in expansions) >= 2:
            return False
        if raw != raw.upper() and len(set(re.findall(r"\b[A-ZĐ]{3,}\b", raw))) >= 2:
            return False  # "… các Chỉ số PAR INDEX, SIPAS, PCI": several subjects named by their letters
    return True


def _without_issuers(words: list[str], plans, engine) -> list[str]:
    """The question's words without its plans' issuers, taken as runs of two words or more the issuer writes
    side by side ("Sở Nội vụ", "UBND tỉnh"): a lone syllable of an issuer's name ("chỉ" of "Hồ Chí Minh" in "chỉ
    tiêu") is the topic's."""
    issuers = {fold(str((engine.document(n) or {}).get("issuer") or "")).replace(",", " ")
               for g in plans for n in g}
    runs = [r.split() for i in issuers if i
            for r in {" ".join(i.split()), " ".join(i.split()).replace("uy ban nhan dan", "ubnd")
                      .replace("hoi dong nhan dan", "hdnd")}]  # as officials shorten them too
    drop = [False] * len(words)
    for run in runs:
        pairs = {(a, b) for a, b in zip(run, run[1:])}
        for k in range(len(words) - 1):
            if (words[k], words[k + 1]) in pairs:
                drop[k] = drop[k + 1] = True
    return [w for w, d in zip(words, drop) if not d]


def without_phrases(words: list[str], phrases: list[list[str]]) -> list[str]:
    drop = [False] * len(words)
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if words[i:i + n] == phrase:
                drop[i:i + n] = [True] * n
    return [w for w, d in zip(words, drop) if not d]


_ABOUT = re.compile(r"\b(?:ve|lien quan (?:den|toi)|about|regarding)\b")  # folded: what the items are about
ASKS_ABOUT = _ABOUT


def _about(text: str, topic, engine) -> tuple[str, ...]:
    """What the items asked for must be about: the words after the last "về" / "liên quan đến" / "about" ("những
    nhiệm vụ nào về dịch vụ công trực tuyến": even when the plan's own title has them), else the topic without
    the words every plan's title has."""
    m = (list(re.finditer(r"\b(?:về|ve|liên quan (?:đến|tới)|lien quan (?:den|toi)|about|regarding|on)\s+", text))
         or [None])[-1]
    if m is not None:
        said = _specific([w for w in I.content_words(text[m.end():]) if w not in _ENGLISH_TOKENS])
        if said:
            return tuple(said)
    return tuple(w for w in topic if w not in _genre_words(engine))


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


def _asks(intent, f: str, plans, years, units, period, topic, title_words: set[str], genre: set[str]) -> str:
    """The composed answer asked for (assistant/compose.py), or "" for a one-section answer."""
    beyond_genre = [w for w in topic if w not in genre]  # "hoạt động tuyên truyền nào" names no topic
    if _COMPARE.search(f) and (len(plans) >= 2 or len(set(years)) >= 2):
        return COMPARE
    # "Chỉ thị 04 giao Văn phòng UBND tỉnh những việc gì": the items a named plan asks of a unit are its duties
    if units and (_DUTIES.search(f) or intent.kind == I.REVERSE
                  or plans and _ACTIVITIES.search(f) and not beyond_genre) \
            and (intent.kind != I.DEFINITION or I.CUES["duty_noun"].search(f)) \
            and not _names_activity(intent, topic, title_words):  # "what does PCI stand for": a meaning
        # ("nhiệm vụ của Sở Tư pháp là gì": the duties asked, though "là gì" reads as a meaning)
        return UNIT_DUTIES
    if period is not None and (_ACTIVITIES.search(f) or intent.kind in (I.LIST, I.GENERAL)) \
            and (not beyond_genre or _ACTIVITIES.search(f) and _ABOUT.search(f)  # "… hoạt động nào về chuyển đổi số"
                 or item_asked(f, beyond_genre)):  # "tháng 4 có lớp nào": the items of that name in the period
        return PERIOD
    if plans and len(plans) == 1 and (ASKS_GROUPS.search(f) or (_ACTIVITIES.search(f) and not beyond_genre)):
        return PLAN_TASKS
    if plans and len(plans) == 1 and intent.kind == I.LIST and _ACTIVITIES.search(f) and _ABOUT.search(f):
        return PLAN_TASKS  # "những nhiệm vụ nào về dịch vụ công": the plan's tasks about what it names, if any
    return ""


def _signs_other_than_a_document(folded: str) -> bool:
    """"ký giấy khai sinh", "ký kết quả": something signed that is no document type — a step's signing, not
    who signed the document ("do ai ký", "ký ngày nào", "ký quyết định")."""
    # "người ký giữ chức vụ gì": the signer; "chữ ký": the signature; "ký ở phần chữ ký": where, not what
    for m in re.finditer(r"(?<!\bnguoi )(?<!\bchu )\bky\s+(\w+(?:\s+\w+)?)", folded):
        if not re.match(r"(?:ngay|vao|khi|luc|thang|nam|nao|ai|ban hanh|boi|xong|duyet|ten|the|o|tai)\b", m.group(1)) \
                and not any(m.group(1).startswith(t) for t in genre().type_words):
            return True
    return False


def item_asked(f: str, topic) -> str:
    """The one topic word of a question that names the items it asks for ("có lớp nào", "những lớp gì"), or ""."""
    if len(topic) == 1 and re.search(rf"\b{re.escape(topic[0])} (?:nao|gi)\b", f):
        return topic[0]
    return ""


def _names_activity(intent, topic, title_words: set[str]) -> bool:
    """'Sở X chủ trì việc tổ chức cuộc thi nào?' names an activity: a one-section answer, not the unit's duties.

    Words of the plans' titles ("truyền thông CCHC") name a plan, not an activity.
    """
    return len([w for w in topic if w not in title_words]) >= 3 and intent.kind not in (I.REVERSE,)
