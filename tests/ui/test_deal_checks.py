"""What a new user tripped on in the Collaborations area, seen on the screen: the rate card fee, the KOL's own
platform, a late deliverable, the true cost of an unreadable fee, the contract button, the Prospect KOL, and
names and badges that fit."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from kolcrm.app import install_cjk_font
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.vocabulary import ContentType, Stage, Status
from kolcrm.ui.collaborations.area import TABLE
from kolcrm.ui.collaborations.editor import CollaborationEditor
from tests.ui.helpers import type_text

TODAY = date.today()
LONG_BRAND = "Maison Lumière Haute Parfumerie International"


@pytest.fixture
def people(gui_db):
    install_cjk_font(QApplication.instance())
    return {
        "xhs": kols.save_kol(
            KolRecord(
                display_name="小红书达人",
                accounts=[
                    AccountRecord(
                        "Xiaohongshu",
                        "xhs_only",
                        followers=80_000,
                        rate_card=[
                            RateCardItem("Image note", Decimal(8000)),
                            RateCardItem("Video note", Decimal(12000)),
                        ],
                    )
                ],
            )
        ),
        "brand": brands.save_brand(BrandRecord(name="花西子")),
        "long": brands.save_brand(BrandRecord(name=LONG_BRAND)),
    }


def _editor(qtbot, **kwargs) -> CollaborationEditor:
    editor = CollaborationEditor(**kwargs)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _deal(people, **fields) -> int:
    record = CollaborationRecord(
        brand_id=fields.pop("brand_id", people["brand"]), kol_id=people["xhs"], title=fields.pop("title", "春季口红")
    )
    for name, value in fields.items():
        setattr(record, name, value)
    return collaborations.save_collaboration(record)


def _ready(**extra) -> dict:
    fields = {
        "stage": Stage.NEGOTIATING,
        "requested_fee": Decimal(12000),
        "agreed_fee": Decimal(12000),
        "start_on": TODAY - timedelta(days=5),
        "end_on": TODAY + timedelta(days=25),
        "deliverables": [DeliverableRecord("Xiaohongshu", content_type=ContentType.SHORT_VIDEO)],
    }
    fields.update(extra)
    return fields


def test_a_new_deal_starts_on_the_kols_platform_at_their_rate_card_price(qtbot, people):
    editor = _editor(qtbot)
    type_text(qtbot, editor.kol, "小红书达人")
    table = editor.deliverables
    assert table.cell_widget(0, "platform").currentData() == "Xiaohongshu", "not Douyin for a Xiaohongshu KOL"
    assert editor.fields["requested_fee"].text() == "12,000", "a short video is their Video note rate"
    assert "Video note" in editor.rate_hint.text() and editor.rate_hint.isVisible()

    table.cell_widget(0, "content_type").setCurrentIndex(table.cell_widget(0, "content_type").findData("image_post"))
    assert editor.fields["requested_fee"].text() == "8,000", "the fee follows the deliverable while untouched"
    table.add_button.click()
    assert table.cell_widget(1, "platform").currentData() == "Xiaohongshu"
    assert editor.fields["requested_fee"].text() == "20,000"

    editor.fields["requested_fee"].selectAll()
    type_text(qtbot, editor.fields["requested_fee"], "15000")
    table.add_button.click()
    assert editor.fields["requested_fee"].text() == "15000", "the user's own figure is theirs"


def test_a_kol_opened_from_their_record_prefills_too_and_an_unclear_rate_leaves_the_fee_empty(qtbot, people):
    editor = _editor(qtbot, kol_id=people["xhs"])
    assert editor.fields["requested_fee"].text() == "12,000"
    live = editor.deliverables.cell_widget(0, "content_type")
    live.setCurrentIndex(live.findData("live_stream"))
    assert editor.fields["requested_fee"].text() == "", "no rate prices a live stream: nothing is guessed"
    assert not editor.rate_hint.isVisible()


def test_a_deliverable_due_after_the_deal_ends_is_warned_about_in_the_editor(qtbot, people):
    deal = _deal(people, **_ready())
    editor = _editor(qtbot, collaboration_id=deal)
    assert not editor.schedule_warning.isVisible()
    late = (TODAY + timedelta(days=40)).isoformat()
    editor.deliverables.set_cell_text(0, "due_on", late)
    assert editor.schedule_warning.isVisible()
    assert f"Deliverable 1 is due {late}, after the deal ends" in editor.schedule_warning.text()
    editor.tabs.setCurrentWidget(editor.deliverables)
    assert editor.deliverables.warnings_label.isVisible()
    assert "after the deal ends" in editor.deliverables.table.item(0, 3).toolTip()
    assert editor.save_button.isEnabled(), "a warning, not a refusal"


def test_the_true_cost_shows_a_dash_while_the_fee_cannot_be_read(qtbot, people):
    deal = _deal(people, **_ready())
    editor = _editor(qtbot, collaboration_id=deal)
    assert "¥12,000" in editor.true_cost_label.text()
    agreed = editor.fields["agreed_fee"]
    agreed.selectAll()
    type_text(qtbot, agreed, "12k?")
    text = editor.true_cost_label.text()
    assert "True cost —" in text and "¥" not in text, "no figure from the requested fee behind the user's back"
    agreed.selectAll()
    type_text(qtbot, agreed, "10000")
    assert "¥10,000" in editor.true_cost_label.text()


def test_generate_contract_waits_until_the_deal_is_negotiated(collab_area, people):
    prospect = _deal(people, **_ready(stage=Stage.PROSPECT))
    collab_area.load()
    collab_area.show_collaboration(prospect)
    button = collab_area.detail.contracts.generate_button
    assert not button.isEnabled()
    assert "Prospect" in button.toolTip() and "cannot be drafted yet" in button.toolTip()
    assert "cannot be drafted yet" in collab_area.detail.contracts.status.text()
    assert collab_area.board.move_card(prospect, Stage.NEGOTIATING)
    assert button.isEnabled()


def test_contracting_a_prospect_kols_deal_offers_to_make_them_active(collab_area, people):
    deal = _deal(people, **_ready())
    collab_area.load()
    changed: list[int] = []
    collab_area.kol_changed.connect(changed.append)
    offer = collab_area.kol_offer
    assert not offer.isVisible()
    assert collab_area.board.move_card(deal, Stage.CONTRACTED)
    assert offer.isVisible() and "小红书达人" in offer.question.text() and "Prospect" in offer.question.text()
    offer.yes_button.click()
    assert kols.get_kol(people["xhs"]).status is Status.ACTIVE
    assert not offer.isVisible() and people["xhs"] in changed

    second = _deal(people, title="秋季", **_ready())
    collab_area.load()
    assert collab_area.board.move_card(second, Stage.CONTRACTED)
    assert not offer.isVisible(), "an Active KOL is not asked about"


def test_saying_no_keeps_the_kol_a_prospect(collab_area, people):
    deal = _deal(people, **_ready())
    collab_area.load()
    assert collab_area.board.move_card(deal, Stage.CONTRACTED)
    collab_area.kol_offer.no_button.click()
    assert not collab_area.kol_offer.isVisible()
    assert kols.get_kol(people["xhs"]).status is Status.PROSPECT


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_brand_names_fit_the_deal_table_and_the_flags_column_fits_its_flags(qtbot, collab_area, people, size):
    _deal(people, brand_id=people["long"], **_ready())
    _deal(people, title="短", **_ready())
    collab_area.resize(*size)
    collab_area.load()
    collab_area.set_view(TABLE)
    table, model = collab_area.table, collab_area.model
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    short_row = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == "花西子")
    assert not table.elided(short_row, "brand")
    flags = table.columnWidth(8)
    assert flags <= table.sizeHintForColumn(8) + 30, "the Flags column is as wide as its flags, no wider"
    assert "★ First deal" in model.index(short_row, 8).data()


def test_the_first_deal_badge_never_wraps(collab_area, people):
    deal = _deal(people, **_ready())
    collab_area.load()
    collab_area.show_collaboration(deal)
    assert "★&nbsp;First&nbsp;deal" in collab_area.detail.header.text()
