"""Every error a client sees is JSON ``{"error": "..."}`` with a clear message, and never a stack trace.

Messages are Vietnamese first, with the English in brackets, because the API's
callers are both citizens' front ends and other agencies' developers. A server error
is one log line that names the request id the client was given, so the two can be
matched without a traceback in the log for every failed request.
"""
from __future__ import annotations

import json
import logging
import traceback
import uuid
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.conversation import UnknownConversation
from assistant.errors import InputError
from assistant.http.readiness import NotReady
from assistant.storage import OUTAGES

log = logging.getLogger("assistant.http")

INTERNAL_ERROR = "Lỗi máy chủ nội bộ, vui lòng thử lại sau (internal server error)."
NOT_READY = "Dịch vụ đang khởi động, vui lòng thử lại sau giây lát (service is loading)."
UNKNOWN_CONVERSATION = "Không tìm thấy cuộc hội thoại này (unknown conversation_id)."
BODY_NOT_UTF8 = "Nội dung yêu cầu không phải văn bản UTF-8 (request body is not UTF-8)."
BODY_NOT_JSON = "Nội dung không phải JSON hợp lệ (request body is not valid JSON)."
BODY_TOO_DEEP = "Nội dung JSON lồng quá nhiều cấp (request body is nested too deeply)."
BODY_BAD_UNICODE = "Nội dung chứa ký tự Unicode không hợp lệ (request body contains a lone surrogate)."
QUESTION_CONTROL_CHARACTERS = "Câu hỏi chứa ký tự điều khiển (question contains control characters)."
TOO_MANY_REQUESTS = "Quá nhiều yêu cầu, vui lòng thử lại sau ít phút (too many requests)."
DATABASE_UNAVAILABLE = ("Không lưu được dữ liệu lúc này, vui lòng thử lại sau giây lát "
                        "(the database is unavailable; nothing was stored).")
TEXT_CONTROL_CHARACTERS = "chứa ký tự điều khiển (field contains control characters)"
DATABASE_RETRY_AFTER_S = 10


def body_too_large(limit: int) -> str:
    return f"Nội dung yêu cầu quá lớn: tối đa {limit} byte (request body too large)."


def question_too_long(limit: int) -> str:
    return f"Câu hỏi quá dài: tối đa {limit} ký tự (question too long: at most {limit} characters)."


def error_body(message: str, **extra) -> dict:
    return {"error": message, **extra}


def _describe(errors: list[dict]) -> tuple[str, list[dict]]:
    """A one-line message and a trimmed list (no echo of the submitted values)."""
    details = []
    for e in errors:
        loc = [str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path", "header")]
        details.append({"field": ".".join(loc) or "body", "problem": e.get("msg", "invalid"), "type": e.get("type", "")})
    if not details:
        return "Yêu cầu không hợp lệ (invalid request).", details
    first = details[0]
    if first["type"] == "json_invalid":
        msg = BODY_NOT_JSON
    elif first["type"] == "string_pattern_mismatch":  # TEXT_PATTERN, the one pattern the models check
        msg = f"Trường '{first['field']}' {TEXT_CONTROL_CHARACTERS}."
        details = [{**d, "problem": TEXT_CONTROL_CHARACTERS} if d["type"] == "string_pattern_mismatch" else d
                   for d in details]
    elif first["type"] == "missing":
        msg = f"Thiếu trường bắt buộc '{first['field']}' (missing required field)."
    else:
        msg = f"Trường '{first['field']}' không hợp lệ: {first['problem']} (invalid field)."
    return msg, details


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        msg, details = _describe(list(exc.errors()))
        return JSONResponse(error_body(msg, details=details), status_code=422)

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse(error_body(str(exc)), status_code=422)

    @app.exception_handler(UnknownConversation)
    async def _unknown_conversation(request: Request, exc: UnknownConversation) -> JSONResponse:
        return JSONResponse(error_body(UNKNOWN_CONVERSATION), status_code=404)

    @app.exception_handler(NotReady)
    async def _not_ready(request: Request, exc: NotReady) -> JSONResponse:
        return JSONResponse(error_body(NOT_READY), status_code=503, headers={"Retry-After": "5"})

    async def _database_down(request: Request, exc: Exception) -> JSONResponse:
        log.warning("the state database is unavailable: %s %s: %s: %s [request %s]", request.method,
                    request.url.path, type(exc).__name__, " ".join(str(exc).split())[:200], request_id(request.scope))
        return JSONResponse(error_body(DATABASE_UNAVAILABLE), status_code=503,
                            headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)})

    for outage in OUTAGES:
        app.add_exception_handler(outage, _database_down)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail
        if exc.status_code == 404 and detail == "Not Found":
            detail = "Không có đường dẫn này (not found)."
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            detail = "Phương thức không được hỗ trợ cho đường dẫn này (method not allowed)."
            headers = {**(headers or {}), "Allow": _allowed_methods(request)}
        return JSONResponse(error_body(str(detail)), status_code=exc.status_code, headers=headers)


def _allowed_methods(request: Request) -> str:
    """Every method the path takes: Starlette names only those of the first route that matched the path,
    and one path may be served by two routers (``/v1/feedback``: POST for all, GET for admins)."""
    methods = {method for route in request.app.router.routes
               if isinstance(route, Route) and route.methods and route.matches(request.scope)[0] != Match.NONE
               for method in route.methods}
    return ", ".join(sorted(methods))


# --------------------------------------------------------------------------------------
# Server errors: one log line with a request id
# --------------------------------------------------------------------------------------
class RequestId(str):
    """A request id: 16 hex digits, which the log's personal-data mask leaves as they are (``security``); as
    text, one in 30 of them held a run of digits that looks like a phone number and was masked."""


def request_id(scope: Scope) -> RequestId:
    """This request's id, made on first use (the access log, error replies and error log lines share it)."""
    state = scope.setdefault("state", {})
    if "request_id" not in state:
        state["request_id"] = RequestId(uuid.uuid4().hex[:16])
    return state["request_id"]


def log_server_error(scope: Scope, exc: BaseException, what: str = "request") -> str:
    """Log ``exc`` as one line (type, message, innermost frame, request id); return the id."""
    rid = request_id(scope)
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}" if frames else ""
    message = " ".join(str(exc).split())[:300]
    log.error("%s failed: %s %s: %s: %s%s [request %s]", what, scope.get("method"), scope.get("path"),
              type(exc).__name__, message, where, rid)
    return rid


def stream_error(request: Request, exc: BaseException, what: str) -> dict:
    """The error event of a stream that failed after its 200 was sent: the database's outage said as such,
    anything else logged as a server error with the id the client is given."""
    if isinstance(exc, OUTAGES):
        log.warning("%s: the state database is unavailable: %s [request %s]", what, type(exc).__name__,
                    request_id(request.scope))
        return error_body(DATABASE_UNAVAILABLE, request_id=request_id(request.scope))
    return error_body(INTERNAL_ERROR, request_id=log_server_error(request.scope, exc, what))


async def send_error(send: Send, status: int, error: str, *, close: bool = False, **extra) -> None:
    """A JSON error reply written straight to ASGI, for middleware that answers before the app runs."""
    body = json.dumps(error_body(error, **extra), ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:  # the rest of an over-long body was never read
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class ServerErrors:
    """ASGI middleware: an unexpected exception becomes a 500 JSON reply and one log line.

    Nothing is re-raised: Starlette's own 500 handler re-raises to uvicorn, which logs the
    whole traceback and resets the kept-alive connection.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            rid = log_server_error(scope, exc)
            if not started:  # else the client sees the response cut short; there is nothing else to send
                await send_error(send, 500, INTERNAL_ERROR, request_id=rid)
