"""Writing an import plan: raw-cursor bulk inserts and updates in batches, then a bulk search reindex."""

from __future__ import annotations

from typing import Any

from kolcrm.core import clock
from kolcrm.core.clock import utc_now
from kolcrm.core.kols.validation import handle_key
from kolcrm.core.store import search
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Status, tier_for_followers
from kolcrm.exchange.imports.plan import (
    PROFILE_COLUMNS,
    Cancelled,
    ImportPlan,
    PlannedRow,
    Progress,
    StalePlanError,
    existing_accounts,
)

BATCH = 5000

# One row of SQL parameters. Parsed sheet values are Any (PlannedRow.values), so most rows hold Any too.
Params = tuple[Any, ...]


class WriteCancelled(Exception):
    """Raised inside the transaction so that it rolls back."""


class ImportWriter:
    def __init__(self, plan: ImportPlan, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.plan, self.total, self.progress, self.cancelled = plan, total, progress, cancelled
        self.done = 0
        self.now = utc_now()
        self.today = clock.today().isoformat()
        self.cursor = database.cursor()

    def tick(self, rows: int) -> None:
        self.done += rows
        if self.cancelled is not None and self.cancelled():
            raise WriteCancelled
        if self.progress is not None:
            self.progress(self.done, self.total)

    def check_plan_is_current(self) -> None:
        existing = existing_accounts()
        for row in self.plan.to_add:
            if "platform" in row.values and (row.values["platform"], handle_key(row.values["handle"])) in existing:
                raise StalePlanError("A KOL was added since the dry run: run the dry run again; nothing was written")
        accounts = {(kol_id, account_id) for kol_id, account_id, _name, _trashed in existing.values()}
        for row in self.plan.to_update:
            if (row.kol_id, row.account_id) not in accounts:
                raise StalePlanError("A KOL changed since the dry run: run the dry run again; nothing was written")

    # -- new KOLs ------------------------------------------------------------------------------------------
    def add_rows(self) -> None:
        kol_id: int = database.execute_sql("SELECT coalesce(max(id), 0) FROM kol").fetchone()[0] + 1
        account_id: int = database.execute_sql("SELECT coalesce(max(id), 0) FROM platform_account").fetchone()[0] + 1
        rows = self.plan.to_add
        for start in range(0, len(rows), BATCH):
            kols: list[Params] = []
            labels: list[tuple[int, str, str]] = []
            accounts: list[Params] = []
            rates: list[Params] = []
            notes: list[Params] = []
            documents: list[tuple[int, str]] = []
            for row in rows[start : start + BATCH]:
                v = row.values
                followers, engagement, main_platform, tier = 0, 0.0, "", 0
                handles: list[str] = []
                if "platform" in v:
                    followers, engagement = v.get("followers", 0), v.get("engagement_rate", 0.0)
                    main_platform, tier = str(v["platform"]), int(tier_for_followers(followers))
                    handle = v["handle"]
                    handles.append(handle)
                    accounts.append((account_id, kol_id, main_platform, handle, handle_key(handle), v.get("url", ""),
                                     followers, engagement))  # fmt: skip
                    if "fee" in v:
                        fee, currency = v["fee"]
                        rates.append((account_id, v.get("fee_format", self.plan.fee_column), str(fee), currency))
                    account_id += 1
                kols.append((kol_id, v["display_name"], v.get("real_name", ""), str(v.get("status", Status.PROSPECT)),
                             tier, v.get("city", ""), "\n".join(v.get("languages", ())), v.get("agency", ""),
                             v.get("agent_name", ""), v.get("agent_contact", ""), v.get("wechat_id", ""),
                             v.get("phone", ""), v.get("email", ""),
                             v["birthday"].isoformat() if "birthday" in v else None, main_platform, followers,
                             engagement, self.now, self.now))  # fmt: skip
                tags = [("category", label) for label in v.get("categories", ())]
                tags += [("value", label) for label in v.get("value_tags", ())]
                labels.extend((kol_id, kind, label) for kind, label in tags)
                if "notes" in v:
                    notes.append((kol_id, self.today, "note", v["notes"], self.now))
                names = [v.get(key, "") for key in ("display_name", "real_name", "city", "agency", "wechat_id")]
                body = search.compose_body(names, handles, [label for _kind, label in tags], [v.get("notes", "")])
                documents.append((kol_id, body))
                kol_id += 1
            self._insert(kols, labels, accounts, rates, notes)
            search.insert_documents(database, documents)
            self.tick(len(kols))

    def _insert(
        self,
        kols: list[Params],
        labels: list[tuple[int, str, str]],
        accounts: list[Params],
        rates: list[Params],
        notes: list[Params],
    ) -> None:
        cursor = self.cursor
        cursor.executemany(
            "INSERT INTO kol (id, display_name, real_name, status, tier, city, languages, agency, agent_name,"
            " agent_contact, wechat_id, phone, email, birthday, main_platform, followers, engagement_rate,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            kols,
        )
        cursor.executemany("INSERT INTO kol_label (kol_id, kind, label) VALUES (?,?,?)", labels)
        cursor.executemany(
            "INSERT INTO platform_account (id, kol_id, platform, handle, handle_key, url, followers, engagement_rate)"
            " VALUES (?,?,?,?,?,?,?,?)",
            accounts,
        )
        cursor.executemany("INSERT INTO rate_card_entry (account_id, format, fee, currency) VALUES (?,?,?,?)", rates)
        cursor.executemany(
            "INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) VALUES (?,?,?,?,?)", notes
        )

    # -- KOLs already here ---------------------------------------------------------------------------------
    def update_rows(self) -> None:
        rows = self.plan.to_update
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            statements: dict[str, list[Params]] = {}  # SQL → parameters, run in first-seen order
            for row in chunk:
                for sql, params in self._updates(row):
                    statements.setdefault(sql, []).append(params)
            for sql, rows_of_params in statements.items():
                self.cursor.executemany(sql, rows_of_params)
            kol_ids = sorted({row.kol_id for row in chunk if row.kol_id is not None})
            self._refresh_main_account(kol_ids)
            reindex(kol_ids)
            self.tick(len(chunk))

    def _updates(self, row: PlannedRow) -> list[tuple[str, Params]]:
        """The statements that merge one row into its KOL; same-shaped rows share SQL, so they batch."""
        v = row.values
        statements: list[tuple[str, Params]] = []
        profile: dict[str, Any] = {key: v[key] for key in PROFILE_COLUMNS if key in v}
        if "status" in v:
            profile["status"] = str(v["status"])
        if "languages" in v:
            profile["languages"] = "\n".join(v["languages"])
        if "birthday" in v:
            profile["birthday"] = v["birthday"].isoformat()
        profile["updated_at"] = self.now
        assignments = ", ".join(f"{column} = ?" for column in profile)
        statements.append((f"UPDATE kol SET {assignments} WHERE id = ?", (*profile.values(), row.kol_id)))
        for key, kind in (("categories", "category"), ("value_tags", "value")):
            if key in v:
                statements.append(("DELETE FROM kol_label WHERE kol_id = ? AND kind = ?", (row.kol_id, kind)))
        for key, kind in (("categories", "category"), ("value_tags", "value")):
            for label in v.get(key, ()):
                statements.append(
                    ("INSERT OR IGNORE INTO kol_label (kol_id, kind, label) VALUES (?,?,?)", (row.kol_id, kind, label))
                )
        account = {key: v[key] for key in ("url", "followers", "engagement_rate") if key in v}
        if account:
            assignments = ", ".join(f"{column} = ?" for column in account)
            statements.append(
                (f"UPDATE platform_account SET {assignments} WHERE id = ?", (*account.values(), row.account_id))
            )
        if "fee" in v:
            fee, currency = v["fee"]
            fee_format = v.get("fee_format", self.plan.fee_column)
            statements.append(
                (
                    "UPDATE rate_card_entry SET fee = ?, currency = ? WHERE account_id = ? AND format = ?",
                    (str(fee), currency, row.account_id, fee_format),
                )
            )
            statements.append(
                (
                    "INSERT INTO rate_card_entry (account_id, format, fee, currency) SELECT ?, ?, ?, ?"
                    " WHERE NOT EXISTS (SELECT 1 FROM rate_card_entry WHERE account_id = ? AND format = ?)",
                    (row.account_id, fee_format, str(fee), currency, row.account_id, fee_format),
                )
            )
        if "notes" in v:  # importing the same sheet twice must not repeat its notes
            statements.append(
                (
                    "INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) SELECT ?, ?, 'note', ?, ?"
                    " WHERE NOT EXISTS (SELECT 1 FROM interaction WHERE kol_id = ? AND text = ?)",
                    (row.kol_id, self.today, v["notes"], self.now, row.kol_id, v["notes"]),
                )
            )
        return statements

    def _refresh_main_account(self, kol_ids: list[int]) -> None:
        """Followers, engagement, platform and tier on the KOL row follow the largest account (as save_kol)."""
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
        self.cursor.executemany(
            "UPDATE kol SET main_platform = ?, followers = ?, engagement_rate = ?,"
            " tier = CASE WHEN tier_is_manual THEN tier ELSE ? END WHERE id = ?",
            [
                (platform, followers, engagement, int(tier_for_followers(followers)), kol_id)
                for kol_id, (followers, platform, engagement) in main.items()
            ],
        )


def reindex(kol_ids: list[int]) -> None:
    """The updated KOLs' search documents, rebuilt in chunks (search.reindex_kols)."""
    search.reindex_kols(database, kol_ids)
