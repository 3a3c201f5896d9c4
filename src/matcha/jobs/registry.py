"""Each job kind: how to check it up front, how to run it, and where it is queued."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.imports.models import ImportFile
from matcha.interviews.models import Interview
from matcha.jobs import (
    aggregate_culture,
    analyze_interview,
    import_csv,
    match_company,
    match_position,
)
from matcha.jobs.common import Progress
from matcha.jobs.models import JobKind
from matcha.positions.models import Position
from matcha.tenancy import OrgOwned

INTERACTIVE_QUEUE = "matcha.interactive"
BULK_QUEUE = "matcha.bulk"


class JobResult(Protocol):
    def summary(self) -> dict[str, Any]: ...


def _ids(params: dict[str, Any]) -> list[uuid.UUID] | None:
    ids = params.get("candidate_ids")
    return [uuid.UUID(str(i)) for i in ids] if ids is not None else None


def _ignore_failure(_session: Session, _subject_id: uuid.UUID, _reason: str) -> None:
    """Jobs without a domain status of their own need nothing done when they fail."""


@dataclass(frozen=True)
class JobSpec:
    kind: JobKind
    subject: type[OrgOwned]  # the model the job's subject id names
    queue: str
    check: Callable[[Session, uuid.UUID, dict[str, Any]], object]
    run: Callable[[Session, uuid.UUID, dict[str, Any], Progress], JobResult]
    soft_limit: float  # seconds: the job stops itself at its next progress report
    hard_limit: float  # seconds: the sweeper fails it and fences out its late writes
    on_failure: Callable[[Session, uuid.UUID, str], None] = _ignore_failure

    @property
    def task_name(self) -> str:
        """The stable Celery task name for this kind."""
        return f"matcha.{self.kind.value}"


def longest_hard_limit() -> float:
    """The Redis visibility timeout must exceed this (see config)."""
    return max(spec.hard_limit for spec in JOBS.values())


# Celery's time limits need the prefork pool; matcha runs threads, so the limits live here and
# are enforced through the job row (see runner and sweeper). Matching makes one model call per
# candidate, hence its hour.
JOBS: dict[JobKind, JobSpec] = {
    JobKind.analyze_interview: JobSpec(
        kind=JobKind.analyze_interview,
        subject=Interview,
        queue=INTERACTIVE_QUEUE,
        check=lambda s, sid, _p: analyze_interview.check(s, sid),
        run=lambda s, sid, _p, progress: analyze_interview.analyze_interview(
            s, sid, progress=progress
        ),
        soft_limit=240,
        hard_limit=300,
        on_failure=analyze_interview.mark_failed,
    ),
    JobKind.aggregate_culture: JobSpec(
        kind=JobKind.aggregate_culture,
        subject=Company,
        queue=BULK_QUEUE,
        check=lambda s, sid, _p: aggregate_culture.check(s, sid),
        run=lambda s, sid, _p, progress: aggregate_culture.aggregate_culture(
            s, sid, progress=progress
        ),
        soft_limit=240,
        hard_limit=300,
    ),
    JobKind.match_company: JobSpec(
        kind=JobKind.match_company,
        subject=Company,
        queue=BULK_QUEUE,
        check=lambda s, sid, p: match_company.check(s, sid, _ids(p)),
        run=lambda s, sid, p, progress: match_company.match_company(
            s, sid, candidate_ids=_ids(p), progress=progress
        ),
        soft_limit=3300,
        hard_limit=3600,
    ),
    JobKind.match_position: JobSpec(
        kind=JobKind.match_position,
        subject=Position,
        queue=BULK_QUEUE,
        check=lambda s, sid, p: match_position.check(s, sid, _ids(p)),
        run=lambda s, sid, p, progress: match_position.match_position(
            s, sid, candidate_ids=_ids(p), progress=progress
        ),
        soft_limit=3300,
        hard_limit=3600,
    ),
    JobKind.import_csv: JobSpec(
        kind=JobKind.import_csv,
        subject=ImportFile,
        queue=BULK_QUEUE,
        check=lambda s, sid, _p: import_csv.check(s, sid),
        run=lambda s, sid, _p, progress: import_csv.import_csv(s, sid, progress=progress),
        soft_limit=3300,
        hard_limit=3600,
    ),
}
