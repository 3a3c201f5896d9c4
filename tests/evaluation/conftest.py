"""The tiny set in a temporary directory, and the fake LLM server's fixtures (tests/ai/llm)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ai.llm.conftest import _isolated_settings, fake, sleeps, wire  # noqa: F401
from tests.evaluation.tiny_set import write_tiny_set


@pytest.fixture
def tiny_data(tmp_path: Path) -> Path:
    """A data directory holding dev/ with every file of the set."""
    return write_tiny_set(tmp_path / "data")
