"""Every UI route, for main.py to include: pages under /ui, their static files, and `/`."""

from __future__ import annotations

from fastapi import Response
from fastapi.responses import RedirectResponse

from matcha.web import (
    auth,
    candidates,
    companies,
    deletes,
    edits,
    imports,
    jobboard,
    operators,
    pipeline,
    positions,
    search,
)
from matcha.web.routing import ui_router
from matcha.web.templating import STATIC, STATIC_FILES, static_version

router = ui_router()


@router.get("/")
def root() -> Response:
    """A person who opens the server's address lands on the UI."""
    return RedirectResponse("/ui/companies", status_code=303)


@router.get("/ui/static/{name}")
def static(name: str, v: str = "") -> Response:
    """app.css and app.js; cached for a year when asked for by their current version."""
    if name not in STATIC_FILES:
        return Response("not found", status_code=404, media_type="text/plain")
    forever = v == static_version()
    cache = "public, max-age=31536000, immutable" if forever else "no-cache"
    return Response(
        (STATIC / name).read_bytes(),
        media_type=STATIC_FILES[name],
        headers={"Cache-Control": cache},
    )


for module in (
    auth,
    deletes,
    edits,
    imports,
    jobboard,
    companies,
    candidates,
    positions,
    pipeline,
    operators,
    search,
):
    router.include_router(module.router)
