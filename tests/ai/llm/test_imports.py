"""The LLM providers stay out of processes that do not use them, and httpx loads on first call."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import matcha.ai.provider
assert "matcha.ai.llm" not in sys.modules, "provider.py imported the LLM package"
from matcha.ai.llm.gemini import GeminiProvider
from matcha.ai.llm.openai import OpenAIProvider
assert "httpx" not in sys.modules, "importing a provider loaded httpx"
provider = OpenAIProvider(model="m", base_url="http://127.0.0.1:9/v1")
assert "httpx" not in sys.modules, "building a provider loaded httpx"
provider.transport.client()
assert "httpx" in sys.modules
"""


def test_httpx_is_imported_only_when_a_real_call_needs_it() -> None:
    subprocess.run([sys.executable, "-c", PROBE], check=True, timeout=60)
