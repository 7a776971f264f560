"""Shared fixtures: the repository, the development set, the stdin example."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV_SETS = ("tune.jsonl", "holdout.jsonl")


def read_rows(name: str) -> list[dict]:
    """The rows of a development-set file (SPEC §5: text, recalled, labels, …)."""
    path = ROOT / "corpus" / "dev" / name
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def dev_rows() -> list[dict]:
    """Both halves of the development set."""
    return [row for name in DEV_SETS for row in read_rows(name)]


@pytest.fixture(scope="session")
def assess_bin() -> Path:
    """The Rust stdin example, built by `cargo build --release --examples` (tests/run.sh)."""
    path = Path(
        os.environ.get("JIUMING_ASSESS_BIN", ROOT / "target" / "release" / "examples" / "assess")
    )
    if not path.is_file():
        pytest.fail(
            f"{path} is missing: run `cargo build --release --examples` (tests/run.sh does)"
        )
    return path


@pytest.fixture
def lexicon_file(tmp_path: Path):
    """Write a lexicon file and return its path."""

    def write(text: str | bytes, name: str = "site.tsv") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write
