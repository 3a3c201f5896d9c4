"""One split of the evaluation set (eval/README.md), loaded into typed, validated objects.

A malformed set fails here, with the file and the place in it, rather than as a wrong figure.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

import matcha
from matcha.ai.schemas import CULTURE_DIMENSIONS, ExperienceLevel

SPLITS = ("dev", "dev2", "dev3", "dev5", "dev6", "dev7", "test")
SplitName = Literal["dev", "test"]
FILES = ("culture.json", "resumes.json", "positions.json")


class DatasetError(Exception):
    """The evaluation set is missing or malformed; the message says where."""


def default_data_dir() -> Path:
    """The repository's eval/data (beside src/), else ./eval/data; may not exist (a wheel)."""
    repo = Path(matcha.__file__).resolve().parents[2] / "eval" / "data"
    return repo if repo.is_dir() else Path("eval") / "data"


def _culture_labels(labels: dict[str, str]) -> dict[str, str]:
    for dimension, value in labels.items():
        if dimension not in CULTURE_DIMENSIONS:
            raise ValueError(
                f"unknown dimension {dimension!r}; one of {', '.join(CULTURE_DIMENSIONS)}"
            )
        allowed = CULTURE_DIMENSIONS[dimension]
        if value not in allowed:
            raise ValueError(f"{dimension}: {value!r} is not one of {', '.join(allowed)}")
    return labels


CultureLabels = Annotated[dict[str, str], AfterValidator(_culture_labels)]
Id = Annotated[str, Field(min_length=1)]


class Case(BaseModel):
    # A misspelt key ("lables") must fail, not silently turn every label into "not stated".
    model_config = ConfigDict(extra="forbid", frozen=True)


class InterviewCase(Case):
    id: Id
    file: str
    voice: list[str] = Field(default_factory=list)
    labels: CultureLabels = Field(default_factory=dict)


class CompanyCase(Case):
    id: Id
    name: str
    industry: str = ""
    interviews: Annotated[list[InterviewCase], Field(min_length=1)]
    profile: CultureLabels | None = None


class CultureFile(Case):
    companies: list[CompanyCase]


class EducationLabel(Case):
    degree: str | None = None
    field: str | None = None
    institution: str | None = None
    year: int | None = None


class ResumeLabels(Case):
    name: str | None = None
    experience_years: Annotated[float, Field(ge=0)] | None = None
    skills: list[str] = Field(default_factory=list)
    education: list[EducationLabel] = Field(default_factory=list)


class ResumeCase(Case):
    id: Id
    file: str
    voice: list[str] = Field(default_factory=list)
    labels: ResumeLabels


class Relevance(Case):
    grade: Annotated[int, Field(ge=0, le=3)]
    relevant_years: Annotated[float, Field(ge=0)] | None = None


class PositionCase(Case):
    id: Id
    title: str
    description: str = ""
    required_skills: list[str] = Field(default_factory=list)
    preferred_skills: list[str] = Field(default_factory=list)
    experience_level: ExperienceLevel | None = None
    min_years: Annotated[float, Field(ge=0)] | None = None
    max_years: Annotated[float, Field(ge=0)] | None = None
    relevance: dict[str, Relevance]


class Split(BaseModel):
    """A split's cases and their texts (by case id). A file not yet written is an empty list."""

    name: str
    root: Path
    companies: list[CompanyCase] = Field(default_factory=list)
    resumes: list[ResumeCase] = Field(default_factory=list)
    positions: list[PositionCase] = Field(default_factory=list)
    transcripts: dict[str, str] = Field(default_factory=dict)
    resume_texts: dict[str, str] = Field(default_factory=dict)

    @property
    def interviews(self) -> list[InterviewCase]:
        return [interview for company in self.companies for interview in company.interviews]


M = TypeVar("M", bound=BaseModel)


def _where(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def _parse(path: Path, model: type[M], wrap: str | None = None) -> M:
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DatasetError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: cannot be read: {exc}") from exc
    try:
        return model.model_validate({wrap: raw} if wrap else raw)
    except ValidationError as exc:
        problems = [
            f"{_where(tuple(err['loc'][1:] if wrap else err['loc']))}: {err['msg']}"
            for err in exc.errors()[:5]
        ]
        more = f" (and {exc.error_count() - 5} more)" if exc.error_count() > 5 else ""
        raise DatasetError(f"{path}: " + "; ".join(problems) + more) from exc


class _Resumes(Case):
    items: list[ResumeCase]


class _Positions(Case):
    items: list[PositionCase]


def _text(root: Path, file: str, owner: str) -> str:
    """The text a case points to, which must be a non-empty UTF-8 file inside the split."""
    path = (root / file).resolve()
    if not path.is_relative_to(root.resolve()):
        raise DatasetError(f"{owner}: file {file!r} is outside {root}")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DatasetError(f"{owner}: file {root / file} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{owner}: file {root / file} cannot be read: {exc}") from exc
    if not text.strip():
        raise DatasetError(f"{owner}: file {root / file} is empty")
    return text


def _unique(kind: str, ids: list[str], root: Path) -> None:
    repeated = sorted(i for i, n in Counter(ids).items() if n > 1)
    if repeated:
        raise DatasetError(f"{root}: {kind} id(s) used more than once: {', '.join(repeated)}")


def _check_relevance(split: Split) -> None:
    resume_ids = {r.id for r in split.resumes}
    for position in split.positions:
        graded = set(position.relevance)
        owner = f"{split.root / 'positions.json'}: position {position.id}"
        if unknown := sorted(graded - resume_ids):
            raise DatasetError(f"{owner}: grades unknown résumé(s) {', '.join(unknown)}")
        if missing := sorted(resume_ids - graded):
            raise DatasetError(
                f"{owner}: does not grade {', '.join(missing)} (every résumé must be graded)"
            )


def load_split(data_dir: Path, name: str) -> Split:
    """Load and check data_dir/<name>; raises DatasetError saying what is wrong and where."""
    if name not in SPLITS:
        raise DatasetError(f"unknown split {name!r}; choose {', '.join(SPLITS)}")
    if not data_dir.is_dir():
        raise DatasetError(
            f"no evaluation data at {data_dir} (run from a checkout of the repository, "
            "or pass --data PATH to a directory holding dev/ and test/)"
        )
    root = data_dir / name
    present = [f for f in FILES if (root / f).is_file()]
    if not present:
        raise DatasetError(f"{root}: none of {', '.join(FILES)} found")
    split = Split(name=name, root=root)
    if "culture.json" in present:
        split.companies = _parse(root / "culture.json", CultureFile).companies
        _unique("company", [c.id for c in split.companies], root)
        _unique("interview", [i.id for i in split.interviews], root)
        split.transcripts = {
            i.id: _text(root, i.file, f"interview {i.id}") for i in split.interviews
        }
    if "resumes.json" in present:
        split.resumes = _parse(root / "resumes.json", _Resumes, wrap="items").items
        _unique("résumé", [r.id for r in split.resumes], root)
        split.resume_texts = {r.id: _text(root, r.file, f"résumé {r.id}") for r in split.resumes}
    if "positions.json" in present:
        if "resumes.json" not in present:
            raise DatasetError(
                f"{root}: positions.json grades résumés, but resumes.json is missing"
            )
        split.positions = _parse(root / "positions.json", _Positions, wrap="items").items
        _unique("position", [p.id for p in split.positions], root)
        _check_relevance(split)
    return split
