"""The display labels of the domain's fixed choices, in English, marked for the translation catalogue.

lupdate reads QT_TRANSLATE_NOOP by name; vocabulary's `.label` properties translate them when shown.
"""

from __future__ import annotations

from kolcrm.core.i18n import QT_TRANSLATE_NOOP


def _table(**labels: str) -> dict[str, str]:
    return labels


_STATUS_LABELS = _table(
    prospect=QT_TRANSLATE_NOOP("Vocabulary", "Prospect"),
    active=QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    paused=QT_TRANSLATE_NOOP("Vocabulary", "Paused"),
    do_not_contact=QT_TRANSLATE_NOOP("Vocabulary", "Do not contact"),
)
_TIER_LABELS = {
    0: "—",
    1: QT_TRANSLATE_NOOP("Vocabulary", "KOC"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "Micro"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "Mid-tier"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "Head"),
}
_PLATFORM_LABELS = frozenset(
    (
        QT_TRANSLATE_NOOP("Vocabulary", "Weibo"),
        QT_TRANSLATE_NOOP("Vocabulary", "WeChat"),
        QT_TRANSLATE_NOOP("Vocabulary", "Douyin"),
        QT_TRANSLATE_NOOP("Vocabulary", "Xiaohongshu"),
        QT_TRANSLATE_NOOP("Vocabulary", "Bilibili"),
        QT_TRANSLATE_NOOP("Vocabulary", "Kuaishou"),
        QT_TRANSLATE_NOOP("Vocabulary", "Taobao Live"),
        QT_TRANSLATE_NOOP("Vocabulary", "Zhihu"),
        QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    )
)
_INTERACTION_LABELS = _table(
    note=QT_TRANSLATE_NOOP("Vocabulary", "Note"),
    call=QT_TRANSLATE_NOOP("Vocabulary", "Call"),
    meeting=QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    message=QT_TRANSLATE_NOOP("Vocabulary", "Message"),
    email=QT_TRANSLATE_NOOP("Vocabulary", "Email"),
)
_STAGE_LABELS = _table(
    prospect=QT_TRANSLATE_NOOP("Vocabulary", "Prospect"),
    contacted=QT_TRANSLATE_NOOP("Vocabulary", "Contacted"),
    negotiating=QT_TRANSLATE_NOOP("Vocabulary", "Negotiating"),
    contracted=QT_TRANSLATE_NOOP("Vocabulary", "Contracted"),
    in_production=QT_TRANSLATE_NOOP("Vocabulary", "In production"),
    published=QT_TRANSLATE_NOOP("Vocabulary", "Published"),
    completed=QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    cancelled=QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
)
_DEAL_CHANNEL_LABELS = _table(
    direct=QT_TRANSLATE_NOOP("Vocabulary", "Direct"),
    agency=QT_TRANSLATE_NOOP("Vocabulary", "Agency / MCN"),
    douyin_xingtu=QT_TRANSLATE_NOOP("Vocabulary", "Douyin Xingtu (星图)"),
    xiaohongshu_pugongying=QT_TRANSLATE_NOOP("Vocabulary", "Xiaohongshu Pugongying (蒲公英)"),
)
_INVOICE_TYPE_LABELS = _table(
    unspecified=QT_TRANSLATE_NOOP("Vocabulary", "Not stated"),
    vat_special=QT_TRANSLATE_NOOP("Vocabulary", "VAT special invoice (增值税专用发票)"),
    vat_ordinary=QT_TRANSLATE_NOOP("Vocabulary", "VAT ordinary invoice (增值税普通发票)"),
    none=QT_TRANSLATE_NOOP("Vocabulary", "No invoice"),
)
_INVOICE_ISSUER_LABELS = _table(
    unspecified=QT_TRANSLATE_NOOP("Vocabulary", "The KOL or their agency"),
    kol=QT_TRANSLATE_NOOP("Vocabulary", "The KOL"),
    agency=QT_TRANSLATE_NOOP("Vocabulary", "The agency / MCN"),
)
_CONTENT_TYPE_LABELS = _table(
    short_video=QT_TRANSLATE_NOOP("Vocabulary", "Short video"),
    image_post=QT_TRANSLATE_NOOP("Vocabulary", "Image post / note"),
    live_stream=QT_TRANSLATE_NOOP("Vocabulary", "Live stream"),
    story=QT_TRANSLATE_NOOP("Vocabulary", "Story"),
    wechat_moment=QT_TRANSLATE_NOOP("Vocabulary", "WeChat Moment"),
    article=QT_TRANSLATE_NOOP("Vocabulary", "Article"),
)
_APPROVAL_STATE_LABELS = _table(
    not_submitted=QT_TRANSLATE_NOOP("Vocabulary", "Not submitted"),
    submitted=QT_TRANSLATE_NOOP("Vocabulary", "Submitted"),
    changes_requested=QT_TRANSLATE_NOOP("Vocabulary", "Changes requested"),
    approved=QT_TRANSLATE_NOOP("Vocabulary", "Approved"),
    published=QT_TRANSLATE_NOOP("Vocabulary", "Published"),
)
_GIFT_KIND_LABELS = _table(
    thank_you_note=QT_TRANSLATE_NOOP("Vocabulary", "Thank you note"),
    gift=QT_TRANSLATE_NOOP("Vocabulary", "Gift"),
    red_envelope=QT_TRANSLATE_NOOP("Vocabulary", "Red envelope (红包)"),
    event_invitation=QT_TRANSLATE_NOOP("Vocabulary", "Event invitation"),
)
_OCCASION_LABELS = _table(
    after_collaboration=QT_TRANSLATE_NOOP("Vocabulary", "After a collaboration"),
    spring_festival=QT_TRANSLATE_NOOP("Vocabulary", "Spring Festival (春节)"),
    mid_autumn=QT_TRANSLATE_NOOP("Vocabulary", "Mid-Autumn Festival (中秋)"),
    dragon_boat=QT_TRANSLATE_NOOP("Vocabulary", "Dragon Boat Festival (端午)"),
    birthday=QT_TRANSLATE_NOOP("Vocabulary", "Birthday"),
    other=QT_TRANSLATE_NOOP("Vocabulary", "Other"),
)
_PERK_KIND_LABELS = _table(
    scheduling_priority=QT_TRANSLATE_NOOP("Vocabulary", "Scheduling priority"),
    free_wechat_moment=QT_TRANSLATE_NOOP("Vocabulary", "Free WeChat Moment"),
    free_weibo_story=QT_TRANSLATE_NOOP("Vocabulary", "Free Weibo story"),
    extra_content=QT_TRANSLATE_NOOP("Vocabulary", "Extra content"),
    prioritised_production=QT_TRANSLATE_NOOP("Vocabulary", "Prioritised production"),
    kol_offered_discount=QT_TRANSLATE_NOOP("Vocabulary", "KOL-offered discount"),
    other=QT_TRANSLATE_NOOP("Vocabulary", "Other"),
)
_PRIORITY_LABELS = _table(
    standard=QT_TRANSLATE_NOOP("Vocabulary", "Standard"),
    preferred=QT_TRANSLATE_NOOP("Vocabulary", "Preferred"),
    first_call=QT_TRANSLATE_NOOP("Vocabulary", "First call"),
)
_RISK_CATEGORY_LABELS = _table(
    reputational=QT_TRANSLATE_NOOP("Vocabulary", "Reputational"),
    audience_authenticity=QT_TRANSLATE_NOOP("Vocabulary", "Audience authenticity / fake followers"),
    compliance=QT_TRANSLATE_NOOP("Vocabulary", "Compliance"),
    delivery=QT_TRANSLATE_NOOP("Vocabulary", "Delivery"),
    contractual=QT_TRANSLATE_NOOP("Vocabulary", "Contractual"),
)
_RISK_STATUS_LABELS = _table(
    open=QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    mitigated=QT_TRANSLATE_NOOP("Vocabulary", "Mitigated"),
    closed=QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
)
_REMINDER_KIND_LABELS = _table(
    task=QT_TRANSLATE_NOOP("Vocabulary", "Tasks"),
    thank_you=QT_TRANSLATE_NOOP("Vocabulary", "Thank-yous due"),
    festival=QT_TRANSLATE_NOOP("Vocabulary", "Festival greetings"),
    birthday=QT_TRANSLATE_NOOP("Vocabulary", "Birthdays"),
    deliverable=QT_TRANSLATE_NOOP("Vocabulary", "Deliverables due"),
    payment=QT_TRANSLATE_NOOP("Vocabulary", "Payments due"),
    contract_end=QT_TRANSLATE_NOOP("Vocabulary", "Contracts ending"),
    unsigned_contract=QT_TRANSLATE_NOOP("Vocabulary", "Contracts not signed yet"),
    exclusivity_end=QT_TRANSLATE_NOOP("Vocabulary", "Exclusivity ending"),
    risk_review=QT_TRANSLATE_NOOP("Vocabulary", "Risk reviews"),
    metrics=QT_TRANSLATE_NOOP("Vocabulary", "Results to capture"),
    outreach=QT_TRANSLATE_NOOP("Vocabulary", "Outreach follow-ups"),
    ghosting=QT_TRANSLATE_NOOP("Vocabulary", "Items sent, nothing posted"),
)
_GOAL_LABELS = _table(
    awareness=QT_TRANSLATE_NOOP("Vocabulary", "Brand awareness"),
    product=QT_TRANSLATE_NOOP("Vocabulary", "Product promotion"),
    image_shift=QT_TRANSLATE_NOOP("Vocabulary", "Brand image shift"),
)
_CAMPAIGN_STATUS_LABELS = _table(
    planned=QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    launched=QT_TRANSLATE_NOOP("Vocabulary", "Launched"),
    completed=QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    cancelled=QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
)
