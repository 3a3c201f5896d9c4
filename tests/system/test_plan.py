"""`matcha plan` must reproduce the user's own arithmetic and say which matcha modes fit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from matcha.cli.plan import classify, find_live, measured_figures, register
from matcha.system.footprints import shipped_footprints
from matcha.system.plan import (
    plan,
)
from matcha.system.sizes import MIB, SizeError, parse_mib, parse_named, parse_size

# The user's WORKER_DEPLOYMENT_OPTIONS.md: a t4g.micro with four containers and ~191MB free.
USER_OTHERS = [
    "oceaneca-backend=377MB",
    "matcha-backend=53MB",
    "oceaneca-frontend=3MB",
    "matcha-frontend=2MB",
]


@pytest.fixture
def cli() -> typer.Typer:
    """A local app with only `plan`, as main.py will register it."""
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        """Keep `plan` a subcommand."""

    return app


def invoke(app: typer.Typer, *args: str) -> tuple[int, str]:
    """Run `plan` with a wide terminal so the table does not wrap."""
    result = CliRunner().invoke(app, ["plan", *args], env={"COLUMNS": "200"})
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1GiB", 2**30),
        ("1GB", 10**9),
        ("191MiB", 191 * 2**20),
        ("191MB", 191 * 10**6),
        ("512M", 512 * 2**20),
        ("128 MB", 128 * 10**6),
        ("1.2GiB", round(1.2 * 2**30)),
        ("64kB", 64_000),
        ("64KiB", 65_536),
        ("1gib", 2**30),
        (" 2 G ", 2 * 2**30),
        ("100B", 100),
    ],
)
def test_parse_size_units(text: str, expected: int) -> None:
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["", "MB", "12", "1.2.3GB", "-5MB", "5 XB", "five MB", "1e3MB"])
def test_parse_size_rejects_bad_sizes(text: str) -> None:
    with pytest.raises(SizeError):
        parse_size(text)


def test_parse_named_and_mib() -> None:
    assert parse_named("oceaneca-backend=377MB") == ("oceaneca-backend", 377e6 / MIB)
    assert parse_mib("191MB") == pytest.approx(182.15, abs=0.01)
    with pytest.raises(SizeError):
        parse_named("oceaneca-backend")
    with pytest.raises(SizeError):
        parse_named("=5MB")


def test_users_plan_does_not_fit_but_combined_does() -> None:
    result = plan(parse_mib("1GiB"), free=parse_mib("191MB"), swap=parse_mib("1.2GiB"))
    user = result.row("user-reserved")
    assert user.total_mib == pytest.approx(640e6 / MIB, abs=0.1)  # 512 MB + 128 MB
    assert not user.fits
    assert not result.row("user-measured").fits
    combined = result.row("combined")
    assert combined.fits
    assert combined.margin_pct >= 20
    assert result.recommended == "combined"
    assert "does NOT fit" in result.notes[0]


def test_users_containers_as_others() -> None:
    others = dict(parse_named(o) for o in USER_OTHERS)
    result = plan(parse_mib("1GiB"), others=others)
    assert result.free_mib == pytest.approx(1024 - 435e6 / MIB, abs=0.01)
    assert not result.row("user-reserved").fits
    assert result.row("combined").fits
    assert result.recommended == "combined"
    assert any("ram − the other processes" in n for n in result.notes)


def test_redis_broker_adds_redis_to_every_mode() -> None:
    fp = shipped_footprints()
    embedded = plan(1024.0, free=182.0)
    redis = plan(1024.0, free=182.0, broker="redis")
    extra = redis.row("combined").total_mib - embedded.row("combined").total_mib
    assert extra == pytest.approx(fp.redis_idle_mib + fp.redis_per_10k_mib, abs=0.1)
    assert "redis" in redis.row("combined").limits_mib
    assert "redis" not in embedded.row("combined").limits_mib
    assert redis.recommended == "combined"


def test_big_box_gets_the_most_capable_mode() -> None:
    assert plan(parse_mib("4GiB")).recommended == "always-on"
    assert plan(parse_mib("4GiB"), free=170.0).recommended == "combined"


def test_thin_margin_and_nothing_fits() -> None:
    peak = shipped_footprints().combined.loaded_mib
    thin = plan(1024.0, free=peak * 1.1)  # combined fits, with under 20 % to spare
    assert thin.recommended == "combined"
    assert "thin margin" in thin.reason
    none = plan(1024.0, free=50.0)
    assert none.recommended is None
    assert "no mode fits" in none.reason


def test_used_and_free_are_exclusive_and_used_counts() -> None:
    assert plan(1024.0, used=824.0).free_mib == 200.0
    with pytest.raises(ValueError, match="not both"):
        plan(1024.0, free=1.0, used=1.0)


def test_measured_figures_replace_the_shipped_ones() -> None:
    fp = shipped_footprints()
    result = plan(1024.0, free=182.0, measured={"combined": 60.0})
    growth = fp.combined.loaded_mib - fp.combined.idle_mib
    assert result.row("combined").total_mib == pytest.approx(60.0 + growth)


def test_footprints_name_their_sources() -> None:
    data = json.loads((Path(__file__).parents[2] / "src/matcha/system/footprints.json").read_text())
    for name in ("api", "worker", "combined", "redis", "user_worker", "user_redis"):
        assert data["components"][name]["source"], name


def test_cli_users_scenario_with_free(cli: typer.Typer) -> None:
    code, out = invoke(cli, "--ram", "1GiB", "--free", "191MB", "--swap", "1.2GiB")
    assert code == 0, out
    assert "Recommendation: MATCHA_WORKER_MODE=combined" in out
    assert "does NOT fit" in out
    assert "user's plan" in out


def test_cli_users_scenario_with_others(cli: typer.Typer) -> None:
    args = [a for o in USER_OTHERS for a in ("--other", o)]
    code, out = invoke(cli, "--ram", "1GiB", *args)
    assert code == 0, out
    assert "MATCHA_WORKER_MODE=combined" in out


@pytest.mark.parametrize(
    "args",
    [
        ["--ram", "lots"],
        ["--ram", "1GiB", "--free", "191"],
        ["--ram", "1GiB", "--free", "191XB"],
        ["--ram", "1GiB", "--other", "oceaneca-backend"],
        ["--ram", "1GiB", "--other", "a=1MB", "--other", "a=2MB"],
        ["--ram", "1GiB", "--free", "191MB", "--used", "800MB"],
        ["--ram", "1GiB", "--broker", "rabbit"],
        ["--ram", "100MB", "--used", "200MB"],
    ],
)
def test_cli_bad_input_exits_2_with_a_message(cli: typer.Typer, args: list[str]) -> None:
    code, out = invoke(cli, *args)
    assert code == 2, out
    assert "Invalid value" in out or "Error" in out


def test_cli_json_shape(cli: typer.Typer) -> None:
    code, out = invoke(cli, "--ram", "1GiB", "--free", "191MB", "--broker", "redis", "--json")
    assert code == 0, out
    data = json.loads(out)
    assert data["unit"] == "MiB"
    assert data["broker"] == "redis"
    assert data["free_mib"] == pytest.approx(182.2, abs=0.05)
    keys = [r["key"] for r in data["rows"]]
    assert keys == [
        "combined",
        "always-on",
        "lean",
        "on-demand-idle",
        "on-demand-busy",
        "scheduled-idle",
        "scheduled-busy",
        "user-reserved",
        "user-measured",
    ]
    for row in data["rows"]:
        assert set(row) >= {"mode", "state", "parts", "total_mib", "fits", "margin_mib"}
        assert row["total_mib"] == pytest.approx(sum(p["mib"] for p in row["parts"]), abs=0.1)
    assert data["recommended"]["mode"] == "combined"
    expected = plan(1024.0, free=191e6 / MIB, broker="redis").recommended_row
    assert expected is not None
    assert data["recommended"]["limits_mib"] == expected.limits_mib
    assert isinstance(data["reason"], str)
    assert isinstance(data["notes"], list)


@pytest.mark.parametrize(
    ("argv", "environ", "component"),
    [
        (["/opt/venv/bin/python", "/opt/venv/bin/matcha", "serve"], {}, "combined"),
        (["matcha", "serve"], {"MATCHA_WORKER_MODE": "on-demand"}, "api"),
        (["python", "-m", "matcha", "worker", "--burst"], {}, "worker"),
        (["matcha", "up"], {"MATCHA_WORKER_MODE": "always-on"}, "api"),
        (
            ["/v/bin/python", "/v/bin/celery", "-A", "matcha.worker.celery_app", "worker"],
            {},
            "worker",
        ),
        (["redis-server *:6379"], {}, "redis"),
        (["matcha", "plan", "--measure"], {}, None),
        (["pytest", "tests/worker"], {}, None),
        (["vim", "notes/matcha", "worker"], {}, None),
        (["celery", "-A", "x", "beat"], {}, None),
    ],
)
def test_classify(argv: list[str], environ: dict[str, str], component: str | None) -> None:
    assert classify(argv, environ=environ) == component


@pytest.fixture
def fake_worker(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A sleeping process whose command line reads `…/matcha worker`."""
    script = tmp_path / "matcha"
    script.write_text(f"#!{sys.executable}\nimport time\ntime.sleep(60)\n")
    script.chmod(0o755)
    proc = subprocess.Popen([str(script), "worker"])
    try:
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc")
def test_measure_finds_a_running_worker(fake_worker: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 10
    while True:
        ours = [p for p in find_live() if p.pid == fake_worker.pid]
        if ours or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert ours, "the fake worker was not found"
    assert ours[0].component == "worker"
    assert 1 < ours[0].rss_mib < 200
    assert os.getpid() not in {p.pid for p in find_live()}
    assert measured_figures(ours) == {"worker": ours[0].rss_mib}


def test_cli_measure_runs(cli: typer.Typer) -> None:
    code, out = invoke(cli, "--ram", "1GiB", "--free", "191MB", "--measure", "--json")
    assert code == 0, out
    assert "measured_processes" in json.loads(out)


def test_footprints_ship_in_the_wheel() -> None:
    """`matcha plan` reads footprints.json at run time, so package-data must include it."""
    import fnmatch
    import tomllib

    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["matcha"]
    assert any(fnmatch.fnmatch("system/footprints.json", p) for p in patterns), (
        'add "system/*.json" to [tool.setuptools.package-data] matcha in pyproject.toml'
    )


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc")
def test_measure_keeps_forked_pool_children_in_the_parent(tmp_path: Path) -> None:
    """A prefork pool child has its parent's command line; its RSS belongs to the parent's sum."""
    script = tmp_path / "matcha"
    script.write_text(f"#!{sys.executable}\nimport os, time\nos.fork()\ntime.sleep(60)\n")
    script.chmod(0o755)
    proc = subprocess.Popen([str(script), "worker"])
    try:
        deadline = time.monotonic() + 10
        while True:
            kids = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
            if kids or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert kids, "the fake worker did not fork"
        live = {p.pid: p for p in find_live()}
        assert proc.pid in live
        assert int(kids[0]) not in live
        assert live[proc.pid].rss_mib * MIB >= 1.5 * (
            int(Path(f"/proc/{kids[0]}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        )
    finally:
        for kid in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split():
            os.kill(int(kid), 15)
        proc.terminate()
        proc.wait(timeout=10)
