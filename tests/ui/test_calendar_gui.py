"""The Schedule's month calendar in the window: a deliverable on its day, dropped on another day (its due date moves,
the calendar redraws), the warning when it now falls after the deal, and a double-click opening the deal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from kolcrm.core import clock
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.vocabulary import Stage
from kolcrm.ui.care.month_calendar import MIME
from kolcrm.ui.main_window import AREA_SCHEDULE


def test_dragging_a_deliverable_to_another_day_moves_its_due_date(main_window, monkeypatch):
    today = date(2026, 11, 2)
    monkeypatch.setattr(clock, "today", lambda: today)
    kol = save_kol(KolRecord(display_name="小鹿"))
    deal = collaborations.save_collaboration(
        CollaborationRecord(brand_id=save_brand(BrandRecord(name="花西子")), kol_id=kol, title="双11 口红",
                            stage=Stage.CONTRACTED, requested_fee=Decimal(9000), agreed_fee=Decimal(9000),
                            start_on=today, end_on=date(2026, 11, 20),
                            deliverables=[DeliverableRecord("Douyin", due_on=date(2026, 11, 10))]),
    )  # fmt: skip
    main_window.show_area(AREA_SCHEDULE)
    view = main_window.schedule
    view.calendar_button.click()
    calendar = view.calendar
    assert view.pages.currentWidget() is calendar and calendar.title.text() == "2026-11"
    assert calendar.entries_on(date(2026, 11, 10)) == ["小鹿 · Douyin · 双11 口红"]
    assert any(text.startswith("Double 11") for text in calendar.entries_on(date(2026, 11, 11)))

    target = next(cell for cell in calendar.cells if cell.day == date(2026, 11, 14))
    item = collaborations.get_collaboration(deal).deliverables[0].id
    mime = QMimeData()
    mime.setData(MIME, QByteArray(str(item).encode()))
    target.dropEvent(
        QDropEvent(
            QPointF(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
    assert collaborations.get_collaboration(deal).deliverables[0].due_on == date(2026, 11, 14)
    assert calendar.entries_on(date(2026, 11, 10)) == [] and calendar.entries_on(date(2026, 11, 14))

    assert calendar.move(item, date(2026, 11, 25))
    assert "after the deal ends" in calendar.note.text()
    opened: list[int] = []
    calendar.open_collaboration_requested.connect(opened.append)
    cell = next(cell for cell in calendar.cells if cell.day == date(2026, 11, 25))
    cell.itemDoubleClicked.emit(cell.item(0))
    assert opened == [deal]
    calendar.next_button.click()
    assert calendar.title.text() == "2026-12"
