"""HTTP routes for CSV import: upload a file of one kind (small ones at once, large ones as
a job), read a queued import's report, or download a kind's template."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, File, Response, UploadFile, status
from pydantic import BaseModel

from matcha.accounts.deps import SessionDep
from matcha.config import get_settings
from matcha.errors import PayloadTooLarge
from matcha.exports.http import CSV_RESPONSE, csv_download
from matcha.imports import reader, service
from matcha.imports.schemas import ImportKind, ImportReport
from matcha.jobs import import_csv as import_job
from matcha.jobs.engine import service as jobs_service
from matcha.jobs.engine.http import accepted
from matcha.jobs.engine.schemas import JobAccepted

router = APIRouter(tags=["import"])


class ImportPublic(BaseModel):
    id: uuid.UUID
    kind: ImportKind
    filename: str
    rows: int
    created_at: datetime
    report: ImportReport | None  # None until its job has run


def _read(upload: UploadFile) -> bytes:
    limit = get_settings().max_body_bytes
    content = upload.file.read(limit + 1)
    if len(content) > limit:
        raise PayloadTooLarge(f"the file is larger than {limit} bytes", details={"limit": limit})
    return content


@router.post(
    "/import/{kind}",
    responses={202: {"model": JobAccepted, "description": "A large file: queued as a job"}},
)
def import_csv(
    kind: ImportKind,
    file: Annotated[UploadFile, File(description="A CSV file with the template's columns")],
    session: SessionDep,
    response: Response,
    archive: Annotated[
        UploadFile | None, File(description="Candidates: a zip of the files `resume_file` names")
    ] = None,
) -> ImportReport | JobAccepted:
    """Import every good row; the report lists each bad row (row, field, message) and each
    duplicate (with the existing id). A file of more than MATCHA_IMPORT_SYNC_ROWS rows is
    queued instead: 202 with the job (its subject is the import; GET /api/imports/{id} has
    the whole report when it is done). A file that can't be read is 422 and writes nothing."""
    content = _read(file)
    zipped = _read(archive) if archive is not None and archive.filename else None
    if service.count_rows(kind, content) <= get_settings().import_sync_rows:
        return service.import_csv(session, kind=kind, content=content, archive=zipped)
    stored = service.store_file(
        session, kind=kind, filename=file.filename or "", content=content, archive=zipped
    )
    job, created = jobs_service.enqueue(session, import_job.SPEC.kind, stored.id, {})
    response.status_code = status.HTTP_202_ACCEPTED
    return accepted(job, created, response)


@router.get("/imports/{import_id}")
def get_import(import_id: uuid.UUID, session: SessionDep) -> ImportPublic:
    """A queued import and, once its job has run, its whole report."""
    stored = service.get_import(session, import_id)
    data: dict[str, Any] = {
        c: getattr(stored, c) for c in ("id", "kind", "filename", "rows", "created_at", "report")
    }
    return ImportPublic.model_validate(data)


@router.get("/import/{kind}/template", response_class=Response, responses=CSV_RESPONSE)
def template(kind: ImportKind) -> Response:
    """The kind's columns and an example row, ready to fill in."""
    return csv_download(reader.template(kind), f"matcha-{kind}-template.csv")
