"""What `matcha eval` reports: typed, so the CLI renders it and `--json` writes it whole."""

from __future__ import annotations

from pydantic import BaseModel, Field, computed_field

from matcha.evaluation import metrics


class DimensionScore(BaseModel):
    """Counts for one culture dimension (or all of them) over a set of answers."""

    labelled: int = 0
    correct: int = 0
    unknown: int = 0
    unlabelled: int = 0
    guessed: int = 0

    def add(self, label: str | None, predicted: str) -> metrics.CultureOutcome:
        outcome = metrics.culture_outcome(label, predicted)
        self.labelled += label is not None
        self.correct += outcome == "correct"
        self.unknown += outcome == "unknown"
        self.unlabelled += label is None
        self.guessed += outcome == "guessed"
        return outcome

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        """Right answers among labelled values (`unknown` counts as wrong)."""
        return metrics.rate(self.correct, self.labelled)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def unknown_rate(self) -> float | None:
        """`unknown` answered where a label exists."""
        return metrics.rate(self.unknown, self.labelled)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def guess_rate(self) -> float | None:
        """A value named where the text does not say."""
        return metrics.rate(self.guessed, self.unlabelled)


class Miss(BaseModel):
    """A labelled value answered wrongly, with the first sentence the provider gave for it."""

    file: str
    dimension: str
    label: str
    predicted: str
    evidence: str = ""


class CultureReport(BaseModel):
    transcripts: int = 0
    dimensions: dict[str, DimensionScore] = Field(default_factory=dict)
    overall: DimensionScore = Field(default_factory=DimensionScore)
    misses: list[Miss] = Field(default_factory=list)


class CompanyAggregation(BaseModel):
    company: str
    interviews: int
    score: DimensionScore


class AggregationReport(BaseModel):
    companies: list[CompanyAggregation] = Field(default_factory=list)
    dimensions: dict[str, DimensionScore] = Field(default_factory=dict)
    overall: DimensionScore = Field(default_factory=DimensionScore)
    misses: list[Miss] = Field(default_factory=list)


class ResumeResult(BaseModel):
    id: str
    name_label: str | None
    name_parsed: str | None
    years_label: float | None
    years_parsed: float
    skills_recall: metrics.Hits
    skills_precision: metrics.Hits
    education: metrics.Hits
    skills_missed: list[str] = Field(default_factory=list)
    skills_extra: list[str] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def name_ok(self) -> bool | None:
        if self.name_label is None:
            return None
        return metrics.name_matches(self.name_label, self.name_parsed)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def years_ok(self) -> bool | None:
        if self.years_label is None:
            return None
        return metrics.years_within(self.years_label, self.years_parsed)


def _share(flags: list[bool | None]) -> float | None:
    defined = [f for f in flags if f is not None]
    return metrics.rate(sum(defined), len(defined))


class ResumeReport(BaseModel):
    resumes: list[ResumeResult] = Field(default_factory=list)

    def _total(self, attr: str) -> metrics.Hits:
        return sum((getattr(r, attr) for r in self.resumes), metrics.Hits())

    @computed_field  # type: ignore[prop-decorator]
    @property
    def name_accuracy(self) -> float | None:
        return _share([r.name_ok for r in self.resumes])

    @computed_field  # type: ignore[prop-decorator]
    @property
    def years_within_1(self) -> float | None:
        return _share([r.years_ok for r in self.resumes])

    @computed_field  # type: ignore[prop-decorator]
    @property
    def skills_recall(self) -> float | None:
        return self._total("skills_recall").rate

    @computed_field  # type: ignore[prop-decorator]
    @property
    def skills_precision(self) -> float | None:
        return self._total("skills_precision").rate

    @computed_field  # type: ignore[prop-decorator]
    @property
    def education_found(self) -> float | None:
        return self._total("education").rate


class PositionResult(BaseModel):
    id: str
    title: str
    ranking: list[str]  # résumé ids, best first
    grades: list[int]  # their grades, in the same order
    ndcg_at_5: float | None
    top_is_strong: bool
    grade0_in_top_half: int
    grade0_in_top_half_at_best: int  # the same count for the ideal ranking: the floor
    top_half: int
    relevant_years_mae: float | None


class RankingReport(BaseModel):
    positions: list[PositionResult] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mean_ndcg_at_5(self) -> float | None:
        return metrics.mean(p.ndcg_at_5 for p in self.positions)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def top_is_strong(self) -> float | None:
        return metrics.mean(float(p.top_is_strong) for p in self.positions)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mean_grade0_in_top_half(self) -> float | None:
        return metrics.mean(float(p.grade0_in_top_half) for p in self.positions)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mean_relevant_years_mae(self) -> float | None:
        return metrics.mean(p.relevant_years_mae for p in self.positions)


class Failure(BaseModel):
    """An answer that failed validation twice: counted as wrong (culture) or last (ranking)."""

    task: str
    item: str
    code: str
    message: str


class Spend(BaseModel):
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    wall_seconds: float = 0.0


class Report(BaseModel):
    split: str
    data_dir: str
    provider: str
    model: str
    culture: CultureReport | None = None
    aggregation: AggregationReport | None = None
    resumes: ResumeReport | None = None
    ranking: RankingReport | None = None
    failures: list[Failure] = Field(default_factory=list)
    spend: Spend = Field(default_factory=Spend)
