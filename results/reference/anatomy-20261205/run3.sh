#!/bin/bash
cd /work/main
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
mvn -o jmh:ab -Djmh.baseline=e6123ae -Djmh.candidate=5bba3fe -Djmh.preset=nightly \
  -Djmh.include='bench\.(CDataImport|CDataExport)Benchmark' -Djmh.params='table=lineitem;batchRows=1048576' \
  -Djmh.forks=6 -Djmh.label=jitquiet 2>&1 | python3 -u -c "$TS" > /work/res/anatomy/jitquiet.log
echo DONE > /work/res/anatomy/done3
