#!/usr/bin/env bash
# Consumer tests: each stack's own code reads the exports (tests/consumers/README.md).
# Every stack gets its own virtual environment, built from its pinned requirements file
# with --no-deps (so pip pulls nothing else, no other torch), this checkout on PYTHONPATH;
# the project's own environment is untouched. An environment is reused while its
# requirements file is unchanged.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
base=${IAD_DATA_CONSUMER_VENVS:-/tmp/iad-data-consumers}
status=0
for stack in trl_grpo llamafactory swift; do
  req="tests/consumers/requirements-${stack%_grpo}.txt"
  venv="$base/${stack%_grpo}"
  if ! cmp -s "$req" "$venv/.requirements.txt" 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --no-deps -r "$req"
    cp "$req" "$venv/.requirements.txt"
  fi
  echo "== consumer tests: ${stack%_grpo} ($venv)"
  PYTHONPATH="$root" "$venv/bin/python" -m pytest -q -p no:cacheprovider -m consumers \
    "tests/consumers/test_${stack}.py" || status=1
done
exit "$status"
