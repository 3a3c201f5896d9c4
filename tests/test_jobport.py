"""matcha.jobport: domain code asks the jobs engine through the port plugged in at start."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from matcha import busy, jobport
from matcha.jobs import port as jobs_port


@pytest.fixture
def unplugged() -> Iterator[None]:
    plugged = list(jobport._plugged)
    jobport._plugged.clear()
    yield
    jobport._plugged[:] = plugged


@pytest.mark.usefixtures("unplugged")
def test_a_process_that_plugged_nothing_in_is_told_so(session: Session) -> None:
    with pytest.raises(RuntimeError, match="no jobs engine plugged in"):
        busy.jobs_on(session, [uuid.uuid4()])


@pytest.mark.usefixtures("unplugged")
def test_the_engine_answers_once_plugged_in(session: Session) -> None:
    jobs_port.plug()
    assert busy.jobs_on(session, [uuid.uuid4()]) == []
    assert isinstance(jobport.jobs(), jobs_port.EnginePort)
