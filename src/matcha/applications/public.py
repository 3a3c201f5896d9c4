"""Applications as the API and the pages show them: with the candidate's name, the position's
title, the latest match scores, the time in stage and the history."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.applications.models import Application
from matcha.applications.schemas import ApplicationPublic, CandidateInterview, EventPublic, Scores
from matcha.candidates.models import Candidate
from matcha.companies.models import Company
from matcha.db import utcnow
from matcha.interviews.models import Interview
from matcha.matching.models import PositionMatchResult
from matcha.positions.models import Position


def public(session: Session, apps: Sequence[Application]) -> list[ApplicationPublic]:
    """These applications, each with what a recruiter reads beside it (three queries)."""
    if not apps:
        return []
    candidate_ids = {a.candidate_id for a in apps}
    position_ids = {a.position_id for a in apps}
    names = dict(
        session.execute(
            select(Candidate.id, Candidate.name).where(Candidate.id.in_(candidate_ids))
        ).all()
    )
    titles = dict(
        session.execute(
            select(Position.id, Position.title).where(Position.id.in_(position_ids))
        ).all()
    )
    matches = {
        (m.position_id, m.candidate_id): m
        for m in session.scalars(
            select(PositionMatchResult).where(
                PositionMatchResult.position_id.in_(position_ids),
                PositionMatchResult.candidate_id.in_(candidate_ids),
            )
        )
    }
    now = utcnow()
    out = []
    for a in apps:
        match = matches.get((a.position_id, a.candidate_id))
        scores = (
            Scores(
                overall=match.overall_score,
                skills=match.skills_match_score,
                experience=match.experience_match_score,
                culture=match.culture_fit_score,
                scored_at=match.updated_at,
            )
            if match is not None
            else None
        )
        out.append(
            ApplicationPublic(
                id=a.id,
                position_id=a.position_id,
                position_title=titles.get(a.position_id, ""),
                candidate_id=a.candidate_id,
                candidate_name=names.get(a.candidate_id, ""),
                stage=a.stage,
                stage_changed_at=a.stage_changed_at,
                days_in_stage=round((now - a.stage_changed_at).total_seconds() / 86400, 1),
                source=a.source,
                rejection_reason=a.rejection_reason,
                rejection_note=a.rejection_note,
                screening_interview_id=a.screening_interview_id,
                screening_score=a.screening_score,
                screening_recommendation=a.screening_recommendation,
                suggested_stage=a.suggested_stage,
                scores=scores,
                history=[EventPublic.model_validate(e) for e in a.events],
                created_at=a.created_at,
                updated_at=a.updated_at,
            )
        )
    return out


def one(session: Session, app: Application) -> ApplicationPublic:
    return public(session, [app])[0]


def interviews_of(session: Session, candidate_id: uuid.UUID) -> list[CandidateInterview]:
    """The interviews that name the candidate, newest first, with their screening result."""
    query = (
        select(Interview, Company.name)
        .join(Company, Company.id == Interview.company_id)
        .where(Interview.candidate_id == candidate_id)
        .order_by(Interview.created_at.desc(), Interview.id)
    )
    out = []
    for i, company_name in session.execute(query).all():
        screening = i.screening_analysis or {}
        out.append(
            CandidateInterview(
                id=i.id,
                company_id=i.company_id,
                company_name=company_name,
                position_id=i.position_id,
                interview_type=i.interview_type,
                status=i.status,
                screening_score=screening.get("overall_score"),
                recommendation=screening.get("recommendation"),
                summary=screening.get("summary"),
                created_at=i.created_at,
                analyzed_at=i.analyzed_at,
            )
        )
    return out
