"""Every value of a package through the rules the editor applies: KOLs, accounts, rate cards, history, care.

The typed values fields.FieldReader reads are given to the core's own validators (validate_kol, the gift, perk
and risk rules, the money rule…), so a package cannot store what the editor would refuse. Each problem names its
record and field; one problem refuses the whole package (nothing is written), as a damaged package is.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from kolcrm.core import clock, i18n
from kolcrm.core.care import gifts, perks, risks
from kolcrm.core.care.records import GiftRecord, PerkRecord, RiskRecord
from kolcrm.core.kols import change_log
from kolcrm.core.kols.interactions import MAX_TEXT_LENGTH as MAX_NOTE_LENGTH
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.validation import account_label, validate_kol
from kolcrm.core.vocabulary import (
    GiftKind,
    InteractionKind,
    Occasion,
    PerkKind,
    Priority,
    ReminderKind,
    RiskCategory,
    RiskStatus,
    Status,
    Tier,
)
from kolcrm.core.vocabulary.outreach import OutreachStage
from kolcrm.exchange.handover.agencies import check_agencies
from kolcrm.exchange.handover.attachments import check_attachments
from kolcrm.exchange.handover.campaigns import check_campaigns
from kolcrm.exchange.handover.deal_validation import check_deals
from kolcrm.exchange.handover.fields import FieldReader, has_control, shown
from kolcrm.exchange.handover.sent_items import check_sent_items

# What the import derives again from the rows it writes (restore._refresh_derived, the search index): not read.
_DERIVED = ("main_platform", "followers", "engagement_rate", "last_contact", "name_order")


def package_problems(data: dict[str, Any], today: date | None = None) -> list[str]:
    """Every value in the package the editor would refuse, as "record, field: problem" lines; [] when none.

    Rows are normalised in place (money and dates in their stored form, unread fields dropped).
    """
    today = today or clock.today()
    problems: list[str] = []
    for brand in data["brands"]:
        _brand(brand, problems)
    check_campaigns(data.get("campaigns", []), problems, today)
    check_agencies(data.setdefault("agencies", []), problems)  # none before kolcrm 20
    for kol in data["kols"]:
        _kol(kol, problems, today)
    return problems


def _brand(brand: dict[str, Any], problems: list[str]) -> None:
    reader = FieldReader(
        brand, i18n.translate("Handover", "brand “{name}”").format(name=shown(brand["name"])), problems
    )
    for name in ("name", "brand_values", "target_audience", "categories", "official_channels"):
        reader.text(name)
    female = reader.optional_number("target_female_pct")
    if female is not None and not 0 <= female <= 100:
        reader.refuse(
            "target_female_pct",
            i18n.translate("Brands", "The female share of the target audience is a percentage (0–100)"),
        )
    reader.json_text("target_age_bands", list)
    reader.json_text("target_city_tiers", list)
    reader.money("average_order_value", i18n.translate("Brands", "Average order value"), allow_zero=False)
    reader.moment("created_at")
    reader.moment("updated_at")
    reader.keep_read_only()


def _kol(kol: dict[str, Any], problems: list[str], today: date) -> None:
    profile = kol["profile"]
    where = i18n.translate("Handover", "KOL “{name}”").format(name=shown(profile["display_name"]))
    reader = FieldReader(profile, where, problems)
    record = KolRecord(
        display_name=reader.text("display_name"),
        real_name=reader.text("real_name"),
        status=Status(reader.text("status", Status.PROSPECT)),  # package.py checked the vocabulary
        city=reader.text("city"),
        languages=reader.text("languages").split("\n"),
        agency=reader.text("agency"),
        agent_name=reader.text("agent_name"),
        agent_contact=reader.text("agent_contact"),
        wechat_id=reader.text("wechat_id"),
        phone=reader.text("phone"),
        email=reader.text("email"),
        birthday=reader.day("birthday"),
        lunar_birthday=reader.text("lunar_birthday"),
        owner=reader.text("owner"),  # the account manager travels with the KOL (a package before v11 has none)
        # For contracts: a handover package is one of the places a KOL's ID number may go (kolcrm 16 and later).
        legal_id_number=reader.text("legal_id_number"),
        legal_address=reader.text("legal_address"),
        payee_bank=reader.text("payee_bank"),
        payee_account=reader.text("payee_account"),
        agency_legal_name=reader.text("agency_legal_name"),  # kolcrm 19 and later
        agency_uscc=reader.text("agency_uscc"),
        agency_address=reader.text("agency_address"),
    )
    if reader.text("outreach_stage", OutreachStage.NONE) not in set(OutreachStage):  # kolcrm 21 and later
        reader.refuse("outreach_stage", i18n.translate("Handover", "is not an outreach stage"))
    reader.day("outreach_on")
    reader.day("last_touch_on")
    reader.integer("touches")
    if reader.flag("tier_is_manual") and reader.integer("tier") not in set(Tier):
        reader.refuse("tier", i18n.translate("Handover", "“{value}” is not a tier").format(value=profile["tier"]))
    reader.read.add("tier")
    reader.moment("created_at")
    reader.moment("updated_at")
    reader.moment("deleted_at", required=False)
    for key in ("categories", "value_tags"):
        if any(has_control(label) for label in kol.get(key, [])):
            reader.refuse(key, i18n.translate("Handover", "holds a control character (such as NUL)"))
    record.accounts = [_account(account, where, problems) for account in kol["accounts"]]
    reader.report(validate_kol(record, today))
    reader.keep_read_only()
    for name in _DERIVED:
        profile.pop(name, None)
    _history(kol["history"], where, problems)
    _changes(kol.setdefault("changes", []), where, problems)  # a package from before kolcrm 12 has none
    check_deals(kol["deals"], where, problems, today)
    _care(kol, where, problems, today)
    check_attachments(kol.setdefault("attachments", []), where, problems)  # none before kolcrm 18
    check_sent_items(kol.setdefault("sent_items", []), where, problems, today)  # none before kolcrm 22


def _account(account: dict[str, Any], kol: str, problems: list[str]) -> AccountRecord:
    where = f"{kol}, {account_label(str(account['platform']), shown(account['handle']))}"
    reader = FieldReader(account, where, problems)
    bands = reader.json_text("audience_age_bands", dict)
    if not all(isinstance(share, int | float) and not isinstance(share, bool) for share in bands.values()):
        reader.refuse("audience_age_bands", i18n.translate("Handover", "age bands are not all numbers"))
        bands = {}
    record = AccountRecord(
        platform=reader.text("platform"),
        handle=reader.text("handle"),
        url=reader.text("url"),
        followers=reader.integer("followers"),
        engagement_rate=reader.number("engagement_rate"),
        audience_female_pct=reader.optional_number("audience_female_pct"),
        audience_age_bands=bands,
        audience_cities=reader.json_text("audience_cities", list),
        figures_checked_on=reader.day("figures_checked_on"),
        followers_at_least=reader.flag("followers_at_least"),
        followers_upper=reader.optional_integer("followers_upper"),
    )
    for entry in account.get("rate_card", []):
        item = FieldReader(entry, f"{where}, {shown(entry.get('format', ''))}", problems)
        if entry.get("fee") is None:
            item.refuse("fee", i18n.translate("Handover", "the fee is missing"))
        fee = item.money("fee", i18n.translate("Handover", "Fee"))
        card = RateCardItem(
            format=item.text("format"),
            fee=fee if fee is not None else Decimal(0),
            currency=item.text("currency", "CNY"),
            at_least=item.flag("fee_at_least"),
            upper=item.money("fee_upper", i18n.translate("Handover", "Fee")),
        )
        record.rate_card.append(card)
        item.keep_read_only()
    for metric in account.get("metrics", []):
        figure = FieldReader(metric, f"{where}, {shown(metric.get('name', ''))}", problems)
        if not figure.text("name").strip():
            figure.refuse("name", i18n.translate("Handover", "a figure needs a name"))
        figure.money("value", i18n.translate("Handover", "Value"))
        figure.day("captured_on", required=True)
        figure.flag("approximate")
        figure.keep_read_only()
    reader.keep_read_only()
    return record


def _history(notes: list[dict[str, Any]], kol: str, problems: list[str]) -> None:
    for note in notes:
        reader = FieldReader(note, f"{kol}, {shown(note['occurred_on'])} {shown(note['text'])}", problems)
        occurred = reader.day("occurred_on", required=True)
        text = reader.text("text").strip()
        if not text:
            reader.refuse("text", i18n.translate("KOLs", "Write something before saving the note"))
        elif len(text) > MAX_NOTE_LENGTH:
            message = i18n.translate("KOLs", "A note holds at most {limit} characters")
            reader.refuse("text", message.format(limit=f"{MAX_NOTE_LENGTH:,}"))
        kind = reader.text("kind", InteractionKind.NOTE)
        if kind not in set(InteractionKind):
            reader.refuse("kind", i18n.translate("KOLs", "Unknown kind of interaction “{kind}”").format(kind=kind))
        follow_up = reader.day("follow_up_on")
        if follow_up and occurred and follow_up < occurred:
            reader.refuse("follow_up_on", i18n.translate("KOLs", "The follow-up date is before the interaction"))
        reader.moment("created_at")
        reader.text("created_by")
        reader.keep_read_only()


def _changes(changes: list[dict[str, Any]], kol: str, problems: list[str]) -> None:
    for change in changes:
        reader = FieldReader(change, f"{kol}, {shown(change.get('changed_at'))}", problems)
        reader.moment("changed_at")
        reader.text("changed_by")
        what = reader.text("what")
        if what not in change_log.KINDS:
            reader.refuse("what", i18n.translate("Handover", "is not a kind of change kolcrm records"))
        reader.text("detail")
        reader.keep_read_only()


def _care(kol: dict[str, Any], where: str, problems: list[str], today: date) -> None:
    for gift in kol["gifts"]:
        reader = FieldReader(
            gift,
            i18n.translate("Handover", "{kol}, gift “{what}”").format(kol=where, what=shown(gift["description"])),
            problems,
        )
        record = GiftRecord(
            kol_id=0,
            kind=GiftKind(reader.text("kind")),
            occasion=Occasion(reader.text("occasion", Occasion.OTHER)),
            description=reader.text("description"),
            cost=reader.money("cost", i18n.translate("Care", "Cost")),
            currency=reader.text("currency", "CNY"),
            planned_on=reader.day("planned_on"),
            sent_on=reader.day("sent_on"),
            response=reader.text("response"),
        )
        reader.report(gifts._validate(record, today))
        _links(reader, "collaboration_id")
        reader.moment("created_at")
        reader.keep_read_only()
    for perk in kol["perks"]:
        reader = FieldReader(
            perk,
            i18n.translate("Handover", "{kol}, perk “{what}”").format(kol=where, what=shown(perk["note"])),
            problems,
        )
        received = reader.day("received_on", required=True)
        perk_record = PerkRecord(
            kol_id=0,
            kind=PerkKind(reader.text("kind")),
            received_on=received or today,
            estimated_value=reader.money("estimated_value", i18n.translate("Care", "Estimated value")),
            currency=reader.text("currency", "CNY"),
            note=reader.text("note"),
        )
        reader.report(perks._validate(perk_record, today))
        _links(reader, "collaboration_id")
        reader.moment("created_at")
        reader.keep_read_only()
    if kol.get("scheduling"):
        reader = FieldReader(kol["scheduling"], where, problems)
        Priority(reader.text("priority", Priority.STANDARD))
        if not 0 <= reader.integer("lead_time_days", 14) <= 365:
            reader.refuse("lead_time_days", i18n.translate("Care", "Lead time must be between 0 and 365 days"))
        reader.keep_read_only()
    for period in kol["blackouts"]:
        reader = FieldReader(period, f"{where}, {shown(period['label'])}", problems)
        starts, ends, label = reader.day("starts_on", True), reader.day("ends_on", True), reader.text("label")
        if starts and ends and ends < starts:
            message = i18n.translate("Care", "Blackout “{label}” ends before it starts").format(label=label)
            reader.refuse("ends_on", message)
        reader.keep_read_only()
    for risk in kol["risks"]:
        reader = FieldReader(
            risk,
            i18n.translate("Handover", "{kol}, risk “{what}”").format(kol=where, what=shown(risk["description"])),
            problems,
        )
        kol_id, deal_id = _links(reader, "kol_id", "collaboration_id")
        risk_record = RiskRecord(
            category=RiskCategory(reader.text("category")),
            description=reader.text("description"),
            likelihood=reader.integer("likelihood"),
            impact=reader.integer("impact"),
            kol_id=kol_id,
            collaboration_id=deal_id,
            mitigation=reader.text("mitigation"),
            owner=reader.text("owner"),
            review_on=reader.day("review_on"),
            status=RiskStatus(reader.text("status", RiskStatus.OPEN)),
        )
        reader.report(risks._validate(risk_record))
        reader.moment("created_at")
        reader.moment("updated_at")
        reader.keep_read_only()
    for reminder in kol["reminders"]:
        reader = FieldReader(
            reminder,
            i18n.translate("Handover", "{kol}, task “{what}”").format(kol=where, what=shown(reminder["subject"])),
            problems,
        )
        reader.day("due_on", required=True)
        if not reader.text("subject").strip():
            reader.refuse("subject", i18n.translate("Reminders", "Say what to do"))
        ReminderKind(reader.text("kind", ReminderKind.TASK))
        _links(reader, "kol_id", "collaboration_id")
        reader.optional_text("rule_key")
        reader.moment("done_at", required=False)
        reader.day("snoozed_until")
        reader.moment("created_at")
        reader.keep_read_only()


def _links(reader: FieldReader, *names: str) -> tuple[int | None, ...]:
    """The package's ids a record links by (remapped on import): whole numbers or nothing."""
    return tuple(reader.optional_integer(name) for name in names)
