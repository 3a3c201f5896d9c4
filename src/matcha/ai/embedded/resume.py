"""TEMPORARY placeholder: the embedded-analyzer helper replaces this file with the real parser."""

from __future__ import annotations

from matcha.ai.schemas import CandidateProfile


def parse_resume(text: str) -> CandidateProfile:
    """Parse résumé text into a CandidateProfile (placeholder until the real parser lands)."""
    return CandidateProfile(summary=text[:200])
