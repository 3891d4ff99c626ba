"""Benchmark: contract PDFs, one at a time and a thousand on every core, each beside a floor from the same run.

(a) One bilingual contract (the demo deal below): median of 30 builds with build_contract_pdf. Floor: a minimal
    platypus document (one bilingual paragraph) with the same embedded CJK font, median of 30 builds.
(b) 1,000 such contracts (names and fees vary) through render_many with every core. Floor: 1,000 minimal
    documents rendered the same way (spawned process pool, font registered once per worker).

The floor registers the font through kolcrm (register_cjk_font), whose font keeps each subset, its text map and
widths per process (kolcrm/contracts/font_subsets.py): that made the floor itself ~3x faster (0.6 ms here, against
1.9 ms with the font as reportlab registers it), so ratios from before that change are not comparable.

Run from the repository root (not collected by pytest):

    python tests/perf/bench_contracts.py [--runs 30] [--batch 1000] [--workers N]
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kolcrm.contracts.batch import render_many
from kolcrm.contracts.builder import build_contract_pdf
from kolcrm.contracts.data import CompanyProfile, ContractData, ContractDeliverable, ContractPayment
from kolcrm.contracts.fonts import register_cjk_font

TARGET_ONE_MS = 20.0
TARGET_BATCH_S = 12.0


def demo_contract(n: int = 7) -> ContractData:
    return ContractData(
        number=f"KOL-2026-{n:05d}-v1",
        issued_on=date(2026, 11, 23),
        language="both",
        company=CompanyProfile(
            legal_name="上海花西子化妆品有限公司",
            address="上海市闵行区申长路 988 弄虹桥万科中心 2 号楼",
            signatory="张伟",
        ),
        brand_name="花西子 Florasis",
        kol_display_name="李佳琦" if n == 7 else f"达人{n:04d}",
        kol_real_name="",
        kol_agency="美腕（上海）网络科技有限公司",
        title="花西子双十二直播合作",
        campaign_name="双十二雕花口红上新",
        start_on=date(2026, 12, 1),
        end_on=date(2027, 2, 28),
        currency="CNY",
        agreed_fee=Decimal(30000 + 17 * n),
        payments=(
            ContractPayment(Decimal(15000), date(2026, 12, 5)),
            ContractPayment(Decimal(15000 + 17 * n), date(2027, 3, 15)),
        ),
        deliverables=(
            ContractDeliverable("Douyin 抖音", "直播带货", "Livestream sales", 2, date(2026, 12, 12)),
            ContractDeliverable("Xiaohongshu 小红书", "图文笔记", "Image post", 3, date(2026, 12, 20)),
            ContractDeliverable("Weibo 微博", "短视频", "Short video", 1, None),
        ),
        exclusivity_category="彩妆（口红、粉底）",
        exclusivity_days_before=15,
        exclusivity_days_after=30,
        usage_rights_months=6,
    )


def minimal_pdf(n: int = 0) -> bytes:
    """The floor: a one-paragraph platypus document with the same embedded CJK font."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    style = ParagraphStyle("p", fontName=register_cjk_font(), fontSize=10, leading=14)
    doc = SimpleDocTemplate(buffer, invariant=1)
    doc.build([Paragraph(f"KOL 推广合作协议 · KOL Endorsement Agreement · 李佳琦 · {n}", style)])
    return buffer.getvalue()


def _init_floor_worker() -> None:
    register_cjk_font()


def median_ms(build: Callable[[], bytes], runs: int) -> float:
    build()  # warm: font registration, imports, template file
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def batch_seconds(count: int, workers: int) -> float:
    items = [demo_contract(n) for n in range(count)]
    start = time.perf_counter()
    failures = [result for _index, result in render_many(items, workers=workers) if isinstance(result, Exception)]
    elapsed = time.perf_counter() - start
    if failures:
        raise SystemExit(f"{len(failures)} contracts failed, first: {failures[0]!r}")
    return elapsed


def floor_batch_seconds(count: int, workers: int) -> float:
    context = multiprocessing.get_context("spawn")
    start = time.perf_counter()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_floor_worker) as pool:
        for future in [pool.submit(minimal_pdf, n) for n in range(count)]:
            future.result()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    import pypdf

    pages = len(pypdf.PdfReader(io.BytesIO(build_contract_pdf(demo_contract()))).pages)
    try:
        import _rl_accel  # noqa: F401

        accel = "rl_accel C extension present"
    except ImportError:
        accel = "no rl_accel (pure-Python reportlab helpers)"
    one = median_ms(lambda: build_contract_pdf(demo_contract()), args.runs)
    one_floor = median_ms(minimal_pdf, args.runs)
    many = batch_seconds(args.batch, args.workers)
    many_floor = floor_batch_seconds(args.batch, args.workers)

    rows = [
        (f"1 bilingual contract ({pages} pages), median ms", one, one_floor, TARGET_ONE_MS, "ms"),
        (f"{args.batch:,} contracts, {args.workers} workers, s", many, many_floor, TARGET_BATCH_S, "s"),
    ]
    print(f"cores: {os.cpu_count()} · {accel}")
    print(f"{'figure':<44} {'kolcrm':>9} {'floor':>9} {'ratio':>7} {'target':>9}  result")
    missed = False
    for name, value, floor, target, unit in rows:
        ok = value <= target
        missed |= not ok
        print(
            f"{name:<44} {value:>8.1f}{unit[0]} {floor:>8.1f}{unit[0]} {value / floor:>6.1f}x "
            f"{'≤ ' + format(target, 'g') + unit:>9}  {'PASS' if ok else 'MISS'}"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
