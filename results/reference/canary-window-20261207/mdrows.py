"""The rows of a comparison's Markdown report (CompareMain's table), for the scripts beside these runs."""
import re
from typing import NamedTuple, Optional


class Row(NamedTuple):
    benchmark: str            # e.g. ParquetWriteBenchmark.writeTable
    params: dict
    unadjusted: float         # the "detectable" half-width, %
    adjusted: Optional[float] # the canary-adjusted half-width, %; None when not adjusted
    deciding: float           # the half-width of the interval that decided the verdict, %
    verdict: str              # SLOWER, FASTER, NO_CHANGE or INCONCLUSIVE
    why_not: str              # the adjusted column's text when not adjusted, else ''
    by_canary: bool           # the verdict was decided by the canary-adjusted interval


def key(benchmark, params):
    """One row's name in a report and in a run's JSON alike: Class.method and the sorted parameters."""
    return '.'.join(benchmark.split('.')[-2:]) + ' ' + ' '.join('%s=%s' % kv for kv in sorted(params.items()))


def _width(text):
    return float(re.search(r'±([\d,.]+)%', text).group(1).replace(',', ''))


def rows(md):
    out = []
    for line in open(md):
        if not re.match(r'^\| [A-Z]\w+Benchmark\.', line):
            continue
        c = [x.strip() for x in line.strip().strip('|').split('|')]
        verdict = c[9]
        adjusted = None if c[8].startswith('not adjusted') else _width(c[8])
        if 'could see' in verdict:
            deciding = _width(verdict)
        elif 'adjusted for the canary' in verdict:
            deciding = _width(c[8])
        else:
            deciding = _width(c[7])
        out.append(Row(c[0], dict(kv.split('=') for kv in c[1].split()), _width(c[7]), adjusted, deciding,
                       verdict.split(' ')[0], c[8] if adjusted is None else '', 'adjusted for the canary' in verdict))
    return out
