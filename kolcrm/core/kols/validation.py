"""The rules a KOL record must satisfy, with messages that name the field and say what is wrong."""

from __future__ import annotations

import re
from datetime import date

from kolcrm.core import clock, i18n
from kolcrm.core.errors import FieldProblem
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.vocabulary import Platform, Status, platform_label

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?\(?[0-9][0-9 ()\-]{3,24}$")  # (021) 5555-0101 is how landlines are written
_CURRENCY = re.compile(r"^[A-Z]{3}$")
MAX_NAME_LENGTH = 100
# More than there are people; also keeps a mistyped "1000000000000亿" inside SQLite's 64-bit INTEGER.
MAX_FOLLOWERS = 10_000_000_000


def handle_key(handle: str) -> str:
    """The form of a handle used for uniqueness: '@LiJiaqi ' and 'lijiaqi' are the same account."""
    return handle.strip().lstrip("@").strip().casefold()


def contact_problem(field: str, text: str) -> str:
    """What is wrong with an email, phone or WeChat ID as typed ("" when nothing): the editor's and the import's rule."""
    value = text.strip()
    if not value:
        return ""
    if field == "email" and not _EMAIL.match(value):
        return i18n.translate("KOLs", "“{value}” is not an email address (expected name@example.com)").format(
            value=value
        )
    if field == "phone" and not _PHONE.match(value):
        return i18n.translate("KOLs", "Phone may hold only digits, spaces, +, - and brackets")
    if field == "wechat_id" and any(ch.isspace() for ch in value):
        return i18n.translate("KOLs", "A WeChat ID has no spaces")
    return ""


def account_label(platform: str, handle: str) -> str:
    """How a problem names an account: "小红书 @lulu" (the platform as the user reads it), "Account @lulu"."""
    shown = platform_label(platform) if platform else i18n.translate("KOLs", "Account")
    return f"{shown} {handle.strip()}".strip()


def account_problem(label: str, message: str) -> str:
    """A problem with one account, headed by the account: "小红书 @lulu: followers cannot be negative"."""
    return i18n.translate("KOLs", "{account}: {problem}").format(account=label, problem=message)


def validate_kol(record: KolRecord, today: date | None = None) -> list[FieldProblem]:
    today = today or clock.today()
    problems: list[FieldProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message))

    name = record.display_name.strip()
    if not name:
        problem("display_name", i18n.translate("KOLs", "Display name cannot be empty"))
    elif len(name) > MAX_NAME_LENGTH:
        problem(
            "display_name",
            i18n.translate("KOLs", "Display name is longer than {limit} characters").format(limit=MAX_NAME_LENGTH),
        )
    if record.status not in set(Status):
        problem("status", i18n.translate("KOLs", "Unknown status “{status}”").format(status=record.status))
    for field, text in (("email", record.email), ("phone", record.phone), ("wechat_id", record.wechat_id)):
        message = contact_problem(field, text)
        if message:
            problem(field, message)
    if record.birthday is not None and not (date(1900, 1, 1) <= record.birthday <= today):
        problem("birthday", i18n.translate("KOLs", "Birthday must be a date between 1900 and today"))
    if record.lunar_birthday.strip():
        from kolcrm.core.festivals import parse_lunar

        try:
            parse_lunar(record.lunar_birthday.upper())
        except ValueError as exc:
            problem("lunar_birthday", str(exc))

    seen: dict[tuple[str, str], int] = {}
    for index, account in enumerate(record.accounts):
        problems.extend(_validate_account(account, index, today))
        key = (account.platform, handle_key(account.handle))
        if key[1] and key in seen:
            problem(
                f"accounts[{index}].handle",
                i18n.translate("KOLs", "{platform} account “{handle}” is listed twice").format(
                    platform=platform_label(account.platform), handle=account.handle.strip()
                ),
            )
        seen.setdefault(key, index)
    return problems


def _validate_account(account: AccountRecord, index: int, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    where = f"accounts[{index}]"
    label = account_label(account.platform, account.handle)

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(f"{where}.{field}", account_problem(label, message)))

    if account.platform not in set(Platform):
        problem("platform", i18n.translate("KOLs", "unknown platform “{platform}”").format(platform=account.platform))
    if not handle_key(account.handle):
        problem("handle", i18n.translate("KOLs", "the handle cannot be empty"))
    if any(ch.isspace() for ch in account.url.strip()):
        problem("url", i18n.translate("KOLs", "a URL has no spaces"))
    if account.followers < 0:
        problem("followers", i18n.translate("KOLs", "followers cannot be negative"))
    elif account.followers > MAX_FOLLOWERS:
        problem(
            "followers",
            i18n.translate("KOLs", "followers cannot be more than {limit} (100亿)").format(limit=f"{MAX_FOLLOWERS:,}"),
        )
    if not 0 <= account.engagement_rate <= 100:
        problem("engagement_rate", i18n.translate("KOLs", "engagement rate must be between 0 % and 100 %"))
    if account.audience_female_pct is not None and not 0 <= account.audience_female_pct <= 100:
        problem("audience_female_pct", i18n.translate("KOLs", "female share must be between 0 % and 100 %"))
    shares = account.audience_age_bands.values()
    if any(not 0 <= share <= 100 for share in shares) or sum(shares) > 100.5:
        problem(
            "audience_age_bands",
            i18n.translate("KOLs", "age bands are shares of the audience: each 0–100 %, together at most 100 %"),
        )
    for item in account.rate_card:
        if item.fee < 0:
            problem(
                "rate_card", i18n.translate("KOLs", "the fee for “{format}” cannot be negative").format(format=item.format)
            )
        if not _CURRENCY.match(item.currency):
            problem(
                "rate_card",
                i18n.translate("KOLs", "“{currency}” is not a currency code (CNY, USD, …)").format(currency=item.currency),
            )
        if not item.format.strip():
            problem("rate_card", i18n.translate("KOLs", "every fee needs a format (e.g. Video 21–60 s)"))
    if account.figures_checked_on is not None and account.figures_checked_on > today:
        problem("figures_checked_on", i18n.translate("KOLs", "the figures cannot have been checked in the future"))
    return problems
