import unicodedata

from index.normalize import clean_line, fold, folded_tokens, has_diacritics, squash


def test_fold_matches_with_and_without_diacritics():
    assert fold("Đài Phát thanh và Truyền hình") == "dai phat thanh va truyen hinh"
    assert folded_tokens("nộp hồ sơ trực tuyến ở đâu?") == folded_tokens("nop ho so truc tuyen o dau")
    nfd = unicodedata.normalize("NFD", "Cải cách hành chính")
    assert fold(nfd) == fold("Cải cách hành chính") == "cai cach hanh chinh"


def test_clean_line_and_squash():
    assert clean_line("\t**1. Mục\u00a0đích**  ") == "1. Mục đích"
    assert clean_line("#### **IV. TỔ CHỨC**") == "IV. TỔ CHỨC"
    assert squash("a\n\n  b\u00a0 *c*") == "a b c"
    nfd = unicodedata.normalize("NFD", "Tuyên truyền")
    assert clean_line(nfd) == "Tuyên truyền"


def test_has_diacritics():
    assert has_diacritics("Ai chủ trì") and not has_diacritics("ai chu tri")


def test_markdown_escapes_are_read_as_the_characters_they_keep():
    """"1\\." is how Markdown keeps a numbered line from becoming a list: it is "1." (so the numbering is read);
    "\\|" stays, a pipe inside a table cell."""
    from index.normalize import clean_line
    assert clean_line("1\\. Đơn vị yêu cầu báo giá: Trung tâm") == "1. Đơn vị yêu cầu báo giá: Trung tâm"
    assert clean_line("a\\) Mục") == "a) Mục"
    assert clean_line("Ô \\| ô") == "Ô \\| ô"
