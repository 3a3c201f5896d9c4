"""Candidates: the list, the add form (pasted text or an uploaded file), each parsed profile."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import File, Form, Query, Response, UploadFile
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from matcha.ai.schemas import CandidateProfile
from matcha.candidates import service as candidates_service
from matcha.candidates.filters import CandidateFiltersDep
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import CandidateCreate, CandidateUploadFields
from matcha.config import get_settings
from matcha.errors import MatchaError
from matcha.pagination import Page
from matcha.web import pipeline
from matcha.web.forms import field_errors, optional, query_string
from matcha.web.routing import ui_router
from matcha.web.session import Ui, UiDep

router = ui_router()
LIST_LIMIT = 100


SORT_LABELS = {
    "relevance": "Best match (when searching)",
    "-created_at": "Newest first",
    "created_at": "Oldest first",
    "name": "Name A–Z",
    "-name": "Name Z–A",
    "-experience_years": "Most experience",
    "experience_years": "Least experience",
    "-updated_at": "Recently changed",
}


@router.get("/ui/candidates")
def candidates(
    ui: UiDep, filters: CandidateFiltersDep, offset: Annotated[int, Query(ge=0)] = 0
) -> Response:
    totals: list[int] = []
    page = Page(LIST_LIMIT, offset, on_total=lambda _p, total, _n: totals.append(total))
    rows = candidates_service.list_candidates(ui.session, page=page, filters=filters)
    form = {
        "q": filters.q or "",
        "skills": ", ".join(filters.skills),
        "min_experience": _number(filters.min_experience),
        "max_experience": _number(filters.max_experience),
        "education": filters.education or "",
        "sort": filters.sort or "",
    }
    return ui.render(
        "candidates.html",
        title="Candidates",
        candidates=rows,
        total=totals[0] if totals else len(rows),
        offset=offset,
        limit=LIST_LIMIT,
        form=form,
        filtered=filters.active,
        sorts=SORT_LABELS,
        here=query_string(**form),
    )


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _form_page(
    ui: Ui,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
    existing_id: str | None = None,
) -> Response:
    return ui.render(
        "candidate_new.html",
        status=status,
        title="Add a candidate",
        errors=errors or {},
        form=form or {},
        existing_id=existing_id,
        max_upload_mib=get_settings().max_upload_bytes / 1024 / 1024,
    )


@router.get("/ui/candidates/new")
def new_candidate(ui: UiDep) -> Response:
    ui.require_writer()
    return _form_page(ui)


def _create(ui: Ui, form: dict[str, str], upload: UploadFile | None) -> Candidate:
    """From the uploaded file when there is one, else from the pasted text."""
    name, email, phone = (optional(form[k]) for k in ("name", "email", "phone"))
    if upload is not None and upload.filename:
        limit = get_settings().max_upload_bytes
        content = upload.file.read(limit + 1)
        fields = CandidateUploadFields(name=name, email=email, phone=phone)
        return candidates_service.create_candidate_from_file(
            ui.session, filename=upload.filename, content=content, fields=fields
        )
    data = CandidateCreate(
        name=name or "",
        email=email,
        phone=phone,
        resume_text=form["resume_text"],
    )
    return candidates_service.create_candidate(ui.session, data=data)


@router.post("/ui/candidates")
def create_candidate(
    ui: UiDep,
    name: Annotated[str, Form()] = "",
    email: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    resume_text: Annotated[str, Form()] = "",
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Parse the résumé into a profile; errors come back on the form, next to the field."""
    ui.require_writer()
    form = {"name": name, "email": email, "phone": phone, "resume_text": resume_text}
    has_file = file is not None and bool(file.filename)
    if not has_file and not resume_text.strip():
        errors = {"resume_text": "Paste the résumé's text, or choose a file to upload."}
        return _form_page(ui, status=422, errors=errors, form=form)
    try:
        candidate = _create(ui, form, file)
    except ValidationError as exc:
        errors = field_errors(exc)
        if "name" in errors:
            errors["name"] = "Enter the candidate's name (or upload a file to read it from)."
        return _form_page(ui, status=422, errors=errors, form=form)
    except MatchaError as exc:
        field = "file" if has_file else str(exc.details.get("field", "resume_text"))
        existing = exc.details.get("existing_id")
        return _form_page(
            ui,
            status=exc.status_code,
            errors={field: exc.message},
            form=form,
            existing_id=str(existing) if existing else None,
        )
    return RedirectResponse(f"/ui/candidates/{candidate.id}", status_code=303)


@router.get("/ui/candidates/{candidate_id}")
def candidate(candidate_id: uuid.UUID, ui: UiDep) -> Response:
    """The parsed profile: skills, experience, education, work history and work style."""
    row = candidates_service.get_candidate(ui.session, candidate_id)
    try:
        profile = CandidateProfile.model_validate(row.parsed_data or {})
    except ValidationError:  # parsed by an older parser: show what the columns hold
        profile = CandidateProfile(skills=list(row.skills), experience_years=row.experience_years)
    return ui.render(
        "candidate.html",
        title=row.name,
        candidate=row,
        profile=profile,
        **pipeline.candidate_context(ui, candidate_id),
    )
