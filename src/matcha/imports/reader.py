"""Reading an uploaded CSV: its encoding, its header against the kind's columns, its size."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from matcha.errors import InvalidInput
from matcha.imports.schemas import ImportKind

COLUMNS: dict[ImportKind, tuple[str, ...]] = {
    "candidates": ("name", "email", "phone", "resume_text", "resume_file"),
    "companies": ("name", "industry", "size"),
    "positions": (
        "company",
        "title",
        "description",
        "required_skills",
        "preferred_skills",
        "experience_level",
        "min_years",
        "max_years",
        "remote_policy",
        "location",
        "employment_type",
        "salary_min",
        "salary_max",
        "department",
        "status",
    ),
}
# Each tuple: columns of which at least one must be in the header.
REQUIRED: dict[ImportKind, tuple[tuple[str, ...], ...]] = {
    "candidates": (("resume_text", "resume_file"),),
    "companies": (("name",),),
    "positions": (("company",), ("title",)),
}
EXAMPLES: dict[ImportKind, dict[str, str]] = {
    "candidates": {
        "name": "Ada Lovelace",
        "email": "ada@example.com",
        "phone": "+44 20 7946 0000",
        "resume_text": "Ada Lovelace\nSkills: Python, SQL\n2015 - 2024 Engineer at Acme",
        "resume_file": "",
    },
    "companies": {"name": "Acme", "industry": "Logistics", "size": "50-200"},
    "positions": {
        "company": "Acme",
        "title": "Backend Engineer",
        "description": "Services and data",
        "required_skills": "Python; SQL",
        "preferred_skills": "Docker",
        "experience_level": "senior",
        "min_years": "5",
        "max_years": "10",
        "remote_policy": "hybrid",
        "location": "Leeds",
        "employment_type": "full-time",
        "salary_min": "60000",
        "salary_max": "80000",
        "department": "Engineering",
        "status": "active",
    },
}
csv.field_size_limit(1_000_000)  # a pasted résumé can be long; the schemas bound it after


def template(kind: ImportKind) -> str:
    """The kind's columns and one example row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS[kind])
    writer.writeheader()
    writer.writerow(EXAMPLES[kind])
    return out.getvalue()


def rows(
    kind: ImportKind, content: bytes, *, max_rows: int
) -> Iterator[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, cells by column) for each non-blank row; InvalidInput for a
    file that is not UTF-8 CSV, lacks a required column, names an unknown one, or is too long."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("the file is not UTF-8 text: save it as CSV UTF-8") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    if not header:
        raise InvalidInput("the file is empty: it needs a header row (see the template)")
    reader.fieldnames = header
    unknown = [h for h in header if h not in COLUMNS[kind]]
    missing = [" or ".join(repr(c) for c in any_of) for any_of in REQUIRED[kind]]
    missing = [
        m
        for m, any_of in zip(missing, REQUIRED[kind], strict=True)
        if not set(any_of) & set(header)
    ]
    if unknown or missing:
        problems = [f"unknown column {h!r}" for h in unknown]
        problems += [f"missing column {c}" for c in missing]
        raise InvalidInput(
            "; ".join(problems) + f"; the columns are: {', '.join(COLUMNS[kind])}",
            details={"columns": list(COLUMNS[kind])},
        )
    count = index = 0
    try:
        for record in reader:
            index += 1
            cells = {k: (v or "").strip() for k, v in record.items() if k is not None}
            if None in record:
                cells["__extra__"] = "x"
            if not any(v for k, v in cells.items() if k != "__extra__"):
                continue
            count += 1
            if count > max_rows:
                raise InvalidInput(
                    f"more than {max_rows} rows: split the file", details={"limit": max_rows}
                )
            yield index + 1, cells
    except csv.Error as exc:
        raise InvalidInput(f"row {index + 2}: not valid CSV ({exc})") from None
