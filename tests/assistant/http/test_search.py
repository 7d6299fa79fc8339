"""/v1/search: ranked sections with scores."""
from __future__ import annotations


def test_search_ranks_sections(client, assistant):
    r = client.get("/v1/search", params={"q": "Bản tin PCI", "k": 3})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["query"] == "Bản tin PCI"
    results = body["results"]
    assert len(results) == 3
    assert [h["rank"] for h in results] == [1, 2, 3]
    # the engine's own order, with its scores
    engine = assistant.search("Bản tin PCI", 3)
    assert [(h["document"], h["section"]) for h in results] == [(e.document, e.section) for e in engine]
    assert [h["score"] for h in results] == [e.score for e in engine]
    assert "PCI" in results[0]["text"] or "PCI" in results[0]["heading"]
    for h in results:
        assert h["document"].endswith(".txt") and h["section"] and h["title"]
        assert h["score"] > 0 and 0.0 <= h["coverage"] <= 1.0


def test_search_validates_its_parameters(client):
    assert client.get("/v1/search").status_code == 422
    assert client.get("/v1/search", params={"q": "PCI", "k": 0}).status_code == 422
    assert client.get("/v1/search", params={"q": "PCI", "k": "nhiều"}).status_code == 422
    r = client.get("/v1/search", params={"q": "  "})
    assert r.status_code == 422 and "trống" in r.json()["error"]
