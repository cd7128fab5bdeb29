#!/bin/bash
# The suite's canary off (baseline, 507472c, a local experiment branch) against on (candidate, 8e900e3).
cd /work/res/aa1205
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
(cd /work/main && mvn -o jmh:ab -Djmh.baseline=507472c -Djmh.candidate=8e900e3 -Djmh.preset=nightly \
   -Djmh.include='bench\.(CDataImport|CDataExport|CDataHop)Benchmark' -Djmh.params='table=lineitem;batchRows=1048576' \
   -Djmh.forks=6 -Djmh.label=canary-onoff 2>&1) | python3 -u -c "$TS" > canary-onoff.log
echo DONE > done
