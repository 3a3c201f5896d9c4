"""What a job module declares about itself: one `JobSpec` naming its functions and limits."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from matcha.jobs.common import Progress
from matcha.tenancy import OrgOwned

INTERACTIVE_QUEUE = "matcha.interactive"
BULK_QUEUE = "matcha.bulk"
Params = dict[str, Any]  # what a job row keeps besides its subject (JSON), e.g. candidate ids


class JobResult(Protocol):
    """What a job returns (a pydantic model): its JSON, and the summary its job row keeps."""

    def model_dump(self, *, mode: str = "python") -> dict[str, Any]: ...

    def summary(self) -> dict[str, Any]: ...


def ignore_failure(_session: Session, _subject_id: uuid.UUID, _reason: str) -> None:
    """Jobs without a domain status of their own need nothing done when they fail."""


@dataclass(frozen=True)
class JobSpec:
    """One AI job: every shell (route, task, command, page) is derived from this.

    Celery's time limits need the prefork pool; matcha runs threads, so the limits live here and
    are enforced through the job row (see engine/runner and engine/sweeper).
    """

    kind: str  # the stable name: the Celery task is `matcha.<kind>`, the command `<kind>` dashed
    subject: type[OrgOwned]  # the model the job's subject id names
    queue: str
    accept: Callable[[Session, uuid.UUID, Params], object]  # a clear error now, or it may run
    run: Callable[[Session, uuid.UUID, Params, Progress], JobResult]
    # POST it to run the job now, POST `<route>/async` to queue it; None: no routes of its own
    # (a route of its own queues it, as the CSV upload does) and no CLI command
    route: str | None
    tag: str  # its group in the API docs
    provider_methods: tuple[str, ...]  # what it asks of an AIProvider: every provider has them
    gone: str  # the failure message when its subject is deleted while it runs
    soft_limit: float  # seconds: the job stops itself at its next progress report
    hard_limit: float  # seconds: the sweeper fails it and fences out its late writes
    scores_candidates: bool = False  # takes `candidate_ids` (all candidates when absent)
    on_failure: Callable[[Session, uuid.UUID, str], None] = ignore_failure
    noun: str = ""  # how people name its subject, when not its model's name ("import")

    @property
    def task_name(self) -> str:
        """The stable Celery task name for this kind."""
        return f"matcha.{self.kind}"

    @property
    def subject_noun(self) -> str:
        """How messages name the subject ("interview", "company", "position")."""
        return self.noun or self.subject.__name__.lower()

    @property
    def description(self) -> str:
        """The first line of the job function's docstring (the CLI's help, for one)."""
        return (self.run.__doc__ or self.kind).strip().splitlines()[0]
