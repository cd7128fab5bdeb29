#!/bin/bash
# The stored comparisons again, through the suite's comparison (CompareMain, what jmh:compare runs), as A/As and
# with a planted 10 % slowdown, and the two real-change legs of e2e-plant-20261207. One line per comparison: its
# verdict counts and its Sensitivity line. CLASSES picks the build (default: this checkout's suite/target/classes,
# after `mvn install`); the before column of README.md is CLASSES=<a build of 1646e1a>/suite/target/classes.
set -euo pipefail
cd "$(dirname "$0")"
OUT=${OUT:-/tmp/ancova-reanalysis}
source ../compare-stored.sh

compare() { # name baseline.json candidate.json plant
    compare_stored "$REF/$2" "$REF/$3" "$4" "$OUT/$1-$4.md" > "$OUT/$1-$4.txt"
    printf '%-28s plant %-4s %s | %s\n' "$1" "$4" "$(grep -E '^[0-9]+ faster' "$OUT/$1-$4.txt" | cut -d'(' -f1)" \
        "$(grep -E '^Sensitivity' "$OUT/$1-$4.txt" | sed 's/ (by the intervals.*//')"
}
aa() { compare "$1" "$2" "$3" 1; compare "$1" "$2" "$3" 1.10; }

aa amd-rounds-back-to-back calibration-20261206/20261206T054910Z_4c2af46_rounds.json calibration-20261206/20261206T062821Z_4c2af46_rounds.json
aa amd-rounds-hours-apart-1 calibration-20261206/20261206T054910Z_4c2af46_rounds.json order-20261206/20261206T091440Z_12e2b20_rounds.json
aa amd-rounds-hours-apart-2 calibration-20261206/20261206T062821Z_4c2af46_rounds.json order-20261206/20261206T091440Z_12e2b20_rounds.json
aa amd-ab8-per-batch ab8-20261206/20261206T113741Z_06c6d83_ab8-baseline.json ab8-20261206/20261206T113741Z_06c6d83_ab8-candidate.json
aa amd-ab8-orders ab8-orders-20261206/20261206T123041Z_fe19c24_ab8-orders-baseline.json ab8-orders-20261206/20261206T123041Z_fe19c24_ab8-orders-candidate.json
aa intel-ab4-per-batch aa-intel-20261206/20261206T184538Z_b51caf1_aa-intel-baseline.json aa-intel-20261206/20261206T184538Z_b51caf1_aa-intel-candidate.json
aa intel-nightly-evening-night2 evening-20261206/20261206T175655Z_bd7bf1b_evening.json night2-20261206/20261206T200611Z_50a982a_night2.json
aa intel-nightly-night2-night3 night2-20261206/20261206T200611Z_50a982a_night2.json night3-20261206/20261206T204609Z_50a982a_night3.json
aa intel-ab8-per-batch confirm-20261206/20261206T230738Z_bd7bf1b_confirm8-baseline.json confirm-20261206/20261206T230738Z_50a982a_confirm8-candidate.json
compare e2e-leg1-planted night3-20261206/20261206T204609Z_50a982a_night3.json e2e-plant-20261207/20261207T013022Z_81f4d07_nightly.json 1
compare e2e-leg2-fixed e2e-plant-20261207/20261207T013022Z_81f4d07_nightly.json e2e-plant-20261207/20261207T022116Z_c1ef74d_nightly.json 1
