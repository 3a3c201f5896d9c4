"""A tiny evaluation set written by the tests themselves (never the real eval/data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TRANSCRIPTS = {
    "t-a-1": (
        "Interviewer: How does the team work?\n"
        "Sam: We are fully remote and async first; everything is written down.\n"
        "Sam: We ship every day, it is a fast-paced startup of about 20 people."
    ),
    "t-a-2": (
        "Interviewer: And decisions?\n"
        "Kim: We're a fully remote company of twenty. We decide by consensus after discussion."
    ),
    "t-b-1": (
        "Interviewer: Where do people work?\n"
        "Lee: Everyone works in the office five days a week. Approvals go up the chain of "
        "command through many layers of management."
    ),
}

RESUMES = {
    "r1": (
        "Ada Stone\nSenior Backend Engineer\nada@example.com\n\nExperience\n"
        "2018 - 2025: Senior Backend Engineer at Loop GmbH\n\n"
        "Skills: Python, PostgreSQL, Kubernetes, Docker\n\n"
        "Education\nBSc Computer Science, University of Leeds, 2017\n"
    ),
    "r2": (
        "Ben Ortiz\nFrontend Developer\n\nExperience\n"
        "2021 - 2025: Frontend Developer at Petal\n\nSkills: JavaScript, React, CSS\n\n"
        "Education\nBA Graphic Design, Central Saint Martins, 2020\n"
    ),
    "r3": (
        "Cleo Park\nAccountant\n\nExperience\n2015 - 2024: Accountant at Sums Ltd\n\n"
        "Skills: Excel\n"
    ),
}

CULTURE: dict[str, Any] = {
    "companies": [
        {
            "id": "t-a",
            "name": "Alpha",
            "industry": "software",
            "interviews": [
                {
                    "id": "t-a-1",
                    "file": "transcripts/t-a-1.txt",
                    "voice": ["speaker labels"],
                    "labels": {
                        "remote_policy": "fully_remote",
                        "communication": "async_first",
                        "pace": "fast_startup",
                        "team_size": "small",
                    },
                },
                {
                    "id": "t-a-2",
                    "file": "transcripts/t-a-2.txt",
                    "labels": {
                        "remote_policy": "fully_remote",
                        "team_size": "small",
                        "decision_making": "consensus",
                    },
                },
            ],
            "profile": {
                "remote_policy": "fully_remote",
                "team_size": "small",
                "decision_making": "consensus",
            },
        },
        {
            "id": "t-b",
            "name": "Beta",
            "interviews": [
                {
                    "id": "t-b-1",
                    "file": "transcripts/t-b-1.txt",
                    "labels": {"remote_policy": "in_office", "hierarchy": "hierarchical"},
                }
            ],
        },
    ]
}

RESUME_CASES: list[dict[str, Any]] = [
    {
        "id": "r1",
        "file": "resumes/r1.txt",
        "labels": {
            "name": "Ada Stone",
            "experience_years": 7,
            "skills": ["Python", "PostgreSQL|Postgres", "Kubernetes|k8s", "Docker"],
            "education": [
                {"degree": "BSc", "field": "Computer Science", "institution": "Leeds", "year": 2017}
            ],
        },
    },
    {
        "id": "r2",
        "file": "resumes/r2.txt",
        "labels": {
            "name": "Ben Ortiz",
            "experience_years": 4,
            "skills": ["JavaScript", "React", "CSS"],
            "education": [{"degree": "BA", "field": "Graphic Design", "year": 2020}],
        },
    },
    {
        "id": "r3",
        "file": "resumes/r3.txt",
        "labels": {"name": "Cleo Park", "experience_years": 9, "skills": ["Excel"]},
    },
]

POSITIONS: list[dict[str, Any]] = [
    {
        "id": "p1",
        "title": "Backend Engineer",
        "description": "Python services on PostgreSQL.",
        "required_skills": ["Python", "PostgreSQL"],
        "preferred_skills": ["Kubernetes"],
        "experience_level": "senior",
        "min_years": 5,
        "relevance": {
            "r1": {"grade": 3, "relevant_years": 7},
            "r2": {"grade": 1, "relevant_years": 0},
            "r3": {"grade": 0},
        },
    },
    {
        "id": "p2",
        "title": "Frontend Developer",
        "required_skills": ["JavaScript", "React"],
        "relevance": {
            "r1": {"grade": 1, "relevant_years": 1},
            "r2": {"grade": 3, "relevant_years": 4},
            "r3": {"grade": 0},
        },
    },
]

# Labelled culture values, and dimensions left unlabelled, over the three transcripts.
LABELLED = 4 + 3 + 2
UNLABELLED = 3 * 9 - LABELLED


def write_tiny_set(data: Path, split: str = "dev", *, with_resumes: bool = True) -> Path:
    """Write the set under data/<split>/ and return `data`."""
    root = data / split
    (root / "transcripts").mkdir(parents=True)
    for ident, text in TRANSCRIPTS.items():
        (root / "transcripts" / f"{ident}.txt").write_text(text, encoding="utf-8")
    (root / "culture.json").write_text(json.dumps(CULTURE, indent=2), encoding="utf-8")
    if with_resumes:
        (root / "resumes").mkdir()
        for ident, text in RESUMES.items():
            (root / "resumes" / f"{ident}.txt").write_text(text, encoding="utf-8")
        (root / "resumes.json").write_text(json.dumps(RESUME_CASES), encoding="utf-8")
        (root / "positions.json").write_text(json.dumps(POSITIONS), encoding="utf-8")
    return data
