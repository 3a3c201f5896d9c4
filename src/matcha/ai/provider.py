"""The interface every AI provider implements, and the factory that picks one."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

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


class AIProvider(Protocol):
    """What the four AI jobs need from a model. Every method returns validated schemas."""

    name: str
    model: str

    def extract_culture(self, transcript: str) -> CultureData:
        """Culture dimensions, lists and summary stated in one transcript."""
        ...

    def analyze_conversation(self, transcript: str, kind: InterviewKind) -> ConversationAnalysis:
        """How well the interview covered its topics and how specific the answers were."""
        ...

    def analyze_screening(self, transcript: str) -> ScreeningAnalysis:
        """A screening interview scored on four attributes, with a recommendation."""
        ...

    def aggregate_culture(self, interviews: Sequence[CultureData]) -> CultureData:
        """Many interviews' culture data merged into one company profile."""
        ...

    def match_culture(self, profile: CultureData, candidate: CandidateProfile) -> CultureMatch:
        """One candidate scored against one company's culture profile."""
        ...

    def match_position(
        self, position: PositionSpec, candidate: CandidateProfile, profile: CultureData | None
    ) -> PositionMatch:
        """One candidate scored against one position (and its company's culture, if known)."""
        ...


@lru_cache
def get_provider(name: str = "embedded") -> AIProvider:
    """The provider called `name`; its code (and SDK) is imported only here, on first use."""
    if name == "embedded":
        from matcha.ai.embedded.provider import EmbeddedProvider

        return EmbeddedProvider()
    if name == "gemini":
        from matcha.ai.llm.gemini import GeminiProvider

        return GeminiProvider.from_settings()
    if name == "openai":
        from matcha.ai.llm.openai import OpenAIProvider

        return OpenAIProvider.from_settings()
    raise ValueError(f"unknown AI provider {name!r}; choose embedded, gemini or openai")
