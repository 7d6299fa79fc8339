#!/usr/bin/env bash
# Set everything up on a fresh machine, then answer a sample question.
#   bash scripts/setup.sh            venv + pinned dependencies with the [build] extra (torch first) + model + index
#                                    + a question
#   bash scripts/setup.sh --no-ask   the same without the question (used by scripts/test.sh)
# Idempotent: the second run only checks that each step is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  "$PYTHON" -m venv .venv
fi

stamp=".venv/.installed-$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "==> installing pinned dependencies (torch 2.13.0 CPU first)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q torch==2.13.0
  # requirements.lock pins every package of the project with its [build] extra (torch, transformers: building the
  # model) and its [test] extra; the project is installed against it as constraints, so nothing moves.
  .venv/bin/python -m pip install -q -r requirements.lock
  .venv/bin/python -m pip install -q --no-build-isolation -c requirements.lock -e ".[build,test]" 2>/dev/null \
    || .venv/bin/python -m pip install -q -c requirements.lock -e ".[build,test]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# Nothing may download model weights at run time.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1

echo "==> embedding model"
.venv/bin/assistant build-model
echo "==> indexing corpus/"
.venv/bin/assistant ingest

if [ "${1:-}" != "--no-ask" ]; then
  echo "==> sample question"
  .venv/bin/assistant ask "Ai chủ trì Bản tin PCI trên kênh truyền hình?"
  echo
  echo "Ready. Ask more with:  .venv/bin/assistant ask \"…\"   or chat with:  .venv/bin/assistant chat"
fi
