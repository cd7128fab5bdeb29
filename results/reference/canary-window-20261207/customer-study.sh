#!/usr/bin/env bash
# The customer-only study (criteria-customer.md): each pair's second run against its first, by the stretched readings
# and by main's (canaryMeasuredOnly in their place), plain and with a planted 10 %. Needs OUT (a scratch folder).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../compare-stored.sh"
for pair in 01:02 03:04 05:06 07:08 09:10 11:12; do
    a=${pair%:*} b=${pair#*:}
    A=$(ls "$HERE"/customer/$a/*_cust.json) B=$(ls "$HERE"/customer/$b/*_cust.json)
    python3 "$HERE/measured-only.py" "$A" "$OUT/main-$a"
    python3 "$HERE/measured-only.py" "$B" "$OUT/main-$b"
    for plant in 1 1.10; do
        compare_stored "$A" "$B" $plant "$OUT/stretched-$a-$plant.md" > /dev/null
        compare_stored "$OUT/main-$a/$(basename "$A")" "$OUT/main-$b/$(basename "$B")" $plant "$OUT/main-$a-$plant.md" > /dev/null
    done
done
for plant in 1 1.10; do
    python3 "$HERE/study.py" "stretched, plant $plant" "$OUT"/stretched-*-$plant.md
    python3 "$HERE/study.py" "main's rule, plant $plant" "$OUT"/main-*-$plant.md
done
