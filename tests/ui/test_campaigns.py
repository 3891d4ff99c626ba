"""Campaign journeys: create one, see the proposed KPIs, add a deal, capture results, launch through the gate."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kolcrm.core.campaigns import metrics
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.list_query import list_deals
from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.vocabulary import CampaignStatus, Goal
from kolcrm.ui import prompts
from kolcrm.ui.main_window import AREA_CAMPAIGNS, AREA_COLLABORATIONS


@pytest.fixture
def area(qtbot, main_window):
    populate_demo(20)
    main_window.show_area(AREA_CAMPAIGNS)
    return main_window.campaigns


def _campaign(goal: Goal):
    return next(r for r in campaigns.list_campaigns() if r.goal == goal)


def _deal_id(prefix: str) -> int:
    return next(row.id for row in list_deals() if row.title.startswith(prefix))


def test_create_campaign_add_a_deal_capture_results_and_see_roi_and_kpis_update(qtbot, area, monkeypatch):
    assert area.list.rowCount() == 3
    editor = area.new_campaign()
    assert not editor.save_button.isEnabled(), "Save waits for brand, name and goal"
    skin = _campaign(Goal.PRODUCT).brand_id
    editor.brand.setCurrentIndex(editor.brand.findData(skin))
    qtbot.keyClicks(editor.name, "Autumn push")
    assert not editor.save_button.isEnabled()
    editor.goal.setCurrentIndex(editor.goal.findData(Goal.PRODUCT.value))
    assert [editor.kpis.metric(r) for r in range(editor.kpis.table.rowCount())] == [
        "product_mentions",
        "store_visits",
        "sales",
    ], "choosing the goal proposes its KPIs"
    editor.kpis.table.item(2, 1).setText("100000")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    created = next(r for r in campaigns.list_campaigns() if r.name == "Autumn push")
    assert [k.target for k in created.kpis] == [None, None, Decimal(100000)]
    assert len(created.readiness) == 5, "the default checklist comes with a new campaign"
    assert area.current_campaign_id() == created.id and area.list.rowCount() == 4
    page = area.page

    serum = _deal_id("春季精华液")
    monkeypatch.setattr(prompts, "ask_choice", lambda _p, _t, _l, choices, default="": str(serum))
    qtbot.mouseClick(page.add_deal_button, Qt.MouseButton.LeftButton)
    assert campaigns.campaign_deal_ids(created.id) == [serum]
    assert page.deals.rowCount() == 1
    assert page.result_labels["roi"].text() == "50.00 %", "the demo's T+21 capture: (45,000 − 30,000) / 30,000"
    assert page.progress_bar(2).format() == "45 %"

    row = next(i for i, e in enumerate(page.timeline_entries) if e.published)
    page.timeline.setCurrentCell(row, 0)
    assert page.capture_button.isEnabled()
    qtbot.mouseClick(page.capture_button, Qt.MouseButton.LeftButton)
    dialog = page.metrics_dialog
    assert dialog is not None and dialog.history.rowCount() == 2, "T+7 and T+21 are listed"
    qtbot.keyClicks(dialog.fields["views"], "150000")
    qtbot.keyClicks(dialog.fields["likes"], "7000")
    qtbot.keyClicks(dialog.fields["sales"], "60000")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isVisible(), dialog.error_label.text()
    assert dialog.history.rowCount() == 3
    dialog.close()
    assert page.result_labels["roi"].text() == "100.00 %"  # (60,000 − 30,000) / 30,000
    assert page.result_labels["cpm"].text() == "¥200"  # 30,000 × 1000 / 150,000
    assert page.progress_bar(2).format() == "60 %"
    assert page.progress_bar(2).value() == 60


def test_capture_refuses_bad_numbers_inline(qtbot, area):
    serum_deliverable = collaborations.get_collaboration(_deal_id("春季精华液")).deliverables[0].id
    from kolcrm.ui.campaigns.metrics_dialog import MetricsDialog

    dialog = MetricsDialog(serum_deliverable)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["views"], "lots")
    assert dialog.add() is None
    assert dialog.error_label.isVisibleTo(dialog) and "not a number" in dialog.error_label.text()
    assert len(metrics.captures(serum_deliverable)) == 2


def _unready(goal: Goal):
    record = _campaign(goal)
    record.status = CampaignStatus.PLANNED
    record.readiness = campaigns.default_readiness()
    campaigns.save_campaign(record)
    return record


def test_launching_with_an_incomplete_checklist_asks_and_declining_keeps_it_planned(qtbot, area, monkeypatch):
    image = _unready(Goal.PRODUCT)  # a sales campaign: the influx needs logistics and support
    area.load()
    area.show_campaign(image.id)
    assert area.launch_button.isEnabled()
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: asked.append(args[2]) or False)
    qtbot.mouseClick(area.launch_button, Qt.MouseButton.LeftButton)
    assert "Landing page / store ready" in asked[0] and "Delivery promise" in asked[0]
    assert campaigns.get_campaign(image.id).status == CampaignStatus.PLANNED
    assert "Not ready for the sales influx" in area.page.warnings.text()

    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    qtbot.mouseClick(area.launch_button, Qt.MouseButton.LeftButton)
    assert campaigns.get_campaign(image.id).status == CampaignStatus.LAUNCHED
    assert not area.launch_button.isEnabled()


@pytest.mark.parametrize("goal", [Goal.IMAGE_SHIFT, Goal.AWARENESS])
def test_a_campaign_that_does_not_sell_is_not_warned_about_a_sales_influx(qtbot, area, monkeypatch, goal):
    record = _unready(goal)
    area.load()
    area.show_campaign(record.id)
    assert "sales influx" not in area.page.warnings.text()
    assert area.page.readiness_box.title() == "Readiness checklist (optional for this goal)"
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: asked.append(args[2]) or True)
    qtbot.mouseClick(area.launch_button, Qt.MouseButton.LeftButton)
    assert asked == [] or not any("readiness" in text.lower() for text in asked)
    assert campaigns.get_campaign(record.id).status == CampaignStatus.LAUNCHED


def test_timeline_states_are_the_vocabulary_labels_capitalised(qtbot, area):
    from kolcrm.core.vocabulary import ApprovalState

    area.show_campaign(_campaign(Goal.IMAGE_SHIFT).id)
    page = area.page
    states = [page.timeline.item(row, 4).text() for row in range(page.timeline.rowCount())]
    labels = {state.label for state in ApprovalState} | {CampaignStatus.PLANNED.label}
    assert states and all(state in labels or state.startswith("Posted ") for state in states), states
    assert all(state[0].isupper() for state in states), states


def test_page_shows_warnings_timeline_and_dashes_for_what_cannot_be_computed(qtbot, area):
    area.show_campaign(_campaign(Goal.PRODUCT).id)
    assert "own channels (Weibo" in area.page.warnings.text()
    area.show_campaign(_campaign(Goal.IMAGE_SHIFT).id)
    page = area.page
    assert page.result_labels["roi"].text() == "—" and page.result_labels["cpm"].text() == "—"
    entries = page.timeline_entries
    assert {e.brand_post for e in entries} == {True, False}, "brand posts and KOL posts on one timeline"
    assert [e.on for e in entries] == sorted(e.on for e in entries)
    brand_row = next(i for i, e in enumerate(entries) if e.brand_post)
    kol_row = next(i for i, e in enumerate(entries) if not e.brand_post)
    colour = lambda row: page.timeline.item(row, 0).background().color().name()  # noqa: E731
    assert colour(brand_row) != colour(kol_row)
    assert page.timeline.item(brand_row, 1).text().startswith("Brand")


def test_ticking_readiness_and_entering_a_manual_actual_are_saved(qtbot, area):
    record = _campaign(Goal.IMAGE_SHIFT)
    area.show_campaign(record.id)
    page = area.page
    row = next(i for i, item in enumerate(record.readiness) if not item.done)
    page.readiness.item(row, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: campaigns.get_campaign(record.id).readiness[row].done)
    page.readiness.item(row, 2).setText("Lily")
    qtbot.waitUntil(lambda: campaigns.get_campaign(record.id).readiness[row].owner == "Lily")

    awareness = _campaign(Goal.AWARENESS)
    area.show_campaign(awareness.id)
    mentions = next(i for i, k in enumerate(awareness.kpis) if k.metric == "brand_mentions")
    assert page.kpis.item(mentions, 2).flags() & Qt.ItemFlag.ItemIsEditable
    counted = next(i for i, k in enumerate(awareness.kpis) if k.metric == "interactions")
    assert not page.kpis.item(counted, 2).flags() & Qt.ItemFlag.ItemIsEditable
    page.kpis.item(mentions, 2).setText("1.2万")
    qtbot.waitUntil(lambda: campaigns.get_campaign(awareness.id).kpis[mentions].manual_actual == Decimal(12000))
    qtbot.waitUntil(lambda: page.kpis.item(mentions, 4).text() == "+11,700")


def test_editor_names_a_bad_budget_inline_and_keeps_stored_kpis(qtbot, area):
    record = _campaign(Goal.AWARENESS)
    area.show_campaign(record.id)
    editor = area.edit_current()
    assert editor.kpis.table.rowCount() == 3
    editor.budget.setText("a lot")
    assert editor.error_label.isVisibleTo(editor) and "Budget" in editor.error_label.text()
    assert editor.save() is None
    editor.budget.setText("8万")
    editor.save()
    saved = campaigns.get_campaign(record.id)
    assert saved.budget == Decimal(80000)
    assert [k.manual_actual for k in saved.kpis] == [k.manual_actual for k in record.kpis], "manual actuals kept"


def test_metrics_import_dry_run_then_one_transaction(qtbot, area, tmp_path):
    from kolcrm.ui.campaigns.metrics_import import MetricsImportDialog

    product = _campaign(Goal.PRODUCT)
    sunscreen = collaborations.get_collaboration(_deal_id("防晒季")).deliverables[0]
    unpublished = collaborations.get_collaboration(_deal_id("直播专场")).deliverables[0]
    before = len(metrics.captures(sunscreen.id))
    path = tmp_path / "results.csv"
    path.write_text(
        "deliverable,captured_on,播放量,点赞,销售额,mystery\n"
        f"{sunscreen.published_url},2026-01-02,1.5万,900,¥12000,x\n"
        f"{sunscreen.id},2026-01-03,20000,1000,,\n"
        f"{unpublished.id},2026-01-03,100,1,,\n"
        f"{sunscreen.id},yesterday,abc,1,,\n",
        encoding="utf-8",
    )
    dialog = MetricsImportDialog(product.id, path, parent=area)
    qtbot.addWidget(dialog)
    assert len(dialog.plan.good) == 2
    problems = {(p.line, p.column) for p in dialog.plan.problems}
    assert problems == {(4, "deliverable"), (5, "captured_on"), (5, "播放量")}
    assert "mystery" in dialog.summary.text()
    assert len(metrics.captures(sunscreen.id)) == before, "the dry run writes nothing"
    assert dialog.write() == 2
    rows = metrics.captures(sunscreen.id)
    assert len(rows) == before + 2
    assert (rows[0].views, rows[0].likes, rows[0].sales) == (15000, 900, Decimal(12000))


def test_collaboration_detail_offers_capture_for_published_deliverables(qtbot, main_window):
    populate_demo(20)
    main_window.show_area(AREA_COLLABORATIONS)
    detail = main_window.collaborations.detail
    deal = collaborations.get_collaboration(_deal_id("春季精华液"))
    main_window.collaborations.show_collaboration(deal.id)
    assert detail.capture_button.isEnabled()
    with qtbot.waitSignal(detail.capture_results_requested) as requested:
        qtbot.mouseClick(detail.capture_button, Qt.MouseButton.LeftButton)
    assert requested.args == [detail.current_deliverable().id, deal.id]
    dialog = main_window.collaborations.metrics_dialog
    assert dialog.isVisible() and dialog.history.rowCount() == 2
    dialog.fields["views"].setText("1000")
    with qtbot.waitSignal(main_window.collaborations.kol_changed) as changed:
        dialog.add()  # the area, which opened the dialog, refreshes the deal and tells the KOL list
    assert changed.args == [deal.kol_id]
    assert dialog.history.rowCount() == 3
    dialog.close()
    main_window.collaborations.show_collaboration(_deal_id("秋冬面霜"))
    assert not detail.capture_button.isEnabled()
