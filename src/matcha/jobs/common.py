"""What every job function shares: the progress callback and the provider default."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from typing import Any

from matcha.ai.provider import AIProvider, get_provider
from matcha.config import get_settings

Progress = Callable[[int, int], None]
PROMPT_VERSION = "2"


def no_progress(_done: int, _total: int) -> None:
    """The progress callback when nobody is watching."""


def candidate_ids(params: dict[str, Any]) -> list[uuid.UUID] | None:
    """The `candidate_ids` a matching job was asked to score (None: every candidate)."""
    ids = params.get("candidate_ids")
    return [uuid.UUID(str(i)) for i in ids] if ids is not None else None


def default_provider(ai: AIProvider | None) -> AIProvider:
    return ai if ai is not None else get_provider(get_settings().ai_provider)


def input_hash(ai: AIProvider, *parts: Any) -> str:
    """A content hash of everything a score depends on, so unchanged inputs are not re-scored."""
    blob = json.dumps([ai.name, ai.model, PROMPT_VERSION, *parts], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()
