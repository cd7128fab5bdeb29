#!/bin/bash
cd /work/main
mvn -o -B jmh:run -Djmh.preset=nightly -Djmh.include='bench\.(LanceWrite|NativeParquetWrite|ParquetWrite|Pipeline|TpchGenerate)Benchmark' \
  -Djmh.forks=3 -Djmh.iterations=3 -Djmh.label=shape33 2>&1 \
  | python3 -u -c 'import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]' > /work/res/shape33/shape33.log
echo "EXIT ${PIPESTATUS[0]}"
