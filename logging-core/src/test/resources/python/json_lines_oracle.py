"""Parses every line of a file with Python's json module, as a log pipeline would.

Usage: json_lines_oracle.py FILE
Prints each line's object back with sorted keys (json.dumps(sort_keys=True, ensure_ascii=True)),
or 'INVALID <error>' for a line that is not one JSON object.
"""
import json
import sys

with open(sys.argv[1], encoding="utf-8", errors="surrogatepass") as f:
    for line in f.read().splitlines():
        try:
            value = json.loads(line)
            if not isinstance(value, dict):
                raise ValueError("not an object")
            print(json.dumps(value, sort_keys=True, ensure_ascii=True))
        except ValueError as e:
            print("INVALID", e)
