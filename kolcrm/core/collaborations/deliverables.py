"""A deliverable's review and publication: each step is dated and kept, and publishing needs the ad label.

Seeds: brands review content for facts and compliance but trust the KOL's creative judgement; Chinese
advertising law requires a paid post to be disclosed as an ad (e.g. labelled 广告).
"""

from __future__ import annotations

from datetime import date

from kolcrm.core import i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.collaborations.records import ApprovalStepRecord, DeliverableRecord, deliverable_record
from kolcrm.core.collaborations.validation import validate_url
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.store.db import database
from kolcrm.core.store.models import ApprovalStep, Collaboration, Deliverable
from kolcrm.core.vocabulary import ApprovalState

_S = ApprovalState
# Which review steps may follow which; publishing has its own door (publish()).
ALLOWED_STEPS: dict[ApprovalState, tuple[ApprovalState, ...]] = {
    _S.NOT_SUBMITTED: (_S.SUBMITTED,),
    _S.SUBMITTED: (_S.CHANGES_REQUESTED, _S.APPROVED),
    _S.CHANGES_REQUESTED: (_S.SUBMITTED,),
    _S.APPROVED: (_S.CHANGES_REQUESTED,),
    _S.PUBLISHED: (),
}


def review_step(deliverable_id: int, state: ApprovalState, actor: str = "", note: str = "") -> None:
    """Submit a draft, request changes or approve it. Requests for changes say who asked for what."""
    state = ApprovalState(state)
    if state is ApprovalState.PUBLISHED:
        raise ValidationError(
            i18n.translate("Collaborations", "Use “Mark published” to publish a deliverable"), field="state"
        )
    if state is ApprovalState.CHANGES_REQUESTED and not note.strip():
        raise ValidationError(
            i18n.translate("Collaborations", "Say what should change, so the KOL knows what was asked"), field="note"
        )
    with database.atomic():
        row = _row(deliverable_id)
        current = ApprovalState(row.state)
        if state not in ALLOWED_STEPS[current]:
            message = i18n.translate("Collaborations", "A deliverable that is “{current}” cannot become “{target}”")
            raise ValidationError(message.format(current=current.label, target=state.label), field="state")
        _append(row, state, actor, note)


def publish(deliverable_id: int, published_on: date, url: str = "") -> None:
    """Mark a deliverable live. Refused while its disclosure label is unconfirmed, or before approval.

    Confirming the label is its own step (set_disclosure): someone has to look at the post and see it.
    """
    problem = validate_url("published_url", url)
    if problem:
        raise ValidationError([problem])
    with database.atomic():
        row = _row(deliverable_id)
        if not (row.disclosure_confirmed and row.disclosure_label):
            raise ValidationError(
                i18n.translate(
                    "Collaborations",
                    "Confirm the post carries its advertising label (e.g. 广告) before marking it published: "
                    "Chinese advertising law requires paid promotion to be disclosed",
                ),
                field="disclosure_confirmed",
            )
        if ApprovalState(row.state) is not ApprovalState.APPROVED:
            raise ValidationError(
                i18n.translate("Collaborations", "Approve the draft before marking it published"), field="state"
            )
        row.published_on = published_on.isoformat()
        row.published_url = url.strip()
        _append(row, ApprovalState.PUBLISHED, "", url.strip())


def set_disclosure(deliverable_id: int, confirmed: bool, label: str = "") -> None:
    """Record whether the post carries its ad label; unticking a published one raises a compliance warning."""
    label = label.strip()
    if confirmed and not label:
        raise ValidationError(
            i18n.translate("Collaborations", "Write the label the post carries (e.g. 广告)"), field="disclosure_label"
        )
    with database.atomic():
        row = _row(deliverable_id)
        row.disclosure_confirmed = confirmed
        if label:
            row.disclosure_label = label
        row.save()


def approval_history(deliverable_id: int) -> list[ApprovalStepRecord]:
    query = ApprovalStep.select().where(ApprovalStep.deliverable == deliverable_id).order_by(ApprovalStep.id)
    return [ApprovalStepRecord(ApprovalState(s.state), s.happened_at, s.actor, s.note) for s in query]


def compliance_warnings(collaboration_id: int) -> list[DeliverableRecord]:
    """Published deliverables whose disclosure label is not confirmed."""
    query = (
        Deliverable.select()
        .where(
            (Deliverable.collaboration == collaboration_id)
            & (Deliverable.state == ApprovalState.PUBLISHED)
            & (Deliverable.disclosure_confirmed == False)  # noqa: E712 - peewee builds SQL from ==
        )
        .order_by(Deliverable.position)
    )
    return [deliverable_record(row) for row in query]


def _row(deliverable_id: int) -> Deliverable:
    row: Deliverable | None = (
        Deliverable.select(Deliverable)
        .join(Collaboration)
        .where((Deliverable.id == deliverable_id) & Collaboration.deleted_at.is_null())
        .first()
    )
    if row is None:
        raise NotFoundError(
            i18n.translate("Collaborations", "Deliverable {id} does not exist").format(id=deliverable_id)
        )
    return row


def _append(row: Deliverable, state: ApprovalState, actor: str, note: str) -> None:
    row.state = state
    row.save()
    ApprovalStep.create(deliverable=row.id, state=state, happened_at=utc_now(), actor=actor.strip(), note=note.strip())
    Collaboration.update(updated_at=utc_now()).where(Collaboration.id == row.collaboration_id).execute()


def reschedule(deliverable_id: int, due_on: date) -> list[str]:
    """Move a deliverable's due date (the calendar's drag), checked as the deal editor checks a deal: a refusal
    raises, and what the editor would only warn about (due after the deal ends) is returned, in words."""
    from kolcrm.core.collaborations.service import get_collaboration
    from kolcrm.core.collaborations.validation import deliverable_warnings, validate_collaboration
    from kolcrm.core.store import versions

    with database.atomic():
        row = _row(deliverable_id)
        record = get_collaboration(row.collaboration_id)
        index = next(i for i, item in enumerate(record.deliverables) if item.id == deliverable_id)
        record.deliverables[index].due_on = due_on
        problems = validate_collaboration(record)
        if problems:
            raise ValidationError(problems)
        database.execute_sql("UPDATE deliverable SET due_on = ? WHERE id = ?", (due_on.isoformat(), deliverable_id))
        versions.claim_many("collaboration", [row.collaboration_id])  # an editor open on the deal is told
    prefix = f"deliverables[{index}]"
    return [warning.message for warning in deliverable_warnings(record) if warning.field.startswith(prefix)]
