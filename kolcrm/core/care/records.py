"""Plain records of relationship care: gifts and thank-yous, perks, scheduling priority, risks, reminders."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kolcrm.core.vocabulary import (
    GiftKind,
    Occasion,
    PerkKind,
    Priority,
    ReminderKind,
    RiskCategory,
    RiskStatus,
)


@dataclass
class GiftRecord:
    kol_id: int
    kind: GiftKind
    occasion: Occasion = Occasion.OTHER
    description: str = ""
    cost: Decimal | None = None
    currency: str = "CNY"
    planned_on: date | None = None
    sent_on: date | None = None
    response: str = ""
    collaboration_id: int | None = None
    id: int | None = None
    kol_name: str = ""  # read back only
    row_version: int | None = None  # as read: a save over a newer change is refused (store/versions.py)


@dataclass
class PerkRecord:
    kol_id: int
    kind: PerkKind
    received_on: date
    estimated_value: Decimal | None = None
    currency: str = "CNY"
    note: str = ""
    collaboration_id: int | None = None
    id: int | None = None  # None on entries derived from a deal's KOL-offered discount (edited on the deal)
    kol_name: str = ""  # read back only
    row_version: int | None = None  # as read: a save over a newer change is refused (store/versions.py)


@dataclass(frozen=True)
class BlackoutPeriod:
    starts_on: date
    ends_on: date
    label: str = ""


@dataclass
class SchedulingRecord:
    priority: Priority = Priority.STANDARD
    lead_time_days: int = 14
    blackouts: list[BlackoutPeriod] = field(default_factory=list)


@dataclass
class RiskRecord:
    category: RiskCategory
    description: str
    likelihood: int
    impact: int
    kol_id: int | None = None
    collaboration_id: int | None = None
    mitigation: str = ""
    owner: str = ""
    review_on: date | None = None
    status: RiskStatus = RiskStatus.OPEN
    id: int | None = None
    row_version: int | None = None  # as read: a save over a newer change is refused (store/versions.py)

    @property
    def severity(self) -> int:
        return self.likelihood * self.impact


@dataclass(frozen=True)
class ReminderRecord:
    id: int
    due_on: date
    subject: str
    kind: ReminderKind
    kol_id: int | None
    collaboration_id: int | None
    kol_name: str
    generated: bool
    occasion_on: date | None = None  # the birthday or festival a generated reminder is about

    @property
    def about_on(self) -> date:
        """The date the reminder is about, which decides its heading in Today: the occasion, else the due date."""
        return self.occasion_on or self.due_on


@dataclass(frozen=True)
class HealthPart:
    name: str
    points: float
    maximum: int
    explanation: str


@dataclass(frozen=True)
class HealthScore:
    parts: tuple[HealthPart, ...]

    @property
    def total(self) -> int:
        return math.floor(sum(part.points for part in self.parts) + 0.5)  # 72.5 → 73, not banker's 72
