"""deploy/Dockerfile and its entrypoint: slim, non-root, health-checked, migrates first."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
ENTRYPOINT = ROOT / "deploy" / "docker-entrypoint.sh"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def final_stage() -> list[tuple[str, str]]:
    """The instructions after the last FROM."""
    steps = instructions()
    last = max(i for i, (word, _) in enumerate(steps) if word == "FROM")
    return steps[last:]


def test_slim_multi_stage_base() -> None:
    steps = instructions()
    args = dict(a.split("=", 1) for w, a in steps if w == "ARG" and "=" in a)
    bases = [a.split()[0] for w, a in steps if w == "FROM"]
    assert len(bases) >= 2, "multi-stage: build the wheel, then copy only the venv"
    for base in bases:
        resolved = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], base)
        assert resolved == "python:3.11-slim"
    assert any(w == "COPY" and "--from=build" in a and "/opt/venv" in a for w, a in final_stage())


def test_no_compilers_in_final_image() -> None:
    final = " ".join(a for w, a in final_stage() if w == "RUN")
    for tool in ("gcc", "build-essential", "apt-get install", "make "):
        assert tool not in final


def test_runs_as_non_root() -> None:
    users = [a for w, a in final_stage() if w == "USER"]
    assert users, "the final stage must set USER"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}


def test_healthcheck_uses_stdlib_on_health() -> None:
    checks = [a for w, a in final_stage() if w == "HEALTHCHECK"]
    assert len(checks) == 1
    assert "/health" in checks[0]
    assert "urllib" in checks[0]
    assert "curl" not in checks[0]
    assert "wget" not in checks[0]


def test_expose_entrypoint_and_cmd() -> None:
    final = final_stage()
    assert ("EXPOSE", "8000") in final
    cmd = [a for w, a in final if w == "CMD"][-1]
    assert json.loads(cmd) == ["matcha", "serve", "--host", "0.0.0.0"]
    entry = [a for w, a in final if w == "ENTRYPOINT"][-1]
    assert json.loads(entry) == ["docker-entrypoint.sh"]


def test_dockerignore_keeps_the_context_small() -> None:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    assert "**" in lines  # everything is excluded unless listed
    assert "!src/" in lines
    assert not any(line.startswith("!") and (".venv" in line or "data" in line) for line in lines)


def test_entrypoint_is_posix_sh() -> None:
    text = ENTRYPOINT.read_text()
    assert text.startswith("#!/bin/sh\n")
    assert os.access(ENTRYPOINT, os.X_OK)
    subprocess.run(["sh", "-n", str(ENTRYPOINT)], check=True)
    assert 'exec "$@"' in text


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX sh")
@pytest.mark.parametrize(
    ("command", "env", "calls"),
    [
        (["matcha", "serve", "--host", "0.0.0.0"], {}, ["db upgrade", "serve --host 0.0.0.0"]),
        (["matcha", "up"], {}, ["db upgrade", "up"]),
        (["matcha", "worker"], {}, ["worker"]),
        (["matcha", "serve"], {"MATCHA_SKIP_MIGRATE": "1"}, ["serve"]),
    ],
)
def test_entrypoint_migrates_only_before_serving(
    tmp_path: Path, command: list[str], env: dict[str, str], calls: list[str]
) -> None:
    log = tmp_path / "calls"
    fake = tmp_path / "matcha"
    fake.write_text(f'#!/bin/sh\necho "$*" >> {log}\n')
    fake.chmod(0o755)
    environ = {**os.environ, **env, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    subprocess.run(["sh", str(ENTRYPOINT), *command], check=True, env=environ, timeout=10)
    assert log.read_text().splitlines() == calls
