"""docker-compose.yml: the services, checks and memory limits that `matcha plan` recommends."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from matcha.config import Settings
from matcha.system.plan import REDIS_MAXMEMORY_BYTES, plan
from matcha.system.sizes import MIB, parse_mib, parse_size

ROOT = Path(__file__).parents[2]
COMPOSE = ROOT / "deploy" / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
LONGEST_JOB_S = 120  # the job length every stop timeout is sized for


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    """The parsed compose file."""
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return data


def default(value: str) -> str:
    """The default of a `${VAR:-default}` interpolation, or the value itself."""
    match = re.fullmatch(r"\$\{\w+:-([^}]*)\}", str(value))
    return match.group(1) if match else str(value)


def limit_mib(value: str) -> float:
    """A compose mem_limit in MiB (Docker reads 104m as 104 MiB, as parse_size does)."""
    return parse_size(default(value)) / MIB


def seconds(value: str) -> float:
    """A compose duration such as 120s, 2m or 1m30s in seconds."""
    parts = re.findall(r"(\d+(?:\.\d+)?)(h|m|s|ms)", value)
    assert parts, value
    scale = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    return sum(float(n) * scale[u] for n, u in parts)


def env_example() -> dict[str, str]:
    """KEY=value pairs of .env.example."""
    pairs = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def one_gib_plan() -> Any:
    """The plan for the user's box with this compose file's Redis broker."""
    return plan(parse_mib("1GiB"), free=parse_mib("191MB"), broker="redis")


def test_services_and_profiles(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) >= {"redis", "api", "worker"}
    assert "profiles" not in services["api"]
    assert "profiles" not in services["redis"]
    assert services["worker"]["profiles"] == ["worker"]
    assert services["worker"]["command"][:2] == ["matcha", "worker"]
    assert "--burst" not in services["worker"]["command"]


def test_healthchecks(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["redis"]["healthcheck"]["test"] == ["CMD", "redis-cli", "ping"]
    api_check = " ".join(services["api"]["healthcheck"]["test"])
    assert "/health" in api_check
    assert "urllib" in api_check
    assert "curl" not in api_check
    assert services["worker"]["healthcheck"] == {"disable": True}
    assert services["api"]["depends_on"]["redis"]["condition"] == "service_healthy"
    assert services["worker"]["depends_on"]["redis"]["condition"] == "service_healthy"


def test_api_mode_defaults_to_combined(compose: dict[str, Any]) -> None:
    env = compose["services"]["api"]["environment"]
    assert default(env["MATCHA_WORKER_MODE"]) == "combined"
    assert default(env["MATCHA_BROKER_URL"]).startswith("redis://redis:6379")


def test_redis_flags(compose: dict[str, Any]) -> None:
    redis = compose["services"]["redis"]
    assert redis["image"] == "redis:7-alpine"
    cmd = [str(c) for c in redis["command"]]
    flags = dict(zip(cmd[1::2], cmd[2::2], strict=True))
    assert flags["--appendonly"] == "yes"
    assert flags["--appendfsync"] == "everysec"
    assert flags["--maxmemory-policy"] == "noeviction"
    assert parse_size(flags["--maxmemory"].upper()) == REDIS_MAXMEMORY_BYTES  # redis: mb = 10^6
    assert any(v.endswith(":/data") for v in redis["volumes"])


def test_memory_limits_match_matcha_plan(compose: dict[str, Any]) -> None:
    services = compose["services"]
    result = one_gib_plan()
    assert result.recommended == "combined"
    best = result.recommended_row
    assert best is not None
    assert limit_mib(services["api"]["mem_limit"]) == best.limits_mib["api"]
    assert limit_mib(services["redis"]["mem_limit"]) == best.limits_mib["redis"]
    worker = result.row("always-on").limits_mib["worker"]
    assert limit_mib(services["worker"]["mem_limit"]) == worker
    # The recommended layout's measured peak fits in the free memory. (Its limits are ceilings
    # above each peak; with today's measured figures they add up to more than is free.)
    assert best.total_mib <= result.free_mib
    env = env_example()
    assert parse_size(env["MATCHA_API_MEM_LIMIT"]) / MIB == best.limits_mib["api"]
    assert parse_size(env["MATCHA_WORKER_MEM_LIMIT"]) / MIB == worker


def test_stop_grace_lets_a_job_finish(compose: dict[str, Any]) -> None:
    for name in ("worker", "api"):
        assert seconds(compose["services"][name]["stop_grace_period"]) >= LONGEST_JOB_S, name
    assert compose["services"]["worker"].get("stop_signal", "SIGTERM") == "SIGTERM"


def test_data_volumes(compose: dict[str, Any]) -> None:
    assert set(compose["volumes"]) >= {"matcha-data", "redis-data"}
    for name in ("api", "worker"):
        assert "matcha-data:/var/lib/matcha/data" in compose["services"][name]["volumes"]


def test_env_example_covers_every_setting() -> None:
    env = env_example()
    for name, field in Settings.model_fields.items():
        aliases = getattr(field.validation_alias, "choices", [name.upper()])
        assert any(a in env for a in aliases), f"{name} ({aliases}) missing from .env.example"
    # Values must be valid settings, read the way matcha reads a .env file.
    Settings(_env_file=ROOT / ".env.example")
