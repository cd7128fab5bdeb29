#!/bin/bash
cd /work/main
mvn -o -B jmh:ab -Djmh.baseline=8526ad6 -Djmh.candidate=8526ad6 -Djmh.preset=nightly \
  -Djmh.include='bench\.(CDataImportBenchmark|CDataExportBenchmark|PipelineBenchmark)' \
  -Djmh.params='table=lineitem;batchRows=65536;importer=HAND_WRITTEN;phase=PHASE_1_5' -Djmh.forks=6 -Djmh.label=aa6-tunables 2>&1 \
  | python3 -u -c 'import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]' > /work/res/aa-tunables/aa6-tunables.log
echo "EXIT ${PIPESTATUS[0]}"
