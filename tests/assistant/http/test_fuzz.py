"""The OpenAPI document is the contract: schemathesis, with every check, finds no failure against the running
service, with the API open and with keys, its state in SQLite and in Postgres.

The schemathesis CLI (``st run --checks all``) runs against the real app served by uvicorn, as ``serve``
serves it. Bounded: a fixed seed, ``EXAMPLES`` generated cases per operation (plus the schema's examples and
its boundary cases), and ``TIME_LIMIT_S`` per run. Postgres is a throw-away server (tests/deploy/pg_support.py,
``QNA_DATABASE_URL`` pointing at it); the run is skipped, saying why, where Postgres is not installed
(``scripts/test.sh`` installs it). What one database refuses and the other stores (a NUL in a text) is where
they differ, so one run with keys, on SQLite, covers the keys.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.http import create_app
from assistant.service import Assistant
from assistant.state import StateStore
from http_support import LiveServer, make_settings

EXAMPLES = 10  # per operation: answering is CPU-bound
TIME_LIMIT_S = 40  # per run (about 15 s here); the three runs together stay around a minute
KEY = "khoa-kiem-thu"

# Schemathesis' default expected statuses, plus 413: the body limit (QNA_MAX_BODY_BYTES) is documented but
# JSON Schema cannot state a size in bytes, so a schema-valid conversation of 200 long messages may be over it,
# and a schema-invalid body may be refused by it before its shape is looked at.
CONFIG = """
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "413", "429", "5xx"]

[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]
"""


@pytest.fixture
def one_torch_thread():
    """Answer as ``serve`` does (QNA_EMBEDDING_THREADS=1): with torch's two threads fighting the fuzzer and
    the requests for two cores, a query embedding takes a second instead of 50 ms."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture
def state(request, http_settings, store):
    """(settings, store) of the database the test names: this test's SQLite file, or the session's Postgres."""
    if request.param == "sqlite":
        yield http_settings, store
        return
    url = request.getfixturevalue("postgres_url")
    postgres = StateStore(url)
    yield http_settings.model_copy(update={"database_url": url}), postgres
    postgres.close()


@pytest.mark.parametrize("api_keys,state", [([], "sqlite"), ([KEY], "sqlite"), ([], "postgres")],
                         ids=["open", "with-keys", "open-postgres"], indirect=["state"])
def test_schemathesis_finds_no_failure(api_keys, state, qna, tmp_path, one_torch_thread):
    base, store = state
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG)
    # a shorter question limit (the document states it) keeps the longest generated questions quick to embed
    settings = make_settings(base, api_keys=api_keys, max_question_chars=300)
    assistant = Assistant(settings, qna.engine, qna.answerer, store)
    app = create_app(settings, assistant=assistant, store=store)
    with LiveServer(app, as_served=True) as server:
        command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "--no-color", "run",
                   f"{server.url}/openapi.json", "--checks", "all", "--max-examples", str(EXAMPLES), "--seed", "1",
                   "--workers", "1", "--generation-database", "none", "--request-timeout", "30"]
        if api_keys:
            command += ["--header", f"Authorization: Bearer {KEY}"]
        run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=TIME_LIMIT_S)
    report = "\n".join(line[:300] for line in (run.stdout + run.stderr).splitlines()[-80:])
    assert run.returncode == 0, report
