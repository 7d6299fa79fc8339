"""``GET /v1/search``: the ranked sections behind answers, with their scores."""
from __future__ import annotations

import math

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from assistant.http.deps import get_assistant, run_blocking
from assistant.http.schemas import ERRORS, QUESTION_SCHEMA, checked_question

router = APIRouter(tags=["search"])

FIELDS = ("document", "title", "section", "heading", "text", "score")


class HitOut(BaseModel):
    rank: int = Field(description="Thứ hạng, từ 1 (rank, best first).")
    document: str
    title: str
    section: str
    heading: str
    text: str
    score: float = Field(description="Điểm hợp nhất từ khóa + ngữ nghĩa (fused lexical + dense score).")
    coverage: float | None = Field(None, description="Tỷ lệ chủ đề câu hỏi có trong mục (share of the query's topic found).")
    lexical_rank: int | None = None
    dense_rank: int | None = None


class SearchResponse(BaseModel):
    query: str
    results: list[HitOut]


def _finite(x) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def hit_payload(rank: int, hit) -> dict:
    """One ranked section; the order is the engine's (it may re-rank beyond the fused score)."""
    out = {"rank": rank, **{f: getattr(hit, f, None) for f in FIELDS}}
    out["score"] = _finite(out["score"]) or 0.0
    for f in FIELDS[:-1]:
        out[f] = "" if out[f] is None else str(out[f])
    out["coverage"] = _finite(getattr(hit, "coverage", None))
    out["lexical_rank"] = getattr(hit, "lexical_rank", None)
    out["dense_rank"] = getattr(hit, "dense_rank", None)
    return out


@router.get("/search", response_model=SearchResponse, responses=ERRORS, summary="Tìm các mục liên quan")
async def search(
    request: Request,
    q: str = Query(description="Từ khóa hoặc câu hỏi (query).", examples=["Bản tin PCI"],
                   json_schema_extra=QUESTION_SCHEMA),
    k: int = Query(5, ge=1, le=50, description="Số kết quả (number of results)."),
) -> dict:
    assistant = get_assistant(request)
    q = checked_question(q, assistant.settings.max_question_chars)
    hits = await run_blocking(request, assistant.search, q, k)
    return {"query": q, "results": [hit_payload(i, h) for i, h in enumerate(hits, 1)]}
