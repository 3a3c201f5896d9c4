"""HTTP route for the operators' status report."""

from __future__ import annotations

from fastapi import APIRouter

from matcha.deps import SessionDep
from matcha.system.status import SystemStatus, system_status

router = APIRouter(tags=["system"])


@router.get("/system/status", response_model=SystemStatus)
def get_status(session: SessionDep) -> SystemStatus:
    """Mode, queue depths, live workers, running jobs and warnings a person can act on."""
    return system_status(session)
