"""Shapes shared by several routes, so the OpenAPI document describes them once: the question a client
may send, the answer and the errors it gets back."""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from assistant.answers import Answer, Citation
from assistant.errors import InputError, clean_question
from assistant.http.errors import QUESTION_CONTROL_CHARACTERS, question_too_long
from index.zones import location

# -- the question ------------------------------------------------------------------------------------
# The OpenAPI document is the contract, so what the service refuses in a question is written there as a
# pattern, and the service checks that same pattern (``checked_question``): a schema-valid question is
# never refused and a refused one is never schema-valid. No control characters but tab and line breaks,
# and one character that is not a space.
_CONTROL = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_SPACE = r"\t\n\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # str.strip()'s, less control characters
QUESTION_PATTERN = f"^[^{_CONTROL}]*[^{_CONTROL}{_SPACE}][^{_CONTROL}]*$"
_CONTROL_CHAR = re.compile(f"[{_CONTROL}]")
# Private-use characters (Unicode category Co) show as nothing anyone can read. The answerer takes a question
# of many of them for binary data; the contract leaves them out (a pattern naming the 137,000 of them makes
# schema-driven fuzzers crawl), so they are read as U+FFFD instead, and never refused.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
# maxLength is QNA_MAX_QUESTION_CHARS, written in per app by ``limit_question_length``
QUESTION_SCHEMA = {"minLength": 1, "pattern": QUESTION_PATTERN}
# Every other text field a client sends (ids, comments, chat messages, query parameters) holds no control
# character but tab and line breaks either: Postgres refuses NUL in text (a 500 there, a 404 on SQLite), and
# no field has a use for the others. Checked by the models (``Field(pattern=TEXT_PATTERN)``), so the contract
# says it too and every database gets the same 422.
TEXT_PATTERN = f"^[^{_CONTROL}]*$"


class RequestBody(BaseModel):
    """A JSON request body, validated strictly: a value of another JSON type than the schema names is
    refused (lax parsing would take ``0`` for ``false`` and ``"5"`` for ``5``, which the schema forbids)."""

    model_config = ConfigDict(strict=True)


def checked_question(text: str, max_chars: int) -> str:
    """``text`` cleaned (``clean_question``) if it keeps the documented contract, else InputError (422).

    The length is counted as sent, as JSON Schema's maxLength counts it."""
    if len(text) > max_chars:
        raise InputError(question_too_long(max_chars))
    if _CONTROL_CHAR.search(text):
        raise InputError(QUESTION_CONTROL_CHARACTERS)
    # a blank question is refused here, as "empty question"
    return clean_question(_PRIVATE_USE.sub("\ufffd", text), max_chars)


def limit_question_length(document: dict, max_chars: int) -> None:
    """Write ``max_chars`` as the maxLength of every question in an OpenAPI document."""
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("pattern") == QUESTION_PATTERN:
                node["maxLength"] = max_chars
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


class CitationOut(BaseModel):
    document: str = Field(description="Tệp văn bản trong corpus/ (file under corpus/).")
    title: str = Field(description="Tên văn bản (document title).")
    section: str = Field(description="Mục, từ ngoài vào trong, ví dụ 'C.II.12.c' (section path).")
    quote: str = Field(description="Đoạn trích nguyên văn làm căn cứ (supporting quote).")
    location: str = Field(description="Cách gọi mục cho người đọc, theo ngôn ngữ câu trả lời: 'mục C.II.12.c', "
                                      "'phần ký', 'Phụ lục I.4' (the section as a reader is shown it).")


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


def citation_payload(citation: Citation, language: str) -> dict:
    """A citation as the API returns it: its fields, and ``location``, the words a reader is shown for its section
    (index/zones.py), so that no client renders an internal zone name such as "signature"."""
    return {"document": citation.document, "title": citation.title, "section": citation.section,
            "quote": citation.quote, "location": location(citation.section, language)}


def ask_payload(answer: Answer, conversation_id: str, message_id: str) -> dict:
    """The /v1/ask body: ``Answer.to_json()`` plus each citation's location, the ids and the answerer."""
    body = answer.to_json()
    body["citations"] = [citation_payload(c, answer.language) for c in answer.citations]
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
