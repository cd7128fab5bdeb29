#!/bin/bash
cd /work/main
echo "=== rowctl start $(date -u +%FT%TZ)"
mvn -o -B jmh:run -Djmh.preset=nightly -Djmh.forkOrder=row -Djmh.label=rowctl 2>&1 | python3 -u -c 'import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]' > /tmp/rowctl.log
echo "=== rowctl end $(date -u +%FT%TZ) exit ${PIPESTATUS[0]}"
