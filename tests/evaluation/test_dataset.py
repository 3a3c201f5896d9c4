"""Loading a split: the tiny set, and a clear error for each way a set can be malformed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import matcha
from matcha.evaluation.dataset import DatasetError, default_data_dir, load_split
from tests.evaluation.tiny_set import write_tiny_set


def _edit(path: Path, change: Any) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def test_loads_every_case_and_its_text(tiny_data: Path) -> None:
    split = load_split(tiny_data, "dev")
    assert [c.id for c in split.companies] == ["t-a", "t-b"]
    assert [i.id for i in split.interviews] == ["t-a-1", "t-a-2", "t-b-1"]
    assert split.interviews[0].labels["pace"] == "fast_startup"
    assert split.companies[0].profile == {
        "remote_policy": "fully_remote",
        "team_size": "small",
        "decision_making": "consensus",
    }
    assert split.companies[1].profile is None
    assert "fully remote" in split.transcripts["t-a-1"]
    assert [r.id for r in split.resumes] == ["r1", "r2", "r3"]
    assert split.resumes[0].labels.skills[1] == "PostgreSQL|Postgres"
    assert split.resume_texts["r3"].startswith("Cleo Park")
    assert split.positions[0].relevance["r1"].relevant_years == 7


def test_a_split_whose_resumes_are_not_written_yet_loads_its_culture(tmp_path: Path) -> None:
    split = load_split(write_tiny_set(tmp_path, with_resumes=False), "dev")
    assert len(split.interviews) == 3
    assert split.resumes == [] and split.positions == []


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (
            lambda d: d["companies"][0]["interviews"][1]["labels"].update(pace="fast"),
            "companies.0.interviews.1.labels: Value error, pace: 'fast' is not one of",
        ),
        (
            lambda d: d["companies"][1]["interviews"][0]["labels"].update(vibe="chill"),
            "unknown dimension 'vibe'",
        ),
        (
            lambda d: d["companies"][0]["interviews"][0].update(lables={}),
            "companies.0.interviews.0.lables: Extra inputs are not permitted",
        ),
        (lambda d: d["companies"][1].update(interviews=[]), "companies.1.interviews"),
    ],
)
def test_a_malformed_culture_file_names_the_place(tiny_data: Path, change: Any, says: str) -> None:
    _edit(tiny_data / "dev" / "culture.json", change)
    with pytest.raises(DatasetError, match=r"culture\.json") as raised:
        load_split(tiny_data, "dev")
    assert says in str(raised.value)


def test_invalid_json_gives_the_line(tiny_data: Path) -> None:
    (tiny_data / "dev" / "resumes.json").write_text('[\n  {"id": "r1",,}\n]')
    with pytest.raises(DatasetError, match=r"resumes.json: not valid JSON \(line 2"):
        load_split(tiny_data, "dev")


def test_a_missing_text_file_is_named(tiny_data: Path) -> None:
    (tiny_data / "dev" / "transcripts" / "t-a-2.txt").unlink()
    with pytest.raises(DatasetError, match=r"interview t-a-2: file .*t-a-2.txt does not exist"):
        load_split(tiny_data, "dev")


def test_a_text_file_outside_the_split_is_refused(tiny_data: Path) -> None:
    _edit(
        tiny_data / "dev" / "resumes.json",
        lambda d: d[0].update(file="../../outside.txt"),
    )
    with pytest.raises(DatasetError, match="is outside"):
        load_split(tiny_data, "dev")


def test_every_resume_must_be_graded_for_every_position(tiny_data: Path) -> None:
    _edit(tiny_data / "dev" / "positions.json", lambda d: d[1]["relevance"].pop("r3"))
    with pytest.raises(DatasetError, match="position p2: does not grade r3"):
        load_split(tiny_data, "dev")
    _edit(tiny_data / "dev" / "positions.json", lambda d: d[1]["relevance"].update(r9={"grade": 1}))
    with pytest.raises(DatasetError, match="grades unknown résumé"):
        load_split(tiny_data, "dev")


def test_grades_run_from_0_to_3(tiny_data: Path) -> None:
    _edit(tiny_data / "dev" / "positions.json", lambda d: d[0]["relevance"]["r1"].update(grade=4))
    with pytest.raises(DatasetError, match=r"0.relevance.r1.grade: Input should be less"):
        load_split(tiny_data, "dev")


def test_ids_are_unique(tiny_data: Path) -> None:
    _edit(tiny_data / "dev" / "resumes.json", lambda d: d[2].update(id="r1"))
    with pytest.raises(DatasetError, match=r"résumé id.* used more than once: r1"):
        load_split(tiny_data, "dev")


def test_a_missing_directory_or_split_says_so(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match=r"no evaluation data at .*--data"):
        load_split(tmp_path / "nowhere", "dev")
    (tmp_path / "dev").mkdir()
    with pytest.raises(DatasetError, match=r"none of culture\.json"):
        load_split(tmp_path, "dev")
    with pytest.raises(DatasetError, match="unknown split"):
        load_split(tmp_path, "train")


def test_the_default_data_dir_is_the_checkouts_else_the_working_directorys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "src" / "matcha" / "__init__.py"
    monkeypatch.setattr(matcha, "__file__", str(package))
    assert default_data_dir() == Path("eval") / "data"  # an installed wheel: no checkout
    (tmp_path / "eval" / "data").mkdir(parents=True)
    assert default_data_dir() == tmp_path / "eval" / "data"
