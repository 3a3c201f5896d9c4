"""Structured output: the schema sent, fences, and exactly one repair before invalid_output."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel

from matcha.ai.llm.base import LLMProvider
from matcha.ai.llm.structured import output_schema, strip_fences
from matcha.ai.schemas import (
    ConversationAnalysis,
    CultureData,
    CultureMatch,
    PositionMatch,
    ScreeningAnalysis,
)
from matcha.errors import ProviderError
from tests.ai.llm.fake_server import FakeLLM, answer
from tests.canned import CANDIDATE, CULTURE, CULTURE_MATCH, SCREENING


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1}',
        '```json\n{"a": 1}\n```',
        '```\n{"a": 1}\n```',
        '  ```JSON\n{"a": 1}```  ',
        '```{"a": 1}```',
    ],
)
def test_code_fences_are_stripped(text: str) -> None:
    assert json.loads(strip_fences(text)) == {"a": 1}


def _objects(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, list):
        return [o for item in node for o in _objects(item)]
    if not isinstance(node, dict):
        return []
    found = [node] if node.get("type") == "object" and "properties" in node else []
    for key, value in node.items():
        children = value.values() if key in ("properties", "$defs") else [value]
        found += [o for child in children for o in _objects(child)]
    return found


@pytest.mark.parametrize(
    "model", [CultureData, ScreeningAnalysis, CultureMatch, PositionMatch, ConversationAnalysis]
)
def test_the_schema_sent_is_closed_fully_required_and_bounded(model: type[BaseModel]) -> None:
    sent = output_schema(model)
    text = json.dumps(sent.schema)
    assert sent.name == model.__name__ == sent.schema["title"]
    assert '"maxLength"' not in text and '"default"' not in text
    for obj in _objects(sent.schema):
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
    if model is not CultureData:
        assert '"maximum": 100' in text  # scores are bounded in the request too


def test_strict_mode_only_where_every_object_is_closed() -> None:
    assert output_schema(CultureMatch).strict
    assert output_schema(PositionMatch).strict
    # coverage_details is a dict with free keys: OpenAI's strict mode cannot express it
    assert not output_schema(ConversationAnalysis).strict


def test_a_fenced_answer_needs_no_repair(fake: FakeLLM, provider: LLMProvider) -> None:
    fake.then(answer(f"```json\n{SCREENING.model_dump_json()}\n```"))
    assert provider.analyze_screening("t") == SCREENING
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    "bad",
    [
        '{"match_score": 83, "match_reasoning": "cut off',  # invalid JSON (truncation)
        CULTURE_MATCH.model_dump_json().replace('"match_score":83', '"match_score":140'),
        json.dumps({**CULTURE_MATCH.model_dump(mode="json"), "company_id": "x"}),
    ],
    ids=["invalid-json", "out-of-range", "extra-field"],
)
def test_one_repair_sends_back_the_answer_and_the_errors(
    fake: FakeLLM, provider: LLMProvider, bad: str
) -> None:
    fake.then(answer(bad), answer(CULTURE_MATCH))
    assert provider.match_culture(CULTURE, CANDIDATE) == CULTURE_MATCH
    assert len(fake.requests) == 2
    first, second = (fake.texts(r) for r in fake.requests)
    model_role = "assistant" if fake.wire == "openai" else "model"
    assert [role for role, _ in second] == ["system", "user", model_role, "user"]
    assert second[:2] == first and second[2][1] == bad
    assert "match_score" in second[3][1] or "JSON" in second[3][1]
    assert fake.schema_name(fake.requests[1]) == "CultureMatch"


def test_persistent_garbage_is_invalid_output_after_one_repair(
    fake: FakeLLM, provider: LLMProvider
) -> None:
    fake.responder = lambda _request: answer("I think this candidate is great!")
    with pytest.raises(ProviderError) as caught:
        provider.analyze_screening("t")
    assert caught.value.code == "invalid_output"
    assert "ScreeningAnalysis" in caught.value.message
    assert len(fake.requests) == 2


def _sent_schema(fake: FakeLLM, request: Any) -> dict[str, Any]:
    if fake.wire == "openai":
        schema: dict[str, Any] = request.body["response_format"]["json_schema"]["schema"]
    else:
        schema = request.body["generationConfig"]["responseJsonSchema"]
    return schema


def test_culture_extraction_asks_for_verbatim_evidence_and_a_confidence(
    fake: FakeLLM, provider: LLMProvider
) -> None:
    """Issue 14: a model gives what the embedded analyzer gives, so the UI can show it."""
    fake.then(answer(CULTURE))
    assert provider.extract_culture("Alex: We ship every day.") == CULTURE
    (request,) = fake.requests
    schema = _sent_schema(fake, request)
    dimensions = [d for name, d in schema["$defs"].items() if name.startswith("Dimension")]
    assert len(dimensions) == 9
    for dimension in dimensions:
        assert dimension["required"] == ["value", "evidence", "confidence"]
        number, null = dimension["properties"]["confidence"]["anyOf"]
        assert (number["type"], number["minimum"], number["maximum"]) == ("number", 0, 1)
        assert null == {"type": "null"}
    _system, prompt = fake.texts(request)[1]
    assert "copied verbatim from the transcript as evidence" in prompt
    assert "a confidence from 0 to 1" in prompt and "null confidence" in prompt
    assert CULTURE.pace.confidence == 0.82  # the canned answer carries it
