"""The public job board's pages: no login; an organisation's listed positions and an apply
form (with a honeypot), answered by a plain confirmation."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import File, Form, Request, Response, UploadFile
from pydantic import ValidationError

from matcha.deps import DbDep
from matcha.errors import MatchaError
from matcha.jobboard import service
from matcha.jobboard.router import board_session, limit_applications, read_resume
from matcha.jobboard.schemas import Application
from matcha.web.forms import field_errors, optional
from matcha.web.routing import ui_router
from matcha.web.templating import render_page

router = ui_router()


@router.get("/jobs/{org_slug}")
def board(org_slug: str, request: Request, db: DbDep) -> Response:
    session = board_session(org_slug, db)
    listing = service.board(session, service.find_organisation(session, org_slug))
    title = f"Jobs at {listing.organisation}"
    return render_page(request, "jobs.html", ui=None, title=title, board=listing)


def _position_page(
    request: Request,
    db: DbDep,
    org_slug: str,
    position_id: uuid.UUID,
    *,
    form: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    session = board_session(org_slug, db)
    position = service.listed_position(session, position_id)
    org = service.find_organisation(session, org_slug)
    return render_page(
        request,
        "job.html",
        status=status,
        ui=None,
        title=f"{position.title} at {position.company}",
        position=position,
        org=org.name,
        slug=org_slug,
        form=form or {},
        errors=errors or {},
    )


@router.get("/jobs/{org_slug}/{position_id}")
def position(org_slug: str, position_id: uuid.UUID, request: Request, db: DbDep) -> Response:
    return _position_page(request, db, org_slug, position_id)


@router.post("/jobs/{org_slug}/{position_id}")
def apply(
    org_slug: str,
    position_id: uuid.UUID,
    request: Request,
    db: DbDep,
    name: Annotated[str, Form()] = "",
    email: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    resume_text: Annotated[str, Form()] = "",
    cover_note: Annotated[str, Form()] = "",
    website: Annotated[str, Form()] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Apply; errors come back on the form, success is the same plain page for everyone."""
    form = {
        "name": name,
        "email": email,
        "phone": phone,
        "resume_text": resume_text,
        "cover_note": cover_note,
    }
    session = board_session(org_slug, db)
    title = service.listed_position(session, position_id).title
    session.rollback()
    limit_applications(session, request, position_id)
    try:
        data = Application(
            name=name,
            email=email,
            phone=optional(phone),
            resume_text=resume_text,
            cover_note=optional(cover_note),
            website=optional(website),
        )
        service.apply(session, position_id=position_id, form=data, resume_file=read_resume(file))
    except ValidationError as exc:
        return _position_page(
            request, db, org_slug, position_id, form=form, errors=field_errors(exc), status=422
        )
    except MatchaError as exc:
        if exc.status_code == 429:
            raise
        fallback = "file" if file is not None and file.filename else "resume_text"
        field = str(exc.details.get("field") or fallback)
        return _position_page(
            request, db, org_slug, position_id, form=form, errors={field: exc.message},
            status=exc.status_code,
        )  # fmt: skip
    return render_page(
        request, "applied.html", ui=None, title="Application received", job=title, slug=org_slug
    )
