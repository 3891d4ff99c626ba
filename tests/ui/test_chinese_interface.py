"""The app in Chinese (KOLCRM_LANG=zh_CN): every area and the main dialogs show no English chrome, core messages
reach the editor in Chinese, the language switches in Preferences without a restart, and pinyin finds names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from kolcrm import language
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.collaborations.service import save_collaboration
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.service import save_kol
from kolcrm.core.vocabulary import Platform, Stage, Status
from kolcrm.ui import translators
from tests.ui.helpers import type_text

# Words a Chinese account manager reads in English anyway: names of things, abbreviations, file formats.
ALLOWED = {
    "kolcrm", "KOL", "KOLs", "KOC", "MCN", "ROI", "CPM", "CPE", "CPC", "GMV", "KPI", "PDF", "CSV", "XLSX", "xlsx",
    "csv", "pdf", "vCard", "vcf", "ics", "iCalendar", "JSON", "json", "Instagram", "TikTok", "YouTube", "X", "ID",
    "WeChat", "Excel", "UTF", "CNY", "USD", "EUR", "GBP", "HKD", "RMB", "AM", "PM", "SQLite", "Ctrl", "Shift",
    "Alt", "Del", "Esc", "Enter", "Tab", "Qt", "OK", "Lulu", "zh_CN", "en", "English", "KOLCRM_LANG", "URL", "Email",
    "QR", "App", "IP", "VIP", "DM", "Austin", "JPY", "Language", "YYYY-MM-DD", "MM-DD", "PNG", "JPG", "JPEG", "MiB",
    "KOLCRM", "LANG", "zh", "CN", "GBK", "GB", "SHA",
}  # fmt: skip
ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")


def english_words(text: str) -> set[str]:
    """English words in `text`, leaving out markup, quoted user values (“…”), file names and example addresses."""
    text = re.sub(r"<[^>]+>|&nbsp;|“[^”]*”|(?:/[\w.-]+)+|\b[\w-]+\.db\b", " ", text)
    text = re.sub(r"\S+@\S+|https?://\S+|\b[\w.-]+\.(com|cn|net)\b", "", text)  # example addresses in placeholders
    text = re.sub(r"&(?=\w)", "", text)  # mnemonics: 文件(&F)
    text = re.sub(r"\(&?[A-Z]\)", "", text)
    return {word for word in ENGLISH_WORD.findall(text) if word.strip("'’-") not in ALLOWED}


def chrome_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible piece of interface text under `root`: titles, labels, buttons, tabs,
    headers, placeholders, menus, combo items."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        kind = type(widget).__name__
        if widget.isWindow() and widget.windowTitle():
            yield f"{kind} title", widget.windowTitle()
        if widget.toolTip():
            yield f"{kind} tooltip", widget.toolTip()
        if isinstance(widget, QLabel) and widget.text():
            yield kind, widget.text()
        elif isinstance(widget, QAbstractButton) and widget.text():
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            yield kind, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield kind, widget.tabText(index)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.placeholderText():
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield kind, widget.itemText(index)
            if widget.isEditable() and widget.lineEdit() and widget.lineEdit().placeholderText():
                yield f"{kind} placeholder", widget.lineEdit().placeholderText()
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                if action.text():
                    yield kind, action.text()
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else None
        header = widget.header() if isinstance(widget, QTreeView) else header
        if header is not None and widget.model() is not None:
            for column in range(header.count()):
                text = widget.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if isinstance(text, str) and not header.isSectionHidden(column):
                    yield f"{kind} header", text


def english_in(root: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in chrome_texts(root) if english_words(text)]


@pytest.fixture
def chinese(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KOLCRM_LANG", "zh_CN")
    assert translators.install_for_gui(language.chosen_language()) == language.CHINESE
    yield
    translators.install_for_gui(language.ENGLISH)


@pytest.fixture
def chinese_book(gui_db) -> dict[str, int]:
    """A small book written the way a Chinese team writes it (no English data, so English on screen is chrome)."""
    brand = save_brand(BrandRecord(name="岚山护肤", brand_values="天然成分", categories=["美妆"]))
    kol = save_kol(
        KolRecord(
            display_name="朱若怡",
            real_name="朱若怡",
            status=Status.ACTIVE,
            city="成都",
            categories=["美妆"],
            accounts=[
                AccountRecord(
                    platform=Platform.XIAOHONGSHU,
                    handle="若怡的日常",
                    followers=356_000,
                    engagement_rate=4.2,
                    rate_card=[RateCardItem(format="图文笔记", fee=Decimal(30000))],
                )
            ],
        )
    )
    deal = save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title="秋季新品种草",
            stage=Stage.NEGOTIATING,
            start_on=date(2026, 12, 1),
            end_on=date(2026, 12, 31),
            requested_fee=Decimal(30000),
        )
    )
    return {"brand": brand, "kol": kol, "deal": deal}


@pytest.fixture
def chinese_window(chinese, chinese_book, qtbot, settings, gui_db):
    from kolcrm.app import install_cjk_font
    from kolcrm.ui.main_window import MainWindow

    install_cjk_font(QApplication.instance())
    window = MainWindow(settings, database_path=gui_db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menus(window) -> list[tuple[str, str]]:
    found = []
    for menu_action in window.menuBar().actions():
        found.append(("menu", menu_action.text()))
        menu = menu_action.menu()
        for action in menu.actions() if menu else []:
            if action.text():
                found.append(("menu item", action.text()))
    return [(where, text) for where, text in found if english_words(text)]


def test_every_area_speaks_chinese(chinese_window, chinese_book, qtbot) -> None:
    window = chinese_window
    assert _menus(window) == []
    leftovers = {}
    for area in range(window.sidebar.count()):
        window.show_area(area)
        qtbot.wait(30)
        QApplication.processEvents()
        english = english_in(window)
        for tabs in window.stack.currentWidget().findChildren(QTabWidget):  # every tab, not only the first
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                english += english_in(tabs.currentWidget())
        if english:
            leftovers[window.sidebar.item(area).text()] = sorted(set(english))
    assert leftovers == {}, "\n".join(f"{area}: {items}" for area, items in leftovers.items())
    window.open_collaboration(chinese_book["deal"])  # the deal pane with its tabs, in the deals area
    QApplication.processEvents()
    deal_pane = window.stack.currentWidget()
    english = english_in(deal_pane)
    for tabs in deal_pane.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            english += english_in(tabs.currentWidget())
    assert english == [], english
    assert window.sidebar.item(1).text() == "KOL"
    assert "今日" in window.sidebar.item(0).text()


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.mark.parametrize(
    "action",
    [
        "new_action",
        "new_collaboration_action",
        "edit_action",
        "company_action",
        "preferences_action",
        "custom_fields_action",
    ],
)
def test_the_main_dialogs_speak_chinese(chinese_window, qtbot, action: str) -> None:
    window = chinese_window
    window.show_area(1)
    window.kols.select_kol(chinese_window.kols.model.index(0, 0).data(Qt.ItemDataRole.UserRole) or 1)
    qtbot.wait(50)
    getattr(window, action).trigger()
    qtbot.waitUntil(lambda: bool(_open_dialogs()), timeout=3000)
    dialog = _open_dialogs()[0]
    qtbot.wait(50)
    english = english_in(dialog)
    dialog.reject()
    assert english == [], "\n".join(map(str, english))


def test_the_import_export_and_backup_dialogs_speak_chinese(chinese_window, qtbot, monkeypatch) -> None:
    from kolcrm.ui import prompts

    monkeypatch.setattr(prompts, "ask_open_file", lambda *args, **kwargs: None)
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args, **kwargs: None)
    window = chinese_window
    file_menu = window.menuBar().actions()[0].menu()
    actions = []
    for action in file_menu.actions():
        if action.menu():
            actions += [sub for sub in action.menu().actions() if sub.text()]
        elif "导入" in action.text() or "备份" in action.text():
            actions.append(action)
    assert len(actions) >= 4
    leftovers = {}
    for action in actions:
        before = set(_open_dialogs())
        action.trigger()
        qtbot.wait(100)
        for dialog in set(_open_dialogs()) - before:
            english = english_in(dialog)
            if english:
                leftovers[action.text()] = english
            dialog.reject()
    assert leftovers == {}, "\n".join(f"{name}: {items}" for name, items in leftovers.items())


def test_a_core_validation_message_reaches_the_editor_in_chinese(chinese_window, qtbot) -> None:
    from kolcrm.ui.kols.editor import KolEditor

    editor = KolEditor(parent=chinese_window)
    qtbot.addWidget(editor)
    editor.show()
    type_text(qtbot, editor.fields["display_name"], "小鹿")
    type_text(qtbot, editor.fields["email"], "not-an-address")
    editor.save()  # the core's contact rule refuses the address
    error = editor.errors["email"]
    assert error.isVisibleTo(editor) and error.text()
    assert re.search("[\u4e00-\u9fff]", error.text()) and not english_words(error.text()), error.text()


def test_qt_own_buttons_say_cancel_in_chinese(chinese) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Open)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert any("取消" in text for text in texts)
    assert any("打开" in text for text in texts)


def test_preferences_switches_to_english_at_once_and_keeps_the_place(chinese_window, qtbot, monkeypatch) -> None:
    from kolcrm import app
    from kolcrm.ui.care.preferences import PreferencesDialog

    monkeypatch.delenv("KOLCRM_LANG")
    window = chinese_window
    window.show_area(2)  # 合作
    switched = []
    window.language_changed.connect(lambda chosen: switched.append(app.switch_language(window, chosen)))
    dialog = PreferencesDialog(window)
    dialog.language_changed.connect(window.language_changed)
    dialog.language.setCurrentIndex(dialog.language.findData(language.ENGLISH))
    dialog.save()
    assert switched, "saving another language rebuilds the window"
    new = switched[0]
    qtbot.addWidget(new)
    assert new.stack.currentIndex() == 2
    assert new.sidebar.item(1).text() == "KOLs"
    assert QCoreApplication.translate("Vocabulary", "Xiaohongshu") == "Xiaohongshu"
    assert language.stored_choice() == language.ENGLISH
    new.quiet_close = True


def test_pinyin_finds_a_chinese_name_from_the_search_box(chinese_window, qtbot) -> None:
    window = chinese_window
    window.show_area(1)
    for typed in ("zhuruoyi", "zry", "zhu ruo yi"):
        window.kols.filters.search.setText(typed)
        qtbot.waitUntil(lambda: window.kols.model.rowCount() == 1, timeout=3000)
        assert window.kols.model.index(0, 0).data() == "朱若怡" or "朱若怡" in str(window.kols.model.index(0, 1).data())
