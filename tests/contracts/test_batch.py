"""render_many: every contract once, failures reported per index, cancel stops the batch."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

import pytest

from kolcrm.contracts import batch
from kolcrm.contracts.batch import render_many
from kolcrm.contracts.data import CompanyProfile, ContractData, ContractDeliverable


def contract(n: int, **changes: object) -> ContractData:
    data = ContractData(
        number=f"KOL-2026-{n:05d}",
        issued_on=date(2026, 11, 23),
        language="both",
        company=CompanyProfile(legal_name="上海花西子化妆品有限公司"),
        brand_name="花西子",
        kol_display_name=f"李佳琦 {n}",
        kol_real_name="",
        kol_agency="",
        title="双十二",
        campaign_name="",
        start_on=date(2026, 12, 1),
        end_on=date(2026, 12, 31),
        currency="CNY",
        agreed_fee=Decimal(1000 + n),
        deliverables=(ContractDeliverable("Douyin", "短视频", "Short video", 1),),
    )
    return ContractData(**{**data.__dict__, **changes})


def test_in_process_yields_every_index_once_with_a_pdf() -> None:
    items = [contract(n) for n in range(5)]
    results = dict(render_many(items, workers=1))
    assert sorted(results) == list(range(5))
    assert all(isinstance(pdf, bytes) and pdf.startswith(b"%PDF") for pdf in results.values())
    assert len(set(results.values())) == 5  # each index carries its own contract


def test_pool_yields_every_index_once_and_reports_failures() -> None:
    items = [contract(n) for n in range(8)]
    items[3] = contract(3, issued_on=None)  # the builder raises on this one
    seen: list[int] = []
    results: dict[int, bytes | Exception] = {}
    for index, result in render_many(items, workers=2):
        seen.append(index)
        results[index] = result
    assert sorted(seen) == list(range(8))
    assert isinstance(results[3], Exception)
    for index in set(range(8)) - {3}:
        assert isinstance(results[index], bytes) and results[index].startswith(b"%PDF")
    # Same bytes as rendering here: workers use the same font and templates.
    assert results[5] == dict(render_many([items[5]], workers=1))[0]


def test_cancel_in_process_stops_after_the_current_contract() -> None:
    items = [contract(n) for n in range(6)]
    done: list[int] = []
    for index, _pdf in render_many(items, workers=1, cancelled=lambda: len(done) >= 2):
        done.append(index)
    assert done == [0, 1]


def test_cancel_stops_the_pool_early() -> None:
    items = [contract(n) for n in range(200)]
    done: list[int] = []
    for index, _pdf in render_many(items, workers=2, cancelled=lambda: len(done) >= 3):
        done.append(index)
    assert 3 <= len(done) < 40
    assert len(set(done)) == len(done)


def test_cancelled_before_start_renders_nothing() -> None:
    assert list(render_many([contract(n) for n in range(4)], workers=2, cancelled=lambda: True)) == []


def test_pool_raises_what_is_not_an_exception_as_rendering_here_does(monkeypatch: pytest.MonkeyPatch) -> None:
    # A worker's SystemExit came back as a result typed `bytes | Exception`; export_contracts then hashed it as
    # PDF bytes and failed with a TypeError. Like the in-process path, it now ends the batch.
    monkeypatch.setattr(batch, "_render", sys.exit)  # picklable by name: the worker raises SystemExit(data)
    with pytest.raises(SystemExit):
        list(render_many([contract(n) for n in range(3)], workers=2))
