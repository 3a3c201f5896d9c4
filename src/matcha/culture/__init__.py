"""Culture domain."""
