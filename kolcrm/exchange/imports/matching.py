"""Which KOL each row of a batch is about: one already here (by platform + handle), one an earlier row of the
file named (same account, same KOL #), or a new one. Rows about one KOL merge, the later row winning, so each KOL
is written once per batch; a KOL added by an earlier batch is found in the database, so it is updated, never
added twice. Counts and reports go into the plan; what earlier batches did is in file_memory.FileMemory.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kolcrm.core import i18n
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import platform_label
from kolcrm.exchange.imports.entries import Entry
from kolcrm.exchange.imports.file_memory import FileMemory
from kolcrm.exchange.imports.plan import ImportPlan, Notice, RowError

_EARLIER = "a KOL earlier in this file"  # the owner of an account an earlier row of the file brought


@dataclass
class Target:
    """One KOL a batch writes: new (kol_id None until written) or already here."""

    entry: Entry
    kol_id: int | None = None
    name: str = ""
    accounts: dict[tuple[str, str], int] = field(default_factory=dict)  # the KOL's accounts already here
    ordinal: int = 0  # how resolve() knew it: its id, or a negative ordinal while new
    first_touch: bool = False  # the first batch of this import to update this KOL


def lookup_accounts(keys: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, int, str, bool]]:
    """(platform, handle_key) → (kol id, account id, KOL name, in the trash), for the keys that exist here."""
    found: dict[tuple[str, str], tuple[int, int, str, bool]] = {}
    by_platform: dict[str, list[str]] = defaultdict(list)
    for platform, key in keys:
        by_platform[platform].append(key)
    for platform, handle_keys in by_platform.items():
        for start in range(0, len(handle_keys), 500):
            part = handle_keys[start : start + 500]
            marks = ",".join("?" * len(part))
            for key, kol_id, account_id, name, trashed in database.execute_sql(
                "SELECT pa.handle_key, pa.kol_id, pa.id, k.display_name, k.deleted_at IS NOT NULL"
                f" FROM platform_account pa JOIN kol k ON k.id = pa.kol_id"
                f" WHERE pa.platform = ? AND pa.handle_key IN ({marks})",
                (platform, *part),
            ):
                found[(platform, key)] = (kol_id, account_id, name, bool(trashed))
    return found


def resolve(entries: list[Entry], plan: ImportPlan, memory: FileMemory, dry_run: bool) -> list[Target]:
    """The batch's entries grouped by the KOL each is about; counts and reports go into the plan.

    Call `remember(memory, targets)` once the batch is written (or, in a dry run, planned).
    """
    keys = {account.key for entry in entries for account in entry.accounts}
    here = lookup_accounts(keys)
    earlier = memory.accounts(keys)
    earlier_refs = memory.refs(entry.ref for entry in entries if entry.ref)
    touched = memory.touched(
        [match[0] for match in here.values()]
        + [kol for kol in earlier_refs.values() if kol > 0]
        + [kol for kol, _line in earlier.values() if kol > 0]
    )
    batch_keys: dict[tuple[str, str], int] = {}  # account → KOL (id, or ordinal while new) within the batch
    batch_lines: dict[tuple[str, str], int] = {}
    batch_refs: dict[str, int] = {}
    targets: list[Target] = []
    by_kol: dict[int, Target] = {}
    for entry in entries:
        kol_id: int | None = None
        trashed_accounts = 0
        for account in list(entry.accounts):
            match = here.get(account.key)
            owner: int | None
            if match is not None:
                owner, _account_id, name, trashed = match
                if trashed:
                    reason = i18n.translate(
                        "Import",
                        "the {platform} account “{handle}” belongs to {name}, who is in the trash: restore them first",
                    ).format(platform=platform_label(account.platform), handle=account.handle, name=name)
                    plan.add_error(RowError(entry.line, "", reason, account.handle))
                    entry.accounts.remove(account)
                    trashed_accounts += 1
                    continue
            else:
                name = _EARLIER  # said in the user's language only when it is reported
                owner = batch_keys.get(account.key)
                if owner is None and dry_run and account.key in earlier:
                    owner = earlier[account.key][0]
            if owner is None:
                continue
            if kol_id is None:
                kol_id = owner
            elif owner != kol_id:
                reason = i18n.translate(
                    "Import", "the {platform} account “{handle}” belongs to another KOL ({name}): left where it is"
                ).format(
                    platform=platform_label(account.platform),
                    handle=account.handle,
                    name=i18n.translate("Import", "a KOL earlier in this file") if name is _EARLIER else name,
                )
                plan.add_error(RowError(entry.line, "", reason, account.handle))
                entry.accounts.remove(account)
        if kol_id is None and entry.ref:
            kol_id = batch_refs.get(entry.ref) or earlier_refs.get(entry.ref)
        first = [earlier[a.key][1] if a.key in earlier else batch_lines[a.key]
                 for a in entry.accounts if a.key in earlier or a.key in batch_lines]  # fmt: skip
        if first:
            plan.merged_rows += 1
            merged = i18n.translate(
                "Import", "the same account as line {line}: merged into one KOL, the values of the later row win"
            )
            plan.add_notice(Notice(entry.line, "", merged.format(line=first[0])))
        created_here = False
        if kol_id is None and trashed_accounts and not entry.accounts:
            plan.rows_refused += 1  # a new KOL beside the trashed one would be the same person twice
            continue
        if kol_id is None:
            if not entry.name:
                plan.rows_refused += 1
                reason = i18n.translate(
                    "Import", "Name is empty and no account matches a KOL here: a new KOL needs a name or a handle"
                )
                plan.add_error(RowError(entry.line, "", reason))
                continue
            kol_id, created_here = memory.new_ordinal(), True
        target = by_kol.get(kol_id)
        if target is None:
            target = Target(entry, kol_id if kol_id > 0 else None, entry.name, ordinal=kol_id)
            by_kol[kol_id] = target
            targets.append(target)
            if created_here:
                plan.added += 1
            elif kol_id > 0 and kol_id not in touched:
                touched.add(kol_id)
                target.first_touch = True
                plan.updated += 1
        else:
            target.entry.absorb(entry)
        for account in entry.accounts:
            batch_keys[account.key] = kol_id
            if account.key not in earlier:
                batch_lines.setdefault(account.key, entry.line)
            match = here.get(account.key)
            if match is not None and match[0] == kol_id:
                target.accounts[account.key] = match[1]
        if entry.ref:
            batch_refs.setdefault(entry.ref, kol_id)
    memory.pending = (batch_keys, batch_lines, batch_refs)
    return targets


def remember(memory: FileMemory, targets: list[Target]) -> None:
    """What the batch adds to the file's memory, with the ids the writer gave its new KOLs."""
    batch_keys, batch_lines, batch_refs = memory.pending
    real = {target.ordinal: target.kol_id for target in targets if target.kol_id is not None}
    memory.remember(
        [(key, real.get(batch_keys[key], batch_keys[key]), line) for key, line in batch_lines.items()],
        [(ref, real.get(kol, kol)) for ref, kol in batch_refs.items()],
        [
            (target.kol_id, target.ordinal < 0)
            for target in targets
            if target.kol_id is not None and (target.ordinal < 0 or target.first_touch)
        ],
    )
