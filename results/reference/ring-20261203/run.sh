#!/bin/bash
# Interleaved A/B of the ring size at 1,048,576 rows: ringBatches=8 (before) against the runner's default (2).
cd "$(git rev-parse --show-toplevel)" && mkdir -p results/ring-ab
for order in "8 2" "2 8" "8 2" "2 8"; do
  for side in $order; do
    n=$((n+1))
    if [ $side = 8 ]; then p='batchRows=1048576;ringBatches=8'; else p='batchRows=1048576'; fi
    echo "=== run $n ring $side $(date -u +%T)"
    flock /tmp/cpu.lock mvn -o -q jmh:run -Djmh.preset=nightly -Djmh.include='CData' "-Djmh.params=$p" -Djmh.forks=1 -Djmh.label=ring$side-run$n 2>&1 \
      | python3 -u -c 'import sys,time; t=time.time(); [print("%7.2f %s" % (time.time()-t, l), end="") for l in sys.stdin]' > results/ring-ab/run$n-ring$side.log
    tail -3 results/ring-ab/run$n-ring$side.log
  done
done
echo "=== done $(date -u +%T)"
