"""A stand-in OpenAI-compatible model server on 127.0.0.1, for the generative answerer's tests.

FastAPI under uvicorn in a thread, serving ``POST /v1/chat/completions`` plain and
streamed (Server-Sent Events, as vLLM, Ollama and llama.cpp server do). Each test scripts
what the "model" says (``reply``), or makes it slow (``delay_s`` past the client's
timeout) or broken (``status`` 500); every request body is recorded, so a test can
assert what the prompt held, or that the server was never asked at all.
"""
from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from dataclasses import dataclass, field

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse


@dataclass
class Script:
    reply: str = ""
    status: int = 200  # anything else: answer with this status and an OpenAI-style error body
    delay_s: float = 0.0  # before answering (longer than the client's timeout: it times out)
    chunk_chars: int = 12  # streamed replies come in pieces this long
    chunk_delay_s: float = 0.0


@dataclass
class Recorded:
    body: dict
    headers: dict
    at: float = field(default_factory=time.monotonic)

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", [])

    def content(self, role: str) -> str:
        return "\n".join(m["content"] if isinstance(m["content"], str) else
                         "".join(p.get("text", "") for p in m["content"])
                         for m in self.messages if m["role"] == role)


class FakeLLMServer:
    def __init__(self) -> None:
        self.app = FastAPI()
        self.requests: list[Recorded] = []
        self.script = Script()
        self._lock = threading.Lock()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self.app.post("/v1/chat/completions")(self._chat)

    # -- lifecycle ----------------------------------------------------------------------------
    def start(self) -> "FakeLLMServer":
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the fake model server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(timeout=15)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def reset(self, **script) -> None:
        """Forget recorded requests and script the next answers."""
        with self._lock:
            self.requests.clear()
            self.script = Script(**script)

    # -- the endpoint ---------------------------------------------------------------------------
    async def _chat(self, request: Request):
        body = await request.json()
        with self._lock:
            self.requests.append(Recorded(body, dict(request.headers)))
            script = self.script
        if script.delay_s:
            await asyncio.sleep(script.delay_s)
        if script.status != 200:
            return JSONResponse({"error": {"message": "scripted failure", "type": "server_error", "code": None}},
                                status_code=script.status)
        model = body.get("model", "fake")
        if body.get("stream"):
            return StreamingResponse(self._chunks(script, model), media_type="text/event-stream")
        return {
            "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": script.reply},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }

    @staticmethod
    async def _chunks(script: Script, model: str):
        def event(delta: dict, finish: str | None = None) -> str:
            chunk = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                     "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

        yield event({"role": "assistant", "content": ""})
        text = script.reply
        for i in range(0, len(text), script.chunk_chars):
            if script.chunk_delay_s:
                await asyncio.sleep(script.chunk_delay_s)
            yield event({"content": text[i:i + script.chunk_chars]})
        yield event({}, finish="stop")
        yield "data: [DONE]\n\n"
