"""The HTTP routes that run or queue jobs. The AI jobs' are built from the registry: for each
job, POST `<route>` runs it now and answers its result, POST `<route>/async` queues it (202 and
the job to follow). Interviews also end with `/complete`, and their analysis answers with the
interview itself. A CSV upload is imported at once when small and queued as a job when large."""

# No `from __future__ import annotations`: FastAPI reads the annotations of the handlers built
# below at run time, and they name a type made in the function that builds them.

import uuid
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, File, Path, Response, UploadFile, status
from pydantic import BaseModel, ConfigDict

from matcha.accounts.deps import AIQuota, SessionDep
from matcha.config import get_settings
from matcha.db import get_or_404
from matcha.errors import PayloadTooLarge
from matcha.imports import service as imports_service
from matcha.imports.schemas import ImportKind, ImportReport
from matcha.interviews.models import Interview
from matcha.interviews.schemas import InterviewAnalyzed
from matcha.jobs import analyze_interview as interview_job
from matcha.jobs import import_csv as import_job
from matcha.jobs.engine import service as jobs_service
from matcha.jobs.engine.http import accepted
from matcha.jobs.engine.runner import run_sync
from matcha.jobs.engine.schemas import JobAccepted
from matcha.jobs.registry import SPECS
from matcha.jobs.spec import JobSpec, Params
from matcha.matching.schemas import MatchRequest

router = APIRouter()


class CompleteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    transcript: str | None = None


def _params(body: MatchRequest | None) -> Params:
    if body is None or body.candidate_ids is None:
        return {}
    return {"candidate_ids": [str(i) for i in dict.fromkeys(body.candidate_ids)]}


def _now(
    session: SessionDep, spec: JobSpec, subject_id: uuid.UUID, params: Params
) -> dict[str, Any]:
    return run_sync(session, spec.kind, subject_id, params).model_dump(mode="json")


def _queue(
    session: SessionDep, spec: JobSpec, subject_id: uuid.UUID, params: Params, response: Response
) -> JobAccepted:
    job, created = jobs_service.enqueue(session, spec.kind, subject_id, params)
    return accepted(job, created, response)


def _add(spec: JobSpec, route: str, *, sync: bool) -> None:
    """The job's two routes (or only `/async`), named `<kind>` and `<kind>_async`."""
    subject = Annotated[uuid.UUID, Path(alias=f"{spec.subject_noun}_id")]
    if spec.scores_candidates:

        def run_scoring(
            subject_id: subject, session: SessionDep, body: MatchRequest | None = None
        ) -> dict[str, Any]:
            return _now(session, spec, subject_id, _params(body))

        def queue_scoring(
            subject_id: subject,
            session: SessionDep,
            response: Response,
            body: MatchRequest | None = None,
        ) -> JobAccepted:
            return _queue(session, spec, subject_id, _params(body), response)

        _post(spec, route, queue_scoring, run_scoring if sync else None)
        return

    def run_plain(subject_id: subject, session: SessionDep) -> dict[str, Any]:
        return _now(session, spec, subject_id, {})

    def queue_plain(subject_id: subject, session: SessionDep, response: Response) -> JobAccepted:
        return _queue(session, spec, subject_id, {}, response)

    _post(spec, route, queue_plain, run_plain if sync else None)


def _post(
    spec: JobSpec, route: str, queue: Callable[..., Any], run_now: Callable[..., Any] | None
) -> None:
    queued = f"{route}/async"
    if run_now is not None:
        router.post(
            route,
            name=spec.kind,
            description=f"{spec.description} Now: the answer is its result.",
            tags=[spec.tag],
            dependencies=[AIQuota],
        )(run_now)
    router.post(
        queued,
        name=f"{spec.kind}_async",
        description=f"{spec.description} Queued: follow the job at the returned Location.",
        status_code=status.HTTP_202_ACCEPTED,
        response_model=JobAccepted,
        tags=[spec.tag],
        dependencies=[AIQuota],
    )(queue)


@router.post(
    interview_job.ROUTE,
    response_model=InterviewAnalyzed,
    dependencies=[AIQuota],
    tags=[interview_job.SPEC.tag],
)
def analyze_interview(interview_id: uuid.UUID, session: SessionDep) -> InterviewAnalyzed:
    """Analyse the transcript now and return the interview with its analysis (repeated at the
    top level, as the original frontend reads it)."""
    run_sync(session, interview_job.SPEC.kind, interview_id, {})
    interview = get_or_404(session, Interview, interview_id, label="interview")
    session.refresh(interview)
    return InterviewAnalyzed.of(interview)


@router.post(
    "/interviews/{interview_id}/complete",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=JobAccepted,
    dependencies=[AIQuota],
    tags=[interview_job.SPEC.tag],
)
def complete_interview(
    interview_id: uuid.UUID,
    session: SessionDep,
    response: Response,
    body: Annotated[CompleteRequest | None, Body()] = None,
) -> JobAccepted:
    """End the interview: it becomes `analyzing` and its analysis is queued."""
    transcript = body.transcript if body is not None else None
    job, created = jobs_service.complete_interview(session, interview_id, transcript=transcript)
    return accepted(job, created, response)


def _read(upload: UploadFile) -> bytes:
    limit = get_settings().max_body_bytes
    content = upload.file.read(limit + 1)
    if len(content) > limit:
        raise PayloadTooLarge(f"the file is larger than {limit} bytes", details={"limit": limit})
    return content


@router.post(
    "/import/{kind}",
    tags=["import"],
    responses={202: {"model": JobAccepted, "description": "A large file: queued as a job"}},
)
def import_csv(
    kind: ImportKind,
    file: Annotated[UploadFile, File(description="A CSV file with the template's columns")],
    session: SessionDep,
    response: Response,
    archive: Annotated[
        UploadFile | None, File(description="Candidates: a zip of the files `resume_file` names")
    ] = None,
) -> ImportReport | JobAccepted:
    """Import every good row; the report lists each bad row (row, field, message) and each
    duplicate (with the existing id). A file of more than MATCHA_IMPORT_SYNC_ROWS rows is
    queued instead: 202 with the job (its subject is the import; GET /api/imports/{id} has
    the whole report when it is done). A file that can't be read is 422 and writes nothing."""
    content = _read(file)
    zipped = _read(archive) if archive is not None and archive.filename else None
    if imports_service.count_rows(kind, content) <= get_settings().import_sync_rows:
        return imports_service.import_csv(session, kind=kind, content=content, archive=zipped)
    stored = imports_service.store_file(
        session, kind=kind, filename=file.filename or "", content=content, archive=zipped
    )
    job, created = jobs_service.enqueue(session, import_job.SPEC.kind, stored.id, {})
    response.status_code = status.HTTP_202_ACCEPTED
    return accepted(job, created, response)


for _spec in SPECS:
    if _spec.route is not None:
        _add(_spec, _spec.route, sync=_spec is not interview_job.SPEC)
