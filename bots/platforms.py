"""The messaging-platform interface and the registry of platforms, looked up by name.

Each platform module (``telegram``, ``zalo_oa``, ``zalo_bot``) describes itself once with a
``Platform`` (the settings each way of receiving updates needs, whether its webhook updates
wait in the durable inbox, how to make its transport) and registers it here. What the
platforms share (``transports.Bots``, the webhook routes, ``bots.run``) asks this registry by
name, so it never imports a platform module and no platform module imports it back: the
platform modules import only this module and the shared pieces below them. ``bots.builtin``
imports the platforms this project ships.

The settings checks live here too: they read each platform's needs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Mapping, Protocol

from assistant.errors import NotConfigured

if TYPE_CHECKING:  # types only: the core and the courier sit below the platforms
    from assistant.config import Settings
    from bots.core import BotCore
    from bots.delivery import Courier
    from bots.http_client import RetryPolicy
    from bots.outbox import Outbox

__all__ = ["NotConfigured", "Platform", "Transport", "env_name", "get", "inbox_names", "missing_settings",
           "names", "register", "require", "require_complete_webhooks"]


class Transport(Protocol):
    """What the shared machinery asks of a platform's transport (each adds its own webhook and polling calls)."""

    courier: "Courier"  # sends replies; what cannot be sent waits in the outbox

    def chat_of(self, update: dict) -> str | None:
        """The chat of an update kept in the inbox, whose updates are answered in order (inbox platforms)."""

    async def handle_update(self, update: dict) -> None:
        """Answer one update kept in the inbox (inbox platforms)."""

    async def aclose(self) -> None:
        """Release the HTTP clients."""


@dataclass(frozen=True)
class Platform:
    name: str  # "telegram", "zalo-oa", "zalo-bot": the CLI's, the webhook path's and the stores' name for it
    needs: Mapping[str, tuple[str, ...]]  # ways of receiving updates ("polling", "webhook") → settings each needs
    inbox: bool  # webhook updates are kept in the durable inbox and acknowledged at once, even while loading
    transport: Callable[["Settings", "BotCore", "Outbox", "RetryPolicy"], Transport]

    def can(self, mode: str) -> bool:
        return mode in self.needs


_PLATFORMS: dict[str, Platform] = {}


def register(platform: Platform) -> Platform:
    """Make ``platform`` known by its name (a platform module does this once, when imported)."""
    _PLATFORMS[platform.name] = platform
    return platform


def get(name: str) -> Platform:
    """The platform called ``name``; ValueError naming the known ones otherwise."""
    try:
        return _PLATFORMS[name]
    except KeyError:
        raise ValueError(f"unknown platform {name!r}; expected one of: {', '.join(names())}") from None


def names() -> tuple[str, ...]:
    return tuple(_PLATFORMS)


def inbox_names() -> tuple[str, ...]:
    """Platforms whose webhook updates wait in the inbox (Zalo wants a 200 within 2 s and disables a webhook that
    keeps failing); the others are answered 503 while the assistant loads (Telegram keeps and retries them)."""
    return tuple(name for name, p in _PLATFORMS.items() if p.inbox)


# -- settings checks ------------------------------------------------------------------------------------
def env_name(field: str) -> str:
    return "QNA_" + field.upper()


def missing_settings(settings: "Settings", platform: str, mode: str) -> list[str]:
    """The environment variables ``platform`` needs in ``mode`` that are unset."""
    return [env_name(f) for f in get(platform).needs[mode] if not getattr(settings, f)]


def require(settings: "Settings", platform: str, mode: str) -> None:
    """NotConfigured, with one line naming every missing variable, unless ``platform`` can run in ``mode``."""
    missing = missing_settings(settings, platform, mode)
    if missing:
        raise NotConfigured(f"{platform} is not configured: set {', '.join(missing)} (environment or .env).")


def require_complete_webhooks(settings: "Settings") -> None:
    """Refuse to start with a webhook half set up: one of its webhook-only settings given, another missing.

    A token alone is not a half webhook (that bot may be polling elsewhere).
    """
    for platform in _PLATFORMS.values():
        polling = platform.needs.get("polling", ())
        webhook_only = [f for f in platform.needs["webhook"] if f not in polling]
        if any(getattr(settings, f) for f in webhook_only):
            require(settings, platform.name, "webhook")
