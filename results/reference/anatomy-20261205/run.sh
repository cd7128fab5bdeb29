#!/bin/bash
cd /work/main
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
mvn -o jmh:run -Djmh.preset=nightly -Djmh.include='bench\.(CDataImport|CDataExport|CDataHop)Benchmark' \
  -Djmh.params='table=lineitem;batchRows=1048576' -Djmh.forks=8 -Djmh.label=anatomy-cdata1m 2>&1 \
  | python3 -u -c "$TS" > /work/res/anatomy/anatomy-cdata1m.log
echo DONE > /work/res/anatomy/done
