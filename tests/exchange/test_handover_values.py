"""A tampered handover package: every value goes through the editor's rules; one bad value refuses the package whole,
the message naming the record and the field, and the database stays exactly as it was."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kolcrm.cli import imports as cli_import
from kolcrm.cli import main as cli_main
from kolcrm.core.store.db import close_database, database, open_database
from kolcrm.exchange.handover.package import SHOWN_PROBLEMS
from kolcrm.exchange.handover.service import HandoverError, export_handover, import_handover
from tests.exchange.kol_book import build_book
from tests.exchange.test_handover import counts, file_bytes, rewrite
from tests.exchange.test_handover_campaigns import add_campaigns


@pytest.fixture
def package(tmp_path, any_db) -> Path:
    add_campaigns(build_book(tmp_path))
    path = tmp_path / "book.kolcrm-handover"
    export_handover(path)
    close_database()
    return path


def li(data: dict) -> dict:
    return next(kol for kol in data["kols"] if kol["profile"]["display_name"] == "李佳琦")


def lipstick(data: dict) -> dict:
    return next(deal for deal in li(data)["deals"] if deal["title"] == "春季口红")


def spring(data: dict) -> dict:
    return next(campaign for campaign in data["campaigns"] if campaign["name"] == "春季新品")


Tamper = Callable[[dict], None]
CASES: list[tuple[str, Tamper, list[str]]] = [
    ("fee-abc", lambda d: lipstick(d).update(agreed_fee="abc"), ["KOL “李佳琦”, deal “春季口红”", "agreed_fee", "not a number"]),
    ("date-yesterday", lambda d: lipstick(d).update(start_on="yesterday"), ["deal “春季口红”", "start_on", "“yesterday” is not a date"]),
    ("nul-in-name", lambda d: li(d)["profile"].update(display_name="李\x00佳琦"), ["KOL “李\ufffd佳琦”", "display_name", "control character"]),
    ("huge-fee", lambda d: lipstick(d).update(requested_fee="1" + "0" * 400), ["requested_fee", "larger than"]),
    ("huge-followers", lambda d: li(d)["accounts"][0].update(followers=10**30), ["KOL “李佳琦”, Douyin @lijiaqi", "followers", "too large"]),
    ("rate-card-fee", lambda d: li(d)["accounts"][0]["rate_card"][0].update(fee="3万块"), ["Video 21–60 s", "fee", "not a number"]),
    ("payment-amount", lambda d: lipstick(d)["payments"][0].update(amount="-5"), ["Payment 1", "amount", "more than zero"]),
    ("paid-in-the-future", lambda d: lipstick(d)["payments"][0].update(paid_on="2999-01-01"), ["Payment 1", "future"]),
    ("birthday-text", lambda d: li(d)["profile"].update(birthday="五月七日"), ["KOL “李佳琦”", "birthday", "not a date"]),
    ("email", lambda d: li(d)["profile"].update(email="li at example"), ["email", "not an email address"]),
    ("gift-cost", lambda d: li(d)["gifts"][0].update(cost="NaN"), ["gift “月饼礼盒”", "cost", "not a number"]),
    ("risk-likelihood", lambda d: li(d)["risks"][0].update(likelihood="high"), ["risk “广告标注”", "likelihood"]),
    ("task-due", lambda d: li(d)["reminders"][0].update(due_on="tomorrow"), ["task “寄样品给李佳琦”", "due_on", "not a date"]),
    ("campaign-budget", lambda d: spring(d).update(budget="lots"), ["campaign “春季新品”", "budget", "Budget is not a number"]),
    ("campaign-dates", lambda d: spring(d).update(end_on="2000-01-01"), ["campaign “春季新品”", "end_on", "ends before it starts"]),
    ("kpi-target", lambda d: spring(d)["kpis"][0].update(target="∞"), ["campaign “春季新品”, KPI 1", "target"]),
    ("kpi-metric", lambda d: spring(d)["kpis"][0].update(metric="vibes"), ["kpis[0].metric", "Unknown KPI metric “vibes”"]),
    ("brand-post-day", lambda d: spring(d)["brand_posts"][0].update(planned_on="soon"), ["campaign “春季新品”", "planned_on"]),
    ("readiness-nul", lambda d: spring(d)["readiness"][0].update(item="客服\x00"), ["campaign “春季新品”", "item", "control character"]),
    ("capture-views", lambda d: lipstick(d)["deliverables"][0]["metric_captures"][0].update(views=-5), ["deliverable 1, results of", "views"]),
    ("capture-sales", lambda d: lipstick(d)["deliverables"][0]["metric_captures"][0].update(sales="abc"), ["sales", "Sales is not a number"]),
    ("deal-in-other-brand-campaign", lambda d: spring(d).update(brand_name="完美日记") or d["campaigns"].reverse(), ["deal “春季口红”", "another brand than the campaign"]),
]  # fmt: skip


@pytest.mark.parametrize(("tamper", "expected"), [(t, e) for _, t, e in CASES], ids=[name for name, _, _ in CASES])
def test_a_tampered_value_refuses_the_package_and_names_its_record_and_field(tmp_path, package, tamper, expected):
    tampered = rewrite(package, tmp_path / "tampered.kolcrm-handover", data_change=tamper)
    other = open_database(tmp_path / "other.db")
    image = file_bytes(other)
    with pytest.raises(HandoverError) as refused:
        import_handover(tampered)
    message = str(refused.value)
    assert "nothing was written" in message
    for words in expected:
        assert words in message
    assert file_bytes(other) == image


def test_the_cli_refuses_a_tampered_package_with_exit_2_and_the_book_stays_readable(tmp_path, package, capsys):
    def tamper(data: dict) -> None:
        lipstick(data).update(agreed_fee="abc", start_on="yesterday")

    tampered = rewrite(package, tmp_path / "tampered.kolcrm-handover", data_change=tamper)
    target = tmp_path / "cli.db"
    args = argparse.Namespace(file=str(tampered), db=str(target), dry_run=False, mapping=None, strict=False)
    assert cli_import.run(args) == 2
    err = capsys.readouterr().err
    assert "agreed_fee: Agreed fee is not a number" in err and "start_on: “yesterday” is not a date" in err
    # What broke `kolcrm deals` and `kolcrm contract` before (a fee "abc" stored): nothing of it is here.
    assert cli_main(["deals", "--db", str(target)]) == 0
    assert cli_import.run(argparse.Namespace(**{**vars(args), "file": str(package)})) == 0
    assert cli_main(["deals", "--db", str(target)]) == 0
    assert "春季口红" in capsys.readouterr().out


def test_a_package_tampered_throughout_lists_the_first_problems_and_a_count(tmp_path, package):
    def tamper(data: dict) -> None:
        for index, note in enumerate(li(data)["history"] * 30):
            li(data)["history"].append({**note, "occurred_on": f"day {index}"})

    tampered = rewrite(package, tmp_path / "tampered.kolcrm-handover", data_change=tamper)
    open_database(tmp_path / "other.db")
    with pytest.raises(HandoverError) as refused:
        import_handover(tampered)
    lines = str(refused.value).splitlines()
    assert len(lines) == 1 + SHOWN_PROBLEMS + 1 and lines[-1].strip() == "… and 10 more"


def test_values_in_another_spelling_are_stored_as_kolcrm_writes_them(tmp_path, package):
    def respell(data: dict) -> None:
        lipstick(data).update(agreed_fee=30000, requested_fee="3.0E+4")
        li(data)["accounts"][0]["rate_card"][0]["fee"] = 300000.5
        li(data)["profile"]["tier_is_manual"] = 0  # as an older package stored flags

    respelled = rewrite(package, tmp_path / "respelled.kolcrm-handover", data_change=respell)
    open_database(tmp_path / "other.db")
    import_handover(respelled)
    fees = database.execute_sql("SELECT requested_fee, agreed_fee FROM collaboration WHERE title = '春季口红'")
    assert fees.fetchone() == ("30000", "30000")
    assert database.execute_sql("SELECT fee FROM rate_card_entry").fetchall() == [("300000.5",)]
    assert Decimal(database.execute_sql("SELECT budget FROM campaign WHERE name = '春季新品'").fetchone()[0])


def test_a_field_the_editor_never_writes_does_not_get_in(tmp_path, package):
    def extra(data: dict) -> None:
        li(data)["profile"].update(followers="lots", name_order="\x00", main_platform="MySpace")

    path = rewrite(package, tmp_path / "extra.kolcrm-handover", data_change=extra)
    open_database(tmp_path / "other.db")
    before = counts()
    import_handover(path)  # derived fields are worked out again here, whatever the package says
    assert counts()["kol"] == before["kol"] + 2
    row = database.execute_sql("SELECT followers, main_platform FROM kol WHERE display_name = '李佳琦'").fetchone()
    assert row == (75_000_000, "Douyin")
