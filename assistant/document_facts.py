"""Facts about documents: what an abbreviation stands for, a plan's number, date, issuer and signer (from its
head and signature), what it rests on (its preamble), and a document it cites (the sentence citing it).

A mixin of the extractive answerer (assistant/extractive.py), with the sentence picking of
assistant/sentences.py.
"""
from __future__ import annotations

import copy
import re

from assistant import compose as C
from assistant import intents as I
from assistant import language as L
from assistant import question as Q
from assistant.answers import Answer, Citation
from assistant.sentences import _clip, _Evidence
from index.chunking import split_sentences
from index.genre import genre
from index.lexical import STOPWORDS_FOLDED
from index.normalize import fold, folded_tokens, squash
from index.query import _GLOSSARY_WORDS
from index.parser import dated_opening
from index.retrieval import Hit
from index.zones import CLOSING, HEADER, PREAMBLE, SIGNATURE

CITING_READ = 40  # sections read for the sentence that cites a document the question names by number

_BASIS_SENTENCE = re.compile(r"\W*(?:can cu|thuc hien|theo|trien khai)\b")

# once a question asks one fact of a document, the others it asks beside it, in short ("…số mấy, ngày nào, của cơ
# quan nào?", "…, signed by whom and when?")
_MORE_FACTS = I._table("more_facts")  # assistant/language/asks.tsv
# the years a document is for, as its title writes them ("giai đoạn 2026 - 2030", "đến năm 2030", "năm 2026")
_SPAN = re.compile(r"(?:(?:giai đoạn|thời kỳ|từ năm)\s*)?(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d|(?:đến |)năm (?:19|20)\d\d",
                   re.IGNORECASE)
_DATE_LINE = re.compile(r"ngày[\s\d.…]*tháng[\s\d.…]*năm\s*\d{4}", re.IGNORECASE)

# the words a plan is named with besides its own (assistant/language/genre.tsv): "kế hoạch … năm … của tỉnh"
_PLAN_NAME_WORDS = tuple(w for p in L.phrases("genre", "plan_name") for w in p.split())
_DOC_TYPE_WORDS = frozenset(w for p in L.phrases("genre", "plan_name") if " " in p for w in p.split())  # "báo cáo"


CITED_SHARE = 0.6  # of the question's words about a cited document, the share its citing sentence must write


_PROPOSAL = tuple(fold(p) for p in genre().prose.get("proposal_opener", ()))  # "Theo đề nghị của …"


class DocumentFacts:
    """Answers about documents themselves, over ``self.engine``."""

    # -- facts ---------------------------------------------------------------------------------------
    def _alias(self, q, base: Answer) -> Answer | None:
        """"Bộ phận Một cửa ở địa phương còn được gọi là gì?": the name a plan gives in brackets right after the
        words the question names ("Bộ phận Một cửa ở các địa phương (Trung tâm phục vụ hành chính công cấp xã)")."""
        said = set(folded_tokens(f"{q.text} {q.english_terms}"))
        named = {d for g in q.mentions for d in g}
        best, best_n = None, 1
        for c, before, inside, m in self._bracketed():
            if named and c.document not in named:
                continue
            # the words just before the bracket that the question says ("Bộ phận Một cửa ở các địa phương"
            # for "Bộ phận Một cửa ở địa phương"): counted back from the bracket, a few unsaid words let pass
            n, unsaid = 0, 0
            for w in reversed(before):
                if w in said:
                    n += 1
                elif n >= 2 or unsaid >= 3:
                    break
                else:
                    unsaid += 1
            if n > best_n and not inside <= said and not m.group(2).strip().isupper():
                best, best_n = (c, m), n
        if best is None:
            return None
        c, m = best
        alias, lang = m.group(2).strip(), base.language
        ref, name = self._ref_path(c.section, lang), C.plan_name(self.engine, c.document, lang)
        base.answer = (f"“{alias}” ({ref}, {name}): “{_clip(m.group(0), 300)}”" if lang == "vi"
                       else f"“{alias}” ({ref} of {name}): “{_clip(m.group(0), 300)}”")
        base.citations = [Citation(c.document, c.title, c.section, m.group(0))]
        base.grounded = True
        return base

    def _bracketed(self) -> list:
        """Every "words (other words)" of the corpus: (chunk, the words before folded, the bracket's words folded,
        the match), once per snapshot; what "còn gọi là gì" is answered from."""
        def build(engine) -> list:
            out = []
            for c in engine.chunks:
                for m in re.finditer(r"((?:[^\s()]+\s+){1,8})\(([^()]{4,120})\)", " ".join(c.text.split())):
                    out.append((c, folded_tokens(m.group(1)), set(folded_tokens(m.group(2))), m))
            return out
        return self.engine.derived("answerer.bracketed", build)

    def _definition(self, question: str, base: Answer, mentions: list[list[str]]) -> Answer | None:
        found = self.engine.abbreviations.in_text(question)
        if not found:
            return None
        lang = base.language
        named = {d for group in mentions for d in group}
        names = " ".join(f"{(self.engine.document(d) or {}).get('title', '')} {(self.engine.document(d) or {}).get('issuer', '')}"
                         for d in named)
        titles = set(folded_tokens(names))
        asked = [a for a in found if not set(folded_tokens(a.expansion)) <= titles
                 and fold(a.short) not in titles]  # not "CCHC" or "UBND" of the plan's name and issuer
        found = asked or found
        # "Phòng PC06" and "PC06" of one definition: said once, by the longer name the question writes
        found = [a for a in found if not any(b is not a and fold(a.expansion) == fold(b.expansion)
                                             and fold(a.short) in fold(b.short) and a.short != b.short for b in found)]
        # "UBND" inside "VP UBND tỉnh", which a plan defines: the name asked is the longer one
        found = [a for a in found if not any(len(b.short) > len(a.short) and re.search(
            rf"\b{re.escape(fold(a.short))}\b", fold(b.short)) and b.document for b in found)] or found
        lines, cites = [], []
        for ab in found[:2]:
            places = self.engine.abbreviations.definitions(ab.short)
            if named:
                places = [p for p in places if p.document in named] or places
            kind = re.search(r"\bla (?:mot )?(\w+(?: \w+)?) (?:gi|nao)\b", fold(question))  # "SIPAS là chỉ số gì"
            if kind and kind.group(1) not in ("cai", "viet tat"):
                places = [p for p in places if fold(p.expansion).startswith(kind.group(1))] or places
            main = places[0] if places else ab
            initials = not re.search(r"[a-zà-ỹđ]", main.short) or " " not in main.short  # "PCI", not "Đề án 06"
            if lang == "vi":
                lines.append(f"{main.short[:1].upper()}{main.short[1:]} là {'viết tắt của ' if initials else ''}“{main.expansion}”")
            else:
                lines.append(f"{main.short} {'stands for' if initials else 'is'} “{main.expansion}”")
            if main.document:
                chunk = self.engine.chunk(main.document, main.section)
                lines[-1] += f" ({self._ref_path(main.section, lang)}, {C.plan_name(self.engine, main.document, lang)})."
                seen = set()
                for p in places:  # every plan that defines it, one citation each
                    if p.document not in seen:
                        seen.add(p.document)
                        ch = self.engine.chunk(p.document, p.section)
                        cites.append(Citation(p.document, ch.title if ch else p.document, p.section, p.quote))
            else:
                lines[-1] += (" (cách viết tắt thông dụng; các kế hoạch dùng mà không định nghĩa)." if lang == "vi"
                              else " (a standard abbreviation the plans use without defining it).")
        base.answer, base.citations, base.grounded = " ".join(lines), cites, True
        return base

    def _document_fact(self, question: str, need: str, mentions: list[list[str]], base: Answer,
                       focus: str) -> Answer | None:
        """One fact of a document, or each it asks in turn ("số mấy, ngày nào, của cơ quan nào?")."""
        needs = [need] + [n for n, cue in _MORE_FACTS if n != need and cue.search(fold(question))]
        answers = [self._one_fact_answer(question, n, mentions, copy.copy(base), focus) for n in needs]
        if any(a is None for a in answers):
            return None  # a document no indexed one is: the next route reads the plans' text for it
        if len(answers) == 1:
            return answers[0]
        base.answer = " ".join(dict.fromkeys(a.answer for a in answers))  # a fact two cues ask, said once
        base.citations = [c for i, a in enumerate(answers) for c in a.citations
                          if c not in [x for b in answers[:i] for x in b.citations]]
        base.grounded = all(a.grounded for a in answers)
        return base

    def _cited_number(self, folded_type: str, documents: set[str], base: Answer, about: str) -> Answer | None:
        """"Tờ trình … số mấy" of a resolution that cites it ("Xét Tờ trình số 318/TTr-UBND …"): the number its
        text writes after that type, in a sentence that names most of what the question says of that document
        (not another plan the text cites); None when none does (the next route reads on)."""
        said = {t for t in about.split() if t not in STOPWORDS_FOLDED and not t.isdigit()} - set(folded_type.split())
        written = next((t for t in genre().doc_types if fold(t).lower() == folded_type), None)
        if written is None:
            return None
        pattern = re.compile(rf"\b{re.escape(written)}\s+(?:số\s+)?(\d+/[\w\-Đđ]+)", re.IGNORECASE)
        citing = [Hit(c, 1.0) for c in self.engine.chunks if c.document in documents and pattern.search(c.text)]
        ev = self._best_sentence(about, citing, lambda s: bool(pattern.search(s)) and len(
            said & set(folded_tokens(s))) >= CITED_SHARE * len(said))
        return self._from_sentence(base, ev, value=pattern.search(ev.quote).group(1)) if ev else None

    def _one_fact_answer(self, question: str, need: str, mentions: list[list[str]], base: Answer,
                         focus: str) -> Answer | None:
        lang = base.language
        if mentions:
            names = mentions[0]
        else:
            hits = self.engine.search(focus, k=3)
            if not hits:
                return self._decline(base, I.Intent(base.kind, need, False), hits)
            names = [hits[0].document]
        texts, citations = [], []
        asked = fold(question)
        # the type of document asked ("kế hoạch … số mấy"): a report of the same place and year is not that plan;
        # a decision that issues one ("Quyết định ban hành Kế hoạch …") answers for it
        types = set(genre().type_words)
        named_types = {t for t in types if re.search(rf"\b{re.escape(t)}\b", asked)}
        alternatives = "|".join(re.escape(t) for t in sorted(types, key=len, reverse=True))
        number_of = re.search(rf"\b({alternatives})(?: \w+)?? (?:co )?so (?:may|bao nhieu|hieu|nao)\b", asked)
        if need == "number" and number_of:  # "tờ trình về dự thảo Nghị quyết 41 là tờ trình số mấy": that type's
            named_types = {number_of.group(1)}

        def of_type(d: str) -> bool:
            doc = self.engine.document(d) or {}
            kind = fold(doc.get("doc_type") or "")
            return not kind or kind in named_types or any(t in fold(doc.get("title") or "") for t in named_types)

        groups = [g for g in (mentions or [names]) if not named_types or any(of_type(d) for d in g)]
        if not groups and need == "number" and number_of and mentions:
            abbr = next((a for t, a in genre().doc_types.items() if fold(t).lower() == number_of.group(1)), "")
            issuing = next((d for g in mentions for d in g if abbr and re.search(
                rf"/{re.escape(abbr)}\b", (self.engine.document(d) or {}).get("issued_by") or "")), None)
            if issuing:  # "Đề án … được phê duyệt bằng quyết định số mấy": the decision it is issued with
                text, citation = self._one_document_fact(issuing, "number", lang)
                base.answer, base.grounded, base.citations = text, citation is not None, [citation] if citation else []
                return base
            about = f"{asked[:number_of.start()]} {asked[number_of.end():]}"  # what the question says of it
            return self._cited_number(number_of.group(1), {d for g in mentions for d in g}, copy.copy(base), about) \
                or self._decline(base, I.Intent(base.kind, need, False), [])
        if not groups and not mentions:
            if need == "number" and len(named_types) == 1:  # "quyết định phê duyệt kết quả … số mấy", no plan
                # named: the number any plan writes after that type, in the sentence that says what the question
                # says of it
                kind = next(iter(named_types))
                about = re.sub(rf"\b{re.escape(kind)}\b|\b(?:la )?(?:co )?so (?:may|bao nhieu|hieu|nao)\b", " ", asked)
                every = {d["document"] for d in self.engine.documents()}
                return self._cited_number(kind, every, copy.copy(base), about)
            numbered = re.search(rf"\b(?:{alternatives}) (?:so )?(\d+)\b", asked)
            if need == "signer" and numbered and numbered.group(1) not in self._lookups().own_numbers:
                # "quyết định 615 ai ký": a document the plans only cite; what they say of it is not who signed it
                return self._decline(base, I.Intent(base.kind, need, False), [])
            return None  # "đề án … được duyệt ở quyết định số mấy": a document the plans cite, read in their text
        if not groups:
            return self._decline(base, I.Intent(base.kind, need, False), [])
        for group in groups:
            # a decision and the plan it carries are both named by the plan's title: the type asked picks the part
            name = min(group, key=lambda d: fold(self.engine.document(d).get("doc_type") or "") not in asked)
            text, citation = self._one_document_fact(name, need, lang)
            texts.append(text)
            if citation:
                citations.append(citation)
        base.answer = " ".join(texts)
        base.grounded, base.citations = bool(citations), citations
        return base

    def _one_document_fact(self, name: str, need: str, lang: str) -> tuple[str, Citation | None]:
        doc = self.engine.document(name)
        title = doc["title"]
        if need == "recipient":
            return self._recipients(name, title, lang)
        zone = {"number": HEADER, "date": HEADER, "issuer": HEADER, "signer": SIGNATURE, "span": HEADER}[need]
        chunk = self.engine.chunk(name, zone)
        lines = chunk.text.split("\n") if chunk else []
        if need == "signer":
            if not doc.get("signer"):
                return ((f"{title} không ghi người ký (bản có trong hệ thống không có phần chữ ký)." if lang == "vi"
                         else f"{title} does not name a signer (the copy indexed has no signature block)."), None)
            # the person asked first, then the capacity the block signs in ("TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH")
            value = doc["signer"] + (f" ({doc['signer_title']})" if doc.get("signer_title") else "")
            text = f"{title} do {value} ký." if lang == "vi" else f"{title} is signed by {value}."
            return text, Citation(name, title, zone, squash(" ".join(lines)))
        if need == "issuer":
            issuer = doc.get("issuer")
            if not issuer:
                return (f"{title} không ghi cơ quan ban hành." if lang == "vi" else f"{title} names no issuer."), None
            line = next((l for l in lines if fold(issuer) in fold(l)), issuer)
            text = f"{title} do {issuer} ban hành." if lang == "vi" else f"{title} was issued by {issuer}."
            return text, Citation(name, title, zone, line)
        if need == "span":  # "giai đoạn 2026 - 2030", "năm 2026": the years its title says it is for
            spans = list(_SPAN.finditer(title))
            # a range first; else the year of the plan ("… kết quả năm 2025 và nhiệm vụ năm 2026" of a 2026 plan)
            said = next((m for m in spans if re.search(r"\d\s*[-–—]\s*\d", m.group(0))), None) or next(
                (m for m in spans if str(doc.get("year")) in m.group(0)), spans[-1] if spans else None)
            if said is None:
                return (f"{title} không ghi giai đoạn áp dụng." if lang == "vi" else f"{title} names no period."), None
            line = next((l for l in lines if said.group(0) in l), title)
            text = (f"{said.group(0)} — {title}." if lang == "vi" else f"{said.group(0)} — {title}.")
            return text, Citation(name, title, zone, line)
        issued_with = next((l for l in lines if "kèm theo" in l.lower()), "")  # "(Ban hành kèm theo Quyết định …)"
        if need == "number":
            number = doc.get("number")
            if not number and doc.get("issued_by"):  # a plan issued with a decision has that decision's number
                text = (f"{title} không có số riêng; được ban hành kèm theo văn bản số {doc['issued_by']}."
                        if lang == "vi" else f"{title} has no number of its own; it is issued with document "
                                             f"No. {doc['issued_by']}.")
                return text, Citation(name, title, zone, issued_with or f"Số: {doc['issued_by']}")
            if not number:
                return (f"{title} không ghi số văn bản." if lang == "vi" else f"{title} has no document number."), None
            line = next((l for l in lines if l.startswith("Số")), f"Số: {number}")
            if number.startswith("…"):
                text = (f"{title} chưa điền số (“{line}”, để trống; bản dự thảo hoặc chưa ban hành)." if lang == "vi"
                        else f"{title} has its number left blank (“{line}”).")
            else:
                text = f"{title} là văn bản số {number}." if lang == "vi" else f"{title} is document No. {number}."
            return text, Citation(name, title, zone, line)
        line = next((l for l in lines if _DATE_LINE.search(l)), "") or \
            (issued_with if doc.get("issued_by") and re.search(r"ngày\s*\d", issued_with) else "")
        if not line:  # a contract or minutes dated in its opening line ("Hôm nay, ngày 12 tháng 01 năm 2026, tại …")
            pre = self.engine.chunk(name, PREAMBLE)
            line = dated_opening(pre.text.split("\n") if pre else ())
            zone = PREAMBLE if line else zone
        if not line:
            return (f"{title} không ghi ngày ban hành." if lang == "vi" else f"{title} carries no date."), None
        text = f"{title} đề “{line}”" if lang == "vi" else f"{title} is dated “{line}”"
        day = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", line) or \
            re.search(r"ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})", line)
        if day:  # the date asked first, then the line it is read from
            text = f"{'/'.join(day.groups())} — {text}"
        if not re.search(r"ngày\s+\d", line):
            text += " (ngày để trống)." if lang == "vi" else " (the day is left blank)."
        else:
            text += "."
        return text, Citation(name, title, zone, line)

    def _recipients(self, name: str, title: str, lang: str) -> tuple[str, Citation | None]:
        """Who a document is sent to: its "Kính gửi: …" line, the body its closing "kính gửi …", else the bodies of
        its "Nơi nhận" list (but its own file copy, "Lưu: …")."""
        for zone in (HEADER, PREAMBLE, CLOSING):
            chunk = self.engine.chunk(name, zone)
            if chunk is None:
                continue
            lines = [ln.strip() for ln in chunk.text.split("\n")]
            at = next((i for i, ln in enumerate(lines) if re.fullmatch(r"[Kk]ính gửi\s*:?", ln)), None)
            listed = []
            for ln in lines[at + 1:] if at is not None else ():  # "Kính gửi:" over a list, one body a line
                if not ln.startswith(("-", "–", "•", "+")):
                    break
                listed.append(ln.lstrip("-–•+ ").rstrip(";,."))
            if listed:
                quote = " ".join(lines[at:at + 1 + len(listed)])
                text = (f"{'; '.join(listed)} — {title} kính gửi: “{quote}”" if lang == "vi"
                        else f"{'; '.join(listed)} — {title} is addressed to them: “{quote}”")
                return text, Citation(name, title, zone, quote)
            text = squash(chunk.text)
            m = re.search(r"[Kk]ính gửi:?\s*(.+?)(?=\s+(?:theo dõi|để|xem xét)\b|[.;]|$)", text)
            if m:
                sentence = next((x for x in split_sentences(chunk.text) if "ính gửi" in x), m.group(0))
                value = m.group(1).strip(" ,:")
                text = (f"{value} — {title} kính gửi: “{squash(sentence)}”" if lang == "vi"
                        else f"{value} — {title} is addressed to it: “{squash(sentence)}”")
                return text, Citation(name, title, zone, squash(sentence))
        chunk = self.engine.chunk(name, CLOSING)
        lines = [ln.strip() for ln in chunk.text.split("\n")] if chunk else []
        start = next((i for i, ln in enumerate(lines) if fold(ln).lstrip("*").startswith("noi nhan")), None)
        if start is None:
            return ((f"{title} không ghi nơi nhận." if lang == "vi" else f"{title} names no recipient."), None)
        listed = [ln.lstrip("-–• ").rstrip(";,.") for ln in lines[start + 1:]
                  if ln.startswith(("-", "–", "•")) and not fold(ln.lstrip("-–• ")).startswith("luu")]
        if not listed:
            return ((f"{title} không ghi nơi nhận." if lang == "vi" else f"{title} names no recipient."), None)
        text = (f"{title} gửi: {'; '.join(listed)} (nơi nhận)." if lang == "vi"
                else f"{title} is sent to: {'; '.join(listed)} (its list of recipients).")
        return text, Citation(name, title, CLOSING, "\n".join(lines[start:start + 1 + len(listed) + 1]))

    def _basis(self, question: str, mentions: list[list[str]], focus: str, base: Answer) -> Answer | None:
        if mentions:
            name = mentions[0][0]
        else:
            hits = self.engine.search(focus, k=1)
            name = hits[0].document if hits else None
        chunk = self.engine.chunk(name, PREAMBLE) if name else None
        if chunk is None:
            return None
        # every "Căn cứ … / Thực hiện …" sentence when there are a few (a plan often rests on two), else the one
        # that names what is asked ("căn cứ kế hoạch nào *của Sở về công tác CCHC*")
        sentences = split_sentences(chunk.text)
        if re.search(r"\bde nghi\b|\bto trinh\b|propos", fold(question)):  # "theo đề nghị của ai, tờ trình số mấy"
            proposed = [x for x in sentences if fold(x).startswith(_PROPOSAL)]
            if proposed:
                return self._from_sentence(base, _Evidence(Hit(chunk, 1.0), " ".join(proposed)))
        bases = [x for x in sentences if _BASIS_SENTENCE.match(fold(x))]
        asked = next((t for t in genre().type_words if re.search(rf"\b{t} (?:nao|so (?:may|bao nhieu|gi))\b",
                                                                   fold(question))), "")
        if len(re.findall(r"\b(?:can cu|thuc hien|dua (?:vao|tren))\b", fold(question))) > 1:
            asked = ""  # "căn cứ quyết định nào …, và căn cứ kế hoạch nào": every basis asked, not one type
        typed = [c for x in (bases or sentences) for c in re.split(r";\s+", x)
                 if re.search(rf"\b{asked}\b", fold(c))] if asked else []  # the clause that names it
        if typed:  # "theo công văn nào": the basis of that type that says most of the question, not every one
            terms = self._question_terms(question)
            best = max(typed, key=lambda c: self._score_sentence(terms, c, "", Hit(chunk, 1.0)))
            return self._from_sentence(base, _Evidence(Hit(chunk, 1.0), best))
        if 1 < len(bases) <= 3:
            return self._from_sentence(base, _Evidence(Hit(chunk, 1.0), " ".join(bases)))
        ev = self._best_sentence(question, [Hit(chunk, 1.0)])
        return self._from_sentence(base, ev or _Evidence(Hit(chunk, 1.0), split_sentences(chunk.text)[0]))

    def _cited_document(self, q: "Q.Question", base: Answer) -> Answer | None:
        """A document the plans cite, asked about by its number: the sentence that cites it says what it is."""
        look = self._lookups()
        own = look.own_numbers
        question, mentions, folded = q.text, q.mentions, q.folded
        refs, numbers = [], set()
        for m in I.OTHER_DOCUMENT.finditer(folded):
            kind = re.match(r"\s*[-/]\s*([a-z]+)", folded[m.end(1):])
            if m.group(1) not in own and kind:
                refs.append(re.compile(rf"(?<!\d){m.group(1)}\s*[-/]\s*{kind.group(1)}\b"))
                numbers.add(m.group(1))
        if not refs:
            return None
        scope = {d for g in mentions for d in g}  # "… của UBND tỉnh" may name the cited document's issuer
        terms = self._question_terms(question)
        # only sections whose text has the number can cite it
        citing = sorted({i for n in numbers for i in look.citing.get(n, ())})
        for positions in ([i for i in citing if self.engine.chunks[i].document in scope] if scope else [], citing):
            best, best_score = None, 0.0
            chunks = [self.engine.chunks[i] for i in self._most_alike(positions, terms)]
            for h, sentence, ctx in self._sentences([Hit(c, 1.0) for c in chunks]):
                if any(r.search(fold(sentence)) for r in refs):
                    score = self._score_sentence(terms, sentence, ctx, h)
                    if score > best_score:
                        best, best_score = _Evidence(h, sentence), score
            if best and q.intent.needs == "signer" and re.search(r"\bky\b|\bsign", q.folded) \
                    and not re.search(r"\bky\b", fold(best.quote)) \
                    and not L.any_phrase("cues", "office_title").search(fold(best.quote)):  # "của Bộ trưởng …"
                # the plans cite it by number, date and issuer; who signed it they do not say
                return self._decline(base, q.intent, [])
            if best:
                return self._from_sentence(base, best)
        return None

    def _most_alike(self, positions: list[int], terms: set[str]) -> list[int]:
        """``positions``, or, when there are more than CITING_READ (a decree every plan cites), the CITING_READ
        sections most like the question by BM25 (ties by position), in their order: what is read for a sentence
        then does not grow with the corpus."""
        if len(positions) <= CITING_READ:
            return positions
        found, score = self.engine.lexical.matched(sorted(terms))
        scores = dict(zip(found.tolist(), score.tolist()))
        return sorted(sorted(positions, key=lambda i: (-scores.get(i, 0.0), i))[:CITING_READ])

    def _asks_meaning(self, q: "Q.Question") -> bool:
        """'PAPI là gì?' asks what PAPI means; 'bộ phận một cửa … UBND còn gọi là gì' does not."""
        found = self.engine.abbreviations.in_text(q.text)
        if not found or re.search(r"\bcon (?:duoc )?goi la\b", q.folded):  # "còn gọi là": another name
            return False
        shorts = {fold(w) for a in found for w in a.short.split()}
        ignore = shorts | {"chi", "so", "tu", "cai", "trong"} | self._plan_words([d["document"] for d in self.engine.documents()])
        # not the words naming the plan it names, nor those that speak of words ("chữ viết tắt", "cụm từ")
        rest = I.CUES["meta_word"].sub(" ", " ".join(t for t in q.topic if t not in ignore)).split()
        if q.language == "en":  # English words of the genre and function words say how it asks, not what about
            rest = [t for t in rest if t not in Q._ENGLISH_TOKENS and t not in _GLOSSARY_WORDS]
        return len(rest) <= 4

    def _plan_words(self, names: list[str]) -> set[str]:
        words = set(_PLAN_NAME_WORDS)
        for name in names:  # not the title's words: they are often the topic too ("tuyên truyền")
            d = self.engine.document(name) or {}
            words |= set(folded_tokens(f"{d.get('issuer', '')} {d.get('number', '')} {d.get('year', '')}"))
        return words
