"""What an import reports: per row, created, duplicate or error (row numbers as a spreadsheet
shows them: the header is row 1, the first data row is row 2)."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, Field

ImportKind = Literal["candidates", "companies", "positions"]


class RowError(BaseModel):
    row: int
    field: str | None = None
    message: str
    code: str = "invalid"


class RowDuplicate(BaseModel):
    row: int
    existing_id: uuid.UUID
    reason: str  # "email", "resume", "name", "title"


class ImportReport(BaseModel):
    kind: ImportKind
    rows: int = 0
    created: int = 0
    created_ids: list[uuid.UUID] = Field(default_factory=list)
    duplicates: list[RowDuplicate] = Field(default_factory=list)
    errors: list[RowError] = Field(default_factory=list)
