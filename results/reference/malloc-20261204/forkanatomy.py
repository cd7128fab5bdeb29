#!/usr/bin/env python3
"""Per fork: its measured iterations (from the time-stamped JMH log) beside what forkprobe.py saw in the same
window: CPU seconds by thread group, minor faults, the machine's steal and the
CPU used by everything outside the fork.
Usage: forkanatomy.py LOG SAMPLES.jsonl [--by-iteration]
LOG: JMH's output with each line's epoch time first. A log of `jmh:ab` with times relative to its start
(ab-timestamps.log) is aligned by its first fork: the first sample that saw a fork. Forks of a `jmh:ab` log are
labelled with the side and round of the "=== A/B round" line before them.
"""
import json, re, sys
from collections import defaultdict

HZ = 100.0
log_path, samples_path = sys.argv[1], sys.argv[2]
by_iteration = "--by-iteration" in sys.argv

samples = [json.loads(l) for l in open(samples_path)]

lines = []
for line in open(log_path):
    m = re.match(r"\s*(\d+\.\d+) (.*)", line.rstrip("\n"))
    if m:
        lines.append((float(m.group(1)), m.group(2)))
if lines and lines[0][0] < 1e9:  # relative times: align the first fork with the first sample that saw one
    first_fork = next(t for t, text in lines if text.startswith("# Fork:"))
    first_seen = next(s["t"] for s in samples if s["forks"])
    lines = [(t + first_seen - first_fork, text) for t, text in lines]

forks = []  # each: {params, side, warm_end, iters: [(t_end, ms)]}
params = None
side = ""
for t, text in lines:
    if (ab := re.match(r"=== A/B round (\d+) of \d+: (\w+)", text)):
        side = f"{ab.group(2)} {ab.group(1)} "
    elif text.startswith("# Parameters:"):
        params = text
    elif text.startswith("# Fork:"):
        forks.append({"params": params, "side": side, "start": t, "warm_end": None, "iters": []})
    elif re.match(r"# Warmup Iteration\s+\d+:", text) or re.match(r"^\d[\d.]* ms/op$", text):
        forks[-1]["warm_end"] = t
    elif (mi := re.match(r"Iteration\s+(\d+): ([\d.]+) (\S+)", text)):
        forks[-1]["iters"].append((t, float(mi.group(2))))



def group(name):
    name = re.sub(r"[\d#]+$", "", name).strip(" -_")
    return name or "?"


def snapshot(pid, t):
    """The last sample of pid at or before t."""
    best = None
    for s in samples:
        if s["t"] <= t and pid in s["forks"]:
            best = s
    return best


def machine(t):
    best = samples[0]
    for s in samples:
        if s["t"] <= t:
            best = s
    return best


# fork pid = the ForkedMain pid seen within the fork's time span
for f, nxt in zip(forks, forks[1:] + [None]):
    end = f["iters"][-1][0] if f["iters"] else f["start"]
    seen = defaultdict(int)
    for s in samples:
        if f["start"] <= s["t"] <= end:
            for pid in s["forks"]:
                seen[pid] += 1
    f["pid"] = max(seen, key=seen.get) if seen else None


def window(f, t0, t1):
    a, b = snapshot(f["pid"], t0), snapshot(f["pid"], t1)
    if a is None or b is None:
        return None
    fa, fb = a["forks"][f["pid"]], b["forks"][f["pid"]]
    groups = defaultdict(float)
    for tid, th in fb["threads"].items():
        before = fa["threads"].get(tid, [th[0], 0, 0, 0, 0])
        groups[group(th[0])] += (th[1] + th[2] - before[1] - before[2]) / HZ
    ma, mb = machine(t0)["cpu"], machine(t1)["cpu"]
    d = [y - x for x, y in zip(ma, mb)]
    busy = (sum(d[:3]) + sum(d[5:8])) / HZ  # user nice system irq softirq steal
    own = (fb["utime"] + fb["stime"] - fa["utime"] - fa["stime"]) / HZ
    return {"wall": b["t"] - a["t"], "own": own, "others": busy - own - d[7] / HZ, "steal": d[7] / HZ,
            "iowait": d[4] / HZ, "minflt": fb["minflt"] - fa["minflt"],
            "groups": groups}


last_params = None
for i, f in enumerate(forks):
    if f["params"] != last_params:
        print("\n" + f["params"])
        last_params = f["params"]
    if not f["iters"] or f["pid"] is None:
        print(f"fork {i + 1}: no iterations")
        continue
    ms = [x[1] for x in f["iters"]]
    spans = [(f["warm_end"], f["iters"][0][0])] + [(a[0], b[0]) for a, b in zip(f["iters"], f["iters"][1:])]
    rows = list(zip(spans, ms)) if by_iteration else [((f["warm_end"], f["iters"][-1][0]), sum(ms) / len(ms))]
    for (t0, t1), score in rows:
        w = window(f, t0, t1)
        n = 1 if by_iteration else len(ms)
        top = sorted(w["groups"].items(), key=lambda kv: -kv[1])[:6]
        print(f"{f['side']}fork {i + 1} pid {f['pid']}: {score:8.0f} ms  wall/it {w['wall'] / n:5.2f} s  cpu/it {w['own'] / n:5.2f} s"
              f"  others {w['others'] / n:5.2f}  steal {w['steal'] / n:4.2f}  iowait {w['iowait'] / n:4.2f}"
              f"  minflt/it {w['minflt'] / n:8.0f}  | "
              + "  ".join(f"{k} {v / n:.2f}" for k, v in top))
