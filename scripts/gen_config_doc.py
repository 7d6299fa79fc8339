"""Write docs/configuration.md from the settings module, index/settings.py: every setting, its environment
variable, its default and what the comments beside it say. The settings' comments are the one description;
this keeps the document from drifting (tests/test_configuration_doc.py checks it is current).

    python scripts/gen_config_doc.py           # rewrite docs/configuration.md
    python scripts/gen_config_doc.py --check   # exit 1 if it is out of date
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = ROOT / "index" / "settings.py"
OUTPUT = ROOT / "docs" / "configuration.md"

HEAD = """# Configuration

Every setting is an environment variable with the prefix `QNA_` (for example `QNA_HOME=/srv/qna`), or a line of
a `.env` file in the working directory. Lists and objects are JSON (`QNA_API_KEYS='["key-a","key-b"]'`). One
module holds them all, `index/settings.py` (re-exported as `assistant.config`); nothing else reads the
environment.

This page is generated from that module by `python scripts/gen_config_doc.py`; edit the comments there, not here.
"""
_SECTION = re.compile(r"^\s*#\s*---\s*(.+?)\s*-*\s*$")
_HISTORY = re.compile(r"\s*\((?:issue|issues) [^)]*\)", re.I)  # where a setting came from is not what it does


def _comments(lines: list[str], lineno: int) -> tuple[list[str], str | None]:
    """The comment lines right above line ``lineno`` (1-based) up to a blank line or code, and the section
    header among or above them, if one starts there."""
    found, section, i = [], None, lineno - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        header = _SECTION.match(lines[i])
        if header:
            section = header.group(1)
            break
        found.insert(0, lines[i].strip().lstrip("#").strip())
        i -= 1
    return found, section


def _inline(line: str) -> str:
    """The comment at the end of a line of code, if any (a '#' inside a string is not one)."""
    code = re.sub(r"'[^']*'|\"[^\"]*\"", lambda m: "_" * len(m.group(0)), line)
    cut = code.find("#")
    return line[cut + 1:].strip() if cut != -1 else ""


def _default(value: ast.expr | None) -> str:
    if value is None:
        return "(required)"
    if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "Field":
        for keyword in value.keywords:
            if keyword.arg == "default_factory":
                factory = keyword.value
                if isinstance(factory, ast.Lambda):
                    return _default(factory.body)
                return {"list": "[]", "dict": "{}"}.get(ast.unparse(factory), ast.unparse(factory) + "()")
        return _default(value.args[0]) if value.args else "(required)"
    text = ast.unparse(value)
    text = text.replace("PROJECT_ROOT / ", "./").replace("'", "")
    if text in ("", "''"):
        return "empty"
    return text.replace('"', "")


def _description(value: ast.expr | None) -> str:
    if isinstance(value, ast.Call):
        for keyword in value.keywords:
            if keyword.arg == "description" and isinstance(keyword.value, ast.Constant):
                return str(keyword.value.value)
    return ""


def settings_rows() -> list[tuple[str | None, str, str, str, str]]:
    """(section or None, variable, type, default, meaning) for each setting, in the module's order."""
    source = SETTINGS.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Settings")
    rows = []
    for node in cls.body:
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
            continue
        above, section = _comments(lines, node.lineno)
        end = node.end_lineno or node.lineno
        meaning = " ".join(filter(None, [" ".join(above), _description(node.value),
                                         " ".join(_inline(l) for l in lines[node.lineno - 1:end])]))
        rows.append((_HISTORY.sub("", section) if section else None, f"QNA_{node.target.id.upper()}",
                     ast.unparse(node.annotation), _default(node.value), _HISTORY.sub("", meaning)))
    return rows


def render() -> str:
    out = [HEAD]
    for section, variable, kind, default, meaning in settings_rows():
        if section is not None:
            out.append(f"\n## {section[0].upper() + section[1:]}\n\n| variable | type | default | meaning |\n"
                       "|---|---|---|---|")
        kind, default, meaning = (text.replace("|", "\\|") for text in (kind, default, meaning))
        out.append(f"| `{variable}` | `{kind}` | `{default}` | {meaning} |")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run python scripts/gen_config_doc.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
