"""Exclusivity conflicts in the window: dropping a card into Contracted asks first, naming the other brand's deal and
window (No leaves the card where it was); the Schedule's windows view lists every window with its conflict."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kolcrm.core import clock
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.vocabulary import Stage
from kolcrm.ui import prompts
from kolcrm.ui.main_window import AREA_SCHEDULE

TODAY = date.today()


def _deal(brand: int, kol: int, title: str, stage: Stage, category: str = "") -> int:
    return collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand, kol_id=kol, title=title, stage=stage, requested_fee=Decimal(8000), agreed_fee=Decimal(8000),
            start_on=TODAY + timedelta(days=10), end_on=TODAY + timedelta(days=20), exclusivity_category=category,
            exclusivity_days_before=5, exclusivity_days_after=10, deliverables=[DeliverableRecord("Douyin")],
        ),
        confirmed_conflicts=True,
    )  # fmt: skip


@pytest.fixture
def pair(gui_db):
    kol = save_kol(KolRecord(display_name="小鹿"))
    signed = _deal(save_brand(BrandRecord(name="花西子")), kol, "口红专场", Stage.CONTRACTED, "彩妆")
    rival = _deal(save_brand(BrandRecord(name="完美日记", categories=["彩妆"])), kol, "粉底种草", Stage.NEGOTIATING)
    return signed, rival


def test_a_drop_into_contracted_asks_about_the_conflict_and_no_leaves_the_card(collab_area, pair, monkeypatch):
    _signed, rival = pair
    collab_area.load()
    asked: list[tuple[str, str]] = []
    answer = [False]
    monkeypatch.setattr(prompts, "confirm", lambda _p, title, text, *_a: asked.append((title, text)) or answer[0])

    assert collab_area.board.move_card(rival, Stage.CONTRACTED) is False
    assert asked[0][0] == "Exclusivity conflict"
    assert "小鹿 is exclusive to 花西子 for “彩妆”" in asked[0][1] and "口红专场" in asked[0][1]
    assert collaborations.get_collaboration(rival).stage is Stage.NEGOTIATING
    assert rival in collab_area.board.card_ids(Stage.NEGOTIATING)

    answer[0] = True
    assert collab_area.board.move_card(rival, Stage.CONTRACTED) is True
    assert collaborations.get_collaboration(rival).stage is Stage.CONTRACTED


def test_the_schedule_lists_every_window_and_marks_the_conflict(main_window, pair, qtbot):
    signed, rival = pair
    main_window.show_area(AREA_SCHEDULE)
    view = main_window.schedule
    view.windows_button.click()
    assert view.pages.currentWidget() is view.windows
    assert view.count_label.text() == "1 exclusivity window · 1 conflict"
    tree = view.windows.tree
    category = tree.topLevelItem(0)
    assert category.text(0) == "彩妆" and category.childCount() == 1
    row = category.child(0)
    start = (TODAY + timedelta(days=5)).isoformat()
    assert [row.text(c) for c in range(5)] == [
        "小鹿",
        "花西子",
        "口红专场",
        start,
        (TODAY + timedelta(days=30)).isoformat(),
    ]
    assert row.text(5) == "⚠ 完美日记 “粉底种草”"
    opened: list[int] = []
    view.open_collaboration_requested.connect(opened.append)
    tree.itemDoubleClicked.emit(row, 0)
    assert opened == [signed]
    view.week_button.click()
    assert view.pages.currentWidget() is not view.windows
    assert clock.today() == TODAY and rival
