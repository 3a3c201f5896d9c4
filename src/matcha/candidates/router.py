"""HTTP routes for candidates."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Response, UploadFile, status

from matcha.applications import public as applications_public
from matcha.applications import service as applications_service
from matcha.applications.schemas import CandidateDetail
from matcha.candidates import service
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import (
    BulkUploadResult,
    CandidateCreate,
    CandidatePublic,
    CandidateUploadFields,
)
from matcha.config import get_settings
from matcha.deps import PageDep, SessionDep

router = APIRouter(tags=["candidates"])


def _read_capped(upload: UploadFile) -> tuple[str, bytes]:
    """The file's name and at most limit+1 bytes: enough to tell that it is too large."""
    return upload.filename or "", upload.file.read(get_settings().max_upload_bytes + 1)


@router.post("/candidates", status_code=status.HTTP_201_CREATED, response_model=CandidatePublic)
def create_candidate(data: CandidateCreate, session: SessionDep) -> Candidate:
    return service.create_candidate(session, data=data)


@router.post(
    "/candidates/upload", status_code=status.HTTP_201_CREATED, response_model=CandidatePublic
)
def upload_candidate(
    file: Annotated[UploadFile, File(description="A .txt, .md, .pdf or .docx résumé")],
    fields: Annotated[CandidateUploadFields, Form()],
    session: SessionDep,
) -> Candidate:
    filename, content = _read_capped(file)
    return service.create_candidate_from_file(
        session, filename=filename, content=content, fields=fields
    )


@router.post("/candidates/bulk-upload")
def bulk_upload_candidates(
    files: Annotated[list[UploadFile], File(description="Several résumé files")],
    session: SessionDep,
) -> BulkUploadResult:
    uploads = [_read_capped(f) for f in files]
    return service.bulk_create_from_files(session, uploads=uploads)


@router.get("/candidates", response_model=list[CandidatePublic])
def list_candidates(
    session: SessionDep, page: PageDep, skill: str | None = None
) -> list[Candidate]:
    return list(service.list_candidates(session, page=page, skill=skill))


@router.get("/candidates/{candidate_id}", response_model=CandidateDetail)
def get_candidate(candidate_id: uuid.UUID, session: SessionDep) -> CandidateDetail:
    """The candidate, their applications (position, stage, scores) and their interviews."""
    candidate = service.get_candidate(session, candidate_id)
    return CandidateDetail.model_validate(
        {
            **CandidatePublic.model_validate(candidate).model_dump(),
            "applications": applications_public.public(
                session, applications_service.for_candidate(session, candidate_id)
            ),
            "interviews": applications_public.interviews_of(session, candidate_id),
        }
    )


@router.delete("/candidates/{candidate_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_candidate(candidate_id: uuid.UUID, session: SessionDep) -> Response:
    service.delete_candidate(session, candidate_id=candidate_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
