"""Positions domain."""
