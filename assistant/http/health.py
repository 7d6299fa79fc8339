"""Liveness and readiness probes: alive at once, ready only once the index is loaded."""
from __future__ import annotations

from datetime import datetime, timezone

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Tiến trình còn sống (liveness)")
async def healthz() -> dict:
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="Sẵn sàng trả lời: chỉ mục đã nạp (readiness)",
    responses={503: {"description": "Đang nạp chỉ mục hoặc nạp thất bại"}},
)
async def readyz(request: Request) -> JSONResponse:
    handle = request.app.state.assistant
    if handle.ready:
        loaded = datetime.fromtimestamp(handle.loaded_at or 0, tz=timezone.utc).isoformat()
        return JSONResponse({"status": "ready", "loaded_at": loaded})
    if handle.error:
        return JSONResponse({"status": "failed", "error": handle.error}, status_code=503)
    return JSONResponse({"status": "loading"}, status_code=503, headers={"Retry-After": "5"})
