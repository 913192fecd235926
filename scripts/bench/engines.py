#!/usr/bin/env python3
"""The reference engines' side of the benchmark: DuckDB or polars over the police.uk CSVs.

    engines.py duckdb|polars --police 'bench/copies-8/police-uk/**/*.csv' \
        --lookup Inputs/geography/lsoa11-to-lad19-with-imd19-rank.csv \
        --threads 2 --result result.json

Runs two queries, one after the other, each reading every CSV from scratch:

  1. the bare group-by: rows by Month and Crime type;
  2. the join: each row's LSOA code left-joined to the LSOA lookup, rows by Month,
     LAD19CD (NULL when the row has no LSOA or one the lookup lacks) and Crime type --
     the same month x district x crime-type tally that sna builds.

With --records and --ae (the "+records" engines of the harness), two more queries
tally the record-level files as sna does, each joined to the LSOA lookup:

  3. police records by month committed, district and offence code;
  4. A&E attendances by month (of the assault, else of the arrival), district and
     assault method.

Writes the query times and a few figures the harness checks against sna (total rows,
group counts) to --result as JSON. The whole process is what the harness times; the
query times inside it are reported beside, to show the share of interpreter start-up.
"""

import argparse
import json
import os
import sys
import time

# Every column of a police.uk street file, with explicit types, so that nothing depends
# on type sniffing (Month would otherwise be a candidate for a date).
COLUMNS = [
    ("Crime ID", "str"), ("Month", "str"), ("Reported by", "str"), ("Falls within", "str"),
    ("Longitude", "float"), ("Latitude", "float"), ("Location", "str"), ("LSOA code", "str"),
    ("LSOA name", "str"), ("Crime type", "str"), ("Last outcome category", "str"), ("Context", "str"),
]


def run_duckdb(args):
    import duckdb

    con = duckdb.connect(config={"threads": args.threads})
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    types = {"str": "VARCHAR", "float": "DOUBLE"}
    columns = "{" + ", ".join(f"'{name}': '{types[kind]}'" for name, kind in COLUMNS) + "}"
    street = f"read_csv('{args.police}', header = true, auto_detect = false, columns = {columns})"
    lookup = (f"read_csv('{args.lookup}', header = true, auto_detect = false, columns = "
              "{'LSOA11CD': 'VARCHAR', 'LSOA11NM': 'VARCHAR', 'LAD19CD': 'VARCHAR', 'LAD19NM': 'VARCHAR', "
              "'IMD19': 'INTEGER', 'FID': 'INTEGER'})")
    times = {}
    start = time.perf_counter()
    by_month = con.execute(f'SELECT "Month", "Crime type", count(*) FROM {street} GROUP BY ALL').fetchall()
    times["group_by"] = time.perf_counter() - start
    start = time.perf_counter()
    by_district = con.execute(
        f'SELECT s."Month", l.LAD19CD, s."Crime type", count(*) FROM {street} AS s '
        f'LEFT JOIN {lookup} AS l ON s."LSOA code" = l.LSOA11CD GROUP BY ALL').fetchall()
    times["join_group_by"] = time.perf_counter() - start
    files = con.execute(f"SELECT count(*) FROM glob('{args.police}')").fetchone()[0]
    result = {"engine": "duckdb", "version": duckdb.__version__, "threads": int(threads), "files": files,
              "times": times, "by_month": by_month, "by_district": by_district}
    if args.records:
        records = f"read_csv('{args.records}', header = true, all_varchar = true)"
        start = time.perf_counter()
        rows = con.execute(
            f'SELECT substr(r.committed_at, 1, 7), l.LAD19CD, r.offence_code, count(*) FROM {records} AS r '
            f'LEFT JOIN {lookup} AS l ON r.lsoa_code = l.LSOA11CD GROUP BY ALL').fetchall()
        times["police_records"] = time.perf_counter() - start
        result["records_rows"] = sum(row[-1] for row in rows)
    if args.ae:
        ae = f"read_csv('{args.ae}', header = true, all_varchar = true)"
        start = time.perf_counter()
        rows = con.execute(
            f'SELECT substr(coalesce(a.ASSAULT_DATE_TIME, a.ARRIVAL_DATE_TIME_AT_AE), 1, 7), l.LAD19CD, a.ASSAULT_METHOD, count(*) '
            f'FROM {ae} AS a LEFT JOIN {lookup} AS l ON a.INCIDENT_LSOA = l.LSOA11CD GROUP BY ALL').fetchall()
        times["emergency_department"] = time.perf_counter() - start
        result["ae_rows"] = sum(row[-1] for row in rows)
    return result


def run_polars(args):
    os.environ["POLARS_MAX_THREADS"] = str(args.threads)  # read when polars is imported
    import glob
    import polars as pl

    threads = pl.thread_pool_size()
    types = {"str": pl.String, "float": pl.Float64}
    schema = {name: types[kind] for name, kind in COLUMNS}

    def street():
        return pl.scan_csv(args.police, schema=schema, has_header=True, glob=True)

    lookup = pl.scan_csv(args.lookup, schema={"LSOA11CD": pl.String, "LSOA11NM": pl.String, "LAD19CD": pl.String,
                                               "LAD19NM": pl.String, "IMD19": pl.Int64, "FID": pl.Int64})
    times = {}
    start = time.perf_counter()
    by_month = street().group_by("Month", "Crime type").agg(pl.len()).collect()
    times["group_by"] = time.perf_counter() - start
    start = time.perf_counter()
    by_district = (street().join(lookup.select("LSOA11CD", "LAD19CD"), left_on="LSOA code", right_on="LSOA11CD", how="left")
                   .group_by("Month", "LAD19CD", "Crime type").agg(pl.len()).collect())
    times["join_group_by"] = time.perf_counter() - start
    files = len(glob.glob(args.police, recursive=True))
    result = {"engine": "polars", "version": pl.__version__, "threads": threads, "files": files, "times": times,
              "by_month": [tuple(row) for row in by_month.iter_rows()],
              "by_district": [tuple(row) for row in by_district.iter_rows()]}
    districts = lookup.select("LSOA11CD", "LAD19CD")
    if args.records:
        start = time.perf_counter()
        rows = (pl.scan_csv(args.records, infer_schema=False)
                .join(districts, left_on="lsoa_code", right_on="LSOA11CD", how="left")
                .group_by(pl.col("committed_at").str.slice(0, 7), "LAD19CD", "offence_code").agg(pl.len()).collect())
        times["police_records"] = time.perf_counter() - start
        result["records_rows"] = int(rows["len"].sum())
    if args.ae:
        start = time.perf_counter()
        rows = (pl.scan_csv(args.ae, infer_schema=False)
                .join(districts, left_on="INCIDENT_LSOA", right_on="LSOA11CD", how="left")
                .group_by(pl.coalesce("ASSAULT_DATE_TIME", "ARRIVAL_DATE_TIME_AT_AE").str.slice(0, 7), "LAD19CD",
                          "ASSAULT_METHOD").agg(pl.len()).collect())
        times["emergency_department"] = time.perf_counter() - start
        result["ae_rows"] = int(rows["len"].sum())
    return result


def summarise(result):
    """Keeps the tallies small enough to write: the harness compares them with sna's."""
    by_month = {}
    for month, crime_type, n in result.pop("by_month"):
        by_month[f"{month}|{crime_type}"] = by_month.get(f"{month}|{crime_type}", 0) + n
    by_district = {}
    for month, district, crime_type, n in result.pop("by_district"):
        key = f"{month}|{district or ''}|{crime_type}"
        by_district[key] = by_district.get(key, 0) + n
    result["rows"] = sum(by_month.values())
    result["rows_join"] = sum(by_district.values())
    result["by_month"] = by_month
    result["by_district"] = by_district
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("engine", choices=["duckdb", "polars"])
    parser.add_argument("--police", required=True, help="glob of the police.uk street CSVs")
    parser.add_argument("--lookup", required=True, help="the LSOA to district lookup CSV")
    parser.add_argument("--records", help="the record-level police extract (adds query 3)")
    parser.add_argument("--ae", help="the A&E extract (adds query 4)")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--result", required=True)
    args = parser.parse_args()
    result = run_duckdb(args) if args.engine == "duckdb" else run_polars(args)
    if result["threads"] != args.threads:
        sys.exit(f"engines: {args.engine} runs {result['threads']} threads, not {args.threads}")
    with open(args.result, "w", encoding="utf-8") as fh:
        json.dump(summarise(result), fh)


if __name__ == "__main__":
    main()
