"""The facade every front end uses: one loaded index and model, answering and searching.

CLI, HTTP service and bots all hold one ``Assistant`` and call ``ask``/``search``;
they never touch the index or the answerers directly.
"""
from __future__ import annotations

import contextlib

from dataclasses import dataclass
from typing import Iterator

from assistant.answers import Answer, Answerer, Turn
from assistant.config import Settings, get_settings
from assistant.conversation import ConversationStore, MemoryConversationStore
from assistant.errors import clean_question


@dataclass
class AskResult:
    answer: Answer
    conversation_id: str
    message_id: str


class Assistant:
    def __init__(self, settings: Settings, engine, answerer: Answerer, conversations: ConversationStore):
        self.settings = settings
        self.engine = engine  # index.retrieval.SearchEngine: the loaded index + model
        self.answerer = answerer
        self.conversations = conversations

    @classmethod
    def load(cls, settings: Settings | None = None, conversations: ConversationStore | None = None,
             answerer: str | None = None) -> "Assistant":
        """Open the built index (raises index.store.IndexMissing if `assistant ingest` never ran) with the
        answerer ``make_answerer`` chooses (``answerer``: a name, or None for what the settings say)."""
        from index.retrieval import SearchEngine

        settings = settings or get_settings()
        answerer = answerer_name(settings, answerer)  # a bad choice fails before the index and model load
        engine = SearchEngine.open(settings)
        return cls(settings, engine, make_answerer(settings, engine, answerer),
                   conversations or MemoryConversationStore())

    def prepare(self) -> None:
        """Load now what answering many questions needs (serve, chat, the warm benchmark): the encoder's full
        tokenizer and session, which a single question (``ask``) does without."""
        prepare = getattr(self.engine.embedder, "prepare", None)
        if prepare is not None:
            prepare()

    # -- answering -------------------------------------------------------------------
    def _history(self, conversation_id: str | None) -> list[Turn]:
        return [] if conversation_id is None else self.conversations.history(conversation_id)

    def _remember(self, conversation_id: str | None, turn: Turn) -> tuple[str, str]:
        """(conversation id, message id) of the stored turn: a question without a conversation starts one,
        stored with its turn in one write; nothing is stored for a question whose answering failed."""
        if conversation_id is None:
            return self.conversations.start(turn)
        return conversation_id, self.conversations.append(conversation_id, turn)

    def ask(self, question: str, conversation_id: str | None = None) -> AskResult:
        """Answer and remember the turn. Raises InputError, or UnknownConversation for a bad id."""
        return self.remember(conversation_id, self.respond(question, conversation_id))

    def respond(self, question: str, conversation_id: str | None = None) -> Turn:
        """The turn ``ask`` would store, not stored yet: the CPU-bound half of ``ask`` (the HTTP service runs
        it within its answering capacity, and ``remember`` outside it, where stores from many requests are
        committed together). Raises InputError, or UnknownConversation for a bad id."""
        question = clean_question(question, self.settings.max_question_chars)
        history = self._history(conversation_id)
        pinned = getattr(self.engine, "pinned", contextlib.nullcontext)
        with pinned():  # the whole answer reads one index generation, even during a reload
            answer = self.answerer.answer(question, history)
        return Turn(question, answer)

    def remembered(self, question: str) -> Turn | None:
        """The turn ``respond`` would give a question asked without a conversation, if its answer is in the
        answer cache; else None. Raises InputError."""
        lookup = getattr(self.answerer, "remembered", None)
        if lookup is None:
            return None
        question = clean_question(question, self.settings.max_question_chars)
        answer = lookup(question, [])
        return None if answer is None else Turn(question, answer)

    def remember(self, conversation_id: str | None, turn: Turn) -> AskResult:
        """Store a turn ``respond`` gave. Raises UnknownConversation for a bad id."""
        conversation_id, message_id = self._remember(conversation_id, turn)
        return AskResult(turn.answer, conversation_id, message_id)

    def stream(self, question: str, conversation_id: str | None = None) -> Iterator[str | AskResult]:
        """Yield text pieces, then the ``AskResult`` once the turn is stored."""
        for piece in self.respond_stream(question, conversation_id):
            yield self.remember(conversation_id, piece) if isinstance(piece, Turn) else piece

    def respond_stream(self, question: str, conversation_id: str | None = None) -> Iterator[str | Turn]:
        """Yield text pieces, then the turn, not stored yet: ``stream`` without its store, as ``respond`` is
        ``ask`` without it (the HTTP service stores it with a bounded wait on the database)."""
        question = clean_question(question, self.settings.max_question_chars)
        history = self._history(conversation_id)
        final: Answer | None = None
        for piece in self.answerer.stream(question, history):
            if isinstance(piece, Answer):
                final = piece
            else:
                yield piece
        assert final is not None, "an answerer's stream must end with its Answer"
        yield Turn(question, final)

    def count_tokens(self, text: str) -> int:
        """``text``'s length in the embedding model's tokens (the OpenAI-compatible API's ``usage``); in words
        for an encoder that cannot say."""
        counter = getattr(getattr(self.engine, "embedder", None), "count_tokens", None)
        return counter(text) if counter is not None else len(text.split())

    # -- the index ---------------------------------------------------------------------
    def search(self, query: str, k: int = 5):
        """Ranked sections (index.retrieval.Hit) for a free-text query."""
        query = clean_question(query, self.settings.max_question_chars)
        return self.engine.search(query, k=k)

    def documents(self) -> list[dict]:
        """What is indexed: one dict per document with its metadata and index time."""
        return self.engine.documents()

    def reindex(self):
        """Re-ingest corpus/ incrementally and reload the engine; returns index.ingest.IngestReport."""
        from index.ingest import ingest

        report = ingest(self.settings)
        self.engine.reload()
        return report


ANSWERERS = ("extractive", "generative")


def answerer_name(settings: Settings, name: str | None = None) -> str:
    """The answerer to use: ``name`` checked, or for None the settings' choice (generative when a model
    server is configured). ValueError for an unknown name or a generative answerer without a server."""
    if name is None:
        return "generative" if settings.llm_configured else "extractive"
    if name not in ANSWERERS:
        raise ValueError(f"unknown answerer {name!r}: choose 'extractive' or 'generative'")
    if name == "generative" and not settings.llm_configured:
        raise ValueError("the generative answerer needs a model: set QNA_LLM_BASE_URL and QNA_LLM_MODEL "
                         "(or QNA_LLM_CLASS)")
    return name


def make_answerer(settings: Settings, engine, name: str | None = None) -> Answerer:
    """The one place that builds the answerer, for the CLI, the HTTP service, the bots and the eval runner:
    the extractive one, wrapped by the generative one (issue 6) when that is chosen (see ``answerer_name``),
    behind the answer cache."""
    from assistant.answer_cache import CachedAnswerer
    from assistant.extractive import ExtractiveAnswerer

    answerer = ExtractiveAnswerer(engine)
    if answerer_name(settings, name) == "generative":
        from assistant.generative import GenerativeAnswerer

        answerer = GenerativeAnswerer(settings, answerer)
    # repeated questions answered once per loaded index (assistant/answer_cache.py); 0 turns it off
    return CachedAnswerer(answerer, engine, settings.answer_cache_size) if settings.answer_cache_size else answerer
