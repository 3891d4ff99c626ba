"""Custom fields through the GUI: define them in Edit → Custom fields…, fill them in the KOL editor, read them in
the detail pane, show one as a list column (remembered), sort and filter the list by them, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from kolcrm.core.kols import custom_fields
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.ui import prompts
from kolcrm.ui.kols.custom_fields_dialog import CustomFieldsDialog, FieldForm
from kolcrm.ui.kols.list_columns import ColumnsDialog
from tests.ui.helpers import open_editor, type_text


def top_level(qtbot, kind):
    found = []

    def visible() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        assert found

    qtbot.waitUntil(visible)
    return found[-1]


def define(qtbot, manager: CustomFieldsDialog, name: str, kind: str, choices: str = "") -> None:
    qtbot.mouseClick(manager.add_button, Qt.MouseButton.LeftButton)
    form = top_level(qtbot, FieldForm)
    type_text(qtbot, form.name, name)
    form.kind.setCurrentIndex(form.kind.findData(kind))
    assert form.choices.isVisible() == (kind == "choice")
    if choices:
        form.choices.setPlainText(choices)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())


def column_of(model, title: str) -> int:
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)


def shown(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_custom_field_from_definition_to_editor_pane_column_filter_and_undo(qtbot, main_window, monkeypatch):
    window = main_window
    other = kols.save_kol(KolRecord(display_name="Other"))
    window.custom_fields_action.trigger()
    manager = top_level(qtbot, CustomFieldsDialog)
    define(qtbot, manager, "建联状态", "choice", "已建联\n未建联\n")
    define(qtbot, manager, "Fee quote", "number")
    define(qtbot, manager, "Contract ends", "date")
    qtbot.mouseClick(manager.add_button, Qt.MouseButton.LeftButton)
    clash = top_level(qtbot, FieldForm)
    type_text(qtbot, clash.name, "fee QUOTE")
    qtbot.mouseClick(clash.ok_button, Qt.MouseButton.LeftButton)
    assert clash.isVisible() and clash.error.text() == "There is already a custom field named “Fee quote”"
    clash.reject()
    assert [manager.fields.item(i).text().split("  ·  ")[0] for i in range(manager.fields.count())] == [
        "建联状态", "Fee quote", "Contract ends"
    ]  # fmt: skip
    status, fee, ends = custom_fields.list_fields()
    assert status.choices == ("已建联", "未建联")
    manager.close()

    # The editor: one input per field, under "Custom fields"; a bad number is explained and blocks Save.
    window.new_action.trigger()
    editor = open_editor(qtbot)
    type_text(qtbot, editor.fields["display_name"], "李佳琦")
    editor.accounts.set_cell_text(0, "handle", "lijiaqi")
    assert set(editor.custom_inputs) == {status.id, fee.id, ends.id}
    editor.custom_inputs[status.id].choice.setCurrentIndex(1)
    type_text(qtbot, editor.custom_inputs[fee.id].line, "about 5k")
    assert editor.errors[fee.key].isVisibleTo(editor)
    assert editor.errors[fee.key].text() == "Fee quote: “about 5k” is not a number (e.g. 12,345 · 1.2万 · 3.5w · -0.5)"
    assert not editor.save_button.isEnabled()
    editor.custom_inputs[fee.id].line.clear()
    type_text(qtbot, editor.custom_inputs[fee.id].line, "1.2w")
    editor.custom_inputs[ends.id].date.setDate(QDate(2027, 3, 31))
    assert not editor.errors[fee.key].isVisibleTo(editor) and editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.kols.detail.kol_id is not None and window.kols.detail.kol_id != other)
    kol_id = window.kols.detail.kol_id
    assert kols.get_kol(kol_id).custom == {status.id: "已建联", fee.id: "12000", ends.id: "2027-03-31"}

    # The detail pane lists the values by the fields' names.
    profile = window.kols.detail.profile.text()
    for text in ("建联状态", "已建联", "Fee quote", "12,000", "Contract ends", "2027-03-31"):
        assert text in profile

    # Reopened, the editor shows what was saved; a date can be cleared.
    window.kols.edit_kol(kol_id)
    again = open_editor(qtbot)
    assert again.custom_inputs[fee.id].text() == "12,000"
    assert again.custom_inputs[status.id].text() == "已建联"
    assert again.custom_inputs[ends.id].text() == "2027-03-31"
    again.custom_inputs[ends.id].set_text("")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert kols.get_kol(kol_id).custom == {status.id: "已建联", fee.id: "12000"}

    # Columns…: the fee as a column of the list, sortable in SQL.
    model = window.kols.model
    window.kols.choose_columns()
    columns = top_level(qtbot, ColumnsDialog)
    columns.item("Fee quote").setCheckState(Qt.CheckState.Checked)
    columns.item("City").setCheckState(Qt.CheckState.Unchecked)
    columns.accept()
    fee_column = column_of(model, "Fee quote")
    assert window.kols.table.horizontalHeader().isSectionHidden(column_of(model, "City"))
    window.kols.table.sortByColumn(fee_column, Qt.SortOrder.AscendingOrder)
    assert shown(model, 0) == ["李佳琦", "Other"]  # KOLs without a value come last
    assert shown(model, fee_column) == ["12,000", ""]
    assert model.sort_state() == (fee_column, Qt.SortOrder.AscendingOrder)
    assert model.index(0, fee_column).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight

    # The filter bar: pick a field, then a choice or a value (ranges too); unreadable text turns the box red.
    bar = window.kols.filters
    assert bar.custom_field.isVisible() and not bar.custom_text.isVisible()
    bar.custom_field.setCurrentIndex(bar.custom_field.findData(status.id))
    assert bar.custom_choice.isVisible() and not bar.custom_text.isVisible()
    bar.custom_choice.setCurrentIndex(bar.custom_choice.findData("已建联"))
    qtbot.waitUntil(lambda: model.total == 1)
    bar.custom_field.setCurrentIndex(bar.custom_field.findData(fee.id))
    qtbot.waitUntil(lambda: model.total == 2)
    type_text(qtbot, bar.custom_text, ">=10000")
    bar.apply_now()
    assert model.total == 1 and shown(model, 0) == ["李佳琦"]
    bar.custom_text.clear()
    type_text(qtbot, bar.custom_text, "lots")
    bar.apply_now()
    assert "is not a number or a range" in bar.custom_text.toolTip() and model.total == 2
    bar.custom_field.setCurrentIndex(0)

    # Remembered: another list built from the same settings shows the same custom column.
    window.kols.save_state(window.settings)
    from kolcrm.ui.kols.area import KolsArea

    area = KolsArea(QUndoStack())
    qtbot.addWidget(area)
    area.restore_state(window.settings)
    assert [field.name for field in area.model.custom_columns] == ["Fee quote"]

    # Delete: the confirmation says how many KOLs lose a value; Edit → Undo brings field, values and column back.
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text, _action="OK": asked.append(text) or True)
    window.custom_fields_action.trigger()
    manager = top_level(qtbot, CustomFieldsDialog)
    manager.fields.setCurrentRow(1)
    qtbot.mouseClick(manager.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Delete the field “Fee quote”? 1 KOL has a value in it; those values are deleted with it."
        " Edit → Undo brings it back."
    ]
    assert [f.name for f in custom_fields.list_fields()] == ["建联状态", "Contract ends"]
    assert model.custom_columns == () and manager.fields.count() == 2
    assert "Fee quote" not in window.kols.detail.profile.text()
    manager.close()

    window.undo_action.trigger()

    assert [f.name for f in custom_fields.list_fields()] == ["建联状态", "Fee quote", "Contract ends"]
    assert kols.get_kol(kol_id).custom == {status.id: "已建联", fee.id: "12000"}
    assert "12,000" in window.kols.detail.profile.text()
    window.redo_action.trigger()
    assert custom_fields.value_count(fee.id) == 0 and len(custom_fields.list_fields()) == 2


def test_the_list_model_with_custom_columns_passes_the_model_tester(qtbot, gui_db, qtmodeltester):
    from kolcrm.ui.kols.list_model import COLUMNS, KolListModel

    note = custom_fields.define_field("备注")
    fee = custom_fields.define_field("Fee", "number")
    for i in range(5):
        kols.save_kol(KolRecord(display_name=f"K{i}", custom={note.id: f"n{i}", fee.id: str(i * 1000)}))
    model = KolListModel()
    model.reload()
    model.set_custom_columns([note, fee])
    assert model.columnCount() == len(COLUMNS) + 2
    fees = [model.index(r, len(COLUMNS) + 1).data() for r in range(model.rowCount())]
    assert sorted(fees) == ["0", "1,000", "2,000", "3,000", "4,000"]
    qtmodeltester.check(model)
    model.set_custom_columns([fee])
    model.sort(len(COLUMNS), Qt.SortOrder.DescendingOrder)
    assert [model.index(r, len(COLUMNS)).data() for r in range(model.rowCount())] == [
        "4,000", "3,000", "2,000", "1,000", "0"
    ]  # fmt: skip
    model.set_custom_columns([])
    assert model.columnCount() == len(COLUMNS)
    assert model.sort_state()[0] == next(i for i, c in enumerate(COLUMNS) if c.key == "followers")
    qtmodeltester.check(model)
