"""Erasing a candidate completely (a GDPR erasure request): their applications (with their
history) and every note about them, their id in import reports, then the row and what the jobs
made of them (candidates/erasure.py). It lives here because applications, notes and imports
name candidates (candidates/ knows none of them). Interviews with them stay (the company's
record, which its culture profile learned from) but no longer name them; the report counts
them so the caller can delete them too."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import String, cast, delete, func, select
from sqlalchemy.orm import Session

from matcha.applications.models import Application, Note
from matcha.candidates import erasure as candidate_erasure
from matcha.imports.models import ImportFile
from matcha.interviews.models import Interview


class Erased(candidate_erasure.Erased):
    """What an erasure removed, for the caller's records."""

    applications: int  # with their stage history
    notes: int  # about them, or about one of their applications
    import_reports_scrubbed: int
    interviews_unlinked: int  # kept, without their name (see the module docstring)


def erase_candidate(session: Session, *, candidate_id: uuid.UUID) -> Erased:
    """Remove the candidate and every trace of them (NotFound, or JobRunning while a job
    scores them: nothing is removed then)."""
    counts = count_traces(session, candidate_id)
    # Notes before applications: an application's notes would go with it, uncounted.
    for model in (Note, Application):
        session.execute(delete(model).where(model.candidate_id == candidate_id))
    imports = _scrub_imports(session, str(candidate_id))
    base = candidate_erasure.erase_candidate(session, candidate_id=candidate_id)  # commits all
    return Erased(
        **base.model_dump(),
        applications=counts[Application],
        notes=counts[Note],
        import_reports_scrubbed=imports,
        interviews_unlinked=counts[Interview],
    )


def count_traces(session: Session, candidate_id: uuid.UUID) -> dict[type, int]:
    """How many applications, notes and interviews name the candidate."""
    models: tuple[type[Any], ...] = (Application, Note, Interview)
    return {
        model: session.scalar(
            select(func.count()).select_from(model).where(model.candidate_id == candidate_id)
        )
        or 0
        for model in models
    }


def _scrub_imports(session: Session, cid: str) -> int:
    """Take the id out of import reports (the rows it created, the duplicates it found)."""
    scrubbed = 0
    for stored in session.scalars(
        select(ImportFile).where(cast(ImportFile.report, String).contains(cid))
    ):
        report = dict(stored.report or {})
        report["created_ids"] = [i for i in report.get("created_ids", []) if i != cid]
        report["duplicates"] = [
            d for d in report.get("duplicates", []) if str(d.get("existing_id")) != cid
        ]
        stored.report = report
        scrubbed += 1
    return scrubbed
