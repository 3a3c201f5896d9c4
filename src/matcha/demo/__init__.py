"""A realistic sample (companies, interviews, résumés, positions) and the demo that runs it."""
