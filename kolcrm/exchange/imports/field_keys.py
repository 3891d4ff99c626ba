"""The keys a mapping maps columns to: built-in fields, account fields of a platform, custom fields, metrics.

A mapping is a plain dict, header → key, or a list of keys when one column feeds two fields (a handle that is also
the name). Keys: the built-in fields (FIELDS); an account field of a named platform (`handle@Douyin`);
`custom:<name>` (a custom field on the KOL); `metric:<name>` (a dated figure on the account); "" for nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from kolcrm.exchange.imports.cells import parse_platform

Mapping = dict[str, str | list[str]]

# Field key → label shown in the wizard. Order is the order of the wizard's combo boxes.
FIELDS: dict[str, str] = {
    "display_name": "Name (nickname)",
    "real_name": "Real name",
    "kol_ref": "KOL # (rows of one KOL)",
    "platform": "Platform",
    "handle": "Handle / account ID",
    "url": "Profile URL",
    "followers": "Followers",
    "engagement_rate": "Engagement rate (%)",
    "fee": "Fee (rate card)",
    "fee_format": "Fee format (e.g. Video 21–60 s)",
    "rate_card": "Rate card (FORMAT: AMOUNT; …)",
    "tier": "Tier",
    "city": "City",
    "categories": "Categories",
    "value_tags": "Tags",
    "languages": "Languages",
    "email": "Email",
    "phone": "Phone",
    "wechat_id": "WeChat ID",
    "agency": "Agency / MCN",
    "agent_name": "Agent",
    "agent_contact": "Agent contact",
    "status": "Status",
    "last_contact": "Last contact",
    "birthday": "Birthday",
    "notes": "Notes",
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
                raise ValueError(f"“{key}” needs a name after “{prefix}”")
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
        raise ValueError(f"“{key}”: unknown platform “{qualifier.strip()}” after @")
    raise ValueError(
        f"unknown field “{key}” (known: {', '.join(FIELDS)}; custom:NAME, metric:NAME; "
        f"{'/'.join(ACCOUNT_FIELDS)}@PLATFORM)"
    )


def field_label(key: str) -> str:
    """The English label of any key: 'handle@Douyin' → 'Handle / account ID (Douyin)', 'custom:Bio' → …"""
    if not key:
        return "Not imported"
    try:
        parsed = parse_key(key)
    except ValueError:
        return key
    if parsed.kind == "custom":
        return f"Custom field: {parsed.name}"
    if parsed.kind == "metric":
        return f"Metric: {parsed.name}"
    label = FIELDS[parsed.name]
    return f"{label} ({parsed.platform})" if parsed.platform else label
