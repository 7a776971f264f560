#!/usr/bin/env bash
# The whole test suite: the Rust tests, then the Python bindings, built into a virtual
# environment under target/ and tested with pytest (including agreement with the stdin
# example on the development set). Idempotent: the venv is reused, only what changed is
# rebuilt. Extra arguments go to pytest (e.g. tests/run.sh -k threads).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test --release

venv=target/py-venv
if ! "$venv/bin/python" -c 'import sys' 2>/dev/null; then
    rm -rf "$venv"
    "${PYTHON:-python3}" -m venv "$venv"
fi
# maturin's build backend runs the `maturin` command, so the venv goes first on PATH.
export PATH="$PWD/$venv/bin:$PATH"
pip=("$venv/bin/python" -m pip --disable-pip-version-check --quiet)
"${pip[@]}" install "maturin>=1.9,<2" "pytest>=7" "jieba>=0.42"
# Always rebuild and reinstall the module from this checkout (cargo rebuilds what changed).
"${pip[@]}" install --no-build-isolation --no-deps --force-reinstall .

# The stdin example that tests/python/test_agreement.py compares against.
cargo build --release --examples
"$venv/bin/python" -m pytest tests/python "$@"
