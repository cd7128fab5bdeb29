#!/bin/bash
# The nightly's 27 two-fork rows (writes, pipelines, generator): how many a comparison flags SLOWER under a planted
# slowdown of 1 (the A/A), 1.10, 1.25, 1.5 and 2, at 3 forks x (2 + 3) (this folder's two runs, Intel Xeon host,
# back to back) and at 2 x (2 + 5) (the stored Intel nightlies night2 -> night3 and evening -> night2 of 2026-12-06).
# Runs the suite's comparison (CompareMain, what jmh:compare runs) on each; needs `mvn install` first.
set -euo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-/tmp/shape33-aa}
source ../compare-stored.sh
ROWS='^(LanceWrite|NativeParquetWrite|ParquetWrite|Pipeline|TpchGenerate)Benchmark'
printf '%-34s %s\n' "pair (27 rows)" "SLOWER at x1 / x1.10 / x1.25 / x1.5 / x2; median detectable"
for pair in "3x3 shape33-aa1->aa2:shape33-aa-20261207/20261207T042517Z_d0eb5a5_shape33-aa1.json:shape33-aa-20261207/20261207T044636Z_d0eb5a5_shape33-aa2.json" \
            "2x5 night2->night3:night2-20261206/20261206T200611Z_50a982a_night2.json:night3-20261206/20261206T204609Z_50a982a_night3.json" \
            "2x5 evening->night2:evening-20261206/20261206T175655Z_bd7bf1b_evening.json:night2-20261206/20261206T200611Z_50a982a_night2.json"; do
    IFS=: read -r name base cand <<< "$pair"
    counts=()
    for plant in 1 1.10 1.25 1.5 2; do
        txt="$OUT/${name// /_}-$plant.txt"
        compare_stored "$REF/$base" "$REF/$cand" "$plant" "${txt%.txt}.md" > "$txt"
        counts+=("$(grep -E "$ROWS" "$txt" | grep -cE 'SLOWER( \(adjusted for the canary\))? *$' || true)")
    done
    median=$(python3 ../deciding-widths.py "$OUT/${name// /_}-1.txt" "$ROWS" | sed 's/.*median //')
    printf '%-34s %s; %s\n' "$name" "$(IFS=/; echo "${counts[*]}" | sed 's#/# / #g')" "$median"
done
