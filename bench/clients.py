"""Tiny stdlib clients the bench drivers use: one RESP command to redis, JSON over HTTP."""

from __future__ import annotations

import json
import socket
from typing import Any


def redis_cmd(port: int, *args: str) -> Any:
    """One RESP command on a fresh connection (enough for PING, INFO, LLEN...)."""
    payload = f"*{len(args)}\r\n" + "".join(f"${len(a.encode())}\r\n{a}\r\n" for a in args)
    with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
        sock.sendall(payload.encode())
        reader = sock.makefile("rb")
        head = reader.readline().decode().rstrip("\r\n")
        if head[0] in "+-":
            return head[1:]
        if head[0] == ":":
            return int(head[1:])
        if head[0] == "$":
            size = int(head[1:])
            return None if size < 0 else reader.read(size + 2)[:-2].decode()
        raise ValueError(f"unexpected RESP reply {head!r}")


def redis_ping(port: int) -> bool:
    try:
        return bool(redis_cmd(port, "PING") == "PONG")
    except OSError:
        return False


AUTH: dict[str, str] = {}  # the bench organisation's bearer header, once `use_token` is called


def use_token(token: str) -> None:
    """Send `Authorization: Bearer <token>` with every request from now on."""
    AUTH["Authorization"] = f"Bearer {token}"


def http_get(url: str, timeout: float = 5) -> tuple[int, bytes]:
    """Status and body of a GET; (0, b'') when nothing answers."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(
            urllib.request.Request(url, headers=AUTH), timeout=timeout
        ) as resp:
            return int(resp.status), resp.read()
    except urllib.error.HTTPError as err:
        return int(err.code), err.read()
    except OSError:
        return 0, b""


def http_post(url: str, body: dict[str, Any] | None = None, timeout: float = 30) -> Any:
    import urllib.request

    data = json.dumps(body or {}).encode()
    req = urllib.request.Request(url, data=data, method="POST", headers=AUTH)
    req.add_header("content-type", "application/json")
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read())
