cd /work/main
for i in 1 2; do
  echo "=== run $i start $(date -u +%FT%TZ)"
  mvn -o -B jmh:run -Djmh.preset=nightly -Djmh.include=CData -Djmh.label=pbaa 2>&1 | python3 -u -c 'import sys,time; [print("%.2f %s" % (time.time(), l), end="") for l in sys.stdin]'
  echo "=== run $i end $(date -u +%FT%TZ) rc ${PIPESTATUS[0]}"
done
