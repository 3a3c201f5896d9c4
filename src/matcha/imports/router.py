"""HTTP routes for CSV import: upload a file of one kind, or download its template."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Response, UploadFile

from matcha.config import get_settings
from matcha.deps import SessionDep
from matcha.errors import PayloadTooLarge
from matcha.exports.http import csv_download
from matcha.imports import reader, service
from matcha.imports.schemas import ImportKind, ImportReport

router = APIRouter(tags=["import"])


@router.post("/import/{kind}")
def import_csv(
    kind: ImportKind,
    file: Annotated[UploadFile, File(description="A CSV file with the template's columns")],
    session: SessionDep,
) -> ImportReport:
    """Import every good row; the report lists each bad row (row, field, message) and each
    duplicate (with the existing id). A file that can't be read is 422 and writes nothing."""
    limit = get_settings().max_body_bytes
    content = file.file.read(limit + 1)
    if len(content) > limit:
        raise PayloadTooLarge(f"the file is larger than {limit} bytes", details={"limit": limit})
    return service.import_csv(session, kind=kind, content=content)


@router.get("/import/{kind}/template", response_class=Response)
def template(kind: ImportKind) -> Response:
    """The kind's columns and an example row, ready to fill in."""
    return csv_download(reader.template(kind), f"matcha-{kind}-template.csv")
