"""Field types shared by the request schemas of every domain."""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

# One line of user text: no control characters at all (they break logs, CSVs and PostgreSQL).
SINGLE_LINE = r"^[^\x00-\x1f\x7f]*$"
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200, pattern=SINGLE_LINE)
]
Label = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100, pattern=SINGLE_LINE)
]
