"""An agency or MCN: the company its KOLs' agency field names, as a contract and a phone call need it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class AgencyRecord:
    name: str  # what the KOLs' agency field holds (美ONE); a KOL belongs to the agency whose name its field holds
    legal_name: str = ""  # as on its business licence (美腕（上海）网络科技有限公司)
    uscc: str = ""  # 统一社会信用代码, checked
    address: str = ""
    contact_name: str = ""  # our contact there
    contact: str = ""  # their phone, WeChat or e-mail
    notes: str = ""
    id: int | None = None
    # Read back only.
    kol_count: int = 0
    deal_count: int = 0


@dataclass(frozen=True)
class AgencyKol:
    id: int
    display_name: str
    status: str
    main_platform: str
    followers: int


@dataclass(frozen=True)
class AgencyDeal:
    id: int
    title: str
    kol_name: str
    brand_name: str
    stage: str
    channel: str  # direct, agency, …: whether the deal went through the agency's terms
    agreed_fee: str  # as stored
    currency: str
