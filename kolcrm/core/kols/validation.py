"""The rules a KOL record must satisfy, with messages that name the field and say what is wrong."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from kolcrm.core import clock, i18n, identifiers
from kolcrm.core.errors import FieldProblem
from kolcrm.core.kols import legal_id
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.money import amount_problem
from kolcrm.core.vocabulary import Platform, Status, platform_label

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?\(?[0-9][0-9 ()\-]{3,24}$")  # (021) 5555-0101 is how landlines are written
_CURRENCY = re.compile(r"^[A-Z]{3}$")
MAX_NAME_LENGTH = 100
# More than there are people; also keeps a mistyped "1000000000000亿" inside SQLite's 64-bit INTEGER.
MAX_FOLLOWERS = 10_000_000_000
# Characters no one types on purpose: C0 controls (NUL, ESC…), DEL, C1 controls, lone surrogates (which cannot even
# be written as UTF-8) and the non-characters U+FFFE/U+FFFF. Pasted from a terminal or a broken file, they are
# invisible on screen, break other programs reading an export, and a NUL used to break search. Tab and line breaks
# are text in the fields that hold several lines, and nowhere else.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_CONTROL_OR_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


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


def control_character_problem(field: str, text: str, what: str, multiline: bool = False) -> FieldProblem | None:
    """Why `text` cannot be stored because of an invisible control character, or None. `what` names the field for
    the user, already translated ("WeChat ID"). `multiline`: tab and line breaks are allowed (notes, briefs)."""
    found = (_CONTROL if multiline else _CONTROL_OR_BREAK).search(text.strip())
    if found is None:
        return None
    message = i18n.translate("KOLs", "{what} holds an invisible control character ({code}): remove it")
    return FieldProblem(field, message.format(what=what, code=f"U+{ord(found.group()):04X}"))


def visible(text: str) -> str:
    """Text as a message may quote it: each control character shown as \ufffd rather than sent to the screen."""
    return _CONTROL_OR_BREAK.sub("\ufffd", text)


def account_label(platform: str, handle: str) -> str:
    """How a problem names an account: "小红书 @lulu" (the platform as the user reads it), "Account @lulu"."""
    shown = platform_label(platform) if platform else i18n.translate("KOLs", "Account")
    return f"{shown} {visible(handle.strip())}".strip()


def account_problem(label: str, message: str) -> str:
    """A problem with one account, headed by the account: "小红书 @lulu: followers cannot be negative"."""
    return i18n.translate("KOLs", "{account}: {problem}").format(account=label, problem=message)


def validate_kol(record: KolRecord, today: date | None = None) -> list[FieldProblem]:
    today = today or clock.today()
    problems: list[FieldProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message))

    unreadable = _control_characters(record)
    problems.extend(unreadable)
    refused = {p.field for p in unreadable}
    name = record.display_name.strip()
    if not name:
        problem("display_name", i18n.translate("KOLs", "Display name cannot be empty"))
    elif len(name) > MAX_NAME_LENGTH and "display_name" not in refused:
        problem(
            "display_name",
            i18n.translate("KOLs", "Display name is longer than {limit} characters").format(limit=MAX_NAME_LENGTH),
        )
    if record.status not in set(Status):
        problem("status", i18n.translate("KOLs", "Unknown status “{status}”").format(status=record.status))
    for field, text in (("email", record.email), ("phone", record.phone), ("wechat_id", record.wechat_id)):
        message = "" if field in refused else contact_problem(field, text)
        if message:
            problem(field, message)
    for field, message in legal_id.problems(record.legal_id_number, record.payee_account):
        if field not in refused:
            problem(field, message)
    uscc = record.agency_uscc.strip().upper()
    if uscc and "agency_uscc" not in refused and (reason := identifiers.uscc_problem(uscc)):
        problem("agency_uscc", reason)
    if record.birthday is not None and not (date(1900, 1, 1) <= record.birthday <= today):
        problem("birthday", i18n.translate("KOLs", "Birthday must be a date between 1900 and today"))
    if record.lunar_birthday.strip() and "lunar_birthday" not in refused:
        from kolcrm.core.festivals import parse_lunar

        try:
            parse_lunar(record.lunar_birthday.upper())
        except ValueError as exc:
            problem("lunar_birthday", str(exc))

    seen: dict[tuple[str, str], int] = {}
    for index, account in enumerate(record.accounts):
        problems.extend(_validate_account(account, index, today, refused))
        key = (account.platform, handle_key(account.handle))
        if key[1] and key in seen:
            problem(
                f"accounts[{index}].handle",
                i18n.translate("KOLs", "{platform} account “{handle}” is listed twice").format(
                    platform=platform_label(account.platform), handle=visible(account.handle.strip())
                ),
            )
        seen.setdefault(key, index)
    return problems


def _control_characters(record: KolRecord) -> list[FieldProblem]:
    """Every text field of the record that holds a control character, one problem per field."""
    fields = {
        "display_name": (record.display_name, i18n.translate("KOLs", "Display name")),
        "real_name": (record.real_name, i18n.translate("KOLs", "Real name")),
        "city": (record.city, i18n.translate("KOLs", "City")),
        "agency": (record.agency, i18n.translate("KOLs", "Agency")),
        "agent_name": (record.agent_name, i18n.translate("KOLs", "Agent name")),
        "agent_contact": (record.agent_contact, i18n.translate("KOLs", "Agent contact")),
        "wechat_id": (record.wechat_id, i18n.translate("KOLs", "WeChat ID")),
        "phone": (record.phone, i18n.translate("KOLs", "Phone")),
        "email": (record.email, i18n.translate("KOLs", "Email")),
        "legal_id_number": (record.legal_id_number, i18n.translate("KOLs", "ID number")),
        "legal_address": (record.legal_address, i18n.translate("KOLs", "Address for contracts")),
        "payee_bank": (record.payee_bank, i18n.translate("KOLs", "Payee bank")),
        "payee_account": (record.payee_account, i18n.translate("KOLs", "Payee account")),
        "agency_legal_name": (record.agency_legal_name, i18n.translate("KOLs", "Agency's registered name")),
        "agency_uscc": (record.agency_uscc, i18n.translate("KOLs", "Agency's 统一社会信用代码")),
        "agency_address": (record.agency_address, i18n.translate("KOLs", "Agency's address")),
        "lunar_birthday": (record.lunar_birthday, i18n.translate("KOLs", "Lunar birthday")),
        "categories": (_items(record.categories), i18n.translate("KOLs", "Categories")),
        "value_tags": (_items(record.value_tags), i18n.translate("KOLs", "Value tags")),
        "languages": (_items(record.languages), i18n.translate("KOLs", "Languages")),
    }
    problems = [control_character_problem(field, text, what) for field, (text, what) in fields.items()]
    for index, account in enumerate(record.accounts):
        label = account_label(account.platform, account.handle)
        where = f"accounts[{index}]"
        texts = {
            "handle": (account.handle, i18n.translate("KOLs", "the handle")),
            "url": (account.url, i18n.translate("KOLs", "the URL")),
            "audience_cities": (_items(account.audience_cities), i18n.translate("KOLs", "the audience cities")),
            "rate_card": (_items(item.format for item in account.rate_card), i18n.translate("KOLs", "the rate card")),
        }
        for field, (text, what) in texts.items():
            found = control_character_problem(f"{where}.{field}", text, what)
            if found:
                problems.append(FieldProblem(found.field, account_problem(label, found.message)))
    return [found for found in problems if found]


def _items(texts: Iterable[str]) -> str:
    """A list field as one text to check: each item as it is stored (trimmed), a space between them."""
    return " ".join(text.strip() for text in texts)


def _validate_account(account: AccountRecord, index: int, today: date, refused: set[str]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    where = f"accounts[{index}]"
    label = account_label(account.platform, account.handle)

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(f"{where}.{field}", account_problem(label, message)))

    if account.platform not in set(Platform):
        problem(
            "platform",
            i18n.translate("KOLs", "unknown platform “{platform}”").format(platform=visible(account.platform)),
        )
    if not handle_key(account.handle):
        problem("handle", i18n.translate("KOLs", "the handle cannot be empty"))
    if f"{where}.url" not in refused and any(ch.isspace() for ch in account.url.strip()):
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
        shown = visible(item.format)
        for amount in (item.fee, item.upper):
            # The deal's rules for money (a number, at most 1,000,000,000,000, cents at most): a rate card is a fee too.
            fee_problem = amount_problem(
                "rate_card", amount, i18n.translate("KOLs", "the fee for “{format}”").format(format=shown)
            )
            if fee_problem:
                problem("rate_card", fee_problem.message)
                break
        if not _CURRENCY.match(item.currency):
            problem(
                "rate_card",
                i18n.translate("KOLs", "“{currency}” is not a currency code (CNY, USD, …)").format(
                    currency=visible(item.currency)
                ),
            )
        if not item.format.strip():
            problem("rate_card", i18n.translate("KOLs", "every fee needs a format (e.g. Video 21–60 s)"))
    if account.figures_checked_on is not None and account.figures_checked_on > today:
        problem("figures_checked_on", i18n.translate("KOLs", "the figures cannot have been checked in the future"))
    return problems
