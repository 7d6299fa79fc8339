"""The chat page, end to end: Debian's headless Chromium at phone width (360 px), driven over the DevTools protocol.

A question is typed into the page, the answer streams in from a real uvicorn server,
its source is opened by a tap, 👍 is posted, and a screenshot is saved to
evals/results/web/ for a person to look at.
"""
from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest
import websocket

from http_support import QUESTION

CHROMIUM = Path("/usr/bin/chromium")
RESULTS = Path(__file__).resolve().parents[3] / "evals" / "results" / "web"
WIDTH, HEIGHT = 360, 740

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)")


class Chromium:
    """Headless Chromium with a fresh profile, one page, commands over its DevTools WebSocket."""

    def __init__(self, profile: Path):
        self.profile = profile
        self.proc = subprocess.Popen(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1",
             "--remote-debugging-port=0", f"--window-size={WIDTH},{HEIGHT}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        self._ids = itertools.count(1)
        port = self._devtools_port()
        targets = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json()
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)

    def _devtools_port(self) -> int:
        marker = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("chromium exited: " + self.proc.stderr.read().decode(errors="replace")[-2000:])
            if marker.exists() and marker.read_text().strip():
                return int(marker.read_text().split()[0])
            time.sleep(0.1)
        raise RuntimeError("chromium did not open its DevTools port")

    def send(self, method: str, **params):
        cid = next(self._ids)
        self.ws.send(json.dumps({"id": cid, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == cid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def js(self, expression: str):
        r = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"JS error in {expression!r}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 120, what: str = ""):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.1)
        page = self.js("document.body.innerText")
        raise AssertionError(f"timed out waiting for {what or expression}; the page shows:\n{page}")

    def tap(self, selector: str) -> None:
        """A real touch: the element's centre, as the phone's finger would."""
        box = self.js(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.scrollIntoView({{block: 'center'}});"
                      f" const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()")
        x, y = box
        self.send("Input.dispatchTouchEvent", type="touchStart", touchPoints=[{"x": x, "y": y}])
        self.send("Input.dispatchTouchEvent", type="touchEnd", touchPoints=[])

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=False)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)


@pytest.fixture
def browser(tmp_path):
    chrome = Chromium(tmp_path / "chromium-profile")
    try:
        chrome.send("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=2, mobile=True)
        chrome.send("Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=1)
        chrome.send("Page.enable")
        chrome.send("Runtime.enable")
        yield chrome
    finally:
        chrome.close()
        shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


def test_ask_from_the_page_at_phone_width(browser, live_server, store):
    b = browser
    b.send("Page.navigate", url=live_server.url + "/")
    b.wait_for("document.readyState === 'complete' && !!document.querySelector('#question')", 60, "the page")
    assert b.js("document.documentElement.lang") == "vi"
    assert b.js("document.querySelectorAll('.example').length") >= 3
    # nothing overflows the phone's width
    assert b.js("document.documentElement.scrollWidth") <= WIDTH

    b.screenshot(RESULTS / "welcome-360px.png")

    # count how often the answer's text changes while it arrives: streaming means more than once
    b.js("""window.__changes = 0;
            new MutationObserver(() => { window.__changes++; })
              .observe(document.getElementById('messages'), {subtree: true, childList: true, characterData: true});""")
    b.js("document.getElementById('question').focus()")
    b.send("Input.insertText", text=QUESTION)
    b.send("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13)
    b.send("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)

    b.wait_for("(() => { const m = document.querySelector('.msg.bot'); "
               "return !!m && !m.classList.contains('streaming') && (!!m.querySelector('.sources') || m.classList.contains('error')); })()",
               180, "the streamed answer and its sources")
    assert not b.js("document.querySelector('.msg.bot').classList.contains('error')"), b.js(
        "document.querySelector('.msg.bot').innerText")
    assert b.js("document.querySelector('.msg.user').textContent") == QUESTION
    answer = b.js("document.querySelector('.msg.bot .text').textContent")
    assert answer.strip()
    assert b.js("window.__changes") > 3, "the answer should arrive piece by piece"
    summary = b.js("document.querySelector('.source summary').textContent")
    assert "mục " in summary or "phần mở đầu" in summary

    # the quote is hidden until the source is tapped
    assert not b.js("document.querySelector('.source details').open")
    b.tap(".source summary")
    b.wait_for("document.querySelector('.source details').open", 10, "the source to open")
    quote = b.js("document.querySelector('.source blockquote').innerText")
    assert quote.strip() and b.js("document.querySelector('.source blockquote').offsetHeight") > 0

    # 👍 is stored against the answer's message id
    message_id = b.js("document.querySelector('.msg.bot').dataset.messageId")
    b.tap(".feedback .up")
    b.wait_for("document.querySelector('.feedback .label').textContent.includes('Cảm ơn')", 30, "the feedback thanks")
    assert [f["rating"] for f in store.feedback(message_id)] == [1]
    assert store.get_message(message_id)[1].question == QUESTION
    assert b.js("document.documentElement.scrollWidth") <= WIDTH

    b.js("window.scrollTo(0, 0)")
    b.screenshot(RESULTS / "chat-360px.png")
    b.js("window.scrollTo(0, document.body.scrollHeight)")
    time.sleep(0.5)  # the smooth scroll
    b.screenshot(RESULTS / "chat-360px-end.png")
    for name in ("welcome-360px.png", "chat-360px.png", "chat-360px-end.png"):
        assert (RESULTS / name).stat().st_size > 10_000


# -- issue 22: the page as people use it, at phone and desktop width, on a scripted answer ----------------------
LINK = "https://dichvucong.quangngai.gov.vn/huong-dan"
LONG_ANSWER = "\n".join([
    "Theo mục C.II.1 của Kế hoạch truyền thông năm 2025, các nhiệm vụ gồm: a) Xây dựng chuyên mục trên Cổng "
    f"thông tin ({LINK}); b) Phát hành bản tin hằng tháng; c) Tổ chức hội nghị đối thoại. Xem javascript:alert(1) "
    "và <b>không phải thẻ</b>.",
    "- Mục C.II.2: Tuyên truyền trên báo in",
    "- Mục C.II.3: Tuyên truyền trên mạng xã hội",
    *[f"Đoạn {i}: nội dung tuyên truyền về cải cách hành chính và chuyển đổi số trên địa bàn tỉnh, "
      "thực hiện thường xuyên trong năm." for i in range(1, 61)],
])


class PageAnswerer:
    """A long answer with lettered items, bullets and a link, for any question."""

    name = "scripted-web"

    def answer(self, question, history=()):
        from assistant.answers import Answer, Citation

        return Answer(question, LONG_ANSWER, True,
                      [Citation("ke-hoach.txt", "Kế hoạch truyền thông", "C.II.1", "Xây dựng chuyên mục…")], "vi",
                      "list")

    def stream(self, question, history=()):
        answer = self.answer(question, history)
        yield answer.answer
        yield answer


@pytest.fixture
def page_server(http_settings, store):
    from assistant.http import create_app
    from assistant.service import Assistant
    from http_support import LiveServer

    app = create_app(http_settings, assistant=Assistant(http_settings, None, PageAnswerer(), store), store=store)
    with LiveServer(app) as server:
        yield server


def type_and_send(b: Chromium, text: str) -> None:
    b.js("document.getElementById('question').focus()")
    b.send("Input.insertText", text=text)
    b.send("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13)
    b.send("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)


@pytest.mark.parametrize("width,height", [(360, 740), (1280, 800)])
def test_the_page_lays_out_answers_and_keeps_its_header(browser, page_server, store, width, height):
    b = browser
    b.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1 if width > 800 else 2,
           mobile=width < 800)
    b.send("Page.navigate", url=page_server.url + "/")
    b.wait_for("document.readyState === 'complete' && !!document.querySelector('#question')", 60, "the page")

    # a favicon, served
    icon = b.js("document.querySelector('link[rel=icon]').href")
    assert b.js(f"fetch({json.dumps(icon)}).then(r => r.status + ' ' + r.headers.get('content-type'))") \
        == "200 image/svg+xml"

    # spaces only: a message, and nothing asked
    type_and_send(b, "   \n  ")
    b.wait_for("!document.getElementById('composer-hint').hidden", 10, "the empty-question message")
    assert "chưa nhập câu hỏi" in b.js("document.getElementById('composer-hint').textContent")
    assert b.js("document.querySelectorAll('.msg').length") == 0
    b.js("document.getElementById('question').value = ''")

    type_and_send(b, "Các nhiệm vụ truyền thông năm 2025?")
    b.wait_for("(() => { const m = document.querySelector('.msg.bot'); "
               "return !!m && !m.classList.contains('streaming') && !!m.querySelector('.feedback'); })()",
               60, "the answer")
    assert b.js("document.getElementById('composer-hint').hidden")
    text = ".msg.bot .text"
    # "a) … b) … c) …" and the "- " lines as lists, the intro as a paragraph
    assert b.js(f"[...document.querySelectorAll('{text} ul.lettered li')].map(li => li.textContent.slice(0, 2))") \
        == ["a)", "b)", "c)"]
    assert b.js(f"document.querySelectorAll('{text} ul.bullets li').length") == 2
    assert b.js(f"document.querySelector('{text} p').textContent").endswith("các nhiệm vụ gồm:")
    # the address a link, opened apart, nothing else one; markup shown as text
    links = b.js(f"[...document.querySelectorAll('{text} a')].map(a => [a.getAttribute('href'), a.rel, a.target])")
    assert links == [[LINK, "noopener noreferrer", "_blank"]]
    assert b.js(f"document.querySelector('{text} b')") is None
    assert "<b>không phải thẻ</b>" in b.js(f"document.querySelector('{text}').textContent")

    # 👍 and 👎 on one line
    tops = b.js("['.feedback .up', '.feedback .down'].map(s => document.querySelector(s).getBoundingClientRect().top)")
    assert tops[0] == tops[1]
    assert b.js("document.documentElement.scrollWidth") <= width

    # the header stays at the top however far down the answer goes
    b.js("window.scrollTo(0, document.documentElement.scrollHeight)")
    b.wait_for("window.scrollY > 1.5 * window.innerHeight", 10, "a page longer than two screens, scrolled down")
    assert b.js("document.querySelector('.top').getBoundingClientRect().top") == 0
    b.screenshot(RESULTS / f"answer-{width}px-scrolled.png")
    b.js("document.querySelector('.msg.bot').scrollIntoView()")
    b.screenshot(RESULTS / f"answer-{width}px-lists.png")

    # 👎 asks what was wrong (optional); the comment is stored with the vote
    message_id = b.js("document.querySelector('.msg.bot').dataset.messageId")
    assert b.js("document.querySelector('.comment').hidden")
    b.tap(".feedback .down")
    b.wait_for("!document.querySelector('.comment').hidden", 10, "the comment box")
    b.send("Input.insertText", text="Thiếu nhiệm vụ của Sở Nội vụ")
    b.screenshot(RESULTS / f"comment-{width}px.png")
    b.tap(".comment .send-comment")
    b.wait_for("document.querySelector('.feedback .label').textContent.includes('Cảm ơn')", 30, "the thanks")
    assert [(f["rating"], f["comment"]) for f in store.feedback(message_id)] == [(-1, "Thiếu nhiệm vụ của Sở Nội vụ")]
