"""Applications: add candidates to a position's pipeline, move them between stages (every move
recorded with who, when, from, to and why), withdraw them, and read the pipeline."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from matcha.accounts.models import User
from matcha.applications.models import (
    CLOSED,
    OPEN,
    Application,
    ApplicationEvent,
    Note,
    RejectionReason,
    Stage,
)
from matcha.applications.schemas import (
    ApplicationBulkCreate,
    ApplicationCreate,
    ApplicationMove,
    BulkItem,
    BulkResult,
)
from matcha.candidates.models import Candidate
from matcha.db import get_or_404, utcnow
from matcha.errors import Conflict, InvalidInput, NotFound
from matcha.matching.schemas import PositionMatchPublic
from matcha.pagination import Page
from matcha.positions.models import Position


@dataclass(frozen=True)
class Actor:
    """Who changes an application: a user (id and email), or what acted for them."""

    user_id: uuid.UUID | None
    label: str


def actor_of(session: Session, user_id: uuid.UUID) -> Actor:
    """The user as history records them."""
    user = get_or_404(session, User, user_id, label="user")
    return Actor(user.id, user.email)


def get_application(session: Session, application_id: uuid.UUID) -> Application:
    """The application with this id, or NotFound."""
    return get_or_404(session, Application, application_id, label="application")


def find(session: Session, position_id: uuid.UUID, candidate_id: uuid.UUID) -> Application | None:
    query = select(Application).where(
        Application.position_id == position_id, Application.candidate_id == candidate_id
    )
    return session.scalars(query).first()


def create_application(
    session: Session, *, position_id: uuid.UUID, data: ApplicationCreate, actor: Actor
) -> Application:
    """Add a candidate to the position; Conflict (with `existing_id`) if they are already in."""
    get_or_404(session, Position, position_id, label="position")
    get_or_404(session, Candidate, data.candidate_id, label="candidate")
    _check_reason(data.stage, data.reason)
    _refuse_duplicate(session, position_id, data.candidate_id)
    app = Application(
        position_id=position_id,
        candidate_id=data.candidate_id,
        stage=data.stage,
        stage_changed_at=utcnow(),
        source=data.source,
    )
    if data.stage == Stage.rejected:
        app.rejection_reason, app.rejection_note = data.reason, data.note
    session.add(app)
    record(
        session, app, actor, kind="added", to=Stage(data.stage), reason=data.reason, note=data.note
    )
    try:
        session.commit()
    except IntegrityError:  # added by a concurrent request between our check and our insert
        session.rollback()
        _refuse_duplicate(session, position_id, data.candidate_id)
        raise
    return app


def add_applicant(
    session: Session,
    *,
    position_id: uuid.UUID,
    candidate_id: uuid.UUID,
    actor: Actor,
    source: str,
    cover_note: str | None = None,
) -> Application:
    """The candidate's application to the position, added in `applied` if they have none
    (flushed, not committed: the caller commits it with what it queues). A cover note becomes
    the application's note, once: sending the same note again adds nothing."""
    app = find(session, position_id, candidate_id)
    if app is None:
        savepoint = session.begin_nested()
        app = Application(
            position_id=position_id,
            candidate_id=candidate_id,
            stage=Stage.applied,
            stage_changed_at=utcnow(),
            source=source,
        )
        session.add(app)
        record(session, app, actor, kind="added", to=Stage.applied)
        try:
            savepoint.commit()
        except IntegrityError:  # a concurrent application by the same person won the insert
            savepoint.rollback()
            app = find(session, position_id, candidate_id)
            assert app is not None
    if cover_note and not _has_note(session, app.id, cover_note):
        session.add(
            Note(
                candidate_id=candidate_id,
                application_id=app.id,
                author_id=actor.user_id,
                author=actor.label,
                body=cover_note,
            )
        )
    session.flush()
    return app


def _has_note(session: Session, application_id: uuid.UUID, body: str) -> bool:
    query = select(Note.id).where(Note.application_id == application_id, Note.body == body)
    return session.scalar(query.limit(1)) is not None


def bulk_create(
    session: Session, *, position_id: uuid.UUID, data: ApplicationBulkCreate, actor: Actor
) -> BulkResult:
    """Add several candidates; each id gets its own result, and one failure stops none."""
    get_or_404(session, Position, position_id, label="position")
    results: list[BulkItem] = []
    for cid in dict.fromkeys(data.candidate_ids):
        try:
            app = create_application(
                session,
                position_id=position_id,
                data=ApplicationCreate(candidate_id=cid, source=data.source),
                actor=actor,
            )
        except NotFound as exc:
            results.append(BulkItem(candidate_id=cid, status="not_found", detail=exc.message))
        except Conflict as exc:
            existing = uuid.UUID(str(exc.details["existing_id"]))
            results.append(
                BulkItem(
                    candidate_id=cid, status="exists", application_id=existing, detail=exc.message
                )
            )
        else:
            results.append(BulkItem(candidate_id=cid, status="created", application_id=app.id))
    return BulkResult(created=sum(r.status == "created" for r in results), results=results)


def list_applications(
    session: Session, *, position_id: uuid.UUID, page: Page, stage: Stage | None = None
) -> Sequence[Application]:
    """One page of the position's applications, longest in their stage first."""
    get_or_404(session, Position, position_id, label="position")
    query = select(Application).where(Application.position_id == position_id)
    if stage is not None:
        query = query.where(Application.stage == stage)
    return page.fetch(session, query.order_by(Application.stage_changed_at, Application.id))


def move(
    session: Session, *, application_id: uuid.UUID, data: ApplicationMove, actor: Actor
) -> Application:
    """Move to another stage (back too); `rejected` and `withdrawn` only from an open stage."""
    app = get_application(session, application_id)
    current, target = Stage(app.stage), Stage(data.stage)
    _check_reason(target, data.reason)
    if target == current:
        raise Conflict(f"the application is already {current}", details={"stage": current})
    if target in CLOSED and current not in OPEN:
        raise Conflict(
            f"only an open application can be {target}; this one is {current}",
            details={"stage": current},
        )
    values: dict[str, Any] = {
        "stage": target,
        "stage_changed_at": utcnow(),
        "suggested_stage": None,
        "rejection_reason": data.reason if target == Stage.rejected else None,
        "rejection_note": data.note if target == Stage.rejected else None,
        "updated_at": utcnow(),
    }
    # Compare-and-set: a concurrent move must not be recorded as starting from a stale stage.
    result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        update(Application)
        .where(Application.id == app.id, Application.stage == current)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:
        session.rollback()
        raise Conflict("the application was moved meanwhile: reload it", details={})
    session.refresh(app)
    record(
        session,
        app,
        actor,
        kind="moved",
        to=target,
        frm=current,
        reason=data.reason,
        note=data.note,
    )
    session.commit()
    return app


def withdraw(session: Session, *, application_id: uuid.UUID, actor: Actor) -> Application:
    """The candidate leaves the pipeline; the application and its history stay."""
    return move(
        session,
        application_id=application_id,
        data=ApplicationMove(stage=Stage.withdrawn),
        actor=actor,
    )


def pipeline(session: Session, position_id: uuid.UUID) -> dict[str, int]:
    """How many of the position's applications are in each stage (every stage named)."""
    rows = session.execute(
        select(Application.stage, func.count())
        .where(Application.position_id == position_id)
        .group_by(Application.stage)
    ).all()
    counts = {stage.value: 0 for stage in Stage}
    counts.update({str(stage): int(n) for stage, n in rows})
    return counts


def days_in_stage(session: Session, position_id: uuid.UUID) -> dict[str, float]:
    """The average days the position's applications have spent in their current stage."""
    rows = session.execute(
        select(Application.stage, Application.stage_changed_at).where(
            Application.position_id == position_id
        )
    ).all()
    now = utcnow()
    spent: dict[str, list[float]] = {}
    for stage, since in rows:
        spent.setdefault(str(stage), []).append((now - since).total_seconds() / 86400)
    return {stage: round(sum(v) / len(v), 1) for stage, v in spent.items()}


def stages_by_candidate(session: Session, position_id: uuid.UUID) -> dict[uuid.UUID, Application]:
    """The position's applications by candidate (for the ranked list)."""
    query = select(Application).where(Application.position_id == position_id)
    return {a.candidate_id: a for a in session.scalars(query)}


def with_stages(
    session: Session, position_id: uuid.UUID, matches: Sequence[PositionMatchPublic]
) -> list[PositionMatchPublic]:
    """Ranked matches, each with the candidate's stage in the pipeline (None: not in it)."""
    apps = stages_by_candidate(session, position_id)
    out = []
    for match in matches:
        app = apps.get(match.candidate_id)
        out.append(
            match.model_copy(update={"stage": app.stage, "application_id": app.id})
            if app is not None
            else match
        )
    return out


def for_candidate(session: Session, candidate_id: uuid.UUID) -> list[Application]:
    """The candidate's applications, newest first."""
    query = select(Application).where(Application.candidate_id == candidate_id)
    return list(session.scalars(query.order_by(Application.created_at.desc(), Application.id)))


def record(
    session: Session,
    app: Application,
    actor: Actor,
    *,
    kind: str,
    to: Stage,
    frm: Stage | None = None,
    reason: str | None = None,
    note: str | None = None,
) -> None:
    """Add one event to the application's history (committed with the change it records)."""
    event = ApplicationEvent(
        seq=len(app.events),
        kind=kind,
        from_stage=frm,
        to_stage=to,
        reason=reason,
        note=note,
        actor_id=actor.user_id,
        actor=actor.label,
        created_at=utcnow(),
    )
    app.events.append(event)
    session.add(event)


def _check_reason(stage: Stage, reason: RejectionReason | None) -> None:
    if stage == Stage.rejected and reason is None:
        choices = ", ".join(r.value for r in RejectionReason)
        raise InvalidInput(
            f"rejecting needs a reason, one of: {choices}", details={"field": "reason"}
        )
    if stage != Stage.rejected and reason is not None:
        raise InvalidInput(
            "a reason is given only when rejecting; use `note` for anything else",
            details={"field": "reason"},
        )


def _refuse_duplicate(session: Session, position_id: uuid.UUID, candidate_id: uuid.UUID) -> None:
    existing = find(session, position_id, candidate_id)
    if existing is not None:
        raise Conflict(
            f"the candidate is already in this position's pipeline as application {existing.id}",
            details={"existing_id": str(existing.id), "stage": existing.stage},
        )
