"""Pickles one data value with every protocol, for the Java reader; and reads Java's pickles.

Usage: pickle_oracle.py dump          prints "<protocol> <hex>" for protocols 0 to 5
       pickle_oracle.py bytes2        prints the hex of b"x" pickled with protocol 2
       pickle_oracle.py load HEX      prints repr() of the unpickled value
"""
import pickle
import sys

VALUE = {
    "name": "remote.app",
    "levelno": 40,
    "big": 2 ** 70,
    "negative": -123456789,
    "created": 1700000000.25,
    "none": None,
    "flags": [True, False],
    "tuple": (1, "two", 3.0),
    "text": "héllo 😀",
    "nested": {"list": [1, [2, [3]]], "empty": {}},
    (1, 2): "tuple key",
}

if sys.argv[1] == "dump":
    for protocol in range(6):
        value = dict(VALUE)
        # Older protocols pickle bytes and sets through GLOBAL calls, which are not data.
        if protocol >= 3:
            value["bytes"] = b"\x00\x01\xff"
        if protocol >= 4:
            value["set"] = {7}
        print(protocol, pickle.dumps(value, protocol).hex())
elif sys.argv[1] == "bytes2":
    print(pickle.dumps(b"x", 2).hex())
else:
    print(repr(pickle.loads(bytes.fromhex(sys.argv[2]))))
