"""The SQL of each schema step, frozen as it shipped: a step keeps meaning what it meant then."""

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

V7_TABLES = """
ALTER TABLE brand ADD COLUMN target_female_pct REAL;
ALTER TABLE brand ADD COLUMN target_age_bands TEXT NOT NULL DEFAULT '';
ALTER TABLE brand ADD COLUMN target_city_tiers TEXT NOT NULL DEFAULT '';
ALTER TABLE brand ADD COLUMN average_order_value TEXT;
CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    brand_id INTEGER NOT NULL REFERENCES brand(id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    product TEXT NOT NULL DEFAULT '',
    goal TEXT NOT NULL,
    start_on TEXT,
    end_on TEXT,
    budget TEXT,
    currency TEXT NOT NULL DEFAULT 'CNY',
    status TEXT NOT NULL DEFAULT 'planned',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX campaign_brand ON campaign(brand_id, id);
ALTER TABLE collaboration ADD COLUMN campaign_id INTEGER REFERENCES campaign(id) ON DELETE SET NULL;
CREATE INDEX collaboration_campaign ON collaboration(campaign_id) WHERE campaign_id IS NOT NULL;
CREATE TABLE kpi (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    metric TEXT NOT NULL,
    target TEXT,
    unit TEXT NOT NULL DEFAULT '',
    manual_actual TEXT,
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX kpi_campaign ON kpi(campaign_id, position);
CREATE TABLE brand_post (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    planned_on TEXT NOT NULL,
    posted_on TEXT,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX brand_post_campaign ON brand_post(campaign_id, planned_on);
CREATE TABLE readiness_item (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX readiness_item_campaign ON readiness_item(campaign_id, position);
CREATE TABLE metric_capture (
    id INTEGER PRIMARY KEY,
    deliverable_id INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
    captured_on TEXT NOT NULL,
    views INTEGER, reach INTEGER, likes INTEGER, comments INTEGER, shares INTEGER, saves INTEGER,
    new_followers INTEGER, link_clicks INTEGER, store_visits INTEGER, conversions INTEGER,
    sales TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX metric_capture_deliverable ON metric_capture(deliverable_id, captured_on);
"""

# Each brand's fit score for every live KOL, so the KOL list can sort by fit in SQL (core/brands/fit_scores.py),
# and per brand the stamp of what the scores were computed from. Until v8 the app created these tables at run
# time, so a v7 file may already hold them: they are derived and rebuilt on demand, so they start over here.
# The stamp reads the live KOLs' latest edit on every KOL save: indexed, 0.1 ms instead of a 170 ms scan at 100k.
V8_TABLES = """
DROP TABLE IF EXISTS kol_fit;
DROP TABLE IF EXISTS kol_fit_build;
CREATE TABLE kol_fit (
    brand_id INTEGER NOT NULL,
    kol_id INTEGER NOT NULL,
    score INTEGER NOT NULL,
    PRIMARY KEY (brand_id, kol_id)
) WITHOUT ROWID;
CREATE INDEX kol_fit_by_score ON kol_fit(brand_id, score, kol_id);
CREATE TABLE kol_fit_build (
    brand_id INTEGER PRIMARY KEY,
    source TEXT NOT NULL
);
CREATE INDEX kol_live_updated_at ON kol(updated_at) WHERE deleted_at IS NULL;
"""

# What a sheet brings beyond the built-in fields (issue 12: nothing silently dropped).
# - custom_field / kol_custom_value: fields the user defines once (text, number, date, choice) and fills per KOL;
#   values are text (numbers as exact decimal strings, dates ISO) so one index serves filter and sort; a number
#   field sorts and filters by a second index on the value as a number (the text index orders "100" before "20").
# - account_metric: dated figures of an account that kolcrm has no column for (posts, average likes, views,
#   influence score…), as exact decimal strings; one row per (account, name, day), the latest capture wins.
# - Approximate figures as sheets write them: "10万+" is at least 100,000 (followers_at_least), "600K-800K" keeps
#   both ends (followers_upper); the list shows and sorts by the lower end, which stays in `followers`. The same
#   for a quoted fee.
V9_TABLES = """
CREATE TABLE custom_field (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'number', 'date', 'choice')),
    choices TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX custom_field_name ON custom_field(name COLLATE NOCASE);
CREATE TABLE kol_custom_value (
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    field_id INTEGER NOT NULL REFERENCES custom_field(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (kol_id, field_id)
) WITHOUT ROWID;
CREATE INDEX kol_custom_value_by_field ON kol_custom_value(field_id, value, kol_id);
CREATE INDEX kol_custom_value_by_number ON kol_custom_value(field_id, CAST(value AS REAL), kol_id);
CREATE TABLE account_metric (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES platform_account(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    captured_on TEXT NOT NULL,
    approximate INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_metric_day ON account_metric(account_id, name, captured_on);
ALTER TABLE platform_account ADD COLUMN followers_at_least INTEGER NOT NULL DEFAULT 0;
ALTER TABLE platform_account ADD COLUMN followers_upper INTEGER;
ALTER TABLE rate_card_entry ADD COLUMN fee_at_least INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rate_card_entry ADD COLUMN fee_upper TEXT
"""

# v11, team mode: every record a person edits carries a row version (a save over a newer change is refused) and
# who changed it last; a KOL has an owner, the account manager the "My KOLs" filter and a hand-over go by.
V11_TABLES = """
ALTER TABLE kol ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE kol ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE kol ADD COLUMN owner TEXT NOT NULL DEFAULT '';
CREATE INDEX kol_live_owner ON kol(owner, id) WHERE deleted_at IS NULL;
ALTER TABLE collaboration ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE collaboration ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE brand ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE brand ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE campaign ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE campaign ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''
"""
