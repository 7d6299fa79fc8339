"""Objects named in the settings by ``package.module:attribute``: the llama-index components a user plugs in
(``QNA_NODE_POSTPROCESSORS``, ``QNA_LLM_CLASS``), loaded one way with one kind of error."""
from __future__ import annotations

import importlib
from typing import Any


def load_object(name: str, setting: str) -> Any:
    """The attribute ``name`` refers to; ValueError naming the setting when it cannot be loaded."""
    module_name, _, attr = name.partition(":")
    if not module_name or not attr:
        raise ValueError(f"{setting}: {name!r} must be written 'package.module:attribute'")
    try:
        return getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise ValueError(f"{setting}: cannot load {name!r} ({type(exc).__name__}: {exc})") from exc
