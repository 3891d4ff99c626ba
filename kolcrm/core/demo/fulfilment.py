"""Demo fulfilment: a product sent and posted about, and one ghosting case — a sample sent six weeks ago with a
30-day window and nothing posted, flagged in the list, the pane, the health score and Today."""

from __future__ import annotations

from datetime import date, timedelta

from kolcrm.core.care import fulfilment
from kolcrm.core.care.fulfilment import SentItem, SentKind
from kolcrm.core.store.db import database


def add_demo_fulfilment(today: date) -> None:
    ids = [row[0] for row in database.execute_sql("SELECT id FROM kol WHERE deleted_at IS NULL ORDER BY id LIMIT 4")]
    if len(ids) < 4:
        return
    posted = today - timedelta(days=20)
    fulfilment.save_item(
        SentItem(ids[0], SentKind.PRODUCT, "秋冬面霜正装 Autumn cream", posted, "一篇小红书笔记", 21,
                 posted + timedelta(days=9), "https://www.xiaohongshu.com/explore/demo"),
        today,
    )  # fmt: skip
    fulfilment.save_item(
        SentItem(ids[3], SentKind.SAMPLE, "口红试色装 ×3 Lipstick samples", today - timedelta(days=42),
                 "抖音短视频一条 (a Douyin video)", 30),
        today,
    )  # fmt: skip
