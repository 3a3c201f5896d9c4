"""HTTP routes for applications (a position's pipeline) and notes."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status
from sqlalchemy.orm import Session

from matcha.accounts.deps import PrincipalDep, SessionDep
from matcha.accounts.service import Principal
from matcha.applications import notes, public, service
from matcha.applications.models import Note, Stage
from matcha.applications.schemas import (
    ApplicationBulkCreate,
    ApplicationCreate,
    ApplicationMove,
    ApplicationPublic,
    BulkResult,
    NoteCreate,
    NotePublic,
)
from matcha.deps import PageDep

router = APIRouter(tags=["applications"])


def _actor(session: Session, principal: Principal) -> service.Actor:
    return service.actor_of(session, principal.user_id)


@router.post(
    "/positions/{position_id}/applications",
    status_code=status.HTTP_201_CREATED,
    response_model=ApplicationPublic,
)
def create_application(
    position_id: uuid.UUID, data: ApplicationCreate, session: SessionDep, who: PrincipalDep
) -> ApplicationPublic:
    """Add a candidate to the pipeline; 409 with `existing_id` if they are in it already."""
    app = service.create_application(
        session, position_id=position_id, data=data, actor=_actor(session, who)
    )
    return public.one(session, app)


@router.post("/positions/{position_id}/applications/bulk")
def bulk_create(
    position_id: uuid.UUID, data: ApplicationBulkCreate, session: SessionDep, who: PrincipalDep
) -> BulkResult:
    """Add several candidates (such as the top N of the ranking); a result per id."""
    return service.bulk_create(
        session, position_id=position_id, data=data, actor=_actor(session, who)
    )


@router.get("/positions/{position_id}/applications", response_model=list[ApplicationPublic])
def list_applications(
    position_id: uuid.UUID, session: SessionDep, page: PageDep, stage: Stage | None = None
) -> list[ApplicationPublic]:
    rows = service.list_applications(session, position_id=position_id, page=page, stage=stage)
    return public.public(session, rows)


@router.get("/applications/{application_id}", response_model=ApplicationPublic)
def get_application(application_id: uuid.UUID, session: SessionDep) -> ApplicationPublic:
    return public.one(session, service.get_application(session, application_id))


@router.patch("/applications/{application_id}", response_model=ApplicationPublic)
def move_application(
    application_id: uuid.UUID, data: ApplicationMove, session: SessionDep, who: PrincipalDep
) -> ApplicationPublic:
    """Move to another stage; `rejected` needs a `reason` from the list."""
    app = service.move(
        session, application_id=application_id, data=data, actor=_actor(session, who)
    )
    return public.one(session, app)


@router.delete("/applications/{application_id}", response_model=ApplicationPublic)
def withdraw_application(
    application_id: uuid.UUID, session: SessionDep, who: PrincipalDep
) -> ApplicationPublic:
    """Withdraw: the application moves to `withdrawn`, and its history stays."""
    app = service.withdraw(session, application_id=application_id, actor=_actor(session, who))
    return public.one(session, app)


@router.post(
    "/applications/{application_id}/notes",
    status_code=status.HTTP_201_CREATED,
    response_model=NotePublic,
)
def add_application_note(
    application_id: uuid.UUID, data: NoteCreate, session: SessionDep, who: PrincipalDep
) -> Note:
    return notes.add_application_note(
        session, application_id=application_id, body=data.body, author=_actor(session, who)
    )


@router.get("/applications/{application_id}/notes", response_model=list[NotePublic])
def application_notes(application_id: uuid.UUID, session: SessionDep, page: PageDep) -> list[Note]:
    return list(notes.application_notes(session, application_id=application_id, page=page))


@router.post(
    "/candidates/{candidate_id}/notes",
    status_code=status.HTTP_201_CREATED,
    response_model=NotePublic,
)
def add_candidate_note(
    candidate_id: uuid.UUID, data: NoteCreate, session: SessionDep, who: PrincipalDep
) -> Note:
    return notes.add_candidate_note(
        session, candidate_id=candidate_id, body=data.body, author=_actor(session, who)
    )


@router.get("/candidates/{candidate_id}/notes", response_model=list[NotePublic])
def candidate_notes(candidate_id: uuid.UUID, session: SessionDep, page: PageDep) -> list[Note]:
    """Every note about the candidate, their applications' included."""
    return list(notes.candidate_notes(session, candidate_id=candidate_id, page=page))


@router.delete("/notes/{note_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_note(note_id: uuid.UUID, session: SessionDep, who: PrincipalDep) -> Response:
    """Delete a note you wrote (403 for anyone else's)."""
    notes.delete_note(session, note_id=note_id, author=_actor(session, who))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
