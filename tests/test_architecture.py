"""Import boundaries: each process loads only what it uses (memory is a budget on small boxes)."""

from __future__ import annotations

import subprocess
import sys

import pytest

SERVICES_AND_JOBS = [
    "matcha.companies.service",
    "matcha.interviews.service",
    "matcha.candidates.service",
    "matcha.positions.service",
    "matcha.matching.service",
    "matcha.candidates.listing",
    "matcha.candidates.erasure",
    "matcha.positions.listing",
    "matcha.search.fulltext",
    "matcha.exports.candidates",
    "matcha.exports.matches",
    "matcha.busy",
    "matcha.jobs.runner",
    "matcha.jobs.registry",
    "matcha.jobs.service",
    "matcha.jobs.sweeper",
    "matcha.ai.embedded.provider",
    "matcha.system.status",
    "matcha.evaluation.run",
]


def _loaded(imports: list[str], modules: list[str]) -> set[str]:
    """Which of `modules` a fresh interpreter has loaded after importing `imports`."""
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in imports)
        + f"print(','.join(m for m in {modules!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(filter(None, out.stdout.strip().split(",")))


@pytest.mark.parametrize("module", SERVICES_AND_JOBS)
def test_services_and_jobs_never_import_a_shell_framework(module: str) -> None:
    assert _loaded([module], ["fastapi", "starlette", "celery", "kombu", "typer", "rich"]) == set()


def test_the_worker_loads_no_web_framework_or_cli() -> None:
    imports = ["matcha.worker.tasks", "matcha.worker.lifecycle", "matcha.ai.embedded.provider"]
    assert _loaded(imports, ["fastapi", "starlette", "uvicorn", "typer", "rich"]) == set()


def test_the_api_loads_no_broker_client_until_it_publishes() -> None:
    assert _loaded(["matcha.main"], ["celery", "kombu", "redis", "typer", "rich"]) == set()


def test_the_api_and_the_worker_never_load_the_evaluation_harness() -> None:
    imports = ["matcha.main", "matcha.worker.tasks", "matcha.worker.lifecycle"]
    assert _loaded(imports, ["matcha.evaluation"]) == set()
