"""Reading and writing match results (upserted: one row per pair)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.ai.schemas import CultureMatch, PositionMatch
from matcha.candidates.models import Candidate
from matcha.db import upsert, utcnow
from matcha.matching.models import MatchResult, PositionMatchResult
from matcha.matching.schemas import MatchPublic, PositionMatchPublic
from matcha.pagination import Page, page_of


def save_culture_match(
    session: Session,
    *,
    company_id: uuid.UUID,
    candidate_id: uuid.UUID,
    match: CultureMatch,
    input_hash: str,
    scored_by: str,
) -> None:
    """Upsert the company×candidate result."""
    now = utcnow()
    upsert(
        session,
        MatchResult,
        {
            "id": uuid.uuid4(),
            "company_id": company_id,
            "candidate_id": candidate_id,
            "match_score": float(match.match_score),
            "match_reasoning": match.match_reasoning,
            "culture_fit_breakdown": match.culture_fit_breakdown.model_dump(mode="json"),
            "strengths": list(match.strengths),
            "concerns": list(match.concerns),
            "input_hash": input_hash,
            "scored_by": scored_by,
            "created_at": now,
            "updated_at": now,
        },
        conflict=("company_id", "candidate_id"),
    )


def save_position_match(
    session: Session,
    *,
    position_id: uuid.UUID,
    candidate_id: uuid.UUID,
    match: PositionMatch,
    input_hash: str,
    scored_by: str,
) -> None:
    """Upsert the position×candidate result."""
    now = utcnow()
    upsert(
        session,
        PositionMatchResult,
        {
            "id": uuid.uuid4(),
            "position_id": position_id,
            "candidate_id": candidate_id,
            "overall_score": float(match.overall_score),
            "skills_match_score": float(match.skills_match_score),
            "experience_match_score": float(match.experience_match_score),
            "culture_fit_score": float(match.culture_fit_score),
            "match_reasoning": match.match_reasoning,
            "skills_breakdown": match.skills_breakdown.model_dump(mode="json"),
            "experience_breakdown": match.experience_breakdown.model_dump(mode="json"),
            "culture_fit_breakdown": match.culture_fit_breakdown.model_dump(mode="json"),
            "input_hash": input_hash,
            "scored_by": scored_by,
            "created_at": now,
            "updated_at": now,
        },
        conflict=("position_id", "candidate_id"),
    )


def stored_hashes(
    session: Session, model: type[MatchResult] | type[PositionMatchResult], **subject: uuid.UUID
) -> dict[uuid.UUID, str | None]:
    """candidate_id -> input hash of the stored result for this company or position."""
    ((column, value),) = subject.items()
    rows = session.execute(
        select(model.candidate_id, model.input_hash).where(getattr(model, column) == value)
    )
    return dict(rows.all())


def _listing(
    session: Session,
    model: type[MatchResult] | type[PositionMatchResult],
    schema: type[MatchPublic] | type[PositionMatchPublic],
    subject: tuple[str, uuid.UUID],
    score: str,
    candidate_ids: Sequence[uuid.UUID] | None,
    page: Page | None,
) -> list[Any]:
    column, subject_id = subject
    query = (
        select(model, Candidate.name)
        .join(Candidate, Candidate.id == model.candidate_id)
        .where(getattr(model, column) == subject_id)
        .order_by(getattr(model, score).desc(), Candidate.name)
    )
    if candidate_ids is not None:
        query = query.where(model.candidate_id.in_(candidate_ids))
    rows: Sequence[Any] = list(session.execute(query))
    if page is not None:
        rows = page_of(rows, page)
    out = []
    for row, name in rows:
        data = {c.key: getattr(row, c.key) for c in row.__table__.columns}
        out.append(schema.model_validate({**data, "candidate_name": name}))
    return out


def company_matches(
    session: Session,
    company_id: uuid.UUID,
    *,
    candidate_ids: Sequence[uuid.UUID] | None = None,
    page: Page | None = None,
) -> list[MatchPublic]:
    """The company's culture matches, best first."""
    return _listing(
        session,
        MatchResult,
        MatchPublic,
        ("company_id", company_id),
        "match_score",
        candidate_ids,
        page,
    )


def position_matches(
    session: Session,
    position_id: uuid.UUID,
    *,
    candidate_ids: Sequence[uuid.UUID] | None = None,
    page: Page | None = None,
) -> list[PositionMatchPublic]:
    """The position's matches, best first."""
    return _listing(
        session,
        PositionMatchResult,
        PositionMatchPublic,
        ("position_id", position_id),
        "overall_score",
        candidate_ids,
        page,
    )
