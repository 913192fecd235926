#!/usr/bin/env python3
"""Builds the scaled benchmark inputs from the real ones in Inputs/.

    make_inputs.py --copies 8 --out bench/copies-8

writes, under --out:

    police-uk/devon-and-cornwall/YYYY-MM/YYYY-MM-devon-and-cornwall-street.csv
    assessment.yml      the demonstration configuration, with police_street pointing at
                        the scaled folder and every other input at the real Inputs/ files
    inputs.json         what was built (copies, files, rows, bytes); written last, so its
                        presence means the inputs are complete

Copy k (0 <= k < copies) is the 24 real months of Inputs/police-uk/devon-and-cornwall/
with every month moved back by 2k years: the folder and file names and the Month column.
Every other byte is unchanged. Copy 0 is the real data, so the 12 months to 2020-Q4 are
the real ones and the report's figures for that period do not change with --copies.
Nothing is random: the same arguments give the same bytes.

Running it again with the same arguments does nothing when inputs.json says the inputs
are already built.
"""

import argparse
import json
import os
import re
import shutil
import sys

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCE_CONFIG = os.path.join(REPO, "Inputs", "assessment.yml")
SOURCE_POLICE = os.path.join(REPO, "Inputs", "police-uk")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Bumped whenever what is written changes, so older inputs are rebuilt.
# 2: data.synthetic kept as a list of keys (version 1 rewrote it as a path).
VERSION = 2


def shift(month: str, years: int) -> str:
    match = MONTH.match(month)
    if not match:
        raise ValueError(f"not a month: {month!r}")
    return f"{int(match.group(1)) - years:04d}-{match.group(2)}"


def source_files():
    """(force folder, month, file name, path) of every real street file, in name order."""
    found = []
    for force in sorted(os.listdir(SOURCE_POLICE)):
        force_dir = os.path.join(SOURCE_POLICE, force)
        if not os.path.isdir(force_dir):
            continue
        for month in sorted(os.listdir(force_dir)):
            month_dir = os.path.join(force_dir, month)
            if not MONTH.match(month) or not os.path.isdir(month_dir):
                continue
            for name in sorted(os.listdir(month_dir)):
                if name.endswith("-street.csv"):
                    found.append((force, month, name, os.path.join(month_dir, name)))
    if not found:
        sys.exit(f"make_inputs: no street files under {SOURCE_POLICE}")
    return found


def relabel(data: bytes, old: str, new: str, path: str) -> tuple[bytes, int]:
    """Replaces the Month field (the second) of every row; checks each row had `old`."""
    lines = data.split(b"\n")
    header = lines[0].split(b",")
    if len(header) < 2 or header[1].strip().lower() != b"month":
        sys.exit(f"make_inputs: {path}: the second column is not Month")
    old_b, new_b = old.encode(), new.encode()
    rows = 0
    out = [lines[0]]
    for line in lines[1:]:
        if not line:
            out.append(line)
            continue
        # Crime ID (hex or empty) never holds a comma or a quote in police.uk files,
        # so the Month field is between the first and second commas.
        fields = line.split(b",", 2)
        if len(fields) < 3 or fields[1] != old_b:
            sys.exit(f"make_inputs: {path}: row {rows + 2} does not have Month {old}")
        out.append(fields[0] + b"," + new_b + b"," + fields[2])
        rows += 1
    return b"\n".join(out), rows


def write_police(out: str, copies: int) -> dict:
    target = os.path.join(out, "police-uk")
    if os.path.exists(target):
        shutil.rmtree(target)
    files = rows = size = 0
    sources = source_files()
    for k in range(copies):
        years = 2 * k
        for force, month, name, path in sources:
            new_month = shift(month, years)
            with open(path, "rb") as fh:
                data = fh.read()
            new_data, n = relabel(data, month, new_month, path)
            folder = os.path.join(target, force, new_month)
            os.makedirs(folder, exist_ok=True)
            new_name = new_month + name[len(month):]
            if os.path.exists(os.path.join(folder, new_name)):
                sys.exit(f"make_inputs: copies overlap at {new_month}; the real data span more than 2 years")
            with open(os.path.join(folder, new_name), "wb") as fh:
                fh.write(new_data)
            files += 1
            rows += n
            size += len(new_data)
    return {"files": files, "rows": rows, "bytes": size}


def write_config(out: str):
    """The real configuration, with data paths re-pointed; comments and areas kept."""
    rel_inputs = os.path.relpath(os.path.join(REPO, "Inputs"), out)
    lines = []
    in_data = False
    with open(SOURCE_CONFIG, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^data:\s*(#.*)?$", line):
                in_data = True
                lines.append(line)
                continue
            if in_data and not line.startswith(" "):
                in_data = False
            if in_data:
                match = re.match(r"^(\s+)([a-z_]+):\s*(\S+)(.*)$", line.rstrip("\n"))
                # data.synthetic is a list of keys, not a path: keep it as written, so
                # the record-level inputs stay marked synthetic in the report.
                if match and match.group(2) != "synthetic":
                    indent, key, value, rest = match.groups()
                    value = "police-uk" if key == "police_street" else f"{rel_inputs}/{value}"
                    line = f"{indent}{key}: {value}{rest}\n"
            lines.append(line)
    header = "# Generated by scripts/bench/make_inputs.py for the benchmark; do not commit.\n"
    with open(os.path.join(out, "assessment.yml"), "w", encoding="utf-8") as fh:
        fh.write(header + "".join(lines))


def write_record_level(out: str, police_records: int, emergency_department: int):
    # TODO(record-level inputs): `sna generate` now reads the record-level police,
    # emergency department (ISTV/ECDS) and trauma files, but the benchmark points it at
    # the real-size synthetic files in Inputs/ (59k, 34k and 2k rows). Generate them here
    # at national scale -- about 1,000,000 police records and 500,000 A&E rows -- e.g. by
    # running `sna synthesize` with a fixed seed into out/police/records.csv and
    # out/health/ae-assaults.csv, point the generated assessment.yml at them, and give
    # DuckDB and polars the matching group-bys in scripts/bench/engines.py. Until then
    # the counts are recorded but nothing is built.
    return {"police_records": {"requested": police_records, "built": 0, "todo": True},
            "emergency_department": {"requested": emergency_department, "built": 0, "todo": True}}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--out", required=True)
    parser.add_argument("--police-records", type=int, default=1_000_000, help="not built yet (TODO)")
    parser.add_argument("--emergency-department", type=int, default=500_000, help="not built yet (TODO)")
    parser.add_argument("--force", action="store_true", help="rebuild even when inputs.json says it is built")
    args = parser.parse_args()
    if args.copies < 1:
        sys.exit("make_inputs: --copies must be at least 1")

    out = os.path.abspath(args.out)
    marker = os.path.join(out, "inputs.json")
    if not args.force and os.path.exists(marker):
        with open(marker, encoding="utf-8") as fh:
            built = json.load(fh)
        if built.get("copies") == args.copies and built.get("version") == VERSION:
            print(f"make_inputs: {args.out} is already built ({built['police_street']['rows']:,} police.uk rows)", file=sys.stderr)
            return
    os.makedirs(out, exist_ok=True)
    if os.path.exists(marker):
        os.remove(marker)
    print(f"make_inputs: building {args.copies} copies of the police.uk months into {args.out}", file=sys.stderr)
    police = write_police(out, args.copies)
    write_config(out)
    record_level = write_record_level(out, args.police_records, args.emergency_department)
    summary = {"version": VERSION, "copies": args.copies, "police_street": police, **record_level}
    with open(marker, "w", encoding="utf-8") as fh:
        json.dump(summary, fh, indent=2)
        fh.write("\n")
    print(f"make_inputs: {police['files']} files, {police['rows']:,} rows, {police['bytes'] / 1e6:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
