"""What seeing 5 % in every row would cost a nightly: each row's forks per side from a jmh:compare Markdown report
(the verdict's planning figure), times that row's fork duration from forktime.py's output.

usage: python3 cost.py COMPARE.md FORKTIME.txt
Rows that already decided (NO_CHANGE, FASTER, SLOWER) keep the forks they ran; 'more than 200' counts as 201 (a
lower bound). Keys: benchmark, table and the row's variant and batch size."""
import re, sys

VARIANT_KEYS = ("importer", "hop", "codec", "phase")


def key(bench, table, variant, batch):
    return (bench, table, variant or "", int(batch))


def fork_times(path):
    out = {}
    for line in open(path):
        m = re.match(r"^(\S+)\s+(\S+)\s+(?:([A-Z_0-9]+)\s+)?(\d+) forks=(\d+) fork\s+([\d.]+) s", line)
        if m:
            out[key(m.group(1), m.group(2), m.group(3), m.group(4))] = (int(m.group(5)), float(m.group(6)))
    return out


def rows(path):
    for line in open(path):
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 11 or "Benchmark." not in cells[1]:
            continue
        params = dict(p.split("=", 1) for p in cells[2].split())
        variant = next((params[k] for k in VARIANT_KEYS if k in params), "")
        verdict = cells[10]
        m = re.search(r"about (\d+) forks per side", verdict)
        need = int(m.group(1)) if m else (201 if "more than 200" in verdict else None)
        yield key(cells[1].split(".")[0], params.get("table", "?"), variant, params.get("batchRows", "0")), verdict, need


def main(compare, forktime):
    times = fork_times(forktime)
    now_total = need_total = 0.0
    bounded = 0
    for k, verdict, need in rows(compare):
        forks, seconds = times[k]
        # No figure: the row decided (NO_CHANGE, FASTER, SLOWER) or a side ran one fork; counted as it ran.
        n = need if need is not None else forks
        bounded += need == 201
        now_total += forks * seconds
        need_total += max(n, forks) * seconds
        print("%-28s %-9s %-13s %8d  now %d x %5.1f s  need %s  %s" % (k[0], k[1], k[2], k[3], forks, seconds,
              ">200" if need == 201 else n, verdict.split(" (")[0]))
    print("forks' time now %.1f min; with every row at its planning figure %.1f min%s" % (
        now_total / 60, need_total / 60, " (a lower bound: %d row(s) need more than 200)" % bounded if bounded else ""))


if __name__ == "__main__":
    main(*sys.argv[1:3])
