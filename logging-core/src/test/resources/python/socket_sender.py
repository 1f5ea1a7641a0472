"""CPython's own SocketHandler sending records to a receiver, for interoperability tests.

Usage: socket_sender.py PORT [udp]
Logs the test's records through logging.handlers.SocketHandler (DatagramHandler with udp) to 127.0.0.1:PORT and prints
how CPython itself renders each one with the same format, as "REC <hex>" lines.
"""
import logging
import logging.handlers
import sys

FORMAT = "%(name)s|%(levelname)s|%(levelno)d|%(message)s|%(funcName)s|%(filename)s|%(lineno)d"
port = int(sys.argv[1])
formatter = logging.Formatter(FORMAT)


class Show(logging.Handler):
    def emit(self, record):
        print("REC", formatter.format(record).encode("utf-8").hex(), flush=True)


def main():
    logger = logging.getLogger("cpython.app")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    kind = logging.handlers.DatagramHandler if sys.argv[2:] == ["udp"] else logging.handlers.SocketHandler
    sender = kind("127.0.0.1", port)
    logger.addHandler(sender)
    logger.addHandler(Show())
    logger.info("Pack my box with %d dozen %s", 5, "liquor jugs")
    logger.warning("unicode: %s", "héllo wörld 😀")
    logger.debug("a mapping: %(a)s and %(b)d", {"a": "x", "b": 3})
    try:
        1 / 0
    except ZeroDivisionError:
        logger.exception("division failed")
    logger.log(25, "custom level")
    sender.close()


main()
