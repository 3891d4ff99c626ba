"""A file edited by another program (or written by an older kolcrm) holds a fee "abc": commands say so, never crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.running import kolcrm


@pytest.fixture
def tampered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "book.db"
    assert kolcrm(capsys, "demo", "--db", str(path), "--kols", "20", "--seed", "2")[0] == 0
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE collaboration SET agreed_fee = 'abc', requested_fee = '1e400', service_fee_pct = 'x'")
        conn.execute("UPDATE payment SET amount = 'yesterday'")
    conn.close()
    return path


def test_deals_lists_every_deal_with_no_figure_for_an_unreadable_fee(
    capsys: pytest.CaptureFixture[str], tampered: Path
) -> None:
    code, out, err = kolcrm(capsys, "deals", "--db", str(tampered))

    assert code == 0, err
    assert "Traceback" not in err and len(out.splitlines()) == 12  # the heading and the demo's 11 deals


def test_a_contract_for_such_a_deal_is_refused_with_a_reason(
    capsys: pytest.CaptureFixture[str], tampered: Path
) -> None:
    code, _out, err = kolcrm(capsys, "contract", "1", "--db", str(tampered), "--output", str(tampered.parent / "c.pdf"))

    assert code in (1, 2) and err.startswith("kolcrm: ") and "fee" in err
    assert not (tampered.parent / "c.pdf").exists()


def test_the_reminder_rules_read_an_unreadable_payment_amount_as_a_dash(tmp_path: Path) -> None:
    from kolcrm.core.care import reminders
    from kolcrm.core.store.db import close_database, database, open_database

    path = tmp_path / "book.db"
    open_database(path)
    try:
        from kolcrm.core.demo.kols import populate_demo

        populate_demo(20)
        database.execute_sql("UPDATE payment SET amount = 'abc', paid_on = NULL, due_on = '2000-01-01'")
        reminders.refresh()
        subjects = [r.subject for r in reminders.due() if r.kind.value == "payment"]
        assert subjects and all(" — for “" in subject for subject in subjects)
    finally:
        close_database()
