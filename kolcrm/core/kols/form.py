"""Text as typed in the editor ⇄ KolRecord. Parse errors come back as FieldProblems, never exceptions.

The GUI, the CLI and any importer share these parsers, so '1.2万 followers' means the same everywhere.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.errors import FieldProblem
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.validation import account_problem, validate_kol
from kolcrm.core.numbers import parse_money, parse_percent, parse_quantity
from kolcrm.core.vocabulary import Status, Tier, platform_label

KOL_TEXT_FIELDS = (
    "display_name", "real_name", "city", "agency", "agent_name", "agent_contact", "wechat_id", "phone", "email", "owner",
    "legal_id_number", "legal_address", "payee_bank", "payee_account", "agency_legal_name", "agency_uscc",
    "agency_address",
)  # fmt: skip
ACCOUNT_COLUMNS = (
    "platform", "handle", "url", "followers", "engagement_rate", "audience_female_pct",
    "audience_age_bands", "audience_cities", "rate_card", "figures_checked_on",
)  # fmt: skip
_LIST_SPLIT = re.compile(r"[,，;；、\n]+")


def split_list(text: str) -> list[str]:
    """'美妆, 护肤、健身' → ['美妆', '护肤', '健身']: commas of either width, 、 and semicolons all separate."""
    seen: dict[str, None] = {}
    for part in _LIST_SPLIT.split(text):
        if part.strip():
            seen.setdefault(part.strip(), None)
    return list(seen)


def parse_date(text: str) -> date:
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    return date.fromisoformat(cleaned)


def record_from_form(
    values: dict[str, str], accounts: list[dict[str, str]], today: date | None = None
) -> tuple[KolRecord, list[FieldProblem]]:
    """Build a record from the editor's text; returns it with every problem found (parse and rules)."""
    problems: list[FieldProblem] = []
    record = KolRecord(display_name=values.get("display_name", "").strip())
    for name in KOL_TEXT_FIELDS:
        setattr(record, name, values.get(name, "").strip())
    status = values.get("status", Status.PROSPECT)
    try:
        record.status = Status(status)
    except ValueError:  # the record keeps its default: a Status field never holds a stray string
        problems.append(
            FieldProblem("status", i18n.translate("KOLs", "Unknown status “{status}”").format(status=status))
        )
    tier = str(values.get("tier_override") or "").strip()
    if tier:
        try:
            record.tier_override = Tier(int(tier))
        except ValueError:
            problems.append(
                FieldProblem("tier_override", i18n.translate("KOLs", "Unknown tier “{tier}”").format(tier=tier))
            )
    record.categories = split_list(values.get("categories", ""))
    record.value_tags = split_list(values.get("value_tags", ""))
    record.languages = split_list(values.get("languages", ""))
    record.lunar_birthday = values.get("lunar_birthday", "").strip()
    birthday = values.get("birthday", "").strip()
    if birthday:
        try:
            record.birthday = parse_date(birthday)
        except ValueError:
            problems.append(
                FieldProblem(
                    "birthday",
                    i18n.translate("KOLs", "Birthday “{date}” is not a date (use YYYY-MM-DD)").format(date=birthday),
                )
            )
    for index, row in enumerate(accounts):
        account, account_problems = _account_from_row(row, index)
        record.accounts.append(account)
        problems.extend(account_problems)
    parsed_fields = {p.field for p in problems}
    problems.extend(p for p in validate_kol(record, today) if p.field not in parsed_fields)
    return record, problems


def _account_from_row(row: dict[str, str], index: int) -> tuple[AccountRecord, list[FieldProblem]]:
    problems: list[FieldProblem] = []
    account = AccountRecord(
        platform=row.get("platform", "").strip(),
        handle=row.get("handle", "").strip(),
        url=row.get("url", "").strip(),
    )
    shown_platform = platform_label(account.platform) if account.platform else ""
    label = f"{shown_platform} {account.handle}".strip() or i18n.translate("KOLs", "Account")

    def bad(field: str, message: str) -> None:
        problems.append(FieldProblem(f"accounts[{index}].{field}", account_problem(label, message)))

    text = row.get("followers", "")
    try:
        followers = parse_quantity(text)
        account.followers = int(followers) if followers is not None else 0
    except ValueError:
        bad(
            "followers",
            i18n.translate("KOLs", "followers “{text}” is not a number (e.g. 12,345 or 1.2万)").format(
                text=text.strip()
            ),
        )
    for field in ("engagement_rate", "audience_female_pct"):
        text = row.get(field, "")
        try:
            value = parse_percent(text)
        except ValueError:
            bad(field, i18n.translate("KOLs", "“{text}” is not a percentage (e.g. 3.5%)").format(text=text.strip()))
            continue
        if field == "engagement_rate":
            account.engagement_rate = value or 0.0
        else:
            account.audience_female_pct = value
    text = row.get("audience_age_bands", "")
    try:
        account.audience_age_bands = parse_age_bands(text)
    except ValueError:
        bad(
            "audience_age_bands",
            i18n.translate("KOLs", "age bands “{text}” should read like 18-24: 45%, 25-34: 30%").format(
                text=text.strip()
            ),
        )
    account.audience_cities = split_list(row.get("audience_cities", ""))
    text = row.get("rate_card", "")
    try:
        account.rate_card = parse_rate_card(text)
    except ValueError as exc:
        bad(
            "rate_card",
            i18n.translate("KOLs", "rate card entry “{entry}” should read like Video 21–60 s: ¥30,000").format(
                entry=exc
            ),
        )
    text = row.get("figures_checked_on", "").strip()
    if text:
        try:
            account.figures_checked_on = parse_date(text)
        except ValueError:
            bad(
                "figures_checked_on",
                i18n.translate("KOLs", "“{text}” is not a date (use YYYY-MM-DD)").format(text=text),
            )
    return account, problems


def parse_age_bands(text: str) -> dict[str, float]:
    bands: dict[str, float] = {}
    for part in _LIST_SPLIT.split(text):
        if not part.strip():
            continue
        band, sep, share = part.rpartition(":")
        if not sep:
            band, sep, share = part.rpartition("：")
        value = parse_percent(share) if sep else None
        if not band.strip() or value is None:
            raise ValueError(part)
        bands[band.strip()] = value
    return bands


def parse_rate_card(text: str) -> list[RateCardItem]:
    """'Video 21–60 s: ¥30,000; Image note: 12000' → items. Raises ValueError naming the bad entry."""
    items: list[RateCardItem] = []
    for part in re.split(r"[;；\n]+", text):
        if not part.strip():
            continue
        fmt, sep, fee = part.replace("：", ":").rpartition(":")
        try:
            money = parse_money(fee) if sep and fmt.strip() else None
        except ValueError:
            money = None
        if money is None:
            raise ValueError(part.strip())
        items.append(RateCardItem(format=fmt.strip(), fee=money[0], currency=money[1]))
    return items


def form_from_record(record: KolRecord) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The editor's text for an existing record; record_from_form(form_from_record(r)) gives r back."""
    values = {name: getattr(record, name) for name in KOL_TEXT_FIELDS}
    values["status"] = str(record.status)
    values["tier_override"] = "" if record.tier_override is None else str(int(record.tier_override))
    values["categories"] = ", ".join(record.categories)
    values["value_tags"] = ", ".join(record.value_tags)
    values["languages"] = ", ".join(record.languages)
    values["birthday"] = record.birthday.isoformat() if record.birthday else ""
    values["lunar_birthday"] = record.lunar_birthday
    return values, [account_row(account) for account in record.accounts]


def account_row(account: AccountRecord) -> dict[str, str]:
    return {
        "platform": account.platform,
        "handle": account.handle,
        "url": account.url,
        "followers": str(account.followers),
        "engagement_rate": _number(account.engagement_rate),
        "audience_female_pct": "" if account.audience_female_pct is None else _number(account.audience_female_pct),
        "audience_age_bands": ", ".join(
            f"{band}: {_number(share)}%" for band, share in account.audience_age_bands.items()
        ),
        "audience_cities": ", ".join(account.audience_cities),
        "rate_card": "; ".join(f"{i.format}: {_fee(i.fee)} {i.currency}" for i in account.rate_card),
        "figures_checked_on": account.figures_checked_on.isoformat() if account.figures_checked_on else "",
    }


def _number(value: float) -> str:
    """3.5 → '3.5', 12.0 → '12', 0.00001 → '0.00001': every digit kept (`:g` cut to 6), never an exponent the
    parsers refuse, so opening and saving a record unchanged changes nothing."""
    return f"{Decimal(repr(value)).normalize():f}"


def _fee(fee: Decimal) -> str:
    return f"{fee:f}"
