"""benches/python_compare.py keeps working (on a few messages; the numbers are not checked)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT


def test_bench_script_runs():
    pytest.importorskip("jieba")
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benches" / "python_compare.py"),
            "--messages",
            "300",
            "--rounds",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "messages/s" in run.stdout
    assert "ratio" in run.stdout
