#!/bin/bash
# An A/A of the suite with its new canary work (sort-100k) at f5bfbe1, no side canaries.
cd /work/res/aa1205
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
(cd /work/main && mvn -o jmh:ab -Djmh.baseline=f5bfbe1 -Djmh.candidate=f5bfbe1 -Djmh.preset=nightly \
   -Djmh.include='bench\.PipelineBenchmark' -Djmh.params='table=lineitem' -Djmh.forks=6 \
   -Djmh.label=aa6-sortcanary 2>&1) | python3 -u -c "$TS" > aa6-sortcanary.log
echo DONE > done
