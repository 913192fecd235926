#!/usr/bin/env python3
"""Builds the scaled benchmark inputs from the real ones in Inputs/.

    make_inputs.py --copies 8 --out bench/copies-8

writes, under --out:

    police-uk/devon-and-cornwall[-copy-K]/YYYY-MM/YYYY-MM-devon-and-cornwall-street.csv
    police/records.csv  the synthetic record-level police extract, scaled (--police-records)
    health/ae-assaults.csv  the synthetic A&E extract, scaled (--emergency-department)
    assessment.yml      the demonstration configuration, with those three inputs pointing
                        at the scaled files and every other input at the real Inputs/ files
    inputs.json         what was built (copies, files, rows, bytes); written last, so its
                        presence means the inputs are complete

Copy k (0 <= k < copies) is the 24 real months of Inputs/police-uk/devon-and-cornwall/
with every month moved back by k years (the folder and file names and the Month column),
in a folder of its own (`devon-and-cornwall-copy-k`; copy 0 keeps the real name), since
the copies overlap by a year. Every other byte is unchanged. A year a copy, not two,
keeps eight copies after December 2010, when police.uk's street data begin: sna rejects
an earlier Month as impossible. Copy 0 is the real data, so the 12 months to 2020-Q4 are
the real ones and the report's figures for that period do not change with --copies.
The record-level files are copies of the synthetic ones in Inputs/synthetic/, moved back a
year per copy (see write_record_file). Nothing is random: the same arguments give the
same bytes.

Running it again with the same arguments does nothing when inputs.json says the inputs
are already built.
"""

import argparse
import csv
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
# 3: the record-level police and A&E files at scale (1,000,000 and 500,000 rows).
# 4: police.uk copies a year apart, each in its own folder, none before December 2010.
# 5: the commentary folder and the recommendations file point at the real ones.
VERSION = 5


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
        years = k
        for force, month, name, path in sources:
            new_month = shift(month, years)
            if new_month < "2010-12":
                sys.exit(f"make_inputs: copy {k} would reach {new_month}, before police.uk's data begin (2010-12); use fewer copies")
            with open(path, "rb") as fh:
                data = fh.read()
            new_data, n = relabel(data, month, new_month, path)
            folder = os.path.join(target, force if k == 0 else f"{force}-copy-{k}", new_month)
            os.makedirs(folder, exist_ok=True)
            new_name = new_month + name[len(month):]
            if os.path.exists(os.path.join(folder, new_name)):
                sys.exit(f"make_inputs: two source files give {new_month} in copy {k}")
            with open(os.path.join(folder, new_name), "wb") as fh:
                fh.write(new_data)
            files += 1
            rows += n
            size += len(new_data)
    return {"files": files, "rows": rows, "bytes": size}


def write_config(out: str, scaled: dict):
    """The real configuration, with data paths re-pointed; comments and areas kept.

    `scaled` maps a data key to a path under `out` (the inputs built here); every other
    input points at the real file in Inputs/."""
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
            # Top-level keys that name a path (the commentary folder, the recommendations
            # file, templates) point at the real ones too.
            top = re.match(r"^(commentary|recommendations|templates):\s*(\S+)(.*)$", line.rstrip("\n"))
            if top:
                key, value, rest = top.groups()
                line = f"{key}: {rel_inputs}/{value}{rest}\n"
            if in_data:
                match = re.match(r"^(\s+)([a-z_]+):\s*(\S+)(.*)$", line.rstrip("\n"))
                # data.synthetic is a list of keys, not a path: keep it as written, so
                # the record-level inputs stay marked synthetic in the report.
                if match and match.group(2) != "synthetic":
                    indent, key, value, rest = match.groups()
                    value = scaled[key] if key in scaled else f"{rel_inputs}/{value}"
                    line = f"{indent}{key}: {value}{rest}\n"
            lines.append(line)
    header = "# Generated by scripts/bench/make_inputs.py for the benchmark; do not commit.\n"
    with open(os.path.join(out, "assessment.yml"), "w", encoding="utf-8") as fh:
        fh.write(header + "".join(lines))


RECORD_SOURCES = {
    # key in data:, source file, output file, the columns holding dates or date-times,
    # the columns made unique per copy
    "police_records": (os.path.join(REPO, "Inputs", "synthetic", "police", "records.csv"),
                       os.path.join("police", "records.csv"),
                       ["committed_at", "recorded_on"], ["crime_reference", "linkage_key"]),
    "emergency_department": (os.path.join(REPO, "Inputs", "synthetic", "health", "ae-assaults.csv"),
                             os.path.join("health", "ae-assaults.csv"),
                             ["REPORTING_PERIOD_START_DATE", "REPORTING_PERIOD_END_DATE",
                              "ARRIVAL_DATE_TIME_AT_AE", "ASSAULT_DATE_TIME"], ["LINKAGE_KEY"]),
}
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(.*)$")


def shift_date(value: str, years: int, where: str) -> str:
    """Moves a `YYYY-MM-DD[...]` value back by `years`; 29 February becomes the 28th in a
    year that is not a leap year. Blank stays blank."""
    if not value:
        return value
    match = DATE.match(value)
    if not match:
        sys.exit(f"make_inputs: {where}: not a date: {value!r}")
    year = int(match.group(1)) - years
    month, day = match.group(2), match.group(3)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if month == "02" and day == "29" and not leap:
        day = "28"
    return f"{year:04d}-{month}-{day}{match.group(4)}"


def write_record_file(out: str, key: str, rows_wanted: int) -> dict:
    """Copies of the synthetic record-level file until `rows_wanted` rows are written.

    Copy k (0, 1, 2, ...) moves every date back by k years and appends `-k` to the
    references and linkage keys (copy 0 is the file as it is), so every reference stays
    unique and a police record and an A&E attendance of the same copy still share their
    linkage key. The last copy is cut short at `rows_wanted`. The synthetic years are
    2019 and 2020, so copies overlap by a year: the assessed year (2020) holds copy 0's
    rows only, and the year before it copy 0's and copy 1's.
    """
    source, relative, date_columns, unique_columns = RECORD_SOURCES[key]
    with open(source, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    if not rows:
        sys.exit(f"make_inputs: {source} has no rows")
    index = {name: i for i, name in enumerate(header)}
    dates = [index[name] for name in date_columns]
    unique = [index[name] for name in unique_columns if name in index]
    target = os.path.join(out, relative)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    written = copies = 0
    with open(target, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        while written < rows_wanted:
            k = copies
            if 2019 - k < 1990:
                sys.exit(f"make_inputs: {key}: {rows_wanted:,} rows need copies before 1990, which the loaders reject")
            for row in rows:
                if written == rows_wanted:
                    break
                if k:
                    row = list(row)
                    for i in dates:
                        row[i] = shift_date(row[i], k, f"{source} row {written % len(rows) + 2}")
                    for i in unique:
                        if row[i]:
                            row[i] = f"{row[i]}-{k}"
                writer.writerow(row)
                written += 1
            copies += 1
    return {"path": relative, "rows": written, "copies": copies, "bytes": os.path.getsize(target)}


def write_record_level(out: str, police_records: int, emergency_department: int) -> dict:
    return {"police_records": write_record_file(out, "police_records", police_records),
            "emergency_department": write_record_file(out, "emergency_department", emergency_department)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--out", required=True)
    parser.add_argument("--police-records", type=int, default=1_000_000,
                        help="rows of the record-level police extract (default 1,000,000)")
    parser.add_argument("--emergency-department", type=int, default=500_000,
                        help="rows of the A&E extract (default 500,000)")
    parser.add_argument("--force", action="store_true", help="rebuild even when inputs.json says it is built")
    args = parser.parse_args()
    if args.copies < 1:
        sys.exit("make_inputs: --copies must be at least 1")

    out = os.path.abspath(args.out)
    marker = os.path.join(out, "inputs.json")
    if not args.force and os.path.exists(marker):
        with open(marker, encoding="utf-8") as fh:
            built = json.load(fh)
        if (built.get("copies") == args.copies and built.get("version") == VERSION
                and built["police_records"]["rows"] == args.police_records
                and built["emergency_department"]["rows"] == args.emergency_department):
            print(f"make_inputs: {args.out} is already built ({built['police_street']['rows']:,} police.uk rows)", file=sys.stderr)
            return
    os.makedirs(out, exist_ok=True)
    if os.path.exists(marker):
        os.remove(marker)
    print(f"make_inputs: building {args.copies} copies of the police.uk months into {args.out}", file=sys.stderr)
    police = write_police(out, args.copies)
    print(f"make_inputs: writing {args.police_records:,} police records and {args.emergency_department:,} A&E rows",
          file=sys.stderr)
    record_level = write_record_level(out, args.police_records, args.emergency_department)
    write_config(out, {"police_street": "police-uk",
                       **{key: value["path"] for key, value in record_level.items()}})
    summary = {"version": VERSION, "copies": args.copies, "police_street": police, **record_level}
    with open(marker, "w", encoding="utf-8") as fh:
        json.dump(summary, fh, indent=2)
        fh.write("\n")
    print(f"make_inputs: {police['files']} files, {police['rows']:,} rows, {police['bytes'] / 1e6:.0f} MB; "
          f"police records {record_level['police_records']['bytes'] / 1e6:.0f} MB, "
          f"A&E {record_level['emergency_department']['bytes'] / 1e6:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
