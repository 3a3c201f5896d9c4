from __future__ import annotations

from typing import Any

import pytest

from matcha.ai.embedded.provider import EmbeddedProvider
from matcha.ai.provider import AIProvider, get_provider
from matcha.ai.schemas import (
    CandidateProfile,
    ConversationAnalysis,
    CultureData,
    PositionSpec,
    ScreeningAnalysis,
)

from ..conftest import DEMO, demo_text

TRANSCRIPTS = sorted(p.name for p in (DEMO / "transcripts").glob("*.txt"))


def test_factory_returns_the_embedded_provider() -> None:
    provider = get_provider("embedded")
    assert isinstance(provider, EmbeddedProvider)
    assert (provider.name, provider.model) == ("embedded", "embedded-v1")
    typed: AIProvider = EmbeddedProvider()
    assert typed.name == "embedded"


@pytest.mark.parametrize("name", TRANSCRIPTS)
def test_every_transcript_gives_valid_deterministic_output(name: str) -> None:
    provider = EmbeddedProvider()
    text = demo_text(f"transcripts/{name}")
    culture = provider.extract_culture(text)
    assert CultureData.model_validate_json(culture.model_dump_json()) == culture
    assert culture == provider.extract_culture(text)
    for kind in ("culture", "candidate", "screening"):
        analysis = provider.analyze_conversation(text, kind)
        assert ConversationAnalysis.model_validate_json(analysis.model_dump_json()) == analysis
    screening = provider.analyze_screening(text)
    assert ScreeningAnalysis.model_validate_json(screening.model_dump_json()) == screening


def test_end_to_end_through_the_provider() -> None:
    provider = EmbeddedProvider()
    profile = provider.aggregate_culture(
        [provider.extract_culture(demo_text("transcripts/kiln_and_crate_culture.txt"))]
    )
    candidate = CandidateProfile(name="Someone", skills=["Figma"])
    assert 0 <= provider.match_culture(profile, candidate).match_score <= 100
    spec = PositionSpec(title="Designer", required_skills=["figma"])
    match = provider.match_position(spec, candidate, profile)
    assert match.skills_breakdown.matched_required == ["Figma"]


def test_demo_manifest_shape(manifest: dict[str, Any]) -> None:
    assert set(manifest) == {"companies", "candidates"}
    assert len(manifest["companies"]) == 2
    interviews = [i for c in manifest["companies"] for i in c["interviews"]]
    assert len(interviews) >= 6
    positions = [p for c in manifest["companies"] for p in c["positions"]]
    assert len(positions) == 3
    for company in manifest["companies"]:
        assert {"key", "name", "industry", "size", "interviews", "positions"} <= set(company)
        cultures = [i for i in company["interviews"] if i["interview_type"] == "culture"]
        assert len(cultures) >= 4
    for interview in interviews:
        assert interview["interview_type"] in ("culture", "candidate", "screening")
        assert (DEMO / interview["file"]).is_file()
    for position in positions:
        PositionSpec(**{k: v for k, v in position.items() if k in PositionSpec.model_fields})
        assert position["remote_policy"] in ("remote", "hybrid", "onsite")
    assert len(manifest["candidates"]) >= 20
    for entry in manifest["candidates"]:
        assert (DEMO / entry["file"]).is_file() and entry["name"] and entry["email"]


def test_fixture_counts() -> None:
    assert len(TRANSCRIPTS) >= 14
    assert len([n for n in TRANSCRIPTS if n.startswith("screening_")]) >= 3
    assert len([n for n in TRANSCRIPTS if n.startswith("candidate_")]) >= 2
