"""Gemini `generateContent` over plain HTTP: Google AI Studio (API key) or Vertex AI (token).

AI Studio: `POST {GEMINI_BASE_URL}/v1beta/models/{model}:generateContent`, `x-goog-api-key`.
Vertex: the regional publisher-model URL with `Authorization: Bearer $GOOGLE_ACCESS_TOKEN`
(from `gcloud auth print-access-token` or workload identity; matcha does no OAuth itself).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from matcha.ai import usage
from matcha.ai.llm.base import MAX_OUTPUT_TOKENS, LLMProvider
from matcha.ai.llm.http import Transport, shared_transport
from matcha.ai.llm.structured import Message, OutputSchema
from matcha.errors import ProviderError

DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com"
TOKEN_ENV = "GOOGLE_ACCESS_TOKEN"


def vertex_base_url(location: str) -> str:
    """Vertex's host: regional, except the `global` location."""
    if location == "global":
        return "https://aiplatform.googleapis.com"
    return f"https://{location}-aiplatform.googleapis.com"


def _tokens(reply: dict[str, Any]) -> tuple[int, int]:
    """Prompt and output tokens; thinking tokens are billed as output, so they count too."""
    meta = reply.get("usageMetadata")
    if not isinstance(meta, dict):
        return 0, 0
    out = int(meta.get("candidatesTokenCount") or 0) + int(meta.get("thoughtsTokenCount") or 0)
    return int(meta.get("promptTokenCount") or 0), out


def _text(reply: dict[str, Any]) -> str:
    """The first candidate's text; a blocked prompt is final, since re-asking cannot help."""
    candidates = reply.get("candidates")
    first = candidates[0] if isinstance(candidates, list) and candidates else None
    if not isinstance(first, dict):
        feedback = reply.get("promptFeedback")
        reason = feedback.get("blockReason") if isinstance(feedback, dict) else None
        if reason:
            raise ProviderError(f"gemini blocked the prompt: {reason}", code="invalid_output")
        return ""
    content = first.get("content")
    parts = content.get("parts") if isinstance(content, dict) else None
    texts = [
        p["text"]
        for p in (parts if isinstance(parts, list) else [])
        if isinstance(p, dict) and isinstance(p.get("text"), str) and not p.get("thought")
    ]
    return "".join(texts)


class GeminiProvider(LLMProvider):
    """Gemini with `responseJsonSchema` structured output, via AI Studio or Vertex AI."""

    name = "gemini"

    def __init__(
        self,
        *,
        model: str,
        api_key: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        vertex_project: str | None = None,
        vertex_location: str = "us-central1",
        access_token: str | None = None,
        transport: Transport | None = None,
    ) -> None:
        super().__init__(
            model=model.removeprefix("models/"),
            transport=transport or shared_transport(self.name),
        )
        self.api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.vertex_project = vertex_project
        self.vertex_location = vertex_location
        self.access_token = access_token

    @classmethod
    def from_settings(cls) -> GeminiProvider:
        """The provider `MATCHA_AI_PROVIDER=gemini` selects: Vertex when a project is set."""
        from matcha.config import get_settings

        settings = get_settings()
        model = settings.ai_model or settings.gemini_model
        if settings.vertex_project:
            token = os.environ.get(TOKEN_ENV)
            if not token:
                raise ProviderError(
                    f"Vertex AI needs an OAuth access token in {TOKEN_ENV} "
                    "(gcloud auth print-access-token, or workload identity)",
                    code="not_configured",
                )
            return cls(
                model=model,
                base_url=vertex_base_url(settings.vertex_location),
                vertex_project=settings.vertex_project,
                vertex_location=settings.vertex_location,
                access_token=token,
            )
        if not settings.gemini_api_key:
            raise ProviderError(
                "GEMINI_API_KEY (or GOOGLE_API_KEY) is not set; for Vertex AI set "
                "GOOGLE_CLOUD_PROJECT and GOOGLE_ACCESS_TOKEN instead",
                code="not_configured",
            )
        return cls(model=model, api_key=settings.gemini_api_key, base_url=settings.gemini_base_url)

    @property
    def url(self) -> str:
        """Vertex addresses a project's publisher model; AI Studio the model alone."""
        if self.vertex_project:
            return (
                f"{self.base_url}/v1/projects/{self.vertex_project}/locations/"
                f"{self.vertex_location}/publishers/google/models/{self.model}:generateContent"
            )
        return f"{self.base_url}/v1beta/models/{self.model}:generateContent"

    def _headers(self) -> dict[str, str]:
        """The key goes in a header, never the URL, so it stays out of access logs."""
        if self.vertex_project:
            return {"authorization": f"Bearer {self.access_token}"}
        return {"x-goog-api-key": self.api_key or ""}

    def _complete(self, system: str, messages: Sequence[Message], schema: OutputSchema) -> str:
        """One generateContent call; temperature 0, since these are judgements, not prose."""
        body: dict[str, Any] = {
            "systemInstruction": {"parts": [{"text": system}]},
            "contents": [
                {"role": "user" if m.role == "user" else "model", "parts": [{"text": m.text}]}
                for m in messages
            ],
            "generationConfig": {
                "responseMimeType": "application/json",
                "responseJsonSchema": schema.schema,
                "temperature": 0,
                "maxOutputTokens": MAX_OUTPUT_TOKENS,
            },
        }
        reply = self.transport.post_json(
            self.url, model=self.model, headers=self._headers(), body=body
        )
        tokens_in, tokens_out = _tokens(reply)
        usage.after_call(tokens_in=tokens_in, tokens_out=tokens_out)
        return _text(reply)
