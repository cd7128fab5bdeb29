#!/usr/bin/env bash
cd /work/main
for line in \
 "'-Djmh.baseline=50a982a52d622fce8b221d7a2043d42384ed4e2d' '-Djmh.candidate=50a982a52d622fce8b221d7a2043d42384ed4e2d' '-Djmh.preset=nightly' '-Djmh.include=^dev\.tpchbench\.bench\.ParquetWriteBenchmark\.writeTable$' '-Djmh.params=batchRows=65536;codec=ZSTD;scaleFactor=1;table=customer' '-Djmh.forks=8' '-Djmh.alpha=0.10' '-Djmh.label=confirm'" \
 "'-Djmh.baseline=bd7bf1b4f1e2e978032e4e8aa123a4d5971c1a83' '-Djmh.candidate=50a982a52d622fce8b221d7a2043d42384ed4e2d' '-Djmh.preset=nightly' '-Djmh.include=^dev\.tpchbench\.bench\.PipelineBenchmark\.pipeline$' '-Djmh.params=batchRows=65536;phase=PHASE_3;scaleFactor=1;table=lineitem' '-Djmh.forks=8' '-Djmh.alpha=0.10' '-Djmh.label=confirm'"; do
  read -ra words <<< "$line"
  words=("${words[@]//\'/}")
  echo "== re-run: ${words[*]}"
  mvn -o -B -q -Djmh.results=/tmp/n3res jmh:ab "${words[@]}"
  echo "== exit $?"
done
