"""The default answerer: answers from parsed fields and sentences, with no language model.

The question is read once (assistant/question.py); the answer is the first route of a table
(assistant/routes.py, ``_routes`` below) that applies and finds evidence: small talk, an ask-back, a
place no plan covers, composed answers (assistant/compose.py), document facts
(assistant/document_facts.py), a named section, and the fallback: retrieved sections, checked to cover
the question's topic (otherwise it declines), answered from the activity's fields (chủ trì, phối hợp,
thời gian, tần suất) or the best sentence (assistant/sentences.py), naming units exactly as the plan
writes them and citing plan and section. When the same activity appears in several plans it says
which answer comes from which plan.
"""
from __future__ import annotations

import re
from types import SimpleNamespace
from dataclasses import replace
from typing import Iterator, Sequence

from assistant import comparison as CMP
from assistant import compose as C
from assistant import intents as I
from assistant import language as L
from assistant import narrowest as NW
from assistant import plan_changes
from assistant import question as Q
from assistant import routes as R
from assistant.answers import Answer, Turn
from assistant.document_facts import _DOC_TYPE_WORDS, _PLAN_NAME_WORDS, CITING_READ, DocumentFacts  # noqa: F401 (CITING_READ re-exported)
from assistant.lookups import URL as _URL, Lookups, lookups
from assistant.section_counts import SectionCounts, counted_nouns
from assistant import row_sections as RS
from assistant.row_sections import inline_tables as _tables
from assistant.persons import Persons, asks_persons
from assistant import superlative as SX
from assistant.superlative import Superlatives, extreme_asked
from assistant.sentences import LISTED_CITED, _table_row, _Evidence, _clip, _figure_value, _lettered, _row_figure, _overlap, _upper_first, SentencePicking, column_says, named_row_cell, named_row_value, names_row  # noqa: F401
from index.abbreviations import spells
from index.chunking import Chunk, logical_lines
from index.genre import genre
from index.normalize import LOWER, UPPER, fold, folded_tokens, squash, tokens
from index.parser import is_field_line, resolve_name
from index.lexical import content_tokens
from index.query import detect_language, doc_number, in_plans_words, plan_years
from index.retrieval import Hit, SearchEngine
from index import tables
from index.tables import DATA_TABLE_HEAD
from index.zones import CLOSING, HEADER, SIGNATURE

CLEAR_LEAD = 0.25  # a section covering this much more of the question than the next is the one it asks about
MIN_COVERAGE = 0.46  # share of the question's topic (idf-weighted) the best section must contain
FIELD_MIN_COVERAGE = 0.3  # the same for a field asked of a section that has it and stands clear (_min_coverage)
FAR_BELOW = 0.5  # a section covering less than this share of what the best one covers answers nothing of its topic
TIE = 0.02  # two sections whose coverage differs by less are found equally well: the kind asked decides
SAME_ACTIVITY = 0.45  # heading overlap above which two plans' activities are "the same"
SAME_HEADING = 0.8  # … and above which they are, however differently a question's words match them
YES_SHARE = 0.5  # share of a yes/no question's topic (idf-weighted) its evidence must hold to say "yes"
# a committee's roles ("Trưởng ban", "Tổ trưởng"), folded, longest first: assistant/language/cues.tsv
_ROLE_TITLES = tuple(sorted({fold(t) for t in L.phrases("cues", "role_title", "vi")}, key=len, reverse=True))
_OFFICE_TITLES = tuple(sorted({fold(t) for t in L.phrases("cues", "office_title", "vi")}, key=len, reverse=True))
# "X là ai?", "X là gì?", "X được hiểu thế nào?" (folded): what the plans say X is, in a sentence "X là …"
_SUBJECT_IS = re.compile(r"^\W*(?:cho (?:minh|em|toi) hoi\W+)?(.+?)\s+(?:(?:theo|trong) .+?\s+)?"
                         r"(?:la ai|la gi|duoc hieu (?:la gi|the nao|ra sao)|nghia la gi"
                         r"|la (?:co quan|don vi|to chuc|bo phan) nao(?=\W*(?:vay|a|nhi|the)?\W*$))\b")
# "VP UBND tỉnh là cơ quan nào": which body a short name is (the question ends there: "… là đơn vị nào chủ trì"
# asks who leads)
_HELD = "tổ chức|diễn ra|họp|tập trung"  # the verbs an event's place follows ("… được tổ chức … tại …")
_EVIDENCE = {
    # … or its unit in the field's label ("Kinh phí dự kiến (triệu đồng): 38.500", a table column's header)
    "money": re.compile(r"\d[\d.,]*\s*(?:tỷ|triệu|nghìn|ngàn)?\s*đồng|\((?:đơn vị\s*:?\s*)?(?:tỷ|triệu|nghìn|ngàn)?"
                        r"\s*đồng\)\s*:\s*\d[\d.,]*", re.IGNORECASE),
    # a subscriber number, or a service number ("1800 6 294", "1900.1234": toll-free and paid lines)
    "phone": re.compile(r"(?:\+84|\b0)\d[\d .]{7,12}\d\b|\b1[89]00[ .]?\d(?:[ .]?\d){3,5}\b"),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    # a time of day ("7 giờ 30", "17h00"), not a length of time ("trong 04 giờ làm việc", "mất 2 giờ")
    "hours": re.compile(r"(?<!trong )(?<!mất )(?<!tối đa )\b\d{1,2}\s*(?:giờ|h)\s*\d{0,2}\b(?!\s*làm việc)",
                        re.IGNORECASE),
    # a house number and its street ("Số 27 đường Trần Nhật Duật", "số 9, phố …", "số 12A ngõ …")
    "address": re.compile(r"\bsố \d+[^,]*,\s*(?:đường|phố)|\bsố \d+[a-z]?(?:/\d+)?,?\s+(?:đường|phố|ngõ|ngách|hẻm)\s[^,;.\n()]*"
                          r"(?:,\s*(?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh)\s[^,;.\n()]*){0,3}",
                          re.IGNORECASE),
    # where an event is held: the genre's "Địa điểm:" field, or "tổ chức tại <a named place>"
    # ("được tổ chức vào thứ Bảy, ngày 10/10/2026 tại Quảng trường …": a time between the verb and its place)
    "venue": re.compile(rf"[Đđ]ịa điểm\s*:\s*\S[^;\n]*|(?:^|[,;]\s*|\b(?:{_HELD})\s+"
                        r"(?:[^.;\n]{0,60}?\s)?)tại [A-ZĐ][^.;\n]*", re.MULTILINE),
    # "30/11/2025", "10/6" (a day and a month, not "31/63" of a ranking), "ngày 15" — never the "ngày 10" of "ngày 10/6"
    # … or a day of the week ("vào sáng thứ Ba và thứ Sáu", "Chủ nhật"): what "hôm nào" asks of a weekly event
    "day": re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?:/\d{2,4})?\b(?!/)|\bngày \d{1,2}\b(?!/)"
                      r"|\bthứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])\b|\bchủ nhật\b", re.IGNORECASE),
    # a rank ("đứng vị trí thứ 01/63", "xếp hạng 12"): what "xếp thứ bao nhiêu" asks, not any figure
    "rank": re.compile(r"(?:thứ|hạng|vị trí)\s*(?:thứ\s*)?\d+(?:/\d+)?", re.IGNORECASE),
    # a length of time ("chậm nhất 05 ngày làm việc trước ngày kiểm tra", "trong thời hạn 15 ngày"): what "trước
    # bao lâu", "trong bao lâu" ask — not a date
    # a length of time, not a date ("31 tháng 12 năm 2028", "02 tháng 4": a number after its unit)
    "duration": re.compile(r"\b\d+\s*(?:ngày|tuần|tháng|năm|giờ)(?: làm việc)?\b(?!\s*/)(?!\s*\d)", re.IGNORECASE),
    # "có hiệu lực thi hành kể từ ngày 02 tháng 3 năm 2026", "… kể từ ngày ký": a day, not "… kể từ ngày Quyết
    # định này có hiệu lực" (when another document's force ends)
    "effective": re.compile(r"(?:có )?hiệu lực(?: thi hành)?(?: kể)? từ (?:ngày )?(?:\d|ký)[^.;,]*", re.IGNORECASE),
    # why: the clause a causal word opens ("do phải xác minh nguồn gốc đất …", "vì …", "nguyên nhân là …"), not
    # "do Sở X chủ trì" (by whom)
    "reason": re.compile(r"\b(?:[Dd]o|[Vv]ì|[Bb]ởi vì|[Bb]ởi|[Ll]ý do(?: là)?|[Nn]guyên nhân(?: là)?|because|due to)(?:\s*:\s*|\s+)"
                         r"(?!(?:" + "|".join(map(re.escape, L.written("units", "head"))) + r")\b)[^.;:()]{3,160}"),
    # a person's name: a Vietnamese family name and one to three more capitalised syllables
    # ("Ông Lò Minh Khang", "bà Vi Thị Hạnh": after a title, any family name)
    "person": re.compile(rf"(?:(?<=Ông )|(?<=ông )|(?<=Bà )|(?<=bà )|(?<=chí ))[{UPPER}][{LOWER}]*"
                         rf"(?: [{UPPER}][{LOWER}]+){{1,3}}\b|"
                         # … or under a signing title, as the block's last line ("CHỦ TỊCH Bế Văn Toản")
                         rf"(?<=[{UPPER}]{{2}} )[{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+){{1,3}}$|"
                         r"\b(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Trương|"
                         r"Đinh|Lâm|Mai|Trịnh|Cao|Lương|Tạ|Hà|Tô|Châu|La|Thái)"
                         rf"(?: [{UPPER}][{LOWER}]+){{1,3}}\b"),
}
_NEED_WORDS = {
    "vi": {"money": "số tiền kinh phí cụ thể", "phone": "số điện thoại", "email": "địa chỉ email",
           "hours": "giờ làm việc", "address": "địa chỉ trụ sở", "venue": "địa điểm tổ chức", "url": "địa chỉ trang web", "signer": "người ký",
           "day": "ngày cụ thể", "duration": "khoảng thời gian cụ thể", "rank": "thứ hạng", "person": "họ tên người", "effective": "thời điểm có hiệu lực",
           "reason": "lý do"},
    "en": {"money": "a budget amount", "phone": "a phone number", "email": "an email address",
           "hours": "opening hours", "address": "a street address", "venue": "a venue", "url": "a web address", "signer": "a signer",
           "day": "a specific date", "duration": "a length of time", "rank": "a ranking", "person": "a person's name", "effective": "when it takes effect",
           "reason": "a reason"},
}
_FIELD_WORDS = {
    "vi": {"lead": "chủ trì", "executor": "thực hiện", "director": "chỉ đạo", "coordinators": "Đơn vị phối hợp",
           "timing": "Thời gian thực hiện", "frequency": "Tần suất", "budget": "Kinh phí"},
    "en": {"lead": "leads", "executor": "carries it out", "director": "directs", "coordinators": "Coordinating units",
           "timing": "Timing", "frequency": "Frequency", "budget": "Budget"},
}


def _has_unit_column(chunk: Chunk) -> bool:
    """A data table of the section has a column of units ("Cơ quan thực hiện", "Đơn vị chủ trì")."""
    return any(k in tables.UNIT_KINDS for _, header, _ in _tables(chunk)
               for k in tables.column_kinds([h.strip() for h in header[len(DATA_TABLE_HEAD):].split("|")]))


def _short_issuer(doc: dict | None) -> str:
    """A document's issuer folded, "Ủy ban nhân dân" as officials shorten it ("ubnd tinh an lam")."""
    return " ".join(folded_tokens((doc or {}).get("issuer") or "")).replace("uy ban nhan dan", "ubnd")


_YEAR_SPAN = re.compile(r"\b(20\d\d)\s*[-–—]\s*(20\d\d)\b")


def _years_said(question: str) -> list[tuple[str, ...]]:
    """The years a question names, a span ("2026 - 2028") as one period: [("2025",), ("2026", "2028")]."""
    spans = [m.groups() for m in _YEAR_SPAN.finditer(question)]
    single = [(y,) for y in re.findall(r"\b(20\d\d)\b", _YEAR_SPAN.sub(" ", question))]
    return spans + single


def _single_years(question: str) -> list[str]:
    """The years a question names on their own, not as the ends of a span."""
    return [ys[0] for ys in _years_said(question) if len(ys) == 1]


def _task_zones(hits: list[Hit], intent: I.Intent, folded: str) -> list[Hit]:
    """A task, its units, its time: never from the letterhead or the signature block (nor the page around them);
    who or when a task is done, nor from the closing lines ("… kính gửi Sở X theo dõi, tổng hợp"), which send
    the document, not assign its work — unless the question asks where something is sent."""
    if intent.kind not in (I.GENERAL, I.LEAD, I.COORDINATORS, I.TIMING, I.FREQUENCY, I.LIST):
        return hits
    # the recipients' list ("Nơi nhận: … các PCT UBND huyện") tells nothing else asked either
    zones = (HEADER, SIGNATURE) if I.CUES["sent"].search(folded) else (HEADER, SIGNATURE, CLOSING)
    # a closing that sets a date ("… báo cáo kết quả thực hiện về Thanh tra tỉnh trước ngày 30/11/2026") assigns
    # work: when that is asked, it stays
    return [h for h in hits if h.section not in zones or h.section == CLOSING and intent.kind == I.TIMING
            and re.search(r"\btrước ngày \d", h.chunk.text)] or hits


# the clauses of a question asking several figures, and a clause that asks one
_FIGURE_CLAUSES = re.compile(r"\s*(?:,|;|\bvà\b|\bva\b|\band\b)\s*")
_HOW_MANY = r"\b(?:bao nhieu|may|how many|how much)\b"  # folded: a count or an amount asked
_ASKS_FIGURE = re.compile(rf"{_HOW_MANY}|\b(?:ty le|phan tram|what (?:share|percentage|rate))\b|%")

_FREQ_PATTERN = re.compile(r"\d+\s*[^\W\d][^\d/.;]{0,25}?/\s*"  # "02 số/tuần", "02 sản phẩm/tuần": any count a period
                           r"(?:ngày|tuần|tháng|quý|năm|số|kỳ|lần|buổi|chuyên mục)|(?:mỗi|hằng|hàng) (?:ngày|tuần|tháng|quý|năm)"
                           # "01 lần trong năm", "02 đợt mỗi quý", "02 lượt trong một tuần": a count of anything in a
                           # period, written out
                           r"|\d+\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:trong|mỗi|trên|một)(?:\s+(?:một|01|1))?\s+"
                           r"(?:ngày|tuần|tháng|quý|năm)\b(?!\s*(?:\d|[IVX]+\b|/))"  # not "trong tháng 5"
                           # "chỉ được trả lời một lần", "hai đợt": a count of times in words
                           r"|\b(?:" + "|".join(L.written("cues", "number_word")) + r")\s+(?:lần|lượt|đợt|kỳ)\b",
                           re.IGNORECASE)


def _previous(history: Sequence[Turn]) -> Answer | None:
    """The answer a follow-up is read against: the last turn that was not small talk, and none when that turn
    was declined (a question after a decline is read on its own). An ask-back is kept: the next turn
    completes it."""
    for turn in reversed(history):
        a = turn.answer
        if a.kind == R.SMALL_TALK:
            continue
        return a if a.grounded or a.kind == Q.ASK_BACK else None
    return None






_RESULTS = re.compile(r";\s+|\(\d{1,2}\)\s*|:\s+")  # where a sentence of results turns to the next result
_BOUND = re.compile(r"\b(?:" + "|".join(map(re.escape, L.phrases("cues", "bound"))) + r")\s*$")  # "dưới 50%"



_LABELLED_LINE = re.compile(r"^\s*[-+•*]?\s*[^\W\d][^:\n]{0,30}:\s*\S")  # "- Địa chỉ: …", "Điện thoại: …"


def _owner_line(text: str, quote: str) -> str:
    """The line a run of labelled lines belongs to ("BÊN A: TRUNG TÂM …" over "- Địa chỉ: …", "- Điện thoại:
    …"): what the labels are of. "" when ``quote`` is no labelled line of ``text``."""
    lines = text.split("\n")
    start = next((i for i, l in enumerate(lines) if quote.strip() and quote.strip()[:40] in l), None)
    if start is None or not _LABELLED_LINE.match(lines[start]):
        return ""
    for line in reversed(lines[:start]):
        if line.strip() and not _LABELLED_LINE.match(line):
            return line
        if not line.strip():
            return ""
    return ""


def _unnamed(q: "Q.Question", engine) -> str:
    """The question without the words by which it names its plans' issuer and place ("… của VP UBND tỉnh"):
    they say which plan, and a sentence of that plan that happens to hold them ("Văn phòng đã chủ trì, tham mưu UBND
    tỉnh …") is no nearer what is asked. Document types stay ("Thông báo 41 thay thế …": "Thông báo này thay thế
    …"); a question naming no plan, or written in English (its words are not the plans'), as written."""
    if not q.plans or q.language != "vi":
        return q.text
    named = {n for g in q.plans for n in g}
    units = {w for name in q.unit_names for w in name.replace(",", " ").split()}
    types = {w for t in genre().type_words for w in t.split()}
    header = {w for n in named for key in ("issuer", "issuer_body", "parent_body", "place")
              for w in folded_tokens(str((engine.document(n) or {}).get(key) or ""))}  # not its title: its subject
    # may be what is asked ("báo cáo tuyên truyền … nêu hạn chế gì của công tác tuyên truyền")
    header |= {str(y) for n in named for y in plan_years(engine.document(n) or {})}  # "năm 2023" of a 2023 report
    header |= {str((engine.document(n) or {}).get("number") or "").split("/")[0] for n in named} - {""}  # "hợp đồng 14"
    naming = (set(q.content) - set(q.words) - units - types) & header
    if not naming:
        return q.text
    kept = [t for t in q.text.split() if fold(re.sub(r"^\W+|\W+$", "", t)) not in naming]
    return " ".join(kept) if content_tokens(" ".join(kept)) else q.text


class ExtractiveAnswerer(SentencePicking, DocumentFacts, SectionCounts, Superlatives, Persons):
    name = "extractive"

    def __init__(self, engine: SearchEngine):
        self.engine = engine

    # -- the Answerer protocol ------------------------------------------------------------
    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        prev = _previous(history)
        talk = R.small_talk(question, prev.language if prev else "vi")
        if talk is not None:  # "cảm ơn", "ok", an emoji: a short reply, not a search, not the last answer again
            return R.small_talk_answer(question, *talk)
        compared = CMP.sides(question)
        if compared and not any(I.read_intent(fold(side), False).kind in (I.LEAD, I.COORDINATORS) for side in compared):
            # two values side by side: each found where its own section says it ("who" across plans is
            # answered plan by plan below)
            answers = [self._one(side, bool(history), prev) for side in compared]
            return self._joined(question, list(compared), answers)
        pieces = R.parts(question, prev.language if prev else "vi")
        if len(pieces) > 1:
            return self._in_parts(question, pieces, bool(history), prev)
        asked = R.after_statement(question)
        if asked:  # a statement before the question ("X phối hợp tổ chức cuộc thi; vậy …"): not answered, nor searched with
            return replace(self._one(asked, bool(history), prev), question=question)
        return self._one(question, bool(history), prev)

    def _one(self, question: str, has_history: bool, prev: Answer | None, continues: bool = False,
             whole: str = "") -> Answer:
        q = Q.read(question, self.engine, has_history=has_history, prev=prev, continues=continues, whole=whole)
        result = R.first_answer(self._routes(), q)
        if q.yes_no and not result.grounded and q.intent.needs in (*R.DATA_NEEDS, "money"):
            # "báo cáo có nêu việc công khai số đường dây nóng không?": whether it is said, not the number itself
            result = R.first_answer(self._routes(), replace(q, intent=replace(q.intent, kind=I.GENERAL, needs=None)))
        if q.yes_no and result.kind != Q.COMPARE and len(q.mentions) < 2:
            result = R.verdict(result, self._says_so(q, result))
            timing = self._timing_cited(result) if q.period is not None and result.grounded else ""
            if timing:  # "… trong quý II không?": "Không — …", and when it is held
                result.answer = f"{result.answer}\n{_FIELD_WORDS[result.language]['timing']}: {timing}"
        if not result.focus:
            result.focus = q.focus
        return NW.narrow(result, self.engine.derived("answerer.rows_under", lambda e: NW.rows_under(e.chunks)),
                         self.engine.chunk)

    def _in_parts(self, question: str, pieces: list[str], has_history: bool, prev: Answer | None) -> Answer:
        """A question asking several things one after another: each part answered and cited on its own, none lost
        without a word. Questions asked one after another ("…? …?") are each their own (one without a topic of
        its own read against the first's answer); the parts of one sentence ("…, và khi nào xong?") are about
        one thing: searched with the whole sentence, a later part read about what the first is about."""
        one_sentence = R.one_sentence(question)
        answers: list[Answer] = []
        for piece in pieces:
            against = answers[0] if answers and (one_sentence or answers[0].grounded) else prev
            answers.append(self._one(piece, has_history or bool(answers), against,
                                     continues=one_sentence and bool(answers), whole=question if one_sentence else ""))
        return self._joined(question, pieces, answers)

    @staticmethod
    def _joined(question: str, pieces: list[str], answers: list[Answer]) -> Answer:
        """The parts' answers under their questions, one answer citing what each part cites."""
        first = answers[0]
        whole = Answer(question=question, answer="", grounded=any(a.grounded for a in answers),
                       language=first.language, kind=first.kind, focus=first.focus)
        whole.answer = "\n".join(f"{i}) {piece}\n{a.answer}" for i, (piece, a) in enumerate(zip(pieces, answers), 1))
        whole.citations = list(dict.fromkeys(c for a in answers for c in a.citations))
        return whole

    def context(self, question: str, history: Sequence[Turn] = ()) -> tuple:
        """What of ``history`` the answer to ``question`` depends on (assistant/answer_cache.py keys on it):
        nothing without one; only that there is one when no earlier turn is read (they were declined or small
        talk); else the previous answer's question, focus, kind, language — whether the question turns out a
        follow-up is decided while reading it (a question naming no activity of its own is one), so the key
        holds them whenever there is a turn to read it against."""
        prev = _previous(history)
        if prev is None:
            return () if not history else ("history",)
        return ("follow-up", prev.question, prev.focus, prev.kind, prev.language, prev.grounded)

    def stream(self, question: str, history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        final = self.answer(question, history)
        words = final.answer.split(" ")
        for i in range(0, len(words), 4):
            yield " ".join(words[i:i + 4]) + (" " if i + 4 < len(words) else "")
        yield final

    # -- the route table -----------------------------------------------------------------------------
    def _routes(self) -> list[R.Route]:
        """Every kind of answer, in the order they are tried; the last (retrieved sections) always answers."""
        kind, needs = (lambda q: q.intent.kind), (lambda q: q.intent.needs)
        return [
            R.Route(Q.ASK_BACK, self._no_topic, R.ask_back),
            R.Route("unknown_place", lambda q: bool(q.unknown_place), self._no_plan_of_place),
            R.Route("unspoken", lambda q: q.unspoken, lambda q: self._decline(R.base(q), q.intent, [])),
            R.Route("plan_update", lambda q: bool(Q._COMPARE.search(q.folded))
                    and plan_changes.asks_update(q.folded, q.years),
                    lambda q: plan_changes.answer(self.engine, q.text, q.folded, R.base(q))),
            R.Route("unit_role", lambda q: bool(q.units) and not q.follow_up and bool(I.CUES["role"].search(q.folded)),
                    self._unit_role),
            R.Route("extreme_row", lambda q: bool(extreme_asked(q.folded)), self._extreme_row),
            R.Route("composed", lambda q: bool(q.asks), self._compose),
            R.Route("alias", lambda q: bool(_ALIAS_ASKED.search(q.folded))
                    or kind(q) == I.DEFINITION and bool(re.search(r"\bgoi\b.+\bla gi\b", q.folded)), self._alias_of),
            R.Route("stated_as", lambda q: q.language == "vi" and bool(_SUBJECT_IS.match(q.folded)), self._stated_as),
            R.Route(I.DEFINITION, lambda q: kind(q) == I.DEFINITION and self._asks_meaning(q),
                    lambda q: self._definition(q.text, R.base(q), q.mentions)),
            R.Route("cited_document", lambda q: kind(q) in (I.FACT, I.GENERAL)
                    and needs(q) in ("number", "signer", "issuer", "basis", "date", None) and q.cites_other,
                    lambda q: self._cited_document(q, R.base(q))),
            R.Route("document_fact", lambda q: kind(q) == I.FACT and needs(q) in ("number", "signer", "date",
                                                                                  "issuer", "recipient")
                    or needs(q) == "span" and not q.topic,
                    lambda q: self._document_fact(self._english(q), needs(q), q.mentions, R.base(q), q.focus)),
            R.Route("signer_by_title", lambda q: needs(q) == "person", self._signer_by_title),
            R.Route(I.REVERSE, lambda q: kind(q) == I.REVERSE,
                    lambda q: self._activities_of(q.text, q.mentions, R.base(q))),
            R.Route("basis", lambda q: needs(q) == "basis",
                    lambda q: self._basis(q.text, q.mentions, q.focus, R.base(q))),
            R.Route("own_event", lambda q: not q.follow_up and len(q.mentions) < 2 and bool(self._own_key(q)),
                    self._own_event),
            R.Route("across_plans", lambda q: len(q.mentions) >= 2, self._across),
            R.Route("persons_listed", lambda q: bool(asks_persons(q)), self._persons_listed),
            R.Route("section_count", lambda q: kind(q) in (I.FACT, I.GENERAL, I.LIST) and needs(q) in ("figure", None)
                    and not q.follow_up, lambda q: (self._count_section(q) if q.section else None)  # "Điều 6 … bao nhiêu"
                    or self._stated_count(q) or self._count_parts(q) or self._count_section(q)),
            R.Route("named_section", lambda q: bool(q.section) and kind(q) in (I.GENERAL, I.LIST)
                    and not needs(q), self._named_section),
            R.Route("table_rows", lambda q: (kind(q) in (I.LIST, I.LEAD) or kind(q) == I.GENERAL
                                             and bool(re.search(r"\b(?!khi\b|luc\b)\w+ nao\b", q.folded)))
                    and not q.follow_up, self._table_rows),
            R.Route("headed_section", lambda q: kind(q) == I.LIST and not q.follow_up,
                    lambda q: self._heading_list(q, q.mentions, R.base(q))),
            R.Route("retrieved", lambda q: True, self._retrieved),
        ]

    @staticmethod
    def _own_key(q: "Q.Question") -> str:
        """The field of an event a question asks ("ai chủ trì" → lead, "mấy giờ", "hôm nào" → timing), or ""."""
        kind, needs = q.intent.kind, q.intent.needs
        if kind in (I.LEAD, I.COORDINATORS, I.TIMING):
            return {I.LEAD: "lead", I.COORDINATORS: "coordinators", I.TIMING: "timing"}[kind]
        return "timing" if kind == I.FACT and needs in ("hours", "day", "date") else \
            "venue" if needs == "venue" else ""

    def _own_event(self, q: "Q.Question") -> Answer | None:
        """"Hội nghị … tổ chức hôm nào, mấy giờ?", "ai chủ trì hội nghị …": asked of what a plan itself organises
        (every word of the question's topic is in its title), the plan's own field, written as a labelled heading
        of its body ("2.1. Thời gian: …", "II.4. Chủ trì: …", "2.2. Địa điểm: …") — not an activity inside it whose
        words the question happens to share. None when no plan is so named, or it writes no such heading."""
        key = self._own_key(q)
        words = [w for w in q.search_topic if not w.isdigit()]
        if not words:
            return None
        pool = q.mentions[0] if q.mentions else [d["document"] for d in self.engine.documents()]
        found = []
        for name in pool:
            d = self.engine.document(name) or {}
            said = set(folded_tokens(" ".join(str(d.get(k) or "") for k in ("title", "issuer", "number"))))
            if not all(w in said or self._spelt_in(w, said) for w in words):  # a word it lacks ("sơ kết", "QĐ
                continue  # 615") names another event, or one item of this one's agenda
            for c in self._lookups().of_document(self.engine.chunks, name):
                if c.part or c.kind in ("row", "datarow", "figurerow", "zone", "table") or c.section.count(".") > 2:
                    continue
                heading = c.text.split("\n")[0]
                if key == "venue":
                    if _EVIDENCE["venue"].search(heading) and re.match(r"^[\w.]*\s*[Đđ]ịa điểm\s*:", heading):
                        found.append(c)
                elif key in c.fields and is_field_line(re.sub(r"^[\w.]+\.\s+", "", heading)):
                    found.append(c)
        if len(found) != 1:
            return None
        hit, base = Hit(found[0], 1.0, coverage=1.0), R.base(q)
        if key != "venue":  # the whole field ("01 buổi, từ 07 giờ 30 phút, thứ Sáu, ngày 17/4/2026"): hour and day
            kind = {"lead": I.LEAD, "coordinators": I.COORDINATORS}.get(key, I.TIMING)
            return self._field_answer(q.text, kind, [(hit, 1.0)], base, same_activity=False)
        return self._pattern_fact(q.text, q.intent.needs, [hit], base)

    def _unit_role(self, q: "Q.Question") -> Answer | None:
        """"Giám sát SOC thì Công an tỉnh có vai trò gì?": the role the activity's fields give the unit named
        (chủ trì, phối hợp, thực hiện, chỉ đạo), from the best section naming it in one — in each plan the question
        names, when it names several; None when none does."""
        names = q.unit_names
        topic, lang = self._scoped_topic(q), q.language
        lines, citations = [], []
        for group in [list(g) for g in q.mentions] or [None]:
            prefer = {d: 3.0 for d in group} if group else None
            hits = [h for h in self.engine.search(q.focus, k=10, prefer=prefer, topic=topic)
                    if not group or h.document in group]
            found = self._role_in(hits, topic, names)
            if found is None:
                continue
            h, key, value = found
            unit = next((u.name for u in q.units if any(f" {fold(v)} " in f" {value} " for v in (u.name, *u.variants)
                                                          if v)), q.units[0].name)
            prose = self._prose_line(h.chunk, key) or self._field_line(h.chunk, key)
            ref, name = self._ref(h.chunk, lang), C.plan_name(self.engine, h.document, lang)
            lines.append(f"{unit} {L.reply(f'role_{key}', lang)} ({ref}, {name})"
                         + (f": “{_clip(squash(prose), 400)}”" if prose else "."))
            citations.append(self._cite(h.chunk, [h.chunk.text.split("\n")[0], prose]))
        if not lines:
            return None
        base = R.base(q, I.LEAD)
        base.answer, base.grounded, base.citations = "\n".join(lines), True, citations
        return base

    def _role_in(self, hits: list[Hit], topic: list[str], names: set[str]) -> tuple[Hit, str, str] | None:
        """(section, field, its folded value) of the best-found section whose fields name one of ``names``."""
        for h, score in self._rerank(topic, hits)[:5]:
            if score < MIN_COVERAGE:
                break
            for key in ("lead", "coordinators", "executor", "director"):
                value = " ".join(fold(h.fields.get(key, "")).split())
                if value and any(f" {n} " in f" {value} " for n in names):
                    return h, key, value
        return None

    def _spelt_in(self, word: str, said: set[str]) -> bool:
        """``word`` an abbreviation whose every word the title writes ("cchc" of "cải cách hành chính")."""
        a = self.engine.abbreviations.lookup(word)
        return a is not None and set(folded_tokens(a.expansion)) <= said

    def _places(self) -> tuple[str, ...]:
        """The places the plans are of (folded), as the register read them."""
        return self.engine.register.places if self.engine.register is not None else ()

    def _unit_section(self, q: "Q.Question", scope) -> Chunk | None:
        """The one section headed by what the question names, whole ("1.1. Đoàn kiểm tra số 1"): a body the
        register knows, or a title of three words or more written in the question."""
        named = q.unit_names
        said = f" {' '.join(folded_tokens(q.text))} "
        headed = []
        for c in self.engine.chunks:
            if c.part or (scope and c.document not in scope) or not c.heading:
                continue
            heading = folded_tokens(c.heading)
            if " ".join(heading) in named or 3 <= len(heading) <= 2 * TITLE_WORDS and f" {' '.join(heading)} " in said \
                    and not _UNIT_HEAD_BEFORE.search(said.split(f" {' '.join(heading)} ")[0]):
                # … but not the tail of a body's name ("Trung tâm Chuyển đổi số tỉnh" names no section "Chuyển đổi số")
                headed.append(c)
        # the longest heading the question writes whole ("Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh", not
        # the "Giải quyết TTHC" inside it); two of that length name nothing for sure
        longest = max((len(folded_tokens(c.heading)) for c in headed), default=0)
        headed = [c for c in headed if len(folded_tokens(c.heading)) == longest]
        return headed[0] if len(headed) == 1 else None

    def _table_rows(self, q: "Q.Question") -> Answer | None:
        """"Đoàn số 2 kiểm tra những đơn vị nào?", "Ngày 17/4 làm việc ở đâu?", "Xã Bản Viền do đoàn nào kiểm
        tra?", "Những lớp nào học tại Trường Chính trị tỉnh?": the rows of a table found for the question that hold
        what it names, when only some rows do; or the rows of the group row it names ("những thủ tục xây dựng nào")."""
        scope = {d for g in q.mentions for d in g} or set(q.places)
        places = self._places()
        # what is asked for ("những đơn vị nào", "đoàn nào"): a table whose columns hold it; a question naming a
        # section whole asks of that section, unless what it asks for is a column of the table
        m = re.search(r"(\w+(?: \w+)?) (?:nao|gi)\b", q.folded)
        asked = set(m.group(1).split()) - {"nhung", "cac"} if m else set()
        # the sections with a table some of whose rows the question names: most questions name none, and need
        # no second search (string work on the few sections that hold a data table)
        who = q.intent.kind == I.LEAD  # "ai lo việc …": only a table with a column of units says who
        under_all = RS.table_rows_under(self.engine)
        picked: dict[int, list[str]] = {}
        row_chunks: dict[int, list[Chunk]] = {}
        holding = sorted(set(self._lookups().with_tables) | {self.engine.by_id[c.id] for c in RS.holders(self.engine)})
        for i in holding:
            chunk = self.engine.chunks[i]
            if (scope and chunk.document not in scope) or (who and not _has_unit_column(chunk)):
                continue
            rows = _rows_named(q.folded, chunk, places)
            if rows:
                picked[i] = rows
                continue
            # a table whose rows are sections of their own: those whose cell the question writes whole, or those
            # of the group row it names — of a table whose words name what is asked for, when "… nào" asks
            under = [r for r in under_all.get((chunk.document, chunk.section), ()) if not RS.is_group(r, under_all)]
            if len(under) < 2 or q.intent.kind == I.GENERAL and not asked & RS.table_words(self.engine, chunk, under):
                continue
            found = RS.rows_by_cell(q.folded, under)
            if not found:
                groups = {r.section for r in under_all[(chunk.document, chunk.section)] if RS.is_group(r, under_all)}
                group = RS.named_group(self.engine, *RS.asked_words(q), chunk.document, groups, under_all)
                found = [r for r in under_all.get((chunk.document, group), ()) if not RS.is_group(r, under_all)]
            if found:
                picked[i], row_chunks[i] = [RS.row_line(r) for r in found], found
        if not picked:
            return None
        own = self._unit_section(q, scope)
        for h in self.engine.search(q.focus, k=5, topic=self._scoped_topic(q)):
            if h.coverage < MIN_COVERAGE or (scope and h.document not in scope) \
                    or (q.section and not _within(h.section, q.section)):  # "trong Phụ lục I": not Phụ lục II's rows
                continue
            if own is not None and own.id != h.chunk.id and self._container(Hit(own, 0.0)):
                return None  # "Nâng cấp Hệ thống … gồm những nội dung gì": the section so headed lists them, not
                # a budget table's row of that name
            for _, header, _ in _tables(h.chunk):
                if own is not None and not asked & set(folded_tokens(header)):
                    return None
            i = self.engine.by_id[h.chunk.id]
            if i not in picked:  # a row of a table whose rows are sections: the rows picked of its table
                holder = self._table_holder(h, under_all)
                i = self.engine.by_id[holder.id] if holder is not None and self.engine.by_id[holder.id] in row_chunks \
                    else i
            if i in row_chunks:
                return self._rows_answer(R.base(q), row_chunks[i])
            if i in picked:
                return self._bullet_answer(R.base(q), h, picked[i])
        # no section found is such a table: the one table of rows found whose words name the things asked for
        # ("những thủ tục … nào" of "Tên thủ tục hành chính")
        item = re.search(r"\b(?:nhung|cac)\s+(\w+(?: \w+)?)\b.*\bnao\b", q.folded)
        named = [i for i in row_chunks if item and set(item.group(1).split())
                 <= RS.table_words(self.engine, self.engine.chunks[i], row_chunks[i])]
        if len(named) == 1:
            return self._rows_answer(R.base(q), row_chunks[named[0]])
        return None

    def _table_holder(self, h: Hit, rows_under) -> Chunk | None:
        """The section holding the table the hit is, or is a row of."""
        path = RS.table_of(self.engine, h.document, h.section, rows_under)
        return self.engine.chunk(h.document, path) if path else None

    def _rows_answer(self, base: Answer, rows: list[Chunk]) -> Answer:
        """Table rows that are sections of their own, each with its cells and its row number, each cited."""
        lang = base.language
        name = C.plan_name(self.engine, rows[0].document, lang)
        head = f"Theo {name}:" if lang == "vi" else f"According to {name}:"
        lines = [f"- {squash(r.heading)} ({self._ref(r, lang)}): "
                 + "; ".join(f"{col}: {val}" for col, val in RS.fields(r).items()) for r in rows[:10]]
        base.answer = "\n".join([head, *lines])
        base.grounded = True
        base.citations = [self._cite(r, r.text.split("\n")[:1]) for r in rows[:10]]
        return base

    def _stated_count(self, q: "Q.Question") -> Answer | None:
        """A count the plan writes itself ("Thành lập 02 Đoàn kiểm tra", "07 xã, thị trấn: …", "đã ban hành 04 kế
        hoạch") answers "mấy đoàn", "bao nhiêu xã" before any count of a section's parts."""
        nouns = counted_nouns(q.text, self._pair_words())
        if not nouns:
            return None
        scope = {d for g in q.mentions for d in g} or set(q.places)
        hits = [h for h in self.engine.search(q.focus, k=8, topic=self._scoped_topic(q))
                if h.coverage >= MIN_COVERAGE and (not scope or h.document in scope)]
        if not hits:
            return None
        several = len(re.findall(_HOW_MANY, q.folded)) > 1
        stated = self._figure(q.text, fold(nouns[0].split()[0]), hits, R.base(q), q.intent, several)
        if len(nouns) > 1:  # "bao nhiêu lớp …, bao nhiêu học viên": a sentence giving a figure beside each, when
            # the one found does not
            counted = [fold(n.split()[0]) for n in nouns]
            if not (stated.grounded and any(all(_figure_value(c.quote, n) for n in counted) for c in stated.citations)):
                years = re.findall(r"\b20\d\d\b", q.text)  # "năm 2025 … mấy hội nghị": of that year, if it says one
                of_year = lambda h, s: not years or any(y in f"{h.chunk.breadcrumb} {s}" for y in years)  # noqa: E731
                ev = self._best_sentence(q.text, hits[:5], accept=lambda s: all(_figure_value(s, c) for c in counted)
                                         and of_year(next((h for h in hits[:5] if s in h.chunk.text), hits[0]), s))
                if ev:
                    return self._from_sentence(R.base(q), ev)
        return stated if stated.grounded else None

    def _stated_as(self, q: "Q.Question") -> Answer | None:
        """"Tuyên truyền viên CCHC là ai?", "Chi bộ thông minh được hiểu thế nào?": a sentence of the plans that
        says what the subject is ("Tuyên truyền viên CCHC là công chức, viên chức …"); None when none does."""
        m = _SUBJECT_IS.match(q.folded)
        subject = " ".join(folded_tokens(m.group(1)))
        if len(subject.split()) < 2:
            return None
        said = re.compile(rf"(?:^|[.;:]\s*|\b(?:ma|thi)\s+){re.escape(subject)} (?:la|duoc hieu la|co nghia la) (?!ai\b|gi\b)")
        scope = {d for g in q.mentions for d in g}
        flat = self.engine.derived("answerer.flat_texts", lambda e: [" ".join(fold(c.text).split()) for c in e.chunks])
        hits = [Hit(c, 1.0) for c, text in zip(self.engine.chunks, flat)
                if (not scope or c.document in scope) and said.search(text)]
        ev = self._best_sentence(q.text, hits, accept=lambda s: bool(said.search(" ".join(fold(s).split()))))
        if ev:
            return self._from_sentence(R.base(q, I.DEFINITION), ev)
        if re.search(r"\bla (?:ai|(?:co quan|don vi|to chuc|bo phan) nao)\b", q.folded):
            # "VP UBND tỉnh là cơ quan nào", "Bên B là ai": the body its short form stands for, where a plan defines
            # one — the subject being the short form itself ("đầu mối Bên A là ai" asks who acts for it)
            # (a party's name written in capitals, "CÔNG TY CỔ PHẦN …", names a body whatever its first word)
            bodies = [a for a in self.engine.abbreviations.in_text(q.text) if a.document and (_UNIT_HEAD_START.match(
                fold(a.expansion).lower()) or a.expansion.isupper())]
            named = {w for a in bodies for w in folded_tokens(a.short)} | {"va"}
            if re.search(r"\bla ai\b", q.folded) and not set(folded_tokens(m.group(1))) <= named:
                return None
            return self._definition(q.text, R.base(q, I.DEFINITION), q.mentions) if bodies else None
        return None

    def _alias_of(self, q: "Q.Question") -> Answer | None:
        return self._alias(q, R.base(q, I.DEFINITION))

    @staticmethod
    def _english(q: "Q.Question") -> str:
        return f"{q.text} {q.english_terms}" if q.language == "en" else q.text

    @staticmethod
    def _sectioned(q: "Q.Question") -> I.Intent:
        """The intent a one-section answer works with: a unit's activities none of which it leads ("Sở X chủ trì
        những việc gì?" with no such lead field) is a general question."""
        return replace(q.intent, kind=I.GENERAL) if q.intent.kind == I.REVERSE else q.intent

    def _named_section(self, q: "Q.Question") -> Answer | None:
        """"Mục III của kế hoạch 281 nói gì?", "Phụ lục có những gì?": the section named, in the plan named (or
        the one plan that has it): its parts, or its lines. None when no plan, or several, have it."""
        docs = [d for g in q.mentions for d in g] or [d["document"] for d in self.engine.documents()]
        found = [c for c in (self._section_chunk(d, q.section) for d in dict.fromkeys(docs)) if c is not None] \
            or [c for c in (self._section_chunk(d, q.section, named=True) for d in dict.fromkeys(docs)) if c]
        if len(found) != 1:
            return None
        c, lang, base = found[0], q.language, R.base(q, I.LIST)
        name = C.plan_name(self.engine, c.document, lang)
        kids = [k for k in (self.engine.chunk(c.document, p) for p in self._container(Hit(c, 1.0))) if k]
        part = self._part_named(c, q)  # "nhóm dữ liệu số trong phụ lục I": the part of it the question names
        if part is not c:
            c = part
            kids = [k for k in (self.engine.chunk(c.document, p) for p in self._container(Hit(c, 1.0))) if k]
        if not kids and not [line for line in logical_lines(c.text)[1:] if line.strip()]:
            return None  # a heading alone ("PHỤ LỤC I" over the plan it attaches): what it holds is read elsewhere
        if kids:
            acts = self._activities_by_section(c.document)
            items = [f"- {k.section}. {_clip(k.heading, 170)}{_item_fields(acts.get(k.section))}" for k in kids]
        else:
            items = [line for line in logical_lines(c.text)[1:] if line.strip()][:12] or [c.text]
            items = [item for line in items for item in (_lettered(line) or [line])]
        head = (f"{_upper_first(self._ref(c, lang))} – {_clip(c.heading, 80)} ({name})"
                + (f" gồm {len(kids)} nội dung:" if kids else ":") if lang == "vi" else
                f"{_upper_first(self._ref(c, lang))} – {_clip(c.heading, 80)} ({name})"
                + (f" lists {len(kids)} items:" if kids else ":"))
        base.answer = "\n".join([head] + [_clip(i, 300) for i in items])
        base.grounded = True
        base.citations = [self._cite(c, [c.text.split("\n")[0]])] + [
            self._cite(k, [k.text.split("\n")[0]]) for k in kids[:LISTED_CITED]]
        return base

    def _part_named(self, c: Chunk, q: "Q.Question") -> Chunk:
        """The part of section ``c`` whose heading the question names ("nhóm dữ liệu số" of "Phụ lục I", "lĩnh
        vực Hộ tịch" of "Phụ lục"): the one descendant whose heading holds the most of its topic words (two or
        more, more than ``c``'s own heading does); ``c`` when none does."""
        words = set(self._without_plan_names(list(q.topic), q.mentions, text=q.text))
        said = {k.section: (len(words & set(folded_tokens(k.heading))), k)
                for k in self._lookups().of_document(self.engine.chunks, c.document)
                if not k.part and k.section.startswith(f"{c.section}.")}
        best = max((n for n, _ in said.values()), default=0)
        tops = [k for n, k in said.values() if n == best]
        shallow = min((k.section.count(".") for k in tops), default=0)  # a group before the rows under it
        tops = [k for k in tops if k.section.count(".") == shallow]
        if best >= 2 and len(tops) == 1 and best > len(words & set(folded_tokens(c.heading))):
            return tops[0]
        return c

    def _section_chunk(self, document: str, path: str, named: bool = False) -> Chunk | None:
        """The section ``path`` of ``document``; "Phụ lục" alone: its (first) appendix. ``named``: the one section
        the name points at as a reader writes it ("mục 2.2.1" for "Phần II.II.2.2.1": index.parser.resolve_name),
        asked when no plan has the path itself."""
        if not named:
            for candidate in ([path] if path != "Phụ lục" else [path, "Phụ lục I", "Phụ lục 1"]):
                chunk = self.engine.chunk(document, candidate)
                if chunk is not None:
                    return chunk
            return None
        own = [c for c in self._lookups().of_document(self.engine.chunks, document) if not c.part]
        rows = [c.section for c in own if c.kind == "row"]
        groups = {r for r in rows if any(q.startswith(r + ".") for q in rows)}  # a task table's group rows
        found = resolve_name(path, [c.section for c in own], groups)
        return self.engine.chunk(document, found) if found else None

    def _no_plan_of_place(self, q: "Q.Question") -> Answer:
        """A place no indexed text names: no plan of it is held, and another place's plan does not answer."""
        base = R.base(q)
        base.answer = L.reply("no_place", q.language).format(place=q.unknown_place)
        return base

    def _no_topic(self, q: "Q.Question") -> bool:
        """Nothing says which activity is meant: no topic, plan, unit, period or place, and no previous turn."""
        if q.follow_up or q.topic or q.plans or q.units or q.period is not None or q.places or q.years or q.cited \
                or q.section:
            return False
        if q.intent.kind == I.REVERSE or q.intent.needs in ("url", "basis", "number", "signer", "date", "recipient"):
            return False
        # a field, a list, a figure asked of nothing named ("Kế hoạch này nói gì?", "Có những gì?", "Bao nhiêu?")
        return q.intent.kind in (I.LEAD, I.COORDINATORS, I.TIMING, I.FREQUENCY, I.GENERAL, I.LIST, I.FACT) \
            or not q.content

    def _scoped_topic(self, q: "Q.Question") -> list[str]:
        topic = list(q.search_topic)
        if not q.mentions:
            return topic
        # what is counted is asked about, though a plan's type names it too ("ban hành bao nhiêu kế hoạch")
        counted = {w for n in counted_nouns(q.text, self._pair_words()) for w in fold(n).split()}
        return self._without_plan_names(topic, q.mentions, keep=counted, text=q.text)

    def _across(self, q: "Q.Question") -> Answer:
        lexical_query = q.focus if q.follow_up else None  # the new question counts twice
        if lexical_query:
            lexical_query = f"{q.text} {q.focus}"
        return self._across_plans(q.text, q.focus, self._sectioned(q), q.mentions, self._scoped_topic(q),
                                  R.base(q), lexical_query, q.topic, self._about(q))

    @staticmethod
    def _about(q: "Q.Question") -> str:
        """The word a person's name must be found next to ("giám đốc" for the director's name, "liên hệ" for whom
        to contact)."""
        if q.intent.needs != "person":
            return ""
        if re.search(r"\blien he\b|\bcontact", q.folded):
            return "lien he"
        role = next((t for t in _ROLE_TITLES if re.search(rf"\b{t}\b", q.folded)), None)
        if role:  # "ai làm Trưởng ban", "do ai làm tổ trưởng": the role named, wherever the question names it
            return role
        office = next((t for t in _OFFICE_TITLES if re.search(rf"\b{t}\b", q.folded)), None) \
            if q.language == "vi" else None
        if office:  # "trong hợp đồng ai là giám đốc dự án": the title of office, not the document named before it
            return f"pho {office}" if re.search(rf"\bpho {office}\b", q.folded) else office
        words = q.content or ("",)
        # a title is two syllables as often as not ("chủ tịch", "giám đốc"), a deputy's three ("phó giám đốc")
        title = " ".join(words[:3 if words[0] == "pho" else 2])
        return title if len(words) > 1 and title in q.folded else words[0]

    def _retrieved(self, q: "Q.Question") -> Answer:
        """The fallback: the best sections for the question, answered by the kind asked, or declined."""
        intent, mentions = self._sectioned(q), q.mentions
        if not q.search_topic and q.topic and not (q.plans or q.units or q.places or q.section):
            # an English question none of whose words the plans' terms translate ("the weather in Hanoi"): nothing
            # to look for, and any section would be a guess
            return self._decline(R.base(q, intent.kind), intent, [])
        topic = self._scoped_topic(q)
        lexical_query = f"{q.text} {q.focus}" if q.follow_up else None
        if not q.topic and intent.needs in _NEED_WORDS["vi"]:
            # "Trung tâm … làm việc những ngày nào, mấy giờ?": nothing but the datum asked names what to look for
            lexical_query = f"{lexical_query or q.focus} {_NEED_WORDS['vi'][intent.needs]}"
        strong = mentions[0] if mentions and mentions[0].strong else None
        if strong is None and q.places:  # "… ở Ninh Thuận": the plans of that place
            strong = sorted(q.places)
        prefer = {d: 3.0 for d in strong} if strong else None
        hits = self.engine.search(q.focus, k=10, prefer=prefer, lexical_query=lexical_query, topic=topic)
        if strong:
            kept = [h for h in hits if h.document in strong]
            # the plan named holds nothing the question asks about, another does ("ai quán triệt KH 18 ở hội
            # nghị": the conference plan that has KH 18 explained, not KH 18's letterhead): that one
            elsewhere = not any(h.coverage >= MIN_COVERAGE for h in kept) and mentions and not q.places \
                and any(h.coverage >= MIN_COVERAGE for h in hits if h.document not in strong)
            hits = kept if (kept and not elsewhere) or (q.places and not mentions) else hits  # a named place is a hard limit
        hits = self._of_years_without_plan([int(y) for y in _single_years(q.text)], hits)
        if not q.yes_no:
            hits = _task_zones(hits, intent, q.folded)
        if q.section:  # "theo phụ lục …", "ở mục III": the sections under the one named, if any were found
            hits = [h for h in hits if _within(h.section, q.section)] or hits
        ranked = self._unit_first(q, self._rerank(topic, hits))
        base = R.base(q, intent.kind)
        named = self._rows_named(q.text, hits)
        rows = self._of_group_named(q.text, named)
        if len(rows) >= 2:  # "xã A với xã B, xã nào nhiều hồ sơ quá hạn hơn": each row's value of the column asked
            return self._rows_side_by_side(rows, base)
        if len(rows) == 1 and len(named) >= 2:  # "giải nhất tuần": the row of the group named, of rows of that name
            h, sentence, value = rows[0]  # under several groups
            return self._from_sentence(base, _Evidence(h, sentence), value=value)
        if intent.kind == I.FACT and intent.needs == "figure" and ranked and ranked[0][1] >= MIN_COVERAGE:
            several = len(re.findall(_HOW_MANY, q.folded)) > 1
            return self._figure(q.text, q.counted, [h for h, _ in ranked], base, intent, several,
                                whole_plan=not q.about and len(q.mentions) == 1, shares_ok=True)
        # a follow-up's sentence is chosen by what the conversation is about, not the bare "bao lâu một lần?"
        return self._from_ranked(q.focus if q.follow_up else q.text, intent, ranked, base, restricted=bool(strong),
                                 about=self._about(q), cited=q.cited, scoring=None if q.follow_up else _unnamed(q, self.engine))

    @staticmethod
    def _unit_first(q: "Q.Question", ranked: list[tuple[Hit, float]]) -> list[tuple[Hit, float]]:
        """Of the sections found as well as the best, one whose heading opens with a unit the question names ("1.
        Sở Khoa học và Công nghệ: … báo cáo …" for "Sở KHCN báo cáo … thế nào") first."""
        if not ranked or not q.units:
            return ranked
        names = tuple(f"{n} " for n in q.unit_names)
        top = ranked[0][1]
        for i, (h, score) in enumerate(ranked[:3]):
            if score < top - TIE:
                break
            if f"{' '.join(folded_tokens(h.chunk.heading))} ".startswith(names):
                return [ranked[i]] + ranked[:i] + ranked[i + 1:]
        return ranked

    def _coordinated(self, q: "Q.Question", documents: set[str] | None) -> Answer | None:
        """A unit that leads nothing asked about: what it coordinates there, said as such — rather than a
        confident "nothing" ("Bưu điện tỉnh có vai trò gì trong Đề án …" of a body that only ever supports)."""
        if q.roles == ("coordinators",):
            return None
        found = C.unit_duties(self.engine, self.engine.register, q.units, ("coordinators",), documents, q.period,
                              R.base(q, q.asks))
        if not found.grounded:
            return None
        found.answer = f"{L.reply('leads_none', q.language)}\n{found.answer}"
        return found

    def _rows_named(self, question: str, hits: list[Hit]) -> list[tuple[Hit, str, str]]:
        """The data-table rows the question names by name, each with the value it asks of them: (section, row,
        value), one per row, in the order found."""
        found, seen = [], set()
        for h, sentence, _ in self._sentences(hits):
            cell = named_row_cell(sentence, question) if names_row(sentence, question) else None
            if cell and sentence not in seen:
                seen.add(sentence)
                found.append((h, sentence, *cell))
        # a row of another table that the question's words pick no column of, only its year ("Sở Y tế, điểm
        # CCHC 2025": not the "Hồ sơ đã giải quyết năm 2025" of a survey's table beside the index's)
        said = [f for f in found if column_says(f[2], f[1], question)] or found
        return [(h, sentence, value) for h, sentence, _, value in said]

    def _of_group_named(self, question: str, rows: list[tuple[Hit, str, str]]) -> list[tuple[Hit, str, str]]:
        """Of rows of one name under several groups ("Giải Nhất" of "GIẢI TUẦN" and of "GIẢI CHUNG CUỘC"), those
        whose group the question names ("giải nhất tuần"), when it names some and not all; else ``rows``."""
        asked = set(folded_tokens(question))
        named = [r for r in rows if asked & (set(folded_tokens(self._group_heading(r[0], r[1])))
                                             - set(folded_tokens(r[1])))]
        return named if 0 < len(named) < len(rows) else rows

    @staticmethod
    def _group_heading(hit: Hit, row: str) -> str:
        """The group row a table's row ``row`` of ``hit`` stands under ("I (Giải: GIẢI TUẦN)" above "1 (Giải: Giải
        Nhất, …)"), "" if none: the nearest line above it numbered as a group (I, II …; A, B …)."""
        lines = [squash(line) for line in hit.chunk.text.split("\n")]
        at = next((i for i, line in enumerate(lines) if line == squash(row)), -1)
        for line in reversed(lines[:max(at, 0)]):
            if re.match(r"^(?:[IVXLC]+|[A-ZĐ])\s*\(", line):
                return line
        return ""

    def _rows_side_by_side(self, rows: list[tuple[Hit, str, str]], base: Answer) -> Answer:
        """Each row's value, one per line; the row that has more (or less), first, when that is what is asked."""
        lang = base.language
        # "xã nào nhiều hồ sơ quá hạn hơn": a word of more or of less, and one that compares ("bao nhiêu" is no
        # "nhiều", the "nhất" of "giải nhất", "thứ nhất" no superlative)
        folded = re.sub(r"\bbao nhieu\b|\b(?:giai|thu|hang|loai|lan) nhat\b", " ", fold(base.question))
        compares = L.any_phrase("cues", "comparative").search(folded)
        more = compares and L.any_phrase("cues", "more").search(folded)
        less = compares and L.any_phrase("cues", "less").search(folded)
        more, less = (more, less) if not (more and less) else (None, None)
        amounts = [SX.amount(v) for _, _, v in rows]
        lead = ""
        if (more or less) and None not in amounts and len(set(amounts)) == len(amounts):
            pick = amounts.index(max(amounts) if more else min(amounts))
            lead = f"{_table_row_name(rows[pick][1])} ({rows[pick][2]})\n"
        lines = [f"- {_table_row_name(sentence)}: {value} ({self._ref(h.chunk, lang)}, "
                 f"{C.plan_name(self.engine, h.document, lang)})" for h, sentence, value in rows]
        base.answer = lead + "\n".join(lines)
        base.grounded = True
        base.citations = [self._cite(h.chunk, [sentence]) for h, sentence, _ in rows]
        return base

    def _says_so(self, a: "Q.Question", answer: Answer) -> bool | None:
        """Does the evidence of a yes/no question's answer say what was asked? True, False (it says otherwise),
        None (it does not say). A unit named with a role asked ("Sở X có chủ trì … không?") must be the one the
        cited activity gives that role; otherwise the cited text must hold most of the question's topic
        (weighted by rarity), or it speaks of something else."""
        if not answer.citations:
            return None
        quotes = " ".join(c.quote for c in answer.citations)
        if a.intent.kind in (I.LEAD, I.COORDINATORS) and a.units:
            folded = fold(quotes)
            return any(v in folded for u in a.units for v in u.variants | {fold(u.name)})
        timed = None  # a period asked ("… có tổ chức trong quý III không?"): the cited activity's time says yes or no
        if a.period is not None:
            acts = [act for act in self._cited_activities(answer) if act.spans or act.recurring]
            if acts:
                timed = any(act.recurring or C.in_period(act, a.period) for act in acts)
                if not timed:
                    return False
        idf = self.engine.lexical.idf
        # shorthand in capitals no plan writes ("Báo QN", "người dân, DN"): the quote writes the words out
        # the words it says itself: a later part ("…, thứ 7 có làm không?") is searched with the first part's topic,
        # but asks only of what it says
        words = [w for w in a.topic if w not in _PLAN_NAME_WORDS and not (w in a.initials and w not in idf)
                 and (w in a.content or not a.follow_up)]
        topic = words + [f"{x}_{y}" for x, y in zip(words, words[1:])]  # "hội chợ" is not "hội nghị … cho"
        # a syllable no plan has weighs the most; a two-syllable phrase no plan has ("hội chợ", "ẩm thực") weighs
        # as an average word: the plans lack it, though each syllable is common
        rarest = max(idf.values(), default=1.0) if a.language == "vi" else 0.0  # an English word is in no plan
        weight = {w: idf.get(w, rarest) for w in words}
        average = sum(weight.values()) / len(weight) if weight else 0.0
        weight.update({w: idf.get(w, average) for w in topic[len(words):]})
        total = sum(weight.values())
        if not total:  # no word of it is in any plan (an English question's untranslated words), or no topic at all
            # ("thứ 7 có làm không?"): not said — unless the time asked is the cited activity's
            return True if timed else None
        expanded = self.engine.abbreviations.expand_query(quotes)  # "TTHC" said as "thủ tục hành chính"
        toks = folded_tokens(expanded)
        have = set(toks) | {f"{x}_{y}" for x, y in zip(toks, toks[1:])}
        # a word written with its diacritics is said only as written ("thứ 7" is not the "thủ" of "thủ tục")
        accented = {fold(t): t.lower() for t in tokens(a.text) if fold(t) != t.lower()}
        written = {t.lower() for t in tokens(expanded)}
        have = {w for w in have if w not in accented or accented[w] in written}
        return True if sum(v for w, v in weight.items() if w in have) / total >= YES_SHARE else None

    def _signer_by_title(self, q: "Q.Question") -> Answer | None:
        """"Chủ tịch UBND phường X tên gì?": the one who signs a document of that body with that title (its last
        words: "… CHỦ TỊCH"; a deputy signing "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" is not the Chủ tịch)."""
        asked = f" {' '.join(folded_tokens(q.text))} "
        everyone = [d["document"] for d in self.engine.documents()]
        issued = [d for d in everyone if f" {_short_issuer(self.engine.document(d))} " in asked]  # "UBND tỉnh X"
        scope = issued or {d for g in q.mentions for d in g} or set(q.places)
        if not scope:
            return None
        found = []
        for name in sorted(scope):
            doc = self.engine.document(name) or {}
            words = folded_tokens(doc.get("signer_title") or "")
            if not doc.get("signer"):
                continue
            for n in range(len(words), 1, -1):
                if f" {' '.join(words[-n:])} " in asked:
                    deputy = n < len(words) and words[-n - 1] == "pho"
                    if not deputy:
                        found.append(name)
                    break
        if len(found) != 1:
            return None
        text, citation = self._one_document_fact(found[0], "signer", q.language)
        base = R.base(q)
        base.answer, base.grounded, base.citations = text, citation is not None, [citation] if citation else []
        return base

    def _named_row(self, question: str, hits: list[Hit], base: Answer, counted: str = "") -> Answer | None:
        """A data table's row the question names, answered by the column it asks ("Năm 2026" of the row
        "Trang bị Khu vực tự phục vụ …"); None when no row is named or no column asked."""
        for h, sentence, _ in self._sentences(hits):
            if names_row(sentence, question):
                value = named_row_value(sentence, question, counted)
                unit = _UNIT_OF_MEASURE.search(h.chunk.text)  # above the table
                if value and unit and not re.search(r"[^\W\d_]", value):
                    value = f"{value} {unit.group(1).strip(' .)')}"
                if value:
                    return self._from_sentence(base, _Evidence(h, sentence), value=value)
        return None

    def _figure(self, question: str, counted: str, hits: list[Hit], base: Answer, intent: I.Intent,
                several: bool = False, whole_plan: bool = False, shares_ok: bool = False) -> Answer:
        """'Bao nhiêu …': only a sentence with a figure (not a year), naming what is counted, answers it; and for
        a year no plan is of, only a sentence naming that year. ``several``: it asks more than one figure ("bao
        nhiêu hồ sơ, chiếm tỷ lệ bao nhiêu"), so the sentence is quoted as a whole, no one value first.
        ``shares_ok``: the last reading tried (no other route follows), where a share of what is counted ("5% số
        người") answers when no sentence gives a count.
        ``whole_plan``: every word asked is the one plan's title ("Sở X tự chấm bao nhiêu điểm chỉ số CCHC" of its
        self-assessment report): no section is found by its topic, so the plan's own sentences are read for it."""
        unknown = self._years_asked_beyond_plans(question, hits[:3])  # else a heading names it
        # "bao nhiêu hồ sơ": a number next to the noun counted, not any figure of a sentence that names it
        counts_noun = bool(counted) and counted != "%" and bool(
            re.search(rf"\b(?:bao nhieu|may|how many)\s+{re.escape(counted)}\b", fold(question)))

        places = self._places()
        tabled = _rows_counting(hits[:3], counted, question, places) if counts_noun else {}
        def before(s: str) -> str:  # "Năm 2025, …; Chỉ số … đạt 83,15 điểm.": the paragraph's words up to it, and
            # the headings above it ("I. KẾT QUẢ NĂM 2025 › 2. Tồn tại, hạn chế": its year)
            for h in hits[:3]:
                for line in h.chunk.text.split("\n"):
                    at = line.find(s[:40])
                    if at >= 0:
                        return f"{h.chunk.breadcrumb} {line[:at]}"
            return ""
        # a row whose unit is a cell of its own ("- Đơn vị tính: %", "- Đơn vị tính: dịch vụ"): its figures' unit
        units = {" ".join(line.split()): m.group(1).strip(" .)") for h in hits[:3]
                 for m in [_UNIT_OF_MEASURE.search(h.chunk.text)] if m for line in h.chunk.text.split("\n")}
        within = lambda s: f"{tabled.get(' '.join(s.split()), '')} {before(s)} {s} {units.get(' '.join(s.split()), '')}"  # noqa: E731 (a row with its caption)
        # an index asked by a name of its own ("Chỉ số SIPAS … đạt bao nhiêu": letters that spell no words of what
        # it stands for, unlike "TTHC"): a figure of a sentence, or a section, that names it, not any nearby
        known = self.engine.abbreviations.in_text(question)
        named = [a for a in known if re.fullmatch(r"[A-ZĐ ]{2,}", a.short) and not spells(a.short, a.expansion.split())]
        # and an index the plans name but never spell out ("Chỉ số PAPI"); "Chỉ số CCHC" is spelt out as the
        # words it stands for ("Chỉ số cải cách hành chính"), so any sentence writing those names it
        shorts = {fold(a.short) for a in known}
        named += [SimpleNamespace(short=w, expansion=w) for w in _INDEX_NAMED.findall(question) if fold(w) not in shorts]
        spoken = {" ".join(t.split()) for h in hits[:3] if any(_names(h.chunk.breadcrumb, a) for a in named)
                  for _, t, _ in self._sentences([h])}
        of_index = (lambda s: " ".join(s.split()) in spoken  # noqa: E731
                    or all(_names(within(s), a) for a in named)) if named else (lambda s: True)

        def has_figure(s: str) -> bool:
            bare = re.sub(r"\b(?:19|20)\d\d\b|\d+/[A-ZĐ][\w-]*|\b\d{1,2}/\d{1,2}/\d{2,4}\b|^\W*\d+(?:\.\d+)*[.)]\s",
                          " ", s.strip())  # years, document numbers, dates and list numbers are no figure
            # a 2027 target is not the 2026 figure
            return bool(re.search(r"\d", bare) or worded(s)) and not (unknown and not all(y in within(s) for y in unknown))

        def worded(s: str) -> bool:  # a count written in words ("tiếp nhận ba nhóm TTHC")
            return counts_noun and bool(re.search(rf"\b(?:{'|'.join(L.phrases('cues', 'number_word', 'vi'))}) "
                                                  rf"{re.escape(counted)}\b", fold(s)))

        shares = [False]  # a share of what is counted ("5% số người") only when no sentence gives a count

        # a name the question writes ("… của xã Nậm Ngà"), when the sections found write it: a figure of a sentence
        # (with its section's heading) that does not is another's ("phường Khê Sơn: 91,27 điểm")
        # (not one the documents' heads write: the place or body a plan is known by)
        keys = ("title", "issuer", "place", "issuer_body", "parent_body")
        heads = " ".join(fold(" ".join(str(d.get(k) or "") for k in keys))
                         for d in (self.engine.document(n) or {} for n in {h.document for h in hits[:5]}))
        proper = [n for n in map(fold, _PROPER_NAME.findall(question[1:])) if n not in heads]

        def headed(s: str) -> str:  # the sentence's section heading and breadcrumb, where its row names the unit
            h = next((h for h in hits[:3] if s[:40] in h.chunk.text), None)
            return f"{h.chunk.breadcrumb} {h.chunk.heading}" if h is not None else ""

        def accept(s: str, indexed: bool = False) -> bool:
            if not has_figure(s) or not (indexed or of_index(s)):
                return False
            if proper and not all(n in fold(f"{headed(s)} {within(s)}") for n in proper):
                return False
            unit = units.get(" ".join(s.split()), "")
            if counted == "%":
                return "%" in s or unit == "%"
            if counts_noun:
                return bool(_figure_value(s, counted, shares[0]) or _row_figure(s, counted) or worded(s)) \
                    or " ".join(s.split()) in tabled or bool(unit) and self._spelt_in(counted, set(folded_tokens(unit)))
            return not counted or counted in fold(s) or bool(unit) and (
                counted in fold(unit) or self._spelt_in(counted, set(folded_tokens(within(s)))))

        asked_quarters = _quarters(question)
        for h, sentence, _ in self._sentences(hits[:1]):  # a table's row the question names: its column asked
            if several or not names_row(sentence, question) or not of_index(sentence):
                continue
            head = " ".join((self.engine.chunk(h.document, h.section) or h.chunk).text.split("\n")[:2])
            said = _quarters(f"{head} {within(sentence)}")  # the table's caption, above every part of it
            if asked_quarters and said and not said & asked_quarters:
                continue  # a row of the table of Quý I is no answer for Quý II
            cell = named_row_cell(sentence, question, counted)
            if cell and not column_says(cell[0], sentence, question):
                # the row's column is picked by the year alone: the same row in a table found next whose column
                # the question's words name ("Sở Y tế, điểm CCHC 2025": the index's "Tổng điểm", not a survey's
                # "Hồ sơ đã giải quyết năm 2025")
                for h2, other, _ in self._sentences(hits[1:3]):
                    named = names_row(other, question) and of_index(other) and named_row_cell(other, question, counted)
                    if named and column_says(named[0], other, question):
                        return self._from_sentence(base, _Evidence(h2, other), value=named[1])
            value = cell[1] if cell else ""
            if value or accept(sentence):  # the column asked, else the whole row ("chỉ tiêu giao cho X")
                return self._from_sentence(base, _Evidence(h, sentence), value=value)
        years = re.findall(r"\b20\d\d\b", question)  # "chỉ tiêu năm 2026": the 2026 figure, if a section gives it
        # a year asked that is not the plans' own: a figure of another year named ("năm 2026 đạt 85%") is not it
        own = {str((self.engine.document(h.document) or {}).get("year")) for h in hits[:3]}
        other_year = (lambda s: bool(re.findall(r"\b20\d\d\b", within(s)))  # noqa: E731
                      and not any(y in within(s) for y in years)) if years and not set(years) & own else (
            # the plan's own year asked ("chỉ tiêu năm 2026"): a sentence that gives its figure for another year
            # ("đạt 69 điểm vào năm 2028") is not it
            lambda s: bool(re.findall(r"\b20\d\d\b", s)) and not any(y in s for y in years)) if years else None
        # the section found first by far (its words are the question's) answers before any other's sentence
        clear = hits[:1] if len(hits) > 1 and hits[0].coverage >= hits[1].coverage + CLEAR_LEAD else []

        def best(pick) -> _Evidence | None:
            return (self._best_sentence(question, clear, pick) if clear else None) \
                or self._best_sentence(question, hits[:3], pick)

        dated = best(lambda s: accept(s) and any(y in within(s) for y in years)) if years else None
        quarters = _quarters(question)  # "Quý I/2026 … đạt bao nhiêu": the quarter's result, not the year's target
        in_quarter = best(lambda s: accept(s) and bool(_quarters(within(s)) & quarters)) if quarters else None
        dated = in_quarter or dated
        ev = best(lambda s: accept(s) and not (other_year and other_year(s)))
        if ev is None and dated is None and counts_noun and shares_ok:
            shares[0] = True
            ev = best(lambda s: accept(s) and not (other_year and other_year(s)))
        if dated is not None and (ev is None or self._said(question, dated) * 1.2 >= self._said(question, ev)):
            ev = dated  # the sentence of the year asked, unless another names clearly more of what is asked
        top = self.engine.document(hits[0].document) or {} if hits else {}
        if ev is None and whole_plan and hits and all(  # a year asked is the plan's own, or its data's
                y in {str(p) for p in plan_years(top)} or y in top.get("title", "") for y in years):
            held = [Hit(c, 0.0) for c in self._lookups().of_document(self.engine.chunks, hits[0].document)
                    if c.section not in (HEADER, SIGNATURE)]
            # the plan's title names the index asked ("Chỉ số CCHC"): every sentence of it is of that index
            ev = self._best_sentence(question, held, lambda s: accept(s, indexed=True)
                                     and not (other_year and other_year(s)))
        if ev is None or ev.hit.coverage < FAR_BELOW * hits[0].coverage and not whole_plan:
            # a figure of a section that says little of what is asked ("tiền thưởng giải Nhất Hội thi …" answered
            # with the decision's total prize money, while the section naming the contest gives no sum) is no answer
            return self._decline(base, intent, hits)
        # the figure of the clauses the question points at, not the sentence's first
        if several:
            # each figure asked ("mấy hội nghị, xử lý được bao nhiêu kiến nghị") by the sentence its clause points
            # at: a second sentence is quoted when the first does not give it
            more, said = [], set(folded_tokens(ev.quote))
            for clause in _FIGURE_CLAUSES.split(question)[1:]:
                if not _ASKS_FIGURE.search(fold(clause)):
                    continue
                if set(I.content_words(clause)) <= said:
                    continue  # the first sentence names what this clause asks about
                other = self._best_sentence(clause, hits[:3], has_figure)
                if other is not None and other.quote != ev.quote and all(other.quote != e.quote for e in more):
                    more.append(other)
            answer = self._from_sentence(base, ev)
            for other in more[:2]:
                if (other.hit.document, other.hit.section) == (ev.hit.document, ev.hit.section):
                    answer.answer = f"{answer.answer} … “{_clip(squash(other.quote), 400)}”"  # the same section
                    answer.citations = [*answer.citations, self._cite(other.hit.chunk, [other.quote])]
                    continue
                extra = self._from_sentence(Answer(question=base.question, answer="", grounded=False,
                                                   language=base.language, kind=base.kind), other)
                answer.answer = f"{answer.answer}\n{extra.answer}"
                answer.citations = [*answer.citations, *extra.citations]
            return answer
        row = _row_figure(ev.quote, counted, years)
        if row:  # a data table's row: the value of the column of the year asked
            return self._from_sentence(base, ev, value=row)
        if counted:  # the result whose words are the question's, of the sentences that qualify
            # a sentence naming the year asked, or none (the section's own: "tồn tại: … mới đạt 44,8%")
            chosen = lambda s: accept(s) and (not years or any(y in within(s) for y in years)  # noqa: E731
                                              or not re.search(r"\b20\d\d\b", within(s)))
            picked = self._figure_clause(question, ev, chosen, lambda c: _figure_value(c, counted, shares[0]))
            if picked is not None:
                return self._from_sentence(base, picked[0], value=picked[1])
        return self._from_sentence(base, ev, value=_figure_value(self._focus(question, ev.quote), counted, shares[0]))

    def _said(self, question: str, ev: _Evidence) -> float:
        """How much of what ``question`` asks about ``ev``'s sentence names (idf-weighted), its years left out."""
        terms = {t for t in self._question_terms(question) if not re.search(r"\d", t) and t != "nam"}
        return self._score_sentence(terms, ev.quote, "", ev.hit)

    def _heading_list(self, q: "Q.Question", mentions: list, base: Answer) -> Answer | None:
        """'Kế hoạch 281 đưa ra những khẩu hiệu nào?': the section headed by what is asked for, and its items.

        Plans are organised by headings ("III. KHẨU HIỆU TUYÊN TRUYỀN", "IV. HÌNH THỨC TUYÊN TRUYỀN"); a list
        question that names a heading's words, within the plans it names, is answered by that section's items.
        """
        asking = {"nhung", "cac", "nao", "gi", "co", "duoc", "bang", "dua", "ra", "gom"}
        # a heading's abbreviation stands for its words: "… của công tác CCHC" names "cải cách hành chính" too
        spelled = {fold(a.short): set(folded_tokens(a.expansion)) for a in self.engine.abbreviations.by_key.values()
                   if re.search(r"[A-ZĐ]{2}", a.short)}
        topic = set(q.words) - asking
        specific = set(self._without_plan_names(list(q.topic), mentions, text=q.text)) - asking
        scope = q.documents or {d for g in mentions for d in g} or self._issued_by_units(q) or None
        headed = self._unit_section(q, scope) if not topic else None
        if headed is not None:  # "Đoàn kiểm tra số 1 gồm những ai?": the section headed by the body named
            return self._list(self._english(q), [(Hit(headed, 1.0), 1.0)], base, headed=True)
        if not topic or not specific:
            return None
        best, best_key = None, (0, 0.0, 0)
        look = self._lookups()
        chunks = self.engine.chunks
        for i in look.headed_by_any(specific):  # a heading without a specific word is never taken
            c = chunks[i]
            if scope and c.document not in scope:
                continue
            written = look.heading_words[i]
            heading = written.union(*(spelled[w] for w in written if w in spelled))
            matched = len(topic & heading)
            if matched < min(2, len(topic)) or not specific & heading:  # "tổ chức thực hiện" alone names nothing
                continue
            if 2 * len(specific & heading) < len(specific):  # "lồng ghép … nội bộ … qua những hình thức nào"
                continue  # asks within one task, not for the section "HÌNH THỨC TUYÊN TRUYỀN"
            key = (matched, matched / len(written) if written else 0.0, -c.section.count("."))
            if key > best_key:
                kids = self._container(Hit(c, 0.0))
                if len(kids) >= 2 or self._lists_what_is_named(c, q.words):
                    best, best_key, as_written = c, key, len(topic & written)
        if best is None or (scope is None and look.documents_with_chunks > 1
                            and self._ambiguous_heading(best, topic, as_written)):
            return None
        return self._list(self._english(q), [(Hit(best, 1.0), 1.0)], base, headed=True, period=q.period)

    def _issued_by_units(self, q: "Q.Question") -> set[str]:
        """The plans a unit the question names has issued ("… được Sở KHCN tuyên truyền": the Sở's own plan)."""
        named = q.unit_names
        return {d["document"] for d in self.engine.documents()  # of the year asked, if one is
                if named and fold(d.get("issuer_body") or d.get("issuer") or "") in named
                and (not q.years or plan_years(d) & set(q.years))}

    @staticmethod
    def _lists_what_is_named(c: Chunk, words: tuple[str, ...]) -> bool:
        """A section with no sub-sections that lists items in its text ("- …", "a) …") under a heading that is a
        title — a few words, not an activity's sentence — naming two of the question's words side by side
        ("TỒN TẠI, HẠN CHẾ" for "những hạn chế gì")."""
        items = [ln for ln in logical_lines(c.text)[1:] if re.match(r"\s*(?:[-+•–*]|[a-zđ][).])\s", ln)]
        words_of_heading = re.findall(r"\w+", fold(c.heading))
        heading = " " + " ".join(words_of_heading) + " "
        return len(items) >= 2 and len(words_of_heading) <= TITLE_WORDS \
            and any(f" {a} {b} " in heading for a, b in zip(words, words[1:]))

    def _ambiguous_heading(self, best: Chunk, topic: set[str], matched: int) -> bool:
        """Another plan has a section headed the same way: without a plan named, the question is not about one."""
        look = self._lookups()
        for i in look.headed_by_any(topic):  # ``matched`` >= 1: a heading sharing no word never is
            c = self.engine.chunks[i]
            if c.document == best.document:
                continue
            if len(topic & look.heading_words[i]) >= matched:
                return True
        return False

    def _lookups(self) -> Lookups:
        """The per-snapshot tables of assistant/lookups.py."""
        return lookups(self.engine)

    def _with_attached(self, documents: set[str] | None) -> set[str] | None:
        """``documents`` with the parts each one issues ("Quyết định 402" and the Bộ tiêu chí "ban hành kèm theo"
        it, in the same file): what a decision asks of a unit is in what it issues too."""
        if not documents:
            return documents
        out = set(documents)
        for name in documents:
            number = doc_number(self.engine.document(name) or {})
            for other, d in self.engine.manifest["documents"].items():
                if number and other.startswith(f"{name.split('#')[0]}#") and \
                        (d.get("issued_by") or "").split("/")[0] == number:
                    out.add(other)
        return out

    def _compose(self, q: "Q.Question") -> Answer | None:
        """Answers made of many sections (assistant/compose.py): a unit's duties, a period, a plan's tasks, a
        comparison; None when none is found."""
        question, lang = q.text, q.language
        base = Answer(question=question, answer="", grounded=False, language=lang, kind=q.asks)
        register = self.engine.register
        documents = self._with_attached(q.documents)
        if q.years and documents is not None:
            documents = {d for d in documents if plan_years(self.engine.document(d) or {}) & set(q.years)} or documents
        if documents is None and q.years:
            documents = {d["document"] for d in self.engine.documents() if plan_years(d) & set(q.years)} or None
        if q.asks == Q.UNIT_DUTIES:
            found = C.unit_duties(self.engine, register, q.units, q.roles, documents, q.period, base)
            if found.grounded:
                return found
            # the body as the question writes it ("Bưu điện xã An Khê"), where the register's unit of the same
            # name ("Bưu điện tỉnh X") has nothing: the sentences that task the one named
            written = [u for u in Q.bodies_named(q.text, self.engine)
                       if fold(u.name).lower() not in {fold(v.name).lower() for v in q.units}]
            if written:
                own = C.unit_duties(self.engine, register, written, q.roles, documents, q.period, R.base(q, q.asks))
                if own.grounded:
                    return own
            if documents is None:
                return self._coordinated(q, None) or found
            # nothing in the narrowest reading (the plan its words pick): every plan that names the unit,
            # each item under its plan, rather than a confident "nothing"
            wider = C.unit_duties(self.engine, register, q.units, q.roles, None, q.period, R.base(q, q.asks))
            if not wider.grounded:
                if q.period is not None:  # the body named issued the plan named: its own plan's tasks in the period
                    own = C.period_activities(self.engine, register, q.period, documents, R.base(q, Q.PERIOD))
                    if own is not None and own.grounded:
                        return own
                return self._coordinated(q, documents) or found
            wider.answer = f"{L.reply('elsewhere', lang)}\n{wider.answer}"
            return wider
        if q.asks == Q.PERIOD:
            # "hạn trước 30/11", "deadline": what falls due that month, not all that must be done by then
            exact = q.period.deadline and bool(_DEADLINE.search(q.folded))
            only = bool(_ONLY_PERIOD.search(q.folded))  # "chỉ làm trong quý I": wholly inside it
            item = Q.item_asked(q.folded, q.topic)  # "tháng 4 có lớp nào": those under a heading naming "lớp"
            return C.period_activities(self.engine, register, q.period, documents, base, exact_deadline=exact,
                                       only=only, about=q.about if Q.ASKS_ABOUT.search(q.folded) else
                                       (item,) if item else ())
        if q.asks == Q.PLAN_TASKS:
            named = set(q.plans[0])
            covered = register.years_of(named) | {self.engine.document(d).get("year") for d in named}
            if q.years and not covered & set(q.years):  # "kế hoạch năm 2028" of a 2026 - 2027 plan: not this one
                return None
            return C.plan_tasks(self.engine, register, list(q.plans[0]), base,
                                appendix=bool(re.search(r"\bphu luc\b|\bappendix", q.folded)),
                                groups=bool(Q.ASKS_GROUPS.search(q.folded)),
                                about=() if Q.ASKS_GROUPS.search(q.folded) else q.about,
                                under=self._kind_headed(q))
        if q.asks == Q.COMPARE:
            groups = [list(g) for g in q.plans]
            if len(groups) < 2:  # one plan and two years, or years alone: one side per year, named plans first
                named = {d for g in groups for d in g}
                pool = sorted(q.places or {d["document"] for d in self.engine.documents()})
                by_year = [[d for d in pool if y in plan_years(self.engine.document(d) or {})] for y in sorted(set(q.years))]
                groups = [[d for d in g if d in named] or g for g in by_year]
            elif q.places:
                groups = [[d for d in g if d in q.places] or g for g in groups]
            groups = sorted((g for g in groups if g), key=lambda g: min(self.engine.document(d).get("year") or 0
                                                                       for d in g))
            if len(groups) < 2:
                return None
            titles = {w for g in groups for d in g
                      for w in folded_tokens(self.engine.document(d).get("raw_title", ""))}
            topic = {w for w in q.topic if w not in titles and len(w) > 2}
            if topic:  # one task in two plans: each plan's own answer, side by side (the one-section path)
                return None
            show = "added" if Q.ASKS_NEW.search(q.folded) else "dropped" if Q.ASKS_DROPPED.search(q.folded) else "all"
            return C.compare_plans(self.engine, register, groups[0], groups[-1], base, only=topic or None, show=show)
        return None

    def _kind_headed(self, q: "Q.Question") -> tuple[str, ...]:
        """The sections of the plan asked whose heading names the kind of item asked for ("có những sự kiện nào"
        → "3. Tổ chức các sự kiện, hoạt động"): their tasks are the ones asked. () when none does."""
        said = f"{q.folded} {fold(q.english_terms)}" if q.english_terms else q.folded
        kinds = [k for k in L.phrases("cues", "item_kind") if re.search(rf"\b{re.escape(k)}\b", said)]
        if not kinds or not q.plans:
            return ()
        found = []
        for name in q.plans[0]:
            for a in self.engine.register.of_documents({name}):
                path = a.section
                while "." in path:
                    path = path.rsplit(".", 1)[0]
                    c = self.engine.chunk(name, path)
                    if c is not None and any(re.search(rf"\b{re.escape(k)}\b", fold(c.heading)) for k in kinds):
                        found.append(f"{name}::{path}")
                        break
        return tuple(dict.fromkeys(found))

    def _from_ranked(self, question: str, intent: I.Intent, ranked: list[tuple[Hit, float]], base: Answer,
                     restricted: bool, about: str = "", cited: tuple[str, ...] = (), scoring: str | None = None
                     ) -> Answer:
        """``scoring``: the words a sentence is chosen by, when not the whole question (assistant/extractive.py
        _unnamed)."""
        hits = [h for h, _ in ranked]
        if not ranked or ranked[0][1] < self._min_coverage(intent, ranked) or self._unknown_year(question, hits[0]):
            return self._decline(base, intent, hits)
        if intent.kind in (I.LEAD, I.COORDINATORS) and intent.needs in ("day", "duration") \
                and any("timing" in h.fields for h in hits[:1]):
            # "ai chủ trì tọa đàm …, ngày nào": who, and the activity's time beside it
            intent = replace(intent, needs=None, also=tuple(dict.fromkeys((*intent.also, I.TIMING))))
        if intent.kind == I.FACT and intent.needs == "day" and "timing" in hits[0].fields \
                and _EVIDENCE["day"].search(hits[0].fields["timing"]) \
                and sum(bool(_EVIDENCE["day"].search(line)) for line in hits[0].chunk.text.split("\n")) == 1 \
                and (len(ranked) < 2 or ranked[0][1] >= ranked[1][1] + TIE):
            # "lễ phát động … ngày nào" of the activity found first by far, whose time is its one day: its time
            intent = replace(intent, kind=I.TIMING)
        # a timing field answers "khi nào"; "trước ngày nào" wants a day (which "Quý IV/2026" does not give),
        # "trước bao lâu" a length of time
        strict = intent.needs == "duration" or intent.needs == "day" and bool(_ASKS_DAY.search(fold(question)))
        timing_field = intent.kind == I.TIMING and any(
            "timing" in h.fields and (not strict or _EVIDENCE[intent.needs].search(h.fields["timing"]))
            for h in hits[:3])
        if intent.needs in _EVIDENCE and (intent.kind == I.FACT or intent.needs in ("day", "duration", "reason")) \
                and not timing_field:
            row = self._named_row(question, hits[:3], base) if intent.needs in ("money", "figure") else None
            # "năm 2026 bố trí bao nhiêu tiền cho <a budget table's row>": that row's column, not the total above it
            return row or self._pattern_fact(question, intent.needs, hits, base, about=about, cited=cited)
        if intent.kind == I.FACT and intent.needs == "url":
            return self._url(question, hits, base)
        if intent.kind in I.FIELD_KINDS:
            ans = self._field_answer(question, intent.kind, ranked, base, same_activity=not restricted,
                                     also=intent.also)
            if ans:
                return ans
        if intent.kind == I.LIST:
            return self._list(question, ranked, base)
        accept = None
        if intent.kind == I.LEAD:
            # "E.2 Sở Văn hóa…" › "a) Làm đầu mối …": of the sections found as good as the best, one under a unit
            tied = [h for h, score in ranked[:3] if score >= ranked[0][1] - TIE]
            headed = next((h for h in tied if self._unit_above(h.chunk) is not None), None)
            if headed is not None:
                return self._sentence_answer(question, [headed], base)
            accept = lambda s: bool(_UNIT_IN_TEXT.search(s))  # noqa: E731
        elif intent.kind == I.TIMING or intent.needs in ("figure", "day"):
            accept = lambda s: bool(re.search(r"\d", s))  # noqa: E731
        elif intent.kind == I.FREQUENCY:  # "how often": a sentence that says how often, or none
            accept = lambda s: bool(_FREQ_PATTERN.search(s) or _FREQ_WORDS.search(fold(s)))  # noqa: E731
        years = self._years_asked_beyond_plans(question, hits[:2])
        if years:  # "mục tiêu năm 2027": a sentence of that year, not the 2026 one beside it
            kind_ok = accept or (lambda s: True)
            accept = lambda s: kind_ok(s) and all(y in s for y in years)  # noqa: E731
        return self._sentence_answer(scoring or question, hits, base, accept)

    @staticmethod
    def _min_coverage(intent: I.Intent, ranked: list[tuple[Hit, float]]) -> float:
        """The share of the topic the best section must hold. A field asked (who leads, when, how often) of a section
        that has that field and covers clearly more than the next: less of it, as the words of a chat ("trang chuyên
        đề", "báo giấy lẫn báo online") are rarely the plan's own, and the field asked is there to answer."""
        keys = _field_keys(intent.kind) if intent.kind in I.FIELD_KINDS else ()
        best = ranked[0][0] if ranked else None
        if keys and best is not None and any(k in best.fields for k in keys) \
                and (len(ranked) < 2 or ranked[0][1] >= ranked[1][1] + TIE) and not intent.needs:
            return FIELD_MIN_COVERAGE
        return MIN_COVERAGE

    def _cited_activities(self, answer: Answer) -> list:
        """The register's activities of the sections ``answer`` cites."""
        return [act for c in answer.citations if (act := self._activities_by_section(c.document).get(c.section))]

    def _timing_cited(self, answer: Answer) -> str:
        """The time the register gives the activities ``answer`` cites ("Quý III/2025"), "" if none."""
        return "; ".join(dict.fromkeys(act.timing for act in self._cited_activities(answer) if act.timing))

    def _activities_by_section(self, document: str) -> dict:
        """The register's activities of ``document``, by section path (none without a register)."""
        register = self.engine.register
        return {a.section: a for a in register.of_documents({document})} if register is not None else {}

    def _of_subject(self, question: str, ev: _Evidence) -> bool:
        """The sentence (with its section's heading) names a third at least of what the question asks about beyond
        the plan's own name and place: the hours of the centre asked, not of the radio programme in the same plan."""
        doc = self.engine.document(ev.hit.document) or {}
        own = set(folded_tokens(f"{doc.get('title', '')} {doc.get('issuer', '')}"))
        if detect_language(question) == "en":  # its Vietnamese terms and the names it writes, not its English words
            question = in_plans_words(question)
        asked = set(I.content_words(question)) - own
        said = set(folded_tokens(f"{ev.hit.chunk.heading} {ev.hit.chunk.breadcrumb} {ev.quote} "
                                 f"{_owner_line(ev.hit.chunk.text, ev.quote)}"))
        said |= {w for w in asked if self._spelt_in(w, said | own)}  # "PVHCC" asked, "Phục vụ hành chính công" said
        return not asked or len(asked & said) >= SUBJECT_SHARE * len(asked)

    def _years_asked_beyond_plans(self, question: str, hits: list[Hit]) -> list[str]:
        """Years the question names that no plan is of, and the sections found do mention. A year a found
        document's title names is its own (a 2026 report "… năm 2025" is of 2025's results), not beyond it."""
        known = self._lookups().known_years
        titled = {y for h in hits for y in re.findall(r"\b20\d\d\b", (self.engine.document(h.document) or {}).get(
            "title", ""))}
        return [y for y in _single_years(question) if y not in known and y not in titled
                and any(y in h.chunk.text for h in hits)]

    def _across_plans(self, question, focus, intent, mentions, topic, base, lexical_query, about=(),
                      person="") -> Answer:
        """A question that names two plans ("kế hoạch 2023 … và kế hoạch 2025 …"): answer from each."""
        def ranked_in(group) -> list[tuple[Hit, float]]:
            hits = self.engine.search(focus, k=10, prefer={d: 5.0 for d in group}, lexical_query=lexical_query,
                                      topic=topic)
            return self._rerank(topic, _task_zones([h for h in hits if h.document in group], intent, fold(question)))

        # "… chương trình 09 ghi tháng mấy, kế hoạch liên tịch chốt ngày nào": each plan's time as precise as it
        # writes it, a month in one and a day in the other, not only where the question's precision is met
        side_intent = replace(intent, follow_up=False, needs=None if intent.kind == I.TIMING else intent.needs)

        def answer_from(ranked) -> Answer:
            sub = Answer(question=question, answer="", grounded=False, language=base.language, kind=base.kind)
            return self._from_ranked(question, side_intent, ranked, sub, restricted=True, about=person)

        def side(group) -> Answer:
            return answer_from(ranked_in(group))

        mentions = [list(g) for g in mentions[:3]]
        rankings = [ranked_in(g) for g in mentions]
        if len(rankings) == 2 and intent.kind in I.FIELD_KINDS:
            rankings = self._one_task_in_two(rankings, set(about))
        parts = [answer_from(r) for r in rankings]
        answered = [c.document for p in parts if p.grounded for c in p.citations[:1]]
        for i, (group, p) in enumerate(zip(mentions, parts)):
            years = {self.engine.document(d).get("year") for d in group}
            if p.grounded or not answered or len(years) != 1:
                continue
            # The plan taken for that year says nothing on it: the same year's plan of the answered side's series.
            same_year = [d["document"] for d in self.engine.documents() if plan_years(d) & set(years)]
            sides = {d for g in mentions for d in g}  # never another side's plan
            series = [d for d in Q.same_series(same_year, answered, self.engine) if d not in sides]
            if series and series != same_year:
                retry = side(series)
                if retry.grounded:
                    mentions[i], parts[i] = series, retry
        grounded = [p for p in parts if p.grounded]
        if not grounded:
            return self._decline(base, intent, [])
        lines = []
        for group, p in zip(mentions, parts):
            if p.grounded:
                lines.append(p.answer)
            else:
                title = C.plan_name(self.engine, group[0], base.language)
                lines.append(f"{title}: không có thông tin về nội dung này." if base.language == "vi"
                             else f"{title}: no information on this.")
        base.answer = "\n".join(lines)
        base.grounded = True
        base.citations = [c for p in grounded for c in p.citations]
        return base

    @staticmethod
    def _one_task_in_two(rankings: list[list[tuple[Hit, float]]], about: set[str]) -> list[list[tuple[Hit, float]]]:
        """One activity asked about in two plans: the pair of activities that best fits the question *and* each
        other ("kiểm tra công vụ" 2024 ↔ 2025), not each plan's best match on its own; the pair leads each list.

        ``about``: the words of the activity asked about (not the units named as the answer expected); an
        activity is named by its heading, so their share in the heading counts besides the text's coverage.
        """
        def named(h: Hit) -> float:
            return len(about & set(folded_tokens(h.chunk.heading))) / len(about) if about else 0.0

        def tops(ranked):
            return [(i, h, cov + named(h)) for i, (h, cov) in enumerate(ranked[:4])
                    if h.fields and cov >= MIN_COVERAGE]

        a, b = tops(rankings[0]), tops(rankings[1])
        if not a or not b:
            return rankings
        best = max(((x, y) for x in a for y in b),
                    key=lambda p: (p[0][2] + p[1][2] + 0.5 * _overlap(p[0][1].chunk.heading, p[1][1].chunk.heading),
                                   -p[0][0] - p[1][0]))
        out = []
        for ranked, (i, hit, _) in zip(rankings, best):
            out.append([(hit, max(ranked[i][1], ranked[0][1]))] + [r for j, r in enumerate(ranked) if j != i])
        return out

    def _rerank(self, topic: list[str], hits: list[Hit]) -> list[tuple[Hit, float]]:
        """(hit, topic coverage) pairs, in the engine's order (already re-ranked by coverage)."""
        return [(h, h.coverage) for h in hits]

    def _without_plan_names(self, topic: list[str], mentions: list, keep: set[str] = frozenset(),
                            text: str = "") -> list[str]:
        """The topic without the words that name the plans: the cue words of each mention, the plans' numbers
        and years, their issuers as a phrase or by initials ("Sở KHCN") — not every word of an issuer's name
        ("Ngày Khoa học và Công nghệ Việt Nam" is what is asked about, not the Sở)."""
        cues = Q.as_written({w for g in mentions for w in getattr(g, "cues", ())}, text,
                            Q.plan_written(self.engine, {d for g in mentions for d in g}))
        # a document type ("báo cáo", "kế hoạch") names a plan where the mention read it so; elsewhere it is a
        # task ("nộp báo cáo kết quả khi nào")
        words = {w for w in _PLAN_NAME_WORDS if w not in _DOC_TYPE_WORDS} | cues
        phrases = []
        for name in {d for g in mentions for d in g}:
            d = self.engine.document(name) or {}
            issuer = [w for w in folded_tokens(d.get("issuer", "")) if w != "va"]
            phrases.append(issuer)
            initials = "".join(w[0] for w in issuer)
            words |= {initials, initials[1:]} - {""}
            words |= set(folded_tokens(f"{d.get('number', '')} {d.get('year', '')}"))
        words -= keep
        phrases = [p for p in phrases if not set(p) & keep]
        return [t for t in Q.without_phrases(topic, phrases) if t not in words] or topic





    def _of_years_without_plan(self, years: list[int], hits: list[Hit]) -> list[Hit]:
        """A year no plan is of ("năm 2024", asked of 2023 and 2025 plans): the sections that speak of that year
        (a report's "III. Kế hoạch tuyên truyền năm 2024", a target "năm 2023 đạt …"), if any were found."""
        known = self._lookups().known_years
        wanted = [re.compile(rf"(?<!\d){y}(?!\d)") for y in years if str(y) not in known]
        if not wanted:
            return hits
        scoped = [h for h in hits if any(y.search(f"{h.chunk.breadcrumb} {h.chunk.text}") for y in wanted)]
        return scoped or hits

    def _unknown_year(self, question: str, hit: Hit) -> bool:
        """A year no plan covers and the best section never mentions (a plan for 2027). A span ("Đề án 2026 -
        2028", "giai đoạn 2026-2030") is one period: unknown only when none of its years is known or mentioned."""
        known = self._lookups().known_years
        said = f"{hit.chunk.text} {hit.chunk.breadcrumb}"
        return any(not any(y in known or y in said for y in years) for years in _years_said(question))

    # -- answers from activity fields -----------------------------------------------------------
    def _field_answer(self, question: str, kind: str, ranked: list[tuple[Hit, float]], base: Answer,
                      same_activity: bool = True, also: tuple[str, ...] = ()) -> Answer | None:
        keys = _field_keys(kind)
        best, best_cov = ranked[0]
        candidates = [(h, cov) for h, cov in ranked if any(k in h.fields for k in keys)]
        field_is_as_good = candidates and candidates[0][1] >= best_cov - 0.05
        heading_says = False
        if kind in (I.FREQUENCY, I.TIMING) and not any(k in best.fields for k in keys) and not field_is_as_good:
            pattern = _FREQ_PATTERN if kind == I.FREQUENCY else _DATE_PATTERN
            # of the sections found as well as the best, the sentence that says it ("họp định kỳ 06 tháng một lần",
            # not "chủ trì các phiên họp định kỳ" beside it)
            tied = [h for h, cov in ranked[:3] if cov >= best_cov - TIE]
            ev = self._best_sentence(question, tied, accept=lambda s: bool(pattern.search(s))
                                     and not _FIELD_LINE.match(s))
            asked = set(I.content_words(question))  # what it asks about, not its asking words ("ai chủ trì")
            if ev and candidates and candidates[0][1] >= best_cov - HEADING_TIE:
                # the clause that gives the value, with its section's heading: a date beside the words asked, not
                # of them, yields to the activity whose own heading says them (a rare word said outweighs common ones)
                idf = self.engine.lexical.idf
                weight = lambda text: sum(idf.get(w, 0.0) for w in asked & set(content_tokens(text)))  # noqa: E731
                said = max((weight(f"{ev.hit.chunk.heading} {clause}") for clause in _CLAUSE.split(ev.quote)
                            if pattern.search(clause)), default=0.0)
                if weight(candidates[0][0].chunk.heading) > said:
                    ev, heading_says = None, True
            if ev:  # the value asked first ("01 số/tuần — theo …"), then the sentence that gives it
                found = list(dict.fromkeys(m.group(0) for m in pattern.finditer(ev.quote)))
                dates = [v for v in found if not _DAY_TIME.fullmatch(v)]  # a date before a weekday or an hour
                values = (dates or found)[:3]
                return self._from_sentence(base, ev, value=", ".join(values))  # "10/6, 05/12": each one it gives
        # An English question's coverage counts only the words the glossary translates: there the rank decides,
        # and an activity with the field asked for among the first three answers it.
        ranked_in_top = candidates and base.language == "en" and any(candidates[0][0] is h for h, _ in ranked[:3])
        if not candidates or (candidates[0][1] < best_cov - 0.1 and not ranked_in_top and not heading_says):
            kids = [self.engine.chunk(best.document, p) for p in self._container(best)]
            kids = [k for k in kids if k and any(key in k.fields for key in keys)]
            if kids:
                return self._children_fields(base, best, kids, keys)
            return None
        primary = candidates[0][0]
        restated = self._restated(primary, candidates, keys)
        if restated and primary.chunk.kind == "row" and restated[0].chunk.kind != "row":
            # a schedule row in an appendix restating a task of the body: the body's section says it first
            primary, restated = restated[0], [primary] + restated[1:]
        picked = [primary]
        if same_activity:
            seen = {primary.document}
            for h, cov in candidates[1:]:
                overlap = _overlap(h.chunk.heading, primary.chunk.heading)
                # as well matched, or the same heading almost word for word (then a word of the question that only
                # one plan writes, "dịp hè" beside "Hè số cùng VNeID", does not make it another activity)
                if h.document not in seen and overlap >= SAME_ACTIVITY and (
                        cov >= candidates[0][1] - 0.05 or overlap >= SAME_HEADING and cov >= MIN_COVERAGE):
                    picked.append(h)
                    seen.add(h.document)
        lang = base.language
        lines, citations = [], []
        order = (I.LEAD, I.COORDINATORS, I.TIMING, I.FREQUENCY, "budget")  # a compound answer reads lead first
        also = [("lead", "executor", "director") if k == I.LEAD else (k,)
                for k in sorted(also, key=order.index) if k in order]
        for h in picked:
            phrases = [(kind, self._field_phrase(h.chunk, keys, lang))] + [
                (I.LEAD if e[0] == "lead" else e[0], self._field_phrase(h.chunk, e, lang))
                for e in also if any(k in h.fields for k in e)]
            value = "; ".join(p for _, p in sorted(phrases, key=lambda kp: order.index(kp[0])))
            # a row's other cells the question asks ("học ở đâu", "bao nhiêu người", "mã thủ tục")
            extra = [(c, v) for c, v in RS.asked_cells(h.chunk, question) if v not in value]
            if kind == I.TIMING:  # "đợt 1 … từ ngày nào": the section's dated line naming what is asked, beside
                # its time ("- Đợt 1 (cao điểm): từ 15/9 đến 10/10/2026" under "Thời gian: từ 15/9 đến 15/12")
                asked = set(I.content_words(question)) - set(content_tokens(h.chunk.text.split("\n")[0]))
                named = [l.strip(" -+•*") for l in h.chunk.text.split("\n")[1:] if _DATE_PATTERN.search(l)
                         and h.fields.get("timing", "") not in l and len(asked & set(content_tokens(l))) >= 2]
                if named:
                    extra.append(("", max(named, key=lambda l: len(asked & set(content_tokens(l))))))
            value = "; ".join(part.rstrip(":;, ") for part in [value] + [f"{c}: {v}" if c else v for c, v in extra])
            ref = self._ref(h.chunk, lang)
            if len(picked) > 1:
                name = C.plan_name(self.engine, h.document, lang)
                lines.append(f"Theo {name} ({ref}): {value}." if lang == "vi" else f"According to {name} ({ref}): {value}.")
            else:
                name = C.plan_name(self.engine, h.document, lang)
                lines.append(f"{value} ({ref}, {name})." if lang == "vi" else f"{value} ({ref} of {name}).")
            prose = next((p for p in (self._prose_line(h.chunk, k) for k in keys) if p), "")
            if prose:  # the value was read from a sentence ("Giao X chủ trì, …, gửi Sở Y"): the sentence says more
                lines[-1] = f"{lines[-1][:-1]}: “{_clip(prose, 400)}”"
            citations.append(self._cite(h.chunk, [h.chunk.text.split("\n")[0], prose, *[
                self._field_line(h.chunk, k) for k in (*keys, *(k for e in also for k in e)) if k in h.fields],
                *[f"- {c}: {v}" if c else v for c, v in extra]]))
            if h is primary and restated and len(picked) == 1:
                refs = ", ".join(self._ref(r.chunk, lang) for r in restated)
                lines[-1] += f" Cũng ghi tại {refs}." if lang == "vi" else f" Also stated in {refs}."
                citations += [self._cite(r.chunk, [r.chunk.text.split("\n")[0], *[
                    self._field_line(r.chunk, k) for k in keys if k in r.fields]]) for r in restated]
        if len(picked) > 1:
            lines.insert(0, "Hoạt động này có trong nhiều kế hoạch:" if lang == "vi"
                         else "This activity appears in several plans:")
        base.answer = "\n".join(lines)
        base.grounded, base.citations = True, citations
        return base

    @staticmethod
    def _restated(primary: Hit, candidates: list[tuple[Hit, float]], keys: tuple[str, ...]) -> list[Hit]:
        """Other sections of the same document giving the same value for the same activity (a task of the body
        and its row in an appendix schedule): cited beside it, the body's first."""
        def value(h: Hit) -> str:
            return " ".join(fold(h.fields[k]) for k in keys if h.fields.get(k))  # "lead" of one, "executor" of the other

        mine = value(primary)
        out = [h for h, _ in candidates if h is not primary and h.document == primary.document
               and h.section != primary.section and value(h) == mine
               and (h.chunk.kind == "row") != (primary.chunk.kind == "row")  # a section and a table's row
               and _overlap(h.chunk.heading, primary.chunk.heading) >= SAME_ACTIVITY]
        return sorted(out[:2], key=lambda h: h.chunk.kind == "row")

    def _field_phrase(self, chunk: Chunk, keys: tuple[str, ...], lang: str) -> str:
        f, w = chunk.fields, _FIELD_WORDS[lang]
        if keys[0] == "lead":
            parts = [f"{f[k]} {w[k]}" for k in ("lead", "director", "executor") if k in f]
            return "; ".join(parts)
        if keys[0] == "budget" and lang == "vi":  # "Kinh phí dự kiến (triệu đồng): 4.800": its label holds the unit
            line = self._field_line(chunk, "budget").lstrip("-+• ").strip()
            if line:
                return line
        return f"{w[keys[0]]}: {f[keys[0]]}"

    def _prose_line(self, chunk: Chunk, key: str) -> str:
        """The sentence a field written in prose came from, when no "Label: value" line gives it."""
        value = chunk.fields.get(key, "")
        if not value or self._field_line(chunk, key):
            return ""
        return next((line for line in logical_lines(chunk.text) if value in line), "")

    @staticmethod
    def _field_line(chunk: Chunk, key: str) -> str:
        from index.parser import _BULLET, _FIELD, field_kind

        for line in chunk.text.split("\n"):
            m = _FIELD.match(_BULLET.sub("", line, count=1))
            if m and field_kind(m.group("label")) == key:
                return line
        for line in chunk.text.split("\n"):  # a table row's cell, labelled with its column's header
            m = re.match(r"^[-+•]\s*([^:]{2,60}):\s*\S", line)
            if m and tables.column_kinds([m.group(1)])[0] == key:
                return line
        return ""

    def _children_fields(self, base: Answer, parent: Hit, kids: list[Chunk], keys) -> Answer:
        lang = base.language
        name = C.plan_name(self.engine, parent.document, lang)
        lines = [f"{self._ref(parent.chunk, lang).capitalize()} ({name}) gồm:" if lang == "vi"
                 else f"{self._ref(parent.chunk, lang).capitalize()} ({name}) has:"]
        citations = []
        for k in kids[:8]:
            lines.append(f"- {k.section} {_clip(k.heading, 90)}: {self._field_phrase(k, keys, lang)}")
            citations.append(self._cite(k, [self._field_line(k, key) for key in keys if key in k.fields]))
        base.answer, base.grounded, base.citations = "\n".join(lines), True, citations
        return base

    def _container(self, hit: Hit) -> list[str]:
        """Paths of the children of the hit's section."""
        return list(self._lookups().children.get((hit.document, hit.section), ()))

    # -- lists -------------------------------------------------------------------------------------
    def _list(self, question: str, ranked: list[tuple[Hit, float]], base: Answer, headed: bool = False,
              period=None) -> Answer:
        """The items a list question asks for, from the best section (``headed``: chosen because its heading names
        what is asked, so it is never traded for its parent; ``period``: the time the question names, which
        keeps the items timed in it when the items carry their times)."""
        lang = base.language
        best = ranked[0][0]
        asked = self._items_of_kind_asked(question, best.chunk)
        if asked:  # "những kế hoạch nào": the section's "- Kế hoạch số …" lines, not its neighbours' headings
            return self._bullet_answer(base, best, asked)
        inline = self._inline_items(question, best)
        if inline is not None:  # "cho những huyện nào": "… cho cán bộ các huyện Trà Bồng, Ba Tơ, Sơn Tịnh."
            return self._from_sentence(base, inline)
        target = best
        if not headed and ("." in best.section or best.section in ("I", "II", "III", "IV", "V", "VI")):
            parent_path = best.section.rsplit(".", 1)[0] if "." in best.section else None
            parent = self.engine.chunk(best.document, parent_path) if parent_path else None
            if parent is not None and not self._container(best) \
                    and self._share(question, parent.heading) > self._share(question, best.chunk.heading):
                target = Hit(parent, best.score)
        kids = self._container(target)
        if kids:
            chunks = [k for k in (self.engine.chunk(target.document, p) for p in kids) if k]
            asked = set(folded_tokens(question))
            named = [k for k in chunks if k.heading and set(folded_tokens(k.heading)) <= asked]
            if len(named) == 1 and (not headed or not set(folded_tokens(target.chunk.heading)) <= asked):
                # "những hạn chế nào" of "II. HẠN CHẾ VÀ NGUYÊN NHÂN": its "1. Hạn chế" (also when the heading was
                # taken for naming it: it names more than is asked)
                return self._list(question, [(Hit(named[0], best.score), ranked[0][1])], base, headed=True,
                                  period=period)
            when = ""
            acts = self._activities_by_section(target.document)
            if period is not None:
                # "Trong quý III/2026, bảng tiến độ … có những hoạt động nào": the rows timed in it
                timed = [k for k in chunks if k.section in acts and acts[k.section].spans]
                inside = [k for k in timed if C.in_period(acts[k.section], period)]
                if len(timed) >= 2 and inside:
                    chunks, when = inside, f" {C.period_words(period, lang)}"
            items = [f"{k.section}. {_clip(k.heading, 170)}{_item_fields(acts.get(k.section))}" for k in chunks]
            head = (f"{_upper_first(self._ref(target.chunk, lang))} – {_clip(target.chunk.heading, 80)} "
                    f"({C.plan_name(self.engine, target.document, lang)}) gồm {len(items)} nội dung{when}:" if lang == "vi" else
                    f"{_upper_first(self._ref(target.chunk, lang))} – {_clip(target.chunk.heading, 80)} "
                    f"({C.plan_name(self.engine, target.document, lang)}) lists {len(items)} items{when}:")
            base.answer = "\n".join([head] + [f"- {i}" for i in items])
            base.grounded = True
            base.citations = [self._cite(target.chunk, [target.chunk.text.split("\n")[0]])]
            # each item listed is a section of its own, cited as the evidence of its line (the rows kept for a
            # period, a table's rows, a section's parts)
            base.citations += [self._cite(k, [k.text.split("\n")[0]]) for k in chunks[:LISTED_CITED]]
            return base
        lines = best.chunk.text.split("\n")
        bullets = [line for line in lines[1:] if line[:1] in "-+•" and not is_field_line(line)]
        if len(bullets) >= 2 and _overlap(question, lines[0]) >= 0.3:
            return self._bullet_answer(base, best, bullets)
        ev = self._best_line(question, [best])  # items written inside one line ("04 thủ tục: …; …")
        if ev is None:
            return self._sentence_answer(question, [best], base)
        if len(bullets) >= 2 and ev.quote.rstrip().endswith(":"):  # "… một số mặt hạn chế như:": what follows
            return self._bullet_answer(base, best, bullets)
        return self._from_sentence(base, ev)

    def _bullet_answer(self, base: Answer, hit: Hit, bullets: list[str]) -> Answer:
        """A section's list lines as the answer (the first ten), the first three quoted."""
        ref = self._ref(hit.chunk, base.language)
        name = C.plan_name(self.engine, hit.document, base.language)
        head = f"Theo {ref} ({name}):" if base.language == "vi" else f"According to {ref} ({name}):"
        base.answer = "\n".join([head] + [_clip(b, 320) for b in bullets[:10]])
        base.grounded, base.citations = True, [self._cite(hit.chunk, bullets[:3])]
        return base








    def _activities_of(self, question: str, mentions: list[list[str]], base: Answer) -> Answer | None:
        """The activities whose lead field names the unit the question names."""
        q = fold(self.engine.abbreviations.expand_query(question))
        named = {d for g in mentions for d in g}
        units: dict[str, list[Chunk]] = {}
        chunks = self.engine.chunks
        for unit, folded, i in self._lookups().leads:  # every lead/executor unit as written, in section order
            if folded in q and (not named or chunks[i].document in named):
                units.setdefault(unit, []).append(chunks[i])
        if not units:
            return None
        unit = max(units, key=len)  # the most specific name the question contains
        chunks = units[unit]
        lang = base.language
        head = (f"{unit} chủ trì {len(chunks)} hoạt động:" if lang == "vi"
                else f"{unit} leads {len(chunks)} activities:")
        lines = [head] + [f"- {self._ref(c, lang)} ({C.plan_name(self.engine, c.document, lang)}): "
                          f"{_clip(c.heading, 150)}" for c in chunks[:12]]
        base.answer, base.grounded = "\n".join(lines), True
        base.citations = [self._cite(c, [c.text.split("\n")[0], self._field_line(c, "lead")]) for c in chunks[:12]]
        return base


    def _pattern_fact(self, question: str, need: str, hits: list[Hit], base: Answer, about: str = "",
                      cited: tuple[str, ...] = ()) -> Answer:
        """A datum the question asks for (a phone number, a name…), from a sentence that shows it.

        ``about``: a word the sentence must also contain ("giám đốc" for the director's name); ``cited``: the
        numbers of the documents asked about, one of which the sentence must name (the date of "Kế hoạch 40/KH-
        UBND" is the one written beside it, not the plan's own).
        """
        pattern = _EVIDENCE[need]
        if need == "day":  # a date in a plan's text, not the letterhead's date of the document (asked as "date")
            hits = [h for h in hits if h.section not in (HEADER, SIGNATURE)] or hits
        names = [re.compile(rf"(?<![\d/]){n}\s*[-/]\s*[A-ZĐ]") for n in cited]  # "40/KH-…", not "…/12/2024"
        pool = [h for h in hits[:3] if h.coverage >= MIN_COVERAGE] or hits[:1]
        years = self._years_asked_beyond_plans(question, pool)  # "năm 2024" of 2023 and 2025 plans: said of it
        if names:  # the sections that cite it, wherever retrieval ranked them
            pool = [h for h in hits if any(r.search(h.text) for r in names)][:3] or pool
        if need == "person" and about:  # a title's holder signs the plan: its signature block, found or not
            signed = (self.engine.chunk(d, SIGNATURE) for d in dict.fromkeys(h.document for h in pool))
            pool = pool + [Hit(c, 0.0) for c in signed if c is not None and c.id not in {h.chunk.id for h in pool}]
        fee = I.FEE_ITSELF.search(fold(question)) if need == "money" else None
        # "lệ phí … là bao nhiêu": an amount written beside the fee, not any amount of a sentence that names one
        amount = r"\d[\d.,]*\s*(?:ty|trieu|nghin|ngan)?\s*dong\b"  # _EVIDENCE["money"], folded
        beside = re.compile(rf"\b{fee.group(0)}\b[^.;]{{0,40}}?{amount}|{amount}[^.;]{{0,40}}\b{fee.group(0)}\b") \
            if fee else None
        deputy = need == "person" and about and f"pho {about}" not in fold(question)
        # "tổng kinh phí … bao nhiêu": a total, not one item's amount beside it
        total = need == "money" and bool(re.search(r"\btong\b", fold(question)))
        # whom to contact: a sentence saying "liên hệ", or one giving a phone number beside the name ("phản ánh về
        # Sở Nội vụ (bà …, điện thoại …)")
        contact = about == "lien he"
        accept = lambda s: bool(pattern.search(s)) and (not about or about in fold(s)
                                                        or contact and bool(_EVIDENCE["phone"].search(s))) \
            and all(y in s for y in years) \
            and not (deputy and _deputy_named(fold(s), about)) \
            and (not names or any(r.search(s) for r in names)) \
            and (beside is None or bool(beside.search(fold(s)))) \
            and (not total or bool(re.search(r"\b(?:tổng|cộng)\b", s, re.IGNORECASE)))  # noqa: E731
        ev = self._best_sentence(question, pool, accept=accept)
        if ev is None:  # the best sections hold no such datum: a close one that does ("KINH PHÍ" under the header)
            shown = [h for h in hits[:8] if h.coverage >= MIN_COVERAGE * 0.8 and pattern.search(h.text)][:3]
            ev = self._best_sentence(question, shown, accept=accept) if shown else None
        if ev is None and pool and (need in ("venue", "figure") or total or need == "person" and about in _ROLE_TITLES):
            # the event's plan names its place, the committee's decision who holds a role, in a section of its own
            # ("hội nghị tổ chức ở đâu" of a plan whose "Địa điểm: …" is item 2.2; "do ai làm Tổ trưởng"): its
            # sentence that says most of the question (a phone number or an amount elsewhere in the document
            # answers nothing asked of another)
            top = pool[0].document
            held = [Hit(c, 0.0) for c in self._lookups().of_document(self.engine.chunks, top) if pattern.search(c.text)]
            ev = self._best_sentence(question, held, accept=accept) if held else None
        if ev is None and total:  # no sentence of a total: the amount the best sections give ("bố trí … là 3.860
            # triệu đồng"), as for any amount
            plain = lambda s: bool(pattern.search(s)) and all(y in s for y in years)  # noqa: E731
            ev = self._best_sentence(question, pool, accept=plain)
        if ev is None and need == "person" and about in _ROLE_TITLES \
                and not re.search(r"\bten\b|\bname\b", fold(question)):  # "do Phó Chủ tịch UBND tỉnh làm Tổ
            # trưởng": the role given by title, no name written: the sentence that gives it (a name asked: none)
            shown = [h for h in pool if about in fold(h.text)]
            if shown:
                return self._sentence_answer(question, shown, base, accept=lambda s: about in fold(s))
        if ev is not None and need in _CONTACT_NEEDS and not self._of_subject(question, ev):
            # a time, a number, an address of something else in the same plan ("khung giờ 17h00" of the radio, asked
            # when the centre opens): the best of another section found that is of what is asked, if any (the row
            # "Xã Nà Khuổi" with its hotline, not the province's hotline above it)
            ev = next((e for h in pool if h is not ev.hit and (e := self._best_sentence(question, [h], accept=accept))
                       and self._of_subject(question, e)), None)
        if ev is None:
            return self._decline(base, I.Intent(base.kind, need, False), hits)
        if need == "day":  # every day the sentence gives ("trước ngày 10/6 và 05/12"), its full dates first
            days = [m.group(0).strip() for m in pattern.finditer(ev.quote)]
            full = [d for d in days if _FULL_DATE.fullmatch(d)]
            if L.any_phrase("cues", "weekday_asked").search(fold(question)):  # "những ngày nào trong tuần": the
                full = [d for d in days if re.match(r"(?i)thứ|chủ nhật", d)] or full  # weekdays, not a date beside
            return self._from_sentence(base, ev, value=", ".join(dict.fromkeys(full or days[:3])))
        if need == "rank":  # "tháng 10 thứ 03, tháng 11 thứ 01/63": each rank the sentence gives
            return self._from_sentence(base, ev, value=", ".join(dict.fromkeys(
                m.group(0).strip() for m in pattern.finditer(ev.quote))))
        value = pattern.search(ev.quote).group(0).strip()
        if need == "reason":  # of the causes a sentence gives, the one after the words asked ("… chậm niêm yết do …")
            terms = self._question_terms(question)
            value = max(((m.group(0).strip(), len(terms & set(content_tokens(re.split(r"[;:]", ev.quote[:m.start()])[-1]))))
                         for m in pattern.finditer(ev.quote)), key=lambda vs: vs[1])[0]
        labelled = re.fullmatch(r"\((?:đơn vị\s*:?\s*)?([^)]*)\)\s*:\s*(.+)", value, re.IGNORECASE)
        if need == "money" and labelled:  # "(triệu đồng): 38.500" → "38.500 triệu đồng"
            value = f"{labelled.group(2)} {labelled.group(1).strip()}"
        if need == "venue":  # "Địa điểm: Hội trường …", ", tại Hội trường …": the place, not its lead-in
            value = re.sub(rf"^[,;]?\s*(?:[^:]{{1,20}}:|(?:\w+\s+)?tại|(?:{_HELD})\b.*?\btại)\s*", "", value).strip()
        return self._from_sentence(base, ev, value=value)

    def _figure_clause(self, question: str, ev: _Evidence, accept, value_of) -> tuple[_Evidence, str] | None:
        """(sentence, figure) of ``ev``'s section where the clause holding the figure says most of what the
        question asks: a section that runs several results together ("(1) … đạt 74,6%; (2) …", "tồn tại: X mới đạt
        44,8%, …") is read result by result — a clause with no figure of its own is the lead-in of the next — so the
        figure is the one written beside the question's words, not the first of the sentence found. ``value_of(clause)``:
        its figure, or ""; ``ev``'s own sentence wins a tie."""
        terms = self._question_terms(question)
        best, best_score, own = None, 0.0, False
        for h, sentence, ctx in self._sentences([ev.hit]):
            if not accept(sentence):
                continue
            weight = 1.0 if sentence == ev.quote else 0.99
            run = ""
            for clause in _RESULTS.split(sentence):
                run = f"{run} {clause}".strip()
                value = value_of(run)
                if not value:
                    continue
                # the clause holding the figure says what it is; the lead-in before it ("Năm 2025, …, kết quả
                # nổi bật:") is shared by every result it introduces, so it only breaks ties
                lead = run[:len(run) - len(clause)]
                score = (self._score_sentence(terms, clause, ctx, h)
                         + 0.1 * self._score_sentence(terms, lead, "", h)) * weight
                before = clause[:max(0, clause.find(value.split()[0]))]  # the figure's number, as the clause writes it
                if _BOUND.search(fold(before)[-14:]) and not _BOUND.search(fold(question)):
                    score *= 0.5  # "dưới 50%", "ít nhất 52%": a bound set, not a result reached
                if score > best_score:
                    best, best_score = (_Evidence(h, sentence), value), score
                own = own or sentence == ev.quote
                run = ""
        return best if own else None  # the sentence found gives its figure otherwise (a table row, "điểm" unsaid)

    def _url(self, question: str, hits: list[Hit], base: Answer) -> Answer:
        with_links = [Hit(self.engine.chunks[i], 0.0) for i in self._lookups().with_links]
        topic = self.engine.topic(question)
        for h in with_links:
            h.coverage = self.engine.coverage(topic, h)
        pool = [h for h in hits[:5] if _URL.search(h.text)] or \
            sorted((h for h in with_links if h.coverage >= MIN_COVERAGE), key=lambda h: -h.coverage)[:3]
        ev = self._best_sentence(question, pool, accept=lambda s: bool(_URL.search(s)))
        if ev is None:  # a link asked for and none given: a decline, not a sentence without one
            return self._decline(base, I.Intent(base.kind, "url", False), hits)
        url = _URL.search(ev.quote).group(0).rstrip("!.,;:")
        lang, c = base.language, ev.hit.chunk
        if lang == "vi":
            base.answer = f"Truy cập {url} ({self._ref(c, lang)}, {C.plan_name(self.engine, c.document, lang)}: “{ev.quote.strip()}”)."
        else:
            base.answer = f"Go to {url} ({self._ref(c, lang)} of {C.plan_name(self.engine, c.document, lang)}: “{ev.quote.strip()}”)."
        base.grounded, base.citations = True, [self._cite(c, [ev.quote])]
        return base

    # -- declining ------------------------------------------------------------------------------------
    def _decline(self, base: Answer, intent: I.Intent, hits: list[Hit]) -> Answer:
        lang = base.language
        what = _NEED_WORDS[lang].get(intent.needs or "", "")
        if lang == "vi":
            text = (f"Các kế hoạch, báo cáo hiện có không nêu {what} cho câu hỏi này." if what else
                    "Các kế hoạch, báo cáo hiện có không chứa thông tin để trả lời câu hỏi này.")
        else:
            text = (f"The plans and reports available do not give {what} for this question." if what else
                    "The plans and reports available do not contain the answer to this question.")
        if hits and (what or hits[0].coverage >= MIN_COVERAGE / 2):  # the nearest section, offered as related
            # (not cited: it does not answer); for a question on nothing the plans speak of, none
            c = hits[0].chunk
            name = C.plan_name(self.engine, c.document, lang)
            near = _clip(" ".join((c.heading or c.text).split()), 140)
            text += (f" Nội dung gần nhất: {self._ref(c, lang)} của {name} – “{near}”." if lang == "vi" else
                     f" Closest content: {self._ref(c, lang)} of {name} – “{near}”.")
        portal = self._lookups().portal
        if portal and R.citizen(base.question):  # a citizen asking: where the plans send citizens
            text += " " + L.reply("portal", lang).format(portal=portal)
        base.answer, base.grounded, base.citations = text, False, []
        return base





_QUARTER = re.compile(r"\bquy (iv|i{1,3}|[1-4])\b|\b(?:q|quarter )([1-4])\b|\b(first|second|third|fourth) quarter\b")
_QUARTER_NUMBER = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "first": "1", "second": "2", "third": "3", "fourth": "4"}


def _table_row_name(sentence: str) -> str:
    row = _table_row(sentence)
    return row[0] if row else sentence


def _quarters(text: str) -> set[str]:
    """The quarters ``text`` names, as numbers ("Quý I/2026", "quý 1", "Q1", "first quarter" → {"1"})."""
    return {_QUARTER_NUMBER.get(g, g) for m in _QUARTER.finditer(fold(text)) for g in m.groups() if g}


def _within(section: str, named: str) -> bool:
    """``section`` is the one a question names ("mục III", "Phụ lục I") or under it; any appendix for "phụ lục"."""
    return section == named or section.startswith(f"{named}.") or named == "Phụ lục" and section.startswith("Phụ lục")


def _rows_named(folded: str, chunk: Chunk, places=(), child_rows: Sequence[str] = ()) -> list[str]:
    """The rows of a section's table the question picks by what it names that only some rows hold ("Đoàn số 2",
    "ngày 17/4/2025", "xã Bản Viền"): a number in a cell (never a row's own number), else a pair of words;
    [] when it picks none, or all. A place the question names picks no row ("huyện Sơn Khê" is no row "thị trấn
    Sơn Khê"), nor one word a cell happens to hold ("xã" of "xã hội")."""
    toks = folded_tokens(folded)  # ``folded``: the question, folded once (assistant/question.py)
    place_words = {w for p in places for w in p.split()}
    # a number that names ("Đoàn số 2", "đợt 1") or dates ("17/4/2025"), not one of a period ("quý 2")
    numbers = {n for m in re.finditer(r"\b(\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b", folded) for n in m.group(1).split("/")}
    numbers |= {m.group(1) for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, I.ORDINAL)) + r")\.? (\d+)\b", folded)}
    pairs = _pairs([w for w in toks if w not in place_words])
    tables = [rows for _, _, rows in _tables(chunk)] + ([list(child_rows)] if len(child_rows) >= 2 else [])
    for rows in tables:
        cells = [re.sub(r"^\s*\d+\s*\(", "(", r) for r in rows]  # "2 (Lĩnh vực: …)": the row's number is no cell
        cells = [re.sub(r"(?<=\d)[.,](?=\d{3}\b)", "", c) for c in cells]  # "14.500.000" is one number, not a "14"
        held = [set(folded_tokens(c)) | _pairs(folded_tokens(c)) for c in cells]
        telling = {w for w in numbers | pairs if any(w in h for h in held) and not all(w in h for h in held)}
        telling = {w for w in telling if w.isdigit()} or telling  # a number tells rows apart more surely
        picked = [r for r, h in zip(rows, held) if telling and telling <= h]
        if 0 < len(picked) < len(rows):
            return picked
    return []


def _rows_counting(hits: Sequence[Hit], counted: str, question: str, places=()) -> dict[str, str]:
    """The rows of the tables whose caption or header names what is counted ("Kết quả giải quyết hồ sơ … theo
    lĩnh vực" over "Chứng thực | 517 | 509"), each with that caption: each of their figures counts it, though no
    row repeats the word, and the caption's year is theirs. Only the rows the question names by a word of their
    own (not the header's, nor a place's the question names: "huyện Sơn Khê" is no row "thị trấn Sơn Khê") are
    meant."""
    found: dict[str, str] = {}
    asked = _pairs(folded_tokens(question)) - {p for place in places for p in _pairs(place.split())}
    for h in hits:
        for caption, header, rows in _tables(h.chunk):
            caption = f"{caption} {header}"
            if counted not in folded_tokens(caption):
                continue
            for row in rows:
                if _pairs(folded_tokens(row)) - _pairs(folded_tokens(header)) & asked:  # "… chứng thực"
                    found[row] = caption
    return found


def _field_keys(kind: str) -> tuple[str, ...]:
    """The fields of an activity that answer ``kind`` (who leads: its lead, executor or director)."""
    return ("lead", "executor", "director") if kind == I.LEAD else (kind,)


_PROPER_NAME = re.compile(rf"(?<![.?!]\s)(?<=\s)[{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+)+")  # "Nậm Ngà", not "Chỉ số"
_INDEX_NAMED = re.compile(r"(?:[Cc]hỉ số|[Cc]hi so|[Ii]ndex)\s+([A-ZĐ]{3,}(?: [A-ZĐ]{3,})?)\b")  # "Chỉ số PAPI"


def _names(text: str, ab) -> bool:
    """``text`` names the abbreviation, by its initials or spelled out."""
    folded = f" {' '.join(folded_tokens(text))} "
    return f" {fold(ab.short)} " in folded or f" {' '.join(folded_tokens(ab.expansion))} " in folded


def _pairs(words: list[str]) -> set[str]:
    """Adjacent words ("chung thuc"): what names a row, where one syllable ("xã" of "xã hội") would not."""
    return {f"{a} {b}" for a, b in zip(words, words[1:])}


def _deputy_named(folded: str, title: str) -> bool:
    """The title nearest before the last name is the deputy's ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Lương Văn Thịnh"): the
    name is not the one of the title asked."""
    at = folded.rfind(title)
    return at >= 4 and folded[at - 4:at] == "pho "


_ASKS_DAY = re.compile(r"\bngay (?:nao|may|bao nhieu)\b|\b(?:what|which) (?:date|day)\b")  # a day, not "hạn khi nào"
TITLE_WORDS = 8  # a heading of at most this many words is a title ("TỒN TẠI, HẠN CHẾ"), not an activity's sentence
_FREQ_WORDS = L.any_phrase("cues", "frequency_word")
_ALIAS_ASKED = L.any_phrase("cues", "alias_question")  # "còn gọi là gì", "also called"
_DEADLINE = L.any_phrase("cues", "deadline")
_ONLY_PERIOD = L.any_phrase("cues", "only_period")
# the words a body's name begins with (assistant/language/units.tsv), folded, longest first
_HEADS_FOLDED = "|".join(sorted({re.escape(fold(h).lower()) for h in L.written("units", "head")}, key=len, reverse=True))
_UNIT_HEAD_START = re.compile(rf"^(?:{_HEADS_FOLDED})\b")  # "văn phòng …": an expansion naming a body
_UNIT_HEAD_BEFORE = re.compile(rf"\b(?:{_HEADS_FOLDED})$")  # "… trung tâm": the words before end a body's head
# a table's or a row's unit of measure ("Đơn vị tính: triệu đồng" above a table, "- Đơn vị tính: %" in a row)
_UNIT_OF_MEASURE = re.compile(r"(?:Đơn vị tính|ĐVT)\s*:\s*([^\n;]{1,30})", re.IGNORECASE)
_UNIT_IN_TEXT = re.compile(rf"\b{L.unit_start()}\s+\S")  # a sentence naming who acts
# a day of the week or an hour: "sáng thứ Hai", "chiều thứ 5", "Chủ nhật", "7 giờ"
_DAY_TIME = re.compile(r"\b(?:(?:sáng|chiều|tối) )?thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])\b|\bChủ nhật\b|\b\d{1,2} giờ\b")
_DATE_PATTERN = re.compile(r"\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b[Nn]gày \d{1,2}\b(?!\/)|"
                           r"\b(?:[Qq]uý|[Tt]háng) (?:[IVX]+|\d+)(?:\s*/\s*\d{4})?\b|"
                           + _DAY_TIME.pattern)
_CONTACT_NEEDS = ("hours", "phone", "email", "address")  # data any section may hold: must be of what is asked
SUBJECT_SHARE = 0.34  # the share of what a contact datum is asked of that its sentence must name (a third)
HEADING_TIE = 0.15  # how far below the best section an activity whose heading says the words asked may be found
def _item_fields(act) -> str:
    """" (22/5/2026) — Văn phòng …": the time and the lead unit of an item of a list, when the register holds it as
    an activity (``act``, or None); an item's who and when are what a list of tasks is read for."""
    if act is None:
        return ""
    lead = next((u for r in ("lead", "executor", "director") for u in act.roles.get(r, ())), "")
    when = act.timing or act.frequency
    return (f" ({_clip(when, 60)})" if when else "") + (f" — {lead}" if lead else "")




_CLAUSE = re.compile(r"[;,]|\s(?:và|and)\s")  # where a clause of a sentence ends: what one value is said of


_FULL_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
_FIELD_LINE = re.compile(r"^[-+]?\s*(?:đơn vị|cơ quan|thời gian|tần suất)[^:]{0,30}:", re.IGNORECASE)












