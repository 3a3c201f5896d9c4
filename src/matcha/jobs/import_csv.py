"""The import job: a stored CSV file imported row by row (see matcha.imports), with progress.
Running it again is safe: rows already imported come back as duplicates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from matcha.db import get_or_404
from matcha.errors import Conflict
from matcha.imports import service as imports_service
from matcha.imports.models import ImportFile
from matcha.imports.schemas import ImportKind, ImportReport
from matcha.jobs.common import Progress, no_progress
from matcha.jobs.spec import BULK_QUEUE, JobSpec, Params

SHOWN_ERRORS = 20  # in the job's summary; the import's own report has every one


@dataclass
class ImportRun:
    import_id: uuid.UUID
    report: ImportReport

    def model_dump(self, *, mode: str = "python") -> dict[str, Any]:
        """The whole report, as the job row's result."""
        return {"import_id": str(self.import_id), "report": self.report.model_dump(mode=mode)}

    def summary(self) -> dict[str, Any]:
        errors = [e.model_dump(mode="json") for e in self.report.errors[:SHOWN_ERRORS]]
        return {
            "import_id": str(self.import_id),
            "kind": self.report.kind,
            "rows": self.report.rows,
            "created": self.report.created,
            "duplicates": len(self.report.duplicates),
            "errors": len(self.report.errors),
            "first_errors": errors,
        }


def check(session: Session, import_id: uuid.UUID) -> ImportFile:
    """The stored file (NotFound once it is deleted; Conflict once its import has ended and
    its bytes with it)."""
    stored = get_or_404(session, ImportFile, import_id, label="import")
    if stored.content is None:
        raise Conflict(
            "this import has ended and its uploaded file was deleted: upload the file again",
            details={"import_id": str(import_id)},
        )
    return stored


def import_csv(
    session: Session, import_id: uuid.UUID, *, progress: Progress = no_progress
) -> ImportRun:
    """Import the stored file and keep the whole report with it."""
    stored = check(session, import_id)
    content, archive = stored.content or b"", stored.archive
    kind: ImportKind = stored.kind  # type: ignore[assignment]
    report = imports_service.import_csv(
        session, kind=kind, content=content, archive=archive, progress=progress
    )
    stored.report = report.model_dump(mode="json")
    imports_service.discard_file(session, import_id)  # committed with the job's success
    return ImportRun(import_id=import_id, report=report)


def discard(session: Session, import_id: uuid.UUID, _reason: str) -> None:
    """A job that failed for good keeps no uploaded file either."""
    imports_service.discard_file(session, import_id)


def accept(session: Session, import_id: uuid.UUID, _params: Params) -> ImportFile:
    """The stored file exists (NotFound otherwise)."""
    return check(session, import_id)


def run(session: Session, import_id: uuid.UUID, _params: Params, progress: Progress) -> ImportRun:
    """Import a stored CSV file row by row, keeping the whole report with it."""
    return import_csv(session, import_id, progress=progress)


SPEC = JobSpec(
    kind="import_csv",
    subject=ImportFile,
    queue=BULK_QUEUE,
    accept=accept,
    run=run,
    route=None,  # POST /api/import/{kind} stores the file and queues this job
    tag="imports",
    provider_methods=(),
    gone="The uploaded file was deleted before it was imported.",
    soft_limit=3300,
    hard_limit=3600,
    noun="import",
    on_failure=discard,
)
