"""The messaging platforms this project ships, registered with ``bots.platforms`` by importing them.

Whatever runs bots (``bots.run``, ``bots.webhooks``) imports this module; the shared machinery then finds
each platform by name. Their order here is the order in which they are checked and flushed.
"""
from bots import telegram, zalo_oa, zalo_bot  # noqa: F401  (each registers itself)

__all__ = ["telegram", "zalo_oa", "zalo_bot"]
