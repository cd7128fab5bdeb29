#!/usr/bin/env python3
"""Which canary work tracks the forks best: for each candidate work timed beside a jmh:ab run (Canaries.java's
jsonl, and the Python canary's), r between each fork's mean time and the work's median CPU time during the
fork's measured iterations (each relative to its row and side), and per row the 99 % half-width of the
candidate/baseline ratio adjusted for that work (the suite's analysis of covariance on the fork means' logs).
Usage: works-vs-forks.py LOG CANARIES.jsonl [PYTHON-CANARY.jsonl]"""
import json, math, os, statistics as st, sys

from scipy import stats

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "canary-20261204"))
import canarylog  # noqa: E402


def welch_half_width(base, cand, lost_df):
    vb, vc = st.variance(base) / len(base), st.variance(cand) / len(cand)
    df = (vb + vc) ** 2 / (vb ** 2 / (len(base) - 1) + vc ** 2 / (len(cand) - 1)) - lost_df
    return math.exp(stats.t.ppf(0.995, df) * math.sqrt(vb + vc)) - 1


def adjusted_half_width(base, cand):
    """base, cand: (log fork time, log canary) per fork."""
    _, moved_base, moved_cand = canarylog.moved_to_mean_canary(base, cand)
    return welch_half_width(moved_base, moved_cand, 1)


log_path = sys.argv[1]
samples = {}
for line in open(sys.argv[2]):
    s = json.loads(line)
    samples.setdefault(s["work"], []).append(s)
if len(sys.argv) > 3:
    samples["python"] = canarylog.read_canary(sys.argv[3])
forks = canarylog.forks(log_path)
rows = sorted({f["row"] for f in forks})
print(f"{len(forks)} forks, {len(rows)} rows")
plain = []
for row in rows:
    b = [math.log(st.mean(ms for _, ms in f["iters"])) for f in forks if f["row"] == row and f["side"] == "baseline"]
    c = [math.log(st.mean(ms for _, ms in f["iters"])) for f in forks if f["row"] == row and f["side"] == "candidate"]
    plain.append(welch_half_width(b, c, 0))
print(f"{'by fork, unadjusted':22s} median half-width ±{st.median(plain) * 100:5.2f} %, rows within ±5 %: "
      f"{sum(h <= 0.05 for h in plain)}; per row " + " ".join(f"{h * 100:.1f}" for h in plain))
for work, canary in samples.items():
    rel_t, rel_c, widths = [], [], []
    for row in rows:
        sides = {}
        for side in ("baseline", "candidate"):
            fs = [(st.mean(ms for _, ms in f["iters"]), canarylog.canary_median(canary, f))
                  for f in forks if f["row"] == row and f["side"] == side]
            mt, mc = st.mean(t for t, _ in fs), st.mean(cc for _, cc in fs)
            rel_t += [t / mt for t, _ in fs]
            rel_c += [cc / mc for _, cc in fs]
            sides[side] = [(math.log(t), math.log(cc)) for t, cc in fs]
        widths.append(adjusted_half_width(sides["baseline"], sides["candidate"]))
    print(f"{work:8s} r {st.correlation(rel_t, rel_c):5.2f}   adjusted median half-width ±{st.median(widths) * 100:5.2f} %, "
          f"rows within ±5 %: {sum(h <= 0.05 for h in widths)}; per row " + " ".join(f"{h * 100:.1f}" for h in widths))
