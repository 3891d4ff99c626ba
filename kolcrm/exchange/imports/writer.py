"""Writing the KOLs a batch resolved to (matching.Target): new ones inserted, those already here updated.

Everything goes through the raw cursor in batches (peewee's insert path is ~10× slower, TRAPS.md); the caller
holds the one transaction of the import (BEGIN IMMEDIATE: the write lock is taken before the first read). Fees and
metrics are stored as exact decimal text.
"""

from __future__ import annotations

import json
from typing import Any

from kolcrm.core import clock
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import change_log
from kolcrm.core.kols.custom_values import CustomFieldDef, clean_name, parse_value
from kolcrm.core.money import to_text
from kolcrm.core.store import search, versions
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import PortableCursor, insert_returning_id, reserve_ids
from kolcrm.core.vocabulary import Status, tier_for_followers
from kolcrm.exchange.imports.entries import AccountEntry, Entry
from kolcrm.exchange.imports.matching import Target
from kolcrm.exchange.imports.numbers import Fee, Figure
from kolcrm.exchange.imports.plan import ImportPlan, RowError

Params = tuple[Any, ...]


# One spelling on both engines (SQLite's INSERT OR REPLACE has no PostgreSQL twin).
SET_CUSTOM_VALUE = (
    "INSERT INTO kol_custom_value (kol_id, field_id, value) VALUES (?,?,?)"
    " ON CONFLICT (kol_id, field_id) DO UPDATE SET value = excluded.value"
)
KOL_IDS_KEPT = 10_000  # the ids a result lists for the duplicate check; past that the check reads the whole book


class WriteCancelled(Exception):
    """Raised inside the transaction so that it rolls back."""


class BatchWriter:
    """Writes resolved targets; the caller holds the transaction.

    It is made before that transaction begins, which may wait for another writer: everything it reads from the
    database (the custom fields) is read inside the transaction, so what that writer added is seen, not added twice.
    """

    def __init__(self, plan: ImportPlan, source: str):
        self.plan = plan
        self.source = source
        self.now = utc_now()
        self.today = clock.today().isoformat()
        self.cursor = PortableCursor()  # SQLite-spelled statements on either engine
        self._custom_fields: dict[str, CustomFieldDef] | None = None  # read on first use, inside the transaction
        self.searchable_fields: dict[int, bool] = {}  # custom field id → its values go into the search text
        self.kol_ids: list[int] | None = []  # None past KOL_IDS_KEPT: "too many to list, look at the whole book"

    def write(self, targets: list[Target]) -> None:
        new = [target for target in targets if target.kol_id is None]
        old = [target for target in targets if target.kol_id is not None]
        if new:
            self._insert_new(new)
        if old:
            self._update_old(old)

    def _touched(self, kol_id: int) -> None:
        if self.kol_ids is not None and (not self.kol_ids or self.kol_ids[-1] != kol_id):
            self.kol_ids.append(kol_id)
            if len(self.kol_ids) > KOL_IDS_KEPT:
                self.kol_ids = None

    # -- custom fields -----------------------------------------------------------------------------------
    @property
    def custom_fields(self) -> dict[str, CustomFieldDef]:
        """Custom fields by folded name, as the database has them once this import holds the write lock."""
        if self._custom_fields is None:
            self._custom_fields = {
                name.casefold(): CustomFieldDef(field_id, name, kind, tuple(json.loads(choices or "[]")), position)
                for field_id, name, kind, choices, position in database.execute_sql(
                    "SELECT id, name, kind, choices, position FROM custom_field"
                )
            }
        return self._custom_fields

    def _field(self, name: str) -> CustomFieldDef:
        """The custom field of that name; a new one is a text field, which keeps what a sheet holds as written
        (leading zeros, codes such as VIP-7): the user can change its kind later (Edit → Custom fields…)."""
        cleaned = clean_name(name)
        known = self.custom_fields.get(cleaned.casefold())
        if known is None:
            position = database.execute_sql("SELECT coalesce(max(position), 0) + 1 FROM custom_field").fetchone()[0]
            field_id = insert_returning_id(
                "INSERT INTO custom_field (name, kind, choices, position, created_at) VALUES (?, 'text', '[]', ?, ?)",
                (cleaned, position, self.now),
            )
            known = CustomFieldDef(field_id, cleaned, "text", (), position)
            self.custom_fields[cleaned.casefold()] = known
        self.searchable_fields[known.id] = known.kind in ("text", "choice")
        return known

    def _custom_rows(self, kol_id: int, entry: Entry) -> list[Params]:
        rows: list[Params] = []
        for name, text in entry.customs.items():
            field_def = self._field(name)
            try:
                value = parse_value(field_def, text)  # the same rules as the KOL editor
            except ValidationError as exc:
                self.plan.add_error(RowError(entry.line, name, str(exc), text[:80]))
                continue
            if value is not None:
                rows.append((kol_id, field_def.id, value))
        return rows

    # -- new KOLs -----------------------------------------------------------------------------------------
    def _insert_new(self, targets: list[Target]) -> None:
        kol_ids = iter(reserve_ids("kol", len(targets)))
        account_ids = iter(reserve_ids("platform_account", sum(len(target.entry.accounts) for target in targets)))
        kols: list[Params] = []
        labels: list[Params] = []
        accounts: list[Params] = []
        rates: list[Params] = []
        metrics: list[Params] = []
        notes: list[Params] = []
        customs: list[Params] = []
        documents: list[tuple[int, str]] = []
        for target in targets:
            entry = target.entry
            p = entry.profile
            main: tuple[int, str, float] = (0, "", 0.0)
            handles: list[str] = []
            kol_id = next(kol_ids)
            for position, account in enumerate(entry.accounts):
                account_id = next(account_ids)
                followers, at_least, upper = _count(account)
                rate = account.engagement_rate or 0.0
                accounts.append((account_id, kol_id, account.platform, account.handle, account.key[1],
                                 account.url or "", followers, rate, position, at_least, upper))  # fmt: skip
                rates.extend(_rate_rows(account_id, account.fees))
                metrics.extend(self._metric_rows(account_id, account.metrics))
                handles.append(account.handle)
                if not main[1] or followers > main[0]:
                    main = (followers, account.platform, rate)
            tier = p.get("tier")
            automatic = int(tier_for_followers(main[0] if entry.accounts else None))  # as the KOL service does
            if tier == automatic:
                tier = None  # the tier the followers give (as kolcrm's own export writes it) stays automatic
            # Notes from the sheet are dated by its last contact when it gives one (else by the day of the import);
            # last contact is then the latest history entry, as the KOL service keeps it.
            note_day = entry.last_contact.isoformat() if entry.last_contact else self.today
            last_contact = note_day if entry.notes else (entry.last_contact.isoformat() if entry.last_contact else "")
            kols.append((kol_id, p["display_name"], p.get("real_name", ""), p.get("status", str(Status.PROSPECT)),
                         tier if tier is not None else automatic, tier is not None,
                         p.get("city", ""), p.get("languages", ""), p.get("agency", ""), p.get("agent_name", ""),
                         p.get("agent_contact", ""), p.get("wechat_id", ""), p.get("phone", ""), p.get("email", ""),
                         p.get("birthday"), main[1], main[0], main[2], last_contact, self.now, self.now))  # fmt: skip
            tags = [("category", label) for label in entry.categories or ()]
            tags += [("value", label) for label in entry.value_tags or ()]
            labels.extend((kol_id, kind, label) for kind, label in tags)
            notes.extend((kol_id, note_day, "note", text, self.now) for text in entry.notes)
            if entry.last_contact and not entry.notes:
                notes.append((kol_id, last_contact, "note", self._contact_note(), self.now))
            custom_rows = self._custom_rows(kol_id, entry)
            customs.extend(custom_rows)
            names = [p.get(key, "") for key in ("display_name", "real_name", "city", "agency", "wechat_id")]
            history = [*entry.notes] + ([self._contact_note()] if entry.last_contact and not entry.notes else [])
            # The same text search._documents builds: history, and custom values of kind text or choice.
            searchable = [value for _kol, field_id, value in custom_rows if self.searchable_fields.get(field_id)]
            body = search.compose_body(names, handles, [label for _kind, label in tags], history, searchable)
            documents.append((kol_id, body))
            target.kol_id = kol_id
            self._touched(kol_id)
        cursor = self.cursor
        cursor.executemany(
            "INSERT INTO kol (id, display_name, real_name, status, tier, tier_is_manual, city, languages, agency,"
            " agent_name, agent_contact, wechat_id, phone, email, birthday, main_platform, followers,"
            " engagement_rate, last_contact, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            kols,
        )
        cursor.executemany("INSERT OR IGNORE INTO kol_label (kol_id, kind, label) VALUES (?,?,?)", labels)
        cursor.executemany(
            "INSERT INTO platform_account (id, kol_id, platform, handle, handle_key, url, followers, engagement_rate,"
            " position, followers_at_least, followers_upper) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            accounts,
        )
        cursor.executemany(
            "INSERT INTO rate_card_entry (account_id, format, fee, currency, fee_at_least, fee_upper)"
            " VALUES (?,?,?,?,?,?)",
            rates,
        )
        self._upsert_metrics(metrics)
        cursor.executemany(
            "INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) VALUES (?,?,?,?,?)", notes
        )
        cursor.executemany(SET_CUSTOM_VALUE, customs)
        search.insert_documents(database, documents)

    def _contact_note(self) -> str:
        return f"Last contact, as recorded in {self.source}"

    def _metric_rows(self, account_id: int, figures: dict[str, Figure]) -> list[Params]:
        return [(account_id, name, to_text(figure.value), self.today, figure.at_least or figure.upper is not None)
                for name, figure in figures.items()]  # fmt: skip

    def _upsert_metrics(self, rows: list[Params]) -> None:
        self.cursor.executemany(
            "INSERT INTO account_metric (account_id, name, value, captured_on, approximate) VALUES (?,?,?,?,?)"
            " ON CONFLICT (account_id, name, captured_on) DO UPDATE SET value = excluded.value,"
            " approximate = excluded.approximate",
            rows,
        )

    # -- KOLs already here --------------------------------------------------------------------------------
    def _update_old(self, targets: list[Target]) -> None:
        statements: dict[str, list[Params]] = {}  # SQL → parameters; same-shaped rows share SQL, so they batch

        def run(sql: str, params: Params) -> None:
            statements.setdefault(sql, []).append(params)

        new_accounts: list[tuple[int, AccountEntry]] = []
        metrics: list[Params] = []
        customs: list[Params] = []
        contacts: list[tuple[int, str]] = []
        sheet_tiers: dict[int, int] = {}
        for target in targets:
            kol_id = target.kol_id
            assert kol_id is not None
            entry = target.entry
            profile = dict(entry.profile)
            if entry.name_from_handle:
                profile.pop("display_name", None)  # a KOL here keeps its name; the handle only named new ones
            for key in entry.from_fixed:
                profile.pop(key, None)  # a value fixed for the file fills new KOLs; it never overwrites the CRM's
            if "tier" in profile:
                sheet_tiers[kol_id] = profile.pop("tier")  # judged against the followers once they are written
            profile["updated_at"] = self.now
            assignments = ", ".join(f"{column} = ?" for column in profile)
            run(f"UPDATE kol SET {assignments} WHERE id = ?", (*profile.values(), kol_id))
            for labels, kind in ((entry.categories, "category"), (entry.value_tags, "value")):
                if labels is not None:
                    run("DELETE FROM kol_label WHERE kol_id = ? AND kind = ?", (kol_id, kind))
                    for label in labels:
                        run(
                            "INSERT OR IGNORE INTO kol_label (kol_id, kind, label) VALUES (?,?,?)",
                            (kol_id, kind, label),
                        )
            for account in entry.accounts:
                account_id = target.accounts.get(account.key)
                if account_id is None:
                    new_accounts.append((kol_id, account))
                    continue
                changes: dict[str, Any] = {}  # the handle keeps the spelling the CRM has
                if account.url is not None:
                    changes["url"] = account.url
                if account.followers is not None:
                    changes["followers"], changes["followers_at_least"], changes["followers_upper"] = _count(account)
                if account.engagement_rate is not None:
                    changes["engagement_rate"] = account.engagement_rate
                if changes:
                    assignments = ", ".join(f"{column} = ?" for column in changes)
                    run(f"UPDATE platform_account SET {assignments} WHERE id = ?", (*changes.values(), account_id))
                for params in _rate_rows(account_id, account.fees):
                    run("DELETE FROM rate_card_entry WHERE account_id = ? AND format = ?", (account_id, params[1]))
                    run("INSERT INTO rate_card_entry (account_id, format, fee, currency, fee_at_least, fee_upper)"
                        " VALUES (?,?,?,?,?,?)", params)  # fmt: skip
                metrics.extend(self._metric_rows(account_id, account.metrics))
            note_day = entry.last_contact.isoformat() if entry.last_contact else self.today
            for text in entry.notes:  # importing the same sheet twice must not repeat its notes
                run("INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) SELECT ?, ?, 'note', ?, ?"
                    " WHERE NOT EXISTS (SELECT 1 FROM interaction WHERE kol_id = ? AND text = ?)",
                    (kol_id, note_day, text, self.now, kol_id, text))  # fmt: skip
            if entry.last_contact and not entry.notes:
                contacts.append((kol_id, entry.last_contact.isoformat()))
            customs.extend(self._custom_rows(kol_id, entry))
            self._touched(kol_id)
        for sql, rows in statements.items():
            self.cursor.executemany(sql, rows)
        if new_accounts:
            self._add_accounts(new_accounts)
        self._upsert_metrics(metrics)
        self.cursor.executemany(SET_CUSTOM_VALUE, customs)
        # A recorded last contact becomes a history entry, unless the history already knows a later one.
        self.cursor.executemany(
            "INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) SELECT ?, ?, 'note', ?, ?"
            " WHERE NOT EXISTS (SELECT 1 FROM interaction WHERE kol_id = ? AND occurred_on >= ?)",
            [(kol_id, day, self._contact_note(), self.now, kol_id, day) for kol_id, day in contacts],
        )
        kol_ids = sorted({target.kol_id for target in targets if target.kol_id is not None})
        self._refresh_derived(kol_ids, sheet_tiers)
        search.reindex_kols(database, kol_ids)
        versions.claim_many("kol", kol_ids)  # an editor open on one of them is told, not obeyed
        change_log.record(kol_ids, change_log.UPDATED_FROM, self.source)

    def _add_accounts(self, accounts: list[tuple[int, AccountEntry]]) -> None:
        account_ids = iter(reserve_ids("platform_account", len(accounts)))
        positions: dict[int, int] = {}  # an added account goes after the KOL's own
        kol_ids = sorted({kol_id for kol_id, _account in accounts})
        for start in range(0, len(kol_ids), 500):
            part = kol_ids[start : start + 500]
            positions.update(database.execute_sql(
                f"SELECT kol_id, max(position) FROM platform_account WHERE kol_id IN ({','.join('?' * len(part))})"
                " GROUP BY kol_id", part))  # fmt: skip
        rows: list[Params] = []
        rates: list[Params] = []
        metrics: list[Params] = []
        for kol_id, account in accounts:
            account_id = next(account_ids)
            followers, at_least, upper = _count(account)
            positions[kol_id] = position = positions.get(kol_id, -1) + 1
            rows.append((account_id, kol_id, account.platform, account.handle, account.key[1], account.url or "",
                         followers, account.engagement_rate or 0.0, position, at_least, upper))  # fmt: skip
            rates.extend(_rate_rows(account_id, account.fees))
            metrics.extend(self._metric_rows(account_id, account.metrics))
        self.cursor.executemany(
            "INSERT INTO platform_account (id, kol_id, platform, handle, handle_key, url, followers, engagement_rate,"
            " position, followers_at_least, followers_upper) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        self.cursor.executemany(
            "INSERT INTO rate_card_entry (account_id, format, fee, currency, fee_at_least, fee_upper)"
            " VALUES (?,?,?,?,?,?)",
            rates,
        )
        self._upsert_metrics(metrics)

    def _refresh_derived(self, kol_ids: list[int], sheet_tiers: dict[int, int]) -> None:
        """Followers, engagement, platform and tier follow the largest account; last contact the history."""
        main: dict[int, tuple[int, str, float]] = {}
        for first in range(0, len(kol_ids), 500):
            part = kol_ids[first : first + 500]
            marks = ",".join("?" * len(part))
            for kol_id, platform, followers, engagement in database.execute_sql(
                f"SELECT kol_id, platform, followers, engagement_rate FROM platform_account"
                f" WHERE kol_id IN ({marks}) ORDER BY kol_id, position, id",
                part,
            ):
                if kol_id not in main or followers > main[kol_id][0]:
                    main[kol_id] = (followers, platform, engagement)
            self.cursor.execute(
                "UPDATE kol SET last_contact = coalesce((SELECT max(occurred_on) FROM interaction"
                f" WHERE interaction.kol_id = kol.id), '') WHERE id IN ({marks})",
                part,
            )
        self.cursor.executemany(
            "UPDATE kol SET main_platform = ?, followers = ?, engagement_rate = ?,"
            " tier = CASE WHEN tier_is_manual <> 0 THEN tier ELSE ? END WHERE id = ?",
            [
                (platform, followers, engagement, int(tier_for_followers(followers)), kol_id)
                for kol_id, (followers, platform, engagement) in main.items()
            ],
        )
        # A tier from the sheet is the KOL's tier; it is set by hand only where the followers say otherwise.
        automatic = {kol_id: int(tier_for_followers(followers)) for kol_id, (followers, _p, _e) in main.items()}
        self.cursor.executemany(
            "UPDATE kol SET tier = ?, tier_is_manual = ? WHERE id = ?",
            [(tier, tier != automatic.get(kol_id, 0), kol_id) for kol_id, tier in sheet_tiers.items()],
        )


def _count(account: AccountEntry) -> tuple[int, bool, int | None]:
    count = account.followers
    if count is None:
        return 0, False, None
    return count.value, count.at_least, count.upper


def _rate_rows(account_id: int, fees: list[tuple[str, Fee]]) -> list[Params]:
    rows: dict[str, Params] = {}
    for fee_format, fee in fees:
        label = fee_format or "Fee"
        upper = to_text(fee.upper) if fee.upper is not None else None
        rows[label] = (account_id, label, to_text(fee.amount), fee.currency, fee.at_least, upper)
    return list(rows.values())
