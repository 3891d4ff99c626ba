"""Restoring a handover package: each KOL merged with this database's, its records added once only.

A KOL whose platform account (platform + normalised handle) is already in the database is merged into that KOL
(empty profile fields filled, new accounts, tags and history added); brands match by name; a deal, gift, perk,
note, risk, task or blackout already present (same natural key) is never added twice, so importing the same
package again adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.kols.validation import handle_key
from kolcrm.core.store import search
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import platform_label, tier_for_followers


@dataclass
class HandoverSummary:
    kols_added: int = 0
    kols_merged: int = 0
    deals_added: int = 0
    deals_present: int = 0  # already in the database: left as they were
    gifts_added: int = 0
    perks_added: int = 0
    brands_added: int = 0
    notes_added: int = 0
    accounts_skipped: list[str] = field(default_factory=list)  # held by another KOL here
    cancelled: bool = False

    def lines(self) -> list[str]:
        if self.cancelled:
            return [i18n.translate("Handover", "Import cancelled: nothing was written.")]
        lines = [
            i18n.translate("Handover", "KOLs: {added} added, {merged} merged with KOLs already here").format(
                added=self.kols_added, merged=self.kols_merged
            ),
            i18n.translate("Handover", "Deals: {added} added, {present} already present").format(
                added=self.deals_added, present=self.deals_present
            ),
            i18n.translate(
                "Handover", "Gifts: {gifts} added; perks: {perks} added; history entries: {notes} added"
            ).format(gifts=self.gifts_added, perks=self.perks_added, notes=self.notes_added),
            i18n.translate("Handover", "Brands: {added} added").format(added=self.brands_added),
        ]
        lines += [
            i18n.translate("Handover", "Skipped (belongs to another KOL here): {account}").format(account=account)
            for account in self.accounts_skipped
        ]
        return lines


def restore_brands(brands: list[dict[str, Any]], summary: HandoverSummary) -> dict[str, int]:
    ids: dict[str, int] = {}
    for brand in brands:
        name = brand["name"].strip()
        row = database.execute_sql("SELECT id FROM brand WHERE name = ?", (name,)).fetchone()
        if row is None:
            now = utc_now()
            row = (_insert("brand", {**brand, "name": name}, {"created_at": now, "updated_at": now}),)
            summary.brands_added += 1
        ids[name] = row[0]
    return ids


_COLUMNS: dict[str, list[str]] = {}


def _columns(table: str) -> list[str]:
    if table not in _COLUMNS:
        _COLUMNS[table] = [row[1] for row in database.execute_sql(f"PRAGMA table_info({table})")]
    return _COLUMNS[table]


def _insert(table: str, row: dict[str, Any], defaults: dict[str, Any] | None = None, **values: Any) -> int:
    """Insert the package row's columns this table has (an older package simply lacks newer ones); never its id."""
    merged = {**(defaults or {}), **{k: v for k, v in row.items() if not isinstance(v, list | dict)}, **values}
    merged.pop("id", None)
    columns = [name for name in _columns(table) if name in merged]
    cursor = database.execute_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [merged[name] for name in columns],
    )
    row_id: int = cursor.lastrowid
    return row_id


def _exists(sql: str, params: Sequence[Any]) -> int | None:
    row = database.execute_sql(sql, list(params)).fetchone()
    return row[0] if row else None


_FILLABLE = ("real_name", "city", "languages", "agency", "agent_name", "agent_contact", "wechat_id", "phone",
             "email", "birthday", "lunar_birthday")  # fmt: skip


class KolRestore:
    """One KOL of the package into this database."""

    def __init__(self, kol: dict[str, Any], brands: dict[str, int], summary: HandoverSummary) -> None:
        self.kol, self.brands, self.summary = kol, brands, summary
        self.deal_ids: dict[int, int] = {}  # package deal id → id here

    def run(self) -> None:
        profile = self.kol["profile"]
        target = self._match()
        if target is None:
            now = utc_now()
            self.kol_id = _insert("kol", profile, {"created_at": now, "updated_at": now})
            self.summary.kols_added += 1
        else:
            self.kol_id = target
            self._merge_profile(profile)
            self.summary.kols_merged += 1
        for kind, key in (("category", "categories"), ("value", "value_tags")):
            for label in self.kol.get(key, []):
                database.execute_sql(
                    "INSERT OR IGNORE INTO kol_label (kol_id, kind, label) VALUES (?, ?, ?)", (self.kol_id, kind, label)
                )
        self._accounts()
        self._history()
        self._deals()
        self._care()
        self._refresh_derived(profile)
        search.reindex_kol(database, self.kol_id)

    def _match(self) -> int | None:
        for account in self.kol["accounts"]:
            owner = _exists(
                "SELECT kol_id FROM platform_account WHERE platform = ? AND handle_key = ?",
                (account["platform"], handle_key(account["handle"])),
            )
            if owner is not None:
                return owner
        if self.kol["accounts"]:
            return None
        profile = self.kol["profile"]  # no account to go by: the same name and the same contact details
        return _exists(
            "SELECT id FROM kol WHERE display_name = ? AND wechat_id = ? AND phone = ? AND email = ?"
            " AND NOT EXISTS (SELECT 1 FROM platform_account a WHERE a.kol_id = kol.id) ORDER BY id",
            (profile["display_name"], profile.get("wechat_id", ""), profile.get("phone", ""), profile.get("email", "")),
        )

    def _merge_profile(self, profile: dict[str, Any]) -> None:
        current = database.execute_sql(
            f"SELECT {', '.join(_FILLABLE)}, deleted_at FROM kol WHERE id = ?", (self.kol_id,)
        ).fetchone()
        updates = {
            name: profile[name]
            for name, value in zip(_FILLABLE, current[:-1], strict=True)
            if not value and profile.get(name)
        }
        if current[-1] and not profile.get("deleted_at"):
            updates["deleted_at"] = None  # live in the package: back from this database's trash
        if updates:
            database.execute_sql(
                f"UPDATE kol SET {', '.join(f'{name} = ?' for name in updates)}, updated_at = ? WHERE id = ?",
                [*updates.values(), utc_now(), self.kol_id],
            )

    def _accounts(self) -> None:
        for account in self.kol["accounts"]:
            key = handle_key(account["handle"])
            owner = _exists(
                "SELECT kol_id FROM platform_account WHERE platform = ? AND handle_key = ?", (account["platform"], key)
            )
            if owner == self.kol_id:
                continue
            if owner is not None:
                self.summary.accounts_skipped.append(f"{platform_label(account['platform'])} {account['handle']}")
                continue
            position = _exists("SELECT count(*) FROM platform_account WHERE kol_id = ?", (self.kol_id,))
            account_id = _insert("platform_account", account, kol_id=self.kol_id, handle_key=key, position=position)
            for entry in account.get("rate_card", []):
                _insert("rate_card_entry", entry, account_id=account_id)

    def _history(self) -> None:
        for note in self.kol["history"]:
            if _exists(
                "SELECT id FROM interaction WHERE kol_id = ? AND occurred_on = ? AND kind = ? AND text = ?",
                (self.kol_id, note["occurred_on"], note["kind"], note["text"]),
            ):
                continue
            _insert("interaction", note, kol_id=self.kol_id)
            self.summary.notes_added += 1

    def _deals(self) -> None:
        for deal in self.kol["deals"]:
            brand_id = self.brands.get(deal["brand_name"].strip())
            if brand_id is None:  # the package did not list the brand: add it by name
                now = utc_now()
                brand_id = _insert("brand", {"name": deal["brand_name"].strip(), "created_at": now, "updated_at": now})
                self.brands[deal["brand_name"].strip()] = brand_id
                self.summary.brands_added += 1
            present = _exists(
                "SELECT id FROM collaboration WHERE kol_id = ? AND brand_id = ? AND title = ? AND created_at = ?",
                (self.kol_id, brand_id, deal["title"], deal["created_at"]),
            )
            if present is not None:
                self.deal_ids[deal["id"]] = present
                self.summary.deals_present += 1
                continue
            # Campaigns do not travel in a package (they belong to the brand's team): the deal arrives unlinked.
            deal_id = _insert("collaboration", deal, kol_id=self.kol_id, brand_id=brand_id, campaign_id=None)
            self.deal_ids[deal["id"]] = deal_id
            self.summary.deals_added += 1
            for change in deal.get("stage_changes", []):
                _insert("stage_change", change, collaboration_id=deal_id)
            for item in deal.get("deliverables", []):
                item_id = _insert("deliverable", item, collaboration_id=deal_id)
                for step in item.get("approval_steps", []):
                    _insert("approval_step", step, deliverable_id=item_id)
            for payment in deal.get("payments", []):
                _insert("payment", payment, collaboration_id=deal_id)
            for contract in deal.get("contracts", []):
                _insert("contract", contract, collaboration_id=deal_id)

    def _deal(self, package_id: Any) -> int | None:
        return self.deal_ids.get(package_id) if package_id is not None else None

    def _care(self) -> None:
        kol_id = self.kol_id
        for gift in self.kol["gifts"]:
            if not _exists(
                "SELECT id FROM gift WHERE kol_id = ? AND kind = ? AND occasion = ? AND description = ? AND created_at = ?",
                (kol_id, gift["kind"], gift["occasion"], gift["description"], gift["created_at"]),
            ):
                _insert("gift", gift, kol_id=kol_id, collaboration_id=self._deal(gift.get("collaboration_id")))
                self.summary.gifts_added += 1
        for perk in self.kol["perks"]:
            if not _exists(
                "SELECT id FROM perk WHERE kol_id = ? AND kind = ? AND received_on = ? AND note = ? AND created_at = ?",
                (kol_id, perk["kind"], perk["received_on"], perk["note"], perk["created_at"]),
            ):
                _insert("perk", perk, kol_id=kol_id, collaboration_id=self._deal(perk.get("collaboration_id")))
                self.summary.perks_added += 1
        scheduling = self.kol.get("scheduling")
        if scheduling:  # a priority already recorded here is this team's own: kept
            database.execute_sql(
                "INSERT OR IGNORE INTO scheduling_priority (kol_id, priority, lead_time_days) VALUES (?, ?, ?)",
                (kol_id, scheduling["priority"], scheduling["lead_time_days"]),
            )
        for period in self.kol["blackouts"]:
            if not _exists(
                "SELECT id FROM blackout_period WHERE kol_id = ? AND starts_on = ? AND ends_on = ? AND label = ?",
                (kol_id, period["starts_on"], period["ends_on"], period["label"]),
            ):
                _insert("blackout_period", period, kol_id=kol_id)
        package_kol = self.kol["profile"].get("id")
        for risk in self.kol["risks"]:
            owner = kol_id if risk.get("kol_id") == package_kol and risk.get("kol_id") is not None else None
            deal = self._deal(risk.get("collaboration_id"))
            if (owner is None and deal is None) or _exists(
                "SELECT id FROM risk WHERE kol_id IS ? AND collaboration_id IS ? AND category = ? AND description = ?"
                " AND created_at = ?",
                (owner, deal, risk["category"], risk["description"], risk["created_at"]),
            ):
                continue
            _insert("risk", risk, kol_id=owner, collaboration_id=deal)
        for reminder in self.kol["reminders"]:
            # Generated reminders carry this package's ids in their rule keys: the rules raise them again here.
            if reminder.get("rule_key") is not None:
                continue
            owner = kol_id if reminder.get("kol_id") is not None else None
            deal = self._deal(reminder.get("collaboration_id"))
            if _exists(
                "SELECT id FROM reminder WHERE rule_key IS NULL AND kol_id IS ? AND due_on = ? AND subject = ?"
                " AND created_at = ?",
                (owner, reminder["due_on"], reminder["subject"], reminder["created_at"]),
            ):
                continue
            _insert("reminder", reminder, kol_id=owner, collaboration_id=deal)

    def _refresh_derived(self, profile: dict[str, Any]) -> None:
        """Main platform, followers, tier and last contact from the rows now here (as kols.save_kol derives them)."""
        main = database.execute_sql(
            "SELECT platform, followers, engagement_rate FROM platform_account WHERE kol_id = ?"
            " ORDER BY followers DESC, position, id LIMIT 1",
            (self.kol_id,),
        ).fetchone()
        manual, tier = database.execute_sql(
            "SELECT tier_is_manual, tier FROM kol WHERE id = ?", (self.kol_id,)
        ).fetchone()
        platform, followers, engagement = main or ("", 0, 0.0)
        if not manual:
            tier = int(tier_for_followers(followers if main else None))
        database.execute_sql(
            "UPDATE kol SET main_platform = ?, followers = ?, engagement_rate = ?, tier = ?,"
            " last_contact = coalesce((SELECT max(occurred_on) FROM interaction WHERE kol_id = ?), '') WHERE id = ?",
            (platform, followers, engagement, tier, self.kol_id, self.kol_id),
        )
