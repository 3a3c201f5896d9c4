"""Field types shared by the request schemas of every domain."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    GetJsonSchemaHandler,
    StringConstraints,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

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


class _BlankInSchema:
    """A field's JSON schema also allows "": a `BlanksAbsent` model removes it before validation
    (a form's untouched input, as the original frontend sends it, counts as not sent).
    Validation, and its error messages, stay the field's own."""

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"anyOf": [handler(core_schema), {"type": "string", "const": ""}]}


BlankAllowed = _BlankInSchema()


class BlanksAbsent(BaseModel):
    """A request body whose `BlankAllowed` fields count "" as not sent. Required fields, and
    blanks of other widths ("  "), stay and are validated as they are."""

    @model_validator(mode="before")
    @classmethod
    def _drop_blanks(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        fields = cls.model_fields
        return {
            k: v
            for k, v in data.items()
            if not (v == "" and k in fields and BlankAllowed in fields[k].metadata)
        }
