"""Organisations, their users, and the tokens they call the API with."""
