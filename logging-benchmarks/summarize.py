"""Prints the benchmark table: each scenario's figures for the three libraries and the ratios.

Usage: summarize.py JMH_RESULT.json [CPYTHON_RESULT.json]
"""
import json
import sys

LIBRARIES = ("pylogging", "logback", "log4j2")
WORKLOADS = {"SYNC": "fileSync", "BUFFERED": "fileBuffered", "CALLER": "callerInfo", "ROTATING": "rotating"}


def main():
    results = json.load(open(sys.argv[1]))
    cpython = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else {}
    rows = {}
    for r in results:
        cls, method = r["benchmark"].split(".")[-2:]
        workload = r.get("params", {}).get("workload")
        if workload:
            scenario = WORKLOADS[workload]
        else:
            scenario = cls.replace("Benchmark", "")
            scenario = scenario[0].lower() + scenario[1:]
        library = next(lib for lib in LIBRARIES if method.startswith(lib))
        if method.endswith("TwoThreads"):
            scenario += " (2 threads)"
        metric = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm") or r.get("secondaryMetrics", {}).get("·gc.alloc.rate.norm")
        # A single iteration has no error bar: JMH writes "NaN".
        rows.setdefault(scenario, {})[library] = (float(metric["score"]), float(metric["scoreError"]), metric["scoreUnit"],
                                                  alloc["score"] if alloc else None)
    header = "| scenario | pylogging | Logback | Log4j2 | pylogging vs faster peer | B/op (py / lb / l4j) |"
    print(header)
    print("|---|---|---|---|---|---|")
    for scenario in sorted(rows):
        row = rows[scenario]
        unit = next(iter(row.values()))[2]
        cells = []
        for lib in LIBRARIES:
            score, error, _, _ = row.get(lib, (float("nan"), 0, unit, None))
            cells.append(f"{score:,.1f} ± {error:,.1f}" if unit.startswith("ns") else f"{score / 1000:,.0f}k ± {error / 1000:,.0f}k")
        py = row["pylogging"][0]
        peers = [row[lib][0] for lib in ("logback", "log4j2") if lib in row]
        if unit.startswith("ns"):
            ratio = min(peers) / py
        else:
            ratio = py / max(peers)
        alloc = " / ".join("-" if row.get(lib, (0, 0, 0, None))[3] is None else f"{row[lib][3]:.0f}" for lib in LIBRARIES)
        print(f"| {scenario} ({unit}) | {cells[0]} | {cells[1]} | {cells[2]} | {ratio:.2f}x | {alloc} |")
    if cpython:
        sync = rows.get("fileSync", {}).get("pylogging", (None,))[0]
        print()
        print(f"CPython's logging, same work: fileSync {cpython['fileSync'] / 1000:,.0f}k ops/s"
              + (f" (pylogging is {sync / cpython['fileSync']:.1f}x)" if sync else "")
              + f"; disabled {cpython['disabled']:.0f} ns/op")


if __name__ == "__main__":
    main()
