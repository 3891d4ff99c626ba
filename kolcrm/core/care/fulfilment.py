"""Fulfilment: samples, products and gifts sent to a KOL against the content they promised, and the ghosting flag —
sent, the window passed, nothing posted. Seeding is how most relationships start; a KOL who takes the product and
posts nothing is the risk the seed's risk assessment names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kolcrm.core import clock, i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id

DEFAULT_WINDOW_DAYS = 30  # a seeded product is usually posted about within a month
_KIND_LABELS = {
    "sample": QT_TRANSLATE_NOOP("Vocabulary", "Sample"),
    "product": QT_TRANSLATE_NOOP("Vocabulary", "Product"),
    "gift": QT_TRANSLATE_NOOP("Vocabulary", "Gift"),
}


class SentKind(StrEnum):
    SAMPLE = "sample"
    PRODUCT = "product"
    GIFT = "gift"

    @property
    def label(self) -> str:
        return i18n.translate("Vocabulary", _KIND_LABELS[self.value])


@dataclass
class SentItem:
    kol_id: int
    kind: SentKind
    description: str
    sent_on: date
    promised: str = ""  # what the KOL said they would post ("一篇小红书笔记")
    window_days: int = DEFAULT_WINDOW_DAYS
    delivered_on: date | None = None
    delivered_url: str = ""
    collaboration_id: int | None = None
    id: int | None = None

    @property
    def due_on(self) -> date:
        return self.sent_on + timedelta(days=self.window_days)

    def ghosted(self, today: date) -> bool:
        """Sent, the window passed, and nothing delivered."""
        return self.delivered_on is None and self.due_on < today


@dataclass(frozen=True)
class Fulfilment:
    delivered: int
    owed: int  # delivered, or whose window has passed
    ghosted: tuple[SentItem, ...]

    @property
    def rate(self) -> float | None:
        return self.delivered / self.owed if self.owed else None


def _problems(item: SentItem, today: date) -> list[FieldProblem]:
    found = [p for field, text, what in (
        ("description", item.description, i18n.translate("Care", "What was sent")),
        ("promised", item.promised, i18n.translate("Care", "What was promised")),
        ("delivered_url", item.delivered_url, i18n.translate("Care", "Link to the content")),
    ) if (p := control_character_problem(field, text, what))]  # fmt: skip
    if not item.description.strip():
        found.append(FieldProblem("description", i18n.translate("Care", "Say what was sent")))
    if item.sent_on > today:
        found.append(FieldProblem("sent_on", i18n.translate("Care", "The day it was sent cannot be in the future")))
    if not 1 <= item.window_days <= 365:
        found.append(FieldProblem("window_days", i18n.translate("Care", "The window is 1 to 365 days")))
    if item.delivered_on is not None and item.delivered_on < item.sent_on:
        found.append(
            FieldProblem("delivered_on", i18n.translate("Care", "Content cannot come before the item was sent"))
        )
    return found


def save_item(item: SentItem, today: date | None = None) -> int:
    problems = _problems(item, today or clock.today())
    if problems:
        raise ValidationError(problems)
    values = (item.kol_id, item.collaboration_id, SentKind(item.kind).value, item.description.strip(),
              item.sent_on.isoformat(), item.promised.strip(), item.due_on.isoformat(),
              item.delivered_on.isoformat() if item.delivered_on else None, item.delivered_url.strip())  # fmt: skip
    with database.atomic():
        if database.execute_sql("SELECT 1 FROM kol WHERE id = ?", (item.kol_id,)).fetchone() is None:
            raise NotFoundError(i18n.translate("KOLs", "KOL {id} does not exist").format(id=item.kol_id))
        if item.id is None:
            return insert_returning_id(
                "INSERT INTO sent_item (kol_id, collaboration_id, kind, description, sent_on, promised, due_on,"
                " delivered_on, delivered_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, utc_now()),
            )
        database.execute_sql(
            "UPDATE sent_item SET kol_id = ?, collaboration_id = ?, kind = ?, description = ?, sent_on = ?,"
            " promised = ?, due_on = ?, delivered_on = ?, delivered_url = ? WHERE id = ?",
            (*values, item.id),
        )
        return item.id


def mark_delivered(item_id: int, on: date, url: str = "") -> None:
    item = get_item(item_id)
    item.delivered_on, item.delivered_url = on, url
    save_item(item, max(on, clock.today()))


def delete_item(item_id: int) -> None:
    database.execute_sql("DELETE FROM sent_item WHERE id = ?", (item_id,))


def _item(row: tuple[object, ...]) -> SentItem:
    day = date.fromisoformat
    sent, due = day(str(row[3])), day(str(row[5]))
    return SentItem(int(str(row[0])), SentKind(str(row[1])), str(row[2]), sent, str(row[4]), (due - sent).days,
                    day(str(row[6])) if row[6] else None, str(row[7]), row[8] if row[8] is None else int(str(row[8])),
                    int(str(row[9])))  # fmt: skip


_COLUMNS = ("kol_id", "kind", "description", "sent_on", "promised", "due_on", "delivered_on", "delivered_url",
            "collaboration_id", "id")  # fmt: skip
_SELECT = f"SELECT {', '.join(_COLUMNS)}"


def get_item(item_id: int) -> SentItem:
    row = database.execute_sql(f"{_SELECT} FROM sent_item WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise NotFoundError(i18n.translate("Care", "That item was deleted meanwhile"))
    return _item(row)


def items_for(kol_id: int) -> list[SentItem]:
    rows = database.execute_sql(f"{_SELECT} FROM sent_item WHERE kol_id = ? ORDER BY sent_on DESC, id DESC", (kol_id,))
    return [_item(row) for row in rows]


def fulfilment(kol_id: int, today: date | None = None) -> Fulfilment:
    today = today or clock.today()
    items = items_for(kol_id)
    delivered = sum(1 for item in items if item.delivered_on is not None)
    ghosted = tuple(item for item in items if item.ghosted(today))
    return Fulfilment(delivered, delivered + len(ghosted), ghosted)


def ghosted_items(today: date) -> list[tuple[SentItem, str]]:
    """Every ghosted item of a live KOL, with the KOL's name, the oldest first (the reminder rule's)."""
    rows = database.execute_sql(
        f"SELECT {', '.join('s.' + column for column in _COLUMNS)}, k.display_name FROM sent_item s"
        " JOIN kol k ON k.id = s.kol_id WHERE k.deleted_at IS NULL AND s.delivered_on IS NULL AND s.due_on < ?"
        " ORDER BY s.due_on, s.id",
        (today.isoformat(),),
    )
    return [(_item(row[:-1]), str(row[-1])) for row in rows]
