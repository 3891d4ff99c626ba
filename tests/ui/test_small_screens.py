"""The window on a small laptop screen (1024×700, and 1366×768, China's most common): it fits, the search box
stays usable, the names stay in sight when the list scrolls sideways, and the sort arrow tells the truth."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader

from kolcrm import language
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.ui import translators
from kolcrm.ui.main_window import AREA_TRASH
from kolcrm.ui.widgets.sort_arrows import HonestSortArrows


def _fill(count: int = 30) -> None:
    for number in range(count):
        kols.save_kol(
            KolRecord(
                display_name=f"达人{number:02d} Long Name For Width",
                city="上海",
                accounts=[AccountRecord("Xiaohongshu", f"kol_{number}", followers=1000 * (number + 1))],
            )
        )


@pytest.mark.parametrize("lang", [language.ENGLISH, language.CHINESE])
def test_every_area_fits_a_1024_by_640_screen(qtbot, gui_db, settings, lang):
    from kolcrm.ui.main_window import MainWindow

    _fill(3)
    translators.install_for_gui(lang)
    window = MainWindow(settings, database_path=gui_db)
    qtbot.addWidget(window)
    window.show()
    for area in range(AREA_TRASH + 1):  # every area built: the window's least size is the largest area's
        window.show_area(area)
    hint = window.minimumSizeHint()

    assert hint.width() <= 1024 and hint.height() <= 640, hint
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.width() == 1024 and window.height() == 700
    wide = []
    for area in range(AREA_TRASH + 1):  # and each area fits beside the sidebar: nothing to scroll sideways
        window.show_area(area)
        QApplication.processEvents()
        if window.area_scroller.horizontalScrollBar().maximum() > 0:
            wide.append((area, window.stack.currentWidget().minimumSizeHint().width()))
    assert wide == []


def test_at_1024_px_the_search_box_is_wide_and_the_filters_say_what_they_cut(qtbot, main_window):
    main_window.resize(1024, 700)
    main_window.show_area(1)
    qtbot.waitUntil(lambda: main_window.kols.filters.search.width() > 0)
    filters = main_window.kols.filters

    assert filters.search.width() >= 400  # was ~40 px: a row of its own now
    combo = filters.fit_brand
    if combo.fontMetrics().horizontalAdvance(combo.currentText()) > combo.width():
        assert combo.shown_text().endswith("…")  # elided, not cut under the arrow
    assert combo.toolTip() == combo.currentText()


def test_the_names_stay_in_sight_when_the_list_scrolls_sideways(qtbot, main_window):
    _fill()
    main_window.resize(1024, 700)
    main_window.kols.reload()
    table = main_window.kols.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 30)
    bar = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # ten columns are wider than the list at 1024 px

    bar.setValue(bar.maximum())

    frozen = main_window.kols.frozen_names.view
    assert frozen.isVisible()
    assert frozen.geometry().left() <= table.frameWidth() + 1
    assert frozen.width() == table.columnWidth(0)
    shown = [not frozen.isColumnHidden(column) for column in range(table.model().columnCount())]
    assert shown == [True] + [False] * (len(shown) - 1)
    first = frozen.indexAt(QPoint(2, 2))
    assert first.data() == table.model().index(0, 0).data()
    table.verticalScrollBar().setValue(5)
    assert frozen.verticalScrollBar().value() == 5  # the names scroll down with their rows


def test_a_click_on_the_frozen_name_header_sorts_by_name(qtbot, main_window):
    _fill(5)
    main_window.kols.reload()
    frozen = main_window.kols.frozen_names.view
    header = main_window.kols.table.horizontalHeader()

    frozen.horizontalHeader().sectionClicked.emit(0)

    assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert frozen.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def _arrow_rows(qapp, indicator: QStyleOptionHeader.SortIndicator) -> tuple[int, int]:
    """Dark pixels in the top and bottom thirds of the arrow as the style draws it."""
    image = QImage(18, 18, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionHeader()
    option.rect = image.rect()
    option.sortIndicator = indicator
    option.palette.setColor(option.palette.ColorRole.Text, QColor("black"))
    painter = QPainter(image)
    HonestSortArrows().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter)
    painter.end()

    def dark(rows: range) -> int:
        return sum(image.pixelColor(x, y).lightness() < 128 for y in rows for x in range(18))

    centre = image.rect().center().y()  # the arrow is drawn about it: compare the rows above with those below
    return dark(range(0, centre)), dark(range(centre + 1, 18))


def test_the_sort_arrow_points_down_when_the_list_runs_from_the_most(qapp, main_window):
    header = main_window.kols.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # followers, the most first
    assert isinstance(header.style(), HonestSortArrows)
    # QHeaderView says SortUp for a descending sort: the honest style draws it pointing down (wide top, narrow tip).
    top, bottom = _arrow_rows(qapp, QStyleOptionHeader.SortIndicator.SortUp)
    assert top > bottom
    top, bottom = _arrow_rows(qapp, QStyleOptionHeader.SortIndicator.SortDown)
    assert bottom > top


@pytest.mark.parametrize("lang", [language.ENGLISH, language.CHINESE])
def test_no_label_or_button_is_cut_at_1024_by_700(qtbot, gui_db, settings, lang):
    """Every visible one-line label and button of every area, on the demo book, has the width its text needs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from kolcrm.core.demo.kols import populate_demo
    from kolcrm.ui.main_window import MainWindow

    populate_demo(kols=40)
    translators.install_for_gui(lang)
    window = MainWindow(settings, database_path=gui_db)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    cut = []
    for area in range(AREA_TRASH + 1):
        window.show_area(area)
        for _ in range(20):
            QApplication.processEvents()
        page = window.stack.currentWidget()
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            one_line = not (isinstance(widget, QLabel) and widget.wordWrap())
            if not widget.isVisible() or not widget.text() or widget.text().startswith("<"):
                continue
            if one_line and widget.sizeHint().width() > widget.width() + 1:
                cut.append((area, widget.text()[:40], widget.sizeHint().width(), widget.width()))
            right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
            if right > window.width() and not _inside_a_scrolling_view(widget, page):
                cut.append((area, widget.text()[:40], "ends at", right))
    assert cut == []


def _inside_a_scrolling_view(widget, page) -> bool:
    """Within a table, a board or another view that scrolls its own content (what scrolls is not cut)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
