"""Field types shared by the request schemas of every domain."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, StringConstraints

# One line of user text: no control characters at all (they break logs, CSVs and PostgreSQL).
SINGLE_LINE = r"^[^\x00-\x1f\x7f]*$"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _single_line(value: Any) -> Any:
    """Refuse control characters before surrounding whitespace is stripped, so that what the
    schema's pattern says (none at all) is what is accepted: a leading tab is an error too."""
    if isinstance(value, str) and _CONTROL.search(value):
        raise ValueError("must be one line of text, without control characters")
    return value


# The before-validator is listed last so that it wraps (runs before) the constraints.
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200, pattern=SINGLE_LINE),
    BeforeValidator(_single_line),
]
Label = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100, pattern=SINGLE_LINE),
    BeforeValidator(_single_line),
]


def _blank_is_none(value: Any) -> Any:
    """An empty query parameter (a form's untouched field) means "not given"."""
    return None if isinstance(value, str) and not value.strip() else value


BlankIsNone = BeforeValidator(_blank_is_none)


# An optional body field may be "" (a form's untouched input, as the original frontend sends
# it): `drop_blanks` removes it before validation, so the field is as if not sent. Listed in the
# field's type only so that the schema says "" is accepted.
Blank = Literal[""]


def drop_blanks(data: Any, optional: Collection[str]) -> Any:
    """A JSON body without the `optional` fields that are "": they count as not sent. Required
    fields, and blanks of other widths ("  "), stay and are validated as they are."""
    if not isinstance(data, dict):
        return data
    return {k: v for k, v in data.items() if not (k in optional and v == "")}
