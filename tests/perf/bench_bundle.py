"""Benchmark: the Linux bundle's size and its start to first rows, against the same start from the venv.

Both launch the real app (`dist/kolcrm/kolcrm --db DB` and `python main.py --db DB`) offscreen with
KOLCRM_QUIT_WHEN_READY set, which prints "ready" once the KOL list has painted its first rows and quits; the time is
from Popen to that line, median of --runs launches each, alternating which goes first (after one warm-up each).
Targets (issue 19): bundle ≤ 200 MB unpacked, start ≤ 1.2× the venv's.

    bash .ci/bundle/build && python tests/perf/bench_bundle.py [--runs 7] [--kols 2000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "kolcrm"


def size_mb(folder: Path) -> float:
    """Bytes on disk once unpacked: files only, a link (PyInstaller links libraries it places twice) not again."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1024**2


def launch(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - started
            process.wait(timeout=30)
            return elapsed * 1000
    raise RuntimeError(f"{command[0]} ended without painting rows (exit {process.wait()})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--kols", type=int, default=2000)
    args = parser.parse_args()
    if not (BUNDLE / "kolcrm").is_file():
        print("no bundle: run bash .ci/bundle/build first", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp())
    db = folder / "bench.db"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db), "--kols", str(args.kols)],
                   check=True, capture_output=True)  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KOLCRM_QUIT_WHEN_READY": "1",
           "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data")}  # fmt: skip
    commands = {
        "bundle": [str(BUNDLE / "kolcrm"), "--db", str(db)],
        "venv": [sys.executable, str(ROOT / "main.py"), "--db", str(db)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        launch(command, env)  # warm-up: the page cache, Python's bytecode cache
    for run in range(args.runs):
        order = list(commands) if run % 2 == 0 else list(reversed(commands))
        for name in order:
            times[name].append(launch(commands[name], env))
    bundle, venv = statistics.median(times["bundle"]), statistics.median(times["venv"])
    size = size_mb(BUNDLE)  # MiB, as du -h counts
    decimal = size * 1024**2 / 1000**2
    print(f"{'figure':38} {'bundle':>9} {'venv':>9} {'ratio':>6}  target")
    print(f"{'start to first rows, median ms':38} {bundle:9.0f} {venv:9.0f} {bundle / venv:5.2f}x  ≤ 1.2x "
          f"{'PASS' if bundle <= 1.2 * venv else 'MISS'}")  # fmt: skip
    verdict = "PASS" if size <= 200 else "MISS"
    print(f"{'bundle size unpacked, MiB (MB)':38} {size:9.0f} {f'({decimal:.0f})':>9} {'':>6}  ≤ 200 {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
