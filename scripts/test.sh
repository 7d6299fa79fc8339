#!/usr/bin/env bash
# Run every test and the evaluation gate. Sets up first (idempotent), so it works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --no-ask

# Headless Chromium for the web-chat end-to-end test (Debian's package; tests skip it only if absent).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "==> installing chromium"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
    || echo "warning: could not install chromium" >&2
fi

# Postgres for the scale-out test (tests/deploy) and the state copy test (tests/assistant/test_storage.py); Debian's
# package, run as its postgres user; those tests are skipped only if it is absent.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1 \
   && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "==> installing postgresql"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
    || echo "warning: could not install postgresql" >&2
fi

export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
echo "==> tests"
.venv/bin/python -m pytest -q "$@"
if [ -f evals/qa.jsonl ] && [ $# -eq 0 ]; then
  echo "==> evaluation gate"
  .venv/bin/assistant eval
fi
