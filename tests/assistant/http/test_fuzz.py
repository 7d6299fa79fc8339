"""Fuzz the API from its own OpenAPI document: whatever schemathesis sends, no 5xx and conforming responses.

The operations are driven through Hypothesis directly (schemathesis' lazy pytest
fixture loader does not support this pytest version), one subtest per operation.
"""
from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from assistant.http import create_app

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
# routes mounted from other packages (the bots' webhooks) are only held to "no 5xx" here
FOREIGN_CHECKS = [not_a_server_error]
EXAMPLES = 12  # per operation: answering is CPU-bound


def test_no_server_errors(http_settings, assistant, store, subtests):
    app = create_app(http_settings, assistant=assistant, store=store)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/ask", "/v1/ask/stream", "/v1/search", "/v1/feedback",
                                               "/v1/documents", "/v1/chat/completions", "/v1/models"}
    for op in operations:
        ours = op.path.startswith("/v1/") or op.path in ("/healthz", "/readyz")
        with subtests.test(operation=f"{op.method.upper()} {op.path}"):
            @given(case=op.as_strategy())
            @settings(max_examples=EXAMPLES, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
            def fuzz(case):
                case.call_and_validate(checks=CHECKS if ours else FOREIGN_CHECKS)

            fuzz()
