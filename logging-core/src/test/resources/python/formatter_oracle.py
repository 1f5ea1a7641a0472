"""Formats fixed records with logging.Formatter, one case per stdin line.

Each input line is: <record attribute dict literal> TAB <fmt literal> TAB <datefmt literal>
Each output line is: OK <hex of UTF-8 result>  or  ERR <exception type>
Run with TZ set to the zone the Java side formats in.
"""
import logging
import sys

for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    record_src, fmt_src, datefmt_src = line.split("\t")
    attributes = eval(record_src)
    try:
        formatter = logging.Formatter(eval(fmt_src), eval(datefmt_src))
        result = formatter.format(logging.makeLogRecord(attributes))
        print("OK", result.encode("utf-8").hex())
    except Exception as e:  # noqa: BLE001 - every error is an answer here
        print("ERR", type(e).__name__)
