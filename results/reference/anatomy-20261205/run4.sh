#!/bin/bash
cd /work/main
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
mvn -o jmh:ab -Djmh.baseline=660985e -Djmh.candidate=$(git -C /work/main rev-parse --short HEAD) -Djmh.preset=nightly \
  -Djmh.include='bench\.(CDataImport|CDataExport)Benchmark' -Djmh.params='table=lineitem;batchRows=1048576' \
  -Djmh.forks=6 -Djmh.label=anatomy-overhead 2>&1 | python3 -u -c "$TS" > /work/res/anatomy/overhead.log
echo DONE > /work/res/anatomy/done4
