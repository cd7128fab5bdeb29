#!/usr/bin/env python3
"""Does the benchmark's own work move the canary? In a jmh:ab log each round runs every row once, one fork after
the other: this pairs the forks of two rows within each round and gives the canary's median CPU time during
the second row's fork over the first's (geometric mean over the rounds, with the range).
Usage: canary-by-row.py LOG CANARY.jsonl"""
import json, math, re, statistics as st, sys

log_path, canary_path = sys.argv[1], sys.argv[2]
canary = [json.loads(l) for l in open(canary_path)]
rounds, current, row = [], None, None
for line in open(log_path):
    m = re.match(r"(\d+\.\d+) (.*)", line.rstrip("\n"))
    if not m:
        continue
    t, text = float(m.group(1)), m.group(2)
    if re.match(r"=== A/B round \d+ of \d+: \w+", text):
        current = {}
        rounds.append(current)
    elif text.startswith("# Parameters:"):
        row = text[len("# Parameters: "):]
    elif text.startswith("# Fork:"):
        current[row] = {"warm_end": None, "end": None}
    elif re.match(r"# Warmup Iteration\s+\d+:", text) or re.match(r"^\d[\d.]* ms/op$", text):
        current[row]["warm_end"] = t
    elif re.match(r"Iteration\s+\d+: ", text):
        current[row]["end"] = t

rows = list(rounds[0])
medians = [{r: st.median(c["cpu"] for c in canary if f["warm_end"] <= c["t"] <= f["end"]) for r, f in rnd.items()}
           for rnd in rounds]
for first, second in zip(rows, rows[1:]):
    ratios = [m[second] / m[first] for m in medians]
    mean = math.exp(st.mean(math.log(r) for r in ratios))
    print(f"{second}\n  over {first}:\n  canary {mean:.3f}x (rounds: {min(ratios):.3f}-{max(ratios):.3f}, n {len(ratios)})")
