#!/usr/bin/env python3
"""The hand-written import at 1,048,576 rows under glibc malloc tunables (criteria-written-before.md): the forks'
mean wall, system and user time and faults per iteration, and the A/A of odd against even forks by the suite's
comparison logic (../fork-median-20261205/estimator.py, fork mean, 99 %).
Usage (from this folder): python3 tunables.py RESULTS.json"""
import importlib.util, io, json, os, statistics as st, sys, contextlib

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("estimator", os.path.join(here, "../fork-median-20261205/estimator.py"))
estimator = importlib.util.module_from_spec(spec)
cwd = os.getcwd()
os.chdir(os.path.join(here, ".."))  # the estimator reads the stored A/As on import; its printout is not wanted here
with contextlib.redirect_stdout(io.StringIO()):
    spec.loader.exec_module(estimator)
os.chdir(cwd)

for e in json.load(open(sys.argv[1])):
    calls = e["measurementBatchSize"]
    forks = e["primaryMetric"]["rawData"]
    sec = e["secondaryMetrics"]
    for k, f in enumerate(forks):
        sysms = st.mean(sec["timedSystemMs"]["rawData"][k])
        cpu = st.mean(sec["timedCpuMs"]["rawData"][k])
        print(f"fork {k + 1:2d}: wall {st.mean(f) * calls / 1000:7.1f} ms, system {sysms:6.1f}, user {cpu - sysms:7.1f}, "
              f"faults {st.mean(sec['timedFaults']['rawData'][k]):8.0f} per iteration")
    systems = [st.mean(x) for x in sec["timedSystemMs"]["rawData"]]
    hw, flag, byfork = estimator.compare(forks[0::2], forks[1::2], st.mean)
    walls = [st.mean(f) for f in forks]
    print(f"forks' mean system time {min(systems):.0f}-{max(systems):.0f} ms per iteration (range {max(systems) - min(systems):.0f}); "
          f"fork-mean CV {st.stdev(walls) / st.mean(walls) * 100:.1f} %; A/A odd vs even forks: ±{hw * 100:.1f} % "
          f"({'by fork' if byfork else 'pooled'}){', flagged' if flag else ''}")
