"""Runs a real `matcha worker` process with a scriptable provider, for tests.

`python -m tests.worker_harness [worker args…]` runs `matcha worker`; `… serve [args…]` runs the
API (whose combined mode has a worker inside). The embedded analyzer does the work, with two
hooks read from the environment:
- MATCHA_TEST_AI_DELAY: seconds to sleep in every call (stands in for LLM latency);
- a transcript containing `#fail` makes analysis raise, as a broken provider would.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from matcha.ai.provider import get_provider
from matcha.jobs import common


class ScriptedProvider:
    def __init__(self) -> None:
        self.inner = get_provider("embedded")
        self.name, self.model = self.inner.name, self.inner.model
        self.delay = float(os.environ.get("MATCHA_TEST_AI_DELAY", "0"))

    def __getattr__(self, method: str) -> Any:
        real = getattr(self.inner, method)

        def call(*args: Any, **kwargs: Any) -> Any:
            time.sleep(self.delay)
            if args and isinstance(args[0], str) and "#fail" in args[0]:
                raise RuntimeError("scripted provider failure")
            return real(*args, **kwargs)

        return call


def main() -> None:
    provider = ScriptedProvider()
    common.get_provider = lambda _name: provider  # type: ignore[assignment]
    from matcha.cli.main import app

    args = sys.argv[1:]
    if args[:1] == ["serve"]:
        from matcha.server import main as serve

        serve(args[1:])  # in this process, so the scripted provider stays in place
    else:
        app(["worker", *args])


if __name__ == "__main__":
    main()
