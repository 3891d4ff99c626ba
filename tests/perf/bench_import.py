"""Import benchmark: a 100,000-row CSV through read → dry run → one-transaction import, beside a raw floor.

Run from the repository root: python tests/perf/bench_import.py [--rows 100000] [--keep DIR]
The floor is plain sqlite3 executemany of the same KOL, account and rate rows into the same schema, measured
in the same run, so the ratio says what parsing, validation and the search index cost on this machine.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kolcrm.core.store.db import close_database, open_database
from kolcrm.exchange.imports.importer import apply_import, plan_import
from kolcrm.exchange.imports.mapping import guess_mapping
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

    open_database(folder / "import.db")
    timings: dict[str, float] = {}
    start = time.perf_counter()
    table = read_table(csv_path)
    timings["read"] = time.perf_counter() - start
    mark = time.perf_counter()
    plan = plan_import(table, guess_mapping(table.headers))
    timings["dry run"] = time.perf_counter() - mark
    mark = time.perf_counter()
    result = apply_import(plan)
    timings["write"] = time.perf_counter() - mark
    total = time.perf_counter() - start
    mark = time.perf_counter()
    again = apply_import(plan_import(read_table(csv_path), guess_mapping(table.headers)))
    reimport = time.perf_counter() - mark
    close_database()
    assert result.added == args.rows and not plan.errors, (result.added, plan.errors[:3])
    assert again.updated == args.rows

    print(f"{args.rows:,} rows ({csv_path.stat().st_size / 1e6:.1f} MB CSV)")
    for step, seconds in timings.items():
        print(f"  {step:<8} {seconds:6.2f} s")
    print(
        f"  import   {total:6.2f} s  {args.rows / total:10,.0f} rows/s  (target < 60 s: {'PASS' if total < 60 else 'MISS'})"
    )
    print(f"  raw sqlite3 executemany of the same rows: {floor:.2f} s  {args.rows / floor:10,.0f} rows/s "
          f"(import is {total / floor:.0f}× the floor)")  # fmt: skip
    print(f"  re-import (all {again.updated:,} rows update): {reimport:.2f} s")
    if args.keep is None:
        shutil.rmtree(folder)
    return 0 if total < 60 else 1


if __name__ == "__main__":
    sys.exit(main())
