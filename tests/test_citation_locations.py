"""Every surface names a cited zone in words (index/zones.py): no reader ever sees "mục signature" or
"section header". An answer citing each zone, in each language, is rendered by the CLI, the HTTP API, the
OpenAI-compatible API, the web chat's data, Telegram, Zalo, the extractive answer text and the model's prompt."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answers import Answer, Citation
from assistant.cli import format_answer
from assistant.config import Settings
from assistant.extractive import ExtractiveAnswerer
from assistant.http.openai_compat import citation_dicts, render_sources
from assistant.http.schemas import ask_payload
from assistant.prompts import section_label
from bots import formatting, messages
from bots.http_client import RetryPolicy
from bots.messages import Reply
from bots.outbox import Outbox
from index.zones import LABELS, ZONES, location

ROOT = Path(__file__).resolve().parents[1]
TITLE = "Kế hoạch truyền thông CCHC năm 2025"
DOCUMENT = "2025-ke-hoach.txt"
# an internal zone name where a section path belongs: after "mục" / "section", or as a bare citation
LEAK = re.compile(r"(?i)\b(?:mục|section)\s+(?:header|preamble|closing|signature)\b|\b(?:header|closing|signature)\b")


def answer(zone: str, language: str) -> Answer:
    text = "Văn bản ghi như sau." if language == "vi" else "The plan says so."
    return Answer("?", text, True, [Citation(DOCUMENT, TITLE, zone, "Nơi nhận: như trên.")], language, "fact")


def telegram_texts(reply: Reply, tmp_path) -> list[str]:
    from bots.telegram import TelegramTransport

    settings = Settings(_env_file=None, home=tmp_path, telegram_token="123:abc")
    transport = TelegramTransport(settings, None, Outbox(tmp_path / "outbox.db"), RetryPolicy(max_attempts=1, base_delay_s=0.0, max_delay_s=0.0, timeout_s=1.0))
    return [p["text"] for p in transport.payloads(1, reply)]


def surfaces(a: Answer, tmp_path) -> dict[str, list[str]]:
    """What each surface shows a reader for answer ``a``."""
    reply = Reply("answer", a.answer, language=a.language, message_id="m1", citations=a.citations)
    sources = Reply("sources", language=a.language, message_id="m1", citations=a.citations)
    return {
        "cli": [format_answer(a)],
        "http /v1/ask (and the web chat, which shows `location`)": [c["location"] for c in
                                                                     ask_payload(a, "c1", "m1")["citations"]],
        "openai text": [render_sources(a)],
        "openai citations": [c["location"] for c in citation_dicts(a)],
        "telegram answer": telegram_texts(reply, tmp_path),
        "telegram sources": telegram_texts(sources, tmp_path),
        "zalo answer": formatting.zalo_messages(messages.blocks(reply, buttons=False)),
        "zalo sources": formatting.zalo_messages(messages.blocks(sources, buttons=False)),
        "extractive answer text": [ExtractiveAnswerer._ref_path(c.section, a.language) for c in a.citations],
    }


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("zone", ZONES)
def test_every_surface_names_the_zone_in_words(zone, language, tmp_path):
    label = LABELS[language][zone]
    for surface, texts in surfaces(answer(zone, language), tmp_path).items():
        shown = "\n".join(texts)
        assert label in shown, f"{surface} does not say {label!r}: {shown!r}"
        assert not LEAK.search(shown.replace(label, "")), f"{surface} shows the internal name: {shown!r}"


@pytest.mark.parametrize("zone", ZONES)
def test_the_models_prompt_labels_sources_in_words_too(zone):
    assert section_label(zone) == LABELS["vi"][zone]


def test_numbered_sections_and_appendices():
    assert location("C.II.12.c", "vi") == "mục C.II.12.c" and location("C.II.12.c", "en") == "section C.II.12.c"
    assert location("Phụ lục I.4", "vi") == "Phụ lục I.4" and location("Bảng 1.2", "en") == "Bảng 1.2"
    assert location("signature", "en-US") == "signature block"


def test_the_web_chat_shows_the_servers_words():
    script = (ROOT / "assistant" / "http" / "web" / "app.js").read_text(encoding="utf-8")
    assert "c.location" in script and not re.search(r"preamble|signature|\"mục \"", script)
