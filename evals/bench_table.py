"""The figures table of docs/benchmarks.md, written by the benchmark scripts themselves (``--record``).

Each script owns its rows, named by their first cell ("figure"): a run replaces them whole (target, what it
measured, the command), and adds them at the table's end the first time. So the page says what the last run
of each benchmark measured, on what load, not a history of runs.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
HEADER = "| figure | target | measured | command |"


class Row(NamedTuple):
    figure: str
    target: str
    measured: str
    command: str

    def line(self) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in self) + " |"


def load_average() -> str:
    """The 1-minute load average, for a measured cell: on a shared machine it says how much to trust a time."""
    return f"{os.getloadavg()[0]:.1f}"


def record(rows: list[Row], doc: Path = DOC) -> None:
    """Write ``rows`` into the figures table of ``doc``: each replaces the row with its figure, else is added
    at the end of the table."""
    lines = doc.read_text(encoding="utf-8").split("\n")
    try:
        start = lines.index(HEADER)
    except ValueError:
        raise SystemExit(f"{doc} has no figures table (a line {HEADER!r})") from None
    end = start + 2  # past the header and its |---| line
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    table = lines[start + 2:end]
    for row in rows:
        at = next((i for i, line in enumerate(table) if _figure(line) == row.figure), None)
        if at is None:
            table.append(row.line())
        else:
            table[at] = row.line()
    lines[start + 2:end] = table
    doc.write_text("\n".join(lines), encoding="utf-8")
    print(f"recorded {len(rows)} row(s) in {doc.relative_to(ROOT) if doc.is_relative_to(ROOT) else doc}")


def _figure(line: str) -> str:
    return line.split("|")[1].strip() if line.count("|") >= 2 else ""
