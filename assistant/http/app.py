"""The FastAPI application: one shared Assistant, the /v1 API, the OpenAI-compatible API and the chat page.

``create_app`` wires routers, protection and error handling; ``serve`` runs it
under uvicorn (one worker: the index and the model are loaded once per process,
and concurrency comes from worker threads, see ``deps.run_blocking``).
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from assistant.config import Settings, get_settings
from assistant.http import admin, ask, documents, feedback, health, openai_compat, search, web
from assistant.http.errors import install_error_handlers
from assistant.http.readiness import AssistantHandle
from assistant.http.security import (AccessLog, BodySizeLimit, PersonalDataFilter, RateLimiter, rate_limit,
                                     require_admin, require_api_key)
from assistant.state import SQLiteStore

log = logging.getLogger("assistant.http")

DESCRIPTION = """\
Hỏi – đáp về các kế hoạch cải cách hành chính (CCHC) và chuyển đổi số (CĐS) của tỉnh Quảng Ngãi,
có trích dẫn mục văn bản (ví dụ "mục C.II.12.c").

Answers questions about Quảng Ngãi province's administrative-reform and digital-transformation plans,
with section citations. When the server has API keys configured, every `/v1` route needs
`Authorization: Bearer <key>`. Errors are JSON `{"error": "..."}`.
"""


def create_app(settings: Settings | None = None, assistant=None, store=None) -> FastAPI:
    """Build the app. Without ``assistant`` it is loaded in the background at start-up (see /readyz).

    ``store`` (conversations, messages, feedback) defaults to the assistant's own store when that
    is durable, else to ``SQLiteStore(settings.state_db)``.
    """
    settings = settings or get_settings()
    owns_store = False
    if store is None:
        conversations = getattr(assistant, "conversations", None)
        if conversations is not None and hasattr(conversations, "add_feedback"):
            store = conversations
        else:
            store = SQLiteStore(settings.state_db)
            owns_store = True
    handle = AssistantHandle(assistant, settings=settings,
                             conversations=assistant.conversations if assistant is not None else store)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if not handle.ready and not getattr(app.state, "loading", False):
            app.state.loading = True
            handle.load_in_background(lambda: _load_assistant(settings, store))
        yield
        if owns_store:
            store.close()

    app = FastAPI(
        title="Trợ lý CCHC – CĐS Quảng Ngãi",
        version="1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.assistant = handle
    app.state.store = store
    app.state.rate_limiter = RateLimiter(settings.rate_limit_per_minute)

    install_error_handlers(app)

    protected = [Depends(rate_limit), Depends(require_api_key)]
    for module in (ask, search, feedback, documents, openai_compat):
        app.include_router(module.router, prefix="/v1", dependencies=protected)
    app.include_router(admin.router, prefix="/v1", dependencies=[Depends(rate_limit), Depends(require_admin)])
    app.include_router(health.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=web.WEB_DIR), name="static")
    _include_bots(app, settings, handle, store)

    # outermost last: the access log sees every response, including 413s
    app.add_middleware(BodySizeLimit, limit=settings.max_body_bytes)
    app.add_middleware(AccessLog)
    return app


def _load_assistant(settings: Settings, store):
    from assistant.service import Assistant

    return Assistant.load(settings, conversations=store)


def _include_bots(app: FastAPI, settings: Settings, handle: AssistantHandle, store) -> None:
    """Telegram/Zalo webhook routes from bots/webhooks.py (issue 5)."""
    from bots.webhooks import build_router

    # the handle forwards to the Assistant once loaded (NotReady → 503 before)
    app.include_router(build_router(settings, handle, store))


def configure_logging(level: int = logging.INFO) -> None:
    """Log to stderr with personal data masked in every record, ours and uvicorn's."""
    mask = PersonalDataFilter()
    ours = logging.getLogger("assistant")
    if not ours.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        ours.addHandler(handler)
    ours.setLevel(level)
    ours.propagate = False
    for name in ("assistant", "uvicorn", "uvicorn.error", "uvicorn.access", ""):
        for handler in logging.getLogger(name).handlers:
            if not any(isinstance(f, PersonalDataFilter) for f in handler.filters):
                handler.addFilter(mask)


def serve(settings: Settings | None = None, host: str | None = None, port: int | None = None) -> None:
    """Run the service under uvicorn until interrupted (``assistant serve``)."""
    import uvicorn

    settings = settings or get_settings()
    if settings.embedding_threads == 0:
        # Concurrency comes from requests answered side by side in worker threads; torch's
        # own intra-op threads on top of that fight them for the cores (measured on 2 cores:
        # one query embedding 0.09 s with 1 thread, 0.7 s with 2 under load). Set
        # QNA_EMBEDDING_THREADS explicitly to override.
        settings = settings.model_copy(update={"embedding_threads": 1})
    config = uvicorn.Config(
        create_app(settings),
        host=host or settings.host,
        port=port or settings.port,
        workers=1,
        access_log=False,  # uvicorn's access log would write query strings (questions); AccessLog writes paths
        proxy_headers=True,  # the client address behind a local reverse proxy, for the rate limit
        timeout_graceful_shutdown=10,
    )
    configure_logging()  # after uvicorn.Config, which installs its own handlers
    try:
        uvicorn.Server(config).run()
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl+C after its graceful shutdown
        pass
