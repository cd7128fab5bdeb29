#!/usr/bin/env python3
"""Fork seconds of a time-stamped run log, per run in it: the 27 two-fork rows (writes, pipelines, generator), the
generator alone, and the per-batch rows, by ../order-20261206/forktime.py's fork_seconds (a fork runs from its
"# Fork:" line to the next fork or result line). A log of several runs is cut at its "=== <label> start" lines.
Usage: python3 forkseconds.py LOG.gz [LOG.gz ...]"""
import gzip, os, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "order-20261206"))
import forktime  # noqa: E402

TWO_FORK = ("LanceWriteBenchmark", "NativeParquetWriteBenchmark", "ParquetWriteBenchmark", "PipelineBenchmark",
            "TpchGenerateBenchmark")


def runs(path):
    """The log's lines, one list per run (cut where a line says '=== ... start')."""
    parts = [[]]
    for line in gzip.open(path, "rt"):
        if " === " in line and line.rstrip().split(" ")[-2] == "start" and parts[-1]:
            parts.append([])
        parts[-1].append(line)
    return parts


for path in sys.argv[1:]:
    for number, lines in enumerate(runs(path), 1):
        with tempfile.NamedTemporaryFile(suffix=".gz") as part:
            with gzip.open(part.name, "wt") as out:
                out.writelines(lines)
            forks = forktime.fork_seconds(part.name)
        two = sum(sum(v) for k, v in forks.items() if k[0] in TWO_FORK)
        generator = sum(sum(v) for k, v in forks.items() if k[0] == "TpchGenerateBenchmark")
        per_batch = sum(sum(v) for k, v in forks.items() if k[0] not in TWO_FORK)
        print("%s run %d: %d forks; the 27 two-fork rows %.0f s (generator %.0f s); per-batch %.0f s"
              % (os.path.basename(path), number, sum(len(v) for v in forks.values()), two, generator, per_batch))
