"""Candidates: from résumé text or files, parsed into a profile; read, list, edit, re-parse."""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from matcha.ai.embedded.resume import parse_resume
from matcha.candidates import erasure, files, listing
from matcha.candidates.bounds import Budget, BulkBudgetSpent
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import (
    BulkUploadResult,
    CandidateCreate,
    CandidatePublic,
    CandidateUpdate,
    CandidateUploadFields,
    UploadError,
)
from matcha.config import get_settings
from matcha.db import get_or_404
from matcha.errors import Conflict, InvalidInput, MatchaError, NotFound, PayloadTooLarge
from matcha.pagination import Page

MAX_BULK_FILES = 50
_ALLOWED_CONTROLS = frozenset("\n\r\t")
_SPACES = re.compile(r"\s+")


def clean_resume_text(text: str) -> str:
    """Résumé text stripped, or InvalidInput if empty, too long or holding control bytes."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInput("resume_text is empty", details={"field": "resume_text"})
    limit = get_settings().max_transcript_chars
    if len(cleaned) > limit:
        raise InvalidInput(
            f"resume_text has {len(cleaned)} characters; the limit is {limit}",
            details={"field": "resume_text", "limit": limit},
        )
    if any(c not in _ALLOWED_CONTROLS and unicodedata.category(c) in ("Cc", "Cs") for c in cleaned):
        raise InvalidInput(
            "resume_text contains control characters", details={"field": "resume_text"}
        )
    return cleaned


def resume_hash(text: str) -> str:
    """sha256 of the résumé with case, Unicode forms and whitespace normalised away."""
    normalised = _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def create_candidate(session: Session, *, data: CandidateCreate) -> Candidate:
    """Add a candidate from résumé text; Conflict (with `existing_id`) for a known résumé."""
    text = clean_resume_text(data.resume_text)
    fields = CandidateUploadFields(name=data.name, email=data.email, phone=data.phone)
    return _create(session, text=text, fields=fields, fallback_name="Unnamed candidate")


def create_candidate_from_file(
    session: Session,
    *,
    filename: str,
    content: bytes,
    fields: CandidateUploadFields | None = None,
    deadline: float | None = None,
) -> Candidate:
    """Add a candidate from an uploaded résumé file (.txt, .md, .pdf or .docx); `deadline`
    (monotonic) shortens the time its parsing may take, as a bulk upload's budget does."""
    limit = get_settings().max_upload_bytes
    if len(content) > limit:
        raise PayloadTooLarge(
            f"{filename}: the file is larger than {limit} bytes",
            details={"filename": filename, "limit": limit},
        )
    budget = Budget.for_file(filename, deadline=deadline)
    text = clean_resume_text(files.extract_text(filename, content, budget=budget))
    fallback = files.stem_of(filename) or "Unnamed candidate"
    return _create(
        session, text=text, fields=fields or CandidateUploadFields(), fallback_name=fallback
    )


def bulk_create_from_files(
    session: Session, *, uploads: Sequence[tuple[str, bytes]]
) -> BulkUploadResult:
    """Add a candidate per file; a file that fails is reported and does not stop the others.
    All files share one parsing budget; those left when it is spent are reported, not read."""
    if len(uploads) > MAX_BULK_FILES:
        raise InvalidInput(
            f"{len(uploads)} files sent; the limit is {MAX_BULK_FILES} per request",
            details={"limit": MAX_BULK_FILES},
        )
    seconds = get_settings().bulk_parse_seconds
    deadline = time.monotonic() + seconds
    result = BulkUploadResult()
    for filename, content in uploads:
        try:
            if time.monotonic() > deadline:
                raise BulkBudgetSpent(
                    f"{filename}: not read: this upload spent its {seconds:g} s of parsing; "
                    "send the remaining files in another request",
                    details={"filename": filename, "limit_seconds": seconds},
                )
            candidate = create_candidate_from_file(
                session, filename=filename, content=content, deadline=deadline
            )
        except MatchaError as exc:
            existing = exc.details.get("existing_id")
            result.errors.append(
                UploadError(
                    filename=filename,
                    detail=exc.message,
                    code=exc.code,
                    existing_id=uuid.UUID(str(existing)) if existing else None,
                )
            )
        else:
            result.created.append(CandidatePublic.model_validate(candidate))
    return result


def get_candidate(session: Session, candidate_id: uuid.UUID) -> Candidate:
    """The candidate with this id, or NotFound."""
    return get_or_404(session, Candidate, candidate_id, label="candidate")


def list_candidates(
    session: Session,
    *,
    page: Page,
    skill: str | None = None,
    filters: listing.CandidateFilters | None = None,
) -> Sequence[Candidate]:
    """One page of candidates (see `listing`); `skill` is the older one-skill filter."""
    if skill is not None and skill.strip():
        base = filters or listing.CandidateFilters()
        filters = replace(base, skills=[*base.skills, skill.strip()])
    return listing.list_candidates(session, page=page, filters=filters)


def list_candidates_by_ids(session: Session, ids: list[uuid.UUID] | None) -> list[Candidate]:
    """These candidates in the order asked (None: all, oldest first); NotFound for an unknown id."""
    if ids is None:
        query = select(Candidate).order_by(Candidate.created_at, Candidate.id)
        return list(session.scalars(query))
    unique = list(dict.fromkeys(ids))
    found = {c.id: c for c in session.scalars(select(Candidate).where(Candidate.id.in_(unique)))}
    for cid in unique:
        if cid not in found:
            raise NotFound("candidate", cid)
    return [found[cid] for cid in unique]


def update_candidate(
    session: Session, *, candidate_id: uuid.UUID, data: CandidateUpdate
) -> Candidate:
    """Change the fields sent; a changed résumé is parsed again (Conflict if another candidate
    already has it). Names, emails and phones the caller set are kept over the parser's."""
    candidate = get_candidate(session, candidate_id)
    changes = data.model_dump(exclude_unset=True)
    text = changes.pop("resume_text", None)
    for field, value in changes.items():
        setattr(candidate, field, value)
    if text is not None:
        text = clean_resume_text(text)
        if text != candidate.resume_text:
            digest = resume_hash(text)
            _refuse_duplicate(session, digest, other_than=candidate.id)
            candidate.resume_text, candidate.resume_hash = text, digest
            _apply_profile(candidate)
    session.commit()
    return candidate


def reparse_candidate(session: Session, *, candidate_id: uuid.UUID) -> Candidate:
    """Parse the stored résumé again (after editing it, or with a newer parser)."""
    candidate = get_candidate(session, candidate_id)
    _apply_profile(candidate)
    session.commit()
    return candidate


def delete_candidate(session: Session, *, candidate_id: uuid.UUID) -> erasure.Erased:
    """Erase a candidate and every trace of them (see `erasure`)."""
    return erasure.erase_candidate(session, candidate_id=candidate_id)


def _apply_profile(candidate: Candidate) -> None:
    profile = parse_resume(candidate.resume_text)
    candidate.skills = list(profile.skills)
    candidate.experience_years = float(profile.experience_years)
    candidate.education = [e.model_dump(mode="json") for e in profile.education]
    candidate.parsed_data = profile.model_dump(mode="json")


def _create(
    session: Session, *, text: str, fields: CandidateUploadFields, fallback_name: str
) -> Candidate:
    digest = resume_hash(text)
    _refuse_duplicate(session, digest)
    candidate = add_parsed(
        session, text=text, digest=digest, fields=fields, fallback_name=fallback_name
    )
    try:
        session.commit()
    except IntegrityError:
        # Another request stored the same résumé between our check and our insert.
        session.rollback()
        _refuse_duplicate(session, digest)
        raise
    return candidate


def add_parsed(
    session: Session,
    *,
    text: str,
    digest: str,
    fields: CandidateUploadFields,
    fallback_name: str = "Unnamed candidate",
) -> Candidate:
    """Parse a checked résumé and add (flush, not commit) its candidate; the caller has made
    sure the résumé is new. Fields the caller gives win over what the parser found."""
    profile = parse_resume(text)
    candidate = Candidate(
        name=fields.name or _fit(profile.name, 200) or fallback_name,
        email=fields.email or _fit(profile.email, 320),
        phone=fields.phone or _fit(profile.phone, 50),
        resume_text=text,
        resume_hash=digest,
        skills=list(profile.skills),
        experience_years=float(profile.experience_years),
        education=[e.model_dump(mode="json") for e in profile.education],
        parsed_data=profile.model_dump(mode="json"),
    )
    session.add(candidate)
    session.flush()
    return candidate


def _refuse_duplicate(
    session: Session, digest: str, *, other_than: uuid.UUID | None = None
) -> None:
    query = select(Candidate.id).where(Candidate.resume_hash == digest)
    if other_than is not None:
        query = query.where(Candidate.id != other_than)
    existing = session.scalar(query)
    if existing is not None:
        raise Conflict(
            f"this résumé is already on file as candidate {existing}",
            details={"existing_id": str(existing)},
        )


def _fit(value: str | None, max_length: int) -> str | None:
    """A parsed value if it is usable in a column of this width; parsers can over-capture."""
    if value is None:
        return None
    value = files.sanitize(value).strip()
    return value if 0 < len(value) <= max_length and "\n" not in value else None
