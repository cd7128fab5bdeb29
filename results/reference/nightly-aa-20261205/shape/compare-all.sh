#!/bin/bash
# Cuts the stored 6-round A/As into A/As of 2x5, 3x3 and 3x5 (subset.py) under $OUT, then runs the suite's own
# comparison (CompareMain, what jmh:compare runs) on every cut pair, as an A/A and with a planted 10 % slowdown.
# Needs `mvn install` first (suite/target/classes). Then: python3 summarize.py $OUT/*/reports/compare_*.md
set -euo pipefail
cd "$(dirname "$0")"
REPO=$(cd ../../../.. && pwd)
OUT=${OUT:-/tmp/nightly-shape}
mkdir -p "$OUT"
REF=$REPO/results/reference
python3 subset.py "$OUT" 2x5,3x3,3x5 $REF/canary-suite-20261204/*aa6-canary-baseline.json \
    $REF/canary-suite-20261204/*aa6-orders-writes-baseline.json $REF/canary-rule-20261205/*aa6-customer-baseline.json \
    $REF/canary-rule-20261205/*aa6-lineitem-baseline.json $REF/canary-rule-20261205/*aa6-sortcanary-baseline.json > "$OUT/pairs.txt"
bash compare-pairs.sh "$OUT/pairs.txt"
