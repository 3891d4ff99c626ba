"""The Help menu's windows: keyboard shortcuts, the user guide, the data folder, a problem report and About.
Imported when one is opened: none of them is needed to show the window."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kolcrm import __version__, language
from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.ui import prompts

# Keys that act inside one widget, so no menu action shows them: listed in the shortcuts window too.
WIDGET_KEYS = (
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Move the selected KOLs to the trash (in the list)")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Clear the search (in the search box)")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "Save the note (in the note box)")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save (in an editor)")),
)


def without_mnemonic(text: str) -> str:
    """A menu text as read: "&New KOL…" → "New KOL…", and the Chinese form "新建 KOL(&N)…" → "新建 KOL…"."""
    text = re.sub(r"\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def about(parent: QWidget, database_path: Path | None) -> QDialog:
    """Version, where the data is, the versions a support person asks for, and the third-party notices."""
    from kolcrm import notices

    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "About kolcrm"))
    dialog.resize(620, 520)
    head = QLabel()
    head.setTextFormat(Qt.TextFormat.RichText)
    head.setWordWrap(True)
    head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lines = [
        "<h2>kolcrm " + html.escape(__version__) + "</h2>",
        html.escape(
            QCoreApplication.translate("MainWindow", "kolcrm {0}: a desktop CRM for KOL relationships.").format(
                __version__
            )
        ),
        html.escape(QCoreApplication.translate("MainWindow", "Database: {0}").format(database_path or "—")),
        html.escape(QCoreApplication.translate("MainWindow", "Data folder: {0}").format(data_folder(database_path))),
        html.escape(" · ".join(f"{name} {version}" for name, version in _versions().items())),
    ]
    head.setText("<br>".join(lines))
    table = QTableWidget(len(notices.COMPONENTS), 2)
    table.setObjectName("thirdPartyNotices")
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("MainWindow", "Third-party component"),
            QCoreApplication.translate("MainWindow", "Licence"),
        ]
    )
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for row, (name, licence, where) in enumerate(notices.COMPONENTS):
        for column, text in enumerate((name, licence)):
            item = QTableWidgetItem(text)
            item.setToolTip(where)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    note = QLabel(QCoreApplication.translate("MainWindow", "The full licence texts are in the licenses folder beside the program (a bundle) "
                     "or in each package's metadata (an installation from source)."))  # fmt: skip
    note.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(head)
    layout.addWidget(table, 1)
    layout.addWidget(note)
    layout.addWidget(buttons)
    dialog.open()
    return dialog


def _versions() -> dict[str, str]:
    from PySide6 import __version__ as pyside

    from kolcrm import notices

    found = notices.versions()
    return {**dict(list(found.items())[:2]), "Qt": qVersion(), "PySide6": pyside, **dict(list(found.items())[2:])}


def data_folder(database_path: Path | None) -> Path:
    if isinstance(database_path, Path):
        return database_path.parent
    from kolcrm.core.store.paths import data_dir

    return data_dir()


def open_data_folder(parent: QWidget, database_path: Path | None) -> bool:
    """The folder of the open database in the file manager; where there is none, its path to copy."""
    folder = data_folder(database_path)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QGuiApplication.clipboard().setText(str(folder))
    prompts.info(
        parent,
        QCoreApplication.translate("MainWindow", "Data folder"),
        QCoreApplication.translate(
            "MainWindow", "No file manager could be opened here. The folder is:\n{0}\n(copied to the clipboard)"
        ).format(folder),
    )
    return False


class ShortcutsDialog(QDialog):
    """Every shortcut of the window's menus (read from the actions, so it cannot go stale) and the in-widget keys."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows: list[tuple[str, str]] = []
        for menu_action in window.menuBar().actions():
            for action in menu_action.menu().actions() if menu_action.menu() else ():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    rows.append((keys, without_mnemonic(action.text())))
        rows += [
            (QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText), QCoreApplication.translate("Shortcuts", what))
            for keys, what in WIDGET_KEYS
        ]  # fmt: skip
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


def guide_file() -> Path | None:
    """README in the user's language from a checkout (it sits above the package), else None."""
    top = Path(__file__).resolve().parents[2]
    names = ("README.zh-CN.md", "README.md") if i18n.is_chinese() else ("README.md",)
    for name in names:
        if (top / name).is_file():
            return top / name
    return None


class GuideDialog(QDialog):
    """The user guide (the README), readable offline: from the checkout, else the installed package's own copy."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setOpenExternalLinks(True)
        path = guide_file()
        if path is not None:
            self.browser.setSearchPaths([str(path.parent)])  # the screenshots in docs/
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            from importlib import metadata  # ~9 ms: only when the guide is opened outside a checkout

            try:
                text = metadata.metadata("kolcrm").get_payload()  # type: ignore[attr-defined]
            except metadata.PackageNotFoundError:
                text = ""
            self.browser.setMarkdown(text or self.tr("The user guide is not installed with this copy of kolcrm."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(900, screen.width() - 40), min(700, screen.height() - 60))


def _kind_of_book(database_path: Path | None) -> str:
    if database_path is None:
        return "none"
    if isinstance(database_path, Path):
        return "SQLite file " + database_path.name
    return "PostgreSQL team database"  # never its address: the report may be mailed to anyone


def problem_report(database_path: Path | None) -> str:
    """What a support person needs first, and nothing of the user's data: versions, platform, language."""
    import platform  # imported when a report is written, not at start-up

    from PySide6 import __version__ as pyside_version

    return "\n".join(
        [
            "kolcrm " + __version__,
            f"Python {platform.python_version()} ({sys.executable})",
            f"Qt {qVersion()}, PySide6 {pyside_version}",
            f"{platform.system()} {platform.release()} ({platform.machine()}); {platform.platform()}",
            "Language: " + language.chosen_language(),
            "Database: " + _kind_of_book(database_path),
            "",
            QCoreApplication.translate("ProblemReportDialog", "What happened, and what did you expect?"),
            "",
        ]
    )


class ProblemReportDialog(QDialog):
    """A prefilled report to copy into an e-mail or an issue; no network is used."""

    def __init__(self, parent: QWidget | None, database_path: Path | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report a problem"))
        intro = QLabel(
            self.tr(
                "Describe what happened below, then copy the text into an e-mail to whoever supports kolcrm for you."
                " Nothing is sent from here, and no KOL data is included."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(problem_report(database_path))
        self.text.setObjectName("problemReport")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy to clipboard"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 420)
