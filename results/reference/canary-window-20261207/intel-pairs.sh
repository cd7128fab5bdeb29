#!/usr/bin/env bash
# The four Intel nightly A/A pairs of 2026-12-07, re-compared by this checkout's comparison, then binned by
# spread-gain.py (README, last section). Needs OUT (a scratch folder).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../compare-stored.sh"
args=()
n=0
for pair in "nightly33-20261207/20261207T051429Z_a645b32 nightly33-aa-20261207/20261207T063918Z_11f5351" \
            "nightly33-aa-20261207/20261207T063918Z_11f5351 nightly33-aa-20261207/20261207T074243Z_1fa50b8" \
            "nightly-gengc-20261207/20261207T122342Z_f596c73 nightly-gengc2-20261207/20261207T134332Z_8360e4a" \
            "customer-shape-20261207/20261207T145423Z_0342e00 customer-shape-20261207/20261207T152943Z_0342e00"; do
    n=$((n + 1))
    read -r base cand <<< "$pair"
    compare_stored "$REF/${base}_nightly.json" "$REF/${cand}_nightly.json" 1 "$OUT/intel-$n.md" > /dev/null
    python3 "$HERE/adjnarrow.py" "$OUT/intel-$n.md"
    args+=("$REF/${base}_nightly.json" "$REF/${cand}_nightly.json" "$OUT/intel-$n.md")
done
python3 "$HERE/spread-gain.py" "${args[@]}"
