"""Running a bot on its own: clear errors before anything is loaded, every setting documented,
and log lines in the service's format with personal data masked."""
from __future__ import annotations

import ast
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import Settings
from bots.run import main
from bots.platforms import env_name
from scripted import PCI_QUESTION

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("platform, mode, message", [
    ("whatsapp", "polling", "unknown platform"),
    ("telegram", "carrier-pigeon", "unknown mode"),
    ("zalo-oa", "polling", "only deliver by webhook"),
    ("telegram", "polling", "QNA_TELEGRAM_TOKEN"),
    ("telegram", "webhook", "QNA_TELEGRAM_WEBHOOK_SECRET"),
    ("zalo-bot", "polling", "QNA_ZALO_BOT_TOKEN"),
    ("zalo-oa", "webhook", "QNA_ZALO_OA_APP_ID"),
])
def test_misconfiguration_is_a_clear_error(bot_settings, platform, mode, message):
    with pytest.raises(SystemExit) as exc:
        main(bot_settings, platform, mode)
    assert message in str(exc.value)


def test_a_missing_app_secret_is_named_alone(bot_settings):
    settings = bot_settings.model_copy(update={"zalo_oa_app_id": "2815430991648562345", "zalo_oa_secret_key": "oa",
                                               "zalo_oa_access_token": "a", "zalo_oa_refresh_token": "r"})
    with pytest.raises(SystemExit) as exc:
        main(settings, "zalo-oa", "webhook")
    assert str(exc.value) == "zalo-oa is not configured: set QNA_ZALO_APP_SECRET_KEY (environment or .env)."


def run_python(code: str, env: dict, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT / "tests" / "bots"), **env}
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)


def test_serve_refuses_a_half_configured_zalo_oa_in_one_line(tmp_path):
    env = {"QNA_HOME": str(tmp_path), "QNA_ZALO_OA_APP_ID": "2815430991648562345",
           "QNA_ZALO_OA_SECRET_KEY": "oa-secret", "QNA_ZALO_OA_ACCESS_TOKEN": "a", "QNA_ZALO_OA_REFRESH_TOKEN": "r"}
    proc = run_python("from assistant.cli import main; main(['serve', '--port', '9'])", env)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert err.decode().strip() == ("lỗi / error: zalo-oa is not configured: set QNA_ZALO_APP_SECRET_KEY "
                                    "(environment or .env).")


BOT = """
from assistant.config import Settings
from assistant.service import Assistant
from assistant.state import SQLiteStore
from bots.run import main
from scripted import ScriptedAnswerer

settings = Settings(_env_file=None)
store = SQLiteStore(settings.state_db)
main(settings, "zalo-bot", "polling", assistant=Assistant(settings, None, ScriptedAnswerer(), store), store=store)
"""


def test_bot_logs_have_time_and_level_show_info_and_mask_a_phone_shaped_chat_id(fake_zalo_bot, tmp_path):
    phone = "0905123456"
    env = {"QNA_HOME": str(tmp_path), "QNA_ZALO_BOT_TOKEN": fake_zalo_bot.token,
           "QNA_ZALO_BOT_BASE_URL": fake_zalo_bot.url}
    proc = run_python(BOT, env)
    try:
        fake_zalo_bot.deliver(fake_zalo_bot.update(phone, PCI_QUESTION))
        [answer] = fake_zalo_bot.wait_calls("sendMessage", 1, timeout=120)
        assert answer.params["chat_id"] == phone
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    log = err.decode()
    assert proc.returncode == 0, log
    assert phone not in log and "Traceback" not in log
    line = r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO bots\.[\w.]+: "
    assert re.search(line + "zalo-bot: polling", log, re.M), log
    assert re.search(line + r"zalo-bot: answered chat \[đã ẩn\]", log, re.M), log


def settings_read_by(paths) -> set[str]:
    """Settings fields named in the code (attributes such as ``settings.zalo_bot_token``, or strings)."""
    fields = set(Settings.model_fields)
    named = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in fields:
                named.add(node.attr)
            elif isinstance(node, ast.Constant) and node.value in fields:
                named.add(node.value)
    return named


def test_every_setting_the_bots_read_is_in_a_readme_table():
    fields = settings_read_by(sorted((ROOT / "bots").glob("*.py")))
    assert {"zalo_app_secret_key", "bot_http_timeout_s", "telegram_token"} <= fields
    table_rows = "\n".join(line for page in ("bots.md", "configuration.md")
                           for line in (ROOT / "docs" / page).read_text("utf-8").splitlines() if line.startswith("|"))
    undocumented = sorted(env_name(f) for f in fields if env_name(f) not in table_rows)
    assert undocumented == []


# -- a refused token or an unreachable platform: one line, never the token (issue 22) ---------------------------
WRONG_TOKEN = "123456:AAH-wrong_token_never_printed"


def run_cli(*args: str, env: dict) -> tuple[int, str]:
    proc = run_python("import sys; from assistant.cli import main; sys.exit(main(%r))" % (list(args),), env)
    out, err = proc.communicate(timeout=180)
    return proc.returncode, out.decode() + err.decode()


@pytest.mark.parametrize("mode", ["--polling", "webhook"])
def test_a_wrong_telegram_token_is_one_line_naming_the_setting(fake_telegram, tmp_path, mode):
    env = {"QNA_HOME": str(tmp_path), "QNA_TELEGRAM_TOKEN": WRONG_TOKEN, "QNA_TELEGRAM_BASE_URL": fake_telegram.base_url,
           "QNA_TELEGRAM_WEBHOOK_SECRET": "tg-webhook_secret-123"}
    code, output = run_cli("bot", "telegram", *([mode] if mode.startswith("--") else []), env=env)
    assert code == 1
    assert output.strip() == ("telegram getMe: Telegram refused the bot token (401 Unauthorized): check "
                              "QNA_TELEGRAM_TOKEN (the token @BotFather gave)")
    assert "AAH-wrong" not in output and "Traceback" not in output


def test_a_wrong_zalo_bot_token_is_one_line_naming_the_setting(fake_zalo_bot, tmp_path):
    env = {"QNA_HOME": str(tmp_path), "QNA_ZALO_BOT_TOKEN": WRONG_TOKEN, "QNA_ZALO_BOT_BASE_URL": fake_zalo_bot.url}
    code, output = run_cli("bot", "zalo-bot", "--polling", env=env)
    assert code == 1 and "Traceback" not in output and "AAH-wrong" not in output
    assert output.strip().splitlines()[-1] == ("zalo-bot getMe: Zalo refused the bot token (401 Unauthorized): "
                                               "check QNA_ZALO_BOT_TOKEN (the token Zalo Bot Creator gave)")


@pytest.mark.parametrize("platform", ["telegram", "zalo-bot"])
def test_an_unreachable_platform_is_retried_then_one_line(tmp_path, platform):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    env = {"QNA_HOME": str(tmp_path), "QNA_BOT_HTTP_MAX_ATTEMPTS": "3", "QNA_BOT_HTTP_BACKOFF_S": "0.01",
           **({"QNA_TELEGRAM_TOKEN": WRONG_TOKEN, "QNA_TELEGRAM_BASE_URL": closed + "/bot"} if platform == "telegram"
              else {"QNA_ZALO_BOT_TOKEN": WRONG_TOKEN, "QNA_ZALO_BOT_BASE_URL": closed})}
    code, output = run_cli("bot", platform, "--polling", env=env)
    assert code == 1 and "Traceback" not in output and "AAH-wrong" not in output, output
    lines = output.strip().splitlines()
    assert sum("retrying in" in line for line in lines) == 2  # one line a retry
    assert lines[-1].startswith(f"cannot reach {platform} after 3 tries (") and "check the network" in lines[-1]
