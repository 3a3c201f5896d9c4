"""OpenAI-compatible chat completions (OpenAI, Ollama, vLLM, LM Studio) over plain HTTP.

`POST {OPENAI_BASE_URL}/chat/completions` with `response_format: json_schema`. The key is
optional because local servers need none; api.openai.com without a key is `not_configured`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from matcha.ai import usage
from matcha.ai.llm.base import MAX_OUTPUT_TOKENS, LLMProvider
from matcha.ai.llm.http import Transport, shared_transport
from matcha.ai.llm.structured import Message, OutputSchema
from matcha.errors import ProviderError


def _needs_key(base_url: str) -> bool:
    """OpenAI's own API always needs a key; a self-hosted server usually does not."""
    return (urlsplit(base_url).hostname or "").endswith("api.openai.com")


def _tokens(reply: dict[str, Any]) -> tuple[int, int]:
    """Tokens as billed; a local server that reports none counts as zero."""
    counts = reply.get("usage")
    if not isinstance(counts, dict):
        return 0, 0
    return int(counts.get("prompt_tokens") or 0), int(counts.get("completion_tokens") or 0)


class OpenAIProvider(LLMProvider):
    """Any server that speaks OpenAI's chat completions with JSON-schema structured output."""

    name = "openai"

    def __init__(
        self,
        *,
        model: str,
        base_url: str,
        api_key: str | None = None,
        transport: Transport | None = None,
    ) -> None:
        super().__init__(model=model, transport=transport or shared_transport(self.name))
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key

    @classmethod
    def from_settings(cls) -> OpenAIProvider:
        """The provider `MATCHA_AI_PROVIDER=openai` selects, from OPENAI_* settings."""
        from matcha.config import get_settings

        settings = get_settings()
        if not settings.openai_api_key and _needs_key(settings.openai_base_url):
            raise ProviderError(
                "OPENAI_API_KEY is not set (it is optional only for a self-hosted server "
                "reached through OPENAI_BASE_URL)",
                code="not_configured",
            )
        return cls(
            model=settings.ai_model or settings.openai_model,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key,
        )

    @property
    def url(self) -> str:
        """The base URL ends in /v1 (or the server's equivalent), as the SDKs expect."""
        return f"{self.base_url}/chat/completions"

    def _complete(self, system: str, messages: Sequence[Message], schema: OutputSchema) -> str:
        """One chat completion. No temperature: reasoning models accept only their default."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": system},
                *({"role": m.role, "content": m.text} for m in messages),
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": schema.name,
                    "schema": schema.schema,
                    "strict": schema.strict,
                },
            },
            "max_completion_tokens": MAX_OUTPUT_TOKENS,
        }
        headers = {"authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        reply = self.transport.post_json(self.url, model=self.model, headers=headers, body=body)
        tokens_in, tokens_out = _tokens(reply)
        usage.after_call(tokens_in=tokens_in, tokens_out=tokens_out)
        choices = reply.get("choices")
        first = choices[0] if isinstance(choices, list) and choices else {}
        message = first.get("message") if isinstance(first, dict) else None
        if not isinstance(message, dict):
            return ""
        if message.get("refusal"):
            raise ProviderError(f"openai refused: {message['refusal']}", code="invalid_output")
        content = message.get("content")
        return content if isinstance(content, str) else ""
