"""/v1/documents: what is indexed."""
from __future__ import annotations


def test_documents_lists_the_corpus(client, http_settings):
    r = client.get("/v1/documents")
    assert r.status_code == 200, r.text
    body = r.json()
    names = {d["document"] for d in body["documents"]}
    assert body["count"] == len(body["documents"])
    assert names == {p.name for p in http_settings.corpus_dir.glob("*.txt")}
    assert all(d.get("title") for d in body["documents"])
