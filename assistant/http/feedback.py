"""``POST /v1/feedback``: 👍/👎 and an optional comment on an answer, stored durably."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field, field_validator

from assistant.http.deps import get_store, run_io
from assistant.http.schemas import ERRORS, TEXT_PATTERN, RequestBody

router = APIRouter(tags=["feedback"])

RATINGS = {"up": 1, "down": -1, 1: 1, -1: -1}


class FeedbackRequest(RequestBody):
    message_id: str = Field(min_length=1, max_length=100, pattern=TEXT_PATTERN, description="message_id từ /v1/ask.")
    rating: Literal["up", "down", 1, -1] = Field(description='"up"/"down" hoặc +1/-1 (👍/👎).')
    comment: str | None = Field(None, max_length=2000, pattern=TEXT_PATTERN,
                                description="Góp ý thêm (optional comment).")

    @field_validator("rating", mode="before")
    @classmethod
    def _no_booleans(cls, v):
        if isinstance(v, (bool, float)):  # true/1.0 are not a rating, even if Python calls them 1
            raise ValueError('rating must be "up", "down", 1 or -1')
        return v


class FeedbackResponse(BaseModel):
    ok: bool
    message_id: str
    rating: int


@router.post("/feedback", status_code=201, response_model=FeedbackResponse, responses=ERRORS,
             summary="Đánh giá một câu trả lời")
async def feedback(body: FeedbackRequest, request: Request) -> dict:
    store = get_store(request)
    rating = RATINGS[body.rating]
    comment = (body.comment or "").strip() or None
    try:
        await run_io(request, store.add_feedback, body.message_id, rating, comment, "http")
    except KeyError:
        raise HTTPException(404, "Không tìm thấy câu trả lời này (unknown message_id).") from None
    return {"ok": True, "message_id": body.message_id, "rating": rating}
