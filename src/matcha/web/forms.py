"""Reading HTML form fields into the API's schemas, and their errors back onto the form."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from pydantic import ValidationError

_ITEMS = re.compile(r"[\n,;]+")


def optional(text: str | None) -> str | None:
    """A blank field means "not given"."""
    text = (text or "").strip()
    return text or None


def items(text: str | None, *, commas: bool = True) -> list[str]:
    """One item a line (and, with `commas`, also comma- or semicolon-separated)."""
    parts = _ITEMS.split(text or "") if commas else (text or "").splitlines()
    return [p.strip() for p in parts if p.strip()]


def field_errors(exc: ValidationError) -> dict[str, str]:
    """Pydantic's errors by form field ("" for errors about the whole form)."""
    out: dict[str, str] = {}
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if not isinstance(p, int)]
        field = loc[0] if loc else ""
        message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        out.setdefault(field, message)
    return out


def query_string(**params: object) -> str:
    """A list page's current filters as `?a=1&b=2&` (blank ones left out), for its pager."""
    kept = {k: str(v) for k, v in params.items() if v not in (None, "")}
    return "?" + (urlencode(kept) + "&" if kept else "")
