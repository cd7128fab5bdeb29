#!/bin/bash
# Rounds against rounds, hours apart: the two midday nightlies in rounds (git 4c2af46, calibration-20261206/) each
# against the late-morning one (git 12e2b20, order-20261206/). Benchmark code is the same in both commits (only the
# fork order's default and its message differ: git diff 4c2af46 12e2b20 -- suite/src). Copies the three runs into
# $OUT and runs the suite's comparison (CompareMain, what jmh:compare runs) on each pair, as an A/A and with a
# planted 10 % slowdown. Needs `mvn install` first (suite/target/classes).
set -euo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-/tmp/rounds-aa}
source ../compare-stored.sh
cp $REF/calibration-20261206/20261206T0*_4c2af46_rounds.* $REF/order-20261206/20261206T091440Z_12e2b20_rounds.* "$OUT"/
for base in 20261206T054910Z_4c2af46_rounds 20261206T062821Z_4c2af46_rounds; do
    for plant in 1 1.10; do
        compare_stored $base 20261206T091440Z_12e2b20_rounds $plant > /dev/null
    done
done
for f in "$OUT"/reports/compare_*.md; do
    echo "$(basename "$f")"
    grep -E '^[0-9]+ faster|^Sensitivity' "$f" | sed 's/^/  /'
done
