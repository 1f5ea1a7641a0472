#!/usr/bin/env bash
# Runs every benchmark (pylogging, Logback, Log4j2 doing the same work), then CPython's logging
# on the same fileSync and disabled work, and prints the table with ratios.
# Extra arguments go to JMH, e.g. a benchmark name pattern: ./run-benchmarks.sh FileSync
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
mvn -B -q -ntp package -pl logging-benchmarks -am -DskipTests
out="$(mktemp -d)"
java -jar logging-benchmarks/target/benchmarks.jar -f 1 -wi 5 -w 2s -i 3 -r 3s -prof gc \
  -rf json -rff "$out/jmh.json" "$@"
python3 "$here/cpython_bench.py" 5 > "$out/cpython.json"
python3 "$here/summarize.py" "$out/jmh.json" "$out/cpython.json"
echo "raw results: $out"
