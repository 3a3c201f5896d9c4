"""What both real providers share: the six AI jobs as prompts, asked through one wire format.

A subclass supplies only `_complete` (one chat call in its provider's wire format) and
`from_settings`; prompting, validation, repair and the aggregation policy live here once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from pydantic import BaseModel

from matcha.ai.llm import prompts, structured
from matcha.ai.llm.http import Transport
from matcha.ai.llm.structured import Message, OutputSchema
from matcha.ai.schemas import (
    CandidateProfile,
    ConversationAnalysis,
    CultureData,
    CultureMatch,
    InterviewKind,
    PositionMatch,
    PositionSpec,
    ScreeningAnalysis,
    ShortText,
    Strict,
)

T = TypeVar("T", bound=BaseModel)

# A ceiling per answer: the largest schema (conversation analysis) fits well within it, and a
# model stuck repeating itself stops here; the truncated answer then goes through repair.
MAX_OUTPUT_TOKENS = 8192
MAX_SUMMARIES = 20


class CultureSummary(Strict):
    """The only part of an aggregated profile the model writes (see `aggregate_culture`)."""

    culture_summary: ShortText


class LLMProvider:
    """An AIProvider backed by a chat model that answers in JSON against our schemas."""

    name = "llm"

    def __init__(self, *, model: str, transport: Transport) -> None:
        self.model = model
        self.transport = transport

    def _complete(self, system: str, messages: Sequence[Message], schema: OutputSchema) -> str:
        """One model call in the provider's wire format; returns the answer's raw text."""
        raise NotImplementedError

    def _ask(self, output: type[T], prompt: str) -> T:
        """Every task goes through the same validate-and-repair path."""
        return structured.ask(self._complete, output, prompt)

    def extract_culture(self, transcript: str) -> CultureData:
        """Culture dimensions, lists and summary stated in one transcript."""
        return self._ask(CultureData, prompts.extract_culture(transcript))

    def analyze_conversation(self, transcript: str, kind: InterviewKind) -> ConversationAnalysis:
        """How well the interview covered its topics, on the same topic list as the embedded."""
        from matcha.ai.embedded.conversation import TOPICS

        topics = TOPICS.get(kind, TOPICS["culture"])
        return self._ask(
            ConversationAnalysis, prompts.analyze_conversation(transcript, kind, topics)
        )

    def analyze_screening(self, transcript: str) -> ScreeningAnalysis:
        """A screening interview scored on four attributes, with a recommendation."""
        return self._ask(ScreeningAnalysis, prompts.analyze_screening(transcript))

    def aggregate_culture(self, interviews: Sequence[CultureData]) -> CultureData:
        """Votes counted in code (deterministic, evidence kept verbatim); the model writes only
        the summary, where language matters and counting does not."""
        from matcha.ai.embedded.aggregate import aggregate_culture

        voted = aggregate_culture(interviews)
        if not interviews:
            return voted
        dimensions = voted.model_dump(mode="json", exclude={"culture_summary"})
        summaries = [data.culture_summary for data in interviews][:MAX_SUMMARIES]
        written = self._ask(CultureSummary, prompts.culture_summary(dimensions, summaries))
        return voted.model_copy(update={"culture_summary": written.culture_summary})

    def match_culture(self, profile: CultureData, candidate: CandidateProfile) -> CultureMatch:
        """One candidate scored against one company's culture profile."""
        prompt = prompts.match_culture(
            profile.model_dump(mode="json"), candidate.model_dump(mode="json")
        )
        return self._ask(CultureMatch, prompt)

    def match_position(
        self, position: PositionSpec, candidate: CandidateProfile, profile: CultureData | None
    ) -> PositionMatch:
        """One candidate scored against one position (and its company's culture, if known)."""
        prompt = prompts.match_position(
            position.model_dump(mode="json"),
            candidate.model_dump(mode="json"),
            profile.model_dump(mode="json") if profile is not None else None,
        )
        return self._ask(PositionMatch, prompt)
