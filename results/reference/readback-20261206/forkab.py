"""Fork durations per side and row of a jmh:ab run, paired by round, from its timestamped log.

python3 forkab.py ab-timestamps.log.gz
A fork runs from its '# Fork:' line to the next '# Benchmark:' or '# Run complete' line; the first fork of each
side's round also generates the run's source file (both sides alike).
"""
import gzip, math, re, statistics, sys
from collections import defaultdict

# two-sided 99 % quantiles of Student's t for 1..10 degrees of freedom
T99 = {1: 63.657, 2: 9.925, 3: 5.841, 4: 4.604, 5: 4.032, 6: 3.707, 7: 3.499, 8: 3.355, 9: 3.250, 10: 3.169}
durations = defaultdict(dict)  # (row) -> {(side, round): seconds}
side = rnd = bench = params = None
start = None
for line in gzip.open(sys.argv[1], 'rt', errors='replace'):
    parts = line.split(' ', 1)
    if len(parts) < 2:
        continue
    try:
        t = float(parts[0])
    except ValueError:
        continue
    text = parts[1]
    m = re.match(r'=== A/B round (\d+) of \d+: (baseline|candidate) ', text)
    if m:
        rnd, side = int(m.group(1)), m.group(2)
        continue
    if text.startswith('# Benchmark:') or text.startswith('# Run complete'):
        if start is not None:
            durations[(bench, params)][(side, rnd)] = t - start
            start = None
        if text.startswith('# Benchmark:'):
            bench = text.split('.')[-2]
    elif text.startswith('# Parameters:'):
        params = text.strip()[len('# Parameters: '):]
    elif text.startswith('# Fork:'):
        start = t

for (bench, params), d in sorted(durations.items()):
    rounds = sorted({r for (_, r) in d})
    print(bench, params)
    logs = []
    for r in rounds:
        b, c = d.get(('baseline', r)), d.get(('candidate', r))
        print('  round %d: baseline %.1f s, candidate %.1f s, candidate/baseline %.3f' % (r, b, c, c / b))
        logs.append(math.log(c / b))
    gm = math.exp(statistics.mean(logs))
    half = T99[len(logs) - 1] * statistics.stdev(logs) / math.sqrt(len(logs)) if len(logs) > 1 else float('nan')
    print('  geometric mean of the per-round ratios %.3f [99 %% CI %.3f, %.3f] (paired t on the logs, %d rounds)'
          % (gm, math.exp(math.log(gm) - half), math.exp(math.log(gm) + half), len(logs)))
    print('  mean fork baseline %.1f s, candidate %.1f s; %d of %d rounds shorter'
          % (statistics.mean(d[('baseline', r)] for r in rounds), statistics.mean(d[('candidate', r)] for r in rounds),
             sum(1 for x in logs if x < 0), len(logs)))
