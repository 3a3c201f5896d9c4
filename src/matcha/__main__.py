"""`python -m matcha` is the `matcha` command."""

from matcha.cli.main import main

main()
