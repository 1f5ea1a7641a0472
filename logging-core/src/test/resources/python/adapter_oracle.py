"""CPython 3.11's LoggerAdapter, for the differential test: prints what the adapter logs."""
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(connid)s|%(message)s"))
logger = logging.getLogger("adapter")
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)
logger.propagate = False
adapter = logging.LoggerAdapter(logger, {"connid": "42"})
adapter.info("Protocol problem: %s", "connection reset")
adapter.warning("the call's extra is replaced", extra={"connid": "7"})
adapter.debug("100%")
adapter.log(25, "level %d", 25)
print(sorted(logging.getLevelNamesMapping().items()))
