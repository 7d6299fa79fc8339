"""``GET /v1/search``: the ranked sections behind answers, with their scores."""
from __future__ import annotations

import math

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from assistant.http.deps import get_assistant, run_blocking
from assistant.http.schemas import ERRORS

router = APIRouter(tags=["search"])

FIELDS = ("document", "title", "section", "heading", "text", "score")


class HitOut(BaseModel):
    rank: int
    document: str
    title: str
    section: str
    heading: str
    text: str
    score: float


class SearchResponse(BaseModel):
    query: str
    results: list[HitOut]


def hit_payload(rank: int, hit) -> dict:
    out = {"rank": rank, **{f: getattr(hit, f, None) for f in FIELDS}}
    score = float(out["score"] or 0.0)
    out["score"] = score if math.isfinite(score) else 0.0
    for f in FIELDS[:-1]:
        out[f] = "" if out[f] is None else str(out[f])
    return out


@router.get("/search", response_model=SearchResponse, responses=ERRORS, summary="Tìm các mục liên quan")
async def search(
    request: Request,
    q: str = Query(description="Từ khóa hoặc câu hỏi (query).", examples=["Bản tin PCI"]),
    k: int = Query(5, ge=1, le=50, description="Số kết quả (number of results)."),
) -> dict:
    assistant = get_assistant(request)
    hits = await run_blocking(request, assistant.search, q, k)
    return {"query": q, "results": [hit_payload(i, h) for i, h in enumerate(hits, 1)]}
