"""The web UI: server-rendered pages for recruiters and operators, served by the API process.

Pages are Jinja2 templates (jinja2 is imported on the first page, so an API nobody browses pays
nothing for it); `static/app.js` adds live progress and live regions with fetch + EventSource.
"""
