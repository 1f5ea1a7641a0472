"""CPython's own logging doing the benchmarks' fileSync and disabled work, for reference.

Prints JSON: {"fileSync": ops per second, "disabled": nanoseconds per call}.
"""
import json
import logging
import os
import shutil
import sys
import tempfile
import time


def measure(call, seconds):
    """Runs call() in batches for about `seconds` after a warm-up; returns calls per second."""
    for _ in range(10_000):
        call()
    calls = 0
    start = time.perf_counter()
    deadline = start + seconds
    while True:
        for _ in range(1_000):
            call()
        calls += 1_000
        now = time.perf_counter()
        if now >= deadline:
            return calls / (now - start)


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    folder = tempfile.mkdtemp(prefix="pylogging-bench-cpython")
    try:
        logger = logging.getLogger("bench.sync")
        logger.setLevel(logging.INFO)
        logger.propagate = False
        handler = logging.FileHandler(os.path.join(folder, "cpython.log"))
        handler.setFormatter(logging.Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s"))
        logger.addHandler(handler)
        file_sync = measure(lambda: logger.info("Pack my box with %d dozen %s", 5, "liquor jugs"), seconds)
        handler.close()

        quiet = logging.getLogger("bench.disabled")
        quiet.setLevel(logging.INFO)
        argument = "argument"
        disabled = measure(lambda: quiet.debug("value %s", argument), seconds)
        print(json.dumps({"fileSync": file_sync, "disabled": 1e9 / disabled}))
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
