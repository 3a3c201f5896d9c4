"""The operators' page: mode, queues, jobs (failed ones with their subject and a retry), and, for
operators only (admins of MATCHA_OPERATOR_ORG), the workers and `matcha plan` for this box."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Annotated

from fastapi import Query, Request, Response
from sqlalchemy.orm import Session

from matcha.companies.models import Company
from matcha.config import get_settings
from matcha.db import get_sessionmaker
from matcha.imports.models import ImportFile
from matcha.interviews.models import Interview
from matcha.jobs.engine import history, records
from matcha.jobs.engine.schemas import JobPublic, public
from matcha.jobs.registry import JOBS
from matcha.positions.models import Position
from matcha.system.memory import rss_bytes
from matcha.system.plan import Broker, Plan, plan
from matcha.system.sizes import MIB
from matcha.system.status import RunningJob, SystemStatus, is_operator, system_status
from matcha.tenancy import OrgOwned, org_of
from matcha.web import live
from matcha.web.routing import ui_router
from matcha.web.session import UiDep
from matcha.web.templating import render

router = ui_router()
JOBS_SHOWN = 15
# The page of each kind of subject a job can work on (every job's subject has one: see the test).
SUBJECT_PAGES: dict[type[OrgOwned], str] = {
    Interview: "/ui/interviews/",
    Company: "/ui/companies/",
    Position: "/ui/positions/",
    ImportFile: "/ui/import/",
}


def subject_url(job: JobPublic | RunningJob) -> str:
    """The page of what a job works on."""
    return f"{SUBJECT_PAGES[JOBS[job.kind].subject]}{job.subject_id}"


def _status(session: Session, operator: bool) -> SystemStatus:
    """The machine's report for an operator, else the organisation's (`session` is scoped)."""
    if not operator:
        return system_status(session)
    with get_sessionmaker()() as machine:
        return system_status(machine)


def live_fragment(session: Session, can_write: bool, operator: bool) -> str:
    """Everything on the page that changes: rendered for the page and for its live stream.
    Failed jobs are those still stuck: a later job of the same kind and subject (a retry that
    failed again, or one that succeeded) takes their place."""
    stuck = session.scalars(history.stuck_failures().limit(JOBS_SHOWN)).all()
    recent = session.scalars(
        records.jobs_query(status=None, kind=None, subject_id=None).limit(JOBS_SHOWN)
    ).all()
    return render(
        "_operators_live.html",
        status=_status(session, operator),
        failed=public(session, stuck),
        recent=public(session, recent),
        can_write=can_write,
        subject_url=subject_url,
        org_id=str(org_of(session)),
    )


def meminfo(path: Path = Path("/proc/meminfo")) -> dict[str, float]:
    """MemTotal, MemAvailable… in MiB (empty where /proc is missing)."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return {}
    out = {}
    for line in lines:
        name, _, rest = line.partition(":")
        fields = rest.split()
        if fields and fields[0].isdigit():
            out[name] = int(fields[0]) * 1024 / MIB
    return out


def machine_plan(status: SystemStatus) -> tuple[Plan | None, dict[str, float]]:
    """`matcha plan` for this box: its RAM, and as free what is available now plus what
    matcha's own processes here use (this API and the live workers on this host)."""
    memory = meminfo()
    if "MemTotal" not in memory or "MemAvailable" not in memory:
        return None, {}
    me = rss_bytes() / MIB
    combined = status.mode == "combined"
    measured = {"combined" if combined else "api": me}
    host = socket.gethostname()
    here = [w for w in status.workers if w.host == host and w.pid != os.getpid()]
    if here:
        measured["worker"] = max(w.rss_mib for w in here)
    matcha_mib = me + sum(w.rss_mib for w in here)
    free = memory["MemAvailable"] + matcha_mib
    broker: Broker = "redis" if (status.broker or "").startswith("redis") else "embedded"
    result = plan(memory["MemTotal"], free=free, broker=broker, measured=measured)
    facts = {
        "ram": memory["MemTotal"],
        "available": memory["MemAvailable"],
        "matcha": matcha_mib,
        "free": free,
    }
    return result, facts


def _operator(ui: UiDep) -> bool:
    return is_operator(ui.session, ui.principal.org_id, ui.principal.role)


@router.get("/ui/operators")
def operators(ui: UiDep) -> Response:
    operator = _operator(ui)
    result, facts = machine_plan(_status(ui.session, True)) if operator else (None, {})
    return ui.render(
        "operators.html",
        title="Operators",
        live_html=live_fragment(ui.session, ui.can_write, operator),
        operator=operator,
        plan=result,
        facts=facts,
        settings=get_settings(),
    )


@router.get("/ui/operators/live")
def operators_live(
    ui: UiDep,
    request: Request,
    timeout: Annotated[float, Query(gt=0, le=live.MAX_TIMEOUT)] = live.TIMEOUT,
) -> Response:
    """The page's live part as Server-Sent Events, polled from the database every second."""
    can_write, org_id, operator = ui.can_write, ui.principal.org_id, _operator(ui)
    ui.session.close()
    return live.stream(
        request, org_id, lambda s: live_fragment(s, can_write, operator), timeout=timeout
    )
