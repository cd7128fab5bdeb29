#!/bin/bash
# The comparison under the pooling test at 0.50 (main's) with the canary adjustment from 3 or from 4 forks a side
# (C3, C4), over the same data as ../pooling-rule-20261206/eval.sh, whose header says how to prepare it; the scratch
# worktree needs scratch-rules.patch here (both scratch properties). Then: python3 ../pooling-rule-20261206/summ.py $POOL
cd "$(dirname "$0")"
VARIANTS="C3 C4" POOL=${POOL:-/tmp/canary-pool} exec bash ../pooling-rule-20261206/eval.sh
