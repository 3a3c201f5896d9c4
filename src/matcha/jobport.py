"""What domain code asks of the jobs engine, which it may not import (the jobs import the
domain): which queued or running jobs work on some rows, removing what the jobs made of an
erased candidate (their match results, their id in job rows), and queueing the match of a job
board applicant.

The engine answers through a `JobsPort` it plugs in once at start (`matcha.jobs.port.plug()`:
the API's create_app and the tests do), as the worker plugs in the broker. A process that asks
without one gets an error rather than a delete no job guarded."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ActiveJob:
    """A queued or running job, as a refusal names it."""

    id: uuid.UUID
    kind: str
    status: str


@dataclass(frozen=True)
class Scrubbed:
    """What the jobs had made of an erased candidate, now gone."""

    culture_matches: int  # match results against a company's culture
    position_matches: int  # match results against a position
    jobs: int  # job rows whose parameters or results named them


class JobsPort(Protocol):
    def active_on(self, session: Session, subject_ids: Iterable[uuid.UUID]) -> list[ActiveJob]:
        """Queued or running jobs whose subject is one of these ids, oldest first."""
        ...

    def active_within_company(self, session: Session, company_id: uuid.UUID) -> list[ActiveJob]:
        """Queued or running jobs on the company or on anything of it (its interviews, ...)."""
        ...

    def scoring(self, session: Session, candidate_id: uuid.UUID) -> list[ActiveJob]:
        """Queued or running matching jobs that score this candidate, oldest first."""
        ...

    def scrub_candidate(self, session: Session, candidate_id: uuid.UUID) -> Scrubbed:
        """Delete the candidate's match results and take their id out of jobs' parameters and
        results (no commit)."""
        ...

    def match_applicant(
        self, session: Session, position_id: uuid.UUID, candidate_id: uuid.UUID
    ) -> None:
        """Queue the position's match for one candidate (commits)."""
        ...


_plugged: list[JobsPort] = []


def plug(port: JobsPort) -> None:
    """Answer this process's questions to the jobs engine through `port` from now on."""
    _plugged[:] = [port]


def jobs() -> JobsPort:
    """The plugged-in port; RuntimeError when the process plugged none in at start."""
    if not _plugged:
        raise RuntimeError("no jobs engine plugged in: call matcha.jobs.port.plug() at start")
    return _plugged[0]
