#!/usr/bin/env bash
# Messages per second on the same message file for:
#   (a) the stdin example (normalise, match, segment hits, context, score, JSON out), on one
#       thread and with --threads set to the machine's cores;
#   (b) Python jieba.lcut + dictionary lookup of the same terms (benches/jieba_baseline.py);
#   (c) rg -F -f over the same terms: bare multi-pattern scanning, the floor.
# Usage: benches/compare.sh [FILE]   (default target/bench/mix.txt, built by benches/corpus.sh)
# Needs: python3 with jieba (tests/run.sh installs it into target/py-venv), and rg.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-target/bench/mix.txt}
[ -s "$file" ] || benches/corpus.sh
python=${PYTHON:-target/py-venv/bin/python}
[ -x "$python" ] || python=python3
mkdir -p target/bench
python3 benches/lexicon_terms.py > target/bench/terms.txt
cargo build --release --example assess --quiet
lines=$(wc -l < "$file")

seconds() { # best of 3 wall-clock runs of a command, in seconds
  local best=
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N); "$@" > /dev/null; t1=$(date +%s.%N)
    best=$(python3 -c "b='$best'; t=$t1-$t0; print(t if not b or t < float(b) else b)")
  done
  echo "$best"
}

cores=$(nproc)
a=$(seconds sh -c "target/release/examples/assess < '$file' || true")
p=$(seconds sh -c "target/release/examples/assess --threads $cores < '$file' || true")
c=$(seconds sh -c "rg -F -c -f target/bench/terms.txt '$file' || true")
t0=$(date +%s.%N); "$python" benches/jieba_baseline.py < "$file" > /dev/null; t1=$(date +%s.%N)
b=$(python3 -c "print($t1-$t0)")

python3 - "$lines" "$a" "$b" "$c" "$(wc -l < target/bench/terms.txt)" "$p" "$cores" <<'PY'
import sys
n, a, b, c, terms, p, cores = int(sys.argv[1]), *map(float, sys.argv[2:5]), sys.argv[5], float(sys.argv[6]), sys.argv[7]
print(f"{n} messages, {terms} terms")
for name, t in (("jiuming stdin example", a), (f"  same, --threads {cores}", p),
                ("python jieba.lcut + lookup", b), ("rg -F -f (scan floor)", c)):
    print(f"{name:<28} {t:8.2f} s {n / t:12,.0f} msg/s")
def against_scan(t):
    return f"{c / t:.1f}x faster than" if t < c else f"{t / c:.1f}x slower than"
print(f"one thread: jiuming {b / a:.1f}x faster than the jieba script, {against_scan(a)} the bare scan")
print(f"{cores} threads: jiuming {b / p:.1f}x faster than the jieba script, {against_scan(p)} the bare scan")
PY
