"""Duplicates and merge benchmark at 100,000 KOLs: finding possible duplicates in the whole book (target < 300 ms),
after an import of 1,000 KOLs, and one merge with its undo, each beside a floor measured in the same run.

Run from the repository root: python tests/perf/bench_merge.py [--kols 100000] [--keep DIR] [--runs 7]
The book is `python -m kolcrm demo` (cached in --keep, default /tmp/kolcrm-bench-merge); its names repeat far more
than a real book's (a few thousand Chinese names), so the name-and-city rule finds thousands of groups: a worst case.
Floors: one bare scan of the live KOLs in plain sqlite3, and one GROUP BY of their raw phones (no normalising).
CPU time is printed beside wall time: on the shared 2-core machines another session's load shows in wall time only.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from kolcrm.core.brands import fit_scores  # noqa: E402
from kolcrm.core.kols.duplicates import find_possible_duplicates  # noqa: E402
from kolcrm.core.kols.merge import merge_kols, preview_merge, undo_merge  # noqa: E402
from kolcrm.core.store.db import close_database, database, open_database  # noqa: E402


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def ensure_book(keep: Path, kols: int) -> Path:
    path = keep / f"demo-{kols}.db"
    if not path.exists():
        keep.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "kolcrm", "demo", "--kols", str(kols), "--db", str(path)], cwd=REPO,
                       check=True, capture_output=True)  # fmt: skip
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kols", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=Path("/tmp/kolcrm-bench-merge"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    book = ensure_book(args.keep, args.kols)
    work = args.keep / "work.db"
    shutil.copy(book, work)

    raw = sqlite3.connect(work)
    scan = timed(lambda: raw.execute("SELECT count(*) FROM kol NOT INDEXED WHERE deleted_at IS NULL AND phone != 'x'")
                 .fetchall(), args.runs)  # fmt: skip
    phones = timed(lambda: raw.execute("SELECT group_concat(id) FROM kol NOT INDEXED WHERE deleted_at IS NULL AND"
                                       " phone != '' GROUP BY phone HAVING count(*) > 1").fetchall(), args.runs)  # fmt: skip
    raw.close()

    open_database(work)
    try:
        whole = timed(find_possible_duplicates, args.runs)
        newest = [row[0] for row in database.execute_sql("SELECT id FROM kol ORDER BY id DESC LIMIT 1000")]
        after_import = timed(lambda: find_possible_duplicates(newest), args.runs)
        brand_id = database.execute_sql("SELECT min(id) FROM brand").fetchone()[0]
        fit_scores.build(brand_id)  # a brand scored: the merge keeps its scores fresh
        pairs = [(kol_id, kol_id + 1) for kol_id in range(1, 2 * args.runs, 2)]
        preview = timed(lambda: preview_merge(*pairs[0]), args.runs)
        receipts = []
        merge = timed(lambda: receipts.append(merge_kols(*pairs[len(receipts)])), args.runs)
        undo = timed(lambda: undo_merge(receipts.pop()), args.runs)
        fresh = fit_scores.is_fresh(brand_id)
    finally:
        close_database()

    rows = [
        ("floor: bare scan of live KOLs (sqlite3)", scan, None),
        ("floor: GROUP BY raw phone (sqlite3)", phones, None),
        ("find_possible_duplicates, whole book", whole, 300.0),
        ("find_possible_duplicates, 1,000 new KOLs", after_import, 300.0),
        ("preview_merge", preview, 50.0),
        ("merge_kols (one brand scored)", merge, 100.0),
        ("undo_merge", undo, 100.0),
    ]
    print(f"{args.kols:,} KOLs, median of {args.runs} runs")
    print(f"{'':44} {'wall ms':>8} {'cpu ms':>8}  target")
    missed = False
    for label, (wall, cpu), target in rows:
        verdict = "" if target is None else f"< {target:.0f} ms {'PASS' if cpu < target else 'MISS'} (cpu)"
        missed |= target is not None and cpu >= target
        print(f"{label:44} {wall:8.1f} {cpu:8.1f}  {verdict}")
    print(f"fit scores still fresh after merges and undos: {fresh}")
    return 1 if missed or not fresh else 0


if __name__ == "__main__":
    sys.exit(main())
