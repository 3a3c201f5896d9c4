"""Service-level tests for interviews, including the pure transcript validator."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.orm import Session

from matcha.companies import service as companies_service
from matcha.companies.models import Company
from matcha.companies.schemas import CompanyCreate
from matcha.config import get_settings
from matcha.errors import Conflict, InvalidInput, NotFound, PayloadTooLarge
from matcha.interviews import service
from matcha.interviews.models import InterviewStatus, InterviewType
from matcha.interviews.schemas import InterviewCreate, InterviewUpdate
from matcha.pagination import Page


@pytest.fixture
def company(session: Session) -> Company:
    return companies_service.create_company(session, data=CompanyCreate(name="Acme"))


def test_validate_transcript_strips_and_keeps_newlines_and_tabs() -> None:
    assert service.validate_transcript("  Q:\tone\r\nA: two \n") == "Q:\tone\r\nA: two"


def test_validate_transcript_accepts_unicode() -> None:
    assert service.validate_transcript("Zoë: ça va — 好") == "Zoë: ça va — 好"


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\t\r\n", "a\x00b", "a\x7fb", "a\x85b", "\x1b[0m", "a\ud800b"]
)
def test_validate_transcript_rejects(text: str) -> None:
    with pytest.raises(InvalidInput):
        service.validate_transcript(text)


def test_validate_transcript_enforces_the_configured_limit() -> None:
    limit = get_settings().max_transcript_chars
    assert len(service.validate_transcript("a" * limit)) == limit
    with pytest.raises(PayloadTooLarge, match=str(limit)):
        service.validate_transcript("a" * (limit + 1))


def test_create_and_get(session: Session, company: Company) -> None:
    interview = service.create_interview(
        session,
        company_id=company.id,
        data=InterviewCreate(interview_type=InterviewType.screening, transcript=" hi "),
    )
    fetched = service.get_interview(session, interview.id)
    assert fetched.status == InterviewStatus.pending
    assert fetched.interview_type == "screening"
    assert fetched.transcript == "hi"


def test_create_for_unknown_company(session: Session) -> None:
    with pytest.raises(NotFound):
        service.create_interview(session, company_id=uuid.uuid4(), data=InterviewCreate())


def test_get_unknown(session: Session) -> None:
    with pytest.raises(NotFound):
        service.get_interview(session, uuid.uuid4())


def test_transitions(session: Session, company: Company) -> None:
    interview = service.create_interview(session, company_id=company.id, data=InterviewCreate())
    started = service.start_interview(session, interview_id=interview.id)
    assert started.status == InterviewStatus.in_progress
    with pytest.raises(Conflict):
        service.start_interview(session, interview_id=interview.id)

    edited = service.update_interview(
        session, interview_id=interview.id, data=InterviewUpdate(transcript="done")
    )
    assert edited.transcript == "done"

    interview.status = InterviewStatus.analyzing
    session.commit()
    with pytest.raises(Conflict):
        service.update_interview(
            session, interview_id=interview.id, data=InterviewUpdate(interviewer_name="x")
        )
    assert service.get_interview(session, interview.id).interviewer_name is None


def test_empty_update_is_a_no_op(session: Session, company: Company) -> None:
    interview = service.create_interview(session, company_id=company.id, data=InterviewCreate())
    same = service.update_interview(session, interview_id=interview.id, data=InterviewUpdate())
    assert same.status == InterviewStatus.pending


def test_list_filters(session: Session, company: Company) -> None:
    for kind in (InterviewType.culture, InterviewType.screening, InterviewType.screening):
        service.create_interview(
            session, company_id=company.id, data=InterviewCreate(interview_type=kind)
        )
    page = Page(limit=10, offset=0)
    screening = service.list_interviews(
        session, company_id=company.id, page=page, interview_type=InterviewType.screening
    )
    assert len(screening) == 2
    running = service.list_interviews(
        session, company_id=company.id, page=page, status=InterviewStatus.in_progress
    )
    assert running == []


def test_analysis_and_delete(session: Session, company: Company) -> None:
    interview = service.create_interview(session, company_id=company.id, data=InterviewCreate())
    analysis = service.get_analysis(session, interview.id)
    assert analysis.interview_id == interview.id
    assert analysis.conversation_analysis is None
    service.delete_interview(session, interview_id=interview.id)
    with pytest.raises(NotFound):
        service.get_analysis(session, interview.id)
