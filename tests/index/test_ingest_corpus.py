"""What ingest takes from corpus/ and what it reports (issue 22): a link out of the folder is not indexed,
broken links, FIFOs and folders are reported by name and reason, a document whose reading and parsing
outlast QNA_MAX_DOCUMENT_SECONDS is abandoned, and `assistant ingest` exits 5 when a file failed, after
indexing the rest (real model, real Chroma)."""
from __future__ import annotations

import argparse
import functools
import os

from index import ingest as ingest_module
from index.ingest import ingest
from index.retrieval import SearchEngine
from tests.index.test_ingest import CORPUS, SKHCN, VP23, copy_docs


def strange_corpus(settings, tmp_path) -> None:
    """One good plan, and beside it every kind of entry that is not one to index."""
    copy_docs(settings, SKHCN)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text((CORPUS / VP23).read_text(encoding="utf-8"), encoding="utf-8")
    corpus = settings.corpus_dir
    (corpus / "passwd.md").symlink_to(outside / "secret.md")  # as `ln -s /etc/passwd corpus/passwd.md`
    (corpus / "gone.txt").symlink_to(corpus / "deleted.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "cu").mkdir()
    (corpus / "cu" / VP23).write_text("a plan in a subfolder", encoding="utf-8")
    (corpus / ".gitkeep").write_text("", encoding="utf-8")


def test_every_entry_not_indexed_is_reported_and_links_stay_inside(tmp_settings, embedder, tmp_path):
    strange_corpus(tmp_settings, tmp_path)
    report = ingest(tmp_settings, embedder=embedder)
    assert report.added == [SKHCN]
    assert report.failed == {
        "passwd.md": "a link to outside the corpus folder: not indexed",
        "gone.txt": "broken link: its target does not exist",
        "pipe.txt": "not a regular file (a FIFO, socket or device)",
    }
    assert report.skipped == {"cu": "a folder: only files directly in the corpus folder are indexed",
                              ".gitkeep": "hidden file"}
    assert "3 failed, 2 skipped" in report.summary()
    documents = {d["document"] for d in SearchEngine.open(tmp_settings, embedder=embedder).documents()}
    assert documents == {SKHCN}


def test_a_link_inside_the_corpus_is_followed(tmp_settings, embedder):
    copy_docs(tmp_settings, VP23)
    (tmp_settings.corpus_dir / "alias.txt").symlink_to(tmp_settings.corpus_dir / VP23)
    report = ingest(tmp_settings, embedder=embedder)
    assert sorted(report.added) == sorted(["alias.txt", VP23]) and not report.failed


def test_a_document_the_parser_would_take_too_long_on_is_abandoned_and_the_rest_indexed(tmp_settings, embedder):
    copy_docs(tmp_settings, VP23, SKHCN)
    # a task table of 120,000 rows: 4.6 MB, under the 5 MB limit, read at once and parsed for ten seconds; so
    # only the parser can outlast the budget. Named to be read between the two plans: the one after it is
    # read by a fresh process.
    rows = "".join(f"| {n} | Việc {n} | Sở {n} |\n" for n in range(120_000))
    (tmp_settings.corpus_dir / "2024-bang-lon.txt").write_text(
        "KẾ HOẠCH\n| STT | Nội dung | Cơ quan chủ trì |\n" + rows, encoding="utf-8")
    settings = tmp_settings.model_copy(update={"max_document_seconds": 1.0})
    report = ingest(settings, embedder=embedder)
    assert report.failed == {"2024-bang-lon.txt": "reading took longer than 1 s (QNA_MAX_DOCUMENT_SECONDS)"}
    assert sorted(report.added) == sorted([VP23, SKHCN])
    documents = {d["document"] for d in SearchEngine.open(settings, embedder=embedder).documents()}
    assert documents == {VP23, SKHCN}


def test_assistant_ingest_exits_5_when_a_file_failed_after_indexing_the_rest(tmp_settings, embedder, tmp_path,
                                                                            monkeypatch, capsys):
    from assistant import cli

    monkeypatch.setattr(ingest_module, "ingest", functools.partial(ingest, embedder=embedder))
    args = argparse.Namespace(quiet=True, strict=False)
    copy_docs(tmp_settings, SKHCN)
    assert cli.cmd_ingest(args, tmp_settings) == 0

    strange_corpus(tmp_settings, tmp_path)
    (tmp_settings.corpus_dir / VP23).write_text((CORPUS / VP23).read_text(encoding="utf-8"), encoding="utf-8")
    assert cli.cmd_ingest(args, tmp_settings) == cli.EXIT_FILES_FAILED == 5
    err = capsys.readouterr().err
    assert "lỗi / failed passwd.md: a link to outside the corpus folder" in err
    assert "bỏ qua / skipped cu: a folder" in err
    documents = {d["document"] for d in SearchEngine.open(tmp_settings, embedder=embedder).documents()}
    assert documents == {SKHCN, VP23}  # the rest was indexed
