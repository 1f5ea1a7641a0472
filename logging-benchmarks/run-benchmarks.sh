#!/usr/bin/env bash
# Runs every scenario for pylogging, Logback and Log4j2 (the same work, checked by SameWorkTest),
# then CPython's logging on the same fileSync and disabled work, and prints the table with ratios.
# With SYNC, each round also measures the ceiling: the same line, preformatted, written by a bare
# FileOutputStream.write (CeilingBenchmark).
#
# Each library runs in a JVM of its own, and the libraries take turns in a rotating order over
# ROUNDS rounds (3 unless set): on a shared disk, whatever runs after another library's gigabytes
# of writes is slowed by the kernel's write-back, so a fixed order would favour the first.
# The table gives each figure as the median of the rounds with their range.
#
# With PIN_CPU set, single-threaded file benchmarks and the ceiling run with their benchmark thread
# pinned to that CPU (see Pinned.java), the same CPU for every library; two-thread runs stay free.
# On a small VM where one CPU serves system calls slower than another, this removes the fork-to-fork
# modes; pick the CPU on which CeilingBenchmark is faster.
#
#   logging-benchmarks/run-benchmarks.sh                 # everything
#   ROUNDS=1 logging-benchmarks/run-benchmarks.sh SYNC   # only these workloads (SYNC BUFFERED CALLER ROTATING DISABLED)
#   PIN_CPU=1 logging-benchmarks/run-benchmarks.sh       # single-threaded runs pinned to CPU 1
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
mvn -B -q -ntp package -pl logging-benchmarks -am -DskipTests
jar=logging-benchmarks/target/benchmarks.jar
rounds="${ROUNDS:-3}"
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(DISABLED SYNC BUFFERED CALLER ROTATING)
libraries=(pylogging logback log4j2)
out="$(mktemp -d)"
jmh=(-f 1 -wi 5 -w 2s -i 3 -r 2s -prof gc -rf json)
pinned=()
[ -z "${PIN_CPU:-}" ] || pinned=(-jvmArgsAppend "-Dpylogging.bench.cpus=$PIN_CPU")

for ((round = 0; round < rounds; round++)); do
  order=("${libraries[@]:round % 3}" "${libraries[@]:0:round % 3}")
  for workload in "${workloads[@]}"; do
    for lib in "${order[@]}"; do
      if [ "$workload" = DISABLED ]; then
        java -jar "$jar" "DisabledBenchmark.$lib\$" "${jmh[@]}" -rff "$out/r$round-disabled-$lib.json" >/dev/null
        continue
      fi
      java -jar "$jar" "FileBenchmark.$lib\$" -p workload="$workload" "${jmh[@]}" ${pinned[@]+"${pinned[@]}"} \
        -rff "$out/r$round-$workload-$lib.json" >/dev/null
      if [ "$workload" = SYNC ]; then
        java -jar "$jar" "FileBenchmark.${lib}TwoThreads\$" -p workload=SYNC "${jmh[@]}" \
          -rff "$out/r$round-$workload-2t-$lib.json" >/dev/null
      fi
    done
    if [ "$workload" = SYNC ]; then
      java -jar "$jar" "CeilingBenchmark.write\$" "${jmh[@]}" ${pinned[@]+"${pinned[@]}"} -rff "$out/r$round-ceiling.json" >/dev/null
    fi
    echo "round $((round + 1))/$rounds: $workload done" >&2
  done
done
python3 "$here/cpython_bench.py" 5 > "$out/cpython.json"
python3 "$here/summarize.py" "$out/cpython.json" "$out"/r*.json
echo "raw results: $out"
