"""Interviews: create, read, edit while open, start, delete; and transcript validation."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from matcha import busy
from matcha.candidates.models import Candidate
from matcha.companies import service as companies_service
from matcha.config import get_settings
from matcha.db import get_or_404, utcnow
from matcha.errors import Conflict, InvalidInput, PayloadTooLarge
from matcha.interviews.models import Interview, InterviewStatus, InterviewType
from matcha.interviews.schemas import (
    InterviewAnalysisPublic,
    InterviewCreate,
    InterviewUpdate,
    flat_analysis,
    with_analyzed_at,
)
from matcha.pagination import Page
from matcha.positions.models import Position

EDITABLE_STATUSES = (InterviewStatus.pending, InterviewStatus.in_progress)
_ALLOWED_CONTROLS = frozenset("\n\r\t")


def validate_transcript(text: str) -> str:
    """The transcript stripped, or InvalidInput if it is empty, too long or has control bytes."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInput("transcript is empty", details={"field": "transcript"})
    limit = get_settings().max_transcript_chars
    if len(cleaned) > limit:
        raise PayloadTooLarge(
            f"transcript has {len(cleaned)} characters; the limit is {limit}",
            details={"field": "transcript", "limit": limit},
        )
    for position, char in enumerate(cleaned):
        if char not in _ALLOWED_CONTROLS and unicodedata.category(char) in ("Cc", "Cs"):
            raise InvalidInput(
                f"transcript contains control character U+{ord(char):04X} at {position}",
                details={"field": "transcript"},
            )
    return cleaned


def create_interview(
    session: Session, *, company_id: uuid.UUID, data: InterviewCreate
) -> Interview:
    """Add a pending interview to a company."""
    companies_service.get_company(session, company_id)
    _check_people(session, company_id=company_id, data=data)
    values = data.model_dump(exclude={"company_id"})
    if data.transcript is not None:
        values["transcript"] = validate_transcript(data.transcript)
    interview = Interview(company_id=company_id, status=InterviewStatus.pending, **values)
    session.add(interview)
    session.commit()
    return interview


def _check_people(session: Session, *, company_id: uuid.UUID, data: InterviewCreate) -> None:
    """The candidate and position an interview names exist here (NotFound otherwise), a
    culture interview names no candidate, and the position is one of the company's."""
    if data.candidate_id is not None:
        if data.interview_type == InterviewType.culture:
            raise InvalidInput(
                "a culture interview is with the company, not a candidate: "
                "use interview_type candidate or screening",
                details={"field": "candidate_id"},
            )
        get_or_404(session, Candidate, data.candidate_id, label="candidate")
    if data.position_id is not None:
        position = get_or_404(session, Position, data.position_id, label="position")
        if position.company_id != company_id:
            raise InvalidInput(
                "the position belongs to another company than the interview's",
                details={"field": "position_id"},
            )


def get_interview(session: Session, interview_id: uuid.UUID) -> Interview:
    """The interview with this id, or NotFound."""
    return get_or_404(session, Interview, interview_id, label="interview")


def list_interviews(
    session: Session,
    *,
    company_id: uuid.UUID,
    page: Page,
    interview_type: InterviewType | None = None,
    status: InterviewStatus | None = None,
) -> Sequence[Interview]:
    """One page of a company's interviews, newest first, optionally filtered."""
    companies_service.get_company(session, company_id)
    query = select(Interview).where(Interview.company_id == company_id)
    if interview_type is not None:
        query = query.where(Interview.interview_type == interview_type)
    if status is not None:
        query = query.where(Interview.status == status)
    query = query.order_by(Interview.created_at.desc(), Interview.id.desc())
    return page.fetch(session, query)


def get_analysis(session: Session, interview_id: uuid.UUID) -> InterviewAnalysisPublic:
    """What the analysis found in an interview (fields stay null until it has run)."""
    interview = get_interview(session, interview_id)
    conversation = with_analyzed_at(interview.conversation_analysis, interview.analyzed_at)
    screening = with_analyzed_at(interview.screening_analysis, interview.analyzed_at)
    fields: dict[str, Any] = {
        "interview_id": interview.id,
        "status": InterviewStatus(interview.status),
        "conversation_analysis": conversation,
        "screening_analysis": screening,
        "raw_culture_data": interview.raw_culture_data,
    }
    extra = flat_analysis(interview.interview_type, conversation, screening, fields)
    return InterviewAnalysisPublic(**fields, **extra)


def update_interview(
    session: Session, *, interview_id: uuid.UUID, data: InterviewUpdate
) -> Interview:
    """Edit an interview that is still open; Conflict once it is being analysed or done."""
    interview = get_interview(session, interview_id)
    values = data.model_dump(exclude_unset=True)
    if values.get("transcript") is not None:
        values["transcript"] = validate_transcript(values["transcript"])
    if not values:
        return interview
    # Compare-and-set: a concurrent /complete must not have its transcript replaced underneath it.
    changed = _set_where_status(session, interview, EDITABLE_STATUSES, values)
    if not changed:
        raise _not_in(interview, EDITABLE_STATUSES, "edited")
    return interview


def start_interview(session: Session, *, interview_id: uuid.UUID) -> Interview:
    """Move a pending interview to in_progress; Conflict from any other status."""
    interview = get_interview(session, interview_id)
    changed = _set_where_status(
        session, interview, (InterviewStatus.pending,), {"status": InterviewStatus.in_progress}
    )
    if not changed:
        raise _not_in(interview, (InterviewStatus.pending,), "started")
    return interview


def delete_interview(session: Session, *, interview_id: uuid.UUID) -> None:
    """Delete an interview; JobRunning while it is analysed or its company's culture is
    aggregated from it."""
    interview = get_interview(session, interview_id)
    jobs = busy.jobs_on(session, [interview.id, interview.company_id])
    running = [j for j in jobs if j.kind in ("analyze_interview", "aggregate_culture")]
    busy.refuse(session, "this interview", running)
    session.delete(interview)
    session.commit()


def _set_where_status(
    session: Session,
    interview: Interview,
    statuses: Sequence[InterviewStatus],
    values: dict[str, object],
) -> bool:
    result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        update(Interview)
        .where(Interview.id == interview.id, Interview.status.in_(list(statuses)))
        .values(**values, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    session.commit()
    session.refresh(interview)
    return result.rowcount > 0


def _not_in(interview: Interview, statuses: Sequence[InterviewStatus], verb: str) -> Conflict:
    allowed = " or ".join(s.value for s in statuses)
    return Conflict(
        f"interview is {interview.status}; it can be {verb} only while {allowed}",
        details={"status": interview.status},
    )
