"""Service-level tests for candidates."""

from __future__ import annotations

import uuid

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.ai.schemas import CandidateProfile, Education
from matcha.candidates import service
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import CandidateCreate, CandidateUploadFields
from matcha.errors import Conflict, InvalidInput, NotFound, PayloadTooLarge, UnsupportedMedia
from matcha.pagination import Page


def _fake_parser(text: str) -> CandidateProfile:
    """A stand-in for the embedded parser: skills from a "Skills:" line, name from line one."""
    skills: list[str] = []
    for line in text.splitlines():
        if line.lower().startswith("skills:"):
            skills = [s.strip() for s in line.split(":", 1)[1].split(",") if s.strip()]
    return CandidateProfile(
        name=text.splitlines()[0].strip(),
        email="parsed@example.com",
        phone="+1 555 0100",
        skills=skills,
        experience_years=4.5,
        education=[Education(degree="BSc", field="CS", institution="MIT", year=2015)],
        summary="parsed",
    )


@pytest.fixture
def parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "parse_resume", _fake_parser)


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Candidate)) or 0


def test_create_fills_columns_from_the_parsed_profile(session: Session, parser: None) -> None:
    candidate = service.create_candidate(
        session, data=CandidateCreate(name="Jane", resume_text="Jane Doe\nSkills: Python, Go\n")
    )
    assert candidate.name == "Jane"
    assert candidate.email == "parsed@example.com"
    assert candidate.skills == ["Python", "Go"]
    assert candidate.experience_years == 4.5
    assert candidate.education == [
        {"degree": "BSc", "field": "CS", "institution": "MIT", "year": 2015}
    ]
    assert candidate.parsed_data["summary"] == "parsed"
    assert candidate.resume_text == "Jane Doe\nSkills: Python, Go"
    assert candidate.resume_hash == service.resume_hash(candidate.resume_text)


def test_body_fields_win_over_parsed_ones(session: Session, parser: None) -> None:
    candidate = service.create_candidate(
        session,
        data=CandidateCreate(
            name="Janet", email="me@x.io", phone="+44 20 1234", resume_text="Jane Doe"
        ),
    )
    assert (candidate.name, candidate.email, candidate.phone) == ("Janet", "me@x.io", "+44 20 1234")


def test_resume_hash_ignores_case_and_whitespace() -> None:
    assert service.resume_hash("Jane  Doe\nPython") == service.resume_hash("jane doe python ")
    assert service.resume_hash("Jane Doe") != service.resume_hash("Jane Roe")


def test_duplicate_resume_is_a_conflict_naming_the_first(session: Session) -> None:
    first = service.create_candidate(
        session, data=CandidateCreate(name="A", resume_text="Same résumé")
    )
    with pytest.raises(Conflict) as raised:
        service.create_candidate(
            session, data=CandidateCreate(name="B", resume_text="  same   RÉSUMÉ ")
        )
    assert raised.value.details["existing_id"] == str(first.id)
    assert _count(session) == 1


@pytest.mark.parametrize("text", ["", "   ", "a\x00b", "a\x1bb"])
def test_bad_resume_text_is_invalid(session: Session, text: str) -> None:
    # model_construct skips the schema: the service must refuse it on its own (files reach it
    # without one).
    data = CandidateCreate.model_construct(name="A", resume_text=text)
    with pytest.raises(InvalidInput):
        service.create_candidate(session, data=data)
    assert _count(session) == 0


@pytest.mark.parametrize("text", ["", "   "])
def test_the_schema_refuses_blank_resume_text(text: str) -> None:
    with pytest.raises(ValidationError):
        CandidateCreate(name="A", resume_text=text)


def test_file_name_falls_back_to_parsed_then_stem(session: Session, parser: None) -> None:
    parsed = service.create_candidate_from_file(
        session, filename="x.txt", content=b"Jane Doe\nSkills: Go"
    )
    assert parsed.name == "Jane Doe"
    given = service.create_candidate_from_file(
        session,
        filename="y.txt",
        content=b"Other Person",
        fields=CandidateUploadFields(name="Given", phone="123"),
    )
    assert (given.name, given.phone) == ("Given", "123")


def test_file_name_falls_back_to_stem_when_the_parser_finds_none(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "parse_resume", lambda _text: CandidateProfile())
    candidate = service.create_candidate_from_file(
        session, filename="uploads/john_smith.md", content=b"# CV\nRust"
    )
    assert candidate.name == "john smith"


def test_file_errors(session: Session) -> None:
    with pytest.raises(UnsupportedMedia):
        service.create_candidate_from_file(session, filename="a.exe", content=b"MZ")
    with pytest.raises(InvalidInput):
        service.create_candidate_from_file(session, filename="a.txt", content=b"   ")
    too_big = b"a" * 6 * 1024 * 1024
    with pytest.raises(PayloadTooLarge):
        service.create_candidate_from_file(session, filename="a.txt", content=too_big)
    assert _count(session) == 0


def test_bulk_reports_each_failure_and_keeps_going(session: Session) -> None:
    result = service.bulk_create_from_files(
        session,
        uploads=[
            ("a.txt", b"Alice resume"),
            ("b.exe", b"MZ"),
            ("c.txt", b"alice   RESUME"),
            ("d.md", b"Dora resume"),
        ],
    )
    assert [c.resume_text for c in result.created] == ["Alice resume", "Dora resume"]
    assert [(e.filename, e.code) for e in result.errors] == [
        ("b.exe", "unsupported_media_type"),
        ("c.txt", "conflict"),
    ]
    assert result.errors[1].existing_id == result.created[0].id
    assert _count(session) == 2


def test_bulk_refuses_too_many_files(session: Session) -> None:
    uploads = [(f"{i}.txt", f"resume {i}".encode()) for i in range(service.MAX_BULK_FILES + 1)]
    with pytest.raises(InvalidInput):
        service.bulk_create_from_files(session, uploads=uploads)
    assert _count(session) == 0


def test_list_by_skill(session: Session, parser: None) -> None:
    for name, skills in (("A", "Python, Go"), ("B", "JavaScript"), ("C", "python")):
        service.create_candidate(
            session, data=CandidateCreate(name=name, resume_text=f"{name}\nSkills: {skills}")
        )
    page = Page(limit=10, offset=0)
    assert {c.name for c in service.list_candidates(session, page=page, skill="PYTHON")} == {
        "A",
        "C",
    }
    assert [c.name for c in service.list_candidates(session, page=page, skill="javascript")] == [
        "B"
    ]
    assert service.list_candidates(session, page=page, skill="java") == []
    assert len(service.list_candidates(session, page=page, skill="  ")) == 3
    assert len(service.list_candidates(session, page=Page(limit=1, offset=0), skill="python")) == 1


def test_list_candidates_by_ids(session: Session) -> None:
    a = service.create_candidate(session, data=CandidateCreate(name="A", resume_text="a"))
    b = service.create_candidate(session, data=CandidateCreate(name="B", resume_text="b"))

    assert [c.id for c in service.list_candidates_by_ids(session, None)] == [a.id, b.id]
    assert [c.id for c in service.list_candidates_by_ids(session, [b.id, a.id, b.id])] == [
        b.id,
        a.id,
    ]
    assert service.list_candidates_by_ids(session, []) == []
    missing = uuid.uuid4()
    with pytest.raises(NotFound) as raised:
        service.list_candidates_by_ids(session, [a.id, missing])
    assert raised.value.details["id"] == str(missing)


def test_get_and_delete(session: Session) -> None:
    candidate = service.create_candidate(session, data=CandidateCreate(name="A", resume_text="a"))
    assert service.get_candidate(session, candidate.id).name == "A"
    service.delete_candidate(session, candidate_id=candidate.id)
    with pytest.raises(NotFound):
        service.get_candidate(session, candidate.id)
    with pytest.raises(NotFound):
        service.delete_candidate(session, candidate_id=candidate.id)
