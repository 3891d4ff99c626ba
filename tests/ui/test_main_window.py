"""The window as a whole: trash area, persisted layout, fonts, the lazy model, start-up errors."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from kolcrm.app import install_cjk_font, run_app
from kolcrm.core.demo import kols as demo
from kolcrm.core.kols import service as kols
from kolcrm.core.kols import trash
from kolcrm.core.kols.list_query import PAGE_SIZE, KolFilter, fetch_page
from kolcrm.core.store import pinyin
from kolcrm.ui import prompts
from kolcrm.ui.kols.list_model import KolListModel
from kolcrm.ui.main_window import AREA_TRASH


def test_sidebar_offers_only_working_areas(main_window):
    labels = [main_window.sidebar.item(i).text() for i in range(main_window.sidebar.count())]
    assert labels == [
        "Today",
        "KOLs",
        "Collaborations",
        "Campaigns",
        "Dashboard",
        "Schedule",
        "Gifts & perks",
        "Brands",
        "Agencies",
        "Trash",
    ]


def test_trash_area_restores_and_empties_after_confirmation(qtbot, main_window, monkeypatch):
    demo.populate_demo(5)
    main_window.kols.reload()
    first, second = main_window.kols.model.kol_id_at(0), main_window.kols.model.kol_id_at(1)
    trash.trash_kols([first, second])
    main_window.show_area(AREA_TRASH)
    area = main_window.trash
    assert area.items.count() == 2

    area.items.item(0).setSelected(True)
    restored_id = area.items.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(area.restore_button, Qt.MouseButton.LeftButton)
    assert area.items.count() == 1
    assert main_window.kols.model.row_of(restored_id) is not None

    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: False)
    qtbot.mouseClick(area.empty_button, Qt.MouseButton.LeftButton)
    assert len(trash.trashed_kols()) == 1, "cancelling the confirmation erases nothing"

    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: asked.append(args[2]) or True)
    qtbot.mouseClick(area.empty_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in asked[0]
    assert trash.trashed_kols() == []
    assert area.items.count() == 0
    assert main_window.sidebar.item(AREA_TRASH).text() == "Trash"


def test_window_geometry_and_columns_persist(qtbot, gui_db, settings):
    from kolcrm.ui.main_window import MainWindow

    first = MainWindow(settings, database_path=gui_db)
    qtbot.addWidget(first)
    first.resize(first.minimumSizeHint().width(), 520)  # the offscreen screen is only 800 px wide
    first.kols.table.setColumnWidth(2, 222)
    first.show()
    first.close()

    second = MainWindow(settings, database_path=gui_db)
    qtbot.addWidget(second)
    assert second.kols.table.columnWidth(2) == 222
    assert second.height() == 520


def test_bundled_cjk_font_is_registered_and_covers_chinese(qapp):
    family = install_cjk_font(qapp)
    assert family
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
    assert family in QApplication.font().families()
    assert QApplication.font().families()[-1] == "Noto Emoji", "emoji in names draw on a desktop without an emoji font"
    assert QFontMetrics(QApplication.font()).inFontUcs4(ord("🦌"))


def test_list_model_is_a_well_behaved_qt_model(qtmodeltester, gui_db):
    demo.populate_demo(450)
    model = KolListModel()
    model.reload()
    assert model.rowCount() == 200, "the first page only, never all rows"
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    qtmodeltester.check(model)

    filtered = KolListModel()
    filtered.set_filter(KolFilter(status="active"))
    active = kols.database.execute_sql("SELECT count(*) FROM kol WHERE status='active' AND deleted_at IS NULL")
    assert filtered.total == active.fetchone()[0]
    assert {filtered.index(r, 6).data() for r in range(filtered.rowCount())} == {"Active"}


def test_sorting_by_clicking_a_header_orders_rows(qtbot, main_window):
    demo.populate_demo(30)
    main_window.kols.reload()
    model = main_window.kols.model
    header = main_window.kols.table.horizontalHeader()
    name_header = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    first = [model.index(r, 0).data() for r in range(model.rowCount())]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    second = [model.index(r, 0).data() for r in range(model.rowCount())]
    in_pinyin_order = sorted(first, key=pinyin.sort_key)  # 阿花, Amy, 白雪, bob…: as a Chinese list sorts names
    assert {tuple(first), tuple(second)} == {tuple(in_pinyin_order), tuple(in_pinyin_order[::-1])}


def test_start_up_on_a_file_that_is_not_a_database_shows_a_dialog(tmp_path, monkeypatch, qapp):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("这不是数据库", encoding="utf-8")
    shown = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    assert run_app(bogus) == 2
    assert "not a kolcrm database" in shown[0]
    assert bogus.read_text(encoding="utf-8") == "这不是数据库"


def test_a_long_gui_session_survives_many_void_calls():
    """PySide6 6.12.0 on Python 3.11 aborts after a few thousand void calls (TRAPS.md): prove ours doesn't."""
    script = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for i in range(20000):
            label.setText(str(i))
            label.update()
            label.property("missing")  # an invalid QVariant comes back as None
        print("survived")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_the_first_rows_paint_before_the_pane_the_count_and_the_trash_are_filled(qtbot, gui_db, settings):
    """Start-up order: the list's rows first; the pane, the "N KOLs" count and the trash's count right after."""
    from kolcrm.ui.main_window import MainWindow

    demo.populate_demo(kols=PAGE_SIZE + 30)  # more than one page: the count needs its own query
    trash.trash_kols([fetch_page(KolFilter(), limit=1)[0].id])
    window = MainWindow(settings, database_path=gui_db)
    qtbot.addWidget(window)
    area = window.kols
    assert area._detail is None and not area.model.total_known  # nothing of them built or counted before the paint
    assert window.sidebar.item(AREA_TRASH).text() == "Trash"
    window.show()

    qtbot.waitUntil(lambda: area.model.total_known and area._detail is not None, timeout=3000)
    assert area.count_label.text() == f"{PAGE_SIZE + 29} KOLs"
    assert area.detail.kol_id == area.current_kol_id() is not None
    qtbot.waitUntil(lambda: window.sidebar.item(AREA_TRASH).text() == "Trash (1)")


def test_a_plain_book_opens_without_loading_sqlcipher(gui_db):
    """SQLCipher is loaded for an encrypted file only (its import is start-up time for everyone else)."""
    script = textwrap.dedent(
        f"""
        import sys
        from kolcrm.core.store.db import open_database
        open_database({str(gui_db)!r})
        from kolcrm.core.kols import list_query
        list_query.count(list_query.KolFilter())
        print("loaded" if "sqlcipher3" in sys.modules else "not loaded")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "not loaded"


def test_the_window_and_the_kol_pane_load_no_pdf_or_contract_library(gui_db):
    """The contract machinery (reportlab, QtPdf) loads when a contract is drafted or previewed, not with the list
    or its pane: a files panel importing the preview once cost 13 MiB and 50 ms of every start."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        f"""
        import os, sys, tempfile
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from kolcrm.app import create_application
        from kolcrm.core.store.db import open_database
        app = create_application([sys.argv[0]])
        path = open_database({str(gui_db)!r})
        from kolcrm.ui.main_window import MainWindow
        window = MainWindow(QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat), path)
        window.show()
        app.processEvents()
        window.kols.detail  # built after the first paint
        print(sorted(m for m in ("reportlab", "PySide6.QtPdf", "kolcrm.contracts.service") if m in sys.modules))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"
