"""Admin routes (admin API key required): re-index the corpus, read the stored feedback."""
from __future__ import annotations

import dataclasses
import threading

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder

from assistant.http.deps import get_assistant, get_store, run_blocking, run_io
from assistant.http.schemas import ERRORS, TEXT_PATTERN

router = APIRouter(tags=["admin"])
_reindexing = threading.Lock()

ADMIN_ERRORS = {**ERRORS, 403: {"description": "Chưa cấu hình khóa quản trị (admin disabled)"},
                409: {"description": "Đang lập chỉ mục lại (a re-index is running)"}}


@router.post("/reindex", responses=ADMIN_ERRORS, summary="Lập chỉ mục lại corpus/ (quản trị)")
async def reindex(request: Request) -> dict:
    assistant = get_assistant(request)
    if not _reindexing.acquire(blocking=False):
        raise HTTPException(409, "Đang lập chỉ mục lại, vui lòng chờ (a re-index is already running).")
    try:
        report = await run_blocking(request, assistant.reindex)
    finally:
        _reindexing.release()
    body = dataclasses.asdict(report) if dataclasses.is_dataclass(report) else report
    return {"ok": True, "report": jsonable_encoder(body)}


@router.get("/feedback", responses=ADMIN_ERRORS, summary="Các đánh giá đã lưu (quản trị)")
async def list_feedback(request: Request, message_id: str | None = Query(None, max_length=100, pattern=TEXT_PATTERN)) -> dict:
    store = get_store(request)
    items = await run_io(request, store.feedback, message_id)
    return {"count": len(items), "feedback": items}
