"""Merging two KOLs from the list: select two, Merge…, choose which to keep, Merge; Ctrl+Z separates them again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kolcrm.core.kols import interactions
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.form import record_from_form
from kolcrm.core.kols.records import InteractionRecord
from kolcrm.core.store.db import database
from kolcrm.ui.kols.merge_dialog import MergeDialog
from kolcrm.ui.main_window import AREA_TRASH
from tests.core.kols.book_tables import without_history


def _add_kol(fields: dict[str, str], handle: str, followers: str, note: str) -> int:
    record, problems = record_from_form(fields, [{"platform": "Douyin", "handle": handle, "followers": followers}])
    assert not problems
    kol_id = kols.save_kol(record)
    interactions.add_interaction(kol_id, InteractionRecord(date(2026, 3, 2), "note", note))
    return kol_id


def _dump() -> dict[str, list[tuple[object, ...]]]:
    tables = [
        name
        for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " AND name NOT LIKE 'sqlite_%' AND NOT (name LIKE 'kol_search%' AND name != 'kol_search_doc')"
        )
    ]
    dumped = {table: sorted(database.execute_sql(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}
    return without_history(dumped)  # a merge and its undo are in the kept KOL's history, and move its version


def _names(window) -> list[str]:
    model = window.kols.model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def _click_row(qtbot, window, kol_id: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = window.kols.table
    index = window.kols.model.index(window.kols.model.row_of(kol_id), 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, table.visualRect(index).center())


def _open_dialog(qtbot) -> MergeDialog:
    found: list[MergeDialog] = []

    def shown() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MergeDialog) and w.isVisible()]
        assert found

    qtbot.waitUntil(shown)
    return found[-1]


def test_select_two_merge_keeping_the_second_then_undo(qtbot, main_window):
    lulu = _add_kol({"display_name": "Lulu", "city": "上海"}, "lulu", "5000", "first chat")
    twin = _add_kol({"display_name": "露露", "phone": "13800001111"}, "lulu_2", "90000", "second chat")
    other = _add_kol({"display_name": "Someone else"}, "else", "100", "hello")
    main_window.kols.reload(select=lulu)
    before = _dump()
    area = main_window.kols
    assert not area.merge_action.isEnabled(), "one KOL selected: nothing to merge"

    _click_row(qtbot, main_window, lulu)
    _click_row(qtbot, main_window, twin, Qt.KeyboardModifier.ControlModifier)
    assert sorted(area.selected_kol_ids()) == sorted([lulu, twin])
    assert area.merge_action.isEnabled()
    assert area.merge_action in [a for a in main_window.menuBar().actions()[1].menu().actions()], "in the Edit menu"
    QTest.keyClick(area.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    dialog = _open_dialog(qtbot)
    column = dialog.ids.index(twin)
    assert "露露" in dialog.cells[("name", column)].text()
    assert "Douyin lulu_2 (90,000 followers)" in dialog.cells[("accounts", column)].text()
    assert "phone: 13800001111" in dialog.cells[("contact", column)].text()
    qtbot.mouseClick(dialog.keep_buttons.button(column), Qt.MouseButton.LeftButton)
    assert dialog.keep_id == twin and dialog.other_id == lulu
    assert dialog.statement.text().startswith("Lulu moves into 露露: platform accounts 1")
    assert "city" in dialog.statement.text(), "露露's empty city is filled from Lulu"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: _names(main_window) == sorted(["露露", "Someone else"]))
    qtbot.waitUntil(lambda: area.detail.kol_id == twin and area.detail.accounts.rowCount() == 2)
    merged = kols.get_kol(twin)
    assert [a.handle for a in merged.accounts] == ["lulu_2", "lulu"]
    assert merged.city == "上海" and merged.phone == "13800001111"
    assert kols.get_kol(lulu).deleted_at is not None
    assert main_window.sidebar.item(AREA_TRASH).text() == "Trash (1)"
    assert "Ctrl+Z" in main_window.statusBar().currentMessage()
    assert main_window.undo_action.text().endswith("Merge Lulu into 露露")

    main_window.activateWindow()  # offscreen, closing the dialog leaves no window active (a desktop reactivates it)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    QTest.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: _names(main_window) == sorted(["Lulu", "露露", "Someone else"]))
    assert _dump() == before, "undo put every table back as it was"
    assert main_window.sidebar.item(AREA_TRASH).text() == "Trash"
    assert area.current_kol_id() == lulu

    main_window.redo_action.trigger()  # Ctrl+Shift+Z merges them once more
    qtbot.waitUntil(lambda: _names(main_window) == sorted(["露露", "Someone else"]))
    assert len(kols.get_kol(twin).accounts) == 2
    main_window.undo_action.trigger()
    qtbot.waitUntil(lambda: _names(main_window) == sorted(["Lulu", "露露", "Someone else"]))
    assert _dump() == before
    assert kols.get_kol(other).deleted_at is None


def test_merge_asks_for_exactly_two(qtbot, main_window, monkeypatch):
    from kolcrm.ui import prompts

    told: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: told.append(text))
    kol_id = _add_kol({"display_name": "Alone"}, "alone", "100", "hi")
    main_window.kols.reload(select=kol_id)

    assert main_window.kols.merger.merge_selected() is None
    assert told and "exactly two" in told[0]


def test_the_lists_context_menu_offers_merge_and_trash(qtbot, main_window):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    kol_id = _add_kol({"display_name": "Menu"}, "menu", "100", "hi")
    main_window.kols.reload(select=kol_id)

    main_window.kols.table.customContextMenuRequested.emit(QPoint(5, 5))

    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert menus
    texts = [action.text() for action in menus[-1].actions()]
    assert texts == ["&Merge KOLs…", "Move to &Trash"]
    menus[-1].close()
