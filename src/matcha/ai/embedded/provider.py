"""The embedded provider: the offline analyzer behind the AIProvider interface."""

from __future__ import annotations

from collections.abc import Sequence

from matcha.ai.embedded.aggregate import aggregate_culture
from matcha.ai.embedded.conversation import analyze_conversation
from matcha.ai.embedded.culture import extract_culture
from matcha.ai.embedded.culture_match import match_culture
from matcha.ai.embedded.position_match import match_position
from matcha.ai.embedded.screening import analyze_screening
from matcha.ai.schemas import (
    CandidateProfile,
    ConversationAnalysis,
    CultureData,
    CultureMatch,
    InterviewKind,
    PositionMatch,
    PositionSpec,
    ScreeningAnalysis,
)


class EmbeddedProvider:
    """Deterministic, explainable analysis with no network and no model weights."""

    name = "embedded"
    model = "embedded-v1"

    def extract_culture(self, transcript: str) -> CultureData:
        """Culture dimensions, lists and summary stated in one transcript."""
        return extract_culture(transcript)

    def analyze_conversation(self, transcript: str, kind: InterviewKind) -> ConversationAnalysis:
        """How well the interview covered its topics and how specific the answers were."""
        return analyze_conversation(transcript, kind)

    def analyze_screening(self, transcript: str) -> ScreeningAnalysis:
        """A screening interview scored on four attributes, with a recommendation."""
        return analyze_screening(transcript)

    def aggregate_culture(self, interviews: Sequence[CultureData]) -> CultureData:
        """Many interviews' culture data merged into one company profile."""
        return aggregate_culture(interviews)

    def match_culture(self, profile: CultureData, candidate: CandidateProfile) -> CultureMatch:
        """One candidate scored against one company's culture profile."""
        return match_culture(profile, candidate)

    def match_position(
        self, position: PositionSpec, candidate: CandidateProfile, profile: CultureData | None
    ) -> PositionMatch:
        """One candidate scored against one position (and its company's culture, if known)."""
        return match_position(position, candidate, profile)
