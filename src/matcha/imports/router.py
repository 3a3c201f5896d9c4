"""HTTP routes for CSV import: read a queued import's report, or download a kind's template.
Uploading a file (small ones imported at once, large ones as a job) is in jobs/routes.py."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Response
from pydantic import BaseModel

from matcha.accounts.deps import SessionDep
from matcha.exports.http import CSV_RESPONSE, csv_download
from matcha.imports import reader, service
from matcha.imports.schemas import ImportKind, ImportReport

router = APIRouter(tags=["import"])


class ImportPublic(BaseModel):
    id: uuid.UUID
    kind: ImportKind
    filename: str
    rows: int
    created_at: datetime
    report: ImportReport | None  # None until its job has run


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
