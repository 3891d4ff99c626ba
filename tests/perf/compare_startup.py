"""Start-up of this checkout against another one (say, main before a refactor), launched in turns in one run.

Separate runs of bench_list.py on this 2-core machine drift by ±10 % between runs, more than a refactor should
move start-up; launching the two apps and the bare-window floor in rotating order, round after round, puts the
same noise on all three. Each checkout opens its own 100,000-KOL database, the one its bench_list.py built:

    python tests/perf/bench_list.py                      # builds /tmp/kolcrm-bench/kolcrm-100000-v<N>.db
    (cd OTHER && python tests/perf/bench_list.py --keep /tmp/kolcrm-bench-other)
    python tests/perf/compare_startup.py --other OTHER --other-db /tmp/kolcrm-bench-other/kolcrm-100000-v<M>.db \
        --db /tmp/kolcrm-bench/kolcrm-100000-v<N>.db [--rounds 15]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve()


def _bench_module(name: str, checkout: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, checkout / "tests" / "perf" / "bench_list.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="the other checkout")
    parser.add_argument("--other-db", type=Path, required=True, help="the database the other checkout opens")
    parser.add_argument("--db", type=Path, required=True, help="the database this checkout opens")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    this, other = _bench_module("bench_this", HERE.parents[2]), _bench_module("bench_other", args.other.resolve())
    keep = Path("/tmp/kolcrm-bench-compare")
    keep.mkdir(exist_ok=True)
    contenders = {
        "other": lambda: other.launch("app", args.other_db, keep),
        "this": lambda: this.launch("app", args.db, keep),
        "floor": lambda: this.launch("bare", args.db, keep),
    }
    for launch in contenders.values():  # warm-up: pages into the OS cache, bytecode written
        launch()
    times: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for round_ in range(args.rounds):
        for name in names[round_ % 3 :] + names[: round_ % 3]:
            times[name].append(contenders[name]().ready_s * 1000)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"{args.rounds} rounds in rotating order; start to first rows painted, median:")
    print(f"  this checkout   {median['this']:6.0f} ms   {median['this'] / median['floor']:.2f}× the floor")
    print(f"  other checkout  {median['other']:6.0f} ms   {median['other'] / median['floor']:.2f}× the floor")
    print(f"  floor (bare PySide6 window, 100 rows via sqlite3)  {median['floor']:.0f} ms")
    print(f"  this / other: {median['this'] / median['other']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
