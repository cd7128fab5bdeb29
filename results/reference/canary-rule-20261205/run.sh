#!/bin/bash
# Two interleaved A/As of 55736fc, with two side canaries (candidate works in Java, the Python one) beside.
cd /work/res/aa1205
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
for run in cdata1m customer; do
  rm -f STOP
  java -Xmx1g Canaries.java $run-canaries.jsonl > /dev/null 2>&1 &
  python3 /work/main/results/reference/canary-20261204/canary.py $run-python-canary.jsonl &
  sleep 20
  if [ $run = cdata1m ]; then
    INC='bench\.(CDataImport|CDataExport|CDataHop)Benchmark'; PAR='table=lineitem;batchRows=1048576'
  else
    INC='bench\.(Pipeline|LanceWrite|NativeParquetWrite|ParquetWrite)Benchmark'; PAR='table=customer'
  fi
  (cd /work/main && mvn -o jmh:ab -Djmh.baseline=55736fc -Djmh.candidate=55736fc -Djmh.preset=nightly \
     -Djmh.include="$INC" -Djmh.params="$PAR" -Djmh.forks=6 -Djmh.label=aa6-$run 2>&1) | python3 -u -c "$TS" > aa6-$run.log
  touch STOP; wait
done
echo DONE > done
