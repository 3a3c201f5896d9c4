"""A loopback HTTP server that speaks Gemini generateContent or OpenAI chat completions.

Each request takes the next scripted `Reply` (or asks `responder` once the script is empty),
so a test can say "429, then 500, then a valid answer". Every request is recorded, and the
number of requests in flight is tracked, to check the concurrency cap from the server's side.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

from pydantic import BaseModel

Wire = Literal["openai", "gemini"]


@dataclass
class Reply:
    """One scripted answer: a model text (status 200) or an HTTP error, after `delay` s."""

    status: int = 200
    text: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None  # a raw JSON body instead of the wire's envelope
    delay: float = 0.0
    tokens: tuple[int, int] = (11, 7)


def answer(payload: BaseModel | dict[str, Any] | str, tokens: tuple[int, int] = (11, 7)) -> Reply:
    """A 200 whose model text is `payload` as JSON (or the given string, verbatim)."""
    if isinstance(payload, BaseModel):
        text = payload.model_dump_json()
    elif isinstance(payload, dict):
        text = json.dumps(payload)
    else:
        text = payload
    return Reply(text=text, tokens=tokens)


def error(status: int, retry_after: str | None = None, message: str = "scripted error") -> Reply:
    """An HTTP error in the wire's error shape, optionally with a Retry-After header."""
    headers = {"retry-after": retry_after} if retry_after is not None else {}
    return Reply(status=status, headers=headers, text=message)


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FakeLLM:
    """The fake API. Use as a context manager; `url` is its base URL."""

    def __init__(self, wire: Wire) -> None:
        self.wire = wire
        self.script: deque[Reply] = deque()
        self.responder: Callable[[Recorded], Reply] | None = None
        self.requests: list[Recorded] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = False  # server_close() joins every handler thread
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def then(self, *replies: Reply) -> FakeLLM:
        """Append replies to the script."""
        self.script.extend(replies)
        return self

    def schema_name(self, request: Recorded) -> str:
        """Which output the client asked for: OpenAI's schema name, Gemini's schema title."""
        if self.wire == "openai":
            return str(request.body["response_format"]["json_schema"]["name"])
        return str(request.body["generationConfig"]["responseJsonSchema"]["title"])

    def texts(self, request: Recorded) -> list[tuple[str, str]]:
        """(role, text) of every message in a request, system prompt first."""
        if self.wire == "openai":
            return [(m["role"], m["content"]) for m in request.body["messages"]]
        system = request.body["systemInstruction"]["parts"][0]["text"]
        turns = [(c["role"], c["parts"][0]["text"]) for c in request.body["contents"]]
        return [("system", system), *turns]

    def _next(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            if self.script:
                return self.script.popleft()
        if self.responder is None:  # 418 is final: the test fails with this message
            return error(418, message=f"unscripted request to {request.path}")
        return self.responder(request)

    def _done(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def render(self, reply: Reply, model: str) -> bytes:
        """The reply in this wire's JSON envelope."""
        if reply.body is not None:
            return json.dumps(reply.body).encode()
        if reply.status >= 400:
            if self.wire == "openai":
                return json.dumps({"error": {"message": reply.text, "type": "fake"}}).encode()
            err = {"code": reply.status, "message": reply.text, "status": "FAKE"}
            return json.dumps({"error": err}).encode()
        tokens_in, tokens_out = reply.tokens
        if self.wire == "openai":
            message = {"role": "assistant", "content": reply.text, "refusal": None}
            return json.dumps(
                {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "model": model,
                    "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                    "usage": {
                        "prompt_tokens": tokens_in,
                        "completion_tokens": tokens_out,
                        "total_tokens": tokens_in + tokens_out,
                    },
                }
            ).encode()
        content = {"role": "model", "parts": [{"text": reply.text}]}
        return json.dumps(
            {
                "candidates": [{"content": content, "finishReason": "STOP", "index": 0}],
                "usageMetadata": {
                    "promptTokenCount": tokens_in,
                    "candidatesTokenCount": tokens_out,
                    "totalTokenCount": tokens_in + tokens_out,
                },
                "modelVersion": model,
            }
        ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the pooled client expects
    timeout = 5  # an idle kept-alive connection cannot hold server_close() for long
    wbufsize = 1 << 16  # headers and body in one send: no Nagle/delayed-ACK stall per reply
    fake: FakeLLM

    def do_POST(self) -> None:  # http.server's naming
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = Recorded(self.path, headers, json.loads(raw or b"{}"))
        try:
            reply = self.fake._next(request)
            if reply.delay and self.fake.stopping.wait(reply.delay):
                self.close_connection = True
                return
            data = self.fake.render(reply, str(request.body.get("model", "")))
            self.send_response(reply.status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            self.close_connection = True
        finally:
            self.fake._done()

    def log_message(self, *_args: object) -> None:
        """Quiet."""


@contextmanager
def running(wire: Wire) -> Iterator[FakeLLM]:
    """A started fake server, stopped (and every socket closed) at the end."""
    with FakeLLM(wire) as fake:
        yield fake
