#!/bin/bash
# A third A/A (lineitem, long forks) at 3dffd32, with the side canaries beside.
cd /work/res/aa1205
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
run=lineitem
rm -f STOP
java -Xmx1g Canaries.java $run-canaries.jsonl > /dev/null 2>&1 &
python3 /work/main/results/reference/canary-20261204/canary.py $run-python-canary.jsonl &
sleep 20
(cd /work/main && mvn -o jmh:ab -Djmh.baseline=3dffd32 -Djmh.candidate=3dffd32 -Djmh.preset=nightly \
   -Djmh.include='bench\.(Pipeline|NativeParquetWrite)Benchmark' -Djmh.params='table=lineitem' -Djmh.forks=6 \
   -Djmh.label=aa6-$run 2>&1) | python3 -u -c "$TS" > aa6-$run.log
touch STOP; wait
echo DONE > done
