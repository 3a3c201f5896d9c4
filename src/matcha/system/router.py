"""HTTP route for the status report."""

from __future__ import annotations

from fastapi import APIRouter

from matcha.accounts.deps import PrincipalDep, SessionDep
from matcha.system.status import SystemStatus, status_for

router = APIRouter(tags=["system"])


@router.get("/system/status", response_model=SystemStatus)
def get_status(session: SessionDep, principal: PrincipalDep) -> SystemStatus:
    """Mode, queue depths, running jobs and warnings a person can act on: for the caller's
    organisation, or for the whole machine (workers, hosts, RSS, the broker) when the caller
    is an operator, an admin of MATCHA_OPERATOR_ORG."""
    return status_for(session, principal.org_id, principal.role)
