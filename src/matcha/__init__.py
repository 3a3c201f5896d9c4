"""matcha: learn a company's culture from interviews, then match candidates to it."""

__version__ = "0.1.0"
