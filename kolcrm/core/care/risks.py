"""Risks of a KOL or a deal, with likelihood × impact, mitigation, owner and review date."""

from __future__ import annotations

from datetime import date

from kolcrm.core import i18n
from kolcrm.core.care.records import RiskRecord
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.store import versions
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id
from kolcrm.core.vocabulary import RiskCategory, RiskStatus

# Contracting a KOL with an open risk this severe (likelihood × impact, out of 25) needs an explicit yes.
SEVERE = 15


class RiskConfirmationNeeded(ValidationError):
    """Moving a deal to contracted while a severe risk is open: the user must confirm, naming the risk."""

    def __init__(self, risks: list[RiskRecord]) -> None:
        self.risks = risks
        line = i18n.translate(
            "Care", "• {category} risk {likelihood}×{impact}={severity}: {description} — mitigation: {mitigation}"
        )
        lines = [
            line.format(
                category=r.category.label,
                likelihood=r.likelihood,
                impact=r.impact,
                severity=r.severity,
                description=r.description,
                mitigation=r.mitigation or i18n.translate("Care", "none recorded"),
            )
            for r in risks
        ]
        message = i18n.translate("Care", "This KOL has an open risk rated 15 or more:\n{risks}")
        super().__init__(message.format(risks="\n".join(lines)), field="stage")


def save_risk(record: RiskRecord, overwrite: bool = False) -> int:
    """Add or update a risk; an update over someone's newer change is refused unless `overwrite` (see save_gift)."""
    problems = _validate(record)
    if problems:
        raise ValidationError(problems)
    now = utc_now()
    values = (
        record.kol_id,
        record.collaboration_id,
        RiskCategory(record.category),
        record.description.strip(),
        record.likelihood,
        record.impact,
        record.mitigation.strip(),
        record.owner.strip(),
        record.review_on.isoformat() if record.review_on else None,
        RiskStatus(record.status),
    )
    version = 1
    with database.atomic():
        if record.id is None:
            record.id = insert_returning_id(
                "INSERT INTO risk (kol_id, collaboration_id, category, description, likelihood, impact, mitigation,"
                " owner, review_on, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, now, now),
            )
            versions.sign("risk", record.id)
        else:
            # First: a refused save writes nothing (versions.claim raises EditConflict); 0 when the row is gone.
            version = versions.claim("risk", record.id, record.row_version, force=overwrite)
            if (
                not version
                or not database.execute_sql(
                    "UPDATE risk SET kol_id=?, collaboration_id=?, category=?, description=?, likelihood=?, impact=?,"
                    " mitigation=?, owner=?, review_on=?, status=?, updated_at=? WHERE id = ?",
                    (*values, now, record.id),
                ).rowcount
            ):
                raise NotFoundError(i18n.translate("Care", "Risk {id} no longer exists").format(id=record.id))
    record.row_version = version
    return record.id or 0


def delete_risk(risk_id: int) -> None:
    with database.atomic():
        database.execute_sql("DELETE FROM risk WHERE id = ?", (risk_id,))


def get_risk(risk_id: int) -> RiskRecord | None:
    found = _select("WHERE r.id = ?", (risk_id,))
    return found[0] if found else None


def risks_for_kol(kol_id: int, include_closed: bool = True) -> list[RiskRecord]:
    """The KOL's own risks and those of their deals, most severe first."""
    closed = "" if include_closed else " AND r.status = 'open'"
    return _select(
        "WHERE (r.kol_id = ? OR r.collaboration_id IN"
        " (SELECT id FROM collaboration WHERE kol_id = ? AND deleted_at IS NULL))" + closed,
        (kol_id, kol_id),
    )


def risks_for_collaboration(collaboration_id: int) -> list[RiskRecord]:
    return _select("WHERE r.collaboration_id = ?", (collaboration_id,))


def severe_open_risks(collaboration_id: int) -> list[RiskRecord]:
    """Open risks of the deal or its KOL rated SEVERE or more: what contracting must confirm."""
    return [
        risk
        for risk in _select(
            "WHERE r.status = 'open' AND (r.collaboration_id = ? OR r.kol_id ="
            " (SELECT kol_id FROM collaboration WHERE id = ?))",
            (collaboration_id, collaboration_id),
        )
        if risk.severity >= SEVERE
    ]


def severe_open_risks_for_kol(kol_id: int) -> list[RiskRecord]:
    return [risk for risk in _select("WHERE r.status = 'open' AND r.kol_id = ?", (kol_id,)) if risk.severity >= SEVERE]


def _validate(record: RiskRecord) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if record.kol_id is None and record.collaboration_id is None:
        problems.append(FieldProblem("kol_id", i18n.translate("Care", "A risk belongs to a KOL or to a collaboration")))
    if record.category not in set(RiskCategory):
        message = i18n.translate("Care", "Unknown risk category “{category}”").format(category=record.category)
        problems.append(FieldProblem("category", message))
    if not record.description.strip():
        problems.append(FieldProblem("description", i18n.translate("Care", "Describe the risk")))
    if not 1 <= record.likelihood <= 5:
        problems.append(FieldProblem("likelihood", i18n.translate("Care", "Likelihood is rated from 1 to 5")))
    if not 1 <= record.impact <= 5:
        problems.append(FieldProblem("impact", i18n.translate("Care", "Impact is rated from 1 to 5")))
    if record.status not in set(RiskStatus):
        message = i18n.translate("Care", "Unknown status “{status}”").format(status=record.status)
        problems.append(FieldProblem("status", message))
    return problems


def _select(where: str, params: tuple[object, ...]) -> list[RiskRecord]:
    rows = database.execute_sql(
        "SELECT r.id, r.kol_id, r.collaboration_id, r.category, r.description, r.likelihood, r.impact,"
        f" r.mitigation, r.owner, r.review_on, r.status, r.row_version FROM risk r {where}"
        " ORDER BY r.status = 'open' DESC, r.likelihood * r.impact DESC, r.id",
        params,
    )
    return [
        RiskRecord(
            id=row[0],
            kol_id=row[1],
            collaboration_id=row[2],
            category=RiskCategory(row[3]),
            description=row[4],
            likelihood=row[5],
            impact=row[6],
            mitigation=row[7],
            owner=row[8],
            review_on=date.fromisoformat(row[9]) if row[9] else None,
            status=RiskStatus(row[10]),
            row_version=row[11],
        )
        for row in rows
    ]
