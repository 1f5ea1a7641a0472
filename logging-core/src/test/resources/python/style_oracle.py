"""CPython 3.11's Formatter styles, for the differential test.

Reads lines 'STYLE<TAB>FORMAT' on stdin; prints, for each, the record below formatted, or
'ERROR' when CPython refuses the format, one line each (newlines in the output escaped as \\n).
"""
import logging
import sys

record = logging.makeLogRecord({
    "name": "app.db", "levelno": 30, "levelname": "WARNING", "msg": "disk %s full", "args": ("90%",),
    "pathname": "/srv/app/db.py", "filename": "db.py", "module": "db", "lineno": 42, "funcName": "flush",
    "created": 1764547200.125, "msecs": 125.0, "relativeCreated": 1500.25, "thread": 140000,
    "threadName": "MainThread", "process": 4242, "user": "fbloggs",
})
for line in sys.stdin.read().splitlines():
    style, fmt = line.split("\t", 1)
    try:
        out = logging.Formatter(fmt, style=style).format(record)
    except (ValueError, KeyError) as e:
        out = "ERROR"
    print(out.replace("\n", "\\n"))
