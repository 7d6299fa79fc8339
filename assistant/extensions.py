"""Packages above the assistant that add to its command line and its HTTP service: the chat bots, the evals.

They import the assistant, so the assistant must not import them (it did, and the two imported each other in
a circle). The settings name them instead (``QNA_EXTENSIONS``, by default ``bots.extension`` and
``evals.extension``); each is imported by that name and offers either or both of:

- ``add_commands(commands)``: subcommands of ``assistant`` (``commands`` is argparse's sub-parsers; a command's
  ``func(args, settings)`` returns the exit status);
- ``mount(app, settings, assistant, store) -> str | None``: routes on the HTTP service's FastAPI app; returns
  the path prefix of routes that read their own request bodies (spared the API's body limit), or None.

An extension module must be cheap to import (the CLI imports it before every command): it imports what its
commands and routes need when they run.
"""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Iterable


def load(names: Iterable[str]) -> list[ModuleType]:
    """The extension modules named in the settings, imported (once per process, as every import)."""
    return [importlib.import_module(name) for name in names]


def add_commands(names: Iterable[str], commands) -> None:
    for extension in load(names):
        if hasattr(extension, "add_commands"):
            extension.add_commands(commands)


def mount(names: Iterable[str], app, settings, assistant, store) -> list[str]:
    """Each extension's routes on ``app``; the prefixes of those that read their own bodies."""
    prefixes = []
    for extension in load(names):
        if hasattr(extension, "mount"):
            prefix = extension.mount(app, settings, assistant, store)
            if prefix:
                prefixes.append(prefix)
    return prefixes
