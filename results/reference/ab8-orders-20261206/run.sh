#!/bin/bash
# The 8-round interleaved A/A of the orders write rows (criteria.md); time-stamped log in /tmp.
set -euo pipefail
cd /work/main
flock /tmp/cpu.lock mvn -o -B jmh:ab -Djmh.baseline=HEAD -Djmh.candidate=HEAD -Djmh.preset=nightly \
    -Djmh.include='bench\.(LanceWrite|NativeParquetWrite|ParquetWrite|Pipeline|TpchGenerate)Benchmark' \
    -Djmh.params='table=orders' -Djmh.forks=8 -Djmh.label=ab8-orders 2>&1 \
  | python3 -u -c 'import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]' > /tmp/ab8-orders.log
echo "EXIT ${PIPESTATUS[0]}" >> /tmp/ab8-orders.log
