"""Real LLM providers (Gemini, OpenAI-compatible) as thin httpx clients over their REST APIs.

Nothing is imported here on purpose: `matcha.ai.provider` imports `matcha.ai.llm.gemini` or
`matcha.ai.llm.openai` only when that provider is chosen, and httpx loads on the first call.
See docs/llm-providers.md.
"""
