"""What a new user tripped on in the KOL list and the menus: a search that finds nothing says so, a new KOL hidden
by the old search is shown in the list too, deleting signed deals asks first and says how to undo, and the View
and Help menus hold what people look for there."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest

from kolcrm import __version__
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import service as deals
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.vocabulary import Platform, Stage
from kolcrm.ui import help_dialogs, prompts
from kolcrm.ui.main_window import AREA_COLLABORATIONS, AREA_KOLS, AREA_TODAY, AREA_TRASH


def _kol(name: str, handle: str) -> int:
    return kols.save_kol(KolRecord(display_name=name, accounts=[AccountRecord("Xiaohongshu", handle, followers=900)]))


def _search(qtbot, window, text: str) -> None:
    window.kols.filters.search.setText(text)
    window.kols.filters.apply_now()
    qtbot.waitUntil(lambda: window.kols.model.kol_filter.text == text)


def test_a_search_that_finds_nothing_says_so_and_esc_brings_everyone_back(qtbot, main_window):
    _kol("林小美", "linxiaomei_xhs")
    main_window.kols.reload()
    notice = main_window.kols.empty_notice.label

    _search(qtbot, main_window, "@linxiaomei_xhs")  # the @ people type before a handle
    assert main_window.kols.model.rowCount() == 1 and not notice.isVisible()

    _search(qtbot, main_window, "zz")
    qtbot.waitUntil(notice.isVisible)
    assert "No KOL matches “zz”" in notice.text()
    assert "start of a word" in notice.text()  # why two letters found nothing inside words

    QTest.keyClick(main_window.kols.filters.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: main_window.kols.model.rowCount() == 1)
    assert main_window.kols.filters.search.text() == "" and not notice.isVisible()


def test_an_empty_book_says_how_to_start(qtbot, main_window):
    notice = main_window.kols.empty_notice.label
    qtbot.waitUntil(notice.isVisible)
    assert "Ctrl+N" in notice.text() and "Ctrl+I" in notice.text()


def test_a_new_kol_hidden_by_the_old_search_clears_it_and_shows_in_the_list(qtbot, main_window):
    _kol("林小美", "linxiaomei_xhs")
    main_window.kols.reload()
    _search(qtbot, main_window, "林小美")
    new_id = _kol("新人小鹿", "xiaolu_new")

    main_window.kols._after_create(new_id)  # what saving the editor calls

    qtbot.waitUntil(lambda: main_window.kols.current_kol_id() == new_id)
    assert main_window.kols.filters.search.text() == ""
    assert main_window.kols.model.rowCount() == 2
    assert "cleared" in main_window.statusBar().currentMessage()


def test_deleting_a_kol_with_a_signed_deal_asks_first_and_says_how_to_undo(qtbot, main_window, monkeypatch):
    kol_id = _kol("合作中达人", "signed_kol")
    brand = brands.save_brand(BrandRecord(name="Stride Sportswear"))
    due = date.today() + timedelta(days=20)
    deals.save_collaboration(
        CollaborationRecord(
            kol_id=kol_id, brand_id=brand, title="春季新品", stage=Stage.CONTRACTED,
            requested_fee=Decimal(30000), agreed_fee=Decimal(30000),
            start_on=due - timedelta(days=20), end_on=due + timedelta(days=2),
            deliverables=[DeliverableRecord(platform=Platform.XIAOHONGSHU, due_on=due)],
            payments=[PaymentRecord(Decimal(30000), due_on=due)],
        )
    )  # fmt: skip
    main_window.kols.reload(select=kol_id)
    asked: list[str] = []
    answer = [False]

    def confirm(_parent, _title, text, _action=None):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(prompts, "confirm", confirm)
    main_window.kols.trash_selected()
    assert "春季新品" in asked[0] and "Contracted" in asked[0]
    assert main_window.kols.model.row_of(kol_id) is not None  # "Cancel": nothing moved

    answer[0] = True
    main_window.kols.trash_selected()
    qtbot.waitUntil(lambda: main_window.kols.model.row_of(kol_id) is None)
    assert (
        main_window.statusBar().currentMessage()
        == "Moved 1 KOL to the trash. Ctrl+Z brings it back; so does the Trash."
    )
    assert main_window.database_label.text().startswith("Database:")  # the path stays beside the hint
    main_window.undo_stack.undo()
    qtbot.waitUntil(lambda: main_window.kols.model.row_of(kol_id) is not None)


def test_deleting_a_kol_without_signed_deals_asks_nothing(qtbot, main_window, monkeypatch):
    kol_id = _kol("意向达人", "prospect_kol")
    main_window.kols.reload(select=kol_id)
    monkeypatch.setattr(prompts, "confirm", lambda *_args: (_ for _ in ()).throw(AssertionError("asked")))
    main_window.kols.trash_selected()
    qtbot.waitUntil(lambda: main_window.kols.model.row_of(kol_id) is None)


def test_view_holds_every_area_on_ctrl_1_to_9_and_0(qtbot, main_window):
    assert len(main_window.area_actions) == AREA_TRASH + 1
    assert [a.shortcut().toString() for a in main_window.area_actions] == [f"Ctrl+{n % 10}" for n in range(1, 11)]
    QTest.keyClick(main_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert main_window.stack.currentIndex() == AREA_TRASH
    QTest.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.stack.currentIndex() == AREA_COLLABORATIONS
    QTest.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.stack.currentIndex() == AREA_KOLS
    main_window.area_actions[AREA_TODAY].trigger()
    assert main_window.stack.currentIndex() == AREA_TODAY


def test_help_lists_the_shortcuts_from_the_menus_themselves(qtbot, main_window):
    dialog = help_dialogs.ShortcutsDialog(main_window)
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())
    }
    assert rows["Ctrl+N"] == "New KOL…"
    assert rows["Ctrl+5"] == "Dashboard"
    assert rows["F1"] == "Keyboard shortcuts"
    assert "Esc" in rows and "Clear the search" in rows["Esc"]
    # Help to read, a separator, things to do: by position, so the Chinese menu has it too.
    assert [action.isSeparator() for action in main_window.help_menu.actions()] == [False, False, True] + [False] * 3
    texts = [action.text() for action in main_window.help_menu.actions()]
    assert "&User guide" in texts and "&Report a problem…" in texts and "Open the &data folder" in texts


def test_shortcut_names_read_without_their_mnemonics_in_both_languages():
    assert help_dialogs.without_mnemonic("&New KOL…") == "New KOL…"
    assert help_dialogs.without_mnemonic("新建 KOL(&N)…") == "新建 KOL…"
    assert help_dialogs.without_mnemonic("&Gifts && perks") == "Gifts & perks"


def test_the_problem_report_names_versions_and_no_kol_data(qtbot, main_window):
    kols.save_kol(KolRecord(display_name="秘密达人"))
    dialog = help_dialogs.ProblemReportDialog(main_window, main_window.database_path)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"kolcrm {__version__}" in text and "Qt " in text and "Python " in text
    assert "秘密达人" not in text and str(main_window.database_path.parent) not in text


def test_the_data_folder_without_a_file_manager_is_told_and_copied(qtbot, main_window, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: told.append(text))

    assert not help_dialogs.open_data_folder(main_window, main_window.database_path)

    folder = str(main_window.database_path.parent)
    assert folder in told[0]
    assert QGuiApplication.clipboard().text() == folder


def test_the_user_guide_opens_offline_with_the_readme(qtbot, main_window):
    dialog = help_dialogs.GuideDialog(main_window)
    qtbot.addWidget(dialog)
    assert "kolcrm" in dialog.browser.toPlainText()
    assert "Shortcuts" in dialog.browser.toPlainText()
