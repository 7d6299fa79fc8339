"""The index's language resources (index/resources.py, index/data/*.tsv): read once, each row with its source."""
from __future__ import annotations

import pytest

from index import resources


@pytest.mark.parametrize("name,width", [("genre", 4), ("english", 4), ("stopwords", 3)])
def test_every_row_names_its_source(name, width):
    rows = resources.rows(name, width)
    assert rows and all(r[-1].strip() for r in rows), [r for r in rows if not r[-1].strip()][:3]


def test_the_glossary_maps_english_terms_to_vietnamese_ones():
    glossary = {r[1]: r[2] for r in resources.rows("english") if r[0] == "glossary"}
    assert glossary["hotline"] == "đường dây nóng" and all(glossary.values())
