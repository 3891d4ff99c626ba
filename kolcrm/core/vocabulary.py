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


class Stage(StrEnum):
    """A collaboration's place in the pipeline, in order; cancelled sits outside the order."""

    PROSPECT = "prospect"
    CONTACTED = "contacted"
    NEGOTIATING = "negotiating"
    CONTRACTED = "contracted"
    IN_PRODUCTION = "in_production"
    PUBLISHED = "published"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {"in_production": "In production"}.get(self.value, self.value.capitalize())

    @property
    def rank(self) -> int:
        """Position in the pipeline; cancelled is -1."""
        return -1 if self is Stage.CANCELLED else PIPELINE.index(self)


PIPELINE = (
    Stage.PROSPECT,
    Stage.CONTACTED,
    Stage.NEGOTIATING,
    Stage.CONTRACTED,
    Stage.IN_PRODUCTION,
    Stage.PUBLISHED,
    Stage.COMPLETED,
)


class DealChannel(StrEnum):
    """Who the deal runs through; platform marketplaces and agencies charge a service fee on top."""

    DIRECT = "direct"
    AGENCY = "agency"
    DOUYIN_XINGTU = "douyin_xingtu"
    XIAOHONGSHU_PUGONGYING = "xiaohongshu_pugongying"

    @property
    def label(self) -> str:
        return {
            "direct": "Direct",
            "agency": "Agency / MCN",
            "douyin_xingtu": "Douyin Xingtu (星图)",
            "xiaohongshu_pugongying": "Xiaohongshu Pugongying (蒲公英)",
        }[self.value]


class ContentType(StrEnum):
    SHORT_VIDEO = "short_video"
    IMAGE_POST = "image_post"
    LIVE_STREAM = "live_stream"
    STORY = "story"
    WECHAT_MOMENT = "wechat_moment"
    ARTICLE = "article"

    @property
    def label(self) -> str:
        return {
            "short_video": "Short video",
            "image_post": "Image post / note",
            "live_stream": "Live stream",
            "story": "Story",
            "wechat_moment": "WeChat Moment",
            "article": "Article",
        }[self.value]


class ApprovalState(StrEnum):
    """A deliverable's draft review, then its publication."""

    NOT_SUBMITTED = "not_submitted"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


# The label Chinese advertising law expects on a paid post (《广告法》: ads must be identifiable as ads).
DEFAULT_DISCLOSURE_LABEL = "广告"


class GiftKind(StrEnum):
    THANK_YOU_NOTE = "thank_you_note"
    GIFT = "gift"
    RED_ENVELOPE = "red_envelope"
    EVENT_INVITATION = "event_invitation"

    @property
    def label(self) -> str:
        return {"red_envelope": "Red envelope (红包)"}.get(self.value, self.value.replace("_", " ").capitalize())


class Occasion(StrEnum):
    AFTER_COLLABORATION = "after_collaboration"
    SPRING_FESTIVAL = "spring_festival"
    MID_AUTUMN = "mid_autumn"
    DRAGON_BOAT = "dragon_boat"
    BIRTHDAY = "birthday"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "after_collaboration": "After a collaboration",
            "spring_festival": "Spring Festival (春节)",
            "mid_autumn": "Mid-Autumn Festival (中秋)",
            "dragon_boat": "Dragon Boat Festival (端午)",
            "birthday": "Birthday",
            "other": "Other",
        }[self.value]


class PerkKind(StrEnum):
    SCHEDULING_PRIORITY = "scheduling_priority"
    FREE_WECHAT_MOMENT = "free_wechat_moment"
    FREE_WEIBO_STORY = "free_weibo_story"
    EXTRA_CONTENT = "extra_content"
    PRIORITISED_PRODUCTION = "prioritised_production"
    KOL_OFFERED_DISCOUNT = "kol_offered_discount"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "free_wechat_moment": "Free WeChat Moment",
            "free_weibo_story": "Free Weibo story",
            "kol_offered_discount": "KOL-offered discount",
        }.get(self.value, self.value.replace("_", " ").capitalize())


class Priority(StrEnum):
    """The priority a KOL grants the brand when booking their schedule."""

    STANDARD = "standard"
    PREFERRED = "preferred"
    FIRST_CALL = "first_call"

    @property
    def label(self) -> str:
        return {"first_call": "First call"}.get(self.value, self.value.capitalize())

    @property
    def rank(self) -> int:
        return {"standard": 0, "preferred": 1, "first_call": 2}[self.value]


class RiskCategory(StrEnum):
    REPUTATIONAL = "reputational"
    AUDIENCE_AUTHENTICITY = "audience_authenticity"
    COMPLIANCE = "compliance"
    DELIVERY = "delivery"
    CONTRACTUAL = "contractual"

    @property
    def label(self) -> str:
        return {"audience_authenticity": "Audience authenticity / fake followers"}.get(
            self.value, self.value.capitalize()
        )


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATED = "mitigated"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ReminderKind(StrEnum):
    TASK = "task"  # written by the user
    THANK_YOU = "thank_you"
    FESTIVAL = "festival"
    BIRTHDAY = "birthday"
    DELIVERABLE = "deliverable"
    PAYMENT = "payment"
    CONTRACT_END = "contract_end"
    EXCLUSIVITY_END = "exclusivity_end"
    RISK_REVIEW = "risk_review"
    METRICS = "metrics"

    @property
    def label(self) -> str:
        return {
            "task": "Tasks",
            "thank_you": "Thank-yous due",
            "festival": "Festival greetings",
            "birthday": "Birthdays",
            "deliverable": "Deliverables due",
            "payment": "Payments due",
            "contract_end": "Contracts ending",
            "exclusivity_end": "Exclusivity ending",
            "risk_review": "Risk reviews",
            "metrics": "Results to capture",
        }[self.value]


class Goal(StrEnum):
    """The campaign goal the seed on KOL mistakes asks to settle first (mistake No 2)."""

    AWARENESS = "awareness"
    PRODUCT = "product"
    IMAGE_SHIFT = "image_shift"

    @property
    def label(self) -> str:
        return {"awareness": "Brand awareness", "product": "Product promotion", "image_shift": "Brand image shift"}[
            self.value
        ]


class CampaignStatus(StrEnum):
    PLANNED = "planned"
    LAUNCHED = "launched"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.capitalize()


# The metrics a capture records, in the order the platforms show them; sales is money, the rest counts.
METRIC_FIELDS = (
    "views", "reach", "likes", "comments", "shares", "saves", "new_followers", "link_clicks", "store_visits",
    "conversions",
)  # fmt: skip
