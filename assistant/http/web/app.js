// The chat page: streams answers from /v1/ask/stream (Server-Sent Events over fetch),
// shows each answer's sources (quote revealed on tap) and posts 👍/👎 (👎 with an optional comment)
// to /v1/feedback. A finished answer is laid out: its "- …" lines and its "a) … b) …" items as
// lists, its http(s) addresses as links. Text from the server is only ever set with textContent
// (or as a link's checked href), never parsed as HTML.
"use strict";

(function () {
  const form = document.getElementById("ask-form");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const list = document.getElementById("messages");
  const welcome = document.getElementById("welcome");
  const KEY = "qna.conversation_id";
  let busy = false;

  function conversationId() {
    try { return sessionStorage.getItem(KEY) || null; } catch (e) { return null; }
  }
  function rememberConversation(id) {
    try { if (id) sessionStorage.setItem(KEY, id); else sessionStorage.removeItem(KEY); } catch (e) { /* private mode */ }
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // -- laying out an answer ----------------------------------------------------------------
  const URL_RE = /\bhttps?:\/\/[^\s<>"“”‘’]+/g;
  const BULLET = /^\s*[-•+*]\s+/;
  const LETTERS = "abcdđeghiklmnopqrstuvxy";  // Vietnamese item letters: a) b) c) d) đ) e) g) …
  const LETTERED_LINE = /^\s*([a-zđ])\)\s+/;
  const LETTER_MARK = /(^|[\s:;,.])([a-zđ])\)\s+/g;

  // Text with its http(s) addresses as links (rel="noopener noreferrer", opened apart); nothing else is a link.
  function appendLinked(parent, text) {
    let last = 0;
    for (const m of text.matchAll(URL_RE)) {
      let address = m[0].replace(/[.,;:!?)\]]+$/, "");  // the sentence's punctuation is not the address's
      let url = null;
      try { url = new URL(address); } catch (e) { url = null; }
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) continue;
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      const a = el("a", null, address);
      a.href = url.href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      parent.appendChild(a);
      last = m.index + address.length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // "…: a) x; b) y; c) z" → ["…:", ["a) x;", "b) y;", "c) z"]] when the letters run a, b, c… (two at least).
  function splitLettered(line) {
    const marks = [];
    for (const m of line.matchAll(LETTER_MARK)) {
      if (m[2] !== LETTERS[marks.length]) continue;
      marks.push(m.index + m[1].length);
    }
    if (marks.length < 2) return null;
    const items = marks.map(function (start, i) { return line.slice(start, marks[i + 1]).trim(); });
    return [line.slice(0, marks[0]).trim(), items];
  }

  function appendList(container, tag, cls, items) {
    const list = el(tag, cls);
    items.forEach(function (item) { const li = el("li"); appendLinked(li, item); list.appendChild(li); });
    container.appendChild(list);
  }

  function renderAnswer(container, answer) {
    container.textContent = "";
    const lines = answer.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (BULLET.test(line) || LETTERED_LINE.test(line)) {  // a run of list lines
        const bullets = BULLET.test(line);
        const items = [];
        while (i < lines.length && (bullets ? BULLET.test(lines[i]) : LETTERED_LINE.test(lines[i]))) {
          items.push(bullets ? lines[i].replace(BULLET, "") : lines[i].trim());
          i++;
        }
        i--;
        appendList(container, "ul", bullets ? "bullets" : "lettered", items);
        continue;
      }
      if (!line.trim()) continue;
      const lettered = splitLettered(line);
      const p = el("p");
      appendLinked(p, lettered ? lettered[0] : line);
      if (!lettered || lettered[0]) container.appendChild(p);
      if (lettered) appendList(container, "ul", "lettered", lettered[1]);
    }
  }

  function scrollDown() {
    window.scrollTo({ top: document.body.scrollHeight, behavior: "smooth" });
  }

  function renderSources(bubble, citations) {
    if (!citations || !citations.length) return;
    const box = el("div", "sources");
    box.appendChild(el("h2", null, "Nguồn trích dẫn (chạm để xem đoạn trích)"));
    const ol = el("ol");
    citations.forEach(function (c, i) {
      const li = el("li", "source");
      const details = el("details");
      const summary = el("summary");
      summary.appendChild(el("span", "num", "[" + (i + 1) + "] "));
      summary.appendChild(el("span", "section", c.location));  // "mục C.II.12.c", "phần ký": named by the server
      summary.appendChild(el("span", "doc", " — " + (c.title || c.document)));
      details.appendChild(summary);
      details.appendChild(el("blockquote", "quote", c.quote));
      li.appendChild(details);
      ol.appendChild(li);
    });
    box.appendChild(ol);
    bubble.appendChild(box);
  }

  function renderFeedback(bubble, messageId) {
    if (!messageId) return;
    const bar = el("div", "feedback");
    const label = el("span", "label", "Câu trả lời này:");
    const votes = el("span", "votes");  // the two buttons stay on one line together
    // the words stay readable where a device lacks an emoji font
    const up = el("button", "up", "👍 Hữu ích");
    const down = el("button", "down", "👎 Chưa đúng");
    up.type = down.type = "button";
    // 👎 first asks what was wrong (optional): a comment box with "Gửi" and "Bỏ qua"
    const box = el("form", "comment");
    box.hidden = true;
    const comment = el("textarea");
    comment.maxLength = 2000;
    comment.rows = 2;
    comment.placeholder = "Điều gì chưa đúng hoặc còn thiếu? (không bắt buộc)";
    comment.setAttribute("aria-label", "Góp ý thêm (không bắt buộc)");
    const submit = el("button", "send-comment", "Gửi góp ý");
    const skip = el("button", "skip-comment", "Bỏ qua");
    submit.type = "submit";
    skip.type = "button";
    const actions = el("div", "comment-actions");
    actions.appendChild(submit);
    actions.appendChild(skip);
    box.appendChild(comment);
    box.appendChild(actions);

    function rate(rating, button, note) {
      up.disabled = down.disabled = true;
      box.hidden = true;
      button.setAttribute("aria-pressed", "true");
      const body = { message_id: messageId, rating: rating };
      if (note) body.comment = note;
      fetch("/v1/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }).then(function (res) {
        label.textContent = res.ok ? "Cảm ơn bạn đã góp ý!" : "Chưa gửi được góp ý.";
        if (!res.ok) { up.disabled = down.disabled = false; button.removeAttribute("aria-pressed"); }
      }).catch(function () {
        label.textContent = "Chưa gửi được góp ý.";
        up.disabled = down.disabled = false;
        button.removeAttribute("aria-pressed");
      });
    }
    up.addEventListener("click", function () { rate("up", up); });
    down.addEventListener("click", function () {
      box.hidden = false;
      down.setAttribute("aria-expanded", "true");
      comment.focus();
    });
    box.addEventListener("submit", function (e) { e.preventDefault(); rate("down", down, comment.value.trim()); });
    skip.addEventListener("click", function () { rate("down", down); });
    votes.appendChild(up);
    votes.appendChild(down);
    bar.appendChild(label);
    bar.appendChild(votes);
    bubble.appendChild(bar);
    bubble.appendChild(box);
  }

  function showError(bubble, message) {
    bubble.classList.remove("streaming");
    bubble.classList.add("error");
    bubble.querySelector(".text").textContent = message;
  }

  async function errorMessage(res) {
    if (res.status === 429) return "Bạn hỏi hơi nhanh, vui lòng thử lại sau ít phút.";
    if (res.status === 401) return "Dịch vụ yêu cầu khóa truy cập; vui lòng liên hệ quản trị viên.";
    if (res.status === 503) return "Hệ thống đang khởi động, vui lòng thử lại sau giây lát.";
    try {
      const body = await res.json();
      if (body && typeof body.error === "string") return body.error;
    } catch (e) { /* not JSON */ }
    return "Đã có lỗi xảy ra (mã " + res.status + "), vui lòng thử lại.";
  }

  // Parse an SSE byte stream into {event, data} objects.
  async function* readEvents(body) {
    const reader = body.getReader();
    const decoder = new TextDecoder("utf-8");
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
      let cut;
      while ((cut = buffer.indexOf("\n\n")) !== -1) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let event = "message";
        const data = [];
        block.split("\n").forEach(function (line) {
          if (line.startsWith("event:")) event = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        });
        if (data.length) yield { event: event, data: JSON.parse(data.join("\n")) };
      }
    }
  }

  function hint(message) {
    const note = document.getElementById("composer-hint");
    note.textContent = message || "";
    note.hidden = !message;
  }

  async function ask(question) {
    question = question.trim();
    if (!question || busy) return;
    hint("");
    busy = true;
    send.disabled = true;
    welcome.hidden = true;

    list.appendChild(el("li", "msg user", question));
    const bubble = el("li", "msg bot streaming");
    const text = el("div", "text");
    bubble.appendChild(text);
    list.appendChild(bubble);
    scrollDown();

    try {
      const res = await fetch("/v1/ask/stream", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
        body: JSON.stringify({ question: question, conversation_id: conversationId() }),
      });
      if (res.status === 404) rememberConversation(null); // the conversation is gone: start afresh next time
      if (!res.ok) { showError(bubble, await errorMessage(res)); return; }
      let finished = false;
      for await (const ev of readEvents(res.body)) {
        if (ev.event === "delta") {
          text.textContent += ev.data.text;
        } else if (ev.event === "done") {
          finished = true;
          bubble.classList.remove("streaming");
          renderAnswer(text, ev.data.answer);
          bubble.dataset.messageId = ev.data.message_id;
          bubble.dataset.grounded = String(ev.data.grounded);
          rememberConversation(ev.data.conversation_id);
          renderSources(bubble, ev.data.citations);
          renderFeedback(bubble, ev.data.message_id);
        } else if (ev.event === "error") {
          showError(bubble, ev.data.error || "Đã có lỗi xảy ra, vui lòng thử lại.");
          return;
        }
        scrollDown();
      }
      if (!finished) showError(bubble, "Kết nối bị gián đoạn, vui lòng hỏi lại.");
    } catch (e) {
      showError(bubble, "Không kết nối được máy chủ, vui lòng kiểm tra mạng và thử lại.");
    } finally {
      busy = false;
      send.disabled = false;
      scrollDown();
    }
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    const q = input.value;
    if (!q.trim()) {  // spaces or line breaks only: say so instead of clearing it without a word
      hint("Bạn chưa nhập câu hỏi: hãy gõ nội dung cần hỏi rồi bấm Gửi.");
      input.focus();
      return;
    }
    input.value = "";
    input.style.height = "";
    ask(q);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { // isComposing: Vietnamese IMEs (Telex) use Enter
      e.preventDefault();
      form.requestSubmit();
    }
  });
  input.addEventListener("input", function () {
    hint("");
    input.style.height = "";
    input.style.height = Math.min(input.scrollHeight, 160) + "px";
  });
  document.querySelectorAll(".example").forEach(function (b) {
    b.addEventListener("click", function () { ask(b.textContent); });
  });
  document.getElementById("new-chat").addEventListener("click", function () {
    rememberConversation(null);
    list.textContent = "";
    welcome.hidden = false;
    input.focus();
  });
})();
