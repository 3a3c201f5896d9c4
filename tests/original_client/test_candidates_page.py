"""The original frontend's Candidates page (client/src/pages/Candidates.tsx) and its bulk
upload (BulkImport.tsx): the list and its filters, a candidate's detail, uploads, deletes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.candidates.models import Candidate
from tests.candidates.docs import make_docx
from tests.original_client.conftest import NUMBER, TEXT, Original, reads, strings


def _candidate(candidate: Any) -> None:
    """What the list's cards read of a Candidate."""
    reads(
        candidate,
        id=str,
        name=TEXT,
        email=TEXT,
        phone=TEXT,
        skills=list,
        experience_years=NUMBER,
        education=list,
        created_at=str,
    )
    assert strings(candidate["skills"])
    for school in candidate["education"]:
        reads(school, degree=TEXT, field=TEXT, institution=TEXT, year=(int, type(None)))


def _query(**filters: Any) -> str:
    """candidates.list's URLSearchParams, in its order, leaving out what it leaves out."""
    parts = [f"{k}={v}" for k, v in filters.items() if v not in (None, "")]
    return "/candidates" + (f"?{'&'.join(parts)}" if parts else "")


def test_list_shows_every_candidate(original: Original, candidates: list[dict[str, Any]]) -> None:
    listed = original.call(_query())

    assert {c["id"] for c in listed} == {c["id"] for c in candidates}
    for candidate in listed:
        _candidate(candidate)


def test_each_filter_narrows_the_list(original: Original, candidates: list[dict[str, Any]]) -> None:
    everyone = {c["id"]: c for c in original.call(_query())}

    def ids(**filters: Any) -> set[str]:
        return {c["id"] for c in original.call(_query(**filters))}

    python = ids(skills="python")
    assert python and python < set(everyone)
    assert all("python" in [s.lower() for s in everyone[i]["skills"]] for i in python), (
        "every candidate listed has the skill"
    )
    assert all(
        "python" not in [s.lower() for s in everyone[i]["skills"]] for i in set(everyone) - python
    )
    senior = ids(min_experience=8)
    assert senior == {i for i, c in everyone.items() if c["experience_years"] >= 8}
    junior = ids(max_experience=5)
    assert junior == {i for i, c in everyone.items() if c["experience_years"] <= 5}
    first = candidates[0]
    assert ids(search=first["name"].split()[0]) >= {first["id"]}
    assert ids(search="nobody-is-called-this") == set()
    # The original backend's education filter: the words anywhere in the candidate's schools.
    degree = ids(education="bachelor")
    assert degree == {
        i
        for i, c in everyone.items()
        if any("bachelor" in " ".join(str(v) for v in e.values()).lower() for e in c["education"])
    }
    assert ids(skills="python", min_experience=8) == python & senior


def test_candidate_detail(original: Original, candidates: list[dict[str, Any]]) -> None:
    detail = original.call(f"/candidates/{candidates[0]['id']}")

    _candidate(detail)
    reads(detail, resume_text=TEXT, parsed_data=(dict, type(None)))
    assert detail["resume_text"]


def test_upload_resume(original: Original, session: Session) -> None:
    """candidates.upload: one multipart `file`; the answer is the new Candidate."""
    docx = make_docx("Grace Hopper", "grace@example.com", "Python, COBOL and SQL; 12 years.")

    response = original.upload("/candidates/upload", "file", [("grace.docx", docx)])

    assert response.is_success, response.text
    _candidate(response.json())
    assert response.json()["name"] == "Grace Hopper"
    assert session.scalar(select(func.count()).select_from(Candidate)) == 1


def test_bulk_upload_counts_ids_and_errors(original: Original, session: Session) -> None:
    """BulkImport.tsx reads success_count, error_count, imported_ids and errors[{file, error}]."""
    files = [
        ("ada.txt", b"Ada Lovelace\nada@example.com\nPython, mathematics, 9 years.\n"),
        ("alan.docx", make_docx("Alan Turing", "alan@example.com", "Go and Python, 5 years.")),
        ("broken.pdf", b"not a pdf at all"),
    ]

    response = original.upload("/candidates/bulk-upload", "files", files)

    assert response.is_success, response.text
    result = response.json()
    reads(result, success_count=int, error_count=int, imported_ids=list, errors=list)
    assert (result["success_count"], result["error_count"]) == (2, 1)
    stored = {str(i) for i in session.scalars(select(Candidate.id))}
    assert set(result["imported_ids"]) == stored
    (error,) = result["errors"]
    reads(error, file=str, error=str)
    assert error["file"] == "broken.pdf" and error["error"]


def test_delete_answers_json(original: Original, candidates: list[dict[str, Any]]) -> None:
    """candidates.delete parses the answer as JSON before the list is fetched again."""
    original.call(f"/candidates/{candidates[0]['id']}", "DELETE")

    assert candidates[0]["id"] not in {c["id"] for c in original.call(_query())}
