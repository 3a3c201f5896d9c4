"""The `matcha` command line: it parses arguments and delegates; the work lives elsewhere."""

from matcha.cli.main import app

__all__ = ["app"]
