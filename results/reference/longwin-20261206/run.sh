cd /work/main
echo "=== ab start $(date -u +%FT%TZ)"
mvn -o -B jmh:ab -Djmh.baseline=131bc99 -Djmh.candidate=longwin -Djmh.preset=nightly -Djmh.include=CData \
    -Djmh.params='table=lineitem' -Djmh.forks=6 -Djmh.label=longwin 2>&1 | python3 -u -c 'import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
echo "=== ab end $(date -u +%FT%TZ) rc ${PIPESTATUS[0]}"
