"""The parser over a generated space of plan layouts (evals/layouts.py, issue 19).

One abstract plan rendered in many layouts (numbering, wrapper document, letterhead,
field style, task tables, format, text quirks); every rendering must parse to exactly
its truth: header fields per document part, the numbered section paths, and each
activity's fields. A failure lists the mismatches in words. Run alone with
``pytest tests/index/test_layouts.py`` (or ``-m layouts`` once the marker is registered in
pyproject.toml); ``python -m evals.layouts``
prints the share recovered per dimension value over larger samples.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from evals import layouts as L
from index.readers import read_lines

pytestmark = pytest.mark.layouts

CI_SEED, CI_N, CI_PDF_SHARE = 19, 480, 0.07
CASES = L.sample(CI_SEED, CI_N, pdf_share=CI_PDF_SHARE)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("layouts")


def test_the_ci_sample_covers_every_dimension_value():
    for dim, values in L.DIMENSIONS.items():
        seen = {getattr(layout, dim) for layout in CASES}
        assert set(values) <= seen, f"{dim}: {set(values) - seen} never rendered"
    assert all(L.incompatible(layout) is None for layout in CASES)


@pytest.mark.parametrize("layout", CASES, ids=[layout.name() for layout in CASES])
def test_rendering_parses_to_its_truth(layout, folder):
    path, mismatches = L.check(L.make_plan(layout.seed), layout, folder)
    assert not mismatches, f"{path.name} ({layout.describe()}):\n  " + "\n  ".join(mismatches)


def _flat(text: str) -> str:
    """Text with what wrapping and table cells add taken out: compare content, not layout."""
    text = unicodedata.normalize("NFC", text).replace("<br>", "").replace("<wrap>", "")
    return re.sub(r"[\s|*]", "", text)


# the truth is sound: its texts are all in the rendered file (the first 40 non-PDF renderings and 3 PDFs)
SOUND = [layout for layout in CASES if layout.format != "pdf"][:40] + [l for l in CASES if l.format == "pdf"][:3]


@pytest.mark.parametrize("layout", SOUND, ids=[layout.name() for layout in SOUND])
def test_truth_is_in_the_rendering(layout, folder):
    plan = L.make_plan(layout.seed)
    lines = read_lines(L.render(plan, layout, folder / "sound"))
    text = _flat("\n".join(l for l in lines if not re.fullmatch(r"\s*\d{1,3}\s*", l)))  # PDF page numbers
    for i, part in enumerate(L.truth(plan, layout)):
        missing = [e for e in part.evidence if _flat(e) not in text]
        assert not missing, f"part {i + 1}: not rendered: {missing}"
        number = part.header["number"]
        if number and "…" not in number:
            assert _flat(number) in text
        names = ["place", "signer", "parent_body"]
        if layout.letterhead != "table flattened":  # there the motto stands between an issuer's two lines
            names.append("issuer_body")
        for name in names:
            assert _flat(part.header[name]) in text or not part.header[name], name
        assert len(part.sections) == len(set(part.sections)), "a section path given twice"
        assert set(part.activities) <= set(part.sections)


@pytest.mark.parametrize("fmt", L.FORMATS)
def test_rendering_is_deterministic(fmt, tmp_path):
    layout = next((l for l in CASES if l.format == fmt and l.fields == "table"), None) or \
        next(l for l in CASES if l.format == fmt)
    plan = L.make_plan(layout.seed)
    first = L.render(plan, layout, tmp_path / "a").read_bytes()
    second = L.render(L.make_plan(layout.seed), layout, tmp_path / "b").read_bytes()
    assert first == second
    assert L.sample(CI_SEED, 30) == L.sample(CI_SEED, 30)
    assert L.truth(plan, layout) == L.truth(L.make_plan(layout.seed), layout)


def test_compare_reports_what_differs():
    layout = L.Layout(seed=3)
    plan = L.make_plan(3)
    want = L.truth(plan, layout)
    assert L.compare([], want) == ["parts: expected 1 got 0"]

    class Meta:
        pass

    class Sec:
        def __init__(self, path, fields):
            self.path, self.kind, self.fields = path, "arabic", fields
            self.parent = path.rsplit(".", 1)[0] if "." in path else None

    class Doc:
        meta = Meta()
        for k, v in want[0].header.items():
            setattr(meta, k, v)
        sections = [Sec(p, dict(want[0].activities.get(p, {}))) for p in want[0].sections]

    doc = Doc()
    assert L.compare([doc], want) == []
    act = next(iter(want[0].activities))
    doc.sections[want[0].sections.index(act)].fields["lead"] = "Sở Khác"
    doc.sections.pop(0)
    doc.meta.signer = ""
    got = L.compare([doc], want)
    assert f"missing section {want[0].sections[0]}" in got
    assert any(m.startswith(f"{act} lead: expected") for m in got)
    assert any(m.startswith("header.signer: expected") for m in got)
