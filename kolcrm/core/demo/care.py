"""Demo relationship care, so every care view has content: gifts and thank-yous, perks, priorities, risks, tasks.

Built through the same services as the GUI, on the KOLs and deals demo_deals created.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kolcrm.core import clock
from kolcrm.core.care import gifts, perks, reminders, risks, scheduling
from kolcrm.core.care.records import BlackoutPeriod, GiftRecord, PerkRecord, RiskRecord, SchedulingRecord
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import GiftKind, Occasion, PerkKind, Priority, RiskCategory


def add_demo_care(today: date | None = None) -> None:
    today = today or clock.today()
    kol_ids = [
        row[0] for row in database.execute_sql("SELECT id FROM kol WHERE deleted_at IS NULL ORDER BY id LIMIT 12")
    ]
    deals = dict(database.execute_sql("SELECT title, id FROM collaboration").fetchall())
    if len(kol_ids) < 10 or not deals:
        return

    def d(days: int) -> date:
        return today + timedelta(days=days)

    with database.atomic():
        # The Spring serum deal (completed) was thanked with a note and a gift box; the KOL gave back a free story.
        serum = next((cid for title, cid in deals.items() if title.startswith("春季精华液")), None)
        gifts.save_gift(GiftRecord(kol_ids[0], GiftKind.THANK_YOU_NOTE, Occasion.AFTER_COLLABORATION,
                                   "Handwritten thank-you card 手写感谢卡", sent_on=d(-18), collaboration_id=serum,
                                   response="回复：谢谢！期待下次合作 ❤"))  # fmt: skip
        gifts.save_gift(GiftRecord(kol_ids[0], GiftKind.GIFT, Occasion.MID_AUTUMN, "Mooncake box 月饼礼盒",
                                   Decimal("388"), sent_on=d(-70), response="在朋友圈晒了礼盒"))  # fmt: skip
        gifts.save_gift(GiftRecord(kol_ids[1], GiftKind.RED_ENVELOPE, Occasion.BIRTHDAY, "Birthday red envelope 生日红包",
                                   Decimal("520"), sent_on=d(-120)))  # fmt: skip
        gifts.save_gift(GiftRecord(kol_ids[2], GiftKind.GIFT, Occasion.SPRING_FESTIVAL, "Spring Festival gift box 年货礼盒",
                                   Decimal("600"), planned_on=d(60)))  # fmt: skip
        perks.save_perk(PerkRecord(kol_ids[0], PerkKind.FREE_WEIBO_STORY, d(-15), Decimal("3000"),
                                   note="主动加了一条微博故事 after the thank-you card"))  # fmt: skip
        perks.save_perk(PerkRecord(kol_ids[0], PerkKind.SCHEDULING_PRIORITY, d(-10), note="双11前优先排期"))
        perks.save_perk(PerkRecord(kol_ids[1], PerkKind.FREE_WECHAT_MOMENT, d(-30), Decimal("1500")))
        scheduling.save_scheduling(kol_ids[0], SchedulingRecord(Priority.FIRST_CALL, 10, [
            BlackoutPeriod(date(today.year, 11, 1), date(today.year, 11, 11), "Double 11 双11 全部排满"),
            BlackoutPeriod(date(today.year + 1, 6, 1), date(today.year + 1, 6, 18), "618 大促")]))  # fmt: skip
        scheduling.save_scheduling(kol_ids[1], SchedulingRecord(Priority.PREFERRED, 21))
        scheduling.save_scheduling(kol_ids[8], SchedulingRecord(Priority.FIRST_CALL, 7))
        risks.save_risk(RiskRecord(RiskCategory.AUDIENCE_AUTHENTICITY, "粉丝增长曲线异常，疑似刷粉 (follower spike in October)",
                                   4, 4, kol_id=kol_ids[3], mitigation="Ask for the platform's audience report; pay on results",
                                   owner="Anna Wu", review_on=d(5)))  # fmt: skip
        risks.save_risk(RiskRecord(RiskCategory.REPUTATIONAL, "Past controversy over an unlabelled ad",
                                   2, 4, kol_id=kol_ids[2], mitigation="Confirm the 广告 label on every post", owner="Anna Wu"))  # fmt: skip
        risks.save_risk(RiskRecord(RiskCategory.DELIVERY, "Live-stream slot may move", 3, 3,
                                   collaboration_id=deals.get("直播专场 Live-stream special"), mitigation="Backup date agreed"))  # fmt: skip
        reminders.add_task(today, "Call 周雨子's agent about the autumn brief", kol_id=kol_ids[0])
        database.execute_sql("UPDATE kol SET lunar_birthday = '10-25' WHERE id = ?", (kol_ids[5],))
        database.execute_sql(
            "UPDATE kol SET birthday = ? WHERE id = ?", (date(1994, d(5).month, d(5).day).isoformat(), kol_ids[4])
        )
    reminders.refresh(today)
