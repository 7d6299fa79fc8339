"""Request bodies: read within a byte limit and decoded as JSON by the project, before anything else runs.

Left to the framework, hostile bodies failed in several places: a lone surrogate escape
(``"\\ud800"``) reached the store and failed there with a 500, a deeply nested array
overflowed the parser's recursion (500), invalid UTF-8 got the framework's English 400.
Here every body is checked once, the same way for the API and the bots' webhooks:
size, strict UTF-8, JSON syntax, nesting depth, and no lone surrogate in any string.
A failure is a ``BodyError`` carrying the status and the client's message.
"""
from __future__ import annotations

import json
import re

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.http.errors import (BODY_BAD_UNICODE, BODY_NOT_JSON, BODY_NOT_UTF8, BODY_TOO_DEEP, body_too_large,
                                   send_error)

MAX_JSON_DEPTH = 32  # our deepest valid body (a chat message's content parts) is 4 levels
_SURROGATE = re.compile("[\ud800-\udfff]")  # json.loads joins valid pairs, so any left is alone


class BodyError(HTTPException):
    """A body the project refuses; ``status_code`` and ``detail`` are what the client gets."""


async def read_limited(scope: Scope, receive: Receive, limit: int) -> bytes:
    """The whole body, or BodyError 413 as soon as it is declared or streamed over ``limit`` (0: no limit)."""
    declared = dict(scope.get("headers") or []).get(b"content-length", b"")
    if limit > 0 and declared.isdigit() and int(declared) > limit:
        raise BodyError(413, body_too_large(limit))
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":  # the client went away
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit > 0 and size > limit:
            raise BodyError(413, body_too_large(limit))
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def decode_json(raw: bytes) -> object:
    """The JSON value in ``raw``, or BodyError 422 with the reason in Vietnamese and English."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyError(422, BODY_NOT_UTF8) from None
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise BodyError(422, BODY_TOO_DEEP) from None
    except ValueError:  # also a number too long to convert
        raise BodyError(422, BODY_NOT_JSON) from None
    _check_tree(value)
    return value


def _check_tree(value: object) -> None:
    """Depth and lone surrogates, walked without recursion (the depth is what is being checked)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise BodyError(422, BODY_BAD_UNICODE)
        elif isinstance(item, (dict, list)):
            if depth > MAX_JSON_DEPTH:
                raise BodyError(422, BODY_TOO_DEEP)
            children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)


class CheckedJSONBody:
    """ASGI middleware: every body is read within ``limit`` and checked by ``decode_json`` before routing,
    keys, rate limits or handlers run; the checked bytes are then handed on unchanged.

    Paths under ``skip`` (the bots' webhooks) read their own bodies: they must check a secret or
    signature on the raw bytes first, and have their own limit.
    """

    def __init__(self, app: ASGIApp, limit: int, skip: tuple[str, ...] = ()):
        self.app = app
        self.limit = limit
        self.skip = skip

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(self.skip):
            await self.app(scope, receive, send)
            return
        try:
            raw = await read_limited(scope, receive, self.limit)
            if raw:
                decode_json(raw)
        except BodyError as exc:
            await send_error(send, exc.status_code, exc.detail, close=exc.status_code == 413)
            return
        await self.app(scope, _replay(raw, receive), send)


def _replay(raw: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the body once, then waits on the client as before (for disconnects)."""
    pending = True

    async def replayed() -> Message:
        nonlocal pending
        if pending:
            pending = False
            return {"type": "http.request", "body": raw, "more_body": False}
        return await receive()

    return replayed
