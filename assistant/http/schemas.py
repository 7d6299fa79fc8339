"""Response shapes shared by several routes, so the OpenAPI document describes them once."""
from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.answers import Answer


class CitationOut(BaseModel):
    document: str = Field(description="Tệp văn bản trong corpus/ (file under corpus/).")
    title: str = Field(description="Tên văn bản (document title).")
    section: str = Field(description="Mục, từ ngoài vào trong, ví dụ 'C.II.12.c' (section path).")
    quote: str = Field(description="Đoạn trích nguyên văn làm căn cứ (supporting quote).")


class AskResponse(BaseModel):
    question: str
    answer: str
    grounded: bool = Field(description="False khi văn bản không có câu trả lời (a refusal).")
    citations: list[CitationOut]
    conversation_id: str
    message_id: str = Field(description="Dùng cho /v1/feedback (use with /v1/feedback).")
    answerer: str = Field(description="Bộ trả lời đã viết câu trả lời (which answerer wrote it).")


class ErrorResponse(BaseModel):
    error: str


def ask_payload(answer: Answer, conversation_id: str, message_id: str) -> dict:
    """The /v1/ask body: ``Answer.to_json()`` plus the ids and the answerer."""
    body = answer.to_json()
    body.update(conversation_id=conversation_id, message_id=message_id, answerer=answer.answerer)
    return body


ERRORS = {
    401: {"model": ErrorResponse, "description": "Thiếu/sai khóa API"},
    404: {"model": ErrorResponse, "description": "Không tìm thấy"},
    413: {"model": ErrorResponse, "description": "Nội dung quá lớn"},
    422: {"model": ErrorResponse, "description": "Đầu vào không hợp lệ"},
    429: {"model": ErrorResponse, "description": "Quá nhiều yêu cầu"},
    503: {"model": ErrorResponse, "description": "Đang khởi động"},
}
