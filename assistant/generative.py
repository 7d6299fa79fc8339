"""The optional generative answer-writer: any OpenAI-compatible model server, checked before shown.

Deployments with a model server (vLLM, Ollama, llama.cpp server, a hosted API) set
``QNA_LLM_BASE_URL`` and ``QNA_LLM_MODEL``; then this answerer wraps the extractive one.
For every question it first asks the extractive answerer: if that declines (the plans do
not hold the answer), so does this one, and the model is not called. Otherwise the
sections the extractive answer cites and the top ``settings.top_k`` retrieved sections go
to the model as a delimited data block (assistant/prompts.py), and what it writes is
shown only if it passes assistant/verify.py. A failed check, a timeout, a server error or
a model that says it found nothing all end in the extractive answer; ``Answer.answerer``
says which answerer wrote the text, and the log says why a generated answer was rejected.

Streaming: the model's text is held back sentence by sentence; a sentence is passed on
only once the sections it names were retrieved and its unit names, figures, dates and
URLs stand in the retrieved sources. The whole answer is then checked against the
sections it cites. The final ``Answer`` at the end of the stream is the authority: if the
whole answer fails (or the model fails part-way), the final Answer is the extractive
one even though some checked sentences were already streamed, and front ends must show
the final Answer in place of the streamed text. If nothing was streamed yet, the
extractive answer's text is streamed instead, so the pieces always add up to something
checked.
"""
from __future__ import annotations

import logging
import re
import time
from typing import Iterator, Sequence

from assistant.answers import Answer, Answerer, Citation, Turn
from assistant.config import Settings
from assistant.prompts import as_data, build_messages, is_no_answer, source_header
from assistant.verify import Source, check_fragment, verify
from index.chunking import split_sentences
from index.plugins import load_object
from index.lexical import QUERY_STOPWORDS
from index.normalize import folded_tokens, nfc, squash

log = logging.getLogger("assistant.generative")

STREAM_LIMIT_FACTOR = 4  # a streamed answer may take this many llm_timeout_s in all (each wait: one)
_THINKING = re.compile(r"^\s*<think>.*?</think>\s*", re.DOTALL)


class GenerationRejected(Exception):
    """A generated answer that must not be shown; the message says why."""


def make_llm(settings: Settings):
    """The llama-index LLM the settings name (``QNA_LLM_CLASS`` with ``QNA_LLM_OPTIONS``), else llama-index's
    OpenAI-compatible chat driver for the server at ``QNA_LLM_BASE_URL``."""
    from llama_index.core.llms import LLM
    from llama_index.llms.openai_like import OpenAILike

    if settings.llm_class:
        llm = load_object(settings.llm_class, "QNA_LLM_CLASS")(**settings.llm_options)
        if not isinstance(llm, LLM):
            raise ValueError(f"QNA_LLM_CLASS: {settings.llm_class!r} made a {type(llm).__name__}, "
                             f"not a llama-index LLM")
        return llm

    if not settings.llm_base_url:
        raise ValueError("the generative answerer needs a model server: set QNA_LLM_BASE_URL "
                         "(for example http://127.0.0.1:11434/v1 for Ollama)")
    if not settings.llm_model:
        raise ValueError("QNA_LLM_MODEL must name the model the server at QNA_LLM_BASE_URL serves "
                         "(for example qwen2.5:7b-instruct for Ollama)")
    return OpenAILike(
        model=settings.llm_model,
        api_base=settings.llm_base_url,
        api_key=settings.llm_api_key or "none",
        is_chat_model=True,
        is_function_calling_model=False,
        timeout=settings.llm_timeout_s,
        max_retries=int(settings.llm_max_retries),
        temperature=0.0,
        max_tokens=int(settings.llm_max_tokens),
        context_window=int(settings.llm_context_window),
    )


class GenerativeAnswerer:
    name = "generative"

    def __init__(self, settings: Settings, extractive: Answerer, llm=None):
        self.settings = settings
        self.extractive = extractive
        self.engine = extractive.engine
        self.llm = llm if llm is not None else make_llm(settings)

    # -- the Answerer protocol ------------------------------------------------------------------
    def context(self, question: str, history: Sequence[Turn] = ()) -> tuple:
        """What of ``history`` the answer depends on (the answer cache's key): the extractive answer's, and
        the previous question the model is shown."""
        inner = getattr(self.extractive, "context", None)
        depends = inner(question, history) if inner else tuple((t.question, t.answer.answer) for t in history)
        return (*depends, history[-1].question if history else None)

    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        base = self.extractive.answer(question, history)
        if not base.grounded:
            return base
        sources = self.sources(base)
        try:
            response = self.llm.chat(self._messages(base, sources, history))
            return self._accept(base, strip_thinking(response.message.content or "")[0], sources)
        except GenerationRejected as why:
            log.warning("generated answer rejected, using the extractive one: %s", why)
        except Exception as exc:  # the model server failing must never fail the question
            log.warning("model server failed (%s: %s), using the extractive answer", type(exc).__name__, exc)
        return base

    def stream(self, question: str, history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        base = self.extractive.answer(question, history)
        if not base.grounded:
            yield from _pieces(base.answer)
            yield base
            return
        sources = self.sources(base)
        shown: list[str] = []
        try:
            text, rest = yield from self._stream_checked(self._messages(base, sources, history), sources, shown)
            final = self._accept(base, text, sources)
            if rest.strip():
                yield rest.rstrip()
        except GenerationRejected as why:
            log.warning("generated answer rejected, using the extractive one: %s", why)
            final = base
        except Exception as exc:
            log.warning("model server failed (%s: %s), using the extractive answer", type(exc).__name__, exc)
            final = base
        if final is base and not shown:
            yield from _pieces(base.answer)
        yield final

    # -- the work ---------------------------------------------------------------------------------
    def sources(self, base: Answer) -> list[Source]:
        """What the model is shown: the sections the extractive answer cites, then the top
        retrieved ones, each once, labelled [1] … in that order."""
        chunks = [self.engine.chunk(c.document, c.section) for c in base.citations]
        chunks += [h.chunk for h in self.engine.search(base.focus or base.question, k=self.settings.top_k)]
        out: list[Source] = []
        seen: set[str] = set()
        for c in chunks:
            if c is None or c.id in seen:
                continue
            seen.add(c.id)
            text, dropped = as_data(c.text)
            for line in dropped:
                log.warning("left out of the prompt, as it reads like an instruction to a model: %s %s: %r",
                            c.document, c.section, line[:200])
            doc = self.engine.document(c.document) or {}
            context, _ = as_data(c.breadcrumb)
            out.append(Source(label=len(out) + 1, document=c.document, title=c.title, section=c.section, text=text,
                              fields=dict(c.fields), context=context.replace("\n", " "),
                              header=source_header(c.title, doc.get("number", ""), doc.get("issuer", ""))))
        return out

    def _idf(self) -> dict[str, float]:
        lexical = getattr(self.engine, "lexical", None)
        return getattr(lexical, "idf", None) or {}

    def _messages(self, base: Answer, sources: list[Source], history: Sequence[Turn]):
        previous = history[-1].question if history else None
        return build_messages(base.question, sources, base.language, previous)

    def _stream_checked(self, messages, sources: list[Source], shown: list[str]):
        """Yield the model's text sentence by sentence, each only once it passes the fragment
        check (``shown`` collects them); return (whole text, unfinished last sentence).
        Raises GenerationRejected on a failed check or past the deadline."""
        limit = float(self.settings.llm_stream_limit_s or STREAM_LIMIT_FACTOR * self.settings.llm_timeout_s)
        deadline = time.monotonic() + limit
        raw, visible, consumed = "", "", 0  # consumed: how much of the visible text was passed on
        gen = self.llm.stream_chat(messages)
        try:
            for chunk in gen:
                raw += chunk.delta or ""
                visible, thinking = strip_thinking(raw)
                if thinking:
                    continue
                if not shown:  # an answer does not start with blanks
                    consumed = len(visible) - len(visible.lstrip())
                ready, _ = _split_complete(visible[consumed:])
                if ready:
                    consumed += len(ready)
                    piece = nfc(ready)
                    self._check_piece("".join(shown) + piece, piece, sources)
                    shown.append(piece)
                    yield piece
                if time.monotonic() > deadline:
                    raise GenerationRejected(f"the answer took longer than {limit:g} s")
        finally:
            close = getattr(gen, "close", None)
            if close:
                close()
        rest = nfc(visible[consumed:])
        if rest.strip():
            self._check_piece("".join(shown) + rest, rest, sources)
        return "".join(shown) + rest, rest

    @staticmethod
    def _check_piece(so_far: str, piece: str, sources: list[Source]) -> None:
        if is_no_answer(so_far):
            raise GenerationRejected("the model found no answer in the sources")
        reasons = check_fragment(piece, sources)
        if reasons:
            raise GenerationRejected("; ".join(reasons))

    def _accept(self, base: Answer, text: str, sources: list[Source]) -> Answer:
        """The generated answer if it verifies; raises GenerationRejected otherwise."""
        text = nfc(text).strip()
        if is_no_answer(text):
            raise GenerationRejected("the model found no answer in the sources")
        verdict = verify(text, sources)
        if not verdict.ok:
            log.debug("rejected generated text: %r", text)
            raise GenerationRejected("; ".join(verdict.reasons))
        citations, seen = [], set()
        for s in verdict.cited:
            if (s.document, s.section) not in seen:
                seen.add((s.document, s.section))
                citations.append(Citation(s.document, s.title, s.section, relevant_sentence(s.text, text, self._idf())))
        return Answer(question=base.question, answer=text, grounded=True, citations=citations,
                      language=base.language, kind=base.kind, focus=base.focus, answerer=self.name)


def relevant_sentence(section_text: str, answer: str, idf: dict[str, float] | None = None) -> str:
    """The sentence of a cited section that best matches the answer (the quote): the most
    shared words and word pairs, rare words (by ``idf``) counting more."""
    def terms(text: str) -> set[str]:
        toks = [t for t in folded_tokens(text) if t not in QUERY_STOPWORDS]
        return set(toks) | {f"{a}_{b}" for a, b in zip(toks, toks[1:])}

    wanted = terms(answer)
    idf = idf or {}
    best, best_score = "", -1.0
    for line in section_text.split("\n"):
        # a bullet's lead-in ("+ Trên kênh truyền hình:") is context for every sentence of its line
        lead_in = line.split(":", 1)[0] if line[:1] in "-+" and ":" in line[:60] else ""
        for sentence in split_sentences(line):
            score = sum(idf.get(t, 1.0) for t in wanted & terms(f"{lead_in} {sentence}"))
            if score > best_score:
                best, best_score = sentence, score
    return squash(best or section_text)[:600]


def strip_thinking(text: str) -> tuple[str, bool]:
    """Reasoning models (Qwen3, DeepSeek-R1 via Ollama) may open with <think>…</think>: drop it.
    Returns (the visible text, whether the model is still thinking)."""
    if not text.lstrip().startswith("<think>"[:len(text.lstrip())]) or not text.strip():
        return text, not text.strip()
    if "</think>" not in text:
        return "", True
    return _THINKING.sub("", text, count=1), False


def _split_complete(buffer: str) -> tuple[str, str]:
    """(complete sentences, the unfinished rest): a sentence ends at . ! ? ; before a space, or at a newline."""
    cut = buffer.rfind("\n") + 1
    for mark in (". ", "! ", "? ", "; "):
        at = buffer.rfind(mark)
        if at >= 0:
            cut = max(cut, at + len(mark))
    return buffer[:cut], buffer[cut:]


def _pieces(text: str) -> Iterator[str]:
    words = text.split(" ")
    for i in range(0, len(words), 4):
        yield " ".join(words[i:i + 4]) + (" " if i + 4 < len(words) else "")
