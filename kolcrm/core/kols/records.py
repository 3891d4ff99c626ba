"""Plain records the services hand to the GUI and CLI (and take back): no ORM objects leave the core."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kolcrm.core.vocabulary import InteractionKind, Status, Tier


@dataclass
class RateCardItem:
    format: str
    fee: Decimal
    currency: str = "CNY"
    at_least: bool = False  # "3万+" from a sheet: the fee is a lower bound
    upper: Decimal | None = None  # "3万-5万": fee is the lower end


@dataclass
class AccountRecord:
    platform: str
    handle: str
    url: str = ""
    followers: int = 0
    engagement_rate: float = 0.0  # percent
    audience_female_pct: float | None = None
    audience_age_bands: dict[str, float] = field(default_factory=dict)
    audience_cities: list[str] = field(default_factory=list)
    rate_card: list[RateCardItem] = field(default_factory=list)
    figures_checked_on: date | None = None
    id: int | None = None
    followers_at_least: bool = False  # "10万+" from a sheet: followers is a lower bound
    followers_upper: int | None = None  # "600K-800K": followers is the lower end


@dataclass
class KolRecord:
    display_name: str
    real_name: str = ""
    status: Status = Status.PROSPECT
    tier_override: Tier | None = None  # None: derived from followers
    categories: list[str] = field(default_factory=list)
    value_tags: list[str] = field(default_factory=list)
    city: str = ""
    languages: list[str] = field(default_factory=list)
    agency: str = ""
    agent_name: str = ""
    agent_contact: str = ""
    wechat_id: str = ""
    phone: str = ""
    email: str = ""
    birthday: date | None = None
    lunar_birthday: str = ""  # "MM-DD" (or "L04-05", a leap month) when the KOL celebrates by the lunar calendar
    accounts: list[AccountRecord] = field(default_factory=list)
    # Custom field id → value (stored form, see custom_values.py); saving makes these the KOL's only values.
    custom: dict[int, str] = field(default_factory=dict)
    owner: str = ""  # the account manager who looks after this KOL (My KOLs; handing a book over in a team)
    # For contracts with a KOL who signs as a person. Personal data: masked in the editor, never in CSV, XLSX or
    # vCard exports (only contracts, handover packages and the KOL's own JSON export), erased with the KOL.
    legal_id_number: str = ""  # 身份证号 (checked) or a passport number
    legal_address: str = ""
    payee_bank: str = ""
    payee_account: str = ""
    # The agency / MCN that signs for the KOL, as a contract names a company (not personal data).
    agency_legal_name: str = ""
    agency_uscc: str = ""  # 统一社会信用代码
    agency_address: str = ""
    # The row version the record was read at: a save over a newer change is refused (store/versions.py).
    row_version: int | None = None
    # Read back only: set by the core.
    changed_by: str = ""  # who saved it last
    id: int | None = None
    tier: Tier = Tier.UNKNOWN
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def main_account(self) -> AccountRecord | None:
        return max(self.accounts, key=lambda a: a.followers, default=None)


@dataclass
class InteractionRecord:
    occurred_on: date
    kind: InteractionKind
    text: str
    follow_up_on: date | None = None
    id: int | None = None
    kol_id: int | None = None
    created_by: str = ""  # who wrote it (read back only: set by the core)
