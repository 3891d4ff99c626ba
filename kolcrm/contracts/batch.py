"""Many contracts at once: PDFs rendered on every core, yielded as each finishes, stoppable between contracts."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from kolcrm.contracts.builder import build_contract_pdf
from kolcrm.contracts.data import ContractData
from kolcrm.contracts.fonts import register_cjk_font
from kolcrm.contracts.templates import ContractTemplates, load_templates

# Contracts queued per worker: enough to keep every core busy, few enough that cancelling drops the rest at once.
QUEUED_PER_WORKER = 4
POLL_SECONDS = 0.1

_worker_templates: ContractTemplates | None = None


def _init_worker(templates_path: str | None) -> None:
    """Once per worker process: register the font (~65 ms) and read the clause file, not once per contract."""
    global _worker_templates
    register_cjk_font()
    _worker_templates = load_templates(templates_path)


def _render(data: ContractData) -> bytes:
    return build_contract_pdf(data, _worker_templates)


def render_many(
    items: Sequence[ContractData],
    workers: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    *,
    templates_path: Path | str | None = None,
) -> Iterator[tuple[int, bytes | Exception]]:
    """Yield (index, PDF bytes or the exception it raised) for each item, in the order they finish.

    Runs on `workers` processes (default: every core); workers=1 renders in this process. Once `cancelled()`
    returns True no further contract starts and the generator ends (contracts already rendering are dropped).
    """
    workers = max(1, workers or os.cpu_count() or 1)
    if workers == 1 or len(items) <= 1:
        yield from _render_here(items, cancelled, templates_path)
        return
    # 'spawn': a fresh interpreter per worker, safe from a Qt GUI with threads (fork would copy their locks).
    context = multiprocessing.get_context("spawn")
    path = None if templates_path is None else str(templates_path)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(path,)) as pool:
        pending: dict[Future[bytes], int] = {}
        upcoming = iter(range(len(items)))
        try:
            while True:
                if cancelled():
                    return
                for index in upcoming:
                    pending[pool.submit(_render, items[index])] = index
                    if len(pending) >= workers * QUEUED_PER_WORKER:
                        break
                if not pending:
                    return
                done, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                for future in done:
                    index = pending.pop(future)
                    error = future.exception()
                    if error is None:
                        yield index, future.result()
                    elif isinstance(error, Exception):
                        yield index, error
                    else:  # SystemExit, KeyboardInterrupt: they end the batch, as they do when rendering here
                        raise error
        finally:
            # Also reached when the caller stops iterating early: drop queued work, don't wait for it.
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)


def _render_here(
    items: Sequence[ContractData], cancelled: Callable[[], bool], templates_path: Path | str | None
) -> Iterator[tuple[int, bytes | Exception]]:
    templates = load_templates(templates_path)
    for index, data in enumerate(items):
        if cancelled():
            return
        try:
            pdf: bytes | Exception = build_contract_pdf(data, templates)
        except Exception as exc:  # one bad contract must not stop the batch; the caller reports it
            pdf = exc
        yield index, pdf
