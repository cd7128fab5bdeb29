#!/usr/bin/env python3
"""A fixed piece of CPU work once a second; prints its CPU time (thread_time) and wall time as JSON lines.
If the host runs this VM's vCPUs slower at times (busy SMT siblings, frequency), the CPU time of the same
work rises with it. About 2 % of one core. Usage: canary.py OUT.jsonl (stops when STOP exists beside OUT)."""
import json, os, sys, time
out_path = sys.argv[1]
stop = os.path.join(os.path.dirname(os.path.abspath(out_path)), "STOP")


def work():
    s = 0
    for i in range(200_000):
        s += i * i
    return s


with open(out_path, "a") as out:
    while not os.path.exists(stop):
        w0, c0 = time.time(), time.thread_time()
        work()
        c1, w1 = time.thread_time(), time.time()
        out.write(json.dumps({"t": w0, "cpu": c1 - c0, "wall": w1 - w0}) + "\n")
        out.flush()
        time.sleep(1.0)
