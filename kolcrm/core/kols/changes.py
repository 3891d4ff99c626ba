"""What differs between two versions of one KOL: the editor's unsaved record and the one someone else saved,
named in words, for the choice between reloading theirs and saving over it."""

from __future__ import annotations

from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.records import KolRecord

ACCOUNTS = "accounts"  # the key of the platform accounts among changed_keys
FIELD_NAMES = {
    "display_name": QT_TRANSLATE_NOOP("KolChanges", "Name"),
    "real_name": QT_TRANSLATE_NOOP("KolChanges", "Real name"),
    "status": QT_TRANSLATE_NOOP("KolChanges", "Status"),
    "tier_override": QT_TRANSLATE_NOOP("KolChanges", "Tier"),
    "categories": QT_TRANSLATE_NOOP("KolChanges", "Categories"),
    "value_tags": QT_TRANSLATE_NOOP("KolChanges", "Image & values tags"),
    "city": QT_TRANSLATE_NOOP("KolChanges", "City"),
    "languages": QT_TRANSLATE_NOOP("KolChanges", "Languages"),
    "agency": QT_TRANSLATE_NOOP("KolChanges", "Agency / MCN"),
    "agent_name": QT_TRANSLATE_NOOP("KolChanges", "Agent"),
    "agent_contact": QT_TRANSLATE_NOOP("KolChanges", "Agent contact"),
    "wechat_id": QT_TRANSLATE_NOOP("KolChanges", "WeChat ID"),
    "phone": QT_TRANSLATE_NOOP("KolChanges", "Phone"),
    "email": QT_TRANSLATE_NOOP("KolChanges", "Email"),
    "birthday": QT_TRANSLATE_NOOP("KolChanges", "Birthday"),
    "lunar_birthday": QT_TRANSLATE_NOOP("KolChanges", "Lunar birthday"),
    "owner": QT_TRANSLATE_NOOP("KolChanges", "Owner"),
    "legal_id_number": QT_TRANSLATE_NOOP("KolChanges", "ID number"),
    "legal_address": QT_TRANSLATE_NOOP("KolChanges", "Address for contracts"),
    "payee_bank": QT_TRANSLATE_NOOP("KolChanges", "Payee bank"),
    "payee_account": QT_TRANSLATE_NOOP("KolChanges", "Payee account"),
    "agency_legal_name": QT_TRANSLATE_NOOP("KolChanges", "Agency's registered name"),
    "agency_uscc": QT_TRANSLATE_NOOP("KolChanges", "Agency's 统一社会信用代码"),
    "agency_address": QT_TRANSLATE_NOOP("KolChanges", "Agency's address"),
    "custom": QT_TRANSLATE_NOOP("KolChanges", "Custom fields"),
}


def differing_fields(mine: KolRecord, theirs: KolRecord) -> list[str]:
    """The fields (in the user's language) where `mine` and `theirs` differ, accounts included."""
    names = [i18n.translate("KolChanges", FIELD_NAMES[key]) for key in changed_keys(mine, theirs) if key in FIELD_NAMES]
    if ACCOUNTS in changed_keys(mine, theirs):
        names.append(i18n.translate("KolChanges", "Platform accounts"))
    return names


def changed_keys(before: KolRecord, after: KolRecord) -> list[str]:
    """The keys of the fields that differ (FIELD_NAMES' keys, then ACCOUNTS): what a KOL's change log records."""
    keys = [key for key in FIELD_NAMES if getattr(before, key) != getattr(after, key)]
    if _accounts(before) != _accounts(after):
        keys.append(ACCOUNTS)
    return keys


def _accounts(record: KolRecord) -> list[tuple[object, ...]]:
    return [
        (account.platform, account.handle, account.url, account.followers, account.engagement_rate,
         account.audience_female_pct, account.audience_age_bands, account.audience_cities,
         [(item.format, item.fee, item.currency) for item in account.rate_card])
        for account in record.accounts
    ]  # fmt: skip
