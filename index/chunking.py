"""Sections → retrieval chunks: one chunk per section, long sections split on sentences.

What gets embedded carries the document title and the heading breadcrumb, so a bare
field line ("- Đơn vị chủ trì: …") is still found by what the activity is about.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import Any

from index.normalize import fold
from index.parser import ParsedDocument, Section

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ\-+“])")
BREADCRUMB_HEADING_CHARS = 90
_LIST_ITEM = re.compile(r"[-–—•+*]\s|[a-zđ0-9]{1,3}[.)]\s")
_LABEL = re.compile(r"[^:.;]{1,40}:")  # "Thời gian thực hiện: …" is a line of its own
VARIANTS = ("orig", "folded")  # each chunk is embedded as written and accent-folded
FIELD_PREFIX = "field_"  # an activity field's metadata key: field_lead, field_timing, …


@dataclass(slots=True)  # one per section: 100k sections hold no __dict__ each
class Chunk:
    id: str
    document: str  # file name under corpus/
    title: str  # the document's full title
    section: str  # section path
    heading: str
    breadcrumb: str  # ancestors' headings, outermost first
    text: str  # the section's own text (or one part of it)
    fields: dict[str, str] = field(default_factory=dict)
    order: int = 0
    part: int = 0
    kind: str = ""  # section kind: cap/roman/arabic/letter/zone

    def embed_text(self) -> str:
        return f"{self.title}\n{self.breadcrumb}\n{self.text}".strip()

    def lexical_text(self) -> str:
        return f"{self.breadcrumb}\n{self.text}"

    def metadata(self) -> dict[str, Any]:
        """Flat, Chroma-legal scalars: activity fields as ``field_<name>``, in their order."""
        meta: dict[str, Any] = {"document": self.document, "title": self.title, "section": self.section,
                                "heading": self.heading, "breadcrumb": self.breadcrumb, "order": self.order,
                                "part": self.part, "kind": self.kind}
        for k, v in self.fields.items():
            meta[f"{FIELD_PREFIX}{k}"] = v
        return meta

    @classmethod
    def from_metadata(cls, meta: dict[str, Any], text: str, id: str) -> "Chunk":
        """The chunk whose ``metadata()`` is ``meta`` (other keys are ignored)."""
        # a plan's name, title and an ancestor's headings repeat in every section read back: one copy of each
        return cls(id=id, document=sys.intern(meta["document"]), title=sys.intern(meta["title"]),
                   section=meta["section"], heading=meta["heading"], breadcrumb=sys.intern(meta["breadcrumb"]), text=text,
                   fields={k[len(FIELD_PREFIX):]: v for k, v in meta.items() if k.startswith(FIELD_PREFIX)},
                   order=meta["order"], part=meta["part"], kind=meta["kind"])

    @classmethod
    def from_record(cls, meta: dict[str, Any]) -> "Chunk":
        """The chunk of a stored record's metadata (``index.nodes.record_nodes``)."""
        return cls.from_metadata(meta, meta["chunk_text"], meta["chunk_id"])

    def variants(self) -> list[tuple[str, str]]:
        """(variant, text) pairs embedded for the chunk, in VARIANTS order."""
        text = self.embed_text()
        return list(zip(VARIANTS, (text, fold(text))))


def _short(heading: str, label: str, kind: str) -> str:
    text = heading if len(heading) <= BREADCRUMB_HEADING_CHARS else heading[:BREADCRUMB_HEADING_CHARS].rsplit(" ", 1)[0] + "…"
    return f"{label}. {text}" if kind != "zone" else label


def split_sentences(text: str) -> list[str]:
    """Sentences, line by line. An enumeration announced by a colon ("04 thủ tục: A; B; C.") is one
    sentence: its items end in semicolons but belong to what introduced them."""
    out: list[str] = []
    for line in logical_lines(text):
        for s in _SENTENCE_END.split(line):
            if not s.strip():
                continue
            if out and _open_enumeration(out[-1]) and line.find(s) > 0:
                out[-1] = f"{out[-1]} {s}"
            else:
                out.append(s)
    return out


def logical_lines(text: str) -> list[str]:
    """The text's lines, with an enumeration broken over lines after its semicolons made one line again."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and _open_enumeration(out[-1]) and not _LIST_ITEM.match(line) and not _LABEL.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _open_enumeration(text: str) -> bool:
    return text.endswith(";") and ":" in text


def chunk_document(doc: ParsedDocument, max_chars: int = 1400) -> list[Chunk]:
    chunks: list[Chunk] = []
    title = doc.meta.full_title
    for sec in doc.sections:
        if not sec.text.strip():
            continue
        crumbs = [_short(a.heading, a.label, a.kind) for a in doc.breadcrumb(sec.path)[:-1]]
        breadcrumb = " › ".join(crumbs)
        for part, text in enumerate(_parts(sec, max_chars)):
            chunks.append(Chunk(
                id=f"{doc.name}::{sec.path}::{part}", document=doc.name, title=title, section=sec.path,
                heading=sec.heading, breadcrumb=breadcrumb, text=text, fields=dict(sec.fields),
                order=sec.order, part=part, kind=sec.kind))
    return chunks


def _parts(sec: Section, max_chars: int) -> list[str]:
    text = sec.text
    if len(text) <= max_chars:
        return [text]
    head = sec.lines[0] if sec.kind != "zone" else ""
    head_short = head if len(head) <= 200 else head[:200].rsplit(" ", 1)[0] + "…"
    parts, current = [], ""
    for line in text.split("\n"):  # a part keeps the section's lines: a bullet stays a line of its own
        for k, sentence in enumerate(s for s in _SENTENCE_END.split(line) if s.strip()):
            if current and len(current) + len(sentence) + 1 > max_chars:
                parts.append(current)
                current = f"{head_short}\n{sentence}" if head_short and not sentence.startswith(head_short) \
                    else sentence
            else:
                sep = " " if k else "\n"
                current = f"{current}{sep}{sentence}" if current else sentence
    if current:
        parts.append(current)
    return parts
