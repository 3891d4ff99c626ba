"""What each column of a sheet could feed, and how well: from its header's words, its values, or both.

Each candidate ("proposal") has a score; guessing.py hands the keys out, highest score first. Header words score
up to 100 (1000 for kolcrm's own export headers), values alone under 30, so a header wins unless its values
refuse it: a Status column of 已建联/未建联, a Fee column of percentages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.vocabulary import Platform, platform_label
from kolcrm.exchange.imports import column_values as kinds
from kolcrm.exchange.imports.column_values import ColumnValues
from kolcrm.exchange.imports.field_keys import ACCOUNT_FIELDS, CUSTOM_PREFIX, METRIC_PREFIX, field_label, parse_key
from kolcrm.exchange.imports.header_words import HeaderWords


@dataclass
class Proposal:
    """One key a column could feed, with its score (higher is handed out first), reason and confidence."""

    score: float
    column: int
    key: str
    reason: str
    confidence: float
    also: tuple[str, ...] = ()  # keys the column feeds too, when they are free ('微博昵称' is the Weibo handle)
    from_domain: bool = False  # qualified by the platform its URLs name, not by its header


@dataclass
class Column:
    """One column while it is guessed: its header's words, its values, what it could feed, what it was given."""

    index: int
    words: HeaderWords
    values: ColumnValues
    proposals: list[Proposal] = field(default_factory=list)
    doubt: str = ""  # why the header's field was not taken (its values disagree)
    keys: list[str] = field(default_factory=list)
    reason: str = ""
    confidence: float = 0.0
    from_domain: bool = False


# What a field's values look like, for the reasons shown: "92% of values are counts" (translated where shown).
_VALUE_WORDS = {
    "platform": QT_TRANSLATE_NOOP("Import", "platform names"),
    "status": QT_TRANSLATE_NOOP("Import", "KOL statuses"),
    "tier": QT_TRANSLATE_NOOP("Import", "tiers"),
    "followers": QT_TRANSLATE_NOOP("Import", "counts"),
    "engagement_rate": QT_TRANSLATE_NOOP("Import", "rates"),
    "fee": QT_TRANSLATE_NOOP("Import", "amounts"),
    "rate_card": QT_TRANSLATE_NOOP("Import", "rate cards"),
    "url": QT_TRANSLATE_NOOP("Import", "web addresses"),
    "email": QT_TRANSLATE_NOOP("Import", "email addresses"),
    "phone": QT_TRANSLATE_NOOP("Import", "phone numbers"),
    "birthday": QT_TRANSLATE_NOOP("Import", "dates"),
    "last_contact": QT_TRANSLATE_NOOP("Import", "dates"),
    "handle": QT_TRANSLATE_NOOP("Import", "account names or IDs"),
    "display_name": QT_TRANSLATE_NOOP("Import", "names"),
}
# What the values alone suggest, said of all of them and of a share of them ("92% of values are percentages").
_VALUE_REASONS = {
    "url": (
        QT_TRANSLATE_NOOP("Import", "values are web addresses"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are web addresses"),
    ),
    "url_on": (
        QT_TRANSLATE_NOOP("Import", "values are web addresses ({platform})"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are web addresses ({platform})"),
    ),
    "email": (
        QT_TRANSLATE_NOOP("Import", "values are email addresses"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are email addresses"),
    ),
    "platform": (
        QT_TRANSLATE_NOOP("Import", "values name platforms"),
        QT_TRANSLATE_NOOP("Import", "{share} of values name platforms"),
    ),
    "rate_card": (
        QT_TRANSLATE_NOOP("Import", "values are rate cards (format: amount)"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are rate cards (format: amount)"),
    ),
    "percent": (
        QT_TRANSLATE_NOOP("Import", "values are percentages"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are percentages"),
    ),
    "at_name": (
        QT_TRANSLATE_NOOP("Import", "values look like @handles"),
        QT_TRANSLATE_NOOP("Import", "{share} of values look like @handles"),
    ),
    "long_id": (
        QT_TRANSLATE_NOOP("Import", "values are 16–20-digit account IDs (kept as text)"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are 16–20-digit account IDs (kept as text)"),
    ),
    "username": (
        QT_TRANSLATE_NOOP("Import", "values look like usernames"),
        QT_TRANSLATE_NOOP("Import", "{share} of values look like usernames"),
    ),
    "phone": (
        QT_TRANSLATE_NOOP("Import", "values are phone numbers"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are phone numbers"),
    ),
    "status": (
        QT_TRANSLATE_NOOP("Import", "values are KOL statuses"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are KOL statuses"),
    ),
    "tier": (
        QT_TRANSLATE_NOOP("Import", "values are tiers"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are tiers"),
    ),
    "counts": (
        QT_TRANSLATE_NOOP("Import", "values are counts (no header names them)"),
        QT_TRANSLATE_NOOP("Import", "{share} of values are counts (no header names them)"),
    ),
}
_TEXT_FIELDS = frozenset({"real_name", "city", "categories", "value_tags", "languages", "agency", "agent_name",
                          "fee_format", "notes"})  # fmt: skip


def _fit(field_key: str, values: ColumnValues) -> tuple[bool, float]:
    """Whether the values can be this field's, and how many look like it (0..1). No values: (True, 0)."""
    if not values.count:
        return True, 0.0
    share, share_all = values.share, values.share_all
    if field_key in ("platform", "status", "tier"):
        bit = {"platform": kinds.PLATFORM, "status": kinds.STATUS, "tier": kinds.TIER}[field_key]
        return share(bit) >= 0.6, share(bit)
    if field_key == "followers":
        counts = share_all(kinds.NUMBER, without=kinds.PERCENT | kinds.LONG_ID)
        return counts >= 0.5, counts  # a header that says followers wins over a few typos (reported per cell)
    if field_key == "engagement_rate":
        rates = share(kinds.PERCENT) + values.small / values.count
        return rates >= 0.6 and share(kinds.SUFFIX | kinds.MONEY) < 0.2, min(rates, 1.0)
    if field_key == "fee":
        amounts = share_all(kinds.NUMBER, without=kinds.PERCENT)
        return amounts >= 0.5 and share(kinds.PERCENT) < 0.2, amounts
    if field_key == "rate_card":
        cards = share(kinds.RATE_CARD) + share_all(kinds.NUMBER, without=kinds.PERCENT)
        return cards >= 0.5 and share(kinds.PERCENT) < 0.2, min(cards, 1.0)
    if field_key in ("url", "email", "phone"):
        bit = {"url": kinds.URL, "email": kinds.EMAIL, "phone": kinds.PHONE}[field_key]
        return share(bit) >= 0.5, share(bit)
    if field_key in ("birthday", "last_contact"):
        return share(kinds.DATE) >= 0.6, share(kinds.DATE)
    if field_key == "handle":
        wrong = share(kinds.PERCENT | kinds.SUFFIX | kinds.DECIMAL | kinds.URL | kinds.DATE | kinds.MONEY)
        like = share(kinds.USERNAME | kinds.AT_NAME | kinds.INTEGER | kinds.LONG_ID)
        return wrong < 0.4, like
    if field_key == "display_name":
        wrong = share(kinds.PERCENT | kinds.SUFFIX | kinds.URL | kinds.EMAIL | kinds.DATE | kinds.MONEY)
        return wrong < 0.5, 1.0 - wrong
    if field_key in _TEXT_FIELDS:
        numeric = share(kinds.NUMBER)
        return numeric < (0.5 if field_key == "notes" else 0.8), 1.0 - numeric
    return True, 0.0


def propose(column: Column) -> None:
    """Add the column's candidates: its header's fields its values agree with, else what the values suggest."""
    words = column.words
    if words.header.lstrip()[:7].casefold() in (CUSTOM_PREFIX, METRIC_PREFIX):
        # kolcrm's export writes 'custom: Bio' and 'metric: Total likes': the key is in the header.
        try:
            key = str(parse_key(words.header))
        except ValueError:
            pass
        else:
            reason = i18n.translate("Import", "kolcrm's own export column “{header}”").format(header=words.header)
            column.proposals.append(Proposal(1000, column.index, key, reason, 0.95))
            return
    best = words.best()
    if best is not None:
        for field_key, score in words.fields.items():
            if score >= best[1] - 15:  # a close second: '粉丝量级' is followers or a tier, the values decide
                _propose_field(column, field_key, score, words.platform)
    elif words.platform is not None and not words.rest:
        _propose_platform_column(column, words.platform)
    if column.proposals or not column.values.count:
        return
    _propose_from_values(column, words)


def _propose_field(column: Column, field_key: str, score: int, platform: Platform | None) -> None:
    words, values = column.words, column.values
    header = words.header
    ok, share = _fit(field_key, values)
    if field_key == "fee" and values.share(kinds.RATE_CARD) >= 0.5:
        field_key, (ok, share) = "rate_card", _fit("rate_card", values)
    if field_key == "handle" and values.share(kinds.URL) >= 0.8:
        field_key, (ok, share) = "url", _fit("url", values)
    if not ok:
        if field_key in _TEXT_FIELDS:
            doubt = i18n.translate(
                "Import", "header “{header}” suggests {field}, but its values ({samples}) are figures"
            )
        elif field_key in _VALUE_WORDS:
            doubt = i18n.translate(
                "Import", "header “{header}” suggests {field}, but its values ({samples}) are not {kind}"
            )
        else:
            doubt = i18n.translate(
                "Import", "header “{header}” suggests {field}, but its values ({samples}) are not its kind"
            )
        column.doubt = doubt.format(
            header=header,
            field=field_label(field_key),
            samples=", ".join(values.samples),
            kind=i18n.translate("Import", _VALUE_WORDS.get(field_key, "")),
        )
        return
    exact = score >= 95
    if words.export:
        reason = i18n.translate("Import", "kolcrm's own export column “{header}”").format(header=header)
    else:
        reason = i18n.translate("Import", "header “{header}”").format(header=header)
    if share >= 0.8 and field_key in _VALUE_WORDS and values.count:
        reason = i18n.translate("Import", "{reason}; {share} of values are {kind}").format(
            reason=reason, share=_percent(share), kind=i18n.translate("Import", _VALUE_WORDS[field_key])
        )
    if values.count:
        confidence = 0.95 if exact else 0.8
    else:
        confidence = 0.8 if exact else 0.6
    key = qualified(field_key, platform)
    if field_key == "display_name" and platform is Platform.WEIBO:
        # A Weibo nickname is unique on Weibo: it is the handle too (or only the handle, when a name column exists).
        weibo = "handle@Weibo"
        also = i18n.translate("Import", "{reason} (a Weibo nickname is also its handle)").format(reason=reason)
        column.proposals.append(Proposal(score, column.index, key, also, confidence, (weibo,)))
        reason = i18n.translate("Import", "{reason} (a Weibo nickname is its handle)").format(reason=reason)
        column.proposals.append(Proposal(score - 1, column.index, weibo, reason, confidence))
        return
    column.proposals.append(Proposal(score, column.index, key, reason, confidence))


def _propose_platform_column(column: Column, platform: Platform) -> None:
    """A header that is only a platform's name ('抖音', 'Instagram'): its values say which account field."""
    values = column.values
    if values.share(kinds.URL) >= 0.5:
        field_key = "url"
    elif values.share(kinds.PERCENT) >= 0.6:
        field_key = "engagement_rate"
    elif values.share_all(kinds.NUMBER, without=kinds.LONG_ID) >= 0.6:
        field_key = "followers"
    else:
        field_key = "handle"
    if values.count:
        reason = i18n.translate("Import", "header “{header}” names {platform}; its values are {kind}")
    else:
        reason = i18n.translate("Import", "header “{header}” names {platform}")
    reason = reason.format(
        header=column.words.header,
        platform=platform_label(platform.value),
        kind=i18n.translate("Import", _VALUE_WORDS[field_key]),
    )
    column.proposals.append(Proposal(90, column.index, qualified(field_key, platform), reason, 0.7))


def _propose_from_values(column: Column, words: HeaderWords) -> None:
    """The header says nothing (or its field was refused): what the values alone suggest."""
    values = column.values
    share = values.share
    domain = domain_platform(values)
    found: list[tuple[float, str, str, float]] = []  # (score, key, _VALUE_REASONS key, share)
    if share(kinds.URL) >= 0.8:
        found.append((28, qualified("url", domain), "url" if domain is None else "url_on", share(kinds.URL)))
    if share(kinds.EMAIL) >= 0.8:
        found.append((28, "email", "email", share(kinds.EMAIL)))
    if share(kinds.PLATFORM) >= 0.8 and not (words.keep_like or words.metric_like):
        found.append((28, "platform", "platform", share(kinds.PLATFORM)))
    if share(kinds.RATE_CARD) >= 0.6:
        found.append((29, "rate_card", "rate_card", share(kinds.RATE_CARD)))
    if not (words.metric_like or words.keep_like):
        # 'Rate' with 3.2% is an engagement rate; '完播率' (completion rate) or 'CTR' a metric.
        if share(kinds.PERCENT) >= 0.8:
            rated = 26.0 if words.rate_like else 25.0  # of several such columns, the one headed as a rate
            found.append((rated, "engagement_rate", "percent", share(kinds.PERCENT)))
        if not words.rate_like:
            found.extend(_neutral_value_guesses(values))
    platform = platform_label(domain.value) if domain is not None else ""
    for score, key, said, part in found:
        # 'values are percentages', or of a part: '92% of values are percentages'.
        reason = i18n.translate("Import", _VALUE_REASONS[said][part < 1]).format(
            share=_percent(part), platform=platform
        )
        # The values alone: never quite sure (the wizard says "check"); a count picked by its size, less so.
        confidence = 0.5 if key == "followers" else 0.35 + 0.4 * part
        column.proposals.append(
            Proposal(score, column.index, key, reason, confidence, from_domain=key.startswith("url@"))
        )


def _neutral_value_guesses(values: ColumnValues) -> list[tuple[float, str, str, float]]:
    share = values.share
    found: list[tuple[float, str, str, float]] = []
    if share(kinds.AT_NAME) >= 0.6:
        found.append((27, "handle", "at_name", share(kinds.AT_NAME)))
    elif share(kinds.LONG_ID) >= 0.8:
        found.append((26, "handle", "long_id", share(kinds.LONG_ID)))
    elif share(kinds.USERNAME) >= 0.9 and values.unique >= 0.9 and values.count >= 3:
        found.append((20, "handle", "username", share(kinds.USERNAME)))
    if share(kinds.PHONE) >= 0.8 and not share(kinds.LONG_ID):
        found.append((24, "phone", "phone", share(kinds.PHONE)))
    if share(kinds.STATUS) >= 0.9:
        found.append((22, "status", "status", share(kinds.STATUS)))
    if share(kinds.TIER) >= 0.9:
        found.append((22, "tier", "tier", share(kinds.TIER)))
    counts = values.share_all(kinds.NUMBER, without=kinds.PERCENT | kinds.LONG_ID | kinds.MONEY | kinds.PHONE)
    median = values.median()
    if (
        counts >= 0.8
        and (share(kinds.SUFFIX) >= 0.3 or median >= 1000)
        and min(values.figures, default=0) >= 0
        and not values.counts_up()
    ):
        # Several such columns: the largest figures are most likely the followers (posts and likes are fewer).
        score = 10 + min(9.0, math.log10(max(median, 1)))
        found.append((score, "followers", "counts", counts))
    return found


def prefer_usernames_as_handles(columns: list[Column]) -> None:
    """Two name columns ('Tiktoker name', 'Tiktok name'): the one holding usernames is the handle."""
    naming = [c for c in columns if any(p.key == "display_name" for p in c.proposals) and c.values.count]
    if len(naming) < 2:
        return

    def username_share(column: Column) -> float:
        values = column.values
        return values.share(kinds.USERNAME | kinds.AT_NAME | kinds.INTEGER) - values.share(kinds.WORDS)

    most = max(naming, key=username_share)
    if username_share(most) < 0.9 or all(username_share(other) >= username_share(most) for other in naming
                                         if other is not most):  # fmt: skip
        return
    display = next(p for p in most.proposals if p.key == "display_name")
    key = qualified("handle", most.words.platform)
    reason = i18n.translate(
        "Import", "header “{header}”; its values are usernames, another column has the names"
    ).format(header=most.words.header)
    most.proposals.append(Proposal(display.score + 1, most.index, key, reason, 0.7))


def qualified(field_key: str, platform: Platform | None) -> str:
    return f"{field_key}@{platform.value}" if platform is not None and field_key in ACCOUNT_FIELDS else field_key


def domain_platform(values: ColumnValues) -> Platform | None:
    """The one platform most of the column's URLs are on."""
    if not values.domains:
        return None
    platform, cells = values.domains.most_common(1)[0]
    urls = values.share(kinds.URL) * values.count
    return platform if urls and cells / urls >= 0.8 else None


def _percent(share: float) -> str:
    return f"{math.floor(share * 100)}%"
