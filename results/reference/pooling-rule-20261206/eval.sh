#!/bin/bash
# Runs the comparison (CompareMain) of a scratch worktree that carries scratch-rule.patch under each rule variant
# (-Dscratch.rule=R0..R3) over: the cut A/As of ../nightly-aa-20261205/shape (2x5, 3x3, 3x5), the five stored 6-round
# A/As uncut ("full"), the 2 x 5 nightly A/A of 2026-12-05 and, as the check, the 3 x 3 nightly A/A of 2026-12-06.
# Reports under $POOL/<variant>/<group>/reports; then: python3 summ.py $POOL
# Before: OUT=$SHAPE bash ../nightly-aa-20261205/shape/compare-all.sh (makes the cut runs, pairs.txt, cp.txt), and
#   git worktree add $RULEWORK <rev> && git -C $RULEWORK apply $PWD/scratch-rule.patch && mvn -q -f $RULEWORK/pom.xml -pl suite compile
set -euo pipefail
cd "$(dirname "$0")"
REF=$(cd .. && pwd)
SHAPE=${SHAPE:-/tmp/nightly-shape}
RULEWORK=${RULEWORK:-/tmp/rulework}
POOL=${POOL:-/tmp/pool}
# R0..R3: the pooling rules; C3, C4: the canary adjustment from 3 or 4 forks under R2 (../canary-min-forks-20261206/)
VARIANTS=${VARIANTS:-R0 R1 R2 R3}
props() { case $1 in R*) echo "-Dscratch.rule=$1" ;; C*) echo "-Dscratch.rule=R2 -Dscratch.minForks=${1#C}" ;; esac; }
CP=$(cat $SHAPE/cp.txt):$RULEWORK/suite/target/classes
for v in $VARIANTS; do
  W=$POOL/$v; rm -rf $W; mkdir -p $W/full $W/nightly25 $W/nightly33
  for d in 2x5 3x3 3x5; do mkdir -p $W/$d; cp $SHAPE/$d/*.json $W/$d/; done
  for s in canary-suite-20261204/*aa6-canary canary-suite-20261204/*aa6-orders-writes canary-rule-20261205/*aa6-customer \
           canary-rule-20261205/*aa6-lineitem canary-rule-20261205/*aa6-sortcanary; do
    for side in baseline candidate; do cp $REF/$s-$side.json $REF/$s-$side.meta.json $W/full/; done
    b=$(basename $REF/$s-baseline.json .json); echo "full $b ${b%-baseline}-candidate"
  done > $W/pairs.txt
  cp $REF/nightly-aa-20261205/*_nightly.json $REF/nightly-aa-20261205/*_nightly.meta.json $W/nightly25/
  echo "nightly25 20261205T211118Z_8526ad6_nightly 20261205T214358Z_8526ad6_nightly" >> $W/pairs.txt
  cp $REF/nightly33-aa-20261206/*_nightly.json $REF/nightly33-aa-20261206/*_nightly.meta.json $W/nightly33/
  echo "nightly33 20261206T000125Z_3b8bbc7_nightly 20261206T003920Z_3b8bbc7_nightly" >> $W/pairs.txt
  cat $SHAPE/pairs.txt >> $W/pairs.txt
  while read -r group base cand; do
    for plant in 1 1.10; do
      java $(props $v) -cp "$CP" -Djmh.results="$W/$group" -Djmh.baseline="$base" -Djmh.candidate="$cand" \
          -Djmh.plantSlowdown=$plant dev.tpchbench.compare.CompareMain > /dev/null
    done
  done < $W/pairs.txt
done
