"""The SQL of schema steps 1 to 6 (the book: KOLs, deals, contracts, care), frozen as it shipped: a step keeps meaning
what it meant then. Steps 7 on are in schema_sql_v7_on.py."""

V1_TABLES = """
CREATE TABLE kol (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    real_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'prospect',
    tier INTEGER NOT NULL DEFAULT 0,
    tier_is_manual INTEGER NOT NULL DEFAULT 0,
    city TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    agency TEXT NOT NULL DEFAULT '',
    agent_name TEXT NOT NULL DEFAULT '',
    agent_contact TEXT NOT NULL DEFAULT '',
    wechat_id TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    main_platform TEXT NOT NULL DEFAULT '',
    followers INTEGER NOT NULL DEFAULT 0,
    engagement_rate REAL NOT NULL DEFAULT 0,
    last_contact TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE kol_label (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    UNIQUE (kol_id, kind, label)
);
CREATE INDEX kol_label_label ON kol_label(label, kol_id);
CREATE TABLE platform_account (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    handle TEXT NOT NULL,
    handle_key TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    followers INTEGER NOT NULL DEFAULT 0,
    engagement_rate REAL NOT NULL DEFAULT 0,
    audience_female_pct REAL,
    audience_age_bands TEXT NOT NULL DEFAULT '',
    audience_cities TEXT NOT NULL DEFAULT '',
    figures_checked_on TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX platform_account_handle ON platform_account(platform, handle_key);
CREATE INDEX platform_account_kol ON platform_account(kol_id);
CREATE INDEX platform_account_platform ON platform_account(platform, kol_id);
CREATE TABLE rate_card_entry (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES platform_account(id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    fee TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'CNY'
);
CREATE INDEX rate_card_entry_account ON rate_card_entry(account_id);
CREATE TABLE interaction (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'note',
    text TEXT NOT NULL,
    follow_up_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX interaction_kol ON interaction(kol_id, occurred_on, id);
CREATE TABLE brand (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    brand_values TEXT NOT NULL DEFAULT '',
    target_audience TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '',
    official_channels TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

V4_TABLES = """
CREATE TABLE collaboration (
    id INTEGER PRIMARY KEY,
    brand_id INTEGER NOT NULL REFERENCES brand(id) ON DELETE RESTRICT,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    campaign_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    stage TEXT NOT NULL DEFAULT 'prospect',
    start_on TEXT,
    end_on TEXT,
    exclusivity_category TEXT NOT NULL DEFAULT '',
    exclusivity_days_before INTEGER NOT NULL DEFAULT 0,
    exclusivity_days_after INTEGER NOT NULL DEFAULT 0,
    usage_rights TEXT NOT NULL DEFAULT '',
    usage_rights_months INTEGER NOT NULL DEFAULT 0,
    payment_terms TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'direct',
    service_fee_pct TEXT NOT NULL DEFAULT '0',
    rebate_pct TEXT NOT NULL DEFAULT '0',
    review_window_hours INTEGER NOT NULL DEFAULT 72,
    currency TEXT NOT NULL DEFAULT 'CNY',
    requested_fee TEXT,
    agreed_fee TEXT,
    kol_offered_discount INTEGER NOT NULL DEFAULT 0,
    discount_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX collaboration_kol ON collaboration(kol_id, id);
CREATE INDEX collaboration_brand ON collaboration(brand_id, kol_id, id);
CREATE INDEX collaboration_stage ON collaboration(stage, id);
CREATE TABLE stage_change (
    id INTEGER PRIMARY KEY,
    collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
    from_stage TEXT NOT NULL DEFAULT '',
    to_stage TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX stage_change_collaboration ON stage_change(collaboration_id, id);
CREATE TABLE deliverable (
    id INTEGER PRIMARY KEY,
    collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    platform TEXT NOT NULL,
    content_type TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    due_on TEXT,
    brief TEXT NOT NULL DEFAULT '',
    kol_idea TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'not_submitted',
    published_on TEXT,
    published_url TEXT NOT NULL DEFAULT '',
    disclosure_confirmed INTEGER NOT NULL DEFAULT 0,
    disclosure_label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deliverable_collaboration ON deliverable(collaboration_id, position);
CREATE TABLE approval_step (
    id INTEGER PRIMARY KEY,
    deliverable_id INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    happened_at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX approval_step_deliverable ON approval_step(deliverable_id, id);
CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
    amount TEXT NOT NULL,
    due_on TEXT,
    paid_on TEXT,
    method TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX payment_collaboration ON payment(collaboration_id, position);
CREATE INDEX payment_unpaid_due ON payment(due_on) WHERE paid_on IS NULL;
"""

V5_TABLES = """
CREATE TABLE company_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    signatory TEXT NOT NULL DEFAULT '',
    logo BLOB,
    updated_at TEXT NOT NULL
);
CREATE TABLE contract (
    id INTEGER PRIMARY KEY,
    collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    number TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    file_path TEXT NOT NULL DEFAULT '',
    UNIQUE (collaboration_id, version)
);
"""

V6_TABLES = """
ALTER TABLE kol ADD COLUMN lunar_birthday TEXT NOT NULL DEFAULT '';
CREATE TABLE gift (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    collaboration_id INTEGER REFERENCES collaboration(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    occasion TEXT NOT NULL DEFAULT 'other',
    description TEXT NOT NULL DEFAULT '',
    cost TEXT,
    currency TEXT NOT NULL DEFAULT 'CNY',
    planned_on TEXT,
    sent_on TEXT,
    response TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX gift_kol ON gift(kol_id, id);
CREATE INDEX gift_collaboration ON gift(collaboration_id) WHERE collaboration_id IS NOT NULL;
CREATE TABLE perk (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    collaboration_id INTEGER REFERENCES collaboration(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    received_on TEXT NOT NULL,
    estimated_value TEXT,
    currency TEXT NOT NULL DEFAULT 'CNY',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX perk_kol ON perk(kol_id, id);
CREATE TABLE scheduling_priority (
    kol_id INTEGER PRIMARY KEY REFERENCES kol(id) ON DELETE CASCADE,
    priority TEXT NOT NULL DEFAULT 'standard',
    lead_time_days INTEGER NOT NULL DEFAULT 14
);
CREATE TABLE blackout_period (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX blackout_period_kol ON blackout_period(kol_id, starts_on);
CREATE TABLE risk (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER REFERENCES kol(id) ON DELETE CASCADE,
    collaboration_id INTEGER REFERENCES collaboration(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    mitigation TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    review_on TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (kol_id IS NOT NULL OR collaboration_id IS NOT NULL)
);
CREATE INDEX risk_kol ON risk(kol_id, status);
CREATE INDEX risk_collaboration ON risk(collaboration_id, status);
CREATE TABLE reminder (
    id INTEGER PRIMARY KEY,
    due_on TEXT NOT NULL,
    subject TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'task',
    kol_id INTEGER REFERENCES kol(id) ON DELETE CASCADE,
    collaboration_id INTEGER REFERENCES collaboration(id) ON DELETE CASCADE,
    rule_key TEXT UNIQUE,
    done_at TEXT,
    snoozed_until TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX reminder_open ON reminder(due_on) WHERE done_at IS NULL;
CREATE INDEX reminder_kol ON reminder(kol_id);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
