"""Matching domain."""
