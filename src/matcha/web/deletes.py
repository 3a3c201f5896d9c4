"""Deleting from the UI: a confirmation page that says what goes, then the delete itself.
A row a job is working on is refused with the API's 409, naming the job."""

from __future__ import annotations

import uuid

from fastapi import Response
from fastapi.responses import RedirectResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha.applications import erasure
from matcha.applications.models import Application, Note
from matcha.candidates import service as candidates_service
from matcha.companies import service as companies_service
from matcha.interviews import service as interviews_service
from matcha.interviews.models import Interview
from matcha.matching.models import MatchResult, PositionMatchResult
from matcha.positions import service as positions_service
from matcha.positions.models import Position
from matcha.web.routing import ui_router
from matcha.web.session import Ui, UiDep

router = ui_router()


def _count(session: Session, model: type, **where: uuid.UUID) -> int:
    query = select(func.count()).select_from(model)
    for column, value in where.items():
        query = query.where(getattr(model, column) == value)
    return session.scalar(query) or 0


def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def _confirm(ui: Ui, what: str, consequences: list[str], action: str, back: str) -> Response:
    ui.require_writer()
    return ui.render(
        "confirm_delete.html",
        title=f"Delete {what}?",
        what=what,
        consequences=consequences,
        action=action,
        back=back,
    )


@router.get("/ui/candidates/{candidate_id}/delete")
def confirm_candidate(candidate_id: uuid.UUID, ui: UiDep) -> Response:
    row = candidates_service.get_candidate(ui.session, candidate_id)
    counts = erasure.count_traces(ui.session, row.id)
    culture = _count(ui.session, MatchResult, candidate_id=row.id)
    positions = _count(ui.session, PositionMatchResult, candidate_id=row.id)
    lines = [
        f"{row.name}: their résumé text and parsed profile",
        f"{_plural(culture, 'culture match', 'culture matches')} and "
        f"{_plural(positions, 'position match', 'position matches')}",
        f"{_plural(counts[Application], 'application')} (with their stage history) and "
        f"{_plural(counts[Note], 'note')} about them",
        "their id in finished jobs' parameters and results, and in import reports",
    ]
    if counts[Interview]:
        lines.append(
            f"{_plural(counts[Interview], 'interview')} with them stay, no longer naming them"
            " (delete them from the company's page if they must go too)"
        )
    url = f"/ui/candidates/{row.id}"
    return _confirm(ui, f"candidate {row.name}", lines, f"{url}/delete", url)


@router.post("/ui/candidates/{candidate_id}/delete")
def delete_candidate(candidate_id: uuid.UUID, ui: UiDep) -> Response:
    ui.require_writer()
    erased = erasure.erase_candidate(ui.session, candidate_id=candidate_id)
    return ui.render("erased.html", title=f"{erased.name} was erased", erased=erased)


@router.get("/ui/companies/{company_id}/delete")
def confirm_company(company_id: uuid.UUID, ui: UiDep) -> Response:
    row = companies_service.get_company(ui.session, company_id)
    interviews = _count(ui.session, Interview, company_id=row.id)
    positions = _count(ui.session, Position, company_id=row.id)
    lines = [
        f"{row.name}, its culture profile and its culture matches",
        f"{_plural(interviews, 'interview')} with their transcripts and analyses",
        f"{_plural(positions, 'position')} with their ranked matches",
    ]
    url = f"/ui/companies/{row.id}"
    return _confirm(ui, f"company {row.name}", lines, f"{url}/delete", url)


@router.post("/ui/companies/{company_id}/delete")
def delete_company(company_id: uuid.UUID, ui: UiDep) -> Response:
    ui.require_writer()
    row = companies_service.get_company(ui.session, company_id)
    companies_service.delete_company(ui.session, company=row)
    return RedirectResponse("/ui/companies", status_code=303)


@router.get("/ui/positions/{position_id}/delete")
def confirm_position(position_id: uuid.UUID, ui: UiDep) -> Response:
    row = positions_service.get_position(ui.session, position_id)
    matches = _count(ui.session, PositionMatchResult, position_id=row.id)
    lines = [f"the position {row.title}", _plural(matches, "ranked match", "ranked matches")]
    url = f"/ui/positions/{row.id}"
    return _confirm(ui, f"position {row.title}", lines, f"{url}/delete", url)


@router.post("/ui/positions/{position_id}/delete")
def delete_position(position_id: uuid.UUID, ui: UiDep) -> Response:
    ui.require_writer()
    positions_service.delete_position(ui.session, position_id=position_id)
    return RedirectResponse("/ui/positions", status_code=303)


@router.get("/ui/interviews/{interview_id}/delete")
def confirm_interview(interview_id: uuid.UUID, ui: UiDep) -> Response:
    row = interviews_service.get_interview(ui.session, interview_id)
    lines = [
        "the interview, its transcript and its analysis",
        "the company's culture profile keeps what it learned from it until it is aggregated again",
    ]
    url = f"/ui/interviews/{row.id}"
    return _confirm(ui, "this interview", lines, f"{url}/delete", url)


@router.post("/ui/interviews/{interview_id}/delete")
def delete_interview(interview_id: uuid.UUID, ui: UiDep) -> Response:
    ui.require_writer()
    row = interviews_service.get_interview(ui.session, interview_id)
    interviews_service.delete_interview(ui.session, interview_id=interview_id)
    return RedirectResponse(f"/ui/companies/{row.company_id}", status_code=303)
