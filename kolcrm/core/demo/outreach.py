"""Demo outreach: KOLs in every stage, one contacted five days ago and silent (Today says follow up), one who
replied, one agreed, one declined; the rest not contacted yet."""

from __future__ import annotations

from datetime import date, timedelta

from kolcrm.core.kols import outreach
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary.outreach import OutreachStage

_OPENING = "您好！我们是岚山护肤，很喜欢您的内容，想邀请您参与秋冬新品的推广合作，方便加微信详聊吗？"


def add_demo_outreach(today: date) -> None:
    ids = [
        row[0]
        for row in database.execute_sql(
            "SELECT id FROM kol WHERE deleted_at IS NULL ORDER BY id LIMIT 5 OFFSET 12"
        ).fetchall()
    ]
    if len(ids) < 5:
        return
    silent, replied, agreed, declined, twice = ids
    outreach.log_touch(ids, _OPENING, today - timedelta(days=5))
    outreach.log_touch([twice], "跟进一下之前的合作邀请，您看方便聊聊吗？", today - timedelta(days=1))
    outreach.set_stage([replied], OutreachStage.REPLIED, today - timedelta(days=4))
    outreach.set_stage([agreed], OutreachStage.AGREED, today - timedelta(days=2))
    outreach.set_stage([declined], OutreachStage.DECLINED, today - timedelta(days=3))
    del silent  # contacted five days ago and silent: the follow-up reminder
