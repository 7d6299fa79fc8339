"""What a question asks for, read from its wording (with or without diacritics, or English).

Patterns run on the accent-folded question, so "ai chu tri" and "Ai chủ trì" are one.
The kinds are the genre's: who leads / coordinates an activity, when, how often, what an
abbreviation means, a list, or a specific fact (a link, the plan's number, date or
signer, a figure). Some facts are asked for that plans never contain (an amount in
đồng, a phone number): ``needs`` names the evidence an answer must then show.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from assistant import language as L
from index.normalize import fold

LEAD, COORDINATORS, TIMING, FREQUENCY = "lead", "coordinators", "timing", "frequency"
DEFINITION, LIST, FACT, GENERAL = "definition", "list", "fact", "general"
FIELD_KINDS = (LEAD, COORDINATORS, TIMING, FREQUENCY)  # what an activity's field lines answer

def any_of(*alts: str) -> re.Pattern:
    """One pattern matching any of ``alts`` (regular expressions over folded text) as whole words."""
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b")


_P = any_of

REVERSE = "activities_of"  # "Sở Tư pháp chủ trì những việc gì?": the activities a unit leads


@lru_cache(maxsize=1)
def _doc_types() -> str:
    """The genre's document types (index/data/genre.tsv) and "văn bản", folded, as one alternation: what
    ``{doc_type}`` stands for in assistant/language/asks.tsv."""
    from index.genre import genre
    return "(?:" + "|".join(map(re.escape, (*genre().type_words, "van ban"))) + ")"


def _pattern(row: dict[str, str]) -> str:
    return row["pattern"].replace("{doc_type}", _doc_types())


def _table(name: str) -> list[tuple[str, re.Pattern]]:
    """The kinds of table ``name`` of assistant/language/asks.tsv in the file's order, each with its patterns as
    one expression: the first kind one of whose patterns matches is the one asked."""
    order: dict[str, list[str]] = {}
    for r in L.rows("asks"):
        if r["table"] == name:
            order.setdefault(r["kind"], []).append(_pattern(r))
    return [(kind, _P(*patterns)) for kind, patterns in order.items()]


def _each(name: str, skip: tuple[str, ...] = ()) -> list[re.Pattern]:
    """Every pattern of table ``name`` on its own (but those of the kinds ``skip``): what the question's words
    matched by any of them span is how it asks, never what about — "ai lo" whole, not only "ai"."""
    return [_P(_pattern(r)) for r in L.rows("asks") if r["table"] == name and r["kind"] not in skip]


_RULES = _table("kind")  # who leads / coordinates, how often, when, a meaning, a list, a unit's activities

# What a fact question needs to see in the evidence; a plan that lacks it gets a refusal.
NEEDS = _table("needs")

# a question about another document cited in a plan ("Quyết định 766/QĐ-TTg", "Kế hoạch 336-KH/TU")
OTHER_DOCUMENT = re.compile(r"\b(?:quyet dinh|nghi quyet|chi thi|cong van|thong tu|nghi dinh|to trinh|ke hoach)"
                            r"(?: so)? (\d+) ?[-/] ?[a-z]")

# how a follow-up starts ("còn … thì sao?", "what about …") and the words that point back ("nó", "việc này"):
# assistant/language/cues.tsv
_FOLLOW_UP = re.compile(r"^(?:" + "|".join(map(re.escape, L.phrases("cues", "follow_up_start"))) + r")\b")
_PRONOUN = L.any_phrase("cues", "back_reference")


# a line to call ("đường dây nóng", "hotline") and a question asking for its value ("số nào", "là gì")
_PHONE_LINE = _P(r"duong day nong", r"hotline", r"tong dai", r"dien thoai", r"so may ban(?! hanh)")  # "số mấy, ban hành": no "máy bàn"
_ASKS_VALUE = _P(r"(?:so )?(?:nao|may|gi|bao nhieu)", r"what", r"which", r"number")

_PERCENT = _P(r"phan tram", r"ty le", r"percent\w*")
_QUANTITY = _P(*map(re.escape, L.phrases("cues", "quantity")))  # "bao nhiêu", "mấy", "how many"

# Words that turn a reading one way (assistant/language/asks.tsv, table "cue"): a fee named and its value asked
# ("Lệ phí cấp đổi … là bao nhiêu?": an amount of money, wherever the words sit), a fee itself (not "kinh phí": a
# budget, whose amount its sentence gives anywhere), a reduction ("được giảm phí bao nhiêu": a rate answers too),
# whom to contact, where a document is sent.
CUES = dict(_table("cue"))
_FEE, FEE_ITSELF, _ASKS_AMOUNT, _RATE = CUES["fee"], CUES["fee_itself"], CUES["amount"], CUES["rate"]
_DAY_ASKED = CUES["day_asked"]  # a day asked outright ("ngày nào", "hạn chót"), not a time limit named
_WHO_ASKED = CUES["who_asked"]  # a body asked for: a coordinators' word is what is asked, not part of the topic
_REDUCED, _CONTACT = CUES["reduced"], CUES["contact"]

# a datum (an amount, a phone number …) named in a question that plainly asks who / when / how often is its topic
_DATUM_NEEDS = ("money", "phone", "email", "hours", "address", "venue")
_ROLE_ASKED = _P(r"chu tri", r"phoi hop", r"ai", r"don vi nao", r"co quan nao", r"khi nao", r"thoi gian", r"tan suat",
                 r"who", r"leads?", r"coordinat\w*", r"when", r"how often", r"work(?:s|ing)? with",
                 r"which (?:offices|units|agencies|departments|bodies)")


# The field asks of a compound question ("how often …, and who leads it?"), one per clause, said outright.
_FIELD_ASKS = _table("field")
_CLAUSE = re.compile(r"\s*(?:,|;|\bva\b|\band\b|\bcon\b|\bkem\b)\s*")


@dataclass(frozen=True)
class Intent:
    kind: str
    needs: str | None  # money / phone / email / hours / address / venue / url / number / signer / date / figure
    follow_up: bool
    also: tuple[str, ...] = ()  # further fields a compound question asks for, after ``kind``


def field_asks(folded: str) -> list[str]:
    """The fields asked, in order, at most one per clause: "bao lâu một số, và ai chủ trì" → frequency, lead."""
    asked = []
    for clause in _CLAUSE.split(folded):
        for kind, pattern in _FIELD_ASKS:
            if pattern.search(clause):
                if kind not in asked:
                    asked.append(kind)
                break
    return asked


_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))  # the five tone marks, not ơ/ư/â/ă/ê/ô's


def _letters(text: str) -> str:
    """``text`` lower-cased without its tones, its letters kept ("lực" → "lưc", "lúc" → "luc"): two words that
    differ here are two words, not one typed with a wrong tone."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text.lower()).translate(_TONES))


@lru_cache(maxsize=1)
def _asking_phrases() -> tuple[tuple[str, str], ...]:
    """The question phrases of cues.tsv as (folded, letters): "luc nao" is "lúc nào", never "lực nào"."""
    written = {p for k in ("interrogative", "interrogative_phrase") for p in L.written("cues", k) if " " in p}
    return tuple((fold(p), _letters(p)) for p in written if fold(p) != p.lower())


def asking_text(text: str, folded: str | None = None) -> str:
    """``text`` folded for reading what it asks, except where a question phrase's folding is another phrase typed
    with diacritics ("còn hiệu lực nào" holds "luc nao" but asks no "lúc nào"): that span keeps its letters.
    ``folded``: ``fold(text)``, when the caller has it (a question is folded once)."""
    folded = fold(text) if folded is None else folded
    if len(folded) != len(text) or folded == text.lower():  # typed without diacritics: the fold is all there is
        return folded
    letters = _letters(text)
    for phrase, written in _asking_phrases():
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", folded):
            if letters[m.start():m.end()] != written:
                folded = folded[:m.start()] + text[m.start():m.end()].lower() + folded[m.end():]
    return folded


def read_question(question: str, has_history: bool) -> Intent:
    """What ``question`` asks (assistant/question.py reads a question once and calls ``read_intent``)."""
    return read_intent(asking_text(question), has_history, bool(content_words(question)))


def read_intent(folded: str, has_history: bool, has_content: bool = True) -> Intent:
    """What a question asks, from its accent-folded text; ``has_content``: it has topic words of its own."""
    q = re.sub(r"[^\w/?-]+", " ", folded).strip()
    kind = GENERAL
    for k, pattern in _RULES:
        if pattern.search(q):
            kind = k
            break
    if kind == COORDINATORS and not _WHO_ASKED.search(q):
        # "Ra quân … hỗ trợ dịch vụ công: … ghi thời gian thế nào?", "kế hoạch phối hợp … có những việc gì": a
        # support named in the topic or a plan's name, what else the question asks is asked
        kind = next((k for k, pattern in _RULES if k != COORDINATORS and pattern.search(q)), kind)
    needs = None
    for n, pattern in NEEDS:
        if pattern.search(q):
            needs = n
            break
    if kind in (LEAD, COORDINATORS) and not _WHO_ASKED.search(q) and _QUANTITY.search(q) \
            and not (kind == LEAD and re.search(r"\b(?:chu tri|phu trach|thuc hien)\b", q)):
        # "… đã hỗ trợ bao nhiêu lượt người", "chỉ tiêu giao cho Bệnh viện X là bao nhiêu": a figure, not who
        # ("Sở X chủ trì bao nhiêu nhiệm vụ" stays a count of what it leads)
        kind, needs = FACT, needs or "figure"
    if needs in (None, "figure", "day", "number") and _PHONE_LINE.search(q) and _ASKS_VALUE.search(q):
        needs = "phone"  # "đường dây nóng … gọi số mấy / là số nào": a number to call, wherever the words sit
    if _CONTACT.search(q):
        needs = "person"  # "liên hệ ai, số điện thoại …": whom to contact, the name a contact line gives
    if needs in (None, "figure") and _FEE.search(q) and _ASKS_AMOUNT.search(q):
        needs = "money"
    if needs == "address" and CUES["web_thing"].search(q):
        needs = "url"  # "Trang thông tin điện tử của Sở có địa chỉ là gì?": a web address
    if needs == "money" and (_REDUCED.search(q) or _RATE.search(q)) and not CUES["money_named"].search(q):
        needs = "figure"  # "được giảm phí, lệ phí bao nhiêu", "tỷ lệ thanh toán phí … bao nhiêu": a rate, not money
        # (but "giảm trừ bao nhiêu tiền" asks the sum)
    if needs == "day" and kind in (LEAD, COORDINATORS) and _WHO_ASKED.search(q) \
            and not _DAY_ASKED.search(q) and not any(
                k == TIMING and m.group(0) not in ("thoi han", "thoi gian") for k, pattern in _RULES
                for m in [pattern.search(q)] if m):
        needs = None  # "giao đơn vị nào hướng dẫn … áp dụng thời hạn mới": who, of a task that names a time limit
    if needs in _DATUM_NEEDS and kind in (LEAD, COORDINATORS, TIMING, FREQUENCY, REVERSE) and _ROLE_ASKED.search(q):
        needs = None  # "Ai chủ trì việc công khai số điện thoại …?" asks who, not for a phone number
    if needs == "recipient" and (kind in (LEAD, COORDINATORS) and _ROLE_ASKED.search(dict(NEEDS)["recipient"].sub(" ", q))
                                 or {TIMING, FREQUENCY} & set(field_asks(q))):  # "báo cáo theo định kỳ nào, gửi ai": a task's
        needs = None  # "đơn vị nào tổng hợp báo cáo, gửi về đâu": who does a task and where its reports go, not
        # whom the plan itself is sent to ("kế hoạch gửi những cơ quan nào" asks only that)
    if needs in ("day", "figure", None) and kind in (GENERAL, TIMING) and _PERCENT.search(q) \
            and re.search(r"\b(?:bao nhieu|may|how much|what)\b", q):
        kind, needs = FACT, "figure"  # "sớm hơn thời hạn bao nhiêu phần trăm": a rate, not a date
    if needs == "url" and _QUANTITY.search(q):
        kind, needs = FACT, "figure"  # "tỷ lệ nộp hồ sơ trực tuyến là bao nhiêu": a rate of filing online, no address
    if needs == "day" and kind == GENERAL:
        kind = FACT
    if needs in ("money", "phone", "email", "hours", "address", "venue", "number", "signer", "date", "person",
                 "issuer", "recipient", "effective", "rank"):
        kind = FACT  # a specific datum: answered only from evidence that shows it
    elif needs == "url" and kind in (GENERAL, LIST, DEFINITION):
        kind = FACT
    elif needs == "figure" and kind == GENERAL:
        kind = FACT
    # a question made only of what it asks ("thời gian thực hiện?") asks it of the previous turn's topic
    follow_up = has_history and (bool(_FOLLOW_UP.match(q)) or bool(_PRONOUN.search(q)) or len(q.split()) <= 3
                                 or not has_content)
    also = ()
    if kind in (LEAD, COORDINATORS, TIMING, FREQUENCY):
        also = tuple(k for k in field_asks(re.sub(r"[^\w,;]+", " ", folded)) if k != kind)
    return Intent(kind, needs, follow_up, also)


# Interrogative phrases, recognised as phrases because their syllables typed without diacritics are also
# content words alone ("dau" is "đâu" here but "đầu" in "đầu mối"; "con" is "còn" here but "con" elsewhere).
_INTERROGATIVE = _P(*map(re.escape, L.phrases("cues", "interrogative_phrase")))  # assistant/language/cues.tsv


# the patterns whose words are how a question asks; not a list's or a meaning's: their patterns span the topic
# ("những khẩu hiệu … nào")
_ASKING = _each("kind", skip=(LIST, DEFINITION)) + _each("needs") + _each("field") + [
    _INTERROGATIVE, L.any_phrase("cues", "scheduling")]


def content_words(question: str) -> list[str]:
    """The question's topic syllables: folded, without question and intent words."""
    from index.lexical import STOPWORDS_FOLDED, STOPWORDS_VI
    from index.normalize import tokens

    words = tokens(question)
    folded = [fold(w) for w in words]
    drop = [False] * len(words)
    text = " ".join(folded)
    for pattern in _ASKING:  # "ai chủ trì", "bao nhiêu", "ở đâu": no topic
        for m in pattern.finditer(text):
            # a pattern whose asking words are its group "ask" keeps the rest ("Chủ tịch xã … tên là gì": the title
            # is what the name is of)
            at, end = m.span("ask") if "ask" in pattern.groupindex and m.group("ask") else m.span()
            start = text[:at].count(" ") if at else 0
            # … and one whose group "gap" spans words between its asking words keeps those ("bao lâu họp một lần":
            # "họp" is what is asked about)
            gap = m.span("gap") if "gap" in pattern.groupindex and m.group("gap") else None
            kept = range(text[:gap[0]].count(" "), text[:gap[0]].count(" ") + len(m.group("gap").split())) \
                if gap else range(0)
            for i in range(start, start + text[at:end].count(" ") + 1):
                if i < len(drop) and i not in kept:
                    drop[i] = True
    out = []
    stating, ordinal = _stating(), _ordinal()
    for i, (w, f, d) in enumerate(zip(words, folded, drop)):
        named_number = f.isdigit() and i and folded[i - 1].rstrip(".") in ordinal  # "Đoàn kiểm tra số 2": its name
        if d or w in STOPWORDS_VI or (f == w and f in STOPWORDS_FOLDED) or (f.isdigit() and len(f) < 2
                                                                           and not named_number) \
                or w in stating:  # "nói", "nêu": how a document says it, never what about ("nội" stays)
            continue
        out.append(f)
    return out


@lru_cache(maxsize=None)
def _ordinal() -> frozenset[str]:
    """The last words of the phrases after which a number is part of a name ("số", "đợt", "lần thứ")."""
    return frozenset(p.split()[-1].rstrip(".") for p in ORDINAL)


ORDINAL = L.phrases("cues", "ordinal")  # folded: "so", "dot", "lan thu", "number" …


@lru_cache(maxsize=None)
def _stating() -> frozenset[str]:
    """The verbs of stating, as written (with their diacritics: folded, "noi" is also "nội")."""
    return frozenset(w for p in L.written("cues", "stating") for w in p.lower().split() if w not in ("về", "đến"))
