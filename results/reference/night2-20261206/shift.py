"""A run-level machine-speed correction, tried on stored nightly pairs: the candidate's samples and canary readings
divided by R, the median over rows of the canary's candidate/baseline ratio (geometric means of each side's forks'
readings); then the suite's own comparison (CompareMain) on the original and the corrected pair, A/A and with a
planted 10 % slowdown. usage: python3 shift.py OUT BASELINE.json CANDIDATE.json (meta files beside them)"""
import json, math, os, re, shutil, statistics, subprocess, sys

out, base, cand = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
stem = lambda p: os.path.basename(p)[:-len(".json")]
for p in (base, cand):
    for suffix in (".json", ".meta.json"):
        shutil.copy(p[:-len(".json")] + suffix, out)

def key(r):
    return r["benchmark"], tuple(sorted(r["params"].items()))

B = {key(r): r for r in json.load(open(base))}
C = json.load(open(cand))
gm = lambda xs: math.exp(statistics.mean(math.log(x) for x in xs))
ratios = [gm(r["canary"]["cpuMillis"]) / gm(B[key(r)]["canary"]["cpuMillis"]) for r in C if key(r) in B and "canary" in r and "canary" in B[key(r)]]
R = statistics.median(ratios)
for r in C:
    pm = r["primaryMetric"]
    pm["rawData"] = [[x / R for x in f] for f in pm["rawData"]]
    pm["score"] /= R
    if "canary" in r:
        r["canary"]["cpuMillis"] = [x / R for x in r["canary"]["cpuMillis"]]
s = stem(cand)
shifted = re.sub(r"_([^_]+)$", r"_\1shift", s)
json.dump(C, open(os.path.join(out, shifted + ".json"), "w"))
meta = json.load(open(cand[:-len(".json")] + ".meta.json"))
meta["runId"] = shifted
meta["label"] = meta.get("label", "") + "shift"
json.dump(meta, open(os.path.join(out, shifted + ".meta.json"), "w"))
cp = open(os.environ["CPFILE"]).read().strip()
print("R (median canary ratio over %d rows) = %.4f" % (len(ratios), R))
for c in (s, shifted):
    for plant in ("1", "1.10"):
        res = subprocess.run(["java", "-cp", cp, "-Djmh.results=" + out, "-Djmh.baseline=" + stem(base),
                              "-Djmh.candidate=" + c, "-Djmh.plantSlowdown=" + plant, "dev.tpchbench.compare.CompareMain"],
                             capture_output=True, text=True)
        lines = [l for l in res.stdout.splitlines() if re.match(r"^\d+ faster|^Sensitivity", l)]
        print("%-45s plant %-4s %s" % (c, plant, " | ".join(lines) if lines else res.stdout[-300:] + res.stderr[-300:]))
