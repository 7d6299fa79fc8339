"""``POST /v1/ask`` and its streaming twin ``POST /v1/ask/stream`` (Server-Sent Events).

Bad input is rejected before any work is queued: the question is cleaned and the
conversation looked up here, so a client gets a 422/404 JSON error rather than a
stream that fails after its headers were sent.
"""
from __future__ import annotations

import time

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import Field

from assistant.conversation import UnknownConversation
from assistant.http.deps import get_assistant, iterate_blocking, run_blocking, run_io
from assistant.http.errors import stream_error
from assistant.http.schemas import (ERRORS, QUESTION_SCHEMA, TEXT_PATTERN, AskResponse, RequestBody, ask_payload,
                                    checked_question)
from assistant.http.security import log_question
from assistant.http.sse import SSE_HEADERS, sse

router = APIRouter(tags=["ask"])

EXAMPLE = "Ai chủ trì Bản tin PCI trên kênh truyền hình?"


def _event(name: str, payload: dict) -> dict:
    return {"type": "object", "required": ["event", "data"],
            "properties": {"event": {"const": name},
                           "data": {"type": "string", "contentMediaType": "application/json", "contentSchema": payload}}}


# each event of the stream: its name and its JSON payload
STREAM_EVENT = {"oneOf": [
    _event("delta", {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}),
    _event("done", {"$ref": "#/components/schemas/AskResponse"}),
    _event("error", {"$ref": "#/components/schemas/ErrorResponse"}),
]}


class AskRequest(RequestBody):
    question: str = Field(description="Câu hỏi, tiếng Việt hoặc tiếng Anh (the question).", examples=[EXAMPLE],
                          json_schema_extra=QUESTION_SCHEMA)
    conversation_id: str | None = Field(
        None, max_length=100, pattern=TEXT_PATTERN, description="Để hỏi tiếp trong một cuộc hội thoại đã có (continue a conversation)."
    )


async def prepare(request: Request, body: AskRequest) -> tuple[object, str, str | None]:
    """The assistant, the cleaned question and the conversation id, or an InputError/UnknownConversation."""
    assistant = get_assistant(request)
    question = checked_question(body.question, assistant.settings.max_question_chars)
    cid = (body.conversation_id or "").strip() or None
    if cid is not None and not await run_io(request, assistant.conversations.exists, cid):
        raise UnknownConversation(cid)
    return assistant, question, cid


@router.post("/ask", response_model=AskResponse, responses=ERRORS, summary="Hỏi và nhận câu trả lời có trích dẫn")
async def ask(body: AskRequest, request: Request) -> dict:
    assistant, question, cid = await prepare(request, body)
    started = time.perf_counter()
    turn = assistant.remembered(question) if cid is None else None  # a repeat: no hop to a worker thread
    if turn is None:
        turn = await run_blocking(request, assistant.respond, question, cid)
    result = await run_io(request, assistant.remember, cid, turn)  # outside the answering capacity: see Assistant.respond
    log_question("ask", question, grounded=result.answer.grounded,
                 ms=round((time.perf_counter() - started) * 1000))
    return ask_payload(result.answer, result.conversation_id, result.message_id)


@router.post(
    "/ask/stream",
    responses={**ERRORS, 200: {"description": "Server-Sent Events: `delta` {text} rồi `done` (như /v1/ask)",
                               "content": {"text/event-stream": {"schema": STREAM_EVENT}}}},
    response_class=StreamingResponse,
    summary="Hỏi, nhận câu trả lời dạng luồng (SSE)",
)
async def ask_stream(body: AskRequest, request: Request) -> StreamingResponse:
    assistant, question, cid = await prepare(request, body)
    started = time.perf_counter()
    pieces = iterate_blocking(request, assistant.respond_stream(question, cid))
    # take the first item before answering 200, so a failure still gets a proper status
    first = await anext(pieces, None)

    async def events():
        item = first
        try:
            while item is not None:
                if isinstance(item, str):
                    yield sse({"text": item}, event="delta")
                else:
                    result = await run_io(request, assistant.remember, cid, item)  # bounded, as in /v1/ask
                    log_question("ask/stream", question, grounded=result.answer.grounded,
                                 ms=round((time.perf_counter() - started) * 1000))
                    yield sse(ask_payload(result.answer, result.conversation_id, result.message_id), event="done")
                item = await anext(pieces, None)
        except Exception as exc:
            yield sse(stream_error(request, exc, "streaming an answer"), event="error")

    return StreamingResponse(events(), media_type="text/event-stream", headers=SSE_HEADERS)
