"""The list of specs is the one place that knows the jobs: every kind in it is wired everywhere
(a Celery task under its name, a CLI command, both API routes, a page for its subject, and a
method in every provider for each call it makes)."""

from __future__ import annotations

import pytest
import typer

from matcha.ai.embedded.provider import EmbeddedProvider
from matcha.ai.llm.gemini import GeminiProvider
from matcha.ai.llm.openai import OpenAIProvider
from matcha.ai.provider import AIProvider
from matcha.cli.main import app as cli
from matcha.jobs.registry import JOBS, SPECS, JobKind
from matcha.jobs.spec import JobSpec
from matcha.main import create_app
from matcha.web.operators import SUBJECT_PAGES
from matcha.worker import tasks
from matcha.worker.celery_app import app as celery
from tests.fakes import FakeProvider

PROVIDERS = [AIProvider, EmbeddedProvider, GeminiProvider, OpenAIProvider, FakeProvider]
each_job = pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.kind)
# Jobs with routes of their own (the CSV import is queued by its upload route and command).
each_routed_job = pytest.mark.parametrize(
    "spec", [s for s in SPECS if s.route is not None], ids=lambda spec: spec.kind
)


def test_the_kinds_are_those_of_the_specs() -> None:
    assert [k.value for k in JobKind] == [spec.kind for spec in SPECS] == list(JOBS)


@each_job
def test_its_task_is_registered_under_its_name(spec: JobSpec) -> None:
    assert spec.task_name in celery.tasks
    assert tasks.TASKS[spec.kind].name == spec.task_name


@each_routed_job
def test_it_has_a_cli_command(spec: JobSpec) -> None:
    commands = typer.main.get_command(cli).commands  # type: ignore[attr-defined]
    assert spec.kind.replace("_", "-") in commands


@each_routed_job
def test_it_has_its_two_routes(spec: JobSpec) -> None:
    paths = create_app(background=False).openapi()["paths"]
    for path in (f"/api{spec.route}", f"/api{spec.route}/async"):
        assert "post" in paths.get(path, {}), path


@each_job
def test_its_subject_has_a_page(spec: JobSpec) -> None:
    assert spec.subject in SUBJECT_PAGES


@each_job
@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.__name__)
def test_every_provider_has_what_it_calls(spec: JobSpec, provider: type) -> None:
    for method in spec.provider_methods:
        assert callable(getattr(provider, method, None)), f"{provider.__name__}.{method}"
