"""Requests a chat front end makes for itself, not for its user: Open WebUI's background tasks.

After each exchange Open WebUI asks the same model for a chat title, tags and follow-up suggestions
(and, with web search on, search queries), sending as the user's message a prompt of a documented shape:
``### Task:`` first, the conversation inside ``<chat_history>…</chat_history>``, and the JSON object to
return named under ``JSON format: { "<key>": … }`` (its default templates: "Generate a concise, 3-5 word
title…", "Generate 1-3 broad tags…", "Suggest 3-5 relevant follow-up questions…"). Answered as questions,
they cost an answer each, were stored as conversations and counted against the user's rate limit, and
their "answers" showed up as titles. Here they are recognised by that shape and given the smallest reply
the template asks for: a title made of the conversation's first question, an empty list for the rest.
"""
from __future__ import annotations

import json
import re

TITLE_WORDS = 6
TITLE_CHARS = 60
_HISTORY = re.compile(r"<chat_history>(.*?)</chat_history>", re.S)
_OUTPUT_KEY = re.compile(r'JSON format:\s*\{\s*"(\w+)"')
_FIRST_QUESTION = re.compile(r"^\s*USER:\s*(.+?)\s*$", re.M)


def front_end_task(text: str) -> str | None:
    """The JSON key a front end's task prompt asks for ("title", "tags", "follow_ups", …; "" when it names
    none), or None when ``text`` is not such a prompt (a question)."""
    if not text.lstrip().startswith("### Task:") or not _HISTORY.search(text):
        return None
    match = _OUTPUT_KEY.search(text)
    return match.group(1) if match else ""


def task_reply(key: str, text: str) -> str:
    """The reply to a task prompt: JSON as its template asks, with nothing made up."""
    if key == "title":
        return json.dumps({"title": _title(text)}, ensure_ascii=False)
    return json.dumps({key: []} if key else {})


def _title(text: str) -> str:
    """The conversation's first question, cut to a few words: what the user asked, in their words."""
    history = _HISTORY.search(text)
    first = _FIRST_QUESTION.search(history.group(1)) if history else None
    words = (first.group(1) if first else "").split()[:TITLE_WORDS]
    return " ".join(words).rstrip("?.!,:;")[:TITLE_CHARS] or "Hỏi đáp"
