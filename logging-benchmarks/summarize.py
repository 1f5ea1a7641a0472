"""Prints the benchmark table: each scenario's figures for the three libraries and the ratios.

Usage: summarize.py CPYTHON_RESULT.json JMH_RESULT.json...
Each JMH file holds one library's run of one scenario in one round, named r<round>-...json; a figure
is the median of its rounds, with the lowest and highest in brackets. The libraries of one round run
back to back, so the table also gives the ratio within each round (pylogging against the faster
peer of that round): the host's speed drifts from minute to minute, and a ratio of medians can pair
figures measured many minutes apart.
"""
import json
import os
import re
import statistics
import sys

LIBRARIES = ("pylogging", "logback", "log4j2")
WORKLOADS = {"SYNC": "fileSync", "BUFFERED": "fileBuffered", "CALLER": "callerInfo", "ROTATING": "rotating"}


def scenario_of(result):
    cls, method = result["benchmark"].split(".")[-2:]
    workload = result.get("params", {}).get("workload")
    scenario = WORKLOADS[workload] if workload else "disabled"
    if method.endswith("TwoThreads"):
        scenario += " (2 threads)"
    return scenario, next(lib for lib in LIBRARIES if method.startswith(lib))


def main():
    cpython = json.load(open(sys.argv[1]))
    scores, allocs, units, by_round = {}, {}, {}, {}
    ceiling = []
    for path in sys.argv[2:]:
        named = re.match(r"r(\d+)-", os.path.basename(path))
        for r in json.load(open(path)):
            if "CeilingBenchmark" in r["benchmark"]:
                ceiling.append(float(r["primaryMetric"]["score"]))
                continue
            scenario, library = scenario_of(r)
            metric = r["primaryMetric"]
            scores.setdefault(scenario, {}).setdefault(library, []).append(float(metric["score"]))
            if named:
                by_round.setdefault(scenario, {}).setdefault(int(named.group(1)), {})[library] = float(metric["score"])
            units[scenario] = metric["scoreUnit"]
            alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
            if alloc:
                allocs.setdefault(scenario, {}).setdefault(library, []).append(float(alloc["score"]))
    print("| scenario | pylogging | Logback | Log4j2 | pylogging vs faster peer | within each round | B/op (py / Logback / Log4j2) |")
    print("|---|---|---|---|---|---|---|")
    for scenario in sorted(scores):
        row, unit = scores[scenario], units[scenario]
        nanos = unit.startswith("ns")
        cells, medians = [], {}
        for lib in LIBRARIES:
            values = row.get(lib, [])
            if not values:
                cells.append("-")
                continue
            medians[lib] = statistics.median(values)
            if nanos:
                cells.append(f"{medians[lib]:.2f} [{min(values):.2f}–{max(values):.2f}]")
            else:
                cells.append(f"{medians[lib] / 1000:,.0f}k [{min(values) / 1000:,.0f}k–{max(values) / 1000:,.0f}k]")
        peers = [medians[lib] for lib in ("logback", "log4j2") if lib in medians]
        ratio = (min(peers) / medians["pylogging"]) if nanos else (medians["pylogging"] / max(peers))
        alloc = " / ".join(f"{statistics.median(allocs[scenario][lib]):.0f}"
                           if lib in allocs.get(scenario, {}) else "-" for lib in LIBRARIES)
        rounds = len(row.get("pylogging", []))
        paired = round_ratios(by_round.get(scenario, {}), nanos)
        within = f"{statistics.median(paired):.2f}x [{min(paired):.2f}–{max(paired):.2f}]" if paired else "-"
        print(f"| {scenario} ({unit}, {rounds} rounds) | {' | '.join(cells)} | {ratio:.2f}x | {within} | {alloc} |")
    sync = statistics.median(scores.get("fileSync", {}).get("pylogging", [float("nan")]))
    print()
    if ceiling:
        bare = statistics.median(ceiling)
        print(f"A bare FileOutputStream.write of the same line, preformatted (the fileSync ceiling): "
              f"{bare / 1000:,.0f}k ops/s [{min(ceiling) / 1000:,.0f}k–{max(ceiling) / 1000:,.0f}k]; "
              f"pylogging's fileSync reaches {sync / bare:.0%} of it")
    print(f"CPython's logging, same work: fileSync {cpython['fileSync'] / 1000:,.0f}k ops/s "
          f"(pylogging is {sync / cpython['fileSync']:.1f}x); disabled {cpython['disabled']:.0f} ns/op")


def round_ratios(rounds, nanos):
    """pylogging against the faster peer, for each round in which all three ran."""
    ratios = []
    for scores in rounds.values():
        if all(lib in scores for lib in LIBRARIES):
            if nanos:
                ratios.append(min(scores["logback"], scores["log4j2"]) / scores["pylogging"])
            else:
                ratios.append(scores["pylogging"] / max(scores["logback"], scores["log4j2"]))
    return ratios


if __name__ == "__main__":
    main()
