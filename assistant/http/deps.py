"""What route handlers share: the loaded Assistant, the store, and running blocking work off the event loop.

Answering is CPU-bound and synchronous. It runs in worker threads, at most
``answer_workers`` at a time (more would only make every request slower on a
small machine), so the event loop keeps answering health probes and streams.
Short store calls use the general thread pool, so they never wait behind answers, and are
waited on for at most ``QNA_DATABASE_TIMEOUT_S``: a database that stops answering (a frozen
server, a lost network) costs a request a 503, never the event loop or the health probes.
"""
from __future__ import annotations

from typing import Callable, Iterator, TypeVar

import anyio
from anyio.to_thread import run_sync
from fastapi import Request

from assistant.storage import DatabaseUnavailable

T = TypeVar("T")


def get_assistant(request: Request):
    """The loaded Assistant (raises NotReady → 503 while loading)."""
    return request.app.state.assistant.get()


def get_store(request: Request):
    """The durable store (conversations, messages, feedback)."""
    return request.app.state.store


def _limiter(request: Request) -> anyio.CapacityLimiter:
    state = request.app.state
    limiter = getattr(state, "answer_limiter", None)
    if limiter is None:  # created lazily: a CapacityLimiter needs the running event loop
        workers = state.settings.answer_worker_count  # from the core count unless QNA_ANSWER_WORKERS says
        limiter = state.answer_limiter = anyio.CapacityLimiter(workers)
    return limiter


async def run_blocking(request: Request, fn: Callable[..., T], *args) -> T:
    """Run ``fn(*args)`` in a worker thread, within the answering capacity."""
    return await run_sync(fn, *args, limiter=_limiter(request))


async def run_io(request: Request, fn: Callable[..., T], *args) -> T:
    """Run a short blocking call (the state database) in a worker thread, not queued behind answers; waited on
    for at most ``QNA_DATABASE_TIMEOUT_S``, then DatabaseUnavailable (503). The thread is left to finish (or
    fail) on its own: a thread blocked in a driver cannot be interrupted."""
    return await bounded_io(request.app.state.settings.database_timeout_s, fn, *args)


async def bounded_io(timeout_s: float, fn: Callable[..., T], *args) -> T:
    """``fn(*args)`` in a worker thread, waited on for at most ``timeout_s`` (0: no bound)."""
    with anyio.move_on_after(timeout_s if timeout_s > 0 else None) as scope:
        return await run_sync(fn, *args, abandon_on_cancel=True)
    if scope.cancelled_caught:
        raise DatabaseUnavailable(f"no answer within {timeout_s:g}s")
    raise AssertionError("unreachable")


_END = object()


async def iterate_blocking(request: Request, iterator: Iterator[T]):
    """Iterate a synchronous generator in worker threads, one item per hop."""

    def step():
        return next(iterator, _END)

    while True:
        item = await run_blocking(request, step)
        if item is _END:
            return
        yield item
