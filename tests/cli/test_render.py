"""How the CLI prints job results: culture in plain words, with its confidence."""

from __future__ import annotations

from rich.console import Console

from matcha.ai.schemas import CultureData, Dimension
from matcha.cli import render

CULTURE = CultureData(
    pace=Dimension(value="fast_startup", evidence=["We ship daily."], confidence=0.82),
    work_life_balance=Dimension(value="flexible", confidence=0.35),
    values=["ownership"],
)


def _printed(culture: CultureData) -> str:
    console = Console(width=200, record=True, color_system=None)
    console.print(render.culture_table("culture", culture))
    return console.export_text()


def test_culture_is_printed_in_plain_words_with_its_confidence() -> None:
    lines = _printed(CULTURE).splitlines()
    rows = {line.split("│")[1].strip(): line for line in lines if line.startswith("│")}
    assert "a fast, startup pace" in rows["pace"] and "high 0.82" in rows["pace"]
    assert "We ship daily." in rows["pace"]
    assert "flexible hours" in rows["work-life balance"] and "low 0.35" in rows["work-life balance"]
    assert "not stated" in rows["hierarchy"] and "not rated" in rows["hierarchy"]
    assert "ownership" in rows["values"]


def test_no_enum_name_is_printed() -> None:
    text = _printed(CULTURE)
    assert "fast_startup" not in text and "work_life_balance" not in text
    assert "unknown" not in text
