"""A scripted Answerer for tests about what the bots do with an answer (formatting,
escaping, splitting, sending), where the answer itself must be known in advance.

Answering end to end is tested with the session's real Assistant (``qna``); this is
only used where a test needs "<", "&", a 9,000-character answer, or a failure of
the platform rather than of the answer.
"""
from __future__ import annotations

import dataclasses
from typing import Iterator, Sequence

from assistant.answers import Answer, Citation, Turn

PCI_QUESTION = "Ai chủ trì Bản tin PCI trên kênh truyền hình?"
PCI_DOCUMENT = "2025-ubnd-tinh-du-thao-ke-hoach-truyen-thong-cchc-cds.txt"
PCI_TITLE = "Kế hoạch Truyền thông về Cải cách hành chính và Chuyển đổi số tỉnh Quảng Ngãi năm 2025"
ESCAPE_QUESTION = "Tỷ lệ nào nhỏ hơn?"
ESCAPE_ANSWER = "Tỷ lệ <b>không phải thẻ</b>: 3 < 5 & 7 > 2, Sở KH&CN."
LONG_QUESTION = "Cho tôi câu trả lời thật dài."
LONG_SENTENCE = "Đây là một câu khá dài về cải cách hành chính của tỉnh Quảng Ngãi, có số liệu 05 phút/số. "
LONG_ANSWER = (LONG_SENTENCE * 110).strip()  # ~9,800 characters
ENGLISH_QUESTION = "Who leads the PCI bulletin on television?"

_PCI_CITATION = Citation(PCI_DOCUMENT, PCI_TITLE, "C.II.12.c", "- Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.")

ANSWERS = {
    PCI_QUESTION: Answer(PCI_QUESTION, "Đài Phát thanh và Truyền hình tỉnh chủ trì Bản tin PCI trên kênh truyền hình "
                                       "(mục C.II.12.c).", True, [_PCI_CITATION], "vi", "lead"),
    ENGLISH_QUESTION: Answer(ENGLISH_QUESTION, "The provincial Radio and Television Station (Đài Phát thanh và Truyền "
                                               "hình tỉnh) leads it (section C.II.12.c).", True, [_PCI_CITATION], "en",
                             "lead"),
    ESCAPE_QUESTION: Answer(ESCAPE_QUESTION, ESCAPE_ANSWER, True,
                            [Citation(PCI_DOCUMENT, "Kế hoạch <thử> & kiểm tra", "I.1", "Trích dẫn có < và & bên trong.")],
                            "vi", "fact"),
    LONG_QUESTION: Answer(LONG_QUESTION, LONG_ANSWER, True, [_PCI_CITATION], "vi", "general"),
}

REFUSAL = "Không tìm thấy thông tin này trong các văn bản kế hoạch."


class ScriptedAnswerer:
    name = "scripted"

    def __init__(self) -> None:
        self.histories: list[list[str]] = []  # the earlier questions each call was shown

    def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        self.histories.append([t.question for t in history])
        known = ANSWERS.get(question)
        if known is not None:
            return dataclasses.replace(known, citations=list(known.citations))
        return Answer(question, REFUSAL, False, [], "vi", "general")

    def stream(self, question: str, history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        answer = self.answer(question, history)
        yield answer.answer
        yield answer
