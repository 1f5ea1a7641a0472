"""The seed's LogRecordStreamHandler receiver, in Python 3, for interoperability tests.

Usage: tcp_receiver.py COUNT [udp]
Prints "PORT <n>" once listening on 127.0.0.1, then for each record received
"REC <hex of UTF-8 of the formatted record>", and exits after COUNT records, or after 30 s whatever it received.
"""
import logging
import pickle
import socket
import socketserver
import struct
import sys
import time

FORMAT = "%(name)s|%(levelname)s|%(levelno)d|%(message)s|%(clientip)s|%(user)s|%(funcName)s|%(filename)s|%(lineno)d"
count = int(sys.argv[1])
udp = len(sys.argv) > 2 and sys.argv[2] == "udp"
formatter = logging.Formatter(FORMAT)
received = 0


def show(obj):
    global received
    record = logging.makeLogRecord(obj)
    for key in ("clientip", "user"):
        if not hasattr(record, key):
            setattr(record, key, "-")
    print("REC", formatter.format(record).encode("utf-8").hex(), flush=True)
    received += 1


class StreamHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            chunk = self.rfile.read(4)
            if len(chunk) < 4:
                break
            slen = struct.unpack(">L", chunk)[0]
            show(pickle.loads(self.rfile.read(slen)))
            if received >= count:
                break


if udp:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(1)
    print("PORT", sock.getsockname()[1], flush=True)
    deadline = time.monotonic() + 30
    while received < count and time.monotonic() < deadline:
        try:
            data, _ = sock.recvfrom(65536)
        except socket.timeout:
            continue
        slen = struct.unpack(">L", data[:4])[0]
        show(pickle.loads(data[4:4 + slen]))
else:
    server = socketserver.TCPServer(("127.0.0.1", 0), StreamHandler)
    server.timeout = 1
    print("PORT", server.server_address[1], flush=True)
    deadline = time.monotonic() + 30
    while received < count and time.monotonic() < deadline:
        server.handle_request()
