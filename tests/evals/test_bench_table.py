"""The benchmark scripts write their own rows of docs/benchmarks.md's figures table: a run replaces its rows
whole, a new figure is added at the table's end, and nothing else on the page changes."""
from __future__ import annotations

from evals.bench_table import HEADER, Row, record

PAGE = f"""# Benchmarks

{HEADER}
|---|---|---|---|
| warm latency | ≤ 15 ms | 23.5 ms | `evals.bench` |
| HTTP, 16 clients | ≥ 60 req/s | 61.6 req/s | `evals.bench_http --record` |

## What the figures say
"""


def test_a_run_replaces_its_rows_and_adds_new_ones(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text(PAGE, encoding="utf-8")
    record([Row("HTTP, 16 clients", "≥ 60 req/s", "33.3 req/s; load 4.5", "`evals.bench_http --record`"),
            Row("/healthz, database frozen", "< 100 ms", "p50 1.2 ms", "`evals.bench_ops --record`")], doc)
    lines = doc.read_text(encoding="utf-8").split("\n")
    table = lines[lines.index(HEADER) + 2:lines.index(HEADER) + 5]
    assert table == ["| warm latency | ≤ 15 ms | 23.5 ms | `evals.bench` |",
                     "| HTTP, 16 clients | ≥ 60 req/s | 33.3 req/s; load 4.5 | `evals.bench_http --record` |",
                     "| /healthz, database frozen | < 100 ms | p50 1.2 ms | `evals.bench_ops --record` |"]
    assert lines[lines.index(HEADER) + 5:] == ["", "## What the figures say", ""]
