"""`matcha eval` on the tiny set: the embedded provider, and both wire formats of the fake LLM."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matcha.ai.llm.http import close_shared
from matcha.ai.provider import get_provider
from matcha.cli.main import app
from matcha.config import get_settings
from tests.ai.llm.conftest import valid_answer
from tests.ai.llm.fake_server import FakeLLM
from tests.evaluation.tiny_set import LABELLED, UNLABELLED

runner = CliRunner()
# 3 transcripts, 1 company aggregated (the model writes its summary), 2 positions x 3 résumés
LLM_CALLS = 3 + 1 + 2 * 3


def test_embedded_prints_every_table_and_writes_the_json(tiny_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = runner.invoke(
        app,
        ["eval", "--provider", "embedded", "--data", str(tiny_data), "--json", str(out)],
    )
    assert result.exit_code == 0, result.output
    for line in (
        "provider embedded (embedded-v1), split dev",
        "culture, per transcript (3 transcripts)",
        "remote_policy",
        "overall",
        "aggregation, per company profile (1 companies)",
        "résumés, parsed by the embedded parser (3 résumés)",
        "skills precision",
        "ranking, per position (2 positions)",
        "Backend Engineer",
        "mean",
        "embedded (embedded-v1): wall",
    ):
        assert line in result.output, line
    assert "culture misses" not in result.output
    report = json.loads(out.read_text())
    assert (report["provider"], report["split"]) == ("embedded", "dev")
    overall = report["culture"]["overall"]
    assert (overall["labelled"], overall["unlabelled"]) == (LABELLED, UNLABELLED)
    assert set(overall) >= {"accuracy", "unknown_rate", "guess_rate"}
    assert len(report["culture"]["dimensions"]) == 9
    assert isinstance(report["culture"]["misses"], list)
    assert [c["company"] for c in report["aggregation"]["companies"]] == ["t-a"]
    assert [r["id"] for r in report["resumes"]["resumes"]] == ["r1", "r2", "r3"]
    assert "skills_recall" in report["resumes"]
    assert [sorted(p["ranking"]) for p in report["ranking"]["positions"]] == [
        ["r1", "r2", "r3"]
    ] * 2
    assert "mean_ndcg_at_5" in report["ranking"]
    assert report["spend"]["calls"] == 0


def test_misses_prints_each_wrong_value(tiny_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    args = ["eval", "--provider", "embedded", "--data", str(tiny_data), "--json", str(out)]
    result = runner.invoke(app, [*args, "--misses"])
    assert result.exit_code == 0, result.output
    assert "culture misses (" in result.output
    for miss in json.loads(out.read_text())["culture"]["misses"]:
        assert miss["file"] in result.output


def test_the_default_provider_is_the_configured_one(
    tiny_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATCHA_AI_PROVIDER", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.openai.com/v1")
    get_settings.cache_clear()
    get_provider.cache_clear()
    result = runner.invoke(app, ["eval", "--data", str(tiny_data)])
    get_provider.cache_clear()
    assert result.exit_code == 2
    assert "not_configured" in result.output and "OPENAI_API_KEY" in result.output


def test_a_bad_data_dir_exits_2_with_the_reason(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "bad evaluation data" in result.output and "no evaluation data at" in result.output


def test_a_malformed_set_exits_2_naming_the_file(tiny_data: Path) -> None:
    (tiny_data / "dev" / "positions.json").write_text("{")
    result = runner.invoke(app, ["eval", "--provider", "embedded", "--data", str(tiny_data)])
    assert result.exit_code == 2
    assert "positions.json" in result.output and "not valid JSON" in result.output


def test_a_json_file_in_a_missing_directory_is_refused_before_the_run(
    tiny_data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "missing" / "report.json"
    result = runner.invoke(app, ["eval", "--data", str(tiny_data), "--json", str(out)])
    assert result.exit_code == 2 and "no directory" in result.output
    assert "culture, per transcript" not in result.output


@pytest.fixture
def llm_env(fake: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLM]:
    """The fake's wire format reachable the way a user configures it: by environment."""
    if fake.wire == "openai":
        monkeypatch.setenv("OPENAI_BASE_URL", f"{fake.url}/v1")
        monkeypatch.setenv("OPENAI_API_KEY", "sk-eval")
    else:
        monkeypatch.setenv("GEMINI_BASE_URL", fake.url)
        monkeypatch.setenv("GEMINI_API_KEY", "g-eval")
    get_settings.cache_clear()
    get_provider.cache_clear()
    fake.responder = valid_answer(fake)
    yield fake
    close_shared()  # before the fake stops: no kept-alive connection holds its shutdown
    get_provider.cache_clear()


def test_an_llm_provider_runs_and_reports_calls_and_tokens(
    llm_env: FakeLLM, tiny_data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.json"
    args = ["eval", "--provider", llm_env.wire, "--data", str(tiny_data), "--json", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert f"{LLM_CALLS} calls" in result.output and "tokens in" in result.output
    spend = json.loads(out.read_text())["spend"]
    assert spend["calls"] == LLM_CALLS == len(llm_env.requests)
    assert spend["tokens_in"] > 0 and spend["tokens_out"] > 0
    report = json.loads(out.read_text())
    assert report["provider"] == llm_env.wire
    # the fake names pace and hierarchy for every transcript: guesses where unlabelled
    assert report["culture"]["dimensions"]["hierarchy"]["guessed"] == 2
