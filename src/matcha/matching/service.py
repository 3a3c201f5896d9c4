"""Reading and writing match results (upserted: one row per pair)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.ai.schemas import CULTURE_DIMENSIONS, CultureData, CultureMatch, PositionMatch
from matcha.candidates.models import Candidate
from matcha.culture import service as culture_service
from matcha.db import upsert, utcnow
from matcha.matching.models import MatchResult, PositionMatchResult
from matcha.matching.schemas import CultureEvidence, MatchPublic, PositionMatchPublic
from matcha.pagination import Page, page_of
from matcha.positions.models import Position

BROAD, MODERATE = 5, 3  # dimensions compared for a broad / moderate culture fit

Evidence = Callable[[dict[str, Any]], CultureEvidence | None]


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
            "qualified": match.qualified,
            "weights": match.weights.model_dump(mode="json"),
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


def culture_evidence(
    profile: CultureData, interviews: int, candidate: dict[str, Any]
) -> CultureEvidence:
    """On how much a candidate's culture fit rests, whichever provider scored it."""
    signals = candidate.get("work_style") or []
    stated = {s.get("dimension") for s in signals if s.get("value") not in (None, "unknown")}
    known = [d for d in CULTURE_DIMENSIONS if profile.dimension(d).value != "unknown"]
    compared = sum(d in stated for d in known)
    return CultureEvidence(
        dimensions_compared=compared,
        dimensions_known=len(known),
        dimensions_total=len(CULTURE_DIMENSIONS),
        interviews=interviews,
        strength="broad" if compared >= BROAD else "moderate" if compared >= MODERATE else "thin",
    )


def _evidence_for(session: Session, company_id: uuid.UUID) -> Evidence:
    """Culture evidence of each listed candidate against the company's current profile."""
    row = culture_service.get_profile(session, company_id)
    if row is None:
        return lambda _candidate: None
    profile, count = culture_service.culture_of(row), row.interview_count
    return lambda candidate: culture_evidence(profile, count, candidate)


def _listing(
    session: Session,
    model: type[MatchResult] | type[PositionMatchResult],
    schema: type[MatchPublic] | type[PositionMatchPublic],
    subject: tuple[str, uuid.UUID],
    order: Sequence[Any],
    candidate_ids: Sequence[uuid.UUID] | None,
    page: Page | None,
    evidence: Evidence,
) -> list[Any]:
    column, subject_id = subject
    query = (
        select(model, Candidate.name, Candidate.parsed_data)
        .join(Candidate, Candidate.id == model.candidate_id)
        .where(getattr(model, column) == subject_id)
        .order_by(*order, Candidate.name)
    )
    if candidate_ids is not None:
        query = query.where(model.candidate_id.in_(candidate_ids))
    rows: Sequence[Any] = list(session.execute(query))
    if page is not None:
        rows = page_of(rows, page)
    out = []
    for row, name, parsed in rows:
        data = {c.key: getattr(row, c.key) for c in row.__table__.columns}
        extra = {"candidate_name": name, "culture_evidence": evidence(parsed or {})}
        out.append(schema.model_validate({**data, **extra}))
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
        (MatchResult.match_score.desc(),),
        candidate_ids,
        page,
        _evidence_for(session, company_id),
    )


def position_matches(
    session: Session,
    position_id: uuid.UUID,
    *,
    candidate_ids: Sequence[uuid.UUID] | None = None,
    page: Page | None = None,
) -> list[PositionMatchPublic]:
    """The position's matches, best first: qualified candidates before the rest, whatever
    score a provider gave them."""
    return _listing(
        session,
        PositionMatchResult,
        PositionMatchPublic,
        ("position_id", position_id),
        (PositionMatchResult.qualified.desc(), PositionMatchResult.overall_score.desc()),
        candidate_ids,
        page,
        _position_evidence(session, position_id),
    )


def _position_evidence(session: Session, position_id: uuid.UUID) -> Evidence:
    position = session.get(Position, position_id)
    if position is None:
        return lambda _candidate: None
    return _evidence_for(session, position.company_id)
