"""A question read once: language, what is asked, the plans, years, units and period it names, its topic.

Retrieval and answering both need these; reading them in one place keeps the answerer
from re-folding and re-parsing the question piece by piece, and makes the routing
between a one-section answer and a composed one (assistant/compose.py) explicit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant import intents as I
from index.normalize import fold
from index.periods import Span, read_period
from index.query import _ENGLISH_WORDS, Mention, detect_language, plan_mentions, translate_terms

# what a composed answer is asked for
UNIT_DUTIES, PERIOD, PLAN_TASKS, COMPARE = "unit_duties", "period", "plan_tasks", "compare"
COMPOSED = (UNIT_DUTIES, PERIOD, PLAN_TASKS, COMPARE)

_COMPARE = re.compile(r"\b(?:so voi|so sanh|khac (?:gi|nhau|biet|nhu the nao|the nao)|khac\b.*\bo (?:diem|cho) nao|"
                      r"thay doi|diem moi|co gi moi|moi (?:co|them|bo sung)|them moi|bo sung them|khong con|"
                      r"compare\w*|differ\w*|change\w*|what'?s new|new (?:tasks|activities)|versus|vs)\b")
_DUTIES = re.compile(r"\b(?:lam (?:nhung )?gi|duoc giao|lan luot|nhiem vu (?:gi|nao|cua)|"
                     r"(?:chu tri|phu trach|dam nhan|dam nhiem|phoi hop|thuc hien|tham gia) (?:nhung |cac )?"
                     r"(?:gi|viec|hoat dong|nhiem vu|noi dung|cong viec)\b|"
                     r"what (?:does|do|did|will)\b|duties|tasks of|activities of|in charge of what|"
                     r"(?:lead|leads|coordinate|coordinates|handle|handles) (?:which|what)|"
                     r"(?:which|what) (?:activities|tasks) (?:does|do|is|are)\b)")
_ACTIVITIES = re.compile(r"\b(?:(?:nhung|cac) (?:hoat dong|nhiem vu|viec|cong viec|noi dung)|"
                         r"(?:hoat dong|nhiem vu|viec|cong viec) (?:nao|gi)|bao nhieu (?:nhiem vu|hoat dong|viec)|"
                         r"co gi|lam gi|phai (?:xong|hoan thanh|lam)|"
                         r"(?:which|what) (?:activities|tasks)|how many (?:tasks|activities)|what (?:happens|is planned))\b")
# words that say "activities/tasks/plan" or ask, not what about: a question made only of them has no topic
_GENERIC = set("""
nhiem vu hoat dong viec cong noi dung cu the giao duoc ke hoach bao cao nam thuc hien trong nhung cac nao gi bao
nhieu co lam quy thang truoc ngay dau cuoi phai xong hoan thanh so voi sanh khac nhau thay doi moi them bo sung
diem the nao hien tai dang lan luot chu tri phu trach phoi hop tham gia don vi co quan de ra gom tong cong
tasks task activities activity plan plans new changed change compared compare difference quarter month year
which what how many does do lead leads coordinate coordinates in of the and between with before after from
i ii iii iv q1 q2 q3 q4 tinh huyen ubnd vs versus du thao
""".split())


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
    asks: str = ""  # UNIT_DUTIES / PERIOD / PLAN_TASKS / COMPARE, or "" for a one-section answer
    roles: tuple[str, ...] = ("lead", "executor", "director")

    @property
    def documents(self) -> set[str] | None:
        """The documents the question restricts itself to (its named plans), or None."""
        named = {d for g in self.plans for d in g}
        return named or None


def read(text: str, engine, has_history: bool = False) -> Question:
    language = detect_language(text)
    intent = I.read_question(text, has_history)
    english_terms = translate_terms(text) if language == "en" else ""
    folded = fold(f"{text} {english_terms}")
    documents = engine.manifest["documents"]
    plans = plan_mentions(f"{text} {english_terms}".strip(), documents)
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    register = engine.register
    units = register.units_in(f"{text} {english_terms}") if register is not None else []
    latest = max((d.get("year") or 0 for d in documents.values()), default=0) or None
    named_years = [documents[d].get("year") for g in plans for d in g if documents.get(d, {}).get("year")]
    period = read_period(text, years[-1] if years else (named_years[0] if named_years else latest))
    q = Question(text, language, folded, intent, plans, years, units, period)
    q.topic = _topic(q, engine)
    q.roles = ("coordinators",) if re.search(r"\b(?:phoi hop|coordinat\w*|support\w*)\b", folded) \
        and not re.search(r"\b(?:chu tri|lead\w*)\b", folded) else ("lead", "executor", "director")
    q.asks = _asks(q)
    return q


def _topic(q: Question, engine) -> list[str]:
    unit_words = {w for u in q.units for v in u.variants for w in v.replace(",", " ").split()}
    plan_words: set[str] = set()
    for g in q.plans:  # the words that name a plan (its issuer, number, title) say which plan, not what about
        for name in g:
            d = engine.document(name) or {}
            plan_words |= set(fold(f"{d.get('issuer', '')} {d.get('number', '')} {d.get('doc_type', '')} "
                                   f"{d.get('raw_title', '')}").replace(",", " ").split())
    words = I.content_words(f"{q.text} {translate_terms(q.text) if q.language == 'en' else ''}")
    if q.language == "en":
        words = [w for w in words if w not in _ENGLISH_WORDS]
    return [w for w in words if w not in _GENERIC and w not in unit_words and w not in plan_words
            and not w.isdigit() and not re.fullmatch(r"\d+/\w+|[ivx]+", w) and len(w) > 1]


def _asks(q: Question) -> str:
    f = q.folded
    if _COMPARE.search(f) and (len(q.plans) >= 2 or len(set(q.years)) >= 2):
        return COMPARE
    if q.units and (_DUTIES.search(f) or q.intent.kind == I.REVERSE) and not _names_activity(q):
        return UNIT_DUTIES
    if q.period is not None and (_ACTIVITIES.search(f) or q.intent.kind in (I.LIST, I.GENERAL)) and not q.topic:
        return PERIOD
    if q.plans and len(q.plans) == 1 and _ACTIVITIES.search(f) and not q.topic:
        return PLAN_TASKS
    return ""


def _names_activity(q: Question) -> bool:
    """'Sở X chủ trì việc tổ chức cuộc thi nào?' names an activity: a one-section answer, not the unit's duties."""
    return len(q.topic) >= 3 and q.intent.kind not in (I.REVERSE,)
