"""A scripted AI provider for tests of the job machinery (not of the analysis itself): the canned
outputs of tests/canned.py, varied where a test needs to tell inputs apart."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence

from matcha.ai.schemas import (
    CandidateProfile,
    ConversationAnalysis,
    CultureData,
    CultureMatch,
    Dimension,
    PositionMatch,
    PositionSpec,
    ScreeningAnalysis,
)
from tests.canned import CONVERSATION, CULTURE, CULTURE_MATCH, POSITION_MATCH, SCREENING


class FakeProvider:
    """Valid, simple outputs; counts calls; raises `fail_with` when set."""

    name = "fake"
    model = "fake-1"

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.fail_with: BaseException | None = None
        self._lock = threading.Lock()

    def _call(self, what: str) -> None:
        with self._lock:
            self.calls[what] += 1
        if self.fail_with is not None:
            raise self.fail_with

    def extract_culture(self, transcript: str) -> CultureData:
        self._call("extract_culture")
        pace = Dimension(value="steady", evidence=[transcript[:50]])
        return CULTURE.model_copy(update={"pace": pace})

    def analyze_conversation(self, transcript: str, kind: str) -> ConversationAnalysis:
        self._call("analyze_conversation")
        return CONVERSATION.model_copy(update={"interview_summary": f"{kind} interview"})

    def analyze_screening(self, transcript: str) -> ScreeningAnalysis:
        self._call("analyze_screening")
        return SCREENING.model_copy()

    def aggregate_culture(self, interviews: Sequence[CultureData]) -> CultureData:
        self._call("aggregate_culture")
        return CULTURE.model_copy(update={"culture_summary": f"{len(interviews)} interviews"})

    def match_culture(self, profile: CultureData, candidate: CandidateProfile) -> CultureMatch:
        """Scored by skill count, so rankings are predictable."""
        self._call("match_culture")
        return CULTURE_MATCH.model_copy(update={"match_score": len(candidate.skills) * 10 % 101})

    def match_position(
        self, position: PositionSpec, candidate: CandidateProfile, profile: CultureData | None
    ) -> PositionMatch:
        """Scored by skill count, so rankings are predictable."""
        self._call("match_position")
        score = min(100, len(candidate.skills) * 10)
        return POSITION_MATCH.model_copy(
            update={"overall_score": score, "skills_match_score": score}
        )
