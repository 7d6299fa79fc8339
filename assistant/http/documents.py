"""``GET /v1/documents``: what is indexed, with metadata and index time."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder

from assistant.http.deps import get_assistant, run_io
from assistant.http.schemas import ERRORS

router = APIRouter(tags=["documents"])


@router.get("/documents", responses=ERRORS, summary="Các văn bản đã lập chỉ mục")
async def documents(request: Request) -> dict:
    assistant = get_assistant(request)
    docs = await run_io(request, assistant.documents)
    return {"count": len(docs), "documents": jsonable_encoder(docs)}
