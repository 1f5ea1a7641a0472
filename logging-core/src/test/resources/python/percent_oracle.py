"""Applies Python's % operator to each case read from stdin.

Each input line is: <format literal> TAB <operand literal> TAB tuple|mapping
Each output line is: OK <hex of UTF-8 result>  or  ERR <exception type>: <hex of message>
The literals are written by the Java test itself.
"""
import sys

inf = float("inf")
nan = float("nan")

for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    fmt_src, operand_src, mode = line.split("\t")
    fmt = eval(fmt_src)
    operand = eval(operand_src)
    try:
        result = fmt % operand
        print("OK", result.encode("utf-8").hex())
    except Exception as e:  # noqa: BLE001 - every error is an answer here
        message = str(e) if not isinstance(e, KeyError) else repr(e.args[0])
        print("ERR", type(e).__name__ + ":" + message.encode("utf-8").hex())
