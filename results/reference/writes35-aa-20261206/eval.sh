#!/bin/bash
# Cuts the two sequential writes35 runs into 2x5 (forks 1-2), 3x3 (forks 1-3, 3 measured iterations) and 3x5 (whole),
# then runs the suite's comparison (CompareMain, what jmh:compare runs) second vs first, as an A/A and with a planted 10 %.
# Needs `mvn install` first (suite/target/classes). Then: python3 <shape>/summarize.py $OUT/*/reports/compare_*.md
set -euo pipefail
REPO=/work/main
SHAPE=$REPO/results/reference/nightly-aa-20261205/shape
OUT=${OUT:-/tmp/writes35}
RUNS=${RUNS:-$(cd "$(dirname "$0")" && pwd)}
mkdir -p "$OUT"
first=$(ls "$RUNS"/*_writes35.json | sort | sed -n 1p)
second=$(ls "$RUNS"/*_writes35.json | sort | sed -n 2p)
[[ -s "$OUT/cp.txt" ]] || mvn -q -o -f "$REPO/suite/pom.xml" dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt"
CP=$(cat "$OUT/cp.txt"):$REPO/suite/target/classes
for spec in 2x5:0,1 3x3:0,1,2 3x5:0,1,2; do
    design=${spec%%:*}; forks=${spec#*:}; m=${design#*x}
    pair=$(cd "$SHAPE" && python3 -c "
import sys; from subset import cut_run
forks=[int(f) for f in '$forks'.split(',')]
print(cut_run('$first', '$OUT/$design', '${design}r1', forks, $m), cut_run('$second', '$OUT/$design', '${design}r1', forks, $m))")
    read -r base cand <<< "$pair"
    for plant in 1 1.10; do
        java -cp "$CP" -Djmh.results="$OUT/$design" -Djmh.baseline="$base" -Djmh.candidate="$cand" \
            -Djmh.plantSlowdown=$plant dev.tpchbench.compare.CompareMain > /dev/null
    done
    echo "$design $base $cand"
done
