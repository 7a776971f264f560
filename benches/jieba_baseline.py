#!/usr/bin/env python3
"""What a Python team writes today: jieba.lcut each message and look every word up in the
lexicon's terms (added to jieba's dictionary so multi-word terms come out whole). Reads
messages from stdin, one per line; prints how many messages had a hit.

    python benches/jieba_baseline.py < target/bench/mix.txt
"""

import logging
import sys
from pathlib import Path

import jieba

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexicon_terms import terms  # noqa: E402

jieba.setLogLevel(logging.WARNING)
TERMS = set(terms())
for term in TERMS:
    jieba.add_word(term)
jieba.initialize()

flagged = 0
for line in sys.stdin:
    if any(word in TERMS for word in jieba.lcut(line.rstrip("\n"))):
        flagged += 1
print(flagged)
