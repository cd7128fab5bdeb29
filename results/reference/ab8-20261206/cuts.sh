#!/bin/bash
# The 8-round A/A of the per-batch rows, and prefix cuts of it: rounds 1-4 and 5-8 (two 4-round A/As), rounds 1-6,
# rounds 1-8 (nightly-aa-20261205/shape/subset.py: the same rounds of both sides, so still interleaved), each
# compared by the suite (CompareMain, what jmh:compare runs) as an A/A and with a planted 10 % slowdown, then
# summarized per design (shape/summarize.py). Needs `mvn install` first (suite/target/classes).
# Another 8-round A/A: RUNS=<its folder> LABEL=<its label> M=<measured iterations per fork> OUT=<scratch> bash cuts.sh
set -euo pipefail
RUNS=$(cd "${RUNS:-$(dirname "$0")}" && pwd)
cd "$(dirname "$0")"
REPO=$(cd ../../.. && pwd)
SHAPE=$REPO/results/reference/nightly-aa-20261205/shape
OUT=${OUT:-/tmp/ab8-cuts}
LABEL=${LABEL:-ab8}
M=${M:-3}
mkdir -p "$OUT"
python3 "$SHAPE/subset.py" "$OUT" "4x$M,6x$M,8x$M" "$RUNS"/*_"$LABEL"-baseline.json > "$OUT/pairs.txt"
bash "$SHAPE/compare-pairs.sh" "$OUT/pairs.txt"
python3 "$SHAPE/summarize.py" "$OUT"/*/reports/compare_*.md
