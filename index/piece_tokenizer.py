"""The e5 tokenizer's ids for a few texts without building its 250,002-piece model (1.5 s of every start).

A Unigram tokenizer segments each pre-tokenised word into pieces of its vocabulary by Viterbi over the
pieces that occur in that word; no other piece can take part. So the ids of a few texts (a question, the
two texts of a changed section) come from a tokenizer built from just the pieces that occur in them —
every substring of their normalised, pre-tokenised words that is a piece — at their own scores, plus what
the full model's behaviour depends on beyond them: the special tokens (at the same ids), the added
tokens, and the lowest-scoring piece (the unknown-character penalty is computed from the lowest score).
Its ids are mapped back to the full vocabulary's. Building it takes milliseconds; the piece table is read
from a compact sidecar of tokenizer.json (0.1 s; written when the model is built, or by the first process
that parsed the JSON). ``tests/index/test_piece_tokenizer.py`` checks the ids against the full tokenizer on
every indexed text and every eval question.

``OnnxEmbedder`` uses it for its first encodes and parses the full tokenizer once it has encoded
enough texts (a server, a large ingest) for the per-encode build to cost more than the parse.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from index.files import from_json_array, json_array, write_npz


class Unsupported(ValueError):
    """Not a Unigram tokenizer this reasoning holds for (byte fallback, another model type)."""


SIDECAR_SUFFIX = ".pieces.npz"
_SEPARATOR = "\x00"


def read_pieces(path: Path) -> tuple[dict, list[str], np.ndarray]:
    """(tokenizer.json without its vocabulary, the pieces, their float64 scores).

    From a sidecar file beside it (``tokenizer.json.pieces.npz``: the pieces as one NUL-separated string,
    the scores as an array, the rest as JSON) when that was written from this very file (its size and
    modification time), else parsed from the JSON (0.8 s of the 17 MB file, against 0.1 s) and the sidecar
    written for the next process: best effort, atomically, never a failure when the folder is read-only.
    """
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    stat = path.stat()
    stamp = [stat.st_size, stat.st_mtime_ns]
    try:
        with np.load(sidecar, allow_pickle=False) as data:
            meta = from_json_array(data["meta"])
            if meta.get("stamp") == stamp:
                pieces = bytes(data["pieces"]).decode("utf-8").split(_SEPARATOR)
                scores = np.array(data["scores"], dtype=np.float64)
                if len(pieces) == len(scores):
                    return meta["raw"], pieces, scores
    except (OSError, ValueError, KeyError, json.JSONDecodeError):
        pass  # missing, stale or damaged: read the JSON
    import orjson  # a third of json's time on the 17 MB file

    raw = orjson.loads(path.read_bytes())
    model = raw.get("model") or {}
    vocab = model.get("vocab") if isinstance(model.get("vocab"), list) else []
    pieces = [piece for piece, _ in vocab]
    scores = np.array([score for _, score in vocab], dtype=np.float64)
    rest = {**raw, "model": {k: v for k, v in model.items() if k != "vocab"}}
    if pieces and not any(_SEPARATOR in piece for piece in pieces):
        _write_sidecar(sidecar, rest, pieces, scores, stamp)
    return rest, pieces, scores


def _write_sidecar(sidecar: Path, rest: dict, pieces: list[str], scores: np.ndarray, stamp: list[int]) -> None:
    # a read-only model folder writes nothing: the next process parses the JSON again
    write_npz(sidecar, {"pieces": np.frombuffer(_SEPARATOR.join(pieces).encode("utf-8"), dtype=np.uint8),
                        "scores": scores, "meta": json_array({"stamp": stamp, "raw": rest})})


class PieceTable:
    """A Unigram tokenizer.json's pieces (piece → id, score) and its parts other than the vocabulary."""

    def __init__(self, path: str | Path, max_length: int):
        raw, pieces, scores = read_pieces(Path(path))
        model = raw.get("model") or {}
        if model.get("type") != "Unigram" or model.get("byte_fallback") or not pieces:
            raise Unsupported(f"{path}: not a Unigram tokenizer without byte fallback")
        self.pieces, self.scores = pieces, scores
        self.ids: dict[str, int] = dict(zip(pieces, range(len(pieces))))
        if len(self.ids) != len(pieces):
            raise Unsupported(f"{path}: a piece appears twice in the vocabulary")
        self.max_chars = max(map(len, pieces))
        self.max_length = max_length
        added = raw.get("added_tokens") or []
        unk = int(model["unk_id"]) if model.get("unk_id") is not None else None
        lowest = int(np.argmin(scores))  # the first of the lowest, as list.index(min) gives
        # always kept: the special/added tokens, the unknown piece and the lowest score; the specials must keep
        # their ids (the post-processor adds <s> and </s> by id), so the ids below the last of them are kept whole
        keep = {self.ids[t["content"]] for t in added if t["content"] in self.ids} | {lowest}
        if unk is not None:
            keep.add(unk)
        low = [i for i in keep if i < 16]
        self.always = sorted(keep | set(range(max(low) + 1 if low else 0)))
        self.added = [t["content"] for t in added]
        self._split_added = re.compile("|".join(map(re.escape, sorted(self.added, key=len, reverse=True)))) \
            if self.added else None
        self._rest = json.dumps({k: v for k, v in raw.items() if k != "model"}, ensure_ascii=False)[:-1]
        self._model = model
        self._unk = unk
        front = {**raw, "model": {**model, "vocab": self.vocab(self.always),
                                  "unk_id": self.always.index(unk) if unk is not None else None}}
        from tokenizers import Tokenizer

        self._front = Tokenizer.from_str(json.dumps(front, ensure_ascii=False))  # normaliser, pre-tokeniser
        if self._front.normalizer is None or self._front.pre_tokenizer is None:
            raise Unsupported(f"{path}: no normaliser or pre-tokeniser")

    def vocab(self, ids) -> list[list]:
        """The vocabulary entries [piece, score] of ``ids``, as tokenizer.json writes them."""
        return [[self.pieces[i], s] for i, s in zip(ids, self.scores[np.asarray(ids, dtype=np.int64)].tolist())]

    def pieces_in(self, text: str) -> set[int]:
        """Ids of every piece that occurs in ``text``'s normalised, pre-tokenised words (a superset of the
        pieces its segmentation can use), added tokens split off first as the tokenizer does."""
        found: set[int] = set()
        segments = self._split_added.split(text) if self._split_added else [text]
        for segment in segments:
            if not segment:
                continue
            normalised = self._front.normalizer.normalize_str(segment)
            for word, _ in self._front.pre_tokenizer.pre_tokenize_str(normalised):
                n = len(word)
                for start in range(n):
                    for end in range(start + 1, min(n, start + self.max_chars) + 1):
                        i = self.ids.get(word[start:end])
                        if i is not None:
                            found.add(i)
        return found

    def encode(self, texts: list[str]) -> list[list[int]]:
        """The full tokenizer's ids of ``texts`` (truncated at ``max_length``, with <s> … </s>)."""
        from tokenizers import Tokenizer

        needed = set(self.always)
        for text in texts:
            needed |= self.pieces_in(text)
        kept = np.array(sorted(needed), dtype=np.int64)
        position = {int(i): k for k, i in enumerate(kept)}
        model = {**self._model, "vocab": self.vocab(kept),
                 "unk_id": position[self._unk] if self._unk is not None else None}
        tokenizer = Tokenizer.from_str(f'{self._rest}, "model": {json.dumps(model, ensure_ascii=False)}}}')
        tokenizer.no_padding()
        tokenizer.enable_truncation(self.max_length)
        out = []
        for encoding in tokenizer.encode_batch(texts):
            ids = np.asarray(encoding.ids, dtype=np.int64)
            inside = ids < len(kept)  # an added token the model does not hold keeps the id the file gives it
            ids[inside] = kept[ids[inside]]
            out.append(ids.tolist())
        return out
