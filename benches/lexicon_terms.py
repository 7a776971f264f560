#!/usr/bin/env python3
"""Print every plain risk term of corpus/lexicon/*.tsv, one per line, alternations
expanded ([想|要]死 → 想死, 要死). Proximity terms (被…骗了) are left out: no fixed-string
scanner or dictionary lookup can express them. Used by benches/compare.sh and
benches/python_compare.py."""

import itertools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = ("self_harm", "fraud_victim", "dispute", "slang")


def expand(pattern: str) -> list[str]:
    pieces = re.split(r"(\[[^\]]*\])", pattern)
    options = [p[1:-1].split("|") if p.startswith("[") else [p] for p in pieces]
    return ["".join(choice) for choice in itertools.product(*options)]


def terms() -> list[str]:
    out = set()
    for name in CATEGORIES:
        for line in (ROOT / "corpus" / "lexicon" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) != 5 or line.lstrip().startswith("#") or "…" in cols[0] or "..." in cols[0]:
                continue
            out.update(t.strip() for t in expand(cols[0].strip()) if t.strip())
    return sorted(out)


if __name__ == "__main__":
    sys.stdout.write("\n".join(terms()) + "\n")
