"""How the KOL pane writes an account's followers, a rate-card fee and who saved the KOL last."""

from __future__ import annotations

from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.numbers import format_count, format_money


def followers_text(account: AccountRecord) -> str:
    """12万, or as a sheet gave it: 10万+ (at least), 60万–80万 (a range)."""
    text = format_count(account.followers)
    if account.followers_upper is not None:
        return f"{text}–{format_count(account.followers_upper)}"
    return text + "+" if account.followers_at_least else text


def fee_text(item: RateCardItem) -> str:
    text = format_money(item.fee, item.currency)
    if item.upper is not None:
        return f"{text}–{format_money(item.upper, item.currency)}"
    return text + "+" if item.at_least else text


def last_changed(record: KolRecord) -> str:
    """ "李雷 · 2026-12-02 14:02": who saved the KOL last and when (in this computer's time)."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(record.updated_at).astimezone()
    except ValueError:
        return record.changed_by
    return " · ".join(part for part in (record.changed_by, moment.strftime("%Y-%m-%d %H:%M")) if part)
