"""Answer kinds as a route table: each kind a small unit that says whether it applies and tries to answer.

The extractive answerer (assistant/extractive.py) runs the table in order: the first route that applies *and*
finds evidence answers; a route that applies but finds nothing (``None``) yields to the next, so a reading
that comes back empty is never given as "nothing" while another reading can answer. The last route is the
fallback and always answers (or declines by evidence).

Also here, because they read only the question's wording (assistant/language/): small talk ("cảm ơn", "ok",
an emoji), which gets a short reply and no search, and yes/no questions ("… có … không?", "Is …?"), whose
answer leads with "Có — …" / "Không — …" / "Các kế hoạch không nói điều này".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from assistant import intents as I
from assistant import language as L
from assistant.answers import Answer
from assistant.question import _COMPARE as _COMPARES, ASK_BACK, yes_no
from index.normalize import fold, has_diacritics
from index.query import translate_terms

SMALL_TALK = "small_talk"


def base(q, kind: str | None = None) -> Answer:
    """An empty answer to ``q`` (assistant.question.Question), not grounded until evidence fills it."""
    return Answer(question=q.text, answer="", grounded=False, language=q.language, kind=kind or q.intent.kind)


@dataclass(frozen=True)
class Route:
    """One kind of answer: ``applies(question)``, and ``answer(question)`` → Answer, or None when it finds no
    evidence (the next route is tried)."""

    kind: str
    applies: Callable[[object], bool]
    answer: Callable[[object], Answer | None]


def first_answer(routes: list[Route], question) -> Answer:
    """The answer of the first route that applies and answers; the last route must always answer."""
    for route in routes:
        if route.applies(question):
            found = route.answer(question)
            if found is not None:
                return found
    raise LookupError("the route table has no fallback that answers")


# -- small talk ---------------------------------------------------------------------------------------------
_WORDS = re.compile(r"[^\W\d_]+")


def small_talk(text: str, default_lang: str = "vi") -> tuple[str, str] | None:
    """(what it is: thanks / greeting / ack / bye, language) when ``text`` is only small talk: its words are
    small-talk phrases and particles ("cảm ơn ad nhiều nhé"), or it has no word at all (an emoji, "?").
    A phrase both languages use ("ok", "hi") takes ``default_lang`` (the conversation's)."""
    if not _WORDS.search(text):
        if any(unicodedata.category(ch).startswith(("S", "P")) for ch in text):
            return "ack", default_lang
        return None
    words = " ".join(fold(w) for w in _WORDS.findall(text))
    if len(words.split()) > 8:
        return None
    found: list[tuple[str, set[str]]] = []
    rest = f" {words} "
    for kind in ("thanks", "greeting", "bye", "ack"):
        for p in L.phrases("cues", kind):
            if f" {p} " in rest:
                rest = rest.replace(f" {p} ", " ")
                found.append((kind, {lang for lang in ("vi", "en") if p in L.phrases("cues", kind, lang)}))
    if not found:
        return None
    if any(w not in L.phrases("cues", "particle") for w in rest.split()):
        return None
    langs = set.intersection(*(langs for _, langs in found))
    vi_particles = set(words.split()) & (set(L.phrases("cues", "particle", "vi")) - set(L.phrases("cues", "particle", "en")))
    if _marked(text) or vi_particles or langs == {"vi"}:
        lang = "vi"
    elif langs == {"en"}:
        lang = "en"
    else:
        lang = default_lang
    return found[0][0], lang


def _marked(text: str) -> bool:
    """Written with Vietnamese diacritics."""
    return fold(text) != text.lower()


def small_talk_answer(text: str, kind: str, lang: str) -> Answer:
    """A short reply, not grounded: there is nothing in the plans it rests on, and it is not the previous
    answer again."""
    return Answer(question=text, answer=L.reply(kind, lang), grounded=False, language=lang, kind=SMALL_TALK)


def ask_back(q) -> Answer:
    """A question with no topic ("Ai chủ trì?", "Khi nào?"): which activity is meant. Not grounded; the next
    turn is read together with this question."""
    a = base(q, ASK_BACK)
    a.answer = L.reply("ask_back", q.language)
    a.focus = q.text
    return a


# -- a question in several parts ---------------------------------------------------------------------------
_JOINS = sorted({w for p in L.written("cues", "part_join") for w in (p, fold(p))}, key=len, reverse=True)
# where one question ends and the next begins: after "?", at ";", at ", và" / ", and" (assistant/language/cues.tsv)
_PART_END = re.compile(r"(?<=\?)\s+|\s*;\s+|\s*,\s+(?:" + "|".join(map(re.escape, _JOINS)) + r")\s+", re.IGNORECASE)


def parts(text: str, lang: str) -> list[str]:
    """The questions ``text`` asks one after another ("Ai chủ trì …? Kinh phí lấy ở đâu?", "…; …", "…, thứ bảy có
    mở cửa không?"): each to be answered on its own; [text] when it asks one thing (a compound of fields — "ai
    chủ trì và bao lâu một lần" — is one question, answered field by field)."""
    data = _data_asked_together(text)
    if data:
        return list(data)
    pieces = [p.strip() for p in _PART_END.split(text.strip()) if len(p.split()) >= 2]
    if len(pieces) < 2:
        pieces = _asking_clauses(text)
    if len(pieces) < 2:
        head, _, tail = text.rpartition(",")
        if head and len(tail.split()) >= 3 and yes_no(fold(tail), lang) and not yes_no(fold(head), lang) \
                and not _COMPARES.search(fold(tail)):  # "…, B và C có giống nhau không?" compares what the head names
            pieces = [head.strip() + "?", tail.strip()]
    if len(pieces) < 2 or not all(_asks(p) for p in pieces):  # a statement before a question is its context
        return [text]
    asked = {(i.kind, i.needs) for i in (I.read_intent(fold(p), False) for p in pieces)}
    years = [frozenset(re.findall(r"\b20\d\d\b", p)) for p in pieces]
    if len(asked) == 1 and len(set(years)) > 1 and all(years):
        return [text]  # the same thing asked of two years' plans ("kế hoạch 2023 ai chủ trì, còn kế hoạch 2025 giao ai?")
    return pieces


DATA_NEEDS = ("address", "phone", "email", "hours", "url")  # a datum asked of a thing (cues.tsv datum_*)
_DATUM_JOINS = ("và", "với", "cùng", "and")  # "địa chỉ và số điện thoại", "email and phone number"
_JOIN_WRITTEN = re.compile(r"\s(?:" + "|".join(sorted({w for j in _DATUM_JOINS for w in (j, fold(j))})) + r")\s|[,&]",
                           re.IGNORECASE)
_DATUM_JOIN = re.compile(r"\s*(?:,\s*)?(?:" + "|".join(fold(j) for j in _DATUM_JOINS) + r"|&|,)\s*")


@lru_cache(maxsize=256)
def _data_asked_together(text: str) -> tuple[str, ...]:
    """"Trung tâm … địa chỉ và số điện thoại là gì?": two data of one thing, each asked on its own ("… địa chỉ là
    gì?", "… số điện thoại là gì?"); () when the question does not join two kinds of datum. Read once per text
    (``parts`` and ``one_sentence`` both ask)."""
    if not _JOIN_WRITTEN.search(text):  # most questions: nothing read here (assistant/question.py reads it once)
        return ()
    f = fold(text).lower()
    if len(f) != len(text) or I.read_intent(f, False).kind in I.FIELD_KINDS:
        return ()  # "Ai chủ trì công khai địa chỉ, điện thoại đường dây nóng?": data named by the activity asked about
    found = sorted({(m.start(), m.end(), need) for need in DATA_NEEDS for p in L.phrases("cues", f"datum_{need}")
                    for m in re.finditer(rf"(?<!\w){re.escape(p)}(?!\w)", f)})
    found = [x for x in found if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in found)]  # longest
    for a, b in zip(found, found[1:]):
        if a[2] != b[2] and _DATUM_JOIN.fullmatch(f[a[1]:b[0]]):
            return f"{text[:a[1]]}{text[b[1]:]}".strip(), f"{text[:a[0]]}{text[b[0]:]}".strip()
    return ()


def after_statement(text: str) -> str:
    """The question a text asks after stating what it is about ("Sở Nội vụ phối hợp với bưu điện tổ chức cuộc
    thi; vậy cuộc thi kéo dài bao lâu?"): its last piece, when only that one asks; "" otherwise."""
    pieces = [p.strip() for p in _PART_END.split(text.strip()) if len(p.split()) >= 2]
    if len(pieces) < 2 or not _asks(pieces[-1]) or any(_asks(p) for p in pieces[:-1]):
        return ""
    return pieces[-1]


# a clause boundary inside one sentence: a comma, or "và" / "còn" / "and" with no comma before it
_CLAUSE_MARK = re.compile(r"\s*,\s*|\s+(?:" + "|".join(map(re.escape, _JOINS)) + r")\s+", re.IGNORECASE)


_DOCUMENT_FACTS = ("number", "date", "signer", "issuer", "recipient", "effective")  # what _MORE_FACTS answers together


def _asking_clauses(text: str) -> list[str]:
    """"Chỉ tiêu … năm 2026 là bao nhiêu và quý I đạt được bao nhiêu?", "… là bao nhiêu, tăng bao nhiêu?": the
    clauses of one sentence that each ask on their own, cut at a comma or a "và" — each clause runs until it asks
    something, a tail that asks nothing stays with the clause before it ("Sở A và Sở B chủ trì việc gì" is one).
    [text] unless two clauses ask; a compound of fields ("ai chủ trì và bao lâu một lần") is one question."""
    body = text.strip()
    pieces, start, last = [], 0, 0
    for m in [*_CLAUSE_MARK.finditer(body), None]:
        piece = body[start:m.start() if m else len(body)].strip()
        if not _interrogative(piece):
            continue  # the clause has not asked yet: it runs on past this mark (the last one joins the one before)
        if len(piece.split()) >= 2:
            pieces.append(piece)
            last, start = start, m.end() if m else len(body)
    if body[start:].strip() and pieces:  # "What does the Department of Culture, Sports and Tourism lead?"
        pieces[-1] = body[last:].strip()
    if len(pieces) < 2:  # most questions: nothing read here (assistant/question.py reads the text once)
        return [text]
    whole = I.read_intent(fold(text), False)
    intents = [I.read_intent(fold(p), False) for p in pieces]
    asked = {(i.kind, i.needs) for i in intents}
    # fields asked across the clauses ("ai chủ trì, bao lâu một lần"), not a clause asking two fields of its own
    # beside another question ("tỉnh giao ai làm tháng mấy, xã X tự tập huấn ngày nào")
    if whole.also and not any(i.also for i in intents) \
            or whole.needs in _DOCUMENT_FACTS and not (len(asked) > 1 and all(_doc_types().search(fold(p))
                                                                               for p in pieces)) \
            or len(_doc_types().findall(fold(f"{text} {translate_terms(text)}"))) >= 2 and len(asked) == 1:
        # fields of one activity; facts of one document ("Quyết định 49 là của ai, ban hành gì?"); one thing asked
        # of two documents ("chỉ thị … lúc nào, thông báo … khi nào") — not two things ("báo cáo hẹn trình khi nào,
        # quyết định ký ngày nào")
        return [text]
    if not I.content_words(pieces[0]):  # "Khi nào và ở đâu tổ chức …" names it only at the end
        return [text]
    if not all(I.content_words(p) for p in pieces[1:]):  # "… số mấy, ngày nào, của cơ quan nào?": facts of one thing
        return [text]
    if all(_interrogative(p, "quantity") for p in pieces) \
            and all(_counts_a_noun(p) for p in pieces):
        return [text]  # "có mấy nhóm, tổng bao nhiêu nhiệm vụ", "bao nhiêu hồ sơ, chiếm mấy %": one count, two
        # facets, found together (not "chỉ tiêu … là bao nhiêu và quý I đạt được bao nhiêu": two values)
    return pieces


def _counts_a_noun(piece: str) -> bool:
    """"bao nhiêu nhiệm vụ", "mấy %": a count of what it names — read with the diacritics written ("phường Lũng
    Mây hiện được bao nhiêu" counts nothing: "Mây" is no "mấy")."""
    accented = has_diacritics(piece)
    words = r"bao nhiêu|mấy|how many" if accented else r"bao nhieu|may|how many"
    return bool(re.search(rf"\b(?:{words})\s*(?:%|[^\W\d_])", piece.lower() if accented else fold(piece)))


def _interrogative(piece: str, kind: str = "interrogative") -> bool:
    """``piece`` holds a question word of its own ("bao nhiêu", "khi nào", "nào", "ai"); of ``kind``
    "quantity", one asking how many or how much (assistant/language/cues.tsv)."""
    low = f" {' '.join(_WORDS.findall(piece.lower()))} "
    return any(f" {w} " in low for w in _raw_phrases(kind))


@lru_cache(maxsize=1)
def _doc_types() -> re.Pattern:
    """The document types of index/data/genre.tsv, accent-folded, as whole words."""
    from index.genre import genre
    return re.compile(r"\b(?:" + "|".join(map(re.escape, genre().type_words)) + r")\b")


def one_sentence(text: str) -> bool:
    """``text`` asks its parts in one sentence ("…, và khi nào xong?"), not as questions one after another — nor
    as two data of one thing ("địa chỉ và số điện thoại"), each found where it is written."""
    return not re.search(r"\?\s+\S", text.strip()) and not _data_asked_together(text)


def _asks(piece: str) -> bool:
    """``piece`` asks something: an interrogative (with its diacritics: folded, "dau" is also "đầu"), a yes/no
    ending, or a datum or field asked for."""
    if _interrogative(piece):
        return True
    folded = fold(piece)
    if yes_no(folded, "vi") or yes_no(folded, "en"):
        return True
    intent = I.read_intent(folded, False)
    # a field named alone asks for it ("…; tần suất?", "kinh phí"); a sentence that names one without asking
    # ("Sở Nội vụ phối hợp với bưu điện tổ chức cuộc thi; vậy …") states what the question after it is about
    return (intent.kind != I.GENERAL or intent.needs is not None) \
        and (piece.rstrip().endswith("?") or len(piece.split()) <= 4)


@lru_cache(maxsize=None)
def _raw_phrases(kind: str) -> tuple[str, ...]:
    return tuple(r["phrase"].lower() for r in L.rows("cues") if r["kind"] == kind)


def citizen(text: str) -> bool:
    """Asked by a citizen for themself ("tôi", "em", "cho hỏi", "I", "my"): a decline then names the portal the
    plans send citizens to."""
    low = f" {' '.join(_WORDS.findall(text.lower()))} "
    return any(f" {w} " in low for w in _raw_phrases("citizen"))


# -- yes / no (assistant/question.py reads it: ``yes_no``) -------------------------------------------------
def verdict(answer: Answer, says_so: bool | None) -> Answer:
    """``answer`` led by the verdict: "Có — …" when its evidence says what was asked, "Không — …" when its
    evidence says otherwise (``says_so`` False), "Các kế hoạch không nói điều này." when nothing was found or
    the evidence speaks of something else (``None``: then not grounded, the evidence offered as the nearest)."""
    lang = answer.language
    if not answer.grounded:
        answer.answer = f"{L.reply('unsaid', lang)} {answer.answer}".strip()
        return answer
    if says_so is None:
        answer.answer = f"{L.reply('unsaid', lang)} {L.reply('nearest', lang)}: {answer.answer}"
        answer.grounded, answer.citations = False, []
        return answer
    word = L.reply("yes" if says_so else "no", lang)
    answer.answer = f"{word} — {answer.answer}"
    return answer
