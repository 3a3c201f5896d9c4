"""A position's pipeline as CSV: each candidate's stage, when they got there, their latest
match scores and screening result, and the application's dates."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.applications.models import Application, Stage
from matcha.candidates.models import Candidate
from matcha.db import utcnow
from matcha.exports.csvsafe import to_csv
from matcha.matching.models import PositionMatchResult
from matcha.positions import service as positions_service

HEADER = (
    "application_id",
    "candidate_id",
    "name",
    "email",
    "stage",
    "stage_changed_at",
    "days_in_stage",
    "source",
    "overall_score",
    "skills_score",
    "experience_score",
    "culture_score",
    "scored_at",
    "screening_score",
    "screening_recommendation",
    "rejection_reason",
    "rejection_note",
    "applied_at",
    "updated_at",
)
ORDER = {stage.value: i for i, stage in enumerate(Stage)}  # applied … hired, then closed


def pipeline_csv(session: Session, *, position_id: uuid.UUID) -> str:
    """Every application to the position, by stage, longest in it first (NotFound for an
    unknown position). Scores are empty for a candidate the position has not matched."""
    positions_service.get_position(session, position_id)
    query = (
        select(Application, Candidate.name, Candidate.email, PositionMatchResult)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .outerjoin(
            PositionMatchResult,
            (PositionMatchResult.position_id == Application.position_id)
            & (PositionMatchResult.candidate_id == Application.candidate_id),
        )
        .where(Application.position_id == position_id)
    )
    rows = sorted(
        session.execute(query).all(),
        key=lambda r: (ORDER.get(r[0].stage, len(ORDER)), r[0].stage_changed_at, r[1]),
    )
    now = utcnow()
    return to_csv(HEADER, (_row(app, name, email, match, now) for app, name, email, match in rows))


def _row(
    app: Application,
    name: str,
    email: str | None,
    match: PositionMatchResult | None,
    now: datetime,
) -> list[object]:
    days = (now - app.stage_changed_at).total_seconds() / 86400
    scores: list[object] = (
        [
            round(match.overall_score, 1),
            round(match.skills_match_score, 1),
            round(match.experience_match_score, 1),
            round(match.culture_fit_score, 1),
            match.updated_at.isoformat(),
        ]
        if match is not None
        else [None] * 5
    )
    return [
        str(app.id),
        str(app.candidate_id),
        name,
        email,
        app.stage,
        app.stage_changed_at.isoformat(),
        round(days, 1),
        app.source,
        *scores,
        round(app.screening_score, 1) if app.screening_score is not None else None,
        app.screening_recommendation,
        app.rejection_reason,
        app.rejection_note,
        app.created_at.isoformat(),
        app.updated_at.isoformat(),
    ]
