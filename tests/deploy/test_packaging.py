"""How the project installs: the pins in pyproject.toml are the lock's, serving needs neither torch nor
transformers (they are the [build] extra), ``python -m assistant`` runs the CLI."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_ONLY = ("torch", "transformers", "sentence_transformers")  # importable names of the [build] extra's heaviest
QUESTION = "Ai chủ trì Bản tin PCI trên kênh truyền hình?"


def _name(requirement: str) -> str:
    return re.split(r"[\[=<>!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-").replace(".", "-")


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[_name(name)] = version.strip()
    return pins


def test_every_pin_in_pyproject_is_the_locks():
    """``pip install -c requirements.lock .[build]`` then installs exactly the lock: no pin of ours contradicts it."""
    project, lock = _project(), _lock()
    requirements = [*project["dependencies"], *(r for extra in project["optional-dependencies"].values() for r in extra)]
    pinned = {_name(r): r.split("==", 1)[1].split(";")[0].strip() for r in requirements if "==" in r}
    assert {name: version for name, version in pinned.items() if lock.get(name) != version} == {}
    assert [r for r in requirements if _name(r) not in lock] == []  # unpinned ones (openai<3) are locked too


def test_serving_does_not_install_torch_or_transformers():
    serving = {_name(r) for r in _project()["dependencies"]}
    assert serving.isdisjoint({"torch", "transformers", "sentence-transformers"})
    build = {_name(r) for r in _project()["optional-dependencies"]["build"]}
    assert {"torch", "transformers", "sentence-transformers"} <= build


def test_python_dash_m_assistant_is_the_cli():
    r = subprocess.run([sys.executable, "-m", "assistant", "--help"], cwd=ROOT, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    assert "serve" in r.stdout and "ask" in r.stdout


@pytest.mark.slow
def test_ask_and_serve_never_import_the_build_extra(qna_settings, engine, tmp_path):
    """A question asked with ``ask`` and one answered by a loaded service, in a fresh process: neither imports
    torch, transformers or sentence-transformers (the ONNX encoder, ``tokenizers``)."""
    code = f"""
import json, sys
from assistant.cli import main
assert main(["ask", {QUESTION!r}]) == 0
from assistant.config import get_settings
from assistant.http.app import _load_assistant, create_app
settings = get_settings()
app = create_app(settings)
assert _load_assistant(settings, app.state.store).ask({QUESTION!r}).answer.grounded
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {BUILD_ONLY!r})))
"""
    env = {**os.environ, "QNA_HOME": str(qna_settings.home), "QNA_DB_PATH": str(tmp_path / "state.db"),
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout.strip().splitlines()[-1]) == []


def test_nothing_the_serving_install_pulls_in_needs_torch():
    """The installed dependency closure of the serving requirements (markers evaluated, extras followed only where
    a requirement names them) holds no torch, transformers or sentence-transformers."""
    from importlib import metadata

    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = [Requirement(r) for r in _project()["dependencies"]]
    while todo:
        requirement = todo.pop()
        name = _name(requirement.name)
        key = f"{name}[{','.join(sorted(requirement.extras))}]"
        if key in seen:
            continue
        seen.add(key)
        try:
            requires = metadata.requires(requirement.name) or []
        except metadata.PackageNotFoundError:  # a marker-excluded or optional package not installed here
            continue
        for line in requires:
            child = Requirement(line)
            if child.marker is None or any(child.marker.evaluate({"extra": extra})
                                           for extra in (requirement.extras or {""})):
                todo.append(child)
    names = {key.split("[")[0] for key in seen}
    assert names.isdisjoint({"torch", "transformers", "sentence-transformers"}), sorted(names)
