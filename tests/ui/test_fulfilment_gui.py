"""Fulfilment in the window: a sample added in the Care tab, flagged in red and in the list once its window passed,
cleared by Mark posted…."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QInputDialog

from kolcrm.core.care import fulfilment
from kolcrm.core.kols.list_query import fetch_row
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.ui.kols import sent_items_box


def test_a_sample_with_nothing_posted_is_flagged_until_marked_posted(qtbot, main_window, monkeypatch):
    kol = save_kol(KolRecord(display_name="小鹿"))
    main_window.kols.reload()
    main_window.kols.show_kol(kol)
    qtbot.waitUntil(lambda: main_window.kols.detail.kol_id == kol)
    care = main_window.kols.detail.care_tab()
    qtbot.waitUntil(lambda: care.sent.kol_id == kol)
    box = care.sent
    assert box.summary.text() == "Nothing sent is owed content yet."

    def fill(dialog: sent_items_box.SentItemDialog) -> int:
        dialog.description.setText("口红试色装")
        dialog.sent_on.setDate(date.today() - timedelta(days=40))
        dialog.promised.setText("一篇小红书笔记")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(sent_items_box.SentItemDialog, "exec", fill)
    box.add_button.click()

    assert box.table.rowCount() == 1 and box.table.item(0, 1).text() == "口红试色装 (Sample)"
    assert box.summary.text().startswith("⚠ 0 of 1 item sent were posted about") or box.summary.text().startswith(
        "⚠ 0 of 1"
    )
    assert box.table.item(0, 0).foreground().color().name() == "#b00020"
    row = fetch_row(kol)
    assert row is not None and row.ghosting
    main_window.kols.reload(select=kol)
    model = main_window.kols.model
    flags = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "⚠ no post" in flags

    box.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("https://xhslink.com/a", True)))
    box.delivered_button.click()
    assert fulfilment.fulfilment(kol).rate == 1.0
    assert box.summary.text().startswith("1 of 1")
    assert fulfilment.items_for(kol)[0].delivered_url == "https://xhslink.com/a"
