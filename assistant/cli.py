"""The `assistant` command: ingest, diff, ask, chat, serve, state copy, build-model, and the extensions' eval and bot.

Every failure a user can cause (empty, oversized or binary input, no index yet, an
unreadable corpus file, a reader that closes the pipe early as ``| head`` does) ends in
one clear line on stderr (or none) and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from assistant import extensions
from assistant.config import get_settings
from index.zones import location

EXIT_INPUT, EXIT_NO_INDEX, EXIT_FAILED = 2, 3, 4
EXIT_FILES_FAILED = 5  # `assistant ingest` indexed what it could, but some corpus files failed
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader went away


def _err(message: str, code: int) -> int:
    print(f"lỗi / error: {message}", file=sys.stderr)
    return code


def _load_assistant(settings):
    """The loaded assistant (the torch backend's loading bars are turned off where it loads, index/embedding.py)."""
    from assistant.service import Assistant

    return Assistant.load(settings)


def format_answer(answer) -> str:
    """A readable answer with its sources, for terminals."""
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append("Nguồn:" if answer.language == "vi" else "Sources:")
        for i, c in enumerate(answer.citations, start=1):
            lines.append(f"[{i}] {c.title} — {location(c.section, answer.language)} ({c.document})")
            if c.quote:
                quote = c.quote if len(c.quote) <= 400 else c.quote[:400].rsplit(" ", 1)[0] + "…"
                lines.append(f"    “{quote}”")
    return "\n".join(lines)


def cmd_ingest(args, settings) -> int:
    from index.ingest import ingest
    from index.ingest_lock import IngestLockError

    try:
        report = ingest(settings, progress=not args.quiet)
    except IngestLockError as exc:
        return _err(str(exc), EXIT_FAILED)
    for name, reason in sorted(report.skipped.items()):
        print(f"bỏ qua / skipped {name}: {reason}", file=sys.stderr)
    for name, reason in sorted(report.failed.items()):
        print(f"lỗi / failed {name}: {reason}", file=sys.stderr)
    print(f"ingest: {report.summary()} → {report.generation}")
    _print_plan_changes(settings, report)
    return EXIT_FILES_FAILED if report.failed else 0


def _print_plan_changes(settings, report) -> None:
    """After an update, what changed in each plan that replaced another (index/plan_diff.py); a failure here
    costs the summary, never the ingest."""
    from index.plan_diff import update_snapshots

    try:
        diffs = update_snapshots(settings.corpus_dir, settings.home, skip=report.failed)
    except Exception as exc:  # noqa: BLE001 - the index is built; only the summary is lost
        print(f"cảnh báo / warning: no plan diff ({type(exc).__name__}: {exc})", file=sys.stderr)
        return
    for d in diffs:
        print(f"\nkế hoạch thay đổi / plan changed: {d.text(limit=20)}")


def cmd_diff(args, settings) -> int:
    from index.plan_diff import diff_plans, load_plan, replaces

    try:
        old = load_plan(args.old, settings.corpus_dir, settings.home)
        new = load_plan(args.new, settings.corpus_dir, settings.home)
    except FileNotFoundError as exc:
        return _err(str(exc), EXIT_INPUT)
    except Exception as exc:  # noqa: BLE001 - an unreadable file is bad input, not a crash
        return _err(f"cannot read the plans: {type(exc).__name__}: {exc}", EXIT_INPUT)
    d = diff_plans(old, new, replaces(new, old) or "")
    print(json.dumps(d.to_json(), ensure_ascii=False, indent=1) if args.json else d.text())
    return 0


def _read_stdin_text() -> str:
    data = sys.stdin.buffer.read()
    if b"\x00" in data:
        raise ValueError("binary data on standard input")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("standard input is not UTF-8 text") from None


def cmd_ask(args, settings) -> int:
    from assistant.errors import InputError, clean_question

    if args.question is None and not args.json:
        return _err("give a question: assistant ask \"Ai chủ trì …?\" (or --json to read questions from stdin)", EXIT_INPUT)
    if args.question is not None:
        try:  # check the input before loading anything heavy
            question = clean_question(args.question, settings.max_question_chars)
        except InputError as exc:
            return _err(str(exc), EXIT_INPUT)
        assistant = _load_assistant(settings)
        result = assistant.ask(question)
        if args.json:
            print(json.dumps(result.answer.to_json(), ensure_ascii=False))
        else:
            print(format_answer(result.answer))
        return 0
    try:
        text = _read_stdin_text()
    except ValueError as exc:
        return _err(str(exc), EXIT_INPUT)
    assistant = _load_assistant(settings)
    status = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            result = assistant.ask(line)
            out = result.answer.to_json()
        except InputError as exc:
            out, status = {"question": line[:200], "error": str(exc)}, EXIT_INPUT
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return status


def cmd_chat(args, settings) -> int:
    from assistant.errors import InputError

    assistant = _load_assistant(settings)
    assistant.prepare()  # many questions to come: the full tokenizer now, not in the middle of one
    conversation = assistant.conversations.new()
    print("Hỏi về kế hoạch CCHC/CĐS của tỉnh Quảng Ngãi (gõ 'thoát' hoặc Ctrl-D để kết thúc).")
    while True:
        try:
            question = input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if question.strip().lower() in ("thoát", "thoat", "exit", "quit"):
            return 0
        if not question.strip():
            continue
        try:
            result = assistant.ask(question, conversation)
        except InputError as exc:
            print(f"lỗi: {exc}")
            continue
        print(format_answer(result.answer))
        print()


def cmd_serve(args, settings) -> int:
    from assistant.http.app import serve

    serve(settings, host=args.host or settings.host, port=args.port or settings.port, workers=args.workers)
    return 0


def cmd_build_model(args, settings) -> int:
    from index.model_builder import ModelBuildError, build_lines

    try:
        for line in build_lines(settings):
            print(line)
    except ModelBuildError as exc:
        return _err(str(exc), EXIT_FAILED)
    return 0


def cmd_state_copy(args, settings) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from assistant import storage

    source = args.source or storage.target(settings)
    if "://" not in str(source) and not os.path.isfile(source):  # opening it would make an empty one
        return _err(f"nothing copied: there is no state database at {source}", EXIT_INPUT)
    try:
        with _opened(source) as src, _opened(args.to) as dst:
            copied = storage.copy_state(src, dst)
            where = storage.display_url(dst)
    except storage.CopyRefused as exc:
        return _err(f"nothing copied: {exc}", EXIT_INPUT)
    except (SQLAlchemyError, OSError) as exc:
        return _err(f"nothing copied: {type(exc).__name__}: {str(exc).splitlines()[0]}", EXIT_FAILED)
    print(f"state copy: {', '.join(f'{n} {t}' for t, n in copied.items())} → {where}")
    return 0


def _opened(where):
    """A ``storage.Database`` closed at the end of the block."""
    from contextlib import closing

    from assistant import storage

    return closing(storage.Database(where))


def build_parser(settings=None) -> argparse.ArgumentParser:
    """The commands, with those of the extensions the settings name (``eval``, ``bot``; assistant/extensions.py)."""
    settings = settings or get_settings()
    p = argparse.ArgumentParser(prog="assistant", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("ingest", help="index corpus/ (incremental)")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.add_argument("--strict", action="store_true",
                   help="kept for old scripts: ingest always exits 5 when a corpus file failed")
    s.set_defaults(func=cmd_ingest)
    s = sub.add_parser("diff", help="what changed between two versions of a plan (activities added, removed, "
                                    "changed field by field)")
    s.add_argument("old", help="the older plan: a path or a file name in the corpus")
    s.add_argument("new", help="the newer plan: a path or a file name in the corpus")
    s.add_argument("--json", action="store_true", help="print the diff as JSON")
    s.set_defaults(func=cmd_diff)
    s = sub.add_parser("ask", help="answer one question (or, with --json and no question, one per stdin line)")
    s.add_argument("question", nargs="?")
    s.add_argument("--json", action="store_true", help="print JSON: question, answer, grounded, citations")
    s.set_defaults(func=cmd_ask)
    s = sub.add_parser("chat", help="multi-turn chat in the terminal")
    s.set_defaults(func=cmd_chat)
    s = sub.add_parser("serve", help="HTTP API, OpenAI-compatible API and web chat")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.add_argument("--workers", type=int, help="processes on the port, each stateless (default QNA_WORKERS, 1); "
                                                "the state is in the database (QNA_DATABASE_URL for several machines)")
    s.set_defaults(func=cmd_serve)
    s = sub.add_parser("state", help="the state database (conversations, feedback, the bots' queues)")
    state = s.add_subparsers(dest="action", required=True)
    s = state.add_parser("copy", help="copy the state into an empty database, e.g. from SQLite to Postgres")
    s.add_argument("--to", required=True, metavar="URL",
                   help="the target: postgresql://user:password@host:port/db (or a SQLite file's path)")
    s.add_argument("--from", dest="source", metavar="URL",
                   help="the source (default: this deployment's, QNA_DATABASE_URL or the SQLite state file)")
    s.set_defaults(func=cmd_state_copy)
    s = sub.add_parser("build-model", help="build the offline embedding model (done by set-up)")
    s.set_defaults(func=cmd_build_model)
    extensions.add_commands(settings.extensions, sub)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader has gone (`| head`): nothing more to say. Point stdout at /dev/null so that
        # Python's final flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _run(argv: list[str] | None) -> int:
    try:
        settings = get_settings()
        args = build_parser(settings).parse_args(argv)
        from index.store import IndexMissing

        try:
            return args.func(args, settings)
        except IndexMissing as exc:
            return _err(str(exc), EXIT_NO_INDEX)
    finally:
        sys.stdout.flush()  # here rather than at exit, so that a closed pipe is caught in main


if __name__ == "__main__":
    sys.exit(main())
