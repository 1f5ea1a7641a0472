"""CPython 3.11's dictConfig on the same YAML files and calls as the Java test.

Usage: dictconfig_oracle.py DIR CALLS CONFIG [CONFIG ...]
Each CONFIG is loaded with yaml.safe_load, '{dir}' replaced by DIR, and applied in order; then each
line 'logger|LEVEL|message' of CALLS is logged, and logging is shut down. Stream handlers write to
this process's stdout, which the test compares with pylogging's.
"""
import logging
import logging.config
import sys

import yaml

directory, calls = sys.argv[1], sys.argv[2]
for path in sys.argv[3:]:
    with open(path, encoding="utf-8") as f:
        logging.config.dictConfig(yaml.safe_load(f.read().replace("{dir}", directory)))
with open(calls, encoding="utf-8") as f:
    for line in f.read().splitlines():
        name, level, message = line.split("|", 2)
        logger = logging.getLogger() if name == "root" else logging.getLogger(name)
        logger.log(logging.getLevelName(level), message)
logging.shutdown()
