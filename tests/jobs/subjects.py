"""What the job tests work on: a company, its interviews, a position and candidates."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcha.candidates import service as candidates_service
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import CandidateCreate
from matcha.companies.models import Company
from matcha.interviews.models import Interview, InterviewStatus
from matcha.positions.models import Position

TRANSCRIPT = "Interviewer: How do you work?\nAlex: We ship weekly and review every change."


def company(session: Session, name: str = "Acme") -> Company:
    row = Company(name=name)
    session.add(row)
    session.flush()
    return row


def interview(
    session: Session,
    owner: Company,
    *,
    kind: str = "culture",
    status: str = InterviewStatus.analyzing,
    transcript: str | None = TRANSCRIPT,
) -> Interview:
    row = Interview(company_id=owner.id, interview_type=kind, status=status, transcript=transcript)
    session.add(row)
    session.flush()
    return row


def position(session: Session, owner: Company) -> Position:
    row = Position(
        company_id=owner.id,
        title="Backend engineer",
        required_skills=["Python", "PostgreSQL"],
        experience_level="senior",
    )
    session.add(row)
    session.flush()
    return row


def candidates(session: Session) -> list[Candidate]:
    """Two candidates: one with more skills than the other (the fake scores by skill count)."""
    resumes = {
        "Ada Few": "Ada Few\nSkills: Python",
        "Bo Many": "Bo Many\nSkills: Python, PostgreSQL, Docker, Kubernetes, Go",
    }
    return [
        candidates_service.create_candidate(
            session, data=CandidateCreate(name=name, resume_text=text)
        )
        for name, text in resumes.items()
    ]
