"""Shared helpers for the AI tests: where the demo fixtures live."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import matcha

DEMO = Path(matcha.__file__).parent / "demo"
EXPECTED = Path(__file__).parent / "expected_culture.json"


def demo_text(relative: str) -> str:
    """A fixture file's text, e.g. demo_text('transcripts/x.txt')."""
    return (DEMO / relative).read_text(encoding="utf-8")


def expected_labels() -> dict[str, Any]:
    """Hand-written labels per culture transcript (see expected_culture.json)."""
    data: dict[str, Any] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@pytest.fixture(scope="session")
def manifest() -> dict[str, Any]:
    """The demo manifest."""
    data: dict[str, Any] = json.loads((DEMO / "sample.json").read_text(encoding="utf-8"))
    return data
