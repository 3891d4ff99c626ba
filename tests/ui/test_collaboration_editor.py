"""The collaboration editor: create a deal by typing, the first-deal fee rule live, edits that keep reviews."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kolcrm.app import install_cjk_font
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import deliverables
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import ApprovalState, ContentType, Stage
from kolcrm.ui.collaborations.editor import CollaborationEditor
from tests.ui.helpers import type_text

TITLE = "花西子 × 李佳琦 春季口红"


@pytest.fixture
def parties(gui_db):
    install_cjk_font(QApplication.instance())
    kol_id = kols.save_kol(KolRecord(display_name="李佳琦"))
    brand_id = brands.save_brand(BrandRecord(name="花西子"))
    return brand_id, kol_id


def _open(qtbot, **kwargs) -> CollaborationEditor:
    editor = CollaborationEditor(**kwargs)
    qtbot.addWidget(editor)
    editor.open()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _tick(qtbot, checkbox) -> None:
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(8, checkbox.height() // 2))


def _deal_count() -> int:
    return database.execute_sql("SELECT count(*) FROM collaboration").fetchone()[0]


def test_create_a_deal_with_two_deliverables_by_typing(qtbot, parties):
    brand_id, kol_id = parties
    editor = _open(qtbot)
    assert not editor.save_button.isEnabled(), "an empty form cannot be saved"

    editor.brand.setCurrentIndex(editor.brand.findText("花西子"))
    type_text(qtbot, editor.kol, "李佳琦")
    type_text(qtbot, editor.fields["title"], TITLE)
    type_text(qtbot, editor.fields["campaign_name"], "618 春季新品")
    type_text(qtbot, editor.fields["requested_fee"], "3万")
    type_text(qtbot, editor.fields["agreed_fee"], "30,000")
    type_text(qtbot, editor.fields["service_fee_pct"], "10")
    assert editor.true_cost_label.text().count("¥33,000") == 1
    assert "First collaboration with 李佳琦" in editor.fee_hint.text()
    assert not editor.fee_policy_message.isVisibleTo(editor)

    table = editor.deliverables
    editor.tabs.setCurrentWidget(table)
    table.table.setCurrentCell(0, 4)
    type_text(qtbot, table.brief_edit, "突出持久度，春季色号")
    type_text(qtbot, table.idea_edit, "直播间现场试色")
    table.set_cell_text(0, "due_on", "2026-03-15")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    table.cell_widget(1, "platform").setCurrentText("Xiaohongshu")
    table.cell_widget(1, "content_type").setCurrentIndex(1)
    type_text(qtbot, table.brief_edit, "图文笔记，九宫格")
    assert editor.tabs.tabText(1) == "Deliverables (2)"

    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()

    record = collaborations.get_collaboration(saved.args[0])
    assert (record.brand_id, record.kol_id) == (brand_id, kol_id)
    assert record.title == TITLE
    assert record.campaign_name == "618 春季新品"
    assert record.requested_fee == Decimal("30000") and isinstance(record.requested_fee, Decimal)
    assert record.agreed_fee == Decimal("30000")
    assert record.service_fee_pct == Decimal("10")
    assert [(d.platform, d.content_type) for d in record.deliverables] == [
        ("Douyin", ContentType.SHORT_VIDEO),
        ("Xiaohongshu", ContentType.IMAGE_POST),
    ]
    first, second = record.deliverables
    assert (first.brief, first.kol_idea, first.due_on) == ("突出持久度，春季色号", "直播间现场试色", date(2026, 3, 15))
    assert second.brief == "图文笔记，九宫格"
    assert first.disclosure_label == second.disclosure_label == "广告"


def test_first_deal_refuses_a_haggled_fee_until_the_kol_offered_it(qtbot, parties):
    brand_id, kol_id = parties
    editor = _open(qtbot, brand_id=brand_id, kol_id=kol_id)
    type_text(qtbot, editor.fields["title"], "首次合作")
    type_text(qtbot, editor.fields["requested_fee"], "30000")
    type_text(qtbot, editor.fields["agreed_fee"], "25000")

    message = editor.fee_policy_message
    assert message.isVisibleTo(editor)
    assert "first collaboration with 李佳琦" in message.text()
    assert "¥30,000" in message.text()
    assert not editor.save_button.isEnabled()
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _deal_count() == 0, "Ctrl+S must not get around a disabled Save"

    _tick(qtbot, editor.kol_offered_discount)
    assert editor.kol_offered_discount.isChecked()
    assert not message.isVisibleTo(editor)
    type_text(qtbot, editor.fields["discount_note"], "达人主动让利")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    record = collaborations.get_collaboration(saved.args[0])
    assert record.kol_offered_discount is True
    assert record.discount_note == "达人主动让利"
    assert (record.requested_fee, record.agreed_fee) == (Decimal(30000), Decimal(25000))


def test_a_second_deal_may_agree_below_the_ask(qtbot, parties):
    brand_id, kol_id = parties
    collaborations.save_collaboration(
        CollaborationRecord(brand_id, kol_id, "第一次", requested_fee=Decimal(30000), agreed_fee=Decimal(30000))
    )
    editor = _open(qtbot, brand_id=brand_id, kol_id=kol_id)
    type_text(qtbot, editor.fields["title"], "第二次合作")
    type_text(qtbot, editor.fields["requested_fee"], "30000")
    type_text(qtbot, editor.fields["agreed_fee"], "25000")
    assert not editor.fee_policy_message.isVisibleTo(editor)
    assert not editor.fee_hint.isVisibleTo(editor)
    assert editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.saved) as saved:
        QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        # QTest leaves Ctrl reported as held until another input event; later tests must not inherit it.
        QTest.keyRelease(editor, Qt.Key.Key_Control)
    record = collaborations.get_collaboration(saved.args[0])
    assert record.agreed_fee == Decimal(25000)
    assert record.kol_offered_discount is False
    assert record.title == "第二次合作"


def test_editing_keeps_review_state_and_shows_core_refusals(qtbot, parties):
    brand_id, kol_id = parties
    deal_id = collaborations.save_collaboration(
        CollaborationRecord(
            brand_id,
            kol_id,
            TITLE,
            requested_fee=Decimal(30000),
            agreed_fee=Decimal(30000),
            deliverables=[DeliverableRecord("Douyin", brief="短视频"), DeliverableRecord("Weibo", brief="微博直发")],
        )
    )
    reviewed = collaborations.get_collaboration(deal_id).deliverables[0]
    deliverables.review_step(reviewed.id, ApprovalState.SUBMITTED, actor="品牌方")

    editor = _open(qtbot, collaboration_id=deal_id)
    assert editor.fields["title"].text() == TITLE
    assert editor.fields["requested_fee"].text() == "30,000"
    table = editor.deliverables
    assert table.row_count() == 2
    assert table.table.item(0, 7).text() == "Submitted"

    # A stage the deal is not ready for: the rule's words beside the stage, and no way to save.
    editor.stage.setCurrentIndex(editor.stage.findData(Stage.CONTRACTED.value))
    assert "a contract needs start and end dates" in editor.errors["stage"].text()
    assert editor.errors["stage"].isVisibleTo(editor)
    assert not editor.save_button.isEnabled()
    editor.stage.setCurrentIndex(editor.stage.findData(Stage.NEGOTIATING.value))
    assert not editor.errors["stage"].isVisibleTo(editor)

    # Removing the reviewed deliverable is the core's to refuse: the message shows, nothing is written.
    editor.fields["title"].clear()
    type_text(qtbot, editor.fields["title"], "改过的标题")
    table.table.selectRow(0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert table.row_count() == 1
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error_label.isVisibleTo(editor)
    assert "has a review history" in editor.error_label.text()
    stored = collaborations.get_collaboration(deal_id)
    assert stored.title == TITLE and stored.stage is Stage.PROSPECT
    assert [d.id for d in stored.deliverables] == [reviewed.id, stored.deliverables[1].id]
    editor.reject()

    # A plain edit keeps the deliverable, its id and its review state.
    editor = _open(qtbot, collaboration_id=deal_id)
    editor.fields["title"].clear()
    type_text(qtbot, editor.fields["title"], "改过的标题")
    editor.deliverables.set_cell_text(0, "brief", "短视频，突出持久度")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = collaborations.get_collaboration(deal_id)
    assert stored.title == "改过的标题"
    assert stored.deliverables[0].id == reviewed.id
    assert stored.deliverables[0].state is ApprovalState.SUBMITTED
    assert stored.deliverables[0].brief == "短视频，突出持久度"
    assert len(deliverables.approval_history(reviewed.id)) == 1


def test_payments_are_checked_against_the_agreed_fee_and_saved(qtbot, parties):
    brand_id, kol_id = parties
    editor = _open(qtbot, brand_id=brand_id, kol_id=kol_id)
    type_text(qtbot, editor.fields["title"], "付款测试")
    type_text(qtbot, editor.fields["requested_fee"], "20000")
    type_text(qtbot, editor.fields["agreed_fee"], "20000")
    payments = editor.payments
    qtbot.mouseClick(payments.add_button, Qt.MouseButton.LeftButton)
    payments.set_cell_text(0, "amount", "2.5万")
    assert "more than the agreed fee" in payments.problems_label.text()
    assert not editor.save_button.isEnabled()
    payments.set_cell_text(0, "amount", "1万")
    payments.set_cell_text(0, "paid_on", "2026-13-01")
    assert "not a date" in payments.problems_label.text()
    assert not editor.save_button.isEnabled()
    payments.set_cell_text(0, "paid_on", "2026-03-02")
    payments.set_cell_text(0, "method", "银行转账")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [payment] = collaborations.get_collaboration(saved.args[0]).payments
    assert (payment.amount, payment.paid_on, payment.method) == (Decimal(10000), date(2026, 3, 2), "银行转账")


def test_two_kols_with_one_name_must_be_picked_from_the_list(qtbot, parties):
    brand_id, _kol_id = parties
    kols.save_kol(KolRecord(display_name="小美"))
    second = kols.save_kol(KolRecord(display_name="小美"))
    editor = _open(qtbot, brand_id=brand_id)
    type_text(qtbot, editor.fields["title"], "同名达人")
    type_text(qtbot, editor.kol, "小美")
    assert "Several KOLs are called “小美”" in editor.errors["kol_id"].text()
    assert not editor.save_button.isEnabled()
    labels = editor.kol.completer().model().stringList()
    assert f"小美 (#{second})" in labels
    editor.kol.setText(f"小美 (#{second})")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert collaborations.get_collaboration(saved.args[0]).kol_id == second


def test_escape_cancels_without_writing(qtbot, parties):
    brand_id, kol_id = parties
    editor = _open(qtbot, brand_id=brand_id, kol_id=kol_id)
    type_text(qtbot, editor.fields["title"], "不要保存")
    QTest.keyClick(editor.fields["title"], Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert _deal_count() == 0


def test_tax_terms_are_typed_in_the_editor_and_a_fee_without_tax_costs_the_tax_on_top(qtbot, parties):
    brand_id, kol_id = parties
    deal_id = collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand_id, kol_id=kol_id, title=TITLE, requested_fee=Decimal(30000), agreed_fee=Decimal(30000)
        )
    )
    editor = _open(qtbot, collaboration_id=deal_id)
    assert editor.tax.includes_tax.isChecked(), "a fee includes tax unless the deal says otherwise"

    _tick(qtbot, editor.tax.includes_tax)
    type_text(qtbot, editor.fields["tax_rate"], "6")
    assert "¥31,800" in editor.true_cost_label.text() and "6 % tax on top" in editor.true_cost_label.text()
    editor.tax.invoice_type.setCurrentIndex(editor.tax.invoice_type.findData("vat_special"))
    editor.tax.invoice_issuer.setCurrentIndex(editor.tax.invoice_issuer.findData("agency"))
    _tick(qtbot, editor.tax.withholds)
    assert not editor.save_button.isEnabled()
    assert "withholds no individual income tax" in editor.errors["withholds_income_tax"].text()
    _tick(qtbot, editor.tax.withholds)
    type_text(qtbot, editor.fields["tax_rate"], "00")  # "600": more than 100 % is refused
    assert "Tax rate" in editor.errors["tax_rate"].text() and not editor.save_button.isEnabled()
    editor.fields["tax_rate"].setText("6")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    saved = collaborations.get_collaboration(deal_id)
    assert (saved.fee_includes_tax, saved.tax_rate, saved.invoice_type, saved.invoice_issuer) == (
        False, Decimal("6"), "vat_special", "agency"
    )  # fmt: skip
    reopened = _open(qtbot, collaboration_id=deal_id)
    assert not reopened.tax.includes_tax.isChecked() and reopened.fields["tax_rate"].text() == "6"
    assert reopened.tax.invoice_type.currentData() == "vat_special"
