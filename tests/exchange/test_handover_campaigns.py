"""Campaigns travel in a handover package: KPIs, brand posts, readiness items, captured results, deals in them."""

from __future__ import annotations

import argparse
import json
import zipfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kolcrm.cli import imports as cli_import
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.campaigns import metrics
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.records import BrandPostRecord, CampaignRecord, KpiRecord, MetricCapture, ReadinessItem
from kolcrm.core.collaborations import deliverables
from kolcrm.core.store.db import close_database, database, open_database
from kolcrm.core.vocabulary import ApprovalState, CampaignStatus, Goal
from kolcrm.exchange.handover.service import export_handover, import_handover
from tests.exchange.kol_book import TODAY, Book, build_book
from tests.exchange.test_handover import rewrite

# Each campaign table as the user reads it: the ids of this database replaced by the names they stand for.
ROWS = {
    "campaign": "SELECT b.name, c.name, c.product, c.goal, c.start_on, c.end_on, c.budget, c.currency, c.status,"
    " c.notes, c.created_at, c.updated_at FROM campaign c JOIN brand b ON b.id = c.brand_id",
    "kpi": "SELECT c.name, k.metric, k.target, k.unit, k.manual_actual, k.note, k.position FROM kpi k"
    " JOIN campaign c ON c.id = k.campaign_id",
    "brand_post": "SELECT c.name, p.channel, p.planned_on, p.posted_on, p.description FROM brand_post p"
    " JOIN campaign c ON c.id = p.campaign_id",
    "readiness_item": "SELECT c.name, r.item, r.owner, r.done, r.position FROM readiness_item r"
    " JOIN campaign c ON c.id = r.campaign_id",
    "metric_capture": "SELECT k.title, d.position, m.captured_on, m.views, m.reach, m.likes, m.comments, m.shares,"
    " m.saves, m.new_followers, m.link_clicks, m.store_visits, m.conversions, m.sales, m.note, m.created_at"
    " FROM metric_capture m JOIN deliverable d ON d.id = m.deliverable_id JOIN collaboration k"
    " ON k.id = d.collaboration_id",
    "deal_in_campaign": "SELECT k.title, c.name FROM collaboration k LEFT JOIN campaign c ON c.id = k.campaign_id",
}


def rows() -> dict[str, list[tuple]]:
    return {table: sorted(database.execute_sql(sql).fetchall(), key=repr) for table, sql in ROWS.items()}


def add_campaigns(book: Book) -> tuple[int, int]:
    """A launched campaign holding 李佳琦's deal, with results; a planned one of another brand with no deal yet."""
    spring = campaigns.save_campaign(
        CampaignRecord(
            brand_id=book.brand,
            name="春季新品",
            goal=Goal.PRODUCT,
            product="口红",
            start_on=TODAY - timedelta(days=5),
            end_on=TODAY + timedelta(days=30),
            budget=Decimal("120000.50"),
            status=CampaignStatus.LAUNCHED,
            kpis=[
                KpiRecord("sales", Decimal(500000), "CNY"),
                KpiRecord("brand_mentions", None, "mentions", Decimal(80)),
            ],
            brand_posts=[BrandPostRecord("Weibo", TODAY, "官微同步", posted_on=TODAY)],
            readiness=[ReadinessItem("客服到位", "王经理", True), ReadinessItem("库存备好")],
        ),
        confirmed_unready=True,
    )
    campaigns.set_campaign(book.deal, spring)
    other = brands.save_brand(BrandRecord(name="完美日记"))
    autumn = campaigns.save_campaign(CampaignRecord(brand_id=other, name="Autumn awareness", goal=Goal.AWARENESS))
    deliverables.review_step(book.deliverable, ApprovalState.APPROVED, actor="品牌方")
    deliverables.set_disclosure(book.deliverable, True, "广告")
    deliverables.publish(book.deliverable, TODAY - timedelta(days=3), "https://v.douyin.com/abc")
    metrics.add_capture(
        MetricCapture(book.deliverable, TODAY - timedelta(days=1), views=120000, likes=4800, sales=Decimal("45000.5"))
    )
    metrics.add_capture(MetricCapture(book.deliverable, TODAY, views=150000, note="T+3"))
    return spring, autumn


@pytest.fixture
def package(tmp_path, any_db) -> tuple[Path, dict[str, list[tuple]]]:
    add_campaigns(build_book(tmp_path))
    path = tmp_path / "book.kolcrm-handover"
    export_handover(path)
    return path, rows()


def test_campaigns_and_everything_tied_to_them_arrive_in_an_empty_book(tmp_path, package):
    path, before = package
    open_database(tmp_path / "empty.db")
    summary = import_handover(path)
    assert rows() == before
    assert len(before["kpi"]) == 2 and len(before["metric_capture"]) == 2 and len(before["campaign"]) == 2
    assert ("春季口红", "春季新品") in rows()["deal_in_campaign"]
    counts = (summary.campaigns_added, summary.kpis_added, summary.posts_added, summary.readiness_added)
    assert counts == (2, 2, 1, 2) and summary.captures_added == 2
    lines = "\n".join(summary.lines())
    assert "Campaigns: 2 added, 0 already present" in lines
    assert "KPIs: 2 added; brand posts: 1 added; readiness items: 2 added" in lines
    assert "Results of published posts (metric captures): 2 added" in lines
    # The campaign reads the same here: its KPI counted from the captured sales, its checklist.
    spring = next(c for c in campaigns.list_campaigns() if c.name == "春季新品")
    assert [(k.metric, k.target) for k in spring.kpis] == [("sales", Decimal(500000)), ("brand_mentions", None)]
    assert [(r.item, r.done) for r in spring.readiness] == [("客服到位", True), ("库存备好", False)]
    assert len(campaigns.campaign_deal_ids(spring.id)) == 1


def test_the_rules_raise_the_reminders_of_what_came_in(tmp_path, package):
    path, _before = package
    open_database(tmp_path / "empty.db")
    summary = import_handover(path)
    raised = database.execute_sql(
        "SELECT r.kind, k.title FROM reminder r LEFT JOIN collaboration k ON k.id = r.collaboration_id"
        " WHERE r.rule_key IS NOT NULL"
    ).fetchall()
    assert summary.reminders_raised == len(raised) > 0
    assert f"Reminders raised by the rules here: {len(raised)}" in summary.lines()
    assert ("payment", "春季口红") in raised  # the first instalment falls due within the week


def test_importing_the_same_package_again_adds_no_campaign(tmp_path, package):
    path, before = package
    open_database(tmp_path / "empty.db")
    import_handover(path)
    summary = import_handover(path)
    assert rows() == before
    assert (summary.campaigns_added, summary.campaigns_present, summary.kpis_added, summary.captures_added) == (
        0,
        2,
        0,
        0,
    )


def test_a_package_of_one_kol_carries_only_the_campaigns_of_its_deals(tmp_path, any_db):
    book = build_book(tmp_path)
    add_campaigns(book)
    export_handover(tmp_path / "li.kolcrm-handover", [book.li])
    export_handover(tmp_path / "chen.kolcrm-handover", [book.chen])
    with zipfile.ZipFile(tmp_path / "li.kolcrm-handover") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
    assert manifest["format_version"] >= 2 and manifest["campaigns"] == 1
    assert [c["name"] for c in data["campaigns"]] == ["春季新品"]
    with zipfile.ZipFile(tmp_path / "chen.kolcrm-handover") as archive:
        assert json.loads(archive.read("data.json"))["campaigns"] == []


def format_1(data: dict) -> None:
    """A package as kolcrm wrote them before campaigns travelled."""
    data.pop("campaigns")
    for kol in data["kols"]:
        for deal in kol["deals"]:
            for item in deal["deliverables"]:
                item.pop("metric_captures")


def test_an_older_package_is_still_read_and_the_summary_says_what_it_lacks(tmp_path, package):
    path, before = package
    older = rewrite(path, tmp_path / "v1.kolcrm-handover", lambda m: m.update(format_version=1), format_1)
    open_database(tmp_path / "empty.db")
    summary = import_handover(older)
    assert summary.kols_added == 2 and summary.campaigns_added == 0
    assert rows()["campaign"] == [] and set(rows()["deal_in_campaign"]) == {("春季口红", None), ("Autumn launch", None)}
    assert any("made by an older kolcrm" in line for line in summary.lines())
    # The newer package then brings the campaigns and puts the deals already here in theirs.
    summary = import_handover(path)
    assert summary.deals_linked == 1 and summary.campaigns_added == 2
    assert rows()["deal_in_campaign"] == before["deal_in_campaign"]


def test_the_cli_names_what_came_in(tmp_path, package, capsys):
    path, _before = package
    close_database()
    args = argparse.Namespace(file=str(path), db=str(tmp_path / "cli.db"), dry_run=False, mapping=None, strict=False)
    assert cli_import.run(args) == 0
    out = capsys.readouterr().out
    assert "Campaigns: 2 added" in out and "KPIs: 2 added; brand posts: 1 added; readiness items: 2 added" in out
