"""Thank-you notes and small gifts (seed: "a simple gesture like that goes a very long way, especially in China")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kolcrm.core import clock, i18n
from kolcrm.core.care.records import GiftRecord
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.money import amount_problem, currency_problem, to_text
from kolcrm.core.store import versions
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id
from kolcrm.core.vocabulary import GiftKind, Occasion

# Ideas offered in the form, per occasion; the ones a KOL already received are never suggested again. Written in
# both languages here; offered in the user's (a Chinese catalogue keeps the Chinese half).
SUGGESTIONS: dict[Occasion, tuple[str, ...]] = {
    Occasion.AFTER_COLLABORATION: (
        QT_TRANSLATE_NOOP("Care", "Handwritten thank-you card 手写感谢卡"),
        QT_TRANSLATE_NOOP("Care", "Brand gift box of the new collection 新品礼盒"),
        QT_TRANSLATE_NOOP("Care", "Flowers to the studio 鲜花"),
        QT_TRANSLATE_NOOP("Care", "Dinner with the brand team 答谢晚宴"),
        QT_TRANSLATE_NOOP("Care", "Custom-engraved product 定制刻字产品"),
    ),
    Occasion.SPRING_FESTIVAL: (
        QT_TRANSLATE_NOOP("Care", "New Year red envelope 新年红包"),
        QT_TRANSLATE_NOOP("Care", "Spring Festival gift box 年货礼盒"),
        QT_TRANSLATE_NOOP("Care", "Tea set 茶具"),
    ),
    Occasion.MID_AUTUMN: (
        QT_TRANSLATE_NOOP("Care", "Mooncake box 月饼礼盒"),
        QT_TRANSLATE_NOOP("Care", "Premium tea 名茶"),
        QT_TRANSLATE_NOOP("Care", "Fruit basket 果篮"),
    ),
    Occasion.DRAGON_BOAT: (
        QT_TRANSLATE_NOOP("Care", "Zongzi gift box 粽子礼盒"),
        QT_TRANSLATE_NOOP("Care", "Sachet set 香囊"),
    ),
    Occasion.BIRTHDAY: (
        QT_TRANSLATE_NOOP("Care", "Birthday cake 生日蛋糕"),
        QT_TRANSLATE_NOOP("Care", "Flowers 鲜花"),
        QT_TRANSLATE_NOOP("Care", "Personalised gift 定制礼物"),
        QT_TRANSLATE_NOOP("Care", "Birthday red envelope 生日红包"),
    ),
    Occasion.OTHER: (
        QT_TRANSLATE_NOOP("Care", "Event invitation 活动邀请"),
        QT_TRANSLATE_NOOP("Care", "Product preview 新品抢先体验"),
    ),
}


def save_gift(record: GiftRecord, today: date | None = None, overwrite: bool = False) -> int:
    """Add or update a gift; an update made from a version someone has since changed is refused with
    versions.EditConflict (nothing written), unless `overwrite` (the person chose to save over it)."""
    problems = _validate(record, today or clock.today())
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        _check_links(record)
        values = (
            record.kol_id,
            record.collaboration_id,
            GiftKind(record.kind),
            Occasion(record.occasion),
            record.description.strip(),
            to_text(record.cost) if record.cost is not None else None,
            record.currency,
            record.planned_on.isoformat() if record.planned_on else None,
            record.sent_on.isoformat() if record.sent_on else None,
            record.response.strip(),
        )
        version = 1
        if record.id is None:
            record.id = insert_returning_id(
                "INSERT INTO gift (kol_id, collaboration_id, kind, occasion, description, cost, currency,"
                " planned_on, sent_on, response, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (*values, utc_now()),
            )
            versions.sign("gift", record.id)
        else:
            # First: a refused save writes nothing (versions.claim raises EditConflict); 0 when the row is gone.
            version = versions.claim("gift", record.id, record.row_version, force=overwrite)
            if (
                not version
                or not database.execute_sql(
                    "UPDATE gift SET kol_id=?, collaboration_id=?, kind=?, occasion=?, description=?, cost=?, currency=?,"
                    " planned_on=?, sent_on=?, response=? WHERE id = ?",
                    (*values, record.id),
                ).rowcount
            ):
                raise NotFoundError(i18n.translate("Care", "Gift {id} no longer exists").format(id=record.id))
    record.row_version = version
    return record.id or 0


def delete_gift(gift_id: int) -> None:
    with database.atomic():
        database.execute_sql("DELETE FROM gift WHERE id = ?", (gift_id,))


def get_gift(gift_id: int) -> GiftRecord | None:
    found = _select("WHERE g.id = ?", (gift_id,))
    return found[0] if found else None


def gifts_for(kol_id: int) -> list[GiftRecord]:
    return _select("WHERE g.kol_id = ?", (kol_id,))


def all_gifts(year: int | None = None, occasion: Occasion | None = None) -> list[GiftRecord]:
    """Across live KOLs, newest first; the year is that of the sent date (or the planned one)."""
    where, params = ["k.deleted_at IS NULL"], []
    if year is not None:
        where.append("substr(coalesce(g.sent_on, g.planned_on, ''), 1, 4) = ?")
        params.append(str(year))
    if occasion is not None:
        where.append("g.occasion = ?")
        params.append(str(occasion))
    return _select("WHERE " + " AND ".join(where), tuple(params))


def suggestions(kol_id: int, occasion: Occasion) -> list[str]:
    """Ideas for this occasion that the KOL has not received yet, in the user's language.

    Compared without case or spaces, in either wording: a gift recorded from the bilingual idea still counts.
    """
    given = {_key(g.description) for g in gifts_for(kol_id)}
    ideas = []
    for idea in SUGGESTIONS[Occasion(occasion)]:
        shown = i18n.translate("Care", idea)
        if _key(idea) not in given and _key(shown) not in given:
            ideas.append(shown)
    return ideas


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def _validate(record: GiftRecord, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if record.kind not in set(GiftKind):
        problems.append(
            FieldProblem("kind", i18n.translate("Care", "Unknown kind of gift “{kind}”").format(kind=record.kind))
        )
    if record.occasion not in set(Occasion):
        message = i18n.translate("Care", "Unknown occasion “{occasion}”").format(occasion=record.occasion)
        problems.append(FieldProblem("occasion", message))
    if not record.description.strip() and record.kind != GiftKind.THANK_YOU_NOTE:
        problems.append(
            FieldProblem("description", i18n.translate("Care", "Say what was given (e.g. “Mooncake box 月饼礼盒”)"))
        )
    for problem in (
        amount_problem("cost", record.cost, i18n.translate("Care", "Cost")),
        currency_problem("currency", record.currency),
    ):
        if problem:
            problems.append(problem)
    if record.sent_on and record.sent_on > today:
        problems.append(
            FieldProblem("sent_on", i18n.translate("Care", "The sent date is in the future: use the planned date"))
        )
    for field, text, what in (
        ("description", record.description, i18n.translate("Care", "What was given")),
        ("response", record.response, i18n.translate("Care", "Their response")),
    ):
        invisible = control_character_problem(field, text, what, multiline=True)
        if invisible:
            problems.append(invisible)
    if len(record.description) > 2000 or len(record.response) > 20_000:
        problems.append(FieldProblem("description", i18n.translate("Care", "The text is too long")))
    return problems


def _check_links(record: GiftRecord) -> None:
    if not database.execute_sql("SELECT 1 FROM kol WHERE id = ?", (record.kol_id,)).fetchone():
        raise ValidationError(i18n.translate("Care", "Choose the KOL the gift is for"), field="kol_id")
    if record.collaboration_id is not None:
        row = database.execute_sql(
            "SELECT kol_id FROM collaboration WHERE id = ?", (record.collaboration_id,)
        ).fetchone()
        if row is None or row[0] != record.kol_id:
            raise ValidationError(
                i18n.translate("Care", "That collaboration is not with this KOL"), field="collaboration_id"
            )


def _select(where: str, params: tuple[object, ...]) -> list[GiftRecord]:
    rows = database.execute_sql(
        "SELECT g.id, g.kol_id, g.collaboration_id, g.kind, g.occasion, g.description, g.cost, g.currency,"
        " g.planned_on, g.sent_on, g.response, k.display_name, g.row_version FROM gift g"
        " JOIN kol k ON k.id = g.kol_id "
        f"{where} ORDER BY coalesce(g.sent_on, g.planned_on, g.created_at) DESC, g.id DESC",
        params,
    )
    return [
        GiftRecord(
            id=row[0],
            kol_id=row[1],
            collaboration_id=row[2],
            kind=GiftKind(row[3]),
            occasion=Occasion(row[4]),
            description=row[5],
            cost=Decimal(row[6]) if row[6] is not None else None,
            currency=row[7],
            planned_on=date.fromisoformat(row[8]) if row[8] else None,
            sent_on=date.fromisoformat(row[9]) if row[9] else None,
            response=row[10],
            kol_name=row[11],
            row_version=row[12],
        )
        for row in rows
    ]
