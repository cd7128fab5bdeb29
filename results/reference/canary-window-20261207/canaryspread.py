"""A row's canary readings in a run's JSON and their spread between the row's forks, for the scripts beside runs."""
import json, math, statistics

from mdrows import key


def canaries(run):
    """Per row (mdrows.key): the log of each fork's canary reading (a fork without samples, null, left out)."""
    return {key(e['benchmark'], e.get('params', {})): [math.log(x) for x in e['canary']['cpuMillis'] if x is not None]
            for e in json.load(open(run)) if 'canary' in e}


def spread(b, c):
    """The sd of the log readings about their side means, pooled within the two sides (AncovaFit's canary squares)."""
    ss = sum((x - statistics.mean(s)) ** 2 for s in (b, c) for x in s)
    return math.sqrt(ss / (len(b) + len(c) - 2))
