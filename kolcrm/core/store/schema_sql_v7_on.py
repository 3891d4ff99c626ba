"""The SQL of schema steps 7 on (campaigns, fit scores, custom fields, team mode), frozen as it shipped, as the
earlier steps in schema_sql.py."""

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

# v12, who changed what: each change to a KOL (added, fields saved, given to an owner, trashed, restored) is one
# row of its history, naming the person; each note names who wrote it.
V12_TABLES = """
CREATE TABLE kol_change (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX kol_change_by_kol ON kol_change(kol_id, id);
ALTER TABLE interaction ADD COLUMN created_by TEXT NOT NULL DEFAULT ''
"""

# v13, care records a team shares: gifts, perks and risks carry a row version and who changed them last, as KOLs and
# deals do (a save over a colleague's newer change is refused).
V13_TABLES = """
ALTER TABLE gift ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE gift ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE gift ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE perk ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE perk ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE perk ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE risk ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE risk ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''
"""

# v14, tax and invoices on a deal: whether the fee includes tax and at what rate, the invoice the brand receives and
# who issues it, and whether the brand withholds the individual income tax of a KOL paid as a person (代扣代缴).
V14_TABLES = """
ALTER TABLE collaboration ADD COLUMN fee_includes_tax INTEGER NOT NULL DEFAULT 1;
ALTER TABLE collaboration ADD COLUMN tax_rate TEXT NOT NULL DEFAULT '';
ALTER TABLE collaboration ADD COLUMN invoice_type TEXT NOT NULL DEFAULT '';
ALTER TABLE collaboration ADD COLUMN invoice_issuer TEXT NOT NULL DEFAULT '';
ALTER TABLE collaboration ADD COLUMN withholds_income_tax INTEGER NOT NULL DEFAULT 0
"""

# v15, the brand company as a Chinese contract names it: 统一社会信用代码, legal representative, the bank account the
# company pays from, and a contact.
V15_TABLES = """
ALTER TABLE company_profile ADD COLUMN uscc TEXT NOT NULL DEFAULT '';
ALTER TABLE company_profile ADD COLUMN legal_representative TEXT NOT NULL DEFAULT '';
ALTER TABLE company_profile ADD COLUMN bank_name TEXT NOT NULL DEFAULT '';
ALTER TABLE company_profile ADD COLUMN bank_account TEXT NOT NULL DEFAULT '';
ALTER TABLE company_profile ADD COLUMN contact TEXT NOT NULL DEFAULT ''
"""

# v16, the KOL as a contract names a person: ID number (身份证 or passport), address, and the account the fee is paid
# to. Personal data: masked in the editor, never in CSV/XLSX/vCard exports, erased with the KOL.
V16_TABLES = """
ALTER TABLE kol ADD COLUMN legal_id_number TEXT NOT NULL DEFAULT '';
ALTER TABLE kol ADD COLUMN legal_address TEXT NOT NULL DEFAULT '';
ALTER TABLE kol ADD COLUMN payee_bank TEXT NOT NULL DEFAULT '';
ALTER TABLE kol ADD COLUMN payee_account TEXT NOT NULL DEFAULT ''
"""

# v19, the agency or MCN that signs for a KOL, as a contract names a company: its registered name, 统一社会信用代码 and
# address (the free-text agency stays the name lists show).
V19_TABLES = """
ALTER TABLE kol ADD COLUMN agency_legal_name TEXT NOT NULL DEFAULT '';
ALTER TABLE kol ADD COLUMN agency_uscc TEXT NOT NULL DEFAULT '';
ALTER TABLE kol ADD COLUMN agency_address TEXT NOT NULL DEFAULT ''
"""

# v17, where a contract version stands: sent to the KOL, signed by them, countersigned by the brand (dates).
V17_TABLES = """
ALTER TABLE contract ADD COLUMN sent_on TEXT;
ALTER TABLE contract ADD COLUMN signed_on TEXT;
ALTER TABLE contract ADD COLUMN countersigned_on TEXT
"""

# v18, files kept with the records they prove: a contract version's signed scan, a deliverable's screenshots (the 广告
# label, the live post), a KOL's media kit. The bytes live in the book (so backups, encryption, handover packages and
# the team's server carry them), in a table of their own so lists never read them. kol_id on every row: erasing or
# merging a KOL takes all of theirs in one statement. Removed files wait in the trash (deleted_at).
V18_TABLES = """
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    contract_id INTEGER REFERENCES contract(id) ON DELETE CASCADE,
    deliverable_id INTEGER REFERENCES deliverable(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
);
CREATE INDEX attachment_by_kol ON attachment(kol_id);
CREATE INDEX attachment_by_contract ON attachment(contract_id);
CREATE INDEX attachment_by_deliverable ON attachment(deliverable_id);
CREATE TABLE attachment_content (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
    content BLOB NOT NULL
)
"""

# v22, fulfilment: samples, products and gifts sent to a KOL, what they promised in return and by when (due_on, kept
# so the list's ghosting probe is one comparison on both engines), and the content delivered.
V22_TABLES = """
CREATE TABLE sent_item (
    id INTEGER PRIMARY KEY,
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    collaboration_id INTEGER REFERENCES collaboration(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    sent_on TEXT NOT NULL,
    promised TEXT NOT NULL DEFAULT '',
    due_on TEXT NOT NULL,
    delivered_on TEXT,
    delivered_url TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX sent_item_by_kol ON sent_item(kol_id, delivered_on, due_on)
"""

# v21, outreach before a deal (建联): where it stands and since when, how many messages went out and the last one.
V21_TABLES = """
ALTER TABLE kol ADD COLUMN outreach_stage TEXT NOT NULL DEFAULT 'none';
ALTER TABLE kol ADD COLUMN outreach_on TEXT;
ALTER TABLE kol ADD COLUMN touches INTEGER NOT NULL DEFAULT 0;
ALTER TABLE kol ADD COLUMN last_touch_on TEXT;
CREATE INDEX kol_by_outreach ON kol(outreach_stage, last_touch_on) WHERE deleted_at IS NULL;
CREATE TABLE outreach_template (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
"""

# v20, agencies and MCNs as records: the name the KOLs' agency field holds (a KOL belongs to the agency whose name its
# field holds, so imports, merges and handovers need nothing new), the company details a contract names, the
# contact there, notes. The migration makes one for each agency name in use.
V20_TABLES = """
CREATE TABLE agency (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    legal_name TEXT NOT NULL DEFAULT '',
    uscc TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX kol_by_agency ON kol(agency)
"""
