#!/bin/bash
# The nightly's 27 two-fork rows (writes, pipelines, generator): how many a comparison flags SLOWER under a planted
# slowdown of 1 (the A/A), 1.10, 1.25, 1.5 and 2, at 3 forks x (2 + 3) (this folder's two runs, Intel Xeon host,
# back to back) and at 2 x (2 + 5) (the stored Intel nightlies night2 -> night3 and evening -> night2 of 2026-12-06).
# Runs the suite's comparison (CompareMain, what jmh:compare runs) on each; needs `mvn install` first.
set -euo pipefail
cd "$(dirname "$0")"
REPO=$(cd ../../.. && pwd)
REF=$REPO/results/reference
OUT=${OUT:-/tmp/shape33-aa}
mkdir -p "$OUT"
[[ -s "$OUT/cp.txt" ]] || mvn -q -o -f "$REPO/suite/pom.xml" dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt"
CP=$(cat "$OUT/cp.txt"):$REPO/suite/target/classes
ROWS='^(LanceWrite|NativeParquetWrite|ParquetWrite|Pipeline|TpchGenerate)Benchmark'
printf '%-34s %s\n' "pair (27 rows)" "SLOWER at x1 / x1.10 / x1.25 / x1.5 / x2; median detectable"
for pair in "3x3 shape33-aa1->aa2:shape33-aa-20261207/20261207T042517Z_d0eb5a5_shape33-aa1.json:shape33-aa-20261207/20261207T044636Z_d0eb5a5_shape33-aa2.json" \
            "2x5 night2->night3:night2-20261206/20261206T200611Z_50a982a_night2.json:night3-20261206/20261206T204609Z_50a982a_night3.json" \
            "2x5 evening->night2:evening-20261206/20261206T175655Z_bd7bf1b_evening.json:night2-20261206/20261206T200611Z_50a982a_night2.json"; do
    IFS=: read -r name base cand <<< "$pair"
    counts=()
    for plant in 1 1.10 1.25 1.5 2; do
        txt="$OUT/${name// /_}-$plant.txt"
        java -cp "$CP" -Djmh.results="$OUT" -Djmh.baseline="$REF/$base" -Djmh.candidate="$REF/$cand" \
            -Djmh.plantSlowdown=$plant -Djmh.markdown="${txt%.txt}.md" dev.tpchbench.compare.CompareMain > "$txt"
        counts+=("$(grep -E "$ROWS" "$txt" | grep -cE 'SLOWER( \(adjusted for the canary\))? *$' || true)")
    done
    median=$(python3 - "$OUT/${name// /_}-1.txt" <<'PY'
import re, statistics, sys
# Per row, the half-width of the interval that decided its verdict: the verdict's own "could see" when INCONCLUSIVE,
# else the adjusted column's when the canary decided, else the unadjusted "detectable" column's.
widths = []
for line in open(sys.argv[1]):
    if not re.match(r'^(LanceWrite|NativeParquetWrite|ParquetWrite|Pipeline|TpchGenerate)Benchmark', line):
        continue
    cells = re.split(r'\s{2,}', line.strip())
    verdict = cells[-1]
    if 'could see' in verdict:
        cell = verdict
    elif 'adjusted for the canary' in verdict:
        cell = cells[-2]
    else:
        cell = next(c for c in cells if re.match(r'^±[\d,.]+%', c))
    widths.append(float(re.search(r'±([\d,.]+)%', cell).group(1).replace(',', '')))
print('±%.1f %%' % statistics.median(widths))
PY
)
    printf '%-34s %s; %s\n' "$name" "$(IFS=/; echo "${counts[*]}" | sed 's#/# / #g')" "$median"
done
