#!/bin/bash
# One cut A/A per side of the longwin A/B: its rounds 1-3 against 4-6 (subset.cut_run), compared by the suite's
# CompareMain; then the deciding half-widths per side (shape/summarize.rows).
set -euo pipefail
REPO=/work/main
SHAPE=$REPO/results/reference/nightly-aa-20261205/shape
OUT=${OUT:-/tmp/longwin-cut}
RUNS=${RUNS:-$(cd "$(dirname "$0")" && pwd)}
mkdir -p "$OUT"
[[ -s "$OUT/cp.txt" ]] || mvn -q -o -f "$REPO/suite/pom.xml" dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt"
CP=$(cat "$OUT/cp.txt"):$REPO/suite/target/classes
for side in baseline candidate; do
    run=$(ls "$RUNS"/*_longwin-$side.json)
    pair=$(cd "$SHAPE" && python3 -c "
import json; from subset import cut_run
m = json.load(open('$run'))[0]['measurementIterations']
print(cut_run('$run', '$OUT/$side', 'r123', [0,1,2], m), cut_run('$run', '$OUT/$side', 'r456', [3,4,5], m))")
    read -r a b <<< "$pair"
    java -cp "$CP" -Djmh.results="$OUT/$side" -Djmh.baseline="$a" -Djmh.candidate="$b" dev.tpchbench.compare.CompareMain > /dev/null
done
cd "$SHAPE" && python3 -c "
import glob, statistics as st
from summarize import rows
for side in ('baseline', 'candidate'):
    (path,) = glob.glob('$OUT/%s/reports/compare_*.md' % side)
    r = list(rows(path))
    hws = [x[1] for x in r]
    print(side, len(r), 'rows: median deciding half-width ±%.1f %%, flags %d, by fork or adjusted %d' % (
        st.median(hws), sum(x[2] in ('SLOWER', 'FASTER') for x in r), sum(x[4] for x in r)))
"
