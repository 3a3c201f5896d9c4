"""HTTP routes for candidates (one with their applications and interviews:
applications/views.py)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Query, Response, UploadFile, status

from matcha.accounts.deps import SessionDep
from matcha.candidates import erasure, service
from matcha.candidates import export as candidates_export
from matcha.candidates.erasure import Erased
from matcha.candidates.filters import CandidateFiltersDep
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import (
    BulkUploadResult,
    CandidateCreate,
    CandidatePublic,
    CandidateUpdate,
    CandidateUploadFields,
)
from matcha.config import get_settings
from matcha.deps import PageDep
from matcha.exports.http import CSV_RESPONSE, csv_download

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


@router.get("/candidates", response_model=list[CandidatePublic], responses=CSV_RESPONSE)
def list_candidates(
    session: SessionDep,
    page: PageDep,
    filters: CandidateFiltersDep,
    format: Annotated[
        Literal["json", "csv"], Query(description="`csv`: every match as a spreadsheet")
    ] = "json",
) -> list[Candidate] | Response:
    if format == "csv":
        return export_candidates(session, filters)
    return list(service.list_candidates(session, page=page, filters=filters))


@router.get("/candidates/export", response_class=Response, responses=CSV_RESPONSE)
def export_candidates(session: SessionDep, filters: CandidateFiltersDep) -> Response:
    """Every candidate the filters keep (not one page), as CSV safe to open in a spreadsheet."""
    text = candidates_export.candidates_csv(session, filters=filters)
    return csv_download(text, "candidates.csv")


@router.patch("/candidates/{candidate_id}", response_model=CandidatePublic)
def update_candidate(
    candidate_id: uuid.UUID, data: CandidateUpdate, session: SessionDep
) -> Candidate:
    return service.update_candidate(session, candidate_id=candidate_id, data=data)


@router.post("/candidates/{candidate_id}/reparse", response_model=CandidatePublic)
def reparse_candidate(candidate_id: uuid.UUID, session: SessionDep) -> Candidate:
    return service.reparse_candidate(session, candidate_id=candidate_id)


@router.delete("/candidates/{candidate_id}")
def delete_candidate(candidate_id: uuid.UUID, session: SessionDep) -> Erased:
    """Erase the candidate and every trace of them; says what was removed. 409 while a
    matching job scores them."""
    return erasure.erase_candidate(session, candidate_id=candidate_id)
