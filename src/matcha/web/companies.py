"""Companies: the list, a company's page (interviews, culture profile, matches), new ones."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Form, Query, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session

from matcha.accounts.deps import ai_quota
from matcha.ai.schemas import CultureData
from matcha.candidates import service as candidates_service
from matcha.companies import service as companies_service
from matcha.companies.schemas import CompanyCreate
from matcha.culture import service as culture_service
from matcha.errors import MatchaError
from matcha.interviews import service as interviews_service
from matcha.interviews.models import Interview, InterviewType
from matcha.interviews.schemas import InterviewCreate
from matcha.jobs import aggregate_culture, analyze_interview, match_company
from matcha.jobs.engine import records
from matcha.jobs.engine import service as jobs_service
from matcha.matching import service as matching_service
from matcha.pagination import Page
from matcha.positions import service as positions_service
from matcha.system.status import is_operator
from matcha.types import BlankIsNone
from matcha.web import explain, live
from matcha.web.forms import field_errors, optional, query_string
from matcha.web.routing import ui_router
from matcha.web.session import UiDep
from matcha.web.templating import render

router = ui_router()
# What a recruiter reads about a failed analysis: its cause (a missing API key, a provider
# outage) is the operators' to fix, and they see it (here, on /ui/operators and in the log).
UNAVAILABLE = "Analysis is unavailable; an operator has been told."
LIST_LIMIT = 200
MATCHES_SHOWN = 50


@router.get("/ui")
def home() -> Response:
    return RedirectResponse("/ui/companies", status_code=303)


@router.get("/ui/companies")
def companies(
    ui: UiDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    search: Annotated[str, Query(max_length=500)] = "",
    sort: Annotated[companies_service.CompanySort | None, BlankIsNone] = None,
) -> Response:
    return _companies_page(ui, offset, search=search.strip(), sort=sort)


def _companies_page(
    ui: UiDep,
    offset: int = 0,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
    search: str = "",
    sort: companies_service.CompanySort | None = None,
) -> Response:
    totals: list[int] = []
    page = Page(LIST_LIMIT, offset, on_total=lambda _p, total, _n: totals.append(total))
    rows = companies_service.to_public(
        ui.session,
        companies_service.list_companies(ui.session, page=page, search=search, sort=sort),
    )
    return ui.render(
        "companies.html",
        status=status,
        title="Companies",
        companies=rows,
        total=totals[0] if totals else len(rows),
        offset=offset,
        limit=LIST_LIMIT,
        errors=errors or {},
        form=form or {},
        search=search,
        sort=sort or "",
        here=query_string(search=search, sort=sort),
    )


@router.post("/ui/companies")
def create_company(
    ui: UiDep,
    name: Annotated[str, Form()] = "",
    industry: Annotated[str, Form()] = "",
    size: Annotated[str, Form()] = "",
) -> Response:
    ui.require_writer()
    form = {"name": name, "industry": industry, "size": size}
    try:
        data = CompanyCreate(name=name, industry=optional(industry), size=optional(size))
    except ValidationError as exc:
        return _companies_page(ui, status=422, errors=field_errors(exc), form=form)
    company = companies_service.create_company(ui.session, data=data)
    return RedirectResponse(f"/ui/companies/{company.id}", status_code=303)


def _interviews(session: Session, company_id: uuid.UUID) -> list[Interview]:
    page = Page(LIST_LIMIT, 0)
    return list(interviews_service.list_interviews(session, company_id=company_id, page=page))


def interviews_fragment(
    company_id: uuid.UUID, can_write: bool, interviews: list[Interview], operator: bool
) -> str:
    """The company's interviews table (also streamed live as statuses change); a failed
    analysis shows its cause to operators and a plain sentence to everyone else."""
    return render(
        "_interviews.html",
        interviews=interviews,
        company_id=company_id,
        can_write=can_write,
        operator=operator,
        unavailable=UNAVAILABLE,
    )


def _operator(ui: UiDep) -> bool:
    return is_operator(ui.session, ui.principal.org_id, ui.principal.role)


def _company_page(
    ui: UiDep,
    company_id: uuid.UUID,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
) -> Response:
    session = ui.session
    company = companies_service.get_company(session, company_id)
    profile = culture_service.get_profile(session, company_id)
    culture = culture_service.profile_data(session, company_id)
    interviews = _interviews(session, company_id)
    positions = positions_service.list_positions(
        session, page=Page(LIST_LIMIT, 0), company_id=company_id
    )
    jobs = {
        kind: records.active_job(session, kind, company_id)
        for kind in (aggregate_culture.SPEC.kind, match_company.SPEC.kind)
    }
    return ui.render(
        "company.html",
        status=status,
        title=company.name,
        company=company,
        profile=profile,
        culture=culture,
        dimensions=explain.dimensions(
            culture,
            culture_service.dimension_evidence(session, company_id),
            explain.interview_labels(interviews),
        ),
        interviews_html=interviews_fragment(company_id, ui.can_write, interviews, _operator(ui)),
        culture_interviews=sum(i.interview_type == InterviewType.culture for i in interviews),
        analysed_culture=sum(
            i.interview_type == InterviewType.culture and i.raw_culture_data is not None
            for i in interviews
        ),
        matches=matching_service.company_matches(session, company_id, page=Page(MATCHES_SHOWN, 0)),
        positions=positions,
        jobs=jobs,
        errors=errors or {},
        form=form or {"interview_type": "culture"},
        candidate_options=[
            (str(c.id), c.name)
            for c in candidates_service.list_candidates(session, page=Page(LIST_LIMIT, 0))
        ],
        position_options=[(str(p.id), p.title) for p in positions],
    )


@router.get("/ui/companies/{company_id}")
def company(
    company_id: uuid.UUID,
    ui: UiDep,
    candidate_id: uuid.UUID | None = None,
    position_id: uuid.UUID | None = None,
) -> Response:
    """The company; `candidate_id` and `position_id` start a screening interview with them."""
    if candidate_id is None:
        return _company_page(ui, company_id)
    form = {
        "interview_type": "screening",
        "candidate_id": str(candidate_id),
        "position_id": str(position_id or ""),
        "open": "1",
    }
    return _company_page(ui, company_id, form=form)


@router.get("/ui/companies/{company_id}/interviews/live")
def company_interviews_live(
    company_id: uuid.UUID,
    ui: UiDep,
    request: Request,
    timeout: Annotated[float, Query(gt=0, le=live.MAX_TIMEOUT)] = live.TIMEOUT,
) -> Response:
    """The interviews table, re-sent whenever a status changes."""
    companies_service.get_company(ui.session, company_id)  # 404 before the stream starts
    can_write, org_id, operator = ui.can_write, ui.principal.org_id, _operator(ui)
    ui.session.close()
    return live.stream(
        request,
        org_id,
        lambda s: interviews_fragment(company_id, can_write, _interviews(s, company_id), operator),
        timeout=timeout,
    )


@router.post("/ui/companies/{company_id}/interviews")
def add_interview(
    company_id: uuid.UUID,
    ui: UiDep,
    interview_type: Annotated[str, Form()] = "culture",
    interviewer_name: Annotated[str, Form()] = "",
    interviewer_role: Annotated[str, Form()] = "",
    transcript: Annotated[str, Form()] = "",
    candidate_id: Annotated[str, Form()] = "",
    position_id: Annotated[str, Form()] = "",
) -> Response:
    """Add an interview (with whom, for which position); with a transcript it is completed at
    once and its analysis queued."""
    ui.require_writer()
    companies_service.get_company(ui.session, company_id)
    form = {
        "interview_type": interview_type,
        "interviewer_name": interviewer_name,
        "interviewer_role": interviewer_role,
        "transcript": transcript,
        "candidate_id": candidate_id,
        "position_id": position_id,
    }
    try:
        data = InterviewCreate(
            interview_type=interview_type,  # validated here
            interviewer_name=optional(interviewer_name),
            interviewer_role=optional(interviewer_role),
            transcript=optional(transcript),
            candidate_id=optional(candidate_id),
            position_id=optional(position_id),
        )
        if data.transcript is not None:
            ai_quota(ui.principal, ui.session)
        interview = interviews_service.create_interview(
            ui.session, company_id=company_id, data=data
        )
        if data.transcript is not None:
            jobs_service.complete_interview(ui.session, interview.id, transcript=None)
    except ValidationError as exc:
        return _company_page(ui, company_id, status=422, errors=field_errors(exc), form=form)
    except MatchaError as exc:
        field = str(exc.details.get("field", ""))
        errors = {field: exc.message}
        return _company_page(ui, company_id, status=exc.status_code, errors=errors, form=form)
    return RedirectResponse(f"/ui/companies/{company_id}#interviews", status_code=303)


@router.get("/ui/interviews/{interview_id}")
def interview(interview_id: uuid.UUID, ui: UiDep) -> Response:
    """The transcript beside what the analysis found in it."""
    row: Interview = interviews_service.get_interview(ui.session, interview_id)
    company = companies_service.get_company(ui.session, row.company_id)
    culture = CultureData.model_validate(row.raw_culture_data) if row.raw_culture_data else None
    return ui.render(
        "interview.html",
        title=f"{humanize_type(row.interview_type)} interview",
        interview=row,
        company=company,
        dimensions=explain.dimensions(culture),
        culture=culture,
        conversation=row.conversation_analysis,
        screening=row.screening_analysis,
        job=records.active_job(ui.session, analyze_interview.SPEC.kind, row.id),
        operator=_operator(ui),
        unavailable=UNAVAILABLE,
    )


def humanize_type(interview_type: str) -> str:
    return interview_type.replace("_", " ").capitalize()
