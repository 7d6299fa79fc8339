"""Answers remembered per index snapshot: a repeated question is answered once.

In a chat bot most questions are repeats ("Ai chủ trì …?" from many users). An answer depends only on
the question, on the part of the conversation the answerer reads (nothing, that there was one, or the
previous answer for a follow-up: each answerer says which, ``context``) and on the index; so those three
are the key: the question NFC-normalised with its whitespace folded, that context, and the index
generation. The store is a bounded LRU kept with the loaded snapshot (``SearchEngine.derived``), so a
reload starts an empty one and an answer from the old index is never served from the new one.
"""
from __future__ import annotations

import dataclasses
import threading
import unicodedata
from collections import OrderedDict
from typing import Iterator, Sequence

from assistant.answers import Answer, Turn


def normalise(question: str) -> str:
    """The form the cache keys on and the answerer reads: NFC, runs of whitespace as one space."""
    return " ".join(unicodedata.normalize("NFC", question).split())


class AnswerStore:
    """A thread-safe LRU of answers, with counts of hits and misses."""

    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict[tuple, Answer] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> Answer | None:
        with self._lock:
            found = self._items.get(key)
            if found is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: tuple, answer: Answer) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = answer
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


def _copy(answer: Answer, question: str) -> Answer:
    return dataclasses.replace(answer, question=question, citations=list(answer.citations))


class CachedAnswerer:
    """Wraps the answerer ``service.make_answerer`` built; everything else is the inner answerer's."""

    def __init__(self, inner, engine, size: int):
        self.inner = inner
        self.engine = engine
        self.size = size

    def __getattr__(self, name: str):  # name, extractive, …: the wrapped answerer's
        return getattr(self.inner, name)

    def store(self) -> AnswerStore:
        """The store of the snapshot this thread reads (a new, empty one after a reload)."""
        return self.engine.derived("answer-cache", lambda engine: AnswerStore(self.size))

    def _key(self, question: str, history: Sequence[Turn]) -> tuple:
        context = getattr(self.inner, "context", None)
        if context is not None:
            depends = context(question, history)
        else:  # an answerer that does not say: all of the conversation counts
            depends = tuple((t.question, t.answer.answer, t.answer.focus, t.answer.kind, t.answer.language)
                            for t in history)
        return (str(self.engine.generation), self.inner.name, question, depends)

    def remembered(self, question: str, history: Sequence[Turn] = ()) -> Answer | None:
        """The answer ``answer`` would return from the store, or None (nothing is computed: cheap enough
        for a server's event loop, which then skips the hop to a worker thread)."""
        with self.engine.pinned():
            asked = normalise(question)
            found = self.store().get(self._key(asked, history))
        return None if found is None else _copy(found, question)

    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        with self.engine.pinned():  # key, answer and store from one snapshot
            asked = normalise(question)
            key, store = self._key(asked, history), self.store()
            found = store.get(key)
            if found is not None:
                return _copy(found, question)
            answer = self.inner.answer(asked, history)
            self._keep(store, key, answer)
            return _copy(answer, question)

    def stream(self, question: str, history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        with self.engine.pinned():  # not held while streaming: a stream may be read from another thread
            asked = normalise(question)
            key, store = self._key(asked, history), self.store()
            found = store.get(key)
        if found is not None:
            words = found.answer.split(" ")
            for i in range(0, len(words), 4):
                yield " ".join(words[i:i + 4]) + (" " if i + 4 < len(words) else "")
            yield _copy(found, question)
            return
        for piece in self.inner.stream(asked, history):
            if isinstance(piece, Answer):
                self._keep(store, key, piece)
                piece = _copy(piece, question)
            yield piece

    def _keep(self, store: AnswerStore, key: tuple, answer: Answer) -> None:
        # an answer another answerer wrote (the generative one's fallback after a timeout) may not recur
        if answer.answerer == self.inner.name:
            store.put(key, _copy(answer, answer.question))
