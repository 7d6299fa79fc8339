"""What an answer is, and the interface every answerer implements.

The extractive answerer (assistant/extractive.py) is the default; a generative
answer-writer can implement the same ``Answerer`` protocol and fall back to it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Iterator, Protocol, Sequence


@dataclass(frozen=True)
class Citation:
    document: str  # path of the file under corpus/, e.g. "2025-so-khcn-ke-hoach-281-tuyen-truyen-cchc.txt"
    title: str  # the document's title as parsed from its head
    section: str  # section path, outermost first: "C.II.12.c", "III.9", "preamble"
    quote: str  # the supporting text, verbatim after normalisation

    @classmethod
    def from_dict(cls, d: dict) -> "Citation":
        return cls(document=d["document"], title=d["title"], section=d["section"], quote=d["quote"])


@dataclass
class Answer:
    question: str
    answer: str
    grounded: bool  # False when the documents do not contain the answer (a refusal)
    citations: list[Citation] = field(default_factory=list)
    language: str = "vi"  # "vi" or "en": the language of the question, and so of the answer
    kind: str = "general"  # what was asked: lead, coordinators, timing, frequency, definition, list, fact, general
    focus: str = ""  # the retrieval query that was actually used (follow-ups resolve against it)
    answerer: str = "extractive"  # which answerer wrote the text

    def to_json(self) -> dict:
        """The public shape of `assistant ask --json`."""
        return {
            "question": self.question,
            "answer": self.answer,
            "grounded": self.grounded,
            "citations": [asdict(c) for c in self.citations],
        }

    def to_dict(self) -> dict:
        """Everything, for storage (conversations) and round-trips."""
        d = asdict(self)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Answer":
        d = dict(d)
        d["citations"] = [Citation.from_dict(c) for c in d.get("citations", [])]
        return cls(**d)


@dataclass(frozen=True)
class Turn:
    """One question and its answer, as conversations remember them."""

    question: str
    answer: Answer


class Answerer(Protocol):
    name: str

    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        """Answer ``question``; ``history`` holds earlier turns of the same conversation, oldest first."""

    def stream(self, question: str, history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        """Yield text pieces as they are written, then the final ``Answer`` last."""
