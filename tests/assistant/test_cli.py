"""The `assistant` command as a user runs it: clear one-line errors, JSON shapes, stdin batches, quiet
output, a reader that goes away."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin: bytes | None = None, env_extra: dict | None = None, stdout=subprocess.PIPE):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], input=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, cwd=ROOT, env=env, timeout=300)


@pytest.mark.parametrize("args,stdin,code", [
    (["ask", ""], None, 2),
    (["ask", "   "], None, 2),
    (["ask", "x" * 5000], None, 2),
    (["ask", "--json"], b"\x00\x01\x02binary", 2),
    (["ask", "--json"], b"\xff\xfe not utf-8", 2),
    (["ask"], None, 2),
])
def test_bad_input_is_one_clear_line(args, stdin, code):
    r = run(*args, stdin=stdin)
    assert r.returncode == code
    err = r.stderr.decode()
    assert "Traceback" not in err and err.count("\n") == 1 and err.startswith("lỗi / error:"), err


def test_missing_index_is_a_clear_error(tmp_path):
    r = run("ask", "PAPI là gì?", env_extra={"QNA_HOME": str(tmp_path)})
    assert r.returncode == 3 and "assistant ingest" in r.stderr.decode() and "Traceback" not in r.stderr.decode()


def test_ask_json_and_batch(qna):  # qna: the index is built
    r = run("ask", "--json", "Ai chủ trì Bản tin PCI trên kênh truyền hình?")
    assert r.returncode == 0, r.stderr.decode()
    out = json.loads(r.stdout)
    assert set(out) == {"question", "answer", "grounded", "citations"}
    assert out["grounded"] and "Đài Phát thanh và Truyền hình tỉnh" in out["answer"]
    c = out["citations"][0]
    assert set(c) == {"document", "title", "section", "quote"} and c["section"] == "C.II.12.c"
    assert (ROOT / "corpus" / c["document"]).exists()

    batch = "PAPI là gì?\n\nSố điện thoại đường dây nóng là bao nhiêu?\n" + "y" * 3000 + "\n"
    r = run("ask", "--json", stdin=batch.encode())
    lines = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert len(lines) == 3
    assert lines[0]["grounded"] and not lines[1]["grounded"] and "error" in lines[2]
    assert r.returncode == 2  # one question was refused


def test_a_reader_that_goes_away_ends_quietly_and_ask_shows_no_progress_bars(qna):  # qna: the index is built
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before anything is written, as `| head -c 10` has after its bytes
    try:
        r = run("ask", "Ai chủ trì Bản tin PCI trên kênh truyền hình?", stdout=write_end)
    finally:
        os.close(write_end)
    err = r.stderr.decode()
    assert r.returncode == 141, err  # 128 + SIGPIPE, as a shell reports for any tool
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert not re.search(r"\d+%\|", err) and "\r" not in err, err  # no "Loading weights: 100%|███|"
