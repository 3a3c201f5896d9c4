"""What a job spends on models: calls and tokens, counted per run and capped per day.

The runner opens a `Usage` for each job run (`tracking`); providers report each call through
`before_call` (which enforces the daily budget) and `after_call`. Outside a job (the CLI's sync
runs included) the same functions work on a throwaway Usage, and the budget still applies.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from matcha.errors import ProviderError


@dataclass
class Usage:
    provider: str | None = None
    model: str | None = None
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, *, calls: int = 0, tokens_in: int = 0, tokens_out: int = 0) -> None:
        with self._lock:
            self.calls += calls
            self.tokens_in += tokens_in
            self.tokens_out += tokens_out


# (calls, tokens) spent today by every job, read from the database by the runner's hook.
SpentToday = Callable[[], tuple[int, int]]

_current: ContextVar[Usage | None] = ContextVar("matcha_usage", default=None)
_spent_today: ContextVar[SpentToday | None] = ContextVar("matcha_spent_today", default=None)


@contextmanager
def tracking(spent_today: SpentToday | None = None) -> Iterator[Usage]:
    """Count the model usage of the code inside the block (one job run)."""
    usage = Usage()
    token = _current.set(usage)
    spent = _spent_today.set(spent_today)
    try:
        yield usage
    finally:
        _current.reset(token)
        _spent_today.reset(spent)


def current() -> Usage:
    return _current.get() or Usage()


def before_call(provider: str, model: str) -> None:
    """Refuse the call, with `budget_exceeded`, once today's budget is spent."""
    from matcha.config import get_settings

    usage = current()
    usage.provider, usage.model = provider, model
    settings = get_settings()
    if settings.daily_call_budget is None and settings.daily_token_budget is None:
        return
    reader = _spent_today.get()
    calls, tokens = reader() if reader is not None else (0, 0)
    calls += usage.calls
    tokens += usage.tokens_in + usage.tokens_out
    if settings.daily_call_budget is not None and calls >= settings.daily_call_budget:
        raise ProviderError(
            f"today's budget of {settings.daily_call_budget} model calls is spent "
            "(MATCHA_DAILY_CALL_BUDGET)",
            code="budget_exceeded",
        )
    if settings.daily_token_budget is not None and tokens >= settings.daily_token_budget:
        raise ProviderError(
            f"today's budget of {settings.daily_token_budget} tokens is spent "
            "(MATCHA_DAILY_TOKEN_BUDGET)",
            code="budget_exceeded",
        )


def after_call(*, tokens_in: int, tokens_out: int) -> None:
    current().add(calls=1, tokens_in=tokens_in, tokens_out=tokens_out)
