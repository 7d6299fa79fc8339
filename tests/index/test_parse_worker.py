"""Files are read and parsed in a child process (index/parse_worker.py): what happens to it costs one file only.
(The time budget over reading and parsing together: tests/index/test_ingest_corpus.py.)"""
from __future__ import annotations

import os
import signal
import threading

import pytest

from index.parse_worker import ParseWorker
from index.parser import parse_file
from index.readers import Bounds, UnreadableDocument
from tests.index.test_ingest import CORPUS, VP23

NO_LIMITS = Bounds(expanded_bytes=0, pdf_pages=0, seconds=0)


def test_the_documents_are_those_parse_parts_gives():
    with ParseWorker(NO_LIMITS) as worker:
        [doc] = worker.parse(CORPUS / VP23)
    expected = parse_file(CORPUS / VP23)
    assert (doc.name, doc.meta, [s.path for s in doc.sections]) == \
        (expected.name, expected.meta, [s.path for s in expected.sections])


def test_a_reading_process_that_dies_costs_its_file_only(tmp_path):
    long = tmp_path / "bang-lon.txt"  # ten seconds of parsing: the process dies long before it is done
    long.write_text("KẾ HOẠCH\n| STT | Nội dung | Cơ quan chủ trì |\n"
                    + "".join(f"| {n} | Việc {n} | Sở {n} |\n" for n in range(120_000)), encoding="utf-8")
    with ParseWorker(NO_LIMITS) as worker:
        worker.parse(CORPUS / VP23)  # the process is up
        killer = threading.Timer(0.5, os.kill, (worker._process.pid, signal.SIGKILL))  # as the OOM killer would
        killer.start()
        with pytest.raises(UnreadableDocument, match=r"bang-lon.txt: reading it ended the reading process"):
            worker.parse(long)
        killer.join()
        assert [d.name for d in worker.parse(CORPUS / VP23)] == [VP23]  # a fresh process reads the next file
