#!/usr/bin/env python3
"""Prints each thread group's CPU time (user + system, in clock ticks) of a running process.

Usage: thread-cpu.py PID. Thread names have their digits folded ("ForkJoinPool-N-worker-N"), so
that a group's threads add up. Run it twice and subtract to see where a stretch of time went.
"""
import collections
import os
import re
import sys

pid = sys.argv[1]
out = collections.Counter()
for task in os.listdir(f'/proc/{pid}/task'):
    try:
        name = open(f'/proc/{pid}/task/{task}/comm').read().strip()
        stat = open(f'/proc/{pid}/task/{task}/stat').read()
    except OSError:
        continue  # the thread ended meanwhile
    fields = stat[stat.rindex(')') + 2:].split()
    out[re.sub(r'\d+', 'N', name)] += int(fields[11]) + int(fields[12])
for name, ticks in out.items():
    print(name, ticks)
