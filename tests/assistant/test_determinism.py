"""The same question on the same index gets byte-identical answers in every process.

Dense search is exact (not HNSW) and every ranking breaks ties by position, so neither
hash seeds nor timing can change an answer; this asks a fixed set in three processes
with different PYTHONHASHSEED values and compares the JSON they print.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = [
    "Ai chủ trì Bản tin PCI trên kênh truyền hình?",
    "Đi khám chữa bệnh có thể dùng gì thay cho thẻ bảo hiểm y tế?",
    "nop ho so truc tuyen o dau",
    "Những hoạt động nào thực hiện trong quý III/2025?",
    "Đài PT-TH tỉnh được giao những việc gì?",
    "Kế hoạch 281 giao những nhiệm vụ cụ thể nào?",
    "Who leads the PCI bulletin on television?",
    "Kinh phí thực hiện kế hoạch là bao nhiêu tiền?",
]


@pytest.mark.slow
def test_three_processes_give_identical_answers(engine):  # the fixture makes sure the index is built
    outputs = []
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        proc = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "--json"], input="\n".join(QUESTIONS),
                              capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr[-2000:]
        outputs.append(proc.stdout)
    assert len(outputs[0].strip().splitlines()) == len(QUESTIONS)
    assert outputs[0] == outputs[1] == outputs[2]
