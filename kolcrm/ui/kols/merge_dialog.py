"""Merging two KOLs who are one person: the dialog that compares them, and the undoable step that merges.

Select two KOLs in the list → Merge… (the list's context menu, Edit ▸ Merge KOLs…, Ctrl+Shift+M: KolMerger). The
dialog shows what each side has side by side and which to keep; kolcrm.core.kols.merge does the work; Ctrl+Z
separates them again (MergeCommand on the window's undo stack).
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.vocabulary import Status
from kolcrm.ui import prompts

if TYPE_CHECKING:
    from kolcrm.core.kols.merge import MergePreview, MergeReceipt, MergeSide


def _merge() -> ModuleType:
    """kolcrm.core.kols.merge, imported on first use: start-up paints the list without it."""
    import kolcrm.core.kols.merge

    return kolcrm.core.kols.merge


class KolList(Protocol):
    """What the merge needs of the KOL list (kolcrm.ui.kols.area.KolsArea, which imports this module)."""

    table: QTableView
    undo_stack: QUndoStack
    trash_changed: SignalInstance
    care_changed: SignalInstance

    def selected_kol_ids(self) -> list[int]: ...

    def reload(self, select: int | None = None) -> None: ...


class MergeDialog(QDialog):
    """Two KOLs side by side, a choice of which to keep, what will happen in words, Merge / Cancel."""

    merge_chosen = Signal(int, int)  # keep id, other id

    def __init__(self, first_id: int, second_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two KOLs"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(760, 620)
        self.ids = (first_id, second_id)
        intro = QLabel(
            self.tr(
                "If these two records are one person, merge them: everything of the one you do not keep moves to the"
                " one you keep."
            )
        )
        intro.setWordWrap(True)
        self.keep_buttons = QButtonGroup(self)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.cells: dict[tuple[str, int], QLabel] = {}
        for column in (0, 1):
            button = QRadioButton(self.tr("Keep this one"))
            button.setObjectName(f"keepSide{column}")
            self.keep_buttons.addButton(button, column)
            self.grid.addWidget(button, 0, column + 1)
        for row, (key, label) in enumerate(self._rows().items(), start=1):
            title = QLabel(label)
            title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            title.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(title, row, 0)
            for column in (0, 1):
                cell = QLabel()
                cell.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are data, never markup
                cell.setWordWrap(True)
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[(key, column)] = cell
                self.grid.addWidget(cell, row, column + 1)
        sides = QWidget()
        sides.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sides)
        self.statement = QLabel()
        self.statement.setObjectName("mergeStatement")
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        self.statement.setWordWrap(True)
        self.statement.setStyleSheet("padding: 6px; background: palette(alternate-base);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.statement)
        layout.addWidget(self.buttons)
        self.preview: MergePreview | None = None
        self.keep_buttons.idToggled.connect(lambda _id, checked: checked and self.load())

    def load(self) -> None:
        """Read both sides (raises what preview_merge raises) and say what merging would do."""
        keep_column = max(self.keep_buttons.checkedId(), 0)
        keep, other = self.ids if keep_column == 0 else self.ids[::-1]
        self.preview = _merge().preview_merge(keep, other)
        by_id = {self.preview.keep.kol_id: self.preview.keep, self.preview.other.kol_id: self.preview.other}
        for column, kol_id in enumerate(self.ids):
            for key, text in self._cell_texts(by_id[kol_id]).items():
                self.cells[(key, column)].setText(text)
        button = self.keep_buttons.button(keep_column)
        if not button.isChecked():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        self.statement.setText(self._statement(self.preview))

    @property
    def keep_id(self) -> int:
        return self.preview.keep.kol_id if self.preview else self.ids[0]

    @property
    def other_id(self) -> int:
        return self.preview.other.kol_id if self.preview else self.ids[1]

    def choose_keep(self, kol_id: int) -> None:
        self.keep_buttons.button(self.ids.index(kol_id)).setChecked(True)

    def _merge(self) -> None:
        self.merge_chosen.emit(self.keep_id, self.other_id)
        self.accept()

    # -- words ----------------------------------------------------------------------------------------------
    def _rows(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "contact": self.tr("Profile"),
            "accounts": self.tr("Platform accounts"),
            "deals": self.tr("Deals"),
            "care": self.tr("History and care"),
            "custom": self.tr("Custom fields"),
            "labels": self.tr("Labels"),
        }

    def _count_words(self) -> dict[str, str]:
        return {
            "accounts": self.tr("platform accounts"),
            "rate_cards": self.tr("rate-card entries"),
            "metrics": self.tr("account metrics"),
            "deals": self.tr("deals"),
            "history": self.tr("history entries"),
            "gifts": self.tr("gifts"),
            "perks": self.tr("perks"),
            "risks": self.tr("risks"),
            "reminders": self.tr("reminders"),
            "blackouts": self.tr("blackout periods"),
            "scheduling": self.tr("scheduling priority"),
            "custom_values": self.tr("custom values"),
            "labels": self.tr("labels"),
            "files": self.tr("attached files"),
        }

    def _field_words(self) -> dict[str, str]:
        return {
            "display_name": self.tr("name"),
            "real_name": self.tr("real name"),
            "status": self.tr("status"),
            "city": self.tr("city"),
            "agency": self.tr("agency"),
            "agent_name": self.tr("agent"),
            "agent_contact": self.tr("agent contact"),
            "wechat_id": self.tr("WeChat ID"),
            "phone": self.tr("phone"),
            "email": self.tr("email"),
            "birthday": self.tr("birthday"),
            "lunar_birthday": self.tr("lunar birthday"),
            "languages": self.tr("languages"),
            "tier": self.tr("tier"),
        }

    def _cell_texts(self, side: MergeSide) -> dict[str, str]:
        fields = self._field_words()
        profile = [
            self.tr("{field}: {value}").format(field=fields[key], value=_shown_value(key, side.profile[key]))
            for key in ("real_name", "city", "phone", "wechat_id", "email", "agency", "birthday", "status")
            if side.profile[key]
        ]
        words = self._count_words()
        care = [
            self.tr("{field}: {value}").format(field=words[key], value=side.counts[key])
            for key in ("history", "gifts", "perks", "risks", "reminders", "blackouts", "scheduling", "files")
            if side.counts[key]
        ]
        none = self.tr("—")
        return {
            "name": self.tr("{0} (KOL #{1})").format(side.display_name, side.kol_id),
            "contact": "\n".join(profile) or none,
            "accounts": "\n".join(side.accounts) or none,
            "deals": "\n".join(side.deals) or none,
            "care": "\n".join(care) or none,
            "custom": "\n".join(f"{name}: {value}" for name, value in side.custom_values.items()) or none,
            "labels": ", ".join(side.labels) or none,
        }

    def _statement(self, preview: MergePreview) -> str:
        keep, other = preview.keep.display_name, preview.other.display_name
        words, fields = self._count_words(), self._field_words()
        moving = self.tr(", ").join(
            self.tr("{what} {count}").format(what=words[key], count=count)
            for key, count in preview.other.counts.items()
            if count
        )
        parts = [
            self.tr("{0} moves into {1}: {2}.").format(other, keep, moving)
            if moving
            else self.tr("{0} has nothing to move besides its profile.").format(other)
        ]
        if preview.filled:
            filled = self.tr(", ").join(fields[key] for key in preview.filled)
            parts.append(self.tr("{0}'s empty fields are filled from {1}: {2}.").format(keep, other, filled))
        if preview.differs or preview.custom_differs:
            differs = self.tr(", ").join([*(fields[key] for key in preview.differs), *preview.custom_differs])
            parts.append(self.tr("Where both have a value, {0} keeps its own ({1}).").format(keep, differs))
        parts.append(
            self.tr("{0} then goes to the trash with a note saying where everything went. Ctrl+Z undoes the merge.")
            .format(other)
        )  # fmt: skip
        return " ".join(parts)


def _shown_value(key: str, value: str) -> str:
    """A profile value as the user reads it: the status by its label, the rest as stored."""
    if key == "status" and value in {status.value for status in Status}:
        return Status(value).label
    return value


class MergeCommand(QUndoCommand):
    """A merge already done (its receipt); undo separates the two KOLs again, redo merges them once more."""

    def __init__(self, merger: KolMerger, receipt: MergeReceipt, text: str) -> None:
        super().__init__(text)
        self.merger = merger
        self.receipt = receipt
        self._done = True  # push() calls redo(): the merge has already happened

    def redo(self) -> None:
        if not self._done:
            try:
                self.receipt = _merge().merge_kols(self.receipt.keep_id, self.receipt.other_id)
            except (NotFoundError, ValidationError) as exc:  # one of them was trashed or erased since
                self.merger.cannot_merge(str(exc))
                self.setObsolete(True)
                return
        self._done = False
        self.merger.refresh(select=self.receipt.keep_id)

    def undo(self) -> None:
        try:
            _merge().undo_merge(self.receipt)
        except NotFoundError as exc:
            self.merger.cannot_undo(str(exc))
            self.setObsolete(True)
            return
        self.merger.refresh(select=self.receipt.other_id)


class KolMerger(QObject):
    """The KOL list's Merge… action (enabled with two KOLs selected), its context menu, and the undoable merge."""

    def __init__(self, area: KolList) -> None:
        super().__init__(area.table)
        self.area = area
        self.parent_widget = area.table  # dialogs and messages open over the list's window
        self.dialog: MergeDialog | None = None  # while it is open
        table = area.table
        self.action = QAction(self.tr("&Merge KOLs…"), table)
        self.action.setObjectName("mergeKolsAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setEnabled(False)
        self.action.triggered.connect(self.merge_selected)
        table.addAction(self.action)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    def merge_selected(self) -> MergeDialog | None:
        """Open the merge dialog for the two selected KOLs (returned, for tests), or say why not."""
        ids = self.area.selected_kol_ids()
        if len(ids) != 2:
            prompts.info(
                self.parent_widget, self.tr("Merge KOLs"), self.tr("Select exactly two KOLs (Ctrl+click the second).")
            )
            return None
        dialog = MergeDialog(ids[0], ids[1], self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        try:
            dialog.load()
        except (NotFoundError, ValidationError) as exc:
            dialog.deleteLater()
            prompts.error(self.parent_widget, self.tr("Cannot merge"), str(exc))
            return None
        dialog.merge_chosen.connect(self.merge)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def merge(self, keep_id: int, other_id: int) -> None:
        try:
            receipt = _merge().merge_kols(keep_id, other_id)
        except (NotFoundError, ValidationError) as exc:
            self.cannot_merge(str(exc))
            return
        text = self.tr("Merge {0} into {1}").format(receipt.other_name, receipt.keep_name)
        self.area.undo_stack.push(MergeCommand(self, receipt, text))
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Merged {0} into {1}. Ctrl+Z undoes it.").format(receipt.other_name, receipt.keep_name),
                10_000,
            )

    def refresh(self, select: int) -> None:
        """After a merge or its undo: the list, the trash count and the reminders (which moved) follow."""
        self.area.reload(select=select)
        self.area.trash_changed.emit()
        self.area.care_changed.emit(select)

    def cannot_merge(self, message: str) -> None:
        prompts.error(self.parent_widget, self.tr("Cannot merge"), message)

    def cannot_undo(self, message: str) -> None:
        prompts.error(self.parent_widget, self.tr("Cannot undo the merge"), message)

    def _selection_changed(self) -> None:
        self.action.setEnabled(len(self.area.selected_kol_ids()) == 2)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self.area.table)
        for action in self.area.table.actions():  # Merge…, and Move to Trash once the window installed it
            menu.addAction(action)
        menu.popup(self.area.table.viewport().mapToGlobal(position))
