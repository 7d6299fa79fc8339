"""Who a section lists by name: "Đoàn kiểm tra gồm những ai?", "Phía phường có những ai làm việc với đoàn?",
"Đoàn kiểm tra gồm bao nhiêu người?".

Minutes, decisions setting up a team and conference plans list people one a line, each opening with an honorific
and a name ("- Ông Khổng Minh Đạt, Phó Giám đốc Sở Nội vụ - Trưởng đoàn;"). The section is the one found for the
question whose heading shares most words with it ("phía phường …" picks "Đơn vị được kiểm tra: … phường …" over
"Đoàn kiểm tra"); a count is the number of those lines, unless the section writes the count itself.
"""
from __future__ import annotations

import re

from assistant import intents as I
from assistant import language as L
from assistant.answers import Answer, Citation
from assistant.lookups import chunks_of
from index.chunking import split_sentences
from index.lexical import content_tokens
from index.normalize import fold, squash

_HONORIFICS = "|".join(map(re.escape, L.written("cues", "honorific")))
# "- Ông Khổng Minh Đạt, …", "Bà Ma Thị Thu Trang - Thư ký": an honorific, then a name of two to five capitalised words
PERSON_LINE = re.compile(rf"^[-+•*]?\s*(?:{_HONORIFICS})\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){{1,4}}\b")
_LISTED = 12


def person_lines(text: str) -> list[str]:
    """The lines of ``text`` that each name a person."""
    return [line.strip().lstrip("-+•* ").rstrip(";,.") for line in text.split("\n") if PERSON_LINE.match(line.strip())]


def asks_persons(q) -> str:
    """"list" when the question asks who a group is ("những ai", "gồm ai"), "count" when it asks how many people,
    else "". Not who leads or coordinates an activity, nor who signs."""
    listed = bool(L.any_phrase("cues", "persons_list").search(q.folded))
    if q.intent.kind in (I.COORDINATORS, I.TIMING, I.FREQUENCY) or q.intent.needs in ("signer", "person") \
            or q.intent.kind == I.LEAD and not listed:  # "những ai làm việc với đoàn": people, not a lead unit
        return ""
    if L.any_phrase("cues", "persons_count").search(q.folded):
        return "count"
    return "list" if listed else ""


class Persons:
    """A mixin of the extractive answerer (it has ``engine``, ``_scoped_topic``, ``_ref``)."""

    def _persons_listed(self, q) -> Answer | None:
        asked = asks_persons(q)
        if not asked:
            return None
        scope = {d for g in q.mentions for d in g} or set(q.places)
        idf = self.engine.lexical.idf
        said = set(content_tokens(q.text))
        ranks = {h.chunk.id: i for i, h in enumerate(self.engine.search(q.focus, k=8, topic=self._scoped_topic(q)))}
        found = []
        for chunk, lines in listing_sections(self.engine):
            if scope and chunk.document not in scope:
                continue
            shared = said & set(content_tokens(chunk.heading))  # what the heading names that the question says
            if shared:
                found.append((sum(idf.get(w, 0.0) for w in shared), -ranks.get(chunk.id, 99), chunk, lines))
        if not found:
            return None
        _, _, chunk, lines = max(found, key=lambda f: f[:2])
        if asked == "count" and self._count_stated(q, chunk.document):
            return None  # the document says how many itself: read as any figure
        lang = q.language
        head = L.reply("persons_count" if asked == "count" else "persons_list", lang).format(
            n=len(lines), ref=self._ref(chunk, lang), heading=squash(chunk.heading))
        a = Answer(question=q.text, answer="\n".join([head] + [f"- {line}" for line in lines[:_LISTED]]),
                   grounded=True, language=lang, kind=q.intent.kind)
        a.citations = [Citation(chunk.document, chunk.title, chunk.section, " … ".join(lines[:3]))]
        return a

    def _count_stated(self, q, document: str) -> bool:
        """The document writes the count asked itself ("gồm 15 thành viên", "09 tổ … với 63 thành viên"), in a
        sentence sharing a word with the question."""
        stated = re.compile(rf"\b\d+\s+{_counted_noun(q.folded)}\b")
        said = set(content_tokens(q.text)) - set(_counted_noun(q.folded).split())
        for c in chunks_of(self.engine, document):
            if not c.part:
                for sentence in split_sentences(c.text):
                    f = fold(sentence)
                    if stated.search(f) and said & set(content_tokens(sentence)):
                        return True
        return False


def _counted_noun(folded: str) -> str:
    """The person noun a count asks for ("bao nhiêu thành viên" → "thanh vien"), folded."""
    nouns = "|".join(map(re.escape, L.phrases("cues", "person_noun")))
    m = re.search(rf"\b(?:bao nhieu|may|how many)\s+({nouns})\b", folded)
    return m.group(1) if m else "nguoi"


def listing_sections(engine) -> list:
    """(section, its person lines) of every section listing two people or more; once per snapshot."""
    def build(engine) -> list:
        out = []
        for c in engine.chunks:
            if not c.part and c.kind != "zone":
                lines = person_lines(c.text)
                if len(lines) >= 2:
                    out.append((c, lines))
        return out
    return engine.derived("answerer.person_lists", build)
