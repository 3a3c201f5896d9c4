"""Importing CSV rows: each through the API's schema, in its own savepoint, so a bad row is
reported (row, field, message) and writes nothing while the good ones are kept. Duplicates
(a known email or résumé, a company's name, a company's position title) are reported with the
existing id, not created again."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from matcha.candidates import service as candidates_service
from matcha.candidates.models import Candidate
from matcha.candidates.schemas import CandidateCreate, CandidateUploadFields
from matcha.companies.models import Company
from matcha.companies.schemas import CompanyCreate
from matcha.config import get_settings
from matcha.db import get_or_404
from matcha.errors import Conflict, InvalidInput, MatchaError, NotFound
from matcha.imports import reader
from matcha.imports.archive import Archive
from matcha.imports.models import ImportFile
from matcha.imports.schemas import ImportKind, ImportReport, RowDuplicate, RowError
from matcha.positions.models import Position
from matcha.positions.schemas import PositionCreate
from matcha.tenancy import Organisation

Progress = Callable[[int, int], None]
BATCH = 200  # rows per commit: savepoints keep each row whole, commits keep the rest cheap
LISTS = ("required_skills", "preferred_skills")


class Duplicate(Exception):
    def __init__(self, existing_id: uuid.UUID, reason: str) -> None:
        super().__init__(reason)
        self.existing_id, self.reason = existing_id, reason


def import_csv(
    session: Session,
    *,
    kind: ImportKind,
    content: bytes,
    archive: bytes | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import every row it can; InvalidInput (nothing written) for a file that can't be read.
    `archive`: a zip holding the résumé files that a candidates CSV names in `resume_file`."""
    records = list(reader.rows(kind, content, max_rows=get_settings().import_max_rows))
    report = ImportReport(kind=kind, rows=len(records))
    importer = _Importer(session, kind, Archive(archive) if archive else None)
    for done, (row, cells) in enumerate(records, start=1):
        savepoint = session.begin_nested()
        try:
            created = importer.add(cells)
            savepoint.commit()
        except Duplicate as dup:
            savepoint.rollback()
            report.duplicates.append(
                RowDuplicate(row=row, existing_id=dup.existing_id, reason=dup.reason)
            )
        except ValidationError as exc:
            savepoint.rollback()
            report.errors.extend(_errors(row, exc))
        except IntegrityError:  # a concurrent writer stored the same row first
            savepoint.rollback()
            report.errors.append(
                RowError(row=row, message="the row conflicts with a stored one", code="conflict")
            )
        except MatchaError as exc:
            savepoint.rollback()
            field = exc.details.get("field")
            report.errors.append(
                RowError(
                    row=row, field=str(field) if field else None, message=exc.message, code=exc.code
                )
            )
        else:
            report.created += 1
            report.created_ids.append(created)
        if done % BATCH == 0 or done == len(records):
            session.commit()
            if progress is not None:
                progress(done, len(records))
    session.commit()
    return report


def count_rows(kind: ImportKind, content: bytes) -> int:
    """The file's data rows; InvalidInput for a file that can't be imported at all."""
    return sum(1 for _ in reader.rows(kind, content, max_rows=get_settings().import_max_rows))


def store_file(
    session: Session,
    *,
    kind: ImportKind,
    filename: str,
    content: bytes,
    archive: bytes | None = None,
) -> ImportFile:
    """Keep a checked file for the import job (flushed: the caller commits it with the job)."""
    if archive:
        Archive(archive)  # a file that is not a zip is refused now, not in the job
    stored = ImportFile(
        archive=archive or None,
        kind=kind,
        filename=filename[:255] or "upload.csv",
        content=content,
        rows=count_rows(kind, content),
    )
    session.add(stored)
    session.flush()
    return stored


def discard_file(session: Session, import_id: uuid.UUID) -> None:
    """Delete an import's uploaded bytes once its job has ended (the report stays)."""
    stored = session.get(ImportFile, import_id)
    if stored is not None:
        stored.content = stored.archive = None
        session.flush()


def get_import(session: Session, import_id: uuid.UUID) -> ImportFile:
    """A stored import (its report once its job has run), or NotFound."""
    return get_or_404(session, ImportFile, import_id, label="import")


def organisation_id(session: Session, ref: str) -> uuid.UUID:
    """The organisation named by `ref`, its name or id (an unscoped session: the CLI's)."""
    query = select(Organisation.id).where(Organisation.name == ref.strip())
    found = list(session.scalars(query))
    with contextlib.suppress(ValueError):  # not an id: a name only
        by_id = select(Organisation.id).where(Organisation.id == uuid.UUID(ref.strip()))
        found += list(session.scalars(by_id))
    if len(set(found)) > 1:
        raise Conflict(f"{len(found)} organisations are called {ref!r}: give its id")
    if not found:
        raise NotFound("organisation", repr(ref))
    return found[0]


def _errors(row: int, exc: ValidationError) -> list[RowError]:
    out = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if not isinstance(p, int)]
        message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        out.append(RowError(row=row, field=loc[0] if loc else None, message=message))
    return out


class _Importer:
    """Adds one row of a kind, remembering what this file already added (its duplicates)."""

    def __init__(self, session: Session, kind: ImportKind, archive: Archive | None) -> None:
        self.session, self.kind, self.archive = session, kind, archive
        self.companies: dict[str, uuid.UUID] | None = None
        self.seen = self._stored()

    def _stored(self) -> dict[tuple[str, str], uuid.UUID]:
        """What is on file already, keyed as duplicates are checked: one query, so each row
        is a lookup, not a scan (emails have no index). Rows a concurrent writer adds meanwhile
        are still caught: a résumé by its unique index (the row fails), a name by nothing."""
        seen: dict[tuple[str, str], uuid.UUID] = {}
        if self.kind == "candidates":
            query = select(Candidate.id, Candidate.email, Candidate.resume_hash)
            for cid, email, digest in self.session.execute(query):
                if email:
                    seen.setdefault(("email", email.casefold()), cid)
                seen[("resume", digest)] = cid
        elif self.kind == "companies":
            for cid, name in self.session.execute(select(Company.id, Company.name)):
                seen.setdefault(("name", name.casefold()), cid)
        else:
            query = select(Position.id, Position.company_id, Position.title)
            for pid, company_id, title in self.session.execute(query):
                seen.setdefault(("title", f"{company_id}:{title.casefold()}"), pid)
        return seen

    def add(self, cells: dict[str, str]) -> uuid.UUID:
        if "__extra__" in cells:
            raise InvalidInput("the row has more cells than the header has columns")
        values = {k: v for k, v in cells.items() if v != ""}
        return {
            "candidates": self._candidate,
            "companies": self._company,
            "positions": self._position,
        }[self.kind](values)

    def _known(self, key: tuple[str, str]) -> None:
        existing = self.seen.get(key)
        if existing is not None:
            raise Duplicate(existing, key[0])

    def _candidate(self, values: dict[str, str]) -> uuid.UUID:
        named = values.pop("resume_file", None)
        if named and "resume_text" not in values:
            if self.archive is None:
                raise InvalidInput(
                    f"{named!r} names a file: upload the zip that holds it",
                    details={"field": "resume_file"},
                )
            values["resume_text"] = self.archive.text_of(named)
        # Without a name, the parser's is used (as for an upload): validate the rest.
        data = CandidateCreate.model_validate({"name": "unnamed", **values})
        name = data.name if "name" in values else None
        text = candidates_service.clean_resume_text(data.resume_text)
        digest = candidates_service.resume_hash(text)
        if data.email:
            email = data.email.casefold()
            self._known(("email", email))
        self._known(("resume", digest))
        fields = CandidateUploadFields(name=name, email=data.email, phone=data.phone)
        candidate = candidates_service.add_parsed(
            self.session, text=text, digest=digest, fields=fields
        )
        if data.email:
            self.seen[("email", data.email.casefold())] = candidate.id
        self.seen[("resume", digest)] = candidate.id
        return candidate.id

    def _company(self, values: dict[str, str]) -> uuid.UUID:
        data = CompanyCreate.model_validate(values)
        name = data.name.casefold()
        self._known(("name", name))
        company = Company(**data.model_dump())
        self.session.add(company)
        self.session.flush()
        self.seen[("name", name)] = company.id
        self.companies = None
        return company.id

    def _position(self, values: dict[str, str]) -> uuid.UUID:
        body: dict[str, Any] = dict(values)
        company = body.pop("company", "")
        body["company_id"] = self._company_id(company)
        for field in LISTS:
            if field in body:
                body[field] = [
                    s.strip() for s in body[field].replace(",", ";").split(";") if s.strip()
                ]
        data = PositionCreate.model_validate(body)
        title = data.title.casefold()
        key = ("title", f"{data.company_id}:{title}")
        self._known(key)
        position = Position(**data.model_dump())
        self.session.add(position)
        self.session.flush()
        self.seen[key] = position.id
        return position.id

    def _company_id(self, ref: str) -> uuid.UUID:
        if self.companies is None:
            rows = self.session.execute(select(Company.id, Company.name)).all()
            self.companies = {str(i): i for i, _ in rows} | {n.casefold(): i for i, n in rows}
        found = self.companies.get(ref.strip().casefold()) if ref.strip() else None
        if found is None:
            raise _company_error(ref)
        return found


def _company_error(ref: str) -> MatchaError:
    if not ref.strip():
        return InvalidInput(
            "company is required: a company's name or id", details={"field": "company"}
        )
    return InvalidInput(
        f"no company is called {ref!r} (import companies first)", details={"field": "company"}
    )
