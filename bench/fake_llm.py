"""A loopback stand-in for an LLM API, answering every POST after a set latency.

    python bench/fake_llm.py --port 8765 --latency 0.2                 # any request: a small JSON
    python bench/fake_llm.py --port 8765 --latency 0.3 --wire openai   # OpenAI chat completions
    python bench/fake_llm.py --port 8765 --latency 0.3 --wire gemini   # Gemini generateContent

Threaded, so concurrent calls overlap as they would against a real API. Started by the bench
scripts; never part of a measured tree. With `--wire`, each answer is in that API's envelope and
valid for the schema the request names (the canned outputs of tests/canned.py, with match
scores varied by a hash of the prompt), and reports tokens estimated at 4 characters per token,
so a real provider's client parses, validates and bills it. `GET /stats` returns
{"requests", "max_in_flight"}; any other GET answers 200 (readiness).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

BODY = json.dumps({"model": "fake", "text": "ok", "usage": {"tokens": 42}}).encode()
CHARS_PER_TOKEN = 4
SCORE_FIELDS = {"PositionMatch": "overall_score", "CultureMatch": "match_score"}


class Stats:
    def __init__(self) -> None:
        self.requests = self.in_flight = self.max_in_flight = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.requests += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def leave(self) -> None:
        with self.lock:
            self.in_flight -= 1

    def json(self) -> bytes:
        with self.lock:
            return json.dumps(
                {"requests": self.requests, "max_in_flight": self.max_in_flight}
            ).encode()


def _payloads() -> dict[str, dict[str, Any]]:
    """A valid output per schema name, from the tests' payloads (needs the venv)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from pydantic import BaseModel
    from tests.canned import BY_SCHEMA

    return {
        name: value.model_dump(mode="json") if isinstance(value, BaseModel) else dict(value)
        for name, value in BY_SCHEMA.items()
    }


def _tokens(text: str) -> int:
    return max(1, -(-len(text) // CHARS_PER_TOKEN))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a pooled client expects
    # Headers and body in one send: written apart, they met a Nagle/delayed-ACK stall of ~40 ms
    # per reply (measured: 44 ms per call at --latency 0, 1.5 ms with the buffer).
    wbufsize = 1 << 16
    latency = 0.2
    wire: str | None = None
    payloads: dict[str, dict[str, Any]] = {}
    stats = Stats()

    def _send(self, status: int, data: bytes) -> None:
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._send(200, self.stats.json() if self.path == "/stats" else BODY)

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        self.stats.enter()
        try:
            time.sleep(self.latency)
            self._send(200, self._answer(json.loads(raw)) if self.wire else BODY)
        finally:
            self.stats.leave()

    def _answer(self, request: dict[str, Any]) -> bytes:
        """A valid answer for the requested schema, in this wire's envelope."""
        if self.wire == "openai":
            name = request["response_format"]["json_schema"]["name"]
            prompt = "".join(m["content"] for m in request["messages"])
        else:
            name = request["generationConfig"]["responseJsonSchema"]["title"]
            parts = [request["systemInstruction"], *request["contents"]]
            prompt = "".join(p["text"] for part in parts for p in part["parts"])
        output = dict(self.payloads[name])
        if name in SCORE_FIELDS:
            output[SCORE_FIELDS[name]] = zlib.crc32(prompt.encode()) % 101
        text = json.dumps(output)
        tokens_in, tokens_out = _tokens(prompt), _tokens(text)
        if self.wire == "openai":
            message = {"role": "assistant", "content": text, "refusal": None}
            usage = {"prompt_tokens": tokens_in, "completion_tokens": tokens_out}
            envelope: dict[str, Any] = {
                "object": "chat.completion",
                "model": request.get("model"),
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": {**usage, "total_tokens": tokens_in + tokens_out},
            }
        else:
            content = {"role": "model", "parts": [{"text": text}]}
            envelope = {
                "candidates": [{"content": content, "finishReason": "STOP", "index": 0}],
                "usageMetadata": {
                    "promptTokenCount": tokens_in,
                    "candidatesTokenCount": tokens_out,
                },
            }
        return json.dumps(envelope).encode()

    def log_message(self, *_args: object) -> None:
        """Quiet: one line per call would dominate the bench's output."""


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default backlog of 5 drops bursts of 32+ connections


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds per POST")
    parser.add_argument("--wire", choices=["openai", "gemini"], help="answer in this API's format")
    args = parser.parse_args()
    Handler.latency = args.latency
    if args.wire:
        Handler.wire, Handler.payloads = args.wire, _payloads()
    with Server(("127.0.0.1", args.port), Handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
