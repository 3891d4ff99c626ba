"""What a handover import brought in, as the lines the CLI prints and the import dialog shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from kolcrm.core import i18n


@dataclass
class HandoverSummary:
    kols_added: int = 0
    kols_merged: int = 0
    deals_added: int = 0
    deals_present: int = 0  # already in the database: left as they were
    deals_linked: int = 0  # already here without their campaign, now in it
    gifts_added: int = 0
    perks_added: int = 0
    brands_added: int = 0
    notes_added: int = 0
    campaigns_added: int = 0
    campaigns_present: int = 0
    kpis_added: int = 0
    posts_added: int = 0
    readiness_added: int = 0
    captures_added: int = 0
    agencies_added: int = 0
    items_sent_added: int = 0  # samples, products and gifts sent (fulfilment)
    files_added: int = 0  # attached files: signed contracts, proofs, media kits
    reminders_raised: int = 0  # by the rules here, for what came in (birthdays, payments due, thank-yous…)
    without_campaigns: bool = False  # a package from a kolcrm whose packages did not carry campaigns
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
            i18n.translate("Handover", "Campaigns: {added} added, {present} already present").format(
                added=self.campaigns_added, present=self.campaigns_present
            ),
            i18n.translate(
                "Handover", "KPIs: {kpis} added; brand posts: {posts} added; readiness items: {items} added"
            ).format(kpis=self.kpis_added, posts=self.posts_added, items=self.readiness_added),
            i18n.translate("Handover", "Results of published posts (metric captures): {added} added").format(
                added=self.captures_added
            ),
            i18n.translate(
                "Handover", "Gifts: {gifts} added; perks: {perks} added; history entries: {notes} added"
            ).format(gifts=self.gifts_added, perks=self.perks_added, notes=self.notes_added),
            i18n.translate("Handover", "Attached files (signed contracts, proofs, media kits): {added} added").format(
                added=self.files_added
            ),
            i18n.translate("Handover", "Brands: {added} added; agencies: {agencies} added").format(
                added=self.brands_added, agencies=self.agencies_added
            ),
            i18n.translate("Handover", "Reminders raised by the rules here: {raised}").format(
                raised=self.reminders_raised
            ),
        ]
        if self.deals_linked:
            lines.append(
                i18n.translate("Handover", "Deals already here put in their campaign: {linked}").format(
                    linked=self.deals_linked
                )
            )
        if self.without_campaigns:
            lines.append(
                i18n.translate(
                    "Handover",
                    "This package was made by an older kolcrm: it carries no campaigns, KPIs or results, "
                    "so its deals arrive outside any campaign",
                )
            )
        lines += [
            i18n.translate("Handover", "Skipped (belongs to another KOL here): {account}").format(account=account)
            for account in self.accounts_skipped
        ]
        return lines
