"""Bringing data in from the UI: bulk résumé upload (app.js sends the files in small batches
to the API, with a progress bar) and CSV import of candidates, companies or positions."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from matcha.config import get_settings
from matcha.errors import MatchaError, PayloadTooLarge
from matcha.imports import service as imports_service
from matcha.imports.schemas import ImportKind, ImportReport
from matcha.jobs import import_csv as import_job
from matcha.jobs.engine import service as jobs_service
from matcha.jobs.engine.models import Job
from matcha.web.routing import ui_router
from matcha.web.session import Ui, UiDep

router = ui_router()
KINDS: tuple[ImportKind, ...] = ("candidates", "companies", "positions")


async def _upload(request: Request) -> dict[str, Any]:
    """The form's kind and the file's bytes (at most the body limit, plus one to tell)."""
    async with request.form() as form:
        upload, zipped = form.get("file"), form.get("archive")
        content = archive = b""
        limit = get_settings().max_body_bytes + 1
        if upload is not None and not isinstance(upload, str):
            content = await upload.read(limit)
        if zipped is not None and not isinstance(zipped, str):
            archive = await zipped.read(limit)
        name = getattr(upload, "filename", "") or "upload.csv"
        return {
            "kind": str(form.get("kind") or ""),
            "content": content,
            "archive": archive or None,
            "filename": name,
        }


Upload = Annotated[dict[str, Any], Depends(_upload)]


def _page(ui: Ui, *, status: int = 200, **context: Any) -> Response:
    ui.require_writer()
    return ui.render(
        "import.html",
        status=status,
        title="Import",
        kinds=KINDS,
        **({"kind": "candidates", "error": None, "report": None} | context),
    )


@router.get("/ui/import")
def import_page(ui: UiDep) -> Response:
    return _page(ui)


@router.post("/ui/import")
def import_csv(ui: UiDep, upload: Upload) -> Response:
    """Import the file; the page shows the report, each bad row with its row and field."""
    ui.require_writer()
    kind = upload["kind"]
    if kind not in KINDS:
        return _page(ui, status=422, error="Choose what the file holds.")
    content: bytes = upload["content"]
    if not content:
        return _page(ui, status=422, kind=kind, error="Choose a CSV file to import.")
    try:
        if len(content) > get_settings().max_body_bytes:
            raise PayloadTooLarge("the file is too large: split it, or use `matcha import`")
        if imports_service.count_rows(kind, content) > get_settings().import_sync_rows:
            stored = imports_service.store_file(
                ui.session,
                kind=kind,
                filename=upload["filename"],
                content=content,
                archive=upload["archive"],
            )
            jobs_service.enqueue(ui.session, import_job.SPEC.kind, stored.id, {})
            return RedirectResponse(f"/ui/import/{stored.id}", status_code=303)
        report = imports_service.import_csv(
            ui.session, kind=kind, content=content, archive=upload["archive"]
        )
    except MatchaError as exc:
        return _page(ui, status=exc.status_code, kind=kind, error=exc.message)
    return _page(ui, kind=kind, report=report)


@router.get("/ui/import/{import_id}")
def queued_import(import_id: uuid.UUID, ui: UiDep) -> Response:
    """A large import running as a job: its progress, then its report."""
    stored = imports_service.get_import(ui.session, import_id)
    job = ui.session.scalars(
        select(Job)
        .where(Job.kind == import_job.SPEC.kind, Job.subject_id == stored.id)
        .order_by(Job.created_at.desc())
    ).first()
    report = ImportReport.model_validate(stored.report) if stored.report else None
    return ui.render(
        "import_job.html",
        title=f"Import of {stored.filename}",
        stored=stored,
        job=job if job is not None and job.status in ("queued", "running") else None,
        failed=job if job is not None and job.status == "failed" else None,
        report=report,
        kind=stored.kind,
    )
