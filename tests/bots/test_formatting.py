"""Per-platform formatting: escaping, length limits, splitting on boundaries."""
from __future__ import annotations

import html
import re

import pytest

from bots.formatting import (TELEGRAM_LIMIT, ZALO_LIMIT, Block, split_text, telegram_messages, text_length,
                             to_html, zalo_messages)

SENTENCE = "Cơ quan chủ trì là Đài Phát thanh và Truyền hình tỉnh, thời lượng 05 phút/số."


def test_html_escapes_angle_brackets_and_ampersands():
    assert to_html(Block("3 < 5 & 7 > 2")) == "3 &lt; 5 &amp; 7 &gt; 2"
    assert to_html(Block("Sở KH&CN", "b")) == "<b>Sở KH&amp;CN</b>"
    assert to_html(Block("<i>x</i>", "i")) == "<i>&lt;i&gt;x&lt;/i&gt;</i>"


def test_short_text_is_one_piece():
    assert split_text(SENTENCE, 2000) == [SENTENCE]


def test_split_prefers_sentence_boundaries_and_keeps_every_word():
    text = " ".join([SENTENCE] * 60)
    pieces = split_text(text, 500)
    assert len(pieces) > 1
    assert all(text_length(p) <= 500 for p in pieces)
    assert all(p.endswith(".") for p in pieces), "each piece should end at a sentence boundary"
    assert " ".join(pieces).split() == text.split()


def test_a_sentence_longer_than_the_limit_is_split_between_words():
    words = [f"từ{i}" for i in range(400)]
    text = " ".join(words)
    pieces = split_text(text, 100)
    assert all(text_length(p) <= 100 for p in pieces)
    assert " ".join(pieces).split() == words  # no word was cut


def test_a_word_longer_than_the_limit_is_cut_as_a_last_resort():
    url = "https://example.vn/" + "a" * 250
    pieces = split_text(f"Xem {url} nhé.", 100)
    assert all(text_length(p) <= 100 for p in pieces)
    assert "".join(pieces).replace(" ", "") == f"Xem{url}nhé."


def test_paragraph_boundaries_are_preferred_over_sentences():
    para = " ".join([SENTENCE] * 5)
    text = f"{para}\n\n{para}"
    pieces = split_text(text, text_length(para) + 10)
    assert pieces == [para, para]


def test_limit_counts_utf16_units_like_telegram():
    assert text_length("a👍") == 3
    pieces = split_text("👍 " * 3000, 4096)
    assert all(text_length(p) <= 4096 for p in pieces)


def _assert_valid_html(message: str) -> None:
    for tag in ("b", "i"):
        assert message.count(f"<{tag}>") == message.count(f"</{tag}>"), message[:200]
    # every "&" starts an entity and every "<" a tag: nothing was cut in half
    assert not re.search(r"&(?!lt;|gt;|amp;)", message), message[:200]
    stripped = re.sub(r"</?[bi]>", "", message)
    assert "<" not in stripped and ">" not in stripped


def test_telegram_messages_stay_under_4096_and_never_cut_tags_or_entities():
    long_escaped = " ".join(["Tỷ lệ < 5% & tăng > 2 lần ở Sở KH&CN."] * 400)
    blocks = [Block(long_escaped), Block(""), Block("Nguồn:", "b")] + [Block(f"“{long_escaped[:3000]}”", "i")] * 3
    messages = telegram_messages(blocks)
    assert len(messages) > 2
    for m in messages:
        assert text_length(m) <= TELEGRAM_LIMIT
        _assert_valid_html(m)
    text = html.unescape(re.sub(r"</?[bi]>", "", "\n".join(messages)))
    assert text.split()[: len(long_escaped.split())] == long_escaped.split()


def test_zalo_messages_stay_under_2000():
    blocks = [Block(" ".join([SENTENCE] * 100)), Block(""), Block("Nguồn:"), Block("• Kế hoạch — mục C.II.12.c")]
    messages = zalo_messages(blocks)
    assert len(messages) >= 4
    assert all(text_length(m) <= ZALO_LIMIT for m in messages)
    assert messages[-1].endswith("mục C.II.12.c")
    assert not any(m.startswith("\n") or m.endswith("\n") for m in messages)


@pytest.mark.parametrize("limit", [0, -5])
def test_a_nonpositive_limit_is_refused(limit):
    with pytest.raises(ValueError):
        split_text("x", limit)
