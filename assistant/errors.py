"""Input checks and configuration errors shared by the CLI, the HTTP service and the bots."""
from __future__ import annotations

import unicodedata


class InputError(ValueError):
    """A question that cannot be answered as given; the message is safe to show a user."""


class NotConfigured(RuntimeError):
    """A setting something needs is missing (a bot's token or secret); the message names the variable.

    Defined here, below the bots that raise it, so that ``assistant serve`` can report it in one line
    without importing them."""


def clean_question(text: object, max_chars: int) -> str:
    """Return the question NFC-normalised and stripped, or raise InputError with a clear message."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("Câu hỏi không phải văn bản UTF-8 (question is not UTF-8 text).") from None
    if not isinstance(text, str):
        raise InputError("Câu hỏi phải là văn bản (question must be text).")
    if "\x00" in text or _mostly_control(text):
        raise InputError("Câu hỏi chứa dữ liệu nhị phân (question contains binary data).")
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").strip()
    if not text:
        raise InputError("Câu hỏi trống (empty question).")
    if len(text) > max_chars:
        raise InputError(
            f"Câu hỏi quá dài: {len(text)} ký tự, tối đa {max_chars} (question too long: {len(text)} > {max_chars} characters)."
        )
    return text


def _mostly_control(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\n\r\t")
    return bad > max(2, len(text) // 20)
