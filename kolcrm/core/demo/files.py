"""A demo attached file, so the KOL pane's Files tab and every backup or package shows one: the media kit of the
demo's live-stream KOL (the seventh, who has an emoji in their name)."""

from __future__ import annotations

from kolcrm.core.attachments import service as attachments
from kolcrm.core.attachments.records import Target
from kolcrm.core.store.db import database

_MEDIA_KIT = """小鹿🦌Lulu✨ 媒体资料 / Media kit

平台 Platform: 淘宝直播 Taobao Live · 小红书 Xiaohongshu
粉丝画像 Audience: 女性 82%, 18–34 岁 71%, 一线及新一线城市 58%
场均观看 Average live viewers: 120,000
报价 Rates (2026): 直播专场 150,000 元 · 图文笔记 30,000 元 (含税 tax included)
合作须知 Notes: 所有推广内容标注“广告”; 样品请提前 15 天寄出
"""


def add_demo_files() -> None:
    row = database.execute_sql("SELECT id FROM kol WHERE deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET 6").fetchone()
    if row is not None:
        attachments.attach(Target(row[0]), "小鹿Lulu 媒体资料 media kit.txt", _MEDIA_KIT.encode("utf-8"))
