"""Creating, editing and reading KOLs with their platform accounts, tags and rate cards."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from peewee import ModelSelect, Value

from kolcrm.core import i18n
from kolcrm.core.agencies import service as agencies
from kolcrm.core.brands import fit_scores
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.kols import change_log, changes, custom_fields, legal_id
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.validation import handle_key, validate_kol
from kolcrm.core.store import search, versions
from kolcrm.core.store.db import database
from kolcrm.core.store.models import Kol, KolLabel, PlatformAccount, RateCardEntry
from kolcrm.core.vocabulary import Status, Tier, platform_label, tier_for_followers


def save_kol(record: KolRecord, today: date | None = None, overwrite: bool = False) -> int:
    """Create (record.id is None) or update a KOL and everything on its form, in one transaction.

    An update is refused with versions.EditConflict (nothing written) when someone saved the KOL after
    record.row_version was read; `overwrite` saves over their change (the person chose to).

    The KOL's stored fit scores are rewritten in the same transaction, so the list sorted by fit stays right.
    Custom values (record.custom) are read as typed text would be and become the KOL's only ones.
    """
    custom, custom_problems = custom_fields.parse_values(record.custom)
    problems = validate_kol(record, today) + custom_problems
    if problems:
        raise ValidationError(problems)
    saved_version = 1
    before: KolRecord | None = None  # an update: the KOL as it was, for its change log
    with fit_scores.kols_changing() as changed:
        _check_handles_are_free(record)
        now = utc_now()
        if record.id is None:
            kol = Kol(created_at=now)
        else:
            existing = Kol.get_or_none(Kol.id == record.id)
            if existing is None:
                raise NotFoundError(i18n.translate("KOLs", "KOL {id} no longer exists").format(id=record.id))
            # First: a refusal writes nothing. The record then holds the version its save left, so the same writer
            # may save it again.
            saved_version = versions.claim("kol", record.id, record.row_version, force=overwrite)
            kol = existing
            before = get_kol(record.id)
        _copy_profile(record, kol)
        kol.updated_at = now
        kol.save()
        agencies.fill_from_kol(kol.agency, record.agency_legal_name, record.agency_uscc, record.agency_address)
        if record.id is None:
            versions.sign("kol", kol.id)  # who added it
        _replace_labels(kol.id, record)
        _save_accounts(kol.id, record.accounts)
        custom_fields.replace_values(kol.id, custom)
        if before is None:
            change_log.record([kol.id], change_log.ADDED)
        elif fields := changes.changed_keys(before, get_kol(kol.id)):
            change_log.record([kol.id], change_log.SAVED, ",".join(fields))
        search.reindex_kol(database, kol.id)
        changed.add(kol.id)
    record.row_version = saved_version
    return kol.id


def get_kol(kol_id: int) -> KolRecord:
    kol = Kol.get_or_none(Kol.id == kol_id)
    if kol is None:
        raise NotFoundError(i18n.translate("KOLs", "KOL {id} does not exist").format(id=kol_id))
    labels = list(KolLabel.select().where(KolLabel.kol == kol_id).order_by(KolLabel.id))
    record = KolRecord(
        id=kol.id,
        display_name=kol.display_name,
        real_name=kol.real_name,
        status=Status(kol.status),
        tier=Tier(kol.tier),
        tier_override=Tier(kol.tier) if kol.tier_is_manual else None,
        categories=[lab.label for lab in labels if lab.kind == "category"],
        value_tags=[lab.label for lab in labels if lab.kind == "value"],
        city=kol.city,
        languages=[part for part in kol.languages.split("\n") if part],
        agency=kol.agency,
        agent_name=kol.agent_name,
        agent_contact=kol.agent_contact,
        wechat_id=kol.wechat_id,
        phone=kol.phone,
        email=kol.email,
        birthday=date.fromisoformat(kol.birthday) if kol.birthday else None,
        lunar_birthday=kol.lunar_birthday,
        owner=kol.owner,
        legal_id_number=kol.legal_id_number,
        legal_address=kol.legal_address,
        payee_bank=kol.payee_bank,
        payee_account=kol.payee_account,
        # The agency record's details, each falling back to the copy this KOL's row kept (kolcrm 19).
        agency_legal_name=(agency := _agency_details(kol))[0],
        agency_uscc=agency[1],
        agency_address=agency[2],
        created_at=kol.created_at,
        updated_at=kol.updated_at,
        deleted_at=kol.deleted_at,
    )
    stamp = versions.stamp("kol", kol_id)
    if stamp is not None:
        record.row_version, record.changed_by = stamp.version, stamp.changed_by
    accounts = PlatformAccount.select().where(PlatformAccount.kol == kol_id).order_by(PlatformAccount.position)
    rates: dict[int, list[RateCardItem]] = {}
    entries: ModelSelect[RateCardEntry] = (
        RateCardEntry.select().join(PlatformAccount).where(PlatformAccount.kol == kol_id).order_by(RateCardEntry.id)
    )
    for entry in entries:
        rates.setdefault(entry.account_id, []).append(
            RateCardItem(
                format=entry.format,
                fee=Decimal(entry.fee),
                currency=entry.currency,
                at_least=bool(entry.fee_at_least),
                upper=Decimal(entry.fee_upper) if entry.fee_upper is not None else None,
            )
        )
    record.accounts = [_account_record(account, rates.get(account.id, [])) for account in accounts]
    record.custom = custom_fields.values_for(kol_id)
    return record


def _check_handles_are_free(record: KolRecord) -> None:
    problems = handle_conflicts(record)
    if problems:
        raise ValidationError(problems)


def handle_conflicts(record: KolRecord) -> list[FieldProblem]:
    """Accounts on the record that another KOL (live or trashed) already holds."""
    problems: list[FieldProblem] = []
    for index, account in enumerate(record.accounts):
        owner: Kol | None = (
            Kol.select(Kol.display_name, Kol.deleted_at)
            .join(PlatformAccount)
            .where(
                (PlatformAccount.platform == account.platform)
                & (PlatformAccount.handle_key == handle_key(account.handle))
                & (Kol.id != (record.id or 0))
            )
            .first()
        )
        if owner is not None:
            if owner.deleted_at:
                message = i18n.translate(
                    "KOLs", "{platform} account “{handle}” already belongs to {name} (in the trash)"
                )
            else:
                message = i18n.translate("KOLs", "{platform} account “{handle}” already belongs to {name}")
            shown = message.format(
                platform=platform_label(account.platform), handle=account.handle.strip(), name=owner.display_name
            )
            problems.append(FieldProblem(f"accounts[{index}].handle", shown))
    return problems


def _copy_profile(record: KolRecord, kol: Kol) -> None:
    for name in ("real_name", "city", "agency", "agent_name", "agent_contact", "wechat_id", "phone", "email", "owner",
                 "legal_address", "payee_bank", "payee_account", "agency_legal_name", "agency_address"):  # fmt: skip
        setattr(kol, name, getattr(record, name).strip())
    kol.legal_id_number = legal_id.normalized(record.legal_id_number)
    kol.agency_uscc = record.agency_uscc.strip().upper()
    kol.display_name = record.display_name.strip()
    kol.status = Status(record.status)
    kol.languages = "\n".join(record.languages)
    kol.birthday = record.birthday.isoformat() if record.birthday else None
    kol.lunar_birthday = record.lunar_birthday.strip().upper()
    main = record.main_account
    kol.main_platform = main.platform if main else ""
    kol.followers = main.followers if main else 0
    kol.engagement_rate = main.engagement_rate if main else 0.0
    kol.tier_is_manual = record.tier_override is not None
    kol.tier = (
        int(record.tier_override)
        if record.tier_override is not None
        else int(tier_for_followers(main.followers if main else None))
    )


def _replace_labels(kol_id: int, record: KolRecord) -> None:
    KolLabel.delete().where(KolLabel.kol == kol_id).execute()
    rows = [
        {"kol": kol_id, "kind": kind, "label": label}
        for kind, labels in (("category", record.categories), ("value", record.value_tags))
        # Trimmed, blank ones dropped, each once: a repeat would trip the (kol, kind, label) unique index.
        for label in dict.fromkeys(label.strip() for label in labels)
        if label
    ]
    if rows:
        KolLabel.insert_many(rows).execute()


def _save_accounts(kol_id: int, accounts: list[AccountRecord]) -> None:
    kept = {account.id for account in accounts if account.id is not None}
    existing = [row.id for row in PlatformAccount.select(PlatformAccount.id).where(PlatformAccount.kol == kol_id)]
    removed = [account_id for account_id in existing if account_id not in kept]
    if removed:
        PlatformAccount.delete().where(PlatformAccount.id.in_(removed)).execute()
    if kept:
        # Free the handles first, so two accounts that swapped handles do not trip the unique index. A control
        # character no handle can hold keeps the stand-in key from meeting a real one (PostgreSQL refuses NUL).
        PlatformAccount.update(handle_key=Value("\x01").concat(PlatformAccount.id.cast("TEXT"))).where(
            (PlatformAccount.id.in_(list(kept))) & (PlatformAccount.kol == kol_id)
        ).execute()
    for position, account in enumerate(accounts):
        stored_row = PlatformAccount.get_or_none(
            (PlatformAccount.id == (account.id or 0)) & (PlatformAccount.kol == kol_id)
        )
        row = stored_row or PlatformAccount(kol=kol_id)
        row.platform = account.platform
        row.handle = account.handle.strip()
        row.handle_key = handle_key(account.handle)
        row.url = account.url.strip()
        if stored_row is None or stored_row.followers != account.followers:
            # A figure typed in the editor is exact; one kept as it was keeps its "10万+" or range from a sheet.
            row.followers_at_least = account.followers_at_least
            row.followers_upper = account.followers_upper
        row.followers = account.followers
        row.engagement_rate = account.engagement_rate
        row.audience_female_pct = account.audience_female_pct
        row.audience_age_bands = (
            json.dumps(account.audience_age_bands, ensure_ascii=False) if account.audience_age_bands else ""
        )
        row.audience_cities = json.dumps(account.audience_cities, ensure_ascii=False) if account.audience_cities else ""
        row.figures_checked_on = account.figures_checked_on.isoformat() if account.figures_checked_on else None
        row.position = position
        row.save()
        account.id = row.id
        stored = {
            (entry.format, Decimal(entry.fee), entry.currency): (bool(entry.fee_at_least), entry.fee_upper)
            for entry in RateCardEntry.select().where(RateCardEntry.account == row.id)
        }
        RateCardEntry.delete().where(RateCardEntry.account == row.id).execute()
        if account.rate_card:
            rows = []
            for item in account.rate_card:
                fee_format = item.format.strip()
                # An unchanged fee keeps its "at least" or range, which the editor does not show as text.
                at_least, upper = stored.get(
                    (fee_format, item.fee, item.currency),
                    (item.at_least, str(item.upper) if item.upper is not None else None),
                )
                rows.append(
                    {
                        "account": row.id,
                        "format": fee_format,
                        "fee": str(item.fee),
                        "currency": item.currency,
                        "fee_at_least": at_least,
                        "fee_upper": upper,
                    }
                )
            RateCardEntry.insert_many(rows).execute()


def _account_record(account: PlatformAccount, rate_card: list[RateCardItem]) -> AccountRecord:
    return AccountRecord(
        id=account.id,
        platform=account.platform,
        handle=account.handle,
        url=account.url,
        followers=account.followers,
        engagement_rate=account.engagement_rate,
        audience_female_pct=account.audience_female_pct,
        audience_age_bands=json.loads(account.audience_age_bands) if account.audience_age_bands else {},
        audience_cities=json.loads(account.audience_cities) if account.audience_cities else [],
        rate_card=rate_card,
        figures_checked_on=date.fromisoformat(account.figures_checked_on) if account.figures_checked_on else None,
        followers_at_least=bool(account.followers_at_least),
        followers_upper=account.followers_upper,
    )


def _agency_details(kol: Kol) -> tuple[str, str, str]:
    own = (kol.agency_legal_name, kol.agency_uscc, kol.agency_address)
    shared = agencies.company_details(kol.agency) if kol.agency else None
    first, second, third = (theirs or mine for mine, theirs in zip(own, shared or ("", "", ""), strict=True))
    return first, second, third
