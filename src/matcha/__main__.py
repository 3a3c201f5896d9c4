"""`python -m matcha` is the `matcha` command."""

from matcha.launch import main

main()
