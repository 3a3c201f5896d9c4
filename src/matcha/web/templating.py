"""Jinja2, loaded on the first page rendered: an API nobody browses never imports it."""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from matcha.db import utcnow

if TYPE_CHECKING:
    from jinja2 import Environment

HERE = Path(__file__).parent
STATIC = HERE / "static"
STATIC_FILES = {"app.css": "text/css", "app.js": "text/javascript"}


def humanize(value: object) -> str:
    """`work_life_balance` -> `work life balance`; None -> an em dash."""
    if value is None or value == "":
        return "—"
    return str(value).replace("_", " ")


def ago(value: datetime | None) -> str:
    """How long ago, in the largest whole unit (`3 min ago`); coarse on purpose, so a live
    fragment changes when something happens, not every second."""
    if value is None:
        return "—"
    seconds = max(0, int((utcnow() - value).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return "just now"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def when(value: datetime | None) -> str:
    return "—" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


def score_class(value: float | None) -> str:
    """A colour band for a 0–100 score."""
    if value is None:
        return "score-none"
    return "score-high" if value >= 70 else "score-mid" if value >= 45 else "score-low"


@cache
def static_version() -> str:
    """Changes when a static file does, so browsers may cache them for long."""
    digest = hashlib.sha256()
    for name in sorted(STATIC_FILES):
        digest.update((STATIC / name).read_bytes())
    return digest.hexdigest()[:12]


@cache
def environment() -> Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        humanize=humanize, ago=ago, duration=duration, when=when, score_class=score_class
    )
    env.globals["static_version"] = static_version()
    from matcha.ai import wording
    from matcha.web import explain

    env.globals.update(
        rests_on=explain.rests_on,
        culture_composition=explain.culture_composition,
        position_composition=explain.position_composition,
        fit_label=wording.fit_label,
        dimension_label=wording.dimension_label,
        value_phrase=wording.value_phrase,
    )
    return env


def render(name: str, **context: Any) -> str:
    """One template (a page or a fragment) as HTML."""
    return environment().get_template(name).render(**context)


def render_page(request: Request, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    """A page, for this request (the current path marks the nav's current item)."""
    html = render(name, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})
