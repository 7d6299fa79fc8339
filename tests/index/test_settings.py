"""Threads and workers come from the core count, in one place (index/settings.py), unless set."""
from __future__ import annotations

import os

from index.settings import Settings, available_cores


def test_the_core_count_is_the_process_affinity():
    assert available_cores() == len(os.sched_getaffinity(0)) >= 1


def test_threads_and_workers_follow_the_cores_unless_set():
    auto = Settings(_env_file=None, embedding_threads=0, answer_workers=0)
    cores = available_cores()
    assert auto.encoder_threads() == cores  # a lone ingest or question: every core
    assert auto.encoder_threads(serving=True) == 1  # side by side with the other answer workers
    assert auto.answer_worker_count == 2 * cores
    two_processes = Settings(_env_file=None, answer_workers=0, workers=2)
    assert two_processes.answer_worker_count == max(1, cores)  # the cores' share of each of two processes
    fixed = Settings(_env_file=None, embedding_threads=3, answer_workers=5)
    assert fixed.encoder_threads() == fixed.encoder_threads(serving=True) == 3
    assert fixed.answer_worker_count == 5
