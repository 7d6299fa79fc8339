"""The import graph of the project's own modules, read with ``ast`` from the source (nothing is imported).

Layers, bottom up: ``index`` (parsing, the index, retrieval, the settings, the zone vocabulary) ←
``assistant`` (answering, the CLI, the HTTP service) ← ``bots`` and ``evals``, which plug their commands and
routes into the assistant by name from the settings (assistant/extensions.py) instead of being imported by it.
Every import counts, at module level or inside a function or ``if TYPE_CHECKING``: a lazy import is still a
dependency. ``from package import submodule`` is an edge to the submodule (as grimp and import-linter read it),
not to the package's ``__init__``.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("index", "assistant", "bots", "evals")
LAYER = {"index": 0, "assistant": 1, "bots": 2, "evals": 2}


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[:2] == ["evals", "sealed"]:
                continue  # the sealed sets' scripts: teammates' tools that built their files, run by hand, never imported
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = modules()


def _resolve(name: str) -> str | None:
    """The project module ``name`` is, or is inside of (``index.zones.location`` → ``index.zones``)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports(module: str) -> dict[str, int]:
    """The project modules ``module`` imports, with the line of the first such import."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            for alias in node.names:  # a submodule if there is one by that name, else a name in ``base``
                targets.append(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
        for target in targets:
            resolved = _resolve(target)
            if resolved and resolved != module:
                found.setdefault(resolved, node.lineno)
    return found


GRAPH = {m: imports(m) for m in MODULES}


def _layer(module: str) -> int:
    return LAYER[module.split(".")[0]]


def test_every_package_imports_only_the_layers_below_it():
    """index imports nothing from assistant, bots or evals; assistant nothing from bots or evals."""
    upward = [f"{m}:{line} imports {t}" for m, targets in GRAPH.items() for t, line in targets.items()
              if _layer(t) > _layer(m)]
    assert upward == []


def test_bots_and_evals_do_not_import_each_other():
    across = [f"{m}:{line} imports {t}" for m, targets in GRAPH.items() for t, line in targets.items()
              if {m.split(".")[0], t.split(".")[0]} == {"bots", "evals"}]
    assert across == []


def _cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(graph)))
    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles():
    described = [[f"{a}:{GRAPH[a][b]} → {b}" for a in cycle for b in GRAPH[a] if b in cycle]
                 for cycle in _cycles(GRAPH)]
    assert described == []


def test_no_module_hides_an_import_behind_importlib():
    """The graph above is the whole truth, but for the two loaders whose names are settings: the extensions
    (assistant.extensions) and the llama-index components a user plugs in (index.plugins)."""
    hidden = []
    for module, path in MODULES.items():
        source = path.read_text(encoding="utf-8")
        if module not in ("assistant.extensions", "index.plugins") and \
                ("import_module(" in source or "__import__(" in source):
            hidden.append(module)
    assert hidden == []


def test_the_model_builder_is_imported_only_to_build():
    """Answering (ask, chat, serve, the bots) finds the built model through index.model_files; only the
    commands that build it (`assistant build-model`, ingest) and the evals' tools import the builder, lazily."""
    allowed = {"assistant.cli", "index.ingest", "evals.bench", "evals.baselines"}
    importers = {m for m, targets in GRAPH.items() if "index.model_builder" in targets}
    assert importers <= allowed, importers - allowed
    for module in importers:  # inside a function, never at module level
        tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
        top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))
               and "model_builder" in ast.unparse(n)]
        assert top == [], f"{module} imports the model builder at module level"


def test_serving_and_answering_do_not_load_the_model_builder_or_the_evals():
    code = ("import sys, assistant.cli, assistant.service, assistant.http.app, index.retrieval, index.embedding, "
            "bots.webhooks, bots.run; "
            "assistant.cli.build_parser(); "
            "print(sorted(m for m in sys.modules if m == 'index.model_builder' or m.startswith('evals.runner')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
