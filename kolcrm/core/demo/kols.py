"""Realistic demo data: Chinese and international KOLs across the platforms, with rate cards and notes.

Written with raw executemany in one transaction (peewee's insert path is ~10× slower, TRAPS.md), so
`kolcrm demo --kols 100000` builds the benchmark database in seconds. Derived columns (tier, main
platform, search documents) come from the same functions the services use.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

from kolcrm.core import clock
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.clock import utc_now
from kolcrm.core.demo.agencies import add_demo_agencies
from kolcrm.core.demo.campaigns import add_demo_campaigns
from kolcrm.core.demo.care import add_demo_care
from kolcrm.core.demo.deals import add_demo_collaborations
from kolcrm.core.demo.files import add_demo_files
from kolcrm.core.demo.fulfilment import add_demo_fulfilment
from kolcrm.core.demo.outreach import add_demo_outreach
from kolcrm.core.demo.views import add_demo_views
from kolcrm.core.kols.validation import handle_key
from kolcrm.core.store import search
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import execute_many, reserve_ids
from kolcrm.core.vocabulary import RATE_CARD_FORMATS, Platform, Status, tier_for_followers

Progress = Callable[[int, int], None]

_SURNAMES = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
_GIVEN = "佳琦思雨子涵欣怡梓萱雅静晓彤一诺浩然宇轩俊杰明哲文博嘉怡诗涵梦琪紫萱若曦天佑安琪"
_NICK_PREFIX = (
    "美妆",
    "健身",
    "吃货",
    "旅行",
    "穿搭",
    "护肤",
    "数码",
    "宝妈",
    "读书",
    "咖啡",
    "露营",
    "国潮",
)
_NICK_SUFFIX = (
    "小鹿",
    "日记",
    "研究所",
    "酱",
    "姐姐",
    "同学",
    "实验室",
    "的生活",
    "小厨",
    "Lily",
    "Momo",
    "阿宅",
)
_WESTERN_FIRST = (
    "Mia",
    "Lucas",
    "Emma",
    "Noah",
    "Chloe",
    "Leo",
    "Sofia",
    "Ethan",
    "Aria",
    "Oscar",
    "Zoe",
    "Hugo",
)
_WESTERN_LAST = ("Chen", "Martin", "Nguyen", "Silva", "Kim", "Rossi", "Müller", "Tanaka", "Smith", "Dubois")
_CATEGORIES = ("美妆", "护肤", "健身", "母婴", "美食", "旅行", "科技", "时尚", "游戏", "家居", "运动", "宠物")
_VALUES = (
    "健康生活",
    "可持续",
    "专业测评",
    "真实分享",
    "高端",
    "性价比",
    "国潮",
    "亲子",
    "极简",
    "环保",
    "幽默",
    "知识科普",
)
_CHINA_CITIES = (
    "上海",
    "北京",
    "杭州",
    "广州",
    "深圳",
    "成都",
    "重庆",
    "武汉",
    "西安",
    "南京",
    "长沙",
    "厦门",
)
_GLOBAL_CITIES = ("Singapore", "London", "Los Angeles", "Seoul", "Tokyo", "Paris", "上海", "香港")
_AGENCIES = ("", "", "如涵控股", "谦寻文化", "美ONE", "无忧传媒", "遥望科技", "papitube", "Starlight MCN")
_CHINA_PLATFORMS = (Platform.DOUYIN, Platform.XIAOHONGSHU, Platform.WEIBO, Platform.WECHAT, Platform.BILIBILI,
                    Platform.KUAISHOU, Platform.TAOBAO_LIVE, Platform.ZHIHU)  # fmt: skip
_GLOBAL_PLATFORMS = (Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE, Platform.X)
_MOST_ACCOUNTS = 3  # _add_kol gives a KOL 1-3 Chinese platforms, or 1-2 global ones and at most one Chinese
_NOTES = (
    "初次合作按报价¥{fee:,}支付，没有议价，对方很满意",
    "寄了中秋礼盒表示感谢，{name}在朋友圈晒了",
    "经纪人回复：可以接受72小时审稿，脚本由达人自己写",
    "她说双11前档期已满，建议提前一个月预约",
    "试用了新口红，反馈很好，愿意做一条小红书笔记",
    "免费加了一条微博故事，感谢我们准时付款",
    "Call with agent: open to a long-term partnership, asks for creative freedom",
    "Met at the Shanghai beauty expo; audience mostly 18-30, tier-1 cities",
    "Sent a thank-you note after the campaign wrap-up",
    "提醒：广告内容必须标注“广告”，已确认",
    "粉丝画像：女性为主，一二线城市，25-34岁居多",
    "Asked for their idea for the autumn launch; proposed a camping vlog",
)


def populate_demo(kols: int = 80, seed: int = 7, progress: Progress | None = None) -> int:
    """Add `kols` demo KOLs (and two brands, once). Returns how many KOLs were added."""
    rng = random.Random(seed)
    today = clock.today()
    now = utc_now()
    with database.atomic():
        # Ids written by hand: on a server they come from the identity sequences other writers draw from too.
        kol_ids = reserve_ids("kol", kols)
        account_ids = iter(reserve_ids("platform_account", kols * _MOST_ACCOUNTS))
        batch = _Batch()
        for offset, kol_id in enumerate(kol_ids):
            _add_kol(batch, rng, kol_id, account_ids, today, now, _NAMED.get(offset))
            if len(batch.kols) >= 5000:
                batch.flush()
                if progress:
                    progress(offset + 1, kols)
        batch.flush()
        if progress:
            progress(kols, kols)
        if not database.execute_sql("SELECT 1 FROM brand LIMIT 1").fetchone():
            _add_brands()
            if add_demo_collaborations(today):
                add_demo_care(today)
                add_demo_campaigns(today)
                add_demo_files()
                add_demo_agencies()
                add_demo_outreach(today)
                add_demo_fulfilment(today)
                add_demo_views()
    return kols


# Names the demo deals count on, by position: the seventh KOL has the contracted live-stream deal, and an emoji in
# a display name is what a contract must print (the emoji font falls back for it).
_NAMED = {6: "小鹿🦌Lulu✨"}

_Row = tuple[object, ...]  # the parameters of one INSERT below, in its column order


class _Batch:
    def __init__(self) -> None:
        self.kols: list[_Row] = []
        self.labels: list[_Row] = []
        self.accounts: list[_Row] = []
        self.rates: list[_Row] = []
        self.notes: list[_Row] = []
        self.documents: list[tuple[int, str]] = []

    def flush(self) -> None:
        cursor = database.cursor()
        execute_many(
            "INSERT INTO kol (id, display_name, real_name, status, tier, city, languages, agency, agent_name,"
            " agent_contact, wechat_id, phone, email, birthday, main_platform, followers, engagement_rate,"
            " last_contact, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            self.kols,
            cursor,
        )
        execute_many("INSERT INTO kol_label (kol_id, kind, label) VALUES (?,?,?)", self.labels, cursor)
        execute_many(
            "INSERT INTO platform_account (id, kol_id, platform, handle, handle_key, url, followers, engagement_rate,"
            " audience_female_pct, audience_age_bands, audience_cities, figures_checked_on, position)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            self.accounts,
            cursor,
        )
        execute_many(
            "INSERT INTO rate_card_entry (account_id, format, fee, currency) VALUES (?,?,?,?)", self.rates, cursor
        )
        execute_many(
            "INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) VALUES (?,?,?,?,?)",
            self.notes,
            cursor,
        )
        search.insert_documents(database, self.documents)
        for rows in (self.kols, self.labels, self.accounts, self.rates, self.notes):
            rows.clear()
        self.documents.clear()


def _add_kol(
    batch: _Batch,
    rng: random.Random,
    kol_id: int,
    account_ids: Iterator[int],
    today: date,
    now: str,
    named: str | None = None,
) -> None:
    international = rng.random() < 0.2
    if international:
        real_name = f"{rng.choice(_WESTERN_FIRST)} {rng.choice(_WESTERN_LAST)}"
        display_name = (
            real_name if rng.random() < 0.6 else f"{real_name.split()[0]}'s {rng.choice(('Kitchen', 'Journal', 'Lab'))}"
        )
        platforms = rng.sample(_GLOBAL_PLATFORMS, rng.randint(1, 2)) + rng.sample(_CHINA_PLATFORMS, rng.randint(0, 1))
        languages = "English\n中文" if rng.random() < 0.5 else "English"
    else:
        real_name = rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, rng.randint(1, 2)))
        display_name = rng.choice(_NICK_PREFIX) + rng.choice(_NICK_SUFFIX) if rng.random() < 0.7 else real_name
        platforms = rng.sample(_CHINA_PLATFORMS, rng.randint(1, 3))
        languages = "中文"
    categories = rng.sample(_CATEGORIES, rng.randint(1, 2))
    values = rng.sample(_VALUES, rng.randint(1, 2))
    for label in categories:
        batch.labels.append((kol_id, "category", label))
    for label in values:
        batch.labels.append((kol_id, "value", label))
    handles: list[str] = []
    main = (0, "", 0.0)
    latin = f"kol{kol_id}"
    for position, platform in enumerate(platforms):
        account_id = next(account_ids)
        followers = int(10 ** rng.uniform(3.3, 7.6))
        engagement = round(rng.uniform(0.4, 12.0), 2)
        handle = f"{display_name}{'' if position == 0 else '_' + platform.value.lower()[:2]}_{kol_id}"
        if international or rng.random() < 0.3:
            handle = f"{latin}_{platform.value.lower().replace(' ', '')}"
        handles.append(handle)
        bands = {"18-24": rng.randint(15, 45), "25-34": rng.randint(20, 45)}
        bands["35+"] = max(0, 100 - sum(bands.values()) - rng.randint(0, 10))
        cities = rng.sample(("一线城市", "新一线城市", "二线城市", "上海", "北京", "成都", "杭州"), 2)
        batch.accounts.append(
            (account_id, kol_id, platform.value, handle, handle_key(handle), "", followers, engagement,
             rng.randint(35, 92), json.dumps(bands), json.dumps(cities, ensure_ascii=False),
             (today - timedelta(days=rng.randint(0, 120))).isoformat(), position)
        )  # fmt: skip
        for fmt in RATE_CARD_FORMATS.get(platform, ("Sponsored post",))[:3]:
            fee = max(500, int(round(followers * rng.uniform(0.02, 0.08), -2)))
            batch.rates.append((account_id, fmt, str(fee), "USD" if platform in _GLOBAL_PLATFORMS else "CNY"))
        if followers > main[0]:
            main = (followers, platform.value, engagement)
    display_name = named or display_name  # after the handles, which stay plain, and drawing the same numbers
    note_texts: list[str] = []
    last_contact = ""
    for _ in range(rng.choice((1, 2, 3, 3, 4, 5))):
        day = (today - timedelta(days=rng.randint(0, 400))).isoformat()
        text = rng.choice(_NOTES).format(fee=max(1000, int(round(main[0] * 0.04, -3))), name=display_name)
        kind = rng.choice(("note", "note", "call", "meeting", "message", "email"))
        batch.notes.append((kol_id, day, kind, text, now))
        note_texts.append(text)
        last_contact = max(last_contact, day)
    status = rng.choices(list(Status), weights=(30, 55, 10, 5))[0]
    agency = rng.choice(_AGENCIES)
    city = rng.choice(_GLOBAL_CITIES if international else _CHINA_CITIES)
    wechat = f"wx_{latin}" if rng.random() < 0.7 else ""
    birthday = (
        date(rng.randint(1980, 2003), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        if rng.random() < 0.4
        else None
    )
    batch.kols.append(
        (kol_id, display_name, real_name, status.value, int(tier_for_followers(main[0])), city, languages, agency,
         "王经纪" if agency else "", f"agent{kol_id}@example.com" if agency else "", wechat,
         f"+86 138 {kol_id % 10000:04d} {rng.randint(0, 9999):04d}" if rng.random() < 0.5 else "",
         f"{latin}@example.com" if rng.random() < 0.5 else "", birthday, main[1], main[0], main[2], last_contact,
         now, now)
    )  # fmt: skip
    body = search.compose_body(
        (display_name, real_name, city, agency, wechat), handles, categories + values, note_texts
    )
    batch.documents.append((kol_id, body))


def _add_brands() -> None:
    save_brand(
        BrandRecord(
            name="岚山护肤 Lanshan Skincare",
            brand_values="天然成分、可持续、真实分享 · natural, sustainable, honest",
            target_audience="女性 22-35 岁，一二线城市 · women 22-35 in tier-1/2 cities",
            target_female_pct=80.0,
            target_age_bands=["18-24", "25-34"],
            target_city_tiers=["上海", "北京", "一线城市"],
            average_order_value=Decimal("259"),
            categories=["护肤", "美妆"],
            official_channels="Weibo @岚山护肤 · WeChat 岚山护肤官方 · Xiaohongshu @lanshan",
        )
    )
    save_brand(
        BrandRecord(
            name="Stride Sportswear 步履运动",
            brand_values="healthy lifestyle, performance, everyday fitness · 健康生活",
            target_audience="18-35, fitness enthusiasts, China and Southeast Asia",
            target_female_pct=45.0,
            target_age_bands=["18-24", "25-34"],
            average_order_value=Decimal("499"),
            categories=["运动", "健身"],
            official_channels="Weibo @步履运动 · Douyin @stride_cn · Instagram @stride",
        )
    )
