#!/bin/bash
# What the JIT compiles during measured iterations, and the bench thread's system CPU and faults.
cd /work/main
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
mvn -o jmh:run -Djmh.preset=nightly -Djmh.include='bench\.(CDataImport|CDataExport)Benchmark' \
  -Djmh.params='table=lineitem;batchRows=1048576' -Djmh.forks=3 -Djmh.jvmArgsAppend='-XX:+PrintCompilation' \
  -Djmh.label=anatomy-jit 2>&1 | python3 -u -c "$TS" > /work/res/anatomy/anatomy-jit.log
echo DONE > /work/res/anatomy/done2
