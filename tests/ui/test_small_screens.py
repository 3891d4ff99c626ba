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


@pytest.mark.parametrize(
    "texts", [["All platforms", "Xiaohongshu"], ["全部平台", "小红书"], ["Fit for brand: Stride Sportswear"]]
)
def test_a_combo_painted_without_eliding_shows_its_whole_text(qtbot, texts):
    """The quick "clearly fits" estimate (no QStyle) never takes a text the exact room would cut for one that fits."""
    from kolcrm.ui.widgets.eliding_combo import ElidingComboBox

    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    combo.addItems(texts)
    seen = set()
    for width in range(40, 400, 7):
        combo.resize(width, 28)
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            fits = combo.clearly_fits()
            seen.add(fits)
            if fits:
                assert combo.shown_text() == combo.currentText()
    assert seen == {True, False}  # both ways of painting were tried


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


def _arrow_rows(header, column: int) -> tuple[int, int]:
    """Dark pixels above and below the middle of the arrow the header's style draws for `column`'s section."""
    image = QImage(18, 18, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, column)  # what the header hands its style when it paints the section
    option.rect = image.rect()
    option.palette.setColor(option.palette.ColorRole.Text, QColor("black"))
    option.palette.setColor(option.palette.ColorRole.ButtonText, QColor("black"))
    painter = QPainter(image)
    header.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter, header)
    painter.end()

    def dark(rows: range) -> int:
        return sum(image.pixelColor(x, y).lightness() < 160 for y in rows for x in range(18))

    centre = image.rect().center().y()  # the arrow is drawn about it: compare the rows above with those below
    return dark(range(0, centre)), dark(range(centre + 1, 18))


def test_the_sort_arrow_points_down_when_the_list_runs_from_the_most(qapp, main_window):
    for view in (main_window.kols.table, main_window.kols.frozen_names.view):
        header = view.horizontalHeader()
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # followers, the most first
        column = header.sortIndicatorSection()
        top, bottom = _arrow_rows(header, column)
        assert top > bottom  # wide at the top, narrowing to a tip below: ▼
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        top, bottom = _arrow_rows(header, column)
        assert bottom > top  # ▲
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)


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
