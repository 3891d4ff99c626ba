"""Journeys across areas: a payment recorded on a deal changes the KOL's totals, flag and history."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, PaymentRecord
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.ui.collaborations import dialogs as dialogs_module
from kolcrm.ui.kols.list_model import COLUMNS
from kolcrm.ui.main_window import AREA_COLLABORATIONS, AREA_KOLS

TODAY = date.today()
PAYMENTS_COLUMN = next(i for i, column in enumerate(COLUMNS) if column.key == "payments")


def test_recording_a_payment_updates_the_kols_totals_flag_and_history(qtbot, main_window, monkeypatch):
    kol = kols.save_kol(KolRecord(display_name="李佳琦"))
    brand = brands.save_brand(BrandRecord(name="花西子"))
    deal = collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title="春季口红",
            requested_fee=Decimal(30000),
            agreed_fee=Decimal(30000),
            payments=[
                PaymentRecord(Decimal(10000), due_on=TODAY - timedelta(days=4)),
                PaymentRecord(Decimal(20000), due_on=TODAY + timedelta(days=30)),
            ],
        )
    )
    main_window.kols.reload(select=kol)
    detail = main_window.kols.detail
    qtbot.waitUntil(lambda: detail.kol_id == kol)
    assert "paid ¥0" in detail.deals_summary.text() and "1 overdue payment" in detail.deals_summary.text()
    assert main_window.kols.model.index(0, PAYMENTS_COLUMN).data() == "⚠ overdue"

    # From the KOL's deal list to the deal itself.
    detail.deals.itemDoubleClicked.emit(detail.deals.item(0))
    assert main_window.stack.currentIndex() == AREA_COLLABORATIONS
    pane = main_window.collaborations.detail
    assert main_window.collaborations.current_collaboration_id() == deal
    pane.payments.setCurrentCell(0, 0)
    monkeypatch.setattr(dialogs_module, "ask_payment", lambda _parent: (TODAY, "银行转账", "HT-001"))
    qtbot.mouseClick(pane.mark_paid_button, Qt.MouseButton.LeftButton)

    main_window.show_area(AREA_KOLS)
    summary = detail.deals_summary.text()
    assert "paid ¥10,000" in summary and "on time 0%" in summary and "overdue" not in summary
    assert "every first deal paid as asked" in summary
    assert main_window.kols.model.index(0, PAYMENTS_COLUMN).data() == ""
    history = [detail.timeline.item(i).text() for i in range(detail.timeline.count())]
    assert any("Paid ¥10,000 by 银行转账 for “春季口红”" in line for line in history)


def test_new_collaboration_from_the_kol_pane_starts_with_that_kol(qtbot, main_window):
    from PySide6.QtWidgets import QApplication

    from kolcrm.ui.collaborations.editor import CollaborationEditor

    kol = kols.save_kol(KolRecord(display_name="美妆小鹿"))
    kols.save_kol(KolRecord(display_name="Other"))
    brands.save_brand(BrandRecord(name="花西子"))
    main_window.kols.reload(select=kol)
    qtbot.waitUntil(lambda: main_window.kols.detail.kol_id == kol)

    qtbot.mouseClick(main_window.kols.detail.new_deal_button, Qt.MouseButton.LeftButton)

    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, CollaborationEditor) and w.isVisible()]
    assert len(editors) == 1
    assert editors[0].kol.text() == "美妆小鹿"
    editors[0].reject()


def test_a_deleted_deal_waits_in_the_trash_and_comes_back(qtbot, main_window, monkeypatch):
    from kolcrm.core.collaborations.list_query import list_deals
    from kolcrm.ui import prompts
    from kolcrm.ui.main_window import AREA_TRASH

    kol = kols.save_kol(KolRecord(display_name="李佳琦"))
    brand = brands.save_brand(BrandRecord(name="花西子"))
    deal = collaborations.save_collaboration(CollaborationRecord(brand_id=brand, kol_id=kol, title="春季口红"))
    main_window.open_collaboration(deal)
    main_window.collaborations.delete_current()
    assert list_deals() == []
    assert main_window.sidebar.item(AREA_TRASH).text() == "Trash (1)"

    main_window.undo_stack.clear()  # a later session: undo is gone, the trash is not
    main_window.show_area(AREA_TRASH)
    trash_area = main_window.trash
    assert trash_area.deals.count() == 1 and "春季口红 — 李佳琦 · 花西子" in trash_area.deals.item(0).text()
    trash_area.deals.item(0).setSelected(True)
    qtbot.mouseClick(trash_area.restore_button, Qt.MouseButton.LeftButton)

    assert [row.id for row in list_deals()] == [deal]
    assert main_window.collaborations.model.rowCount() == 1
    assert main_window.sidebar.item(AREA_TRASH).text() == "Trash"

    collaborations.trash_collaboration(deal)
    trash_area.load()
    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    qtbot.mouseClick(trash_area.empty_button, Qt.MouseButton.LeftButton)
    assert trash_area.deals.count() == 0
    assert collaborations.restore_collaboration(deal) is False  # erased for good
