"""Prints CPython's TimedRotatingFileHandler.computeRollover for each case on stdin.

Each input line is: <when> <interval> <utc 0|1> <epoch seconds>; each output line the rollover
time in epoch seconds. Run with TZ set to the zone the Java side computes local time in.
"""
import logging.handlers
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
for line in sys.stdin:
    if not line.strip():
        continue
    when, interval, utc, t = line.split()
    handler = logging.handlers.TimedRotatingFileHandler(
        os.path.join(folder, "x.log"), when=when, interval=int(interval), utc=utc == "1", delay=True)
    print(int(handler.computeRollover(int(t))))
    handler.close()
