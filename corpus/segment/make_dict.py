#!/usr/bin/env python3
"""Write corpus/segment/dict.txt, the segmenter's dictionary, from the dictionary that
jieba-rs 0.11.0 ships (jieba's dict.txt, MIT): `word freq` lines, tags dropped.

Kept: every word of frequency 21 or more, and rarer words of at most five characters that
share a two-character sequence with a lexicon term, cue or allow phrase (自杀式, 跳楼价
decide a word boundary next to a hit). The other 214,000 words are names, idioms and
technical terms. Rarer words of six characters or more (2,300 of them on 2026-12-06, most
of them names of institutions and technical terms) were dropped on 2026-12-06, when the
lexicon lines of rounds 134-136 had taken the trie to 195,858 nodes: 186,680 without them,
and no dev row, benign line or review sentence changed (without those of five characters
as well, 183,013 nodes, but a paragraph of news about 十三陵水库 became critical). The cut
at 20 keeps the segmenter's trie under 196,608 nodes (190,000 on 2026-12-03), so that
its hash table (jieba-rs 0.11: 16-byte slots, at most six eighths full, doubled when
fuller) stays at 262,144 slots, 4 MB, where 226,000 nodes (a cut at 4 or 8) take 8 MB
and 12 MB while it doubles: the stdin example's peak fell from 101,000 to 93,800 KiB,
with the levels of 3 of 11,320 dev rows and none of 20,000 lines of the mix changed.
The cut moved to 21 on 2026-12-05 when the lexicon lines of round 125 took the trie to
196,610 nodes (195,020 at 21; no dev row or benign line changed). A cut at 22 drops 吊装
(frequency 21), and 工地明天早上吊装钢梁 then reads 吊 as a hanging beside a time:
look at what a higher cut changes before raising it again.
Rerun after editing the lexicons, and keep the node count (printed) under 196,608:

    python3 corpus/segment/make_dict.py [PATH/TO/jieba-rs/src/data/dict.txt]
"""

import glob
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benches"))
from lexicon_terms import expand  # noqa: E402

MIN_FREQ = 21
# The longest rarer word kept for a shared two-character sequence.
RARE_CHARS = 5
# The most trie nodes that fit jieba-rs's hash table of 262,144 slots (six eighths full).
TABLE_NODES = 262_144 * 6 // 8


def lexicon_bigrams() -> set[str]:
    grams = set()
    for tsv in sorted((ROOT / "corpus" / "lexicon").glob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.lstrip().startswith("#") or len(cols) not in (3, 5):
                continue
            for term in expand(cols[0].strip()):
                for part in re.split("…|\\.\\.\\.", term.lower()):
                    grams.update(part[i : i + 2] for i in range(len(part) - 1))
    return grams


def main() -> None:
    if len(sys.argv) > 1:
        source = Path(sys.argv[1])
    else:
        home = os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo"))
        found = glob.glob(f"{home}/registry/src/*/jieba-rs-0.11.0/src/data/dict.txt")
        if not found:
            sys.exit("jieba-rs 0.11.0 is not in the cargo registry: run `cargo fetch` first")
        source = Path(found[0])
    grams = lexicon_bigrams()
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) < 2:
            continue
        word, freq = fields[0], int(fields[1])
        if freq >= MIN_FREQ or (
            len(word) <= RARE_CHARS and any(word[i : i + 2] in grams for i in range(len(word) - 1))
        ):
            out.append(f"{word} {freq}\n")
    target = ROOT / "corpus" / "segment" / "dict.txt"
    target.write_text("".join(out), encoding="utf-8")
    # The trie's nodes below the root: every prefix of two characters or more.
    words = [line.split()[0] for line in out]
    nodes = {word[:i] for word in words for i in range(2, len(word) + 1)}
    print(f"{target.relative_to(ROOT)}: {len(out)} words, {len(nodes)} trie nodes (from {source})")
    if len(nodes) > TABLE_NODES:
        print(f"over {TABLE_NODES} nodes: the segmenter's table doubles; raise MIN_FREQ")


if __name__ == "__main__":
    main()
