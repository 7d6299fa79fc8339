"""OpenAI Chat Completions protocol, so off-the-shelf chat front ends (Open WebUI, the openai SDK) can ask.

The client resends the whole conversation each time. The last user message is the
question; earlier user/assistant pairs become history turns (the assistant text
without its "Nguồn:" block), seeded into a fresh stored conversation so the
answerer resolves follow-ups exactly as in ``/v1/ask`` and the reply gets a
``message_id`` that ``/v1/feedback`` accepts. Citations are rendered as numbered
sources at the end of the text and also returned in an extra ``citations`` field.
A conversation with no question to answer gets the reason as the reply, and a front end's own
background task (a title, tags: ``chat_tasks``) the small JSON its template asks for; neither is stored.
``usage`` counts tokens with the embedding model's tokenizer, the one model that reads the text.
"""
from __future__ import annotations

import json
import time
import uuid
from typing import Annotated, Literal

from anyio.to_thread import run_sync
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import StreamingResponse
from pydantic import ConfigDict, Field

from assistant.answers import Answer, Turn
from assistant.conversation import HISTORY_TURNS
from assistant.errors import InputError, clean_question
from assistant.http.chat_tasks import front_end_task, task_reply
from assistant.http.deps import get_assistant, iterate_blocking, run_blocking, run_io
from assistant.http.errors import stream_error
from assistant.http.schemas import ERRORS, TEXT_PATTERN, RequestBody, citation_payload
from assistant.http.security import log_question, rate_limit
from assistant.http.sse import SSE_HEADERS, sse
from assistant.intents import read_question
from index.query import detect_language
from index.zones import location

router = APIRouter(tags=["openai"])

MODEL_ID = "qna-cchc"
CREATED = 1_735_689_600  # 2025-01-01: a fixed "created" for the one model
SOURCE_HEADINGS = {"vi": "Nguồn:", "en": "Sources:"}


Text = Annotated[str, Field(pattern=TEXT_PATTERN)]  # no control characters but tab and line breaks


class ContentPart(RequestBody):
    model_config = ConfigDict(extra="allow")
    type: Text
    text: Text | None = None


class ChatMessage(RequestBody):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: Text | list[ContentPart] | None = None


class StreamOptions(RequestBody):
    model_config = ConfigDict(extra="allow")
    include_usage: bool = Field(False, description="Một đoạn cuối với usage (a last chunk carrying the usage).")


class ChatRequest(RequestBody):
    """Other OpenAI parameters (temperature, max_tokens, …) are accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(MODEL_ID, max_length=200, pattern=TEXT_PATTERN, examples=[MODEL_ID])
    messages: list[ChatMessage] = Field(min_length=1, max_length=200)
    stream: bool = False
    stream_options: StreamOptions | None = None

    @property
    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


# -- text <-> turns ----------------------------------------------------------------------------
def message_text(m: ChatMessage) -> str:
    if m.content is None:
        return ""
    if isinstance(m.content, str):
        return m.content
    return "\n".join(p.text for p in m.content if p.type == "text" and p.text)


def strip_sources(text: str) -> str:
    """An earlier reply of ours, without the sources block we appended to it."""
    for heading in SOURCE_HEADINGS.values():
        cut = text.rfind("\n\n" + heading + "\n")
        if cut != -1:
            text = text[:cut]
    return text.strip()


def render_sources(answer: Answer) -> str:
    """'\\n\\nNguồn:\\n[1] <title>, mục C.II.12.c' (one line per distinct document and section)."""
    lang = answer.language if answer.language in SOURCE_HEADINGS else "vi"
    seen: list[tuple[str, str]] = []
    for c in answer.citations:
        key = (c.title or c.document, c.section)
        if key not in seen:
            seen.append(key)
    if not seen:
        return ""
    lines = []
    for i, (title, section) in enumerate(seen, 1):
        lines.append(f"[{i}] {title}, {location(section, lang)}")
    return "\n\n" + SOURCE_HEADINGS[lang] + "\n" + "\n".join(lines)


def split_messages(messages: list[ChatMessage], max_chars: int) -> tuple[str, list[Turn]]:
    """The question (last user message) and the earlier user/assistant pairs as turns."""
    talk = [m for m in messages if m.role in ("user", "assistant")]
    if not talk or talk[-1].role != "user":
        raise InputError("Tin nhắn cuối cùng phải là của người dùng (the last message must have role 'user').")
    question = clean_question(message_text(talk[-1]), max_chars)
    turns: list[Turn] = []
    pending: str | None = None
    for m in talk[:-1]:
        text = message_text(m)
        if m.role == "user":
            pending = text.strip() or None
        elif pending is not None:
            turns.append(Turn(pending, _earlier_answer(pending, strip_sources(text))))
            pending = None
    return question, turns[-HISTORY_TURNS:]


def _earlier_answer(question: str, reply: str) -> Answer:
    """An earlier reply rebuilt from its text: enough for the answerer to read a follow-up against it."""
    return Answer(question=question, answer=reply, grounded=bool(reply), citations=[],
                  language=detect_language(question), kind=read_question(question, has_history=False).kind,
                  focus=question, answerer="client-history")


def citation_dicts(answer: Answer) -> list[dict]:
    """The extra ``citations`` field: the same objects as /v1/ask's."""
    return [citation_payload(c, answer.language) for c in answer.citations]


# -- routes -----------------------------------------------------------------------------------
MODEL_CARD = {"id": MODEL_ID, "object": "model", "created": CREATED, "owned_by": "quangngai-cchc"}
UNKNOWN_MODEL = "Không có mô hình này (unknown model)."


@router.get("/models", responses=ERRORS, summary="Danh sách mô hình (OpenAI-compatible)")
async def models() -> dict:
    return {"object": "list", "data": [MODEL_CARD]}


@router.get("/models/{model_id}", responses=ERRORS, summary="Một mô hình (OpenAI-compatible)")
async def model(model_id: str) -> dict:
    if model_id != MODEL_ID:
        raise HTTPException(404, UNKNOWN_MODEL)
    return MODEL_CARD


async def rate_limit_questions(request: Request) -> None:
    """The rate limit (``security.rate_limit``), except for a front end's own background tasks
    (``chat_tasks``): they are answered without any work and count against nobody's allowance."""
    if request.method == "POST" and front_end_task(_last_user_text(await request.body())) is not None:
        return
    await rate_limit(request)


def _last_user_text(raw: bytes) -> str:
    """The last user message's text in a chat request body (checked JSON: body.py), "" for a body the route
    will refuse itself."""
    try:
        messages = json.loads(raw).get("messages")
        return _last_user_text_of([ChatMessage.model_validate(m) for m in messages])
    except (ValueError, AttributeError, TypeError):
        return ""


def _seeded_conversation(assistant, turns: list[Turn]) -> str:
    cid = assistant.conversations.new()
    for t in turns:
        assistant.conversations.append(cid, t)
    return cid


async def _usage(assistant, messages: list[ChatMessage], reply: str) -> dict:
    """OpenAI's ``usage``, in the embedding model's tokens (the model that reads the question); counted in a
    worker thread (a long conversation is a lot to tokenise, and the tokenizer may still have to be parsed)."""

    def count() -> dict:
        prompt = sum(assistant.count_tokens(message_text(m)) for m in messages)
        completion = assistant.count_tokens(reply)
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}

    return await run_sync(count)


def _completion(completion_id: str, created: int, content: str, usage: dict, **extra) -> dict:
    """A whole (non-streamed) ``chat.completion``: one assistant message, and our extra fields."""
    return {"id": completion_id, "object": "chat.completion", "created": created, "model": MODEL_ID,
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                         "message": {"role": "assistant", "content": content}}], "usage": usage, **extra}


class _Chunks:
    """The ``chat.completion.chunk`` events of one streamed reply; with ``include_usage`` (OpenAI's
    ``stream_options``), every chunk has ``usage: null`` and a last one, without choices, the usage."""

    def __init__(self, include_usage: bool):
        self.id = f"chatcmpl-{uuid.uuid4().hex}"
        self.created = int(time.time())
        self.include_usage = include_usage

    def _event(self, choices: list, **extra) -> str:
        if self.include_usage:
            extra.setdefault("usage", None)
        return sse({"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": MODEL_ID,
                    "choices": choices, **extra})

    def delta(self, delta: dict, finish: str | None = None, **extra) -> str:
        return self._event([{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}], **extra)

    def end(self, usage: dict) -> list[str]:
        """The usage chunk (when asked for), then the stream's end."""
        return ([self._event([], usage=usage)] if self.include_usage else []) + [sse("[DONE]")]


async def _fixed_reply(assistant, body: "ChatRequest", content: str, **extra):
    """A reply that answers no question and stores nothing: why there is nothing to answer, or a front end
    task's result (``chat_tasks``)."""
    usage = await _usage(assistant, body.messages, content)
    if not body.stream:
        return _completion(f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), content, usage, **extra)
    chunks = _Chunks(body.include_usage)

    async def events():
        yield chunks.delta({"role": "assistant", "content": ""})
        yield chunks.delta({"content": content})
        yield chunks.delta({}, "stop", **extra)
        for event in chunks.end(usage):
            yield event

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)


@router.post(
    "/chat/completions",
    responses={**ERRORS, 200: {"description": "chat.completion, hoặc luồng chat.completion.chunk khi stream=true; "
                                              "khi không có câu hỏi để trả lời, nội dung nói lý do "
                                              "(with no question to answer, the message says why)",
                               "content": {"application/json": {}, "text/event-stream": {}}}},
    summary="Chat Completions (OpenAI-compatible)",
)
async def chat_completions(body: ChatRequest, request: Request):
    assistant = get_assistant(request)
    task = front_end_task(_last_user_text_of(body.messages))
    if task is not None:  # a front end's title, tags, follow-ups: not a question (chat_tasks)
        return await _fixed_reply(assistant, body, task_reply(task, _last_user_text_of(body.messages)))
    try:
        question, turns = split_messages(body.messages, assistant.settings.max_question_chars)
    except InputError as exc:
        # JSON Schema cannot say "the last user or assistant message is the user's, with a question in it", so
        # the schema lets such a conversation through and the service answers it (200), as the bots do, with
        # what is wrong; a chat front end shows a reply where it would show an error popup.
        return await _fixed_reply(assistant, body, str(exc), citations=[], grounded=False)
    started = time.perf_counter()
    cid = await run_io(request, _seeded_conversation, assistant, turns)

    if not body.stream:
        turn = await run_blocking(request, assistant.respond, question, cid)
        result = await run_io(request, assistant.remember, cid, turn)  # outside the answering capacity (respond)
        answer = result.answer
        log_question("chat", question, grounded=answer.grounded, ms=round((time.perf_counter() - started) * 1000))
        content = answer.answer + render_sources(answer)
        return _completion(f"chatcmpl-{result.message_id}", int(time.time()), content,
                           await _usage(assistant, body.messages, content), citations=citation_dicts(answer),
                           grounded=answer.grounded, conversation_id=result.conversation_id,
                           message_id=result.message_id)

    chunks = _Chunks(body.include_usage)
    pieces = iterate_blocking(request, assistant.respond_stream(question, cid))
    first = await anext(pieces, None)  # fail with a status code, not mid-stream, if we can

    async def events():
        yield chunks.delta({"role": "assistant", "content": ""})
        item, written = first, []
        try:
            while item is not None:
                if isinstance(item, str):
                    written.append(item)
                    yield chunks.delta({"content": item})
                else:
                    result = await run_io(request, assistant.remember, cid, item)  # bounded, as without stream
                    answer = result.answer
                    log_question("chat/stream", question, grounded=answer.grounded,
                                 ms=round((time.perf_counter() - started) * 1000))
                    sources = render_sources(answer)
                    if sources:
                        written.append(sources)
                        yield chunks.delta({"content": sources})
                    yield chunks.delta({}, "stop", citations=citation_dicts(answer), grounded=answer.grounded,
                                       conversation_id=result.conversation_id, message_id=result.message_id)
                item = await anext(pieces, None)
        except Exception as exc:
            error = stream_error(request, exc, "streaming a chat completion")
            yield sse({"error": {"message": error.pop("error"), "type": "server_error", **error}})
            yield sse("[DONE]")
            return
        for event in chunks.end(await _usage(assistant, body.messages, "".join(written))):
            yield event

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)


def _last_user_text_of(messages: list[ChatMessage]) -> str:
    last = next((m for m in reversed(messages) if m.role == "user"), None)
    return message_text(last) if last is not None else ""
