#!/usr/bin/env python3
"""Where the timed calls' time went, per iteration, in a run of the per-batch C Data rows (the suite's timed*
secondary metrics, TimedWindow): each row's median split of an iteration into cpu / wait / stopped; every slow
iteration (above 1.25x its fork's median, as spikes.py) with its excess over the fork's median split the same way
and named by the part holding >= 60 % of it (criteria-written-before.md); per row, Pearson r of an iteration's
excess wall time with each part's excess (all iterations), and of the forks' mean wall with their mean cpu.
Usage: python3 anatomy.py RESULTS.json [batchRows]"""
import json, statistics as st, sys

from scipy import stats

SPIKE, CAUSE = 1.25, 0.60
PARTS = ["timedCpuMs", "timedWaitMs", "timedStoppedMs"]
OTHERS = ["timedSystemMs", "timedFaults", "timedGcMs", "timedGcAndVmThreadsMs", "timedJitThreadsMs", "timedOtherThreadsMs"]


def name(e):
    p = e["params"]
    return e["benchmark"].split(".")[-2].replace("Benchmark", "") + " " + p.get("importer", p.get("hop", ""))


def forks(e, metric):
    return e["secondaryMetrics"][metric]["rawData"]


path = sys.argv[1]
rows = sys.argv[2] if len(sys.argv) > 2 else "1048576"
causes = {}
for e in json.load(open(path)):
    if e["params"].get("batchRows") != rows or "timedCpuMs" not in e.get("secondaryMetrics", {}):
        continue
    calls = e["measurementBatchSize"]
    walls = [[x * calls / 1000 for x in f] for f in e["primaryMetric"]["rawData"]]
    parts = {m: forks(e, m) if m in e["secondaryMetrics"] else [[float("nan")] * len(f) for f in walls]
             for m in PARTS + OTHERS}
    flat = lambda m: [x for f in parts[m] for x in f]
    allwall = [x for f in walls for x in f]
    med = {m: st.median(flat(m)) for m in PARTS + OTHERS}
    print(f"\n{name(e)}: {len(walls)} forks x {len(walls[0])} iterations of {calls} calls; median iteration "
          f"{st.median(allwall):.1f} ms = cpu {med['timedCpuMs']:.1f} + wait {med['timedWaitMs']:.1f} + stopped "
          f"{med['timedStoppedMs']:.1f} (system {med['timedSystemMs']:.1f}, {med['timedFaults']:.0f} faults); beside it gc {med['timedGcMs']:.1f}, GC/VM threads "
          f"{med['timedGcAndVmThreadsMs']:.1f}, JIT {med['timedJitThreadsMs']:.1f}, other threads "
          f"{med['timedOtherThreadsMs']:.1f} ms")
    excess = {m: [] for m in ["wall"] + PARTS}
    for k, fw in enumerate(walls):
        mw = st.median(fw)
        mp = {m: st.median(parts[m][k]) for m in PARTS}
        for i, w in enumerate(fw):
            d = {m: parts[m][k][i] - mp[m] for m in PARTS}
            excess["wall"].append(w - mw)
            for m in PARTS:
                excess[m].append(d[m])
            if w > SPIKE * mw:
                share = {m: d[m] / (w - mw) for m in PARTS}
                cause = next((m for m in PARTS if share[m] >= CAUSE), "mixed")
                sys_excess = parts["timedSystemMs"][k][i] - st.median(parts["timedSystemMs"][k])
                if cause == "timedCpuMs" and sys_excess >= CAUSE * d["timedCpuMs"]:
                    cause = "timedCpuMs, of it system"
                causes[cause] = causes.get(cause, 0) + 1
                print(f"  slow: fork {k + 1} iteration {i + 1}: {w:.1f} ms, {w / mw:.2f}x its fork's median; excess "
                      f"{w - mw:.1f} ms = cpu {d['timedCpuMs']:+.1f}, wait {d['timedWaitMs']:+.1f}, stopped "
                      f"{d['timedStoppedMs']:+.1f}; system {parts['timedSystemMs'][k][i]:.1f} ({sys_excess:+.1f}), faults "
                      f"{parts['timedFaults'][k][i]:.0f}; gc {parts['timedGcMs'][k][i]:.1f}, JIT "
                      f"{parts['timedJitThreadsMs'][k][i]:.1f}, GC/VM {parts['timedGcAndVmThreadsMs'][k][i]:.1f}, "
                      f"other threads {parts['timedOtherThreadsMs'][k][i]:.1f} -> {cause}")
    rs = ", ".join(f"{m[5:-2].lower()} r = {stats.pearsonr(excess['wall'], excess[m])[0]:.2f}" for m in PARTS)
    jit = [x for f in parts["timedJitThreadsMs"] for x in f]
    print(f"  all iterations, excess over the fork's median: {rs}; r(wall excess, JIT threads' ms) = "
          f"{stats.pearsonr(excess['wall'], jit)[0]:.2f}, r(cpu excess, JIT threads' ms) = "
          f"{stats.pearsonr(excess['timedCpuMs'], jit)[0]:.2f}")
    fw = [st.mean(f) for f in walls]
    fc = [st.mean(f) for f in parts["timedCpuMs"]]
    print(f"  forks: mean wall {min(fw):.1f}-{max(fw):.1f} ms (CV {st.stdev(fw) / st.mean(fw) * 100:.1f} %), mean cpu "
          f"{min(fc):.1f}-{max(fc):.1f}; r(wall, cpu) over forks = {stats.pearsonr(fw, fc)[0]:.2f}")
print("\nslow iterations by cause:", causes)
