"""Edit forms for candidates, companies and interviews (positions have their own, in
positions.py). They go through the API's schemas and services; errors return to the form."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, ValidationError

from matcha.candidates import service as candidates_service
from matcha.candidates.schemas import CandidateUpdate
from matcha.companies import service as companies_service
from matcha.companies.schemas import CompanyUpdate
from matcha.errors import MatchaError
from matcha.interviews import service as interviews_service
from matcha.interviews.schemas import InterviewUpdate
from matcha.web.forms import field_errors, optional
from matcha.web.routing import ui_router
from matcha.web.session import Ui, UiDep

router = ui_router()


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"
    required: bool = False
    hint: str = ""
    rows: int = 4


CANDIDATE = (
    Field("name", "Name", required=True),
    Field("email", "Email", "email"),
    Field("phone", "Phone", "tel"),
    Field(
        "resume_text",
        "Résumé",
        "textarea",
        required=True,
        rows=16,
        hint="Change it and the profile (skills, years, education) is parsed again.",
    ),
)
COMPANY = (
    Field("name", "Name", required=True),
    Field("industry", "Industry"),
    Field("size", "Size"),
)
INTERVIEW = (
    Field("interviewer_name", "Interviewer"),
    Field("interviewer_role", "Their role"),
    Field("transcript", "Transcript", "textarea", rows=16),
)
REQUIRED = {"name", "resume_text"}
U = TypeVar("U", bound=BaseModel)  # an update schema


def _values(row: object, fields: tuple[Field, ...]) -> dict[str, str]:
    return {f.name: str(getattr(row, f.name) or "") for f in fields}


async def _posted(request: Request) -> dict[str, str]:
    """The form's text fields, read before the (sync) route runs in its thread."""
    form = await request.form()
    return {k: str(v) for k, v in form.items() if isinstance(v, str) and k != "csrf"}


Posted = Annotated[dict[str, str], Depends(_posted)]


def _only(posted: dict[str, str], fields: tuple[Field, ...]) -> dict[str, str]:
    return {f.name: posted.get(f.name, "") for f in fields}


def _page(
    ui: Ui,
    *,
    title: str,
    fields: tuple[Field, ...],
    form: dict[str, str],
    action: str,
    back: str,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    ui.require_writer()
    return ui.render(
        "record_form.html",
        status=status,
        title=title,
        fields=fields,
        form=form,
        action=action,
        back=back,
        errors=errors or {},
    )


def _changes(form: dict[str, str], schema: type[U]) -> U:
    """The form as a PATCH body: blanks clear optional fields (required ones stay as typed)."""
    data: dict[str, Any] = {k: (v if k in REQUIRED else optional(v)) for k, v in form.items()}
    return schema.model_validate(data)


@dataclass(frozen=True)
class Editor(Generic[U]):
    """One kind of record's edit form: its fields, its update schema, where errors go."""

    fields: tuple[Field, ...]
    schema: type[U]
    title: str  # the form's title when a save failed
    field: str  # where an error that names no field shows

    def edit(self, ui: Ui, row: object, *, url: str, title: str) -> Response:
        """The form, filled with what the record holds now."""
        form = _values(row, self.fields)
        return _page(ui, title=title, fields=self.fields, form=form, action=url, back=url)

    def save(
        self, ui: Ui, posted: dict[str, str], *, url: str, update: Callable[[U], object]
    ) -> Response:
        """Apply the posted form through `update`: back to the record, or the form with its
        errors."""
        form = _only(posted, self.fields)
        try:
            update(_changes(form, self.schema))
        except (ValidationError, MatchaError) as exc:
            errors, status = _errors(exc, self.field)
            return _page(
                ui, title=self.title, fields=self.fields, form=form, action=url, back=url,
                errors=errors, status=status,
            )  # fmt: skip
        return RedirectResponse(url, status_code=303)


CANDIDATES = Editor(CANDIDATE, CandidateUpdate, "Edit the candidate", "resume_text")
COMPANIES = Editor(COMPANY, CompanyUpdate, "Edit the company", "name")
INTERVIEWS = Editor(INTERVIEW, InterviewUpdate, "Edit the interview", "transcript")


@router.get("/ui/candidates/{candidate_id}/edit")
def edit_candidate(candidate_id: uuid.UUID, ui: UiDep) -> Response:
    row = candidates_service.get_candidate(ui.session, candidate_id)
    return CANDIDATES.edit(ui, row, url=f"/ui/candidates/{row.id}", title=f"Edit {row.name}")


@router.post("/ui/candidates/{candidate_id}")
def save_candidate(candidate_id: uuid.UUID, ui: UiDep, posted: Posted) -> Response:
    def update(data: CandidateUpdate) -> object:
        return candidates_service.update_candidate(ui.session, candidate_id=candidate_id, data=data)

    return CANDIDATES.save(ui, posted, url=f"/ui/candidates/{candidate_id}", update=update)


@router.post("/ui/candidates/{candidate_id}/reparse")
def reparse_candidate(candidate_id: uuid.UUID, ui: UiDep) -> Response:
    ui.require_writer()
    candidates_service.reparse_candidate(ui.session, candidate_id=candidate_id)
    return RedirectResponse(f"/ui/candidates/{candidate_id}", status_code=303)


@router.get("/ui/companies/{company_id}/edit")
def edit_company(company_id: uuid.UUID, ui: UiDep) -> Response:
    row = companies_service.get_company(ui.session, company_id)
    return COMPANIES.edit(ui, row, url=f"/ui/companies/{row.id}", title=f"Edit {row.name}")


@router.post("/ui/companies/{company_id}")
def save_company(company_id: uuid.UUID, ui: UiDep, posted: Posted) -> Response:
    row = companies_service.get_company(ui.session, company_id)

    def update(data: CompanyUpdate) -> object:
        return companies_service.update_company(ui.session, company=row, data=data)

    return COMPANIES.save(ui, posted, url=f"/ui/companies/{company_id}", update=update)


@router.get("/ui/interviews/{interview_id}/edit")
def edit_interview(interview_id: uuid.UUID, ui: UiDep) -> Response:
    row = interviews_service.get_interview(ui.session, interview_id)
    return INTERVIEWS.edit(ui, row, url=f"/ui/interviews/{row.id}", title="Edit the interview")


@router.post("/ui/interviews/{interview_id}")
def save_interview(interview_id: uuid.UUID, ui: UiDep, posted: Posted) -> Response:
    def update(data: InterviewUpdate) -> object:
        return interviews_service.update_interview(ui.session, interview_id=interview_id, data=data)

    return INTERVIEWS.save(ui, posted, url=f"/ui/interviews/{interview_id}", update=update)


def _errors(exc: ValidationError | MatchaError, default: str) -> tuple[dict[str, str], int]:
    if isinstance(exc, ValidationError):
        return field_errors(exc), 422
    return {str(exc.details.get("field") or default): exc.message}, exc.status_code
