"""What the format libraries warn about reaches the user under the file's name, never bare."""
from __future__ import annotations

import logging
import warnings

import pytest

from index import readers
from index.ingest import ingest
from tests.index.hash_embedder import HashEmbedder, fake_settings
from tests.index.test_readers import FONT, make_pdf

pytestmark = pytest.mark.filterwarnings("ignore:legacy embedding function config")


def shifted_pdf(path):
    """A good PDF whose byte offsets are all off: pypdf warns while it recovers."""
    make_pdf(path)
    path.write_bytes(b"%PDF-1.4\n%shifted\n" + path.read_bytes())
    return path


class Reaching(logging.Handler):
    """What reaches the root logger's handlers (outside pytest: stderr, bare)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)

    def lines(self) -> list[tuple[str, str]]:
        return [(r.name, r.getMessage()) for r in self.records]


@pytest.fixture
def root():
    handler = Reaching()
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


@pytest.mark.skipif(not FONT.exists(), reason="DejaVu font (fonts-dejavu-core) not installed")
def test_pypdf_warnings_are_reported_with_the_file_name(tmp_path, root):
    settings = fake_settings(tmp_path)
    shifted_pdf(settings.corpus_dir / "lech.pdf")
    report = ingest(settings, embedder=HashEmbedder())
    assert report.added == ["lech.pdf"]
    assert any("startxref" in m for m in report.warnings["lech.pdf"])
    assert "reader warnings" in report.summary()
    assert root.lines() and all(name == readers.__name__ and m.startswith("lech.pdf: ") for name, m in root.lines())


def test_python_warnings_and_library_logs_carry_the_file_name(tmp_path, root, monkeypatch):
    def noisy(path):
        warnings.warn("odd encoding in a run")
        logging.getLogger("pdfminer.pdfpage").warning("bad font %s", "F1")
        logging.getLogger("pdfminer.pdfpage").warning("bad font %s", "F1")
        return ["KẾ HOẠCH"]

    monkeypatch.setattr(readers, "_read_text", noisy)
    path = tmp_path / "ke-hoach.txt"
    path.write_text("x", encoding="utf-8")
    caught: dict[str, list[str]] = {}
    with warnings.catch_warnings(record=True) as escaped:
        warnings.simplefilter("always")
        with readers.collecting_warnings(caught):
            readers.read_lines(path)
    assert not escaped
    assert caught == {"ke-hoach.txt": ["bad font F1 (×2)", "odd encoding in a run"]}
    assert root.lines() == [(readers.__name__, "ke-hoach.txt: bad font F1 (×2)"),
                            (readers.__name__, "ke-hoach.txt: odd encoding in a run")]

    root.records.clear()  # a file read again quietly: collected, not logged twice
    with readers.collecting_warnings({}, log=False):
        readers.read_lines(path)
    assert not root.records
