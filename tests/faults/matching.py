"""Fault-test plumbing for position matching: a position, N candidates, the job, the results."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from matcha.candidates import service as candidates_service
from matcha.candidates.schemas import CandidateCreate
from matcha.companies.models import Company
from matcha.db import get_sessionmaker
from matcha.jobs.engine import service
from matcha.jobs.registry import JobKind
from matcha.matching.models import PositionMatchResult
from matcha.positions.models import Position
from matcha.tenancy import Organisation, scope

SKILLS = ["Python", "Go", "PostgreSQL", "Kubernetes", "Redis", "TypeScript"]


def new_position(candidates: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A position in a new organisation, and `candidates` distinct candidates beside it."""
    with get_sessionmaker()() as session:
        org = Organisation(name="Fault org")
        session.add(org)
        session.flush()
        scope(session, org.id)
        company = Company(name="Fault Co")
        session.add(company)
        session.flush()
        position = Position(
            company_id=company.id,
            title="Senior backend engineer",
            required_skills=["Python", "PostgreSQL", "Kubernetes"],
            experience_level="senior",
        )
        session.add(position)
        session.commit()
        ids = []
        for n in range(candidates):
            skills = ", ".join(SKILLS[n % 3 : n % 3 + 3])
            text = (
                f"Candidate {n}\nSenior backend engineer\n{skills}\n"
                f"{2010 + n % 8} - Present: Staff Engineer at Example {n}"
            )
            data = CandidateCreate(name=f"Candidate {n}", resume_text=text)
            ids.append(candidates_service.create_candidate(session, data=data).id)
        session.commit()
        return position.id, ids


def match_async(position_id: uuid.UUID) -> uuid.UUID:
    """What `POST /positions/{id}/match/async` does: commit the job row, then publish it."""
    with get_sessionmaker()() as session:
        service.scope_to_subject(session, JobKind.match_position, position_id)
        job, created = service.enqueue(session, JobKind.match_position, position_id, {})
        assert created
        return job.id


def match_rows(position_id: uuid.UUID) -> list[PositionMatchResult]:
    with get_sessionmaker()() as session:
        return list(
            session.scalars(
                select(PositionMatchResult).where(PositionMatchResult.position_id == position_id)
            )
        )
