"""What a question asks for, read from its wording (with or without diacritics, or English).

Patterns run on the accent-folded question, so "ai chu tri" and "Ai chủ trì" are one.
The kinds are the genre's: who leads / coordinates an activity, when, how often, what an
abbreviation means, a list, or a specific fact (a link, the plan's number, date or
signer, a figure). Some facts are asked for that plans never contain (an amount in
đồng, a phone number): ``needs`` names the evidence an answer must then show.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant import language as L
from index.normalize import fold

LEAD, COORDINATORS, TIMING, FREQUENCY = "lead", "coordinators", "timing", "frequency"
DEFINITION, LIST, FACT, GENERAL = "definition", "list", "fact", "general"

_P = lambda *alts: re.compile(r"\b(?:" + "|".join(alts) + r")\b")  # noqa: E731

REVERSE = "activities_of"  # "Sở Tư pháp chủ trì những việc gì?": the activities a unit leads

_RULES: list[tuple[str, re.Pattern]] = [
    (REVERSE, _P(r"(?:phu trach|chu tri|dam nhan|dam nhiem|duoc giao|thuc hien|lam) (?:nhung |cac )?"
                 r"(?:viec|hoat dong|nhiem vu|noi dung|cong viec)(?: \w+){0,2} (?:gi|nao)",
                 r"(?:lead|leads|in charge of|responsible for) (?:which|what) (?:activities|tasks)")),
    (DEFINITION, _P(r"la gi", r"nghia la", r"viet tat", r"stand for", r"stands for", r"meaning of", r"what does (?:\S+ ){1,4}mean",
                    r"la chi so gi", r"y nghia cua tu", r"la chu viet tat")),
    (COORDINATORS, _P(r"phoi hop", r"ho tro", r"cung voi", r"coordinat\w*", r"cooperat\w*", r"support\w*",
                      r"partner\w*")),
    (LEAD, _P(r"chu tri", r"phu trach", r"ai thuc hien", r"don vi (?:nao )?thuc hien", r"co quan (?:nao )?thuc hien",
              r"ai lam", r"do ai", r"ai chiu trach nhiem", r"giao cho ai", r"giao ai", r"don vi nao", r"co quan nao",
              r"ai (?:se )?(?:to chuc|dam nhan|dam nhiem|xuat ban|san xuat|thuc hien|trien khai)", r"ai chi dao",
              r"who", r"in charge", r"responsible", r"which (?:unit|agency|office|department|body)", r"leads?",
              r"ai\s*\?", r"la ai", r"cua ai", r"ai", r"(?:don vi|co quan|bo phan|phong|trung tam|(?<!co )ban|cap) nao",
              r"(?<!doi )(?<!chi )(?<!bao nhieu )so nao",
              r"giao cho", r"dau moi", r"ai lo", r"which body", r"who is in charge")),
    (FREQUENCY, _P(r"tan suat", r"bao nhieu so", r"may so", r"bao lau (?:mot|1) (?:lan|so|ky)", r"bao nhieu lan", r"may lan",
                   r"bao nhieu ky", r"may ky", r"thoi luong", r"how often", r"how many (?:issues|times|editions)",
                   r"frequency", r"how long", r"bao nhieu chuyen muc", r"bao nhieu tin")),
    (TIMING, _P(r"khi nao", r"thoi gian thuc hien", r"thoi gian", r"luc nao", r"bao gio", r"thoi han", r"quy may", r"quy nao",
                r"thang (?:may|nao)",
                r"trong thoi gian nao", r"when", r"timeline", r"deadline", r"what time", r"truoc ngay")),
    (LIST, _P(r"nhung (?:\w+ ){1,6}?(?:nao|gi)", r"cac (?:\w+ ){1,6}?nao", r"gom nhung", r"bao gom", r"liet ke", r"ke ten",
              r"nhung gi", r"co nhung", r"list", r"what are the", r"(?:which|what) \w+(?:ies|ses|ices|[^s]s)",
              r"cac khau hieu", r"nhung khau hieu", r"cac hinh thuc", r"nhung hinh thuc", r"bao nhieu khau hieu")),
]

# What a fact question needs to see in the evidence; a plan that lacks it gets a refusal.
NEEDS: list[tuple[str, re.Pattern]] = [
    ("money", _P(r"bao nhieu tien", r"bao nhieu dong", r"bao nhieu trieu", r"bao nhieu ty", r"kinh phi (?:la )?bao nhieu",
                 r"tong kinh phi", r"ngan sach (?:la )?bao nhieu", r"du toan (?:la )?bao nhieu", r"how much (?:money|budget|funding)",
                 r"budget amount", r"how much does", r"chi phi bao nhieu", r"mat bao nhieu tien", r"le phi bao nhieu")),
    ("phone", _P(r"so dien thoai", r"sdt", r"hotline", r"so hotline", r"goi so", r"phone", r"dien thoai (?:la|bao nhieu)")),
    ("email", _P(r"email", r"e-mail", r"thu dien tu", r"hop thu")),
    ("hours", _P(r"gio lam viec", r"may gio", r"mo cua", r"opening hours", r"office hours", r"gio nao")),
    ("address", _P(r"dia chi tru so", r"o so nha", r"(?:nam )?o duong nao", r"duong nao", r"tru so (?:o|nam) dau", r"dia chi cua (?:so|van phong|trung tam)", r"tru so (?:o|nam) dau",
                   r"street address")),
    ("basis", _P(r"(?:thuc hien|can cu|theo|trien khai|xay dung de thuc hien) (?:nhung |cac )?(?:van ban|ke hoach|quyet dinh|cong van|nghi quyet|chi thi)(?: \w+)? nao",
                 r"can cu (?:vao )?(?:dau|gi|van ban nao)", r"(?:lap|xay dung|ban hanh) (?:theo|can cu|de thuc hien) (?:\w+ ){0,3}nao",
                 r"based on which", r"implements which",
                 r"dua (?:tren|vao) (?:nhung |cac )?(?:van ban|ke hoach|quyet dinh|nghi quyet|chi thi|co so)\b",
                 r"co so phap ly", r"legal basis")),
    ("url", _P(r"(?:nop|truy cap|dang ky|tra cuu|nop ho so)\b(?: \w+){0,5} o dau", r"trang nao", r"trang web", r"website", r"dia chi (?:web|trang)", r"link", r"duong dan", r"truy cap",
               r"where (?:can|do|to)", r"url", r"cong dich vu cong", r"nop ho so truc tuyen")),
    ("number", _P(r"so hieu", r"so ke hoach", r"(?:ke hoach|van ban|bao cao)\b.*\bso (?:may|bao nhieu|hieu)",
                  r"so ky hieu", r"ke hoach so may", r"ke hoach so bao nhieu", r"so van ban",
                  r"document number", r"so bao nhieu/")),
    # a person's name: asked of a person ("Giám đốc Sở … tên là gì"), not of a page or a programme
    ("person", re.compile(r"\b(?:giam doc|chu tich|truong phong|pho|chanh|lanh dao|bi thu|ong|ba|nguoi|director|"
                          r"chairman|chairwoman|head)\b.*\b(?:ten (?:day du )?(?:la )?gi|ho (?:va )?ten|name)\b")),
    # the body that issued a document (its header), not the person who signed it
    ("issuer", _P(r"(?:co quan|don vi|cap) nao ban hanh", r"ban hanh boi", r"who issued", r"issued by",
                  r"issuing (?:body|authority|agency)")),
    ("signer", _P(r"ai ky", r"nguoi ky", r"ky boi", r"ky ten", r"ky (?:ke hoach|bao cao|van ban)\b.*\bla ai",
                  r"(?:ke hoach|bao cao|van ban)\b.*\bky\b.*\bla ai", r"who signed", r"signed by", r"signer", r"ai la nguoi ky",
                  r"ai ban hanh")),
    ("date", _P(r"ngay ban hanh", r"ban hanh ngay", r"ban hanh (?:vao )?(?:khi nao|ngay nao|luc nao|thang (?:may|nao)|nam nao)",
                r"(?:lap|xay dung|ky) (?:vao )?(?:thang|ngay) (?:nao|may)",
                r"(?:ky|de) ngay (?:nao|bao nhieu)", r"date of (?:the )?(?:plan|report|document)", r"issued on",
                r"when was .* (?:issued|signed)",
                r"(?:duoc )?ky (?:vao )?(?:khi nao|luc nao|bao gio)")),
    ("day", _P(r"ngay nao", r"ngay may", r"han nop", r"han chot", r"deadline", r"truoc ngay", r"han cuoi",
               r"han (?!che)\w+", r"thoi han",
               r"on what date", r"what date", r"which day")),
    ("figure", _P(r"bao nhieu", r"ty le", r"phan tram", r"how many", r"how much", r"percent", r"ngay nao",
                  r"ngay may", r"thang may", r"nam nao")),
]

# a question about another document cited in a plan ("Quyết định 766/QĐ-TTg", "Kế hoạch 336-KH/TU")
OTHER_DOCUMENT = re.compile(r"\b(?:quyet dinh|nghi quyet|chi thi|cong van|thong tu|nghi dinh|to trinh|ke hoach)"
                            r"(?: so)? (\d+) ?[-/] ?[a-z]")

# how a follow-up starts ("còn … thì sao?", "what about …") and the words that point back ("nó", "việc này"):
# assistant/language/cues.tsv
_FOLLOW_UP = re.compile(r"^(?:" + "|".join(map(re.escape, L.phrases("cues", "follow_up_start"))) + r")\b")
_PRONOUN = re.compile(r"\b(?:" + "|".join(map(re.escape, L.phrases("cues", "back_reference"))) + r")\b")


# a line to call ("đường dây nóng", "hotline") and a question asking for its value ("số nào", "là gì")
_PHONE_LINE = _P(r"duong day nong", r"hotline", r"dien thoai", r"so may ban")
_ASKS_VALUE = _P(r"(?:so )?(?:nao|may|gi|bao nhieu)", r"what", r"which", r"number")

_PERCENT = _P(r"phan tram", r"ty le", r"percent\w*")

# a datum (an amount, a phone number …) named in a question that plainly asks who / when / how often is its topic
_DATUM_NEEDS = ("money", "phone", "email", "hours", "address")
_ROLE_ASKED = _P(r"chu tri", r"phoi hop", r"ai", r"don vi nao", r"co quan nao", r"khi nao", r"thoi gian", r"tan suat",
                 r"who", r"leads?", r"coordinat\w*", r"when", r"how often")


# The field asks of a compound question ("how often …, and who leads it?"), one per clause, said outright.
_FIELD_ASKS: list[tuple[str, re.Pattern]] = [
    (LEAD, _P(r"chu tri", r"who leads", r"leads? it", r"who is in charge", r"don vi nao", r"co quan nao", r"do ai")),
    (COORDINATORS, _P(r"phoi hop", r"coordinat\w*")),
    (FREQUENCY, _P(r"tan suat", r"how often", r"bao lau (?:mot|1)", r"may so", r"bao nhieu so", r"bao nhieu lan",
                   r"may lan", r"bao nhieu ky", r"frequency")),
    (TIMING, _P(r"khi nao", r"bao gio", r"thoi han", r"thoi gian (?:nao|thuc hien)", r"when", r"deadline")),
]
_CLAUSE = re.compile(r"\s*(?:,|;|\bva\b|\band\b|\bcon\b|\bkem\b)\s*")


@dataclass(frozen=True)
class Intent:
    kind: str
    needs: str | None  # money / phone / email / hours / address / url / number / signer / date / figure
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


def read_question(question: str, has_history: bool) -> Intent:
    """What ``question`` asks (assistant/question.py reads a question once and calls ``read_intent``)."""
    return read_intent(fold(question), has_history, bool(content_words(question)))


def read_intent(folded: str, has_history: bool, has_content: bool = True) -> Intent:
    """What a question asks, from its accent-folded text; ``has_content``: it has topic words of its own."""
    q = re.sub(r"[^\w/?-]+", " ", folded).strip()
    kind = GENERAL
    for k, pattern in _RULES:
        if pattern.search(q):
            kind = k
            break
    needs = None
    for n, pattern in NEEDS:
        if pattern.search(q):
            needs = n
            break
    if needs in (None, "figure", "day", "number") and _PHONE_LINE.search(q) and _ASKS_VALUE.search(q):
        needs = "phone"  # "đường dây nóng … gọi số mấy / là số nào": a number to call, wherever the words sit
    if needs in _DATUM_NEEDS and kind in (LEAD, COORDINATORS, TIMING, FREQUENCY, REVERSE) and _ROLE_ASKED.search(q):
        needs = None  # "Ai chủ trì việc công khai số điện thoại …?" asks who, not for a phone number
    if needs in ("day", "figure", None) and kind in (GENERAL, TIMING) and _PERCENT.search(q) \
            and re.search(r"\b(?:bao nhieu|may|how much|what)\b", q):
        kind, needs = FACT, "figure"  # "sớm hơn thời hạn bao nhiêu phần trăm": a rate, not a date
    if needs == "day" and kind == GENERAL:
        kind = FACT
    if needs in ("money", "phone", "email", "hours", "address", "number", "signer", "date", "person", "issuer"):
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


def content_words(question: str) -> list[str]:
    """The question's topic syllables: folded, without question and intent words."""
    from index.lexical import STOPWORDS_FOLDED, STOPWORDS_VI
    from index.normalize import tokens

    words = tokens(question)
    folded = [fold(w) for w in words]
    drop = [False] * len(words)
    text = " ".join(folded)
    for kind, pattern in _RULES + NEEDS + [(None, _INTERROGATIVE)]:  # "ai chủ trì", "bao nhiêu", "ở đâu": no topic
        if kind in (LIST, DEFINITION):  # their patterns span the topic ("những khẩu hiệu … nào")
            continue
        for m in pattern.finditer(text):
            start = text[: m.start()].count(" ") if m.start() else 0
            for i in range(start, start + m.group(0).count(" ") + 1):
                if i < len(drop):
                    drop[i] = True
    out = []
    stating = _stating()
    for w, f, d in zip(words, folded, drop):
        if d or w in STOPWORDS_VI or (f == w and f in STOPWORDS_FOLDED) or (f.isdigit() and len(f) < 2) \
                or w in stating:  # "nói", "nêu": how a document says it, never what about ("nội" stays)
            continue
        out.append(f)
    return out


@lru_cache(maxsize=None)
def _stating() -> frozenset[str]:
    """The verbs of stating, as written (with their diacritics: folded, "noi" is also "nội")."""
    return frozenset(w for p in L.written("cues", "stating") for w in p.lower().split() if w not in ("về", "đến"))
