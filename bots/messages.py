"""What the bots say: greetings, help, the sources view, and every fixed phrase.

Kept in one place so the wording (Vietnamese first, English when the user writes
English) is the same on Telegram and Zalo; ``formatting`` only decides the markup.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answers import Citation
from bots.formatting import Block
from index.zones import location

EXAMPLE_QUESTIONS = [
    "Ai chủ trì Bản tin PCI trên kênh truyền hình?",
    "Chuyên mục “Cải cách hành chính” trên kênh phát thanh phát sóng bao nhiêu số mỗi tháng?",
    "Cơ quan nào chủ trì chuyên trang CCHC trên Báo Quảng Ngãi?",
]


@dataclass
class Reply:
    """One thing the bot has to say, before any platform markup.

    ``kind`` is one of: answer, sources, feedback, greeting, help, error, rate_limited.
    """

    kind: str
    text: str = ""
    language: str = "vi"
    message_id: str | None = None  # the stored answer this reply is about (buttons, feedback)
    citations: list[Citation] = field(default_factory=list)
    grounded: bool = True


def _en(language: str | None) -> bool:
    return (language or "").lower().startswith("en")


def greeting(language: str | None = None) -> str:
    if _en(language):
        lines = [
            "Hello! I answer questions about Quảng Ngãi province's administrative-reform (CCHC) "
            "and digital-transformation (CĐS) plans, citing the section of each document.",
            "",
            "Try, for example:",
        ]
    else:
        lines = [
            "Xin chào! Tôi trả lời câu hỏi về các kế hoạch cải cách hành chính (CCHC) và "
            "chuyển đổi số (CĐS) của tỉnh Quảng Ngãi, kèm trích dẫn mục của văn bản.",
            "",
            "Bạn có thể hỏi, ví dụ:",
        ]
    return "\n".join(lines + [f"• {q}" for q in EXAMPLE_QUESTIONS])


def help_text(language: str | None = None, buttons: bool = True) -> str:
    if _en(language):
        how = ("Tap “Sources” under an answer to read the quoted passages, and 👍/👎 to rate it."
               if buttons else "Send “nguồn” to read the quoted passages of the last answer, and 👍 or 👎 to rate it.")
        return "\n".join([
            "Ask a question in Vietnamese or English; follow-up questions are understood in context.",
            how,
            "/start: examples · /help: this message",
        ])
    how = ("Bấm “Nguồn” dưới câu trả lời để xem đoạn trích dẫn, 👍/👎 để đánh giá."
           if buttons else "Gửi “nguồn” để xem đoạn trích dẫn của câu trả lời gần nhất; gửi 👍 hoặc 👎 để đánh giá.")
    return "\n".join([
        "Hãy đặt câu hỏi bằng tiếng Việt (hoặc tiếng Anh); câu hỏi tiếp theo được hiểu theo ngữ cảnh.",
        how,
        "/start: câu hỏi ví dụ · /help: hướng dẫn",
    ])


def text_only(language: str | None = None) -> str:
    if _en(language):
        return "Sorry, I can read text messages only: please type your question."
    return "Xin lỗi, tôi chỉ đọc được tin nhắn chữ. Bạn hãy gõ câu hỏi nhé (gửi /help để xem hướng dẫn)."


def rate_limited(retry_after_s: float) -> str:
    seconds = max(1, int(round(retry_after_s)))
    return (f"Bạn đã gửi khá nhiều câu hỏi trong một phút. Xin vui lòng đợi khoảng {seconds} giây "
            "rồi hỏi tiếp nhé. Cảm ơn bạn!")


def internal_error() -> str:
    return ("Xin lỗi, hệ thống đang gặp sự cố khi trả lời. Vui lòng thử lại sau ít phút. "
            "(Sorry, something went wrong; please try again shortly.)")


def starting() -> str:
    return ("Hệ thống đang khởi động, xin vui lòng hỏi lại sau ít phút. "
            "(The assistant is starting; please ask again in a minute.)")


def unknown_answer(language: str | None = None) -> str:
    if _en(language):
        return "That answer is no longer available; please ask again."
    return "Không tìm thấy câu trả lời này; vui lòng đặt lại câu hỏi."


def no_answer_yet(language: str | None = None) -> str:
    if _en(language):
        return "There is no answer to show sources for yet; ask a question first."
    return "Chưa có câu trả lời nào để xem nguồn hoặc đánh giá; hãy đặt câu hỏi trước nhé."


def no_citations(language: str | None = None) -> str:
    if _en(language):
        return "This answer has no quoted sources: the documents do not contain it."
    return "Câu trả lời này không có trích dẫn: các văn bản không có thông tin đó."


def thanks_for_feedback(rating: int, language: str | None = None) -> str:
    if _en(language):
        return "Thank you for your feedback! 👍" if rating > 0 else "Thank you; we will work on it. 👎"
    return "Cảm ơn bạn đã đánh giá! 👍" if rating > 0 else "Cảm ơn bạn đã góp ý, chúng tôi sẽ cải thiện. 👎"


def sources_label(language: str | None) -> str:
    return "Sources" if _en(language) else "Nguồn"


def feedback_hint(language: str | None) -> str:
    if _en(language):
        return "Send “nguồn” for the quoted passages; 👍 or 👎 to rate this answer."
    return "Gửi “nguồn” để xem trích dẫn; 👍 hoặc 👎 để đánh giá câu trả lời."


def section_label(section: str, language: str | None) -> str:
    """ "mục C.II.12.c", "phần ký", "signature block": the one rendering every surface uses (index/zones.py)."""
    return location(section, language or "vi")


def _unique(citations: list[Citation]) -> list[Citation]:
    seen, out = set(), []
    for c in citations:
        key = (c.document, c.section)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def blocks(reply: Reply, *, buttons: bool) -> list[Block]:
    """The reply as paragraphs. ``buttons``: the platform shows sources/feedback as buttons."""
    if reply.kind == "answer":
        out = [Block(reply.text)]
        # the compact list only names what the answer text does not already cite
        cited = [c for c in _unique(reply.citations)
                 if not (c.section in reply.text and c.title in reply.text)] if reply.grounded else []
        if cited:
            out += [Block(""), Block(f"{sources_label(reply.language)}:", "b")]
            out += [Block(f"• {c.title} — {section_label(c.section, reply.language)}") for c in cited]
        if not buttons and reply.message_id and reply.grounded:  # a decline has no sources to ask for
            out += [Block(""), Block(feedback_hint(reply.language), "i")]
        return out
    if reply.kind == "sources":
        heading = "Sources quoted" if _en(reply.language) else "Nguồn trích dẫn"
        out = [Block(heading, "b")]
        for i, c in enumerate(reply.citations, 1):
            out += [
                Block(""),
                Block(f"{i}. {c.title}", "b"),
                Block(section_label(c.section, reply.language)),
                Block(f"“{c.quote}”", "i"),
            ]
        return out
    return [Block(reply.text)]
