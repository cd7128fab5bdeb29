#!/bin/bash
# The stored A/As and the real-change legs of e2e-plant-20261207 through the suite's comparison, as A/As and with a
# planted 10 % slowdown: per comparison its verdict counts, its Sensitivity line and its canary line's drift and
# differing rows. CLASSES picks the build (default: this checkout's suite/target/classes, after `mvn install`); the
# before column of README.md is CLASSES=<a build of 11f5351>/suite/target/classes.
set -euo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-/tmp/drift-rule}
source ../compare-stored.sh

compare() { # name baseline.json candidate.json plant
    compare_stored "$REF/$2" "$REF/$3" "$4" "$OUT/$1-$4.md" > "$OUT/$1-$4.txt"
    local txt="$OUT/$1-$4.txt"
    printf '%-30s plant %-4s %s | %s | canary differed in %s row(s) %s\n' "$1" "$4" \
        "$(grep -E '^[0-9]+ faster' "$txt" | cut -d'(' -f1)" \
        "$(grep -E '^Sensitivity' "$txt" | sed -e 's/ (by the intervals.*//' -e 's/^Sensitivity: //')" \
        "$(grep -oE "(differing between the sides|canary differed from [^ ]+) in [0-9]+ row" "$txt" | grep -oE '[0-9]+ row$' | cut -d' ' -f1)" \
        "$(grep -oE "median [0-9.]+ over [0-9]+ rows, (not )?taken as the machine's drift" "$txt" | sed "s/ as the machine's drift/ as drift/" || true)"
}
aa() { compare "$1" "$2" "$3" 1; compare "$1" "$2" "$3" 1.10; }

aa amd-rounds-back-to-back calibration-20261206/20261206T054910Z_4c2af46_rounds.json calibration-20261206/20261206T062821Z_4c2af46_rounds.json
aa amd-rounds-hours-apart-1 calibration-20261206/20261206T054910Z_4c2af46_rounds.json order-20261206/20261206T091440Z_12e2b20_rounds.json
aa amd-rounds-hours-apart-2 calibration-20261206/20261206T062821Z_4c2af46_rounds.json order-20261206/20261206T091440Z_12e2b20_rounds.json
aa amd-nightly33-back-to-back nightly33-aa-20261206/20261206T000125Z_3b8bbc7_nightly.json nightly33-aa-20261206/20261206T003920Z_3b8bbc7_nightly.json
aa amd-ab8-per-batch ab8-20261206/20261206T113741Z_06c6d83_ab8-baseline.json ab8-20261206/20261206T113741Z_06c6d83_ab8-candidate.json
aa amd-ab8-orders ab8-orders-20261206/20261206T123041Z_fe19c24_ab8-orders-baseline.json ab8-orders-20261206/20261206T123041Z_fe19c24_ab8-orders-candidate.json
aa intel-ab4-per-batch aa-intel-20261206/20261206T184538Z_b51caf1_aa-intel-baseline.json aa-intel-20261206/20261206T184538Z_b51caf1_aa-intel-candidate.json
aa intel-nightly-evening-night2 evening-20261206/20261206T175655Z_bd7bf1b_evening.json night2-20261206/20261206T200611Z_50a982a_night2.json
aa intel-nightly-night2-night3 night2-20261206/20261206T200611Z_50a982a_night2.json night3-20261206/20261206T204609Z_50a982a_night3.json
aa intel-ab8-per-batch confirm-20261206/20261206T230738Z_bd7bf1b_confirm8-baseline.json confirm-20261206/20261206T230738Z_50a982a_confirm8-candidate.json
aa intel-shape33-back-to-back shape33-aa-20261207/20261207T042517Z_d0eb5a5_shape33-aa1.json shape33-aa-20261207/20261207T044636Z_d0eb5a5_shape33-aa2.json
aa intel-nightly33-hours-apart nightly33-20261207/20261207T051429Z_a645b32_nightly.json nightly33-aa-20261207/20261207T063918Z_11f5351_nightly.json
compare e2e-leg1-planted night3-20261206/20261206T204609Z_50a982a_night3.json e2e-plant-20261207/20261207T013022Z_81f4d07_nightly.json 1
compare e2e-leg2-fixed e2e-plant-20261207/20261207T013022Z_81f4d07_nightly.json e2e-plant-20261207/20261207T022116Z_c1ef74d_nightly.json 1
