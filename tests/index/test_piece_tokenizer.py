"""The piece-table tokenizer gives the full e5 tokenizer's ids: on every text the index embeds (the five plans
and the new-plans split, as written and accent-folded, with the passage prompt) and every eval question (with
the query prompt, and folded), one text at a time as a question is encoded and in groups as ingest encodes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.chunking import chunk_document
from index.normalize import fold
from index.parser import parse_file
from index.piece_tokenizer import SIDECAR_SUFFIX, PieceTable, Unsupported
from index.settings import PROJECT_ROOT

CORPORA = [PROJECT_ROOT / "corpus", PROJECT_ROOT / "evals" / "new_plans" / "corpus"]
QUESTION_FILES = [PROJECT_ROOT / "evals" / "qa.jsonl", PROJECT_ROOT / "evals" / "new_plans" / "qa.jsonl"]
MAX_LENGTH = 512
EDGE_CASES = [  # what the plans do not hold: special and added tokens written out, runs of spaces, emoji,
    "passage: <s> Kế hoạch <mask> số 281</s>xong", "query:   nhiều    khoảng   trắng\tvà\ttab",  # unknown
    "query: 😀 ﬁ Ｆｕｌｌ ⅷ ấ 稣", "query: " + "dài " * 600, "query: ", "passage: https://dichvucong.gov.vn/p/home",
]


@pytest.fixture(scope="module")
def tokenizers(e5_settings):
    from tokenizers import Tokenizer

    from index import model_builder as mb

    path = Path(mb.ensure_model(e5_settings)) / "tokenizer.json"
    full = Tokenizer.from_file(str(path))
    full.no_padding()
    full.enable_truncation(MAX_LENGTH)
    return PieceTable(path, MAX_LENGTH), full


def passages() -> list[str]:
    out = []
    for corpus in CORPORA:
        for path in sorted(p for p in corpus.iterdir() if p.suffix in {".txt", ".md", ".docx", ".pdf"}):
            for chunk in chunk_document(parse_file(path), 1400):
                out.extend(("passage: " + text).strip() for _, text in chunk.variants())
    return out


def questions() -> list[str]:
    found = []
    for path in QUESTION_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                found.append(item["question"])
    return [("query: " + q).strip() for q in dict.fromkeys(found)]


def test_every_question_one_at_a_time(tokenizers):
    table, full = tokenizers
    texts = questions() + EDGE_CASES
    assert len(texts) > 290
    assert [t for t in texts if table.encode([t])[0] != full.encode(t).ids] == []


def test_every_indexed_text_and_folded_question_in_groups(tokenizers):
    table, full = tokenizers
    texts = passages() + [fold(q) for q in questions()]
    assert len(texts) > 1000
    for start in range(0, len(texts), 16):
        group = texts[start:start + 16]
        assert table.encode(group) == [e.ids for e in full.encode_batch(group)], group


def test_a_tokenizer_it_cannot_reason_about_is_refused(tmp_path):
    (tmp_path / "bpe.json").write_text(json.dumps({"model": {"type": "BPE", "vocab": {"a": 0}, "merges": []}}))
    with pytest.raises(Unsupported):
        PieceTable(tmp_path / "bpe.json", MAX_LENGTH)


def test_the_sidecar_gives_the_same_table_and_a_stale_or_damaged_one_is_read_again(tokenizers, tmp_path,
                                                                                   e5_settings):
    import os
    import shutil

    from index import model_builder as mb

    table, full = tokenizers
    path = tmp_path / "tokenizer.json"
    shutil.copyfile(Path(mb.ensure_model(e5_settings)) / "tokenizer.json", path)
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    samples = questions()[:40] + EDGE_CASES

    first = PieceTable(path, MAX_LENGTH)  # parses the JSON, writes the sidecar
    assert sidecar.exists()
    second = PieceTable(path, MAX_LENGTH)  # from the sidecar
    assert second.pieces == first.pieces and second.scores.tolist() == first.scores.tolist()
    assert [second.encode([t])[0] for t in samples] == [full.encode(t).ids for t in samples]

    sidecar.write_bytes(b"not an npz")  # damaged: read from the JSON, rewritten
    assert PieceTable(path, MAX_LENGTH).encode(samples) == [e.ids for e in full.encode_batch(samples)]
    assert sidecar.read_bytes()[:2] == b"PK"

    data = json.loads(path.read_text("utf-8"))  # the tokenizer replaced: a stale sidecar is not used
    data["model"]["vocab"][5] = ["▁zzqq", data["model"]["vocab"][5][1]]
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    os.utime(path, ns=(1, 1))
    assert PieceTable(path, MAX_LENGTH).pieces[5] == "▁zzqq"
