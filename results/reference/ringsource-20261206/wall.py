import sys, collections
# collapsed with threads: "[thread name tid=..];frame;frame count"
keys = sys.argv[2:]
threads = collections.Counter(); by = collections.Counter()
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    n = int(n)
    frames = stack.split(";")
    th = frames[0]
    threads[th] += n
    if "worker" in th or th.startswith("[main"):
        label = next((k for k in keys if any(k in f for f in frames)), "other")
        by[(th.split(" tid")[0], label)] += n
for th, n in threads.most_common(8):
    print("%6d %s" % (n, th[:70]))
print()
for (th, k), n in sorted(by.items()):
    print("%-40s %-40s %6d samples %6.2f s" % (th[:40], k, n, n * 0.005))
