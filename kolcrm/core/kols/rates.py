"""What a KOL asks for a piece of content, read from their rate card, and the platform they are mainly on.

A rate card's format is free text stored in the language the user picked it in ("Image note" or 图文笔记), so a
format is matched against a content type by the suggested formats' English source and their translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.money import stored_amount
from kolcrm.core.store.models import PlatformAccount, RateCardEntry
from kolcrm.core.vocabulary import ContentType, Platform

# The suggested formats (vocabulary.RATE_CARD_FORMATS, English source) that price each content type.
_FORMATS_BY_CONTENT: dict[ContentType, tuple[str, ...]] = {
    ContentType.SHORT_VIDEO: (
        "Video 1–20 s",
        "Video 21–60 s",
        "Video 60 s+",
        "Video note",
        "Custom video",
        "Embedded video",
    ),
    ContentType.IMAGE_POST: ("Image note", "Direct post", "Repost"),
    ContentType.LIVE_STREAM: ("Live-stream slot",),
    ContentType.STORY: ("Weibo story",),
    ContentType.WECHAT_MOMENT: ("WeChat Moment",),
    ContentType.ARTICLE: ("Article (first position)", "Article (second position)"),
}


@dataclass(frozen=True)
class RateQuote:
    """One rate card line: the fee asked for `format` on `platform` (fee is the lower end of a range)."""

    platform: str
    format: str
    fee: Decimal
    currency: str
    at_least: bool = False
    upper: Decimal | None = None


def main_platform(kol_id: int) -> str | None:
    """The platform of the KOL's account with the most followers (the first account on a tie); None without one."""
    account = (
        PlatformAccount.select(PlatformAccount.platform)
        .where(PlatformAccount.kol == kol_id)
        .order_by(PlatformAccount.followers.desc(), PlatformAccount.position, PlatformAccount.id)
        .first()
    )
    return account.platform if account is not None else None


def rate_for(kol_id: int, platform: str, content_type: ContentType) -> RateQuote | None:
    """The one rate that prices `content_type` on the KOL's `platform` account; None when none or several could.

    A line whose format is a known one for this content type counts; so does the only line of an account when
    its format is the user's own wording (not a known format of another content type).
    """
    account = (
        PlatformAccount.select(PlatformAccount.id)
        .where((PlatformAccount.kol == kol_id) & (PlatformAccount.platform == platform))
        .order_by(PlatformAccount.followers.desc(), PlatformAccount.position, PlatformAccount.id)
        .first()
    )
    if account is None:
        return None
    entries = list(RateCardEntry.select().where(RateCardEntry.account == account.id).order_by(RateCardEntry.id))
    kinds = [_content_type_of(entry.format) for entry in entries]
    matching = [entry for entry, kind in zip(entries, kinds, strict=True) if kind is ContentType(content_type)]
    if not matching and len(entries) == 1 and kinds[0] is None:
        matching = entries
    if len(matching) != 1:
        return None
    entry = matching[0]
    fee = stored_amount(entry.fee)
    if fee is None:
        return None
    return RateQuote(
        platform=platform,
        format=entry.format,
        fee=fee,
        currency=entry.currency or "CNY",
        at_least=bool(entry.fee_at_least),
        upper=stored_amount(entry.fee_upper),
    )


def _content_type_of(text: str) -> ContentType | None:
    wanted = _key(text)
    for content_type, formats in _FORMATS_BY_CONTENT.items():
        for name in formats:
            if wanted in (_key(name), _key(i18n.translate("Vocabulary", name))):
                return content_type
    return None


def _key(text: str) -> str:
    return " ".join(text.replace("-", "–").casefold().split())


__all__ = ["Platform", "RateQuote", "main_platform", "rate_for"]
