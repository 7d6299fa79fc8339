"""The default answerer: answers from parsed fields and sentences, with no language model.

It reads what is asked (assistant/intents.py), retrieves sections, checks that the best
section really covers the question's topic (otherwise it declines), then answers from
the activity's fields (chủ trì, phối hợp, thời gian, tần suất) or the best sentence,
naming units exactly as the plan writes them and citing plan and section. When the same
activity appears in several plans it says which answer comes from which plan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from assistant import intents as I
from assistant.answers import Answer, Citation, Turn
from index.chunking import Chunk, split_sentences
from index.lexical import QUERY_STOPWORDS
from index.normalize import fold, folded_tokens, squash
from index.query import detect_language, translate_terms
from index.retrieval import Hit, SearchEngine

MIN_COVERAGE = 0.5  # share of the question's topic (idf-weighted) the best section must contain
SAME_ACTIVITY = 0.45  # heading overlap above which two plans' activities are "the same"
ZONE_NAMES = {
    "vi": {"header": "phần đầu văn bản", "preamble": "phần mở đầu", "closing": "phần kết", "signature": "phần ký"},
    "en": {"header": "document header", "preamble": "preamble", "closing": "closing", "signature": "signature block"},
}
_URL = re.compile(r"(?:https?://[^\s,;“”\"'<>)]+|\b[\w-]+(?:\.[\w-]+)*\.gov\.vn\b/?)")
_EVIDENCE = {
    "money": re.compile(r"\d[\d.,]*\s*(?:tỷ|triệu|nghìn|ngàn)?\s*đồng", re.IGNORECASE),
    "phone": re.compile(r"(?:\+84|\b0)\d[\d .]{7,12}\d\b"),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    "hours": re.compile(r"\b\d{1,2}\s*(?:giờ|h)\s*\d{0,2}\b", re.IGNORECASE),
    "address": re.compile(r"\bsố \d+[^,]*,\s*(?:đường|phố)", re.IGNORECASE),
}
_NEED_WORDS = {
    "vi": {"money": "số tiền kinh phí cụ thể", "phone": "số điện thoại", "email": "địa chỉ email",
           "hours": "giờ làm việc", "address": "địa chỉ trụ sở", "url": "địa chỉ trang web", "signer": "người ký"},
    "en": {"money": "a budget amount", "phone": "a phone number", "email": "an email address",
           "hours": "opening hours", "address": "a street address", "url": "a web address", "signer": "a signer"},
}
_FIELD_WORDS = {
    "vi": {"lead": "chủ trì", "executor": "thực hiện", "director": "chỉ đạo", "coordinators": "Đơn vị phối hợp",
           "timing": "Thời gian thực hiện", "frequency": "Tần suất"},
    "en": {"lead": "leads", "executor": "carries it out", "director": "directs", "coordinators": "Coordinating units",
           "timing": "Timing", "frequency": "Frequency"},
}
_FREQ_PATTERN = re.compile(r"\d+\s*(?:số|kỳ|lần|chuyên mục|tin|bài|trang|phút)[^.;]*?/\s*(?:tuần|tháng|năm|số|chuyên mục)"
                           r"|mỗi (?:tuần|tháng|năm)", re.IGNORECASE)


@dataclass
class _Evidence:
    hit: Hit
    quote: str


class ExtractiveAnswerer:
    name = "extractive"

    def __init__(self, engine: SearchEngine):
        self.engine = engine

    # -- the Answerer protocol ------------------------------------------------------------
    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        lang = detect_language(question)
        intent = I.read_question(question, has_history=bool(history))
        prev = history[-1].answer if history else None
        focus = question
        if intent.follow_up and prev is not None:
            if intent.kind == I.GENERAL and prev.kind not in (I.GENERAL,):
                intent.kind = prev.kind
            focus = f"{question} {prev.focus or prev.question}"
            lang = lang if lang == "en" or prev.language == "vi" else prev.language
        result = self._answer(question, focus, intent, lang, follow_up=intent.follow_up and prev is not None)
        result.focus = focus
        return result

    def stream(self, question: str, history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        final = self.answer(question, history)
        words = final.answer.split(" ")
        for i in range(0, len(words), 4):
            yield " ".join(words[i:i + 4]) + (" " if i + 4 < len(words) else "")
        yield final

    # -- the work -------------------------------------------------------------------------------
    def _answer(self, question: str, focus: str, intent: I.Intent, lang: str, follow_up: bool) -> Answer:
        lexical_query = f"{question} {focus}" if follow_up else None  # the new question counts twice
        hits = self.engine.search(focus, k=self.engine.settings.top_k, lexical_query=lexical_query)
        topic = self._topic(question if not follow_up else focus, lang)
        base = Answer(question=question, answer="", grounded=False, language=lang, kind=intent.kind)

        if intent.kind == I.DEFINITION:
            ans = self._definition(question, base)
            if ans:
                return ans
        if intent.kind == I.FACT and intent.needs in ("number", "signer", "date"):
            return self._document_fact(question, intent.needs, hits, base)
        if not hits or self._coverage(topic, hits[0]) < MIN_COVERAGE:
            return self._decline(base, intent, hits)
        if intent.kind == I.FACT and intent.needs in _EVIDENCE:
            return self._pattern_fact(question, intent.needs, hits, base)
        if intent.kind == I.FACT and intent.needs == "url":
            return self._url(question, hits, base)
        if intent.kind in (I.LEAD, I.COORDINATORS, I.TIMING, I.FREQUENCY):
            ans = self._field_answer(question, intent.kind, hits, base, topic)
            if ans:
                return ans
        if intent.kind == I.LIST:
            return self._list(question, hits, base)
        return self._sentence_answer(question, hits, base, need_digit=intent.needs == "figure")

    # -- topic coverage: is the question about something the best section contains? --------
    def _topic(self, question: str, lang: str) -> list[str]:
        text = question
        if lang == "en":
            keep = [t for t in re.findall(r"[^\W_]+", question) if t.lower() not in _EN_STOP and t[:1].isupper()]
            text = f"{translate_terms(question)} {' '.join(keep)}"
        words = I.content_words(self.engine.abbreviations.expand_query(text) if lang == "en" else text)
        for ab in self.engine.abbreviations.unknown_acronyms(question):  # "Sở KHCN": count the name it spells
            words = [w for w in words if w != fold(ab.short)] + I.content_words(ab.expansion)
        return words

    def _coverage(self, topic: list[str], hit: Hit) -> float:
        if not topic:
            return 1.0
        c = hit.chunk
        have = set(folded_tokens(f"{c.title} {c.breadcrumb} {c.text}"))
        expanded = set(folded_tokens(self.engine.abbreviations.expand_query(" ".join(topic))))
        idf = self.engine.lexical.idf
        top = max(idf.values()) if idf else 1.0
        total = matched = 0.0
        for t in dict.fromkeys(topic):
            w = idf.get(t, top)
            total += w
            if t in have:
                matched += w
            else:  # an abbreviation in the question matches its expansion in the text and back
                ab = self.engine.abbreviations.lookup(t)
                if ab and set(folded_tokens(ab.expansion)) <= have:
                    matched += w
                elif t in expanded and any(t == fold(a.short) for a in self.engine.abbreviations.in_text(c.text)):
                    matched += w
        return matched / total if total else 1.0

    # -- answers from activity fields -----------------------------------------------------------
    def _field_answer(self, question: str, kind: str, hits: list[Hit], base: Answer, topic: list[str]) -> Answer | None:
        keys = ("lead", "executor", "director") if kind == I.LEAD else (kind,)
        candidates = [h for h in hits if any(k in h.fields for k in keys)]
        if kind == I.FREQUENCY:
            best_sentence = self._frequency_sentence(question, hits[:3])
            if best_sentence and (not candidates or candidates[0].score < best_sentence.hit.score
                                  or best_sentence.hit is hits[0]):
                return self._from_sentence(base, best_sentence, frequency=True)
        if not candidates:
            container = self._container(hits[0])
            kids = [self.engine.chunk(hits[0].document, p) for p in container] if container else []
            kids = [k for k in kids if k and any(key in k.fields for key in keys)]
            if kids:
                return self._children_fields(base, hits[0], kids, keys)
            return None
        primary = candidates[0]
        if primary.score < 0.5 * hits[0].score or self._coverage(topic, primary) < MIN_COVERAGE:
            return None
        same = [primary] + [h for h in candidates[1:]
                            if h.document != primary.document and h.score >= 0.7 * primary.score
                            and _overlap(h.chunk.heading, primary.chunk.heading) >= SAME_ACTIVITY]
        seen_docs: set[str] = set()
        picked = []
        for h in same:
            if h.document not in seen_docs:
                picked.append(h)
                seen_docs.add(h.document)
        lang = base.language
        lines, citations = [], []
        for h in picked:
            value = self._field_phrase(h.chunk, keys, lang)
            ref = self._ref(h.chunk, lang)
            if len(picked) > 1:
                lines.append(f"Theo {h.title} ({ref}): {value}." if lang == "vi" else f"According to {h.title} ({ref}): {value}.")
            else:
                lines.append(f"{value} ({ref}, {h.title})." if lang == "vi" else f"{value} ({ref} of {h.title}).")
            citations.append(self._cite(h.chunk, [h.chunk.heading and h.chunk.text.split("\n")[0], *[
                self._field_line(h.chunk, k) for k in keys if k in h.fields]]))
        if len(picked) > 1:
            lines.insert(0, "Hoạt động này có trong nhiều kế hoạch:" if lang == "vi"
                         else "This activity appears in several plans:")
        base.answer = "\n".join(lines) if len(picked) > 1 else lines[0]
        base.grounded, base.citations = True, citations
        return base

    def _field_phrase(self, chunk: Chunk, keys: tuple[str, ...], lang: str) -> str:
        f, w = chunk.fields, _FIELD_WORDS[lang]
        if keys[0] == "lead":
            parts = []
            if "lead" in f:
                parts.append(f"{f['lead']} {w['lead']}" if lang == "vi" else f"{f['lead']} {w['lead']}")
            if "director" in f:
                parts.append(f"{f['director']} {w['director']}")
            if "executor" in f:
                parts.append(f"{f['executor']} {w['executor']}")
            return "; ".join(parts)
        return f"{w[keys[0]]}: {f[keys[0]]}"

    @staticmethod
    def _field_line(chunk: Chunk, key: str) -> str:
        from index.parser import field_kind, _FIELD, _BULLET

        for line in chunk.text.split("\n"):
            m = _FIELD.match(_BULLET.sub("", line, count=1))
            if m and field_kind(m.group("label")) == key:
                return line
        return ""

    def _children_fields(self, base: Answer, parent: Hit, kids: list[Chunk], keys) -> Answer:
        lang = base.language
        lines = [f"{self._ref(parent.chunk, lang).capitalize()} ({parent.title}) gồm:" if lang == "vi"
                 else f"{self._ref(parent.chunk, lang).capitalize()} ({parent.title}) has:"]
        citations = []
        for k in kids[:8]:
            lines.append(f"- {k.section} {_clip(k.heading, 90)}: {self._field_phrase(k, keys, lang)}")
            citations.append(self._cite(k, [self._field_line(k, key) for key in keys if key in k.fields]))
        base.answer, base.grounded, base.citations = "\n".join(lines), True, citations
        return base

    def _container(self, hit: Hit) -> list[str]:
        """Paths of the children of the hit's section (from the chunk list)."""
        prefix = hit.section + "."
        return [c.section for c in self.engine.chunks
                if c.document == hit.document and c.part == 0 and c.section.startswith(prefix)
                and "." not in c.section[len(prefix):]]

    # -- sentences --------------------------------------------------------------------------------
    def _sentences(self, hits: Sequence[Hit]) -> list[tuple[Hit, str, str]]:
        """(hit, sentence, context): context is a bullet line's lead-in ("+ Trên kênh truyền hình:")."""
        out = []
        for h in hits:
            for line in h.chunk.text.split("\n"):
                lead_in = line.split(":", 1)[0] if line[:1] in "-+" and ":" in line[:60] else ""
                for s in split_sentences(line):
                    out.append((h, s, lead_in))
        return out

    def _score_sentence(self, question_terms: set[str], sentence: str, context: str, hit: Hit) -> float:
        idf = self.engine.lexical.idf
        toks = folded_tokens(f"{context} {sentence}")
        have = set(toks) | {f"{a}_{b}" for a, b in zip(toks, toks[1:])}
        return sum(idf.get(t, 0.0) for t in question_terms if t in have) + 0.001 * hit.score

    def _question_terms(self, question: str) -> set[str]:
        # abbreviations are not expanded here: "PCI" must match "Bản tin PCI", not every "chỉ số"
        text = f"{question} {translate_terms(question)}" if detect_language(question) == "en" else question
        toks = [t for t in folded_tokens(text) if t not in QUERY_STOPWORDS]
        return set(toks) | {f"{a}_{b}" for a, b in zip(toks, toks[1:])}

    def _best_sentence(self, question: str, hits: Sequence[Hit], accept=lambda s: True) -> _Evidence | None:
        terms = self._question_terms(question)
        best, best_score = None, 0.0
        for h, s, ctx in self._sentences(hits):
            if not accept(s):
                continue
            score = self._score_sentence(terms, s, ctx, h)
            if score > best_score:
                best, best_score = _Evidence(h, s), score
        return best

    def _frequency_sentence(self, question: str, hits: Sequence[Hit]) -> _Evidence | None:
        return self._best_sentence(question, hits, accept=lambda s: bool(_FREQ_PATTERN.search(s))
                                   and not s.lstrip("- ").lower().startswith("tần suất"))

    def _from_sentence(self, base: Answer, ev: _Evidence, frequency: bool = False) -> Answer:
        lang, c = base.language, ev.hit.chunk
        sentence = ev.quote.lstrip("-+ ").strip()
        ref = self._ref(c, lang)
        if lang == "vi":
            base.answer = f"Theo {ref} của {c.title}: “{sentence}”"
        else:
            base.answer = f"According to {ref} of {c.title} (in Vietnamese): “{sentence}”"
        base.grounded, base.citations = True, [self._cite(c, [ev.quote])]
        return base

    def _sentence_answer(self, question: str, hits: list[Hit], base: Answer, need_digit: bool = False) -> Answer:
        accept = (lambda s: bool(re.search(r"\d", s))) if need_digit else (lambda s: len(s) > 12)
        ev = self._best_sentence(question, hits[:3], accept) or self._best_sentence(question, hits[:3])
        if ev is None:
            return self._decline(base, I.Intent(base.kind, None, False), hits)
        return self._from_sentence(base, ev)

    # -- lists -------------------------------------------------------------------------------------
    def _list(self, question: str, hits: list[Hit], base: Answer) -> Answer:
        lang = base.language
        for h in hits[:3]:
            kids = self._container(h)
            target = h
            if not kids and "." in h.section:
                parent = self.engine.chunk(h.document, h.section.rsplit(".", 1)[0])
                if parent is not None and _overlap(question, parent.heading) >= _overlap(question, h.chunk.heading):
                    target = Hit(parent, h.score)
                    kids = self._container(target)
            if kids:
                chunks = [self.engine.chunk(h.document, p) for p in kids]
                items = [f"{k.section}. {_clip(k.heading, 110)}" for k in chunks if k]
                head = (f"{self._ref(target.chunk, lang).capitalize()} – {_clip(target.chunk.heading, 80)} "
                        f"({target.title}) gồm {len(items)} nội dung:" if lang == "vi" else
                        f"{self._ref(target.chunk, lang).capitalize()} – {_clip(target.chunk.heading, 80)} "
                        f"({target.title}) lists {len(items)} items:")
                base.answer = "\n".join([head] + [f"- {i}" for i in items])
                base.grounded = True
                base.citations = [self._cite(target.chunk, [target.chunk.text.split("\n")[0]])]
                return base
            bullets = [l for l in h.chunk.text.split("\n")[1:] if l[:1] in "-+"]
            if len(bullets) >= 2:
                head = (f"Theo {self._ref(h.chunk, lang)} ({h.title}):" if lang == "vi"
                        else f"According to {self._ref(h.chunk, lang)} ({h.title}):")
                base.answer = "\n".join([head] + [_clip(b, 200) for b in bullets[:10]])
                base.grounded, base.citations = True, [self._cite(h.chunk, bullets[:3])]
                return base
        return self._sentence_answer(question, hits, base)

    # -- facts ---------------------------------------------------------------------------------------
    def _definition(self, question: str, base: Answer) -> Answer | None:
        found = self.engine.abbreviations.in_text(question)
        if not found:
            return None
        lang = base.language
        lines, cites = [], []
        for ab in found[:3]:
            if lang == "vi":
                lines.append(f"{ab.short} là viết tắt của “{ab.expansion}”")
            else:
                lines.append(f"{ab.short} stands for “{ab.expansion}” (Vietnamese)")
            if ab.document:
                chunk = self.engine.chunk(ab.document, ab.section)
                title = chunk.title if chunk else ab.document
                lines[-1] += f" ({self._ref_path(ab.section, lang)}, {title})."
                cites.append(Citation(ab.document, title, ab.section, ab.quote))
            else:
                lines[-1] += (" (cách viết tắt thông dụng; các kế hoạch dùng mà không định nghĩa)." if lang == "vi"
                              else " (a standard abbreviation the plans use without defining it).")
        base.answer, base.citations, base.grounded = " ".join(lines), cites, True
        return base

    def _document_fact(self, question: str, need: str, hits: list[Hit], base: Answer) -> Answer:
        lang = base.language
        from index.query import document_preferences

        prefer = document_preferences(question, {d["document"]: d for d in self.engine.documents()})
        if prefer:
            name = max(prefer, key=prefer.get)
        elif hits:
            name = hits[0].document
        else:
            return self._decline(base, I.Intent(base.kind, need, False), hits)
        doc = self.engine.document(name)
        zone = {"number": "header", "date": "header", "signer": "signature"}[need]
        chunk = self.engine.chunk(name, zone)
        title = doc["title"]
        if need == "signer":
            if not doc.get("signer"):
                base.answer = (f"{title} không ghi người ký (bản có trong hệ thống không có phần chữ ký)." if lang == "vi"
                               else f"{title} does not name a signer (the copy indexed has no signature block).")
                return base
            value = f"{doc['signer_title']} {doc['signer']}".strip()
            text = (f"{title} do {value} ký." if lang == "vi" else f"{title} is signed by {value}.")
            quote = [doc["signer_title"], doc["signer"]]
        elif need == "number":
            number = doc.get("number")
            if not number:
                base.answer = (f"{title} không ghi số văn bản." if lang == "vi" else f"{title} has no document number.")
                return base
            if number.startswith("…"):
                text = (f"{title} chưa điền số (để trống: “Số: {number}”)." if lang == "vi"
                        else f"{title} has its number left blank (“Số: {number}”).")
            else:
                text = f"{title} là Kế hoạch số {number}." if lang == "vi" else f"{title} is document No. {number}."
            quote = [f"Số: {number}"]
        else:
            date = doc.get("date")
            if not date:
                base.answer = (f"{title} không ghi ngày ban hành." if lang == "vi" else f"{title} carries no date.")
                return base
            text = (f"{title} đề ngày {date}." if lang == "vi" else f"{title} is dated {date}.")
            if re.match(r"^(tháng|\d{4}$)", date):
                text += (" Ngày cụ thể để trống." if lang == "vi" else " The day is left blank.")
            quote = [l for l in (chunk.text.split("\n") if chunk else []) if "ngày" in l][:1]
        base.answer, base.grounded = text, True
        base.citations = [Citation(name, title, zone, squash(" ".join(q for q in quote if q)))]
        return base

    def _pattern_fact(self, question: str, need: str, hits: list[Hit], base: Answer) -> Answer:
        pattern = _EVIDENCE[need]
        ev = self._best_sentence(question, hits[:2], accept=lambda s: bool(pattern.search(s)))
        if ev is None:
            return self._decline(base, I.Intent(base.kind, need, False), hits)
        return self._from_sentence(base, ev)

    def _url(self, question: str, hits: list[Hit], base: Answer) -> Answer:
        ev = self._best_sentence(question, hits[:5], accept=lambda s: bool(_URL.search(s)))
        if ev is None:
            return self._sentence_answer(question, hits, base)
        url = _URL.search(ev.quote).group(0)
        lang, c = base.language, ev.hit.chunk
        if lang == "vi":
            base.answer = (f"Truy cập {url} ({self._ref(c, lang)}, {c.title}: "
                           f"“{ev.quote.strip()}”).")
        else:
            base.answer = f"Go to {url} ({self._ref(c, lang)} of {c.title}: “{ev.quote.strip()}”)."
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
        if hits and what:
            c = hits[0].chunk
            text += (f" Nội dung gần nhất: {self._ref(c, lang)} của {c.title} – “{_clip(c.heading or c.text, 140)}”."
                     if lang == "vi" else
                     f" Closest content: {self._ref(c, lang)} of {c.title} – “{_clip(c.heading or c.text, 140)}”.")
        base.answer, base.grounded, base.citations = text, False, []
        return base

    # -- references -----------------------------------------------------------------------------------
    def _ref(self, chunk: Chunk, lang: str) -> str:
        return self._ref_path(chunk.section, lang)

    @staticmethod
    def _ref_path(section: str, lang: str) -> str:
        if section in ZONE_NAMES[lang]:
            return ZONE_NAMES[lang][section]
        return f"mục {section}" if lang == "vi" else f"section {section}"

    @staticmethod
    def _cite(chunk: Chunk, quote_lines: list[str]) -> Citation:
        quote = " … ".join(squash(q) for q in quote_lines if q and q.strip())
        return Citation(chunk.document, chunk.title, chunk.section, quote or squash(chunk.text)[:300])


_EN_STOP = {"Who", "What", "When", "Where", "How", "Which", "Why", "Is", "Are", "Does", "Do", "The", "In", "On", "For",
            "Please", "Tell", "Can", "According", "And", "What's", "Who's", "I", "A", "An", "Of"}


def _overlap(a: str, b: str) -> float:
    ta = {t for t in folded_tokens(a) if t not in QUERY_STOPWORDS}
    tb = {t for t in folded_tokens(b) if t not in QUERY_STOPWORDS}
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"
