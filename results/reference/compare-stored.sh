# Sourced by the scripts beside stored runs: the suite's comparison (CompareMain, what jmh:compare runs) on them.
# Set OUT (a scratch folder) before sourcing; CLASSES picks the build (default: this checkout's
# suite/target/classes, after `mvn install`). Defines REPO, REF (this folder) and compare_stored.
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
REF=$REPO/results/reference
mkdir -p "$OUT"
[[ -s "$OUT/cp.txt" ]] || mvn -q -o -f "$REPO/suite/pom.xml" dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt"
CP=$(cat "$OUT/cp.txt"):${CLASSES:-$REPO/suite/target/classes}

# compare_stored BASELINE CANDIDATE PLANT [MARKDOWN]: runs (paths or run ids in $OUT) compared with a planted
# slowdown (1 for none); the text report on stdout, the Markdown one at MARKDOWN (default: $OUT/reports/).
compare_stored() {
    java -cp "$CP" -Djmh.results="$OUT" -Djmh.baseline="$1" -Djmh.candidate="$2" -Djmh.plantSlowdown="$3" \
        ${4:+-Djmh.markdown="$4"} dev.tpchbench.compare.CompareMain
}
