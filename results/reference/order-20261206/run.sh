#!/bin/bash
# row, rounds, row: three nightlies of one build, the middle in rounds (criteria.md)
cd /work/main
for spec in row:row1 rounds:rounds row:row2; do
  order=${spec%%:*}; label=${spec##*:}
  echo "=== $label start $(date -u +%FT%TZ)"
  mvn -o -B jmh:run -Djmh.preset=nightly -Djmh.forkOrder=$order -Djmh.label=$label 2>&1 | python3 -u -c 'import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]' > /tmp/order-$label.log
  echo "=== $label end $(date -u +%FT%TZ) exit ${PIPESTATUS[0]}"
done
