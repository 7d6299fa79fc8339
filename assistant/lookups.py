"""What the answerer looks up per question, indexed once per loaded index (snapshot) instead.

A question may ask for a section's children, the sections headed by its words, the sections with a
link, the sections that cite a document number, or the units named as leads. Scanning every section
for each question made answering time grow with the corpus; these tables are built the first time a
snapshot is asked and kept with it (``SearchEngine.derived``), so a reload builds new ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.normalize import fold, folded_tokens
from index.query import doc_number
from index.parser import FIGUREROW
from index.tables import DATA_TABLE_HEAD

_DIGITS = re.compile(r"\d+")


@dataclass
class Lookups:
    children: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (document, path) → child paths
    by_document: dict[str, list[int]] = field(default_factory=dict)  # document → its chunk positions, ascending
    heading_words: dict[int, set[str]] = field(default_factory=dict)  # chunk position → its heading's folded words
    headed_by: dict[str, list[int]] = field(default_factory=dict)  # heading word → chunk positions, ascending
    documents_with_chunks: int = 0
    with_links: list[int] = field(default_factory=list)  # chunk positions whose text has a link
    with_tables: list[int] = field(default_factory=list)  # chunk positions whose text holds a data table
    citing: dict[str, list[int]] = field(default_factory=dict)  # a number ("49") → chunk positions whose text has it
    leads: list[tuple[str, str, int]] = field(default_factory=list)  # (unit as written, folded, chunk position)
    own_numbers: set[str] = field(default_factory=set)  # the indexed documents' own numbers ("281")
    known_years: set[str] = field(default_factory=set)  # the indexed documents' years, as text
    portal: str = ""  # the link the most plans name (the public-service portal they send citizens to)

    @classmethod
    def build(cls, engine, url: re.Pattern) -> "Lookups":
        out = cls()
        chunks = engine.chunks
        named_by: dict[str, set[str]] = {}
        for i, c in enumerate(chunks):
            out.by_document.setdefault(c.document, []).append(i)
            if c.part == 0 and "." in c.section and c.kind != FIGUREROW:  # a figures table's rows: no parts of a list
                out.children.setdefault((c.document, c.section.rsplit(".", 1)[0]), []).append(c.section)
            if not c.part and c.kind != "zone":
                words = set(folded_tokens(c.heading))  # "Xếp loại kết quả:" → … "qua", not "qua:"
                out.heading_words[i] = words
                for w in words:
                    out.headed_by.setdefault(w, []).append(i)
            if f"\n{DATA_TABLE_HEAD}" in f"\n{c.text}":
                out.with_tables.append(i)
            if url.search(c.text):
                out.with_links.append(i)
                for link in url.findall(c.text):
                    named_by.setdefault(link.rstrip("/.!,;:"), set()).add(c.document)
            for number in set(_DIGITS.findall(fold(c.text))):
                out.citing.setdefault(number, []).append(i)
            if not c.part:
                for key in ("lead", "executor"):
                    for unit in re.split(r"[;,] ?", c.fields.get(key, "")):
                        unit = unit.strip()
                        if len(unit) > 6:
                            out.leads.append((unit, fold(unit), i))
        out.documents_with_chunks = len({c.document for c in chunks})
        if named_by:
            out.portal = min(named_by, key=lambda link: (-len(named_by[link]), link))
        documents = engine.documents()
        out.own_numbers = {doc_number(d) for d in documents}
        out.known_years = {str(d.get("year")) for d in documents}
        return out

    def of_document(self, chunks: list, document: str) -> list:
        """The chunks of ``document``, in order (``chunks``: the snapshot's, as built)."""
        return [chunks[i] for i in self.by_document.get(document, ())]

    def headed_by_any(self, words: set[str]) -> list[int]:
        """Positions of the sections whose heading has one of ``words``, ascending."""
        return sorted({i for w in words for i in self.headed_by.get(w, ())})


# a link the plans write ("https://…", "dichvucong.quangngai.gov.vn")
URL = re.compile(r"(?:https?://[^\s,;“”\"'<>)!]+|\b[\w-]+(?:\.[\w-]+)*\.gov\.vn\b/?)")


def lookups(engine) -> Lookups:
    """The per-snapshot tables of this module, built once for the engine's snapshot."""
    return engine.derived("answerer.lookups", lambda e: Lookups.build(e, URL))


def chunks_of(engine, document: str) -> list:
    """The chunks of ``document``, in order, without scanning the index."""
    return lookups(engine).of_document(engine.chunks, document)
