"""A position's ranked matches as CSV: scores, matched and missing skills."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.candidates.models import Candidate
from matcha.exports.csvsafe import joined, to_csv
from matcha.matching.models import PositionMatchResult
from matcha.positions import service as positions_service

HEADER = (
    "rank",
    "candidate_id",
    "name",
    "email",
    "overall_score",
    "skills_score",
    "experience_score",
    "culture_score",
    "matched_required",
    "missing_required",
    "matched_preferred",
    "scored_by",
    "matched_at",
)


def position_matches_csv(session: Session, *, position_id: uuid.UUID) -> str:
    """The position's matches, best first (NotFound for an unknown position)."""
    positions_service.get_position(session, position_id)
    query = (
        select(PositionMatchResult, Candidate.name, Candidate.email)
        .join(Candidate, Candidate.id == PositionMatchResult.candidate_id)
        .where(PositionMatchResult.position_id == position_id)
        .order_by(PositionMatchResult.overall_score.desc(), Candidate.name)
    )
    rows = []
    for rank, (match, name, email) in enumerate(session.execute(query), start=1):
        skills = match.skills_breakdown or {}
        rows.append(
            [
                rank,
                str(match.candidate_id),
                name,
                email,
                round(match.overall_score, 1),
                round(match.skills_match_score, 1),
                round(match.experience_match_score, 1),
                round(match.culture_fit_score, 1),
                joined(skills.get("matched_required", [])),
                joined(skills.get("missing_required", [])),
                joined(skills.get("matched_preferred", [])),
                match.scored_by,
                match.updated_at.isoformat(),
            ]
        )
    return to_csv(HEADER, rows)


def filename(title: str, suffix: str) -> str:
    """A download name from a title: letters, digits and dashes only."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in title.casefold()).strip("-")
    return f"{'-'.join(p for p in stem.split('-') if p) or 'export'}-{suffix}.csv"
