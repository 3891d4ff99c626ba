"""Saved views: the KOL list's or the deals table's filters, sort and columns kept under a name, in the Views menu
and under the sidebar; choosing one puts the area back as it was saved.

Views are kept in the book (its settings table), so a team sees the same ones and a demo book comes with some. A view
keeps what its filters hold by value (a brand's id, a stage), so a brand renamed since still matches.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMenu, QWidget

from kolcrm.core.store import settings as store_settings
from kolcrm.ui import prompts

KEY = "saved_views"
KOLS, DEALS = "kols", "deals"
_KOL_COMBOS = ("status", "platform", "tier", "tag", "owner", "outreach")
_DEAL_COMBOS = ("brand", "stage")


class SavedViews(QObject):
    changed = Signal()

    def __init__(self, window: Any) -> None:  # the MainWindow (not imported: it imports this)
        super().__init__(window)
        self.window = window
        self.list = QListWidget()
        self.list.setObjectName("savedViews")
        self.list.setFixedWidth(130)
        self.list.setMaximumHeight(160)
        self.list.setWordWrap(True)  # a view's name and area on two lines rather than cut off
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setToolTip(
            QCoreApplication.translate("SavedViews", "Saved views: click one to show the list or table as it was saved")
        )
        self.list.itemClicked.connect(lambda item: self.apply(item.data(Qt.ItemDataRole.UserRole)))
        self.title = QLabel(QCoreApplication.translate("SavedViews", "Saved views"))
        self.title.setStyleSheet("color: #57606a; margin-top: 6px;")
        self.changed.connect(self._fill_list)
        self._fill_list()

    # -- stored views --------------------------------------------------------------------------------------
    def views(self) -> list[dict[str, Any]]:
        """The saved views; none when the book cannot say (a damaged value is not the user's problem here)."""
        try:
            found = json.loads(store_settings.get_text(KEY, "[]"))
        except ValueError:
            return []
        return [view for view in found if isinstance(view, dict) and view.get("area") in (KOLS, DEALS)]

    def save_current(self, area: str, name: str) -> dict[str, Any]:
        """Keep the area's filters, sort and columns under `name` (replacing a view of that name)."""
        name = name.strip()
        view = {"name": name, "area": area, **(self._kols_state() if area == KOLS else self._deals_state())}
        views = [v for v in self.views() if v["name"] != name] + [view]
        store_settings.set_text(KEY, json.dumps(views, ensure_ascii=False))
        self.changed.emit()
        return view

    def delete(self, name: str) -> None:
        store_settings.set_text(KEY, json.dumps([v for v in self.views() if v["name"] != name], ensure_ascii=False))
        self.changed.emit()

    def apply(self, name: str) -> bool:
        view = next((v for v in self.views() if v["name"] == name), None)
        if view is None:
            return False
        if view["area"] == KOLS:
            self._apply_kols(view)
        else:
            self._apply_deals(view)
        return True

    # -- the menu ------------------------------------------------------------------------------------------
    def add_menu(self, menu_bar: Any) -> QMenu:
        menu = menu_bar.addMenu(QCoreApplication.translate("SavedViews", "Vie&ws"))
        menu.aboutToShow.connect(lambda: self._fill_menu(menu))
        self._fill_menu(menu)
        return menu

    def ask_and_save(self, area: str) -> dict[str, Any] | None:
        name, accepted = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("SavedViews", "Save view"),
            QCoreApplication.translate("SavedViews", "Name of this view:"),
        )
        if not accepted or not name.strip():
            return None
        return self.save_current(area, name)

    def ask_and_delete(self) -> None:
        names = [v["name"] for v in self.views()]
        if not names:
            return
        name, accepted = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("SavedViews", "Delete a view"),
            QCoreApplication.translate("SavedViews", "View:"),
            names,
            0,
            False,
        )
        if accepted and prompts.confirm(self.window, QCoreApplication.translate("SavedViews", "Delete a view"), QCoreApplication.translate("SavedViews", "Delete the view “{0}”?").format(name),
                                        QCoreApplication.translate("SavedViews", "Delete")):  # fmt: skip
            self.delete(name)

    def _fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        for text, area in (
            (QCoreApplication.translate("SavedViews", "Save the KOL list as a view…"), KOLS),
            (QCoreApplication.translate("SavedViews", "Save the deals table as a view…"), DEALS),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, area=area: self.ask_and_save(area))
            menu.addAction(action)
        views = self.views()
        if views:
            menu.addSeparator()
        for view in views:
            action = QAction(self._label(view), menu)
            action.triggered.connect(lambda _checked=False, name=view["name"]: self.apply(name))
            menu.addAction(action)
        if views:
            menu.addSeparator()
            delete = QAction(QCoreApplication.translate("SavedViews", "Delete a view…"), menu)
            delete.triggered.connect(self.ask_and_delete)
            menu.addAction(delete)

    def _fill_list(self) -> None:
        self.list.clear()
        for view in self.views():
            item = QListWidgetItem(self._label(view))
            item.setData(Qt.ItemDataRole.UserRole, view["name"])
            self.list.addItem(item)
        for widget in (self.list, self.title):
            widget.setVisible(bool(self.views()))

    @staticmethod
    def _label(view: dict[str, Any]) -> str:
        where = (
            QCoreApplication.translate("SavedViews", "KOLs")
            if view["area"] == KOLS
            else QCoreApplication.translate("SavedViews", "Deals")
        )
        return f"{view['name']} · {where}"

    # -- the areas' state ----------------------------------------------------------------------------------
    def _kols_state(self) -> dict[str, Any]:
        area = self.window.kols
        bar = area.filters
        return {
            "text": bar.search.text(),
            "combos": {name: getattr(bar, name).currentData() for name in _KOL_COMBOS},
            "header": bytes(area.table.horizontalHeader().saveState().toBase64()).decode("ascii"),
        }

    def _apply_kols(self, view: dict[str, Any]) -> None:
        self.window.show_area(self.window.AREA_KOLS)
        area = self.window.kols
        bar = area.filters
        _set_combos(bar, _KOL_COMBOS, view.get("combos", {}), [bar.search])
        bar.search.setText(str(view.get("text", "")))
        bar.apply_now()
        _restore_header(area.table, view.get("header"))

    def _deals_state(self) -> dict[str, Any]:
        area = self.window.collaborations
        bar = area.filters
        return {
            "text": bar.search.text(),
            "combos": {name: getattr(bar, name).currentData() for name in _DEAL_COMBOS},
            "overdue": bar.overdue.isChecked(),
            "table": area.views.currentWidget() is area.table,
            "header": bytes(area.table.horizontalHeader().saveState().toBase64()).decode("ascii"),
        }

    def _apply_deals(self, view: dict[str, Any]) -> None:
        self.window.show_area(self.window.AREA_COLLABORATIONS)
        area = self.window.collaborations
        bar = area.filters
        _set_combos(bar, _DEAL_COMBOS, view.get("combos", {}), [bar.search, bar.overdue])
        bar.search.setText(str(view.get("text", "")))
        bar.overdue.setChecked(bool(view.get("overdue")))
        bar.apply_now()
        area.set_view(1 if view.get("table") else 0)  # collaborations.area: BOARD, TABLE
        _restore_header(area.table, view.get("header"))


def _set_combos(bar: QWidget, names: tuple[str, ...], values: dict[str, Any], others: list[QWidget]) -> None:
    """Each combo to the saved value (the first, "All", when it is gone), without a refresh per box."""
    boxes: list[QWidget] = [getattr(bar, name) for name in names] + others
    for box in boxes:
        box.blockSignals(True)
    for name in names:
        combo: QComboBox = getattr(bar, name)
        combo.setCurrentIndex(max(combo.findData(values.get(name)), 0))
    for box in boxes:
        box.blockSignals(False)


def _restore_header(table: Any, encoded: Any) -> None:
    if isinstance(encoded, str) and encoded:
        table.horizontalHeader().restoreState(QByteArray.fromBase64(encoded.encode("ascii")))
