#!/bin/bash
cd /work/main
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
mvn -o jmh:ab -Djmh.baseline=69cc963 -Djmh.candidate=63e878c -Djmh.preset=nightly \
  -Djmh.include='bench\.(CDataImport|CDataExport)Benchmark' -Djmh.params='table=lineitem;batchRows=1048576' \
  -Djmh.forks=6 -Djmh.label=tunables-ab 2>&1 | python3 -u -c "$TS" > /work/res/tunables/tunables-ab.log
echo DONE > /work/res/tunables/done3
