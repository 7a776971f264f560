"""The Python module and the Rust stdin example (target/release/examples/assess) give the
same answer for every row of the development set."""

from __future__ import annotations

import json
import subprocess

import pytest

import jiuming
from conftest import DEV_SETS, ROOT, read_rows


def rust_outputs(assess_bin, name: str) -> list[dict]:
    path = ROOT / "corpus" / "dev" / name
    with path.open("rb") as stdin:
        run = subprocess.run(
            [str(assess_bin)], stdin=stdin, capture_output=True, check=False, timeout=300
        )
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    return [json.loads(line) for line in run.stdout.decode().splitlines()]


@pytest.mark.parametrize("name", DEV_SETS)
def test_same_levels_and_output_as_the_stdin_example(assess_bin, name):
    rows = read_rows(name)
    rust = rust_outputs(assess_bin, name)
    assert len(rust) == len(rows)

    batch = jiuming.assess_batch(
        [row["text"] for row in rows], recalled=[row.get("recalled", False) for row in rows]
    )
    failures = []
    for row, python, expected in zip(rows, batch, rust, strict=True):
        if python.level != expected["level"]:
            failures.append(
                f"{row.get('id')}: {row['text']!r} recalled={row.get('recalled', False)}: "
                f"python {python.level}, rust {expected['level']}"
            )
        # The whole output agrees too, id included when passed.
        single = jiuming.assess(row["text"], recalled=row.get("recalled", False), id=row.get("id"))
        if single.to_dict() != expected:
            failures.append(
                f"{row.get('id')}: {single.to_json()} != {json.dumps(expected, ensure_ascii=False)}"
            )
    assert not failures, f"{len(failures)} of {len(rows)} rows differ:\n" + "\n".join(failures)
