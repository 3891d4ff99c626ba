"""The keys a mapping maps columns to: built-in fields, account fields of a platform, custom fields, metrics.

A mapping is a plain dict, header → key, or a list of keys when one column feeds two fields (a handle that is also
the name). Keys: the built-in fields (FIELDS); an account field of a named platform (`handle@Douyin`);
`custom:<name>` (a custom field on the KOL); `metric:<name>` (a dated figure on the account); "" for nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.vocabulary import platform_label
from kolcrm.exchange.imports.cells import parse_platform

Mapping = dict[str, str | list[str]]

# Field key → label shown in the wizard (English; field_label gives it in the user's language). Order is the order
# of the wizard's combo boxes.
FIELDS: dict[str, str] = {
    "display_name": QT_TRANSLATE_NOOP("Import", "Name (nickname)"),
    "real_name": QT_TRANSLATE_NOOP("Import", "Real name"),
    "kol_ref": QT_TRANSLATE_NOOP("Import", "KOL # (rows of one KOL)"),
    "platform": QT_TRANSLATE_NOOP("Import", "Platform"),
    "handle": QT_TRANSLATE_NOOP("Import", "Handle / account ID"),
    "url": QT_TRANSLATE_NOOP("Import", "Profile URL"),
    "followers": QT_TRANSLATE_NOOP("Import", "Followers"),
    "engagement_rate": QT_TRANSLATE_NOOP("Import", "Engagement rate (%)"),
    "fee": QT_TRANSLATE_NOOP("Import", "Fee (rate card)"),
    "fee_format": QT_TRANSLATE_NOOP("Import", "Fee format (e.g. Video 21–60 s)"),
    "rate_card": QT_TRANSLATE_NOOP("Import", "Rate card (FORMAT: AMOUNT; …)"),
    "tier": QT_TRANSLATE_NOOP("Import", "Tier"),
    "city": QT_TRANSLATE_NOOP("Import", "City"),
    "categories": QT_TRANSLATE_NOOP("Import", "Categories"),
    "value_tags": QT_TRANSLATE_NOOP("Import", "Tags"),
    "languages": QT_TRANSLATE_NOOP("Import", "Languages"),
    "email": QT_TRANSLATE_NOOP("Import", "Email"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "wechat_id": QT_TRANSLATE_NOOP("Import", "WeChat ID"),
    "agency": QT_TRANSLATE_NOOP("Import", "Agency / MCN"),
    "agent_name": QT_TRANSLATE_NOOP("Import", "Agent"),
    "agent_contact": QT_TRANSLATE_NOOP("Import", "Agent contact"),
    "status": QT_TRANSLATE_NOOP("Import", "Status"),
    "last_contact": QT_TRANSLATE_NOOP("Import", "Last contact"),
    "birthday": QT_TRANSLATE_NOOP("Import", "Birthday"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
}
# Fields of a platform account: these may carry the platform they belong to (`followers@Douyin`).
ACCOUNT_FIELDS = ("handle", "url", "followers", "engagement_rate", "fee")
CUSTOM_PREFIX, METRIC_PREFIX = "custom:", "metric:"


class FieldKey(NamedTuple):
    """A mapping key taken apart: kind "field" (name a FIELDS key), "custom" or "metric" (name as written)."""

    kind: str
    name: str
    platform: str = ""  # a Platform value for `handle@Douyin`, else ""

    def __str__(self) -> str:
        if self.kind == "field":
            return f"{self.name}@{self.platform}" if self.platform else self.name
        return f"{self.kind}:{self.name}"


def parse_key(key: str) -> FieldKey:
    """'handle@抖音' → ('field', 'handle', 'Douyin'); 'custom: Bio' → ('custom', 'Bio'). ValueError if unknown."""
    text = key.strip()
    for prefix, kind in ((CUSTOM_PREFIX, "custom"), (METRIC_PREFIX, "metric")):
        if text.casefold().startswith(prefix):
            name = " ".join(text[len(prefix) :].split())
            if not name:
                raise ValueError(
                    i18n.translate("Import", "“{key}” needs a name after “{prefix}”").format(key=key, prefix=prefix)
                )
            return FieldKey(kind, name)
    base, at, qualifier = text.partition("@")
    base = base.strip()
    if base in FIELDS and not at:
        return FieldKey("field", base)
    if base in ACCOUNT_FIELDS and at:
        try:
            platform = parse_platform(qualifier)
        except ValueError:
            platform = None
        if platform is not None:
            return FieldKey("field", base, platform.value)
        raise ValueError(
            i18n.translate("Import", "“{key}”: unknown platform “{platform}” after @").format(
                key=key, platform=qualifier.strip()
            )
        )
    raise ValueError(
        i18n.translate("Import", "unknown field “{key}” (known: {fields}; custom:NAME, metric:NAME; {account}@PLATFORM)")
        .format(key=key, fields=", ".join(FIELDS), account="/".join(ACCOUNT_FIELDS))
    )  # fmt: skip


def field_label(key: str) -> str:
    """The label of any key in the user's language: 'handle@Douyin' → 'Handle / account ID (Douyin)', 'custom:Bio' → …"""
    if not key:
        return i18n.translate("Import", "Not imported")
    try:
        parsed = parse_key(key)
    except ValueError:
        return key
    if parsed.kind == "custom":
        return i18n.translate("Import", "Custom field: {name}").format(name=parsed.name)
    if parsed.kind == "metric":
        return i18n.translate("Import", "Metric: {name}").format(name=parsed.name)
    label = i18n.translate("Import", FIELDS[parsed.name])
    if not parsed.platform:
        return label
    return i18n.translate("Import", "{field} ({platform})").format(
        field=label, platform=platform_label(parsed.platform)
    )
