"""`matcha eval`: run a provider over the hand-labelled set in eval/ and measure its answers.

Nothing in the API or the worker imports this package; only the CLI does.
"""
