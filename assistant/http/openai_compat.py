"""OpenAI Chat Completions protocol, so off-the-shelf chat front ends (Open WebUI, the openai SDK) can ask.

The client resends the whole conversation each time. The last user message is the
question; earlier user/assistant pairs become history turns (the assistant text
without its "Nguồn:" block), seeded into a fresh stored conversation so the
answerer resolves follow-ups exactly as in ``/v1/ask`` and the reply gets a
``message_id`` that ``/v1/feedback`` accepts. Citations are rendered as numbered
sources at the end of the text and also returned in an extra ``citations`` field.
A conversation with no question to answer gets the reason as the reply (``_nothing_to_answer``).
"""
from __future__ import annotations

import time
import uuid
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import ConfigDict, Field

from assistant.answers import Answer, Turn
from assistant.conversation import HISTORY_TURNS
from assistant.errors import InputError, clean_question
from assistant.http.deps import get_assistant, iterate_blocking, run_blocking, run_io
from assistant.http.errors import INTERNAL_ERROR, log_server_error
from assistant.http.schemas import ERRORS, RequestBody, citation_payload
from assistant.http.security import log_question
from assistant.http.sse import SSE_HEADERS, sse
from assistant.intents import read_question
from index.query import detect_language
from index.zones import location

router = APIRouter(tags=["openai"])

MODEL_ID = "qna-cchc"
CREATED = 1_735_689_600  # 2025-01-01: a fixed "created" for the one model
SOURCE_HEADINGS = {"vi": "Nguồn:", "en": "Sources:"}


class ContentPart(RequestBody):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class ChatMessage(RequestBody):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None


class ChatRequest(RequestBody):
    """Other OpenAI parameters (temperature, max_tokens, …) are accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(MODEL_ID, max_length=200, examples=[MODEL_ID])
    messages: list[ChatMessage] = Field(min_length=1, max_length=200)
    stream: bool = False


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
@router.get("/models", responses=ERRORS, summary="Danh sách mô hình (OpenAI-compatible)")
async def models() -> dict:
    return {"object": "list",
            "data": [{"id": MODEL_ID, "object": "model", "created": CREATED, "owned_by": "quangngai-cchc"}]}


def _seeded_conversation(assistant, turns: list[Turn]) -> str:
    cid = assistant.conversations.new()
    for t in turns:
        assistant.conversations.append(cid, t)
    return cid


def _completion(completion_id: str, created: int, content: str, **extra) -> dict:
    """A whole (non-streamed) ``chat.completion``: one assistant message, and our extra fields."""
    return {"id": completion_id, "object": "chat.completion", "created": created, "model": MODEL_ID,
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                         "message": {"role": "assistant", "content": content}}], **extra}


def _chunk(completion_id: str, created: int, delta: dict, finish: str | None = None, **extra) -> str:
    """One streamed ``chat.completion.chunk`` event."""
    return sse({"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}], **extra})


def _nothing_to_answer(reason: str, stream: bool, created: int):
    """The reply to a conversation that holds no question to answer: ``reason`` as the assistant's message.

    JSON Schema cannot say "the last user or assistant message is the user's, with a question in it", so
    the schema lets such a conversation through and the service answers it (200), as the bots do, with
    what is wrong; a chat front end shows a reply where it would show an error popup."""
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    if not stream:
        return _completion(completion_id, created, reason, citations=[], grounded=False)

    async def events():
        yield _chunk(completion_id, created, {"role": "assistant", "content": ""})
        yield _chunk(completion_id, created, {"content": reason})
        yield _chunk(completion_id, created, {}, "stop", citations=[], grounded=False)
        yield sse("[DONE]")

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
    created = int(time.time())
    try:
        question, turns = split_messages(body.messages, assistant.settings.max_question_chars)
    except InputError as exc:
        return _nothing_to_answer(str(exc), body.stream, created)
    started = time.perf_counter()
    cid = await run_io(request, _seeded_conversation, assistant, turns)

    if not body.stream:
        turn = await run_blocking(request, assistant.respond, question, cid)
        result = await run_io(request, assistant.remember, cid, turn)  # outside the answering capacity (Assistant.respond)
        answer = result.answer
        log_question("chat", question, grounded=answer.grounded, ms=round((time.perf_counter() - started) * 1000))
        return _completion(f"chatcmpl-{result.message_id}", created, answer.answer + render_sources(answer),
                           citations=citation_dicts(answer), grounded=answer.grounded,
                           conversation_id=result.conversation_id, message_id=result.message_id)

    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    pieces = iterate_blocking(request, assistant.stream(question, cid))
    first = await anext(pieces, None)  # fail with a status code, not mid-stream, if we can

    def chunk(delta: dict, finish: str | None = None, **extra) -> str:
        return _chunk(completion_id, created, delta, finish, **extra)

    async def events():
        yield chunk({"role": "assistant", "content": ""})
        item = first
        try:
            while item is not None:
                if isinstance(item, str):
                    yield chunk({"content": item})
                else:
                    answer = item.answer
                    log_question("chat/stream", question, grounded=answer.grounded,
                                 ms=round((time.perf_counter() - started) * 1000))
                    sources = render_sources(answer)
                    if sources:
                        yield chunk({"content": sources})
                    yield chunk({}, "stop", citations=citation_dicts(answer), grounded=answer.grounded,
                                conversation_id=item.conversation_id, message_id=item.message_id)
                item = await anext(pieces, None)
        except Exception as exc:
            rid = log_server_error(request.scope, exc, "streaming a chat completion")
            yield sse({"error": {"message": INTERNAL_ERROR, "type": "server_error", "request_id": rid}})
        yield sse("[DONE]")

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)
