"""The chat bots as an extension of the assistant (assistant/extensions.py): ``assistant bot`` and the webhook
routes on the HTTP service.

Cheap to import, as the CLI imports it before every command: the bots themselves (python-telegram-bot…) load
when the command runs or the service mounts the routes. ``bots.run`` checks the platform's name and mode.
"""
from __future__ import annotations


def add_commands(commands) -> None:
    s = commands.add_parser("bot", help="run a chat bot")
    s.add_argument("platform", help="telegram or zalo-bot (zalo-oa: webhook only; `serve` serves every webhook)")
    s.add_argument("--polling", action="store_true", help="poll for updates instead of serving a webhook")
    s.set_defaults(func=run_bot)


def run_bot(args, settings) -> int:
    from bots.run import main

    return main(settings, args.platform, "polling" if args.polling else "webhook") or 0


def mount(app, settings, assistant, store) -> str:
    """The Telegram/Zalo webhook routes (bots/webhooks.py); returns their prefix, as they read their own bodies.
    NotConfigured (one line) for a half-configured webhook."""
    from bots.webhooks import PREFIX, build_router

    app.include_router(build_router(settings, assistant, store))
    return PREFIX
