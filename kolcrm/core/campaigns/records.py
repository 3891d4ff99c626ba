"""Plain records of a campaign: its KPIs, the brand's own posts, the readiness checklist, metric captures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kolcrm.core.vocabulary import CampaignStatus, Goal


@dataclass
class KpiRecord:
    metric: str  # a key of kpis.METRICS
    target: Decimal | None = None
    unit: str = ""
    manual_actual: Decimal | None = None  # for what kolcrm cannot count itself (brand mentions, followers of the brand)
    note: str = ""  # qualitative notes, e.g. what comments say about the brand's image
    id: int | None = None


@dataclass
class BrandPostRecord:
    channel: str  # vocabulary.Platform
    planned_on: date
    description: str = ""
    posted_on: date | None = None
    id: int | None = None


@dataclass
class ReadinessItem:
    item: str
    owner: str = ""
    done: bool = False
    id: int | None = None


@dataclass
class CampaignRecord:
    brand_id: int
    name: str
    goal: Goal
    product: str = ""
    start_on: date | None = None
    end_on: date | None = None
    budget: Decimal | None = None
    currency: str = "CNY"
    status: CampaignStatus = CampaignStatus.PLANNED
    notes: str = ""
    kpis: list[KpiRecord] = field(default_factory=list)
    brand_posts: list[BrandPostRecord] = field(default_factory=list)
    readiness: list[ReadinessItem] = field(default_factory=list)
    row_version: int | None = None  # the version it was read at: a save over a newer change is refused
    id: int | None = None
    brand_name: str = ""  # read back only
    changed_by: str = ""  # read back only: who saved it last


@dataclass
class MetricCapture:
    deliverable_id: int
    captured_on: date
    views: int | None = None
    reach: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    saves: int | None = None
    new_followers: int | None = None
    link_clicks: int | None = None
    store_visits: int | None = None
    conversions: int | None = None
    sales: Decimal | None = None
    note: str = ""
    id: int | None = None
