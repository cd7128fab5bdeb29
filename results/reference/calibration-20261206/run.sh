#!/bin/bash
cd /work/main
for run in a b; do
  echo "=== run $run start $(date -u +%FT%TZ)"
  mvn -o -B jmh:run -Djmh.preset=nightly -Djmh.forkOrder=rounds -Djmh.label=rounds 2>&1 | python3 -u -c 'import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]' > /tmp/rounds-$run.log
  echo "=== run $run end $(date -u +%FT%TZ) exit ${PIPESTATUS[0]}"
done
