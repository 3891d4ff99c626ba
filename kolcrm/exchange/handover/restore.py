"""Restoring a handover package: each KOL merged with this database's, its records added once only.

A KOL whose platform account (platform + normalised handle) is already in the database is merged into that KOL
(empty profile fields filled, new accounts, tags and history added); brands match by name; a deal, gift, perk,
note, risk, task or blackout already present (same natural key) is never added twice, so importing the same
package again adds nothing. A deal goes into its campaign through the map of the package's campaign ids to the ids
here (campaigns.restore_campaigns, run first).
"""

from __future__ import annotations

from typing import Any

from kolcrm.core.clock import utc_now
from kolcrm.core.kols import change_log
from kolcrm.core.kols.validation import handle_key
from kolcrm.core.store import search, versions
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import platform_label, tier_for_followers
from kolcrm.exchange.handover.attachments import AttachmentRestore
from kolcrm.exchange.handover.campaigns import brand_named
from kolcrm.exchange.handover.rows import first_id, insert_row, same
from kolcrm.exchange.handover.sent_items import restore_sent_items
from kolcrm.exchange.handover.summary import HandoverSummary


def restore_brands(brands: list[dict[str, Any]], summary: HandoverSummary) -> dict[str, int]:
    ids: dict[str, int] = {}
    for brand in brands:
        name = brand["name"].strip()
        row = database.execute_sql("SELECT id FROM brand WHERE name = ?", (name,)).fetchone()
        if row is None:
            now = utc_now()
            row = (insert_row("brand", {**brand, "name": name}, {"created_at": now, "updated_at": now}),)
            summary.brands_added += 1
        ids[name] = row[0]
    return ids


_FILLABLE = ("real_name", "city", "languages", "agency", "agent_name", "agent_contact", "wechat_id", "phone",
             "email", "birthday", "lunar_birthday", "owner")  # fmt: skip


class KolRestore:
    """One KOL of the package into this database."""

    def __init__(
        self,
        kol: dict[str, Any],
        brands: dict[str, int],
        campaigns: dict[int, int],
        summary: HandoverSummary,
        source: str = "",
    ) -> None:
        self.kol, self.brands, self.summary = kol, brands, summary
        self.source = source  # the package's file name, for the history of a KOL it merges into
        self.campaigns = campaigns  # package campaign id → id here
        self.deal_ids: dict[int, int] = {}  # package deal id → id here
        self.filled = False  # profile fields of a KOL here filled in from the package
        self.files = AttachmentRestore()

    def _counts(self) -> tuple[object, ...]:
        """The summary's counts of rows added, which grow when the package brings this KOL something new."""
        counts = vars(self.summary)
        return tuple(counts[name] for name in sorted(counts) if name.endswith("_added") and name != "kols_added")

    def run(self) -> None:
        profile = self.kol["profile"]
        target = self._match()
        counts_before = self._counts()
        if target is None:
            now = utc_now()
            self.kol_id = insert_row("kol", profile, {"created_at": now, "updated_at": now})
            versions.sign("kol", self.kol_id)  # added to this book by whoever imported it
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
        self._changes()
        self._deals()
        self._care()
        self.summary.files_added += self.files.restore(self.kol.get("attachments", []), self.kol_id)
        self.summary.items_sent_added += restore_sent_items(self.kol.get("sent_items", []), self.kol_id, self._deal)
        self._refresh_derived(profile)
        search.reindex_kol(database, self.kol_id)
        if target is not None and (self.filled or self._counts() != counts_before):
            # A KOL this book had, changed by the package: an editor open on it is told, and its history says why.
            versions.claim_many("kol", [self.kol_id])
            change_log.record([self.kol_id], change_log.UPDATED_FROM, self.source)

    def _match(self) -> int | None:
        for account in self.kol["accounts"]:
            owner = first_id(
                "SELECT kol_id FROM platform_account WHERE platform = ? AND handle_key = ?",
                (account["platform"], handle_key(account["handle"])),
            )
            if owner is not None:
                return owner
        if self.kol["accounts"]:
            return None
        profile = self.kol["profile"]  # no account to go by: the same name and the same contact details
        return first_id(
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
        self.filled = bool(updates)
        if updates:
            database.execute_sql(
                f"UPDATE kol SET {', '.join(f'{name} = ?' for name in updates)}, updated_at = ? WHERE id = ?",
                [*updates.values(), utc_now(), self.kol_id],
            )

    def _accounts(self) -> None:
        for account in self.kol["accounts"]:
            key = handle_key(account["handle"])
            owner = first_id(
                "SELECT kol_id FROM platform_account WHERE platform = ? AND handle_key = ?", (account["platform"], key)
            )
            if owner == self.kol_id:
                continue
            if owner is not None:
                self.summary.accounts_skipped.append(f"{platform_label(account['platform'])} {account['handle']}")
                continue
            position = first_id("SELECT count(*) FROM platform_account WHERE kol_id = ?", (self.kol_id,))
            account_id = insert_row("platform_account", account, kol_id=self.kol_id, handle_key=key, position=position)
            for entry in account.get("rate_card", []):
                insert_row("rate_card_entry", entry, account_id=account_id)
            for metric in account.get("metrics", []):  # dated figures kolcrm has no column for (posts, views…)
                insert_row("account_metric", metric, account_id=account_id)

    def _history(self) -> None:
        for note in self.kol["history"]:
            if first_id(
                "SELECT id FROM interaction WHERE kol_id = ? AND occurred_on = ? AND kind = ? AND text = ?",
                (self.kol_id, note["occurred_on"], note["kind"], note["text"]),
            ):
                continue
            insert_row("interaction", note, kol_id=self.kol_id)
            self.summary.notes_added += 1

    def _changes(self) -> None:
        """Who changed the KOL and when, as the package's book recorded it (a change already here is not doubled)."""
        for change in self.kol.get("changes", []):
            if not first_id(
                "SELECT id FROM kol_change WHERE kol_id = ? AND changed_at = ? AND changed_by = ? AND what = ?"
                " AND detail = ?",
                (self.kol_id, change["changed_at"], change.get("changed_by", ""), change["what"],
                 change.get("detail", "")),
            ):  # fmt: skip
                insert_row("kol_change", change, kol_id=self.kol_id)

    def _deals(self) -> None:
        for deal in self.kol["deals"]:
            brand_id = brand_named(deal["brand_name"], self.brands, self.summary)
            campaign_id = self.campaigns.get(deal.get("campaign_id") or 0)
            present = first_id(
                "SELECT id FROM collaboration WHERE kol_id = ? AND brand_id = ? AND title = ? AND created_at = ?",
                (self.kol_id, brand_id, deal["title"], deal["created_at"]),
            )
            if present is not None:
                self.deal_ids[deal["id"]] = present
                self.files.map_deal(deal, present)
                self.summary.deals_present += 1
                if (
                    campaign_id is not None
                    and database.execute_sql(  # came before in a package without campaigns
                        "UPDATE collaboration SET campaign_id = ? WHERE id = ? AND campaign_id IS NULL",
                        (campaign_id, present),
                    ).rowcount
                ):
                    self.summary.deals_linked += 1
                continue
            deal_id = insert_row("collaboration", deal, kol_id=self.kol_id, brand_id=brand_id, campaign_id=campaign_id)
            self.deal_ids[deal["id"]] = deal_id
            self.summary.deals_added += 1
            for change in deal.get("stage_changes", []):
                insert_row("stage_change", change, collaboration_id=deal_id)
            for item in deal.get("deliverables", []):
                item_id = self.files.deliverables[item["id"]] = insert_row(
                    "deliverable", item, collaboration_id=deal_id
                )
                for step in item.get("approval_steps", []):
                    insert_row("approval_step", step, deliverable_id=item_id)
                for capture in item.get("metric_captures", []):
                    insert_row("metric_capture", capture, deliverable_id=item_id)
                    self.summary.captures_added += 1
            for payment in deal.get("payments", []):
                insert_row("payment", payment, collaboration_id=deal_id)
            for contract in deal.get("contracts", []):
                self.files.contracts[contract["id"]] = insert_row("contract", contract, collaboration_id=deal_id)

    def _deal(self, package_id: Any) -> int | None:
        return self.deal_ids.get(package_id) if package_id is not None else None

    def _care(self) -> None:
        kol_id = self.kol_id
        for gift in self.kol["gifts"]:
            if not first_id(
                "SELECT id FROM gift WHERE kol_id = ? AND kind = ? AND occasion = ? AND description = ? AND created_at = ?",
                (kol_id, gift["kind"], gift["occasion"], gift["description"], gift["created_at"]),
            ):
                insert_row("gift", gift, kol_id=kol_id, collaboration_id=self._deal(gift.get("collaboration_id")))
                self.summary.gifts_added += 1
        for perk in self.kol["perks"]:
            if not first_id(
                "SELECT id FROM perk WHERE kol_id = ? AND kind = ? AND received_on = ? AND note = ? AND created_at = ?",
                (kol_id, perk["kind"], perk["received_on"], perk["note"], perk["created_at"]),
            ):
                insert_row("perk", perk, kol_id=kol_id, collaboration_id=self._deal(perk.get("collaboration_id")))
                self.summary.perks_added += 1
        scheduling = self.kol.get("scheduling")
        if scheduling:  # a priority already recorded here is this team's own: kept
            database.execute_sql(
                "INSERT OR IGNORE INTO scheduling_priority (kol_id, priority, lead_time_days) VALUES (?, ?, ?)",
                (kol_id, scheduling["priority"], scheduling["lead_time_days"]),
            )
        for period in self.kol["blackouts"]:
            if not first_id(
                "SELECT id FROM blackout_period WHERE kol_id = ? AND starts_on = ? AND ends_on = ? AND label = ?",
                (kol_id, period["starts_on"], period["ends_on"], period["label"]),
            ):
                insert_row("blackout_period", period, kol_id=kol_id)
        package_kol = self.kol["profile"].get("id")
        for risk in self.kol["risks"]:
            owner = kol_id if risk.get("kol_id") == package_kol and risk.get("kol_id") is not None else None
            deal = self._deal(risk.get("collaboration_id"))
            (kol_is, kol_params), (deal_is, deal_params) = same("kol_id", owner), same("collaboration_id", deal)
            if (owner is None and deal is None) or first_id(
                f"SELECT id FROM risk WHERE {kol_is} AND {deal_is} AND category = ? AND description = ?"
                " AND created_at = ?",
                (*kol_params, *deal_params, risk["category"], risk["description"], risk["created_at"]),
            ):
                continue
            insert_row("risk", risk, kol_id=owner, collaboration_id=deal)
        for reminder in self.kol["reminders"]:
            # Generated reminders carry this package's ids in their rule keys: the rules raise them again here.
            if reminder.get("rule_key") is not None:
                continue
            owner = kol_id if reminder.get("kol_id") is not None else None
            deal = self._deal(reminder.get("collaboration_id"))
            kol_is, kol_params = same("kol_id", owner)
            if first_id(
                f"SELECT id FROM reminder WHERE rule_key IS NULL AND {kol_is} AND due_on = ? AND subject = ?"
                " AND created_at = ?",
                (*kol_params, reminder["due_on"], reminder["subject"], reminder["created_at"]),
            ):
                continue
            insert_row("reminder", reminder, kol_id=owner, collaboration_id=deal)

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
