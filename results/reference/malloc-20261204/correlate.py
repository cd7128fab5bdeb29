#!/usr/bin/env python3
"""The correlations the README quotes, from forkanatomy.py's tables.
  correlate.py forks ab-per-fork.txt: per fork, its time and its CPU seconds and minor faults per iteration, each
    relative to the mean of its row and side; r of time with each, and the slope of time on CPU.
  correlate.py iterations probe-default-by-iteration.txt: per row, r of each iteration's time with its faults.
Needs Python 3.10+."""
import re, statistics as st, sys

mode, path = sys.argv[1], sys.argv[2]
groups, row = {}, None
for line in open(path):
    if line.startswith("#"):
        row = line.strip()
        continue
    m = re.search(r"^(\w*)\s*\d*\s*fork \d+ pid \d+:\s+(\d+) ms.*cpu/it\s+([\d.]+) s.*minflt/it\s+(\d+)", line)
    if m:
        groups.setdefault((row, m.group(1) if m.group(1) != "fork" else ""), []).append(
            (float(m.group(2)), float(m.group(3)), float(m.group(4))))

if mode == "forks":
    time, cpu, faults = [], [], []
    for values in groups.values():
        means = [st.mean(v[i] for v in values) for i in range(3)]
        for v in values:
            time.append(v[0] / means[0])
            cpu.append(v[1] / means[1])
            faults.append(v[2] / means[2])
    print(f"{len(time)} forks: r(time, CPU per iteration) {st.correlation(time, cpu):.2f}, slope "
          f"{st.linear_regression(cpu, time).slope:.2f}; r(time, faults per iteration) {st.correlation(time, faults):.2f}")
else:
    for (name, _), values in groups.items():
        time, faults = [v[0] for v in values], [v[2] for v in values]
        print(f"{name}: {len(values)} iterations, faults {min(faults):.0f}-{max(faults):.0f} (median {st.median(faults):.0f}),"
              f" r(time, faults) {st.correlation(time, faults):.2f}")
