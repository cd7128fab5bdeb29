#!/usr/bin/env python3
"""Cut stored interleaved A/As (jmh:ab, R rounds a side) into smaller A/As of another shape, to ask offline
what a nightly of k forks x m measured iterations per row would see. Design kxm, replicate j: rounds j*k .. j*k+k-1
of both sides (the same rounds: still interleaved), the first m measured iterations of each fork, the canary readings
of those forks (their medians are over all the fork's measured iterations: a small optimism when m < 5).
Writes <out>/<design>/<stem>.json and .meta.json and prints one jmh:compare pair per line.
Usage: subset.py OUT DESIGN[,DESIGN...] BASELINE.json ...   (the candidate is the file with -candidate for -baseline)
As a module: cut_run(run.json, out_dir, tag, forks, m) cuts one run to the given forks (0-based rounds)."""
import copy, json, os, sys


def cut_metric(metric, forks, m):
    raw = [metric["rawData"][f][:m] for f in forks]
    flat = [x for fork in raw for x in fork]
    metric["rawData"] = raw
    metric["score"] = sum(flat) / len(flat)
    metric["scoreError"] = "NaN"
    metric["scoreConfidence"] = [min(flat), max(flat)]
    metric.pop("scorePercentiles", None)


def cut_run(path, out_dir, tag, forks, m):
    entries = json.load(open(path))
    for e in entries:
        all_forks = len(e["primaryMetric"]["rawData"])
        e["forks"] = len(forks)
        e["measurementIterations"] = m
        cut_metric(e["primaryMetric"], forks, m)
        for metric in e["secondaryMetrics"].values():
            if len(metric.get("rawData", [])) == all_forks:
                cut_metric(metric, forks, m)
        c = e.get("canary")
        if c:
            c["cpuMillis"] = [c["cpuMillis"][f] for f in forks]
            c["samples"] = [c["samples"][f] for f in forks]
    meta = json.load(open(path[:-len(".json")] + ".meta.json"))
    stamp, sha, label = meta["runId"].split("_", 2)  # run ids are <time>_<sha>_<label>
    stem = "%s_%s_%s-%s" % (stamp, sha, tag, label)
    meta["runId"] = stem
    meta["label"] = tag + "-" + meta["label"]
    meta["jmh"]["forks"] = len(forks)
    meta["jmh"]["measurementIterations"] = m
    if "ab" in meta:
        meta["ab"]["rounds"] = len(forks)
        meta["ab"]["order"] = "".join(meta["ab"]["order"][2 * f:2 * f + 2] for f in forks)
        meta["ab"]["roundRuns"] = [meta["ab"]["roundRuns"][f] for f in forks]
    os.makedirs(out_dir, exist_ok=True)
    json.dump(entries, open(os.path.join(out_dir, stem + ".json"), "w"), indent=1)
    json.dump(meta, open(os.path.join(out_dir, stem + ".meta.json"), "w"), indent=1)
    return stem


def main():
    out, designs, baselines = sys.argv[1], sys.argv[2].split(","), sys.argv[3:]
    for design in designs:
        k, m = (int(x) for x in design.split("x"))
        for base in baselines:
            cand = base.replace("-baseline.json", "-candidate.json")
            rounds = len(json.load(open(base))[0]["primaryMetric"]["rawData"])
            for j in range(rounds // k):
                forks = list(range(j * k, j * k + k))
                tag = "%sr%d" % (design, j + 1)
                b = cut_run(base, os.path.join(out, design), tag, forks, m)
                c = cut_run(cand, os.path.join(out, design), tag, forks, m)
                print(design, b, c)


if __name__ == "__main__":
    main()
