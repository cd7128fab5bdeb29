#!/usr/bin/env python3
"""What the JIT compiled during measured iterations, from a time-stamped log of a run with
-Djmh.jvmArgsAppend=-XX:+PrintCompilation: JMH prints "Iteration N:" when an iteration starts and its score when
it ends, so the compilations printed in between belong to that iteration (set-up, timed calls, teardown).
Usage: python3 jitlines.py anatomy-jit.log"""
import collections, re, sys

COMPILE = re.compile(r"\s(\d+)\s+(\d+)\s+[%sbn! ]*\s([0-4])\s+([\w.$]+)::")
ITER = re.compile(r"(?<!Warmup )Iteration\s+\d+:")
per_iteration, packages, levels, classes = [], collections.Counter(), collections.Counter(), collections.Counter()
inside = False
for line in open(sys.argv[1], errors="replace"):
    if "# Fork:" in line or "# Warmup Iteration" in line or "# Benchmark:" in line:
        inside = False
    if ITER.search(line):
        inside = True
        per_iteration.append(0)
    if not inside:
        continue
    for m in COMPILE.finditer(line):
        per_iteration[-1] += 1
        levels[m.group(3)] += 1
        cls = m.group(4)
        classes[cls] += 1
        packages[".".join(cls.split(".")[:3]) if cls.startswith(("org.", "io.", "dev.", "com.")) else ".".join(cls.split(".")[:2])] += 1
n = sorted(per_iteration)
print(f"{len(n)} measured iterations; compilations printed during each: median {n[len(n) // 2]}, "
      f"range {n[0]}-{n[-1]}; by tier {dict(sorted(levels.items()))}")
for pkg, count in packages.most_common(12):
    print(f"  {count:5d}  {pkg}")
print("classes compiled most often in measured iterations:")
for cls, count in classes.most_common(15):
    print(f"  {count:5d}  {cls}")
