"""The FastAPI application: one shared Assistant, the /v1 API, the OpenAI-compatible API and the chat page.

``create_app`` wires routers, protection and error handling; ``serve`` runs it
under uvicorn. Within a process, concurrency comes from worker threads (see
``deps.run_blocking``); ``--workers N`` runs N processes on one socket (uvicorn's
supervisor, which restarts a worker that dies), each with its own read-only copy of
the index and model and nothing durable of its own: conversations, feedback, the
bots' inbox and outbox and the rate-limit windows are in the state database
(``assistant.storage``), so any worker can answer any turn of any conversation.
"""
from __future__ import annotations

import logging
import os
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from assistant import extensions
from assistant.config import Settings, get_settings
from assistant.errors import NotConfigured
from assistant.http import admin, ask, documents, feedback, health, openai_compat, search, web
from assistant.http.body import CheckedJSONBody
from assistant.http.errors import ServerErrors, install_error_handlers
from assistant.http.readiness import AssistantHandle
from assistant.http.schemas import limit_question_length
from assistant.http.security import (AccessLog, TrustedProxies, check_secret_formats, configure_logging, key_checks,
                                     rate_limit)
from assistant.ratelimit import RateLimiter
from assistant.state import StateStore

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
    is durable, else to the state database (``StateStore.from_settings``: SQLite, or QNA_DATABASE_URL).
    """
    settings = settings or get_settings()
    owns_store = False
    if store is None:
        conversations = getattr(assistant, "conversations", None)
        if conversations is not None and hasattr(conversations, "add_feedback"):
            store = conversations
        else:
            store = StateStore.from_settings(settings)
            owns_store = True
    handle = AssistantHandle(assistant, settings=settings,
                             conversations=assistant.conversations if assistant is not None else store)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if not handle.ready and not getattr(app.state, "loading", False):
            app.state.loading = True
            handle.load_in_background(lambda: _load_assistant(settings, store), give_up_after_s=settings.load_timeout_s,
                                      on_give_up=app.state.on_load_give_up)
        yield
        handle.stop_loading()
        if owns_store:
            store.close()

    app = FastAPI(
        title="Trợ lý CCHC – CĐS Quảng Ngãi",
        version="1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.openapi = _with_question_length(app.openapi, settings.max_question_chars)
    app.state.settings = settings
    app.state.assistant = handle
    app.state.store = store
    app.state.rate_limiter = RateLimiter.from_settings(settings.rate_limit_per_minute, settings, name="api",
                                                       database=getattr(store, "db", None))
    app.state.trusted_proxies = TrustedProxies(settings.trusted_proxies)
    app.state.on_load_give_up = exit_not_ready

    install_error_handlers(app)

    api_keys, admin_key = key_checks(settings)
    for module in (ask, search, feedback, documents):
        app.include_router(module.router, prefix="/v1", dependencies=[Depends(rate_limit), *api_keys])
    app.include_router(openai_compat.router, prefix="/v1",
                       dependencies=[Depends(openai_compat.rate_limit_questions), *api_keys])
    app.include_router(admin.router, prefix="/v1", dependencies=[Depends(rate_limit), *admin_key])
    app.include_router(health.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=web.WEB_DIR), name="static")
    # the bots' webhook routes (bots/extension.py); the handle forwards to the Assistant once loaded (503 before)
    own_bodies = extensions.mount(settings.extensions, app, settings, handle, store)

    # outermost last: the access log sees every response, including 413s and 500s
    app.add_middleware(CheckedJSONBody, limit=settings.max_body_bytes, skip=tuple(p + "/" for p in own_bodies))
    app.add_middleware(ServerErrors)
    app.add_middleware(AccessLog)
    return app


def _with_question_length(build_openapi, max_chars: int):
    """``app.openapi`` with the questions' maxLength written in: it is a setting (QNA_MAX_QUESTION_CHARS)."""

    def openapi() -> dict:
        document = build_openapi()  # built once, then cached by FastAPI
        limit_question_length(document, max_chars)
        return document

    return openapi


MAX_REQUEST_HEAD_BYTES = 64 * 1024  # a request's line and headers; nginx's default allows 4 x 8 KB
EXIT_NOT_READY = 3  # the status of a worker that could not load its index in QNA_LOAD_TIMEOUT_S


def exit_not_ready() -> None:
    """End this process with EXIT_NOT_READY, for its supervisor to start a fresh one: called from the loader
    thread, where raising SystemExit would end the thread only. Nothing is being answered (every request got
    503) and nothing is held open that a restart must find closed: the database commits or rolls back per
    transaction."""
    logging.shutdown()
    os._exit(EXIT_NOT_READY)


def _load_assistant(settings: Settings, store):
    from assistant.service import Assistant

    assistant = Assistant.load(settings, conversations=store)
    assistant.prepare()  # a server encodes many questions: the full tokenizer now, not mid-request
    return assistant


def server_config(app, host: str, port: int, *, workers: int = 1, **options):
    """uvicorn's settings for ``app``, the same for the service and a bot's own webhook server."""
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        workers=workers,
        access_log=False,  # uvicorn's access log would write query strings (questions); AccessLog writes paths
        # No rewriting of the client address from X-Forwarded-For: uvicorn believes it from 127.0.0.1 by
        # default, so any local caller could pick an address per request and dodge the rate limit.
        # security.client_address believes it only from QNA_TRUSTED_PROXIES.
        proxy_headers=False,
        # h11, whose parser holds at most MAX_REQUEST_HEAD_BYTES of a request line and headers (a longer one is
        # answered 400 and the connection closed): httptools, uvicorn's choice when installed, buffers a header
        # of any length, so four 100 MB headers cost 400 MB.
        http="h11",
        h11_max_incomplete_event_size=MAX_REQUEST_HEAD_BYTES,
        timeout_graceful_shutdown=10,
        **options,
    )


def _serving(settings: Settings) -> Settings:
    if settings.embedding_threads == 0:  # requests answered side by side: one thread per encode (settings)
        settings = settings.model_copy(update={"embedding_threads": settings.encoder_threads(serving=True)})
    return settings


def worker_app() -> FastAPI:
    """The app of one of ``serve --workers N``'s processes (uvicorn imports it by name in each worker).

    A worker reads its settings from the environment it inherits, as any process does; ``serve`` has
    written ``QNA_WORKERS`` there, so the rate limit is counted in the shared database."""
    app = create_app(_serving(get_settings()))
    configure_logging()
    return app


def serve(settings: Settings | None = None, host: str | None = None, port: int | None = None,
          workers: int | None = None) -> None:
    """Run the service under uvicorn until interrupted (``assistant serve [--workers N]``).

    With several workers each process builds its settings from the environment (``QNA_*``, ``.env``), as the
    CLI does: values set on a ``settings`` object passed here, and not in the environment, reach no worker."""
    import uvicorn

    settings = _serving(settings or get_settings())
    workers = settings.workers if workers is None else workers
    if workers < 1:
        raise SystemExit(f"lỗi / error: --workers must be 1 or more, not {workers}")
    settings = settings.model_copy(update={"workers": workers})
    try:
        check_secret_formats(settings)
        app = create_app(settings)  # in the workers too; here it checks the settings once, before they start
    except (NotConfigured, ValueError) as exc:  # a half-configured bot, a bad QNA_TRUSTED_PROXIES
        raise SystemExit(f"lỗi / error: {exc}") from None
    if workers > 1:
        app.state.store.close()  # it has migrated the database once, before the workers open it
        os.environ["QNA_WORKERS"] = str(workers)  # the workers' settings come from the environment they inherit
        if settings.database_url == "":
            log.info("%d workers on the SQLite state file %s (one machine); QNA_DATABASE_URL for several",
                     workers, settings.state_db)
        config = server_config("assistant.http.app:worker_app", host or settings.host, port or settings.port,
                               workers=workers, factory=True)
    else:
        config = server_config(app, host or settings.host, port or settings.port)
    configure_logging()  # after uvicorn.Config, which installs its own handlers
    try:
        if workers > 1:
            from uvicorn.supervisors import Multiprocess

            Multiprocess(config, sockets=[config.bind_socket()]).run()  # restarts a worker that dies
        else:
            uvicorn.Server(config).run()
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl+C after its graceful shutdown
        pass
