#!/bin/bash
# The 8-round interleaved A/A of the per-batch C Data rows (criteria.md); time-stamped log beside it.
set -euo pipefail
cd /work/main
flock /tmp/cpu.lock mvn -o -B jmh:ab -Djmh.baseline=HEAD -Djmh.candidate=HEAD -Djmh.preset=nightly -Djmh.include=CData \
    -Djmh.params='table=lineitem' -Djmh.forks=8 -Djmh.label=ab8 2>&1 \
  | python3 -u -c 'import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]' > /tmp/ab8.log
echo "EXIT ${PIPESTATUS[0]}" >> /tmp/ab8.log
