#!/usr/bin/env python3
"""Times `sna generate` against DuckDB and polars on the scaled police.uk inputs.

Called by scripts/bench/run, which builds the inputs and sna first. Each round runs
sna, DuckDB and polars once each, in that order, every process under `/usr/bin/time -v`
for its peak resident set; one untimed warm-up round comes first, so every timed run
reads the CSVs from the page cache. Then the three must agree on the total row count
and on a few group counts, or the harness fails.

Writes bench/results/<copies>-copies.json (every run) and .md (the table), and prints
the table.
"""

import argparse
import csv
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ENGINES = os.path.join(REPO, "scripts", "bench", "engines.py")
LOOKUP = os.path.join("Inputs", "geography", "lsoa11-to-lad19-with-imd19-rank.csv")
PERIOD = "2020-Q4"
PERIOD_MONTHS = [f"2020-{m:02d}" for m in range(1, 13)]
# Cells the three must agree on beyond the totals (month x type; district x type over the period).
CHECK_MONTH_CELLS = [("2020-12", "Violence and sexual offences")]  # main() adds the oldest copy's first month
CHECK_DISTRICT_CELLS = [("E06000026", "Violence and sexual offences"), ("E06000052", "Burglary")]


def timed(command, stdout=subprocess.DEVNULL):
    """Runs command under /usr/bin/time -v; returns (wall s, peak RSS kB, CPU s = user + system)."""
    rusage = os.path.join(REPO, "bench", "results", ".time-v.txt")
    start = time.perf_counter()
    process = subprocess.run(["/usr/bin/time", "-v", "-o", rusage, *command], cwd=REPO,
                             stdout=stdout, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if process.returncode != 0:
        sys.stderr.write(process.stderr)
        sys.exit(f"bench: {' '.join(command)} failed with exit status {process.returncode}")
    with open(rusage, encoding="utf-8") as fh:
        text = fh.read()
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if not match:
        sys.exit(f"bench: no 'Maximum resident set size' in /usr/bin/time -v output:\n{text}")
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", text).group(1)) for kind in ["User", "System"])
    return wall, int(match.group(1)), cpu


def machine(python):
    info = {"nproc": os.cpu_count(), "platform": platform.platform()}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            models = [line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")]
        info["cpu"] = models[0] if models else "unknown"
    except OSError:
        info["cpu"] = "unknown"
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            kb = int(re.search(r"MemTotal:\s+(\d+)", fh.read()).group(1))
        info["memory_gib"] = round(kb / 1024 / 1024, 1)
    except (OSError, AttributeError):
        pass
    info["nproc_cmd"] = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    info["swift"] = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip().splitlines()[0]
    versions = subprocess.run([python, "-c", "import duckdb, polars, sys; print(duckdb.__version__, polars.__version__, sys.version.split()[0])"],
                              capture_output=True, text=True).stdout.split()
    info["duckdb"], info["polars"], info["python"] = versions
    return info


def load_average():
    with open("/proc/loadavg", encoding="utf-8") as fh:
        return fh.read().split()[0]


def sna_figures(out):
    """Total rows and the check cells, from the report sna just wrote."""
    folder = os.path.join(out, "output", PERIOD)
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    street = next(item for item in manifest["inputs"] if item["name"] == "police_street")
    by_month = {}
    with open(os.path.join(folder, "data", "street-crime-by-month.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            by_month[f"{row['month']}|{row['crime_type']}"] = int(row["count"])
    by_area = {}
    with open(os.path.join(folder, "data", "street-crime-by-area.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["count"].strip().isdigit():
                by_area[f"{row['area_code']}|{row['crime_type']}"] = int(row["count"])
    records = {item["name"]: item["read"] for item in manifest["inputs"] if item["name"] in ("police_records", "emergency_department")}
    return {"rows": street["read"], "loaded": street["loaded"], "files": len(street["files"]),
            "records_rows": records.get("police_records"), "ae_rows": records.get("emergency_department"),
            "month_cells": {f"{m}|{t}": by_month.get(f"{m}|{t}") for m, t in CHECK_MONTH_CELLS},
            "district_cells": {f"{d}|{t}": by_area.get(f"{d}|{t}") for d, t in CHECK_DISTRICT_CELLS},
            "months": len({key.split("|")[0] for key in by_month})}


def engine_figures(result):
    period = set(PERIOD_MONTHS)
    district_cells = {}
    for district, crime_type in CHECK_DISTRICT_CELLS:
        district_cells[f"{district}|{crime_type}"] = sum(
            n for key, n in result["by_district"].items()
            if key.split("|")[0] in period and key.split("|")[1] == district and key.split("|")[2] == crime_type)
    return {"rows": result["rows"], "loaded": result["rows_join"], "files": result["files"],
            "records_rows": result.get("records_rows"), "ae_rows": result.get("ae_rows"),
            "month_cells": {f"{m}|{t}": result["by_month"].get(f"{m}|{t}") for m, t in CHECK_MONTH_CELLS},
            "district_cells": district_cells,
            "months": len({key.split("|")[0] for key in result["by_month"]})}


def check(figures):
    names = list(figures)
    lines, ok = [], True
    for field in ["rows", "loaded", "files", "months", "month_cells", "district_cells", "records_rows", "ae_rows"]:
        # The record-level counts only for the engines that read those files.
        values = {name: figures[name][field] for name in names if figures[name].get(field) is not None}
        if len(values) < 2:
            continue
        first = next(iter(values.values()))
        agree = all(value == first for value in values.values())
        ok &= agree
        shown = "  ".join(f"{name}={json.dumps(value)}" for name, value in values.items())
        lines.append(f"check {'ok  ' if agree else 'FAIL'} {field}: {shown}")
    return ok, lines


def table(results, info, copies, rows, runs):
    def fmt_s(x):
        return f"{x:.2f}"

    lines = [f"police.uk rows: {rows:,} ({copies} copies of 24 months); runs: {runs} (after 1 warm-up); "
             f"threads: {info['nproc']}",
             "",
             "sna: the whole assessment (every input, with the digest cache); sna-cold: the same with "
             "--no-digest-cache (every input hashed); sna-serial: --no-parallel. duckdb, polars: the issue's "
             "reference work, two group-bys of the police.uk files; +records: the same engine also tallying "
             "the record-level police and A&E files.",
             "",
             "| engine | median wall s | min s | max s | median CPU s (user+sys) | median in-engine query s "
             "| peak RSS MB (max of runs) | sna / engine (median wall) | sna / engine (median CPU) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    sna = results.get("sna")
    for name, data in results.items():
        median = statistics.median(data["wall"])
        cpu = statistics.median(data["cpu"])
        query = f"{statistics.median(data['query']):.2f}" if data.get("query") else "-"
        ratio = cpu_ratio = "-"
        if sna and not name.startswith("sna"):
            ratio = f"{statistics.median(sna['wall']) / median:.2f}"
            cpu_ratio = f"{statistics.median(sna['cpu']) / cpu:.2f}"
        lines.append(f"| {name} | {fmt_s(median)} | {fmt_s(min(data['wall']))} | {fmt_s(max(data['wall']))} | {fmt_s(cpu)} | "
                     f"{query} | {max(data['rss_kb']) / 1024:.0f} | {ratio} | {cpu_ratio} |")
    # Every sna variant against every engine.
    variants = [name for name in results if name.startswith("sna")]
    engines = [name for name in results if not name.startswith("sna")]
    if variants and engines:
        lines += ["", "| sna variant | " + " | ".join(f"/ {e} wall | / {e} CPU" for e in engines) + " |",
                  "|---|" + "---:|---:|" * len(engines)]
        for variant in variants:
            cells = []
            for engine in engines:
                cells.append(f"{statistics.median(results[variant]['wall']) / statistics.median(results[engine]['wall']):.2f}")
                cells.append(f"{statistics.median(results[variant]['cpu']) / statistics.median(results[engine]['cpu']):.2f}")
            lines.append(f"| {variant} | " + " | ".join(cells) + " |")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--out", required=True, help="the folder make_inputs.py built")
    parser.add_argument("--sna", default=os.path.join(".build", "release", "sna"))
    parser.add_argument("--python", default=sys.executable, help="the Python that has duckdb and polars")
    parser.add_argument("--engines", default="sna,sna-cold,duckdb,polars,duckdb+records,polars+records")
    args = parser.parse_args()

    CHECK_MONTH_CELLS.append((f"{2019 - 2 * (args.copies - 1):04d}-01", "Anti-social behaviour"))
    os.makedirs(os.path.join(REPO, "bench", "results"), exist_ok=True)
    out = os.path.relpath(os.path.abspath(args.out), REPO)
    with open(os.path.join(out, "inputs.json"), encoding="utf-8") as fh:
        inputs = json.load(fh)
    threads = os.cpu_count()
    info = machine(args.python)
    police_glob = os.path.join(out, "police-uk", "**", "*.csv")
    commands = {
        "sna": [args.sna, "generate", "--config", os.path.join(out, "assessment.yml"), "--output", os.path.join(out, "output"),
                "--period", PERIOD, "--templates", "Templates"],
    }
    commands["sna-cold"] = commands["sna"] + ["--no-digest-cache"]
    # Not in the default set: sna reading one file at a time, to show what the parallel reading gains.
    commands["sna-serial"] = commands["sna"] + ["--no-parallel"]
    for engine in ["duckdb", "polars"]:
        commands[engine] = [args.python, ENGINES, engine, "--police", police_glob, "--lookup", LOOKUP,
                            "--threads", str(threads), "--result", os.path.join("bench", "results", f".{engine}.json")]
        commands[engine + "+records"] = commands[engine][:-1] + [os.path.join("bench", "results", f".{engine}+records.json"),
                                                                 "--records", os.path.join(out, inputs["police_records"]["path"]),
                                                                 "--ae", os.path.join(out, inputs["emergency_department"]["path"])]
    selected = [name for name in args.engines.split(",") if name]
    results = {name: {"wall": [], "rss_kb": [], "cpu": [], "query": []} for name in selected}

    load_before = load_average()
    print(f"bench: load average {load_before}; one warm-up round, then {args.runs} timed rounds of {', '.join(selected)}", file=sys.stderr)
    figures = {}
    for round_number in range(args.runs + 1):
        for name in selected:
            wall, rss, cpu = timed(commands[name])
            if round_number == 0:
                if name.startswith("sna"):
                    figures[name] = sna_figures(out)
                else:
                    with open(os.path.join(REPO, "bench", "results", f".{name}.json"), encoding="utf-8") as fh:
                        figures[name] = engine_figures(json.load(fh))
                continue
            results[name]["wall"].append(wall)
            results[name]["rss_kb"].append(rss)
            results[name]["cpu"].append(cpu)
            if not name.startswith("sna"):
                with open(os.path.join(REPO, "bench", "results", f".{name}.json"), encoding="utf-8") as fh:
                    times = json.load(fh)["times"]
                results[name]["query"].append(sum(times.values()))
            print(f"bench: round {round_number}/{args.runs} {name}: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss / 1024:.0f} MB",
                  file=sys.stderr)
    load_after = load_average()

    ok, check_lines = check(figures)
    lines = table(results, info, args.copies, inputs["police_street"]["rows"], args.runs)
    lines += ["", f"load average before {load_before}, after {load_after}", ""] + check_lines
    lines += ["", "machine: " + ", ".join(f"{k}={v}" for k, v in info.items())]
    text = "\n".join(lines)
    print(text)
    base = os.path.join(REPO, "bench", "results", f"{args.copies}-copies")
    with open(base + ".json", "w", encoding="utf-8") as fh:
        json.dump({"machine": info, "inputs": inputs, "runs": results, "checks": figures,
                   "load_average": [load_before, load_after]}, fh, indent=2)
    with open(base + ".md", "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
    if not ok:
        sys.exit("bench: the engines disagree (see the check lines above)")


if __name__ == "__main__":
    main()
