"""Thank-you notes and small gifts (seed: "a simple gesture like that goes a very long way, especially in China")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kolcrm.core import clock
from kolcrm.core.care.records import GiftRecord
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.money import amount_problem, currency_problem, to_text
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import GiftKind, Occasion

# Ideas offered in the form, per occasion; the ones a KOL already received are never suggested again.
SUGGESTIONS: dict[Occasion, tuple[str, ...]] = {
    Occasion.AFTER_COLLABORATION: (
        "Handwritten thank-you card 手写感谢卡",
        "Brand gift box of the new collection 新品礼盒",
        "Flowers to the studio 鲜花",
        "Dinner with the brand team 答谢晚宴",
        "Custom-engraved product 定制刻字产品",
    ),
    Occasion.SPRING_FESTIVAL: ("New Year red envelope 新年红包", "Spring Festival gift box 年货礼盒", "Tea set 茶具"),
    Occasion.MID_AUTUMN: ("Mooncake box 月饼礼盒", "Premium tea 名茶", "Fruit basket 果篮"),
    Occasion.DRAGON_BOAT: ("Zongzi gift box 粽子礼盒", "Sachet set 香囊"),
    Occasion.BIRTHDAY: (
        "Birthday cake 生日蛋糕",
        "Flowers 鲜花",
        "Personalised gift 定制礼物",
        "Birthday red envelope 生日红包",
    ),
    Occasion.OTHER: ("Event invitation 活动邀请", "Product preview 新品抢先体验"),
}


def save_gift(record: GiftRecord, today: date | None = None) -> int:
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
        if record.id is None:
            cursor = database.execute_sql(
                "INSERT INTO gift (kol_id, collaboration_id, kind, occasion, description, cost, currency,"
                " planned_on, sent_on, response, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (*values, utc_now()),
            )
            record.id = cursor.lastrowid
        elif not database.execute_sql(
            "UPDATE gift SET kol_id=?, collaboration_id=?, kind=?, occasion=?, description=?, cost=?, currency=?,"
            " planned_on=?, sent_on=?, response=? WHERE id = ?",
            (*values, record.id),
        ).rowcount:
            raise NotFoundError(f"Gift {record.id} no longer exists")
    return record.id or 0


def delete_gift(gift_id: int) -> None:
    with database.atomic():
        database.execute_sql("DELETE FROM gift WHERE id = ?", (gift_id,))


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
    """Ideas for this occasion that the KOL has not received yet (compared without case or spaces)."""
    given = {_key(g.description) for g in gifts_for(kol_id)}
    return [idea for idea in SUGGESTIONS[Occasion(occasion)] if _key(idea) not in given]


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def _validate(record: GiftRecord, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if record.kind not in set(GiftKind):
        problems.append(FieldProblem("kind", f"Unknown kind of gift “{record.kind}”"))
    if record.occasion not in set(Occasion):
        problems.append(FieldProblem("occasion", f"Unknown occasion “{record.occasion}”"))
    if not record.description.strip() and record.kind != GiftKind.THANK_YOU_NOTE:
        problems.append(FieldProblem("description", "Say what was given (e.g. “Mooncake box 月饼礼盒”)"))
    for problem in (amount_problem("cost", record.cost, "Cost"), currency_problem("currency", record.currency)):
        if problem:
            problems.append(problem)
    if record.sent_on and record.sent_on > today:
        problems.append(FieldProblem("sent_on", "The sent date is in the future: use the planned date"))
    if len(record.description) > 2000 or len(record.response) > 20_000:
        problems.append(FieldProblem("description", "The text is too long"))
    return problems


def _check_links(record: GiftRecord) -> None:
    if not database.execute_sql("SELECT 1 FROM kol WHERE id = ?", (record.kol_id,)).fetchone():
        raise ValidationError("Choose the KOL the gift is for", field="kol_id")
    if record.collaboration_id is not None:
        row = database.execute_sql(
            "SELECT kol_id FROM collaboration WHERE id = ?", (record.collaboration_id,)
        ).fetchone()
        if row is None or row[0] != record.kol_id:
            raise ValidationError("That collaboration is not with this KOL", field="collaboration_id")


def _select(where: str, params: tuple[object, ...]) -> list[GiftRecord]:
    rows = database.execute_sql(
        "SELECT g.id, g.kol_id, g.collaboration_id, g.kind, g.occasion, g.description, g.cost, g.currency,"
        " g.planned_on, g.sent_on, g.response, k.display_name FROM gift g JOIN kol k ON k.id = g.kol_id "
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
        )
        for row in rows
    ]
