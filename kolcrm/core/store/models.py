"""Peewee models, one class per concept. The schema itself is owned by migrations.py."""

from __future__ import annotations

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CompositeKey,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from kolcrm.core.store.db import database


class BaseModel(Model):
    # Annotations only, for the type checker; peewee creates these at runtime. `id` is the implicit primary key;
    # a foreign key `kol` also gives `kol_id`, the raw id (the field itself when read on the class).
    id: AutoField[int]

    class Meta:
        database = database
        legacy_table_names = False


class Kol(BaseModel):
    display_name = TextField()
    real_name = TextField(default="")
    status = TextField(default="prospect")
    tier = IntegerField(default=0)  # kolcrm.core.tiers.Tier; derived from followers unless tier_is_manual
    tier_is_manual = BooleanField(default=False)
    city = TextField(default="")
    languages = TextField(default="")
    agency = TextField(default="")
    agent_name = TextField(default="")
    agent_contact = TextField(default="")
    wechat_id = TextField(default="")
    phone = TextField(default="")
    email = TextField(default="")
    birthday = TextField(null=True)  # ISO date
    # Denormalised from accounts and history so the 100k list sorts and filters on indexes.
    main_platform = TextField(default="")
    followers = IntegerField(default=0)
    engagement_rate = FloatField(default=0.0)
    last_contact = TextField(default="")  # ISO date, '' when never contacted
    created_at = TextField()  # UTC ISO timestamps
    updated_at = TextField()
    deleted_at = TextField(null=True)  # set while the KOL is in the trash
    lunar_birthday = TextField(default="")  # "MM-DD" (or "L05-20" for a leap month) in the Chinese calendar
    owner = TextField(default="")  # the account manager; row_version and changed_by are versions.py's alone
    legal_id_number = TextField(default="")  # 身份证号 or passport number: personal data (kols/legal_id.py)
    legal_address = TextField(default="")
    payee_bank = TextField(default="")
    payee_account = TextField(default="")
    agency_legal_name = TextField(default="")  # the agency as its business licence names it (contracts)
    agency_uscc = TextField(default="")  # its 统一社会信用代码, checked (core/identifiers.py)
    agency_address = TextField(default="")
    outreach_stage = TextField(default="none")  # vocabulary.OutreachStage (kols/outreach.py)
    outreach_on = TextField(null=True)  # the day it reached that stage
    touches = IntegerField(default=0)  # messages sent while reaching out
    last_touch_on = TextField(null=True)


class KolLabel(BaseModel):
    """A category (beauty, fitness…) or an image/values tag (healthy lifestyle…) of a KOL."""

    kol = ForeignKeyField(Kol, backref="labels", on_delete="CASCADE")
    kol_id: ForeignKeyField[int]
    kind = TextField()  # "category" | "value"
    label = TextField()


class PlatformAccount(BaseModel):
    kol = ForeignKeyField(Kol, backref="accounts", on_delete="CASCADE")
    kol_id: ForeignKeyField[int]
    platform = TextField()
    handle = TextField()
    handle_key = TextField()  # normalised handle: unique per platform across all KOLs
    url = TextField(default="")
    followers = IntegerField(default=0)
    engagement_rate = FloatField(default=0.0)  # percent, 0–100
    audience_female_pct = FloatField(null=True)
    audience_age_bands = TextField(default="")  # JSON {"18-24": 45.0, ...}
    audience_cities = TextField(default="")  # JSON list of cities or city tiers
    figures_checked_on = TextField(null=True)
    position = IntegerField(default=0)
    followers_at_least = BooleanField(default=False)  # "10万+": at least `followers`
    followers_upper = IntegerField(null=True)  # "600K-800K": followers holds the lower end, this the upper


class RateCardEntry(BaseModel):
    """The fee a KOL asks for one format on one account, as the platforms quote it."""

    account = ForeignKeyField(PlatformAccount, backref="rate_card", on_delete="CASCADE")
    account_id: ForeignKeyField[int]
    format = TextField()
    fee = TextField()  # exact decimal string, never a float
    currency = TextField(default="CNY")
    fee_at_least = BooleanField(default=False)  # "3万+"
    fee_upper = TextField(null=True)  # "3万-5万": fee holds the lower end


class Interaction(BaseModel):
    kol = ForeignKeyField(Kol, backref="interactions", on_delete="CASCADE")
    kol_id: ForeignKeyField[int]
    occurred_on = TextField()
    kind = TextField(default="note")
    text = TextField()
    follow_up_on = TextField(null=True)
    created_at = TextField()
    created_by = TextField(default="")


class Brand(BaseModel):
    name = TextField(unique=True)
    brand_values = TextField(default="")
    target_audience = TextField(default="")
    categories = TextField(default="")
    official_channels = TextField(default="")
    created_at = TextField()
    updated_at = TextField()


class Collaboration(BaseModel):
    """One endorsement deal between a brand and a KOL. Money is stored as exact decimal strings."""

    brand = ForeignKeyField(Brand, backref="collaborations", on_delete="RESTRICT")
    brand_id: ForeignKeyField[int]
    kol = ForeignKeyField(Kol, backref="collaborations", on_delete="CASCADE")
    kol_id: ForeignKeyField[int]
    campaign_name = TextField(default="")
    title = TextField()
    stage = TextField(default="prospect")  # vocabulary.Stage
    start_on = TextField(null=True)  # ISO dates
    end_on = TextField(null=True)
    exclusivity_category = TextField(default="")
    exclusivity_days_before = IntegerField(default=0)
    exclusivity_days_after = IntegerField(default=0)
    usage_rights = TextField(default="")
    usage_rights_months = IntegerField(default=0)
    payment_terms = TextField(default="")
    notes = TextField(default="")
    channel = TextField(default="direct")  # vocabulary.DealChannel
    service_fee_pct = TextField(default="0")
    rebate_pct = TextField(default="0")
    review_window_hours = IntegerField(default=72)
    currency = TextField(default="CNY")
    requested_fee = TextField(null=True)
    agreed_fee = TextField(null=True)
    kol_offered_discount = BooleanField(default=False)
    discount_note = TextField(default="")
    fee_includes_tax = BooleanField(default=True)
    tax_rate = TextField(default="")  # percent, exact ("6", "1.5"); "" when not stated
    invoice_type = TextField(default="")
    invoice_issuer = TextField(default="")
    withholds_income_tax = BooleanField(default=False)
    created_at = TextField()
    updated_at = TextField()
    deleted_at = TextField(null=True)


class StageChange(BaseModel):
    collaboration = ForeignKeyField(Collaboration, backref="stage_changes", on_delete="CASCADE")
    collaboration_id: ForeignKeyField[int]
    from_stage = TextField(default="")  # '' when the deal was created
    to_stage = TextField()
    changed_at = TextField()  # UTC


class Deliverable(BaseModel):
    collaboration = ForeignKeyField(Collaboration, backref="deliverables", on_delete="CASCADE")
    collaboration_id: ForeignKeyField[int]
    position = IntegerField(default=0)
    platform = TextField()
    content_type = TextField()  # vocabulary.ContentType
    quantity = IntegerField(default=1)
    due_on = TextField(null=True)
    brief = TextField(default="")
    kol_idea = TextField(default="")
    state = TextField(default="not_submitted")  # vocabulary.ApprovalState
    published_on = TextField(null=True)
    published_url = TextField(default="")
    disclosure_confirmed = BooleanField(default=False)
    disclosure_label = TextField(default="")


class ApprovalStep(BaseModel):
    """One dated step of a deliverable's review; the history is appended to, never rewritten."""

    deliverable = ForeignKeyField(Deliverable, backref="approval_steps", on_delete="CASCADE")
    deliverable_id: ForeignKeyField[int]
    state = TextField()
    happened_at = TextField()  # UTC
    actor = TextField(default="")  # who submitted, asked or approved
    note = TextField(default="")  # what was asked for


class Payment(BaseModel):
    collaboration = ForeignKeyField(Collaboration, backref="payments", on_delete="CASCADE")
    collaboration_id: ForeignKeyField[int]
    amount = TextField()
    due_on = TextField(null=True)
    paid_on = TextField(null=True)
    method = TextField(default="")
    reference = TextField(default="")
    position = IntegerField(default=0)


class CompanyProfile(BaseModel):
    """One row: the brand side's legal name, address, signatory and logo, printed on contracts."""

    legal_name = TextField(default="")
    address = TextField(default="")
    signatory = TextField(default="")
    logo = BlobField(null=True)
    updated_at = TextField()


class Contract(BaseModel):
    """A generated contract PDF: regenerating adds a version, never rewrites one."""

    collaboration = ForeignKeyField(Collaboration, backref="contracts", on_delete="CASCADE")
    collaboration_id: ForeignKeyField[int]
    version = IntegerField()
    number = TextField()
    language = TextField()
    created_at = TextField()  # UTC
    sha256 = TextField()
    size = IntegerField()
    file_path = TextField(default="")


class Gift(BaseModel):
    """A thank-you note, gift, red envelope or invitation sent to a KOL."""

    kol = ForeignKeyField(Kol, backref="gifts", on_delete="CASCADE")
    kol_id: ForeignKeyField[int]
    collaboration = ForeignKeyField(Collaboration, null=True, backref="gifts", on_delete="SET NULL")
    collaboration_id: ForeignKeyField[int | None]
    kind = TextField()  # vocabulary.GiftKind
    occasion = TextField(default="other")  # vocabulary.Occasion
    description = TextField(default="")
    cost = TextField(null=True)  # exact decimal
    currency = TextField(default="CNY")
    planned_on = TextField(null=True)
    sent_on = TextField(null=True)
    response = TextField(default="")
    created_at = TextField()


class Perk(BaseModel):
    """What a KOL gave back: scheduling priority, a free WeChat Moment or Weibo story, extra content…"""

    kol = ForeignKeyField(Kol, backref="perks", on_delete="CASCADE")
    kol_id: ForeignKeyField[int]
    collaboration = ForeignKeyField(Collaboration, null=True, backref="perks", on_delete="SET NULL")
    collaboration_id: ForeignKeyField[int | None]
    kind = TextField()  # vocabulary.PerkKind
    received_on = TextField()
    estimated_value = TextField(null=True)
    currency = TextField(default="CNY")
    note = TextField(default="")
    created_at = TextField()


class Risk(BaseModel):
    kol = ForeignKeyField(Kol, null=True, backref="risks", on_delete="CASCADE")
    kol_id: ForeignKeyField[int | None]
    collaboration = ForeignKeyField(Collaboration, null=True, backref="risks", on_delete="CASCADE")
    collaboration_id: ForeignKeyField[int | None]
    category = TextField()  # vocabulary.RiskCategory
    description = TextField()
    likelihood = IntegerField()
    impact = IntegerField()
    mitigation = TextField(default="")
    owner = TextField(default="")
    review_on = TextField(null=True)
    status = TextField(default="open")  # vocabulary.RiskStatus
    created_at = TextField()
    updated_at = TextField()


class Reminder(BaseModel):
    due_on = TextField()
    subject = TextField()
    kind = TextField(default="task")  # vocabulary.ReminderKind
    kol = ForeignKeyField(Kol, null=True, backref="reminders", on_delete="CASCADE")
    kol_id: ForeignKeyField[int | None]
    collaboration = ForeignKeyField(Collaboration, null=True, backref="reminders", on_delete="CASCADE")
    collaboration_id: ForeignKeyField[int | None]
    rule_key = TextField(null=True, unique=True)  # set on generated reminders: regenerating never duplicates
    done_at = TextField(null=True)
    snoozed_until = TextField(null=True)
    created_at = TextField()


class CustomField(BaseModel):
    """A field the user defines once for every KOL (text, number, date or choice), e.g. 建联状态 or MCN 合同到期."""

    name = TextField()
    kind = TextField(default="text")  # "text" | "number" | "date" | "choice"
    choices = TextField(default="[]")  # JSON list, for kind "choice"
    position = IntegerField(default=0)
    created_at = TextField()


class KolCustomValue(BaseModel):
    kol = ForeignKeyField(Kol, backref="custom_values", on_delete="CASCADE")
    kol_id: ForeignKeyField[int]
    field = ForeignKeyField(CustomField, backref="values", on_delete="CASCADE")
    field_id: ForeignKeyField[int]
    value = TextField()  # numbers as exact decimal strings, dates ISO

    class Meta:
        primary_key = CompositeKey("kol", "field")


class AccountMetric(BaseModel):
    """A dated figure of an account that kolcrm has no column for: posts, average likes, influence score…"""

    account = ForeignKeyField(PlatformAccount, backref="metrics", on_delete="CASCADE")
    account_id: ForeignKeyField[int]
    name = TextField()
    value = TextField()  # exact decimal string
    captured_on = TextField()  # ISO date
    approximate = BooleanField(default=False)


ALL_MODELS = (
    Kol,
    KolLabel,
    PlatformAccount,
    RateCardEntry,
    Interaction,
    Brand,
    Collaboration,
    StageChange,
    Deliverable,
    ApprovalStep,
    Payment,
    CompanyProfile,
    Contract,
    Gift,
    Perk,
    Risk,
    Reminder,
    CustomField,
    KolCustomValue,
    AccountMetric,
)
