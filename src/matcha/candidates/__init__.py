"""Candidates domain."""
