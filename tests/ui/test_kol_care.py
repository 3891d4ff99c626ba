"""Relationship care in the KOL pane: gifts, perks, scheduling, risks and the health score; the risk
confirmation when a deal is contracted from the board or the editor."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.care import gifts, perks, risks, scheduling
from kolcrm.core.care.records import GiftRecord, RiskRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.vocabulary import GiftKind, Occasion, PerkKind, Priority, RiskCategory, Stage
from kolcrm.ui import prompts
from kolcrm.ui.main_window import AREA_COLLABORATIONS
from tests.ui.helpers import open_editor, type_text
from tests.ui.test_collaborations_area import _drop

TODAY = date.today()


@pytest.fixture
def kol(gui_db) -> int:
    return kols.save_kol(KolRecord(display_name="李佳琦"))


@pytest.fixture
def detail(qtbot, main_window, kol):
    main_window.kols.reload(select=kol)
    pane = main_window.kols.detail
    qtbot.waitUntil(lambda: pane.kol_id == kol)
    return pane


@pytest.fixture
def asked(monkeypatch):
    """Every confirmation asked, answered with the next of `answers` (True = the action button)."""
    log: dict = {"questions": [], "answers": []}

    def confirm(_parent, title, text, action="OK"):
        log["questions"].append((title, text, action))
        return log["answers"].pop(0)

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: log.setdefault("errors", []).append(text))
    return log


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _cells(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _timeline(detail) -> list[str]:
    return [detail.timeline.item(i).text() for i in range(detail.timeline.count())]


def _pick(combo, value) -> None:
    index = combo.findData(str(value))
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _ready_deal(kol: int, title: str = "双十一直播") -> int:
    brand = brands.save_brand(BrandRecord(name="花西子"))
    return collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title=title,
            stage=Stage.NEGOTIATING,
            requested_fee=Decimal(30000),
            agreed_fee=Decimal(30000),
            start_on=TODAY,
            end_on=TODAY + timedelta(days=30),
            deliverables=[DeliverableRecord("Douyin", brief="突出持妆效果")],
        )
    )


def test_add_a_gift_through_the_dialog_shows_it_in_the_list_and_on_the_timeline(qtbot, main_window, detail, kol):
    changed: list[int] = []
    main_window.kols.care_changed.connect(changed.append)
    care = detail.care_tab()
    assert care.gifts.rowCount() == 0
    _click(qtbot, care.add_gift_button)
    dialog = care.dialog
    qtbot.waitExposed(dialog)

    _click(qtbot, dialog.save_button)  # a gift with no description is refused, beside the field
    assert dialog.isVisible()
    assert "Say what was given" in dialog.errors["description"].text()
    assert dialog.errors["description"].isVisibleTo(dialog)
    assert gifts.gifts_for(kol) == [] and changed == []

    _pick(dialog.occasion, Occasion.MID_AUTUMN)
    type_text(qtbot, dialog.description, "花西子月饼礼盒")
    qtbot.keyClicks(dialog.cost, "880")
    type_text(qtbot, dialog.response, "朋友圈晒了")
    _click(qtbot, dialog.save_button)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = gifts.gifts_for(kol)
    assert (saved.description, saved.occasion, saved.cost, saved.sent_on) == (
        "花西子月饼礼盒",
        Occasion.MID_AUTUMN,
        Decimal(880),
        TODAY,
    )
    assert care.gifts.rowCount() == 1
    assert "花西子月饼礼盒" in care.gifts.item(0, 1).text() and "Mid-Autumn" in care.gifts.item(0, 1).text()
    assert care.gifts.item(0, 2).text() == "¥880"
    assert "¥880" in care.totals.text()
    assert any("Gift / thank-you" in line and "花西子月饼礼盒" in line for line in _timeline(detail))
    assert changed == [kol]


def test_suggestions_leave_out_what_the_kol_already_received(qtbot, detail, kol):
    gifts.save_gift(GiftRecord(kol, GiftKind.GIFT, Occasion.MID_AUTUMN, "Mooncake box 月饼礼盒", sent_on=TODAY))
    care = detail.care_tab()
    _click(qtbot, care.add_gift_button)
    dialog = care.dialog
    _pick(dialog.occasion, Occasion.MID_AUTUMN)

    ideas = [dialog.suggestions.itemData(i) for i in range(1, dialog.suggestions.count())]
    assert ideas == ["Premium tea 名茶", "Fruit basket 果篮"]
    assert "Mooncake box 月饼礼盒" in dialog.past.item(0).text()  # shown beside the form instead
    dialog.suggestions.activated.emit(2)
    assert dialog.description.text() == "Fruit basket 果篮"

    _pick(dialog.occasion, Occasion.DRAGON_BOAT)  # another occasion: its own ideas, all still new
    assert dialog.suggestions.count() == 1 + 2
    dialog.reject()


def test_delete_a_gift_asks_first(qtbot, detail, kol, asked):
    gifts.save_gift(GiftRecord(kol, GiftKind.THANK_YOU_NOTE, description="手写感谢卡", sent_on=TODAY))
    care = detail.care_tab()
    care.gifts.selectRow(0)
    asked["answers"] = [False, True]
    _click(qtbot, care.delete_gift_button)
    assert len(gifts.gifts_for(kol)) == 1 and care.gifts.rowCount() == 1
    assert "手写感谢卡" in asked["questions"][0][1]
    care.gifts.selectRow(0)
    _click(qtbot, care.delete_gift_button)
    assert gifts.gifts_for(kol) == [] and care.gifts.rowCount() == 0


def test_add_a_perk_lists_it_and_raises_the_health_score(qtbot, detail, kol):
    pane = detail.risks_tab()
    perks_part = next(part for part in pane.score.parts if part.name == "Perks received")
    assert perks_part.points == 0
    care = detail.care_tab()
    _click(qtbot, care.add_perk_button)
    dialog = care.dialog
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert str(PerkKind.KOL_OFFERED_DISCOUNT) not in kinds  # those come from the deal's fees
    _pick(dialog.kind, PerkKind.FREE_WECHAT_MOMENT)
    qtbot.keyClicks(dialog.value, "5000")
    type_text(qtbot, dialog.note, "主动发了朋友圈")
    _click(qtbot, dialog.save_button)

    qtbot.waitUntil(lambda: care.perks.rowCount() == 1)
    assert _cells(care.perks, 1) == ["Free WeChat Moment"]
    assert care.perks.item(0, 2).text() == "¥5,000" and "主动发了朋友圈" in care.perks.item(0, 3).text()
    assert perks.perks_for(kol)[0].estimated_value == Decimal(5000)
    assert "perks received worth ¥5,000" in care.totals.text()

    pane = detail.risks_tab()
    row = _cells(pane.health_parts, 0).index("Perks received")
    assert pane.health_parts.item(row, 1).text() == "3.3 / 10"
    assert "1 perk received" in pane.health_parts.item(row, 2).text()


def test_first_call_priority_with_a_blackout_persists(qtbot, main_window, detail, kol):
    other = kols.save_kol(KolRecord(display_name="Other"))
    box = detail.care_tab().scheduling
    _pick(box.priority, Priority.FIRST_CALL)
    box.lead_time.setValue(21)
    _click(qtbot, box.add_blackout_button)
    box.blackouts.cellWidget(0, 0).setDate(QDate(2026, 11, 1))
    box.blackouts.cellWidget(0, 1).setDate(QDate(2026, 11, 11))
    box.blackouts.editItem(box.blackouts.item(0, 2))
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, "Double 11 全部排满")
    box.blackouts.setCurrentCell(0, 0)  # leaving the cell commits the text
    _click(qtbot, box.save_button)

    saved = scheduling.get_scheduling(kol)
    assert saved.priority is Priority.FIRST_CALL and saved.lead_time_days == 21
    assert [(p.starts_on, p.ends_on, p.label) for p in saved.blackouts] == [
        (date(2026, 11, 1), date(2026, 11, 11), "Double 11 全部排满")
    ]

    main_window.kols.reload(select=other)  # away and back: the form shows what was stored
    qtbot.waitUntil(lambda: detail.kol_id == other)
    assert box.priority.currentData() == str(Priority.STANDARD) and box.blackouts.rowCount() == 0
    assert main_window.kols.select_kol(kol)
    qtbot.waitUntil(lambda: detail.kol_id == kol)
    assert box.priority.currentData() == str(Priority.FIRST_CALL) and box.lead_time.value() == 21
    assert box.blackouts.item(0, 2).text() == "Double 11 全部排满"

    box.blackouts.cellWidget(0, 1).setDate(QDate(2026, 10, 1))  # ends before it starts: refused inline
    _click(qtbot, box.save_button)
    assert "ends before it starts" in box.error.text() and box.error.isVisibleTo(box)
    assert scheduling.get_scheduling(kol).blackouts[0].ends_on == date(2026, 11, 11)


def test_a_severe_risk_is_highlighted_and_contracting_asks_to_confirm(qtbot, main_window, detail, kol, asked):
    deal = _ready_deal(kol)
    pane = detail.risks_tab()
    _click(qtbot, pane.add_risk_button)
    dialog = pane.dialog
    _pick(dialog.category, RiskCategory.AUDIENCE_AUTHENTICITY)
    type_text(qtbot, dialog.description, "粉丝数据异常")
    dialog.likelihood.setValue(4)
    dialog.impact.setValue(4)
    assert "severe" in dialog.severity.text()
    type_text(qtbot, dialog.mitigation, "第三方数据审核 before signing")
    _click(qtbot, dialog.save_button)

    qtbot.waitUntil(lambda: pane.risks.rowCount() == 1)
    assert "4×4 = 16" in pane.risks.item(0, 1).text()
    assert pane.is_highlighted(0)
    assert any("Risk" in line and "粉丝数据异常" in line for line in _timeline(detail))

    main_window.show_area(AREA_COLLABORATIONS)
    board = main_window.collaborations.board
    asked["answers"] = [False]
    assert not _drop(main_window.collaborations, deal, Stage.CONTRACTED).isAccepted()  # a real drop, declined
    title, text, action = asked["questions"][-1]
    assert (title, action) == ("Contract despite open risk?", "Contract anyway")
    assert "粉丝数据异常" in text and "第三方数据审核 before signing" in text and "4×4=16" in text
    assert collaborations.get_collaboration(deal).stage is Stage.NEGOTIATING
    assert board.card_ids(Stage.NEGOTIATING) == [deal]

    asked["answers"] = [True]
    assert board.move_card(deal, Stage.CONTRACTED) is True
    assert collaborations.get_collaboration(deal).stage is Stage.CONTRACTED
    assert board.card_ids(Stage.CONTRACTED) == [deal]
    assert len(asked["questions"]) == 2 and "errors" not in asked


def test_a_mild_risk_is_not_highlighted_and_contracts_without_asking(qtbot, main_window, kol, asked):
    deal = _ready_deal(kol)
    risks.save_risk(RiskRecord(RiskCategory.DELIVERY, "档期紧", 2, 3, kol_id=kol))
    main_window.kols.reload(select=kol)
    detail = main_window.kols.detail
    qtbot.waitUntil(lambda: detail.kol_id == kol)
    pane = detail.risks_tab()
    assert pane.risks.rowCount() == 1 and not pane.is_highlighted(0)
    main_window.show_area(AREA_COLLABORATIONS)
    assert main_window.collaborations.board.move_card(deal, Stage.CONTRACTED)
    assert asked["questions"] == []


def test_saving_a_contracted_deal_in_the_editor_asks_to_confirm(qtbot, main_window, kol, asked):
    from kolcrm.ui.collaborations.editor import CollaborationEditor

    deal = _ready_deal(kol)
    risks.save_risk(RiskRecord(RiskCategory.REPUTATIONAL, "争议言论", 3, 5, kol_id=kol, mitigation="公关预案"))
    editor = CollaborationEditor(deal, parent=main_window)
    qtbot.addWidget(editor)
    editor.open()
    _pick(editor.deal.stage, Stage.CONTRACTED)

    asked["answers"] = [False]
    _click(qtbot, editor.save_button)
    assert "争议言论" in asked["questions"][-1][1] and "公关预案" in asked["questions"][-1][1]
    assert editor.isVisible() and collaborations.get_collaboration(deal).stage is Stage.NEGOTIATING

    asked["answers"] = [True]
    _click(qtbot, editor.save_button)
    assert not editor.isVisible() and collaborations.get_collaboration(deal).stage is Stage.CONTRACTED


def test_health_pane_shows_five_parts_that_add_up_to_the_total(qtbot, detail, kol):
    risks.save_risk(RiskRecord(RiskCategory.COMPLIANCE, "未标注广告", 2, 2, kol_id=kol))
    pane = detail.risks_tab()
    assert pane.health_parts.rowCount() == 6
    points = [float(text.split(" / ")[0]) for text in _cells(pane.health_parts, 1)]
    maxima = [int(text.split(" / ")[1]) for text in _cells(pane.health_parts, 1)]
    assert sum(maxima) == 100
    total = pane.score.total
    assert round(sum(points)) == total
    assert f">{total}<" in pane.health_total.text()
    assert all(_cells(pane.health_parts, 2)), "every part explains its points"
    assert "2×2" in pane.health_parts.item(4, 2).text()


def test_lunar_birthday_round_trips_through_the_editor(qtbot, main_window, detail, kol):
    main_window.kols.edit_kol(kol)
    editor = open_editor(qtbot)
    qtbot.keyClicks(editor.fields["lunar_birthday"], "13-40")
    assert editor.errors["lunar_birthday"].isVisibleTo(editor) and not editor.save_button.isEnabled()
    editor.fields["lunar_birthday"].clear()
    qtbot.keyClicks(editor.fields["lunar_birthday"], "08-15")
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: kols.get_kol(kol).lunar_birthday == "08-15")
    assert "08-15" in detail.profile.text()

    main_window.kols.edit_kol(kol)
    again = open_editor(qtbot)
    assert again.fields["lunar_birthday"].text() == "08-15"
    again.reject()
