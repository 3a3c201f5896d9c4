"""Notes on candidates and on their applications: written by recruiters, deleted by their
author only."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcha.applications.models import Note
from matcha.applications.service import Actor, get_application
from matcha.candidates.models import Candidate
from matcha.db import get_or_404
from matcha.errors import Forbidden
from matcha.pagination import Page


def add_candidate_note(
    session: Session, *, candidate_id: uuid.UUID, body: str, author: Actor
) -> Note:
    """A note about the candidate."""
    get_or_404(session, Candidate, candidate_id, label="candidate")
    return _add(session, Note(candidate_id=candidate_id, body=body), author)


def add_application_note(
    session: Session, *, application_id: uuid.UUID, body: str, author: Actor
) -> Note:
    """A note about the candidate's application to one position."""
    app = get_application(session, application_id)
    note = Note(candidate_id=app.candidate_id, application_id=app.id, body=body)
    return _add(session, note, author)


def candidate_notes(session: Session, *, candidate_id: uuid.UUID, page: Page) -> Sequence[Note]:
    """Every note about the candidate, their applications' included, newest first."""
    get_or_404(session, Candidate, candidate_id, label="candidate")
    query = select(Note).where(Note.candidate_id == candidate_id)
    return page.fetch(session, query.order_by(Note.created_at.desc(), Note.id))


def application_notes(session: Session, *, application_id: uuid.UUID, page: Page) -> Sequence[Note]:
    """The notes about one application, newest first."""
    get_application(session, application_id)
    query = select(Note).where(Note.application_id == application_id)
    return page.fetch(session, query.order_by(Note.created_at.desc(), Note.id))


def delete_note(session: Session, *, note_id: uuid.UUID, author: Actor) -> Note:
    """Delete a note; Forbidden unless the caller wrote it."""
    note = get_or_404(session, Note, note_id, label="note")
    if note.author_id is None or note.author_id != author.user_id:
        raise Forbidden("only a note's author can delete it")
    session.delete(note)
    session.commit()
    return note


def _add(session: Session, note: Note, author: Actor) -> Note:
    note.author_id, note.author = author.user_id, author.label
    session.add(note)
    session.commit()
    return note
