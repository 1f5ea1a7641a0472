"""Runs the seed's RotatingFileHandler example in the folder given, then lists what it wrote.

Usage: rotating_oracle.py DIR MAXBYTES BACKUPCOUNT RECORDS
Each output line is: <file name> <hex of its bytes>
"""
import logging
import logging.handlers
import os
import sys

folder, max_bytes, backup_count, records = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
log_filename = os.path.join(folder, "logging_rotatingfile_example.out")
my_logger = logging.getLogger("MyLogger")
my_logger.setLevel(logging.DEBUG)
handler = logging.handlers.RotatingFileHandler(log_filename, maxBytes=max_bytes, backupCount=backup_count)
my_logger.addHandler(handler)
for i in range(records):
    my_logger.debug("i = %d" % i)
handler.close()
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), "rb") as f:
        print(name, f.read().hex())
