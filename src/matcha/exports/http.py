"""The HTTP shell of an export: a CSV download (only routers import this)."""

from __future__ import annotations

from typing import Any

from fastapi import Response

# OpenAPI for a route that answers CSV (alone, or beside its JSON).
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}
}


def csv_download(text: str, filename: str) -> Response:
    """A CSV attachment; UTF-8 with a byte-order mark so spreadsheets read accents right."""
    return Response(
        content="\ufeff" + text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
