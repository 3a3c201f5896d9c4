"""A loopback stand-in for an LLM API: answers any GET or POST with a small JSON after a delay.

`python bench/fake_llm.py --port 8765 --latency 0.2`. Threaded, so concurrent calls overlap as
they would against a real API. Started by the bench scripts; never part of a measured tree.
"""

from __future__ import annotations

import argparse
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = json.dumps({"model": "fake", "text": "ok", "usage": {"tokens": 42}}).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a pooled client expects
    latency = 0.2

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        time.sleep(self.latency)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    do_GET = do_POST = _answer  # noqa: N815  (http.server's names)

    def log_message(self, *_args: object) -> None:
        """Quiet: one line per call would dominate the bench's output."""


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default backlog of 5 drops bursts of 32+ connections


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds per POST")
    args = parser.parse_args()
    Handler.latency = args.latency
    with Server(("127.0.0.1", args.port), Handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
