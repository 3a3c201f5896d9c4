"""The embedded offline analyzer: deterministic, explainable analysis with evidence."""
