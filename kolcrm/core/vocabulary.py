"""The fixed choices of the domain: KOL status, tiers, platforms, kinds of interaction."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Status(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    PAUSED = "paused"
    DO_NOT_CONTACT = "do_not_contact"

    @property
    def label(self) -> str:
        return {"do_not_contact": "Do not contact"}.get(self.value, self.value.capitalize())


class Tier(IntEnum):
    """Ordered so that sorting descending puts head KOLs first; 0 means no follower figures yet."""

    UNKNOWN = 0
    KOC = 1
    MICRO = 2
    MID = 3
    HEAD = 4

    @property
    def label(self) -> str:
        return {0: "—", 1: "KOC", 2: "Micro", 3: "Mid-tier", 4: "Head"}[self.value]


# Lower bound of followers (on the KOL's largest account) for each tier, as Chinese agencies quote them:
# 头部 head ≥ 1M, 腰部 mid-tier ≥ 100k, 尾部 micro ≥ 10k, below that a key opinion consumer (KOC).
TIER_THRESHOLDS = ((Tier.HEAD, 1_000_000), (Tier.MID, 100_000), (Tier.MICRO, 10_000), (Tier.KOC, 0))


def tier_for_followers(followers: int | None) -> Tier:
    if followers is None:
        return Tier.UNKNOWN
    for tier, floor in TIER_THRESHOLDS:
        if followers >= floor:
            return tier
    return Tier.UNKNOWN


class Platform(StrEnum):
    WEIBO = "Weibo"
    WECHAT = "WeChat"
    DOUYIN = "Douyin"
    XIAOHONGSHU = "Xiaohongshu"
    BILIBILI = "Bilibili"
    KUAISHOU = "Kuaishou"
    TAOBAO_LIVE = "Taobao Live"
    ZHIHU = "Zhihu"
    INSTAGRAM = "Instagram"
    TIKTOK = "TikTok"
    YOUTUBE = "YouTube"
    X = "X"
    OTHER = "Other"


# The formats each platform quotes a rate card in, offered as suggestions in the editor.
RATE_CARD_FORMATS: dict[str, tuple[str, ...]] = {
    Platform.DOUYIN: ("Video 1–20 s", "Video 21–60 s", "Video 60 s+", "Live-stream slot"),
    Platform.XIAOHONGSHU: ("Image note", "Video note"),
    Platform.WEIBO: ("Direct post", "Repost", "Weibo story"),
    Platform.WECHAT: ("Article (first position)", "Article (second position)", "WeChat Moment"),
    Platform.BILIBILI: ("Custom video", "Embedded video"),
    Platform.KUAISHOU: ("Video 1–20 s", "Video 21–60 s", "Live-stream slot"),
    Platform.TAOBAO_LIVE: ("Live-stream slot",),
}


class InteractionKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    MEETING = "meeting"
    MESSAGE = "message"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return self.value.capitalize()
