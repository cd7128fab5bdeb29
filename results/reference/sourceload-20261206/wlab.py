import collections, sys
# Worker-thread wall time by what the JMH stub called (set-up, benchmark, teardown) and one or two levels below.
pid, depth = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2
lab = collections.Counter()
for line in open("wwall-%s.collapsed" % pid):
    stack, _, n = line.rstrip().rpartition(" ")
    fr = stack.split(";")
    if "jmh-worker" not in fr[0]:
        continue
    idx = max((i for i, f in enumerate(fr) if "jmh_generated" in f), default=None)
    if idx is None:
        key = "(outside the stub) " + " > ".join(f.split("(")[0] for f in fr[1:3])
    else:
        key = " > ".join(f.split("(")[0].replace("dev/tpchbench/", "").replace("dev.tpchbench.", "") for f in fr[idx + 1: idx + 1 + depth])
    lab[key] += int(n)
for k, v in lab.most_common(30):
    print("%6.2f s  %s" % (v * 0.01, k[:220]))
