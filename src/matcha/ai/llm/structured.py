"""Structured output: the JSON schema a model is asked for, and validate-then-repair-once.

Model output is untrusted: it becomes data only through `Model.model_validate_json` on the same
strict schemas the embedded analyzer meets. One repair round (previous answer + errors) fixes
most slips, such as truncation or an out-of-range score; a second failure is `invalid_output`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from matcha.ai.llm import prompts
from matcha.errors import ProviderError

T = TypeVar("T", bound=BaseModel)

# Keywords left out of the schema sent to a model: Pydantic still enforces the lengths, and
# OpenAI's strict mode rejects keywords outside its subset (string lengths, defaults).
DROPPED_KEYWORDS = frozenset({"default", "title", "maxLength", "minLength"})
MAX_ERRORS_SHOWN = 20
MAX_ECHO_CHARS = 16_000
_FENCE = re.compile(r"^\s*```[\w-]*[ \t]*\n?(.*?)\n?[ \t]*```\s*$", re.DOTALL)


@dataclass(frozen=True)
class Message:
    """One turn of the conversation sent to the model (the system prompt is separate)."""

    role: Literal["user", "assistant"]
    text: str


@dataclass(frozen=True)
class OutputSchema:
    """What the model must answer: `strict` when every object is closed (OpenAI strict mode)."""

    name: str
    schema: dict[str, Any]
    strict: bool


# (system prompt, conversation, output schema) -> the model's raw text answer
Complete = Callable[[str, Sequence[Message], OutputSchema], str]


def _close(node: Any) -> tuple[Any, bool]:
    """A schema node with every object closed and fully required; False if one cannot be."""
    if isinstance(node, list):
        items = [_close(item) for item in node]
        return [item for item, _ in items], all(ok for _, ok in items)
    if not isinstance(node, dict):
        return node, True
    out: dict[str, Any] = {}
    closed = True
    for key, value in node.items():
        if key in DROPPED_KEYWORDS:
            continue
        if key in ("properties", "$defs"):  # maps of names to schemas, not keywords
            children = {name: _close(child) for name, child in value.items()}
            out[key] = {name: child for name, (child, _) in children.items()}
            closed = closed and all(ok for _, ok in children.values())
        else:
            out[key], ok = _close(value)
            closed = closed and ok
    if out.get("type") == "object":
        if "properties" in out and out.get("additionalProperties", False) is False:
            out["required"] = list(out["properties"])
            out["additionalProperties"] = False
        else:  # a dict[str, X] field: free keys cannot be expressed in strict mode
            closed = False
    return out, closed


@cache
def output_schema(model: type[BaseModel]) -> OutputSchema:
    """The JSON schema of `model` as sent to a model (cached; callers must not mutate it)."""
    schema, strict = _close(model.model_json_schema())
    schema["title"] = model.__name__
    return OutputSchema(name=model.__name__, schema=schema, strict=strict)


def strip_fences(text: str) -> str:
    """The JSON inside a ```json … ``` fence, which some models add despite JSON mode."""
    match = _FENCE.match(text)
    return (match.group(1) if match else text).strip()


def parse(model: type[T], text: str) -> T:
    """Validate a model's text answer against `model`; raises pydantic's ValidationError."""
    return model.model_validate_json(strip_fences(text))


def describe(exc: ValidationError) -> str:
    """Validation errors as short lines (location: message), without echoing the input."""
    lines = []
    for error in exc.errors(include_url=False, include_input=False)[:MAX_ERRORS_SHOWN]:
        where = ".".join(str(part) for part in error["loc"]) or "(root)"
        lines.append(f"- {where}: {error['msg']}")
    if exc.error_count() > MAX_ERRORS_SHOWN:
        lines.append(f"- … and {exc.error_count() - MAX_ERRORS_SHOWN} more")
    return "\n".join(lines)


def ask(complete: Complete, model: type[T], prompt: str) -> T:
    """Ask for `model` as JSON; on an invalid answer re-ask once with the errors, then give up."""
    schema = output_schema(model)
    messages = [Message("user", prompt)]
    answer = complete(prompts.SYSTEM, messages, schema)
    try:
        return parse(model, answer)
    except ValidationError as exc:
        messages += [
            Message("assistant", answer[:MAX_ECHO_CHARS]),
            Message("user", prompts.repair(describe(exc))),
        ]
    answer = complete(prompts.SYSTEM, messages, schema)
    try:
        return parse(model, answer)
    except ValidationError as exc:
        raise ProviderError(
            f"the model's answer is not a valid {model.__name__} even after one repair:\n"
            + describe(exc),
            code="invalid_output",
        ) from exc
