#!/usr/bin/env bash
# Messages per second on the same message file for:
#   (a) the stdin example (normalise, match, segment hits, context, score, JSON out), on one
#       thread and with --threads set to the machine's cores;
#   (b) Python jieba.lcut + dictionary lookup of the same terms (benches/jieba_baseline.py);
#   (c) rg -F -f over the same terms: bare multi-pattern scanning, the floor.
# Each is also timed on the file's first line alone: its start-up (jiuming: building the
# detector, reading the wording model, loading the segmenter's dictionary; the script:
# importing jieba and adding the terms to its dictionary), paid once per process. The
# steady rate is the other messages over the time after start-up.
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

first=$(mktemp)
trap 'rm -f "$first"' EXIT
head -n 1 "$file" > "$first"

cores=$(nproc)
jiuming() { seconds sh -c "target/release/examples/assess $* || true"; }
a=$(jiuming "< '$file'")
a0=$(jiuming "< '$first'")
p=$(jiuming "--threads $cores < '$file'")
p0=$(jiuming "--threads $cores < '$first'")
c=$(seconds sh -c "rg -F -c -f target/bench/terms.txt '$file' || true")
c0=$(seconds sh -c "rg -F -c -f target/bench/terms.txt '$first' || true")
once() { # wall-clock seconds of one run of the jieba script on a file
  local t0 t1
  t0=$(date +%s.%N); "$python" benches/jieba_baseline.py < "$1" > /dev/null; t1=$(date +%s.%N)
  python3 -c "print($t1-$t0)"
}
b=$(once "$file")
b0=$(once "$first")

python3 - "$lines" "$(wc -l < target/bench/terms.txt)" "$cores" "$a" "$a0" "$p" "$p0" "$b" "$b0" "$c" "$c0" <<'PY'
import sys
n, terms, cores = int(sys.argv[1]), sys.argv[2], sys.argv[3]
a, a0, p, p0, b, b0, c, c0 = map(float, sys.argv[4:12])
def steady(t, t0):
    """Messages a second after start-up; None where the file is too short to tell."""
    return (n - 1) / (t - t0) if t - t0 > 0.1 * t else None
def rate(r):
    return "-" if r is None else f"{r:,.0f}"
def ratio(x, y):
    return "-" if x is None or y is None else f"{x / y:.1f}x"
print(f"{n} messages, {terms} terms; start-up is the time on the first line alone")
print(f"{'':<28} {'whole run':>10} {'msg/s':>10} {'start-up':>9} {'steady msg/s':>13}")
for name, t, t0 in (("jiuming stdin example", a, a0), (f"  same, --threads {cores}", p, p0),
                    ("python jieba.lcut + lookup", b, b0), ("rg -F -f (scan floor)", c, c0)):
    print(f"{name:<28} {t:8.2f} s {n / t:10,.0f} {t0:7.2f} s {rate(steady(t, t0)):>13}")
def against_scan(t, t0):
    return (f"{c / t:.1f}x faster than" if t < c else f"{t / c:.1f}x slower than",
            ratio(steady(t, t0), steady(c, c0)))
for label, t, t0 in (("one thread", a, a0), (f"{cores} threads", p, p0)):
    whole, scan = against_scan(t, t0)
    print(f"{label}: jiuming {b / t:.1f}x faster than the jieba script ({ratio(steady(t, t0), steady(b, b0))} steady), "
          f"{whole} the bare scan (steady: {scan} its rate)")
PY
