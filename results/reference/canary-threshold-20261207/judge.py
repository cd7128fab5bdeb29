#!/usr/bin/env python3
"""The criteria of criteria.md on one A/A pair compared twice: by main's comparison (adjusting every eligible row)
and by the spread threshold's. Reads the two plain and the two planted Markdown reports.
Usage: judge.py MAIN.md RULE.md MAIN_PLANTED.md RULE_PLANTED.md"""
import os, statistics, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'canary-window-20261207'))
from mdrows import key, rows

main_md, rule_md, main_planted, rule_planted = sys.argv[1:5]
main = {key(r.benchmark, r.params): r for r in rows(main_md)}
rule = {key(r.benchmark, r.params): r for r in rows(rule_md)}
assert main.keys() == rule.keys(), 'the two reports compare different rows'


def flagged(rs):
    return sum(r.verdict in ('SLOWER', 'FASTER') for r in rs)


print('rows compared: %d' % len(main))
print('deciding half-width, median: main %.1f %%, rule %.1f %%'
      % (statistics.median(r.deciding for r in main.values()), statistics.median(r.deciding for r in rule.values())))
steady = [k for k in rule if 'canary moved' in rule[k].why_not]
dropped = [k for k in steady if main[k].by_canary]
print('rows the rule left unadjusted as steady: %d; of them decided adjusted by main: %d' % (len(steady), len(dropped)))
for k in dropped:
    print('  %-70s main (adjusted) ±%.1f %%, rule (unadjusted) ±%.1f %%  %s'
          % (k, main[k].deciding, rule[k].deciding, rule[k].why_not))
narrower = sum(rule[k].deciding < main[k].deciding for k in dropped)
print('of those, narrower by the rule: %d of %d' % (narrower, len(dropped)))
print('A/A flags: main %d, rule %d' % (flagged(main.values()), flagged(rule.values())))
print('planted 10 %% flagged: main %d, rule %d of %d'
      % (flagged(rows(main_planted)), flagged(rows(rule_planted)), len(main)))
