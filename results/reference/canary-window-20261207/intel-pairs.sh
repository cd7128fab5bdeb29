#!/usr/bin/env bash
# The four Intel nightly A/A pairs of 2026-12-07 (intel-pairs.txt: baseline and candidate run, per line),
# re-compared by this checkout's comparison, then binned by spread-gain.py (README, last section).
# Needs OUT (a scratch folder).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/../compare-stored.sh"
args=()
n=0
while read -r base cand; do
    n=$((n + 1))
    compare_stored "$REF/${base}_nightly.json" "$REF/${cand}_nightly.json" 1 "$OUT/intel-$n.md" > /dev/null
    python3 "$HERE/adjnarrow.py" "$OUT/intel-$n.md"
    args+=("$REF/${base}_nightly.json" "$REF/${cand}_nightly.json" "$OUT/intel-$n.md")
done < "$HERE/intel-pairs.txt"
python3 "$HERE/spread-gain.py" "${args[@]}"
