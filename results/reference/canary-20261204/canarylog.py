"""What the canary scripts read: a time-stamped JMH log (each line's epoch time first, as the commands in the
README write it) and the canary's samples. Imported by canary-vs-forks.py, canary-by-row.py, paired-vs-canary.py and ../canary-rule-20261205/works-vs-forks.py."""
import json, re, statistics as st


def forks(log_path):
    """Every fork in the log, in order: its row (JMH's "# Parameters" text), its A/B side and round ("" and 0 in a
    jmh:run log), when its warm-up ended and its measured iterations as (end time, score)."""
    found, row, side, round_number = [], None, "", 0
    for line in open(log_path):
        m = re.match(r"(\d+\.\d+) (.*)", line.rstrip("\n"))
        if not m:
            continue
        t, text = float(m.group(1)), m.group(2)
        if (ab := re.match(r"=== A/B round (\d+) of \d+: (\w+)", text)):
            round_number, side = int(ab.group(1)), ab.group(2)
        elif text.startswith("# Parameters:"):
            row = text[len("# Parameters: "):]
        elif text.startswith("# Fork:"):
            found.append({"row": row, "side": side, "round": round_number, "warm_end": None, "iters": []})
        elif re.match(r"# Warmup Iteration\s+\d+:", text) or re.match(r"^\d[\d.]* ms/op$", text):
            found[-1]["warm_end"] = t
        elif (it := re.match(r"Iteration\s+\d+: ([\d.]+)", text)):
            found[-1]["iters"].append((t, float(it.group(1))))
    return [f for f in found if f["iters"]]


def row_name(params):
    """A results row's parameters written as the log's "# Parameters" line writes them."""
    return "(" + ", ".join(f"{k} = {v}" for k, v in sorted(params.items())) + ")"


def read_canary(path):
    return [json.loads(line) for line in open(path)]


def canary_during(canary, fork):
    """The canary's CPU times (ms) sampled while the fork's measured iterations ran."""
    t0, t1 = fork["warm_end"], fork["iters"][-1][0]
    return [c["cpu"] * 1000 for c in canary if t0 <= c["t"] <= t1]


def canary_median(canary, fork):
    return st.median(canary_during(canary, fork))


def moved_to_mean_canary(base, cand):
    """base, cand: (log fork time, log canary) per fork. The analysis of covariance the suite does: one slope of log
    time on log canary pooled within the two sides, each fork's log time moved to the mean canary by it.
    Returns (slope, moved base logs, moved candidate logs)."""
    centred = []
    for side in (base, cand):
        mt, mc = st.mean(x for x, _ in side), st.mean(y for _, y in side)
        centred += [(x - mt, y - mc) for x, y in side]
    slope = sum(x * y for x, y in centred) / sum(y * y for _, y in centred)
    mc = st.mean(y for _, y in base + cand)
    return slope, [x - slope * (y - mc) for x, y in base], [x - slope * (y - mc) for x, y in cand]
