"""Group chats, on every platform that has them: the bot answers only what is meant for it — a command to it, a
message mentioning it, a reply to one of its messages — and each member has their own conversation within the
group, so that one member's follow-up is never read against another's question.

The platforms say these things in their own ways (Telegram with message entities, Zalo Bot in the text
itself); each transport finds them, and the rules are here, once.
"""
from __future__ import annotations

import re
import unicodedata


def meant_for_bot(text: str, *, command: str | None, my_names: tuple[str, ...], mention: str | None,
                  replies_to_bot: bool) -> str | None:
    """A group message's text if it is meant for the bot, else None (the group's other talk is not its business).

    ``command``: the command the message opens with ("/help", "/help@some_bot"), if any — meant for the bot unless
    it names another bot. ``mention``: the bot's mention as written in the text, taken out of the question.
    ``replies_to_bot``: the message replies to one of the bot's.
    """
    if command is not None:
        named = command.partition("@")[2].casefold()
        return text if not named or named in (n.casefold() for n in my_names) else None
    if mention is not None:
        return " ".join(text.replace(mention, " ", 1).split())
    return text if replies_to_bot else None


def conversation(chat_id: object, user_id: object, in_group: bool) -> str:
    """The core's chat (bots.core keeps one conversation per chat): the chat itself, or in a group each
    member's own conversation within it."""
    return f"{chat_id}:{user_id}" if in_group else str(chat_id)


def opening_command(text: str) -> str | None:
    """The ``/command`` a text opens with ("/help@bot hi" → "/help@bot"), or None."""
    stripped = text.lstrip()
    return stripped.split(maxsplit=1)[0] if stripped.startswith("/") else None


def written_mention(text: str, names: tuple[str, ...]) -> str | None:
    """The mention ``@name`` of one of ``names`` as written in ``text`` (NFC; any case), for a platform whose
    updates carry mentions only as text; None when there is none."""
    for name in sorted(filter(None, names), key=len, reverse=True):  # "@Trợ lý CCHC" before "@Trợ lý"
        pattern = "@" + re.escape(unicodedata.normalize("NFC", name))
        found = re.search(pattern + r"(?!\w)", text, re.IGNORECASE)
        if found:
            return found.group(0)
    return None
