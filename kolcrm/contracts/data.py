"""What a contract states, as plain picklable values: the builder needs no database and runs in any process."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from kolcrm.core.vocabulary.platform_names import PLATFORMS_ZH as PLATFORMS_ZH  # what story_tables reads

Language = Literal["zh", "en", "both"]
LANGUAGES: tuple[Language, ...] = ("zh", "en", "both")


@dataclass(frozen=True)
class CompanyProfile:
    """The brand side's legal identity, from the Company settings dialog."""

    legal_name: str = ""
    address: str = ""
    signatory: str = ""
    logo: bytes | None = None  # PNG or JPEG bytes, kept in the database (a path could vanish or be swapped)
    uscc: str = ""  # 统一社会信用代码, 18 characters, check digit verified when saved
    legal_representative: str = ""  # 法定代表人
    bank_name: str = ""  # 开户行
    bank_account: str = ""  # 账号
    contact: str = ""  # 联系人 / phone


@dataclass(frozen=True)
class ContractDeliverable:
    platform: str  # e.g. "Douyin"
    content_type_zh: str  # e.g. "短视频"
    content_type_en: str  # e.g. "Short video"
    quantity: int
    due_on: date | None = None


@dataclass(frozen=True)
class ContractPayment:
    amount: Decimal
    due_on: date | None = None


@dataclass(frozen=True)
class ContractData:
    number: str  # e.g. "KOL-2026-00007-v2"
    issued_on: date
    language: Language
    company: CompanyProfile
    brand_name: str
    kol_display_name: str
    kol_real_name: str  # legal name when known, '' otherwise
    kol_agency: str  # agency / MCN, '' when the KOL signs directly
    title: str
    campaign_name: str
    start_on: date
    end_on: date
    currency: str  # ISO code, e.g. CNY
    agreed_fee: Decimal
    payments: tuple[ContractPayment, ...] = ()
    payment_terms: str = ""
    deliverables: tuple[ContractDeliverable, ...] = ()
    exclusivity_category: str = ""
    exclusivity_days_before: int = 0
    exclusivity_days_after: int = 0
    usage_rights: str = ""
    usage_rights_months: int = 0
    review_window_hours: int = 72
    disclosure_label: str = "广告"
    # Tax and invoices (see CollaborationRecord): stated in the compensation clause.
    fee_includes_tax: bool = True
    tax_rate: Decimal | None = None
    invoice_type: str = "unspecified"  # vocabulary.InvoiceType
    invoice_issuer: str = "unspecified"  # vocabulary.InvoiceIssuer
    withholds_income_tax: bool = False
    kol_id_number: str = ""  # 身份证号 or passport number, as stored (printed whole: a contract names its party)
    kol_address: str = ""
    kol_payee: str = ""  # the bank and account the fee is paid to
    # The agency that signs for the KOL, as a company: registered name (else kol_agency), 统一社会信用代码, address.
    agency_legal_name: str = ""
    agency_uscc: str = ""
    agency_address: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # future template fields, never required

    @property
    def review_days(self) -> int:
        """The review window in whole days, rounded up (72 h → 3 days), as contracts state it."""
        return max(1, -(-self.review_window_hours // 24))
