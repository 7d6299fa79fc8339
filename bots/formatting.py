"""How a bot reply looks on each platform, cut to that platform's message limit.

Telegram takes HTML (parse mode "HTML", at most 4096 characters a message); Zalo
takes plain text (at most 2000). Platforms reject an over-long message outright,
so long replies are split into several messages on paragraph, line or sentence
boundaries, never inside a word or an HTML tag.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Callable, Iterable

TELEGRAM_LIMIT = 4096
ZALO_LIMIT = 2000

_TAGS = {"b": ("<b>", "</b>"), "i": ("<i>", "</i>"), "": ("", "")}

# Boundaries to split at, preferred first; the last resort (a single word longer
# than the limit, e.g. a long URL) is cutting between characters.
_BOUNDARIES = [
    re.compile(r"\n[ \t]*\n\s*"),  # paragraphs
    re.compile(r"\n\s*"),  # lines
    re.compile(r"(?<=[.!?…;])[\"”’)\]]*\s+"),  # sentences
    re.compile(r"\s+"),  # words
]


def text_length(text: str) -> int:
    """Length in UTF-16 code units: how Telegram counts, and never less than len()."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Block:
    """One paragraph of a reply: plain text plus an optional style ("b" bold, "i" italic)."""

    text: str
    style: str = ""


def to_html(block: Block) -> str:
    """The block in Telegram HTML: the text escaped (<, >, &), wrapped in its tag."""
    opening, closing = _TAGS[block.style]
    return f"{opening}{html.escape(block.text, quote=False)}{closing}"


def to_plain(block: Block) -> str:
    return block.text


def split_text(text: str, limit: int, measure: Callable[[str], int] = text_length) -> list[str]:
    """Split ``text`` into pieces with ``measure(piece) <= limit``, preferring big boundaries."""
    if limit < 1:
        raise ValueError("limit must be positive")
    return [p.strip() for p in _pack(text, limit, measure, 0) if p.strip()]


def _pieces(text: str, boundary: re.Pattern) -> list[str]:
    """Cut ``text`` after each boundary match, keeping the separator with the piece before it."""
    out, start = [], 0
    for m in boundary.finditer(text):
        if m.end() > start and m.start() > start:
            out.append(text[start : m.end()])
            start = m.end()
    if start < len(text):
        out.append(text[start:])
    return out


def _pack(text: str, limit: int, measure: Callable[[str], int], level: int) -> list[str]:
    if measure(text.strip()) <= limit:
        return [text]
    if level == len(_BOUNDARIES):
        return _cut_characters(text.strip(), limit, measure)
    chunks: list[str] = []
    current = ""
    for part in _pieces(text, _BOUNDARIES[level]):
        if measure((current + part).strip()) <= limit:
            current += part
            continue
        if current.strip():
            chunks.append(current)
        current = ""
        if measure(part.strip()) <= limit:
            current = part
        else:
            sub = _pack(part, limit, measure, level + 1)
            chunks.extend(sub[:-1])
            current = sub[-1]
    if current.strip():
        chunks.append(current)
    return chunks


def _cut_characters(text: str, limit: int, measure: Callable[[str], int]) -> list[str]:
    out, current = [], ""
    for ch in text:
        if current and measure(current + ch) > limit:
            out.append(current)
            current = ""
        current += ch
    if current:
        out.append(current)
    return out


def pack_blocks(blocks: Iterable[Block], limit: int, render: Callable[[Block], str]) -> list[str]:
    """Join rendered blocks with newlines into messages of at most ``limit`` (UTF-16) characters.

    A block that does not fit into one message is split on its plain text, and each
    piece rendered (escaped and wrapped) on its own, so no tag or entity is ever cut.
    """
    messages: list[str] = []
    current: list[str] = []

    def size(parts: list[str]) -> int:
        return text_length("\n".join(parts))

    def flush() -> None:
        while current and not current[-1].strip():
            current.pop()
        if current:
            messages.append("\n".join(current))
        current.clear()

    for block in blocks:
        rendered = render(block)
        if not current and not rendered.strip():
            continue  # no blank line at the top of a message
        if size(current + [rendered]) <= limit:
            current.append(rendered)
            continue
        flush()
        if text_length(rendered) <= limit:
            current.append(rendered)
            continue
        pieces = split_text(block.text, limit, lambda s: text_length(render(Block(s, block.style))))
        for piece in pieces[:-1]:
            messages.append(render(Block(piece, block.style)))
        current.append(render(Block(pieces[-1], block.style)))
    flush()
    return messages


def telegram_messages(blocks: Iterable[Block]) -> list[str]:
    """HTML messages for Telegram, each at most 4096 characters."""
    return pack_blocks(blocks, TELEGRAM_LIMIT, to_html)


def zalo_messages(blocks: Iterable[Block]) -> list[str]:
    """Plain-text messages for Zalo (OA and Bot), each at most 2000 characters."""
    return pack_blocks(blocks, ZALO_LIMIT, to_plain)
