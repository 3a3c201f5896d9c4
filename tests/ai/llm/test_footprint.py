"""A real provider's client loads httpx without its command-line tool (click, rich, pygments)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from matcha.ai.llm.http import Transport
transport = Transport("openai", timeout=1.0, max_retries=0, concurrency=1)
transport.client()
for name in ("click", "rich", "pygments"):
    assert name not in sys.modules, f"the httpx client loaded {name}"
transport.close()
"""


def test_the_client_leaves_httpxs_command_line_tool_out() -> None:
    subprocess.run([sys.executable, "-c", PROBE], check=True, timeout=60)
