#!/bin/bash
# Compares every cut pair listed in PAIRS (lines "design baseline candidate", as subset.py prints them) with the
# suite's own comparison (CompareMain, what jmh:compare runs), as an A/A and with a planted 10 % slowdown; the
# cut runs and their reports are under the folder of PAIRS, <design>/ and <design>/reports/.
# Usage: compare-pairs.sh PAIRS   (needs `mvn install` first: suite/target/classes)
set -euo pipefail
PAIRS=$1
OUT=$(cd "$(dirname "$PAIRS")" && pwd)
REPO=$(cd "$(dirname "$0")/../../../.." && pwd)
[[ -s "$OUT/cp.txt" ]] || mvn -q -o -f "$REPO/suite/pom.xml" dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt"
CP=$(cat "$OUT/cp.txt"):$REPO/suite/target/classes
while read -r design base cand; do
    for plant in 1 1.10; do
        java -cp "$CP" -Djmh.results="$OUT/$design" -Djmh.baseline="$base" -Djmh.candidate="$cand" \
            -Djmh.plantSlowdown=$plant dev.tpchbench.compare.CompareMain > /dev/null
    done
done < "$PAIRS"
