#!/bin/sh
# Instructions per message inside Detector::assess, counted by callgrind (valgrind): a
# figure that does not move with the speed of a shared machine, for comparing two builds.
#
#     benches/instructions.sh MESSAGE|@FILE [ROUNDS]
#
# Needs valgrind (apt-get install valgrind). The example assesses everything once before
# counting starts, so lazy tables and the segmenter's dictionary are not counted.
set -eu
what=${1:?usage: benches/instructions.sh MESSAGE|@FILE [ROUNDS]}
rounds=${2:-1}
cd "$(dirname "$0")/.."
cargo build --release --quiet --example repeat
collected=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \
    '--toggle-collect=*repeat*measured*' "${CARGO_TARGET_DIR:-target}/release/examples/repeat" "$what" "$rounds" 2>&1 \
    | sed -n 's/.*Collected : //p')
case $what in
    @*) messages=$(wc -l < "${what#@}") ;;
    *) messages=1 ;;
esac
# The warm pass is outside the count; the measured rounds are inside it.
echo "$((collected / (rounds * messages))) instructions a message ($collected for $rounds round(s) of $messages)"
