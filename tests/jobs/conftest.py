from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes import FakeProvider


@pytest.fixture
def fake_ai(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeProvider]:
    """Every job in this test uses a FakeProvider, whatever the settings say."""
    provider = FakeProvider()
    monkeypatch.setattr("matcha.jobs.common.get_provider", lambda _name: provider)
    yield provider
