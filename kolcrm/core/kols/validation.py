"""The rules a KOL record must satisfy, with messages that name the field and say what is wrong."""

from __future__ import annotations

import re
from datetime import date

from kolcrm.core import clock
from kolcrm.core.errors import FieldProblem
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.vocabulary import Platform, Status

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
        return f"“{value}” is not an email address (expected name@example.com)"
    if field == "phone" and not _PHONE.match(value):
        return "Phone may hold only digits, spaces, +, - and brackets"
    if field == "wechat_id" and any(ch.isspace() for ch in value):
        return "A WeChat ID has no spaces"
    return ""


def validate_kol(record: KolRecord, today: date | None = None) -> list[FieldProblem]:
    today = today or clock.today()
    problems: list[FieldProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message))

    name = record.display_name.strip()
    if not name:
        problem("display_name", "Display name cannot be empty")
    elif len(name) > MAX_NAME_LENGTH:
        problem("display_name", f"Display name is longer than {MAX_NAME_LENGTH} characters")
    if record.status not in set(Status):
        problem("status", f"Unknown status “{record.status}”")
    for field, text in (("email", record.email), ("phone", record.phone), ("wechat_id", record.wechat_id)):
        message = contact_problem(field, text)
        if message:
            problem(field, message)
    if record.birthday is not None and not (date(1900, 1, 1) <= record.birthday <= today):
        problem("birthday", "Birthday must be a date between 1900 and today")
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
                f"{account.platform} account “{account.handle.strip()}” is listed twice",
            )
        seen.setdefault(key, index)
    return problems


def _validate_account(account: AccountRecord, index: int, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    where = f"accounts[{index}]"
    label = f"{account.platform or 'Account'} {account.handle.strip()}".strip()

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(f"{where}.{field}", f"{label}: {message}"))

    if account.platform not in set(Platform):
        problem("platform", f"unknown platform “{account.platform}”")
    if not handle_key(account.handle):
        problem("handle", "the handle cannot be empty")
    if any(ch.isspace() for ch in account.url.strip()):
        problem("url", "a URL has no spaces")
    if account.followers < 0:
        problem("followers", "followers cannot be negative")
    elif account.followers > MAX_FOLLOWERS:
        problem("followers", f"followers cannot be more than {MAX_FOLLOWERS:,} (100亿)")
    if not 0 <= account.engagement_rate <= 100:
        problem("engagement_rate", "engagement rate must be between 0 % and 100 %")
    if account.audience_female_pct is not None and not 0 <= account.audience_female_pct <= 100:
        problem("audience_female_pct", "female share must be between 0 % and 100 %")
    shares = account.audience_age_bands.values()
    if any(not 0 <= share <= 100 for share in shares) or sum(shares) > 100.5:
        problem("audience_age_bands", "age bands are shares of the audience: each 0–100 %, together at most 100 %")
    for item in account.rate_card:
        if item.fee < 0:
            problem("rate_card", f"the fee for “{item.format}” cannot be negative")
        if not _CURRENCY.match(item.currency):
            problem("rate_card", f"“{item.currency}” is not a currency code (CNY, USD, …)")
        if not item.format.strip():
            problem("rate_card", "every fee needs a format (e.g. Video 21–60 s)")
    if account.figures_checked_on is not None and account.figures_checked_on > today:
        problem("figures_checked_on", "the figures cannot have been checked in the future")
    return problems
