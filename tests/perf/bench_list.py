"""Benchmark: startup, search-as-you-type and memory of the KOL list on a 100,000-KOL database.

Each kolcrm figure is printed beside a floor measured in the same run on the same database file:

1. Startup: wall clock from Popen to the child's "ready" line, for a process that imports kolcrm, opens the
   database, builds create_application() + MainWindow, shows it and returns once the KOL table's viewport
   has painted rows. Floor: a bare PySide6 process showing a QMainWindow + QTableView over 100 rows read
   with raw sqlite3 from the same file. Median of --runs launches each (after one unmeasured warm-up).
2. Search-as-you-type: KolListModel.set_filter(KolFilter(text=q)) (first page + count) for 50 realistic
   queries, in-process. Floor: the same SQL (built by kolcrm.core.kols.list_query) run on a plain sqlite3
   connection with the same pragmas. Median and p95 over the queries; each query's time is the median of
   a few rounds, alternating which side runs first.
3. Peak RSS (ru_maxrss) of the startup child after scrolling the list to row ~1000, against the bare
   window's after the same scroll.

Also printed: time to build the database (`python -m kolcrm demo`), its size, and kol_list.fetch_page for
the first and the 250th keyset page (also under a search filter), each beside the raw SQL.

The built database is cached in --keep DIR (default /tmp/kolcrm-bench) and reused when the KOL count and
schema version match, so reruns take about a minute.

Run from the repository root (not collected by pytest):

    python tests/perf/bench_list.py [--kols 100000] [--keep DIR] [--runs 5] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DEFAULT_KEEP = Path("/tmp/kolcrm-bench")
SCROLL_TO_ROW = 1000
DEEP_PAGE = 250
SEARCH_ROUNDS = 3
CHILD_TIMEOUT_S = 120

RATIO_TARGET = 1.5
SEARCH_P95_TARGET_MS = 30.0

# What a user types into the search box: 1-character Chinese, 2-character words found in demo tags and
# notes, longer substrings, Latin names and handles, two-term searches, and some that find nothing.
QUERIES = (
    # 1 character, Chinese (prefix on the CJK bigram index)
    "李",
    "王",
    "陈",
    "美",
    "口",
    "红",
    # 2 characters, Chinese (CJK bigram index)
    "口红",
    "美妆",
    "健身",
    "旅行",
    "护肤",
    "上海",
    "宝妈",
    "中秋",
    "佳琦",
    "小鹿",
    "经纪",
    # 3+ characters (trigram index)
    "新口红",
    "小红书",
    "朋友圈",
    "中秋礼盒",
    "健康生活",
    "性价比",
    "研究所",
    "实验室",
    "谦寻文化",
    "双11前",
    "粉丝画像",
    # Latin, 1–2 characters (LIKE scan) and 3+ (trigram)
    "C",
    "Ch",
    "Chen",
    "Mia",
    "Tanaka",
    "kol123",
    "kol4242_",
    "wx_kol77",
    "Kitchen",
    "camping",
    "Shanghai",
    "London",
    "expo",
    # several terms
    "美妆 上海",
    "Chen London",
    "口红 小红书",
    "健身 kol1",
    # nothing found (the demo notes never mention live-streaming)
    "直播",
    "火星",
    "不存在的达人",
    "zzqx",
    "qwertyuiop",
)


# -- helpers shared by parent and children -----------------------------------------------------------------
def _percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 50 values = the 48th smallest)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _child_env() -> dict[str, str]:
    # Bytecode is cached outside the checkout (the unmeasured warm-up launch writes it), as an installed kolcrm
    # has its .pyc files: with PYTHONDONTWRITEBYTECODE=1, which this machine sets, every launch recompiled all
    # of kolcrm from source (~35 modules, ~50 ms) and start-up grew with the size of the code, not its work.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(DEFAULT_KEEP / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(REPO), env.get("PYTHONPATH"))))
    return env


def _wait_for_paint(app: Any, widget: Any, condition: Callable[[], bool], timeout_s: float = 60) -> None:
    """Run the event loop until `widget` has finished a paint while `condition()` holds."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    failed: list[bool] = []

    class Watcher(QObject):
        def eventFilter(self, _obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and condition():
                QTimer.singleShot(0, loop.quit)  # after this paint event has been handled
            return False

    def give_up() -> None:
        failed.append(True)
        loop.quit()

    watcher = Watcher()
    widget.installEventFilter(watcher)
    widget.update()
    QTimer.singleShot(int(timeout_s * 1000), give_up)
    loop.exec()
    widget.removeEventFilter(watcher)
    if failed:
        raise SystemExit(f"no paint with rows within {timeout_s} s")


# -- child processes ---------------------------------------------------------------------------------------
class _Laps:
    """Milliseconds spent in each named phase of a child, for the report."""

    def __init__(self) -> None:
        self.phases: dict[str, float] = {}
        self._mark = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.phases[name] = round((now - self._mark) * 1000, 1)
        self._mark = now


def child_app(db: str, settings_path: str) -> None:
    """The real app: import, open the database, build the window, show it; 'ready' once rows are painted."""
    lap = _Laps()
    from PySide6.QtCore import QSettings

    from kolcrm.app import create_application
    from kolcrm.core.store.db import close_database, open_database
    from kolcrm.ui.main_window import MainWindow

    lap("imports")
    path = open_database(db)
    lap("open_database")
    app = create_application([sys.argv[0]])
    lap("create_application")
    window = MainWindow(QSettings(settings_path, QSettings.Format.IniFormat), database_path=path)
    lap("MainWindow()")
    model, table = window.kols.model, window.kols.table
    window.show()
    _wait_for_paint(app, table.viewport(), lambda: model.rowCount() > 0)
    lap("show+paint")
    print("ready", flush=True)

    while model.rowCount() < SCROLL_TO_ROW and model.canFetchMore():
        model.fetchMore()
    table.scrollTo(model.index(min(SCROLL_TO_ROW, model.rowCount()) - 1, 0))
    _wait_for_paint(app, table.viewport(), lambda: True)
    lap("scroll")
    print(json.dumps({"rss_mib": _rss_mib(), "rows": model.rowCount(), "phases_ms": lap.phases}), flush=True)
    close_database()
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown: not part of what is measured


def child_bare(db: str) -> None:
    """The floor: a bare QMainWindow + QTableView over 100 rows read with raw sqlite3; same protocol."""
    lap = _Laps()
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    lap("imports")
    conn = sqlite3.connect(db)
    cursor = conn.execute(
        "SELECT id, display_name, real_name, status, tier, main_platform, followers, engagement_rate,"
        " last_contact, city FROM kol WHERE deleted_at IS NULL ORDER BY followers DESC, id DESC LIMIT 100"
    )
    headers = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    lap("query")

    class RowsModel(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(headers)

        def headerData(self, section: int, orientation: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
                return headers[section]
            return None

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole and index.isValid():
                return str(rows[index.row()][index.column()])
            return None

    app = QApplication([sys.argv[0]])
    lap("QApplication")
    window = QMainWindow()
    model = RowsModel()
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    lap("window")
    window.show()
    _wait_for_paint(app, table.viewport(), lambda: model.rowCount() > 0)
    lap("show+paint")
    print("ready", flush=True)

    table.scrollToBottom()
    _wait_for_paint(app, table.viewport(), lambda: True)
    lap("scroll")
    print(json.dumps({"rss_mib": _rss_mib(), "rows": model.rowCount(), "phases_ms": lap.phases}), flush=True)
    conn.close()
    os._exit(0)


# -- the database ------------------------------------------------------------------------------------------
@dataclass
class BuiltDb:
    path: Path
    build_s: float
    reused: bool


def ensure_database(keep: Path, kols: int, rebuild: bool) -> BuiltDb:
    """The cached demo database for `kols`, built with `python -m kolcrm demo` when missing."""
    from kolcrm.core.store.migrations import SCHEMA_VERSION

    keep.mkdir(parents=True, exist_ok=True)
    path = keep / f"kolcrm-{kols}-v{SCHEMA_VERSION}.db"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists() and not rebuild:
        meta = json.loads(meta_path.read_text())
        if meta.get("kols") == kols:
            return BuiltDb(path, meta["build_s"], reused=True)
    building = path.with_name(path.name + ".building")
    for stale in (path, meta_path, *keep.glob(building.name + "*")):
        stale.unlink(missing_ok=True)
    print(f"Building {kols:,} demo KOLs into {path} (python -m kolcrm demo) …", flush=True)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kolcrm", "demo", "--db", str(building), "--kols", str(kols)],
        check=True,
        cwd=REPO,
        env=_child_env(),
        stdout=subprocess.DEVNULL,
    )
    build_s = time.perf_counter() - start
    for suffix in ("-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)  # empty after a clean close
    building.rename(path)
    meta_path.write_text(json.dumps({"kols": kols, "build_s": build_s, "built_at": time.strftime("%F %T")}))
    return BuiltDb(path, build_s, reused=False)


# -- 1 and 3: startup and memory ---------------------------------------------------------------------------
@dataclass
class Launch:
    ready_s: float
    rss_mib: float
    rows: int
    phases_ms: dict[str, float]


def launch(kind: str, db: Path, keep: Path) -> Launch:
    settings = keep / f"settings-{os.getpid()}.ini"
    settings.unlink(missing_ok=True)
    command = [sys.executable, __file__, "--child", kind, "--db", str(db), "--settings", str(settings)]
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:  # Qt's offscreen chatter, shown only on failure
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=_child_env(), cwd=REPO, text=True)
        assert proc.stdout is not None
        ready_s = None
        for line in proc.stdout:
            if line.strip() == "ready":
                ready_s = time.perf_counter() - start
                break
        tail = proc.stdout.read()
        code = proc.wait(timeout=CHILD_TIMEOUT_S)
        settings.unlink(missing_ok=True)
        if ready_s is None or code != 0:
            errors.seek(0)
            raise SystemExit(f"{kind} child failed (exit {code}): {tail}\n{errors.read()}")
    report = json.loads(tail.strip().splitlines()[-1])
    return Launch(ready_s, report["rss_mib"], report["rows"], report["phases_ms"])


def measure_startup(db: Path, keep: Path, runs: int) -> tuple[list[Launch], list[Launch]]:
    launch("app", db, keep)  # warm-up: file and library pages into the OS cache
    launch("bare", db, keep)
    apps: list[Launch] = []
    bares: list[Launch] = []
    for i in range(runs):
        pair = ("app", "bare") if i % 2 == 0 else ("bare", "app")
        for kind in pair:
            (apps if kind == "app" else bares).append(launch(kind, db, keep))
        print(f"  launch {i + 1}/{runs}: app {apps[-1].ready_s * 1000:.0f} ms, bare {bares[-1].ready_s * 1000:.0f} ms")
    return apps, bares


# -- 2: search-as-you-type, and deep pages -----------------------------------------------------------------
def _floor_connection(db: Path) -> sqlite3.Connection:
    from kolcrm.core.store.db import PRAGMAS

    conn = sqlite3.connect(db)
    for name, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {name} = {value}")
    return conn


def _page_sql(kol_filter: Any, after: Any = None) -> tuple[str, list[Any], str, list[Any]]:
    """The first-page (or keyset) SELECT and the count exactly as kolcrm.core.kols.list_query builds them."""
    from kolcrm.core.kols import list_query as kol_list

    column = kol_list.SORT_COLUMNS["followers"]
    where, params = kol_list.filter_conditions(kol_filter)
    count_sql = f"SELECT count(*) FROM kol WHERE {' AND '.join(where)}"
    count_params = list(params)
    if after is not None:
        where.append(f"({column}, id) < (?, ?)")
        params = [*params, getattr(after, column), after.id]
    page_sql = (
        f"SELECT {kol_list.ROW_COLUMNS} FROM kol WHERE {' AND '.join(where)} ORDER BY {column} DESC, id DESC LIMIT ?"
    )
    return page_sql, [*params, kol_list.PAGE_SIZE], count_sql, count_params


@dataclass
class QueryTiming:
    query: str
    app_ms: float
    floor_ms: float
    floor_page_ms: float
    floor_count_ms: float
    hits: int


def measure_search(db: Path) -> list[QueryTiming]:
    from PySide6.QtCore import QCoreApplication

    from kolcrm.core.kols.list_query import KolFilter
    from kolcrm.core.store.db import open_database
    from kolcrm.ui.kols.list_model import KolListModel

    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    open_database(db)
    conn = _floor_connection(db)
    model = KolListModel()
    model.reload()
    sqls = {q: _page_sql(KolFilter(text=q)) for q in QUERIES}
    samples: dict[str, list[tuple[float, float, float, float]]] = {q: [] for q in QUERIES}
    hits: dict[str, int] = {}

    def run_app(q: str) -> float:
        start = time.perf_counter()
        model.set_filter(KolFilter(text=q))
        elapsed = time.perf_counter() - start
        hits[q] = model.total
        return elapsed

    def run_floor(q: str) -> tuple[float, float, float]:
        page_sql, page_params, count_sql, count_params = sqls[q]
        start = time.perf_counter()
        conn.execute(page_sql, page_params).fetchall()
        middle = time.perf_counter()
        total = conn.execute(count_sql, count_params).fetchone()[0]
        end = time.perf_counter()
        if q in hits and total != hits[q]:
            raise SystemExit(f"floor SQL is not equivalent for {q!r}: {total} vs {hits[q]} hits")
        return end - start, middle - start, end - middle

    for round_number in range(SEARCH_ROUNDS):
        for q in QUERIES:
            if round_number % 2 == 0:
                app_s = run_app(q)
                floor = run_floor(q)
            else:
                floor = run_floor(q)
                app_s = run_app(q)
            samples[q].append((app_s, *floor))
    conn.close()
    timings = []
    for q, rows in samples.items():
        app_ms, floor_ms, page_ms, count_ms = (statistics.median(col) * 1000 for col in zip(*rows, strict=True))
        timings.append(QueryTiming(q, app_ms, floor_ms, page_ms, count_ms, hits[q]))
    return timings


@dataclass
class PageTiming:
    label: str
    app_ms: float
    floor_ms: float


def measure_pages(db: Path, search_text: str = "口红", repeats: int = 5) -> list[PageTiming]:
    """kol_list.fetch_page for page 1 and page DEEP_PAGE (keyset), unfiltered and under a search."""
    from kolcrm.core.kols import list_query as kol_list
    from kolcrm.core.kols.list_query import KolFilter
    from kolcrm.core.store.db import open_database

    open_database(db)
    conn = _floor_connection(db)
    results = []
    for kol_filter, name in ((KolFilter(), "all KOLs"), (KolFilter(text=search_text), f"search {search_text}")):
        after, number = None, 1
        while number < DEEP_PAGE:  # walk to the deep page (or the last one), as scrolling would
            page = kol_list.fetch_page(kol_filter, after=after)
            if len(page) < kol_list.PAGE_SIZE:
                break
            after, number = page[-1], number + 1
        for label, cursor_row in ((f"page 1, {name}", None), (f"page {number}, {name}", after)):
            page_sql, page_params, _, _ = _page_sql(kol_filter, cursor_row)
            app_s, floor_s = [], []
            for _ in range(repeats):
                start = time.perf_counter()
                kol_list.fetch_page(kol_filter, after=cursor_row)
                app_s.append(time.perf_counter() - start)
                start = time.perf_counter()
                conn.execute(page_sql, page_params).fetchall()
                floor_s.append(time.perf_counter() - start)
            results.append(PageTiming(label, statistics.median(app_s) * 1000, statistics.median(floor_s) * 1000))
    conn.close()
    return results


# -- report ------------------------------------------------------------------------------------------------
def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def print_report(
    built: BuiltDb,
    kols: int,
    apps: list[Launch],
    bares: list[Launch],
    searches: list[QueryTiming],
    pages: list[PageTiming],
) -> bool:
    rows: list[tuple[str, str, str, str, str, str]] = []

    def add(figure: str, app: float, floor: float, unit: str, target: str, ok: bool | None) -> None:
        fmt = "{:.1f}" if unit == "ms" and max(app, floor) < 100 else "{:.0f}"
        ratio = f"{app / floor:.2f}×" if floor else "—"
        rows.append(
            (
                figure,
                f"{fmt.format(app)} {unit}",
                f"{fmt.format(floor)} {unit}",
                ratio,
                target,
                _verdict(ok) if ok is not None else "",
            )
        )

    start_app = statistics.median(a.ready_s for a in apps) * 1000
    start_floor = statistics.median(b.ready_s for b in bares) * 1000
    add("Startup to first rows painted (median)", start_app, start_floor, "ms", "ratio ≤ 1.5×",
        start_app <= RATIO_TARGET * start_floor)  # fmt: skip

    app_ms = [s.app_ms for s in searches]
    floor_ms = [s.floor_ms for s in searches]
    med_app, med_floor = statistics.median(app_ms), statistics.median(floor_ms)
    p95_app, p95_floor = _percentile(app_ms, 95), _percentile(floor_ms, 95)
    add(f"Search as you type, median of {len(searches)}", med_app, med_floor, "ms", "ratio ≤ 1.5×",
        med_app <= RATIO_TARGET * med_floor)  # fmt: skip
    add(f"Search as you type, p95 of {len(searches)}", p95_app, p95_floor, "ms", "≤ 30 ms, ratio ≤ 1.5×",
        p95_app <= SEARCH_P95_TARGET_MS and p95_app <= RATIO_TARGET * p95_floor)  # fmt: skip

    rss_app = statistics.median(a.rss_mib for a in apps)
    rss_floor = statistics.median(b.rss_mib for b in bares)
    add(f"Peak RSS after scrolling to row {SCROLL_TO_ROW:,}", rss_app, rss_floor, "MiB", "ratio ≤ 1.5×",
        rss_app <= RATIO_TARGET * rss_floor)  # fmt: skip

    for page in pages:
        add(f"fetch_page, {page.label}", page.app_ms, page.floor_ms, "ms", "(info)", None)

    widths = [max(_width(r[i]) for r in [*rows, _HEADER]) for i in range(6)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(cells, widths, strict=True)).rstrip()

    db_size = built.path.stat().st_size / 2**20
    print()
    print(f"kolcrm list benchmark — {kols:,} KOLs, {_count_interactions(built.path):,} interactions")
    print(
        f"Database: {built.path} ({db_size:.0f} MiB); built by `python -m kolcrm demo` in {built.build_s:.1f} s"
        + (" (cached from an earlier run)" if built.reused else "")
    )
    print()
    print(line(_HEADER))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))

    print()
    print("Startup phases, median ms — app:  " + _median_phases(apps))
    print("                              bare: " + _median_phases(bares))
    print("Slowest searches (kolcrm ms / floor ms = page + count, hits):")
    for s in sorted(searches, key=lambda s: s.app_ms, reverse=True)[:8]:
        print(
            f"  {_pad(repr(s.query), 16)} {s.app_ms:7.1f} / {s.floor_ms:7.1f} = {s.floor_page_ms:6.1f} + {s.floor_count_ms:6.1f}"
            f"   {s.hits:>7,} hits"
        )
    worst = max(searches, key=lambda s: s.app_ms)
    print(
        f"Worst query: {worst.query!r} — {worst.app_ms:.1f} ms in kolcrm, {worst.floor_ms:.1f} ms raw, {worst.hits:,} hits"
    )
    return all(r[5] != "MISS" for r in rows)


_HEADER = ("Figure", "kolcrm", "Floor", "Ratio", "Target", "Result")


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _median_phases(apps: list[Launch]) -> str:
    names = apps[0].phases_ms.keys()
    return ", ".join(f"{n} {statistics.median(a.phases_ms[n] for a in apps):.0f}" for n in names)


def _count_interactions(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM interaction").fetchone()[0]
    finally:
        conn.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kols", type=int, default=100_000, help="KOLs in the demo database (default 100000)")
    parser.add_argument("--keep", type=Path, default=DEFAULT_KEEP, help=f"cache folder (default {DEFAULT_KEEP})")
    parser.add_argument("--runs", type=int, default=5, help="launches of each process for startup/RSS (default 5)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the database even if cached")
    parser.add_argument("--child", choices=("app", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--settings", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "app":
        child_app(args.db, args.settings)
    elif args.child == "bare":
        child_bare(args.db)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    built = ensure_database(args.keep, args.kols, args.rebuild)
    print(f"Startup and memory: {args.runs} launches each of the app and the bare window …", flush=True)
    apps, bares = measure_startup(built.path, args.keep, args.runs)
    print(f"Search as you type: {len(QUERIES)} queries × {SEARCH_ROUNDS} rounds …", flush=True)
    searches = measure_search(built.path)
    print(f"Keyset pages: 1 and {DEEP_PAGE} …", flush=True)
    pages = measure_pages(built.path)
    all_pass = print_report(built, args.kols, apps, bares, searches, pages)
    return 0 if all_pass else 1


if __name__ == "__main__":
    sys.exit(main())
