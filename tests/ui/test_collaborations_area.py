"""The collaborations area: the pipeline board, the filtered table, the detail pane's review and payments."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import deliverables
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.vocabulary import ApprovalState, Stage
from kolcrm.ui.collaborations import dialogs as dialogs_module
from kolcrm.ui.collaborations.area import TABLE, CollaborationsArea
from kolcrm.ui.collaborations.board import card_id
from kolcrm.ui.collaborations.table_model import DealTableModel
from tests.ui.helpers import type_text

TODAY = date.today()


@pytest.fixture
def area(collab_area):
    return collab_area


@pytest.fixture
def people(gui_db):
    return {
        "lijiaqi": kols.save_kol(KolRecord(display_name="李佳琦")),
        "xiaolu": kols.save_kol(KolRecord(display_name="美妆小鹿")),
        "huaxizi": brands.save_brand(BrandRecord(name="花西子")),
        "perfect": brands.save_brand(BrandRecord(name="完美日记")),
    }


def _deal(people, title: str, **fields) -> int:
    record = CollaborationRecord(
        brand_id=fields.pop("brand_id", people["huaxizi"]), kol_id=fields.pop("kol_id", people["lijiaqi"]), title=title
    )
    for name, value in fields.items():
        setattr(record, name, value)
    return collaborations.save_collaboration(record)


def _ready_fields(**extra) -> dict:
    """A deal with everything a contract needs (fees as asked, dates, a deliverable)."""
    fields = {
        "stage": Stage.NEGOTIATING,
        "requested_fee": Decimal(30000),
        "agreed_fee": Decimal(30000),
        "start_on": TODAY - timedelta(days=20),
        "end_on": TODAY + timedelta(days=20),
        "deliverables": [DeliverableRecord("Douyin", brief="突出持妆效果", kol_idea="通勤 vlog")],
    }
    fields.update(extra)
    return fields


def _table_titles(area: CollaborationsArea) -> list[str]:
    return sorted(area.model.index(row, 0).data() for row in range(area.model.rowCount()))


def _drop(area: CollaborationsArea, collaboration_id: int, target: Stage) -> QDropEvent:
    """A real drop on the target column: the mime data the source column itself builds for a drag."""
    source = area.board.column_of(collaboration_id)
    assert source is not None
    mime = source.cards.mimeData([source.item_of(collaboration_id)])
    assert card_id(mime) == collaboration_id
    viewport = area.board.columns[target].cards.viewport()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # As a drag delivers it: enter, move, then drop (Qt discards a drop on a widget the drag never entered).
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the column accepts a card"
    move = QDragMoveEvent(QPoint(12, 12), Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(12, 12), Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    return drop


def test_board_shows_each_deal_as_a_card_in_its_stage_column(area, people):
    prospect = _deal(people, "秋季口红试色")
    negotiating = _deal(people, "双十一直播", **_ready_fields())
    area.load()
    assert area.board.card_ids(Stage.PROSPECT) == [prospect]
    assert area.board.card_ids(Stage.NEGOTIATING) == [negotiating]
    assert area.board.card_ids(Stage.CONTRACTED) == []
    assert area.board.columns[Stage.NEGOTIATING].header.text() == "Negotiating (1)"
    card = area.board.columns[Stage.NEGOTIATING].item_of(negotiating)
    assert card.data(Qt.ItemDataRole.UserRole + 1).kol_name == "李佳琦"


def test_moving_to_contracted_is_refused_until_the_deal_has_dates(area, people, errors):
    deal = _deal(people, "双十一直播", **_ready_fields(start_on=None, end_on=None))
    area.load()

    assert area.board.move_card(deal, Stage.CONTRACTED) is False
    assert "a contract needs start and end dates" in errors[-1]
    assert area.board.card_ids(Stage.NEGOTIATING) == [deal]
    assert collaborations.get_collaboration(deal).stage is Stage.NEGOTIATING

    event = _drop(area, deal, Stage.CONTRACTED)  # the same refusal through a real drop event
    assert not event.isAccepted()
    assert len(errors) == 2 and "start and end dates" in errors[-1]
    assert area.board.card_ids(Stage.NEGOTIATING) == [deal]

    record = collaborations.get_collaboration(deal)
    record.start_on, record.end_on = TODAY, TODAY + timedelta(days=30)
    collaborations.save_collaboration(record)
    moved_kols: list[int] = []
    area.kol_changed.connect(moved_kols.append)
    event = _drop(area, deal, Stage.CONTRACTED)
    assert event.isAccepted()
    assert collaborations.get_collaboration(deal).stage is Stage.CONTRACTED
    assert area.board.card_ids(Stage.CONTRACTED) == [deal]
    assert area.board.card_ids(Stage.NEGOTIATING) == []
    assert area.board.columns[Stage.CONTRACTED].header.text() == "Contracted (1)"
    assert moved_kols == [people["lijiaqi"]]
    assert len(errors) == 2

    assert area.board.move_card(deal, Stage.IN_PRODUCTION)
    assert collaborations.get_collaboration(deal).stage is Stage.IN_PRODUCTION
    assert [to for _at, _from, to in collaborations.stage_history(deal)][-2:] == ["contracted", "in_production"]
    assert (
        area.detail.stage_history.item(area.detail.stage_history.count() - 1)
        .text()
        .endswith("Contracted → In production")
    )


def test_filters_narrow_the_table(qtbot, area, people):
    _deal(people, "花西子口红")
    _deal(people, "完美日记眼影", brand_id=people["perfect"], kol_id=people["xiaolu"])
    _deal(
        people,
        "逾期付款的合作",
        **_ready_fields(
            stage=Stage.CONTRACTED,
            payments=[PaymentRecord(Decimal(10000), due_on=TODAY - timedelta(days=3))],
        ),
    )
    area.load()
    area.set_view(TABLE)
    assert area.views.currentWidget() is area.table
    assert _table_titles(area) == ["完美日记眼影", "花西子口红", "逾期付款的合作"]

    filters = area.filters
    filters.brand.setCurrentIndex(filters.brand.findData(people["perfect"]))
    assert _table_titles(area) == ["完美日记眼影"]
    filters.brand.setCurrentIndex(0)
    filters.stage.setCurrentIndex(filters.stage.findData("contracted"))
    assert _table_titles(area) == ["逾期付款的合作"]
    filters.stage.setCurrentIndex(0)
    filters.overdue.setChecked(True)
    assert _table_titles(area) == ["逾期付款的合作"]
    assert "Payment overdue" in area.model.index(0, 8).data()
    filters.overdue.setChecked(False)
    type_text(qtbot, filters.search, "小鹿")
    qtbot.waitUntil(lambda: _table_titles(area) == ["完美日记眼影"])
    assert area.board.card_ids(Stage.PROSPECT) == [area.model.deal_at(0).id]


def test_review_a_draft_then_publish_only_with_a_confirmed_label(area, people, errors, monkeypatch):
    deal = _deal(people, "双十一直播", **_ready_fields(stage=Stage.CONTRACTED))
    area.load()
    area.show_collaboration(deal)
    pane = area.detail
    assert pane.collaboration_id == deal
    assert pane.brief.toPlainText() == "突出持妆效果" and pane.kol_idea.toPlainText() == "通勤 vlog"
    deliverable_id = collaborations.get_collaboration(deal).deliverables[0].id

    pane.submit_button.click()
    monkeypatch.setattr(dialogs_module, "ask_change_request", lambda _parent: ("王经理", "色号写错了"))
    assert pane.request_changes_button.isEnabled()
    pane.request_changes_button.click()
    pane.submit_button.click()
    pane.approve_button.click()
    assert collaborations.get_collaboration(deal).deliverables[0].state is ApprovalState.APPROVED

    monkeypatch.setattr(dialogs_module, "ask_publication", lambda _parent: (TODAY, "https://v.douyin.com/abc"))
    pane.publish_button.click()
    assert "advertising label" in errors[-1]
    assert collaborations.get_collaboration(deal).deliverables[0].state is ApprovalState.APPROVED

    asked_with: list[str] = []
    monkeypatch.setattr(dialogs_module, "ask_label", lambda _parent, default: asked_with.append(default) or default)
    pane.confirm_label_button.click()
    assert asked_with == ["广告"]
    pane.publish_button.click()
    assert len(errors) == 1
    published = collaborations.get_collaboration(deal).deliverables[0]
    assert published.state is ApprovalState.PUBLISHED and published.published_url == "https://v.douyin.com/abc"

    steps = [step.state for step in deliverables.approval_history(deliverable_id)]
    assert steps == ["submitted", "changes_requested", "submitted", "approved", "published"]
    shown = [pane.approval_history.item(i).text() for i in range(pane.approval_history.count())]
    assert len(shown) == 5
    assert "Changes requested · 王经理" in shown[1] and "色号写错了" in shown[1]
    assert "Published" in shown[4]
    assert not pane.publish_button.isEnabled()


def test_compliance_warning_names_a_published_post_without_label(area, people):
    deal = _deal(people, "<b>不是粗体</b>", **_ready_fields(stage=Stage.CONTRACTED))
    deliverable_id = collaborations.get_collaboration(deal).deliverables[0].id
    for step in (ApprovalState.SUBMITTED, ApprovalState.APPROVED):
        deliverables.review_step(deliverable_id, step)
    deliverables.set_disclosure(deliverable_id, True, "广告")
    deliverables.publish(deliverable_id, TODAY)
    area.load()
    area.show_collaboration(deal)
    assert area.detail.warnings.isHidden()
    deliverables.set_disclosure(deliverable_id, False)  # e.g. the label was found missing after posting
    area.load()
    assert area.detail.collaboration_id == deal
    assert "Published without a confirmed ad label: Douyin short video" in area.detail.warnings.text()
    assert not area.detail.warnings.isHidden()
    assert "&lt;b&gt;不是粗体&lt;/b&gt;" in area.detail.header.text()
    assert re.search(r"⚠ 1 posts? without ad label", area.model.index(0, 8).data())


def test_mark_paid_on_an_overdue_payment_clears_the_flag(area, people, errors, monkeypatch):
    deal = _deal(
        people,
        "逾期付款的合作",
        **_ready_fields(
            stage=Stage.CONTRACTED,
            payments=[
                PaymentRecord(Decimal(10000), due_on=TODAY - timedelta(days=5)),
                PaymentRecord(Decimal(20000), due_on=TODAY + timedelta(days=30)),
            ],
        ),
    )
    area.load()
    area.show_collaboration(deal)
    assert area.model.deal_at(0).overdue
    assert "Payment overdue" in area.model.index(0, 8).data()
    pane = area.detail
    assert pane.payments.item(0, 2).text() == "Overdue"
    assert pane.payments.item(0, 0).foreground().color().name() == "#b00020"
    changed: list[int] = []
    area.kol_changed.connect(changed.append)

    pane.payments.setCurrentCell(0, 0)
    monkeypatch.setattr(dialogs_module, "ask_payment", lambda _parent: (TODAY + timedelta(days=1), "支付宝", "X1"))
    pane.mark_paid_button.click()
    assert "future date" in errors[-1]
    assert collaborations.get_collaboration(deal).payments[0].paid_on is None

    monkeypatch.setattr(dialogs_module, "ask_payment", lambda _parent: (TODAY, "支付宝", "2026-0001"))
    pane.mark_paid_button.click()
    paid = collaborations.get_collaboration(deal).payments[0]
    assert (paid.paid_on, paid.method, paid.reference) == (TODAY, "支付宝", "2026-0001")
    assert not area.model.deal_at(0).overdue
    assert "overdue" not in area.model.index(0, 8).data().lower()
    assert pane.payments.item(0, 2).text() == TODAY.isoformat()
    assert changed == [people["lijiaqi"]]
    card = area.board.columns[Stage.CONTRACTED].item_of(deal)
    assert not card.data(Qt.ItemDataRole.UserRole + 1).overdue


def test_delete_then_undo_restores_the_deal(area, people):
    keep = _deal(people, "留下的合作")
    gone = _deal(people, "要删除的合作", kol_id=people["xiaolu"])
    area.load()
    area.show_collaboration(gone)
    changed: list[int] = []
    area.kol_changed.connect(changed.append)

    area.delete_button.click()
    assert collaborations.get_collaboration(gone).deleted_at is not None
    assert area.board.card_ids(Stage.PROSPECT) == [keep]
    assert area.detail.collaboration_id is None
    assert changed == [people["xiaolu"]]

    area.undo_stack.undo()
    assert collaborations.get_collaboration(gone).deleted_at is None
    assert sorted(area.board.card_ids(Stage.PROSPECT)) == sorted([keep, gone])
    assert area.current_collaboration_id() == gone
    assert area.detail.collaboration_id == gone
    assert changed == [people["xiaolu"], people["xiaolu"]]


def test_table_model_passes_the_model_tester(qtmodeltester, area, people):
    _deal(people, "一号合作")
    _deal(people, "二号合作", **_ready_fields())
    area.load()
    model = DealTableModel()
    model.set_rows(area.rows)
    qtmodeltester.check(model)
    model.sort(6, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "二号合作"
    qtmodeltester.check(model)


def test_request_changes_dialog_requires_the_text(qtbot):
    dialog = dialogs_module.change_request_dialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.fields["actor"], "王经理")
    assert not dialog.ok_button.isEnabled(), "who asked is not enough: say what should change"
    type_text(qtbot, dialog.fields["note"], "   ")
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.fields["note"], "换个色号")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.value("actor"), dialog.value("note").strip()) == ("王经理", "换个色号")
