"""docs/configuration.md is generated from index/settings.py (scripts/gen_config_doc.py) and must be current."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_configuration_page_is_current():
    r = subprocess.run([sys.executable, "scripts/gen_config_doc.py", "--check"], cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_every_setting_is_on_the_page_with_a_meaning():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import gen_config_doc
    finally:
        sys.path.pop(0)
    from index.settings import Settings

    rows = {variable: meaning for _section, variable, _kind, _default, meaning in gen_config_doc.settings_rows()}
    assert set(rows) == {f"QNA_{name.upper()}" for name in Settings.model_fields}
    assert [v for v, meaning in rows.items() if not meaning.strip()] == []
    assert not any("issue" in meaning.lower() for meaning in rows.values())
