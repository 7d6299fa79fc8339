"""Liveness and readiness probes.

``/healthz`` says the process answers: it touches nothing outside it (no database, no index), so a
slow or lost database never makes an orchestrator kill healthy workers. ``/readyz`` says the worker
can answer: the index is loaded and the state database answers within ``QNA_DATABASE_TIMEOUT_S``.
Its 503s give a short reason fit for any client; what failed is in the server log.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from assistant.http.deps import run_io
from assistant.storage import OUTAGES

router = APIRouter(tags=["health"])
log = logging.getLogger("assistant.http")

DATABASE_DOWN = "the state database does not answer"


@router.get("/healthz", summary="Tiến trình còn sống (liveness)")
async def healthz() -> dict:
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="Sẵn sàng trả lời: chỉ mục đã nạp, cơ sở dữ liệu trả lời (readiness)",
    responses={503: {"description": "Đang nạp chỉ mục, hoặc cơ sở dữ liệu không trả lời "
                                    "(loading, or the database does not answer)"}},
)
async def readyz(request: Request) -> JSONResponse:
    handle = request.app.state.assistant
    if not handle.ready:
        return JSONResponse({"status": "loading", "reason": handle.reason}, status_code=503,
                            headers={"Retry-After": "5"})
    db = getattr(request.app.state.store, "db", None)
    if db is not None:
        try:
            await run_io(request, db.ping)
        except OUTAGES as exc:
            log.warning("readyz: the state database does not answer: %s: %s", type(exc).__name__,
                        " ".join(str(exc).split())[:200])
            return JSONResponse({"status": "unavailable", "reason": DATABASE_DOWN}, status_code=503,
                                headers={"Retry-After": "5"})
    loaded = datetime.fromtimestamp(handle.loaded_at or 0, tz=timezone.utc).isoformat()
    return JSONResponse({"status": "ready", "loaded_at": loaded})
