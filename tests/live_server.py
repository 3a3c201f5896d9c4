"""The API under a real uvicorn server in a thread, with a small request threadpool, and raw
HTTP streams that stay open until the test closes them."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import anyio.to_thread
import uvicorn


@dataclass
class LiveServer:
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def open_stream(self, path: str, headers: dict[str, str]) -> socket.socket:
        """Send a GET and leave the connection open, unread (as a browser tab would)."""
        sock = socket.create_connection((self.host, self.port), timeout=10)
        lines = [f"GET {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Accept: */*"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        return sock


def read_until(sock: socket.socket, marker: bytes, timeout: float = 10.0) -> bytes:
    """What the stream sent up to `marker` (a socket timeout fails the test)."""
    sock.settimeout(timeout)
    data = b""
    while marker not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


@contextmanager
def live_server(threads: int) -> Iterator[LiveServer]:
    """Serve a fresh app on 127.0.0.1 with `threads` request threads (anyio's default limiter)."""
    from matcha.main import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(background=False), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)

    async def serve() -> None:
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        await server.serve(sockets=[sock])

    thread = threading.Thread(target=lambda: asyncio.run(serve()), daemon=True)
    thread.start()
    try:
        for _ in range(200):
            if server.started:
                break
            threading.Event().wait(0.05)
        assert server.started, "uvicorn did not start"
        yield LiveServer("127.0.0.1", port)
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()
