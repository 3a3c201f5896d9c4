"""deploy/systemd: units that parse, stop gracefully, are sandboxed, and match `matcha plan`."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from matcha.system.plan import plan
from matcha.system.sizes import parse_mib, parse_size

ROOT = Path(__file__).parents[2]
UNITS = ROOT / "deploy" / "systemd"
SERVICES = ("matcha-api.service", "matcha-worker.service", "matcha-worker-burst.service")
LONGEST_JOB_S = 120  # the job length every stop timeout is sized for
MATCHA = "/opt/matcha/venv/bin/matcha"


def unit(name: str) -> configparser.ConfigParser:
    """A unit file parsed as INI (strict=False: systemd allows repeated keys)."""
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((UNITS / name).read_text())
    return parser


def sec(value: str) -> float:
    """A systemd time span (150, 150s, 2min, 7min 30s) in seconds."""
    if value.isdigit():
        return float(value)
    scale = {"s": 1, "sec": 1, "min": 60, "m": 60, "h": 3600}
    parts = re.findall(r"(\d+)\s*(min|sec|s|m|h)", value)
    assert parts, value
    return sum(int(n) * scale[u] for n, u in parts)


def one_gib_plan_limits() -> dict[str, int]:
    """The API and worker ceilings `matcha plan` gives for a 1 GiB box (embedded broker)."""
    result = plan(parse_mib("1GiB"), free=parse_mib("191MB"))
    assert result.recommended == "combined"
    return {
        "matcha-api.service": result.row("combined").limits_mib["api"],
        "matcha-worker.service": result.row("always-on").limits_mib["worker"],
        "matcha-worker-burst.service": result.row("scheduled-busy").limits_mib["worker"],
    }


@pytest.mark.parametrize("name", SERVICES)
def test_service_keys(name: str) -> None:
    service = unit(name)["Service"]
    assert service["User"] == "matcha"
    assert service["EnvironmentFile"] == "/etc/matcha/matcha.env"
    assert service["WorkingDirectory"] == "/var/lib/matcha"
    assert service["NoNewPrivileges"] == "true"
    assert service["ProtectSystem"] == "strict"
    assert service["ReadWritePaths"] == "/var/lib/matcha"
    assert service["KillSignal"] == "SIGTERM"
    assert service["ExecStart"].startswith(f"{MATCHA} ")
    assert sec(service["TimeoutStopSec"]) > LONGEST_JOB_S
    assert parse_size(service["MemoryMax"]) / 2**20 == one_gib_plan_limits()[name]


def test_api_migrates_and_serves() -> None:
    service = unit("matcha-api.service")["Service"]
    assert service["ExecStartPre"] == f"{MATCHA} db upgrade"
    assert service["ExecStart"].startswith(f"{MATCHA} serve")
    assert "WantedBy" in unit("matcha-api.service")["Install"]


def test_always_on_worker() -> None:
    service = unit("matcha-worker.service")["Service"]
    assert service["ExecStart"].split()[:2] == [MATCHA, "worker"]
    assert "--burst" not in service["ExecStart"]
    assert service["Restart"] == "always"


def test_burst_worker_outlasts_its_runtime() -> None:
    service = unit("matcha-worker-burst.service")["Service"]
    assert service["Type"] == "oneshot"
    argv = service["ExecStart"].split()
    assert argv[1:3] == ["worker", "--burst"]
    max_runtime = float(argv[argv.index("--max-runtime") + 1])
    assert max_runtime == 240
    assert float(argv[argv.index("--idle-timeout") + 1]) == 10
    assert sec(service["TimeoutStopSec"]) > max_runtime + LONGEST_JOB_S
    assert sec(service["TimeoutStartSec"]) > max_runtime + LONGEST_JOB_S
    assert "Install" not in unit("matcha-worker-burst.service")  # the timer starts it


def test_timer() -> None:
    timer = unit("matcha-worker-burst.timer")
    assert timer["Timer"]["Unit"] == "matcha-worker-burst.service"
    assert timer["Timer"]["OnBootSec"] == "2min"
    assert timer["Timer"]["OnUnitActiveSec"] == "5min"
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_install_script() -> None:
    script = UNITS / "install.sh"
    text = script.read_text()
    assert text.startswith("#!/bin/sh\n")
    subprocess.run(["sh", "-n", str(script)], check=True)
    for step in ("useradd --system", "-m venv", "daemon-reload", "systemctl enable"):
        assert step in text
    limits = one_gib_plan_limits()
    assert f"combined) api_max={limits['matcha-api.service']}M" in text
    result = plan(parse_mib("1GiB"), free=parse_mib("191MB"))
    assert f"on-demand) api_max={result.row('on-demand-busy').limits_mib['api']}M" in text
    assert f"worker_max={result.row('lean').limits_mib['worker']}M" in text
    assert f"--max-memory {result.lean_max_memory_mib}" in text


@pytest.mark.skipif(
    shutil.which("systemd-analyze") is None,
    reason="systemd-analyze is not installed (apt-get install systemd provides it)",
)
def test_systemd_analyze_verify(tmp_path: Path) -> None:
    """Verify with ExecStart pointed at a stand-in binary: the real venv is not installed here."""
    fake = tmp_path / "matcha"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    names = [*SERVICES, "matcha-worker-burst.timer"]
    for name in names:
        (tmp_path / name).write_text((UNITS / name).read_text().replace(MATCHA, str(fake)))
    done = subprocess.run(
        ["systemd-analyze", "verify", *(str(tmp_path / n) for n in names)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    problems = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if str(tmp_path) in line or re.search(r"Unknown|Failed|ignoring|not executable", line)
    ]
    assert done.returncode == 0, done.stderr
    assert not problems, "\n".join(problems)
