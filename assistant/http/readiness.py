"""The one shared Assistant, loaded in the background so the process answers health probes at once.

Loading the index and the embedding model takes seconds; an orchestrator must be
able to see the process alive (``/healthz``) meanwhile and route traffic only once
``/readyz`` says so. ``AssistantHandle`` holds the loaded ``Assistant`` and forwards
attribute access to it, so code written against an ``Assistant`` (the bots' webhook
router) can be handed the handle before loading has finished.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

log = logging.getLogger("assistant.http")


class NotReady(RuntimeError):
    """The assistant is still loading (or failed to load); the request should be retried later."""


class AssistantHandle:
    """``settings`` and ``conversations`` are known before loading (the Assistant is built with them)."""

    def __init__(self, assistant=None, settings=None, conversations=None):
        self._assistant = assistant
        self.settings = settings if settings is not None else getattr(assistant, "settings", None)
        self.conversations = conversations if conversations is not None else getattr(assistant, "conversations", None)
        self._error: str | None = None
        self._done = threading.Event()
        self.loaded_at: float | None = None
        if assistant is not None:
            self.loaded_at = time.time()
            self._done.set()

    # -- loading ---------------------------------------------------------------------------
    def load_in_background(self, loader: Callable[[], object]) -> threading.Thread:
        """Run ``loader`` in a daemon thread; the handle becomes ready when it returns."""

        def run() -> None:
            started = time.perf_counter()
            try:
                self._assistant = loader()
                self.loaded_at = time.time()
                log.info("assistant loaded in %.1fs", time.perf_counter() - started)
            except Exception as e:  # reported by /readyz; the traceback stays in the server log
                self._error = f"{type(e).__name__}: {e}"
                log.exception("loading the assistant failed")
            finally:
                self._done.set()

        thread = threading.Thread(target=run, name="assistant-loader", daemon=True)
        thread.start()
        return thread

    def wait(self, timeout: float | None = None) -> bool:
        """Block until loading has finished (successfully or not); True if ready."""
        self._done.wait(timeout)
        return self.ready

    # -- state -----------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self._assistant is not None

    @property
    def error(self) -> str | None:
        return self._error

    def get(self):
        """The loaded Assistant, or NotReady."""
        if self._assistant is None:
            raise NotReady(self._error or "loading")
        return self._assistant

    def __getattr__(self, name: str):
        # only reached for names the handle itself lacks: forward to the Assistant
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.get(), name)
