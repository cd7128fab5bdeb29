#!/usr/bin/env bash
# The calibration table of this folder's README: the stored A/A pairs compared by this checkout's comparison (built:
# mvn install), which must adjust every eligible row as main's does (the threshold was not merged), then calibrate.py.
# Needs OUT (a scratch folder).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CW=$HERE/../canary-window-20261207
source "$HERE/../compare-stored.sh"
OUT=$OUT/intel bash "$CW/intel-pairs.sh" > /dev/null
args=()
n=0
while read -r base cand; do
    n=$((n + 1))
    args+=(intel "$REF/${base}_nightly.json" "$REF/${cand}_nightly.json" "$OUT/intel/intel-$n.md")
done < "$CW/intel-pairs.txt"
night="$CW/20261207T171904Z_94045c8_nightly.json $CW/20261207T175434Z_94045c8_nightly.json"
compare_stored $night 1 "$OUT/amd-night.md" > /dev/null
args+=(amd-night $night "$OUT/amd-night.md")
for pair in 01:02 03:04 05:06 07:08 09:10 11:12; do
    a=$(ls "$CW"/customer/${pair%:*}/*_cust.json) b=$(ls "$CW"/customer/${pair#*:}/*_cust.json)
    compare_stored "$a" "$b" 1 "$OUT/cust-${pair%:*}.md" > /dev/null
    args+=(amd-cust "$a" "$b" "$OUT/cust-${pair%:*}.md")
done
python3 "$HERE/calibrate.py" "${args[@]}"
