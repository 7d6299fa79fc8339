"""The administrative-document genre's words, read once from ``index/data/genre.tsv``.

Document types and their number abbreviations, the levels of local government that a
letterhead line may start with, the named divisions of a text (Phần / Chương / Mục /
Điều), ordinal words and the words only a closing paragraph starts with: what the parser reads any province's plan by. They are data
with their source, not code, so a reader can check and extend them.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache

from index.resources import rows



@dataclass(frozen=True)
class Genre:
    doc_types: dict[str, str]  # "KẾ HOẠCH" → "KH" (number abbreviation; "" for a công văn)
    levels: tuple[str, ...]  # "TỈNH", "HUYỆN", … longest first
    divisions: dict[str, float]  # "Điều" → its depth order among the numbering types
    ordinals: dict[str, int]  # "nhất" → 1
    closers: tuple[str, ...] = ()  # "Trên đây là": words only a closing paragraph starts with
    typed: dict[str, str] = field(default_factory=dict)  # "cv" → "CÔNG VĂN": a type's initials as typed in chat
    asked_initials: dict[str, str] = field(default_factory=dict)  # "đv" → "đơn vị", typed before "nào"
    marks: tuple[str, ...] = ()  # "HỎA TỐC", "MẬT": urgency and secrecy marks beside a letterhead, no body
    prose: dict[str, tuple[str, ...]] = field(default_factory=dict)  # assignments in prose: "assign", "lead_verb", "join_phrase", …
    unit_heads: tuple[str, ...] = ()  # "Sở", "Văn phòng", "Trung tâm": the words a body's name begins with
    item_nouns: dict[str, str] = field(default_factory=dict)  # "khoản" → "arabic": what a numbered item is called

    @property
    def type_words(self) -> tuple[str, ...]:
        """The document types accent-folded, longest first ("ke hoach", "thong bao"): how a question names them."""
        from index.normalize import fold
        return tuple(sorted({fold(t) for t in self.doc_types}, key=len, reverse=True))

    def leading_type(self, text: str) -> str:
        """The document type ``text`` starts with, folded ("ke hoach" of "KẾ HOẠCH PHỐI HỢP NĂM 2026"), or ""."""
        from index.normalize import fold
        f = fold(text).lower()
        return next((t for t in self.type_words if re.match(rf"{re.escape(t)}\b", f)), "")

    def type_of_symbol(self, symbol: str) -> str | None:
        """"KH-UBND" → "KẾ HOẠCH"; "UBND-VP" (no type abbreviation: a công văn) → "CÔNG VĂN"."""
        head = symbol.split("-", 1)[0]
        for word, abbr in self.doc_types.items():
            if abbr and abbr.upper() == head.upper():
                return word
        return "CÔNG VĂN" if "-" in symbol or symbol.isupper() else None

    def heading_unit(self, heading: str) -> str:
        """"Trách nhiệm của Sở Khoa học và Công nghệ" → "Sở Khoa học và Công nghệ": the words a duty heading starts
        with dropped, so the unit it tasks is read as if the heading were its name alone; other headings as they are."""
        for lead in self.prose.get("duty_heading", ()):
            if heading[:len(lead)].lower() == lead.lower() and heading[len(lead):len(lead) + 1] == " ":
                rest = heading[len(lead):].lstrip()
                if rest[:1].isupper():  # "Nhiệm vụ trọng tâm": no unit follows
                    return rest
        return heading


@lru_cache(maxsize=1)
def genre() -> Genre:
    doc_types, levels, divisions, ordinals, closers = {}, [], {}, {}, []
    prose: dict[str, list[str]] = {}
    typed: dict[str, str] = {}
    asked_initials: dict[str, str] = {}
    marks: list[str] = []
    unit_heads: list[str] = []
    item_nouns: dict[str, str] = {}
    for kind, value, extra, _source in rows("genre"):
        if kind == "doc_type":
            doc_types[value] = extra
        elif kind == "level":
            levels.append(value)
        elif kind == "division":
            divisions[value] = float(extra)
        elif kind == "ordinal":
            ordinals[value] = int(extra)
        elif kind == "closer":
            closers.append(value)
        elif kind == "typed":
            typed[extra] = value
        elif kind == "asked_initials":
            asked_initials[extra] = value
        elif kind == "mark":
            marks.append(value)
        elif kind == "unit_head":
            unit_heads.append(value)
        elif kind == "item_noun":
            item_nouns[value] = extra
        elif kind in ("assign", "lead_verb", "join_phrase", "task_verb", "deadline_verb", "duty_heading",
                      "definitions_heading", "issued_with", "join_named", "coord_verb", "glossary_label",
                      "execution_clause", "tasked_word", "proposal_opener", "dated_opener"):
            prose.setdefault(kind, []).append(value)
    return Genre(doc_types, tuple(sorted(levels, key=len, reverse=True)), divisions, ordinals, tuple(closers), typed,
                 prose={k: tuple(sorted(v, key=len, reverse=True)) for k, v in prose.items()},
                 unit_heads=tuple(unit_heads), item_nouns=item_nouns, asked_initials=asked_initials,
                 marks=tuple(marks))
