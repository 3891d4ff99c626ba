"""The fixed choices of the domain: KOL status, tiers, platforms, kinds of interaction."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.vocabulary.labels import (
    _APPROVAL_STATE_LABELS,
    _CAMPAIGN_STATUS_LABELS,
    _CONTENT_TYPE_LABELS,
    _DEAL_CHANNEL_LABELS,
    _GIFT_KIND_LABELS,
    _GOAL_LABELS,
    _INTERACTION_LABELS,
    _INVOICE_ISSUER_LABELS,
    _INVOICE_TYPE_LABELS,
    _OCCASION_LABELS,
    _PERK_KIND_LABELS,
    _PLATFORM_LABELS,
    _PRIORITY_LABELS,
    _REMINDER_KIND_LABELS,
    _RISK_CATEGORY_LABELS,
    _RISK_STATUS_LABELS,
    _STAGE_LABELS,
    _STATUS_LABELS,
    _TIER_LABELS,
)

_V = "Vocabulary"


def _shown(text: str) -> str:
    return i18n.translate(_V, text)


class Status(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    PAUSED = "paused"
    DO_NOT_CONTACT = "do_not_contact"

    @property
    def label(self) -> str:
        return _shown(_STATUS_LABELS[self.value])


class Tier(IntEnum):
    """Ordered so that sorting descending puts head KOLs first; 0 means no follower figures yet."""

    UNKNOWN = 0
    KOC = 1
    MICRO = 2
    MID = 3
    HEAD = 4

    @property
    def label(self) -> str:
        return _shown(_TIER_LABELS[self.value])


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

    @property
    def label(self) -> str:
        return platform_label(self.value)


def platform_label(name: str) -> str:
    """How a stored platform name reads to the user: 小红书 in Chinese; global and unknown names as stored."""
    return _shown(name) if name in _PLATFORM_LABELS else name


# The formats each platform quotes a rate card in, offered as suggestions in the editor.
RATE_CARD_FORMATS: dict[str, tuple[str, ...]] = {
    Platform.DOUYIN: (
        QT_TRANSLATE_NOOP("Vocabulary", "Video 1–20 s"),
        QT_TRANSLATE_NOOP("Vocabulary", "Video 21–60 s"),
        QT_TRANSLATE_NOOP("Vocabulary", "Video 60 s+"),
        QT_TRANSLATE_NOOP("Vocabulary", "Live-stream slot"),
    ),
    Platform.XIAOHONGSHU: (
        QT_TRANSLATE_NOOP("Vocabulary", "Image note"),
        QT_TRANSLATE_NOOP("Vocabulary", "Video note"),
    ),
    Platform.WEIBO: (
        QT_TRANSLATE_NOOP("Vocabulary", "Direct post"),
        QT_TRANSLATE_NOOP("Vocabulary", "Repost"),
        QT_TRANSLATE_NOOP("Vocabulary", "Weibo story"),
    ),
    Platform.WECHAT: (
        QT_TRANSLATE_NOOP("Vocabulary", "Article (first position)"),
        QT_TRANSLATE_NOOP("Vocabulary", "Article (second position)"),
        QT_TRANSLATE_NOOP("Vocabulary", "WeChat Moment"),
    ),
    Platform.BILIBILI: (
        QT_TRANSLATE_NOOP("Vocabulary", "Custom video"),
        QT_TRANSLATE_NOOP("Vocabulary", "Embedded video"),
    ),
    Platform.KUAISHOU: (
        QT_TRANSLATE_NOOP("Vocabulary", "Video 1–20 s"),
        QT_TRANSLATE_NOOP("Vocabulary", "Video 21–60 s"),
        QT_TRANSLATE_NOOP("Vocabulary", "Live-stream slot"),
    ),
    Platform.TAOBAO_LIVE: (QT_TRANSLATE_NOOP("Vocabulary", "Live-stream slot"),),
}


def rate_card_formats(platform: str) -> tuple[str, ...]:
    """The formats `platform` quotes, in the user's language (they are stored as the user picks them)."""
    return tuple(_shown(name) for name in RATE_CARD_FORMATS.get(platform, ()))


class InteractionKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    MEETING = "meeting"
    MESSAGE = "message"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return _shown(_INTERACTION_LABELS[self.value])


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
        return _shown(_STAGE_LABELS[self.value])

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


class InvoiceType(StrEnum):
    """The invoice the brand receives for the fee (a finance team's first question)."""

    UNSPECIFIED = "unspecified"
    VAT_SPECIAL = "vat_special"  # 增值税专用发票: the brand deducts its input VAT
    VAT_ORDINARY = "vat_ordinary"  # 增值税普通发票
    NONE = "none"

    @property
    def label(self) -> str:
        return _shown(_INVOICE_TYPE_LABELS[self.value])


class InvoiceIssuer(StrEnum):
    UNSPECIFIED = "unspecified"
    KOL = "kol"  # a person: an invoice issued on their behalf by the tax office (代开)
    AGENCY = "agency"

    @property
    def label(self) -> str:
        return _shown(_INVOICE_ISSUER_LABELS[self.value])


class DealChannel(StrEnum):
    """Who the deal runs through; platform marketplaces and agencies charge a service fee on top."""

    DIRECT = "direct"
    AGENCY = "agency"
    DOUYIN_XINGTU = "douyin_xingtu"
    XIAOHONGSHU_PUGONGYING = "xiaohongshu_pugongying"

    @property
    def label(self) -> str:
        return _shown(_DEAL_CHANNEL_LABELS[self.value])


class ContentType(StrEnum):
    SHORT_VIDEO = "short_video"
    IMAGE_POST = "image_post"
    LIVE_STREAM = "live_stream"
    STORY = "story"
    WECHAT_MOMENT = "wechat_moment"
    ARTICLE = "article"

    @property
    def label(self) -> str:
        return _shown(_CONTENT_TYPE_LABELS[self.value])

    @property
    def english(self) -> str:
        """The English name whatever the interface's language (an English contract's, say)."""
        return _CONTENT_TYPE_LABELS[self.value]


class ApprovalState(StrEnum):
    """A deliverable's draft review, then its publication."""

    NOT_SUBMITTED = "not_submitted"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return _shown(_APPROVAL_STATE_LABELS[self.value])


# The label Chinese advertising law expects on a paid post (《广告法》: ads must be identifiable as ads).
DEFAULT_DISCLOSURE_LABEL = "广告"


class GiftKind(StrEnum):
    THANK_YOU_NOTE = "thank_you_note"
    GIFT = "gift"
    RED_ENVELOPE = "red_envelope"
    EVENT_INVITATION = "event_invitation"

    @property
    def label(self) -> str:
        return _shown(_GIFT_KIND_LABELS[self.value])


class Occasion(StrEnum):
    AFTER_COLLABORATION = "after_collaboration"
    SPRING_FESTIVAL = "spring_festival"
    MID_AUTUMN = "mid_autumn"
    DRAGON_BOAT = "dragon_boat"
    BIRTHDAY = "birthday"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _shown(_OCCASION_LABELS[self.value])


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
        return _shown(_PERK_KIND_LABELS[self.value])


class Priority(StrEnum):
    """The priority a KOL grants the brand when booking their schedule."""

    STANDARD = "standard"
    PREFERRED = "preferred"
    FIRST_CALL = "first_call"

    @property
    def label(self) -> str:
        return _shown(_PRIORITY_LABELS[self.value])

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
        return _shown(_RISK_CATEGORY_LABELS[self.value])


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATED = "mitigated"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _shown(_RISK_STATUS_LABELS[self.value])


class ReminderKind(StrEnum):
    TASK = "task"  # written by the user
    THANK_YOU = "thank_you"
    FESTIVAL = "festival"
    BIRTHDAY = "birthday"
    DELIVERABLE = "deliverable"
    PAYMENT = "payment"
    CONTRACT_END = "contract_end"
    UNSIGNED_CONTRACT = "unsigned_contract"
    EXCLUSIVITY_END = "exclusivity_end"
    RISK_REVIEW = "risk_review"
    METRICS = "metrics"
    OUTREACH = "outreach"  # a KOL contacted and silent for a few days: follow up
    GHOSTING = "ghosting"  # a product sent and nothing posted within its window

    @property
    def label(self) -> str:
        return _shown(_REMINDER_KIND_LABELS[self.value])


class Goal(StrEnum):
    """The campaign goal the seed on KOL mistakes asks to settle first (mistake No 2)."""

    AWARENESS = "awareness"
    PRODUCT = "product"
    IMAGE_SHIFT = "image_shift"

    @property
    def label(self) -> str:
        return _shown(_GOAL_LABELS[self.value])


class CampaignStatus(StrEnum):
    PLANNED = "planned"
    LAUNCHED = "launched"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _shown(_CAMPAIGN_STATUS_LABELS[self.value])


# The metrics a capture records, in the order the platforms show them; sales is money, the rest counts.
METRIC_FIELDS = (
    "views", "reach", "likes", "comments", "shares", "saves", "new_followers", "link_clicks", "store_visits",
    "conversions",
)  # fmt: skip
