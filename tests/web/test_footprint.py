"""An API that nobody browses pays nothing for the UI: jinja2 loads with the first page."""

from __future__ import annotations

import subprocess
import sys

from tests.test_architecture import _loaded


def test_the_api_imports_jinja2_only_when_a_page_is_rendered() -> None:
    assert _loaded(["matcha.main"], ["jinja2"]) == set()
    code = (
        "import sys, matcha.main\n"
        "from matcha.web.templating import render\n"
        "render('error.html', title='t', message='m', ui=None, path='/ui/x')\n"
        "print('jinja2' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "True"
