#!/bin/bash
cd /work/main
export GLIBC_TUNABLES=glibc.malloc.trim_threshold=4294967296:glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=67108864
TS='import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
mvn -o jmh:run -Djmh.preset=nightly -Djmh.prof=anatomy \
  -Djmh.include='bench\.CDataImportBenchmark' -Djmh.params='table=lineitem;batchRows=1048576;importer=HAND_WRITTEN' \
  -Djmh.forks=12 -Djmh.label=tunables-hand 2>&1 | python3 -u -c "$TS" > /work/res/tunables/tunables-hand.log
echo DONE > /work/res/tunables/done2
