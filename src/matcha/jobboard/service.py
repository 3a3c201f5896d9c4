"""The job board's reads (only opted-in, active positions of one organisation) and the apply
flow: find the candidate by email or add them from their résumé, then queue this position's
match for them. Applicants learn nothing about other applicants, or whether they were known."""

from __future__ import annotations

import re
import unicodedata
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcha import jobport
from matcha.candidates import service as candidates_service
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import CandidateCreate, CandidateUploadFields
from matcha.companies.models import Company
from matcha.errors import Conflict, InvalidInput, NotFound
from matcha.jobboard.schemas import Application, Board, BoardPosition
from matcha.positions.models import Position
from matcha.tenancy import Organisation

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """ "Acme Recruiting Ltd." -> "acme-recruiting-ltd"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_WORD.sub("-", ascii_name.casefold()).strip("-") or "org"


def find_organisation(session: Session, slug: str) -> Organisation:
    """The organisation whose name slugifies to `slug`, or whose id it is; NotFound otherwise,
    and for a slug two organisations share (they use their id)."""
    with_slug = [o for o in session.scalars(select(Organisation)) if slugify(o.name) == slug]
    if len(with_slug) == 1:
        return with_slug[0]
    try:
        found = session.get(Organisation, uuid.UUID(slug))
    except ValueError:
        found = None
    if found is None:
        raise NotFound("job board", slug)
    return found


def slug_of(session: Session, org: Organisation) -> str:
    """The board's address: the name's slug, or the id when another organisation shares it."""
    slug = slugify(org.name)
    same = [o for o in session.scalars(select(Organisation.name)) if slugify(o) == slug]
    return slug if len(same) == 1 else str(org.id)


def _listed() -> object:
    return (
        select(Position, Company.name)
        .join(Company, Company.id == Position.company_id)
        .where(Position.show_on_job_board.is_(True), Position.status == "active")
    )


def board(session: Session, org: Organisation) -> Board:
    """The organisation's listed positions, newest first (`session` scoped to it)."""
    query = _listed().order_by(Position.created_at.desc())  # type: ignore[attr-defined]
    positions = [_public(p, company) for p, company in session.execute(query)]
    return Board(organisation=org.name, slug=slug_of(session, org), positions=positions)


def listed_position(session: Session, position_id: uuid.UUID) -> BoardPosition:
    """One listed position; NotFound for any other (unlisted, closed, draft, unknown)."""
    row = session.execute(_listed().where(Position.id == position_id)).first()  # type: ignore[attr-defined]
    if row is None:
        raise NotFound("position", position_id)
    return _public(*row)


def apply(
    session: Session,
    *,
    position_id: uuid.UUID,
    form: Application,
    resume_file: tuple[str, bytes] | None,
) -> uuid.UUID | None:
    """Record an application; the candidate's id, or None for a bot (honeypot filled)."""
    listed_position(session, position_id)
    if form.website:
        return None
    email = form.email.casefold()
    candidate_id = session.scalar(select(Candidate.id).where(func.lower(Candidate.email) == email))
    if candidate_id is None:
        candidate_id = _add(session, form, resume_file)
    jobport.jobs().match_applicant(session, position_id, candidate_id)
    return candidate_id


def _add(session: Session, form: Application, resume_file: tuple[str, bytes] | None) -> uuid.UUID:
    fields = CandidateUploadFields(name=form.name, email=form.email, phone=form.phone)
    try:
        if resume_file is not None and resume_file[1]:
            filename, content = resume_file
            return candidates_service.create_candidate_from_file(
                session, filename=filename, content=content, fields=fields
            ).id
        if not (form.resume_text or "").strip():
            raise InvalidInput(
                "attach your résumé, or paste its text", details={"field": "resume_text"}
            )
        data = CandidateCreate(
            name=form.name, email=form.email, phone=form.phone, resume_text=form.resume_text or ""
        )
        return candidates_service.create_candidate(session, data=data).id
    except Conflict as exc:  # the same résumé is on file (under another email): that person
        existing = exc.details.get("existing_id")
        if existing is None:
            raise
        return uuid.UUID(str(existing))


def _public(position: Position, company: str) -> BoardPosition:
    return BoardPosition.model_validate(
        {
            **{f: getattr(position, f) for f in BoardPosition.model_fields if f != "company"},
            "company": company,
        }
    )
