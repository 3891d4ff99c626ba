"""Benchmark: a team's book on PostgreSQL against the same book in a SQLite file, 100,000 KOLs, in one run.

1. Start to first rows painted: the app child of bench_list.py launched on the file and on the server in turns;
   target: the server start ≤ 1.5× the file start.
2. Search as you type: the KOL list model's set_filter (first page + count) for bench_list's 50 queries on each
   engine; target: p95 ≤ 50 ms on the server. The two engines must find the same number of KOLs for each query.
3. Ten clients editing and searching for --seconds (60): separate processes, each saving KOLs through the row
   version rule (a refused save is read again and retried) and searching; target: 0 errors, 0 lost updates
   (every saved increment is in the final rows), p95 save ≤ 50 ms.

The file is bench_list.py's cached database; the server's copy is made with `kolcrm copy` into --url (a database
this benchmark may empty: its public schema is dropped), and kept there for the next run.

    python tests/perf/bench_team.py --url postgresql://kolcrm_ci:kolcrm_ci@localhost/kolcrm_bench [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(REPO))

import bench_list  # noqa: E402

CLIENTS = 10
SAVE_TARGET_MS = 50.0
SEARCH_P95_TARGET_MS = 50.0
START_RATIO_TARGET = 1.5


def prepare_server(url: str, file: Path, rebuild: bool) -> float:
    """The file's book copied onto the server (kept between runs); seconds the copy took, 0 when reused."""
    import psycopg

    from kolcrm.core.store.migrations import SCHEMA_VERSION

    with psycopg.connect(url, autocommit=True) as conn:
        present = conn.execute("SELECT to_regclass('kolcrm_schema')").fetchone()[0]
        version = conn.execute("SELECT version FROM kolcrm_schema").fetchone()[0] if present else None
        kols = conn.execute("SELECT count(*) FROM kol").fetchone()[0] if present else 0
        if not rebuild and version == SCHEMA_VERSION and kols >= 100_000:
            return 0.0
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kolcrm", "copy", str(file), url], check=True, cwd=REPO,
                   env=bench_list._child_env(), stdout=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


def server_settings(url: str) -> str:
    """The server's version and the memory it keeps pages in: the search figures depend on it."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
        buffers = conn.execute("SHOW shared_buffers").fetchone()[0]
    return f"PostgreSQL {version}, shared_buffers {buffers}"


def measure_starts(file: Path, url: str, keep: Path, runs: int) -> tuple[list[float], list[float]]:
    bench_list.launch("app", file, keep)  # warm-up of each
    bench_list.launch("app", url, keep)  # type: ignore[arg-type]
    on_file, on_server = [], []
    for i in range(runs):
        order = ((file, on_file), (url, on_server)) if i % 2 == 0 else ((url, on_server), (file, on_file))
        for where, into in order:
            into.append(bench_list.launch("app", where, keep).ready_s * 1000)  # type: ignore[arg-type]
    return on_file, on_server


def measure_searches(location: str) -> dict[str, tuple[float, int]]:
    """Per query: median ms of the list model's set_filter and the number of KOLs found."""
    code = (
        "import json, statistics, sys, time\n"
        "from kolcrm.core.store.db import open_database\n"
        "from kolcrm.core.kols.list_query import KolFilter\n"
        "from kolcrm.ui.kols.list_model import KolListModel\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        f"open_database({location!r})\n"
        "model = KolListModel()\n"
        "model.reload()\n"
        "out = {}\n"
        f"for q in {bench_list.QUERIES!r}:\n"
        "    times = []\n"
        "    for _ in range(3):\n"
        "        model.set_filter(KolFilter()); start = time.perf_counter()\n"
        "        model.set_filter(KolFilter(text=q)); times.append(time.perf_counter() - start)\n"
        "    out[q] = (statistics.median(times) * 1000, model.total)\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO,
                            env=bench_list._child_env())  # fmt: skip
    return {q: (ms, total) for q, (ms, total) in json.loads(result.stdout.strip().splitlines()[-1]).items()}


WORKER = r"""
import json, random, sys, time
from kolcrm.core.store.db import database, open_database
from kolcrm.core.store import versions
from kolcrm.core.store.versions import EditConflict
from kolcrm.core.kols import list_query
url, seconds, seed, ids = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4])
open_database(url)
rng = random.Random(seed)
saves, conflicts, errors, added, searches = [], 0, 0, {}, []
words = ["口红", "美妆", "Chen", "上海", "kol1", "zh", "健身"]
deadline = time.monotonic() + seconds
while time.monotonic() < deadline:
    kol_id = rng.choice(ids)
    start = time.perf_counter()
    while True:
        try:
            stamp = versions.stamp("kol", kol_id)
            followers = database.execute_sql("SELECT followers FROM kol WHERE id = ?", (kol_id,)).fetchone()[0]
            with database.atomic("IMMEDIATE"):
                versions.claim("kol", kol_id, stamp.version)
                database.execute_sql("UPDATE kol SET followers = ? WHERE id = ?", (followers + 1, kol_id))
            break
        except EditConflict:
            conflicts += 1  # someone saved first: read again, as the editor's "reload" does
        except Exception as exc:
            errors += 1
            print(repr(exc), file=sys.stderr)
            break
    saves.append((time.perf_counter() - start) * 1000)
    added[kol_id] = added.get(kol_id, 0) + 1
    start = time.perf_counter()
    list_query.count(list_query.KolFilter(text=rng.choice(words)))
    searches.append((time.perf_counter() - start) * 1000)
print(json.dumps({"saves": saves, "conflicts": conflicts, "errors": errors, "added": added, "searches": searches}))
"""


def run_clients(url: str, seconds: float) -> dict[str, float]:
    import psycopg

    with psycopg.connect(url) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM kol WHERE deleted_at IS NULL ORDER BY id LIMIT 200")]
        before = dict(conn.execute("SELECT id, followers FROM kol WHERE id = ANY(%s)", (ids,)).fetchall())
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url, str(seconds), str(seed), json.dumps(ids)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=bench_list._child_env(),
        )
        for seed in range(CLIENTS)
    ]
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 120)
        if proc.returncode != 0:
            raise SystemExit(f"client failed: {err[-2000:]}")
        reports.append(json.loads(out.strip().splitlines()[-1]))
    with psycopg.connect(url) as conn:
        after = dict(conn.execute("SELECT id, followers FROM kol WHERE id = ANY(%s)", (ids,)).fetchall())
    added: dict[str, int] = {}
    for report in reports:
        for kol_id, count in report["added"].items():
            added[kol_id] = added.get(kol_id, 0) + count
    lost = sum(count - (after[int(kol_id)] - before[int(kol_id)]) for kol_id, count in added.items())
    saves = [ms for report in reports for ms in report["saves"]]
    searches = [ms for report in reports for ms in report["searches"]]
    return {
        "saves": len(saves),
        "save_p95": bench_list._percentile(saves, 95),
        "search_p95": bench_list._percentile(searches, 95),
        "conflicts": sum(report["conflicts"] for report in reports),
        "errors": sum(report["errors"] for report in reports),
        "lost": lost,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("KOLCRM_BENCH_PG_URL", ""), required=False)
    parser.add_argument("--keep", type=Path, default=bench_list.DEFAULT_KEEP)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if not args.url:
        raise SystemExit("give --url postgresql://… (a database this benchmark may empty) or KOLCRM_BENCH_PG_URL")
    built = bench_list.ensure_database(args.keep, 100_000, rebuild=False)
    copy_s = prepare_server(args.url, built.path, args.rebuild)
    print(f"Server book: {'copied in ' + format(copy_s, '.1f') + ' s' if copy_s else 'reused'}", flush=True)
    print(f"Server: {server_settings(args.url)}", flush=True)
    on_file, on_server = measure_starts(built.path, args.url, args.keep, args.runs)
    file_searches, server_searches = measure_searches(str(built.path)), measure_searches(args.url)
    differing = [q for q in file_searches if file_searches[q][1] != server_searches[q][1]]
    clients = run_clients(args.url, args.seconds)

    start_file, start_server = statistics.median(on_file), statistics.median(on_server)
    file_p95 = bench_list._percentile([ms for ms, _n in file_searches.values()], 95)
    server_p95 = bench_list._percentile([ms for ms, _n in server_searches.values()], 95)
    rows = [
        ("Start to first rows (median)", f"{start_server:.0f} ms", f"{start_file:.0f} ms",
         f"{start_server / start_file:.2f}×", f"≤ {START_RATIO_TARGET}×", start_server <= START_RATIO_TARGET * start_file),
        ("Search as you type, p95 of 50", f"{server_p95:.1f} ms", f"{file_p95:.1f} ms",
         f"{server_p95 / file_p95:.2f}×", f"≤ {SEARCH_P95_TARGET_MS:.0f} ms", server_p95 <= SEARCH_P95_TARGET_MS),
        ("Queries finding other counts", str(len(differing)), "0", "—", "0", not differing),
        (f"{CLIENTS} clients × {args.seconds:.0f} s: saves / conflicts", f"{clients['saves']:.0f} / "
         f"{clients['conflicts']:.0f}", "—", "—", "(info)", None),
        ("Errors / lost updates", f"{clients['errors']:.0f} / {clients['lost']:.0f}", "—", "—", "0 / 0",
         clients["errors"] == 0 and clients["lost"] == 0),
        ("Save p95 under load", f"{clients['save_p95']:.1f} ms", "—", "—", f"≤ {SAVE_TARGET_MS:.0f} ms",
         clients["save_p95"] <= SAVE_TARGET_MS),
        ("Search p95 under load", f"{clients['search_p95']:.1f} ms", "—", "—", "(info)", None),
    ]  # fmt: skip
    print(
        f"\nkolcrm team benchmark — 100,000 KOLs, PostgreSQL against the same book in SQLite ({args.runs} starts each)"
    )
    print(f"{'Figure':<42} {'Server':>12} {'File':>10} {'Ratio':>7}  {'Target':<10} Result")
    for figure, server, file, ratio, target, ok in rows:
        verdict = "(info)" if ok is None else ("PASS" if ok else "MISS")
        print(f"{figure:<42} {server:>12} {file:>10} {ratio:>7}  {target:<10} {verdict}")
    if differing:
        print("Queries whose counts differ:", {q: (file_searches[q][1], server_searches[q][1]) for q in differing})


if __name__ == "__main__":
    main()
