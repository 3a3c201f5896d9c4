"""The job board's JSON, for a site that embeds it: no token, only listed positions."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile, status
from sqlalchemy.orm import Session

from matcha import ratelimit
from matcha.config import get_settings
from matcha.deps import DbDep, client_address
from matcha.errors import PayloadTooLarge
from matcha.jobboard import service
from matcha.jobboard.schemas import Application, Board, BoardPosition, Received
from matcha.tenancy import scope

router = APIRouter(prefix="/public", tags=["job board"])


def board_session(org_slug: str, db: DbDep) -> Session:
    """The request's session, confined to the board's organisation (404 for an unknown one)."""
    return scope(db, service.find_organisation(db, org_slug).id)


def limit_applications(session: Session, request: Request, position_id: uuid.UUID) -> None:
    """Per client address and per position, before anything is read or written."""
    settings = get_settings()
    window = settings.apply_window_seconds
    ratelimit.limit(
        session,
        "apply-address",
        client_address(request),
        allowed=settings.apply_per_address,
        seconds=window,
        what="applications from this address",
    )
    ratelimit.limit(
        session,
        "apply-position",
        str(position_id),
        allowed=settings.apply_per_position,
        seconds=window,
        what="applications to this position",
    )


def read_resume(file: UploadFile | None) -> tuple[str, bytes] | None:
    """The uploaded résumé, at most the upload limit (413 past it)."""
    if file is None or not file.filename:
        return None
    limit = get_settings().max_upload_bytes
    content = file.file.read(limit + 1)
    if len(content) > limit:
        raise PayloadTooLarge(f"the résumé is larger than {limit} bytes", details={"limit": limit})
    return file.filename, content


@router.get("/{org_slug}/positions")
def listed(org_slug: str, db: DbDep) -> Board:
    """The organisation's open positions that are on its job board."""
    session = board_session(org_slug, db)
    return service.board(session, service.find_organisation(session, org_slug))


@router.get("/{org_slug}/positions/{position_id}")
def position(org_slug: str, position_id: uuid.UUID, db: DbDep) -> BoardPosition:
    return service.listed_position(board_session(org_slug, db), position_id)


@router.post("/{org_slug}/positions/{position_id}/apply", status_code=status.HTTP_202_ACCEPTED)
def apply(
    org_slug: str,
    position_id: uuid.UUID,
    request: Request,
    db: DbDep,
    form: Annotated[Application, Form()],
    file: Annotated[UploadFile | None, File(description="A .txt, .md, .pdf or .docx")] = None,
) -> Received:
    """Apply with a résumé file or its text; the match for this position is queued. The answer
    is the same for a new applicant and a known one."""
    session = board_session(org_slug, db)
    service.listed_position(session, position_id)
    session.rollback()
    limit_applications(session, request, position_id)
    service.apply(session, position_id=position_id, form=form, resume_file=read_resume(file))
    return Received()
