"""Positions: the list, create and edit forms, and each position's ranked matches."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, get_args

from fastapi import Depends, Query, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from matcha.companies import service as companies_service
from matcha.errors import MatchaError
from matcha.jobboard import service as jobboard_service
from matcha.jobs import match_position
from matcha.jobs.engine import records
from matcha.matching import service as matching_service
from matcha.pagination import Page
from matcha.positions import service as positions_service
from matcha.positions.listing import PositionFilters, PositionSort
from matcha.positions.models import Position
from matcha.positions.schemas import (
    ExperienceLevel,
    PositionCreate,
    PositionStatus,
    PositionUpdate,
    RemotePolicy,
)
from matcha.tenancy import Organisation
from matcha.types import BlankIsNone
from matcha.web import pipeline
from matcha.web.forms import field_errors, items, optional, query_string
from matcha.web.routing import ui_router
from matcha.web.session import Ui, UiDep

router = ui_router()
LIST_LIMIT = 100
MATCHES_SHOWN = 50
TEXT_FIELDS = ("title", "description", "location", "department")
CHOICE_FIELDS = ("experience_level", "remote_policy", "employment_type")
NUMBER_FIELDS = ("min_years", "max_years", "salary_min", "salary_max")
SKILL_FIELDS = ("required_skills", "preferred_skills")  # commas or lines
LINE_FIELDS = ("requirements", "responsibilities")  # one a line (they may hold commas)
FIELDS = (
    "company_id",
    *TEXT_FIELDS,
    *CHOICE_FIELDS,
    *NUMBER_FIELDS,
    *SKILL_FIELDS,
    *LINE_FIELDS,
    "status",
    "show_on_job_board",
)


def form_values(position: Position) -> dict[str, str]:
    """A stored position as the edit form shows it."""
    out: dict[str, str] = {}
    for field in FIELDS:
        value = getattr(position, field)
        if isinstance(value, bool):
            out[field] = "on" if value else ""
        elif isinstance(value, list):
            out[field] = "\n".join(str(v) for v in value)
        elif isinstance(value, float) and value.is_integer():
            out[field] = str(int(value))
        else:
            out[field] = "" if value is None else str(value)
    return out


def parsed(form: dict[str, str]) -> dict[str, Any]:
    """Form text as the schema's fields: blanks are None, lists split by line (or comma)."""
    data: dict[str, Any] = {
        field: optional(form.get(field)) for field in (*TEXT_FIELDS, *CHOICE_FIELDS)
    }
    data.update({field: optional(form.get(field)) for field in NUMBER_FIELDS})
    data.update({field: items(form.get(field)) for field in SKILL_FIELDS})
    data.update({field: items(form.get(field), commas=False) for field in LINE_FIELDS})
    data["title"] = (form.get("title") or "").strip()
    data["status"] = form.get("status") or "active"
    data["show_on_job_board"] = form.get("show_on_job_board") == "on"
    return data


async def _posted(request: Request) -> dict[str, str]:
    """The position form's fields as text (read once, before the sync route runs)."""
    posted = await request.form()
    return {field: str(posted.get(field) or "") for field in FIELDS}


PostedForm = Annotated[dict[str, str], Depends(_posted)]


SORT_LABELS = {
    "-created_at": "Newest first",
    "created_at": "Oldest first",
    "title": "Title A–Z",
    "-title": "Title Z–A",
    "experience_level": "Level",
    "min_years": "Fewest years asked",
    "-min_years": "Most years asked",
    "status": "Status",
}


@router.get("/ui/positions")
def positions(
    ui: UiDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    company_id: Annotated[uuid.UUID | None, BlankIsNone] = None,
    status: Annotated[PositionStatus | None, BlankIsNone] = None,
    experience_level: Annotated[ExperienceLevel | None, BlankIsNone] = None,
    remote_policy: Annotated[RemotePolicy | None, BlankIsNone] = None,
    search: Annotated[str, Query(max_length=500)] = "",
    sort: Annotated[PositionSort | None, BlankIsNone] = None,
) -> Response:
    totals: list[int] = []
    page = Page(LIST_LIMIT, offset, on_total=lambda _p, total, _n: totals.append(total))
    filters = PositionFilters(
        company_id=company_id,
        status=status,
        experience_level=experience_level,
        remote_policy=remote_policy,
        search=search.strip() or None,
        sort=sort,
    )
    rows = positions_service.list_positions(ui.session, page=page, filters=filters)
    companies = _company_names(ui)
    form = {
        "company_id": str(company_id or ""),
        "status": status or "",
        "experience_level": experience_level or "",
        "remote_policy": remote_policy or "",
        "search": search.strip(),
        "sort": sort or "",
    }
    return ui.render(
        "positions.html",
        title="Positions",
        positions=rows,
        companies=companies,
        company_id=company_id,
        total=totals[0] if totals else len(rows),
        offset=offset,
        limit=LIST_LIMIT,
        form=form,
        filtered=filters.active,
        sorts=SORT_LABELS,
        choices={
            "status": get_args(PositionStatus),
            "experience_level": get_args(ExperienceLevel),
            "remote_policy": get_args(RemotePolicy),
        },
        here=query_string(**form),
    )


def _company_names(ui: Ui) -> dict[uuid.UUID, str]:
    rows = companies_service.list_companies(ui.session, page=Page(500, 0))
    return {c.id: c.name for c in rows}


def _form_page(
    ui: Ui,
    *,
    position: Position | None,
    form: dict[str, str],
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    title = f"Edit {position.title}" if position else "New position"
    return ui.render(
        "position_form.html",
        status=status,
        title=title,
        position=position,
        companies=_company_names(ui),
        form=form,
        errors=errors or {},
    )


@router.get("/ui/positions/new")
def new_position(ui: UiDep, company_id: uuid.UUID | None = None) -> Response:
    ui.require_writer()
    form = dict.fromkeys(FIELDS, "") | {"status": "active"}
    form["company_id"] = str(company_id or "")
    return _form_page(ui, position=None, form=form)


def _rejected(
    ui: Ui, position: Position | None, form: dict[str, str], exc: ValidationError | MatchaError
) -> Response:
    """The form again, with the error next to the field it is about."""
    if isinstance(exc, ValidationError):
        return _form_page(ui, position=position, form=form, errors=field_errors(exc), status=422)
    errors = {str(exc.details.get("field", "")): exc.message}
    return _form_page(ui, position=position, form=form, errors=errors, status=exc.status_code)


@router.post("/ui/positions")
def create_position(ui: UiDep, form: PostedForm) -> Response:
    ui.require_writer()
    try:
        if not form["company_id"]:
            return _form_page(
                ui, position=None, form=form, errors={"company_id": "Choose a company."}, status=422
            )
        data = PositionCreate.model_validate({**parsed(form), "company_id": form["company_id"]})
        position = positions_service.create_position(ui.session, data=data)
    except (ValidationError, MatchaError) as exc:
        return _rejected(ui, None, form, exc)
    return RedirectResponse(f"/ui/positions/{position.id}", status_code=303)


@router.get("/ui/positions/{position_id}/edit")
def edit_position(position_id: uuid.UUID, ui: UiDep) -> Response:
    ui.require_writer()
    position = positions_service.get_position(ui.session, position_id)
    return _form_page(ui, position=position, form=form_values(position))


@router.post("/ui/positions/{position_id}")
def update_position(position_id: uuid.UUID, ui: UiDep, form: PostedForm) -> Response:
    ui.require_writer()
    position = positions_service.get_position(ui.session, position_id)
    form["company_id"] = str(position.company_id)
    try:
        data = PositionUpdate.model_validate(parsed(form))
        positions_service.update_position(ui.session, position_id=position_id, data=data)
    except (ValidationError, MatchaError) as exc:
        return _rejected(ui, position, form, exc)
    return RedirectResponse(f"/ui/positions/{position_id}", status_code=303)


@router.get("/ui/positions/{position_id}")
def position(
    position_id: uuid.UUID,
    ui: UiDep,
    application: uuid.UUID | None = None,
    added: Annotated[int | None, Query(ge=0)] = None,
    existing: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """The position, its pipeline board (and one application's panel), a button that runs
    matching, and the ranked matches with each candidate's stage."""
    row = positions_service.get_position(ui.session, position_id)
    company = companies_service.get_company(ui.session, row.company_id)
    matches = matching_service.position_matches(
        ui.session, position_id, page=Page(MATCHES_SHOWN, 0)
    )
    return ui.render(
        "position.html",
        title=row.title,
        position=row,
        company=company,
        job=records.active_job(ui.session, match_position.SPEC.kind, position_id),
        added=added,
        existing=existing,
        **pipeline.board(ui, position_id, list(matches), application),
        board_url=_board_url(ui, row),
    )


def _board_url(ui: Ui, row: Position) -> str | None:
    """Where the public sees this position, if it is listed."""
    if not (row.show_on_job_board and row.status == "active"):
        return None
    org = ui.session.get(Organisation, ui.principal.org_id)
    return f"/jobs/{jobboard_service.slug_of(ui.session, org)}/{row.id}" if org else None
