"""Bulk edit in the window: fifty selected KOLs tagged 双11 and given an outreach stage in one dialog, found by the
tag filter, and all of it taken back by one Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kolcrm.core.kols.list_query import KolFilter, fetch_page
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.ui.kols import bulk_dialog


def test_fifty_kols_tagged_in_one_step_and_one_undo_takes_it_back(qtbot, main_window, monkeypatch):
    ids = [save_kol(KolRecord(display_name=f"达人{n:02d}")) for n in range(50)]
    main_window.kols.reload()
    qtbot.waitUntil(lambda: main_window.kols.model.rowCount() == 50)
    main_window.kols.table.selectAll()

    def answer(dialog: bulk_dialog.BulkEditDialog) -> int:
        assert dialog.windowTitle() == "Edit 50 selected KOLs"
        dialog.add_tags.setText("双11, 口红")
        dialog.outreach.setCurrentIndex(dialog.outreach.findData("agreed"))
        answer.calls += 1  # type: ignore[attr-defined]
        return 1 if answer.calls == 1 else 0  # type: ignore[attr-defined]

    answer.calls = 0  # type: ignore[attr-defined]
    monkeypatch.setattr(bulk_dialog.BulkEditDialog, "exec", answer)
    main_window.bulk.action.trigger()

    assert len(fetch_page(KolFilter(tag="双11"), limit=100)) == 50
    assert set(get_kol(ids[0]).categories) == {"双11", "口红"}
    assert "50 KOLs changed" in main_window.statusBar().currentMessage()
    assert main_window.undo_action.text().endswith("Edit 50 KOLs")
    QTest.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fetch_page(KolFilter(tag="双11"), limit=100) == []
    assert fetch_page(KolFilter(outreach="agreed"), limit=100) == []
    main_window.undo_stack.redo()
    assert len(fetch_page(KolFilter(outreach="agreed"), limit=100)) == 50
