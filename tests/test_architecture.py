"""Import boundaries: each process loads only what it uses (memory is a budget on small boxes),
and the source keeps its layers (read statically: see import_rules.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import import_rules

SERVICES_AND_JOBS = [
    "matcha.companies.service",
    "matcha.interviews.service",
    "matcha.candidates.service",
    "matcha.positions.service",
    "matcha.matching.service",
    "matcha.applications.service",
    "matcha.applications.notes",
    "matcha.applications.public",
    "matcha.applications.screening",
    "matcha.candidates.listing",
    "matcha.candidates.erasure",
    "matcha.positions.listing",
    "matcha.search.fulltext",
    "matcha.candidates.export",
    "matcha.matching.export",
    "matcha.applications.export",
    "matcha.applications.erasure",
    "matcha.busy",
    "matcha.jobport",
    "matcha.jobs.port",
    "matcha.jobs.engine.runner",
    "matcha.jobs.registry",
    "matcha.jobs.engine.service",
    "matcha.jobs.engine.sweeper",
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


@pytest.mark.parametrize(
    "process", ["matcha.main", "matcha.worker.tasks", "matcha.worker.lifecycle", "matcha.cli"]
)
def test_each_process_loads_every_model_a_relationship_names(process: str) -> None:
    """Relationships name their targets as strings (Company.interviews, Interview.candidate),
    so each process must load those models itself before its first query maps them."""
    code = f"import {process}\nimport sqlalchemy.orm\nsqlalchemy.orm.configure_mappers()\n"
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, timeout=60)


# --- the same rules, read statically from the source (lazy imports included) ---------------

MODULES = import_rules.module_names()
IMPORTS = list(import_rules.imports(MODULES))


def test_no_module_breaks_an_import_rule() -> None:
    assert import_rules.violations(IMPORTS) == []


def test_no_import_circles_between_modules() -> None:
    assert import_rules.cycles(import_rules.graph(IMPORTS)) == []


def test_no_import_circles_between_packages() -> None:
    assert import_rules.cycles(import_rules.graph(IMPORTS, by_package=True)) == []


def test_the_static_check_sees_lazy_imports_and_circles(tmp_path: Path) -> None:
    """A forbidden import hidden in a function, and a circle through one, are both found."""
    jobs = tmp_path / "matcha" / "jobs"
    jobs.mkdir(parents=True)
    for package in (tmp_path / "matcha", jobs):
        (package / "__init__.py").write_text("")
    (tmp_path / "matcha" / "worker.py").write_text("from matcha.jobs import run\n")
    (jobs / "run.py").write_text("def go() -> None:\n    from matcha import worker\n")
    (jobs / "service.py").write_text("def f() -> None:\n    import celery\n")
    found = list(import_rules.imports(import_rules.module_names(tmp_path)))
    assert [v.split(" (")[0] for v in import_rules.violations(found)] == [
        "matcha.jobs.run:2 imports matcha.worker",
        "matcha.jobs.service:2 imports celery",
    ]
    assert import_rules.cycles(import_rules.graph(found)) == [["matcha.jobs.run", "matcha.worker"]]
