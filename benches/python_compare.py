#!/usr/bin/env python3
"""Throughput of jiuming.assess_batch against a jieba.lcut + dictionary-lookup script.

The messages are the development-set texts (corpus/dev/*.jsonl) repeated to --messages
(20,000 by default). The baseline is what one would write in Python without jiuming: the
risk terms of corpus/lexicon/{self_harm,fraud_victim,dispute}.tsv (first column) added to
jieba's dictionary, each message cut with jieba.lcut, each word looked up in the term set.
It finds hits only; jiuming also normalises, reads context and scores.

    target/py-venv/bin/python benches/python_compare.py [--messages N] [--rounds R]

Prints messages/s of each, one thread (jiuming: best of R rounds; jieba: one round, it
takes seconds), and the ratio.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")


def messages(count: int) -> tuple[list[str], list[bool]]:
    rows = []
    for name in ("tune.jsonl", "holdout.jsonl"):
        with (ROOT / "corpus" / "dev" / name).open(encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    rows = (rows * (count // len(rows) + 1))[:count]
    return [r["text"] for r in rows], [bool(r.get("recalled", False)) for r in rows]


def lexicon_terms() -> set[str]:
    """The plain risk terms, alternations expanded (benches/lexicon_terms.py)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from lexicon_terms import terms

    return set(terms())


def best_of(rounds: int, run: Callable[[], T]) -> tuple[float, T]:
    """The shortest time of `rounds` runs, and the result of the last."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--file",
        type=Path,
        help="messages, one per line (e.g. target/bench/mix.txt from benches/corpus.sh) "
        "instead of the development set",
    )
    args = parser.parse_args()
    if args.messages < 1 or args.rounds < 1:
        parser.error("--messages and --rounds must be at least 1")

    import jieba  # type: ignore[import-untyped,import-not-found,unused-ignore]
    import jiuming

    if args.file:
        texts = args.file.read_text(encoding="utf-8").splitlines()[: args.messages]
        recalled = [False] * len(texts)
    else:
        texts, recalled = messages(args.messages)
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} messages, {chars / len(texts):.1f} characters on average")

    jiuming.assess_batch(texts[:100])  # build the default detector and its tables
    batch_time, results = best_of(
        args.rounds, lambda: jiuming.assess_batch(texts, recalled=recalled)
    )
    flagged = sum(a.needs_attention for a in results)
    single_time, _ = best_of(
        args.rounds,
        lambda: [jiuming.assess(t, recalled=r) for t, r in zip(texts, recalled, strict=True)],
    )

    jieba.setLogLevel(logging.WARNING)
    terms = lexicon_terms()
    jieba.initialize()
    for term in terms:
        jieba.add_word(term)

    def jieba_lookup() -> int:
        hits = 0
        for text in texts:
            hits += sum(1 for word in jieba.lcut(text) if word in terms)
        return hits

    for text in texts[:100]:
        jieba.lcut(text)
    jieba_time, jieba_hits = best_of(1, jieba_lookup)  # one round: it takes seconds

    rate = len(texts) / batch_time
    print(f"jiuming.assess_batch      {rate:12,.0f} messages/s  ({flagged} at medium or above)")
    print(f"jiuming.assess per call   {len(texts) / single_time:12,.0f} messages/s")
    print(
        f"jieba.lcut + term lookup  {len(texts) / jieba_time:12,.0f} messages/s  "
        f"({jieba_hits} term hits, {len(terms)} terms)"
    )
    print(f"ratio assess_batch / jieba: {jieba_time / batch_time:.1f}x")


if __name__ == "__main__":
    main()
