#!/usr/bin/env bash
# The calibration table of this folder's README: the stored A/A pairs compared by a comparison that adjusts every
# eligible row (main before the threshold: CLASSES=<suite/target/classes of a build of 13fb8e7>), then calibrate.py.
# Needs OUT (a scratch folder) and CLASSES.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CW=$HERE/../canary-window-20261207
source "$HERE/../compare-stored.sh"
OUT=$OUT/intel bash "$CW/intel-pairs.sh" > /dev/null
args=()
n=0
for pair in "nightly33-20261207/20261207T051429Z_a645b32 nightly33-aa-20261207/20261207T063918Z_11f5351" \
            "nightly33-aa-20261207/20261207T063918Z_11f5351 nightly33-aa-20261207/20261207T074243Z_1fa50b8" \
            "nightly-gengc-20261207/20261207T122342Z_f596c73 nightly-gengc2-20261207/20261207T134332Z_8360e4a" \
            "customer-shape-20261207/20261207T145423Z_0342e00 customer-shape-20261207/20261207T152943Z_0342e00"; do
    n=$((n + 1))
    read -r base cand <<< "$pair"
    args+=(intel "$REF/${base}_nightly.json" "$REF/${cand}_nightly.json" "$OUT/intel/intel-$n.md")
done
night="$CW/20261207T171904Z_94045c8_nightly.json $CW/20261207T175434Z_94045c8_nightly.json"
compare_stored $night 1 "$OUT/amd-night.md" > /dev/null
args+=(amd-night $night "$OUT/amd-night.md")
for pair in 01:02 03:04 05:06 07:08 09:10 11:12; do
    a=$(ls "$CW"/customer/${pair%:*}/*_cust.json) b=$(ls "$CW"/customer/${pair#*:}/*_cust.json)
    compare_stored "$a" "$b" 1 "$OUT/cust-${pair%:*}.md" > /dev/null
    args+=(amd-cust "$a" "$b" "$OUT/cust-${pair%:*}.md")
done
python3 "$HERE/calibrate.py" "${args[@]}"
