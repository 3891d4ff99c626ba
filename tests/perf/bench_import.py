"""Import benchmark: a 100,000-row CSV imported, re-imported as updates, and dry-run, beside a raw floor.

Run from the repository root: python tests/perf/bench_import.py [--rows 100000] [--keep DIR]
The floor is plain sqlite3 executemany of the same KOL, account and rate rows into the same schema, measured
in the same run, so the ratio says what parsing, validation and the search index cost on this machine.
`kolcrm import` reads and writes in one streamed pass (run_import); the wizard first shows a dry run
(plan_import), then imports: both are timed. Peak memory is Python's (tracemalloc) during the import, at the
full row count and at a tenth of it: flat means the import streams.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kolcrm.core.store.db import close_database, open_database
from kolcrm.exchange.imports.importer import ImportOptions, plan_import, run_import
from kolcrm.exchange.imports.mapping import guess
from kolcrm.exchange.imports.reading import read_table

HEADERS = ["达人昵称", "真实姓名", "平台", "账号ID", "粉丝数", "互动率", "报价", "城市", "类目", "标签", "备注"]
PLATFORMS = ["抖音", "小红书", "微博", "B站", "快手", "Instagram"]
FOLLOWERS = ["12,345", "1.2万", "3.5w", "475.8m", "12.3k", "4.5M", "1.2亿", "9800"]


def build_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(rows):
            writer.writerow([f"美妆达人{i}", f"李{i}", PLATFORMS[i % 6], f"kol_{i}", FOLLOWERS[i % 8],
                             f"{(i % 900) / 100:.2f}%", f"¥{(i % 50 + 1) * 1000:,}", "上海", "美妆、护肤",
                             "真实分享", f"导入备注 {i}"])  # fmt: skip


def raw_floor(db_path: Path, rows: int) -> float:
    """Plain sqlite3 executemany of the same rows (kol, account, rate) in one transaction."""
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=normal")
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO kol (id, display_name, real_name, city, main_platform, followers, engagement_rate,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            ((i + 1, f"美妆达人{i}", f"李{i}", "上海", "Douyin", 12345, 1.5, "t", "t") for i in range(rows)),
        )
        conn.executemany(
            "INSERT INTO platform_account (id, kol_id, platform, handle, handle_key, followers, engagement_rate)"
            " VALUES (?,?,?,?,?,?,?)",
            ((i + 1, i + 1, "Douyin", f"kol_{i}", f"kol_{i}", 12345, 1.5) for i in range(rows)),
        )
        conn.executemany(
            "INSERT INTO rate_card_entry (account_id, format, fee, currency) VALUES (?,?,?,?)",
            ((i + 1, "报价", "30000", "CNY") for i in range(rows)),
        )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def full_floor(db_path: Path, rows: int) -> float:
    """Plain executemany of every row the import writes: KOLs, labels, accounts, rates, notes and the four
    search tables, with the rows and search texts made before the clock starts."""
    from kolcrm.core.store import search

    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=normal")
    kols = [(i + 1, f"美妆达人{i}", f"李{i}", "上海", "Douyin", 12345, 1.5, "t", "t") for i in range(rows)]
    labels = [(i + 1, kind, label) for i in range(rows) for kind, label in (("category", "美妆"), ("category", "护肤"),
                                                                           ("value", "真实分享"))]  # fmt: skip
    accounts = [(i + 1, i + 1, "Douyin", f"kol_{i}", f"kol_{i}", 12345, 1.5) for i in range(rows)]
    rates = [(i + 1, "报价", "30000", "CNY") for i in range(rows)]
    notes = [(i + 1, "2026-12-01", "note", f"导入备注 {i}", "t") for i in range(rows)]
    bodies = [(i + 1, f"美妆达人{i}\n李{i}\n上海\nkol_{i}\n护肤\n真实分享\n美妆\n导入备注 {i}") for i in range(rows)]
    words = [(kol_id, search.word_text(body)) for kol_id, body in bodies]
    grams = [(kol_id, search.cjk_grams(body)) for kol_id, body in bodies]
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO kol (id, display_name, real_name, city, main_platform, followers, engagement_rate,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            kols,
        )
        conn.executemany("INSERT INTO kol_label (kol_id, kind, label) VALUES (?,?,?)", labels)
        conn.executemany(
            "INSERT INTO platform_account (id, kol_id, platform, handle, handle_key, followers, engagement_rate)"
            " VALUES (?,?,?,?,?,?,?)",
            accounts,
        )
        conn.executemany("INSERT INTO rate_card_entry (account_id, format, fee, currency) VALUES (?,?,?,?)", rates)
        conn.executemany("INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) VALUES (?,?,?,?,?)",
                         notes)  # fmt: skip
        conn.executemany("INSERT INTO kol_search_doc (kol_id, body) VALUES (?,?)", bodies)
        conn.executemany("INSERT INTO kol_search (rowid, body) VALUES (?,?)", bodies)
        conn.executemany("INSERT INTO kol_search_words (rowid, body) VALUES (?,?)", words)
        conn.executemany("INSERT INTO kol_search_cjk (rowid, grams) VALUES (?,?)", grams)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep the CSV and databases in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kolcrm-import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    csv_path = folder / "kols.csv"
    build_csv(csv_path, args.rows)

    for name in ("import.db", "floor.db", "import.db-wal", "floor.db-wal", "import.db-shm", "floor.db-shm"):
        (folder / name).unlink(missing_ok=True)
    open_database(folder / "floor.db")
    close_database()
    floor = raw_floor(folder / "floor.db", args.rows)
    open_database(folder / "full.db")
    close_database()
    full = full_floor(folder / "full.db", args.rows)

    table = read_table(csv_path)
    found = guess(table.headers, [cells for _line, cells in table.sample_rows])
    options = ImportOptions(found.mapping(), found.fixed)

    open_database(folder / "import.db")
    start = time.perf_counter()
    plan, result = run_import(read_table(csv_path), options)
    total = time.perf_counter() - start
    assert result.added == args.rows and not plan.errors, (result.added, plan.errors[:3])
    start = time.perf_counter()
    _plan, again = run_import(read_table(csv_path), options)
    reimport = time.perf_counter() - start
    assert again.updated == args.rows, again.updated
    start = time.perf_counter()
    dry = plan_import(read_table(csv_path), options)
    dry_run = time.perf_counter() - start
    assert dry.updated == args.rows
    close_database()

    peaks = {}
    for rows in (args.rows // 10, args.rows):
        small = folder / f"rows{rows}.csv"
        build_csv(small, rows)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{folder / 'mem.db'}{suffix}").unlink(missing_ok=True)
        open_database(folder / "mem.db")
        tracemalloc.start()
        run_import(read_table(small), options)
        peaks[rows] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        close_database()

    print(f"{args.rows:,} rows ({csv_path.stat().st_size / 1e6:.1f} MB CSV)")
    print(f"  floor: raw sqlite3 executemany of the KOL, account and rate rows: {floor:6.2f} s")
    print(f"  floor 2: raw executemany of every row the import writes, search tables too: {full:6.2f} s")
    for label, seconds, target in (
        ("import (kolcrm import, one pass)", total, "≤ 3×"),
        ("re-import, every row an update", reimport, "≤ 4×"),
        ("dry run (the wizard's first step)", dry_run, ""),
        ("wizard (dry run + import)", dry_run + total, ""),
    ):
        aim = f" (target {target} floor)" if target else ""
        print(f"  {label:<36} {seconds:6.2f} s = {seconds / floor:4.1f}× floor, {seconds / full:4.1f}× floor 2{aim}")
    for rows, peak in peaks.items():
        print(f"  peak Python memory importing {rows:>9,} rows: {peak / 1e6:6.1f} MB")
    if args.keep is None:
        shutil.rmtree(folder)
    return 0 if total <= 3 * floor and reimport <= 4 * floor else 1


if __name__ == "__main__":
    sys.exit(main())
