"""Relationship care in the window: Today's reminders, the gifts & perks ledger, the schedule of deliverables."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.care import gifts, perks, reminders, scheduling
from kolcrm.core.care.records import BlackoutPeriod, GiftRecord, PerkRecord, SchedulingRecord
from kolcrm.core.clock import pinned
from kolcrm.core.collaborations import deliverables, payments
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.vocabulary import ApprovalState, GiftKind, Occasion, PerkKind, Platform, Priority, ReminderKind, Stage
from kolcrm.ui.care.schedule import BLACKOUT_SHADE, KOL, LEAD, MONTH
from kolcrm.ui.care.today import OVERDUE_COLOUR, SUBJECT
from kolcrm.ui.main_window import AREA_COLLABORATIONS, AREA_GIFTS, AREA_KOLS, AREA_SCHEDULE, AREA_TODAY

TODAY = date.today()


def a_kol(name: str) -> int:
    from kolcrm.core.kols import service as kols

    return kols.save_kol(KolRecord(display_name=name))


def a_brand(name: str = "花西子") -> int:
    return brands.save_brand(BrandRecord(name=name))


def completed_deal(kol: int, brand: int, completed_days_ago: int = 10, title: str = "春季精华液") -> int:
    """A deal taken all the way: reviewed, labelled, published, paid, completed `completed_days_ago` days ago."""
    due = TODAY - timedelta(days=completed_days_ago + 25)  # results read at T+7 and T+21 are both behind us
    deal = collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title=title,
            stage=Stage.IN_PRODUCTION,
            start_on=due - timedelta(days=20),
            end_on=due + timedelta(days=2),
            requested_fee=Decimal(30000),
            agreed_fee=Decimal(30000),
            deliverables=[DeliverableRecord(platform=Platform.DOUYIN, due_on=due)],
            payments=[PaymentRecord(Decimal(30000), due_on=due)],
        )
    )
    record = collaborations.get_collaboration(deal)
    item = record.deliverables[0].id or 0
    deliverables.review_step(item, ApprovalState.SUBMITTED, "KOL")
    deliverables.review_step(item, ApprovalState.APPROVED, "Anna Wu")
    deliverables.set_disclosure(item, True, "广告")
    deliverables.publish(item, due, "https://v.douyin.com/1")
    payments.mark_paid(record.payments[0].id or 0, due)
    # Its results were captured today, so no "capture the T+7 results" reminder joins the thank-you.
    from kolcrm.core.campaigns import metrics
    from kolcrm.core.campaigns.records import MetricCapture

    metrics.add_capture(MetricCapture(item, TODAY, views=1000))
    collaborations.move_stage(deal, Stage.PUBLISHED)
    with pinned(datetime.combine(TODAY - timedelta(days=completed_days_ago), time(10))):
        collaborations.move_stage(deal, Stage.COMPLETED)
    return deal


def contracted_deal(kol: int, brand: int, title: str, due: date) -> int:
    return collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title=title,
            stage=Stage.CONTRACTED,
            start_on=TODAY,
            end_on=due + timedelta(days=5),
            requested_fee=Decimal(10000),
            agreed_fee=Decimal(10000),
            deliverables=[DeliverableRecord(platform=Platform.DOUYIN, due_on=due)],
            payments=[PaymentRecord(Decimal(10000), due_on=due + timedelta(days=30))],
        )
    )


def double_click(qtbot, view, rect) -> None:
    """A user's double-click on a row (QTest's double-click alone is not one: the view saw no first press)."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def badge(window) -> str:
    return window.sidebar.item(AREA_TODAY).text()


# -- Today ---------------------------------------------------------------------------------------------------
def test_a_thank_you_due_is_marked_done_from_today_and_undone_with_ctrl_z(qtbot, main_window):
    deal = completed_deal(a_kol("李佳琦"), a_brand())
    main_window.show_area(AREA_TODAY)
    today = main_window.today
    group = today.group_item(ReminderKind.THANK_YOU)
    assert group is not None and group.text(0) == "Thank-yous due (1)"
    row = group.child(0)
    assert row.text(0) == "3 days overdue" and "李佳琦" in row.text(SUBJECT)
    assert row.foreground(0).color() == OVERDUE_COLOUR
    assert badge(main_window) == "Today (1)"
    reminder_id = row.data(0, Qt.ItemDataRole.UserRole + 1)
    assert collaborations.get_collaboration(deal).stage is Stage.COMPLETED

    qtbot.mouseClick(today.action_buttons(reminder_id)["done"], Qt.MouseButton.LeftButton)
    assert today.group_item(ReminderKind.THANK_YOU) is None
    assert today.pages.currentWidget() is today.empty and "Nothing is due" in today.empty.text()
    assert badge(main_window) == "Today"

    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert today.reminder_item(reminder_id) is not None
    assert badge(main_window) == "Today (1)"
    today.load()  # the rules run again: a reopened reminder is not duplicated
    assert today.group_item(ReminderKind.THANK_YOU).childCount() == 1


def test_snoozing_hides_a_reminder_until_that_day(qtbot, main_window):
    completed_deal(a_kol("李佳琦"), a_brand())
    main_window.show_area(AREA_TODAY)
    today = main_window.today
    reminder_id = today.group_item(ReminderKind.THANK_YOU).child(0).data(0, Qt.ItemDataRole.UserRole + 1)

    snooze = today.action_buttons(reminder_id)["snooze"]
    week = next(a for a in snooze.menu().actions() if a.text() == "For a week")
    week.trigger()
    assert today.reminder_item(reminder_id) is None
    assert badge(main_window) == "Today"

    today.load(TODAY + timedelta(days=6))
    assert today.reminder_item(reminder_id) is None
    today.load(TODAY + timedelta(days=7))
    assert today.reminder_item(reminder_id) is not None


def test_a_gift_for_the_deal_clears_its_thank_you_reminder(qtbot, main_window):
    kol = a_kol("李佳琦")
    deal = completed_deal(kol, a_brand())
    main_window.show_area(AREA_TODAY)
    assert main_window.today.group_item(ReminderKind.THANK_YOU) is not None
    assert badge(main_window) == "Today (1)"

    gifts.save_gift(
        GiftRecord(kol, GiftKind.THANK_YOU_NOTE, Occasion.AFTER_COLLABORATION, collaboration_id=deal, sent_on=TODAY)
    )
    main_window.care_changed()
    assert main_window.today.group_item(ReminderKind.THANK_YOU) is None
    assert badge(main_window) == "Today"


def test_the_badge_is_counted_after_the_window_shows_and_reminders_open_their_kol_and_deal(qtbot, gui_db, settings):
    from kolcrm.ui.main_window import MainWindow

    kol = a_kol("李佳琦")
    deal = completed_deal(kol, a_brand())
    window = MainWindow(settings, database_path=gui_db)
    qtbot.addWidget(window)
    assert badge(window) == "Today", "nothing is counted while the window is built"
    assert window._today is None and window.stack.currentIndex() == AREA_KOLS
    window.show()
    qtbot.waitUntil(lambda: badge(window) == "Today (1)")

    window.show_area(AREA_TODAY)
    reminder_id = window.today.group_item(ReminderKind.THANK_YOU).child(0).data(0, Qt.ItemDataRole.UserRole + 1)
    qtbot.mouseClick(window.today.action_buttons(reminder_id)["deal"], Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == AREA_COLLABORATIONS
    assert window.collaborations.current_collaboration_id() == deal
    window.show_area(AREA_TODAY)
    qtbot.mouseClick(window.today.action_buttons(reminder_id)["kol"], Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == AREA_KOLS
    qtbot.waitUntil(lambda: window.kols.detail.kol_id == kol)


def test_ctrl_1_opens_today_and_a_task_is_added_for_a_kol(qtbot, main_window):
    kol = a_kol("Momo")
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.stack.currentIndex() == AREA_TODAY
    today = main_window.today
    assert today.pages.currentWidget() is today.empty

    dialog = today.add_task()
    dialog.save()
    assert dialog.isVisible() and dialog.problem.text() == "Say what to do"
    qtbot.keyClicks(dialog.subject, "Send the autumn brief")
    qtbot.keyClicks(dialog.kol, "Nobody")
    dialog.save()
    assert dialog.isVisible() and "No KOL" in dialog.problem.text()
    dialog.kol.setText("Momo")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)

    group = today.group_item(ReminderKind.TASK)
    assert group is not None and group.child(0).text(SUBJECT) == "Send the autumn brief"
    assert [r.subject for r in reminders.for_kol(kol)] == ["Send the autumn brief"]
    assert badge(main_window) == "Today (1)"


def test_reminders_coming_this_week_are_set_apart_and_not_counted(qtbot, main_window):
    reminders.add_task(TODAY + timedelta(days=3), "Prepare the Double 12 brief")
    reminders.add_task(TODAY, "Call the agency")
    main_window.show_area(AREA_TODAY)
    today = main_window.today
    now, coming = today.group_item(ReminderKind.TASK), today.group_item(ReminderKind.TASK, upcoming=True)
    assert now.child(0).text(SUBJECT) == "Call the agency" and now.child(0).text(0) == "Today"
    assert coming.child(0).text(SUBJECT) == "Prepare the Double 12 brief" and coming.child(0).text(0) == "in 3 days"
    assert badge(main_window) == "Today (1)"


def test_a_birthday_five_days_away_is_listed_this_week_with_its_own_date(qtbot, main_window):
    from kolcrm.core.care.horizons import Horizon
    from kolcrm.core.kols import service as kols

    day = TODAY + timedelta(days=5)
    kols.save_kol(KolRecord(display_name="周雨子", birthday=date(1995, day.month, day.day)))
    main_window.show_area(AREA_TODAY)
    today = main_window.today
    assert today.group_item(ReminderKind.BIRTHDAY) is None  # nothing about the birthday is under Today
    group = today.group_item(ReminderKind.BIRTHDAY, upcoming=True)
    row = group.child(0)
    assert "周雨子" in row.text(SUBJECT) and row.text(0) == "in 5 days"
    assert today.listed_under(row.data(0, Qt.ItemDataRole.UserRole + 1)) is Horizon.THIS_WEEK
    assert "Coming up this week" in "".join(
        today.tree.topLevelItem(i).text(0) for i in range(today.tree.topLevelItemCount())
    )


# -- Gifts & perks -------------------------------------------------------------------------------------------
def test_perks_received_change_the_totals(qtbot, main_window):
    kol = a_kol("李佳琦")
    gifts.save_gift(
        GiftRecord(kol, GiftKind.GIFT, Occasion.MID_AUTUMN, "Mooncake box 月饼礼盒", Decimal(680), sent_on=TODAY)
    )
    main_window.show_area(AREA_GIFTS)
    area = main_window.gifts
    assert area.gifts_total.text() == "¥680" and area.perks_total.text() == "¥0"

    perks.save_perk(PerkRecord(kol, PerkKind.FREE_WEIBO_STORY, TODAY, Decimal(500), note="After the launch"))
    main_window.care_changed()
    assert area.perks_total.text() == "¥500"
    assert area.perk_table.rowCount() == 1 and area.perk_table.item(0, 3).text() == "¥500"


def test_year_and_occasion_filters_narrow_the_gifts_and_a_row_opens_its_kol(qtbot, main_window):
    first, second = a_kol("李佳琦"), a_kol("美妆小鹿")
    gifts.save_gift(
        GiftRecord(first, GiftKind.GIFT, Occasion.MID_AUTUMN, "Mooncake box", Decimal(680), sent_on=date(2025, 9, 20))
    )
    gifts.save_gift(
        GiftRecord(
            second, GiftKind.RED_ENVELOPE, Occasion.SPRING_FESTIVAL, "红包", Decimal(888), sent_on=date(2026, 2, 1)
        )
    )
    gifts.save_gift(
        GiftRecord(second, GiftKind.GIFT, Occasion.MID_AUTUMN, "Tea", Decimal(300), sent_on=date(2026, 9, 20))
    )
    perks.save_perk(PerkRecord(first, PerkKind.EXTRA_CONTENT, date(2025, 10, 1), Decimal(2000)))
    main_window.show_area(AREA_GIFTS)
    area = main_window.gifts
    assert [area.year.itemText(i) for i in range(area.year.count())] == ["All years", "2026", "2025"]
    assert area.gift_table.rowCount() == 3 and area.gifts_total.text() == "¥1,868"

    area.year.setCurrentIndex(area.year.findData(2025))
    assert area.gift_table.rowCount() == 1 and area.gift_table.item(0, 4).text() == "Mooncake box"
    assert area.perk_table.rowCount() == 1 and area.perks_total.text() == "¥2,000"
    area.year.setCurrentIndex(area.year.findData(2026))
    assert area.perk_table.rowCount() == 0 and area.perks_total.text() == "¥0"
    area.occasion.setCurrentIndex(area.occasion.findData(str(Occasion.SPRING_FESTIVAL)))
    assert area.gift_table.rowCount() == 1 and area.gift_table.item(0, 1).text() == "美妆小鹿"
    assert area.gifts_total.text() == "¥888"

    rect = area.gift_table.visualItemRect(area.gift_table.item(0, 1))
    double_click(qtbot, area.gift_table, rect)
    assert main_window.stack.currentIndex() == AREA_KOLS
    qtbot.waitUntil(lambda: main_window.kols.detail.kol_id == second)


# -- Schedule ------------------------------------------------------------------------------------------------
def test_schedule_puts_first_call_kols_first_and_shades_blackouts(qtbot, main_window):
    brand = a_brand()
    standard, first_call = a_kol("Alpha"), a_kol("Zed")
    due = TODAY + timedelta(days=3)
    contracted_deal(standard, brand, "Standard deal", due)
    priority_deal = contracted_deal(first_call, brand, "Priority deal", due)
    contracted_deal(standard, brand, "Later deal", TODAY + timedelta(days=20))
    scheduling.save_scheduling(
        first_call,
        SchedulingRecord(
            Priority.FIRST_CALL, 14, [BlackoutPeriod(due, due + timedelta(days=8), "Double 11 fully booked")]
        ),
    )
    main_window.show_area(AREA_SCHEDULE)
    view = main_window.schedule
    rows = view.row_items()
    assert [row.text(KOL) for row in rows] == ["Zed", "Alpha"], "first call before standard, not by name"
    assert rows[0].background(KOL).color() == QColor(BLACKOUT_SHADE)
    assert "Double 11 fully booked" in rows[0].toolTip(KOL)
    assert rows[1].background(KOL).style() == Qt.BrushStyle.NoBrush
    assert rows[0].text(LEAD).startswith("⚠") and rows[1].text(LEAD) == "—"

    qtbot.mouseClick(view.month_button, Qt.MouseButton.LeftButton)
    assert view.days == MONTH
    assert [row.text(KOL) for row in view.row_items()] == ["Zed", "Alpha", "Alpha"]

    first = view.row_items()[0]
    rect = view.tree.visualItemRect(first)
    double_click(qtbot, view.tree, rect)
    assert main_window.stack.currentIndex() == AREA_COLLABORATIONS
    assert main_window.collaborations.current_collaboration_id() == priority_deal


def test_preferences_change_when_a_thank_you_is_due(qtbot, main_window):
    from kolcrm.core.store import settings
    from kolcrm.ui.care.preferences import PreferencesDialog

    main_window.preferences_action.trigger()
    dialog = next(w for w in main_window.findChildren(PreferencesDialog) if w.isVisible())
    assert dialog.thank_you_days.value() == 7
    dialog.thank_you_days.setValue(3)
    dialog.save()
    assert settings.get_int("thank_you_days") == 3
    assert not dialog.isVisible()
