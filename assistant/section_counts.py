"""How many items a section named by its heading holds: "Lịch tuyên truyền trọng điểm có bao nhiêu đợt?",
"Phần nhiệm vụ và giải pháp có mấy nhóm, bao nhiêu nhiệm vụ?", "Dự thảo kế hoạch kèm báo cáo gồm bao nhiêu nhiệm vụ?".

No plan writes such a count: it is the number of the section's parts (its rows, its numbered items), and of their
parts when they are groups. The section is the one whose heading holds most of what the question names besides
the count; the counted nouns are the question's own words, so the answer speaks of "đợt" or "nhiệm vụ" as asked.
"""
from __future__ import annotations

import re

from assistant import compose as C
from assistant import language as L
from assistant import routes as R
from assistant.answers import Answer
from assistant.sentences import LISTED_CITED, _clip, _upper_first
from index.lexical import STOPWORDS_FOLDED, content_tokens
from index.normalize import fold
from index.retrieval import Hit

# "bao nhiêu nhiệm vụ", "mấy nhóm", "how many tasks": the quantifier and the noun it counts (one or two syllables)
# ("thứ bao nhiêu", "đứng thứ mấy" ask a rank, no count)
_COUNTED = re.compile(r"(?<!thứ )(?<!thu )\b(?:bao nhiêu|bao nhieu|mấy|may|how many)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)",
                      re.IGNORECASE)
# what a count of parts never answers: measures, money, shares, ranks
_MEASURES = {"phan", "tram", "diem", "dong", "tien", "ty", "trieu", "nghin", "ngay", "thang", "nam", "lan", "gio",
             "percent", "bac"}  # an amount, not a count of parts ("bao nhiêu tiền")
_SHARE_NEEDED = 0.6  # the share of the heading's words (idf-weighted) the question must say


def counted_nouns(text: str, corpus_words: set[str]) -> list[str]:
    """The nouns a question counts, as written: "nhiệm vụ" (two syllables when the plans write the pair), "nhóm"."""
    out = []
    for m in _COUNTED.finditer(text):
        words = m.group(1).split()
        first = fold(words[0].lower())
        if first in _MEASURES or first in STOPWORDS_FOLDED:
            continue
        pair = " ".join(words[:2]).lower()
        keep = pair if len(words) == 2 and fold(pair) in corpus_words and fold(words[1].lower()) not in \
            STOPWORDS_FOLDED else words[0].lower()
        if keep not in out:
            out.append(keep)
    return out


def heading_pairs(engine) -> set[str]:
    """Two-syllable words the plans' headings write ("nhiem vu", "chi tieu"), folded: once per snapshot."""
    def build(engine) -> set[str]:
        pairs = set()
        for c in engine.chunks:
            toks = content_tokens(c.heading)
            pairs |= {f"{a} {b}" for a, b in zip(toks, toks[1:])}
        return pairs
    return engine.derived("answerer.heading-pairs", build)


class SectionCounts:
    """A mixin of the extractive answerer (it has ``engine``, ``_container``, ``_cite``, ``_ref``)."""

    def _count_parts(self, q) -> Answer | None:
        """"Chỉ thị 04 có bao nhiêu khoản?", "Quyết định có mấy điều?": a document's own parts, counted at the
        shallowest level they stand at (index/data/genre.tsv: the divisions and the items' names)."""
        from index.genre import genre
        g = genre()
        named = {fold(w).lower(): ("division", w) for w in g.divisions} | {fold(w): ("item", k) for w, k in g.item_nouns.items()}
        asked = [named[n] for n in (fold(x).lower() for x in counted_nouns(q.text, set())) if n in named]
        docs = {d for grp in q.mentions for d in grp}
        if not asked or len(docs) != 1 or q.section:
            return None
        what, key = asked[0]
        doc = next(iter(docs))
        parts = [c for c in self._lookups().of_document(self.engine.chunks, doc) if c.part == 0 and c.kind != "zone"
                 and (c.section.startswith(f"{key} ") if what == "division" else c.kind == key)]
        if not parts:
            return None
        top = min(p.section.count(".") for p in parts)
        parts = [p for p in parts if p.section.count(".") == top]
        lang, base = q.language, R.base(q)
        noun = next(w for w in (*g.divisions, *g.item_nouns) if named.get(fold(w).lower()) == asked[0]).lower()
        name = C.plan_name(self.engine, doc, lang)
        head = f"{_upper_first(name)} có {len(parts)} {noun}:" if lang == "vi" else f"{name} has {len(parts)} {noun}:"
        base.answer = "\n".join([head] + [f"- {p.section}. {_clip(p.heading, 150)}" for p in parts[:30]])
        base.grounded = True
        base.citations = [self._cite(p, [p.text.split("\n")[0]]) for p in parts[:30]]
        return base

    def _rows_or_parts(self, c) -> list[str]:
        """The paths of a section's parts, or of its table's rows when it has no other (a table of figures, whose
        rows are no parts of a list but are what "bao nhiêu xã" of it counts)."""
        parts = self._container(Hit(c, 0.0))
        return parts or [k.section for k in self._lookups().of_document(self.engine.chunks, c.document) if not k.part
                         and k.section.rsplit(".", 1)[0] == c.section and k.section != c.section]

    def _count_section(self, q) -> Answer | None:
        nouns = counted_nouns(q.text, self._pair_words())
        if not nouns:
            return None
        docs = {d for g in q.mentions for d in g} or set(q.places) or {d["document"] for d in self.engine.documents()}
        said_words = set(content_tokens(q.text))
        for a in self.engine.abbreviations.in_text(q.text):  # "PCI" names "Chỉ số năng lực cạnh tranh cấp tỉnh"
            said_words |= set(content_tokens(a.expansion))
        idf = self.engine.lexical.idf
        best, score = None, (0.0, 0)
        named = ([c for c in (self._section_chunk(d, q.section) for d in sorted(docs)) if c]
                 or [c for c in (self._section_chunk(d, q.section, named=True) for d in sorted(docs)) if c]) \
            if q.section else []
        named = [self._part_named(c, q) for c in named]  # "lĩnh vực Hộ tịch trong phụ lục": that part of it
        if len(named) == 1 and len(self._rows_or_parts(named[0])) >= 2:
            best, score = named[0], (1.0, 0)  # "danh sách kèm công văn … có bao nhiêu xã": the section named
        for c in self.engine.chunks if best is None else ():
            if c.document not in docs or c.part or not c.heading or len(self._container(Hit(c, 0.0))) < 2:
                continue
            have = set(content_tokens(c.heading))
            total = sum(idf.get(w, 0.0) for w in have)
            matched = have & said_words
            s = (sum(idf.get(w, 0.0) for w in matched) / total if total else 0.0, len(matched))
            if len(matched) >= 2 and s > score:
                best, score = c, s
        if best is None or score[0] < _SHARE_NEEDED:
            return None
        kids = [k for k in (self.engine.chunk(best.document, p) for p in self._rows_or_parts(best)) if k]
        grand = [[k for k in (self.engine.chunk(best.document, p) for p in self._container(Hit(kid, 0.0))) if k]
                 for kid in kids]
        grouped = len(nouns) >= 2 or all(grand)  # "mấy nhóm, bao nhiêu nhiệm vụ" or a table of group rows
        counts = [len(kids), sum(len(g) for g in grand)] if grouped and any(grand) else [len(kids)]
        lang, base = q.language, R.base(q)
        groups = [n for n in nouns if fold(n) in L.phrases("cues", "group_noun")]  # "nhóm": the parts' level
        items = [n for n in nouns if n not in groups]
        if len(counts) == 1:
            said = f"{counts[0]} {nouns[0]}"
        else:
            group_word = groups[0] if groups else ("nhóm" if lang == "vi" else "groups")
            said = f"{counts[1]} {items[0]}, {counts[0]} {group_word}" if items else f"{counts[0]} {group_word}"
        listed = kids if len(counts) == 1 else [g for gs in grand for g in gs]
        lines = [f"- {k.section}. {_clip(k.heading, 150)}" for k in listed[:30]]
        ref = f"{_upper_first(self._ref(best, lang))} – {_clip(best.heading, 80)} ({C.plan_name(self.engine, best.document, lang)})"
        head = f"{ref} gồm {said}:" if lang == "vi" else f"{ref} holds {said}:"
        base.answer = "\n".join([head] + lines)
        base.grounded = True
        # the section, the items counted, and always the last of them: its number is the count
        shown = listed[:LISTED_CITED - 1] + listed[-1:] if len(listed) >= LISTED_CITED else listed
        base.citations = [self._cite(best, [best.text.split("\n")[0]])] + [
            self._cite(k, [k.text.split("\n")[0]]) for k in shown]
        return base

    def _pair_words(self) -> set[str]:
        return heading_pairs(self.engine)
