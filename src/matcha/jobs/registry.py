"""The list of AI jobs: the one place that knows the kinds. Tasks, commands, pages and tests
are derived from it; a new job is one module with a `SPEC` and one line here."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from matcha.jobs import (
    aggregate_culture,
    analyze_interview,
    import_csv,
    match_company,
    match_position,
)
from matcha.jobs.spec import BULK_QUEUE, INTERACTIVE_QUEUE, JobResult, JobSpec

SPECS: tuple[JobSpec, ...] = (
    analyze_interview.SPEC,
    aggregate_culture.SPEC,
    match_company.SPEC,
    match_position.SPEC,
    import_csv.SPEC,
)
JOBS: dict[str, JobSpec] = {spec.kind: spec for spec in SPECS}

if TYPE_CHECKING:
    JobKind = str
else:  # an enum of the kinds above, so the API validates `?kind=` and documents its values
    JobKind = StrEnum("JobKind", [(spec.kind, spec.kind) for spec in SPECS])


def longest_hard_limit() -> float:
    """The Redis visibility timeout must exceed this (see config)."""
    return max(spec.hard_limit for spec in SPECS)


__all__ = ["BULK_QUEUE", "INTERACTIVE_QUEUE", "JOBS", "SPECS", "JobKind", "JobResult", "JobSpec"]
