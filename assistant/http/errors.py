"""Every error a client sees is JSON ``{"error": "..."}`` with a clear message, and never a stack trace.

Messages are Vietnamese first, with the English in brackets, because the API's
callers are both citizens' front ends and other agencies' developers.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.conversation import UnknownConversation
from assistant.errors import InputError
from assistant.http.readiness import NotReady

log = logging.getLogger("assistant.http")

INTERNAL_ERROR = "Lỗi máy chủ nội bộ, vui lòng thử lại sau (internal server error)."
NOT_READY = "Dịch vụ đang khởi động, vui lòng thử lại sau giây lát (service is loading)."
UNKNOWN_CONVERSATION = "Không tìm thấy cuộc hội thoại này (unknown conversation_id)."


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
        msg = "Nội dung không phải JSON hợp lệ (request body is not valid JSON)."
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

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail
        if exc.status_code == 404 and detail == "Not Found":
            detail = "Không có đường dẫn này (not found)."
        elif exc.status_code == 405:
            detail = "Phương thức không được hỗ trợ cho đường dẫn này (method not allowed)."
        return JSONResponse(error_body(str(detail)), status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # the traceback goes to the server log only
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return JSONResponse(error_body(INTERNAL_ERROR), status_code=500)
