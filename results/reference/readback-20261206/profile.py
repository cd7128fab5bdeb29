"""Self and inclusive shares of an async-profiler collapsed profile: python3 profile.py scan.collapsed.gz"""
import gzip, sys
from collections import Counter
total = 0
own = Counter()
inclusive = Counter()
for line in gzip.open(sys.argv[1], 'rt'):
    stack, n = line.rsplit(' ', 1)
    n = int(n)
    total += n
    frames = stack.split(';')
    own[frames[-1]] += n
    for f in set(frames):
        inclusive[f] += n
print('samples', total)
for f, n in own.most_common(12):
    print('self %5.1f%% %s' % (100 * n / total, f[:120]))
for key in ['asm_exc_page_fault', 'clear_page_erms', 'dev/tpchbench/digest/TableDigest']:
    print('inclusive %5.1f%% frames containing %s' % (100 * max(n for f, n in inclusive.items() if key in f) / total, key))
