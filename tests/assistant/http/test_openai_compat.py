"""The OpenAI-compatible API, driven by the official ``openai`` client against a real uvicorn server."""
from __future__ import annotations

import httpx
import openai
import pytest

from assistant.answers import Answer, Citation
from assistant.http.openai_compat import MODEL_ID, ChatMessage, render_sources, split_messages, strip_sources
from http_support import QUESTION
from tests.index.chroma_support import INDEX_MODES


@pytest.fixture
def oai(live_server):
    return openai.OpenAI(base_url=live_server.url + "/v1", api_key="khong-can", max_retries=0, timeout=120)


def test_models(oai):
    assert [m.id for m in oai.models.list()] == [MODEL_ID]


@pytest.mark.parametrize("index_mode", INDEX_MODES)  # the index embedded, and in a Chroma server
def test_completion_has_numbered_sources_and_a_citations_field(oai, store):
    r = oai.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": QUESTION}])
    text = r.choices[0].message.content
    assert r.choices[0].finish_reason == "stop" and r.choices[0].message.role == "assistant"
    extra = r.model_extra
    citations = extra["citations"]
    assert citations and extra["grounded"] is True
    assert "\n\nNguồn:\n[1] " in text
    first = citations[0]
    assert f"[1] {first['title']}, mục {first['section']}" in text
    # the turn is stored and can receive feedback like any other
    assert store.get_message(extra["message_id"])[1].question == QUESTION


def test_streamed_completion_matches_the_plain_one(oai):
    stream = oai.chat.completions.create(model=MODEL_ID, stream=True,
                                         messages=[{"role": "system", "content": "Trả lời ngắn gọn."},
                                                   {"role": "user", "content": QUESTION}])
    chunks = list(stream)
    assert len(chunks) >= 3
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].model_extra["citations"]
    plain = oai.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": QUESTION}])
    assert text.split() == plain.choices[0].message.content.split()  # same words; pieces may differ in spacing


@pytest.mark.parametrize("index_mode", INDEX_MODES)  # the index embedded, and in a Chroma server
def test_multi_turn_resolves_the_follow_up_from_the_messages(oai, live_server, store):
    first = oai.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": QUESTION}])
    follow = "Còn video clip tuyên truyền các chỉ số thì sao?"
    r = oai.chat.completions.create(model=MODEL_ID, messages=[
        {"role": "user", "content": QUESTION},
        {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": [{"type": "text", "text": follow}]},
    ])
    text = strip_sources(r.choices[0].message.content)
    history = store.history(r.model_extra["conversation_id"])
    assert [t.question for t in history] == [QUESTION, follow]
    # the earlier reply came back without its sources block
    assert history[0].answer.answer == strip_sources(first.choices[0].message.content)
    assert "Nguồn:" not in history[0].answer.answer
    # the follow-up is read as the same kind of question ("who leads …?") about the new topic
    assert "chủ trì" in text and r.model_extra["citations"]
    # exactly what the same conversation gives through /v1/ask
    one = httpx.post(live_server.url + "/v1/ask", json={"question": QUESTION}, timeout=120).json()
    two = httpx.post(live_server.url + "/v1/ask", json={"question": follow, "conversation_id": one["conversation_id"]},
                     timeout=120).json()
    assert two["answer"] == text
    assert two["citations"] == r.model_extra["citations"]


def test_a_conversation_without_a_question_is_answered_with_the_reason(oai):
    """What the schema lets through is not refused (JSON Schema cannot say "the last message is the user's"):
    a tool message, an assistant message last, an empty question get a reply saying what is wrong."""
    cases = [([{"role": "tool", "content": "{}"}], "(the last message must have role 'user')"),
             ([{"role": "user", "content": QUESTION}, {"role": "assistant", "content": "Xin chào"}],
              "(the last message must have role 'user')"),
             ([{"role": "user", "content": "  "}], "(empty question)")]
    for messages, english in cases:
        r = oai.chat.completions.create(model=MODEL_ID, messages=messages)
        assert english in r.choices[0].message.content and r.choices[0].finish_reason == "stop"
        assert r.model_extra["grounded"] is False and r.model_extra["citations"] == []
        streamed = "".join(chunk.choices[0].delta.content or ""
                           for chunk in oai.chat.completions.create(model=MODEL_ID, messages=messages, stream=True))
        assert streamed == r.choices[0].message.content


def test_a_malformed_request_is_still_refused_with_a_status_code(oai):
    with pytest.raises(openai.UnprocessableEntityError):
        oai.chat.completions.create(model=MODEL_ID, messages=[])
    with pytest.raises(openai.UnprocessableEntityError):  # strict JSON types, as the schema says
        oai.chat.completions.create(model=MODEL_ID, messages=[{"role": "user", "content": QUESTION}],
                                    extra_body={"stream": 0})


def test_sources_rendering_and_stripping():
    a = Answer("q", "Sở KH&CN chủ trì.", True, [
        Citation("a.txt", "Kế hoạch A", "C.II.12.c", "…"),
        Citation("a.txt", "Kế hoạch A", "C.II.12.c", "… again"),
        Citation("b.txt", "Kế hoạch B", "preamble", "…"),
    ])
    rendered = render_sources(a)
    assert rendered == "\n\nNguồn:\n[1] Kế hoạch A, mục C.II.12.c\n[2] Kế hoạch B, phần mở đầu"
    assert strip_sources(a.answer + rendered) == a.answer
    en = Answer("q", "The department leads.", True, [Citation("a.txt", "Plan A", "III.9", "…")], language="en")
    assert render_sources(en) == "\n\nSources:\n[1] Plan A, section III.9"
    assert render_sources(Answer("q", "Không có.", False)) == ""


def test_split_messages_pairs_turns():
    msgs = [ChatMessage(role="system", content="s"), ChatMessage(role="user", content="q1"),
            ChatMessage(role="assistant", content="a1\n\nNguồn:\n[1] X, mục I"), ChatMessage(role="user", content="q2"),
            ChatMessage(role="user", content="q3")]
    question, turns = split_messages(msgs, 2000)
    assert question == "q3"
    assert [(t.question, t.answer.answer) for t in turns] == [("q1", "a1")]


def test_a_model_by_id(oai):
    assert oai.models.retrieve(MODEL_ID).id == MODEL_ID
    with pytest.raises(openai.NotFoundError):
        oai.models.retrieve("gpt-4o")


def test_usage_counts_tokens_with_the_models_tokenizer(oai, assistant):
    messages = [{"role": "system", "content": "Trả lời ngắn."}, {"role": "user", "content": QUESTION}]
    r = oai.chat.completions.create(model=MODEL_ID, messages=messages)
    prompt = sum(assistant.count_tokens(m["content"]) for m in messages)
    assert r.usage.prompt_tokens == prompt > 0
    assert r.usage.completion_tokens == assistant.count_tokens(r.choices[0].message.content) > 0
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens

    chunks = list(oai.chat.completions.create(model=MODEL_ID, messages=messages, stream=True,
                                              stream_options={"include_usage": True}))
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert all(c.usage is None for c in chunks[:-1])
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks[:-1])
    assert chunks[-1].usage.prompt_tokens == prompt
    assert chunks[-1].usage.completion_tokens == assistant.count_tokens(streamed)
    plain = list(oai.chat.completions.create(model=MODEL_ID, messages=messages, stream=True))
    assert plain[-1].choices and plain[-1].choices[0].finish_reason == "stop"  # no usage chunk unless asked


OPEN_WEBUI_HISTORY = f"### Chat History:\n<chat_history>\nUSER: {QUESTION}\nASSISTANT: Đài Phát thanh…\n</chat_history>"
OPEN_WEBUI_TASKS = {
    "title": "### Task:\nGenerate a concise, 3-5 word title with an emoji summarizing the chat history.\n"
             "### Guidelines:\n- Keep it clear, short, and simple.\n"
             '### Output:\nJSON format: { "title": "your concise title here" }\n' + OPEN_WEBUI_HISTORY,
    "tags": "### Task:\nGenerate 1-3 broad tags categorizing the main themes of the chat history, along with 1-3 "
            "more specific subtopic tags.\n### Output:\nJSON format: { \"tags\": [\"tag1\", \"tag2\", \"tag3\"] }\n"
            + OPEN_WEBUI_HISTORY,
    "follow_ups": "### Task:\nSuggest 3-5 relevant follow-up questions or prompts that the user might naturally ask "
                  "next in this conversation as a **user**, based on the chat history.\n"
                  '### Output:\nJSON format: { "follow_ups": ["Question 1?", "Question 2?"] }\n' + OPEN_WEBUI_HISTORY,
}


def _conversations(store) -> int:
    from sqlalchemy import func, select

    from assistant.storage import conversations

    with store.db.read() as c:
        return c.execute(select(func.count()).select_from(conversations)).scalar_one()


def test_open_webui_background_tasks_are_not_questions(http_settings, assistant, store):
    """Title, tags and follow-up prompts get the JSON their template asks for, are not stored as conversations,
    and do not count against the rate limit."""
    import json

    from fastapi.testclient import TestClient

    from assistant.http import create_app

    settings = http_settings.model_copy(update={"rate_limit_per_minute": 2})
    with TestClient(create_app(settings, assistant=assistant, store=store)) as c:
        for _ in range(3):
            for key, prompt in OPEN_WEBUI_TASKS.items():
                r = c.post("/v1/chat/completions", json={"model": MODEL_ID, "stream": False,
                                                         "messages": [{"role": "user", "content": prompt}]})
                assert r.status_code == 200, r.text
                reply = json.loads(r.json()["choices"][0]["message"]["content"])
                assert list(reply) == [key]
        assert reply == {"follow_ups": []}
        title = json.loads(c.post("/v1/chat/completions", json={"messages": [
            {"role": "user", "content": OPEN_WEBUI_TASKS["title"]}]}).json()["choices"][0]["message"]["content"])
        assert title["title"] and QUESTION.startswith(title["title"])
        assert _conversations(store) == 0
        ask = {"messages": [{"role": "user", "content": QUESTION}]}
        assert [c.post("/v1/chat/completions", json=ask).status_code for _ in range(3)] == [200, 200, 429]
        assert _conversations(store) == 2
