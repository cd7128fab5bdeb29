#!/bin/bash
cd /work/main
for t in default none; do
  if [ $t = none ]; then X='-Djmh.glibcTunables='; else X=''; fi
  mvn -o jmh:run -Djmh.preset=nightly -Djmh.prof=anatomy $X -Djmh.include='bench\.CDataImportBenchmark' \
    -Djmh.params='table=lineitem;batchRows=65536;importer=HAND_WRITTEN' -Djmh.forks=4 -Djmh.label=hand65k-$t > /work/res/t65/$t.log 2>&1
done
echo DONE > /work/res/t65/done
