"""The hiring pipeline in the UI: the board on a position's page, adding from the ranking,
moving and rejecting, notes, and what a candidate's page shows of it."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Form, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from matcha.applications import notes as notes_service
from matcha.applications import public
from matcha.applications import service as applications_service
from matcha.applications.models import CLOSED, OPEN, PIPELINE, RejectionReason, Stage
from matcha.applications.schemas import (
    ApplicationBulkCreate,
    ApplicationCreate,
    ApplicationMove,
    ApplicationPublic,
    NoteCreate,
)
from matcha.errors import InvalidInput
from matcha.matching import service as matching_service
from matcha.matching.schemas import PositionMatchPublic
from matcha.pagination import Page
from matcha.web.forms import field_errors, optional
from matcha.web.routing import safe_next, ui_router
from matcha.web.session import Ui, UiDep

router = ui_router()
BOARD_LIMIT = 500
MAX_TOP = 50
REASONS = [
    ("skills", "Skills"),
    ("experience", "Experience"),
    ("culture", "Culture fit"),
    ("compensation", "Compensation"),
    ("screening", "Screening result"),
    ("position_filled", "Position filled"),
    ("no_response", "No response"),
    ("other", "Other"),
]
assert [r for r, _ in REASONS] == [r.value for r in RejectionReason]


def board(
    ui: Ui, position_id: uuid.UUID, matches: list[PositionMatchPublic], selected: uuid.UUID | None
) -> dict[str, Any]:
    """What the position page needs for its pipeline board and the side panel."""
    session = ui.session
    rows = applications_service.list_applications(
        session, position_id=position_id, page=Page(BOARD_LIMIT, 0)
    )
    apps = public.public(session, rows)
    columns = {stage.value: [a for a in apps if a.stage == stage] for stage in (*PIPELINE, *CLOSED)}
    panel = next((a for a in apps if a.id == selected), None)
    return {
        "columns": columns,
        "pipeline_stages": [s.value for s in PIPELINE],
        "all_stages": [s.value for s in Stage],
        "open_stages": [s.value for s in OPEN],
        "reasons": REASONS,
        "matches": applications_service.with_stages(session, position_id, matches),
        "panel": panel,
        "panel_notes": (
            notes_service.application_notes(session, application_id=panel.id, page=Page(200, 0))
            if panel
            else []
        ),
    }


def _to_board(app: ApplicationPublic | Any, *, panel: bool = True) -> Response:
    target = f"/ui/positions/{app.position_id}"
    if panel:
        target += f"?application={app.id}#app-panel"
    else:
        target += "#pipeline"
    return RedirectResponse(target, status_code=303)


def _stage(value: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        raise InvalidInput(f"there is no stage {value!r}", details={"field": "stage"}) from None


def _move_data(stage: str, reason: str, note: str) -> ApplicationMove:
    try:
        return ApplicationMove.model_validate(
            {"stage": _stage(stage), "reason": optional(reason), "note": optional(note)}
        )
    except ValidationError as exc:
        problems = "; ".join(f"{k or 'form'}: {v}" for k, v in field_errors(exc).items())
        raise InvalidInput(problems) from None


@router.post("/ui/positions/{position_id}/applications")
def add(
    position_id: uuid.UUID,
    ui: UiDep,
    candidate_id: Annotated[uuid.UUID, Form()],
    stage: Annotated[str, Form()] = "applied",
    reason: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> Response:
    """Add one candidate from the ranking (or reject them straight from it)."""
    ui.require_writer()
    move = _move_data(stage, reason, note)
    data = ApplicationCreate(
        candidate_id=candidate_id,
        stage=move.stage,
        reason=move.reason,
        note=move.note,
        source="ranking",
    )
    actor = applications_service.actor_of(ui.session, ui.principal.user_id)
    app = applications_service.create_application(
        ui.session, position_id=position_id, data=data, actor=actor
    )
    return RedirectResponse(f"/ui/positions/{app.position_id}#pipeline", status_code=303)


@router.post("/ui/positions/{position_id}/applications/top")
def add_top(
    position_id: uuid.UUID, ui: UiDep, count: Annotated[int, Form(ge=1, le=MAX_TOP)] = 3
) -> Response:
    """Add the best `count` of the ranking to the pipeline (those in it already stay)."""
    ui.require_writer()
    ranked = matching_service.position_matches(ui.session, position_id, page=Page(count, 0))
    if not ranked:
        raise InvalidInput("there is no ranking yet: run “Match candidates” first")
    data = ApplicationBulkCreate(candidate_ids=[m.candidate_id for m in ranked], source="ranking")
    actor = applications_service.actor_of(ui.session, ui.principal.user_id)
    result = applications_service.bulk_create(
        ui.session, position_id=position_id, data=data, actor=actor
    )
    existing = sum(r.status == "exists" for r in result.results)
    return RedirectResponse(
        f"/ui/positions/{position_id}?added={result.created}&existing={existing}#pipeline",
        status_code=303,
    )


@router.post("/ui/applications/{application_id}/move")
def move(
    application_id: uuid.UUID,
    ui: UiDep,
    stage: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> Response:
    """Move a card to another stage (back too), or reject it with a reason."""
    ui.require_writer()
    actor = applications_service.actor_of(ui.session, ui.principal.user_id)
    app = applications_service.move(
        ui.session, application_id=application_id, data=_move_data(stage, reason, note), actor=actor
    )
    return _to_board(app)


def _note(body: str) -> str:
    try:
        return NoteCreate(body=body).body
    except ValidationError:
        raise InvalidInput("write the note first (up to 5,000 characters)") from None


@router.post("/ui/applications/{application_id}/notes")
def add_application_note(
    application_id: uuid.UUID, ui: UiDep, body: Annotated[str, Form()] = ""
) -> Response:
    ui.require_writer()
    actor = applications_service.actor_of(ui.session, ui.principal.user_id)
    notes_service.add_application_note(
        ui.session, application_id=application_id, body=_note(body), author=actor
    )
    return _to_board(applications_service.get_application(ui.session, application_id))


@router.post("/ui/candidates/{candidate_id}/notes")
def add_candidate_note(
    candidate_id: uuid.UUID, ui: UiDep, body: Annotated[str, Form()] = ""
) -> Response:
    ui.require_writer()
    actor = applications_service.actor_of(ui.session, ui.principal.user_id)
    notes_service.add_candidate_note(
        ui.session, candidate_id=candidate_id, body=_note(body), author=actor
    )
    return RedirectResponse(f"/ui/candidates/{candidate_id}#notes", status_code=303)


@router.post("/ui/notes/{note_id}/delete")
def delete_note(note_id: uuid.UUID, ui: UiDep, back: Annotated[str, Form()] = "") -> Response:
    """Delete a note of one's own, then back to the page it was on."""
    ui.require_writer()
    actor = applications_service.actor_of(ui.session, ui.principal.user_id)
    note = notes_service.delete_note(ui.session, note_id=note_id, author=actor)
    target = (safe_next(back) or f"/ui/candidates/{note.candidate_id}") + "#notes"
    return RedirectResponse(target, status_code=303)


def candidate_context(ui: Ui, candidate_id: uuid.UUID) -> dict[str, Any]:
    """What the candidate's page shows of the pipeline: applications, interviews, notes."""
    session = ui.session
    return {
        "applications": public.public(
            session, applications_service.for_candidate(session, candidate_id)
        ),
        "interviews": public.interviews_of(session, candidate_id),
        "notes": notes_service.candidate_notes(
            session, candidate_id=candidate_id, page=Page(200, 0)
        ),
    }
