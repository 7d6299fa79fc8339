"""Conversation memory: what earlier turns a follow-up question is read against.

``ConversationStore`` is the interface; ``MemoryConversationStore`` keeps turns in
this process (the CLI's chat). The HTTP service and the bots use a durable database
implementation of the same interface.
"""
from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from typing import Protocol

from assistant.answers import Answer, Turn

HISTORY_TURNS = 4  # how many earlier turns an answerer is shown


class UnknownConversation(KeyError):
    """A conversation id that the store has never issued."""


class ConversationStore(Protocol):
    def new(self) -> str: ...
    def exists(self, conversation_id: str) -> bool: ...
    def history(self, conversation_id: str, limit: int = HISTORY_TURNS) -> list[Turn]: ...
    def append(self, conversation_id: str, turn: Turn) -> str:
        """Store a turn and return its message id."""
    def start(self, turn: Turn) -> tuple[str, str]:
        """A new conversation holding its first turn, stored at once: (conversation id, message id)."""


class MemoryConversationStore:
    def __init__(self) -> None:
        self._turns: dict[str, list[tuple[str, Turn]]] = defaultdict(list)
        self._lock = threading.Lock()

    def new(self) -> str:
        cid = uuid.uuid4().hex
        with self._lock:
            self._turns[cid] = []
        return cid

    def exists(self, conversation_id: str) -> bool:
        return conversation_id in self._turns

    def history(self, conversation_id: str, limit: int = HISTORY_TURNS) -> list[Turn]:
        if conversation_id not in self._turns:
            raise UnknownConversation(conversation_id)
        return [t for _, t in self._turns[conversation_id][-limit:]]

    def append(self, conversation_id: str, turn: Turn) -> str:
        mid = uuid.uuid4().hex
        with self._lock:
            self._turns[conversation_id].append((mid, turn))
        return mid

    def start(self, turn: Turn) -> tuple[str, str]:
        cid, mid = uuid.uuid4().hex, uuid.uuid4().hex
        with self._lock:
            self._turns[cid] = [(mid, turn)]
        return cid, mid


__all__ = ["Answer", "Turn", "ConversationStore", "MemoryConversationStore", "UnknownConversation", "HISTORY_TURNS"]
