"""The one shared Assistant, loaded in the background so the process answers health probes at once.

Loading the index and the embedding model takes seconds; an orchestrator must be
able to see the process alive (``/healthz``) meanwhile and route traffic only once
``/readyz`` says so. ``AssistantHandle`` holds the loaded ``Assistant`` and forwards
attribute access to it, so code written against an ``Assistant`` (the bots' webhook
router) can be handed the handle before loading has finished.

A load that fails is tried again, with a growing pause, because what it reads may come
back: a Chroma server restarting, an ingest still writing the first generation. A
worker that cannot load within ``QNA_LOAD_TIMEOUT_S`` gives up (``on_give_up``: the
service exits with status 3), so that its supervisor (systemd, uvicorn's, a container
runtime) starts a fresh one and an operator sees the restarts. What failed is written to
the log only; ``/readyz`` gives a short public reason.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

log = logging.getLogger("assistant.http")

FIRST_RETRY_S = 0.5  # the pause after the first failed load; doubled after each, up to MAX_RETRY_S
# A failed attempt (a refused connection) costs next to nothing, and a worker must be ready soon after what it
# waits for returns (a Chroma server back: within 10 s, evals/bench_ops.py measures it): at most 4 s between tries.
MAX_RETRY_S = 4.0
LOADING = "loading the index and the model"
RETRYING = "the index could not be loaded yet; retrying"
GAVE_UP = "the index could not be loaded; the worker is restarting"


class NotReady(RuntimeError):
    """The assistant is still loading; the request should be retried later."""


class AssistantHandle:
    """``settings`` and ``conversations`` are known before loading (the Assistant is built with them)."""

    def __init__(self, assistant=None, settings=None, conversations=None):
        self._assistant = assistant
        self.settings = settings if settings is not None else getattr(assistant, "settings", None)
        self.conversations = conversations if conversations is not None else getattr(assistant, "conversations", None)
        self.reason = LOADING  # why it is not ready, in words fit for any client
        self.attempts = 0
        self._done = threading.Event()
        self._stop = threading.Event()
        self.loaded_at: float | None = None
        if assistant is not None:
            self.loaded_at = time.time()
            self._done.set()

    # -- loading ---------------------------------------------------------------------------
    def load_in_background(self, loader: Callable[[], object], *, give_up_after_s: float = 0.0,
                           on_give_up: Callable[[], None] | None = None) -> threading.Thread:
        """Run ``loader`` in a daemon thread until it returns, retrying with backoff; the handle becomes ready
        then. After ``give_up_after_s`` seconds of failures (0: never) ``on_give_up`` is called."""

        def run() -> None:
            started = time.monotonic()
            pause = FIRST_RETRY_S
            while not self._stop.is_set():
                self.attempts += 1
                try:
                    self._assistant = loader()
                except Exception as exc:  # noqa: BLE001 - what failed goes to the log, the reason to /readyz
                    self.reason = RETRYING
                    waited = time.monotonic() - started
                    if give_up_after_s and waited + pause > give_up_after_s:
                        self.reason = GAVE_UP
                        log.critical("loading the assistant failed for %.0fs (%d attempts), giving up: %s: %s",
                                     waited, self.attempts, type(exc).__name__, _one_line(exc))
                        self._done.set()
                        if on_give_up is not None:
                            on_give_up()
                        return
                    log.warning("loading the assistant failed (attempt %d), retrying in %.1fs: %s: %s",
                                self.attempts, pause, type(exc).__name__, _one_line(exc))
                    self._stop.wait(pause)
                    pause = min(pause * 2, MAX_RETRY_S)
                    continue
                self.loaded_at = time.time()
                log.info("assistant loaded in %.1fs", time.monotonic() - started)
                self._done.set()
                return

        thread = threading.Thread(target=run, name="assistant-loader", daemon=True)
        thread.start()
        return thread

    def stop_loading(self) -> None:
        """No more attempts (the app is shutting down)."""
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until loading has finished (loaded, or given up); True if ready."""
        self._done.wait(timeout)
        return self.ready

    # -- state -----------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self._assistant is not None

    def get(self):
        """The loaded Assistant, or NotReady."""
        if self._assistant is None:
            raise NotReady(self.reason)
        return self._assistant

    def __getattr__(self, name: str):
        # only reached for names the handle itself lacks: forward to the Assistant
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.get(), name)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]
