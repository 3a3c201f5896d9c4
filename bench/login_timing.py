"""Login cost: time of a correct, a wrong-password and an unknown-user login, and Argon2's memory.

    .venv/bin/python bench/login_timing.py [--n 30]

Runs the real app in-process (FastAPI's TestClient) on a fresh SQLite database in a temp dir,
with the login rate limit raised so every attempt is timed. An unknown email must take as long
as a wrong password (a full Argon2 check against a decoy hash), or response time would tell an
attacker which emails have accounts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _hwm_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=30, help="logins timed per case")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="matcha-login-"))
    os.environ.update(
        DATABASE_URL=f"sqlite:///{tmp / 'matcha.db'}",
        MATCHA_SECRET_KEY="bench-only-secret-key-" + "b" * 32,
        MATCHA_LOGIN_ATTEMPTS="1000000",
    )
    from fastapi.testclient import TestClient

    from matcha.db import get_engine
    from matcha.main import create_app
    from matcha.models import Base

    Base.metadata.create_all(get_engine())
    client = TestClient(create_app(background=False))
    before = _rss_mib()
    registered = client.post(
        "/api/auth/register",
        json={"organisation": "Bench", "email": "ada@example.com", "password": "right password"},
    )
    assert registered.status_code == 201, registered.text
    after_first_hash = _rss_mib()

    cases = {
        "correct password": ("ada@example.com", "right password", 200),
        "wrong password": ("ada@example.com", "wrong password", 401),
        "unknown email": ("nobody@example.com", "wrong password", 401),
    }
    timings: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.n):
        for name, (email, password, status) in cases.items():
            start = time.perf_counter()
            response = client.post(
                "/api/auth/token", data={"username": email, "password": password}
            )
            timings[name].append((time.perf_counter() - start) * 1000)
            assert response.status_code == status, response.text

    print(f"\n## login time, ms ({args.n} each, interleaved; Argon2id m=19 MiB t=2 p=1)\n")
    print("| case | median | p90 | min | max |")
    print("|---|---|---|---|---|")
    for name, values in timings.items():
        values.sort()
        p90 = values[int(0.9 * (len(values) - 1))]
        print(
            f"| {name} | {statistics.median(values):.1f} | {p90:.1f} | "
            f"{values[0]:.1f} | {values[-1]:.1f} |"
        )
    wrong = statistics.median(timings["wrong password"])
    unknown = statistics.median(timings["unknown email"])
    print(f"\nunknown email / wrong password: {unknown / wrong:.2f}x")
    print(
        f"process RSS: {before:.1f} MiB before the first hash, {after_first_hash:.1f} after "
        f"(argon2 loaded on first use), {_rss_mib():.1f} after {3 * args.n} logins; "
        f"high-water mark {_hwm_mib():.1f} MiB"
    )


if __name__ == "__main__":
    main()
